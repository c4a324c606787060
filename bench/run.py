"""gradsh beside PyTorch and raw NumPy: one table of ratios (SPEC §9).

    python bench/run.py [--quick]
        [--only startup,perop,small,language,large,memory,random,nn,numerics]

Every row is measured side by side in this one run: start-up commands
interleaved, per-op and large-tensor cases interleaved round by round in
this process (medians), memory in one subprocess per framework. PyTorch
columns appear when ``import torch`` works in this Python (gradsh never
depends on it). Method and results: docs/performance.md.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

# The bench usually runs in the PyTorch venv, which has no MKL runtime of its own
# (torch links MKL statically): use the one the README's install put in .venv, so
# gradsh is measured as a user runs it (MKL VML for sin/exp/sqrt/..., not the
# slower exact SLEEF emulation it falls back to).
_VENV_MKL = HERE.parent / ".venv" / "lib" / "libmkl_rt.so.2"
if _VENV_MKL.exists():
    os.environ.setdefault("GRADSH_MKL_RT", str(_VENV_MKL))

# Sibling modules, importable once HERE is on sys.path.
import numerics_modes  # noqa: E402
import scripts  # noqa: E402
import startup  # noqa: E402
import timing  # noqa: E402
import workloads  # noqa: E402

TARGETS = {"startup": 1.2, "perop": 1.5, "small": 2.0, "large": 1.1, "memory": 1.0,
           "random": 3.0, "nn": 3.0, "step": 1.5, "statement": 30e-6, "numerics": 1.5}
RANDOM_KINDS = ("rand", "randn", "randint", "randn float64", "randperm", "dropout")


class Table:
    def __init__(self) -> None:
        self.rows: list[tuple] = []

    def section(self, title: str) -> None:
        self.rows.append((title,))

    def add(self, name: str, gradsh: float, unit: str, *, numpy=None, torch=None,
            target=None) -> None:
        self.rows.append((name, gradsh, unit, numpy, torch, target))

    def print(self) -> None:
        header = f"{'case':<44} {'gradsh':>10} {'numpy':>10} {'torch':>10} {'g/np':>6} " \
                 f"{'g/torch':>7}  target"
        print(header)
        print("-" * len(header))
        for row in self.rows:
            if len(row) == 1:
                print(f"[{row[0]}]")
                continue
            name, gradsh, unit, numpy, torch, target = row
            print(f"{name:<44} {fmt(gradsh, unit):>10} {fmt(numpy, unit):>10} "
                  f"{fmt(torch, unit):>10} {ratio(gradsh, numpy):>6} {ratio(gradsh, torch):>7}"
                  f"  {target or ''}")


def fmt(value, unit: str) -> str:
    if value is None:
        return "-"
    if unit == "s":
        for scale, suffix in ((1e-6, "us"), (1e-3, "ms"), (1.0, "s")):
            if value < scale * 1000:
                return f"{value / scale:.1f} {suffix}"
    return f"{value:.0f} {unit}"


def ratio(a, b) -> str:
    return "-" if a is None or b is None else f"{a / b:.2f}"


def verdict(value: float, limit: float) -> str:
    return f"<= {limit:g}x: {'met' if value <= limit else 'MISSED'} ({value:.2f}x)"


# ------------------------------------------------------------------ sections
def bench_startup(table: Table, quick: bool) -> None:
    commands = startup.commands()
    commands["gradsh -c 'tensor(1.)'"] = [*startup.gradsh_command(), "-c", "tensor(1.)"]
    medians = startup.measure(commands, 5 if quick else 15)
    numpy_time = medians["python -c 'import numpy'"]
    torch_time = medians.get("python -c 'import torch'")
    table.section("start-up (separate processes; numpy = python -c 'import numpy')")
    table.add("python -c pass", medians["python -c pass"], "s", numpy=numpy_time)
    for name in ("gradsh -c '1'", "gradsh -c 'tensor(1.)'"):
        target = verdict(medians[name] / numpy_time, TARGETS["startup"]) \
            if name == "gradsh -c '1'" else "(loads the engine)"
        table.add(name, medians[name], "s", numpy=numpy_time, torch=torch_time, target=target)


def bench_perop(table: Table, quick: bool, torch) -> None:
    gradsh = workloads.gradsh_torch()
    cases = {
        "engine": workloads.scalar(gradsh),
        "language": workloads.scalar_language(),
        "numpy": workloads.scalar_numpy(),
        "engine mul": workloads.scalar_forward(gradsh),
        "numpy mul": workloads.scalar_numpy_forward(),
    }
    if torch is not None:
        cases["torch"] = workloads.scalar(torch)
        cases["torch mul"] = workloads.scalar_forward(torch)
    medians = timing.interleaved(cases, 5 if quick else 15, 0.02 if quick else 0.05)
    table.section("per-op, 0-d float32, autograd recording (in-process, per statement)")
    torch_time = medians.get("torch")
    engine_target = verdict(medians["engine"] / torch_time, TARGETS["perop"]) \
        if torch_time else None
    table.add("y = w*x + b; y.backward()  engine API", medians["engine"], "s",
              numpy=medians["numpy"], torch=torch_time, target=engine_target)
    language_target = verdict(medians["language"] / torch_time, TARGETS["perop"]) \
        if torch_time else None
    table.add("y = w*x + b; y.backward()  language", medians["language"], "s",
              numpy=medians["numpy"], torch=torch_time, target=language_target)
    table.add("w*x forward only  engine API", medians["engine mul"], "s",
              numpy=medians["numpy mul"], torch=medians.get("torch mul"))


def bench_small(table: Table, quick: bool, torch) -> None:
    """The sizes learners use (issue 18): a recorded ``X * w`` on 100 and 10,000
    elements, and one hand-written linear-regression step on 100 points."""
    gradsh = workloads.gradsh_torch()
    table.section("small tensors, float32, autograd recording (in-process)")
    for n in (100, 10_000):
        cases = {"gradsh": workloads.small_mul(gradsh, n), "numpy": workloads.small_mul_numpy(n)}
        if torch is not None:
            cases["torch"] = workloads.small_mul(torch, n)
        medians = timing.interleaved(cases, 5 if quick else 15, 0.02 if quick else 0.05)
        torch_time = medians.get("torch")
        target = verdict(medians["gradsh"] / torch_time, TARGETS["small"]) \
            if torch_time and n == 100 else None
        table.add(f"X * w, X {n}x1, w requires grad (fwd)", medians["gradsh"], "s",
                  numpy=medians["numpy"], torch=torch_time, target=target)
    cases = {"gradsh": workloads.linreg_step(gradsh), "numpy": workloads.linreg_step_numpy()}
    if torch is not None:
        cases["torch"] = workloads.linreg_step(torch)
    medians = timing.interleaved(cases, 5 if quick else 15, 0.02 if quick else 0.05)
    torch_time = medians.get("torch")
    table.add("linear regression step by hand, 100 points", medians["gradsh"], "s",
              numpy=medians["numpy"], torch=torch_time,
              target=verdict(medians["gradsh"] / torch_time, TARGETS["step"])
              if torch_time else None)


def bench_language(table: Table, quick: bool, torch) -> None:
    """The seed's script as whole processes (bench/scripts.py): gradsh -f beside python."""
    count = 3000 if quick else scripts.COUNT
    medians = scripts.measure(3 if quick else 7, count, with_torch=torch is not None)
    table.section(f"scripts, {count} statements of y = w*x + b, whole processes "
                  "(torch = python + PyTorch)")
    base = medians[("header only", "gradsh")]
    for form in ("header only", "straight", "distinct", "loop"):
        gradsh_time = medians[(form, "gradsh")]
        torch_time = medians.get((form, "torch"))
        target = None
        if form in ("straight", "loop") and torch_time:
            target = f"faster than torch: {'met' if gradsh_time < torch_time else 'MISSED'}"
        table.add(f"{form} (gradsh -f, python script.py)", gradsh_time, "s", torch=torch_time,
                  target=target)
    for form in ("straight", "distinct"):
        per = (medians[(form, "gradsh")] - base) / count
        limit = TARGETS["statement"]
        target = f"<= 30 us: {'met' if per <= limit else 'MISSED'}" if form == "straight" \
            else "(every statement parsed)"
        table.add(f"per statement, {form} (minus header)", per, "s", target=target)


