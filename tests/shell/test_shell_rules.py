"""The text rules behind Enter and the indentation keys (gradsh/shell/rules.py)."""
from __future__ import annotations

import pytest

from gradsh.shell.rules import backspace_width, clause_indent, next_indent, ready_to_run


@pytest.mark.parametrize("text", [
    "1 +* 2", "x.gard()", "1 +* (", "def f(:", "y = (1 +* 2", "x = [1 2",
    "for i in x:\n    1 +* 2", "for i in x:\n    y\n", "for i in x:\n    y\nprint(2)",
    "if x:\n    f(1,\n2)",
])
def test_enter_runs(text):
    assert ready_to_run(text)


@pytest.mark.parametrize("text", [
    "x.gard(", "foo(1,\n 2", "foo(1 +", "foo(1 + # comment", "[x for x in", "{'a':",
    "for i in range(3):", "for i in range(3):\n    print(i)", "if x:\n    1\nelse:",
    "x = \\", "'''abc", "for i in x:\n    y\nelse:", "def f():\n    return 1\n@dec",
])
def test_enter_continues(text):
    assert not ready_to_run(text)


@pytest.mark.parametrize("lines, indent", [
    (["if a:", "    x = 1", "    else:"], ""),
    (["for i in x:", "    if a:", "        y", "        elif b:"], "    "),
    (["try:", "    x", "    except E as e:"], ""),
    (["try:", "    x", "except E:", "    y", "    finally:"], ""),
    (["if a:", "    x", "else:"], None),  # where it belongs already
    (["def f():", "    x", "    else:"], None),  # no block for it to continue
    (["x = 1", "    elsewhere = 2"], None),
])
def test_clause_indent(lines, indent):
    assert clause_indent(lines, len(lines) - 1) == indent


def test_next_indent_and_backspace_width():
    assert [next_indent(line) for line in ["for x in y:", "    return 1", "    x = 1  # :",
                                           "  pass"]] == ["    ", "", "    ", ""]
    assert next_indent("d = {1:", in_brackets=True) == ""
    assert [backspace_width(text) for text in ["", "    ", "        ", "     ", "  x"]] == \
        [0, 4, 4, 1, 0]
