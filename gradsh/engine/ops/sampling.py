"""Random tensors and in-place random fills, drawing PyTorch's numbers (SPEC §4).

Every CPU draw goes through a generator's engine and a kernel of
``engine.random.kernels`` in the order PyTorch writes values: a fresh
tensor in C order, an in-place fill of a strided tensor in memory order (as
TensorIterator walks it). CUDA tensors draw with CuPy (``_cuda_draw``).
"""
from __future__ import annotations

import numpy as np

from .. import backend, dtypes, limits
from ..autograd import record
from ..random import generator_for
from ..random import kernels as K
from ..registry import op
from ..tensor import Tensor
from .common import shape_args
from .creation import _device, _dtype_or_default, _finish, _like
from .inplace import rebase_view


# ------------------------------------------------------------------ helpers
def _fill_order(array) -> tuple:
    """Axes from the largest stride to the smallest: the order memory is walked."""
    return tuple(sorted(range(array.ndim), key=lambda axis: -abs(array.strides[axis])))


def _store(target: Tensor, values: np.ndarray) -> None:
    """Write a flat sequence of values into ``target`` in memory order."""
    data = target._data
    order = _fill_order(data)
    view = data.transpose(order)
    host = values.reshape(view.shape).astype(target.dtype.np, copy=False)
    view[...] = backend.move(host, target.device) if target.is_cuda else host


def _engine(generator, device):
    return generator_for(generator, device).engine


def _new(shape, dtype, device, requires_grad, generator, draw) -> Tensor:
    """A fresh tensor of ``shape`` whose values ``draw(engine, count, np_dtype)`` makes."""
    limits.check_allocation(shape, dtype)
    device = _device(device)
    count = int(np.prod(shape, dtype=np.int64))
    if device.type == "cuda":
        array = _cuda_draw(generator, device, draw, shape, dtype)
        return _finish(array, dtype, device, requires_grad)
    values = draw(_engine(generator, device), count, dtype.np) if count else \
        np.empty(0, dtype.np)
    return _finish(values.reshape(shape).astype(dtype.np, copy=False), dtype, device,
                   requires_grad)


def _cuda_draw(generator, device, draw, shape, dtype):
    """CUDA: the same kernel over a CuPy stream's uniforms is not PyTorch's
    stream anyway (SPEC §4), so CUDA tensors take CuPy's own numbers."""
    state = generator_for(generator, device).cuda_state()
    kind = getattr(draw, "cuda_kind", "uniform")
    with backend.cupy_module().cuda.Device(device.index or 0):
        if kind == "normal":
            return state.standard_normal(shape, dtype=np.float64).astype(dtype.np)
        return state.random_sample(shape, dtype=np.float64).astype(dtype.np)


def _float_dtype(dtype, name: str) -> dtypes.DType:
    dtype = _dtype_or_default(dtype)
    if not dtype.is_floating_point:
        raise NotImplementedError(f'"{name}" not implemented for \'{dtype.legacy[:-6]}\'')
    return dtype


# How C++ names the element types in PyTorch's bounds messages (caffe2::TypeMeta).
CPP_TYPE_NAMES = {"bool": "bool", "uint8": "unsigned char", "int8": "signed char",
                  "int16": "short int", "int32": "int", "int64": "long int",
                  "float16": "c10::Half", "float32": "float", "float64": "double"}


def in_place(input: Tensor, generator, name: str, grad_name: str, fill) -> Tensor:
    """Fill ``input`` in place with ``fill(engine, count, np_dtype, contiguous)``.

    The old values get a zero gradient (PyTorch's ``UniformBackward0`` and
    kin); a leaf that requires grad refuses, as for any in-place write.
    """
    input._check_inplace()
    count = input.numel()
    if count:
        if input.is_cuda:
            raise NotImplementedError(f"gradsh: {name} on CUDA tensors is not supported yet")
        engine = _engine(generator, input.device)
        _store(input, fill(engine, count, input.dtype.np, input._data.flags.c_contiguous))
    input._bump()
    if input.dtype.is_floating_point:
        record(input, grad_name, (input,), lambda g: (g * 0,))
        rebase_view(input)
    return input


# --------------------------------------------------------------- creation
def _uniform_draw(engine, count, np_dtype):
    return K.uniform(engine, count, np_dtype, 0.0, 1.0)


def _normal_draw(engine, count, np_dtype):
    return K.normal(engine, count, np_dtype, 0.0, 1.0)


_normal_draw.cuda_kind = "normal"


@op("rand", summary="Uniform random values in [0, 1) (PyTorch's numbers after manual_seed).",
    example="manual_seed(0); rand(3)", method=False)
