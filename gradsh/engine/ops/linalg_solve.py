"""torch.linalg's inverses, determinants and solvers: inv (torch.inverse),
inv_ex, det, slogdet, logdet, solve, solve_ex, solve_triangular, matrix_power
(pinv, matrix_rank and lstsq: linalg_pinv.py).

Backward rules are PyTorch's (FunctionsManual.cpp), in gradsh Tensor ops so
that they differentiate again: inv ``-X^T g X^T``; det ``g det A^{-T}``
(solved, as linalg_det_backward); solve ``gB = A^{-T} g, gA = -gB X^T``;
solve_triangular the same, projected on the triangle.
"""
from __future__ import annotations

import numpy as np

from .. import dtypes
from ..autograd import record
from ..registry import op
from ..tensor import Tensor
from . import linalg_mkl
from .common import as_result, same_device
from .linalg import matmul
from .linalg_common import (_LinAlgError, check_floating, check_matrix, check_square, eye_like,
                            lu_factor_array, named, raise_for_info, real_result, result,
                            same_dtype,
                            square_float, triangular_solve_array)
from .. import limits
from .common import CHECK_SIZE_ABOVE

_LA = "linalg"


# --------------------------------------------------------------- inverse
def _singular_message(name: str):
    return lambda code: (f"{name}: The diagonal element {code} is zero, the inversion could not "
                         "be completed because the input matrix is singular.")


def _lu_inverse(xp, data):
    """A^{-1} from getrf as getri would: inf/nan for a singular matrix, with its info."""
    lu, pivots, info = lu_factor_array(xp, data)
    n = data.shape[-1]
    columns = xp.array(xp.broadcast_to(xp.eye(n, dtype=data.dtype), data.shape), copy=True)
    flat = columns.reshape(-1, n, n)
    every = xp.arange(flat.shape[0])
    for j, swap in enumerate(pivots.reshape(-1, pivots.shape[-1]).T):
        row = flat[every, j, :].copy()
        flat[every, j, :] = flat[every, swap - 1, :]
        flat[every, swap - 1, :] = row
    y = triangular_solve_array(xp, lu, columns, upper=False, unitriangular=True)
    return triangular_solve_array(xp, lu, y, upper=True), info


def _inverse_arrays(A: Tensor):
    xp, data = A._xp, A._data
    batch = data.shape[:-2]
    if data.size == 0:
        return data.copy(), xp.zeros(batch, dtype=np.int32)
    if linalg_mkl.available(data):  # linalg_inv_ex: linalg_solve_ex(A, I)
        eye = np.broadcast_to(np.eye(data.shape[-1], dtype=data.dtype), data.shape)
        return linalg_mkl.solve(data, np.ascontiguousarray(eye))
    try:
        return xp.linalg.inv(data), xp.zeros(batch, dtype=np.int32)
    except np.linalg.LinAlgError:
        return _lu_inverse(xp, data)


def _inverse_backward(g, X):
    return (-matmul(matmul(X.mT, g), X.mT),)


@op("inverse", summary="The inverse of a square matrix (or of each in a batch).",
    example="torch.inverse(tensor([[2., 0.], [1., 1.]]))", namespaces={_LA: ("inv",)})
def inverse(input):
    square_float(input, "linalg.inv")
    array, info = _inverse_arrays(input)
    raise_for_info(info, input.ndim > 2, _singular_message("linalg.inv"))
    out = result(array, input)
    return record(out, "LinalgInvExBackward0", (input,), _inverse_backward, saved=(out,))


@op("linalg_inv_ex", summary="(inverse, info): the inverse without raising for singular input.",
    example="torch.linalg.inv_ex(tensor([[2., 0.], [1., 1.]]))", method=False, function=False,
    namespaces={_LA: ("inv_ex",)})
def linalg_inv_ex(A, *, check_errors=False):
    square_float(A, "linalg.inv_ex")
    array, info = _inverse_arrays(A)
    if check_errors:
        raise_for_info(info, A.ndim > 2, _singular_message("linalg.inv_ex"))
    out = result(array, A)
    pair = named("linalg_inv_ex", ("inverse", "info"),
                 (out, as_result(info, dtypes.int32, A._xp)))
    return record(pair, "LinalgInvExBackward0", (A,),
                  lambda grads, X: _inverse_backward(grads[0], X), saved=(out,))


