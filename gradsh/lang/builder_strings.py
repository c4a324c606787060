"""String literals, f-strings included -> ``Constant`` or ``JoinedStr``.

An f-string's replacement fields are split out here (escaped braces ``{{``
``}}``, ``!r``/``!s``/``!a``, ``:spec`` with nested fields, the debugging
``{expr=}``) and each expression is parsed by gradsh's own parser, so that
evaluating it goes through the evaluator and the attribute whitelist.
"""
from __future__ import annotations

import ast as python_ast  # Python's string escapes (literal_eval of literals only)
from typing import Any, Callable

from . import ast
from .ast import Span

_OPENERS, _CLOSERS = "([{", ")]}"


class FStringError(Exception):
    pass


def _split_token(text: str) -> tuple:
    """(prefix, quote, body) of a string token."""
    prefix = ""
    while text[len(prefix)] not in "'\"":
        prefix += text[len(prefix)]
    quote = text[len(prefix):len(prefix) + 3]
    if quote not in ('"""', "'''"):
        quote = quote[0]
    return prefix, quote, text[len(prefix) + len(quote):len(text) - len(quote)]


class _FString:
    def __init__(self, prefix: str, quote: str, body: str, parse: Callable[[str], Any]):
        self.raw = "r" in prefix.lower()
        self.quote, self.body, self.parse = quote, body, parse

    def decode(self, chunk: str) -> str:
        if self.raw or "\\" not in chunk:
            return chunk
        return python_ast.literal_eval(self.quote + chunk + self.quote)

    def content(self, i: int, nested: bool) -> tuple:
        """Parts from body[i] up to the end (or, nested, an unmatched '}')."""
        body, parts, chunk = self.body, [], []
        while i < len(body):
            char = body[i]
            if char == "\\" and not self.raw:
                if body.startswith("\\N{", i):
                    end = body.index("}", i) + 1
                    chunk.append(body[i:end])
                    i = end
                    continue
                chunk.append(body[i:i + 2] if body[i + 1:i + 2] not in ("{", "}") else char)
                i += len(chunk[-1])
                continue
            if char == "{" and body.startswith("{{", i) and not nested:
                chunk.append("{")
                i += 2
            elif char == "{":
                parts.append(self.decode("".join(chunk)))
                chunk = []
                field, i = self.field(i + 1)
                parts.extend(field)
            elif char == "}" and nested:
                break
            elif char == "}":
                if not body.startswith("}}", i):
                    raise FStringError("f-string: single '}' is not allowed")
                chunk.append("}")
                i += 2
            else:
                chunk.append(char)
                i += 1
        parts.append(self.decode("".join(chunk)))
        return parts, i

    def field(self, i: int) -> tuple:
        body, start, depth = self.body, i, 0
        while i < len(body):
            char = body[i]
            if char in "'\"":
                end = body.find(char, i + 1)
                if end < 0:
                    raise FStringError("f-string: unterminated string")
                i = end + 1
                continue
            if char == "\\":
                raise FStringError("f-string expression part cannot include a backslash")
            if char in _OPENERS:
                depth += 1
            elif char in _CLOSERS and depth:
                depth -= 1
            elif depth == 0 and char in "!:=}":
                two = body[i:i + 2]
                if two in ("!=", "==") or (char == "=" and body[i - 1:i] in "<>=!" and i > start):
                    i += 2 if two in ("!=", "==") else 1
                    continue
                break
            i += 1
        else:
            raise FStringError("f-string: expecting '}'")
        text = body[start:i]
        if not text.strip():
            raise FStringError("f-string: empty expression not allowed")
        parts: list = []
        debug = body[i] == "="
        if debug:
            i += 1
            while i < len(body) and body[i] in " \t":
                i += 1
            parts.append(body[start:i])
        conversion = -1
        if body.startswith("!", i):
            if body[i + 1:i + 2] not in ("s", "r", "a"):
                raise FStringError("f-string: invalid conversion character: expected "
                                   "'s', 'r', or 'a'")
            conversion, i = ord(body[i + 1]), i + 2
        spec = None
        if body.startswith(":", i):
            spec_parts, i = self.content(i + 1, nested=True)
            spec = joined(spec_parts, ast.NO_SPAN)
        if not body.startswith("}", i):
            raise FStringError("f-string: expecting '}'")
        if debug and conversion == -1 and spec is None:
            conversion = ord("r")
        parts.append(ast.FormattedValue(self.parse(text), conversion, spec))
        return parts, i + 1


def joined(parts: list, span: Span) -> ast.JoinedStr:
    """Adjacent literal parts merged, empty ones dropped (as Python's tree)."""
    values: list = []
    for part in parts:
        if isinstance(part, str):
            if not part:
                continue
            if values and isinstance(values[-1], str):
                values[-1] += part
                continue
        values.append(part)
    return ast.JoinedStr(tuple(ast.Constant(v, span=span) if isinstance(v, str) else v
                               for v in values), span=span)


def build_strings(tokens: list, span: Span, parse: Callable[[str], Any]) -> ast.Node:
    """The node for adjacent string tokens (a JoinedStr when one is an f-string)."""
    pieces = [_split_token(str(token)) for token in tokens]
    if not any("f" in prefix.lower() for prefix, _, _ in pieces):
        values = [python_ast.literal_eval(str(token)) for token in tokens]
        if len({type(value) for value in values}) > 1:
            raise FStringError("cannot mix bytes and nonbytes literals")
        return ast.Constant(values[0][:0].join(values), span=span)
    parts: list = []
    for token, (prefix, quote, body) in zip(tokens, pieces):
        if "b" in prefix.lower():
            raise FStringError("cannot mix bytes and nonbytes literals")
        if "f" in prefix.lower():
            parts.extend(_FString(prefix.lower().replace("f", ""), quote, body,
                                  parse).content(0, nested=False)[0])
        else:
            parts.append(python_ast.literal_eval(str(token)))
    return joined(parts, span)
