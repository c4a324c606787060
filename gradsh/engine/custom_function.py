"""``torch.autograd.Function``: custom autograd functions (torch/autograd/function.py).

A user's ``class MyReLU(torch.autograd.Function)`` is a real subclass of
:class:`Function` (ARCHITECTURE idiom 12). As PyTorch's ``FunctionMeta``
does, each subclass gets a node class of its own, ``MyReLUBackward``, made
when the class is created; ``MyReLU.apply(...)`` makes one instance of it,
hands it to ``forward`` as ``ctx`` and, when the result is recorded, makes it
the outputs' ``grad_fn``. The engine runs it like any other :class:`Node`;
its backward rule calls the user's ``backward`` and checks what comes back as
PyTorch's ``PyNode::apply`` and ``validate_outputs`` do (the count, ``None``
for non-tensor inputs, tensors only, shapes a gradient can be summed to).

What a script may touch on ``ctx``: the methods and attributes PyTorch's
``FunctionCtx`` documents, plus the public attributes the script itself
stored there (``ctx.constant = 3``); the node's internals stay out of reach.
"""
from __future__ import annotations

import warnings
from typing import Any

from . import autograd
from .autograd import SECOND_BACKWARD, Node, SavedOutput, SavedValue, _edge, _meta, record
from .tensor import Tensor

_MODULE = "torch.autograd.function"

# What a script may read on a ctx (before the names it stored itself).
_CTX_PUBLIC = frozenset({
    "save_for_backward", "saved_tensors", "needs_input_grad", "mark_non_differentiable",
    "mark_dirty", "set_materialize_grads", "name", "next_functions", "metadata",
    "register_hook", "register_prehook",
})


class _PublicNames(frozenset):
    """``ctx.__gradsh_settable__``: any public name that is not one of ctx's own
    (a script may store its constants on ctx, as in PyTorch)."""

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and not name.startswith("_") and name not in _CTX_PUBLIC


_SETTABLE = _PublicNames()


class BackwardCFunction(Node):
    """The ``ctx`` of one ``apply`` and, once recorded, the outputs' ``grad_fn``."""

    __module__ = _MODULE
    _forward_cls: Any = None
    _python_backward = True

    def __init__(self) -> None:
        # Node's fields, set here rather than by Node.__init__: the rule is
        # this class's _backward method, so the node holds no reference to itself.
        self._name = type(self).__name__
        self._input_meta: tuple = ()
        self.next_functions: tuple = ()
        self._saved: tuple = ()
        self._saves_tensors = False
        self._freed = False
        self._num_outputs = 0
        self._retained: dict = {}
        self.metadata: dict = {}
        provider = autograd.origin_provider
        self._origin = provider() if provider is not None else None
        self._several = True
        self._output_meta: tuple = ()
        self._materialize_grads = True
        # ctx's own state
        self.needs_input_grad: tuple = ()
        self._to_save: tuple | None = None
        self._packed = False
        self._non_differentiable: tuple = ()
        self._dirty: tuple = ()
        self._input_is_tensor: tuple = ()
        self._output_positions: tuple = ()
        self._result_count = 0

    # ----------------------------------------------- what a script may touch
    @property
    def __gradsh_attrs__(self) -> frozenset:
        stored = {name for name in self.__dict__ if not name.startswith("_")}
        return _CTX_PUBLIC | stored

    @property
    def __gradsh_settable__(self) -> frozenset:
        return _SETTABLE

    def __repr__(self) -> str:
        return f"<{_MODULE}.{self._name} object at {id(self):#x}>"

    # ------------------------------------------------------ FunctionCtx API
    def save_for_backward(self, *tensors: Any) -> None:
        self._to_save = tensors

    def mark_non_differentiable(self, *args: Any) -> None:
        self._non_differentiable = args

    def mark_dirty(self, *args: Any) -> None:
        self._dirty = args

    def set_materialize_grads(self, value: bool) -> None:
        self._materialize_grads = bool(value)

    @property
    def saved_tensors(self) -> tuple:
        if self._freed:
            error = RuntimeError(SECOND_BACKWARD)
            error.gradsh_saved_by = self
            raise error
        if not self._packed:
            return ()  # inside forward, before apply packed them (PyTorch's answer too)
        try:
            return tuple([saved.unpack(self) for saved in self._saved])
        except RuntimeError as error:
            error.gradsh_saved_by = self
            raise

    def saved_values(self) -> list:
        return []  # the user's backward unpacks through saved_tensors, if it wants them

    # ------------------------------------------------------------- backward
    def _backward(self, grad_outputs: tuple, *unused: Any) -> list:
        """Call the user's backward with one gradient per forward result
        (None for non-tensor results) and check what it returns."""
        grads: list = [None] * self._result_count
        for position, grad in zip(self._output_positions, grad_outputs):
            grads[position] = grad
        result = _user_backward(self._forward_cls)(self, *grads)
        return self._check_gradients(result if isinstance(result, tuple) else (result,))

    def _check_gradients(self, result: tuple) -> list:
        """PyTorch's PyNode::apply and validate_outputs, in their words."""
        expected = len(self._input_is_tensor)
        if len(result) > expected and all(value is None for value in result[expected:]):
            result = result[:expected]  # extra Nones are allowed
        if len(result) != expected:
            raise RuntimeError(f"function {self._name} returned an incorrect number of gradients "
                               f"(expected {expected}, got {len(result)})")
        gradients = []
        for position, (value, is_tensor) in enumerate(zip(result, self._input_is_tensor)):
            if not is_tensor:
                if value is not None:
                    raise RuntimeError(
                        f"function {self._name} returned a gradient different than None at "
                        f"position {position + 1}, but the corresponding forward input was not "
                        "a Variable")
                continue
            if value is not None and not isinstance(value, Tensor):
                raise RuntimeError(f"expected Variable or None (got {type(value).__name__})")
            gradients.append(value)
        for index, (grad, meta, (child, _)) in enumerate(
                zip(gradients, self._input_meta, self.next_functions)):
            if grad is not None and child is not None and not _expandable(meta[0], grad.shape):
                raise RuntimeError(
                    f"Function {self._name} returned an invalid gradient at index {index} - got "
                    f"{list(grad.shape)} but expected shape compatible with {list(meta[0])}")
        return gradients


