"""Indexing: ``x[key]``, ``x[key] = value``, and the gradient-carrying scatters.

PyTorch's rules, reproduced here:
- basic indices (ints, slices, None, ``...``) give a view; the grad_fn is
  the last step PyTorch applies (``SelectBackward0`` for an int,
  ``SliceBackward0`` for a slice, ``UnsqueezeBackward0`` for None,
  ``AliasBackward0`` when nothing changes);
- advanced indices (int/bool tensors, lists) give a copy (``IndexBackward0``);
- a 0-d integer tensor counts as an int; uint8 tensors are masks (with a
  deprecation warning).

The backward of an indexing op puts the gradient into zeros at the indexed
places (:func:`embed`); the backward of that is indexing again, so both are
differentiable any number of times.
"""
from __future__ import annotations

import warnings

import numpy as np

from .. import autograd, backend, dtypes, limits
from ..autograd import record
from ...journal import JOURNAL
from ..registry import op
from ..tensor import Tensor
from .common import CHECK_SIZE_ABOVE, check_no_overlap, is_scalar
from .inplace import graph_alias, rebase_view

_INVALID_INDEX = ("only integers, slices (`:`), ellipsis (`...`), None and long or byte Variables "
                  "are valid indices (got {})")


# ------------------------------------------------------------------ key parsing
def _is_array(value) -> bool:
    return hasattr(value, "__array_interface__") or type(value).__module__.startswith("cupy")


def _index_element(item, xp):
    """One element of a key in NumPy form: int, slice, None, Ellipsis, bool or an array."""
    if item is None or item is Ellipsis or isinstance(item, bool):
        return item
    if isinstance(item, (int, np.integer)):
        return int(item)
    if isinstance(item, slice):
        parts = [None if p is None else _slice_bound(p) for p in (item.start, item.stop, item.step)]
        if parts[2] is not None and parts[2] == 0:
            raise ValueError("slice step cannot be zero")
        if parts[2] is not None and parts[2] < 0:
            raise ValueError("step must be greater than zero")
        return slice(*parts)
    if isinstance(item, Tensor):
        dtype = item.dtype
        if dtype is dtypes.uint8:
            warnings.warn("indexing with dtype torch.uint8 is now deprecated, please use a dtype "
                          "torch.bool instead.", UserWarning, stacklevel=3)
            return item._data.astype(bool)
        if dtype is dtypes.bool_:
            return item._data
        if dtype.is_floating_point:
            raise IndexError("tensors used as indices must be long, int, byte or bool tensors")
        if item.ndim == 0:
            return int(item._data)
        return item._data.astype(np.int64, copy=False)
    if isinstance(item, (list, tuple)) or _is_array(item):
        array = xp.asarray(item)
        if array.size == 0 and array.dtype.kind not in "bi":
            array = array.astype(np.int64)
        if array.dtype.kind == "b":
            return array
        if array.dtype.kind in "iu":
            return array.astype(np.int64, copy=False)
        raise IndexError("tensors used as indices must be long, int, byte or bool tensors")
    if isinstance(item, str):
        raise TypeError("new(): invalid data type 'str'")
    raise IndexError(_INVALID_INDEX.format(type(item).__name__))


def _slice_bound(value):
    if isinstance(value, Tensor):
        return value.__index__()
    if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
        raise TypeError("slice indices must be integers or None or have an __index__ method")
    return int(value)


def parse_key(tensor: Tensor, key):
    """(key as a tuple for the array module, whether it is advanced).

    Checks the index against the shape and raises PyTorch's errors.
    """
    single = not isinstance(key, tuple)
    items = (key,) if single else key
    xp = tensor._xp
    parsed = tuple(_index_element(item, xp) for item in items)
    if sum(item is Ellipsis for item in parsed) > 1:
        # PyTorch accepts x[..., ...] as x[...]; so do we, by keeping the first.
        first = parsed.index(Ellipsis)
        parsed = parsed[:first + 1] + tuple(i for i in parsed[first + 1:] if i is not Ellipsis)
    _check_bounds(tensor.shape, parsed)
    advanced = any(isinstance(i, bool) or (not isinstance(i, (int, slice)) and i is not None
                                           and i is not Ellipsis) for i in parsed)
    return parsed, advanced, single


def _consumed(item) -> int:
    if item is None or item is Ellipsis or isinstance(item, bool):
        return 0
    if isinstance(item, (int, slice)):
        return 1
    return item.ndim if item.dtype.kind == "b" else 1


