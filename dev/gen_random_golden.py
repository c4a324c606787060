"""Pin PyTorch's CPU random numbers, bit for bit, over a grid of cases.

Usage (with the PyTorch oracle's interpreter, never in gradsh's tests):
    /path/to/torch-venv/bin/python dev/gen_random_golden.py

writes two files that tests/engine/test_random_golden.py reads:

* ``tests/engine/data/random_golden.json``: the cases run in PyTorch's default
  environment (``ATEN_CPU_CAPABILITY`` unset: the best kernels the CPU has,
  AVX2 or AVX512, which draw the same numbers);
* ``tests/engine/data/random_golden_default.json``: the cases run again in a
  child process with ``ATEN_CPU_CAPABILITY=default`` (the scalar kernels: float32
  ``normal`` of 16 or more elements, ``uniform_(a, b)`` and some tensor-``normal``
  arithmetic differ there), the flavour gradsh offers as ``:set rng default``.
  It keeps the float-drawing cases (DEFAULT_FLAVOUR_PREFIXES) and every case
  whose numbers differ from the main file (marked ``differs_from_main``).

The generator prints the cases that differ between the two flavours.

Each case is a short source text that ends by assigning ``result``; it runs
with ``exec`` in dev/torch_transcript.py's namespace.  For ``result`` (a
tensor, a tuple or list of tensors, or an int/float/bool) the file keeps, per
tensor, the dtype, shape, the sha256 of the contiguous bytes and a few sample
elements as hex bit patterns (no full arrays).  A case whose source raises
records the error's type and message instead.

Options: ``--capability NAME --out PATH`` runs the cases once with
``ATEN_CPU_CAPABILITY=NAME`` (``""`` for unset) and writes only PATH.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import subprocess
import sys
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "engine" / "data"
MAIN_FILE = DATA / "random_golden.json"
DEFAULT_FILE = DATA / "random_golden_default.json"
SAMPLES = 8  # elements shown per tensor: the first 4 and 4 spread evenly
# Cases of the ATEN_CPU_CAPABILITY=default file besides those whose numbers differ there.
DEFAULT_FLAVOUR_PREFIXES = ("sanity", "rand_", "randn", "normal", "uniform", "dropout", "seq_",
                            "distributions", "exponential", "cauchy", "log_normal",
                            "generator_set_state", "generator_state_into", "generator_clone")


# --------------------------------------------------------------------- cases

SEEDS = {"seed0": 0, "seed1": 1, "seed42": 42, "seed7": 7,
         "seed2p32p7": 2**32 + 7, "seedm5": -5}
SEED_NAMES = ["seed0", "seed1", "seed42", "seed2p32p7", "seedm5"]
SIZES = [0] + list(range(1, 41)) + [100, 1000, 10**5]
SMALL_GRID = [1, 2, 3, 7, 8, 15, 16, 17, 31, 33, 100, 1000, 10**5]
FLOATS = {"f16": "torch.float16", "f32": "torch.float32", "f64": "torch.float64"}
INTS = {"u8": "torch.uint8", "i8": "torch.int8", "i16": "torch.int16",
        "i32": "torch.int32", "i64": "torch.int64"}


def build_cases() -> list[tuple[str, str]]:
    cases: list[tuple[str, str]] = []

    def add(name: str, *lines: str) -> None:
        cases.append((name, "\n".join(lines)))

    def seeded(name: str, seed_name: str, *lines: str) -> None:
        add(f"{name}_{seed_name}", f"torch.manual_seed({SEEDS[seed_name]})", *lines)

    add("sanity_zeros", "result = torch.zeros(3)")
    add("sanity_arange_f64", "result = torch.arange(5, dtype=torch.float64)")

    # rand / randn: sizes, dtypes, shapes, seeds
    for fn in ("rand", "randn"):
        seeded(f"{fn}_0d", "seed0", f"result = torch.{fn}(())")
        for n in SIZES:
            seeded(f"{fn}_f32_n{n}", "seed0", f"result = torch.{fn}({n})")
        for key in ("f16", "f64"):
            for n in [0] + SMALL_GRID:
                seeded(f"{fn}_{key}_n{n}", "seed0",
                       f"result = torch.{fn}({n}, dtype={FLOATS[key]})")
        for key, dtype in FLOATS.items():
            seeded(f"{fn}_{key}_shape3x4", "seed0", f"result = torch.{fn}(3, 4, dtype={dtype})")
            seeded(f"{fn}_{key}_shape2x3x4", "seed0",
                   f"result = torch.{fn}((2, 3, 4), dtype={dtype})")
        for seed in SEED_NAMES[1:] + ["seed7"]:
            for n in (5, 16, 20, 100):
                seeded(f"{fn}_f32_n{n}", seed, f"result = torch.{fn}({n})")
            seeded(f"{fn}_f64_n5", seed, f"result = torch.{fn}(5, dtype=torch.float64)")
            seeded(f"{fn}_f64_n20", seed, f"result = torch.{fn}(20, dtype=torch.float64)")
        for seed in SEED_NAMES:
            for n in (5, 20):
                add(f"{fn}_f32_n{n}_generator_{seed}", "g = torch.Generator()",
                    f"g.manual_seed({SEEDS[seed]})", f"result = torch.{fn}({n}, generator=g)")
        add(f"{fn}_generator_does_not_touch_global_seed0", "torch.manual_seed(0)",
            "g = torch.Generator()", "g.manual_seed(1)", f"a = torch.{fn}(20, generator=g)",
            f"result = (a, torch.{fn}(20))")
        add(f"{fn}_generator_two_draws_seed3", "g = torch.Generator().manual_seed(3)",
            f"a = torch.{fn}(5, generator=g)", f"result = (a, torch.{fn}(18, generator=g))")

    # in-place uniform_ / normal_: contiguous, non-contiguous, bounds
    for key, dtype in FLOATS.items():
        for n in (1, 5, 16, 17, 100, 1000):
            seeded(f"uniform_default_{key}_n{n}", "seed0",
                   f"t = torch.empty({n}, dtype={dtype})", "t.uniform_()", "result = t")
            for a, b, tag in ((-2, 3, "m2_3"), (-0.5, 0.5, "m05_05"), (10, 10.5, "10_105")):
                seeded(f"uniform_{tag}_{key}_n{n}", "seed0",
                       f"t = torch.empty({n}, dtype={dtype})", f"t.uniform_({a}, {b})",
                       "result = t")
            seeded(f"normal_inplace_default_{key}_n{n}", "seed0",
                   f"t = torch.empty({n}, dtype={dtype})", "t.normal_()", "result = t")
            seeded(f"normal_inplace_m2_s3_{key}_n{n}", "seed0",
                   f"t = torch.empty({n}, dtype={dtype})", "t.normal_(2, 3)", "result = t")
        seeded(f"uniform_ab_equal_{key}", "seed0",
               f"t = torch.empty(5, dtype={dtype})", "t.uniform_(1.5, 1.5)", "result = t")
    for seed in SEED_NAMES:
        seeded("uniform_m2_3_f32_n20", seed, "t = torch.empty(20)", "t.uniform_(-2, 3)",
               "result = t")
        seeded("normal_inplace_f32_n20", seed, "t = torch.empty(20)", "t.normal_(1, 2)",
               "result = t")
    for n in (10**5,):
        seeded(f"uniform_m2_3_f32_n{n}", "seed0", f"t = torch.empty({n})", "t.uniform_(-2, 3)",
               "result = t")
        seeded(f"normal_inplace_f32_n{n}", "seed0", f"t = torch.empty({n})", "t.normal_()",
               "result = t")
    for key, dtype in (("f32", "torch.float32"), ("f64", "torch.float64")):
        seeded(f"normal_inplace_transposed5x7_{key}", "seed0",
               f"t = torch.zeros(5, 7, dtype={dtype}).t()", "t.normal_()", "result = t")
        seeded(f"uniform_strided40_step2_{key}", "seed0",
               f"t = torch.zeros(40, dtype={dtype})[::2]", "t.uniform_()", "result = t")
        seeded(f"normal_inplace_strided40_step2_{key}", "seed0",
               f"t = torch.zeros(40, dtype={dtype})[::2]", "t.normal_()", "result = t")
        seeded(f"uniform_m2_3_transposed5x7_{key}", "seed0",
               f"t = torch.zeros(5, 7, dtype={dtype}).t()", "t.uniform_(-2, 3)", "result = t")
        seeded(f"normal_inplace_view_base_{key}", "seed0",
               f"b = torch.zeros(6, 6, dtype={dtype})", "b[1:5, 2:4].normal_()", "result = b")
        seeded(f"uniform_transposed_big_{key}", "seed0",
               f"t = torch.zeros(20, 30, dtype={dtype}).t()", "t.uniform_()", "result = t")
        seeded(f"normal_inplace_transposed_big_{key}", "seed0",
               f"t = torch.zeros(20, 30, dtype={dtype}).t()", "t.normal_()", "result = t")

    # randint
    for n in (0, 1, 5, 16, 17, 100, 1000, 10**5):
        seeded(f"randint_high10_n{n}", "seed0", f"result = torch.randint(10, ({n},))")
    seeded("randint_low3_high10_n20", "seed0", "result = torch.randint(3, 10, (20,))")
    seeded("randint_negative_low_n20", "seed0", "result = torch.randint(-5, 5, (20,))")
    seeded("randint_negative_range_n20", "seed0", "result = torch.randint(-100, -90, (20,))")
    seeded("randint_shape3x4", "seed0", "result = torch.randint(0, 100, (3, 4))")
    seeded("randint_high1_n10", "seed0", "result = torch.randint(1, (10,))")
    for tag, low, high in (("2p28m1", 0, 2**28 - 1), ("2p28", 0, 2**28), ("2p28p1", 0, 2**28 + 1),
                           ("2p31", 0, 2**31), ("2p32m1", 0, 2**32 - 1), ("2p32", 0, 2**32),
                           ("2p32p1", 0, 2**32 + 1), ("2p40", 0, 2**40),
                           ("m2p40_2p40", -2**40, 2**40), ("m2p31_2p31", -2**31, 2**31),
                           ("2p62", 0, 2**62), ("full_int64", -2**63, 2**63 - 1)):
        seeded(f"randint_range_{tag}_n20", "seed0",
               f"result = torch.randint({low}, {high}, (20,))")
    seeded("randint_only_high_2p40_n10", "seed0", "result = torch.randint(2**40, (10,))")
    seeded("randint_range_2p32_n1000", "seed0", "result = torch.randint(2**32, (1000,))")
    seeded("randint_range_2p40_n1000", "seed0", "result = torch.randint(2**40, (1000,))")
    for key, dtype in INTS.items():
        low, high = {"u8": (0, 256), "i8": (-128, 128), "i16": (-2**15, 2**15),
                     "i32": (-2**31, 2**31), "i64": (-2**40, 2**40)}[key]
        seeded(f"randint_{key}_full_range_n100", "seed0",
               f"result = torch.randint({low}, {high}, (100,), dtype={dtype})")
        seeded(f"randint_{key}_high10_n20", "seed0",
               f"result = torch.randint(10, (20,), dtype={dtype})")
    for key, dtype in FLOATS.items():
        seeded(f"randint_{key}_high10_n20", "seed0",
               f"result = torch.randint(10, (20,), dtype={dtype})")
    for seed in SEED_NAMES + ["seed7"]:
        seeded("randint_high100_n20", seed, "result = torch.randint(100, (20,))")
        seeded("randint_range_2p40_n10", seed, "result = torch.randint(-2**40, 2**40, (10,))")
        add(f"randint_high100_n20_generator_{seed}", "g = torch.Generator()",
            f"g.manual_seed({SEEDS[seed]})", "result = torch.randint(100, (20,), generator=g)")

    # randperm
    for n in (0, 1, 2, 3, 10, 100, 1000, 10**5):
        seeded(f"randperm_n{n}", "seed0", f"result = torch.randperm({n})")
    for key, dtype in list(INTS.items()) + [("f32", "torch.float32"), ("f64", "torch.float64"),
                                            ("f16", "torch.float16")]:
        n = 100 if key in ("u8", "i8", "f16") else 1000
        seeded(f"randperm_{key}_n{n}", "seed0", f"result = torch.randperm({n}, dtype={dtype})")
        seeded(f"randperm_{key}_n10", "seed0", f"result = torch.randperm(10, dtype={dtype})")
    for seed in SEED_NAMES + ["seed7"]:
        if seed != "seed0":  # seed0: in the size grid
            seeded("randperm_n10", seed, "result = torch.randperm(10)")
            seeded("randperm_n1000", seed, "result = torch.randperm(1000)")
        add(f"randperm_n10_generator_{seed}", "g = torch.Generator()",
            f"g.manual_seed({SEEDS[seed]})", "result = torch.randperm(10, generator=g)")

    # normal: the four overloads
    for key, dtype in (("f32", "torch.float32"), ("f64", "torch.float64")):
        for n in (1, 5, 16, 17, 100, 1000):
            seeded(f"normal_tt_{key}_n{n}", "seed0",
                   f"mean = torch.arange({n}, dtype={dtype})",
                   f"std = torch.arange(1, {n} + 1, dtype={dtype}) / 4",
                   "result = torch.normal(mean, std)")
            seeded(f"normal_tf_{key}_n{n}", "seed0",
                   # arange-based, exact in any library (linspace rounds its own way)
                   f"mean = torch.arange({n}, dtype={dtype}) / {n} * 2 - 1",
                   "result = torch.normal(mean, 2.0)")
            seeded(f"normal_ft_{key}_n{n}", "seed0",
                   f"std = torch.arange({n}, dtype={dtype}) / {n} * 1.5 + 0.5",
                   "result = torch.normal(1.5, std)")
            seeded(f"normal_ff_{key}_n{n}", "seed0",
                   f"result = torch.normal(2.0, 3.0, size=({n},), dtype={dtype})")
        seeded(f"normal_tt_shape3x4_{key}", "seed0", f"mean = torch.zeros(3, 4, dtype={dtype})",
               f"std = torch.ones(3, 4, dtype={dtype})", "result = torch.normal(mean, std)")
    seeded("normal_ff_default_dtype_n20", "seed0", "result = torch.normal(0.0, 1.0, size=(20,))")
    seeded("normal_ff_shape2x3", "seed0", "result = torch.normal(0.0, 1.0, (2, 3))")
    seeded("normal_tt_broadcast", "seed0", "mean = torch.zeros(3, 1)", "std = torch.ones(1, 4)",
           "result = torch.normal(mean, std)")
    seeded("normal_tt_std_zero", "seed0", "result = torch.normal(torch.ones(5), torch.zeros(5))")
    seeded("normal_ff_n100000", "seed0", "result = torch.normal(0.0, 1.0, size=(10**5,))")
    for seed in SEED_NAMES:
        seeded("normal_tt_f32_n20", seed,
               "result = torch.normal(torch.zeros(20), torch.ones(20))")
        add(f"normal_overloads_generator_{seed}", "g = torch.Generator()",
            f"g.manual_seed({SEEDS[seed]})",
            "a = torch.normal(torch.zeros(5), torch.ones(5), generator=g)",
            "b = torch.normal(torch.zeros(20), 2.0, generator=g)",
            "c = torch.normal(1.0, torch.ones(3), generator=g)",
            "d = torch.normal(0.0, 1.0, size=(17,), generator=g)",
            "result = (a, b, c, d)")

    # bernoulli
    for key, dtype in (("f32", "torch.float32"), ("f64", "torch.float64")):
        for n in (1, 5, 16, 17, 100, 1000, 10**5):
            seeded(f"bernoulli_tensor_p_linspace_{key}_n{n}", "seed0",
                   f"p = torch.linspace(0, 1, {n}, dtype={dtype})",
                   "result = torch.bernoulli(p)")
            seeded(f"bernoulli_tensor_p05_{key}_n{n}", "seed0",
                   f"p = torch.full(({n},), 0.5, dtype={dtype})",
                   "result = torch.bernoulli(p)")
            seeded(f"bernoulli_p03_form_{key}_n{n}", "seed0",
                   f"x = torch.empty({n}, dtype={dtype})",
                   "result = torch.bernoulli(x, p=0.3)")
            seeded(f"bernoulli_inplace_float_p03_{key}_n{n}", "seed0",
                   f"t = torch.empty({n}, dtype={dtype})", "t.bernoulli_(0.3)", "result = t")
            seeded(f"bernoulli_inplace_tensor_p_{key}_n{n}", "seed0",
                   f"t = torch.empty({n}, dtype={dtype})",
                   f"t.bernoulli_(torch.linspace(0, 1, {n}, dtype={dtype}))", "result = t")
    seeded("bernoulli_inplace_default_f32_n20", "seed0", "t = torch.empty(20)",
           "t.bernoulli_()", "result = t")
    seeded("bernoulli_inplace_broadcast_p", "seed0", "t = torch.empty(3, 4)",
           "t.bernoulli_(torch.tensor([0.1, 0.5, 0.9, 0.3]))", "result = t")
    seeded("bernoulli_tensor_p_shape3x4", "seed0",
           "result = torch.bernoulli(torch.full((3, 4), 0.3))")
    seeded("bernoulli_tensor_p_transposed", "seed0",
           "result = torch.bernoulli(torch.rand(5, 7).t())")
    seeded("bernoulli_inplace_float_p_transposed", "seed0",
           "t = torch.zeros(5, 7).t()", "t.bernoulli_(0.4)", "result = t")
    seeded("bernoulli_inplace_float_p_strided", "seed0",
           "t = torch.zeros(40)[::2]", "t.bernoulli_(0.4)", "result = t")
    seeded("bernoulli_p0_p1", "seed0", "p = torch.tensor([0., 1., 0., 1.])",
           "result = (torch.bernoulli(p), torch.rand(3))")
    seeded("bernoulli_inplace_float_p_f16_n20", "seed0",
           "t = torch.empty(20, dtype=torch.float16)", "t.bernoulli_(0.3)", "result = t")
    for key, dtype in (("bool", "torch.bool"), ("u8", "torch.uint8"), ("i64", "torch.int64")):
        seeded(f"bernoulli_inplace_float_p_{key}_n20", "seed0",
               f"t = torch.empty(20, dtype={dtype})", "t.bernoulli_(0.3)", "result = t")
        seeded(f"bernoulli_inplace_tensor_p_{key}_n20", "seed0",
               f"t = torch.empty(20, dtype={dtype})",
               "t.bernoulli_(torch.linspace(0, 1, 20))", "result = t")
    for seed in SEED_NAMES:
        seeded("bernoulli_tensor_p_f32_n20", seed,
               "result = torch.bernoulli(torch.full((20,), 0.5))")
        seeded("bernoulli_inplace_float_p_f32_n20", seed,
               "t = torch.empty(20)", "t.bernoulli_(0.5)", "result = t")
        add(f"bernoulli_generator_{seed}", "g = torch.Generator()",
            f"g.manual_seed({SEEDS[seed]})",
            "a = torch.bernoulli(torch.full((20,), 0.5), generator=g)",
            "b = torch.empty(20).bernoulli_(0.5, generator=g)", "result = (a, b)")

    # multinomial (no zero probabilities without replacement, except the tie group)
    weights1 = "torch.tensor([0.1, 0.2, 0.3, 0.4, 1.0, 2.0, 0.5])"
    weights2 = "torch.tensor([[1., 2., 3., 4.], [4., 3., 2., 1.], [1., 1., 1., 1.]])"
    for key, dtype in (("f32", "torch.float32"), ("f64", "torch.float64")):
        for k in (1, 3, 7):
            seeded(f"multinomial_1d_noreplace_k{k}_{key}", "seed0",
                   f"p = {weights1}.to({dtype})", f"result = torch.multinomial(p, {k})")
        for k in (1, 5, 20):
            seeded(f"multinomial_1d_replace_k{k}_{key}", "seed0",
                   f"p = {weights1}.to({dtype})",
                   f"result = torch.multinomial(p, {k}, replacement=True)")
        for k in (1, 3, 4):
            seeded(f"multinomial_2d_noreplace_k{k}_{key}", "seed0",
                   f"p = {weights2}.to({dtype})", f"result = torch.multinomial(p, {k})")
        for k in (1, 6):
            seeded(f"multinomial_2d_replace_k{k}_{key}", "seed0",
                   f"p = {weights2}.to({dtype})",
                   f"result = torch.multinomial(p, {k}, replacement=True)")
    seeded("multinomial_uniform_1000_noreplace_k50", "seed0",
           "result = torch.multinomial(torch.ones(1000), 50)")
    seeded("multinomial_uniform_1000_replace_k1000", "seed0",
           "result = torch.multinomial(torch.ones(1000), 1000, replacement=True)")
    seeded("multinomial_zero_prob_with_replacement", "seed0",
           "p = torch.tensor([0., 1., 0., 2.])",
           "result = torch.multinomial(p, 10, replacement=True)")
    seeded("multinomial_unnormalized_f16_noreplace", "seed0",
           "p = torch.tensor([1., 2., 3.], dtype=torch.float16)",
           "result = torch.multinomial(p, 2)")
    seeded("multinomial_then_rand", "seed0", "a = torch.multinomial(torch.ones(5), 3)",
           "result = (a, torch.rand(4))")
    for seed in SEED_NAMES:
        seeded("multinomial_1d_noreplace_k3", seed, f"result = torch.multinomial({weights1}, 3)")
        seeded("multinomial_1d_replace_k10", seed,
               f"result = torch.multinomial({weights1}, 10, True)")
        add(f"multinomial_generator_{seed}", "g = torch.Generator()",
            f"g.manual_seed({SEEDS[seed]})",
            f"a = torch.multinomial({weights2}, 2, generator=g)",
            f"b = torch.multinomial({weights1}, 4, replacement=True, generator=g)",
            "result = (a, b)")
    # zero-probability entries without replacement: ties among the -inf keys
    seeded("multinomial_zero_tie_all_but_one_zero", "seed0",
           "result = torch.multinomial(torch.tensor([0., 0., 1., 0.]), 3)")
    seeded("multinomial_zero_tie_k_equals_n", "seed0",
           "result = torch.multinomial(torch.tensor([0., 2., 0., 1., 0.]), 5)")
    seeded("multinomial_zero_tie_2d", "seed0",
           "result = torch.multinomial(torch.tensor([[0., 1., 0.], [1., 0., 0.]]), 3)")

    # poisson
    for key, dtype in (("f32", "torch.float32"), ("f64", "torch.float64")):
        for n in (1, 5, 20, 1000):
            seeded(f"poisson_rates_{key}_n{n}", "seed0",
                   f"rates = torch.linspace(0, 20, {n}, dtype={dtype})",
                   "result = torch.poisson(rates)")
        seeded(f"poisson_large_rates_{key}", "seed0",
               f"rates = torch.tensor([10., 11., 50., 100., 1000., 1e5], dtype={dtype})",
               "result = torch.poisson(rates)")
        seeded(f"poisson_small_rates_{key}", "seed0",
               f"rates = torch.tensor([0., 0.1, 0.5, 1., 5., 9.9], dtype={dtype})",
               "result = torch.poisson(rates)")
    seeded("poisson_then_rand", "seed0", "a = torch.poisson(torch.full((5,), 3.0))",
           "result = (a, torch.rand(3))")
    for seed in SEED_NAMES:
        seeded("poisson_rates3_n20", seed, "result = torch.poisson(torch.full((20,), 3.0))")
        add(f"poisson_generator_{seed}", "g = torch.Generator()",
            f"g.manual_seed({SEEDS[seed]})",
            "result = torch.poisson(torch.full((20,), 3.0), generator=g)")

    # *_like
    for key, dtype in FLOATS.items():
        for n in (5, 20):
            seeded(f"rand_like_{key}_n{n}", "seed0", f"x = torch.zeros({n}, dtype={dtype})",
                   "result = torch.rand_like(x)")
            seeded(f"randn_like_{key}_n{n}", "seed0", f"x = torch.zeros({n}, dtype={dtype})",
                   "result = torch.randn_like(x)")
    seeded("randn_like_transposed", "seed0", "x = torch.zeros(5, 7).t()",
           "result = torch.randn_like(x)")
    seeded("rand_like_dtype_kwarg", "seed0", "x = torch.zeros(5)",
           "result = torch.rand_like(x, dtype=torch.float64)")
    for key, dtype in list(INTS.items()) + [("f32", "torch.float32")]:
        seeded(f"randint_like_high10_{key}", "seed0", f"x = torch.zeros(20, dtype={dtype})",
               "result = torch.randint_like(x, 10)")
    seeded("randint_like_low_high", "seed0", "x = torch.zeros(3, 4)",
           "result = torch.randint_like(x, -5, 5)")
    seeded("randint_like_int64_2p40", "seed0", "x = torch.zeros(10, dtype=torch.int64)",
           "result = torch.randint_like(x, 2**40)")

    # random_
    for key, dtype in list(INTS.items()) + [("f16", "torch.float16"), ("f32", "torch.float32"),
                                            ("f64", "torch.float64"), ("bool", "torch.bool")]:
        seeded(f"random_noargs_{key}_n20", "seed0", f"t = torch.empty(20, dtype={dtype})",
               "t.random_()", "result = t")
        if key != "bool":
            seeded(f"random_to10_{key}_n20", "seed0", f"t = torch.empty(20, dtype={dtype})",
                   "t.random_(10)", "result = t")
            seeded(f"random_from2_to10_{key}_n20", "seed0", f"t = torch.empty(20, dtype={dtype})",
                   "t.random_(2, 10)", "result = t")
    seeded("random_noargs_i64_n1000", "seed0", "t = torch.empty(1000, dtype=torch.int64)",
           "t.random_()", "result = t")
    seeded("random_from_m5_to5_i64", "seed0", "t = torch.empty(20, dtype=torch.int64)",
           "t.random_(-5, 5)", "result = t")
    seeded("random_to_2p40_i64", "seed0", "t = torch.empty(20, dtype=torch.int64)",
           "t.random_(2**40)", "result = t")
    seeded("random_from_none_i64", "seed0", "t = torch.empty(10, dtype=torch.int64)",
           "t.random_(-2**40, None)", "result = t")
    seeded("random_transposed_i32", "seed0", "t = torch.zeros(5, 7, dtype=torch.int32).t()",
           "t.random_(100)", "result = t")
    for seed in SEED_NAMES:
        if seed != "seed0":  # seed0: in the dtype grid
            seeded("random_noargs_i64_n20", seed, "t = torch.empty(20, dtype=torch.int64)",
                   "t.random_()", "result = t")
        add(f"random_generator_{seed}", "g = torch.Generator()", f"g.manual_seed({SEEDS[seed]})",
            "t = torch.empty(20, dtype=torch.int64)", "t.random_(0, 1000, generator=g)",
            "result = t")

    # exponential_, geometric_, cauchy_, log_normal_
    for key, dtype in FLOATS.items():
        for n in (1, 5, 16, 17, 100, 1000):
            for call, tag in (("exponential_()", "exponential_default"),
                              ("exponential_(2.5)", "exponential_l25"),
                              ("geometric_(0.3)", "geometric_p03"),
                              ("cauchy_()", "cauchy_default"),
                              ("cauchy_(1.0, 0.5)", "cauchy_m1_s05"),
                              ("log_normal_()", "log_normal_default"),
                              ("log_normal_(0.5, 0.25)", "log_normal_m05_s025")):
                if n in (16, 1000) and not tag.endswith("default"):
                    continue
                seeded(f"{tag}_{key}_n{n}", "seed0", f"t = torch.empty({n}, dtype={dtype})",
                       f"t.{call}", "result = t")
    for key, dtype in INTS.items():
        seeded(f"geometric_p03_{key}_n20", "seed0", f"t = torch.empty(20, dtype={dtype})",
               "t.geometric_(0.3)", "result = t")
    seeded("exponential_default_f32_n100000", "seed0", "t = torch.empty(10**5)",
           "t.exponential_()", "result = t")
    seeded("exponential_transposed_f32", "seed0", "t = torch.zeros(5, 7).t()",
           "t.exponential_()", "result = t")
    seeded("log_normal_transposed_f64", "seed0", "t = torch.zeros(5, 7, dtype=torch.float64).t()",
           "t.log_normal_()", "result = t")
    seeded("geometric_p09_f32_n100", "seed0", "t = torch.empty(100)", "t.geometric_(0.9)",
           "result = t")
    for seed in SEED_NAMES:
        seeded("distributions_f32_n20", seed, "a = torch.empty(20).exponential_()",
               "b = torch.empty(20).geometric_(0.2)", "c = torch.empty(20).cauchy_()",
               "d = torch.empty(20).log_normal_()", "result = (a, b, c, d)")
        add(f"distributions_generator_{seed}", "g = torch.Generator()",
            f"g.manual_seed({SEEDS[seed]})",
            "a = torch.empty(20).exponential_(generator=g)",
            "b = torch.empty(20).geometric_(0.2, generator=g)",
            "c = torch.empty(20).cauchy_(generator=g)",
            "d = torch.empty(20).log_normal_(generator=g)",
            "e = torch.empty(5).uniform_(-1, 1, generator=g)",
            "f = torch.empty(5, dtype=torch.float64).normal_(generator=g)",
            "result = (a, b, c, d, e, f)")

    # dropout
    for key, dtype in (("f32", "torch.float32"), ("f64", "torch.float64")):
        for p, ptag in ((0.2, "p02"), (0.5, "p05")):
            for n in (1, 5, 16, 17, 100, 1000, 10**5):
                seeded(f"dropout_F_{ptag}_{key}_n{n}", "seed0",
                       f"x = torch.ones({n}, dtype={dtype})", f"result = F.dropout(x, {p})")
            seeded(f"dropout_nnF_training_{ptag}_{key}_shape3x4", "seed0",
                   f"x = torch.arange(12, dtype={dtype}).reshape(3, 4)",
                   f"result = torch.nn.functional.dropout(x, {p}, training=True)")
        seeded(f"dropout_torch_p03_{key}_n20", "seed0", f"x = torch.ones(20, dtype={dtype})",
               "result = torch.dropout(x, 0.3, True)")
    seeded("dropout_p0", "seed0", "x = torch.ones(20)",
           "result = (F.dropout(x, 0.0), torch.rand(3))")
    seeded("dropout_p1", "seed0", "x = torch.ones(20)",
           "result = (F.dropout(x, 1.0), torch.rand(3))")
    seeded("dropout_eval_no_draw", "seed0", "x = torch.ones(20)",
           "result = (F.dropout(x, 0.5, training=False), torch.rand(3))")
    seeded("dropout_then_randn", "seed0", "a = F.dropout(torch.ones(20), 0.5)",
           "result = (a, torch.randn(5))")
    seeded("dropout_inplace", "seed0", "x = torch.ones(20)", "F.dropout(x, 0.4, inplace=True)",
           "result = x")
    seeded("dropout_transposed_input", "seed0", "x = torch.ones(5, 7).t()",
           "result = F.dropout(x, 0.5)")
    seeded("dropout_f16", "seed0", "x = torch.ones(20, dtype=torch.float16)",
           "result = F.dropout(x, 0.5)")
    for seed in SEED_NAMES:
        seeded("dropout_F_p05_f32_n20", seed, "result = F.dropout(torch.ones(20), 0.5)")

    # state
    for seed in SEED_NAMES + ["seed7"]:
        seeded("get_rng_state_after_seed", seed, "result = torch.get_rng_state()")
        seeded("initial_seed_after_seed", seed, "result = torch.initial_seed()")
        add(f"generator_initial_seed_{seed}", "g = torch.Generator()",
            f"g.manual_seed({SEEDS[seed]})", "result = g.initial_seed()")
        add(f"generator_get_state_{seed}", "g = torch.Generator()",
            f"g.manual_seed({SEEDS[seed]})", "result = g.get_state()")
    for value, tag in ((2**63 - 1, "2p63m1"), (2**63, "2p63"), (2**64 - 1, "2p64m1"),
                       (-1, "m1"), (-2**63, "m2p63")):
        add(f"initial_seed_extreme_{tag}", f"torch.manual_seed({value})",
            "result = (torch.initial_seed(), torch.rand(3))")
    seeded("get_rng_state_after_rand5", "seed0", "a = torch.rand(5)",
           "result = torch.get_rng_state()")
    seeded("get_rng_state_after_randn1", "seed0", "a = torch.randn(1)",
           "result = torch.get_rng_state()")
    seeded("get_rng_state_after_randn2_f64", "seed0", "a = torch.randn(2, dtype=torch.float64)",
           "result = torch.get_rng_state()")
    seeded("get_rng_state_after_randn3_f64", "seed0", "a = torch.randn(3, dtype=torch.float64)",
           "result = torch.get_rng_state()")
    seeded("get_rng_state_after_randn1000", "seed0", "a = torch.randn(1000)",
           "result = torch.get_rng_state()")
    seeded("get_rng_state_after_randperm1000", "seed0", "a = torch.randperm(1000)",
           "result = torch.get_rng_state()")
    seeded("get_rng_state_after_mixed", "seed0", "a = torch.rand(7)", "b = torch.randn(3)",
           "c = torch.randint(10, (5,))", "d = torch.randn(40)",
           "result = torch.get_rng_state()")
    seeded("get_rng_state_after_700_draws", "seed0", "a = torch.rand(700)",
           "result = torch.get_rng_state()")
    seeded("set_rng_state_replays_randn", "seed0", "s = torch.get_rng_state()",
           "a = torch.randn(5)", "torch.set_rng_state(s)", "result = (a, torch.randn(5))")
    seeded("set_rng_state_replays_after_draws", "seed1", "x = torch.randn(3)",
           "s = torch.get_rng_state()", "a = torch.randn(5)", "b = torch.rand(20)",
           "torch.set_rng_state(s)", "result = (a, b, torch.randn(5), torch.rand(20))")
    seeded("set_rng_state_cached_normal", "seed0", "x = torch.randn(1, dtype=torch.float64)",
           "s = torch.get_rng_state()", "a = torch.randn(1, dtype=torch.float64)",
           "torch.set_rng_state(s)", "result = (a, torch.randn(1, dtype=torch.float64))")
    seeded("set_rng_state_keeps_initial_seed", "seed42", "s = torch.get_rng_state()",
           "torch.manual_seed(3)", "torch.set_rng_state(s)", "result = torch.initial_seed()")
    add("generator_set_state_round_trip", "g = torch.Generator().manual_seed(5)",
        "a = torch.rand(4, generator=g)", "s = g.get_state()", "b = torch.randn(20, generator=g)",
        "g.set_state(s)", "result = (a, b, torch.randn(20, generator=g), g.get_state())")
    add("generator_state_into_global", "g = torch.Generator().manual_seed(9)",
        "a = torch.randn(3, generator=g)", "torch.set_rng_state(g.get_state())",
        "result = (torch.randn(3), torch.randn(3, generator=g))")
    add("generator_default_seed", "g = torch.Generator()",
        "result = (g.initial_seed(), torch.rand(5, generator=g))")
    add("generator_manual_seed_returns_generator", "g = torch.Generator()",
        "h = g.manual_seed(11)", "result = (h is g, torch.rand(3, generator=h))")
    add("generator_clone_state_two_generators", "g = torch.Generator().manual_seed(4)",
        "torch.rand(10, generator=g)", "h = torch.Generator()", "h.set_state(g.get_state())",
        "result = (torch.randn(5, generator=g), torch.randn(5, generator=h))")
    seeded("default_generator_manual_seed", "seed0", "torch.default_generator.manual_seed(42)",
           "result = (torch.initial_seed(), torch.rand(3))")
    add("manual_seed_same_as_seed7_rand", "torch.manual_seed(2**32 + 7)", "a = torch.rand(5)",
        "torch.manual_seed(7)", "result = (a, torch.rand(5))")

    # interleaved calls on one stream (scalar normals cache their second value)
    seqs = {
        "randn3_rand20_randn1_randn17": ["torch.randn(3)", "torch.rand(20)", "torch.randn(1)",
                                         "torch.randn(17)"],
        "randn1_randn1_randn1": ["torch.randn(1)", "torch.randn(1)", "torch.randn(1)"],
        "randn1_rand1_randn1": ["torch.randn(1)", "torch.rand(1)", "torch.randn(1)"],
        "randn3_randn3": ["torch.randn(3)", "torch.randn(3)"],
        "randn1_randn16_randn1": ["torch.randn(1)", "torch.randn(16)", "torch.randn(1)"],
        "randn17_randn1_randn15": ["torch.randn(17)", "torch.randn(1)", "torch.randn(15)"],
        "randn1_randint_randn1": ["torch.randn(1)", "torch.randint(10, (3,))",
                                  "torch.randn(1)"],
        "randn_f64_1_1_3": ["torch.randn(1, dtype=torch.float64)",
                            "torch.randn(1, dtype=torch.float64)",
                            "torch.randn(3, dtype=torch.float64)"],
        "randn_f64_1_then_f32_1": ["torch.randn(1, dtype=torch.float64)", "torch.randn(1)",
                                   "torch.randn(1, dtype=torch.float64)"],
        "randn_f64_3_rand_f64_2_randn_f64_20": ["torch.randn(3, dtype=torch.float64)",
                                                "torch.rand(2, dtype=torch.float64)",
                                                "torch.randn(20, dtype=torch.float64)"],
        "randn1_normal_inplace_f64_small": ["torch.randn(1)",
                                            "torch.empty(3, dtype=torch.float64).normal_()",
                                            "torch.randn(1)"],
        "normal_inplace_f64_small_twice": ["torch.empty(1, dtype=torch.float64).normal_()",
                                           "torch.empty(2, dtype=torch.float64).normal_(5, 2)",
                                           "torch.empty(1, dtype=torch.float64).normal_()"],
        "randn5_randperm5_randn5": ["torch.randn(5)", "torch.randperm(5)", "torch.randn(5)"],
        "rand3_randn3_randint3_randn3": ["torch.rand(3)", "torch.randn(3)",
                                         "torch.randint(5, (3,))", "torch.randn(3)"],
        "randn1_randn_f16_1_randn1": ["torch.randn(1)", "torch.randn(1, dtype=torch.float16)",
                                      "torch.randn(1)"],
        "randn1_bernoulli_randn1": ["torch.randn(1)", "torch.bernoulli(torch.full((3,), 0.5))",
                                    "torch.randn(1)"],
        "randn1_multinomial_randn1": ["torch.randn(1)", "torch.multinomial(torch.ones(4), 2)",
                                      "torch.randn(1)"],
        "randn1_normal_ff_randn1": ["torch.randn(1)", "torch.normal(0., 1., (3,))",
                                    "torch.randn(1)"],
        "randn1_exponential_randn1": ["torch.randn(1)", "torch.empty(3).exponential_()",
                                      "torch.randn(1)"],
        "randn1_log_normal_randn1": ["torch.randn(1)", "torch.empty(3).log_normal_()",
                                     "torch.randn(1)"],
        "randn1_manual_seed_randn1": ["torch.randn(1)", "!torch.manual_seed(0)",
                                      "torch.randn(1)"],
        "randn_2d_small_then_big": ["torch.randn(2, 3)", "torch.randn(4, 5)", "torch.randn(2)"],
        "rand_mixed_dtypes": ["torch.rand(3, dtype=torch.float16)", "torch.rand(3)",
                              "torch.rand(3, dtype=torch.float64)", "torch.rand(3)"],
        "randint_mixed_ranges": ["torch.randint(10, (3,))", "torch.randint(2**40, (3,))",
                                 "torch.randint(10, (3,))"],
        "poisson_randn1_poisson": ["torch.randn(1)", "torch.poisson(torch.full((3,), 2.0))",
                                   "torch.randn(1)"],
        "dropout_randn1_dropout": ["torch.randn(1)", "F.dropout(torch.ones(8), 0.5)",
                                   "torch.randn(1)"],
    }
    for seq_name, calls in seqs.items():  # "!call": a statement whose value is not kept
        names, lines = [], []
        for call in calls:
            if call.startswith("!"):
                lines.append(call[1:])
            else:
                names.append(chr(ord("a") + len(names)))
                lines.append(f"{names[-1]} = {call}")
        for seed in ("seed0", "seed42"):
            seeded(f"seq_{seq_name}", seed, *lines, "result = (" + ", ".join(names) + ")")
    seeded("seq_generator_and_global_interleaved", "seed0", "g = torch.Generator().manual_seed(0)",
           "a = torch.randn(1)", "b = torch.randn(1, generator=g)", "c = torch.randn(1)",
           "d = torch.randn(1, generator=g)", "result = (a, b, c, d)")

    # errors
    errors = {
        "randint_low_ge_high": "torch.randint(5, 2, (3,))",
        "randint_empty_range": "torch.randint(3, 3, (3,))",
        "randint_uint8_out_of_range": "torch.randint(0, 300, (3,), dtype=torch.uint8)",
        "multinomial_all_zero": "torch.multinomial(torch.tensor([0., 0.]), 1)",
        "multinomial_too_many_without_replacement": "torch.multinomial(torch.ones(3), 4)",
        "multinomial_negative_prob": "torch.multinomial(torch.tensor([1., -1.]), 1)",
        "multinomial_zero_samples": "torch.multinomial(torch.ones(3), 0)",
        "randperm_negative": "torch.randperm(-1)",
        "normal_negative_std": "torch.normal(0., -1., (3,))",
        "normal_tensor_negative_std": "torch.normal(torch.zeros(3), -torch.ones(3))",
        "normal_inplace_negative_std": "torch.empty(3).normal_(0, -1)",
        "uniform_from_gt_to": "torch.empty(3).uniform_(2, 1)",
        "set_rng_state_wrong_size": "torch.set_rng_state(torch.zeros(10, dtype=torch.uint8))",
        "set_rng_state_wrong_dtype": "torch.set_rng_state(torch.zeros(5056))",
        "bernoulli_p_out_of_range": "torch.bernoulli(torch.tensor([1.5]))",
        "bernoulli_inplace_p_out_of_range": "torch.empty(3).bernoulli_(1.5)",
        "manual_seed_overflow": "torch.manual_seed(2**64)",
        "manual_seed_negative_overflow": "torch.manual_seed(-2**63 - 1)",
        "generator_manual_seed_overflow": "torch.Generator().manual_seed(2**64)",
        "geometric_p_zero": "torch.empty(3).geometric_(0)",
        "exponential_negative_lambda": "torch.empty(3).exponential_(-1)",
        "poisson_negative_rate": "torch.poisson(torch.tensor([-1.]))",
        "dropout_p_out_of_range": "F.dropout(torch.ones(3), 1.5)",
        "rand_integer_dtype": "torch.rand(3, dtype=torch.int64)",
        "randn_integer_dtype": "torch.randn(3, dtype=torch.int64)",
        "random_from_ge_to": "torch.empty(3, dtype=torch.int64).random_(5, 5)",
        "cauchy_integer": "torch.empty(3, dtype=torch.int64).cauchy_()",
        "log_normal_negative_std": "torch.empty(3).log_normal_(0, -1)",
        # hostile or odd arguments
        "random_float_bounds": "torch.zeros(3).random_(2.5, 7.5)",
        "randint_high_past_int64": "torch.randint(0, 2**70, (3,))",
        "random_to_past_int64": "torch.zeros(3).random_(2**70)",
        "bernoulli_inplace_p_shape": "torch.zeros(3).bernoulli_(torch.ones(4))",
        "uniform_on_expanded": "torch.zeros(1).expand(3).uniform_()",
        "normal_tensor_shapes": "torch.normal(torch.zeros(2), torch.ones(3))",
        "exponential_integer": "torch.empty(3, dtype=torch.int64).exponential_()",
        "manual_seed_none": "torch.manual_seed(None)",
        "manual_seed_text": "torch.manual_seed('a')",
        "multinomial_3d": "torch.multinomial(torch.ones(2, 2, 2), 1)",
        "multinomial_integer": "torch.multinomial(torch.ones(3, dtype=torch.int64), 1)",
        "bernoulli_integer_p": "torch.bernoulli(torch.tensor([1, 0]))",
        "randperm_half_too_large": "torch.randperm(3000, dtype=torch.float16)",
        "randint_one_argument": "torch.randint(3)",
        "randint_int_size": "torch.randint(0, 3)",
        "randint_three_ints": "torch.randint(0, 3, 4)",
        "randint_no_size": "torch.randint(low=0, high=3)",
        "randint_float_high": "torch.randint(2.5, (3,))",
        "rand_text_size": "torch.rand('a')",
        "rand_float_size": "torch.rand(2.5)",
        "randn_negative_size": "torch.randn(-1)",
        "randperm_float": "torch.randperm(2.5)",
        "normal_two_floats": "torch.normal(0., 1.)",
        "normal_float_mean_only": "torch.normal(0.)",
        "multinomial_float_samples": "torch.multinomial(torch.ones(3), 2.5)",
    }
    for name, expr in errors.items():
        seeded(f"error_{name}", "seed0", f"result = {expr}")
    seeded("randint_size_keyword", "seed0", "result = torch.randint(2, 10, size=(3,))")
    seeded("randint_high_size_keywords", "seed0", "result = torch.randint(high=5, size=(4,))")
    # rates whose sample overflows: (int64_t) of NaN or inf is INT64_MIN on x86-64
    seeded("poisson_infinite_rates", "seed42",
           "result = torch.poisson(torch.tensor([float('inf'), 1e300, 3., 12., 1e6]))")

    names = [name for name, _ in cases]
    duplicates = {name for name in names if names.count(name) > 1}
    assert not duplicates, sorted(duplicates)
    return cases


# ------------------------------------------------------------------ recording

def sample_indices(n: int) -> list[int]:
    first = list(range(min(4, n)))
    spread = [(n - 1) * k // 4 for k in range(1, 5)] if n > 4 else []
    return sorted(set(first + spread))[:SAMPLES]


def describe_tensor(t) -> dict:
    import torch

    t = t.detach().cpu().contiguous()
    array = t.numpy()
    if t.dtype == torch.bool:
        array = array.astype("uint8")
    bits = array.view(f"u{array.dtype.itemsize}") if array.dtype.itemsize else array
    flat_bits = bits.reshape(-1)
    width = 2 * array.dtype.itemsize
    samples = [[i, f"{int(flat_bits[i]):0{width}x}"] for i in sample_indices(flat_bits.size)]
    return {"kind": "tensor", "dtype": str(t.dtype), "shape": list(t.shape),
            "sha256": hashlib.sha256(array.tobytes()).hexdigest(), "samples": samples}


def describe(value) -> dict:
    import torch

    if isinstance(value, torch.Tensor):
        return {"container": "tensor", "items": [describe_tensor(value)]}
    if isinstance(value, (tuple, list)):
        items = []
        for item in value:
            if isinstance(item, torch.Tensor):
                items.append(describe_tensor(item))
            else:
                items.append(describe_scalar(item))
        return {"container": type(value).__name__, "items": items}
    return {"container": "scalar", "items": [describe_scalar(value)]}


def describe_scalar(value) -> dict:
    if isinstance(value, (bool, int, float)):
        return {"kind": type(value).__name__, "repr": repr(value)}
    raise TypeError(f"cannot record a result of type {type(value).__name__}")


def run_case(source: str) -> dict:
    if str(ROOT / "dev") not in sys.path:
        sys.path.insert(0, str(ROOT / "dev"))
    from torch_transcript import namespace  # dev tool: needs torch

    scope = namespace()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            exec(compile(source, "<case>", "exec"), scope)
        except Exception as exc:  # noqa: BLE001 - recorded as data
            return {"error": {"type": type(exc).__name__, "message": str(exc)}}
    return {"result": describe(scope["result"])}


def environment() -> dict:
    import numpy
    import torch

    return {"torch": torch.__version__, "numpy": numpy.__version__,
            "cpu_capability": torch.backends.cpu.get_cpu_capability(),
            "ATEN_CPU_CAPABILITY": os.environ.get("ATEN_CPU_CAPABILITY"),
            "mkl": torch.backends.mkl.is_available(),
            "num_threads": torch.get_num_threads(),
            "machine": platform.machine(), "python": platform.python_version()}


def generate(path: Path) -> dict:
    cases = [{"name": name, "source": source, **run_case(source)}
             for name, source in build_cases()]
    write(path, {
        "about": "PyTorch CPU random numbers, pinned by dev/gen_random_golden.py; "
                 "samples are [flat index, hex bits of the element] (bool as uint8)",
        "environment": environment(),
        "cases": cases,
    })


def write(path: Path, data: dict) -> None:
    cases = data["cases"]
    path.parent.mkdir(parents=True, exist_ok=True)
    head = json.dumps({key: value for key, value in data.items() if key != "cases"}, indent=1)
    body = ",\n".join(json.dumps(case, separators=(",", ":")) for case in cases)
    with open(path, "w", encoding="utf-8") as handle:  # one case a line: small diffs
        handle.write(head[:-2] + ',\n "cases": [\n' + body + "\n]}\n")


def run_child(capability: str, path: Path) -> None:
    env = dict(os.environ)
    if capability:
        env["ATEN_CPU_CAPABILITY"] = capability
    else:
        env.pop("ATEN_CPU_CAPABILITY", None)
    subprocess.run([sys.executable, __file__, "--capability", capability, "--out", str(path)],
                   env=env, check=True)


def digests(data: dict) -> dict:
    return {case["name"]: json.dumps(case.get("result", case.get("error")), sort_keys=True)
            for case in data["cases"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--capability", default=None,
                        help="ATEN_CPU_CAPABILITY for one run ('' for unset)")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    if args.capability is not None:
        if (os.environ.get("ATEN_CPU_CAPABILITY") or "") != args.capability:
            run_child(args.capability, args.out or MAIN_FILE)  # set it before torch loads
            return
        generate(args.out or MAIN_FILE)
        return
    # Both flavours, each in a fresh process so the capability is read at load time.
    run_child("", MAIN_FILE)
    run_child("default", DEFAULT_FILE)
    with open(MAIN_FILE, encoding="utf-8") as handle:
        main_data = json.load(handle)
    with open(DEFAULT_FILE, encoding="utf-8") as handle:
        default_data = json.load(handle)
    a, b = digests(main_data), digests(default_data)
    differ = [name for name in a if a[name] != b[name]]
    # The default flavour keeps the float-drawing cases, and any case that differs.
    default_data["cases"] = [case for case in default_data["cases"]
                             if case["name"] in differ
                             or case["name"].startswith(DEFAULT_FLAVOUR_PREFIXES)]
    for case in default_data["cases"]:
        case["differs_from_main"] = case["name"] in differ
    write(DEFAULT_FILE, default_data)
    errors = sum("error" in case for case in main_data["cases"])
    print(f"{MAIN_FILE.name}: {len(a)} cases ({errors} errors), {MAIN_FILE.stat().st_size} "
          f"bytes [{main_data['environment']['cpu_capability']}]; {DEFAULT_FILE.name}: "
          f"{len(default_data['cases'])} cases, {DEFAULT_FILE.stat().st_size} bytes "
          f"[{default_data['environment']['cpu_capability']}]")
    print(f"{len(differ)} cases differ under ATEN_CPU_CAPABILITY=default:")
    for name in differ:
        print("  " + name)


if __name__ == "__main__":
    main()
