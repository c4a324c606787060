"""More torch.nn.functional losses: l1, smooth_l1, huber, binary cross-entropy, kl_div.

Built as PyTorch builds them, so their graphs match: ``l1_loss`` and
``kl_div`` are ATen composites (``MeanBackward0`` over ``AbsBackward0``, or
over ``SubBackward0`` of ``XlogyBackward0`` and ``MulBackward0``); the others
are one node each (``SmoothL1LossBackward0``, ``HuberLossBackward0``,
``BinaryCrossEntropyBackward0``, ``BinaryCrossEntropyWithLogitsBackward0``)
whose backward rules, beside their forward, are PyTorch's formulas written in
gradsh's Tensor operations (so second derivatives work).
"""
from __future__ import annotations

import warnings

from .. import autograd
from ..autograd import record
from ..registry import op
from ..tensor import Tensor
from .cascade_sum import torch_mean, torch_sum
from .common import as_result, binary_operands, broadcast_shapes
from .elementwise_math import clamp, sigmoid, where
from .functional import _check_reduction
from .functional_more import logsigmoid

_LEGACY = "size_average and reduce args will be deprecated, please use reduction='{}' instead."


def _reduction(size_average, reduce, reduction: str) -> str:
    """PyTorch's _Reduction.legacy_get_string when size_average or reduce is given."""
    if size_average is None and reduce is None:
        return reduction
    size_average = True if size_average is None else size_average
    reduce = True if reduce is None else reduce
    legacy = "mean" if size_average and reduce else "sum" if reduce else "none"
    warnings.warn(_LEGACY.format(legacy), UserWarning, stacklevel=3)
    return legacy


def _check_tensor_pair(input, target) -> None:
    """F.l1_loss(1, 2) reaches ``target.size()`` in PyTorch's Python first."""
    for value in (target, input):
        if not isinstance(value, Tensor):
            raise AttributeError(f"'{type(value).__name__}' object has no attribute 'size'")


def _warn_target_size(input, target) -> None:
    if tuple(target.shape) != tuple(input.shape):
        warnings.warn(f"Using a target size ({target.shape}) that is different to the input size "
                      f"({input.shape}). This will likely lead to incorrect results due to "
                      "broadcasting. Please ensure they have the same size.", UserWarning,
                      stacklevel=3)


def _broadcast(input, target):
    """torch.broadcast_tensors: each expanded to the common shape (a no-op where equal)."""
    shape = broadcast_shapes(tuple(input.shape), tuple(target.shape))
    input = input if tuple(input.shape) == shape else input.expand(shape)
    target = target if tuple(target.shape) == shape else target.expand(shape)
    return input, target


def _apply_reduction(losses, reduction: str):
    """ATen's apply_loss_reduction: MeanBackward0 / SumBackward0 / the losses."""
    if reduction == "mean":
        return losses.mean()
    if reduction == "sum":
        return losses.sum()
    return losses


def _reduce_array(xp, losses, reduction: str):
    if reduction == "mean":
        return torch_mean(xp, losses)
    if reduction == "sum":
        return torch_sum(xp, losses)
    return losses


def _weighted(losses, weight, reduction: str, mean):
    """The Python-level weight path of l1_loss and huber_loss."""
    weighted = losses * weight
    if reduction == "none":
        return weighted
    if reduction == "sum":
        return weighted.sum()
    if reduction == "mean":
        return mean(weighted)
    raise ValueError(f"Invalid reduction mode: {reduction}. Expected one of 'none', 'mean', "
                     "'sum'.")


def _check_weight(weight, input) -> None:
    if tuple(weight.shape) != tuple(input.shape):
        raise ValueError("Weights and input must have the same size.")


def _not_differentiable(function: str, **arguments) -> None:
    for name, value in arguments.items():
        if value is not None and value.requires_grad and autograd.is_grad_enabled():
            raise RuntimeError(f"The function '{function}' is not differentiable with respect "
                               f"to argument '{name}'. This input cannot have requires_grad "
                               "True.")


