"""Linear maps along single axes: the gathers behind F.pad and F.interpolate.

Padding (reflect, replicate, circular) and interpolation (nearest, linear)
are separable: along each spatial axis, output position ``j`` reads a few
input positions ``indices[k][j]``, each times ``weights[k][j]`` (no weight
for a plain gather). :func:`resample` applies such maps axis after axis,
the last axis first, as ATen's kernels nest their loops (the width
interpolated inside each row, then the rows combined); :func:`resample_adjoint`
is its transpose, each output gradient added back to the input positions it
came from.

Both are recorded with the other as backward rule, so the backward rules of
pad and interpolate can be differentiated again (ARCHITECTURE idiom 2). The
node names are the caller's: PyTorch's forward node (``ReflectionPad2DBackward0``)
and the node of its backward (``ReflectionPad2DBackwardBackward0``).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .. import dtypes
from ..autograd import record
from ..backend import xp_of
from ..tensor import Tensor
from .index import _add_at


@dataclass(frozen=True)
class AxisMap:
    axis: int  # a non-negative axis of the input
    size: int  # the input's size along it
    indices: tuple  # one int64 NumPy array per term, each of the output's length
    weights: tuple = ()  # one float array per term, or () for a plain gather

    @property
    def out(self) -> int:
        return len(self.indices[0])


def _opmath(dtype):
    """The dtype ATen computes in: float for half, the dtype itself otherwise."""
    return np.float32 if dtype is dtypes.float16 else dtype.np


def _weights(xp, weights, ndim: int, axis: int, compute):
    shape = [1] * ndim
    shape[axis] = -1
    return xp.asarray(weights.astype(compute)).reshape(shape)


def _apply_array(data, maps, dtype):
    xp = xp_of(data)
    compute = _opmath(dtype)
    for axis_map in sorted(maps, key=lambda m: -m.axis):  # the last axis first
        if not axis_map.weights:
            data = xp.take(data, xp.asarray(axis_map.indices[0]), axis=axis_map.axis)
            continue
        (first, second), (w_first, w_second) = axis_map.indices, axis_map.weights
        reads = [xp.take(data, xp.asarray(index), axis=axis_map.axis).astype(compute, copy=False)
                 for index in (first, second)]
        w_first, w_second = (_weights(xp, w, data.ndim, axis_map.axis, compute)
                             for w in (w_first, w_second))
        if compute == np.float32:
            # ATen's t0 * w0 + t1 * w1 compiles to fma(t0, w0, t1 * w1): the first
            # product unrounded (exact in double), one rounding at the end.
            data = (reads[0].astype(np.float64) * w_first.astype(np.float64)
                    + (reads[1] * w_second).astype(np.float64)).astype(np.float32)
        else:
            data = reads[0] * w_first + reads[1] * w_second
    return xp.ascontiguousarray(data.astype(dtype.np, copy=False))


def _adjoint_array(data, maps, dtype):
    xp = xp_of(data)
    compute = _opmath(dtype)
    data = data.astype(compute, copy=False)
    for axis_map in sorted(maps, key=lambda m: -m.axis):  # any order: the axes commute
        shape = list(data.shape)
        shape[axis_map.axis] = axis_map.size
        target = xp.zeros(shape, dtype=compute)
        key = (slice(None),) * axis_map.axis
        weights = axis_map.weights or (None,) * len(axis_map.indices)
        for index, weight in zip(axis_map.indices, weights):
            values = data if weight is None else \
                data * _weights(xp, weight, data.ndim, axis_map.axis, compute)
            _add_at(xp, target, key + (xp.asarray(index),), values)
        data = target
    return data.astype(dtype.np, copy=False)


def resample(input: Tensor, maps: tuple, names: tuple, backward_maps: tuple | None = None
             ) -> Tensor:
    """Every map applied to ``input``; ``names`` = (forward node, backward node).

    ``backward_maps``, where PyTorch's backward kernel reads other indices than
    its forward (nearest's backward always takes nearest_idx's shortcuts)."""
    out = Tensor._make(_apply_array(input._data, maps, input.dtype), input.dtype)
    transposed = maps if backward_maps is None else backward_maps
    return record(out, names[0], (input,),
                  lambda g: (resample_adjoint(g, transposed, names),))


def resample_adjoint(grad: Tensor, maps: tuple, names: tuple) -> Tensor:
    """The transpose of :func:`resample`: each value added back where it was read."""
    out = Tensor._make(_adjoint_array(grad._data, maps, grad.dtype), grad.dtype)
    return record(out, names[1], (grad,), lambda g: (resample(g, maps, names),))
