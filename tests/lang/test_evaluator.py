"""The evaluator: statements, expressions, names, imports, atomicity, warnings."""
from __future__ import annotations

import warnings

import pytest

from gradsh.lang.diagnostics import Diagnostic
from gradsh.lang.evaluator import Interpreter


# ------------------------------------------------------------ expressions
@pytest.mark.parametrize("source, expected", [
    ("1 + 2 * 3", "7"),
    ("-2 ** 2", "-4"),
    ("2 ** 3 ** 2", "512"),
    ("7 // 2, 7 % 2, 7 / 2", "(3, 1, 3.5)"),
    ("1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2", "(True, False, True)"),
    ("1 if 0 else 2", "2"),
    ("0 or 'x', 1 and 0, not 0", "('x', 0, True)"),
    ("2 in [1, 2], 2 not in [1, 2]", "(True, False)"),
    ("None is None, 1 is not None", "(True, True)"),
    ("[1, 2][::-1]", "[2, 1]"),
    ("(1, 2, 3)[1:]", "(2, 3)"),
    ("{'a': 1, 'b': 2}['b']", "2"),
    ("6 & 3, 6 | 3, 6 ^ 3, ~6, 1 << 3, 16 >> 2", "(2, 7, 5, -7, 8, 4)"),
    ("'a-b'.split('-')", "['a', 'b']"),
    ("'{} and {}'.format(1, 'x')", "'1 and x'"),
    ("[*range(3), 9]", "[0, 1, 2, 9]"),
    ("max(*[3, 9, 4])", "9"),
    ("sorted([3, 1, 2], reverse=True)", "[3, 2, 1]"),
])
def test_expression_values(session, source, expected):
    assert session.run(source) == expected + "\n"


def test_none_is_not_echoed(session):
    assert session.run("None") == ""
    assert session.run("print('hi')") == "hi\n"


def test_print_sep_and_end(session):
    assert session.run("print(1, 'a', [2], sep='-', end='!')") == "1-a-[2]!"
    assert session.run("print()") == "\n"
    assert session.error("print(1, sep=3)").message == "sep must be None or a string, not int"


def test_print_has_no_file_argument(session):
    diag = session.error("print(1, file=None)")
    assert diag.type_name == "TypeError"


def test_and_or_short_circuit(session):
    session.workspace["boom"] = lambda: 1 / 0
    assert session.run("0 and boom()") == "0\n"
    assert session.run("1 or boom()") == "1\n"
    assert session.run("1 < 0 < boom()") == "False\n"


def test_semicolons_are_separate_statements(session):
    assert session.run("a = 1; a; b = a + 1; b") == "1\n2\n"


# -------------------------------------------------------------- assignment
def test_assignment_forms(session):
    session.run("a = b = 3")
    session.run("c, d = 1, 2")
    session.run("[e, (f, g)] = [4, (5, 6)]")
    session.run("h, *rest = [1, 2, 3]")
    ws = session.workspace
    assert (ws["a"], ws["b"], ws["c"], ws["d"], ws["e"], ws["f"], ws["g"]) == (3, 3, 1, 2, 4, 5, 6)
    assert ws["h"] == 1 and ws["rest"] == [2, 3]


def test_single_element_unpacking(session):
    session.run("g, = [7]")
    assert session.workspace["g"] == 7


@pytest.mark.parametrize("source, message", [
    ("a, b = [1]", "not enough values to unpack (expected 2, got 1)"),
    ("a, b = [1, 2, 3]", "too many values to unpack (expected 2)"),
    ("a, b = 5", "cannot unpack non-iterable int object"),
    ("a, *b, c = [1]", "not enough values to unpack (expected at least 2, got 1)"),
])
def test_unpacking_errors(session, source, message):
    diag = session.error(source)
    assert (diag.type_name, diag.message) == (message.startswith("cannot") and "TypeError"
                                              or "ValueError", message)


def test_subscript_assignment_and_augmented(session):
    session.run("x = [1, 2, 3]; x[0] = 10; x[1] += 5; x[1:] *= 1")
    assert session.workspace["x"] == [10, 7, 3]


def test_augmented_assignment_is_in_place_then_rebinds(session):
    session.run("a = [1]; b = a; a += [2]")
    assert session.workspace["b"] == [1, 2]
    assert session.workspace["a"] is session.workspace["b"]
    session.run("n = 1; n += 2; n **= 2; n //= 2; n -= 1")
    assert session.workspace["n"] == 3


def test_del(session):
    session.run("a = 1; b = 2; del a")
    assert "a" not in session.workspace
    assert session.error("del zz").message == "name 'zz' is not defined"
    session.run("l = [1, 2, 3]; del l[0]")
    assert session.workspace["l"] == [2, 3]


def test_pass(session):
    assert session.run("pass") == ""


