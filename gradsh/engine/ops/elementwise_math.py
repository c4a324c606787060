"""Unary math, activations, clamping, selection and comparisons."""
from __future__ import annotations

import math

import numpy as np

from .. import autograd, dtypes, limits, numerics
from ..autograd import record
from ..registry import op
from ..tensor import Tensor
from .common import (CHECK_SIZE_ABOVE, as_result, binary_operands, float_dtype_for, lifted,
                     same_device)
from . import sleef_atan2, sleef_double, sleef_pow, trig_kernels
from . import sleef_log1p
from .pointwise import in_chunks, multiply_add, opmath, opmath_np


def _erf_array(xp, x):
    if xp is np:
        # frompyfunc gives a Python float, not an array, for a 0-d input
        return np.asarray(np.frompyfunc(math.erf, 1, 1)(x)).astype(x.dtype)
    from cupyx.scipy.special import erf  # noqa: PLC0415

    return erf(x)


def _unary(name: str, forward, backward, grad_fn: str, *, summary: str, example: str,
           saves: str = "input", aliases: tuple = (), keeps_integers: bool = False,
           inplace: bool = True, fused=None, floats_only: str | None = None,
           register: bool = True):
    """Declare a unary op: ``forward(xp, array)`` and ``backward(grad, saved)``.

    Floating functions of integer tensors give the default float dtype, as
    in PyTorch (``exp(tensor([1]))`` is float32); rounding-like ops keep
    integers (``keeps_integers``).

    ``fused(xp, grad_array, saved_array)``, where given, computes the same
    gradient on arrays with one temporary, written in place (PyTorch runs
    one kernel); it is used when the backward pass is not itself recorded
    (no ``create_graph``), else the tensor-op rule keeps it differentiable.

    ``floats_only`` names PyTorch's kernel for ops that refuse integer
    tensors (``"silu_cpu" not implemented for 'Long'``).
    """
    if fused is not None:
        tensor_rule = backward

        def backward(g, saved):
            if autograd.is_grad_enabled():
                return tensor_rule(g, saved)
            return Tensor._make(fused(g._xp, g._data, saved._data), g.dtype)

    def impl(input):
        if not isinstance(input, Tensor):
            raise TypeError(f"{name}(): argument 'input' (position 1) must be Tensor, not "
                            f"{type(input).__name__}")
        if floats_only and not input.dtype.is_floating_point:
            raise NotImplementedError(
                f'"{floats_only}" not implemented for \'{input.dtype.short}\'')
        xp = input._xp
        dtype = input.dtype if keeps_integers else float_dtype_for(input)
        limits.check_copy(input, dtype)
        data = input._data if input._data.dtype == dtype.np else input._data.astype(dtype.np)
        if xp is not np:  # a fusing module's region takes the array in (engine/fusion)
            data = lifted(xp, data)
        out = as_result(forward(xp, data), dtype, xp)
        if backward is None:
            return out
        saved = {"input": (input,), "output": (out,), None: ()}[saves]
        return record(out, grad_fn, (input,), lambda g, *s: (backward(g, *s),), saved=saved)

    impl.__name__ = name
    impl.__doc__ = summary
    if not register:
        return impl
    op(name, summary=summary, example=example, aliases=aliases,
       inplace=f"{name}_" if inplace else None, signature=f"{name}(input)")(impl)
    return impl


def _mkl(vml_name: str, numpy_name: str):
    """PyTorch's MKL VML kernel when MKL is found, else NumPy's (trig_kernels)."""
    return trig_kernels.vml_unary(vml_name, lambda xp, x: getattr(xp, numpy_name)(x))


exp = _unary("exp", _mkl("Exp", "exp"), lambda g, out: g * out, "ExpBackward0",
             saves="output", summary="e to the power of each element.",
             example="exp(tensor([0., 1.]))")
exp2 = _unary("exp2", lambda xp, x: xp.exp2(x), lambda g, out: g * out * math.log(2),
              "Exp2Backward0", saves="output", summary="2 to the power of each element.",
              example="exp2(tensor([0., 3.]))")
