"""Generate the golden printing corpus from a real PyTorch.

Run with the oracle venv (torch 2.13, CPU):

    /tmp/torchenv/bin/python dev/gen_print_corpus.py

It writes ``tests/engine/data/print_corpus.json``: one record per case with
the dtype, shape, the exact little-endian bytes (base64), the print options,
the autograd flags, the default dtype, and PyTorch's ``repr(t)``. The tests
read only the JSON, never torch. The seed is fixed, so a rerun reproduces
the same file.
"""
from __future__ import annotations

import base64
import json
import math
import os
import sys

import numpy as np
import torch

SEED = 20240613
OUT = os.path.join(os.path.dirname(__file__), "..", "tests", "engine", "data", "print_corpus.json")

DTYPES = ["bool", "uint8", "int8", "int16", "int32", "int64", "float16", "float32", "float64"]
FLOATS = ["float16", "float32", "float64"]
INTS = ["uint8", "int8", "int16", "int32", "int64"]
DEFAULT_OPTS = dict(precision=4, threshold=1000, edgeitems=3, linewidth=80, sci_mode=None)

rng = np.random.default_rng(SEED)
cases: list[dict] = []


def rand_shape(max_dim: int = 4, max_numel: int = 60) -> tuple[int, ...]:
    ndim = int(rng.integers(0, max_dim + 1))
    while True:
        shape = tuple(int(rng.integers(1, 6)) for _ in range(ndim))
        if math.prod(shape) <= max_numel:
            return shape


