"""Reductions that select elements: max, min, amax, amin, argmax, argmin,
median, sort, argsort, topk, and PyTorch's named results
(``torch.return_types.max(values=..., indices=...)``).

Gradients: a reduction over all elements (``x.max()``, ``amax``, ``median()``)
shares the gradient evenly between tied elements, as PyTorch's
``evenly_distribute_backward`` does; a reduction along a dim sends it to the
returned index (``value_selecting_reduction_backward``).
"""
from __future__ import annotations

import numpy as np

from .. import backend, dtypes
from ..autograd import record
from ..registry import op
from ..tensor import Tensor
from .common import as_result, normalize_dim
from .gather import scatter_add_into
from .reduce import expand_back, reduce_dims


class ReturnType(tuple):
    """A (values, indices) pair printed as ``torch.return_types.NAME(...)``."""

    __gradsh_attrs__ = frozenset({"values", "indices"})

    def __new__(cls, name: str, values, indices):
        pair = super().__new__(cls, (values, indices))
        pair._name = name
        return pair

    @property
    def values(self):
        return self[0]

    @property
    def indices(self):
        return self[1]

    def __repr__(self) -> str:
        return (f"torch.return_types.{self._name}(\nvalues={self[0]!r},\n"
                f"indices={self[1]!r})")

    __str__ = __repr__


# ----------------------------------------------------------------- helpers
def _ties_mask(x: Tensor, result: Tensor, dims, keepdim: bool) -> Tensor:
    """1 where x equals the selected value (over dims), as x's dtype; a constant."""
    selected = result._data
    if dims is not None and not keepdim:
        selected = x._xp.expand_dims(selected, tuple(dims))
    return Tensor._make((x._data == selected).astype(x.dtype.np), x.dtype)


def _evenly_distribute(g, x, result, dims, keepdim):
    hits = _ties_mask(x, result, dims, keepdim)
    count = hits.sum(dims, keepdim=True) if dims is not None else hits.sum()
    return expand_back(g, x.shape, dims, keepdim) * hits / count


def _select_backward(g, indices, axis, keepdim, shape):
    """Put each gradient at its selected index along ``axis`` (zeros elsewhere)."""
    if len(shape) == 0:
        return g
    if not keepdim:
        g, indices = g.unsqueeze(axis), indices.unsqueeze(axis)
    return scatter_add_into(g, axis, indices, shape)


def _check_nonempty(input, name: str, axis=None):
    if axis is None and input._data.size == 0:
        raise RuntimeError(f"{name}(): Expected reduction dim to be specified for input.numel() "
                           "== 0. Specify the reduction dim with the 'dim' argument.")
    if axis is not None and input.ndim and input.shape[axis] == 0:
        raise IndexError(f"{name}(): Expected reduction dim {axis} to have non-zero size.")


def _record_selection(name, grad_fn_name, input, values, indices, axis, keepdim):
    """Arrays of values and indices selected along ``axis`` as ``torch.return_types.NAME``,
    recorded so that the gradient of values goes back to the selected indices."""
    xp = input._xp
    values, indices = as_result(values, input.dtype, xp), as_result(indices, dtypes.int64, xp)
    shape = input.shape
    return record(ReturnType(name, values, indices), grad_fn_name, (input,),
                  lambda grads, idx: (_select_backward(grads[0], idx, axis, keepdim, shape),),
                  saved=(indices,))


def _values_indices_along(input, axis, keepdim, pick):
    """Arrays (values, indices) of max/min along ``axis``, with NaN winning as in PyTorch."""
    xp = input._xp
    data = input._data
    if input.ndim == 0:
        values, indices = data.copy(), xp.zeros((), dtype=np.int64)
    else:
        indices = pick(data, axis=axis)
        values = xp.take_along_axis(data, xp.expand_dims(indices, axis), axis).squeeze(axis)
        if keepdim:
            values, indices = xp.expand_dims(values, axis), xp.expand_dims(indices, axis)
    return values, indices


