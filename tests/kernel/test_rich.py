""":graph as a picture in a notebook: the DOT text always, the SVG where Graphviz is."""
from __future__ import annotations

import shutil

import pytest

from gradsh.kernel.rich import dot_source, graph_svg
from gradsh.kernel.session import Session


@pytest.fixture
def session():
    outputs: list = []
    session = Session(lambda kind, text: outputs.append((kind, text)), rich=True)
    session.run_cell("w = torch.ones(2, requires_grad=True)\nx = torch.ones(2, requires_grad=True)\n"
                     "y = (w * x + w).sum()")
    outputs.clear()
    session.outputs = outputs
    return session


def test_dot_source_names_leaves_and_shapes(session):
    workspace = session.interpreter.workspace
    assert dot_source(workspace["y"], workspace) == "\n".join([
        "digraph {",
        '  node [shape=box, fontname="monospace", fontsize=11];',
        '  n0 [label="y = SumBackward0\\n()"];',
        '  n1 [label="AddBackward0\\n(2,)"];',
        '  n2 [label="w\\n(2,)", style=filled, fillcolor=lightblue];',
        '  n3 [label="MulBackward0\\n(2,)"];',
        '  n4 [label="x\\n(2,)", style=filled, fillcolor=lightblue];',
        "  n1 -> n0;", "  n3 -> n1;", "  n2 -> n1;", "  n2 -> n3;", "  n4 -> n3;", "}"])
    assert '[label="w\\n(2,)"]' in dot_source(workspace["w"], workspace)


def test_only_a_graph_cell_of_a_tensor_is_drawn(session):
    assert graph_svg(session.interpreter, "y") is None
    assert graph_svg(session.interpreter, ":graph nothing") is None
    assert graph_svg(session.interpreter, ":graph y\nprint(1)") is None


def test_without_rich_the_text_alone(session):
    plain: list = []
    text_only = Session(lambda kind, text: plain.append(kind))
    text_only.run_cell("a = torch.ones(1, requires_grad=True) * 2\n")
    text_only.run_cell(":graph a")
    assert plain == ["stdout"]


@pytest.mark.skipif(shutil.which("dot") is None, reason="needs Graphviz's dot program")
def test_graph_cell_adds_an_svg_after_its_text(session):
    pytest.importorskip("graphviz")
    assert session.run_cell(":graph y") is None
    kinds = [kind for kind, _ in session.outputs]
    assert kinds == ["stdout", "image/svg+xml"]
    assert session.outputs[0][1].startswith("y = SumBackward0  ()\n")
    svg = session.outputs[1][1]
    assert "<svg" in svg and "MulBackward0" in svg
