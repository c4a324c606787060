"""``torch.testing.assert_close``: PyTorch's comparison of (nested) tensors,
numbers, NumPy arrays, sequences and mappings, with its default tolerances
per dtype and its exact error messages (torch/testing/_comparison.py).

The structure follows PyTorch's: the inputs are paired up (sequences item by
item, mappings key by key, then the first pair type that takes the two
leaves: None, bool, number, tensor-like); each pair is compared; the first
failure raises, its message overridden by ``msg`` (a string) or passed
through it (a callable). The numbers in a tensor mismatch message are
computed in the tensors' dtype, as PyTorch computes them.

Known differences: sparse tensors are compared as dense ones (PyTorch
compares indices and values apart), quantized tensors are not supported.
"""
from __future__ import annotations

import cmath
from collections.abc import Mapping, Sequence
from typing import Any, Optional

import numpy as np

from . import dtypes
from .tensor import Tensor

# {dtype name: (rtol, atol)} (PyTorch's _DTYPE_PRECISIONS); others: (0, 0)
_PRECISIONS = {
    "float16": (0.001, 1e-5), "bfloat16": (0.016, 1e-5), "float32": (1.3e-6, 1e-5),
    "float64": (1e-7, 1e-7), "complex32": (0.001, 1e-5), "complex64": (1.3e-6, 1e-5),
    "complex128": (1e-7, 1e-7),
}
_NUMBER_DTYPES = {int: "int64", float: "float64", complex: "complex128"}


class _Failure(Exception):
    """PyTorch's ErrorMeta: the error to raise, its message and the item's id."""

    def __init__(self, kind: type, message: str, id: tuple = ()) -> None:  # noqa: A002
        super().__init__(message)
        self.kind, self.message, self.id = kind, message, id

    def to_error(self, msg: Any = None) -> Exception:
        if not isinstance(msg, str):
            generated = self.message
            if self.id:
                generated += "\n\nThe failure occurred for item " + "".join(
                    str([item]) for item in self.id)
            msg = msg(generated) if callable(msg) else generated
        return self.kind(msg)


class _Unsupported(Exception):
    """This pair type does not take these inputs: try the next one."""


def _tolerances(names: list, rtol: Optional[float], atol: Optional[float], id: tuple):  # noqa: A002
    if (rtol is None) ^ (atol is None):
        raise _Failure(ValueError, "Both 'rtol' and 'atol' must be either specified or omitted, "
                       f"but got no {'rtol' if rtol is None else 'atol'}.", id)
    if rtol is not None:
        return rtol, atol
    pairs = [_PRECISIONS.get(name, (0.0, 0.0)) for name in names]
    return max(p[0] for p in pairs), max(p[1] for p in pairs)


def _mismatch_message(identifier: str, extra: str, abs_diff: Any, abs_index: Any, atol: float,
                      rel_diff: Any, rel_index: Any, rtol: float) -> str:
    equality = rtol == 0 and atol == 0

    def line(kind: str, diff: Any, index: Any, tol: float) -> str:
        text = f"{kind.title()} difference: {diff}" if index is None else \
            f"Greatest {kind} difference: {diff} at index {index}"
        return text + ("" if equality else f" (up to {tol} allowed)") + "\n"

    message = f"{identifier} are not {'equal' if equality else 'close'}!\n\n{extra.strip()}\n"
    message += line("absolute", abs_diff, abs_index, atol)
    message += line("relative", rel_diff, rel_index, rtol)
    return message.strip()


def _scalar_message(actual: Any, expected: Any, rtol: float, atol: float) -> str:
    abs_diff = abs(actual - expected)
    rel_diff = float("inf") if expected == 0 else abs_diff / abs(expected)
    return _mismatch_message("Scalars", f"Expected {expected} but got {actual}.", abs_diff,
                             None, atol, rel_diff, None, rtol)


# ------------------------------------------------------------------ the pairs
def _none_pair(actual: Any, expected: Any, id: tuple, check_only: bool = False,  # noqa: A002
               **options: Any) -> None:
    if not (actual is None or expected is None):
        raise _Unsupported
    if check_only:
        return
    if not (actual is None and expected is None):
        raise _Failure(AssertionError, f"None mismatch: {actual} is not {expected}", id)


def _boolean_pair(actual: Any, expected: Any, id: tuple, check_only: bool = False,  # noqa: A002
                  **options: Any) -> None:
    if not all(isinstance(v, (bool, np.bool_)) for v in (actual, expected)):
        raise _Unsupported
    if check_only:
        return
    actual, expected = bool(actual), bool(expected)
    if actual is not expected:
        raise _Failure(AssertionError, f"Booleans mismatch: {actual} is not {expected}", id)


