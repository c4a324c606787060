"""Key bindings: Enter runs or continues; indentation keys (rules.py has the rules).

- Enter runs the input when ``ready_to_run`` says so (complete, or holding
  an error no further line can repair: it is run and answered, never kept);
  otherwise it opens a new line indented by ``next_indent``.
- The indentation Enter puts on a new line is provisional: a space typed
  first replaces it, so indentation typed (or pasted key by key) is not
  doubled.  Tab at an indentation adds a level.
- Backspace with only spaces before the cursor removes one level (4 spaces).
- Typing the ``:`` of ``else:``/``elif ...:``/``except ...:``/``finally:``
  moves the line to the block it continues (``clause_indent``).
- Enter in a history search (Ctrl-R) takes the entry found and runs it
  whole, a multi-line one included.
- Ctrl-C (abandon the line), Ctrl-D (leave), Up/Down (history), Emacs and
  Vi editing (``:set editing_mode``) are prompt_toolkit's own.
"""
from __future__ import annotations

from prompt_toolkit.buffer import Buffer
from prompt_toolkit.document import Document
from prompt_toolkit.enums import DEFAULT_BUFFER
from prompt_toolkit.filters import (Condition, emacs_insert_mode, has_completions, has_focus,
                                    has_selection, is_searching, vi_insert_mode)
from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent

from .rules import (INDENT, backspace_width, clause_indent, next_indent,  # noqa: F401
                    ready_to_run)

_provisional: dict = {}  # the input Enter left, while its new line's indentation is untouched


def _open_brackets(text: str) -> bool:
    from gradsh.lang.scanner import scan

    return bool(scan(text).open_brackets)


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
    indent = next_indent(line, _open_brackets(buffer.document.text_before_cursor))
    buffer.insert_text("\n" + indent)
    _provisional["state"] = (buffer, buffer.text, buffer.cursor_position) if indent else None


def _set_indent(buffer: Buffer, indent: str) -> None:
    """Give the cursor's line ``indent`` in place of its own."""
    document = buffer.document
    row = document.cursor_position_row
    line = document.current_line
    start = document.translate_row_col_to_index(row, 0)
    old = len(line) - len(line.lstrip())
    text = document.text[:start] + indent + document.text[start + old:]
    cursor = max(document.cursor_position + len(indent) - old, start + len(indent))
    buffer.document = Document(text, cursor)


def run_found(buffer: Buffer) -> None:
    """After a history search: run the entry found, however many lines it has."""
    from gradsh.lang.parser import is_complete

    text = buffer.text
    if ready_to_run(text) or is_complete(text.rstrip() + "\n"):
        buffer.document = Document(text.rstrip(), len(text.rstrip()))
        buffer.validate_and_handle()


def key_bindings() -> KeyBindings:
    bindings = KeyBindings()
    in_input = has_focus(DEFAULT_BUFFER)
    inserting = (emacs_insert_mode | vi_insert_mode) & ~has_selection

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

    @bindings.add("enter", filter=is_searching)
    def _enter_in_search(event: KeyPressEvent) -> None:
        from prompt_toolkit.search import accept_search

        accept_search()
        run_found(event.app.current_buffer)

    def current_buffer() -> Buffer:
        from prompt_toolkit.application import get_app

        return get_app().current_buffer

    @Condition
    def at_indentation() -> bool:
        return not current_buffer().document.current_line_before_cursor.strip()

    @Condition
    def provisional_indent() -> bool:
        buffer = current_buffer()
        state = _provisional.get("state")
        return state is not None and state == (buffer, buffer.text, buffer.cursor_position)

    @Condition
    def backspace_dedents() -> bool:
        return backspace_width(current_buffer().document.current_line_before_cursor) > 0

    @bindings.add("tab", filter=in_input & at_indentation & ~has_completions)
    def _indent(event: KeyPressEvent) -> None:
        event.current_buffer.insert_text(INDENT)

    @bindings.add("space", filter=in_input & inserting & provisional_indent)
    def _typed_indent(event: KeyPressEvent) -> None:
        """Indentation typed after Enter replaces the indentation Enter put there."""
        _provisional["state"] = None
        _set_indent(event.current_buffer, "")
        event.current_buffer.insert_text(" ")

    @bindings.add("backspace", filter=in_input & inserting & backspace_dedents)
    def _dedent(event: KeyPressEvent) -> None:
        buffer = event.current_buffer
        buffer.delete_before_cursor(backspace_width(buffer.document.current_line_before_cursor))

    @bindings.add(":", filter=in_input & inserting)
    def _colon(event: KeyPressEvent) -> None:
        buffer = event.current_buffer
        buffer.insert_text(":")
        document = buffer.document
        if document.current_line_after_cursor.strip():
            return
        indent = clause_indent(document.lines, document.cursor_position_row)
        if indent is not None:
            _set_indent(buffer, indent)

    return bindings
