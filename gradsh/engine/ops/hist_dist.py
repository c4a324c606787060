"""histogram, histogramdd, cdist and gradient.

histogram/histogramdd are ATen's histogramdd CPU kernel: int bins are
``linspace(min, max, bins + 1)`` edges in the input's dtype (a range of one
point widened by 0.5 each way, an empty input [0, 1]), every element falls in
the last edge at or below it (the rightmost edge closes the last bin),
elements outside are dropped, weights accumulate in the input's dtype.

cdist's rule is ATen's ``_cdist_backward``; gradient is ATen's
``gradient_helper`` (central differences, first- or second-order edges) made
of tensor ops, so its graph ends in ``CatBackward0`` as PyTorch's does.
"""
from __future__ import annotations

import math

import numpy as np

from ..autograd import record
from ..registry import op
from ..tensor import Tensor
from .common import normalize_dim, same_device
from .linalg_common import named


# --------------------------------------------------------------- histogram
def _number(value: float) -> str:
    """A double as C++'s ostream prints it (six significant digits)."""
    return f"{value:g}"


def _edges_for(data, dim: int, bins, limits, dtype) -> np.ndarray:
    from .creation import _even_steps  # noqa: PLC0415

    if isinstance(bins, Tensor):
        return bins._data.astype(dtype.np)
    if limits is not None:
        low, high = float(limits[0]), float(limits[1])
    elif data.shape[0]:
        low, high = float(data[:, dim].min()), float(data[:, dim].max())
    else:
        low, high = 0.0, 1.0
    if low > high:
        raise RuntimeError(f"torch.histogramdd: min should not exceed max, but got min "
                           f"{_number(low)} max {_number(high)} for dimension {dim}")
    if not (math.isfinite(low) and math.isfinite(high)):
        raise RuntimeError(f"torch.histogramdd: dimension {dim}'s range [{_number(low)}, "
                           f"{_number(high)}] is not finite")
    if low == high:
        low, high = low - 0.5, high + 0.5
    return _even_steps(low, high, int(bins) + 1, dtype).astype(dtype.np)


def _histogramdd(input: Tensor, bins, limits, weight, density):
    if not isinstance(input, Tensor):
        raise TypeError(f"histogramdd(): argument 'input' (position 1) must be Tensor, not "
                        f"{type(input).__name__}")
    dtype = input.dtype
    if not dtype.is_floating_point:
        raise NotImplementedError(f"\"histogramdd\" not implemented for '{dtype.short}'")
    xp = input._xp
    dims = input.shape[-1]
    data = input._data.reshape(-1, dims)
    if isinstance(bins, (int, np.integer)):
        bins = [int(bins)] * dims
    if limits is not None and len(limits) != 2 * dims:
        raise RuntimeError(f"torch.histogramdd: for a {dims}-dimensional histogram range should "
                           f"have {2 * dims} elements, but got {len(limits)}")
    edges = [_edges_for(data, d, bins[d], None if limits is None else limits[2 * d:2 * d + 2],
                        dtype) for d in range(dims)]
    keep = xp.ones(data.shape[0], dtype=bool)
    positions = []
    for d, edge in enumerate(edges):
        column = data[:, d]
        keep &= (column >= edge[0]) & (column <= edge[-1])
        place = xp.searchsorted(edge, column, side="right") - 1
        positions.append(xp.minimum(place, len(edge) - 2))
    hist = xp.zeros(tuple(len(edge) - 1 for edge in edges), dtype=dtype.np)
    values = xp.ones(data.shape[0], dtype=dtype.np) if weight is None else \
        weight._data.reshape(-1).astype(dtype.np)
    np.add.at(hist, tuple(p[keep] for p in positions), values[keep])
    if density:
        total = hist.sum()
        widths = [xp.diff(edge) for edge in edges]
        scale = widths[0]
        for width in widths[1:]:
            scale = xp.multiply.outer(scale, width)
        hist = (hist / total / scale).astype(dtype.np)
    return Tensor._make(hist, dtype), [Tensor._make(edge, dtype) for edge in edges]


@op("histogram", summary="Counts (or weights) of input in bins: torch.return_types.histogram"
    "(hist, bin_edges).", example="histogram(tensor([1., 2, 1]), bins=4, range=(0., 3.))",
    differentiable=False)
def histogram(input, bins=100, *, range=None, weight=None, density=False):
    hist, edges = _histogramdd(input.reshape(-1, 1), [bins], range, weight, density)
    return named("histogram", ("hist", "bin_edges"), (hist, edges[0]))


@op("histogramdd", summary="A D-dimensional histogram of the rows of input: "
    "torch.return_types.histogramdd(hist, bin_edges).", method=False,
    example="histogramdd(tensor([[0., 1.], [1., 0.], [2., 0.], [2., 2.]]), bins=[3, 3])",
    differentiable=False)
