"""Scopes, user functions (``def`` and ``lambda``) and control-flow signals.

A function's body runs in a :class:`Scope` whose ``locals`` hold its
parameters and the names it assigns (Python's rule: assigning to a name
anywhere in a ``def`` makes it local); other names are looked up in the
enclosing function scopes (closures), then in the workspace, the built-ins
and the torch names, as at top level.
"""
from __future__ import annotations

import signal
import threading
import time
import types
from typing import TYPE_CHECKING, Any, Optional

from . import ast

if TYPE_CHECKING:  # pragma: no cover
    from .evaluator import Interpreter


# ----------------------------------------------------------- control flow
class _Failure(Exception):
    """An exception tagged with the innermost statement that raised it."""

    def __init__(self, exc: BaseException, node: Any, filename: str, lines: dict) -> None:
        super().__init__(str(exc))
        self.exc, self.node, self.filename, self.lines = exc, node, filename, lines


class ControlFlow(BaseException):
    """break/continue/return travel as exceptions that `except Exception` misses."""


class BreakSignal(ControlFlow):
    pass


class ContinueSignal(ControlFlow):
    pass


class ReturnSignal(ControlFlow):
    def __init__(self, value: Any) -> None:
        super().__init__()
        self.value = value


# ------------------------------------------------------------------ limits
class Deadline:
    """A time limit for a run.  Checked cooperatively (each statement, loop
    iteration and call); where the platform has SIGALRM, the alarm also stops
    a long single statement, but only while a statement runs (``active``), so
    the TimeoutError always surfaces as a statement's error."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds
        self.active = 0  # statements running now (the alarm raises only then)
        self.alarm = (hasattr(signal, "setitimer")
                      and threading.current_thread() is threading.main_thread())
        if self.alarm:
            self.previous = signal.signal(signal.SIGALRM, self._on_alarm)
            signal.setitimer(signal.ITIMER_REAL, max(seconds, 0.001))

    @property
    def expired(self) -> bool:
        return time.monotonic() >= self.end

    def error(self) -> TimeoutError:
        if self.alarm:  # raised once: no second alarm while the first error unwinds
            signal.setitimer(signal.ITIMER_REAL, 0)
        amount = f"{self.seconds:g} second" + ("" if self.seconds == 1 else "s")
        error = TimeoutError(f"script ran longer than {amount}")
        error.gradsh_limit = True  # no `except` may swallow it (lang.statements)
        return error

    def check(self) -> None:
        if self.expired:
            raise self.error()

    def timed(self, filename: str, function: Any, *args: Any) -> Any:
        """``function(*args)`` (parsing a statement) under the deadline: the alarm
        may stop it; a TimeoutError is reported as the statement's error."""
        from .diagnostics import Diagnostic  # noqa: PLC0415

        self.active += 1
        try:
            self.check()
            return function(*args)
        except TimeoutError as exc:
            raise Diagnostic("TimeoutError", str(exc), filename=filename) from exc
        finally:
            self.active -= 1

    def _on_alarm(self, signum: int, frame: Any) -> None:
        if self.active and not _importing(frame):
            raise self.error()
        # Between statements, or in an import: ring again soon, so the statement
        # (whatever C code it runs between two of its Python steps) still stops.
        signal.setitimer(signal.ITIMER_REAL, 0.05)

    def cancel(self) -> None:
        if self.alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.previous)
            self.alarm = False


# Where the alarm waits: Lark swallows any error while loading its cached
# tables and then rebuilds them for seconds (parser.get_parser).
_UNINTERRUPTED = frozenset({"get_parser", "_in_parser"})


def _importing(frame: Any) -> bool:
    """A module is being imported (the engine, lazily: an error raised inside
    would break it, NumPy turns it into an ImportError) or the parser loaded:
    the alarm waits."""
    while frame is not None:
        code = frame.f_code
        if code.co_filename.startswith("<frozen importlib") or (
                code.co_name in _UNINTERRUPTED and code.co_filename.endswith("parser.py")):
            return True
        frame = frame.f_back
    return False


# ------------------------------------------------------------------- scopes
class Scope:
    """The local variables of one running function call; ``declared`` maps the
    names of its ``global`` and ``nonlocal`` statements to which it was."""

    __slots__ = ("locals", "local_names", "parent", "filename", "lines", "declared")

    def __init__(self, locals: dict, local_names: frozenset, parent: Optional["Scope"],
                 filename: str = "<input>", lines: Optional[dict] = None,
                 declared: Optional[dict] = None):
        self.locals = locals
        self.local_names = local_names
        self.parent = parent
        self.filename = filename
        self.lines = {} if lines is None else lines  # line number -> source text
        self.declared = declared or {}

    def owner(self, name: str) -> Optional["Scope"]:
        """Where ``name`` lives for this scope: here, an enclosing function's
        scope (``nonlocal``), or None for the workspace (``global``)."""
        kind = self.declared.get(name)
        if kind is None:
            return self
        if kind == "global":
            return None
        current = self.parent
        while current is not None and name not in current.local_names:
            current = current.parent
        return current.owner(name) if current is not None else None


