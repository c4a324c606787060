"""torch.linalg's norms: vector_norm, matrix_norm, norm, cond.

They are PyTorch's compositions (LinearAlgebra.cpp), so the grad_fn names
are PyTorch's too: the Frobenius norm is a vector norm
(``LinalgVectorNormBackward0``); ord=±1/±inf a vector 1-norm then an
amax/amin (``AmaxBackward0``); ord=±2 svdvals then amax/amin; 'nuc' svdvals
then a sum (``SumBackward1``); cond the ratio of singular values
(``SqueezeBackward1``) or norm(A) * norm(inv(A)) (``NanToNumBackward0``).
"""
from __future__ import annotations

import math

import numpy as np

from .. import dtypes
from ..registry import op
from ..tensor import Tensor
from .common import normalize_dim
from .linalg_common import check_floating, check_matrix, check_square
from .linalg_decomp import svdvals
from .linalg_solve import linalg_inv_ex
from .reduce import norm as _vector_norm_impl

_LA = "linalg"
_MATRIX_ORDERS = ("fro", "nuc", 2, -2, 1, -1, math.inf, -math.inf)


def _is_number(value) -> bool:
    return isinstance(value, (int, float, np.integer, np.floating)) and not isinstance(value, bool)


@op("linalg_vector_norm", summary="The ord-norm of the elements over dim (all by default).",
    example="torch.linalg.vector_norm(tensor([3., 4.]))", method=False, function=False,
    namespaces={_LA: ("vector_norm",)})
def vector_norm(x, ord=2, dim=None, keepdim=False, *, dtype=None):
    if not _is_number(ord):
        raise TypeError("linalg_vector_norm(): argument 'ord' (position 2) must be Number, not "
                        f"{type(ord).__name__}")
    if dtype is not None and x.dtype.is_floating_point:
        x = x.to(dtypes.to_dtype(dtype))
    if isinstance(dim, list):
        dim = tuple(dim)
    return _vector_norm_impl(x, p=ord, dim=dim, keepdim=keepdim)


def _backshift(ndim: int, dims: tuple) -> tuple:
    """The permutation that moves dims to the end, and its inverse."""
    permutation = [d for d in range(ndim) if d not in dims] + list(dims)
    inverse = [permutation.index(d) for d in range(ndim)]
    return tuple(permutation), tuple(inverse)


def _order_text(ord) -> str:
    if isinstance(ord, float) and ord.is_integer():
        return str(int(ord))
    return str(ord)


@op("linalg_matrix_norm", summary="A matrix norm over two dims: 'fro', 'nuc', ±1, ±2, ±inf.",
    example="torch.linalg.matrix_norm(tensor([[1., 2.], [3., 4.]]))", method=False,
    function=False, namespaces={_LA: ("matrix_norm",)})
def matrix_norm(A, ord="fro", dim=(-2, -1), keepdim=False, *, dtype=None):
    check_floating(A, "linalg.matrix_norm")
    check_matrix(A, "linalg.matrix_norm")
    if ord not in _MATRIX_ORDERS:
        raise RuntimeError(f"linalg.matrix_norm: Order {_order_text(ord)} not supported.")
    dims = tuple(normalize_dim(d, A.ndim) for d in dim)
    if len(dims) != 2 or dims[0] == dims[1]:
        raise RuntimeError(f"linalg.matrix_norm: dims must be different. Got ({dim[0]}, "
                           f"{dim[-1]})")
    if dtype is not None:
        A = A.to(dtypes.to_dtype(dtype))
    if ord == "fro":
        return vector_norm(A, 2, dims, keepdim)
    if ord == "nuc" or abs(ord) == 2:
        permutation, inverse = _backshift(A.ndim, dims)
        values = svdvals(A.permute(*permutation))
        if ord == "nuc":
            out = values.sum(-1, keepdim)
        else:
            out = values.amax(-1, keepdim) if ord == 2 else values.amin(-1, keepdim)
        if keepdim:
            out = out.unsqueeze(-1).permute(*inverse)
        return out
    first, second = dims
    if abs(ord) == math.inf:  # the inf-norm is the 1-norm of the transpose
        first, second = second, first
    if not keepdim and first < second:
        second -= 1
    sums = vector_norm(A, 1.0, first, keepdim)
    return sums.amax(second, keepdim) if ord > 0 else sums.amin(second, keepdim)


@op("linalg_norm", summary="A vector or matrix norm, by ord and dim (2-norm/Frobenius by "
    "default).", example="torch.linalg.norm(tensor([[1., 2.], [3., 4.]]))", method=False,
    function=False, namespaces={_LA: ("norm",)})
def linalg_norm(A, ord=None, dim=None, keepdim=False, *, dtype=None):
    if isinstance(dim, int):
        dim = (dim,)
    if dim is not None:
        dim = tuple(dim)
        if len(dim) not in (1, 2):
            raise RuntimeError("linalg.norm: If dim is specified, it must be of length 1 or 2. "
                               f"Got {list(dim)}")
    elif ord is not None and A.ndim not in (1, 2):
        raise RuntimeError("linalg.norm: If dim is not specified but ord is, the input must be "
                           f"1D or 2D. Got {A.ndim}D.")
    if isinstance(ord, str):
        return matrix_norm(A, ord, dim if dim is not None else (0, 1), keepdim, dtype=dtype)
    if ord is not None and ((dim is not None and len(dim) == 2) or (dim is None and A.ndim == 2)):
        return matrix_norm(A, ord, dim if dim is not None else (0, 1), keepdim, dtype=dtype)
    return vector_norm(A, 2 if ord is None else ord, dim, keepdim, dtype=dtype)


_COND_ORDERS = (None, "fro", "nuc", math.inf, -math.inf, 1, -1, 2, -2)


@op("linalg_cond", summary="The condition number of A in the p-norm (2 by default).",
    example="torch.linalg.cond(tensor([[1., 0.], [0., 2.]]))", method=False, function=False,
    namespaces={_LA: ("cond",)})
def cond(A, p=None):
    if p not in _COND_ORDERS:
        raise RuntimeError(f"linalg.cond got an invalid norm type: {_order_text(p)}")
    if p is None or p in (2, -2):
        values = svdvals(A)
        largest, smallest = values[..., :1], values[..., -1:]
        ratio = smallest / largest if p == -2 else largest / smallest
        return ratio.squeeze(-1)
    check_floating(A, "linalg.cond")
    check_square(A, f"linalg.cond(ord={_order_text(p)})")
    inverse, info = linalg_inv_ex(A)
    singular = Tensor._make(A._xp.asarray(info._data > 0)[..., None, None], dtypes.bool_)
    inverse = inverse.masked_fill(singular, math.inf)
    product = matrix_norm(A, p) * matrix_norm(inverse, p)
    return product.nan_to_num(math.inf, math.inf)
