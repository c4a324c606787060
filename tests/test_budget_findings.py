"""Issue 19, part A, the findings left open: each refused before allocating
(limit 200 MB), in bounded time, leaving the workspace as it was; and the
small cases still give Python's and PyTorch's results.
"""
from __future__ import annotations

import budget_support
import pytest
from budget_support import refused

from gradsh.lang.diagnostics import Diagnostic

run = budget_support.run  # the fixture (tests/budget_support.py)


def value(run, expression: str):
    run(f"_v = {expression}")
    return run.interpreter.workspace.pop("_v")


# ------------------------------------------------------------ sum(lists, [])
@pytest.mark.parametrize("source", [
    "l = sum([x] * 30, [])",  # 240 MB of pointers, checked once from the lengths
    "l = sum((x for i in range(30)), [])",  # a generator: checked as it grows
    "l = sum([tuple(x)] * 30, ())",
])
def test_sum_of_lists(run, source):
    run("x = [0] * 1_000_000")
    refused(run, source)


def test_sum_of_lists_is_pythons(run):
    assert value(run, "sum([[1], [2, 3]], [])") == [1, 2, 3]
    assert value(run, "sum([(1,), (2,)], ())") == (1, 2)
    run("s = [5]\nt = sum([], s)")
    assert run.interpreter.workspace["t"] is run.interpreter.workspace["s"]
    assert len(value(run, "sum([[0]] * 300_000, [])")) == 300_000  # linear, not quadratic
    with pytest.raises(Diagnostic, match=r'can only concatenate list \(not "tuple"\) to list'):
        run("sum([[1], (2,)], [])")


# --------------------------------------------------- jacobian and hessian
@pytest.mark.parametrize("source, shape", [
    ("torch.autograd.functional.jacobian(lambda x: x.exp(), torch.ones(20000))",
     "a Jacobian of shape [20000, 20000] (float32)"),
    ("torch.autograd.functional.hessian(lambda x: x.pow(2).sum(), torch.ones(20000))",
     "a Jacobian of shape [20000, 20000] (float32)"),
    ("torch.autograd.functional.jacobian(lambda x, y: (x * y, x + y), "
     "(torch.ones(5000), torch.ones(5000)))", "Jacobians of 100,000,000 elements"),
])
def test_jacobian_refused_before_its_rows(run, source, shape):
    assert shape in refused(run, f"J = {source}")


def test_small_jacobians(run):
    assert value(run, "torch.autograd.functional.hessian("
                      "lambda x: x.pow(3).sum(), torch.ones(3))").tolist() == [
        [6.0, 0.0, 0.0], [0.0, 6.0, 0.0], [0.0, 0.0, 6.0]]


# ------------------------------------------------------------ torch.tensor()
@pytest.mark.parametrize("setup, source", [
    ("", "t = torch.tensor(torch.ones(1).expand(10**8))"),  # 400 MB from 4 bytes
    ("a = np.ones(15_000_000)", "t = torch.tensor(a)"),  # 120 + 120 MB
    ("", "t = torch.tensor([[0.5] * 10**4] * 10**4)"),  # was 25 s and 400 MB
    ("a = np.ones(10**7)", "t = torch.tensor([a])"),
    ("", "a = np.array([[0.5] * 10**4] * 10**4)"),
    ("", "a = np.array(torch.ones(1).expand(10**8))"),
])
def test_tensor_copies(run, setup, source):
    run("import numpy as np\n" + setup)
    refused(run, source)


def test_small_tensor_copies(run):
    run("import numpy as np")
    assert value(run, "torch.tensor([[0.5] * 300] * 300)").shape == (300, 300)
    assert value(run, "torch.tensor(torch.ones(3).expand(2, 3))").tolist() == [[1.0] * 3] * 2
    assert value(run, "np.array(np.ones(2))").tolist() == [1.0, 1.0]


# ------------------------------------------------------------ the np namespace
@pytest.mark.parametrize("source", [
    "a = np.ones(np.array([10000, 10000]))",
    "a = np.zeros(torch.tensor([10000, 10000]))",
    "a = np.full(np.array([10000, 10000]), 2.)",
    "a = np.arange(torch.tensor(10**9))",
    "a = np.arange(0, np.array(10**9), torch.tensor(1))",
])
def test_numpy_shapes_and_bounds(run, source):
    run("import numpy as np")
    assert "array of shape [" in refused(run, source)


def test_small_numpy_shapes_and_bounds(run):
    run("import numpy as np")
    assert value(run, "np.ones(np.array([2, 3]))").shape == (2, 3)
    assert value(run, "np.arange(torch.tensor(4))").tolist() == [0, 1, 2, 3]
    assert value(run, "np.arange(np.array(3.5))").tolist() == [0.0, 1.0, 2.0, 3.0]


