"""torch.linalg's triangular factorisations: cholesky, cholesky_ex (and
torch.cholesky), lu_factor, lu_factor_ex (split from linalg_decomp.py).

Backward rules are PyTorch's (FunctionsManual.cpp: cholesky_backward,
linalg_lu_backward), in gradsh Tensor ops.
"""
from __future__ import annotations

import numpy as np

from .. import dtypes
from ..autograd import record
from ..registry import op
from ..tensor import Tensor
from ..warn_once import warn_once
from . import linalg_mkl
from .common import as_result
from .linalg import matmul
from .linalg_common import (_LinAlgError, check_matrix, eye_like,
                            lu_factor_array, mh, named, raise_for_info, result,
                            square_float, wirtinger)
from .linalg_solve import solve_triangular

_LA = "linalg"


# --------------------------------------------------------------- cholesky
def cholesky_backward(gL, L, upper):
    """cholesky_backward (Iain Murray 2016): gA = L^{-T} Phi(L^T gL) L^{-1}, symmetric."""
    if upper:
        L, gL = mh(L), mh(gL)
    gA = matmul(mh(L), gL).tril()
    gA = 0.5 * (gA + mh(gA.tril(-1)))
    gA = solve_triangular(mh(L), gA, upper=True, left=True)
    return solve_triangular(L, gA, upper=False, left=False)


def _not_positive_definite(name):
    return lambda code: (f"{name}: The factorization could not be completed because the input is "
                         f"not positive-definite (the leading minor of order {code} is not "
                         "positive-definite).")


def _cholesky_arrays(A: Tensor, upper: bool):
    """(L, info) as potrf: on failure at order k, the first k-1 columns factored."""
    xp, data = A._xp, A._data
    if data.size and linalg_mkl.available(data):
        return linalg_mkl.potrf(data, upper)
    if upper:  # U from A's upper triangle: the transpose of L from A^T's lower one
        data = data.swapaxes(-1, -2)
    batch = data.shape[:-2]
    info = xp.zeros(batch, dtype=np.int32)
    try:
        factor = xp.linalg.cholesky(data)
    except np.linalg.LinAlgError:
        factor = xp.tril(xp.array(data, copy=True))
        flat, codes = factor.reshape((-1,) + data.shape[-2:]), info.reshape(-1)
        for index, matrix in enumerate(data.reshape((-1,) + data.shape[-2:])):
            order = _failing_order(xp, matrix)
            codes[index] = order
            if order == 0:
                flat[index] = xp.linalg.cholesky(matrix)
            elif order > 1:
                flat[index, :, :order - 1] = _partial(xp, matrix, order - 1)
    if upper:
        factor = factor.swapaxes(-1, -2)
    return xp.ascontiguousarray(factor), info


def _failing_order(xp, matrix) -> int:
    """The order of the first leading minor that is not positive-definite (0: none)."""
    for order in range(1, matrix.shape[-1] + 1):
        try:
            xp.linalg.cholesky(matrix[:order, :order])
        except np.linalg.LinAlgError:
            return order
    return 0


def _partial(xp, matrix, columns):
    """The first ``columns`` columns of the Cholesky factor (all rows)."""
    top = xp.linalg.cholesky(matrix[:columns, :columns])
    below = xp.linalg.solve(top, matrix[:columns, columns:]).T
    return xp.tril(xp.concatenate([top, below], axis=0))


def _cholesky(A, upper, name, check, grad_fn_name, kind=None):
    square_float(A, name, "cholesky_cpu")
    array, info = _cholesky_arrays(A, upper)
    if check:
        raise_for_info(info, A.ndim > 2, _not_positive_definite(name))
    out = result(array, A)
    outputs = out if kind is None else named(kind, ("L", "info"),
                                             (out, as_result(info, dtypes.int32, A._xp)))

    def backward(g, L):
        return (cholesky_backward(g if kind is None else g[0], L, upper),)

    return record(outputs, grad_fn_name, (A,), wirtinger(backward), saved=(out,))


@op("linalg_cholesky", summary="L with A = L L^T for a symmetric positive-definite A.",
    example="torch.linalg.cholesky(tensor([[4., 2.], [2., 3.]]))", method=False, function=False,
    namespaces={_LA: ("cholesky",)})
def linalg_cholesky(A, *, upper=False):
    return _cholesky(A, upper, "linalg.cholesky", True, "LinalgCholeskyExBackward0")


@op("linalg_cholesky_ex", summary="(L, info): cholesky without raising (info > 0: not PD).",
    example="torch.linalg.cholesky_ex(tensor([[4., 2.], [2., 3.]]))", method=False,
    function=False, namespaces={_LA: ("cholesky_ex",)})
def cholesky_ex(A, *, upper=False, check_errors=False):
    return _cholesky(A, upper, "linalg.cholesky_ex", check_errors, "LinalgCholeskyExBackward0",
                     "linalg_cholesky_ex")


