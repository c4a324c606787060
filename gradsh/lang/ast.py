"""The syntax tree: small immutable records, each with the span it came from.

The parser (``parser.py``) builds these from Lark's tree; the evaluator
(``evaluator.py``) walks them. Nothing here evaluates anything.

Field names follow Python's own ``ast`` module where the concept is the same
(``BinOp.op``, ``Compare.ops``/``comparators``, ``Call.args``/``keywords``),
so the precedence tests can compare gradsh's tree with Python's.
"""
from __future__ import annotations

from typing import Any, Optional


class FrozenInstanceError(AttributeError):
    """Raised on an attempt to change a node: the tree is immutable."""


class Span:
    """1-based line and column of the first character; end is exclusive."""

    __slots__ = ("line", "column", "end_line", "end_column")

    def __init__(self, line: int, column: int, end_line: int, end_column: int):
        object.__setattr__(self, "line", line)
        object.__setattr__(self, "column", column)
        object.__setattr__(self, "end_line", end_line)
        object.__setattr__(self, "end_column", end_column)

    def __setattr__(self, name, value):
        raise FrozenInstanceError(f"cannot assign to field '{name}'")

    def _key(self) -> tuple:
        return (self.line, self.column, self.end_line, self.end_column)

    def __eq__(self, other) -> bool:
        return type(other) is Span and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return "Span(line={}, column={}, end_line={}, end_column={})".format(*self._key())


NO_SPAN = Span(0, 0, 0, 0)


def shifted(span: Optional[Span], lines: int) -> Optional[Span]:
    """`span` moved down by `lines` (a cached statement's span, relative to its
    text, made the file's); no span, or NO_SPAN, stays as it is."""
    if not lines or span is None or not span.line:
        return span
    return Span(span.line + lines, span.column, span.end_line + lines, span.end_column)


class SourceLines(dict):
    """Line number -> source text for the statements of one parsed text, the
    numbers those of its spans; `offset` turns them into the file's
    (the parse cache keeps spans relative to the text, see parser.parse_relative)."""

    __slots__ = ("offset",)

    def __init__(self, offset: int = 0, texts: Any = ()) -> None:
        super().__init__(enumerate(texts, 1))
        self.offset = offset


class Node:
    """Base of the tree's nodes: immutable records compared by their fields.

    The fields of a node class are its annotated names, in order, after
    those of its bases (as dataclasses would take them); ``span`` is a
    keyword-only extra that takes no part in equality. A field given a value
    in the class body (``orelse: tuple = ()``) may be left out. Written by hand
    rather than with ``dataclasses`` because generating ~40 dataclasses costs
    ~20 ms of start-up.
    """

    __slots__ = ("span", "__dict__")
    _fields: tuple = ()
    _defaults: dict = {}

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        own = tuple(name for name in cls.__dict__.get("__annotations__", {}))
        cls._fields = tuple(f for f in cls.__mro__[1]._fields if f not in own) + own
        cls._defaults = {**cls.__mro__[1]._defaults,
                         **{name: cls.__dict__[name] for name in own if name in cls.__dict__}}

    def __init__(self, *args, span: Span = NO_SPAN, **kwargs):
        fields = self._fields
        if len(args) > len(fields):
            raise TypeError(f"{type(self).__name__}() takes {len(fields)} positional arguments "
                            f"but {len(args)} were given")
        values = dict(zip(fields, args))
        for name, value in kwargs.items():
            if name not in fields or name in values:
                raise TypeError(f"{type(self).__name__}() got an unexpected or repeated "
                                f"argument '{name}'")
            values[name] = value
        missing = [name for name in fields if name not in values]
        for name in [name for name in missing if name in self._defaults]:
            values[name] = self._defaults[name]
            missing.remove(name)
        if missing:
            raise TypeError(f"{type(self).__name__}() missing argument '{missing[0]}'")
        object.__setattr__(self, "span", span)
        self.__dict__.update(values)

    def __setattr__(self, name, value):
        raise FrozenInstanceError(f"cannot assign to field '{name}'")

    def __delattr__(self, name):
        raise FrozenInstanceError(f"cannot delete field '{name}'")

    def _values(self) -> tuple:
        return tuple(self.__dict__[name] for name in self._fields)

    def __eq__(self, other) -> bool:
        return type(other) is type(self) and self._values() == other._values()

    def __hash__(self) -> int:
        return hash((type(self), self._values()))

    def __repr__(self) -> str:
        inner = ", ".join(f"{name}={self.__dict__[name]!r}" for name in self._fields)
        return f"{type(self).__name__}({inner})"


# ---------------------------------------------------------------- expressions
class Constant(Node):
    value: Any  # int, float, str, bool, None, Ellipsis


class Name(Node):
    id: str


class Attribute(Node):
    value: Node
    attr: str


class Subscript(Node):
    value: Node
    index: Node  # a Tuple for x[a, b]; Slice nodes appear inside


class Slice(Node):
    lower: Optional[Node]
    upper: Optional[Node]
    step: Optional[Node]


