"""More of torch.linalg: eig and eigvals (complex results), tensorsolve,
tensorinv, householder_product (and torch.orgqr), matrix_exp, linalg.vander;
and torch.adjoint / Tensor.mH / Tensor.H, torch.vdot, torch.inner.

eig is LAPACK geev through NumPy: eigenvectors of unit norm whose largest
component is real, as PyTorch's. Backward rules are PyTorch's
(FunctionsManual.cpp: linalg_eig_backward, linalg_matrix_exp_differential,
householder_product_backward by the chain rule over the reflectors), in
gradsh Tensor ops.
"""
from __future__ import annotations

import math

import numpy as np

from .. import dtypes
from ..autograd import record
from ..registry import op
from ..tensor import Tensor
from . import blas_dot
from .common import as_result
from .convert import storage_offset
from .linalg import matmul
from .linalg_common import check_floating, check_matrix, check_square, result
from .linalg_solve import inverse, solve

_LA = "linalg"


def _wirtinger(rule):
    """A rule already in PyTorch's complex convention (no conjugation by record)."""
    rule.wirtinger = True
    return rule


def _mh(A: Tensor) -> Tensor:
    T = A.transpose(-2, -1)
    return T.conj() if A.dtype.is_complex else T


# ---------------------------------------------------------- adjoint, mH, H
@op("adjoint", summary="The conjugate transpose of the last two dims (a view).",
    example="torch.adjoint(tensor([[1., 2.], [3., 4.]]))")
def adjoint(input):
    if input.ndim < 2:
        raise RuntimeError("tensor.adjoint() is only supported on matrices or batches of "
                           f"matrices. Got {input.ndim}-D tensor.")
    return _mh(input)


def _mH(input):
    if input.ndim < 2:
        raise RuntimeError("tensor.mH is only supported on matrices or batches of matrices. "
                           f"Got {input.ndim}-D tensor.")
    return _mh(input)


def _H(input):
    if input.ndim not in (0, 2):
        raise RuntimeError("tensor.H is only supported on matrices (2-D tensors). Got "
                           f"{input.ndim}-D tensor." + (" For batches of matrices, consider "
                                                        "using tensor.mH" if input.ndim > 2
                                                        else ""))
    if input.ndim == 0:
        return input.conj() if input.dtype.is_complex else input
    return _mh(input)


Tensor.mH = property(_mH)
Tensor.H = property(_H)
Tensor.__gradsh_attrs__ = Tensor.__gradsh_attrs__ | {"mH", "H"}


# -------------------------------------------------------------- vdot, inner
@op("vdot", summary="conj(input) . other for 1-D tensors (no broadcasting).",
    example="torch.vdot(tensor([2, 3]), tensor([2, 1]))")
def vdot(input, other):
    if input.ndim != 1 or other.ndim != 1:
        raise RuntimeError(f"1D tensors expected, but got {input.ndim}D and {other.ndim}D "
                           "tensors")
    if input.dtype is not other.dtype:
        raise RuntimeError("dot : expected both vectors to have same dtype, but found "
                           f"{input.dtype.short} and {other.dtype.short}")
    a, b = input.shape[0], other.shape[0]
    if a != b:
        raise RuntimeError(f"inconsistent tensor size, expected tensor [{a}] and src [{b}] to "
                           f"have the same number of elements, but got {a} and {b} elements "
                           "respectively")
    xp = input._xp
    if blas_dot.available(input._data, other._data):  # real: at::dot, MKL's ?dot
        offsets = (storage_offset(input), storage_offset(other))
        out = as_result(blas_dot.dot(input._data, other._data, offsets), input.dtype, xp)
    else:
        out = as_result(xp.vdot(input._data, other._data), input.dtype, xp)

    def backward(g, x, y):
        gc = g.conj() if g.dtype.is_complex else g
        return gc * y, g * x

    return record(out, "VdotBackward0", (input, other), _wirtinger(backward),
                  saved=(input, other))


@op("inner", summary="The dot product over the last dims (tensordot(a, b, ([-1], [-1]))).",
    example="torch.inner(tensor([1, 2, 3]), tensor([0, 2, 1]))")
def inner(input, other):
    if input.ndim == 0 or other.ndim == 0:
        return input * other
    if input.shape[-1] != other.shape[-1]:
        raise RuntimeError("inner() the last dimension must match on both input tensors but got "
                           f"shapes {list(input.shape)} and {list(other.shape)}")
    if input.dtype is not other.dtype:
        raise RuntimeError("both inputs should have same dtype")
    from .linalg_products import tensordot  # noqa: PLC0415

    return tensordot(input, other, ([-1], [-1]))


