"""torch.inference_mode: no_grad that also marks the tensors made inside.

Inside ``inference_mode()`` nothing is recorded (as under ``no_grad``) and
the tensors created report ``is_inference()``. Marking costs nothing
outside the mode: ``Tensor._make`` is wrapped only while a mode is active.
Tensors made through a reference to ``_make`` taken earlier are not marked
(a cheap approximation of PyTorch's inference tensors).
"""
from __future__ import annotations

import weakref

from . import autograd
from .tensor import Tensor

_active = [False]
_marked: dict = {}  # id(tensor) -> weakref to it
_plain_make = Tensor.__dict__["_make"].__func__


def _marking_make(cls, data, dtype, base=None):
    tensor = _plain_make(cls, data, dtype, base)
    key = id(tensor)
    _marked[key] = weakref.ref(tensor, lambda _ref, key=key: _marked.pop(key, None))
    return tensor


def _set_active(active: bool) -> None:
    _active[0] = active
    Tensor._make = classmethod(_marking_make if active else _plain_make)


def is_inference(tensor) -> bool:
    ref = _marked.get(id(tensor))
    return ref is not None and ref() is tensor


def is_inference_mode_enabled() -> bool:
    return _active[0]


class inference_mode(autograd._GradMode):
    """``with torch.inference_mode():``, or as a decorator (with or without parentheses)."""

    def __new__(cls, mode=True):
        if callable(mode) and not isinstance(mode, bool):  # the bare decorator
            return cls()(mode)
        return super().__new__(cls)

    def __init__(self, mode=True):
        self._mode = bool(mode)
        self._enter_value = not self._mode

    def __enter__(self):
        self._previous_active = _active[0]
        _set_active(self._mode)
        return super().__enter__()

    def __exit__(self, *exc):
        _set_active(self._previous_active)
        return super().__exit__(*exc)

    def __call__(self, function):
        if not callable(function):
            raise TypeError(f"'{type(self).__name__}' object is not callable")
        mode = self._mode

        def decorated(*args, **kwargs):
            with inference_mode(mode):
                return function(*args, **kwargs)

        return autograd._Decorated(decorated, function)

    def __repr__(self) -> str:
        return f"<torch.autograd.grad_mode.inference_mode object at {id(self):#x}>"
