"""Errors as data: type, message, source span and notes, rendered at the edge.

The evaluator turns every failure of a statement into a :class:`Diagnostic`;
the CLI, the shell and the transcript runner decide how to show it.  The first
line is always ``ErrorType: message`` in PyTorch's words; gradsh's own
explanations go on the following lines, indented by two spaces.
"""
from __future__ import annotations

from typing import Optional

from .ast import Span


class Diagnostic(Exception):
    """One error or warning: type, message, where, and gradsh's notes."""

    def __init__(self, type_name: str, message: str, span: Optional[Span] = None,
                 filename: str = "<input>", source_line: Optional[str] = None,
                 notes: Optional[list] = None):
        super().__init__(type_name, message)
        self.type_name = type_name  # 'RuntimeError', 'SyntaxError', 'UserWarning', ...
        self.message = message
        self.span = span
        self.filename = filename
        self.source_line = source_line  # the text of the line the span starts on
        self.notes = [] if notes is None else notes

    def __repr__(self) -> str:
        return f"Diagnostic({self.type_name!r}, {self.message!r}, span={self.span!r})"

    def __eq__(self, other) -> bool:
        return isinstance(other, Diagnostic) and (
            self.type_name, self.message, self.span, self.filename, self.notes) == (
            other.type_name, other.message, other.span, other.filename, other.notes)

    __hash__ = Exception.__hash__

    def __str__(self) -> str:
        return f"{self.type_name}: {self.message}"

    def headline(self) -> str:
        return f"{self.type_name}: {self.message}" if self.message else self.type_name

    def render(self, *, location: bool = False, caret: bool = False) -> str:
        """The diagnostic as text.

        location: prefix ``FILE:LINE: `` (batch mode's stderr format).
        caret: add the source line and a caret under the column (syntax errors).
        """
        head = self.headline()
        if location and self.span is not None and self.span.line:
            head = f"{self.filename}:{self.span.line}: {head}"
        lines = [head]
        if caret and self.source_line is not None and self.span is not None:
            text = self.source_line.rstrip("\n")
            lines.append("    " + text)
            column = max(self.span.column, 1)
            lines.append("    " + " " * (column - 1) + "^")
        lines.extend("  " + note for note in self.notes)
        return "\n".join(lines)


def exception_type_name(exc: BaseException) -> str:
    """The name users see for an exception raised by the engine or built-ins."""
    return type(exc).__name__


def exception_message(exc: BaseException) -> str:
    return str(exc)  # KeyError's str quotes its key, as Python prints it


class QuitRequested(BaseException):
    """Raised by ``:quit``, ``exit()`` and ``quit()``; the shell or CLI ends the
    session (``code``: the exit status asked for, None for the usual one)."""

    def __init__(self, code: object = None) -> None:
        super().__init__(code)
        self.code = code


def closest(word: str, candidates, cutoff: float = 0.6):
    """The candidate a user most likely meant, or None.

    A name the word begins (``x.gr`` -> ``grad``) wins over difflib's closest
    spelling (which would pick ``ger``); otherwise difflib decides.
    """
    import difflib

    names = sorted(set(candidates))
    if len(word) >= 2:
        starting = [name for name in names if name.startswith(word) and name != word]
        if starting:
            return min(starting, key=len)
    close = difflib.get_close_matches(word, names, n=1, cutoff=cutoff)
    return close[0] if close else None
