"""The LU and triangular family beyond lu_factor: linalg.lu, linalg.lu_solve,
the old torch.lu / torch.lu_solve / torch.triangular_solve (with PyTorch's
deprecation warnings), torch.lu_unpack, torch.cholesky_solve and
torch.cholesky_inverse. Real dtypes (float32/float64), batched.

Backward rules are PyTorch's (FunctionsManual.cpp: linalg_lu_backward,
lu_unpack_backward, triangular_solve_backward, cholesky_solve_backward,
cholesky_inverse_backward); lu_solve's gradient with respect to LU is
derived through A = P L U (equal to linalg_lu_solve_LU), in Tensor ops so
that second derivatives work.
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
from .linalg_common import (check_floating, check_matrix, check_square, lu_factor_array, mh,
                            named, result, triangular_solve_array, wirtinger)
from .linalg_cholesky import _lu_factor
from .linalg_solve import solve_triangular

_LA = "linalg"


def _cat(tensors, dim):
    from .join import cat  # noqa: PLC0415

    return cat(tensors, dim)


# ------------------------------------------------------------- unpacking
def _permutation(xp, pivots, m):
    """Row order perm with A[perm] = L U, from getrf's 1-based pivots."""
    batch = pivots.shape[:-1]
    perm = xp.array(xp.broadcast_to(xp.arange(m), batch + (m,)))
    flat = perm.reshape(-1, m)
    swaps = xp.asarray(pivots).reshape(-1, pivots.shape[-1]).astype(np.int64) - 1
    every = xp.arange(flat.shape[0])
    for j in range(swaps.shape[-1]):
        row = flat[every, j].copy()
        flat[every, j] = flat[every, swaps[:, j]]
        flat[every, swaps[:, j]] = row
    return flat.reshape(batch + (m,))


def _p_array(xp, pivots, m, np_dtype):
    perm = _permutation(xp, pivots, m)
    eye = xp.eye(m, dtype=np_dtype)
    return xp.ascontiguousarray(eye[perm].swapaxes(-1, -2))  # A = P L U


def _l_u_arrays(xp, lu):
    m, n = lu.shape[-2], lu.shape[-1]
    k = min(m, n)
    L = xp.tril(lu[..., :, :k], -1) + xp.eye(m, k, dtype=lu.dtype)
    U = xp.triu(lu[..., :k, :])
    return xp.ascontiguousarray(L), xp.ascontiguousarray(U)


def _pack_grad(gL, gU, m, n):
    """The gradient of packed LU from those of L (m x k) and U (k x n)."""
    if m == n:
        return gL.tril(-1) + gU.triu()
    if m < n:  # L is m x m
        return _cat([gL.tril(-1) + gU[..., :, :m].triu(), gU[..., :, m:]], -1)
    return _cat([gL[..., :n, :].tril(-1) + gU.triu(), gL[..., n:, :]], -2)


def lu_backward(gL, gU, P, L, U):
    """linalg_lu_backward (pivot=True), square, wide and tall."""
    m, n = L.shape[-2], U.shape[-1]
    k = min(m, n)
    if m == n:
        gA = matmul(L.mT, gL).tril(-1) + matmul(gU, U.mT).triu()
        gA = solve_triangular(U.mT, gA, upper=False, left=False)
        gA = solve_triangular(L.mT, gA, upper=True, left=True, unitriangular=True)
        return matmul(P, gA)
    if m < n:
        U1, gU1, gU2 = U[..., :, :k], gU[..., :, :k], gU[..., :, k:]
        gA = matmul(L.mT, gL) - matmul(gU.triu(), U.mT)
        gA = solve_triangular(U1.mT, gA.tril(-1), upper=False, left=False)
        gA = _cat([gA + gU1.triu(), gU2], -1)
        gA = solve_triangular(L.mT, gA, upper=True, left=True, unitriangular=True)
        return matmul(P, gA)
    L1, gL1, gL2 = L[..., :k, :], gL[..., :k, :], gL[..., k:, :]
    gA = matmul(gU, U.mT) - matmul(L.mT, gL.tril(-1))
    gA = solve_triangular(L1.mT, gA.triu(), upper=True, left=True, unitriangular=True)
    gA = _cat([gA + gL1.tril(-1), gL2], -2)
    gA = solve_triangular(U.mT, gA, upper=False, left=False)
    return matmul(P, gA)


