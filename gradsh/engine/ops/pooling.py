"""Pooling: max_pool2d, avg_pool2d, adaptive_avg_pool2d (torch.nn.functional).

Max and average pooling read the input's windows (windows.py). Their
backward rules are fold (the adjoint of the windows) of the output gradient
spread over each window, a mask of the argmax for max pooling and 1/divisor
for average pooling, so they can be differentiated again.

Output sizes, divisors and checks follow ATen (Pool.h's
``pooling_output_shape`` and ``pool2d_shape_check``, the CPU kernels'
divisor rules), with PyTorch's messages.
"""
from __future__ import annotations

import numpy as np

from .. import dtypes
from ..autograd import record
from ..registry import op
from ..tensor import Tensor
from .windows import Windows, fold, window_view


def _pair_arg(value, name: str, what: str, allow_empty: bool = False) -> list:
    values = [int(v) for v in value] if isinstance(value, (tuple, list)) else [int(value)]
    if not (len(values) in (1, 2) or (allow_empty and not values)):
        raise RuntimeError(f"{name}: {what}")
    return values


def _output_size(size: int, kernel: int, pad: int, stride: int, dilation: int,
                 ceil_mode: bool) -> int:
    """ATen's pooling_output_shape (with its checks, in its order)."""
    if stride == 0:
        raise RuntimeError("stride should not be zero")
    if pad < 0:
        raise RuntimeError(f"pad must be non-negative, but got pad: {pad}")
    if pad > ((kernel - 1) * dilation + 1) // 2:
        raise RuntimeError(f"pad should be at most half of effective kernel size, but got "
                           f"pad={pad}, kernel_size={kernel} and dilation={dilation}")
    numerator = size + 2 * pad - dilation * (kernel - 1) - 1 + (stride - 1 if ceil_mode else 0)
    out = numerator // stride + 1
    if ceil_mode and (out - 1) * stride >= size + pad:
        out -= 1
    return out


def _shape_check(input, kernel, stride, pad, dilation, out):
    """ATen's pool2d_shape_check."""
    (kh, kw), (sh, sw), (ph, pw), (dh, dw) = kernel, stride, pad, dilation
    if kw <= 0 or kh <= 0:
        raise RuntimeError(f"kernel size should be greater than zero, but got kH: {kh} kW: {kw}")
    if sw <= 0 or sh <= 0:
        raise RuntimeError(f"stride should be greater than zero, but got dH: {sh} dW: {sw}")
    if dh <= 0 or dw <= 0:
        raise RuntimeError(f"dilation should be greater than zero, but got dilationH: {dh} "
                           f"dilationW: {dw}")
    shape = tuple(input.shape)
    if 0 in shape[1:] or (input.ndim == 3 and shape[0] == 0):
        raise RuntimeError("Expected 3D or 4D (batch mode) tensor with optional 0 dim batch "
                           f"size for input, but got:[{', '.join(map(str, shape))}]")
    if kw // 2 < pw or kh // 2 < ph:
        raise RuntimeError(f"pad should be smaller than or equal to half of kernel size, but got "
                           f"padW = {pw}, padH = {ph}, kW = {kw}, kH = {kh}")
    if out[0] < 1 or out[1] < 1:
        planes, height, width = shape[-3:]
        raise RuntimeError(f"Given input size: ({planes}x{height}x{width}). Calculated output "
                           f"size: ({planes}x{out[0]}x{out[1]}). Output size is too small")


def _geometry(name, input, kernel_size, stride, padding, dilation, ceil_mode) -> Windows:
    kernel = _pair_arg(kernel_size, name, "kernel_size must either be a single int, or a tuple "
                                          "of two ints")
    stride = _pair_arg(() if stride is None else stride, name, "stride must either be omitted, "
                       "a single int, or a tuple of two ints", allow_empty=True)
    padding = _pair_arg(padding, name, "padding must either be a single int, or a tuple of two "
                                       "ints")
    kernel, padding = kernel * (3 - len(kernel)), padding * (3 - len(padding))
    stride = kernel if not stride else stride * (3 - len(stride))
    dilation = dilation * (3 - len(dilation))
    if name == "max_pool2d" and input.ndim not in (3, 4):
        raise RuntimeError("non-empty 3D or 4D (batch mode) tensor expected for input")
    if name == "avg_pool2d" and input.ndim < 3:
        from .common import normalize_dim  # noqa: PLC0415 - PyTorch's IndexError for size(-3)

        normalize_dim(-3, input.ndim)
    if name == "avg_pool2d" and input.ndim > 4:
        raise RuntimeError("Expected 3D or 4D (batch mode) tensor with optional 0 dim batch "
                           f"size for input, but got:[{', '.join(map(str, input.shape))}]")
    spatial = tuple(input.shape[-2:])
    out = tuple(_output_size(spatial[i], kernel[i], padding[i], stride[i], dilation[i], ceil_mode)
                for i in range(2))
    _shape_check(input, kernel, stride, padding, dilation, out)
    # Room on the right for windows that ceil_mode lets run past the padding.
    after = tuple(max(padding[i], (out[i] - 1) * stride[i] + dilation[i] * (kernel[i] - 1) + 1
                      - spatial[i] - padding[i]) for i in range(2))
    return Windows(spatial, tuple(kernel), tuple(stride), tuple(dilation), tuple(padding), after)


