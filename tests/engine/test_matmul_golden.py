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
