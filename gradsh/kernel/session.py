"""One gradsh workspace driven cell by cell, as the kernel and ``--check nb.ipynb`` use it.

No Jupyter import here: a cell's outputs are handed to ``emit(kind, text)``
as they come, with kind ``stdout`` or ``stderr`` (streams), ``result`` (the
``text/plain`` of the value of the cell's last statement when nothing is
printed after it, as IPython shows ``Out[n]``) or ``error`` (then ``text`` is the rendered
diagnostic, whose headline is ``ename: evalue``), and with ``rich`` a MIME
type (``image/svg+xml``: a ``:graph`` cell's picture, after its text).  The bytes are the shell's:
the concatenation of a cell's outputs is what ``gradsh`` prints for it.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Optional

Emit = Callable[[str, str], None]
_SYNTAX_ERRORS = ("SyntaxError", "IndentationError")


@dataclass
class CellError:
    ename: str
    evalue: str
    lines: list[str]  # the error as the shell shows it: headline, caret, notes


class Session:
    """A workspace; ``run_cell`` runs one cell's statements in it."""

    def __init__(self, emit: Optional[Emit] = None, rich: bool = False,
                 display: Optional[Callable[[dict], None]] = None) -> None:
        from gradsh.lang.evaluator import Interpreter

        self.emit: Emit = emit or (lambda kind, text: None)
        self.interpreter = Interpreter(output=self._stdout, warn=self._warn)
        self.interpreter.echo = self._echo  # the last value of a cell is its result
        run_statement = self.interpreter.run_statement

        def run_top_level(*args: Any, **kwargs: Any) -> None:
            self._flush_pending()  # a value shown before another statement is output
            run_statement(*args, **kwargs)

        self.interpreter.run_statement = run_top_level
        self._pending: Optional[str] = None  # a value's text not yet followed by output
        self.cells = 0
        self.rich = rich  # the kernel's: pictures too (rich.py); --check compares text only
        if rich and display is not None:  # :plot/:hist/:imshow as a PNG (docs/plots.md)
            def show_image(png: bytes, text: str) -> None:
                import base64  # noqa: PLC0415

                self._flush_pending()
                display({"image/png": base64.b64encode(png).decode("ascii"),
                         "text/plain": text})

            self.interpreter.show_image = show_image
        self._completer: Any = None

    # ------------------------------------------------------------ output
    def _flush_pending(self) -> None:
        if self._pending is not None:
            text, self._pending = self._pending, None
            self.emit("stdout", text + "\n")

    def _stdout(self, text: str) -> None:
        if text:
            self._flush_pending()
            self.emit("stdout", text)

    def _warn(self, diagnostic: Any) -> None:
        self._flush_pending()
        self.emit("stderr", diagnostic.render() + "\n")

    def _echo(self, value: Any) -> None:
        from gradsh.display import repr_value

        self._flush_pending()
        self._pending = repr_value(value)

    # ------------------------------------------------------------ running
    def run_cell(self, code: str) -> Optional[CellError]:
        """Run a cell; its outputs go to ``emit``; the error that stopped it, if any.

        Ctrl-C (the kernel's interrupt) stops the statement running, which is
        undone as in the shell; the workspace keeps what the statements
        before it did.
        """
        from gradsh.lang.diagnostics import Diagnostic, QuitRequested

        self.cells += 1
        self._pending = None
        error: Optional[CellError] = None
        try:
            self.interpreter.run_source(code, f"<cell {self.cells}>", 1)
        except Diagnostic as diagnostic:
            caret = diagnostic.type_name in _SYNTAX_ERRORS
            error = CellError(diagnostic.type_name, diagnostic.message,
                              diagnostic.render(caret=caret).split("\n"))
        except (QuitRequested, SystemExit):
            pass  # :quit and exit() end nothing in a notebook; the kernel's restart does
        except KeyboardInterrupt:
            error = CellError("KeyboardInterrupt", "", ["KeyboardInterrupt"])
        except Exception as exc:  # a bug in gradsh: one line, as the shell shows it
            error = CellError(type(exc).__name__, str(exc), [f"{type(exc).__name__}: {exc}"])
        if error is not None:
            self._flush_pending()
        elif self._pending is not None:
            text, self._pending = self._pending, None
            self.emit("result", text)
        elif self.rich:
            from gradsh.kernel.rich import graph_svg

            svg = graph_svg(self.interpreter, code)
            if svg is not None:
                self.emit("image/svg+xml", svg)
        return error

    # ------------------------------------------------------------ questions
    def is_complete(self, code: str) -> tuple[str, str]:
        """("complete" | "incomplete" | "invalid", the indent of the next line)."""
        from gradsh.lang.parser import is_complete
        from gradsh.shell import rules

        if not code.strip() or is_complete(code):
            return "complete", ""
        if rules.ready_to_run(code):
            return "invalid", ""
        last = code.rstrip("\n").split("\n")[-1]
        return "incomplete", rules.next_indent(last)

    def complete(self, code: str, cursor: int) -> tuple[int, int, list[tuple[str, str]]]:
        """(start, end, [(text, description)]) from the shell's completer."""
        if self._completer is None:
            from gradsh.shell.plain_completion import completer_for

            self._completer = completer_for(self.interpreter)
        found = self._completer(code, cursor)
        start = cursor + min((offset for offset, _, _ in found), default=0)
        matches = []
        for offset, text, meta in found:
            matches.append((code[start:cursor + offset] + text, meta))
        return start, cursor, matches

    def inspect(self, code: str, cursor: int, detail: int = 0) -> Optional[str]:
        """What ``:help NAME`` prints for the name at the cursor (``NAME??`` when detail > 0)."""
        from gradsh.lang.helptext import NoHelp, help_for

        name = name_at(code, cursor)
        if not name:
            return None
        try:
            return help_for(self.interpreter, name + ("??" if detail else ""))
        except NoHelp:
            return None
        except Exception:  # a lookup that fails is no help, never an error
            return None


def name_at(code: str, cursor: int) -> str:
    """The dotted name (or ``:command``) around ``cursor``; before an open call, its callee."""
    def word_char(c: str) -> bool:
        return c.isalnum() or c in "_."

    start = end = min(cursor, len(code))
    while end < len(code) and word_char(code[end]):
        end += 1
    while start > 0 and word_char(code[start - 1]):
        start -= 1
    if start == end:  # inside a call's parentheses: the callee
        depth, i = 0, start - 1
        while i >= 0:
            if code[i] == ")":
                depth += 1
            elif code[i] == "(":
                if depth == 0:
                    return name_at(code, i)
                depth -= 1
            elif code[i] == "\n":
                break
            i -= 1
        return ""
    if start > 0 and code[start - 1] == ":":
        start -= 1
    return code[start:end].strip(".")
