"""In-place writes through views of tensors in an autograd graph.

PyTorch rebases the base's history (CopySlices) when a view is written in
place; gradsh refuses such writes with an explanation rather than give wrong
gradients, and reproduces PyTorch's errors for views of leaves.
"""
import pytest

from gradsh.engine import autograd
from gradsh.engine.namespace import UNQUALIFIED as torch_names

ones, tensor = torch_names["ones"], torch_names["tensor"]


def graph_tensor():
    a = ones(2, 3, requires_grad=True)
    return a, a * 1


@pytest.mark.parametrize("write", [
    lambda v: v.__setitem__(1, 5.0),
    lambda v: v.mul_(2),
    lambda v: v.copy_(tensor([1.0, 2.0, 3.0])),
    lambda v: v.fill_(0.0),
])
def test_writing_through_a_view_of_a_graph_tensor_is_refused(write):
    _, y = graph_tensor()
    view = y[0]
    with pytest.raises(RuntimeError, match="through a view of a tensor that is part of an autograd"):
        write(view)
    assert y.grad_fn.name() == "MulBackward0"
    assert y.tolist() == [[1.0] * 3] * 2  # nothing was written


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
