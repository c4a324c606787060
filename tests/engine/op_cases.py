"""Examples for every op in the registry: the table the registry tests walk.

``CASES[name]`` lists :class:`Case` objects for ``OPS[name]``. A case holds
the op's arguments, where NumPy arrays stand for tensors, and either a
``reference`` (NumPy computing the expected result from the same arrays,
with the dtype PyTorch gives) or a ``check`` (for random results). A case
with ``grad`` also serves the gradient tests: the arguments it names are
made float64 tensors that require grad.

The table imports NumPy only, so the same cases can be run through PyTorch
itself to validate the references (see ``validate_with_torch``).
"""
from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

f16, f32, f64 = np.float16, np.float32, np.float64
i32, i64, u8 = np.int32, np.int64, np.uint8


# ------------------------------------------------------------------ markers
@dataclass(frozen=True)
class Raw:
    """An argument passed as it is (a NumPy array for from_numpy), not as a tensor."""

    value: object


@dataclass(frozen=True)
class DT:
    """A dtype argument by name (torch.int64 in gradsh and in PyTorch alike)."""

    name: str


class _Device:
    """Stands for the device under test (``zeros(2, device=DEV)``)."""

    def __repr__(self) -> str:
        return "DEV"


DEV = _Device()


@dataclass
class Case:
    args: tuple
    kwargs: dict = field(default_factory=dict)
    reference: Callable | None = None  # reference(*arrays, **kwargs) -> expected
    check: Callable | None = None  # check(result, *arrays, **kwargs) asserts
    grad: tuple = ()  # positions (int) and kwarg names (str) to differentiate
    call: Callable | None = None  # call(impl, *args, **kwargs); default impl(*args, **kwargs)
    tol: tuple | None = None  # (rtol, atol) of the forward comparison
    eps: float = 1e-6  # finite-difference step for the gradient checks
    grad_atol: float = 1e-5
    needs_cuda: bool = False
    cpu_only: bool = False
    second_order: bool = True  # False only at a point where the gradient jumps (a tie)

    def invoke(self, impl, args, kwargs):
        return self.call(impl, *args, **kwargs) if self.call else impl(*args, **kwargs)


def case(*args, ref=None, check=None, grad=(), call=None, tol=None, eps=1e-6, grad_atol=1e-5,
         cuda=False, cpu_only=False, second_order=True, **kwargs) -> Case:
    """A case of op(*args, **kwargs); the other keywords describe the check."""
    return Case(args, kwargs, ref, check, tuple(grad), call, tol, eps, grad_atol, cuda, cpu_only,
                second_order)


CASES: dict[str, list[Case]] = {}


def cases(name: str, *items: Case, ref: Callable | None = None, cpu_only: bool = False,
          tol: tuple | None = None) -> None:
    """Register the cases of one op; ``ref`` is the default reference."""
    for item in items:
        item.cpu_only = item.cpu_only or cpu_only
        item.tol = item.tol or tol
        if item.reference is None and item.check is None:
            item.reference = ref
        assert item.reference is not None or item.check is not None, name
    CASES.setdefault(name, []).extend(items)


# ------------------------------------------------------------------- arrays
_rng = np.random.default_rng(20240601)


def F(*shape, lo=-2.0, hi=2.0, dtype=f32):
    """Uniform floats."""
    return np.asarray(_rng.uniform(lo, hi, shape)).astype(dtype)


def P(*shape, lo=0.5, hi=2.0, dtype=f32):
    """Positive floats, well inside the domain of log, sqrt, ..."""
    return F(*shape, lo=lo, hi=hi, dtype=dtype)


def AW(*shape, dtype=f32):
    """Floats away from zero (no kinks of abs, relu, sign; safe divisors)."""
    return np.asarray(_rng.uniform(0.3, 1.5, shape) * _rng.choice((-1.0, 1.0), shape)).astype(dtype)


def INT(*shape, lo=-5, hi=6, dtype=i64):
    """Integers in [lo, hi)."""
    return np.asarray(_rng.integers(lo, hi, shape)).astype(dtype)


def B(*shape):
    return np.asarray(_rng.random(shape) < 0.5)


def A(values, dtype=f32):
    return np.array(values, dtype=dtype)


def as_float(a, dtype=f32):
    """Integers and bools become the default float dtype (exp(int) is float32)."""
    return a.astype(dtype) if a.dtype.kind in "iub" else a


def floating(fn, dtype=f32):
    """A reference for a floating function: integer inputs give float32."""
    return lambda a, *rest, **kw: np.asarray(fn(as_float(a, dtype), *rest, **kw))


def cast(fn, dtype):
    return lambda *a, **kw: np.asarray(fn(*a, **kw)).astype(dtype)


def _erf(a):
    return np.asarray(np.vectorize(math.erf, otypes=[f64])(a)).astype(a.dtype)


# ------------------------------------------------------------------ checks
def random_check(shape, dtype, low=None, high=None):
    """Random results: shape, dtype and range only."""

    def check(result, *args, **kwargs):
        data = np.asarray(result)
        assert tuple(result.shape) == shape, (tuple(result.shape), shape)
        assert result.dtype.np == np.dtype(dtype), (result.dtype, dtype)
        if low is not None:
            assert data.min() >= low and data.max() < high, (data.min(), data.max())

    return check


def shape_check(shape, dtype):
    return random_check(shape, dtype)


# ops whose registry declaration has no forward case; keep it empty.
NO_FORWARD_CASE: set = set()

# Declared differentiable, but with nothing PyTorch can check by finite
# differences. Each entry says why.
_LEAF = "creates a new leaf: nothing flows back to its arguments (PyTorch the same)"
_INTEGER = "an integer result cuts the graph (PyTorch: requires_grad=False)"
NOT_DIFFERENTIABLE: dict[str, str] = {
    **{name: _LEAF for name in (
        "tensor", "as_tensor", "from_numpy", "zeros", "ones", "empty", "full", "eye", "arange",
        "linspace", "logspace", "rand", "randn", "randint", "randperm")},
    **{name: _LEAF + "; it reads only the shape, dtype and device of input" for name in (
        "zeros_like", "ones_like", "empty_like", "full_like", "rand_like", "randn_like",
        "randint_like")},
    **{name: _INTEGER for name in ("int", "long", "short", "char", "byte", "bool")},
    "floor_divide": "PyTorch: 'derivative for aten::floor_divide is not implemented'",
    **{name: "overwrites its input with random values: the gradient is zero (PyTorch the same)"
       for name in ("uniform_", "normal_", "random_", "bernoulli_", "exponential_",
                    "geometric_", "cauchy_", "log_normal_")},
    "normal": "the gradient to mean and std is zero (PyTorch's NormalBackward1-3)",
    "bernoulli": "the gradient to the probabilities is zero (PyTorch's BernoulliBackward0)",
    "poisson": "the gradient to the rates is zero (PyTorch's PoissonBackward0)",
    "gumbel_softmax": "each call draws new Gumbel noise, so finite differences cannot check it",
    **{name: "each call draws a new mask, so finite differences cannot check it; the "
       "mask's gradient is pinned by tests/transcripts/nn_dropout_from_pytorch.gsh"
       for name in ("dropout1d", "dropout2d", "dropout3d", "alpha_dropout",
                    "feature_alpha_dropout")},
    "dropout": "each call draws a new mask, so finite differences cannot check it; "
               "the mask's gradient is pinned by tests/engine/test_sampling.py",
}

# Ops whose second derivative is not checked. Keep it empty: piecewise
# ops are checked away from their kinks (their second derivative is 0).
NO_SECOND_ORDER: dict[str, str] = {}




# ------------------------------------------------------ arguments as tensors
def to_gradsh(value, device: str, *, float64: bool = False):
    """An argument for gradsh: arrays become tensors on ``device`` (recursively in lists)."""
    from gradsh.engine import backend, dtypes
    from gradsh.engine.tensor import Tensor

    if isinstance(value, Raw):
        return value.value
    if isinstance(value, DT):
        return dtypes.DTYPE_NAMES[value.name]
    if value is DEV:
        return device
    if isinstance(value, np.ndarray):
        array = value.copy()
        if float64 and array.dtype.kind == "f":
            array = array.astype(f64)
        array = backend.move(array, backend.parse_device(device))
        return Tensor._make(array, dtypes.from_numpy_dtype(value.dtype if not float64 or
                                                           value.dtype.kind != "f" else f64))
    if isinstance(value, (list, tuple)) and any(isinstance(v, np.ndarray) for v in value):
        return type(value)(to_gradsh(v, device, float64=float64) for v in value)
    return value


def for_reference(value):
    """An argument for a NumPy reference: markers unwrapped, arrays copied."""
    if isinstance(value, Raw):
        return value.value
    if isinstance(value, np.ndarray):
        return value.copy()
    if isinstance(value, (list, tuple)) and any(isinstance(v, np.ndarray) for v in value):
        return type(value)(for_reference(v) for v in value)
    return value

# ================================================================ elementwise
def _binary_cases(fn, *, ints=True, bools=None):
    """Broadcasting float cases (with gradients), a Python scalar, 0-d tensors, ints."""
    items = [
        case(F(2, 3), F(3), grad=(0, 1)),
        case(F(4, 1), F(1, 5), grad=(0, 1)),
        case(F(2, 3), 1.5, grad=(0,)),
        case(F(), F(3), grad=(0, 1)),
        case(F(3), A(0.75, f64), grad=(0, 1)),  # a 0-d float64 tensor keeps float32
    ]
    if ints:
        items += [
            case(INT(2, 3), INT(3, lo=1)),
            case(INT(3, dtype=i32), A(2, i64)),  # 0-d int64 does not promote int32
            case(INT(3), 2.5, ref=lambda a, b: fn(a.astype(f32), f32(b))),
        ]
    return items


cases("add", *_binary_cases(np.add),
      case(F(2, 3), F(2, 3), alpha=2, ref=lambda a, b, alpha: a + alpha * b, grad=(0, 1)),
      case(B(4), B(4), ref=np.logical_or),
      ref=lambda a, b: (a + b).astype(np.result_type(a, f32) if isinstance(b, float)
                                      else a.dtype))
cases("sub", *_binary_cases(np.subtract),
      case(F(2, 3), F(3), alpha=0.5, ref=lambda a, b, alpha: a - f32(alpha) * b, grad=(0, 1)),
      ref=lambda a, b: (a - b).astype(np.result_type(a, f32) if isinstance(b, float)
                                      else a.dtype))
cases("rsub",
      case(F(2, 3), F(3), ref=lambda a, b: b - a, grad=(0, 1)),
      case(F(3), 2.0, ref=lambda a, b: f32(b) - a, grad=(0,)),
      case(INT(3), 2, ref=lambda a, b: b - a),
      case(F(3), F(3), alpha=2, ref=lambda a, b, alpha: b - alpha * a, grad=(0, 1)))
cases("mul", *_binary_cases(np.multiply),
      case(B(4), B(4), ref=np.logical_and),
      ref=lambda a, b: (a * b).astype(np.result_type(a, f32) if isinstance(b, float)
                                      else a.dtype))
cases("div",
      case(F(2, 3), AW(3), grad=(0, 1)),
      case(F(4, 1), AW(1, 5), grad=(0, 1)),
      case(F(3), 4.0, grad=(0,)),
      case(AW(), AW(3), grad=(0, 1)),
      case(INT(2, 3), INT(3, lo=1), ref=lambda a, b: (a / b).astype(f32)),
      case(A([-7, 7, 5]), 2, rounding_mode="floor",
           ref=lambda a, b, rounding_mode: np.floor_divide(a, b)),
      case(A([-7.5, 7.5, 5.]), 2., rounding_mode="trunc",
           ref=lambda a, b, rounding_mode: np.trunc(a / f32(b))),
      case(A([-7, 7, 5], i64), A([2, -2, 3], i64), rounding_mode="trunc",
           ref=lambda a, b, rounding_mode: np.trunc(a / b).astype(i64)),
      ref=lambda a, b: a / (f32(b) if isinstance(b, float) else b))
cases("floor_divide",
      case(A([-7, 7, 5, -1], i64), A([2, 2, -3, 3], i64)),
      case(A([-7.5, 7.5, 5.]), 2.0, ref=lambda a, b: np.floor_divide(a, f32(b))),
      case(INT(2, 3), INT(3, lo=1)),
      ref=np.floor_divide)
cases("remainder",
      case(A([-7, 7, 5, -1], i64), A([2, 2, -3, 3], i64)),
      case(A([[-7.5, 7.5, 5.2], [0.3, -0.4, 1.9]]), A([2., -2., 3.]), grad=(0, 1)),
      case(A([-7.25, 7.5, 5.1]), 2.0, ref=lambda a, b: np.remainder(a, f32(b)), grad=(0,)),
      ref=np.remainder)
cases("pow",
      case(F(2, 3), 2, ref=lambda a, b: a ** b, grad=(0,)),
      case(P(2, 3), F(3), grad=(0, 1)),
      case(P(3), 0.5, ref=lambda a, b: a ** f32(b), grad=(0,)),
      case(F(3), 0, ref=lambda a, b: a ** b, grad=(0,)),
      case(2.0, F(3), ref=lambda a, b: f32(a) ** b, grad=(1,)),
      case(INT(3, lo=0), 2, ref=lambda a, b: a ** b),
      case(INT(3, lo=1), 0.5, ref=lambda a, b: a.astype(f32) ** f32(b)),
      ref=np.power)
cases("square", case(F(2, 3), grad=(0,)), case(INT(4)), case(F(), grad=(0,)), ref=np.square)
cases("neg", case(F(2, 3), grad=(0,)), case(INT(4)), case(F(), grad=(0,)), ref=np.negative)
cases("positive", case(F(2, 3), grad=(0,)), case(INT(4)), ref=lambda a: a)
cases("abs", case(AW(2, 3), grad=(0,)), case(INT(4)), case(AW(), grad=(0,)), ref=np.abs)
cases("sign", case(A([-2., 0., 3.])), case(AW(2, 3), grad=(0,)), case(INT(5)), ref=np.sign)


# ---------------------------------------------------------------- unary math
def _unary(name, fn, make=F, ints=True, dtype_of_int=f32):
    items = [case(make(2, 3), grad=(0,)), case(make(), grad=(0,))]
    if ints:
        items.append(case(INT(4, lo=1, hi=4)))
    cases(name, *items, ref=floating(fn, dtype_of_int))


_unary("exp", np.exp)
_unary("exp2", np.exp2)
_unary("expm1", np.expm1)
_unary("log", np.log, P)
_unary("log2", np.log2, P)
_unary("log10", np.log10, P)
_unary("log1p", np.log1p, P)
_unary("sqrt", np.sqrt, P)
_unary("rsqrt", lambda a: 1 / np.sqrt(a), P)
_unary("reciprocal", lambda a: 1 / a, AW)
_unary("sin", np.sin)
_unary("cos", np.cos)
_unary("tan", np.tan, lambda *s: F(*s, lo=-1.2, hi=1.2))
_unary("asin", np.arcsin, lambda *s: F(*s, lo=-0.9, hi=0.9), ints=False)
_unary("acos", np.arccos, lambda *s: F(*s, lo=-0.9, hi=0.9), ints=False)
_unary("atan", np.arctan)
_unary("sinh", np.sinh)
_unary("cosh", np.cosh)
_unary("tanh", np.tanh)
_unary("sigmoid", lambda a: 1 / (1 + np.exp(-a)))
_unary("erf", _erf)
# gelu and silu refuse integer tensors in PyTorch
_unary("gelu", lambda a: (0.5 * a * (1 + _erf(a / np.sqrt(a.dtype.type(2))))).astype(a.dtype),
       ints=False)
_unary("silu", lambda a: a / (1 + np.exp(-a)), ints=False)
cases("gelu", case(F(2, 3), approximate="tanh", grad=(0,)),
      case(F(4, dtype=f64), approximate="tanh", grad=(0,)),
      ref=lambda a, approximate: (0.5 * a * (1 + np.tanh(np.sqrt(2 / np.pi) * (
          a + 0.044715 * a ** 3)))).astype(a.dtype))
cases("softplus", case(F(2, 3), grad=(0,)), case(A([-30., 0., 19., 25.])), case(F(), grad=(0,)),
      ref=lambda a: np.where(a > 20, a, np.log1p(np.exp(np.minimum(a, 20)))).astype(a.dtype))
cases("relu", case(AW(2, 3), grad=(0,)), case(AW(), grad=(0,)), case(INT(5)),
      ref=lambda a: np.maximum(a, 0).astype(a.dtype))
for _name, _fn in (("floor", np.floor), ("ceil", np.ceil), ("trunc", np.trunc)):
    cases(_name, case(F(2, 3), grad=(0,)), case(A([-1.5, -0.5, 0.5, 2.])), case(INT(4)),
          ref=lambda a, fn=_fn: fn(a) if a.dtype.kind == "f" else a)
cases("frac", case(F(2, 3), grad=(0,)), case(A([-1.5, 2.25, 3.])),
      ref=lambda a: a - np.trunc(a))
cases("round",
      case(A([0.5, 1.5, 2.5, -0.5, 2.567])),
      case(F(2, 3), grad=(0,)),
      case(A([0.23, 1.56, -2.567]), decimals=1,
           ref=lambda a, decimals: np.round(a, decimals), grad=(0,)),
      case(INT(4)),
      ref=np.round)


# ------------------------------------------------------- clamp, select, binary
def _clamp(a, min=None, max=None):
    out = a
    if min is not None:
        out = np.maximum(out, min)
    if max is not None:
        out = np.minimum(out, max)
    return out


cases("clamp_min", case(F(2, 3), 0.25, ref=lambda a, m: _clamp(a, f32(m)), grad=(0,)),
      case(F(2, 3), A([0.1, 0.5, -1.0]), grad=(0, 1), ref=lambda a, m: np.maximum(a, m)),
      case(INT(6), -1, ref=lambda a, m: np.maximum(a, m)))
cases("clamp_max", case(F(2, 3), 0.25, ref=lambda a, m: _clamp(a, max=f32(m)), grad=(0,)),
      case(F(2, 3), A([0.1, 0.5, -1.0]), grad=(0, 1), ref=lambda a, m: np.minimum(a, m)))
cases("clamp",
      case(F(2, 3), min=-0.5, max=0.5, ref=lambda a, min, max: _clamp(a, f32(min), f32(max)),
           grad=(0,)),
      case(F(2, 3), min=0.25, ref=lambda a, min: _clamp(a, f32(min)), grad=(0,)),
      case(F(2, 3), max=0.25, ref=lambda a, max: _clamp(a, max=f32(max)), grad=(0,)),
      case(F(2, 3), A(-0.5), A([0.1, 0.5, 1.0]), grad=(0, 1, 2)),
      case(INT(6), min=-2, max=3, ref=lambda a, min, max: _clamp(a, min, max)),
      case(A([1, 5], i64), min=2.5, ref=lambda a, min: _clamp(a.astype(f32), f32(min))),
      ref=_clamp)
_TIES = (A([[1., 2., 3.], [3., 2., 1.]]), A([2., 2., 2.]))
# At a tie PyTorch splits the gradient evenly, which is what central differences
# see; the gradient itself jumps there, so it has no derivative to check.
_AT_TIES = {"grad": (0, 1), "second_order": False}
_AT_TIES_ONE = {"grad": (0,), "second_order": False}
cases("maximum",
      case(F(2, 3), F(3), grad=(0, 1)), case(F(4, 1), F(1, 5), grad=(0, 1)),
      case(*_TIES, **_AT_TIES), case(INT(2, 3), INT(3)),
      ref=np.maximum)
cases("minimum",
      case(F(2, 3), F(3), grad=(0, 1)), case(F(4, 1), F(1, 5), grad=(0, 1)),
      case(*_TIES, **_AT_TIES), case(INT(2, 3), INT(3)),
      ref=np.minimum)
cases("where",
      case(B(2, 3), F(2, 3), F(3), grad=(1, 2)),
      case(B(3, 1), F(1, 4), F(3, 4), grad=(1, 2)),
      case(B(2, 3), F(2, 3), 0.0, ref=lambda c, a, b: np.where(c, a, f32(b)), grad=(1,)),
      case(B(4), INT(4), INT(4)),
      ref=np.where)
cases("lerp",
      case(F(2, 3), F(3), 0.25, ref=lambda a, b, w: a + f32(w) * (b - a), grad=(0, 1)),
      case(F(2, 3), F(2, 3), F(3), grad=(0, 1, 2)),
      ref=lambda a, b, w: a + w * (b - a))
cases("addcmul",
      case(F(2, 3), F(3), F(2, 1), value=0.5, grad=(0, 1, 2)),
      case(F(4), F(4), F(4), grad=(0, 1, 2)),
      case(INT(3), INT(3), INT(3), value=2, ref=lambda a, b, c, value: a + value * b * c),
      ref=lambda a, b, c, value=1: (a.astype(np.float64) + value * b.astype(np.float64)
                                    * c.astype(np.float64)).astype(f32), tol=(1e-6, 1e-6))
cases("addcdiv",
      case(F(2, 3), F(3), AW(2, 1), value=-0.5, grad=(0, 1, 2)),
      case(F(4), F(4), AW(4), grad=(0, 1, 2)),
      ref=lambda a, b, c, value=1: (a.astype(np.float64) + value * b.astype(np.float64)
                                    / c.astype(np.float64)).astype(f32), tol=(1e-6, 1e-6))
cases("atan2",
      case(F(2, 3), AW(3), grad=(0, 1)), case(F(4, 1), AW(1, 5), grad=(0, 1)),
      case(INT(3), INT(3, lo=1), ref=lambda a, b: np.arctan2(a.astype(f32), b.astype(f32))),
      ref=np.arctan2)


# ================================================================== compare
for _name, _fn in (("eq", np.equal), ("ne", np.not_equal), ("lt", np.less),
                   ("le", np.less_equal), ("gt", np.greater), ("ge", np.greater_equal)):
    cases(_name,
          case(*_TIES), case(F(4, 1), F(1, 5)),
          case(INT(2, 3, lo=0, hi=3), 1), case(INT(3, lo=0, hi=3), A([1., 1.5, 2.])),
          case(A([1., np.nan, 2.]), A([1., np.nan, 3.])),
          ref=lambda a, b, fn=_fn: fn(a, b))
_SPECIAL = A([1., np.nan, np.inf, -np.inf, -0.])
cases("isnan", case(_SPECIAL), case(INT(3)), ref=np.isnan)
cases("isinf", case(_SPECIAL), case(INT(3)), ref=np.isinf)
cases("isfinite", case(_SPECIAL), case(INT(3)), ref=np.isfinite)
cases("allclose",
      case(A([1., 2.]), A([1., 2.000001])), case(A([1., 2.]), A([1., 2.1])),
      case(A([1., 2.]), A([1.05, 2.]), atol=0.1, ref=lambda a, b, atol: True),
      case(A([np.nan]), A([np.nan]), equal_nan=True, ref=lambda a, b, equal_nan: True),
      case(INT(3, lo=0), INT(3, lo=0) * 0 + 1, ref=lambda a, b: bool(np.allclose(a, b))),
      ref=lambda a, b: bool(np.allclose(a, b, rtol=1e-5, atol=1e-8)))
cases("isclose",
      case(A([1., 2., np.nan]), A([1., 2.1, np.nan])),
      case(A([1., 2., np.nan]), A([1.05, 2., np.nan]), atol=0.1, equal_nan=True,
           ref=lambda a, b, atol, equal_nan: np.isclose(a, b, atol=atol, equal_nan=True)),
      ref=lambda a, b: np.isclose(a, b))
cases("equal",
      case(A([1, 2], i64), A([1, 2], i64), ref=lambda a, b: True),
      case(A([1, 2], i64), A([1, 3], i64), ref=lambda a, b: False),
      case(A([1, 2], i64), A([1, 2, 3], i64), ref=lambda a, b: False),
      case(A([1., 2.]), A([1, 2], i64), ref=lambda a, b: True))
for _name, _fn in (("bitwise_and", np.bitwise_and), ("bitwise_or", np.bitwise_or),
                   ("bitwise_xor", np.bitwise_xor)):
    cases(_name, case(INT(2, 3), INT(3)), case(B(4), B(4)), case(INT(3, dtype=u8, lo=0, hi=255), 15),
          case(INT(3, dtype=i32), A(6, i64)),
          ref=lambda a, b, fn=_fn: fn(a, b).astype(a.dtype))
cases("bitwise_not", case(INT(2, 3)), case(B(4)), case(INT(3, dtype=u8, lo=0, hi=255)),
      ref=np.invert)
for _name, _fn in (("logical_and", np.logical_and), ("logical_or", np.logical_or),
                   ("logical_xor", np.logical_xor)):
    cases(_name, case(INT(2, 3, lo=0, hi=2), INT(3, lo=0, hi=2)), case(B(4), B(4)),
          case(A([0., 0.5, 2.]), A([1., 0., 0.])), ref=_fn)
cases("logical_not", case(INT(2, 3, lo=0, hi=2)), case(B(4)), case(A([0., 0.5, -1.])),
      ref=np.logical_not)


# ================================================================= creation
cases("tensor",
      case([[1., 2.], [3., 4.]], ref=lambda d: A(d)),
      case([1, 2, 3], ref=lambda d: A(d, i64)),
      case([True, False], ref=lambda d: A(d, bool)),
      case([1, 2.5], ref=lambda d: A(d)),
      case(3.5, ref=lambda d: A(d)),
      case([[1, 2]], dtype=DT("float64"), ref=lambda d, dtype: A(d, f64)),
      case(Raw(A([1, 2], i32)), ref=lambda d: d),
      case([], ref=lambda d: A(d)))
cases("as_tensor",
      case([1, 2, 3], ref=lambda d: A(d, i64)),
      case(Raw(A([1.5, 2.], f64)), ref=lambda d: d),
      case([1, 2], dtype=DT("float16"), ref=lambda d, dtype: A(d, f16)))
cases("from_numpy", case(Raw(A([[1, 2]], i32)), ref=lambda d: d),
      case(Raw(A([1.5, 2.], f64)), ref=lambda d: d), cpu_only=True)
for _name, _fill in (("zeros", 0), ("ones", 1)):
    cases(_name,
          case(2, 3, device=DEV, ref=lambda *s, device, v=_fill: np.full(s, v, f32)),
          case((2,), dtype=DT("int64"), device=DEV,
               ref=lambda s, dtype, device, v=_fill: np.full(s, v, i64)),
          case([], device=DEV, ref=lambda s, device, v=_fill: np.full((), v, f32)))
cases("empty", case(2, 3, device=DEV, check=shape_check((2, 3), f32)),
      case((4,), dtype=DT("int32"), device=DEV, check=shape_check((4,), i32)))
cases("full",
      case((2, 2), 7., device=DEV, ref=lambda s, v, device: np.full(s, v, f32)),
      case((3,), 7, device=DEV, ref=lambda s, v, device: np.full(s, v, i64)),
      case((2,), True, device=DEV, ref=lambda s, v, device: np.full(s, v, bool)),
      case((2,), 1, dtype=DT("float64"), device=DEV,
           ref=lambda s, v, dtype, device: np.full(s, v, f64)))
cases("zeros_like", case(F(2, 3)), case(INT(4)), case(F(3), dtype=DT("int64"),
                                                  ref=lambda a, dtype: np.zeros(3, i64)),
      ref=np.zeros_like)
cases("ones_like", case(F(2, 3)), case(INT(4)), case(B(2)), ref=np.ones_like)
cases("empty_like", case(F(2, 3), check=shape_check((2, 3), f32)),
      case(INT(4), check=shape_check((4,), i64)))
cases("full_like", case(F(2, 3), 7, ref=lambda a, v: np.full_like(a, v)),
      case(INT(4), 2, ref=lambda a, v: np.full_like(a, v)),
      case(INT(2), 2.5, dtype=DT("float32"), ref=lambda a, v, dtype: np.full(2, v, f32)))
cases("eye",
      case(3, device=DEV, ref=lambda n, device: np.eye(n, dtype=f32)),
      case(2, 3, device=DEV, ref=lambda n, m, device: np.eye(n, m, dtype=f32)),
      case(2, dtype=DT("int64"), device=DEV, ref=lambda n, dtype, device: np.eye(n, dtype=i64)))
cases("arange",
      case(5, device=DEV, ref=lambda n, device: np.arange(n)),
      case(1, 10, 3, device=DEV, ref=lambda a, b, s, device: np.arange(a, b, s)),
      case(0, 1, 0.25, device=DEV, ref=lambda a, b, s, device: np.arange(a, b, s, dtype=f32)),
      case(1., 4., device=DEV, ref=lambda a, b, device: np.arange(a, b, dtype=f32)),
      case(5, 0, -2, device=DEV, ref=lambda a, b, s, device: np.arange(a, b, s)),
      case(4, dtype=DT("float64"), device=DEV, ref=lambda n, dtype, device: np.arange(n, dtype=f64)))
cases("linspace",
      case(0, 1, 5, device=DEV, ref=lambda a, b, n, device: np.linspace(a, b, n, dtype=f32)),
      case(-1., 1., 4, dtype=DT("float64"), device=DEV,
           ref=lambda a, b, n, dtype, device: np.linspace(a, b, n)))
cases("logspace",
      case(0, 2, 3, device=DEV, ref=lambda a, b, n, device: np.logspace(a, b, n, dtype=f32)),
      case(0, 3, 4, 2, device=DEV,
           ref=lambda a, b, n, base, device: np.logspace(a, b, n, base=base, dtype=f32)))
cases("rand", case(2, 3, device=DEV, check=random_check((2, 3), f32, 0, 1)),
      case((4,), dtype=DT("float64"), device=DEV, check=random_check((4,), f64, 0, 1)))
cases("randn", case(2, 3, device=DEV, check=random_check((2, 3), f32)),
      case((4,), dtype=DT("float64"), device=DEV, check=random_check((4,), f64)))
cases("rand_like", case(F(2, 3), check=random_check((2, 3), f32, 0, 1)),
      case(F(3, dtype=f64), check=random_check((3,), f64, 0, 1)))
