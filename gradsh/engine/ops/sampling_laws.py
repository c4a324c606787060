"""normal, bernoulli, multinomial, poisson, the in-place random fills and dropout.

Each follows PyTorch's composition of kernels (``normal(mean, std)`` is
``normal_(0, 1)`` then ``mul_(std).add_(mean)``; dropout is
``input * (bernoulli_(1 - p) / (1 - p))``), so the same numbers come out.
"""
from __future__ import annotations

import math

import numpy as np

from .. import backend, dtypes, limits
from ..autograd import no_grad
from ..random import kernels as K
from ..registry import op
from ..tensor import Tensor
from .common import broadcast_shapes, shape_args
from .creation import _dtype_or_default, empty
from .sampling import CPP_TYPE_NAMES, _engine, _new, _random_span, in_place


def _is_number(value) -> bool:
    return isinstance(value, (int, float, np.number)) and not isinstance(value, bool)


# ------------------------------------------------------------------ normal
@op("normal", summary="Normal random values: normal(mean, std[, size]) with tensors or numbers.",
    example="manual_seed(0); normal(zeros(3), ones(3))", method=False)
def normal(mean, std=1.0, size=None, *, generator=None, out=None, dtype=None, layout=None,
           device=None, requires_grad=False, pin_memory=False):
    mean_is_tensor, std_is_tensor = isinstance(mean, Tensor), isinstance(std, Tensor)
    if not mean_is_tensor and not std_is_tensor:
        if size is None:
            raise TypeError("normal() received an invalid combination of arguments - got "
                            "(float, float), but expected (float mean, float std, tuple of ints "
                            "size, *, torch.Generator generator, Tensor out, torch.dtype dtype)")
        _check_std(std)
        shape = shape_args((size,), "size")
        dtype = _dtype_or_default(dtype)

        def draw(engine, count, np_dtype):
            return K.normal(engine, count, np_dtype, float(mean), float(std))

        draw.cuda_kind = "normal"
        result = _new(shape, dtype, device, requires_grad, generator, draw)
        return result if (mean, std) == (0, 1) or not result.is_cuda else result * std + mean
    if std_is_tensor:
        _check_std_tensor(std)
    else:
        _check_std(std)
    like = mean if mean_is_tensor else std
    shape = broadcast_shapes(tuple(mean.shape) if mean_is_tensor else (),
                             tuple(std.shape) if std_is_tensor else ())
    if mean_is_tensor and not std_is_tensor:
        # normal_out_impl(mean, double std): normal_(0, std), then add_(mean).
        output = empty(shape, dtype=like.dtype, device=like.device)
        normal_(output, 0.0, float(std), generator=generator)
        return _without_history(lambda: output.add_(mean))
    output = empty(shape, dtype=like.dtype, device=like.device)
    normal_(output, 0.0, 1.0, generator=generator)
    return _without_history(lambda: output.mul_(std).add_(mean))


def _without_history(compute) -> Tensor:
    with no_grad():
        return compute()


def _check_std(std) -> None:
    if float(std) < 0.0:
        raise RuntimeError(f"normal expects std >= 0.0, but found std {_c_double(std)}")


def _check_std_tensor(std: Tensor) -> None:
    if std.numel() and bool((std._data < 0).any()):
        raise RuntimeError("normal expects all elements of std >= 0.0")


def _c_double(value) -> str:
    """A double as C++'s ostream prints it (6 significant digits)."""
    text = f"{float(value):g}"
    return text


@op("normal_", summary="Fill in place with normal values of mean and std.",
    example="manual_seed(0); zeros(3).normal_()", function=False)
def normal_(input, mean=0.0, std=1.0, *, generator=None):
    _check_float(input, "normal_kernel_cpu")
    _check_std(std)
    mean, std = float(mean), float(std)
    return in_place(input, generator, "normal_", "NormalBackward0",
                    lambda engine, n, t, contiguous: K.normal(engine, n, t, mean, std,
                                                              contiguous))


