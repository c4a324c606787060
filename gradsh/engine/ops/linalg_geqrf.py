"""torch.geqrf and torch.ormqr (and Tensor.geqrf / Tensor.ormqr): LAPACK's
Householder QR in its own layout, and the product of its implicit Q with a
matrix.

geqrf returns ``(a, tau)``: R on and above the diagonal of ``a``, the
Householder vectors v_i (unit first entry, not stored) below it, and
H_i = I - tau_i v_i v_i^H with Q = H_1 ... H_k. ormqr computes op(Q) C
(``left=True``) or C op(Q), op the conjugate transpose when ``transpose``.

With MKL's runtime found (``linalg_lapack``) these are MKL's geqrf and
ormqr/unmqr, as in PyTorch's CPU build: the same bits. Without it, geqr2
(unblocked, dlarfg/zlarfg's reflectors) and the reflectors applied one by
one, in NumPy: the same factors up to rounding.

geqrf is not differentiable (PyTorch: ``GeqrfBackward0`` raises "the
derivative for 'geqrf' is not implemented."). ormqr's backward (real
dtypes) is C's gradient ormqr(input, tau, grad, left, not transpose) and,
for input and tau, the gradient of the full Q = H_1 ... H_k by the chain rule
over the reflectors (linalg_more's householder_product backward), in Tensor
ops so that second derivatives work.
"""
from __future__ import annotations

import numpy as np

from .. import backend
from ..autograd import record
from ..registry import op
from ..tensor import Tensor
from . import linalg_lapack
from .index_more import _no_derivative
from .linalg import matmul
from .linalg_common import named


def _not_implemented(kernel: str, dtype) -> None:
    if not (dtype.is_floating_point or dtype.is_complex) or dtype.name in ("float16",
                                                                          "bfloat16"):
        raise NotImplementedError(f"\"{kernel}\" not implemented for '{dtype.short}'")


# ---------------------------------------------------------------- arrays
def _geqr2(a: np.ndarray):
    """LAPACK's unblocked geqr2 on (count, m, n), in place: tau (count, k)."""
    count, m, n = a.shape
    k = min(m, n)
    tau = np.zeros((count, k), dtype=a.dtype)
    complex_ = a.dtype.kind == "c"
    real = a.real.dtype.type
    for j in range(k):
        alpha = a[:, j, j].copy()
        x = a[:, j + 1:, j]
        xnorm = np.sqrt((np.abs(x) ** 2).sum(-1)).astype(real) if m - j > 1 else \
            np.zeros(count, real)
        re, im = alpha.real, (alpha.imag if complex_ else np.zeros_like(alpha.real))
        beta = -np.copysign(np.sqrt(re * re + im * im + xnorm * xnorm), re)
        keep = (xnorm == 0) & (im == 0)
        safe = np.where(keep, 1, beta)
        tau[:, j] = np.where(keep, 0, ((beta - re) / safe) + (-1j * im / safe if complex_
                                                              else 0))
        scale = np.where(keep, 1, a.dtype.type(1) / np.where(keep, 1, alpha - beta))
        a[:, j + 1:, j] = x * scale[:, None]
        a[:, j, j] = np.where(keep, alpha, beta)
        if j + 1 < n:  # apply H_j^H to the columns on the right
            v = a[:, j:, j].copy()
            v[:, 0] = 1
            w = np.einsum("bi,bij->bj", np.conj(v), a[:, j:, j + 1:])
            a[:, j:, j + 1:] -= np.conj(tau[:, j])[:, None, None] * v[:, :, None] * w[:, None, :]
    return tau


def geqrf_arrays(a: np.ndarray):
    *batch, m, n = a.shape
    flat = np.array(a.reshape((int(np.prod(batch)), m, n)), copy=True)
    k = min(m, n)
    if flat.size == 0:
        qr, tau = flat, np.zeros((flat.shape[0], k), dtype=a.dtype)
    elif linalg_lapack.use_mkl():
        qr, tau = linalg_lapack.geqrf(flat)
    else:
        qr, tau = flat, _geqr2(flat)
    return qr.reshape(a.shape), tau.reshape(tuple(batch) + (k,))


def _apply_reflectors(a, tau, c, left: bool, transpose: bool):
    """op(Q) C or C op(Q) on (count, ...) batches, one reflector at a time."""
    k = tau.shape[-1]
    rows = a.shape[-2]
    forward = left == transpose  # Q^H C and C Q take H_1 first
    for i in (range(k) if forward else range(k - 1, -1, -1)):
        v = a[:, :, i].copy()
        v[:, :i] = 0
        v[:, i] = 1
        t = np.conj(tau[:, i]) if transpose else tau[:, i]
        if left:  # C - t v (v^H C)
            c -= t[:, None, None] * v[:, :, None] * np.einsum("bi,bij->bj", np.conj(v),
                                                                c)[:, None, :]
        else:  # C - t (C v) v^H
            c -= t[:, None, None] * np.einsum("bij,bj->bi", c, v)[:, :, None] * \
                np.conj(v)[:, None, :]
    del rows
    return c


def ormqr_arrays(a, tau, c, left: bool, transpose: bool):
    *batch, m, n = c.shape
    count = int(np.prod(batch))
    flat_a = np.ascontiguousarray(a.reshape((count,) + a.shape[-2:]))
    flat_tau = np.ascontiguousarray(tau.reshape(count, tau.shape[-1]))
    flat_c = np.array(c.reshape(count, m, n), copy=True)
    if flat_c.size == 0 or tau.shape[-1] == 0:
        out = flat_c
    elif linalg_lapack.use_mkl():
        out = linalg_lapack.ormqr(flat_a, flat_tau, flat_c, left, transpose)
    else:
        out = _apply_reflectors(flat_a, flat_tau, flat_c, left, transpose)
    return out.reshape(c.shape)


