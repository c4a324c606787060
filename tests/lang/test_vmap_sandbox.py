"""torch.vmap and torch.func.grad from gradsh code: what the transcript made by
PyTorch (tests/transcripts/vmap_from_pytorch.gsh) cannot show: the sandbox
around the functions they return, and the state they leave after an error."""
from __future__ import annotations

import pytest

SETUP = """
f = lambda a: a * 2
v = torch.vmap(f)
g = torch.func.grad(lambda a: a.sum())
"""


@pytest.mark.parametrize("source", [
    "v.func", "v.in_dims", "v.randomness", "v._run", "v.__call__", "v.__dict__",
    "v.__class__", "type(v).__init__", "g.__closure__", "g.__globals__", "g.__code__",
    "torch.func.vmap.__globals__", "'{0.func}'.format(v)",
])
def test_returned_functions_expose_nothing(session, source):
    session.run(SETUP)
    diag = session.error(source)
    assert diag.type_name == "AttributeError", diag.render()


def test_vmapped_prints_as_its_function(session):
    session.run(SETUP)
    assert session.run("print(v)") == session.run("print(f)")


def test_state_is_restored_after_an_error(session):
    session.run(SETUP)
    session.error("torch.vmap(lambda a: a + torch.rand(1))(torch.zeros(2))")
    assert session.run("print(torch.rand(1).shape)") == "torch.Size([1])\n"
    session.run("x = torch.ones(2, requires_grad=True)\ny = (x * x).sum()")
    session.error("torch.vmap(lambda a: 1 / 0)(torch.zeros(2))")
    session.run("_ = torch.autograd.grad(y, x)")
    # without retain_graph outside vmap the graph is freed again
    diag = session.error("torch.autograd.grad(y, x)")
    assert "second time" in diag.message
