"""Generate tests/engine/data/log1p_expm1_golden.json: torch.log1p / torch.expm1
(and their gradients) bit for bit from a real PyTorch, on inputs gradsh
regenerates (literal special values, seeded randn/rand, random bit patterns
through randint(...).view(float)).

    /path/to/torch-venv/bin/python dev/gen_log1p_golden.py

Each case keeps the source (run the same way by tests/engine/test_log1p_expm1.py
in gradsh's interpreter), the result's dtype and shape, and the SHA-256 of
PyTorch's result bytes. The sizes straddle the kernel's vector blocks (16
float32 / 8 float64 lanes), the 2048-element grain of the parallel split and
the 8 KiB buffer of the strided path.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np
import torch

OUT = Path(__file__).resolve().parent.parent / "tests" / "engine" / "data" \
    / "log1p_expm1_golden.json"
SPECIAL = ("[0.0, -0.0, -1.0, -1.5, -2.0, float('inf'), float('-inf'), float('nan'), "
           "1e-45, -1e-45, 1e-40, -1e-40, 1.1754942e-38, 1e-30, -1e-30, 1e-8, -1e-8, 1e-4, "
           "-0.5, -0.99999994, -0.9999999, 0.5, 1.0, 2.0, 10.0, 1e10, 1e37, 9.9e37, 1e38, "
           "1.01e38, 3e38, 3.4e38, -3e38, 16.0, -16.6355, -16.64, -17.0, -36.7, -36.8, "
           "-103.9, -104.5, -1000.5, 88.72283172607421875, 88.7229, 89.0, 709.78, 709.79, "
           "1e300, 1e306, 1.1e307, 1e308, -1e308, 5e-324, -5e-324, 2.2250738585072014e-308]")
KINDS = {"log1p": "(torch.rand({n}, dtype=torch.{d}) * 4 + 0.01)",
         "expm1": "torch.randn({n}, dtype=torch.{d})"}
SIZES = (15, 16, 17, 31, 32, 33, 2047, 2049, 4097, 8193)
BITS = {"float32": "torch.randint(-2**31, 2**31 - 1, ({n},), dtype=torch.int32)",
        "float64": "torch.randint(-2**63, 2**63 - 1, ({n},), dtype=torch.int64)"}


def sources() -> list[str]:
    found = []
    for op, draw in KINDS.items():
        for d in ("float32", "float64"):
            found.append(f"x = torch.tensor({SPECIAL}, dtype=torch.{d})\nresult = torch.{op}(x)")
            found.append(f"torch.manual_seed(7)\nx = {BITS[d].format(n=20000)}"
                         f".view(torch.{d})\nresult = torch.{op}(x)")
            for n in SIZES:
                found.append(f"torch.manual_seed({n})\nx = {draw.format(n=n, d=d)}\n"
                             f"result = torch.{op}(x)")
            found.append(f"torch.manual_seed(1)\nx = {draw.format(n='(3000, 7)', d=d)}\n"
                         f"result = torch.{op}(x[::2, 1:])")
            found.append(f"torch.manual_seed(2)\nx = {draw.format(n='(70, 9)', d=d)}\n"
                         f"result = torch.{op}(x.t())")
            found.append(f"x = torch.tensor(0.25, dtype=torch.{d})\nresult = torch.{op}(x)")
            found.append(f"torch.manual_seed(4)\nx = {draw.format(n='(9, 5)', d=d)}\n"
                         f"x.requires_grad_(True)\nw = torch.randn(9, 5, dtype=torch.{d})\n"
                         f"(torch.{op}(x) * w).sum().backward()\nresult = x.grad")
            found.append(f"x = torch.tensor({SPECIAL}, dtype=torch.{d})\n"
                         f"result = x.clone()\nresult.{op}_()")
        found.append(f"x = torch.tensor({SPECIAL}, dtype=torch.float16)\nresult = torch.{op}(x)")
        found.append("x = torch.arange(-32768, 32768, dtype=torch.int32).to(torch.int16)"
                     f".view(torch.float16)\nresult = torch.{op}(x)")
    return found


def main() -> None:
    cases = []
    for text in sources():
        torch.manual_seed(0)
        namespace = {"torch": torch}
        exec(text, namespace)  # noqa: S102 - the case sources above
        result = namespace["result"].detach()
        array = np.ascontiguousarray(result.numpy())
        cases.append({"source": text, "dtype": str(array.dtype), "shape": list(array.shape),
                      "sha256": hashlib.sha256(array.tobytes()).hexdigest()})
    OUT.write_text(json.dumps({"torch": torch.__version__, "cases": cases}, indent=1) + "\n",
                   "utf-8")
    print(f"{len(cases)} cases -> {OUT}")


if __name__ == "__main__":
    main()
