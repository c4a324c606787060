"""Matrix products as PyTorch's CPU build (MKL sgemm/dgemm, ATen's bmm loop)
sums them, bit for bit, for the shapes gradsh.engine.ops.gemm_order has a
rule for (float32 and float64 mm/addmm, bmm, batched matmul). The
golden file comes from real PyTorch (``dev/gen_matmul_golden.py``)."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np
import pytest

from gradsh.lang.evaluator import Interpreter

DATA = json.loads((Path(__file__).parent / "data" / "matmul_golden.json").read_text("utf-8"))


@pytest.mark.parametrize("case", DATA["cases"], ids=[c["source"][:90] for c in DATA["cases"]])
def test_matmul_bits(case):
    interpreter = Interpreter(lambda text: None)
    setup = "\n".join(case.get("setup", []))
    interpreter.run_source(f"import torch\n{setup}\nresult = {case['source']}")
    value = interpreter.workspace["result"]
    assert list(value.shape) == case["shape"]
    array = np.ascontiguousarray(value.detach().numpy())  # float32, or float64 where asked
    assert hashlib.sha256(array.tobytes()).hexdigest()[:20] == case["sha256"]


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_bmm_own_loop_is_the_sequential_sum(dtype):
    """gemm_order.batched below 400 multiply-adds a batch: +0, then each product
    rounded and added in k order (ATen's baddbmm_cpu_kernel), every batch."""
    from gradsh.engine.ops import gemm_order

    rng = np.random.default_rng(3)
    a = rng.standard_normal((700, 3, 9)).astype(dtype)
    b = rng.standard_normal((700, 9, 5)).astype(dtype)
    want = np.zeros((700, 3, 5), dtype)
    for j in range(9):
        want = want + a[:, :, j:j + 1] * b[:, j:j + 1, :]
    got = gemm_order.batched(a, b.transpose(0, 2, 1).copy().transpose(0, 2, 1))
    assert got.tobytes() == want.tobytes()
