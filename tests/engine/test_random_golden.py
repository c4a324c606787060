"""PyTorch's CPU random numbers, bit for bit, over a grid of cases.

The golden files come from real PyTorch (``dev/gen_random_golden.py``, run in
a torch venv; PyTorch is never a test dependency):

* ``data/random_golden.json``: PyTorch's default CPU kernels (AVX2/AVX512),
  gradsh's default ``:set rng avx2`` flavour;
* ``data/random_golden_default.json``: ``ATEN_CPU_CAPABILITY=default``, run here
  after ``:set rng default``.

Each case is a short source that assigns ``result``; gradsh runs it in a fresh
interpreter, and every tensor of the result must match PyTorch's dtype, shape
and bytes (sha256); a case PyTorch rejects must raise the same error type and
message (its first line: gradsh's errors are one line).  A mismatch shows the sampled elements that differ.

Cases listed in ``data/random_known_differences.txt`` (``CASE: reason``; a
``default:`` prefix names a case of the default-flavour file only) are
``xfail(strict=True)``: they must differ, so the list shrinks as gradsh catches up.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Optional

import numpy as np
import pytest

from gradsh.lang.diagnostics import Diagnostic
from gradsh.lang.evaluator import Interpreter

DATA = Path(__file__).parent / "data"
MAIN_FILE = DATA / "random_golden.json"
DEFAULT_FILE = DATA / "random_golden_default.json"
KNOWN_DIFFERENCES = DATA / "random_known_differences.txt"

NUMPY_DTYPES = {
    "torch.float16": np.float16, "torch.float32": np.float32, "torch.float64": np.float64,
    "torch.uint8": np.uint8, "torch.int8": np.int8, "torch.int16": np.int16,
    "torch.int32": np.int32, "torch.int64": np.int64, "torch.bool": np.uint8,
}


def load(path: Path) -> dict:
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def known_differences(path: Path = KNOWN_DIFFERENCES) -> dict:
    """``{case name: reason}``; names of the default-flavour file carry ``default:``."""
    reasons: dict = {}
    if not path.is_file():
        return reasons
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        flavour = ""
        if line.startswith("default:"):
            flavour, line = "default:", line[len("default:"):].strip()
        name, colon, reason = line.partition(":")
        if not colon:
            raise ValueError(f"{path.name}:{number}: expected 'CASE_NAME: reason', got {line!r}")
        reasons[flavour + name.strip()] = reason.strip() or "known difference"
    return reasons


MAIN = load(MAIN_FILE)
DEFAULT = load(DEFAULT_FILE)
KNOWN = known_differences()


def params(data: dict, flavour: str) -> list:
    out = []
    for case in data["cases"]:
        reason = KNOWN.get(flavour + case["name"])
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        out.append(pytest.param(case, id=case["name"], marks=marks))
    return out


# ------------------------------------------------------------ describe gradsh

def sample_indices(n: int) -> list:
    first = list(range(min(4, n)))
    spread = [(n - 1) * k // 4 for k in range(1, 5)] if n > 4 else []
    return sorted(set(first + spread))[:8]


def tensor_bytes(value) -> np.ndarray:
    array = np.ascontiguousarray(value.detach().numpy())
    if array.dtype == np.bool_:
        array = array.astype(np.uint8)
    return array


def bits(array: np.ndarray) -> np.ndarray:
    return array.reshape(-1).view(f"u{array.dtype.itemsize}")


def decode(hex_bits: str, dtype: str):
    """The value a sample's hex bits stand for, as PyTorch printed-ish text."""
    numpy_dtype = np.dtype(NUMPY_DTYPES.get(dtype, np.uint8))
    raw = np.array([int(hex_bits, 16)], dtype=f"u{numpy_dtype.itemsize}")
    return raw.view(numpy_dtype)[0].item()


def is_tensor(value) -> bool:
    return hasattr(value, "dtype") and hasattr(value, "shape") and hasattr(value, "detach")


# ------------------------------------------------------------------- compare

def compare_tensor(where: str, expected: dict, value) -> list:
    if not is_tensor(value):
        return [f"{where}: expected a {expected['dtype']} tensor of shape {expected['shape']}, "
                f"got {type(value).__name__} {value!r}"]
    problems = []
    dtype, shape = str(value.dtype), list(value.shape)
    if dtype != expected["dtype"]:
        problems.append(f"{where}: dtype {dtype}, PyTorch {expected['dtype']}")
    if shape != expected["shape"]:
        problems.append(f"{where}: shape {shape}, PyTorch {expected['shape']}")
    if problems:
        return problems
    array = tensor_bytes(value)
    if hashlib.sha256(array.tobytes()).hexdigest() == expected["sha256"]:
        return []
    flat = bits(array)
    width = 2 * array.dtype.itemsize
    lines = [f"{where}: {dtype} {shape}: bytes differ (sha256); sampled elements:"]
    for index, want in expected["samples"]:
        got = f"{int(flat[index]):0{width}x}"
        mark = "  " if got == want else "!="
        lines.append(f"    [{index}] gradsh 0x{got} ({decode(got, dtype)!r}) {mark} "
                     f"PyTorch 0x{want} ({decode(want, dtype)!r})")
    if all(f"{int(flat[i]):0{width}x}" == want for i, want in expected["samples"]):
        lines.append("    (the sampled elements agree; others differ)")
    return ["\n".join(lines)]