cases("randn_like", case(F(2, 3), check=random_check((2, 3), f32)))
cases("randint", case(0, 10, (3,), device=DEV, check=random_check((3,), i64, 0, 10)),
      case(5, (2, 2), device=DEV, check=random_check((2, 2), i64, 0, 5)),
      case(-3, 3, (4,), dtype=DT("int32"), device=DEV, check=random_check((4,), i32, -3, 3)))
cases("randint_like", case(F(3), 5, check=random_check((3,), f32, 0, 5)),
      case(INT(2, 2), 2, 4, check=random_check((2, 2), i64, 2, 4)))


def _permutation_check(n):
    def check(result, *args, **kwargs):
        assert result.dtype.np == np.dtype(i64)
        assert sorted(np.asarray(result).tolist()) == list(range(n))

    return check


cases("randperm", case(5, device=DEV, check=_permutation_check(5)),
      case(1, device=DEV, check=_permutation_check(1)))

# The values themselves are pinned bit for bit by test_random_golden.py.
_INF = math.inf
cases("normal", case(F(3), P(3), check=random_check((3,), f32)),
      case(0., 1., (2, 2), check=random_check((2, 2), f32)),
      case(F(4), 0.5, check=random_check((4,), f32)),
      case(1.0, P(2, dtype=f64), check=random_check((2,), f64)), cpu_only=True)
cases("normal_", case(F(20), 2., 0.5, check=random_check((20,), f32)), cpu_only=True)
cases("uniform_", case(F(2, 3), -1., 1., check=random_check((2, 3), f32, -1, 1)),
      cpu_only=True)
cases("random_", case(INT(4), 0, 5, check=random_check((4,), i64, 0, 5)),
      case(INT(4), 3, check=random_check((4,), i64, 0, 3)),
      case(INT(4, dtype=np.dtype(np.int8)), check=random_check((4,), np.int8, 0, 128)),
      cpu_only=True)
cases("exponential_", case(F(4), check=random_check((4,), f32, 0, _INF)), cpu_only=True)
cases("geometric_", case(F(4), 0.5, check=random_check((4,), f32, 1, _INF)), cpu_only=True)
cases("cauchy_", case(F(4, dtype=f64), check=random_check((4,), f64)), cpu_only=True)
cases("log_normal_", case(F(4), check=random_check((4,), f32, 0, _INF)), cpu_only=True)
cases("bernoulli_", case(F(4), 0.5, check=random_check((4,), f32, 0, 2)),
      case(F(3, dtype=f64), P(3, lo=0., hi=1., dtype=f64), check=random_check((3,), f64, 0, 2)),
      cpu_only=True)
cases("bernoulli", case(P(4, lo=0., hi=1.), check=random_check((4,), f32, 0, 2)),
      case(F(3), 0.25, check=random_check((3,), f32, 0, 2)), cpu_only=True)
cases("multinomial", case(P(5), 3, check=random_check((3,), i64, 0, 5)),
      case(P(2, 4), 6, replacement=True, check=random_check((2, 6), i64, 0, 4)), cpu_only=True)
cases("poisson", case(P(4), check=random_check((4,), f32, 0, _INF)), cpu_only=True)
cases("gumbel_softmax", case(F(2, 5), check=random_check((2, 5), f32, 0, 1.0001)),
      case(F(3, 4, dtype=f64), 0.5, hard=True, dim=0, check=random_check((3, 4), f64, 0, 1.0001)),
      cpu_only=True)
cases("dropout1d", case(F(2, 3, 4), 0.5, check=random_check((2, 3, 4), f32)),
      case(F(3, 4), 0.2, training=False, ref=lambda a, p, training: a), cpu_only=True)
cases("dropout2d", case(F(2, 3, 2, 2), 0.5, check=random_check((2, 3, 2, 2), f32)),
      case(F(1, 2, 2, 2), 0.2, training=False, ref=lambda a, p, training: a), cpu_only=True)
cases("dropout3d", case(F(1, 2, 1, 2, 2), 0.5, check=random_check((1, 2, 1, 2, 2), f32)),
      cpu_only=True)
cases("alpha_dropout", case(F(10), 0.5, True, check=random_check((10,), f32)),
      case(F(2, 3), 0.2, ref=lambda a, p: a), cpu_only=True)
cases("feature_alpha_dropout", case(F(2, 3, 4), 0.5, True, check=random_check((2, 3, 4), f32)),
      case(F(2, 3), 0.2, ref=lambda a, p: a), cpu_only=True)
cases("dropout", case(F(10), 0.5, check=random_check((10,), f32)),
      case(F(2, 3), 0.2, training=False, ref=lambda a, p, training: a), cpu_only=True)


# ================================================================== convert
# Conversions to float32/float16 round the perturbation of a float64 input, so
# their gradients are checked with a large step (the function is linear).
_LOSSY = {"eps": 0.25, "grad_atol": 1e-2}
cases("to",
      case(F(2, 3), DT("float64"), ref=lambda a, d: a.astype(f64), grad=(0,)),
      case(F(2, 3), DT("float32"), ref=lambda a, d: a.astype(f32), grad=(0,), **_LOSSY),
      case(F(3), dtype=DT("int64"), ref=lambda a, dtype: a.astype(i64)),
      case(INT(3), DEV, ref=lambda a, d: a),
      case(INT(3), DEV, DT("float16"), ref=lambda a, dev, d: a.astype(f16)))
for _name, _dtype in (("float", f32), ("double", f64), ("half", f16), ("int", i32),
                      ("long", i64), ("short", np.int16), ("char", np.int8), ("byte", u8),
                      ("bool", bool)):
    _grad = dict(grad=(0,), **(_LOSSY if _dtype in (f32, f16) else {})) \
        if _dtype in (f32, f64, f16) else {}
    # Negative floats to uint8 are undefined in C (NumPy wraps, CUDA clamps): positive ones.
    cases(_name, case((P if _dtype is u8 else F)(2, 3), **_grad), case(INT(4, lo=0)),
          ref=lambda a, d=_dtype: a.astype(d))
cases("type",
      case(F(3), ref=lambda a: "torch.FloatTensor", cpu_only=True),
      case(INT(3), ref=lambda a: "torch.LongTensor", cpu_only=True),
      case(F(3), DT("float64"), ref=lambda a, d: a.astype(f64), grad=(0,)),
      case(F(3), "torch.IntTensor", ref=lambda a, d: a.astype(i32), cpu_only=True))
cases("cpu", case(F(2, 3), grad=(0,)), case(INT(3)), ref=lambda a: a)
cases("cuda", case(F(2, 3), grad=(0,), cuda=True), case(INT(3), cuda=True), ref=lambda a: a)
cases("item", case(A([2.5]), ref=lambda a: 2.5), case(A(7, i64), ref=lambda a: 7),
      case(A([[True]], bool), ref=lambda a: True))
cases("tolist", case(A([[1, 2], [3, 4]], i64)), case(A([1.5, 2.])), case(A(3, i64)),
      case(B(3)), ref=lambda a: a.tolist())
cases("numpy", case(F(2, 3)), case(INT(3)), ref=lambda a: a, cpu_only=True)
cases("numel", case(F(2, 3), ref=lambda a: 6), case(F(), ref=lambda a: 1),
      case(F(0, 3), ref=lambda a: 0))
cases("dim", case(F(2, 3), ref=lambda a: 2), case(F(), ref=lambda a: 0))
cases("size", case(F(2, 3), ref=lambda a: (2, 3)), case(F(2, 3), 1, ref=lambda a, d: 3),
      case(F(2, 3), -2, ref=lambda a, d: 2), case(F(), ref=lambda a: ()))
cases("element_size", case(F(2), ref=lambda a: 4), case(INT(2), ref=lambda a: 8),
      case(B(2), ref=lambda a: 1), case(F(2, dtype=f16), ref=lambda a: 2))
cases("stride", case(F(2, 3), ref=lambda a: (3, 1)), case(F(2, 3, 4), 1, ref=lambda a, d: 4),
      case(F(2, 3), -1, ref=lambda a, d: 1), case(F(), ref=lambda a: ()))
cases("is_contiguous", case(F(2, 3), ref=lambda a: True), case(F(), ref=lambda a: True))
cases("storage_offset", case(F(2, 3), ref=lambda a: 0))
cases("is_floating_point", case(F(2), ref=lambda a: True), case(INT(2), ref=lambda a: False),
      case(F(2, dtype=f64), ref=lambda a: True))
cases("is_tensor", case(F(2), ref=lambda a: True), case(Raw(3), ref=lambda a: False),
      case(Raw([1.]), ref=lambda a: False))
# In place on a fresh non-leaf (x * 1), so that the gradient reaches x.
_ON_COPY = {"call": lambda impl, x, *rest: impl(x * 1, *rest)}
cases("zero_", case(F(2, 3), grad=(0,), **_ON_COPY), case(INT(3)),
      ref=lambda a: np.zeros_like(a))
cases("fill_",
      case(F(2, 3), 7, ref=lambda a, v: np.full_like(a, v), grad=(0,), **_ON_COPY),
      case(INT(3), 2.7, ref=lambda a, v: np.full_like(a, 2)),
      case(F(2, 3), A(1.5), ref=lambda a, v: np.full_like(a, v), grad=(0, 1), **_ON_COPY))
cases("copy_",
      case(F(2, 3), F(3), ref=lambda a, b: np.broadcast_to(b, a.shape).astype(a.dtype),
           grad=(0, 1), **_ON_COPY),
      case(F(2, 3), INT(2, 3), ref=lambda a, b: b.astype(a.dtype)),
      case(INT(3), F(3, dtype=f64), ref=lambda a, b: b.astype(a.dtype)))


# ==================================================================== shape
# In grad, a tuple is a path into a list argument: (0, 1) is args[0][1].
def _paths(count, position=0):
    return tuple((position, i) for i in range(count))


cases("view",
      case(F(2, 3), 3, 2, ref=lambda a, *s: a.reshape(s), grad=(0,)),
      case(F(2, 3), -1, ref=lambda a, s: a.reshape(s), grad=(0,)),
      case(F(6), (2, 3), ref=lambda a, s: a.reshape(s)),
      case(INT(4), 2, 2, ref=lambda a, *s: a.reshape(s)))
cases("view_as", case(F(6), F(2, 3), grad=(0,)), case(INT(4), INT(2, 2)),
      ref=lambda a, b: a.reshape(b.shape))
cases("reshape",
      case(F(2, 3), 3, 2, ref=lambda a, *s: a.reshape(s), grad=(0,)),
      case(F(2, 3), (-1,), ref=lambda a, s: a.reshape(s), grad=(0,)),
      case(F(2, 3), 1, -1, call=lambda impl, x, *s: impl(x.t(), *s),
           ref=lambda a, *s: a.T.reshape(s), grad=(0,)),
      case(F(), (1, 1), ref=lambda a, s: a.reshape(s), grad=(0,)),
      case(INT(6), (2, 3), ref=lambda a, s: a.reshape(s)))
cases("reshape_as", case(F(2, 3), F(3, 2), grad=(0,)), case(INT(4), INT(2, 2)),
      ref=lambda a, b: a.reshape(b.shape))
cases("flatten",
      case(F(2, 3, 2), ref=lambda a: a.reshape(-1), grad=(0,)),
      case(F(2, 3, 2), 1, ref=lambda a, s: a.reshape(2, 6), grad=(0,)),
      case(F(2, 3, 2), 0, -2, ref=lambda a, s, e: a.reshape(6, 2)),
      case(F(), ref=lambda a: a.reshape(1)),
      case(INT(2, 2), ref=lambda a: a.reshape(-1)))
cases("squeeze",
      case(F(2, 1, 3), ref=lambda a: a.squeeze(), grad=(0,)),
      case(F(2, 1, 3), 1, ref=lambda a, d: a.squeeze(d), grad=(0,)),
      case(F(2, 1, 3), 0, ref=lambda a, d: a),
      case(F(1, 2, 1), -1, ref=lambda a, d: a.squeeze(d)),
      case(INT(1, 3), ref=lambda a: a.squeeze()))
cases("unsqueeze",
      case(F(2, 3), 0, grad=(0,)), case(F(2, 3), -1, grad=(0,)), case(F(), 0), case(INT(3), 1),
      ref=np.expand_dims)
cases("transpose",
      case(F(2, 3, 2), 0, 2, grad=(0,)), case(F(2, 3), -1, -2, grad=(0,)), case(INT(2, 3), 0, 1),
      ref=lambda a, i, j: np.swapaxes(a, i, j))
cases("t", case(F(2, 3), grad=(0,)), case(F(3), grad=(0,)), case(INT(2, 3)),
      ref=lambda a: a.T)
cases("permute",
      case(F(2, 3, 2), (2, 0, 1), ref=lambda a, d: a.transpose(d), grad=(0,)),
      case(F(2, 3, 2), 1, 0, -1, ref=lambda a, *d: a.transpose(d), grad=(0,)),
      case(INT(2, 3), (1, 0), ref=lambda a, d: a.transpose(d)))
cases("expand",
      case(F(3), 2, 3, ref=lambda a, *s: np.broadcast_to(a, s), grad=(0,)),
      case(F(2, 1), -1, 4, ref=lambda a, *s: np.broadcast_to(a, (2, 4)), grad=(0,)),
      case(F(), (3,), ref=lambda a, s: np.broadcast_to(a, s), grad=(0,)),
      case(INT(2, 1), (2, 2), ref=lambda a, s: np.broadcast_to(a, s)))
cases("expand_as", case(F(3, 1), F(3, 4), grad=(0,)), case(INT(1), INT(2)),
      ref=lambda a, b: np.broadcast_to(a, b.shape))
cases("repeat",
      case(F(2, 3), 2, 1, ref=lambda a, *r: np.tile(a, r), grad=(0,)),
      case(F(3), 2, 2, ref=lambda a, *r: np.tile(a, r), grad=(0,)),
      case(INT(2), (3,), ref=lambda a, r: np.tile(a, r)))
cases("cat",
      case([F(2, 3), F(1, 3)], grad=_paths(2)),
      case([F(2, 3), F(2, 2)], 1, grad=_paths(2)),
      case([F(2, 2), F(2, 2), F(2, 2)], -1, grad=_paths(3)),
      case([INT(2), INT(3)]),
      case([F(2), INT(2)], ref=lambda ts: np.concatenate([ts[0], ts[1].astype(f32)])),
      ref=lambda ts, dim=0: np.concatenate(ts, dim))
cases("stack",
      case([F(2, 3), F(2, 3)], grad=_paths(2)),
      case([F(2), F(2), F(2)], -1, grad=_paths(3)),
      case([F(), F()], grad=_paths(2)),
      case([INT(2), INT(2)], 1),
      ref=lambda ts, dim=0: np.stack(ts, dim))
cases("split",
      case(F(5, 2), 2, ref=lambda a, s: tuple(np.split(a, [2, 4])), grad=(0,)),
      case(F(5, 2), [1, 4], ref=lambda a, s: tuple(np.split(a, [1])), grad=(0,)),
      case(F(2, 5), 3, dim=1, ref=lambda a, s, dim: tuple(np.split(a, [3], 1)), grad=(0,)),
      case(INT(4), 2, ref=lambda a, s: tuple(np.split(a, [2]))))
cases("chunk",
      case(F(6, 2), 3, ref=lambda a, n: tuple(np.split(a, 3)), grad=(0,)),
      case(F(5), 2, ref=lambda a, n: tuple(np.split(a, [3])), grad=(0,)),
      case(F(2, 4), 2, 1, ref=lambda a, n, d: tuple(np.split(a, 2, 1)), grad=(0,)),
      case(INT(4), 4, ref=lambda a, n: tuple(np.split(a, 4))))
cases("unbind",
      case(F(2, 3), grad=(0,)), case(F(2, 3), 1, grad=(0,)), case(INT(3, 2), -1),
      ref=lambda a, dim=0: tuple(np.moveaxis(a, dim, 0)))
cases("narrow",
      case(F(4, 3), 0, 1, 2, grad=(0,)), case(F(4, 3), -1, 0, 2, grad=(0,)),
      case(F(4, 3), 1, -2, 2, grad=(0,)), case(INT(5), 0, 2, 3),
      ref=lambda a, d, s, n: np.take(a, range(s % a.shape[d], s % a.shape[d] + n), axis=d))
cases("flip",
      case(F(2, 3), 0, ref=lambda a, d: np.flip(a, d), grad=(0,)),
      case(F(2, 3), (0, 1), ref=lambda a, d: np.flip(a, d), grad=(0,)),
      case(F(2, 3), [-1], ref=lambda a, d: np.flip(a, d), grad=(0,)),
      case(INT(4), 0, ref=lambda a, d: np.flip(a, d)))
cases("roll",
      case(F(5), 2, grad=(0,)), case(F(2, 3), 1, 1, grad=(0,)),
      case(F(2, 3), (1, -1), (0, 1), grad=(0,)), case(F(2, 3), -4, grad=(0,)), case(INT(4), 1),
      ref=lambda a, s, d=None: np.roll(a, s, d))
cases("contiguous",
      case(F(2, 3), grad=(0,)),
      case(F(2, 3), call=lambda impl, x: impl(x.t()), ref=lambda a: a.T, grad=(0,)),
      case(INT(3)),
      ref=lambda a: a)
cases("clone", case(F(2, 3), grad=(0,)), case(F(), grad=(0,)), case(INT(3)), case(B(2)),
      ref=lambda a: a)


# ================================================================== indexing
_X = F(3, 4)
cases("__getitem__",
      case(_X, 1, grad=(0,)),
      case(_X, (slice(None), 1), grad=(0,)),
      case(_X, (Ellipsis, slice(None, None, 2)), grad=(0,)),
      case(_X, None, grad=(0,)),
      case(_X, (-1, slice(1, None)), grad=(0,)),
      case(_X, (1, 2), grad=(0,)),
      case(_X, _X > 0, grad=(0,)),
      case(_X, A([0, 2, 0], i64), grad=(0,)),
      case(_X, [0, 2], grad=(0,)),
      case(_X, (1, [0, 2, 3]), grad=(0,)),
      case(_X, (A([0, 1], i64), A([3, 3], i64)), grad=(0,)),
      case(INT(3, 4), (slice(None, 2), A([True, False, True, True], bool))),
      ref=lambda a, key: a[key])


# ================================================================ reductions
def _sum_dtype(a):
    return i64 if a.dtype.kind in "iub" else a.dtype


cases("sum",
      case(F(2, 3), grad=(0,)), case(F(2, 3), 1, grad=(0,)),
      case(F(2, 3), (0, 1), keepdim=True, grad=(0,)), case(F(2, 3), -1, True, grad=(0,)),
      case(F(), grad=(0,)), case(INT(2, 3)), case(B(4)), case(INT(3, dtype=i32), 0),
      case(F(2, 3), 0, dtype=DT("float64"), ref=lambda a, d, dtype: a.astype(f64).sum(d)),
      ref=lambda a, dim=None, keepdim=False: np.sum(a, dim, keepdims=keepdim).astype(
          _sum_dtype(a)))
cases("mean",
      case(F(2, 3), grad=(0,)), case(F(2, 3), 1, grad=(0,)),
      case(F(2, 3), (0, 1), keepdim=True, grad=(0,)), case(F(2, 3), -2, True, grad=(0,)),
      case(F(3, dtype=f64)),
      case(INT(4), dtype=DT("float32"), ref=lambda a, dtype: np.mean(a.astype(f32))),
      ref=lambda a, dim=None, keepdim=False: np.mean(a, dim, keepdims=keepdim))
_ZEROS = A([[1.5, 0., 2.], [0., -1., 0.]])  # one zero, and two in a row of the product
cases("prod",
      case(F(2, 3), grad=(0,)), case(F(2, 3), 1, grad=(0,)), case(F(2, 3), 0, True, grad=(0,)),
      case(_ZEROS, grad=(0,)), case(_ZEROS, 1, grad=(0,)), case(_ZEROS, 0, grad=(0,)),
      case(INT(4, lo=1)), case(B(3)),
      ref=lambda a, dim=None, keepdim=False: np.prod(a, dim, keepdims=keepdim).astype(
          _sum_dtype(a)))
for _name, _fn in (("var", np.var), ("std", np.std)):
    cases(_name,
          case(F(2, 3), grad=(0,)), case(F(2, 3), 1, grad=(0,)),
          case(F(2, 3), 0, keepdim=True, grad=(0,)),
          case(F(2, 3), 1, correction=0, ref=lambda a, d, correction, fn=_fn: fn(a, d)),
          case(F(2, 3), unbiased=False, ref=lambda a, unbiased, fn=_fn: fn(a), grad=(0,)),
          case(F(2, 3), (0, 1), grad=(0,)),
          ref=lambda a, dim=None, keepdim=False, fn=_fn: fn(a, dim, ddof=1, keepdims=keepdim))
cases("norm",
      case(F(2, 3), ref=lambda a: np.linalg.norm(a.reshape(-1)), grad=(0,)),
      case(AW(2, 3), 1, ref=lambda a, p: np.abs(a).sum(), grad=(0,)),
      case(AW(6), float("inf"), ref=lambda a, p: np.abs(a).max(), grad=(0,)),
      case(F(2, 3), 2, 1, ref=lambda a, p, d: np.sqrt((a * a).sum(d)), grad=(0,)),
      case(AW(2, 3), 3, ref=lambda a, p: (np.abs(a) ** 3).sum() ** f32(1 / 3), grad=(0,)),
      case(F(2, 3), dim=0, keepdim=True,
           ref=lambda a, dim, keepdim: np.sqrt((a * a).sum(0, keepdims=True)), grad=(0,)))
cases("logsumexp",
      case(F(2, 3), 1, grad=(0,)), case(F(2, 3), (0, 1), grad=(0,)),
      case(F(2, 3), 0, True, grad=(0,)), case(A([[1000., 1000.], [-1000., 0.]]), 1),
      ref=lambda a, d, keepdim=False: np.log(np.sum(np.exp(
          a - np.max(a, d, keepdims=True)), d, keepdims=keepdim)) + (
          np.max(a, d, keepdims=keepdim)))
cases("cumsum",
      case(F(2, 3), 1, grad=(0,)), case(F(2, 3), -2, grad=(0,)), case(INT(4), 0),
      case(INT(3, dtype=i32), 0, ref=lambda a, d: np.cumsum(a, d).astype(i64)),
      case(F(2, 3), 0, dtype=DT("float64"), ref=lambda a, d, dtype: np.cumsum(a.astype(f64), d)),
      ref=np.cumsum)
cases("cumprod",
      case(F(2, 3), 1, grad=(0,)), case(F(2, 3), 0, grad=(0,)), case(_ZEROS, 1, grad=(0,)),
      case(INT(4, lo=1, hi=4), 0),
      ref=np.cumprod)
for _name, _fn in (("all", np.all), ("any", np.any)):
    cases(_name, case(B(2, 3)), case(B(2, 3), 1), case(B(2, 3), 0, True), case(INT(3, lo=0, hi=2)),
          case(A([0.5, 0., 2.])), case(np.ones((2, 2), bool)),
          ref=lambda a, dim=None, keepdim=False, fn=_fn: np.asarray(fn(a, dim, keepdims=keepdim)))


# ---------------------------------------------------------- max, min, sort
def _pair(values, indices):
    return {"values": values, "indices": indices.astype(i64)}


# Equal largest elements share the gradient (0.5 each), as central differences see it.
_TIED = A([[1., 3., 3.], [0.5, -1., 2.]])
for _name, _pick, _arg in (("max", np.max, np.argmax), ("min", np.min, np.argmin)):
    cases(_name,
          case(F(2, 3), grad=(0,)), case(_TIED if _name == "max" else -_TIED, **_AT_TIES_ONE),
          case(F(2, 3), 1, grad=(0,)), case(F(2, 3), 0, True, grad=(0,)),
          case(F(2, 3), -1, keepdim=False, grad=(0,)),
          case(F(2, 3), F(3), grad=(0, 1), ref=np.maximum if _name == "max" else np.minimum),
          case(INT(2, 3), 1), case(INT(2, 3)),
          ref=lambda a, dim=None, keepdim=False, pick=_pick, arg=_arg: pick(a) if dim is None
          else _pair(pick(a, dim, keepdims=keepdim),
                     np.expand_dims(arg(a, dim), dim) if keepdim else arg(a, dim)))
for _name, _pick in (("amax", np.max), ("amin", np.min)):
    cases(_name,
          case(F(2, 3), 1, grad=(0,)), case(F(2, 3), (0, 1), grad=(0,)),
          case(F(2, 3), grad=(0,)), case(F(2, 3), 0, True, grad=(0,)),
          case(_TIED if _name == "amax" else -_TIED, 1, **_AT_TIES_ONE), case(INT(2, 3), 0),
          ref=lambda a, dim=(), keepdim=False, pick=_pick: pick(
              a, None if dim == () else dim, keepdims=keepdim))
for _name, _arg in (("argmax", np.argmax), ("argmin", np.argmin)):
    cases(_name,
          case(F(2, 3)), case(F(2, 3), 1), case(F(2, 3), 0, True), case(INT(2, 3), -1),
          case(A([1., 3., 3.])),
          ref=lambda a, dim=None, keepdim=False, arg=_arg: np.asarray(
              arg(a, dim, keepdims=keepdim)).astype(i64))


def _sort_ref(a, dim=-1, descending=False, stable=False):
    order = np.argsort(-a if descending else a, dim, kind="stable")
    return _pair(np.take_along_axis(a, order, dim), order)


cases("sort",
      case(F(2, 3), grad=(0,)), case(F(2, 3), 0, descending=True, grad=(0,)),
      case(F(4), descending=True, grad=(0,)), case(INT(2, 4)), case(A([2., 1., 2., 0.])),
      ref=_sort_ref)
cases("argsort",
      case(F(2, 3)), case(F(2, 3), 0, descending=True), case(INT(2, 4)),
      ref=lambda a, dim=-1, descending=False: _sort_ref(a, dim, descending)["indices"])
cases("topk",
      case(F(2, 4), 2, grad=(0,)), case(F(5), 3, largest=False, grad=(0,)),
      case(F(2, 4), 1, 0, grad=(0,)), case(A([3, -1, 4, 0, 5, 2], i64), 2),
      ref=lambda a, k, dim=-1, largest=True: {
          key: np.take(value, range(k), axis=dim)
          for key, value in _sort_ref(a, dim, descending=largest).items()})


