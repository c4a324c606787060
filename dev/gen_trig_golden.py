"""Generate tests/engine/data/trig_golden.json: torch.sin / torch.cos (and
their gradients) bit for bit from a real PyTorch, on inputs gradsh
regenerates (linspace, seeded randn, literal special values).

    /path/to/torch-venv/bin/python dev/gen_trig_golden.py

Each case keeps the SHA-256 of PyTorch's whole result and the bits of its
first 400 elements. PyTorch's float32/float64 kernels are MKL's VML; its
float16 kernel is SLEEF in float32. For float32 cases the script also keeps
the hash of SLEEF's own ``Sleef_sinf8_u10`` / ``Sleef_cosf8_u10`` (the copy
PyTorch vendors, called through a small C shim built with gcc when gcc is
available), which checks gradsh's SLEEF emulation without MKL.
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

OUT = Path(__file__).resolve().parent.parent / "tests" / "engine" / "data" / "trig_golden.json"
PI = "3.141592653589793"
SAMPLE = 400
SPECIAL = ("[0.0, -0.0, float('inf'), float('-inf'), float('nan'), 1e-45, -1e-45, 1e-40, "
           "1.1754942e-38, 1e-30, 1e-8, 1e-4, 0.7, 124.99, 125.0, 1e5, 3e38, "
           + ", ".join(f"{k} * {PI} / 2" for k in range(-24, 25)) + "]")

SHIM = r"""
#include <immintrin.h>
#include <dlfcn.h>
typedef __m256 (*f8)(__m256);
int run8(const char *lib, const char *name, const float *in, float *out, long n) {
  void *h = dlopen(lib, RTLD_LAZY); if (!h) return -1;
  f8 f = (f8)dlsym(h, name); if (!f) return -2;
  for (long i = 0; i < n; i += 8) _mm256_storeu_ps(out + i, f(_mm256_loadu_ps(in + i)));
  return 0;
}
"""


def inputs() -> list[tuple[str, str]]:
    """(setup statements, the input expression) pairs."""
    found = [("", f"torch.linspace(-{PI}, {PI}, 2000)"), ("", f"torch.tensor({SPECIAL})")]
    for scale in ("1.0", "10.0", "100.0", "10000.0"):
        found.append(("torch.manual_seed(0)", f"torch.randn(100000) * {scale}"))
    found.append(("", f"torch.linspace(-{PI}, {PI}, 2000, dtype=torch.float64)"))
    found.append(("torch.manual_seed(1)", "torch.randn(100000, dtype=torch.float64) * 100.0"))
    found.append(("", f"torch.linspace(-{PI}, {PI}, 2000).half()"))
    found.append(("torch.manual_seed(2)", "(torch.randn(10000) * 100.0).half()"))
    return found


def cases() -> list[dict]:
    found = []
    for setup, source in inputs():
        for function in ("sin", "cos"):
            found.append({"setup": setup, "source": f"torch.{function}({source})",
                          "function": function, "input": source})
    for function in ("sin", "cos"):
        setup = (f"x = torch.linspace(-{PI}, {PI}, 2000, requires_grad=True); "
                 f"torch.{function}(x).backward(torch.linspace(-1, 1, 2000))")
        found.append({"setup": setup, "source": "x.grad", "function": function})
    return found


def _shim():
    try:
        folder = Path(tempfile.mkdtemp())
        (folder / "shim.c").write_text(SHIM)
        subprocess.run(["gcc", "-O1", "-mavx2", "-mfma", "-shared", "-fPIC", str(folder / "shim.c"),
                        "-o", str(folder / "shim.so"), "-ldl"], check=True)
        return ctypes.CDLL(str(folder / "shim.so"))
    except (OSError, subprocess.CalledProcessError):
        return None


def _vendored_sleef(shim, function: str, values: np.ndarray) -> np.ndarray:
    library = str(Path(torch.__file__).parent / "lib" / "libtorch_cpu.so")
    size = -(-values.size // 8) * 8
    padded = np.zeros(size, np.float32)
    padded[:values.size] = values.reshape(-1)
    out = np.empty_like(padded)
    name = f"Sleef_{function}f8_u10avx2"
    assert shim.run8(library.encode(), name.encode(), padded.ctypes.data_as(ctypes.c_void_p),
                     out.ctypes.data_as(ctypes.c_void_p), ctypes.c_long(size)) == 0
    return out[:values.size]


def _bits(array: np.ndarray) -> list[str]:
    flat = np.ascontiguousarray(array).reshape(-1)[:SAMPLE]
    return [f"{int(b):x}" for b in flat.view(f"u{flat.dtype.itemsize}")]


def describe(case: dict, shim) -> dict:
    scope = {"torch": torch}
    if case["setup"]:
        exec(case["setup"], scope)  # noqa: S102 - our own statements
    value = eval(case["source"], scope).detach()  # noqa: S307
    array = np.ascontiguousarray(value.numpy())
    row = dict(case, dtype=str(value.dtype), shape=list(value.shape),
               sha256=hashlib.sha256(array.tobytes()).hexdigest(), bits=_bits(array))
    if shim is not None and value.dtype == torch.float32 and "input" in case:
        scope = {"torch": torch}
        if case["setup"]:
            exec(case["setup"], scope)  # noqa: S102 - the same draws again
        values = eval(case["input"], scope).numpy()  # noqa: S307
        sleef = _vendored_sleef(shim, case["function"], values)
        row["sleef_sha256"] = hashlib.sha256(sleef.tobytes()).hexdigest()
    return row


def main() -> None:
    shim = _shim()
    data = {"torch": torch.__version__, "cpu_capability": torch.backends.cpu.get_cpu_capability(),
            "cases": [describe(c, shim) for c in cases()]}
    OUT.write_text(json.dumps(data, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(data['cases'])} cases)")


if __name__ == "__main__":
    main()