# ------------------------------------------------------------------ names
def test_python_builtins_win_over_torch(session):
    assert session.run("max(3, 7), min(4, 2), abs(-2), sum([1, 2, 3]), round(2.5)") == \
        "(7, 2, 2, 6, 2)\n"
    assert session.run("len([1, 2]), list(range(3)), int('4'), float(1), bool(0)") == \
        "(2, [0, 1, 2], 4, 1.0, False)\n"
    assert session.run("list(zip([1, 2], 'ab')), list(enumerate('a'))") == \
        "([(1, 'a'), (2, 'b')], [(0, 'a')])\n"


def test_workspace_shadows_builtins(session):
    assert session.run("max = 5; max") == "5\n"
    session.run("del max")
    assert session.run("max(1, 2)") == "2\n"


def test_torch_names_unqualified(session):
    assert session.run("tensor([1., 2.])") == "tensor([1., 2.])\n"
    assert session.run("float32") == "torch.float32\n"
    assert session.run("zeros(1, dtype=float)") == "tensor([0.], dtype=torch.float64)\n"


def test_name_error_with_suggestion(session):
    diag = session.error("z")
    assert (diag.type_name, diag.message) == ("NameError", "name 'z' is not defined")
    session.run("weights = 1")
    diag = session.error("weigths + 1")
    assert diag.notes == ["did you mean 'weights'?"]
    assert diag.render() == "NameError: name 'weigths' is not defined\n  did you mean 'weights'?"


def test_isinstance(session):
    assert session.run("isinstance(1, int), isinstance(1.5, (int, float))") == "(True, True)\n"
    assert session.run("isinstance(tensor(1.), torch.Tensor)") == "True\n"
    assert session.error("isinstance(1, 2)").type_name == "TypeError"


# ----------------------------------------------------------------- imports
def test_imports_bind_namespaces(session):
    from gradsh.engine.namespace import MODULES

    session.run("import torch as t; import numpy as np; import math")
    session.run("import torch.nn.functional as F; import torch.nn; import numpy")
    ws = session.workspace
    assert ws["t"] is MODULES["torch"] and ws["np"] is MODULES["numpy"]
    assert ws["math"] is MODULES["math"] and ws["numpy"] is MODULES["numpy"]
    assert ws["F"] is MODULES["torch.nn.functional"] and ws["torch"] is MODULES["torch"]


def test_from_imports(session):
    from gradsh.engine.namespace import MODULES

    session.run("from torch import tensor, zeros as Z")
    session.run("from torch.autograd import Variable")
    session.run("from torch.nn import functional as F")
    ws = session.workspace
    assert ws["tensor"] is MODULES["torch"].tensor and ws["Z"] is MODULES["torch"].zeros
    assert ws["F"] is MODULES["torch.nn.functional"]
    assert session.run("Variable(tensor([1.]), requires_grad=True)") == \
        "tensor([1.], requires_grad=True)\n"


@pytest.mark.parametrize("source, message", [
    ("import os", "gradsh has no module 'os'"),
    ("import os.path as p", "gradsh has no module 'os.path'"),
    ("from subprocess import run", "gradsh has no module 'subprocess'"),
    ("from torch import nonexistent", "cannot import name 'nonexistent' from 'torch'"),
    ("from torch import _C", "cannot import name '_C' from 'torch'"),
])
def test_bad_imports(session, source, message):
    diag = session.error(source)
    assert (diag.type_name, diag.message) == ("ImportError", message)


# -------------------------------------------------------------- atomicity
def test_failing_statement_leaves_workspace_unchanged(session):
    session.run("a = 1; b = 2")
    before = dict(session.workspace)
    session.workspace["fail"] = lambda: [][0]
    before["fail"] = session.workspace["fail"]
    for source in ["a = fail()", "a, b = 3, fail()", "a = b = c = fail()",
                   "c, d = 5, 6, 7", "del a, zz", "q = 1; a, [].x = 1, 2",
                   "from torch import tensor, nope", "a += fail()"]:
        with pytest.raises(Diagnostic):
            session.interp.run_source(source)
        session.workspace.pop("q", None)  # `q = 1` is its own statement and succeeded
        assert session.workspace == before, source


def test_earlier_statements_keep_their_effects(session):
    diag = session.error("a = 1; b = undefined; c = 3")
    assert diag.message == "name 'undefined' is not defined"
    assert session.workspace == {"a": 1}


def test_error_span_and_source_line(session):
    session.interp.run_source("a = 1")
    with pytest.raises(Diagnostic) as info:
        session.interp.run_source("a = 2\nb = [1][3]", filename="s.gsh", first_line=10)
    diag = info.value
    assert diag.span.line == 11 and diag.filename == "s.gsh"
    assert diag.source_line == "b = [1][3]"
    assert diag.render(location=True) == "s.gsh:11: IndexError: list index out of range"
    assert isinstance(diag.__cause__, IndexError)


