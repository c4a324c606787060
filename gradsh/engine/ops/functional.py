"""torch.nn.functional: softmax, log_softmax, linear, mse_loss, nll_loss, cross_entropy.

(``F.relu`` and the other activations are declared with the elementwise ops.)
The losses are built the way PyTorch builds them, so their graphs match:
``cross_entropy`` is ``nll_loss(log_softmax(x))`` (``NllLossBackward0`` over
``LogSoftmaxBackward0``), ``linear`` is ``addmm`` with bias or ``mm``
without (``AddmmBackward0`` / ``MmBackward0``).
"""
from __future__ import annotations

import warnings

import numpy as np

from .. import autograd, dtypes, limits, numerics
from ..autograd import record
from ..registry import op
from ..tensor import Tensor
from .cascade_sum import torch_mean, torch_sum
from .common import CHECK_SIZE_ABOVE, as_result, binary_operands, broadcast_shapes, normalize_dim
from . import loss_kernels, softmax_kernels
from .linalg import _check_same_dtype, addmm, matmul

REDUCTIONS = ("none", "mean", "sum")


def _softmax_dim(input, dim, name: str) -> int:
    if dim is None:
        warnings.warn(f"Implicit dimension choice for {name} has been deprecated. Change the call "
                      "to include dim=X as an argument.", UserWarning, stacklevel=3)
        dim = 0 if input.ndim in (0, 1, 3) else 1
    return normalize_dim(dim, input.ndim)


def _softmax_input(input, dim, dtype, name: str):
    axis = _softmax_dim(input, dim, name)
    if dtype is not None and not isinstance(dtype, int):
        input = input.to(dtypes.to_dtype(dtype))
    if not input.dtype.is_floating_point:
        kernel = f"{name}_lastdim_kernel_impl" if axis == input.ndim - 1 or input.ndim == 0 \
            else f"{name}_kernel_impl"
        raise NotImplementedError(f"\"{kernel}\" not implemented for '{input.dtype.short}'")
    return input, axis


def _check_size(input) -> None:
    data = input._data
    if data.size > CHECK_SIZE_ABOVE:  # softmax and friends: several full-size arrays
        limits.check_elements(data.size, 3 * input.dtype.itemsize,
                              f"{data.size:,} elements of {input.dtype.name}")


def _shifted(input, axis):
    xp = input._xp
    data = input._data
    _check_size(input)
    if input.ndim == 0:
        return data - data
    with np.errstate(invalid="ignore"):
        return data - xp.max(data, axis=axis, keepdims=True)


@op("softmax", summary="exp(x) / sum(exp(x)) along dim.", functional=True,
    example="F.softmax(tensor([1., 2., 3.]), dim=0)")
def softmax(input, dim=None, dtype=None):
    input, axis = _softmax_input(input, dim, dtype, "softmax")
    xp = input._xp
    if softmax_kernels.applies(xp, input._data, axis):  # ATen's kernel, bit for bit
        _check_size(input)
        out = as_result(softmax_kernels.softmax(input._data, axis), input.dtype, xp)
    else:
        exps = xp.exp(_shifted(input, axis))
        total = exps if input.ndim == 0 else xp.sum(exps, axis=axis, keepdims=True)
        out = as_result(exps / total, input.dtype, xp)

    def backward(g, y):
        return (y * (g - (g * y).sum(axis, keepdim=True)),)

    return record(out, "SoftmaxBackward0", (input,), backward, saved=(out,))


@op("log_softmax", summary="log(softmax(x)) along dim, computed stably.", functional=True,
    example="F.log_softmax(tensor([1., 2., 3.]), dim=0)")
def log_softmax(input, dim=None, dtype=None):
    input, axis = _softmax_input(input, dim, dtype, "log_softmax")
    xp = input._xp
    if softmax_kernels.applies(xp, input._data, axis):  # ATen's kernel, bit for bit
        _check_size(input)
        out = as_result(softmax_kernels.log_softmax(input._data, axis), input.dtype, xp)
    else:
        shifted = _shifted(input, axis)
        total = xp.exp(shifted) if input.ndim == 0 else xp.sum(xp.exp(shifted), axis=axis,
                                                               keepdims=True)
        out = as_result(shifted - xp.log(total), input.dtype, xp)

    def backward(g, logp):
        return (g - logp.exp() * g.sum(axis, keepdim=True),)

    return record(out, "LogSoftmaxBackward0", (input,), backward, saved=(out,))


# ------------------------------------------------------------------- linear
@op("linear", summary="x @ weight.T + bias (an affine map).", functional=True, function=False,
    method=False, example="F.linear(ones(2, 3), ones(4, 3), zeros(4))")