def _max_min(input, dim, keepdim, other_fn, arg_pick, reduce_fn, name):
    if isinstance(dim, Tensor):  # torch.max(a, b): the elementwise form
        return other_fn(input, dim)
    if dim is None:
        _check_nonempty(input, name)
        out = as_result(reduce_fn(input._data), input.dtype, input._xp)
        return record(out, f"{name.capitalize()}Backward1", (input,),
                      lambda g, x, result: (_evenly_distribute(g, x, result, None, False),),
                      saved=(input, out))
    axis = normalize_dim(dim, input.ndim)
    _check_nonempty(input, name, axis)
    values, indices = _values_indices_along(input, axis, keepdim, arg_pick)
    return _record_selection(name, f"{name.capitalize()}Backward0", input, values, indices,
                             axis, keepdim)


def _nan_argmax(data, axis=None):
    return data.argmax(axis=axis)  # NumPy's argmax already picks the first NaN


def _nan_argmin(data, axis=None):
    index = data.argmin(axis=axis)
    if data.dtype.kind == "f":
        nan = backend.xp_of(data).isnan(data)
        if bool(nan.any()):  # a NaN is the minimum too: the first NaN wins
            xp = backend.xp_of(data)
            index = xp.where(nan.any(axis=axis), nan.argmax(axis=axis), index)
    return index


@op("max", summary="Largest element; with dim, (values, indices); with a tensor, maximum.",
    example="tensor([[1., 5.], [4., 2.]]).max(0)")
def max_(input, dim=None, keepdim=False):
    from .elementwise_math import maximum

    return _max_min(input, dim, keepdim, maximum, _nan_argmax, input._xp.max, "max")


@op("min", summary="Smallest element; with dim, (values, indices); with a tensor, minimum.",
    example="tensor([[1., 5.], [4., 2.]]).min(1)")
def min_(input, dim=None, keepdim=False):
    from .elementwise_math import minimum

    return _max_min(input, dim, keepdim, minimum, _nan_argmin, input._xp.min, "min")


def _amax_amin(input, dim, keepdim, reduce_fn, name):
    dims = reduce_dims(input, dim if dim != () else None)
    if dims is None:
        _check_nonempty(input, name)
    out = as_result(reduce_fn(input._data, axis=dims, keepdims=keepdim), input.dtype, input._xp)
    return record(out, f"{name.capitalize()}Backward0", (input,),
                  lambda g, x, result: (_evenly_distribute(g, x, result, dims, keepdim),),
                  saved=(input, out))


@op("amax", summary="Largest elements over dim (ties share the gradient).",
    example="tensor([[1., 5.], [4., 2.]]).amax(1)")
def amax(input, dim=(), keepdim=False):
    return _amax_amin(input, dim, keepdim, input._xp.max, "amax")


@op("amin", summary="Smallest elements over dim (ties share the gradient).",
    example="tensor([[1., 5.], [4., 2.]]).amin(1)")
def amin(input, dim=(), keepdim=False):
    return _amax_amin(input, dim, keepdim, input._xp.min, "amin")


def _arg_reduction(input, dim, keepdim, pick, name):
    xp = input._xp
    if dim is None:
        if input._data.size == 0:
            raise IndexError(f"{name}(): Expected reduction dim to be specified for "
                             "input.numel() == 0.")
        index = pick(input._data.reshape(-1), axis=0)
        array = xp.asarray(index).reshape((1,) * input.ndim if keepdim else ())
        return as_result(array, dtypes.int64, xp)
    axis = normalize_dim(dim, input.ndim)
    _check_nonempty(input, name, axis)
    if input.ndim == 0:
        return as_result(xp.zeros((), dtype=np.int64), dtypes.int64, xp)
    array = pick(input._data, axis=axis)
    if keepdim:
        array = xp.expand_dims(array, axis)
    return as_result(array, dtypes.int64, xp)


