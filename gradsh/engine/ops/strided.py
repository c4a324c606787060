"""Tensors over explicit strides, and small torch-level utilities:
as_strided, as_strided_scatter, empty_strided, new_empty_strided, range
(deprecated), typename, is_storage, get_device, the deterministic-algorithms
flags and thread_safe_generator.

as_strided sees the storage of its input's base (where a view's memory
lives) through new sizes, strides and offset, sharing memory as PyTorch's
does. Its backward (AsStridedBackward0) scatters the gradient into a
gradient of that storage, repeated places adding up, and reads the input's
own places back from it; both steps are differentiable ops (embed, index).
"""
from __future__ import annotations

import warnings

import numpy as np

from .. import dtypes
from ..autograd import record
from ..registry import op
from ..tensor import Tensor
from .index import embed, getitem

_RANGE_WARNING = (
    "torch.range is deprecated and will be removed in a future release because its behavior "
    "is inconsistent with Python's range builtin. Instead, use torch.arange, which produces "
    "values in [start, end).")


def _list_text(values) -> str:
    return "[" + ", ".join(str(v) for v in values) + "]"


def _span(size, stride) -> int:
    """Elements of storage that sizes/strides reach from offset 0."""
    if any(n == 0 for n in size):
        return 0
    return 1 + sum((n - 1) * s for n, s in zip(size, stride))


