"""Which ops PyTorch's "barebones" unsigned types (uint16, uint32, uint64) reach.

PyTorch 2.13 gives torch.uint16/uint32/uint64 creation, casts, printing,
copies, views, sorting, sums, ``==``/``!=``, ``*``, ``/``, the bitwise and/or/
xor and a few more; most other CPU kernels are not compiled for them and
raise ``NotImplementedError: "add_stub" not implemented for 'UInt16'``. NumPy
computes every op on these types, so gradsh refuses exactly the ops listed
in ``KERNELS`` (each with the kernel name PyTorch's message gives, probed
from the oracle) and lets every other op compute. An op missing from the
table computes where PyTorch might refuse: that is the known difference.

The check runs on the op's result type (the first two positional
arguments, as PyTorch's TensorIterator sees them), so ``a + 2.5`` (float32)
computes while ``a + 1`` (uint16) raises, and ``uint8 + uint16`` gives the
promotion error of dtypes.promote_types first.
"""
from __future__ import annotations

import numbers
from typing import Callable

from . import dtypes

_BAREBONES = dtypes.BAREBONES_UNSIGNED


def _reduction(all_kernel: str, dim_kernel: str, binary_kernel: str) -> Callable:
    # max(): max_all; max(dim): max_cpu; max(other): maximum_cpu
    def kernel(args, kwargs) -> str:
        if len(args) > 1 and hasattr(args[1], "dtype"):
            return binary_kernel
        return dim_kernel if len(args) > 1 or "dim" in kwargs else all_kernel
    return kernel


def _clamp(args, kwargs) -> str:
    bounds = list(args[1:3]) + [kwargs.get("min"), kwargs.get("max")]
    if any(hasattr(bound, "dtype") for bound in bounds):
        return "maximum_cpu"
    low = args[1] if len(args) > 1 else kwargs.get("min")
    high = args[2] if len(args) > 2 else kwargs.get("max")
    if low is not None and high is not None:
        return "clamp_scalar_cpu"
    return "clamp_min_scalar_cpu" if low is not None else "clamp_max_scalar_cpu"


def _matmul(args, kwargs) -> str:
    dims = [getattr(value, "ndim", 0) for value in args[:2]]
    if dims == [1, 1]:
        return "dot"
    if len(dims) == 2 and dims[0] == 2 and dims[1] == 1:
        return "addmv_impl_cpu"
    return "bmm" if min(dims) >= 3 else "addmm_impl_cpu_"


def _div(args, kwargs) -> str | None:
    # true division computes in float; the rounding modes in the input's type
    return {"floor": "div_floor_cpu", "trunc": "div_trunc_cpu"}.get(kwargs.get("rounding_mode"))


def _with_dtype(kernel: str) -> Callable:
    # sum(dtype=torch.uint32) and friends: refused for the output dtype asked
    # for, whatever the input; without dtype= they compute (in int64)
    def refusal(args, kwargs):
        dtype = kwargs.get("dtype")
        return (kernel, dtype) if dtype in _BAREBONES else None
    return refusal


def _index_select(args, kwargs) -> str | None:
    # PyTorch's 1-d index_select has its own uncompiled kernel; n-d ones copy.
    return "index_select" if getattr(args[0], "ndim", 0) <= 1 else None


