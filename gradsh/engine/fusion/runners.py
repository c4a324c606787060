"""Running a fused program: as one CuPy kernel, or with NumPy (simulation).

The CuPy kernels are kept in memory by the program's key (its structure and
dtypes); their source text depends on nothing else, so CuPy's on-disk cache
(``CUPY_CACHE_DIR``, which gradsh points at ``~/.cache/gradsh/cupy``, see
``backend.kernel_cache_dir``) finds a kernel compiled by an earlier session
and a new process only loads it.
"""
from __future__ import annotations

import numpy as np

from . import codegen

KERNELS: dict[tuple, object] = {}   # program key -> cupy.ElementwiseKernel
STATS = {"kernels_built": 0, "launches": 0}


def kernel_for(program: codegen.Program, cupy):
    key = program.key
    kernel = KERNELS.get(key)
    if kernel is None:
        in_params, out_params, operation = codegen.cuda_source(program)
        # compiled with CuPy's default options, as its own ufuncs are (the math
        # functions inline the same code); the arithmetic is in _rn intrinsics
        kernel = cupy.ElementwiseKernel(in_params, out_params, operation, name=program.name,
                                        preamble=codegen.PREAMBLE)
        KERNELS[key] = kernel
        STATS["kernels_built"] += 1
    return kernel


def cupy_runner(program: codegen.Program, shape: tuple) -> list:
    import cupy  # noqa: PLC0415 - only with a GPU

    kernel = kernel_for(program, cupy)
    outputs = [cupy.empty(shape, dtype=program.dtypes[i]) for i in program.outputs]
    consts = [c.dtype.type(c) for c in program.consts]
    kernel(*program.inputs, *consts, *outputs)
    STATS["launches"] += 1
    return outputs


def numpy_runner(program: codegen.Program, shape: tuple) -> list:
    """The same program op by op in NumPy (the CPU simulation of a GPU)."""
    STATS["launches"] += 1
    return [np.array(np.broadcast_to(out, shape)) if out.shape != shape else out
            for out in codegen.run_numpy(program)]
