"""gradsh parses expressions and statements as Python does.

Each case is parsed by gradsh and by Python's own ``ast``; both trees are
turned into the same canonical nested tuples and compared, spans included.
"""
from __future__ import annotations

import ast as py

import pytest

from canonical_ast import from_gradsh, from_python
from gradsh.lang import ast as g
from gradsh.lang.parser import parse

EXPRESSIONS = [
    # power, unary, right associativity
    "-x**2", "2**-1", "a**b**c", "-a**-b", "~x**2", "+x", "--x", "-~+x", "(-x)**2",
    "x**-y**z",
    # arithmetic levels and left associativity
    "a-b-c", "a/b*c", "a//b%c", "a*b+c*d", "a+b*c", "(a+b)*c", "1 + 2 * 3 ** 4",
    "x @ y + z", "x @ y @ z", "a - -b", "a*-b", "a % b // c @ d",
    # shifts and bitwise
    "a << b + c", "a >> b << c", "~a & b | c ^ d", "a | b & c", "a ^ b | c & d",
    "a & b << c", "a | b ^ c ^ d",
    # comparisons
    "a < b < c", "a == b != c", "a <= b >= c > d", "a in b", "a not in b", "a is b",
    "a is not b", "a | b < c & d", "a + 1 == b * 2",
    # boolean operators, not, conditional
    "not a == b", "not not a", "a or b and c", "a and b or c and d", "a or b or c",
    "not a and b", "a if b else c", "a if b else c if d else e", "(a if b else c) if d else e",
    "a or b if c and d else e", "not a if b else c",
    # primaries
    "-a.b[c](d)", "a.b.c", "f(a, b=1)(c)", "f()", "f(*args)", "f(a, *b, c=1)",
    "f(x, **kw)", "f(a,)", "x.y(z)[0].w", "f(x)[0]**2", "x.T @ w",
    # subscripts and slices
    "a[1:2, ::3, ...]", "x[None, :]", "x[0, 1:]", "x[::]", "x[:]", "x[1:]", "x[:-1]",
    "x[::-1]", "x[a:b:c]", "x[i][j]", "x[(1, 2)]", "x[1,]", "x[[0, 1]]", "x[..., 0]",
    "x[i + 1 : j * 2]",
    # literals and displays
    "(a, b)", "[1, 2][0]", "()", "(1,)", "[]", "[1, [2, 3], (4,)]", "{}", "{'a': 1, 2: [3]}",
    "1_000", "0x1f", "0o17", "0b101", "3.", ".5", "1e-3", "1_000.5", "2.5E+3", "1e5",
    "'a'", '"b"', "'a' 'b'", "'\\n\\t\\x41\\u00e9'", "r'\\n'", "b'ab'", "'''x'''",
    "True", "False", "None", "...", "[*a, b]", "(*a, b)", "[1, 2,]",
    # tensors, as gradsh users write them
    "torch.tensor([[1., 2.], [3., 4.]], requires_grad=True)",
    "(w * x + b).sum().backward()", "x.grad.zero_()", "F.softmax(x, dim=-1)",
    "torch.autograd.grad(y, x, create_graph=True)[0]",
    # lambda: the lowest precedence; its body is a whole conditional expression
    "lambda: 1", "lambda x: x * 2", "lambda a, b=1: a + b", "lambda x: x if x else -x",
    "lambda x: lambda y: x + y", "a if b else lambda: c", "(lambda x: x)(1)",
    "f(lambda t: t ** 2, x)", "lambda x: (x, 1)", "lambda: a or b and not c",
    "lambda a, b=2, c=f(3),: a", "[lambda: 1, lambda x=[]: x]", "{'k': lambda: 0}",
    "x[lambda: 1]", "lambda x: x[1:2]", "sorted(v, key=lambda p: -p)",
    # lambda with *args, keyword-only parameters and **kwargs; ** unpacking in calls
    "lambda *a: a", "lambda *a, **k: k", "lambda a, *, k=1: a", "lambda *, k: k",
    "lambda a=1, *b, c, d=2, **e: 0", "lambda **k,: k", "f(**a, **b)", "f(*a, *b, **c)",
    "f(x, *a, k=1, **m)", "f(**{'a': 1})", "f(a=1, **m, b=2)",
    # comprehensions and generator expressions
    "[x for x in y]", "[f(x) for x in xs if x > 0]", "[i * v for i, v in enumerate(t)]",
    "[a + b for a in x for b in y if a if b < 2]", "[(a, b) for (a, b), c in z]",
    "[x for x in a if x for y in b if y]", "[x if c else y for x in a or b]",
    "[[j for j in range(i)] for i in range(3)]", "[lambda: x for x in y]",
    "sum(x * x for x in t)", "max(abs(v) for v in t.tolist())", "(x for x in y)",
    "f((x for x in y))", "f (\n x for x in y\n)", "{k: v for k, v in d.items()}",
    "{k: [v for v in w] for k in d if k}", "[x for x, in y]", "[x for *a, x in y]",
    "[x.y for x.y in z]", "[-x ** 2 for x in range(3)][0]",
]

