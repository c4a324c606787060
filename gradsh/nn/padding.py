"""Padding and upsampling layers (torch/nn/modules/padding.py and upsampling.py).

``ZeroPad2d``, ``ConstantPad{1,2,3}d``, ``ReflectionPad{1,2,3}d``,
``ReplicationPad{1,2,3}d``, ``CircularPad{1,2,3}d`` call F.pad with their
mode; ``Upsample`` and its two fixed-mode subclasses call F.interpolate.
The reprs are PyTorch's (``ZeroPad2d((1, 1, 2, 0))``,
``Upsample(scale_factor=2.0, mode='nearest')``).
"""
from __future__ import annotations

from collections.abc import Iterable

from ..engine.ops.interpolate import interpolate
from ..engine.ops.padding import pad
from .module import Module


def _ntuple(value, count: int) -> tuple:
    """torch.nn.modules.utils._ntuple: an iterable as a tuple, a number repeated."""
    return tuple(value) if isinstance(value, Iterable) else (value,) * count


class _PadNd(Module):
    _declared = Module._declared | {"padding"}
    _count = 2
    _mode = "constant"

    def __init__(self, padding) -> None:
        super().__init__()
        self.padding = _ntuple(padding, self._count)

    def forward(self, input):
        return pad(input, self.padding, self._mode)

    def extra_repr(self) -> str:
        return f"{self.padding}"


class _ConstantPadNd(_PadNd):
    _declared = _PadNd._declared | {"value"}

    def __init__(self, padding, value: float) -> None:
        super().__init__(padding)
        self.value = value

    def forward(self, input):
        return pad(input, self.padding, "constant", self.value)

    def extra_repr(self) -> str:
        return f"padding={self.padding}, value={self.value}"


class ConstantPad1d(_ConstantPadNd):
    """Pad the last dim with a constant."""


class ConstantPad2d(_ConstantPadNd):
    """Pad the last two dims with a constant (left, right, top, bottom)."""

    _count = 4


class ConstantPad3d(_ConstantPadNd):
    """Pad the last three dims with a constant."""

    _count = 6


class ZeroPad1d(ConstantPad1d):
    """Pad the last dim with zeros."""

    def __init__(self, padding) -> None:
        super().__init__(padding, 0.0)

    def extra_repr(self) -> str:
        return f"{self.padding}"


class ZeroPad2d(ConstantPad2d):
    """Pad the last two dims with zeros (left, right, top, bottom)."""

    def __init__(self, padding) -> None:
        super().__init__(padding, 0.0)

    def extra_repr(self) -> str:
        return f"{self.padding}"


class ZeroPad3d(ConstantPad3d):
    """Pad the last three dims with zeros (PyTorch keeps ConstantPad3d's repr)."""

    def __init__(self, padding) -> None:
        super().__init__(padding, 0.0)


class ReflectionPad1d(_PadNd):
    """Pad the last dim with its reflection (the edge not repeated)."""

    _mode = "reflect"


class ReflectionPad2d(ReflectionPad1d):
    _count = 4


class ReflectionPad3d(ReflectionPad1d):
    _count = 6


class ReplicationPad1d(_PadNd):
    """Pad the last dim by repeating its edge values."""

    _mode = "replicate"


class ReplicationPad2d(ReplicationPad1d):
    _count = 4


class ReplicationPad3d(ReplicationPad1d):
    _count = 6


class _CircularPadNd(_PadNd):
    _mode = "circular"
    _ranks = (2, 3)

    def forward(self, input):
        if input.ndim not in self._ranks:
            raise ValueError(f"expected {self._ranks[0]}D or {self._ranks[1]}D input (got "
                             f"{input.ndim}D input)")
        return pad(input, self.padding, "circular")


class CircularPad1d(_CircularPadNd):
    """Pad the last dim with its values wrapped around."""


class CircularPad2d(_CircularPadNd):
    _count = 4
    _ranks = (3, 4)


class CircularPad3d(_CircularPadNd):
    _count = 6
    _ranks = (4, 5)


class Upsample(Module):
    """F.interpolate as a layer: size or scale_factor, mode, align_corners."""

    _declared = Module._declared | {"name", "size", "scale_factor", "mode", "align_corners",
                                    "recompute_scale_factor"}

    def __init__(self, size=None, scale_factor=None, mode: str = "nearest",
                 align_corners=None, recompute_scale_factor=None) -> None:
        super().__init__()
        self.name = type(self).__name__
        self.size = size
        if isinstance(scale_factor, tuple):
            self.scale_factor = tuple(float(factor) for factor in scale_factor)
        else:
            self.scale_factor = float(scale_factor) if scale_factor else None
        self.mode = mode
        self.align_corners = align_corners
        self.recompute_scale_factor = recompute_scale_factor

    def forward(self, input):
        return interpolate(input, self.size, self.scale_factor, self.mode, self.align_corners,
                           recompute_scale_factor=self.recompute_scale_factor)

    def extra_repr(self) -> str:
        if self.scale_factor is not None:
            info = "scale_factor=" + repr(self.scale_factor)
        else:
            info = "size=" + repr(self.size)
        return info + ", mode=" + repr(self.mode)


class UpsamplingNearest2d(Upsample):
    def __init__(self, size=None, scale_factor=None) -> None:
        super().__init__(size, scale_factor, mode="nearest")


class UpsamplingBilinear2d(Upsample):
    def __init__(self, size=None, scale_factor=None) -> None:
        super().__init__(size, scale_factor, mode="bilinear", align_corners=True)