expm1 = _unary("expm1", sleef_log1p.kernel("expm1"), lambda g, out: g * (out + 1), "Expm1Backward0",
               saves="output", summary="exp(x) - 1, accurate near 0.",
               example="expm1(tensor([1e-5]))")
log = _unary("log", _mkl("Ln", "log"), lambda g, x: g / x, "LogBackward0",
             summary="Natural logarithm.", example="log(tensor([1., 2.7183]))")
log2 = _unary("log2", _mkl("Log2", "log2"), lambda g, x: g / (x * math.log(2)), "Log2Backward0",
              summary="Base-2 logarithm.", example="log2(tensor([1., 8.]))")
log10 = _unary("log10", _mkl("Log10", "log10"), lambda g, x: g / (x * math.log(10)),
               "Log10Backward0", summary="Base-10 logarithm.", example="log10(tensor([1., 100.]))")
log1p = _unary("log1p", sleef_log1p.kernel("log1p"), lambda g, x: g / (x + 1), "Log1PBackward0",
               summary="log(1 + x), accurate near 0.", example="log1p(tensor([1e-5]))")
sqrt = _unary("sqrt", _mkl("Sqrt", "sqrt"), lambda g, out: g / (2 * out), "SqrtBackward0",
              saves="output", summary="Square root.", example="sqrt(tensor([4., 9.]))")
rsqrt = _unary("rsqrt", lambda xp, x: 1 / xp.sqrt(x), lambda g, out: -0.5 * g * out ** 3,
               "RsqrtBackward0", saves="output", summary="1 / sqrt(x).",
               example="rsqrt(tensor([4.]))")
reciprocal = _unary("reciprocal", lambda xp, x: 1 / x, lambda g, out: -g * out * out,
                    "ReciprocalBackward0", saves="output", summary="1 / x.",
                    example="reciprocal(tensor([2., 4.]))")


# Fused array rules (one temporary, written in place; ``out=`` keeps 0-d
# results arrays, where NumPy would return scalars).
def _sin_grad(xp, g, x):
    t = trig_kernels.cos(xp, x)  # a fresh array: PyTorch's cos kernel, then the product
    return xp.multiply(t, g, out=t)


def _cos_grad(xp, g, x):
    t = trig_kernels.sin(xp, x)
    xp.negative(t, out=t)
    return xp.multiply(t, g, out=t)


def _tanh_grad(xp, g, out):
    """ATen's tanh_backward, ``a * (1 - b * b)``, whose ``1 - b * b`` the compiler
    fuses into one multiply-add (bit-equal to PyTorch on every element)."""
    if xp is np and out.dtype in (np.float32, np.float64):
        one = np.ones((), dtype=out.dtype)
        dtype = dtypes.from_numpy_dtype(out.dtype)
        # in chunks, so that -out is never a whole-size temporary
        t = in_chunks(lambda part: multiply_add(-part, part, one, dtype, xp),
                      [out.reshape(-1)], out.dtype).reshape(out.shape)
        return xp.multiply(t, g, out=t)
    t = xp.multiply(out, out, out=xp.empty_like(out))
    xp.subtract(1, t, out=t)
    return xp.multiply(t, g, out=t)


def _sigmoid_grad(xp, g, out):
    """ATen's sigmoid_backward, ``a * (1 - b) * b``: the gradient times ``1 - y``
    first, then ``y``."""
    t = xp.subtract(1, out, out=xp.empty_like(out))
    xp.multiply(t, g, out=t)
    return xp.multiply(t, out, out=t)


def _sigmoid_forward(xp, x):
    if not numerics.exact(xp):  # :set numerics fast
        return _sigmoid_plain(xp, x)
    if xp is np and x.dtype == np.float32:
        return sleef_pow.sigmoid(x)  # ATen's kernel: SLEEF expf blocks, glibc expf tails
    if xp is np and x.dtype == np.float64:
        return sleef_double.sigmoid(x)  # SLEEF exp (xexp) blocks, glibc exp tails
    return _sigmoid_plain(xp, x)


