""":plot, :hist and :imshow (issue 23): files, colour, sizes, the notebook hook.

The terminal text itself is pinned by tests/transcripts/plots.gsh; these tests
check what a transcript cannot: the PNG and SVG files, the working-folder rule,
colour in the shell, and that batch output ignores the terminal's size.
"""
from __future__ import annotations

import io
import os
import xml.etree.ElementTree as ElementTree

import pytest

pytest.importorskip("uniplot")
matplotlib_image = pytest.importorskip("matplotlib.image")

SINE = ("x = torch.linspace(0, 6.2832, 32, requires_grad=True)\n"
        "x.sin().sum().backward()\n")


@pytest.fixture
def in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def decoded(path) -> tuple[int, int]:
    pixels = matplotlib_image.imread(path if isinstance(path, io.BytesIO) else str(path))
    return pixels.shape[1], pixels.shape[0]  # width, height


def test_png_of_a_sine_and_its_gradient_decodes_at_its_size(session, in_tmp):
    session.run(SINE)
    assert session.run(":plot x, x.sin(), x.grad --out sine.png") == "saved the plot to sine.png\n"
    assert (in_tmp / "sine.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert decoded(in_tmp / "sine.png") == (640, 480)  # Matplotlib's default figure
    session.run(":plot x.grad --out small.png --size 40x10 --title 'd/dx sin'")
    assert decoded(in_tmp / "small.png") == (400, 200)  # 10×20 pixels a character


def test_hist_and_imshow_write_pngs_and_svgs(session, in_tmp):
    session.run("_ = torch.manual_seed(0)")
    assert session.run(":hist torch.randn(500) 15 --out h.png") == \
        "saved the histogram to h.png\n"
    assert decoded(in_tmp / "h.png") == (640, 480)
    assert session.run(":imshow torch.eye(4) --out m.svg") == "saved the heat map to m.svg\n"
    root = ElementTree.parse(in_tmp / "m.svg").getroot()
    assert root.tag.endswith("svg")


def test_out_refuses_paths_outside_the_working_folder(session, in_tmp):
    session.run("x = torch.ones(3)")
    for path in ("../up.png", "/tmp/anywhere.png", "~/home.png"):
        error = session.error(f":plot x --out {path}")
        assert error.type_name == "PermissionError", path
        assert "inside the working folder only" in error.message
    os.symlink(in_tmp.parent, in_tmp / "link")  # a link out of the folder is outside too
    assert session.error(":plot x --out link/escape.png").type_name == "PermissionError"
    assert not (in_tmp.parent / "escape.png").exists()
    assert session.error(":plot x --out a.jpg").type_name == "CommandError"


def test_the_shell_draws_in_colour_unless_no_color(session, monkeypatch):
    session.run("x = torch.linspace(-1, 1, 9)")
    session.interp.terminal_plots = "color"  # what the shell sets (shell/app.py)
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert "\x1b[" in session.run(":plot x, x * x, x.abs()")
    assert "\x1b[" in session.run(":imshow x.reshape(3, 3)")
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in session.run(":plot x, x * x")
    session.interp.terminal_plots = "mono"  # gradsh --no-color
    monkeypatch.delenv("NO_COLOR")
    assert "\x1b[" not in session.run(":hist x")


def test_batch_output_has_a_fixed_size_whatever_the_terminal(gradsh):
    script = "x = torch.linspace(0, 3, 16)\n:plot x, x.exp()\n"
    narrow = gradsh("-c", script, env={"COLUMNS": "30", "LINES": "10"})
    wide = gradsh("-c", script, env={"COLUMNS": "200", "LINES": "80"})
    assert narrow.returncode == 0, narrow.stderr
    assert narrow.stdout == wide.stdout
    assert max(len(line) for line in narrow.stdout.splitlines()) <= 66
    assert "\x1b[" not in narrow.stdout


def test_a_notebook_hook_receives_a_png_and_the_text(session):
    shown = []
    session.interp.show_image = lambda png, text: shown.append((png, text))
    session.run("x = torch.linspace(0, 1, 5)")
    assert session.run(":plot x, x * x") == ""
    png, text = shown[0]
    assert decoded(io.BytesIO(png)) == (640, 480)
    assert "x * x" in text


def test_lists_of_tensors_and_gpu_free_detached_values(session):
    session.run("w = torch.ones(3, requires_grad=True)\n"
                "losses = []\nfor i in range(4):\n    losses.append((w * (4 - i)).sum())\n")
    out = session.run(":plot losses --size 30x5")
    assert "losses" in out and out.count("\n") < 12
    assert session.run(":hist w 2 --size 20x4").endswith(
        "w: 3 values in 2 bins from 0.5 to 1.5, mean 1, std 0\n")
    assert session.error(":plot [1, 'a']").type_name == "TypeError"
    assert session.error(":hist torch.ones(0)").type_name == "ValueError"


def test_hist_bins_word_is_an_expression_when_it_must_be(session):
    session.run("x = torch.arange(6.)")
    assert "x - 1: 6 values in 20 bins" in session.run(":hist x - 1")
    assert "x: 6 values in 3 bins" in session.run(":hist x 3")
    assert "x: 6 values in 4 bins" in session.run(":hist x --bins 4")


def test_large_matrices_are_shown_as_block_means(session):
    out = session.run(":imshow torch.arange(4000.).reshape(40, 100)")
    assert "40×100, shown as 14×25 block means" in out
    assert max(len(line) for line in out.splitlines() if line[0] in "┌│└") <= 52


def test_completion_offers_code_after_the_picture_commands():
    from prompt_toolkit.completion import CompleteEvent
    from prompt_toolkit.document import Document

    from gradsh.lang.evaluator import Interpreter
    from gradsh.shell.app import sources_for
    from gradsh.shell.completer import GradshCompleter

    interpreter = Interpreter(output=lambda text: None)
    interpreter.run_source("xs = torch.ones(3)")
    completer = GradshCompleter(sources_for(interpreter))

    def offered(text: str) -> set[str]:
        return {c.text for c in completer.get_completions(Document(text, len(text)),
                                                           CompleteEvent(True))}

    assert {":plot", ":hist", ":imshow"} <= offered(":") | offered(":p") | offered(":h") \
        | offered(":i")
    assert "xs" in offered(":plot x")
    assert "sin" in offered(":plot xs, xs.si")
    assert "xs" in offered(":imshow x")


def _cuda() -> bool:
    from gradsh.engine import backend

    return backend.cuda_available()


@pytest.mark.skipif(not _cuda(), reason="CUDA is not available")
def test_gpu_tensors_draw_as_their_cpu_copies(session):
    session.run("x = torch.linspace(0, 3, 16, requires_grad=True)\nx.exp().sum().backward()\n"
                "g = x.cuda()")
    assert session.run(":plot x, g.exp(), x.grad").replace("g.exp()", "x.exp()") == \
        session.run(":plot x, x.exp(), x.grad")
    assert "g: 16 values" in session.run(":hist g")