def _count(input, target) -> int:
    shape = broadcast_shapes(tuple(input.shape), tuple(target.shape))
    count = 1
    for size in shape:
        count *= size
    return count


# ------------------------------------------------------------------ l1_loss
@op("l1_loss", summary="Mean absolute error (reduction='mean' | 'sum' | 'none').",
    functional=True, function=False, method=False,
    example="F.l1_loss(tensor([1., 2.]), tensor([1., 4.]))")
def l1_loss(input, target, size_average=None, reduce=None, reduction="mean", weight=None):
    _check_tensor_pair(input, target)
    _warn_target_size(input, target)
    reduction = _reduction(size_average, reduce, reduction)
    input, target = _broadcast(input, target)
    if weight is not None:
        _check_weight(weight, input)
        return _weighted((input - target).abs(), weight, reduction,
                         lambda weighted: weighted.sum() / weight.sum())
    _check_reduction(reduction)
    # ATen's composite: apply_loss_reduction((input - target).abs(), reduction)
    return _apply_reduction((input - target).abs(), reduction)


# ------------------------------------------------------- smooth_l1 and huber
def _piecewise_loss(input, target, reduction, kernel, grad_fn, forward, slope):
    """One node for an elementwise loss of ``input - target``.

    ``forward(xp, diff)`` gives the losses; ``slope(diff)`` (Tensor ops) the
    derivative by the input. The target's gradient is ``slope(target - input)``,
    as PyTorch computes it (so zeros keep their sign).
    """
    _check_reduction(reduction)
    a, b, dtype, xp = binary_operands(input, target)
    if not dtype.is_floating_point:
        raise NotImplementedError(f'"{kernel}" not implemented for \'{dtype.short}\'')
    out = as_result(_reduce_array(xp, forward(xp, a - b), reduction), dtype, xp)
    scale = 1.0 / _count(input, target) if reduction == "mean" else 1.0

    def backward(g, x, y):
        grad_x = slope(x - y) * g * scale if x.requires_grad else None
        grad_y = slope(y - x) * g * scale if y.requires_grad else None
        return (grad_x, grad_y)

    return record(out, grad_fn, (input, target), backward, saved=(input, target))


@op("smooth_l1_loss", summary="Squared error below beta, absolute error above (mean by default).",
    functional=True, function=False, method=False,
    example="F.smooth_l1_loss(tensor([0., 2.]), tensor([0.5, 0.]))")
def smooth_l1_loss(input, target, size_average=None, reduce=None, reduction="mean", beta=1.0):
    _check_tensor_pair(input, target)
    _warn_target_size(input, target)
    reduction = _reduction(size_average, reduce, reduction)
    input, target = _broadcast(input, target)
    if beta == 0.0:  # PyTorch calls l1_loss then
        _check_reduction(reduction)
        return _apply_reduction((input - target).abs(), reduction)
    if beta < 0:
        raise RuntimeError("smooth_l1_loss does not support negative values for beta.")

    def forward(xp, diff):
        z = xp.abs(diff)
        return xp.where(z < beta, 0.5 * z * z / beta, z - 0.5 * beta)

    # PyTorch: x < -beta ? -grad : x > beta ? grad : grad * x / beta
    return _piecewise_loss(input, target, reduction, "smooth_l1_cpu", "SmoothL1LossBackward0",
                           forward, lambda diff: clamp(diff / beta, -1, 1))


@op("huber_loss", summary="Squared error below delta, delta-scaled absolute error above.",
    functional=True, function=False, method=False,
    example="F.huber_loss(tensor([0., 2.]), tensor([0.5, 0.]))")