@op("linalg_lu", summary="A = P L U with partial pivoting: (P, L, U), any m x n.",
    example="torch.linalg.lu(tensor([[1., 2.], [3., 4.]]))", method=False, function=False,
    namespaces={_LA: ("lu",)})
def linalg_lu(A, *, pivot=True):
    if not pivot:
        raise RuntimeError("linalg.lu_factor: LU without pivoting is not implemented on the CPU")
    check_floating(A, "linalg.lu", "lu_cpu")
    check_matrix(A, "linalg.lu")
    xp = A._xp
    lu, pivots, _ = lu_factor_array(xp, A._data)
    l_array, u_array = _l_u_arrays(xp, lu)
    P = result(_p_array(xp, pivots, A.shape[-2], A.dtype.np), A)
    L, U = result(l_array, A), result(u_array, A)
    L, U = record((L, U), "LinalgLuBackward0", (A,),
                  lambda grads, L, U: (lu_backward(grads[0], grads[1], P, L, U),), saved=(L, U))
    return named("linalg_lu", ("P", "L", "U"), (P, L, U))


@op("lu_unpack", summary="(P, L, U) from lu_factor's packed (LU, pivots).",
    example="torch.lu_unpack(*torch.linalg.lu_factor(tensor([[1., 2.], [3., 4.]])))",
    method=False)
def lu_unpack(LU_data, LU_pivots, unpack_data=True, unpack_pivots=True):
    check_matrix(LU_data, "torch.lu_unpack", "LU_data")
    if LU_pivots.dtype is not dtypes.int32:
        raise RuntimeError("torch.lu_unpack: LU_pivots is expected to be a contiguous tensor of "
                           "torch.int32 dtype.\nNote: this function is intended to be used with "
                           "the output produced by torch.linalg.lu_factor")
    xp = LU_data._xp
    m, n = LU_data.shape[-2], LU_data.shape[-1]
    empty = xp.zeros((0,), dtype=LU_data.dtype.np)
    P = result(_p_array(xp, LU_pivots._data, m, LU_data.dtype.np) if unpack_pivots else empty,
               LU_data)
    if not unpack_data:
        return named("lu_unpack", ("P", "L", "U"), (P, result(empty, LU_data),
                                                     result(empty, LU_data)))
    l_array, u_array = _l_u_arrays(xp, LU_data._data)
    L, U = result(l_array, LU_data), result(u_array, LU_data)
    L, U = record((L, U), "LuUnpackBackward0", (LU_data,),
                  lambda grads: (_pack_grad(grads[0], grads[1], m, n),))
    return named("lu_unpack", ("P", "L", "U"), (P, L, U))


# ---------------------------------------------------------------- solving
def _lu_solve_arrays(xp, lu, pivots, b, left, adjoint):
    """X with op(A) X = B (left) or X op(A) = B, A = P L U from (lu, pivots)."""
    if left and lu.size and b.size and linalg_mkl.available(lu, b):  # getrs
        batch = np.broadcast_shapes(lu.shape[:-2], b.shape[:-2])
        trans = ("C" if lu.dtype.kind == "c" else "T") if adjoint else "N"
        return linalg_mkl.lu_solve(np.broadcast_to(lu, batch + lu.shape[-2:]),
                                   np.ascontiguousarray(np.broadcast_to(
                                       pivots, batch + pivots.shape[-1:])),
                                   np.ascontiguousarray(np.broadcast_to(b, batch + b.shape[-2:])),
                                   trans)
    if not left:  # X A = B  <=>  A^T X^T = B^T
        b = b.swapaxes(-1, -2)
        adjoint = not adjoint
    n = lu.shape[-1]
    batch = np.broadcast_shapes(lu.shape[:-2], b.shape[:-2])
    lu = xp.broadcast_to(lu, batch + lu.shape[-2:])
    b = xp.broadcast_to(b, batch + b.shape[-2:])
    perm = xp.broadcast_to(_permutation(xp, pivots, n), batch + (n,))
    if not adjoint:  # U^{-1} L^{-1} P^T B; P^T B = B[perm]
        x = xp.take_along_axis(b, perm[..., None], axis=-2)
        x = triangular_solve_array(xp, lu, x, upper=False, unitriangular=True)
        x = triangular_solve_array(xp, lu, x, upper=True)
    else:  # A^T X = B: X = P L^{-T} U^{-T} B
        lu_t = lu.swapaxes(-1, -2)
        x = triangular_solve_array(xp, lu_t, b, upper=False)
        x = triangular_solve_array(xp, lu_t, x, upper=True, unitriangular=True)
        out = xp.empty_like(x)
        xp.put_along_axis(out, perm[..., None], x, axis=-2)
        x = out
    return x if left else x.swapaxes(-1, -2)


