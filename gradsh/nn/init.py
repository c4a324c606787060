"""``nn.init`` (torch/nn/init.py): initial weights drawn as PyTorch draws them.

The bounds are computed with Python's ``math`` as PyTorch computes them, and
the draws are the tensor's own in-place ``uniform_``/``normal_`` (PyTorch's
random numbers, engine/random), so ``torch.manual_seed(0); nn.Linear(3, 2)``
holds PyTorch's weights to the bit.
"""
from __future__ import annotations

import math
from typing import Any

from ..engine import autograd
from ..engine.tensor import Tensor
from ..journal import JOURNAL


def calculate_gain(nonlinearity: str, param: Any = None) -> float:
    linear = ("linear", "conv1d", "conv2d", "conv3d", "conv_transpose1d", "conv_transpose2d",
              "conv_transpose3d")
    if nonlinearity in linear or nonlinearity == "sigmoid":
        return 1
    if nonlinearity == "tanh":
        return 5.0 / 3
    if nonlinearity == "relu":
        return math.sqrt(2.0)
    if nonlinearity == "leaky_relu":
        if param is None:
            negative_slope = 0.01
        elif not isinstance(param, bool) and isinstance(param, (int, float)):
            negative_slope = param
        else:
            raise ValueError(f"negative_slope {param} not a valid number")
        return math.sqrt(2.0 / (1 + negative_slope ** 2))
    if nonlinearity == "selu":
        return 3.0 / 4
    raise ValueError(f"Unsupported nonlinearity {nonlinearity}")


def _calculate_fan_in_and_fan_out(tensor: Tensor) -> tuple:
    if tensor.ndim < 2:
        raise ValueError("Fan in and fan out can not be computed for tensor with fewer than "
                         "2 dimensions")
    receptive_field = 1
    for size in tuple(tensor.shape)[2:]:
        receptive_field *= size
    return tensor.shape[1] * receptive_field, tensor.shape[0] * receptive_field


def _calculate_correct_fan(tensor: Tensor, mode: str) -> int:
    mode = mode.lower()
    if mode not in ("fan_in", "fan_out"):
        raise ValueError(f"Mode {mode} not supported, please use one of fan_in, fan_out")
    fan_in, fan_out = _calculate_fan_in_and_fan_out(tensor)
    return fan_in if mode == "fan_in" else fan_out


def _no_grad(fill):
    with autograd.no_grad():
        return fill()


def uniform_(tensor: Tensor, a: float = 0.0, b: float = 1.0, generator: Any = None) -> Tensor:
    return _no_grad(lambda: tensor.uniform_(a, b, generator=generator))


def normal_(tensor: Tensor, mean: float = 0.0, std: float = 1.0, generator: Any = None) -> Tensor:
    return _no_grad(lambda: tensor.normal_(mean, std, generator=generator))


def constant_(tensor: Tensor, val: float) -> Tensor:
    return _no_grad(lambda: tensor.fill_(val))


def ones_(tensor: Tensor) -> Tensor:
    return _no_grad(lambda: tensor.fill_(1.0))


def zeros_(tensor: Tensor) -> Tensor:
    return _no_grad(lambda: tensor.zero_())


def eye_(tensor: Tensor) -> Tensor:
    if tensor.ndim != 2:
        raise ValueError("Only tensors with 2 dimensions are supported")
    from ..engine.ops.creation import eye  # noqa: PLC0415

    return _no_grad(lambda: tensor.copy_(eye(*tuple(tensor.shape), dtype=tensor.dtype)))


def xavier_uniform_(tensor: Tensor, gain: float = 1.0, generator: Any = None) -> Tensor:
    fan_in, fan_out = _calculate_fan_in_and_fan_out(tensor)
    std = gain * math.sqrt(2.0 / float(fan_in + fan_out))
    bound = math.sqrt(3.0) * std
    return uniform_(tensor, -bound, bound, generator)


def xavier_normal_(tensor: Tensor, gain: float = 1.0, generator: Any = None) -> Tensor:
    fan_in, fan_out = _calculate_fan_in_and_fan_out(tensor)
    std = gain * math.sqrt(2.0 / float(fan_in + fan_out))
    return normal_(tensor, 0.0, std, generator)


def kaiming_uniform_(tensor: Tensor, a: float = 0, mode: str = "fan_in",
                     nonlinearity: str = "leaky_relu", generator: Any = None) -> Tensor:
    if 0 in tuple(tensor.shape):
        return tensor  # PyTorch warns "Initializing zero-element tensors is a no-op"
    fan = _calculate_correct_fan(tensor, mode)
    std = calculate_gain(nonlinearity, a) / math.sqrt(fan)
    bound = math.sqrt(3.0) * std
    return uniform_(tensor, -bound, bound, generator)