def test_exception_notes_are_kept(session):
    def failing():
        error = RuntimeError("bad shapes")
        error.gradsh_notes = ["a is (2, 3)"]
        raise error

    session.workspace["failing"] = failing
    diag = session.error("failing()")
    assert diag.render() == "RuntimeError: bad shapes\n  a is (2, 3)"


@pytest.mark.parametrize("source, type_name", [
    ("1 / 0", "ZeroDivisionError"), ("{}['k']", "KeyError"), ("[][0]", "IndexError"),
    ("1 + 'a'", "TypeError"), ("5()", "TypeError"), ("int('x')", "ValueError"),
])
def test_python_error_types(session, source, type_name):
    assert session.error(source).type_name == type_name


def test_huge_integer_power_is_refused(session):
    assert session.error("2 ** 10 ** 10").type_name == "OverflowError"
    assert session.run("2 ** 100") == f"{2 ** 100}\n"


# ---------------------------------------------------------------- warnings
def test_warnings_reported_once_per_statement_in_order(session):
    def noisy(message):
        warnings.warn(message, UserWarning)
        return None

    session.workspace["noisy"] = noisy
    session.run("noisy('a'); noisy('a')")
    session.run("noisy('a'), noisy('b'), noisy('a')")
    messages = [(w.type_name, w.message) for w in session.warnings]
    assert messages == [("UserWarning", "a"), ("UserWarning", "a"),
                        ("UserWarning", "a"), ("UserWarning", "b")]
    assert session.warnings[0].span is not None


def test_warnings_go_to_output_without_warn_callback():
    chunks: list[str] = []
    interp = Interpreter(chunks.append)
    interp.workspace["noisy"] = lambda: warnings.warn("careful", UserWarning)
    interp.run_source("noisy(); 1")
    assert "".join(chunks) == "UserWarning: careful\n1\n"


def test_engine_warning_then_value(session):
    session.run("x = tensor(3., requires_grad=True); y = x * 2")
    assert session.run("y.grad") == ""
    assert len(session.warnings) == 1
    assert session.warnings[0].message.startswith("The .grad attribute of a Tensor that is not")


# ------------------------------------------------------------- with tensors
def test_tensor_statements(session):
    session.run("x = tensor([[1., 2., 3.], [4., 5., 6.]])")
    assert session.run("x.shape") == "torch.Size([2, 3])\n"
    assert session.run("x[1, 2].item()") == "6.0\n"
    session.run("x[0, 1:] = 5")
    assert session.run("x[0]") == "tensor([1., 5., 5.])\n"
    assert session.run("print(x.shape, x.dtype)") == "torch.Size([2, 3]) torch.float32\n"
    assert session.run("x[..., None].shape") == "torch.Size([2, 3, 1])\n"


def test_tensor_attribute_assignment(session):
    session.run("w = tensor(2.); w.requires_grad = True")
    assert session.run("w") == "tensor(2., requires_grad=True)\n"
    session.run("y = w * 3; y.backward()")
    assert session.run("w.grad") == "tensor(3.)\n"
    session.run("w.grad = None")
    assert session.run("w.grad") == ""


def test_inplace_on_leaf_raises_pytorch_error(session):
    session.run("w = tensor(1., requires_grad=True)")
    diag = session.error("w += 1")
    assert diag.type_name == "RuntimeError"
    assert "leaf Variable that requires grad" in diag.message


# ------------------------------------------------------------------ blocks
# Block nodes are built by hand from parsed pieces, so these tests pin the
# evaluator's semantics independently of the block grammar.
from gradsh.lang import ast  # noqa: E402
from gradsh.lang.parser import parse  # noqa: E402


def stmts(source: str) -> tuple:
    return parse(source).body


def expr(source: str) -> ast.Node:
    return parse(source).body[0].value


def params(*names_and_defaults) -> tuple:
    return tuple(ast.Param(name, None if default is None else expr(default))
                 for name, default in names_and_defaults)


def run_node(session, node) -> str:
    start = len(session.chunks)
    session.interp.run_statement(node)
    return "".join(session.chunks[start:])


def test_for_loop_echoes_and_unpacks(session):
    loop = ast.For(ast.Name("k"), expr("range(3)"), stmts("k * 10"))
    assert run_node(session, loop) == "0\n10\n20\n"
    pairs = ast.For(expr("i, v"), expr("enumerate('ab')"), stmts("print(i, v)"))
    assert run_node(session, pairs) == "0 a\n1 b\n"


def test_while_break_continue(session):
    session.run("n, total = 0, 0")
    body = (*stmts("n += 1"),
            ast.If(expr("n > 8"), (ast.Break(),), ()),
            ast.If(expr("n % 2 == 1"), (ast.Continue(),), ()),
            *stmts("total += n"))
    run_node(session, ast.While(expr("True"), body))
    assert session.run("total") == "20\n"


