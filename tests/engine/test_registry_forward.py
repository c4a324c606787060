"""Every op in the registry, forward, against NumPy on the examples of op_cases.

An op without a case fails ``test_every_op_has_a_forward_case``; each case
runs on every available device (ARCHITECTURE idiom 10).
"""
from __future__ import annotations

import numpy as np
import pytest
from op_cases import CASES, NO_FORWARD_CASE, for_reference, to_gradsh

from gradsh.engine import backend
from gradsh.engine.registry import OPS
from gradsh.engine.tensor import Tensor

DEVICES = [
    pytest.param("cpu"),
    pytest.param("cuda", marks=pytest.mark.skipif(not backend.cuda_available(),
                                                  reason="CUDA is not available")),
]

FORWARD_CASES = [(name, index) for name in sorted(CASES) for index in range(len(CASES[name]))]

# Tolerances of torch.testing.assert_close, by result dtype.
TOLERANCES = {np.dtype(np.float16): (1e-3, 1e-5), np.dtype(np.float32): (1.3e-6, 1e-5),
              np.dtype(np.float64): (1e-7, 1e-7)}


def test_every_op_has_a_forward_case():
    missing = sorted(set(OPS) - set(CASES) - NO_FORWARD_CASE)
    assert not missing, f"ops without a forward case in tests/engine/op_cases.py: {missing}"


def test_case_table_names_only_registered_ops():
    unknown = sorted((set(CASES) | NO_FORWARD_CASE) - set(OPS))
    assert not unknown, f"cases for ops that are not in the registry: {unknown}"
    assert not NO_FORWARD_CASE & set(CASES), "an op in NO_FORWARD_CASE has cases"


def assert_matches(result, expected, rtol=None, atol=None, where="result"):
    """``result`` (gradsh) equals ``expected`` (NumPy/Python), dtype included."""
    if isinstance(expected, np.generic):  # NumPy gives scalars for 0-d results
        expected = np.asarray(expected)
    if isinstance(expected, np.ndarray):
        if isinstance(result, Tensor):
            # a quantized tensor's integers are its _qdata (engine/quantized.py)
            actual = backend.to_host(result._qdata if result.is_quantized else result._data)
            assert result.dtype.np == expected.dtype, f"{where}: dtype {result.dtype}, " \
                                                      f"expected {expected.dtype}"
        else:
            assert isinstance(result, np.ndarray), f"{where}: {type(result).__name__}, expected " \
                                                   "a tensor"
            actual = result
        assert actual.dtype == expected.dtype, f"{where}: storage {actual.dtype}"
        assert actual.shape == expected.shape, f"{where}: shape {actual.shape}, " \
                                               f"expected {expected.shape}"
        if expected.dtype.kind == "f":
            default_rtol, default_atol = TOLERANCES[expected.dtype]
            np.testing.assert_allclose(actual, expected, rtol=rtol or default_rtol,
                                       atol=atol or default_atol, equal_nan=True, err_msg=where)
        else:
            np.testing.assert_array_equal(actual, expected, err_msg=where)
    elif isinstance(expected, dict):  # a named tuple: compare each field
        for number, (field_name, value) in enumerate(expected.items()):
            assert_matches(getattr(result, field_name), value, rtol, atol,
                           f"{where}.{field_name}")
            assert_matches(result[number], value, rtol, atol, f"{where}[{number}]")
    elif isinstance(expected, (tuple, list)):
        assert isinstance(result, type(expected)), f"{where}: {type(result).__name__}, " \
                                                   f"expected {type(expected).__name__}"
        assert len(result) == len(expected), f"{where}: length {len(result)}"
        for number, (item, value) in enumerate(zip(result, expected)):
            assert_matches(item, value, rtol, atol, f"{where}[{number}]")
    elif isinstance(expected, float):
        assert type(result) is float, f"{where}: {type(result).__name__}, expected float"
        assert result == pytest.approx(expected, rel=rtol or 1e-6, abs=atol or 1e-12), where
    else:  # bool, int, str: the same Python type and value
        assert type(result) is type(expected), f"{where}: {type(result).__name__}, expected " \
                                               f"{type(expected).__name__}"
        assert result == expected, f"{where}: {result!r}, expected {expected!r}"


@pytest.mark.parametrize("device", DEVICES)
@pytest.mark.parametrize("name,index", FORWARD_CASES,
                         ids=[f"{name}-{index}" for name, index in FORWARD_CASES])
def test_forward(name, index, device):
    case = CASES[name][index]
    if case.needs_cuda and not backend.cuda_available():
        pytest.skip("needs CUDA")
    if case.cpu_only and device != "cpu":
        pytest.skip("a CPU-only case")
    args = [to_gradsh(a, device) for a in case.args]
    kwargs = {key: to_gradsh(value, device) for key, value in case.kwargs.items()}
    result = case.invoke(OPS[name].impl, args, kwargs)
    raw_args = [for_reference(a) for a in case.args]
    raw_kwargs = {key: for_reference(value) for key, value in case.kwargs.items()}
    if case.check is not None:
        case.check(result, *raw_args, **raw_kwargs)
    else:
        assert_matches(result, case.reference(*raw_args, **raw_kwargs), *(case.tol or (None, None)))
