"""More losses of torch.nn.functional: margin_ranking, hinge_embedding,
soft_margin, cosine_embedding, poisson_nll, gaussian_nll, triplet_margin,
multilabel_soft_margin.

Most are composed by ATen (Loss.cpp) or by torch/nn/functional.py from other
ops; they are composed here from gradsh's in the same order, so their graphs
(``MeanBackward0`` over ``ClampMinBackward0``, ...) and rounding are
PyTorch's. soft_margin_loss is one ATen kernel: one node,
``SoftMarginLossBackward0``.
"""
from __future__ import annotations

import math

from .. import autograd
from ..autograd import record
from ..registry import op
from .common import as_result
from .creation import zeros_like
from .elementwise_math import where
from .functional import _check_reduction
from .functional_losses import _apply_reduction, _reduce_array, _reduction
from .functional_more import logsigmoid, pairwise_distance


def _reduce(size_average, reduce, reduction):
    reduction = _reduction(size_average, reduce, reduction)
    _check_reduction(reduction)
    return reduction


@op("margin_ranking_loss", summary="max(0, -target * (x1 - x2) + margin), reduced.",
    functional=True, method=False,
    example="F.margin_ranking_loss(tensor([1., 2.]), tensor([2., 1.]), tensor([1., 1.]))")
def margin_ranking_loss(input1, input2, target, margin=0, size_average=None, reduce=None,
                        reduction="mean"):
    reduction = _reduce(size_average, reduce, reduction)
    if input1.ndim != input2.ndim or input1.ndim != target.ndim:
        raise RuntimeError("margin_ranking_loss : All input tensors should have same dimension "
                           f"but got sizes: input1: {input1.shape}, input2: {input2.shape}, "
                           f"target: {target.shape} ")
    return _apply_reduction((-target * (input1 - input2) + margin).clamp_min(0), reduction)


@op("hinge_embedding_loss", summary="x where target is 1, max(0, margin - x) where it is -1.",
    functional=True, method=False,
    example="F.hinge_embedding_loss(tensor([0.3, 2.]), tensor([-1., 1.]))")
def hinge_embedding_loss(input, target, margin=1.0, size_average=None, reduce=None,
                         reduction="mean"):
    reduction = _reduce(size_average, reduce, reduction)
    zeros = zeros_like(input)
    margin_clamp = (margin - input).clamp_min(0)
    output_margin = where(target != 1, margin_clamp, zeros)
    output_self = where(target != -1, input, zeros)
    return _apply_reduction(output_margin + output_self, reduction)


@op("soft_margin_loss", summary="log(1 + exp(-target * x)), reduced (a logistic loss).",
    functional=True, function=False, method=False,
    example="F.soft_margin_loss(tensor([0.5, -1.]), tensor([1., -1.]))")
def soft_margin_loss(input, target, size_average=None, reduce=None, reduction="mean"):
    reduction = _reduce(size_average, reduce, reduction)
    xp = input._xp
    losses = xp.log1p(xp.exp(-input._data * target._data))
    out = as_result(_reduce_array(xp, losses, reduction), input.dtype, xp)
    count = max(losses.size, 1)

    def backward(g, x, t):
        # soft_margin_loss_backward: -t * exp(-t x) / (1 + exp(-t x)) * g (/ n for mean).
        z = (-x * t).exp()
        grad = -t * z / (z + 1) * g
        return (grad / count if reduction == "mean" else grad, None)

    return record(out, "SoftMarginLossBackward0", (input, target), backward,
                  saved=(input, target))


@op("cosine_embedding_loss", summary="1 - cos(x1, x2) where target is 1, max(0, cos - margin) "
    "where it is -1.", functional=True, method=False,
    example="F.cosine_embedding_loss(tensor([[1., 0.]]), tensor([[1., 1.]]), tensor([1.]))")
def cosine_embedding_loss(input1, input2, target, margin=0, size_average=None, reduce=None,
                          reduction="mean"):
    reduction = _reduce(size_average, reduce, reduction)
    dim = target.ndim
    if dim not in (0, 1):
        raise RuntimeError("0D or 1D target tensor expected, multi-target not supported")
    if dim == 1 and (input1.ndim != 2 or input2.ndim != 2):
        raise RuntimeError("1D target tensor expects 2D input tensors, but found inputs with "
                           f"sizes {list(input1.shape)} and {list(input2.shape)}.")
    if dim == 0 and (input1.ndim != 1 or input2.ndim != 1):
        raise RuntimeError("0D target tensor expects 1D input tensors, but found inputs with "
                           f"sizes {list(input1.shape)} and {list(input2.shape)}.")
    prod_sum = (input1 * input2).sum(dim)
    mag_square1 = (input1 * input1).sum(dim) + 1e-12
    mag_square2 = (input2 * input2).sum(dim) + 1e-12
    cos = prod_sum / (mag_square1 * mag_square2).sqrt()
    zeros = zeros_like(cos)
    pos = 1 - cos
    neg = (cos - margin).clamp_min(0)
    output = where(target == 1, pos, zeros) + where(target == -1, neg, zeros)
    return _apply_reduction(output, reduction)


