"""A failing statement restores the grad mode it started with, even when the
engine switched the mode itself on the way (a custom Function's forward runs
with recording off, backward runs with it set to create_graph, @no_grad
functions): every switch is journaled, so the first record holds the mode of
the statement's start."""
from __future__ import annotations

import pytest

from gradsh.lang.diagnostics import Diagnostic
from gradsh.lang.evaluator import Interpreter
from gradsh.lang.parser import split_chunks

FUNCTION = """\
from torch.autograd import Function
class Double_(Function):
    @staticmethod
    def forward(ctx, x):
        x.mul_(2)
        ctx.mark_dirty(x)
        return x

    @staticmethod
    def backward(ctx, g):
        return g * 2
"""


def _interpreter() -> tuple[Interpreter, list]:
    out: list = []
    interpreter = Interpreter(out.append)
    return interpreter, out


@pytest.mark.parametrize("failing", [
    "Double_.apply(torch.ones(2, requires_grad=True))",  # forward fails with recording off
    "torch.no_grad()(lambda: 1 / 0)()",  # a no_grad function that raises
    "[y.backward(), 1 / 0]",  # backward ran (recording set to create_graph), then a failure
])
def test_the_grad_mode_of_the_statement_start_comes_back(failing):
    interpreter, out = _interpreter()
    for first_line, chunk in split_chunks(FUNCTION):
        interpreter.run_source(chunk, "<test>", first_line)
    interpreter.run_source("x = torch.ones(2, requires_grad=True)\ny = (x * 2).sum()\n")
    with pytest.raises(Diagnostic):
        interpreter.run_source(failing + "\n")
    interpreter.run_source("print(torch.is_grad_enabled())\n")
    assert out[-1].strip() == "True"
    interpreter.run_source("print((x * 3).grad_fn)\n")
    assert "MulBackward0" in out[-1]
