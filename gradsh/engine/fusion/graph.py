"""Deferred elementwise expressions: the nodes of a fused region.

A :class:`Deferred` stands where an array would: a tensor's ``_data`` can be
one. It knows its shape and dtype without computing anything; its value is
computed (materialised) when something needs the array itself — printing,
``.item()``, an op that is not elementwise, the end of the statement, an
in-place write to one of its inputs, or a region grown past ``MAX_NODES`` —
as one kernel for the whole expression (``module.py`` runs it).

Leaves are real arrays (inputs of the region) and constants (Python numbers
as the unfused kernels would have turned them into 0-d arrays). Once
materialised a node becomes a leaf holding its array and forgets its inputs.
"""
from __future__ import annotations

import weakref

import numpy as np

from .ops import BOOL, FLOATS

MAX_NODES = 128    # a region larger than this is materialised as it grows

# Every node not yet materialised, id -> weakref (the registry that statement
# ends, in-place writes and backward flush).
PENDING: dict[int, weakref.ref] = {}


class Deferred:
    """An elementwise expression (or a leaf) standing in for an array."""

    __slots__ = ("op", "args", "shape", "dtype", "module", "array", "value", "roots",
                 "nodes", "inner", "__weakref__")
    # NumPy and CuPy defer binary operators to ours (NEP 13; CuPy's _should_use_rop)
    __array_ufunc__ = None
    __array_priority__ = 1000
    gradsh_deferred = True  # what the language's memory walk asks (lang/budget.py)

    # ----------------------------------------------------------- building
    @classmethod
    def leaf(cls, array, module) -> "Deferred":
        node = cls.__new__(cls)
        node.op, node.args, node.module, node.array, node.value = "leaf", (), module, array, None
        node.shape, node.dtype = tuple(array.shape), array.dtype
        node.roots, node.nodes = frozenset((id(_root(array)),)), 0
        return node

    @classmethod
    def const(cls, value, dtype, module) -> "Deferred":
        node = cls.__new__(cls)
        node.op, node.args, node.module, node.array = "const", (), module, None
        node.value = np.asarray(value, dtype=dtype)
        node.shape, node.dtype, node.roots, node.nodes = (), node.value.dtype, frozenset(), 0
        return node

    @classmethod
    def apply(cls, op: str, args: tuple, shape: tuple, dtype, module) -> "Deferred":
        node = cls.__new__(cls)
        node.op, node.args, node.shape, node.dtype, node.module = op, args, shape, dtype, module
        node.array = node.value = None
        node.inner = False  # set by a flush that found it inside another expression
        roots = frozenset()
        nodes = 1
        for arg in args:
            # the memory it reads, and every node it contains (a write to a
            # tensor whose _data is one of them must compute this first)
            roots |= arg.roots
            if arg.op != "const":
                roots |= {id(arg)}
            nodes += arg.nodes
        node.roots, node.nodes = roots, nodes
        track(node)
        if nodes > MAX_NODES:  # the sum counts shared subexpressions more than once
            node.nodes = nodes = _distinct(node)
        if nodes > MAX_NODES:
            node.materialize()
        return node

    # ------------------------------------------------------------ values
    @property
    def pending(self) -> bool:
        return self.op not in ("leaf", "const")

    def materialize(self):
        """The array (computing the expression once)."""
        if self.array is None:
            if self.op == "const":
                self.array = self.module.base.asarray(self.value)
            else:
                self.module.materialize([self])
        return self.array

    def _set(self, array) -> None:
        """Become a leaf holding ``array``."""
        self.array, self.op, self.args = array, "leaf", ()
        self.roots, self.nodes = frozenset((id(_root(array)), id(self))), 0
        PENDING.pop(id(self), None)

    # ------------------------------------------------------- array facts
    @property
    def ndim(self) -> int:
        return len(self.shape)

    @property
    def size(self) -> int:
        count = 1
        for n in self.shape:
            count *= n
        return count

    @property
    def nbytes(self) -> int:
        return self.size * self.dtype.itemsize

    @property
    def itemsize(self) -> int:
        return self.dtype.itemsize

    def __len__(self) -> int:
        if not self.shape:
            raise TypeError("len() of unsized object")
        return self.shape[0]

    def __repr__(self) -> str:
        return repr(self.materialize())

    # ------------------------------------------------ elementwise methods
    def astype(self, dtype, copy=True, **kwargs):
        dtype = np.dtype(dtype)
        if dtype == self.dtype and not copy:
            return self
        if kwargs or not castable(self.dtype, dtype):
            return getattr(self.materialize(), "astype")(dtype, copy=copy, **kwargs)
        if dtype == self.dtype:
            return self.module.call("copy", (self,))
        return Deferred.apply("astype", (self,), self.shape, dtype, self.module)

    def copy(self, order="C"):
        return self.module.call("copy", (self,))

    def __neg__(self):
        return self.module.call("negative", (self,))

    def __pos__(self):
        return self

    def __abs__(self):
        return self.module.call("absolute", (self,))

    def __invert__(self):
        return self.materialize().__invert__()

    def __getattr__(self, name):
        # anything else (reshape, strides, __getitem__'s cousins...) needs the array
        if name.startswith("__") and name not in ("__cuda_array_interface__",
                                                   "__array_interface__"):
            raise AttributeError(name)
        return getattr(self.materialize(), name)

    def __array__(self, dtype=None, copy=None):
        array = self.materialize()
        host = self.module.to_host(array)
        return host if dtype is None else host.astype(dtype)

    def __getitem__(self, key):
        return self.materialize()[key]

    def __setitem__(self, key, value):
        from .state import before_write  # noqa: PLC0415

        before_write(self)
        array = self.materialize()
        array[key] = value.materialize() if isinstance(value, Deferred) else value

    def __iter__(self):
        return iter(self.materialize())

    def __bool__(self):
        return bool(self.materialize())

    def __float__(self):
        return float(self.materialize())

    def __int__(self):
        return int(self.materialize())

    def __index__(self):
        return self.materialize().__index__()

    def __complex__(self):
        return complex(self.materialize())