def _sigmoid_plain(xp, x):
    t = xp.negative(x, out=xp.empty_like(x))
    xp.exp(t, out=t)
    xp.add(t, 1, out=t)
    return xp.reciprocal(t, out=t)


sin = _unary("sin", trig_kernels.sin, lambda g, x: g * x.cos(), "SinBackward0",
             summary="Sine.", example="sin(tensor([0., 1.5708]))", fused=_sin_grad)
cos = _unary("cos", trig_kernels.cos, lambda g, x: -g * x.sin(), "CosBackward0",
             summary="Cosine.", example="cos(tensor([0., 3.1416]))", fused=_cos_grad)
tan = _unary("tan", _mkl("Tan", "tan"), lambda g, out: g * (1 + out * out), "TanBackward0",
             saves="output", summary="Tangent.", example="tan(tensor([0., 0.7854]))")
asin = _unary("asin", lambda xp, x: xp.arcsin(x), lambda g, x: g / (1 - x * x).sqrt(),
              "AsinBackward0", aliases=("arcsin",), summary="Arcsine.",
              example="asin(tensor([0., 1.]))")
acos = _unary("acos", lambda xp, x: xp.arccos(x), lambda g, x: -g / (1 - x * x).sqrt(),
              "AcosBackward0", aliases=("arccos",), summary="Arccosine.",
              example="acos(tensor([0., 1.]))")
atan = _unary("atan", _mkl("Atan", "arctan"), lambda g, x: g / (1 + x * x), "AtanBackward0",
              aliases=("arctan",), summary="Arctangent.", example="atan(tensor([0., 1.]))")
sinh = _unary("sinh", lambda xp, x: xp.sinh(x), lambda g, x: g * x.cosh(), "SinhBackward0",
              summary="Hyperbolic sine.", example="sinh(tensor([0., 1.]))")
cosh = _unary("cosh", lambda xp, x: xp.cosh(x), lambda g, x: g * x.sinh(), "CoshBackward0",
              summary="Hyperbolic cosine.", example="cosh(tensor([0., 1.]))")
tanh = _unary("tanh", _mkl("Tanh", "tanh"), lambda g, out: g * (1 - out * out), "TanhBackward0",
              saves="output", summary="Hyperbolic tangent.", example="tanh(tensor([0., 1.]))",
              fused=_tanh_grad)
sigmoid = _unary("sigmoid", _sigmoid_forward, lambda g, out: g * out * (1 - out),
                 "SigmoidBackward0", saves="output", summary="1 / (1 + exp(-x)).",
                 example="sigmoid(tensor([-1., 0., 2.]))", fused=_sigmoid_grad)
erf = _unary("erf", trig_kernels.vml_unary("Erf", _erf_array),
             lambda g, x: g * (2 / math.sqrt(math.pi)) * (-(x * x)).exp(),
             "ErfBackward0", summary="The error function.", example="erf(tensor([0., 1.]))")


def _relu_forward(xp, x):
    return xp.maximum(x, 0).astype(x.dtype)


def _relu_grad(xp, g, out):
    """ATen's threshold_backward: 0 where the output is not positive, a +0
    even where the gradient is negative. ``g * mask`` alone gives -0 there;
    adding +0 turns it into +0 and changes nothing else (three times faster
    than ``where`` in NumPy). Unlike ATen, a NaN or inf gradient still gives
    NaN where the mask is 0."""
    grad = xp.multiply(g, out > 0, out=xp.empty_like(g))
    return xp.add(grad, xp.zeros((), dtype=grad.dtype), out=grad)


relu = _unary("relu", _relu_forward, lambda g, out: where(out > 0, g, 0), "ReluBackward0",
              saves="output", keeps_integers=True, summary="max(x, 0).",
              example="relu(tensor([-1., 2.]))", fused=_relu_grad)
