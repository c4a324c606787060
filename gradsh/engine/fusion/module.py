"""The array module a fusing device hands to the engine.

``backend.array_module(cuda)`` returns a :class:`FusingModule` while fusion
is on: it answers every name CuPy does. The elementwise functions of
``ops.OPS`` (and ``asarray`` of a number, ``empty_like`` and the array
operators of a :class:`Deferred`) build deferred expressions; every other
function first materialises its deferred arguments and then is CuPy's own,
so the engine's code runs unchanged and fusion stays an implementation
detail. ``out=`` writes into a deferred temporary rewrite it; into a real
array they run at once, after the expressions reading that array.
"""
from __future__ import annotations

import numpy as np

from . import codegen, state
from .graph import PENDING, Deferred, castable, track
from .ops import BOOL, FLOATS, OPS

_SCALARS = (bool, int, float)


class FusingModule:
    """``base`` (CuPy, or NumPy for the CPU simulation) with fusion on top."""

    def __init__(self, base, device, runner):
        self.base = base
        self.device = device          # the gradsh Device its arrays live on
        self.runner = runner          # runs a codegen.Program, returns the outputs
        self.ndarray = (Deferred, base.ndarray)

    def __repr__(self) -> str:
        return f"<fusing {self.base.__name__} on {self.device}>"

    # ------------------------------------------------- everything else
    def __getattr__(self, name):
        attr = getattr(self.base, name)
        if callable(attr) and not isinstance(attr, type) and not name.startswith("_"):
            attr = self.__dict__[name] = _materializing(attr, name)
        return attr

    def to_host(self, array):
        return array if isinstance(array, np.ndarray) else self.base.asnumpy(array)

    # ------------------------------------------------------ building
    def lift(self, value):
        """A Deferred for an operand (a leaf for an array of this device)."""
        if isinstance(value, Deferred):
            if value.op == "empty":  # read before written: its (arbitrary) memory
                value.materialize()
            return value
        if isinstance(value, self.base.ndarray):
            return Deferred.leaf(value, self)
        return None

    def call(self, op: str, operands: tuple, out=None):
        node = self._build(op, operands)
        if node is None:
            return self._eager(op, operands, out)
        if out is None:
            return node
        return self._write(node, out, op, operands)

    def _build(self, op, operands):
        spec = OPS[op]
        lifted, arrays = [], []
        for value in operands:
            node = self.lift(value)
            if node is None:
                if type(value) not in _SCALARS and not isinstance(value, np.generic):
                    return None
                node = value  # typed below, against the arrays' dtype
            else:
                arrays.append(node)
            lifted.append(node)
        if not arrays:
            return None
        if op == "where":
            if lifted[0] is not arrays[0] or arrays[0].dtype != BOOL:
                return None
            values = [v for v in lifted[1:] if isinstance(v, Deferred)]
        else:
            values = arrays
        floats = {v.dtype for v in values if v.dtype != BOOL}
        if len(floats) != 1 or not floats <= set(FLOATS):
            return None
        dtype = floats.pop()
        if any(v.dtype == BOOL for v in values):  # float * mask: NumPy casts the bools
            if spec.result == "bool":
                return None
            lifted = [Deferred.apply("astype", (v,), v.shape, dtype, self)
                      if isinstance(v, Deferred) and v.dtype == BOOL and (
                          op != "where" or position > 0) else v
                      for position, v in enumerate(lifted)]
        for position, value in enumerate(lifted):
            if isinstance(value, Deferred):
                continue
            if isinstance(value, np.generic) and value.dtype != dtype or type(value) is bool:
                return None
            lifted[position] = Deferred.const(value, dtype, self)
        try:
            shape = np.broadcast_shapes(*(v.shape for v in lifted))
        except ValueError:
            return None
        return Deferred.apply(op, tuple(lifted), shape, spec.result_dtype(dtype), self)

    def _eager(self, op: str, operands: tuple, out):
        function = getattr(self.base, OPS[op].numpy.__name__)
        if out is not None:
            state.before_write(out)
            return function(*(_real(v) for v in operands), out=_real(out))
        return function(*(_real(v) for v in operands))

    def _write(self, node, out, op, operands):
        """``op(..., out=out)``: rewrite a deferred ``out``, or write a real one."""
        if isinstance(out, Deferred) and out.pending and (
                out.op == "empty" or not _shared(out, node)):
            if out.shape != node.shape or (
                    node.dtype != out.dtype and not castable(node.dtype, out.dtype)):
                return self._eager(op, operands, out)
            if node.dtype != out.dtype:
                node = Deferred.apply("astype", (node,), node.shape, out.dtype, self)
            _become(out, node)
            return out
        result = node.materialize()
        state.before_write(out)
        _real(out)[...] = result
        return out

    # ----------------------------------------------- creation functions
    def asarray(self, value, dtype=None, **kwargs):
        if isinstance(value, Deferred):
            return value if dtype is None else value.astype(dtype, copy=False)
        if not kwargs and (type(value) in _SCALARS or isinstance(value, np.generic)):
            target = np.dtype(dtype) if dtype is not None else np.asarray(value).dtype
            if target in FLOATS or target == BOOL:
                return Deferred.const(value, target, self)
        return self.base.asarray(_real(value), dtype=dtype, **kwargs)

    def empty_like(self, prototype, dtype=None, **kwargs):
        if not isinstance(prototype, Deferred) or kwargs:
            return self.base.empty_like(_real(prototype), dtype=dtype, **kwargs)
        return Deferred.apply("empty", (), prototype.shape,
                              np.dtype(dtype) if dtype is not None else prototype.dtype, self)

    def _like(self, fill):
        def like(prototype, *args, dtype=None, **kwargs):
            if isinstance(prototype, Deferred) and not kwargs:
                dtype = np.dtype(dtype) if dtype is not None else prototype.dtype
                return getattr(self.base, fill)(prototype.shape, *args, dtype=dtype)
            return getattr(self.base, f"{fill}_like")(_real(prototype), *args, dtype=dtype,
                                                      **kwargs)
        return like

    @property
    def zeros_like(self):
        return self._like("zeros")

    @property
    def ones_like(self):
        return self._like("ones")

    @property
    def full_like(self):
        return self._like("full")

    # ---------------------------------------------------- materialising
    def materialize(self, nodes) -> None:
        """Compute ``nodes`` (pending, of this module): one kernel per shape."""
        groups: dict[tuple, list] = {}
        for node in nodes:
            if node.array is not None or not node.pending:
                continue
            if node.op == "empty":
                node._set(self.base.empty(node.shape, dtype=node.dtype))
                continue
            groups.setdefault(node.shape, []).append(node)
        for shape, group in groups.items():
            program = codegen.plan(group)
            outputs = self.runner(program, shape)
            for node, array in zip(group, outputs):
                node._set(array)