def assigned_names(body: tuple) -> frozenset:
    """Names a function body binds (without descending into nested defs/lambdas),
    less those its ``global`` and ``nonlocal`` statements declare."""
    names, declared = scan_names(body)
    return frozenset(names) - frozenset(declared)


def scan_names(body: tuple) -> tuple[set, dict]:
    """(names the body binds, {name: 'global' or 'nonlocal'} it declares)."""
    names: set[str] = set()
    declared: dict[str, str] = {}

    def targets(node: Any) -> None:
        if isinstance(node, ast.Name):
            names.add(node.id)
        elif isinstance(node, (ast.TupleExpr, ast.ListExpr)):
            for element in node.elts:
                targets(element)
        elif isinstance(node, ast.Starred):
            targets(node.value)

    def visit(statement: Any) -> None:
        if isinstance(statement, ast.Assign):
            for target in statement.targets:
                targets(target)
        elif isinstance(statement, ast.AugAssign):
            targets(statement.target)
        elif isinstance(statement, ast.Delete):
            for target in statement.targets:
                targets(target)
        elif isinstance(statement, ast.For):
            targets(statement.target)
            for inner in statement.body + statement.orelse:
                visit(inner)
        elif isinstance(statement, (ast.While, ast.If)):
            for inner in statement.body + statement.orelse:
                visit(inner)
        elif isinstance(statement, ast.With):
            if statement.target is not None:
                targets(statement.target)
            for inner in statement.body:
                visit(inner)
        elif isinstance(statement, ast.Try):
            for handler in statement.handlers:
                if handler.name is not None:
                    names.add(handler.name)
            for inner in statement.body + statement.orelse + statement.finalbody + tuple(
                    inner for handler in statement.handlers for inner in handler.body):
                visit(inner)
        elif isinstance(statement, ast.AnnAssign):
            targets(statement.target)
        elif isinstance(statement, (ast.Global, ast.Nonlocal)):
            kind = "global" if isinstance(statement, ast.Global) else "nonlocal"
            for name in statement.names:
                declared.setdefault(name, kind)
        elif isinstance(statement, (ast.FunctionDef, ast.ClassDef)):
            names.add(statement.name)
        elif isinstance(statement, ast.Import):
            for module, alias in statement.names:
                names.add(alias or module.split(".")[0])
        elif isinstance(statement, ast.ImportFrom):
            for name, alias in statement.names:
                if name != "*":
                    names.add(alias or name)

    for statement in body:
        visit(statement)
    return names, declared


def _encloses(scope: Optional[Scope], name: str) -> bool:
    """An enclosing function binds ``name`` (what ``nonlocal name`` needs)."""
    while scope is not None:
        if name in scope.local_names or scope.declared.get(name) == "nonlocal":
            return True
        scope = scope.parent
    return False


