"""Matrix products in the order PyTorch's CPU build (MKL 2024.2 sgemm/dgemm, AVX-512) sums.

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

- "dot": NT with N in {2, 3, 4, 8} (float64: {4, 8}), M >= 2, 3 < K <= 192:
  MKL's dot kernel, 8 lanes (N = 2, 3), 4 (N = 4, 8) or 2 (float64) after
  each row's 16-byte aligned head (``_dot``), bias last.

Not covered (NumPy's order, which differs in the last bit now and then):
NT with other N < 12 and K > 3, M in {5, 6, 7, 9, 10, 11} with N >= 12,
N in {5, 6, 7, 9, 10, 11}, K > 192 in the fused regime, mv, dot.

float64 (dgemm, measured on every shape with M, N, K in 1..13 and 16; K == 1
keeps NumPy's): "block", bias first, for NN/TN with N >= 12 and M >= 4
(K <= 256): the 4 x 12 fma kernel on the full blocks, "plain" on the rest
(``gemm_block64``); "plain", bias first, for NN/TN with N in {2, 4, 6, 8}, or
M == 1, or N in {3, 5, 7, 9} and K <= 7, or N == 1 and K <= 4, or TN with
N == 1 (any K; NN with N == 1 and M > 1 adds the bias last); NT with K <= 3
and N <= 11 (or M == 1): "plain", bias last.

bmm (``batched``): below 400 multiply-adds a batch (``K * M * N < 400``)
ATen's own loop, ``baddbmm_cpu_kernel``: the plain order from 0 (measured:
every shape with M, N, K <= 16 below 400); larger ones are the per-batch mm.
Elsewhere, for K <= 16, ``nearest`` picks the natural order that matched
most elements (not bit-exact everywhere; see its docstring).
docs/numerics.md has the measurements (``dev/matmul_orders.py``).
"""
from __future__ import annotations

import threading

import numpy as np

from .. import numerics
from . import gemm_block64
from ..random.exact import _fma32_exact, fma32

FUSED_MAX_K = 192
SMALL_N = (2, 3, 4, 8)
MAX_WORK = 1 << 21  # m * n * k: larger products keep NumPy's speed (and memory)
MAX_FUSED_STEPS = 32  # ~2-4 us a fused step (more on big M*N); longer sums keep NumPy's speed


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


def rule64(m: int, n: int, k: int, trans_a: bool, trans_b: bool):
    """(order, bias) for a float64 row-major (m, k) @ (k, n), or None (dgemm, measured)."""
    if (trans_a and trans_b) or k == 1:
        return None
    if not trans_b:  # NN or TN
        if n >= gemm_block64.COLS and m >= gemm_block64.ROWS:
            return ("block", "first") if k <= gemm_block64.MAX_K else None
        if n in (2, 4, 6, 8) or m == 1 or (n in (3, 5, 7, 9) and k <= 7) or \
                (n == 1 and (k <= 4 or trans_a)):
            return "plain", "last" if n == 1 and m > 1 and not trans_a else "first"
        return None
    if k <= 3 and (n <= 11 or m == 1):  # NT
        return "plain", "last"
    return None


NEAREST_MAX_K = 16


def nearest(m: int, n: int, k: int, trans_a: bool, trans_b: bool, double: bool = False):
    """No exact rule: the natural order that matched the most elements
    (dev/matmul_orders.py, M, N, K <= 16): plain sequential where N <= 11 or
    M <= 3 (94-100% of the elements for NN/TN/addmm, 44-82% for NT, against
    30-75% for NumPy's order), up to K = 16 (at K = 100 or 784 NumPy's order
    matched more); otherwise None (NumPy: 86-100% there). float64 NN with
    N == 1 (M > 1, K > 4: dgemv's dot kernel, not modelled) adds addmm's
    bias last: 53-70% of the elements against 33-46% for the bias first."""
    if (trans_a and trans_b) or k == 1 or k > NEAREST_MAX_K or not (n <= 11 or m <= 3):
        return None
    last = trans_b or (double and n == 1 and m > 1 and not trans_a)
    return "plain", "last" if last else "first"