relu.gradsh_op.functional = True


def _gelu_forward(xp, x):
    return (0.5 * x * (1 + _erf_array(xp, x / math.sqrt(2)))).astype(x.dtype)


def _gelu_backward(g, x):
    cdf = 0.5 * (1 + erf(x / math.sqrt(2)))
    pdf = (-0.5 * x * x).exp() / math.sqrt(2 * math.pi)
    return g * (cdf + x * pdf)


# approximate='tanh': ATen's GeluKernel formula, in the input's dtype.
_GELU_BETA = math.sqrt(2) * (2 / math.sqrt(math.pi)) * 0.5
_GELU_KAPPA = 0.044715


def _accurate_tanh(xp, x):
    """tanh as ATen's vectorised kernel (SLEEF tanhf_u10) gives it: within
    half an ulp, so through float64 rounded once (NumPy's float32 tanh is
    not that close where 1 + tanh(x) cancels), and exactly +-1 beyond
    |x| > 8.664339742 (float32) or 18.714973875 (float64), as SLEEF cuts."""
    if x.dtype == np.float64:
        out = xp.tanh(x)
        cut = 18.714973875
    else:
        out = xp.tanh(x.astype(np.float64)).astype(x.dtype)
        cut = 8.664339742
    return xp.where(xp.abs(x) > cut, xp.sign(x), out).astype(x.dtype)


def _fma(xp, a, b, c):
    """a * b + c rounded once, as ATen's compiler contracts it (float32 on the CPU)."""
    if xp is np and a.dtype in (np.float32, np.float64):
        from ..random.exact import fma32, fma64  # noqa: PLC0415

        fma = fma32 if a.dtype == np.float32 else fma64
        return fma(a, np.broadcast_to(np.asarray(b, a.dtype), a.shape),
                   np.broadcast_to(np.asarray(c, a.dtype), a.shape))
    return a * b + c


def _gelu_tanh_forward(xp, x):
    t = x.dtype.type
    inner = t(_GELU_BETA) * _fma(xp, x * x * x, t(_GELU_KAPPA), x)
    return (t(0.5) * x * (1 + _accurate_tanh(xp, inner))).astype(x.dtype)


def _gelu_tanh_backward(g, x):
    x_sq = x * x
    tanh_inner = (_GELU_BETA * (x + _GELU_KAPPA * x_sq * x)).tanh()
    left_derivative = 0.5 * (1 + tanh_inner)
    right_derivative = 0.5 * x * (1 - tanh_inner * tanh_inner) * _GELU_BETA * \
        (1 + 3 * _GELU_KAPPA * x_sq)
    return g * (left_derivative + right_derivative)


def _gelu_tanh_grad(xp, g, x):
    """ATen's GeluBackward (tanh) kernel, operation for operation."""
    t = x.dtype.type
    x_sq = x * x
    tanh_inner = _accurate_tanh(xp, t(_GELU_BETA) * _fma(xp, x * x_sq, t(_GELU_KAPPA), x))
    left_derivative = t(0.5) * (1 + tanh_inner)
    tanh_derivative = _fma(xp, -tanh_inner, tanh_inner, t(1))
    inner_derivative = t(_GELU_BETA) * _fma(xp, x_sq, t(3 * t(_GELU_KAPPA)), t(1))
    right_derivative = t(0.5) * x * tanh_derivative * inner_derivative
    return (g * (left_derivative + right_derivative)).astype(x.dtype)


_GELU = {
    "none": _unary("gelu", _gelu_forward, _gelu_backward, "GeluBackward0", inplace=False,
                   summary="", example="", floats_only="GeluKernelImpl", register=False),
    "tanh": _unary("gelu", _gelu_tanh_forward, _gelu_tanh_backward, "GeluBackward0",
                   inplace=False, summary="", example="", floats_only="GeluKernelImpl",
                   fused=_gelu_tanh_grad, register=False),
}


