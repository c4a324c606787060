"""Small functions a calculator's user reaches for: fmod, deg2rad, rad2deg,
signbit, isposinf, isneginf, ravel, isin, tril_indices, triu_indices,
block_diag, vander.

fmod is C's fmod (the result has the dividend's sign; integers truncate,
a zero integer divisor is PyTorch's ZeroDivisionError); deg2rad/rad2deg
multiply by the float constant as ATen does; vander is ATen's composite
(a column of ones, then a running product, flipped unless increasing).
"""
from __future__ import annotations

import math

import numpy as np

from .. import dtypes
from ..autograd import record
from ..registry import op
from ..tensor import Tensor
from .common import as_result, binary_operands
from .. import limits
from .common import CHECK_SIZE_ABOVE


@op("fmod", summary="C's remainder of division (the dividend's sign).",
    example="fmod(tensor([-3., 3.]), 2)", inplace="fmod_")
def fmod(input, other):
    x, y, dtype, xp = binary_operands(input, other)
    if not dtype.is_floating_point and bool(xp.any(y == 0)):
        raise RuntimeError("ZeroDivisionError")
    with np.errstate(invalid="ignore", divide="ignore"):
        out = as_result(xp.fmod(x, y), dtype, xp)
    if isinstance(other, Tensor):
        return record(out, "FmodBackward1", (input, other),
                      lambda g, a, b: (g, -g * a.div(b, rounding_mode="trunc")),
                      saved=(input, other))
    return record(out, "FmodBackward0", (input,), lambda g: (g,))


def _scaled(input, factor, name):
    dtype = input.dtype if input.dtype.is_floating_point else dtypes.get_default_dtype()
    x = input._data.astype(dtype.np, copy=False)
    out = as_result(x * dtype.np.type(factor), dtype, input._xp)
    return record(out, name, (input,), lambda g: (g * factor,))


@op("deg2rad", summary="Degrees to radians.", example="deg2rad(tensor([180., 90.]))",
    inplace="deg2rad_")
def deg2rad(input):
    return _scaled(input, math.pi / 180, "Deg2RadBackward0")


@op("rad2deg", summary="Radians to degrees.", example="rad2deg(tensor([3.1416, 1.5708]))",
    inplace="rad2deg_")
def rad2deg(input):
    return _scaled(input, 180.0 / math.pi, "Rad2DegBackward0")


@op("signbit", summary="True where the sign bit is set (including -0.).",
    example="signbit(tensor([-0., 1., -2.]))", differentiable=False)
def signbit(input):
    data = input._data
    bits = input._xp.signbit(data) if data.dtype.kind == "f" else data < 0
    return as_result(bits, dtypes.bool_, input._xp)


@op("isposinf", summary="True where the element is +inf.",
    example="isposinf(tensor([-float('inf'), float('inf'), 1.2]))", differentiable=False)
def isposinf(input):
    return as_result(input._xp.isposinf(input._data) if input._data.dtype.kind == "f"
                     else input._xp.zeros(input._data.shape, bool), dtypes.bool_, input._xp)


@op("isneginf", summary="True where the element is -inf.",
    example="isneginf(tensor([-float('inf'), float('inf'), 1.2]))", differentiable=False)
def isneginf(input):
    return as_result(input._xp.isneginf(input._data) if input._data.dtype.kind == "f"
                     else input._xp.zeros(input._data.shape, bool), dtypes.bool_, input._xp)


@op("ravel", summary="The elements as a 1-D tensor (a view when possible).",
    example="ravel(tensor([[1, 2], [3, 4]]))")
def ravel(input):
    return input.reshape(-1)


@op("isin", summary="True where an element of elements is in test_elements.",
    example="isin(tensor([[1, 2], [3, 4]]), tensor([2, 3]))", method=False,
    differentiable=False)
