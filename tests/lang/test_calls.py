"""Python's loop else clauses, *args/**kwargs/keyword-only parameters and
** unpacking, run by gradsh and checked against Python itself."""
from __future__ import annotations

import textwrap

import pytest

from gradsh.lang.diagnostics import Diagnostic

DEFINITIONS = textwrap.dedent("""\
    def f(a, b):
        return a + b
    def g(a, *, scale):
        return a * scale
    def h(*args, **kwargs):
        return args, kwargs
    def k(a, b=1, *rest, c, d=2, **kw):
        return a, b, rest, c, d, kw
    def s(a, *, scale=2):
        return a * scale
    lam = lambda *a, key=0, **kw: (a, key, kw)
    """)


def python_result(expression: str) -> str:
    """What Python gives for `expression` after the same definitions."""
    namespace: dict = {"__name__": "__main__"}
    exec(DEFINITIONS, namespace)
    try:
        return repr(eval(expression, namespace))
    except Exception as error:  # noqa: BLE001 - the error is the result
        return f"{type(error).__name__}: {error}"


def gradsh_result(session, expression: str) -> str:
    session.run(DEFINITIONS)
    try:
        return session.run(expression).rstrip("\n")
    except Diagnostic as diag:
        return f"{diag.type_name}: {diag.message}"


CALLS = [
    # binding that works
    "h()", "h(1, 2, x=3)", "h(*[1, 2], **{'y': 4})", "k(1, c=3)", "k(1, 2, 3, 4, c=5, e=6)",
    "k(**{'a': 1, 'c': 2, 'z': 3})", "s(3)", "s(3, scale=4)", "g(2, scale=5)",
    "lam()", "lam(1, 2, key=3, z=4)", "f(**{'b': 1}, a=2)", "h(args=1, kwargs=2)",
    "f(*(1,), **{'b': 2})", "h(**{}, **{'a': 1})",
    # Python's messages
    "f(1, 2, x=3)", "f(x=1)", "f(1, 2, 3)", "f(1)", "f()", "f(1, a=2)",
    "g(1)", "g(1, 2)", "g(1, 2, scale=3)", "g(scale=1)", "g(1, scale=2, cat=3)",
    "k(1, 2, 3)", "k()", "k(1, b=2, a=3, c=4)", "s(1, 2, 3)", "s(1, 2, scale=1)",
    "f(**5)", "h(**[1])", "f(**{'a': 1}, **{'a': 2})", "f(a=1, **{'a': 2})",
    "f(**{1: 2})", "f(*1)", "lam(**None)", "(lambda: 0)(1)", "(lambda *, x: x)()",
    "(lambda a, *, b: 0)(1, 2, b=3)", "h(1, **{'x': 1}, x=2)",
]


@pytest.mark.parametrize("expression", CALLS)
def test_calls_match_python(session, expression):
    assert gradsh_result(session, expression) == python_result(expression)


LOOPS = [
    # else runs when the loop was not ended by break
    "for i in range(3):\n    pass\nelse:\n    print('done', i)",
    "for i in range(3):\n    if i == 1:\n        break\nelse:\n    print('never')\nprint(i)",
    "for i in []:\n    pass\nelse:\n    print('empty')",
    "n = 0\nwhile n < 3:\n    n += 1\nelse:\n    print('ended', n)",
    "n = 0\nwhile True:\n    n += 1\n    if n == 2: break\nelse:\n    print('never')\nprint(n)",
    "for i in range(3):\n    continue\nelse: print('after continue')",
    # a break in the inner loop's else ends the outer loop
    "for i in range(3):\n    for j in range(3):\n        if j > i: break\n    else:\n"
    "        print('inner', i)\n        break\nprint(i, j)",
    # prime search: the classic for/else
    "for n in range(2, 12):\n    for d in range(2, n):\n        if n % d == 0: break\n"
    "    else:\n        print(n)",
    # inside functions: return from the else, names the else assigns are local
    "def first_even(xs):\n    for x in xs:\n        if x % 2 == 0: return x\n    else:\n"
    "        found = None\n    return found\nprint(first_even([1, 3, 4]), first_even([1]))",
]


def python_output(source: str) -> str:
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(source, {"__name__": "__main__"})
    return out.getvalue()


@pytest.mark.parametrize("source", LOOPS)
def test_loop_else_matches_python(session, source):
    assert session.run(source) == python_output(source)


def test_varargs_and_kwargs_are_locals_and_values(session):
    session.run(textwrap.dedent("""\
        def collect(*items, **options):
            items = items + (len(options),)
            return items
        def wrap(fn, *args, **kwargs):
            return fn(*args, **kwargs)
        """))
    assert session.run("collect(1, 2, a=3)") == "(1, 2, 1)\n"
    assert session.run("wrap(collect, 5, b=1, c=2)") == "(5, 2)\n"
    assert "items" not in session.workspace
    assert session.run("wrap(lambda **kw: kw, x=1)") == "{'x': 1}\n"


def test_keyword_only_defaults_are_evaluated_at_definition(session):
    session.run("base = 2\ndef scaled(a, *, k=base): return a * k\nbase = 10")
    assert session.run("scaled(3), scaled(3, k=base)") == "(6, 30)\n"


def test_unpacking_a_mapping_that_is_not_a_dict(session):
    from types import MappingProxyType

    session.workspace["proxy"] = MappingProxyType({"b": 5})
    assert session.run("def f(a, b): return a - b\nf(1, **proxy)") == "-4\n"


def test_errors_point_at_the_call(session):
    session.run("def g(a, *, scale): return a * scale")
    diag = session.error("x = 1\ng(x)")
    assert diag.message == "g() missing 1 required keyword-only argument: 'scale'"
    assert diag.span.line == 2
