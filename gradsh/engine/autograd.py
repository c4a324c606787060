"""The autograd engine: graph nodes, grad modes, and the backward pass.

Each operation that involves a tensor requiring grad records a :class:`Node`
holding its backward rule, the edges to the nodes of its inputs
(``next_functions``) and the values it saved. Backward rules are written in
gradsh's own tensor operations, so with ``create_graph=True`` the backward
pass itself is recorded and can be differentiated again (ARCHITECTURE
idiom 2). The graph walk is iterative (idiom 4), and broadcasting is undone
once, here, by summing each gradient down to its input's shape (idiom 3).
"""
from __future__ import annotations

import re
import types
import weakref
from typing import Callable, Optional

from ..journal import JOURNAL

_grad_enabled = [True]


def _restore_grad_mode(mode: bool) -> None:
    _grad_enabled[0] = mode


def _journal_grad_mode() -> None:
    """Before the grad mode changes inside a journaled statement (gradsh/journal.py)."""
    if JOURNAL[0] is not None:
        JOURNAL[0].once(("setting", "grad_mode"), _restore_grad_mode, _grad_enabled[0])

# Where a node was recorded: a callable set by the language layer that returns
# an opaque description of the statement running now (or None). Errors raised
# in backward use it to point at the statement that built the failing node.
origin_provider = None

SECOND_BACKWARD = (
    "Trying to backward through the graph a second time (or directly access saved tensors "
    "after they have already been freed). Saved intermediate values of the graph are freed "
    "when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to "
    "backward through the graph a second time or if you need to access saved tensors after "
    "calling backward."
)


# ------------------------------------------------------------------ grad modes
def is_grad_enabled() -> bool:
    return _grad_enabled[0]


class _GradMode:
    """Base of no_grad / enable_grad / set_grad_enabled: a context manager."""

    __gradsh_attrs__ = frozenset()
    _enter_value = True

    def __enter__(self):
        self._previous = _grad_enabled[0]
        _journal_grad_mode()
        _grad_enabled[0] = self._enter_value
        return None

    def __exit__(self, *exc):
        _journal_grad_mode()
        _grad_enabled[0] = self._previous
        return False

    def __call__(self, function):
        """As a decorator (``@torch.no_grad()``): run ``function`` in this mode."""
        if not callable(function):
            raise TypeError(f"'{type(self).__name__}' object is not callable")
        mode = self._enter_value

        def decorated(*args, **kwargs):
            previous = _grad_enabled[0]
            _journal_grad_mode()
            _grad_enabled[0] = mode
            try:
                return function(*args, **kwargs)
            finally:
                _grad_enabled[0] = previous

        return _Decorated(decorated, function)


class _Decorated:
    """A function wrapped by a grad-mode decorator: prints as the function it wraps."""

    __gradsh_attrs__ = frozenset()

    def __init__(self, call, wrapped) -> None:
        self._call, self._wrapped = call, wrapped
        # what functools.wraps would copy
        self.__name__ = getattr(wrapped, "__name__", type(wrapped).__name__)
        self.__qualname__ = getattr(wrapped, "__qualname__", self.__name__)

    def __call__(self, *args, **kwargs):
        return self._call(*args, **kwargs)

    def __get__(self, instance, owner=None):
        """A decorated method binds ``self`` as the function it wraps would."""
        if instance is None:
            return self
        return _Decorated(lambda *args, **kwargs: self._call(instance, *args, **kwargs),
                          self._wrapped)

    def __repr__(self) -> str:
        return repr(self._wrapped)


class no_grad(_GradMode):
    _enter_value = False

    def __repr__(self) -> str:
        return f"<torch.autograd.grad_mode.no_grad object at {id(self):#x}>"


class enable_grad(_GradMode):
    _enter_value = True

    def __repr__(self) -> str:
        return f"<torch.autograd.grad_mode.enable_grad object at {id(self):#x}>"


class set_grad_enabled(_GradMode):
    """As a statement it switches recording globally; as ``with`` it is scoped."""

    def __init__(self, mode: bool):
        self._enter_value = bool(mode)
        self._previous = _grad_enabled[0]
        _journal_grad_mode()
        _grad_enabled[0] = bool(mode)

    def __enter__(self):
        return None

    def __repr__(self) -> str:
        return f"torch.autograd.grad_mode.set_grad_enabled(mode={self._enter_value})"


