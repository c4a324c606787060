"""GPU benchmarks: gradsh on CUDA beside raw CuPy (and PyTorch where importable).

    python bench/gpu.py [--sizes 1e6,1e8] [--reps 20] [--json FILE]
    python bench/gpu.py --latency-child        (one process of the latency probe)

Cases, float32, all in one process, each timed as the median of ``--reps``
runs after warm-ups, with the device synchronized around each run:

* ``w*x + b`` forward and backward (w, b require grad; the sum's gradient);
* ``tanh(exp(x)*0.5 + sin(x))**2`` forward;
* a 4096 x 4096 matmul.

Raw CuPy runs the same eager array calls gradsh's unfused path makes (the
backward by hand); "unfused" is gradsh with ``:set fusion off``; the default
fuses each elementwise region and its backward into single kernels
(engine/fusion), so ``torch/gradsh`` above 1 means faster than PyTorch eager.
Then the first-use latency: a fresh process with an empty kernel cache (CuPy
compiles every new kernel), and a second fresh process reusing that cache
folder, as a second gradsh session does with ``~/.cache/gradsh/cupy``.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def timed(fn, sync, reps: int, warmup: int = 3) -> float:
    """Median seconds of fn() with the device synchronized before and after."""
    for _ in range(warmup):
        fn()
    sync()
    times = []
    for _ in range(reps):
        start = time.perf_counter()
        fn()
        sync()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


# ------------------------------------------------------------------ cases
def framework_cases(torch, n: int):
    """The cases on a torch-like namespace: gradsh's ``torch`` or PyTorch, same code."""
    x = torch.rand(n, device="cuda")
    w = torch.rand(n, device="cuda", requires_grad=True)
    b = torch.rand(n, device="cuda", requires_grad=True)

    def affine():
        w.grad = None
        b.grad = None
        (w * x + b).sum().backward()

    def chain():
        return ((x.exp() * 0.5 + x.sin()).tanh()) ** 2

    return {"w*x+b fwd+bwd": affine, "(w*x+b).sum() fwd": lambda: (w * x + b).sum(),
            "tanh(exp(x)*.5+sin(x))**2": chain}


def gradsh_cases(n: int, fusion: bool = True):
    """gradsh's cases; each ends by computing what is still deferred (engine/fusion),
    as a statement's end does. ``fusion=False``: the same with ``:set fusion off``."""
    from gradsh.engine import backend
    from gradsh.engine.namespace import MODULES

    def run(case):
        def timed_case():
            backend.FUSION[0] = fusion
            try:
                case()
                backend.flush_all_deferred()
            finally:
                backend.FUSION[0] = True
        return timed_case

    return {name: run(case) for name, case in framework_cases(MODULES["torch"], n).items()}


def gradsh_unfused_cases(n: int):
    return gradsh_cases(n, fusion=False)


def cupy_cases(n: int):
    import cupy as cp

    x = cp.random.rand(n, dtype=cp.float32)
    w = cp.random.rand(n, dtype=cp.float32)
    b = cp.random.rand(n, dtype=cp.float32)

    def affine():
        y = w * x + b
        y.sum()
        g = cp.broadcast_to(cp.ones((), cp.float32), y.shape)  # SumBackward0
        return g * x, g  # MulBackward0's grad for w, AddBackward0's for b

    def chain():
        return cp.tanh(cp.exp(x) * cp.float32(0.5) + cp.sin(x)) ** 2

    return {"w*x+b fwd+bwd": affine, "(w*x+b).sum() fwd": lambda: (w * x + b).sum(),
            "tanh(exp(x)*.5+sin(x))**2": chain}


def torch_cases(n: int):
    import torch

    return framework_cases(torch, n)


def matmul_cases(size: int = 4096):
    import cupy as cp

    from gradsh.engine.namespace import MODULES

    gt = MODULES["torch"]
    a, b = gt.rand(size, size, device="cuda"), gt.rand(size, size, device="cuda")
    ca, cb = cp.random.rand(size, size, dtype=cp.float32), cp.random.rand(size, size,
                                                                           dtype=cp.float32)
    cases = {"gradsh": lambda: a.matmul(b), "cupy": lambda: ca @ cb}
    try:
        import torch

        ta, tb = torch.rand(size, size, device="cuda"), torch.rand(size, size, device="cuda")
        cases["torch"] = lambda: ta @ tb
    except ImportError:
        pass
    return cases


def have_torch() -> bool:
    try:
        import torch

        return bool(torch.cuda.is_available())
    except ImportError:
        return False


