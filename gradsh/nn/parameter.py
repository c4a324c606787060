"""``nn.Parameter``: a tensor that is a module's learnable state (torch/nn/parameter.py)."""
from __future__ import annotations

from ..engine.tensor import Tensor


class Parameter(Tensor):
    """A leaf tensor that requires grad (by default) and registers itself on a
    Module when assigned as an attribute; prints ``Parameter containing:``."""

    __slots__ = ()

    def __new__(cls, data=None, requires_grad: bool = True):
        from ..engine.ops.creation import empty  # noqa: PLC0415

        if data is None:
            data = empty(0)
        if not isinstance(data, Tensor):
            raise TypeError(f"Parameter(): argument 'data' must be Tensor, not "
                            f"{type(data).__name__}")
        plain = Tensor._make(data._data, data.dtype)  # shares the memory
        parameter = object.__new__(cls)
        for slot in Tensor.__slots__[:-1]:  # all but __weakref__
            setattr(parameter, slot, getattr(plain, slot))
        parameter._version = data._version
        parameter.requires_grad = requires_grad
        return parameter

    def __init__(self, data=None, requires_grad: bool = True):
        """Made by ``__new__``; Tensor's own constructor does not run."""

    def __repr__(self) -> str:
        return "Parameter containing:\n" + Tensor.__repr__(self)

    __str__ = __repr__


Parameter.__module__ = "torch.nn.parameter"