def _lu_solve_backward(g, LU, X, pivots, left, adjoint):
    gB = linalg_lu_solve(LU, pivots, g, left=left, adjoint=not adjoint)
    # The gradient of A = P L U, then through L (strict lower) and U (upper).
    if left:
        gA = -matmul(gB, X.mT) if not adjoint else -matmul(X, gB.mT)
    else:
        gA = -matmul(X.mT, gB) if not adjoint else -matmul(gB.mT, X)
    P = Tensor._make(_p_array(LU._xp, pivots._data, LU.shape[-1], LU.dtype.np), LU.dtype)
    L = LU.tril(-1) + Tensor._make(LU._xp.eye(LU.shape[-1], dtype=LU.dtype.np), LU.dtype)
    U = LU.triu()
    PtgA = matmul(P.mT, gA)
    gLU = matmul(PtgA, U.mT).tril(-1) + matmul(L.mT, PtgA).triu()
    return gLU, gB


@op("linalg_lu_solve", summary="X with A X = B from lu_factor's (LU, pivots); left=, adjoint=.",
    example="torch.linalg.lu_solve(*torch.linalg.lu_factor(tensor([[1., 2.], [3., 4.]])), "
            "tensor([[1.], [1.]]))", method=False, function=False,
    namespaces={_LA: ("lu_solve",)})
def linalg_lu_solve(LU, pivots, B, *, left=True, adjoint=False):
    name = "linalg.lu_solve"
    check_floating(LU, name, "lu_solve_cpu")
    check_square(LU, name, "LU")
    check_matrix(B, name, "B")
    if LU.dtype is not B.dtype:
        raise RuntimeError(f"{name}: Expected LU and B to have the same dtype, but found LU of "
                           f"type {LU.dtype.short} and B of type {B.dtype.short} instead")
    n = LU.shape[-1]
    if (B.shape[-2] if left else B.shape[-1]) != n:
        shapes = f"{n}x{n} and {B.shape[-2]}x{B.shape[-1]}"
        equation = "AX = B" if left else "XA = B"
        raise RuntimeError(f"{name}: Incompatible shapes of A and B for the equation {equation} "
                           f"({shapes})")
    x = _lu_solve_arrays(LU._xp, LU._data, pivots._data, B._data, left, adjoint)
    X = result(x, LU)
    return record(X, "LinalgLuSolveBackward0", (LU, B),
                  lambda g, LU, X: _lu_solve_backward(g, LU, X, pivots, left, adjoint),
                  saved=(LU, X))


LU_SOLVE_WARNING = (
    "torch.lu_solve is deprecated in favor of torch.linalg.lu_solveand will be removed in a "
    "future PyTorch release.\nNote that torch.linalg.lu_solve has its arguments reversed.\n"
    "X = torch.lu_solve(B, LU, pivots)\nshould be replaced with\nX = torch.linalg.lu_solve(LU, "
    "pivots, B) (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/"
    "BatchLinearAlgebra.cpp:2230.)")


@op("lu_solve", summary="Deprecated torch.lu_solve(b, LU_data, LU_pivots).",
    example="torch.lu_solve(tensor([[1.], [1.]]), *torch.linalg.lu_factor(tensor([[1., 2.], "
            "[3., 4.]])))")
def lu_solve(input, LU_data, LU_pivots):
    warn_once(LU_SOLVE_WARNING)
    return linalg_lu_solve(LU_data, LU_pivots, input)


LU_WARNING = (
    "torch.lu is deprecated in favor of torch.linalg.lu_factor / torch.linalg.lu_factor_ex and "
    "will be removed in a future PyTorch release.\nLU, pivots = torch.lu(A, compute_pivots)\n"
    "should be replaced with\nLU, pivots = torch.linalg.lu_factor(A, compute_pivots)\nand\n"
    "LU, pivots, info = torch.lu(A, compute_pivots, get_infos=True)\nshould be replaced with\n"
    "LU, pivots, info = torch.linalg.lu_factor_ex(A, compute_pivots) (Triggered internally at "
    "/__w/pytorch/pytorch/aten/src/ATen/native/BatchLinearAlgebra.cpp:2073.)")


