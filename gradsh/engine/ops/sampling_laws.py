"""normal and the in-place random fills: uniform_, normal_, random_, bernoulli_, ...

Each follows PyTorch's composition of kernels (``normal(mean_tensor, std)`` is
``normal_(0, std)`` then ``add_(mean)``; ``bernoulli(p)`` is
``empty_like(p).bernoulli_(p)``), so the same numbers come out.
"""
from __future__ import annotations

import numpy as np

from .. import backend
from ..autograd import no_grad, record
from ..random import kernels as K
from ..registry import op
from ..tensor import Tensor
from .common import broadcast_shapes
from .creation import _dtype_or_default, empty
from .sampling import (Law, fill_order, in_place, int64_argument, integer_law, new_tensor,
                       normal_law, size_argument, uniform_law)
from .sampling_bounds import CPP_TYPE_NAMES, random_span

_UNSET = object()


def _check_float(input: Tensor, kernel: str) -> None:
    if not input.dtype.is_floating_point:
        raise NotImplementedError(f'"{kernel}" not implemented for \'{input.dtype.legacy[:-6]}\'')


def _check_continuous(input: Tensor, law: str, type_name: str) -> None:
    if not input.dtype.is_floating_point:
        raise RuntimeError(f"{law} distribution is a continuous probability distribution. dtype "
                           f"must be a floating point but you specified {type_name}")


def _g(value) -> str:
    """A double as C++'s ostream prints it in PyTorch's messages (6 significant digits)."""
    return f"{float(value):g}"


# ------------------------------------------------------------------ normal
def _check_std(std) -> None:
    if float(std) < 0.0:
        raise RuntimeError(f"normal expects std >= 0.0, but found std {_g(std)}")


def _check_std_tensor(std: Tensor) -> None:
    if std.numel() and bool((backend.to_host(std._data) < 0).any()):
        raise RuntimeError("normal expects all elements of std >= 0.0")


@op("normal", summary="Normal random values: normal(mean, std[, size]) with tensors or numbers.",
    example="manual_seed(0); normal(zeros(3), ones(3))", method=False)
def normal(mean, std=None, size=None, *, generator=None, out=None, dtype=None, layout=None,
           device=None, requires_grad=False, pin_memory=False):
    std_given, std = std, 1.0 if std is None else std
    mean_is_tensor, std_is_tensor = isinstance(mean, Tensor), isinstance(std, Tensor)
    if not mean_is_tensor and not std_is_tensor:
        if std_given is None:  # normal(mean) takes a tensor mean
            raise TypeError(f"normal(): argument 'mean' (position 1) must be Tensor, not "
                            f"{type(mean).__name__}")
        if size is None:
            got = ", ".join(type(arg).__name__ for arg in (mean, std_given))
            raise TypeError(f"normal() received an invalid combination of arguments - got "
                            f"({got}), but expected one of:")
        _check_std(std)
        law = normal_law(float(mean), float(std))
        return new_tensor(size_argument("normal", (size,), 3), _dtype_or_default(dtype), device,
                          requires_grad, generator, law)
    _check_std_tensor(std) if std_is_tensor else _check_std(std)
    like = mean if mean_is_tensor else std
    shape = broadcast_shapes(tuple(mean.shape) if mean_is_tensor else (),
                             tuple(std.shape) if std_is_tensor else ())
    output = empty(shape, dtype=like.dtype, device=like.device)
    with no_grad():
        if not std_is_tensor:  # normal_out_impl(Tensor mean, double std)
            normal_(output, 0.0, float(std), generator=generator).add_(mean)
        else:
            normal_(output, 0.0, 1.0, generator=generator).mul_(std).add_(mean)
    # PyTorch records NormalBackward1/2/3: the gradient to mean and std is zero.
    inputs = tuple(t for t in (mean, std) if isinstance(t, Tensor))
    name = {(True, False): "NormalBackward1", (False, True): "NormalBackward2"}.get(
        (mean_is_tensor, std_is_tensor), "NormalBackward3")
    record(output, name, inputs, lambda g: tuple(g * 0 for _ in inputs))
    return output


@op("normal_", summary="Fill in place with normal values of mean and std.",
    example="manual_seed(0); zeros(3).normal_()", function=False)
