"""List and dict comprehensions and generator expressions.

As in Python 3, a comprehension runs in a scope of its own: its targets do
not leak into the workspace (or into the function around it), the first
iterable is evaluated in the enclosing scope and everything else in the
comprehension's, and names it does not bind are looked up outside (so
closures over a function's locals work).

Generator expressions are evaluated eagerly, into a list whose iterator is
the value.  Each iteration checks the interpreter's deadline, and a result
growing past the engine's size limit is refused (as ``list(range(10**12))``).
"""
from __future__ import annotations

from typing import Any, Callable, Optional

from . import ast, guards
from .functions import Scope
from .nesting import check_key


def _target_names(node: ast.Node, names: set) -> None:
    if isinstance(node, ast.Name):
        names.add(node.id)
    elif isinstance(node, (ast.TupleExpr, ast.ListExpr)):
        for element in node.elts:
            _target_names(element, names)
    elif isinstance(node, ast.Starred):
        _target_names(node.value, names)


def _check_size(count: int, kind: str) -> None:
    """At each power of two past 65536 items: the engine's size limit."""
    if count > 1 << 16 and count & (count - 1) == 0:
        guards.check_items(count, guards.POINTER_SIZE, kind)


def run(interpreter: Any, generators: tuple, scope: Optional[Scope],
        emit: Callable[[Scope], None]) -> None:
    """Run the `for`/`if` clauses, calling emit(inner scope) for each result."""
    first = interpreter.evaluate(generators[0].iter, scope)
    names: set = set()
    for generator in generators:
        _target_names(generator.target, names)
    inner = Scope({}, frozenset(names), scope, *interpreter._location(scope))

    def loop(level: int, iterable: Any) -> None:
        clause = generators[level]
        for item in iterable:
            interpreter.check_deadline()
            interpreter.assign(clause.target, item, inner)
            if not all(interpreter.evaluate(test, inner) for test in clause.ifs):
                continue
            if level + 1 == len(generators):
                emit(inner)
            else:
                loop(level + 1, interpreter.evaluate(generators[level + 1].iter, inner))

    if len(generators) == 1 and not generators[0].ifs:
        guards.check_iterable(first)
    loop(0, first)


def list_comp(interpreter: Any, node: Any, scope: Optional[Scope]) -> list:
    values: list = []

    def emit(inner: Scope) -> None:
        values.append(interpreter.evaluate(node.elt, inner))
        _check_size(len(values), f"a list of {len(values):,} items")

    run(interpreter, node.generators, scope, emit)
    return values


def generator_exp(interpreter: Any, node: Any, scope: Optional[Scope]) -> Any:
    return iter(list_comp(interpreter, node, scope))


def dict_comp(interpreter: Any, node: ast.DictComp, scope: Optional[Scope]) -> dict:
    result: dict = {}

    def emit(inner: Scope) -> None:
        key = check_key(interpreter.evaluate(node.key, inner))  # hashing a deep tuple
        result[key] = interpreter.evaluate(node.value, inner)
        _check_size(len(result), f"a dict of {len(result):,} items")

    run(interpreter, node.generators, scope, emit)
    return result
