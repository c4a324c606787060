"""Lark's parse tree -> gradsh's AST (``gradsh.lang.ast``), with spans.

One method per grammar rule, named after the rule (those of blocks, def and
lambda in ``builder_blocks.BlockRules``).  Nothing is evaluated
here; the only checks are the ones Python makes at compile time (what can be
assigned to or deleted, argument order), raised as :class:`BuildError`.

This module does not import lark: it reads trees and tokens through their
attributes (``data``, ``children``, ``meta``; ``type``, ``line``, ...).
"""
from __future__ import annotations

import re
from typing import Any, Callable, Optional

from . import ast
from .ast import Span
from .builder_blocks import BlockRules, BuildError, check_placement
from .builder_statements import StatementRules
from .builder_strings import FStringError, build_strings

__all__ = ["Builder", "BuildError"]

_LEADING_ZEROS = re.compile(r"0[0_]*[1-9]")


# What Python calls each kind of expression in "cannot assign to ..." messages.
_EXPRESSION_NAMES = (
    (ast.Call, "function call"),
    (ast.Compare, "comparison"),
    (ast.IfExp, "conditional expression"),
    (ast.Lambda, "lambda"),
    (ast.DictExpr, "dict literal"),
    (ast.TupleExpr, "tuple"),
    (ast.ListExpr, "list"),
    (ast.ListComp, "list comprehension"),
    (ast.DictComp, "dict comprehension"),
    (ast.SetExpr, "set display"),
    (ast.SetComp, "set comprehension"),
    (ast.GeneratorExp, "generator expression"),
)


def _describe(node: ast.Node) -> str:
    if isinstance(node, ast.Constant):
        if node.value is None or node.value is True or node.value is False:
            return str(node.value)
        return "ellipsis" if node.value is Ellipsis else "literal"
    for node_type, name in _EXPRESSION_NAMES:
        if isinstance(node, node_type):
            return name
    return "expression"


def _bare_tuple(node: ast.Node) -> bool:
    """A tuple written without parentheses (its span starts at its first item)."""
    if not isinstance(node, ast.TupleExpr) or not node.elts:
        return False
    first = node.elts[0].span
    return (node.span.line, node.span.column) == (first.line, first.column)


