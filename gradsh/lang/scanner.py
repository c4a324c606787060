"""A light pass over source text: brackets, strings, comments and lines.

It does not tokenize expressions.  It answers the questions that come before
parsing and never raise:

- where the logical lines are (a newline inside brackets or a string, or after
  a backslash, does not end one), and which of them are blank, comments or
  ``:`` commands (and IPython's ``NAME?`` and ``%magic`` lines) — for
  :func:`split_chunks` and the parser;
- whether the text is complete (no open bracket or string, no trailing
  backslash, no block still waiting for its empty line) — for
  :func:`is_complete`, which the line readers use;
- the first error Python's tokenizer would report (an unterminated string, a
  closing bracket that matches nothing) and the brackets left open at the end.
"""
from __future__ import annotations

import re
from typing import NamedTuple, Optional

CLOSER_OF = {"(": ")", "[": "]", "{": "}"}
OPENER_OF = {")": "(", "]": "[", "}": "{"}
_STRING_PREFIX = re.compile(r"(?<![\w])([rRbBuUfF]{1,2})$")
_BLOCK_CONTINUATION = re.compile(r"(else|elif|except|finally)\b")
# IPython's habits, taken whole as commands: `NAME?`, `NAME??`, `?NAME` (help)
# and `%magic ...` lines (never Python: a statement cannot start with % or end with ?)
_IPYTHON_LINE = re.compile(r"%[^\W\d]|\?{1,2}[^\W\d][\w.]*\Z|[^\W\d][\w.]*\?{1,2}\Z")
_BLOCK_HEADER = re.compile(
    r"(for|while|if|elif|else|with|def|class|try|except|finally|async)\b|@")


class LogicalLine(NamedTuple):
    first: int  # 0-based index of its first physical line
    last: int  # 0-based index of its last physical line
    kind: str  # 'code', 'blank' (only spaces or a comment) or 'command'
    indented: bool  # starts with a space or a tab


class ScanError(NamedTuple):
    message: str
    line: int  # 0-based line index
    column: int  # 0-based column


class ScanResult:
    """What a scan found (a plain class: dataclasses cost start-up time)."""

    def __init__(self, lines: list):
        self.lines = lines  # physical lines, without their line ends
        self.logical: list = []  # of LogicalLine
        self.error: Optional[ScanError] = None  # the first tokenizer-level error
        self.open_brackets: list = []  # (char, line, column) left open
        self.open_string = False  # a string still open at the end (may continue)
        self.continued = False  # the text ends with a backslash continuation
        self.error_at_end = False  # the error is only that a string is still open


def _string_start(line: str, column: int) -> int:
    """The column where the string starting at `column` begins, prefix included."""
    match = _STRING_PREFIX.search(line[:column])
    return match.start(1) if match else column


