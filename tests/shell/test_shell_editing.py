"""Issue 20, points 1, 4 and 5, typed into the installed ``gradsh`` on a pty:
answered lines, indentation keys, Ctrl-R, Vi mode, a pasted snippet and the
status line of a long statement.  Results are read from what the screen shows."""
from __future__ import annotations

import re
import time

import pytest
from test_shell_pty import Terminal, plain

ENTER, BACKSPACE, CTRL_C, CTRL_D, CTRL_R, ESC = "\r", "\x7f", "\x03", "\x04", "\x12", "\x1b"
PASTE_START, PASTE_END = "\x1b[200~", "\x1b[201~"


@pytest.fixture
def shell(tmp_path):
    terminal = Terminal(tmp_path)
    terminal.read_until(">>>")
    yield terminal
    if terminal.process.poll() is None:
        terminal.process.kill()
        terminal.process.wait()


def prompts(terminal: Terminal) -> int:
    return terminal.seen.count(">>>")


def enter(terminal: Terminal, *lines: str) -> None:
    """Type each line and Enter, waiting for the shell to take it."""
    for line in lines:
        terminal.type(line + ENTER)
        time.sleep(0.05)


def answer(terminal: Terminal, text: str) -> str:
    """Wait for ``text`` followed by a fresh prompt; the screen so far."""
    return terminal.read_until(text + "\n>>>", timeout=10)


def screen(terminal: Terminal) -> str:
    """What the screen shows, with erased lines (``\\r`` then erase-line) gone."""
    text = terminal.raw.decode("utf-8", "replace")
    return plain(re.sub(r"[^\n]*\r\x1b\[K", "", text))


def wait_for(terminal: Terminal, text: str, times: int = 1) -> str:
    """Wait until ``text`` is on the screen ``times`` times; the screen."""
    deadline = time.monotonic() + 10
    while terminal.seen.count(text) < times:
        assert time.monotonic() < deadline, f"{text!r} not {times} times in:\n{terminal.seen}"
        terminal.read_until(text, timeout=10)
        try:
            terminal.read_until("\x00never", timeout=0.1)
        except AssertionError:
            pass
    return terminal.seen


def leave(terminal: Terminal) -> None:
    terminal.type(CTRL_D)
    assert terminal.close() == 0


# ------------------------------------------------------------- point 1
def test_a_line_that_does_not_parse_is_answered_and_not_kept(shell):
    enter(shell, "1 +* 2")
    answer(shell, "SyntaxError: invalid syntax\n    1 +* 2\n       ^")  # Python's caret
    # a fresh prompt: what comes next is not merged with the bad line
    enter(shell, "x = tensor([1., 2.])", "x.sum()")
    answer(shell, "tensor(3.)")
    # an error no closing bracket or further line can repair: answered at once, as Python does
    enter(shell, "y = (1 +* 2")
    shell.read_until("SyntaxError: ")
    answer(shell, "^")
    enter(shell, "for i in range(2):", "1 +* 2")
    shell.read_until("SyntaxError: invalid syntax\n        1 +* 2\n")
    answer(shell, "^")
    enter(shell, "7")
    answer(shell, "7")
    leave(shell)


def test_an_open_bracket_continues_then_the_call_is_answered(shell):
    enter(shell, "x = tensor([1., 2.])", "x.gard(")
    shell.read_until("... ")
    enter(shell, ")")
    answer(shell, "AttributeError: 'Tensor' object has no attribute 'gard'\n"
                  "  did you mean 'grad'?")
    enter(shell, "x.grad is None")
    answer(shell, "True")
    leave(shell)


# ------------------------------------------------------------- point 4
def test_typed_indentation_is_not_doubled(shell):
    # each body line typed with its own four spaces, as a person (or a paste) does
    enter(shell, "if True:", "    a = 1", "    b = 2", "", "a + b")
    answer(shell, "3")
    # a paste from a terminal without bracketed paste: the lines arrive as keys at once
    shell.type("if a > 5:\r    c = 1\relif a < 0:\r    c = 2\relse:\r    c = 3\r\r")
    time.sleep(0.3)
    enter(shell, "c")
    answer(shell, "3")
    leave(shell)


def test_backspace_at_an_indent_removes_one_level(shell):
    enter(shell, "for i in range(2):", "if i:", "print(i)")  # auto-indented to 8
    shell.type(BACKSPACE)
    enter(shell, "print('x')", "")
    answer(shell, "x\n1\nx")
    leave(shell)


