"""Check autograd's gradients against finite differences (autograd's ``check_grads``).

:func:`gradcheck` compares, for every input that requires grad, the
vector-Jacobian product computed by gradsh's backward pass with the same
product computed by central differences in float64:

    analytic_i = d/dx_i <v, f(x)>   (one backward pass, v fixed and random)
    numeric_i  = (<v, f(x + eps e_i)> - <v, f(x - eps e_i)>) / (2 eps)

:func:`gradgradcheck` does the same for the second derivative: it checks the
function ``x -> grad(<v, f(x)>, x, create_graph=True)`` with the first
check, so a backward rule that is not itself differentiable shows up there.

Both return a :class:`GradcheckReport` with, per input, the largest absolute
and relative difference and whether ``|analytic - numeric| <= atol + rtol *
|numeric|`` held everywhere. The ``:gradcheck`` shell command and the
registry's gradient tests use them.
"""
from __future__ import annotations

import warnings
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from . import autograd, backend, dtypes
from .tensor import Tensor


@dataclass
class InputReport:
    """The comparison for one input that requires grad."""

    index: int  # position among the arguments given to the function
    max_abs_diff: float
    max_rel_diff: float
    passed: bool
    analytic: np.ndarray = field(repr=False)
    numeric: np.ndarray = field(repr=False)


@dataclass
class GradcheckReport:
    """The outcome of :func:`gradcheck` or :func:`gradgradcheck`."""

    order: int  # 1 for gradients, 2 for second derivatives
    inputs: list = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return all(entry.passed for entry in self.inputs)

    def __bool__(self) -> bool:
        return self.passed

    def __str__(self) -> str:
        kind = "gradient" if self.order == 1 else "second derivative"
        lines = [f"{kind} check {'passed' if self.passed else 'FAILED'}"]
        for entry in self.inputs:
            lines.append(f"  input {entry.index}: max abs diff {entry.max_abs_diff:.3g}, "
                         f"max rel diff {entry.max_rel_diff:.3g}"
                         f"{'' if entry.passed else '  <- mismatch'}")
        return "\n".join(lines)


def _outputs_of(result) -> list:
    """The floating-point tensors among a function's outputs (one, or a tuple/list)."""
    items = list(result) if isinstance(result, (tuple, list)) else [result]
    return [item for item in items
            if isinstance(item, Tensor) and item.dtype.is_floating_point]


def _host(tensor: Tensor) -> np.ndarray:
    return np.asarray(backend.to_host(tensor._data), dtype=np.float64)


def _projection(outputs: list, vectors: list) -> float:
    """<v, f(x)>: the sum over outputs of the elementwise products, in float64."""
    return float(sum(np.sum(_host(out) * v) for out, v in zip(outputs, vectors)))


def _leaf_like(array: np.ndarray, like: Tensor) -> Tensor:
    """A fresh leaf holding ``array`` with ``like``'s dtype, device and requires_grad."""
    data = backend.move(np.asarray(array, dtype=like.dtype.np), like.device)
    leaf = Tensor._make(data, like.dtype)
    leaf._requires_grad = like.requires_grad
    return leaf


def _checked_positions(inputs: tuple) -> list:
    positions = [i for i, value in enumerate(inputs)
                 if isinstance(value, Tensor) and value.requires_grad]
    for i in positions:
        if inputs[i].dtype is not dtypes.float64:
            warnings.warn(f"Input #{i} requires gradient and is not a double precision floating "
                          "point. This check will likely fail if all the inputs are not of "
                          "double precision floating point.", UserWarning, stacklevel=3)
    return positions


