"""ctc_loss: the connectionist temporal classification loss (ATen's LossCTC.cpp).

The forward is the CPU kernel's log-alpha recursion (Graves et al. 2006,
eq. 6-8) in the input's dtype, one time step at a time over every batch item
and extended-target position at once; the backward is ``ctc_loss_backward``:
the log-beta recursion, the log-sum of alpha * beta collected per character
in the kernel's order (s descending), and ``(exp(lp) - exp(lcab + nll - lp)) *
grad``. Each ``std::exp`` / ``std::log`` is glibc's (expf / logf for float32,
through ctypes, and exp / log for float64, through ``math``: NumPy's SIMD loops
differ in the last bit), and every sum is rounded in the kernel's order, so the
losses and gradients are PyTorch's bits on the same C library.

``F.ctc_loss`` is ATen's composite: ``_ctc_loss`` (CtcLossBackward0), then
``where`` for zero_infinity, then ``(loss / target_lengths.clamp_min(1)).mean()``
or ``.sum()``; unbatched (T, C) input is unsqueezed to (T, 1, C) and the
'none' loss squeezed back. PyTorch has no derivative of the backward kernel,
so a gradient taken with create_graph=True raises PyTorch's error when
differentiated again.
"""
from __future__ import annotations

import math

import numpy as np

from .. import dtypes
from ..autograd import record
from ..random.exact import libm, libm_float
from ..registry import op
from ..tensor import Tensor
from .segment import not_implemented

_CHECKED = " (while checking arguments for ctc_loss_allocate_outputs)"


# ---------------------------------------------------------------- glibc's exp and log
def _exp(values, kind):
    values = np.asarray(values, kind)
    if kind is np.float32:
        return libm_float("expf", values)
    safe = np.isfinite(values) & (values < 709.0)
    out = np.array(np.exp(np.where(safe, 0.0, values)))  # inf, nan, overflow: exact
    if safe.any():
        out[safe] = libm(math.exp, values[safe])
    return out


def _log(values, kind):
    values = np.asarray(values, kind)
    if kind is np.float32:
        return libm_float("logf", values)
    safe = np.isfinite(values) & (values > 0)
    out = np.array(np.log(np.where(safe, 1.0, values)))
    if safe.any():
        out[safe] = libm(math.log, values[safe])
    return out


def _logsumexp3(a, b, c, top, kind):
    """log(exp(a - top) + exp(b - top) + exp(c - top)) + top, rounded as the kernel does."""
    total = (_exp(a - top, kind) + _exp(b - top, kind)).astype(kind)
    total = (total + _exp(c - top, kind)).astype(kind)
    return (_log(total, kind) + top).astype(kind)


def _running_max(first, *others):
    """``m = a; if (b > m) m = b; ...``: NaN never wins a comparison."""
    best = first
    for other in others:
        best = np.where(other > best, other, best)
    return best


# ---------------------------------------------------------------- argument checks
def _lengths(value, name: str, position: int):
    if isinstance(value, Tensor):
        if value.dtype.category != dtypes.INTEGER:  # bool, floating and complex alike
            raise RuntimeError(f"{name} must be integral")
        data = value._data.get() if hasattr(value._data, "get") else value._data
        return np.asarray(data, np.int64).reshape(-1)
    values = list(value)
    for item in values:
        if not isinstance(item, (int, np.integer)) or isinstance(item, bool):
            raise TypeError(f"ctc_loss(): argument '{name}' failed to unpack the object at pos "
                            f"{position} with error \"type must be tuple of ints,but got "
                            f"{type(item).__name__}\"")
    return np.asarray(values, np.int64).reshape(-1)


def _type_name(value) -> str:
    return "Tensor" if isinstance(value, Tensor) else type(value).__name__


def _check_combination(log_probs, targets, input_lengths, target_lengths, blank, zero_infinity):
    both_tensors = isinstance(input_lengths, Tensor) and isinstance(target_lengths, Tensor)
    both_lists = all(isinstance(v, (tuple, list)) for v in (input_lengths, target_lengths))
    if not (isinstance(log_probs, Tensor) and isinstance(targets, Tensor)) or not (
            both_tensors or both_lists):
        got = ", ".join(_type_name(v) for v in (log_probs, targets, input_lengths,
                                                 target_lengths))
        raise TypeError(f"ctc_loss() received an invalid combination of arguments - got ({got}, "
                        f"{type(blank).__name__}, int, {type(zero_infinity).__name__}), but "
                        "expected one of:")


