"""The parser's contract: spans, syntax errors, chunks, completeness, caching."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from gradsh.lang import ast as g
from gradsh.lang.ast import Span
from gradsh.lang.diagnostics import Diagnostic
from gradsh.lang.parser import grammar_path, is_complete, parse, split_chunks

ROOT = Path(__file__).resolve().parents[2]


def error_of(text: str, **kwargs) -> Diagnostic:
    with pytest.raises(Diagnostic) as info:
        parse(text, **kwargs)
    return info.value


# ------------------------------------------------------------------- spans
def test_spans_of_nodes():
    statement = parse("y = w*x + b").body[0]
    assert statement.span == Span(1, 1, 1, 12)
    assert statement.targets[0].span == Span(1, 1, 1, 2)
    add = statement.value
    assert add.span == Span(1, 5, 1, 12)
    assert add.left.span == Span(1, 5, 1, 8)  # w*x
    assert add.right.span == Span(1, 11, 1, 12)


def test_first_line_offsets_every_line():
    module = parse("a = 1\nb = f(\n  2)", first_line=10)
    first, second = module.body
    assert first.span.line == 10
    assert second.span == Span(11, 1, 12, 5)
    assert second.value.args[0].span == Span(12, 3, 12, 4)


def test_statements_after_semicolon_have_their_own_columns():
    a, b = parse("x = 1; y = 22").body
    assert (a.span.column, a.span.end_column) == (1, 6)
    assert (b.span.column, b.span.end_column) == (8, 14)


def test_command_span():
    command = parse("x\n  :grad x", first_line=5).body[1]
    assert isinstance(command, g.Command)
    assert command.span == Span(6, 3, 6, 10)


# ----------------------------------------------------------- syntax errors
# (source, message, line, caret column), all as Python 3.11 reports them
SYNTAX_ERRORS = [
    ("x = (1", "'(' was never closed", 1, 5),
    ("f(1 2", "'(' was never closed", 1, 2),
    ("x = 1)", "unmatched ')'", 1, 6),
    ("x = (1]", "closing parenthesis ']' does not match opening parenthesis '('", 1, 7),
    ("x = (1\n]", "closing parenthesis ']' does not match opening parenthesis '(' on line 1",
     2, 1),
    ("x = 'abc", "unterminated string literal (detected at line 1)", 1, 5),
    ('x = """abc\n\nd', "unterminated triple-quoted string literal (detected at line 3)", 1, 5),
    ("f(1 2)", "invalid syntax. Perhaps you forgot a comma?", 1, 3),
    ("f(a.b c)", "invalid syntax. Perhaps you forgot a comma?", 1, 3),
    ("x = [1, 2 3]", "invalid syntax. Perhaps you forgot a comma?", 1, 9),
    ("x = 1 2", "invalid syntax", 1, 7),
    ("x =", "invalid syntax", 1, 4),
    ("1 +", "invalid syntax", 1, 4),
    ("x = 1 +* 2\ny = (", "invalid syntax", 1, 8),
    ("x = 1; ; y", "invalid syntax", 1, 8),
    ("x = 3$", "invalid syntax", 1, 6),
    ("x = 1 \u2211", "invalid character '\u2211' (U+2211)", 1, 7),
    ("f(x) = 1", "cannot assign to function call here. Maybe you meant '==' instead of '='?",
     1, 1),
    ("a + 1 = 2", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1),
    ("1 = x", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1),
    ("a, f() = 1", "cannot assign to function call here. Maybe you meant '==' instead of '='?",
     1, 4),
    ("(a, f()) = 1", "cannot assign to function call", 1, 5),
    ("a = b = f() = 1", "cannot assign to function call", 1, 9),
    ("None = 1", "cannot assign to None", 1, 1),
    ("a < b = 1", "cannot assign to comparison", 1, 1),
    ("x if y else z = 1", "cannot assign to conditional expression", 1, 1),
    ("f() += 1", "'function call' is an illegal expression for augmented assignment", 1, 1),
    ("a, b += 1", "'tuple' is an illegal expression for augmented assignment", 1, 1),
    ("del f()", "cannot delete function call", 1, 5),
    ("del 1", "cannot delete literal", 1, 5),
    ("*a", "can't use starred expression here", 1, 1),
    ("f(a+1=2)", 'expression cannot contain assignment, perhaps you meant "=="?', 1, 3),
    ("f(a=1, a=2)", "keyword argument repeated: a", 1, 8),
    ("x = 1abc", "invalid decimal literal", 1, 5),
    ("x = 1.5e", "invalid decimal literal", 1, 7),
    ("x = 5_", "invalid decimal literal", 1, 6),
    ("x = 0x", "invalid hexadecimal literal", 1, 6),
    ("x = 0777", "leading zeros in decimal integer literals are not permitted; "
     "use an 0o prefix for octal integers", 1, 5),
    ("x = 1 if y", "expected 'else' after 'if' expression", 1, 5),
    ("print x", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1),
    ("import", "invalid syntax", 1, 7),
    ("x = (1,\n  2,\n", "'(' was never closed", 1, 5),
    # issue 20: an error before the end, on the bracket's line, is the parser's
    ("def f(:", "invalid syntax", 1, 7),
    ("x = [1, :", "invalid syntax", 1, 9),
    ("def f(, x", "invalid syntax", 1, 7),
    ("f(1 2 3", "invalid syntax. Perhaps you forgot a comma?", 1, 3),
    ("x = (1,\n  :", "'(' was never closed", 1, 5),
    ("f(a b", "'(' was never closed", 1, 2),
]


