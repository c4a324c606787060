"""Conversions (dtype, device, Python and NumPy values) and in-place fills."""
from __future__ import annotations

from .. import backend, dtypes, limits
from ..autograd import record
from ...journal import JOURNAL
from ..registry import op
from ..tensor import Tensor
from .common import check_no_overlap, normalize_dim
from .inplace import rebase_view


def _to_copy(input: Tensor, dtype, device) -> Tensor:
    """A copy in another dtype and/or on another device: ToCopyBackward0."""
    dtype = input.dtype if dtype is None else dtype
    device = input.device if device is None else backend.resolve_device(device)
    if dtype is input.dtype and device == input.device:
        return input
    data = input._data
    if data.size > 1 << 16:  # .double() of an expanded view is its full size
        limits.check_copy(input, dtype)
    if device != input.device:
        data = backend.move(data, device)
    data = cast_array(data, dtype) if data.dtype != dtype.np else data.copy()
    out = Tensor._make(data, dtype)
    source_dtype, source_device = input.dtype, input.device
    if not (input.dtype.differentiable and dtype.differentiable):
        return out  # integer <-> float conversions cut the graph, as in PyTorch
    return record(out, "ToCopyBackward0", (input,),
                  lambda g: (_to_copy(_real_for(g, source_dtype), source_dtype, source_device),))


COMPLEX_TO_REAL_WARNING = (
    "Casting complex values to real discards the imaginary part (Triggered internally at "
    "/__w/pytorch/pytorch/aten/src/ATen/native/Copy.cpp:307.)")


def cast_array(data, dtype):
    """``data.astype(dtype)`` with PyTorch's warning when a complex array loses
    its imaginary part (NumPy's ComplexWarning would be a different line)."""
    if data.dtype.kind == "c" and not dtype.is_complex:
        import warnings  # noqa: PLC0415

        warnings.warn(COMPLEX_TO_REAL_WARNING, UserWarning, stacklevel=4)
        data = data.real
    return data.astype(dtype.np)


def _real_for(grad, dtype):
    """A complex gradient of a real input keeps its real part (no warning)."""
    if grad.dtype.is_complex and not dtype.is_complex:
        return grad.real
    return grad


def _parse_to_args(args, kwargs):
    dtype = kwargs.pop("dtype", None)
    device = kwargs.pop("device", None)
    kwargs.pop("non_blocking", None)
    kwargs.pop("copy", None)
    for arg in args:
        if isinstance(arg, Tensor):
            dtype, device = arg.dtype, arg.device
        elif isinstance(arg, dtypes.DType) or arg in (float, int, bool):
            dtype = arg
        elif isinstance(arg, (str, backend.Device, int)):
            device = arg
        else:
            raise TypeError(f"to() received an invalid combination of arguments - got "
                            f"({type(arg).__name__})")
    if kwargs:
        raise TypeError(f"to() got an unexpected keyword argument '{next(iter(kwargs))}'")
    dtype = None if dtype is None else dtypes.to_dtype(dtype)
    if device is not None:
        device = backend.resolve_device(backend.parse_device(device))
        backend.array_module(device)
    return dtype, device


@op("to", summary="The tensor in another dtype and/or on another device.",
    example="tensor([1.5, 2.5]).to(torch.int64)", function=False)
def to(input, *args, **kwargs):
    dtype, device = _parse_to_args(args, dict(kwargs))
    return _to_copy(input, dtype, device)


def _conversion(name: str, dtype):
    def impl(input, memory_format=None):
        return _to_copy(input, dtype, None)

    impl.__name__ = name
    op(name, summary=f"The tensor as {dtype!r}.", example=f"tensor([1.7, -1.7]).{name}()",
       function=False, signature=f"Tensor.{name}()")(impl)
    return impl


for _name, _dtype in (("float", dtypes.float32), ("double", dtypes.float64),
                      ("half", dtypes.float16), ("int", dtypes.int32), ("long", dtypes.int64),
                      ("short", dtypes.int16), ("char", dtypes.int8), ("byte", dtypes.uint8),
                      ("bool", dtypes.bool_), ("cfloat", dtypes.complex64),
                      ("cdouble", dtypes.complex128)):
    _conversion(_name, _dtype)


@op("type", summary="x.type() names the legacy type; x.type(dtype) converts.",
    example="tensor([1, 2]).type()", function=False)
