"""Creation functions: tensor, zeros, arange, rand, ... and their _like forms."""
from __future__ import annotations

import math
import warnings

import numpy as np

from .. import backend, dtypes, limits, numerics
from ..dtypes import DType
from ..registry import op
from ..tensor import Tensor
from .common import is_scalar, shape_args

COPY_CONSTRUCT_WARNING = (
    "To copy construct from a tensor, it is recommended to use sourceTensor.detach().clone() or "
    "sourceTensor.detach().clone().requires_grad_(True), rather than torch.tensor(sourceTensor).")


def _device(device) -> backend.Device:
    if device is None:
        return current_default_device()
    return backend.resolve_device(backend.parse_device(device))


_default_device = [backend.CPU]


def current_default_device() -> backend.Device:
    return _default_device[0]


def _restore_default_device(device) -> None:
    _default_device[0] = device


def set_default_device(device) -> None:
    device = backend.resolve_device(backend.parse_device(device))
    backend.array_module(device)  # fails clearly when CUDA is unavailable
    from ...journal import note_setting  # noqa: PLC0415 - a rare call

    note_setting("default_device", _restore_default_device, _default_device[0])
    _default_device[0] = device


def _finish(array, dtype: DType, device, requires_grad: bool) -> Tensor:
    """Place ``array`` (host) on the device as ``dtype``; apply requires_grad."""
    if requires_grad and not dtype.differentiable:
        raise RuntimeError("Only Tensors of floating point and complex dtype can require gradients")
    if array.dtype != dtype.np:
        array = array.astype(dtype.np)
    array = backend.move(array, _device(device))
    tensor = Tensor._make(array, dtype)
    tensor._requires_grad = bool(requires_grad)
    return tensor


def _dtype_or_default(dtype, default: DType | None = None, function: str = "") -> DType:
    if dtype is None:
        return default or dtypes.get_default_dtype()
    return dtypes.to_dtype(dtype, function)


# ------------------------------------------------------------- from Python data
def _infer(data, depth: int = 0, shape: list | None = None, leaves: list | None = None):
    """Check nesting like PyTorch (ragged lists fail) and collect the leaves."""
    if isinstance(data, Tensor):
        if data.ndim:
            raise ValueError("only one element tensors can be converted to Python scalars")
        leaves.append(data.item())
        return
    if isinstance(data, np.ndarray):
        data = data.tolist()
    if isinstance(data, (list, tuple)):
        if len(shape) <= depth:
            shape.append(len(data))
        elif shape[depth] != len(data):
            raise ValueError(f"expected sequence of length {shape[depth]} at dim {depth} "
                             f"(got {len(data)})")
        for item in data:
            _infer(item, depth + 1, shape, leaves)
        return
    if isinstance(data, str):
        raise TypeError("new(): invalid data type 'str'")
    if not is_scalar(data):
        raise RuntimeError(f"Could not infer dtype of {type(data).__name__}")
    if len(shape) > depth:
        raise ValueError(f"expected sequence of length {shape[depth]} at dim {depth} (got 0)")
    leaves.append(data)


