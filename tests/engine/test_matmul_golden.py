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


@pytest.mark.parametrize("scale", [1.0, 1e300, 1e-170])
def test_block64_is_one_fma_a_step(scale):
    """gemm_block64.fused64 (Dekker products formed step by step) equals fma64
    called once a step, huge and tiny operands (fma64's own path) included;
    ``block`` on a batch equals ``block`` batch by batch."""
    from gradsh.engine.ops import gemm_block64
    from gradsh.engine.random.exact import fma64

    rng = np.random.default_rng(5)
    a = rng.standard_normal((2, 9, 13)) * 10.0 ** rng.integers(-6, 6, (2, 9, 13)) * scale
    b = rng.standard_normal((2, 13, 26))
    a[0, 0] = 0.0  # products +-0 on -0: -0 only where every product is -0 (IEEE fma)
    b[0, :, 0] = -np.abs(b[0, :, 0])
    b[0, 4:8, 1:] = -0.0
    start = rng.standard_normal((2, 9, 26))
    start[0, 0] = -0.0
    want = start.copy()
    for k in range(13):
        want = fma64(a[:, :, k:k + 1], b[:, k:k + 1, :], want)
    got = gemm_block64.fused64(a, b, start)
    assert np.signbit(got[0, 0]).tolist() == [True] + [False] * 25
    want[0, 0] = got[0, 0]  # fma64 returns +0 for fma(+-0, x, -0): that row is checked above
    assert got.view(np.int64).tolist() == want.view(np.int64).tolist()
    whole = gemm_block64.block(a, b, start)
    for i in range(2):
        assert whole[i].tobytes() == gemm_block64.block(a[i], b[i], start[i]).tobytes()
