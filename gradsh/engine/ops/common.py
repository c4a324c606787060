"""Helpers shared by the op modules: operands, promotion, dims and shapes."""
from __future__ import annotations

import numbers

import numpy as np

from .. import backend, dtypes, limits
from ..dtypes import DType
from ..tensor import Tensor

# Same-shape operands of up to this many elements skip the memory check (their
# result is no larger than what they already hold, unless expanded).
CHECK_SIZE_ABOVE = 1 << 16

SCALAR_TYPES = (bool, int, float, complex, np.bool_, np.integer, np.floating,
                np.complexfloating)


def is_scalar(value) -> bool:
    return isinstance(value, SCALAR_TYPES) or isinstance(value, numbers.Number)


def check_tensor(value, name: str, argument: str = "input") -> Tensor:
    if not isinstance(value, Tensor):
        raise TypeError(f"{name}(): argument '{argument}' (position 1) must be Tensor, "
                        f"not {type(value).__name__}")
    return value


def check_index_dtype(index, function: str, *, int32: bool = False) -> None:
    """The index-tensor dtype check of ATen's indexing ops, in their two wordings:
    int64 only ("Expected a long tensor"), or int32/int64 where the op takes both."""
    allowed = (dtypes.int64, dtypes.int32) if int32 else (dtypes.int64,)
    if isinstance(index, Tensor) and index.dtype in allowed:
        return
    got = index.dtype.short if isinstance(index, Tensor) else type(index).__name__
    if int32:
        raise RuntimeError(f"{function}(): Expected dtype int32/int64 for index but got: {got}")
    raise RuntimeError(f"{function}(): Expected a long tensor for index, but got {got}")


def same_device(*tensors: Tensor):
    """The common device, or PyTorch's "Expected all tensors..." error."""
    device = None
    for tensor in tensors:
        if not isinstance(tensor, Tensor):
            continue
        if device is None:
            device = tensor.device
        elif tensor.device != device:
            first, second = (device, tensor.device)
            if first.type == "cpu":
                first, second = second, first
            raise RuntimeError("Expected all tensors to be on the same device, but found at least "
                               f"two devices, {first} and {second}!")
    return device if device is not None else backend.CPU


def broadcast_shapes(*shapes) -> tuple:
    """NumPy's broadcasting with PyTorch's error message (tensor a, tensor b)."""
    ndim = max((len(s) for s in shapes), default=0)
    padded = [(1,) * (ndim - len(s)) + tuple(s) for s in shapes]
    result = []
    # From the last dimension back, as PyTorch checks (and names the first
    # mismatch it meets); the result is built in reverse.
    for dim in reversed(range(ndim)):
        size = 1
        for shape in padded:
            if shape[dim] == 1 or shape[dim] == size:
                continue
            if size != 1:
                a, b = padded[0][dim], padded[1][dim] if len(padded) > 1 else shape[dim]
                if a == 1 or b == 1:
                    a, b = size, shape[dim]
                raise RuntimeError(f"The size of tensor a ({a}) must match the size of tensor b "
                                   f"({b}) at non-singleton dimension {dim}")
            size = shape[dim]
        result.append(size)
    return tuple(reversed(result))


def array_of(value, dtype: DType, xp):
    """The array of a tensor operand, or a 0-d array for a Python scalar, as ``dtype``."""
    if isinstance(value, Tensor):
        data = value._data
        return data if data.dtype == dtype.np else data.astype(dtype.np)
    return scalar_as(value, dtype, xp)


def scalar_as(value, dtype: DType, xp):
    """A Python number as a 0-d array of ``dtype``. An int outside a narrow
    integer type wraps around as in PyTorch (``int8 * 200``), where NumPy 2
    would refuse it; past int64 it is PyTorch's OverflowError."""
    if dtype.category == dtypes.INTEGER and isinstance(value, int) and not isinstance(value, bool):
        info = np.iinfo(dtype.np)
        if not info.min <= value <= info.max:
            if not -2**63 <= value < 2**63:
                raise OverflowError("int too big to convert")
            return xp.asarray(np.asarray(value, dtype=np.int64).astype(dtype.np))
    return xp.asarray(value, dtype=dtype.np)


def binary_operands(a, b, *, compute_dtype: DType | None = None):
    """(array a, array b, result dtype, xp) for an elementwise binary op.

    Applies PyTorch's promotion (tensors, 0-d tensors, Python scalars),
    checks devices and broadcasting, and converts both to the result dtype.
    """
    fast = _fast_operands(a, b, compute_dtype)
    if fast is not None:
        x, y = fast[0], fast[1]
        if x.shape != y.shape and y.ndim and (y.size != 1 or x.size > CHECK_SIZE_ABOVE):
            # broadcasting: the result's size is new (one element broadcasts with
            # anything and adds no elements)
            try:
                result = np.broadcast(x, y)  # in C, without allocating
            except ValueError:
                broadcast_shapes(x.shape, y.shape)  # raises, in PyTorch's words
                raise
            if result.size > CHECK_SIZE_ABOVE:
                limits.check_allocation(result.shape, fast[2])
        elif x.size > CHECK_SIZE_ABOVE:  # an expanded view can be huge
            limits.check_allocation(x.shape, fast[2])
        return fast
    if not isinstance(a, Tensor) and not isinstance(b, Tensor):
        raise TypeError("expected at least one Tensor argument")
    for value in (a, b):
        if not isinstance(value, Tensor) and not is_scalar(value):
            raise TypeError(f"unsupported operand type: '{type(value).__name__}'")
    device = same_device(a, b)
    xp = backend.array_module(device)
    dtype = compute_dtype or dtypes.result_type(a, b)
    if isinstance(a, Tensor) and isinstance(b, Tensor):
        # The result's size is known before computing: refuse it over the limit.
        limits.check_allocation(broadcast_shapes(a._data.shape, b._data.shape), dtype)
    else:
        limits.check_copy(a if isinstance(a, Tensor) else b, dtype)
    x, y = array_of(a, dtype, xp), array_of(b, dtype, xp)
    if type(xp) is not _MODULE:  # fusion's module (engine/fusion): operands join the region
        x, y = lifted(xp, x), lifted(xp, y)
    return x, y, dtype, xp