# NT: N -> lanes of MKL's dot kernel (float32; float64: N in {4, 8}, 2 lanes)
DOT_N = {np.dtype(np.float32): {2: 8, 3: 8, 4: 4, 8: 4}, np.dtype(np.float64): {4: 2, 8: 2}}
DOT_MAX_K = 192


def _dot(a: np.ndarray, w: np.ndarray, offset: int) -> np.ndarray:
    """NT with N in ``DOT_N``, M >= 2, K > 3: each output is a dot product of a
    row of ``a`` and a row of ``w`` (= b.T), products rounded, no fma. The
    row of ``a`` is aligned at 16 bytes first (``A`` = 4 float32 or 2 float64
    elements): its first ``(A - (offset + i*K) % A) % A`` terms go
    sequentially into lane 0, then blocks of ``L`` lanes (``DOT_N``)
    accumulate lane-wise, the lanes are added as ``l0+l1`` (2),
    ``(l0+l2)+(l1+l3)`` (4) or ``((l0+l4)+(l2+l6))+((l1+l5)+(l3+l7))`` (8), then
    the tail one by one; with fewer than ``L`` terms after the head the whole
    sum is sequential. ``offset``: the element offset of ``a`` in a 64-byte
    aligned allocation (PyTorch's; 0 for a fresh tensor)."""
    (m, k), n = a.shape, w.shape[0]
    lanes = DOT_N[a.dtype][n]
    align = 16 // a.itemsize
    out = np.empty((m, n), a.dtype)
    heads = (align - (offset + np.arange(m) * k) % align) % align
    for head in range(align):
        rows = np.flatnonzero(heads == head)
        if rows.size == 0:
            continue
        terms = a[rows][:, None, :] * w[None, :, :]  # (rows, n, k), each product rounded
        if k - head < lanes:
            head = k
        total = np.zeros((rows.size, n), a.dtype)
        for t in range(head):
            total += terms[:, :, t]
        full = (k - head) // lanes * lanes
        if full:
            acc = np.zeros((rows.size, n, lanes), a.dtype)
            acc[:, :, 0] = total
            for begin in range(head, head + full, lanes):
                acc += terms[:, :, begin:begin + lanes]
            if lanes == 2:
                total = acc[:, :, 0] + acc[:, :, 1]
            elif lanes == 4:
                total = (acc[:, :, 0] + acc[:, :, 2]) + (acc[:, :, 1] + acc[:, :, 3])
            else:
                total = ((acc[:, :, 0] + acc[:, :, 4]) + (acc[:, :, 2] + acc[:, :, 6])) + \
                    ((acc[:, :, 1] + acc[:, :, 5]) + (acc[:, :, 3] + acc[:, :, 7]))
        for t in range(head + full, k):
            total = total + terms[:, :, t]
        out[rows] = total
    return out


def choose(m: int, n: int, k: int, trans_a: bool, trans_b: bool, dtype):
    """``product``'s (order, bias) for a shape and layout, or None (NumPy):
    an exact rule, the NT dot kernel, float64 NT's block kernel, else the
    nearest natural order."""
    dtype = np.dtype(dtype)
    found = (rule if dtype == np.float32 else rule64)(m, n, k, trans_a, trans_b)
    if found is None and trans_b and not trans_a and n in DOT_N[dtype] and m >= 2 and \
            3 < k <= DOT_MAX_K:
        found = ("dot", "last")
    if found is None and dtype == np.float64 and trans_b and not trans_a and 1 < k <= \
            gemm_block64.MAX_K and n >= gemm_block64.COLS and m >= gemm_block64.ROWS:
        found = ("block_nt", "inside")  # the block exact, part of the rest (gemm_block64)
    return found or nearest(m, n, k, trans_a, trans_b, dtype == np.float64)


