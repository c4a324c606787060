"""Generator functions: a ``def`` whose body has ``yield``.

Calling one returns a :class:`GeneratorObject`; each ``next()`` resumes the
body where it stopped. The body runs through :func:`run_body`, a Python
generator that walks the statements as the interpreter does: a statement
with no ``yield`` inside goes to ``Interpreter.exec_stmt`` unchanged, and the
compound statements that contain one (``for``, ``while``, ``if``, ``with``,
``try``) are replayed here with ``yield from`` around their bodies, so
Python's own generator machinery keeps the state between two ``next()``
calls (no threads). ``yield`` is a statement or an assignment's value
(``yield x``, ``y = yield x``, ``yield from it``), as the grammar allows.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterator, Optional

from . import ast
from .functions import BreakSignal, ContinueSignal, ReturnSignal, Scope, _Failure

if TYPE_CHECKING:
    from .functions import UserFunction

_YIELD_NODES = (ast.Yield, ast.YieldFrom)
_contains: dict = {}  # id(statement) -> whether a yield is inside (nodes are immutable)


def contains_yield(statement: Any) -> bool:
    """A ``yield`` in this statement, outside nested functions and classes."""
    key = id(statement)
    known = _contains.get(key)
    if known is None:
        known = _contains[key] = (statement, _scan(statement))
    return known[1]


def _scan(statement: Any) -> bool:
    if isinstance(statement, (ast.ExprStmt, ast.Assign)):
        return isinstance(statement.value, _YIELD_NODES)
    if isinstance(statement, (ast.FunctionDef, ast.ClassDef)):
        return False
    bodies = [getattr(statement, name, ()) for name in ("body", "orelse", "finalbody")]
    bodies += [handler.body for handler in getattr(statement, "handlers", ())]
    return any(_scan(inner) for body in bodies for inner in body)


def is_generator_body(body: tuple) -> bool:
    return any(_scan(statement) for statement in body)


class GeneratorObject:
    """What calling a generator function returns (Python's generator, for gradsh code)."""

    __gradsh_attrs__ = frozenset({"send", "close", "throw"})

    def __init__(self, function: "UserFunction", scope: Scope) -> None:
        self._function, self._scope = function, scope
        self._body = _generator(function, scope)
        self._running = False

    def __iter__(self) -> "GeneratorObject":
        return self

    def __next__(self) -> Any:
        return self.send(None)

    def send(self, value: Any) -> Any:
        if self._running:
            raise ValueError("generator already executing")
        interpreter = self._function.interpreter
        interpreter.check_deadline()
        if interpreter.call_depth >= interpreter.max_call_depth:
            raise RecursionError(f"maximum recursion depth exceeded in '{self._function.name}'")
        interpreter.call_depth += 1
        interpreter.call_stack.append((self._function, self._scope))
        self._running = True
        try:
            return self._body.send(value)
        except _Failure as failure:  # the exception itself, as a gradsh function leaves it
            failure.exc.gradsh_failure = failure
            raise failure.exc from failure.exc.__cause__
        finally:
            self._running = False
            interpreter.call_depth -= 1
            interpreter.call_stack.pop()

    def throw(self, exc: Any, *args: Any) -> Any:
        return self._body.throw(exc if isinstance(exc, BaseException) else exc())

    def close(self) -> None:
        self._body.close()

    def __repr__(self) -> str:
        return f"<generator object {self._function.__qualname__} at {id(self):#x}>"


GeneratorObject.__name__ = GeneratorObject.__qualname__ = "generator"
GeneratorObject.__module__ = "builtins"


def _generator(function: "UserFunction", scope: Scope) -> Iterator:
    try:
        yield from run_body(function.interpreter, function.body, scope)
    except ReturnSignal as returned:
        return returned.value
    except (BreakSignal, ContinueSignal):
        raise SyntaxError("'break' or 'continue' outside loop") from None


# ------------------------------------------------------------ statements
def run_body(interpreter: Any, body: tuple, scope: Optional[Scope]) -> Iterator:
    from .diagnostics import Diagnostic  # noqa: PLC0415

    for statement in body:
        if not contains_yield(statement):
            interpreter.exec_stmt(statement, scope)
            continue
        try:
            yield from _RUNNERS[type(statement)](interpreter, statement, scope)
        except (_Failure, Diagnostic):
            raise
        except Exception as exc:  # as exec_stmt does: tagged with its statement
            raise interpreter.failure(exc, statement, scope) from exc


def _value(interpreter: Any, node: Any, scope: Optional[Scope]) -> Iterator:
    """``yield x`` or ``yield from it``: what the generator hands out; the sent value."""
    if isinstance(node, ast.YieldFrom):
        return (yield from iter(interpreter.evaluate(node.value, scope)))
    value = None if node.value is None else interpreter.evaluate(node.value, scope)
    return (yield value)


def _run_expr(interpreter: Any, node: ast.ExprStmt, scope: Optional[Scope]) -> Iterator:
    yield from _value(interpreter, node.value, scope)


def _run_assign(interpreter: Any, node: ast.Assign, scope: Optional[Scope]) -> Iterator:
    sent = yield from _value(interpreter, node.value, scope)
    for target in node.targets:
        interpreter.assign(target, sent, scope)


def _run_if(interpreter: Any, node: ast.If, scope: Optional[Scope]) -> Iterator:
    branch = node.body if interpreter.evaluate(node.test, scope) else node.orelse
    yield from run_body(interpreter, branch, scope)


def _loop_body(interpreter: Any, body: tuple, scope: Optional[Scope]) -> Iterator:
    """One pass of a loop body; its value is False when the body breaks."""
    try:
        yield from run_body(interpreter, body, scope)
    except BreakSignal:
        return False
    except ContinueSignal:
        pass
    return True


def _run_while(interpreter: Any, node: ast.While, scope: Optional[Scope]) -> Iterator:
    while interpreter.evaluate(node.test, scope):
        interpreter.check_deadline()
        if not (yield from _loop_body(interpreter, node.body, scope)):
            return
    yield from run_body(interpreter, node.orelse, scope)


def _run_for(interpreter: Any, node: ast.For, scope: Optional[Scope]) -> Iterator:
    for item in interpreter.evaluate(node.iter, scope):
        interpreter.check_deadline()
        interpreter.assign(node.target, item, scope)
        if not (yield from _loop_body(interpreter, node.body, scope)):
            return
    yield from run_body(interpreter, node.orelse, scope)


def _run_with(interpreter: Any, node: ast.With, scope: Optional[Scope]) -> Iterator:
    from .statements import managed  # noqa: PLC0415

    with managed(interpreter.evaluate(node.context, scope)) as entered:
        if node.target is not None:
            interpreter.assign(node.target, entered, scope)
        yield from run_body(interpreter, node.body, scope)


def _run_try(interpreter: Any, node: ast.Try, scope: Optional[Scope]) -> Iterator:
    from .statements import matching_handler, overrides_everything  # noqa: PLC0415

    try:
        try:
            yield from run_body(interpreter, node.body, scope)
        except _Failure as failure:
            handler = matching_handler(interpreter, node.handlers, failure.exc, scope)
            if handler is None:
                raise
            yield from _run_handler(interpreter, handler, failure.exc, scope)
        else:
            yield from run_body(interpreter, node.orelse, scope)
    except BaseException as pending:
        if not node.finalbody:
            raise
        if not overrides_everything(pending):
            yield from run_body(interpreter, node.finalbody, scope)
            raise
        try:  # a limit on its way out: the finally clause cannot swallow it
            yield from run_body(interpreter, node.finalbody, scope)
        except BaseException:  # noqa: BLE001
            pass
        raise
    else:
        yield from run_body(interpreter, node.finalbody, scope)


def _run_handler(interpreter: Any, handler: ast.ExceptHandler, exc: BaseException,
                 scope: Optional[Scope]) -> Iterator:
    from .statements import handling  # noqa: PLC0415

    with handling(interpreter, handler, exc, scope):
        yield from run_body(interpreter, handler.body, scope)


_RUNNERS = {
    ast.ExprStmt: _run_expr, ast.Assign: _run_assign, ast.If: _run_if, ast.While: _run_while,
    ast.For: _run_for, ast.With: _run_with, ast.Try: _run_try,
}
