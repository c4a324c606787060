"""Fractional max pooling: fractional_max_pool2d, fractional_max_pool3d (Graham, 2014).

torch/nn/functional.py draws ``_random_samples`` with ``torch.rand(N, C, dims)``
in the input's dtype when none are given, so gradsh's generator gives the same
pools as PyTorch after the same seed. Each plane's window starts come from
ATen's ``generate_intervals`` (FractionalMaxPooling.h), computed in the input's
scalar type as the kernel does: ``alpha = (in - pool) / (out - 1)``, then
``int((i + sample) * alpha) - int(sample * alpha)``, the last start ``in - pool``.
(The 2-d kernel reads sample 0 for the width and 1 for the height; the 3-d one
0, 1, 2 for time, height, width.)

The maximum follows the kernel's scan (``val > maxVal || isnan(val)``, rows
before columns): the first maximum, or the last NaN. A max over a box is a max
of maxes, and that rule picks the same element axis by axis, so each spatial
axis is reduced in turn (one gather per kernel offset, never the whole
window). The backward adds the output gradient at the indices
(scatter_add_into, differentiable again as a gather).
"""
from __future__ import annotations

import math

import numpy as np

from .. import dtypes
from ..autograd import no_grad, record
from ..registry import op
from ..tensor import Tensor
from .common import normalize_dim
from .gather import scatter_add_into


def _host(array):
    """A NumPy copy of a NumPy or CuPy array (the samples are read on the host)."""
    return array.get() if hasattr(array, "get") else np.asarray(array)


def intervals(samples, input_size: int, output_size: int, pool_size: int, dtype):
    """ATen's generate_intervals for every plane: (planes,) samples -> (planes, out) starts,
    each step rounded to the input's dtype like the kernel's scalar_t arithmetic."""
    starts = np.zeros((samples.shape[0], output_size), np.int64)
    if output_size > 1:
        kind = np.dtype(dtype.np).type
        alpha = kind(input_size - pool_size) / kind(output_size - 1)
        sample = samples.astype(kind)[:, None]
        steps = np.arange(output_size - 1).astype(kind)[None, :]
        # static_cast<int> truncates toward zero
        starts[:, :-1] = (np.trunc(((steps + sample) * alpha).astype(kind)).astype(np.int64)
                          - np.trunc((sample * alpha).astype(kind)).astype(np.int64))
    if output_size > 0:
        starts[:, -1] = input_size - pool_size
    return starts


def _scan_axis(values, positions: list, axis: int, starts, pool: int, xp):
    """Reduce ``axis`` over windows starting at ``starts`` (planes, out) with the
    kernel's running maximum; the positions found on earlier axes ride along."""
    shape = [1] * values.ndim
    shape[0], shape[axis] = starts.shape
    base = xp.asarray(starts).reshape(shape)
    best, best_positions = None, None
    for offset in range(pool):
        index = base + offset
        value = xp.take_along_axis(values, index, axis=axis)
        found = [xp.take_along_axis(p, index, axis=axis) for p in positions]
        found.append(xp.broadcast_to(index, value.shape))
        if best is None:
            best, best_positions = value, found
            continue
        take = (value > best) | xp.isnan(value)
        best = xp.where(take, value, best)
        best_positions = [xp.where(take, new, old) for new, old in zip(found, best_positions)]
    return best, best_positions