STATEMENTS = [
    "x = 1", "a = b = 1", "a, b = f()", "g, = h", "(a, b) = c", "[a, b] = c",
    "a, *b = c", "x.requires_grad = True", "x.grad = None", "x[0, 1:] = 5",
    "a.b[c].d = e", "x = y = z[0] = 1", "x = 1, 2", "x = *a, b",
    "x += 1", "x -= 1", "x *= 2", "x /= 2", "x @= w", "x **= 2", "x //= 2", "x %= 2",
    "x &= m", "x |= m", "x ^= m", "x <<= 1", "x >>= 1", "x.data += 1", "x[0] -= 1",
    "del x", "del x, y", "del x[0], y.z", "del (a, b)", "pass",
    "import torch", "import torch as t", "import numpy as np",
    "import torch.nn.functional as F", "import math", "import torch, math as m",
    "from torch import tensor, zeros", "from torch.autograd import Variable",
    "from torch import (tensor as T, zeros,)", "from torch import *",
    "x = 1; y = 2", "x = 1; y = 2;", "a; b; c",
    "x = [\n    1,\n    2,\n]", "f(a,\n  b=2)\ny = 3", "x = (1 +\n     2)",
    "x = 1  # a comment\n# a comment line\n\ny = 2", "x = 1 + \\\n    2",
    "x = '''a\nb'''", "t = {\n  'a': 1,\n}",
    "\n\nx\n\n",
    # lambdas in statements
    "f = lambda t: t * t", "g = lambda: None; g()", "a, b = lambda: 1, lambda: 2",
]

BLOCKS = [
    "for i in range(3):\n    print(i)", "for i, v in enumerate(x):\n    s += v",
    "for (a, b), c in z:\n    pass", "for x.y in z: pass", "for a, *b in c: pass",
    "for i in 1, 2: pass", "for i in range(3): print(i); print(i * 2)",
    "while n < 10:\n    n += 1\n    if n == 5:\n        break\n    continue",
    "if a:\n    b\nelif c:\n    d\nelif e: f\nelse:\n    g",
    "if a: b\nelse: c", "if a:\n    if b:\n        c\n    else:\n        d\ne = 1",
    "with torch.no_grad():\n    w -= 0.1 * w.grad", "with a as b: c",
    "with open(f) as (a, b):\n    pass",
    "def f(a, b=1):\n    return a * b", "def g(): return", "def h(x,): pass",
    "def scale(t, k=2.0):\n    y = t * k\n    return y, k",
    "def outer(n):\n    def inner(x):\n        return x + n\n    return inner",
    "def loop(n):\n    for i in range(n):\n        if i: continue\n        break\n    return",
    "def f(t):\n    return (t ** 3).sum()\nz = f(x)",
    "for i in x:\n    # comment\n\n    a = 1\n  # odd comment\n    b = 2\n",
    "for i in x:\n\tif i:\n\t\tpass\n\telse:\n\t\tpass",
    "if a:\n        b\nelse:\n  c", "def f():\n    return *a, b",
    # for/while ... else
    "for i in x:\n    if i: break\nelse:\n    y = 1", "for i in x: pass\nelse: pass",
    "while n:\n    n -= 1\nelse:\n    done = True\nz = 2",
    "for a in b:\n    for c in d:\n        break\n    else:\n        continue\n    break\n"
    "else:\n    e",
    "def f(x):\n    while x:\n        return 1\n    else:\n        return 2",
    "while a:\n    pass\nelse:\n    if b:\n        c\n    else:\n        d",
    # *args, keyword-only parameters, **kwargs
    "def f(*args, **kwargs):\n    return g(*args, **kwargs)", "def f(a, *, scale=2): pass",
    "def f(a, b=1, *rest, c, d=4, **kw): pass", "def f(*, a, b=2,): pass",
    "def f(**kw,): pass", "def f(a=1, *, b, c=2, d): pass", "def f(*a): pass",
    # exceptions, scope declarations, annotations, decorators, classes, generators, sets
    "try:\n    a\nexcept ValueError as e:\n    b\nexcept (KeyError, IndexError):\n    c\n"
    "except:\n    d\nelse:\n    e\nfinally:\n    f",
    "try:\n    a\nfinally:\n    b", "raise", "raise E", "raise E('x') from err",
    "raise E from None", "assert x", "assert x > 0, 'message'",
    "def f():\n    global a, b\n    nonlocal c", "x: int = 5", "y: List[int]",
    "self.w: Tensor = zeros(3)", "d['k']: int = 1",
    "def f(a: int, *b: str, c: float = 1.0, **d: dict) -> bool:\n    return a",
    "@deco\ndef f(): pass", "@a.b(1)\n@c\ndef f(): pass",
    "class A: pass", "class A(B, C):\n    x = 1\n    def f(self):\n        return self.x",
    "@dataclass\nclass A(Base, metaclass=M):\n    \"doc\"\n    y: int = 0",
    "def g():\n    yield\n    yield 1\n    x = yield a, b\n    yield from range(3)",
    "s = {1, 2, *t}", "s = {x for x in y if x}", "z = 1j + 2.5J",
]


