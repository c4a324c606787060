"""torch.set_flush_denormal: subnormal floats read and computed as zero.

PyTorch sets the x86 FTZ and DAZ bits of the CPU's MXCSR register, so every
float32/float64 operation in the process flushes subnormal results to (signed)
zero and reads subnormal inputs as zero; it returns True on such CPUs. NumPy
gives no portable way to set those bits, so gradsh emulates them in software
and returns True everywhere:

- while the flag is on, every CPU float32/float64/complex array a tensor is
  made over (``Tensor._make``: creation, each op's result, casts) and every
  tensor written in place (``Tensor._bump``: fill_, ``t[i] = v``, the
  in-place ops) has its subnormal elements replaced by zeros of the same
  sign, so ``torch.tensor([1e-323], dtype=torch.float64)`` prints
  ``tensor([0.], ...)`` and arithmetic on the flushed values gives what
  FTZ/DAZ give;
- float16 is not affected (PyTorch converts it in software, as here);
- not covered: CUDA arrays (PyTorch's flag is CPU-only too); Python floats
  outside tensors (in PyTorch the CPU flag flushes them too); subnormals
  already stored before the flag was set stay until an op reads them; and a
  float64 tensor made from a subnormal Python float stores 0 where PyTorch
  keeps the bits and only reads them as 0 (``view(torch.int64)`` differs).
"""
from __future__ import annotations

import numpy as np

FLUSH = [False]

_TINY = {np.dtype(np.float32): np.finfo(np.float32).tiny,
         np.dtype(np.float64): np.finfo(np.float64).tiny}
_PARTS = {np.dtype(np.complex64): np.dtype(np.float32),
          np.dtype(np.complex128): np.dtype(np.float64)}


def _set_flush(mode: bool) -> None:
    FLUSH[0] = mode


def set_flush_denormal(*args, **kwargs) -> bool:
    """torch.set_flush_denormal(mode): True (supported); see the module docstring."""
    if kwargs:
        raise TypeError("torch.set_flush_denormal() takes no keyword arguments")
    if len(args) != 1:
        raise TypeError(f"torch.set_flush_denormal() takes exactly one argument "
                        f"({len(args)} given)")
    mode = args[0]
    if not isinstance(mode, bool):
        raise RuntimeError(f"flush_denormal expects a bool, but got {type(mode).__name__}")
    from ..journal import note_setting  # noqa: PLC0415 - a rare call

    note_setting("flush_denormal", _set_flush, FLUSH[0])
    FLUSH[0] = mode
    return True


def flush(data):
    """``data`` with its subnormal elements made signed zeros (in place when it
    can be written, else a copy); other arrays as they are."""
    if not isinstance(data, np.ndarray):
        return data  # a CuPy array (or a scalar): the flag is CPU-only
    dtype = data.dtype
    if dtype in _PARTS:  # each part flushed as a float
        if data.flags.writeable:
            flush(data.real)  # writeable views: in place
            flush(data.imag)
            return data
        return (flush(data.real.copy()) + 1j * flush(data.imag.copy())).astype(dtype)
    tiny = _TINY.get(dtype)
    if tiny is None or data.size == 0:
        return data
    magnitude = np.abs(data)
    subnormal = (magnitude < tiny) & (magnitude > 0)
    if not subnormal.any():
        return data
    if data.flags.writeable:
        data[subnormal] = data[subnormal] * 0  # x * 0 keeps the sign: -0.0
        return data
    return np.where(subnormal, data * 0, data)