def _pool(input: Tensor, kernel: list, output: list, samples: Tensor, dims: int):
    xp = input._xp
    spatial = tuple(input.shape[-dims:])
    lead = tuple(input.shape[:-dims])
    planes = math.prod(lead)
    batch = lead[0] if len(lead) == 2 else 1
    plane_samples = _host(samples._data)[:batch].astype(np.float64).reshape(planes, dims)
    order = (1, 0) if dims == 2 else (0, 1, 2)  # the sample each spatial axis reads
    starts = [intervals(plane_samples[:, order[axis]], spatial[axis], output[axis],
                        kernel[axis], input.dtype) for axis in range(dims)]
    out_shape = (planes,) + tuple(output)
    if min(kernel) <= 0 or 0 in out_shape:  # empty windows: -inf at the window's start
        values = xp.full(out_shape, -np.inf, dtype=input._data.dtype)
        flat = xp.zeros(out_shape, np.int64)
        for axis in range(dims):
            grid = [1] * (dims + 1)
            grid[0], grid[axis + 1] = planes, output[axis]
            flat = flat * spatial[axis] + xp.asarray(starts[axis]).reshape(grid)
    else:
        values, positions = input._data.reshape((planes,) + spatial), []
        for axis in reversed(range(dims)):  # the innermost (fastest) axis first
            values, positions = _scan_axis(values, positions, axis + 1, starts[axis],
                                           kernel[axis], xp)
        flat = xp.zeros(out_shape, np.int64)
        for axis, position in zip(range(dims), reversed(positions)):
            flat = flat * spatial[axis] + position
    result = Tensor._make(xp.ascontiguousarray(values.reshape(lead + tuple(output))),
                          input.dtype)
    indices = Tensor._make(xp.ascontiguousarray(flat.reshape(lead + tuple(output))),
                           dtypes.int64)
    plane_size = math.prod(spatial)
    shape = tuple(input.shape)

    out_count = math.prod(output)
    flat_index = indices.reshape((planes, out_count))

    def backward(g):
        with no_grad():  # the node below is this gradient's own (PyTorch's name for it)
            added = scatter_add_into(g.reshape((planes, out_count)), 1, flat_index,
                                     (planes, plane_size))
        gradient = added.reshape(shape)

        def double_backward(gg):  # derivatives.yaml: max_pool_double_backward, zeros for self
            zeros = Tensor._make(xp.zeros(shape, dtype=input._data.dtype), input.dtype)
            return (gg.reshape((planes, plane_size)).gather(1, flat_index).reshape(
                tuple(g.shape)), zeros)

        return (record(gradient, f"FractionalMaxPool{dims}DBackwardBackward0", (g, input),
                       double_backward),)

    record(result, f"FractionalMaxPool{dims}DBackward0", (input,), backward)
    return result, indices


def _int_list(value, count: int, name: str, argument: str, position: int) -> list:
    """An IntArrayRef argument: an int or a sequence of ints, as PyTorch's parser takes it."""
    values = list(value) if isinstance(value, (tuple, list)) else [value]
    for item in values:
        if not isinstance(item, (int, np.integer)) or isinstance(item, bool):
            if isinstance(value, (tuple, list)):
                raise TypeError(f"{name}(): argument '{argument}' failed to unpack the object "
                                f"at pos {position} with error \"type must be tuple of ints,"
                                f"but got {type(item).__name__}\"")
            raise TypeError(f"{name}(): argument '{argument}' (position {position}) must be "
                            f"tuple of ints, not {type(value).__name__}")
    values = [int(v) for v in values]
    return values if isinstance(value, (tuple, list)) else values * count


def _check(name: str, input: Tensor, kernel: list, output: list, dims: int) -> None:
    """ATen's meta checks, in their order and words."""
    words = "Ints" if dims == 2 else "three Ints"
    if len(kernel) != dims:
        raise RuntimeError(f"{name}: kernel_size must either be a single Int or tuple of {words}")
    if len(output) != dims:
        raise RuntimeError(f"{name}: output_size must either be a single Int or tuple of {words}")
    sizes = ", ".join(map(str, input.shape))
    prefix = f"{name}()" if dims == 2 else f"{name}_out()"
    if input.ndim not in (dims + 1, dims + 2):
        raise RuntimeError(f"{prefix}: Expected {dims + 1}D or {dims + 2}D tensor, but got: "
                           f"[{sizes}]")
    for dim in range(1, input.ndim):
        if input.shape[dim] <= 0:
            raise RuntimeError(f"{prefix}: Expected input to have non-zero size for non-batch "
                               f"dimensions, but got[{sizes}] with dimension {dim} being empty.")
    spatial = tuple(input.shape[-dims:])
    names = ("height", "width") if dims == 2 else ("time", "height", "width")
    # the 2-d kernel checks height then width with <=; the 3-d one time, width, height with <
    order = (0, 1) if dims == 2 else (0, 2, 1)
    for axis in order:
        fits = output[axis] + kernel[axis] - 1
        if (fits > spatial[axis]) if dims == 2 else (fits >= spatial[axis]):
            raise RuntimeError(f"{prefix}: pool {names[axis]} {kernel[axis]} too large relative "
                               f"to input {names[axis]} {spatial[axis]}")


def _check_samples(input: Tensor, samples: Tensor, dims: int) -> None:
    """ATen's fractional_max_pool_check_shape."""
    if samples.dtype is not input.dtype:
        raise RuntimeError("Expect _random_samples to have the same dtype as input")
    if samples.ndim != 3:
        raise RuntimeError(f"Expect _random_samples to have 3 dimensions, got {samples.ndim}")
    batch, channels = (1, input.shape[0]) if input.ndim == dims + 1 else tuple(input.shape[:2])
    if samples.shape[0] < batch:
        raise RuntimeError("Expect _random_samples.size(0) no less then input batch size.")
    if samples.shape[1] != channels:
        raise RuntimeError("Expect _random_samples.size(1) equals to input channel size.")
    if samples.shape[2] != dims:
        raise RuntimeError(f"Expect _random_samples.size(2) equals to {dims}; got "
                           f"{samples.shape[2]}.")


