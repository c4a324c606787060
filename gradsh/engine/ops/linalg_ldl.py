"""torch.linalg.ldl_factor, ldl_factor_ex and ldl_solve: the Bunch-Kaufman
LDL^T (or LDL^H) factorization of LAPACK's sytrf/hetrf with ``uplo='L'``,
and sytrs/hetrs to solve with it.

Results are LAPACK's layout, as PyTorch returns them: L (unit diagonal, not
stored) and the 1x1 / 2x2 blocks of D in the lower triangle of LD, the upper
triangle zeroed; pivots 1-based int32, a 2x2 block marked by the same
negative pivot in both of its rows; ``info`` > 0 where D has a zero block.

With MKL's runtime found (``linalg_lapack``) MKL's own sytrf/sytrs run, as in
PyTorch's CPU build: the same bits. Without it, ``_sytf2`` below is LAPACK's
unblocked Bunch-Kaufman (dsytf2 / zsytf2 / zhetf2, lower), on each matrix
of the batch in NumPy: the same pivots and factors up to rounding (MKL's
sytrf is blocked, dlasyf, for larger n, which orders the same updates
differently). PyTorch differentiates none of the three: their results carry
``grad_fn=<NotImplemented>`` and backward raises its error.
"""
from __future__ import annotations

import numpy as np

from .. import autograd, backend, call_args, dtypes
from ..autograd import record
from ..registry import op
from ..tensor import Tensor
from . import linalg_lapack
from .index_more import _no_derivative
from .linalg_common import check_floating, check_square, named

_LA = "linalg"
_ALPHA = (1.0 + np.sqrt(17.0)) / 8.0  # Bunch-Kaufman's growth bound


def _cabs1(z):
    """LAPACK's |re| + |im| (izamax, cabs1); abs for real values."""
    return abs(z.real) + abs(z.imag) if np.iscomplexobj(z) else abs(z)


def _first_max(values) -> int:
    """idamax / izamax: the first index of the largest value."""
    return int(np.argmax(_cabs1(values)))


def _swap_rows_columns(a, k, kk, kp, kstep, hermitian) -> None:
    """The interchange of rows and columns kk and kp of the trailing matrix."""
    conj = np.conj if hermitian else (lambda v: v)
    n = a.shape[0]
    if kp < n - 1:
        a[kp + 1:, [kk, kp]] = a[kp + 1:, [kp, kk]]
    between = a[kk + 1:kp, kk].copy()
    a[kk + 1:kp, kk] = conj(a[kp, kk + 1:kp])
    a[kp, kk + 1:kp] = conj(between)
    if hermitian:
        a[kp, kk] = np.conj(a[kp, kk])
    a[kk, kk], a[kp, kp] = a[kp, kp], a[kk, kk]
    if kstep == 2:
        a[k + 1, k], a[kp, k] = a[kp, k], a[k + 1, k]


def _pivot(a, k, hermitian):
    """(kp, kstep, singular) by Bunch-Kaufman's partial pivoting."""
    n = a.shape[0]
    absakk = abs(a[k, k].real) if hermitian else _cabs1(a[k, k])
    imax, colmax = k, 0.0
    if k < n - 1:
        imax = k + 1 + _first_max(a[k + 1:, k])
        colmax = _cabs1(a[imax, k])
    if max(absakk, colmax) == 0 or np.isnan(absakk):
        return k, 1, True
    if absakk >= _ALPHA * colmax:
        return k, 1, False
    jmax = k + _first_max(a[imax, k:imax])
    rowmax = _cabs1(a[imax, jmax])
    if imax < n - 1:
        jmax = imax + 1 + _first_max(a[imax + 1:, imax])
        rowmax = max(rowmax, _cabs1(a[jmax, imax]))
    if absakk >= _ALPHA * colmax * (colmax / rowmax):
        return k, 1, False
    diagonal = abs(a[imax, imax].real) if hermitian else _cabs1(a[imax, imax])
    if diagonal >= _ALPHA * rowmax:
        return imax, 1, False
    return imax, 2, False


