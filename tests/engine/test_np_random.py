"""np.random (gradsh.engine.np_random): sizes are checked against gradsh's
memory limit before NumPy allocates; the draws themselves are compared with
NumPy's in tests/transcripts/numpy_random_from_pytorch.gsh."""
from __future__ import annotations

import pytest

from gradsh.lang.diagnostics import Diagnostic
from gradsh.lang.evaluator import Interpreter


@pytest.mark.parametrize("source", [
    "np.random.randn(10**6, 10**6)",
    "np.random.rand(10**12)",
    "np.random.random((10**6, 10**6))",
    "np.random.normal(0, 1, size=np.array([10**6, 10**6]))",
    "np.random.normal(np.zeros(10**5), np.ones((10**5, 1)))",
    "np.random.uniform(np.zeros((10**5, 1)), np.ones(10**5))",
    "np.random.randint(0, 5, size=[10**7, 10**7])",
])
def test_sizes_are_checked(source):
    interpreter = Interpreter(lambda text: None)
    interpreter.run_source("import numpy as np")
    with pytest.raises(Diagnostic, match="^MemoryError: allocating"):
        interpreter.run_source(f"result = {source}")


def test_members_only():
    interpreter = Interpreter(lambda text: None)
    interpreter.run_source("import numpy as np")
    with pytest.raises(Diagnostic, match="^AttributeError"):
        interpreter.run_source("result = np.random.RandomState")


def test_failed_statement_undoes_seed():
    """SPEC §7: a statement that fails leaves no seeding behind (draws stay made)."""
    interpreter = Interpreter(lambda text: None)
    interpreter.run_source("import numpy as np\nnp.random.seed(1)\nfirst = np.random.rand(2)")
    interpreter.run_source("np.random.seed(1)\nfirst_again = np.random.rand()")
    with pytest.raises(Diagnostic, match="^ZeroDivisionError"):
        interpreter.run_source("(np.random.seed(5), 1 / 0)")
    interpreter.run_source("second = np.random.rand()")
    workspace = interpreter.workspace
    assert workspace["first_again"] == workspace["first"][0]
    assert workspace["second"] == workspace["first"][1]
