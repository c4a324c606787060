"""Safety (SPEC §2): a program reaches only what the language offers."""
from __future__ import annotations

import pytest

from gradsh.lang import whitelist


@pytest.mark.parametrize("source", [
    "__import__('os')",
    "open('x')",
    "eval('1')",
    "exec('a = 1')",
    "globals()",
    "locals()",
    "vars()",
    "compile",
    "breakpoint()",
    "input()",
])
def test_dangerous_builtins_are_not_defined(session, source):
    diag = session.error(source)
    assert diag.type_name == "NameError"


@pytest.mark.parametrize("source", [
    "().__class__",
    "(1).__class__.__bases__",
    "x.__class__",
    "x.__dict__",
    "x._data",
    "print.__self__",
    "max.__module__",
    "torch.__dict__",
    "torch._C",
    "int.__subclasses__()",
    "[].__class__.__base__",
    "print.__call__",
    "x.grad_fn.__class__",
])
def test_underscore_attributes_are_unreachable(session, source):
    session.run("x = tensor([1.], requires_grad=True)")
    diag = session.error(source)
    assert diag.type_name == "AttributeError"
    assert "is not accessible" in diag.message


@pytest.mark.parametrize("source", [
    "'{0.__class__}'.format(1)",
    "'{0.__class__.__mro__}'.format(x)",
    "'{0.__self__}'.format(print)",
    "'{0[0].__class__}'.format([1])",
])
def test_format_cannot_reach_internals(session, source):
    session.run("x = tensor([1.])")
    diag = session.error(source)
    assert diag.type_name == "AttributeError"


def test_format_with_allowed_fields(session):
    assert session.run("'{0.real} {1[1]}'.format(3, [4, 5])") == "'3 5'\n"


@pytest.mark.parametrize("source, message", [
    ("x.foo", "'Tensor' object has no attribute 'foo'"),
    ("torch.foo", "module 'torch' has no attribute 'foo'"),
    ("'a'.encode", "'str' object has no attribute 'encode'"),
    ("{}.fromkeys", "'dict' object has no attribute 'fromkeys'"),
    ("(1).bit_length", "'int' object has no attribute 'bit_length'"),
    ("int.from_bytes", "type object 'int' has no attribute 'from_bytes'"),
    ("x.numpy().tofile", "'ndarray' object has no attribute 'tofile'"),
    ("x.numpy().ctypes", "'ndarray' object has no attribute 'ctypes'"),
    ("max.x", "'builtin_function_or_method' object has no attribute 'x'"),
])
def test_unlisted_attributes(session, source, message):
    session.run("x = tensor([1., 2.])")
    diag = session.error(source)
    assert (diag.type_name, diag.message) == ("AttributeError", message)


def test_attribute_suggestion(session):
    session.run("x = tensor([1., 2.])")
    assert session.error("x.sahpe").notes == ["did you mean 'shape'?"]
    assert session.error("torch.tensr").notes == ["did you mean 'tensor'?"]


def test_listed_python_attributes(session):
    assert session.run("'ab'.upper(), [3, 1].index(1), (1, 1).count(1)") == "('AB', 1, 2)\n"
    assert session.run("{'a': 1}.get('a'), (2.0).is_integer()") == "(1, True)\n"
    session.run("l = [3, 1]; l.append(2); l.sort()")
    assert session.workspace["l"] == [1, 2, 3]


def test_numpy_array_attributes(session):
    session.run("a = tensor([[1., 2.]]).numpy()")
    assert session.run("a.shape, a.ndim, a.size") == "((1, 2), 2, 2)\n"
    assert session.run("a.dtype.name") == "'float32'\n"
    assert session.run("a.T.tolist()") == "[[1.0], [2.0]]\n"


def test_only_settable_attributes_can_be_assigned(session):
    session.run("x = tensor([1., 2.])")
    diag = session.error("x.shape = 3")
    assert diag.type_name == "AttributeError" and "read-only" in diag.message
    assert session.error("x.foo = 3").message == "'Tensor' object has no attribute 'foo'"
    assert "is not accessible" in session.error("x._data = 3").message
    assert session.error("torch.tensor = 3").type_name == "AttributeError"
    assert session.error("(1).real = 3").type_name == "AttributeError"


def test_namespace_attribute_cannot_be_replaced(session):
    from gradsh.engine.namespace import MODULES

    original = MODULES["torch"].tensor
    session.error("torch.tensor = None")
    assert MODULES["torch"].tensor is original


def test_user_functions_expose_nothing(session):
    session.interp.workspace["f"] = session.interp.make_function("f", (), (), None)
    assert session.error("f.__code__").type_name == "AttributeError"
    assert session.error("f.interpreter").type_name == "AttributeError"
    assert session.error("f.body").type_name == "AttributeError"


def test_isinstance_requires_types():
    with pytest.raises(TypeError):
        whitelist.SAFE_BUILTINS["isinstance"](1, "int")


def test_safe_builtins_list():
    forbidden = {"getattr", "setattr", "eval", "exec", "open", "__import__", "globals",
                 "locals", "vars", "type", "compile", "input", "breakpoint", "object"}
    assert not forbidden & set(whitelist.SAFE_BUILTINS)


def test_did_you_mean_prefers_a_name_the_word_begins(session):
    # difflib alone would suggest 'ger' for 'gr'; a user typing 'gr' means 'grad'
    error = session.error("ones(2).gr")
    assert error.notes == ["did you mean 'grad'?"]
    error = session.error(":gra x")
    assert error.notes[0] == "did you mean ':grad'?"


@pytest.mark.parametrize("source", [
    "f'{x.__class__}'",
    "f'{x.grad_fn.__class__.__mro__}'",
    "f'{print.__self__!r}'",
    "f'{1:{x.__class__}}'",
    "f'{[v.__class__ for v in [1]]}'",
])
def test_fstring_fields_obey_the_whitelist(session, source):
    session.run("x = tensor([1.], requires_grad=True) * 2")
    diag = session.error(source)
    assert diag.type_name == "AttributeError"
    assert "is not accessible" in diag.message