@pytest.mark.parametrize("text, message, line, column", SYNTAX_ERRORS)
def test_syntax_error_message_and_caret(text, message, line, column):
    error = error_of(text)
    assert (error.type_name, error.message) == ("SyntaxError", message)
    assert (error.span.line, error.span.column) == (line, column)
    assert error.source_line == text.split("\n")[line - 1]


@pytest.mark.parametrize("text, message, line, column", SYNTAX_ERRORS)
def test_python_agrees(text, message, line, column):
    """The table above is Python's own behaviour (guards the table itself)."""
    if sys.version_info[:2] != (3, 11):
        pytest.skip("messages and columns are Python 3.11's")
    with pytest.raises(SyntaxError) as info:
        compile(text, "<input>", "exec")
    assert (info.value.msg, info.value.lineno, info.value.offset) == (message, line, column)


@pytest.mark.parametrize("text, line, column", [(" x = 1", 1, 1), ("x = 1\n  y = 2", 2, 2)])
def test_unexpected_indent(text, line, column):
    error = error_of(text)
    assert (error.type_name, error.message) == ("IndentationError", "unexpected indent")
    assert (error.span.line, error.span.column) == (line, column)


def test_error_carries_filename_line_offset_and_renders_a_caret():
    error = error_of("x = 1\ny = (1,,)", filename="script.gsh", first_line=7)
    assert error.filename == "script.gsh"
    assert error.span.line == 8
    assert error.render(location=True, caret=True) == (
        "script.gsh:8: SyntaxError: invalid syntax\n"
        "    y = (1,,)\n"
        "           ^")


@pytest.mark.parametrize("text", [
    "def f(*a=1): pass", "x = {1: 2, 3}", "class A(: pass", "x.1", "for x in y: pass\nelse 1",
    "try:\n    x\n", "try:\n    x\nexcept: y\nexcept ValueError: z", "lambda *a, *b: 1", "def f(**k, a): pass", "(*a)", "f'{'", "x = yield",
    "a = = 1", "x[]", "f(x,,)", "if = 1", "@", "x = 1 \\ y", "'''", "'a' b'c'",
    "((((((((((((((((((((((((((((((((x", "\x00", "x = 1\n  y\n z",
])
def test_errors_never_escape_as_other_exceptions(text):
    error = error_of(text)
    assert error.type_name in ("SyntaxError", "IndentationError")
    assert error.span is not None and error.span.line >= 1


def test_a_lone_colon_is_a_command_without_a_name():
    command = parse("  :").body[0]
    assert (command.name, command.text) == ("", "")


