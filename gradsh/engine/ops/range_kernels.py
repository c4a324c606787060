"""torch.arange's values as ATen's CPU kernel computes them (issue 21).

``arange_kernel`` (aten/src/ATen/native/cpu/RangeFactoriesKernel.cpp) works
in ``acc_type<scalar_t>`` (double for float32 and float64) through
``cpu_serial_kernel_vec``, the AVX2 build (8 float32 / 4 float64 lanes):

* the range is cut into ``at::parallel_for`` chunks (2 threads, ``GRAIN_SIZE``
  32768, chunks of ``ceil(n / threads)``);
* in each chunk, blocks of ``2 * W`` elements take the vector op twice: a
  base ``start + step * idx`` (one fused multiply-add in double, the
  compiler contracts it), converted to the dtype, then lane ``j`` is
  ``base + j * step`` (again one fused multiply-add in double) converted;
* the chunk's last ``n % (2 * W)`` elements take the scalar op,
  ``start + step * idx`` (fused) converted.

float32 results rarely depend on the fusing (double's extra bits hide it,
except where the sum cancels to near zero or sits on a float32 tie), so the
plain double result is kept wherever its error interval rounds to one float32
and only the rest is fused (``_fused_for``); float64 results are fused
throughout. Both checked against PyTorch (800 random ranges, fused and
unfused variants told apart).
"""
from __future__ import annotations

import numpy as np

from ..random.exact import fma64
from .cascade_sum import GRAIN_SIZE, get_threads

_LANES = {np.dtype(np.float32): 8, np.dtype(np.float64): 4}


def _fused_for(a, b, c, work) -> np.ndarray:
    """``fma(a, b, c)`` in double as far as converting to ``work`` can tell: for
    float32 the plain ``a * b + c`` (whose error is under 2 ulp of the product)
    is kept wherever the whole error interval rounds to one float32, and only
    the other elements (cancellation near zero, float32 ties) are fused."""
    a, b, c = np.broadcast_arrays(*(np.asarray(v, dtype=np.float64) for v in (a, b, c)))
    if work == np.float64:
        return fma64(a, b, c)
    product = a * b
    plain = product + c
    error = 2 * np.spacing(np.abs(product))
    unsure = (plain - error).astype(work) != (plain + error).astype(work)
    if unsure.any():
        plain[unsure] = fma64(a[unsure], b[unsure], c[unsure])
    return plain


def _start_plus(start: float, step: float, index: np.ndarray, work) -> np.ndarray:
    """``start + step * index`` in double, fused."""
    return _fused_for(np.float64(step), index.astype(np.float64), np.float64(start), work)


def arange_values(start: float, step: float, count: int, work) -> np.ndarray:
    """``count`` values of arange(start, ..., step) in float32 or float64 ``work``."""
    work = np.dtype(work)
    lanes = _LANES[work]
    out = np.empty(count, dtype=work)
    if count == 0:
        return out
    threads = min(get_threads(), -(-count // GRAIN_SIZE)) if count > GRAIN_SIZE else 1
    chunk = -(-count // threads)
    start, step = float(start), float(step)
    lane = np.arange(lanes, dtype=np.float64)
    with np.errstate(over="ignore", invalid="ignore"):
        for begin in range(0, count, chunk):
            end = min(count, begin + chunk)
            split = begin + (end - begin) - (end - begin) % (2 * lanes)
            bases = _start_plus(start, step, np.arange(begin, split, lanes), work)
            bases = bases.astype(work).astype(np.float64)[:, None]
            values = bases + lane * step  # exact products (j = 0, 1, 2, 4): fused == plain
            for j in (3, 5, 6, 7) if lanes == 8 else (3,):
                values[:, j] = _fused_for(np.float64(j), np.float64(step), bases[:, 0], work)
            out[begin:split] = values.reshape(-1).astype(work)
            out[split:end] = _start_plus(start, step, np.arange(split, end), work).astype(work)
    return out
