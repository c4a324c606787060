"""Memory after backward (SPEC §9): saved values are released, nothing waits for gc.

Every test runs with the garbage collector off, so an array that is still
alive was kept by a reference, not by a cycle waiting for collection.
"""
from __future__ import annotations

import gc
import sys
import tracemalloc
import weakref

import numpy as np
import pytest

import gradsh.engine
from gradsh.engine.ops.creation import tensor


@pytest.fixture(autouse=True)
def no_gc():
    gc.collect()
    gc.disable()
    yield
    gc.enable()


def leaf(n=1000):
    return tensor(np.linspace(-1, 1, n, dtype=np.float32), requires_grad=True)


def test_saved_arrays_are_released_by_backward():
    x = leaf()
    hidden = x.sin()               # sin saves x; hidden itself is saved by no one
    exp_output = hidden.exp()      # exp saves its output; mul below saves it too
    product = exp_output * x       # saved by no one: tanh saves its own output
    tanh_output = product.tanh()
    loss = tanh_output.sum()
    refs = {name: weakref.ref(t._data) for name, t in [
        ("sin", hidden), ("exp", exp_output), ("mul", product), ("tanh", tanh_output)]}
    del hidden, exp_output, product, tanh_output
    assert [name for name, ref in refs.items() if ref() is not None] == ["exp", "tanh"]
    loss.backward()
    assert [name for name, ref in refs.items() if ref() is not None] == []
    assert x.grad is not None


def test_retain_graph_keeps_saved_arrays_until_the_last_backward():
    x = leaf()
    y = x.exp()
    ref = weakref.ref(y._data)
    loss = y.sum()
    del y
    loss.backward(retain_graph=True)
    assert ref() is not None
    loss.backward()
    assert ref() is None


@pytest.mark.parametrize("op", ["exp", "tanh", "sigmoid", "relu", "sqrt"])
def test_outputs_saved_for_backward_are_freed_when_dropped(op):
    # An output saved by its own node must not form a cycle with it
    # (out -> grad_fn -> saved -> out): dropping it frees the array at once.
    x = leaf()
    y = getattr(x.abs(), op)()
    ref = weakref.ref(y._data)
    del y
    assert ref() is None


def test_traced_memory_returns_after_forward_and_backward():
    x = leaf(100_000)
    tracemalloc.start()
    try:
        baseline = tracemalloc.get_traced_memory()[0]
        y = x
        for _ in range(20):
            y = (y * 0.9).sin().tanh()
        y.sum().backward()
        del y
        after = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    # What remains is x.grad (400 kB) and small objects; 60 saved arrays
    # of 400 kB each would be 24 MB.
    assert after - baseline < 2 * x._data.nbytes


def test_saved_output_still_detects_inplace_changes():
    x = leaf(3)
    y = x.exp()
    loss = y.sum()
    y.mul_(2)
    with pytest.raises(RuntimeError, match="modified by an inplace operation"):
        loss.backward()


def test_saved_output_in_a_second_order_graph():
    x = tensor([0.5, 1.0], requires_grad=True)
    y = x.exp()
    (first,) = gradsh.engine.autograd.run_backward([y.sum()], [None], inputs=[x],
                                                    create_graph=True)
    (second,) = gradsh.engine.autograd.run_backward([first.sum()], [None], inputs=[x])
    np.testing.assert_allclose(second._data, np.exp([0.5, 1.0]), rtol=1e-6)


def test_a_chain_of_ten_thousand_ops_backpropagates():
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(1000)  # the walk is iterative; it needs no deep stack
    try:
        x = tensor(1.0, requires_grad=True)
        y = x
        for _ in range(10_000):
            y = y * 1.0 + 0.0
        y.backward()
        assert x.grad.item() == 1.0
        del y  # freeing a 20,000-node chain must not recurse either
    finally:
        sys.setrecursionlimit(limit)