def _materializing(function, name: str):
    """``function`` of the base module, its Deferred arguments computed first
    (and, for an ``out=`` or ``ufunc.at`` target, its readers)."""
    def materializing(*args, **kwargs):
        if kwargs.get("out") is not None:
            state.before_write(kwargs["out"])
        if name == "at" and args:  # ufunc.at writes its first argument in place
            state.before_write(args[0])
        return function(*(_real(a) for a in args), **{k: _real(v) for k, v in kwargs.items()})
    materializing.__name__ = name
    return materializing


def _real(value):
    """An argument for the base module: arrays for Deferreds (one level of lists)."""
    if isinstance(value, Deferred):
        return value.materialize()
    if type(value) in (list, tuple) and any(isinstance(v, Deferred) for v in value):
        return type(value)(_real(v) for v in value)
    return value


def _shared(node: Deferred, new: Deferred) -> bool:
    """Whether a pending node other than ``new`` reads ``node`` (so rewriting
    it in place would change that node's value too)."""
    for ref in list(PENDING.values()):
        other = ref()
        if other is not None and other is not new and any(a is node for a in other.args):
            return True
    return False


def _become(target: Deferred, node: Deferred) -> None:
    """``target`` (the object callers hold) takes ``node``'s expression; any
    reference to ``target``'s old value inside it goes to a copy of it."""
    if not node.pending:  # computed already (a region past the node limit)
        target._set(node.array)
        return
    old = None
    if target.op != "empty" and any(a is target for a in node.args):
        old = Deferred.apply(target.op, target.args, target.shape, target.dtype, target.module)
    node.args = tuple(old if a is target else a for a in node.args)
    target.op, target.args, target.dtype = node.op, node.args, node.dtype
    target.roots, target.nodes, target.inner = node.roots, node.nodes, False
    PENDING.pop(id(node), None)
    track(target)


class FusedFunction:
    """``xp.exp`` and its kin: builds an expression; anything else the base
    function offers (``xp.add.at``, ``reduce``...) is the base's own."""

    __slots__ = ("module", "op", "__name__")

    def __init__(self, module: FusingModule, op: str):
        self.module, self.op, self.__name__ = module, op, OPS[op].numpy.__name__

    def __call__(self, *operands, out=None, **kwargs):
        if kwargs or len(operands) != OPS[self.op].arity:
            base = self.module.__getattr__(self.__name__)
            return base(*operands, **kwargs) if out is None else base(*operands, out=out,
                                                                          **kwargs)
        return self.module.call(self.op, operands, out=out)

    def __getattr__(self, name):
        attr = getattr(getattr(self.module.base, self.__name__), name)
        return _materializing(attr, name) if callable(attr) else attr


class _fused_function:  # noqa: N801 - a descriptor standing for a function name
    """Made once per module on first use, then found in the instance's dict."""

    def __init__(self, name: str, op: str):
        self.name, self.op = name, op

    def __get__(self, module, owner=None):
        if module is None:
            return self
        function = module.__dict__[self.name] = FusedFunction(module, self.op)
        return function


for _name, _op in [*((op, op) for op in OPS), ("divide", "true_divide"), ("abs", "absolute")]:
    setattr(FusingModule, _name, _fused_function(_name, _op))
