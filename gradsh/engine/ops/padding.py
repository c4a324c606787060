"""F.pad: constant, reflect, replicate and circular padding (ATen's PadNd.cpp).

The checks follow ``pad_symint`` and ``_pad_enum_symint`` (the mode, the
length of ``pad``, the dims it may pad), then each kernel's own
(``constant_pad_nd``'s narrow for negative pads, the reflection and
replication metas, ``_pad_circular_symint``), in their order and with their
messages.

Constant padding crops negative pads and fills positive ones; its backward
is constant padding by the negated pads, as PyTorch's
``constant_pad_nd_backward`` (so the node is ``ConstantPadNdBackward0`` at
every order). Reflect, replicate and circular padding are gathers along each
padded axis (axis_maps.py), with ATen's index formulas; circular padding is
recorded as ``CopySlices``, the node PyTorch's copies into the output leave.
"""
from __future__ import annotations

import math

import numpy as np

from .. import dtypes
from ..autograd import record
from ..registry import op
from ..tensor import Tensor
from .axis_maps import AxisMap, resample
from .. import limits
from .common import CHECK_SIZE_ABOVE

_MODES = ("constant", "reflect", "replicate", "circular")
_KERNELS = {"reflect": ("reflection_pad", "ReflectionPad"),
            "replicate": ("replication_pad", "ReplicationPad")}
_C_NAMES = {"uint8": "uint8_t", "int8": "int8_t", "int16": "int16_t", "int32": "int",
            "int64": "int64_t", "float16": "c10::Half", "float32": "float", "float64": "double"}
_UNSUPPORTED = ("Padding size {size} is not supported for {dim}D input tensor.\n"
                "Supported combinations for non-constant padding:\n"
                "  - 2D or 3D input: padding size = 2 (pads last dimension)\n"
                "  - 3D or 4D input: padding size = 4 (pads last 2 dimensions)\n"
                "  - 4D or 5D input: padding size = 6 (pads last 3 dimensions)")


def _shape_text(shape) -> str:
    return "[" + ", ".join(str(n) for n in shape) + "]"


# ----------------------------------------------------------------- arguments
def _check_arguments(input, pad, mode, value) -> list:
    if not isinstance(input, Tensor):
        raise TypeError(f"pad(): argument 'input' (position 1) must be Tensor, not "
                        f"{type(input).__name__}")
    if not isinstance(pad, (tuple, list)):
        raise TypeError(f"pad(): argument 'pad' (position 2) must be tuple of ints, not "
                        f"{type(pad).__name__}")
    for position, item in enumerate(pad):
        if isinstance(item, bool) or not isinstance(item, (int, np.integer)):
            raise TypeError(f"pad(): argument 'pad' (position 2) must be tuple of ints, but "
                            f"found element of type {type(item).__name__} at pos {position}")
    if not isinstance(mode, str):
        raise TypeError(f"pad(): argument 'mode' (position 3) must be str, not "
                        f"{type(mode).__name__}")
    if value is not None and (isinstance(value, (complex, np.complexfloating))
                              or not isinstance(value, (int, float, np.integer, np.floating))):
        raise TypeError(f"pad(): argument 'value' (position 4) must be float, not "
                        f"{type(value).__name__}")
    return [int(item) for item in pad]


def _fill_value(value, dtype):
    """``value`` converted to the tensor's type, with c10's overflow check."""
    value = 0.0 if value is None else float(value)
    if dtype is dtypes.bool_:
        return value != 0
    if dtype.is_floating_point:
        if math.isfinite(value) and abs(value) > float(np.finfo(dtype.np).max):
            raise RuntimeError(f"value cannot be converted to type {_C_NAMES[dtype.name]} "
                               f"without overflow")
        return value
    info = np.iinfo(dtype.np)
    if not (info.min <= value <= info.max):  # NaN and inf fail too
        raise RuntimeError(f"value cannot be converted to type {_C_NAMES[dtype.name]} "
                           f"without overflow")
    return int(value)  # C++ truncates toward zero


