"""The backward pass: walk the graph from the outputs, run each node's rule,
undo broadcasting, and accumulate into the leaves (ARCHITECTURE idioms 3, 4).

The graph walk is iterative (a REPL builds long chains; recursion would hit
Python's limit). ``.grad`` changes only once the whole pass succeeded, so an
error or Ctrl-C half-way leaves every gradient as it was.
"""
from __future__ import annotations

import warnings

from . import backend, grad_dtypes, hooks
from .autograd import AccumulateGrad, Node, _edge, _grad_enabled, _journal_grad_mode, record
from .ops.cascade_sum import torch_sum
from ..journal import JOURNAL

# PyTorch's own words, its C++ source location included, as it prints them.
CREATE_GRAPH_WARNING = (
    "Using backward() with create_graph=True will create a reference cycle between the "
    "parameter and its gradient which can cause a memory leak. We recommend using "
    "autograd.grad when creating the graph to avoid this. If you have to use this function, "
    "make sure to reset the .grad fields of your parameters to None after use to break the "
    "cycle and avoid the leak. (Triggered internally at "
    "/__w/pytorch/pytorch/torch/csrc/autograd/engine.cpp:1307.)")


def _topological_order(root_nodes: list) -> list:
    """Nodes reachable from the roots, each before the nodes it feeds (iterative DFS)."""
    order, visited = [], set()
    for root in root_nodes:
        if root is None or id(root) in visited:
            continue
        visited.add(id(root))
        stack = [(root, iter(root.next_functions))]
        while stack:
            node, children = stack[-1]
            for child, _ in children:
                if child is not None and id(child) not in visited:
                    visited.add(id(child))
                    stack.append((child, iter(child.next_functions)))
                    break
            else:
                stack.pop()
                order.append(node)
    order.reverse()
    return order


def _needed_nodes(order: list, targets: set) -> set:
    """ids of nodes on a path to one of the targets (autograd.grad runs no others)."""
    needed = set()
    for node in reversed(order):
        if id(node) in targets or any(
                child is not None and id(child) in needed for child, _ in node.next_functions):
            needed.add(id(node))
    return needed


def _leaves_as_soon_as_ready(order: list) -> list:
    """PyTorch's engine runs a leaf's AccumulateGrad as soon as every node
    feeding it has run (its priority is the highest), siblings in the order of
    the edges; the other nodes keep their order. Only hooks can tell the
    difference, so this runs once a hook was registered in the session."""
    leaves = {id(node) for node in order if isinstance(node, AccumulateGrad)}
    waiting: dict[int, int] = {}
    for node in order:
        if not isinstance(node, AccumulateGrad):
            for child, _ in node.next_functions:
                if child is not None and id(child) in leaves:
                    waiting[id(child)] = waiting.get(id(child), 0) + 1
    reordered = [node for node in order
                 if isinstance(node, AccumulateGrad) and id(node) not in waiting]
    for node in order:
        if isinstance(node, AccumulateGrad):
            continue
        reordered.append(node)
        for child, _ in node.next_functions:
            if child is not None and id(child) in waiting:
                waiting[id(child)] -= 1
                if waiting[id(child)] == 0:
                    reordered.append(child)
    return reordered


def _sum_to(grad, meta):
    """Undo broadcasting: sum ``grad`` down to the input's shape, in its dtype."""
    shape, dtype, device = meta
    if tuple(grad.shape) != tuple(shape):
        extra = grad.ndim - len(shape)
        dims = list(range(extra)) + [extra + i for i, n in enumerate(shape)
                                     if n == 1 and grad.shape[extra + i] != 1]
        if dims and not _grad_enabled[0]:
            # nothing is recorded: the sum op's own reduction, on the array
            xp = grad._xp
            summed = torch_sum(xp, grad._data, tuple(dims))
            grad = type(grad)._make(xp.asarray(summed, dtype=grad.dtype.np).reshape(tuple(shape)),
                                    grad.dtype)
        elif dims:
            grad = grad.sum(dim=dims, keepdim=True)
        if extra or tuple(grad.shape) != tuple(shape):
            grad = grad.reshape(tuple(shape))
    if grad.dtype is not dtype and dtype.differentiable:
        if grad.dtype.is_complex and not dtype.is_complex:
            grad = grad.real  # a real input of a complex op (handle_r_to_c)
        grad = grad.to(dtype)
    return grad


