"""A leaf's first gradient may become its .grad without a copy, but only when
nothing else holds it: .grad never aliases another tensor's gradient, the
caller's gradient argument, or a broadcast view."""
from gradsh.engine.namespace import UNQUALIFIED as torch_names

tensor, ones = torch_names["tensor"], torch_names["ones"]


def shares_memory(a, b) -> bool:
    import numpy as np

    return np.shares_memory(a._data, b._data)


def test_one_gradient_reaching_two_leaves_is_not_shared():
    x = tensor([1.0, 2.0], requires_grad=True)
    w = tensor([3.0, 4.0], requires_grad=True)
    (x + w).backward(ones(2))
    assert not shares_memory(x.grad, w.grad)
    x.grad.zero_()
    assert w.grad.tolist() == [1.0, 1.0]


def test_the_callers_gradient_is_copied():
    x = tensor([1.0, 2.0], requires_grad=True)
    given = tensor([0.5, 0.25])
    (x + 0).backward(given)
    assert not shares_memory(x.grad, given)
    given.mul_(0)
    assert x.grad.tolist() == [0.5, 0.25]


def test_a_broadcast_gradient_is_copied():
    x = tensor(2.0, requires_grad=True)
    (x.expand(3) * 1).sum().backward()
    assert x.grad.tolist() == 3.0
    x2 = tensor([1.0, 2.0, 3.0], requires_grad=True)
    x2.sum().backward()
    x2.grad.add_(1)  # a read-only broadcast view would refuse this
    assert x2.grad.tolist() == [2.0, 2.0, 2.0]


def test_a_retained_gradient_and_the_leafs_are_separate():
    x = tensor([1.0, 2.0], requires_grad=True)
    y = x + 0
    y.retain_grad()
    (y * 1).sum().backward()
    assert not shares_memory(x.grad, y.grad)


def test_a_fresh_gradient_becomes_grad_without_a_copy_and_accumulates():
    x = tensor([1.0, 2.0], requires_grad=True)
    (x.exp() * 2).sum().backward()
    first = x.grad
    (x.exp() * 2).sum().backward()
    assert x.grad is first  # accumulated in place, as PyTorch does
    assert abs(first.tolist()[0] - 4 * 2.718281828) < 1e-4