def histogramdd(input, bins=10, *, range=None, weight=None, density=False):
    hist, edges = _histogramdd(input, bins, range, weight, density)
    return named("histogramdd", ("hist", "bin_edges"), (hist, tuple(edges)))


# ------------------------------------------------------------------- cdist
def _cdist_checks(x1: Tensor, x2: Tensor, p) -> None:
    for name, x in (("X1", x1), ("X2", x2)):
        if x.ndim < 2:
            raise RuntimeError(f"cdist only supports at least 2D tensors, {name} got: {x.ndim}D")
    for name, x in (("X1", x1), ("X2", x2)):
        if not x.dtype.is_floating_point:
            raise RuntimeError(f"cdist only supports floating-point dtypes, {name} got: "
                               f"{x.dtype.short}")
    if x1.shape[-1] != x2.shape[-1]:
        raise RuntimeError(f"X1 and X2 must have the same number of columns. X1: "
                           f"{x1.shape[-1]} X2: {x2.shape[-1]}")
    if not p >= 0:
        raise RuntimeError("cdist only supports non-negative p values")
    if x1.dtype is not x2.dtype:
        raise RuntimeError(f"expected scalar type {x1.dtype.short} but found {x2.dtype.short}")
    same_device(x1, x2)


def _distances(xp, diff, p: float):
    magnitude = xp.abs(diff)
    if p == 0:
        return (magnitude != 0).sum(-1).astype(diff.dtype)
    if p == 1:
        return magnitude.sum(-1)
    if p == 2:
        return xp.sqrt((magnitude * magnitude).sum(-1))
    if math.isinf(p):
        return magnitude.max(-1) if magnitude.shape[-1] else magnitude.sum(-1)
    return (magnitude ** p).sum(-1) ** (1 / p)


def _cdist_grad(g, u, v, dist, p: float):
    """The gradient of cdist for u, its rows against v's rows."""
    from .elementwise_math import where  # noqa: PLC0415

    if p == 0:
        return Tensor._make(u._xp.zeros(tuple(u.shape), dtype=u.dtype.np), u.dtype)
    delta = u.unsqueeze(-2) - v.unsqueeze(-3)
    dist = dist.unsqueeze(-1)
    if p == 1:
        weight = delta.sign()
    elif p == 2:
        weight = where(dist == 0, 0, delta / where(dist == 0, 1, dist))
    elif math.isinf(p):
        weight = delta.sign() * (delta.abs() == dist).to(g.dtype)
    else:
        weight = where(dist == 0, 0, delta.sign() * delta.abs().pow(p - 1)
                       / where(dist == 0, 1, dist).pow(p - 1))
    return (g.unsqueeze(-1) * weight).sum(-2)


@op("cdist", summary="The p-norm distance between each row of x1 and each row of x2.",
    example="cdist(tensor([[0., 1.], [2., 3.]]), tensor([[1., 1.], [0., 0.], [3., 3.]]))",
    method=False)
def cdist(x1, x2, p=2.0, compute_mode=None):
    _cdist_checks(x1, x2, p)
    if compute_mode not in (None, "use_mm_for_euclid_dist_if_necessary", "use_mm_for_euclid_dist",
                            "donot_use_mm_for_euclid_dist"):
        raise RuntimeError(f"{compute_mode} is not a valid value for compute_mode")
    xp = x1._xp
    diff = x1._data[..., :, None, :] - x2._data[..., None, :, :]
    out = Tensor._make(xp.ascontiguousarray(_distances(xp, diff, float(p))), x1.dtype)
    p = float(p)

    def backward(g, a, b, result):
        # ATen's _cdist_backward, for x2 with the roles swapped (no negation);
        # its sums start from +0, so a sum of -0s is +0
        return (_cdist_grad(g, a, b, result, p) + 0.0,
                _cdist_grad(g.mT, b, a, result.mT, p) + 0.0)
    return record(out, "CdistBackward0", (x1, x2), backward, saved=(x1, x2, out))


# ---------------------------------------------------------------- gradient
def _gradient_dims(input: Tensor, dim) -> list:
    if dim is None:
        return list(range(input.ndim))
    dims = [dim] if isinstance(dim, int) else list(dim)
    return [normalize_dim(d, input.ndim) for d in dims]


