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

float32 results do not depend on the fusing (double's extra bits hide it:
300 of 300 random ranges gave the same bits fused and unfused), so they are
computed unfused; float64 ones do, and were checked against PyTorch both ways
(only lane 3's ``3 * step`` is inexact, so only it and the bases need a fused
multiply-add).
"""
from __future__ import annotations

import numpy as np

from ..random.exact import fma64
from .cascade_sum import GRAIN_SIZE, get_threads

_LANES = {np.dtype(np.float32): 8, np.dtype(np.float64): 4}


def _start_plus(start: float, step: float, index: np.ndarray, fused: bool) -> np.ndarray:
    """``start + step * index`` in double, fused or not."""
    index = index.astype(np.float64)
    if fused:
        return fma64(np.float64(step), index, np.float64(start))
    return start + step * index


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
    fused = work == np.float64  # double's extra bits hide the fusing for float32 (above)
    lane = np.arange(lanes, dtype=np.float64)
    with np.errstate(over="ignore", invalid="ignore"):
        for begin in range(0, count, chunk):
            end = min(count, begin + chunk)
            split = begin + (end - begin) - (end - begin) % (2 * lanes)
            bases = _start_plus(start, step, np.arange(begin, split, lanes), fused)
            bases = bases.astype(work).astype(np.float64)[:, None]
            values = bases + lane * step
            if fused:  # lanes 1 and 2: j * step is exact, the fused add a plain one
                values[:, 3] = fma64(np.float64(3.0), np.float64(step), bases[:, 0])
            out[begin:split] = values.reshape(-1).astype(work)
            out[split:end] = _start_plus(start, step, np.arange(split, end), fused).astype(work)
    return out
