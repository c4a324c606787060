"""Elementwise arithmetic with PyTorch's promotion, operators and grad_fn names."""
from __future__ import annotations

import numpy as np

from .. import dtypes, limits, numerics
from ..autograd import _requires_grad as requires_grad
from ..autograd import record
from ..registry import op
from ..tensor import Tensor
from .common import CHECK_SIZE_ABOVE, as_result, binary_operands, is_scalar, lifted, scalar_as
from .pointwise import multiply_add, opmath
from . import sleef_double, sleef_pow


def _binary(a, b, compute, *, compute_dtype=None, result_dtype=None):
    x, y, dtype, xp = binary_operands(a, b, compute_dtype=compute_dtype)
    return as_result(compute(xp, x, y), result_dtype or dtype, xp)


def _tensor_first(a, b):
    if not isinstance(a, Tensor):
        raise TypeError(f"expected Tensor as first argument, got {type(a).__name__}")


def _operand_ok(value) -> bool:
    return isinstance(value, Tensor) or is_scalar(value)


# ---------------------------------------------------------------- arithmetic
@op("add", summary="Add other (times alpha) to input, with broadcasting.",
    example="add(tensor([1., 2.]), 10)", inplace="add_",
    operators={"__add__": lambda a, b: add(a, b) if _operand_ok(b) else NotImplemented,
               "__radd__": lambda a, b: add(a, b) if _operand_ok(b) else NotImplemented})
def add(input, other, *, alpha=1):
    if alpha != 1:
        return _add_scaled(input, other, alpha, "AddBackward0")
    if input.dtype is dtypes.bool_ and isinstance(other, Tensor) and other.dtype is dtypes.bool_:
        out = _binary(input, other, lambda xp, x, y: xp.logical_or(x, y))
    else:
        x, y, dtype, xp = binary_operands(input, other)
        out = as_result(x + y, dtype, xp)
    return record(out, "AddBackward0", (input, other), lambda g: (g, g))


@op("sub", aliases=("subtract",), summary="Subtract other (times alpha) from input.",
    example="sub(tensor([5., 7.]), tensor([1., 2.]))", inplace="sub_",
    operators={"__sub__": lambda a, b: sub(a, b) if _operand_ok(b) else NotImplemented,
               "__rsub__": lambda a, b: rsub(a, b) if _operand_ok(b) else NotImplemented})
def sub(input, other, *, alpha=1):
    _reject_bool_sub(input, other)
    if alpha != 1:
        return _add_scaled(input, other, -alpha, "SubBackward0")
    out = _binary(input, other, lambda xp, x, y: x - y)
    return record(out, "SubBackward0", (input, other), lambda g: (g, -g))


def _add_scaled(input, other, alpha, name):
    """``input + alpha * other`` as ATen computes it: one fused multiply-add
    for floating dtypes (``vec::fmadd(other, alpha, self)``), so
    ``param.add_(grad, alpha=-lr)`` rounds as PyTorch's does."""
    _check_alpha(input, other, alpha)
    if not isinstance(other, Tensor):
        return add(input, other * alpha)
    x, y, dtype, xp = binary_operands(input, other)
    scale = opmath(scalar_as(alpha, dtype, xp), dtype, xp)  # alpha is rounded to dtype first
    out = as_result(multiply_add(opmath(y, dtype, xp), scale, opmath(x, dtype, xp), dtype, xp),
                    dtype, xp)
    return record(out, name, (input, other), lambda g: (g, g * alpha))


def _check_alpha(input, other, alpha) -> None:
    integral = all(not isinstance(v, Tensor) or v.dtype.category != dtypes.FLOATING
                   for v in (input, other)) and not isinstance(other, float)
    if integral and isinstance(alpha, float):
        raise RuntimeError("For integral input tensors, argument alpha must not be a floating "
                           "point number.")


@op("rsub", summary="other - input (what `2 - x` calls).", example="rsub(tensor([1., 2.]), 3)")
def rsub(input, other, *, alpha=1):
    _reject_bool_sub(input, other)
    scaled = mul(input, alpha) if alpha != 1 else input
    out = _binary(other, scaled, lambda xp, x, y: x - y) if isinstance(other, Tensor) else \
        _binary(scaled, other, lambda xp, x, y: y - x)
    name = "RsubBackward0" if isinstance(other, Tensor) else "RsubBackward1"
    return record(out, name, (input, other), lambda g: (-g * alpha if alpha != 1 else -g, g))


