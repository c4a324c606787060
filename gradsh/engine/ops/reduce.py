"""Reductions and scans: sum, mean, prod, std, var, norm, logsumexp, cumsum, ...

PyTorch's rules reproduced here: ``dim`` is an int or a list (an empty list
reduces everything), negative dims count from the end, a 0-d tensor accepts
dim 0 and -1; integer and bool sums give int64; ``mean``/``std``/``var``/
``norm`` refuse integer input with PyTorch's messages. The selecting
reductions (max, min, sort, ...) live in ``reduce_select.py``.
"""
from __future__ import annotations

import warnings

import numpy as np

from .. import dtypes, limits, numerics
from ..autograd import record
from ..interrupt import ABANDON_ELEMENTS, abandonable
from ..registry import op
from ..tensor import Tensor
from .cascade_sum import torch_mean, torch_sum
from .common import CHECK_SIZE_ABOVE, as_result, float_dtype_for, normalize_dim, normalize_dims


# ---------------------------------------------------------------- helpers
def reduce_dims(input: Tensor, dim) -> tuple | None:
    """Normalized dims to reduce, or None for all (dim=None, [] or a 0-d input)."""
    dims = normalize_dims(dim, input.ndim)
    if not dims or input.ndim == 0:
        return None
    if input._data.size == 0:  # zeros(0, 2**40).sum(0) is 2**40 elements
        kept = tuple(n for d, n in enumerate(input._data.shape) if d not in dims)
        limits.check_allocation(kept, input.dtype)
    return dims


def expand_back(g: Tensor, shape, dims, keepdim: bool) -> Tensor:
    """Undo a reduction's shape change on a gradient: unsqueeze the reduced dims, expand."""
    if dims is not None and not keepdim:
        for d in dims:  # ascending, so each insertion lands at its final place
            g = g.unsqueeze(d)
    return g.expand(tuple(shape))


def reduced_count(shape, dims) -> int:
    count = 1
    for d, n in enumerate(shape):
        if dims is None or d in dims:
            count *= n
    return count


def _sum_dtype(input: Tensor, dtype):
    if dtype is not None:
        return dtypes.to_dtype(dtype)
    return input.dtype if input.dtype.differentiable else dtypes.int64


def _type_name(dtype) -> str:
    return dtype.short


# -------------------------------------------------------------- sum / mean
@op("sum", summary="Sum of the elements, over all or over dim.",
    example="tensor([[1., 2.], [3., 4.]]).sum(0)")
def sum_(input, dim=None, keepdim=False, *, dtype=None):
    if isinstance(dim, dtypes.DType):  # torch.sum(x, torch.float64)
        dim, dtype = None, dim
    dims = reduce_dims(input, dim)
    out_dtype = _sum_dtype(input, dtype)
    xp = input._xp
    data = input._data.astype(out_dtype.np, copy=False)
    out = as_result(torch_sum(xp, data, dims, keepdim), out_dtype, xp)
    shape = input.shape
    if dim is None:
        return record(out, "SumBackward0", (input,), lambda g: (g.expand(tuple(shape)),))
    return record(out, "SumBackward1", (input,), lambda g: (expand_back(g, shape, dims, keepdim),))


@op("mean", summary="Mean of the elements, over all or over dim (floating tensors only).",
    example="tensor([[1., 2.], [3., 4.]]).mean(1)")