def type_(input, dtype=None, non_blocking=False):
    if dtype is None:
        prefix = "torch.cuda." if input.device.type == "cuda" else "torch."
        return prefix + input.dtype.legacy
    if isinstance(dtype, str):
        legacy = dtype.rsplit(".", 1)[-1]
        if legacy not in dtypes.LEGACY_CONSTRUCTORS:
            raise ValueError(f"invalid type: '{dtype}'")
        target = dtypes.LEGACY_CONSTRUCTORS[legacy]
        device = backend.Device("cuda", 0) if ".cuda." in dtype else backend.CPU
        return _to_copy(input, target, device)
    return _to_copy(input, dtypes.to_dtype(dtype), None)


@op("cpu", summary="The tensor on the CPU.", example="ones(2).cpu()", function=False)
def cpu(input):
    return _to_copy(input, None, backend.CPU)


@op("cuda", summary="The tensor on a GPU (cuda:0 unless given).", example="ones(2).cuda()",
    function=False)
def cuda(input, device=None, non_blocking=False):
    if device is None:
        target = backend.Device("cuda", 0)
    elif isinstance(device, int):
        target = backend.resolve_device(backend.Device("cuda", device))
    else:
        target = backend.resolve_device(backend.parse_device(device))
    backend.array_module(target)
    return _to_copy(input, None, target)


# ----------------------------------------------------------- Python values
@op("item", summary="The value of a one-element tensor as a Python number.",
    example="tensor([2.5]).item()", function=False, differentiable=False)
def item(input):
    if input._data.size != 1:
        raise RuntimeError(f"a Tensor with {input._data.size} elements cannot be converted to "
                           "Scalar")
    return backend.to_host(input._data).reshape(()).item()


@op("tolist", summary="The tensor as nested Python lists.", example="tensor([[1, 2]]).tolist()",
    function=False, differentiable=False)
def tolist(input):
    data = input._data
    if data.size > 1 << 16:  # a Python number per element (24-32 bytes) and its pointer
        per_item = 8 + {"b": 0, "c": 32}.get(data.dtype.kind, 28)
        limits.check_elements(data.size, per_item,
                              f"a list of {data.size:,} Python numbers (tolist)")
        return _tolist_in_steps(backend.to_host(data))
    return backend.to_host(data).tolist()


_TOLIST_STEP = 1 << 18  # elements one NumPy tolist call converts (a few ms)


def _tolist_in_steps(array):
    """``array.tolist()``, converted part by part: one call over 10^8 elements
    lasts seconds that neither Ctrl-C nor --timeout can stop (issue 19)."""
    if array.ndim == 0 or array.size <= _TOLIST_STEP:
        return array.tolist()
    row = array.size // array.shape[0]
    if row > _TOLIST_STEP:  # one row is big: each row in steps
        return [_tolist_in_steps(part) for part in array]
    rows = _TOLIST_STEP // max(row, 1)
    out: list = []
    for begin in range(0, array.shape[0], rows):
        out.extend(array[begin:begin + rows].tolist())
    return out


@op("numpy", summary="A NumPy array sharing the tensor's memory (CPU only).",
    example="tensor([1., 2.]).numpy()", function=False, differentiable=False)
def numpy(input, *, force=False):
    if input.requires_grad and not force:
        raise RuntimeError("Can't call numpy() on Tensor that requires grad. Use "
                           "tensor.detach().numpy() instead.")
    if input.device.type != "cpu":
        if force:
            return backend.to_host(input._data)
        raise TypeError(f"can't convert {input.device} device type tensor to numpy. Use "
                        "Tensor.cpu() to copy the tensor to host memory first.")
    return input._data


@op("numel", summary="The number of elements.", example="ones(2, 3).numel()",
    differentiable=False)
def numel(input):
    return int(input._data.size)


@op("dim", aliases=("ndimension",), summary="The number of dimensions.",
    example="ones(2, 3).dim()", function=False, differentiable=False)
def dim(input):
    return input._data.ndim


@op("size", summary="The shape (torch.Size), or one dimension's size.",
    example="ones(2, 3).size(1)", function=False, differentiable=False)
def size(input, dim=None):
    if dim is None:
        return input.shape
    return input._data.shape[normalize_dim(dim, input.ndim)] if input.ndim else \
        _zero_dim_size(dim)