def normal_(input, mean=0.0, std=1.0, *, generator=None):
    _check_float(input, "normal_kernel_cpu")
    _check_std(std)
    return in_place(input, generator, "NormalBackward0", normal_law(float(mean), float(std)))


# ---------------------------------------------------------------- uniform_
@op("uniform_", summary="Fill in place with uniform values in [from, to).",
    example="manual_seed(0); zeros(3).uniform_(-1, 1)", function=False)
def uniform_(input, from_=0.0, to=1.0, *, generator=None, **kwargs):
    low, high = float(kwargs.pop("from", from_)), float(to)
    _check_float(input, "check_uniform_bounds")
    info, type_name = np.finfo(input.dtype.np), CPP_TYPE_NAMES[input.dtype.name]
    if not float(info.min) <= low <= float(info.max):
        raise RuntimeError(f"from is out of bounds for {type_name}")
    if not float(info.min) <= high <= float(info.max):
        raise RuntimeError(f"to is out of bounds for {type_name}")
    if low > high:
        raise RuntimeError(f"uniform_ expects to return a [from, to) range, but found "
                           f"from={_g(low)} > to={_g(high)}")
    return in_place(input, generator, "UniformBackward0", uniform_law(low, high))


# ----------------------------------------------------------------- random_
@op("random_", summary="Fill in place with integers: random_(), random_(to), random_(from, to).",
    example="manual_seed(0); zeros(3).random_(10)", function=False)
def random_(input, from_=None, to=_UNSET, *, generator=None, **kwargs):
    low = kwargs.pop("from", from_)
    if low is None and to is _UNSET:
        law = Law(lambda engine, n, t, contiguous: K.random_default_range(engine, n, t),
                  lambda cuda, state, shape, t: cuda.integers(
                      state, shape, t, *_default_span(np.dtype(t)), 0))
        return in_place(input, generator, "RandomBackward2", law)
    grad_name = "RandomBackward0"
    if to is _UNSET:  # random_(to), or random_(from=..) up to the dtype's maximum
        only_to = "from" not in kwargs and from_ is not None
        low, to = (0, low) if only_to else (low, None)
        grad_name = "RandomBackward1" if only_to else grad_name
    bounds = [v for v in (low, to) if v is not None]
    if any(isinstance(v, bool) or not isinstance(v, (int, np.integer)) for v in bounds):
        got = ", ".join(type(v).__name__ for v in bounds)
        raise TypeError(f"random_() received an invalid combination of arguments - got ({got}), "
                        f"but expected one of:")
    low, to = int64_argument(low or 0), None if to is None else int64_argument(to)
    span, base = random_span(low, to, input.dtype)
    return in_place(input, generator, grad_name, integer_law(span, base))


def _default_span(np_dtype) -> tuple:
    if np_dtype == np.bool_:
        return (2,)
    if np_dtype.kind == "f":
        return ((1 << {2: 11, 4: 24, 8: 53}[np_dtype.itemsize]) + 1,)
    return (int(np.iinfo(np_dtype).max) + 1,)


# ------------------------------------------------------- other continuous
def _in_place_law(input, generator, grad_name, cpu, cuda):
    return in_place(input, generator, grad_name, Law(cpu, cuda))


@op("exponential_", summary="Fill in place with exponential values of rate lambd.",
    example="manual_seed(0); zeros(3).exponential_()", function=False)
def exponential_(input, lambd=1.0, *, generator=None):
    _check_continuous(input, "Exponential", input.dtype.legacy[:-6])
    lambd = float(lambd)
    if not lambd > 0:
        raise RuntimeError(f"exponential_ expects lambda > 0.0, but found lambda={_g(lambd)}")
    return _in_place_law(input, generator, "ExponentialBackward0",
                         lambda engine, n, t, c: K.exponential(engine, n, lambd),
                         lambda cuda, state, shape, t: cuda.exponential(state, shape, t, lambd))


@op("geometric_", summary="Fill in place with geometric values (trials to success, p).",
    example="manual_seed(0); zeros(3).geometric_(0.5)", function=False)
