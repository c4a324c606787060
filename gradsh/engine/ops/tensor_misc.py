"""Small tensor utilities: asarray, empty_permuted, dim_order, is_nonzero,
is_same_size, result_type, can_cast, resize_, unravel_index, nonzero_static,
diagflat, narrow_copy.

asarray follows ``torch/csrc/utils/tensor_new.cpp``'s ``asarray``: a tensor
(or a NumPy array) is returned as it is, or shares its memory, unless a dtype,
a device or ``copy=True`` asks for a new one; ``requires_grad=True`` on a
shared tensor sets the flag on that tensor itself, as PyTorch does.
"""
from __future__ import annotations

import numpy as np

from .. import backend, dtypes
from ..autograd import record
from ...journal import JOURNAL
from ..registry import op
from ..tensor import Tensor
from ..warn_once import warn_once
from .common import normalize_dim

_ASARRAY_WARNING = (
    "torch.asarray: unspecified requires_grad now defaults to obj.requires_grad instead of "
    "False. Pass requires_grad=False explicitly to get the old behavior and silence this "
    "warning. (Triggered internally at /__w/pytorch/pytorch/torch/csrc/utils/"
    "tensor_new.cpp:1737.)")


def _same_device(tensor: Tensor, device) -> bool:
    return device is None or backend.parse_device(device) == tensor.device


@op("asarray", summary="obj as a tensor, sharing memory with a tensor or NumPy array when it "
    "can (copy=True forces a copy).", example="asarray([1, 2, 3])", method=False)
def asarray(obj, *, dtype=None, device=None, copy=None, requires_grad=None):
    from .creation import from_numpy, tensor  # noqa: PLC0415

    dtype = None if dtype is None else dtypes.to_dtype(dtype, "asarray")
    if isinstance(obj, Tensor):
        if requires_grad is None:
            if obj.requires_grad:
                warn_once(_ASARRAY_WARNING)
            requires_grad = obj.requires_grad
        shareable = (dtype is None or dtype is obj.dtype) and _same_device(obj, device)
        if copy is False and not shareable:
            what = f"dtype '{obj.dtype.short}' into dtype '{dtype.short}'" \
                if dtype is not None and dtype is not obj.dtype else "tensor to another device"
            raise ValueError(f"can't alias tensor with {what}.")
        if shareable and not copy:
            result = obj
            if requires_grad and not obj.requires_grad:
                obj.requires_grad_(True)
            elif not requires_grad and obj.requires_grad:
                if obj.grad_fn is None:  # a leaf: PyTorch turns the flag off on it
                    obj.requires_grad_(False)
                else:
                    result = obj.detach()
            return result
        result = obj.to(dtype or obj.dtype) if dtype is not None else obj
        if device is not None:
            result = result.to(device)
        if result is obj or (copy and result._data is obj._data):
            result = obj.clone()
        if not requires_grad:
            result = result.detach()
        return result
    if isinstance(obj, np.ndarray):
        target = dtype or dtypes.from_numpy_dtype(obj.dtype)
        if copy is False and (target.np != obj.dtype or device not in (None, "cpu")):
            raise ValueError("can't alias NumPy array into a tensor with different dtype "
                             "or device.")
        if not copy and target.np == obj.dtype and device in (None, "cpu"):
            result = from_numpy(obj)
        else:
            result = tensor(obj.copy(), dtype=target, device=device)
        return result.requires_grad_(True) if requires_grad else result
    if copy is False:
        raise ValueError("can't alias arbitrary sequence into a tensor.")
    if isinstance(obj, str) or obj is None:
        raise TypeError(f"new(): invalid data type '{type(obj).__name__}'")
    return tensor(obj, dtype=dtype, device=device, requires_grad=bool(requires_grad))


@op("empty_permuted", summary="An uninitialized tensor of size whose memory is laid out in "
    "the order physical_layout (gradsh fills it with zeros).",
    example="empty_permuted((2, 3, 5, 7), (0, 2, 3, 1)).stride()", method=False,
    differentiable=False)
