"""Peak memory of forward + backward of a 20-op chain on 10^7 float32 elements.

Run as ``python bench/memory.py gradsh|torch [n]``: prints a JSON line.
Each framework runs in its own process, started by ``bench/run.py`` with
``MALLOC_MMAP_THRESHOLD_=131072`` so that glibc serves every large block
with mmap and unmaps it when freed (with its default, dynamic threshold a
freed block raises the threshold and later blocks come from a heap that is
not given back, so RSS would measure the allocator's history, not the live
data). After a warm-up on a small input and the making of the input, the
kernel's peak-RSS mark is reset
(``/proc/self/clear_refs`` ← 5) and the resident size noted; the reported
peak is the rise of ``VmHWM`` above that level during a second repetition.
The same method serves gradsh and PyTorch, whose CPU allocator is invisible
to tracemalloc. For gradsh (NumPy allocations are reported to tracemalloc)
the tracemalloc peak of the same repetition is reported as well.
"""
from __future__ import annotations

import json
import sys
import tracemalloc

# The chain: 20 ops, mixing ops that save their input (sin, mul by a tensor),
# their output (exp, tanh, sigmoid) and nothing (add).
PATTERN = ("sin", "tanh", "mul", "sigmoid", "add")


def chain(x, scale, ops):
    y = x
    for i in range(20):
        kind = PATTERN[i % len(PATTERN)]
        if kind == "mul":
            y = y * scale
        elif kind == "add":
            y = y + 0.5
        else:
            y = getattr(ops, kind)(y)
    return y


def kib_status(field: str) -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise RuntimeError(f"no {field} in /proc/self/status")


def reset_peak() -> int:
    with open("/proc/self/clear_refs", "w") as clear:
        clear.write("5")
    return kib_status("VmRSS")


def workload(framework: str, n: int):
    import numpy as np

    data = np.random.default_rng(0).standard_normal(n).astype(np.float32)
    if framework == "torch":
        import torch

        x = torch.tensor(data, requires_grad=True)
        scale = torch.tensor(np.float32(0.9))

        def step():
            x.grad = None
            chain(x, scale, torch).sum().backward()
        return step
    if framework == "gradsh":
        import gradsh.engine  # noqa: F401
        from gradsh.engine.ops.creation import tensor

        x = tensor(data, requires_grad=True)
        scale = tensor(np.float32(0.9))

        class Ops:  # torch.sin(y) and friends, as methods
            sin = staticmethod(lambda y: y.sin())
            tanh = staticmethod(lambda y: y.tanh())
            sigmoid = staticmethod(lambda y: y.sigmoid())

        def step():
            x.grad = None
            chain(x, scale, Ops).sum().backward()
        return step
    raise SystemExit(f"unknown framework {framework!r}")


def main() -> int:
    framework = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 10**7
    workload(framework, 1000)()  # warm-up on a small input: lazy imports, caches
    step = workload(framework, n)
    result = {"framework": framework, "n": n, "input_mib": n * 4 / 2**20}
    tracing = framework == "gradsh"
    if tracing:
        tracemalloc.start()
    before = reset_peak()
    step()
    result["rss_peak_mib"] = (kib_status("VmHWM") - before) / 1024
    if tracing:
        result["tracemalloc_peak_mib"] = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
