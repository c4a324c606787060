"""Executable transcripts: run, compare and update (SPEC §8).

The format, and reading transcripts from files and Markdown fences, is
:mod:`gradsh.transcript_files`; its public names are re-exported here.
"""
from __future__ import annotations

import contextlib
import difflib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional, TextIO

from gradsh.transcript_files import (  # noqa: F401 - re-exported
    CONTINUATION,
    PROMPT,
    XFAIL_FILE,
    Statement,
    Transcript,
    TranscriptError,
    collect,
    display,
    echo_lines,
    has_prompts,
    load,
    parse_lines,
    parse_text,
    read_text,
    split_file,
    xfail_reason,
)

InterpreterFactory = Callable[[Callable[[str], None], Callable[[object], None]], object]


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
    from gradsh.engine import autograd, backend, denormals, dtypes, printing, warn_once
    from gradsh.engine.ops import creation

    saved_options = printing.options.copy()
    saved_dtype = dtypes.get_default_dtype()
    saved_device = creation.current_default_device()
    saved_grad_mode = autograd.is_grad_enabled()
    saved_flush = denormals.FLUSH[0]
    fresh = printing.PrintOptions()
    try:
        _copy_options(fresh, printing.options)
        dtypes.set_default_dtype(dtypes.float32)
        autograd.set_grad_enabled(True)  # as a plain call it switches globally
        creation.set_default_device(backend.CPU)
        warn_once.reset()  # PyTorch's once-per-process warnings, afresh
        denormals.FLUSH[0] = False  # torch.set_flush_denormal
        yield
    finally:
        _copy_options(saved_options, printing.options)
        dtypes.set_default_dtype(saved_dtype)
        creation.set_default_device(saved_device)
        autograd.set_grad_enabled(saved_grad_mode)
        denormals.FLUSH[0] = saved_flush


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
    raw, _ = split_file(text)
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
    transcripts = statements = differing = unexpected = xfailed = changed = 0
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
                    unexpected += 1
                    problems.append(f"{transcript.name}: passed, but {XFAIL_FILE} expects "
                                    f"it to fail ({reason})")
                else:
                    xfailed += 1
                    out.write(f"{transcript.name}: expected failure ({reason})\n")
                continue
            if result.passed:
                continue
            differing += len(result.mismatches)
            if update:
                to_update.append(result)
            else:
                problems.append(result.report())
        if to_update:
            changed += update_file(path, to_update)
            out.write(f"{path}: updated\n")
    for problem in problems:
        out.write(problem + "\n\n")
    out.write(_summary(transcripts, statements, differing, unexpected, xfailed, update,
                       changed) + "\n")
    return 1 if problems else 0


def _summary(transcripts: int, statements: int, differing: int, unexpected: int,
             xfailed: int, update: bool, changed: int) -> str:
    """``3 transcripts, 40 statements: 2 differ``: statements whose output
    differs, not transcripts (a transcript that passes against its xfail.txt
    entry is counted on its own)."""
    head = f"{_plural(transcripts, 'transcript')}, {_plural(statements, 'statement')}: "
    failures = []
    if differing and not update:
        failures.append(f"{differing} {'differs' if differing == 1 else 'differ'}")
    if unexpected:
        failures.append(f"{_plural(unexpected, 'transcript')} passed unexpectedly")
    if update and changed:
        text = head + f"updated {_plural(changed, 'statement')}"
        if unexpected:
            text += ", " + failures[-1]
    elif failures:
        text = head + ", ".join(failures)
    else:
        text = head + "all passed"
    if xfailed:
        text += f" ({xfailed} expected {'failure' if xfailed == 1 else 'failures'})"
    return text


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"
