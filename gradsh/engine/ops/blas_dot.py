"""torch.dot (and matmul of two 1-D tensors) as PyTorch's CPU build computes
it: ``dot_impl_floating`` (aten/src/ATen/native/BlasKernel.cpp) calls BLAS's
``sdot_``/``ddot_`` with the tensors' data pointers and strides (1 for a
single element), and the x86 wheels link MKL.

MKL's dot kernels are not public and their summation order depends on the
length, the strides, each operand's address and the number of threads
(measured: the same data moved by 4 or 8 bytes gives up to 4 different
float32 sums; moves by 16, 32 or 48 bytes changed none; 1 and 2 threads
differ from 8192 float32 / 4096 float64 elements on). So, when MKL's runtime
is here (``trig_kernels.mkl_library``; ``GRADSH_LAPACK=numpy`` turns it
off), the same routine runs through ``cblas_?dot`` on operands placed as
PyTorch's would be: PyTorch allocates at 64 bytes, so a tensor sits at
``storage_offset * itemsize`` modulo 64 and each operand is copied to that
position (strides kept) unless it is there already; the call uses
``cascade_sum.get_threads()`` threads (PyTorch sets MKL's thread count to
its own intra-op count, 2 on the reference machine).

Without MKL, ``modelled`` computes MKL's order in NumPy where it was found
(measured against MKL's AVX-512 kernels for lengths 1..8000 and 10^4..10^6,
every start address): both operands contiguous at the same address modulo
16 bytes; ``peel`` products (up to the next 16-byte boundary) summed one by
one into lane 0 of a zeroed accumulator of ``lanes`` (16 float32 / 8
float64); whole blocks of ``lanes`` added lane-wise in order; the rest in
blocks of 8 then 4 (float32) or of 2 (float64) into the first lanes, then
one by one into lane 0; no fma (``acc + round(x*y)``). The lanes are
reduced as four quarters added in order (``((q0 + q1) + q2) + q3``), then
``(l0 + l2) + (l1 + l3)`` (float32) or ``l0 + l1`` (float64). From 32 KB
per operand (8192 float32, 4096 float64 elements) with 2 threads, the
first ``ceil(n/2)`` and the rest are summed so (the second at its own
address) and added. Other layouts (strides, operands at different
addresses modulo 16, other thread counts) keep NumPy's matmul, as do
integer, complex and CuPy operands (the caller's path).
"""
from __future__ import annotations

import ctypes

import numpy as np

from . import cascade_sum, trig_kernels
from .linalg_lapack import use_mkl

_ALIGN = 64  # c10's CPU allocator alignment
_CTYPE = {np.dtype(np.float32): ctypes.c_float, np.dtype(np.float64): ctypes.c_double}
_NAME = {np.dtype(np.float32): "cblas_sdot", np.dtype(np.float64): "cblas_ddot"}
_functions: dict = {}


def _function(dtype):
    function = _functions.get(dtype)
    if function is None:
        function = getattr(trig_kernels.mkl_library(), _NAME[dtype])
        function.restype = _CTYPE[dtype]
        function.argtypes = [ctypes.c_int, ctypes.c_void_p, ctypes.c_int,
                             ctypes.c_void_p, ctypes.c_int]
        _functions[dtype] = function
    return function


def available(a, b) -> bool:
    """Whether ``dot`` serves these arrays (1-D float NumPy arrays of one dtype)."""
    return (isinstance(a, np.ndarray) and isinstance(b, np.ndarray) and a.dtype == b.dtype
            and a.dtype in _CTYPE and 0 < a.shape[0] < 2**31)


def mkl() -> bool:
    """Whether MKL's own routine runs (else ``modelled`` or NumPy)."""
    return use_mkl()