# ------------------------------------------------------------------ blocks
BLOCK_ERRORS = [
    ("for i in x:\nprint(i)", "IndentationError",
     "expected an indented block after 'for' statement on line 1", 2, 1),
    ("for i in x:", "IndentationError",
     "expected an indented block after 'for' statement on line 1", 1, 12),
    ("x = 1\nwhile x:\n# only a comment\n", "IndentationError",
     "expected an indented block after 'while' statement on line 2", 3, 17),
    ("def f(a):\nreturn a", "IndentationError",
     "expected an indented block after function definition on line 1", 2, 1),
    ("if 1:\n  a\nelif 2:\nb", "IndentationError",
     "expected an indented block after 'elif' statement on line 3", 4, 1),
    ("if 1:\n  a\nelse:\nb", "IndentationError",
     "expected an indented block after 'else' statement on line 3", 4, 1),
    ("with a:\nb", "IndentationError",
     "expected an indented block after 'with' statement on line 1", 2, 1),
    ("if 1:\n    a\n  b = 1", "IndentationError",
     "unindent does not match any outer indentation level", 3, 8),
    ("for i in x:\n  if 1:\n      a\n   b", "IndentationError",
     "unindent does not match any outer indentation level", 4, 5),
    ("if 1:\n  a\n    b", "IndentationError", "unexpected indent", 3, 4),
    ("if 1: pass\n  x", "IndentationError", "unexpected indent", 2, 2),
    ("if 1:\n\ta\n        b", "TabError",
     "inconsistent use of tabs and spaces in indentation", 3, 1),
    ("if 1:\n        a\n\tb", "TabError",
     "inconsistent use of tabs and spaces in indentation", 3, 1),
    ("return 1", "SyntaxError", "'return' outside function", 1, 1),
    ("x = 1; break", "SyntaxError", "'break' outside loop", 1, 8),
    ("while 1:\n    def f():\n        continue", "SyntaxError",
     "'continue' not properly in loop", 3, 9),
    ("def f(a=1, b): pass", "SyntaxError", "non-default argument follows default argument", 1, 12),
    ("def f(a, a): pass", "SyntaxError", "duplicate argument 'a' in function definition", 1, 10),
    ("g = lambda a, a: 1", "SyntaxError", "duplicate argument 'a' in function definition", 1, 15),
    ("for f() in x: pass", "SyntaxError", "cannot assign to function call", 1, 5),
    # loop else clauses
    ("for i in x: pass\nelse:\nb", "IndentationError",
     "expected an indented block after 'else' statement on line 2", 3, 1),
    ("while x: pass\nelse: break", "SyntaxError", "'break' outside loop", 2, 7),
    ("for i in x:\n    pass\nelse:\n    continue", "SyntaxError",
     "'continue' not properly in loop", 4, 5),
    # the order of *args, keyword-only parameters and **kwargs
    ("def f(*a, *b): pass", "SyntaxError", "* argument may appear only once", 1, 11),
    ("def f(*, a, *b): pass", "SyntaxError", "* argument may appear only once", 1, 13),
    ("def f(**k, a): pass", "SyntaxError", "arguments cannot follow var-keyword argument", 1, 12),
    ("def f(**k, *a): pass", "SyntaxError", "arguments cannot follow var-keyword argument",
     1, 12),
    ("def f(**k, **j): pass", "SyntaxError", "arguments cannot follow var-keyword argument",
     1, 12),
    ("g = lambda **k, a: 0", "SyntaxError", "arguments cannot follow var-keyword argument",
     1, 17),
    ("def f(*): pass", "SyntaxError", "named arguments must follow bare *", 1, 7),
    ("def f(*, **k): pass", "SyntaxError", "named arguments must follow bare *", 1, 7),
    ("def f(a, *,): pass", "SyntaxError", "named arguments must follow bare *", 1, 10),
    ("g = lambda *: 0", "SyntaxError", "named arguments must follow bare *", 1, 13),
    ("g = lambda *, **k: 0", "SyntaxError", "named arguments must follow bare *", 1, 15),
    ("g = lambda a, *: 0", "SyntaxError", "named arguments must follow bare *", 1, 16),
    ("def f(*a, a): pass", "SyntaxError", "duplicate argument 'a' in function definition", 1, 8),
    ("def f(a, **a): pass", "SyntaxError", "duplicate argument 'a' in function definition",
     1, 12),
    ("def f(a, *a, **a): pass", "SyntaxError", "duplicate argument 'a' in function definition",
     1, 11),
    ("def f(*, a, a): pass", "SyntaxError", "duplicate argument 'a' in function definition",
     1, 13),
    ("def f(a=1, a): pass", "SyntaxError", "non-default argument follows default argument",
     1, 12),
]


@pytest.mark.parametrize("text, kind, message, line, column", BLOCK_ERRORS)
def test_block_errors(text, kind, message, line, column):
    error = error_of(text)
    assert (error.type_name, error.message) == (kind, message)
    assert (error.span.line, error.span.column) == (line, column)


@pytest.mark.parametrize("text, kind, message, line, column", BLOCK_ERRORS)
def test_block_errors_agree_with_python(text, kind, message, line, column):
    if sys.version_info[:2] != (3, 11):
        pytest.skip("messages and columns are Python 3.11's")
    with pytest.raises(SyntaxError) as info:
        compile(text, "<input>", "exec")
    found = info.value
    assert (type(found).__name__, found.msg, found.lineno, found.offset) == \
        (kind, message, line, column)


