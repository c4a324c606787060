"""What the workspace holds, for the engine's one memory budget (issue 19, part A).

The engine (:mod:`gradsh.engine.limits`) refuses a *large* allocation when
what the workspace already holds plus the allocation would exceed the memory
limit.  It asks :func:`held_bytes`, which the interpreter installs as the
engine's held-bytes provider (the engine never imports the language layer).

What is counted, by a bounded walk (:func:`reachable_bytes`) from the
workspace and the locals of the gradsh calls in progress:

* tensors and NumPy arrays by their storage, deduplicated by base array (a
  view, an ``expand``\\ ed tensor and its source share one), and their
  ``.grad``;
* Python strings, bytes, ints, floats, lists, tuples, sets and dicts by
  ``sys.getsizeof`` (a long container of small atoms is sampled, not walked);
* the attributes of objects with a ``__dict__`` (user classes, modules,
  optimizers); never functions, types, namespaces or the interpreter's own
  objects.

The walk runs at most once per statement, and only when a large allocation
is checked (small ones skip the accounting in the engine).  Within one
top-level statement, memory that the walk cannot see (the list a
comprehension is building, temporaries, a function's results not yet bound)
is measured as growth of the resident set since the statement's first large
check, less what the walk itself saw grow: ``[torch.ones(40_000_000) for i in
range(10)]`` is refused at the second tensor under a 200 MB limit.
"""
from __future__ import annotations

import itertools
import os
import sys
from typing import Any, Optional

from .expressions import active_interpreter

MAX_VISITS = 100_000  # objects one walk looks at, at most
SAMPLE = 64  # items of a long container looked at to estimate it
LONG = 4096  # a container longer than this is sampled when its items are small atoms
SMALL_ATOM = 256  # bytes: an atom this small is not worth walking to
GROWTH_UNCHECKED = 4 * 1000 ** 2  # resident-set growth below this is not checked

_ATOMS = (int, float, complex, bool, str, bytes, type(None))
_SKIPPED_PREFIXES = ("gradsh.lang", "gradsh.engine.namespace")


def _storage(array: Any) -> tuple[int, int]:
    """(id, bytes) of the memory an array occupies: its base's."""
    if getattr(type(array), "gradsh_deferred", False):  # a fused expression (engine/fusion)
        if array.array is None:
            return id(array), 0  # not computed: it holds no memory (the walk computes nothing)
        array = array.array
    base = getattr(array, "base", None)
    owner = array if base is None else base
    return id(owner), int(getattr(owner, "nbytes", 0) or 0)


def _container_bytes(value: Any, items: Any, stack: list) -> int:
    """getsizeof(value), plus an estimate of its items when they are small atoms;
    otherwise its items go on the stack."""
    return sys.getsizeof(value) + _items_bytes(items, stack)