def _number_pair(actual: Any, expected: Any, id: tuple, check_only: bool = False,  # noqa: A002
                 *, rtol: Any = None, atol: Any = None, equal_nan: bool = False,
                 check_dtype: bool = False, **options: Any) -> None:
    numbers = (int, float, complex, np.number)
    if not all(isinstance(v, numbers) for v in (actual, expected)):
        raise _Unsupported
    actual, expected = (v.item() if isinstance(v, np.number) else v for v in (actual, expected))
    rtol, atol = _tolerances([_NUMBER_DTYPES[type(v)] for v in (actual, expected)], rtol, atol,
                             id)
    if check_only:  # what PyTorch's pair checks when it is made
        return
    if check_dtype and type(actual) is not type(expected):
        raise _Failure(AssertionError, f"The (d)types do not match: {type(actual)} != "
                       f"{type(expected)}.", id)
    if actual == expected:
        return
    if equal_nan and cmath.isnan(actual) and cmath.isnan(expected):
        return
    abs_diff = abs(actual - expected)
    if cmath.isfinite(abs_diff) and abs_diff <= atol + rtol * abs(expected):
        return
    raise _Failure(AssertionError, _scalar_message(actual, expected, rtol, atol), id)


def _to_tensor(value: Any) -> Tensor:
    if isinstance(value, Tensor):
        return value
    from .ops.creation import as_tensor  # noqa: PLC0415

    try:
        return as_tensor(value)
    except Exception:  # noqa: BLE001 - PyTorch: any failure means "not a tensor-like"
        raise _Unsupported from None


def _tensor_pair(actual: Any, expected: Any, id: tuple,  # noqa: A002, PLR0913
                 check_only: bool = False, *, allow_subclasses: bool = True,
                 rtol: Any = None, atol: Any = None, equal_nan: bool = False,
                 check_device: bool = True, check_dtype: bool = True,
                 check_layout: bool = True, check_stride: bool = False,
                 **options: Any) -> None:
    if not (isinstance(actual, type(expected)) or isinstance(expected, type(actual))):
        raise _Unsupported
    if not allow_subclasses and type(actual) is not type(expected):
        raise _Unsupported
    actual, expected = _to_tensor(actual), _to_tensor(expected)
    rtol, atol = _tolerances([actual.dtype.name, expected.dtype.name], rtol, atol, id)
    if check_only:
        return

    def mismatch(name: str, a: Any, e: Any) -> None:
        raise _Failure(AssertionError, f"The values for attribute '{name}' do not match: {a} != "
                       f"{e}.", id)

    if actual.shape != expected.shape:
        mismatch("shape", actual.shape, expected.shape)
    if actual.layout != expected.layout:
        if check_layout:
            mismatch("layout", actual.layout, expected.layout)
    elif not actual._sparse_layout and check_stride and actual.stride() != expected.stride():
        mismatch("stride()", actual.stride(), expected.stride())
    if check_device and actual.device != expected.device:
        mismatch("device", actual.device, expected.device)
    if check_dtype and actual.dtype != expected.dtype:
        mismatch("dtype", actual.dtype, expected.dtype)
    _compare_values(*_equalize(actual, expected), rtol, atol, equal_nan, id)


def _equalize(actual: Tensor, expected: Tensor) -> tuple:
    if actual.device != expected.device:
        actual, expected = actual.cpu(), expected.cpu()
    if actual.dtype != expected.dtype:
        wide = {dtypes.uint16, dtypes.uint32, dtypes.uint64}
        dtype = dtypes.promote_types(*(dtypes.int64 if t.dtype in wide else t.dtype
                                       for t in (actual, expected)))
        actual, expected = actual.to(dtype), expected.to(dtype)
    actual, expected = (t.to_dense() if t._sparse_layout else t for t in (actual, expected))
    return actual, expected


def _isclose(a: np.ndarray, e: np.ndarray, rtol: float, atol: float, equal_nan: bool):
    """torch.isclose on arrays of one dtype."""
    if a.dtype.kind in "biu" or (rtol == 0 and atol == 0):
        close = a == e
    else:
        with np.errstate(all="ignore"):
            close = (a == e) | (np.isfinite(a) & np.isfinite(e) &
                                (np.abs(a - e) <= atol + rtol * np.abs(e)))
    if equal_nan and a.dtype.kind in "fc":
        close |= np.isnan(a) & np.isnan(e)
    return close