# ------------------------------------------------------------------- ops
@op("geqrf", summary="LAPACK geqrf: R and the Householder reflectors in one matrix, and tau.",
    example="torch.geqrf(tensor([[1., 2.], [3., 4.]]))", differentiable=False)
def geqrf(input):
    if input.ndim < 2:
        raise RuntimeError("torch.geqrf: input must have at least 2 dimensions.")
    _not_implemented("geqrf_cpu", input.dtype)
    qr, tau = geqrf_arrays(backend.to_host(input._data))
    xp = input._xp
    outs = (Tensor._make(xp.asarray(qr), input.dtype), Tensor._make(xp.asarray(tau), input.dtype))
    record(outs, "GeqrfBackward0", (input,),
           _no_derivative("the derivative for 'geqrf' is not implemented."))
    return named("geqrf", ("a", "tau"), outs)


def _check_ormqr(input, tau, other, left: bool) -> None:
    name = "torch.ormqr"
    if input.ndim < 2:
        raise RuntimeError(f"{name}: input must have at least 2 dimensions.")
    if other.ndim < 2:
        raise RuntimeError(f"{name}: other must have at least 2 dimensions.")
    side = -2 if left else -1
    if other.shape[side] != input.shape[-2]:
        raise RuntimeError(f"{name}: other.shape[{side}] must be equal to input.shape[-2]")
    if tau.ndim == 0 or tau.shape[-1] != min(other.shape[side], input.shape[-1]):
        raise RuntimeError(f"{name}: tau.shape[-1] must be equal to min(other.shape[{side}], "
                           "input.shape[-1])")
    if input.ndim - tau.ndim != 1:
        raise RuntimeError(f"{name}: Expected tau to have one dimension less than input, but got "
                           f"tau.ndim equal to {tau.ndim} and input.ndim is equal to {input.ndim}")
    if input.ndim != other.ndim:
        raise RuntimeError(f"{name}: Expected other to have the same number of dimensions as "
                           f"input, but got other.ndim equal to {other.ndim} and input.ndim is "
                           f"equal to {input.ndim}")
    batch = tuple(input.shape[:-2])
    if input.ndim > 2 and tuple(tau.shape[:-1]) != batch:
        raise RuntimeError(f"{name}: Expected batch dimensions of tau to be equal to "
                           f"input.shape[:-2], but got {list(tau.shape[:-1])}")
    if input.ndim > 2 and tuple(other.shape[:-2]) != batch:
        raise RuntimeError(f"{name}: Expected batch dimensions of other to be equal to "
                           f"input.shape[:-2], but got {list(other.shape[:-2])}")
    for value, label in ((tau, "tau"), (other, "other")):
        if value.dtype is not input.dtype:
            raise RuntimeError(f"{name}: Expected input and {label} to have the same dtype, but "
                               f"input has dtype{input.dtype.short} and {label} has dtype "
                               f"{value.dtype.short}")
    _not_implemented("ormqr_cpu", input.dtype)


def _ormqr_backward(g, input, tau, other, left: bool, transpose: bool):
    from .join import cat  # noqa: PLC0415
    from .linalg_more import _householder_backward  # noqa: PLC0415

    g_other = ormqr(input, tau, g, left, not transpose)
    if input.dtype.is_complex:
        raise NotImplementedError("gradsh: ormqr's gradient with respect to input and tau for "
                                  "complex inputs")
    if left:
        g_q = matmul(other, g.mT) if transpose else matmul(g, other.mT)
    else:
        g_q = matmul(g.mT, other) if transpose else matmul(other.mT, g)
    rows, columns, k = input.shape[-2], input.shape[-1], tau.shape[-1]
    xp = input._xp

    def zeros(count):
        shape = tuple(input.shape[:-1]) + (count,)
        return Tensor._make(xp.zeros(shape, dtype=input.dtype.np), input.dtype)

    reflectors = input[..., :, :k]
    square = cat([reflectors, zeros(rows - k)], -1) if rows > k else reflectors
    g_input, g_tau = _householder_backward(g_q, square, tau)
    g_input = g_input[..., :, :k]
    if columns > k:
        g_input = cat([g_input, zeros(columns - k)], -1)
    return g_input, g_tau, g_other


@op("ormqr", summary="op(Q) @ other (or other @ op(Q)) for Q from geqrf's Householder "
    "reflectors (input, tau).",
    example="torch.ormqr(*torch.geqrf(tensor([[1., 2.], [3., 4.]])), tensor([[1.], [0.]]))")
def ormqr(input, tau, other, left=True, transpose=False):
    for value, argument, position in ((tau, "input2", 2), (other, "input3", 3)):
        if not isinstance(value, Tensor):
            raise TypeError(f"ormqr(): argument '{argument}' (position {position}) must be "
                            f"Tensor, not {type(value).__name__}")
    left, transpose = bool(left), bool(transpose)
    _check_ormqr(input, tau, other, left)
    array = ormqr_arrays(*(backend.to_host(t._data) for t in (input, tau, other)), left,
                         transpose)
    out = Tensor._make(input._xp.asarray(array), input.dtype)
    return record(out, "OrmqrBackward0", (input, tau, other),
                  lambda g, A, t, C: _ormqr_backward(g, A, t, C, left, transpose),
                  saved=(input, tau, other))


__all__ = ["geqrf", "ormqr", "geqrf_arrays", "ormqr_arrays"]