def _prepare(log_probs: Tensor, targets: Tensor, input_lengths, target_lengths, blank: int):
    """ctc_loss_allocate_outputs' checks; returns the offsets and strides of the targets."""
    if not log_probs.dtype.is_floating_point or log_probs.dtype.is_complex \
            or log_probs.dtype is dtypes.float16:
        raise NotImplementedError(f"\"ctc_loss_cpu\" not implemented for "
                                  f"'{log_probs.dtype.short}'")
    if log_probs.ndim != 3:
        raise RuntimeError(f"Expected 3-dimensional tensor, but got {log_probs.ndim}-dimensional "
                           f"tensor for argument #1 'log_probs'{_CHECKED}")
    if targets.ndim not in (1, 2):
        raise RuntimeError(f"Expected 1 to 2 dimensions, but got {targets.ndim}-dimensional "
                           f"tensor for argument #2 'targets'{_CHECKED}")
    length, batch, labels = (int(n) for n in log_probs.shape)
    if not 0 <= blank < labels:
        raise RuntimeError("blank must be in label range")
    if input_lengths.size != batch:
        raise RuntimeError("input_lengths must be of size batch_size")
    if target_lengths.size != batch:
        raise RuntimeError("target_lengths must be of size batch_size")
    for value in target_lengths:
        if value < 0:
            raise RuntimeError(f"Expected target_lengths to have value at least 0, but got value "
                               f"{value}{_CHECKED}")
    if targets.ndim == 1:
        offsets = np.concatenate([[0], np.cumsum(target_lengths)[:-1]]).astype(np.int64)
        total = int(target_lengths.sum())
        if targets.shape[0] != total:
            raise RuntimeError(f"Expected tensor to have size {total} at dimension 0, but got "
                               f"size {targets.shape[0]} for argument #2 'targets'{_CHECKED}")
    else:
        offsets = np.arange(batch, dtype=np.int64) * int(targets.shape[1])
        if targets.shape[0] != batch:
            raise RuntimeError(f"Expected tensor to have size {batch} at dimension 0, but got "
                               f"size {targets.shape[0]} for argument #2 'targets'{_CHECKED}")
        longest = int(target_lengths.max()) if batch else 0
        if targets.shape[1] < longest:
            raise RuntimeError(f"Expected tensor to have size at least {longest} at dimension 1, "
                               f"but got size {targets.shape[1]} for argument #2 'targets'"
                               f"{_CHECKED}")
    for value in input_lengths:
        if value < 0:
            raise RuntimeError(f"Expected input_lengths to have value at least 0, but got value "
                               f"{value}{_CHECKED}")
        if value > length:
            raise RuntimeError(f"Expected input_lengths to have value at most {length}, but got "
                               f"value {value}{_CHECKED}")
    return offsets


def _primes(targets: Tensor, offsets, target_lengths, blank: int, labels: int):
    """(batch, 2 * max_target_length + 1) extended targets l': blank, l1, blank, l2, ..."""
    data = targets._data.get() if hasattr(targets._data, "get") else targets._data
    flat = np.asarray(data).astype(np.int64).reshape(-1)  # targets.to(kLong)
    longest = int(target_lengths.max()) if target_lengths.size else 0
    states = 2 * longest + 1
    primes = np.full((len(offsets), states), blank, np.int64)
    if longest and flat.size:
        where = offsets[:, None] + np.arange(longest)[None, :]
        labels_at = flat[np.minimum(where, flat.size - 1)]
        primes[:, 1::2] = np.clip(labels_at, 0, labels - 1)  # out-of-range labels: undefined
    return primes


