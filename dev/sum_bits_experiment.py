"""Compare gradsh's cascade_sum with real PyTorch, bit for bit (dev tool).

    /work/torchvenv/bin/python dev/sum_bits_experiment.py [--threads N]
"""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from gradsh.engine.ops.cascade_sum import cascade_sum, set_threads, torch_mean  # noqa: E402

SIZES = list(range(1, 101)) + [127, 128, 129, 1000, 2000, 4096, 32767, 32768, 32769,
                                 10**5, 10**6]


def same(t: torch.Tensor, a: np.ndarray) -> bool:
    want = t.detach().numpy()
    got = np.array(a, order="C")
    kind = f"u{want.itemsize}"
    return want.shape == got.shape and want.dtype == got.dtype and \
        np.array_equal(want.view(kind), got.view(kind))


def run(label, cases):
    ok = total = 0
    bad = []
    for name, t, dims, keep in cases:
        got = cascade_sum(t.numpy(), dims, keep)
        want = t.sum(dim=dims, keepdim=keep) if dims is not None else t.sum(dim=None, keepdim=keep)
        total += 1
        if same(want, got):
            ok += 1
        else:
            bad.append(name)
    print(f"{label}: {ok}/{total}" + (f"  first misses: {bad[:6]}" if bad else ""))


def main():
    threads = torch.get_num_threads()
    if "--threads" in sys.argv:
        threads = int(sys.argv[sys.argv.index("--threads") + 1])
        torch.set_num_threads(threads)
    set_threads(threads)
    print("torch", torch.__version__, "threads", torch.get_num_threads(),
          torch.backends.cpu.get_cpu_capability())
    torch.manual_seed(0)
    for dtype in (torch.float32, torch.float64, torch.float16):
        def r(*shape):
            return (torch.randn(*shape, dtype=torch.float32) * 3 + 0.5).to(dtype)
        full = [(f"full{n}", r(n), None, False) for n in SIZES]
        run(f"{dtype} full 1-D", full)
        pairs = [(3, 7), (40, 50), (300, 200), (1000, 1000), (7, 4097)]
        run(f"{dtype} full 2-D", [(f"{m}x{n}", r(m, n), None, False) for m, n in pairs])
        shapes = [(m, n) for m in (1, 2, 3, 5, 16, 17, 64, 100, 129)
                  for n in (1, 3, 8, 16, 33, 64, 65, 200)]
        shapes += [(1000, 1000), (2000, 300), (300, 2000), (40000, 3), (3, 40000), (100, 1000)]
        run(f"{dtype} dim0 2-D", [(f"{s}", r(*s), (0,), False) for s in shapes])
        run(f"{dtype} dim1 2-D", [(f"{s}", r(*s), (1,), False) for s in shapes])
        run(f"{dtype} dim0 2-D .t()", [(f"{s}", r(*s).t(), (0,), False) for s in shapes])
        run(f"{dtype} dim1 2-D .t()", [(f"{s}", r(*s).t(), (1,), False) for s in shapes])
        run(f"{dtype} full .t()", [(f"{s}", r(*s).t(), None, False) for s in shapes])
        shapes3 = [(2, 3, 4), (5, 17, 33), (64, 3, 100), (10, 200, 30), (100, 40, 50), (7, 129, 65)]
        for dims in [(0,), (1,), (2,), (0, 1), (0, 2), (1, 2), None]:
            run(f"{dtype} 3-D dims {dims}", [(f"{s}", r(*s), dims, True) for s in shapes3])
            run(f"{dtype} 3-D permuted dims {dims}",
                [(f"{s}", r(*s).permute(2, 0, 1), dims, False) for s in shapes3])
        run(f"{dtype} strided slices", [
            ("x[:, ::2]", r(100, 300)[:, ::2], (0,), False),
            ("x[:, ::2] d1", r(100, 300)[:, ::2], (1,), False),
            ("x[:, :50] full", r(100, 300)[:, :50], None, False),
            ("x[::3] full", r(100000)[::3], None, False),
            ("x[:, 1:] full big", r(400, 301)[:, 1:], None, False),
            ("x[:, :, 1] full", r(200, 300, 2)[:, :, 1], None, False),
            ("x[..., ::2] 3d full", r(50, 60, 40)[..., ::2], None, False),
            ("expand", r(1, 50).expand(700, 50), (0,), False),
            ("expand full", r(1, 50).expand(700, 50), None, False),
        ])
        means = [r(n) for n in (5, 100, 2000, 10**5)]
        ok = sum(same(t.mean(), torch_mean(np, t.numpy())) for t in means)
        print(f"{dtype} mean = sum / n: {ok}/{len(means)}")


if __name__ == "__main__":
    main()
