"""torch.linalg's decompositions: svd, svdvals (and the old torch.svd), qr
(and torch.qr), eigh, eigvalsh (cholesky and lu_factor: linalg_cholesky.py).

Backward rules are PyTorch's (FunctionsManual.cpp: svd_backward,
linalg_qr_backward, linalg_eig_backward for the Hermitian case,
cholesky_backward, linalg_lu_backward), real case, in gradsh Tensor ops.
eig and eigvals are left out: gradsh has no complex dtype yet.

Signs: a singular vector or eigenvector is fixed up to its sign; NumPy's
LAPACK (OpenBLAS) may choose another sign than PyTorch's MKL for some
inputs (gauge-invariant results, such as U @ diag(S) @ Vh, agree).
"""
from __future__ import annotations


from .. import dtypes
from ..autograd import is_grad_enabled, record
from ..registry import op
from ..tensor import Tensor
from ..warn_once import warn_once
from . import linalg_mkl
from .linalg import matmul
from .linalg_common import (check_floating, check_matrix, eye_like,
                            mh, named, real_result, result,
                            square_float, wirtinger)
from .linalg_solve import solve_triangular

_LA = "linalg"


# -------------------------------------------------------------------- svd
_SVD_PHASE = ("svd_backward: The singular vectors in the complex case are specified up to "
              "multiplication by e^{i phi}. The specified loss function depends on this phase "
              "term, making it ill-defined.")


def _check_svd_phase(UhgU, VhgV, S):
    """PyTorch's check: Im diag(U^H gU) must be -Im diag(V^H gV) (allclose 1e-2)."""
    xp = S._xp
    zeros = xp.zeros(S.shape)
    left = zeros if UhgU is None else UhgU._data.diagonal(0, -2, -1).imag
    right = zeros if VhgV is None else VhgV._data.diagonal(0, -2, -1).imag
    if not bool(xp.all(xp.abs(left + right) <= 1e-2 + 1e-2 * xp.abs(right))):
        raise RuntimeError(_SVD_PHASE)


def svd_backward(gU, gS, gVh, U, S, Vh):
    """PyTorch's svd_backward (reduced U, Vh; complex: A^H and the phase term)."""
    m, n = U.shape[-2], Vh.shape[-1]
    complex_ = U.dtype.is_complex
    if gU is None and gVh is None:
        return matmul(U, gS.unsqueeze(-1) * Vh) if m >= n else matmul(U * gS.unsqueeze(-2), Vh)
    UhgU = None if gU is None else matmul(mh(U), gU)
    UhgU = None if UhgU is None else UhgU - mh(UhgU)
    VhgV = None if gVh is None else matmul(Vh, mh(gVh))
    VhgV = None if VhgV is None else VhgV - mh(VhgV)
    if complex_:
        _check_svd_phase(UhgU, VhgV, S)
    S2 = S * S
    E = S2.unsqueeze(-2) - S2.unsqueeze(-1) + eye_like(S.unsqueeze(-1).expand(
        *S.shape, S.shape[-1]))  # the diagonal of E is 1: it only divides zeros
    if gU is not None and gVh is not None:
        gA = (UhgU * S.unsqueeze(-2) + S.unsqueeze(-1) * VhgV) / E
    elif gU is not None:
        gA = UhgU * (S.unsqueeze(-2) / E)
    else:
        gA = S.unsqueeze(-1) * (VhgV / E)
    if gS is not None:
        gA = gA + gS.diag_embed()
    if complex_ and gU is not None and gVh is not None:
        gA = gA + (UhgU.diagonal(0, -2, -1) / (2. * S)).diag_embed()
    if m > n and gU is not None:
        gA = matmul(U, gA)
        gUSinv = gU / S.unsqueeze(-2)
        gA = gA + gUSinv - matmul(U, matmul(mh(U), gUSinv))
        return matmul(gA, Vh)
    if m < n and gVh is not None:
        gA = matmul(gA, Vh)
        SinvgVh = gVh / S.unsqueeze(-1)
        gA = gA + SinvgVh - matmul(matmul(SinvgVh, mh(Vh)), Vh)
        return matmul(U, gA)
    return matmul(U, matmul(gA, Vh)) if m >= n else matmul(matmul(U, gA), Vh)


