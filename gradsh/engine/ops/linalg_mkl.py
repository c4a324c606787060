"""MKL's LAPACK drivers for torch.linalg's decompositions and solvers, called
as PyTorch's CPU build calls them (BatchLinearAlgebra.cpp /
BatchLinearAlgebraKernel.cpp), so that results are PyTorch's to the bit:

- getrf + getrs: linalg.solve, linalg.inv (``solve(A, I)``), lu_factor,
  lu_solve (measured: PyTorch 2.13 factors A, not A^T, for real inputs too);
- potrf: cholesky; potrs: cholesky_solve; potri: cholesky_inverse;
- gesdd: svd, svdvals (``jobz`` 'A', 'S' or 'N');
- syevd/heevd: eigh, eigvalsh (``jobz`` 'V' or 'N');
- geqrf (``linalg_lapack``) + orgqr/ungqr: qr, householder_product;
- gelsy, gelsd: lstsq.

Every routine takes a batch ``(count, rows, columns)`` of row-major arrays,
copies each matrix column-major, asks for the workspace once (``lwork=-1``)
and calls the routine once a matrix. ``linalg_lapack.use_mkl`` decides
whether these run; the callers keep NumPy's LAPACK otherwise.
"""
from __future__ import annotations

import ctypes

import numpy as np

from .linalg_lapack import (_INT, _ONE, _char, _from_column_major, _p, _ref, _routine,
                            _workspace, use_mkl)

_REAL = {np.dtype(np.float32): np.float32, np.dtype(np.float64): np.float64,
         np.dtype(np.complex64): np.float32, np.dtype(np.complex128): np.float64}


def available(*arrays) -> bool:
    """Whether the MKL routines serve these NumPy arrays (float/complex, host memory)."""
    return all(isinstance(a, np.ndarray) and a.dtype in _REAL for a in arrays) and use_mkl()


def _column_major(a: np.ndarray) -> np.ndarray:
    """(count, rows, columns) as count Fortran-ordered matrices in a fresh copy
    (np.ascontiguousarray would hand back a view of a one-column matrix, and
    LAPACK would write into the caller's array)."""
    return np.array(np.swapaxes(a, -1, -2), order="C", copy=True)


def _flat(a: np.ndarray) -> np.ndarray:
    return a.reshape((-1,) + a.shape[-2:])


def _real_scalar(dtype, value):
    kind = _REAL[np.dtype(dtype)]
    return (ctypes.c_float if kind is np.float32 else ctypes.c_double)(value)


# ------------------------------------------------------------------ LU
def getrf(a: np.ndarray):
    """?getrf on (..., m, n): (LU, 1-based int32 pivots, int32 info)."""
    flat = _flat(a)
    count, m, n = flat.shape
    function = _routine(a.dtype, "getrf")
    f = _column_major(flat)
    pivots = np.zeros((count, min(m, n)), dtype=np.int32)
    info = np.zeros(count, dtype=np.int32)
    code = _INT(0)
    for index in range(count):
        function(_ref(m), _ref(n), _p(f[index]), _ref(max(1, m)), _p(pivots[index]),
                 ctypes.byref(code))
        info[index] = code.value
    batch = a.shape[:-2]
    return (_from_column_major(f).reshape(a.shape), pivots.reshape(batch + pivots.shape[-1:]),
            info.reshape(batch))


def getrs_columns(f_lu: np.ndarray, pivots: np.ndarray, b: np.ndarray, trans: str) -> np.ndarray:
    """?getrs on column-major factors ``f_lu`` (count, n, n as stored) and row-major b."""
    count, n = f_lu.shape[0], f_lu.shape[-1]
    nrhs = b.shape[-1]
    function = _routine(b.dtype, "getrs")
    x = _column_major(b)
    ipiv = np.ascontiguousarray(pivots, dtype=np.int32)
    code = _INT(0)
    for index in range(count):
        function(_char(trans), _ref(n), _ref(nrhs), _p(f_lu[index]), _ref(max(1, n)),
                 _p(ipiv[index]), _p(x[index]), _ref(max(1, n)), ctypes.byref(code), _ONE)
    return _from_column_major(x)