# ----------------------------------------------------------- determinants
def _det_grad(g, d, A):
    """g det A^{-T}: solved against A^T as linalg_det_backward; a singular A
    gets the cofactor matrix from the SVD (a constant: no second order there)."""
    if bool((A._xp.linalg.det(A._data) != 0).all()):
        return solve(A.mT, (g * d).unsqueeze(-1).unsqueeze(-1) * eye_like(A))
    xp = A._xp
    u, s, vh = xp.linalg.svd(A._data)
    n = s.shape[-1]
    others = xp.stack([xp.prod(xp.delete(s, i, axis=-1), axis=-1) for i in range(n)], -1)
    sign = xp.linalg.det(u) * xp.linalg.det(vh)
    adjugate = (vh.swapaxes(-1, -2) * others[..., None, :]) @ u.swapaxes(-1, -2)
    cofactor = (adjugate * sign[..., None, None]).swapaxes(-1, -2)
    return Tensor._make(cofactor.astype(A.dtype.np), A.dtype) * g.unsqueeze(-1).unsqueeze(-1)


@op("det", summary="The determinant of a square matrix (or of each in a batch).",
    example="torch.det(tensor([[2., 1.], [1., 3.]]))", namespaces={_LA: ("det",)})
def det(input):
    if isinstance(input, Tensor) and input._data.size > CHECK_SIZE_ABOVE:  # an expanded view's
        limits.check_copy(input)  # result is its numel (issue 19)
    check_floating(input, "linalg.det")
    check_square(input, "linalg.det")
    out = result(input._xp.linalg.det(input._data), input)
    return record(out, "LinalgDetBackward0", (input,),
                  lambda g, A, d: (_det_grad(g, d, A),), saved=(input, out))


def _slogdet(A: Tensor, name: str, kind: str):
    check_floating(A, name)
    check_square(A, name)
    sign, logabsdet = A._xp.linalg.slogdet(A._data)
    pair = named(kind, ("sign", "logabsdet"), (result(sign, A), real_result(logabsdet, A)))

    def backward(grads, A):
        return (solve(A.mT, grads[1].unsqueeze(-1).unsqueeze(-1) * eye_like(A)),)

    return record(pair, "LinalgSlogdetBackward0", (A,), backward, saved=(A,))


@op("slogdet", summary="(sign, log|det|) of a square matrix: torch.return_types.slogdet.",
    example="torch.slogdet(tensor([[2., 1.], [1., 3.]]))")
def slogdet(input):
    return _slogdet(input, "linalg.slogdet", "slogdet")


@op("linalg_slogdet", summary="(sign, logabsdet) of a square matrix.",
    example="torch.linalg.slogdet(tensor([[2., 1.], [1., 3.]]))", method=False, function=False,
    namespaces={_LA: ("slogdet",)})
def linalg_slogdet(A):
    return _slogdet(A, "linalg.slogdet", "linalg_slogdet")


@op("logdet", summary="log det A: nan for a negative determinant (where over slogdet).",
    example="torch.logdet(tensor([[2., 1.], [1., 3.]]))")
def logdet(input):
    check_square(input, "logdet")
    check_floating(input, "logdet")
    sign, logabsdet = _slogdet(input, "logdet", "slogdet")
    from .elementwise_math import where  # noqa: PLC0415 - PyTorch's composition

    return where(sign == -1.0, float("nan"), logabsdet)


# ----------------------------------------------------------------- solve
def _is_vector_rhs(A: Tensor, B: Tensor) -> bool:
    """PyTorch's rule: B is a (batch of) vector(s) when it is 1-D, or has one
    dim less than A with A's batch shape and size."""
    return B.ndim == 1 or (B.ndim == A.ndim - 1 and tuple(B.shape) == tuple(A.shape[:-1]))