def _check_float(input: Tensor, kernel: str) -> None:
    if not input.dtype.is_floating_point:
        raise NotImplementedError(f'"{kernel}" not implemented for \'{input.dtype.legacy[:-6]}\'')


def _check_continuous(input: Tensor, law: str, type_name: str) -> None:
    if not input.dtype.is_floating_point:
        raise RuntimeError(f"{law} distribution is a continuous probability distribution. dtype "
                           f"must be a floating point but you specified {type_name}")


# ----------------------------------------------------------- uniform & co
_UNSET = object()

@op("uniform_", summary="Fill in place with uniform values in [from, to).",
    example="manual_seed(0); zeros(3).uniform_(-1, 1)", function=False)
def uniform_(input, from_=0.0, to=1.0, *, generator=None, **kwargs):
    low, high = float(kwargs.pop("from", from_)), float(to)
    _check_float(input, "check_uniform_bounds")
    info = np.finfo(input.dtype.np)
    if not float(info.min) <= low <= float(info.max):
        raise RuntimeError(f"from is out of bounds for {input.dtype!r}")
    if not float(info.min) <= high <= float(info.max):
        raise RuntimeError(f"to is out of bounds for {input.dtype!r}")
    if low > high:
        raise RuntimeError(f"uniform_ expects to return a [from, to) range, but found "
                           f"from={_c_double(low)} > to={_c_double(high)}")
    return in_place(input, generator, "uniform_", "UniformBackward0",
                    lambda engine, n, t, contiguous: K.uniform(engine, n, t, low, high))


@op("random_", summary="Fill in place with integers: random_(), random_(to), random_(from, to).",
    example="manual_seed(0); zeros(3).random_(10)", function=False)
def random_(input, from_=None, to=_UNSET, *, generator=None, **kwargs):
    low = kwargs.pop("from", from_)
    if low is None and to is _UNSET:
        return in_place(input, generator, "random_", "RandomBackward0",
                        lambda engine, n, t, c: K.random_default_range(engine, n, t))
    if to is _UNSET:
        low, to = (0, low) if "from" not in kwargs and from_ is not None else (low, None)
    span, base = _random_span(int(low or 0), None if to is None else int(to), input.dtype)
    return in_place(input, generator, "random_", "RandomBackward1",
                    lambda engine, n, t, c: K.random_from_to(engine, n, t, span, base))


@op("exponential_", summary="Fill in place with exponential values of rate lambd.",
    example="manual_seed(0); zeros(3).exponential_()", function=False)
def exponential_(input, lambd=1.0, *, generator=None):
    _check_continuous(input, "Exponential", input.dtype.legacy[:-6])
    lambd = float(lambd)
    if not lambd > 0:
        raise RuntimeError(f"exponential_ expects lambda > 0.0, but found lambda={lambd:g}")
    return in_place(input, generator, "exponential_", "ExponentialBackward0",
                    lambda engine, n, t, c: K.exponential(engine, n, lambd))


@op("geometric_", summary="Fill in place with geometric values (trials to success, p).",
    example="manual_seed(0); zeros(3).geometric_(0.5)", function=False)
def geometric_(input, p, *, generator=None):
    p = float(p)
    if not 0 < p < 1:
        raise RuntimeError(f"geometric_ expects p to be in (0, 1), but got p={p:g}")
    return in_place(input, generator, "geometric_", "GeometricBackward0",
                    lambda engine, n, t, c: K.geometric(engine, n, p))


@op("cauchy_", summary="Fill in place with Cauchy values of median and sigma.",
    example="manual_seed(0); zeros(3).cauchy_()", function=False)
def cauchy_(input, median=0.0, sigma=1.0, *, generator=None):
    _check_continuous(input, "Cauchy", CPP_TYPE_NAMES[input.dtype.name])
    median, sigma = float(median), float(sigma)
    if not sigma > 0:
        raise RuntimeError(f"cauchy_ expects sigma > 0.0, but found sigma={sigma:g}")
    return in_place(input, generator, "cauchy_", "CauchyBackward0",
                    lambda engine, n, t, c: K.cauchy(engine, n, median, sigma))


