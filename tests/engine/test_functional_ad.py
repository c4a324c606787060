"""torch.autograd.functional.jacobian / hessian against PyTorch 2.13's own output.

Each case is a Python expression evaluated with gradsh's ``torch`` namespace;
the expected text is what the same expression gives under PyTorch (its repr,
or ``ErrorType: message``), recorded with the oracle at /tmp/torchenv.
"""
from __future__ import annotations

import pytest

from gradsh.engine import printing
from gradsh.engine.namespace import MODULES
from gradsh.engine.tensor import Tensor

torch = MODULES["torch"]
functional = MODULES["torch.autograd.functional"]
NAMES = {"torch": torch, "jacobian": functional.jacobian, "hessian": functional.hessian}

CASES = [
    ('jacobian(lambda t: t ** 2, torch.tensor([1., 2., 3.]))',
     'tensor([[2., 0., 0.],\n        [0., 4., 0.],\n        [0., 0., 6.]])'),
    ('jacobian(lambda a, b: a * b, (torch.tensor([1., 2.]), torch.tensor([3., 4.])))',
     '(tensor([[3., 0.],\n        [0., 4.]]), tensor([[1., 0.],\n        [0., 2.]]))'),
    ('jacobian(lambda t: (t.sum(), t * 2), torch.tensor([1., 2.]))',
     '(tensor([1., 1.]), tensor([[2., 0.],\n        [0., 2.]]))'),
    ('jacobian(lambda a, b: (a * b, a.exp()), (torch.tensor([1., 2.]), torch.tensor([3., 4.])))',
     '((tensor([[3., 0.],\n        [0., 4.]]), tensor([[1., 0.],\n        [0., 2.]])), (tensor([[2.7183, 0.0000],\n        [0.0000, 7.3891]]), tensor([[0., 0.],\n        [0., 0.]])))'),
    ('jacobian(lambda a, b: a * 2, (torch.tensor([1., 2.]), torch.tensor([3.])))',
     '(tensor([[2., 0.],\n        [0., 2.]]), tensor([[0.],\n        [0.]]))'),
    ('jacobian(lambda m: m.sum(0), torch.tensor([[1., 2.], [3., 4.]]))',
     'tensor([[[1., 0.],\n         [1., 0.]],\n\n        [[0., 1.],\n         [0., 1.]]])'),
    ('jacobian(lambda t: t.exp(), torch.tensor(0.))',
     'tensor(1.)'),
    ('jacobian(torch.sin, torch.tensor([0., 1.]))',
     'tensor([[1.0000, 0.0000],\n        [0.0000, 0.5403]])'),
    ('jacobian(lambda t: t * 2, torch.tensor([1., 2.], dtype=torch.float64))',
     'tensor([[2., 0.],\n        [0., 2.]], dtype=torch.float64)'),
    ('jacobian(lambda t: t ** 3, torch.tensor([1., 2.], requires_grad=True), create_graph=True)',
     'tensor([[ 3.,  0.],\n        [ 0., 12.]], grad_fn=<ViewBackward0>)'),
    ('jacobian(lambda t: t ** 3, torch.tensor([1., 2.], requires_grad=True)).grad_fn',
     'None'),
    ('jacobian(lambda t: t * 0 + torch.tensor([5., 6.]), torch.tensor([1., 2.]), vectorize=True)',
     'tensor([[0., 0.],\n        [0., 0.]])'),
    ('jacobian(lambda t: torch.tensor([5., 6.]), torch.tensor([1., 2.]))',
     'tensor([[0., 0.],\n        [0., 0.]])'),
    ('jacobian(lambda t: torch.tensor([5., 6.]), torch.tensor([1., 2.]), strict=True)',
     'RuntimeError: Output 0 of the user-provided function does not require gradients. The outputs must be computed in a differentiable manner from the input when running in strict mode.'),
    ('jacobian(lambda a, b: a * 2, (torch.tensor([1.]), torch.tensor([3.])), strict=True)',
     'RuntimeError: Output 0 of the user-provided function is independent of input 1. This is not allowed in strict mode.'),
    ('jacobian(lambda t: 3.0, torch.tensor(1.))',
     "TypeError: The outputs of the user-provided function given to jacobian must be either a Tensor or a tuple of Tensors but the given outputs of the user-provided function has type <class 'float'>."),
    ('jacobian(lambda t: t, [torch.tensor(1.)])',
     "TypeError: The inputs given to jacobian must be either a Tensor or a tuple of Tensors but the given inputs has type <class 'list'>."),
    ('jacobian(lambda a, b: a, (torch.tensor(1.), 2.0))',
     "TypeError: The inputs given to jacobian must be either a Tensor or a tuple of Tensors but the value at index 1 has type <class 'float'>."),
    ('hessian(lambda t: (t ** 3).sum(), torch.tensor([1., 2.]))',
     'tensor([[ 6.,  0.],\n        [ 0., 12.]])'),
    ('hessian(lambda a, b: (a * b).sum() + (a ** 2).sum(), (torch.tensor([1., 2.]), torch.tensor([3., 4.])))',
     '((tensor([[2., 0.],\n        [0., 2.]]), tensor([[1., 0.],\n        [0., 1.]])), (tensor([[1., 0.],\n        [0., 1.]]), tensor([[0., 0.],\n        [0., 0.]])))'),
    ('hessian(lambda t: t ** 2, torch.tensor([1., 2.]))',
     'RuntimeError: The Tensor returned by the function given to hessian should contain a single element'),
    ('hessian(lambda t: (2 * t).sum(), torch.tensor([1., 2.]))',
     'tensor([[0., 0.],\n        [0., 0.]])'),
    ('hessian(lambda a, b: (a ** 2).sum(), (torch.tensor([1.]), torch.tensor([2.])))',
     '((tensor([[2.]]), tensor([[0.]])), (tensor([[0.]]), tensor([[0.]])))'),
    ('hessian(lambda m: (m ** 3).sum(), torch.tensor([[1., 2.], [3., 4.]]))',
     'tensor([[[[ 6.,  0.],\n          [ 0.,  0.]],\n\n         [[ 0., 12.],\n          [ 0.,  0.]]],\n\n\n        [[[ 0.,  0.],\n          [18.,  0.]],\n\n         [[ 0.,  0.],\n          [ 0., 24.]]]])'),
    ('hessian(lambda t: (t ** 2).sum().reshape(1), torch.tensor([1., 2.]))',
     'tensor([[2., 0.],\n        [0., 2.]])'),
    ('hessian(lambda t: (t.sin() * t).sum(), torch.tensor([0.5, 1.5]))',
     'tensor([[ 1.5155,  0.0000],\n        [ 0.0000, -1.3548]])'),
    ('hessian(lambda t: (t ** 3).sum(), torch.tensor([1., 2.]), create_graph=True)',
     'tensor([[ 6.,  0.],\n        [ 0., 12.]], grad_fn=<ViewBackward0>)'),
    ('hessian(lambda t: (t, t), torch.tensor(1.))',
     'RuntimeError: The function given to hessian should return a single Tensor'),
    ('hessian(lambda t: (t ** 2).sum(), torch.tensor([1., 2.])).requires_grad',
     'False'),
    ('hessian(lambda t: (2 * t).sum(), torch.tensor([1., 2.]), strict=True)',
     'RuntimeError: While computing the hessian, found that the jacobian of the user-provided function with respect to input 0 is independent of the input. This is not allowed in strict mode. You should ensure that your function is twice differentiable and that the jacobian depends on the inputs (this would be violated by a linear function for example).'),
]