def _array_from_data(data, dtype):
    if isinstance(data, Tensor):
        warnings.warn(COPY_CONSTRUCT_WARNING, UserWarning, stacklevel=3)
        limits.check_copy(data)  # an expanded view's copy is its numel, not its storage
        return backend.to_host(data._data).copy(), data.dtype
    if isinstance(data, np.ndarray):
        limits.check_allocation(data.shape, data.dtype)
        return np.array(data), dtypes.from_numpy_dtype(data.dtype)
    if isinstance(data, np.generic):
        return np.array(data), dtypes.from_numpy_dtype(data.dtype)
    if type(data) is list or type(data) is tuple:
        _check_nested(data)
    shape, leaves = [], []
    _infer(data, 0, shape, leaves)
    if dtype is None:
        if any(isinstance(v, (complex, np.complexfloating)) for v in leaves):
            inferred = dtypes.get_default_complex_dtype()
        elif any(isinstance(v, (float, np.floating)) for v in leaves):
            inferred = dtypes.get_default_dtype()
        elif any(isinstance(v, (int, np.integer)) and not isinstance(v, (bool, np.bool_))
                 for v in leaves):
            inferred = dtypes.int64
        elif leaves:
            inferred = dtypes.bool_
        else:
            inferred = dtypes.get_default_dtype()
        tensor_dtypes = _tensor_leaf_dtype(data)
        if tensor_dtypes is not None:
            inferred = tensor_dtypes
    else:
        inferred = dtype
    if inferred.category == dtypes.INTEGER and all(
            isinstance(v, (int, np.integer, np.bool_)) for v in leaves):
        return _integer_array(leaves, inferred).reshape(shape), inferred
    array = np.array(leaves, dtype=np.float64 if inferred.is_floating_point
                     else np.complex128 if inferred.is_complex else None)
    return array.reshape(shape), inferred


_LEAF_BYTES = 8 + 8 + 8  # a leaf's pointer in the list of leaves, float64, the result


def _check_nested(data) -> None:
    """A nested list's copy, estimated from its first items (ragged lists fail
    later): the list of leaves, the float64 array and the result (issue 19)."""
    shape = []
    item = data
    while (type(item) is list or type(item) is tuple) and len(shape) < 64:
        shape.append(len(item))
        if not item:
            return
        item = item[0]
    leaf = _LEAF_BYTES
    if isinstance(item, np.ndarray):  # an array in a list becomes Python numbers
        shape.extend(item.shape)
        leaf += 24
    if math.prod(shape) > 1 << 16:
        dims = ", ".join(map(str, shape))
        limits.check_bytes(math.prod(shape) * leaf,
                           f"a tensor of shape [{dims}] from Python data")


def _tensor_leaf_dtype(data):
    """A list made only of 0-d tensors takes their dtype (tensor([t1, t2]))."""
    found = None
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, (list, tuple)):
            stack.extend(item)
        elif isinstance(item, Tensor):
            found = item.dtype if found is None else dtypes.promote_types(found, item.dtype)
        else:
            return None
    return found


def _integer_array(leaves: list, dtype: DType) -> np.ndarray:
    """Python ints as ``dtype``, with PyTorch's overflow checks (c10's
    checked_convert): a signed type takes [min, max]; an unsigned one also
    takes -max..-1, wrapped (tensor([-1], dtype=uint8) is 255); uint64 comes
    from Python's unsigned conversion, which refuses every negative int."""
    values = [int(v) for v in leaves]
    if not values:
        return np.zeros(0, dtype=dtype.np)
    low, high = min(values), max(values)
    info = np.iinfo(dtype.np)
    if dtype is dtypes.uint64:
        if low < 0:
            raise OverflowError("can't convert negative int to unsigned")
        if high > info.max:
            raise OverflowError("int too big to convert")
        return np.array(values, dtype=np.uint64)
    if low < -2**63 or high >= 2**63:  # Python's int -> int64_t unpacking
        raise ValueError("Overflow when unpacking long long")
    lowest = -int(info.max) if info.min == 0 else int(info.min)
    if low < lowest or high > info.max:
        raise RuntimeError(f"value cannot be converted to type {dtype.name} without overflow")
    return np.array(values, dtype=np.int64).astype(dtype.np)


@op("tensor", summary="A tensor from nested lists, numbers or a NumPy array.",
    example="tensor([[1., 2.], [3., 4.]])", method=False)
def tensor(data, *, dtype=None, device=None, requires_grad=False, pin_memory=False):
    dtype = None if dtype is None else dtypes.to_dtype(dtype, "tensor")
    array, inferred = _array_from_data(data, dtype)
    return _finish(array, dtype or inferred, device, requires_grad)


