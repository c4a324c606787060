"""Random tensors and in-place random fills, drawing PyTorch's numbers (SPEC §4).

A :class:`Law` pairs a CPU kernel of ``engine.random.kernels`` (PyTorch's
values, in the order PyTorch writes them: a fresh tensor in C order, a
strided tensor in memory order, as TensorIterator walks it) with its CuPy
counterpart for CUDA tensors (``engine.random.cuda``: CuPy's numbers).
"""
from __future__ import annotations

import math

from dataclasses import dataclass
from typing import Callable

import numpy as np

from .. import backend, dtypes, limits
from ..autograd import record
from ...journal import JOURNAL
from ..random import generator_for
from ..random import kernels as K
from ..registry import op
from ..tensor import Size, Tensor
from .common import check_no_overlap, shape_args
from .creation import _device, _dtype_or_default, _finish, _like
from .inplace import rebase_view
from .sampling_bounds import random_span


_UNSET = object()


@dataclass(frozen=True)
class Law:
    """How to draw values: ``cpu(engine, count, np_dtype, contiguous)`` returns
    a flat array in write order; ``cuda(cuda_module, state, shape, np_dtype)``
    a CuPy array of ``shape``."""

    cpu: Callable
    cuda: Callable


def cuda_laws():
    from ..random import cuda  # noqa: PLC0415 - CuPy's side, only with a GPU

    return cuda


# ------------------------------------------------------------------ helpers
def fill_order(array) -> tuple:
    """Axes from the largest stride to the smallest: the order memory is walked."""
    return tuple(sorted(range(array.ndim), key=lambda axis: -abs(array.strides[axis])))


def _store(target: Tensor, values: np.ndarray) -> None:
    """Write a flat sequence of values into ``target`` (on the CPU) in memory order."""
    view = target._data.transpose(fill_order(target._data))
    view[...] = values.reshape(view.shape).astype(target.dtype.np, copy=False)


def engine_of(generator, device):
    return generator_for(generator, device).engine


def _cuda_values(law: Law, generator, device, shape, np_dtype):
    state = generator_for(generator, device).cuda_state()
    with backend.cupy_module().cuda.Device(device.index or 0):
        return law.cuda(cuda_laws(), state, tuple(shape), np_dtype)


def new_tensor(shape, dtype, device, requires_grad, generator, law: Law) -> Tensor:
    """A fresh (C-contiguous) tensor of ``shape`` drawn from ``law``."""
    limits.check_allocation(shape, dtype)
    device = _device(device)
    if device.type == "cuda":
        array = _cuda_values(law, generator, device, shape, dtype.np)
        return _finish(array, dtype, device, requires_grad)
    count = int(np.prod(shape, dtype=np.int64))
    values = law.cpu(engine_of(generator, device), count, dtype.np, True) if count else \
        np.empty(0, dtype.np)
    return _finish(values.reshape(shape).astype(dtype.np, copy=False), dtype, device,
                   requires_grad)


def _dense_like(array) -> bool:
    """Strides that cover memory without gaps or overlaps (empty_like keeps them)."""
    expected = array.itemsize
    for axis in reversed(fill_order(array)):
        if array.shape[axis] != 1 and array.strides[axis] != expected:
            return False
        expected *= array.shape[axis]
    return True


def new_like(input: Tensor, dtype, device, requires_grad, generator, law: Law) -> Tensor:
    """``empty_like(input)`` filled from ``law``: PyTorch keeps a permuted
    input's memory order, so the values land in that order (and normal_
    then sees a non-contiguous tensor)."""
    dtype, device = _like(input, dtype, device)
    device = _device(device)
    shape = tuple(input.shape)
    limits.check_allocation(shape, dtype)
    if device.type == "cuda":
        array = _cuda_values(law, generator, device, shape, dtype.np)
        return _finish(array, dtype, device, requires_grad)
    source = input._data
    if source.ndim and _dense_like(source) and not source.flags.c_contiguous:
        order = fill_order(source)
        array = np.empty(tuple(shape[axis] for axis in order), dtype.np).transpose(
            np.argsort(order))
    else:
        array = np.empty(shape, dtype.np)
    result = Tensor._make(array, dtype)
    if array.size:
        engine = engine_of(generator, device)
        _store(result, law.cpu(engine, array.size, dtype.np, array.flags.c_contiguous))
    return _finish(result._data, dtype, device, requires_grad)


