"""Bounded nesting for hashing (issue 19, part "no crash"): values nested too
deep fail with Python's ``RecursionError`` instead of overflowing the C stack.

Python's C code guards ``repr``, ``==``, ``<``, ``in`` over lists and pickling
with its recursion limit, so those raise ``RecursionError`` on a value nested
200,000 deep.  Hashing a tuple does not: ``hash(t)`` of ``t = (t,)`` repeated
200,000 times recurses in C without a limit and kills the process (exit 139).
Frozensets cache their elements' hashes and user classes hash in gradsh code,
so only chains of tuples are at risk.

Rather than tracking the depth of every tuple a program builds (tuples come
out of displays, ``zip``, ``enumerate``, ``dict.items``, ``*args`` ...), the
places where a program's value is hashed check it first: dict and set
displays and comprehensions, ``in``, ``d[key]`` (read, write, delete),
``hash``, ``set``/``frozenset``/``dict`` and the dict and set methods that
take keys.  The check walks tuples only and is skipped for everything else,
so the common path (a tensor, a string or a number as a key) costs one type
test.
"""
from __future__ import annotations

from typing import Any, Callable, Iterable

from . import guards

MAX_NESTING = 10_000  # tuples inside tuples; Python's C hash overflows near 100,000

_MESSAGE = "maximum recursion depth exceeded while hashing a value nested more than " \
    f"{MAX_NESTING:,} tuples deep"


def check_key(value: Any) -> Any:
    """``value``, after making sure hashing it cannot overflow the C stack."""
    if isinstance(value, tuple):
        _walk(value)
    return value


def _walk(root: tuple) -> None:
    stack = [(root, 1)]
    pop, push = stack.pop, stack.append
    while stack:
        node, depth = pop()
        if depth > MAX_NESTING:
            raise RecursionError(_MESSAGE)
        for item in node:
            if isinstance(item, tuple):
                push((item, depth + 1))


_HASHED = (set, frozenset, dict)  # containers whose elements are hashed already


def checked_keys(iterable: Any) -> Any:
    """``iterable`` for building a set or dict, its tuples checked as they come."""
    if type(iterable) in _HASHED or isinstance(iterable, str):
        return iterable
    return map(check_key, iterable)


def checked_pairs(iterable: Any) -> Any:
    """The argument of ``dict(...)``/``d.update(...)``: a mapping or key-value pairs."""
    if isinstance(iterable, dict):
        return iterable
    if hasattr(iterable, "keys"):  # a user mapping: dict() asks it for keys
        return {check_key(key): iterable[key] for key in iterable.keys()}
    return map(check_key, iterable)  # each pair is a tuple: its key is inside


# The methods that hash their arguments: how to check each argument.
_KEY, _KEYS, _PAIRS = "key", "keys", "pairs"
_DICT_METHODS = {"get": _KEY, "pop": _KEY, "setdefault": _KEY, "update": _PAIRS}
_SET_METHODS = {
    "add": _KEY, "discard": _KEY, "remove": _KEY, **{name: _KEYS for name in (
        "update union intersection difference symmetric_difference issubset issuperset "
        "isdisjoint intersection_update difference_update "
        "symmetric_difference_update").split()}}
_CHECKS: dict[str, Callable[[Any], Any]] = {
    _KEY: check_key, _KEYS: checked_keys, _PAIRS: checked_pairs}


def keyed_method(container: Any, name: str, method: Callable) -> Callable:
    """``method`` (bound to a dict or set), with the arguments it hashes checked."""
    table = _DICT_METHODS if isinstance(container, dict) else _SET_METHODS
    kind = table.get(name)
    if kind is None:
        return method
    check = _CHECKS[kind]

    def checked(*args: Any, **kwargs: Any) -> Any:
        if kind == _KEY:
            args = (check(args[0]),) + args[1:] if args else args
        else:  # iterables: their length first (list(range(10**12)) is refused)
            for arg in args:
                guards.check_iterable(arg, type(container).__name__)
            args = tuple(check(arg) for arg in args)
        return method(*args, **kwargs)

    checked.__name__ = checked.__qualname__ = name
    return checked


def is_keyed(container: Any, name: str) -> bool:
    if isinstance(container, dict):
        return name in _DICT_METHODS
    return isinstance(container, (set, frozenset)) and name in _SET_METHODS


KEYED_TYPES = (dict, set, frozenset)  # and their subclasses: OrderedDict, defaultdict


def constructor_args(kind: type, args: Any) -> Any:
    """The arguments of ``kind(...)`` (a dict or set class, called as a value),
    the iterable checked (``defaultdict(factory, iterable)``: the second)."""
    position = 1 if issubclass(kind, dict) and kind.__name__ == "defaultdict" else 0
    if len(args) <= position:
        return args
    check = checked_pairs if issubclass(kind, dict) else checked_keys
    guards.check_iterable(args[position], kind.__name__)
    return (*args[:position], check(args[position]), *args[position + 1:])


def checked_hash(value: Any, /) -> int:
    """``hash(value)``."""
    return hash(check_key(value))


def item_checked(test: Callable[[Any, Any], bool]) -> Callable[[Any, Any], bool]:
    """``in``/``not in`` (``test``), a tuple item checked first (a set hashes it)."""

    def checked(item: Any, container: Any) -> bool:
        if isinstance(item, tuple):
            _walk(item)
        return test(item, container)

    checked.__name__ = checked.__qualname__ = test.__name__
    return checked


def build_set(kind: type, elements: Iterable) -> Any:
    """A set display or comprehension (``kind`` is set)."""
    return kind(map(check_key, elements))