def _check_solve(A, B, name, left=True):
    same_device(A, B)
    check_floating(A, name)
    same_dtype(A, B, name)
    check_square(A, name)
    vector = _is_vector_rhs(A, B)
    rows = B.shape[-1] if vector else B.shape[-2 if left else -1] if B.ndim > 1 else 0
    if B.ndim == 0 or A.shape[-1] != (B.shape[-1] if vector else rows):
        shape = (f"{B.shape[-1]}x1" if vector else f"{B.shape[-2]}x{B.shape[-1]}") \
            if B.ndim else "0"
        equation = "AX = B" if left else "XA = B"
        raise RuntimeError(f"{name}: Incompatible shapes of A and B for the equation {equation} "
                           f"({A.shape[-2]}x{A.shape[-1]} and {shape})")
    return vector


def _solve_arrays(A, B, left, vector, name, check):
    xp = A._xp
    a, b = A._data, B._data
    if vector:
        b = b[..., None]
    if not left:  # X A = B: A^T X^T = B^T (a vector is its own transpose)
        a, b = a.swapaxes(-1, -2), (b if vector else b.swapaxes(-1, -2))
    batch = np.broadcast_shapes(a.shape[:-2], b.shape[:-2])
    info = xp.zeros(batch, dtype=np.int32)
    if left and a.size and b.size and linalg_mkl.available(a, b):
        x, info = linalg_mkl.solve(np.ascontiguousarray(np.broadcast_to(a, batch + a.shape[-2:])),
                                   np.ascontiguousarray(np.broadcast_to(b, batch + b.shape[-2:])))
        if check:
            raise_for_info(info, len(batch) > 0, lambda code: f"torch.{name}: The solver failed "
                           "because the input matrix is singular.")
        return (x[..., 0] if vector else x), info
    try:
        x = xp.linalg.solve(a, b) if a.size and b.size else \
            xp.zeros(batch + b.shape[-2:], a.dtype)
    except np.linalg.LinAlgError:
        _, _, info = lu_factor_array(xp, xp.broadcast_to(a, batch + a.shape[-2:]))
        if check:
            raise_for_info(info, len(batch) > 0, lambda code: f"torch.{name}: The solver failed "
                           "because the input matrix is singular.")
        inverse, _ = _lu_inverse(xp, xp.broadcast_to(a, batch + a.shape[-2:]))
        x = inverse @ b
    if not left and not vector:
        x = x.swapaxes(-1, -2)
    return (x[..., 0] if vector else x), info


def _solve_backward(g, A, X, left, vector):
    """linalg_solve_backward: gB = solve(A^T, g); gA = -gB X^T (or -X^T gB on the right)."""
    grad_b = solve(A.mT, g, left=left)
    if not A.requires_grad:
        return (None, grad_b)
    axis = -1 if left else -2  # a vector is a column on the left, a row on the right
    gb, x = (grad_b.unsqueeze(axis), X.unsqueeze(axis)) if vector else (grad_b, X)
    grad_a = -matmul(gb, x.mT) if left else -matmul(x.mT, gb)
    return (grad_a, grad_b)


def _solve(A, B, left, name, check, kind=None):
    vector = _check_solve(A, B, name, left)
    array, info = _solve_arrays(A, B, left, vector, name, check)
    out = result(array, A)
    outputs = out if kind is None else named(kind, ("result", "info"),
                                             (out, as_result(info, dtypes.int32, A._xp)))

    def backward(g, A, X):
        return _solve_backward(g if kind is None else g[0], A, X, left, vector)

    return record(outputs, "LinalgSolveExBackward0", (A, B), backward, saved=(A, out))


@op("linalg_solve", summary="X with A X = B (left=False: X A = B), batched and broadcast.",
    example="torch.linalg.solve(tensor([[2., 0.], [1., 1.]]), tensor([2., 3.]))",
    method=False, function=False, namespaces={_LA: ("solve",)})
def solve(A, B, *, left=True):
    return _solve(A, B, left, "linalg.solve", True)


@op("linalg_solve_ex", summary="(result, info): solve without raising for a singular A.",
    example="torch.linalg.solve_ex(tensor([[2., 0.], [1., 1.]]), tensor([2., 3.]))",
    method=False, function=False, namespaces={_LA: ("solve_ex",)})
