"""multinomial, poisson and dropout: draws built on PyTorch's kernels.

``multinomial`` without replacement is PyTorch's Gumbel trick (top-k of
``p / q`` with ``q ~ Exp(1)``); dropout is ``input * (bernoulli_(1 - p) / (1 - p))``
on a noise tensor laid out like the input, so the same numbers come out.
"""
from __future__ import annotations

import math

import numpy as np

from .. import backend, dtypes, limits
from ..autograd import no_grad, record
from ..random import kernels as K
from ..registry import op
from ..tensor import Tensor
from .creation import empty
from .sampling import cuda_laws, engine_of, fill_order
from .sampling_laws import bernoulli_


def _cuda_state(generator, device):
    from ..random import generator_for  # noqa: PLC0415

    return generator_for(generator, device).cuda_state()


# ------------------------------------------------------------- multinomial
@op("multinomial", summary="Sample category indices from rows of (unnormalised) probabilities.",
    example="manual_seed(0); multinomial(tensor([0.2, 0.8]), 4, replacement=True)",
    differentiable=False)
def multinomial(input, num_samples, replacement=False, *, generator=None, out=None):
    if isinstance(num_samples, bool) or not isinstance(num_samples, (int, np.integer)):
        raise TypeError(f"multinomial(): argument 'num_samples' (position 2) must be int, not "
                        f"{type(num_samples).__name__}")
    if not 1 <= input.ndim <= 2:
        raise RuntimeError("prob_dist must be 1 or 2 dim")
    if not input.dtype.is_floating_point:
        raise RuntimeError(f"multinomial only supports floating-point dtypes for input, got: "
                           f"{input.dtype.legacy[:-6]}")
    if num_samples <= 0:
        raise RuntimeError("cannot sample n_sample <= 0 samples")
    categories = input.shape[-1]
    if not replacement and num_samples > categories:
        raise RuntimeError("cannot sample n_sample > prob_dist.size(-1) samples without "
                           "replacement")
    if categories > 1 << 24:
        raise RuntimeError("number of categories cannot exceed 2^24")
    rows = backend.to_host(input._data).reshape(-1, categories)
    limits.check_allocation((rows.shape[0], num_samples), dtypes.int64)
    _check_rows(rows)
    shape = (num_samples,) if input.ndim == 1 else (rows.shape[0], num_samples)
    if input.is_cuda:
        picks = cuda_laws().multinomial(_cuda_state(generator, input.device),
                                        input._data.reshape(-1, categories), int(num_samples),
                                        bool(replacement))
        return Tensor._make(picks.reshape(shape), dtypes.int64)
    engine = engine_of(generator, input.device)
    if replacement and num_samples > 1:
        picks = K.multinomial_with_replacement(engine, rows, int(num_samples))
    else:
        # top-k of p / q with q ~ Exp(1), q cast to the input's dtype first.
        q = K.exponential(engine, rows.size, 1.0).astype(rows.dtype).reshape(rows.shape)
        with np.errstate(divide="ignore", invalid="ignore"):
            scores = (rows / q).astype(rows.dtype)
        picks = np.argsort(-scores, axis=1, kind="stable")[:, :num_samples]
    return Tensor._make(picks.reshape(shape).astype(np.int64), dtypes.int64)


def _check_rows(rows: np.ndarray) -> None:
    if not (np.all(rows >= 0) and np.all(rows < math.inf)):
        raise RuntimeError("probability tensor contains either `inf`, `nan` or element < 0")
    if bool((rows.sum(axis=1) <= 0).any()):
        raise RuntimeError("invalid multinomial distribution (sum of probabilities <= 0)")


# ----------------------------------------------------------------- poisson
@op("poisson", summary="Poisson counts, one per rate in input.",
    example="manual_seed(0); poisson(tensor([1., 5.]))", method=False)
def poisson(input, generator=None):
    if not input.dtype.is_floating_point:
        raise NotImplementedError(f'"poisson_cpu" not implemented for '
                                  f'\'{input.dtype.legacy[:-6]}\'')
    rates = backend.to_host(input._data)
    if rates.size and not bool((rates >= 0).all()):
        raise RuntimeError("invalid Poisson rate, expected rate to be non-negative")
    if input.is_cuda:
        counts = cuda_laws().poisson(_cuda_state(generator, input.device), input._data)
    else:
        counts = K.poisson(engine_of(generator, input.device), rates)
        counts = counts.reshape(rates.shape).astype(input.dtype.np)
    result = Tensor._make(counts, input.dtype)
    record(result, "PoissonBackward0", (input,), lambda g: (g * 0,))  # a zero gradient
    return result


# ----------------------------------------------------------------- dropout
def _noise_like(input: Tensor) -> Tensor:
    """``empty_like(input)``: a new tensor laid out in memory as input is."""
    order = fill_order(input._data)
    noise = empty(tuple(input.shape[axis] for axis in order), dtype=input.dtype,
                  device=input.device)
    return noise.permute(*np.argsort(order).tolist()) if input.ndim else noise


_ALPHA = 1.7580993408473766  # SELU's -scale * alpha, as ATen spells it


def dropout_with(input: Tensor, p: float, train: bool, inplace: bool, noise_of,
                 alpha: bool = False) -> Tensor:
    """ATen's ``_dropout_impl``: the input when p is 0 or not training, zeros
    when p is 1; else one ``bernoulli_(1 - p)`` draw on ``noise_of(input)``,
    scaled by 1 / (1 - p) or, for alpha dropout, mapped affinely."""
    if p == 0 or not train or input.numel() == 0:
        return input
    if p == 1:
        zero = empty((), dtype=input.dtype, device=input.device)
        return input.mul_(zero) if inplace else input * zero
    noise = noise_of(input)
    with no_grad():
        bernoulli_(noise, 1 - p)
        if alpha:
            a = 1.0 / math.sqrt((_ALPHA * _ALPHA * p + 1) * (1 - p))
            shift = noise.add(-1).mul_(_ALPHA * a).add_(_ALPHA * a * p)
            noise.mul_(a)
        else:
            noise.div_(1 - p)
    out = input.mul_(noise) if inplace else input * noise
    return out.add_(shift) if alpha else out


def _probability(p) -> float:
    if not 0.0 <= p <= 1.0:
        raise ValueError(f"dropout probability has to be between 0 and 1, but got {p}")
    return float(p)


@op("dropout", summary="Zero elements with probability p, scale the rest by 1/(1-p) (training).",
    example="manual_seed(0); F.dropout(ones(6), 0.5)", functional=True, method=False,
    signature="dropout(input, p=0.5, training=True, inplace=False)")
def dropout(input, p=0.5, training=True, inplace=False, **kwargs):
    if "train" in kwargs:  # torch.dropout(input, p, train)
        training = kwargs.pop("train")
    if kwargs:
        raise TypeError(f"dropout() got an unexpected keyword argument '{next(iter(kwargs))}'")
    return dropout_with(input, _probability(p), bool(training), bool(inplace), _noise_like)
