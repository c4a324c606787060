"""Joining and splitting: cat, stack, split, chunk, unbind.

cat and stack copy (promoting dtypes as PyTorch does); split, chunk and unbind
return views of the input, all recorded by one node (``SplitBackward0``,
``SplitWithSizesBackward0``, ``UnbindBackward0``) whose backward joins the
output gradients again (zeros for outputs that got none).
"""
from __future__ import annotations

from .. import dtypes, limits
from ..autograd import record
from ..registry import op
from ..tensor import Tensor
from .common import normalize_dim, same_device
from .shape import _shape_text, _view


def _tensor_list(tensors, name: str) -> list:
    tensors = list(tensors)
    for position, value in enumerate(tensors):
        if not isinstance(value, Tensor):
            raise TypeError(f"expected Tensor as element {position} in argument 0, but got "
                            f"{type(value).__name__}")
    same_device(*tensors)
    return tensors


def _common_dtype(tensors):
    dtype = tensors[0].dtype
    for tensor in tensors[1:]:
        dtype = dtypes.promote_types(dtype, tensor.dtype)
    return dtype


@op("cat", summary="Concatenate tensors along an existing dim.", aliases=("concat", "concatenate"),
    example="torch.cat([ones(2), zeros(2)])", method=False)
def cat(tensors, dim=0):
    tensors = _tensor_list(tensors, "cat")
    if not tensors:
        raise ValueError("torch.cat(): expected a non-empty list of Tensors")
    for position, tensor in enumerate(tensors):
        if tensor.ndim == 0:
            raise RuntimeError(f"zero-dimensional tensor (at position {position}) cannot be "
                               "concatenated")
    # PyTorch's legacy rule: 1-D empty tensors are skipped.
    used = [i for i, tensor in enumerate(tensors) if tuple(tensor.shape) != (0,)] or [0]
    first = tensors[used[0]]
    dim = normalize_dim(dim, first.ndim)
    for i in used[1:]:
        tensor = tensors[i]
        if tensor.ndim != first.ndim:
            raise RuntimeError(f"Tensors must have same number of dimensions: got {first.ndim} "
                               f"and {tensor.ndim}")
        for d in range(first.ndim):
            if d != dim and tensor.shape[d] != first.shape[d]:
                raise RuntimeError(
                    f"Sizes of tensors must match except in dimension {dim}. Expected size "
                    f"{first.shape[d]} but got size {tensor.shape[d]} for tensor number {i} in "
                    "the list.")
    dtype = _common_dtype(tensors)
    total = sum(tensors[i].shape[dim] for i in used)
    limits.check_allocation(first.shape[:dim] + (total,) + first.shape[dim + 1:], dtype)
    xp = first._xp
    array = xp.concatenate([tensors[i]._data.astype(dtype.np, copy=False) for i in used], axis=dim)
    sizes = [tensors[i].shape[dim] if i in used else None for i in range(len(tensors))]

    def backward(g):
        grads, offset = [], 0
        for size in sizes:
            if size is None:
                grads.append(None)
                continue
            grads.append(g.narrow(dim, offset, size))
            offset += size
        return tuple(grads)

    return record(Tensor._make(array, dtype), "CatBackward0", tuple(tensors), backward)


@op("stack", summary="Stack equal-shaped tensors along a new dim.",
    example="torch.stack([ones(2), zeros(2)], dim=1)", method=False)
def stack(tensors, dim=0):
    tensors = _tensor_list(tensors, "stack")
    if not tensors:
        raise RuntimeError("stack expects a non-empty TensorList")
    first = tensors[0]
    for i, tensor in enumerate(tensors):
        if tuple(tensor.shape) != tuple(first.shape):
            raise RuntimeError(f"stack expects each tensor to be equal size, but got "
                               f"{_shape_text(first.shape)} at entry 0 and "
                               f"{_shape_text(tensor.shape)} at entry {i}")
    dim = normalize_dim(dim, first.ndim + 1)
    dtype = _common_dtype(tensors)
    limits.check_allocation((len(tensors),) + tuple(first.shape), dtype)
    array = first._xp.stack([t._data.astype(dtype.np, copy=False) for t in tensors], axis=dim)
    return record(Tensor._make(array, dtype), "StackBackward0", tuple(tensors),
                  lambda g: tuple(g.unbind(dim)))


# ---------------------------------------------------------------- split family
def _split_views(input, dim, sizes, name):
    """Views of consecutive pieces along ``dim``; one node for all of them."""
    outputs, offset = [], 0
    lead = (slice(None),) * dim
    for size in sizes:
        outputs.append(_view(input, input._data[lead + (slice(offset, offset + size),)]))
        offset += size
    return record(tuple(outputs), name, (input,), lambda grads: (cat(list(grads), dim),))


@op("split", summary="Split into pieces of split_size (or the given sizes) along dim.",
    example="arange(5.).split(2)")
def split(input, split_size_or_sections, dim=0):
    dim = normalize_dim(dim, input.ndim)
    length = input.shape[dim] if input.ndim else 1
    if isinstance(split_size_or_sections, (list, tuple)):
        sizes = [int(n) for n in split_size_or_sections]
        if sum(sizes) != length or any(n < 0 for n in sizes):
            raise RuntimeError(
                f"split_with_sizes expects split_sizes to sum exactly to {length} (input "
                f"tensor's size at dimension {dim}), but got split_sizes={_shape_text(sizes)}")
        return _split_views(input, dim, sizes, "SplitWithSizesBackward0")
    step = int(split_size_or_sections)
    if step < 0:
        raise RuntimeError(f"split expects split_size be non-negative, but got split_size={step}")
    if step == 0:
        if length != 0:
            raise RuntimeError("split_size can only be 0 if dimension size is 0, but got "
                               f"dimension size of {length}")
        sizes = [0]
    else:
        pieces = -(-length // step)
        if pieces > 1 << 12:  # a tensor object per piece, about 1 kB each (issue 19)
            limits.check_bytes(pieces * 1000, f"a tuple of {pieces:,} tensors")
        sizes = [min(step, length - start) for start in range(0, length, step)] or [0]
    return _split_views(input, dim, sizes, "SplitBackward0")


@op("chunk", summary="Split into (at most) chunks equal pieces along dim.",
    example="arange(6.).chunk(3)")
def chunk(input, chunks, dim=0):
    if chunks <= 0:
        raise RuntimeError(f"chunk expects `chunks` to be greater than 0, got: {chunks}")
    dim = normalize_dim(dim, input.ndim)
    length = input.shape[dim]
    step = -(-length // chunks) if length else 0
    if step == 0:  # an empty dim gives `chunks` empty pieces
        return _split_views(input, dim, [0] * chunks, "SplitBackward0")
    return split(input, step, dim)


@op("unbind", summary="The slices along dim, as a tuple (dim removed).",
    example="tensor([[1., 2.], [3., 4.]]).unbind(1)")
def unbind(input, dim=0):
    if input.ndim == 0:
        raise IndexError("Dimension specified as 0 but tensor has no dimensions")
    dim = normalize_dim(dim, input.ndim)
    lead = (slice(None),) * dim
    outputs = tuple(_view(input, input._data[lead + (i, Ellipsis)])
                    for i in range(input.shape[dim]))
    return record(outputs, "UnbindBackward0", (input,), lambda grads: (stack(list(grads), dim),))