@op("gelu", summary="Gaussian error linear unit: x * Phi(x); approximate='tanh' uses "
    "0.5 * x * (1 + tanh(sqrt(2/pi) * (x + 0.044715 * x^3))).",
    example="F.gelu(tensor([-1., 0., 1.]))", functional=True, method=False)
def gelu(input, approximate="none"):
    if approximate not in _GELU:
        raise RuntimeError("approximate argument must be either none or tanh.")
    return _GELU[approximate](input)


def _silu_backward(g, x):  # infinitely_differentiable_silu_backward (create_graph)
    s = sigmoid(x)
    return g * s * (1 + x * (1 - s))


def _silu_grad(xp, g, x):
    """ATen's silu_backward kernel (no create_graph)."""
    if numerics.exact(xp) and x.dtype in (np.float32, np.float64) and g.dtype == x.dtype:
        return sleef_double.silu_backward(g, x)
    s = 1 / (1 + xp.exp(-x))
    return g * s * (1 + x * (1 - s))


def _silu_forward(xp, x):
    if numerics.exact(xp) and x.dtype in (np.float32, np.float64):
        return sleef_double.silu(x)  # ATen's silu_kernel: SLEEF exp blocks, glibc tails
    return x / (1 + xp.exp(-x))


silu = _unary("silu", _silu_forward, _silu_backward, "SiluBackward0",
              inplace=False, summary="x * sigmoid(x).", example="F.silu(tensor([-1., 0., 1.]))",
              floats_only="silu_cpu", fused=_silu_grad)
silu.gradsh_op.functional = True
silu.gradsh_op.method = False


# softplus (with beta and threshold) is declared in functional_more.py.

_ROUNDING = dict(keeps_integers=True, saves=None)
floor = _unary("floor", lambda xp, x: xp.floor(x) if x.dtype.kind == "f" else x,
               lambda g: g * 0, "FloorBackward0", summary="Round down.",
               example="floor(tensor([-1.5, 1.5]))", **_ROUNDING)
ceil = _unary("ceil", lambda xp, x: xp.ceil(x) if x.dtype.kind == "f" else x,
              lambda g: g * 0, "CeilBackward0", summary="Round up.",
              example="ceil(tensor([-1.5, 1.5]))", **_ROUNDING)
trunc = _unary("trunc", lambda xp, x: xp.trunc(x) if x.dtype.kind == "f" else x,
               lambda g: g * 0, "TruncBackward0", summary="Round toward zero.",
               example="trunc(tensor([-1.5, 1.5]))", aliases=("fix",), **_ROUNDING)
frac = _unary("frac", lambda xp, x: x - xp.trunc(x), lambda g: g, "FracBackward0",
              summary="The fractional part, x - trunc(x).", example="frac(tensor([-1.5, 2.25]))",
              saves=None)


@op("round", summary="Round half to even, optionally to decimals.",
    example="round(tensor([0.5, 1.5, 2.567]), decimals=1)", inplace="round_")
def round_(input, *, decimals=0):
    if isinstance(input, Tensor) and input._data.size > CHECK_SIZE_ABOVE:  # an expanded view's
        limits.check_copy(input)  # result is its numel (issue 19)
    xp = input._xp
    data = xp.round(input._data, decimals) if input.dtype.is_floating_point else input._data
    out = as_result(data, input.dtype, xp)
    return record(out, "RoundBackward0" if decimals == 0 else "RoundBackward1", (input,),
                  lambda g: (g * 0,))


# ------------------------------------------------------------ clamp and select
@op("clamp", aliases=("clip",), summary="Limit each element to [min, max].",
    example="clamp(tensor([-2., 0.5, 3.]), min=0, max=1)", inplace="clamp_")
def clamp(input, min=None, max=None):
    if min is None and max is None:
        raise RuntimeError("torch.clamp: At least one of 'min' or 'max' must not be None")
    tensors = isinstance(min, Tensor) or isinstance(max, Tensor)
    return _clamp(input, min, max, "ClampBackward0" if tensors else "ClampBackward1")


