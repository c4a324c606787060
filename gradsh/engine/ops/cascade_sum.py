"""PyTorch's CPU floating-point sum, bit for bit, on NumPy arrays.

ATen sums floats with ``cascade_sum`` (``aten/src/ATen/native/cpu/SumKernel.cpp``)
driven by a reduction ``TensorIterator`` (``TensorIterator.cpp``,
``TensorIteratorReduce.cpp``).  The order of the additions decides the last
bits, so this module replays that order with whole-array NumPy operations
(loops run over cascade levels, chunk positions and vector lanes, never over
elements).  The pieces, as in ATen:

* the iterator: dimensions sorted fastest first, reduced ones in front
  (``reorder_dimensions``), then merged where strides allow
  (``coalesce_dimensions``); the kernel sees 2-D blocks (dims 0 and 1) and
  every output element starts at 0 and gets each block's result added;
* ``multi_row_sum`` (:func:`_cascade`): a 4-level cascade of running sums
  over chunks of ``2**max(4, ceil_log2(n) // 4)`` rows;
* ``row_sum`` (:func:`_row_sum`): rows split over 4 interleaved cascades
  (``ilp_factor``), then combined;
* the four kernel paths: contiguous inner reduction (vectors of
  :data:`VEC` lanes, AVX512 widths), contiguous outer reduction (blocks of
  4 vectors of columns), and their scalar counterparts;
* threads: with more than one thread and at least ``GRAIN_SIZE`` elements, a
  full reduction is split into per-thread partial sums (``two_pass_reduction``)
  and other reductions split the outermost dimension between threads
  (``parallel_dim_reduction``), which moves column-block boundaries.

See docs/numerics.md ("Sums") for what was measured against PyTorch.
"""
from __future__ import annotations

import numpy as np

from ..numerics import exact

GRAIN_SIZE = 32768  # at::internal::GRAIN_SIZE
# torch.get_num_threads() of the reference PyTorch (2 cores); results of big
# reductions depend on it.  set_threads() changes it (tests, other machines).
_THREADS = [2]
# Vectorized<scalar_t>::size() and Vectorized<acc_t>::size() of the kernel
# PyTorch runs: 256-bit (AVX2) widths, measured, although
# torch.backends.cpu.get_cpu_capability() reports AVX512 on the reference.
VEC = {np.dtype(np.float32): 8, np.dtype(np.float64): 4, np.dtype(np.float16): 16}
VACC = {np.dtype(np.float32): 8, np.dtype(np.float64): 4, np.dtype(np.float16): 8}
ACC = {np.dtype(np.float16): np.dtype(np.float32)}


def set_threads(n: int) -> None:
    _THREADS[0] = max(1, int(n))


def get_threads() -> int:
    return _THREADS[0]


# ------------------------------------------------------------------ kernels
def _work(x: np.ndarray, dtype) -> np.ndarray:
    """``x`` in the accumulation dtype; a traced (object) array stays as it is."""
    return x if x.dtype == object else x.astype(dtype, copy=False)


def _ceil_log2(n: int) -> int:
    return 0 if n <= 1 else (n - 1).bit_length()


def _running(x: np.ndarray, axis: int, zero) -> np.ndarray:
    """0 + x[0] + x[1] + ... along ``axis``, left to right."""
    n = x.shape[axis]
    index = [slice(None)] * x.ndim
    index[axis] = 0
    if n == 0:
        return np.zeros(x.shape[:axis] + x.shape[axis + 1:], dtype=x.dtype)
    if x.size // n > STEP_ELEMENTS and x.dtype != object:
        return _running_in_steps(x, axis, zero)
    total = x[tuple(index)] + zero
    for j in range(1, n):
        index[axis] = j
        total += x[tuple(index)]
    return total


# Elementwise additions over more elements than this run in slices, so that no
# single NumPy call lasts long: Python code runs between two slices, where
# Ctrl-C and --timeout's alarm are handled (issue 19; ``ones(1).expand(10**11)
# .sum()`` made calls of seconds).  Slicing an elementwise step changes no bit.
STEP_ELEMENTS = 1 << 22


