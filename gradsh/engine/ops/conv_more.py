"""conv3d and the transposed convolutions conv_transpose1d/2d/3d.

conv3d is conv.py's im2col path with three spatial dims. A transposed
convolution is the adjoint of a convolution with respect to its input: the
input ``(N, groups, C_in/groups, prod(in))`` is multiplied by the weight
``(groups, C_in/groups, C_out/groups * prod(kernel))`` transposed, and the
columns are folded (col2im) into the output, whose size is
``(in - 1) * stride - 2 * padding + dilation * (kernel - 1) + output_padding + 1``.
One node, ``ConvolutionBackward0``, as PyTorch records; the backward rule is
unfold and matmul (a convolution of the output gradient), so it can be
differentiated again.

The checks follow ATen's ``check_shape_forward`` (transposed=1) and
``slow_conv_transpose2d_shape_check``, with their messages; a 1-d transposed
convolution is reported as ATen sees it, a 2-d one of height 1.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from ..autograd import record
from ..registry import op
from ..tensor import Tensor
from .common import same_device
from .conv import (_RANK_WORDS, _check_dtypes, _convolution, _expand, _function_dims, _text,
                   check_geometry)
from .linalg import matmul
from .windows import Windows, fold_array, unfold


@dataclass(frozen=True)
class _TransposedWindows(Windows):
    """Windows over the transposed convolution's output, one per input position
    (output_padding may leave room for more than ``Windows.out`` counts)."""

    positions: tuple = ()

    @property
    def out(self) -> tuple:
        return self.positions


@op("conv3d", summary="3-D convolution (cross-correlation) over (N, C, D, H, W) inputs.",
    functional=True, method=False,
    signature="conv3d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1)",
    example="F.conv3d(ones(1, 1, 3, 3, 3), ones(1, 1, 2, 2, 2))")
def conv3d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    return _convolution("conv3d", 3, input, weight, bias, stride, padding, dilation, groups)


def _transposed_checks(input, weight, bias, stride, padding, output_padding, dilation, groups,
                       dims):
    sizes = check_geometry(input, weight, stride, padding, dilation, output_padding)
    if input.shape[1] != weight.shape[0]:
        raise RuntimeError(f"Given transposed=1, weight of size {sizes}, expected input"
                           f"{_text(input.shape)} to have {weight.shape[0]} channels, but got "
                           f"{input.shape[1]} channels instead")
    outs = weight.shape[1] * groups
    if bias is not None and (bias.ndim != 1 or bias.shape[0] != outs):
        raise RuntimeError(f"Given transposed=1, weight of size {sizes}, expected bias to be "
                           f"1-dimensional with {outs} elements, but got bias of size "
                           f"{_text(bias.shape)} instead")
    # slow_conv_transpose{2,3}d_shape_check: a 1-d convolution is a 2-d one of height 1.
    words = ("depth", "height", "width")[3 - max(dims, 2):]
    shown = [(0 if dims == 1 else None, output_padding), (1 if dims == 1 else None, stride),
             (1 if dims == 1 else None, dilation)]
    if any(p >= s and p >= d for p, s, d in zip(output_padding, stride, dilation)):
        parts = []
        for label, (lead, values) in zip(("output_padding", "stride", "dilation"), shown):
            values = ([lead] if lead is not None else []) + list(values)
            parts += [f"{label}_{word}: {value}" for word, value in zip(words, values)]
        raise RuntimeError("output padding must be smaller than either stride or dilation, but "
                           "got " + " ".join(parts))
    spatial = list(input.shape[2:])
    out = [(n - 1) * s - 2 * p + d * (k - 1) + 1 + q for n, s, p, d, k, q in zip(
        spatial, stride, padding, dilation, weight.shape[2:], output_padding)]
    if any(o < 1 for o in out):
        lead = [1] if dims == 1 else []
        raise RuntimeError(f"Given input size per channel: ({' x '.join(map(str, lead + spatial))})"
                           f". Calculated output size per channel: "
                           f"({' x '.join(map(str, lead + out))}). Output size is too small")
    return out


def _transposed(name, dims, input, weight, bias, stride, padding, output_padding, groups,
                dilation):
    for position, (value, argument) in enumerate(((input, "input"), (weight, "weight")), 1):
        if not isinstance(value, Tensor):
            raise TypeError(f"{name}(): argument '{argument}' (position {position}) must be "
                            f"Tensor, not {type(value).__name__}")
    if isinstance(padding, str):
        raise TypeError(f"{name}(): argument 'padding' must be tuple of ints, not str")
    same_device(input, weight, bias)
    unbatched_rank, batched_rank = _RANK_WORDS[dims]
    if input.ndim not in (dims + 1, dims + 2):
        raise RuntimeError(f"Expected {unbatched_rank} (unbatched) or {batched_rank} (batched) "
                           f"input to {name}, but got input of size: {_text(input.shape)}")
    if input.ndim == dims + 1:
        return _transposed(name, dims, input.unsqueeze(0), weight, bias, stride, padding,
                           output_padding, groups, dilation).squeeze(0)
    groups = int(groups)
    if groups <= 0:
        raise RuntimeError("non-positive groups is not supported")
    stride, padding, output_padding, dilation = (
        _expand(_function_dims(value, dims), label, dims) for value, label in (
            (stride, "stride"), (padding, "padding"), (output_padding, "output_padding"),
            (dilation, "dilation")))
    out = _transposed_checks(input, weight, bias, stride, padding, output_padding, dilation,
                             groups, dims)
    _check_dtypes(input, weight, bias)
    windows = _TransposedWindows(tuple(out), tuple(weight.shape[2:]), tuple(stride),
                                 tuple(dilation), tuple(padding),
                                 tuple(p + q for p, q in zip(padding, output_padding)),
                                 tuple(input.shape[2:]))
    return _transposed_forward(input, weight, bias, windows, groups)


def _transposed_forward(input, weight, bias, windows, groups: int) -> Tensor:
    xp = input._xp
    batch, channels = input.shape[0], input.shape[1]
    outs = weight.shape[1] * groups
    patch = (outs // groups) * math.prod(windows.kernel)
    positions = math.prod(windows.out)
    flat_input = input._data.reshape(batch, groups, channels // groups, positions)
    kernels = weight._data.reshape(groups, channels // groups, patch)
    cols = xp.matmul(kernels.swapaxes(-1, -2), flat_input)
    cols = cols.reshape((batch, outs) + tuple(windows.kernel) + windows.out)
    array = fold_array(cols, windows)
    if bias is not None:
        array = array + bias._data.reshape((outs,) + (1,) * len(windows.out))
    out = Tensor._make(xp.ascontiguousarray(array).astype(input.dtype.np, copy=False),
                       input.dtype)
    dims = tuple(range(2, 2 + len(windows.out)))

    def backward(g, x, w):
        # The output gradient's windows: a convolution of g with the weight.
        columns = unfold(g, windows).reshape(batch, groups, patch, positions)
        grad_input = grad_weight = grad_bias = None
        if x.requires_grad:
            grad_input = matmul(w.reshape(groups, channels // groups, patch), columns)
            grad_input = grad_input.reshape(x.shape)
        if w.requires_grad:
            flat = x.reshape(batch, groups, channels // groups, positions)
            grad_weight = matmul(flat, columns.transpose(-1, -2)).sum(0).reshape(w.shape)
        if bias is not None and bias.requires_grad:
            grad_bias = g.sum((0,) + dims)
        return (grad_input, grad_weight, grad_bias)

    return record(out, "ConvolutionBackward0", (input, weight, bias), backward,
                  saved=(input, weight))


_SIGNATURE = ("{name}(input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1, "
              "dilation=1)")


@op("conv_transpose1d", summary="1-D transposed convolution (the adjoint of conv1d) over "
    "(N, C, L) inputs.", functional=True, method=False,
    signature=_SIGNATURE.format(name="conv_transpose1d"),
    example="F.conv_transpose1d(tensor([[[1., 2., 3.]]]), tensor([[[1., -1.]]]))")
def conv_transpose1d(input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1,
                     dilation=1):
    return _transposed("conv_transpose1d", 1, input, weight, bias, stride, padding,
                       output_padding, groups, dilation)


@op("conv_transpose2d", summary="2-D transposed convolution (the adjoint of conv2d) over "
    "(N, C, H, W) inputs.", functional=True, method=False,
    signature=_SIGNATURE.format(name="conv_transpose2d"),
    example="F.conv_transpose2d(ones(1, 1, 2, 2), ones(1, 1, 2, 2), stride=2)")
def conv_transpose2d(input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1,
                     dilation=1):
    return _transposed("conv_transpose2d", 2, input, weight, bias, stride, padding,
                       output_padding, groups, dilation)


@op("conv_transpose3d", summary="3-D transposed convolution (the adjoint of conv3d) over "
    "(N, C, D, H, W) inputs.", functional=True, method=False,
    signature=_SIGNATURE.format(name="conv_transpose3d"),
    example="F.conv_transpose3d(ones(1, 1, 2, 2, 2), ones(1, 1, 2, 2, 2))")
def conv_transpose3d(input, weight, bias=None, stride=1, padding=0, output_padding=0, groups=1,
                     dilation=1):
    return _transposed("conv_transpose3d", 3, input, weight, bias, stride, padding,
                       output_padding, groups, dilation)
