"""What Enter and the editing keys do to the text, as plain functions of it.

No prompt_toolkit here (keys.py binds these to keys), so the rules can be
read and tested as text in, text out.

- ``ready_to_run``: Enter runs the input when it is complete, when it
  already holds an error that more lines cannot repair (``1 +* (``,
  ``for x in y:\\n    1 +* 2``), as Python's REPL (codeop) does, or when a
  block is followed by a statement back at the left margin (a pasted
  snippet, as IPython runs it); it opens a ``... `` line only for input that
  is unfinished: an open bracket or triple-quoted string, a trailing
  backslash, a block not yet ended by an empty line.  Nothing typed is ever
  kept for the next prompt.
- ``next_indent``: the indentation Enter gives the new line.
- ``clause_indent``: where ``else:``/``elif ...:``/``except ...:``/``finally:``
  belong, found from the block they continue.
- ``backspace_width``: how many spaces Backspace removes at an indentation.
"""
from __future__ import annotations

import re
from typing import Optional

INDENT = "    "
_CLAUSE = re.compile(r"(else|elif|except|finally)\b")
_FIRST_WORD = re.compile(r"[A-Za-z_]\w*")
_PARTNERS = {  # a clause continues a block opened by one of these
    "else": ("if", "elif", "for", "while", "try", "except"),
    "elif": ("if", "elif"),
    "except": ("try", "except"),
    "finally": ("try", "except", "else"),
}
_HEADER = re.compile(r"(for|while|if|elif|else|with|def|class|try|except|finally|async)\b|@")
_ENDS_BLOCK = re.compile(r"(return|pass|break|continue|raise)\b")


def ready_to_run(text: str) -> bool:
    """True when Enter should run the input rather than open another line."""
    from gradsh.lang.parser import is_complete

    if not text.strip():
        return True
    if text.rstrip(" \t").endswith("\\"):
        return False
    return is_complete(text) or _probe(text) != "more"


def _probe(text: str) -> str:
    """For input the scanner finds unfinished: "error" when it already has a
    syntax error inside what was typed, so no further line can make it valid;
    "done" when it is a block followed by a complete statement typed back at
    the left margin (as IPython runs a pasted snippet); "more" otherwise.

    The open brackets are closed on a line of their own and the result
    parsed: an error placed before the end of the typed text is a real one;
    one at the end only says that more is expected (``x.gard(``, ``if x:``).
    """
    from gradsh.lang.diagnostics import Diagnostic
    from gradsh.lang.parser import parse
    from gradsh.lang.scanner import CLOSER_OF, scan

    scanned = scan(text)
    if scanned.open_string or scanned.continued:
        return "more"
    probe = text
    if scanned.open_brackets:
        probe += "\n" + "".join(CLOSER_OF[char] for char, _, _ in reversed(scanned.open_brackets))
    try:
        parse(probe)
    except Diagnostic as diagnostic:
        span = diagnostic.span
        if span is None or not span.line:
            return "more"
        lines = text.split("\n")
        if span.line > len(lines):
            return "more"
        index = sum(len(line) + 1 for line in lines[:span.line - 1]) + max(span.column - 1, 0)
        return "error" if index < len(text.rstrip()) else "more"
    except Exception:  # the probe is only a guess: when unsure, let the user go on typing
        return "more"
    last = text.rstrip().split("\n")[-1]
    if scanned.open_brackets or "\n" not in text.strip() or last[:1].isspace():
        return "more"
    if _HEADER.match(last) or last.startswith(":"):
        return "more"
    return "done"


def _indent_of(line: str) -> str:
    return line[: len(line) - len(line.lstrip())]


def next_indent(line: str, in_brackets: bool = False) -> str:
    """The indentation of the line after ``line``: one level deeper after a
    ``:``, one level less after ``return``/``pass``/``break``/``continue``/
    ``raise``, the same inside brackets and otherwise."""
    indent = _indent_of(line)
    if in_brackets:
        return indent
    code = line.split("#", 1)[0].rstrip()
    if code.endswith(":"):
        return indent + INDENT
    if _ENDS_BLOCK.match(code.lstrip()):
        return indent[: max(len(indent) - len(INDENT), 0)]
    return indent


def clause_indent(lines: list[str], row: int) -> Optional[str]:
    """The indentation line ``row`` should have if it is an ``else``/``elif``/
    ``except``/``finally`` clause typed deeper than its block; None when it
    is not one, or is where it belongs already.

    Looking upwards, lines deeper than the clause are its block's body; the
    first line at the clause's depth or less decides: a partner (``if`` for
    ``else``, ``try`` for ``except``, ...) shallower than the clause is where
    it goes; anything else leaves the line alone."""
    line = lines[row]
    stripped = line.lstrip()
    match = _CLAUSE.match(stripped)
    if match is None:
        return None
    partners = _PARTNERS[match.group(1)]
    depth = len(line) - len(stripped)
    for previous in reversed(lines[:row]):
        code = previous.strip()
        if not code or code.startswith("#"):
            continue
        level = len(previous) - len(previous.lstrip())
        if level > depth:
            continue
        word = _FIRST_WORD.match(code)
        is_partner = word is not None and word.group() in partners
        if level == depth and not is_partner:
            continue
        return _indent_of(previous) if is_partner and level < depth else None
    return None


def backspace_width(before_cursor: str) -> int:
    """Spaces Backspace removes when only spaces precede the cursor on its line:
    back to the previous multiple of four (0: an ordinary Backspace)."""
    if not before_cursor or before_cursor.strip(" "):
        return 0
    return len(before_cursor) % len(INDENT) or len(INDENT)