def _svd_arrays(A: Tensor, full_matrices: bool, name: str = "linalg.svd"):
    check_floating(A, name, "linalg_svd_cpu")
    check_matrix(A, name)
    xp = A._xp
    if A._data.size == 0:
        m, n = A.shape[-2], A.shape[-1]
        batch = tuple(A.shape[:-2])
        k = min(m, n)
        u = xp.eye(m, m if full_matrices else k, dtype=A.dtype.np) * xp.ones(batch + (1, 1))
        vh = xp.eye(n if full_matrices else k, n, dtype=A.dtype.np) * xp.ones(batch + (1, 1))
        return u, xp.zeros(batch + (k,), A.dtype.np), vh
    if linalg_mkl.available(A._data):
        return linalg_mkl.gesdd(A._data, "A" if full_matrices else "S")
    return xp.linalg.svd(A._data, full_matrices=full_matrices)


def singular_values(A: Tensor, name: str = "linalg.svd"):
    """The singular values alone (gesdd with jobz='N', as PyTorch without a gradient)."""
    check_floating(A, name, "linalg_svd_cpu")
    check_matrix(A, name)
    if A._data.size and linalg_mkl.available(A._data):
        return linalg_mkl.gesdd(A._data, "N")[1]
    return _svd_arrays(A, False, name)[1]


def _svd(A: Tensor, full_matrices: bool):
    """(U, S, Vh) tensors recorded as LinalgSvdBackward0 (PyTorch narrows a
    full U and Vh to the first min(m, n) vectors for the gradient)."""
    u, s, vh = _svd_arrays(A, full_matrices)
    U, S, Vh = result(u, A), real_result(s, A), result(vh, A)
    k = S.shape[-1]

    def backward(grads, U, S, Vh):
        gU, gS, gVh = grads
        if full_matrices:
            U, Vh, gU, gVh = U[..., :k], Vh[..., :k, :], gU[..., :k], gVh[..., :k, :]
        return (svd_backward(gU, gS, gVh, U, S, Vh),)

    return (U, S, Vh), wirtinger(backward)


@op("linalg_svd", summary="A = U diag(S) Vh: (U, S, Vh), full_matrices=True by default.",
    example="torch.linalg.svd(tensor([[3., 0.], [4., 5.]]))", method=False, function=False,
    namespaces={_LA: ("svd",)})
def linalg_svd(A, full_matrices=True, *, driver=None):
    (U, S, Vh), backward = _svd(A, full_matrices)
    outputs = named("linalg_svd", ("U", "S", "Vh"), (U, S, Vh))
    return record(outputs, "LinalgSvdBackward0", (A,), backward, saved=(U, S, Vh))


@op("linalg_svdvals", summary="The singular values of A, in descending order.",
    example="torch.linalg.svdvals(tensor([[3., 0.], [4., 5.]]))", method=False, function=False,
    namespaces={_LA: ("svdvals",)})
def svdvals(A, *, driver=None):
    # As PyTorch: with a gradient to compute, U and Vh are outputs of the same
    # node (so that the gradient differentiates again); S is returned. Without
    # one, gesdd computes the values alone (jobz='N': other last bits).
    if not (is_grad_enabled() and A.requires_grad):
        return real_result(singular_values(A), A)
    (U, S, Vh), backward = _svd(A, False)
    U, S, Vh = record((U, S, Vh), "LinalgSvdBackward0", (A,), backward, saved=(U, S, Vh))
    return S


@op("svd", summary="The old torch.svd: (U, S, V) with V not transposed; some=True is reduced.",
    example="torch.svd(tensor([[3., 0.], [4., 5.]]))")