@op("lu", summary="Deprecated torch.lu(A, pivot=True, get_infos=False): (LU, pivots[, info]).",
    example="torch.lu(tensor([[1., 2.], [3., 4.]]))")
def lu(A, pivot=True, get_infos=False, out=None):
    warn_once(LU_WARNING)
    outputs = _lu_factor(A, pivot, "torch.lu", False, "_lu_with_info", ("LU", "pivots", "info"))
    return outputs if get_infos else (outputs[0], outputs[1])


# ------------------------------------------------------- triangular_solve
TRIANGULAR_WARNING = (
    "torch.triangular_solve is deprecated in favor of torch.linalg.solve_triangularand will be "
    "removed in a future PyTorch release.\ntorch.linalg.solve_triangular has its arguments "
    "reversed and does not return a copy of one of the inputs.\nX = torch.triangular_solve(B, "
    "A).solution\nshould be replaced with\nX = torch.linalg.solve_triangular(A, B). (Triggered "
    "internally at /__w/pytorch/pytorch/aten/src/ATen/native/BatchLinearAlgebra.cpp:2273.)")


def _triangular_solve_backward(grads, A, X, upper, transpose, unitriangular):
    gX, gM = grads
    # op(A)^T = A when transpose, else A^T; solve op(A)^T gb = gX.
    if transpose:
        gb = solve_triangular(A, gX, upper=upper, unitriangular=unitriangular)
        gA = -matmul(X, gb.mT)
    else:
        gb = solve_triangular(A.mT, gX, upper=not upper, unitriangular=unitriangular)
        gA = -matmul(gb, X.mT)
    gA = gA.triu(int(unitriangular)) if upper else gA.tril(-int(unitriangular))
    return gb, gA + gM


@op("triangular_solve", summary="Deprecated: (solution, cloned_coefficient) of A X = b, "
    "A triangular.", example="torch.triangular_solve(tensor([[1.], [1.]]), tensor([[2., 1.], "
                             "[0., 4.]]))")
def triangular_solve(input, A, upper=True, transpose=False, unitriangular=False):
    warn_once(TRIANGULAR_WARNING)
    name = "torch.triangular_solve"
    if input.ndim < 2:
        raise RuntimeError(f"{name}: Expected b to have at least 2 dimensions, but it has "
                           f"{input.ndim} dimensions instead")
    if A.ndim < 2:
        raise RuntimeError(f"{name}: Expected A to have at least 2 dimensions, but it has "
                           f"{A.ndim} dimensions instead")
    check_floating(A, name, "triangular_solve_cpu")
    if input.dtype is not A.dtype:
        raise RuntimeError(f"Expected b and A to have the same dtype, but found b of type "
                           f"{input.dtype.short} and A of type {A.dtype.short} instead.")
    if A.shape[-1] != A.shape[-2]:
        raise RuntimeError(f"A must be batches of square matrices, but they are {A.shape[-2]} by "
                           f"{A.shape[-1]} matrices")
    if A.shape[-1] != input.shape[-2]:
        raise RuntimeError(f"Incompatible matrix sizes for triangular_solve: each A matrix is "
                           f"{A.shape[-1]} by {A.shape[-1]} but each b matrix is "
                           f"{input.shape[-2]} by {input.shape[-1]}")
    xp = A._xp
    a = xp.triu(A._data) if upper else xp.tril(A._data)
    if transpose:
        a, tri_upper = a.swapaxes(-1, -2), not upper
    else:
        tri_upper = upper
    x = triangular_solve_array(xp, a, input._data, tri_upper, unitriangular)
    batch = x.shape[:-2]
    X = result(x, A)
    M = result(xp.array(xp.broadcast_to(A._data, batch + A.shape[-2:])), A)
    outputs = named("triangular_solve", ("solution", "cloned_coefficient"), (X, M))
    return record(outputs, "TriangularSolveBackward0", (input, A),
                  lambda grads, A, X: _triangular_solve_backward(grads, A, X, upper, transpose,
                                                                 unitriangular), saved=(A, X))


# --------------------------------------------------------------- cholesky
def _cholesky_solve_arrays(xp, b, u, upper):
    """A^{-1} b for A = L L^H (or U^H U), broadcast over batches."""
    factor = xp.triu(u) if upper else xp.tril(u)
    adjoint = factor.swapaxes(-1, -2).conj() if factor.dtype.kind == "c" else \
        factor.swapaxes(-1, -2)
    if upper:  # A = U^H U: U^H y = b, U x = y
        y = triangular_solve_array(xp, adjoint, b, upper=False)
        return triangular_solve_array(xp, factor, y, upper=True)
    y = triangular_solve_array(xp, factor, b, upper=False)
    return triangular_solve_array(xp, adjoint, y, upper=True)