def geometric_(input, p, *, generator=None):
    p = float(p)
    if not 0 < p < 1:
        raise RuntimeError(f"geometric_ expects p to be in (0, 1), but got p={_g(p)}")
    return _in_place_law(input, generator, "GeometricBackward0",
                         lambda engine, n, t, c: K.geometric(engine, n, p),
                         lambda cuda, state, shape, t: cuda.geometric(state, shape, t, p))


@op("cauchy_", summary="Fill in place with Cauchy values of median and sigma.",
    example="manual_seed(0); zeros(3).cauchy_()", function=False)
def cauchy_(input, median=0.0, sigma=1.0, *, generator=None):
    _check_continuous(input, "Cauchy", CPP_TYPE_NAMES[input.dtype.name])
    median, sigma = float(median), float(sigma)
    if not sigma > 0:
        raise RuntimeError(f"cauchy_ expects sigma > 0.0, but found sigma={_g(sigma)}")
    return _in_place_law(input, generator, "CauchyBackward0",
                         lambda engine, n, t, c: K.cauchy(engine, n, median, sigma),
                         lambda cuda, state, shape, t: cuda.cauchy(state, shape, t, median,
                                                                   sigma))


@op("log_normal_", summary="Fill in place with log-normal values (exp of normal(mean, std)).",
    example="manual_seed(0); zeros(3).log_normal_()", function=False)
def log_normal_(input, mean=1.0, std=2.0, *, generator=None):
    _check_float(input, "log_normal_cpu")
    mean, std = float(mean), float(std)
    if not std > 0:
        raise RuntimeError(f"log_normal_ expects std > 0.0, but found std={_g(std)}")
    return _in_place_law(input, generator, "LogNormalBackward0",
                         lambda engine, n, t, c: K.log_normal(engine, n, mean, std),
                         lambda cuda, state, shape, t: cuda.log_normal(state, shape, t, mean,
                                                                       std))


# --------------------------------------------------------------- bernoulli
@op("bernoulli_", summary="Fill in place with 0/1 draws of probability p (a number or tensor).",
    example="manual_seed(0); zeros(4).bernoulli_(0.5)", function=False)
def bernoulli_(input, p=0.5, *, generator=None):
    if not isinstance(p, Tensor):
        p = float(p)
        if not 0 <= p <= 1:
            raise RuntimeError(f"bernoulli_ expects p to be in [0, 1], but got p={_g(p)}")
        return _in_place_law(input, generator, "BernoulliBackward2",
                             lambda engine, n, t, c: K.bernoulli_scalar(engine, n, p),
                             lambda cuda, state, shape, t: cuda.bernoulli(state, shape, t, p))
    if not p.dtype.is_floating_point:
        raise NotImplementedError(
            f'"bernoulli_tensor_cpu_p_" not implemented for \'{p.dtype.legacy[:-6]}\'')
    target = tuple(input.shape)
    p.expand(*target)  # PyTorch's expand_inplace: its error for shapes that do not fit
    probabilities = backend.to_host(p._data)
    if probabilities.size and not bool(((probabilities >= 0) & (probabilities <= 1)).all()):
        raise RuntimeError("Expected p_in >= 0 && p_in <= 1 to be true, but got false.  "
                           "(Could this error message be improved?  If so, please report an "
                           "enhancement request to PyTorch.)")
    # The kernel walks input in memory order and reads p (expanded) alongside.
    ordered = np.broadcast_to(probabilities, target).transpose(fill_order(input._data))
    on_device = p._data
    return _in_place_law(input, generator, "BernoulliBackward1",
                         lambda engine, n, t, c: K.bernoulli_tensor(engine, ordered),
                         lambda cuda, state, shape, t: cuda.bernoulli(state, shape, t, on_device))


@op("bernoulli", summary="0/1 draws: each element is 1 with the probability given by input.",
    example="manual_seed(0); bernoulli(full((4,), 0.5))")
def bernoulli(input, p=None, *, generator=None, out=None):
    result = empty(tuple(input.shape), dtype=input.dtype, device=input.device)
    with no_grad():
        bernoulli_(result, input if p is None else p, generator=generator)
    if p is None and result.dtype.is_floating_point:  # BernoulliBackward0: a zero gradient
        record(result, "BernoulliBackward0", (input,), lambda g: (g * 0,))
    return result