def empty_permuted(size, physical_layout, *, dtype=None, layout=None, device=None,
                   requires_grad=False, pin_memory=False):
    from .creation import zeros  # noqa: PLC0415

    size, layout_dims = tuple(size), tuple(physical_layout)
    if len(size) != len(layout_dims):
        raise RuntimeError(f"Number of dimensions in size does not match the length of the "
                           f"physical_layout; i.e. len(size) = {len(size)} is not equal to "
                           f"len(physical_layout) = {len(layout_dims)}")
    seen = set()
    for dim in layout_dims:
        if dim in seen:
            raise RuntimeError("Duplicate dim not allowed")
        seen.add(dim)
    physical = zeros(*[size[dim] for dim in layout_dims], dtype=dtype, device=device)
    inverse = [layout_dims.index(dim) for dim in range(len(size))]
    result = Tensor._make(physical._data.transpose(inverse), physical.dtype)
    return result.requires_grad_(True) if requires_grad else result


@op("dim_order", summary="The dims from outermost to innermost in memory.",
    example="ones(2, 3).t().dim_order()", function=False, differentiable=False)
def dim_order(input, *, ambiguity_check=False):
    strides = [stride // input._data.itemsize for stride in input._data.strides]
    order = sorted(range(input.ndim), key=lambda dim: -strides[dim])  # stable: ties keep order
    if ambiguity_check:
        sizes = list(input.shape)
        if any(n == 1 for n in sizes) or len(set(strides)) != len(strides):
            raise RuntimeError("The tensor does not have unique dim order, or cannot map to "
                               "exact one of the given memory formats.")
    return tuple(order)


@op("is_nonzero", summary="True if the single element of input is not zero.",
    example="is_nonzero(tensor([1.5]))", differentiable=False)
def is_nonzero(input):
    count = input.numel()
    if count == 0:
        raise RuntimeError("Boolean value of Tensor with no values is ambiguous")
    if count > 1:
        raise RuntimeError("Boolean value of Tensor with more than one value is ambiguous")
    return bool(input._data.reshape(-1)[0] != 0)


@op("is_same_size", summary="True if both tensors have the same shape.",
    example="is_same_size(ones(2), ones(2))", differentiable=False)
def is_same_size(input, other):
    if not isinstance(other, Tensor):
        raise TypeError(f"is_same_size(): argument 'other' (position 2) must be Tensor, not "
                        f"{type(other).__name__}")
    return tuple(input.shape) == tuple(other.shape)


@op("result_type", summary="The dtype an arithmetic op on tensor and other gives.",
    example="result_type(tensor([1, 2], dtype=int32), 1.0)", method=False,
    differentiable=False)
def result_type(tensor, other):
    return dtypes.result_type(tensor, other)


@op("can_cast", summary="True if from_ casts to to under PyTorch's casting rules (no lower "
    "category).", example="can_cast(float64, float32)", method=False, differentiable=False)
def can_cast(from_, to):
    for name, value, position in (("from_", from_, 1), ("to", to, 2)):
        if not isinstance(value, dtypes.DType):
            raise TypeError(f"can_cast(): argument '{name}' (position {position}) must be "
                            f"torch.dtype, not {type(value).__name__}")
    if from_.is_complex and not to.is_complex:
        return False
    if from_.is_floating_point and not (to.is_floating_point or to.is_complex):
        return False
    return not (from_ is not dtypes.bool_ and to is dtypes.bool_)


@op("resize_", summary="Resize in place to size, keeping the first elements (new ones are "
    "zeros here; PyTorch leaves them uninitialised).", example="tensor([1., 2., 3.]).resize_(2)",
    function=False, differentiable=False)
def resize_(input, *size, memory_format=None):
    """Tensor.resize_: keeps the first elements in C order; new ones are zeros
    (PyTorch leaves them uninitialised)."""
    from .common import shape_args  # noqa: PLC0415

    if input.requires_grad:
        raise RuntimeError("cannot resize variables that require grad")
    shape = shape_args(size, "size")
    count = int(np.prod(shape, dtype=np.int64))
    flat = input._data.reshape(-1)
    data = input._xp.zeros(count, dtype=input._data.dtype)
    data[:min(count, flat.size)] = flat[:count]
    if JOURNAL[0] is not None:
        JOURNAL[0].tensor(input)
    input._data = data.reshape(shape)
    input._bump()
    return input


@op("unravel_index", summary="Flat indices as a tuple of coordinate tensors for shape.",
    example="unravel_index(tensor([4, 1]), (2, 2))", method=False, differentiable=False)
def unravel_index(indices, shape):
    if not isinstance(indices, Tensor):
        raise TypeError(f"expected 'indices' to be a tensor, but got {type(indices).__name__}")
    if indices.dtype.is_floating_point or indices.dtype.is_complex or \
            indices.dtype is dtypes.bool_:
        raise TypeError(f"expected 'indices' to be integer dtype, but got {indices.dtype}")
    shape = (shape,) if isinstance(shape, int) else tuple(shape)
    if any(n < 0 for n in shape):
        raise ValueError("'shape' cannot have negative values, but got "
                         f"{tuple(shape)}")
    # torch.functional's: (indices // coefficients) % shape, floor semantics, no range check
    data = indices._data.astype(np.int64)
    coefficients = np.cumprod((list(shape[1:]) + [1])[::-1])[::-1]
    coordinates = [(data // int(c)) % size if size else data * 0
                   for c, size in zip(coefficients, shape)]
    xp = indices._xp
    return tuple(Tensor._make(xp.asarray(c, dtype=np.int64), dtypes.int64) for c in coordinates)


@op("nonzero_static", summary="nonzero() padded with fill_value (or cut) to size rows.",
    example="nonzero_static(tensor([[1, 0], [0, 1]]), size=4)", differentiable=False)
def nonzero_static(input, *, size, fill_value=-1):
    if size < 0:
        raise RuntimeError("nonzero_static: 'size' must be an non-negative integer")
    xp = input._xp
    found = xp.argwhere(input._data).astype(np.int64)[:size]
    out = xp.full((size, input.ndim), fill_value, dtype=np.int64)
    out[:found.shape[0]] = found
    return Tensor._make(out, dtypes.int64)


@op("diagflat", summary="A 2-D tensor with the flattened input on its offset diagonal.",
    example="diagflat(tensor([1, 2]), 1)")
def diagflat(input, offset=0):
    from .shape_more import diag_embed  # noqa: PLC0415

    return diag_embed(input.reshape(-1), offset)  # ATen: DiagEmbedBackward0


@op("narrow_copy", summary="A copy of narrow(dim, start, length).",
    example="narrow_copy(arange(9).reshape(3, 3), 0, 0, 2)")
def narrow_copy(input, dim, start, length):
    if input._sparse_layout:
        from ..sparse import methods  # noqa: PLC0415 - loaded on first use

        return methods.narrow_copy(input, dim, start, length)
    dim = normalize_dim(dim, input.ndim)
    size = input.shape[dim]
    if start < 0:
        start += size
    if start + length > size:
        raise RuntimeError(f"start ({start}) + length ({length}) exceeds dimension size "
                           f"({size}).")
    key = (slice(None),) * dim + (slice(start, start + length),)
    out = Tensor._make(input._data[key].copy(), input.dtype)
    shape = tuple(input.shape)

    def backward(g):
        from .index import embed  # noqa: PLC0415

        return (embed(g, shape, key),)
    return record(out, "NarrowCopyBackward0", (input,), backward)


__all__ = ["asarray", "can_cast", "diagflat", "dim_order", "empty_permuted",
           "is_nonzero", "is_same_size", "narrow_copy", "nonzero_static", "resize_",
           "result_type", "unravel_index"]
from . import storage_ops  # noqa: F401, E402 - data_ptr, untyped_storage, storage, is_storage