def linear(input, weight, bias=None):
    if weight.ndim == 1 or bias is None or input.ndim == 0:
        result = matmul(input, weight.t())
        return result if bias is None else result + bias
    if input.ndim == 2:
        _linear_shape_check(input, weight)
        return addmm(bias, input, weight.t())
    # Other ranks: flatten to a matrix, addmm, view back (ViewBackward0, as PyTorch).
    flat = input.reshape(-1, input.shape[-1])
    _linear_shape_check(flat, weight)
    return addmm(bias, flat, weight.t()).view(tuple(input.shape[:-1]) + (weight.shape[0],))


def _linear_shape_check(input, weight):
    _check_same_dtype(input, weight)
    if input.shape[-1] != weight.shape[-1]:
        raise RuntimeError(f"mat1 and mat2 shapes cannot be multiplied ({input.shape[0]}x"
                           f"{input.shape[-1]} and {weight.shape[1]}x{weight.shape[0]})")


# ------------------------------------------------------------------- losses
def _check_reduction(reduction: str) -> None:
    if reduction not in REDUCTIONS:
        raise ValueError(f"{reduction} is not a valid value for reduction")


@op("mse_loss", summary="Mean squared error (reduction='mean' | 'sum' | 'none').",
    functional=True, function=False, method=False,
    example="F.mse_loss(tensor([1., 2.]), tensor([1., 4.]))")
def mse_loss(input, target, size_average=None, reduce=None, reduction="mean"):
    _check_reduction(reduction)
    if tuple(target.shape) != tuple(input.shape):
        warnings.warn(f"Using a target size ({target.shape}) that is different to the input size "
                      f"({input.shape}). This will likely lead to incorrect results due to "
                      "broadcasting. Please ensure they have the same size.", UserWarning,
                      stacklevel=2)
    a, b, dtype, xp = binary_operands(input, target)
    if not dtype.is_floating_point:
        raise NotImplementedError(f"\"mse_cpu\" not implemented for '{dtype.short}'")
    shape = broadcast_shapes(tuple(input.shape), tuple(target.shape))
    squares = (a - b) ** 2
    count = int(np.prod(shape)) if shape else 1
    if reduction == "mean":  # ATen: mean_out / sum_out over the squared differences
        array = torch_mean(xp, squares)
    elif reduction == "sum":
        array = torch_sum(xp, squares)
    else:
        array = squares
    out = as_result(array, dtype, xp)

    def backward(g, x, y):
        scale = 2.0 / count if reduction == "mean" else 2.0
        # (y - x) rather than -(x - y) for the target, so zeros stay +0 as in PyTorch.
        grad_x = (x - y) * g * scale if x.requires_grad else None
        grad_y = (y - x) * g * scale if y.requires_grad else None
        return (grad_x, grad_y)

    return record(out, "MseLossBackward0", (input, target), backward, saved=(input, target))


def _class_targets(input, target, class_axis):
    """Check class-index targets against the input, with PyTorch's messages."""
    if target.dtype not in (dtypes.int64, dtypes.uint8):
        raise RuntimeError("expected target dtype to be Long or Byte, but got "
                           f"{target.dtype.short}")
    expected = tuple(input.shape[:class_axis]) + tuple(input.shape[class_axis + 1:])
    if input.ndim >= 2 and target.ndim >= 1 and target.shape[0] != input.shape[0]:
        raise ValueError(f"Expected input batch_size ({input.shape[0]}) to match target "
                         f"batch_size ({target.shape[0]}).")
    if tuple(target.shape) != expected:
        raise RuntimeError(f"Expected target size [{', '.join(map(str, expected))}], got "
                           f"[{', '.join(map(str, target.shape))}]")


@op("nll_loss", summary="Negative log-likelihood of the target classes, from log-probabilities.",
    functional=True, function=False, method=False,
    example="F.nll_loss(F.log_softmax(tensor([[1., 2., 3.]]), 1), tensor([2]))")
