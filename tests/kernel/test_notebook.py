"""Notebooks as transcripts: --check/--update, the pytest plugin, and nbclient on the tour."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")

from gradsh import notebook  # noqa: E402
from gradsh.cli import main  # noqa: E402
import kernelspec_dir  # noqa: E402 - tests/kernel, on the path as pytest runs it

kernel_dirs = kernelspec_dir.kernel_dirs  # the fixture

ROOT = Path(__file__).resolve().parents[2]
TOUR = ROOT / "examples" / "tour.ipynb"


def make(path: Path, cells: list[tuple[str, list]], kernel: str = "gradsh") -> Path:
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": kernel, "display_name": kernel, "language": kernel}
    nb.cells.append(nbformat.v4.new_markdown_cell("# notes"))
    for source, outputs in cells:
        cell = nbformat.v4.new_code_cell(source)
        cell.outputs = [nbformat.from_dict(o) for o in outputs]
        nb.cells.append(cell)
    nbformat.write(nb, str(path))
    return path


def stream(text: str, name: str = "stdout") -> dict:
    return {"output_type": "stream", "name": name, "text": text}


def result(text: str, count: int) -> dict:
    return {"output_type": "execute_result", "data": {"text/plain": text},
            "metadata": {}, "execution_count": count}


GOOD = [
    ("x = torch.ones(2, requires_grad=True)\ny = (x * 3).sum()\ny",
     [result("tensor(6., grad_fn=<SumBackward0>)", 1)]),
    ("y.backward()\nprint('done')\nx.grad", [stream("done\n"), result("tensor([3., 3.])", 2)]),
    ("x.gard", [{"output_type": "error", "ename": "AttributeError",
                 "evalue": "'Tensor' object has no attribute 'gard'",
                 "traceback": ["AttributeError: 'Tensor' object has no attribute 'gard'",
                               "  did you mean 'grad'?"]}]),
]


def test_check_passes_and_reports_differences(tmp_path, capsys):
    good = make(tmp_path / "good.ipynb", GOOD)
    assert main(["--check", str(good)]) == 0
    assert capsys.readouterr().out == "1 notebook, 3 code cells: all passed\n"
    bad = make(tmp_path / "bad.ipynb", [GOOD[0], ("x.grad", [result("tensor([1., 1.])", 2)])])
    assert main(["--check", str(bad)]) == 1
    out = capsys.readouterr().out
    assert "code cell 2 (x.grad): output differs" in out
    assert "-tensor([1., 1.])" in out and "+None" not in out  # x.grad is None: no output
    assert out.endswith("1 notebook, 2 code cells: 1 differs\n")


def test_update_rewrites_only_the_outputs(tmp_path, capsys):
    path = make(tmp_path / "nb.ipynb", [("a = torch.arange(3)\na * 2", []), ("a.sum()", [])])
    before = nbformat.read(str(path), as_version=4)
    assert main(["--check", "--update", str(path)]) == 0
    assert capsys.readouterr().out.endswith("updated 2 cells\n")
    after = nbformat.read(str(path), as_version=4)
    nbformat.validate(after)
    assert [c.source for c in after.cells] == [c.source for c in before.cells]
    assert after.metadata == before.metadata
    assert after.cells[1].outputs[0]["data"]["text/plain"] == "tensor([0, 2, 4])"
    assert after.cells[2].execution_count == 2
    text = path.read_text(encoding="utf-8")
    assert main(["--check", "--update", str(path)]) == 0  # nothing differs: not rewritten
    assert path.read_text(encoding="utf-8") == text


def test_refuses_other_kernels_and_missing_files(tmp_path, capsys):
    other = make(tmp_path / "py.ipynb", [("1", [])], kernel="python3")
    assert main(["--check", str(other)]) == 2
    assert "not a gradsh notebook" in capsys.readouterr().err
    assert main(["--check", str(tmp_path / "none.ipynb")]) == 2
    assert "No such file or directory" in capsys.readouterr().err
    assert not notebook.is_gradsh_file(other)


def test_each_check_starts_a_fresh_workspace(tmp_path, capsys):
    path = make(tmp_path / "nb.ipynb", [(":set precision 2\ntorch.tensor(1/3)",
                                         [result("tensor(0.33)", 1)])])
    assert main(["--check", str(path), str(path)]) == 0
    ok = make(tmp_path / "after.ipynb", [("torch.tensor(1/3)", [result("tensor(0.3333)", 1)])])
    assert main(["--check", str(ok)]) == 0
    capsys.readouterr()


def test_the_plugin_collects_gradsh_notebooks(tmp_path):
    make(tmp_path / "good.ipynb", GOOD)
    make(tmp_path / "bad.ipynb", [("torch.ones(1)", [result("tensor([2.])", 1)])])
    make(tmp_path / "python.ipynb", [("1", [])], kernel="python3")
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           "--rootdir", str(tmp_path), str(tmp_path)], cwd=tmp_path,
                          capture_output=True, text=True, timeout=60)
    assert "1 failed, 1 passed" in done.stdout, done.stdout
    assert "bad.ipynb: 1 code cell differs" in done.stdout


def test_tour_runs_end_to_end_with_nbclient(kernel_dirs):
    pytest.importorskip("nbclient")
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.manager import KernelManager
    from nbclient import NotebookClient

    stored = nbformat.read(str(TOUR), as_version=4)
    executed = nbformat.read(str(TOUR), as_version=4)
    manager = KernelManager(kernel_name="gradsh",
                            kernel_spec_manager=KernelSpecManager(kernel_dirs=[str(kernel_dirs)]))
    NotebookClient(executed, km=manager, timeout=30, startup_timeout=60).execute()
    code = [(a, b) for a, b in zip(stored.cells, executed.cells) if a.cell_type == "code"]
    assert len(code) > 10
    for before, after in code:
        assert notebook.output_text(after.outputs) == notebook.output_text(before.outputs), \
            before.source
    assert json.loads(TOUR.read_text(encoding="utf-8"))["metadata"]["kernelspec"]["name"] \
        == "gradsh"
