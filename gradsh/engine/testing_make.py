"""``torch.testing.make_tensor``: PyTorch's (torch/testing/_creation.py) on
gradsh's ops, so a seeded call draws PyTorch's values: ``randint`` for bool
and integer dtypes, ``uniform_`` on an empty tensor for floating ones (on
its real view for complex ones), halved and doubled when the range would
overflow, then the non-contiguous slice, ``exclude_zero`` and
``requires_grad`` as PyTorch applies them."""
from __future__ import annotations

import math
import warnings
from typing import Any, Optional

from . import dtypes


def _torch() -> Any:
    from .namespace import MODULES  # noqa: PLC0415 - the namespace imports this lazily

    return MODULES["torch"]


def _uniform_random_(tensor: Any, low: float, high: float, finfo: Any) -> Any:
    if high - low >= finfo.max:
        return tensor.uniform_(low / 2, high / 2).mul_(2)
    return tensor.uniform_(low, high)


def _limits(dtype: Any, low: Optional[float], high: Optional[float], *, lowest: float,
            highest: float, default_low: float, default_high: float) -> tuple:
    """PyTorch's modify_low_high: defaults, checks, clamping, ceil for integers."""
    low = default_low if low is None else low
    high = default_high if high is None else high
    floating = dtype.is_floating_point or dtype.is_complex
    if any(isinstance(value, float) and math.isnan(value) for value in (low, high)):
        raise ValueError(f"`low` and `high` cannot be NaN, but got low={low} and high={high}")
    if low == high and floating:
        warnings.warn("Passing `low==high` to `torch.testing.make_tensor` for floating or "
                      "complex types is deprecated since 2.1 and will be removed in 2.3. "
                      "Use `torch.full(...)` instead.", FutureWarning, stacklevel=3)
    elif low >= high:
        raise ValueError(f"`low` must be less than `high`, but got {low} >= {high}")
    elif high < lowest or low >= highest:
        raise ValueError(f"The value interval specified by `low` and `high` is [{low}, {high}), "
                         f"but {dtype} only supports [{lowest}, {highest})")
    low, high = min(max(low, lowest), highest), min(max(high, lowest), highest)
    if not floating:
        return math.ceil(low), math.ceil(high)
    return low, high


def make_tensor(*shape: Any, dtype: Any, device: Any, low: Optional[float] = None,
                high: Optional[float] = None, requires_grad: bool = False,
                noncontiguous: bool = False, exclude_zero: bool = False,
                memory_format: Any = None) -> Any:
    """A tensor of ``shape`` filled with values drawn uniformly from ``[low, high)``."""
    torch = _torch()
    if len(shape) == 1 and isinstance(shape[0], (tuple, list)):
        shape = tuple(shape[0])
    shape = tuple(shape)
    if noncontiguous and memory_format is not None:
        raise ValueError("The parameters `noncontiguous` and `memory_format` are mutually "
                         f"exclusive, but got noncontiguous={noncontiguous} and "
                         f"memory_format={memory_format}")
    integral = dtype is dtypes.bool_ or dtype.category == dtypes.INTEGER
    if requires_grad and integral:
        raise ValueError("`requires_grad=True` is not supported for boolean and integral "
                         f"dtypes, but got dtype={dtype}")
    noncontiguous = noncontiguous and math.prod(shape) > 1
    if noncontiguous:
        shape = (*shape[:-1], 2 * shape[-1])
    if dtype is dtypes.bool_:
        low, high = _limits(dtype, low, high, lowest=0, highest=2, default_low=0,
                            default_high=2)
        result = torch.randint(low, high, shape, device=device, dtype=dtype)
    elif integral:
        info = torch.iinfo(dtype)
        low, high = _limits(dtype, low, high, lowest=info.min,
                            highest=info.max + (1 if dtype is not dtypes.int64 else 0),
                            default_low=-9, default_high=10)
        result = torch.randint(low, high, shape, device=device, dtype=dtype)
    elif dtype.is_floating_point or dtype.is_complex:
        info = torch.finfo(dtype)
        low, high = _limits(dtype, low, high, lowest=info.min, highest=info.max,
                            default_low=-9, default_high=9)
        result = torch.empty(shape, device=device, dtype=dtype)
        _uniform_random_(torch.view_as_real(result) if dtype.is_complex else result,
                         low, high, info)
    else:
        raise TypeError(f"The requested dtype '{dtype}' is not supported by "
                        "torch.testing.make_tensor(). To request support, file an issue at: "
                        "https://github.com/pytorch/pytorch/issues")
    if noncontiguous:
        result = result[..., 1::2]
    elif memory_format is not None:
        result = result.clone(memory_format=memory_format)
    if exclude_zero:
        result[result == 0] = 1 if integral else torch.finfo(dtype).tiny
    if not integral:
        result.requires_grad = requires_grad
    return result
