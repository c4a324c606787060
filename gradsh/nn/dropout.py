"""``Dropout`` and ``Flatten`` (torch/nn/modules/dropout.py, flatten.py)."""
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


class Flatten(Module):
    _declared = Module._declared | {"start_dim", "end_dim"}

    def __init__(self, start_dim: int = 1, end_dim: int = -1) -> None:
        super().__init__()
        self.start_dim, self.end_dim = start_dim, end_dim

    def forward(self, input):
        return input.flatten(self.start_dim, self.end_dim)

    def extra_repr(self) -> str:
        return f"start_dim={self.start_dim}, end_dim={self.end_dim}"
