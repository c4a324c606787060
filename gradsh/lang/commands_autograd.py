"""The autograd commands: :backward, :grad, :zero_grad, :graph and :gradcheck."""
from __future__ import annotations

from typing import TYPE_CHECKING

from .commands import (COMMANDS, CommandError, _is_tensor, _names, _repr, _tensor, _torch,
                       command, did_you_mean)
from .whitelist import get_attribute

if TYPE_CHECKING:  # pragma: no cover
    from .evaluator import Interpreter


@command("backward", usage=":backward y [--retain] [--ones]",
         summary="y.backward(); --ones passes a gradient of ones, --retain keeps the graph")
def _backward(interpreter: "Interpreter", text: str) -> None:
    words = _names(text)
    flags = {w for w in words if w.startswith("--")}
    names = [w for w in words if not w.startswith("--")]
    unknown = flags - {"--retain", "--ones"}
    if unknown:
        flag = sorted(unknown)[0]
        raise CommandError(f"unknown option '{flag}' for :backward",
                           did_you_mean(flag, ["--retain", "--ones"]))
    if len(names) != 1:
        raise CommandError("usage: " + COMMANDS["backward"].usage)
    y = _tensor(interpreter, names[0])
    gradient = _torch().ones_like(y) if "--ones" in flags else None
    y.backward(gradient, retain_graph=True if "--retain" in flags else None)


@command("grad", usage=":grad x [w ...]", summary="print x.grad (None when unset)")
def _grad(interpreter: "Interpreter", text: str) -> None:
    names = _names(text)
    if not names:
        raise CommandError("usage: " + COMMANDS["grad"].usage)
    for name in names:
        grad = get_attribute(_tensor(interpreter, name), "grad")
        shown = "None" if grad is None else _repr(grad)
        interpreter.output(shown + "\n" if len(names) == 1 else f"{name}.grad: {shown}\n")


@command("zero_grad", usage=":zero_grad [x ...]",
         summary="set .grad to None on the named tensors, or on every leaf tensor")
def _zero_grad(interpreter: "Interpreter", text: str) -> None:
    names = _names(text)
    if names:
        tensors = [_tensor(interpreter, name) for name in names]
    else:
        tensors = [v for v in interpreter.workspace.values() if _is_tensor(v) and v.is_leaf]
    for tensor in tensors:
        tensor.grad = None



@command("graph", usage=":graph y",
         summary="draw y's autograd graph: nodes, shapes, leaves by their names")
def _graph(interpreter: "Interpreter", text: str) -> None:
    from gradsh.engine.graph_text import draw

    names = _names(text)
    if len(names) != 1:
        raise CommandError("usage: " + COMMANDS["graph"].usage)
    interpreter.output(draw(_tensor(interpreter, names[0]), interpreter.workspace) + "\n")


def _split_gradcheck(text: str) -> tuple[str, list[str]]:
    expression, separator, names = text.rpartition(" wrt ")
    if not separator or not expression.strip() or not names.split():
        raise CommandError("usage: " + COMMANDS["gradcheck"].usage,
                           ["e.g. :gradcheck (x * w).sum() wrt x w"])
    return expression.strip(), names.split()


@command("gradcheck", usage=":gradcheck EXPR wrt x [w ...]",
         summary="compare analytic and finite-difference gradients of EXPR, in float64")
def _gradcheck(interpreter: "Interpreter", text: str) -> None:
    from gradsh.engine.gradcheck import gradcheck

    from . import ast
    from .functions import Scope
    from .parser import parse

    expression, names = _split_gradcheck(text)
    module = parse(expression, filename="<gradcheck>")
    if len(module.body) != 1 or not isinstance(module.body[0], ast.ExprStmt):
        raise CommandError(f"expected one expression, got '{expression}'")
    node = module.body[0].value
    inputs = []
    for name in names:
        value = _tensor(interpreter, name)
        if not value.dtype.is_floating_point:
            raise CommandError(f"{name} is a {value.dtype!r} tensor: only floating tensors have "
                               "gradients")
        # A float64 leaf copy: the differences are taken in double precision.
        inputs.append(value.detach().double().clone().requires_grad_())

    def function(*tensors):
        scope = Scope(dict(zip(names, tensors)), frozenset(names), None)
        return interpreter.evaluate(node, scope)

    report = gradcheck(function, inputs)
    width = max(len(name) for name in names)
    for entry in report.inputs:
        verdict = "PASS" if entry.passed else "FAIL"
        interpreter.output(f"{names[entry.index]:<{width}}  max abs diff {entry.max_abs_diff:.3g}"
                           f"  max rel diff {entry.max_rel_diff:.3g}  {verdict}\n")
    checked = {entry.index for entry in report.inputs}
    for index, name in enumerate(names):
        if index not in checked:
            interpreter.output(f"{name:<{width}}  not used by the expression\n")
    interpreter.output(("PASS" if report.passed else "FAIL") + "\n")