def _update_2x2(a, k, hermitian) -> None:
    """The rank-2 update of the trailing matrix by a 2x2 pivot block (xSYTF2/xHETF2)."""
    n = a.shape[0]
    if hermitian:
        d = abs(a[k + 1, k])
        d11, d22 = a[k + 1, k + 1].real / d, a[k, k].real / d
        tt = 1.0 / (d11 * d22 - 1.0)
        d21 = a[k + 1, k] / d
        d = tt / d
        for j in range(k + 2, n):
            wk = d * (d11 * a[j, k] - d21 * a[j, k + 1])
            wkp1 = d * (d22 * a[j, k + 1] - np.conj(d21) * a[j, k])
            a[j:, j] -= a[j:, k] * np.conj(wk) + a[j:, k + 1] * np.conj(wkp1)
            a[j, k], a[j, k + 1] = wk, wkp1
            a[j, j] = a[j, j].real
        return
    one = a.dtype.type(1)
    d21 = a[k + 1, k]
    d11, d22 = a[k + 1, k + 1] / d21, a[k, k] / d21
    t = one / (d11 * d22 - one)
    d21 = t / d21
    for j in range(k + 2, n):
        wk = d21 * (d11 * a[j, k] - a[j, k + 1])
        wkp1 = d21 * (d22 * a[j, k + 1] - a[j, k])
        a[j:, j] = a[j:, j] - a[j:, k] * wk - a[j:, k + 1] * wkp1
        a[j, k], a[j, k + 1] = wk, wkp1


def _sytf2(a: np.ndarray, hermitian: bool):
    """LAPACK's unblocked Bunch-Kaufman, lower, on one matrix (a is overwritten)."""
    n = a.shape[0]
    pivots = np.zeros(n, dtype=np.int32)
    info, k = 0, 0
    hermitian = hermitian and np.iscomplexobj(a)
    while k < n:
        kp, kstep, singular = _pivot(a, k, hermitian)
        if singular:
            info = info or k + 1
            if hermitian:
                a[k, k] = a[k, k].real
        else:
            kk = k + kstep - 1
            if kp != kk:
                _swap_rows_columns(a, k, kk, kp, kstep, hermitian)
            elif hermitian:
                a[k, k] = a[k, k].real
                if kstep == 2:
                    a[k + 1, k + 1] = a[k + 1, k + 1].real
            if kstep == 1 and k < n - 1:
                x = a[k + 1:, k].copy()
                r1 = (1.0 / a[k, k].real) if hermitian else a.dtype.type(1) / a[k, k]
                outer = np.outer(x, np.conj(x) if hermitian else x)
                a[k + 1:, k + 1:] -= np.tril(r1 * outer)
                a[k + 1:, k] = x * r1
            elif kstep == 2 and k < n - 2:
                _update_2x2(a, k, hermitian)
        pivots[k] = kp + 1 if kstep == 1 else -(kp + 1)
        if kstep == 2:
            pivots[k + 1] = -(kp + 1)
        k += kstep
    return a, pivots, info


