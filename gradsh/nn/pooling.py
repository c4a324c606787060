"""``MaxPool2d``, ``AvgPool2d``, ``AdaptiveAvgPool2d`` (torch/nn/modules/pooling.py)."""
from __future__ import annotations

from ..engine.ops.pooling import adaptive_avg_pool2d, avg_pool2d, max_pool2d
from .module import Module


class MaxPool2d(Module):
    """The maximum over each window; with return_indices, the flat positions too."""

    _declared = Module._declared | {"kernel_size", "stride", "padding", "dilation",
                                    "return_indices", "ceil_mode"}

    def __init__(self, kernel_size, stride=None, padding=0, dilation=1,
                 return_indices: bool = False, ceil_mode: bool = False) -> None:
        super().__init__()
        self.kernel_size = kernel_size
        self.stride = stride if stride is not None else kernel_size
        self.padding, self.dilation = padding, dilation
        self.return_indices, self.ceil_mode = return_indices, ceil_mode

    def forward(self, input):
        return max_pool2d(input, self.kernel_size, self.stride, self.padding, self.dilation,
                          ceil_mode=self.ceil_mode, return_indices=self.return_indices)

    def extra_repr(self) -> str:
        return (f"kernel_size={self.kernel_size}, stride={self.stride}, padding={self.padding}, "
                f"dilation={self.dilation}, ceil_mode={self.ceil_mode}")


class AvgPool2d(Module):
    """The mean over each window (PyTorch's divisor rules)."""

    _declared = Module._declared | {"kernel_size", "stride", "padding", "ceil_mode",
                                    "count_include_pad", "divisor_override"}

    def __init__(self, kernel_size, stride=None, padding=0, ceil_mode: bool = False,
                 count_include_pad: bool = True, divisor_override=None) -> None:
        super().__init__()
        self.kernel_size = kernel_size
        self.stride = stride if stride is not None else kernel_size
        self.padding, self.ceil_mode = padding, ceil_mode
        self.count_include_pad, self.divisor_override = count_include_pad, divisor_override

    def forward(self, input):
        return avg_pool2d(input, self.kernel_size, self.stride, self.padding, self.ceil_mode,
                          self.count_include_pad, self.divisor_override)

    def extra_repr(self) -> str:
        return f"kernel_size={self.kernel_size}, stride={self.stride}, padding={self.padding}"


class AdaptiveAvgPool2d(Module):
    """Average pooling to a fixed output size (None keeps the input's size)."""

    _declared = Module._declared | {"output_size"}

    def __init__(self, output_size) -> None:
        super().__init__()
        self.output_size = output_size

    def forward(self, input):
        return adaptive_avg_pool2d(input, self.output_size)

    def extra_repr(self) -> str:
        return f"output_size={self.output_size}"


def _fractional_init(module, kernel_size, output_size, output_ratio, return_indices,
                     _random_samples, dims: int) -> None:
    """FractionalMaxPool2d/3d.__init__ (torch/nn/modules/pooling.py), with its checks."""
    def expand(value):
        return tuple(value) if isinstance(value, (tuple, list)) else (value,) * dims

    name = f"FractionalMaxPool{dims}d"
    if dims == 3 and any(k <= 0 for k in expand(kernel_size)):
        raise ValueError(f"kernel_size must be greater than 0, but got {kernel_size}")
    module.kernel_size = expand(kernel_size)
    module.return_indices = return_indices
    module.register_buffer("_random_samples", _random_samples)
    module.output_size = expand(output_size) if output_size is not None else None
    module.output_ratio = expand(output_ratio) if output_ratio is not None else None
    if output_size is None and output_ratio is None:
        raise ValueError(f"{name} requires specifying either an output size, or a pooling ratio")
    if output_size is not None and output_ratio is not None:
        raise ValueError("only one of output_size and output_ratio may be specified")
    if module.output_ratio is not None and not all(0 < r < 1 for r in module.output_ratio):
        raise ValueError(f"output_ratio must be between 0 and 1 (got {output_ratio})")


class _FractionalMaxPoolNd(Module):
    """Max pooling over pseudo-random windows (Graham's fractional max pooling);
    the subclasses name the dimensions and the functional form."""

    _declared = Module._declared | {"kernel_size", "return_indices", "output_size",
                                    "output_ratio"}
    _dims = 2
    _function = "fractional_max_pool2d"

    def __init__(self, kernel_size, output_size=None, output_ratio=None,
                 return_indices: bool = False, _random_samples=None) -> None:
        super().__init__()
        _fractional_init(self, kernel_size, output_size, output_ratio, return_indices,
                         _random_samples, self._dims)

    def forward(self, input):
        from ..engine.ops import pooling_fractional  # noqa: PLC0415

        return getattr(pooling_fractional, self._function)(
            input, self.kernel_size, self.output_size, self.output_ratio,
            self.return_indices, _random_samples=self._random_samples)


class FractionalMaxPool2d(_FractionalMaxPoolNd):
    """Max pooling over pseudo-random windows of (N, C, H, W) or (C, H, W)."""


class FractionalMaxPool3d(_FractionalMaxPoolNd):
    """Max pooling over pseudo-random windows of (N, C, T, H, W) or (C, T, H, W)."""

    _dims = 3
    _function = "fractional_max_pool3d"