@op("clamp_min", summary="Limit each element from below: max(x, min).",
    example="clamp_min(tensor([-2., 0.5]), 0)", inplace="clamp_min_")
def clamp_min(input, min):
    return _clamp(input, min, None, "ClampMinBackward0" if not isinstance(min, Tensor)
                  else "ClampMinBackward1")


@op("clamp_max", summary="Limit each element from above: min(x, max).",
    example="clamp_max(tensor([-2., 0.5]), 0)", inplace="clamp_max_")
def clamp_max(input, max):
    return _clamp(input, None, max, "ClampMaxBackward0" if not isinstance(max, Tensor)
                  else "ClampMaxBackward1")


def _clamp(input, min, max, name: str):
    operands = [o for o in (min, max) if o is not None]
    dtype = dtypes.result_type(input, *operands)
    xp = input._xp
    if input._data.size > CHECK_SIZE_ABOVE:  # an expanded view's result is its full size
        limits.check_copy(input, dtype)
    data = input._data.astype(dtype.np)
    low = min._data if isinstance(min, Tensor) else min
    high = max._data if isinstance(max, Tensor) else max
    if low is not None:
        data = xp.maximum(data, low)
    if high is not None:
        data = xp.minimum(data, high)
    out = as_result(data, dtype, xp)

    def backward(g, x):
        inside = x == x
        if min is not None:
            inside = inside & (x >= min)
        if max is not None:
            inside = inside & (x <= max)
        # Tensor bounds get the gradient where they were chosen (PyTorch's
        # clamp_backward_min_max: max wins when min > max).
        grad_min = grad_max = None
        if isinstance(min, Tensor) and min.requires_grad:
            below = x < min
            grad_min = g * (below & (min < max) if max is not None else below)
        if isinstance(max, Tensor) and max.requires_grad:
            above = x > max
            grad_max = g * (above | (max < min) if min is not None else above)
        return (g * inside, grad_min, grad_max)
    return record(out, name, (input, min, max), backward, saved=(input,))


@op("maximum", summary="Elementwise maximum of two tensors.",
    example="maximum(tensor([1., 5.]), tensor([3., 2.]))")
def maximum(input, other):
    return _extremum(input, other, "max", "MaximumBackward0")


@op("minimum", summary="Elementwise minimum of two tensors.",
    example="minimum(tensor([1., 5.]), tensor([3., 2.]))")
def minimum(input, other):
    return _extremum(input, other, "min", "MinimumBackward0")


def _extremum(input, other, which, name):
    if not isinstance(other, Tensor):
        raise TypeError(f"{which}imum(): argument 'other' (position 2) must be Tensor, not "
                        f"{type(other).__name__}")
    x, y, dtype, xp = binary_operands(input, other)
    out = as_result(xp.maximum(x, y) if which == "max" else xp.minimum(x, y), dtype, xp)

    def backward(g, a, b):
        pick_a = (a > b) if which == "max" else (a < b)
        tie = (a == b) * 0.5
        return (g * (pick_a + tie), g * (~pick_a & (a != b)) + g * tie)
    return record(out, name, (input, other), backward, saved=(input, other))


@op("where", summary="Elements of input where condition holds, else of other.",
    example="where(tensor([True, False]), tensor([1., 2.]), 0.)", method=True)