# ----------------------------------------------------------------------- nodes
class SavedValue:
    """A value saved for backward, with the version it had when saved."""

    __slots__ = ("value", "version", "producer")

    def __init__(self, value, producer):
        """``producer``: the node (or its name) that made ``value``, for the error."""
        self.value = value
        version = getattr(value, "_version", None)
        self.version = version.value if version is not None else None
        self.producer = producer

    def unpack(self, node=None):
        value = self.value
        if self.version is not None and value._version.value != self.version:
            shape = ", ".join(str(n) for n in value.shape)
            where = ""
            producer = self.producer
            if isinstance(producer, Node):  # named when needed, not at every save
                producer = producer.name()
            elif not isinstance(producer, str):
                producer = None
            if producer:
                where = f", which is output 0 of {re.sub(r'Backward[0-9]*$', '', producer)},"
            error = RuntimeError(
                "one of the variables needed for gradient computation has been modified by an "
                f"inplace operation: [{value.type()} [{shape}]]{where} is at version "
                f"{value._version.value}; expected version {self.version} instead. Hint: enable "
                "anomaly detection to find the operation that failed to compute its gradient, "
                "with torch.autograd.set_detect_anomaly(True, check_nan=False).")
            error.gradsh_modified = value  # the language layer names it in a note
            raise error
        return value


_NO_EDGE = (None, 0)  # next_functions' entry for an input that needs no gradient
_SAVED_NONE = SavedValue(None, None)  # the one "nothing saved here" (unpacks to None)


class SavedOutput(SavedValue):
    """An output of the node that saves it (exp, tanh, sigmoid...).

    Holding the output Tensor itself would make a cycle (output -> grad_fn ->
    saved -> output) that keeps the output's array alive until the garbage
    collector runs, even after the user dropped it. As PyTorch's
    SavedVariable does for outputs, keep the array, dtype and version
    counter, and rebuild an equivalent tensor (same storage, same version
    counter, this node as grad_fn) when backward unpacks it.
    """

    __slots__ = ("output_nr",)

    def __init__(self, value, producer: Optional[str]):
        tensor_class = type(value)
        shell = tensor_class._make(value._data, value.dtype)
        shell._version = value._version
        shell._base = value._base
        SavedValue.__init__(self, shell, producer)
        self.output_nr = value._output_nr

    def unpack(self, node=None):
        value = SavedValue.unpack(self, node)
        rebuilt = type(value)._make(value._data, value.dtype)
        rebuilt._version, rebuilt._base = value._version, value._base
        if node is not None:
            rebuilt._requires_grad = True
            rebuilt.grad_fn = node
            rebuilt._output_nr = self.output_nr
        return rebuilt


_CPP_NODES = frozenset({"CopySlices", "CopyBackwards", "Error", "NotImplemented"})


