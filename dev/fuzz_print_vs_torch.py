"""Differential fuzz: gradsh's format_tensor against a real PyTorch's repr.

    /tmp/torchenv/bin/python dev/fuzz_print_vs_torch.py SEED N

Prints the first mismatches and a count; not part of the test suite.
"""
import sys, math
sys.path.insert(0, __import__("os").path.join(__import__("os").path.dirname(__file__), ".."))
import numpy as np, torch
from gradsh.engine import dtypes as D
from gradsh.engine.printing import format_tensor, PrintOptions
rng = np.random.default_rng(int(sys.argv[1]))
bad = 0; N = int(sys.argv[2])
for trial in range(N):
    nd = int(rng.integers(0, 5)); shape = tuple(int(rng.integers(0, 7)) for _ in range(nd))
    if rng.random() < 0.05: shape = (int(rng.integers(900, 1500)),)
    dt = D.ALL_DTYPES[int(rng.integers(0, 9))]
    kind = rng.integers(0, 4)
    if kind == 0: v = rng.standard_normal(shape) * 10.0 ** rng.integers(-12, 14)
    elif kind == 1: v = np.round(rng.standard_normal(shape) * 10.0 ** rng.integers(0, 12))
    elif kind == 2: v = rng.choice([1e-4, 1e8, 1000., 1., 0.5, -0., 0., 9.99e-5, 1.5e-4, 0.125, 2.5, 65504., 1e-8], shape)
    else: v = np.sign(rng.standard_normal(shape)) * 10.0 ** rng.uniform(-12, 14, shape)
    v = np.asarray(v, dtype=float)
    if rng.random() < 0.3 and v.size: v[rng.random(shape) < 0.3] = rng.choice([np.nan, np.inf, -np.inf, 0.0, -0.0])
    with np.errstate(all="ignore"):
        if dt.category == 2: a = v.astype(dt.np)
        elif dt is D.bool_: a = v > 0
        else:
            info = np.iinfo(dt.np); a = np.clip(np.nan_to_num(v), info.min, info.max).astype(dt.np)
    a = np.asarray(a)
    o = dict(precision=int(rng.integers(0, 10)), threshold=int(rng.choice([0, 5, 1000, 100])), edgeitems=int(rng.integers(0, 4)),
             linewidth=int(rng.choice([1, 20, 40, 80, 120])), sci_mode=[None, True, False][int(rng.integers(0, 3))])
    defd = "float64" if rng.random() < 0.2 else "float32"
    rg = dt.category == 2 and rng.random() < 0.3
    torch.set_default_dtype(getattr(torch, defd)); torch.set_printoptions(profile="default", sci_mode=None); torch.set_printoptions(**o)
    t = torch.from_numpy(a.copy())
    if rg: t.requires_grad_(True)
    exp = repr(t)
    torch.set_default_dtype(torch.float32); torch.set_printoptions(profile="default", sci_mode=None)
    D.set_default_dtype(getattr(D, defd))
    got = format_tensor(a, dt, opts=PrintOptions(**o), requires_grad=rg)
    D.set_default_dtype(D.float32)
    if got != exp:
        bad += 1
        if bad < 5: print("MISMATCH", dt, shape, o, defd, "\n", exp, "\n", got)
print("trials", N, "bad", bad)