def _element_strides(data) -> tuple:
    return tuple(step // data.itemsize for step in data.strides)


def _storage(tensor: Tensor):
    """(base tensor, flat array over the base's memory from its first element)."""
    base = tensor._base if tensor._base is not None else tensor
    data = base._data
    size = _span(data.shape, _element_strides(data)) if data.size else 0
    xp = base._xp
    flat = xp.lib.stride_tricks.as_strided(data, (size,), (data.itemsize,))
    return base, flat


def _positions(size, stride, offset: int, xp):
    """The storage position of every element of a size/stride/offset view."""
    positions = xp.full(tuple(size), offset, dtype=np.int64)
    for dim, (n, s) in enumerate(zip(size, stride)):
        steps = xp.arange(n, dtype=np.int64) * s
        positions = positions + steps.reshape((n,) + (1,) * (len(size) - dim - 1))
    return positions


def _check_geometry(size, stride, name: str = "as_strided") -> tuple:
    size, stride = tuple(int(n) for n in size), tuple(int(s) for s in stride)
    if len(size) != len(stride):
        raise RuntimeError("mismatch in length of strides and shape")
    if any(s < 0 for s in stride):
        raise RuntimeError(f"{name}: Negative strides are not supported at the moment, got "
                           f"strides: {_list_text(stride)}")
    return size, stride


@op("as_strided", summary="A view of input's storage with the given size, stride and "
    "storage_offset (elements).", example="arange(9.).as_strided((2, 2), (1, 2))")
def as_strided(input, size, stride, storage_offset=None):
    from .convert import storage_offset as offset_of  # noqa: PLC0415

    size, stride = _check_geometry(size, stride)
    offset = offset_of(input) if storage_offset is None else int(storage_offset)
    base, flat = _storage(input)
    needed = offset + _span(size, stride) if _span(size, stride) else 0
    itemsize = input.dtype.itemsize
    if needed > flat.size:
        raise RuntimeError(f"setStorage: sizes {_list_text(size)}, strides {_list_text(stride)},"
                           f" storage offset {offset}, and itemsize {itemsize} requiring a "
                           f"storage size of {needed * itemsize} are out of bounds for storage "
                           f"of size {flat.size * itemsize}")
    xp = input._xp
    view = xp.lib.stride_tricks.as_strided(flat[offset:] if flat.size else flat, size,
                                           tuple(s * itemsize for s in stride))
    result = Tensor._make(view, input.dtype, base=base)
    storage_size = flat.size
    input_shape = tuple(input.shape)
    input_positions = _positions(input_shape, _element_strides(input._data), offset_of(input),
                                 xp)
    output_positions = _positions(size, stride, offset, xp)

    def backward(g):
        storage_grad = embed(g.reshape(-1), (storage_size,), (output_positions.reshape(-1),))
        return (getitem(storage_grad, (input_positions,)),)
    return record(result, "AsStridedBackward0", (input,), backward)


@op("as_strided_scatter", summary="A copy of input with src written where as_strided(size, "
    "stride, storage_offset) would look.",
    example="as_strided_scatter(zeros(3, 3), ones(2, 2), (2, 2), (1, 2))")
def as_strided_scatter(input, src, size, stride, storage_offset=None):
    size, stride = _check_geometry(size, stride, "as_strided_scatter")
    offset = 0 if storage_offset is None else int(storage_offset)
    numel = input._data.size
    needed = offset + _span(size, stride) if _span(size, stride) else 0
    if needed > numel:
        itemsize = input.dtype.itemsize
        raise RuntimeError(f"setStorage: sizes {_list_text(size)}, strides {_list_text(stride)},"
                           f" storage offset {offset}, and itemsize {itemsize} requiring a "
                           f"storage size of {needed * itemsize} are out of bounds for storage "
                           f"of size {numel * itemsize}")
    if tuple(src.shape) != size:
        raise RuntimeError(f"expected src to have a size equal to the slice of self. src size = "
                           f"{_list_text(src.shape)}, slice size = {_list_text(size)}")
    xp = input._xp
    positions = _positions(size, stride, offset, xp).reshape(-1)
    flat = xp.ascontiguousarray(input._data).reshape(-1).copy()
    flat[positions] = src._data.astype(flat.dtype, copy=False).reshape(-1)
    shape = tuple(input.shape)

    def backward(g):
        # PyTorch's as_strided_scatter_backward gives the input the gradient *inside* the
        # scattered slice (zeros elsewhere), the same values as the source: reproduced.
        picked = getitem(g.reshape(-1), (positions,)).reshape(*size)
        zeros = Tensor._make(g._xp.zeros(tuple(g.shape), dtype=g.dtype.np), g.dtype)
        return (as_strided_scatter(zeros, picked, size, stride, offset), picked)
    return record(Tensor._make(flat.reshape(shape), input.dtype), "AsStridedScatterBackward0",
                  (input, src), backward)


def _strided_zeros(size, stride, dtype, device, requires_grad, name: str) -> Tensor:
    from .creation import zeros  # noqa: PLC0415

    size, stride = tuple(int(n) for n in size), tuple(int(s) for s in stride)
    if len(size) != len(stride):
        raise RuntimeError(f"dimensionality of sizes ({len(size)}) must match dimensionality "
                           f"of strides ({len(stride)})")
    _check_geometry(size, stride, name)
    storage = zeros(_span(size, stride), dtype=dtype, device=device)
    itemsize = storage.dtype.itemsize
    view = storage._xp.lib.stride_tricks.as_strided(storage._data, size,
                                                    tuple(s * itemsize for s in stride))
    result = Tensor._make(view, storage.dtype)
    return result.requires_grad_(True) if requires_grad else result


@op("empty_strided", summary="An uninitialized tensor with the given size and stride "
    "(gradsh fills it with zeros).", example="empty_strided((2, 3), (1, 2)).stride()",
    method=False, differentiable=False)
def empty_strided(size, stride, *, dtype=None, layout=None, device=None, requires_grad=False,
                  pin_memory=False):
    return _strided_zeros(size, stride, dtype, device, requires_grad, "empty_strided")


@op("new_empty_strided", summary="empty_strided with input's dtype and device unless given "
    "(zeros in gradsh).", example="ones(2).new_empty_strided((2, 3), (1, 2)).stride()",
    function=False, differentiable=False)
def new_empty_strided(input, size, stride, *, dtype=None, layout=None, device=None,
                      requires_grad=False, pin_memory=False):
    return _strided_zeros(size, stride, dtype or input.dtype, device or input.device,
                          requires_grad, "new_empty_strided")


@op("range", summary="Deprecated: values from start to end inclusive by step (float by "
    "default).", example="range(1, 4)", method=False, differentiable=False,
    signature="range(start=0, end, step=1, *, dtype=None, device=None, requires_grad=False)")
def range_(*args, dtype=None, layout=None, device=None, requires_grad=False, out=None,
           **kwargs):
    from .creation import _finish  # noqa: PLC0415

    names = ("start", "end", "step")
    values = dict(zip(names, args))
    values.update({k: v for k, v in kwargs.items() if k in names})
    if "end" not in values:
        raise TypeError('range() missing 1 required positional arguments: "end"')
    warnings.warn(_RANGE_WARNING, UserWarning, stacklevel=3)
    start, end = values.get("start", 0), values["end"]
    step = values.get("step", 1)
    start, end, step = (v.item() if isinstance(v, Tensor) else v for v in (start, end, step))
    if step == 0:
        raise RuntimeError("step must be nonzero")
    if (end - start) * step < 0:
        raise RuntimeError("upper bound and lower bound inconsistent with step sign")
    dtype = dtypes.to_dtype(dtype) if dtype is not None else dtypes.get_default_dtype()
    count = int(np.floor((end - start) / step)) + 1  # ATen's range: the end is included
    values_out = start + step * np.arange(count, dtype=np.float64)
    return _finish(values_out, dtype, device, requires_grad)


range_.__name__ = "range"


@op("typename", summary="The type name of obj as PyTorch writes it ('torch.FloatTensor', "
    "'int', ...).", example="typename(tensor([1, 2]))", method=False, differentiable=False)
def typename(obj):
    if isinstance(obj, Tensor):
        return obj.type()
    if isinstance(obj, dtypes.DType):
        return "torch.dtype"
    kind = obj if isinstance(obj, type) else type(obj)
    module = getattr(kind, "__module__", "") or ""
    module = _TORCH_MODULES.get(module, module)
    if module.startswith("gradsh.nn."):
        module = "torch.nn.modules." + module.rsplit(".", 1)[1]
    if module in ("", "builtins"):
        return kind.__qualname__
    return f"{module}.{kind.__qualname__}"


_TORCH_MODULES = {"gradsh.nn.parameter": "torch.nn.parameter",
                  "gradsh.nn.module": "torch.nn.modules.module",
                  "gradsh.engine.tensor": "torch"}


# is_storage: storage_ops.py (with the storages)


@op("get_device", summary="The CUDA device index of input, -1 on the CPU.",
    example="ones(2).get_device()", differentiable=False)
def get_device(input):
    device = input.device
    return -1 if device.type == "cpu" else (device.index or 0)


_deterministic = {"mode": False, "warn_only": False}


@op("use_deterministic_algorithms", summary="Set the deterministic-algorithms flag (gradsh's "
    "algorithms are all deterministic).", example="use_deterministic_algorithms(False)",
    method=False, differentiable=False)
def use_deterministic_algorithms(mode, *args, warn_only=False):
    if args:
        raise TypeError(f"use_deterministic_algorithms() takes 1 positional argument but "
                        f"{1 + len(args)} were given")
    if not isinstance(mode, bool):
        raise TypeError(f"_set_deterministic_algorithms(): argument 'mode' (position 1) must be "
                        f"bool, not {type(mode).__name__}")
    if not isinstance(warn_only, bool):
        raise TypeError(f"_set_deterministic_algorithms(): argument 'warn_only' must be bool, "
                        f"not {type(warn_only).__name__}")
    from ...journal import note_setting  # noqa: PLC0415 - a rare call

    note_setting("deterministic", _deterministic.update, dict(_deterministic))
    _deterministic.update(mode=mode, warn_only=warn_only)


@op("are_deterministic_algorithms_enabled", summary="The deterministic-algorithms flag.",
    example="are_deterministic_algorithms_enabled()", method=False, differentiable=False)
def are_deterministic_algorithms_enabled():
    return _deterministic["mode"]


@op("is_deterministic_algorithms_warn_only_enabled", summary="The warn_only part of the "
    "deterministic-algorithms flag.", example="is_deterministic_algorithms_warn_only_enabled()",
    method=False, differentiable=False)
def is_deterministic_algorithms_warn_only_enabled():
    return _deterministic["warn_only"]


@op("thread_safe_generator", summary="The DataLoader thread worker's generator; None outside "
    "one (always in gradsh).", example="thread_safe_generator()", method=False,
    differentiable=False)
def thread_safe_generator():
    return None


__all__ = ["as_strided", "as_strided_scatter", "empty_strided", "get_device", "range_",
           "typename"]
