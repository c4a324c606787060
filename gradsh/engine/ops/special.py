"""torch.special and its top-level forms: gamma-family, erf-family, Bessel
functions, logit, sinc, entr, zeta, multigammaln.

The values come from special_kernels (float64 on the host, rounded to the
tensor's dtype). Backward rules are PyTorch's (tools/autograd/derivatives.yaml)
written in Tensor ops, so create_graph gives second order; bessel_j0/j1
are not differentiable in PyTorch (their results never require grad), and
zeta has no derivative with respect to its first argument.

Ops only in torch.special are registered as ``special_NAME`` (PyTorch's own
name in its errors: ``special_erfcx(): argument 'input' ...``) and appear
at ``torch.special.NAME`` only.
"""
from __future__ import annotations

import math

import numpy as np

from .. import backend, dtypes
from ..autograd import record
from ..registry import op
from ..tensor import Tensor
from . import special_kernels as kernels
from .common import as_result, binary_operands, float_dtype_for
from .elementwise_math import _unary

SQRT_PI = math.sqrt(math.pi)
SQRT_2PI = math.sqrt(2 * math.pi)


def _host(kernel):
    """forward(xp, array): the float64 kernel on the host, back as the array's dtype."""

    def forward(xp, data):
        result = kernel(backend.to_host(data).astype(np.float64))
        return xp.asarray(np.asarray(result).astype(data.dtype))

    return forward


def _declare(impl, name: str, *, summary: str, example: str, special=(), top_level=True,
             inplace: bool = True, signature: str | None = None, differentiable: bool = True):
    op(name, summary=summary, example=example, method=top_level, function=top_level,
       inplace=f"{name}_" if inplace and top_level else None, differentiable=differentiable,
       namespaces={"special": tuple(special)} if special else None,
       signature=signature or f"{name}(input)")(impl)
    return impl


def _unary_op(name, kernel, backward, grad_fn, *, summary, example, saves="input", special=(),
              top_level=True):
    impl = _unary(name, _host(kernel), backward, grad_fn, summary=summary, example=example,
                  saves=saves, register=False)
    return _declare(impl, name, summary=summary, example=example, special=special,
                    top_level=top_level)


# ---------------------------------------------------------------- gamma
lgamma = _unary_op("lgamma", kernels.lgamma, lambda g, x: g * digamma(x), "LgammaBackward0",
                   summary="log |Gamma(x)|.", example="lgamma(tensor([0.5, 1., 3.]))",
                   special=("gammaln",))
digamma = _unary_op("digamma", kernels.digamma, lambda g, x: g * polygamma(1, x),
                    "DigammaBackward0", summary="The logarithmic derivative of Gamma.",
                    example="digamma(tensor([1., 0.5]))", special=("digamma", "psi"))


def _polygamma_array(n: int):
    return _host(lambda x: kernels.polygamma(n, x))


def polygamma_impl(n, input):
    if isinstance(n, Tensor) and not isinstance(input, Tensor):  # the method: x.polygamma(n)
        n, input = input, n
    if not isinstance(input, Tensor):
        raise TypeError(f"polygamma(): argument 'input' (position 2) must be Tensor, not "
                        f"{type(input).__name__}")
    if isinstance(n, bool) or not isinstance(n, (int, np.integer)):
        raise TypeError(f"polygamma(): argument 'n' (position 1) must be int, not "
                        f"{type(n).__name__}")
    if n < 0:
        raise RuntimeError("polygamma(n, x) does not support negative n.")
    n = int(n)
    dtype = float_dtype_for(input)
    xp = input._xp
    data = input._data.astype(dtype.np)
    out = as_result(_polygamma_array(n)(xp, data), dtype, xp)
    return record(out, "PolygammaBackward0", (input,),
                  lambda g, x: (g * polygamma(n + 1, x),), saved=(input,))


polygamma = _declare(polygamma_impl, "polygamma",
                     summary="The n-th derivative of digamma (polygamma(n, input)).",
                     example="polygamma(1, tensor([1., 0.5]))", special=("polygamma",),
                     signature="polygamma(n, input)")