def _sytrs(a, pivots, b, hermitian):
    """LAPACK's xSYTRS / xHETRS, lower: solve with one factorization (b overwritten)."""
    n = a.shape[0]
    hermitian = hermitian and np.iscomplexobj(a)
    conj = np.conj if hermitian else (lambda v: v)
    k = 0
    while k < n:  # L D X = B
        if pivots[k] > 0:
            kp = pivots[k] - 1
            b[[k, kp]] = b[[kp, k]]
            b[k + 1:] -= np.outer(a[k + 1:, k], b[k])
            b[k] = b[k] * ((1.0 / a[k, k].real) if hermitian else a.dtype.type(1) / a[k, k])
            k += 1
            continue
        kp = -pivots[k] - 1
        b[[k + 1, kp]] = b[[kp, k + 1]]
        if k < n - 2:
            b[k + 2:] -= np.outer(a[k + 2:, k], b[k])
            b[k + 2:] -= np.outer(a[k + 2:, k + 1], b[k + 1])
        akm1k = a[k + 1, k]
        akm1, ak = a[k, k] / conj(akm1k), a[k + 1, k + 1] / akm1k
        denom = akm1 * ak - 1
        bkm1, bk = b[k] / conj(akm1k), b[k + 1] / akm1k
        b[k], b[k + 1] = (ak * bkm1 - bk) / denom, (akm1 * bk - bkm1) / denom
        k += 2
    k = n - 1
    while k >= 0:  # L^T X = B (L^H for hetrs)
        block = 1 if pivots[k] > 0 else 2
        if k < n - 1:
            b[k] -= conj(a[k + 1:, k]) @ b[k + 1:]
            if block == 2:
                b[k - 1] -= conj(a[k + 1:, k - 1]) @ b[k + 1:]
        kp = abs(pivots[k]) - 1
        b[[k, kp]] = b[[kp, k]]
        k -= block
    return b


# ---------------------------------------------------------------- arrays
def ldl_factor_arrays(a: np.ndarray, hermitian: bool):
    """(LD, pivots, info) of (*, n, n): LAPACK's layout, upper triangle zeroed."""
    *batch, n, _ = a.shape
    flat = np.array(a.reshape((int(np.prod(batch)), n, n)), copy=True)
    if flat.shape[0] == 0 or n == 0:
        ld, pivots = flat, np.zeros(flat.shape[:2], dtype=np.int32)
        info = np.zeros(flat.shape[0], dtype=np.int32)
    elif linalg_lapack.use_mkl():
        ld, pivots, info = linalg_lapack.sytrf(flat, hermitian)
    else:
        ld, pivots = flat, np.zeros(flat.shape[:2], dtype=np.int32)
        info = np.zeros(flat.shape[0], dtype=np.int32)
        for index in range(flat.shape[0]):
            _, pivots[index], info[index] = _sytf2(ld[index], hermitian)
    ld = np.tril(ld)
    shape = tuple(batch)
    return ld.reshape(a.shape), pivots.reshape(shape + (n,)), info.reshape(shape)


def ldl_solve_arrays(ld: np.ndarray, pivots: np.ndarray, b: np.ndarray, hermitian: bool):
    """X of LD X = B, B broadcast to LD's batch (pivots checked by the caller)."""
    n, k = b.shape[-2], b.shape[-1]
    batch = np.broadcast_shapes(ld.shape[:-2], b.shape[:-2])
    count = int(np.prod(batch))
    lds = np.broadcast_to(ld, batch + ld.shape[-2:]).reshape(count, n, n)
    pivs = np.broadcast_to(pivots, batch + pivots.shape[-1:]).reshape(count, n).astype(np.int32)
    bs = np.array(np.broadcast_to(b, batch + b.shape[-2:]).reshape(count, n, k), copy=True)
    if bs.size == 0:
        x = bs
    elif linalg_lapack.use_mkl():
        x = linalg_lapack.sytrs(lds, pivs, bs, hermitian)
    else:
        x = bs
        for index in range(bs.shape[0]):
            _sytrs(lds[index], pivs[index], x[index], hermitian)
    return x.reshape(batch + (n, k))


# ------------------------------------------------------------------- ops
def _tensor(value, function: str, argument: str) -> None:
    if not isinstance(value, Tensor):
        raise TypeError(f"{function}(): argument '{argument}' (position 1) must be Tensor, not "
                        f"{type(value).__name__}")


def _refuse(outputs, inputs, aten: str):
    return record(outputs, "NotImplemented", inputs,
                  _no_derivative(f"derivative for aten::{aten} is not implemented",
                                 RuntimeError))