class Keyword(Node):
    arg: Optional[str]  # None for **mapping
    value: Node


class Starred(Node):
    value: Node


class Call(Node):
    func: Node
    args: tuple  # of expression nodes (Starred allowed)
    keywords: tuple  # of Keyword


class BinOp(Node):
    left: Node
    op: str  # '+', '-', '*', '/', '//', '%', '@', '**', '&', '|', '^', '<<', '>>'
    right: Node


class UnaryOp(Node):
    op: str  # '-', '+', '~', 'not'
    operand: Node


class BoolOp(Node):
    op: str  # 'and', 'or'
    values: tuple


class Compare(Node):
    left: Node
    ops: tuple  # '<', '<=', '>', '>=', '==', '!=', 'in', 'not in', 'is', 'is not'
    comparators: tuple


class IfExp(Node):
    test: Node
    body: Node
    orelse: Node


class ListExpr(Node):
    elts: tuple


class SetExpr(Node):
    elts: tuple


class TupleExpr(Node):
    elts: tuple


class DictExpr(Node):
    keys: tuple
    values: tuple


class Comprehension(Node):
    """One ``for target in iter if ...`` clause of a comprehension."""

    target: Node
    iter: Node
    ifs: tuple = ()


class ListComp(Node):
    elt: Node
    generators: tuple  # of Comprehension


class GeneratorExp(Node):
    elt: Node
    generators: tuple


class SetComp(Node):
    elt: Node
    generators: tuple


class DictComp(Node):
    key: Node
    value: Node
    generators: tuple


class FormattedValue(Node):
    """A ``{value!conversion:format_spec}`` field of an f-string."""

    value: Node
    conversion: int = -1  # -1 (none), ord('s'), ord('r') or ord('a'), as Python's ast
    format_spec: Optional[Node] = None  # a JoinedStr


class JoinedStr(Node):
    """An f-string: Constant (str) and FormattedValue parts, in order."""

    values: tuple


class Lambda(Node):  # issue 9
    params: tuple  # of Param
    body: Node


# ----------------------------------------------------------------- statements
class ExprStmt(Node):
    value: Node


class Assign(Node):
    targets: tuple  # a = b = expr gives two targets; each Name/Attribute/Subscript/TupleExpr
    value: Node


class AugAssign(Node):
    target: Node
    op: str  # '+', '-', '*', '/', '@', '**', '//', '%', '&', '|', '^'
    value: Node


class Delete(Node):
    targets: tuple


class Import(Node):
    """``import a.b as c``: names is a tuple of (dotted module, alias or None)."""

    names: tuple


class ImportFrom(Node):
    """``from a.b import c as d, e``: names is a tuple of (name, alias or None)."""

    module: str
    names: tuple


class Pass(Node):
    pass


class Command(Node):
    """A ``:name args`` REPL command; ``text`` is everything after the name."""

    name: str
    text: str


# Blocks (issue 9): declared here so the tree has room for them.
class Param(Node):
    """A parameter; ``kind`` is '' (positional, or keyword-only after a '*'
    parameter), '*' (``*args``; ``name`` None for a bare ``*``) or '**'."""

    name: Optional[str]
    default: Optional[Node]
    kind: str = ""
    annotation: Optional[Node] = None


class For(Node):
    target: Node
    iter: Node
    body: tuple
    orelse: tuple = ()  # runs when the loop was not ended by break


class While(Node):
    test: Node
    body: tuple
    orelse: tuple = ()


class If(Node):
    test: Node
    body: tuple
    orelse: tuple


class With(Node):
    context: Node
    target: Optional[Node]
    body: tuple


class FunctionDef(Node):
    name: str
    params: tuple
    body: tuple
    decorators: tuple = ()  # applied bottom-up: the last one first
    returns: Optional[Node] = None


class Yield(Node):
    value: Optional[Node]


class YieldFrom(Node):
    value: Node


class ClassDef(Node):
    name: str
    bases: tuple
    keywords: tuple  # Keyword nodes (metaclass=..., and the like)
    body: tuple
    decorators: tuple = ()


class Try(Node):
    body: tuple
    handlers: tuple  # ExceptHandler nodes
    orelse: tuple = ()
    finalbody: tuple = ()


class ExceptHandler(Node):
    type: Optional[Node]  # None for a bare `except:`
    name: Optional[str]
    body: tuple


class Raise(Node):
    exc: Optional[Node]  # None: re-raise the exception being handled
    cause: Optional[Node] = None


class Assert(Node):
    test: Node
    msg: Optional[Node] = None


class Global(Node):
    names: tuple


class Nonlocal(Node):
    names: tuple


class AnnAssign(Node):
    """``target: annotation [= value]``; a bare annotation assigns nothing."""

    target: Node
    annotation: Node
    value: Optional[Node] = None


class Return(Node):
    value: Optional[Node]


class Break(Node):
    pass


class Continue(Node):
    pass


class Module(Node):
    """A parsed chunk of source: the statements in order."""

    body: tuple
