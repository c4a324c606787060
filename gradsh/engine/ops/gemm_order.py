"""float32 matrix products in the order PyTorch's CPU build (MKL 2024.2 sgemm, AVX-512) sums.

PyTorch calls column-major ``sgemm`` with its operands swapped, so a
row-major ``(M, K) @ (K, N)`` is BLAS's ``m = N, n = M``. Measured against
PyTorch 2.13 (the same bits for 1 and 2 threads), MKL's kernel, and with it
the order of the sum over K, depends on the shape and on which operand is
transposed (``NN``: both contiguous; ``TN``: the left one a transposed view,
as in ``x.t() @ g``; ``NT``: the right one, as ``nn.Linear``'s
``x @ w.t()``). Where a rule was found to hold for every element it is used
here; elsewhere ``product`` answers None and the caller uses NumPy:

- "fused": N >= 12, M in {4, 8} or M >= 12, K <= 192, any of NN/NT/TN:
  ``acc = fma(a[:, k], b[k, :], acc)`` for k = 0, 1, ..., then ``+ bias``.
- "plain", bias first: NN or TN with N in {2, 3, 4, 8} (any M, any K), or
  M == 1 (N <= 128), or M in {2, 3} with N a multiple of 4 (N <= 128), or
  TN with N == 1: ``acc = bias; acc = acc + a[:, k] * b[k, :]`` (two
  roundings a step, no fma), any K.
- "plain", bias last: NN with N == 1 and K <= 3 (MKL's gemv), NT with
  K <= 3 and N in {1, 2, 3, 4, 8}: ``(a0*b0 + a1*b1) + a2*b2``, then ``+ bias``.

Not covered (NumPy's order, which differs in the last bit now and then):
NT with N < 12 and K > 3 (a 4- or 8-lane dot product whose split depends
on each row's 16-byte alignment), M in {5, 6, 7, 9, 10, 11} with N >= 12,
N in {5, 6, 7, 9, 10, 11}, K > 192 in the fused regime, mv, dot, bmm.
docs/numerics.md has the measurements.
"""
from __future__ import annotations

import numpy as np

from ..random.exact import fma32

FUSED_MAX_K = 192
SMALL_N = (2, 3, 4, 8)
MAX_WORK = 1 << 21  # m * n * k: larger products keep NumPy's speed (and memory)
MAX_FUSED_STEPS = 32  # the fused order costs ~25 us a step; longer sums keep NumPy's speed


def _transposed(array: np.ndarray) -> bool | None:
    """False for a row-major matrix, True for a transposed (column-major) view, None otherwise."""
    if array.flags.c_contiguous:
        return False
    if array.flags.f_contiguous:
        return True
    return None


def rule(m: int, n: int, k: int, trans_a: bool, trans_b: bool):
    """(order, bias) for a row-major (m, k) @ (k, n) product, or None where no rule is known."""
    # k == 1: the sign of a zero differs between MKL's paths; NumPy's product gets it right
    if (trans_a and trans_b) or k == 1:
        return None
    if n >= 12 and (m in (4, 8) or m >= 12) and k <= FUSED_MAX_K:
        return ("fused", "last") if k <= MAX_FUSED_STEPS else None
    if not trans_b:  # NN or TN
        if n in SMALL_N or (m == 1 and n <= 128) or (m in (2, 3) and n % 4 == 0 and n <= 128):
            return "plain", "first"
        if n == 1:
            if trans_a:
                return "plain", "first"
            if k <= 3:
                return "plain", "last"
        return None
    if k <= 3 and n in (1, 2, 3, 4, 8):  # NT
        return "plain", "last"
    return None


def product(a: np.ndarray, b: np.ndarray, bias: np.ndarray | None = None) -> np.ndarray | None:
    """``bias + a @ b`` for 2-D float32 arrays in MKL's order, or None (no rule: use NumPy).

    ``bias`` (float32, broadcastable to the result) is added as ``addmm``
    with beta = alpha = 1 adds it: before the sum or after it, by the rule.
    """
    if a.dtype != np.float32 or b.dtype != np.float32 or a.ndim != 2 or b.ndim != 2:
        return None
    (m, k), n = a.shape, b.shape[1]
    if m == 0 or n == 0 or k == 0 or m * n * k > MAX_WORK:
        return None
    trans_a, trans_b = _transposed(a), _transposed(b)
    if trans_a is None or trans_b is None:
        return None
    found = rule(m, n, k, trans_a, trans_b)
    if found is None:
        return None
    order, bias_at = found
    if bias is not None and bias.dtype != np.float32:
        return None
    start = None
    if bias is not None and bias_at == "first":
        start = np.array(np.broadcast_to(bias, (m, n)), dtype=np.float32)
    if order == "fused":
        result = _fused(a, b, start)
    else:
        result = _plain(a, b, start)
    if bias is not None and bias_at == "last":
        np.add(result, bias, out=result)
    return result


def _plain(a, b, start):
    """Every product rounded, then summed in k order: ``add.accumulate`` is
    sequential by definition (``add.reduce`` may sum pairwise)."""
    (m, k), n = a.shape, b.shape[1]
    terms = np.empty((k + 1, m, n), np.float32)
    terms[0] = 0.0 if start is None else start  # +0 first, as MKL: a sum of -0 products is +0
    np.multiply(a.T[:, :, None], b[:, None, :], out=terms[1:])
    return np.add.accumulate(terms, axis=0)[-1]


def _fused(a, b, start):
    acc = start if start is not None else np.zeros((a.shape[0], b.shape[1]), np.float32)
    for j in range(a.shape[1]):
        acc = fma32(a[:, j:j + 1], b[j:j + 1, :], acc)
    return acc
