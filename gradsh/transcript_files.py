"""Transcript files: the format, parsing files and Markdown fences, xfail lists (SPEC §8).

A transcript is what ``gradsh --echo`` prints.  Rules, where the SPEC is silent:

- A line starting with ``>>> `` is an input; a bare ``>>>`` is an empty input.
  Lines starting with ``... `` (or a bare ``...``) right after an input continue
  it.  Every other line up to the next input is expected output.
- Lines before the first input (a header comment, a title) are ignored.
- Trailing spaces and tabs are ignored when comparing (editors strip them);
  CRLF files are read and rewritten with CRLF.
- Blank lines inside and between outputs count (3-D tensors print them);
  blank lines at the very end of a transcript (end of file, end of fence) are
  ignored.
- In Markdown, each code fence tagged ``gradsh`` is one transcript.
- ``xfail.txt`` in a transcript's folder lists transcripts expected to fail,
  one ``NAME: reason`` per line (``NAME`` is a file name, or ``FILE:LINE`` for
  the fence opening at LINE of a Markdown file).  The expectation is strict:
  a listed transcript that passes is a failure.  ``--update`` leaves them alone.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

PROMPT = ">>>"
CONTINUATION = "..."
XFAIL_FILE = "xfail.txt"
_FENCE_OPEN = re.compile(r"^(?P<indent> {0,3})(?P<fence>`{3,}|~{3,})\s*(?P<info>[^`]*)$")


class TranscriptError(Exception):
    """A path that holds no transcript, cannot be read, or a malformed fence."""


@dataclass
class Statement:
    line: int  # 1-based line of the ``>>>`` line in the file
    source: str  # the input without prompts, lines joined with "\n"
    expected: list[str]  # expected output lines, without line endings
    output_start: int  # 0-based index of the first output line in the file
    output_end: int  # exclusive

    def prompt_text(self) -> str:
        return echo_lines(self.source)


@dataclass
class Transcript:
    path: Path
    line: int  # 1-based first line of the transcript's content in the file
    index: int  # position among the file's transcripts (fences in Markdown)
    statements: list[Statement]
    fence_line: Optional[int] = None  # Markdown: the line of the opening fence

    @property
    def name(self) -> str:
        path = display(self.path)
        return f"{path}:{self.fence_line}" if self.fence_line else path



def display(path: Path) -> str:
    """A path as messages show it: relative to the current folder when inside it."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError):
        return str(path)


# ------------------------------------------------------------------ parsing
def echo_lines(source: str) -> str:
    """The input as ``--echo`` shows it: ``>>> `` first, ``... `` after."""
    lines = source.split("\n")
    shown = [_prompted(PROMPT, lines[0])]
    shown += [_prompted(CONTINUATION, text) for text in lines[1:]]
    return "\n".join(shown)


def _prompted(prompt: str, text: str) -> str:
    return f"{prompt} {text}" if text else prompt


def _is_prompt(line: str, prompt: str) -> bool:
    return line.startswith(prompt + " ") or line.rstrip() == prompt


def _strip_prompt(line: str, prompt: str) -> str:
    return line[len(prompt) + 1 :] if line.startswith(prompt + " ") else ""


def has_prompts(text: str) -> bool:
    return any(_is_prompt(line, PROMPT) for line in text.replace("\r", "").split("\n"))


def parse_lines(lines: list[str], path: Path, start: int, end: int, index: int = 0) -> Transcript:
    """The transcript in ``lines[start:end]`` (lines without line endings)."""
    statements: list[Statement] = []
    i = start
    while i < end and not _is_prompt(lines[i], PROMPT):
        i += 1  # preamble
    while i < end:
        first = i
        source = [_strip_prompt(lines[i], PROMPT)]
        i += 1
        while i < end and _is_prompt(lines[i], CONTINUATION):
            source.append(_strip_prompt(lines[i], CONTINUATION))
            i += 1
        output_start = i
        while i < end and not _is_prompt(lines[i], PROMPT):
            i += 1
        output_end = i
        if i == end:  # trailing blank lines of the transcript are not output
            while output_end > output_start and not lines[output_end - 1].strip():
                output_end -= 1
        statements.append(
            Statement(first + 1, "\n".join(source), lines[output_start:output_end],
                      output_start, output_end)
        )
    return Transcript(path, start + 1, index, statements)