def _items_bytes(items: Any, stack: list) -> int:
    """The items of a container (a list, a tuple, a dict's keys or values view)."""
    count = len(items)
    if count > LONG:
        if isinstance(items, (list, tuple)):
            sample = items[::count // SAMPLE][:SAMPLE]
        else:
            sample = list(itertools.islice(items, SAMPLE))
        sizes = [sys.getsizeof(item) for item in sample if type(item) in _ATOMS]
        if len(sizes) == len(sample) and max(sizes, default=0) <= SMALL_ATOM:
            return count * sum(sizes) // max(len(sizes), 1)
    stack.extend(itertools.islice(items, MAX_VISITS))
    return 0


class _Never:
    """Stands for the Tensor and ndarray classes before they are imported."""


def reachable_bytes(roots: list, max_visits: int = MAX_VISITS) -> int:
    """Bytes held by the values in ``roots`` and what they reach (bounded)."""
    engine = sys.modules.get("gradsh.engine.tensor")  # no engine loaded: no tensors
    Tensor = engine.Tensor if engine is not None else _Never
    ndarray = sys.modules["numpy"].ndarray if "numpy" in sys.modules else _Never

    seen: set = set()
    storages: set = set()
    total = 0
    stack = list(roots)
    visits = 0
    while stack and visits < max_visits:
        value = stack.pop()
        visits += 1
        kind = type(value)
        if kind in _ATOMS:
            size = sys.getsizeof(value)
            if size > SMALL_ATOM:  # a long string or a big int: counted once
                if id(value) in seen:
                    continue
                seen.add(id(value))
            total += size
            continue
        if id(value) in seen:
            continue
        seen.add(id(value))
        if isinstance(value, Tensor):
            if not value._sparse_layout:
                key, nbytes = _storage(value._data)
                if key not in storages:
                    storages.add(key)
                    total += nbytes
            if value._grad is not None:
                stack.append(value._grad)
        elif isinstance(value, ndarray):
            key, nbytes = _storage(value)
            if key not in storages:
                storages.add(key)
                total += nbytes
        elif kind is list or kind is tuple:
            total += _container_bytes(value, value, stack)
        elif kind is dict or isinstance(value, dict):
            total += _container_bytes(value, value.keys(), stack)
            total += _items_bytes(value.values(), stack)
        elif kind is set or kind is frozenset:
            total += _container_bytes(value, value, stack)
        elif not isinstance(value, type):
            module = getattr(kind, "__module__", "") or ""
            if module == "builtins" or module.startswith(_SKIPPED_PREFIXES):
                continue
            try:
                attributes = object.__getattribute__(value, "__dict__")
            except AttributeError:
                continue
            if type(attributes) is dict:
                stack.append(attributes)
    return total


def workspace_bytes(interpreter: Any) -> int:
    """What the workspace and the gradsh calls in progress hold."""
    roots = list(interpreter.workspace.values())
    # the last results (_, __, ___) are held as long as the workspace's values
    roots.extend(interpreter.builtins.get(name) for name in ("_", "__", "___"))
    for _function, scope in interpreter.call_stack:
        roots.extend(getattr(scope, "locals", {}).values())
    return reachable_bytes(roots)


_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


def rss_bytes() -> Optional[int]:
    """The process's resident set now (Linux), else None."""
    try:
        fd = os.open("/proc/self/statm", os.O_RDONLY)
    except OSError:
        return None
    try:
        return int(os.read(fd, 100).split()[1]) * _PAGE
    except (OSError, ValueError, IndexError):
        return None
    finally:
        os.close(fd)


class _State:
    current: Any = None  # the statement the cached walk is for (the interpreter's _current)
    walk = 0  # bytes the walk found for it
    top: Any = None  # the top-level statement the baseline is for
    rss0: Optional[int] = None  # the resident set at the top-level statement's first large check
    walk0 = 0  # the walk then


_STATE = _State()


def held_bytes() -> int:
    """The engine's held-bytes provider: the workspace's bytes, cached per
    statement, plus what the statement has grown beyond them."""
    interpreter = active_interpreter[0]
    if interpreter is None:
        return 0
    state = _STATE
    current = interpreter._current
    if current is None or current is not state.current:
        state.current = current
        state.walk = workspace_bytes(interpreter)
        top = (id(interpreter), interpreter.statement_serial)
        if top != state.top or current is None:
            state.top, state.rss0, state.walk0 = top, rss_bytes(), state.walk
            return state.walk
    if state.rss0 is None:
        return state.walk
    now = rss_bytes()
    unexplained = (now - state.rss0) - (state.walk - state.walk0) if now is not None else 0
    return state.walk + max(unexplained, 0)


def install() -> None:
    """Make :func:`held_bytes` the engine's provider (once the engine is loaded)."""
    from gradsh.engine import limits  # noqa: PLC0415

    if limits._held_provider is not held_bytes:
        limits.set_held_provider(held_bytes)


_GROWTH: list = [None, 0, 0]  # [top-level statement, resident set, workspace bytes]


def check_growth() -> None:
    """Between chunks of a long iteration that C code consumes (``list(zip(...))``,
    ``[*map(...)]``, ``dict(zip(...))``; polled by :mod:`gradsh.lang.iteration`):
    refuse when what the statement has built since its first poll, plus what
    the workspace held then, exceeds the limit."""
    interpreter = active_interpreter[0]
    now = rss_bytes() if interpreter is not None else None
    if now is None:
        return
    top = (id(interpreter), interpreter.statement_serial)
    if _GROWTH[0] != top:
        _GROWTH[:] = [top, now, workspace_bytes(interpreter)]
        return
    grown = now - _GROWTH[1]
    if grown > GROWTH_UNCHECKED:
        from gradsh.engine import limits  # noqa: PLC0415 - light once loaded (a large statement)

        limit = limits.memory_limit()
        if grown + _GROWTH[2] > limit:
            limits._refuse(grown, "the values this statement builds", limit, _GROWTH[2])