def _binary_dunder(op: str, reflected: bool):
    if reflected:
        def method(self, other):
            return self.module.call(op, (other, self))
    else:
        def method(self, other):
            return self.module.call(op, (self, other))
    method.__name__ = f"__{'r' if reflected else ''}{op}__"
    return method


for _name, _op in (("add", "add"), ("sub", "subtract"), ("mul", "multiply"),
                   ("truediv", "true_divide"), ("pow", "power")):
    setattr(Deferred, f"__{_name}__", _binary_dunder(_op, False))
    setattr(Deferred, f"__r{_name}__", _binary_dunder(_op, True))
for _name, _op in (("lt", "less"), ("le", "less_equal"), ("gt", "greater"),
                   ("ge", "greater_equal"), ("eq", "equal"), ("ne", "not_equal")):
    setattr(Deferred, f"__{_name}__", _binary_dunder(_op, False))
Deferred.__hash__ = None


def _fallback_dunder(name: str):
    def method(self, *args):
        args = tuple(a.materialize() if isinstance(a, Deferred) else a for a in args)
        return getattr(self.materialize(), name)(*args)
    method.__name__ = name
    return method


for _name in ("__floordiv__", "__rfloordiv__", "__mod__", "__rmod__", "__and__", "__rand__",
              "__or__", "__ror__", "__xor__", "__rxor__", "__matmul__", "__rmatmul__",
              "__lshift__", "__rshift__", "__divmod__"):
    setattr(Deferred, _name, _fallback_dunder(_name))


def track(node: Deferred) -> None:
    """List ``node`` in PENDING until it is computed or collected."""
    key = id(node)
    if key not in PENDING:
        PENDING[key] = weakref.ref(node, lambda _ref, key=key: PENDING.pop(key, None))


def castable(source: np.dtype, target: np.dtype) -> bool:
    """Casts a fused kernel does: among float32/float64, and bool to a float."""
    return target in FLOATS and (source in FLOATS or source == BOOL)


def _root(array):
    """The array that owns the memory ``array`` views."""
    while getattr(array, "base", None) is not None:
        array = array.base
    return array


def root_id(array) -> int:
    return id(_root(array))


def _register() -> None:
    from .. import backend  # noqa: PLC0415

    backend.DEFERRED[0] = Deferred


_register()


def _distinct(node: Deferred) -> int:
    """How many pending nodes ``node``'s expression has (each counted once)."""
    seen = set()
    stack = [node]
    while stack:
        current = stack.pop()
        if id(current) in seen or not current.pending:
            continue
        seen.add(id(current))
        stack.extend(current.args)
    return len(seen)