class Node:
    """A recorded operation: PyTorch's ``grad_fn``."""

    __gradsh_attrs__ = frozenset({"name", "next_functions", "metadata", "register_hook",
                                  "register_prehook"})
    _hooks = None  # a hooks.NodeHooks once a hook is registered: one test per node in backward
    _python_backward = False  # a torch.autograd.Function's node (what post-hooks see)

    def __init__(self, name: str, backward: Callable, inputs: tuple, saved: tuple,
                 num_outputs: int = 1):
        self._name = name
        self._backward = backward
        # next_functions, and (shape, dtype, device) of each input a gradient
        # flows to (backward sums the gradient to that shape); one pass, as
        # this runs for every recorded op
        edges, metas = [], []
        for value in inputs:
            if isinstance(value, Tensor) and not value._sparse_layout:
                if not value._requires_grad:
                    edges.append(_NO_EDGE)
                    metas.append(None)
                    continue
                producer = value.grad_fn
                edges.append((producer, value._output_nr) if producer is not None
                             else (accumulator_of(value), 0))
                data = value._data
                metas.append((Size(data.shape), value.dtype, _device_of(data)))
            else:
                edge = _edge(value)
                edges.append(edge)
                metas.append(None if edge[0] is None else _meta(value))
        self.next_functions = tuple(edges)
        self._input_meta = tuple(metas)
        if num_outputs != 1:
            self._num_outputs = num_outputs
        self._origin = origin_provider() if origin_provider is not None else None

    # Defaults a node overrides when it differs (one attribute fewer to set per op)
    _saved: tuple = ()
    _saves_tensors = False
    _freed = False
    _num_outputs = 1

    # output_nr -> weakref of an output that retains its grad (Tensor.retain_grad
    # gives the node a dict of its own); the class's empty one serves the others
    _retained: "dict[int, weakref.ref]" = types.MappingProxyType({})

    @property
    def metadata(self) -> dict:
        """PyTorch's per-node dict for users, made on first use (most nodes never have one)."""
        found = self.__dict__.get("_metadata")
        if found is None:
            found = self.__dict__["_metadata"] = {}
        return found

    @metadata.setter
    def metadata(self, value: dict) -> None:
        self.__dict__["_metadata"] = value

    def name(self) -> str:
        # PyTorch's hand-written nodes answer with their C++ name; the
        # generated ones (MulBackward0, ...) with the class name.
        if self._name in _CPP_NODES:
            return "torch::autograd::" + self._name
        return self._name

    def __repr__(self) -> str:
        return f"<{self._name} object at {id(self):#x}>"  # as PyTorch shows a node

    def saved_values(self) -> list:
        if self._freed:
            error = RuntimeError(SECOND_BACKWARD)
            error.gradsh_saved_by = self
            raise error
        try:
            return [s.unpack(self) for s in self._saved]
        except RuntimeError as error:
            # For the language layer's notes: which tensor, saved by which node.
            error.gradsh_saved_by = self
            raise

    def register_hook(self, hook: Callable):
        """``hook(grad_inputs, grad_outputs)`` after the node ran; may return new grad_inputs."""
        return hooks.register_node_hook(self, hook)

    def register_prehook(self, hook: Callable):
        """``hook(grad_outputs)`` before the node runs; may return new grad_outputs."""
        return hooks.register_node_prehook(self, hook)

    def release(self) -> None:
        if self._saves_tensors:
            if JOURNAL[0] is not None and not self._freed:  # a failing statement frees nothing
                JOURNAL[0].add(_unrelease, self, self._saved)
            self._saved = ()
            self._freed = True


def _unrelease(node: Node, saved: tuple) -> None:
    node._saved, node._freed = saved, False


class AccumulateGrad:
    """The node that adds a gradient into a leaf's ``.grad``."""

    __gradsh_attrs__ = frozenset({"name", "next_functions", "variable", "metadata",
                                  "register_hook", "register_prehook"})
    next_functions = ()
    _hooks = None
    register_hook = Node.register_hook
    register_prehook = Node.register_prehook

    def __init__(self, variable):
        self.variable = variable
        self.metadata: dict = {}

    def name(self) -> str:
        return "torch::autograd::AccumulateGrad"

    def __repr__(self) -> str:
        return f"<AccumulateGrad object at {id(self):#x}>"


def _meta(value):
    """(shape, dtype, device) of a tensor input, for unbroadcasting; None otherwise."""
    if isinstance(value, Tensor):
        if value._sparse_layout:  # a sparse tensor's _data is no array (engine/sparse/)
            return (value.shape, value.dtype, value.device)
        data = value._data
        return (Size(data.shape), value.dtype, _device_of(data))
    if hasattr(value, "_data") and hasattr(value, "dtype"):
        return (value.shape, value.dtype, value.device)
    return None


def _edge(value):
    if isinstance(value, Tensor):
        if not value._requires_grad:
            return (None, 0)
    elif not hasattr(value, "_data") or not getattr(value, "requires_grad", False):
        return (None, 0)
    if value.grad_fn is not None:
        return (value.grad_fn, value._output_nr)
    return (accumulator_of(value), 0)


def _requires_grad(value) -> bool:
    if isinstance(value, Tensor):
        return value._requires_grad
    return hasattr(value, "_data") and getattr(value, "requires_grad", False)


