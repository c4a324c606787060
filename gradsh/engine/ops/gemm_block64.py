"""float64 products in dgemm's 4 x 12 micro-kernel order (MKL 2024.2, AVX-512).

Measured against PyTorch 2.13 (``dev/matmul_orders.py --classes``): for a
row-major ``(M, K) @ (K, N)`` in NN or TN layout (BLAS sees ``m = N``,
``n = M``), dgemm covers the leading ``4 * (M // 4)`` rows and
``12 * (N // 12)`` columns with its micro-kernel, which starts each output
from C (``+0``, or ``addmm``'s bias copied there) and takes one fused
multiply-add per k: ``acc = fma(a[i, k], b[k, j], acc)``. The rows and
columns left over go to the small-size code, which sums sequentially with
every product rounded (the "plain" order, bias first). The kernel held on
every element of every shape tried: M up to 257, N up to 200, K from 2 to
2000, 1-D, (M, 1) and (M, N) biases; NT (``x @ w.t()``) uses the same
kernel for the block but not the same code around it.
"""
from __future__ import annotations

import numpy as np

from ..random.exact import _round_to_odd, _split, _two_sum, fma64

ROWS, COLS = 4, 12
MAX_K = 256  # a fused step is ~15 NumPy calls; longer sums keep NumPy's speed


def _dekker_safe(a: np.ndarray, b: np.ndarray) -> bool:
    """Every product of an element of ``a`` and one of ``b`` is exact as Dekker
    splits it: finite, below 2^995, and zero or above 2^-969 in magnitude."""
    with np.errstate(invalid="ignore", over="ignore", under="ignore"):
        if not (np.isfinite(a).all() and np.isfinite(b).all()):
            return False
        size_a, size_b = np.abs(a), np.abs(b)
        if max(size_a.max(), size_b.max()) >= 2.0 ** 995:
            return False
        small_a = size_a[size_a > 0].min(initial=np.inf)
        small_b = size_b[size_b > 0].min(initial=np.inf)
        return bool(small_a * small_b > 2.0 ** -969)


def _zero_sign(result: np.ndarray, acc: np.ndarray, product: np.ndarray) -> np.ndarray:
    """An exact zero fma result is +0 unless product and addend are both -0
    (the two-sum above, like fma64, gives +0 there)."""
    zero = result == 0
    if zero.any():
        result = np.array(result)
        result[zero] = np.where((acc == 0) & (product == 0), acc + product, 0.0)[zero]
    return result


def fused64(a: np.ndarray, b: np.ndarray, start: np.ndarray) -> np.ndarray:
    """``acc = start; acc = fma(a[..., :, k], b[..., k, :], acc)`` for k = 0, 1, ...

    A step forms the product and its rounding error (Dekker's split, the
    operands split once), adds the product to the accumulator with Knuth's
    two-sum, the error with round-to-odd, and rounds once, as fma64 does;
    inputs where Dekker's product is not exact (huge, tiny, non-finite) take
    fma64 itself, as do steps whose sum overflows.
    """
    k = a.shape[-1]
    left = np.moveaxis(a, -1, 0)[..., :, None]  # (k, ..., m, 1)
    right = np.moveaxis(b, -2, 0)[..., None, :]  # (k, ..., 1, n)
    acc = np.array(start, dtype=np.float64)
    if not _dekker_safe(a, b):
        with np.errstate(invalid="ignore", over="ignore", under="ignore"):
            for step in range(k):
                acc = _zero_sign(fma64(left[step], right[step], acc), acc,
                                 left[step] * right[step])
        return acc
    left_high, left_low = _split(left)
    right_high, right_low = _split(right)
    product, error, part = (np.empty(acc.shape) for _ in range(3))
    with np.errstate(invalid="ignore", over="ignore"):
        for step in range(k):
            np.multiply(left[step], right[step], out=product)
            np.multiply(left_high[step], right_high[step], out=error)
            error -= product
            np.multiply(left_high[step], right_low[step], out=part)
            error += part
            np.multiply(left_low[step], right_high[step], out=part)
            error += part
            np.multiply(left_low[step], right_low[step], out=part)
            error += part
            high, low = _two_sum(acc, product)
            middle, middle_error = _two_sum(low, error)
            exact = high + _round_to_odd(middle, middle_error)
            if not np.isfinite(exact).all():  # an overflowing sum: fma64's own fallback
                exact = fma64(left[step], right[step], acc)
            acc = _zero_sign(exact, acc, product)
    return acc


def _sequential(a: np.ndarray, b: np.ndarray, start: np.ndarray) -> np.ndarray:
    """``acc = start; acc = acc + round(a[..., :, k] * b[..., k, :])`` in k order."""
    acc = np.array(start, dtype=a.dtype)
    term = np.empty_like(acc)
    for step in range(a.shape[-1]):
        np.multiply(a[..., :, step:step + 1], b[..., step:step + 1, :], out=term)
        acc += term
    return acc


def block(a: np.ndarray, b: np.ndarray, start: np.ndarray | None) -> np.ndarray:
    """``start + a @ b`` (float64, ``(..., m, k) @ (..., k, n)``) as dgemm sums it:
    the 4 x 12 kernel (``fused64``) on the leading full blocks, the plain order
    on the rows and columns left over; ``start`` None is +0."""
    m, n = a.shape[-2], b.shape[-1]
    shape = np.broadcast_shapes(a.shape[:-2], b.shape[:-2]) + (m, n)
    if start is None:
        start = np.zeros(shape, a.dtype)  # +0: a sum of -0 products is +0
    start = np.broadcast_to(start, shape)
    rows, cols = ROWS * (m // ROWS), COLS * (n // COLS)
    out = np.empty(shape, a.dtype)
    if rows and cols:
        out[..., :rows, :cols] = fused64(a[..., :rows, :], b[..., :cols], start[..., :rows, :cols])
    if cols < n:
        out[..., :rows, cols:] = _sequential(a[..., :rows, :], b[..., cols:],
                                             start[..., :rows, cols:])
    if rows < m:
        out[..., rows:, :] = _sequential(a[..., rows:, :], b, start[..., rows:, :])
    return out


def block_nt(a: np.ndarray, b: np.ndarray, bias: np.ndarray | None, dot) -> np.ndarray:
    """``bias + a @ b`` for a float64 NT product (``b`` a transposed view): the
    same 4 x 12 kernel from the bias on the block; the columns left over, 4
    or 8 of them, are MKL's NT dot kernel (``dot(a_rows, b_columns)``, bias
    last: exact); the other rests the plain order with the bias last (the
    nearest natural order: 57-69% there, not exact)."""
    m, n = a.shape[0], b.shape[1]
    rows, cols = ROWS * (m // ROWS), COLS * (n // COLS)
    full = None if bias is None else np.broadcast_to(bias, (m, n))
    start = np.zeros((rows, cols)) if full is None else full[:rows, :cols]
    out = np.empty((m, n), a.dtype)
    out[:rows, :cols] = fused64(a[:rows], b[:, :cols], start)
    if cols < n:
        rest = b[:, cols:]
        out[:rows, cols:] = dot(a[:rows], rest) if n - cols in (4, 8) else \
            _sequential(a[:rows], rest, np.zeros((rows, n - cols)))
    if rows < m:
        out[rows:] = _sequential(a[rows:], b, np.zeros((m - rows, n)))
    if full is not None:
        out[:rows, cols:] += full[:rows, cols:]
        out[rows:] += full[rows:]
    return out
