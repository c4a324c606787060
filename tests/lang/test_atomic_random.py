"""A failed statement keeps the random numbers it drew used, as in PyTorch (the
stream after it is PyTorch's), but undoes a reseeding (SPEC 7)."""
from __future__ import annotations

import pytest

from gradsh.lang.diagnostics import Diagnostic
from gradsh.lang.evaluator import Interpreter


def _values(statements: list[str]) -> list[str]:
    out: list = []
    interpreter = Interpreter(out.append)
    for statement in statements:
        try:
            interpreter.run_source(statement + "\n")
        except Diagnostic:
            pass
    return out


def test_draws_of_a_failed_statement_stay_drawn():
    clean = _values(["torch.manual_seed(0)", "a = torch.randn(2, 3)", "print(torch.randn(2))"])
    failed = _values(["torch.manual_seed(0)", "torch.randn(2, 3) @ torch.randn(4, 5)",
                      "print(torch.randn(2))"])
    other = _values(["torch.manual_seed(0)", "print(torch.randn(2))"])
    # the failed statement drew 6 + 20 values: not the 6 of the clean run, not none
    assert failed[-1] != clean[-1] and failed[-1] != other[-1]
    reference = _values(["torch.manual_seed(0)", "a = torch.randn(2, 3)", "b = torch.randn(4, 5)",
                         "print(torch.randn(2))"])
    assert failed[-1] == reference[-1]


def test_a_failed_reseeding_is_undone():
    clean = _values(["torch.manual_seed(0)", "a = torch.randn(3)", "print(torch.randn(2))"])
    failed = _values(["torch.manual_seed(0)", "a = torch.randn(3)",
                      "[torch.manual_seed(5), 1 / 0]",
                      "print(torch.randn(2))"])
    assert failed[-1] == clean[-1]


@pytest.fixture(autouse=True)
def _reseed():
    yield
    from gradsh.engine.namespace import MODULES

    MODULES["torch"].manual_seed(0)
