"""Generate tests/engine/data/sleef_golden.json: torch.atan2 (float32 and
float64), float64 torch.pow and torch.sigmoid, F.silu, and their gradients, bit for
bit from a real PyTorch, on inputs gradsh regenerates (seeded rand/randn,
literal special values). Cases marked "mkl" go through gradsh's MKL VML
log (the gradient of ``x ** e`` for ``e``) and skip without MKL.

    /path/to/torch-venv/bin/python dev/gen_sleef_golden.py

Each case keeps the SHA-256 of PyTorch's whole result and the bits of its
first 64 elements. The "sleef" cases also keep the hash of the vendored
SLEEF's own ``Sleef_atan2f16_u10`` / ``Sleef_atan2d8_u10`` /
``Sleef_powd8_u10`` / ``Sleef_expd8_u10`` on every element (a small gcc
shim calling PyTorch's libtorch_cpu.so), which checks gradsh's emulation of
the vector body alone.
"""
from __future__ import annotations

import ctypes
import os
import sys
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_pow_golden  # noqa: E402 - beside this file

OUT = Path(__file__).resolve().parent.parent / "tests" / "engine" / "data" / "sleef_golden.json"
_COMMON = ["0.0", "-0.0", "float('inf')", "float('-inf')", "float('nan')", "1.0", "-1.0",
           "0.5", "-0.5", "2.0", "-2.0", "3.0", "-3.0", "7.0", "-1.5", "0.1", "1e30", "-1e30"]
SPECIAL = {"float32": _COMMON + ["1e-45", "-1e-45", "1e-39", "-2e-39", "1.1754944e-38",
                                 "3.4e38", "-3.4e38", "16777218.0"],
           "float64": _COMMON + ["5e-324", "-5e-324", "1e-310", "-3e-309",
                                 "2.2250738585072014e-308", "1.7e308", "-1.7e308",
                                 "9007199254740994.0", "1e-300"]}
WIDE = ("[0.0, -0.0, float('inf'), float('-inf'), float('nan'), 5e-324, -5e-324, 1e-310, "
        "709.0, 709.8, 710.0, -708.0, -745.0, -745.2, -746.0, 745.0, 746.0, 1000.0, -1000.0, "
        "-1001.0, 36.0, -36.0, 37.5, 1e-17, -1e-17, 0.5]")


def grid(dtype: str) -> tuple[str, str]:
    """All pairs of the special values: (first, second) as tensor sources."""
    values = SPECIAL[dtype]
    first = ", ".join(v for v in values for _ in values)
    second = ", ".join(values * len(values))
    return (f"torch.tensor([{first}], dtype=torch.{dtype})",
            f"torch.tensor([{second}], dtype=torch.{dtype})")


