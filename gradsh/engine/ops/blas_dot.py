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
its own intra-op count, 2 on the reference machine). Without MKL (and for
integer, complex or CuPy operands) the caller keeps NumPy's matmul.
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
    return (isinstance(a, np.ndarray) and isinstance(b, np.ndarray) and a.dtype == b.dtype
            and a.dtype in _CTYPE and 0 < a.shape[0] < 2**31 and use_mkl())


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