def _median_ref(a, dim=None, keepdim=False):
    if dim is None:
        return np.sort(a.reshape(-1))[(a.size - 1) // 2]
    order = np.argsort(a, dim, kind="stable")
    middle = np.take(order, [(a.shape[dim] - 1) // 2], axis=dim)
    values = np.take_along_axis(a, middle, dim)
    if not keepdim:
        values, middle = values.squeeze(dim), middle.squeeze(dim)
    return _pair(values, middle)


cases("median",
      case(F(5), grad=(0,)), case(F(4), grad=(0,)), case(F(2, 3), 1, grad=(0,)),
      case(F(2, 4), 1, True, grad=(0,)), case(INT(2, 3), 0), case(INT(5)),
      ref=_median_ref)


# ============================================================ gather, masks
_INDEX = A([[0, 0], [1, 2]], i64)
cases("gather",
      case(F(2, 3), 1, _INDEX, grad=(0,)), case(F(3, 2), 0, _INDEX.T.copy(), grad=(0,)),
      case(F(2, 3), -1, A([[2], [0]], i64), grad=(0,)), case(INT(2, 3), 1, _INDEX),
      ref=lambda a, d, index: np.take_along_axis(a, index, d))
cases("index_select",
      case(F(3, 4), 0, A([0, 2, 0], i64), grad=(0,)), case(F(3, 4), 1, A([3, 1], i64), grad=(0,)),
      case(F(3), 0, A(1, i64), grad=(0,)), case(INT(3, 2), -1, A([1], i64)),
      ref=lambda a, d, index: np.take(a, index.reshape(-1), axis=d))
cases("masked_fill",
      case(F(2, 3), B(2, 3), 0.5, ref=lambda a, m, v: np.where(m, f32(v), a), grad=(0,)),
      case(F(2, 3), B(3), -1.0, ref=lambda a, m, v: np.where(m, f32(v), a), grad=(0,)),
      case(F(2, 3), A([True, False, True], bool), A(2.5), grad=(0, 2),
           ref=lambda a, m, v: np.where(m, v, a)),
      case(INT(2, 3), B(2, 3), 7, ref=lambda a, m, v: np.where(m, v, a)))
cases("masked_select",
      case(F(2, 3), A([[True, False, True], [False, False, True]], bool), grad=(0,)),
      case(F(2, 3), A([False, True, True], bool), grad=(0,)),
      case(INT(4), B(4)),
      ref=lambda a, m: np.broadcast_to(a, np.broadcast_shapes(a.shape, m.shape))[
          np.broadcast_to(m, np.broadcast_shapes(a.shape, m.shape))])
cases("take",
      case(F(2, 3), A([0, 5, 2, 2], i64), grad=(0,)), case(F(2, 3), A([[-1, 0]], i64), grad=(0,)),
      case(INT(4), A([3], i64)),
      ref=lambda a, index: np.take(a.reshape(-1), index))


# =================================================================== linalg
cases("matmul",
      case(F(2, 3), F(3, 2), grad=(0, 1)), case(F(3), F(3, 2), grad=(0, 1)),
      case(F(2, 3), F(3), grad=(0, 1)), case(F(3), F(3), grad=(0, 1)),
      case(F(2, 2, 3), F(3, 2), grad=(0, 1)), case(F(2, 1, 1, 2), F(3, 2, 2), grad=(0, 1)),
      case(INT(2, 3), INT(3, 2)),
      ref=np.matmul)
cases("mm", case(F(2, 3), F(3, 2), grad=(0, 1)), case(INT(2, 2), INT(2, 3)), ref=np.matmul)
cases("bmm", case(F(2, 2, 3), F(2, 3, 2), grad=(0, 1)), case(INT(2, 1, 2), INT(2, 2, 2)),
      ref=np.matmul)
cases("mv", case(F(2, 3), F(3), grad=(0, 1)), case(INT(2, 2), INT(2)), ref=np.matmul)
cases("dot", case(F(3), F(3), grad=(0, 1)), case(INT(4), INT(4)), ref=np.dot)
cases("outer", case(F(3), F(2), grad=(0, 1)), case(INT(2), INT(3)), ref=np.outer)
cases("trace", case(F(3, 3), grad=(0,)), case(F(2, 3), grad=(0,)),
      case(INT(3, 2), ref=lambda a: np.asarray(np.trace(a), np.int64)),
      ref=lambda a: np.asarray(np.trace(a), a.dtype))
cases("addmm",
      case(F(2, 2), F(2, 3), F(3, 2), grad=(0, 1, 2)),
      case(F(2), F(2, 3), F(3, 2), grad=(0, 1, 2)),
      case(F(2, 2), F(2, 3), F(3, 2), beta=0.5, alpha=2, grad=(0, 1, 2),
           ref=lambda c, a, b, beta, alpha: f32(beta) * c + f32(alpha) * (a @ b)),
      case(INT(2, 2), INT(2, 2), INT(2, 2)),
      ref=lambda c, a, b: c + a @ b)


def _einsum(equation, *operands):
    if len(operands) == 1 and isinstance(operands[0], (list, tuple)):
        operands = operands[0]
    return np.einsum(equation, *operands)


cases("bilinear",
      case(F(3, 2), F(3, 4), F(5, 2, 4), F(5), grad=(0, 1, 2, 3)),
      case(F(2, 3, 2), F(2, 3, 4), F(1, 2, 4), grad=(0, 1, 2)),
      ref=lambda a, b, w, bias=None: np.einsum("...i,oij,...j->...o", a, w, b)
      + (0 if bias is None else bias))
cases("einsum",
      case("ij,jk->ik", F(2, 3), F(3, 4), grad=(1, 2)),
      case("bij,bjk->bik", F(2, 2, 3), F(2, 3, 4), grad=(1, 2)),
      case("i,i->", F(3), F(3), grad=(1, 2)),
      case("i,j->ij", F(3), F(2), grad=(1, 2)),
      case("ii->", F(3, 3), grad=(1,)),
      case("ij->ji", F(2, 3), grad=(1,)),
      case("ij->", F(2, 3), grad=(1,)),
      case("ii->i", F(3, 3), grad=(1,)),
      case("bn,anm,bm->ba", F(2, 3), F(4, 3, 5), F(2, 5), grad=(1, 2, 3)),
      case("ij,jk", [F(2, 3), F(3, 2)], grad=((1, 0), (1, 1))),
      case("...ij,...jk->...ik", F(2, 2, 3), F(3, 4), grad=(1, 2)),
      case("ij,k->k", F(2, 3), F(4), grad=(1, 2)),
      case("iij,j->ij", F(2, 2, 3), F(3), grad=(1, 2)),
      case("i,i->", F(1), F(3), grad=(1, 2), ref=lambda e, a, b: np.einsum(e, a * np.ones(3, a.dtype), b)),
      case("ij,jk->ik", INT(2, 3), INT(3, 2)),
      case("ij->j", B(2, 3), ref=lambda e, a: a.sum(0)),
      ref=_einsum)


# =============================================================== functional
def _log_softmax(a, dim):
    shifted = a - a.max(dim, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(dim, keepdims=True))


cases("softmax",
      case(F(2, 3), 1, grad=(0,)), case(F(2, 3), dim=0, grad=(0,)),
      case(F(2, 3), -1, dtype=DT("float64"), ref=lambda a, d, dtype: np.exp(
          _log_softmax(a.astype(f64), d))),
      case(A([[1000., 0.], [-1000., -1000.]]), 1),
      ref=lambda a, dim: np.exp(_log_softmax(a, dim)))
cases("log_softmax",
      case(F(2, 3), 1, grad=(0,)), case(F(2, 3), dim=0, grad=(0,)),
      case(F(2, 3), -1, dtype=DT("float64"), ref=lambda a, d, dtype: _log_softmax(
          a.astype(f64), d)),
      case(A([[1000., 0.], [-1000., -1000.]]), 1),
      ref=lambda a, dim: _log_softmax(a, dim))
cases("linear",
      case(F(2, 3), F(4, 3), F(4), grad=(0, 1, 2)), case(F(3), F(2, 3), grad=(0, 1)),
      case(F(2, 2, 3), F(1, 3), bias=F(1), grad=(0, 1, "bias")),
      ref=lambda x, w, bias=None: x @ w.T + (0 if bias is None else bias))
cases("mse_loss",
      case(F(2, 3), F(2, 3), grad=(0, 1)),
      case(F(2, 3), F(2, 3), reduction="sum", grad=(0, 1)),
      case(F(2, 3), F(2, 3), reduction="none", grad=(0, 1)),
      ref=lambda x, y, reduction="mean": {"mean": np.mean, "sum": np.sum,
                                          "none": lambda d: d}[reduction]((x - y) ** 2))


def _nll(logp, target, weight=None, ignore_index=-100, reduction="mean"):
    weight = np.ones(logp.shape[1], logp.dtype) if weight is None else weight
    kept = target != ignore_index
    safe = np.where(kept, target, 0)
    w = np.where(kept, weight[safe], 0).astype(logp.dtype)
    losses = -w * logp[np.arange(len(target)), safe]
    if reduction == "none":
        return losses
    return losses.sum() / (w.sum() if reduction == "mean" else 1)


_LOGP = _log_softmax(F(3, 4), 1)
_TARGET = A([1, 0, 3], i64)
cases("nll_loss",
      case(_LOGP, _TARGET, grad=(0,)),
      # PyTorch refuses a weight that requires grad ("not differentiable with respect to
      # argument 'weight'"), so only the input is differentiated.
      case(_LOGP, _TARGET, weight=P(4), grad=(0,)),
      case(_LOGP, _TARGET, reduction="sum", grad=(0,)),
      case(_LOGP, _TARGET, reduction="none", grad=(0,)),
      case(_LOGP, A([1, -100, 3], i64), grad=(0,)),
      ref=_nll)


def _cross_entropy(x, target, weight=None, reduction="mean", label_smoothing=0.0):
    logp = _log_softmax(x, 1)
    if target.dtype.kind == "f":  # class probabilities
        w = np.ones(x.shape[1], x.dtype) if weight is None else weight
        target = target * (1 - label_smoothing) + label_smoothing / x.shape[1]
        losses = -(w * target * logp).sum(1)
        return {"mean": losses.mean(), "sum": losses.sum(), "none": losses}[reduction]
    loss = _nll(logp, target, weight, reduction=reduction)
    smooth = -logp.mean(1)
    if reduction != "none":
        smooth = smooth.mean() if reduction == "mean" else smooth.sum()
    return (1 - f32(label_smoothing)) * loss + f32(label_smoothing) * smooth


cases("cross_entropy",
      case(F(3, 4), _TARGET, grad=(0,)),
      case(F(3, 4), _TARGET, weight=P(4), grad=(0,)),
      case(F(3, 4), _TARGET, reduction="none", grad=(0,)),
      case(F(3, 4), np.exp(_LOGP), grad=(0, 1)),
      case(F(3, 4), _TARGET, label_smoothing=0.1, grad=(0,)),
      case(F(3, 4), np.exp(_LOGP), reduction="sum", label_smoothing=0.2, grad=(0, 1)),
      ref=_cross_entropy, tol=(1e-5, 1e-6))


# ============================================================ normalization
def _layer_norm_ref(x, shape, weight=None, bias=None, eps=1e-5):
    shape = (shape,) if isinstance(shape, int) else tuple(shape)
    axes = tuple(range(x.ndim - len(shape), x.ndim))
    mean = x.mean(axis=axes, keepdims=True)
    out = (x - mean) / np.sqrt(x.var(axis=axes, keepdims=True) + eps)
    out = out * weight if weight is not None else out
    return (out + bias if bias is not None else out).astype(x.dtype)


def _batch_norm_ref(x, running_mean, running_var, weight=None, bias=None, training=False,
                    momentum=0.1, eps=1e-5):
    axes = (0,) + tuple(range(2, x.ndim))
    view = (1, x.shape[1]) + (1,) * (x.ndim - 2)
    if training:
        mean, var = x.mean(axis=axes, keepdims=True), x.var(axis=axes, keepdims=True)
    else:
        mean, var = running_mean.reshape(view), running_var.reshape(view)
    out = (x - mean) / np.sqrt(var + eps)
    out = out * weight.reshape(view) if weight is not None else out
    return (out + bias.reshape(view) if bias is not None else out).astype(x.dtype)


cases("layer_norm",
      case(F(2, 3), (3,), grad=(0,)),
      case(F(2, 3, 4), (3, 4), P(3, 4), F(3, 4), grad=(0, 2, 3)),
      case(F(4, 5), 5, None, F(5), eps=1e-3, grad=(0, 3)),
      ref=_layer_norm_ref)
cases("batch_norm",
      case(F(4, 3), np.zeros(3, f32), np.ones(3, f32), P(3), F(3), training=True, grad=(0, 3, 4)),
      case(F(3, 2, 4), P(2), P(2), P(2), F(2), grad=(0, 3, 4)),
      case(F(2, 3, 2, 2), np.zeros(3, f32), np.ones(3, f32), training=True, grad=(0,)),
      ref=_batch_norm_ref, cpu_only=True)
cases("embedding",
      case(A([[0, 2], [1, 2]], i64), F(3, 4), grad=(1,)),
      # padding_idx: the forward reads the row, the gradient skips it (PyTorch the same),
      # so finite differences disagree by design; the gradient is pinned by a transcript
      case(A([1, 0, 1], i64), F(2, 3), padding_idx=0, ref=lambda i, w, padding_idx: w[i]),
      ref=lambda i, w: w[i], cpu_only=True)


# ========================================================= convolution, pooling
def _per_dim(value, dims):
    return tuple(value) * (dims if len(tuple(value)) == 1 else 1) \
        if isinstance(value, (tuple, list)) else (value,) * dims


def _conv_ref(x, w, bias=None, stride=1, padding=0, dilation=1, groups=1):
    """Convolution by its definition: one tensordot per output position and group."""
    dims = w.ndim - 2
    unbatched = x.ndim == dims + 1
    x = x[None] if unbatched else x
    kernel, stride, dilation = w.shape[2:], _per_dim(stride, dims), _per_dim(dilation, dims)
    if padding == "same":
        before = tuple(d * (k - 1) // 2 for d, k in zip(dilation, kernel))
        after = tuple(d * (k - 1) - b for d, k, b in zip(dilation, kernel, before))
    else:
        before = after = (0,) * dims if padding == "valid" else _per_dim(padding, dims)
    padded = np.pad(x, [(0, 0), (0, 0)] + list(zip(before, after)))
    sizes = tuple((n - d * (k - 1) - 1) // s + 1 for n, k, s, d in zip(
        padded.shape[2:], kernel, stride, dilation))
    outs, per_group = w.shape[0], w.shape[1]
    out_group = outs // groups
    out = np.zeros((x.shape[0], outs) + sizes, dtype=x.dtype)
    axes = tuple(range(1, dims + 2))
    for position in np.ndindex(*sizes):
        window = tuple(slice(i * s, i * s + d * (k - 1) + 1, d) for i, s, d, k in zip(
            position, stride, dilation, kernel))
        for g in range(groups):
            patch = padded[(slice(None), slice(g * per_group, (g + 1) * per_group)) + window]
            weights = w[g * out_group:(g + 1) * out_group]
            out[(slice(None), slice(g * out_group, (g + 1) * out_group)) + position] = \
                np.tensordot(patch, weights, axes=(axes, axes))
    if bias is not None:
        out = out + bias.reshape((outs,) + (1,) * dims)
    return out[0] if unbatched else out


def _pool_geometry(shape, kernel_size, stride, padding, dilation, ceil_mode):
    kernel, pad, dil = _per_dim(kernel_size, 2), _per_dim(padding, 2), _per_dim(dilation, 2)
    stride = kernel if stride is None or stride == () else _per_dim(stride, 2)
    sizes = []
    for n, k, s, p, d in zip(shape[-2:], kernel, stride, pad, dil):
        size = (n + 2 * p - d * (k - 1) - 1 + (s - 1 if ceil_mode else 0)) // s + 1
        if ceil_mode and (size - 1) * s >= n + p:
            size -= 1
        sizes.append(size)
    return kernel, stride, pad, dil, tuple(sizes)


def _max_pool_ref(x, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False,
                  return_indices=False):
    kernel, stride, pad, dil, sizes = _pool_geometry(x.shape, kernel_size, stride, padding,
                                                     dilation, ceil_mode)
    height, width = x.shape[-2:]
    out = np.zeros(x.shape[:-2] + sizes, x.dtype)
    indices = np.zeros(x.shape[:-2] + sizes, i64)
    for lead in np.ndindex(*x.shape[:-2]):
        for i, j in np.ndindex(*sizes):
            best, where = None, None
            for a, b in np.ndindex(*kernel):
                row, col = i * stride[0] - pad[0] + a * dil[0], j * stride[1] - pad[1] + b * dil[1]
                if 0 <= row < height and 0 <= col < width and (
                        best is None or x[lead + (row, col)] > best):
                    best, where = x[lead + (row, col)], row * width + col
            out[lead + (i, j)], indices[lead + (i, j)] = best, where
    return (out, indices) if return_indices else out


def _avg_pool_ref(x, kernel_size, stride=None, padding=0, ceil_mode=False,
                  count_include_pad=True, divisor_override=None):
    kernel, stride, pad, _, sizes = _pool_geometry(x.shape, kernel_size, stride, padding, 1,
                                                   ceil_mode)
    height, width = x.shape[-2:]
    out = np.zeros(x.shape[:-2] + sizes, x.dtype)
    for i, j in np.ndindex(*sizes):
        r0, c0 = i * stride[0] - pad[0], j * stride[1] - pad[1]
        r1, c1 = min(r0 + kernel[0], height + pad[0]), min(c0 + kernel[1], width + pad[1])
        with_pad = (r1 - r0) * (c1 - c0)
        r0, c0, r1, c1 = max(r0, 0), max(c0, 0), min(r1, height), min(c1, width)
        total = x[..., r0:r1, c0:c1].sum((-2, -1))
        divisor = divisor_override or (with_pad if count_include_pad else (r1 - r0) * (c1 - c0))
        if x.dtype.kind == "f":
            out[..., i, j] = total / x.dtype.type(divisor)
        else:
            out[..., i, j] = np.trunc(total / divisor)
    return out


def _adaptive_avg_ref(x, output_size):
    sizes = _per_dim(output_size, 2)
    sizes = tuple(n if s is None else s for n, s in zip(x.shape[-2:], sizes))
    out = np.zeros(x.shape[:-2] + sizes, x.dtype)
    height, width = x.shape[-2:]
    for i, j in np.ndindex(*sizes):
        r0, r1 = i * height // sizes[0], -(-(i + 1) * height // sizes[0])
        c0, c1 = j * width // sizes[1], -(-(j + 1) * width // sizes[1])
        out[..., i, j] = x[..., r0:r1, c0:c1].mean((-2, -1))
    return out


def _quiet(impl, *args, **kwargs):
    """padding='same' with an even kernel: PyTorch's UserWarning, expected here."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        return impl(*args, **kwargs)


cases("conv2d",
      case(F(2, 3, 5, 4), F(4, 3, 3, 2), F(4), grad=(0, 1, 2)),
      case(F(1, 4, 6, 5), F(6, 2, 3, 3), F(6), stride=2, padding=1, dilation=(1, 2), groups=2,
           grad=(0, 1, 2)),
      case(F(2, 6, 6), F(2, 2, 2, 3), padding=(1, 2), stride=(2, 1), grad=(0, 1)),
      case(F(1, 2, 5, 5), F(3, 2, 4, 3), padding="same", grad=(0, 1), call=_quiet),
      case(F(1, 2, 5, 5), F(3, 2, 3, 3), padding="valid", dilation=2, grad=(0, 1)),
      case(INT(1, 2, 4, 4), INT(3, 2, 2, 2), INT(3)),
      ref=_conv_ref, tol=(1e-5, 1e-5))
cases("conv1d",
      case(F(2, 3, 7), F(4, 3, 3), F(4), grad=(0, 1, 2)),
      case(F(3, 9), F(6, 1, 2), stride=2, padding=2, dilation=2, groups=3, grad=(0, 1)),
      case(F(1, 2, 6), F(2, 2, 4), padding="same", grad=(0, 1), call=_quiet),
      case(INT(1, 2, 5), INT(3, 2, 2)),
      ref=_conv_ref, tol=(1e-5, 1e-5))
cases("max_pool2d",
      case(F(2, 3, 6, 5), 2, grad=(0,)),
      case(F(1, 2, 7, 6), 3, stride=2, padding=1, ceil_mode=True, grad=(0,)),
      case(F(2, 7, 7), (3, 2), stride=1, padding=(1, 1), dilation=2, grad=(0,)),
      case(F(1, 1, 5, 5), 2, stride=2, padding=1, ceil_mode=True, return_indices=True,
           grad=(0,)),
      case(INT(1, 2, 5, 5), 2, padding=1, return_indices=True),
      ref=_max_pool_ref)
cases("avg_pool2d",
      case(F(2, 3, 6, 5), 2, grad=(0,)),
      case(F(1, 2, 7, 6), 3, stride=2, padding=1, ceil_mode=True, grad=(0,)),
      case(F(1, 2, 7, 6), 3, stride=2, padding=1, ceil_mode=True, count_include_pad=False,
           grad=(0,)),
      case(F(3, 5, 5), (2, 3), stride=(2, 1), padding=1, divisor_override=4, grad=(0,)),
      case(INT(1, 1, 5, 5, lo=-20, hi=20), 3, stride=2, padding=1, count_include_pad=False),
      ref=_avg_pool_ref)
cases("adaptive_avg_pool2d",
      case(F(2, 3, 7, 6), (3, 4), grad=(0,)),
      case(F(3, 5, 7), (2, None), grad=(0,)),
      case(F(1, 2, 4, 4), 1, grad=(0,)),
      case(F(1, 2, 3, 4), (5, 6), grad=(0,)),
      ref=_adaptive_avg_ref)


# ============================================ functional_more and functional_losses
def _where_float(cond, a, b):
    return np.where(cond, a, b).astype(np.result_type(a))


cases("leaky_relu",
      case(AW(2, 3), grad=(0,)), case(AW(4), 0.2, grad=(0,)),
      case(AW(3), negative_slope=0.5, inplace=True, ref=lambda a, negative_slope, inplace:
           np.where(a > 0, a, a * f32(negative_slope))),
      ref=lambda a, negative_slope=0.01: np.where(a > 0, a, a * f32(negative_slope)))
cases("elu",
      case(AW(2, 3), grad=(0,)), case(AW(4), 0.5, grad=(0,)), case(AW(), alpha=2.0, grad=(0,)),
      case(AW(3), inplace=True, ref=lambda a, inplace: np.where(a > 0, a, np.expm1(a))),
      ref=lambda a, alpha=1.0: np.where(a > 0, a, f32(alpha) * np.expm1(a)))
_HARD = A([[-2., -0.5, 0.3], [0.7, 1.6, -1.3]])
cases("hardtanh",
      case(_HARD, grad=(0,)), case(_HARD, -0.4, 0.5, grad=(0,)),
      case(A([-3, 0, 2, 5], i64), ref=lambda a: np.clip(a, -1, 1)),
      case(_HARD, min_val=0., max_val=1., inplace=True,
           ref=lambda a, min_val, max_val, inplace: np.clip(a, min_val, max_val)),
      ref=lambda a, min_val=-1., max_val=1.: np.clip(a, f32(min_val), f32(max_val)))
cases("relu6",
      case(A([-1., 0.5, 3., 5.5, 7.]), grad=(0,)), case(A([-3, 2, 9], i64)),
      ref=lambda a: np.clip(a, 0, 6).astype(a.dtype))


def _softplus(a, beta=1.0, threshold=20.0):
    scaled = a * a.dtype.type(beta)
    return np.where(scaled > threshold, a, np.log1p(np.exp(scaled)) / a.dtype.type(beta))


cases("softplus",
      case(F(2, 3), 2.0, grad=(0,)), case(F(2, 3), beta=0.5, threshold=0.25, grad=(0,)),
      case(A([-1., 0.5, 3.]), beta=3, threshold=2), ref=_softplus)
cases("mish",
      case(F(2, 3), grad=(0,)), case(F(), grad=(0,)), case(A([-30., 0., 30., 100.])),
      ref=lambda a: a * np.tanh(np.log1p(np.exp(a))))
cases("logsigmoid",
      case(F(2, 3), grad=(0,)), case(A([-100., 0., 100.])),
      ref=lambda a: np.minimum(a, 0) - np.log1p(np.exp(-np.abs(a))))
cases("softmin",
      case(F(2, 3), 1, grad=(0,)), case(F(2, 3), dim=0, grad=(0,)),
      case(F(2, 3), -1, dtype=DT("float64"), ref=lambda a, d, dtype: np.exp(
          _log_softmax(-a.astype(f64), d))),
      ref=lambda a, dim: np.exp(_log_softmax(-a, dim)))


def _glu(a, dim=-1):
    first, second = np.split(a, 2, axis=dim)
    return first / (1 + np.exp(-second))


cases("glu", case(F(2, 4), grad=(0,)), case(F(4, 3), 0, grad=(0,)),
      case(F(2, 2, 6), dim=-1, grad=(0,)), ref=_glu)
cases("threshold",
      case(A([[-1., 0.2, 0.9], [1.5, 0.1, 2.]]), 0.5, -2., grad=(0,)),
      case(A([-1, 0, 2, 3], i64), 1.5, 7, ref=lambda a, t, v: np.where(a <= 1, 7, a)),
      case(A([-1., 0.2, 0.9]), 0.5, 0., inplace=True,
           ref=lambda a, t, v, inplace: np.where(a <= t, f32(v), a)),
      ref=lambda a, t, v: np.where(a <= t, f32(v), a))


def _reduced(losses, reduction="mean"):
    return {"mean": np.mean, "sum": np.sum, "none": lambda d: d}[reduction](losses)


def _l1(x, y, reduction="mean", weight=None):
    losses = np.abs(x - y)
    if weight is None:
        return _reduced(losses, reduction)
    losses = losses * weight
    return losses.sum() / weight.sum() if reduction == "mean" else _reduced(losses, reduction)


cases("l1_loss",
      case(F(2, 3), F(2, 3), grad=(0, 1)),
      case(F(2, 3), F(2, 3), reduction="sum", grad=(0, 1)),
      case(F(2, 3), F(2, 3), reduction="none", grad=(0, 1)),
      case(F(2, 3), F(2, 3), weight=P(2, 3), grad=(0, 1)),
      ref=_l1)


def _smooth_l1(x, y, reduction="mean", beta=1.0):
    z = np.abs(x - y)
    if beta == 0:
        return _reduced(z, reduction)
    beta = x.dtype.type(beta)
    return _reduced(np.where(z < beta, 0.5 * z * z / beta, z - 0.5 * beta), reduction)


cases("smooth_l1_loss",
      case(F(2, 3), F(2, 3), grad=(0, 1)),
      case(F(2, 3), F(2, 3), reduction="sum", beta=0.5, grad=(0, 1)),
      case(F(2, 3), F(2, 3), reduction="none", beta=2.0, grad=(0, 1)),
      case(F(2, 3), F(2, 3), beta=0.0, grad=(0, 1)),
      ref=_smooth_l1)


def _huber(x, y, reduction="mean", delta=1.0, weight=None):
    z = np.abs(x - y)
    delta = x.dtype.type(delta)
    losses = np.where(z < delta, 0.5 * z * z, delta * (z - 0.5 * delta))
    return _reduced(losses if weight is None else losses * weight, reduction)


cases("huber_loss",
      case(F(2, 3), F(2, 3), grad=(0, 1)),
      case(F(2, 3), F(2, 3), reduction="sum", delta=0.5, grad=(0, 1)),
      case(F(2, 3), F(2, 3), "none", 2.0, grad=(0, 1)),
      case(F(2, 3), F(2, 3), weight=P(2, 3), grad=(0, 1)),
      ref=_huber)


def _bce(x, t, weight=None, reduction="mean"):
    losses = (t - 1) * np.maximum(np.log1p(-x), -100) - t * np.maximum(np.log(x), -100)
    return _reduced(losses if weight is None else losses * weight, reduction)


_PROB = F(2, 3, lo=0.1, hi=0.9)
cases("binary_cross_entropy",
      case(_PROB, F(2, 3, lo=0., hi=1.), grad=(0, 1)),
      case(_PROB, F(2, 3, lo=0., hi=1.), weight=P(3), reduction="sum", grad=(0, 1)),
      case(_PROB, F(2, 3, lo=0., hi=1.), reduction="none", grad=(0, 1)),
      case(A([0., 1., 0.5]), A([1., 0., 0.5])),  # the logs clamped at -100
      ref=_bce)


def _bce_logits(x, t, weight=None, reduction="mean", pos_weight=None):
    log_sigmoid = np.minimum(x, 0) - np.log1p(np.exp(-np.abs(x)))
    if pos_weight is not None:
        log_sigmoid = log_sigmoid * ((pos_weight - 1) * t + 1)
    losses = (1 - t) * x - log_sigmoid
    return _reduced(losses if weight is None else losses * weight, reduction)


cases("binary_cross_entropy_with_logits",
      case(F(2, 3), F(2, 3, lo=0., hi=1.), grad=(0, 1)),
      case(F(2, 3), F(2, 3, lo=0., hi=1.), weight=P(3), reduction="sum", grad=(0, 1)),
      case(F(2, 3), F(2, 3, lo=0., hi=1.), pos_weight=P(3), reduction="none", grad=(0, 1)),
      case(F(2, 3), F(2, 3, lo=0., hi=1.), weight=P(2, 3), pos_weight=P(3), grad=(0, 1)),
      case(A([-100., 0., 100.]), A([1., 0.5, 0.])),
      ref=_bce_logits, tol=(1e-5, 1e-6))


def _kl_div(x, t, reduction="mean", log_target=False):
    if log_target:
        losses = np.exp(t) * (t - x)
    else:
        losses = np.where(t == 0, 0, t * np.log(np.where(t == 0, 1, t))).astype(t.dtype) - t * x
    if reduction == "batchmean":
        return losses.sum() / x.shape[0]
    return _reduced(losses, reduction)


_LOGQ = _log_softmax(F(3, 4), 1)
cases("kl_div",
      case(_LOGQ, np.exp(_log_softmax(F(3, 4), 1)), reduction="batchmean", grad=(0, 1)),
      case(_LOGQ, np.exp(_log_softmax(F(3, 4), 1)), reduction="sum", grad=(0, 1)),
      case(_LOGQ, _log_softmax(F(3, 4), 1), reduction="none", log_target=True, grad=(0, 1)),
      case(_LOGQ, A([[0., 0.5, 0.5, 0.], [1., 0., 0., 0.], [0.25, 0.25, 0.25, 0.25]]),
           reduction="batchmean"),
      ref=_kl_div, tol=(1e-5, 1e-6))
cases("one_hot",
      case(A([0, 2, 1], i64)), case(A([[1, 0], [3, 2]], i64), 5), case(A(2, i64), 4),
      case(np.zeros((0,), i64), 3),
      ref=lambda a, num_classes=-1: (a[..., None] == np.arange(
          a.max() + 1 if num_classes == -1 else num_classes)).astype(i64))


def _normalize(a, p=2.0, dim=1, eps=1e-12):
    norms = (np.abs(a) ** p).sum(dim, keepdims=True) ** (1 / p)
    return (a / np.maximum(norms, a.dtype.type(eps))).astype(a.dtype)


cases("normalize",
      case(F(2, 3), grad=(0,)), case(F(2, 3), 1.0, 0, grad=(0,)), case(F(4), dim=0, grad=(0,)),
      case(np.zeros((2, 2), f32)), ref=_normalize)


def _cosine(a, b, dim=1, eps=1e-8):
    a, b = np.broadcast_arrays(as_float(a), as_float(b))  # integers become float32 first
    na = np.maximum(np.sqrt((a * a).sum(dim, keepdims=True)), eps)
    nb = np.maximum(np.sqrt((b * b).sum(dim, keepdims=True)), eps)
    return ((a / na) * (b / nb)).sum(dim).astype(np.result_type(a, b))


cases("cosine_similarity",
      case(F(2, 3), F(2, 3), grad=(0, 1)), case(F(2, 3), F(3), grad=(0, 1)),
      case(F(3, 4), F(3, 4), 0, grad=(0, 1)), case(A([1, 2], i64), A([2., 1.]), 0),
      ref=_cosine)


def _pairwise(a, b, p=2.0, eps=1e-6, keepdim=False):
    diff = np.abs(a - b + a.dtype.type(eps))
    return ((diff ** p).sum(-1, keepdims=keepdim) ** (1 / p)).astype(diff.dtype)


cases("pairwise_distance",
      case(F(2, 3), F(2, 3), grad=(0, 1)), case(F(2, 3), F(3), p=1.0, grad=(0, 1)),
      case(F(4), F(4), 3.0, keepdim=True, grad=(0, 1)), ref=_pairwise)


# ============================================================ padding, interpolate
_NP_PAD_MODES = {"constant": "constant", "reflect": "reflect", "replicate": "edge",
                 "circular": "wrap"}


def _pad_ref(x, pad, mode="constant", value=None):
    """F.pad for non-negative pads by np.pad; negative constant pads crop first."""
    widths = [(0, 0)] * x.ndim
    crop = [slice(None)] * x.ndim
    for i in range(len(pad) // 2):
        before, after = pad[2 * i], pad[2 * i + 1]
        axis = x.ndim - 1 - i
        crop[axis] = slice(max(-before, 0), x.shape[axis] - max(-after, 0))
        widths[axis] = (max(before, 0), max(after, 0))
    x = x[tuple(crop)]
    if mode == "constant":
        return np.pad(x, widths, constant_values=0 if value is None else value)
    return np.pad(x, widths, mode=_NP_PAD_MODES[mode])


cases("pad",
      case(F(2, 3, 4), (1, 2), grad=(0,)),
      case(F(2, 3, 4), (1, -1, 2, 0), value=1.5, grad=(0,)),
      case(F(2, 3, 4), (2, 1), mode="reflect", grad=(0,)),
      case(F(1, 2, 4, 5), (1, 2, 3, 0), mode="reflect", grad=(0,)),
      case(F(3, 4), (3, 1), mode="replicate", grad=(0,)),
      case(F(1, 2, 3, 4), (1, 2, 0, 2), mode="replicate", grad=(0,)),
      case(F(1, 2, 3, 3, 4), (1, 1, 2, 0, 1, 2), mode="replicate", grad=(0,)),
      case(F(2, 3, 4), (2, 4), mode="circular", grad=(0,)),
      case(F(1, 2, 3, 4), (1, 2, 3, 1), mode="circular", grad=(0,)),
      case(INT(2, 3), (1, 1), value=7),
      case(INT(2, 3), (2, 1), mode="reflect"),
      ref=_pad_ref)


def _interp_axis(x, axis, out, scale, mode, align_corners):
    """One spatial axis of F.interpolate in float64, by UpSample.h's formulas."""
    size = x.shape[axis]
    j = np.arange(out)
    ratio = 1.0 / scale if scale else size / out
    if mode == "nearest":
        ratio = np.float32(ratio)
        index = np.minimum(np.floor(j.astype(np.float32) * ratio).astype(int), size - 1)
        return np.take(x, index, axis=axis)
    if size == out:
        return x
    if align_corners:
        source = j * ((size - 1) / (out - 1) if out > 1 else 0.0)
    else:
        source = np.maximum(ratio * (j + 0.5) - 0.5, 0.0)
    i0 = np.minimum(np.floor(source).astype(int), size - 1)
    i1 = np.minimum(i0 + 1, size - 1)
    lam = np.clip(source - i0, 0, 1)
    shape = [1] * x.ndim
    shape[axis] = out
    lam = lam.reshape(shape)
    return np.take(x, i0, axis=axis) * (1 - lam) + np.take(x, i1, axis=axis) * lam


def _interpolate_ref(x, size=None, scale_factor=None, mode="nearest", align_corners=None):
    dims = x.ndim - 2
    sizes = _per_dim(size, dims) if size is not None else None
    scales = _per_dim(scale_factor, dims) if scale_factor is not None else (None,) * dims
    result = x.astype(f64)
    for number in reversed(range(dims)):
        axis = 2 + number
        out = sizes[number] if sizes else int(x.shape[axis] * scales[number])
        result = _interp_axis(result, axis, out, scales[number], mode, align_corners)
    return result.astype(x.dtype)


cases("interpolate",
      case(F(2, 3, 4), size=7, grad=(0,)),
      case(F(1, 2, 3, 4), scale_factor=2, grad=(0,)),
      case(F(1, 2, 3, 4), size=(5, 3), grad=(0,)),
      case(F(2, 2, 5), scale_factor=1.5, mode="linear", grad=(0,)),
      case(F(2, 2, 5), size=3, mode="linear", align_corners=True, grad=(0,)),
      case(F(1, 2, 3, 4), scale_factor=(2, 1.5), mode="bilinear", grad=(0,)),
      case(F(1, 2, 4, 3), size=(3, 5), mode="bilinear", align_corners=True, grad=(0,)),
      case(F(1, 1, 5, 6), size=(2, 4), mode="bilinear", grad=(0,)),
      ref=_interpolate_ref, tol=(1e-5, 1e-6))
# The deprecated spellings warn (UserWarning, as PyTorch), then interpolate.
cases("upsample", case(F(1, 2, 3, 4), scale_factor=2, call=_quiet),
      case(F(2, 2, 5), size=8, mode="linear", call=_quiet, grad=(0,)), ref=_interpolate_ref)
cases("upsample_nearest", case(F(1, 2, 3, 4), size=(5, 6), call=_quiet, grad=(0,)),
      ref=_interpolate_ref)
cases("upsample_bilinear", case(F(1, 2, 3, 4), scale_factor=2, call=_quiet, grad=(0,)),
      ref=lambda x, scale_factor: _interpolate_ref(x, scale_factor=scale_factor,
                                                   mode="bilinear", align_corners=True))


# ============================================================================
# Functions a learner reaches for (issue 17): shape_more, math_more,
# index_more, creation_more. Keep this section together at the end.
# ============================================================================
def _np_diagonal(a, offset=0, dim1=0, dim2=1):
    return np.ascontiguousarray(np.diagonal(a, offset, dim1, dim2))


def _np_diag_embed(a, offset=0, dim1=-2, dim2=-1):
    n = a.shape[-1] + abs(offset)
    out = np.zeros(a.shape[:-1] + (n, n), a.dtype)
    i = np.arange(a.shape[-1])
    rows, cols = (i, i + offset) if offset >= 0 else (i - offset, i)
    out[..., rows, cols] = a
    return np.moveaxis(out, (-2, -1), (dim1 % (a.ndim + 1), dim2 % (a.ndim + 1))) \
        if (dim1, dim2) != (-2, -1) else out


cases("diagonal",
      case(F(3, 4), grad=(0,)), case(F(3, 4), 1, grad=(0,)), case(F(4, 3), -2, grad=(0,)),
      case(F(2, 3, 4), 0, 1, 2, grad=(0,)), case(F(2, 3, 4), -1, -1, 0, grad=(0,)),
      case(INT(3, 3)), ref=_np_diagonal)
cases("diag_embed",
      case(F(3), grad=(0,)), case(F(2, 3), 1, grad=(0,)), case(F(2, 3), -1, 0, 2, grad=(0,)),
      case(INT(2)), ref=_np_diag_embed)
cases("diag",
      case(F(3), grad=(0,)), case(F(3), -1, grad=(0,)), case(F(3, 4), grad=(0,)),
      case(F(3, 4), 2, grad=(0,)), case(INT(3, 3), -1),
      ref=lambda a, k=0: np.diag(a, k))
cases("triu", case(F(3, 4), grad=(0,)), case(F(2, 3, 3), -1, grad=(0,)), case(INT(3, 3), 1),
      ref=lambda a, k=0: np.triu(a, k))
cases("tril", case(F(3, 4), grad=(0,)), case(F(2, 3, 3), 1, grad=(0,)), case(INT(3, 3), -1),
      ref=lambda a, k=0: np.tril(a, k))
cases("atleast_1d", case(F(), grad=(0,)), case(F(2, 3)), ref=np.atleast_1d)
cases("atleast_2d", case(F(3), grad=(0,)), case(F(2, 3)), ref=np.atleast_2d)
cases("atleast_3d", case(F(3), grad=(0,)), case(F(2, 3), grad=(0,)), ref=np.atleast_3d)
cases("hstack", case([F(2), F(3)], grad=_paths(2)), case([F(2, 1), F(2, 2)], grad=_paths(2)),
      case([INT(2), INT(1)]), ref=np.hstack)
cases("vstack", case([F(3), F(3)], grad=_paths(2)), case([F(2, 3), F(3)], grad=_paths(2)),
      ref=np.vstack)
cases("dstack", case([F(3), F(3)], grad=_paths(2)), case([F(2, 3), F(2, 3, 2)], grad=_paths(2)),
      ref=np.dstack)
cases("column_stack", case([F(3), F(3, 2)], grad=_paths(2)), case([INT(2), INT(2)]),
      ref=np.column_stack)
cases("meshgrid",
      case(F(3), F(2), indexing="ij", grad=(0, 1)), case(F(3), F(2), F(4), indexing="xy",
                                                          grad=(0, 1, 2)),
      case(INT(2), INT(3), indexing="xy"),
      ref=lambda *ts, indexing: tuple(np.meshgrid(*ts, indexing=indexing)))
cases("broadcast_to", case(F(3), (2, 3), grad=(0,)), case(F(2, 1), (2, 2, 4), grad=(0,)),
      ref=lambda a, s: np.ascontiguousarray(np.broadcast_to(a, s)))
cases("broadcast_tensors", case(F(3), F(2, 1), grad=(0, 1)), case(INT(2, 1), INT(3)),
      ref=lambda *ts: tuple(np.broadcast_arrays(*ts)))
cases("fliplr", case(F(2, 3), grad=(0,)), case(INT(2, 2, 2)), ref=np.fliplr)
cases("flipud", case(F(3), grad=(0,)), case(INT(2, 3)), ref=np.flipud)
cases("rot90", case(F(2, 3), grad=(0,)), case(F(2, 3), 2, grad=(0,)),
      case(F(2, 3, 4), -1, (2, 0), grad=(0,)), case(INT(2, 2), 3),
      ref=lambda a, k=1, dims=(0, 1): np.rot90(a, k, dims))
cases("repeat_interleave",
      case(F(2, 3), 2, grad=(0,), ref=lambda a, r: np.repeat(a, r)),
      case(F(2, 3), 2, dim=1, grad=(0,), ref=lambda a, r, dim: np.repeat(a, r, dim)),
      case(F(3, 2), A([1, 0, 2], i64), dim=0, grad=(0,),
           ref=lambda a, r, dim: np.repeat(a, r, dim)),
      case(A([2, 0, 1], i64), ref=lambda r: np.repeat(np.arange(3), r)))
cases("dist",
      case(F(2, 3), F(3), grad=(0, 1), ref=lambda a, b: np.asarray(
          np.linalg.norm((a - b).ravel()), f32)),
      case(AW(4), AW(4) * 3, 3, grad=(0, 1), ref=lambda a, b, p: np.asarray(
          np.sum(np.abs(a - b) ** 3) ** (1 / 3), f32)),
      case(AW(4), AW(4) * 3, 1, grad=(0, 1), ref=lambda a, b, p: np.asarray(
          np.sum(np.abs(a - b)), f32)),
      case(A([1., 5., 2.]), A([0., 0., 1.]), float("inf"), grad=(0, 1),
           ref=lambda a, b, p: np.asarray(np.max(np.abs(a - b)), f32)))
cases("cross",
      case(F(2, 3), F(2, 3), dim=1, grad=(0, 1)), case(F(3, 2), F(3, 2), dim=0, grad=(0, 1)),
      case(F(4, 3), F(1, 3), dim=-1, grad=(0, 1),
           ref=lambda a, b, dim: np.cross(*np.broadcast_arrays(a, b), axis=dim)),
      case(INT(2, 3), INT(2, 3), dim=1),
      ref=lambda a, b, dim: np.cross(a, b, axis=dim))
cases("nan_to_num",
      case(A([np.nan, np.inf, -np.inf, 1.5]), ref=lambda a: np.nan_to_num(a)),
      case(A([np.nan, np.inf, -np.inf, 1.5]), 1., 2., -3.,
           ref=lambda a, n, p, m: np.nan_to_num(a, nan=n, posinf=p, neginf=m)),
      case(F(2, 3), grad=(0,), ref=lambda a: a), case(INT(3), ref=lambda a: a))
cases("kron", case(F(2, 2), F(2, 3), grad=(0, 1)), case(F(3), F(2, 2), grad=(0, 1)),
      case(INT(2), INT(2, 2)), ref=np.kron)
cases("logcumsumexp",
      case(F(4), 0, grad=(0,)), case(F(2, 3), 1, grad=(0,)), case(F(3, 2), -2, grad=(0,)),
      ref=lambda a, d: np.logaddexp.accumulate(a, axis=d), tol=(1e-5, 1e-6))
cases("diff",
      case(F(4), grad=(0,), ref=lambda a: np.diff(a)),
      case(F(3, 4), 2, 0, grad=(0,), ref=lambda a, n, d: np.diff(a, n, d)),
      case(F(2, 3), 1, 1, F(2, 1), F(2, 2), grad=(0, 3, 4),
           ref=lambda a, n, d, p, q: np.diff(a, n, d, prepend=p, append=q)),
      case(INT(5), ref=lambda a: np.diff(a)),
      case(A([True, False, False], bool), ref=lambda a: np.diff(a)))
cases("histc",
      case(A([1., 2., 1.]), bins=4, min=0, max=3,
           ref=lambda a, bins, min, max: np.histogram(a, bins, (min, max))[0].astype(f32)),
      case(F(50), ref=lambda a: np.histogram(a, 100, (a.min(), a.max()))[0].astype(f32)))
cases("bincount",
      case(A([4, 3, 6, 3, 4], i64), ref=lambda a: np.bincount(a)),
      case(A([1, 1, 3], i64), A([0.5, 1., 2.]), ref=lambda a, w: np.bincount(a, w).astype(f32)),
      case(A([1, 1, 3], i64), minlength=6, ref=lambda a, minlength: np.bincount(a, None, 6)))
cases("bucketize",
      case(A([[3, 6, 9], [3, 6, 9]], i64), A([1, 3, 5, 7, 9], i64),
           ref=lambda v, b: np.searchsorted(b, v)),
      case(F(5), A([-1., 0., 1.]), right=True,
           ref=lambda v, b, right: np.searchsorted(b, v, side="right")),
      case(A([3, 6], i64), A([1, 3, 5, 7, 9], i64), out_int32=True,
           ref=lambda v, b, out_int32: np.searchsorted(b, v).astype(i32)))
cases("searchsorted",
      case(A([[1, 3, 5, 7, 9], [2, 4, 6, 8, 10]], i64), A([[3, 6, 9], [3, 6, 9]], i64),
           ref=lambda b, v: np.stack([np.searchsorted(r, x) for r, x in zip(b, v)])),
      case(A([1, 3, 5, 7, 9], i64), A([3, 6, 9], i64), side="right",
           ref=lambda b, v, side: np.searchsorted(b, v, side="right")),
      case(A([5, 1, 3], i64), A([2, 4], i64), sorter=A([1, 2, 0], i64),
           ref=lambda b, v, sorter: np.searchsorted(b, v, sorter=sorter)))
cases("nonzero",
      case(A([1, 1, 1, 0, 1], i64), ref=np.argwhere),
      case(A([[0.6, 0.], [0., 0.4]]), as_tuple=True, ref=lambda a, as_tuple: np.nonzero(a)),
      case(A(3.), ref=np.argwhere))
cases("argwhere", case(A([[1, 0], [0, 2]], i64), ref=np.argwhere))
cases("unique",
      case(A([3, 1, 2, 1, 3], i64), ref=np.unique),
      case(A([[3, 1], [1, 2]], i64), return_inverse=True, return_counts=True,
           ref=lambda a, **kw: (np.unique(a), np.unique(a, return_inverse=True)[1].reshape(
               a.shape), np.unique(a, return_counts=True)[1])),
      case(A([[1, 2], [0, 1], [1, 2]], i64), dim=0, return_counts=True,
           ref=lambda a, **kw: np.unique(a, axis=0, return_counts=True)))


def _scatter_ref(a, dim, index, src, reduce=None):
    out = a.copy()
    for position in np.ndindex(index.shape):
        target = list(position)
        target[dim] = index[position]
        value = src[position] if isinstance(src, np.ndarray) else src
        if reduce == "add":
            out[tuple(target)] += value
        elif reduce == "multiply":
            out[tuple(target)] *= value
        else:
            out[tuple(target)] = value
    return out


_SCATTER_INDEX = A([[0, 1, 2], [2, 0, 1]], i64)
cases("scatter",
      case(F(3, 3), 0, _SCATTER_INDEX, F(2, 3), grad=(0, 3)),
      case(F(3, 4), 1, A([[3], [0], [1]], i64), F(3, 2), grad=(0, 3)),
      case(F(3, 3), 0, _SCATTER_INDEX, 1.5, grad=(0,)),
      case(F(3, 3), 0, _SCATTER_INDEX, value=2.0,
           ref=lambda a, d, i, value: _scatter_ref(a, d, i, value)),
      case(F(3, 3), 0, _SCATTER_INDEX, 2.0, reduce="multiply"),
      case(INT(3, 3), 1, _SCATTER_INDEX.T.copy()[:3, :2], INT(3, 2)),
      ref=_scatter_ref)
cases("scatter_add",
      case(F(3, 3), 0, _SCATTER_INDEX, F(2, 3), grad=(0, 3)),
      case(F(3), 0, A([0, 0, 2, 0], i64), F(5), grad=(0, 3)),
      case(INT(2, 3), 1, A([[0, 0], [2, 2]], i64), INT(2, 2)),
      ref=lambda a, d, i, s: _scatter_ref(a, d, i, s, "add"))


def _index_add_ref(a, dim, index, source, alpha=1):
    out = a.copy()
    for k, i in enumerate(index):
        target = [slice(None)] * a.ndim
        target[dim] = i
        pick = [slice(None)] * a.ndim
        pick[dim] = k
        out[tuple(target)] += alpha * source[tuple(pick)]
    return out


cases("index_add",
      case(F(3, 2), 0, A([0, 2, 0], i64), F(3, 2), grad=(0, 3)),
      case(F(2, 4), 1, A([3, 1], i64), F(2, 2), alpha=-2.0, grad=(0, 3)),
      case(INT(3), 0, A([1, 1], i64), INT(2), alpha=3),
      ref=_index_add_ref)
cases("new_zeros", case(F(2), 2, 3, ref=lambda a, *s: np.zeros(s, f32)),
      case(INT(2), (3,), ref=lambda a, s: np.zeros(s, i64)))
cases("new_ones", case(F(2), 2, ref=lambda a, n: np.ones(n, f32)),
      case(F(2), (2, 2), dtype=DT("int64"), ref=lambda a, s, dtype: np.ones(s, i64)))
cases("new_empty", case(F(2), 3, check=shape_check((3,), f32)))
cases("new_full", case(F(2), (2, 2), 7, ref=lambda a, s, v: np.full(s, 7, f32)),
      case(INT(2), (3,), 2, ref=lambda a, s, v: np.full(s, 2, i64)))
cases("new_tensor", case(F(2), [1, 2], ref=lambda a, d: np.array(d, f32)),
      case(INT(2), [1.5], ref=lambda a, d: np.array([1], i64)))
cases("is_inference", case(F(2), ref=lambda a: False))


# ============================================================================
# torch.linalg (issue 17): linalg_solve, linalg_decomp, linalg_norms,
# linalg_products. Keep this section together at the end.
# Well-conditioned inputs; ops that read one triangle of a symmetric input
# (eigh, cholesky) are differentiated through A + A^T, and sign-free
# functions of singular vectors / eigenvectors are checked (U*U, U@Vh, V*V),
# as PyTorch's own gradcheck of these ops does.
# ============================================================================
def _well(n, *batch, dtype=f32):
    """Diagonally dominant: far from singular."""
    return (F(*batch, n, n) + 3 * np.eye(n)).astype(dtype)


def _spd(n, *batch, dtype=f32):
    a = F(*batch, n, n)
    return (a @ np.swapaxes(a, -1, -2) + n * np.eye(n)).astype(dtype)


def _mT(x):
    return np.swapaxes(x, -1, -2)


def _sym_call(impl, a, *args, **kwargs):
    return impl(a + a.mT, *args, **kwargs)


def _int32(value):
    return np.asarray(value, np.int32)


_LINALG_TOL = (1e-4, 1e-5)
cases("inverse", case(_well(3), grad=(0,)), case(_well(2, 3), grad=(0,)),
      ref=lambda a: np.linalg.inv(a), tol=_LINALG_TOL)
cases("linalg_inv_ex", case(_well(3), grad=(0,)),
      case(A([[1., 2.], [2., 4.]]), check=lambda r, a: (r.info.item() == 2) or None),
      ref=lambda a: {"inverse": np.linalg.inv(a), "info": _int32(0)}, tol=_LINALG_TOL)
cases("det", case(_well(3), grad=(0,)), case(_well(2, 2, 3), grad=(0,)),
      # singular: the cofactor gradient from the SVD is a constant (no second order there)
      case(A([[1., 2.], [2., 4.]]), grad=(0,), second_order=False),
      ref=lambda a: np.asarray(np.linalg.det(a)), tol=_LINALG_TOL)
def _SLOGDET(a):
    sign, logabsdet = np.linalg.slogdet(a)
    return {"sign": sign.astype(a.dtype), "logabsdet": logabsdet.astype(a.dtype)}


cases("slogdet", case(_well(3), grad=(0,)), case(-_spd(3), grad=(0,)), ref=_SLOGDET,
      tol=_LINALG_TOL)
cases("linalg_slogdet", case(_well(2, 3), grad=(0,)), ref=_SLOGDET, tol=_LINALG_TOL)
cases("logdet", case(_spd(3), grad=(0,)), case(_spd(3, 2), grad=(0,)),
      case(-_spd(3), ref=lambda a: np.asarray(np.nan, f32)),
      ref=lambda a: np.asarray(np.linalg.slogdet(a)[1], a.dtype), tol=_LINALG_TOL)


def _solve_ref(a, b, left=True):
    vector = b.ndim == 1 or (b.ndim == a.ndim - 1 and b.shape == a.shape[:-1])
    if not left:
        return _mT(np.linalg.solve(_mT(a), _mT(b)))
    if vector:
        return np.linalg.solve(a, b[..., None])[..., 0]
    return np.linalg.solve(a, b)


cases("linalg_solve",
      case(_well(3), F(3), grad=(0, 1)), case(_well(3), F(3, 2), grad=(0, 1)),
      case(_well(3, 2), F(3, 1), grad=(0, 1)), case(_well(3, 2), F(2, 3), grad=(0, 1)),
      case(_well(3), F(2, 3), left=False, grad=(0, 1)),
      ref=_solve_ref, tol=_LINALG_TOL)
cases("linalg_solve_ex", case(_well(3), F(3, 2), grad=(0, 1),
                              ref=lambda a, b: {"result": np.linalg.solve(a, b),
                                                "info": _int32(0)}), tol=_LINALG_TOL)


def _triangular_ref(a, b, upper, left=True, unitriangular=False):
    t = np.triu(a) if upper else np.tril(a)
    if unitriangular:
        t = t - np.diag(np.diag(t)) + np.eye(t.shape[-1], dtype=t.dtype)
    return np.linalg.solve(t, b) if left else _mT(np.linalg.solve(_mT(t), _mT(b)))


cases("linalg_solve_triangular",
      case(_well(3), F(3, 2), upper=True, grad=(0, 1)),
      case(_well(3, 2), F(2, 3, 2), upper=False, grad=(0, 1)),
      case(_well(3), F(2, 3), upper=False, left=False, grad=(0, 1)),
      case(_well(3), F(3, 2), upper=True, unitriangular=True, grad=(0, 1)),
      ref=_triangular_ref, tol=_LINALG_TOL)


def _pinv_ref(a, hermitian=False, rtol=None, atol=None):
    return np.linalg.pinv(a).astype(a.dtype)


cases("linalg_pinv", case(F(3, 5), grad=(0,)), case(F(4, 3), grad=(0,)),
      case(F(2, 3, 3), grad=(0,)),
      case(_spd(3), hermitian=True, call=_sym_call, grad=(0,),
           ref=lambda a, hermitian: np.linalg.pinv(a + _mT(a)).astype(a.dtype)),
      ref=_pinv_ref, tol=_LINALG_TOL)
cases("pinverse", case(F(3, 4), grad=(0,)), ref=_pinv_ref, tol=_LINALG_TOL)
cases("linalg_matrix_rank",
      case(F(4, 3), ref=lambda a: np.asarray(np.linalg.matrix_rank(a), i64)),
      case(A([[1., 2.], [2., 4.]]), ref=lambda a: np.asarray(1, i64)),
      case(F(2, 3, 3), hermitian=True, ref=lambda a, hermitian: np.linalg.matrix_rank(
          a, hermitian=True).astype(i64)),
      case(np.eye(3, dtype=f32), atol=1.5, ref=lambda a, atol: np.asarray(0, i64)))


def _lstsq_ref(a, b, driver=None):
    x = np.linalg.lstsq(a, b, rcond=None)[0]
    residuals = ((a @ x - b) ** 2).sum(0) if driver == "gelsd" else np.zeros(0, a.dtype)
    singular = np.linalg.svd(a, compute_uv=False) if driver == "gelsd" else np.zeros(0, a.dtype)
    return {"solution": x, "residuals": residuals.astype(a.dtype),
            "rank": np.asarray(min(a.shape), i64), "singular_values": singular}


def _lstsq_differentiable(impl, a, b, **kwargs):
    return tuple(impl(a, b, **kwargs)[:2])  # rank and singular_values have no gradient


cases("linalg_lstsq", case(F(4, 3), F(4, 2)), case(F(5, 2), F(5, 3), driver="gelsd"),
      case(F(3, 3), F(3)), ref=lambda a, b, **kw: _lstsq_ref(a, b, **kw) if b.ndim == 2 else
      {"solution": np.linalg.solve(a, b), "residuals": np.zeros(0, f32),
       "rank": np.asarray(3, i64), "singular_values": np.zeros(0, f32)}, tol=(1e-3, 1e-4))
cases("linalg_lstsq", case(F(4, 3), F(4, 2), grad=(0, 1), call=_lstsq_differentiable),
      case(F(3, 3), F(3, 2), grad=(0, 1), call=_lstsq_differentiable),
      case(F(5, 2), F(5, 3), driver="gelsd", grad=(0, 1), call=_lstsq_differentiable),
      ref=lambda a, b, **kw: tuple(_lstsq_ref(a, b, **kw).values())[:2], tol=(1e-3, 1e-4))
cases("matrix_power",
      case(_well(3) / 3, 3, grad=(0,)), case(_well(3) / 3, 5, grad=(0,)),
      case(_well(3, 2), -2, grad=(0,)), case(_well(3), 1, grad=(0,)),
      case(_well(3), 0, grad=(0,), ref=lambda a, n: np.eye(3, dtype=f32)),
      case(INT(2, 3, 3, lo=-2, hi=3), 2),
      ref=lambda a, n: np.linalg.matrix_power(a, n), tol=_LINALG_TOL)


# ------------------------------------------------------------ decompositions
def _svd_gauge(impl, a, **kwargs):
    U, S, Vh = impl(a, **kwargs)[:3]
    return U * U, S, Vh * Vh, U @ Vh  # unchanged by a joint sign flip of U[:, k], Vh[k]


def _svd_gauge_ref(a, **kwargs):
    U, S, Vh = np.linalg.svd(a, full_matrices=False)
    return U * U, S, Vh * Vh, U @ Vh


def _svd_v_gauge(impl, a, **kwargs):
    U, S, V = _quiet(impl, a, **kwargs)
    return U * U, S, (V * V).mT, U @ V.mT


def _SVD_REF(a, full_matrices=True):
    return dict(zip(("U", "S", "Vh"), np.linalg.svd(a, full_matrices=full_matrices)))


cases("linalg_svd",
      case(F(3, 3)), case(F(4, 2), full_matrices=False), case(F(2, 3, 4)), ref=_SVD_REF,
      tol=_LINALG_TOL)
cases("linalg_svd",
      case(F(3, 3), call=_svd_gauge, grad=(0,)), case(F(4, 3), call=_svd_gauge, grad=(0,),
                                                         full_matrices=False),
      case(F(3, 5), call=_svd_gauge, grad=(0,), full_matrices=False),
      case(F(2, 3, 3), call=_svd_gauge, grad=(0,)),
      ref=_svd_gauge_ref, tol=_LINALG_TOL)
cases("svd", case(F(4, 3), call=_svd_v_gauge, ref=_svd_gauge_ref),  # signs: MKL's or NumPy's
      case(F(3, 4), call=_svd_v_gauge, grad=(0,), ref=_svd_gauge_ref), tol=_LINALG_TOL)
cases("linalg_svdvals", case(F(3, 3), grad=(0,)), case(F(4, 2), grad=(0,)),
      case(F(2, 2, 5), grad=(0,)),
      ref=lambda a: np.linalg.svd(a, compute_uv=False), tol=_LINALG_TOL)
cases("linalg_qr",
      case(F(3, 3), grad=(0,)), case(F(4, 3), grad=(0,)), case(F(3, 5), grad=(0,)),
      case(F(2, 3, 2), grad=(0,)), case(F(2, 2), mode="complete", grad=(0,)),
      case(F(4, 2), mode="complete",
           ref=lambda a, mode: dict(zip("QR", np.linalg.qr(a, mode="complete")))),
      ref=lambda a, mode="reduced": dict(zip("QR", np.linalg.qr(a))), tol=_LINALG_TOL)
cases("linalg_qr", case(F(3, 3), mode="r", ref=lambda a, mode: {
    "Q": np.zeros(0, f32), "R": np.linalg.qr(a)[1]}), tol=_LINALG_TOL)
cases("qr", case(F(4, 3), call=_quiet, grad=(0,)),
      case(F(3, 2), False, call=_quiet, ref=lambda a, some: dict(zip("QR", np.linalg.qr(
          a, mode="complete")))),
      ref=lambda a: dict(zip("QR", np.linalg.qr(a))), tol=_LINALG_TOL)


def _eigh_gauge(impl, a, **kwargs):
    L, V = impl(a + a.mT, **kwargs)
    return L, V * V


def _eigh_squares(impl, a, **kwargs):
    L, V = impl(a, **kwargs)
    return L, V * V


def _eigh_squares_ref(a, **kwargs):
    L, V = np.linalg.eigh(a, **kwargs)
    return L, V * V


def _eigh_gauge_ref(a, **kwargs):
    L, V = np.linalg.eigh(a + _mT(a))
    return L, V * V


cases("linalg_eigh",
      # eigenvectors up to sign (MKL's syevd and NumPy's can choose other signs)
      case(F(3, 3), call=_eigh_squares, ref=_eigh_squares_ref),
      case(F(3, 3), UPLO="U", call=_eigh_squares, ref=_eigh_squares_ref),
      case(F(3, 3), call=_eigh_gauge, grad=(0,)), case(F(2, 4, 4), call=_eigh_gauge, grad=(0,)),
      ref=_eigh_gauge_ref, tol=_LINALG_TOL)
cases("linalg_eigvalsh", case(F(3, 3), call=_sym_call, grad=(0,)),
      case(F(2, 3, 3), call=_sym_call, grad=(0,)),
      ref=lambda a: np.linalg.eigvalsh(a + _mT(a)), tol=_LINALG_TOL)
cases("linalg_cholesky",
      case(_spd(3) / 2, call=_sym_call, grad=(0,)),
      case(_spd(3, 2) / 2, call=_sym_call, upper=True, grad=(0,),
           ref=lambda a, upper: _mT(np.linalg.cholesky(a + _mT(a)))),
      ref=lambda a: np.linalg.cholesky(a + _mT(a)), tol=_LINALG_TOL)
cases("linalg_cholesky_ex",
      case(_spd(3) / 2, call=_sym_call, grad=(0,),
           ref=lambda a: {"L": np.linalg.cholesky(a + _mT(a)), "info": _int32(0)}),
      case(-np.eye(3, dtype=f32), ref=lambda a: {"L": -np.eye(3, dtype=f32),
                                                 "info": _int32(1)}),
      tol=_LINALG_TOL)
cases("cholesky", case(_spd(3) / 2, call=lambda impl, a: _quiet(impl, a + a.mT), grad=(0,)),
      ref=lambda a: np.linalg.cholesky(a + _mT(a)), tol=_LINALG_TOL)


def _lu_ref(a):
    """Doolittle with partial pivoting, as getrf."""
    lu = a.astype(f64).copy()
    n = lu.shape[-1]
    pivots = np.zeros(n, np.int32)
    for j in range(n):
        p = j + int(np.argmax(np.abs(lu[j:, j])))
        pivots[j] = p + 1
        lu[[j, p]] = lu[[p, j]]
        lu[j + 1:, j] /= lu[j, j]
        lu[j + 1:, j + 1:] -= np.outer(lu[j + 1:, j], lu[j, j + 1:])
    return lu.astype(a.dtype), pivots


cases("linalg_lu_factor", case(F(3, 3), grad=(0,)), case(F(4, 4), grad=(0,)),
      ref=lambda a: dict(zip(("LU", "pivots"), _lu_ref(a))), tol=_LINALG_TOL)
cases("linalg_lu_factor_ex", case(F(3, 3), grad=(0,)),
      ref=lambda a: dict(zip(("LU", "pivots", "info"), _lu_ref(a) + (_int32(0),))),
      tol=_LINALG_TOL)


# --------------------------------------------------------------------- norms
def _vector_norm_ref(x, ord=2, dim=None, keepdim=False):
    axis = tuple(range(x.ndim)) if dim is None else dim
    if ord == np.inf:
        out = np.abs(x).max(axis, keepdims=keepdim)
    elif ord == -np.inf:
        out = np.abs(x).min(axis, keepdims=keepdim)
    elif ord == 0:
        out = (x != 0).sum(axis, keepdims=keepdim).astype(x.dtype)
    else:
        out = (np.abs(x) ** ord).sum(axis, keepdims=keepdim) ** (1 / ord)
    return np.asarray(out, x.dtype)


cases("linalg_vector_norm",
      case(F(2, 3), grad=(0,)), case(AW(4), 3, grad=(0,)), case(AW(4), 1, grad=(0,)),
      case(F(2, 3), np.inf, 1, grad=(0,)), case(F(2, 3, 2), 2, (0, 2), True, grad=(0,)),
      case(AW(5), -1, grad=(0,)), case(A([1., 0., 2.]), 0),
      ref=_vector_norm_ref, tol=(1e-5, 1e-6))


def _matrix_norm_ref(a, ord="fro", dim=(-2, -1), keepdim=False):
    moved = np.moveaxis(a, dim, (-2, -1))
    out = np.linalg.norm(moved, ord, axis=(-2, -1))
    if keepdim:
        out = np.expand_dims(out, tuple(sorted(d % a.ndim for d in dim)))
    return np.asarray(out, a.dtype)


cases("linalg_matrix_norm",
      case(F(3, 3), grad=(0,)), case(F(2, 3, 4), "nuc", grad=(0,)), case(F(3, 4), 2, grad=(0,)),
      case(F(3, 3), -2, grad=(0,)), case(F(3, 4), 1, grad=(0,)), case(F(4, 3), -1, grad=(0,)),
      case(F(2, 3, 3), np.inf, grad=(0,)), case(F(3, 3), -np.inf, grad=(0,)),
      case(F(2, 3, 4), "fro", (0, 2), True, grad=(0,)),
      case(F(3, 2, 4), 1, (2, 0), grad=(0,)), case(F(3, 2, 4), "nuc", (0, 2), True, grad=(0,)),
      ref=_matrix_norm_ref, tol=_LINALG_TOL)
cases("linalg_norm",
      case(F(2, 3), grad=(0,), ref=lambda a: np.asarray(np.linalg.norm(a), a.dtype)),
      case(F(3, 3), 2, grad=(0,), ref=lambda a, o: np.asarray(np.linalg.norm(a, o), a.dtype)),
      case(F(3, 3), "nuc", grad=(0,),
           ref=lambda a, o: np.asarray(np.linalg.norm(a, o), a.dtype)),
      case(AW(4), 3, grad=(0,), ref=lambda a, o: np.asarray(np.linalg.norm(a, o), a.dtype)),
      case(F(2, 3), dim=1, grad=(0,),
           ref=lambda a, dim: np.asarray(np.linalg.norm(a, axis=dim), a.dtype)),
      case(F(2, 2, 2), dim=(1, 2), grad=(0,),
           ref=lambda a, dim: np.asarray(np.linalg.norm(a, axis=dim), a.dtype)),
      tol=_LINALG_TOL)
cases("linalg_cond",
      case(_well(3), grad=(0,)), case(_well(3), "fro", grad=(0,)), case(_well(3), 1, grad=(0,)),
      case(_well(3, 2), -2, grad=(0,)), case(_well(3), np.inf, grad=(0,)),
      case(A([[1., 2.], [2., 4.]]), 1, ref=lambda a, p: np.asarray(np.inf, f32)),
      ref=lambda a, p=None: np.asarray(np.linalg.cond(a, p), a.dtype), tol=(1e-3, 1e-4))


# ------------------------------------------------------------------ products
def _multi_dot_ref(tensors):
    return np.asarray(np.linalg.multi_dot(tensors))


cases("linalg_multi_dot",
      case([F(2, 3), F(3, 4)], grad=_paths(2)), case([F(3), F(3, 4), F(4, 2), F(2)],
                                                      grad=_paths(4)),
      case([F(5, 2), F(2, 6), F(6, 3)], grad=_paths(3)),
      case([INT(2), INT(2)]), case([INT(1, 2), INT(2, 2), INT(2, 1)]),
      ref=_multi_dot_ref, tol=(1e-5, 1e-5))
cases("chain_matmul", case(F(2, 3), F(3, 4), F(4, 2), call=_quiet, grad=(0, 1, 2)),
      ref=lambda *m: np.linalg.multi_dot(m), tol=(1e-5, 1e-5))
cases("linalg_vecdot",
      case(F(3, 2), F(3, 2), grad=(0, 1)), case(F(2, 3), F(3), grad=(0, 1)),
      case(F(3, 4), F(3, 4), dim=0, grad=(0, 1), ref=lambda a, b, dim: (a * b).sum(0)),
      ref=lambda a, b: (a * b).sum(-1), tol=(1e-5, 1e-6))
cases("tensordot",
      case(F(2, 3, 4), F(3, 4, 5), grad=(0, 1)), case(F(3, 4), F(4, 2), 1, grad=(0, 1)),
      case(F(3, 4, 2), F(2, 3), ([0, 2], [1, 0]), grad=(0, 1),
           ref=lambda a, b, d: np.tensordot(a, b, d)),
      case(INT(2, 3), INT(3, 2), 1), case(F(2), F(3), 0, grad=(0, 1)),
      ref=lambda a, b, d=2: np.tensordot(a, b, d), tol=(1e-5, 1e-5))
cases("linalg_cross",
      case(F(4, 3), F(4, 3), grad=(0, 1)), case(F(1, 3), F(4, 3), grad=(0, 1)),
      case(F(3, 2), F(3, 2), dim=0, grad=(0, 1), ref=lambda a, b, dim: np.cross(a, b, axis=0)),
      ref=lambda a, b: np.cross(*np.broadcast_arrays(a, b)))
cases("linalg_diagonal",
      case(F(2, 3, 3), grad=(0,)), case(F(3, 4), offset=1, grad=(0,)),
      case(F(2, 3, 4), dim1=0, dim2=2, grad=(0,)),
      ref=lambda a, offset=0, dim1=-2, dim2=-1: np.ascontiguousarray(
          np.diagonal(a, offset, dim1, dim2)))


# ------------------------------------------- special functions, more math (issue 17)
def _vec(function, dtype=f32):
    """A reference from a scalar math function, in float64, rounded to dtype."""
    return lambda a, *rest: np.asarray(np.vectorize(
        lambda v: function(float(v), *rest), otypes=[f64])(as_float(a, dtype))).astype(
        as_float(a, dtype).dtype)


def _digamma_ref(v):
    h = 1e-5
    return (math.lgamma(v + h) - math.lgamma(v - h)) / (2 * h)


def _zeta_ref(s, q):
    return sum((q + k) ** -s for k in range(20000)) + (q + 20000) ** (1 - s) / (s - 1)


def _bessel_ref(order):
    return lambda v: sum((-1) ** k * (v / 2) ** (2 * k + order)
                         / (math.factorial(k) * math.factorial(k + order)) for k in range(40))


def _bessel_i_ref(order):
    return lambda v: sum((v / 2) ** (2 * k + order)
                         / (math.factorial(k) * math.factorial(k + order)) for k in range(60))


def _erfinv_ref(y):
    lo, hi = -6.0, 6.0
    for _ in range(200):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if math.erf(mid) < y else (lo, mid)
    return (lo + hi) / 2


_ND = 0.5 * (1 + np.vectorize(math.erf)(np.array(0.0)))
_TOL = (1e-4, 1e-5)
cases("lgamma", case(P(2, 3), grad=(0,)), case(INT(3, lo=1, hi=5)), ref=_vec(math.lgamma))
cases("digamma", case(P(2, 3), grad=(0,)), ref=_vec(_digamma_ref), tol=_TOL)
cases("polygamma", case(1, P(2, 3), grad=(1,)), case(2, P(3), grad=(1,)),
      ref=lambda n, a: _vec(lambda v: (-1) ** (n + 1) * math.factorial(n) * _zeta_ref(n + 1, v))(
          a), tol=_TOL)
cases("mvlgamma", case(P(3, lo=2, hi=3), 2, grad=(0,)),
      ref=lambda a, p: _vec(lambda v: math.lgamma(v) + math.lgamma(v - 0.5)
                            + 0.5 * math.log(math.pi))(a))
cases("erfc", case(F(2, 3), grad=(0,)), case(INT(3)), ref=_vec(math.erfc))
cases("erfinv", case(F(2, 3, lo=-0.9, hi=0.9), grad=(0,)), ref=_vec(_erfinv_ref))
cases("special_erfcx", case(F(2, 3), grad=(0,)),
      ref=_vec(lambda v: math.exp(v * v) * math.erfc(v)))
cases("special_ndtr", case(F(2, 3), grad=(0,)), ref=_vec(lambda v: 0.5 * math.erfc(-v / 2 ** 0.5)))
cases("special_ndtri", case(F(2, 3, lo=0.1, hi=0.9), grad=(0,)),
      ref=_vec(lambda p: 2 ** 0.5 * _erfinv_ref(2 * p - 1)), tol=_TOL)
cases("special_log_ndtr", case(F(2, 3, lo=-4, hi=3), grad=(0,)),
      ref=_vec(lambda v: math.log(0.5 * math.erfc(-v / 2 ** 0.5))))
cases("i0", case(F(2, 3), grad=(0,)), ref=_vec(_bessel_i_ref(0)))
cases("special_i0e", case(AW(2, 3), grad=(0,)),
      ref=_vec(lambda v: _bessel_i_ref(0)(v) * math.exp(-abs(v))))
cases("special_i1", case(F(2, 3), grad=(0,)), ref=_vec(_bessel_i_ref(1)))
cases("special_i1e", case(AW(2, 3), grad=(0,)),
      ref=_vec(lambda v: _bessel_i_ref(1)(v) * math.exp(-abs(v))))
cases("special_bessel_j0", case(F(2, 3, lo=-8, hi=8)), ref=_vec(_bessel_ref(0)), tol=_TOL)
cases("special_bessel_j1", case(F(2, 3, lo=-8, hi=8)), ref=_vec(_bessel_ref(1)), tol=_TOL)
cases("sinc", case(AW(2, 3), grad=(0,)), case(A([0., 0.5, 1.])),
      ref=_vec(lambda v: 1.0 if v == 0 else math.sin(math.pi * v) / (math.pi * v)), tol=_TOL)
cases("special_entr", case(P(2, 3), grad=(0,)), case(A([-1., 0., 0.5])),
      ref=_vec(lambda v: 0.0 if v == 0 else (-math.inf if v < 0 else -v * math.log(v))))
cases("logit", case(F(2, 3, lo=0.1, hi=0.9), grad=(0,)),
      case(A([0., 0.3, 1.]), call=lambda impl, a: impl(a, eps=0.01),
           ref=lambda a: np.log(np.clip(a, 0.01, 0.99) / (1 - np.clip(a, 0.01, 0.99))).astype(
               f32)),
      ref=lambda a: np.log(a / (1 - a)))
cases("xlogy", case(F(2, 3), P(2, 3), grad=(0, 1)), case(A([0., 1.]), A([0., 2.])),
      case(F(3), 2.0, grad=(0,)), case(2.0, P(3), grad=(1,)),
      ref=lambda a, b: np.where(np.asarray(a) == 0, 0, a * np.log(b)).astype(f32))
cases("special_xlog1py", case(F(2, 3), P(2, 3), grad=(0, 1)),
      ref=lambda a, b: np.where(np.asarray(a) == 0, 0, a * np.log1p(b)).astype(f32))
cases("special_zeta", case(A([2., 3., 4.5]), P(3), grad=(1,)), case(2.0, P(3), grad=(1,)),
      ref=lambda s, q: np.vectorize(_zeta_ref, otypes=[f64])(s, q).astype(f32), tol=_TOL)

cases("gcd", case(INT(5), INT(5)), ref=np.gcd)
cases("lcm", case(INT(5), INT(5)), ref=np.lcm)
cases("fmax", case(F(2, 3), F(2, 3), grad=(0, 1)), case(A([1., np.nan]), A([np.nan, np.nan])),
      ref=np.fmax)
cases("fmin", case(F(2, 3), F(2, 3), grad=(0, 1)), case(A([1., np.nan]), A([np.nan, 2.])),
      ref=np.fmin)
cases("hypot", case(AW(2, 3), AW(2, 3), grad=(0, 1)), ref=np.hypot)
cases("logaddexp", case(F(2, 3), F(3), grad=(0, 1)), ref=np.logaddexp)
cases("logaddexp2", case(F(2, 3), F(3), grad=(0, 1)), ref=np.logaddexp2)
cases("copysign", case(AW(2, 3), AW(2, 3), grad=(0,)), case(AW(3), -1.0, grad=(0,)),
      ref=lambda a, b: np.copysign(a, b).astype(f32))
cases("nextafter", case(F(3), F(3), grad=(0,)), ref=np.nextafter)
cases("ldexp", case(F(3), INT(3, lo=0, hi=4), grad=(0,)),
      ref=lambda a, b: (a * np.exp2(b.astype(f32))).astype(f32))
cases("frexp", case(AW(4), check=lambda r, a: np.testing.assert_allclose(
    np.asarray(r[0]) * np.exp2(np.asarray(r[1]).astype(f32)), a, rtol=1e-6)), case(AW(4), grad=(0,),
    call=lambda impl, a: impl(a)[0], ref=lambda a: np.frexp(a)[0]))
cases("heaviside", case(A([-1.5, 0., 2.]), A([0.5])), ref=lambda a, v: np.heaviside(a, v))
cases("float_power", case(P(3), 2, grad=(0,)), case(P(3), P(3), grad=(0, 1)),
      ref=lambda a, b: np.power(a.astype(f64), np.asarray(b, f64)))
cases("addmv", case(F(2), F(2, 3), F(3), grad=(0, 1, 2)),
      case(F(2), F(2, 3), F(3), beta=0.5, alpha=2.0, grad=(0, 1, 2)),
      ref=lambda i, m, v, beta=1, alpha=1: beta * i + alpha * (m @ v), tol=_TOL)
cases("addr", case(F(2, 3), F(2), F(3), grad=(0, 1, 2)), case(F(2, 3), F(2), F(3), alpha=2.0,
      grad=(0, 1, 2)), ref=lambda i, a, b, beta=1, alpha=1: beta * i + alpha * np.outer(a, b),
      tol=_TOL)
cases("baddbmm", case(F(2, 2, 2), F(2, 2, 3), F(2, 3, 2), grad=(0, 1, 2)),
      ref=lambda i, a, b: i + a @ b, tol=_TOL)
cases("addbmm", case(F(2, 2), F(3, 2, 3), F(3, 3, 2), grad=(0, 1, 2)),
      ref=lambda i, a, b: i + (a @ b).sum(0), tol=_TOL)


def _renorm_ref(a, p, dim, maxnorm):
    others = tuple(d for d in range(a.ndim) if d != dim)
    norm = (np.abs(a) ** p).sum(others, keepdims=True) ** (1 / p)
    return (a * np.where(norm > maxnorm, maxnorm / (norm + 1e-7), 1)).astype(a.dtype)


cases("renorm", case(F(3, 4), 2, 0, 1.0, grad=(0,)), case(F(3, 4), 1, 1, 1.5, grad=(0,)),
      ref=_renorm_ref, tol=_TOL)
cases("nansum", case(F(2, 3), grad=(0,)), case(A([1., np.nan, 2.])), case(F(2, 3), 1, grad=(0,)),
      case(INT(4)), ref=lambda a, *d: np.nansum(a, *d))
cases("nanmean", case(F(2, 3), grad=(0,)), case(A([1., np.nan, 2.])), case(F(2, 3), 1, grad=(0,)),
      ref=lambda a, *d: np.nanmean(a, *d).astype(f32))
cases("count_nonzero", case(INT(3, 4)), case(INT(3, 4), dim=1),
      ref=lambda a, dim=None: np.count_nonzero(a, axis=dim).astype(i64))
cases("aminmax", case(F(2, 3), grad=(0,), call=lambda impl, a: impl(a)[0] + 2 * impl(a)[1],
                      ref=lambda a: a.min() + 2 * a.max()),
      case(F(2, 3), dim=1, check=lambda r, a, dim: np.testing.assert_allclose(
          np.asarray(r[1]), a.max(1))))
cases("cummax", case(F(2, 4), 1, grad=(0,), call=lambda impl, a, d: impl(a, d)[0],
                     ref=lambda a, d: np.maximum.accumulate(a, d)))
cases("cummin", case(F(2, 4), 1, grad=(0,), call=lambda impl, a, d: impl(a, d)[0],
                     ref=lambda a, d: np.minimum.accumulate(a, d)))
cases("mode", case(A([[1., 2., 2., 3.], [4., 4., 1., 1.]]), call=lambda impl, a: impl(a)[0],
                   ref=lambda a: A([2., 1.])),
      case(F(2, 3), grad=(0,), call=lambda impl, a: impl(a, 1)[0], ref=lambda a: a.min(1)))
cases("tile", case(F(2, 3), (2,), grad=(0,)), case(F(3), (2, 2), grad=(0,)),
      ref=lambda a, d: np.tile(a, d))
cases("movedim", case(F(2, 3, 4), 0, 2, grad=(0,)), case(F(2, 3, 4), (0, 1), (2, 0), grad=(0,)),
      ref=np.moveaxis)
cases("swapdims", case(F(2, 3), 0, 1, grad=(0,)), ref=np.swapaxes)
cases("unflatten", case(F(2, 6), 1, (2, 3), grad=(0,)), case(F(6), 0, (-1, 2), grad=(0,)),
      ref=lambda a, d, s: a.reshape(a.shape[:d] + tuple(
          (a.shape[d] // -np.prod(s)) if k == -1 else k for k in s) + a.shape[d + 1:]))
cases("tensor_split", case(F(7), 3, grad=(0,), call=lambda impl, a, n: impl(a, n)[1],
                           ref=lambda a, n: a[3:5]),
      case(F(2, 5), [1, 3], 1, grad=(0,), call=lambda impl, a, i, d: impl(a, i, d)[2],
           ref=lambda a, i, d: a[:, 3:]))
cases("hsplit", case(F(3, 4), 2, grad=(0,), call=lambda impl, a, n: impl(a, n)[1],
                     ref=lambda a, n: a[:, 2:]))
cases("vsplit", case(F(4, 3), 2, grad=(0,), call=lambda impl, a, n: impl(a, n)[1],
                     ref=lambda a, n: a[2:]))
cases("dsplit", case(F(2, 2, 4), 2, grad=(0,), call=lambda impl, a, n: impl(a, n)[0],
                     ref=lambda a, n: a[:, :, :2]))
cases("combinations", case(F(4), grad=(0,)), case(F(3), r=3, with_replacement=True, grad=(0,)),
      ref=lambda a, r=2, with_replacement=False: np.array([[a[i] for i in c] for c in (
          __import__("itertools").combinations_with_replacement if with_replacement else
          __import__("itertools").combinations)(range(len(a)), r)], a.dtype))
cases("cartesian_prod", case(F(2), F(3), grad=(0, 1)),
      ref=lambda a, b: np.array([[x, y] for x in a for y in b], f32))
cases("broadcast_shapes", case((2,), (3, 1), (1, 1, 1), check=lambda r, *s: (
    tuple(r) == (1, 3, 2)) or (_ for _ in ()).throw(AssertionError(r))))
cases("take_along_dim", case(F(2, 3), A([[0], [2]], i64), 1, grad=(0,)),
      case(F(2, 3), A([5, 0], i64), grad=(0,)),
      ref=lambda a, i, d=None: np.take_along_axis(a.reshape(-1) if d is None else a, i,
                                                  0 if d is None else d))
cases("unfold", case(F(7), 0, 2, 2, grad=(0,)), case(F(2, 5), 1, 3, 1, grad=(0,)),
      ref=lambda a, d, s, st: np.moveaxis(np.lib.stride_tricks.sliding_window_view(
          a, s, axis=d), d, d).take(range(0, a.shape[d] - s + 1, st), axis=d))
NOT_DIFFERENTIABLE.update({
    "heaviside": "PyTorch: 'derivative for aten::heaviside is not implemented'",
})


# ---------------------------------------------------------------- complex
# (complex tensors: gradsh/engine/ops/complex.py.) Forward cases take complex64
# arrays; gradient cases take real float64 leaves re, im, build z = re + im*1j
# and hand gradcheck a real result (view_as_real of a complex one), so the
# finite differences check PyTorch's conjugate-Wirtinger convention.
c64 = np.complex64


def Z(*shape):
    """complex64 values, real and imaginary parts away from zero."""
    return (AW(*shape) + 1j * AW(*shape)).astype(c64)


def _z(re, im):
    return re + im * 1j


def _as_real(out):
    """view_as_real(out) with Tensor methods only (works in PyTorch too)."""
    if not out.is_complex():
        return out
    one, i = out.real.new_tensor([1., 0.]), out.real.new_tensor([0., 1.])
    return out.real.unsqueeze(-1) * one + out.imag.unsqueeze(-1) * i


def _complex_unary(method: str):
    return lambda impl, re, im: _as_real(impl(_z(re, im)))


def _view_ref(a):
    return np.stack([a.real, a.imag], -1)


cases("real", case(Z(3), ref=lambda a: a.real),
      case(AW(3), AW(3), grad=(0, 1), call=_complex_unary("real"), ref=lambda a, b: a))
cases("imag", case(Z(2, 2), ref=lambda a: a.imag),
      case(AW(3), AW(3), grad=(0, 1), call=_complex_unary("imag"), ref=lambda a, b: b))
cases("view_as_real", case(Z(2, 3), ref=_view_ref),
      case(AW(3), AW(3), grad=(0, 1), call=_complex_unary("view_as_real"),
           ref=lambda a, b: np.stack([a, b], -1)))
cases("view_as_complex", case(F(3, 2), ref=lambda a: (a[..., 0] + 1j * a[..., 1]).astype(c64)),
      case(F(3, 2), grad=(0,), call=lambda impl, a: _as_real(impl(a)), ref=lambda a: a))
cases("complex", case(F(3), F(3), ref=lambda a, b: (a + 1j * b).astype(c64)),
      case(F(3), F(3), grad=(0, 1), call=lambda impl, a, b: _as_real(impl(a, b)),
           ref=lambda a, b: np.stack([a, b], -1)))
# abs >= 0: PyTorch's polar_backward uses sgn(result), right for non-negative abs only
def _polar_ref(r, t):
    out = (r * np.cos(t)).astype(c64)
    out.imag = r * np.sin(t)
    return out


cases("polar", case(np.abs(AW(3)), F(3), ref=_polar_ref),
      case(np.abs(AW(3)), F(3), grad=(0, 1), call=lambda impl, r, t: _as_real(impl(r, t)),
           ref=lambda r, t: np.stack([r * np.cos(t), r * np.sin(t)], -1), tol=_TOL))
cases("conj", case(Z(3), ref=np.conj), case(F(3), ref=lambda a: a),
      case(AW(3), AW(3), grad=(0, 1), call=_complex_unary("conj"),
           ref=lambda a, b: np.stack([a, -b], -1)))
cases("conj_physical", case(Z(3), ref=np.conj),
      case(AW(3), AW(3), grad=(0, 1), call=_complex_unary("conj_physical"),
           ref=lambda a, b: np.stack([a, -b], -1)))
cases("resolve_conj", case(Z(3), ref=lambda a: a), case(Z(3), ref=np.conj,
                                                         call=lambda impl, a: impl(a.conj())),
      case(AW(3), AW(3), grad=(0, 1), call=lambda impl, a, b: _as_real(impl(_z(a, b).conj())),
           ref=lambda a, b: np.stack([a, -b], -1)))
cases("resolve_neg", case(Z(3), ref=lambda a: a),
      case(AW(3), AW(3), grad=(0, 1), call=_complex_unary("resolve_neg"),
           ref=lambda a, b: np.stack([a, b], -1)))
cases("angle", case(Z(4), ref=lambda a: np.angle(a).astype(f32), tol=_TOL),
      case(A([-1., 0., 2.]), ref=lambda a: np.angle(a).astype(f32)),
      case(AW(3), AW(3), grad=(0, 1), call=lambda impl, a, b: impl(_z(a, b)),
           ref=lambda a, b: np.arctan2(b, a)))
cases("sgn", case(Z(4), ref=lambda a: (a / np.abs(a)).astype(c64), tol=_TOL),
      case(A([-2., 0., 3.]), ref=np.sign),
      case(AW(3), AW(3), grad=(0, 1), call=_complex_unary("sgn"),
           ref=lambda a, b: _view_ref((a + 1j * b) / np.abs(a + 1j * b))))
cases("is_complex", case(Z(2), ref=lambda a: True), case(F(2), ref=lambda a: False))
cases("is_conj", case(Z(2), ref=lambda a: False),
      case(Z(2), call=lambda impl, a: impl(a.conj()), ref=lambda a: True))
cases("is_neg", case(Z(2), ref=lambda a: False))
cases("cfloat", case(F(3), ref=lambda a: a.astype(c64)),
      case(F(3), grad=(0,), call=lambda impl, a: _as_real(impl(a)), eps=1e-3, grad_atol=1e-3,
           ref=lambda a: np.stack([a, 0 * a], -1)))
cases("cdouble", case(F(3), ref=lambda a: a.astype(np.complex128)),
      case(F(3), grad=(0,), call=lambda impl, a: _as_real(impl(a)),
           ref=lambda a: np.stack([a, 0 * a], -1).astype(f64)))
# complex inputs of ops declared elsewhere: holomorphic rules conjugated by record
for _name, _ref in (("exp", np.exp), ("sin", np.sin), ("tanh", np.tanh), ("log", np.log),
                    ("sqrt", np.sqrt), ("reciprocal", lambda a: 1 / a)):
    CASES[_name].append(case(AW(3), AW(3), grad=(0, 1), call=_complex_unary(_name),
                             ref=lambda a, b, f=_ref: _view_ref(f(a + 1j * b)), tol=_TOL))
CASES["abs"].append(case(AW(3), AW(3), grad=(0, 1), call=lambda impl, a, b: impl(_z(a, b)),
                         ref=lambda a, b: np.abs(a + 1j * b)))
for _name, _ref in (("mul", np.multiply), ("div", np.divide), ("add", np.add),
                    ("sub", np.subtract), ("matmul", np.matmul)):
    _shape = (2, 2) if _name == "matmul" else (3,)
    CASES[_name].append(case(
        AW(*_shape), AW(*_shape), AW(*_shape), AW(*_shape), grad=(0, 1, 2, 3),
        call=lambda impl, a, b, c, d: _as_real(impl(_z(a, b), _z(c, d))),
        ref=lambda a, b, c, d, f=_ref: _view_ref(f(a + 1j * b, c + 1j * d)), tol=_TOL))
for _name in ("sum", "mean", "prod"):
    CASES[_name].append(case(AW(2, 3), AW(2, 3), grad=(0, 1),
                             call=lambda impl, a, b: _as_real(impl(_z(a, b))),
                             ref=lambda a, b, n=_name: _view_ref(getattr(np, n)(a + 1j * b)),
                             tol=_TOL))


# ------------------------------------------------ issue 17: order statistics, fills, stats
# (reduce_order.py, math_fill.py, stats.py)
cases("kthvalue", case(F(2, 5), 2, grad=(0,), call=lambda impl, a, k: impl(a, k)[0],
                       ref=lambda a, k: np.sort(a, -1)[:, k - 1]),
      case(F(4, 3), 3, 0, True, call=lambda impl, a, k, d, kd: impl(a, k, d, kd)[1],
           ref=lambda a, k, d, kd: np.argsort(a, 0)[k - 1:k]))
cases("msort", case(F(3, 2), grad=(0,)), ref=lambda a: np.sort(a, 0))
cases("nanmedian", case(A([1., np.nan, 3., 2.])), case(F(3), grad=(0,)),
      case(F(2, 5), 1, grad=(0,), call=lambda impl, a, d: impl(a, d)[0],
           ref=lambda a, d: np.sort(a, d)[:, 2]),
      ref=lambda a: np.asarray(np.sort(a[~np.isnan(a)])[(np.sum(~np.isnan(a)) - 1) // 2]))
cases("quantile", case(F(2, 5), 0.3, grad=(0,)), case(F(2, 5), 0.7, 1, grad=(0,)),
      case(F(6), 0.25, interpolation="midpoint", grad=(0,)),
      ref=lambda a, q, dim=None, interpolation="linear": np.quantile(
          a, q, axis=dim, method=interpolation).astype(a.dtype), tol=(1e-5, 1e-6))
cases("nanquantile", case(A([1., np.nan, 2., 4.]), 0.5), case(F(2, 5), 0.4, 1, grad=(0,)),
      ref=lambda a, q, dim=None: np.nanquantile(a, q, axis=dim).astype(a.dtype),
      tol=(1e-5, 1e-6))
cases("fmod", case(F(2, 3), 0.7, grad=(0,)), case(F(3), P(3), grad=(0, 1)),
      case(A([-5, 5, -5], i64), A([3, -3, -3], i64)), ref=np.fmod)
cases("deg2rad", case(F(3), grad=(0,)), ref=lambda a: a * f32(np.pi / 180))
cases("rad2deg", case(F(3), grad=(0,)), ref=lambda a: a * f32(180 / np.pi))
cases("signbit", case(A([-0., 0., -1., 2.])), case(INT(4)), ref=np.signbit)
cases("isposinf", case(A([np.inf, -np.inf, 1.])), ref=np.isposinf)
cases("isneginf", case(A([np.inf, -np.inf, 1.])), ref=np.isneginf)
cases("ravel", case(F(2, 3), grad=(0,)), ref=np.ravel)
cases("isin", case(A([1, 2, 3], i64), A([2, 5], i64)), ref=np.isin)
cases("tril_indices", case(3, 4, 1), ref=lambda r, c, o: np.stack(np.tril_indices(r, o, c)))
cases("triu_indices", case(3, 4, 1), ref=lambda r, c, o: np.stack(np.triu_indices(r, o, c)))
cases("block_diag", case(F(2, 2), F(1, 3), grad=(0, 1)),
      ref=lambda a, b: np.block([[a, np.zeros((2, 3), f32)], [np.zeros((1, 2), f32), b]]))
cases("vander", case(F(3), grad=(0,)), case(F(4), N=3, increasing=True, grad=(0,)),
      ref=lambda a, N=None, increasing=False: np.vander(a, N, increasing).astype(a.dtype))
cases("std_mean", case(F(2, 4), grad=(0,), call=lambda impl, a: impl(a)[0] + 2 * impl(a)[1],
                       ref=lambda a: a.std(ddof=1) + 2 * a.mean()),
      case(F(2, 4), 1, grad=(0,), call=lambda impl, a, d: impl(a, d)[0] * impl(a, d)[1],
           ref=lambda a, d: a.std(d, ddof=1) * a.mean(d)), tol=(1e-5, 1e-6))
cases("var_mean", case(F(2, 4), 0, correction=0, grad=(0,),
                       call=lambda impl, a, d, correction: impl(a, d, correction=correction)[0]
                       - impl(a, d, correction=correction)[1],
                       ref=lambda a, d, correction: a.var(d) - a.mean(d)), tol=(1e-5, 1e-6))
cases("cov", case(F(2, 5), grad=(0,)), case(F(3, 4), correction=0, grad=(0,)),
      ref=lambda a, correction=1: np.cov(a, ddof=correction).astype(f32), tol=(1e-5, 1e-6))
cases("corrcoef", case(F(3, 5), grad=(0,)), ref=lambda a: np.corrcoef(a).astype(f32),
      tol=(1e-5, 1e-6))
cases("trapezoid", case(F(2, 5), grad=(0,)), case(F(5), dx=0.5, grad=(0,)),
      case(F(5), A([0., 1., 3., 4., 7.]), grad=(0, 1)),
      ref=lambda y, x=None, dx=1.0: np.trapezoid(y, x, dx=dx).astype(f32), tol=(1e-5, 1e-6))
cases("cumulative_trapezoid", case(F(2, 5), grad=(0,)),
      case(F(5), A([0., 1., 3., 4., 7.]), grad=(0, 1)),
      ref=lambda y, x=None: np.cumsum((y[..., 1:] + y[..., :-1]) / 2 * (
          np.diff(x) if x is not None else 1), -1).astype(f32), tol=(1e-5, 1e-6))


# ------------------------------------ issue 17: more linalg (linalg_lu.py, linalg_more.py)
def _wc(n, *batch):
    """Well-conditioned square matrices: identity plus a small perturbation."""
    return (np.eye(n, dtype=f32) * 2 + F(*batch, n, n) / 4).astype(f32)


def _np_lu(a):
    lu, piv = _lu_ref(a)
    n = a.shape[-1]
    perm = np.arange(n)
    for j, p in enumerate(piv - 1):
        perm[[j, p]] = perm[[p, j]]
    P = np.eye(n, dtype=a.dtype)[perm].T
    return P, np.tril(lu, -1) + np.eye(n, dtype=a.dtype), np.triu(lu)


def _lu_solve_call(impl, a, b, **kw):
    from gradsh.engine.ops.linalg_cholesky import lu_factor as _lf

    LU, piv = _lf(a)
    return impl(LU, piv, b, **kw)


def _eig_gauge(impl, a):
    L, V = impl(a)
    return L.real.sum() + L.imag.abs().sum() + (V.abs() * V.abs()).sum()


def _hh_ref(a, tau):
    m, n = a.shape
    q = np.eye(m, n, dtype=a.dtype)
    for i in range(len(tau) - 1, -1, -1):
        v = np.concatenate([np.zeros(i), [1.0], a[i + 1:, i]]).astype(a.dtype)
        q = q - tau[i] * np.outer(v, v @ q)
    return q


def _expm_ref(a):
    w, v = np.linalg.eig(a.astype(f64))
    return (v @ np.diag(np.exp(w)) @ np.linalg.inv(v)).real.astype(a.dtype)


cases("linalg_lu", case(_wc(3), grad=(0,), call=lambda impl, a: impl(a).L + impl(a).U,
                        ref=lambda a: _np_lu(a)[1] + _np_lu(a)[2]),
      case(_wc(3), call=lambda impl, a: impl(a).P, ref=lambda a: _np_lu(a)[0]),
      case(F(3, 2), grad=(0,), call=lambda impl, a: impl(a).L.sum() + impl(a).U.sum(),
           check=lambda out, a: None),
      case(F(2, 4), grad=(0,), call=lambda impl, a: impl(a).L.sum() + impl(a).U.sum(),
           check=lambda out, a: None), tol=_LINALG_TOL)
cases("lu_unpack", case(_wc(3), grad=(0,), call=lambda impl, a: impl(
    a, torch_int32_pivots(a)).L + impl(a, torch_int32_pivots(a)).U,
    ref=lambda a: np.tril(a, -1) + np.eye(3, dtype=f32) + np.triu(a)), tol=_LINALG_TOL)


def torch_int32_pivots(a):
    from gradsh.engine.tensor import Tensor as _T

    return _T._make(np.arange(1, a.shape[-1] + 1, dtype=np.int32), dtypes_int32())


def dtypes_int32():
    from gradsh.engine import dtypes as _d

    return _d.int32


cases("linalg_lu_solve", case(_wc(3), F(3, 2), grad=(0, 1), call=_lu_solve_call),
      case(_wc(3), F(3, 2), grad=(0, 1), adjoint=True, call=_lu_solve_call,
           ref=lambda a, b, adjoint: np.linalg.solve(a.T, b)),
      case(_wc(3), F(2, 3), grad=(0, 1), left=False, call=_lu_solve_call,
           ref=lambda a, b, left: np.linalg.solve(a.T, b.T).T),
      case(_wc(3, 2), F(2, 3, 1), grad=(0, 1), call=_lu_solve_call),
      ref=lambda a, b: np.linalg.solve(a, b), tol=_LINALG_TOL)
cases("lu_solve", case(F(3, 2), _wc(3), grad=(0, 1), call=lambda impl, b, a: _quiet(
    lambda: _lu_solve_call(lambda LU, p, b: impl(b, LU, p), a, b))),
    ref=lambda b, a: np.linalg.solve(a, b), tol=_LINALG_TOL)
cases("lu", case(_wc(3), grad=(0,), call=lambda impl, a: _quiet(impl, a)[0],
                 ref=lambda a: _lu_ref(a)[0]), tol=_LINALG_TOL)
cases("triangular_solve",
      case(F(3, 2), np.triu(_wc(3)), grad=(0, 1), call=lambda impl, b, a: _quiet(impl, b, a)[0],
           ref=lambda b, a: np.linalg.solve(np.triu(a), b)),
      case(F(3, 2), np.tril(_wc(3)), grad=(0, 1), call=lambda impl, b, a: _quiet(
          impl, b, a, upper=False, transpose=True)[0],
          ref=lambda b, a: np.linalg.solve(np.tril(a).T, b)), tol=_LINALG_TOL)
cases("cholesky_solve", case(F(3, 2), np.linalg.cholesky(_spd(3)), grad=(0, 1),
                             call=lambda impl, b, low: impl(b, low.tril())),
      ref=lambda b, low: np.linalg.solve(np.tril(low) @ np.tril(low).T, b), tol=_LINALG_TOL)
cases("cholesky_inverse", case(np.linalg.cholesky(_spd(3)), grad=(0,),
                               call=lambda impl, low: impl(low.tril())),
      case(np.linalg.cholesky(_spd(3)).T, grad=(0,), call=lambda impl, u: impl(u.triu(), True),
           ref=lambda u: np.linalg.inv(np.triu(u).T @ np.triu(u))),
      ref=lambda low: np.linalg.inv(np.tril(low) @ np.tril(low).T), tol=_LINALG_TOL)
cases("adjoint", case(F(2, 3), grad=(0,)), case(F(2, 2, 3), grad=(0,)),
      ref=lambda a: np.swapaxes(a, -1, -2))
cases("vdot", case(F(4), F(4), grad=(0, 1)), ref=np.vdot)
cases("inner", case(F(2, 3), F(4, 3), grad=(0, 1)), case(F(3), F(3), grad=(0, 1)),
      ref=np.inner, tol=(1e-5, 1e-6))
cases("linalg_eig", case(_wc(3), call=_eig_gauge, grad=(0,)),
      case(_wc(3, 2), call=_eig_gauge, grad=(0,)),
      ref=lambda a: np.asarray(np.sum(np.linalg.eigvals(a).real) + np.sum(np.abs(
          np.linalg.eigvals(a).imag)) + a.shape[-1] * (a.shape[0] if a.ndim == 3 else 1),
          dtype=a.dtype), tol=_LINALG_TOL)
cases("linalg_eigvals", case(_wc(3), grad=(0,), call=lambda impl, a: impl(a).real.sort()[0],
                             ref=lambda a: np.sort(np.linalg.eigvals(a).real)),
      tol=_LINALG_TOL)
cases("linalg_tensorsolve", case(_wc(6).reshape(2, 3, 6), F(2, 3), grad=(0, 1)),
      ref=lambda a, b: np.linalg.tensorsolve(a, b), tol=_LINALG_TOL)
cases("linalg_tensorinv", case(_wc(6).reshape(6, 2, 3), 1, grad=(0,)),
      ref=lambda a, ind: np.linalg.tensorinv(a, ind), tol=_LINALG_TOL)
cases("linalg_householder_product", case(F(3, 2), F(2) / 2, grad=(0, 1)),
      case(F(4, 3), F(2) / 2, grad=(0, 1)), ref=_hh_ref, tol=_LINALG_TOL)
cases("orgqr", case(F(3, 2), F(2) / 2, grad=(0, 1)), ref=_hh_ref, tol=_LINALG_TOL)
cases("matrix_exp", case(F(3, 3) / 2, grad=(0,)), case(F(2, 3, 3), grad=(0,)),
      case(F(2, 2) * 3, grad=(0,)),
      ref=lambda a: np.stack([_expm_ref(m) for m in a.reshape(-1, *a.shape[-2:])]).reshape(
          a.shape), tol=_LINALG_TOL)
cases("linalg_vander", case(F(3), grad=(0,)), case(F(2, 3), 4, grad=(0,)),
      ref=lambda x, N=None: np.vander(x, N, increasing=True).astype(x.dtype)
      if x.ndim == 1 else np.stack([np.vander(r, N, increasing=True) for r in x]).astype(x.dtype),
      tol=(1e-5, 1e-6))


# ============ issue 17: more torch.nn.functional (conv_more, shuffle, pooling_more,
# activation_more, losses_more)
def _conv_transpose_ref(x, w, bias=None, stride=1, padding=0, output_padding=0, groups=1,
                        dilation=1):
    """A transposed convolution by its definition: each input value scatters weight * value."""
    dims = w.ndim - 2
    unbatched = x.ndim == dims + 1
    x = x[None] if unbatched else x
    kernel = w.shape[2:]
    stride, padding = _per_dim(stride, dims), _per_dim(padding, dims)
    output_padding, dilation = _per_dim(output_padding, dims), _per_dim(dilation, dims)
    sizes = tuple((n - 1) * s - 2 * p + d * (k - 1) + 1 + q for n, s, p, d, k, q in zip(
        x.shape[2:], stride, padding, dilation, kernel, output_padding))
    per_group, out_group = w.shape[0] // groups, w.shape[1]
    full = np.zeros((x.shape[0], out_group * groups) + tuple(
        n + 2 * p for n, p in zip(sizes, padding)), x.dtype)
    for position in np.ndindex(*x.shape[2:]):
        for offset in np.ndindex(*kernel):
            target = tuple(i * s + o * d for i, s, o, d in zip(position, stride, offset,
                                                                dilation))
            for g in range(groups):
                values = x[(slice(None), slice(g * per_group, (g + 1) * per_group)) + position]
                weights = w[(slice(g * per_group, (g + 1) * per_group), slice(None)) + offset]
                full[(slice(None), slice(g * out_group, (g + 1) * out_group)) + target] += \
                    values @ weights
    out = full[(Ellipsis,) + tuple(slice(p, p + n) for p, n in zip(padding, sizes))]
    if bias is not None:
        out = out + bias.reshape((-1,) + (1,) * dims)
    out = out.astype(x.dtype)
    return out[0] if unbatched else out


def _pool3d_ref(x, kernel_size, stride=None, padding=0, mode="max", ceil_mode=False):
    kernel = _per_dim(kernel_size, 3)
    stride = _per_dim(stride or kernel_size, 3)
    pad = _per_dim(padding, 3)
    spatial = x.shape[-3:]
    sizes = []
    for n, k, s, p in zip(spatial, kernel, stride, pad):
        out = (n + 2 * p - k + (s - 1 if ceil_mode else 0)) // s + 1
        if ceil_mode and (out - 1) * s >= n + p:
            out -= 1
        sizes.append(out)
    fill = -np.inf if mode == "max" else 0
    padded = np.pad(x.astype(f64), [(0, 0)] * (x.ndim - 3) + [(p, p + k) for p, k in
                                                              zip(pad, kernel)],
                    constant_values=fill)
    result = np.zeros(x.shape[:-3] + tuple(sizes), x.dtype)
    for position in np.ndindex(*sizes):
        window = padded[(Ellipsis,) + tuple(slice(i * s, i * s + k) for i, s, k in zip(
            position, stride, kernel))]
        if mode == "max":
            result[(Ellipsis,) + position] = window.max((-3, -2, -1))
        else:
            result[(Ellipsis,) + position] = window.sum((-3, -2, -1)) / np.prod(kernel)
    return result


def _pixel_shuffle_ref(x, r):
    *lead, c, h, w = x.shape
    y = x.reshape(*lead, c // (r * r), r, r, h, w)
    n = len(lead)
    return y.transpose(*range(n), n, n + 3, n + 1, n + 4, n + 2).reshape(
        *lead, c // (r * r), h * r, w * r)


def _pixel_unshuffle_ref(x, r):
    *lead, c, h, w = x.shape
    y = x.reshape(*lead, c, h // r, r, w // r, r)
    n = len(lead)
    return y.transpose(*range(n), n, n + 2, n + 4, n + 1, n + 3).reshape(
        *lead, c * r * r, h // r, w // r)


def _channel_shuffle_ref(x, groups):
    n, c = x.shape[:2]
    return x.reshape(n, groups, c // groups, *x.shape[2:]).swapaxes(1, 2).reshape(x.shape)


cases("conv3d",
      case(F(2, 2, 4, 3, 4), F(3, 2, 2, 2, 3), F(3), grad=(0, 1, 2)),
      case(F(4, 4, 5, 4), F(2, 2, 2, 1, 2), stride=2, padding=1, groups=2, grad=(0, 1)),
      ref=_conv_ref, tol=(1e-5, 1e-5))
cases("conv_transpose1d",
      case(F(2, 4, 5), F(4, 3, 3), F(6), stride=2, padding=1, output_padding=1, groups=2,
           grad=(0, 1, 2)),
      case(F(3, 4), F(3, 2, 2), dilation=2, stride=3, output_padding=2, grad=(0, 1)),
      case(INT(1, 2, 4), INT(2, 3, 2)),
      ref=_conv_transpose_ref, tol=(1e-5, 1e-5))
cases("conv_transpose2d",
      case(F(2, 2, 3, 4), F(2, 3, 2, 3), F(3), grad=(0, 1, 2)),
      case(F(1, 4, 3, 3), F(4, 1, 3, 2), stride=(2, 1), padding=1, output_padding=(1, 0),
           groups=2, dilation=(1, 2), grad=(0, 1)),
      ref=_conv_transpose_ref, tol=(1e-5, 1e-5))
cases("conv_transpose3d",
      case(F(1, 2, 2, 3, 2), F(2, 2, 2, 2, 2), F(2), stride=2, padding=(0, 1, 0), grad=(0, 1, 2)),
      ref=_conv_transpose_ref, tol=(1e-5, 1e-5))
cases("pixel_shuffle", case(F(2, 8, 2, 3), 2, grad=(0,)), case(F(9, 1, 2), 3, grad=(0,)),
      case(INT(1, 4, 1, 1), 2), ref=_pixel_shuffle_ref)
cases("pixel_unshuffle", case(F(2, 2, 4, 6), 2, grad=(0,)), case(F(1, 3, 3), 3, grad=(0,)),
      ref=_pixel_unshuffle_ref)
cases("channel_shuffle", case(F(2, 6, 3), 2, grad=(0,)), case(F(1, 6, 2, 2), 3, grad=(0,)),
      ref=_channel_shuffle_ref)
cases("native_channel_shuffle", case(F(2, 6, 3), 3), ref=_channel_shuffle_ref)
cases("avg_pool1d",
      case(F(2, 3, 7), 3, 2, 1, grad=(0,)),
      case(F(3, 6), 2, grad=(0,)),
      ref=lambda x, k, s=None, p=0: _avg_pool_ref(x[..., None, :], (1, k), (1, s or k),
                                                  (0, p))[..., 0, :])
cases("max_pool1d",
      case(F(2, 3, 7), 3, 2, 1, grad=(0,)),
      case(F(3, 6), 2, grad=(0,)),
      ref=lambda x, k, s=None, p=0: _max_pool_ref(x[..., None, :], (1, k), (1, s or k),
                                                  (0, p))[..., 0, :])
cases("max_pool3d",
      case(F(1, 2, 4, 5, 4), 2, grad=(0,)),
      case(F(2, 5, 5, 6), (3, 2, 3), stride=2, padding=1, ceil_mode=True, grad=(0,)),
      ref=lambda x, k, stride=None, padding=0, ceil_mode=False: _pool3d_ref(
          x, k, stride, padding, "max", ceil_mode))
cases("avg_pool3d",
      case(F(1, 2, 4, 5, 4), 2, grad=(0,)),
      case(F(2, 5, 5, 6), (3, 2, 3), stride=2, padding=1, grad=(0,)),
      ref=lambda x, k, stride=None, padding=0: _pool3d_ref(x, k, stride, padding, "avg"),
      tol=(1e-5, 1e-6))


def _sigmoid_ref(x):
    return 1 / (1 + np.exp(-x))


cases("hardswish", case(A([-4., -2., -0.5, 0.5, 2., 4.]), grad=(0,)),
      ref=lambda x: x * np.clip(x + 3, 0, 6) / 6)
cases("hardsigmoid", case(A([-4., -2., -0.5, 0.5, 2., 4.]), grad=(0,)),
      ref=lambda x: np.clip(x + 3, 0, 6) / 6)
cases("softsign", case(F(2, 3), grad=(0,)), ref=lambda x: x / (1 + np.abs(x)))
cases("tanhshrink", case(F(2, 3), grad=(0,)), ref=lambda x: x - np.tanh(x))
cases("softshrink", case(A([-2., -0.7, -0.3, 0.2, 0.6, 3.]), grad=(0,)),
      case(A([-2., -0.7, 0.2, 1.5]), 1.0, grad=(0,)),
      ref=lambda x, lambd=0.5: np.where(x > lambd, x - lambd,
                                        np.where(x < -lambd, x + lambd, 0)).astype(x.dtype))
cases("hardshrink", case(A([-2., -0.7, -0.3, 0.2, 0.6, 3.]), grad=(0,)),
      case(A([-2., -0.7, 0.2, 1.5]), 1.0, grad=(0,)),
      ref=lambda x, lambd=0.5: np.where(np.abs(x) > lambd, x, 0).astype(x.dtype))
cases("selu", case(AW(2, 3), grad=(0,)),
      ref=lambda x: (1.0507009873554805 * np.where(x > 0, x, 1.6732632423543772 * np.expm1(x))
                     ).astype(x.dtype), tol=(1e-5, 1e-6))
cases("celu", case(AW(2, 3), grad=(0,)), case(AW(5), 0.5, grad=(0,)),
      ref=lambda x, alpha=1.0: np.where(x > 0, x, alpha * np.expm1(x / alpha)).astype(x.dtype),
      tol=(1e-5, 1e-6))
cases("rrelu", case(AW(2, 3), grad=(0,)), case(AW(4), 0.1, 0.3, grad=(0,)),
      ref=lambda x, lower=1 / 8, upper=1 / 3: np.where(x > 0, x, x * (lower + upper) / 2
                                                        ).astype(x.dtype))
_T4 = A([1., -1., 1., -1.])
cases("margin_ranking_loss", case(F(4), F(4), _T4, grad=(0, 1)),
      case(F(4), F(4), _T4, margin=0.5, reduction="none", grad=(0, 1)),
      ref=lambda a, b, t, margin=0, reduction="mean": _reduce_ref(
          np.maximum(-t * (a - b) + margin, 0), reduction))
cases("hinge_embedding_loss", case(AW(4), _T4, grad=(0,)),
      case(AW(4), _T4, margin=2.0, reduction="sum", grad=(0,)),
      ref=lambda x, t, margin=1.0, reduction="mean": _reduce_ref(
          np.where(t != 1, np.maximum(margin - x, 0), 0) + np.where(t != -1, x, 0), reduction))
cases("soft_margin_loss", case(F(4), _T4, grad=(0,)),
      case(F(4), _T4, reduction="none", grad=(0,)),
      ref=lambda x, t, reduction="mean": _reduce_ref(np.log1p(np.exp(-x * t)), reduction))


def _cosine_embedding_ref(a, b, t, margin=0, reduction="mean"):
    cos = (a * b).sum(-1) / np.sqrt(((a * a).sum(-1) + 1e-12) * ((b * b).sum(-1) + 1e-12))
    return _reduce_ref(np.where(t == 1, 1 - cos, 0) + np.where(t == -1, np.maximum(
        cos - margin, 0), 0), reduction)


def _reduce_ref(losses, reduction):
    losses = np.asarray(losses)
    if reduction == "mean":
        return np.asarray(losses.mean(), losses.dtype)
    if reduction == "sum":
        return np.asarray(losses.sum(), losses.dtype)
    return losses


cases("cosine_embedding_loss", case(F(3, 4), F(3, 4), A([1., -1., 1.]), grad=(0, 1)),
      case(F(4), F(4), A(-1.), margin=-0.5, grad=(0, 1)),
      ref=_cosine_embedding_ref, tol=(1e-5, 1e-6))
cases("poisson_nll_loss", case(F(4), P(4), grad=(0, 1)),
      case(P(4), P(4, lo=1.5, hi=3.), log_input=False, full=True, grad=(0, 1)),
      ref=lambda x, t, log_input=True, full=False: _reduce_ref(
          (np.exp(x) - t * x if log_input else x - t * np.log(x + 1e-8)) + (np.where(
              t > 1, t * np.log(t) - t + 0.5 * np.log(2 * np.pi * t), 0) if full else 0),
          "mean").astype(x.dtype), tol=(1e-5, 1e-6))
cases("gaussian_nll_loss", case(F(4), F(4), P(4), grad=(0, 1, 2)),
      case(F(3, 2), F(3, 2), P(3), full=True, reduction="sum", grad=(0, 1, 2)),
      ref=lambda x, t, v, full=False, reduction="mean": _reduce_ref(
          0.5 * (np.log(v.reshape(v.shape + (1,) * (x.ndim - v.ndim))) + (x - t) ** 2 / v.reshape(
              v.shape + (1,) * (x.ndim - v.ndim))) + (0.5 * np.log(2 * np.pi) if full else 0),
          reduction).astype(x.dtype), tol=(1e-5, 1e-6))
cases("triplet_margin_loss", case(F(3, 4), F(3, 4), F(3, 4), grad=(0, 1, 2)),
      case(F(3, 4), F(3, 4), F(3, 4), swap=True, margin=2.0, grad=(0, 1, 2)),
      ref=lambda a, p, n, margin=1.0, swap=False: _reduce_ref(np.maximum(
          margin + np.linalg.norm(a - p + 1e-6, axis=-1) - (np.minimum(
              np.linalg.norm(a - n + 1e-6, axis=-1), np.linalg.norm(p - n + 1e-6, axis=-1))
              if swap else np.linalg.norm(a - n + 1e-6, axis=-1)), 0), "mean"),
      tol=(1e-5, 1e-6))
cases("multilabel_soft_margin_loss", case(F(3, 4), B(3, 4).astype(f32), grad=(0,)),
      ref=lambda x, t: _reduce_ref(-(t * np.log(_sigmoid_ref(x)) + (1 - t) * np.log(
          _sigmoid_ref(-x))).mean(-1), "mean"), tol=(1e-5, 1e-6))


# ------------------------------------------------------- issue 17: torch.fft (fft.py)
# Complex results are compared (and differentiated) as view_as_real; complex
# inputs come as (re, im) pairs as in the complex section. NumPy's fft keeps
# float32 in float32; hfftn/ihfftn (not in NumPy) are irfftn/rfftn of the
# conjugate with the norm's direction swapped.
_FFT_TOL = (1e-4, 1e-5)
_SWAP_NORM = {None: "forward", "backward": "forward", "forward": "backward", "ortho": "ortho"}


def _np_fft_kwargs(kw, nd):
    kw = dict(kw)
    if "dim" in kw:
        kw["axes" if nd else "axis"] = kw.pop("dim")
    return kw


def _fft_real(name, nd=False, default_axes=None):
    """(call, ref) of torch.fft.NAME on a real input."""
    def ref(a, **kw):
        kw = _np_fft_kwargs(kw, nd)
        if default_axes and "axes" not in kw:
            kw["axes"] = default_axes
        if nd and "s" in kw and "axes" not in kw:  # PyTorch: s names the last len(s) dims
            kw["axes"] = tuple(range(-len(kw["s"]), 0))
        out = getattr(np.fft, name)(as_float(a), **kw)
        return (_view_ref(out) if np.iscomplexobj(out) else out).astype(f32)
    return (lambda impl, a, **kw: _as_real(impl(a, **kw))), ref


def _fft_complex(name, nd=False, default_axes=None):
    """(call, ref) of torch.fft.NAME on re + im * 1j."""
    real_call, real_ref = _fft_real(name, nd, default_axes)
    return ((lambda impl, a, b, **kw: _as_real(impl(_z(a, b), **kw))),
            (lambda a, b, **kw: real_ref((a + 1j * b).astype(c64), **kw)))


def _hfftn_ref(a, b, s=None, dim=None, norm=None, axes=(-2, -1)):
    z = np.conj((a + 1j * b).astype(c64))
    return np.fft.irfftn(z, s, dim if dim is not None else axes,
                         norm=_SWAP_NORM[norm]).astype(f32)


def _ihfftn_ref(a, s=None, dim=None, norm=None, axes=(-2, -1)):
    out = np.conj(np.fft.rfftn(a, s, dim if dim is not None else axes, norm=_SWAP_NORM[norm]))
    return _view_ref(out).astype(f32)


def _fft_cases(name, real_args=(), complex_args=(), nd=False, default_axes=None):
    """Forward and gradient cases on real inputs (args: (shape, kwargs)) and complex ones."""
    items = []
    call, ref = _fft_real(name, nd, default_axes)
    for shape, kw in real_args:
        items.append(case(F(*shape), grad=(0,), call=call, ref=ref, **kw))
    call, ref = _fft_complex(name, nd, default_axes)
    for shape, kw in complex_args:
        items.append(case(AW(*shape), AW(*shape), grad=(0, 1), call=call, ref=ref, **kw))
    cases(f"fft_{name}", *items, tol=_FFT_TOL)


_fft_cases("fft", [((5,), {}), ((2, 4), {"n": 6, "norm": "ortho"}), ((4, 3), {"dim": 0})],
           [((4,), {}), ((2, 3), {"n": 2, "norm": "forward"})])
CASES["fft_fft"].append(case(INT(4), call=_fft_real("fft")[0], ref=_fft_real("fft")[1]))
_fft_cases("ifft", [((5,), {}), ((3, 2), {"dim": 0, "norm": "forward"})],
           [((4,), {"n": 6}), ((2, 3), {"norm": "ortho"})])
_fft_cases("rfft", [((6,), {}), ((2, 5), {"n": 4, "norm": "ortho"}), ((5, 2), {"dim": 0})])
_fft_cases("irfft", complex_args=[((4,), {}), ((2, 3), {"n": 5, "norm": "ortho"}),
                                  ((3, 2), {"dim": 0, "n": 3})])
_fft_cases("hfft", complex_args=[((4,), {}), ((2, 3), {"n": 5, "norm": "forward"})])
_fft_cases("ihfft", [((5,), {}), ((2, 4), {"n": 6, "norm": "ortho"})])
_fft_cases("fft2", [((3, 4), {})], [((2, 3), {"s": (3, 2), "norm": "ortho"})], nd=True,
           default_axes=(-2, -1))
_fft_cases("ifft2", [((2, 3, 2), {"norm": "forward"})], [((3, 3), {})], nd=True,
           default_axes=(-2, -1))
_fft_cases("fftn", [((2, 3), {}), ((2, 2, 3), {"dim": (0, 2)})], [((2, 3), {"s": (4,)})],
           nd=True)
_fft_cases("ifftn", [((3, 2), {"norm": "ortho"})], [((2, 3), {"dim": (1,)})], nd=True)
_fft_cases("rfft2", [((3, 4), {}), ((2, 3), {"s": (3, 3), "norm": "ortho"})], nd=True,
           default_axes=(-2, -1))
_fft_cases("rfftn", [((2, 3, 4), {"dim": (0, 2)}), ((3, 4), {"norm": "forward"})], nd=True)
_fft_cases("irfft2", complex_args=[((3, 3), {}), ((2, 3), {"s": (3, 5), "norm": "ortho"})],
           nd=True, default_axes=(-2, -1))
_fft_cases("irfftn", complex_args=[((2, 3), {}), ((3, 2, 2), {"dim": (0, 1)})], nd=True)
cases("fft_hfft2",
      case(AW(3, 3), AW(3, 3), grad=(0, 1), call=_fft_complex("hfft2")[0], ref=_hfftn_ref),
      case(AW(2, 3), AW(2, 3), grad=(0, 1), s=(3, 4), norm="ortho",
           call=_fft_complex("hfft2")[0], ref=_hfftn_ref), tol=_FFT_TOL)
cases("fft_hfftn",
      case(AW(2, 3), AW(2, 3), grad=(0, 1), call=_fft_complex("hfftn")[0],
           ref=lambda a, b, **kw: _hfftn_ref(a, b, axes=None, **kw)),
      case(AW(3, 2), AW(3, 2), grad=(0, 1), dim=(0,), call=_fft_complex("hfftn")[0],
           ref=lambda a, b, **kw: _hfftn_ref(a, b, axes=None, **kw)), tol=_FFT_TOL)
cases("fft_ihfft2",
      case(F(3, 4), grad=(0,), call=_fft_real("ihfft2")[0], ref=_ihfftn_ref),
      case(F(2, 3), grad=(0,), s=(3, 4), norm="forward", call=_fft_real("ihfft2")[0],
           ref=_ihfftn_ref), tol=_FFT_TOL)
cases("fft_ihfftn",
      case(F(2, 3), grad=(0,), call=_fft_real("ihfftn")[0],
           ref=lambda a, **kw: _ihfftn_ref(a, axes=None, **kw)),
      case(F(2, 3, 2), grad=(0,), dim=(1, 2), norm="ortho", call=_fft_real("ihfftn")[0],
           ref=lambda a, **kw: _ihfftn_ref(a, axes=None, **kw)), tol=_FFT_TOL)
cases("fft_fftfreq", case(5), case(4, 0.5), case(6, dtype=DT("float64")),
      ref=lambda n, d=1.0, dtype=None: np.fft.fftfreq(n, d).astype(dtype.name if dtype else f32))
cases("fft_rfftfreq", case(5), case(4, 0.25), case(7, dtype=DT("float64")),
      ref=lambda n, d=1.0, dtype=None: np.fft.rfftfreq(n, d).astype(dtype.name if dtype else f32))
cases("fft_fftshift", case(F(5), grad=(0,)), case(F(3, 4), grad=(0,)),
      case(F(3, 4), 1, grad=(0,)),
      ref=lambda a, dim=None: np.fft.fftshift(a, dim))
cases("fft_ifftshift", case(F(5), grad=(0,)), case(F(3, 4), (0,), grad=(0,)),
      ref=lambda a, dim=None: np.fft.ifftshift(a, dim))


# ============================================================================
# Small functions of issue 17 (tensor_misc, scatter_more, hist_dist, math_hyper)
def _lower_gamma_ref(a, x):
    """P(a, x) for whole a: 1 - exp(-x) * sum_{k<a} x^k / k!."""
    a, x = np.broadcast_arrays(a.astype(f64), x.astype(f64))
    out = np.empty(a.shape)
    for position in np.ndindex(a.shape):
        n, z = int(a[position]), x[position]
        out[position] = 1 - math.exp(-z) * sum(z ** k / math.factorial(k) for k in range(n))
    return out.astype(f32)


def _scatter_reduce_ref(a, dim, index, src, reduce, include_self=True):
    out = a.astype(f64)
    groups: dict = {}
    for position in np.ndindex(index.shape):
        target = list(position)
        target[dim] = index[position]
        groups.setdefault(tuple(target), []).append(float(src[position]))
    for target, values in groups.items():
        values = ([float(out[target])] if include_self else []) + values
        out[target] = {"sum": sum, "prod": math.prod, "mean": lambda v: sum(v) / len(v),
                       "amax": max, "amin": min}[reduce](values)
    return out.astype(a.dtype)


def _masked_scatter_ref(a, mask, source):
    out = a.copy()
    out[mask] = source.reshape(-1)[:int(mask.sum())]
    return out


def _fill_diagonal_call(impl, a, value, **kwargs):
    return impl(a.clone(), value, **kwargs)


def _gradient_ref(a, spacing=1, dim=None, edge_order=1):
    axes = tuple(range(a.ndim)) if dim is None else ((dim,) if isinstance(dim, int) else dim)
    steps = spacing if isinstance(spacing, (list, tuple)) else [spacing] * len(axes)
    result = [np.gradient(a, h, axis=axis, edge_order=edge_order).astype(
        a.dtype if a.dtype.kind == "f" else f32) for h, axis in zip(steps, axes)]
    return tuple(result)


def _cdist_ref(x1, x2, p=2.0, **kwargs):
    diff = np.abs(x1[..., :, None, :].astype(f64) - x2[..., None, :, :])
    if p == 0:
        out = (diff != 0).sum(-1)
    elif math.isinf(p):
        out = diff.max(-1)
    else:
        out = (diff ** p).sum(-1) ** (1 / p)
    return out.astype(x1.dtype)


def _unique_consecutive_ref(a, return_counts=False, **kwargs):
    flat = a.reshape(-1)
    keep = np.concatenate([[True], flat[1:] != flat[:-1]])
    values = flat[keep]
    if not return_counts:
        return values
    starts = np.flatnonzero(keep)
    return values, np.diff(np.concatenate([starts, [flat.size]])).astype(i64)


cases("asarray", case([1, 2, 3], ref=lambda d: np.array(d, i64)),
      case(F(2, 2), requires_grad=True, grad=(0,), ref=lambda a, requires_grad: a),
      case(F(3), dtype=DT("float64"), ref=lambda a, dtype:
                                               a.astype(f64)),
      case(2.5, ref=lambda v: np.array(v, f32)))
cases("empty_permuted", case((2, 3, 4), (0, 2, 1), check=shape_check((2, 3, 4), f32)))
cases("dim_order", case(F(2, 3), ref=lambda a: (0, 1)),
      case(F(2, 3, 4), call=lambda impl, a: impl(a.permute(2, 0, 1)), ref=lambda a: (1, 2, 0)))
cases("is_nonzero", case(A([0.]), ref=lambda a: False), case(A([[3]], i64), ref=lambda a: True))
cases("is_same_size", case(F(2, 3), F(2, 3), ref=lambda a, b: True),
      case(F(2), F(3), ref=lambda a, b: False))
cases("result_type", case(A([1, 2], i32), 1.0, check=lambda r, *a: r.name == "float32"),
      case(A([1], u8), A(1, i64), check=lambda r, *a: r.name == "uint8"))
cases("can_cast", case(DT("float64"), DT("float32"), ref=lambda a, b: True),
      case(DT("float32"), DT("int32"), ref=lambda a, b: False))
cases("resize_", case(A([1., 2., 3., 4., 5.]), 2, ref=lambda a, n: a[:n]),
      case(A([1, 2, 3, 4], i64), 2, 2, ref=lambda a, *s: a.reshape(s)))
cases("unravel_index", case(A([4, 1, 7], i64), (2, 4),
                            ref=lambda i, s: tuple(np.unravel_index(i, s))),
      case(A(5, i64), (3, 2), ref=lambda i, s: tuple(np.asarray(c) for c in np.unravel_index(
          i, s))))
cases("nonzero_static", case(A([[1, 0], [0, 1]], i64), size=4,
                             ref=lambda a, size: np.array([[0, 0], [1, 1], [-1, -1], [-1, -1]])),
      case(A([0., 2., 3.]), size=1, fill_value=7, ref=lambda a, **kw: np.array([[1]])))
cases("diagflat", case(F(2, 2), grad=(0,), ref=lambda a: np.diagflat(a)),
      case(F(3), 1, grad=(0,), ref=lambda a, k: np.diagflat(a, k)),
      case(INT(2), -1, ref=lambda a, k: np.diagflat(a, k)))
cases("narrow_copy", case(F(3, 4), 1, 1, 2, grad=(0,), ref=lambda a, d, s, n: a[:, s:s + n]),
      case(INT(4), 0, -2, 2, ref=lambda a, d, s, n: a[s:]))
cases("select_scatter", case(F(2, 3), F(3), 0, 1, grad=(0, 1)),
      case(F(2, 3), F(2), 1, -1, grad=(0, 1)),
      ref=lambda a, s, d, i: _put_ref(a, s, (slice(None),) * d + (i,)))
cases("slice_scatter", case(F(5, 2), F(2, 2), 0, 3, grad=(0, 1)),
      case(F(2, 6), F(2, 3), 1, 0, 6, 2, grad=(0, 1)),
      ref=lambda a, s, d=0, start=None, end=None, step=1: _put_ref(
          a, s, (slice(None),) * d + (slice(start, end, step),)))


def _put_ref(a, src, key):
    out = a.copy()
    out[key] = src
    return out


def _diagonal_scatter_ref(a, src, offset=0):
    out = a.copy()
    rows = np.arange(src.shape[-1]) + max(-offset, 0)
    out[rows, rows + offset] = src
    return out


cases("diagonal_scatter", case(F(3, 3), F(2), 1, grad=(0, 1)),
      case(F(3, 4), F(3), grad=(0, 1)), case(F(4, 3), F(2), -2, grad=(0, 1)),
      ref=_diagonal_scatter_ref)
cases("index_copy", case(F(5, 3), 0, A([0, 4, 2], i64), F(3, 3), grad=(0, 3)),
      case(F(2, 4), 1, A([3, 1], i64), F(2, 2), grad=(0, 3)),
      ref=lambda a, d, i, s: _put_ref(a, s, (slice(None),) * d + (i,)))
cases("masked_scatter",
      case(F(2, 3), A([[0, 0, 1], [1, 1, 0]], bool), F(2, 5), grad=(0, 2)),
      case(F(3), A([1, 0, 1], bool), F(2), grad=(0, 2)), ref=_masked_scatter_ref)
cases("scatter_reduce",
      case(F(6), 0, A([0, 1, 0, 1, 2, 1], i64), F(6), "sum", grad=(0, 3)),
      case(AW(4), 0, A([0, 1, 0], i64), AW(3), "prod", grad=(0, 3)),
      case(F(4), 0, A([0, 1, 0], i64), F(3), "mean", include_self=False, grad=(0, 3)),
      case(F(3, 2), 0, A([[0, 1], [0, 0]], i64), F(2, 2), "amax", grad=(0, 3)),
      case(F(5), 0, A([4, 4, 0], i64), F(3), "amin", include_self=False, grad=(0, 3)),
      case(A([1, 2], i64), 0, A([0, 0], i64), A([4, 5], i64), "mean"),
      ref=_scatter_reduce_ref)
cases("fill_diagonal_", case(F(3, 3), 5.0, grad=(0,), call=_fill_diagonal_call,
                             ref=lambda a, v: _put_ref(a, v, (np.arange(3), np.arange(3)))),
      case(F(7, 3), 2.0, wrap=True, call=_fill_diagonal_call,
           ref=lambda a, v, wrap: _put_ref(a, v, (np.array([0, 1, 2, 4, 5, 6]),
                                                  np.array([0, 1, 2, 0, 1, 2])))))
cases("unique_consecutive", case(A([1, 1, 2, 2, 3, 1, 1, 2], i64)),
      case(A([3., 3., 1.]), return_counts=True), ref=_unique_consecutive_ref)
cases("histogram",
      case(A([1., 2., 1.]), 4, range=(0., 3.), weight=A([1., 2., 4.]),
           ref=lambda a, b, range, weight: {"hist": np.histogram(a, b, range, weights=weight)[0]
                                            .astype(f32), "bin_edges": np.linspace(0, 3, 5,
                                                                                   dtype=f32)}),
      case(A([1., 2., 1., 5.]), 3, ref=lambda a, b: {"hist": A([3., 0., 1.]),
                                                     "bin_edges": np.linspace(1, 5, 4, dtype=f32)}))
cases("histogramdd",
      case(A([[0., 1.], [1., 0.], [2., 0.], [2., 2.]]), [3, 3], weight=A([1., 2., 4., 8.]),
           ref=lambda a, b, weight: {"hist": np.histogramdd(a, b, weights=weight)[0].astype(f32),
                                     "bin_edges": tuple(e.astype(f32) for e in
                                                        np.histogramdd(a, b)[1])}))
cases("cdist", case(F(3, 2), F(4, 2), grad=(0, 1)), case(F(2, 3, 2), F(3, 2), 1.0, grad=(0, 1)),
      case(F(3, 2), F(2, 2), 3.0, grad=(0, 1)), case(F(2, 3), F(2, 3), float("inf"), grad=(0, 1)),
      case(F(2, 3), F(2, 3), 0.0), ref=_cdist_ref, tol=(1e-5, 1e-6))
cases("gradient", case(F(5), grad=(0,)), case(F(3, 4), spacing=2.0, grad=(0,)),
      case(F(3, 4), dim=1, edge_order=2, grad=(0,)), case(INT(4, 3), spacing=[1.0, 0.5]),
      ref=_gradient_ref)
cases("acosh", case(P(5, lo=1.1, hi=4.0), grad=(0,)), case(INT(3, lo=1, hi=5)),
      ref=lambda a: np.arccosh(as_float(a)))
cases("asinh", case(F(5), grad=(0,)), case(INT(3)), ref=lambda a: np.arcsinh(as_float(a)))
cases("atanh", case(F(5, lo=-0.9, hi=0.9), grad=(0,)), ref=lambda a: np.arctanh(a))
cases("bitwise_left_shift", case(A([-1, -2, 3], np.int8), A([1, 0, 3], np.int8)),
      case(A([1, 2, 3], i64), 70), ref=lambda a, b: np.where(
          np.asarray(b) < a.dtype.itemsize * 8, np.left_shift(a, np.minimum(b, 7)), 0).astype(
          a.dtype))
cases("bitwise_right_shift", case(A([16, -16, 5], i64), A([2, 2, 64], i64),
                                  ref=lambda a, b: np.array([4, -4, 0], i64)),
      case(A([-8, 8], i32), 1, ref=lambda a, b: a >> b))
cases("igamma", case(A([4., 2., 1.]), P(3, hi=5.0), grad=(1,)),
      case(A([[3.], [1.]]), P(2, 2), grad=(1,)), ref=_lower_gamma_ref, tol=(1e-5, 1e-6))
cases("igammac", case(A([4., 2., 1.]), P(3, hi=5.0), grad=(1,)),
      ref=lambda a, x: (1 - _lower_gamma_ref(a, x).astype(f64)).astype(f32), tol=(1e-5, 1e-6))


# ---------------------------------------- embedding_bag, scaled_dot_product_attention
# (functional_bags.py, attention.py; pinned further by tests/transcripts/
# functional_bags_from_pytorch.gsh and attention_from_pytorch.gsh)
def _embedding_bag_ref(i, w, offsets=None, mode="mean", per_sample_weights=None,
                       include_last_offset=False):
    flat = np.asarray(i).reshape(-1)
    starts = list(range(0, flat.size, i.shape[1])) if np.ndim(i) == 2 else list(offsets)
    ends = starts[1:] + ([] if include_last_offset else [flat.size])
    starts = starts[:len(ends)]
    weights = np.ones(flat.size) if per_sample_weights is None else \
        np.asarray(per_sample_weights).reshape(-1)
    rows = []
    for start, end in zip(starts, ends):
        picked = w[flat[start:end]] * weights[start:end, None].astype(w.dtype)
        if end == start:
            rows.append(np.zeros(w.shape[1], w.dtype))
        else:
            rows.append({"sum": picked.sum(0), "mean": picked.mean(0), "max": picked.max(0)}[mode])
    return np.array(rows, dtype=w.dtype).reshape(len(rows), w.shape[1])


cases("embedding_bag",
      case(A([1, 2, 0, 3, 2], i64), F(4, 3), A([0, 2], i64), grad=(1,)),
      case(A([1, 2, 0, 3, 2], i64), F(4, 3), A([0, 2, 2], i64), mode="sum", grad=(1,)),
      case(A([1, 2, 0, 3, 2], i64), F(4, 3), A([0, 3], i64), mode="max", grad=(1,)),
      case(A([[1, 2], [0, 3]], i64), F(4, 3), mode="sum", per_sample_weights=F(2, 2),
           grad=(1, "per_sample_weights")),
      case(A([1, 2, 0, 3, 2], i64), F(4, 3), A([0, 2, 4], i64), include_last_offset=True,
           grad=(1,)),
      ref=_embedding_bag_ref, cpu_only=True)


def _attention_ref(q, k, v, attn_mask=None, is_causal=False, scale=None):
    scale = 1 / np.sqrt(q.shape[-1]) if scale is None else scale
    scores = (q.astype(f64) @ np.swapaxes(k, -1, -2)) * scale
    if is_causal:
        scores = np.where(np.tril(np.ones(scores.shape[-2:], bool)), scores, -np.inf)
    if attn_mask is not None:
        scores = np.where(attn_mask, scores, -np.inf) if attn_mask.dtype == bool \
            else scores + attn_mask
    weights = np.exp(scores - scores.max(-1, keepdims=True))
    return ((weights / weights.sum(-1, keepdims=True)) @ v).astype(q.dtype)


cases("scaled_dot_product_attention",
      case(F(2, 3, 4), F(2, 5, 4), F(2, 5, 3), grad=(0, 1, 2)),
      case(F(1, 2, 3, 4), F(1, 2, 5, 4), F(1, 2, 5, 4), grad=(0, 1, 2)),
      case(F(1, 2, 3, 4), F(1, 2, 3, 4), F(1, 2, 3, 4), is_causal=True, grad=(0, 1, 2)),
      case(F(2, 3, 4), F(2, 3, 4), F(2, 3, 2), is_causal=True, scale=0.3, grad=(0, 1, 2)),
      case(F(1, 2, 3, 4), F(1, 2, 5, 4), F(1, 2, 5, 4),
           attn_mask=A([[True, False, True, True, False]] * 3), grad=(0, 1, 2)),
      case(F(2, 3, 4), F(2, 5, 4), F(2, 5, 3), attn_mask=F(3, 5), grad=(0, 1, 2)),
      ref=_attention_ref, tol=(1e-5, 1e-6), cpu_only=True)


# ---- small names (index_fill_put.py, strided.py) ----
def _index_fill_ref(a, dim, index, value):
    out = a.copy()
    out[(slice(None),) * (dim % a.ndim) + (index,)] = value
    return out


def _index_reduce_ref(a, dim, index, source, reduce, include_self=True):
    out = np.moveaxis(a.copy(), dim, 0)
    src = np.moveaxis(source, dim, 0)
    result = out.copy()
    for row in set(index.tolist()):
        parts = [src[k] for k in range(len(index)) if index[k] == row]
        parts = ([out[row]] if include_self else []) + parts
        stacked = np.stack(parts)
        result[row] = {"prod": np.prod, "mean": np.mean, "amax": np.max,
                       "amin": np.min}[reduce](stacked, axis=0)
    return np.moveaxis(result, 0, dim).astype(a.dtype)


def _put_flat_ref(a, index, source, accumulate=False):
    flat = a.copy().reshape(-1)
    if accumulate:
        np.add.at(flat, index.reshape(-1), source.reshape(-1))
    else:
        flat[index.reshape(-1)] = source.reshape(-1)
    return flat.reshape(a.shape)


def _as_strided_ref(a, size, stride, offset=0):
    flat = np.ascontiguousarray(a).reshape(-1)
    return np.lib.stride_tricks.as_strided(flat[offset:], size,
                                           tuple(s * a.itemsize for s in stride)).copy()


def _as_strided_scatter_ref(a, src, size, stride, offset=0):
    out = a.copy().reshape(-1)
    positions = _as_strided_ref(np.arange(a.size), size, stride, offset)
    out[positions.reshape(-1)] = src.reshape(-1)
    return out.reshape(a.shape)


cases("index_fill", case(F(3, 3), 1, A([0, 2], i64), -1.0, grad=(0,)),
      case(INT(2, 4), -1, A([3, 3], i64), 7),
      case(F(4, 2), 0, A([1, 3], i64), A(2.5), grad=(0, 3)), ref=_index_fill_ref)
cases("index_reduce", case(AW(5, 3), 0, A([0, 4, 2, 0], i64), AW(4, 3), "prod", grad=(0, 3)),
      case(F(5, 3), 0, A([0, 4, 2, 0], i64), F(4, 3), "mean", include_self=False,
           grad=(0, 3)),
      case(F(3, 4), 1, A([3, 0], i64), F(3, 2), "amax", grad=(0, 3)),
      case(F(4), 0, A([1, 1, 2], i64), F(3), "amin", include_self=False, grad=(0, 3)),
      ref=_index_reduce_ref)
cases("put", case(F(2, 3), A([0, 4], i64), F(2), grad=(0, 2)),
      case(F(2, 2), A([[0, 0], [3, -1]], i64), F(2, 2), accumulate=True, grad=(0, 2),
           ref=lambda a, i, s, accumulate: _put_flat_ref(a, i % 4, s, accumulate)),
      ref=_put_flat_ref)
cases("isreal", case(F(3), ref=lambda a: np.ones(3, bool)),
      case(A([1 + 1j, 2 + 0j], np.complex64), ref=lambda a: np.array([False, True])))
cases("as_strided", case(F(9), (2, 2), (1, 2), grad=(0,)),
      case(F(6), (2, 2), (1, 1), 1, grad=(0,)), case(F(3, 4), (3,), (5,), grad=(0,)),
      ref=_as_strided_ref)
# Only the source's gradient is the true derivative: PyTorch gives the input the
# gradient inside the scattered slice (as_strided_scatter_backward), reproduced.
cases("as_strided_scatter", case(F(3, 3), F(2, 2), (2, 2), (1, 2), grad=(1,)),
      case(F(2, 3), F(2), (2,), (3,), 1, grad=(1,)), ref=_as_strided_scatter_ref)
cases("empty_strided", case((2, 3), (1, 2), check=shape_check((2, 3), f32)))
cases("new_empty_strided", case(F(2), (2, 3), (3, 1), check=shape_check((2, 3), f32)))
cases("range", case(1, 4, ref=lambda a, b: np.arange(1, 5, dtype=f32)),
      case(0, 1, 0.25, ref=lambda a, b, c: np.arange(5, dtype=f32) * 0.25))
cases("typename", case(F(2), ref=lambda a: "torch.FloatTensor"),
      case(INT(2), ref=lambda a: "torch.LongTensor"), case(3, ref=lambda v: "int"))
cases("is_storage", case(F(2), ref=lambda a: False))
cases("get_device", case(F(2), cpu_only=True, ref=lambda a: -1))
cases("use_deterministic_algorithms", case(False, check=lambda r, *a: r is None))
cases("are_deterministic_algorithms_enabled", case(ref=lambda: False))
cases("is_deterministic_algorithms_warn_only_enabled", case(ref=lambda: False))
cases("thread_safe_generator", case(check=lambda r: r is None))
# ---- end small names ----


# ---- dtypes: uint16/32/64, hash_tensor (issue 17) ----
def _hash_ref(a, dim=None, *, keepdim=False):
    """ATen's xor_sum: each element's 64-bit pattern (double, or int64 bits)."""
    bits = a.astype(np.float64).view(np.uint64) if a.dtype.kind == "f" \
        else a.astype(np.int64).view(np.uint64)
    if dim is None:
        result = np.bitwise_xor.reduce(bits.reshape(-1))
        return np.reshape(result, (1,) * a.ndim) if keepdim else np.asarray(result)
    return np.bitwise_xor.reduce(bits, axis=dim, keepdims=keepdim)


cases("hash_tensor", case(F(2, 3)), case(F(3, 4), 1), case(INT(2, 3), 0, keepdim=True),
      case(F(2, 2, 2), (0, 2)), case(B(4)), ref=_hash_ref)
# ---- end dtypes ----


# ================================================================ quantization
# (quantize.py, quantize_fake.py) A quantized result compares by its integer
# representation (its storage); accessor cases quantize their input first.
def _quantized(x, scale=0.1, zero_point=3, dtype="quint8", axis=None):
    """x quantized (per channel with ``axis``), in PyTorch or in gradsh, whichever x is."""
    from gradsh.engine.tensor import Tensor as GradshTensor

    if not isinstance(x, GradshTensor):  # PyTorch's own tensor
        import torch

        if axis is not None:
            return torch.quantize_per_channel(x, torch.tensor(scale), torch.tensor(zero_point),
                                              axis, getattr(torch, dtype))
        return torch.quantize_per_tensor(x, scale, zero_point, getattr(torch, dtype))
    from gradsh.engine import dtypes
    from gradsh.engine.ops import quantize
    from gradsh.engine.tensor import Tensor

    qtype = dtypes.DTYPE_NAMES[dtype]
    if axis is not None:
        return quantize.quantize_per_channel(
            x, Tensor._make(np.asarray(scale, f32), dtypes.float32),
            Tensor._make(np.asarray(zero_point, i64), dtypes.int64), axis, qtype)
    return quantize.quantize_per_tensor(x, scale, zero_point, qtype)


def _per_channel(x):
    return _quantized(x, [0.1, 0.2], [0, 1], "qint8", axis=1)


cases("quantize_per_tensor",
      case(A([-1.0, 0.0, 1.0, 2.0]), 0.1, 10, DT("quint8"), ref=lambda *a: A([0, 10, 20, 30], u8)),
      case(A([[0.05, 0.15], [0.25, -0.05]]), 0.1, 0, DT("qint8"),
           ref=lambda *a: A([[0, 2], [2, 0]], np.int8)),
      case(A([1e10, -1e10, 0.7]), 0.07, 5, DT("qint32"),
           ref=lambda *a: A([2147483647, -2147483648, 15], i32)))
cases("quantize_per_channel",
      case(A([[-1.0, 0.0], [1.0, 2.0]]), A([0.1, 0.01]), A([10, 0], i64), 0, DT("quint8"),
           ref=lambda *a: A([[0, 10], [100, 200]], u8)))
cases("quantize_per_tensor_dynamic",
      case(A([-1.0, 0.0, 1.0, 2.0]), DT("quint8"), False,
           ref=lambda *a: A([0, 85, 170, 255], u8)),
      case(A([-1.0, 0.0, 1.0, 2.0]), DT("qint8"), True,
           ref=lambda *a: A([-64, -22, 20, 63], np.int8)))
cases("dequantize", case(A([0.5, 1.0, 4.0]), ref=lambda a: A([0.5, 1.0, 4.0])),
      case(A([0.5, 1.0, 40.0]), call=lambda impl, x: impl(_quantized(x)),
           ref=lambda a: A([0.5, 1.0, 25.2])))
cases("int_repr", case(A([0.5, 1.0, 40.0]), call=lambda impl, x: impl(_quantized(x)),
                       ref=lambda a: A([8, 13, 255], u8)))
cases("q_scale", case(A([0.5, 1.0]), call=lambda impl, x: impl(_quantized(x)),
                      ref=lambda a: 0.1))
cases("q_zero_point", case(A([0.5, 1.0]), call=lambda impl, x: impl(_quantized(x)),
                           ref=lambda a: 3))
cases("qscheme", case(A([0.5, 1.0]), call=lambda impl, x: repr(impl(_quantized(x))),
                      ref=lambda a: "torch.per_tensor_affine"))
cases("q_per_channel_scales", case(A([[1.0, 2.0]]), call=lambda impl, x: impl(_per_channel(x)),
                                   ref=lambda a: np.float32([0.1, 0.2]).astype(f64)))
cases("q_per_channel_zero_points",
      case(A([[1.0, 2.0]]), call=lambda impl, x: impl(_per_channel(x)),
           ref=lambda a: A([0, 1], i64)))
cases("q_per_channel_axis", case(A([[1.0, 2.0]]), call=lambda impl, x: impl(_per_channel(x)),
                                 ref=lambda a: 1))
cases("fake_quantize_per_tensor_affine",
      case(A([0.0552, 0.9730, 0.3973, -1.0780]), 0.1, 0, 0, 255,
           ref=lambda *a: A([0.1, 1.0, 0.4, 0.0])),
      case(A([0.26, 30.0, -0.31]), 0.2, 2, 0, 15, ref=lambda *a: A([0.2, 2.6, -0.4])))
cases("fake_quantize_per_channel_affine",
      case(A([[0.34, -0.2], [0.64, 1.61]]), A([0.05, 0.1]), A([0, 1], i32), 1, 0, 255,
           ref=lambda *a: A([[0.35, -0.1], [0.65, 1.6]])))
cases("quantized_batch_norm",
      case(A([[[[1.0, 2.0]], [[3.0, 0.5]]]]), A([1.0, 2.0]), A([0.0, 0.5]), A([1.0, 0.0]),
           A([1.0, 4.0]), 1e-5, 0.2, 2,
           call=lambda impl, x, *rest: impl(_quantized(x, 0.5, 0), *rest).int_repr(),
           ref=lambda *a: A([[[[2, 7]], [[19, 7]]]], u8)))
cases("quantized_max_pool1d",
      case(A([[1.0, 3.0, 2.0, 5.0]]), [2],
           call=lambda impl, x, k: impl(_quantized(x, 0.5, 0), k).int_repr(),
           ref=lambda *a: A([[6, 10]], u8)))
cases("quantized_max_pool2d",
      case(A([[[[1.0, 3.0], [2.0, 5.0]]]]), [2, 2],
           call=lambda impl, x, k: impl(_quantized(x, 0.5, 0), k).int_repr(),
           ref=lambda *a: A([[[[10]]]], u8)))
NOT_DIFFERENTIABLE.update({
    name: "a step function: the straight-through gradient (the clamp mask) is not its "
    "derivative; pinned by tests/transcripts/quantized_from_pytorch.gsh"
    for name in ("fake_quantize_per_tensor_affine", "fake_quantize_per_channel_affine")})


# ---- issue 17: fractional max pooling, ctc_loss, segment_reduce (pooling_fractional.py,
# ctc.py, segment.py) ----
def _fractional_ref(x, kernel_size, output_size, _random_samples, dims, with_indices=False):
    """Fractional max pooling by its definition: ATen's interval formula in the input's
    dtype, then the first maximum of each window."""
    kernel, output = _per_dim(kernel_size, dims), _per_dim(output_size, dims)
    unbatched = x.ndim == dims + 1
    x = x[None] if unbatched else x
    kind = x.dtype.type
    order = (1, 0) if dims == 2 else (0, 1, 2)
    out = np.zeros(x.shape[:2] + output, x.dtype)
    where = np.zeros(x.shape[:2] + output, i64)
    for n, c in np.ndindex(*x.shape[:2]):
        starts = []
        for axis in range(dims):
            size, pool, count = x.shape[2 + axis], kernel[axis], output[axis]
            sample = kind(_random_samples[n, c, order[axis]])
            alpha = kind(kind(size - pool) / kind(count - 1)) if count > 1 else kind(0)
            starts.append([int(kind(kind(i + sample) * alpha)) - int(kind(sample * alpha))
                           for i in range(count - 1)] + [size - pool])
        for position in np.ndindex(*output):
            corner = [starts[axis][position[axis]] for axis in range(dims)]
            box = x[(n, c) + tuple(slice(s, s + k) for s, k in zip(corner, kernel))]
            offset = np.unravel_index(int(np.argmax(box)), box.shape)
            out[(n, c) + position] = box[offset]
            where[(n, c) + position] = np.ravel_multi_index(
                tuple(s + o for s, o in zip(corner, offset)), x.shape[2:])
    out, where = (out[0], where[0]) if unbatched else (out, where)
    return (out, where) if with_indices else out


_FRACTIONAL_SAMPLES = A([[[0.3, 0.9], [0.55, 0.05]], [[0.8, 0.2], [0.0, 0.99]]])
cases("fractional_max_pool2d",
      case(F(2, 2, 7, 6), 2, output_size=3, _random_samples=_FRACTIONAL_SAMPLES, grad=(0,)),
      case(F(2, 9, 5), (3, 2), output_size=(4, 3), _random_samples=_FRACTIONAL_SAMPLES[:1],
           grad=(0,)),
      ref=lambda x, k, output_size, _random_samples: _fractional_ref(
          x, k, output_size, _random_samples, 2))
cases("fractional_max_pool2d_with_indices",
      case(F(1, 2, 6, 6), 2, (3, 4), _random_samples=_FRACTIONAL_SAMPLES[1:], grad=(0,)),
      ref=lambda x, k, output_size, _random_samples: _fractional_ref(
          x, k, output_size, _random_samples, 2, True))
_FRACTIONAL_SAMPLES3 = A([[[0.3, 0.9, 0.5], [0.55, 0.05, 0.7]]])
cases("fractional_max_pool3d",
      case(F(1, 2, 5, 6, 5), 2, output_size=(3, 2, 3), _random_samples=_FRACTIONAL_SAMPLES3,
           grad=(0,)),
      case(F(2, 4, 5, 6), (2, 3, 2), output_size=2, _random_samples=_FRACTIONAL_SAMPLES3,
           grad=(0,)),
      ref=lambda x, k, output_size, _random_samples: _fractional_ref(
          x, k, output_size, _random_samples, 3))
cases("fractional_max_pool3d_with_indices",
      case(F(2, 5, 4, 5), 2, (2, 2, 3), _random_samples=_FRACTIONAL_SAMPLES3, grad=(0,)),
      ref=lambda x, k, output_size, _random_samples: _fractional_ref(
          x, k, output_size, _random_samples, 3, True))


def _segment_ref(data, reduce, lengths=None, offsets=None, axis=0, initial=None,
                 unsafe=False):
    """Each segment reduced by NumPy (float64, then the data's dtype)."""
    axis = axis % data.ndim
    bounds = offsets if offsets is not None else np.concatenate(
        [np.zeros(lengths.shape[:-1] + (1,), i64), np.cumsum(lengths, -1)], -1)
    bounds = bounds.reshape(-1, bounds.shape[-1])
    moved = np.moveaxis(data, axis, -1).astype(f64)
    flat = moved.reshape(-1, data.shape[axis]) if axis else moved.reshape(1, -1,
                                                                            data.shape[axis])
    if axis:
        flat = moved.reshape(bounds.shape[0], -1, data.shape[axis])
    identity = {"sum": 0.0, "mean": 0.0, "max": -np.inf, "min": np.inf, "prod": 1.0}[reduce]
    start = identity if initial is None else initial
    out = np.zeros(flat.shape[:2] + (bounds.shape[1] - 1,))
    for row in range(bounds.shape[0]):
        for s in range(bounds.shape[1] - 1):
            part = flat[row, :, bounds[row, s]:bounds[row, s + 1]]
            count = part.shape[-1]
            if reduce in ("sum", "mean"):
                value = start + part.sum(-1)
                if reduce == "mean":
                    value = value / count if count else (np.full(value.shape, np.nan)
                                                         if initial is None else value)
            elif reduce == "prod":
                value = start * part.prod(-1)
            elif reduce == "max":
                value = np.maximum(start, part.max(-1)) if count else np.full(part.shape[0],
                                                                              start)
            else:
                value = np.minimum(start, part.min(-1)) if count else np.full(part.shape[0],
                                                                              start)
            out[row, :, s] = value
    shape = moved.shape[:-1] + (bounds.shape[1] - 1,)
    return np.moveaxis(out.reshape(shape), -1, axis).astype(data.dtype)


cases("segment_reduce",
      case(F(6, 3), "sum", lengths=A([2, 0, 4], i64), grad=(0,)),
      case(F(5, 2), "mean", lengths=A([3, 2], i64), grad=(0,)),
      case(F(4, 3), "mean", lengths=A([0, 4], i64), initial=1.5, grad=(0,)),
      case(A([[1., 4., 2.], [5., 0., 3.], [2., 6., 7.]]), "max", lengths=A([2, 1], i64),
           grad=(0,)),
      case(A([[1., 4., 2.], [5., 0., 3.], [2., 6., 7.]]), "min", offsets=A([0, 1, 3], i64),
           grad=(0,)),
      case(AW(5), "prod", lengths=A([2, 3], i32), initial=2.0, grad=(0,)),
      case(F(2, 5), "sum", lengths=A([[1, 4], [3, 2]], i64), axis=1, grad=(0,)),
      ref=_segment_ref, tol=(1e-5, 1e-6))
def _ctc_ref(lp, targets, input_lengths, target_lengths, blank=0, reduction="mean",
             zero_infinity=False):
    """CTC by the alpha recursion of Graves et al. in float64 (np.logaddexp)."""
    batched = lp.ndim == 3
    probs = (lp if batched else lp[:, None]).astype(f64)
    il = np.asarray(input_lengths).reshape(-1)
    tl = np.asarray(target_lengths).reshape(-1)
    offsets = np.concatenate([[0], np.cumsum(tl)[:-1]])
    losses = []
    for b in range(probs.shape[1]):
        label = targets[b, :tl[b]] if targets.ndim == 2 else targets[offsets[b]:offsets[b] + tl[b]]
        primes = [blank]
        for value in label:
            primes += [int(value), blank]
        alpha = np.full(len(primes), -np.inf)
        alpha[0] = probs[0, b, blank]
        if len(primes) > 1:
            alpha[1] = probs[0, b, primes[1]]
        for t in range(1, il[b]):
            new = np.full_like(alpha, -np.inf)
            for s in range(len(primes)):
                total = alpha[s]
                if s > 0:
                    total = np.logaddexp(total, alpha[s - 1])
                if s > 1 and primes[s - 2] != primes[s]:
                    total = np.logaddexp(total, alpha[s - 2])
                new[s] = total + probs[t, b, primes[s]]
            alpha = new
        loss = -(np.logaddexp(alpha[-1], alpha[-2]) if len(primes) > 1 else alpha[-1])
        losses.append(0.0 if zero_infinity and loss == np.inf else loss)
    losses = np.array(losses)
    if reduction == "mean":
        return np.asarray((losses / np.maximum(tl, 1)).mean()).astype(lp.dtype)
    if reduction == "sum":
        return np.asarray(losses.sum()).astype(lp.dtype)
    return (losses if batched else losses[0]).astype(lp.dtype)


def _log_softmax_ref(x):
    shifted = x.astype(f64) - x.astype(f64).max(-1, keepdims=True)
    return (shifted - np.log(np.exp(shifted).sum(-1, keepdims=True))).astype(x.dtype)


def _ctc_call(impl, x, *rest, **kwargs):
    """ctc_loss of log_softmax(x): PyTorch's CTC gradient assumes normalized log-probs (its
    exp(lp) term cancels through log_softmax), so only then does it match finite differences."""
    return impl(x.log_softmax(-1), *rest, **kwargs)


_CTC_LP = F(6, 2, 5)
cases("ctc_loss",
      case(_CTC_LP, A([[1, 2, 2], [3, 1, 0]], i64), A([6, 5], i64), A([3, 2], i64), grad=(0,)),
      case(_CTC_LP, A([1, 2, 2, 3, 1], i64), (6, 4), (3, 2), reduction="none", grad=(0,)),
      case(_CTC_LP, A([[1, 3], [2, 2]], i64), A([5, 6], i64), A([2, 2], i64), blank=4,
           reduction="sum", grad=(0,)),
      case(F(5, 4), A([1, 3], i64), A(5, i64), A(2, i64), reduction="none",
           grad=(0,)),
      case(_CTC_LP, A([[1, 2, 2], [3, 1, 0]], i64), A([2, 6], i64), A([3, 2], i64),
           reduction="sum", zero_infinity=True, grad=(0,)),
      ref=lambda x, *rest, **kwargs: _ctc_ref(_log_softmax_ref(x), *rest, **kwargs),
      tol=(1e-5, 1e-5))
for _case in CASES["ctc_loss"]:
    _case.call = _ctc_call


# PyTorch has no derivative of these backward kernels: the gradient's grad_fn is
# NotImplemented and differentiating it again raises PyTorch's error, as gradsh's does.
NO_SECOND_ORDER.update({
    "segment_reduce": "PyTorch: derivative for aten::_segment_reduce_backward is not "
                      "implemented (pinned by tests/transcripts/pool_ctc_from_pytorch.gsh)",
    "ctc_loss": "PyTorch: derivative for aten::_ctc_loss_backward is not implemented "
                "(pinned by tests/transcripts/pool_ctc_from_pytorch.gsh)",
})


# ---- sparse tensors (ops/sparse_ops.py, engine/sparse/) ----
# Sparse results are compared through to_dense (call=), components against
# NumPy's nonzero. Gradient cases avoid zeros: there PyTorch's (and gradsh's)
# masked gradients of to_sparse/to_dense differ from finite differences.
_SPARSE_DENSE = A([[0., 1.5, 0.], [2., 0., -1.], [0., 0., 3.]])


def _crow(a):
    return np.concatenate([[0], np.cumsum((a != 0).sum(1))]).astype(i64)


def _via_dense(name, *extra):
    """call=: the op on x (and extra), its sparse result made dense again."""
    return lambda impl, x: impl(x, *extra).to_dense()


def _on_layout(layout):
    """call=: the op on x converted to ``layout`` (a Tensor method's name)."""
    return lambda impl, x: impl(getattr(x, layout)())


def _error_name(impl, *args):
    try:
        impl(*args)
    except Exception as error:  # noqa: BLE001 - the error's type is the result
        return type(error).__name__
    return "no error"


def _coo_dense(indices, values, size):
    dense = np.zeros(size, values.dtype)
    np.add.at(dense, tuple(indices), values)
    return dense


def _csr_dense(crow, col, values, size=(2, 3)):
    dense = np.zeros(size, values.dtype)
    rows = np.repeat(np.arange(len(crow) - 1), np.diff(crow))
    np.add.at(dense, (rows, col), values)
    return dense


cases("to_dense",
      case(_SPARSE_DENSE, call=_on_layout("to_sparse"), ref=lambda a: a),
      case(F(2, 3), call=_on_layout("to_sparse_csr"), ref=lambda a: a, grad=(0,)),
      case(F(2, 2), call=_on_layout("to_sparse"), ref=lambda a: a, grad=(0,)),
      case(F(2, 3), ref=lambda a: a))
cases("to_sparse",
      case(_SPARSE_DENSE, call=_via_dense("to_sparse"), ref=lambda a: a),
      case(F(2, 3), call=_via_dense("to_sparse", 1), ref=lambda a: a, grad=(0,)),
      case(F(2, 4), call=lambda impl, x: impl(x, layout=x.to_sparse_bsr((1, 1)).layout,
                                              blocksize=(1, 2)).to_dense(),
           ref=lambda a: a, grad=(0,)))
for _name in ("to_sparse_coo", "to_sparse_csr", "to_sparse_csc"):
    cases(_name, case(_SPARSE_DENSE, call=_via_dense(_name), ref=lambda a: a),
          case(F(2, 3), call=_via_dense(_name), ref=lambda a: a, grad=(0,)))
for _name in ("to_sparse_bsr", "to_sparse_bsc"):
    cases(_name, case(F(2, 4), call=_via_dense(_name, (1, 2)), ref=lambda a: a, grad=(0,)),
          case(_SPARSE_DENSE, call=_via_dense(_name, (3, 1)), ref=lambda a: a))
cases("sparse_mask",
      case(AW(3, 3), call=lambda impl, x: impl(x, (x > 0).to_sparse()).to_dense(),
           ref=lambda a: np.where(a > 0, a, 0).astype(a.dtype), grad=(0,)),
      case(AW(2, 4), call=lambda impl, x: impl(x, (x > 0).to_sparse_csr()).to_dense(),
           ref=lambda a: np.where(a > 0, a, 0).astype(a.dtype)))
cases("coalesce", case(F(2, 3), call=lambda impl, x: impl(x.to_sparse()).to_dense(),
                       ref=lambda a: a, grad=(0,)))
cases("is_coalesced", case(_SPARSE_DENSE, call=_on_layout("to_sparse"), ref=lambda a: True))
cases("sparse_dim",
      case(_SPARSE_DENSE, call=lambda impl, x: impl(x.to_sparse(1)), ref=lambda a: 1),
      case(_SPARSE_DENSE, ref=lambda a: 0))
cases("dense_dim",
      case(_SPARSE_DENSE, call=lambda impl, x: impl(x.to_sparse(1)), ref=lambda a: 1),
      case(_SPARSE_DENSE, ref=lambda a: 2))
cases("indices", case(_SPARSE_DENSE, call=_on_layout("to_sparse"),
                      ref=lambda a: np.array(np.nonzero(a), dtype=i64)))
cases("values",
      case(_SPARSE_DENSE, call=_on_layout("to_sparse"), ref=lambda a: a[a != 0]),
      case(F(2, 3), call=_on_layout("to_sparse_csr"), ref=lambda a: a.reshape(-1), grad=(0,)))
for _name, _layout, _ref in (
        ("crow_indices", "to_sparse_csr", _crow),
        ("col_indices", "to_sparse_csr", lambda a: np.nonzero(a)[1].astype(i64)),
        ("ccol_indices", "to_sparse_csc", lambda a: _crow(a.T)),
        ("row_indices", "to_sparse_csc", lambda a: np.nonzero(a.T)[1].astype(i64))):
    cases(_name, case(_SPARSE_DENSE, call=_on_layout(_layout), ref=_ref))
    cases(_name + "_copy", case(_SPARSE_DENSE, call=_on_layout(_layout), ref=_ref))
cases("values_copy", case(_SPARSE_DENSE, call=_on_layout("to_sparse_csr"),
                          ref=lambda a: a[a != 0]))
# PyTorch has no kernel of indices_copy for any layout (COO: NotImplementedError).
cases("indices_copy",
      case(_SPARSE_DENSE, call=lambda impl, x: _error_name(impl, x.to_sparse()),
           ref=lambda a: "NotImplementedError"),
      case(_SPARSE_DENSE, call=_error_name, ref=lambda a: "RuntimeError"))
cases("sparse_coo_tensor",
      case(A([[0, 1, 1, 0], [2, 0, 2, 2]], i64), F(4), (2, 3),
           call=lambda impl, i, v, size: impl(i, v, size).to_dense(), ref=_coo_dense,
           grad=(1,)),
      case(A([[1, 0]], i64), F(2, 2), (3, 2),
           call=lambda impl, i, v, size: impl(i, v, size).to_dense(), ref=_coo_dense))
for _name in ("sparse_csr_tensor", "sparse_compressed_tensor"):
    cases(_name, case(A([0, 2, 3], i64), A([0, 2, 1], i64), F(3),
                      call=lambda impl, c, p, v: impl(
                          c, p, v, (2, 3), **({"layout": c.new_zeros(1, 1).to_sparse_csr().layout}
                                              if impl.__name__.endswith("compressed_tensor")
                                              else {})).to_dense(),
                      ref=_csr_dense))
cases("sparse_csc_tensor", case(A([0, 2, 3, 3], i64), A([0, 1, 1], i64), F(3),
                                call=lambda impl, c, p, v: impl(c, p, v, (2, 3)).to_dense(),
                                ref=lambda c, p, v: _csr_dense(c, p, v, (3, 2)).T.copy()))
cases("sparse_bsr_tensor", case(A([0, 1, 2], i64), A([1, 0], i64), F(2, 1, 2),
                                call=lambda impl, c, p, v: impl(c, p, v, (2, 4)).to_dense(),
                                ref=lambda c, p, v: np.block([[np.zeros((1, 2), f32), v[0]],
                                                              [v[1], np.zeros((1, 2), f32)]])))
cases("sparse_bsc_tensor", case(A([0, 1, 2], i64), A([1, 0], i64), F(2, 1, 2),
                                call=lambda impl, c, p, v: impl(c, p, v, (2, 4)).to_dense(),
                                ref=lambda c, p, v: np.block([[np.zeros((1, 2), f32), v[1]],
                                                              [v[0], np.zeros((1, 2), f32)]])))


def _rows_product(a, b):
    """hspmm's result made dense: the rows of a @ b where a has entries."""
    return np.where((a != 0).any(1, keepdims=True), a @ b, 0).astype(a.dtype)


cases("hspmm", case(_SPARSE_DENSE, F(3, 2), call=lambda impl, a, b: impl(a.to_sparse(), b)
                    .to_dense(), ref=_rows_product))
cases("smm", case(_SPARSE_DENSE, F(3, 2), call=lambda impl, a, b: impl(a.to_sparse(), b)
                  .to_dense(), ref=_rows_product))
for _name in ("sspaddmm", "saddmm"):
    cases(_name, case(F(3, 2), _SPARSE_DENSE, F(3, 2), call=lambda impl, m, a, b: impl(
        m.to_sparse(), a.to_sparse(), b, beta=0.5, alpha=2.0).to_dense(),
        ref=lambda m, a, b: (0.5 * m + 2 * _rows_product(a, b)).astype(f32), tol=(1e-5, 1e-5)))
# ---- end sparse tensors ----


# ---- view copies and the last out= names (ops/view_copies.py, ops/out_more.py) ----
# Each *_copy is its view op in new storage; the view op's own cases check the
# view, these check the copy through the same NumPy reference.
_VC = F(2, 3)
cases("alias_copy", case(_VC, grad=(0,)), ref=lambda a: a)
cases("as_strided_copy", case(F(9), (2, 2), (1, 2), grad=(0,)),
      case(F(9), (2,), (2,), 1, grad=(0,)),
      ref=lambda a, size, stride, offset=0: np.lib.stride_tricks.as_strided(
          a[offset:], size, tuple(s * a.itemsize for s in stride)))
cases("detach_copy", case(_VC), ref=lambda a: a)
cases("diagonal_copy", case(F(3, 4), grad=(0,)), case(F(3, 4), 1, grad=(0,)),
      ref=lambda a, offset=0: np.diagonal(a, offset))
cases("expand_copy", case(F(1, 3), (2, 3), grad=(0,)),
      ref=lambda a, size: np.broadcast_to(a, size))
cases("permute_copy", case(F(2, 3, 4), (2, 0, 1), grad=(0,)),
      ref=lambda a, dims: np.transpose(a, dims))
cases("select_copy", case(F(2, 3), 1, -1, grad=(0,)), ref=lambda a, d, i: np.take(a, i, d))
cases("slice_copy", case(F(3, 4), 1, 1, 4, 2, grad=(0,)),
      ref=lambda a, d, s, e, st: a[:, s:e:st])
cases("split_copy", case(F(5, 2), 2, grad=(0,)),
      ref=lambda a, n: tuple(np.split(a, [2, 4])))
cases("split_with_sizes_copy", case(F(2, 5), [2, 3], 1, grad=(0,)),
      ref=lambda a, sizes, d: tuple(np.split(a, [2], 1)))
cases("squeeze_copy", case(F(1, 3, 1), grad=(0,)), case(F(1, 3, 1), 0, grad=(0,)),
      ref=lambda a, dim=None: np.squeeze(a, dim))
cases("t_copy", case(F(2, 3), grad=(0,)), ref=lambda a: a.T)
cases("transpose_copy", case(F(2, 3, 4), 0, 2, grad=(0,)), ref=lambda a, i, j: np.swapaxes(a, i, j))
cases("unbind_copy", case(F(2, 3), 1, grad=(0,)),
      ref=lambda a, d: tuple(np.moveaxis(a, d, 0)))
cases("unfold_copy", case(F(5), 0, 2, 1, grad=(0,)),
      ref=lambda a, d, size, step: np.stack([a[i:i + size] for i in range(0, 4, step)]))
cases("unsqueeze_copy", case(F(2, 3), 1, grad=(0,)), ref=lambda a, d: np.expand_dims(a, d))
cases("view_as_complex_copy", case(F(3, 2)), ref=lambda a: a[:, 0] + 1j * a[:, 1])
cases("view_as_real_copy", case(A([1 + 2j, 3 - 1j], np.complex64)),
      ref=lambda a: np.stack([a.real, a.imag], -1))
cases("view_copy", case(F(2, 6), (3, 4), grad=(0,)), case(F(2, 3), DT("int32")),
      ref=lambda a, size: a.reshape(size) if isinstance(size, tuple) else a.view(i32))
cases("frobenius_norm", case(F(2, 3), (0, 1), grad=(0,)), case(F(2, 3), 1, True, grad=(0,)),
      ref=lambda a, dim, keepdim=False: np.sqrt((a.astype(f64) ** 2).sum(
          dim, keepdims=keepdim)).astype(f32), tol=(1e-5, 1e-6))
cases("nuclear_norm", case(F(3, 2), grad=(0,)), case(F(2, 3, 2), (1, 2), grad=(0,)),
      ref=lambda a, dim=(-2, -1): np.linalg.svd(a, compute_uv=False).sum(-1).astype(f32),
      tol=(1e-4, 1e-5))


def _batch_stats(a):
    mean = a.mean(0)
    return mean, 1 / np.sqrt(((a - mean) ** 2).mean(0) + 1e-5)


cases("native_batch_norm",
      case(F(4, 3), F(3), F(3), None, None, True, 0.1, 1e-5,
           ref=lambda a, w, b, *rest: ((a - _batch_stats(a)[0]) * _batch_stats(a)[1] * w + b,
                                       *_batch_stats(a))),
      # save_mean and save_invstd are not differentiable (PyTorch the same)
      case(F(4, 3), F(3), F(3), None, None, True, 0.1, 1e-5, grad=(0, 1, 2),
           call=lambda impl, *args: impl(*args)[0],
           ref=lambda a, w, b, *rest: (a - _batch_stats(a)[0]) * _batch_stats(a)[1] * w + b),
      tol=(1e-4, 1e-5))


def _raises(error, text):
    def call(impl, *args, **kwargs):
        try:
            impl(*args, **kwargs)
        except error as caught:
            return text in str(caught)
        return False
    return call


def _raised(result, *args, **kwargs):
    assert result is True


for _name, _args in {"cudnn_convolution": (F(1, 1, 3, 3), F(1, 1, 2, 2), [0, 0], [1, 1],
                                           [1, 1], 1, False, False, False),
                     "cudnn_batch_norm": (F(2, 3), F(3), F(3), None, None, True, 0.1, 1e-5),
                     "batch_norm_elemt": (F(2, 3), None, None, F(3), P(3), 1e-5),
                     "mkldnn_adaptive_avg_pool2d": (F(1, 1, 4, 4), 2)}.items():
    cases(_name, case(*_args, call=_raises(NotImplementedError, f"aten::{_name}'"),
                      check=_raised))
for _name, _args in {"lstsq": (F(2, 2), F(2, 2)), "solve": (F(2, 2), F(2, 2)),
                     "matrix_rank": (F(2, 2),), "symeig": (F(2, 2),)}.items():
    cases(_name, case(*_args, call=_raises(RuntimeError, "deprecated since version 1.9"),
                      check=_raised))
NOT_DIFFERENTIABLE.update({
    "view_as_complex_copy": "PyTorch refuses autograd for its complex output; its out= "
                            "NotImplemented node is pinned by copy_out_from_pytorch.gsh",
    "view_as_real_copy": "a complex input (the gradient tests run on real float64); "
                         "its gradient is pinned by copy_out_from_pytorch.gsh",
})
# ---- end view copies and out= ----


# ------------------------------------------- linalg: ldl_factor, ldl_solve, geqrf, ormqr
def _ldl_dominant(n, *batch):
    """Symmetric and diagonally dominant: Bunch-Kaufman takes no interchange."""
    s = F(*batch, n, n)
    return ((s + _mT(s)) / 2 + 4 * n * np.eye(n)).astype(f32)


def _ldl_ref(a):
    c = np.linalg.cholesky(a.astype(f64))
    d = np.diagonal(c, axis1=-2, axis2=-1)
    ld = np.tril(c / d[..., None, :], -1) + np.eye(a.shape[-1]) * (d * d)[..., None, :]
    pivots = np.broadcast_to(np.arange(1, a.shape[-1] + 1, dtype=np.int32), a.shape[:-1])
    return ld.astype(a.dtype), pivots


def _ldl_solve_call(impl, a, b, **kw):
    from gradsh.engine.ops.linalg_ldl import ldl_factor as _ldl

    LD, pivots = _ldl(a)
    return impl(LD, pivots, b, **kw)


def _householder_q(a, tau):
    """The full Q = H_1 ... H_k of geqrf's reflectors, in float64."""
    m = a.shape[-2]
    q = np.eye(m)
    for i in range(tau.shape[-1]):
        v = np.zeros(m)
        v[i], v[i + 1:] = 1, a[i + 1:, i]
        q = q @ (np.eye(m) - tau[i] * np.outer(v, v))
    return q


def _ormqr_ref(a, tau, c, left=True, transpose=False):
    q = _householder_q(a.astype(f64), tau.astype(f64))
    q = q.T if transpose else q
    return (q @ c if left else c @ q).astype(c.dtype)


def _geqrf_check(result, a):
    qr, tau = (np.asarray(t.numpy() if hasattr(t, "numpy") else t) for t in result)
    q = _householder_q(qr.astype(f64), tau.astype(f64))
    assert np.allclose(q @ np.triu(qr), a, atol=1e-4), (qr, tau)


cases("linalg_ldl_factor", case(_ldl_dominant(3)), case(_ldl_dominant(4, 2)),
      ref=lambda a: dict(zip(("LD", "pivots"), _ldl_ref(a))), tol=_LINALG_TOL)
cases("linalg_ldl_factor_ex", case(_ldl_dominant(3)),
      ref=lambda a: dict(zip(("LD", "pivots", "info"),
                             _ldl_ref(a) + (np.zeros(a.shape[:-2], np.int32),))),
      tol=_LINALG_TOL)
cases("linalg_ldl_solve", case(_ldl_dominant(3), F(3, 2), call=_ldl_solve_call),
      case(_ldl_dominant(3, 2), F(3, 1), call=_ldl_solve_call),
      ref=lambda a, b: np.linalg.solve(a.astype(f64), b).astype(f32), tol=_LINALG_TOL)
cases("geqrf", case(F(3, 3), check=_geqrf_check), case(F(4, 2), check=_geqrf_check))
cases("ormqr", case(F(3, 3), F(3) / 2, F(3, 2), grad=(0, 1, 2)),
      case(F(4, 2), F(2) / 2, F(4, 3), transpose=True, grad=(0, 1, 2)),
      case(F(4, 2), F(2) / 2, F(3, 4), left=False, grad=(0, 1, 2)),
      case(F(3, 3), F(3) / 2, F(2, 3), left=False, transpose=True, grad=(0, 1, 2)),
      ref=_ormqr_ref, tol=_LINALG_TOL)


# ------------------------------------------------- storages and data pointers (issue 17)
def _is_int_check(result, *arrays):
    assert isinstance(result, int) and result > 0, result


def _storage_bytes_check(result, a):
    assert result.nbytes() == a.nbytes and result.tolist() == list(a.tobytes()), result


def _typed_storage_check(result, a):
    assert result.tolist() == a.ravel().tolist() and result.size() == a.size, result


cases("data_ptr", case(F(2, 3), check=_is_int_check), case(INT(4), check=_is_int_check))
cases("untyped_storage", case(F(2, 3), check=_storage_bytes_check),
      case(INT(3), check=_storage_bytes_check))
cases("storage", case(F(2, 3), check=_typed_storage_check),
      case(INT(3), check=_typed_storage_check))
