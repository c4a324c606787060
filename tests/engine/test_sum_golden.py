"""torch.sum / torch.mean as PyTorch's CPU kernel computes them, bit for bit:
cascade_sum's order of additions over the reduction TensorIterator, AVX2
vector widths, the two-thread split of big reductions, float16 accumulated in
float32; the sums autograd does to undo broadcasting use the same kernel.
The golden file comes from real PyTorch (``dev/gen_sum_golden.py``)."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np
import pytest

from gradsh.engine.ops import cascade_sum
from gradsh.lang.evaluator import Interpreter

DATA = json.loads((Path(__file__).parent / "data" / "sum_golden.json").read_text("utf-8"))


@pytest.fixture(autouse=True)
def reference_threads():
    before = cascade_sum.get_threads()
    cascade_sum.set_threads(DATA["threads"])
    yield
    cascade_sum.set_threads(before)


@pytest.mark.parametrize("case", DATA["cases"], ids=[c["name"] for c in DATA["cases"]])
def test_sum_bits(case):
    interpreter = Interpreter(lambda text: None)
    interpreter.run_source(f"import torch\n{case['source']}")
    array = np.ascontiguousarray(interpreter.workspace["result"].detach().numpy())
    assert str(array.dtype) == case["dtype"]
    assert list(array.shape) == case["shape"]
    first = f"{int(array.reshape(-1).view(f'u{array.itemsize}')[0]):x}"
    assert (first, hashlib.sha256(array.tobytes()).hexdigest()) == (case["first"], case["sha256"])


def test_thread_split():
    """With two threads a big full sum is two serial halves, added (two_pass_reduction)."""
    x = np.random.default_rng(0).standard_normal((1000, 1000)).astype(np.float32)
    two = cascade_sum.cascade_sum(x)
    cascade_sum.set_threads(1)
    halves = cascade_sum.cascade_sum(x[:500]) + cascade_sum.cascade_sum(x[500:])
    assert two.dtype == np.float32 and two == halves
    assert cascade_sum.cascade_sum(x) != two  # this input happens to tell them apart