def both(text: str, spans: bool = False) -> tuple:
    return from_gradsh(parse(text), spans), from_python(py.parse(text), spans)


@pytest.mark.parametrize("text", EXPRESSIONS)
def test_expression_tree_matches_python(text):
    ours, python = both(text)
    assert ours == python


@pytest.mark.parametrize("text", EXPRESSIONS)
def test_expression_spans_match_python(text):
    ours, python = both(text, spans=True)
    assert ours == python


@pytest.mark.parametrize("text", STATEMENTS)
def test_statement_tree_matches_python(text):
    ours, python = both(text)
    assert ours == python


@pytest.mark.parametrize("text", STATEMENTS)
def test_statement_spans_match_python(text):
    ours, python = both(text, spans=True)
    assert ours == python


@pytest.mark.parametrize("text", BLOCKS)
def test_block_tree_matches_python(text):
    ours, python = both(text)
    assert ours == python


@pytest.mark.parametrize("text", BLOCKS)
def test_block_spans_match_python(text):
    ours, python = both(text, spans=True)
    assert ours == python


def test_with_several_items_nests():
    ours, python = both("with a as b, c, d() as e:\n    f")
    assert ours == python


def test_enough_cases():
    assert len(EXPRESSIONS) >= 40


def test_semicolons_make_separate_statements():
    body = parse("a = 1; b = a + 1; b").body
    assert [type(node) for node in body] == [g.Assign, g.Assign, g.ExprStmt]


def test_command_lines_become_command_nodes():
    body = parse("x = 1\n:backward y --retain\n  :grad  x  w \ny").body
    assert from_gradsh(parse(":grad x w").body[0]) == ("Command", "grad", "x w")
    assert [from_gradsh(node)[0] for node in body] == ["Assign", "Command", "Command", "Expr"]
    assert body[1].name == "backward" and body[1].text == "y --retain"
    assert body[2].name == "grad" and body[2].text == "x  w"


def test_command_text_is_not_python():
    # an apostrophe or a bracket in a command does not open a string or a bracket
    body = parse(":help don't (\nx").body
    assert (body[0].name, body[0].text) == ("help", "don't (")
    assert from_gradsh(body[1]) == ("Expr", ("Name", "x"))


def test_colon_inside_brackets_is_not_a_command():
    assert from_gradsh(parse("x[1\n:2]").body[0]) == from_python(py.parse("x[1\n:2]").body[0])


def test_bare_command_name():
    node = parse(":vars").body[0]
    assert (node.name, node.text) == ("vars", "")


def test_string_escapes_are_decoded():
    assert parse(r"'a\tb\\c\'d'").body[0].value.value == "a\tb\\c'd"
    assert parse(r"'\u00e9\N{GREEK SMALL LETTER ALPHA}'").body[0].value.value == "éα"


def test_numbers_have_python_values():
    values = [parse(text).body[0].value.value for text in ("1_000", "0x1f", "3.", "1e-3")]
    assert values == [1000, 31, 3.0, 0.001]
    assert type(values[2]) is float and type(values[0]) is int


def test_empty_and_comment_only_text():
    assert parse("").body == ()
    assert parse("# nothing\n\n").body == ()


FSTRINGS = [
    'f"loss {loss.item():.4f}"', 'f"{x!r}"', "f'{x!s:>10} {y!a}'", 'f"{a + b = }"',
    'f"{w=}"', 'f"{v:{width}}"', 'f"{v:{w}.{p}f}"', 'f"{{x}} {x}"', "F'{x}'", r"rf'\n{x}'",
    r"fr'{x}\t'", "'a' f'{b}' 'c'", """f"{x['k']}" """.strip(), """f'{ {"a": 1}["a"] }'""",
    'f"{a != b} {a == b}"', "f'''{\nx\n}'''", 'f"{[v * v for v in t]}"', 'f""',
    r'f"\t{x}\n"', 'f"{x:}"', 'f"{(lambda: 1)()}"', 'f"{x, y}"',
]


@pytest.mark.parametrize("text", FSTRINGS)
def test_fstring_tree_matches_python(text):
    assert from_gradsh(parse(text)) == from_python(py.parse(text))
