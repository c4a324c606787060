"""How many elementwise kernels gradsh's GPU path launches, fused and unfused
(issue 24), in the CPU simulation of that path (engine/fusion/simulate.py):

    PYTHONPATH=. python dev/fusion_counts.py

Counts the fused programs (``runners.STATS["launches"]``); unfused, every
elementwise op is one program, as every CuPy call is one kernel. Reductions
and copies that are not elementwise ops are not counted in either column.
"""
from __future__ import annotations

from gradsh.engine.fusion import runners, state
from gradsh.engine.fusion.simulate import simulate_on_cpu
from gradsh.engine.namespace import MODULES

torch = MODULES["torch"]


def chain(t):
    x = t.randn(1000, requires_grad=True)
    y = ((x.exp() * 0.5 + x.sin()).tanh()) ** 2
    y.sum().backward()


def relu_sig(t):
    x = t.randn(1000, requires_grad=True)
    y = t.relu(x * 2 - 1).sigmoid()
    y.sum().backward()


def affine(t):
    x, w, b = t.rand(1000), t.rand(1000, requires_grad=True), t.rand(1000, requires_grad=True)
    (w * x + b).sum().backward()


def main() -> None:
    for case in (chain, relu_sig, affine):
        fused, unfused = (count(case, fuse) for fuse in (True, False))
        print(f"{case.__name__:<10} fused {fused:3d}   unfused {unfused:3d}")


def count(case, fuse: bool) -> int:
    torch.manual_seed(0)
    runners.STATS["launches"] = 0
    with simulate_on_cpu(fuse):
        case(torch)
        state.flush_all()
    return runners.STATS["launches"]


if __name__ == "__main__":
    main()