# ---------------------------------------------------------------- the kernels
def _alpha(lp, primes, input_lengths, target_lengths, blank, kind):
    """lp (batch, T, C) -> (neg_log_likelihood (batch,), log_alpha (batch, T, S))."""
    batch, steps, _ = lp.shape
    states = primes.shape[1]
    rows = np.arange(batch)[:, None]
    alpha = np.full((batch, steps, states), -np.inf, kind)
    emit = np.take_along_axis(lp, np.broadcast_to(primes[:, None, :], (batch, steps, states)),
                              axis=2) if steps else np.zeros((batch, 0, states), kind)
    can_skip = np.zeros((batch, states), bool)
    can_skip[:, 2:] = primes[:, :-2] != primes[:, 2:]
    if steps:
        alpha[:, 0, 0] = lp[:, 0, blank]
        has_target = (target_lengths > 0) & (states > 1)
        if states > 1:
            alpha[:, 0, 1] = np.where(has_target, emit[:, 0, 1], -np.inf)
    for t in range(1, steps):
        previous = alpha[:, t - 1]
        la2 = np.full_like(previous, -np.inf)
        la2[:, 1:] = previous[:, :-1]
        la3 = np.full_like(previous, -np.inf)
        la3[:, 2:] = previous[:, :-2]
        la3 = np.where(can_skip, la3, -np.inf).astype(kind)
        top = _running_max(previous, la2, la3)
        top = np.where(top == -np.inf, 0, top).astype(kind)
        active = (t < input_lengths)[:, None]
        value = (_logsumexp3(previous, la2, la3, top, kind) + emit[:, t]).astype(kind)
        alpha[:, t] = np.where(active, value, alpha[:, t])
    nll = np.zeros(batch, kind)
    for b in range(batch):
        length, target = int(input_lengths[b]), int(target_lengths[b])
        if length == 0:
            nll[b] = -(kind(0) if target == 0 else kind(-np.inf))
        elif target == 0:
            nll[b] = -alpha[b, length - 1, 0]
        else:
            l1, l2 = alpha[b, length - 1, 2 * target], alpha[b, length - 1, 2 * target - 1]
            top = l2 if l1 < l2 else l1
            top = kind(0) if top == -np.inf else top
            total = (_exp(l1 - top, kind) + _exp(l2 - top, kind)).astype(kind)
            nll[b] = -kind(_log(total, kind) + top)
    del rows
    return nll, alpha


def _gradient(grad_out, lp, primes, input_lengths, target_lengths, nll, alpha, blank,
              zero_infinity, kind):
    """ATen's ctc_loss_backward_cpu_template on (batch, T, C) arrays."""
    batch, steps, labels = lp.shape
    states = primes.shape[1]
    ends = 2 * target_lengths  # the last state of each item
    position = np.arange(states)[None, :]
    inside = position <= ends[:, None]
    can_skip = np.zeros((batch, states), bool)
    can_skip[:, :-2] = (primes[:, 2:] != primes[:, :-2]) & (position[:, :-2] < ends[:, None] - 1)
    emit = np.take_along_axis(lp, np.broadcast_to(primes[:, None, :], (batch, steps, states)),
                              axis=2) if steps else np.zeros((batch, 0, states), kind)
    beta = np.full((batch, steps, states), -np.inf, kind)
    rows = np.arange(batch)
    for t in range(steps - 1, -1, -1):
        last = t == input_lengths - 1
        if last.any():
            start = np.full((batch, states), -np.inf, kind)
            start[rows, ends] = lp[rows, t, blank]
            final_label = ends - 1
            has = target_lengths > 0
            start[rows[has], final_label[has]] = emit[rows[has], t, final_label[has]]
            beta[last, t] = start[last]
        middle = t < input_lengths - 1
        if middle.any() and t + 1 < steps:
            following = beta[:, t + 1]
            lb2 = np.full_like(following, -np.inf)
            lb2[:, :-1] = following[:, 1:]
            lb2 = np.where(position < ends[:, None], lb2, -np.inf).astype(kind)
            lb3 = np.full_like(following, -np.inf)
            lb3[:, :-2] = following[:, 2:]
            lb3 = np.where(can_skip, lb3, -np.inf).astype(kind)
            top = _running_max(following, lb2, lb3)
            top = np.where(top == -np.inf, 0, top).astype(kind)
            value = (_logsumexp3(following, lb2, lb3, top, kind) + emit[:, t]).astype(kind)
            value = np.where(inside, value, -np.inf).astype(kind)
            beta[middle, t] = value[middle]
    collected = np.full((batch, steps, labels), -np.inf, kind)
    # the last step of each item: assigned (blank first, then the last label)
    for b in range(batch):
        length, end = int(input_lengths[b]), int(ends[b])
        if length > 0:
            t = length - 1
            collected[b, t, blank] = alpha[b, t, end] + beta[b, t, end]
            if end > 0:
                label = primes[b, end - 1]
                collected[b, t, label] = alpha[b, t, end - 1] + beta[b, t, end - 1]
    times = np.arange(steps)[None, :]
    earlier = times < (input_lengths - 1)[:, None]  # (batch, T)
    for s in range(states - 1, -1, -1):
        valid = earlier & (s <= ends)[:, None]
        if not valid.any():
            continue
        label = primes[:, s]  # (batch,)
        current = collected[np.arange(batch)[:, None], times, label[:, None]]
        log_alpha_beta = (alpha[:, :, s] + beta[:, :, s]).astype(kind)
        top = np.where(current < log_alpha_beta, log_alpha_beta, current)  # std::max
        both = (_exp(current - top, kind) + _exp(log_alpha_beta - top, kind)).astype(kind)
        merged = (_log(both, kind) + top).astype(kind)
        merged = np.where(current == -np.inf, log_alpha_beta, merged)
        updated = np.where(valid, merged, current)
        collected[np.arange(batch)[:, None], times, label[:, None]] = updated
    exponent = ((collected + nll[:, None, None]).astype(kind) - lp).astype(kind)
    result = ((_exp(lp, kind) - _exp(exponent, kind)).astype(kind)
              * grad_out[:, None, None]).astype(kind)
    result = np.where(times[:, :, None] < input_lengths[:, None, None], result, 0).astype(kind)
    if zero_infinity:
        result = np.where((nll == np.inf)[:, None, None], 0, result).astype(kind)
    return result


