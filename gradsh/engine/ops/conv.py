"""Convolutions: conv1d and conv2d (``F.conv2d``, ``torch.conv2d``), by im2col and matmul.

The input's windows (windows.py) are gathered into columns
``(N, groups, C/groups * prod(kernel), prod(out))`` and multiplied by the
weight seen as ``(groups, O/groups, C/groups * prod(kernel))``. One node,
``ConvolutionBackward0``, as PyTorch records; its backward rule is written
with matmul, unfold and fold, so second derivatives work.

The checks follow ATen's ``_convolution`` and ``check_shape_forward``, in
their order and with their messages. An unbatched input is given a batch
dim and loses it again (``SqueezeBackward1``), as ``at::conv2d`` does.
"""
from __future__ import annotations

import math
import warnings

from .. import autograd, dtypes
from ..autograd import record
from ..registry import op
from ..tensor import Tensor
from .common import same_device
from .linalg import c_type_name, matmul
from .windows import Windows, fold, unfold, window_view

_RANK_WORDS = {1: ("2D", "3D"), 2: ("3D", "4D"), 3: ("4D", "5D")}


def _int_list(value) -> list:
    if isinstance(value, (tuple, list)):
        return [int(v) for v in value]
    return [int(value)]


def _function_dims(value, dims: int):
    return value if isinstance(value, (tuple, list)) else [value] * dims


def _expand(value, name: str, dims: int) -> list:
    """ATen's expand_param_if_needed: one value for every dim, or one per dim."""
    values = _int_list(value)
    if len(values) == 1:
        return values * dims
    if len(values) != dims:
        raise RuntimeError(f"expected {name} to be a single integer value or a list of {dims} "
                           f"values to match the convolution dimensions, but got "
                           f"{name}={_text(values)}")
    return values


def _text(values) -> str:
    return "[" + ", ".join(str(v) for v in values) + "]"


