"""Start-up time of ``gradsh -c '1'`` beside ``python -c 'import numpy'`` (SPEC §9).

Target: gradsh within 1.5x of importing NumPy. Runs every command several
times, interleaved so that drift hits all of them alike, and prints medians
and ratios. Uses the ``gradsh`` console script of this Python's environment,
as users run it (``python -m gradsh`` if the script is missing).

    python bench/startup.py [--runs 15]
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

TARGET_RATIO = 1.5


def gradsh_command() -> list[str]:
    script = Path(sys.executable).with_name("gradsh")
    return [str(script)] if script.is_file() else [sys.executable, "-m", "gradsh"]


def commands() -> dict[str, list[str]]:
    table = {
        "python -c pass": [sys.executable, "-c", "pass"],
        "python -c 'import numpy'": [sys.executable, "-c", "import numpy"],
        "gradsh -c '1'": [*gradsh_command(), "-c", "1"],
    }
    if importlib.util.find_spec("torch") is not None:
        table["python -c 'import torch'"] = [sys.executable, "-c", "import torch"]
    return table


# Every command runs as an installed package runs: with bytecode caches (pip
# compiles them at install time; an editable checkout writes them on its first
# run). A PYTHONDONTWRITEBYTECODE inherited from the shell would make gradsh
# recompile its own modules at every start while NumPy's, compiled at install,
# load from cache.
ENVIRONMENT = {name: value for name, value in os.environ.items()
               if name != "PYTHONDONTWRITEBYTECODE"}


def time_once(command: list[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          env=ENVIRONMENT)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stderr.decode()}")
    return elapsed


def measure(table: dict[str, list[str]], runs: int) -> dict[str, float]:
    samples: dict[str, list[float]] = {name: [] for name in table}
    for name, command in table.items():  # warm the file cache once
        time_once(command)
    for _ in range(runs):
        for name, command in table.items():
            samples[name].append(time_once(command))
    return {name: statistics.median(values) for name, values in samples.items()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="runs per command (default 15)")
    args = parser.parse_args()
    medians = measure(commands(), args.runs)
    numpy_time = medians["python -c 'import numpy'"]
    print(f"median of {args.runs} runs each ({sys.executable})")
    print(f"{'command':<28} {'median ms':>10} {'vs numpy':>9}")
    for name, seconds in medians.items():
        print(f"{name:<28} {seconds * 1000:>10.1f} {seconds / numpy_time:>8.2f}x")
    ratio = medians["gradsh -c '1'"] / numpy_time
    verdict = "meets" if ratio <= TARGET_RATIO else "misses"
    print(f"gradsh start-up is {ratio:.2f}x numpy's import: {verdict} the {TARGET_RATIO}x target")
    return 0


if __name__ == "__main__":
    sys.exit(main())
