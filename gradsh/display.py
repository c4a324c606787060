"""The one printer of values: what an echo and ``print`` show.

An expression statement echoes Python's ``repr`` of its value and ``print``
shows ``str``. Engine objects carry their own ``__repr__`` (a tensor's goes
through ``gradsh.engine.printing``, PyTorch's format), so this module imports
nothing, and echoing a plain number needs no engine at start-up.
"""
from __future__ import annotations

import re

# Host objects print without their addresses (issue 19, policy): Python's
# `<function f at 0x7f...>` becomes `<function f>`, as gradsh's own functions print.
_ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+>")


def hide_addresses(text: str) -> str:
    """``text`` (the repr or str of a value that is not a string) without the
    `` at 0x...`` of host objects."""
    return _ADDRESS.sub(">", text) if " at 0x" in text else text


_without_addresses = hide_addresses


def repr_value(value: object) -> str:
    """What an expression statement echoes: Python's ``repr``."""
    text = repr(value)
    return text if type(value) is str else _without_addresses(text)


def str_value(value: object) -> str:
    """What ``print(value)`` shows: ``str`` (a tensor's str is its repr)."""
    if type(value) is str:
        return value
    return _without_addresses(str(value))
