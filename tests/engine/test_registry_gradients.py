"""Every differentiable op's backward rule against finite differences in float64.

For each case of op_cases with ``grad``, the named arguments become float64
tensors that require grad; ``gradsh.engine.gradcheck`` compares
``grad(<v, op(x)>, x)`` with central differences, and the second derivative
(``grad`` of that gradient, with ``create_graph=True``) the same way. An op
declared differentiable without such a case fails
``test_every_differentiable_op_has_a_gradient_case``.
"""
from __future__ import annotations

import pytest
from op_cases import CASES, NO_SECOND_ORDER, NOT_DIFFERENTIABLE, to_gradsh
from test_registry_forward import DEVICES

from gradsh.engine import backend
from gradsh.engine.gradcheck import gradcheck, gradgradcheck
from gradsh.engine.registry import OPS
from gradsh.engine.tensor import Tensor

RTOL = 1e-4


def _differentiable(name: str) -> bool:
    return name in OPS and OPS[name].differentiable and name not in NOT_DIFFERENTIABLE


GRADIENT_CASES = [(name, index) for name in sorted(CASES) if _differentiable(name)
                  for index, case in enumerate(CASES[name]) if case.grad]
SECOND_ORDER_CASES = [(name, index) for name, index in GRADIENT_CASES
                      if name not in NO_SECOND_ORDER and CASES[name][index].second_order]


def test_every_differentiable_op_has_a_gradient_case():
    checked = {name for name, _ in GRADIENT_CASES}
    missing = sorted(name for name in OPS if _differentiable(name) and name not in checked)
    assert not missing, f"differentiable ops without a gradient case in op_cases.py: {missing}"


def test_exemptions_are_current():
    for table in (NOT_DIFFERENTIABLE, NO_SECOND_ORDER):
        stale = sorted(name for name in table if name not in OPS or not OPS[name].differentiable)
        assert not stale, f"exempt ops that are not declared differentiable: {stale}"
    both = sorted(name for name in NOT_DIFFERENTIABLE
                  if any(case.grad for case in CASES.get(name, ())))
    assert not both, f"ops in NOT_DIFFERENTIABLE that have gradient cases: {both}"


def _split_key(key):
    """A grad key: a position, a keyword, or a path (position, index in a list argument)."""
    return (key[0], key[1:]) if isinstance(key, tuple) else (key, ())


def _function_of_inputs(name: str, case, device: str):
    """(f, inputs): f(*inputs) runs the op with the differentiable arguments replaced."""
    inputs = []
    for key in case.grad:
        top, rest = _split_key(key)
        raw = case.args[top] if isinstance(top, int) else case.kwargs[top]
        for index in rest:
            raw = raw[index]
        tensor = to_gradsh(raw, device, float64=True)
        assert isinstance(tensor, Tensor), f"grad names a non-array argument: {key!r}"
        tensor.requires_grad = True
        inputs.append(tensor)

    def function(*tensors):
        # Fresh tensors for the other arguments on every call: in-place ops write to them.
        arguments = dict(enumerate(to_gradsh(a, device, float64=True) for a in case.args))
        arguments.update({k: to_gradsh(v, device, float64=True) for k, v in case.kwargs.items()})
        for key, tensor in zip(case.grad, tensors):
            top, rest = _split_key(key)
            if rest:  # a tensor inside a list argument
                arguments[top] = list(arguments[top])
                arguments[top][rest[0]] = tensor
            else:
                arguments[top] = tensor
        args = [arguments[i] for i in range(len(case.args))]
        kwargs = {k: arguments[k] for k in case.kwargs}
        return case.invoke(OPS[name].impl, args, kwargs)

    return function, inputs


def _float_outputs(result) -> list:
    items = list(result) if isinstance(result, (tuple, list)) else [result]
    return [item for item in items if isinstance(item, Tensor) and item.dtype.is_floating_point]


def _prepare(name, index, device):
    case = CASES[name][index]
    if case.needs_cuda and not backend.cuda_available():
        pytest.skip("needs CUDA")
    if case.cpu_only and device != "cpu":
        pytest.skip("a CPU-only case")
    return case, *_function_of_inputs(name, case, device)


@pytest.mark.parametrize("device", DEVICES)
@pytest.mark.parametrize("name,index", GRADIENT_CASES,
                         ids=[f"{name}-{index}" for name, index in GRADIENT_CASES])
def test_gradient(name, index, device):
    case, function, inputs = _prepare(name, index, device)
    outputs = _float_outputs(function(*inputs))
    assert outputs and all(out.requires_grad for out in outputs), \
        f"{name}: a float output does not require grad (no backward recorded)"
    report = gradcheck(function, inputs, eps=case.eps, atol=case.grad_atol, rtol=RTOL)
    assert report.passed, str(report)


@pytest.mark.parametrize("device", DEVICES)
@pytest.mark.parametrize("name,index", SECOND_ORDER_CASES,
                         ids=[f"{name}-{index}" for name, index in SECOND_ORDER_CASES])
def test_second_order(name, index, device):
    case, function, inputs = _prepare(name, index, device)
    report = gradgradcheck(function, inputs, eps=case.eps, atol=case.grad_atol, rtol=RTOL)
    assert report.passed, str(report)
