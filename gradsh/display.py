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


# gradsh's own classes under PyTorch's names: nn, optim and data mirror
# PyTorch's files; the engine's few classes that type() reaches are listed.
_HOST_CLASS = re.compile(r"<class 'gradsh\.([\w.]+)'>")
_ENGINE_CLASSES = {"Device": "torch.device", "finfo": "torch.finfo", "iinfo": "torch.iinfo",
                   "no_grad": "torch.autograd.grad_mode.no_grad",
                   "enable_grad": "torch.autograd.grad_mode.enable_grad",
                   "set_grad_enabled": "torch.autograd.grad_mode.set_grad_enabled",
                   "inference_mode": "torch.autograd.grad_mode.inference_mode",
                   "ReturnType": "torch.return_types", "Namespace": "module",
                   "LazyNamespace": "module"}
_PACKAGES = {"nn": "torch.nn.modules", "optim": "torch.optim", "data": "torch.utils.data"}


def _class_name(match: "re.Match[str]") -> str:
    parts = match.group(1).split(".")
    if parts[0] in _PACKAGES:
        return f"<class '{_PACKAGES[parts[0]]}.{'.'.join(parts[1:])}'>"
    return f"<class '{_ENGINE_CLASSES.get(parts[-1], 'torch.' + parts[-1])}'>"


def hide_addresses(text: str) -> str:
    """``text`` (the repr or str of a value that is not a string) without the
    `` at 0x...`` of host objects and without gradsh's internal names."""
    if " at 0x" in text:
        text = _ADDRESS.sub(">", text)
    if "<class 'gradsh." in text:
        text = _HOST_CLASS.sub(_class_name, text)
    return text


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