def where(condition, input=None, other=None):
    if input is None and other is None:  # torch.where(condition) is nonzero(as_tuple=True)
        return condition.nonzero(as_tuple=True)
    if isinstance(condition, Tensor) and condition.dtype is not dtypes.bool_:
        raise RuntimeError(f"where expected condition to be a boolean tensor, but got a tensor "
                           f"with dtype {condition.dtype.short}")
    if isinstance(condition, Tensor) and not isinstance(input, Tensor) \
            and not isinstance(other, Tensor):
        # Two scalars: PyTorch's scalar promotion (1., 0. -> the default float dtype).
        input = Tensor._make(condition._xp.asarray(input, dtype=dtypes.result_type(
            input, other).np), dtypes.result_type(input, other))
    x, y, dtype, xp = binary_operands(input, other)
    same_device(condition, input, other)
    if isinstance(condition, Tensor):  # the condition broadcasts too
        limits.check_allocation(np.broadcast_shapes(condition._data.shape, x.shape, y.shape),
                                dtype)
    out = as_result(xp.where(condition._data, x, y), dtype, xp)

    def backward(g, cond):
        zero = g * 0
        return (None, where(cond, g, zero), where(cond, zero, g))
    return record(out, "WhereBackward0", (condition, input, other), backward, saved=(condition,))


def _where_method(self, condition, other):
    """``Tensor.where(condition, other)``: ``torch.where(condition, self, other)``."""
    return where(condition, self, other)


where.gradsh_op.method_impl = _where_method


@op("lerp", summary="input + weight * (end - input).",
    example="lerp(tensor([0., 10.]), tensor([10., 20.]), 0.5)", inplace="lerp_")
def lerp(input, end, weight):
    if not isinstance(end, Tensor):
        raise TypeError(f"lerp(): argument 'end' (position 2) must be Tensor, not "
                        f"{type(end).__name__}")
    x, y, dtype, xp = binary_operands(input, end)
    if not dtype.is_floating_point:
        raise NotImplementedError(f'"lerp_kernel_scalar" not implemented for \'{dtype.short}\'')
    w = weight._data.astype(dtype.np) if isinstance(weight, Tensor) else weight
    out = as_result(_lerp_array(x, y, w, dtype, xp), dtype, xp)
    if isinstance(weight, Tensor):
        def backward_tensor(g, a, b, w):
            return (g * (1 - w), g * w, g * (b - a))
        return record(out, "LerpBackward1", (input, end, weight), backward_tensor,
                      saved=(input, end, weight))
    return record(out, "LerpBackward0", (input, end, weight),
                  lambda g: (g * (1 - weight), g * weight, None))


def _lerp_array(start, end, weight, dtype, xp):
    """ATen's lerp: ``start + w * (end - start)`` for ``|w| < 0.5``, else
    ``end - (end - start) * (1 - w)``, each one fused multiply-add."""
    start, end = opmath(start, dtype, xp), opmath(end, dtype, xp)
    difference = end - start
    if isinstance(weight, xp.ndarray):
        weight = opmath(weight, dtype, xp)
    else:  # a Python float: at opmath precision
        weight = xp.asarray(weight, dtype=opmath_np(dtype, xp))
    near_start = multiply_add(weight, difference, start, dtype, xp)
    near_end = multiply_add(-difference, 1 - weight, end, dtype, xp)
    return xp.where(xp.abs(weight) < 0.5, near_start, near_end)


@op("atan2", aliases=("arctan2",), summary="Arctangent of input / other, by quadrant.",
    example="atan2(tensor([1., -1.]), tensor([1., 1.]))", inplace="atan2_")
def atan2(input, other):
    x, y, dtype, xp = binary_operands(input, other)
    if not dtype.is_floating_point:
        dtype = dtypes.get_default_dtype()
    x, y = x.astype(dtype.np, copy=False), y.astype(dtype.np, copy=False)
    if sleef_atan2.applies(xp, dtype.np):  # ATen's kernel: SLEEF blocks, glibc tails
        out = as_result(sleef_atan2.atan2(x, y), dtype, xp)
    else:
        out = as_result(xp.arctan2(x, y), dtype, xp)

    def backward(g, a, b):  # FunctionsManual's atan2_backward
        denominator = a * a + b * b
        reciprocal = where(denominator == 0, 0.0, denominator.reciprocal())
        return (g * b * reciprocal, g * -a * reciprocal)
    return record(out, "Atan2Backward0", (input, other), backward, saved=(input, other))