def nll_loss(input, target, weight=None, size_average=None, ignore_index=-100, reduce=None,
             reduction="mean"):
    _check_reduction(reduction)
    if weight is not None and weight.requires_grad and autograd.is_grad_enabled():
        raise RuntimeError("The function 'nll_loss_forward' is not differentiable with respect "
                           "to argument 'weight'. This input cannot have requires_grad True.")
    class_axis = 1 if input.ndim >= 2 else 0
    _class_targets(input, target, class_axis)
    xp = input._xp
    classes = input.shape[class_axis]
    labels = target._data.astype(np.int64)
    ignored = labels == ignore_index
    valid = xp.where(ignored, 0, labels)
    bad = (valid < 0) | (valid >= classes)
    if bool(bad.any()):
        raise IndexError(f"Target {int(labels[bad].ravel()[0])} is out of bounds.")
    weights = xp.ones(classes, dtype=input._data.dtype) if weight is None else weight._data
    # One-hot of the targets along the class axis, weighted, zero for ignored entries:
    # loss_i = -sum_c picks[i, c] * input[i, c].
    row_weight = xp.where(ignored, 0, weights[valid]).astype(input._data.dtype)
    onehot = xp.expand_dims(valid, class_axis) == xp.arange(classes).reshape(
        (classes,) + (1,) * (input.ndim - class_axis - 1))
    picks = onehot * xp.expand_dims(row_weight, class_axis)
    losses = -xp.sum(picks * input._data, axis=class_axis)
    exact = numerics.exact(xp) and input.ndim in (1, 2) and \
        input._data.dtype in (np.float32, np.float64)
    if reduction == "none":
        array, scale = losses, None
    elif exact:  # ATen's eight-level cascade, bit for bit
        data = input._data if input.ndim == 2 else input._data[None]
        rows = np.arange(data.shape[0])
        picked = data[rows, valid.reshape(-1)]
        if weight is not None:
            picked = picked * weights[valid.reshape(-1)].astype(data.dtype)
        kept = ~ignored.reshape(-1)
        array = loss_kernels.nll_reduce(picked, None if weight is None else
                                        weights[valid.reshape(-1)], kept, data.shape[0],
                                        reduction == "mean")
        scale = 1.0 if reduction == "sum" else float(xp.sum(row_weight))
    elif reduction == "sum":
        array, scale = xp.sum(losses), 1.0
    else:
        total_weight = xp.sum(row_weight)
        with np.errstate(invalid="ignore", divide="ignore"):
            array = xp.sum(losses) / total_weight  # nan when every target is ignored
        scale = float(total_weight)
    out = as_result(array, input.dtype, xp)
    # 0 - picks, not -picks: the zeros of the gradient stay +0 as in PyTorch.
    negated = Tensor._make((0 - picks).astype(input._data.dtype), input.dtype)

    def backward(g):
        if scale is None:
            return ((g.unsqueeze(class_axis) if input.ndim >= 2 else g) * negated, None)
        return ((g / scale) * negated, None)

    name = "NllLoss2DBackward0" if input.ndim >= 3 else "NllLossBackward0"
    return record(out, name, (input, target), backward)


@op("cross_entropy", summary="Cross-entropy of logits against class indices or probabilities.",
    functional=True, function=False, method=False,
    example="F.cross_entropy(tensor([[1., 2., 3.]]), tensor([2]))")
def cross_entropy(input, target, weight=None, size_average=None, ignore_index=-100, reduce=None,
                  reduction="mean", label_smoothing=0.0):
    _check_reduction(reduction)
    if not input.dtype.is_floating_point:
        raise NotImplementedError("\"log_softmax_lastdim_kernel_impl\" not implemented for "
                                  f"'{input.dtype.short}'")
    class_axis = 1 if input.ndim >= 2 else 0
    logp = log_softmax(input, class_axis)
    if target.dtype.is_floating_point and tuple(target.shape) == tuple(input.shape):
        return _soft_cross_entropy(logp, target, weight, class_axis, reduction, label_smoothing)
    loss = nll_loss(logp, target, weight, ignore_index=ignore_index, reduction=reduction)
    if not label_smoothing:
        return loss
    # PyTorch: (1 - eps) * nll + eps * (mean over classes of -log p), same reduction.
    classes = input.shape[class_axis]
    smooth = -logp if weight is None else -logp * weight.reshape(
        (classes,) + (1,) * (input.ndim - class_axis - 1))
    smooth = smooth.sum(class_axis)
    ignored = Tensor._make(target._data == ignore_index, dtypes.bool_)
    smooth = smooth.masked_fill(ignored, 0.0)
    if reduction == "mean":
        kept = int((~ignored._data).sum())
        smooth = smooth.sum() / kept
    elif reduction == "sum":
        smooth = smooth.sum()
    return loss * (1 - label_smoothing) + smooth * (label_smoothing / classes)


def _soft_cross_entropy(logp, target, weight, class_axis, reduction, label_smoothing):
    classes = logp.shape[class_axis]
    if label_smoothing:
        target = target * (1 - label_smoothing) + label_smoothing / classes
    products = logp * target
    if weight is not None:
        products = products * weight.reshape((classes,) + (1,) * (logp.ndim - class_axis - 1))
    losses = -products.sum(class_axis)
    if reduction == "none":
        return losses
    total = -(products.sum())
    if reduction == "sum":
        return total
    # PyTorch divides by N (times d1... for N-D input) with div.Scalar: DivBackward1.
    count = max(1, losses.numel())
    out = as_result(total._data / count, total.dtype, total._xp)
    return record(out, "DivBackward1", (total,), lambda g: (g / count,))
