"""torch.atan2 (float32, float64), float64 torch.pow and torch.sigmoid,
F.silu, and their gradients, as PyTorch 2.13's CPU kernels compute them. The golden file
comes from real PyTorch (``dev/gen_sleef_golden.py``).

PyTorch runs SLEEF's ``atan2f``/``atan2``/``pow``/``exp`` (AVX512: 16 float
or 8 double lanes) on blocks of ``2 * lanes`` elements of each inner-loop
row and glibc's functions on the rest; gradsh's ``sleef_atan2`` and
``sleef_double`` emulate the first and call the second. Cases: random
sizes, every pair of special values (zeros of both signs, infinities, nan,
subnormals, the four quadrants, negative bases with integral exponents),
broadcasts, transposed and strided operands, promotions, gradients. The
"sleef" cases check the emulation alone against the vendored SLEEF.
"""
from __future__ import annotations

import hashlib

import numpy as np
import pytest
from golden_bits import load, reference_threads, run_case

from gradsh.engine.ops import sleef_atan2, sleef_double, trig_kernels
from gradsh.engine.ops.softmax_kernels import exp_double

DATA, CASES, IDS, SLEEF_CASES = load("sleef_golden.json")
_reference_threads = reference_threads(DATA)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_atan2_pow_sigmoid_bits(case):
    if case.get("mkl") and trig_kernels.mkl_library() is None:
        pytest.skip("MKL VML not found (pip install mkl==2024.2.0)")
    value = run_case(case["setup"], case["source"])
    assert str(value.dtype) == case["dtype"]
    assert list(value.shape) == case["shape"]
    array = np.ascontiguousarray(value.detach().numpy())
    flat = array.reshape(-1)[:len(case["bits"])]
    assert [f"{int(b):x}" for b in flat.view(f"u{flat.dtype.itemsize}")] == case["bits"]
    assert hashlib.sha256(array.tobytes()).hexdigest() == case["sha256"]


def _emulation(kind: str, dtype):
    if kind == "atan2":
        return sleef_atan2.atan2f if dtype == np.float32 else sleef_atan2.atan2_double
    return {"pow": sleef_double.pow_double, "sigmoid": exp_double}[kind]


@pytest.mark.parametrize("case", SLEEF_CASES, ids=[c["source"][:40] for c in SLEEF_CASES])
def test_sleef_emulation_bits(case):
    """The emulations equal the vendored Sleef_atan2f16_u10 / atan2d8_u10 /
    powd8_u10 / expd8_u10 on every element."""
    arguments = [run_case(case["setup"], source).numpy() for source in case["sleef"]]
    function = _emulation(case["kind"], arguments[0].dtype)
    got = np.ascontiguousarray(function(*arguments), dtype=arguments[0].dtype)
    assert hashlib.sha256(got.tobytes()).hexdigest() == case["sleef_sha256"]


def test_float64_blocks_are_sixteen_elements():
    """Vectorized<double> has 8 lanes: blocks of 16, the row's rest scalar."""
    from gradsh.engine.ops import sleef_pow

    mask = sleef_pow.vector_mask((40,), [[1], [1]], width=sleef_double.WIDTH)
    assert mask.tolist() == [True] * 32 + [False] * 8


def test_exact_fma_outside_dekker_range():
    """sleef_double.fma is correctly rounded where Dekker's product is not exact."""
    from fractions import Fraction

    a = np.array([1e300, 1e-200, 3e-160, 2.0 ** 1000, 1.5])
    b = np.array([1.5 + 2.0 ** -52, 1e-120, 7e-160, 1.75, 2.0 ** -1070])
    c = np.array([-1e300, 1e-320, -2e-319, -(2.0 ** 1000), 1e-323])
    want = [float(Fraction(x) * Fraction(y) + Fraction(z)) for x, y, z in zip(a, b, c)]
    assert sleef_double.fma(a, b, c).tolist() == want
    s = a * b
    errors = [float(Fraction(x) * Fraction(y) - Fraction(p)) if np.isfinite(p) else None
              for x, y, p in zip(a, b, s)]
    got = sleef_double.mul_error(a, b, s)
    assert [g for g, e in zip(got.tolist(), errors) if e is not None] == \
        [e for e in errors if e is not None]


def test_fma_of_an_overflowing_product():
    """The exact product is finite as a real number: an infinite addend wins,
    and a finite one gives the correctly rounded (here infinite) sum."""
    a, b = np.array([7.4e272, 1e300, -1e200]), np.array([9.8e113, 1e10, 1e200])
    assert sleef_double.fma(a, b, np.array([-np.inf, 1.0, 5.0])).tolist() == \
        [-np.inf, np.inf, -np.inf]
    with np.errstate(over="ignore"):
        s = a * b
    assert sleef_double.mul_error(a, b, s).tolist() == [-np.inf, -np.inf, np.inf]