def _check_dtype(input, name):
    if input.dtype is dtypes.bool_:
        raise NotImplementedError(f"\"{name}\" not implemented for 'Bool'")


def _spread(g: Tensor, windows: Windows) -> Tensor:
    """The output gradient (lead..., *out) seen over each window (lead..., 1, ..., 1, *out),
    for windows of any rank."""
    dims = len(windows.out)
    return g.reshape(tuple(g.shape[:g.ndim - dims]) + (1,) * dims + windows.out)


# ---------------------------------------------------------------- max_pool2d
def _first_valid(windows: Windows, axis: int, xp):
    """Per output position, the first kernel offset inside the unpadded input."""
    start = xp.arange(windows.out[axis]) * windows.stride[axis] - windows.before[axis]
    dilation = windows.dilation[axis]
    return xp.maximum(0, -(start // dilation))  # ceil(-start / dilation) for start < 0


@op("max_pool2d", summary="The maximum over each kernel window of (N, C, H, W) or (C, H, W).",
    functional=True, method=False, example="F.max_pool2d(arange(16.).view(1, 1, 4, 4), 2)")
def max_pool2d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False,
               return_indices=False):
    dilation = _pair_arg(dilation, "max_pool2d", "dilation must be either a single int, or a "
                         "tuple of two ints")
    windows = _geometry("max_pool2d", input, kernel_size, stride, padding, dilation, ceil_mode)
    _check_dtype(input, "max_pool2d")
    xp = input._xp
    data = input._data
    fill = -np.inf if input.dtype.is_floating_point else np.iinfo(data.dtype).min
    lead = tuple(data.shape[:-2])
    (kh, kw), (oh, ow) = windows.kernel, windows.out
    view = window_view(data, windows, fill)  # (lead, kh, kw, oh, ow)
    flat = view.reshape(lead + (kh * kw, oh, ow))
    # PyTorch keeps the first maximum (and NaN wins): argmax does the same.
    choice = xp.argmax(flat, axis=-3)
    values = xp.take_along_axis(flat, choice[..., None, :, :], axis=-3)[..., 0, :, :]
    ki, kj = choice // kw, choice % kw
    rows = xp.arange(oh)[:, None] * windows.stride[0] - windows.before[0] + ki * windows.dilation[0]
    cols = xp.arange(ow)[None, :] * windows.stride[1] - windows.before[1] + kj * windows.dilation[1]
    height, width = windows.spatial
    outside = (rows < 0) | (rows >= height) | (cols < 0) | (cols >= width)
    if bool(outside.any()):
        # Every value in the window is the lowest there is: PyTorch keeps its first
        # position inside the input.
        first_i = _first_valid(windows, 0, xp)[:, None]
        first_j = _first_valid(windows, 1, xp)[None, :]
        ki, kj = xp.where(outside, first_i, ki), xp.where(outside, first_j, kj)
        rows = (xp.arange(oh)[:, None] * windows.stride[0] - windows.before[0]
                + ki * windows.dilation[0])
        cols = (xp.arange(ow)[None, :] * windows.stride[1] - windows.before[1]
                + kj * windows.dilation[1])
    out = Tensor._make(xp.ascontiguousarray(values), input.dtype)
    indices = Tensor._make((rows * width + cols).astype(np.int64), dtypes.int64)
    if input.dtype.is_floating_point:
        chosen = (ki * kw + kj)[..., None, :, :] == xp.arange(kh * kw)[:, None, None]
        mask = Tensor._make(chosen.reshape(lead + (kh, kw, oh, ow)).astype(data.dtype),
                            input.dtype)

        def backward(g):
            return (fold(_spread(g, windows) * mask, windows),)

        record(out, "MaxPool2DWithIndicesBackward0", (input,), backward)
    return (out, indices) if return_indices else out


# ---------------------------------------------------------------- avg_pool2d
def _divisors(windows: Windows, count_include_pad: bool, divisor_override, xp):
    """The CPU kernel's divide_factor per output position (0 where a window is empty)."""
    sizes = []
    for axis in range(2):
        start = np.arange(windows.out[axis]) * windows.stride[axis] - windows.before[axis]
        end = np.minimum(start + windows.kernel[axis],
                         windows.spatial[axis] + windows.before[axis])
        with_pad = end - start
        inside = np.minimum(end, windows.spatial[axis]) - np.maximum(start, 0)
        sizes.append((with_pad, np.maximum(inside, 0)))
    (pad_h, in_h), (pad_w, in_w) = sizes
    inside = in_h[:, None] * in_w[None, :]
    if divisor_override:
        divisor = np.full(inside.shape, divisor_override)
    elif count_include_pad:
        divisor = pad_h[:, None] * pad_w[None, :]
    else:
        divisor = inside
    return xp.asarray(np.where(inside > 0, divisor, 0))


@op("avg_pool2d", summary="The mean over each kernel window of (N, C, H, W) or (C, H, W).",
    functional=True, function=False, method=False,
    example="F.avg_pool2d(arange(16.).view(1, 1, 4, 4), 2)")
def avg_pool2d(input, kernel_size, stride=None, padding=0, ceil_mode=False,
               count_include_pad=True, divisor_override=None):
    if divisor_override is not None and divisor_override == 0:
        raise RuntimeError("divisor must be not zero")
    windows = _geometry("avg_pool2d", input, kernel_size, stride, padding, [1], ceil_mode)
    _check_dtype(input, "avg_pool2d")
    divisor = _divisors(windows, count_include_pad, divisor_override, input._xp)
    return average_windows(input, windows, divisor, 2, "AvgPool2DBackward0")


def average_windows(input, windows, divisor, rank: int, name: str):
    """avg_pool{2,3}d after their checks: the window sums divided by ``divisor``
    (integers truncated toward zero, as C++ divides), windows of no element 0."""
    xp = input._xp
    data = input._data
    sums = window_view(data, windows, 0).sum(axis=tuple(range(-2 * rank, -rank)),
                                             dtype=data.dtype)
    safe = xp.where(divisor > 0, divisor, 1)
    if input.dtype.is_floating_point:
        array = sums / safe.astype(data.dtype)
    else:  # C++ integer division truncates toward zero
        array = (xp.abs(sums) // safe * xp.sign(sums)).astype(data.dtype)
    array = xp.where(divisor > 0, array, 0).astype(data.dtype)
    out = Tensor._make(array, input.dtype)
    scale = Tensor._make(safe.astype(data.dtype), input.dtype) if input.dtype.is_floating_point \
        else None

    def backward(g):
        return (fold(_spread(g / scale, windows).expand(
            tuple(g.shape[:-rank]) + tuple(windows.kernel) + windows.out), windows),)

    return record(out, name, (input,), backward)


# ------------------------------------------------------- adaptive_avg_pool2d
def _bins(size: int, out: int):
    """The 0/1 matrix (out, size) of PyTorch's adaptive bins and their sizes:
    bin i is [floor(i * size / out), ceil((i + 1) * size / out))."""
    starts = (np.arange(out) * size) // out
    ends = -((-(np.arange(1, out + 1) * size)) // out)
    positions = np.arange(size)
    return (positions[None, :] >= starts[:, None]) & (positions[None, :] < ends[:, None]), \
        ends - starts


@op("adaptive_avg_pool2d", summary="Average pooling to a given output size (H_out, W_out).",
    functional=True, function=False, method=False,
    example="F.adaptive_avg_pool2d(arange(16.).view(1, 1, 4, 4), 2)")
def adaptive_avg_pool2d(input, output_size):
    if input.ndim not in (3, 4):
        raise RuntimeError("adaptive_avg_pool2d(): Expected 3D or 4D tensor, but got "
                           f"[{', '.join(map(str, input.shape))}]")
    sizes = list(output_size) if isinstance(output_size, (tuple, list)) else [output_size] * 2
    if len(sizes) != 2:
        raise RuntimeError("adaptive_avg_pool2d: output_size must be 2")
    sizes = [input.shape[-2 + i] if s is None else int(s) for i, s in enumerate(sizes)]
    if any(s < 0 for s in sizes):
        raise RuntimeError("adaptive_avg_pool2d: elements of output_size must be greater than "
                           f"or equal to 0 but received {{{sizes[0]}, {sizes[1]}}}")
    if not input.dtype.is_floating_point:
        raise NotImplementedError(f"\"adaptive_avg_pool2d\" not implemented for "
                                  f"'{input.dtype.short}'")
    if sizes == [1, 1]:
        return input.mean((-1, -2), keepdim=True)  # as ATen does: MeanBackward1
    xp = input._xp
    data = input._data
    (rows, counts_h), (cols, counts_w) = (_bins(input.shape[-2], sizes[0]),
                                          _bins(input.shape[-1], sizes[1]))
    row_sum = xp.asarray(rows.astype(data.dtype))
    col_sum = xp.asarray(cols.T.astype(data.dtype))
    kh = xp.asarray(counts_h.astype(data.dtype))[:, None]
    kw = xp.asarray(counts_w.astype(data.dtype))[None, :]
    # The CPU kernel sums each bin, then divides by kh and by kw.
    out = Tensor._make(xp.matmul(xp.matmul(row_sum, data), col_sum) / kh / kw, input.dtype)
    row_t, col_t = Tensor._make(row_sum, input.dtype), Tensor._make(col_sum, input.dtype)
    kh_t, kw_t = Tensor._make(kh, input.dtype), Tensor._make(kw, input.dtype)

    def backward(g):
        scaled = g / kh_t / kw_t
        return (row_t.transpose(0, 1) @ scaled @ col_t.transpose(0, 1),)

    return record(out, "AdaptiveAvgPool2DBackward0", (input,), backward)
