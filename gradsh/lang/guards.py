"""Resource guards for Python values (SPEC §2): sizes are checked before allocating.

Tensors are guarded in the engine (:mod:`gradsh.engine.limits`); this module
guards what a program can build from Python's own types:

* sequence repetition, ``'a' * 10**12`` and ``[0] * 10**12`` (``*`` and ``*=``);
* materialising a long iterable, ``list(range(10**12))``, ``tuple(...)``,
  ``sorted(...)`` (checked by length, before the list is built);
* ``sum``, ``min``, ``max``, ``all`` and ``any`` of a ``range`` are computed
  from its bounds (Python would loop in C code that neither Ctrl-C nor
  ``--timeout`` can stop: ``sum(range(10**12))`` never returns);
* ``str.join`` and ``str.replace`` results, and ``str.format`` field widths.

The limit is the engine's (imported lazily: the evaluator must not import
NumPy at start-up; the limit module itself imports nothing heavy).
"""
from __future__ import annotations

import array as _array
import builtins
import operator
import re
from typing import Any

from . import iteration

POINTER_SIZE = 8  # bytes per item of a list or tuple


def _limits():
    from gradsh.engine import limits  # light: no NumPy

    if limits._held_provider is None:  # the workspace budget (issue 19), before any torch name
        from .budget import install  # noqa: PLC0415

        install()
    return limits


def _check_items(count: int, itemsize: int, what: str) -> None:
    if count > 1 << 16:
        _limits().check_elements(count, itemsize, what)


check_items = _check_items  # public: for results built item by item (comprehensions)


def _plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}" + ("" if count == 1 else "s")


def check_repeat(sequence: Any, times: Any) -> None:
    """``sequence * times`` for a str, list or tuple and an int."""
    if not isinstance(times, int):
        try:  # a 0-d integer tensor repeats too: 'a' * torch.tensor(10**9)
            times = operator.index(times) if hasattr(type(times), "__index__") else 0
        except (TypeError, ValueError, RuntimeError):
            return
    if times <= 1:
        return
    count = len(sequence) * times
    if isinstance(sequence, str):
        _check_items(count, 1, f"a string of {_plural(count, 'character')}")
    else:
        _check_items(count, POINTER_SIZE,
                     f"a {type(sequence).__name__} of {_plural(count, 'item')}")


_SEQUENCES = (str, list, tuple, bytes, _array.array)  # array: gradsh's `import array`


def checked_mul(a: Any, b: Any) -> Any:
    if isinstance(a, _SEQUENCES):
        check_repeat(a, b)
    elif isinstance(b, _SEQUENCES):
        check_repeat(b, a)
    elif type(a) is int and type(b) is int and a.bit_length() + b.bit_length() > 1 << 19:
        _check_items(a.bit_length() + b.bit_length(), 1 / 8,
                     f"an integer of {a.bit_length() + b.bit_length():,} bits")
    return a * b


def checked_imul(a: Any, b: Any) -> Any:
    if isinstance(a, _SEQUENCES):
        check_repeat(a, b)
    return operator.imul(a, b)


def check_iterable(iterable: Any, kind: str = "list") -> None:
    """Before building a list/tuple from ``iterable``: its length, when known."""
    try:
        count = operator.length_hint(iterable)
    except (TypeError, OverflowError, ValueError):
        return  # range(10**30): Python's own OverflowError follows
    # a range makes an int object per item (28 bytes) besides the pointer
    itemsize = POINTER_SIZE + 28 if type(iterable) is range else POINTER_SIZE
    _check_items(count, itemsize, f"a {kind} of {_plural(count, 'item')}")


# ------------------------------------------------- list, tuple and friends
class _GuardedType(type):
    """A stand-in for ``list``/``tuple`` that checks the length before building,
    and is otherwise the type itself for ``isinstance`` and printing."""

    base: type

    def __instancecheck__(cls, obj: Any) -> bool:
        return isinstance(obj, cls.base)

    def __subclasscheck__(cls, subclass: type) -> bool:
        return issubclass(subclass, cls.base)

    def __call__(cls, *args: Any, **kwargs: Any) -> Any:
        if args:
            check_iterable(args[0], cls.base.__name__)
            args = (iteration.source(args[0]), *args[1:])
        return cls.base(*args, **kwargs)

    def __repr__(cls) -> str:
        return repr(cls.base)

    def __getitem__(cls, item: Any) -> Any:
        """``list[int]`` in an annotation: Python's generic alias."""
        return cls.base[item]


def _guarded_type(base: type) -> type:
    return _GuardedType(base.__name__, (), {"base": base, "__gradsh_attrs__": frozenset()})


def guarded_sorted(iterable: Any, *, key: Any = None, reverse: bool = False) -> list:
    check_iterable(iterable)
    return sorted(iteration.source(iterable), key=key, reverse=reverse)