def compare_scalar(where: str, expected: dict, value) -> list:
    got = (type(value).__name__, repr(value))
    want = (expected["kind"], expected["repr"])
    if got == want:
        return []
    return [f"{where}: gradsh {got[0]} {got[1]}, PyTorch {want[0]} {want[1]}"]


def compare(expected: dict, value) -> list:
    container, items = expected["container"], expected["items"]
    if container == "tensor":
        return compare_tensor("result", items[0], value)
    if container == "scalar":
        return compare_scalar("result", items[0], value)
    if type(value).__name__ != container or len(value) != len(items):
        kind = type(value).__name__
        size = f" of {len(value)}" if isinstance(value, (tuple, list)) else ""
        return [f"result: gradsh {kind}{size}, PyTorch {container} of {len(items)}"]
    problems = []
    for index, (item, element) in enumerate(zip(items, value)):
        where = f"result[{index}]"
        if item["kind"] == "tensor":
            problems += compare_tensor(where, item, element)
        else:
            problems += compare_scalar(where, item, element)
    return problems


def run_case(case: dict, setting: Optional[str] = None) -> list:
    """Run the case in a fresh gradsh interpreter; the list of differences from PyTorch."""
    out: list = []
    interp = Interpreter(out.append)
    if setting is not None:
        try:
            interp.run_source(f":set rng {setting}")
        except Diagnostic as diagnostic:
            return [f"cannot select the '{setting}' random flavour: {diagnostic.headline()}"]
    error: Optional[Diagnostic] = None
    try:
        interp.run_source(case["source"])
    except Diagnostic as diagnostic:
        error = diagnostic
    finally:
        if setting is not None:  # the setting may be process-global: undo it
            interp.run_source(":set rng avx2")
    source = "\n    ".join(case["source"].split("\n"))
    header = f"case {case['name']}:\n    {source}"
    if "error" in case:
        # gradsh's errors are one line: PyTorch's first (its argument-parser
        # errors go on to list every overload).
        want = f"{case['error']['type']}: {case['error']['message'].splitlines()[0]}"
        if error is None:
            return [f"{header}\nPyTorch raises {want}\ngradsh raised nothing"]
        got = f"{error.type_name}: {error.message}"
        return [] if got == want else [f"{header}\nPyTorch raises {want}\ngradsh raises {got}"]
    if error is not None:
        return [f"{header}\ngradsh raises {error.headline()}"]
    if "result" not in interp.workspace:
        return [f"{header}\ngradsh bound no 'result'"]
    problems = compare(case["result"], interp.workspace["result"])
    return [header] + problems if problems else []


@pytest.mark.parametrize("case", params(MAIN, ""))
def test_random_golden(case):
    problems = run_case(case)
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


@pytest.mark.parametrize("case", params(DEFAULT, "default:"))
def test_random_golden_default_flavour(case):
    problems = run_case(case, setting="default")
    if problems:
        pytest.fail("\n".join(problems), pytrace=False)


# -------------------------------------------------------- the files themselves

def test_golden_files_are_consistent():
    for data in (MAIN, DEFAULT):
        names = [case["name"] for case in data["cases"]]
        assert len(names) == len(set(names))
        assert "sanity_zeros" in names
        for case in data["cases"]:
            assert ("result" in case) != ("error" in case), case["name"]
    assert DEFAULT["environment"]["cpu_capability"] == "DEFAULT"
    assert MAIN["environment"]["cpu_capability"] != "DEFAULT"
    main_sources = {case["name"]: case["source"] for case in MAIN["cases"]}
    for case in DEFAULT["cases"]:
        assert main_sources.get(case["name"]) == case["source"], case["name"]


def test_known_differences_name_existing_cases():
    names = {case["name"] for case in MAIN["cases"]}
    names |= {"default:" + case["name"] for case in DEFAULT["cases"]}
    assert not set(KNOWN) - names, sorted(set(KNOWN) - names)


def test_sample_rule_matches_the_generator():
    item = next(case for case in MAIN["cases"] if case["name"] == "rand_f32_n1000_seed0")
    assert [i for i, _ in item["result"]["items"][0]["samples"]] == sample_indices(1000)
    assert sample_indices(3) == [0, 1, 2]
    assert sample_indices(10) == [0, 1, 2, 3, 4, 6, 9]


def test_a_mismatch_shows_the_differing_samples():
    case = {"name": "demo", "source": "result = torch.zeros(3)",
            "result": {"container": "tensor", "items": [{
                "kind": "tensor", "dtype": "torch.float32", "shape": [3], "sha256": "0" * 64,
                "samples": [[0, "00000000"], [1, "3f800000"], [2, "00000000"]]}]}}
    report = "\n".join(run_case(case))
    assert "bytes differ" in report
    assert "[1] gradsh 0x00000000 (0.0) != PyTorch 0x3f800000 (1.0)" in report
    assert "[0] gradsh 0x00000000 (0.0)    PyTorch" in report
