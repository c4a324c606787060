"""``Dropout`` (torch/nn/modules/dropout.py)."""
from __future__ import annotations

from ..engine.ops.sampling_draws import dropout
from .module import Module


class Dropout(Module):
    """Zeroes elements with probability p while training (PyTorch's random mask)."""

    _declared = Module._declared | {"p", "inplace"}

    def __init__(self, p: float = 0.5, inplace: bool = False) -> None:
        super().__init__()
        if p < 0 or p > 1:
            raise ValueError(f"dropout probability has to be between 0 and 1, but got {p}")
        self.p, self.inplace = p, inplace

    def forward(self, input):
        return dropout(input, self.p, self.training, self.inplace)

    def extra_repr(self) -> str:
        return f"p={self.p}, inplace={self.inplace}"