def _is_bool(value) -> bool:
    return isinstance(value, Tensor) and value.dtype is dtypes.bool_ or isinstance(value, bool)


def _reject_bool_sub(a, b):
    if all(_is_bool(v) for v in (a, b)):
        raise RuntimeError("Subtraction, the `-` operator, with two bool tensors is not supported. "
                           "Use the `^` or `logical_xor()` operator instead.")


@op("mul", aliases=("multiply",), summary="Multiply elementwise, with broadcasting.",
    example="mul(tensor([1., 2.]), 3)", inplace="mul_",
    operators={"__mul__": lambda a, b: mul(a, b) if _operand_ok(b) else NotImplemented,
               "__rmul__": lambda a, b: mul(a, b) if _operand_ok(b) else NotImplemented})
def mul(input, other):
    if input.dtype is dtypes.bool_ and isinstance(other, Tensor) and other.dtype is dtypes.bool_:
        out = _binary(input, other, lambda xp, x, y: xp.logical_and(x, y))
    else:
        x, y, dtype, xp = binary_operands(input, other)
        out = as_result(x * y, dtype, xp)
    # As PyTorch: each input is saved (and its gradient computed) only when
    # the other one needs a gradient; `x * 2` still saves the 2.
    input_needed, other_needed = requires_grad(input), requires_grad(other)
    return record(out, "MulBackward0", (input, other),
                  lambda g, x, y: (g * y if input_needed else None,
                                   g * x if other_needed else None),
                  saved=(input if other_needed else None, other if input_needed else None),
                  saves_tensors=True)


@op("div", aliases=("divide", "true_divide"), summary="Divide elementwise (true division).",
    example="div(tensor([1., 2.]), 4)", inplace="div_",
    operators={"__truediv__": lambda a, b: div(a, b) if _operand_ok(b) else NotImplemented,
               "__rtruediv__": lambda a, b: (mul(reciprocal(a), b) if _operand_ok(b)
                                             else NotImplemented)})
def div(input, other, *, rounding_mode=None):
    if rounding_mode == "floor":
        return floor_divide(input, other)
    if rounding_mode == "trunc":
        if not dtypes.result_type(input, other).is_floating_point:
            return _int_trunc_divide(input, other)
        float_dtype = _float_of(input, other)
        quotient = _binary(input, other, lambda xp, x, y: x / y, compute_dtype=float_dtype)
        return trunc(quotient).to(dtypes.result_type(input, other))
    if rounding_mode is not None:
        raise RuntimeError("div expected rounding_mode to be one of None, 'trunc', or 'floor' "
                           f"but found '{rounding_mode}'")
    out = _binary(input, other, lambda xp, x, y: x / y, compute_dtype=_float_of(input, other))
    return record(out, "DivBackward0", (input, other),
                  lambda g, x, y: (g / y, -g * x / (y * y)), saved=(input, other))


def _float_of(a, b):
    dtype = dtypes.result_type(a, b)
    return dtype if dtype.differentiable else dtypes.get_default_dtype()


def _check_int_zero(input, other, dtype, xp, divisor):
    if not dtype.is_floating_point and bool(xp.any(divisor == 0)):
        raise RuntimeError("ZeroDivisionError")


def _int_trunc_divide(input, other):
    """Integer division rounded toward zero, exact (no float round trip), with
    PyTorch's ZeroDivisionError for a zero divisor."""
    x, y, dtype, xp = binary_operands(input, other)
    _check_int_zero(input, other, dtype, xp, y)
    quotient = xp.floor_divide(x, y)
    inexact = (xp.remainder(x, y) != 0) & ((x < 0) != (y < 0))
    return as_result(quotient + inexact.astype(quotient.dtype), dtype, xp)


@op("floor_divide", summary="Division rounded down (the `//` operator).",
    example="floor_divide(tensor([-7, 7]), 2)", inplace="floor_divide_",
    operators={"__floordiv__": lambda a, b: (floor_divide(a, b) if _operand_ok(b)
                                             else NotImplemented),
               "__rfloordiv__": lambda a, b: _rbinary(floor_divide, a, b)})
def floor_divide(input, other):
    x, y, dtype, xp = binary_operands(input, other)
    _check_int_zero(input, other, dtype, xp, y)
    return as_result(xp.floor_divide(x, y), dtype, xp)


