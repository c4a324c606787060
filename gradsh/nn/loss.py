"""Loss modules (torch/nn/modules/loss.py): each calls its functional op with ``reduction``."""
from __future__ import annotations

from ..engine import registry
from .module import Module


class _Loss(Module):
    _declared = Module._declared | {"reduction"}

    def __init__(self, size_average=None, reduce=None, reduction: str = "mean") -> None:
        super().__init__()
        self.reduction = reduction


class MSELoss(_Loss):
    def forward(self, input, target):
        return registry.OPS["mse_loss"].impl(input, target, reduction=self.reduction)


class NLLLoss(_Loss):
    _declared = _Loss._declared | {"ignore_index", "weight"}

    def __init__(self, weight=None, size_average=None, ignore_index: int = -100, reduce=None,
                 reduction: str = "mean") -> None:
        super().__init__(size_average, reduce, reduction)
        self.register_buffer("weight", weight)
        self.ignore_index = ignore_index

    def forward(self, input, target):
        return registry.OPS["nll_loss"].impl(input, target, weight=self.weight,
                                             ignore_index=self.ignore_index,
                                             reduction=self.reduction)


class CrossEntropyLoss(_Loss):
    _declared = _Loss._declared | {"ignore_index", "weight", "label_smoothing"}

    def __init__(self, weight=None, size_average=None, ignore_index: int = -100, reduce=None,
                 reduction: str = "mean", label_smoothing: float = 0.0) -> None:
        super().__init__(size_average, reduce, reduction)
        self.register_buffer("weight", weight)
        self.ignore_index, self.label_smoothing = ignore_index, label_smoothing

    def forward(self, input, target):
        return registry.OPS["cross_entropy"].impl(
            input, target, weight=self.weight, ignore_index=self.ignore_index,
            reduction=self.reduction, label_smoothing=self.label_smoothing)