def _cholesky_solve_backward(g, L, X, upper):
    gB = cholesky_solve(g, L, upper)
    common = matmul(gB, mh(X))
    common = common + mh(common)
    gL = -matmul(L, common) if upper else -matmul(common, L)
    return gB, gL


@op("cholesky_solve", summary="X with A X = B given A's Cholesky factor: cholesky_solve(B, L).",
    example="torch.cholesky_solve(tensor([[1.], [1.]]), tensor([[2., 0.], [1., 1.]]))")
def cholesky_solve(input, input2, upper=False):
    if input.ndim < 2:
        raise RuntimeError(f"b should have at least 2 dimensions, but has {input.ndim} dimensions "
                           "instead")
    if input2.ndim < 2:
        raise RuntimeError(f"u should have at least 2 dimensions, but has {input2.ndim} "
                           "dimensions instead")
    check_floating(input2, "cholesky_solve", "cholesky_solve_cpu")
    if input.dtype is not input2.dtype:
        raise RuntimeError(f"Expected b and A to have the same dtype, but found b of type "
                           f"{input.dtype.short} and A of type {input2.dtype.short} instead.")
    n = input2.shape[-1]
    if input2.shape[-2] != n or input.shape[-2] != n:
        raise RuntimeError(f"Incompatible matrix sizes for cholesky_solve: each A matrix is "
                           f"{input2.shape[-2]} by {n} but each b matrix is {input.shape[-2]} by "
                           f"{input.shape[-1]}")
    xp = input2._xp
    if input._data.size and linalg_mkl.available(input._data, input2._data):  # potrs
        batch = np.broadcast_shapes(input.shape[:-2], input2.shape[:-2])
        b = np.ascontiguousarray(np.broadcast_to(input._data, batch + input.shape[-2:]))
        u = np.ascontiguousarray(np.broadcast_to(input2._data, batch + input2.shape[-2:]))
        X = result(linalg_mkl.potrs(u, b, upper), input2)
    else:
        X = result(_cholesky_solve_arrays(xp, input._data, input2._data, upper), input2)
    return record(X, "CholeskySolveBackward0", (input, input2), wirtinger(
        lambda g, L, X: _cholesky_solve_backward(g, L, X, upper)), saved=(input2, X))


def _cholesky_inverse_backward(g, L, inverse, upper):
    common = g + mh(g)
    common = matmul(inverse, matmul(common, inverse))
    return (-matmul(L, common) if upper else -matmul(common, L),)


@op("cholesky_inverse", summary="(L L^T)^{-1} from a Cholesky factor L (upper=False).",
    example="torch.cholesky_inverse(tensor([[2., 0.], [1., 1.]]))")
def cholesky_inverse(input, upper=False):
    check_floating(input, "cholesky_inverse", "cholesky_inverse_cpu")
    check_square(input, "cholesky_inverse", "A")
    xp = input._xp
    n = input.shape[-1]
    if input._data.size and linalg_mkl.available(input._data):  # potri
        out = as_result(linalg_mkl.potri(input._data, upper), input.dtype, xp)
        return record(out, "CholeskyInverseBackward0", (input,), wirtinger(
            lambda g, L, inv: _cholesky_inverse_backward(g, L, inv, upper)), saved=(input, out))
    eye = xp.broadcast_to(xp.eye(n, dtype=input.dtype.np), input.shape)
    inverse = _cholesky_solve_arrays(xp, eye, input._data, upper)
    flipped = inverse.swapaxes(-1, -2)
    inverse = (inverse + (flipped.conj() if inverse.dtype.kind == "c" else flipped)) / 2
    # potri fills a Hermitian result
    out = as_result(inverse, input.dtype, xp)
    return record(out, "CholeskyInverseBackward0", (input,), wirtinger(
        lambda g, L, inv: _cholesky_inverse_backward(g, L, inv, upper)), saved=(input, out))


__all__ = ["linalg_lu", "lu_unpack", "linalg_lu_solve", "lu_solve", "lu", "triangular_solve",
           "cholesky_solve", "cholesky_inverse"]