def linalg_solve_ex(A, B=None, *, left=True, check_errors=False):
    if B is None:  # PyTorch's argument parser words it so
        raise TypeError('linalg_solve_ex() missing 1 required positional arguments: "B"')
    return _solve(A, B, left, "linalg.solve_ex", check_errors, "linalg_solve_ex")


@op("linalg_solve_triangular", summary="X with A X = B for triangular A (upper= is required).",
    example="torch.linalg.solve_triangular(tensor([[2., 1.], [0., 1.]]), ones(2, 1), upper=True)",
    method=False, function=False, namespaces={_LA: ("solve_triangular",)})
def solve_triangular(A, B, *, upper=None, left=True, unitriangular=False):
    if upper is None:
        raise TypeError('linalg_solve_triangular() missing 1 required positional arguments: '
                        '"upper"')
    same_device(A, B)
    for value in (A, B):
        if not (value.dtype.is_floating_point or value.dtype.is_complex) or \
                value.dtype is dtypes.float16:
            raise NotImplementedError(
                f"\"triangular_solve_cpu\" not implemented for '{value.dtype.short}'")
    same_dtype(A, B, "linalg.solve_triangular")
    check_square(A, "linalg.solve_triangular")
    check_matrix(B, "linalg.solve_triangular", "B")
    if A.shape[-1] != B.shape[-2 if left else -1]:
        raise RuntimeError("linalg.solve_triangular: Incompatible shapes of A and B for the "
                           f"equation {'AX = B' if left else 'XA = B'} ({A.shape[-2]}x"
                           f"{A.shape[-1]} and {B.shape[-2]}x{B.shape[-1]})")
    xp = A._xp
    if left:
        array = triangular_solve_array(xp, A._data, B._data, upper, unitriangular)
    else:
        array = triangular_solve_array(xp, A._data.swapaxes(-1, -2), B._data.swapaxes(-1, -2),
                                       not upper, unitriangular).swapaxes(-1, -2)
    out = result(xp.ascontiguousarray(array), A)

    def backward(g, A, X):
        grad_b = solve_triangular(A.mT, g, upper=not upper, left=left,
                                  unitriangular=unitriangular)
        if not A.requires_grad:
            return (None, grad_b)
        grad_a = -matmul(grad_b, X.mT) if left else -matmul(X.mT, grad_b)
        grad_a = grad_a.triu(int(unitriangular)) if upper else grad_a.tril(-int(unitriangular))
        return (grad_a, grad_b)

    return record(out, "LinalgSolveTriangularBackward0", (A, B), backward, saved=(A, out))


# --------------------------------------------------------- matrix_power
@op("matrix_power", summary="A to an integer power n (n < 0 inverts first), batched.",
    example="torch.linalg.matrix_power(tensor([[1., 1.], [0., 1.]]), 3)",
    namespaces={_LA: ("matrix_power",)})
def matrix_power(input, n):
    if not isinstance(n, (int, np.integer)) or isinstance(n, bool):
        raise TypeError("linalg_matrix_power(): argument 'n' (position 2) must be int, not "
                        f"{type(n).__name__}")
    check_square(input, "linalg.matrix_power")
    if n == 0:
        eye = eye_like(input) if input.dtype.is_floating_point else Tensor._make(
            input._xp.eye(input.shape[-1], dtype=input.dtype.np), input.dtype)
        out = Tensor._make(input._xp.array(input._xp.broadcast_to(eye._data, input.shape)),
                           input.dtype)
        return record(out, "CopyBackwards", (input,), lambda g: (g * 0,))
    if n == 1:
        return input.clone()
    if n < 0:
        input, n = inverse(input), -n
        if n == 1:
            return input
    # PyTorch's linalg_matrix_power_impl: fast paths, then binary powers from the lowest bit.
    if n == 2:
        return matmul(input, input)
    if n == 3:
        return matmul(matmul(input, input), input)
    z = out = None
    while n > 0:
        bit, n = n % 2, n // 2
        z = input if z is None else matmul(z, z)
        if bit:
            out = z if out is None else matmul(out, z)
    return out


__all__ = ["_LinAlgError", "inverse", "det", "solve", "solve_triangular"]