# -------------------------------------------------------------------- eig
_COMPLEX_OF = {"float32": dtypes.complex64, "float64": dtypes.complex128,
               "complex64": dtypes.complex64, "complex128": dtypes.complex128}


def _csolve(A, B):
    """A^{-1} B for complex A (a node of the eig backward, differentiable again)."""
    xp = A._xp
    X = as_result(xp.linalg.solve(A._data, B._data), A.dtype, xp)

    def backward(g, A, X):
        gB = _csolve(_mh(A), g)
        return -matmul(gB, _mh(X)), gB

    return record(X, "LinalgSolveExBackward0", (A, B), _wirtinger(backward), saved=(A, X))


def eig_backward(gL, gV, L, V):
    """linalg_eig_backward, the general (non-Hermitian) case."""
    Vh = _mh(V)
    if gV is None:
        return _csolve(Vh, matmul(gL.diag_embed(), Vh))
    VhgV = matmul(Vh, gV)
    diag = VhgV.diagonal(0, -2, -1)
    imag = np.abs(diag.imag._data)
    if imag.size and not np.all(imag <= 1e-2):
        raise RuntimeError("linalg_eig_backward: The eigenvectors in the complex case are "
                           "specified up to multiplication by e^{i phi}. The specified loss "
                           "function depends on this quantity, so it is ill-defined.")
    from .complex import real  # noqa: PLC0415

    VhgV = VhgV - matmul(Vh, V * real(diag).unsqueeze(-2))
    Lc = L.conj()
    n = L.shape[-1]
    xp = L._xp
    eye = Tensor._make(xp.eye(n, dtype=L.dtype.np), L.dtype)
    Econj = Lc.unsqueeze(-2) - Lc.unsqueeze(-1) + eye
    gA = VhgV / Econj
    if gL is not None:
        gA = gA + gL.diag_embed()
    return _csolve(Vh, matmul(gA, Vh))


def _eig(A, name):
    if not (A.dtype.is_floating_point or A.dtype.is_complex):
        raise RuntimeError(f"Unknown Complex ScalarType for {A.dtype.short}")
    check_floating(A, name, "linalg_eig_cpu") if not A.dtype.is_complex else None
    check_square(A, name)
    xp = A._xp
    values, vectors = np.linalg.eig(xp.asnumpy(A._data) if xp is not np else A._data)
    kind = _COMPLEX_OF[A.dtype.np.name]
    L = as_result(xp.asarray(values), kind, xp)
    V = as_result(xp.asarray(vectors), kind, xp)
    return record((L, V), "LinalgEigBackward0", (A,), _wirtinger(
        lambda grads, L, V: (eig_backward(grads[0], grads[1], L, V),)), saved=(L, V))


@op("linalg_eig", summary="Eigenvalues and eigenvectors of a square matrix (complex results).",
    example="torch.linalg.eig(tensor([[1., 2.], [3., 4.]]))", method=False, function=False,
    namespaces={_LA: ("eig",)})
def eig(A):
    from .linalg_common import named  # noqa: PLC0415

    L, V = _eig(A, "linalg.eig")
    return named("linalg_eig", ("eigenvalues", "eigenvectors"), (L, V))


@op("linalg_eigvals", summary="The eigenvalues of a square matrix (complex).",
    example="torch.linalg.eigvals(tensor([[1., 2.], [3., 4.]]))", method=False, function=False,
    namespaces={_LA: ("eigvals",)})
def eigvals(A):
    L, V = _eig(A, "linalg.eigvals")
    return L


# ------------------------------------------------------- tensorsolve / inv
@op("linalg_tensorsolve", summary="X with tensordot(A, X, X.ndim) = B (dims= moved to the end).",
    example="torch.linalg.tensorsolve(torch.eye(6).reshape(2, 3, 6), ones(2, 3)).shape",
    method=False, function=False, namespaces={_LA: ("tensorsolve",)})
def tensorsolve(A, B, dims=None):
    if dims is not None:
        dims = [d % A.ndim for d in dims]
        rest = [d for d in range(A.ndim) if d not in dims]
        A = A.permute(*(rest + dims))
    shape = tuple(A.shape[B.ndim:])
    product = math.prod(shape)
    other = math.prod(B.shape)
    if product != other:
        raise RuntimeError("Expected self to satisfy the requirement prod(self.shape[other.ndim:])"
                           f" == prod(self.shape[:other.ndim]), but got {product} != {other}")
    return solve(A.reshape(product, product), B.flatten()).reshape(*shape)