@op("poisson_nll_loss", summary="exp(x) - target * x (log_input), or x - target * log(x + eps).",
    functional=True, method=False,
    example="F.poisson_nll_loss(tensor([0.5, 1.]), tensor([1., 2.]))")
def poisson_nll_loss(input, target, log_input=True, full=False, size_average=None, eps=1e-8,
                     reduce=None, reduction="mean"):
    if size_average is not None or reduce is not None:
        reduction = _reduction(size_average, reduce, reduction)
    if reduction not in ("none", "mean", "sum"):
        raise ValueError(reduction + " is not a valid value for reduction")
    if log_input:
        loss = input.exp() - target * input
    else:
        loss = input - target * (input + eps).log()
    if full:
        stirling = target * target.log() - target + 0.5 * (2 * math.pi * target).log()
        loss = loss + stirling.masked_fill(target <= 1, 0)
    return _apply_reduction(loss, reduction)


@op("gaussian_nll_loss", summary="0.5 * (log(var) + (x - target)^2 / var), reduced.",
    functional=True, method=False,
    example="F.gaussian_nll_loss(tensor([0.5, 1.]), tensor([1., 2.]), ones(2))")
def gaussian_nll_loss(input, target, var, full=False, eps=1e-6, reduction="mean"):
    if isinstance(var, float):
        if var < 0:
            raise ValueError("var has negative entry/entries")
        var = var * input.new_ones(tuple(input.shape))
    elif bool((var < 0).any()):
        raise ValueError("var has negative entry/entries")
    if tuple(var.shape) != tuple(input.shape):
        if tuple(input.shape[:-1]) == tuple(var.shape):
            var = var.unsqueeze(-1)
        elif input.ndim == var.ndim and sum(
                y for x, y in zip(input.shape, var.shape) if x != y) == 1:
            pass
        else:
            raise ValueError("var is of incorrect size")
    if reduction not in ("none", "mean", "sum"):
        raise ValueError(reduction + " is not valid")
    var = var.clone()
    with autograd.no_grad():
        var.clamp_(min=eps)
    loss = 0.5 * (var.log() + (input - target) ** 2 / var)
    if full:
        loss = loss + 0.5 * math.log(2 * math.pi)
    if reduction == "mean":
        return loss.mean()
    if reduction == "sum":
        return loss.sum()
    return loss


@op("triplet_margin_loss", summary="max(0, margin + d(anchor, positive) - d(anchor, negative)).",
    functional=True, method=False,
    example="F.triplet_margin_loss(tensor([[0., 0.]]), tensor([[1., 0.]]), tensor([[3., 0.]]))")
def triplet_margin_loss(anchor, positive, negative, margin=1.0, p=2, eps=1e-6, swap=False,
                        size_average=None, reduce=None, reduction="mean"):
    reduction = _reduce(size_average, reduce, reduction)
    if margin <= 0:
        raise ValueError(f"margin must be greater than 0, got {margin}")
    a, pos, neg = anchor.ndim, positive.ndim, negative.ndim
    if not (a == pos == neg):
        raise RuntimeError("The anchor, positive, and negative tensors are expected to have the "
                           f"same number of dimensions, but got: anchor {a}D, positive {pos}D, "
                           f"and negative {neg}D inputs")
    dist_pos = pairwise_distance(anchor, positive, p, eps)
    dist_neg = pairwise_distance(anchor, negative, p, eps)
    if swap:
        dist_neg = dist_neg.minimum(pairwise_distance(positive, negative, p, eps))
    return _apply_reduction((margin + dist_pos - dist_neg).clamp_min(0), reduction)


@op("multilabel_soft_margin_loss", summary="Mean over classes of the binary logistic losses, "
    "reduced over the batch.", functional=True, function=False, method=False,
    example="F.multilabel_soft_margin_loss(tensor([[0.5, -1.]]), tensor([[1., 0.]]))")
def multilabel_soft_margin_loss(input, target, weight=None, size_average=None, reduce=None,
                                reduction="mean"):
    if size_average is not None or reduce is not None:
        reduction = _reduction(size_average, reduce, reduction)
    loss = -(target * logsigmoid(input) + (1 - target) * logsigmoid(-input))
    if weight is not None:
        loss = loss * weight
    class_dim = input.ndim - 1
    loss = loss.sum(dim=class_dim) / input.shape[class_dim]
    if reduction == "none":
        return loss
    if reduction == "mean":
        return loss.mean()
    if reduction == "sum":
        return loss.sum()
    raise ValueError(reduction + " is not valid")