class _Scanner:
    def __init__(self, text: str) -> None:
        self.lines = text.replace("\r\n", "\n").split("\n")
        if len(self.lines) > 1 and self.lines[-1] == "":
            self.lines.pop()  # the text's final newline does not start a line
        self.result = ScanResult(lines=self.lines)
        self.stack: list = []  # (char, line, column) of open brackets
        self.string: Optional[tuple] = None  # (quote, line, column) of an open string

    def fail(self, message: str, line: int, column: int) -> None:
        if self.result.error is None:
            self.result.error = ScanError(message, line, column)

    def run(self) -> ScanResult:
        start: Optional[int] = None  # first line of the logical line being read
        kind = "blank"
        for index, line in enumerate(self.lines):
            if start is None:
                start, kind = index, self.classify(line)
                if kind == "command":  # taken whole: its text is not Python
                    self.end_logical(start, index, kind)
                    start = None
                    continue
            continued = self.scan_line(index, line)
            if self.string is None and not self.stack and not continued:
                self.end_logical(start, index, kind)
                start = None
            elif index == len(self.lines) - 1:
                self.result.continued = continued
        if start is not None:
            self.end_logical(start, len(self.lines) - 1, kind)
        self.finish()
        return self.result

    @staticmethod
    def classify(line: str) -> str:
        stripped = line.strip()
        if stripped.startswith(":") or _IPYTHON_LINE.match(stripped):
            return "command"
        if not stripped or stripped.startswith("#"):
            return "blank"  # such a line never continues: nothing is open before it
        return "code"

    def end_logical(self, first: int, last: int, kind: str) -> None:
        indented = self.lines[first][:1] in (" ", "\t") and kind != "blank"
        self.result.logical.append(LogicalLine(first, last, kind, indented))

    def scan_line(self, index: int, line: str) -> bool:
        """Scan one physical line; True when a backslash continues it."""
        column = 0
        if self.string is not None:
            column = self.scan_string(index, line, 0)
        while column < len(line):
            char = line[column]
            if char == "#":
                return False
            if char in "'\"":
                triple = line[column:column + 3] in ('"""', "'''")
                quote = line[column:column + 3] if triple else char
                self.string = (quote, index, _string_start(line, column))
                column = self.scan_string(index, line, column + len(quote))
                continue
            if char == "\\":
                if column == len(line) - 1:
                    return True
                self.fail("unexpected character after line continuation character",
                          index, column + 1)
            elif char in CLOSER_OF:
                self.stack.append((char, index, column))
            elif char in OPENER_OF:
                self.close_bracket(char, index, column)
            column += 1
        return False

    def scan_string(self, index: int, line: str, column: int) -> int:
        """Read the open string from `column`; the column after it (or the line end)."""
        quote, _, _ = self.string
        while column < len(line):
            char = line[column]
            if char == "\\":
                if column == len(line) - 1:
                    return len(line) + 1  # backslash-newline: the string goes on
                column += 2
                continue
            if line.startswith(quote, column):
                self.string = None
                return column + len(quote)
            column += 1
        if len(quote) == 1 and not line.endswith("\\"):
            _, line_index, start = self.string
            self.fail(f"unterminated string literal (detected at line {index + 1})",
                      line_index, start)
            self.string = None
        return column

    def close_bracket(self, char: str, index: int, column: int) -> None:
        if not self.stack:
            self.fail(f"unmatched '{char}'", index, column)
            return
        opener, line, _ = self.stack.pop()
        if CLOSER_OF[opener] != char:
            where = f" on line {line + 1}" if line != index else ""
            self.fail(f"closing parenthesis '{char}' does not match opening "
                      f"parenthesis '{opener}'{where}", index, column)

    def finish(self) -> None:
        if self.string is not None:
            quote, line, column = self.string
            self.result.open_string = True
            self.result.error_at_end = self.result.error is None
            if len(quote) == 3:
                self.fail("unterminated triple-quoted string literal "
                          f"(detected at line {len(self.lines)})", line, column)
            else:
                self.fail(f"unterminated string literal (detected at line {len(self.lines)})",
                          line, column)
        self.result.open_brackets = list(self.stack)


def scan(text: str) -> ScanResult:
    return _Scanner(text).run()


def split_chunks(text: str) -> list[tuple[int, str]]:
    """The top-level statement groups of a script, as (first line, text).

    A chunk ends at a newline outside brackets and strings.  Blank and
    comment-only lines make no chunk of their own; an indented line, or one
    starting with else/elif/except/finally, continues the previous chunk, and
    so does whatever follows a decorator line.
    Never raises: an unclosed bracket extends its chunk to the end.
    """
    result = scan(text)
    spans: list = []  # [first, last] physical line indices
    decorated = False  # the previous line was a decorator
    for logical in result.logical:
        if logical.kind == "blank":
            continue
        code = result.lines[logical.first].lstrip()
        continues = logical.indented or _BLOCK_CONTINUATION.match(code) or decorated
        if spans and continues:
            spans[-1][1] = logical.last
        else:
            spans.append([logical.first, logical.last])
        decorated = code.startswith("@")
    return [(first + 1, "\n".join(result.lines[first:last + 1])) for first, last in spans]


def is_complete(text: str) -> bool:
    """False while the text needs more lines, as Python's REPL reads input:
    open brackets or strings, a trailing backslash, or a block (a line
    starting with ``for``, ``if``, ``def``, ...) not yet ended by an empty
    line.  Errors count as complete (parsing reports them)."""
    result = scan(text)
    if result.error is not None and not result.error_at_end:
        return True
    if result.open_brackets or result.open_string or result.continued:
        return False
    has_block = any(logical.kind == "code"
                    and _BLOCK_HEADER.match(result.lines[logical.first].lstrip())
                    for logical in result.logical)
    if not has_block:
        return True
    last = text.replace("\r\n", "\n").split("\n")
    return len(last) > 1 and not last[-1].strip()
