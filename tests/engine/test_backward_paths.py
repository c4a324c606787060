"""The two ways a backward rule runs (SPEC §9, issue 18):

- without ``create_graph`` the rules run with recording off: no graph node is
  built for the gradient's own arithmetic (and the array-level fast rules of
  sin, tanh, sigmoid, addmm, ... may run instead of the tensor ones);
- with ``create_graph=True`` they build a differentiable graph.

For every gradient case of the registry, both give the same gradients, and
the first builds no node."""
from __future__ import annotations

import numpy as np
import pytest
from op_cases import CASES
from test_registry_gradients import GRADIENT_CASES, _float_outputs, _prepare

from gradsh.engine import autograd
from gradsh.engine.autograd import run_backward


class _NodeCount:
    def __init__(self, monkeypatch) -> None:
        self.count = 0
        original = autograd.Node.__init__

        def counting(node, *args, **kwargs):
            self.count += 1
            original(node, *args, **kwargs)

        monkeypatch.setattr(autograd.Node, "__init__", counting)


def _weights(outputs) -> list:
    rng = np.random.default_rng(7)
    return [type(out)._make(np.asarray(rng.standard_normal(out.shape), dtype=out._data.dtype),
                            out.dtype) for out in outputs]


def _gradients(function, inputs, create_graph: bool, nodes: _NodeCount):
    outputs = _float_outputs(function(*inputs))
    weights = _weights(outputs)
    before = nodes.count
    grads = run_backward(outputs, weights, create_graph=create_graph, inputs=inputs,
                         allow_unused=True)
    return grads, nodes.count - before


@pytest.mark.parametrize("name,index", GRADIENT_CASES,
                         ids=[f"{name}-{index}" for name, index in GRADIENT_CASES])
def test_light_and_graph_backward_agree(name, index, monkeypatch):
    if CASES[name][index].needs_cuda:
        pytest.skip("needs CUDA")
    _, function, inputs = _prepare(name, index, "cpu")
    nodes = _NodeCount(monkeypatch)
    light, light_nodes = _gradients(function, inputs, False, nodes)
    graph, _ = _gradients(function, inputs, True, nodes)
    assert light_nodes == 0, f"{name}: a backward without create_graph built {light_nodes} nodes"
    for mine, theirs in zip(light, graph):
        assert (mine is None) == (theirs is None)
        if mine is not None:
            assert mine.shape == theirs.shape and mine.dtype is theirs.dtype
            np.testing.assert_allclose(mine._data, theirs._data, rtol=1e-12, atol=1e-12)


def test_create_graph_builds_nodes(monkeypatch):
    from gradsh.engine.namespace import MODULES

    torch = MODULES["torch"]
    x = torch.tensor([0.5, 1.5], dtype=torch.float64, requires_grad=True)
    nodes = _NodeCount(monkeypatch)
    y = (x.sin() * x).sum()
    built = nodes.count
    (g,) = run_backward([y], [None], create_graph=True, inputs=[x])
    assert nodes.count > built and g.requires_grad
    y = (x.sin() * x).sum()
    built = nodes.count
    (g,) = run_backward([y], [None], inputs=[x])
    assert nodes.count == built and not g.requires_grad
