"""F.bilinear and F.gumbel_softmax: functions PyTorch composes from other ops
(torch/nn/functional.py), composed here from gradsh's, so their graphs and
random draws are PyTorch's."""
from __future__ import annotations

from ..registry import op
from ..tensor import Tensor
from .common import normalize_dim
from .creation import empty
from .einsum import einsum


@op("bilinear", summary="x1^T A x2 + b for each output feature (weight: out x in1 x in2).",
    functional=True, method=False, example="F.bilinear(ones(1, 2), ones(1, 3), ones(4, 2, 3))")
def bilinear(input1, input2, weight, bias=None):
    if input1.ndim != input2.ndim:
        raise RuntimeError(f"bilinear(): input dimensions do not match: got {input1.ndim} and "
                           f"{input2.ndim}")
    if tuple(input1.shape[:-1]) != tuple(input2.shape[:-1]):
        raise RuntimeError(f"bilinear(): input batch dimensions do not match: got "
                           f"{list(input1.shape[:-1])} and {list(input2.shape[:-1])}")
    if weight.ndim != 3 or input1.shape[-1] != weight.shape[1] or \
            input2.shape[-1] != weight.shape[2]:
        raise RuntimeError(f"bilinear(): input size does not match weight size: got "
                           f"{input1.shape[-1]} and {weight.shape[1]}")
    out = einsum("...i,oij,...j->...o", input1, weight, input2)
    return out if bias is None else out + bias


@op("gumbel_softmax", summary="Softmax of (logits + Gumbel noise) / tau; hard=True: one-hot "
    "with the soft gradient.", functional=True, function=False, method=False,
    example="manual_seed(0); F.gumbel_softmax(zeros(3))")
def gumbel_softmax(logits, tau=1.0, hard=False, eps=1e-10, dim=-1):
    if eps != 1e-10:
        import warnings  # noqa: PLC0415

        warnings.warn("`eps` parameter is deprecated and has no effect.", UserWarning,
                      stacklevel=2)
    gumbels = -empty(tuple(logits.shape), dtype=logits.dtype,
                     device=logits.device).exponential_().log()
    y_soft = ((logits + gumbels) / tau).softmax(dim)
    if not hard:
        return y_soft
    axis = normalize_dim(dim, logits.ndim)
    xp = logits._xp
    index = xp.expand_dims(xp.argmax(y_soft.detach()._data, axis=axis), axis)
    positions = xp.arange(logits.shape[axis]).reshape(
        [-1 if d == axis else 1 for d in range(logits.ndim)])
    hard_values = (positions == index).astype(logits.dtype.np)
    y_hard = Tensor._make(hard_values, logits.dtype)
    return y_hard - y_soft.detach() + y_soft
