"""gradsh's repr against PyTorch's, byte for byte, on the golden corpus.

``tests/engine/data/print_corpus.json`` was produced by real PyTorch 2.13
with ``dev/gen_print_corpus.py``; this test needs only the JSON.
"""
from __future__ import annotations

import base64
import json
import math
import os

import numpy as np
import pytest

from gradsh.engine import dtypes
from gradsh.engine.printing import PrintOptions, format_tensor

_PATH = os.path.join(os.path.dirname(__file__), "data", "print_corpus.json")

with open(_PATH) as _f:
    CORPUS = json.load(_f)["cases"]


def _case_id(case: dict) -> str:
    shape = "x".join(map(str, case["shape"])) if case["shape"] else "0d"
    return f"case-{case['id']}-{case['dtype']}-{shape}"


def decode(case: dict) -> np.ndarray:
    """The exact array a case describes (little-endian bytes, base64)."""
    dtype = np.dtype(case["dtype"]).newbyteorder("<")
    raw = base64.b64decode(case["data"])
    return np.frombuffer(raw, dtype=dtype).astype(dtype.newbyteorder("=")).reshape(case["shape"])


def options_of(case: dict) -> PrintOptions:
    o = case["options"]
    threshold = o["threshold"]
    return PrintOptions(precision=o["precision"], threshold=math.inf if threshold is None else threshold,
                        edgeitems=o["edgeitems"], linewidth=o["linewidth"], sci_mode=o["sci_mode"])


def render(case: dict) -> str:
    saved = dtypes.get_default_dtype()
    dtypes.set_default_dtype(dtypes.dtype_from_name(case["default_dtype"]))
    try:
        return format_tensor(decode(case), dtypes.dtype_from_name(case["dtype"]),
                             requires_grad=case["requires_grad"], grad_fn=case["grad_fn"],
                             opts=options_of(case))
    finally:
        dtypes.set_default_dtype(saved)


def test_corpus_is_large_enough():
    assert len(CORPUS) >= 600


@pytest.mark.parametrize("case", CORPUS, ids=_case_id)
def test_matches_pytorch(case):
    assert render(case) == case["expected"]