@op("linalg_tensorinv", summary="The inverse of A for tensordot (ind=2 leading dims).",
    example="torch.linalg.tensorinv(torch.eye(6).reshape(6, 2, 3), ind=1).shape", method=False,
    function=False, namespaces={_LA: ("tensorinv",)})
def tensorinv(A, ind=2):
    if ind <= 0:
        raise RuntimeError(f"Expected a strictly positive integer for 'ind', but got {ind}")
    end, start = tuple(A.shape[ind:]), tuple(A.shape[:ind])
    product_end, product_start = math.prod(end), math.prod(start)
    if product_end != product_start:
        raise RuntimeError("Expected self to satisfy the requirement prod(self.shape[ind:]) == "
                           f"prod(self.shape[:ind]), but got {product_end} != {product_start}")
    X = inverse(A.reshape(product_start, product_end))
    out = Tensor._make(X._data.reshape(end + start), X.dtype)
    return record(out, "ReshapeAliasBackward0", (X,),
                  lambda g: (g.reshape(product_end, product_start),))


# ------------------------------------------------------ householder_product
def _reflectors(A, tau):
    """The vectors v_i (as a tensor (*, k, m)) of H_i = I - tau_i v_i v_i^H."""
    xp = A._xp
    m, k = A.shape[-2], tau.shape[-1]
    lower = Tensor._make(xp.tril(xp.ones((m, k), dtype=A.dtype.np), -1), A.dtype)
    unit = Tensor._make(xp.eye(m, k, dtype=A.dtype.np), A.dtype)
    return (A[..., :, :k] * lower + unit).transpose(-2, -1)


def _householder_array(xp, a, tau):
    m, n = a.shape[-2], a.shape[-1]
    k = tau.shape[-1]
    v = xp.tril(a[..., :, :k], -1) + xp.eye(m, k, dtype=a.dtype)
    q = xp.broadcast_to(xp.eye(m, n, dtype=a.dtype), a.shape).copy()
    for i in range(k - 1, -1, -1):
        vi = v[..., :, i:i + 1]
        q = q - tau[..., i, None, None] * (vi @ (xp.conj(vi).swapaxes(-1, -2) @ q))
    return q


def _householder_backward(g, A, tau):
    m, n, k = A.shape[-2], A.shape[-1], tau.shape[-1]
    if A.dtype.is_complex:
        raise NotImplementedError("gradsh: householder_product's gradient for complex inputs")
    V = _reflectors(A, tau)
    xp = A._xp
    eye = Tensor._make(xp.eye(m, dtype=A.dtype.np), A.dtype)
    H = [eye - tau[..., i, None, None] * (V[..., i, :, None] * V[..., i, None, :])
         for i in range(k)]
    suffix = [None] * k  # H_{i+1} ... H_k E
    right = Tensor._make(xp.eye(m, n, dtype=A.dtype.np), A.dtype)
    for i in range(k - 1, -1, -1):
        suffix[i] = right
        right = matmul(H[i], right)
    prefix_t = g  # (H_1 ... H_{i-1})^T g
    g_tau, g_v = [], []
    for i in range(k):
        gH = matmul(prefix_t, suffix[i].mT)
        v = V[..., i, :]
        g_tau.append(-(matmul(gH, v.unsqueeze(-1)).squeeze(-1) * v).sum(-1))
        g_v.append(-tau[..., i, None] * matmul(gH + gH.mT, v.unsqueeze(-1)).squeeze(-1))
        prefix_t = matmul(H[i].mT, prefix_t)
    from .join import stack  # noqa: PLC0415

    lower = Tensor._make(xp.tril(xp.ones((m, k), dtype=A.dtype.np), -1), A.dtype)
    gA = stack(g_v, -1) * lower + 0.0  # +0, not -0, off the reflectors
    if n > k:
        gA = _cat_zeros(gA, n - k)
    return gA, stack(g_tau, -1)


def _cat_zeros(gA, count):
    from .join import cat  # noqa: PLC0415

    xp = gA._xp
    zeros = Tensor._make(xp.zeros(gA.shape[:-1] + (count,), dtype=gA.dtype.np), gA.dtype)
    return cat([gA, zeros], -1)