def huber_loss(input, target, reduction="mean", delta=1.0, weight=None):
    _check_tensor_pair(input, target)
    _warn_target_size(input, target)
    input, target = _broadcast(input, target)
    if weight is not None:
        _check_weight(weight, input)
        return _weighted(huber_loss(input, target, "none", delta), weight, reduction,
                         lambda weighted: weighted.mean())
    if delta <= 0:
        raise RuntimeError("huber_loss does not support non-positive values for delta.")

    def forward(xp, diff):
        z = xp.abs(diff)
        return xp.where(z < delta, 0.5 * z * z, delta * (z - 0.5 * delta))

    # PyTorch: x < -delta ? -grad * delta : x > delta ? grad * delta : grad * x
    return _piecewise_loss(input, target, reduction, "huber_cpu", "HuberLossBackward0",
                           forward, lambda diff: clamp(diff, -delta, delta))


# ---------------------------------------------------------- binary entropies
@op("binary_cross_entropy", summary="-(t log x + (1 - t) log(1 - x)) for probabilities x.",
    functional=True, function=False, method=False,
    example="F.binary_cross_entropy(tensor([0.2, 0.9]), tensor([0., 1.]))")
def binary_cross_entropy(input, target, weight=None, size_average=None, reduce=None,
                         reduction="mean"):
    _check_tensor_pair(input, target)
    reduction = _reduction(size_average, reduce, reduction)
    _check_reduction(reduction)
    if tuple(target.shape) != tuple(input.shape):
        raise ValueError(f"Using a target size ({target.shape}) that is different to the input "
                         f"size ({input.shape}) is deprecated. Please ensure they have the same "
                         "size.")
    _not_differentiable("binary_cross_entropy", weight=weight)
    if target.dtype is not input.dtype:
        raise RuntimeError(f"Found dtype {target.dtype.short} but expected {input.dtype.short}")
    if not input.dtype.is_floating_point:
        raise NotImplementedError("\"binary_cross_entropy\" not implemented for "
                                  f"'{input.dtype.short}'")
    xp = input._xp
    x, t = input._data, target._data
    if not bool(((x >= 0) & (x <= 1)).all()):
        raise RuntimeError("all elements of input should be between 0 and 1")
    if not bool(((t >= 0) & (t <= 1)).all()):
        raise RuntimeError("all elements of target should be between 0 and 1")
    # PyTorch's kernel: the logs are clamped at -100, so 0 and 1 give finite losses.
    losses = (t - 1) * xp.maximum(xp.log1p(-x), -100) - t * xp.maximum(xp.log(x), -100)
    if weight is not None:
        losses = losses * weight._data
    out = as_result(_reduce_array(xp, losses, reduction), input.dtype, xp)
    scale = 1.0 / input.numel() if reduction == "mean" else 1.0

    def backward(g, x, t):
        grad_x = grad_t = None
        if x.requires_grad:  # grad * (x - t) / max((1 - x) * x, 1e-12)
            grad_x = g * (x - t) / clamp((1 - x) * x, min=1e-12)
            grad_x = (grad_x if weight is None else grad_x * weight) * scale
        if t.requires_grad:  # -logit(x) * grad
            grad_t = -(x / (1 - x)).log() * g
            grad_t = (grad_t if weight is None else grad_t * weight) * scale
        return (grad_x, grad_t, None)

    return record(out, "BinaryCrossEntropyBackward0", (input, target, weight), backward,
                  saved=(input, target))


@op("binary_cross_entropy_with_logits",
    summary="Binary cross-entropy of sigmoid(input), computed stably from the logits.",
    functional=True, function=False, method=False,
    example="F.binary_cross_entropy_with_logits(tensor([-1., 2.]), tensor([0., 1.]))")