@op("as_tensor", summary="Like tensor, but shares memory with a tensor or array when it can.",
    example="as_tensor([1, 2, 3])", method=False)
def as_tensor(data, dtype=None, device=None):
    if isinstance(data, Tensor):
        result = data if dtype is None else data.to(dtypes.to_dtype(dtype))
        return result if device is None else result.to(device)
    if isinstance(data, np.ndarray) and device is None and (
            dtype is None or dtypes.to_dtype(dtype).np == data.dtype):
        return from_numpy(data)
    return tensor(data, dtype=dtype, device=device)


@op("from_numpy", summary="A tensor sharing memory with a NumPy array.",
    example="from_numpy(np.array([1., 2.]))", method=False)
def from_numpy(ndarray):
    if not isinstance(ndarray, np.ndarray):
        raise TypeError(f"expected np.ndarray (got {type(ndarray).__name__})")
    return Tensor._make(ndarray, dtypes.from_numpy_dtype(ndarray.dtype))


def scalar_tensor(value, like: Tensor | None = None) -> Tensor:
    """A Python number as a 0-d tensor of its PyTorch dtype, on like's device."""
    dtype = dtypes.scalar_dtype(value)
    device = like.device if like is not None else None
    return _finish(np.asarray(value, dtype=dtype.np), dtype, device, False)


# ------------------------------------------------------------------- filled
def _filled(fill, args, size, dtype, device, requires_grad, *, name: str) -> Tensor:
    shape = shape_args(size if size is not None else args, "size")
    if any(n < 0 for n in shape):
        if name == "zeros":  # PyTorch's zeros checks sizes on its own path
            raise RuntimeError("zeros: Dimension size must be non-negative.")
        raise RuntimeError(f"Trying to create tensor with negative dimension {min(shape)}: "
                           f"{list(shape)}")
    dtype = _dtype_or_default(dtype, function=name)
    limits.check_allocation(shape, dtype)
    xp = backend.array_module(_device(device))
    if fill == "empty":
        array = xp.zeros(shape, dtype=dtype.np)
    else:
        array = xp.full(shape, fill, dtype=dtype.np)
    return _finish(array, dtype, device, requires_grad)


@op("zeros", summary="A tensor of zeros of the given size.", example="zeros(2, 3)", method=False)
def zeros(*size, out=None, dtype=None, layout=None, device=None, requires_grad=False):
    return _filled(0, size, None, dtype, device, requires_grad, name="zeros")


@op("ones", summary="A tensor of ones of the given size.", example="ones(2, 3)", method=False)
def ones(*size, out=None, dtype=None, layout=None, device=None, requires_grad=False):
    return _filled(1, size, None, dtype, device, requires_grad, name="ones")


@op("empty", summary="An uninitialized tensor (gradsh fills it with zeros).",
    example="empty(2, 3).shape", method=False)
def empty(*size, out=None, dtype=None, layout=None, device=None, requires_grad=False):
    return _filled("empty", size, None, dtype, device, requires_grad, name="empty")


@op("full", summary="A tensor filled with fill_value.", example="full((2, 2), 7.)", method=False)
def full(size, fill_value, *, dtype=None, device=None, requires_grad=False):
    if dtype is None:
        dtype = dtypes.scalar_dtype(fill_value)
    return _filled(fill_value, (), size, dtype, device, requires_grad, name="full")


def _like(input, dtype, device):
    return (input.dtype if dtype is None else dtypes.to_dtype(dtype),
            input.device if device is None else device)


def _filled_like(fill, input, dtype, device, requires_grad, name):
    """_filled in the shape (and, unless given, the dtype and device) of input."""
    dtype, device = _like(input, dtype, device)
    return _filled(fill, (), tuple(input.shape), dtype, device, requires_grad, name=name)


@op("zeros_like", summary="Zeros with the shape (and dtype, device) of input.",
    example="zeros_like(ones(2, 2))", method=False)