@op("linalg_householder_product", summary="The first n columns of H_1 ... H_k (Householder "
    "reflectors from geqrf's (A, tau)).",
    example="torch.linalg.householder_product(tensor([[1., 2.], [3., 4.]]), tensor([1., 0.5]))",
    method=False, function=False, namespaces={_LA: ("householder_product",)})
def householder_product(A, tau):
    name = "torch.linalg.householder_product"
    if A.ndim < 2:
        raise RuntimeError(f"{name}: input must have at least 2 dimensions.")
    if A.shape[-2] < A.shape[-1]:
        raise RuntimeError(f"{name}: input.shape[-2] must be greater than or equal to "
                           "input.shape[-1]")
    if A.shape[-1] < tau.shape[-1]:
        raise RuntimeError(f"{name}: input.shape[-1] must be greater than or equal to "
                           "tau.shape[-1]")
    if A.ndim - tau.ndim != 1:
        raise RuntimeError(f"{name}: Expected tau to have one dimension less than input, but got "
                           f"tau.ndim equal to {tau.ndim} and input.ndim is equal to {A.ndim}")
    if A.ndim > 2 and tuple(A.shape[:-2]) != tuple(tau.shape[:-1]):
        raise RuntimeError(f"{name}: Expected batch dimensions of tau to be equal to "
                           f"input.shape[:-2], but got {list(tau.shape[:-1])}")
    if A.dtype is not tau.dtype:
        raise RuntimeError(f"{name}: tau dtype {tau.dtype.short} does not match input dtype "
                           f"{A.dtype.short}")
    if not A.dtype.is_complex:
        check_floating(A, "linalg.householder_product", "orgqr_cpu")
    xp = A._xp
    from . import linalg_mkl  # noqa: PLC0415

    if A._data.size and tau._data.size and linalg_mkl.available(A._data, tau._data):
        batch = A.shape[:-2]
        Q = result(linalg_mkl.householder_product(
            A._data, np.ascontiguousarray(np.broadcast_to(tau._data, batch + tau.shape[-1:]))), A)
    else:
        Q = result(_householder_array(xp, A._data, tau._data), A)
    return record(Q, "LinalgHouseholderProductBackward0", (A, tau),
                  _wirtinger(lambda g, A, tau: _householder_backward(g, A, tau)),
                  saved=(A, tau))


@op("orgqr", summary="torch.orgqr: an alias of torch.linalg.householder_product.",
    example="torch.orgqr(tensor([[1., 2.], [3., 4.]]), tensor([1., 0.5]))")
def orgqr(input, tau):
    return householder_product(input, tau)


# -------------------------------------------------------------- matrix_exp
_THETAS = {  # PyTorch's (Bader, Blanes, Casas 2019) bounds for degrees 1, 2, 4, 8, 12, 18
    "float32": (1.192092800768788e-07, 5.978858893805233e-04, 5.116619363445086e-02,
                5.800524627688768e-01, 1.461661507209034e+00, 3.010066362817634e+00),
    "float64": (2.220446049250313e-16, 2.580956802971767e-08, 3.397168839976962e-04,
                4.991228871115323e-02, 2.996158913811580e-01, 1.090863719290036e+00),
}
_DEGREES = (1, 2, 4, 8, 12, 18)  # below 18: Taylor polynomials


def _taylor(xp, a, degree):
    eye = xp.eye(a.shape[-1], dtype=a.dtype)
    out = eye + a / degree
    for j in range(degree - 1, 0, -1):
        out = eye + (a @ out) / j
    return out


_T18 = ((0., -1.00365581030144618291e-01, -8.02924648241156932449e-03,
         -8.92138498045729985177e-04, 0.),
        (0., 3.97849749499645077844e-01, 1.36783778460411720168e+00,
         4.98289622525382669416e-01, -6.37898194594723280150e-04),
        (-1.09676396052962061844e+01, 1.68015813878906206114e+00, 5.71779846478865511061e-02,
         -6.98210122488052056106e-03, 3.34975017086070470649e-05),
        (-9.04316832390810593223e-02, -6.76404519071381882256e-02, 6.75961301770459654925e-02,
         2.95552570429315521194e-02, -1.39180257516060693404e-05),
        (0., 0., -9.23364619367118555360e-02, -1.69364939002081722752e-02,
         -1.40086798182036094347e-05))


