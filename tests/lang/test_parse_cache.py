"""The parse cache (parser.parse_relative): one module per statement text, spans
relative to the text, line numbers made the file's where they are shown."""
from __future__ import annotations

import warnings

import pytest

from gradsh.lang import parser
from gradsh.lang.diagnostics import Diagnostic
from gradsh.lang.evaluator import Interpreter


def _run(text: str, *, keep_going: bool = True) -> tuple[list[str], list[str]]:
    """Run `text` statement by statement as ``gradsh -f`` does; (outputs, errors)."""
    outputs: list[str] = []
    interpreter = Interpreter(outputs.append)
    errors = []
    for first_line, chunk in parser.split_chunks(text):
        try:
            interpreter.run_source(chunk, "script.gsh", first_line)
        except Diagnostic as problem:
            errors.append(problem.render(location=True, caret=False))
            if not keep_going:
                break
    return outputs, errors


def test_the_same_text_is_parsed_once():
    text = "cache_probe_a = w * x + b\n"
    first = parser.parse_relative(text, "f.gsh", 3)
    assert parser.parse_relative(text, "g.gsh", 40) is first
    assert first == parser.parse(text)  # the same tree as an uncached parse


def test_spans_are_relative_and_match_an_uncached_parse():
    text = "cache_probe_b = 1\ncache_probe_c = (2 +\n  3)\n"
    relative = parser.parse_relative(text, "f.gsh", 10)
    absolute = parser.parse(text, "f.gsh", 10)
    for mine, theirs in zip(relative.body, absolute.body):
        assert (mine.span.line + 9, mine.span.column, mine.span.end_line + 9) == (
            theirs.span.line, theirs.span.column, theirs.span.end_line)


def test_runtime_errors_name_each_line_of_a_repeated_statement():
    _, errors = _run("a = 1\ny = nope_name\nb = 2\n\ny = nope_name\n")
    assert [error.split(":")[1] for error in errors] == ["2", "5"]
    assert all("NameError: name 'nope_name' is not defined" in error for error in errors)


def test_syntax_errors_name_the_file_line_even_when_cached_elsewhere():
    text = "z = (1 +\n"
    with pytest.raises(Diagnostic) as first:
        parser.parse_relative(text, "f.gsh", 7)
    with pytest.raises(Diagnostic) as second:
        parser.parse_relative(text, "f.gsh", 2)
    assert (first.value.span.line, second.value.span.line) == (7, 2)
    assert first.value.render(location=True).splitlines()[0] == \
        "f.gsh:7: SyntaxError: '(' was never closed"


def test_a_function_reports_the_line_of_its_own_definition():
    # two identical definitions (one cached module), called after both: each
    # error names the line of the body that ran, shown with its own text
    script = ("def f():\n    return 1 / 0\n\nf1 = f\n\ndef f():\n    return 1 / 0\n\n"
              "f1()\nf()\n")
    _, errors = _run(script)
    assert [error.split(":")[1] for error in errors] == ["2", "7"]


def test_warnings_name_the_line_that_warned():
    shown: list = []
    interpreter = Interpreter(lambda text: None, shown.append)
    for line in (3, 8):
        with warnings.catch_warnings():
            interpreter.run_source("torch.tensor([1.]).new_tensor(torch.ones(1))\n", "w.gsh",
                                   line)
    assert [diagnostic.span.line for diagnostic in shown] == [3, 8]


def test_the_cache_is_bounded(monkeypatch):
    monkeypatch.setattr(parser, "_CACHE", {})
    monkeypatch.setattr(parser, "CACHE_ENTRIES", 3)
    for index in range(5):
        parser.parse_relative(f"bounded_{index} = {index}\n")
    assert list(parser._CACHE) == [f"bounded_{index} = {index}\n" for index in (2, 3, 4)]
    long_text = "x = 1\n" * (parser.CACHE_TEXT_LIMIT // 6 + 1)
    parser.parse_relative(long_text)
    assert long_text not in parser._CACHE