def isin(elements, test_elements, *, assume_unique=False, invert=False):
    if isinstance(elements, Tensor) and elements._data.size > CHECK_SIZE_ABOVE:
        limits.check_copy(elements)  # an expanded view's result is its numel (issue 19)
    if not isinstance(elements, Tensor) and not isinstance(test_elements, Tensor):
        raise TypeError("isin() received an invalid combination of arguments")
    like = elements if isinstance(elements, Tensor) else test_elements
    xp = like._xp
    left = elements._data if isinstance(elements, Tensor) else xp.asarray(elements)
    right = test_elements._data if isinstance(test_elements, Tensor) else xp.asarray(
        test_elements)
    return as_result(xp.isin(left, right, invert=bool(invert)), dtypes.bool_, xp)


def _indices(row, col, offset, dtype, upper):
    from .creation import tensor as make_tensor  # noqa: PLC0415

    dtype = dtype or dtypes.int64
    if dtype not in (dtypes.int64, dtypes.int32):
        raise RuntimeError(f"\"{'triu' if upper else 'tril'}_indices\" not implemented for "
                           f"'{dtype.short}'")
    mask = np.triu(np.ones((row, col), bool), offset) if upper else \
        np.tril(np.ones((row, col), bool), offset)
    return make_tensor(np.stack(np.nonzero(mask)).reshape(2, -1).tolist(), dtype=dtype)


@op("tril_indices", summary="Row and column indices of the lower triangle of a row x col "
    "matrix.", example="tril_indices(3, 3)", method=False, differentiable=False)
def tril_indices(row, col, offset=0, *, dtype=None, device=None, layout=None):
    return _indices(row, col, offset, dtype, False)


@op("triu_indices", summary="Row and column indices of the upper triangle of a row x col "
    "matrix.", example="triu_indices(3, 3)", method=False, differentiable=False)
def triu_indices(row, col, offset=0, *, dtype=None, device=None, layout=None):
    return _indices(row, col, offset, dtype, True)


@op("block_diag", summary="The tensors as blocks on the diagonal of a matrix.",
    example="block_diag(tensor([[1, 2]]), tensor([[3], [4]]))", method=False)
def block_diag(*tensors):
    blocks = []
    for number, tensor in enumerate(tensors):
        if tensor.ndim > 2:
            raise RuntimeError(f"torch.block_diag: Input tensors must have 2 or fewer "
                               f"dimensions. Input {number} has {tensor.ndim} dimensions")
        blocks.append(tensor.reshape(1, -1) if tensor.ndim < 2 else tensor)
    dtype = tensors[0].dtype if tensors else dtypes.get_default_dtype()
    for tensor in tensors[1:]:
        dtype = dtypes.promote_types(dtype, tensor.dtype)
    xp = tensors[0]._xp if tensors else np
    rows = sum(block.shape[0] for block in blocks)
    cols = sum(block.shape[1] for block in blocks)
    data = xp.zeros((rows, cols), dtype=dtype.np)
    spans, r, c = [], 0, 0
    for block in blocks:
        h, w = block.shape
        data[r:r + h, c:c + w] = block._data
        spans.append((r, c, h, w))
        r, c = r + h, c + w
    out = as_result(data, dtype, xp)

    def backward(g):
        return tuple(g[r0:r0 + h, c0:c0 + w].reshape(tensor.shape).to(tensor.dtype)
                     for (r0, c0, h, w), tensor in zip(spans, tensors))
    return record(out, "BlockDiagBackward0", tuple(tensors), backward)


@op("vander", summary="The Vandermonde matrix of a 1-D tensor (powers decreasing).",
    example="vander(tensor([1, 2, 3]), N=3)", method=False)
def vander(x, N=None, increasing=False):
    from .creation import ones  # noqa: PLC0415
    from .join import cat  # noqa: PLC0415

    if x.ndim != 1:
        raise RuntimeError("x must be a one-dimensional tensor.")
    n = x.shape[0] if N is None else N
    if n < 0:
        raise RuntimeError("N must be non-negative.")
    dtype = dtypes.promote_types(x.dtype, dtypes.int64)
    column = ones(x.shape[0], 1, dtype=dtype)
    if n == 0:
        result = column[:, :0]
    elif n == 1:
        result = column
    else:
        powers = x.to(dtype).unsqueeze(1).expand(x.shape[0], n - 1).cumprod(1)
        result = cat([column, powers], 1)
    return result if increasing else result.flip(1)
