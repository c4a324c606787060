"""What the bit-level golden tests share: their data, the interpreter run of a
case, and the reference thread count (test_pow_golden, test_sleef_golden)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from gradsh.engine.ops import cascade_sum
from gradsh.lang.evaluator import Interpreter


def load(name: str):
    """(data, cases, ids, the cases with a direct SLEEF check) of data/<name>."""
    data = json.loads((Path(__file__).parent / "data" / name).read_text("utf-8"))
    cases = data["cases"]
    ids = [f"{i}-{c['kind']}-{c['source'][:40]}" for i, c in enumerate(cases)]
    return data, cases, ids, [c for c in cases if "sleef_sha256" in c]


def run_case(setup: str, source: str):
    interpreter = Interpreter(lambda text: None)
    interpreter.run_source("import torch\n" + setup.replace("; ", "\n") + f"\nresult = {source}")
    return interpreter.workspace["result"]


def reference_threads(data: dict):
    """An autouse fixture: the golden data's thread count (the parallel chunks
    move the tails)."""
    @pytest.fixture(autouse=True)
    def threads():
        before = cascade_sum.get_threads()
        cascade_sum.set_threads(data["threads"])
        yield
        cascade_sum.set_threads(before)
    return threads