def _raise_for_info(info, api: str) -> None:
    flat = np.asarray(info).reshape(-1)
    failing = flat[flat != 0]
    if failing.size:  # at::_linalg_check_errors has no words for ldl: its assert fires
        raise RuntimeError('false INTERNAL ASSERT FAILED at "/__w/pytorch/pytorch/aten/src/'
                           'ATen/native/BatchLinearAlgebra.cpp":1642, please report a bug to '
                           f"PyTorch. {api}: Unknown error code: {int(failing[0])}.")


def _factor(A, hermitian: bool):
    _tensor(A, "linalg_ldl_factor_ex", "input")
    name = "torch.linalg.ldl_factor_ex"
    check_square(A, name)
    if not A.dtype.is_complex:
        check_floating(A, name, "ldl_factor_kernel_cpu")
    ld, pivots, info = ldl_factor_arrays(backend.to_host(A._data), bool(hermitian))
    xp = A._xp
    LD = Tensor._make(xp.asarray(ld), A.dtype)
    return (_refuse(LD, (A,), "linalg_ldl_factor_ex"),
            Tensor._make(xp.asarray(pivots), dtypes.int32),
            Tensor._make(xp.asarray(info), dtypes.int32))


def _write_out(out, values: tuple, kind: str, fields: tuple, inputs: tuple, aten: str):
    """out= for these non-differentiable ops: no autograd check (PyTorch has
    none: the written tensors get ``grad_fn=<NotImplemented>``)."""
    if not isinstance(out, (tuple, list)):
        raise TypeError(f"{kind}(): argument 'out' must be tuple of Tensors, not "
                        f"{type(out).__name__}")
    if len(out) != len(values):
        raise TypeError(f"expected tuple of {len(values)} elements but got {len(out)}")
    with autograd.no_grad():
        for target, value in zip(out, values):
            call_args._write(target, value, kind, factory=False, exact_dtype=True)
    _refuse(out[0], inputs, aten)
    return named(f"{kind}_out", fields, tuple(out))


_EX_FIELDS = ("LD", "pivots", "info")


@op("linalg_ldl_factor_ex", summary="The LDL^T (Bunch-Kaufman) factorization, with info "
    "(LAPACK sytrf's LD, pivots, info).", method=False, function=False, differentiable=False,
    example="torch.linalg.ldl_factor_ex(tensor([[1., 2.], [2., 1.]]))",
    namespaces={_LA: ("ldl_factor_ex",)})
def ldl_factor_ex(A, *, hermitian=False, check_errors=False, out=None):
    LD, pivots, info = _factor(A, hermitian)
    if check_errors:
        _raise_for_info(info._data, "torch.linalg.ldl_factor_ex")
    if out is not None:
        return _write_out(out, (LD, pivots, info), "linalg_ldl_factor_ex", _EX_FIELDS, (A,),
                          "linalg_ldl_factor_ex")
    return named("linalg_ldl_factor_ex", _EX_FIELDS, (LD, pivots, info))


@op("linalg_ldl_factor", summary="The LDL^T (Bunch-Kaufman) factorization of a symmetric or "
    "Hermitian matrix (LAPACK sytrf's LD, pivots).", method=False, function=False,
    differentiable=False, example="torch.linalg.ldl_factor(tensor([[1., 2.], [2., 1.]]))",
    namespaces={_LA: ("ldl_factor",)})
def ldl_factor(A, *, hermitian=False, out=None):
    _tensor(A, "linalg_ldl_factor", "input")
    LD, pivots, info = _factor(A, hermitian)
    _raise_for_info(info._data, "torch.linalg.ldl_factor")
    if out is not None:
        return _write_out(out, (LD, pivots), "linalg_ldl_factor", ("LD", "pivots"), (A,),
                          "linalg_ldl_factor_ex")
    return named("linalg_ldl_factor", ("LD", "pivots"), (LD, pivots))