@op("argmax", summary="Index of the largest element (of the flattened tensor, or along dim).",
    example="tensor([[1., 5.], [4., 2.]]).argmax(1)", differentiable=False)
def argmax(input, dim=None, keepdim=False):
    return _arg_reduction(input, dim, keepdim, _nan_argmax, "argmax")


@op("argmin", summary="Index of the smallest element (of the flattened tensor, or along dim).",
    example="tensor([[1., 5.], [4., 2.]]).argmin(1)", differentiable=False)
def argmin(input, dim=None, keepdim=False):
    return _arg_reduction(input, dim, keepdim, _nan_argmin, "argmin")


# ------------------------------------------------------------ sort and friends
def _sort_indices(data, axis: int, descending: bool, xp):
    """A stable argsort; NaN counts as the largest value (first when descending)."""
    if not descending:
        return xp.argsort(data, axis=axis, kind="stable")
    n = data.shape[axis]
    reversed_data = xp.flip(data, axis=axis)
    order = xp.argsort(reversed_data, axis=axis, kind="stable")
    return (n - 1) - xp.flip(order, axis=axis)


def _sorted(input, axis, descending):
    xp = input._xp
    if input.ndim == 0:
        return input._data.copy(), xp.zeros((), dtype=np.int64)
    indices = _sort_indices(input._data, axis, descending, xp)
    return xp.take_along_axis(input._data, indices, axis), indices


@op("sort", summary="Sorted values and their original indices along dim.",
    example="tensor([3., 1., 2.]).sort()")
def sort(input, dim=-1, descending=False, stable=False):
    axis = normalize_dim(dim, input.ndim)
    values, indices = _sorted(input, axis, descending)
    return _record_selection("sort", "SortBackward0", input, values, indices, axis, True)


@op("argsort", summary="Indices that sort the tensor along dim.",
    example="tensor([3., 1., 2.]).argsort()", differentiable=False)
def argsort(input, dim=-1, descending=False, stable=False):
    axis = normalize_dim(dim, input.ndim)
    return as_result(_sorted(input, axis, descending)[1], dtypes.int64, input._xp)


@op("topk", summary="The k largest (or smallest) values along dim, with their indices.",
    example="tensor([3., 1., 2.]).topk(2)")
def topk(input, k, dim=-1, largest=True, sorted=True):
    axis = normalize_dim(dim, input.ndim)
    size = input.shape[axis] if input.ndim else 1
    if k < 0 or k > size:
        raise RuntimeError("selected index k out of range")
    values, indices = _sorted(input, axis, largest)
    if input.ndim:
        key = (slice(None),) * axis + (slice(0, k),)
        values, indices = values[key], indices[key]
    return _record_selection("topk", "TopkBackward0", input, values, indices, axis, True)


@op("median", summary="The lower median (of all elements, or along dim with indices).",
    example="tensor([3., 1., 2., 4.]).median()")
def median(input, dim=None, keepdim=False):
    xp = input._xp
    if dim is None:
        _check_nonempty(input, "median")
        flat = xp.sort(input._data.reshape(-1))
        value = flat[(flat.size - 1) // 2]
        if input.dtype.is_floating_point and bool(xp.isnan(flat).any()):
            value = xp.asarray(np.nan, dtype=input._data.dtype)
        out = as_result(value, input.dtype, xp)
        return record(out, "MedianBackward0", (input,),
                      lambda g, x, result: (_evenly_distribute(g, x, result, None, False),),
                      saved=(input, out))
    axis = normalize_dim(dim, input.ndim)
    _check_nonempty(input, "median", axis)
    values, indices = _sorted(input, axis, False)
    if input.ndim:
        middle = (input.shape[axis] - 1) // 2
        key = (slice(None),) * axis + (slice(middle, middle + 1),)
        values, indices = values[key], indices[key]
        if not keepdim:
            values, indices = values.squeeze(axis), indices.squeeze(axis)
    return _record_selection("median", "MedianBackward1", input, values, indices, axis, keepdim)
