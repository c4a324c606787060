"""Generate tests/engine/data/sum_golden.json: torch.sum / torch.mean (and the
sums autograd does to undo broadcasting) bit for bit, from a real PyTorch.

Every case is a gradsh/PyTorch source whose inputs come from torch.manual_seed
and torch.randn, which gradsh reproduces bit for bit, so only hashes of the
results are stored.  Run with the reference PyTorch (2 threads, the default on
the 2-core reference machine; big reductions depend on the thread count):

    /path/to/torch-venv/bin/python dev/gen_sum_golden.py
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np
import torch

OUT = Path(__file__).resolve().parent.parent / "tests" / "engine" / "data" / "sum_golden.json"
SIZES = [1, 2, 3, 5, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 100, 127, 128, 129, 1000,
         2000, 4096, 32768, 32769, 10**5, 10**6]
DTYPES = {"float32": "", "float64": ".double()", "float16": ".half()"}


def cases() -> list[tuple[str, str]]:
    out = []
    seed = 0

    def add(name, setup, expr):
        nonlocal seed
        seed += 1
        out.append((name, f"torch.manual_seed({seed})\n{setup}\nresult = {expr}"))

    for dtype, cast in DTYPES.items():
        for n in SIZES:
            add(f"{dtype} full {n}", f"x = (torch.randn({n}) * 3 + 0.5){cast}", "x.sum()")
        for n in (1, 17, 2000, 10**5):
            add(f"{dtype} mean {n}", f"x = (torch.randn({n}) * 3 + 0.5){cast}", "x.mean()")
        for shape in [(5, 33), (64, 65), (129, 8), (1000, 1000), (40000, 3), (3, 40000)]:
            setup = f"x = torch.randn{shape}{cast}"
            for expr in ("x.sum(0)", "x.sum(-1)", "x.t().sum(0)", "x.t().sum(-1)", "x.sum()",
                         "x.t().sum()", "x.mean(0)", "x.mean(1, keepdim=True)"):
                add(f"{dtype} {shape} {expr}", setup, expr)
        for shape in [(5, 17, 33), (64, 3, 100), (100, 40, 50), (7, 129, 65)]:
            setup = f"x = torch.randn{shape}{cast}"
            for expr in ("x.sum(0)", "x.sum(1)", "x.sum(-1)", "x.sum((0, 2))", "x.sum((0, 1))",
                         "x.sum((1, 2), keepdim=True)", "x.sum()", "x.permute(2, 0, 1).sum(1)",
                         "x.permute(2, 0, 1).sum((0, 2))", "x.mean((0, 2))"):
                add(f"{dtype} {shape} {expr}", setup, expr)
        for setup, expr in [("x = torch.randn(100, 300)", "x[:, ::2].sum(0)"),
                            ("x = torch.randn(100, 300)", "x[:, ::2].sum(1)"),
                            ("x = torch.randn(400, 301)", "x[:, 1:].sum()"),
                            ("x = torch.randn(100000)", "x[::3].sum()"),
                            ("x = torch.randn(50, 60, 40)", "x[..., ::2].sum()"),
                            ("x = torch.randn(1, 50)", "x.expand(700, 50).sum(0)")]:
            add(f"{dtype} {expr}", setup.replace(")", f"){cast}", 1) if cast else setup, expr)
    add("sum dtype=float64", "x = torch.randn(3000)", "x.sum(dtype=torch.float64)")
    add("half sum dtype=float32", "x = torch.randn(3000).half()", "x.sum(dtype=torch.float32)")
    add("mean dtype=float16", "x = torch.randn(3000)", "x.mean(dtype=torch.float16)")
    add("mse_loss mean", "a = torch.randn(2000)\nb = torch.randn(2000)",
        "torch.nn.functional.mse_loss(a, b)")
    add("mse_loss sum", "a = torch.randn(64, 100)\nb = torch.randn(64, 100)",
        "torch.nn.functional.mse_loss(a, b, reduction='sum')")
    grads = [("(100, 30) + (30,)",
              "x = torch.randn(100, 30)\nb = torch.randn(30, requires_grad=True)",
              "(x + b).pow(2).sum().backward()", "b.grad"),
             ("(2000,) * 0-d", "x = torch.randn(2000)\nw = torch.randn((), requires_grad=True)",
              "(w * x).pow(2).sum().backward()", "w.grad"),
             ("(64, 3, 32, 32) * (3, 1, 1)",
              "x = torch.randn(64, 3, 32, 32)\nw = torch.randn(3, 1, 1, requires_grad=True)",
              "(x * w).pow(2).sum().backward()", "w.grad"),
             ("(500, 70) + (500, 1)",
              "x = torch.randn(500, 70)\nb = torch.randn(500, 1, requires_grad=True)",
              "(x + b).pow(2).mean().backward()", "b.grad")]
    for name, setup, step, expr in grads:
        add(f"grad {name}", f"{setup}\n{step}", expr)
    return out


def digest(array: np.ndarray) -> dict:
    array = np.ascontiguousarray(array)
    return {"dtype": str(array.dtype), "shape": list(array.shape),
            "sha256": hashlib.sha256(array.tobytes()).hexdigest(),
            "first": f"{int(array.reshape(-1).view(f'u{array.itemsize}')[0]):x}"}


def main() -> None:
    torch.set_num_threads(2)
    data = {"torch": torch.__version__, "threads": torch.get_num_threads(), "cases": []}
    for name, source in cases():
        scope = {"torch": torch}
        exec(source, scope)  # noqa: S102 - our own sources
        data["cases"].append({"name": name, "source": source,
                              **digest(scope["result"].detach().numpy())})
    OUT.write_text(json.dumps(data, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(data['cases'])} cases)")


if __name__ == "__main__":
    main()
