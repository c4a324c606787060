"""Pooling in one and three dims: avg_pool1d, max_pool1d, avg_pool3d, max_pool3d.

The 1-d pools are ATen's: the 2-d pool of ``input.unsqueeze(-2)`` with a
kernel of height 1, squeezed again (``SqueezeBackward1`` over
``AvgPool2DBackward0`` / ``MaxPool2DWithIndicesBackward0``), after the 1-d
checks. The 3-d pools read the input's windows (windows.py) like the 2-d
ones: the maximum with a one-hot mask of the first argmax, or the sum over
a divisor; the backward rules fold the masked or scaled gradient back, so
they can be differentiated again. Checks follow ATen's pool3d_shape_check.
"""
from __future__ import annotations

import math

import numpy as np

from .. import dtypes
from ..autograd import record
from ..registry import op
from ..tensor import Tensor
from .pooling import (_check_dtype, _output_size, _spread, average_windows, avg_pool2d,
                      max_pool2d)
from .windows import Windows, fold, window_view


def _one(value, name: str) -> int:
    values = [int(v) for v in value] if isinstance(value, (tuple, list)) else [int(value)]
    if len(values) != 1:
        raise RuntimeError(f"max_pool1d() {name} must be an int, list of ints or tuple of ints "
                           f"of size 1 but got size {len(values)}")
    return values[0]


# ---------------------------------------------------------------- 1-d pools
@op("avg_pool1d", summary="The mean over each kernel window of (N, C, L) or (C, L).",
    functional=True, method=False, example="F.avg_pool1d(arange(6.).view(1, 1, 6), 2)")
def avg_pool1d(input, kernel_size, stride=None, padding=0, ceil_mode=False,
               count_include_pad=True):
    if input.ndim not in (2, 3):
        raise RuntimeError(f"Expected 2 to 3 dimensions, but got {input.ndim}-dimensional tensor "
                           "for argument #1 'self' (while checking arguments for avg_pool1d)")
    kernel = _one(kernel_size, "kernel_size")
    step = kernel if stride is None or stride == () or stride == [] else _one(stride, "stride")
    out = avg_pool2d(input.unsqueeze(-2), (1, kernel), (1, step), (0, _one(padding, "padding")),
                     ceil_mode, count_include_pad)
    return out.squeeze(-2)


@op("max_pool1d", summary="The maximum over each kernel window of (N, C, L) or (C, L).",
    functional=True, method=False, example="F.max_pool1d(tensor([[[1., 3., 2., 5.]]]), 2)")
def max_pool1d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False,
               return_indices=False):
    if input.ndim not in (2, 3):
        sizes = ", ".join(map(str, input.shape))
        raise RuntimeError("max_pool1d: Expected 2D or 3D (batch mode) tensor with optional 0 "
                           f"dim batch size for input, but got:[{sizes}]")
    kernel = _one(kernel_size, "kernel_size")
    step = kernel if stride is None or stride == () or stride == [] else _one(stride, "stride")
    pad, dilate = _one(padding, "padding"), _one(dilation, "dilation")
    if kernel <= 0:
        raise RuntimeError(f"max_pool1d() kernel_size must be greater than zero, but got {kernel}")
    if step <= 0:
        raise RuntimeError(f"max_pool1d() stride must be greater than zero, but got {step}")
    if pad < 0:
        raise RuntimeError(f"max_pool1d() padding must be non-negative, but got {pad}")
    if pad > kernel // 2:
        raise RuntimeError("max_pool1d() padding should be at most half of kernel size, but got "
                           f"padding={pad} and kernel_size={kernel}")
    if dilate <= 0:
        raise RuntimeError(f"max_pool1d() dilation must be greater than zero, but got {dilate}")
    size = _output_size(input.shape[-1], kernel, pad, step, dilate, ceil_mode)
    if size <= 0:
        raise RuntimeError(f"max_pool1d() Invalid computed output size: {size}")
    result = max_pool2d(input.unsqueeze(-2), (1, kernel), (1, step), (0, pad), (1, dilate),
                        ceil_mode, True)
    out, indices = result[0].squeeze(-2), result[1].squeeze(-2)
    return (out, indices) if return_indices else out


# ---------------------------------------------------------------- 3-d pools
_TRIPLE_WORDS = {"kernel_size": "kernel_size must either be a single int, or a tuple of three ints",
                 "stride": "stride must either be omitted, a single int, or a tuple of three ints",
                 "padding": "padding must either be a single int, or a tuple of three ints",
                 "dilation": "dilation must be either a single int, or a tuple of three ints"}


def _triple(value, name: str, what: str, allow_empty: bool = False) -> list:
    values = [int(v) for v in value] if isinstance(value, (tuple, list)) else [int(value)]
    if not (len(values) in (1, 3) or (allow_empty and not values)):
        raise RuntimeError(f"{name}: {_TRIPLE_WORDS[what]}")
    return values * 3 if len(values) == 1 else values