def run(expression: str) -> str:
    try:
        value = eval(expression, dict(NAMES))  # noqa: S307 - test expressions only
    except Exception as exc:  # noqa: BLE001 - compared as PyTorch prints it
        return f"{type(exc).__name__}: {exc}"
    return "None" if value is None else printing.repr_value(value)


@pytest.mark.parametrize("expression, expected", CASES)
def test_matches_pytorch(expression, expected):
    assert run(expression) == expected


def test_results_carry_no_graph_and_inputs_are_untouched():
    x = torch.tensor([1., 2.], requires_grad=True)
    jac = functional.jacobian(lambda t: t ** 2, x)
    hess = functional.hessian(lambda t: (t ** 3).sum(), x)
    for result in (jac, hess):
        assert result.grad_fn is None and not result.requires_grad
    assert x.grad is None and x.is_leaf


def test_tuple_shapes():
    a, b = torch.ones(2, 3), torch.ones(4)
    jac = functional.jacobian(lambda p, q: (p.sum(1), q * 2), (a, b))
    shapes = [[tuple(item.shape) for item in row] for row in jac]
    assert shapes == [[(2, 2, 3), (2, 4)], [(4, 2, 3), (4, 4)]]
    hess = functional.hessian(lambda p, q: (p ** 2).sum() * q.sum(), (a, b))
    assert [[tuple(item.shape) for item in row] for row in hess] == \
        [[(2, 3, 2, 3), (2, 3, 4)], [(4, 2, 3), (4, 4)]]


def test_function_sees_fresh_tensors():
    seen = []
    x = torch.tensor([1., 2.])
    functional.jacobian(lambda t: seen.append(t) or t * 2, x)
    assert isinstance(seen[0], Tensor) and seen[0] is not x and seen[0].requires_grad
    assert not x.requires_grad


def test_empty_output_fails_as_in_pytorch():
    assert run("jacobian(lambda t: t[:0], torch.tensor([1., 2.]))") == \
        "RuntimeError: stack expects a non-empty TensorList"
