"""In-place writes through views of tensors in an autograd graph.

As PyTorch: the base's history is rebased (``CopySlices``), the view becomes
a view of the new base (``AsStridedBackward0``), and gradients reach the
base's old history outside the view and what was written inside it; a view
of a leaf that requires grad refuses in-place writes. Expected values below
were printed by PyTorch 2.13.
"""
import pytest

from gradsh.engine import autograd
from gradsh.engine.namespace import UNQUALIFIED as torch_names

ones, tensor = torch_names["ones"], torch_names["tensor"]


def graph_tensor():
    a = ones(2, 3, requires_grad=True)
    return a, a * 1


@pytest.mark.parametrize("write, grad, values", [
    (lambda v: v.__setitem__(1, 5.0), [[2, 0, 18], [32, 50, 72]], [[1, 5, 3], [4, 5, 6]]),
    (lambda v: v.mul_(2), [[8, 32, 72], [32, 50, 72]], [[2, 4, 6], [4, 5, 6]]),
    (lambda v: v.copy_(tensor([1.0, 2.0, 3.0])), [[0, 0, 0], [32, 50, 72]],
     [[1, 2, 3], [4, 5, 6]]),
    (lambda v: v.fill_(0.0), [[0, 0, 0], [32, 50, 72]], [[0, 0, 0], [4, 5, 6]]),
], ids=["setitem", "mul_", "copy_", "fill_"])
def test_writing_through_a_view_rebases_the_base(write, grad, values):
    a = ones(2, 3, requires_grad=True)
    y = a * tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
    view = y[0]
    write(view)
    assert (y.grad_fn.name(), view.grad_fn.name()) == (
        "torch::autograd::CopySlices", "AsStridedBackward0")
    (y * y).sum().backward()
    assert a.grad.tolist() == grad
    assert y.tolist() == values


def test_a_view_of_a_leaf_gives_pytorchs_error():
    a, _ = graph_tensor()
    with pytest.raises(RuntimeError, match="^a view of a leaf Variable that requires grad"):
        a[0].mul_(2)


def test_writes_through_the_base_itself_give_the_right_gradient():
    a, y = graph_tensor()
    y[0, 1] = 5.0
    (y * y).sum().backward()
    assert a.grad.tolist() == [[2.0, 0.0, 2.0], [2.0, 2.0, 2.0]]


def test_views_outside_the_graph_and_no_grad_writes_are_allowed():
    a, y = graph_tensor()
    detached = y.detach()
    detached[0] = 7.0
    assert y.tolist()[0] == [7.0, 7.0, 7.0]
    with autograd.no_grad():
        a[0].mul_(3)
    assert a.tolist()[0] == [3.0, 3.0, 3.0]