def in_place(input: Tensor, generator, grad_name: str, law: Law) -> Tensor:
    """Fill ``input`` in place from ``law``.

    The old values get a zero gradient (PyTorch's ``UniformBackward0`` and
    kin); a leaf that requires grad refuses, as for any in-place write.
    """
    input._check_inplace()
    check_no_overlap(input._data)
    if JOURNAL[0] is not None:
        JOURNAL[0].storage(input, False)
    if input.numel():
        if input.is_cuda:
            device = input.device
            backend.before_write(input)
            input._data[...] = _cuda_values(law, generator, device, input.shape, input.dtype.np)
        else:
            engine = engine_of(generator, input.device)
            _store(input, law.cpu(engine, input.numel(), input.dtype.np,
                                  input._data.flags.c_contiguous))
    input._bump()
    if input.dtype.is_floating_point:
        record(input, grad_name, (input,), lambda g: (g * 0,))
        rebase_view(input)
    return input


def float_dtype(dtype, name: str) -> dtypes.DType:
    dtype = _dtype_or_default(dtype)
    if not dtype.is_floating_point:
        raise NotImplementedError(f'"{name}" not implemented for \'{dtype.legacy[:-6]}\'')
    return dtype


def _like_dtype(input, dtype, name):
    if dtype is None and not input.dtype.is_floating_point:
        raise NotImplementedError(f'"{name}" not implemented for \'{input.dtype.legacy[:-6]}\'')
    return dtype if dtype is None else float_dtype(dtype, name)


# --------------------------------------------------------------- the laws
def uniform_law(low: float, high: float) -> Law:
    return Law(lambda engine, n, t, contiguous: K.uniform(engine, n, t, low, high),
               lambda cuda, state, shape, t: cuda.uniform(state, shape, t, low, high))


def normal_law(mean: float, std: float) -> Law:
    return Law(lambda engine, n, t, contiguous: K.normal(engine, n, t, mean, std, contiguous),
               lambda cuda, state, shape, t: cuda.normal(state, shape, t, mean, std))


def integer_law(span: int, base: int) -> Law:
    return Law(lambda engine, n, t, contiguous: K.random_from_to(engine, n, t, span, base),
               lambda cuda, state, shape, t: cuda.integers(state, shape, t, span, base))


UNIT_UNIFORM, STANDARD_NORMAL = uniform_law(0.0, 1.0), normal_law(0.0, 1.0)


# --------------------------------------------------------------- creation
@op("rand", summary="Uniform random values in [0, 1) (PyTorch's numbers after manual_seed).",
    example="manual_seed(0); rand(3)", method=False)
def rand(*size, generator=None, out=None, dtype=None, layout=None, device=None,
         requires_grad=False, pin_memory=False):
    shape = size_argument("rand", size)
    if _complex(dtype):  # real and imaginary parts: rand(..., 2) viewed as complex
        return _complex_draw(shape, dtype, device, requires_grad, generator, UNIT_UNIFORM)
    dtype = float_dtype(dtype, "check_uniform_bounds")
    return new_tensor(shape, dtype, device, requires_grad, generator, UNIT_UNIFORM)


def _complex(dtype) -> bool:
    return dtype is not None and dtypes.to_dtype(dtype).is_complex


def _complex_draw(shape, dtype, device, requires_grad, generator, law):
    """PyTorch draws a complex tensor as its view_as_real: shape + (2,) reals."""
    dtype = dtypes.to_dtype(dtype)
    parts = new_tensor(tuple(shape) + (2,), dtypes.to_real(dtype), device, False, generator, law)
    return _finish(parts._data.view(dtype.np)[..., 0], dtype, device, requires_grad)


# normal_ of a complex tensor: normal_(view_as_real(self), mean, std / sqrt(2))
COMPLEX_NORMAL = normal_law(0.0, 1.0 / math.sqrt(2.0))


@op("randn", summary="Standard normal random values (PyTorch's numbers after manual_seed).",
    example="manual_seed(0); randn(3)", method=False)
def randn(*size, generator=None, out=None, dtype=None, layout=None, device=None,
          requires_grad=False, pin_memory=False):
    shape = size_argument("randn", size)
    if _complex(dtype):
        return _complex_draw(shape, dtype, device, requires_grad, generator, COMPLEX_NORMAL)
    dtype = float_dtype(dtype, "normal_kernel_cpu")
    return new_tensor(shape, dtype, device, requires_grad, generator, STANDARD_NORMAL)


@op("rand_like", summary="rand in the shape (and dtype, device, memory order) of input.",
    example="rand_like(ones(2)).shape", method=False)
def rand_like(input, *, dtype=None, layout=None, device=None, requires_grad=False,
              memory_format=None, generator=None):
    dtype = _like_dtype(input, dtype, "check_uniform_bounds")
    return new_like(input, dtype, device, requires_grad, generator, UNIT_UNIFORM)