def _running_in_steps(x: np.ndarray, axis: int, zero) -> np.ndarray:
    """_running, each addition done slice by slice along the longest other axis."""
    rows = np.moveaxis(x, axis, 0)  # (n, *rest)
    rest = rows.shape[1:]
    along = max(range(len(rest)), key=rest.__getitem__)
    inner = 1
    for d, size in enumerate(rest):
        if d != along:
            inner *= size
    width = max(1, STEP_ELEMENTS // max(inner, 1))
    total = np.empty(rest, dtype=x.dtype)
    cut = [slice(None)] * len(rest)
    for begin in range(0, rest[along], width):
        cut[along] = slice(begin, begin + width)
        part, block = rows[(slice(None), *cut)], total[tuple(cut)]
        np.add(part[0], zero, out=block)
        for j in range(1, rows.shape[0]):
            block += part[j]
    return total


def _cascade(x: np.ndarray) -> np.ndarray:
    """multi_row_sum: x (n, *lanes) summed over axis 0, lane by lane."""
    zero = x.dtype.type(0)
    n = x.shape[0]
    step = 1 << max(4, _ceil_log2(n) // 4)
    items, rest = x, []
    for _ in range(3):  # levels 0..2 flush every `step` items into the next
        groups = items.shape[0] // step
        rest.append(_running(items[groups * step:], 0, zero))
        items = _running(items[:groups * step].reshape((groups, step) + x.shape[1:]), 1, zero)
    total = rest[0] + rest[1]
    total += rest[2]
    total += _running(items, 0, zero)  # level 3 never flushes
    return total


def _row_sum(x: np.ndarray) -> np.ndarray:
    """row_sum: x (n, *lanes); rows 4i+k go to cascade k, the tail to cascade 0."""
    n = x.shape[0]
    n4 = n // 4
    part = _cascade(x[:n4 * 4].reshape((n4, 4) + x.shape[1:]))
    total = part[0]
    for t in range(n4 * 4, n):
        total += x[t]
    for k in range(1, 4):
        total += part[k]
    return total


def _loop2d(x: np.ndarray, s0: int, s1: int, kind: np.dtype) -> np.ndarray:
    """One call of cascade_sum's 2-D loop: x (size0, size1, *lanes), reduced
    over axis 0; ``s0``/``s1`` are the element strides of the two axes and
    ``kind`` the kernel's scalar type.  Returns (size1, *lanes) in acc type."""
    size0, size1 = x.shape[0], x.shape[1]
    vec, vacc = VEC[kind], VACC[kind]
    x = _work(x, ACC.get(kind, kind))
    acc = x.dtype
    if s0 == 1 and size0 >= vec:  # vectorized_inner_sum
        nvec = size0 // vec
        v = x[:nvec * vec].reshape((nvec, vec) + x.shape[1:])
        if vec != vacc:  # float16: load_fp32_from_fp16 gives two halves, added
            v = v.reshape((nvec, 2, vacc) + x.shape[1:])
            v = v[:, 0] + v[:, 1]
        lanes = _row_sum(v)
        total = np.zeros(x.shape[1:], dtype=acc)
        for t in range(nvec * vec, size0):
            total += x[t]
        for k in range(vacc):
            total += lanes[k]
        return total
    if s1 == 1 and size1 >= vec:  # vectorized_outer_sum
        split = size1 // (4 * vacc) * (4 * vacc)
    elif s0 < s1:  # scalar_inner_sum
        split = 0
    else:  # scalar_outer_sum
        split = size1 // 4 * 4
    if split == size1:
        return _cascade(x)
    if split == 0:
        return _row_sum(x)
    return np.concatenate([_cascade(x[:, :split]), _row_sum(x[:, split:])], axis=0)


# ----------------------------------------------------------------- iterator
def reorder(items: list, should_swap) -> list:
    """TensorIterator's ``reorder_dimensions`` sort, in place: from the second
    item on, each moves towards the front while ``should_swap(earlier, it)`` is
    positive, and stops at the first negative answer (0 lets it pass)."""
    for i in range(1, len(items)):
        j = i
        for i0 in range(i - 1, -1, -1):
            c = should_swap(items[i0], items[j])
            if c > 0:
                items[i0], items[j] = items[j], items[i0]
                j = i0
            elif c < 0:
                break
    return items


def _iterator(shape, in_strides, reduced):
    """reorder_dimensions + coalesce_dimensions: [(size, in_stride, out_stride)],
    fastest first.  Size-1 dimensions are dropped first (they coalesce away)."""
    out_shape = [1 if d in reduced else n for d, n in enumerate(shape)]
    out_strides, acc = [0] * len(shape), 1
    for d in reversed(range(len(shape))):
        out_strides[d] = 0 if d in reduced else acc
        acc *= out_shape[d]
    dims = [(shape[d], in_strides[d], out_strides[d]) for d in reversed(range(len(shape)))
            if shape[d] != 1]

    def should_swap(a, b):
        if (a[2] == 0) != (b[2] == 0):  # the output first: reduced dims in front
            return 1 if b[2] == 0 else -1
        for k in (2, 1):
            if a[k] == 0 or b[k] == 0:
                continue
            if a[k] != b[k]:
                return -1 if a[k] < b[k] else 1
            if a[0] > b[0]:
                return 1
        return 0

    reorder(dims, should_swap)
    merged = dims[:1]
    for size, si, so in dims[1:]:
        psize, psi, pso = merged[-1]
        if psize * psi == si and psize * pso == so:
            merged[-1] = (psize * size, psi, pso)
        else:
            merged.append((size, si, so))
    return merged


def _blocks(view, dims, begin, end):
    """serial_for_each over [begin, end) of an all-reduced iterator: the 2-D
    loop calls in order, as (x (size0, size1, *lanes)) arrays."""
    sizes = [d[0] for d in dims]
    d0 = sizes[0]
    d1 = sizes[1] if len(sizes) > 1 else 1
    block = d0 * d1
    offset = begin
    while offset < end:
        v0, v1 = offset % d0, (offset // d0) % d1
        outer = offset // block
        if v0 == 0 and v1 == 0 and end - offset >= block and len(sizes) > 2:
            count = (end - offset) // block
            flat = view.reshape((-1, d1, d0))[outer:outer + count]
            yield flat.transpose(2, 1, 0)  # (d0, d1, count): calls are lanes
            offset += count * block
            continue
        step0, step1 = min(d0 - v0, end - offset), 1
        if step0 == d0:
            step1 = min(d1 - v1, (end - offset) // d0)
        if len(sizes) > 2:
            idx = np.unravel_index(outer, sizes[:1:-1])
            plane = view[idx]
        else:
            plane = view.reshape((d1, d0))
        yield plane[v1:v1 + step1, v0:v0 + step0].T[:, :, None]
        offset += step0 * step1


def _serial_total(view, dims, begin, end, kind):
    """An all-reduced range's result: 0 plus each call's columns, in order."""
    s0 = dims[0][1]
    s1 = dims[1][1] if len(dims) > 1 else 0
    parts = []
    for x in _blocks(view, dims, begin, end):
        c = _loop2d(x, s0, s1, kind)  # (size1, calls)
        parts.append(c.T.reshape(-1))
    seq = np.concatenate(parts)
    acc = seq.dtype.type
    return np.add.accumulate(np.concatenate([[acc(0)], seq]))[-1]


def _full(a, dims, kind):
    """Every dimension reduced: one output element."""
    numel = a.size
    sizes = [d[0] for d in dims]
    view = np.lib.stride_tricks.as_strided(
        a, tuple(reversed(sizes)), tuple(d[1] * a.itemsize for d in reversed(dims)))
    threads = get_threads()
    if numel < GRAIN_SIZE or threads == 1:
        return _serial_total(view, dims, 0, numel, kind)
    # two_pass_reduction: at::parallel_for's static split; each thread sums
    # into its own output-typed buffer, then the buffer is summed.
    nt = min(threads, -(-numel // GRAIN_SIZE))
    chunk = -(-numel // nt)
    partial = np.zeros(threads, dtype=kind)
    for t in range(nt):
        b = t * chunk
        if b < numel:
            partial[t] = _serial_total(view, dims, b, min(numel, b + chunk), kind)
    acc = ACC.get(kind, kind)
    return _row_sum(partial.astype(acc)[:, None])[0] + acc.type(0)


def cascade_sum(a: np.ndarray, dims=None, keepdim: bool = False) -> np.ndarray:
    """torch.sum(a, dims, keepdim) for a float16/32/64 array, as PyTorch's CPU
    kernel computes it; ``dims`` is a tuple of non-negative ints or None."""
    if 0 < a.size < GRAIN_SIZE:
        planned = cascade_plan.planned_sum(a, dims, keepdim)
        if planned is not None:
            return planned
    return _cascade_sum(a, dims, keepdim)


def _prepare(a, dims, keepdim):
    """The reduction iterator's view of ``a``: (a, dims_, r, out_shape, final_shape)."""
    ndim = a.ndim
    reduced = set(range(ndim)) if dims is None else set(dims)
    out_shape = tuple(1 if d in reduced else n for d, n in enumerate(a.shape))
    final_shape = out_shape if keepdim else tuple(
        n for d, n in enumerate(a.shape) if d not in reduced)
    if a.size == 0:
        return a, None, 0, out_shape, final_shape
    if any(s < 0 for s in a.strides) or any(s % a.itemsize for s in a.strides):
        a = np.ascontiguousarray(a)
    strides = [s // a.itemsize if n != 1 else 0 for s, n in zip(a.strides, a.shape)]
    dims_ = _iterator(a.shape, strides, reduced)
    r = sum(1 for d in dims_ if d[2] == 0)
    return a, dims_, r, out_shape, final_shape


def _cascade_sum(a: np.ndarray, dims=None, keepdim: bool = False) -> np.ndarray:
    """cascade_sum without the plan cache (the general path)."""
    kind = a.dtype
    a, dims_, r, out_shape, final_shape = _prepare(a, dims, keepdim)
    if a.size == 0:
        return np.zeros(final_shape, dtype=kind)
    if r == 0:  # nothing really reduced: out = 0 + x
        return (a + kind.type(0)).reshape(final_shape)
    if kind in ACC and r >= 2:
        # should_use_acc_buffer: two reduced dims in one block sum in float32
        return _cascade_sum(a.astype(np.float32), dims, keepdim).astype(kind)
    return np.asarray(_reduce(a, dims_, r, kind, out_shape), dtype=kind).reshape(final_shape)


def _reduce(a, dims_, r, kind, out_shape):
    """The kernel's additions: the sums in the accumulation dtype (or, for a
    traced object array, as expression nodes), in ``out_shape``."""
    work = a.dtype if a.dtype == object else ACC.get(kind, kind)
    if r == len(dims_):
        return np.asarray(_full(a, dims_, kind), dtype=work).reshape(out_shape)
    out = np.zeros(out_shape, dtype=work)
    k = len(dims_)
    sizes = [d[0] for d in dims_]
    view = np.lib.stride_tricks.as_strided(
        a, tuple(reversed(sizes)), tuple(d[1] * a.itemsize for d in reversed(dims_)))
    # x: (d0, d1, d_{k-1}, ..., d2): the kernel's 2-D block first, calls as lanes
    x = view.transpose((k - 1, k - 2) + tuple(range(k - 2))) if k > 1 else view[:, None]
    s0, s1 = dims_[0][1], dims_[1][1] if k > 1 else 0
    keep = [d for d in dims_[r:]]  # non-reduced, fastest first
    target = np.lib.stride_tricks.as_strided(
        out, tuple(d[0] for d in reversed(keep)),
        tuple(d[2] * out.itemsize for d in reversed(keep)))
    if r == 1:
        columns = [(0, sizes[1] if k > 1 else 1)]
        if k == 2 and a.size >= GRAIN_SIZE and get_threads() > 1:
            columns = _thread_columns(sizes[1], s1 == 1, 128 // a.itemsize)
        parts = [_loop2d(x[:, b:e], s0, s1, kind) for b, e in columns]
        c = parts[0] if len(parts) == 1 else np.concatenate(parts, axis=0)
        # c: (d1, d_{k-1}, ..., d2) -> target (d_{k-1}, ..., d2, d1)
        c = np.moveaxis(c, 0, -1) if k > 1 else c.reshape(())
        target[...] = c + c.dtype.type(0)
        return out
    # r >= 2: dims 0..r-1 reduced, each call's columns then the calls (dim 2
    # fastest) add into the output one after another.
    c = _loop2d(x, s0, s1, kind)  # (d1, d_{k-1}, ..., d_r, d_{r-1}, ..., d2)
    nkeep = k - r
    order = tuple(range(1 + nkeep, k - 1)) + (0,) + tuple(range(1, 1 + nkeep))
    seq = c.transpose(order).reshape((-1,) + c.shape[1:1 + nkeep])
    zero = np.zeros((1,) + seq.shape[1:], dtype=seq.dtype)
    total = np.add.accumulate(np.concatenate([zero, seq]), axis=0)[-1]
    target[...] = total
    return out


def _thread_columns(cols: int, contiguous: bool, per_128_bytes: int):
    """parallel_dim_reduction's split of the columns between threads."""
    nt = min(get_threads(), cols)
    chunk = -(-cols // nt)
    ranges = []
    for t in range(nt):
        b, e = t * chunk, min(cols, (t + 1) * chunk)
        if b >= cols:
            continue
        if contiguous:
            b -= b % per_128_bytes
            if e != cols:
                e -= e % per_128_bytes
        if b != e:
            ranges.append((b, e))
    return ranges


# ------------------------------------------------------------- entry points
_FLOATS = (np.dtype(np.float16), np.dtype(np.float32), np.dtype(np.float64))


def torch_sum(xp, a, dims=None, keepdim: bool = False):
    """torch.sum of an array already in the result dtype: PyTorch's order for
    NumPy floats; ``xp.sum`` otherwise (integers are exact, CuPy has its own)."""
    if exact(xp) and a.dtype in _FLOATS:
        return cascade_sum(a, dims, keepdim)
    acc = np.float32 if a.dtype == np.float16 else a.dtype
    return xp.asarray(xp.sum(a, axis=dims, keepdims=keepdim, dtype=acc), dtype=a.dtype)


def torch_mean(xp, a, dims=None, keepdim: bool = False):
    """torch.mean of an array in the result dtype, as ATen's CPU mean_out: the
    sum (float16 in float32), then one division by the count, then the cast."""
    count = 1
    for d, n in enumerate(a.shape):
        if dims is None or d in dims:
            count *= n
    if not exact(xp) or a.dtype not in _FLOATS:
        acc = np.float32 if a.dtype == np.float16 else a.dtype
        with np.errstate(invalid="ignore", divide="ignore"):
            return xp.asarray(xp.mean(a, axis=dims, keepdims=keepdim, dtype=acc), dtype=a.dtype)
    work = a.astype(np.float32) if a.dtype == np.float16 else a
    total = cascade_sum(work, dims, keepdim)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.asarray(total / total.dtype.type(count)).astype(a.dtype, copy=False)


# The traced plans of small sums (cascade_plan.py uses the general path above).
from . import cascade_plan  # noqa: E402
