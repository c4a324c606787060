"""Plans for small float sums: PyTorch's cascade order, traced once per shape.

cascade_sum.py computes a sum in PyTorch's order with Python loops over levels
and chunks; for the small sums of a learner's batch those loops cost more than
the arithmetic. This module traces that general path once per (shape, strides,
dtype, dims, keepdim) and replays the traced additions as a few NumPy calls
(same operands, same order: the same bits).
"""
from __future__ import annotations

import numpy as np

from .cascade_sum import _FLOATS, ACC, GRAIN_SIZE, _cascade_sum, _prepare, _reduce

# Small sums (the sizes of a learner's batch: a bias gradient over 64 rows, a
# 64-element loss mean) spend their time in the Python loops above, not in
# arithmetic.  For them the order of additions is traced once per (shape,
# strides, dtype, dims): the general path runs on an object array of
# expression nodes, and the resulting tree of additions is compiled into
# left-to-right chains (``acc = start; acc = acc + x`` ...), grouped by depth
# and length so that each group is one gather and one ``np.add.accumulate``
# (sequential by definition: out[i] = out[i-1] + in[i]).  The same additions
# of the same operands in the same order: the same bits, NaN payloads and
# signed zeros included.  Only for sizes below GRAIN_SIZE, where the thread
# count plays no part.
PLAN_EAGER_SIZE = 4096  # traced on first use; larger (up to GRAIN_SIZE) on the second
PLAN_CACHE = 1024  # plans kept, at most ...
PLAN_BUDGET = 1 << 21  # ... and value slots in all of them (~20 MB of index arrays)
_PLANS: dict = {}
_PLAN_SLOTS = [0]
_NO_PLAN = object()


class _Node:
    """left + right, traced (the general path's ``+`` on object arrays)."""
    __slots__ = ("left", "right")

    def __init__(self, left, right):
        self.left, self.right = left, right

    def __add__(self, other):
        return _Node(self, other)

    def __radd__(self, other):
        return _Node(other, self)


class _Leaf(_Node):
    """Element ``index`` of the input, C order."""
    __slots__ = ("index",)

    def __init__(self, index):
        self.index = index


class _Plan:
    __slots__ = ("size", "slots", "acc", "kind", "groups", "outputs", "shape")

    def __init__(self, size, slots, acc, kind, groups, outputs, shape):
        self.size, self.slots, self.acc, self.kind = size, slots, acc, kind
        self.groups, self.outputs, self.shape = groups, outputs, shape

    def run(self, a: np.ndarray) -> np.ndarray:
        buf = np.empty(self.slots, self.acc)
        buf[:self.size] = a.reshape(-1)
        buf[self.size] = 0.0
        for index, result in self.groups:
            if index.shape[1] == 1:
                buf[result] = np.add.accumulate(buf[index], axis=0)[-1]
            else:
                # (length, count>1), C-contiguous: NumPy reduces axis 0 row by
                # row (out[j] += x[i, j], i in order); its pairwise summation
                # applies only along an inner loop that is the reduced axis
                buf[result] = np.add.reduce(buf[index], axis=0)
        return buf[self.outputs].astype(self.kind, copy=False).reshape(self.shape)


