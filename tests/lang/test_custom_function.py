"""torch.autograd.Function from gradsh code: what the transcript made by PyTorch
(tests/transcripts/autograd_function_from_pytorch.gsh) cannot show: the
sandbox around ctx and Function, memory, :graph."""
from __future__ import annotations

import gc
import weakref

import pytest

SETUP = """
class Exp(torch.autograd.Function):
    @staticmethod
    def forward(ctx, i):
        result = i.exp()
        ctx.save_for_backward(result)
        ctx.constant = 3
        return result

    @staticmethod
    def backward(ctx, grad_output):
        result, = ctx.saved_tensors
        return grad_output * result * ctx.constant / 3

x = torch.tensor([0., 1.], requires_grad=True)
y = Exp.apply(x)
ctx = y.grad_fn
"""


@pytest.mark.parametrize("source", [
    "ctx.__class__",
    "ctx.__dict__",
    "ctx._saved",
    "ctx._forward_cls",
    "ctx._to_save",
    "ctx._backward",
    "ctx.__init__",
    "ctx.__gradsh_attrs__",
    "ctx.saved_tensors[0].__class__",
    "type(ctx).__mro__",
    "type(ctx)._forward_cls",
    "Exp._backward_cls",
    "Exp.__init_subclass__",
    "Exp.apply.__func__",
    "Exp.apply.__self__",
    "Exp.forward.__globals__",
    "torch.autograd.Function.__dict__",
    "torch.autograd.Function._backward_cls",
    "torch.autograd.function.once_differentiable(Exp.backward)._function",
    "getattr(ctx, '_saved')",
    "'{0._saved}'.format(ctx)",
])
def test_ctx_and_function_internals_are_unreachable(session, source):
    session.run(SETUP)
    diag = session.error(source)
    assert diag.type_name == "AttributeError", diag.render()
    assert "not accessible" in diag.message


@pytest.mark.parametrize("source", [
    "ctx._saved = ()",
    "ctx.__class__ = int",
    "ctx.name = 1",
    "ctx.saved_tensors = ()",
    "ctx.needs_input_grad = (False,)",
    "setattr(ctx, '_freed', True)",
    "Exp._backward_cls = 1",
    "Exp.apply = 1",
    "del ctx.constant",
])
def test_ctx_internals_cannot_be_assigned(session, source):
    session.run(SETUP)
    diag = session.error(source)
    assert diag.type_name == "AttributeError", diag.render()
    assert session.run("y.sum().backward()\nprint(x.grad)") == "tensor([1.0000, 2.7183])\n"


def test_user_attributes_on_ctx(session):
    session.run(SETUP)
    assert session.run("print(ctx.constant)") == "3\n"
    session.run("ctx.scale = torch.tensor(2.)\nctx.constant = 6")
    assert session.run("print(ctx.scale, ctx.constant)") == "tensor(2.) 6\n"
    assert session.run("y.sum().backward()\nprint(x.grad)") == "tensor([2.0000, 5.4366])\n"
    diag = session.error("ctx.missing")
    assert diag.type_name == "AttributeError"
    assert diag.message == "'ExpBackward' object has no attribute 'missing'"


def test_ctx_repr_is_pytorchs(session):
    session.run(SETUP)
    text = session.run("print(repr(ctx))\nprint(type(ctx))\nprint(torch.autograd.Function)")
    first, second, third = text.splitlines()
    assert first == "<torch.autograd.function.ExpBackward object>"  # no address (issue 19)
    assert second == "<class 'torch.autograd.function.ExpBackward'>"
    assert third == "<class 'torch.autograd.function.Function'>"
    assert "gradsh" not in text


def test_a_user_class_cannot_replace_the_backward_class(session):
    session.run(SETUP)
    session.run("""
class Fake:
    _forward_cls = None

class Tricky(torch.autograd.Function):
    _backward_cls = Fake

    @staticmethod
    def forward(ctx, x):
        return x * 2

    @staticmethod
    def backward(ctx, g):
        return g * 2

out = Tricky.apply(x)
""")
    assert session.run("print(out.grad_fn.name(), type(out.grad_fn).__name__)") == \
        "TrickyBackward TrickyBackward\n"


def test_saved_tensors_are_freed_after_backward(session):
    session.run(SETUP)
    saved = weakref.ref(session.workspace["ctx"]._saved[0].value)
    session.run("y.sum().backward()")
    gc.collect()
    assert saved() is None
    diag = session.error("ctx.saved_tensors")
    assert diag.message.startswith("Trying to backward through the graph a second time")
    assert any("ExpBackward was recorded by: y = Exp.apply(x)" in note for note in diag.notes)


def test_graph_is_dropped_with_its_output(session):
    session.run(SETUP)
    node = weakref.ref(session.workspace["ctx"])
    session.run("del y\ndel ctx")
    gc.collect()
    assert node() is None


def test_an_error_in_forward_restores_grad_mode(session):
    session.run("""
class Broken(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x + undefined_name

    @staticmethod
    def backward(ctx, g):
        return g
""")
    diag = session.error("Broken.apply(torch.ones(1, requires_grad=True))")
    assert diag.type_name == "NameError"
    assert session.run("print(torch.is_grad_enabled())") == "True\n"


def test_graph_command_shows_the_custom_node(session):
    session.run(SETUP)
    text = session.run("s = y.sum()\n:graph s")
    assert "ExpBackward  (2,)" in text and "x  leaf (2,)" in text


def test_engine_callers_can_subclass_function():
    """Function is a plain Python base class for engine code too: a Python
    subclass with a tensor-op backward gives second derivatives."""
    from gradsh.engine import autograd
    from gradsh.engine.custom_function import Function
    from gradsh.engine.ops.creation import tensor

    class Square(Function):
        @staticmethod
        def forward(ctx, x):
            ctx.save_for_backward(x)
            return x * x

        @staticmethod
        def backward(ctx, g):
            x, = ctx.saved_tensors
            return 2 * x * g

    x = tensor(3.0, requires_grad=True)
    y = Square.apply(x)
    assert y.grad_fn.name() == "SquareBackward"
    first, = autograd.run_backward([y], [None], inputs=[x], create_graph=True)
    assert first.item() == 6.0 and first.requires_grad
    second, = autograd.run_backward([first], [None], inputs=[x])
    assert second.item() == 2.0