def bench_large(table: Table, quick: bool, torch) -> None:
    gradsh = workloads.gradsh_torch()
    sizes = (10**6,) if quick else (10**6, 10**7)
    table.section("large tensors, CPU float32 (in-process; numpy = same arithmetic by hand)")
    rows = []
    for n in sizes:
        for backward in (False, True):
            rows.append((f"chain {n:.0e} {'fwd+bwd' if backward else 'fwd'}",
                         workloads.chain(gradsh, n, backward), workloads.chain_numpy(n, backward),
                         torch and workloads.chain(torch, n, backward)))
        rows.append((f"mean {n:.0e} fwd+bwd", workloads.reduce(gradsh, n, True),
                     workloads.reduce_numpy(n, True),
                     torch and workloads.reduce(torch, n, True)))
    size = 1024 if quick else 2048
    for backward in (False, True):
        rows.append((f"matmul {size}x{size} {'fwd+bwd' if backward else 'fwd'}",
                     workloads.matmul(gradsh, size, backward),
                     workloads.matmul_numpy(size, backward),
                     torch and workloads.matmul(torch, size, backward)))
    for name, gradsh_case, numpy_case, torch_case in rows:
        cases = {"gradsh": gradsh_case, "numpy": numpy_case}
        if torch_case:
            cases["torch"] = torch_case
        medians = timing.interleaved(cases, 3 if quick else 7, 0.05 if quick else 0.2)
        table.add(name, medians["gradsh"], "s", numpy=medians["numpy"], torch=medians.get("torch"),
                  target=verdict(medians["gradsh"] / medians["numpy"], TARGETS["large"]))


