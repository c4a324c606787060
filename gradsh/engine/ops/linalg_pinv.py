"""torch.linalg's pseudo-inverse, rank and least squares: pinv (torch.pinverse),
matrix_rank, lstsq (split from linalg_solve.py).

Backward rules are PyTorch's (FunctionsManual.cpp), in gradsh Tensor ops so
that they differentiate again: pinv's pinv_backward; lstsq through pinv
(linalg_lstsq_backward).
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
from .linalg_common import (check_matrix, mh, named, real_result, result,
                            wirtinger)

_LA = "linalg"


# -------------------------------------------------------------- pinv/rank
def _tolerances(A, atol, rtol, values):
    """The cut-off of pinv and matrix_rank: max(atol, rtol * largest value)."""
    if isinstance(atol, Tensor):
        atol = atol._data
    if isinstance(rtol, Tensor):
        rtol = rtol._data
    if rtol is None:
        rtol = np.finfo(A.dtype.np).eps * max(A.shape[-2], A.shape[-1]) if atol is None or \
            np.all(np.asarray(atol) <= 0) else 0.0
    atol = 0.0 if atol is None else atol
    xp = A._xp
    largest = values.max(axis=-1) if values.shape[-1] else xp.zeros(values.shape[:-1])
    return xp.maximum(xp.asarray(atol), xp.asarray(rtol) * largest)


def _pinv_array(A, atol, rtol, hermitian):
    xp, data = A._xp, A._data
    if data.size and linalg_mkl.available(data):
        return _pinv_mkl(A, atol, rtol, hermitian)
    if hermitian:
        values, vectors = xp.linalg.eigh(data)
        cut = _tolerances(A, atol, rtol, xp.abs(values))
        inverse = xp.where(xp.abs(values) > cut[..., None], 1 / xp.where(values == 0, 1, values), 0)
        return (vectors * inverse[..., None, :]) @ _adjoint(vectors)
    u, s, vh = xp.linalg.svd(data, full_matrices=False)
    cut = _tolerances(A, atol, rtol, s)
    inverse = xp.where(s > cut[..., None], 1 / xp.where(s == 0, 1, s), 0)
    return (_adjoint(vh) * inverse[..., None, :]) @ _adjoint(u)


def _product(a, b):
    """a @ b as gradsh's matmul computes it (MKL's sgemm order where it is known)."""
    from .linalg import _mm_array  # noqa: PLC0415

    return _mm_array(np, a, b) if a.ndim == 2 and b.ndim == 2 else np.matmul(a, b)


def _pinv_mkl(A, atol, rtol, hermitian):
    """linalg_pinv as PyTorch composes it: gesdd (or syevd), then one product."""
    data = A._data
    if hermitian:
        values, vectors = linalg_mkl.syevd(data, "L", True)
        cut = _tolerances(A, atol, rtol, np.abs(values))
        inverse = np.where(np.abs(values) > cut[..., None], np.reciprocal(values), 0)
        return _product(vectors * inverse[..., None, :].astype(data.dtype), _adjoint(vectors))
    u, s, vh = linalg_mkl.gesdd(data, "S")
    cut = _tolerances(A, atol, rtol, s)
    inverse = np.where(s > cut[..., None], np.reciprocal(s), 0).astype(data.dtype)
    return _product(_adjoint(vh) * inverse[..., None, :], _adjoint(u))


def _adjoint(array):
    flipped = array.swapaxes(-1, -2)
    return flipped.conj() if array.dtype.kind == "c" else flipped


def pinv_backward(g, P, A):
    """PyTorch's pinv_backward (FunctionsManual.cpp), term by term (A^H for complex)."""
    m, n = A.shape[-2], A.shape[-1]
    Ph, gh = mh(P), mh(g)
    if m <= n:
        K = matmul(gh, P)
        KPh = matmul(K, Ph)
        return (-mh(matmul(P, K)) + KPh - matmul(matmul(A, P), KPh)
                + matmul(matmul(Ph, P), gh - matmul(K, A)))
    K = matmul(P, gh)
    PhK = matmul(Ph, K)
    return (-mh(matmul(K, P)) + matmul(matmul(gh - matmul(A, K), P), Ph) + PhK
            - matmul(matmul(PhK, P), A))


