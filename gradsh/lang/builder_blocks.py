"""The block half of the builder: compound statements, parameters, placement.

:class:`BlockRules` is a mixin of :class:`gradsh.lang.builder.Builder` (which
supplies ``span`` and ``check_target``); ``check_placement`` makes Python's
compile-time checks of return/break/continue.  :class:`BuildError` lives here
because both halves raise it (``builder`` re-exports it).
"""
from __future__ import annotations

from typing import Any

from . import ast
from .ast import Span


class BuildError(Exception):
    """A compile-time error found while building the tree."""

    def __init__(self, message: str, span: Span, type_name: str = "SyntaxError") -> None:
        super().__init__(message)
        self.message = message
        self.span = span
        self.type_name = type_name


def _at(span: Span, column: int) -> Span:
    """A one-position span on the line of `span` (for Python's error columns)."""
    return Span(span.line, column, span.line, column + 1)


class BlockRules:
    """Rules of gradsh.lark for blocks, def and lambda parameters."""

    def rule_suite(self, tree: Any, children: list) -> tuple:
        return tuple(children)

    def block_span(self, start: Any, body: tuple) -> Span:
        """From the start of `start` (a tree or a span) to the end of the last statement."""
        first = start if isinstance(start, Span) else self.span(start)
        last = body[-1].span
        return Span(first.line, first.column, last.end_line, last.end_column)

    def rule_if_stmt(self, tree: Any, children: list) -> ast.If:
        test, body, *elifs, orelse = children
        orelse = orelse or ()
        for clause in reversed(elifs):  # elif chains nest, as in Python's ast
            span = self.block_span(clause.span, orelse or clause.body)
            orelse = (ast.If(clause.test, clause.body, orelse, span=span),)
        return ast.If(test, body, orelse, span=self.block_span(tree, orelse or body))

    def rule_elif_clause(self, tree: Any, children: list) -> ast.If:
        return ast.If(children[0], children[1], (), span=self.span(tree))

    def rule_else_clause(self, tree: Any, children: list) -> tuple:
        return children[0]

    def rule_while_stmt(self, tree: Any, children: list) -> ast.While:
        test, body, orelse = children
        orelse = orelse or ()
        return ast.While(test, body, orelse, span=self.block_span(tree, orelse or body))

    def rule_for_stmt(self, tree: Any, children: list) -> ast.For:
        target, iterable, body, orelse = children
        orelse = orelse or ()
        self.check_target(target, hint=False)
        return ast.For(target, iterable, body, orelse, span=self.block_span(tree, orelse or body))

    def rule_with_stmt(self, tree: Any, children: list) -> ast.With:
        *items, body = children
        for context, target, start in reversed(items):  # `with a, b:` nests
            body = (ast.With(context, target, body, span=self.block_span(start, body)),)
        outer = body[0]
        return ast.With(outer.context, outer.target, outer.body,
                        span=self.block_span(tree, outer.body))

    def rule_with_item(self, tree: Any, children: list) -> tuple:
        context, target = children
        if target is not None:
            self.check_target(target, hint=False)
        return (context, target, self.span(tree))

    def rule_funcdef(self, tree: Any, children: list) -> ast.FunctionDef:
        name, params, returns, body = children
        return ast.FunctionDef(str(name), params or (), body, (), returns,
                               span=self.block_span(tree, body))

    def rule_lambdef(self, tree: Any, children: list) -> ast.Lambda:
        params, body = children
        return ast.Lambda(params or (), body, span=self.span(tree))

    # -------------------------------------------------------------- parameters
    # Each item is (Param, the span of the whole item, stars included).
    def rule_param(self, tree: Any, children: list) -> tuple:
        # the span is the name's, as Python's ast.arg
        param = ast.Param(str(children[0]), children[1], span=self.span(children[0]))
        return (param, self.span(tree))

    def rule_star_param(self, tree: Any, children: list) -> tuple:
        name = children[0]
        span = self.span(tree) if name is None else self.span(name)
        return (ast.Param(None if name is None else str(name), None, "*", span=span),
                self.span(tree))

    def rule_kwargs_param(self, tree: Any, children: list) -> tuple:
        param = ast.Param(str(children[0]), None, "**", span=self.span(children[0]))
        return (param, self.span(tree))

    def rule_parameters(self, tree: Any, children: list) -> tuple:
        """Python's order: positional (defaults last), `*` or `*args`,
        keyword-only, `**kwargs`; then no name twice."""
        star = kwargs = False
        for index, (param, where) in enumerate(children):
            if kwargs:
                raise BuildError("arguments cannot follow var-keyword argument",
                                 _at(where, where.column))
            if param.kind == "*":
                if star:
                    raise BuildError("* argument may appear only once", _at(where, where.column))
                star = True
                following = children[index + 1] if index + 1 < len(children) else None
                if param.name is None and (following is None or following[0].kind):
                    raise BuildError("named arguments must follow bare *",
                                     self._bare_star_location(tree, where, following))
            elif param.kind == "**":
                kwargs = True
            elif not star and param.default is None and index \
                    and children[index - 1][0].default is not None:
                raise BuildError("non-default argument follows default argument", param.span)
        params = tuple(param for param, _ in children)
        # Python's symbol table order: named parameters, then *args, then **kwargs
        seen: set = set()
        for param in sorted(params, key=lambda p: len(p.kind)):
            if param.name in seen:
                raise BuildError(f"duplicate argument '{param.name}' in function definition",
                                 param.span)
            if param.name is not None:
                seen.add(param.name)
        return params

    rule_lambda_params = rule_parameters

    def _bare_star_location(self, tree: Any, star: Span, following: Any) -> Span:
        """Python points at the `*` in a def, and at what follows it in a lambda."""
        if tree.data != "lambda_params":
            return _at(star, star.column)
        if following is not None:
            return _at(following[1], following[1].column)
        end = self.span(tree)
        return _at(end, end.end_column)


def check_placement(body: Any, in_loop: bool, in_function: bool) -> None:
    """Python's compile-time checks: return in a def, break/continue in a loop."""
    for node in body:
        if isinstance(node, ast.Return) and not in_function:
            raise BuildError("'return' outside function", node.span)
        value = getattr(node, "value", None)
        if isinstance(value, (ast.Yield, ast.YieldFrom)) and not in_function \
                and isinstance(node, (ast.ExprStmt, ast.Assign)):
            raise BuildError("'yield' outside function", value.span)
        if isinstance(node, ast.Break) and not in_loop:
            raise BuildError("'break' outside loop", node.span)
        if isinstance(node, ast.Continue) and not in_loop:
            raise BuildError("'continue' not properly in loop", node.span)
        if isinstance(node, (ast.For, ast.While)):
            check_placement(node.body, True, in_function)
            check_placement(node.orelse, in_loop, in_function)  # else is outside the loop
        elif isinstance(node, ast.If):
            check_placement(node.body, in_loop, in_function)
            check_placement(node.orelse, in_loop, in_function)
        elif isinstance(node, ast.With):
            check_placement(node.body, in_loop, in_function)
        elif isinstance(node, ast.Try):
            for part in (node.body, node.orelse, node.finalbody,
                         *(handler.body for handler in node.handlers)):
                check_placement(part, in_loop, in_function)
        elif isinstance(node, ast.FunctionDef):
            check_placement(node.body, False, True)
        elif isinstance(node, ast.ClassDef):  # a class body is outside loops and functions
            check_placement(node.body, False, False)
