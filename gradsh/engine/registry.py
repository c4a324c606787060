"""One declaration per op (ARCHITECTURE idiom 1).

An op is a Python function over tensors, declared with :func:`op`. The
declaration names it, says where it appears (``torch.NAME``, ``F.NAME``,
``Tensor.NAME``, Python operators, an in-place ``NAME_`` method), and carries
its signature, a one-line summary and an example. Functions, methods,
operators, ``:help`` and completion are generated from the ``OPS`` table, and
the tests walk the same table.

The function itself computes the result on arrays and records its backward
rule next to it with ``autograd.record`` (micrograd keeps forward and
backward three lines apart; so do we).
"""
from __future__ import annotations

import inspect
from dataclasses import dataclass, field
from typing import Callable

from . import call_args, out_args, uint_support

OPS: dict[str, "Op"] = {}


@dataclass
class Op:
    name: str
    impl: Callable
    summary: str
    example: str = ""
    signature_text: str | None = None  # None: taken from impl when first asked for
    aliases: tuple = ()
    method: bool = True  # Tensor.NAME
    function: bool = True  # torch.NAME
    functional: bool = False  # torch.nn.functional.NAME
    operators: dict = field(default_factory=dict)  # dunder -> callable(self, other)
    inplace: str | None = None  # name of the in-place method (add_), if any
    differentiable: bool = True
    category: str = ""
    # other namespaces the op appears in, with its names there:
    # {"linalg": ("inv",)} puts it at torch.linalg.inv.
    namespaces: dict = field(default_factory=dict)
    # Tensor.NAME where it takes its arguments in another order than torch.NAME
    # (``x.where(condition, y)`` is ``torch.where(condition, x, y)``)
    method_impl: Callable | None = None

    @property
    def signature(self) -> str:
        """``name(params)``, from the implementation unless declared; computed on
        first use (inspect.signature on every op would cost start-up time)."""
        if self.signature_text is None:
            self.signature_text = f"{self.name}{inspect.signature(self.impl)}"
        return self.signature_text

    @property
    def names(self) -> tuple:
        return (self.name,) + tuple(self.aliases)


def op(name: str, *, summary: str, example: str = "", signature: str | None = None,
       aliases: tuple = (), method: bool = True, function: bool = True,
       functional: bool = False, operators: dict | None = None, inplace: str | None = None,
       differentiable: bool = True, category: str = "", namespaces: dict | None = None):
    """Declare an op; the decorated function is its implementation."""

    def declare(impl: Callable) -> Callable:
        if name in OPS:
            raise ValueError(f"op {name!r} declared twice")
        OPS[name] = Op(name=name, impl=impl, summary=summary, example=example,
                       signature_text=signature,
                       aliases=tuple(aliases), method=method, function=function,
                       functional=functional, operators=dict(operators or {}),
                       inplace=inplace, differentiable=differentiable,
                       category=category or impl.__module__.rsplit(".", 1)[-1],
                       namespaces={key: tuple(names) for key, names in
                                   (namespaces or {}).items()})
        impl.gradsh_op = OPS[name]
        # Python's argument errors name the function by its qualified name:
        # "abs() missing 1 required positional argument", not "_unary.<locals>.impl()".
        impl.__qualname__ = name
        return impl

    return declare


def method_names() -> set:
    names = set()
    for declaration in OPS.values():
        if declaration.method:
            names.update(declaration.names)
        if declaration.inplace:
            names.add(declaration.inplace)
    return names


def install(tensor_class, make_inplace: Callable) -> None:
    """Put every op on ``Tensor``: methods, operators and in-place variants."""
    for declaration in OPS.values():
        if declaration.method:
            impl = declaration.method_impl or declaration.impl
            aliases, positions = call_args.alias_map(impl, method=True)
            for alias in declaration.names:
                method = impl
                if aliases and alias not in out_args.PYTHON_METHODS:
                    method = call_args.wrap(impl, alias, declaration, aliases=aliases,
                                            positions=positions, out=False, method=True,
                                            tensor_first=False)
                setattr(tensor_class, alias, uint_support.guard(declaration.name, method))
        for dunder, impl in declaration.operators.items():
            setattr(tensor_class, dunder, uint_support.guard(declaration.name, impl))
        if declaration.inplace:
            setattr(tensor_class, declaration.inplace,
                    uint_support.guard(declaration.name, make_inplace(declaration)))
    tensor_class.__gradsh_attrs__ = frozenset(tensor_class.__gradsh_attrs__ | method_names())


def functions(namespace: str = "torch") -> dict:
    """name -> implementation for ``torch`` (or ``F`` with namespace='F', or
    a namespace of ``Op.namespaces`` such as ``linalg``).

    Ops that are also methods take a tensor first; as functions they are
    wrapped so a non-tensor there gives PyTorch's TypeError, not an internal
    AttributeError.
    """
    table = {}
    for declaration in OPS.values():
        if namespace not in ("torch", "F"):
            for alias in declaration.namespaces.get(namespace, ()):
                table[alias] = _tensor_first(declaration) if declaration.method \
                    else declaration.impl
            continue
        wanted = declaration.function if namespace == "torch" else declaration.functional
        if wanted:
            impl = _tensor_first(declaration) if declaration.method else declaration.impl
            for alias in declaration.names:
                table[alias] = _torch_function(declaration, alias) if namespace == "torch" \
                    else impl
    # quantized inputs sent to their quantized form (ops/quantize.py FUNCTION_FORMS)
    from .ops.quantize import dispatching  # noqa: PLC0415 - declared with the ops

    # uint16/32/64 inputs refused where PyTorch has no kernel (engine/uint_support.py)
    return {alias: dispatching(namespace, alias,
                               uint_support.guard(getattr(function, "gradsh_op", None), function))
            for alias, function in table.items()}


def _torch_function(declaration: Op, name: str) -> Callable:
    """torch.NAME: the op, taking PyTorch's NumPy-style keyword aliases and
    (where PyTorch's torch.NAME does) ``out=`` (engine/call_args.py)."""
    aliases, positions = ({}, {}) if name in out_args.PYTHON_FUNCTIONS else \
        call_args.alias_map(declaration.impl, method=False)
    takes_out = name in out_args.OUT_FUNCTIONS
    if not aliases and not takes_out:
        return _tensor_first(declaration) if declaration.method else declaration.impl
    return call_args.wrap(declaration.impl, name, declaration, aliases=aliases,
                          positions=positions, out=takes_out, method=False,
                          tensor_first=declaration.method)


def type_name(value) -> str:
    """type(value).__name__ as PyTorch's messages give it: gradsh's torch
    functions stand for PyTorch's builtins."""
    return "builtin_function_or_method" if hasattr(value, "gradsh_op") \
        else type(value).__name__


def _tensor_first(declaration: Op) -> Callable:
    impl, name = declaration.impl, declaration.name

    def function(*args, **kwargs):
        try:
            return impl(*args, **kwargs)
        except AttributeError:
            first = args[0] if args else kwargs.get("input")
            if hasattr(first, "_data"):
                raise  # a genuine error inside the op
            raise TypeError(f"{name}(): argument 'input' (position 1) must be Tensor, not "
                            f"{type_name(first)}") from None

    function.__name__ = function.__qualname__ = name  # prints as <function relu>
    function.__doc__ = impl.__doc__
    function.gradsh_op = declaration
    return function