def product(a: np.ndarray, b: np.ndarray, bias: np.ndarray | None = None,
            offset: int = 0) -> np.ndarray | None:
    """``bias + a @ b`` for 2-D float32/float64 arrays in MKL's order, or None (no
    rule: use NumPy).

    ``bias`` (float32, broadcastable to the result) is added as ``addmm``
    with beta = alpha = 1 adds it: before the sum or after it, by the rule.
    None under ``:set numerics fast``.
    """
    if not numerics.exact():
        return None
    if a.dtype != b.dtype or a.dtype not in (np.float32, np.float64) or a.ndim != 2 or \
            b.ndim != 2:
        return None
    (m, k), n = a.shape, b.shape[1]
    if m == 0 or n == 0 or k == 0 or m * n * k > MAX_WORK:
        return None
    trans_a, trans_b = _transposed(a), _transposed(b)
    if trans_a is None or trans_b is None:
        return None
    found = choose(m, n, k, trans_a, trans_b, a.dtype)
    if found is None:
        return None
    order, bias_at = found
    if bias is not None and bias.dtype != a.dtype:
        return None
    start = None
    if bias is not None and bias_at == "first":
        start = np.array(np.broadcast_to(bias, (m, n)), dtype=a.dtype)
    if order == "dot":
        result = _dot(a, np.ascontiguousarray(b.T), offset)
    elif order == "block":
        result = gemm_block64.block(a, b, start)
    elif order == "block_nt":
        return gemm_block64.block_nt(
            a, b, bias, lambda x, y: _dot(x, np.ascontiguousarray(y.T), offset))
    elif order == "fused":
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
    terms = np.empty((k + 1, m, n), a.dtype)
    terms[0] = 0.0 if start is None else start  # +0 first, as MKL: a sum of -0 products is +0
    np.multiply(a.T[:, :, None], b[:, None, :], out=terms[1:])
    return np.add.accumulate(terms, axis=0)[-1]


BMM_OWN_LOOP = 400  # ATen's bmm: K * M * N below this runs baddbmm_cpu_kernel


