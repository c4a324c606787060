"""The running-statement line (gradsh/shell/status.py), on a fake terminal."""
from __future__ import annotations

import io
import sys
import time

import pytest

from gradsh.shell.status import RunningStatus


def test_status_shows_is_erased_before_output_and_after_the_run(monkeypatch):
    terminal = io.StringIO()
    monkeypatch.setattr(sys, "stdout", terminal)  # the statement's output and the status
    stdout, stderr = sys.stdout, sys.stderr
    with RunningStatus(delay=0.05, interval=0.02):
        time.sleep(0.15)
        sys.stdout.write("out\n")
        time.sleep(0.1)
    assert (sys.stdout, sys.stderr) == (stdout, stderr)
    text = terminal.getvalue()
    assert "running 0." in text and "(Ctrl-C to stop)" in text
    before, after = text.split("out\n")
    assert before.endswith("\r\x1b[K")  # the status erased, the output in its place
    assert "running" in after and after.endswith("\r\x1b[K")  # back, then erased at the end


def test_a_quick_statement_shows_nothing_and_an_interrupt_restores_the_streams():
    terminal = io.StringIO()
    stdout = sys.stdout
    with pytest.raises(KeyboardInterrupt):
        with RunningStatus(terminal, delay=5.0):
            raise KeyboardInterrupt
    assert sys.stdout is stdout
    assert terminal.getvalue() == ""


def test_no_status_over_a_line_being_written(monkeypatch):
    terminal = io.StringIO()
    monkeypatch.setattr(sys, "stdout", terminal)
    with RunningStatus(delay=0.02, interval=0.02):
        sys.stdout.write("partial")
        time.sleep(0.1)
    assert "running" not in terminal.getvalue()