def test_clauses_dedent_themselves_and_return_dedents(shell):
    enter(shell, "if False:", "a = 1", "elif False:", "a = 2", "else:", "a = 3", "", "a")
    answer(shell, "3")
    enter(shell, "try:", "1 / 0", "except ZeroDivisionError as e:", "b = 'caught'",
          "finally:", "c = 'done'", "", "b, c")
    answer(shell, "('caught', 'done')")
    enter(shell, "def f(x):", "if x:", "return 1", "return 2", "", "f(0), f(1)")
    answer(shell, "(2, 1)")
    leave(shell)


def test_ctrl_r_then_enter_runs_a_multi_line_entry_whole(shell):
    enter(shell, "for i in range(2):", "print(i * 10)", "")
    answer(shell, "0\n10")
    enter(shell, "1")
    answer(shell, "1")
    shell.type(CTRL_R)
    shell.type("i * 1")
    time.sleep(0.2)
    shell.type(ENTER)
    wait_for(shell, "0\n10\n>>>", times=2)
    leave(shell)


def test_vi_editing_mode(shell):
    enter(shell, ":set editing_mode vi")
    time.sleep(0.2)
    shell.type("7 * 3" + ESC)  # Esc: normal mode, on the '3'
    time.sleep(0.2)
    shell.type("r4" + ENTER)  # replace it with '4'
    answer(shell, "28")
    enter(shell, ":set editing_mode emacs")
    shell.type("5 + 6\x01" + "\x0b" + "8" + ENTER)  # Ctrl-A, Ctrl-K: emacs keys again
    answer(shell, "8")
    leave(shell)


SNIPPET = """\
def train(steps):
    w = tensor([1.0, -2.0], requires_grad=True)
    opt = torch.optim.SGD([w], lr=0.25)

    for step in range(steps):
        opt.zero_grad()
        loss = (w ** 2).sum()

        loss.backward()
        opt.step()

    return w.detach()

result = train(2)
print(result)"""


def test_a_pasted_snippet_with_blank_lines_inside_a_def(shell):
    assert len(SNIPPET.split("\n")) == 15
    shell.type(PASTE_START + SNIPPET.replace("\n", "\r") + "\r" + PASTE_END)
    time.sleep(0.3)
    shell.type(ENTER)
    answer(shell, "tensor([ 0.2500, -0.5000])")
    enter(shell, "train(1)")
    answer(shell, "tensor([ 0.5000, -1.0000])")
    # without a final newline, its last line at the margin: one Enter runs it too
    shell.type(PASTE_START + SNIPPET.replace("\n", "\r").replace("(2)", "(3)") + PASTE_END)
    time.sleep(0.3)
    shell.type(ENTER)
    answer(shell, "tensor([ 0.1250, -0.2500])")
    leave(shell)


# ------------------------------------------------------------- point 5
def test_a_long_statement_shows_its_time_and_ctrl_c_keeps_the_workspace(shell):
    enter(shell, "n = 5", "while True:", "n = n", "")
    shell.read_until("Ctrl-C to stop)")
    screen = shell.read_until("running 1.")
    assert "running 1." in screen.rsplit(">>>", 1)[-1]  # under the input of this statement
    shell.type(CTRL_C)
    shell.read_until("KeyboardInterrupt\n>>>")
    enter(shell, "n")
    answer(shell, "5")
    leave(shell)


def test_output_of_a_long_statement_is_not_mixed_with_the_status(shell):
    enter(shell, "import time; 0")
    answer(shell, "0")  # (the first statement may take a second: the engine loads)
    enter(shell, "time.sleep(1.2); print('first'); time.sleep(0.3); print('last')")
    deadline = time.monotonic() + 10
    while "\nfirst\nlast\n>>>" not in screen(shell):  # the status erased before the output
        assert time.monotonic() < deadline, screen(shell)
        try:
            shell.read_until("\x00never", timeout=0.1)
        except AssertionError:
            pass
    assert "running 1.0 s  (Ctrl-C to stop)" in shell.seen  # shown while it ran
    leave(shell)


def test_vi_mode_is_kept_in_the_settings_file(tmp_path):
    first = Terminal(tmp_path)
    first.read_until(">>>")
    enter(first, ":set editing_mode vi", ":set --save")
    first.read_until("config.toml\n>>>")  # "saved the settings to .../config.toml"
    leave(first)
    assert 'editing_mode = "vi"' in (tmp_path / "config" / "gradsh" / "config.toml").read_text()
    second = Terminal(tmp_path)  # the same config folder
    second.read_until(">>>")
    second.type("7 * 3" + ESC)
    time.sleep(0.2)
    second.type("r4" + ENTER)
    answer(second, "28")
    leave(second)