def mvlgamma_impl(input, p):
    if not isinstance(input, Tensor):
        raise TypeError(f"mvlgamma(): argument 'input' (position 1) must be Tensor, not "
                        f"{type(input).__name__}")
    if p < 1:
        raise RuntimeError("p has to be greater than or equal to 1")
    dtype = float_dtype_for(input)
    host = backend.to_host(input._data).astype(np.float64)
    offsets = np.arange(p) / 2
    total = kernels.lgamma(host[..., None] - offsets).sum(axis=-1)
    total = total + p * (p - 1) / 4 * math.log(math.pi)
    out = as_result(input._xp.asarray(total), dtype, input._xp)

    def backward(g, x):
        shifted = x.unsqueeze(-1) - Tensor._make(x._xp.asarray(offsets, dtype=x.dtype.np),
                                                 x.dtype)
        return (g * digamma(shifted).sum(-1),)
    return record(out, "MvlgammaBackward0", (input,), backward, saved=(input,))


mvlgamma = _declare(mvlgamma_impl, "mvlgamma", summary="The multivariate log-gamma function "
                    "of dimension p.", example="mvlgamma(tensor([2.5, 3.]), 2)",
                    special=("multigammaln",), signature="mvlgamma(input, p)")


# ------------------------------------------------------------------- erf
erfc = _unary_op("erfc", kernels.erfc, lambda g, x: g * (-2 / SQRT_PI) * (-(x * x)).exp(),
                 "ErfcBackward0", summary="1 - erf(x), accurate for large x.",
                 example="erfc(tensor([0., -1., 10.]))", special=("erfc",))
erfinv = _unary_op("erfinv", kernels.erfinv,
                   lambda g, out: g * (SQRT_PI / 2) * (out * out).exp(), "ErfinvBackward0",
                   saves="output", summary="The inverse of erf.",
                   example="erfinv(tensor([0., 0.5, -1.]))", special=("erfinv",))
erfcx = _unary_op("special_erfcx", kernels.erfcx,
                  lambda g, x: g * (2 * x * erfcx(x) - 2 / SQRT_PI),
                  "SpecialErfcxBackward0", summary="exp(x * x) * erfc(x), the scaled erfc.",
                  example="special.erfcx(tensor([0., -1., 10.]))", saves="input",
                  special=("erfcx",), top_level=False)


ndtri = _unary_op("special_ndtri", kernels.ndtri,
                  lambda g, out: g * SQRT_2PI * (out * out / 2).exp(), "SpecialNdtriBackward0",
                  saves="output", summary="The inverse of the standard normal CDF.",
                  example="special.ndtri(tensor([0., 0.25, 0.5, 0.75, 1.]))",
                  special=("ndtri",), top_level=False)
log_ndtr = _unary_op("special_log_ndtr", kernels.log_ndtr,
                     lambda g, x: g * ((-(x * x) / 2 - log_ndtr(x)).exp() / SQRT_2PI),
                     "SpecialLogNdtrBackward0",
                     summary="log of the standard normal CDF, accurate in the lower tail.",
                     example="special.log_ndtr(tensor([-3., -2., -1., 0., 1., 2., 3.]))",
                     special=("log_ndtr",), top_level=False)


@op("special_ndtr", summary="The standard normal CDF, (1 + erf(x / sqrt 2)) / 2.",
    example="special.ndtr(tensor([-3., -2., -1., 0., 1., 2., 3.]))", method=False,
    function=False, namespaces={"special": ("ndtr",)}, signature="special_ndtr(input)")
def ndtr(input):
    """PyTorch composes it, so its grad_fn is the final product's MulBackward1."""
    if not isinstance(input, Tensor):
        raise TypeError(f"special_ndtr(): argument 'input' (position 1) must be Tensor, not "
                        f"{type(input).__name__}")
    scaled = input * (1 / math.sqrt(2)) if input.dtype.is_floating_point else \
        input.to(dtypes.get_default_dtype()) * (1 / math.sqrt(2))
    inner = 1 + scaled.erf()
    half = inner._data.dtype.type(0.5)
    out = Tensor._make(inner._data * half, inner.dtype)  # ATen's mul(Scalar): MulBackward1
    return record(out, "MulBackward1", (inner,), lambda g: (g * 0.5,))