def _spacings(input: Tensor, spacing, dims: list, dim_given: bool) -> list:
    if isinstance(spacing, (list, tuple)):
        if len(spacing) != len(dims):
            if dim_given:
                raise RuntimeError(f"torch.gradient expected spacing to be unspecified, a scalar "
                                   f"or it's spacing and dim arguments to have the same length, "
                                   f"but got a spacing argument of length {len(spacing)} and a "
                                   f"dim argument of length {len(dims)}.")
            raise RuntimeError(f"torch.gradient expected spacing to be unspecified, a scalar, or "
                               f"a list of length equal to 'self.dim() = {input.ndim}', since "
                               f"dim argument was not given, but got a list of length "
                               f"{len(spacing)}")
        return list(spacing)
    if isinstance(spacing, Tensor) and spacing.ndim == 0:
        spacing = spacing.item()
    return [spacing] * len(dims)


def _slice(x: Tensor, dim: int, start, stop=None) -> Tensor:
    return x[(slice(None),) * dim + (slice(start, stop),)]


def _with_edges(center, prepend, append, dim):
    from .join import cat  # noqa: PLC0415

    return cat([prepend, center, append], dim)


def _uniform(x: Tensor, dim: int, h, edge_order: int) -> Tensor:
    center = (_slice(x, dim, 2) - _slice(x, dim, 0, -2)) / h
    if edge_order == 1:
        prepend = (_slice(x, dim, 1, 2) - _slice(x, dim, 0, 1)) / h
        append = (_slice(x, dim, -1) - _slice(x, dim, -2, -1)) / h
    else:
        prepend = (-1.5 * _slice(x, dim, 0, 1) + 2 * _slice(x, dim, 1, 2)
                   - 0.5 * _slice(x, dim, 2, 3)) / h
        append = (0.5 * _slice(x, dim, -3, -2) - 2 * _slice(x, dim, -2, -1)
                  + 1.5 * _slice(x, dim, -1)) / h
    return _with_edges(center / 2, prepend, append, dim)


def _coordinates(x: Tensor, dim: int, points: Tensor, edge_order: int) -> Tensor:
    shape = [1] * x.ndim
    shape[dim] = -1
    dx = points.diff(1, 0)
    dx1, dx2 = dx[0:-1], dx[1:]
    a = (-dx2 / (dx1 * (dx1 + dx2))).reshape(*shape)
    b = ((dx2 - dx1) / (dx1 * dx2)).reshape(*shape)
    c = (dx1 / (dx2 * (dx1 + dx2))).reshape(*shape)
    center = a * _slice(x, dim, 0, -2) + b * _slice(x, dim, 1, -1) + c * _slice(x, dim, 2)
    if edge_order == 1:
        prepend = (_slice(x, dim, 1, 2) - _slice(x, dim, 0, 1)) / dx[0]
        append = (_slice(x, dim, -1) - _slice(x, dim, -2, -1)) / dx[-1]
    else:
        a = -(2.0 * dx[0] + dx[1]) / (dx[0] * (dx[0] + dx[1]))
        b = (dx[0] + dx[1]) / (dx[0] * dx[1])
        c = (-dx[0]) / (dx[1] * (dx[0] + dx[1]))
        prepend = a * _slice(x, dim, 0, 1) + b * _slice(x, dim, 1, 2) + c * _slice(x, dim, 2, 3)
        a = dx[-1] / (dx[-2] * (dx[-1] + dx[-2]))
        b = -(dx[-1] + dx[-2]) / (dx[-1] * dx[-2])
        c = (2 * dx[-1] + dx[-2]) / (dx[-1] * (dx[-1] + dx[-2]))
        append = a * _slice(x, dim, -3, -2) + b * _slice(x, dim, -2, -1) + c * _slice(x, dim, -1)
    return _with_edges(center, prepend, append, dim)


@op("gradient", summary="Estimates of the derivative along each dim by central differences "
    "(spacing: a scalar, scalars or coordinate tensors).",
    example="gradient(tensor([4., 1., 1., 16.]), spacing=(tensor([-2., -1., 1., 4.]),))",
    method=False)
def gradient(input, *, spacing=1, dim=None, edge_order=1):
    if edge_order not in (1, 2):
        raise RuntimeError("torch.gradient only supports edge_order=1 and edge_order=2.")
    dims = _gradient_dims(input, dim)
    spacings = _spacings(input, spacing, dims, dim is not None)
    for d in dims:
        if input.shape[d] < edge_order + 1:
            raise RuntimeError("torch.gradient expected each dimension size to be at least "
                               "edge_order+1")
    results = []
    for d, h in zip(dims, spacings):
        if isinstance(h, Tensor):
            if h.ndim != 1:
                raise RuntimeError(f"torch.gradient expected each tensor to be on the same "
                                   f"device, and 1-D (got {h.ndim}-D)")
            results.append(_coordinates(input, d, h, edge_order))
        else:
            results.append(_uniform(input, d, h, edge_order))
    return tuple(results)


__all__ = ["cdist", "gradient", "histogram", "histogramdd"]
