"""Draw a tensor's autograd graph as a text tree (the ``:graph`` command).

Root first; each node shows its ``grad_fn`` name and output shape; leaves
are named by their workspace names (unnamed ones by shape); a node reached
a second time is shown once and referred to after. The walk is iterative,
so a chain of thousands of operations draws without recursion.
"""
from __future__ import annotations

from .autograd import AccumulateGrad


def _shape(shape) -> str:
    return "(" + ", ".join(str(n) for n in shape) + ("," if len(shape) == 1 else "") + ")"


def draw(tensor, workspace: dict) -> str:
    """The tree of ``tensor``'s graph, naming the tensors of ``workspace``.

    A non-leaf workspace tensor also names its ``grad_fn`` node.
    """
    names: dict[int, str] = {}
    node_names: dict[int, str] = {}
    for name, value in workspace.items():
        if hasattr(value, "grad_fn") and hasattr(value, "_data"):
            names.setdefault(id(value), name)
            if value.grad_fn is not None:
                node_names.setdefault(id(value.grad_fn), name)
    root_name = names.get(id(tensor))
    if tensor.grad_fn is None:
        label = "leaf " + _shape(tensor.shape)
        if tensor.requires_grad:
            label += "  requires_grad"
        return f"{root_name} = {label}" if root_name else label

    if root_name:
        node_names[id(tensor.grad_fn)] = root_name
    shared = _shared_nodes(tensor.grad_fn)
    numbers: dict[int, int] = {}
    shown: set[int] = set()
    lines: list[str] = []
    # Stack of (node, output_nr, prefix for the line, prefix for children, is_root)
    stack = [(tensor.grad_fn, tensor._output_nr, "", "", True)]
    while stack:
        node, output_nr, line_prefix, child_prefix, is_root = stack.pop()
        if node is None:
            continue
        lines.append(line_prefix + _label(node, output_nr, names, node_names, shared, numbers,
                                          shown, is_root))
        if isinstance(node, AccumulateGrad) or id(node) in shown:
            continue
        shown.add(id(node))
        children = [(child, nr) for child, nr in node.next_functions if child is not None]
        for index in range(len(children) - 1, -1, -1):
            child, nr = children[index]
            last = index == len(children) - 1
            stack.append((child, nr, child_prefix + ("└── " if last else "├── "),
                          child_prefix + ("    " if last else "│   "), False))
    return "\n".join(lines)


def _shared_nodes(root) -> set:
    """ids of nodes reached by more than one edge."""
    seen, shared = set(), set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            shared.add(id(node))
            continue
        seen.add(id(node))
        stack.extend(child for child, _ in node.next_functions if child is not None)
    return shared


def _label(node, output_nr, names, node_names, shared, numbers, shown, is_root) -> str:
    if isinstance(node, AccumulateGrad):
        variable = node.variable
        name = names.get(id(variable))
        text = f"leaf {_shape(variable.shape)}  requires_grad"
        return f"{name}  {text}" if name else text
    text = node._name
    if id(node) in shared:
        number = numbers.setdefault(id(node), len(numbers) + 1)
        text += f" [{number}]"
        if id(node) in shown:
            return f"{text}  (shown above)"
    meta = node._output_meta[output_nr] if output_nr < len(node._output_meta) else None
    if meta is not None:
        text += "  " + _shape(meta[0])
    name = node_names.get(id(node))
    if name and is_root:
        return f"{name} = {text}"
    if name:
        return f"{text}  = {name}"
    return text
