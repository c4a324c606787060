"""Autograd hooks: ``Tensor.register_hook``, ``register_post_accumulate_grad_hook``,
``Node.register_hook`` / ``register_prehook`` (torch/_tensor.py, torch/utils/hooks.py,
torch/csrc/autograd/python_hook.cpp).

Where hooks live, as in PyTorch:

* a leaf's gradient hooks and post-accumulate hooks sit on the leaf
  (``tensor._hooks``), and its ``AccumulateGrad`` runs them;
* a non-leaf's gradient hooks are handed to its ``grad_fn`` for its output
  number (``node._hooks.tensor``), so they run when that node receives its
  gradient, before ``retain_grad`` stores it (PyTorch runs the retains-grad
  hook after all tensor hooks) and before the node's own rule;
* a node's pre-hooks and post-hooks sit on the node (``node._hooks``).

A node or tensor without hooks keeps ``_hooks`` at None (a class default for
nodes, one slot for tensors): the backward pass tests that one attribute and
goes on. The checks on what a hook returns and their messages are PyTorch's
(``check_single_result``, ``check_variable_result``).
"""
from __future__ import annotations

from collections import OrderedDict
from typing import Any, Callable


class RemovableHandle:
    """What every ``register_*hook`` returns: ``remove()`` unregisters; ``id``
    counts up across all hooks of the session (torch.utils.hooks.RemovableHandle)."""

    __gradsh_attrs__ = frozenset({"remove", "id"})
    _next_id = 0

    def __init__(self, hooks: dict) -> None:
        self._hooks, self.id = hooks, RemovableHandle._next_id
        RemovableHandle._next_id += 1

    def remove(self) -> None:
        self._hooks.pop(self.id, None)

    def __enter__(self) -> "RemovableHandle":
        return self

    def __exit__(self, *exc_info) -> None:
        self.remove()

    def __repr__(self) -> str:
        return f"<torch.utils.hooks.RemovableHandle object at {id(self):#x}>"


# Set by the first registration of an autograd hook in the session: from then
# on the backward pass runs leaves in PyTorch's order (backward.py).
registered = [False]


def _register(hooks: dict, hook: Callable) -> RemovableHandle:
    registered[0] = True
    handle = RemovableHandle(hooks)
    hooks[handle.id] = hook
    return handle


class TensorHooks:
    """A tensor's hook tables: ``grad`` (register_hook) and ``post``
    (register_post_accumulate_grad_hook, leaves only). ``node`` is the grad_fn
    the ``grad`` table was handed to (None for a leaf)."""

    __slots__ = ("grad", "post", "node")

    def __init__(self, node) -> None:
        self.grad: dict = OrderedDict()
        self.post: dict = OrderedDict()
        self.node = node


class NodeHooks:
    """A node's hook tables: tensor hooks per output number, pre-hooks, post-hooks."""

    __slots__ = ("tensor", "pre", "post")

    def __init__(self) -> None:
        self.tensor: dict = {}
        self.pre: dict = OrderedDict()
        self.post: dict = OrderedDict()


def _node_hooks(node) -> NodeHooks:
    hooks = node._hooks
    if hooks is None:
        hooks = node._hooks = NodeHooks()
    return hooks


# ------------------------------------------------------------ registration
def register_tensor_hook(tensor, hook: Callable) -> RemovableHandle:
    """``Tensor.register_hook(hook)``: ``hook(grad)`` may return a replacement."""
    if not tensor._requires_grad:
        raise RuntimeError("cannot register a hook on a tensor that doesn't require gradient")
    hooks = tensor._hooks
    node = tensor.grad_fn
    if hooks is None or hooks.node is not node:
        # After an in-place write the tensor has a new grad_fn: hooks registered
        # from now on go to it, the earlier ones stay with the node they were
        # given (PyTorch: they see the gradient of the value before the write).
        previous_post = hooks.post if hooks is not None else None
        hooks = tensor._hooks = TensorHooks(node)
        if previous_post is not None:
            hooks.post = previous_post
        if node is not None:
            _node_hooks(node).tensor[tensor._output_nr] = hooks.grad
    return _register(hooks.grad, hook)