def _make_plan(a: np.ndarray, dims, keepdim):
    """Trace the general path's additions for ``a``'s shape and strides; _NO_PLAN
    where the path does anything but add (threads, float16's float32 buffer)."""
    kind = a.dtype
    if kind not in _FLOATS or a.size >= GRAIN_SIZE:
        return _NO_PLAN
    norm, dims_, r, out_shape, final_shape = _prepare(a, dims, keepdim)
    if r == 0 or (kind in ACC and r >= 2):
        return _NO_PLAN
    # an object array laid out as ``norm`` is, holding leaves (C-order indices)
    item = norm.itemsize
    offsets = np.zeros(norm.shape, dtype=np.int64)
    for d, (n, st) in enumerate(zip(norm.shape, norm.strides)):
        shape = [1] * norm.ndim
        shape[d] = n
        offsets += (np.arange(n, dtype=np.int64) * (st // item)).reshape(shape)
    span = int(offsets.max()) + 1
    base = np.zeros(span, dtype=object)
    base[offsets.reshape(-1)] = [_Leaf(i) for i in range(norm.size)]
    traced = np.lib.stride_tricks.as_strided(base, norm.shape, tuple(
        (st // item) * base.itemsize for st in norm.strides))
    outputs = list(_reduce(traced, dims_, r, kind, out_shape).reshape(-1))
    acc = ACC.get(kind, kind)
    return _compile(outputs, norm.size, acc, kind, final_shape)


def _compile(outputs, size, acc, kind, shape):
    """Chains of left-deep additions, grouped by (depth, length)."""
    refs: dict = {}
    on_right: set = set()
    nodes, stack, seen = [], [o for o in outputs if type(o) is _Node], set()
    for o in outputs:
        refs[id(o)] = refs.get(id(o), 0) + 1
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        nodes.append(node)
        for child in (node.left, node.right):
            refs[id(child)] = refs.get(id(child), 0) + 1
            if type(child) is _Node:
                stack.append(child)
        on_right.add(id(node.right))

    zero_slot = size
    slot_of: dict = {}
    chains = []  # (slot, operands)
    # a node is inside a chain when its one reference is as a left operand
    inner = {id(node.left) for node in nodes
             if type(node.left) is _Node and refs[id(node.left)] == 1
             and id(node.left) not in on_right}
    heads = [node for node in nodes if id(node) not in inner]
    for node in heads:
        slot_of[id(node)] = size + 1 + len(slot_of)
    for node in heads:
        operands = []
        t = node
        while True:
            operands.append(t.right)
            if type(t.left) is _Node and id(t.left) in inner:
                t = t.left
            else:
                operands.append(t.left)
                break
        operands.reverse()
        chains.append((slot_of[id(node)], operands))

    def slot(v):
        if type(v) is _Leaf:
            return v.index
        if type(v) is _Node:
            return slot_of[id(v)]
        if v == 0 and not isinstance(v, float):
            return zero_slot
        raise TypeError(f"unexpected constant {v!r} in a traced sum")

    depth: dict = {}
    by_slot = {s_: ops for s_, ops in chains}
    for s_, ops in chains:
        todo = [s_]
        while todo:
            cur = todo[-1]
            if cur in depth:
                todo.pop()
                continue
            deps = [slot(v) for v in by_slot[cur] if type(v) is _Node]
            missing = [d for d in deps if d not in depth]
            if missing:
                todo.extend(missing)
                continue
            depth[cur] = 1 + max((depth[d] for d in deps), default=0)
            todo.pop()
    groups: dict = {}
    for s_, ops in chains:
        groups.setdefault((depth[s_], len(ops)), []).append((s_, [slot(v) for v in ops]))
    compiled = []
    for key in sorted(groups):
        members = groups[key]
        index = np.array([m[1] for m in members], dtype=np.intp).T.copy()
        result = np.array([m[0] for m in members], dtype=np.intp)
        compiled.append((index, result))
    out_slots = np.array([slot(o) for o in outputs], dtype=np.intp)
    return _Plan(size, size + 1 + len(slot_of), acc, kind, compiled, out_slots, shape)


def planned_sum(a: np.ndarray, dims, keepdim: bool):
    """The sum from ``a``'s plan (tracing it if due), or None where there is none."""
    key = (a.shape, a.strides, a.dtype, dims if dims is None else tuple(dims), keepdim)
    plan = _PLANS.get(key)
    if plan is None or type(plan) is int:
        # small shapes are traced at once, larger ones (~4 us an element) when seen again
        seen = 1 if plan is None else plan + 1
        if a.size > PLAN_EAGER_SIZE and seen < 2:
            _PLANS[key] = seen
            return _cascade_sum(a, dims, keepdim)
        plan = _make_plan(a, dims, keepdim)
        cost = plan.slots if plan is not _NO_PLAN else 1
        if len(_PLANS) >= PLAN_CACHE or _PLAN_SLOTS[0] + cost > PLAN_BUDGET:
            _PLANS.clear()
            _PLAN_SLOTS[0] = 0
        _PLANS[key] = plan
        _PLAN_SLOTS[0] += cost
    return None if plan is _NO_PLAN else plan.run(a)
