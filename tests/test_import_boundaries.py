"""Import boundaries (ARCHITECTURE idiom 11): what each entry point may load.

Each check runs in a fresh interpreter and reads ``sys.modules`` there.
Batch mode (``-c`` and ``-f``) must not load prompt_toolkit either; the CLI's
own tests check ``--version`` and ``-c`` through ``-X importtime``, these
check ``sys.modules`` directly, ``-f`` included.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("lark", "prompt_toolkit", "cupy")


def loaded_after(code: str) -> set[str]:
    probe = f"{code}\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          cwd=ROOT, timeout=120, check=True)
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


def top_level(modules: set[str]) -> set[str]:
    return {name.split(".")[0] for name in modules}


def test_engine_loads_numpy_and_nothing_heavier():
    modules = top_level(loaded_after("import gradsh.engine"))
    assert "numpy" in modules
    assert not set(HEAVY) & modules


def test_engine_use_on_the_cpu_loads_no_cupy():
    code = ("import gradsh.engine\nfrom gradsh.engine.ops.creation import tensor\n"
            "x = tensor([1., 2.], requires_grad=True)\n(x.exp() * 2).sum().backward()\n"
            "repr(x.grad)")
    assert not set(HEAVY) & top_level(loaded_after(code))


def test_evaluator_import_loads_no_lark():
    modules = top_level(loaded_after("import gradsh.lang.evaluator"))
    assert not set(HEAVY) & modules


def run_cli(*args: str) -> set[str]:
    code = ("import sys\nfrom gradsh.cli import main\n"
            f"status = main({list(args)!r})\nassert status == 0, status")
    return top_level(loaded_after(code))


def test_batch_c_does_not_load_prompt_toolkit():
    modules = run_cli("-c", "x = ones(2, requires_grad=True); x.sum().backward(); x.grad")
    assert "numpy" in modules  # the engine ran
    assert "prompt_toolkit" not in modules
    assert "cupy" not in modules


def test_batch_file_does_not_load_prompt_toolkit(tmp_path):
    script = tmp_path / "script.gsh"
    script.write_text("x = tensor([1., 2.])\nprint(x * 2)\n")
    modules = run_cli("-f", str(script))
    assert "prompt_toolkit" not in modules
    assert "cupy" not in modules


def test_trivial_statement_does_not_load_the_engine():
    # Start-up (SPEC §9): `gradsh -c '1'` never needs numpy.
    modules = run_cli("-c", "1")
    assert "prompt_toolkit" not in modules
    assert "numpy" not in modules


def test_torch_nn_loads_on_first_use_only():
    """gradsh.nn is imported when a script reaches torch.nn's layers, not before."""
    plain = loaded_after("from gradsh.cli import main\nassert main(['-c', 'import torch.nn as nn; "
                         "x = ones(2)']) == 0")
    assert "gradsh.nn" not in plain
    used = loaded_after("from gradsh.cli import main\nassert main(['-c', 'import torch.nn as nn; "
                        "nn.Linear(2, 3)']) == 0")
    assert "gradsh.nn" in used and "gradsh.nn.module" in used


def test_torch_utils_data_loads_on_first_use_only():
    """gradsh.data is imported when a script reaches torch.utils.data's names, not at
    engine import nor for ``import torch.utils.data`` alone."""
    engine = loaded_after("import gradsh.engine\nimport gradsh.engine.namespace")
    assert not {name for name in engine if name.startswith("gradsh.data")}
    plain = loaded_after("from gradsh.cli import main\nassert main(['-c', 'import torch.utils.data; "
                         "x = ones(2)']) == 0")
    assert "gradsh.data" not in plain
    used = loaded_after("from gradsh.cli import main\nassert main(['-c', 'from torch.utils.data "
                        "import DataLoader; DataLoader(range(3))']) == 0")
    assert "gradsh.data" in used and "gradsh.data.dataloader" in used
    assert "gradsh.nn" not in used


def test_torch_optim_loads_on_first_use_only():
    """gradsh.optim is imported when a script reaches an optimizer or a scheduler, not
    at engine import nor for ``from torch import optim`` alone; :vars does not load it."""
    engine = loaded_after("import gradsh.engine\nimport gradsh.engine.namespace")
    assert not {name for name in engine if name.startswith("gradsh.optim")}
    plain = loaded_after("from gradsh.cli import main\nassert main(['-c', 'from torch import "
                         "optim\\nx = ones(2)\\n:vars']) == 0")
    assert "gradsh.optim" not in plain
    used = loaded_after("from gradsh.cli import main\nassert main(['-c', 'import torch; "
                        "torch.optim.SGD([ones(1, requires_grad=True)], lr=0.1)']) == 0")
    assert "gradsh.optim.sgd" in used and "gradsh.nn" not in used
    scheduler = loaded_after("from gradsh.cli import main\nassert main(['-c', 'from torch.optim "
                             "import lr_scheduler; lr_scheduler.StepLR']) == 0")
    assert "gradsh.optim.lr_scheduler" in scheduler and "gradsh.optim.lr_scheduler" not in used


def test_batch_and_the_commands_load_no_plotting_library_until_a_picture_is_drawn():
    plotting = {"uniplot", "matplotlib", "PIL"}
    assert not plotting & run_cli("-c", "x = ones(2)\n:vars")
    assert not plotting & top_level(loaded_after("import gradsh.lang.commands"))
    drawn = run_cli("-c", "x = ones(2)\n:imshow x.reshape(1, 2)")
    assert not plotting & drawn  # a heat map is drawn by gradsh itself


JUPYTER = {"ipykernel", "jupyter_client", "zmq", "nbformat", "nbclient", "IPython"}


def test_batch_and_transcript_checks_load_no_jupyter_library():
    modules = run_cli("-c", "x = ones(2, requires_grad=True); x.sum().backward(); x.grad")
    modules |= run_cli("--check", "examples/tour.gsh")
    assert not JUPYTER & modules