def _expandable(shape: tuple, grad_shape: tuple) -> bool:
    """A gradient of ``grad_shape`` sums down to ``shape`` (shape broadcasts to it)."""
    if len(shape) > len(grad_shape):
        return False
    tail = tuple(grad_shape)[len(grad_shape) - len(shape):]
    return all(n == m or n == 1 for n, m in zip(shape, tail))


def _user_backward(cls: type) -> Any:
    backward, vjp = cls.backward, cls.vjp
    if _overridden(backward, "backward") and _overridden(vjp, "vjp"):
        raise RuntimeError("Implementing both 'backward' and 'vjp' for a custom Function is not "
                           "allowed. You should only implement one of them.")
    return vjp if _overridden(vjp, "vjp") else backward


def _overridden(value: Any, name: str) -> bool:
    return value is not vars(Function)[name].__func__


# -------------------------------------------------------------------- Function
class Function:
    """Base class to create custom autograd Functions (``torch.autograd.Function``)."""

    __module__ = _MODULE
    __gradsh_attrs__ = frozenset({"apply", "forward", "backward", "setup_context", "vjp"})

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        _make_backward_class(cls)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        warnings.warn(
            f"{self.__class__} should not be instantiated. Methods on autograd functions are "
            "all static, so you should invoke them on the class itself. Instantiating an "
            "autograd function will raise an error in a future version of PyTorch.",
            DeprecationWarning, stacklevel=2)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        raise RuntimeError(
            "Legacy autograd function with non-static forward method is deprecated. Please use "
            "new-style autograd function with static forward method. (Example: "
            "https://pytorch.org/docs/stable/autograd.html#torch.autograd.Function)")

    @staticmethod
    def forward(*args: Any, **kwargs: Any) -> Any:
        raise NotImplementedError(
            "You must implement the forward function for custom autograd.Function.")

    @staticmethod
    def setup_context(ctx: Any, inputs: tuple, output: Any) -> Any:
        raise NotImplementedError("setup_context is not implemented.")

    @staticmethod
    def backward(ctx: Any, *grad_outputs: Any) -> Any:
        raise NotImplementedError(
            "You must implement either the backward or vjp method for your custom "
            "autograd.Function to use it with backward mode AD.")

    vjp = backward

    @classmethod
    def apply(cls, *args: Any, **kwargs: Any) -> Any:
        return _apply(cls, args, kwargs)


def _make_backward_class(cls: type) -> None:
    name = cls.__name__ + "Backward"
    backward_cls = type(name, (BackwardCFunction,), {
        "_forward_cls": cls, "__module__": _MODULE, "__qualname__": name})
    type.__setattr__(cls, "_backward_cls", backward_cls)


_make_backward_class(Function)


def _apply(cls: type, args: tuple, kwargs: dict) -> Any:
    """PyTorch's THPFunction_apply: run forward without recording, then record
    the outputs with the ctx as their grad_fn."""
    backward_cls = vars(cls).get("_backward_cls")
    if backward_cls is None or backward_cls._forward_cls is not cls:
        _make_backward_class(cls)
        backward_cls = vars(cls)["_backward_cls"]
    with_setup = _overridden(cls.setup_context, "setup_context")
    # Keywords naming forward's parameters become inputs, as in PyTorch (with
    # setup_context, the defaults too: the inputs it is handed are complete).
    args, kwargs = _bind(cls.forward, args, kwargs, skip=0 if with_setup else 1,
                         with_defaults=with_setup)
    ctx = backward_cls()
    ctx._input_is_tensor = tuple([isinstance(arg, Tensor) for arg in args])
    ctx.needs_input_grad = tuple([isinstance(arg, Tensor) and arg.requires_grad for arg in args])
    tensor_inputs = tuple([arg for arg in args if isinstance(arg, Tensor)])
    executable = autograd.is_grad_enabled() and any(t.requires_grad for t in tensor_inputs)
    previous = autograd._grad_enabled[0]
    autograd._journal_grad_mode()  # every change journaled: a failing statement restores it
    autograd._grad_enabled[0] = False
    try:
        if with_setup:
            output = cls.forward(*args, **kwargs)
            cls.setup_context(ctx, args, output)
        else:
            output = cls.forward(ctx, *args, **kwargs)
    finally:
        autograd._grad_enabled[0] = previous
    return _wrap_outputs(ctx, tensor_inputs, output, executable)