@op("log_normal_", summary="Fill in place with log-normal values (exp of normal(mean, std)).",
    example="manual_seed(0); zeros(3).log_normal_()", function=False)
def log_normal_(input, mean=1.0, std=2.0, *, generator=None):
    _check_float(input, "log_normal_cpu")
    mean, std = float(mean), float(std)
    if not std > 0:
        raise RuntimeError(f"log_normal_ expects std > 0.0, but found std={std:g}")
    return in_place(input, generator, "log_normal_", "LogNormalBackward0",
                    lambda engine, n, t, c: K.log_normal(engine, n, mean, std))


# --------------------------------------------------------------- bernoulli
@op("bernoulli_", summary="Fill in place with 0/1 draws of probability p (a number or tensor).",
    example="manual_seed(0); zeros(4).bernoulli_(0.5)", function=False)
def bernoulli_(input, p=0.5, *, generator=None):
    if isinstance(p, Tensor):
        if not p.dtype.is_floating_point:
            raise NotImplementedError(
                f'"bernoulli_tensor_cpu_p_" not implemented for \'{p.dtype.legacy[:-6]}\'')
        target = tuple(input.shape)
        if broadcast_shapes(tuple(p.shape), target) != target:
            raise RuntimeError(f"expand(torch.{p.dtype.legacy}{{{list(p.shape)}}}, "
                               f"size={list(target)}): the number of sizes provided "
                               f"({len(target)}) must be greater or equal to the number of "
                               f"dimensions in the tensor ({p.ndim})")
        probabilities = np.broadcast_to(backend.to_host(p._data), target)
        _check_probabilities(probabilities)
        ordered = probabilities.transpose(_order_of(input))
        return in_place(input, generator, "bernoulli_", "BernoulliBackward1",
                        lambda engine, n, t, c: K.bernoulli_tensor(engine, ordered))
    p = float(p)
    if not 0 <= p <= 1:
        raise RuntimeError(f"bernoulli_ expects p to be in [0, 1], but got p={p:g}")
    return in_place(input, generator, "bernoulli_", "BernoulliBackward0",
                    lambda engine, n, t, c: K.bernoulli_scalar(engine, n, p))


def _order_of(input: Tensor) -> tuple:
    from .sampling import _fill_order  # noqa: PLC0415

    return _fill_order(input._data)


def _check_probabilities(probabilities: np.ndarray) -> None:
    if probabilities.size and not bool(((probabilities >= 0) & (probabilities <= 1)).all()):
        raise RuntimeError("Expected p_in >= 0 && p_in <= 1 to be true, but got false.  "
                           "(Could this error message be improved?  If so, please report an "
                           "enhancement request to PyTorch.)")


@op("bernoulli", summary="0/1 draws: each element is 1 with the probability given by input.",
    example="manual_seed(0); bernoulli(full((4,), 0.5))", differentiable=False)
def bernoulli(input, p=None, *, generator=None, out=None):
    result = empty(tuple(input.shape), dtype=input.dtype, device=input.device)
    with no_grad():
        if p is None:
            bernoulli_(result, input, generator=generator)
        else:
            bernoulli_(result, p, generator=generator)
    return result


# ------------------------------------------------------------- multinomial
@op("multinomial", summary="Sample category indices from rows of (unnormalised) probabilities.",
    example="manual_seed(0); multinomial(tensor([0.2, 0.8]), 4, replacement=True)",
    differentiable=False)
