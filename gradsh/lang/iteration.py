"""Lazy iteration that ``--timeout`` and Ctrl-C can stop (issue 19, part B).

Python's lazy built-ins (``range``'s iterators, ``enumerate``, ``zip``,
``map``, ``filter``, ``reversed``, ``iter``) are consumed by C code (``max``,
``sum``, ``in``, ``sorted``, ``dict``, ``str.join``, ...) that runs no Python
code between items, so neither the ``SIGALRM`` of ``--timeout`` nor Ctrl-C's
``KeyboardInterrupt`` is handled until it returns: ``max(enumerate(range(10**12)))``
never does.  The stand-ins below hand the real C objects a *checked source*
instead of an unbounded one:

* a long ``range``, ``tuple`` or ``str`` (more than :data:`THRESHOLD` items)
  becomes a :class:`Chunked` iterator: an ``itertools.chain`` (C speed per
  item) fed :data:`CHUNK` items at a time by a Python generator, which runs
  (so pending signals are handled) and polls the deadline between chunks;
* a list (mutable: ``map(l.append, l)`` grows it while C reads it) or
  ``iter(callable, sentinel)`` becomes a :class:`Stepper`, whose ``__next__``
  is Python code, one item at a time (nothing read ahead);
* small inputs go through untouched: the C objects themselves.

The wrappers keep ``__length_hint__``, so the size guards (guards.py) still
refuse ``list(reversed(range(10**12)))`` before building it.
"""
from __future__ import annotations

import builtins
import itertools
import operator
from typing import Any

THRESHOLD = 1 << 16  # items C may read unchecked from a range, tuple or str (< 1 ms)
CHUNK = 1 << 12  # items a Chunked iterator hands C between two checks
_POLL_EVERY = 1 << 12  # Stepper items between two deadline polls

_IMMUTABLE = (range, tuple, str)
_MUTABLE = (list,)
LONG_LIST = 1 << 20  # a list longer than this is read in chunks by C consumers too
_ACTIVE: list = []  # expressions.active_interpreter, imported on first poll


def poll() -> None:
    """Raise the deadline's TimeoutError if it has passed (signals are handled
    anyway: this runs Python code)."""
    if not _ACTIVE:
        from .expressions import active_interpreter  # noqa: PLC0415 - a cycle at import

        _ACTIVE.append(active_interpreter)
    interpreter = _ACTIVE[0][0]
    deadline = getattr(interpreter, "deadline", None)
    if deadline is not None:
        deadline.check()
    if interpreter is not None:  # and the memory budget (issue 19, part A)
        from .budget import check_growth  # noqa: PLC0415 - a cycle at import

        check_growth()


def _chunks(iterator: Any):
    """Tuples of CHUNK items of a plain C iterator, polling before each."""
    islice = itertools.islice
    while True:
        poll()
        chunk = tuple(islice(iterator, CHUNK))
        if not chunk:
            return
        yield chunk


class Chunked(itertools.chain):
    """An iterator over a long immutable source, checked every CHUNK items."""

    __slots__ = ("_source",)

    def __length_hint__(self) -> int:
        return operator.length_hint(self._source)

    def __repr__(self) -> str:
        return f"<{type(self._source).__name__} object>"


class Stepper:
    """An iterator that runs Python code for every item (no read-ahead)."""

    __slots__ = ("_next", "_source", "_count")
    __gradsh_attrs__ = frozenset()

    def __init__(self, iterator: Any) -> None:
        self._source, self._next, self._count = iterator, iterator.__next__, 0

    def __iter__(self) -> "Stepper":
        return self

    def __next__(self) -> Any:
        self._count += 1
        if not self._count % _POLL_EVERY:
            poll()
        return self._next()

    def __length_hint__(self) -> int:
        return operator.length_hint(self._source)

    def __repr__(self) -> str:
        return f"<{type(self._source).__name__} object>"