CHOLESKY_WARNING = (
    "torch.cholesky is deprecated in favor of torch.linalg.cholesky and will be removed in a "
    "future PyTorch release.\nL = torch.cholesky(A)\nshould be replaced with\n"
    "L = torch.linalg.cholesky(A)\nand\nU = torch.cholesky(A, upper=True)\nshould be replaced "
    "with\nU = torch.linalg.cholesky(A).mH\nThis transform will produce equivalent results for "
    "all valid (symmetric positive definite) inputs. (Triggered internally at /__w/pytorch/"
    "pytorch/aten/src/ATen/native/BatchLinearAlgebra.cpp:1765.)")


@op("cholesky", summary="Deprecated torch.cholesky(input, upper=False).",
    example="torch.cholesky(tensor([[4., 2.], [2., 3.]]))")
def cholesky(input, upper=False):
    warn_once(CHOLESKY_WARNING)
    return _cholesky(input, upper, "cholesky", True, "CholeskyBackward0")


# ----------------------------------------------------------------- lu
def _unpack(LU: Tensor, pivots):
    """P (as row permutations of the identity), unit-lower L, upper U of a square LU."""
    xp = LU._xp
    n = LU.shape[-1]
    permutation = xp.broadcast_to(xp.arange(n), LU.shape[:-1]).copy()
    flat = permutation.reshape(-1, n)
    every = xp.arange(flat.shape[0])
    for j, swap in enumerate(pivots.reshape(-1, pivots.shape[-1]).T):
        row = flat[every, j].copy()
        flat[every, j] = flat[every, swap - 1]
        flat[every, swap - 1] = row
    eye = xp.eye(n, dtype=LU.dtype.np)
    P = eye[permutation].swapaxes(-1, -2)  # A = P L U
    return Tensor._make(xp.ascontiguousarray(P), LU.dtype)


def lu_factor_backward(g, LU, P):
    """linalg_lu_backward for square matrices with lu_factor's packed grad."""
    L = LU.tril(-1) + eye_like(LU)
    U = LU.triu()
    grad = matmul(L.mT, g.tril(-1)).tril(-1) + matmul(g.triu(), U.mT).triu()
    grad = solve_triangular(U.mT, grad, upper=False, left=False)
    grad = solve_triangular(L.mT, grad, upper=True, left=True, unitriangular=True)
    return matmul(P, grad)


def _lu_factor(A, pivot, name, check, kind, fields):
    if not pivot:
        raise RuntimeError("linalg.lu_factor: LU without pivoting is not implemented on the CPU")
    if not A.dtype.is_floating_point or A.dtype is dtypes.float16:
        raise NotImplementedError(f"\"lu_cpu\" not implemented for '{A.dtype.short}'")
    check_matrix(A, name)
    xp = A._xp
    lu, pivots, info = lu_factor_array(xp, A._data)
    if check:
        element, code = (None, 0)
        flat = np.asarray(info).reshape(-1)
        if flat.any():
            element = int(np.flatnonzero(flat)[0])
            code = int(flat[element])
            prefix = f"(Batch element {element}): " if A.ndim > 2 else ""
            raise RuntimeError(f"torch.linalg.lu_factor: {prefix}U[{code},{code}] is zero and "
                               "using it on lu_solve would result in a division by zero. If you "
                               "still want to perform the factorization, consider calling "
                               "linalg.lu(A, pivot) or linalg.lu_factor_ex(A, pivot)")
    LU = result(lu, A)
    values = (LU, as_result(pivots, dtypes.int32, xp), as_result(info, dtypes.int32, xp))
    outputs = named(kind, fields, values[:len(fields)])
    square = A.shape[-1] == A.shape[-2]

    def backward(grads, LU):
        if not square:
            raise NotImplementedError("gradsh: lu_factor's gradient for non-square matrices")
        return (lu_factor_backward(grads[0], LU, _unpack(LU, pivots)),)

    return record(outputs, "LinalgLuFactorExBackward0", (A,), backward, saved=(LU,))


@op("linalg_lu_factor", summary="Packed LU with partial pivoting: (LU, pivots) as LAPACK getrf.",
    example="torch.linalg.lu_factor(tensor([[1., 2.], [3., 4.]]))", method=False,
    function=False, namespaces={_LA: ("lu_factor",)})
def lu_factor(A, *, pivot=True):
    return _lu_factor(A, pivot, "linalg.lu_factor", True, "linalg_lu_factor", ("LU", "pivots"))


@op("linalg_lu_factor_ex", summary="(LU, pivots, info): lu_factor without raising.",
    example="torch.linalg.lu_factor_ex(tensor([[1., 2.], [3., 4.]]))", method=False,
    function=False, namespaces={_LA: ("lu_factor_ex",)})
def lu_factor_ex(A, *, pivot=True, check_errors=False):
    return _lu_factor(A, pivot, "linalg.lu_factor_ex", check_errors, "linalg_lu_factor_ex",
                      ("LU", "pivots", "info"))


__all__ = ["_LinAlgError", "linalg_cholesky", "lu_factor"]