def bench_memory(table: Table, quick: bool, torch) -> None:
    n = 10**6 if quick else 10**7
    frameworks = ["gradsh"] + (["torch"] if torch is not None else [])
    results = {}
    for framework in frameworks:
        done = subprocess.run([sys.executable, str(HERE / "memory.py"), framework, str(n)],
                              capture_output=True, text=True, check=True,
                              env={**os.environ, "MALLOC_MMAP_THRESHOLD_": "131072"})
        results[framework] = json.loads(done.stdout.strip().splitlines()[-1])
    table.section(f"memory: 20-op chain on {n:.0e} float32 + backward (peak above start, MiB)")
    gradsh = results["gradsh"]
    torch_peak = results["torch"]["rss_peak_mib"] if "torch" in results else None
    target = verdict(gradsh["rss_peak_mib"] / torch_peak, TARGETS["memory"]) if torch_peak else None
    table.add("peak RSS rise (VmHWM)", gradsh["rss_peak_mib"], "MiB", torch=torch_peak,
              target=target)
    table.add("tracemalloc peak (gradsh only)", gradsh["tracemalloc_peak_mib"], "MiB")


def bench_random(table: Table, quick: bool, torch) -> None:
    """Seeded draws of 10^6 values: PyTorch's numbers in gradsh, beside PyTorch itself
    (issue 13: rand, randn, randint within 3x; randperm(10^6) within 1 s)."""
    gradsh = workloads.gradsh_torch()
    n = 10**5 if quick else 10**6
    table.section(f"random, {n:.0e} values after manual_seed (numpy = its own generator)")
    for kind in RANDOM_KINDS:
        cases = {"gradsh": workloads.random_draw(gradsh, kind, n),
                 "numpy": workloads.random_numpy(kind, n)}
        if torch is not None:
            cases["torch"] = workloads.random_draw(torch, kind, n)
        medians = timing.interleaved(cases, 3 if quick else 7, 0.05 if quick else 0.3)
        torch_time = medians.get("torch")
        target = None
        if kind == "randperm":
            target = f"<= 1 s: {'met' if medians['gradsh'] <= 1.0 else 'MISSED'}"
        elif kind in ("rand", "randn", "randint") and torch_time:
            target = verdict(medians["gradsh"] / torch_time, TARGETS["random"])
        table.add(f"{kind}({n:.0e})", medians["gradsh"], "s", numpy=medians["numpy"],
                  torch=torch_time, target=target)


