"""``torch.optim``, imported the first time a script reaches it.

Mirrors PyTorch's files (ARCHITECTURE idiom 13): optimizer.py (the base),
sgd.py, adam.py, adamw.py, rmsprop.py, adagrad.py, lr_scheduler.py and
plateau.py (ReduceLROnPlateau). :func:`members` is what ``torch.optim``
holds; :func:`scheduler_members` is ``torch.optim.lr_scheduler``.
"""
from __future__ import annotations


def members() -> dict:
    from .adagrad import Adagrad
    from .adam import Adam
    from .adamw import AdamW
    from .optimizer import Optimizer
    from .rmsprop import RMSprop
    from .sgd import SGD

    return {"Optimizer": Optimizer, "SGD": SGD, "Adam": Adam, "AdamW": AdamW,
            "RMSprop": RMSprop, "Adagrad": Adagrad}


def scheduler_members() -> dict:
    from . import lr_scheduler
    from .plateau import ReduceLROnPlateau

    names = {name: value for name, value in vars(lr_scheduler).items()
             if isinstance(value, type) and issubclass(value, lr_scheduler.LRScheduler)}
    names["ReduceLROnPlateau"] = ReduceLROnPlateau
    return names
