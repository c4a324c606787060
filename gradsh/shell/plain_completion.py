"""The shell's completions for plain text and a cursor, without a terminal.

The Jupyter kernel asks for completions as (code, cursor); this feeds the
same GradshCompleter a prompt_toolkit Document (kept here: only the shell
imports prompt_toolkit).
"""
from __future__ import annotations

from typing import Any, Callable

from prompt_toolkit.completion import CompleteEvent
from prompt_toolkit.document import Document

from .app import sources_for
from .completer import GradshCompleter


def completer_for(interpreter: Any) -> Callable[[str, int], list[tuple[int, str, str]]]:
    """A function (text, cursor) -> [(start_position, completion text, description)]."""
    completer = GradshCompleter(sources_for(interpreter))

    def complete(text: str, cursor: int) -> list[tuple[int, str, str]]:
        found = completer.get_completions(Document(text, cursor), CompleteEvent())
        return [(c.start_position, c.text, c.display_meta_text) for c in found]

    return complete