@op("remainder", summary="Python-style modulus (the `%` operator), sign of the divisor.",
    example="remainder(tensor([-7, 7]), 3)", inplace="remainder_",
    operators={"__mod__": lambda a, b: remainder(a, b) if _operand_ok(b) else NotImplemented,
               "__rmod__": lambda a, b: _rbinary(remainder, a, b)})
def remainder(input, other):
    x, y, dtype, xp = binary_operands(input, other)
    _check_int_zero(input, other, dtype, xp, y)
    out = as_result(_float_remainder(x, y, xp) if dtype.is_floating_point
                    else xp.remainder(x, y), dtype, xp)
    return record(out, "RemainderBackward0", (input, other),
                  lambda g, a, b: (g, -g * floor_divide(a, b)), saved=(input, other))


def _float_remainder(x, y, xp):
    """ATen's CPU remainder for floats: fmod, then the divisor added when the
    result is non-zero and its sign differs from the divisor's.  So the zero
    keeps the dividend's sign (-2 % 2 is -0., 3 % -1.5 is 0.), where NumPy's
    remainder gives the divisor's."""
    with np.errstate(invalid="ignore", divide="ignore"):
        mod = xp.fmod(x, y)
        shift = (mod != 0) & ((y < 0) != (mod < 0))
        return xp.where(shift, mod + y, mod)


def _rbinary(function, a, b):
    if not _operand_ok(b):
        return NotImplemented
    from .creation import scalar_tensor  # noqa: PLC0415

    return function(scalar_tensor(b, like=a), a)


@op("pow", summary="input raised to exponent (the `**` operator).",
    example="pow(tensor([1., 2., 3.]), 2)", inplace="pow_",
    operators={"__pow__": lambda a, b: pow_(a, b) if _operand_ok(b) else NotImplemented,
               "__rpow__": lambda a, b: pow_(b, a) if _operand_ok(b) else NotImplemented})
def pow_(input, exponent):
    # backward: FunctionsManual's pow_backward, pow_backward_self and
    # pow_backward_exponent, in their order of operations
    if not isinstance(input, Tensor):  # 3 ** x: PowBackward2
        base = input
        x, y, dtype, xp = binary_operands(base, exponent)
        out = as_result(_power_arrays(xp, x, y, dtype), dtype, xp)

        def backward_scalar_base(g, exp, result):
            grad = result * _log_scalar(base)
            if base == 0:
                grad = where(exp >= 0, 0.0, grad)
            return (None, g * grad)
        return record(out, "PowBackward2", (base, exponent), backward_scalar_base,
                      saved=(exponent, out))
    x, y, dtype, xp = binary_operands(input, exponent)
    if not dtype.is_floating_point and bool(xp.any(y < 0)):
        raise RuntimeError("Integers to negative integer powers are not allowed.")
    out = as_result(_power(xp, x, y, exponent, dtype), dtype, xp)
    if not isinstance(exponent, Tensor):
        def backward(g, base, exp=exponent):
            if exp == 0:
                from .creation import zeros_like  # noqa: PLC0415

                return (zeros_like(base), None)
            return (g * (exp * base ** (exp - 1)), None)
        return record(out, "PowBackward0", (input, exponent), backward, saved=(input,))

    def backward_tensor(g, base, exp, result):
        grad_base = grad_exp = None
        if input.requires_grad:
            grad_base = where(exp == 0, 0.0, g * (exp * base ** (exp - 1)))
        if exponent.requires_grad:
            promoted = base if base.dtype == result.dtype else base.to(result.dtype)
            grad_exp = g * where((base == 0) & (exp >= 0), 0.0, result * log(promoted))
        return (grad_base, grad_exp)
    return record(out, "PowBackward1", (input, exponent), backward_tensor,
                  saved=(input, exponent, out))


