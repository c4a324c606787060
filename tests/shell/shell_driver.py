"""Helpers of the shell tests (not a conftest: the tests import them by name).

``Driver`` runs the real prompt session with keys sent through prompt_toolkit's
pipe input; ``gradsh_command`` finds the installed console script.

The shell runs in the test's thread; a feeder thread types the keys, one
chunk at a time, waiting where a chunk needs the prompt to have caught up
(a completion inserted, a validation error shown).
"""
from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput

from gradsh.cli import Runner
from gradsh.shell import Shell

ENTER, TAB, CTRL_C, CTRL_D, UP = "\r", "\t", "\x03", "\x04", "\x1b[A"


class Wait:
    """A feeder step: wait until predicate(buffer) holds (or fail after timeout)."""

    def __init__(self, predicate: Callable, timeout: float = 10.0) -> None:
        self.predicate, self.timeout = predicate, timeout


Step = str | Wait


class Driver:
    def __init__(self, history_file: str | None) -> None:
        self.history_file = history_file
        self.runner = Runner()
        self.runner.interactive = True
        self.runner.keep_going = True
        self.failures: list[str] = []
        self.shell: Shell | None = None

    @property
    def buffer(self):
        return self.shell.session.default_buffer

    def run(self, *steps: Step) -> int:
        """Type the steps into a fresh shell; the shell's exit status.

        A string step is sent as it is, then the feeder waits until the
        prompt has consumed it; a Wait step waits for a condition."""
        with create_pipe_input() as pipe:
            self.shell = Shell(self.runner, history_file=self.history_file, input=pipe,
                               output=DummyOutput())
            feeder = threading.Thread(target=self._feed, args=(pipe, steps), daemon=True)
            feeder.start()
            status = self.shell.run()
            feeder.join(timeout=10)
        assert not self.failures, self.failures
        return status

    def _feed(self, pipe, steps) -> None:
        for step in steps:
            if isinstance(step, Wait):
                deadline = time.monotonic() + step.timeout
                while not step.predicate(self.buffer):
                    if time.monotonic() > deadline:
                        self.failures.append(f"timed out waiting; buffer={self.buffer.text!r}")
                        pipe.send_text(CTRL_C + CTRL_D)
                        return
                    time.sleep(0.01)
                continue
            pipe.send_text(step)
            time.sleep(0.05 if step != TAB else 0.2)


def completed(text: str) -> Wait:
    """Wait until the input buffer reads ``text`` (a completion was inserted)."""
    return Wait(lambda buffer: buffer.text == text)


def gradsh_command() -> list[str]:
    """The ``gradsh`` console script next to this Python; ``python -m gradsh`` when
    the project is only on the path (as tests/conftest.py does)."""
    script = Path(sys.executable).with_name("gradsh")
    if script.is_file():
        return [str(script)]
    return [sys.executable, "-m", "gradsh"]


def driver_fixture(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Driver]:
    """The body of the tests' ``driver`` fixture: a Driver with its own history
    file, and the print options restored afterwards."""
    from gradsh.engine import printing

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    saved = printing.options.copy()
    yield Driver(str(tmp_path / "history"))
    for name in saved.__slots__:
        setattr(printing.options, name, getattr(saved, name))
