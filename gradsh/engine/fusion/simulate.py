"""The CPU as a fusing GPU: the engine's CUDA code path, run with NumPy.

Inside :func:`simulate_on_cpu`, CPU tensors get the array module a GPU gets
(a ``FusingModule``, here over NumPy, whose programs ``runners.numpy_runner``
runs op by op) instead of NumPy itself: the engine takes its non-NumPy code
paths (no MKL/SLEEF kernels, the plain ``xp`` calls the GPU makes), and
elementwise chains are deferred, fused and materialised exactly as on a
GPU. ``fuse=False`` runs the same path with every expression computed at
once: the unfused GPU, for comparison. Only the kernel launch differs from
a real GPU (codegen's CUDA source is tested separately).
"""
from __future__ import annotations

import contextlib

import numpy as np

from .. import backend
from ..ops import common
from . import graph, runners, state


@contextlib.contextmanager
def simulate_on_cpu(fuse: bool = True):
    module = state.fusing_module(np, backend.CPU, runners.numpy_runner)
    saved = (backend.array_module, backend.xp_of, common._fast_operands, graph.MAX_NODES)
    real_array_module, real_xp_of = backend.array_module, backend.xp_of

    def array_module(device):
        return module if device.type == "cpu" else real_array_module(device)

    def xp_of(array):
        if isinstance(array, np.ndarray):
            return module
        return real_xp_of(array)

    backend.array_module, backend.xp_of = array_module, xp_of
    common._fast_operands = lambda a, b, compute_dtype: None
    graph.MAX_NODES = graph.MAX_NODES if fuse else 0
    try:
        yield module
    finally:
        state.flush_all()
        backend.array_module, backend.xp_of, common._fast_operands, graph.MAX_NODES = saved