def rand(*size, generator=None, out=None, dtype=None, layout=None, device=None,
         requires_grad=False, pin_memory=False):
    shape = shape_args(size, "size")
    dtype = _float_dtype(dtype, "check_uniform_bounds")
    return _new(shape, dtype, device, requires_grad, generator, _uniform_draw)


@op("randn", summary="Standard normal random values (PyTorch's numbers after manual_seed).",
    example="manual_seed(0); randn(3)", method=False)
def randn(*size, generator=None, out=None, dtype=None, layout=None, device=None,
          requires_grad=False, pin_memory=False):
    shape = shape_args(size, "size")
    dtype = _float_dtype(dtype, "normal_kernel_cpu")
    return _new(shape, dtype, device, requires_grad, generator, _normal_draw)


def _dense_like(array) -> bool:
    """Strides that cover memory without gaps or overlaps (empty_like keeps them)."""
    order = _fill_order(array)
    expected = array.itemsize
    for axis in reversed(order):
        if array.shape[axis] != 1 and array.strides[axis] != expected:
            return False
        expected *= array.shape[axis]
    return True


def _new_like(input: Tensor, dtype, device, requires_grad, generator, fill) -> Tensor:
    """``empty_like(input).FILL_()``: PyTorch keeps a permuted input's memory
    order, so the values land in that order (and normal_ then sees a
    non-contiguous tensor)."""
    dtype, device = _like(input, dtype, device)
    device = _device(device)
    shape = tuple(input.shape)
    limits.check_allocation(shape, dtype)
    if device.type == "cuda":
        array = backend.to_host(_cuda_draw(generator, device, fill, shape, dtype))
        return _finish(array, dtype, device, requires_grad)
    source = input._data
    if source.ndim and _dense_like(source) and not source.flags.c_contiguous:
        order = _fill_order(source)
        array = np.empty(tuple(shape[axis] for axis in order), dtype.np).transpose(
            np.argsort(order))
    else:
        array = np.empty(shape, dtype.np)
    result = Tensor._make(array, dtype)
    if array.size:
        engine = _engine(generator, device)
        _store(result, fill(engine, array.size, dtype.np, array.flags.c_contiguous))
    return _finish(result._data, dtype, device, requires_grad)


def _like_dtype(input, dtype, name):
    if dtype is None and not input.dtype.is_floating_point:
        raise NotImplementedError(f'"{name}" not implemented for \'{input.dtype.legacy[:-6]}\'')
    return dtype if dtype is None else _float_dtype(dtype, name)


@op("rand_like", summary="rand in the shape (and dtype, device, memory order) of input.",
    example="rand_like(ones(2)).shape", method=False)
def rand_like(input, *, dtype=None, layout=None, device=None, requires_grad=False,
              memory_format=None, generator=None):
    dtype = _like_dtype(input, dtype, "check_uniform_bounds")
    return _new_like(input, dtype, device, requires_grad, generator,
                     lambda engine, n, t, contiguous: _uniform_draw(engine, n, t))


def _normal_fill(engine, n, t, contiguous=True):
    return K.normal(engine, n, t, 0.0, 1.0, contiguous)


_normal_fill.cuda_kind = "normal"


@op("randn_like", summary="randn in the shape (and dtype, device, memory order) of input.",
    example="randn_like(ones(2)).shape", method=False)
def randn_like(input, *, dtype=None, layout=None, device=None, requires_grad=False,
               memory_format=None, generator=None):
    dtype = _like_dtype(input, dtype, "normal_kernel_cpu")
    return _new_like(input, dtype, device, requires_grad, generator, _normal_fill)


def _random_span(low: int, high: int | None, dtype: dtypes.DType, name: str = "random_"):
    """``random_from_to_impl``'s bounds: (span, base) for the kernel."""
    np_dtype = dtype.np
    if high is None:
        if dtype.is_floating_point:
            digits = {2: 11, 4: 24, 8: 53}[dtype.itemsize]
            high_inclusive = 1 << digits
            low = _update_from(low, np_dtype)
        elif np_dtype == np.bool_:
            high_inclusive = 1
        else:
            high_inclusive = int(np.iinfo(np_dtype).max)
        _check_bounds(low, high_inclusive, dtype)
        return high_inclusive - low + 1, low
    if low >= high:
        raise RuntimeError(f"{name} expects 'from' to be less than 'to', but got from={low} "
                           f">= to={high}")
    if dtype.is_floating_point:
        low, high = _update_from(low, np_dtype), _update_to(high, np_dtype)
        if low >= high:
            raise RuntimeError(f"{name} expects 'from' casted to dtype to be less than 'to' "
                               f"casted to dtype, but got from={low} >= to={high}")
    _check_bounds(low, high - 1, dtype)
    return high - low, low