def _same_padding(kernel, dilation, dims: int):
    """padding='same': total d*(k-1) per dim, the odd one more on the right (ATen's
    _convolution_mode pads the input by the difference first)."""
    before, after = [], []
    for k, d in zip(kernel, dilation):
        total = d * (k - 1)
        before.append(total // 2)
        after.append(total - total // 2)
    if before != after:
        warnings.warn("Using padding='same' with even kernel lengths and odd dilation may require "
                      "a zero-padded copy of the input be created (Triggered internally at "
                      "/__w/pytorch/pytorch/aten/src/ATen/native/Convolution.cpp:1101.)",
                      UserWarning, stacklevel=4)
    return before, after


def check_geometry(input, weight, stride, padding, dilation, output_padding=None) -> str:
    """The first checks of ATen's check_shape_forward (Convolution.cpp), in its order:
    padding (and a transposed convolution's output_padding), stride, dilation, and
    the input's rank; returns the weight's sizes as the messages print them."""
    if any(p < 0 for p in padding):
        raise RuntimeError("negative padding is not supported")
    if output_padding is not None and any(p < 0 for p in output_padding):
        raise RuntimeError("negative output_padding is not supported")
    if any(s <= 0 for s in stride):
        raise RuntimeError("non-positive stride is not supported")
    if any(d <= 0 for d in dilation):
        raise RuntimeError(f"dilation should be greater than zero, but got {_text(dilation)}")
    sizes = _text(weight.shape)
    if input.ndim != weight.ndim:
        raise RuntimeError(f"Expected {weight.ndim}-dimensional input for {weight.ndim}-"
                           f"dimensional weight {sizes}, but got {input.ndim}-dimensional input "
                           f"of size {_text(input.shape)} instead")
    return sizes


def _check_shapes(input, weight, bias, stride, padding, dilation, groups, dims):
    """check_shape_forward of ATen's Convolution.cpp, in its order."""
    sizes = check_geometry(input, weight, stride, padding, dilation)
    if weight.shape[0] < groups:
        raise RuntimeError(f"Given groups={groups}, expected weight to be at least {groups} at "
                           f"dimension 0, but got weight of size {sizes} instead")
    if weight.shape[0] % groups:
        raise RuntimeError(f"Given groups={groups}, expected weight to be divisible by {groups} "
                           f"at dimension 0, but got weight of size [{sizes}] instead")
    channels = weight.shape[1] * groups
    if input.shape[1] != channels:
        raise RuntimeError(f"Given groups={groups}, weight of size {sizes}, expected input"
                           f"{_text(input.shape)} to have {channels} channels, but got "
                           f"{input.shape[1]} channels instead")
    if bias is not None and (bias.ndim != 1 or bias.shape[0] != weight.shape[0]):
        raise RuntimeError(f"Given weight of size {sizes}, expected bias to be 1-dimensional "
                           f"with {weight.shape[0]} elements, but got bias of size "
                           f"{_text(bias.shape)} instead")
    padded = [input.shape[2 + i] + 2 * padding[i] for i in range(dims)]
    kernel = [dilation[i] * (weight.shape[2 + i] - 1) + 1 for i in range(dims)]
    if any(p < k for p, k in zip(padded, kernel)):
        raise RuntimeError("Calculated padded input size per channel: ("
                           f"{' x '.join(map(str, padded))}). Kernel size: ("
                           f"{' x '.join(map(str, kernel))}). Kernel size can't be greater than "
                           "actual input size")


def _check_dtypes(input, weight, bias):
    if bias is not None and bias.dtype is not input.dtype:
        raise RuntimeError(f"Input type ({c_type_name(input.dtype)}) and bias type "
                           f"({c_type_name(bias.dtype)}) should be the same")
    if weight.dtype is not input.dtype:
        raise RuntimeError(f"expected scalar type {input.dtype.short} but found "
                           f"{weight.dtype.short}")
    if input.dtype is dtypes.bool_:
        raise NotImplementedError("\"slow_conv2d_cpu\" not implemented for 'Bool'")


def _convolution(name, dims, input, weight, bias, stride, padding, dilation, groups):
    for position, (value, argument) in enumerate(((input, "input"), (weight, "weight")), 1):
        if not isinstance(value, Tensor):
            raise TypeError(f"{name}(): argument '{argument}' (position {position}) must be "
                            f"Tensor, not {type(value).__name__}")
    same_device(input, weight, bias)
    unbatched_rank, batched_rank = _RANK_WORDS[dims]
    if input.ndim not in (dims + 1, dims + 2):
        raise RuntimeError(f"Expected {unbatched_rank} (unbatched) or {batched_rank} (batched) "
                           f"input to {name}, but got input of size: {_text(input.shape)}")
    if input.ndim == dims + 1:
        out = _convolution(name, dims, input.unsqueeze(0), weight, bias, stride, padding,
                           dilation, groups)
        return out.squeeze(0)
    groups = int(groups)
    if weight.ndim < 3:
        raise RuntimeError("weight should have at least three dimensions")
    if groups <= 0:
        raise RuntimeError("non-positive groups is not supported")
    spatial = weight.ndim - 2
    # The binding expands a single int to the function's dims (stride=1 is [1, 1] for
    # conv2d); ATen then matches the lists to the weight's dims.
    stride = _expand(_function_dims(stride, dims), "stride", spatial)
    dilation = _expand(_function_dims(dilation, dims), "dilation", spatial)
    if isinstance(padding, str):
        if padding not in ("same", "valid"):
            raise RuntimeError(f"Invalid padding string: '{padding}'")
        if padding == "valid":
            before = after = [0] * spatial
        else:
            if any(s != 1 for s in stride):
                raise RuntimeError("padding='same' is not supported for strided convolutions")
            before, after = _same_padding(weight.shape[2:], dilation, spatial)
    else:
        before = after = _expand(_function_dims(padding, dims), "padding", spatial)
    _check_shapes(input, weight, bias, stride, [min(b, a) for b, a in zip(before, after)],
                  dilation, groups, spatial)
    _check_dtypes(input, weight, bias)
    windows = Windows(tuple(input.shape[2:]), tuple(weight.shape[2:]), tuple(stride),
                      tuple(dilation), tuple(before), tuple(after))
    return _conv_forward(input, weight, bias, windows, groups)


def _conv_forward(input, weight, bias, windows: Windows, groups: int) -> Tensor:
    xp = input._xp
    batch, channels = input.shape[0], input.shape[1]
    outs = weight.shape[0]
    patch = (channels // groups) * math.prod(windows.kernel)
    positions = math.prod(windows.out)
    # (N, C, *kernel, *out) -> (N, groups, C/groups * prod(kernel), prod(out)): one copy.
    cols = window_view(input._data, windows).reshape(batch, groups, patch, positions)
    kernels = weight._data.reshape(groups, outs // groups, patch)
    array = xp.matmul(kernels, cols).reshape((batch, outs) + windows.out)
    if bias is not None:
        array = array + bias._data.reshape((outs,) + (1,) * len(windows.out))
    out = Tensor._make(array.astype(input.dtype.np, copy=False), input.dtype)
    needs_cols = autograd.is_grad_enabled() and weight.requires_grad
    saved_cols = Tensor._make(cols, input.dtype) if needs_cols else None
    dims = tuple(range(2, 2 + len(windows.out)))

    def backward(g, x, w, *maybe_cols):
        flat = g.reshape(batch, groups, outs // groups, positions)
        grad_input = grad_weight = grad_bias = None
        if x.requires_grad:
            columns = matmul(w.reshape(groups, outs // groups, patch).transpose(-1, -2), flat)
            grad_input = fold_columns(columns, channels, windows)
        if w.requires_grad:
            if autograd.is_grad_enabled() and x.requires_grad:
                # create_graph: the columns as a function of x, for the second derivative.
                columns = unfold(x, windows).reshape(batch, groups, patch, positions)
            else:
                columns = maybe_cols[0]
            grad_weight = matmul(flat, columns.transpose(-1, -2)).sum(0).reshape(w.shape)
        if bias is not None and bias.requires_grad:
            grad_bias = g.sum((0,) + dims)
        return (grad_input, grad_weight, grad_bias)

    saved = (input, weight) + ((saved_cols,) if saved_cols is not None else ())
    return record(out, "ConvolutionBackward0", (input, weight, bias), backward, saved=saved)


def fold_columns(columns: Tensor, channels: int, windows: Windows) -> Tensor:
    """Columns (N, groups, C/groups * prod(kernel), prod(out)) summed back into the input."""
    batch = columns.shape[0]
    return fold(columns.reshape((batch, channels) + tuple(windows.kernel) + windows.out), windows)


_SIGNATURE = ("{name}(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1)")


@op("conv1d", summary="1-D convolution (cross-correlation) over (N, C, L) inputs.",
    functional=True, method=False, signature=_SIGNATURE.format(name="conv1d"),
    example="F.conv1d(tensor([[[1., 2., 3., 4.]]]), tensor([[[1., -1.]]]))")
def conv1d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    return _convolution("conv1d", 1, input, weight, bias, stride, padding, dilation, groups)


@op("conv2d", summary="2-D convolution (cross-correlation) over (N, C, H, W) inputs.",
    functional=True, method=False, signature=_SIGNATURE.format(name="conv2d"),
    example="F.conv2d(ones(1, 1, 3, 3), ones(1, 1, 2, 2))")
def conv2d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    return _convolution("conv2d", 2, input, weight, bias, stride, padding, dilation, groups)