# > 0 while torch.vmap runs a slice that is not its last one
VMAP_RETAIN = [0]


def run_backward(outputs, grad_outputs, *, retain_graph=None, create_graph=False,
                 inputs=None, allow_unused=False):
    """Backpropagate from ``outputs``.

    Without ``inputs`` gradients accumulate into the leaves' ``.grad``
    (``Tensor.backward``); with ``inputs`` they are returned instead
    (``torch.autograd.grad``) and only the nodes leading to them run.
    """
    from .tensor import Tensor  # noqa: PLC0415 - circular by nature

    if create_graph and inputs is None:
        warnings.warn(CREATE_GRAPH_WARNING, UserWarning, stacklevel=3)
    if retain_graph is None:  # vmap's slices but the last share one graph (vmap.py)
        retain_graph = create_graph or VMAP_RETAIN[0] > 0
    buffers: dict[int, list] = {}
    # How many buffers each gradient tensor was put in: a leaf may take over a
    # gradient that reached only it as its .grad, instead of copying it.
    deliveries: dict[int, int] = {}
    nodes_by_id: dict[int, object] = {}
    root_nodes = []
    for number, (out, grad) in enumerate(zip(outputs, grad_outputs)):
        if not out.requires_grad:
            raise RuntimeError(f"element {number} of tensors does not require grad and does not "
                               "have a grad_fn")
        if grad is None:
            if out.numel() != 1:
                raise RuntimeError("grad can be implicitly created only for scalar outputs")
            if out.dtype.is_complex:
                raise RuntimeError("grad can be implicitly created only for real scalar "
                                   f"outputs but got {out.dtype}")
            grad = Tensor._make(out._xp.ones(out._data.shape, dtype=out.dtype.np), out.dtype)
        elif not isinstance(grad, Tensor):
            grad = Tensor._make(out._xp.full(out._data.shape, grad, dtype=out.dtype.np), out.dtype)
        elif tuple(grad.shape) != tuple(out.shape):
            raise RuntimeError(
                f"Mismatch in shape: grad_output[{number}] has a shape of {grad.shape} and "
                f"output[{number}] has a shape of {out.shape}.")
        node, output_nr = _edge(out)
        nodes_by_id[id(node)] = node
        buffer = buffers.setdefault(id(node), [None] * getattr(node, "_num_outputs", 1))
        buffer[output_nr] = grad if buffer[output_nr] is None else buffer[output_nr] + grad
        deliveries[id(buffer[output_nr])] = 2  # the caller's tensor: never taken over
        root_nodes.append(node)

    order = _topological_order(root_nodes)
    runs_on: set = set()
    captured: dict[tuple, object] = {}
    targets = None
    if inputs is not None:
        targets = {}
        for tensor in inputs:
            if not tensor.requires_grad:
                raise RuntimeError("One of the differentiated Tensors does not require grad")
            node, nr = _edge(tensor)
            targets.setdefault(id(node), []).append(nr)
        needed = _needed_nodes(order, set(targets))
        order = [node for node in order if id(node) in needed]
        # nodes that run their rule: a target whose inputs lead to no other
        # target only has its gradient captured (PyTorch does not run it)
        runs_on = {id(node) for node in order if any(
            child is not None and id(child) in needed for child, _ in node.next_functions)}

    if hooks.registered[0]:
        order = _leaves_as_soon_as_ready(order)

    # .grad changes only once the whole pass succeeded (an error or Ctrl-C
    # half-way leaves every .grad as it was): accumulations wait here.
    pending: list = []
    previous_mode = _grad_enabled[0]
    _journal_grad_mode()  # every change journaled: a failing statement restores it
    _grad_enabled[0] = bool(create_graph)
    try:
        for node in order:
            grads = buffers.pop(id(node), None)
            if grads is None:
                continue
            if isinstance(node, AccumulateGrad):
                if node.variable._hooks is not None or node._hooks is not None:
                    _run_leaf_with_hooks(node, grads, targets, captured, create_graph,
                                         deliveries)
                    continue
                if targets is not None and id(node) in targets:
                    captured[(id(node), 0)] = grads[0]
                    continue
                pending.append((node.variable, grads[0]))
                continue
            raw = grads
            node_hooks = node._hooks
            if node_hooks is not None:
                # PyTorch's order: the outputs' tensor hooks, then retain_grad
                # (always after them), then the node's pre-hooks.
                grads = hooks.apply_tensor_hooks(node_hooks, grads)
            if targets is not None and id(node) in targets:
                runs = id(node) in runs_on
                # A captured gradient is the hooked one, unless the node also
                # runs for another input (PyTorch captures its raw input then).
                for nr in targets[id(node)]:
                    captured[(id(node), nr)] = (raw if runs else grads)[nr]
            else:
                runs = True
            for nr, ref in node._retained.items():
                tensor = ref()
                if tensor is not None and grads[nr] is not None:
                    pending.append((tensor, grads[nr]))
                    deliveries[id(grads[nr])] = 2  # also flows on: shared
            if runs:
                _run_node(node, grads, retain_graph, buffers, deliveries)
        for tensor, grad in pending:
            _accumulate(tensor, grad, create_graph,
                        owned=deliveries.get(id(grad), 0) == 1 and _owns_its_memory(grad))
    finally:
        _grad_enabled[0] = previous_mode
    backend.flush_deferred()  # fused gradients computed now (engine/fusion), as PyTorch does

    if inputs is None:
        return None
    results = []
    for number, tensor in enumerate(inputs):
        node, nr = _edge(tensor)
        grad = captured.get((id(node), nr))
        if grad is None and not allow_unused:
            raise RuntimeError(f"The differentiated Tensor at index {number} appears to not have "
                               "been used in the graph. Set allow_unused=True if this is the "
                               "desired behavior.")
        if grad is not None and not create_graph:
            grad = grad.detach()
        results.append(grad)
    return tuple(results)