def test_indentation_error_renders_a_caret():
    error = error_of("for i in range(3):\nprint(i)", filename="s.gsh")
    assert error.render(location=True, caret=True) == (
        "s.gsh:2: IndentationError: expected an indented block after 'for' statement "
        "on line 1\n"
        "    print(i)\n"
        "    ^")


def test_block_nodes_and_line_numbers():
    module = parse("x = 0\nfor i in range(3):\n    x += i\n    if x > 1: break\nx",
                   first_line=5)
    assigned, loop, echo = module.body
    assert isinstance(loop, g.For) and loop.span.line == 6
    assert [type(node) for node in loop.body] == [g.AugAssign, g.If]
    assert loop.body[1].span.line == 8 and isinstance(loop.body[1].body[0], g.Break)
    assert echo.span.line == 9


def test_one_line_forms_and_semicolons():
    loop = parse("for i in range(3): print(i); print(-i)").body[0]
    assert len(loop.body) == 2
    branch = parse("if x: y\nelse: z").body[0]
    assert isinstance(branch.orelse[0], g.ExprStmt)


def test_def_params_and_lambda():
    define = parse("def f(a, b=1,):\n    return a + b").body[0]
    assert [(p.name, p.default) for p in define.params] == [("a", None), ("b", g.Constant(1))]
    assert isinstance(define.body[0], g.Return)
    lam = parse("lambda: 0").body[0].value
    assert isinstance(lam, g.Lambda) and lam.params == ()


def test_star_parameters_and_loop_else():
    define = parse("def f(a, *args, k=1, **kw): pass").body[0]
    assert [(p.name, p.kind) for p in define.params] == \
        [("a", ""), ("args", "*"), ("k", ""), ("kw", "**")]
    bare = parse("lambda *, k: k").body[0].value
    assert bare.params[0] == g.Param(None, None, "*")
    loop = parse("for i in x: pass\nelse: y").body[0]
    assert isinstance(loop.orelse[0], g.ExprStmt)
    assert parse("while x: pass").body[0].orelse == ()


def test_with_as_target():
    node = parse("with torch.no_grad() as ctx:\n    pass").body[0]
    assert node.target == g.Name("ctx") and isinstance(node.body[0], g.Pass)


def test_dedent_to_an_unknown_level():
    error = error_of("x = 1\n    y = 2\n  z = 3")
    assert error.type_name == "IndentationError"


# ------------------------------------------------------- chunks, completeness
SCRIPT = textwrap.dedent('''\
    # a script
    x = tensor([1., 2.],
               requires_grad=True)

    y = (x * 2).sum(); y
    :backward y
    s = """two
    lines"""
    z = 1 + \\
        2
    for i in range(3):
        print(i)

        print(i)
    else:
        pass
    w = 1  # trailing comment
''')


def test_split_chunks():
    assert split_chunks(SCRIPT) == [
        (2, "x = tensor([1., 2.],\n           requires_grad=True)"),
        (5, "y = (x * 2).sum(); y"),
        (6, ":backward y"),
        (7, 's = """two\nlines"""'),
        (9, "z = 1 + \\\n    2"),
        (11, "for i in range(3):\n    print(i)\n\n    print(i)\nelse:\n    pass"),
        (17, "w = 1  # trailing comment"),
    ]


def test_split_chunks_keeps_blocks_whole():
    text = textwrap.dedent('''\
        w = 0
        for step in range(3):
            w += 1

            if w > 1:
                print(w)
        # a comment at column 0 inside the block
            w -= 1
        print(w)
        def f(t):
            return t
        if w: print(1)
        else: print(2)
        ''')
    assert split_chunks(text) == [
        (1, "w = 0"),
        (2, "for step in range(3):\n    w += 1\n\n    if w > 1:\n        print(w)\n"
            "# a comment at column 0 inside the block\n    w -= 1"),
        (9, "print(w)"),
        (10, "def f(t):\n    return t"),
        (12, "if w: print(1)\nelse: print(2)"),
    ]
    for first_line, chunk in split_chunks(text):
        assert parse(chunk, first_line=first_line).body[0].span.line == first_line


def test_chunks_parse_with_their_line_numbers():
    chunks = split_chunks(SCRIPT)
    first_line, text = chunks[1]
    statement = parse(text, first_line=first_line).body[1]
    assert statement.span.line == 5


