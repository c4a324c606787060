"""Generate tests/engine/data/pow_golden.json: float32 torch.pow (tensor **
tensor, tensor ** number, number ** tensor) and torch.sigmoid bit for bit
from a real PyTorch, on inputs gradsh regenerates (seeded rand/randn,
linspace, literal special values).

    /path/to/torch-venv/bin/python dev/gen_pow_golden.py

Each case keeps the SHA-256 of PyTorch's whole result and the bits of its
first 64 elements. A few "sleef" cases keep the hash of the vendored
SLEEF's own ``Sleef_powf16_u10`` / ``Sleef_expf16_u10`` on every element
(called through a small gcc shim on PyTorch's libtorch_cpu.so), which
checks gradsh's emulation of the vector body alone.
"""
from __future__ import annotations

import ctypes
import hashlib
import json
import subprocess
import tempfile
from pathlib import Path

import numpy as np
import torch

OUT = Path(__file__).resolve().parent.parent / "tests" / "engine" / "data" / "pow_golden.json"
PI = "3.141592653589793"
SAMPLE = 64
_SPECIAL = ["0.0", "-0.0", "float('inf')", "float('-inf')", "float('nan')", "1.0", "-1.0",
            "0.5", "2.0", "-2.0", "1e-45", "3e38", "1.5", "1.4999999", "0.75", "-3.0"]
BASES = "[" + ", ".join(b for b in _SPECIAL for _ in _SPECIAL) + "]"
EXPONENTS = "[" + ", ".join(_SPECIAL * len(_SPECIAL)) + "]"
WIDE = ("[0.0, -0.0, float('inf'), float('-inf'), float('nan'), 1e-45, -1e-45, 88.0, 88.8, "
        "89.0, -87.0, -103.9, -104.0, -104.1, 100.0, 100.1, 1e-8, -1e-8, 16.0, -16.0, 0.5]")

SHIM = r"""
#include <immintrin.h>
#include <dlfcn.h>
typedef __m512 (*f1)(__m512);
typedef __m512 (*f2)(__m512, __m512);
__attribute__((target("avx512f")))
int run16(const char *lib, const char *name, int arity, const float *a, const float *b,
          float *out, long n) {
  void *h = dlopen(lib, RTLD_LAZY); if (!h) return -1;
  void *f = dlsym(h, name); if (!f) return -2;
  for (long i = 0; i < n; i += 16) {
    __m512 x = _mm512_loadu_ps(a + i);
    __m512 r = arity == 1 ? ((f1)f)(x) : ((f2)f)(x, _mm512_loadu_ps(b + i));
    _mm512_storeu_ps(out + i, r);
  }
  return 0;
}
"""


def cases() -> list[dict]:
    rand = "torch.manual_seed({seed}); a = torch.rand({n}) * 3; b = torch.randn({n}) * 3"
    found = []

    def add(kind, setup, source, **extra):
        found.append(dict(kind=kind, setup=setup, source=source, **extra))

    for seed, n in enumerate((7, 33, 1000, 1007, 40000, 100003)):
        add("tensor_tensor", rand.format(seed=seed, n=n), "torch.pow(a, b)",
            sleef=["a", "b"] if n in (1007, 40000) else None)
        add("tensor_scalar", rand.format(seed=seed, n=n), "a ** 2.5")
        add("sigmoid", rand.format(seed=seed, n=n), "torch.sigmoid(b * 3)",
            sleef=["-(b * 3)"] if n == 40000 else None)
    add("tensor_tensor", "", f"torch.linspace(-{PI}, {PI}, 2000).unsqueeze(-1)"
        ".pow(torch.tensor([1, 2, 3]))")
    add("tensor_tensor", "torch.manual_seed(10); a = torch.randn(1000)",
        "a ** torch.round(torch.randn(1000) * 3)")
    seeded = "torch.manual_seed(11); a = torch.rand(50, 70); b = torch.randn(70, 50)"
    add("tensor_tensor", seeded, "a ** b[:, 0]")
    add("tensor_tensor", seeded, "a ** b[:50, :1]")
    add("tensor_tensor", seeded, "a.t() ** b")
    add("tensor_tensor", seeded, "a ** b.t()")
    add("tensor_tensor", seeded, "a ** torch.tensor(1.7)")
    add("tensor_tensor", seeded, "2.5 ** b")
    add("tensor_tensor", "torch.manual_seed(12); a = torch.rand(300, 400)",
        "a ** torch.randn(400)")
    add("tensor_tensor", "", f"torch.tensor({BASES}).pow(torch.tensor({EXPONENTS}))",
        sleef=[f"torch.tensor({BASES})", f"torch.tensor({EXPONENTS})"])
    for exponent in ("-1.3", "0.1", "4", "7", "1e-3", "1.5"):
        add("tensor_scalar", seeded, f"(a * 4 - 1).pow({exponent})")
    add("tensor_scalar", "torch.manual_seed(13); a = torch.randn(40000)", "a.abs() ** 0.75")
    add("tensor_scalar", "", f"torch.tensor({BASES}) ** 1.25")
    add("sigmoid", seeded, "torch.sigmoid(b.t() * 4)")
    add("sigmoid", "torch.manual_seed(14); a = torch.randn(300, 400) * 8", "a.sigmoid()")
    add("sigmoid", "", "torch.sigmoid(torch.linspace(-110, 110, 2001))")
    add("sigmoid", "", f"torch.sigmoid(torch.tensor({WIDE}))", sleef=[f"-torch.tensor({WIDE})"])
    add("grad", "x = torch.rand(1000, requires_grad=True); (x ** 2.5).backward("
        "torch.linspace(-1, 1, 1000))", "x.grad")
    add("grad", "x = torch.linspace(-4, 4, 1000, requires_grad=True); "
        "torch.sigmoid(x).backward(torch.linspace(-1, 1, 1000))", "x.grad")
    add("grad", "torch.manual_seed(15); x = torch.rand(1000, requires_grad=True); "
        "e = torch.randn(1000, requires_grad=True); (x ** e).backward(torch.ones(1000))",
        "x.grad")
    add("grad", "torch.manual_seed(15); x = torch.rand(1000, requires_grad=True); "
        "e = torch.randn(1000, requires_grad=True); (x ** e).backward(torch.ones(1000))",
        "e.grad")
    return found