def _pairs(pad: list, ndim: int) -> list:
    """[(axis, before, after)] from the last axis (pad[0], pad[1]) inwards."""
    return [(ndim - 1 - i, pad[2 * i], pad[2 * i + 1]) for i in range(len(pad) // 2)]


# ------------------------------------------------------------------ constant
def _constant_array(input: Tensor, pad: list, fill):
    xp = input._xp
    data = input._data
    crop = [slice(None)] * input.ndim
    widths = [(0, 0)] * input.ndim
    # constant_pad_nd narrows the outermost padded dim first, its left side first.
    for axis, before, after in reversed(_pairs(pad, input.ndim)):
        size = data.shape[axis]
        start, stop = 0, size
        if before < 0:
            if size + before < 0:
                raise RuntimeError("narrow(): length must be non-negative.")
            start = -before
        if after < 0:
            if stop - start + after < 0:
                raise RuntimeError("narrow(): length must be non-negative.")
            stop = stop + after
        crop[axis] = slice(start, stop)
        widths[axis] = (max(before, 0), max(after, 0))
    data = data[tuple(crop)]
    if any(w != (0, 0) for w in widths):
        data = xp.pad(data, widths, mode="constant", constant_values=fill)
    return xp.ascontiguousarray(data)


def _constant_pad(input: Tensor, pad: list, fill) -> Tensor:
    out = Tensor._make(_constant_array(input, pad, fill), input.dtype)
    negated = [-p for p in pad]
    return record(out, "ConstantPadNdBackward0", (input,),
                  lambda g: (_constant_pad(g, negated, 0),))


# ----------------------------------------------------- reflect and replicate
def _check_valid_input(input: Tensor, dims: int) -> None:
    """ATen's padding::check_valid_input: only the batch dim may be empty."""
    shape = tuple(input.shape)
    inner = shape[1:] if input.ndim == dims + 2 else shape
    if 0 in inner:
        raise RuntimeError(f"Expected {dims + 1}D or {dims + 2}D (batch mode) tensor with "
                           f"possibly 0 batch size and other non-zero dimensions for input, but "
                           f"got: {_shape_text(shape)}")


def _too_small(mode: str, dims: int, sizes: list, outs: list) -> str:
    """The metas' "is too small" message; sizes and outs from the outermost padded dim."""
    if dims == 1:
        return f"input (W: {sizes[0]}) is too small. Calculated output W: {outs[0]}"
    if dims == 2:
        space = " " if mode == "replicate" else ""
        return (f"input (H: {sizes[0]}, W: {sizes[1]}{space}) is too small. Calculated output "
                f"H: {outs[0]} W: {outs[1]}")
    return (f"input (D: {sizes[0]} H: {sizes[1]}, W: {sizes[2]}) is too small. Calculated "
            f"output D: {outs[0]} H: {outs[1]} W: {outs[2]}")


def _check_reflect_replicate(input: Tensor, pad: list, mode: str, dims: int) -> None:
    _check_valid_input(input, dims)
    pairs = _pairs(pad, input.ndim)
    shape = tuple(input.shape)
    if mode == "reflect":
        for number, (axis, before, after) in enumerate(pairs):
            if not (before < shape[axis] and after < shape[axis]):
                raise RuntimeError(f"Argument #{4 + 2 * number}: Padding size should be less "
                                   f"than the corresponding input dimension, but got: padding "
                                   f"({before}, {after}) at dimension {axis} of input "
                                   f"{_shape_text(shape)}")
    outer_first = list(reversed(pairs))
    sizes = [shape[axis] for axis, _, _ in outer_first]
    outs = [shape[axis] + before + after for axis, before, after in outer_first]
    if all(n < 1 for n in outs):
        raise RuntimeError(_too_small(mode, dims, sizes, outs))
    if any(n < 0 for n in outs):
        if mode == "reflect" and dims == 2:
            raise RuntimeError("numel: integer multiplication overflow")
        full = list(shape)
        for (axis, _, _), n in zip(outer_first, outs):
            full[axis] = n
        negative = next(n for n in full if n < 0)
        raise RuntimeError(f"Trying to create tensor with negative dimension {negative}: "
                           f"{_shape_text(full)}")
    if input.dtype is dtypes.bool_:
        raise NotImplementedError(f"\"{_KERNELS[mode][0]}{dims}d\" not implemented for 'Bool'")


def _reflect_indices(size: int, before: int, after: int):
    """ATen's reflection index: j < pad_l mirrors about pad_l, past the end about the last."""
    j = np.arange(size + before + after)
    index = np.where(j < before, 2 * before - j,
                     np.where(j < size + before, j, 2 * (size + before - 1) - j))
    return index - max(before, 0) + max(-before, 0)


def _replicate_indices(size: int, before: int, after: int):
    j = np.arange(size + before + after)
    index = np.clip(j, before, size + before - 1) if size + before - 1 >= before else \
        np.full(j.shape, before)
    return index - max(before, 0) + max(-before, 0)


# ------------------------------------------------------------------ circular
def _circular_indices(size: int, before: int, after: int, contiguous: bool):
    """_pad_circular_symint on one axis: the centre copied, then the wrapped strips
    copied from the output itself (left, then right).

    A strip that overlaps its source is an error where both slices are
    contiguous (copy_'s overlap check; ``contiguous``: the dims before this one
    have size 1), and otherwise copied element by element, first to last, as
    the copy kernel does.
    """
    total = size + before + after
    out = np.full(total, -1, dtype=np.int64)
    source = np.arange(size)[max(-before, 0):size - max(-after, 0)]
    out[max(before, 0):total - max(after, 0)] = source

    def copy(target: range, origin: range) -> None:
        if set(target) & set(origin):
            if contiguous:
                raise RuntimeError("unsupported operation: some elements of the input tensor "
                                   "and the written-to tensor refer to a single memory "
                                   "location. Please clone() the tensor before performing the "
                                   "operation.")
        for to, come in zip(target, origin):
            out[to] = out[come]

    if before > 0:
        copy(range(0, before), range(total - before - max(after, 0), total - max(after, 0)))
    if after > 0:
        copy(range(total - after, total), range(max(before, 0), max(before, 0) + after))
    if (out < 0).any():
        raise RuntimeError("gradsh: this circular padding reads elements PyTorch leaves "
                           "uninitialised (a pad as large as the dim, the other side negative)")
    return out


def _check_circular(input: Tensor, pad: list) -> None:
    shape = tuple(input.shape)
    for axis, before, after in reversed(_pairs(pad, input.ndim)):
        if not (before <= shape[axis] and after <= shape[axis]):
            raise RuntimeError("Padding value causes wrapping around more than once.")
        if shape[axis] + before + after < 0:
            raise RuntimeError("Negative padding value is resulting in an empty dimension")


def _gather_pad(input: Tensor, pad: list, indices, names) -> Tensor:
    pairs = _pairs(pad, input.ndim)
    out_shape = list(input.shape)
    for axis, before, after in pairs:
        out_shape[axis] += before + after
    maps = []
    for axis, before, after in pairs:
        extra = (math.prod(out_shape[:axis]) == 1,) if indices is _circular_indices else ()
        maps.append(AxisMap(axis, input.shape[axis],
                            (indices(input.shape[axis], before, after, *extra),)))
    return resample(input, tuple(maps), names)


_INDICES = {"reflect": _reflect_indices, "replicate": _replicate_indices,
            "circular": _circular_indices}


@op("pad", summary="Pad the last dims: pad=(left, right, top, bottom, ...); mode constant, "
                   "reflect, replicate or circular.",
    functional=True, function=False, method=False,
    signature="pad(input, pad, mode='constant', value=None)",
    example="F.pad(arange(6.).view(1, 2, 3), (1, 2), mode='reflect')")
def pad(input, pad, mode="constant", value=None):
    if isinstance(input, Tensor) and input._data.size > CHECK_SIZE_ABOVE:  # an expanded view's
        limits.check_copy(input)  # result is its numel (issue 19)
    pad = _check_arguments(input, pad, mode, value)
    if mode not in _MODES:
        raise NotImplementedError(f"Unrecognised padding mode {mode}")
    if len(pad) % 2:
        raise RuntimeError("Padding length must be divisible by 2")
    if len(pad) > 2 * input.ndim:
        raise RuntimeError(f"Padding length should be less than or equal to two times the input "
                           f"dimension but got padding length {len(pad)} and input of dimension "
                           f"{input.ndim}")
    if mode == "constant":
        return _constant_pad(input, pad, _fill_value(value, input.dtype))
    if value is not None and value != 0:
        raise RuntimeError(f"Padding mode \"{mode}\" doesn't take in value argument")
    dims = len(pad) // 2
    if dims not in (1, 2, 3) or input.ndim not in (dims + 1, dims + 2):
        raise NotImplementedError(_UNSUPPORTED.format(size=len(pad), dim=input.ndim))
    if mode == "circular":
        _check_circular(input, pad)
        return _gather_pad(input, pad, _circular_indices, ("CopySlices", "CopySlices"))
    _check_reflect_replicate(input, pad, mode, dims)
    node = f"{_KERNELS[mode][1]}{dims}D"
    return _gather_pad(input, pad, _INDICES[mode], (f"{node}Backward0",
                                                    f"{node}BackwardBackward0"))