def solve(a: np.ndarray, b: np.ndarray):
    """A X = B as linalg_solve_ex: (X, info); a and b already broadcast to one batch."""
    batch = a.shape[:-2]
    fa, fb = _flat(a), _flat(b)
    count, n = fa.shape[0], fa.shape[-1]
    f = _column_major(fa)  # (PyTorch 2.13 factors A itself, also for real C-contiguous A)
    pivots = np.zeros((count, n), dtype=np.int32)
    info = np.zeros(count, dtype=np.int32)
    function = _routine(a.dtype, "getrf")
    code = _INT(0)
    for index in range(count):
        function(_ref(n), _ref(n), _p(f[index]), _ref(max(1, n)), _p(pivots[index]),
                 ctypes.byref(code))
        info[index] = code.value
    x = getrs_columns(f, pivots, fb, "N")
    return x.reshape(batch + b.shape[-2:]), info.reshape(batch)


def lu_solve(lu: np.ndarray, pivots: np.ndarray, b: np.ndarray, trans: str) -> np.ndarray:
    """?getrs with a row-major LU from getrf (broadcast batches)."""
    f = _column_major(_flat(lu))
    return getrs_columns(f, pivots.reshape(-1, pivots.shape[-1]), _flat(b), trans).reshape(
        b.shape)


# ------------------------------------------------------------ Cholesky
def potrf(a: np.ndarray, upper: bool):
    """?potrf: (the factor with the other triangle zeroed, int32 info)."""
    flat = _flat(a)
    count, n = flat.shape[0], flat.shape[-1]
    function = _routine(a.dtype, "potrf")
    f = _column_major(flat)
    info = np.zeros(count, dtype=np.int32)
    code = _INT(0)
    uplo = "U" if upper else "L"
    for index in range(count):
        function(_char(uplo), _ref(n), _p(f[index]), _ref(max(1, n)), ctypes.byref(code), _ONE)
        info[index] = code.value
    factor = _from_column_major(f)
    factor = np.triu(factor) if upper else np.tril(factor)
    return factor.reshape(a.shape), info.reshape(a.shape[:-2])


def potrs(factor: np.ndarray, b: np.ndarray, upper: bool) -> np.ndarray:
    """?potrs: A^{-1} b from A's Cholesky factor (batches already broadcast)."""
    fa, fb = _flat(factor), _flat(b)
    count, n, nrhs = fb.shape
    function = _routine(b.dtype, "potrs")
    f, x = _column_major(fa), _column_major(fb)
    code = _INT(0)
    for index in range(count):
        function(_char("U" if upper else "L"), _ref(n), _ref(nrhs), _p(f[index]),
                 _ref(max(1, n)), _p(x[index]), _ref(max(1, n)), ctypes.byref(code), _ONE)
    return _from_column_major(x).reshape(b.shape)


def potri(factor: np.ndarray, upper: bool) -> np.ndarray:
    """?potri, then the computed triangle reflected (conjugated) onto the other."""
    flat = _flat(factor)
    count, n = flat.shape[0], flat.shape[-1]
    function = _routine(factor.dtype, "potri")
    f = _column_major(flat)
    code = _INT(0)
    for index in range(count):
        function(_char("U" if upper else "L"), _ref(n), _p(f[index]), _ref(max(1, n)),
                 ctypes.byref(code), _ONE)
    inverse = _from_column_major(f)
    kept = np.triu(inverse) if upper else np.tril(inverse)
    other = np.tril(kept, -1) if not upper else np.triu(kept, 1)
    reflected = other.swapaxes(-1, -2)
    if inverse.dtype.kind == "c":
        reflected = reflected.conj()
    return (kept + reflected).reshape(factor.shape)


