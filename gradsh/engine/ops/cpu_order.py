"""The order PyTorch's CPU kernels leave equal elements in.

``sort(stable=False)`` calls ``std::sort`` (libstdc++'s introsort),
``topk`` calls ``std::partial_sort`` when ``k * 64 <= n`` and
``std::nth_element`` (then ``std::sort`` of the first k - 1) otherwise, and
``kthvalue`` calls ATen's own ``quick_select_template`` (SortingUtils.h).
Each moves (value, index) pairs, so which of several equal values comes
first depends on the algorithm.  Here they are, step for step, on lists of
(key, index) pairs; a row whose values are all distinct gets the same answer
from any sort, so only rows with ties are sent through them.
(``sort`` of a 1-D integer tensor of at least 32768 elements, ascending,
takes fbgemm's radix sort, which is stable.)
"""
from __future__ import annotations

import numpy as np

THRESHOLD = 16  # libstdc++'s _S_threshold
RADIX_MIN = 32768  # at::internal::GRAIN_SIZE


def ascending(a, b) -> bool:
    """ATen's KeyValueCompAsc: NaN after everything."""
    return (a[0] == a[0] and b[0] != b[0]) or a[0] < b[0]


def descending(a, b) -> bool:
    """ATen's KeyValueCompDesc: NaN before everything."""
    return (a[0] != a[0] and b[0] == b[0]) or a[0] > b[0]


# ------------------------------------------------------------ libstdc++
def _lg(n: int) -> int:
    return n.bit_length() - 1


def std_sort(v: list, first: int, last: int, less) -> None:
    if first != last:
        _introsort_loop(v, first, last, _lg(last - first) * 2, less)
        _final_insertion_sort(v, first, last, less)


def _introsort_loop(v, first, last, depth, less):
    while last - first > THRESHOLD:
        if depth == 0:
            partial_sort(v, first, last, last, less)
            return
        depth -= 1
        cut = _partition_pivot(v, first, last, less)
        _introsort_loop(v, cut, last, depth, less)
        last = cut


def _partition_pivot(v, first, last, less):
    middle = first + (last - first) // 2
    _median_to_first(v, first, first + 1, middle, last - 1, less)
    return _unguarded_partition(v, first + 1, last, first, less)


def _median_to_first(v, result, a, b, c, less):
    if less(v[a], v[b]):
        pick = b if less(v[b], v[c]) else (c if less(v[a], v[c]) else a)
    elif less(v[a], v[c]):
        pick = a
    else:
        pick = c if less(v[b], v[c]) else b
    v[result], v[pick] = v[pick], v[result]


def _unguarded_partition(v, first, last, pivot, less):
    while True:
        while less(v[first], v[pivot]):
            first += 1
        last -= 1
        while less(v[pivot], v[last]):
            last -= 1
        if not first < last:
            return first
        v[first], v[last] = v[last], v[first]
        first += 1


def _final_insertion_sort(v, first, last, less):
    if last - first > THRESHOLD:
        _insertion_sort(v, first, first + THRESHOLD, less)
        for i in range(first + THRESHOLD, last):
            _linear_insert(v, i, less)
    else:
        _insertion_sort(v, first, last, less)


def _insertion_sort(v, first, last, less):
    for i in range(first + 1, last):
        if less(v[i], v[first]):
            value = v[i]
            v[first + 1:i + 1] = v[first:i]
            v[first] = value
        else:
            _linear_insert(v, i, less)


def _linear_insert(v, last, less):
    value = v[last]
    before = last - 1
    while less(value, v[before]):
        v[last] = v[before]
        last, before = before, before - 1
    v[last] = value


def _adjust_heap(v, first, hole, length, value, less):
    top = child = hole
    while child < (length - 1) // 2:
        child = 2 * (child + 1)
        if less(v[first + child], v[first + child - 1]):
            child -= 1
        v[first + hole] = v[first + child]
        hole = child
    if length % 2 == 0 and child == (length - 2) // 2:
        child = 2 * (child + 1)
        v[first + hole] = v[first + child - 1]
        hole = child - 1
    parent = (hole - 1) // 2
    while hole > top and less(v[first + parent], value):
        v[first + hole] = v[first + parent]
        hole, parent = parent, (parent - 1) // 2
    v[first + hole] = value


