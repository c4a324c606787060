"""Source text -> ``ast.Module``, through Lark's LALR parser.

- The grammar is ``grammar/gradsh.lark``; the Lark instance is built on the
  first parse (``import lark`` happens then, not when this module is
  imported) and its tables are cached in the user's cache folder.
- ``:`` command lines are taken out before Lark sees the text (they become
  ``ast.Command`` nodes in their place), so the grammar stays Python's.
- Errors are ``Diagnostic('SyntaxError', ...)`` with Python 3.11's wording and
  caret position where we manage it; no Lark exception escapes.
"""
from __future__ import annotations

import re

import os
from typing import Any, Optional

from . import ast
from .ast import Span
from .builder import Builder, BuildError
from .diagnostics import Diagnostic
from .scanner import scan, split_chunks, is_complete  # noqa: F401  (public API)

__all__ = ["parse", "split_chunks", "is_complete", "grammar_path"]

_PARSER: Any = None  # the Lark instance, built on first use
_OPTIONS_VERSION = "1"  # bump when the Lark options below change

_EXPRESSION_END = {"NAME", "DEC_NUMBER", "HEX_NUMBER", "OCT_NUMBER", "BIN_NUMBER",
                   "FLOAT_NUMBER", "STRING", "LONG_STRING", "RPAR", "RSQB", "RBRACE",
                   "NONE", "TRUE", "FALSE"}
_EXPRESSION_START = {"NAME", "DEC_NUMBER", "HEX_NUMBER", "OCT_NUMBER", "BIN_NUMBER",
                     "FLOAT_NUMBER", "STRING", "LONG_STRING", "LPAR", "LSQB", "LBRACE",
                     "NONE", "TRUE", "FALSE"}
_NUMBERS = {"DEC_NUMBER", "HEX_NUMBER", "OCT_NUMBER", "BIN_NUMBER", "FLOAT_NUMBER"}


# --------------------------------------------------------------------- layout
class _IndentProblem(Exception):
    def __init__(self, message: str, line: int, column: Optional[int],
                 type_name: str = "IndentationError") -> None:
        super().__init__(message)
        self.message, self.line, self.column = message, line, column
        self.type_name = type_name