def svd(input, some=True, compute_uv=True):
    (U, S, Vh), backward = _svd(input, not some)
    if not compute_uv:  # PyTorch returns zero-filled U and V
        U, Vh = U.detach() * 0, Vh.detach() * 0
    U, S, Vh = record((U, S, Vh), "LinalgSvdBackward0", (input,), backward, saved=(U, S, Vh))
    return named("svd", ("U", "S", "V"), (U, S, mh(Vh)))


# --------------------------------------------------------------------- qr
def _qr_square_backward(gQ, gR, Q, R):
    """linalg_qr_backward for m >= n: gA = [gQ + Q syminvadj(triu(gR R^T - Q^T gQ))] R^{-T}."""
    M = matmul(gR, mh(R)) - matmul(mh(Q), gQ)
    M = M.triu()
    sym = M + mh(M)
    sym = sym - 0.5 * sym.diagonal(0, -2, -1).diag_embed()
    gA = matmul(Q, sym) + gQ
    return solve_triangular(mh(R), gA, upper=False, left=False)


def _qr_backward(gQ, gR, Q, R, mode):
    if mode == "r":
        raise RuntimeError("The derivative of linalg.qr depends on Q, which is not computed when "
                           "mode='r'. Please use linalg.qr(A, mode='reduced') if you are going to "
                           "differentiate through linalg.qr.")
    m, n = Q.shape[-2], R.shape[-1]
    if mode == "complete" and m > n:
        raise RuntimeError("The QR decomposition is not differentiable when mode='complete' and "
                           "nrows > ncols.")
    if m >= n:
        return _qr_square_backward(gQ, gR, Q, R)
    # A = [X | Y]: Q, R_X = qr(X) (square), R_Y = Q^T Y.
    gX_R, gR_Y = gR[..., :m], gR[..., m:]
    Y = matmul(Q, R[..., m:])  # the right block of A
    gQ_total = gQ + matmul(Y, mh(gR_Y))
    grad_x = _qr_square_backward(gQ_total, gX_R, Q, R[..., :m])
    grad_y = matmul(Q, gR_Y)
    from .join import cat  # noqa: PLC0415

    return cat([grad_x, grad_y], -1)


_QR_MODES = ("reduced", "r", "complete")


def _qr(A, mode, kind, name="linalg.qr"):
    if mode not in _QR_MODES:
        raise RuntimeError(f"qr received unrecognized mode '{mode}' but expected one of "
                           "'reduced' (default), 'r', or 'complete'")
    check_floating(A, name, "linalg_qr_cpu")
    check_matrix(A, name)
    xp = A._xp
    if A._data.size and linalg_mkl.available(A._data):
        q, r = linalg_mkl.qr(A._data, mode)
        q = xp.zeros((0,), A.dtype.np) if q is None else q
    else:
        q, r = xp.linalg.qr(A._data, mode="complete" if mode == "complete" else "reduced")
    Q = result(q, A) if mode != "r" else result(xp.zeros((0,), A.dtype.np), A)
    R = result(r, A)
    outputs = named(kind, ("Q", "R"), (Q, R))
    return record(outputs, "LinalgQrBackward0", (A,), wirtinger(
        lambda grads, Q, R: (_qr_backward(grads[0], grads[1], Q, R, mode),)), saved=(Q, R))


@op("linalg_qr", summary="A = Q R with orthonormal Q and upper-triangular R (mode='reduced').",
    example="torch.linalg.qr(tensor([[12., -51.], [6., 167.]]))", method=False, function=False,
    namespaces={_LA: ("qr",)})
def linalg_qr(A, mode="reduced"):
    return _qr(A, mode, "linalg_qr")


QR_WARNING = (
    "torch.qr is deprecated in favor of torch.linalg.qr and will be removed in a future PyTorch "
    "release.\nThe boolean parameter 'some' has been replaced with a string parameter 'mode'.\n"
    "Q, R = torch.qr(A, some)\nshould be replaced with\nQ, R = torch.linalg.qr(A, 'reduced' if "
    "some else 'complete') (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/"
    "BatchLinearAlgebra.cpp:2505.)")