# ---------------------------------------------------------- user functions
def _plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _quoted_list(names: list[str]) -> str:
    quoted = [f"'{name}'" for name in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f"{quoted[0]} and {quoted[1]}"
    return ", ".join(quoted[:-1]) + f", and {quoted[-1]}"


_CREATE = object()  # only the interpreter makes functions (not type(f)(...) in a script)


class UserFunction:
    """A function defined by ``def`` or ``lambda`` in a gradsh program.

    ``params`` are the positional parameters' names, ``kwonly`` the
    keyword-only ones (after ``*`` or ``*args``); ``vararg`` and ``kwarg``
    name ``*args`` and ``**kwargs`` (None when absent)."""

    __gradsh_attrs__ = frozenset()

    def __init__(self, interpreter: "Interpreter", name: str, params: tuple, defaults: dict,
                 body: Any, closure: Optional[Scope], filename: str, lines: dict,
                 is_lambda: bool = False, *, key: Any = None) -> None:
        if key is not _CREATE:
            raise TypeError("cannot create 'function' instances")
        self.interpreter = interpreter
        self.name = name
        self.params: list[str] = []
        self.kwonly: list[str] = []
        self.vararg: Optional[str] = None
        self.kwarg: Optional[str] = None
        named = self.params
        for param in params:
            if param.kind == "*":
                self.vararg = param.name
                named = self.kwonly  # names after `*` or `*args` are keyword-only
            elif param.kind == "**":
                self.kwarg = param.name
            else:
                named.append(param.name)
        self.defaults = defaults  # parameter name -> value evaluated at definition
        self.body = body
        self.closure = closure
        self.filename = filename
        self.lines = lines
        self.is_lambda = is_lambda
        body_names, self.declared = (set(), {}) if is_lambda else scan_names(body)
        for name in self.declared:
            if any(p.name == name for p in params):
                kind = self.declared[name]
                raise SyntaxError(f"name '{name}' is parameter and {kind}")
        self.local_names = frozenset(body_names - set(self.declared)) | frozenset(
            p.name for p in params if p.name)
        for name, kind in self.declared.items():
            if kind == "nonlocal" and not _encloses(closure, name):
                raise SyntaxError(f"no binding for nonlocal '{name}' found")

        self.owner_class = None  # the class whose body defined it (for super())
        from .generators import is_generator_body  # noqa: PLC0415 - generators import us
        self.is_generator = not is_lambda and is_generator_body(body)
        self.__name__ = self.__qualname__ = name

    def __repr__(self) -> str:
        return f"<function {self.__qualname__}>"

    def __get__(self, instance: Any, owner: Any = None) -> Any:
        """A method: bound to the instance it is read from, as Python's functions."""
        return self if instance is None else types.MethodType(self, instance)

    def signature(self) -> list[str]:
        """The parameters' names as written: ``['a', 'b', '*args', 'scale', '**kw']``."""
        parts = list(self.params)
        if self.vararg is not None or self.kwonly:
            parts.append("*" + (self.vararg or ""))
        parts += self.kwonly
        if self.kwarg is not None:
            parts.append("**" + self.kwarg)
        return parts

    def bind_arguments(self, args: tuple, kwargs: dict) -> dict:
        """Parameters from a call, in CPython's order of checks and its messages."""
        name, params, kwonly = self.__qualname__, self.params, self.kwonly
        bound = dict(zip(params, args))
        if self.vararg is not None:
            bound[self.vararg] = tuple(args[len(params):])
        extra: dict = {}
        for key, value in kwargs.items():
            if key not in params and key not in kwonly:
                if self.kwarg is None:
                    raise TypeError(f"{name}() got an unexpected keyword argument '{key}'")
                extra[key] = value
            elif key in bound:
                raise TypeError(f"{name}() got multiple values for argument '{key}'")
            else:
                bound[key] = value
        if len(args) > len(params) and self.vararg is None:
            raise TypeError(self._too_many_positional(len(args), bound))
        for kind, names in (("positional", params), ("keyword-only", kwonly)):
            missing = [p for p in names if p not in bound and p not in self.defaults]
            if missing:
                count = _plural(len(missing), f"required {kind} argument")
                raise TypeError(f"{name}() missing {count}: {_quoted_list(missing)}")
            for param in names:
                if param not in bound:
                    bound[param] = self.defaults[param]
        if self.kwarg is not None:
            bound[self.kwarg] = extra
        return bound

    def _too_many_positional(self, given: int, bound: dict) -> str:
        params = self.params
        with_default = sum(1 for p in params if p in self.defaults)
        if with_default:
            takes = f"from {len(params) - with_default} to {len(params)} positional arguments"
        else:
            takes = _plural(len(params), "positional argument")
        kwonly_given = sum(1 for p in self.kwonly if p in bound)
        if kwonly_given:
            given_text = (f"{_plural(given, 'positional argument')} "
                          f"(and {_plural(kwonly_given, 'keyword-only argument')})")
        else:
            given_text = str(given)
        verb = "was" if given == 1 and not kwonly_given else "were"
        return f"{self.__qualname__}() takes {takes} but {given_text} {verb} given"

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        scope = Scope(self.bind_arguments(args, kwargs), self.local_names, self.closure,
                      self.filename, self.lines, self.declared)
        interpreter = self.interpreter
        interpreter.check_deadline()
        if self.is_generator:  # the body runs as the generator is iterated
            from .generators import GeneratorObject  # noqa: PLC0415

            return GeneratorObject(self, scope)
        if interpreter.call_depth >= interpreter.max_call_depth:
            raise RecursionError(f"maximum recursion depth exceeded in '{self.name}'")
        interpreter.call_depth += 1
        interpreter.call_stack.append((self, scope))
        try:
            if self.is_lambda:
                return interpreter.evaluate(self.body, scope)
            for statement in self.body:
                interpreter.exec_stmt(statement, scope)
        except ReturnSignal as returned:
            return returned.value
        except (BreakSignal, ContinueSignal):
            raise SyntaxError("'break' or 'continue' outside loop") from None
        except _Failure as failure:
            # Leave as the exception itself, so that Python's protocols see it
            # (IndexError ends an iteration by __getitem__, StopIteration a
            # __next__); it remembers the statement that raised it.
            failure.exc.gradsh_failure = failure
            raise failure.exc from failure.exc.__cause__
        finally:
            interpreter.call_depth -= 1
            interpreter.call_stack.pop()
        return None


# type(f) prints as Python's function type.
UserFunction.__name__ = UserFunction.__qualname__ = "function"
UserFunction.__module__ = "builtins"
