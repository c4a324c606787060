"""float32 torch.pow and torch.sigmoid as PyTorch 2.13's CPU kernels compute
them. The golden file comes from real PyTorch (``dev/gen_pow_golden.py``).

PyTorch runs SLEEF's ``powf`` / ``expf`` (16 lanes, AVX512) on blocks of 32
elements of each inner-loop row and glibc's ``powf`` / ``pow`` / ``expf`` on
the rest; gradsh's ``sleef_pow`` emulates the first and calls the second, so
every case is exact. The "sleef" cases also check the emulation alone
against SLEEF's own results (the copy PyTorch vendors) on every element.
"""
from __future__ import annotations

import hashlib

import numpy as np
import pytest
from golden_bits import load, reference_threads, run_case

from gradsh.engine.ops import sleef_pow

DATA, CASES, IDS, SLEEF_CASES = load("pow_golden.json")
_reference_threads = reference_threads(DATA)


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_pow_sigmoid_bits(case):
    value = run_case(case["setup"], case["source"])
    assert str(value.dtype) == case["dtype"]
    assert list(value.shape) == case["shape"]
    array = np.ascontiguousarray(value.detach().numpy())
    flat = array.reshape(-1)[:len(case["bits"])]
    assert [f"{int(b):x}" for b in flat.view(np.uint32)] == case["bits"]
    assert hashlib.sha256(array.tobytes()).hexdigest() == case["sha256"]


@pytest.mark.parametrize("case", SLEEF_CASES, ids=[c["source"][:40] for c in SLEEF_CASES])
def test_sleef_emulation_bits(case):
    """sleef_pow.powf / expf equal Sleef_powf16_u10 / Sleef_expf16_u10 on every element."""
    arguments = [run_case(case["setup"], source).numpy() for source in case["sleef"]]
    function = sleef_pow.powf if len(arguments) == 2 else sleef_pow.expf
    got = np.ascontiguousarray(function(*arguments), dtype=np.float32)
    assert hashlib.sha256(got.tobytes()).hexdigest() == case["sleef_sha256"]


def test_vector_mask_rows_chunks_and_layouts():
    # contiguous: 32-element blocks, the last n % 32 scalar
    assert sleef_pow.vector_mask((70,), [[1], [1]]).tolist() == [True] * 64 + [False] * 6
    # (N, 1) ** (3,): rows of 3, all scalar (the tutorial's x.unsqueeze(-1).pow(p))
    assert not sleef_pow.vector_mask((2000, 3), [[1, 0], [0, 1]]).any()
    # one broadcast scalar input still vectorises; a strided one does not
    assert sleef_pow.vector_mask((40,), [[1], [0]]).sum() == 32
    assert not sleef_pow.vector_mask((40,), [[2], [1]]).any()
    # rows of 40: each row has its own tail
    mask = sleef_pow.vector_mask((3, 40), [[40, 1], [0, 1]])
    assert mask.sum(axis=1).tolist() == [32, 32, 32]
    # transposed operands iterate (and vectorise) in memory order
    assert sleef_pow.vector_mask((40, 5), [[1, 40], [1, 40]]).sum() == 192
    # two parallel chunks of ceil(n / 2) elements, each with its own tail
    mask = sleef_pow.vector_mask((40050,), [[1], [1]], threads=2)
    assert mask.sum() == 40000 and not mask[20000:20025].any() and mask[20025]
    assert sleef_pow.vector_mask((40050,), [[1], [1]], threads=1).sum() == 40032