def multinomial(input, num_samples, replacement=False, *, generator=None, out=None):
    if not 1 <= input.ndim <= 2:
        raise RuntimeError("prob_dist must be 1 or 2 dim")
    if not input.dtype.is_floating_point:
        raise RuntimeError(f"multinomial only supports floating-point dtypes for input, got: "
                           f"{input.dtype.legacy[:-6]}")
    if num_samples <= 0:
        raise RuntimeError("cannot sample n_sample <= 0 samples")
    categories = input.shape[-1]
    if not replacement and num_samples > categories:
        raise RuntimeError("cannot sample n_sample > prob_dist.size(-1) samples without "
                           "replacement")
    if categories > 1 << 24:
        raise RuntimeError("number of categories cannot exceed 2^24")
    rows = backend.to_host(input._data).reshape(-1, categories)
    limits.check_allocation((rows.shape[0], num_samples), dtypes.int64)
    engine = _engine(generator, input.device)
    _check_rows(rows)
    if replacement and num_samples > 1:
        picks = K.multinomial_with_replacement(engine, rows, int(num_samples))
    else:
        # Gumbel-style: argmax / top-k of p / q with q ~ Exp(1) in input's dtype.
        q = K.exponential(engine, rows.size, 1.0).astype(rows.dtype).reshape(rows.shape)
        with np.errstate(divide="ignore", invalid="ignore"):
            scores = (rows / q).astype(rows.dtype)
        picks = np.argsort(-scores, axis=1, kind="stable")[:, :num_samples]
    shape = (num_samples,) if input.ndim == 1 else (rows.shape[0], num_samples)
    return Tensor._make(backend.move(picks.reshape(shape).astype(np.int64), input.device),
                        dtypes.int64)


def _check_rows(rows: np.ndarray) -> None:
    if not (np.all(rows >= 0) and np.all(rows < math.inf)):
        raise RuntimeError("probability tensor contains either `inf`, `nan` or element < 0")
    if bool((rows.sum(axis=1) <= 0).any()):
        raise RuntimeError("invalid multinomial distribution (sum of probabilities <= 0)")


# ----------------------------------------------------------------- poisson
@op("poisson", summary="Poisson counts, one per rate in input.",
    example="manual_seed(0); poisson(tensor([1., 5.]))", method=False, differentiable=False)
def poisson(input, generator=None):
    if not input.dtype.is_floating_point:
        raise NotImplementedError(f'"poisson_cpu" not implemented for '
                                  f'\'{input.dtype.legacy[:-6]}\'')
    rates = backend.to_host(input._data)
    if rates.size and not bool((rates >= 0).all()):
        raise RuntimeError("invalid Poisson rate, expected rate to be non-negative")
    counts = K.poisson(_engine(generator, input.device), rates)
    return Tensor._make(backend.move(counts.reshape(rates.shape).astype(input.dtype.np),
                                     input.device), input.dtype)


# ----------------------------------------------------------------- dropout
def _dropout(input, p, train, inplace=False):
    if not 0 <= p <= 1:
        raise RuntimeError(f"dropout probability has to be between 0 and 1, but got {p}")
    if p == 0 or not train or input.numel() == 0:
        return input
    if p == 1:
        zero = empty((), dtype=input.dtype, device=input.device).zero_()
        return input.mul_(zero) if inplace else input * zero
    noise = empty(tuple(input.shape), dtype=input.dtype, device=input.device)
    noise._data = _like_strides(input._data, noise._data)
    with no_grad():
        bernoulli_(noise, 1 - p)
        noise.div_(1 - p)
    return input.mul_(noise) if inplace else input * noise


def _like_strides(source, fresh):
    """``empty_like``: a new array laid out in memory as ``source`` is."""
    from .sampling import _fill_order  # noqa: PLC0415

    order = _fill_order(source)
    laid = fresh.reshape(-1)[: fresh.size].reshape(tuple(source.shape[a] for a in order))
    return laid.transpose(np.argsort(order))


@op("dropout", summary="Zero elements with probability p, scale the rest by 1/(1-p) (training).",
    example="manual_seed(0); F.dropout(ones(6), 0.5)", functional=True, method=False,
    signature="dropout(input, p=0.5, training=True, inplace=False)")
def dropout(input, p=0.5, training=True, inplace=False, **kwargs):
    if "train" in kwargs:  # torch.dropout(input, p, train)
        training = kwargs.pop("train")
    if kwargs:
        raise TypeError(f"dropout() got an unexpected keyword argument '{next(iter(kwargs))}'")
    if not 0.0 <= p <= 1.0:
        raise ValueError(f"dropout probability has to be between 0 and 1, but got {p}")
    return _dropout(input, float(p), bool(training), bool(inplace))