def binary_cross_entropy_with_logits(input, target, weight=None, size_average=None, reduce=None,
                                     reduction="mean", pos_weight=None):
    _check_tensor_pair(input, target)
    reduction = _reduction(size_average, reduce, reduction)
    _check_reduction(reduction)
    if tuple(target.shape) != tuple(input.shape):
        raise ValueError(f"Target size ({target.shape}) must be the same as input size "
                         f"({input.shape})")
    _not_differentiable("binary_cross_entropy_with_logits", weight=weight, pos_weight=pos_weight)
    x, t, dtype, xp = binary_operands(input, target)
    if not dtype.is_floating_point:
        raise NotImplementedError(f"\"log_sigmoid_cpu\" not implemented for '{dtype.short}'")
    # ATen: (1 - t) * x - log_sigmoid(x) * (1 + (pos_weight - 1) * t), times weight
    log_sigmoid = xp.minimum(x, 0) - xp.log1p(xp.exp(-xp.abs(x)))
    if pos_weight is not None:
        log_sigmoid = log_sigmoid * ((pos_weight._data - 1) * t + 1)
    losses = (1 - t) * x - log_sigmoid
    if weight is not None:
        losses = losses * weight._data
    out = as_result(_reduce_array(xp, losses, reduction), dtype, xp)
    scale = 1.0 / input.numel() if reduction == "mean" else 1.0

    def backward(g, x, t):
        grad_x = grad_t = None
        if x.requires_grad:
            if pos_weight is None:
                grad_x = (sigmoid(x) - t) * g
            else:  # (pos_weight * t + 1 - t) * sigmoid(x) - pos_weight * t
                weighted = pos_weight * t
                grad_x = ((weighted + 1 - t) * sigmoid(x) - weighted) * g
        if t.requires_grad:
            grad_t = -x * g if pos_weight is None else \
                (logsigmoid(-x) - logsigmoid(x) * pos_weight) * g
        grads = []
        for grad in (grad_x, grad_t):
            if grad is not None and weight is not None:
                grad = grad * weight
            grads.append(None if grad is None else grad * scale)
        return (*grads, None, None)

    return record(out, "BinaryCrossEntropyWithLogitsBackward0",
                  (input, target, weight, pos_weight), backward, saved=(input, target))


# ------------------------------------------------------------------- kl_div
_KL_MEAN = ("reduction: 'mean' divides the total loss by both the batch size and the support "
            "size.'batchmean' divides only by the batch size, and aligns with the KL div math "
            "definition.'mean' will be changed to behave the same as 'batchmean' in the next "
            "major release.")


def _xlogy(x, y):
    """x * log(y), 0 where x == 0 (XlogyBackward0), as kl_div's composite uses it."""
    a, b, dtype, xp = binary_operands(x, y)
    with_log = a * xp.log(b)
    out = as_result(xp.where(a == 0, xp.where(xp.isnan(b), b, 0), with_log), dtype, xp)

    def backward(g, x, y):
        grad_x = g * where(x != 0, y.log(), y * 0) if x.requires_grad else None
        grad_y = g * x / y if y.requires_grad else None
        return (grad_x, grad_y)

    return record(out, "XlogyBackward0", (x, y), backward, saved=(x, y))


@op("kl_div", summary="Kullback-Leibler divergence of target from input (log-probabilities).",
    functional=True, function=False, method=False,
    example="F.kl_div(tensor([-1., -0.5]), tensor([0.3, 0.7]), reduction='batchmean')")
def kl_div(input, target, size_average=None, reduce=None, reduction="mean", log_target=False):
    if size_average is not None or reduce is not None:
        reduction = _reduction(size_average, reduce, reduction)
    elif reduction == "mean":
        warnings.warn(_KL_MEAN, UserWarning, stacklevel=2)
    summed = "sum" if reduction == "batchmean" else reduction
    for position, (name, value) in enumerate((("input", input), ("target", target)), 1):
        if not isinstance(value, Tensor):
            raise TypeError(f"kl_div(): argument '{name}' (position {position}) must be Tensor, "
                            f"not {type(value).__name__}")
    _check_reduction(summed)
    # ATen's composite
    if log_target:
        losses = target.exp() * (target - input)
    else:
        losses = _xlogy(target, target) - target * input
    reduced = _apply_reduction(losses, summed)
    if reduction == "batchmean" and input.ndim != 0:
        reduced = reduced / input.shape[0]
    return reduced