def bench_nn(table: Table, quick: bool, torch) -> None:
    """A small CNN training step (Conv2d 1->4 on 8x1x28x28, relu, flatten, Linear to 10,
    cross_entropy, backward), beside PyTorch: within 3x."""
    gradsh = workloads.gradsh_torch()
    table.section("nn, one CNN step: Conv2d(1, 4, 3) on 8x1x28x28 -> Linear -> cross_entropy")
    cases = {"gradsh": workloads.cnn_step(gradsh)}
    if torch is not None:
        cases["torch"] = workloads.cnn_step(torch)
    medians = timing.interleaved(cases, 3 if quick else 7, 0.05 if quick else 0.3)
    torch_time = medians.get("torch")
    target = verdict(medians["gradsh"] / torch_time, TARGETS["nn"]) if torch_time else None
    table.add("cnn step (forward + backward)", medians["gradsh"], "s", torch=torch_time,
              target=target)
    cases = {"gradsh": workloads.mlp_step(gradsh)}
    if torch is not None:
        cases["torch"] = workloads.mlp_step(torch)
    medians = timing.interleaved(cases, 3 if quick else 7, 0.05 if quick else 0.3)
    torch_time = medians.get("torch")
    table.add("mlp 2-16-16-1, batch 64 (forward + backward)", medians["gradsh"], "s",
              torch=torch_time, target=verdict(medians["gradsh"] / torch_time,
                                               TARGETS["step"]) if torch_time else None)
    for name in ("SGD", "Adam"):
        cases = {"gradsh": workloads.optim_step(gradsh, name)}
        if torch is not None:
            cases["torch"] = workloads.optim_step(torch, name)
        medians = timing.interleaved(cases, 3 if quick else 7, 0.05 if quick else 0.3)
        torch_time = medians.get("torch")
        table.add(f"mlp step with optim.{name} (zero_grad, forward, backward, step)",
                  medians["gradsh"], "s", torch=torch_time)


def bench_numerics(table: Table, quick: bool) -> None:
    """Issue 21 point 4: exact kernels vs :set numerics fast vs raw NumPy at 10^6."""
    table.section("numerics exact | fast at 10^6 elements (numpy = the call fast mode makes)")
    for label, cases in numerics_modes.cases(workloads.gradsh_torch()).items():
        medians = timing.interleaved(cases, 3 if quick else 5, 0.05 if quick else 0.2)
        for mode in ("exact", "fast"):
            table.add(f"{label} {mode}", medians[mode], "s", numpy=medians["numpy"],
                      target=verdict(medians[mode] / medians["numpy"], TARGETS["numerics"]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs, smaller sizes")
    parser.add_argument("--only", default="startup,perop,small,language,large,memory,random,nn",
                        help="comma-separated sections (default: all)")
    args = parser.parse_args()
    sections = set(args.only.split(","))
    torch = workloads.torch_module()
    import numpy

    print(f"gradsh bench: Python {platform.python_version()}, NumPy {numpy.__version__}, "
          f"PyTorch {torch.__version__ if torch else 'not importable'}; "
          f"{platform.machine()}, {len(os.sched_getaffinity(0))} CPUs"
          f"{'; --quick' if args.quick else ''}")
    table = Table()
    if "startup" in sections:
        bench_startup(table, args.quick)
    if "perop" in sections:
        bench_perop(table, args.quick, torch)
    if "small" in sections:
        bench_small(table, args.quick, torch)
    if "language" in sections:
        bench_language(table, args.quick, torch)
    if "large" in sections:
        bench_large(table, args.quick, torch)
    if "memory" in sections:
        bench_memory(table, args.quick, torch)
    if "random" in sections:
        bench_random(table, args.quick, torch)
    if "nn" in sections:
        bench_nn(table, args.quick, torch)
    if "numerics" in sections:  # not in the default set: --only numerics
        bench_numerics(table, args.quick)
    table.print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