@pytest.mark.parametrize("text, expected", [
    ("", []),
    ("\n\n# only comments\n   \n", []),
    ("x = (1,\n", [(1, "x = (1,")]),
    ("x = (1,\n\ny = 2\n", [(1, "x = (1,\n\ny = 2")]),
    ("x = ]\ny = 1", [(1, "x = ]"), (2, "y = 1")]),
    ("x = 'abc\ny = 1", [(1, "x = 'abc"), (2, "y = 1")]),
    ('x = """\n\n', [(1, 'x = """\n')]),
    ("a\r\nb\r\n", [(1, "a"), (2, "b")]),
    (":help don't\nx", [(1, ":help don't"), (2, "x")]),
    ("x = '#'; y = 1 # (\nz", [(1, "x = '#'; y = 1 # ("), (2, "z")]),
])
def test_split_chunks_edge_cases(text, expected):
    assert split_chunks(text) == expected


@pytest.mark.parametrize("text, complete", [
    ("x = 1", True),
    ("", True),
    ("x = (1,", False),
    ("x = [[1, 2],\n [3, 4]", False),
    ("x = [[1, 2],\n [3, 4]]", True),
    ("x = 1 + \\", False),
    ('s = """abc', False),
    ('s = """abc\ndef"""', True),
    ("s = 'abc", True),  # an error, reported by parse
    ("s = 'ab\\", False),  # backslash-newline inside a string
    ("x = 1)", True),
    ("f(x]", True),
    ("x = '(' + \"[\"", True),
    ("x = 1  # (", True),
    (":help (", True),
    # blocks end with an empty line, as in Python's REPL
    ("for i in x:", False),
    ("for i in x:\n    print(i)", False),
    ("for i in x:\n    print(i)\n", True),
    ("for i in x:\n    print(i)\n   ", True),
    ("if x: y", False),
    ("if x: y\n", True),
    ("def f(t):\n    return (t +\n", False),
    ("def f(t):\n    return t\n", True),
    ("with torch.no_grad():\n    y = x * 2", False),
    ("while True:", False),
    ("for i in x:\n", True),  # an IndentationError, reported by parse
    ("iffy = 1", True),
    ("for i in x:\n    pass\nelse:", False),
    ("while x:\n    pass\nelse:\n    y = 1", False),
    ("while x:\n    pass\nelse:\n    y = 1\n", True),
    ("for i in x: pass\nelse: y\n", True),
    ("def f(*args,\n", False),
    ("x = 'for i in y:'", True),
])
def test_is_complete(text, complete):
    assert is_complete(text) is complete


# ------------------------------------------------------ cache and laziness
def run_python(code: str, env: dict) -> str:
    environment = dict(os.environ, PYTHONPATH=str(ROOT), **env)
    result = subprocess.run([sys.executable, "-c", code], env=environment,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_importing_the_parser_does_not_import_lark():
    output = run_python("import sys, gradsh.lang.parser; print('lark' in sys.modules)", {})
    assert output.strip() == "False"


def test_parser_tables_are_cached_and_reused(tmp_path):
    code = ("from gradsh.lang import parser; parser.parse('x = 1');"
            "import os; print(os.listdir(parser.cache_dir()))")
    env = {"XDG_CACHE_HOME": str(tmp_path)}
    first = run_python(code, env)
    files = list((tmp_path / "gradsh").iterdir())
    assert len(files) == 1 and files[0].name in first
    assert files[0].name.endswith(".lark.cache")
    stamp = files[0].stat().st_mtime_ns
    second = run_python(code, env)
    assert second == first
    assert files[0].stat().st_mtime_ns == stamp  # read, not written again


def test_unwritable_cache_folder_falls_back_silently(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    code = "from gradsh.lang.parser import parse; print(len(parse('x = 1').body))"
    result = run_python(code, {"XDG_CACHE_HOME": str(blocker)})
    assert result.strip() == "1"


def test_grammar_is_found_in_the_source_checkout():
    assert Path(grammar_path()) == ROOT / "grammar" / "gradsh.lark"


def test_commands_inside_blocks_keep_their_place():
    module = parse("for i in range(2):\n    y = x * i\n    :backward y\n    :grad x\n:vars\nz")
    loop, command, echo = module.body
    assert [type(node) for node in loop.body] == [g.Assign, g.Command, g.Command]
    assert (loop.body[1].name, loop.body[1].text, loop.body[1].span.line) == ("backward", "y", 3)
    assert (command.name, command.span.line) == ("vars", 5)
    assert isinstance(echo, g.ExprStmt)
    assert is_complete("for i in x:\n    :grad x") is False