def _pinv_check(A):
    if not isinstance(A, Tensor) or A.ndim < 2 or not (A.dtype.is_floating_point or
                                                       A.dtype.is_complex) or \
            A.dtype is dtypes.float16:
        dims = list(A.shape) if isinstance(A, Tensor) else []
        kind = A.dtype.short if isinstance(A, Tensor) else type(A).__name__
        raise RuntimeError(f"linalg.pinv({kind}{{{dims}}}): expected a tensor with 2 or more "
                           "dimensions of float, double, cfloat or cdouble types")


@op("linalg_pinv", summary="The Moore-Penrose pseudo-inverse (SVD; eigh with hermitian=True).",
    example="torch.linalg.pinv(tensor([[1., 2.], [2., 4.]]))", method=False, function=False,
    namespaces={_LA: ("pinv",)})
def pinv(A, *, atol=None, rtol=None, hermitian=False):
    _pinv_check(A)
    out = result(_pinv_array(A, atol, rtol, hermitian), A)
    return record(out, "LinalgPinvBackward0", (A,), wirtinger(
        lambda g, A, P: (pinv_backward(g, P, A),)), saved=(A, out))


@op("pinverse", summary="The pseudo-inverse, singular values under rcond * largest cut.",
    example="torch.pinverse(tensor([[1., 2.], [2., 4.]]))")
def pinverse(input, rcond=1e-15):
    return pinv(input, rtol=rcond)


@op("linalg_matrix_rank", summary="The number of singular values above max(atol, rtol * largest).",
    example="torch.linalg.matrix_rank(torch.eye(3))", method=False, function=False,
    differentiable=False, namespaces={_LA: ("matrix_rank",)})
def matrix_rank(A, tol=None, hermitian=False, *, atol=None, rtol=None):
    if not (A.dtype.is_floating_point or A.dtype.is_complex) or A.dtype is dtypes.float16:
        raise RuntimeError("This function doesn't handle types other than float and double")
    check_matrix(A, "linalg.matrix_rank")
    xp = A._xp
    if tol is not None:
        atol, rtol = tol, 0.0
    if A._data.size and linalg_mkl.available(A._data):
        values = np.abs(linalg_mkl.syevd(A._data, "L", False)[0]) if hermitian else \
            linalg_mkl.gesdd(A._data, "N")[1]
    else:
        values = xp.abs(xp.linalg.eigvalsh(A._data)) if hermitian else \
            xp.linalg.svd(A._data, compute_uv=False)
    cut = _tolerances(A, atol, rtol, values)
    return as_result((values > cut[..., None]).sum(-1), dtypes.int64, xp)


# ---------------------------------------------------------------- lstsq
_DRIVERS = ("gels", "gelsy", "gelsd", "gelss")


@op("linalg_lstsq", summary="Least-squares solution of A X = B: (solution, residuals, rank, "
    "singular_values).", example="torch.linalg.lstsq(tensor([[1.], [2.]]), tensor([[1.], [2.]]))",
    method=False, function=False, namespaces={_LA: ("lstsq",)})
