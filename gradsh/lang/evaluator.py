"""The evaluator: walks the AST, one statement at a time, in a workspace.

Values go to the injected ``output`` function (never to ``print``); warnings go
to ``warn`` as :class:`Diagnostic` objects; a failing statement raises a
:class:`Diagnostic` and leaves the workspace as it was before that statement.

Errors keep their Python exception as ``__cause__`` of the Diagnostic (always,
not only with ``GRADSH_DEBUG=1``), so the CLI can print a traceback of the
original error when ``GRADSH_DEBUG=1`` is set.

Calls of gradsh functions nest at most :data:`MAX_CALL_DEPTH` deep; deeper
raises ``RecursionError: maximum recursion depth exceeded in 'f'``.  Each
gradsh call level costs several Python frames, so creating an Interpreter
raises Python's recursion limit to at least :data:`RECURSION_LIMIT`.

A deadline (``set_deadline``, the CLI's ``--timeout``) is checked at each loop
iteration and function call, with ``SIGALRM`` as a fallback for long
single statements where the platform has it.
"""
from __future__ import annotations

import difflib
import sys
import warnings
from typing import Any, Callable, Optional

from . import ast
from . import atomic as atomic_state
from ..journal import JOURNAL, Journal
from . import builtins_more, classes, statements
from .budget import check_growth
from .diagnostics import Diagnostic, exception_message, exception_type_name
from .expressions import ExpressionEvaluator, active_interpreter
from .functions import (_CREATE, BreakSignal, ContinueSignal, ControlFlow, Deadline,
                        ReturnSignal, _Failure,
                        Scope, UserFunction)
from ..display import repr_value
from .guards import _Builtin
from .whitelist import delete_attribute, get_attribute, set_attribute

_MODULES = sys.modules


MAX_CALL_DEPTH = 1000
RECURSION_LIMIT = 30 * MAX_CALL_DEPTH

_SIMPLE_STATEMENTS = (ast.ExprStmt, ast.Assign, ast.AugAssign, ast.Delete, ast.Import,
                      ast.ImportFrom, ast.Pass, ast.Raise, ast.Assert, ast.AnnAssign,
                      ast.Global, ast.Nonlocal,
                      # a definition (decorators, defaults, a class body) is one unit
                      ast.FunctionDef, ast.ClassDef)
# Commands that run statements, each its own unit (as a block's are).
_NON_ATOMIC_COMMANDS = frozenset({"run"})



class _WarningCapture:
    """What ``warnings.catch_warnings()`` + ``simplefilter("always")`` do, with
    each warning reported once per statement; written out because it runs
    around every statement (the stdlib's context manager costs ~3 µs)."""

    __slots__ = ("report", "seen", "saved")
    _ALWAYS = [("always", None, Warning, None, 0)]

    def __init__(self, report: Callable[[str, str], None]) -> None:
        self.report = report
        self.seen: set[tuple[str, str]] = set()

    def show(self, message: Any, category: type, *args: Any, **kwargs: Any) -> None:
        key = (category.__name__, str(message))
        if key not in self.seen:
            self.seen.add(key)
            self.report(*key)

    def __enter__(self) -> None:
        self.saved = warnings.filters, warnings.showwarning
        warnings.filters = list(self._ALWAYS)
        warnings._filters_mutated()
        warnings.showwarning = self.show

    def __exit__(self, *exc_info: Any) -> None:
        warnings.filters, warnings.showwarning = self.saved
        warnings._filters_mutated()


def _offset(lines: Any) -> int:
    """What turns the line numbers of `lines` (and of its statements' spans) into the file's."""
    return getattr(lines, "offset", 0)