def _zero_dim_size(dim):
    raise IndexError(f"Dimension specified as {dim} but tensor has no dimensions")


@op("stride", summary="Steps in elements between neighbours along each dim (or one dim).",
    example="ones(2, 3).stride()", function=False, differentiable=False)
def stride(input, dim=None):
    data = input._data
    steps = tuple(step // data.itemsize for step in data.strides)
    if dim is None:
        return steps
    return steps[normalize_dim(dim, input.ndim)] if input.ndim else _zero_dim_size(dim)


@op("is_contiguous", summary="True when the elements lie in memory in row-major order.",
    example="ones(2, 3).t().is_contiguous()", function=False, differentiable=False)
def is_contiguous(input, memory_format=None):
    return bool(input._data.flags.c_contiguous)


@op("storage_offset", summary="Where the tensor starts in its base's memory, in elements.",
    example="arange(6)[2:].storage_offset()", function=False, differentiable=False)
def storage_offset(input):
    from .inplace import _address  # noqa: PLC0415

    base = input._base if input._base is not None else input
    return (_address(input._data) - _address(base._data)) // input._data.itemsize


@op("element_size", summary="Bytes per element.", example="ones(2).element_size()",
    function=False, differentiable=False)
def element_size(input):
    return input.dtype.itemsize


@op("is_floating_point", summary="True for float16/32/64 tensors.",
    example="ones(2).is_floating_point()", differentiable=False)
def is_floating_point(input):
    return input.dtype.is_floating_point


@op("is_tensor", summary="True when obj is a tensor.", example="is_tensor(ones(2))",
    method=False, differentiable=False)
def is_tensor(obj):
    return isinstance(obj, Tensor)


# ----------------------------------------------------------- in-place fills
@op("zero_", summary="Fill with zeros, in place.", example="ones(2).zero_()", function=False)
def zero_(input):
    return _fill(input, 0, "ZeroBackward0")


@op("fill_", summary="Fill with a value, in place.", example="ones(2).fill_(7)", function=False)
def fill_(input, value):
    return _fill(input, value, "FillBackward3" if isinstance(value, Tensor) else "FillBackward2")


def _fill(input, value, name: str):
    """Overwrite every element; the old values get a zero gradient, a tensor value the sum."""
    input._check_inplace()
    source = value if isinstance(value, Tensor) else None
    if source is not None:
        value = value.item()
    if JOURNAL[0] is not None:
        JOURNAL[0].storage(input, source is not None and source._requires_grad)
    backend.before_write(input)
    input._data[...] = value
    input._bump()
    if input.dtype.differentiable:
        # The node's edges are taken before it becomes input's grad_fn, so they
        # lead to input's history before the fill, as PyTorch's do.
        record(input, name, (input, source), lambda g: (g * 0, g.sum()))
        rebase_view(input)
    return input


@op("copy_", summary="Copy src's values into this tensor, in place (broadcasting src).",
    example="zeros(2).copy_(tensor([1., 2.]))", function=False)
def copy_(input, src, non_blocking=False):
    input._check_inplace(getattr(src, "requires_grad", False))
    if not isinstance(src, Tensor):
        raise TypeError(f"copy_(): argument 'src' (position 1) must be Tensor, not "
                        f"{type(src).__name__}")
    from .common import broadcast_shapes  # noqa: PLC0415

    target_shape = broadcast_shapes(tuple(input.shape), tuple(src.shape))
    if target_shape != tuple(input.shape):
        raise RuntimeError(f"output with shape {list(input.shape)} doesn't match the broadcast "
                           f"shape {list(target_shape)}")
    check_no_overlap(input._data)
    data = backend.move(src._data, input.device)
    if JOURNAL[0] is not None:
        JOURNAL[0].storage(input, src._requires_grad)
    backend.before_write(input)
    input._data[...] = cast_array(data, input.dtype) if data.dtype != input.dtype.np else data
    input._bump()
    if input.dtype.differentiable and src.dtype.differentiable:
        source_dtype, source_device = src.dtype, src.device
        # As in _fill: the edges lead to input's history before the copy,
        # whose values no longer matter (zero gradient); src gets the rest.
        record(input, "CopyBackwards", (input, src),
               lambda g: (g * 0, _to_copy(_real_for(g, source_dtype), source_dtype,
                                          source_device)))
        rebase_view(input)
    return input
