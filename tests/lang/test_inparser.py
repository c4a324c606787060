"""The AST built during the parse (lang/inparser.py) is the one the two-step
path (Lark's tree, then Builder.build) makes: the same nodes and the same spans,
on every statement of the repository's transcripts and on hand-picked ones."""
from __future__ import annotations

from pathlib import Path

import pytest

from gradsh.lang import ast, parser
from gradsh.lang.diagnostics import Diagnostic
from gradsh.transcript_files import load

ROOT = Path(__file__).resolve().parents[2]


def _dump(value):
    """Nodes with their spans (equality of nodes ignores spans)."""
    if isinstance(value, ast.Node):
        span = value.span
        return (type(value).__name__, (span.line, span.column, span.end_line, span.end_column),
                tuple(_dump(value.__dict__[name]) for name in value._fields))
    if isinstance(value, (tuple, list)):
        return tuple(_dump(item) for item in value)
    return value


def _two_ways(text: str, monkeypatch) -> tuple:
    results = []
    for fast in (True, False):
        with monkeypatch.context() as patch:
            if not fast:
                patch.setattr(parser, "_IN_PARSER", False)
            try:
                results.append(("ok", _dump(parser.parse(text, "t.gsh", 3))))
            except Diagnostic as problem:
                results.append(("error", problem.render(location=True, caret=True)))
    return tuple(results)


def _corpus() -> list[str]:
    texts = []
    for folder in (ROOT / "tests", ROOT / "examples"):
        for path in sorted(folder.rglob("*.gsh")):
            try:
                transcripts = load(path)
            except Exception:  # not a transcript
                continue
            texts += [statement.source for transcript in transcripts
                      for statement in transcript.statements]
    return sorted(set(texts))


def test_the_in_parser_path_is_taken():
    assert parser._in_parser() is not None


def test_every_transcript_statement_builds_the_same_tree(monkeypatch):
    corpus = _corpus()
    assert len(corpus) > 2000
    differing, fell_back = [], []
    for text in corpus:
        fast, slow = _two_ways(text + "\n", monkeypatch)
        if fast != slow:
            differing.append(text)
        if fast[0] == "ok":  # built during the parse, not by the two-step path
            with monkeypatch.context() as patch:
                patch.setattr(parser.Builder, "build", lambda *args: fell_back.append(text))
                parser.parse(text + "\n")
    assert differing == []
    assert fell_back == []


@pytest.mark.parametrize("text", [
    "(a)\n", "((a + b)) * c\n", "x = (1,\n     2)\n", "del (a), b\n", "del a, b\n",
    "f(*a, **k)[1:2, ...]\n", "lambda *, k=1: k\n", "def f(a, /, *b, c, **d):\n    pass\n",
    "if a:\n    pass\nelif b:\n    pass\nelse:\n    c\n", "x = [i for i in y if i]\n",
    "f'{x!r:>{w}}'\n", "a if b else c\n", "not a in b\n", "x[1:]\n", "x[::2]\n",
    "try:\n    a\nexcept E as e:\n    b\nfinally:\n    c\n", "class A(B):\n    x = 1\n",
    "@d\ndef f():\n    return\n", "with a as b, c:\n    pass\n", "a = b = 3\n",
    "x: int = 3\n", "global a\n", "import torch.nn as nn\n", "from a import (b, c)\n",
    ":grad x\n", "for i in range(3):\n    :grad x\n", "yield\n", "assert x, 'm'\n",
])
def test_constructs_build_the_same_tree(text, monkeypatch):
    fast, slow = _two_ways(text, monkeypatch)
    assert fast == slow


@pytest.mark.parametrize("text", [
    "y = x +\n", "1 = x\n", "f(a=1, 2)\n", "  x = 1\n", "if x:\ny\n", "(a\n", "print 1\n",
    "x = 1 if y\n", "del f()\n", "a + = 1\n", "def f(a, a):\n    pass\n", "0x\n",
])
def test_errors_are_the_same(text, monkeypatch):
    fast, slow = _two_ways(text, monkeypatch)
    assert fast == slow and fast[0] == "error"