class Interpreter(ExpressionEvaluator):
    """A workspace and the machinery to run gradsh source in it."""

    def __init__(self, output: Callable[[str], None],
                 warn: Optional[Callable[[Diagnostic], None]] = None) -> None:
        super().__init__()
        if sys.getrecursionlimit() < RECURSION_LIMIT:
            sys.setrecursionlimit(RECURSION_LIMIT)
        self.output = output
        self.warn = warn
        self.workspace: dict[str, object] = {}
        self.settings: dict[str, object] = {"device": "cpu"}
        self._filename = "<input>"
        self._lines: dict[int, str] = {}
        self._current: Optional[tuple[ast.Node, str, dict]] = None
        self.call_depth = 0  # gradsh function calls in progress
        self.statement_serial = 0  # top-level statements run (the memory budget's baseline)
        self.passes = 0  # loop passes and calls (check_deadline polls the budget's growth)
        self.call_stack: list = []  # (UserFunction, Scope) of the calls in progress
        self.max_call_depth = MAX_CALL_DEPTH
        self.deadline: Optional[Deadline] = None
        self._journal = Journal()  # the undo records of the statement running (atomic.py)
        self._statements = {
            ast.ExprStmt: self._exec_expr, ast.Assign: self._exec_assign,
            ast.AugAssign: self._exec_augassign, ast.Delete: self._exec_delete,
            ast.Import: self._exec_import, ast.ImportFrom: self._exec_import_from,
            ast.Pass: lambda node, scope: None, ast.Command: self._exec_command,
            ast.For: self._exec_for, ast.While: self._exec_while, ast.If: self._exec_if,
            ast.With: self._exec_with, ast.FunctionDef: self._exec_def,
            ast.Return: self._exec_return, ast.Break: self._exec_break,
            ast.Continue: self._exec_continue,
        }
        statements.install(self)
        self._statements[ast.ClassDef] = lambda node, scope: classes.exec_class(self, node, scope)
        self.builtins.update(builtins_more.BUILTINS)
        self.builtins["super"] = _Builtin("super", classes.make_super(self))
        self.builtins["help"] = _Builtin("help", builtins_more.make_help(self))
        self.builtins["dir"] = _Builtin("dir", builtins_more.make_dir(self))
        self.builtins["print"] = _Builtin("print", self._print)

    # ---------------------------------------------------------------- running
    def run_source(self, text: str, filename: str = "<input>", first_line: int = 1) -> None:
        """Parse text and run its statements in order; raise on the first failure."""
        from .parser import parse_relative  # lazily: importing the evaluator must not import lark

        deadline = self.deadline  # parsing counts against --timeout (issue 19)
        module = parse_relative(text, filename, first_line) if deadline is None else \
            deadline.timed(filename, parse_relative, text, filename, first_line)
        lines = ast.SourceLines(first_line - 1, text.splitlines())  # spans are the text's
        for statement in module.body:
            self.run_statement(statement, filename, lines)

    def run_statement(self, statement: ast.Node, filename: str = "<input>",
                      lines: Optional[dict] = None) -> None:
        """Run one top-level statement; its warnings are reported, each once."""
        saved = self._filename, self._lines
        self._filename, self._lines = filename, lines or {}
        active_interpreter[0] = self
        self.statement_serial += 1
        deadline = self.deadline
        if deadline is not None:
            deadline.active += 1
        try:
            with self._capture_warnings():
                self.exec_stmt(statement, None)
        except _Failure as failure:
            raise self._diagnostic(failure) from failure.exc
        except BreakSignal:
            raise self._syntax_error("'break' outside loop", statement) from None
        except ContinueSignal:
            raise self._syntax_error("'continue' not properly in loop", statement) from None
        except ReturnSignal:
            raise self._syntax_error("'return' outside function", statement) from None
        except Diagnostic:
            raise
        except Exception as exc:  # the --timeout alarm between two steps of a block
            failure = _Failure(exc, statement, filename, self._lines)
            raise self._diagnostic(failure) from exc
        finally:
            self._filename, self._lines = saved
            if deadline is not None:
                deadline.active -= 1

    def exec_stmt(self, node: ast.Node, scope: Optional[Scope]) -> None:
        """Execute one statement (dispatch on its node type)."""
        handler = self._statements.get(type(node))
        if handler is None:
            raise _Failure(SyntaxError(f"{type(node).__name__} statements are not supported"),
                           node, *self._location(scope))
        previous = self._current
        self._current = (node, *self._location(scope))
        # Journaled: a failure undoes what it changed (atomic.py). A statement run
        # inside a journaled unit (:time's) belongs to that unit's journal.
        atomic = JOURNAL[0] is None and scope is None and (
            isinstance(node, _SIMPLE_STATEMENTS) or (
                type(node) is ast.Command and node.name.lstrip(":") not in _NON_ATOMIC_COMMANDS))
        if atomic:
            journal = self._journal
            snapshot = None
        try:
            if atomic:  # inside the try: an alarm or Ctrl-C cannot leave it set
                if type(node) is ast.Command:
                    snapshot = atomic_state.capture_command(self)
                JOURNAL[0] = journal
            if self.deadline is not None:
                self.deadline.check()
            handler(node, scope)
            if scope is None:  # fused GPU expressions computed (engine/fusion), once imported
                fusion = _MODULES.get("gradsh.engine.fusion.state")
                if fusion is not None:
                    fusion.flush_roots()
        except BaseException as exc:
            if atomic and not isinstance(exc, ControlFlow):
                JOURNAL[0] = None  # undoing records nothing
                journal.rollback()
                if snapshot is not None:
                    atomic_state.restore_command(self, snapshot)
            if isinstance(exc, (_Failure, Diagnostic)) or not isinstance(exc, Exception):
                raise
            raise self.failure(exc, node, scope) from exc
        finally:
            self._current = previous
            if atomic:
                JOURNAL[0] = None
                if journal.undo:
                    journal.clear()

    def failure(self, exc: Exception, node: ast.Node, scope: Optional[Scope]) -> _Failure:
        """``exc`` tagged with the statement that raised it (or, when it comes
        out of a gradsh function, with the statement inside that raised it)."""
        inner = getattr(exc, "gradsh_failure", None)
        if isinstance(inner, _Failure) and inner.exc is exc:
            return inner
        return _Failure(exc, node, *self._location(scope))

    def _location(self, scope: Optional[Scope]) -> tuple[str, dict]:
        if scope is not None:
            return scope.filename, scope.lines
        return self._filename, self._lines

    # ------------------------------------------------------------ diagnostics
    def _diagnostic(self, failure: _Failure) -> Diagnostic:
        exc, span = failure.exc, failure.node.span
        notes = [str(note) for note in (getattr(exc, "gradsh_notes", None) or [])]
        notes += self._autograd_notes(exc)
        message = exception_message(exc)
        if type(exc) is RecursionError and message.startswith("maximum recursion depth exceeded") \
                and " in '" not in message:  # Python's own: an expression or value nested deep
            message = "maximum recursion depth exceeded (expression or value too deeply nested)"
        return Diagnostic(exception_type_name(exc), message,
                          span=ast.shifted(span, _offset(failure.lines)),
                          filename=failure.filename, source_line=failure.lines.get(span.line),
                          notes=notes)

    def _autograd_notes(self, exc: BaseException) -> list[str]:
        """Name the workspace tensor and the statement behind a backward error."""
        notes = []
        modified = getattr(exc, "gradsh_modified", None)
        if modified is not None:
            names = [name for name, value in self.workspace.items()
                     if getattr(value, "_version", None) is modified._version]
            if names:
                listed = " and ".join(f"'{name}'" for name in names[:3])
                notes.append(f"the tensor was changed in place through {listed} after it was "
                             "saved for backward")
        node = getattr(exc, "gradsh_saved_by", None)
        origin = getattr(node, "_origin", None)
        if origin is not None:
            statement, filename, lines = origin
            text = lines.get(statement.span.line, "").strip()
            line = statement.span.line + _offset(lines)
            where = "" if filename == self._filename else f" ({filename}:{line})"
            notes.append(f"{node._name} was recorded by: {text}{where}" if text
                         else f"{node._name} was recorded at {filename}:{line}")
        return notes

    def _syntax_error(self, message: str, node: ast.Node) -> Diagnostic:
        return Diagnostic("SyntaxError", message, span=ast.shifted(node.span, _offset(self._lines)),
                          filename=self._filename, source_line=self._lines.get(node.span.line))

    def _capture_warnings(self) -> "_WarningCapture":
        return _WarningCapture(self._report_warning)

    def _report_warning(self, category: str, message: str) -> None:
        if self.warn is None:
            self.output(f"{category}: {message}\n")
            return
        node, filename, lines = self._current or (None, self._filename, self._lines)
        span = node.span if node is not None else None
        self.warn(Diagnostic(category, message, span=ast.shifted(span, _offset(lines)),
                             filename=filename,
                             source_line=lines.get(span.line) if span else None))

    # ---------------------------------------------------------------- names
    def assign_name(self, name: str, value: Any, scope: Optional[Scope]) -> None:
        owner = scope.owner(name) if scope is not None else None  # global/nonlocal
        variables = owner.locals if owner is not None else self.workspace
        if JOURNAL[0] is not None and (scope is None or owner is not scope):
            atomic_state.binding(variables, name)  # a scope that outlives the statement
        variables[name] = value

    def delete_name(self, name: str, scope: Optional[Scope], missing_ok: bool = False) -> None:
        owner = scope.owner(name) if scope is not None else None
        variables = owner.locals if owner is not None else self.workspace
        if name in variables:
            if JOURNAL[0] is not None and (scope is None or owner is not scope):
                atomic_state.deleting(variables, name)
            del variables[name]
        elif not missing_ok:
            raise NameError(f"name '{name}' is not defined")

    def assign(self, target: ast.Node, value: Any, scope: Optional[Scope]) -> None:
        """Bind value to an assignment target (name, attribute, subscript, tuple)."""
        if isinstance(target, ast.Name):
            self.assign_name(target.id, value, scope)
        elif isinstance(target, ast.Attribute):
            set_attribute(self.evaluate(target.value, scope), target.attr, value)
        elif isinstance(target, ast.Subscript):
            container = self.evaluate(target.value, scope)
            index = self.evaluate_index(target.index, scope, container)
            if JOURNAL[0] is not None:
                atomic_state.item(container, index)
            container[index] = value
        elif isinstance(target, (ast.TupleExpr, ast.ListExpr)):
            self._assign_unpacked(target.elts, value, scope)
        else:
            raise SyntaxError("cannot assign to expression")

    def _assign_unpacked(self, targets: tuple, value: Any, scope: Optional[Scope]) -> None:
        starred = [i for i, t in enumerate(targets) if isinstance(t, ast.Starred)]
        if len(starred) > 1:
            raise SyntaxError("multiple starred expressions in assignment")
        cls = type(value)
        if not (hasattr(cls, "__iter__") or hasattr(cls, "__getitem__")):
            raise TypeError(f"cannot unpack non-iterable {cls.__name__} object")
        if not starred:
            items = []
            for item in value:
                items.append(item)
                if len(items) > len(targets):
                    raise ValueError(f"too many values to unpack (expected {len(targets)})")
            if len(items) < len(targets):
                raise ValueError(f"not enough values to unpack (expected {len(targets)}, "
                                 f"got {len(items)})")
            for target, item in zip(targets, items):
                self.assign(target, item, scope)
            return
        items = list(value)
        star, after = starred[0], len(targets) - starred[0] - 1
        if len(items) < len(targets) - 1:
            raise ValueError(f"not enough values to unpack (expected at least "
                             f"{len(targets) - 1}, got {len(items)})")
        for target, item in zip(targets[:star], items[:star]):
            self.assign(target, item, scope)
        self.assign(targets[star].value, items[star:len(items) - after], scope)
        for target, item in zip(targets[star + 1:], items[len(items) - after:]):
            self.assign(target, item, scope)

    # ------------------------------------------------------ simple statements
    def _exec_expr(self, node: ast.ExprStmt, scope: Optional[Scope]) -> None:
        value = self.evaluate(node.value, scope)
        # Python's REPL echoes expression statements at top level and directly
        # inside top-level blocks, but not inside a def.
        if value is not None and scope is None:
            if type(value) is builtins_more.Quitter and type(node.value) is ast.Name:
                value()  # a bare `exit` or `quit` leaves, as in IPython
            self.echo(value)
            # IPython's _, __ and ___ (Python's _): built-ins, so a program's own `_`
            # (for _ in ...) hides them as a variable would
            names = self.builtins
            names["___"], names["__"], names["_"] = names.get("__"), names.get("_"), value

    def echo(self, value: Any) -> None:
        """Show a top-level expression's value (the kernel sends the cell's last as a result)."""
        self.output(repr_value(value) + "\n")

    def _exec_assign(self, node: ast.Assign, scope: Optional[Scope]) -> None:
        value = self.evaluate(node.value, scope)
        for target in node.targets:
            self.assign(target, value, scope)

    def _exec_augassign(self, node: ast.AugAssign, scope: Optional[Scope]) -> None:
        inplace = self.INPLACE_OPS[node.op]
        target = node.target
        if isinstance(target, ast.Name):
            current = self.lookup(target.id, scope)
            operand = self.evaluate(node.value, scope)
            if JOURNAL[0] is not None:
                atomic_state.inplace_operand(current, node.op)
            self.assign_name(target.id, inplace(current, operand), scope)
        elif isinstance(target, ast.Attribute):
            obj = self.evaluate(target.value, scope)
            current = get_attribute(obj, target.attr)
            operand = self.evaluate(node.value, scope)
            if JOURNAL[0] is not None:
                atomic_state.inplace_operand(current, node.op)
            result = inplace(current, operand)
            if result is not current:
                set_attribute(obj, target.attr, result)
        elif isinstance(target, ast.Subscript):
            container = self.evaluate(target.value, scope)
            index = self.evaluate_index(target.index, scope, container)
            current = container[index]
            operand = self.evaluate(node.value, scope)
            if JOURNAL[0] is not None:
                atomic_state.inplace_operand(current, node.op)
                atomic_state.item(container, index)
            container[index] = inplace(current, operand)
        else:
            raise SyntaxError("'tuple' is an illegal expression for augmented assignment")

    def _exec_delete(self, node: ast.Delete, scope: Optional[Scope]) -> None:
        for target in node.targets:
            if isinstance(target, ast.Name):
                self.delete_name(target.id, scope)
            elif isinstance(target, ast.Subscript):
                container = self.evaluate(target.value, scope)
                index = self.evaluate_index(target.index, scope, container)
                if JOURNAL[0] is not None:
                    atomic_state.del_item(container, index)
                del container[index]
            elif isinstance(target, ast.Attribute):
                delete_attribute(self.evaluate(target.value, scope), target.attr)
            elif isinstance(target, (ast.TupleExpr, ast.ListExpr)):
                self._exec_delete(ast.Delete(target.elts, span=node.span), scope)
            else:
                raise SyntaxError("gradsh can delete names, items and attributes only")

    def _exec_import(self, node: ast.Import, scope: Optional[Scope]) -> None:
        modules = self.modules()
        for dotted, alias in node.names:
            if dotted not in modules:
                raise ImportError(f"gradsh has no module '{dotted}'")
            if alias is not None:
                self.assign_name(str(alias), modules[dotted], scope)
            else:  # `import torch.nn` binds `torch`, as in Python
                top = dotted.split(".")[0]
                if top not in modules:
                    raise ImportError(f"gradsh has no module '{top}'")
                self.assign_name(top, modules[top], scope)

    def _exec_import_from(self, node: ast.ImportFrom, scope: Optional[Scope]) -> None:
        if node.module == "__future__":
            statements.import_future(self, node)
            return
        modules = self.modules()
        if node.module not in modules:
            raise ImportError(f"gradsh has no module '{node.module}'")
        namespace = modules[node.module]
        for name, alias in node.names:
            if name == "*":
                for member, value in namespace.members.items():
                    if not member.startswith("_"):
                        self.assign_name(member, value, scope)
                continue
            submodule = f"{node.module}.{name}"
            if not name.startswith("_") and name in namespace.members:
                value = namespace.members[name]
            elif submodule in modules:
                value = modules[submodule]
            else:
                raise ImportError(f"cannot import name '{name}' from '{node.module}'")
            self.assign_name(str(alias or name), value, scope)

    def _exec_command(self, node: ast.Command, scope: Optional[Scope]) -> None:
        from .commands import run_command

        run_command(self, node.name, node.text)

    # -------------------------------------------------------------- blocks
    def _run_body(self, body: tuple, scope: Optional[Scope]) -> None:
        for statement in body:
            self.exec_stmt(statement, scope)

    def set_deadline(self, seconds: Optional[float]) -> None:
        """Stop whatever runs after `seconds` with a TimeoutError (None: no limit)."""
        if self.deadline is not None:
            self.deadline.cancel()
        self.deadline = Deadline(seconds) if seconds is not None else None

    def check_deadline(self) -> None:
        """At each pass of a loop, a comprehension or a call: the deadline, and
        every 256 passes what the statement has grown (issue 19: a dict filled
        in a loop, a comprehension of many small lists)."""
        if self.deadline is not None:
            self.deadline.check()
        self.passes += 1
        if not self.passes & 255:
            check_growth()

    def _run_iteration(self, body, scope: Optional[Scope]) -> bool:
        """Run one pass of a loop body; False when it breaks out of the loop."""
        try:
            self._run_body(body, scope)
        except BreakSignal:
            return False
        except ContinueSignal:
            pass
        return True

    def _exec_for(self, node: ast.For, scope: Optional[Scope]) -> None:
        for item in self._header(node.iter, scope):
            self.check_deadline()
            self.assign(node.target, item, scope)
            if not self._run_iteration(node.body, scope):
                break
        else:
            self._run_body(node.orelse, scope)

    def _exec_while(self, node: ast.While, scope: Optional[Scope]) -> None:
        while self._header(node.test, scope):
            self.check_deadline()
            if not self._run_iteration(node.body, scope):
                break
        else:
            self._run_body(node.orelse, scope)

    def _exec_if(self, node: ast.If, scope: Optional[Scope]) -> None:
        if self._header(node.test, scope):
            self._run_body(node.body, scope)
        else:
            self._run_body(node.orelse, scope)

    def _header(self, node: ast.Node, scope: Optional[Scope]) -> Any:
        """A top-level block's header expression, a unit of its own: a failure
        in it undoes what it changed (atomic.py); the block keeps what its
        completed statements did."""
        if scope is not None or JOURNAL[0] is not None:
            return self.evaluate(node, scope)
        journal = self._journal
        try:
            JOURNAL[0] = journal
            return self.evaluate(node, scope)
        except BaseException:
            JOURNAL[0] = None
            journal.rollback()
            raise
        finally:
            JOURNAL[0] = None
            if journal.undo:
                journal.clear()

    def _exec_with(self, node: ast.With, scope: Optional[Scope]) -> None:
        with statements.managed(self._header(node.context, scope)) as entered:
            if node.target is not None:
                self.assign(node.target, entered, scope)
            self._run_body(node.body, scope)

    def _exec_def(self, node: ast.FunctionDef, scope: Optional[Scope]) -> None:
        # Python evaluates the decorators first, top down, and applies them bottom up.
        decorators = [self.evaluate(decorator, scope) for decorator in node.decorators]
        function = self.make_function(node.name, node.params, node.body, scope)
        statements.evaluate_annotations(self, node, scope)
        for decorator in reversed(decorators):
            function = self.call_value(decorator, (function,), {})
        self.assign_name(node.name, function, scope)

    def current_call(self) -> Optional[tuple]:
        """(function, scope) of the innermost gradsh call running, or None."""
        return self.call_stack[-1] if self.call_stack else None

    def make_function(self, name: str, params: tuple, body: Any, scope: Optional[Scope],
                      is_lambda: bool = False) -> UserFunction:
        defaults = {p.name: self.evaluate(p.default, scope)
                    for p in params if p.default is not None}
        filename, lines = self._location(scope)
        # A def in a class body closes over the scope around the class, not its body.
        closure = scope.parent if isinstance(scope, classes.ClassScope) else scope
        function = UserFunction(self, name, params, defaults, body, closure, filename, lines,
                                is_lambda=is_lambda, key=_CREATE)
        if not is_lambda:
            function.__qualname__ = classes.qualified_name(self, name, scope)
        return function

    def _exec_return(self, node: ast.Return, scope: Optional[Scope]) -> None:
        value = None if node.value is None else self.evaluate(node.value, scope)
        raise ReturnSignal(value)

    def _exec_break(self, node: ast.Break, scope: Optional[Scope]) -> None:
        raise BreakSignal()

    def _exec_continue(self, node: ast.Continue, scope: Optional[Scope]) -> None:
        raise ContinueSignal()

    # ------------------------------------------------------------- helpers
    def name_candidates(self) -> list[str]:
        return [*self.workspace, *self.builtins, *self.unqualified()]

    def did_you_mean(self, name: str) -> list[str]:
        close = difflib.get_close_matches(name, self.name_candidates(), n=1, cutoff=0.75)
        return [f"did you mean '{close[0]}'?"] if close else []