def zeros_like(input, *, dtype=None, device=None, requires_grad=False):
    return _filled_like(0, input, dtype, device, requires_grad, name="zeros_like")


@op("ones_like", summary="Ones with the shape (and dtype, device) of input.",
    example="ones_like(zeros(2))", method=False)
def ones_like(input, *, dtype=None, device=None, requires_grad=False):
    return _filled_like(1, input, dtype, device, requires_grad, name="ones_like")


@op("empty_like", summary="An uninitialized tensor shaped like input.",
    example="empty_like(ones(2)).shape", method=False)
def empty_like(input, *, dtype=None, device=None, requires_grad=False):
    return _filled_like(0, input, dtype, device, requires_grad, name="empty_like")


@op("full_like", summary="fill_value in the shape (and dtype, device) of input.",
    example="full_like(ones(2), 5.)", method=False)
def full_like(input, fill_value, *, dtype=None, device=None, requires_grad=False):
    return _filled_like(fill_value, input, dtype, device, requires_grad, name="full_like")


@op("eye", summary="The identity matrix (n x m).", example="eye(3)", method=False)
def eye(n, m=None, *, dtype=None, device=None, requires_grad=False):
    dtype = _dtype_or_default(dtype)
    if all(isinstance(v, (int, np.integer)) for v in (n, n if m is None else m)):
        limits.check_allocation((n, n if m is None else m), dtype)
    xp = backend.array_module(_device(device))
    return _finish(xp.eye(n, n if m is None else m, dtype=dtype.np), dtype, device, requires_grad)


@op("arange", summary="Values from start to end (exclusive) by step.",
    example="arange(0, 10, 3)", method=False)
def arange(start, end=None, step=1, *, dtype=None, device=None, requires_grad=False):
    if end is None:
        start, end = 0, start
    bounds = [v.item() if isinstance(v, Tensor) else v for v in (start, end, step)]
    start, end, step = bounds
    if step == 0:
        raise RuntimeError("step must be nonzero")
    if (end - start) * step < 0:
        raise RuntimeError("upper bound and lower bound inconsistent with step sign")
    if dtype is None:
        integral = all(isinstance(v, (int, np.integer)) for v in bounds)
        dtype = dtypes.int64 if integral else dtypes.get_default_dtype()
    dtype = dtypes.to_dtype(dtype)
    count = max(int(np.ceil((end - start) / step)), 0)
    limits.check_allocation((count,), dtype)
    xp = backend.array_module(_device(device))
    if dtype in (dtypes.float32, dtypes.float64) and numerics.exact():  # ATen's kernel
        from .range_kernels import arange_values  # noqa: PLC0415

        return _finish(arange_values(start, step, count, dtype.np), dtype, device, requires_grad)
    values = start + step * xp.arange(count, dtype=np.float64 if dtype.is_floating_point
                                      or not all(isinstance(v, int) for v in bounds) else np.int64)
    return _finish(values, dtype, device, requires_grad)


@op("linspace", summary="steps values evenly spaced from start to end.",
    example="linspace(0, 1, 5)", method=False)
def linspace(start, end, steps, *, dtype=None, device=None, requires_grad=False):
    dtype = _dtype_or_default(dtype)
    _check_steps(steps, dtype)
    return _finish(_even_steps(start, end, steps, dtype), dtype, device, requires_grad)


@op("logspace", summary="steps values from base**start to base**end, evenly in the exponent.",
    example="logspace(0, 2, 3)", method=False)
def logspace(start, end, steps, base=10.0, *, dtype=None, device=None, requires_grad=False):
    dtype = _dtype_or_default(dtype)
    _check_steps(steps, dtype)
    return _finish(_log_steps(start, end, steps, base, dtype), dtype, device, requires_grad)


