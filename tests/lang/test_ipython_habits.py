"""IPython's habits in every mode (issue 20, point 2): _, __, ___, NAME?, NAME??,
help(), dir(), exit/quit. In process; the shell's keys are in tests/shell."""
from __future__ import annotations

import subprocess
import sys

import pytest

from gradsh.lang.parser import is_complete
from gradsh.lang.scanner import scan


def test_underscores_are_the_last_three_results(session):
    session.run("1 + 1\n2 * 3\nx = 10\nprint('no result')\nNone\n'three'")
    assert session.run("_, __, ___") == "('three', 6, 2)\n"
    # the tuple just echoed is the newest result now
    assert session.run("_[0]") == "'three'\n"
    assert session.run("__") == "('three', 6, 2)\n"


def test_underscore_is_unset_until_a_result_and_hidden_by_a_variable(session):
    assert session.error("_").type_name == "NameError"
    session.run("5")
    session.run("for _ in range(3): pass")  # a program's own _ hides the result
    assert session.run("_") == "2\n"
    session.run("del _")
    assert session.run("_") == "2\n"  # the result of the echo just before: 2
    assert "_" not in session.run(":vars")


def test_reset_forgets_the_last_results(session):
    session.run("tensor([1.])\n2")
    session.run(":reset")
    assert session.error("_").type_name == "NameError"
    assert session.error("__").type_name == "NameError"


def test_a_failed_statement_sets_no_result(session):
    session.run("4")
    session.error("1 / 0")
    assert session.run("_") == "4\n"


def test_underscore_in_scripts_and_blocks(session):
    assert session.run("for i in range(3):\n    i * 10\n\n_ + 1") == "0\n10\n20\n21\n"


@pytest.mark.parametrize("line", ["x?", "x??", "?x", "??x", "torch.sum?", "x.sum??",
                                  "  x?", "%timeit x + 1", "%timeit"])
def test_help_queries_and_magics_are_whole_lines(line):
    assert scan(line).logical[0].kind == "command"
    assert is_complete(line + "\n")


@pytest.mark.parametrize("line", ["x ? y", "f(x?", "'x?'", "x?.y", "a = b?", "1?", "x % 2"])
def test_other_question_marks_are_not_help(line):
    assert scan(line).logical[0].kind == "code"


def test_question_mark_is_help(session):
    session.run("x = ones(2, 3)")
    assert session.run("x.sum?") == session.run(":help x.sum") == session.run("help(x.sum)")
    assert session.run("x.sum?").startswith("sum(input, dim=None, keepdim=False")
    assert session.run("torch.sum?") == session.run("?torch.sum")
    more = session.run("torch.sum??")
    assert more.startswith(session.run("torch.sum?").rstrip("\n"))
    assert "as: torch.sum, Tensor.sum" in more
    assert session.run("x?").startswith("x: a tensor, torch.float32, shape (2, 3), cpu")
    assert "tensor([[1., 1., 1.]," in session.run("x??")
    assert session.error("nothing_here?").type_name == "CommandError"


def test_question_mark_inside_a_block(session):
    out = session.run("for i in range(1):\n    zeros?\n")
    assert out.startswith("zeros(*size, ")


def test_dir_lists_public_names_only(session):
    session.run("x = ones(2)\nimport torch.nn as nn\nm = nn.Linear(2, 2)")
    names = eval(session.run("dir(x)"))  # noqa: S307 - a list of names printed by gradsh
    assert {"backward", "detach", "sum", "grad", "shape"} <= set(names)
    assert not [name for name in names if name.startswith("_")]
    module_names = eval(session.run("dir(m)"))  # noqa: S307
    assert {"weight", "bias", "forward", "parameters"} <= set(module_names)
    assert not [name for name in module_names if name.startswith("_")]
    assert session.run("dir()") == "['m', 'nn', 'x']\n"
    assert "0x" not in session.run("dir(torch)")


def _gradsh(*args: str, stdin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "gradsh", *args], capture_output=True,
                          text=True, input=stdin, timeout=60)


@pytest.mark.parametrize("word", ["exit", "quit", "exit()", "quit()"])
def test_exit_stops_a_script(word):
    done = _gradsh("-c", f"print(1)\n{word}\nprint(2)")
    assert (done.returncode, done.stdout, done.stderr) == (0, "1\n", "")


def test_exit_stops_piped_input():
    done = _gradsh(stdin="1 + 1\nexit\n3 + 3\n")
    assert (done.returncode, done.stdout) == (0, "2\n")


def test_the_shell_colours_a_magic_as_a_command():
    from gradsh.shell.lexer import tokenize

    assert tokenize("%timeit x + 1")[1] == ("class:gradsh.command", "%timeit")
    assert ("class:gradsh.operator", "%") in tokenize("  % 2")  # a continued modulo


def test_the_last_results_count_against_the_memory_budget(session):
    from gradsh.lang.budget import workspace_bytes

    assert workspace_bytes(session.interp) < 1000
    session.run("zeros(100_000)\nzeros(50_000)")  # held by __ and _ only
    assert workspace_bytes(session.interp) >= 600_000


def test_help_as_the_first_statement_of_a_fresh_process():
    # help() loads the commands on first use (an import cycle once broke it)
    done = _gradsh("-c", "help(len)\nx = ones(2)\nhelp(x.sum)")
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.startswith("len(obj, /)  (Python's built-in)\n")
