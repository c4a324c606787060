"""Expression evaluation: names, attributes, calls, operators, literals.

Operators apply Python's ``operator`` functions to values (tensors implement
the Python protocols), so ``a + b`` in gradsh is ``a + b`` in Python.
Attribute access and assignment go through :mod:`gradsh.lang.whitelist`.
"""
from __future__ import annotations

import math
import operator
import types
from collections.abc import Mapping
from typing import Any, Callable, Optional

from . import ast
from . import comprehensions, constructors, guards, nesting, sizes
from .functions import Scope
from ..display import hide_addresses, repr_value, str_value
from .guards import check_format_spec, checked_imul, checked_mul
from .guards import _Builtin
from .nesting import check_key
from . import iteration
from .whitelist import SAFE_BUILTINS, get_attribute

BINARY_OPS: dict[str, Callable[[Any, Any], Any]] = {
    "+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv,
    "//": operator.floordiv, "%": operator.mod, "@": operator.matmul, "**": operator.pow,
    "&": operator.and_, "|": operator.or_, "^": operator.xor,
    "<<": operator.lshift, ">>": operator.rshift,
}
INPLACE_OPS: dict[str, Callable[[Any, Any], Any]] = {
    "+": operator.iadd, "-": operator.isub, "*": operator.imul, "/": operator.itruediv,
    "//": operator.ifloordiv, "%": operator.imod, "@": operator.imatmul, "**": operator.ipow,
    "&": operator.iand, "|": operator.ior, "^": operator.ixor,
    "<<": operator.ilshift, ">>": operator.irshift,
}
UNARY_OPS: dict[str, Callable[[Any], Any]] = {
    "-": operator.neg, "+": operator.pos, "~": operator.invert, "not": operator.not_,
}
COMPARE_OPS: dict[str, Callable[[Any, Any], Any]] = {
    "<": operator.lt, "<=": operator.le, ">": operator.gt, ">=": operator.ge,
    "==": operator.eq, "!=": operator.ne, "is": operator.is_, "is not": operator.is_not,
    "in": nesting.item_checked(iteration.contains),  # a deep tuple: RecursionError
    "not in": nesting.item_checked(iteration.not_contains),
}

# An exact Python integer with more bits than this is refused before it is
# computed: `2 ** 10 ** 10` would otherwise hang the shell in C code that
# Ctrl-C cannot stop.
MAX_INT_BITS = 1_000_000


# Python's machinery types a script can reach through type() but must not build.
_NOT_CONSTRUCTIBLE = frozenset({types.MethodType, types.FunctionType, types.CodeType,
                                types.FrameType, types.TracebackType, types.CellType,
                                types.ModuleType, types.SimpleNamespace, super})


def _not_constructible() -> frozenset:
    """Python's machinery, and the interpreter's own types, which type(x) reaches."""
    if _INTERNAL_TYPES:
        return _INTERNAL_TYPES[0]
    from .classes import ClassScope  # noqa: PLC0415
    from .functions import Scope, UserFunction  # noqa: PLC0415
    from .generators import GeneratorObject  # noqa: PLC0415

    from gradsh.engine.autograd import Node  # noqa: PLC0415
    from gradsh.engine.dtypes import DType  # noqa: PLC0415
    from gradsh.engine.layouts import Layout  # noqa: PLC0415

    # PyTorch's type objects that only PyTorch makes: `torch.dtype(...)` would
    # otherwise build a dtype PyTorch does not have (object tensors, pickles).
    from gradsh.engine.namespace import LazyNamespace, Namespace  # noqa: PLC0415
    from gradsh.engine.ops.quantize import QScheme  # noqa: PLC0415

    _TORCH_ONLY.update({DType: "torch.dtype", Layout: "torch.layout", Node: "Node",
                        QScheme: "torch.qscheme", Namespace: "module", LazyNamespace: "module"})
    _INTERNAL_TYPES.append(_NOT_CONSTRUCTIBLE | {_Builtin, UserFunction, GeneratorObject, Scope,
                                                 ClassScope} | set(_TORCH_ONLY))
    return _INTERNAL_TYPES[0]


_TORCH_ONLY: dict = {}  # type -> the name in PyTorch's "cannot create '...' instances"


_INTERNAL_TYPES: list = []


def _checked_pow(base: Any, exponent: Any) -> Any:
    if (type(base) is int and type(exponent) is int and exponent > 0 and abs(base) > 1
            and exponent * math.log2(abs(base)) > MAX_INT_BITS):
        digits = int(exponent * math.log10(abs(base))) + 1
        raise OverflowError(f"gradsh: integer result too large (about {digits} digits)")
    return base ** exponent


def _checked_ipow(base: Any, exponent: Any) -> Any:
    if type(base) is int and type(exponent) is int:
        return _checked_pow(base, exponent)
    return operator.ipow(base, exponent)