def _run_leaf_with_hooks(node: AccumulateGrad, grads: list, targets, captured: dict,
                         create_graph: bool, deliveries: dict) -> None:
    """A leaf's AccumulateGrad when it or its leaf has hooks, in PyTorch's order:
    the leaf's gradient hooks, the node's pre-hooks, the accumulation, the
    post-accumulate-grad hooks, the node's post-hooks. Under
    torch.autograd.grad only the gradient hooks run, on the captured value."""
    leaf = node.variable
    leaf_hooks, node_hooks = leaf._hooks, node._hooks
    grad = grads[0]
    if leaf_hooks is not None and leaf_hooks.grad:
        grad = hooks.call_grad_hooks(leaf_hooks.grad, grad)
    if targets is not None and id(node) in targets:
        captured[(id(node), 0)] = grad
        return
    if node_hooks is not None:
        grad = hooks.apply_pre_hooks(node_hooks, [grad])[0]
    if grad is not None:
        # Accumulated now, not at the end of the pass: the post-accumulate
        # hooks see the new .grad (and its hooks may have replaced the gradient).
        _accumulate(leaf, grad, create_graph, owned=grad is grads[0] and deliveries.get(
            id(grad), 0) == 1 and _owns_its_memory(grad))
    if leaf_hooks is not None and leaf_hooks.post:
        hooks.call_post_accumulate_hooks(leaf_hooks.post, leaf)
    if node_hooks is not None:
        hooks.apply_post_hooks(node_hooks, (), (grad,))


