"""out= and the NumPy-style keyword aliases are installed from the registry
(engine/call_args.py); their behaviour is pinned by
tests/transcripts/out_and_aliases_from_pytorch.gsh, printed by PyTorch."""
from __future__ import annotations

import warnings

import pytest

from gradsh.engine import call_args, namespace, out_args, registry
from gradsh.engine.tensor import Tensor

TORCH = namespace.MODULES["torch"]
FUNCTIONAL = namespace.MODULES["torch.nn.functional"]


def _torch_functions() -> dict:
    return registry.functions("torch")


def test_every_out_function_gradsh_implements_takes_out():
    table = _torch_functions()
    implemented = sorted(name for name in out_args.OUT_FUNCTIONS if name in table)
    assert len(implemented) > 150
    missing = [name for name in implemented
               if getattr(table[name], "__wrapped__", None) is None]
    assert missing == []
    for name in implemented:
        assert getattr(TORCH, name) is not None


def test_functions_without_out_in_pytorch_reject_it():
    assert "flip" not in out_args.OUT_FUNCTIONS
    with pytest.raises(TypeError, match="unexpected keyword argument 'out'"):
        TORCH.flip(TORCH.ones(2), [0], out=TORCH.empty(2))


def test_no_functional_takes_out_or_aliases():
    for name, function in registry.functions("F").items():
        assert not hasattr(function, "__wrapped__"), name
    x = TORCH.ones(2, 3)
    with pytest.raises(TypeError, match="unexpected keyword argument 'out'"):
        FUNCTIONAL.relu(x, out=TORCH.empty(2, 3))
    with pytest.raises(TypeError, match="unexpected keyword argument 'axis'"):
        FUNCTIONAL.softmax(x, axis=1)


def test_out_is_written_and_returned():
    x = TORCH.arange(6.).reshape(2, 3)
    out = TORCH.empty(2, 3)
    version = out._version.value
    assert TORCH.add(x, x, out=out) is out
    assert out.tolist() == [[0., 2., 4.], [6., 8., 10.]]
    assert out._version.value == version + 1
    values, indices = TORCH.empty(0), TORCH.empty(0, dtype=TORCH.long)
    result = TORCH.max(x, 1, out=(values, indices))
    assert result.values is values and result.indices is indices


def test_resize_keeps_storage_when_the_count_stays():
    x = TORCH.arange(6.)
    out = TORCH.zeros(2, 3)
    view = out.view(6)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        TORCH.add(x, 1, out=out)
    assert "was resized" in str(caught[0].message)
    assert out.shape == (6,)
    assert view.tolist() == [1., 2., 3., 4., 5., 6.]


def test_aliases_only_where_the_op_has_the_parameter():
    aliases, _ = call_args.alias_map(registry.OPS["sum"].impl, method=False)
    assert aliases["axis"] == "dim" and aliases["keepdims"] == "keepdim"
    assert aliases["x"] == aliases["a"] == aliases["x1"] == "input"
    method_aliases, _ = call_args.alias_map(registry.OPS["sum"].impl, method=True)
    assert "x" not in method_aliases
    assert "tensordot" in out_args.PYTHON_FUNCTIONS  # a Python function in PyTorch: no aliases
    x = TORCH.ones(2, 3)
    assert isinstance(x.sum(axis=0), Tensor)
    with pytest.raises(TypeError, match="unexpected keyword argument 'axis'"):
        TORCH.norm(x, axis=0)