def cases() -> list[dict]:
    found = []

    def add(kind, setup, source, **extra):
        found.append(dict(kind=kind, setup=setup, source=source, **extra))

    rand = ("torch.manual_seed({seed}); a = torch.randn({n}, dtype=torch.{d}); "
            "b = torch.randn({n}, dtype=torch.{d}); p = torch.rand({n}, dtype=torch.{d}) * 3")
    for d in ("float32", "float64"):
        for seed, n in enumerate((7, 16, 33, 1000, 40003)):
            add("atan2", rand.format(seed=seed, n=n, d=d), "torch.atan2(a, b)",
                sleef=["a", "b"] if n == 40003 else None)
        first, second = grid(d)
        add("atan2", "", f"torch.atan2({first}, {second})", sleef=[first, second])
        seeded = (f"torch.manual_seed(20); a = torch.randn(50, 70, dtype=torch.{d}); "
                  f"b = torch.randn(70, 50, dtype=torch.{d})")
        for source in ("torch.atan2(a, b[:, 0])", "torch.atan2(a, b[:50, :1])",
                       "torch.atan2(a.t(), b)", "torch.atan2(a, b.t())",
                       "torch.atan2(a, torch.tensor(0.3, dtype=a.dtype))",
                       "torch.atan2(a[:, ::3], b.t()[:, ::3])", "a.atan2(b.t() * 1e-20)"):
            add("atan2", seeded, source)
    add("atan2", "", "torch.atan2(torch.arange(-5, 6), torch.tensor(2))")
    add("atan2", "torch.manual_seed(21); a = torch.randn(100)",
        "torch.atan2(a, torch.randn(100, dtype=torch.float64))")
    d = "float64"
    for seed, n in enumerate((7, 16, 33, 1000, 40003)):
        setup = rand.format(seed=30 + seed, n=n, d=d)
        add("pow", setup, "torch.pow(p, b)", sleef=["p", "b"] if n == 40003 else None)
        add("pow", setup, "p ** 2.5")
        add("sigmoid", setup, "torch.sigmoid(b * 8)", sleef=["-(b * 8)"] if n == 40003 else None)
    first, second = grid(d)
    add("pow", "", f"torch.pow({first}, {second})", sleef=[first, second])
    add("pow", "torch.manual_seed(40); a = torch.randn(1000, dtype=torch.float64) * 3",
        "a ** torch.round(torch.randn(1000, dtype=torch.float64) * 4)")
    seeded = ("torch.manual_seed(41); a = torch.rand(50, 70, dtype=torch.float64); "
              "b = torch.randn(70, 50, dtype=torch.float64)")
    for source in ("a ** b[:, 0]", "a ** b[:50, :1]", "a.t() ** b", "a ** b.t()",
                   "a ** torch.tensor(1.7, dtype=torch.float64)", "2.5 ** b", "a[:, ::3] ** 1.5"):
        add("pow", seeded, source)
    for exponent in ("-1.3", "0.1", "4", "7", "-3", "31", "1e-3", "1.25", "1e10"):
        add("pow", seeded, f"(a * 4 - 2).pow({exponent})")
    add("pow", "", f"{first} ** 1.25")
    add("pow", "", f"{first} ** -3")
    add("sigmoid", seeded, "torch.sigmoid(b.t() * 6)")
    add("sigmoid", seeded, "torch.sigmoid(b[:, ::3] * 6)")
    add("sigmoid", "", "torch.sigmoid(torch.linspace(-750, 750, 2001, dtype=torch.float64))")
    add("sigmoid", "", f"torch.sigmoid(torch.tensor({WIDE}, dtype=torch.float64))",
        sleef=[f"-torch.tensor({WIDE}, dtype=torch.float64)"])
    add("sigmoid", "", f"torch.sigmoid({grid('float32')[0]})")
    for d in ("float32", "float64"):  # F.silu: silu_kernel / silu_backward_kernel
        for seed, n in enumerate((7, 33, 1000, 40003)):
            setup = (f"torch.manual_seed({60 + seed}); "
                     f"x = (torch.randn({n}, dtype=torch.{d}) * 4).requires_grad_(); "
                     f"g = torch.randn({n}, dtype=torch.{d}); y = torch.nn.functional.silu(x)")
            add("silu", setup, "y")
            add("grad", f"{setup}; y.backward(g)", "x.grad")
        add("grad", f"{setup}; (gx,) = torch.autograd.grad(y, x, g, create_graph=True)", "gx")
        add("silu", "", f"torch.nn.functional.silu({grid(d)[0]})")
        add("silu", f"torch.manual_seed(64); a = torch.randn(50, 70, dtype=torch.{d})",
            "torch.nn.functional.silu(a.t()[:, ::3] * 8)")
    for d in ("float32", "float64"):
        base = (f"torch.manual_seed(50); "
                f"x = torch.rand(1000, dtype=torch.{d}, requires_grad=True); "
                f"e = torch.randn(1000, dtype=torch.{d}, requires_grad=True); "
                f"y = torch.randn(1000, dtype=torch.{d}, requires_grad=True); "
                f"g = torch.randn(1000, dtype=torch.{d})")
        for run, target in (("(x ** 2.5).backward(g)", "x.grad"),
                            ("(x ** e).backward(g)", "x.grad"),
                            ("(x ** e).backward(g)", "e.grad"),  # log(x): MKL's
                            ("(2.5 ** e).backward(g)", "e.grad"),
                            ("(x ** torch.round(e * 2)).backward(g)", "x.grad"),
                            ("torch.sigmoid(y * 4).backward(g)", "y.grad"),
                            ("torch.atan2(y, e).backward(g)", "y.grad"),
                            ("torch.atan2(y, e).backward(g)", "e.grad")):
            add("grad", f"{base}; {run}", target, mkl=True if "e.grad" in target and
                "x ** e" in run else None)
        zeros = (f"a = torch.tensor([0., 1., -0., 2.], dtype=torch.{d}, requires_grad=True); "
                 f"b = torch.tensor([0., 0., 2., -2.], dtype=torch.{d}, requires_grad=True)")
        for run, target in (("torch.atan2(a, b).sum().backward()", "a.grad"),
                            ("torch.atan2(a, b).sum().backward()", "b.grad"),
                            ("(a ** b).sum().backward()", "a.grad"),
                            ("(a ** b).sum().backward()", "b.grad"),
                            ("(0.0 ** b).sum().backward()", "b.grad"),
                            ("(a ** 0).sum().backward()", "a.grad")):
            add("grad", f"{zeros}; {run}", target)
    return found


