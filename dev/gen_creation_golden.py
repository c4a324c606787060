"""Generate tests/engine/data/creation_golden.json: torch.linspace (and
arange) bit for bit, from a real PyTorch over a seeded grid of bounds,
lengths and dtypes.

    /path/to/torch-venv/bin/python dev/gen_creation_golden.py
"""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import torch

OUT = Path(__file__).resolve().parent.parent / "tests" / "engine" / "data" / "creation_golden.json"
DTYPES = ("float32", "float64", "float16", "int64", "int32", "uint8")


def cases() -> list[str]:
    rng = np.random.default_rng(2026)
    sources = ["torch.linspace(-1, 1, 13)", "torch.linspace(0, 1, 5)", "torch.linspace(-6, 6, 13)",
               "torch.linspace(3, 3, 4)", "torch.linspace(1, 0, 1)", "torch.linspace(0, 1, 0)",
               "torch.linspace(-4, 4, 1001)", "torch.linspace(0, 1, 2**12 + 3)",
               "torch.linspace(2, 10, 7, dtype=torch.int64)",
               "torch.linspace(-2.5, 7.9, 9, dtype=torch.int32)",
               "torch.linspace(torch.tensor(0.5), 2.0, 6)"]
    for trial in range(240):
        dtype = DTYPES[trial % len(DTYPES)]
        steps = int(rng.integers(1, 70))
        if dtype.startswith("int") or dtype == "uint8":
            low = 0 if dtype == "uint8" else -50
            start, end = (int(v) for v in rng.integers(low, 60, 2))
        elif trial % 4 == 0:
            start, end = (float(v) for v in rng.integers(-20, 20, 2))
        else:
            start, end = (round(float(v), 6) for v in rng.normal(0, 10, 2))
        sources.append(f"torch.linspace({start!r}, {end!r}, {steps}, dtype=torch.{dtype})")
    return sources


def describe(source: str) -> dict:
    value = eval(source, {"torch": torch})  # noqa: S307 - our own sources
    array = value.numpy()
    return {"source": source, "dtype": str(value.dtype), "shape": list(value.shape),
            "bits": [f"{int(b):x}" for b in array.reshape(-1).view(f"u{array.dtype.itemsize}")]}


def main() -> None:
    data = {"torch": torch.__version__, "cases": [describe(s) for s in cases()]}
    OUT.write_text(json.dumps(data, indent=0) + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({len(data['cases'])} cases)")


if __name__ == "__main__":
    main()
