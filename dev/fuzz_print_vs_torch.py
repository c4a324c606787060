"""Differential fuzz: gradsh's format_tensor against a real PyTorch's repr.

    /tmp/torchenv/bin/python dev/fuzz_print_vs_torch.py SEED N

Prints the first mismatches and a count; not part of the test suite.
"""
import os
import sys

import numpy as np
import torch

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from gradsh.engine import dtypes as D  # noqa: E402 (needs the repository on sys.path)
from gradsh.engine.printing import PrintOptions, format_tensor  # noqa: E402

SPECIAL_VALUES = [1e-4, 1e8, 1000., 1., 0.5, -0., 0., 9.99e-5, 1.5e-4, 0.125, 2.5, 65504., 1e-8]


def random_shape(rng):
    ndim = int(rng.integers(0, 5))
    shape = tuple(int(rng.integers(0, 7)) for _ in range(ndim))
    if rng.random() < 0.05:
        shape = (int(rng.integers(900, 1500)),)
    return shape


def random_values(rng, shape):
    kind = rng.integers(0, 4)
    if kind == 0:
        values = rng.standard_normal(shape) * 10.0 ** rng.integers(-12, 14)
    elif kind == 1:
        values = np.round(rng.standard_normal(shape) * 10.0 ** rng.integers(0, 12))
    elif kind == 2:
        values = rng.choice(SPECIAL_VALUES, shape)
    else:
        values = np.sign(rng.standard_normal(shape)) * 10.0 ** rng.uniform(-12, 14, shape)
    values = np.asarray(values, dtype=float)
    if rng.random() < 0.3 and values.size:
        values[rng.random(shape) < 0.3] = rng.choice([np.nan, np.inf, -np.inf, 0.0, -0.0])
    return values


def cast_values(values, dtype):
    with np.errstate(all="ignore"):
        if dtype.category == 2:
            array = values.astype(dtype.np)
        elif dtype is D.bool_:
            array = values > 0
        else:
            info = np.iinfo(dtype.np)
            array = np.clip(np.nan_to_num(values), info.min, info.max).astype(dtype.np)
    return np.asarray(array)


def random_print_options(rng):
    return dict(
        precision=int(rng.integers(0, 10)),
        threshold=int(rng.choice([0, 5, 1000, 100])),
        edgeitems=int(rng.integers(0, 4)),
        linewidth=int(rng.choice([1, 20, 40, 80, 120])),
        sci_mode=[None, True, False][int(rng.integers(0, 3))],
    )


def torch_repr(array, options, default_dtype, requires_grad):
    torch.set_default_dtype(getattr(torch, default_dtype))
    torch.set_printoptions(profile="default", sci_mode=None)
    torch.set_printoptions(**options)
    tensor = torch.from_numpy(array.copy())
    if requires_grad:
        tensor.requires_grad_(True)
    expected = repr(tensor)
    torch.set_default_dtype(torch.float32)
    torch.set_printoptions(profile="default", sci_mode=None)
    return expected


def gradsh_repr(array, dtype, options, default_dtype, requires_grad):
    D.set_default_dtype(getattr(D, default_dtype))
    got = format_tensor(array, dtype, opts=PrintOptions(**options), requires_grad=requires_grad)
    D.set_default_dtype(D.float32)
    return got


def main():
    rng = np.random.default_rng(int(sys.argv[1]))
    trials = int(sys.argv[2])
    bad = 0
    for _ in range(trials):
        shape = random_shape(rng)
        dtype = D.ALL_DTYPES[int(rng.integers(0, 9))]
        values = random_values(rng, shape)
        array = cast_values(values, dtype)
        options = random_print_options(rng)
        default_dtype = "float64" if rng.random() < 0.2 else "float32"
        requires_grad = dtype.category == 2 and rng.random() < 0.3
        expected = torch_repr(array, options, default_dtype, requires_grad)
        got = gradsh_repr(array, dtype, options, default_dtype, requires_grad)
        if got != expected:
            bad += 1
            if bad < 5:
                print("MISMATCH", dtype, shape, options, default_dtype, "\n", expected, "\n", got)
    print("trials", trials, "bad", bad)


if __name__ == "__main__":
    main()
