"""Helpers of ``nn.Module``: load_state_dict's result, hook handles, repr indentation,
argument checks (torch/nn/modules/module.py keeps them beside the class)."""
from __future__ import annotations

from typing import Any, NamedTuple

from ..engine.hooks import RemovableHandle as _RemovableHandle  # noqa: F401 - one id counter
from ..engine.tensor import Tensor


class _IncompatibleKeys(NamedTuple):
    missing_keys: list
    unexpected_keys: list

    def __repr__(self) -> str:
        if not self.missing_keys and not self.unexpected_keys:
            return "<All keys matched successfully>"
        return (f"_IncompatibleKeys(missing_keys={self.missing_keys}, "
                f"unexpected_keys={self.unexpected_keys})")

    __str__ = __repr__


def _addindent(text: str, spaces: int) -> str:
    lines = text.split("\n")
    if len(lines) == 1:
        return text
    return lines[0] + "\n" + "\n".join(" " * spaces + line for line in lines[1:])


def _typename(value: Any) -> str:
    if isinstance(value, Tensor):
        return value.type()
    kind = type(value)
    return kind.__name__ if kind.__module__ in ("builtins", None) else \
        f"{kind.__module__}.{kind.__qualname__}"


def _check_name(name: Any, module: Any, what: str) -> None:
    if not isinstance(name, str):
        raise TypeError(f"{what} name should be a string. Got {_typename(name)}")
    if "." in name:
        raise KeyError(f'{what} name can\'t contain "."')
    if name == "":
        raise KeyError(f'{what} name can\'t be empty string ""')


def _dtype_in(args: tuple, kwargs: dict) -> bool:
    from ..engine.dtypes import DType  # noqa: PLC0415

    return "dtype" in kwargs or any(isinstance(arg, DType) for arg in args)