class Layout:
    """Lark postlexer: no newlines inside brackets; indentation -> _INDENT/_DEDENT.

    Like ``lark.indenter.Indenter``, written out so that this module does not
    import lark, so that an indented first line is an unexpected indent, and
    with Python's tokenizer rules for tabs: a tab moves to the next multiple
    of 8, and indentation must compare the same way when a tab counts as one
    column (else ``TabError``).
    """

    always_accept = ("_NEWLINE",)
    tab_len = 8

    @classmethod
    def measure(cls, indent_text: str) -> tuple[int, int]:
        """(column with tabs to multiples of 8, column with tabs as 1)."""
        column = 0
        for char in indent_text:
            column = (column // cls.tab_len + 1) * cls.tab_len if char == "\t" else column + 1
        return column, len(indent_text)

    def process(self, stream: Any) -> Any:
        from lark import Token

        paren_level, levels = 0, [(0, 0)]
        first, token = True, None
        for token in stream:
            if first and token.type != "_NEWLINE" and token.column > 1:
                # Python's caret for an unexpected indent: the last space of it
                yield Token("_INDENT", "", token.start_pos, token.line, token.column - 1,
                            token.line, token.column, token.start_pos)
                levels.append((token.column - 1, token.column - 1))
            first = False
            if token.type == "_NEWLINE":
                if paren_level:
                    continue
                yield token
                yield from self.indentation(token, levels, Token)
                continue
            yield token
            if token.type in ("LPAR", "LSQB", "LBRACE"):
                paren_level += 1
            elif token.type in ("RPAR", "RSQB", "RBRACE") and paren_level:
                paren_level -= 1
        while len(levels) > 1:
            levels.pop()
            yield Token("_DEDENT", "", 0, 0, 0, 0, 0, 0) if token is None \
                else Token.new_borrow_pos("_DEDENT", "", token)

    def indentation(self, newline: Any, levels: list, Token: Any) -> Any:
        """_INDENT or _DEDENTs for the indentation after a _NEWLINE token."""
        indent_text = newline.rsplit("\n", 1)[1]
        indent, alternative = self.measure(indent_text)
        line, column = newline.end_line, max(len(indent_text), 1)
        marker = Token("_INDENT", indent_text, newline.end_pos, line, column, line,
                       column, newline.end_pos)
        if indent > levels[-1][0]:
            if alternative <= levels[-1][1]:
                raise _IndentProblem("inconsistent use of tabs and spaces in indentation",
                                     line, 1, "TabError")
            levels.append((indent, alternative))
            yield marker
            return
        while indent < levels[-1][0]:
            levels.pop()
            yield Token.new_borrow_pos("_DEDENT", indent_text, marker)
        if indent != levels[-1][0]:
            # Python's caret for this one: after the end of the line
            raise _IndentProblem("unindent does not match any outer indentation level",
                                 line, None)
        if alternative != levels[-1][1]:
            raise _IndentProblem("inconsistent use of tabs and spaces in indentation",
                                 line, 1, "TabError")


# ------------------------------------------------------------- building Lark
def grammar_path() -> str:
    """The grammar shipped in the wheel, else the one in a source checkout."""
    package_dir = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    shipped = os.path.join(package_dir, "grammar", "gradsh.lark")
    if os.path.isfile(shipped):
        return shipped
    return os.path.join(os.path.dirname(package_dir), "grammar", "gradsh.lark")


def cache_dir() -> str:
    """``$XDG_CACHE_HOME/gradsh``, else ``~/.cache/gradsh``."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "gradsh")


def _cache_file(grammar_text: str, lark_version: str) -> Optional[str]:
    """Where to keep the parser tables, or None when the folder can't be written."""
    import hashlib

    import sys

    python = "%d.%d" % sys.version_info[:2]  # the tables are pickled
    key = f"{grammar_text}\0{lark_version}\0{python}\0{_OPTIONS_VERSION}".encode()
    name = f"grammar-{hashlib.sha256(key).hexdigest()[:16]}.lark.cache"
    folder = cache_dir()
    try:
        os.makedirs(folder, exist_ok=True)
    except OSError:
        return None
    if not os.access(folder, os.W_OK | os.X_OK):
        return None
    return os.path.join(folder, name)


def get_parser() -> Any:
    """The Lark instance, built (or loaded from the cache) on first use."""
    global _PARSER
    if _PARSER is None:
        import lark

        with open(grammar_path(), encoding="utf-8") as grammar_file:
            grammar_text = grammar_file.read()
        options = dict(parser="lalr", propagate_positions=True, maybe_placeholders=True,
                       postlex=Layout())
        cache = _cache_file(grammar_text, lark.__version__)
        # Lark checks the file's hash and rebuilds (silently) when it is stale or
        # unreadable, e.g. half-written by another gradsh starting at the same time
        _PARSER = lark.Lark(grammar_text, cache=cache or False, **options)
    return _PARSER


_IN_PARSER: Any = None  # inparser.InParser, or False where this Lark lacks what it reads


def _in_parser() -> Any:
    """The parser that builds the AST during the parse (inparser.py), on first use."""
    global _IN_PARSER
    if _IN_PARSER is None:
        from .inparser import InParser

        try:
            _IN_PARSER = InParser(get_parser(), Builder)
        except (AttributeError, ImportError, TypeError):  # another Lark's internals
            _IN_PARSER = False
    return _IN_PARSER or None


# -------------------------------------------------------------------- parsing
_CACHE: dict = {}  # text -> its module, spans relative to the text (line 1 = its first line)
CACHE_ENTRIES = 4096
CACHE_TEXT_LIMIT = 2000  # longer texts (a script's blocks) are parsed each time


def parse_relative(text: str, filename: str = "<input>", first_line: int = 1) -> ast.Module:
    """``parse(text)`` with spans relative to the text, from a cache keyed by the
    text: the same statement on another line (a loop unrolled, a script that
    repeats itself, a REPL's history) is parsed once. The line numbers of the
    spans are the text's own; what runs it adds ``first_line - 1`` where a line
    number is shown (``ast.SourceLines``). Errors name the file's lines."""
    module = _CACHE.get(text)
    if module is not None:
        return module
    try:
        module = parse(text, filename, 1)
    except Diagnostic as problem:
        problem.span = ast.shifted(problem.span, first_line - 1)
        raise
    if len(text) <= CACHE_TEXT_LIMIT:  # nodes are immutable: one module serves every run
        if len(_CACHE) >= CACHE_ENTRIES:
            del _CACHE[next(iter(_CACHE))]  # the oldest
        _CACHE[text] = module
    return module


# What parsing costs, measured (issue 19): about 320 bytes a character of
# ordinary code, and about 1,070 bytes a character of one long line (a 1 MB
# string literal took 1 GB).  A text whose estimate exceeds the memory budget
# is refused before it is parsed.
SOURCE_UNCHECKED = 1 << 16  # characters
PARSE_BYTES_PER_CHAR = 350
LONG_LINE_BYTES_PER_CHAR = 800


def check_source_size(text: str, filename: str = "<input>", first_line: int = 1) -> None:
    """A MemoryError diagnostic when parsing ``text`` would exceed the memory budget."""
    if len(text) <= SOURCE_UNCHECKED:
        return
    from gradsh.engine import limits  # noqa: PLC0415 - only for long texts

    longest = max(map(len, text.split("\n")))
    estimate = PARSE_BYTES_PER_CHAR * len(text) + LONG_LINE_BYTES_PER_CHAR * longest
    try:
        limits.check_bytes(estimate, f"parsing {len(text):,} characters of source")
    except MemoryError as exc:
        raise Diagnostic("MemoryError", str(exc), Span(first_line, 1, first_line, 2),
                         filename, None) from None


def parse(text: str, filename: str = "<input>", first_line: int = 1) -> ast.Module:
    """Parse statements; the first line of `text` is line `first_line`."""
    check_source_size(text, filename, first_line)
    text = text.replace("\r\n", "\n")
    scanned = scan(text)
    lines = scanned.lines
    offset = first_line - 1

    def error(message: str, line: int, column: int, type_name: str = "SyntaxError",
              end: Optional[tuple] = None) -> Diagnostic:
        """`line` is 1-based within `text`, `column` 1-based."""
        end_line, end_column = end or (line, column + 1)
        source = lines[line - 1] if 0 < line <= len(lines) else None
        return Diagnostic(type_name, message, Span(line + offset, column, end_line + offset,
                                                   end_column), filename, source)

    if scanned.error is not None:
        problem = scanned.error
        raise error(problem.message, problem.line + 1, problem.column + 1)

    commands, code_lines = _commands_as_pass(scanned, offset)
    code = "\n".join(code_lines)
    if not code.endswith("\n"):
        code += "\n"

    lark_parser = get_parser()  # outside the try: a broken grammar is not a user error
    fast = _in_parser()
    if fast is not None:
        try:
            return fast.parse(code, Builder(offset, commands))
        except Exception as exc:  # parse again below, the old way, for Python's diagnostics
            if getattr(exc, "gradsh_limit", False):  # --timeout (or the memory limit)
                raise
    try:
        tree = lark_parser.parse(code)
    except _IndentProblem as problem:
        column = problem.column
        if column is None:  # after the end of the line
            column = len(lines[problem.line - 1]) + 1 if problem.line <= len(lines) else 1
        raise error(problem.message, problem.line, column, problem.type_name) from None
    except Exception as exc:  # a Lark error: turn it into Python's words
        if getattr(exc, "gradsh_limit", False):
            raise
        if scanned.open_brackets:
            char, line, column = scanned.open_brackets[-1]
            if _never_closed(exc, code, line + 1, column + 1):
                raise error(f"'{char}' was never closed", line + 1, column + 1) from None
        raise _friendly(exc, code, error) from None
    try:
        module = Builder(offset, commands).build(tree)
    except BuildError as problem:
        span = problem.span
        raise error(problem.message, span.line - offset, span.column, problem.type_name,
                    (span.end_line - offset, span.end_column)) from None
    except RecursionError:
        raise error("too many nested parentheses", 1, 1) from None
    return module


def _commands_as_pass(scanned: Any, offset: int) -> tuple[dict, list]:
    """Command lines become ``pass`` for Lark (the builder puts the Command back
    in its place): indented like the block they are in, at column 0 elsewhere."""
    lines = list(scanned.lines)
    commands: dict = {}
    in_block = False  # the code line before is indented or opens a block
    for logical in scanned.logical:
        line = lines[logical.first]
        if logical.kind == "command":
            commands[logical.first + 1 + offset] = _command(line, logical.first + 1 + offset)
            indent = line[:len(line) - len(line.lstrip())] if in_block else ""
            lines[logical.first] = indent + "pass"
        elif logical.kind == "code":
            last = lines[logical.last].split("#", 1)[0].rstrip()
            in_block = logical.indented or last.endswith(":")
    return commands, lines


def _command(line: str, line_number: int) -> ast.Command:
    """A ``:name text`` line; IPython's ``NAME?``/``NAME??``/``?NAME`` are ``:help``
    with the question marks kept (``??``: more), ``%magic text`` is ``%magic``."""
    indent = len(line) - len(line.lstrip())
    stripped = line.strip()
    if stripped[:1] == "%" and not (stripped.endswith("?") and " " not in stripped):
        words = stripped.split(None, 1)
        name, rest = words[0], (words[1].strip() if len(words) > 1 else "")
    elif stripped[:1] != ":":  # a help query
        marks = "?" * (len(stripped) - len(stripped.strip("?")))
        name, rest = "help", stripped.strip("?") + marks[:2]
    else:
        words = stripped[1:].split(None, 1)
        name = words[0] if words else ""
        rest = words[1].strip() if len(words) > 1 else ""
    span = Span(line_number, indent + 1, line_number, len(line.rstrip()) + 1)
    return ast.Command(name, rest, span=span)


def _never_closed(exc: Exception, code: str, line: int, column: int) -> bool:
    """Whether Python reports the bracket open at ``line:column`` (1-based) as never
    closed rather than the parser's error: when its parser reads to the end of the
    input (an error at the end, or at a last token an expression could continue
    from, as in ``f(1 2``), or when the error is on a later line than the bracket
    (its tokenizer's check of the whole source).  ``def f(:`` fails at ``:``
    without reading on: ``invalid syntax`` there."""
    where = getattr(exc, "line", None), getattr(exc, "column", None)
    if None in where or _at_end(exc) or where[0] > line:
        return True
    if where < (line, column):
        return False
    token = getattr(exc, "token", None)
    end = getattr(token, "end_pos", None)
    return token is not None and token.type in _EXPRESSION_START and isinstance(end, int) \
        and not code[end:].strip()


def _at_end(exc: Exception) -> bool:
    token = getattr(exc, "token", None)
    return token is not None and token.type == "$END"


def _tokens_before(code: str, line: int, column: int) -> tuple:
    """The tokens before (line, column) and the bracket depth there."""
    tokens: list = []
    depth = 0
    try:
        for token in get_parser().lex(code):
            if (token.line, token.column) >= (line, column):
                break
            tokens.append(token)
            if token.type in ("LPAR", "LSQB", "LBRACE"):
                depth += 1
            elif token.type in ("RPAR", "RSQB", "RBRACE"):
                depth -= 1
    except Exception:  # lexing errors further on: what we have is enough
        pass
    return tokens, depth


def _friendly(exc: Exception, code: str, error: Any) -> Diagnostic:
    """Python's message for a Lark error."""
    from lark.exceptions import UnexpectedCharacters, UnexpectedToken

    unsupported = _unsupported_construct(code, exc)
    if unsupported is not None:
        message, line, column = unsupported
        return error(message, line, column)
    if isinstance(exc, UnexpectedCharacters):
        char = code[exc.pos_in_stream] if exc.pos_in_stream < len(code) else ""
        if char and not char.isascii() and not char.isidentifier():
            return error(f"invalid character '{char}' (U+{ord(char):04X})", exc.line, exc.column)
        return error("invalid syntax", exc.line, exc.column)
    if not isinstance(exc, UnexpectedToken):  # UnexpectedEOF, or anything unforeseen
        line, column = getattr(exc, "line", None), getattr(exc, "column", None)
        if not isinstance(line, int) or line < 1 or not isinstance(column, int) or column < 1:
            last = code.rstrip("\n").split("\n")
            line, column = len(last), len(last[-1]) + 1
        return error("invalid syntax", line, column)

    token = exc.token
    line, column = token.line or 1, token.column or 1
    if token.type not in ("_INDENT", "_DEDENT"):
        header = _block_header(code, token)
        if header is not None and token.type == "$END":  # Python: after the last line
            code_lines = code.split("\n")
            line = max(number for number, text in enumerate(code_lines, 1) if text.strip())
            column = len(code_lines[line - 1]) + 1
        if header is not None:
            return error(f"expected an indented block after {header}", line, column,
                         "IndentationError")
    if token.type == "_INDENT":
        return error("unexpected indent", line, column, "IndentationError")
    if token.type == "_DEDENT":
        return error("unindent does not match any outer indentation level", line, column,
                     "IndentationError")
    tokens, depth = _tokens_before(code, line, column)
    previous = tokens[-1] if tokens else None
    adjacent = previous is not None and (previous.end_line, previous.end_column) == (line, column)
    if previous is not None and previous.type in _NUMBERS and adjacent \
            and token.type in (_NUMBERS | {"NAME"}):
        if str(token)[:1] in "xX" and str(previous) == "0":
            return error("invalid hexadecimal literal", line, column)
        # Python points at an underscore, or else at the last digit before the letters
        at = column if str(token).startswith("_") else column - 1
        return error("invalid decimal literal", line, at)
    if previous is not None and token.type in _EXPRESSION_START:
        before = tokens[-2] if len(tokens) > 1 else None
        if previous == "print" and (before is None or before.type in ("_NEWLINE", "SEMICOLON")):
            return error("Missing parentheses in call to 'print'. Did you mean print(...)?",
                         previous.line, previous.column)
        if depth > 0 and previous.type in _EXPRESSION_END:
            start = tokens[_expression_start(tokens, len(tokens) - 1)]
            return error("invalid syntax. Perhaps you forgot a comma?", start.line, start.column)
    if token.type == "EQUAL" and depth > 0:
        start = len(tokens)
        while start > 0 and tokens[start - 1].type not in ("LPAR", "COMMA"):
            start -= 1
        first = tokens[start] if start < len(tokens) else token
        return error('expression cannot contain assignment, perhaps you meant "=="?',
                     first.line, first.column)
    if set(exc.expected) == {"ELSE"}:
        ifs = [index for index, item in enumerate(tokens) if item.type == "IF"]
        start = tokens[_expression_start(tokens, ifs[-1] - 1)] if ifs and ifs[-1] else token
        return error("expected 'else' after 'if' expression", start.line, start.column)
    return error("invalid syntax", line, column)


_KEYWORD_AT = re.compile(r"(async|await|yield)\b")
_UNSUPPORTED = {
    "async": "'async {}' is not supported by gradsh",
    "await": "'await' is not supported by gradsh",
    "yield": "gradsh supports 'yield' as a statement only ('yield x', 'y = yield x', "
             "'yield from it')",
}


def _unsupported_construct(code: str, exc: Any) -> Optional[tuple]:
    """(message, line, column) when the error is a construct gradsh does not
    support (``async``, ``await``, ``yield``, ``match``, ``:=``),
    which then names itself instead of a bare "invalid syntax"."""
    line, column = getattr(exc, "line", None), getattr(exc, "column", None)
    if not isinstance(line, int) or not isinstance(column, int) or line < 1 or column < 1:
        return None
    lines = code.split("\n")
    if line > len(lines):
        return None
    text = lines[line - 1]
    keyword = _KEYWORD_AT.match(text, column - 1)
    if keyword is not None:
        word = keyword.group(1)
        if word == "async":
            following = text[keyword.end():].split()
            message = _UNSUPPORTED[word].format(following[0] if following else "def")
        else:
            message = _UNSUPPORTED[word]
        return message, line, column
    if text[column - 1:column + 1] == ":=" or text[column - 2:column] == ":=":
        at = column if text[column - 1:column + 1] == ":=" else column - 1
        return "assignment expressions (':=') are not supported by gradsh", line, at
    stripped = text.lstrip()
    if re.match(r"match\b\s*[^\s=.:]", stripped) and stripped.rstrip().endswith(":"):
        return "'match' statements are not supported by gradsh", line, len(text) - len(
            stripped) + 1
    return None


_HEADERS = {"FOR": "'for' statement", "WHILE": "'while' statement", "IF": "'if' statement",
            "ELIF": "'elif' statement", "ELSE": "'else' statement",
            "WITH": "'with' statement", "DEF": "function definition"}


def _block_header(code: str, token: Any) -> Optional[str]:
    """"'for' statement on line 1" when `token` comes where the indented body
    of a block should start (right after `header:` and a newline), else None."""
    if token.type == "$END":
        tokens, _ = _tokens_before(code, 1 << 30, 0)
    else:
        tokens, _ = _tokens_before(code, token.line, token.column)
    if [item.type for item in tokens[-2:]] != ["COLON", "_NEWLINE"]:
        return None
    index = len(tokens) - 2
    while index > 0 and tokens[index - 1].type not in ("_NEWLINE", "_INDENT", "_DEDENT"):
        index -= 1
    kind = tokens[index].type
    return f"{_HEADERS[kind]} on line {tokens[index].line}" if kind in _HEADERS else None


def _expression_start(tokens: list, index: int) -> int:
    """Index of the first token of the primary expression ending at tokens[index]
    (`a.b`, `f(x)[0]`, a literal): where Python's caret goes for some errors."""
    openers = {"RPAR": "LPAR", "RSQB": "LSQB", "RBRACE": "LBRACE"}
    while index > 0:
        kind = tokens[index].type
        if kind in openers:  # skip back to the matching opener
            depth = 0
            while index > 0:
                if tokens[index].type in openers:
                    depth += 1
                elif tokens[index].type in openers.values():
                    depth -= 1
                    if depth == 0:
                        break
                index -= 1
            if index > 0 and tokens[index - 1].type in _EXPRESSION_END:
                index -= 1  # a call or a subscript: go on with what it applies to
                continue
            return index
        if index > 1 and tokens[index - 1].type == "DOT":
            index -= 2
            continue
        return index
    return max(index, 0)
