"""Blocks end to end (parsed, then run): loops, branches, with, def, lambda,
recursion limits and the run deadline behind ``--timeout``."""
from __future__ import annotations

import textwrap
import time

import pytest

from gradsh.lang.evaluator import MAX_CALL_DEPTH


def block(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


def test_loop_echoes_each_time_and_unpacks(session):
    assert session.run("for k in range(3): k * 10") == "0\n10\n20\n"
    assert session.run(block("""
        for i, (a, b) in enumerate([(1, 2), (3, 4)]):
            print(i, a + b)
        """)) == "0 3\n1 7\n"


def test_while_break_continue_and_elif(session):
    session.run(block("""
        n, total = 0, 0
        while True:
            n += 1
            if n > 8:
                break
            elif n % 2 == 1:
                continue
            else:
                total += n
        """))
    assert session.workspace["total"] == 20


def test_def_defaults_locals_closures(session):
    session.run(block("""
        offset = 10
        def shifted(t, k=2):
            offset = 1
            return t * k + offset
        def make_adder(n):
            return lambda x: x + n
        """))
    assert session.run("shifted(1), shifted(1, k=5), offset, make_adder(3)(4)") == \
        "(3, 6, 10, 7)\n"
    assert session.run("def f(): return\nf()") == ""
    diag = session.error("shifted()")
    assert diag.message == "shifted() missing 1 required positional argument: 't'"


def test_no_echo_inside_a_def(session):
    assert session.run("def f(x):\n    x * 2\n    return x\nf(3)") == "3\n"


def test_with_grad_modes(session):
    session.run("z = tensor([1., 2.], requires_grad=True)")
    session.run(block("""
        with torch.no_grad():
            with torch.enable_grad():
                e = z * 4
            d = z * 5
        """))
    assert session.run("e.requires_grad, d.requires_grad") == "(True, False)\n"
    session.run("with torch.set_grad_enabled(False) as mode: s = z * 3")
    assert session.run("s.requires_grad, torch.is_grad_enabled()") == "(False, True)\n"


def test_gradient_descent_loop(session):
    session.run(block("""
        x = tensor([0., 1., 2., 3.])
        y = 2 * x + 1
        w = tensor(0., requires_grad=True)
        b = tensor(0., requires_grad=True)
        for step in range(200):
            loss = ((w * x + b - y) ** 2).mean()
            loss.backward()
            with torch.no_grad():
                w -= 0.05 * w.grad
                b -= 0.05 * b.grad
            w.grad = None
            b.grad = None
        """))
    assert abs(session.workspace["w"].item() - 2) < 0.01
    assert abs(session.workspace["b"].item() - 1) < 0.02


def test_error_in_a_function_points_at_its_line(session):
    session.run("def bad(t):\n    u = t + 1\n    return u[5]")
    diag = session.error("bad(tensor([1., 2.]))")
    assert diag.type_name == "IndexError"
    assert diag.span.line == 3 and diag.source_line == "    return u[5]"


def test_a_failing_block_keeps_completed_statements(session):
    diag = session.error("for i in range(3):\n    last = i\n    print(undefined_name)")
    assert diag.type_name == "NameError" and diag.span.line == 3
    assert session.workspace["last"] == 0


def test_recursion_limit_names_the_function(session):
    session.run("def fact(n):\n    if n <= 1:\n        return 1\n    return n * fact(n - 1)")
    assert session.run(f"fact({MAX_CALL_DEPTH}) > 0") == "True\n"
    diag = session.error(f"fact({MAX_CALL_DEPTH + 1})")
    assert (diag.type_name, diag.message) == \
        ("RecursionError", "maximum recursion depth exceeded in 'fact'")
    assert session.interp.call_depth == 0
    assert session.run("fact(5)") == "120\n"  # the workspace still works


def test_runaway_lambda_recursion(session):
    session.run("f = lambda n: f(n + 1)")
    assert session.error("f(0)").message == "maximum recursion depth exceeded in '<lambda>'"


def test_deadline_stops_a_loop(session):
    session.interp.set_deadline(0.2)
    try:
        started = time.monotonic()
        diag = session.error("while True:\n    pass")
        assert time.monotonic() - started < 5
        assert (diag.type_name, diag.message) == \
            ("TimeoutError", "script ran longer than 0.2 seconds")
    finally:
        session.interp.set_deadline(None)
    assert session.run("1 + 1") == "2\n"


def test_deadline_stops_deep_calls(session):
    session.run("def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)")
    session.interp.set_deadline(0.2)
    try:
        diag = session.error("fib(40)")  # no loop: the check at each call stops it
    finally:
        session.interp.set_deadline(None)
    assert diag.type_name == "TimeoutError"


@pytest.mark.parametrize("args, status", [(("--timeout", "0.5"), 1), (("--timeout", "-1"), 2)])
def test_cli_timeout(gradsh, tmp_path, args, status):
    script = tmp_path / "spin.gsh"
    script.write_text("print('start')\nn = 0\nwhile True:\n    n += 1\nprint('never')\n")
    result = gradsh(*args, "--keep-going", str(script))
    assert result.returncode == status
    if status == 1:
        assert result.stdout == "start\n"
        assert result.stderr.endswith("TimeoutError: script ran longer than 0.5 seconds\n")
        assert "spin.gsh:" in result.stderr


def test_cli_error_inside_a_function_reports_its_line(gradsh, tmp_path):
    script = tmp_path / "bias.gsh"
    script.write_text(block("""
        import torch
        def add_bias(t):
            bias = torch.tensor([1., 2.])
            return t + bias

        print(add_bias(torch.tensor([1., 2.])))
        add_bias(torch.ones(3))
        """) + "\n")
    result = gradsh(str(script))
    assert result.returncode == 1
    assert result.stdout == "tensor([2., 4.])\n"
    assert result.stderr == (f"{script}:4: RuntimeError: The size of tensor a (3) must match "
                             "the size of tensor b (2) at non-singleton dimension 0\n")


def test_commands_run_inside_loops(session):
    session.run("x = tensor(2., requires_grad=True)")
    out = session.run("for i in range(2):\n    y = x * x\n    :backward y\n    :grad x")
    assert out == "tensor(4.)\ntensor(8.)\n"
