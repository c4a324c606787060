"""IPython's habits typed on a terminal (issue 20, point 2): _, NAME?, help(), dir(),
exit. The formats are pinned in process (tests/lang/test_ipython_habits.py)."""
from __future__ import annotations

from test_shell_pty import terminal  # noqa: F401 - the fixture, shared


def test_habits_as_a_user_types_them(terminal):  # noqa: F811
    shell = terminal()
    shell.read_until(">>>")
    shell.type("x = tensor([1., 2.])\r")
    shell.type("x * 2\r")
    shell.read_until("tensor([2., 4.])\n>>>")
    shell.type("_ + 1\r")
    shell.read_until("tensor([3., 5.])\n>>>")
    shell.type("x.sum?\r")  # answered, and a fresh prompt: the line is not kept
    shell.read_until("Sum of the elements, over all or over dim.\nexample: ")
    shell.type("help(len)\r")
    shell.read_until("Return the number of items in a container.\n>>>")
    shell.type("dir()\r")
    shell.read_until("['x']\n>>>")
    shell.type("exit\r")
    assert shell.close() == 0


def test_quit_call_leaves(terminal):  # noqa: F811
    shell = terminal()
    shell.read_until(">>>")
    shell.type("quit()\r")
    assert shell.close() == 0
