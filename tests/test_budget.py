"""Issue 19, part A: one memory budget for the workspace (limit 200 MB).

Each finding of "past the memory limit" is refused with a MemoryError naming
the size and the limit, before allocating, and leaves the workspace as it was.
In-process, with the limit set through the engine; one subprocess measures the
peak resident memory of the worst cases.
"""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

import budget_support
from budget_support import LIMIT, refused

from gradsh.engine import limits
from gradsh.lang.diagnostics import Diagnostic
from gradsh.lang.evaluator import Interpreter

run = budget_support.run  # the fixture (tests/budget_support.py)


def test_ten_tensors_in_ten_statements_do_not_fit(run):
    run("a0 = torch.ones(40_000_000)")  # 160 MB
    message = refused(run, "a1 = torch.ones(40_000_000)")
    assert "(the workspace holds 160.0 MB)" in message
    run("del a0")
    run("a1 = torch.ones(40_000_000)")  # the storage was freed: it fits again


def test_views_share_their_storage(run):
    run("a = torch.ones(30_000_000)\nb = a[::2]\nc = a.expand(3, 30_000_000)\nd = a.view(-1)")
    run("e = torch.ones(10_000_000)")  # 120 + 40 MB: the views count once


def test_small_allocations_skip_the_accounting(run):
    run("a = torch.ones(45_000_000)")  # 180 MB
    run("b = torch.ones(1000)\nc = [0] * 1000\ns = 'x' * 1000")


def test_a_comprehension_of_large_tensors(run):
    refused(run, "l = [torch.ones(40_000_000) for i in range(10)]")


@pytest.mark.parametrize("source", [
    "t = s + s + s + s",
    "t = f'{s}{s}{s}{s}'",
    "t = ','.join([s, s, s])",
    "t = s.replace('a', 'aaa')",
    "t = '%s%s%s' % (s, s, s)",
])
def test_strings(run, source):
    run("s = 'a' * 60_000_000")
    refused(run, source)


@pytest.mark.parametrize("source", [
    "t = '%*d' % (10**9, 1)",
    "t = '%.1000000000f' % 1.5",
    "n = 1 << 4000000000",
    "n = (1 << 900_000_000) * (1 << 900_000_000)",
    "t = 'a'.ljust(10**9)",
    "t = 'a' * torch.tensor(10**9)",
    "l = ('a ' * 5_000_000).split()",
    "l = ('a,' * 5_000_000).split(',')",
    "l = [*range(10**8)]",
    "l = list(range(10**7))",
    "print(*range(10**7), sep='x' * 24)",
    "l = torch.zeros(7_000_000).tolist()",
])
def test_python_values(run, source):
    refused(run, source)


@pytest.mark.parametrize("setup, source", [
    ("l = [0.5] * 4_000_000", "m = l + l + l + l + l + l + l"),
    ("", "l = list(zip(range(10**8)))"),
    ("", "d = dict(zip(range(10**8), range(10**8)))"),
])
def test_lists_and_dicts(run, setup, source):
    run(setup)
    refused(run, source)


@pytest.mark.parametrize("expression", [
    "-e", "e.abs()", "e.clamp(0, 1)", "e.double()", "e.cumsum(0)", "e.sort()", "e.topk(3)",
    "e.softmax(0)", "e.masked_fill(torch.tensor(True), 0.)",
    "torch.ones(1).masked_fill(torch.tensor([True]).expand(10**8), 0.)",
    "torch.where(torch.tensor([True]).expand(10**8), torch.ones(1), torch.zeros(1))",
    "torch.zeros(0, 2**40).sum(0)",
])
def test_tensor_ops_over_expanded_views(run, expression):
    run("e = torch.ones(1).expand(10**8)")
    refused(run, f"y = {expression}")


def test_small_tensor_ops_still_work(run):
    run("e = torch.ones(1).expand(1000)\ny = (-e).abs().clamp(0, 1).double().cumsum(0)")
    run("z = torch.where(torch.tensor([True]).expand(10), torch.ones(1), torch.zeros(1))")
    assert run.interpreter.workspace["y"].shape == (1000,)


def test_source_text_over_the_budget():
    from gradsh.lang.parser import parse

    limits.set_memory_limit(LIMIT)
    try:
        with pytest.raises(Diagnostic) as info:
            parse("s = '" + "a" * 1_000_000 + "'\n")
        assert info.value.type_name == "MemoryError"
        assert "characters of source" in info.value.message
    finally:
        limits.set_memory_limit(None)


def test_the_provider_is_the_interpreters():
    from gradsh.lang import budget

    Interpreter(lambda text: None).run_source("x = torch.ones(2)\n")
    assert limits._held_provider is budget.held_bytes


_WORST = [
    "s = 'a' * 100_000_000\nt = s + s + s + s",
    "l = list(zip(range(10**8)))",
    "e = torch.ones(1).expand(10**8)\ny = e.sort()",
    "l = [torch.ones(40_000_000) for i in range(10)]",
]


@pytest.mark.skipif(not os.path.exists("/usr/bin/time"), reason="peak RSS by /usr/bin/time")
@pytest.mark.parametrize("source", _WORST)
def test_peak_resident_memory_stays_below_600_mb(source):
    gradsh = os.path.join(os.path.dirname(sys.executable), "gradsh")
    env = dict(os.environ, GRADSH_MEMORY_LIMIT="200MB")
    done = subprocess.run(["/usr/bin/time", "-f", "RSS=%M", gradsh, "-c", source], env=env,
                          capture_output=True, text=True, timeout=60)
    assert "MemoryError" in done.stderr, done.stderr
    peak_kb = int(done.stderr.rsplit("RSS=", 1)[1].split()[0])
    assert peak_kb < 600_000, done.stderr
