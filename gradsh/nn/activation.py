"""Activation modules (torch/nn/modules/activation.py): each calls its functional op."""
from __future__ import annotations

from ..engine import registry
from .module import Module


def _f(name: str):
    return registry.OPS[name].impl


class _Elementwise(Module):
    _function = ""

    def forward(self, input):
        return _f(self._function)(input)


class ReLU(_Elementwise):
    _function = "relu"

    def __init__(self, inplace: bool = False) -> None:
        super().__init__()
        self.inplace = inplace

    def forward(self, input):
        return input.relu_() if self.inplace else _f("relu")(input)

    def extra_repr(self) -> str:
        return "inplace=True" if self.inplace else ""


class Sigmoid(_Elementwise):
    _function = "sigmoid"


class Tanh(_Elementwise):
    _function = "tanh"


class SiLU(_Elementwise):
    _function = "silu"

    def __init__(self, inplace: bool = False) -> None:
        super().__init__()
        self.inplace = inplace

    def extra_repr(self) -> str:
        return "inplace=True" if self.inplace else ""


class GELU(Module):
    def __init__(self, approximate: str = "none") -> None:
        super().__init__()
        if approximate != "none":
            raise NotImplementedError("gradsh: GELU(approximate='tanh') is not supported yet")
        self.approximate = approximate

    def forward(self, input):
        return _f("gelu")(input)

    def extra_repr(self) -> str:
        return f"approximate={self.approximate!r}"


class _SoftmaxBase(Module):
    _function = ""

    def __init__(self, dim=None) -> None:
        super().__init__()
        self.dim = dim

    def forward(self, input):
        return _f(self._function)(input, self.dim)

    def extra_repr(self) -> str:
        return f"dim={self.dim}"


class Softmax(_SoftmaxBase):
    _function = "softmax"


class LogSoftmax(_SoftmaxBase):
    _function = "log_softmax"


for _cls in (ReLU, Sigmoid, Tanh, SiLU, GELU, Softmax, LogSoftmax):
    _cls._declared = Module._declared | {"inplace", "dim", "approximate"}