def register_post_accumulate_grad_hook(tensor, hook: Callable) -> RemovableHandle:
    """``hook(tensor)`` runs after the leaf's ``.grad`` was updated."""
    if not tensor._requires_grad:
        raise RuntimeError("cannot register a hook on a tensor that doesn't require gradient")
    if tensor.grad_fn is not None:
        raise RuntimeError("post accumulate grad hooks cannot be registered on non-leaf tensors")
    if tensor._hooks is None:
        tensor._hooks = TensorHooks(None)
    return _register(tensor._hooks.post, hook)


def register_node_prehook(node, hook: Callable) -> RemovableHandle:
    """``grad_fn.register_prehook(hook)``: ``hook(grad_outputs)`` may return new ones."""
    return _register(_node_hooks(node).pre, hook)


def register_node_hook(node, hook: Callable) -> RemovableHandle:
    """``grad_fn.register_hook(hook)``: ``hook(grad_inputs, grad_outputs)`` may
    return new grad_inputs."""
    return _register(_node_hooks(node).post, hook)


# ------------------------------------------------------------------ calling
def _hook_name(hook: Any) -> str:
    name = getattr(hook, "__name__", None)
    return name if isinstance(name, str) else "<unknown>"


def _typename(value: Any) -> str:
    return type(value).__name__


def _check_variable(original, result, hook) -> None:
    """PyTorch's check_variable_result: same type (dtype and device), same size."""
    if original.dtype is not result.dtype or original.device.type != result.device.type:
        raise RuntimeError(f"hook '{_hook_name(hook)}' has changed the type of value (was "
                           f"{original.type()} got {result.type()})")
    if tuple(original.shape) != tuple(result.shape):
        raise RuntimeError(f"hook '{_hook_name(hook)}' has changed the size of value")


def _check_single(original, result, hook) -> None:
    from .tensor import Tensor  # noqa: PLC0415 - tensor.py imports autograd first

    if original is None:
        raise RuntimeError("can't replace a None gradient with a non-None value")
    if not isinstance(result, Tensor):
        raise TypeError(f"expected Variable, but hook returned '{_typename(result)}'")
    _check_variable(original, result, hook)


def call_grad_hooks(hooks: dict, grad):
    """Each hook in registration order sees the gradient the previous one left."""
    for hook in list(hooks.values()):
        result = hook(grad)
        if result is not None:
            _check_single(grad, result, hook)
            grad = result
    return grad


def apply_tensor_hooks(node_hooks: NodeHooks, grads: list) -> list:
    """A node's gradients after the hooks of its outputs' tensors."""
    if not node_hooks.tensor:
        return grads
    grads = list(grads)
    for nr, hooks in node_hooks.tensor.items():
        if hooks and nr < len(grads):
            grads[nr] = call_grad_hooks(hooks, grads[nr])
    return grads


def _call_tuple_hooks(hooks: dict, values: tuple, call: Callable) -> tuple:
    for hook in list(hooks.values()):
        result = call(hook, values)
        if result is None:
            continue
        if not isinstance(result, tuple):
            raise TypeError(f"expected tuple, but hook returned '{_typename(result)}'")
        if len(result) != len(values):
            raise RuntimeError(f"hook '{_hook_name(hook)}' has returned an incorrect number of "
                               f"values (got {len(result)}, but expected {len(values)})")
        for original, replaced in zip(values, result):
            if replaced is not None:
                _check_single(original, replaced, hook)
        values = tuple(result)
    return values


def apply_pre_hooks(node_hooks: NodeHooks, grads: list) -> list:
    """``grad_fn.register_prehook`` hooks, on the tuple of output gradients."""
    if not node_hooks.pre:
        return grads
    return list(_call_tuple_hooks(node_hooks.pre, tuple(grads), lambda hook, v: hook(v)))


def apply_post_hooks(node_hooks: NodeHooks, grad_inputs: tuple, grad_outputs) -> tuple:
    """``grad_fn.register_hook`` hooks: may replace the gradients of the inputs."""
    if not node_hooks.post:
        return grad_inputs
    outputs = tuple(grad_outputs)
    return _call_tuple_hooks(node_hooks.post, tuple(grad_inputs),
                             lambda hook, v: hook(v, outputs))


def call_post_accumulate_hooks(hooks: dict, tensor) -> None:
    """What a hook returns is checked as a gradient hook's result, then ignored
    (PyTorch's docstring example returns ``p.add_(...)``)."""
    for hook in list(hooks.values()):
        result = hook(tensor)
        if result is not None:
            _check_single(tensor, result, hook)