def test_if_elif_else(session):
    def classify(value):
        session.run(f"v = {value}")
        node = ast.If(expr("v > 10"), stmts("print('big')"),
                      (ast.If(expr("v > 3"), stmts("print('medium')"), stmts("print('small')")),))
        return run_node(session, node)

    assert [classify(v) for v in (20, 5, 1)] == ["big\n", "medium\n", "small\n"]


def test_error_in_block_keeps_completed_statements(session):
    loop = ast.For(ast.Name("i"), expr("range(3)"),
                   (*stmts("print(i)"), *stmts("print(undefined_name)")))
    with pytest.raises(Diagnostic) as info:
        run_node(session, loop)
    assert info.value.message == "name 'undefined_name' is not defined"
    assert session.output() == "0\n"
    assert session.workspace["i"] == 0


def test_break_outside_loop(session):
    with pytest.raises(Diagnostic) as info:
        run_node(session, ast.Break())
    assert info.value.type_name == "SyntaxError"


def body(source: str) -> tuple:
    """Statements of a function body; `return EXPR` lines become Return nodes."""
    nodes: list = []
    for line in source.splitlines():
        if line.startswith("return "):
            nodes.append(ast.Return(expr(line[len("return "):]), span=ast.Span(2, 1, 2, 1)))
        else:
            nodes.extend(stmts(line))
    return tuple(nodes)


def define(session, name, parameters, body_source):
    run_node(session, ast.FunctionDef(name, parameters, body(body_source)))


def test_def_defaults_return_and_no_echo(session):
    define(session, "scale", params(("t", None), ("k", "2.0")), "t * 100\nreturn t * k")
    assert session.run("scale(3), scale(3, k=-1), scale(k=1, t=5)") == "(6.0, -3, 5)\n"
    assert session.run("scale") == "<function scale>\n"


@pytest.mark.parametrize("call, message", [
    ("f()", "f() missing 1 required positional argument: 't'"),
    ("f(1, 2, 3)", "f() takes from 1 to 2 positional arguments but 3 were given"),
    ("f(1, z=2)", "f() got an unexpected keyword argument 'z'"),
    ("f(1, t=2)", "f() got multiple values for argument 't'"),
    ("g()", "g() missing 2 required positional arguments: 'a' and 'b'"),
    ("g(1, 2, 3)", "g() takes 2 positional arguments but 3 were given"),
])
def test_call_errors_use_python_wording(session, call, message):
    define(session, "f", params(("t", None), ("k", "1")), "return t")
    define(session, "g", params(("a", None), ("b", None)), "return a")
    diag = session.error(call)
    assert (diag.type_name, diag.message) == ("TypeError", message)


def test_locals_closures_and_recursion(session):
    session.run("offset = 10")
    define(session, "shifted", params(("t", None)), "offset = 1\nreturn t + offset")
    assert session.run("shifted(1), offset") == "(2, 10)\n"
    define(session, "uses_global", params(("t", None)), "return t + offset")
    assert session.run("uses_global(1)") == "11\n"
    fact_body = (ast.If(expr("n <= 1"), (ast.Return(expr("1")),), ()),
                 ast.Return(expr("n * fact(n - 1)")))
    run_node(session, ast.FunctionDef("fact", params(("n", None)), fact_body))
    assert session.run("fact(5)") == "120\n"
    define(session, "unbound", (), "y = y + 1")
    assert session.error("unbound()").type_name == "UnboundLocalError"


def test_lambda_and_closure(session):
    square = ast.Assign((ast.Name("square"),),
                        ast.Lambda(params(("t", None)), expr("t * t")))
    run_node(session, square)
    assert session.run("square(4), sorted([3, -4, 1], key=square)") == "(16, [1, 3, -4])\n"
    define(session, "adder", params(("n", None)), "return 0")
    inner = ast.Return(ast.Lambda(params(("x", None)), expr("x + n")))
    run_node(session, ast.FunctionDef("adder", params(("n", None)), (inner,)))
    assert session.run("adder(3)(4)") == "7\n"


def test_error_inside_function_points_at_its_line(session):
    define(session, "bad", (), "a = 1\nreturn [][a]")
    diag = session.error("bad()")
    assert diag.type_name == "IndexError"
    assert diag.span.line == 2


def test_with_no_grad(session):
    session.run("z = tensor([1., 2.], requires_grad=True)")
    run_node(session, ast.With(expr("torch.no_grad()"), None, stmts("u = z * 2")))
    assert session.run("u, u.requires_grad") == "(tensor([2., 4.]), False)\n"
    assert session.run("(z * 2).requires_grad") == "True\n"
