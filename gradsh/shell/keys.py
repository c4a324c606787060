"""Key bindings: Enter runs a complete statement or continues it; Tab indents.

Enter accepts the input when it is complete (``is_complete``: brackets and
strings closed, a block ended by an empty line); otherwise it opens a new
line, indented like the current one (one level deeper after a ``:``).
Ctrl-C (abandon the line), Ctrl-D (leave), Up/Down (history) and Ctrl-R
(search) are prompt_toolkit's own bindings.
"""
from __future__ import annotations

from prompt_toolkit.buffer import Buffer
from prompt_toolkit.document import Document
from prompt_toolkit.enums import DEFAULT_BUFFER
from prompt_toolkit.filters import Condition, has_completions, has_focus
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent

INDENT = "    "


def ready_to_run(text: str) -> bool:
    """True when Enter should run the input rather than open another line."""
    from gradsh.lang.parser import is_complete

    if not text.strip():
        return True
    if text.rstrip(" \t").endswith("\\"):
        return False
    return is_complete(text)


def next_indent(line: str) -> str:
    """The indentation of the line after ``line``."""
    indent = line[: len(line) - len(line.lstrip())]
    code = line.split("#", 1)[0].rstrip()
    return indent + INDENT if code.endswith(":") else indent


def accept_or_continue(buffer: Buffer) -> None:
    """What Enter does in the input buffer."""
    text = buffer.text
    if ready_to_run(text):
        stripped = text.rstrip()
        if stripped != text:  # the empty line that ended a block
            buffer.document = Document(stripped, len(stripped))
        buffer.validate_and_handle()
        return
    line = buffer.document.current_line_before_cursor
    buffer.insert_text("\n" + next_indent(line))


def key_bindings() -> KeyBindings:
    bindings = KeyBindings()
    in_input = has_focus(DEFAULT_BUFFER)

    @bindings.add("enter", filter=in_input & has_completions)
    def _close_menu(event: KeyPressEvent) -> None:
        """Enter on the menu keeps the chosen completion; with none chosen it runs."""
        buffer = event.current_buffer
        state = buffer.complete_state
        if state is not None and state.current_completion is not None:
            buffer.apply_completion(state.current_completion)
            return
        buffer.complete_state = None
        accept_or_continue(buffer)

    @bindings.add("enter", filter=in_input & ~has_completions)
    def _enter(event: KeyPressEvent) -> None:
        accept_or_continue(event.current_buffer)

    @Condition
    def at_indentation() -> bool:
        from prompt_toolkit.application import get_app

        before = get_app().current_buffer.document.current_line_before_cursor
        return not before.strip()

    @bindings.add("tab", filter=in_input & at_indentation & ~has_completions)
    def _indent(event: KeyPressEvent) -> None:
        event.current_buffer.insert_text(INDENT)

    return bindings
