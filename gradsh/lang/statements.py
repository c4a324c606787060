"""try/except/finally, raise, assert, global/nonlocal and annotated assignment.

Installed into the :class:`~gradsh.lang.evaluator.Interpreter`'s statement
table by :func:`install`. Python's semantics, with two gradsh rules:

* gradsh's own limits (the memory limit, ``--timeout``) are not catchable:
  no ``except`` clause matches them, so a script cannot run on past them.
  Ctrl-C (``KeyboardInterrupt``) and Python's ``BaseException`` are not
  reachable either: a bare ``except:`` catches what ``except Exception:`` does.
* Annotations are evaluated where Python 3.11 evaluates them (a def's
  parameters and return, a top-level ``x: T = v``), and not at all after
  ``from __future__ import annotations`` (PEP 563), as in Python.
"""
from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any, Iterator, Optional

from . import ast
from .functions import ControlFlow, Scope, _Failure

if TYPE_CHECKING:
    from .evaluator import Interpreter

def is_limit(exc: BaseException) -> bool:
    """gradsh's memory limit and time limit: errors no ``except`` may swallow."""
    return bool(getattr(exc, "gradsh_limit", False))


class Handling:
    """The exceptions being handled right now, innermost last (for a bare ``raise``)."""

    def __init__(self) -> None:
        self.stack: list[BaseException] = []


_FUTURE_FEATURES = frozenset({"nested_scopes", "generators", "division", "absolute_import",
                              "with_statement", "print_function", "unicode_literals",
                              "barry_as_FLUFL", "generator_stop", "annotations"})


def install(interpreter: "Interpreter") -> None:
    interpreter.handling = Handling()
    interpreter.future_annotations = False
    interpreter._statements.update({
        ast.Try: lambda node, scope: exec_try(interpreter, node, scope),
        ast.Raise: lambda node, scope: exec_raise(interpreter, node, scope),
        ast.Assert: lambda node, scope: exec_assert(interpreter, node, scope),
        ast.Global: lambda node, scope: exec_global(interpreter, node, scope),
        ast.Nonlocal: lambda node, scope: exec_nonlocal(interpreter, node, scope),
        ast.AnnAssign: lambda node, scope: exec_annassign(interpreter, node, scope),
    })


# --------------------------------------------------------------- with
class managed:  # noqa: N801 - used as a with-item, like contextlib's helpers
    """A context manager as a with statement sees it: its ``__exit__`` gets the
    exception a statement raised (not gradsh's wrapper around it), and cannot
    swallow gradsh's limits; break/continue/return leave as no exception."""

    def __init__(self, manager: Any) -> None:
        kind = type(manager)
        if not (hasattr(kind, "__enter__") and hasattr(kind, "__exit__")):
            raise TypeError(f"'{kind.__name__}' object does not support the context manager "
                            "protocol")
        self.manager, self.exit = manager, kind.__exit__
        self.enter = kind.__enter__

    def __enter__(self) -> Any:
        return self.enter(self.manager)

    def __exit__(self, kind: Any, exc: Any, traceback: Any) -> bool:
        if exc is None or isinstance(exc, ControlFlow):
            self.exit(self.manager, None, None, None)
            return False
        inner = exc.exc if isinstance(exc, _Failure) else exc
        suppressed = self.exit(self.manager, type(inner), inner, inner.__traceback__)
        return bool(suppressed) and not overrides_everything(exc)


# ---------------------------------------------------------------- try
def exec_try(interpreter: "Interpreter", node: ast.Try, scope: Optional[Scope]) -> None:
    try:
        try:
            interpreter._run_body(node.body, scope)
        except _Failure as failure:
            handler = matching_handler(interpreter, node.handlers, failure.exc, scope)
            if handler is None:
                raise
            _run_handler(interpreter, handler, failure.exc, scope)
        else:
            interpreter._run_body(node.orelse, scope)
    except BaseException as pending:
        if not node.finalbody:
            raise
        if not overrides_everything(pending):
            interpreter._run_body(node.finalbody, scope)
            raise
        # A limit or Ctrl-C on its way out: the finally clause runs, but its
        # return/break/continue or its own error cannot swallow it.
        try:
            interpreter._run_body(node.finalbody, scope)
        except BaseException:  # noqa: BLE001 - the limit wins, as documented
            pass
        raise
    else:
        interpreter._run_body(node.finalbody, scope)


def overrides_everything(exc: BaseException) -> bool:
    inner = exc.exc if isinstance(exc, _Failure) else exc  # a statement's failure wraps it
    return is_limit(inner) or isinstance(inner, KeyboardInterrupt)


