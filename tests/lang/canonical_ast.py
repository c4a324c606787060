"""Canonical nested tuples for gradsh's AST and Python's, so tests can compare them.

Both converters produce the same shapes, e.g. ``('BinOp', '+', left, right)``;
with ``spans=True`` every node tuple ends with its (line, column, end_line,
end_column), 1-based with an exclusive end, as ``gradsh.lang.ast.Span``.
"""
from __future__ import annotations

import ast as py

from gradsh.lang import ast as g

PY_OPS = {
    py.Add: "+", py.Sub: "-", py.Mult: "*", py.Div: "/", py.FloorDiv: "//", py.Mod: "%",
    py.MatMult: "@", py.Pow: "**", py.BitAnd: "&", py.BitOr: "|", py.BitXor: "^",
    py.LShift: "<<", py.RShift: ">>", py.USub: "-", py.UAdd: "+", py.Invert: "~",
    py.Not: "not", py.And: "and", py.Or: "or", py.Eq: "==", py.NotEq: "!=", py.Lt: "<",
    py.LtE: "<=", py.Gt: ">", py.GtE: ">=", py.In: "in", py.NotIn: "not in", py.Is: "is",
    py.IsNot: "is not",
}


def _py_span(node: py.AST) -> tuple:
    return (node.lineno, node.col_offset + 1, node.end_lineno, node.end_col_offset + 1)


def from_python(node, spans: bool = False):
    """Python's ``ast`` node -> canonical tuple."""
    def conv(item):
        return from_python(item, spans)

    def many(items):
        return tuple(conv(item) for item in items)

    if node is None:
        return None
    if isinstance(node, py.Module):
        return ("Module", many(node.body))
    if isinstance(node, py.Expression):
        return conv(node.body)
    kind = type(node)
    if kind is py.Name:
        out = ("Name", node.id)
    elif kind is py.Constant:
        out = ("Constant", node.value)
    elif kind is py.Attribute:
        out = ("Attribute", conv(node.value), node.attr)
    elif kind is py.Subscript:
        out = ("Subscript", conv(node.value), conv(node.slice))
    elif kind is py.Slice:
        out = ("Slice", conv(node.lower), conv(node.upper), conv(node.step))
    elif kind is py.Starred:
        out = ("Starred", conv(node.value))
    elif kind is py.Call:
        out = ("Call", conv(node.func), many(node.args), many(node.keywords))
    elif kind is py.keyword:
        out = ("Keyword", node.arg, conv(node.value))
    elif kind is py.BinOp:
        out = ("BinOp", PY_OPS[type(node.op)], conv(node.left), conv(node.right))
    elif kind is py.UnaryOp:
        out = ("UnaryOp", PY_OPS[type(node.op)], conv(node.operand))
    elif kind is py.BoolOp:
        out = ("BoolOp", PY_OPS[type(node.op)], many(node.values))
    elif kind is py.Compare:
        ops = tuple(PY_OPS[type(op)] for op in node.ops)
        out = ("Compare", conv(node.left), ops, many(node.comparators))
    elif kind is py.IfExp:
        out = ("IfExp", conv(node.test), conv(node.body), conv(node.orelse))
    elif kind is py.List:
        out = ("List", many(node.elts))
    elif kind is py.Tuple:
        out = ("Tuple", many(node.elts))
    elif kind is py.Set:
        out = ("Set", many(node.elts))
    elif kind is py.SetComp:
        out = ("SetComp", conv(node.elt), many(node.generators))
    elif kind is py.Dict:
        out = ("Dict", many(node.keys), many(node.values))
    elif kind is py.ListComp:
        out = ("ListComp", conv(node.elt), many(node.generators))
    elif kind is py.GeneratorExp:
        out = ("GeneratorExp", conv(node.elt), many(node.generators))
    elif kind is py.DictComp:
        out = ("DictComp", conv(node.key), conv(node.value), many(node.generators))
    elif kind is py.comprehension:  # no position in Python's tree
        return ("comprehension", conv(node.target), conv(node.iter), many(node.ifs))
    elif kind is py.JoinedStr:  # compared without spans (Python 3.11's are partial)
        # Python 3.11 keeps an empty Constant after a nested format spec's
        # field, 3.12 drops it: leave empty text out on both sides.
        out = ("JoinedStr", tuple(part for part in many(node.values)
                                  if part[:2] != ("Constant", "")))
    elif kind is py.FormattedValue:
        out = ("FormattedValue", conv(node.value), node.conversion, conv(node.format_spec))
    elif kind is py.Expr:
        out = ("Expr", conv(node.value))
    elif kind is py.Assign:
        out = ("Assign", many(node.targets), conv(node.value))
    elif kind is py.AugAssign:
        out = ("AugAssign", conv(node.target), PY_OPS[type(node.op)], conv(node.value))
    elif kind is py.Delete:
        out = ("Delete", many(node.targets))
    elif kind is py.Pass:
        out = ("Pass",)
    elif kind is py.Lambda:
        out = ("Lambda", _py_params(node.args, spans), conv(node.body))
    elif kind is py.FunctionDef:
        out = ("FunctionDef", node.name, _py_params(node.args, spans), many(node.body))
        out += (("decorators", many(node.decorator_list)),) if node.decorator_list else ()
        out += (("returns", conv(node.returns)),) if node.returns else ()
    elif kind is py.ClassDef:
        out = ("ClassDef", node.name, many(node.bases), many(node.keywords), many(node.body),
               many(node.decorator_list))
    elif kind is py.Try:
        out = ("Try", many(node.body), many(node.handlers), many(node.orelse),
               many(node.finalbody))
    elif kind is py.ExceptHandler:
        out = ("ExceptHandler", conv(node.type), node.name, many(node.body))
    elif kind is py.Raise:
        out = ("Raise", conv(node.exc), conv(node.cause))
    elif kind is py.Assert:
        out = ("Assert", conv(node.test), conv(node.msg))
    elif kind is py.Global:
        out = ("Global", tuple(node.names))
    elif kind is py.Nonlocal:
        out = ("Nonlocal", tuple(node.names))
    elif kind is py.AnnAssign:
        out = ("AnnAssign", conv(node.target), conv(node.annotation), conv(node.value))
    elif kind is py.Yield:
        out = ("Yield", conv(node.value))
    elif kind is py.YieldFrom:
        out = ("YieldFrom", conv(node.value))
    elif kind is py.Return:
        out = ("Return", conv(node.value))
    elif kind is py.Break:
        out = ("Break",)
    elif kind is py.Continue:
        out = ("Continue",)
    elif kind is py.For:
        out = ("For", conv(node.target), conv(node.iter), many(node.body), many(node.orelse))
    elif kind is py.While:
        out = ("While", conv(node.test), many(node.body), many(node.orelse))
    elif kind is py.If:
        out = ("If", conv(node.test), many(node.body), many(node.orelse))
    elif kind is py.With:
        # `with a, b:` is one node in Python and nested ones in gradsh
        body = many(node.body)
        for item in reversed(node.items[1:]):
            body = (("With", conv(item.context_expr), conv(item.optional_vars), body),)
        item = node.items[0]
        out = ("With", conv(item.context_expr), conv(item.optional_vars), body)
    elif kind is py.Import:
        out = ("Import", tuple((alias.name, alias.asname) for alias in node.names))
    elif kind is py.ImportFrom:
        names = tuple((alias.name, alias.asname) for alias in node.names)
        out = ("ImportFrom", node.module, names)
    else:
        raise AssertionError(f"no canonical form for Python's {kind.__name__}")
    return out + (_py_span(node),) if spans and hasattr(node, "lineno") else out