def batched(a: np.ndarray, b: np.ndarray) -> np.ndarray | None:
    """``a @ b`` for 3-D float32/float64 arrays (b, m, k) @ (b, k, n) as PyTorch's
    CPU bmm sums, or None (use NumPy): ATen's own loop (plain order from 0, no
    fma) below ``BMM_OWN_LOOP`` multiply-adds a batch, else the per-batch mm
    where a rule above is known for it (the plain ones vectorised over the
    batches; the fused one batch by batch, for up to ``FUSED_BATCHES``)."""
    if not numerics.exact() or a.dtype != b.dtype or a.dtype not in (np.float32, np.float64):
        return None
    if a.ndim != 3 or b.ndim != 3 or a.shape[0] != b.shape[0] or 0 in a.shape + b.shape:
        return None
    (count, m, k), n = a.shape, b.shape[2]
    if k * m * n >= BMM_OWN_LOOP:
        trans_a, trans_b = _transposed(a[0]), _transposed(b[0])
        if trans_a is None or trans_b is None or m * n * k > MAX_WORK:
            return None
        found = (rule if a.dtype == np.float32 else rule64)(m, n, k, trans_a, trans_b) or \
            nearest(m, n, k, trans_a, trans_b)
        if found is None:
            return None
        if found[0] == "fused":
            if count > FUSED_BATCHES:
                return None
            return np.stack([_fused(x, y, None) for x, y in zip(a, b)])
        if found[0] == "block":  # in chunks of batches, for the scratch memory
            step = max(1, MAX_WORK // (m * n * k))
            return np.concatenate([gemm_block64.block(a[i:i + step], b[i:i + step], None)
                                   for i in range(0, count, step)])
    acc = np.zeros((count, m, n), a.dtype)  # +0 first: a sum of -0 products is +0
    term = np.empty_like(acc)
    columns = np.ascontiguousarray(np.moveaxis(a, 2, 0))[:, :, :, None]  # (k, count, m, 1)
    rows = np.ascontiguousarray(np.moveaxis(b, 1, 0))[:, :, None, :]  # (k, count, 1, n)
    for j in range(k):  # acc + round(a_j * b_j), step after step, every batch at once
        np.multiply(columns[j], rows[j], out=term)
        acc += term
    return acc


FUSED_BATCHES = 32


_BLOCK = 1 << 16  # products per block: 512 KiB of float64 scratch, kept between calls
_SCRATCH = threading.local()
_SHIFT = np.uint64(35)
_INT64_MIN = np.iinfo(np.int64).min


def _scratch(products: int, accs: int):
    """Reused float64 / float32 buffers (fresh pages cost more than the arithmetic here)."""
    have = getattr(_SCRATCH, "buffers", None)
    if have is None or have[0].size < products or have[1].size < accs:
        have = (np.empty(max(products, _BLOCK)), np.empty(max(accs, _BLOCK + 4096), np.float32))
        if have[0].size <= 4 * _BLOCK:
            _SCRATCH.buffers = have
    return have


def _fused(a, b, start):
    """``acc = fma(a[:, k], b[k, :], acc)`` for k = 0, 1, ..., as ``_fused_reference``
    (one fma32 call a step) computes it, bit for bit, with the work moved out of the loop.

    Every product ``a[i, k] * b[k, j]`` is exact in float64, so a block of them is
    formed in one multiplication; a step is then the float64 sum of product and
    accumulator (kept) and its rounding to float32 (the next accumulator). That
    is fma's rounding except where the float64 sum sits exactly on a float32
    midpoint (a double-rounding tie: its low 29 bits are 1 followed by zeros).
    The kept sums of all steps are tested at once (shifted left by 35 bits, a
    tie is INT64_MIN, so one ``min``); the first step with a tie has those
    elements redone exactly (fma32's round-to-odd path) and the steps after it
    run again. The accumulator is laid out with the longer of M and N
    innermost and processed in blocks of rows, in reused scratch buffers.
    """
    m, k = a.shape
    n = b.shape[1]
    a64t = np.array(a.T, dtype=np.float64, order="C")  # (k, m)
    b64 = np.array(b, dtype=np.float64, order="C")  # (k, n)
    flip = m > n  # accumulator (n, m): the inner loops run over the longer side
    rows, cols = (n, m) if flip else (m, n)
    if flip:
        left, right = a64t[:, None, :], b64[:, :, None]  # (k, 1, m), (k, n, 1)
    else:
        left, right = a64t[:, :, None], b64[:, None, :]  # (k, m, 1), (k, 1, n)
    init = None if start is None else (start.T if flip else start)
    result = np.empty((rows, cols), np.float32)
    width = max(1, min(rows, _BLOCK // (k * cols)))
    pbuf, abuf = _scratch(k * width * cols, (k + 1) * width * cols)
    for r0 in range(0, rows, width):
        r1 = min(rows, r0 + width)
        w = r1 - r0
        sums = pbuf[:k * w * cols].reshape(k, w, cols)
        accs = abuf[:(k + 1) * w * cols].reshape(k + 1, w, cols)
        if flip:
            lb, rb = left, right[:, r0:r1]
        else:
            lb, rb = left[:, r0:r1], right
        np.multiply(lb, rb, out=sums)
        if init is None:
            accs[0] = 0.0
        else:
            accs[0] = init[r0:r1]
        first = 0
        while first < k:
            for j in range(first, k):
                np.add(sums[j], accs[j], out=sums[j])
                np.copyto(accs[j + 1], sums[j], casting="unsafe")
            bits = sums[first:].view(np.uint64)
            np.left_shift(bits, _SHIFT, out=bits)
            if bits.view(np.int64).min() != _INT64_MIN:
                break
            ties = bits.view(np.int64) == _INT64_MIN
            step = first + int(np.argmax(ties.reshape(k - first, -1).any(axis=1)))
            ri, ci = np.nonzero(ties[step - first])
            if flip:
                fa, fb = a64t[step, ci], b64[step, ri + r0]
            else:
                fa, fb = a64t[step, ri + r0], b64[step, ci]
            accs[step + 1][ri, ci] = _fma32_exact(fa, fb, accs[step][ri, ci].astype(np.float64))
            first = step + 1
            if first < k:
                np.multiply(lb[first:], rb[first:], out=sums[first:])
        result[r0:r1] = accs[k]
    return result.T.copy() if flip else result


def _fused_reference(a, b, start):
    """The fused order one fma32 call per step (the definition ``_fused`` follows)."""
    acc = start if start is not None else np.zeros((a.shape[0], b.shape[1]), np.float32)
    for j in range(a.shape[1]):
        acc = fma32(a[:, j:j + 1], b[j:j + 1, :], acc)
    return acc
