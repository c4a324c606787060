"""The elementwise operations a fused expression may hold, one declaration each.

Every entry gives, side by side, what the unfused engine would have run for
the same call (``numpy``: NumPy's function, which is also CuPy's name for it)
and the CUDA expression CuPy's own ufunc evaluates for float32/float64
operands (CuPy's ``cupy/_core/_routines_math.pyx`` and friends: ``exp`` is
``out0 = exp(in0)``, ``maximum`` propagates NaN as CuPy does, ...), so a
fused kernel computes each element with the very operations, in the very
order, of the kernels it replaces. ``{0}``, ``{1}`` are the operands, ``{T}``
the result's C type, ``{p}`` the intrinsics' letter (``f`` float, ``d``
double), ``{fabs}`` the absolute value's function.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np


@dataclass(frozen=True)
class Spec:
    arity: int
    numpy: Callable
    cuda: str                      # a C expression over {0}, {1}, {2}; {T} the result type
    result: str = "same"           # "same" (the operands' dtype) or "bool"
    exact: bool = True             # IEEE-exact (bitwise equal to the unfused kernel)

    def result_dtype(self, operand: np.dtype) -> np.dtype:
        return np.dtype(np.bool_) if self.result == "bool" else operand


def _unary_math(name: str, cuda_name: str | None = None) -> Spec:
    return Spec(1, getattr(np, name), f"{cuda_name or name}({{0}})", exact=False)


_MAX = "((isnan({0}) | isnan({1})) ? {T}(NAN) : {T}(max({0}, {1})))"
_MIN = "((isnan({0}) | isnan({1})) ? {T}(NAN) : {T}(min({0}, {1})))"

OPS: dict[str, Spec] = {
    # arithmetic: exact. CUDA's round-to-nearest intrinsics (``__fmul_rn``...)
    # are never contracted into a fused multiply-add, as ``a * b + c`` in one
    # kernel would be; each rounds as the unfused kernel's single operation.
    "add": Spec(2, np.add, "__{p}add_rn({0}, {1})"),
    "subtract": Spec(2, np.subtract, "__{p}sub_rn({0}, {1})"),
    "multiply": Spec(2, np.multiply, "__{p}mul_rn({0}, {1})"),
    "true_divide": Spec(2, np.true_divide, "__{p}div_rn({0}, {1})"),
    "negative": Spec(1, np.negative, "(-{0})"),
    "square": Spec(1, np.square, "__{p}mul_rn({0}, {0})"),
    "reciprocal": Spec(1, np.reciprocal, "__{p}div_rn({T}(1), {0})"),
    "absolute": Spec(1, np.absolute, "{fabs}({0})"),
    "maximum": Spec(2, np.maximum, _MAX),
    "minimum": Spec(2, np.minimum, _MIN),
    "copy": Spec(1, np.copy, "{0}"),
    # comparisons and selection
    "less": Spec(2, np.less, "({0} < {1})", result="bool"),
    "less_equal": Spec(2, np.less_equal, "({0} <= {1})", result="bool"),
    "greater": Spec(2, np.greater, "({0} > {1})", result="bool"),
    "greater_equal": Spec(2, np.greater_equal, "({0} >= {1})", result="bool"),
    "equal": Spec(2, np.equal, "({0} == {1})", result="bool"),
    "not_equal": Spec(2, np.not_equal, "({0} != {1})", result="bool"),
    "where": Spec(3, np.where, "({0} ? {1} : {2})"),
    # the CUDA math library (within its documented ulps of the unfused kernel's
    # libm call, which is the same function: bitwise on the GPU)
    "power": Spec(2, np.power, "pow({0}, {1})", exact=False),
    "exp": _unary_math("exp"),
    "expm1": _unary_math("expm1"),
    "log": _unary_math("log"),
    "log1p": _unary_math("log1p"),
    "sin": _unary_math("sin"),
    "cos": _unary_math("cos"),
    "tan": _unary_math("tan"),
    "sinh": _unary_math("sinh"),
    "cosh": _unary_math("cosh"),
    "tanh": _unary_math("tanh"),
    "sqrt": _unary_math("sqrt"),
}
ALIASES = {"divide": "true_divide", "abs": "absolute", "multiply": "multiply"}

# The dtypes a fused kernel computes in (others run unfused).
FLOATS = (np.dtype(np.float32), np.dtype(np.float64))
BOOL = np.dtype(np.bool_)
C_TYPES = {np.dtype(np.float32): "float", np.dtype(np.float64): "double",
           np.dtype(np.bool_): "bool"}