SHIM = r"""
#include <immintrin.h>
#include <dlfcn.h>
typedef __m512 (*f2)(__m512, __m512);
typedef __m512d (*d1)(__m512d);
typedef __m512d (*d2)(__m512d, __m512d);
__attribute__((target("avx512f")))
int run(const char *lib, const char *name, int dbl, int arity, const void *a, const void *b,
        void *out, long n) {
  void *h = dlopen(lib, RTLD_LAZY); if (!h) return -1;
  void *f = dlsym(h, name); if (!f) return -2;
  if (dbl) {
    const double *x = a, *y = b; double *r = out;
    for (long i = 0; i < n; i += 8) {
      __m512d u = _mm512_loadu_pd(x + i);
      __m512d v = arity == 1 ? ((d1)f)(u) : ((d2)f)(u, _mm512_loadu_pd(y + i));
      _mm512_storeu_pd(r + i, v);
    }
  } else {
    const float *x = a, *y = b; float *r = out;
    for (long i = 0; i < n; i += 16)
      _mm512_storeu_ps(r + i, ((f2)f)(_mm512_loadu_ps(x + i), _mm512_loadu_ps(y + i)));
  }
  return 0;
}
"""


def _shim():
    return gen_pow_golden._shim(SHIM)


def _vendored_sleef(shim, name: str, arguments: list[np.ndarray]) -> np.ndarray:
    library = str(Path(torch.__file__).parent / "lib" / "libtorch_cpu.so")
    dtype = arguments[0].dtype
    n = arguments[0].size
    size = -(-n // 16) * 16
    padded = []
    for values in arguments + arguments[:1] * (2 - len(arguments)):
        block = np.zeros(size, dtype)
        block[:n] = values.reshape(-1)
        padded.append(block)
    out = np.empty(size, dtype)
    pointers = [p.ctypes.data_as(ctypes.c_void_p) for p in padded]
    assert shim.run(library.encode(), name.encode(), int(dtype == np.float64), len(arguments),
                    *pointers, out.ctypes.data_as(ctypes.c_void_p), ctypes.c_long(size)) == 0
    return out[:n]


def sleef_name(kind: str, dtype: np.dtype) -> str:
    if kind == "atan2":
        return "Sleef_atan2f16_u10avx512f" if dtype == np.float32 else "Sleef_atan2d8_u10avx512f"
    return {"pow": "Sleef_powd8_u10avx512f", "sigmoid": "Sleef_expd8_u10avx512f"}[kind]


def describe(case: dict, shim) -> dict:
    """gen_pow_golden's row, with this file's shim (float32 and float64)."""
    return gen_pow_golden.describe(
        case, shim, vendored=_vendored_sleef,
        sleef_name=lambda case, arguments: sleef_name(case["kind"], arguments[0].dtype))


def main() -> None:
    shim = _shim()
    gen_pow_golden.write(OUT, [describe(c, shim) for c in cases()])


if __name__ == "__main__":
    main()
