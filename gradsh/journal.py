"""The undo journal of atomic statements (SPEC §7): what a failing top-level
statement changed, recorded as it changes, so that it can be put back.

``JOURNAL[0]`` is the journal of the statement running (None: nothing is
journaled, e.g. outside the interpreter).  The write points of the engine
(in-place tensor writes, ``.grad`` / ``requires_grad`` / history changes,
gradient accumulation, the global settings) check it -- one list read when
nothing is journaled -- and record the old state before their first change
in the statement; the language layer (gradsh/lang/atomic.py) records
bindings, attributes and items the same way.  Undoing runs the records in
reverse order, so each one restores the state that was current when it was
taken, and the first record of a thing wins.

This module sits outside the engine and the language layer so that both can
import it without loading the other (it imports nothing heavy).
"""
from __future__ import annotations

import operator
import sys
from collections import OrderedDict
from typing import Any, Callable

JOURNAL: list = [None]

MISSING = object()  # "there was no such binding / attribute / key"

# The tensor slots that make its autograd identity (restored together).
_TENSOR_SLOTS = ("_data", "dtype", "_requires_grad", "_grad", "grad_fn", "_output_nr",
                 "_version", "_base", "_retains_grad", "_accumulator", "_hooks", "_grad_dtype")


_tensor_state = operator.attrgetter(*_TENSOR_SLOTS)

# What one record costs in Python objects, counted with the undo copies against
# the memory limit, so that a statement cannot keep millions of temporaries alive.
RECORD_BYTES = 200


def _restore_tensor(tensor: Any, state: tuple, version: int) -> None:
    for slot, value in zip(_TENSOR_SLOTS, state):
        if value is not MISSING:
            object.__setattr__(tensor, slot, value)
    if version is not None:
        state[6].value = version  # the version counter as it was (see docs/safety.md)


def _restore_version(counter: Any, value: int) -> None:
    counter.value = value


def _restore_data(array: Any, saved: Any) -> None:
    array[...] = saved


