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

float32 results do not depend on the fusing (double's extra bits hide it);
float64 ones do, and were checked against PyTorch both ways.
"""
from __future__ import annotations

import numpy as np

from ..random.exact import fma64
from .cascade_sum import GRAIN_SIZE, get_threads

_LANES = {np.dtype(np.float32): 8, np.dtype(np.float64): 4}


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
    index = np.arange(count, dtype=np.int64)
    offset = index % chunk  # position within the parallel chunk
    chunk_len = np.minimum(chunk, count - (index - offset))
    vector = offset < chunk_len - chunk_len % (2 * lanes)
    lane = np.where(vector, offset % lanes, 0)
    base_index = (index - lane).astype(np.float64)
    with np.errstate(over="ignore", invalid="ignore"):
        base = fma64(np.float64(step), base_index, np.float64(start))
        base = base.astype(work).astype(np.float64)
        values = fma64(lane.astype(np.float64), np.float64(step), base)
        out[...] = values.astype(work)
    return out
