"""Classes a program calls as values, checked before they build (issue 19).

* dict and set classes (``collections.OrderedDict``, ``defaultdict``, a user's
  subclass of dict): their iterable's tuple keys are checked for nesting
  (:mod:`gradsh.lang.nesting`), as ``dict()`` and ``set()`` are;
* ``torch.Size``: PyTorch's rule, an iterable of ints (an integer tensor of
  one element counts), else ``TypeError: torch.Size() takes an iterable of
  'int' (item 0 is 'str')``; beyond 64 bits PyTorch's ``ValueError``.

:data:`CHECKED_BASES` is what ``call_value`` tests with one ``issubclass``.
"""
from __future__ import annotations

import operator
from typing import Any

from . import guards, nesting

CHECKED_BASES = (dict, set, frozenset, tuple)


def checked_args(kind: type, args: Any) -> Any:
    """The arguments of ``kind(*args)``, checked (and ``torch.Size``'s converted)."""
    if issubclass(kind, nesting.KEYED_TYPES):
        return nesting.constructor_args(kind, args)
    if kind.__module__ == "torch" and kind.__name__ == "Size" and len(args) == 1:
        return (size_items(args[0]),)
    return args


def size_items(iterable: Any) -> list:
    """The ints of ``torch.Size(iterable)``, as PyTorch accepts them."""
    guards.check_iterable(iterable, "torch.Size")
    values = []
    for position, item in enumerate(iterable):
        try:
            value = operator.index(item)  # int, bool, NumPy ints, one-element int tensors
        except TypeError:
            label = "Tensor" if hasattr(item, "_data") else type(item).__name__
            raise TypeError(f"torch.Size() takes an iterable of 'int' (item {position} is "
                            f"'{label}')") from None
        if not -(1 << 63) <= value < (1 << 63):
            raise ValueError("Overflow when unpacking long long")
        values.append(value)
    return values
