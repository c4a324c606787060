"""Executable transcripts: parse, run, compare and update (SPEC §8).

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

import contextlib
import difflib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, TextIO

PROMPT = ">>>"
CONTINUATION = "..."
XFAIL_FILE = "xfail.txt"
_FENCE_OPEN = re.compile(r"^(?P<indent> {0,3})(?P<fence>`{3,}|~{3,})\s*(?P<info>[^`]*)$")

InterpreterFactory = Callable[[Callable[[str], None], Callable[[object], None]], object]


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


@dataclass
class Mismatch:
    statement: Statement
    actual: list[str]

    def diff(self, path: Path) -> str:
        where = f"{display(path)}:{self.statement.line}"
        header = f"{where}: output differs\n{self.statement.prompt_text()}\n"
        body = difflib.unified_diff(
            self.statement.expected, self.actual, "expected", "actual", lineterm=""
        )
        return header + "\n".join(body)


@dataclass
class TranscriptResult:
    transcript: Transcript
    actual: list[list[str]]  # one list of output lines per statement
    mismatches: list[Mismatch] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.mismatches

    def report(self) -> str:
        return "\n\n".join(m.diff(self.transcript.path) for m in self.mismatches)


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


def _split_file(text: str) -> tuple[list[str], list[str]]:
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
    _, lines = _split_file(text)
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
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            return handle.read()
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
        return any(True for _ in _fences(_split_file(text)[1]))
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


# ------------------------------------------------------------------ running
def _default_factory(output: Callable[[str], None], warn: Callable[[object], None]) -> object:
    from gradsh.lang.evaluator import Interpreter

    return Interpreter(output=output, warn=warn)


@contextlib.contextmanager
def engine_defaults() -> Iterator[None]:
    """Run with the engine's global settings at their start-up values, then restore.

    Transcripts share one process (pytest, ``--check``) but each must see a
    fresh gradsh: print options, default dtype and grad mode are global in
    the engine, as they are in PyTorch.
    """
    from gradsh.engine import autograd, backend, dtypes, printing
    from gradsh.engine.ops import creation

    saved_options = printing.options.copy()
    saved_dtype = dtypes.get_default_dtype()
    saved_device = creation.current_default_device()
    saved_grad_mode = autograd.is_grad_enabled()
    fresh = printing.PrintOptions()
    try:
        _copy_options(fresh, printing.options)
        dtypes.set_default_dtype(dtypes.float32)
        autograd.set_grad_enabled(True)  # as a plain call it switches globally
        creation.set_default_device(backend.CPU)
        yield
    finally:
        _copy_options(saved_options, printing.options)
        dtypes.set_default_dtype(saved_dtype)
        creation.set_default_device(saved_device)
        autograd.set_grad_enabled(saved_grad_mode)


def _copy_options(source: object, target: object) -> None:
    for name in type(source).__slots__:
        setattr(target, name, getattr(source, name))


def render_inline(diagnostic: object) -> str:
    """An error or warning as a transcript shows it: ``ErrorType: message``."""
    render = getattr(diagnostic, "render", None)
    if render is not None:
        return render()
    return f"{type(diagnostic).__name__}: {diagnostic}"


def _normalize(lines: list[str]) -> list[str]:
    return [line.rstrip(" \t") for line in lines]


def _strip_trailing_blanks(lines: list[str]) -> list[str]:
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    return lines[:end]


def run(transcript: Transcript, factory: Optional[InterpreterFactory] = None) -> TranscriptResult:
    """Run every input in a fresh interpreter and compare with the expected output."""
    if factory is not None:
        return _run(transcript, factory)
    with engine_defaults():
        return _run(transcript, _default_factory)


def _run(transcript: Transcript, factory: InterpreterFactory) -> TranscriptResult:
    from gradsh.lang.diagnostics import QuitRequested
    from gradsh.lang.diagnostics import Diagnostic

    chunks: list[str] = []

    def output(text: str) -> None:
        chunks.append(text)

    def warn(diagnostic: object) -> None:
        _append_line(chunks, render_inline(diagnostic))

    interpreter = factory(output, warn)
    debug = os.environ.get("GRADSH_DEBUG") == "1"
    result = TranscriptResult(transcript, [])
    for number, statement in enumerate(transcript.statements):
        chunks.clear()
        try:
            interpreter.run_source(statement.source, str(transcript.path), statement.line)
        except Diagnostic as diagnostic:
            _append_line(chunks, render_inline(diagnostic))
        except QuitRequested:
            pass  # :quit in a transcript ends nothing: later inputs still run
        except Exception as exc:  # a bug in gradsh: show it where the output goes
            if debug:
                raise
            _append_line(chunks, f"{type(exc).__name__}: {exc}")
        text = "".join(chunks)
        actual = text.split("\n")
        if text.endswith("\n") or not text:
            actual.pop()
        expected = statement.expected
        if number == len(transcript.statements) - 1:
            actual = _strip_trailing_blanks(actual)
        result.actual.append(actual)
        compared = _notes_as_expected(actual, expected)
        if _normalize(compared) != _normalize(expected):
            result.mismatches.append(Mismatch(statement, compared))
    return result


_HEADLINE = re.compile(r"^[A-Za-z_][\w.]*(Error|Warning|Exception|Interrupt): ")
_NOTE = re.compile(r"^  \S")


def _notes_as_expected(actual: list[str], expected: list[str]) -> list[str]:
    """``actual`` without the note lines of errors whose notes ``expected`` omits.

    An error's first line is PyTorch's; gradsh's notes follow it, indented by
    two spaces. A transcript that records only the first line (the
    conformance transcripts, made by PyTorch) still matches; one that records
    the notes is compared on them too.
    """
    with_notes = {line for line, after in zip(expected, expected[1:])
                  if _HEADLINE.match(line) and _NOTE.match(after)}
    kept, index = [], 0
    while index < len(actual):
        line = actual[index]
        kept.append(line)
        index += 1
        if _HEADLINE.match(line) and line not in with_notes:
            while index < len(actual) and _NOTE.match(actual[index]):
                index += 1
    return kept


def _append_line(chunks: list[str], line: str) -> None:
    """Add a whole line, starting a new one if the output left one open."""
    if chunks and not chunks[-1].endswith("\n"):
        chunks.append("\n")
    chunks.append(line + "\n")


# ------------------------------------------------------------------ updating
def update_file(path: Path, results: list[TranscriptResult]) -> int:
    """Write the actual outputs of ``results`` (transcripts of ``path``) into it.

    Returns how many statements changed.  Everything else (prose, prompts,
    comments, line endings) stays byte for byte.
    """
    text = read_text(path)
    raw, _ = _split_file(text)
    crlf = "\r" if any(line.endswith("\r") for line in raw) else ""
    current = {t.index: t for t in parse_text(text, path)}
    edits: list[tuple[int, int, list[str]]] = []
    for result in results:
        transcript = current.get(result.transcript.index)
        if transcript is None or len(transcript.statements) != len(result.actual):
            raise TranscriptError(f"{path}: changed while running; not updated")
        for statement, actual in zip(transcript.statements, result.actual):
            if _normalize(actual) != _normalize(statement.expected):
                edits.append((statement.output_start, statement.output_end, actual))
    for start, end, actual in sorted(edits, reverse=True):
        raw[start:end] = [line + crlf for line in actual]
    if edits:
        with open(path, "w", encoding="utf-8", newline="") as handle:
            handle.write("\n".join(raw))
    return len(edits)


# ------------------------------------------------------------------ --check
def check(paths: Iterable[str | Path], update: bool, out: TextIO, err: TextIO) -> int:
    """``gradsh --check [--update] PATH...``: 0 all passed, 1 mismatches, 2 bad paths."""
    try:
        files = collect(paths)
        loaded = [(path, load(path)) for path in files]
    except TranscriptError as exc:
        err.write(f"gradsh: {exc}\n")
        return 2
    if not loaded:
        err.write("gradsh: no transcripts found\n")
        return 2
    transcripts = statements = failed = xfailed = changed = 0
    problems: list[str] = []
    for path, file_transcripts in loaded:
        to_update = []
        for transcript in file_transcripts:
            transcripts += 1
            statements += len(transcript.statements)
            reason = xfail_reason(transcript)
            result = run(transcript)
            if reason is not None:
                if result.passed:
                    failed += 1
                    problems.append(f"{transcript.name}: passed, but {XFAIL_FILE} expects "
                                    f"it to fail ({reason})")
                else:
                    xfailed += 1
                    out.write(f"{transcript.name}: expected failure ({reason})\n")
                continue
            if result.passed:
                continue
            failed += 1
            if update:
                to_update.append(result)
            else:
                problems.append(result.report())
        if to_update:
            changed += update_file(path, to_update)
            out.write(f"{path}: updated\n")
    for problem in problems:
        out.write(problem + "\n\n")
    out.write(_summary(transcripts, statements, failed, xfailed, update, changed) + "\n")
    return 1 if problems else 0


def _summary(transcripts: int, statements: int, failed: int, xfailed: int,
             update: bool, changed: int) -> str:
    head = f"{_plural(transcripts, 'transcript')}, {_plural(statements, 'statement')}: "
    if update and changed:
        text = head + f"updated {_plural(changed, 'statement')}"
    elif failed and not update:
        text = head + f"{failed} failed"
    else:
        text = head + "all passed"
    if xfailed:
        text += f" ({xfailed} expected {'failure' if xfailed == 1 else 'failures'})"
    return text


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"