def _check_bounds(shape, parsed) -> None:
    ndim = len(shape)
    used = sum(_consumed(i) for i in parsed)
    if used > ndim and ndim == 0 and any(type(i) is int for i in parsed):
        raise IndexError("invalid index of a 0-dim tensor. Use `tensor.item()` in Python or "
                         "`tensor.item<T>()` in C++ to convert a 0-dim tensor to a number")
    if used > ndim:
        raise IndexError(f"too many indices for tensor of dimension {ndim}")
    dim = 0
    for item in parsed:
        if item is Ellipsis:
            dim += ndim - used
            continue
        if isinstance(item, int) and not isinstance(item, bool):
            size = shape[dim]
            if not -size <= item < size:
                raise IndexError(f"index {item} is out of bounds for dimension {dim} with size "
                                 f"{size}")
        elif _consumed(item) and not isinstance(item, slice):
            if item.dtype.kind == "b":
                for j in range(item.ndim):
                    if item.shape[j] != shape[dim + j]:
                        raise IndexError(
                            f"The shape of the mask [{', '.join(map(str, item.shape))}] at index "
                            f"{j} does not match the shape of the indexed tensor "
                            f"[{', '.join(map(str, shape))}] at index {dim + j}")
            elif item.size:
                size = shape[dim]
                bad = (item < -size) | (item >= size)
                if bool(bad.any()):
                    value = int(item[bad].ravel()[0])
                    raise IndexError(f"index {value} is out of bounds for dimension {dim} with "
                                     f"size {size}")
        dim += _consumed(item)


def _basic_grad_fn_name(shape, parsed, single: bool) -> str:
    """The last view op PyTorch applies for an all-basic index."""
    if single and isinstance(parsed[0], slice):
        return "SliceBackward0"
    name, dim = "AliasBackward0", 0
    used = sum(_consumed(i) for i in parsed)
    for item in parsed:
        if item is Ellipsis:
            dim += len(shape) - used
        elif item is None:
            name = "UnsqueezeBackward0"
        elif isinstance(item, int):
            name, dim = "SelectBackward0", dim + 1
        else:  # a slice: PyTorch skips the ones that keep the whole dim
            start, stop, step = item.indices(shape[dim])
            if (start, stop, step) != (0, shape[dim], 1):
                name = "SliceBackward0"
            dim += 1
    return name


def _basic_view(data, parsed):
    # A trailing Ellipsis keeps a 0-d result a view instead of a NumPy scalar.
    return data[parsed if Ellipsis in parsed else parsed + (Ellipsis,)]


def _array_key(parsed):
    """The key for ufunc.at / scatter_add: boolean masks become their nonzero indices."""
    key = []
    for item in parsed:
        if not isinstance(item, (int, slice, bool)) and item is not None and item is not Ellipsis \
                and item.dtype.kind == "b":
            key.extend(item.nonzero())
        else:
            key.append(item)
    return tuple(key)


def _add_at(xp, target, key, values) -> None:
    """target[key] += values with repeated indices accumulating (ufunc.at).

    CuPy 13+ has ``cupy.add.at`` (``cupyx.scatter_add`` is deprecated there);
    older CuPy only the latter.
    """
    at = getattr(xp.add, "at", None)
    if at is not None:
        at(target, key, values)
        return
    import cupyx  # noqa: PLC0415

    cupyx.scatter_add(target, key, values)


# ------------------------------------------------------------------- getitem
def _is_index_array(item) -> bool:
    return not isinstance(item, (int, slice, bool)) and item is not None and item is not Ellipsis


def getitem(input: Tensor, key):
    parsed, advanced, single = parse_key(input, key)
    shape = input.shape
    if not advanced:
        name = _basic_grad_fn_name(shape, parsed, single)
        out = Tensor._make(_basic_view(input._data, parsed), input.dtype, base=input)
        return record(out, name, (input,), lambda g: (embed(g, shape, parsed),))
    for part in parsed if type(parsed) is tuple else (parsed,):  # a mask's or index's result
        if getattr(part, "ndim", 0) and part.size > CHECK_SIZE_ABOVE:  # (issue 19)
            limits.check_allocation(part.shape, dtypes.int64, "the indices of an index")
    out = Tensor._make(input._data[parsed], input.dtype)
    # IndexBackward0 saves the index tensors (so a second backward fails, as in PyTorch).
    indices = tuple(Tensor._make(i, dtypes.bool_ if i.dtype.kind == "b" else dtypes.int64)
                    for i in parsed if _is_index_array(i))

    def backward(g, *saved_indices):
        remaining = iter(saved_indices)
        key = tuple(next(remaining)._data if _is_index_array(i) else i for i in parsed)
        return (embed(g, shape, key),)

    return record(out, "IndexBackward0", (input,), backward, saved=indices)