def _check_solve(LD, pivots, B) -> None:
    name = "torch.linalg.ldl_solve"
    for value, argument in ((LD, "LD"), (pivots, "pivots"), (B, "B")):
        _tensor(value, "linalg_ldl_solve", argument)
    check_square(LD, name)
    if B.dtype is not LD.dtype:
        raise RuntimeError(f"Expected b and A to have the same dtype, but found b of type "
                           f"{B.dtype.short} and A of type {LD.dtype.short} instead.")
    if B.ndim < 2:
        raise IndexError(f"Dimension out of range (expected to be in range of [-{max(B.ndim, 1)}"
                         f", {max(B.ndim, 1) - 1}], but got -2)")
    n = LD.shape[-1]
    if B.shape[-2] != n:
        raise RuntimeError(f"Incompatible matrix sizes for {name}: each A matrix is {n} by {n} "
                           f"but each b matrix is {B.shape[-2]} by {B.shape[-1]}")
    if tuple(pivots.shape) != tuple(LD.shape[:-1]):
        raise RuntimeError(f"{name}: Expected LD.shape[:-1] and pivots.shape to be the same, "
                           f"but got pivots with shape {list(pivots.shape)} instead")
    if pivots.dtype.category != dtypes.INTEGER:
        raise RuntimeError(f"{name}: Expected pivots to be integers. Got {pivots.dtype.short}")
    if not LD.dtype.is_complex:
        check_floating(LD, name, "ldl_solve_kernel_cpu")
    if not _same_or_one(LD.shape[:-2], B.shape[:-2]):
        _broadcast_error(LD.shape[:-2], B.shape[:-2])
    values = backend.to_host(pivots._data)
    if values.size and int(np.abs(values).max()) > n:
        raise RuntimeError("Pivots given to ldl_solve must all satisfy |pivot| <= LD.size(-2). "
                           "Did you properly pass the result of ldl_factor?")
    if values.size and int(np.abs(values).min()) < 1:
        raise RuntimeError("Pivots given to ldl_solve must all satisfy |pivot| >= 1. Did you "
                           "properly pass the result of ldl_factor?")


def _same_or_one(a, b) -> bool:
    for x, y in zip(reversed(tuple(a)), reversed(tuple(b))):
        if x != y and 1 not in (x, y):
            return False
    return True


def _broadcast_error(a, b):
    for index, (x, y) in enumerate(zip(reversed(tuple(b)), reversed(tuple(a)))):
        if x != y and 1 not in (x, y):
            raise RuntimeError(f"The size of tensor a ({x}) must match the size of tensor b "
                               f"({y}) at non-singleton dimension {len(b) - 1 - index}")


@op("linalg_ldl_solve", summary="Solve A X = B from ldl_factor's (LD, pivots) (LAPACK sytrs).",
    method=False, function=False, differentiable=False,
    example="torch.linalg.ldl_solve(*torch.linalg.ldl_factor(tensor([[1., 2.], [2., 1.]])), "
    "tensor([[1.], [2.]]))", namespaces={_LA: ("ldl_solve",)})
def ldl_solve(LD, pivots, B, *, hermitian=False, out=None):
    _check_solve(LD, pivots, B)
    xp = LD._xp
    x = ldl_solve_arrays(*(backend.to_host(t._data) for t in (LD, pivots, B)), bool(hermitian))
    X = _refuse(Tensor._make(xp.asarray(x), LD.dtype), (LD, B), "linalg_ldl_solve")
    if out is None:
        return X
    if not isinstance(out, Tensor):
        raise TypeError(f"linalg_ldl_solve(): argument 'out' must be Tensor, not "
                        f"{type(out).__name__}")
    with autograd.no_grad():
        call_args._write(out, X, "linalg_ldl_solve", factory=False, exact_dtype=True)
    return _refuse(out, (LD, B), "linalg_ldl_solve")


__all__ = ["ldl_factor", "ldl_factor_ex", "ldl_solve", "ldl_factor_arrays", "ldl_solve_arrays"]