BINARY_OPS["**"] = _checked_pow
INPLACE_OPS["**"] = _checked_ipow
BINARY_OPS["*"] = checked_mul  # 'a' * 10**12 fails before allocating
INPLACE_OPS["*"] = checked_imul
# A tensor with a tensor or a number: the engine checks sizes (a sequence on
# either side goes through the checked table: 'a' * torch.tensor(10**9)).
_PLAIN_BINARY_OPS = {**BINARY_OPS, "*": operator.mul, "**": operator.pow}
_ENGINE_OPERANDS: set = set()  # the Tensor class, once the engine is loaded
_PLAIN_OPERANDS: set = {int, float, bool, complex}
# s + s, '%*d' % (10**9, 1) and 1 << 4000000000 are checked against the budget too
BINARY_OPS.update({"+": sizes.checked_add, "%": sizes.checked_mod, "<<": sizes.checked_lshift})
INPLACE_OPS.update({"+": sizes.checked_iadd, "%": sizes.checked_imod,
                    "<<": sizes.checked_ilshift})


class ExpressionEvaluator:
    """The expression half of the interpreter (mixed into :class:`Interpreter`)."""

    INPLACE_OPS = INPLACE_OPS

    def __init__(self) -> None:
        self.builtins: dict[str, Any] = dict(SAFE_BUILTINS)
        self.builtins["print"] = self._print
        self._expressions: dict[type, Callable[[Any, Optional[Scope]], Any]] = {
            ast.Constant: lambda node, scope: node.value,
            ast.Name: lambda node, scope: self.lookup(node.id, scope),
            ast.Attribute: self._eval_attribute,
            ast.Subscript: self._eval_subscript,
            ast.Slice: self._eval_slice,
            ast.Call: self._eval_call,
            ast.BinOp: self._eval_binop,
            ast.UnaryOp: self._eval_unaryop,
            ast.BoolOp: self._eval_boolop,
            ast.Compare: self._eval_compare,
            ast.IfExp: self._eval_ifexp,
            ast.ListExpr: lambda node, scope: self._eval_elements(node.elts, scope),
            ast.TupleExpr: lambda node, scope: tuple(self._eval_elements(node.elts, scope)),
            ast.DictExpr: self._eval_dict,
            ast.Lambda: self._eval_lambda,
            ast.JoinedStr: self._eval_joinedstr,
            ast.ListComp: lambda node, scope: comprehensions.list_comp(self, node, scope),
            ast.GeneratorExp: lambda node, scope: comprehensions.generator_exp(self, node, scope),
            ast.DictComp: lambda node, scope: comprehensions.dict_comp(self, node, scope),
            ast.SetExpr: lambda node, scope: nesting.build_set(
                set, self._eval_elements(node.elts, scope)),
            ast.SetComp: lambda node, scope: nesting.build_set(
                set, comprehensions.list_comp(self, node, scope)),
        }

    # The engine's namespaces, imported on first use.
    def modules(self) -> dict:
        from gradsh.engine.namespace import MODULES

        _connect_engine()
        python_modules = self.__dict__.get("_python_modules")
        if python_modules is None:  # Python's time and random, one set per interpreter
            from .pymodules import array_module, random_module, time_module  # noqa: PLC0415
            from .pyitertools import itertools_module  # noqa: PLC0415
            from .pymodules_more import collections_module, functools_module  # noqa: PLC0415

            python_modules = self._python_modules = {"time": time_module(self),
                                                     "random": random_module(),
                                                     "array": array_module(),
                                                     "itertools": itertools_module(),
                                                     "functools": functools_module(),
                                                     "collections": collections_module()}
        return {**MODULES, **python_modules}

    def unqualified(self) -> dict:
        from gradsh.engine.namespace import UNQUALIFIED

        _connect_engine()
        return UNQUALIFIED

    def evaluate(self, node: ast.Node, scope: Optional[Scope]) -> Any:
        handler = self._expressions.get(type(node))
        if handler is None:
            raise SyntaxError(f"{type(node).__name__} is not supported here")
        return handler(node, scope)

    def lookup(self, name: str, scope: Optional[Scope]) -> Any:
        """Local and enclosing scopes, the workspace, built-ins, then torch's names."""
        current = scope
        while current is not None:
            if name in current.declared:  # global or nonlocal: where it lives
                current = current.owner(name)
                if current is None:
                    break
            if name in current.local_names:
                if name in current.locals:
                    return current.locals[name]
                raise UnboundLocalError(f"cannot access local variable '{name}' where it is "
                                        "not associated with a value")
            current = current.parent
        if name in self.workspace:
            return self.workspace[name]
        if name in self.builtins:
            return self.builtins[name]
        unqualified = self.unqualified()
        if name in unqualified and not name.startswith("_"):
            return unqualified[name]
        error = NameError(f"name '{name}' is not defined")
        error.gradsh_notes = self.did_you_mean(name)
        raise error

    # ------------------------------------------------------------- builtins
    def _print(self, *values: Any, sep: Optional[str] = " ", end: Optional[str] = "\n",
               flush: bool = False) -> None:

        for label, text in (("sep", sep), ("end", end)):
            if text is not None and not isinstance(text, str):
                raise TypeError(f"{label} must be None or a string, not {type(text).__name__}")
        sep = " " if sep is None else sep
        end = "\n" if end is None else end
        texts = [str_value(value) for value in values]
        sizes.check_text_parts([*texts, end], sep)  # the printed text, before joining it
        self.output(sep.join(texts) + end)

    # ---------------------------------------------------------- expressions
    def _eval_elements(self, elements: tuple, scope: Optional[Scope]) -> list:
        values: list = []
        for element in elements:
            if isinstance(element, ast.Starred):
                iterable = self.evaluate(element.value, scope)
                guards.check_iterable(iterable)  # [*range(10**8)]
                values.extend(iterable)
            else:
                values.append(self.evaluate(element, scope))
        return values

    def _eval_dict(self, node: ast.DictExpr, scope: Optional[Scope]) -> dict:
        result: dict = {}
        for key, value in zip(node.keys, node.values):
            if key is None:  # {**other}
                result.update(nesting.checked_pairs(self.evaluate(value, scope)))
            else:
                result[check_key(self.evaluate(key, scope))] = self.evaluate(value, scope)
        return result

    def _eval_attribute(self, node: ast.Attribute, scope: Optional[Scope]) -> Any:
        return get_attribute(self.evaluate(node.value, scope), node.attr)

    def evaluate_index(self, node: ast.Node, scope: Optional[Scope],
                       container: Any = None) -> Any:
        """The Python index object for ``value[...]`` (tuples, slices, ..., None);
        a tuple key of a dict is checked for nesting (hashing it must not crash)."""
        if isinstance(node, ast.TupleExpr):
            index = tuple(self._eval_elements(node.elts, scope))
        else:
            index = self.evaluate(node, scope)
        if isinstance(container, dict) and isinstance(index, tuple):
            check_key(index)
        return index

    def _eval_subscript(self, node: ast.Subscript, scope: Optional[Scope]) -> Any:
        value = self.evaluate(node.value, scope)
        return value[self.evaluate_index(node.index, scope, value)]

    def _eval_slice(self, node: ast.Slice, scope: Optional[Scope]) -> slice:
        parts = (None if part is None else self.evaluate(part, scope)
                 for part in (node.lower, node.upper, node.step))
        return slice(*parts)

    def _eval_call(self, node: ast.Call, scope: Optional[Scope]) -> Any:
        function = self.evaluate(node.func, scope)
        args: list = []
        for element in node.args:
            if not isinstance(element, ast.Starred):
                args.append(self.evaluate(element, scope))
                continue
            value = self.evaluate(element.value, scope)
            if not hasattr(value, "__iter__") and not hasattr(value, "__getitem__"):
                raise TypeError(f"{_function_str(function)}argument after * must be an "
                                f"iterable, not {type(value).__name__}")
            guards.check_iterable(value, "tuple")  # f(*range(10**8))
            args.extend(value)
        kwargs: dict[str, Any] = {}
        for keyword in node.keywords:
            value = self.evaluate(keyword.value, scope)
            if keyword.arg is None:
                if not isinstance(value, Mapping):
                    raise TypeError(f"{_function_str(function)}argument after ** must be a "
                                    f"mapping, not {type(value).__name__}")
                items = [(key, value[key]) for key in value.keys()]
            else:
                items = [(keyword.arg, value)]
            for name, item in items:
                if not isinstance(name, str):
                    raise TypeError("keywords must be strings")
                if name in kwargs:
                    raise TypeError(f"{_function_str(function)}got multiple values for "
                                    f"keyword argument '{name}'")
                kwargs[name] = item
        return self.call_value(function, args, kwargs)

    def call_value(self, function: Any, args: Any, kwargs: dict) -> Any:
        """Call a value the program reached (a call expression, a decorator)."""
        if not callable(function):
            raise TypeError(f"'{type(function).__name__}' object is not callable")
        if isinstance(function, type):  # one test on the common path (a function)
            if issubclass(function, constructors.CHECKED_BASES):
                args = constructors.checked_args(function, args)  # OrderedDict, torch.Size
            elif issubclass(function, type) or function in _not_constructible():
                return self._refuse_type(function, args, kwargs)
        return function(*args, **kwargs)

    def _refuse_type(self, function: type, args: Any, kwargs: dict) -> Any:
        """``type(x)``; else a class the program must not call."""
        if function is type and len(args) == 1 and not kwargs:
            kind = type(args[0])  # type([]) is list: the program's list
            return self._stand_ins().get(kind, kind)
        if function in _TORCH_ONLY:  # PyTorch's words
            raise TypeError(f"cannot create '{_TORCH_ONLY[function]}' instances")
        # type(name, bases, dict), a metaclass, or Python's own machinery
        raise TypeError(f"gradsh: cannot create '{function.__name__}' objects here"
                        + ("; classes come from class statements" if issubclass(
                            function, type) else ""))

    def _stand_ins(self) -> dict:
        """Python's type -> the built-in name a program sees for it (list, dict, str...)."""
        stand_ins = self.__dict__.get("_stand_in_types")
        if stand_ins is None:
            from .guards import _GuardedType  # noqa: PLC0415

            stand_ins = {value.base: value for value in self.builtins.values()
                         if isinstance(value, _GuardedType)}
            self.__dict__["_stand_in_types"] = stand_ins
        return stand_ins

    def _eval_binop(self, node: ast.BinOp, scope: Optional[Scope]) -> Any:
        left = self.evaluate(node.left, scope)
        right = self.evaluate(node.right, scope)
        if type(left) in _ENGINE_OPERANDS and type(right) in _PLAIN_OPERANDS:
            return _PLAIN_BINARY_OPS[node.op](left, right)  # the engine checks sizes itself
        return BINARY_OPS[node.op](left, right)

    def _eval_unaryop(self, node: ast.UnaryOp, scope: Optional[Scope]) -> Any:
        return UNARY_OPS[node.op](self.evaluate(node.operand, scope))

    def _eval_boolop(self, node: ast.BoolOp, scope: Optional[Scope]) -> Any:
        value = self.evaluate(node.values[0], scope)
        for operand in node.values[1:]:
            if (node.op == "and") != bool(value):  # `and` stops at falsy, `or` at truthy
                return value
            value = self.evaluate(operand, scope)
        return value

    def _eval_compare(self, node: ast.Compare, scope: Optional[Scope]) -> Any:
        left = self.evaluate(node.left, scope)
        result: Any = True
        last = len(node.ops) - 1
        for position, (op, comparator) in enumerate(zip(node.ops, node.comparators)):
            right = self.evaluate(comparator, scope)
            result = COMPARE_OPS[op](left, right)
            if position < last and not result:
                return result
            left = right
        return result

    def _eval_ifexp(self, node: ast.IfExp, scope: Optional[Scope]) -> Any:
        branch = node.body if self.evaluate(node.test, scope) else node.orelse
        return self.evaluate(branch, scope)

    def _eval_joinedstr(self, node: ast.JoinedStr, scope: Optional[Scope]) -> str:
        """An f-string: each field through format(value, spec), as Python."""
        parts: list = []
        for part in node.values:
            if isinstance(part, ast.Constant):
                parts.append(part.value)
                continue
            value = self.evaluate(part.value, scope)
            if part.conversion == ord("s"):
                value = str_value(value)
            elif part.conversion in (ord("r"), ord("a")):
                value = repr_value(value)
                if part.conversion == ord("a"):
                    value = value.encode("ascii", "backslashreplace").decode("ascii")
            spec = "" if part.format_spec is None else self.evaluate(part.format_spec, scope)
            check_format_spec(spec)
            text = format(value, spec)
            parts.append(text if type(value) is str else hide_addresses(text))
        sizes.check_text_parts(parts)  # f'{s}{s}{s}{s}'
        return "".join(parts)

    def _eval_lambda(self, node: ast.Lambda, scope: Optional[Scope]) -> Any:
        return self.make_function("<lambda>", node.params, node.body, scope, is_lambda=True)


def _function_str(function: Any) -> str:
    """How Python names a callee in call errors, with a trailing space
    (``__main__.f() ``, ``print() ``); empty where it would name gradsh's
    own modules."""
    from .functions import UserFunction  # noqa: PLC0415

    if isinstance(function, UserFunction):
        return f"__main__.{function.__qualname__}() "
    if getattr(function, "__module__", None) in (None, "builtins") \
            and isinstance(getattr(function, "__qualname__", None), str):
        return f"{function.__qualname__}() "
    return ""


# The interpreter running a statement now, so that autograd nodes can record
# the statement that built them (errors in backward point back to it).
active_interpreter: list = [None]


def current_origin() -> Any:
    interpreter = active_interpreter[0]
    return None if interpreter is None else interpreter._current


def _connect_engine() -> None:
    from gradsh.engine import autograd

    if autograd.origin_provider is None:
        autograd.origin_provider = current_origin
        from . import budget  # noqa: PLC0415 - the workspace's bytes, for the memory limit

        budget.install()
        from gradsh.engine.tensor import Tensor  # noqa: PLC0415

        _ENGINE_OPERANDS.add(Tensor)
        _PLAIN_OPERANDS.add(Tensor)