# ----------------------------------------------------------------- SVD
def gesdd(a: np.ndarray, jobz: str):
    """?gesdd: (U, S, Vh) for jobz 'A' or 'S', (None, S, None) for 'N'."""
    flat = _flat(a)
    count, m, n = flat.shape
    k = min(m, n)
    complex_ = a.dtype.kind == "c"
    real = _REAL[a.dtype]
    function = _routine(a.dtype, "gesdd")
    f = _column_major(flat)
    s = np.zeros((count, k), dtype=real)
    ucols = m if jobz == "A" else k
    vrows = n if jobz == "A" else k
    vectors = jobz != "N"
    u = np.zeros((count, ucols, m) if vectors else (count, 1, 1), dtype=a.dtype)
    vt = np.zeros((count, n, vrows) if vectors else (count, 1, 1), dtype=a.dtype)
    ldu, ldvt = (max(1, m), max(1, vrows)) if vectors else (1, 1)
    iwork = np.zeros(max(1, 8 * k), dtype=np.int32)
    mx = max(m, n)
    lrwork = 5 * k if jobz == "N" else (5 * k * k + 5 * k if mx > 10 * k else
                                        max(5 * k * k + 5 * k, 2 * mx * k + 2 * k * k + k))
    rwork = np.zeros(max(1, lrwork), dtype=real)
    code = _INT(0)

    def call(index, work, lwork):
        head = (_char(jobz), _ref(m), _ref(n), _p(f[index]), _ref(max(1, m)), _p(s[index]),
                _p(u[index]), _ref(ldu), _p(vt[index]), _ref(ldvt), _p(work), _ref(lwork))
        tail = (_p(rwork),) if complex_ else ()
        function(*head, *tail, _p(iwork), ctypes.byref(code), _ONE)

    work = _workspace(a.dtype, lambda probe: call(0, probe, -1))
    for index in range(count):
        call(index, work, work.size)
    batch = a.shape[:-2]
    s = s.reshape(batch + (k,))
    if not vectors:
        return None, s, None
    return (_from_column_major(u).reshape(batch + (m, ucols)), s,
            _from_column_major(vt).reshape(batch + (vrows, n)))


# ---------------------------------------------------------------- eigh
def syevd(a: np.ndarray, uplo: str, vectors: bool):
    """?syevd (?heevd): (ascending real eigenvalues, eigenvectors or None)."""
    flat = _flat(a)
    count, n = flat.shape[0], flat.shape[-1]
    complex_ = a.dtype.kind == "c"
    real = _REAL[a.dtype]
    function = _routine(a.dtype, "heevd" if complex_ else "syevd")
    f = _column_major(flat)
    w = np.zeros((count, n), dtype=real)
    code = _INT(0)
    jobz = "V" if vectors else "N"
    sizes = {}

    def call(index, work, lwork, rwork, lrwork, iwork, liwork):
        head = (_char(jobz), _char(uplo), _ref(n), _p(f[index]), _ref(max(1, n)),
                _p(w[index]), _p(work), _ref(lwork))
        middle = (_p(rwork), _ref(lrwork)) if complex_ else ()
        function(*head, *middle, _p(iwork), _ref(liwork), ctypes.byref(code), _ONE, _ONE)

    work_probe = np.zeros(1, dtype=a.dtype)
    rwork_probe = np.zeros(1, dtype=real)
    iwork_probe = np.zeros(1, dtype=np.int32)
    call(0, work_probe, -1, rwork_probe, -1, iwork_probe, -1)
    sizes["work"] = max(1, int(work_probe[0].real))
    sizes["rwork"] = max(1, int(rwork_probe[0]))
    sizes["iwork"] = max(1, int(iwork_probe[0]))
    work = np.zeros(sizes["work"], dtype=a.dtype)
    rwork = np.zeros(sizes["rwork"], dtype=real)
    iwork = np.zeros(sizes["iwork"], dtype=np.int32)
    for index in range(count):
        call(index, work, work.size, rwork, rwork.size, iwork, iwork.size)
    batch = a.shape[:-2]
    values = w.reshape(batch + (n,))
    return values, (_from_column_major(f).reshape(a.shape) if vectors else None)


# ------------------------------------------------------------------ QR
def orgqr_columns(f: np.ndarray, tau: np.ndarray, columns: int) -> np.ndarray:
    """?orgqr (?ungqr) in place on column-major (count, columns, m) storage."""
    count, m = f.shape[0], f.shape[-1]
    k = tau.shape[-1]
    function = _routine(f.dtype, "ungqr" if f.dtype.kind == "c" else "orgqr")
    taus = np.ascontiguousarray(tau)
    code = _INT(0)

    def call(index, work, lwork):
        function(_ref(m), _ref(columns), _ref(k), _p(f[index]), _ref(max(1, m)),
                 _p(taus[index]), _p(work), _ref(lwork), ctypes.byref(code))

    if count:
        work = _workspace(f.dtype, lambda probe: call(0, probe, -1))
        for index in range(count):
            call(index, work, work.size)
    return f