def embed(grad: Tensor, shape, key) -> Tensor:
    """Zeros of ``shape`` with ``grad`` added at ``key`` (repeated indices accumulate).

    ``key`` is a parsed key (ints, slices, None, Ellipsis, arrays). The
    backward is ``g[key]``, so the pair is differentiable to any order.
    """
    xp = grad._xp
    out = xp.zeros(tuple(shape), dtype=grad.dtype.np)
    if all(isinstance(i, (int, slice)) or i is None or i is Ellipsis for i in key) \
            and not any(isinstance(i, bool) for i in key):
        out[key] = grad._data
        name = "SliceBackwardBackward0"
    else:
        _add_at(xp, out, _array_key(key), grad._data)
        name = "IndexPutBackward0"
    return record(Tensor._make(out, grad.dtype), name, (grad,), lambda g: (getitem(g, key),))


# ------------------------------------------------------------------- setitem
def _check_value(target: Tensor, value):
    if isinstance(value, Tensor):
        return value
    if is_scalar(value):
        return value
    raise TypeError(f"can't assign a {type(value).__name__} to a torch.{target.dtype.legacy}")


def _fit_value(value: Tensor, target_shape, advanced: bool):
    """Broadcast ``value`` to the indexed region with PyTorch's errors."""
    from .shape import expand

    data = value._data
    while data.ndim > len(target_shape) and data.shape[0] == 1:
        data = data[0]  # copy_ drops leading size-1 dims
    if advanced:
        try:
            return value._xp.broadcast_to(data, tuple(target_shape))
        except ValueError:
            raise RuntimeError(
                f"shape mismatch: value tensor of shape [{', '.join(map(str, value.shape))}] "
                "cannot be broadcast to indexing result of shape "
                f"[{', '.join(map(str, target_shape))}]") from None
    return expand(Tensor._make(data, value.dtype), tuple(target_shape))._data


def setitem(input: Tensor, key, value) -> None:
    value = _check_value(input, value)
    parsed, advanced, _ = parse_key(input, key)
    if input._requires_grad and input.grad_fn is None and autograd.is_grad_enabled():
        raise RuntimeError(
            "a leaf Variable that requires grad is being used in an in-place operation."
            if advanced else
            "a view of a leaf Variable that requires grad is being used in an in-place operation.")
    input._check_inplace(isinstance(value, Tensor) and value.requires_grad)
    target_shape = (input._data[parsed] if advanced else _basic_view(input._data, parsed)).shape
    if isinstance(value, Tensor):
        if value.device != input.device:
            raise RuntimeError("Expected all tensors to be on the same device, but found at least "
                               f"two devices, {value.device} and {input.device}!")
        data = _fit_value(value, target_shape, advanced).astype(input.dtype.np, copy=False)
    else:
        data = value
    check_no_overlap(input._data if advanced else _basic_view(input._data, parsed))
    if JOURNAL[0] is not None:
        JOURNAL[0].storage(input, isinstance(value, Tensor) and value._requires_grad)
    backend.before_write(input)
    input._data[parsed] = data
    input._bump()
    _record_copy_slices(input, parsed, value)
    rebase_view(input)


def _record_copy_slices(input: Tensor, parsed, value) -> None:
    """Give ``input`` a CopySlices node: the written region's gradient goes to ``value``."""
    value_grad = isinstance(value, Tensor) and value.requires_grad
    if not autograd.is_grad_enabled() or not (input._requires_grad or value_grad):
        return
    if not input.dtype.is_floating_point:
        return
    previous = graph_alias(input)  # input's history before the write
    xp = input._xp
    keep = xp.ones(input._data.shape, dtype=input.dtype.np)
    keep[parsed] = 0
    keep = Tensor._make(keep, input.dtype)
    value_ndim = value.ndim if isinstance(value, Tensor) else 0

    def backward(g):
        grad_value = None
        if value_grad:
            grad_value = getitem(g, parsed)
            while grad_value.ndim < value_ndim:
                grad_value = grad_value.unsqueeze(0)
        return (g * keep, grad_value)

    inputs = (previous, value) if isinstance(value, Tensor) else (previous, None)
    snapshot = Tensor._make(input._data, input.dtype)
    record(snapshot, "CopySlices", inputs, backward)
    input.grad_fn = snapshot.grad_fn
    input._output_nr = 0
    input._requires_grad = True


@op("__getitem__", summary="Indexing and slicing: x[0], x[:, 1:3], x[None], x[mask], x[[0, 2]].",
    example="arange(6.).reshape(2, 3)[1, :2]", method=False, function=False,
    operators={"__getitem__": getitem, "__setitem__": setitem}, category="index")
def _indexing(input, key):
    return getitem(input, key)


from . import gather as _gather  # noqa: F401, E402 - gather/index_select/masked_fill register here
