"""The interactive shell: a prompt_toolkit session around the CLI's Runner.

``>>> `` and ``... `` prompts; history in ``$XDG_DATA_HOME/gradsh/history``
(``~/.local/share/gradsh/history``), written after every statement; Tab
completion (completer.py), highlighting (lexer.py), multi-line input
(keys.py: a line that cannot parse is run and answered with its error, never
held), Emacs or Vi editing (``:set editing_mode``, read before each prompt)
and, while a statement runs longer than a second, its elapsed time under the
input (status.py).  Statements run through the Runner, so their output goes
through the interpreter's output function, as in batch mode.
"""
from __future__ import annotations

import os
import sys
from typing import Any

from prompt_toolkit import PromptSession
from prompt_toolkit.enums import EditingMode
from prompt_toolkit.history import FileHistory, History, InMemoryHistory
from prompt_toolkit.output import ColorDepth
from prompt_toolkit.styles import DynamicStyle, Style, merge_styles

from .completer import GradshCompleter, Sources
from .keys import key_bindings
from .lexer import THEMES, GradshLexer
from .status import RunningStatus

PROMPT, CONTINUATION = ">>> ", "... "
_PLAIN_STYLE = Style.from_dict({
    "completion-menu.completion.current": "reverse",
    "completion-menu.meta.completion.current": "reverse",
})


def history_path() -> str:
    """``$XDG_DATA_HOME/gradsh/history``, else ``~/.local/share/gradsh/history``."""
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(
        os.path.expanduser("~"), ".local", "share")
    return os.path.join(base, "gradsh", "history")


def open_history(path: str | None) -> History:
    """A FileHistory, or one kept in memory when the folder cannot be written."""
    if path is None:
        return InMemoryHistory()
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "a", encoding="utf-8"):
            pass
    except OSError:
        return InMemoryHistory()
    return FileHistory(path)


def sources_for(interpreter: Any) -> Sources:
    """The completer's late-bound view of the interpreter and the registries."""

    def torch_names() -> dict:
        return interpreter.unqualified()

    def ops() -> dict:
        from gradsh.engine.registry import OPS

        return OPS

    def commands() -> dict:
        from gradsh.lang.commands import COMMANDS

        return COMMANDS

    def settings() -> tuple:
        from gradsh.lang.commands import SETTING_NAMES

        return SETTING_NAMES

    def dtype_names() -> list:
        from gradsh.engine.dtypes import DTYPE_NAMES

        return sorted(DTYPE_NAMES)

    def help_topics() -> dict:
        from gradsh.lang.commands import HELP_TOPICS

        return HELP_TOPICS

    return Sources(workspace=lambda: interpreter.workspace,
                   builtins=lambda: interpreter.builtins, torch_names=torch_names, ops=ops,
                   commands=commands, settings=settings, dtype_names=dtype_names,
                   help_topics=help_topics)


class Shell:
    """Reads statements with prompt_toolkit and runs them through a Runner."""

    def __init__(self, runner: Any, color: bool = True,
                 history_file: str | None = "", input: Any = None,
                 output: Any = None, status_after: float | None = None) -> None:
        self.runner = runner
        self.color = color
        self.status_after = status_after  # seconds before the running status shows
        self.line_number = 0
        interpreter = runner.interpreter
        # :plot and friends draw to this terminal's size, in colour unless NO_COLOR says not.
        interpreter.terminal_plots = "color" if color else "mono"
        if history_file == "":
            history_file = history_path()

        def highlighted_names() -> frozenset:
            names = set(interpreter.builtins)
            if "gradsh.engine.namespace" in sys.modules:  # never load the engine to colour
                names.update(interpreter.unqualified())
            return frozenset(names)

        lexer = GradshLexer(highlighted_names, lambda: frozenset(interpreter.workspace))
        self.completer = GradshCompleter(sources_for(interpreter))
        self.session: PromptSession = PromptSession(
            multiline=True,
            prompt_continuation=lambda width, line_number, soft_wrap: CONTINUATION,
            history=open_history(history_file),
            completer=self.completer,
            complete_while_typing=False,
            lexer=lexer if color else None,
            style=DynamicStyle(self._style),  # :set theme takes effect at the next prompt
            include_default_pygments_style=False,
            color_depth=None if color else ColorDepth.MONOCHROME,
            key_bindings=key_bindings(),
            input=input,
            output=output,
        )

    def _style(self) -> Any:
        theme = self.runner.interpreter.settings.get("theme", "dark")
        styles = self.__dict__.setdefault("_styles", {})  # one merged style per theme
        if theme not in styles:
            colours = THEMES.get(theme, THEMES["dark"]) if self.color else THEMES["none"]
            styles[theme] = merge_styles([colours, _PLAIN_STYLE])
        return styles[theme]

    def read(self) -> str:
        """One statement; raises EOFError (Ctrl-D) or KeyboardInterrupt (Ctrl-C)."""
        mode = self.runner.interpreter.settings.get("editing_mode", "emacs")
        self.session.editing_mode = EditingMode.VI if mode == "vi" else EditingMode.EMACS
        return self.session.prompt(PROMPT)

    def _run_statement(self, text: str, first_line: int) -> bool:
        if self.status_after is None:
            return self.runner.run_statement(text, "<stdin>", first_line)
        with RunningStatus(delay=self.status_after, color=self.color):
            return self.runner.run_statement(text, "<stdin>", first_line)

    def execute(self, text: str) -> bool:
        """Run one statement; False when the session should end (:quit)."""
        first_line = self.line_number + 1
        self.line_number += text.count("\n") + 1
        self.runner.failed = False
        try:
            return self._run_statement(text, first_line)
        except KeyboardInterrupt:  # the workspace is kept: a statement is all or nothing
            self.runner.interpreter.output("\nKeyboardInterrupt\n")
            return True
        finally:
            sys.stdout.flush()

    def run(self) -> int:
        """The read-run loop; the exit status of the session."""
        while True:
            try:
                text = self.read()
            except KeyboardInterrupt:  # Ctrl-C abandons the line being typed
                self.runner.interpreter.output("KeyboardInterrupt\n")
                continue
            except EOFError:  # Ctrl-D
                return 0
            text = text.rstrip()
            if not text.strip():
                continue
            if text.strip() in (":quit", ":q"):
                return 0
            if not self.execute(text):
                return 0


def run_shell(runner: Any, color: bool = True) -> int:
    """The interactive session on the terminal."""
    return Shell(runner, color=color, status_after=1.0).run()
