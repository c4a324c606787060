"""The generated CUDA source, compiled as C++ for the CPU and run (issue 24).

A fused kernel's body (``codegen.cuda_source``) is ordinary C++ over scalars
once CUDA's names are given their meaning: ``__fmul_rn`` & co. are the IEEE
operations (compiled with ``-ffp-contract=off``, as the intrinsics are never
contracted), ``exp(float)`` is ``expf`` (``using namespace std``, as CUDA's
overloads), ``__int_as_float`` reinterprets bits. Each program here is
compiled with the host compiler and run over the same inputs as the NumPy
evaluator: arithmetic, comparisons, selection and casts must agree bit for
bit; the math functions (glibc's against NumPy's own) within a few ulps.
Skipped where there is no C++ compiler.
"""
from __future__ import annotations

import ctypes
import shutil
import subprocess

import numpy as np
import pytest

from gradsh.engine.fusion import codegen, state
from gradsh.engine.fusion.ops import C_TYPES
from gradsh.engine.fusion.simulate import simulate_on_cpu
from gradsh.engine.namespace import MODULES

torch = MODULES["torch"]
CXX = shutil.which("g++") or shutil.which("clang++")
pytestmark = pytest.mark.skipif(CXX is None, reason="no C++ compiler")

PRELUDE = r"""
#include <cmath>
#include <cstring>
#include <algorithm>
using namespace std;
static inline float __int_as_float(int i) { float f; memcpy(&f, &i, 4); return f; }
#define RN(p, T, name, op) static inline T __##p##name##_rn(T a, T b) { return a op b; }
RN(f, float, add, +) RN(f, float, sub, -) RN(f, float, mul, *) RN(f, float, div, /)
RN(d, double, add, +) RN(d, double, sub, -) RN(d, double, mul, *) RN(d, double, div, /)
"""


def _compile(program, tmp_path):
    """``run(inputs..., consts..., outputs..., n)`` over flat, pre-broadcast arrays."""
    in_params, out_params, operation = codegen.cuda_source(program)
    params, loads, stores, locals_ = [], [], [], []
    for text in in_params.split(", "):
        dtype, name = text.split()
        ctype = C_TYPES[np.dtype(dtype)]
        if name.startswith("in"):
            params.append(f"const {ctype}* {name}_p")
            loads.append(f"{ctype} {name} = {name}_p[i];")
        else:
            params.append(f"const {ctype}* {name}_p")
            loads.append(f"{ctype} {name} = *{name}_p;")
    for text in out_params.split(", "):
        dtype, name = text.split()
        ctype = C_TYPES[np.dtype(dtype)]
        params.append(f"{ctype}* {name}_p")
        locals_.append(f"{ctype} {name};")
        stores.append(f"{name}_p[i] = {name};")
    source = (PRELUDE + codegen.PREAMBLE +
              f'extern "C" void run({", ".join(params)}, long n) {{\n'
              "  for (long i = 0; i < n; i++) {\n" + "\n".join(loads + locals_) + "\n" +
              operation + "\n" + "\n".join(stores) + "\n  }\n}\n")
    path = tmp_path / "kernel.cpp"
    path.write_text(source)
    library = tmp_path / "kernel.so"
    subprocess.run([CXX, "-O2", "-ffp-contract=off", "-shared", "-fPIC", str(path), "-o",
                    str(library)], check=True, capture_output=True, timeout=120)
    return ctypes.CDLL(str(library)).run


def _run_compiled(program, shape, tmp_path):
    function = _compile(program, tmp_path)
    inputs = [np.ascontiguousarray(np.broadcast_to(a, shape)) for a in program.inputs]
    consts = [np.array(c) for c in program.consts]
    outputs = [np.empty(shape, dtype=program.dtypes[i]) for i in program.outputs]
    pointers = [a.ctypes.data_as(ctypes.c_void_p) for a in (*inputs, *consts, *outputs)]
    function(*pointers, ctypes.c_long(int(np.prod(shape))))
    return outputs


EXACT = {
    "affine": lambda t, x, y: x * y + 0.25 - y / (x + 3),
    "where and masks": lambda t, x, y: t.where(x > y, x * 2, (y <= 0.5).to(x.dtype) - x),
    "max min abs neg": lambda t, x, y: t.maximum(x, -y).minimum(x.abs() * 0.5) - (-x),
    "broadcast": lambda t, x, y: x.reshape(-1, 1) * y.reshape(1, -1) + x.reshape(-1, 1),
    "casts": lambda t, x, y: (x.double() * 3).float() - y if x.dtype == t.float32 else (
        x.float().double() + y),
    "square reciprocal": lambda t, x, y: x * x + (y + 2).reciprocal(),
}
MATH = {
    "chain": lambda t, x, y: ((x.exp() * 0.5 + x.sin()).tanh()) ** 2,
    "sigmoid": lambda t, x, y: (x * y).sigmoid() + y.cos(),
    "logs and roots": lambda t, x, y: (x.abs() + 1).log() * (y * y + 1).sqrt(),
    "pow": lambda t, x, y: (x.abs() + 0.5) ** 2.5 + y.tan() * 0.1,
}


def _program(expression, dtype):
    torch.manual_seed(0)
    with simulate_on_cpu():
        x, y = torch.randn(64, dtype=dtype), torch.rand(64, dtype=dtype)
        x[::7] = 0.0
        result = expression(torch, x, y)
        program = codegen.plan([result._data])
        shape = result._data.shape
        state.flush_all()
    return program, shape


def _compiled_and_evaluated(expression, dtype: str, tmp_path):
    """Pairs (compiled output, evaluator output) of the expression's program."""
    program, shape = _program(expression, getattr(torch, dtype))
    compiled = _run_compiled(program, shape, tmp_path)
    expected = [np.ascontiguousarray(np.broadcast_to(want, shape))
                for want in codegen.run_numpy(program)]
    return list(zip(compiled, expected))


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("name", sorted(EXACT))
def test_compiled_source_equals_the_evaluator_bit_for_bit(name, dtype, tmp_path):
    for got, want in _compiled_and_evaluated(EXACT[name], dtype, tmp_path):
        assert got.tobytes() == want.tobytes()


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("name", sorted(MATH))
def test_compiled_math_is_the_evaluator_within_ulps(name, dtype, tmp_path):
    eps = np.finfo(np.dtype(dtype)).eps
    for got, want in _compiled_and_evaluated(MATH[name], dtype, tmp_path):
        np.testing.assert_allclose(got, want, rtol=16 * eps, atol=16 * eps)
