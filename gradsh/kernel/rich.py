"""Rich output in a notebook: ``:graph y`` as SVG, when Graphviz is there.

The DOT text is built here from the autograd graph (the nodes and labels of
the text tree of ``gradsh.engine.graph_text``: grad_fn names with output
shapes, leaves by their workspace names); Graphviz's Python package renders
it with the ``dot`` program.  Without either, the text tree alone is shown.
"""
from __future__ import annotations

import re
from typing import Any, Optional

GRAPH_CELL = re.compile(r"\s*:graph\s+([A-Za-z_]\w*)\s*")


def _quote(text: str) -> str:
    """A DOT string: backslashes and quotes escaped, each newline a centred line break."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + escaped.replace("\n", "\\n") + '"'


def dot_source(tensor: Any, workspace: dict) -> str:
    """The graph of ``tensor`` in DOT: one node per grad_fn node and leaf, edges to inputs."""
    from gradsh.engine.autograd import AccumulateGrad
    from gradsh.engine.graph_text import _shape

    names = {id(v): n for n, v in reversed(list(workspace.items()))
             if hasattr(v, "grad_fn") and hasattr(v, "_data")}
    lines = ["digraph {", '  node [shape=box, fontname="monospace", fontsize=11];']
    root = tensor.grad_fn
    if root is None:
        label = f"{names.get(id(tensor), 'leaf')}\n{_shape(tensor.shape)}"
        return "\n".join(lines + [f"  n0 [label={_quote(label)}];", "}"])
    ids: dict[int, str] = {}
    stack, edges = [(root, tensor._output_nr)], []
    while stack:
        node, output_nr = stack.pop()
        if id(node) in ids:
            continue
        ids[id(node)] = key = f"n{len(ids)}"
        if isinstance(node, AccumulateGrad):
            variable = node.variable
            label = f"{names.get(id(variable), 'leaf')}\n{_shape(variable.shape)}"
            lines.append(f"  {key} [label={_quote(label)}, style=filled, fillcolor=lightblue];")
            continue
        meta = node._output_meta[output_nr] if output_nr < len(node._output_meta) else None
        label = node._name + (f"\n{_shape(meta[0])}" if meta is not None else "")
        if node is root and id(tensor) in names:
            label = f"{names[id(tensor)]} = {label}"
        lines.append(f"  {key} [label={_quote(label)}];")
        for child, nr in node.next_functions:
            if child is not None:
                edges.append((node, child))
                stack.append((child, nr))
    lines.extend(f"  {ids[id(child)]} -> {ids[id(node)]};" for node, child in edges)
    return "\n".join(lines + ["}"])


def graph_svg(interpreter: Any, code: str) -> Optional[str]:
    """The SVG of a cell that is one ``:graph NAME``, or None (not such a cell, no Graphviz)."""
    match = GRAPH_CELL.fullmatch(code)
    if match is None:
        return None
    value = interpreter.workspace.get(match.group(1))
    if not (hasattr(value, "grad_fn") and hasattr(value, "_data")):
        return None
    try:
        import graphviz
    except ImportError:
        return None
    try:
        return graphviz.Source(dot_source(value, interpreter.workspace)).pipe(
            format="svg", encoding="utf-8")
    except Exception:  # no dot program, or it failed: the text tree is enough
        return None