class Journal:
    """The undo records of one statement."""

    __slots__ = ("undo", "_seen", "_tensors", "_arrays", "nbytes", "_checked", "counts")

    def __init__(self) -> None:
        self.undo: list = []  # (function, args), in the order the changes happened
        self._seen: set = set()  # keys of what has its first record already
        self._tensors: set = set()  # ids of the tensors whose state is kept
        self._arrays: set = set()  # ids of the arrays whose memory is copied
        self.nbytes = 0  # bytes held by undo copies of tensor storage (and records)
        self._checked = 0  # nbytes when last checked against the memory limit
        self.counts: dict = {}  # small records per container (gradsh/lang/atomic.py)

    def add(self, function: Callable, *args: Any) -> None:
        self.undo.append((function, args))

    def once(self, key: Any, function: Callable, *args: Any) -> None:
        """Record ``function(*args)`` unless ``key`` has a record in this statement."""
        if key not in self._seen:
            self._seen.add(key)
            self.undo.append((function, args))

    def fresh(self, key: Any) -> bool:
        """True (and ``key`` marked) the first time ``key`` is asked about."""
        if key in self._seen:
            return False
        self._seen.add(key)
        return True

    # ------------------------------------------------------------ tensors
    def tensor(self, tensor: Any) -> None:
        """Before a change of ``tensor``'s grad, requires_grad, history, data or
        dtype: keep them (by reference) and its version."""
        key = id(tensor)
        if key in self._tensors:
            return
        self._tensors.add(key)
        try:
            state = _tensor_state(tensor)
        except AttributeError:  # a slot never set
            state = tuple(getattr(tensor, slot, MISSING) for slot in _TENSOR_SLOTS)
        version = getattr(state[6], "value", None)
        self.undo.append((_restore_tensor, (tensor, state, version)))
        self.account(RECORD_BYTES)

    def storage(self, tensor: Any, history: bool = True) -> None:
        """Before an in-place write into ``tensor``'s memory: a copy of that
        memory's whole array (once per array and statement, counted against
        the memory limit) and the version counter's value; with ``history``
        (the write may record autograd history: the tensor or the value
        written requires grad), also the tensor's state and its base's, whose
        history a write through a view changes."""
        root = tensor._data
        if tensor._sparse_layout or root.__class__.__name__ != "ndarray":  # NumPy's, CuPy's
            self.tensor(tensor)  # sparse, quantized: writes replace _data, which tensor() keeps
            return
        if history or tensor._requires_grad:
            self.tensor(tensor)
            base = tensor._base
            if base is not None:
                self.tensor(base)
        else:
            counter = tensor._version
            if id(counter) not in self._tensors:
                self._tensors.add(id(counter))
                self.undo.append((_restore_version, (counter, counter.value)))
                self.account(RECORD_BYTES)
        while True:  # the array that owns the memory: one copy serves all its views
            owner = getattr(root, "base", None)
            if owner is None or owner.__class__ is not root.__class__:
                break
            root = owner
        if id(root) in self._arrays:
            return
        nbytes = root.nbytes + RECORD_BYTES
        limits = sys.modules.get("gradsh.engine.limits")
        if limits is not None:
            limits.check_bytes(self.nbytes + nbytes,
                               "the undo copy of the tensors this statement writes in place")
        self._arrays.add(id(root))
        self.nbytes += nbytes
        self.undo.append((_restore_data, (root, root.copy())))

    def account(self, nbytes: int) -> None:
        """Count ``nbytes`` of records; checked against the memory limit every MB."""
        self.nbytes += nbytes
        if self.nbytes >= self._checked + (1 << 20):
            self._checked = self.nbytes
            limits = sys.modules.get("gradsh.engine.limits")
            if limits is not None:
                limits.check_bytes(self.nbytes, "the undo records of this statement")

    # ------------------------------------------------------------ running
    def rollback(self) -> None:
        """Undo every record, newest first.  A record interrupted (the
        --timeout alarm, Ctrl-C) is tried once more; one that cannot be undone
        is skipped, and the others still are."""
        undo, self.undo = self.undo, []
        for function, args in reversed(undo):
            for _attempt in (1, 2):
                try:
                    function(*args)
                    break
                except BaseException:  # noqa: BLE001 - undo what can be undone
                    pass
        self.clear()

    def clear(self) -> None:
        self.undo.clear()
        self._seen.clear()
        self._tensors.clear()
        self._arrays.clear()
        self.nbytes = 0
        self._checked = 0
        self.counts.clear()


def note_tensor(tensor: Any) -> None:
    """The engine's hook before a change of a tensor's grad / requires_grad / history."""
    journal = JOURNAL[0]
    if journal is not None:
        journal.tensor(tensor)


def note_write(tensor: Any) -> None:
    """The engine's hook before an in-place write into a tensor's memory."""
    journal = JOURNAL[0]
    if journal is not None:
        journal.storage(tensor)


def _restore_dict(target: dict, saved: dict) -> None:
    target.clear()
    target.update(saved)


def _restore_list(target: list, saved: list) -> None:
    target[:] = saved


def note_state(obj: Any, containers: Any = ()) -> None:
    """Before host code changes ``obj``'s attributes and the given dicts and
    lists in place (an optimizer's step, a scheduler's): shallow copies of
    them, once per statement."""
    journal = JOURNAL[0]
    if journal is None or not journal.fresh(("state", id(obj))):
        return
    journal.add(_restore_dict, obj.__dict__, dict(obj.__dict__))
    for container in containers:
        if isinstance(container, dict):
            journal.add(_restore_dict, container, dict(container))
        elif isinstance(container, list):
            journal.add(_restore_list, container, list(container))


def note_object(obj: Any) -> None:
    """Before host code changes ``obj``'s attributes or the dicts and lists it
    holds (an ``nn.Module``'s parameters, buffers, children, hooks, mode)."""
    if JOURNAL[0] is not None:
        own = obj.__dict__
        note_state(obj, [value for value in own.values() if type(value) in _CONTAINERS])


_CONTAINERS = frozenset({dict, list, OrderedDict})


def note_setting(key: str, restore: Callable, value: Any) -> None:
    """The engine's hook before a global setting changes: ``restore(value)`` undoes it."""
    journal = JOURNAL[0]
    if journal is not None:
        journal.once(("setting", key), restore, value)