def _t18(xp, a):
    """PyTorch's compute_T18 (Bader, Blanes, Casas): degree 18 in 5 products."""
    eye = xp.broadcast_to(xp.eye(a.shape[-1], dtype=a.dtype), a.shape)
    a2 = a @ a
    a3 = a2 @ a
    powers = (eye, a, a2, a3, a3 @ a3)
    real = a.real.dtype.type
    bs = []
    for row in _T18:
        value = xp.zeros_like(a)
        for coefficient, power in zip(row, powers):
            value = value + real(coefficient) * power
        bs.append(value)
    a9 = bs[0] @ bs[4] + bs[3]
    return bs[1] + (bs[2] + a9) @ a9


def _expm_array(xp, a):
    """PyTorch's mexp: one matrix takes the lowest degree whose bound holds
    its 1-norm; batches (and norms past the last bound) scale by 2^-s, take
    T18 and square s times."""
    kind = "float32" if a.dtype in (np.float32, np.complex64) else "float64"
    thetas = _THETAS[kind]
    flat = a.reshape((-1,) + a.shape[-2:])
    real = a.real.dtype.type
    norms = xp.abs(flat).sum(-2).max(-1) if flat.size else xp.zeros(flat.shape[0], real)
    if flat.shape[0] == 1:
        norm = float(norms[0])
        for degree, theta in zip(_DEGREES[:-1], thetas[:-1]):
            if norm <= theta:
                return _taylor(xp, flat[0], degree).reshape(a.shape)
        if norm <= thetas[-1]:
            return _t18(xp, flat).reshape(a.shape)
    with np.errstate(divide="ignore"):
        s = xp.maximum(0, xp.ceil(xp.log2(norms / real(thetas[-1])))).astype(np.int64)
    scaled = flat / (2.0 ** s).astype(real)[:, None, None]
    out = _t18(xp, scaled)
    for index in range(flat.shape[0]):
        for _ in range(int(s[index])):
            out[index] = out[index] @ out[index]
    return out.reshape(a.shape)


def _matrix_exp_backward(g, A):
    """linalg_matrix_exp_differential: the top-right block of exp([[A^H, g], [0, A^H]])."""
    from .join import cat  # noqa: PLC0415

    n = A.shape[-1]
    Ah = _mh(A)
    zeros = g * 0
    big = cat([cat([Ah, g], -1), cat([zeros, Ah], -1)], -2)
    return (matrix_exp(big)[..., :n, n:],)


@op("matrix_exp", summary="The matrix exponential (scaling and squaring, Taylor).",
    example="torch.linalg.matrix_exp(tensor([[0., 1.], [-1., 0.]]))",
    namespaces={_LA: ("matrix_exp",)})
def matrix_exp(A):
    if not (A.dtype.is_floating_point or A.dtype.is_complex):
        raise RuntimeError("linalg.matrix_exp: Expected a floating point or complex tensor as "
                           f"input. Got {A.dtype.short}")
    check_square(A, "linalg.matrix_exp")
    xp = A._xp
    out = result(_expm_array(xp, A._data), A)
    return record(out, "LinalgMatrixExpBackward0", (A,),
                  _wirtinger(lambda g, A: _matrix_exp_backward(g, A)), saved=(A,))


# ------------------------------------------------------------------ vander
@op("linalg_vander", summary="The Vandermonde matrix with increasing powers x^0 ... x^(N-1).",
    example="torch.linalg.vander(tensor([1, 2, 3, 5]))", method=False, function=False,
    namespaces={_LA: ("vander",)})
def linalg_vander(x, N=None):
    if x.dtype is dtypes.bool_:
        raise RuntimeError("linalg.vander supports floating point, complex, and integer tensors, "
                           "but got Bool")
    x_ = x.unsqueeze(-1) if x.ndim == 0 else x
    n = x_.shape[-1] if N is None else N
    if n <= 1:
        raise RuntimeError("N must be greater than 1.")
    from .join import cat  # noqa: PLC0415

    powers = x_.unsqueeze(-1).expand(*x_.shape, n - 1).cumprod(-1)
    xp = x._xp
    ones = Tensor._make(xp.ones(tuple(x_.shape) + (1,), dtype=x.dtype.np), x.dtype)
    return cat([ones, powers], -1)


__all__ = ["adjoint", "vdot", "inner", "eig", "eigvals", "tensorsolve", "tensorinv",
           "householder_product", "orgqr", "matrix_exp", "linalg_vander", "check_matrix"]