def _make_heap(v, first, last, less):
    length = last - first
    if length < 2:
        return
    for parent in range((length - 2) // 2, -1, -1):
        _adjust_heap(v, first, parent, length, v[first + parent], less)


def _pop_heap(v, first, last, result, less):
    value = v[result]
    v[result] = v[first]
    _adjust_heap(v, first, 0, last - first, value, less)


def _heap_select(v, first, middle, last, less):
    _make_heap(v, first, middle, less)
    for i in range(middle, last):
        if less(v[i], v[first]):
            _pop_heap(v, first, middle, i, less)


def partial_sort(v: list, first: int, middle: int, last: int, less) -> None:
    _heap_select(v, first, middle, last, less)
    while middle - first > 1:
        middle -= 1
        _pop_heap(v, first, middle, middle, less)


def nth_element(v: list, first: int, nth: int, last: int, less) -> None:
    if first == last or nth == last:
        return
    depth = _lg(last - first) * 2
    while last - first > 3:
        if depth == 0:
            _heap_select(v, first, nth + 1, last, less)
            v[first], v[nth] = v[nth], v[first]
            return
        depth -= 1
        cut = _partition_pivot(v, first, last, less)
        if cut <= nth:
            first = cut
        else:
            last = cut
    _insertion_sort(v, first, last, less)


# ------------------------------------------------------------ ATen's quick select
def quick_select(v: list, k: int, greater) -> None:
    """quick_select_template: v[k] ends where a sort by ``greater`` reversed puts it."""
    low, high = 0, len(v) - 1
    while True:
        if high <= low:
            return
        if high == low + 1:
            if greater(v[low], v[high]):
                v[low], v[high] = v[high], v[low]
            return
        middle = low + (high - low) // 2
        v[middle], v[low + 1] = v[low + 1], v[middle]
        if greater(v[low + 1], v[high]):
            v[low + 1], v[high] = v[high], v[low + 1]
        if greater(v[low], v[high]):
            v[low], v[high] = v[high], v[low]
        if greater(v[low + 1], v[low]):
            v[low + 1], v[low] = v[low], v[low + 1]
        i, j, pivot = low + 1, high, v[low]
        while True:
            i += 1
            while greater(pivot, v[i]):
                i += 1
            j -= 1
            while greater(v[j], pivot):
                j -= 1
            if j < i:
                break
            v[i], v[j] = v[j], v[i]
        v[low], v[j] = v[j], v[low]
        if j <= k:
            low = i
        if j >= k:
            high = j - 1


# ------------------------------------------------------------ on arrays
def stable_order(data: np.ndarray, axis: int, descending_order: bool) -> np.ndarray:
    """A stable argsort with NaN largest (first when descending)."""
    if not descending_order:
        return np.argsort(data, axis=axis, kind="stable")
    n = data.shape[axis]
    order = np.argsort(np.flip(data, axis=axis), axis=axis, kind="stable")
    return (n - 1) - np.flip(order, axis=axis)


def _tied_rows(data: np.ndarray, order: np.ndarray) -> np.ndarray:
    """Row numbers (of data moved to (rows, n)) with two equal values or two NaNs."""
    ordered = np.take_along_axis(data, order, -1)
    same = ordered[:, 1:] == ordered[:, :-1]
    if data.dtype.kind in "fc":
        same |= np.isnan(ordered[:, 1:]) & np.isnan(ordered[:, :-1])
    return np.flatnonzero(same.any(axis=1))


def _rows(data: np.ndarray, axis: int) -> np.ndarray:
    moved = np.moveaxis(data, axis, -1)
    return moved.reshape(-1, moved.shape[-1]) if moved.size else moved.reshape(0, 0)


def _unrows(rows: np.ndarray, data_shape: tuple, axis: int, width: int) -> np.ndarray:
    moved = tuple(s for d, s in enumerate(data_shape) if d != axis) + (width,)
    return np.moveaxis(rows.reshape(moved), -1, axis)


def _pairs(row: np.ndarray) -> list:
    return list(zip(row.tolist(), range(row.size)))


def sort_order(data, axis: int, descending_order: bool, stable: bool) -> np.ndarray:
    """The indices PyTorch's CPU sort returns along ``axis``."""
    order = stable_order(data, axis, descending_order)
    if stable or not isinstance(data, np.ndarray) or data.shape[axis] <= 1:
        return order
    if (data.ndim == 1 and not descending_order and data.dtype.kind in "iu"
            and data.size >= RADIX_MIN):
        return order  # fbgemm's radix sort
    rows, row_order = _rows(data, axis), _rows(order, axis).copy()
    less = descending if descending_order else ascending
    for r in _tied_rows(rows, row_order):
        pairs = _pairs(rows[r])
        std_sort(pairs, 0, len(pairs), less)
        row_order[r] = [index for _, index in pairs]
    return _unrows(row_order, data.shape, axis, data.shape[axis])


def topk_order(data, axis: int, k: int, largest: bool, sorted_: bool) -> np.ndarray:
    """The k indices PyTorch's CPU topk returns along ``axis``."""
    order = stable_order(data, axis, largest)
    n = data.shape[axis]
    if not isinstance(data, np.ndarray) or k == 0 or n <= 1:
        return np.take(order, range(k), axis=axis)
    rows, row_order = _rows(data, axis), _rows(order, axis)[:, :k].copy()
    less = descending if largest else ascending
    for r in _tied_rows(rows, _rows(order, axis)):
        pairs = _pairs(rows[r])
        if k * 64 <= n:
            partial_sort(pairs, 0, k, n, less)
        else:
            nth_element(pairs, 0, k - 1, n, less)
            if sorted_:
                std_sort(pairs, 0, k - 1, less)
        row_order[r] = [index for _, index in pairs[:k]]
    return _unrows(row_order, data.shape, axis, k)


def kth_order(data, axis: int, k: int) -> np.ndarray:
    """The index of the k-th smallest (1-based) along ``axis``, kept as a size-1 axis."""
    order = stable_order(data, axis, False)
    if not isinstance(data, np.ndarray):
        return np.take(order, [k - 1], axis=axis)
    rows, all_order = _rows(data, axis), _rows(order, axis)
    picked = all_order[:, k - 1:k].copy()
    for r in _tied_rows(rows, all_order):
        pairs = _pairs(rows[r])
        quick_select(pairs, k - 1, descending)  # ATen's gt_or_nan is KeyValueCompDesc's test
        picked[r, 0] = pairs[k - 1][1]
    return _unrows(picked, data.shape, axis, 1)


def nanmedian_all_nan_index(n: int) -> int:
    """Where nth_element(first, first, last) leaves index 0..n-1 when all are NaN
    (nanmedian's comparator then holds every pair equivalent)."""
    pairs = [(0, index) for index in range(n)]
    nth_element(pairs, 0, 0, n, lambda a, b: False)
    return pairs[0][1]