def accumulator_of(leaf) -> AccumulateGrad:
    accumulator = leaf._accumulator() if leaf._accumulator is not None else None
    if accumulator is None:
        accumulator = AccumulateGrad(leaf)
        leaf._accumulator = weakref.ref(accumulator)
    return accumulator


def record(outputs, name: str, inputs: tuple, backward: Callable, saved: tuple = (),
           saves_tensors: Optional[bool] = None):
    """Attach a Node to ``outputs`` (a Tensor or a tuple of Tensors) when needed.

    ``backward(grad, *saved_values)`` returns one gradient (or None) per
    input; for several outputs ``grad`` is a tuple with one gradient per
    output (zeros for outputs that received none). ``saves_tensors=True``
    marks a node whose saved values PyTorch keeps as tensors though gradsh
    keeps a Python number (``x * 2``): its graph can be backpropagated once.
    """
    if not _grad_enabled[0]:
        return outputs
    for value in inputs:
        if value.__class__ is Tensor:
            if value._requires_grad:
                break
        elif _requires_grad(value):
            break
    else:
        return outputs
    if outputs.__class__ is Tensor:  # one dense output: most ops, written out
        dtype = outputs.dtype
        if dtype.category == 3 and not getattr(backward, "wirtinger", False):
            backward = holomorphic(backward)  # a complex result (dtypes.COMPLEX)
        node = Node(name, backward, inputs, saved)
        node._several = False
        data = outputs._data
        node._output_meta = ((Size(data.shape), dtype, _device_of(data)),)
        if dtype.differentiable:
            outputs._requires_grad = True
            outputs.grad_fn = node
            outputs._output_nr = 0
    else:
        several = isinstance(outputs, (tuple, list))
        outs = tuple(outputs) if several else (outputs,)
        if outs[0].dtype.category == 3 and not getattr(backward, "wirtinger", False):
            backward = holomorphic(backward)  # a complex result (dtypes.COMPLEX)
        node = Node(name, backward, inputs, saved, num_outputs=len(outs))
        node._several = several
        node._output_meta = tuple([_meta(out) for out in outs])
        for number, out in enumerate(outs):
            if out.dtype.differentiable:
                out._requires_grad = True
                out.grad_fn = node
                out._output_nr = number
    # Saved after the outputs are attached, so a saved output knows its producer.
    kept = []
    for v in saved:
        if v is None:
            kept.append(_SAVED_NONE)
            continue
        producer = getattr(v, "grad_fn", None)
        kept.append(SavedOutput(v, name) if producer is node else SavedValue(v, producer))
    node._saved = tuple(kept)
    if saves_tensors is None:
        saves_tensors = any([s.version is not None for s in kept])
    node._saves_tensors = saves_tensors
    return outputs


def holomorphic(backward: Callable) -> Callable:
    """A rule written as for real numbers (``g * y`` for ``x * y``), made
    PyTorch's for complex tensors: the gradient is ``g * conj(f'(z))``, which
    is ``conj(rule(conj(g)))`` for rules linear in ``g``. Rules that are not
    of that kind (abs, real, view_as_complex, ...) carry ``wirtinger = True``
    and are used as written."""
    def conjugated(grad, *saved):
        grad = tuple([_conj(g) for g in grad]) if isinstance(grad, tuple) else _conj(grad)
        return tuple([_conj(g) for g in backward(grad, *saved)])

    conjugated.wirtinger = True
    return conjugated


def _conj(value):
    if value is not None and getattr(value, "dtype", None) is not None and value.dtype.is_complex:
        return value.conj_physical()
    return value


from . import hooks  # noqa: E402
from .backend import device_of as _device_of  # noqa: E402

# Tensor and Size, set by tensor.py once the class exists (it imports this
# module first); the hot paths test isinstance against them.
Tensor: type = type(None)
Size: type = tuple

# The backward pass lives in backward.py; importing it here keeps
# ``autograd.run_backward`` the one entry point for Tensor.backward,
# torch.autograd.grad and friends.
from .backward import run_backward  # noqa: E402,F401
