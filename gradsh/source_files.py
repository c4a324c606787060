"""Reading scripts and command paths safely (issue 19: no crash, no traceback).

* A script (``-f FILE``, ``--check FILE``, ``:run FILE``) is read in chunks
  and refused once it passes :func:`max_source_bytes`, a quarter of the
  memory limit (the bytes, the decoded text and its lines are all held at
  once): ``gradsh -f /dev/zero`` ends in one line instead of eating memory.
* A UTF-8 byte-order mark at the start is skipped, as Python does for its
  source files; text is decoded as UTF-8 whatever the locale.
* Command paths may be quoted (``:save 'my file.npz' x``) and start with
  ``~``.

Standard library only at import; the memory limit is read when a file is.
"""
from __future__ import annotations

import os
import shlex

CHUNK = 1 << 20
BOM = "\ufeff"


class SourceTooLarge(Exception):
    """The file is larger than what gradsh reads (the message says how much,
    without the file's name: ``cannot read 'FILE': larger than ...``)."""


def max_source_bytes() -> int:
    from gradsh.engine import limits  # noqa: PLC0415 - light, but only when a file is read

    return max(limits.memory_limit() // 4, CHUNK)


def _too_large(cap: int) -> SourceTooLarge:
    from gradsh.engine import limits  # noqa: PLC0415

    return SourceTooLarge(
        f"larger than {limits.format_bytes(cap)} (a quarter of gradsh's memory limit of "
        f"{limits.format_bytes(limits.memory_limit())})")


def read_source(path: str, newline: str | None = None) -> str:
    """The UTF-8 text of ``path``, its byte-order mark skipped; at most
    :func:`max_source_bytes` bytes, else :class:`SourceTooLarge`.  ``newline``
    as for :func:`open` (``""`` keeps ``\\r\\n``)."""
    cap = max_source_bytes()
    with open(path, encoding="utf-8", newline=newline) as handle:
        parts: list[str] = []
        size = 0
        while True:
            chunk = handle.read(CHUNK)
            if not chunk:
                break
            size += len(chunk)
            if size > cap:
                raise _too_large(cap)
            parts.append(chunk)
    text = "".join(parts)
    return text[1:] if text.startswith(BOM) else text


class BoundedLines:
    """The lines of a stream (stdin from a pipe), each at most
    :func:`max_source_bytes` long: ``gradsh < /dev/zero`` (one endless line)
    stops there, with :attr:`error` saying why, instead of eating memory."""

    def __init__(self, stream) -> None:
        self.stream = stream
        self.error: SourceTooLarge | None = None

    def __iter__(self):
        cap = max_source_bytes()
        while True:
            line = self.stream.readline(cap + 1)
            if not line:
                return
            if len(line) > cap:
                self.error = _too_large(cap)
                return
            yield line


def strip_bom(text: str) -> str:
    return text[1:] if text.startswith(BOM) else text


def split_words(text: str) -> list[str]:
    """A command's arguments, shell-style: ``'a b.npz' x`` is two words."""
    try:
        return shlex.split(text)
    except ValueError as exc:  # an unclosed quote
        raise ValueError(f"cannot read the arguments: {exc}") from None


def path_argument(text: str) -> str:
    """The one path of ``:run``/``:load``: quoted or not (spaces allowed), ``~`` expanded."""
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        text = text[1:-1]
    return os.path.expanduser(text)


def expand(path: str) -> str:
    return os.path.expanduser(path)