def _geometry3d(name, input, kernel_size, stride, padding, dilation, ceil_mode) -> Windows:
    kernel = _triple(kernel_size, name, "kernel_size")
    stride = _triple(() if stride is None else stride, name, "stride", allow_empty=True)
    stride = stride or kernel
    padding = _triple(padding, name, "padding")
    dilation = _triple(dilation, name, "dilation")
    if input.ndim not in (4, 5) or 0 in tuple(input.shape[1:]):
        raise RuntimeError("non-empty 4D or 5D (batch mode) tensor expected for input")
    spatial = tuple(input.shape[-3:])
    out = tuple(_output_size(spatial[i], kernel[i], padding[i], stride[i], dilation[i], ceil_mode)
                for i in range(3))
    (kt, kh, kw), (pt, ph, pw) = kernel, padding
    if min(kernel) <= 0:
        raise RuntimeError(f"kernel size should be greater than zero, but got kT: {kt} kH: {kh} "
                           f"kW: {kw}")
    if min(stride) <= 0:
        raise RuntimeError("stride should be greater than zero, but got dT: {} dH: {} dW: {}"
                           .format(*stride))
    if min(dilation) <= 0:
        raise RuntimeError("dilation should be greater than zero, but got dilationT: {} "
                           "dilationH: {} dilationW: {}".format(*dilation))
    if name == "avg_pool3d" and any(s < k for s, k in zip(spatial, kernel)):
        raise RuntimeError("input image (T: {} H: {} W: {}) smaller than kernel size "
                           "(kT: {} kH: {} kW: {})".format(*spatial, *kernel))
    if kt // 2 < pt or kw // 2 < pw or kh // 2 < ph:
        raise RuntimeError(f"pad should be smaller than or equal to half of kernel size, but got "
                           f"kT: {kt} kW: {kw} kH: {kh} padT: {pt} padW: {pw} padH: {ph}")
    if min(out) < 1:
        planes = input.shape[-4]
        raise RuntimeError("Given input size: ({}x{}x{}x{}). Calculated output size: "
                           "({}x{}x{}x{}). Output size is too small".format(
                               planes, *spatial, planes, *out))
    after = tuple(max(padding[i], (out[i] - 1) * stride[i] + dilation[i] * (kernel[i] - 1) + 1
                      - spatial[i] - padding[i]) for i in range(3))
    return Windows(spatial, tuple(kernel), tuple(stride), tuple(dilation), tuple(padding), after)


def _positions(windows: Windows, axis: int, offset, xp):
    """Input positions along ``axis`` of kernel offset ``offset`` at each output position."""
    shape = [1] * len(windows.out)
    shape[axis] = -1
    start = (xp.arange(windows.out[axis]) * windows.stride[axis] - windows.before[axis])
    return start.reshape(shape) + offset * windows.dilation[axis]


@op("max_pool3d", summary="The maximum over each kernel window of (N, C, D, H, W) or (C, D, H, W).",
    functional=True, method=False, example="F.max_pool3d(arange(8.).view(1, 1, 2, 2, 2), 2)")
def max_pool3d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False,
               return_indices=False):
    windows = _geometry3d("max_pool3d", input, kernel_size, stride, padding, dilation, ceil_mode)
    _check_dtype(input, "max_pool3d")
    xp = input._xp
    data = input._data
    fill = -np.inf if input.dtype.is_floating_point else np.iinfo(data.dtype).min
    lead = tuple(data.shape[:-3])
    kernel, out = windows.kernel, windows.out
    flat = window_view(data, windows, fill).reshape(lead + (math.prod(kernel),) + out)
    # PyTorch keeps the first maximum (and NaN wins): argmax does the same.
    choice = xp.argmax(flat, axis=len(lead))
    values = xp.take_along_axis(flat, xp.expand_dims(choice, len(lead)), axis=len(lead))
    offsets = xp.unravel_index(choice, kernel)
    coords = [_positions(windows, axis, offsets[axis], xp) for axis in range(3)]
    index = (coords[0] * windows.spatial[1] + coords[1]) * windows.spatial[2] + coords[2]
    result = Tensor._make(xp.ascontiguousarray(values.reshape(lead + out)), input.dtype)
    indices = Tensor._make(index.astype(np.int64), dtypes.int64)
    if input.dtype.is_floating_point:
        chosen = xp.expand_dims(choice, len(lead)) == xp.arange(math.prod(kernel)).reshape(
            (-1,) + (1,) * 3)
        mask = Tensor._make(chosen.reshape(lead + kernel + out).astype(data.dtype), input.dtype)

        def backward(g):
            return (fold(_spread(g, windows) * mask, windows),)

        record(result, "MaxPool3DWithIndicesBackward0", (input,), backward)
    return (result, indices) if return_indices else result


def _divisors3d(windows: Windows, count_include_pad: bool, divisor_override, xp):
    """The CPU kernel's divide_factor per output position (0 where a window is empty)."""
    with_pad, inside = 1, 1
    for axis in range(3):
        shape = [1, 1, 1]
        shape[axis] = -1
        start = np.arange(windows.out[axis]) * windows.stride[axis] - windows.before[axis]
        end = np.minimum(start + windows.kernel[axis],
                         windows.spatial[axis] + windows.before[axis])
        with_pad = with_pad * (end - start).reshape(shape)
        inside = inside * np.maximum(np.minimum(end, windows.spatial[axis])
                                     - np.maximum(start, 0), 0).reshape(shape)
    if divisor_override:
        divisor = np.full(inside.shape, divisor_override)
    else:
        divisor = with_pad if count_include_pad else inside
    return xp.asarray(np.where(inside > 0, divisor, 0))


@op("avg_pool3d", summary="The mean over each kernel window of (N, C, D, H, W) or (C, D, H, W).",
    functional=True, function=False, method=False,
    example="F.avg_pool3d(arange(8.).view(1, 1, 2, 2, 2), 2)")
def avg_pool3d(input, kernel_size, stride=None, padding=0, ceil_mode=False,
               count_include_pad=True, divisor_override=None):
    if divisor_override is not None and divisor_override == 0:
        raise RuntimeError("divisor must be not zero")
    windows = _geometry3d("avg_pool3d", input, kernel_size, stride, padding, 1, ceil_mode)
    _check_dtype(input, "avg_pool3d")
    divisor = _divisors3d(windows, count_include_pad, divisor_override, input._xp)
    return average_windows(input, windows, divisor, 3, "AvgPool3DBackward0")