def guarded_sum(iterable: Any, /, start: Any = 0) -> Any:
    if type(iterable) is range and isinstance(start, int):
        count = len(iterable)
        if count == 0:
            return start
        return start + count * (iterable[0] + iterable[-1]) // 2
    if type(start) is list or type(start) is tuple:
        return _sum_sequences(iterable, start)
    return sum(iteration.source(iterable), start)


def _sum_sequences(iterable: Any, start: Any) -> Any:
    """``sum(lists, [])``: Python's ``result = result + item`` step by step (the
    same results and errors), each step's size checked first, and in linear
    time: a list (or tuple) of the same type is appended, not copied again."""
    from .sizes import checked_add  # noqa: PLC0415 - a list or tuple start only

    kind = type(start)
    result: Any = None
    next_check: float = 1 << 16
    if type(iterable) is list or type(iterable) is tuple:  # the whole size, checked once
        count = len(start) + sum([len(item) for item in iterable if type(item) is kind])
        _check_items(count, POINTER_SIZE, f"a {kind.__name__} of {_plural(count, 'item')}")
        next_check = float("inf")
    items = iter(iteration.source(iterable))
    for item in items:
        if type(item) is not kind:  # Python's own + (its TypeError, or __radd__)
            value = checked_add(start if result is None else kind(result), item)
            for rest in items:
                value = checked_add(value, rest)
            return value
        if result is None:
            result = list(start)
        count = len(result) + len(item)
        if count > next_check:  # checked at every eighth of growth: a few checks in all
            _check_items(count, POINTER_SIZE, f"a {kind.__name__} of {_plural(count, 'item')}")
            next_check = count + count // 8
        result.extend(item)
    if result is None:
        return start  # Python's sum([], start) is start itself
    return result if kind is list else tuple(result)


def _extremum(function: Any, pick: Any):
    def guarded(*args: Any, **kwargs: Any) -> Any:
        if len(args) == 1 and type(args[0]) is range and "key" not in kwargs:
            values = args[0]
            if len(values):
                return pick(values[0], values[-1])
            if "default" in kwargs:
                return kwargs["default"]
        if len(args) == 1:
            args = (iteration.source(args[0]),)
        return function(*args, **kwargs)

    guarded.__name__ = function.__name__
    return guarded


def guarded_all(iterable: Any, /) -> bool:
    if type(iterable) is range:
        return 0 not in iterable
    return all(iteration.source(iterable))


def guarded_any(iterable: Any, /) -> bool:
    if type(iterable) is range:
        return len(iterable) > 1 or (len(iterable) == 1 and iterable[0] != 0)
    return any(iteration.source(iterable))


GUARDED_BUILTINS: dict[str, Any] = {
    "list": _guarded_type(builtins.list),
    "tuple": _guarded_type(builtins.tuple),
    "sorted": guarded_sorted,
    "sum": guarded_sum,
    "min": _extremum(builtins.min, builtins.min),
    "max": _extremum(builtins.max, builtins.max),
    "all": guarded_all,
    "any": guarded_any,
}


class _Builtin:
    """A guarded built-in function that prints and reports itself as Python's."""

    __gradsh_attrs__ = frozenset()

    def __init__(self, name: str, function: Any) -> None:
        self.name, self.function = name, function

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.function(*args, **kwargs)

    def __repr__(self) -> str:
        return f"<built-in function {self.name}>"


_Builtin.__name__ = _Builtin.__qualname__ = "builtin_function_or_method"
_Builtin.__module__ = "builtins"
for _name, _value in GUARDED_BUILTINS.items():
    if not isinstance(_value, type):
        GUARDED_BUILTINS[_name] = _Builtin(_name, _value)
GUARDED_BUILTINS.update(iteration._stand_ins())  # enumerate, zip, map, filter, reversed, iter


# --------------------------------------------------------- str methods
def guarded_join(text: str):
    def join(iterable: Any, /) -> str:
        parts = iterable if isinstance(iterable, (list, tuple)) else list(
            iteration.source(iterable))
        count = len(text) * max(len(parts) - 1, 0)
        count += sum(len(part) for part in parts if isinstance(part, str))
        _check_items(count, 1, f"a string of {_plural(count, 'character')}")
        return text.join(parts)

    return join


def guarded_replace(text: str):
    def replace(old: Any, new: Any, count: Any = -1, /) -> str:
        if isinstance(old, str) and isinstance(new, str) and len(new) > len(old):
            found = text.count(old) if old else len(text) + 1
            if isinstance(count, int) and count >= 0:
                found = min(found, count)
            size = len(text) + found * (len(new) - len(old))
            _check_items(size, 1, f"a string of {_plural(size, 'character')}")
        return text.replace(old, new, count)

    return replace


_WIDTH = re.compile(r"(\d+)")


def check_format_spec(spec: str) -> None:
    """A ``{:WIDTH.PRECISION}`` field: refuse widths/precisions over the limit."""
    for digits in _WIDTH.findall(spec):
        if len(digits) > 5:
            width = int(digits) if len(digits) < 20 else 10 ** 20
            _check_items(width, 1, f"a string of {_plural(width, 'character')}")
