"""Size checks on Python values, before they are built (issue 19, part A).

Counted in real bytes, against the one memory budget (the engine's limit
less what the workspace holds, :mod:`gradsh.lang.budget`):

* ``+`` and ``+=`` of strings, bytes, lists and tuples (``s + s + s + s``);
* ``%`` formatting of a string: its widths and precisions (``'%*d' % (10**9, 1)``)
  and the strings it copies in;
* big integers: ``1 << 4000000000``, ``**``, and ``*`` of big ints;
* ``str.split`` / ``rsplit`` / ``splitlines`` (a string object per piece), the
  padding methods (``ljust(10**9)``), f-strings, and ``print``'s text;
* ``tolist()``: a Python float in a list is 32 bytes with its pointer, not 8.

Small values skip all of it: each check starts with a length compare.
"""
from __future__ import annotations

import operator
import re
from typing import Any

POINTER = 8  # bytes of a list or tuple slot
STR_OBJECT = 49  # bytes of an empty (compact ASCII) str object
INT_OBJECT = 28
FLOAT_OBJECT = 24
SMALL = 1 << 16  # items or characters below which nothing is checked
_WHITESPACE = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0"


def _limits():
    from gradsh.engine import limits  # noqa: PLC0415 - loads the engine: a large value only

    if limits._held_provider is None:  # no torch name used yet: the budget's provider too
        from .budget import install  # noqa: PLC0415

        install()
    return limits


def check(nbytes: int, what: str) -> None:
    """Refuse ``nbytes`` for ``what`` over the budget (what the workspace holds counted)."""
    _limits().check_bytes(nbytes, what)


def _plural(count: int, noun: str) -> str:
    return f"{count:,} {noun}" + ("" if count == 1 else "s")


def _char_size(*texts: Any) -> int:
    return 1 if all(type(t) is bytes or t.isascii() for t in texts) else 4


def check_string(count: int, char_size: int = 1) -> None:
    if count > SMALL:
        check(count * char_size, f"a string of {_plural(count, 'character')}")


def check_list(count: int, item_bytes: int = POINTER, kind: str = "list") -> None:
    if count > SMALL:
        check(count * item_bytes, f"a {kind} of {_plural(count, 'item')}")


# ------------------------------------------------------------ operators
_CONCAT = (str, bytes, list, tuple)


def _check_concat(a: Any, b: Any) -> None:
    count = len(a) + len(b)
    if count > SMALL:
        if isinstance(a, (str, bytes)):
            check_string(count, _char_size(a, b) if isinstance(b, (str, bytes)) else 1)
        else:
            check_list(count, POINTER, type(a).__name__)


def checked_add(a: Any, b: Any) -> Any:
    if isinstance(a, _CONCAT) and isinstance(b, _CONCAT):
        _check_concat(a, b)
    return a + b


def checked_iadd(a: Any, b: Any) -> Any:
    if isinstance(a, _CONCAT) and hasattr(b, "__len__"):
        _check_concat(a, b)
    return operator.iadd(a, b)


