"""LAPACK's sytrf/hetrf, sytrs/hetrs, geqrf and ormqr/unmqr from MKL, called
as PyTorch's CPU build calls them (BatchLinearAlgebra.cpp: ``apply_ldl_factor``,
``apply_ldl_solve``, ``apply_geqrf``, ``apply_ormqr``), so results are
PyTorch's to the bit.

PyTorch's x86 wheels link MKL's LAPACK; when MKL's runtime is on this machine
(``trig_kernels.mkl_library``: ``pip install mkl==2024.2.0`` or
``GRADSH_MKL_RT``) the same routine runs here through its Fortran interface:
a column-major copy of each matrix, ``uplo='L'``, the workspace size from a
query on the first matrix of the batch (``lwork=-1``) and one call per
matrix. ``GRADSH_LAPACK`` picks the flavour: ``auto`` (MKL when found),
``mkl`` (an error without MKL) or ``numpy`` (the NumPy algorithms in
``linalg_ldl`` and ``linalg_geqrf``; same pivots and factors up to rounding).
"""
from __future__ import annotations

import ctypes
import os

import numpy as np

from . import trig_kernels

_PREFIX = {np.dtype(np.float32): "s", np.dtype(np.float64): "d",
           np.dtype(np.complex64): "c", np.dtype(np.complex128): "z"}
_INT = ctypes.c_int  # MKL_INT of the LP64 interface
_ONE = ctypes.c_size_t(1)  # the hidden length of a Fortran CHARACTER argument


def use_mkl() -> bool:
    """Whether the MKL routines run (``GRADSH_LAPACK``, see the module doc)."""
    chosen = os.environ.get("GRADSH_LAPACK", "auto").lower()
    if chosen == "numpy":
        return False
    found = trig_kernels.mkl_library() is not None
    if chosen == "mkl" and not found:
        raise RuntimeError("GRADSH_LAPACK=mkl, but no libmkl_rt was found "
                           "(pip install mkl==2024.2.0, or set GRADSH_MKL_RT)")
    return found


def _routine(dtype, name: str):
    function = getattr(trig_kernels.mkl_library(), _PREFIX[np.dtype(dtype)] + name + "_")
    function.restype = None
    return function


def _p(array):
    return array.ctypes.data_as(ctypes.c_void_p)


def _ref(value: int):
    return ctypes.byref(_INT(value))


def _char(text: str):
    return ctypes.c_char_p(text.encode())


def _column_major(a: np.ndarray) -> np.ndarray:
    """(count, rows, columns) as count Fortran-ordered matrices, one after another:
    always a copy (LAPACK writes into it; ascontiguousarray would hand back the
    caller's own memory for a single row or column)."""
    return np.swapaxes(a, -1, -2).copy(order="C")


def _from_column_major(f: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(np.swapaxes(f, -1, -2))


def _workspace(dtype, query) -> np.ndarray:
    """Call query(work, lwork=-1) and allocate max(1, real(work[0])) elements."""
    probe = np.zeros(1, dtype=dtype)
    query(probe)
    return np.zeros(max(1, int(probe[0].real)), dtype=dtype)


def sytrf(a: np.ndarray, hermitian: bool):
    """?sytrf (or ?hetrf) with uplo 'L' on (count, n, n): (LD, int32 pivots, int32 info)."""
    count, n = a.shape[0], a.shape[-1]
    name = "hetrf" if hermitian and a.dtype.kind == "c" else "sytrf"
    function = _routine(a.dtype, name)
    f = _column_major(a)
    pivots = np.zeros((count, n), dtype=np.int32)
    info = np.zeros(count, dtype=np.int32)
    code = _INT(0)
    lda = max(1, n)

    def call(index, work, lwork):
        function(_char("L"), _ref(n), _p(f[index]), _ref(lda), _p(pivots[index]), _p(work),
                 _ref(lwork), ctypes.byref(code), _ONE)
        return code.value

    work = _workspace(a.dtype, lambda probe: call(0, probe, -1))
    for index in range(count):
        info[index] = call(index, work, work.size)
    return _from_column_major(f), pivots, info


def sytrs(ld: np.ndarray, pivots: np.ndarray, b: np.ndarray, hermitian: bool) -> np.ndarray:
    """?sytrs (or ?hetrs) with uplo 'L': (count, n, n), (count, n), (count, n, k)."""
    count, n, nrhs = b.shape[0], b.shape[-2], b.shape[-1]
    name = "hetrs" if hermitian and ld.dtype.kind == "c" else "sytrs"
    function = _routine(ld.dtype, name)
    f, x = _column_major(ld), _column_major(b)
    ipiv = np.ascontiguousarray(pivots, dtype=np.int32)
    code = _INT(0)
    for index in range(count):
        function(_char("L"), _ref(n), _ref(nrhs), _p(f[index]), _ref(max(1, n)),
                 _p(ipiv[index]), _p(x[index]), _ref(max(1, n)), ctypes.byref(code), _ONE)
    return _from_column_major(x)


def geqrf(a: np.ndarray):
    """?geqrf on (count, m, n): (a with R and the reflectors, tau)."""
    count, m, n = a.shape
    function = _routine(a.dtype, "geqrf")
    f = _column_major(a)
    tau = np.zeros((count, min(m, n)), dtype=a.dtype)
    code = _INT(0)

    def call(index, work, lwork):
        function(_ref(m), _ref(n), _p(f[index]), _ref(max(1, m)), _p(tau[index]), _p(work),
                 _ref(lwork), ctypes.byref(code))

    work = _workspace(a.dtype, lambda probe: call(0, probe, -1))
    for index in range(count):
        call(index, work, work.size)
    return _from_column_major(f), tau


def ormqr(a: np.ndarray, tau: np.ndarray, c: np.ndarray, left: bool, transpose: bool):
    """?ormqr (or ?unmqr): op(Q) C or C op(Q) on (count, ...) batches."""
    count, m, n = c.shape
    k = tau.shape[-1]
    complex_ = a.dtype.kind == "c"
    function = _routine(a.dtype, "unmqr" if complex_ else "ormqr")
    side = "L" if left else "R"
    trans = ("C" if complex_ else "T") if transpose else "N"
    f, x = _column_major(a), _column_major(c)
    taus = np.ascontiguousarray(tau)
    lda = max(1, a.shape[-2])
    code = _INT(0)

    def call(index, work, lwork):
        function(_char(side), _char(trans), _ref(m), _ref(n), _ref(k), _p(f[index]), _ref(lda),
                 _p(taus[index]), _p(x[index]), _ref(max(1, m)), _p(work), _ref(lwork),
                 ctypes.byref(code), _ONE, _ONE)

    work = _workspace(a.dtype, lambda probe: call(0, probe, -1))
    for index in range(count):
        call(index, work, work.size)
    return _from_column_major(x)
