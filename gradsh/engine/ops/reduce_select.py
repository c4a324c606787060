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

from .. import backend, dtypes, limits
from ..autograd import record
from ..registry import op
from ..tensor import Tensor
from ..interrupt import abandonable
from . import cpu_order
from .common import CHECK_SIZE_ABOVE, as_result, normalize_dim
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
    # along a dim, the NaN-aware argmax/argmin copies an expanded view (issue 19);
    # the whole-tensor max/min reads it in place (and stops for Ctrl-C: interrupt.py)
    if dim is not None and isinstance(input, Tensor) and \
            input._data.size > CHECK_SIZE_ABOVE and not input._data.flags.c_contiguous:
        limits.check_copy(input)
    _refuse_complex(input, name, dim)
    if isinstance(dim, Tensor):  # torch.max(a, b): the elementwise form
        return other_fn(input, dim)
    if dim is None:
        _check_nonempty(input, name)
        out = as_result(abandonable(input._data.size, reduce_fn, input._data), input.dtype,
                        input._xp)
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


def _refuse_complex(input, name: str, dim=None) -> None:
    """PyTorch's errors for max/min/amax/amin of complex tensors (no ordering)."""
    if not input.dtype.is_complex:
        return
    if name in ("amax", "amin"):
        raise NotImplementedError(f'"{name[1:]}_values_cpu" not implemented for '
                                  f"'{input.dtype.short}'")
    if dim is None or isinstance(dim, Tensor):
        raise NotImplementedError(f'"{name}_all" not implemented for \'{input.dtype.short}\'')
    raise RuntimeError(f"{name}(): does not support complex input")


def _amax_amin(input, dim, keepdim, reduce_fn, name):
    _refuse_complex(input, name)
    dims = reduce_dims(input, dim if dim != () else None)
    if dims is None:
        _check_nonempty(input, name)
    out = as_result(abandonable(input._data.size, reduce_fn, input._data, axis=dims,
                                keepdims=keepdim), input.dtype, input._xp)
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
    if isinstance(input, Tensor) and input._data.size > CHECK_SIZE_ABOVE and not \
            input._data.flags.c_contiguous:  # NumPy copies an expanded view (issue 19)
        limits.check_copy(input)
    return _arg_reduction(input, dim, keepdim, _nan_argmax, "argmax")


@op("argmin", summary="Index of the smallest element (of the flattened tensor, or along dim).",
    example="tensor([[1., 5.], [4., 2.]]).argmin(1)", differentiable=False)
def argmin(input, dim=None, keepdim=False):
    return _arg_reduction(input, dim, keepdim, _nan_argmin, "argmin")


# ------------------------------------------------------------ sort and friends
# Equal elements come out in the order PyTorch's CPU kernels leave them
# (std::sort, std::partial_sort / nth_element: see cpu_order.py); with
# stable=True in their original order.
def _sorted(input, axis, descending, stable=True):
    xp = input._xp
    if input.ndim == 0:
        return input._data.copy(), xp.zeros((), dtype=np.int64)
    if input._data.size > CHECK_SIZE_ABOVE:  # values, int64 indices and the sort's work
        limits.check_elements(input._data.size, 3 * 8 + input.dtype.itemsize,
                              f"sorting {input._data.size:,} elements")
    indices = cpu_order.sort_order(input._data, axis, descending, stable)
    return xp.take_along_axis(input._data, indices, axis), indices


@op("sort", summary="Sorted values and their original indices along dim.",
    example="tensor([3., 1., 2.]).sort()")
def sort(input, dim=-1, descending=False, stable=False):
    axis = normalize_dim(dim, input.ndim)
    values, indices = _sorted(input, axis, descending, bool(stable))
    return _record_selection("sort", "SortBackward0", input, values, indices, axis, True)


@op("argsort", summary="Indices that sort the tensor along dim.",
    example="tensor([3., 1., 2.]).argsort()", differentiable=False)
def argsort(input, dim=-1, descending=False, stable=False):
    axis = normalize_dim(dim, input.ndim)
    return as_result(_sorted(input, axis, descending, bool(stable))[1], dtypes.int64, input._xp)


@op("topk", summary="The k largest (or smallest) values along dim, with their indices.",
    example="tensor([3., 1., 2.]).topk(2)")
def topk(input, k, dim=-1, largest=True, sorted=True):
    axis = normalize_dim(dim, input.ndim)
    size = input.shape[axis] if input.ndim else 1
    if k < 0 or k > size:
        raise RuntimeError("selected index k out of range")
    if input.ndim == 0:
        values, indices = _sorted(input, axis, largest)
    else:
        if input._data.size > CHECK_SIZE_ABOVE:  # the selection works on a full copy
            limits.check_elements(input._data.size, 3 * 8 + input.dtype.itemsize,
                                  f"selecting among {input._data.size:,} elements")
        indices = cpu_order.topk_order(input._data, axis, k, largest, sorted)
        values = input._xp.take_along_axis(input._data, indices, axis)
    return _record_selection("topk", "TopkBackward0", input, values, indices, axis, True)


@op("median", summary="The lower median (of all elements, or along dim with indices).",
    example="tensor([3., 1., 2., 4.]).median()")
def median(input, dim=None, keepdim=False):
    if isinstance(input, Tensor) and input._data.size > CHECK_SIZE_ABOVE:  # an expanded view's
        limits.check_copy(input)  # result is its numel (issue 19)
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
    values, indices = median_along(input, axis, keepdim, ignore_nan=False)
    return _record_selection("median", "MedianBackward1", input, values, indices, axis, keepdim)


def median_along(input, axis, keepdim, ignore_nan):
    """ATen's median_with_indices_impl: the lower median in (value, index) order; for
    median a row with NaN gives its first NaN, for nanmedian the NaN are left out."""
    xp = input._xp
    if input.ndim == 0:
        return input._data.copy(), xp.zeros((), dtype=np.int64)
    order = cpu_order.stable_order(input._data, axis, False)
    n = input.shape[axis]
    if input.dtype.is_floating_point:
        nan = xp.isnan(input._data)
        nan_count = nan.sum(axis=axis, keepdims=True)
    else:
        nan = nan_count = None
    if ignore_nan and nan is not None:
        middle = xp.maximum(n - nan_count - 1, 0) // 2
        indices = xp.take_along_axis(order, middle, axis)
        all_nan = nan_count == n
        if bool(all_nan.any()):
            indices = xp.where(all_nan, cpu_order.nanmedian_all_nan_index(n), indices)
    else:
        middle = (n - 1) // 2
        indices = xp.take(order, [middle], axis=axis)
        if nan is not None:
            indices = xp.where(nan_count > 0, xp.argmax(nan, axis=axis, keepdims=True), indices)
    values = xp.take_along_axis(input._data, indices, axis)
    if not keepdim:
        values, indices = values.squeeze(axis), indices.squeeze(axis)
    return values, indices
