"""PyTorch's argument checks for random integers (``random_from_to_impl``).

``random_(from, to)``, ``randint`` and ``randint_like`` turn their bounds into
a span and a base for the kernel; for float dtypes the bounds first move
inward to values the dtype can hold (``update_from``/``update_to``).
"""
from __future__ import annotations

import numpy as np

from .. import dtypes

# How C++ names the element types in PyTorch's bounds messages (caffe2::TypeMeta).
CPP_TYPE_NAMES = {"bool": "bool", "uint8": "unsigned char", "int8": "signed char",
                  "int16": "short int", "int32": "int", "int64": "long int",
                  "float16": "c10::Half", "float32": "float", "float64": "double"}


def random_span(low: int, high: int | None, dtype: dtypes.DType, name: str = "random_"):
    """``random_from_to_impl``'s bounds: (span, base) for the kernel."""
    np_dtype = dtype.np
    if high is None:
        if dtype.is_floating_point:
            digits = {2: 11, 4: 24, 8: 53}[dtype.itemsize]
            high_inclusive = 1 << digits
            low = _update_from(low, np_dtype)
        elif np_dtype == np.bool_:
            high_inclusive = 1
        else:
            high_inclusive = int(np.iinfo(np_dtype).max)
        _check_bounds(low, high_inclusive, dtype)
        return high_inclusive - low + 1, low
    if low >= high:
        raise RuntimeError(f"{name} expects 'from' to be less than 'to', but got from={low} "
                           f">= to={high}")
    if dtype.is_floating_point:
        low, high = _update_from(low, np_dtype), _update_to(high, np_dtype)
        if low >= high:
            raise RuntimeError(f"{name} expects 'from' casted to dtype to be less than 'to' "
                               f"casted to dtype, but got from={low} >= to={high}")
    _check_bounds(low, high - 1, dtype)
    return high - low, low


def _update_from(low: int, np_dtype) -> int:
    """Move ``low`` right until it stays >= low after a cast to the float dtype."""
    low_plus_1 = int(np_dtype.type(low + 1)) if np.isfinite(np_dtype.type(low + 1)) else low + 1
    if low_plus_1 < low:
        n = abs(low + 1).bit_length() - 1
        low = low_plus_1 + (1 << (n - np.finfo(np_dtype).nmant))
    return low


def _update_to(high: int, np_dtype) -> int:
    high_minus_1 = int(np_dtype.type(high - 1)) if np.isfinite(np_dtype.type(high - 1)) \
        else high - 1
    if high_minus_1 >= high:
        n = abs(high - 1).bit_length() - 1
        high = high_minus_1 - (1 << (n - np.finfo(np_dtype).nmant))
    return high


def _check_bounds(low: int, high_inclusive: int, dtype: dtypes.DType) -> None:
    if dtype.is_floating_point:
        info = np.finfo(dtype.np)
        lowest, highest = float(info.min), float(info.max)
    elif dtype.np == np.bool_:
        lowest, highest = 0, 1
    else:
        info = np.iinfo(dtype.np)
        lowest, highest = int(info.min), int(info.max)
    if not lowest <= low <= highest:
        raise RuntimeError(f"from is out of bounds for {CPP_TYPE_NAMES[dtype.name]}")
    if not lowest <= high_inclusive <= highest:
        raise RuntimeError(f"to - 1 is out of bounds for {CPP_TYPE_NAMES[dtype.name]}")