def _ctc(log_probs: Tensor, targets: Tensor, input_lengths, target_lengths, blank: int,
         zero_infinity: bool) -> Tensor:
    """at::_ctc_loss: the per-item negative log likelihood, CtcLossBackward0."""
    offsets = _prepare(log_probs, targets, input_lengths, target_lengths, blank)
    kind = np.dtype(log_probs.dtype.np).type
    data = log_probs._data.get() if hasattr(log_probs._data, "get") else log_probs._data
    lp = np.ascontiguousarray(np.asarray(data).transpose(1, 0, 2))  # (batch, T, C)
    primes = _primes(targets, offsets, target_lengths, blank, lp.shape[2])
    nll, alpha = _alpha(lp, primes, input_lengths, target_lengths, blank, kind)
    xp = log_probs._xp
    result = Tensor._make(xp.asarray(nll), log_probs.dtype)

    def backward(g):
        grad_out = g._data.get() if hasattr(g._data, "get") else np.asarray(g._data)
        grad = _gradient(np.asarray(grad_out, kind).reshape(-1), lp, primes, input_lengths,
                         target_lengths, nll, alpha, blank, zero_infinity, kind)
        gradient = Tensor._make(xp.asarray(np.ascontiguousarray(grad.transpose(1, 0, 2))),
                                log_probs.dtype)
        return (not_implemented(gradient, "_ctc_loss_backward", (g, log_probs)),)

    return record(result, "CtcLossBackward0", (log_probs,), backward)


_REDUCTIONS = ("none", "mean", "elementwise_mean", "sum")


@op("ctc_loss", summary="The connectionist temporal classification loss of log-probabilities "
    "(T, N, C) against unaligned targets.", functional=True, function=False, method=False,
    example="F.ctc_loss(tensor([[[-0.5, -1.]], [[-1., -0.5]]]), tensor([[1]]), [2], [1])")
def ctc_loss(log_probs, targets, input_lengths, target_lengths, blank=0, reduction="mean",
             zero_infinity=False):
    if reduction not in _REDUCTIONS:
        raise ValueError(f"{reduction} is not a valid value for reduction")
    _check_combination(log_probs, targets, input_lengths, target_lengths, blank, zero_infinity)
    inputs = _lengths(input_lengths, "input_lengths", 2)
    lengths = _lengths(target_lengths, "target_lengths", 3)
    if log_probs.numel() == 0:
        raise RuntimeError("log_probs tensor must not be empty")
    batched = log_probs.ndim == 3
    probs = log_probs if batched else log_probs.unsqueeze(1)
    losses = _ctc(probs, targets, inputs, lengths, int(blank), bool(zero_infinity))
    if zero_infinity:
        from .elementwise_math import where  # noqa: PLC0415 - the elementwise ops are loaded

        infinite = Tensor._make(losses._xp.asarray(losses._data == np.inf), dtypes.bool_)
        zero = Tensor._make(losses._xp.zeros((), losses._data.dtype), losses.dtype)
        losses = where(infinite, zero, losses)
    if reduction in ("mean", "elementwise_mean"):
        clamped = Tensor._make(losses._xp.asarray(np.maximum(lengths, 1).astype(
            losses._data.dtype)), losses.dtype)
        return (losses / clamped).mean()
    if reduction == "sum":
        return losses.sum()
    return losses if batched else losses.squeeze(0)