def matching_handler(interpreter: "Interpreter", handlers: tuple, exc: BaseException,
                      scope: Optional[Scope]) -> Optional[ast.ExceptHandler]:
    if is_limit(exc) or not isinstance(exc, Exception):
        return None
    for handler in handlers:
        if handler.type is None:
            return handler
        kinds = interpreter.evaluate(handler.type, scope)
        for kind in kinds if isinstance(kinds, tuple) else (kinds,):
            if not (isinstance(kind, type) and issubclass(kind, BaseException)):
                raise TypeError("catching classes that do not inherit from BaseException is "
                                "not allowed")
        if isinstance(exc, kinds):
            return handler
    return None


def _run_handler(interpreter: "Interpreter", handler: ast.ExceptHandler, exc: BaseException,
                 scope: Optional[Scope]) -> None:
    with handling(interpreter, handler, exc, scope):
        interpreter._run_body(handler.body, scope)


@contextlib.contextmanager
def handling(interpreter: "Interpreter", handler: ast.ExceptHandler, exc: BaseException,
             scope: Optional[Scope]) -> Iterator[None]:
    """While an except clause runs: ``exc`` is the one a bare ``raise`` re-raises,
    and bound to the clause's name, which Python deletes afterwards."""
    stack = interpreter.handling.stack
    stack.append(exc)
    try:
        if handler.name is not None:
            interpreter.assign_name(handler.name, exc, scope)
        try:
            yield
        finally:
            if handler.name is not None:
                interpreter.delete_name(handler.name, scope, missing_ok=True)
    finally:
        # The latest entry for it: a generator suspended in a clause may
        # resume after other clauses came and went.
        for index in range(len(stack) - 1, -1, -1):
            if stack[index] is exc:
                del stack[index]
                break


# -------------------------------------------------------------- raise
def exec_raise(interpreter: "Interpreter", node: ast.Raise, scope: Optional[Scope]) -> None:
    if node.exc is None:
        if not interpreter.handling.stack:
            raise RuntimeError("No active exception to reraise")
        raise interpreter.handling.stack[-1]
    exc = _exception(interpreter.evaluate(node.exc, scope), "exceptions must derive from "
                                                             "BaseException")
    if node.cause is not None:
        cause = interpreter.evaluate(node.cause, scope)
        exc.__cause__ = None if cause is None else _exception(
            cause, "exception causes must derive from BaseException")
    raise exc


def _exception(value: Any, message: str) -> BaseException:
    if isinstance(value, type) and issubclass(value, BaseException):
        value = value()
    if not isinstance(value, BaseException):
        raise TypeError(message)
    return value


def exec_assert(interpreter: "Interpreter", node: ast.Assert, scope: Optional[Scope]) -> None:
    if not interpreter.evaluate(node.test, scope):
        if node.msg is None:
            raise AssertionError()
        raise AssertionError(interpreter.evaluate(node.msg, scope))


# ----------------------------------------------------- scope declarations
def exec_global(interpreter: "Interpreter", node: ast.Global, scope: Optional[Scope]) -> None:
    """Nothing to do when it runs: UserFunction read the declaration at definition."""


def exec_nonlocal(interpreter: "Interpreter", node: ast.Nonlocal,
                  scope: Optional[Scope]) -> None:
    """Checked when it runs (Python checks at compile time, before anything runs)."""
    if scope is None:
        raise SyntaxError("nonlocal declaration not allowed at module level")


# ---------------------------------------------------------- annotations
def exec_annassign(interpreter: "Interpreter", node: ast.AnnAssign,
                   scope: Optional[Scope]) -> None:
    """Python: the value first, then (outside a def) the annotation, then the store."""
    value = interpreter.evaluate(node.value, scope) if node.value is not None else None
    if scope is None and not interpreter.future_annotations:
        interpreter.evaluate(node.annotation, scope)
    if node.value is not None:
        interpreter.assign(node.target, value, scope)
    elif not isinstance(node.target, ast.Name):  # `x.a: int` evaluates x, as Python does
        interpreter.evaluate(node.target.value, scope)


def evaluate_annotations(interpreter: "Interpreter", node: ast.FunctionDef,
                         scope: Optional[Scope]) -> None:
    """A def's annotations are evaluated when it runs (and then ignored)."""
    if interpreter.future_annotations:
        return
    for param in node.params:
        if param.annotation is not None:
            interpreter.evaluate(param.annotation, scope)
    if node.returns is not None:
        interpreter.evaluate(node.returns, scope)


def import_future(interpreter: "Interpreter", node: ast.ImportFrom) -> None:
    for name, _alias in node.names:
        if name not in _FUTURE_FEATURES:
            raise SyntaxError(f"future feature {name} is not defined")
        if name == "annotations":
            interpreter.future_annotations = True