# ------------------------------------------------------- modified Bessel I
def _i1_backward(g, x, out):
    zero = x == 0
    safe = x.masked_fill(zero, 1.0)
    return g * (i0(x) - out / safe).masked_fill(zero, 0.5)


def _i1e_backward(g, x, out):
    zero = x == 0
    safe = x.masked_fill(zero, 1.0)
    return g * (i0e(x) - out * (x.sign() + 1 / safe)).masked_fill(zero, 0.5)


i0 = _unary_op("i0", lambda x: kernels.bessel_i(0, x), lambda g, x: g * i1(x), "I0Backward0",
               summary="The modified Bessel function of the first kind, order 0.",
               example="i0(torch.arange(5, dtype=torch.float32))", special=("i0",))
i0e = _unary_op("special_i0e", lambda x: kernels.bessel_i_scaled(0, x),
                lambda g, x: g * (i1e(x) - x.sign() * i0e(x)),
                "SpecialI0EBackward0", summary="exp(-|x|) * i0(x).",
                example="special.i0e(torch.arange(5, dtype=torch.float32))",
                special=("i0e",), top_level=False)
i1 = _unary_op("special_i1", lambda x: kernels.bessel_i(1, x),
               lambda g, x: _i1_backward(g, x, i1(x)), "SpecialI1Backward0",
               summary="The modified Bessel function of the first kind, order 1.",
               example="special.i1(torch.arange(5, dtype=torch.float32))",
               special=("i1",), top_level=False)
i1e = _unary_op("special_i1e", lambda x: kernels.bessel_i_scaled(1, x),
                lambda g, x: _i1e_backward(g, x, i1e(x)),
                "SpecialI1EBackward0", summary="exp(-|x|) * i1(x).",
                example="special.i1e(torch.arange(5, dtype=torch.float32))",
                special=("i1e",), top_level=False)


def _bessel_j(order: int):
    name = f"special_bessel_j{order}"
    impl = _unary(name, _host(lambda x: kernels.bessel_j(order, x)), None, "", summary="",
                  example="", register=False)
    return _declare(impl, name, summary=f"The Bessel function of the first kind, order {order}"
                    " (not differentiable, as in PyTorch).",
                    example=f"special.bessel_j{order}(tensor([0., 1., 2.]))",
                    special=(f"bessel_j{order}",), top_level=False, differentiable=False)


bessel_j0 = _bessel_j(0)
bessel_j1 = _bessel_j(1)


# ------------------------------------------------- logit, sinc, entr
def _sinc_array(xp, data):
    """ATen's sinc: 1 at 0, else sin(pi x) / (pi x) with the product in x's dtype."""
    product = data * data.dtype.type(math.pi)
    host = backend.to_host(product).astype(np.float64)
    value = np.sin(host).astype(data.dtype) / backend.to_host(product)
    return xp.asarray(np.where(backend.to_host(data) == 0, 1, value).astype(data.dtype))


def _sinc_backward(g, x):
    scaled = x * math.pi
    grad = (scaled * scaled.cos() - scaled.sin()) / (scaled * x)
    return g * grad.masked_fill(x == 0, 0.0)


sinc = _unary("sinc", _sinc_array, _sinc_backward, "SincBackward0",
              summary="sin(pi x) / (pi x), 1 at 0.", example="sinc(tensor([0., 0.5, 1.]))",
              register=False)
_declare(sinc, "sinc", summary="sin(pi x) / (pi x), 1 at 0.",
         example="sinc(tensor([0., 0.5, 1.]))", special=("sinc",))


def _entr_array(x):
    with np.errstate(all="ignore"):
        value = -x * np.log(x)
    return np.where(x == 0, 0.0, np.where(x < 0, -np.inf, value))


entr = _unary_op("special_entr", _entr_array, lambda g, x: g * -(1 + x.log()),
                 "SpecialEntrBackward0", summary="-x log x elementwise (0 at 0, -inf below).",
                 example="special.entr(tensor([-1., 0., 0.5, 1.]))", special=("entr",),
                 top_level=False)