class Builder(BlockRules, StatementRules):
    def __init__(self, line_offset: int = 0, commands: Optional[dict] = None) -> None:
        self.line_offset = line_offset
        # `:` command lines reach Lark as `pass`; their Command nodes, by line
        self.commands = commands or {}
        # spans of parenthesized expressions, parentheses included, by id(node):
        # a BinOp over `(a + b)` starts at the parenthesis, as in Python
        self.outer_spans: dict = {}

    # ---------------------------------------------------------------- plumbing
    def build(self, tree: Any) -> ast.Module:
        return self.node(tree)

    def node(self, item: Any) -> Any:
        if item is None:
            return None
        method: Callable = getattr(self, "rule_" + item.data)
        return method(item, [self.node(child) if hasattr(child, "data") else child
                             for child in item.children])

    def span(self, item: Any) -> Span:
        """The span of a Lark tree (from its meta) or token."""
        where = getattr(item, "meta", item)
        if getattr(where, "empty", False) or getattr(where, "line", None) is None:
            return ast.NO_SPAN
        return Span(where.line + self.line_offset, where.column,
                    where.end_line + self.line_offset, where.end_column)

    def join(self, first: ast.Node, last: ast.Node) -> Span:
        start = self.outer_spans.get(id(first), first.span)
        end = self.outer_spans.get(id(last), last.span)
        return Span(start.line, start.column, end.end_line, end.end_column)

    def fold(self, tree: Any, children: list, op: Any = None) -> ast.Node:
        """Left-associative chain: [a, op, b, op, c] (or [a, b, c] with `op`)."""
        result = children[0]
        step = 1 if op is not None else 2
        for index in range(1, len(children), step):
            symbol = op if op is not None else str(children[index])
            right = children[index + step - 1]
            result = ast.BinOp(result, symbol, right, span=self.join(result, right))
        return result

    # -------------------------------------------------------------- statements
    def rule_start(self, tree: Any, children: list) -> ast.Module:
        check_placement(children, in_loop=False, in_function=False)
        return ast.Module(tuple(children), span=self.span(tree))

    def rule_expr_stmt(self, tree: Any, children: list) -> ast.ExprStmt:
        value = children[0]
        if isinstance(value, ast.Starred):
            raise BuildError("can't use starred expression here", value.span)
        return ast.ExprStmt(value, span=self.span(tree))

    def rule_assign(self, tree: Any, children: list) -> ast.Assign:
        *targets, value = children
        for target in targets:
            self.check_target(target, hint=len(targets) == 1)
        return ast.Assign(tuple(targets), value, span=self.span(tree))

    def check_target(self, target: ast.Node, hint: bool, nested: bool = False) -> None:
        if isinstance(target, (ast.Name, ast.Attribute, ast.Subscript)):
            return
        if isinstance(target, ast.Starred) and nested:
            return self.check_target(target.value, hint=False, nested=True)
        if isinstance(target, ast.Starred):
            raise BuildError("starred assignment target must be in a list or tuple", target.span)
        if isinstance(target, (ast.TupleExpr, ast.ListExpr)):
            for index, element in enumerate(target.elts):
                last_of_bare = _bare_tuple(target) and index == len(target.elts) - 1
                self.check_target(element, hint=hint and last_of_bare, nested=True)
            return
        kind = _describe(target)
        message = f"cannot assign to {kind}"
        simple = not isinstance(target, (ast.Compare, ast.IfExp, ast.Lambda, ast.BoolOp,
                                           ast.GeneratorExp)) \
            and not (isinstance(target, ast.UnaryOp) and target.op == "not")
        if hint and simple and kind not in ("None", "True", "False"):
            message += " here. Maybe you meant '==' instead of '='?"
        raise BuildError(message, target.span)

    def rule_aug_assign(self, tree: Any, children: list) -> ast.AugAssign:
        target, op, value = children
        if not isinstance(target, (ast.Name, ast.Attribute, ast.Subscript)):
            raise BuildError(f"'{_describe(target)}' is an illegal expression for "
                             "augmented assignment", target.span)
        return ast.AugAssign(target, str(op)[:-1], value, span=self.span(tree))

    def rule_del_stmt(self, tree: Any, children: list) -> ast.Delete:
        target = children[0]
        bare = tree.children[0].data == "tuple_bare" if hasattr(tree.children[0], "data") else False
        targets = target.elts if bare else (target,)
        for item in targets:
            self.check_delete(item)
        return ast.Delete(tuple(targets), span=self.span(tree))

    def check_delete(self, target: ast.Node) -> None:
        if isinstance(target, (ast.Name, ast.Attribute, ast.Subscript)):
            return
        if isinstance(target, (ast.TupleExpr, ast.ListExpr)):
            for item in target.elts:
                self.check_delete(item)
            return
        raise BuildError(f"cannot delete {_describe(target)}", target.span)

    def rule_pass_stmt(self, tree: Any, children: list) -> ast.Node:
        span = self.span(tree)
        return self.commands.get(span.line) or ast.Pass(span=span)

    def rule_return_stmt(self, tree: Any, children: list) -> ast.Return:
        return ast.Return(children[0] if children else None, span=self.span(tree))

    def rule_break_stmt(self, tree: Any, children: list) -> ast.Break:
        return ast.Break(span=self.span(tree))

    def rule_continue_stmt(self, tree: Any, children: list) -> ast.Continue:
        return ast.Continue(span=self.span(tree))

    def rule_import_name(self, tree: Any, children: list) -> ast.Import:
        return ast.Import(tuple(children), span=self.span(tree))

    def rule_dotted_as_name(self, tree: Any, children: list) -> tuple:
        return (str(children[0]), str(children[1]) if len(children) > 1 else None)

    rule_import_as_name = rule_dotted_as_name

    def rule_dotted_name(self, tree: Any, children: list) -> str:
        return ".".join(str(part) for part in children)

    def rule_import_from(self, tree: Any, children: list) -> ast.ImportFrom:
        module, names = children
        return ast.ImportFrom(module, names, span=self.span(tree))

    def rule_import_as_names(self, tree: Any, children: list) -> tuple:
        return tuple(children)

    def rule_import_star(self, tree: Any, children: list) -> tuple:
        return (("*", None),)

    # ------------------------------------------------------------- expressions
    def rule_paren(self, tree: Any, children: list) -> ast.Node:
        self.outer_spans[id(children[0])] = self.span(tree)
        return children[0]

    def rule_tuple(self, tree: Any, children: list) -> ast.TupleExpr:
        return ast.TupleExpr(tuple(children), span=self.span(tree))

    rule_tuple_bare = rule_subscript_tuple = rule_for_tuple = rule_tuple

    def rule_list(self, tree: Any, children: list) -> ast.ListExpr:
        return ast.ListExpr(tuple(c for c in children if c is not None), span=self.span(tree))

    def rule_dict(self, tree: Any, children: list) -> ast.DictExpr:
        items = [c for c in children if c is not None]
        return ast.DictExpr(tuple(k for k, _ in items), tuple(v for _, v in items),
                            span=self.span(tree))

    def rule_set_display(self, tree: Any, children: list) -> ast.SetExpr:
        return ast.SetExpr(tuple(c for c in children if c is not None), span=self.span(tree))

    def rule_setcomp(self, tree: Any, children: list) -> ast.SetComp:
        return ast.SetComp(children[0], children[1], span=self.span(tree))

    def rule_listcomp(self, tree: Any, children: list) -> ast.ListComp:
        return ast.ListComp(children[0], children[1], span=self.span(tree))

    def rule_genexp(self, tree: Any, children: list) -> ast.GeneratorExp:
        return ast.GeneratorExp(children[0], children[1], span=self.span(tree))

    def rule_dictcomp(self, tree: Any, children: list) -> ast.DictComp:
        (key, value), generators = children
        return ast.DictComp(key, value, generators, span=self.span(tree))

    def rule_comp_clauses(self, tree: Any, children: list) -> tuple:
        generators: list = []
        for kind, *parts in children:
            if kind == "for":
                generators.append(list(parts) + [[]])
            else:
                generators[-1][2].append(parts[0])
        return tuple(ast.Comprehension(target, iterable, tuple(ifs), span=target.span)
                     for target, iterable, ifs in generators)

    def rule_comp_for(self, tree: Any, children: list) -> tuple:
        self.check_target(children[0], hint=False)
        return ("for", children[0], children[1])

    def rule_comp_if(self, tree: Any, children: list) -> tuple:
        return ("if", children[0])

    def rule_dict_item(self, tree: Any, children: list) -> tuple:
        return (children[0], children[1])

    def rule_star_expr(self, tree: Any, children: list) -> ast.Starred:
        return ast.Starred(children[0], span=self.span(tree))

    def rule_ifexp(self, tree: Any, children: list) -> ast.IfExp:
        body, test, orelse = children
        return ast.IfExp(test, body, orelse, span=self.span(tree))

    def rule_or_test(self, tree: Any, children: list) -> ast.BoolOp:
        return ast.BoolOp("or", tuple(children), span=self.span(tree))

    def rule_and_test(self, tree: Any, children: list) -> ast.BoolOp:
        return ast.BoolOp("and", tuple(children), span=self.span(tree))

    def rule_not_op(self, tree: Any, children: list) -> ast.UnaryOp:
        return ast.UnaryOp("not", children[0], span=self.span(tree))

    def rule_comparison(self, tree: Any, children: list) -> ast.Compare:
        return ast.Compare(children[0], tuple(children[1::2]), tuple(children[2::2]),
                           span=self.span(tree))

    def rule_comp_op(self, tree: Any, children: list) -> str:
        return " ".join(str(token) for token in children)

    def rule_expr(self, tree: Any, children: list) -> ast.Node:
        return self.fold(tree, children, "|")

    def rule_xor_expr(self, tree: Any, children: list) -> ast.Node:
        return self.fold(tree, children, "^")

    def rule_and_expr(self, tree: Any, children: list) -> ast.Node:
        return self.fold(tree, children, "&")

    rule_shift_expr = rule_arith_expr = rule_term = fold

    def rule_factor(self, tree: Any, children: list) -> ast.UnaryOp:
        return ast.UnaryOp(str(children[0]), children[1], span=self.span(tree))

    def rule_power(self, tree: Any, children: list) -> ast.BinOp:
        return ast.BinOp(children[0], "**", children[1], span=self.span(tree))

    def rule_getattr(self, tree: Any, children: list) -> ast.Attribute:
        return ast.Attribute(children[0], str(children[1]), span=self.span(tree))

    def rule_getitem(self, tree: Any, children: list) -> ast.Subscript:
        return ast.Subscript(children[0], children[1], span=self.span(tree))

    def rule_slice(self, tree: Any, children: list) -> ast.Slice:
        lower, upper, step = children
        return ast.Slice(lower, upper, step, span=self.span(tree))

    def rule_call(self, tree: Any, children: list) -> ast.Call:
        func, arguments = children
        args, keywords = [], []
        seen: set = set()
        for item in arguments or ():
            if isinstance(item, ast.Keyword):
                if item.arg is not None and item.arg in seen:
                    raise BuildError(f"keyword argument repeated: {item.arg}", item.span)
                seen.add(item.arg)
                keywords.append(item)
            elif isinstance(item, ast.Starred) and None in seen:
                raise BuildError("iterable argument unpacking follows keyword argument "
                                 "unpacking", item.span)
            elif keywords and not isinstance(item, ast.Starred):
                unpacking = " unpacking" if None in seen else ""
                raise BuildError(f"positional argument follows keyword argument{unpacking}",
                                 item.span)
            else:
                args.append(item)
        return ast.Call(func, tuple(args), tuple(keywords), span=self.span(tree))

    def rule_call_genexp(self, tree: Any, children: list) -> ast.Call:
        return ast.Call(children[0], (children[1],), (), span=self.span(tree))

    def rule_arguments(self, tree: Any, children: list) -> list:
        return children

    def rule_keyword(self, tree: Any, children: list) -> ast.Keyword:
        return ast.Keyword(str(children[0]), children[1], span=self.span(tree))

    def rule_kwargs(self, tree: Any, children: list) -> ast.Keyword:
        return ast.Keyword(None, children[0], span=self.span(tree))

    # ---------------------------------------------------------------- literals
    def rule_name(self, tree: Any, children: list) -> ast.Name:
        return ast.Name(str(children[0]), span=self.span(tree))

    def rule_number(self, tree: Any, children: list) -> ast.Constant:
        token = children[0]
        text = str(token)
        if token.type == "DEC_NUMBER" and _LEADING_ZEROS.match(text):
            raise BuildError("leading zeros in decimal integer literals are not permitted; "
                             "use an 0o prefix for octal integers", self.span(token))
        if token.type == "IMAG_NUMBER":
            value = complex(0, float(text[:-1]))
        else:
            value = float(text) if token.type == "FLOAT_NUMBER" else int(text, 0)
        return ast.Constant(value, span=self.span(tree))

    def rule_strings(self, tree: Any, children: list) -> ast.Node:
        span = self.span(tree)

        def parse_field(text: str) -> ast.Node:
            from .diagnostics import Diagnostic
            from .parser import parse

            try:
                body = parse("(" + text + "\n)").body
            except Diagnostic:
                raise BuildError("f-string: invalid syntax", span) from None
            if len(body) != 1 or not isinstance(body[0], ast.ExprStmt):
                raise BuildError("f-string: invalid syntax", span)
            return body[0].value

        try:
            return build_strings(children, span, parse_field)
        except FStringError as problem:
            raise BuildError(str(problem), span) from None

    def rule_string(self, tree: Any, children: list) -> Any:
        return children[0]

    def rule_ellipsis(self, tree: Any, children: list) -> ast.Constant:
        return ast.Constant(Ellipsis, span=self.span(tree))

    def rule_const_none(self, tree: Any, children: list) -> ast.Constant:
        return ast.Constant(None, span=self.span(tree))

    def rule_const_true(self, tree: Any, children: list) -> ast.Constant:
        return ast.Constant(True, span=self.span(tree))

    def rule_const_false(self, tree: Any, children: list) -> ast.Constant:
        return ast.Constant(False, span=self.span(tree))

