"""The one printer of values: what an echo and ``print`` show.

An expression statement echoes Python's ``repr`` of its value and ``print``
shows ``str``. Engine objects carry their own ``__repr__`` (a tensor's goes
through ``gradsh.engine.printing``, PyTorch's format), so this module imports
nothing, and echoing a plain number needs no engine at start-up.
"""
from __future__ import annotations


def repr_value(value: object) -> str:
    """What an expression statement echoes: Python's ``repr``."""
    return repr(value)


def str_value(value: object) -> str:
    """What ``print(value)`` shows: ``str`` (a tensor's str is its repr)."""
    return str(value)