_MODULE = type(np)


def lifted(xp, array):
    """``array`` as an operand of a fused expression when ``xp`` fuses (a
    CUDA tensor's array, so that its operators build the expression too)."""
    if type(xp) is _MODULE:
        return array
    node = xp.lift(array)
    return array if node is None else node


def _fast_operands(a, b, compute_dtype):
    """The common cases without the general machinery, or None.

    Two CPU tensors of one dtype, or a CPU tensor and a Python float/int (not
    bool): the result dtype is the tensor's (promotion among one dtype, 0-d or
    not, gives it), and no device check can fail; broadcasting is checked by
    the caller.
    """
    if type(a) is not Tensor:
        return None
    x = a._data
    if type(x) is not np.ndarray:
        return None
    if type(b) is Tensor:
        y = b._data
        if type(y) is not np.ndarray or a.dtype is not b.dtype:
            return None
        dtype = a.dtype
    elif type(b) is float and a.dtype.category == dtypes.FLOATING:
        dtype = a.dtype
        y = np.asarray(b, dtype=dtype.np)
    elif type(b) is int and a.dtype.category == dtypes.INTEGER:
        dtype = a.dtype
        y = scalar_as(b, dtype, np)
    else:
        return None
    if compute_dtype is not None and compute_dtype is not dtype:
        return None
    return x, y, dtype, np


def normalize_dim(dim, ndim: int) -> int:
    """A dim in range, with PyTorch's IndexError otherwise (0-d counts as 1-d)."""
    if not isinstance(dim, (int, np.integer)) or isinstance(dim, bool):
        raise TypeError(f"dim must be an int, not {type(dim).__name__}")
    low, high = (-1, 0) if ndim == 0 else (-ndim, ndim - 1)
    if dim < low or dim > high:
        raise IndexError(f"Dimension out of range (expected to be in range of [{low}, {high}], "
                         f"but got {dim})")
    return dim % ndim if ndim else 0


def normalize_dims(dim, ndim: int) -> tuple | None:
    """dim=None -> None; an int or a list -> a sorted tuple of dims (no repeats)."""
    if dim is None:
        return None
    if isinstance(dim, (list, tuple)):
        dims = tuple(normalize_dim(d, ndim) for d in dim)
        if len(set(dims)) != len(dims):
            repeated = next(d for d in dims if dims.count(d) > 1)
            raise RuntimeError(f"dim {repeated} appears multiple times in the list of dims")
        return tuple(sorted(dims))
    return (normalize_dim(dim, ndim),)


def shape_args(args, name: str = "shape") -> tuple:
    """``f(2, 3)``, ``f((2, 3))``, ``f([2, 3])`` and ``f(torch.Size(...))`` alike."""
    if len(args) == 1 and isinstance(args[0], (tuple, list)):
        args = tuple(args[0])
    shape = []
    for size in args:
        if isinstance(size, Tensor):
            size = size.__index__()
        if isinstance(size, bool) or not isinstance(size, (int, np.integer)):
            raise TypeError(f"{name} must be a sequence of ints, but got {type(size).__name__}")
        shape.append(int(size))
    return tuple(shape)


def float_dtype_for(tensor: Tensor) -> DType:
    """Integer inputs of a floating function (exp, sqrt, mean...) give the default dtype."""
    return tensor.dtype if tensor.dtype.differentiable else dtypes.get_default_dtype()


def as_result(array, dtype: DType, xp) -> Tensor:
    """Wrap a computed array (NumPy may return a scalar for 0-d results)."""
    if not isinstance(array, xp.ndarray):
        array = xp.asarray(array)
    if array.dtype != dtype.np:
        array = array.astype(dtype.np)
    return Tensor._make(array, dtype)


OVERLAP_ERROR = ("unsupported operation: more than one element of the written-to tensor refers "
                 "to a single memory location. Please clone() the tensor before performing the "
                 "operation.")


def check_no_overlap(array) -> None:
    """PyTorch refuses in-place writes (other than fill_ and zero_) into memory
    that several elements share, as an expanded tensor's does."""
    if any(stride == 0 and size > 1 for size, stride in zip(array.shape, array.strides)):
        raise RuntimeError(OVERLAP_ERROR)