def _shim(source: str | None = None):
    """The C shim (``source``, this file's SHIM by default) built with gcc, or None."""
    try:
        folder = Path(tempfile.mkdtemp())
        (folder / "shim.c").write_text(source or SHIM)
        subprocess.run(["gcc", "-O1", "-shared", "-fPIC", str(folder / "shim.c"),
                        "-o", str(folder / "shim.so"), "-ldl"], check=True)
        return ctypes.CDLL(str(folder / "shim.so"))
    except (OSError, subprocess.CalledProcessError):
        return None


def _vendored_sleef(shim, name: str, arguments: list[np.ndarray]) -> np.ndarray:
    library = str(Path(torch.__file__).parent / "lib" / "libtorch_cpu.so")
    n = arguments[0].size
    size = -(-n // 16) * 16
    padded = []
    for values in arguments + arguments[:1] * (2 - len(arguments)):
        block = np.zeros(size, np.float32)
        block[:n] = values.reshape(-1)
        padded.append(block)
    out = np.empty(size, np.float32)
    pointers = [p.ctypes.data_as(ctypes.c_void_p) for p in padded]
    assert shim.run16(library.encode(), name.encode(), len(arguments), *pointers,
                      out.ctypes.data_as(ctypes.c_void_p), ctypes.c_long(size)) == 0
    return out[:n]


def _bits(array: np.ndarray) -> list[str]:
    flat = np.ascontiguousarray(array).reshape(-1)[:SAMPLE]
    return [f"{int(b):x}" for b in flat.view(f"u{flat.dtype.itemsize}")]


def _run(setup: str, source: str):
    scope = {"torch": torch}
    if setup:
        exec(setup, scope)  # noqa: S102 - our own statements
    return eval(source, scope), scope  # noqa: S307


def _pow_or_exp(case: dict, arguments: list) -> str:
    return "Sleef_powf16_u10avx512f" if len(arguments) == 2 else "Sleef_expf16_u10avx512f"


def describe(case: dict, shim, vendored=None, sleef_name=_pow_or_exp) -> dict:
    """The golden row of a case: PyTorch's result (dtype, shape, sha256, first
    bits) and, with the shim, the vendored SLEEF function's own (``vendored``
    calls it; ``sleef_name`` names it)."""
    value, scope = _run(case["setup"], case["source"])
    array = np.ascontiguousarray(value.detach().numpy())
    row = {k: v for k, v in case.items() if v is not None}
    row.update(dtype=str(value.dtype), shape=list(value.shape),
               sha256=hashlib.sha256(array.tobytes()).hexdigest(), bits=_bits(array))
    if shim is not None and case.get("sleef"):
        _, scope = _run(case["setup"], "None")
        arguments = [eval(a, scope).detach().numpy() for a in case["sleef"]]  # noqa: S307
        got = (vendored or _vendored_sleef)(shim, sleef_name(case, arguments), arguments)
        row["sleef_sha256"] = hashlib.sha256(got.tobytes()).hexdigest()
    return row


def write(out: Path, rows: list) -> None:
    """The golden file: PyTorch's version, CPU capability and threads, the rows."""
    data = {"torch": torch.__version__, "cpu_capability": torch.backends.cpu.get_cpu_capability(),
            "threads": torch.get_num_threads(), "cases": rows}
    out.write_text(json.dumps(data, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {out} ({len(rows)} cases)")


def main() -> None:
    shim = _shim()
    write(OUT, [describe(c, shim) for c in cases()])


if __name__ == "__main__":
    main()
