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


# ---------------------------------------------- more losses (functional_losses.py)
class L1Loss(_Loss):
    def forward(self, input, target):
        return registry.OPS["l1_loss"].impl(input, target, reduction=self.reduction)


class SmoothL1Loss(_Loss):
    _declared = _Loss._declared | {"beta"}

    def __init__(self, size_average=None, reduce=None, reduction: str = "mean",
                 beta: float = 1.0) -> None:
        super().__init__(size_average, reduce, reduction)
        self.beta = beta

    def forward(self, input, target):
        return registry.OPS["smooth_l1_loss"].impl(input, target, reduction=self.reduction,
                                                   beta=self.beta)


class HuberLoss(_Loss):
    _declared = _Loss._declared | {"delta"}

    def __init__(self, reduction: str = "mean", delta: float = 1.0) -> None:
        if not isinstance(delta, (float, int)):
            raise TypeError(f"delta must be a float or int, got: {type(delta)}")
        super().__init__(reduction=reduction)
        self.delta = delta

    def forward(self, input, target):
        return registry.OPS["huber_loss"].impl(input, target, reduction=self.reduction,
                                               delta=self.delta)


class BCELoss(_Loss):
    _declared = _Loss._declared | {"weight"}

    def __init__(self, weight=None, size_average=None, reduce=None,
                 reduction: str = "mean") -> None:
        super().__init__(size_average, reduce, reduction)
        self.register_buffer("weight", weight)

    def forward(self, input, target):
        return registry.OPS["binary_cross_entropy"].impl(input, target, weight=self.weight,
                                                         reduction=self.reduction)


class BCEWithLogitsLoss(_Loss):
    _declared = _Loss._declared | {"weight", "pos_weight"}

    def __init__(self, weight=None, size_average=None, reduce=None, reduction: str = "mean",
                 pos_weight=None) -> None:
        super().__init__(size_average, reduce, reduction)
        self.register_buffer("weight", weight)
        self.register_buffer("pos_weight", pos_weight)

    def forward(self, input, target):
        return registry.OPS["binary_cross_entropy_with_logits"].impl(
            input, target, self.weight, pos_weight=self.pos_weight, reduction=self.reduction)


class KLDivLoss(_Loss):
    _declared = _Loss._declared | {"log_target"}

    def __init__(self, size_average=None, reduce=None, reduction: str = "mean",
                 log_target: bool = False) -> None:
        super().__init__(size_average, reduce, reduction)
        self.log_target = log_target

    def forward(self, input, target):
        return registry.OPS["kl_div"].impl(input, target, reduction=self.reduction,
                                           log_target=self.log_target)


class CTCLoss(_Loss):
    """The connectionist temporal classification loss (F.ctc_loss)."""

    _declared = _Loss._declared | {"blank", "zero_infinity"}

    def __init__(self, blank: int = 0, reduction: str = "mean",
                 zero_infinity: bool = False) -> None:
        super().__init__(reduction=reduction)
        self.blank, self.zero_infinity = blank, zero_infinity

    def forward(self, log_probs, targets, input_lengths, target_lengths):
        return registry.OPS["ctc_loss"].impl(log_probs, targets, input_lengths, target_lengths,
                                             self.blank, self.reduction, self.zero_infinity)