def run_benchmarks(sizes: list[int], reps: int) -> list[dict]:
    import cupy as cp

    sync = cp.cuda.Device().synchronize
    rows = []
    frameworks = {"gradsh": gradsh_cases, "unfused": gradsh_unfused_cases, "cupy": cupy_cases}
    if have_torch():
        import torch

        frameworks["torch"] = torch_cases
        sync_all = lambda: (cp.cuda.Device().synchronize(), torch.cuda.synchronize())  # noqa: E731
    else:
        sync_all = sync
    for n in sizes:
        made = {name: make(n) for name, make in frameworks.items()}
        for case in made["gradsh"]:
            row = {"case": case, "n": n}
            for name, cases in made.items():
                row[name] = timed(cases[case], sync_all, reps)
            rows.append(row)
            print_row(row)
        del made
        cp.get_default_memory_pool().free_all_blocks()
    matmul = matmul_cases()
    row = {"case": "matmul 4096x4096", "n": 4096 * 4096}
    for name, fn in matmul.items():
        row[name] = timed(fn, sync_all, reps)
    row["unfused"] = row["gradsh"]
    rows.append(row)
    print_row(row)
    return rows


def print_row(row: dict) -> None:
    ratio = row["gradsh"] / row["cupy"]
    torch_text = f"{row['torch'] * 1e3:10.3f}" if "torch" in row else f"{'-':>10}"
    versus = f"{row['torch'] / row['gradsh']:8.2f}x" if "torch" in row else f"{'-':>9}"
    print(f"{row['case']:<28} {row['n']:>11.0e} {row['gradsh'] * 1e3:10.3f} "
          f"{row['unfused'] * 1e3:10.3f} {row['cupy'] * 1e3:10.3f} {torch_text} {ratio:8.2f}x "
          f"{versus}", flush=True)


# ---------------------------------------------------------- first use
def latency_child() -> dict:
    """In a fresh process: CuPy's start, a new expression's first run (its kernels
    compiled, or loaded from the disk cache) and its second run."""
    from gradsh.engine.namespace import MODULES

    torch = MODULES["torch"]
    start = time.perf_counter()
    x = torch.ones(1000, device="cuda")  # CuPy's import and the device's context
    torch.cuda.synchronize()
    init = time.perf_counter() - start
    times = []
    for _ in range(3):
        start = time.perf_counter()
        y = ((x.exp() * 0.5 + x.sin()).tanh()) ** 2
        y.sum().item()
        times.append(time.perf_counter() - start)
    return {"init_s": init, "first_s": times[0], "second_s": times[1], "third_s": times[2],
            "cache_dir": os.environ.get("CUPY_CACHE_DIR")}


def latency() -> dict:
    with tempfile.TemporaryDirectory() as cache_home:
        env = dict(os.environ, XDG_CACHE_HOME=cache_home)
        env.pop("CUPY_CACHE_DIR", None)  # gradsh picks $XDG_CACHE_HOME/gradsh/cupy
        results = {}
        for label in ("empty cache", "cache from the first process"):
            done = subprocess.run([sys.executable, __file__, "--latency-child"], env=env,
                                  capture_output=True, text=True, timeout=300)
            if done.returncode:
                raise RuntimeError(done.stderr)
            results[label] = json.loads(done.stdout.strip().splitlines()[-1])
        cached = Path(cache_home, "gradsh", "cupy")
        results["cache files"] = sum(1 for _ in cached.rglob("*")) if cached.exists() else 0
    for label in ("empty cache", "cache from the first process"):
        r = results[label]
        print(f"{label:<30} start {r['init_s'] * 1e3:8.1f} ms"
              f"   first run {r['first_s'] * 1e3:8.1f} ms"
              f"   second run {r['second_s'] * 1e3:6.2f} ms"
              f"   third {r['third_s'] * 1e3:6.2f} ms")
    print(f"kernel cache: {results['cache files']} files under $XDG_CACHE_HOME/gradsh/cupy")
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1e6,1e7,1e8")
    parser.add_argument("--reps", type=int, default=20)
    parser.add_argument("--json", help="write the results here")
    parser.add_argument("--latency-child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.latency_child:
        print(json.dumps(latency_child()))
        return 0
    import cupy as cp

    props = cp.cuda.runtime.getDeviceProperties(0)
    name = props["name"].decode() if isinstance(props["name"], bytes) else props["name"]
    print(f"card: {name}; CuPy {cp.__version__}; PyTorch CUDA: {have_torch()}")
    print("first-use latency of tanh(exp(x)*0.5 + sin(x))**2 in a fresh process:")
    lat = latency()
    print(f"\n{'case (float32)':<28} {'elements':>11} {'gradsh ms':>10} {'unfused ms':>10} "
          f"{'cupy ms':>10} {'torch ms':>10} {'gradsh/cupy':>9} {'torch/gradsh':>9}")
    rows = run_benchmarks([int(float(s)) for s in args.sizes.split(",")], args.reps)
    if args.json:
        Path(args.json).write_text(json.dumps({"card": name, "latency": lat, "rows": rows},
                                              indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
