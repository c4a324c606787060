"""The syntax tree: small frozen dataclasses, each with the span it came from.

The parser (``parser.py``) builds these from Lark's tree; the evaluator
(``evaluator.py``) walks them. Nothing here evaluates anything.

Field names follow Python's own ``ast`` module where the concept is the same
(``BinOp.op``, ``Compare.ops``/``comparators``, ``Call.args``/``keywords``),
so the precedence tests can compare gradsh's tree with Python's.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional


@dataclass(frozen=True)
class Span:
    """1-based line and column of the first character; end is exclusive."""

    line: int
    column: int
    end_line: int
    end_column: int


NO_SPAN = Span(0, 0, 0, 0)


@dataclass(frozen=True)
class Node:
    span: Span = field(default=NO_SPAN, compare=False, repr=False, kw_only=True)


# ---------------------------------------------------------------- expressions
@dataclass(frozen=True)
class Constant(Node):
    value: Any  # int, float, str, bool, None, Ellipsis


@dataclass(frozen=True)
class Name(Node):
    id: str


@dataclass(frozen=True)
class Attribute(Node):
    value: Node
    attr: str


@dataclass(frozen=True)
class Subscript(Node):
    value: Node
    index: Node  # a Tuple for x[a, b]; Slice nodes appear inside


@dataclass(frozen=True)
class Slice(Node):
    lower: Optional[Node]
    upper: Optional[Node]
    step: Optional[Node]


@dataclass(frozen=True)
class Keyword(Node):
    arg: Optional[str]  # None for **kwargs (not supported yet)
    value: Node


@dataclass(frozen=True)
class Starred(Node):
    value: Node


@dataclass(frozen=True)
class Call(Node):
    func: Node
    args: tuple  # of expression nodes (Starred allowed)
    keywords: tuple  # of Keyword


@dataclass(frozen=True)
class BinOp(Node):
    left: Node
    op: str  # '+', '-', '*', '/', '//', '%', '@', '**', '&', '|', '^', '<<', '>>'
    right: Node


@dataclass(frozen=True)
class UnaryOp(Node):
    op: str  # '-', '+', '~', 'not'
    operand: Node


@dataclass(frozen=True)
class BoolOp(Node):
    op: str  # 'and', 'or'
    values: tuple


@dataclass(frozen=True)
class Compare(Node):
    left: Node
    ops: tuple  # '<', '<=', '>', '>=', '==', '!=', 'in', 'not in', 'is', 'is not'
    comparators: tuple


@dataclass(frozen=True)
class IfExp(Node):
    test: Node
    body: Node
    orelse: Node


@dataclass(frozen=True)
class ListExpr(Node):
    elts: tuple


@dataclass(frozen=True)
class TupleExpr(Node):
    elts: tuple


@dataclass(frozen=True)
class DictExpr(Node):
    keys: tuple
    values: tuple


@dataclass(frozen=True)
class Lambda(Node):  # issue 9
    params: tuple  # of Param
    body: Node


# ----------------------------------------------------------------- statements
@dataclass(frozen=True)
class ExprStmt(Node):
    value: Node


@dataclass(frozen=True)
class Assign(Node):
    targets: tuple  # a = b = expr gives two targets; each Name/Attribute/Subscript/TupleExpr
    value: Node


@dataclass(frozen=True)
class AugAssign(Node):
    target: Node
    op: str  # '+', '-', '*', '/', '@', '**', '//', '%', '&', '|', '^'
    value: Node


@dataclass(frozen=True)
class Delete(Node):
    targets: tuple


@dataclass(frozen=True)
class Import(Node):
    """``import a.b as c``: names is a tuple of (dotted module, alias or None)."""

    names: tuple


@dataclass(frozen=True)
class ImportFrom(Node):
    """``from a.b import c as d, e``: names is a tuple of (name, alias or None)."""

    module: str
    names: tuple


@dataclass(frozen=True)
class Pass(Node):
    pass


@dataclass(frozen=True)
class Command(Node):
    """A ``:name args`` REPL command; ``text`` is everything after the name."""

    name: str
    text: str


# Blocks (issue 9): declared here so the tree has room for them.
@dataclass(frozen=True)
class Param(Node):
    name: str
    default: Optional[Node]


@dataclass(frozen=True)
class For(Node):
    target: Node
    iter: Node
    body: tuple


@dataclass(frozen=True)
class While(Node):
    test: Node
    body: tuple


@dataclass(frozen=True)
class If(Node):
    test: Node
    body: tuple
    orelse: tuple


@dataclass(frozen=True)
class With(Node):
    context: Node
    target: Optional[Node]
    body: tuple


@dataclass(frozen=True)
class FunctionDef(Node):
    name: str
    params: tuple
    body: tuple


@dataclass(frozen=True)
class Return(Node):
    value: Optional[Node]


@dataclass(frozen=True)
class Break(Node):
    pass


@dataclass(frozen=True)
class Continue(Node):
    pass


@dataclass(frozen=True)
class Module(Node):
    """A parsed chunk of source: the statements in order."""

    body: tuple
