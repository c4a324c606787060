"""torch.dot and 1-D @ 1-D as PyTorch's CPU build computes them (MKL's
?dot, gradsh.engine.ops.blas_dot), bit for bit, at many lengths, addresses,
strides and both thread counts. The golden file comes from real PyTorch
(``dev/gen_dot_golden.py``); without MKL's runtime the source cases skip
(the NumPy model covers only some layouts), the model's are checked always."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from gradsh.engine.ops import blas_dot, cascade_sum
from gradsh.lang.evaluator import Interpreter

DATA = json.loads((Path(__file__).parent / "data" / "dot_golden.json").read_text("utf-8"))
MKL = blas_dot.mkl()


@pytest.fixture(scope="module")
def interpreter():
    it = Interpreter(lambda text: None)
    it.run_source("import torch")
    return it


@pytest.mark.skipif(not MKL, reason="MKL's runtime is not installed")
@pytest.mark.parametrize("case", DATA["cases"],
                         ids=[f"{c['threads']}t:{c['source'][:100]}" for c in DATA["cases"]])
def test_dot_bits(case, interpreter):
    before = cascade_sum.get_threads()
    cascade_sum.set_threads(case["threads"])
    try:
        interpreter.run_source(f"result = {case['source']}")
    finally:
        cascade_sum.set_threads(before)
    value = interpreter.workspace["result"].detach().numpy()
    assert value.shape == ()
    assert value.tobytes().hex() == case["bits"]


def _placed_id(case) -> str:
    return f"{case['threads']}t:{case['setup'][27:90]}"


@pytest.mark.skipif(not MKL, reason="MKL's runtime is not installed")
@pytest.mark.parametrize("case", DATA["placed"], ids=[_placed_id(c) for c in DATA["placed"]])
def test_dot_placed_as_pytorch(case, interpreter):
    """Copies at other addresses (every NumPy array starts at 16 bytes) still
    give PyTorch's sum for tensors at the given storage offsets: blas_dot
    moves each operand to where PyTorch's allocator would have it."""
    interpreter.run_source(case["setup"])
    a, b = (np.array(interpreter.workspace[name].detach().numpy()) for name in "ab")
    before = cascade_sum.get_threads()
    cascade_sum.set_threads(case["threads"])
    try:
        value = blas_dot.dot(a, b, tuple(case["offsets"]))
    finally:
        cascade_sum.set_threads(before)
    assert value.tobytes().hex() == case["bits"]


@pytest.mark.parametrize("case", DATA["placed"], ids=[_placed_id(c) for c in DATA["placed"]])
def test_dot_model(case, interpreter):
    """MKL's order in NumPy (blas_dot.modelled, used without MKL): PyTorch's
    bits wherever both operands sit at one address modulo 16 bytes; None
    (NumPy's matmul) where they do not."""
    interpreter.run_source(case["setup"])
    a, b = (np.array(interpreter.workspace[name].detach().numpy()) for name in "ab")
    value = blas_dot.modelled(a, b, tuple(case["offsets"]), case["threads"])
    first, second = (offset * a.itemsize % 16 for offset in case["offsets"])
    if first != second:
        assert value is None
    else:
        assert np.asarray(value, dtype=a.dtype).tobytes().hex() == case["bits"]