def _placed(array: np.ndarray, position: int) -> tuple[np.ndarray, int]:
    """``array`` (1-D) where PyTorch's copy would be: its first element at
    ``position`` bytes past a 64-byte boundary, with its stride in elements
    (a copy of the same layout when it is elsewhere)."""
    size = array.itemsize
    n = array.shape[0]
    step = array.strides[0] // size if n > 1 else 1
    if n > 1 and (step < 0 or array.strides[0] % size):
        array, step = np.ascontiguousarray(array), 1
    if array.ctypes.data % _ALIGN == position:
        return array, step
    span = (n - 1) * step + 1
    buffer = np.empty(span * size + 2 * _ALIGN, dtype=np.uint8)
    start = (position - buffer.ctypes.data) % _ALIGN
    placed = buffer[start:start + span * size].view(array.dtype)
    placed[::step if step else 1] = array if step else array[:1]
    return placed, step


def dot(a: np.ndarray, b: np.ndarray, offsets: tuple[int, int]) -> np.ndarray:
    """MKL's ``a . b`` for 1-D float arrays of one dtype; ``offsets`` are the
    tensors' storage offsets in elements (PyTorch's address modulo 64)."""
    if not use_mkl():
        value = modelled(a, b, offsets, cascade_sum.get_threads())
        return np.asarray(np.matmul(a, b) if value is None else value, dtype=a.dtype)
    size = a.itemsize
    x, incx = _placed(a, offsets[0] * size % _ALIGN)
    y, incy = _placed(b, offsets[1] * size % _ALIGN)
    library = trig_kernels.mkl_library()
    previous = library.MKL_Set_Num_Threads_Local(ctypes.c_int(cascade_sum.get_threads()))
    try:
        value = _function(a.dtype)(a.shape[0], x.ctypes.data, incx, y.ctypes.data, incy)
    finally:
        library.MKL_Set_Num_Threads_Local(ctypes.c_int(previous))
    return np.array(value, dtype=a.dtype)


# ------------------------------------------------------------ the NumPy model
_LANES = {np.dtype(np.float32): 16, np.dtype(np.float64): 8}
_TAIL = {np.dtype(np.float32): (8, 4), np.dtype(np.float64): (2, 2, 2)}
_SPLIT_BYTES = 32768  # from here on, 2 threads split the vectors


def modelled(a: np.ndarray, b: np.ndarray, offsets: tuple[int, int], threads: int):
    """MKL's sum in NumPy (module doc), or None outside the layouts it covers."""
    size = a.itemsize
    position = offsets[0] * size % 16
    n = a.shape[0]
    if (position != offsets[1] * size % 16 or n > 1 and
            (a.strides[0] != size or b.strides[0] != size)):
        return None
    if n * size < _SPLIT_BYTES or threads == 1:
        return _kernel(a, b, position)
    if threads != 2:
        return None
    half = -(-n // 2)
    return _kernel(a[:half], b[:half], position) + _kernel(a[half:], b[half:],
                                                           (position + half * size) % 16)


def _kernel(a: np.ndarray, b: np.ndarray, position: int):
    dtype = a.dtype
    lanes = _LANES[dtype]
    n = a.shape[0]
    products = a * b  # rounded: MKL's kernel does not fuse
    acc = np.zeros(lanes, dtype=dtype)
    peel = min((16 - position) % 16 // a.itemsize, n)
    for k in range(peel):
        acc[0] += products[k]
    body = (n - peel) // lanes * lanes
    if body:
        rows = np.concatenate([acc[None], products[peel:peel + body].reshape(-1, lanes)])
        acc = np.add.reduce(rows, axis=0)  # row after row (C order, reduced axis outer)
    i = peel + body
    for width in _TAIL[dtype]:
        if n - i >= width:
            acc[:width] += products[i:i + width]
            i += width
    for k in range(i, n):
        acc[0] += products[k]
    q = lanes // 4
    quarters = ((acc[:q] + acc[q:2 * q]) + acc[2 * q:3 * q]) + acc[3 * q:]
    if q == 4:
        return (quarters[0] + quarters[2]) + (quarters[1] + quarters[3])
    return quarters[0] + quarters[1]