KERNELS: dict[str, str | Callable] = {
    "abs": "abs_cpu", "add": "add_stub", "sub": "add_stub", "diff": "add_stub",
    "dist": "add_stub", "neg": "neg_cpu", "sign": "sign_cpu", "sgn": "sign_cpu",
    "pow": "pow", "square": "pow", "floor_divide": "div_floor_cpu",
    "remainder": "remainder_cpu", "fmod": "fmod_cpu", "frac": "frac_cpu",
    "gcd": "gcd_cpu", "lcm": "lcm_cpu", "hypot": "hypot_cpu", "heaviside": "heaviside_cpu",
    "nextafter": "nextafter_cpu", "logaddexp": "logaddexp_cpu", "logaddexp2": "logaddexp2_cpu",
    "igamma": "igamma_cpu", "igammac": "igammac_cpu",
    "lt": "lt_cpu", "le": "le_cpu", "gt": "gt_cpu", "ge": "ge_cpu",
    "maximum": "maximum_cpu", "minimum": "minimum_cpu", "fmax": "maximum_cpu",
    "fmin": "minimum_cpu",
    "max": _reduction("max_all", "max_cpu", "maximum_cpu"),
    "min": _reduction("min_all", "min_cpu", "minimum_cpu"),
    "amax": "max_values_cpu", "amin": "min_values_cpu", "aminmax": "aminmax_cpu",
    "argmax": "argmax_cpu", "argmin": "argmin_cpu", "cummax": "cummax_cpu",
    "cummin": "cummin_cpu", "kthvalue": "kthvalue_cpu", "median": "median_cpu",
    "nanmedian": "median_cpu", "mode": "mode_cpu", "topk": "topk_cpu",
    "logcumsumexp": "logcumsumexp_out_cpu", "histc": "aminmax_cpu",
    "clamp": _clamp, "clamp_min": "clamp_min_scalar_cpu",
    "clamp_max": "clamp_max_scalar_cpu", "relu": "clamp_min_scalar_cpu",
    "hardshrink": "hardshrink_cpu",
    "bitwise_not": "bitwise_not_cpu", "bitwise_left_shift": "lshift_cpu",
    "bitwise_right_shift": "rshift_cpu",
    "logical_and": "logical_and_cpu", "logical_or": "logical_or_cpu",
    "logical_xor": "logical_xor_cpu", "logical_not": "logical_not_cpu",
    "nonzero": "nonzero_count_cpu", "argwhere": "nonzero_count_cpu",
    "count_nonzero": "nonzero_count_cpu", "bincount": "bincount_cpu",
    "flip": "flip_cpu", "fliplr": "flip_cpu", "flipud": "flip_cpu", "rot90": "flip_cpu",
    "tril": "tril", "triu": "triu", "trace": "trace",
    "dot": "dot", "vdot": "dot", "inner": "dot", "matmul": _matmul, "mm": "addmm_impl_cpu_",
    "mv": "addmv_impl_cpu", "bmm": "bmm", "div": _div,
    "sum": _with_dtype("sum_cpu"), "prod": _with_dtype("prod_out_cpu"),
    "cumsum": _with_dtype("cumsum_out_cpu"), "cumprod": _with_dtype("cumprod_out_cpu"),
    "addcmul": "addcmul_cpu_out", "lerp": "lerp_kernel_tensor",
    "gather": "scatter_gather_tensor_cpu", "scatter": "scatter_gather_tensor_cpu",
    "index_add": "scatter_gather_tensor_cpu", "index_copy": "index_copy_cpu",
    "index_fill": "index_fill_cpu", "index_select": _index_select,
    "masked_fill": "masked_fill", "masked_select": "masked_select", "take": "take_cpu",
    "repeat_interleave": "repeat_interleave_cpu",
    "hash_tensor": "xor_sum_cpu", "softmax": "softmax_lastdim_kernel_impl",
    "log_softmax": "log_softmax_lastdim_kernel_impl",
}


# Ops whose second argument is a value operand (it joins the result type);
# in the others it is an index, a mask or a dim.
_BINARY = frozenset({
    "add", "sub", "pow", "floor_divide", "remainder", "fmod", "gcd", "lcm", "hypot",
    "heaviside", "nextafter", "logaddexp", "logaddexp2", "igamma", "igammac",
    "lt", "le", "gt", "ge", "maximum", "minimum", "fmax", "fmin", "max", "min",
    "logical_and", "logical_or", "logical_xor", "bitwise_left_shift", "bitwise_right_shift",
    "dot", "vdot", "inner", "matmul", "mm", "mv", "bmm", "lerp", "dist", "div",
})


def _result_dtype(name: str, args):
    """The dtype the kernel runs in: the first two positional arguments' for
    a binary op, the input's for the others."""
    if name not in _BINARY:
        return getattr(args[0], "dtype", None)
    operands = [value for value in args[:2]
                if hasattr(value, "dtype") or isinstance(value, numbers.Number)]
    return dtypes.result_type(*operands)


def _barebones(dtype) -> bool:
    return isinstance(dtype, dtypes.DType) and dtype in _BAREBONES


def _refuse(name: str, kernel, args: tuple, kwargs: dict) -> None:
    """Raise PyTorch's NotImplementedError when the op has no kernel for the
    barebones unsigned type it would run in."""
    refusal = kernel(args, kwargs) if callable(kernel) else kernel
    if isinstance(refusal, tuple):  # (kernel, the dtype it runs in)
        refusal, dtype = refusal
    else:
        dtype = _result_dtype(name, args)
    if refusal and dtype in _BAREBONES:
        raise NotImplementedError(f'"{refusal}" not implemented for \'{dtype.short}\'')


def guard(declaration, impl: Callable) -> Callable:
    """``impl`` refusing barebones unsigned inputs as PyTorch does, or ``impl``
    itself for an op PyTorch computes on them. ``declaration`` is the op's
    registry entry or its name. Only what users call is guarded (methods,
    operators, torch.NAME): the engine's own calls pay nothing."""
    name = getattr(declaration, "name", declaration)
    kernel = KERNELS.get(name)
    if kernel is None:
        return impl

    def guarded(*args, **kwargs):
        if args and (_barebones(getattr(args[0], "dtype", None))
                     or (len(args) > 1 and _barebones(getattr(args[1], "dtype", None)))
                     or _barebones(kwargs.get("dtype"))):
            _refuse(name, kernel, args, kwargs)
        return impl(*args, **kwargs)

    # no functools.wraps: a __wrapped__ of its own would read as taking
    # out=/aliases (engine/call_args.py); one from call_args is kept
    for attribute in ("__name__", "__qualname__", "__doc__", "__module__", "__wrapped__",
                      "gradsh_op", "summary"):
        if hasattr(impl, attribute):
            setattr(guarded, attribute, getattr(impl, attribute))
    return guarded
