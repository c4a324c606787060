"""Comparisons, predicates and logical/bitwise operators (not differentiable)."""
from __future__ import annotations

from .. import dtypes
from ..registry import op
from ..tensor import Tensor
from .common import as_result, binary_operands, is_scalar
from .. import limits
from .common import CHECK_SIZE_ABOVE


def _operand_ok(value) -> bool:
    return isinstance(value, Tensor) or is_scalar(value)


def _comparison(name: str, symbol: str, compute, reflected: str):
    ordering = name not in ("eq", "ne")

    def impl(input, other):
        x, y, dtype, xp = binary_operands(input, other)
        if ordering and dtype.category == dtypes.COMPLEX:
            raise NotImplementedError(f'"{name}_cpu" not implemented for \'{dtype.short}\'')
        return as_result(compute(xp, x, y), dtypes.bool_, xp)

    def forward_operator(a, b):
        return impl(a, b) if _operand_ok(b) else NotImplemented

    impl.__name__ = name
    op(name, summary=f"input {symbol} other, elementwise, as a bool tensor.",
       example=f"{name}(tensor([1, 2, 3]), 2)", differentiable=False,
       inplace=f"{name}_" if False else None, signature=f"{name}(input, other)",
       operators={f"__{name}__": forward_operator}, aliases=_COMPARE_ALIASES.get(name, ()))(impl)
    return impl


_COMPARE_ALIASES = {"ne": ("not_equal",), "lt": ("less",), "le": ("less_equal",),
                    "gt": ("greater",), "ge": ("greater_equal",)}

eq = _comparison("eq", "==", lambda xp, x, y: x == y, "eq")
ne = _comparison("ne", "!=", lambda xp, x, y: x != y, "ne")
lt = _comparison("lt", "<", lambda xp, x, y: x < y, "gt")
le = _comparison("le", "<=", lambda xp, x, y: x <= y, "ge")
gt = _comparison("gt", ">", lambda xp, x, y: x > y, "lt")
ge = _comparison("ge", ">=", lambda xp, x, y: x >= y, "le")


def _predicate(name: str, compute, summary: str, example: str):
    def impl(input):
        xp = input._xp
        data = input._data
        if input.dtype.is_floating_point:
            result = compute(xp, data)
        else:  # integers are never nan or inf
            result = xp.full(data.shape, name == "isfinite", dtype=bool)
        return as_result(result, dtypes.bool_, xp)

    impl.__name__ = name
    op(name, summary=summary, example=example, differentiable=False,
       signature=f"{name}(input)")(impl)
    return impl


isnan = _predicate("isnan", lambda xp, x: xp.isnan(x), "True where an element is nan.",
                   "isnan(tensor([1., nan]))")
isinf = _predicate("isinf", lambda xp, x: xp.isinf(x), "True where an element is ±inf.",
                   "isinf(tensor([1., inf, -inf]))")
isfinite = _predicate("isfinite", lambda xp, x: xp.isfinite(x),
                      "True where an element is neither nan nor ±inf.",
                      "isfinite(tensor([1., nan, inf]))")


@op("allclose", summary="True when all elements are close: |a - b| <= atol + rtol * |b|.",
    example="allclose(tensor([1., 2.]), tensor([1., 2.000001]))", differentiable=False)
def allclose(input, other, rtol=1e-05, atol=1e-08, equal_nan=False):
    x, y, dtype, xp = binary_operands(input, other)
    if not (dtype.is_floating_point or dtype.is_complex):  # complex compares as complex
        x, y = x.astype("float64"), y.astype("float64")
    return bool(xp.allclose(x, y, rtol=rtol, atol=atol, equal_nan=equal_nan))


@op("isclose", summary="Elementwise |a - b| <= atol + rtol * |b|.",
    example="isclose(tensor([1., 2.]), tensor([1., 2.1]))", differentiable=False)
def isclose(input, other, rtol=1e-05, atol=1e-08, equal_nan=False):
    x, y, dtype, xp = binary_operands(input, other)
    return as_result(xp.isclose(x, y, rtol=rtol, atol=atol, equal_nan=equal_nan), dtypes.bool_, xp)


@op("equal", summary="True when both tensors have the same shape and elements.",
    example="equal(tensor([1, 2]), tensor([1, 2]))", differentiable=False)
def equal(input, other):
    if not isinstance(other, Tensor):
        raise TypeError(f"equal(): argument 'other' (position 2) must be Tensor, not "
                        f"{type(other).__name__}")
    if tuple(input.shape) != tuple(other.shape):
        return False
    x, y, dtype, xp = binary_operands(input, other)
    return bool(xp.all(x == y))


# ----------------------------------------------------------- logical, bitwise
def _bitwise(name: str, symbol: str, compute, dunders: tuple):
    def impl(input, other):
        x, y, dtype, xp = binary_operands(input, other)
        if dtype.is_floating_point:
            raise NotImplementedError(f'"{name}_cpu" not implemented for \'{dtype.short}\'')
        return as_result(compute(xp, x, y), dtype, xp)

    def operator(a, b):
        return impl(a, b) if _operand_ok(b) else NotImplemented

    impl.__name__ = name
    op(name, summary=f"Bitwise (logical for bool) {symbol}.",
       example=f"{name}(tensor([True, False]), tensor([True, True]))", differentiable=False,
       inplace=f"{name}_", signature=f"{name}(input, other)",
       operators={dunder: operator for dunder in dunders})(impl)
    return impl


bitwise_and = _bitwise("bitwise_and", "&", lambda xp, x, y: x & y, ("__and__", "__rand__"))
bitwise_or = _bitwise("bitwise_or", "|", lambda xp, x, y: x | y, ("__or__", "__ror__"))
bitwise_xor = _bitwise("bitwise_xor", "^", lambda xp, x, y: x ^ y, ("__xor__", "__rxor__"))


@op("bitwise_not", summary="Bitwise not (logical not for bool), the `~` operator.",
    example="bitwise_not(tensor([True, False]))", differentiable=False, inplace="bitwise_not_",
    operators={"__invert__": lambda a: bitwise_not(a)})
def bitwise_not(input):
    if isinstance(input, Tensor) and input._data.size > CHECK_SIZE_ABOVE:  # an expanded view's
        limits.check_copy(input)  # result is its numel (issue 19)
    if input.dtype.is_floating_point:
        raise TypeError("~ (operator.invert) is only implemented on integer and Boolean-type "
                        "tensors")
    return as_result(~input._data, input.dtype, input._xp)


def _logical(name: str, compute):
    def impl(input, other):
        x, y, dtype, xp = binary_operands(input, other)
        return as_result(compute(xp, x.astype(bool), y.astype(bool)), dtypes.bool_, xp)

    impl.__name__ = name
    op(name, summary=f"Elementwise {name.split('_')[1]} of truth values.",
       example=f"{name}(tensor([1, 0]), tensor([1, 1]))", differentiable=False,
       signature=f"{name}(input, other)")(impl)
    return impl


logical_and = _logical("logical_and", lambda xp, x, y: xp.logical_and(x, y))
logical_or = _logical("logical_or", lambda xp, x, y: xp.logical_or(x, y))
logical_xor = _logical("logical_xor", lambda xp, x, y: xp.logical_xor(x, y))


@op("logical_not", summary="Elementwise not of truth values.",
    example="logical_not(tensor([1, 0]))", differentiable=False)
def logical_not(input):
    return as_result(input._xp.logical_not(input._data), dtypes.bool_, input._xp)
