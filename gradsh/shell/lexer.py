"""Syntax highlighting: a small regex tokenizer for gradsh lines.

Each line is lexed on its own (a string spanning lines is rare at a prompt),
and a ``:`` command line is shown as a command and its arguments.
"""
from __future__ import annotations

import keyword
import re
from collections.abc import Callable

from prompt_toolkit.document import Document
from prompt_toolkit.formatted_text import StyleAndTextTuples
from prompt_toolkit.lexers import Lexer
from prompt_toolkit.styles import Style

KEYWORDS = frozenset(keyword.kwlist)
CONSTANTS = frozenset({"True", "False", "None"})

_TOKEN = re.compile(r"""
    (?P<comment>\#.*)
  | (?P<string>[rRbBuUfF]{0,2}(?:'(?:\\.|[^'\\])*'?|"(?:\\.|[^"\\])*"?))
  | (?P<number>(?:0[xX][0-9a-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+
                 |(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d+)?j?))
  | (?P<name>[^\W\d]\w*)
  | (?P<operator>\*\*=?|//=?|<<=?|>>=?|[-+*/%@&|^~<>!=]=?|:=|->)
  | (?P<bracket>[()\[\]{}])
  | (?P<space>\s+)
  | (?P<other>.)
""", re.VERBOSE)
_COMMAND = re.compile(r"^(\s*)(:\S*|%[^\W\d]\S*)(.*)$")  # also IPython's `%timeit ...`

STYLE = Style.from_dict({
    "gradsh.keyword": "#c678dd bold",
    "gradsh.constant": "#d19a66",
    "gradsh.builtin": "#56b6c2",
    "gradsh.string": "#98c379",
    "gradsh.number": "#d19a66",
    "gradsh.comment": "#7f848e italic",
    "gradsh.operator": "#e06c75",
    "gradsh.command": "#61afef bold",
    "gradsh.argument": "",
    "gradsh.attribute": "#e5c07b",
    "gradsh.workspace": "#e5c07b bold",
})
# For a light background (the colours of VS Code's Light+).
LIGHT_STYLE = Style.from_dict({
    "gradsh.keyword": "#af00db bold",
    "gradsh.constant": "#0000ff",
    "gradsh.builtin": "#267f99",
    "gradsh.string": "#a31515",
    "gradsh.number": "#098658",
    "gradsh.comment": "#008000 italic",
    "gradsh.operator": "#af5f00",
    "gradsh.command": "#0451a5 bold",
    "gradsh.argument": "",
    "gradsh.attribute": "#795e26",
    "gradsh.workspace": "#001080 bold",
})
# ``:set theme NAME`` (lang/commands.py THEMES names them); ``none``: no colours.
THEMES = {"dark": STYLE, "light": LIGHT_STYLE, "none": Style([])}


def tokenize(line: str, builtins: frozenset = frozenset(),
             workspace: frozenset = frozenset()) -> StyleAndTextTuples:
    """(style, text) fragments of one line."""
    command = _COMMAND.match(line)
    if command:
        indent, name, rest = command.groups()
        return [("", indent), ("class:gradsh.command", name), ("class:gradsh.argument", rest)]
    fragments: StyleAndTextTuples = []
    previous = ""
    for match in _TOKEN.finditer(line):
        kind, text = match.lastgroup or "other", match.group()
        if kind == "name":
            kind = _name_kind(text, previous, builtins, workspace)
        style = "" if kind in ("space", "other", "bracket", "name") else f"class:gradsh.{kind}"
        fragments.append((style, text))
        if kind != "space":
            previous = text
    return fragments


def _name_kind(text: str, previous: str, builtins: frozenset, workspace: frozenset) -> str:
    if previous == ".":
        return "attribute"
    if text in CONSTANTS:
        return "constant"
    if text in KEYWORDS:
        return "keyword"
    if text in workspace:
        return "workspace"
    if text in builtins:
        return "builtin"
    return "name"


class GradshLexer(Lexer):
    """prompt_toolkit lexer; the name sets are read late (idiom 9)."""

    def __init__(self, builtin_names: Callable[[], frozenset] = frozenset,
                 workspace_names: Callable[[], frozenset] = frozenset) -> None:
        self.builtin_names = builtin_names
        self.workspace_names = workspace_names

    def lex_document(self, document: Document) -> Callable[[int], StyleAndTextTuples]:
        lines = document.lines
        builtins, workspace = self.builtin_names(), self.workspace_names()

        def get_line(number: int) -> StyleAndTextTuples:
            if number >= len(lines):
                return []
            return tokenize(lines[number], builtins, workspace)

        return get_line