def _bind(function: Any, args: tuple, kwargs: dict, skip: int, with_defaults: bool) -> tuple:
    """Keywords for the parameters after the positional arguments become
    positional (``inspect.signature(forward).bind`` for a gradsh function);
    ``skip`` parameters (ctx) are not inputs."""
    params, defaults = getattr(function, "params", None), getattr(function, "defaults", None)
    if not kwargs and not with_defaults or params is None or defaults is None:
        return args, kwargs
    args, kwargs = list(args), dict(kwargs)
    for param in params[skip + len(args):]:
        if param in kwargs:
            args.append(kwargs.pop(param))
        elif with_defaults and param in defaults:
            args.append(defaults[param])
        else:
            break
    return tuple(args), kwargs


def _wrap_outputs(ctx: BackwardCFunction, tensor_inputs: tuple, output: Any,
                  executable: bool) -> Any:
    several = isinstance(output, tuple)
    results = list(output) if several else [output]
    inputs = {id(t) for t in tensor_inputs}
    dirty = {id(t) for t in ctx._dirty}
    non_differentiable = {id(t) for t in ctx._non_differentiable}
    positions, outputs, differentiable = [], [], []
    for position, value in enumerate(results):
        if not isinstance(value, Tensor):
            continue
        original = value
        if id(value) in inputs and id(value) not in dirty:
            value = Tensor._make(value._data, value.dtype, base=value)  # view_as(self)
        elif id(value) in dirty and executable and value.requires_grad and value.grad_fn is None:
            raise RuntimeError("a leaf Variable that requires grad has been used in an in-place "
                               "operation.")
        results[position] = value
        positions.append(position)
        outputs.append(value)
        differentiable.append(id(original) not in non_differentiable and
                              value.dtype.is_floating_point)
    if executable:
        ctx._input_meta = tuple([_meta(t) for t in tensor_inputs])
        ctx.next_functions = tuple([_edge(t) for t in tensor_inputs])
        ctx._num_outputs = len(outputs)
        ctx._output_meta = tuple([_meta(t) for t in outputs])
        ctx._output_positions = tuple(positions)
        ctx._result_count = len(results)
        for number, (value, recorded) in enumerate(zip(outputs, differentiable)):
            value._requires_grad = recorded
            value.grad_fn = ctx if recorded else None
            value._output_nr = number
        _save(ctx)
    return tuple(results) if several else results[0]


def _save(ctx: BackwardCFunction) -> None:
    """Pack what save_for_backward was given, with the versions the tensors have now."""
    saved = []
    for number, value in enumerate(ctx._to_save or ()):
        if value is not None and not isinstance(value, Tensor):
            raise TypeError(f"save_for_backward can only save variables, but argument {number} "
                            f"is of type {type(value).__name__}")
        if value is not None and value.grad_fn is ctx:
            saved.append(SavedOutput(value, ctx._name))
        else:
            saved.append(SavedValue(value, getattr(value, "grad_fn", None)))
    ctx._saved = tuple(saved)
    ctx._saves_tensors = any(value is not None for value in ctx._to_save or ())
    ctx._to_save = None
    ctx._packed = True


# --------------------------------------------------------- once_differentiable
_TWICE = "trying to differentiate twice a function that was marked with @once_differentiable"


class once_differentiable:  # noqa: N801 - PyTorch's name
    """``@once_differentiable``: the backward runs without recording; differentiating
    its result again raises PyTorch's error."""

    __module__ = _MODULE
    __gradsh_attrs__ = frozenset()

    def __init__(self, function: Any) -> None:
        self._function = function
        self.__name__ = self.__qualname__ = getattr(function, "__name__", "backward")

    def __call__(self, ctx: Any, *args: Any, **kwargs: Any) -> Any:
        with autograd.no_grad():
            outputs = self._function(ctx, *args, **kwargs)
        if not autograd.is_grad_enabled() or not any(
                isinstance(arg, Tensor) and arg.requires_grad for arg in args):
            return outputs
        several = isinstance(outputs, tuple)
        wrapped = []
        for value in outputs if several else (outputs,):
            if isinstance(value, Tensor):
                leaf = value.detach()
                leaf._requires_grad = True
                alias = Tensor._make(value._data, value.dtype)
                value = record(alias, "Error", (leaf,), _raise_twice)  # DelayedError's node
            wrapped.append(value)
        return tuple(wrapped) if several else wrapped[0]

    def __repr__(self) -> str:
        return repr(self._function)


def _raise_twice(grad: Any) -> tuple:
    raise RuntimeError(_TWICE)


__all__ = ["Function", "BackwardCFunction", "once_differentiable"]