def _compare_values(actual: Tensor, expected: Tensor, rtol: float, atol: float,
                    equal_nan: bool, id: tuple) -> None:  # noqa: A002
    from . import backend  # noqa: PLC0415

    a, e = (np.asarray(backend.to_host(t._data)) for t in (actual, expected))
    matches = _isclose(a, e, rtol, atol, equal_nan)
    if matches.all():
        return
    if a.ndim == 0:
        message = _scalar_message(a.item(), e.item(), rtol, atol)
    else:
        message = _tensor_message(a, e, matches, actual.dtype, rtol, atol)
    raise _Failure(AssertionError, message, id)


def _tensor_message(a: np.ndarray, e: np.ndarray, matches: np.ndarray, dtype: Any,
                    rtol: float, atol: float) -> str:
    total = matches.size
    mismatched = total - int(matches.sum())
    extra = f"Mismatched elements: {mismatched} / {total} ({mismatched / total:.1%})"
    a, e, flat_matches = a.ravel(), e.ravel(), matches.ravel()
    if dtype.category <= dtypes.INTEGER:  # PyTorch upcasts to int64; the division is float32
        a, e = a.astype(np.int64), e.astype(np.int64)
        with np.errstate(all="ignore"):
            abs_diff = np.abs(a - e)
            rel_diff = (abs_diff.astype(np.float64) / np.abs(e)).astype(
                dtypes.get_default_dtype().np)
    else:
        with np.errstate(all="ignore"):
            abs_diff = np.abs(a - e)
            rel_diff = abs_diff / np.abs(e)
    abs_diff[flat_matches] = 0
    rel_diff[flat_matches] = 0
    abs_index, rel_index = int(np.argmax(abs_diff)), int(np.argmax(rel_diff))
    return _mismatch_message("Tensor-likes", extra, abs_diff[abs_index].item(),
                             _unravel(abs_index, matches.shape), atol,
                             rel_diff[rel_index].item(), _unravel(rel_index, matches.shape),
                             rtol)


def _unravel(flat: int, shape: tuple) -> tuple:
    index = []
    for size in shape[::-1]:
        flat, rest = divmod(flat, size)
        index.append(rest)
    return tuple(index[::-1])


_PAIRS = (_none_pair, _boolean_pair, _number_pair, _tensor_pair)


def _pairs(actual: Any, expected: Any, id: tuple, options: dict) -> list:  # noqa: A002
    """(pair function, actual, expected, id) for every leaf, as PyTorch originates them."""
    if isinstance(actual, Sequence) and not isinstance(actual, str) and \
            isinstance(expected, Sequence) and not isinstance(expected, str):
        if len(actual) != len(expected):
            raise _Failure(AssertionError, "The length of the sequences mismatch: "
                           f"{len(actual)} != {len(expected)}", id)
        found = []
        for index in range(len(actual)):
            found.extend(_pairs(actual[index], expected[index], (*id, index), options))
        return found
    if isinstance(actual, Mapping) and isinstance(expected, Mapping):
        actual_keys, expected_keys = set(actual.keys()), set(expected.keys())
        if actual_keys != expected_keys:
            raise _Failure(AssertionError, "The keys of the mappings do not match:\n"
                           f"Missing keys in the actual mapping: "
                           f"{sorted(expected_keys - actual_keys)}\n"
                           f"Additional keys in the actual mapping: "
                           f"{sorted(actual_keys - expected_keys)}", id)
        try:
            keys = sorted(actual_keys)
        except Exception:  # noqa: BLE001 - unorderable keys: any order
            keys = list(actual_keys)
        found = []
        for key in keys:
            found.extend(_pairs(actual[key], expected[key], (*id, key), options))
        return found
    for pair in _PAIRS:
        try:
            pair(actual, expected, id, check_only=True, **options)
        except _Unsupported:
            continue
        return [(pair, actual, expected, id)]
    raise _Failure(TypeError, "No comparison pair was able to handle inputs of type "
                   f"{type(actual)} and {type(expected)}.", id)


def assert_close(actual: Any, expected: Any, *, allow_subclasses: bool = True,  # noqa: PLR0913
                 rtol: Optional[float] = None, atol: Optional[float] = None,
                 equal_nan: bool = False, check_device: bool = True, check_dtype: bool = True,
                 check_layout: bool = True, check_stride: bool = False,
                 msg: Optional[Any] = None) -> None:
    """Raise AssertionError (PyTorch's message) unless actual and expected are close."""
    options = dict(allow_subclasses=allow_subclasses, rtol=rtol, atol=atol,
                   equal_nan=equal_nan, check_device=check_device, check_dtype=check_dtype,
                   check_layout=check_layout, check_stride=check_stride)
    try:
        pairs = _pairs(actual, expected, (), options)
    except _Failure as failure:
        raise failure.to_error() from None
    for pair, a, e, id in pairs:  # noqa: A001
        try:
            pair(a, e, id, **options)
        except _Failure as failure:
            raise failure.to_error(msg) from None