def logit_impl(input, eps=None):
    if not isinstance(input, Tensor):
        raise TypeError(f"logit(): argument 'input' (position 1) must be Tensor, not "
                        f"{type(input).__name__}")
    dtype = float_dtype_for(input)
    xp = input._xp
    data = input._data.astype(dtype.np)
    if eps is not None:
        data = xp.clip(data, dtype.np.type(eps), dtype.np.type(1 - eps))
    with np.errstate(all="ignore"):
        out = as_result(xp.log(data / (1 - data)), dtype, xp)

    def backward(g, x):
        grad = g / (x * (1 - x))
        if eps is not None:
            grad = grad.masked_fill((x < eps) | (x > 1 - eps), 0.0)
        return (grad,)
    return record(out, "LogitBackward0", (input,), backward, saved=(input,))


logit = _declare(logit_impl, "logit", summary="log(p / (1 - p)), input clamped to "
                 "[eps, 1 - eps] when eps is given.", example="logit(tensor([0.25, 0.5]))",
                 special=("logit",), signature="logit(input, eps=None)")


# -------------------------------------------------- xlogy, xlog1py, zeta
def _binary_float(name, input, other, kernel):
    x, y, dtype, xp = binary_operands(input, other)
    if not dtype.is_floating_point:
        dtype = dtypes.get_default_dtype()
    first = backend.to_host(x).astype(np.float64)
    second = backend.to_host(y).astype(np.float64)
    value = np.asarray(kernel(first, second)).astype(dtype.np)
    return as_result(xp.asarray(value), dtype, xp)


def _grad_fn(base: str, input, other) -> str:
    """PyTorch's overloads: Backward1 for a scalar self, Backward2 for a scalar other."""
    if not isinstance(input, Tensor):
        return f"{base}1"
    return f"{base}2" if not isinstance(other, Tensor) else f"{base}0"


def _xlogy_kernel(shift: bool):
    def kernel(x, y):
        with np.errstate(all="ignore"):
            value = x * (np.log1p(y) if shift else np.log(y))
        return np.where(np.isnan(y), np.nan, np.where(x == 0, 0.0, value))
    return kernel


def _xlogy_family(name: str, grad_fn: str, shift: bool):
    limit = -1 if shift else 0  # where log(other) (or log1p) is -inf or nan

    def impl(input, other):
        out = _binary_float(name, input, other, _xlogy_kernel(shift))

        def backward(g, x, y):
            grad_x = grad_y = None
            if isinstance(x, Tensor):
                grad_x = impl(g, y)  # xlogy(grad, other): 0 where grad is 0
                below = (y <= limit) if isinstance(y, Tensor) else (
                    Tensor._make(x._xp.asarray(y <= limit), dtypes.bool_))
                grad_x = grad_x.masked_fill((x == 0) & below, 0.0)
            if isinstance(y, Tensor):
                grad_y = g * x / (y + 1 if shift else y)
            return (grad_x, grad_y)
        return record(out, _grad_fn(grad_fn, input, other), (input, other), backward,
                      saved=(input, other))
    return impl


xlogy = _xlogy_family("xlogy", "XlogyBackward", False)
_declare(xlogy, "xlogy", summary="input * log(other), 0 where input is 0.",
         example="xlogy(tensor([0., 1., 2.]), tensor([3., 3., 3.]))", special=("xlogy",),
         signature="xlogy(input, other)")
xlog1py = _xlogy_family("special_xlog1py", "SpecialXlog1PyBackward", True)
_declare(xlog1py, "special_xlog1py", summary="input * log1p(other), 0 where input is 0.",
         example="special.xlog1py(tensor([0., 1., 2.]), tensor([3., 3., 3.]))",
         special=("xlog1py",), top_level=False, signature="special_xlog1py(input, other)")


def zeta_impl(input, other):
    out = _binary_float("special_zeta", input, other, kernels.zeta)

    def backward(g, x, q):
        if isinstance(x, Tensor) and x.requires_grad:
            raise NotImplementedError("the derivative for 'zeta' is not implemented.")
        return (None, -g * x * zeta(x + 1, q) if isinstance(q, Tensor) else None)
    return record(out, _grad_fn("SpecialZetaBackward", input, other), (input, other), backward,
                  saved=(input, other))


zeta = _declare(zeta_impl, "special_zeta", summary="The Hurwitz zeta function "
                "sum_k (other + k) ** -input.",
                example="special.zeta(tensor([2., 4.]), 1.)", special=("zeta",),
                top_level=False, signature="special_zeta(input, other)")
