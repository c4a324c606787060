"""Whole processes running the seed's script (SPEC §9: a straight-line
statement costs at most 30 us, parse + evaluate; the 12,000-statement
``y = w*x + b`` script runs faster in gradsh than in Python + PyTorch).

Each script runs as a fresh process: ``gradsh -f script.gsh`` beside
``python script.py`` (the same statements after ``import torch``), interleaved,
medians. Per statement: the script's time minus that of its three-line header
(start-up and the engine's import), divided by the statement count.

Forms:
- straight: the statement written out 12,000 times (as a generated script or
  an unrolled notebook would have it; gradsh's parse cache sees one text);
- distinct: 12,000 different statements (``y0 = w*x + b*0``, ``y1 = ...``):
  every one is parsed, the cache never hits;
- loop: ``for i in range(12000):`` around the statement.
"""
from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import startup

HEADER = ("x = torch.tensor([3.], requires_grad=True)\n"
          "w = torch.tensor([5.], requires_grad=True)\n"
          "b = torch.tensor([2.], requires_grad=True)\n")
COUNT = 12000


def bodies(count: int = COUNT) -> dict[str, str]:
    return {
        "header only": "",
        "straight": "y = w*x + b\n" * count,
        "distinct": "".join(f"y{i} = w*x + b*{i}\n" for i in range(count)),
        "loop": f"for i in range({count}):\n    y = w*x + b\n",
    }


def _time(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=startup.ENVIRONMENT)
    return time.perf_counter() - start


def measure(rounds: int, count: int = COUNT, with_torch: bool = True) -> dict:
    """{(form, 'gradsh' | 'torch'): median seconds of the whole process}."""
    folder = Path(tempfile.mkdtemp(prefix="gradsh-bench-"))
    commands = {}
    for form, body in bodies(count).items():
        gsh = folder / f"{form.replace(' ', '_')}.gsh"
        gsh.write_text(HEADER + body)
        commands[(form, "gradsh")] = [*startup.gradsh_command(), "-f", str(gsh)]
        if with_torch:
            py = folder / f"{form.replace(' ', '_')}.py"
            py.write_text("import torch\n" + HEADER + body)
            commands[(form, "torch")] = [sys.executable, str(py)]
    for command in commands.values():  # warm the file cache and the parser tables
        _time(command)
    samples: dict = {key: [] for key in commands}
    for _ in range(rounds):
        for key, command in commands.items():
            samples[key].append(_time(command))
    return {key: statistics.median(values) for key, values in samples.items()}
