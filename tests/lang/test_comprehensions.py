"""Comprehensions and generator expressions: Python 3's values, scoping and errors."""
from __future__ import annotations

import pytest

from gradsh.lang.parser import parse
from gradsh.lang.diagnostics import Diagnostic


@pytest.mark.parametrize("source, expected", [
    ("[x * x for x in range(4)]", "[0, 1, 4, 9]"),
    ("[x for x in range(10) if x % 2 if x > 4]", "[5, 7, 9]"),
    ("[(i, v) for i, v in enumerate('ab')]", "[(0, 'a'), (1, 'b')]"),
    ("[a * b for a in range(1, 4) for b in range(a, 4) if a < b]", "[2, 3, 6]"),
    ("[[j for j in range(i)] for i in range(3)]", "[[], [0], [0, 1]]"),
    ("[x for x in []]", "[]"),
    ("[y for x in [[1, 2], [3]] for y in x]", "[1, 2, 3]"),
    ("[(a, b) for (a, b), c in [((1, 2), 3)]]", "[(1, 2)]"),
    ("[f() for f in [lambda: i for i in range(3)]]", "[2, 2, 2]"),
    ("sum(x * x for x in range(4))", "14"),
    ("max(abs(v) for v in [-5, 2, 3])", "5"),
    ("sorted((x for x in [3, 1, 2]), reverse=True)", "[3, 2, 1]"),
    ("list(x + 1 for x in (1, 2))", "[2, 3]"),
    ("{k: v for k, v in zip('ab', range(2))}", "{'a': 0, 'b': 1}"),
    ("{x % 2: x for x in range(5)}", "{0: 4, 1: 3}"),
    ("tensor([1., 2., 3.]).tolist() == [float(v) for v in tensor([1., 2., 3.])]", "True"),
    ("divmod(7, 2), divmod(-7, 2), divmod(7.5, 2)", "((3, 1), (-4, 1), (3.0, 1.5))"),
])
def test_comprehension_values(session, source, expected):
    assert session.run(source) == expected + "\n"


def test_variables_do_not_leak(session):
    session.run("x = 'outer'")
    assert session.run("[x for x in range(3)]") == "[0, 1, 2]\n"
    assert session.run("x") == "'outer'\n"
    assert session.error("[i for i in range(2)]; i").message == "name 'i' is not defined"


def test_first_iterable_is_evaluated_outside(session):
    session.run("x = [1, 2]")
    assert session.run("[x for x in x]") == "[1, 2]\n"


def test_closures_inside_functions(session):
    session.run("def scale(t, k):\n    return [v * k for v in t if v != k]\n")
    assert session.run("scale([1, 2, 3], 2)") == "[2, 6]\n"
    session.run("def pairs(n):\n    m = n + 1\n    return {i: [j for j in range(i, m)]"
                " for i in range(n)}\n")
    assert session.run("pairs(2)") == "{0: [0, 1, 2], 1: [1, 2]}\n"


@pytest.mark.parametrize("source, type_name, message", [
    ("[x for x in 5]", "TypeError", "'int' object is not iterable"),
    ("sum(x for x in 5)", "TypeError", "'int' object is not iterable"),
    ("[y for x in [1]]", "NameError", "name 'y' is not defined"),
    ("[1 / x for x in [1, 0]]", "ZeroDivisionError", "division by zero"),
    ("[a for a, b in [1]]", "TypeError", "cannot unpack non-iterable int object"),
    ("[x for x in range(10**12)]", "MemoryError", None),
])
def test_comprehension_errors(session, source, type_name, message):
    diag = session.error(source)
    assert diag.type_name == type_name
    if message is not None:
        assert diag.message == message


def test_failed_comprehension_changes_nothing(session):
    session.run("x = 1")
    session.error("y = [1 / v for v in [1, 0]]")
    assert session.error("y").type_name == "NameError"
    assert session.run("x") == "1\n"


def test_deadline_stops_a_long_comprehension(session):
    session.interp.set_deadline(0.2)
    try:
        diag = session.error("[i for i in range(10**9) if i < 0]")
    finally:
        session.interp.set_deadline(None)
    assert diag.type_name == "TimeoutError"


@pytest.mark.parametrize("source, message", [
    ("[x for 1 in y]", "cannot assign to literal"),
    ("[x for f() in y]", "cannot assign to function call"),
    ("[x for x in y] = 1", "cannot assign to list comprehension here. "
                           "Maybe you meant '==' instead of '='?"),
    ("(x for x in y) = 1", "cannot assign to generator expression"),
])
def test_comprehension_syntax_errors(source, message):
    with pytest.raises(Diagnostic) as info:
        parse(source)
    assert info.value.type_name == "SyntaxError"
    assert info.value.message == message


@pytest.mark.parametrize("source, expected", [
    ("f'loss {loss.item():.4f}'", "'loss 0.1235'"),
    ("f'{loss:.2f} {loss}'", "'0.12 0.12345600128173828'"),
    ("f'{xs!r} {name!a} {name!s}'", "\"[1, 2] '\\\\xe9' é\""),
    ("f'{1 + 2 = }'", "'1 + 2 = 3'"),
    ("f'{w=}, {w = :>3}'", "'w=8, w =   8'"),
    ("f'{3.14159:{w}.{2}f}|'", "'    3.14|'"),
    ("f'{{literal}} {xs[0]}'", "'{literal} 1'"),
    ("F'{w}' 'b' rf'\\n{w}'", "'8b\\\\n8'"),
    ("f'\\N{EM DASH}{w}\\t.'", "'—8\\t.'"),
    ("f'{[v * v for v in xs]}'", "'[1, 4]'"),
    ("f'{w != 3} {w == 8}'", "'True True'"),
])
def test_fstring_values(session, source, expected):
    session.run("loss = tensor(0.123456); xs = [1, 2]; w = 8; name = 'é'")
    assert session.run(source) == expected + "\n"


@pytest.mark.parametrize("source, type_name, message", [
    ("f'{tensor([1., 2.]):.2f}'", "TypeError",
     "unsupported format string passed to Tensor.__format__"),
    ("f'{undefined}'", "NameError", "name 'undefined' is not defined"),
    ("f'{}'", "SyntaxError", "f-string: empty expression not allowed"),
    ("f'}'", "SyntaxError", "f-string: single '}' is not allowed"),
    ("f'{1!z}'", "SyntaxError",
     "f-string: invalid conversion character: expected 's', 'r', or 'a'"),
    ("f'{1:>{10**11}}'", "MemoryError", None),
])
def test_fstring_errors(session, source, type_name, message):
    diag = session.error(source)
    assert diag.type_name == type_name
    if message is not None:
        assert diag.message == message


def test_braces_inside_fstrings_do_not_open_brackets():
    from gradsh.lang.parser import is_complete, split_chunks

    assert is_complete("f'{x'") and is_complete("f'}}'")
    assert not is_complete("f'''{\n")
    assert split_chunks("s = f'{a'\nt = f'}'") == [(1, "s = f'{a'"), (2, "t = f'}'")]
