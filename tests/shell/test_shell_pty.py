"""End to end: the installed ``gradsh`` on a pseudo-terminal, read as a person sees it."""
from __future__ import annotations

import fcntl
import os
import re
import select
import struct
import subprocess
import termios
import time
from pathlib import Path

import pytest
from shell_driver import gradsh_command

_ESCAPES = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Z0-9]|\x1b[=>]|\r")
_FORWARD = re.compile(r"\x1b\[(\d*)C")  # the renderer's way of writing spaces


def plain(text: str) -> str:
    """What the screen shows, roughly: cursor-forward as spaces, other escapes dropped."""
    text = _FORWARD.sub(lambda m: " " * int(m.group(1) or 1), text)
    return _ESCAPES.sub("", text)


class Terminal:
    """gradsh on a pty (80x24) as its controlling terminal."""

    def __init__(self, tmp_path: Path, *args: str) -> None:
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        env = dict(os.environ, TERM="xterm", NO_COLOR="1", PROMPT_TOOLKIT_NO_CPR="1",
                   XDG_DATA_HOME=str(tmp_path / "data"), PYTHONIOENCODING="utf-8",
                   XDG_CONFIG_HOME=str(tmp_path / "config"))  # not the user's settings
        env.pop("GRADSH_DEBUG", None)
        command = gradsh_command()
        if not command[0].endswith("gradsh"):
            root = str(Path(__file__).resolve().parents[2])
            env["PYTHONPATH"] = os.pathsep.join(p for p in (root, env.get("PYTHONPATH")) if p)
        self.process = subprocess.Popen(
            [*command, *args], stdin=slave, stdout=slave, stderr=slave, env=env,
            cwd=tmp_path, start_new_session=True,
            # the pty becomes the controlling terminal: Ctrl-C sends SIGINT
            preexec_fn=lambda: fcntl.ioctl(0, termios.TIOCSCTTY, 0))  # noqa: PLW1509
        os.close(slave)
        self.master = master
        self.raw = b""
        self.seen = ""  # everything shown so far, escape sequences removed

    def read_until(self, text: str, timeout: float = 30.0) -> str:
        deadline = time.monotonic() + timeout
        while text not in self.seen:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"never saw {text!r}; the screen showed:\n{self.seen}\n"
                                     f"raw: {self.raw!r}")
            ready, _, _ = select.select([self.master], [], [], remaining)
            if ready:
                try:
                    chunk = os.read(self.master, 4096)
                except OSError:  # the process is gone
                    chunk = b""
                if not chunk:
                    raise AssertionError(f"gradsh ended before {text!r}:\n{self.seen}")
                self.raw += chunk
                self.seen = plain(self.raw.decode("utf-8", "replace"))
        return self.seen

    def type(self, keys: str) -> None:
        os.write(self.master, keys.encode())

    def close(self) -> int:
        try:
            return self.process.wait(timeout=30)
        finally:
            os.close(self.master)


@pytest.fixture
def terminal(tmp_path):
    terminals = []

    def start(*args: str) -> Terminal:
        terminals.append(Terminal(tmp_path, *args))
        return terminals[-1]

    yield start
    for opened in terminals:
        if opened.process.poll() is None:
            opened.process.kill()
            opened.process.wait()


def test_a_session_on_a_terminal(terminal, tmp_path):
    shell = terminal()
    shell.read_until(":quit or Ctrl-D to leave")
    shell.read_until(">>>")
    shell.type("x = tensor([1., 2.], requires_grad=True)\r")
    shell.read_until(">>> x = tensor([1., 2.], requires_grad=True)\n>>>")
    shell.type("(x * 3).sum()\r")
    screen = shell.read_until("tensor(9., grad_fn=<SumBackward0>)\n>>>")
    assert ">>> (x * 3).sum()" in screen  # the input, echoed by the terminal as typed
    shell.type(":quit\r")
    assert shell.close() == 0
    history = (tmp_path / "data" / "gradsh" / "history").read_text(encoding="utf-8")
    assert "+(x * 3).sum()" in history


def test_ctrl_c_stops_a_computation_and_keeps_the_workspace(terminal):
    shell = terminal()
    shell.read_until(">>>")
    shell.type("n = 5\r")
    shell.type("while True:\r")
    shell.read_until("... ")
    shell.type("n = n\r\r")
    time.sleep(1.0)
    shell.type("\x03")
    shell.read_until("KeyboardInterrupt")
    shell.read_until("KeyboardInterrupt\n>>>")  # type only at a prompt, as a person does
    shell.type("n\r")
    shell.read_until("\n5\n>>>")
    shell.type("\x04")
    assert shell.close() == 0