def _run_node(node: Node, grads: list, retain_graph: bool, buffers: dict,
              deliveries: dict) -> None:
    from .tensor import Tensor  # noqa: PLC0415

    node_hooks = node._hooks
    if node_hooks is not None and node_hooks.pre:
        grads = hooks.apply_pre_hooks(node_hooks, grads)
    saved = node.saved_values()
    if node._several:
        filled = []
        for grad, meta in zip(grads, node._output_meta):
            # A custom Function's ctx.set_materialize_grads(False) takes None as it is.
            if grad is None and getattr(node, "_materialize_grads", True):
                shape, dtype, device = meta
                grad = Tensor.zeros_on(shape, dtype, device)
            filled.append(grad)
        grad_in = tuple(filled)
    else:
        grad_in = grads[0]
    input_grads = node._backward(grad_in, *saved)
    if not retain_graph:
        node.release()
    if node_hooks is not None and node_hooks.post:
        input_grads = _post_hooks(node, node_hooks, input_grads, grads)
    for (child, nr), meta, grad in zip(node.next_functions, node._input_meta, input_grads):
        if child is None or grad is None:
            continue
        grad = _sum_to(grad, meta)
        if child.__class__ is AccumulateGrad:  # a leaf's grad_dtype, read now (grad_dtypes.py)
            grad = grad_dtypes.cast_for_leaf(child.variable, grad)
        buffer = buffers.setdefault(id(child), [None] * getattr(child, "_num_outputs", 1))
        buffer[nr] = grad if buffer[nr] is None else buffer[nr] + grad
        deliveries[id(buffer[nr])] = deliveries.get(id(buffer[nr]), 0) + 1


def _post_hooks(node: Node, node_hooks, input_grads, grads) -> tuple:
    """``grad_fn.register_hook`` hooks see the gradients of the inputs as the
    engine hands them on: summed to each input's shape."""
    # PyTorch's built-in nodes compute no gradient for an input that needs
    # none; a Python Function's backward hands on whatever it returned.
    keeps_all = node._python_backward
    shaped = []
    for (child, _), meta, grad in zip(node.next_functions, node._input_meta, input_grads):
        if grad is None or (child is None and not keeps_all) or meta is None:
            shaped.append(None if not keeps_all else grad)
        else:
            shaped.append(_sum_to(grad, meta))
    return hooks.apply_post_hooks(node_hooks, tuple(shaped), grads)


def _owns_its_memory(grad) -> bool:
    """Not a view of another array (a broadcast gradient, say): safe to keep as .grad."""
    data = grad._data
    if type(data) is backend.DEFERRED[0]:  # a fused expression: fresh memory, or a leaf's
        return grad._base is None and (data.pending or getattr(data.array, "base", 0) is None)
    return grad._base is None and getattr(data, "base", None) is None


def _accumulate(tensor, grad, create_graph: bool, owned: bool = False) -> None:
    """Gradients add up in ``.grad``, as in PyTorch.

    The first gradient of a tensor is copied unless the pass made it for
    this tensor alone (``owned``), in which case it becomes ``.grad`` as it
    is, as PyTorch steals a gradient buffer nothing else refers to.
    """
    if not create_graph:
        grad = grad.detach() if not owned else grad
    if JOURNAL[0] is not None:
        JOURNAL[0].tensor(tensor)
        if tensor._grad is not None and not create_graph:
            JOURNAL[0].storage(tensor._grad, False)
    if tensor._grad is None:
        if create_graph and grad.requires_grad:
            # PyTorch copies a recorded gradient into .grad (CopyBackwards,
            # whose edges are (None, the gradient's own node)).
            copy = type(grad)._make(grad._data.copy(), grad.dtype)
            tensor._grad = record(copy, "CopyBackwards", (None, grad), lambda g: (None, g))
        elif create_graph or owned:
            tensor._grad = grad
        else:
            tensor._grad = type(grad)._make(grad._data.copy(), grad.dtype)
    elif create_graph:
        tensor._grad = tensor._grad + grad
    else:
        backend.before_write(tensor._grad)
        data = grad._data
        if type(data) is backend.DEFERRED[0] or type(tensor._grad._data) is backend.DEFERRED[0]:
            # a fused gradient (engine/fusion): the sum joins the expression
            tensor._grad._data = tensor._grad._data + data
        else:
            tensor._grad._data += data
        tensor._grad._version.value += 1


