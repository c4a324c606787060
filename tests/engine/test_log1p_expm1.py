"""torch.log1p / torch.expm1 as PyTorch 2.13's CPU kernels compute them
(SLEEF's u10 functions in every build, MKL or not: ``ops/sleef_log1p``).
The golden file comes from real PyTorch (``dev/gen_log1p_golden.py``):
special values (zeros, -1, infinities, NaN, subnormals, the functions'
thresholds), random bit patterns over the whole float range, sizes around
the vector blocks and the parallel grain, strided and transposed views, 0-d,
float16, the in-place forms and the gradients."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

import numpy as np
import pytest

from gradsh.engine.ops import sleef_log1p
from gradsh.lang.evaluator import Interpreter

DATA = json.loads((Path(__file__).parent / "data" / "log1p_expm1_golden.json").read_text("utf-8"))
CASES = DATA["cases"]
IDS = [f"{i}-{c['source'].splitlines()[-1][:40]}-{c['dtype']}" for i, c in enumerate(CASES)]


def _evaluate(source: str) -> np.ndarray:
    interpreter = Interpreter(lambda text: None)
    interpreter.run_source("import torch\ntorch.manual_seed(0)\n" + source)
    return np.ascontiguousarray(interpreter.workspace["result"].detach().numpy())


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_bits(case):
    array = _evaluate(case["source"])
    assert str(array.dtype) == case["dtype"]
    assert list(array.shape) == case["shape"]
    assert hashlib.sha256(array.tobytes()).hexdigest() == case["sha256"]


@pytest.mark.parametrize("flavour", ["sleef", "auto"])
def test_same_bits_whatever_the_trig_flavour(monkeypatch, flavour):
    """No MKL involved: GRADSH_TRIG's sleef (no-MKL) flavour gives the same bits."""
    monkeypatch.setenv("GRADSH_TRIG", flavour)
    for case in CASES[:4]:
        assert hashlib.sha256(_evaluate(case["source"]).tobytes()).hexdigest() == case["sha256"]


def test_numpy_flavour_is_numpy(monkeypatch):
    monkeypatch.setenv("GRADSH_TRIG", "numpy")
    x = np.linspace(-0.9, 3, 101, dtype=np.float32)
    assert np.array_equal(sleef_log1p.kernel("log1p")(np, x), np.log1p(x))
    assert np.array_equal(sleef_log1p.kernel("expm1")(np, x), np.expm1(x))


def test_chunks_and_shapes():
    """Whole-array and chunked evaluation agree; shapes and 0-d survive."""
    x = np.linspace(-0.99, 50, 200001).reshape(3, -1)
    for name, exact in (("log1p", sleef_log1p.log1p_double), ("expm1", sleef_log1p.expm1_double)):
        out = sleef_log1p.kernel(name)(np, x)
        assert out.shape == x.shape and out.dtype == x.dtype
        assert np.array_equal(out.view(np.uint64), exact(x.reshape(-1)).reshape(x.shape).view(
            np.uint64))
        assert sleef_log1p.kernel(name)(np, np.float32(0.5)).shape == ()
    ints = np.arange(3)
    assert np.array_equal(sleef_log1p.kernel("log1p")(np, ints), np.log1p(ints))
