"""The line under the input while a long statement runs.

A statement runs in the main thread (so Ctrl-C's KeyboardInterrupt stops
it where it is, and the workspace is kept as for any failed statement).
After ``delay`` seconds a small thread writes ``running 1.3 s  (Ctrl-C to
stop)`` on the line under the input and updates it a few times a second.
The statement's own output goes through ``sys.stdout``/``sys.stderr``,
which are wrapped for the run: a write first erases the status line, so the
output takes its place and the status comes back under it.  Nothing of this
happens unless the shell is on a terminal.
"""
from __future__ import annotations

import sys
import threading
import time
from typing import Any, Optional

_ERASE = "\r\x1b[K"


class _Guarded:
    """A text stream that erases the status line before writing."""

    def __init__(self, status: "RunningStatus", stream: Any) -> None:
        self._status, self._stream = status, stream

    def write(self, text: str) -> int:
        status = self._status
        with status.lock:
            if status.shown:
                status.terminal.write(_ERASE)
                status.terminal.flush()
                status.shown = False
            written = self._stream.write(text)
            if text:
                status.at_line_start = text.endswith("\n")
            return written

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


class RunningStatus:
    """``with RunningStatus(terminal):`` around a statement's run."""

    def __init__(self, terminal: Any = None, delay: float = 1.0, interval: float = 0.2,
                 color: bool = False) -> None:
        self.terminal, self.delay, self.interval = terminal, delay, interval
        self.color = color
        self.lock = threading.Lock()
        self.shown = False
        self.at_line_start = True
        self._done = threading.Event()
        self._thread: Optional[threading.Thread] = None
        self._saved: tuple = ()

    def text(self, elapsed: float) -> str:
        line = f"running {elapsed:.1f} s  (Ctrl-C to stop)"
        return f"\x1b[2m{line}\x1b[0m" if self.color else line

    def __enter__(self) -> "RunningStatus":
        self._saved = (sys.stdout, sys.stderr)
        if self.terminal is None:
            self.terminal = sys.stdout
        sys.stdout = _Guarded(self, sys.stdout)  # type: ignore[assignment]
        sys.stderr = _Guarded(self, sys.stderr)  # type: ignore[assignment]
        self._thread = threading.Thread(target=self._tick, args=(time.monotonic(),),
                                        name="gradsh-status", daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._done.set()
        sys.stdout, sys.stderr = self._saved  # first: a second Ctrl-C must not leave them
        if self._thread is not None:
            self._thread.join(timeout=1.0)
        with self.lock:
            if self.shown:
                self.terminal.write(_ERASE)
                self.terminal.flush()
                self.shown = False

    def _tick(self, start: float) -> None:
        if self._done.wait(self.delay):
            return
        while not self._done.is_set():
            with self.lock:
                if self._done.is_set():
                    return
                if self.at_line_start:
                    try:
                        self.terminal.write(_ERASE + self.text(time.monotonic() - start))
                        self.terminal.flush()
                        self.shown = True
                    except (OSError, ValueError):  # the terminal went away
                        return
            self._done.wait(self.interval)
