"""What the memory-budget tests share (test_budget, test_budget_findings): an
interpreter under a 200 MB limit, and the check that a statement is refused."""
from __future__ import annotations

import pytest

from gradsh.engine import limits
from gradsh.lang.diagnostics import Diagnostic
from gradsh.lang.evaluator import Interpreter

LIMIT = 200_000_000


@pytest.fixture
def run():
    """``run(source)`` in one interpreter at LIMIT (``run.interpreter``,
    ``run.outputs``); the limit and the print options are put back after."""
    limits.set_memory_limit(LIMIT)
    outputs: list = []
    interpreter = Interpreter(outputs.append)

    def run(source: str):
        interpreter.run_source(source + "\n")
        return interpreter

    run.interpreter = interpreter
    run.outputs = outputs
    yield run
    limits.set_memory_limit(None)
    interpreter.run_source("torch.set_printoptions(profile='default')\n")


def refused(run, source: str) -> str:
    """The MemoryError message of ``source``, which must leave the workspace's names as they were."""
    before = dict(run.interpreter.workspace)
    with pytest.raises(Diagnostic) as info:
        run(source)
    assert info.value.type_name == "MemoryError", info.value
    message = str(info.value.message)
    assert "exceeds gradsh's memory limit of 200.0 MB" in message, message
    assert run.interpreter.workspace.keys() == before.keys()
    return message