def float_values(n: int, kind: str | None = None) -> np.ndarray:
    """Float64 values from one of several families (magnitudes 1e-10..1e12)."""
    kind = kind or str(rng.choice([
        "unit", "scaled", "logmix", "integral", "bigint", "special", "tiny",
        "near_thresh", "halves", "zeros", "narrow",
    ]))
    sign = rng.choice([-1.0, 1.0], size=n)
    if kind == "unit":
        v = rng.uniform(-1, 1, n)
    elif kind == "scaled":
        v = rng.uniform(-1, 1, n) * 10.0 ** int(rng.integers(-10, 13))
    elif kind == "logmix":
        lo = int(rng.integers(-10, 12))
        hi = int(rng.integers(lo, 13))
        v = sign * 10.0 ** rng.uniform(lo, hi + 1e-9, n)
    elif kind == "integral":
        low = -10 ** int(rng.integers(1, 5))
        high = 10 ** int(rng.integers(1, 5))
        v = rng.integers(low, high, n).astype(float)
    elif kind == "bigint":
        v = sign * np.round(10.0 ** rng.uniform(0, 12, n))
    elif kind == "tiny":
        v = sign * 10.0 ** rng.uniform(-10, -3, n)
    elif kind == "near_thresh":
        picks = [1e-4, 1.0001e-4, 9.999e-5, 1e8, 1.00000001e8, 99999999.0, 1000.0,
                 1000.5, 1.0, 0.1, 0.001, 1e3, 1e-3, 100000.0, 12345678.0]
        v = rng.choice(picks, n) * rng.choice([1.0, -1.0], n)
    elif kind == "halves":
        v = (rng.integers(-2000, 2000, n) + 0.5) / 10.0 ** int(rng.integers(0, 4))
    elif kind == "zeros":
        v = rng.choice([0.0, -0.0, 1.0, 0.0], n)
    elif kind == "narrow":
        v = 10.0 ** int(rng.integers(-6, 9)) * (1 + rng.uniform(0, 0.5, n)) * sign
    else:  # special
        v = rng.uniform(-10, 10, n) * 10.0 ** int(rng.integers(-5, 6))
        if rng.random() < 0.5:
            v = np.round(v)
    if kind == "special" or rng.random() < 0.15:
        k = max(1, n // 4)
        idx = rng.integers(0, n, k)
        v[idx] = rng.choice([np.nan, np.inf, -np.inf, -0.0, 0.0], k)
    return v


def values_for(dtype: str, n: int, kind: str | None = None) -> np.ndarray:
    if dtype == "bool":
        return rng.random(n) < rng.random()
    if dtype in INTS:
        info = np.iinfo(dtype)
        hi = min(int(info.max), 10 ** int(rng.integers(1, 19)))
        lo = 0 if dtype == "uint8" else max(int(info.min), -hi)
        if rng.random() < 0.3:
            lo = 0
        return rng.integers(lo, hi, n, dtype=np.int64 if dtype != "uint8" else np.uint8,
                            endpoint=True).astype(dtype)
    with np.errstate(over="ignore"):
        return float_values(n, kind).astype(dtype)


def add(arr: np.ndarray, dtype: str, opts: dict | None = None, requires_grad: bool = False,
        grad_fn: str | None = None, default_dtype: str = "float32") -> None:
    with np.errstate(over="ignore", invalid="ignore"):
        arr = np.ascontiguousarray(arr, dtype=dtype)
    o = dict(DEFAULT_OPTS)
    o.update(opts or {})
    torch.set_default_dtype(getattr(torch, default_dtype))
    torch.set_printoptions(profile="default", sci_mode=None)
    torch.set_printoptions(**o)
    try:
        t = torch.from_numpy(arr.copy())
        if requires_grad or grad_fn:
            t.requires_grad_(True)
        if grad_fn == "MulBackward0":
            t = t * 1
        elif grad_fn == "AddBackward0":
            t = t + 0
        elif grad_fn is not None:
            raise ValueError(grad_fn)
        actual_fn = type(t.grad_fn).__name__ if t.grad_fn is not None else None
        assert actual_fn == grad_fn, (actual_fn, grad_fn)
        expected = repr(t)
        arr = t.detach().numpy().copy()  # x*1 may change a NaN's payload bits
    finally:
        torch.set_printoptions(profile="default", sci_mode=None)
        torch.set_default_dtype(torch.float32)
    cases.append({
        "id": len(cases),
        "dtype": dtype,
        "shape": list(arr.shape),
        "data": base64.b64encode(arr.astype(arr.dtype.newbyteorder("<")).tobytes()).decode(),
        "options": o,
        "requires_grad": bool(requires_grad and not grad_fn),
        "grad_fn": grad_fn,
        "default_dtype": default_dtype,
        "expected": expected,
    })


def random_options() -> dict:
    o: dict = {}
    if rng.random() < 0.5:
        o["precision"] = int(rng.choice([2, 4, 6, 8]))
    if rng.random() < 0.4:
        o["linewidth"] = int(rng.choice([40, 80, 120]))
    if rng.random() < 0.3:
        o["threshold"] = int(rng.choice([10, 1000]))
    if rng.random() < 0.3:
        o["edgeitems"] = int(rng.choice([1, 2, 3]))
    if rng.random() < 0.3:
        o["sci_mode"] = [None, True, False][int(rng.integers(0, 3))]
    return o


def main() -> None:
    # 1. Hand-picked cases mirroring SPEC Appendix A.
    for v in [3.5, 1e-4, 1e-5, 0.0, -0.0, 12345678.0, 1e8, 1.00001e8, np.nan, np.inf, 65504.0, 0.1]:
        for dt in FLOATS:
            add(np.array(v), dt)
    for vals in ([1e-5, 1.0, 1e9], [0.0001, 1.0], [1000.0, 1.0], [1001.0, 1.0], [np.nan, 1.0],
                 [np.nan, np.inf, -np.inf, 1.5], [-0.0, 0.0, 1.0], [0.0, np.nan], [0.125, 0.375],
                 [1.23456789, 10.5, -0.125], [0.1, 1000.0], [np.inf, -np.inf], [2.5, 3.5, 0.5]):
        for dt in FLOATS:
            for o in ({}, {"precision": 2}, {"sci_mode": True}, {"sci_mode": False}):
                add(np.array(vals), dt, o)
    # 2. Random tensors of every dtype, shapes 0-d .. 4-d.
    for dt in DTYPES:
        for _ in range(40):
            shape = rand_shape()
            add(values_for(dt, math.prod(shape)).reshape(shape), dt, random_options())
    # 3. Every float family with each dtype and a random shape.
    for kind in ["unit", "scaled", "logmix", "integral", "bigint", "special", "tiny",
                 "near_thresh", "halves", "zeros", "narrow"]:
        for dt in FLOATS:
            for _ in range(4):
                shape = rand_shape(3, 40)
                vals = float_values(math.prod(shape), kind)
                if dt == "float16":
                    vals = np.clip(vals, -7e4, 7e4)  # a few overflow to inf on purpose
                add(vals.reshape(shape), dt, random_options())
    # 4. Empty shapes.
    for shape in [(0,), (0, 3), (2, 0, 4), (3, 0), (0, 0), (1, 0, 2, 1)]:
        for dt in DTYPES:
            add(np.zeros(shape, dt), dt)
        add(np.zeros(shape, "float64"), "float64", requires_grad=True)
        add(np.zeros(shape, "float32"), "float32", default_dtype="float64")
        add(np.zeros(shape, "float64"), "float64", default_dtype="float64")
    # 5. Summarized tensors (> threshold elements).
    big_shapes = [(1001,), (2000,), (40, 30), (5, 300), (300, 5), (11, 11, 11), (4, 5, 6, 10),
                  (2, 1001), (1001, 1), (3, 4, 100)]
    for shape in big_shapes:
        for dt in ["int8", "float16", "float32", "bool", "int64", "float64"]:
            n = math.prod(shape)
            arr = values_for(dt, n, kind=str(rng.choice(["unit", "integral", "halves", "logmix"])))
            if dt == "float16":
                arr = np.clip(arr, -6e4, 6e4)
            add(arr.reshape(shape), dt, random_options() if rng.random() < 0.5 else {})
    for shape in [(12,), (4, 5), (3, 3, 3), (2, 3, 2, 2), (30,), (7, 8)]:
        for edge in (1, 2, 3):
            dt = str(rng.choice(FLOATS + INTS))
            add(values_for(dt, math.prod(shape)).reshape(shape), dt,
                {"threshold": 10, "edgeitems": edge})
    # 6. Print options sweep on a few fixed tensors.
    base = [np.array([1.23456789, -10.5, 0.00012345, 333.3]),
            np.arange(30.0).reshape(5, 6) / 7,
            np.array([[1e-7, 2.0], [3e5, -4.0]]),
            np.arange(24.0).reshape(2, 3, 4) * 1.5,
            np.array([1.0, 2.0, 3.0, 1e9])]
    for arr in base:
        for p in (2, 4, 6, 8):
            for sci in (None, True, False):
                add(arr, "float32", {"precision": p, "sci_mode": sci})
        for lw in (40, 80, 120):
            add(arr, str(rng.choice(FLOATS)), {"linewidth": lw})
    # 7. Autograd suffixes and suffix wrapping.
    for _ in range(40):
        dt = str(rng.choice(FLOATS))
        shape = rand_shape(3, 30)
        fn = [None, "MulBackward0", "AddBackward0"][int(rng.integers(0, 3))]
        add(values_for(dt, math.prod(shape)).reshape(shape), dt, random_options(),
            requires_grad=True, grad_fn=fn)
    for n in range(8, 16):
        for dt in FLOATS:
            add(np.ones(n), dt, requires_grad=True)
            add(np.arange(float(n)), dt, grad_fn="MulBackward0")
    # 8. Default dtype float64.
    for _ in range(40):
        dt = str(rng.choice(DTYPES))
        shape = rand_shape(3, 30)
        rg = dt in FLOATS and rng.random() < 0.3
        add(values_for(dt, math.prod(shape)).reshape(shape), dt, random_options(),
            requires_grad=rg, default_dtype="float64")
    # 9. Option corners: edgeitems 0, threshold 0, no threshold, tiny widths.
    for shape in [(), (5,), (8,), (3, 4), (2, 3, 4), (7, 2, 1, 3)]:
        for dt in ["float32", "int16", "bool", "float16"]:
            arr = values_for(dt, math.prod(shape)).reshape(shape)
            add(arr, dt, {"edgeitems": 0})
            add(arr, dt, {"edgeitems": 0, "threshold": 2})
            add(arr, dt, {"threshold": 0, "edgeitems": 1})
            add(arr, dt, {"linewidth": int(rng.choice([1, 10, 15]))}, requires_grad=dt == "float32")
    for dt in ["int8", "float16"]:
        add(values_for(dt, 1200, "integral").reshape(40, 30), dt, {"threshold": math.inf})
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        json.dump({"torch_version": torch.__version__, "seed": SEED, "cases": cases}, f, indent=0)
        f.write("\n")
    print(f"{len(cases)} cases -> {OUT} ({os.path.getsize(OUT)} bytes)", file=sys.stderr)


if __name__ == "__main__":
    main()