@op("randn_like", summary="randn in the shape (and dtype, device, memory order) of input.",
    example="randn_like(ones(2)).shape", method=False)
def randn_like(input, *, dtype=None, layout=None, device=None, requires_grad=False,
               memory_format=None, generator=None):
    dtype = _like_dtype(input, dtype, "normal_kernel_cpu")
    return new_like(input, dtype, device, requires_grad, generator, STANDARD_NORMAL)


def _randint_arguments(args: tuple, low, high, size) -> tuple:
    """(low, high, size) from randint's two overloads, as PyTorch's binding matches them."""
    if size is not _UNSET:  # size by keyword: the positions are (high) or (low, high)
        names = ("high",) if len(args) == 1 else ("low", "high")
    else:
        names = ("low", "high", "size") if len(args) == 3 else ("high", "size")
    if len(args) > 3 or (size is _UNSET and len(args) == 3 and not _is_size(args[2])) or (
            len(args) == 1 and size is _UNSET and high is _UNSET):
        got = ", ".join(type(arg).__name__ for arg in args)
        raise TypeError(f"randint() received an invalid combination of arguments - got ({got}), "
                        f"but expected one of:")
    given = dict(zip(names, args))
    low = given.get("low", 0 if low is _UNSET else low)
    high, size = given.get("high", high), given.get("size", size)
    if size is _UNSET or high is _UNSET:
        raise TypeError('randint() missing 1 required positional arguments: "size"')
    position = 2 if "low" in given else 1
    return _as_int(low, "low", 1), _as_int(high, "high", position), size


def _is_size(value) -> bool:
    return isinstance(value, (tuple, list, Size))


def size_argument(function: str, args: tuple, position: int = 1) -> tuple:
    """A size as PyTorch's binding reads it: ints or one sequence of ints, none negative."""
    if len(args) == 1 and not _is_size(args[0]) and (
            isinstance(args[0], bool) or not isinstance(args[0], (int, np.integer, Tensor))):
        raise TypeError(f"{function}(): argument 'size' (position {position}) must be tuple of "
                        f"ints, not {type(args[0]).__name__}")
    if len(args) == 1 and position > 1 and not _is_size(args[0]):
        raise TypeError(f"{function}(): argument 'size' (position {position}) must be tuple of "
                        f"ints, not {type(args[0]).__name__}")
    shape = shape_args(args, "size")
    if any(n < 0 for n in shape):
        raise RuntimeError(f"Trying to create tensor with negative dimension {min(shape)}: "
                           f"{list(shape)}")
    return shape


def _as_int(value, name: str, position: int = 1) -> int:
    if isinstance(value, Tensor):
        value = value.item()
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
        raise TypeError(f"randint(): argument '{name}' (position {position}) must be int, not "
                        f"{type(value).__name__}")
    return int64_argument(value)


def int64_argument(value) -> int:
    """An int argument as PyTorch's binding reads it (a C int64_t)."""
    value = int(value)
    if not -(1 << 63) <= value < (1 << 63):
        raise ValueError("Overflow when unpacking long long")
    return value


@op("randint", summary="Random integers in [low, high) (PyTorch's numbers after manual_seed).",
    example="manual_seed(0); randint(0, 10, (3,))", method=False)
def randint(*args, low=_UNSET, high=_UNSET, size=_UNSET, generator=None, out=None, dtype=None,
            layout=None, device=None, requires_grad=False, pin_memory=False):
    """randint(high, size) or randint(low, high, size), parsed as PyTorch's binding does."""
    low, high, size = _randint_arguments(args, low, high, size)
    dtype = dtypes.int64 if dtype is None else dtypes.to_dtype(dtype)
    shape = size_argument("randint", (size,), 3 if len(args) == 3 else 2)
    law = integer_law(*random_span(low, high, dtype))
    return new_tensor(shape, dtype, device, requires_grad, generator, law)


@op("randint_like", summary="randint in the shape (and dtype, device) of input.",
    example="randint_like(ones(3), 5).shape", method=False)
def randint_like(input, low=0, high=None, *, dtype=None, layout=None, device=None,
                 requires_grad=False, memory_format=None, generator=None):
    if high is None:
        low, high = 0, low
    low, high = _as_int(low, "low"), _as_int(high, "high")
    target = input.dtype if dtype is None else dtypes.to_dtype(dtype)
    law = integer_law(*random_span(low, high, target))
    return new_like(input, dtype, device, requires_grad, generator, law)


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
    law = Law(lambda engine, count, t, contiguous: K.randperm(engine, count),
              lambda cuda, state, shape, t: cuda.permutation(state, shape[0]))
    return new_tensor((n,), dtype, device, requires_grad, generator, law)