def _vjp(func: Callable, inputs: tuple, positions: list, vectors: list, *,
         create_graph: bool) -> list:
    """grad(<v, f(x)>, x) for the inputs at ``positions``; zeros where unused."""
    outputs = _outputs_of(func(*inputs))
    pairs = [(out, v) for out, v in zip(outputs, vectors) if out.requires_grad]
    leaves = [inputs[i] for i in positions]
    if pairs:
        grads = autograd.run_backward(
            [out for out, _ in pairs],
            [_leaf_like(v, out).detach() for out, v in pairs],
            create_graph=create_graph, inputs=leaves, allow_unused=True)
    else:
        grads = (None,) * len(leaves)
    return [Tensor.zeros_on(leaf.shape, leaf.dtype, leaf.device) if grad is None else grad
            for grad, leaf in zip(grads, leaves)]


def _random_vectors(outputs: list, rng: np.random.Generator) -> list:
    return [np.asarray(rng.uniform(0.5, 1.5, tuple(out.shape))
                       * rng.choice((-1.0, 1.0), tuple(out.shape))) for out in outputs]


def _compare(index: int, analytic: np.ndarray, numeric: np.ndarray, atol: float,
             rtol: float) -> InputReport:
    difference = np.abs(analytic - numeric)
    max_abs = float(difference.max()) if difference.size else 0.0
    scale = np.maximum(np.abs(numeric), np.finfo(np.float64).tiny)
    max_rel = float((difference / scale).max()) if difference.size else 0.0
    passed = bool(np.all(difference <= atol + rtol * np.abs(numeric))) and bool(
        np.all(np.isfinite(analytic) == np.isfinite(numeric)))
    return InputReport(index, max_abs, max_rel, passed, analytic, numeric)


def _check(func: Callable, inputs: tuple, eps: float, atol: float, rtol: float, seed: int,
           order: int) -> GradcheckReport:
    inputs = tuple(inputs)
    positions = _checked_positions(inputs)
    report = GradcheckReport(order=order)
    if not positions:
        return report
    rng = np.random.default_rng(seed)
    vectors = _random_vectors(_outputs_of(func(*inputs)), rng)
    analytic = [_host(g) for g in _vjp(func, inputs, positions, vectors, create_graph=False)]
    for slot, position in enumerate(positions):
        base = _host(inputs[position])
        numeric = np.zeros_like(base)
        for flat in range(base.size):
            values = []
            for step in (eps, -eps):
                moved = base.copy()
                moved.reshape(-1)[flat] += step
                trial = list(inputs)
                trial[position] = _leaf_like(moved, inputs[position])
                values.append(_projection(_outputs_of(func(*trial)), vectors))
            numeric.reshape(-1)[flat] = (values[0] - values[1]) / (2 * eps)
        report.inputs.append(_compare(position, analytic[slot], numeric, atol, rtol))
    return report


def gradcheck(func: Callable, inputs, eps: float = 1e-6, atol: float = 1e-5,
              rtol: float = 1e-3, seed: int = 0) -> GradcheckReport:
    """Compare the backward pass of ``func`` with central differences.

    ``func(*inputs)`` returns a tensor or a tuple of tensors (non-float
    outputs are ignored). Every tensor input with ``requires_grad`` is
    checked; use float64 inputs, the differences are taken in float64.
    """
    return _check(func, tuple(inputs), eps, atol, rtol, seed, order=1)


def gradgradcheck(func: Callable, inputs, eps: float = 1e-6, atol: float = 1e-5,
                  rtol: float = 1e-3, seed: int = 0) -> GradcheckReport:
    """Compare the second derivative of ``func`` with central differences.

    Checks ``x -> grad(<v, func(x)>, x, create_graph=True)`` (v fixed and
    random) with :func:`gradcheck`: the backward rules must themselves be
    differentiable. A gradient that does not depend on x (``add``) or is
    piecewise constant (``relu`` away from 0) has a zero second derivative.
    """
    inputs = tuple(inputs)
    positions = _checked_positions(inputs)
    vectors = _random_vectors(_outputs_of(func(*inputs)), np.random.default_rng(seed + 1))

    def first_derivative(*args):
        return tuple(_vjp(func, args, positions, vectors, create_graph=True))

    return _check(first_derivative, inputs, eps, atol, rtol, seed, order=2)


__all__ = ["GradcheckReport", "InputReport", "gradcheck", "gradgradcheck"]
