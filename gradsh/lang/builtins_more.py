"""The built-ins a PyTorch snippet uses beyond arithmetic (SPEC §2, issue 14).

``getattr``, ``setattr``, ``hasattr``, ``delattr`` and ``dir`` see exactly what
attribute access sees (the whitelist); ``type`` is Python's, called with one
argument only (a class statement makes classes: see ``call_value``);
``set``/``frozenset``/``format``/``pow`` keep the size guards; ``help`` prints
what ``:help`` prints.
"""
from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Any

from . import guards, nesting
from .guards import _Builtin
from ..display import hide_addresses, repr_value, str_value
from .whitelist import allowed_attributes, delete_attribute, get_attribute, set_attribute

if TYPE_CHECKING:
    from .evaluator import Interpreter

_MISSING = object()


def _getattr(obj: Any, name: Any, default: Any = _MISSING) -> Any:
    if not isinstance(name, str):
        raise TypeError("attribute name must be string, not " + repr(type(name).__name__))
    try:
        return get_attribute(obj, name)
    except AttributeError:
        if default is _MISSING:
            raise
        return default


def _hasattr(obj: Any, name: Any) -> bool:
    if not isinstance(name, str):
        raise TypeError("attribute name must be string, not " + repr(type(name).__name__))
    try:
        get_attribute(obj, name)
    except AttributeError:
        return False
    return True


def _setattr(obj: Any, name: Any, value: Any) -> None:
    if not isinstance(name, str):
        raise TypeError("attribute name must be string, not " + repr(type(name).__name__))
    set_attribute(obj, name, value)


def _delattr(obj: Any, name: Any) -> None:
    if not isinstance(name, str):
        raise TypeError("attribute name must be string, not " + repr(type(name).__name__))
    delete_attribute(obj, name)


def _dir(obj: Any) -> list:
    """The public names attribute access reaches on ``obj``, sorted (Python's dir
    lists more: its private and special names are never reachable here)."""
    return sorted(name for name in allowed_attributes(obj) if not name.startswith("_"))


def _issubclass(cls: Any, classinfo: Any) -> bool:
    classes = classinfo if isinstance(classinfo, tuple) else (classinfo,)
    if not isinstance(cls, type):
        raise TypeError("issubclass() arg 1 must be a class")
    for kind in classes:
        if not isinstance(kind, type):
            raise TypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union")
    return builtins.issubclass(cls, classes)


def _format(value: Any, format_spec: str = "") -> str:
    guards.check_format_spec(format_spec)
    text = builtins.format(value, format_spec)
    return text if type(value) is str else hide_addresses(text)


class _StrType(guards._GuardedType):
    """``str``: ``str(value)`` is what ``print(value)`` shows (no host addresses);
    ``str(b, encoding)`` and ``isinstance(x, str)`` are Python's."""

    def __call__(cls, *args: Any, **kwargs: Any) -> Any:
        if len(args) == 1 and not kwargs:
            return str_value(args[0])
        return builtins.str(*args, **kwargs)


def _pow(base: Any, exp: Any, mod: Any = None) -> Any:
    from .expressions import BINARY_OPS  # noqa: PLC0415 - the guarded ``**``

    return BINARY_OPS["**"](base, exp) if mod is None else builtins.pow(base, exp, mod)


class _GuardedSet(guards._GuardedType):
    """``set``/``frozenset``/``dict`` that refuse to build from a huge range first,
    and check the nesting of tuple keys (hashing a deep tuple must not crash)."""

    def __call__(cls, *args: Any, **kwargs: Any) -> Any:
        if args:
            guards.check_iterable(args[0], cls.base.__name__)
            check = nesting.checked_pairs if cls.base is dict else nesting.checked_keys
            args = (check(args[0]),) + args[1:]
        return cls.base(*args, **kwargs)


def _guarded(kind: type) -> type:
    return _GuardedSet(kind.__name__, (), {"base": kind, "__gradsh_attrs__": frozenset()})


BUILTINS: dict[str, Any] = {
    "getattr": _getattr, "hasattr": _hasattr, "setattr": _setattr, "delattr": _delattr,
    "dir": _dir, "type": type, "issubclass": _issubclass, "format": _format, "pow": _pow,
    "NotImplemented": NotImplemented, "Ellipsis": Ellipsis,
    "set": _guarded(set), "frozenset": _guarded(frozenset), "dict": _guarded(dict),
    "hash": _Builtin("hash", nesting.checked_hash),
    "repr": _Builtin("repr", repr_value),  # without host addresses, as echoes show
    "str": _StrType("str", (), {"base": builtins.str, "__gradsh_attrs__": frozenset()}),
}
for _name in ("callable id chr ord hex bin oct slice next object "
              "property staticmethod classmethod").split():
    BUILTINS[_name] = getattr(builtins, _name)
BUILTINS.update({name: guards.GUARDED_BUILTINS[name] for name in ("iter", "map", "filter")})
for _name in ("getattr", "hasattr", "setattr", "delattr", "dir", "issubclass", "format", "pow"):
    BUILTINS[_name].__name__ = BUILTINS[_name].__qualname__ = _name


class Quitter:
    """``exit`` / ``quit``: calling it ends the session (``exit(3)``: status 3)."""

    __gradsh_attrs__ = frozenset()

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, code: Any = None) -> None:
        from .diagnostics import QuitRequested  # noqa: PLC0415

        raise QuitRequested(code)

    def __repr__(self) -> str:
        return f"Use {self.name}() or Ctrl-D (i.e. EOF) to exit"


BUILTINS["exit"], BUILTINS["quit"] = Quitter("exit"), Quitter("quit")


def make_help(interpreter: "Interpreter"):
    def help(obj: Any = _MISSING) -> None:  # noqa: A001 - Python's name
        """``help(x)``: what ``:help`` prints for it; ``help('name')`` as ``:help name``."""
        from .commands_help import _help  # noqa: PLC0415 - commands are lazy
        from .helptext import help_for_value  # noqa: PLC0415

        if obj is _MISSING:
            _help(interpreter, "")
        elif isinstance(obj, str):
            _help(interpreter, obj)
        else:
            interpreter.output(help_for_value(interpreter, obj))

    return help


def make_dir(interpreter: "Interpreter"):
    def dir(obj: Any = _MISSING) -> list:  # noqa: A001 - Python's name
        """``dir(x)``: the public names reachable on x; ``dir()``: the workspace's."""
        if obj is _MISSING:
            return sorted(name for name in interpreter.workspace if not name.startswith("_"))
        return _dir(obj)

    return dir