def _power(xp, x, y, exponent, dtype):
    """ATen's pow for a Python-number exponent of a floating tensor: the
    special cases it computes by arithmetic (PowKernel.cpp) rather than pow,
    so their roundings are PyTorch's."""
    if type(exponent) in (int, float) and exponent == 2:
        return xp.square(x)  # x*x exactly
    if type(exponent) not in (int, float) or dtype.category != dtypes.FLOATING:
        return _power_arrays(xp, x, y, dtype)
    if exponent == 3:
        return x * x * x
    if exponent == -2:
        return 1 / (x * x)
    if exponent == 0.5:
        from .elementwise_math import sqrt  # noqa: PLC0415 - the sqrt kernel, as ATen calls it

        return sqrt(Tensor._make(x, dtype))._data
    if exponent == -0.5:
        return 1 / xp.sqrt(x)
    if exponent == -1:
        return 1 / x
    if exponent == 1:
        return x.copy()
    if exponent == 0:
        return xp.ones_like(x)
    if not numerics.exact(xp):  # :set numerics fast
        return xp.power(x, y)
    if xp is np and dtype is dtypes.float32:
        return sleef_pow.pow_tensor_scalar(x, exponent)  # SLEEF blocks, glibc tails
    if xp is np and dtype is dtypes.float64:
        return sleef_double.pow_tensor_scalar(x, exponent)
    return xp.power(x, y)


def _power_arrays(xp, x, y, dtype):
    """pow of two arrays: PyTorch's float32/float64 CPU kernels (sleef_pow,
    sleef_double), else xp.power."""
    if not numerics.exact(xp):  # :set numerics fast
        return xp.power(x, y)
    if xp is np and dtype is dtypes.float32:
        return sleef_pow.pow_tensor_tensor(x, y)
    if xp is np and dtype is dtypes.float64:
        return sleef_double.pow_tensor_tensor(x, y)
    return xp.power(x, y)


def _log_scalar(value) -> float:
    import math  # noqa: PLC0415

    return math.log(value) if value > 0 else float("nan") if value < 0 else float("-inf")


@op("square", summary="input ** 2.", example="square(tensor([1., -2.]))", inplace="square_")
def square(input):
    return pow_(input, 2)


# --------------------------------------------------------------- sign and such
@op("neg", aliases=("negative",), summary="-input.", example="neg(tensor([1., -2.]))",
    inplace="neg_", operators={"__neg__": lambda a: neg(a)})
def neg(input):
    if input.dtype is dtypes.bool_:
        raise RuntimeError("Negation, the `-` operator, on a bool tensor is not supported. If you "
                           "are trying to invert a mask, use the `~` or `logical_not()` operator "
                           "instead.")
    if input._data.size > CHECK_SIZE_ABOVE:  # an expanded view's result is its full size
        limits.check_copy(input)
    xp = input._xp
    data = input._data if xp is np else lifted(xp, input._data)  # joins a fused region
    out = as_result(-data, input.dtype, xp)
    return record(out, "NegBackward0", (input,), lambda g: (-g,))


@op("positive", summary="input itself (the unary `+`).", example="positive(tensor([1., -2.]))",
    operators={"__pos__": lambda a: a})
def positive(input):
    return input


@op("abs", aliases=("absolute",), summary="Absolute value.", example="abs(tensor([-1., 2.]))",
    inplace="abs_", operators={"__abs__": lambda a: abs_(a)})
def abs_(input):
    if input.dtype is dtypes.bool_:
        raise NotImplementedError("\"abs_cpu\" not implemented for 'Bool'")
    if input._data.size > CHECK_SIZE_ABOVE:  # an expanded view's result is its full size
        limits.check_copy(input)
    if input.dtype.is_complex:  # |z| is real
        from .complex import abs_backward  # noqa: PLC0415

        out = as_result(input._xp.abs(input._data), dtypes.to_real(input.dtype), input._xp)
        return record(out, "AbsBackward0", (input,), abs_backward, saved=(input,))
    out = as_result(input._xp.abs(input._data), input.dtype, input._xp)
    return record(out, "AbsBackward0", (input,), lambda g, x: (g * x.sign(),), saved=(input,))


@op("sign", summary="-1, 0 or 1 by the sign of each element.",
    example="sign(tensor([-2., 0., 3.]))", inplace="sign_")
def sign(input):
    if isinstance(input, Tensor) and input._data.size > CHECK_SIZE_ABOVE:  # an expanded view's
        limits.check_copy(input)  # result is its numel (issue 19)
    out = as_result(input._xp.sign(input._data), input.dtype, input._xp)
    return record(out, "SignBackward0", (input,), lambda g: (g * 0,))


from .elementwise_math import log, reciprocal, trunc, where  # noqa: E402,F401  (used above)