def _size(input: Tensor, dim: int) -> int:
    return int(input.shape[normalize_dim(dim, input.ndim)])


def _fractional(input, kernel_size, output_size, output_ratio, samples, dims: int):
    name = f"fractional_max_pool{dims}d"
    if output_size is None and output_ratio is None:
        raise ValueError(f"{name} requires specifying either an output_size or an output_ratio")
    if output_size is None:
        if dims == 2:
            if not isinstance(output_ratio, (tuple, list)):  # PyTorch calls len() on it
                raise TypeError(f"object of type '{type(output_ratio).__name__}' has no len()")
            if len(output_ratio) > 2:
                raise ValueError(f"{name} requires output_ratio to either be a single Int or "
                                 "tuple of Ints.")
        ratio = list(output_ratio) if isinstance(output_ratio, (tuple, list)) \
            else [output_ratio] * dims
        if len(ratio) < dims:
            raise IndexError("tuple index out of range")
        output_size = [int(_size(input, axis - dims) * ratio[axis]) for axis in range(dims)]
    if samples is None:
        from .sampling import rand  # noqa: PLC0415 - the generator, on first use

        batch = 1 if input.ndim == dims + 1 else _size(input, 0)
        samples = rand(batch, _size(input, -dims - 1), dims, dtype=input.dtype,
                       device=input.device)
    kernel = _int_list(kernel_size, dims, name, "kernel_size", 2)
    output = _int_list(output_size, dims, name, "output_size", 3)
    _check(name, input, kernel, output, dims)
    if min(output, default=0) < 0:
        shape = list(input.shape[:-dims]) + output
        raise RuntimeError(f"Trying to create tensor with negative dimension {min(output)}: "
                           f"[{', '.join(map(str, shape))}]")
    _check_samples(input, samples, dims)
    if not input.dtype.is_floating_point or input.dtype.is_complex:
        kernel_name = f"{name}_out_frame"
        raise NotImplementedError(f"\"{kernel_name}\" not implemented for "
                                  f"'{input.dtype.short}'")
    return _pool(input, kernel, output, samples, dims)


_EXAMPLE = "F.fractional_max_pool2d(arange(16.).view(1, 1, 4, 4), 2, output_size=2)"


@op("fractional_max_pool2d", summary="Max pooling over pseudo-random windows that shrink "
    "(N, C, H, W) or (C, H, W) to output_size (Graham's fractional max pooling).",
    functional=True, function=False, method=False, example=_EXAMPLE)
def fractional_max_pool2d(input, kernel_size, output_size=None, output_ratio=None,
                          return_indices=False, _random_samples=None):
    result = _fractional(input, kernel_size, output_size, output_ratio, _random_samples, 2)
    return result if return_indices else result[0]


@op("fractional_max_pool2d_with_indices", summary="fractional_max_pool2d with its indices.",
    functional=True, function=False, method=False,
    example="F.fractional_max_pool2d_with_indices(arange(16.).view(1, 1, 4, 4), 2, 2)")
def fractional_max_pool2d_with_indices(input, kernel_size, output_size=None, output_ratio=None,
                                       return_indices=False, _random_samples=None):
    return _fractional(input, kernel_size, output_size, output_ratio, _random_samples, 2)


@op("fractional_max_pool3d", summary="Max pooling over pseudo-random windows that shrink "
    "(N, C, T, H, W) or (C, T, H, W) to output_size.",
    functional=True, function=False, method=False,
    example="F.fractional_max_pool3d(arange(27.).view(1, 1, 3, 3, 3), 2, output_size=1)")
def fractional_max_pool3d(input, kernel_size, output_size=None, output_ratio=None,
                          return_indices=False, _random_samples=None):
    result = _fractional(input, kernel_size, output_size, output_ratio, _random_samples, 3)
    return result if return_indices else result[0]


@op("fractional_max_pool3d_with_indices", summary="fractional_max_pool3d with its indices.",
    functional=True, function=False, method=False,
    example="F.fractional_max_pool3d_with_indices(arange(27.).view(1, 1, 3, 3, 3), 2, 1)")
def fractional_max_pool3d_with_indices(input, kernel_size, output_size=None, output_ratio=None,
                                       return_indices=False, _random_samples=None):
    return _fractional(input, kernel_size, output_size, output_ratio, _random_samples, 3)
