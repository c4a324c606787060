"""torch.linspace as PyTorch computes it, bit for bit: the first half counts
up from start, the second half down from end, each value one fused
multiply-add (float16: rounded after every operation). The golden file comes
from real PyTorch (``dev/gen_creation_golden.py``)."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from gradsh.lang.evaluator import Interpreter

DATA = json.loads((Path(__file__).parent / "data" / "creation_golden.json").read_text("utf-8"))


@pytest.mark.parametrize("case", DATA["cases"], ids=[c["source"] for c in DATA["cases"]])
def test_linspace_bits(case):
    interpreter = Interpreter(lambda text: None)
    interpreter.run_source(f"import torch\nresult = {case['source']}")
    value = interpreter.workspace["result"]
    assert str(value.dtype) == case["dtype"]
    assert list(value.shape) == case["shape"]
    array = np.ascontiguousarray(value.numpy())
    got = [f"{int(b):x}" for b in array.reshape(-1).view(f"u{array.dtype.itemsize}")]
    differ = [(i, g, w) for i, (g, w) in enumerate(zip(got, case["bits"])) if g != w]
    assert not differ, f"{len(differ)} elements differ, first (index, gradsh, PyTorch): {differ[:3]}"
