"""What a failing top-level statement must leave as it was (SPEC §7).

Nothing is copied up front: the statement runs with a :class:`Journal`
(gradsh/journal.py) in ``JOURNAL[0]``, and each write point records the old
state before its first change -- the interpreter's bindings
(``assign_name`` / ``delete_name``), attribute and item targets, the
mutating methods of lists, dicts and sets, and, in the engine, in-place
tensor writes, ``.grad`` / ``requires_grad`` / history and the global
settings.  A statement that changes nothing costs nothing; a failing one is
undone by running its records backwards.  See docs/safety.md ("Atomic
statements").

Containers: an item write of a list or dict records just that item (a list's
``append`` / ``extend`` / ``insert`` / ``pop`` likewise), so a top-level loop
that grows a list stays linear; any other change (a slice, ``sort``, a dict's
``pop``, which would reorder it when undone) takes one shallow copy of that
container, after which it costs nothing more in the statement.
"""
from __future__ import annotations

import operator
import sys
from typing import Any

from ..journal import JOURNAL, MISSING, Journal
from .nesting import check_key

# Small records of one container before a copy (at least; a record costs
# about what copying 256 items does).
_FINE_LIMIT = 32


# ------------------------------------------------------------ undo functions
def _restore_binding(variables: dict, name: Any, old: Any) -> None:
    if old is MISSING:
        variables.pop(name, None)
    else:
        variables[name] = old


def _restore_dict(target: dict, saved: dict) -> None:
    target.clear()
    target.update(saved)


def _restore_sequence(target: Any, saved: Any) -> None:
    target[:] = saved


def _restore_set(target: set, saved: set) -> None:
    target.clear()
    target.update(saved)


def _restore_array(target: Any, saved: Any) -> None:
    target[...] = saved


def _truncate(target: list, length: int) -> None:
    del target[length:]


def _list_set(target: list, index: int, old: Any) -> None:
    target[index] = old


def _list_insert(target: list, index: int, old: Any) -> None:
    target.insert(index, old)


def _list_delete(target: list, index: int) -> None:
    del target[index]


def _restore_class_attribute(cls: type, name: str, old: Any) -> None:
    if old is MISSING:
        if name in vars(cls):
            type.__delattr__(cls, name)
    else:
        type.__setattr__(cls, name, old)


def _restore_host_attribute(obj: Any, name: str, old: Any) -> None:
    if old is not MISSING:
        setattr(obj, name, old)


# ------------------------------------------------------------ bindings
def binding(variables: dict, name: str) -> None:
    """Before ``variables[name]`` is bound or deleted (the workspace, or an
    enclosing function's scope written through ``nonlocal``)."""
    journal = JOURNAL[0]
    if journal is not None:
        key = (id(variables), name)
        seen = journal._seen
        if key not in seen:
            seen.add(key)
            journal.undo.append((_restore_binding, (variables, name, variables.get(name, MISSING))))


def deleting(variables: dict, name: str) -> None:
    """Before ``del variables[name]``: undoing it must also restore the order."""
    journal = JOURNAL[0]
    if journal is not None and name in variables and journal.fresh(("order", id(variables))):
        journal.add(_restore_dict, variables, dict(variables))


# ------------------------------------------------------------ containers
COPIED = (1 << 62, 0)  # journal.counts' mark of a container copied in this statement


def _copy(journal: Journal, container: Any) -> None:
    """One shallow copy of ``container`` (its first in the statement)."""
    key = id(container)
    if journal.counts.get(key) is COPIED:
        return
    journal.counts[key] = COPIED
    kind = type(container)
    if kind.__name__ != "ndarray":
        journal.account(200 + 8 * len(container))  # a pointer an item
    if isinstance(container, dict):
        journal.add(_restore_dict, container, dict(container))
    elif isinstance(container, (set,)):
        journal.add(_restore_set, container, set(container))
    elif isinstance(container, (list, bytearray)) or kind.__name__ == "array" and \
            kind.__module__ == "array":
        journal.add(_restore_sequence, container, container[:])
    elif kind.__name__ == "ndarray":  # a NumPy array written in place
        limits = sys.modules.get("gradsh.engine.limits")
        if limits is not None:
            journal.nbytes += container.nbytes
            limits.check_bytes(journal.nbytes, "the undo copy of the arrays this statement "
                                               "writes in place")
        journal.add(_restore_array, container, container.copy())