def split_file(text: str) -> tuple[list[str], list[str]]:
    """Raw lines (keeping a final ``\\r``) and their contents."""
    raw = text.split("\n")
    return raw, [line[:-1] if line.endswith("\r") else line for line in raw]


def _fences(lines: list[str]) -> Iterable[tuple[int, int]]:
    """(opening line index, closing line index) of each ``gradsh`` fence."""
    i = 0
    while i < len(lines):
        match = _FENCE_OPEN.match(lines[i])
        if not match:
            i += 1
            continue
        fence = match["fence"]
        close = re.compile(rf"^ {{0,3}}{fence[0]}{{{len(fence)},}}\s*$")
        j = i + 1
        while j < len(lines) and not close.match(lines[j]):
            j += 1
        info = match["info"].split()
        if info and info[0] == "gradsh":
            yield i, j
        i = j + 1


def parse_text(text: str, path: Path) -> list[Transcript]:
    """The transcripts in a file's text: one per ``gradsh`` fence in Markdown."""
    _, lines = split_file(text)
    if path.suffix.lower() != ".md":
        return [parse_lines(lines, path, 0, len(lines))] if has_prompts(text) else []
    transcripts = []
    for index, (open_at, close_at) in enumerate(_fences(lines)):
        transcript = parse_lines(lines, path, open_at + 1, close_at, index)
        if not transcript.statements:
            raise TranscriptError(f"{path}:{open_at + 1}: gradsh fence without a '>>> ' input")
        transcript.fence_line = open_at + 1
        transcripts.append(transcript)
    return transcripts


def read_text(path: Path) -> str:
    from gradsh.source_files import SourceTooLarge, read_source  # noqa: PLC0415

    try:
        return read_source(str(path), newline="")  # bounded: --check /dev/zero
    except SourceTooLarge as exc:
        raise TranscriptError(f"cannot read '{path}': {exc}") from None
    except OSError as exc:
        raise TranscriptError(f"cannot open '{path}': {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise TranscriptError(f"cannot read '{path}': {exc}") from None


def load(path: Path) -> list[Transcript]:
    """The transcripts of one file; a file without any is an error."""
    transcripts = parse_text(read_text(path), path)
    if not transcripts:
        markdown = path.suffix.lower() == ".md"
        what = "no ```gradsh fence" if markdown else "no line starting with '>>> '"
        raise TranscriptError(f"{path}: not a transcript ({what})")
    return transcripts


def collect(paths: Iterable[str | Path]) -> list[Path]:
    """Transcript files named by ``paths``: files as given, folders searched."""
    found: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            candidates = sorted(p for p in path.rglob("*") if p.suffix.lower() in (".gsh", ".md"))
            found += [p for p in candidates if p.is_file() and _looks_like_transcript(p)]
        elif path.exists():
            found.append(path)
        else:
            raise TranscriptError(f"cannot open '{path}': No such file or directory")
    return found


def _looks_like_transcript(path: Path) -> bool:
    try:
        text = read_text(path)
    except TranscriptError:
        return False
    if path.suffix.lower() == ".md":
        return any(True for _ in _fences(split_file(text)[1]))
    return has_prompts(text)


# ------------------------------------------------------------------ xfail
def xfail_reason(transcript: Transcript) -> Optional[str]:
    """The reason ``xfail.txt`` next to the transcript gives, or None."""
    table = _read_xfail(transcript.path.parent / XFAIL_FILE)
    file_name = transcript.path.name
    if transcript.fence_line is not None:
        specific = table.get(f"{file_name}:{transcript.fence_line}")
        if specific is not None:
            return specific
    return table.get(file_name)


def _read_xfail(path: Path) -> dict[str, str]:
    if not path.is_file():
        return {}
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, _, reason = line.partition(": ")
        table[name.strip().rstrip(":")] = reason.strip() or "expected to fail"
    return table
