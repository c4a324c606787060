"""Python's ``functools`` and ``collections`` for gradsh programs: small safe subsets
(SPEC §2), as PyTorch's examples use them.

* ``functools``: ``partial`` and ``reduce`` (whose iterable is read through
  the checked iteration of iteration.py, so ``--timeout`` stops a long one),
  ``cmp_to_key``;
* ``collections``: ``OrderedDict`` and ``defaultdict`` (dict subclasses: the
  sandbox gives them dict's methods, and their class attributes such as
  ``fromkeys`` stay out of reach). Not offered: ``namedtuple`` (it builds
  classes from source text), ``Counter`` (it counts a long iterable in C code
  that ``--timeout`` cannot stop), ``deque``.
"""
from __future__ import annotations

import collections as _collections
import functools as _functools
from typing import Any

from . import iteration

_NO_INITIAL = object()


def _namespace(name: str, members: dict) -> Any:
    from gradsh.engine.namespace import Namespace  # noqa: PLC0415 - the engine is lazy

    return Namespace(name, members)


def functools_module() -> Any:
    def reduce(function: Any, iterable: Any, initial: Any = _NO_INITIAL) -> Any:
        source = iteration.lazy_source(iterable)
        if initial is _NO_INITIAL:
            return _functools.reduce(function, source)
        return _functools.reduce(function, source, initial)

    reduce.__module__ = "functools"
    return _namespace("functools", {"partial": _functools.partial, "reduce": reduce,
                                    "cmp_to_key": _functools.cmp_to_key})


def collections_module() -> Any:
    return _namespace("collections", {"OrderedDict": _collections.OrderedDict,
                                      "defaultdict": _collections.defaultdict})