def lstsq(A, B, rcond=None, *, driver=None):
    same_device(A, B)
    if not (A.dtype.is_floating_point or A.dtype.is_complex) or A.dtype is dtypes.float16:
        raise RuntimeError("This function doesn't handle types other than float and double")
    if A.dtype is not B.dtype:
        raise RuntimeError("torch.linalg.lstsq: Expected input and other to have the same dtype, "
                           f"but got input's dtype {A.dtype.short} and other's dtype "
                           f"{B.dtype.short}")
    check_matrix(A, "torch.linalg.lstsq")
    if driver is not None and driver not in _DRIVERS:
        raise RuntimeError("torch.linalg.lstsq: parameter `driver` should be one of "
                           "(gels, gelsy, gelsd, gelss)")
    driver = driver or "gelsy"
    vector = B.ndim == A.ndim - 1
    if B.shape[-1 if vector else -2] != A.shape[-2]:
        raise RuntimeError("torch.linalg.lstsq: input.size(-2) should match other.size(-2)")
    xp = A._xp
    m, n = A.shape[-2], A.shape[-1]
    rcond = np.finfo(A.dtype.np).eps * max(m, n) if rcond is None else rcond
    if driver in ("gelsy", "gelsd") and A._data.size and B._data.size and \
            linalg_mkl.available(A._data, B._data):
        return _lstsq_mkl(A, B, rcond, driver, vector)
    s = xp.linalg.svd(A._data, compute_uv=False)
    p = _pinv_array(A, None, rcond, False)
    b = B._data[..., None] if vector else B._data
    x = p @ b
    solution = result(x[..., 0] if vector else x, A)
    ranks = (s > rcond * s.max(axis=-1, keepdims=True)).sum(-1) if s.size else \
        xp.zeros(s.shape[:-1], np.int64)
    empty = xp.zeros((0,), A.dtype.np)
    full_rank = bool((ranks == n).all())
    residual = xp.sum(xp.abs(A._data @ x - b) ** 2, axis=-2) if m > n and full_rank and \
        driver != "gelsy" else empty
    residuals = real_result(residual[..., 0] if vector and residual.size else residual, A)
    has_residuals = bool(residual.size)

    # rank and singular_values have no gradient (PyTorch: no grad_fn)
    solution, residuals = record((solution, residuals), "LinalgLstsqBackward0", (A, B),
                                 _lstsq_backward(vector, has_residuals),
                                 saved=(A, B, solution))
    return named("linalg_lstsq", ("solution", "residuals", "rank", "singular_values"), (
        solution, residuals,
        as_result(ranks if driver != "gels" else xp.zeros((0,), np.int64), dtypes.int64, xp),
        real_result(s if driver in ("gelsd", "gelss") else empty, A)))


def _lstsq_backward(vector, has_residuals):
    def backward(grads, A, B, X):
        g = grads[0].unsqueeze(-1) if vector else grads[0]
        b, x = (B.unsqueeze(-1), X.unsqueeze(-1)) if vector else (B, X)
        P = pinv(A)
        grad_a = pinv_backward(matmul(g, mh(b)), P, A) if A.requires_grad else None
        grad_b = matmul(mh(P), g)
        if has_residuals:  # d||A x - b||^2 at the minimiser x: the partials only
            weights = (grads[1].unsqueeze(-1) if vector else grads[1].unsqueeze(-2)) * 2
            residual = (matmul(A, x) - b) * weights
            grad_a = None if grad_a is None else grad_a + matmul(residual, mh(x))
            grad_b = grad_b - residual
        return (grad_a, grad_b.squeeze(-1) if vector else grad_b)

    return wirtinger(backward)


def _lstsq_mkl(A, B, rcond, driver, vector):
    """MKL's gelsy / gelsd as linalg_lstsq calls them; residuals from the rows
    of B past n (m > n, full rank, not gelsy), as PyTorch takes them."""
    m, n = A.shape[-2], A.shape[-1]
    b = B._data[..., None] if vector else B._data
    batch = np.broadcast_shapes(A.shape[:-2], b.shape[:-2])
    a = np.ascontiguousarray(np.broadcast_to(A._data, batch + A.shape[-2:]))
    b = np.ascontiguousarray(np.broadcast_to(b, batch + b.shape[-2:]))
    full, ranks, s = linalg_mkl.lstsq(a, b, rcond, driver)
    # rank and singular_values have A's batch shape (one per matrix of A)
    own = (0,) * (len(batch) - (A.ndim - 2)) + tuple(
        slice(None) if size != 1 else slice(0, 1) for size in A.shape[:-2])
    ranks = ranks[own].reshape(A.shape[:-2])
    s = s[own].reshape(A.shape[:-2] + s.shape[-1:])
    x = full[..., :n, :]
    empty = np.zeros((0,), A.dtype.np)
    residual = empty
    if m > n and driver != "gelsy" and bool((ranks == n).all()):
        residual = (np.abs(full[..., n:, :]) ** 2).sum(-2)
    solution = result(np.ascontiguousarray(x[..., 0] if vector else x), A)
    residuals = real_result(residual[..., 0] if vector and residual.size else residual, A)
    solution, residuals = record((solution, residuals), "LinalgLstsqBackward0", (A, B),
                                 _lstsq_backward(vector, bool(residual.size)),
                                 saved=(A, B, solution))
    return named("linalg_lstsq", ("solution", "residuals", "rank", "singular_values"), (
        solution, residuals, as_result(ranks, dtypes.int64, A._xp),
        real_result(s if driver == "gelsd" else empty, A)))
