"""``sin`` and ``cos`` with PyTorch's CPU bits: which kernel PyTorch runs, by dtype.

PyTorch 2.13's x86 wheels are built with MKL, and ``aten/src/ATen/cpu/vml.h``
specialises ``vml::vsin``/``vcos`` for float and double to MKL's VML
(``vmsSin``/``vmdSin``, mode ``VML_HA | VML_FTZDAZ_OFF | VML_ERRMODE_IGNORE``);
contiguous and strided tensors alike go through it (strided ones via a
buffer), on AVX2 and AVX512 capability alike. MKL is closed source, so its
bits come from MKL itself when its runtime library is on this machine
(``pip install mkl==2024.2.0``, the version PyTorch 2.13 links; or set
``GRADSH_MKL_RT`` to a ``libmkl_rt.so.2``). float16 has no MKL
specialisation: ``Vectorized<Half>::sin()`` widens to float32 and runs
SLEEF's ``Sleef_sinf8_u10``, emulated exactly in ``sleef_trig``.

The flavours, chosen by ``GRADSH_TRIG`` (``auto``, ``mkl``, ``sleef``,
``numpy``)::

    dtype     auto (MKL found)   auto (no MKL)         sleef        numpy
    float32   MKL VML HA         SLEEF u10 emulation   SLEEF        np.sin
    float64   MKL VML HA         np.sin (glibc)        np.sin       np.sin
    float16   SLEEF in float32, rounded once, in every flavour but numpy

Without MKL, float32 agrees with PyTorch on about 97-98% of elements (SLEEF
and MKL are both accurate to ~0.5 ulp and part only near rounding
midpoints), float64 on about 99.8%. CuPy arrays and complex values keep
``xp.sin``/``xp.cos``.
"""
from __future__ import annotations

import ctypes
import os
import sys
from pathlib import Path

import numpy as np

from .. import numerics
from . import sleef_trig

_VML_MODE = 0x2 | 0x140000 | 0x100  # VML_HA | VML_FTZDAZ_OFF | VML_ERRMODE_IGNORE
_MKL_MAX = 2**31 - 1  # MKL_INT is int32 (LP64)
_mkl = None
_mkl_searched = False


def _mkl_candidates() -> list[str]:
    found = [os.environ.get("GRADSH_MKL_RT", "")]
    from ctypes import util as ctypes_util  # noqa: PLC0415 - loaded when MKL is first looked for

    found.append(ctypes_util.find_library("mkl_rt") or "")
    found += [str(Path(prefix) / "lib" / "libmkl_rt.so.2") for prefix in (sys.prefix,
                                                                          sys.base_prefix)]
    return [path for path in found if path]


def mkl_library():
    """MKL's runtime library (sequential threading layer), or None."""
    global _mkl, _mkl_searched
    if not _mkl_searched:
        _mkl_searched = True
        for path in _mkl_candidates():
            try:
                library = ctypes.CDLL(path)
                # MKL_THREADING_INTEL on one thread: PyTorch's MKL is the threaded
                # build, and LAPACK routines (geqrf) pick another blocking in the
                # sequential layer; elementwise VML bits are the same in both.
                library.MKL_Set_Threading_Layer(ctypes.c_int(0))
                library.MKL_Set_Num_Threads(ctypes.c_int(1))
                for name in ("vmsSin", "vmsCos", "vmdSin", "vmdCos"):
                    getattr(library, name).restype = None
            except (OSError, AttributeError):
                continue
            _mkl = library
            break
    return _mkl


def flavour() -> str:
    """The flavour in force: ``mkl``, ``sleef`` or ``numpy`` (``numpy`` under
    ``:set numerics fast``)."""
    if not numerics.exact():
        return "numpy"
    chosen = os.environ.get("GRADSH_TRIG", "auto").lower()
    if chosen == "auto":
        return "mkl" if mkl_library() is not None else "sleef"
    if chosen == "mkl" and mkl_library() is None:
        raise RuntimeError("GRADSH_TRIG=mkl, but no libmkl_rt was found "
                           "(pip install mkl==2024.2.0, or set GRADSH_MKL_RT)")
    return chosen if chosen in ("mkl", "sleef", "numpy") else "sleef"


def _vml(name: str, x: np.ndarray) -> np.ndarray:
    """MKL VML ``vm{s,d}{Sin,Cos}`` over a C-contiguous copy of ``x``."""
    source = np.ascontiguousarray(x).reshape(x.shape)  # (ascontiguousarray makes 0-d 1-d)
    out = np.empty_like(source)
    function = getattr(_mkl, ("vms" if source.dtype == np.float32 else "vmd") + name)
    flat_in, flat_out = source.reshape(-1), out.reshape(-1)
    for start in range(0, flat_in.size, _MKL_MAX):
        part_in, part_out = flat_in[start:start + _MKL_MAX], flat_out[start:start + _MKL_MAX]
        function(ctypes.c_int(part_in.size), part_in.ctypes.data_as(ctypes.c_void_p),
                 part_out.ctypes.data_as(ctypes.c_void_p), ctypes.c_longlong(_VML_MODE))
    return out


def _apply(xp, x, name: str):
    numpy_function = getattr(xp, name.lower())
    if xp is not np or x.dtype not in (np.float16, np.float32, np.float64):
        return xp.asarray(numpy_function(x))
    chosen = flavour()
    if chosen == "numpy":
        return np.asarray(numpy_function(x))
    sleef = sleef_trig.sinf if name == "Sin" else sleef_trig.cosf
    if x.dtype == np.float16:
        return np.asarray(sleef(x.astype(np.float32)).astype(np.float16))
    if chosen == "mkl":
        return _vml(name, x)
    if x.dtype == np.float32:
        return np.asarray(sleef(x))
    return np.asarray(numpy_function(x))


def sin(xp, x):
    """``torch.sin``'s CPU kernel on an array (see the table above)."""
    return _apply(xp, x, "Sin")


def cos(xp, x):
    """``torch.cos``'s CPU kernel on an array."""
    return _apply(xp, x, "Cos")


def vml_unary(vml_name: str, fallback):
    """A unary kernel that is MKL VML's ``vm{s,d}<vml_name>`` for float32/float64
    NumPy arrays when MKL's runtime is found (PyTorch's x86 build routes these
    ops through ``vml::v<op>`` to MKL in HA mode; measured bit-equal on every
    size: sqrt, exp, log, log2, log10, tanh, tan, atan, erf; not log1p/expm1,
    whose MKL specialisations vml.h leaves out: see sleef_log1p), and
    ``fallback(xp, x)`` otherwise (float16, CuPy, complex, no MKL)."""
    def kernel(xp, x):
        if xp is np and x.dtype in (np.float32, np.float64) and flavour() == "mkl":
            return _vml(vml_name, x)
        return fallback(xp, x)
    return kernel