def check_int_bits(bits: int) -> None:
    """An integer result of about ``bits`` bits."""
    if bits > SMALL * 8:
        check(bits // 8, f"an integer of {bits:,} bits")


def checked_lshift(a: Any, b: Any) -> Any:
    if type(a) is int and type(b) is int and b > SMALL and a:
        check_int_bits(a.bit_length() + b)
    return a << b


def checked_ilshift(a: Any, b: Any) -> Any:
    if type(a) is int and type(b) is int and b > SMALL and a:
        check_int_bits(a.bit_length() + b)
    return operator.ilshift(a, b)


_PERCENT = re.compile(rb"%(?:\([^)]*\))?[-+ #0]*(\*|\d+)?(?:\.(\*|\d*))?[hlL]?(.)")


def check_percent(text: Any, args: Any) -> None:
    """``text % args`` for a str or bytes ``text``: widths, precisions, copied strings."""
    values = args if type(args) is tuple else (args,)
    count = len(text) + sum(len(v) for v in values if isinstance(v, (str, bytes)))
    raw = text.encode("utf-8", "replace") if isinstance(text, str) else text
    if b"%" in raw:
        stars = iter([v for v in values if type(v) is int])
        for width, precision, _conversion in _PERCENT.findall(raw):
            for field in (width, precision):
                if field == b"*":
                    count += abs(next(stars, 0))
                elif field and len(field) > 4:
                    count += int(field) if len(field) < 20 else 10 ** 20
    check_string(count, 1 if isinstance(text, bytes) else _char_size(text))


def checked_mod(a: Any, b: Any) -> Any:
    if isinstance(a, (str, bytes)):
        check_percent(a, b)
    return a % b


def checked_imod(a: Any, b: Any) -> Any:
    if isinstance(a, (str, bytes)):
        check_percent(a, b)
    return operator.imod(a, b)


# ------------------------------------------------------------ str methods
def _pieces_bytes(count: int, length: int) -> int:
    return count * (POINTER + STR_OBJECT) + length


def guarded_split(text: str, name: str):
    method = getattr(text, name)

    def split(sep: Any = None, maxsplit: Any = -1) -> list:
        if len(text) > SMALL:
            if isinstance(sep, (str, bytes)) and sep:
                count = text.count(sep) + 1
            else:
                count = sum(text.count(c) for c in _WHITESPACE) + 1
            if isinstance(maxsplit, int) and maxsplit >= 0:
                count = min(count, maxsplit + 1)
            check(_pieces_bytes(count, len(text)), f"a list of {_plural(count, 'string')}")
        return method(sep, maxsplit)

    split.__name__ = name
    return split


def guarded_splitlines(text: str):
    def splitlines(keepends: Any = False) -> list:
        if len(text) > SMALL:
            count = sum(text.count(c) for c in "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029") + 1
            check(_pieces_bytes(count, len(text)), f"a list of {_plural(count, 'string')}")
        return text.splitlines(keepends)

    return splitlines


def guarded_pad(text: str, name: str):
    """ljust, rjust, center, zfill, expandtabs: a width (or tab size) argument."""
    method = getattr(text, name)

    def pad(*args: Any, **kwargs: Any) -> str:
        width = args[0] if args else next(iter(kwargs.values()), 0)
        if type(width) is int and width > SMALL:
            size = width if name != "expandtabs" else len(text) + width * text.count("\t")
            check_string(size, _char_size(text))
        return method(*args, **kwargs)

    pad.__name__ = name
    return pad


GUARDED_STR_METHODS = {
    "split": lambda text: guarded_split(text, "split"),
    "rsplit": lambda text: guarded_split(text, "rsplit"),
    "splitlines": guarded_splitlines,
    **{name: (lambda text, name=name: guarded_pad(text, name))
       for name in ("ljust", "rjust", "center", "zfill", "expandtabs")},
}


# ---------------------------------------------------------- text and lists
def check_text_parts(parts: list, sep: str = "") -> None:
    """Joining ``parts`` (strings) with ``sep``: f-strings, print."""
    if len(parts) > SMALL // 16 or any(len(part) > SMALL for part in parts):
        count = sum(map(len, parts)) + len(sep) * max(len(parts) - 1, 0)
        check_string(count, 1)


def python_item_bytes(dtype_kind: str) -> int:
    """Bytes a list holds per element of an array or tensor turned into Python
    numbers (``tolist``): the pointer and the number object."""
    return POINTER + {"b": 0, "i": INT_OBJECT, "u": INT_OBJECT, "f": FLOAT_OBJECT,
                      "c": 32}.get(dtype_kind, FLOAT_OBJECT)


def iterable_item_bytes(iterable: Any) -> int:
    """Bytes per item of a list built from ``iterable``: a ``range`` makes int objects."""
    return POINTER + INT_OBJECT if type(iterable) is range else POINTER