def _py_params(arguments: py.arguments, spans: bool) -> tuple:
    """Python's parameters in source order: positional (defaults align right),
    ``*args`` or a bare ``*``, keyword-only, ``**kwargs``."""
    assert not arguments.posonlyargs

    def param(arg, default, kind=""):
        out = ("Param", arg.arg, from_python(default, spans)) + ((kind,) if kind else ())
        if arg.annotation is not None:
            out += (("annotation", from_python(arg.annotation, spans)),)
        return out + (_py_span(arg),) if spans else out

    names = arguments.args
    defaults = [None] * (len(names) - len(arguments.defaults)) + list(arguments.defaults)
    result = [param(arg, default) for arg, default in zip(names, defaults)]
    if arguments.vararg:
        result.append(param(arguments.vararg, None, "*"))
    elif arguments.kwonlyargs:
        result.append(("Param", None, None, "*"))  # a bare `*` has no node (nor span)
    result += [param(arg, default) for arg, default in
               zip(arguments.kwonlyargs, arguments.kw_defaults)]
    if arguments.kwarg:
        result.append(param(arguments.kwarg, None, "**"))
    return tuple(result)


def from_gradsh(node, spans: bool = False):
    """gradsh's AST node -> canonical tuple (the same shapes as from_python)."""
    def conv(item):
        return from_gradsh(item, spans)

    def many(items):
        return tuple(conv(item) for item in items)

    if node is None:
        return None
    kind = type(node)
    if kind is g.Module:
        return ("Module", many(node.body))
    if kind is g.Name:
        out = ("Name", node.id)
    elif kind is g.Constant:
        out = ("Constant", node.value)
    elif kind is g.Attribute:
        out = ("Attribute", conv(node.value), node.attr)
    elif kind is g.Subscript:
        out = ("Subscript", conv(node.value), conv(node.index))
    elif kind is g.Slice:
        out = ("Slice", conv(node.lower), conv(node.upper), conv(node.step))
    elif kind is g.Starred:
        out = ("Starred", conv(node.value))
    elif kind is g.Call:
        out = ("Call", conv(node.func), many(node.args), many(node.keywords))
    elif kind is g.Keyword:
        out = ("Keyword", node.arg, conv(node.value))
    elif kind is g.BinOp:
        out = ("BinOp", node.op, conv(node.left), conv(node.right))
    elif kind is g.UnaryOp:
        out = ("UnaryOp", node.op, conv(node.operand))
    elif kind is g.BoolOp:
        out = ("BoolOp", node.op, many(node.values))
    elif kind is g.Compare:
        out = ("Compare", conv(node.left), tuple(node.ops), many(node.comparators))
    elif kind is g.IfExp:
        out = ("IfExp", conv(node.test), conv(node.body), conv(node.orelse))
    elif kind is g.ListExpr:
        out = ("List", many(node.elts))
    elif kind is g.TupleExpr:
        out = ("Tuple", many(node.elts))
    elif kind is g.DictExpr:
        out = ("Dict", many(node.keys), many(node.values))
    elif kind is g.SetExpr:
        out = ("Set", many(node.elts))
    elif kind is g.SetComp:
        out = ("SetComp", conv(node.elt), many(node.generators))
    elif kind is g.ListComp:
        out = ("ListComp", conv(node.elt), many(node.generators))
    elif kind is g.GeneratorExp:
        out = ("GeneratorExp", conv(node.elt), many(node.generators))
    elif kind is g.DictComp:
        out = ("DictComp", conv(node.key), conv(node.value), many(node.generators))
    elif kind is g.Comprehension:  # Python's has no position
        return ("comprehension", conv(node.target), conv(node.iter), many(node.ifs))
    elif kind is g.JoinedStr:
        out = ("JoinedStr", tuple(part for part in many(node.values)
                                  if part[:2] != ("Constant", "")))
    elif kind is g.FormattedValue:
        out = ("FormattedValue", conv(node.value), node.conversion, conv(node.format_spec))
    elif kind is g.ExprStmt:
        out = ("Expr", conv(node.value))
    elif kind is g.Assign:
        out = ("Assign", many(node.targets), conv(node.value))
    elif kind is g.AugAssign:
        out = ("AugAssign", conv(node.target), node.op, conv(node.value))
    elif kind is g.Delete:
        out = ("Delete", many(node.targets))
    elif kind is g.Pass:
        out = ("Pass",)
    elif kind is g.Import:
        out = ("Import", tuple(node.names))
    elif kind is g.ImportFrom:
        out = ("ImportFrom", node.module, tuple(node.names))
    elif kind is g.Lambda:
        out = ("Lambda", many(node.params), conv(node.body))
    elif kind is g.Param:
        out = ("Param", node.name, conv(node.default)) + ((node.kind,) if node.kind else ())
        if node.annotation is not None:
            out += (("annotation", conv(node.annotation)),)
        if node.name is None:  # a bare `*`: Python has no node for it
            return out
    elif kind is g.FunctionDef:
        out = ("FunctionDef", node.name, many(node.params), many(node.body))
        out += (("decorators", many(node.decorators)),) if node.decorators else ()
        out += (("returns", conv(node.returns)),) if node.returns else ()
    elif kind is g.ClassDef:
        out = ("ClassDef", node.name, many(node.bases), many(node.keywords), many(node.body),
               many(node.decorators))
    elif kind is g.Try:
        out = ("Try", many(node.body), many(node.handlers), many(node.orelse),
               many(node.finalbody))
    elif kind is g.ExceptHandler:
        out = ("ExceptHandler", conv(node.type), node.name, many(node.body))
    elif kind is g.Raise:
        out = ("Raise", conv(node.exc), conv(node.cause))
    elif kind is g.Assert:
        out = ("Assert", conv(node.test), conv(node.msg))
    elif kind is g.Global:
        out = ("Global", tuple(node.names))
    elif kind is g.Nonlocal:
        out = ("Nonlocal", tuple(node.names))
    elif kind is g.AnnAssign:
        out = ("AnnAssign", conv(node.target), conv(node.annotation), conv(node.value))
    elif kind is g.Yield:
        out = ("Yield", conv(node.value))
    elif kind is g.YieldFrom:
        out = ("YieldFrom", conv(node.value))
    elif kind is g.Return:
        out = ("Return", conv(node.value))
    elif kind is g.Break:
        out = ("Break",)
    elif kind is g.Continue:
        out = ("Continue",)
    elif kind is g.For:
        out = ("For", conv(node.target), conv(node.iter), many(node.body), many(node.orelse))
    elif kind is g.While:
        out = ("While", conv(node.test), many(node.body), many(node.orelse))
    elif kind is g.If:
        out = ("If", conv(node.test), many(node.body), many(node.orelse))
    elif kind is g.With:
        out = ("With", conv(node.context), conv(node.target), many(node.body))
    elif kind is g.Command:
        out = ("Command", node.name, node.text)
    else:
        raise AssertionError(f"no canonical form for gradsh's {kind.__name__}")
    if spans:
        span = node.span
        out += ((span.line, span.column, span.end_line, span.end_column),)
    return out
