"""``torch.nn``, imported the first time a script reaches one of its names.

Mirrors PyTorch's files (ARCHITECTURE idiom 13): module.py, parameter.py,
init.py, linear.py, activation.py, container.py, dropout.py, flatten.py,
loss.py, normalization.py (LayerNorm, BatchNorm), sparse.py (Embedding).
:func:`members` is what the ``torch.nn`` namespace holds.
"""
from __future__ import annotations


def members() -> dict:
    from . import (activation, container, conv, dropout, flatten, linear, loss, normalization,
                   padding, pooling, rnn, sparse)
    from .module import Module
    from .parameter import Parameter

    names = {"Module": Module, "Parameter": Parameter}
    for source in (linear, activation, container, dropout, flatten, loss, normalization, sparse,
                   rnn, conv, pooling, padding):
        names.update({name: value for name, value in vars(source).items()
                      if isinstance(value, type) and issubclass(value, Module)
                      and not name.startswith("_") and value.__module__ == source.__name__})
    return names


def init_members() -> dict:
    from .init import MEMBERS

    return dict(MEMBERS)