@op("qr", summary="Deprecated torch.qr(input, some=True): torch.linalg.qr's (Q, R).",
    example="torch.qr(tensor([[12., -51.], [6., 167.]]))")
def qr(input, some=True):
    warn_once(QR_WARNING)
    return _qr(input, "reduced" if some else "complete", "qr")


# ------------------------------------------------------------------- eigh
_EIG_PHASE = ("linalg_eig_backward: The eigenvectors in the complex case are specified up to "
              "multiplication by e^{i phi}. The specified loss function depends on this "
              "quantity, so it is ill-defined.")


def eigh_backward(gL, gV, L, V):
    """linalg_eig_backward, Hermitian case: gA = V (skew(V^H gV)/E, diag gL) V^H."""
    if gV is None:
        return matmul(V * gL.unsqueeze(-2), mh(V))
    VhgV = matmul(mh(V), gV)
    if V.dtype.is_complex:
        imag = VhgV._data.diagonal(0, -2, -1).imag
        if not bool(V._xp.all(V._xp.abs(imag) <= 1e-2)):
            raise RuntimeError(_EIG_PHASE)
    VhgV = 0.5 * (VhgV - mh(VhgV))
    E = L.unsqueeze(-2) - L.unsqueeze(-1) + eye_like(L.unsqueeze(-1).expand(*L.shape, L.shape[-1]))
    gA = VhgV / E
    if gL is not None:  # PyTorch copies gL into the diagonal
        gA = gA - gA.diagonal(0, -2, -1).diag_embed() + gL.diag_embed() if V.dtype.is_complex \
            else gA + gL.diag_embed()
    return matmul(V, matmul(gA, mh(V)))


def _eigh_arrays(A, UPLO, name):
    if UPLO not in ("L", "U"):
        raise RuntimeError(f"Expected UPLO argument to be 'L' or 'U', but got {UPLO}")
    if not (A.dtype.is_floating_point or A.dtype.is_complex) or A.dtype is dtypes.float16:
        raise NotImplementedError(f"\"linalg_eigh_cpu\" not implemented for '{A.dtype.short}'")
    square_float(A, name, "linalg_eigh_cpu")
    if A._data.size and linalg_mkl.available(A._data):
        vectors = name == "linalg.eigh" or (is_grad_enabled() and A.requires_grad)
        values, V = linalg_mkl.syevd(A._data, UPLO, vectors)
        return values, (V if vectors else A._xp.zeros_like(A._data))
    return A._xp.linalg.eigh(A._data, UPLO=UPLO)


@op("linalg_eigh", summary="Eigenvalues (ascending) and eigenvectors of a symmetric matrix.",
    example="torch.linalg.eigh(tensor([[2., 1.], [1., 2.]]))", method=False, function=False,
    namespaces={_LA: ("eigh",)})
def eigh(A, UPLO="L"):
    values, vectors = _eigh_arrays(A, UPLO, "linalg.eigh")
    L, V = real_result(values, A), result(vectors, A)
    outputs = named("linalg_eigh", ("eigenvalues", "eigenvectors"), (L, V))
    return record(outputs, "LinalgEighBackward0", (A,), wirtinger(
        lambda grads, L, V: (eigh_backward(grads[0], grads[1], L, V),)), saved=(L, V))


@op("linalg_eigvalsh", summary="The eigenvalues (ascending) of a symmetric matrix.",
    example="torch.linalg.eigvalsh(tensor([[2., 1.], [1., 2.]]))", method=False, function=False,
    namespaces={_LA: ("eigvalsh",)})
def eigvalsh(A, UPLO="L"):
    values, vectors = _eigh_arrays(A, UPLO, "linalg.eigvalsh")
    L, V = real_result(values, A), result(vectors, A)
    L, V = record((L, V), "LinalgEighBackward0", (A,), wirtinger(
        lambda grads, L, V: (eigh_backward(grads[0], grads[1], L, V),)), saved=(L, V))
    return L


__all__ = ["linalg_svd", "svdvals", "eigh"]
