"""``torch.finfo`` and ``torch.iinfo``: the numeric limits of a dtype, as PyTorch's
``torch/csrc/TypeInfo.cpp`` reports and prints them.

The values come from NumPy's ``finfo``/``iinfo`` of the same machine type
(IEEE formats: identical), except ``resolution``, which PyTorch computes as
``10 ** -floor(-log10(eps))`` ... NumPy's ``finfo.resolution`` is the same
rule. A complex dtype reports its real type's limits, as in PyTorch;
``torch.finfo()`` is the default dtype's.
"""
from __future__ import annotations

import math
from typing import Any, Optional

import numpy as np

from . import dtypes
from .dtypes import DType


def _check_dtype(value: Any, name: str) -> DType:
    if not isinstance(value, DType):
        raise TypeError(f"{name}(): argument 'type' (position 1) must be torch.dtype, "
                        f"not {type(value).__name__}")
    return value


class finfo:  # noqa: N801 - PyTorch's name
    """``torch.finfo(dtype)``: bits, eps, max, min, tiny, smallest_normal, resolution, dtype."""

    __slots__ = ("_values",)
    __gradsh_attrs__ = frozenset({"bits", "eps", "max", "min", "tiny", "smallest_normal",
                                  "resolution", "dtype"})
    # listed as settable so that assigning reaches __setattr__ (PyTorch's message)
    __gradsh_settable__ = __gradsh_attrs__

    def __init__(self, type: Optional[DType] = None) -> None:  # noqa: A002 - PyTorch's name
        dtype = dtypes.get_default_dtype() if type is None else _check_dtype(type, "finfo")
        if dtype.is_complex:
            dtype = dtypes.to_real(dtype)
        if not dtype.is_floating_point:
            raise TypeError("torch.finfo() requires a floating point input type. Use "
                            "torch.iinfo to handle 'torch.finfo'")
        info = np.finfo(dtype.np)
        eps = float(info.eps)
        object.__setattr__(self, "_values", {
            "bits": int(info.bits), "eps": eps, "max": float(info.max),
            "min": float(info.min), "tiny": float(info.tiny),
            "smallest_normal": float(info.smallest_normal),
            "resolution": 10.0 ** -math.floor(-math.log10(eps)), "dtype": dtype.name,
        })

    def __getattr__(self, name: str) -> Any:
        try:
            return object.__getattribute__(self, "_values")[name]
        except KeyError:
            raise AttributeError(f"'torch.finfo' object has no attribute '{name}'") from None

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"attribute '{name}' of 'torch.finfo' objects is not writable")

    def __eq__(self, other: Any) -> bool:
        return isinstance(other, finfo) and other._values == self._values

    __hash__ = None  # type: ignore[assignment] - PyTorch's finfo is unhashable too

    def __repr__(self) -> str:
        v = self._values
        return (f"finfo(resolution={v['resolution']:g}, min={v['min']:g}, max={v['max']:g}, "
                f"eps={v['eps']:g}, smallest_normal={v['smallest_normal']:g}, "
                f"tiny={v['tiny']:g}, dtype={v['dtype']})")

    __str__ = __repr__


class iinfo:  # noqa: N801 - PyTorch's name
    """``torch.iinfo(dtype)``: bits, max, min, dtype."""

    __slots__ = ("_values",)
    __gradsh_attrs__ = frozenset({"bits", "max", "min", "dtype"})
    __gradsh_settable__ = __gradsh_attrs__

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        if not args and "type" not in kwargs:
            raise TypeError('iinfo() missing 1 required positional arguments: "type"')
        dtype = _check_dtype(args[0] if args else kwargs["type"], "iinfo")
        if dtype is dtypes.bool_:
            raise TypeError("torch.bool is not supported by torch.iinfo")
        if dtype.category != dtypes.INTEGER:
            raise TypeError("torch.iinfo() requires an integer input type. Use torch.finfo "
                            "to handle 'torch.iinfo'")
        info = np.iinfo(dtype.np)
        object.__setattr__(self, "_values", {"bits": int(info.bits), "max": int(info.max),
                                             "min": int(info.min), "dtype": dtype.name})

    __getattr__ = finfo.__getattr__

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(f"attribute '{name}' of 'torch.iinfo' objects is not writable")

    def __eq__(self, other: Any) -> bool:
        return isinstance(other, iinfo) and other._values == self._values

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        v = self._values
        return f"iinfo(min={v['min']:g}, max={v['max']:g}, dtype={v['dtype']})"

    __str__ = __repr__