def _update_from(low: int, np_dtype) -> int:
    """Move ``low`` right until it stays >= low after a cast to the float dtype."""
    low_plus_1 = int(np_dtype.type(low + 1)) if np.isfinite(np_dtype.type(low + 1)) else low + 1
    if low_plus_1 < low:
        n = abs(low + 1).bit_length() - 1
        low = low_plus_1 + (1 << (n - np.finfo(np_dtype).nmant))
    return low


def _update_to(high: int, np_dtype) -> int:
    high_minus_1 = int(np_dtype.type(high - 1)) if np.isfinite(np_dtype.type(high - 1)) \
        else high - 1
    if high_minus_1 >= high:
        n = abs(high - 1).bit_length() - 1
        high = high_minus_1 - (1 << (n - np.finfo(np_dtype).nmant))
    return high


def _check_bounds(low: int, high_inclusive: int, dtype: dtypes.DType) -> None:
    if dtype.is_floating_point:
        info = np.finfo(dtype.np)
        lowest, highest = float(info.min), float(info.max)
    elif dtype.np == np.bool_:
        lowest, highest = 0, 1
    else:
        info = np.iinfo(dtype.np)
        lowest, highest = int(info.min), int(info.max)
    if not lowest <= low <= highest:
        raise RuntimeError(f"from is out of bounds for {CPP_TYPE_NAMES[dtype.name]}")
    if not lowest <= high_inclusive <= highest:
        raise RuntimeError(f"to - 1 is out of bounds for {CPP_TYPE_NAMES[dtype.name]}")


def _as_int(value, name: str) -> int:
    if isinstance(value, Tensor):
        value = value.item()
    if isinstance(value, bool) or not isinstance(value, (int, np.integer, float)):
        raise TypeError(f"randint(): argument '{name}' must be int, not {type(value).__name__}")
    return int(value)


@op("randint", summary="Random integers in [low, high) (PyTorch's numbers after manual_seed).",
    example="manual_seed(0); randint(0, 10, (3,))", method=False)
def randint(low, high=None, size=None, *, generator=None, out=None, dtype=None, layout=None,
            device=None, requires_grad=False, pin_memory=False):
    if size is None and isinstance(high, (tuple, list)):
        low, high, size = 0, low, high
    if high is None or size is None:
        raise TypeError("randint() received an invalid combination of arguments: expected "
                        "(int low, int high, tuple of ints size) or (int high, tuple of ints size)")
    low, high = _as_int(low, "low"), _as_int(high, "high")
    dtype = dtypes.int64 if dtype is None else dtypes.to_dtype(dtype)
    shape = shape_args((size,), "size")
    span, base = _random_span(low, high, dtype)

    def draw(engine, count, np_dtype):
        return K.random_from_to(engine, count, np_dtype, span, base)

    draw.cuda_kind = "integers"
    return _new(shape, dtype, device, requires_grad, generator, draw)


@op("randint_like", summary="randint in the shape (and dtype, device) of input.",
    example="randint_like(ones(3), 5).shape", method=False)
def randint_like(input, low=0, high=None, *, dtype=None, layout=None, device=None,
                 requires_grad=False, memory_format=None, generator=None):
    if high is None:
        low, high = 0, low
    low, high = _as_int(low, "low"), _as_int(high, "high")
    target = input.dtype if dtype is None else dtypes.to_dtype(dtype)
    span, base = _random_span(low, high, target)

    def fill(engine, count, np_dtype, contiguous):
        return K.random_from_to(engine, count, np_dtype, span, base)

    return _new_like(input, dtype, device, requires_grad, generator, fill)


@op("randperm", summary="A random permutation of 0..n-1 (PyTorch's after manual_seed).",
    example="manual_seed(0); randperm(5)", method=False)
def randperm(n, *, generator=None, out=None, dtype=None, layout=None, device=None,
             requires_grad=False, pin_memory=False):
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)):
        raise TypeError(f"randperm(): argument 'n' (position 1) must be int, not "
                        f"{type(n).__name__}")
    n = int(n)
    if n < 0:
        raise RuntimeError(f"Trying to create tensor with negative dimension {n}: [{n}]")
    dtype = dtypes.int64 if dtype is None else dtypes.to_dtype(dtype)
    if dtype.is_floating_point and n > 0:
        limit = (1 << (np.finfo(dtype.np).nmant + 1)) + 1
        if n > limit:
            raise RuntimeError(f"n cannot be greater than {limit} for {dtype.legacy[:-6]} type.")
    limits.check_allocation((n,), dtypes.int64)
    device_ = _device(device)
    if device_.type == "cuda":
        state = generator_for(generator, device_).cuda_state()
        return _finish(backend.to_host(state.permutation(n)), dtype, device_, requires_grad)
    values = K.randperm(_engine(generator, device_), n)
    return _finish(values, dtype, device_, requires_grad)
