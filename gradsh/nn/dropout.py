"""``Dropout`` and its kin (torch/nn/modules/dropout.py)."""
from __future__ import annotations

from ..engine.ops.dropout_feature import (alpha_dropout, dropout1d, dropout2d, dropout3d,
                                          feature_alpha_dropout)
from ..engine.ops.sampling_draws import dropout
from .module import Module


class _DropoutNd(Module):
    """Zeroes elements with probability p while training (PyTorch's random mask)."""

    _declared = Module._declared | {"p", "inplace"}
    _function = staticmethod(dropout)

    def __init__(self, p: float = 0.5, inplace: bool = False) -> None:
        super().__init__()
        if p < 0 or p > 1:
            raise ValueError(f"dropout probability has to be between 0 and 1, but got {p}")
        self.p, self.inplace = p, inplace

    def forward(self, input):
        return type(self)._function(input, self.p, self.training, self.inplace)

    def extra_repr(self) -> str:
        return f"p={self.p}, inplace={self.inplace}"


class Dropout(_DropoutNd):
    _function = staticmethod(dropout)


class Dropout1d(_DropoutNd):
    _function = staticmethod(dropout1d)


class Dropout2d(_DropoutNd):
    _function = staticmethod(dropout2d)


class Dropout3d(_DropoutNd):
    _function = staticmethod(dropout3d)


class AlphaDropout(_DropoutNd):
    _function = staticmethod(alpha_dropout)


class FeatureAlphaDropout(_DropoutNd):
    _function = staticmethod(feature_alpha_dropout)