Chunked.__name__ = Chunked.__qualname__ = Stepper.__name__ = Stepper.__qualname__ = "iterator"
Chunked.__module__ = Stepper.__module__ = "builtins"
Chunked.__gradsh_attrs__ = frozenset()


def chunked(iterator: Any) -> Chunked:
    wrapped = Chunked.from_iterable(_chunks(iterator))
    wrapped._source = iterator
    return wrapped


def source(obj: Any) -> Any:
    """What a C consumer (``max``, ``sum``, ``sorted``, ...) may read: ``obj``,
    or a checked iterator over it when it is a long range, tuple or str."""
    if type(obj) in _IMMUTABLE:
        try:
            if len(obj) > THRESHOLD:
                return chunked(iter(obj))
        except OverflowError:  # range(10**30): C's own iteration raises it too
            return chunked(iter(obj)) if type(obj) is range else obj
    elif type(obj) is list and len(obj) > LONG_LIST:  # bounded by memory, yet seconds of C
        return chunked(iter(obj))
    return obj


def lazy_source(obj: Any) -> Any:
    """What a lazy C built-in (``enumerate``, ``zip``, ``map``, ...) may read:
    as :func:`source`, and a list through a Stepper (it may grow meanwhile)."""
    if type(obj) in _MUTABLE:
        return Stepper(iter(obj))
    return source(obj)


# ------------------------------------------------------------ the stand-ins
def _enumerate(iterable: Any, start: Any = 0) -> Any:
    return builtins.enumerate(lazy_source(iterable), start)


def _zip(*iterables: Any, strict: bool = False) -> Any:
    return builtins.zip(*[lazy_source(it) for it in iterables], strict=strict)


def _map(function: Any, *iterables: Any) -> Any:
    return builtins.map(function, *[lazy_source(it) for it in iterables])


def _filter(function: Any, iterable: Any) -> Any:
    return builtins.filter(function, lazy_source(iterable))


def _reversed(sequence: Any) -> Any:
    result = builtins.reversed(sequence)
    if type(sequence) in _MUTABLE:
        return Stepper(result)
    if type(sequence) in _IMMUTABLE and operator.length_hint(result) > THRESHOLD:
        return chunked(result)
    return result


_NO_SENTINEL = object()


def _iter(obj: Any, sentinel: Any = _NO_SENTINEL) -> Any:
    if sentinel is _NO_SENTINEL:
        checked = lazy_source(obj)
        return checked if checked is not obj else builtins.iter(obj)
    return Stepper(builtins.iter(obj, sentinel))  # iter(int, 1): C calls forever


def _stand_ins() -> dict:
    from .guards import _Builtin, _GuardedType  # noqa: PLC0415 - guards imports this module

    class _LazyType(_GuardedType):
        def __call__(cls, *args: Any, **kwargs: Any) -> Any:
            return cls.make(*args, **kwargs)

    def stand_in(base: type, make: Any) -> type:
        return _LazyType(base.__name__, (), {"base": base, "make": staticmethod(make),
                                             "__gradsh_attrs__": frozenset()})

    return {"enumerate": stand_in(builtins.enumerate, _enumerate),
            "zip": stand_in(builtins.zip, _zip),
            "map": stand_in(builtins.map, _map),
            "filter": stand_in(builtins.filter, _filter),
            "reversed": stand_in(builtins.reversed, _reversed),
            "iter": _Builtin("iter", _iter)}


def contains(item: Any, container: Any) -> bool:
    """``item in container``; a long range is searched through a checked
    iterator unless ``item`` is an int (which range finds without a loop)."""
    kind = type(container)
    if kind is range and type(item) not in (int, bool):
        return item in source(container)
    if (kind is list or kind is tuple) and len(container) > LONG_LIST:
        return item in chunked(iter(container))
    return item in container


def not_contains(item: Any, container: Any) -> bool:
    return not contains(item, container)
