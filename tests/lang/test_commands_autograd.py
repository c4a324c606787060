"""The autograd commands that are not pinned by transcripts: :gradcheck's report."""
import re

import pytest

from gradsh.lang.diagnostics import Diagnostic
from gradsh.lang.evaluator import Interpreter

LINE = re.compile(r"^(\w+) +max abs diff (\S+)  max rel diff (\S+)  (PASS|FAIL)$")


def run(source: str) -> list[str]:
    out: list[str] = []
    interpreter = Interpreter(out.append)
    interpreter.run_source(source)
    return "".join(out).splitlines()


def test_gradcheck_reports_each_input_and_passes():
    lines = run("x = tensor([1., 2., 3.], requires_grad=True)\n"
                "w = tensor(2., requires_grad=True)\n"
                ":gradcheck (w * x).sin().sum() wrt x w\n")
    assert [LINE.match(line).group(1) for line in lines[:2]] == ["x", "w"]
    for line in lines[:2]:
        match = LINE.match(line)
        assert float(match.group(2)) < 1e-6 and match.group(4) == "PASS"
    assert lines[2] == "PASS"


def test_gradcheck_takes_functions_and_non_scalar_expressions():
    lines = run("x = tensor([0.5, -1.5], requires_grad=True)\n"
                "f = lambda t: t.exp() * t\n"
                ":gradcheck f(x) wrt x\n")
    assert LINE.match(lines[0]).group(4) == "PASS" and lines[-1] == "PASS"


def test_gradcheck_fails_for_a_wrong_backward_rule(monkeypatch):
    from gradsh.engine import namespace

    wrong = namespace.MODULES["torch"].members["sin"]

    def sin_with_wrong_gradient(t):
        with_grad = wrong(t)
        return with_grad.detach() + (t * 0.5 - (t * 0.5).detach())

    monkeypatch.setitem(namespace.UNQUALIFIED, "sin", sin_with_wrong_gradient)
    lines = run("x = tensor([1., 2.], requires_grad=True)\n:gradcheck sin(x) wrt x\n")
    assert LINE.match(lines[0]).group(4) == "FAIL" and lines[-1] == "FAIL"


def test_gradcheck_checks_in_float64_and_leaves_the_workspace_alone():
    out: list[str] = []
    interpreter = Interpreter(out.append)
    interpreter.run_source("x = tensor([1., 2.], requires_grad=True)\n:gradcheck (x ** 3).sum() wrt x")
    assert interpreter.workspace["x"].grad is None
    assert repr(interpreter.workspace["x"].dtype) == "torch.float32"


@pytest.mark.parametrize("text", [":gradcheck x.sum()", ":gradcheck wrt x",
                                  ":gradcheck x.sum() wrt i"])
def test_gradcheck_usage_errors(text):
    interpreter = Interpreter(lambda s: None)
    interpreter.run_source("x = tensor([1., 2.], requires_grad=True)\ni = tensor([1, 2])")
    with pytest.raises(Diagnostic) as info:
        interpreter.run_source(text)
    assert info.value.type_name == "CommandError"
