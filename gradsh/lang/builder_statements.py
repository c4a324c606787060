"""Builder rules for try/except, raise, assert, global/nonlocal, annotations and decorators.

:class:`StatementRules` is a mixin of :class:`gradsh.lang.builder.Builder`,
beside :class:`~gradsh.lang.builder_blocks.BlockRules`; it makes Python's
compile-time checks for these statements with Python's messages.
"""
from __future__ import annotations

from typing import Any

from . import ast
from .builder_blocks import BuildError


class StatementRules:
    """Rules of gradsh.lark for exceptions, scope declarations, annotations, decorators."""

    # ------------------------------------------------------------- exceptions
    def rule_try_stmt(self, tree: Any, children: list) -> ast.Try:
        body, *rest = children
        handlers = tuple(item for item in rest if isinstance(item, ast.ExceptHandler))
        orelse, finalbody = (), ()
        clauses = [item for item in rest if not isinstance(item, ast.ExceptHandler)]
        if handlers:  # try: ... except ...: [else:] [finally:]
            orelse, finalbody = (clauses + [None, None])[:2]
            orelse, finalbody = orelse or (), finalbody or ()
        else:  # try: ... finally:
            finalbody = clauses[0]
        for handler in handlers[:-1]:
            if handler.type is None:
                raise BuildError("default 'except:' must be last", handler.span)
        last = (finalbody or orelse or handlers[-1].body)[-1]
        span = self.span(tree)
        return ast.Try(body, handlers, orelse, finalbody,
                       span=ast.Span(span.line, span.column, last.span.end_line,
                                     last.span.end_column))

    def rule_except_clause(self, tree: Any, children: list) -> ast.ExceptHandler:
        *head, body = children
        kind, name = (head + [None, None])[:2]
        return ast.ExceptHandler(kind, None if name is None else str(name), body,
                                 span=self.block_span(tree, body))

    def rule_finally_clause(self, tree: Any, children: list) -> tuple:
        return children[0]

    def rule_raise_stmt(self, tree: Any, children: list) -> ast.Raise:
        exc, cause = (children + [None, None])[:2]
        return ast.Raise(exc, cause, span=self.span(tree))

    def rule_assert_stmt(self, tree: Any, children: list) -> ast.Assert:
        test, message = (children + [None])[:2]
        return ast.Assert(test, message, span=self.span(tree))

    # ----------------------------------------------------- scope declarations
    def rule_global_stmt(self, tree: Any, children: list) -> ast.Global:
        return ast.Global(tuple(str(name) for name in children), span=self.span(tree))

    def rule_nonlocal_stmt(self, tree: Any, children: list) -> ast.Nonlocal:
        return ast.Nonlocal(tuple(str(name) for name in children), span=self.span(tree))

    # ------------------------------------------------------------ annotations
    def rule_ann_assign(self, tree: Any, children: list) -> ast.AnnAssign:
        target, annotation, value = (children + [None])[:3]
        if isinstance(target, (ast.TupleExpr, ast.ListExpr)):
            kind = "tuple" if isinstance(target, ast.TupleExpr) else "list"
            raise BuildError(f"only single target (not {kind}) can be annotated", target.span)
        if not isinstance(target, (ast.Name, ast.Attribute, ast.Subscript)):
            raise BuildError("illegal target for annotation", target.span)
        return ast.AnnAssign(target, annotation, value, span=self.span(tree))

    def _arg_span(self, name: Any, annotation: Any) -> ast.Span:
        """Python's ``arg`` spans the name and its annotation."""
        span = self.span(name)
        if annotation is None:
            return span
        end = annotation.span
        return ast.Span(span.line, span.column, end.end_line, end.end_column)

    def rule_typed_param(self, tree: Any, children: list) -> tuple:
        name, annotation, default = (children + [None, None])[:3]
        param = ast.Param(str(name), default, "", annotation,
                          span=self._arg_span(name, annotation))
        return (param, self.span(tree))

    def rule_typed_star_param(self, tree: Any, children: list) -> tuple:
        name, annotation = (children + [None, None])[:2]
        span = self.span(tree) if name is None else self._arg_span(name, annotation)
        param = ast.Param(None if name is None else str(name), None, "*", annotation, span=span)
        return (param, self.span(tree))

    def rule_typed_kwargs_param(self, tree: Any, children: list) -> tuple:
        name, annotation = (children + [None])[:2]
        param = ast.Param(str(name), None, "**", annotation,
                          span=self._arg_span(name, annotation))
        return (param, self.span(tree))

    # ------------------------------------------------------------- generators
    def rule_yield_expr(self, tree: Any, children: list) -> ast.Yield:
        return ast.Yield(children[0] if children else None, span=self.span(tree))

    def rule_yield_from(self, tree: Any, children: list) -> ast.YieldFrom:
        return ast.YieldFrom(children[0], span=self.span(tree))

    def rule_yield_stmt(self, tree: Any, children: list) -> ast.ExprStmt:
        return ast.ExprStmt(children[0], span=self.span(tree))

    # ------------------------------------------------------------- decorators
    def rule_decorator(self, tree: Any, children: list) -> ast.Node:
        return children[0]

    def rule_decorated(self, tree: Any, children: list) -> ast.Node:
        *decorators, definition = children
        if isinstance(definition, ast.ClassDef):
            return ast.ClassDef(definition.name, definition.bases, definition.keywords,
                                definition.body, tuple(decorators), span=definition.span)
        return ast.FunctionDef(definition.name, definition.params, definition.body,
                               tuple(decorators), definition.returns, span=definition.span)

    # ---------------------------------------------------------------- classes
    def rule_classdef(self, tree: Any, children: list) -> ast.ClassDef:
        name, body = children[0], children[-1]
        arguments = [item for item in children[1:-1] if item is not None]
        arguments = arguments[0] if arguments else []
        bases = tuple(item for item in arguments if not isinstance(item, ast.Keyword))
        keywords = tuple(item for item in arguments if isinstance(item, ast.Keyword))
        return ast.ClassDef(str(name), bases, keywords, body, span=self.block_span(tree, body))