def _log_steps(start, end, steps, base, dtype: DType) -> np.ndarray:
    """ATen's logspace_out (RangeFactories.cpp), element for element: the step
    is a double, ``(double)(end - start) / (steps - 1)`` with the difference in
    the dtype; each exponent is ``start + step * i`` (first half) or ``end -
    step * (steps - i - 1)`` (second half) in double, and each value glibc's
    ``pow(double base, exponent)`` converted to the dtype."""
    from ..random.exact import libm  # noqa: PLC0415

    steps = int(steps)
    if dtype.is_complex:
        return np.logspace(start, end, steps, base=base)
    work = dtype.np.type
    first, last = (_as_work(v, dtype, work) for v in (start, end))
    if steps == 1:  # ATen fills pow(base, start as a double)
        exponents = np.asarray([float(start.item() if isinstance(start, Tensor) else start)])
    else:
        with np.errstate(over="ignore", invalid="ignore"):
            step = float(work(last - first)) / (steps - 1)
        half = steps // 2
        index = np.arange(steps, dtype=np.float64)
        exponents = np.concatenate([float(first) + step * index[:half],
                                    float(last) - step * (steps - index[half:] - 1)])
    values = libm(lambda x: _pow_or_inf(float(base), x), exponents)
    with np.errstate(over="ignore", invalid="ignore"):
        return values.astype(work)


def _pow_or_inf(base: float, exponent: float) -> float:
    try:
        return math.pow(base, exponent)
    except OverflowError:
        return math.inf
    except ValueError:
        return math.nan


def _even_steps(start, end, steps, dtype: DType) -> np.ndarray:
    """ATen's linspace kernel, element for element (a host array): the first
    half counts up from start, the second half down from end, each value one
    fused multiply-add (the compiler contracts ``start + step * i``) in the
    dtype's arithmetic; integer dtypes step in float64 and truncate."""
    steps = int(steps)
    if dtype.is_complex:
        return np.linspace(start, end, steps)
    if dtype.is_floating_point:
        work = dtype.np.type if dtype.itemsize >= 4 else np.float32
    else:
        work = np.float64
    first, last = (_as_work(v, dtype, work) for v in (start, end))
    if steps == 1:
        return np.asarray([first], dtype=work)
    if dtype.is_floating_point and dtype.itemsize < 4:
        return _even_steps_half(first, last, steps, dtype.np.type)
    from ..random.exact import fma32, fma64  # noqa: PLC0415

    fma = fma32 if work is np.float32 else fma64
    step = (last - first) / work(steps - 1)
    half = steps // 2
    with np.errstate(over="ignore", invalid="ignore"):
        up = fma(np.full(half, step, work), np.arange(half, dtype=work),
                 np.full(half, first, work))
        down = fma(np.full(steps - half, -step, work),
                   np.arange(steps - half - 1, -1, -1, dtype=work),
                   np.full(steps - half, last, work))
    return np.concatenate([up, down]).astype(work)


def _even_steps_half(first, last, steps: int, half_type) -> np.ndarray:
    """float16: c10::Half rounds after every operation (no fused multiply-add)."""
    first, last = half_type(first), half_type(last)
    step = half_type(half_type(last - first) / half_type(steps - 1))
    half = steps // 2
    up = first + (step * np.arange(half, dtype=half_type)).astype(half_type)
    down = last - (step * np.arange(steps - half - 1, -1, -1, dtype=half_type)).astype(half_type)
    return np.concatenate([up, down]).astype(half_type)


def _as_work(value, dtype: DType, work):
    """start or end as ATen reads it: converted to the dtype first."""
    if isinstance(value, Tensor):
        value = value.item()
    if not dtype.is_floating_point:
        return work(int(value))
    return work(np.asarray(float(value)).astype(dtype.np))


def _check_steps(steps, dtype: DType) -> None:
    if isinstance(steps, (int, np.integer)) and not isinstance(steps, bool):
        limits.check_allocation((max(int(steps), 0),), dtype)