def householder_product(a: np.ndarray, tau: np.ndarray) -> np.ndarray:
    """torch.linalg.householder_product: ?orgqr on a copy of (..., m, n)."""
    flat = _flat(a)
    f = _column_major(flat)
    orgqr_columns(f, tau.reshape(-1, tau.shape[-1]), flat.shape[-1])
    return _from_column_major(f).reshape(a.shape)


def qr(a: np.ndarray, mode: str):
    """linalg_qr_out_helper: geqrf, R from its upper triangle, Q from orgqr."""
    from .linalg_lapack import geqrf  # noqa: PLC0415

    flat = _flat(a)
    count, m, n = flat.shape
    k = min(m, n)
    factored, tau = geqrf(np.array(flat, copy=True))  # geqrf may write through a view
    batch = a.shape[:-2]
    rows = m if mode == "complete" else k
    r = np.triu(factored[:, :rows, :])
    if mode == "r":
        return None, r.reshape(batch + (rows, n))
    columns = m if mode == "complete" else k
    storage = np.zeros((count, m, max(columns, n)), dtype=a.dtype)
    storage[:, :, :n] = factored
    f = _column_major(storage[:, :, :columns])
    orgqr_columns(f, tau, columns)
    q = _from_column_major(f)
    return q.reshape(batch + (m, columns)), r.reshape(batch + (rows, n))


# --------------------------------------------------------------- lstsq
def lstsq(a: np.ndarray, b: np.ndarray, rcond: float, driver: str):
    """?gelsy or ?gelsd on broadcast batches: (B overwritten, max(m, n) rows; rank;
    singular values)."""
    fa, fb = _flat(a), _flat(b)
    count, m, n = fa.shape
    nrhs = fb.shape[-1]
    rows = max(m, n)
    complex_ = a.dtype.kind == "c"
    real = _REAL[a.dtype]
    function = _routine(a.dtype, driver)
    f = _column_major(fa)
    padded = np.zeros((count, rows, nrhs), dtype=b.dtype)
    padded[:, :m] = fb
    x = _column_major(padded)
    ranks = np.zeros(count, dtype=np.int64)
    s = np.zeros((count, min(m, n)), dtype=real)
    rank = _INT(0)
    code = _INT(0)
    cond = _real_scalar(a.dtype, rcond)
    jpvt = np.zeros((count, n), dtype=np.int32)
    extra = {}

    def call(index, work, lwork):
        head = (_ref(m), _ref(n), _ref(nrhs), _p(f[index]), _ref(max(1, m)), _p(x[index]),
                _ref(max(1, rows)))
        if driver == "gelsy":
            tail = (_p(jpvt[index]), ctypes.byref(cond), ctypes.byref(rank), _p(work),
                    _ref(lwork)) + ((_p(extra["rwork"]),) if complex_ else ())
        else:
            tail = (_p(s[index]), ctypes.byref(cond), ctypes.byref(rank), _p(work),
                    _ref(lwork)) + ((_p(extra["rwork"]),) if complex_ else ()) + \
                (_p(extra["iwork"]),)
        function(*head, *tail, ctypes.byref(code))

    if driver == "gelsy":
        extra["rwork"] = np.zeros(max(1, 2 * n), dtype=real)
        work = _workspace(a.dtype, lambda probe: call(0, probe, -1))
    else:
        extra["rwork"] = np.zeros(1, dtype=real)
        extra["iwork"] = np.zeros(1, dtype=np.int32)
        probe = np.zeros(1, dtype=a.dtype)
        call(0, probe, -1)
        extra["rwork"] = np.zeros(max(1, int(extra["rwork"][0])), dtype=real)
        extra["iwork"] = np.zeros(max(1, int(extra["iwork"][0])), dtype=np.int32)
        work = np.zeros(max(1, int(probe[0].real)), dtype=a.dtype)
    for index in range(count):
        call(index, work, work.size)
        ranks[index] = rank.value
    batch = a.shape[:-2]
    solution = _from_column_major(x)  # rows n..m: the residual components
    return (solution.reshape(batch + (rows, nrhs)), ranks.reshape(batch),
            s.reshape(batch + s.shape[-1:]))