def mean(input, dim=None, keepdim=False, *, dtype=None):
    if isinstance(dim, dtypes.DType):
        dim, dtype = None, dim
    out_dtype = dtypes.to_dtype(dtype) if dtype is not None else input.dtype
    if not out_dtype.differentiable:
        raise RuntimeError("mean(): could not infer output dtype. Input dtype must be either a "
                           f"floating point or complex dtype. Got: {_type_name(out_dtype)}")
    dims = reduce_dims(input, dim)
    xp = input._xp
    # ATen sums a float16 result's input in float32 (cast from the input's
    # own dtype, not from float16), divides, then casts.
    work = dtypes.float32.np if out_dtype is dtypes.float16 else out_dtype.np
    data = input._data.astype(work, copy=False)
    with np.errstate(invalid="ignore", divide="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # the mean of nothing is nan
        array = torch_mean(xp, data, dims, keepdim)
    out = as_result(xp.asarray(array, dtype=out_dtype.np), out_dtype, xp)
    shape = input.shape
    count = reduced_count(shape, dims)
    name = "MeanBackward0" if dim is None else "MeanBackward1"
    # Divided before it is expanded: the same values, one pass over a 0-d or
    # reduced array instead of the input's size.
    return record(out, name, (input,), lambda g: (expand_back(g / count, shape, dims, keepdim),))


# -------------------------------------------------------------------- prod
def _product_of_others(x: Tensor, dim: int) -> Tensor:
    """prod_{j != i} x_j along ``dim``, exact even when x has zeros (differentiable)."""
    if not bool((x._data == 0).any()):
        return x.prod(dim, keepdim=True) / x
    from .join import cat

    n = x.shape[dim]
    ones = Tensor._make(x._xp.ones_like(x._data[(slice(None),) * dim + (slice(0, 1),)]), x.dtype)
    # prod_{j<i} x_j times prod_{j>i} x_j: exclusive running products from both ends.
    left = cat([ones, x.narrow(dim, 0, n - 1)], dim).cumprod(dim)
    right = cat([x.narrow(dim, 1, n - 1), ones], dim).flip(dim).cumprod(dim).flip(dim)
    return left * right


@op("prod", summary="Product of the elements, over all or over one dim.",
    example="tensor([[1., 2.], [3., 4.]]).prod(1)")
def prod(input, dim=None, keepdim=False, *, dtype=None):
    if isinstance(dim, dtypes.DType):
        dim, dtype = None, dim
    out_dtype = _sum_dtype(input, dtype)
    if isinstance(input, Tensor) and input._data.size > CHECK_SIZE_ABOVE and \
            input._data.dtype != out_dtype.np:  # the cast copies every element (issue 19);
        limits.check_copy(input, out_dtype)  # the product itself reads the input in place
    xp = input._xp
    shape = input.shape
    data = input._data.astype(out_dtype.np, copy=False)
    if dim is None:
        from .product_kernels import prod_all  # noqa: PLC0415

        exact = prod_all(data) if numerics.exact(xp) else None  # ATen's order, where modelled
        out = as_result(exact if exact is not None else
                        abandonable(data.size, xp.prod, data,
                                    dtype=dtypes.sum_accumulator(out_dtype)), out_dtype, xp)

        def backward_all(g, x):
            flat = x.reshape(-1)
            return (g * _product_of_others(flat, 0).reshape(tuple(shape)),)

        return record(out, "ProdBackward0", (input,), backward_all, saved=(input,))
    axis = normalize_dim(dim, input.ndim)
    if input.ndim == 0:
        out = as_result(data.copy(), out_dtype, xp)
        return record(out, "ProdBackward1", (input,), lambda g, x: (g,), saved=(input,))
    array = abandonable(data.size, xp.prod, data, axis=axis, keepdims=keepdim,
                        dtype=dtypes.sum_accumulator(out_dtype))
    out = as_result(array, out_dtype, xp)

    def backward(g, x):
        return (expand_back(g, shape, (axis,), keepdim) * _product_of_others(x, axis),)

    return record(out, "ProdBackward1", (input,), backward, saved=(input,))


# ---------------------------------------------------------------- std / var
def _variance_args(input, dim, unbiased, keepdim, correction, name):
    if isinstance(dim, bool):  # x.std(False): the legacy unbiased argument
        dim, unbiased = None, dim
    if not input.dtype.is_floating_point:
        raise RuntimeError("std and var only support floating point and complex dtypes")
    if correction is None:
        correction = 1 if unbiased in (None, True) else 0
    dims = reduce_dims(input, dim)
    count = reduced_count(input.shape, dims)
    if count - correction <= 0:
        warnings.warn(f"{name}(): degrees of freedom is <= 0. Correction should be strictly less "
                      "than the reduction factor (input numel divided by output numel).",
                      UserWarning, stacklevel=3)
    return dims, max(0, count - correction)


def _variance_array(input, dims, keepdim, divisor):
    xp = input._xp
    data = input._data.astype(dtypes.sum_accumulator(input.dtype), copy=False)
    with np.errstate(invalid="ignore", divide="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        centered = data - abandonable(data.size, xp.mean, data, axis=dims, keepdims=True)
        return xp.sum(centered * centered, axis=dims, keepdims=keepdim) / divisor


def _variance_or_kernel(input, dims, keepdim, divisor, take_sqrt):
    """ATen's two-pass kernel where it applies (variance_kernels), else NumPy's."""
    from .variance_kernels import exact_variance  # noqa: PLC0415

    value = exact_variance(input._xp, input._data, dims, keepdim, divisor, take_sqrt)
    if value is not None:
        return value
    array = _variance_array(input, dims, keepdim, divisor)
    return input._xp.sqrt(array) if take_sqrt else array


@op("var", summary="Variance over all or over dim (unbiased by default; correction=0 for the "
    "population variance).", example="tensor([1., 2., 3., 4.]).var()")
def var(input, dim=None, unbiased=None, keepdim=False, *, correction=None):
    if isinstance(input, Tensor) and input._data.size > CHECK_SIZE_ABOVE and not \
            input._data.flags.c_contiguous:  # an expanded view is copied (issue 19)
        limits.check_copy(input)
    dims, divisor = _variance_args(input, dim, unbiased, keepdim, correction, "var")
    out = as_result(_variance_or_kernel(input, dims, keepdim, divisor, False), input.dtype,
                    input._xp)
    shape = input.shape

    def backward(g, x):
        centered = x - x.mean(dims, keepdim=True)
        return (expand_back(g, shape, dims, keepdim) * centered * (2.0 / divisor),)

    return record(out, "VarBackward0", (input,), backward, saved=(input,))


@op("std", summary="Standard deviation over all or over dim (unbiased by default).",
    example="tensor([1., 2., 3., 4.]).std()")
def std(input, dim=None, unbiased=None, keepdim=False, *, correction=None):
    if isinstance(input, Tensor) and input._data.size > CHECK_SIZE_ABOVE and not \
            input._data.flags.c_contiguous:  # an expanded view is copied (issue 19)
        limits.check_copy(input)
    dims, divisor = _variance_args(input, dim, unbiased, keepdim, correction, "std")
    xp = input._xp
    out = as_result(_variance_or_kernel(input, dims, keepdim, divisor, True), input.dtype, xp)
    shape = input.shape

    def backward(g, x, result):
        centered = x - x.mean(dims, keepdim=True)
        return (expand_back(g / (result * divisor), shape, dims, keepdim) * centered,)

    return record(out, "StdBackward0", (input,), backward, saved=(input, out))


# ---------------------------------------------------------------------- norm
def _norm_order(p):
    if p is None or p == "fro":
        return 2.0
    if isinstance(p, str):
        message = f"gradsh: norm(p={p!r}) is not supported; use 'fro', a number or inf"
        raise RuntimeError(message)  # noqa: TRY004 - PyTorch's type for a bad p
    return float(p)


@op("norm", summary="Vector p-norm over all elements or over dim (p='fro', 1, 2, inf, ...).",
    example="tensor([3., 4.]).norm()")
def norm(input, p="fro", dim=None, keepdim=False, dtype=None):
    if isinstance(input, Tensor) and input._data.size > CHECK_SIZE_ABOVE:  # an expanded view's
        limits.check_copy(input)  # result is its numel (issue 19)
    if not (input.dtype.is_floating_point or input.dtype.is_complex):
        raise RuntimeError("linalg.vector_norm: Expected a floating point or complex tensor as "
                           f"input. Got {input.dtype.short}")
    from . import norm_kernels  # noqa: PLC0415

    order = _norm_order(p)
    dims = reduce_dims(input, dim)
    xp = input._xp
    magnitude = xp.abs(input._data.astype(dtypes.sum_accumulator(input.dtype), copy=False))
    if order == float("inf"):
        array = xp.max(magnitude, axis=dims, keepdims=keepdim)
    elif order == float("-inf"):
        array = xp.min(magnitude, axis=dims, keepdims=keepdim)
    elif order == 0:
        array = xp.sum(magnitude != 0, axis=dims, keepdims=keepdim)
    elif order == 1:
        array = xp.sum(magnitude, axis=dims, keepdims=keepdim)
    elif order == 2 and dtype is None and norm_kernels.applies(xp, input._data, dims):
        array = norm_kernels.two_norm_lastdims(input._data, dims, keepdim)  # ATen's order
    elif order == 2 and dtype is None and norm_kernels.strided_applies(xp, input._data, dims):
        array = norm_kernels.two_norm_strided(input._data, dims, keepdim)
    elif order == 2:
        array = xp.sqrt(xp.sum(magnitude * magnitude, axis=dims, keepdims=keepdim))
    else:
        array = xp.sum(magnitude ** order, axis=dims, keepdims=keepdim) ** (1.0 / order)
    out_dtype = dtypes.to_dtype(dtype) if dtype is not None else input.dtype
    out = as_result(array, dtypes.to_real(out_dtype), xp)  # a complex input has a real norm
    shape = input.shape
    sign = (lambda x: x.sgn()) if input.dtype.is_complex else (lambda x: x.sign())

    def backward(g, x, result):
        grad = expand_back(g, shape, dims, keepdim)
        if order == 0:
            return (None,)  # PyTorch gives no gradient for the 0-"norm" (a count)
        if order == 1:
            return (grad * sign(x),)
        result = expand_back(result, shape, dims, keepdim)
        if order in (float("inf"), float("-inf")):
            hits = Tensor._make((xp.abs(x._data) == result._data).astype(x.dtype.np), x.dtype)
            hits = Tensor._make(hits._data.real, dtypes.to_real(x.dtype))
            return (grad * sign(x) * hits / hits.sum(dims, keepdim=True),)
        # A zero norm has zero gradient (PyTorch masks the 0/0).
        zero = Tensor._make(result._data == 0, dtypes.bool_)
        safe = result.masked_fill(zero, float("inf"))
        if order == 2:
            return (grad * x / safe,)
        return (grad * sign(x) * x.abs() ** (order - 1) / safe ** (order - 1),)

    return record(out, "LinalgVectorNormBackward0", (input,), backward, saved=(input, out))


# ------------------------------------------------------------------ logsumexp
@op("logsumexp", summary="log(sum(exp(x))) over dim, computed stably.",
    example="tensor([1., 2., 3.]).logsumexp(0)")
def logsumexp(input, dim, keepdim=False):
    if isinstance(input, Tensor) and input._data.size > CHECK_SIZE_ABOVE:  # an expanded view's
        limits.check_copy(input)  # result is its numel (issue 19)
    dims = reduce_dims(input, dim)
    dtype = float_dtype_for(input)
    xp = input._xp
    data = input._data.astype(dtype.np, copy=False)
    with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
        peak = abandonable(data.size, xp.max, data, axis=dims, keepdims=True) \
            if data.size else xp.zeros(())
        if numerics.exact(xp) and data.size and data.dtype in (np.float32, np.float64):
            from .softmax_kernels import logsumexp_exact  # noqa: PLC0415

            array = logsumexp_exact(data, peak, dims)  # ATen's logsumexp_out_impl
        else:
            peak = xp.where(xp.isfinite(peak), peak, 0)
            array = xp.log(xp.sum(xp.exp(data - peak), axis=dims, keepdims=True)) + peak
    if not keepdim:
        array = array.reshape(tuple(n for d, n in enumerate(data.shape)
                                    if dims is not None and d not in dims))
    out = as_result(array, dtype, xp)
    shape = input.shape

    def backward(g, x, result):
        return (expand_back(g, shape, dims, keepdim)
                * (x - expand_back(result, shape, dims, keepdim)).exp(),)

    return record(out, "LogsumexpBackward0", (input,), backward, saved=(input, out))


# ------------------------------------------------------------ cumsum / cumprod
def _running(input, dim, dtype, accumulate):
    """The forward of cumsum and cumprod: (result, axis); a 0-d input comes back as a copy."""
    axis = normalize_dim(dim, input.ndim)
    out_dtype = _sum_dtype(input, dtype)
    xp = input._xp
    if input._data.size > CHECK_SIZE_ABOVE:  # an expanded view's result is its full size
        limits.check_copy(input, out_dtype)
    data = input._data.astype(out_dtype.np, copy=False)
    if numerics.exact(xp) and data.dtype.kind == "f" and input.ndim:
        # ATen's cpu_cum_base_kernel runs in acc_type: double for float32, float for
        # float16/bfloat16, each running value rounded to the dtype when stored
        work = np.float32 if data.dtype.itemsize < 4 else np.float64
        with np.errstate(over="ignore", invalid="ignore"):
            array = accumulate(xp, data.astype(work), axis).astype(data.dtype)
        return as_result(array, out_dtype, xp), axis
    array = accumulate(xp, data, axis) if input.ndim else data.copy()
    return as_result(array, out_dtype, xp), axis


@op("cumsum", summary="Running sum along dim.", example="tensor([1., 2., 3.]).cumsum(0)")
def cumsum(input, dim, *, dtype=None):
    out, axis = _running(input, dim, dtype, lambda xp, data, axis: xp.cumsum(data, axis=axis))
    if input.ndim == 0:
        return record(out, "CumsumBackward0", (input,), lambda g: (g,))
    return record(out, "CumsumBackward0", (input,),
                  lambda g: (g.flip(axis).cumsum(axis).flip(axis),))


def _cumprod_grad(g: Tensor, x: Tensor, result: Tensor, axis: int) -> Tensor:
    if not bool((x._data == 0).any()):
        return (g * result).flip(axis).cumsum(axis).flip(axis) / x
    # With zeros: grad_i = sum_{k >= i} g_k * prod_{j <= k, j != i} x_j, as an n x n table.
    xp = x._xp
    n = x.shape[axis]
    moved = x.transpose(axis, -1)
    table = moved.unsqueeze(-2).expand(tuple(moved.shape[:-1]) + (n, n))
    diagonal = Tensor._make(xp.eye(n, dtype=bool), dtypes.bool_)
    partial = table.masked_fill(diagonal, 1.0).cumprod(-1)  # [i, k] = prod_{j<=k, j!=i} x_j
    below = Tensor._make(xp.tri(n, n, -1, dtype=bool), dtypes.bool_)  # k < i
    weighted = partial.masked_fill(below, 0.0) * g.transpose(axis, -1).unsqueeze(-2)
    return weighted.sum(-1).transpose(axis, -1)


@op("cumprod", summary="Running product along dim.", example="tensor([1., 2., 3.]).cumprod(0)")
def cumprod(input, dim, *, dtype=None):
    out, axis = _running(input, dim, dtype, lambda xp, data, axis: xp.cumprod(data, axis=axis))
    if input.ndim == 0:
        return record(out, "CumprodBackward0", (input,), lambda g, x, r: (g,), saved=(input, out))
    return record(out, "CumprodBackward0", (input,),
                  lambda g, x, result: (_cumprod_grad(g, x, result, axis),), saved=(input, out))


# ---------------------------------------------------------------- all / any
def _logical_reduction(input, dim, keepdim, reducer):
    dims = reduce_dims(input, dim)
    # PyTorch keeps uint8 for uint8 input; everything else gives bool.
    out_dtype = dtypes.uint8 if input.dtype is dtypes.uint8 else dtypes.bool_
    data = input._data
    if data.size >= ABANDON_ELEMENTS and data.dtype.kind in "biufc":  # a huge (expanded) view:
        array = abandonable(data.size, reducer, data, axis=dims, keepdims=keepdim)  # no copy
    else:
        array = reducer(data.astype(bool, copy=False), axis=dims, keepdims=keepdim)
    return as_result(array, out_dtype, input._xp)


@op("all", summary="True if every element (over dim) is non-zero.",
    example="tensor([True, False]).all()", differentiable=False)
def all_(input, dim=None, keepdim=False):
    return _logical_reduction(input, dim, keepdim, input._xp.all)


@op("any", summary="True if some element (over dim) is non-zero.",
    example="tensor([True, False]).any()", differentiable=False)
def any_(input, dim=None, keepdim=False):
    return _logical_reduction(input, dim, keepdim, input._xp.any)


from . import reduce_select as _reduce_select  # noqa: F401, E402 - max, min, sort, ... register there