# ------------------------------------------------------------ printing
@pytest.mark.parametrize("setup, source", [
    ("torch.set_printoptions(threshold=10**9)\nx = torch.ones(10**7)", "print(x)"),
    ("torch.set_printoptions(threshold=10**9)\nx = torch.arange(10**7)", "x"),
    (":set threshold 1000000000\nx = torch.rand(10**7)", "s = str(x)"),
    ("torch.set_printoptions(precision=10**6)", "print(torch.rand(1000))"),
    ("torch.set_printoptions(edgeitems=10**9, threshold=1)\nx = torch.rand(10**7)", "x"),
    ("torch.set_printoptions(threshold=10**9, linewidth=10**9)\nx = torch.rand(10**7)",
     "print(x)"),
    (":set style legacy\ntorch.set_printoptions(threshold=10**9)\nx = torch.rand(10**7)", "x"),
])
def test_printing(run, setup, source):
    run(setup)
    assert "the text of a print of" in refused(run, source)
    run(":set style torch")


def test_a_summarised_print_is_small(run):
    run("torch.set_printoptions(precision=10**4)\nx = torch.rand(10**7)\ns = str(x)")
    assert len(run.interpreter.workspace["s"]) < 200_000
    run("torch.set_printoptions(profile='default')\ns = str(torch.ones(10**7))")
    assert run.interpreter.workspace["s"].count("...") == 1


# ------------------------------------------------------------ loops
@pytest.mark.parametrize("source", [
    "d = {i: [0] * 60000 for i in range(10**6)}",
    "l = [[0] * 60000 for i in range(10**6)]",
    "l = sum(([0] * 60000 for i in range(10**6)), [])",
    "d = dict((i, [0] * 60000) for i in range(10**6))",
])
def test_growth_in_comprehensions(run, source):
    refused(run, source)


@pytest.mark.parametrize("source", [
    "for i in range(10**6): d[i] = [0] * 60000",
    "for i in range(10**6): d.setdefault(i, [0] * 60000)",
    "for i in range(10**6): d.update({i: 'x' * 500_000})",
    "i = 0\nwhile True:\n    d[i] = [0] * 60000\n    i += 1",
])
def test_growth_in_loops(run, source):
    """A block keeps what its completed statements did (atomic.py): the loop
    stops at the check, with what it had built."""
    run("d = {}")
    with pytest.raises(Diagnostic) as info:
        run(source)
    assert info.value.type_name == "MemoryError", info.value
    assert "the values this statement builds" in str(info.value.message)
    assert len(run.interpreter.workspace["d"]) < 4000  # about 200 MB of 480 kB values


def test_small_loops_still_run(run):
    run("d = {}\nfor i in range(5000): d[i] = [i]")
    assert len(run.interpreter.workspace["d"]) == 5000


# ------------------------------------------- ops that copy an expanded view
@pytest.mark.parametrize("expression", [
    "e.round()", "e.sign()", "e.nan_to_num()", "e.addcmul(e, e)", "e.cummax(0)",
    "e.logcumsumexp(0)", "e.unique()", "e.kthvalue(2)", "e.median()", "e.norm()",
    "e.logsumexp(0)", "e.std()", "e.var()", "e.argmax()", "e.max(0)", "e.min(0)",
    "b.nonzero()", "i.bincount()", "e.histc()", "torch.bucketize(e, torch.tensor([.5]))",
    "torch.isin(e, torch.tensor([.5]))", "i.bitwise_not()", "torch.ones(3).take(i)",
    "torch.ones(3).gather(0, i)", "torch.ones(3)[i]", "e[b]", "e.masked_select(b)",
    "torch.ones(3).index_select(0, i)", "e.scatter(0, torch.tensor([0]), 1.)",
    "e.index_fill(0, torch.tensor([0]), 1.)", "e.put(torch.tensor([0]), torch.ones(1))",
    "m.triu()", "m.tril()", "m.det()", "F.pad(e, (1, 1))", "e.to_sparse()",
    "torch.complex(e, e)", "torch.polar(e, e)", "e.angle()", "F.layer_norm(e, [10**8])",
    "F.softplus(e)", "F.hardtanh(e)", "F.leaky_relu(e)", "F.elu(e)", "F.logsigmoid(e)",
    "F.threshold(e, .5, 0.)", "e.split(10)", "e.unfold(0, 2, 1)",
])
def test_ops_over_expanded_views(run, expression):
    run("import torch.nn.functional as F\ne = torch.ones(1).expand(10**8)\n"
        "i = torch.zeros(1, dtype=torch.long).expand(10**8)\n"
        "b = torch.tensor([True]).expand(10**8)\nm = torch.ones(1, 1).expand(10000, 10000)")
    refused(run, f"y = {expression}")


def test_a_contiguous_reduction_is_not_refused(run):
    run("x = torch.ones(30_000_000)")  # 120 MB held: argmax/max/std read it in place
    run("y = x.argmax()\nz = x.max()\nv = x.std()\nw = x.min(0)")
