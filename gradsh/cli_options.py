"""Checks of the command line's option values and of the process's streams
(issue 19: no traceback): ``--timeout``, ``GRADSH_MEMORY_LIMIT``, and output
encodings.  Standard library only at import (start-up stays fast)."""
from __future__ import annotations

import argparse
import os
import sys

MAX_TIMEOUT = 1e8  # seconds (three years): what every platform's timer accepts


def timeout_seconds(text: str) -> float:
    """--timeout: a positive, finite number of seconds, at most MAX_TIMEOUT
    (the timer refuses more; inf, nan and 1e12 are usage errors, exit 2)."""
    try:
        seconds = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid number of seconds: '{text}'") from None
    if not 0 < seconds <= MAX_TIMEOUT:  # false for nan too
        raise argparse.ArgumentTypeError(
            f"needs a positive number of seconds up to {MAX_TIMEOUT:g}, got '{text}'")
    return seconds


def replace_encoding_errors() -> None:
    """Output that the terminal's encoding cannot show is escaped (``\\xe9``), never
    an error; piped input is read as UTF-8 (a byte-order mark skipped), as files are."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.reconfigure(errors="backslashreplace")
        except (AttributeError, ValueError, OSError):  # not a text file of io's
            pass
    try:
        if not sys.stdin.isatty():
            sys.stdin.reconfigure(encoding="utf-8-sig", errors="replace")
    except (AttributeError, ValueError, OSError):
        pass


def report_bad_environment() -> None:
    """An invalid ``GRADSH_MEMORY_LIMIT`` is reported once, here, and ignored: the
    limit is then the default (half of the memory available)."""
    configured = os.environ.get("GRADSH_MEMORY_LIMIT")
    if not configured:
        return
    from gradsh.engine import limits  # noqa: PLC0415 - only when the variable is set

    try:
        limits.parse_size(configured)
    except ValueError as exc:
        sys.stderr.write(f"gradsh: ignoring GRADSH_MEMORY_LIMIT: {exc}; the limit is the "
                         "default, half of the memory available\n")