def mutating(container: Any) -> None:
    """Before host code changes a list, dict, set or array in place."""
    journal = JOURNAL[0]
    if journal is not None:
        _copy(journal, container)


def _fine(journal: Journal, container: Any, function: Any, *args: Any) -> None:
    """A small record for one change of ``container`` (a copy once there are many)."""
    key = id(container)
    count, limit = journal.counts.get(key) or (0, max(_FINE_LIMIT, len(container) >> 8))
    if count >= limit:  # a copy is cheaper than more records (a record costs ~256 items)
        _copy(journal, container)
        return
    journal.counts[key] = count + 1, limit
    journal.add(function, container, *args)
    journal.account(100)


def _list_index(container: list, index: Any) -> Any:
    """index as a position in container, or None when it is no valid int position."""
    try:
        position = operator.index(index)
    except TypeError:
        return None
    if position < 0:
        position += len(container)
    return position if 0 <= position < len(container) else None


_SEQUENCES = (list, dict, set, bytearray)
_IMMUTABLE = frozenset({int, float, bool, complex, str, bytes, tuple, type(None)})


def item(container: Any, index: Any) -> None:
    """Before ``container[index] = value``."""
    journal = JOURNAL[0]
    if journal is None:
        return
    kind = type(container)
    if kind is list:
        position = _list_index(container, index)
        if position is not None:
            _fine(journal, container, _list_set, position, container[position])
        elif isinstance(index, slice):
            _copy(journal, container)
    elif kind is dict:
        try:
            old = container.get(index, MISSING)
        except TypeError:  # unhashable: the write fails too
            return
        if old is MISSING:
            _fine(journal, container, _restore_binding, index, MISSING)
        else:
            _fine(journal, container, _restore_binding, index, old)
    elif isinstance(container, _SEQUENCES) or kind.__name__ in ("ndarray", "array"):
        _copy(journal, container)


def del_item(container: Any, index: Any) -> None:
    """Before ``del container[index]``."""
    journal = JOURNAL[0]
    if journal is None:
        return
    if type(container) is list:
        position = _list_index(container, index)
        if position is not None:
            _fine(journal, container, _list_insert, position, container[position])
        elif isinstance(index, slice):
            _copy(journal, container)
    elif isinstance(container, _SEQUENCES) or type(container).__name__ == "array":
        _copy(journal, container)


def inplace_operand(value: Any, op: str) -> None:
    """Before an augmented assignment's in-place operator ``op`` on ``value``
    (``l += [1]``, ``d |= e``, ``a += 1`` on a NumPy array)."""
    journal = JOURNAL[0]
    if journal is None or type(value) in _IMMUTABLE:
        return
    if type(value) is list and op == "+":
        _fine(journal, value, _truncate, len(value))
    elif isinstance(value, _SEQUENCES) or type(value).__name__ in ("ndarray", "array"):
        _copy(journal, value)


def _before_method(container: Any, name: str, args: tuple) -> None:
    journal = JOURNAL[0]
    if journal is None:
        return
    if type(container) is list:
        if name in ("append", "extend"):
            _fine(journal, container, _truncate, len(container))
            return
        if name == "insert" and len(args) == 2:
            try:
                position = operator.index(args[0])
            except TypeError:
                return
            size = len(container)
            position = min(max(position + size if position < 0 else position, 0), size)
            _fine(journal, container, _list_delete, position)
            return
        if name == "pop" and len(args) <= 1:
            position = _list_index(container, args[0] if args else -1)
            if position is not None:
                _fine(journal, container, _list_insert, position, container[position])
            return
    elif type(container) is dict and name == "setdefault" and args:
        try:
            missing = check_key(args[0]) not in container  # a deep tuple: RecursionError
        except TypeError:
            return
        if missing:
            _fine(journal, container, _restore_binding, args[0], MISSING)
        return
    _copy(journal, container)