def kaiming_normal_(tensor: Tensor, a: float = 0, mode: str = "fan_in",
                    nonlinearity: str = "leaky_relu", generator: Any = None) -> Tensor:
    if 0 in tuple(tensor.shape):
        return tensor
    fan = _calculate_correct_fan(tensor, mode)
    std = calculate_gain(nonlinearity, a) / math.sqrt(fan)
    return normal_(tensor, 0.0, std, generator)


def trunc_normal_(tensor: Tensor, mean: float = 0.0, std: float = 1.0, a: float = -2.0,
                  b: float = 2.0, generator: Any = None) -> Tensor:
    """PyTorch 2.13's: normal draws redrawn where they fall outside [a, b] when
    that interval holds most of the mass, else uniform proposals on [a, b]
    accepted against the density; the same draws in the same order."""
    import warnings  # noqa: PLC0415

    from ..engine.ops.creation import empty_like, tensor as make_tensor  # noqa: PLC0415
    from ..engine.ops.elementwise_math import where  # noqa: PLC0415

    def norm_cdf(x: float) -> float:
        return (1.0 + math.erf(x / math.sqrt(2.0))) / 2.0

    if mean < a - 2 * std or mean > b + 2 * std:
        warnings.warn("mean is more than 2 std from [a, b] in nn.init.trunc_normal_. The "
                      "distribution of values may be incorrect.", UserWarning, stacklevel=2)
    with autograd.no_grad():
        mass = norm_cdf((b - mean) / std) - norm_cdf((a - mean) / std)
        if mass > 0.3:
            low = make_tensor(a, dtype=tensor.dtype).item()
            high = make_tensor(b, dtype=tensor.dtype).item()
            result = tensor.normal_(mean, std, generator=generator)
            while True:
                mask = (result < low) | (result > high)
                if not bool(mask.any()):
                    break
                result = where(mask, empty_like(result).normal_(mean, std,
                                                                generator=generator), result)
            if result is not tensor:
                tensor.copy_(result)
            return tensor
        mode = max(a, min(mean, b))
        log_peak = -0.5 * ((mode - mean) / std) ** 2
        candidates, accept = empty_like(tensor), empty_like(tensor)
        tensor.uniform_(a, b, generator=generator)
        candidates.copy_(tensor)
        candidates.sub_(mean).div_(std).pow_(2).mul_(-0.5).sub_(log_peak)
        pending = accept.uniform_(generator=generator).log_().gt(candidates)
        if bool(pending.any()):
            result = tensor
            while True:
                candidates.uniform_(a, b, generator=generator)
                result = where(pending, candidates, result)
                candidates.sub_(mean).div_(std).pow_(2).mul_(-0.5).sub_(log_peak)
                pending = where(pending, accept.uniform_(generator=generator).log_().gt(
                    candidates), pending)
                if not bool(pending.any()):
                    break
            tensor.copy_(result)
    return tensor


def orthogonal_(tensor: Tensor, gain: float = 1.0, generator: Any = None) -> Tensor:
    """PyTorch's: QR of a normal draw, signs fixed by R's diagonal, scaled by gain."""
    import numpy as np  # noqa: PLC0415

    from ..engine import backend  # noqa: PLC0415
    from ..engine.ops.creation import empty  # noqa: PLC0415

    if tensor.ndim < 2:
        raise ValueError("Only tensors with 2 or more dimensions are supported")
    if tensor.numel() == 0:
        return tensor
    rows = tensor.shape[0]
    cols = tensor.numel() // rows
    flattened = normal_(empty((rows, cols), dtype=tensor.dtype), 0.0, 1.0, generator)
    matrix = backend.to_host(flattened._data)
    if rows < cols:
        matrix = matrix.T
    q, r = np.linalg.qr(matrix)
    q = q * np.sign(np.diag(r))
    if rows < cols:
        q = q.T
    values = (q.reshape(tuple(tensor.shape)) * gain).astype(tensor.dtype.np)
    with autograd.no_grad():
        if JOURNAL[0] is not None:
            JOURNAL[0].storage(tensor, False)
        backend.before_write(tensor)
        tensor._data[...] = backend.move(values, tensor.device)
        tensor._bump()
    return tensor


MEMBERS = {name: globals()[name] for name in (
    "calculate_gain", "uniform_", "normal_", "constant_", "ones_", "zeros_", "eye_",
    "xavier_uniform_", "xavier_normal_", "kaiming_uniform_", "kaiming_normal_", "orthogonal_",
    "trunc_normal_")}