MUTATORS = {
    list: frozenset({"append", "extend", "insert", "pop", "remove", "reverse", "sort", "clear"}),
    dict: frozenset({"pop", "popitem", "setdefault", "update", "clear"}),
    set: frozenset({"add", "discard", "remove", "pop", "clear", "update", "intersection_update",
                    "difference_update", "symmetric_difference_update"}),
}


class JournaledMethod:
    """A mutating method of a list, dict or set, fetched while a statement is
    journaled: it records the container's old state before it runs."""

    __slots__ = ("_container", "_name", "_method")

    def __init__(self, container: Any, name: str, method: Any, key: Any = None) -> None:
        if key is not MISSING:  # type(l.append)(...) from a program, as Python refuses it
            raise TypeError("cannot create 'builtin_function_or_method' instances")
        self._container, self._name, self._method = container, name, method

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        journal = JOURNAL[0]
        if journal is not None and journal.counts.get(id(self._container)) is not COPIED:
            _before_method(self._container, self._name, args)
        return self._method(*args, **kwargs)

    def __repr__(self) -> str:
        return repr(self._method)


# type(l.append) is what Python says
JournaledMethod.__name__ = JournaledMethod.__qualname__ = "builtin_function_or_method"
JournaledMethod.__module__ = "builtins"


def method(obj: Any, name: str, bound: Any) -> Any:
    """``obj.name`` (already fetched as ``bound``), journaled when it mutates."""
    names = MUTATORS.get(type(obj))
    if names is not None and name in names:
        journal = JOURNAL[0]
        if journal is not None and journal.counts.get(id(obj)) is COPIED:
            return bound  # undone by the copy already: nothing more to record
        return JournaledMethod(obj, name, bound, MISSING)
    return bound


# ------------------------------------------------------------ attributes
def attribute(obj: Any, name: str) -> None:
    """Before ``obj.name = value`` or ``del obj.name`` from gradsh code."""
    journal = JOURNAL[0]
    if journal is None:
        return
    if isinstance(obj, type):
        if journal.fresh(("attr", id(obj), name)):
            journal.add(_restore_class_attribute, obj, name, vars(obj).get(name, MISSING))
        return
    if isinstance(obj, BaseException):
        return  # made to be raised: what its __init__ set must survive the failure
    tensor = sys.modules.get("gradsh.engine.tensor")
    if tensor is not None and isinstance(obj, tensor.Tensor):
        return  # the engine journals grad, requires_grad, data
    try:
        own = object.__getattribute__(obj, "__dict__")
    except AttributeError:
        own = None
    if type(own) is dict:
        if journal.fresh(("attr", id(own), name)):
            journal.add(_restore_binding, own, name, own.get(name, MISSING))
        for registry in ("_parameters", "_modules", "_buffers"):  # nn.Module keeps them here
            held = own.get(registry)
            if type(held) is dict:
                _copy(journal, held)
        return
    if journal.fresh(("attr", id(obj), name)):
        try:
            old = getattr(obj, name)
        except Exception:  # noqa: BLE001 - nothing to restore
            old = MISSING
        journal.add(_restore_host_attribute, obj, name, old)


# ------------------------------------------------------------ commands
def capture_command(interpreter: Any) -> tuple:
    """Commands write the workspace wholesale (``:reset``, ``:load``, ``:to``)
    and the print options attribute by attribute (``:set``): they keep a copy
    of both (they are rare and not in loops)."""
    printing = sys.modules.get("gradsh.engine.printing")
    options = printing.options.copy() if printing is not None else None
    return dict(interpreter.workspace), dict(interpreter.settings), options


def restore_command(interpreter: Any, snapshot: tuple) -> None:
    bindings, settings, options = snapshot
    interpreter.workspace.clear()
    interpreter.workspace.update(bindings)
    interpreter.settings.clear()
    interpreter.settings.update(settings)
    printing = sys.modules.get("gradsh.engine.printing")
    if options is not None and printing is not None:
        for slot in type(options).__slots__:
            setattr(printing.options, slot, getattr(options, slot))
