"""How often gradsh's matrix products equal PyTorch's bit for bit (issue 21 point 3).

For the small sizes learners use (m, n, k <= 16), the tutorials' shapes,
linear layers, bmm and addmm, float32 and float64, prints the fraction of
result elements whose bits equal PyTorch's for gradsh as it is, and for the
natural summation orders one could pick instead:

* ``plain``: ``acc = +0 (or the bias); acc = acc + round(a_k * b_k)`` along k;
* ``fused``: ``acc = fma(a_k, b_k, acc)`` along k from +0, the bias added last;
* ``fused8``: 8 lanes (lane ``k % 8`` takes ``fma`` steps), then the lanes
  added as ``((l0+l4)+(l2+l6))+((l1+l5)+(l3+l7))``, the bias last;
* ``numpy``: ``np.matmul`` then ``+ bias`` (OpenBLAS's order).

    PYTHONPATH=/work/main /work/torchvenv/bin/python dev/matmul_orders.py [--quick]
    ... dev/matmul_orders.py --classes addmm --dtype float64 [--all]

``--classes KIND`` (NN, NT, TN, addmm) breaks the small grid down by shape
class instead: the order gradsh picks (``gemm_order.choose``), M, N and K
buckets, the fraction equal for gradsh and for each order, two more
included (``plain_last``: plain from +0, the bias last; ``fused_first``:
fma from the bias), and the best of them; classes gradsh already matches
fully are left out unless ``--all``.

Inputs: ``torch.manual_seed`` + ``randn`` (gradsh gets the same arrays).
Reference PyTorch at its default 2 threads (MKL sgemm/dgemm).
"""
from __future__ import annotations

import argparse
import itertools
import os
import sys
from pathlib import Path

import numpy as np
import torch

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
if (ROOT / ".venv" / "lib" / "libmkl_rt.so.2").exists():
    os.environ.setdefault("GRADSH_MKL_RT", str(ROOT / ".venv" / "lib" / "libmkl_rt.so.2"))

from gradsh.engine.namespace import MODULES  # noqa: E402
from gradsh.engine.random.exact import fma32, fma64  # noqa: E402

G = MODULES["torch"]
ORDERS = ("gradsh", "plain", "fused", "fused8", "numpy")


def _fma(a, b, c):
    return (fma32 if c.dtype == np.float32 else fma64)(a, b, c).astype(c.dtype)


def plain(a, b, bias):
    acc = np.zeros((a.shape[0], b.shape[1]), a.dtype) if bias is None else \
        np.array(np.broadcast_to(bias, (a.shape[0], b.shape[1])), dtype=a.dtype)
    for k in range(a.shape[1]):
        acc = acc + a[:, k:k + 1] * b[k:k + 1, :]
    return acc


def fused(a, b, bias, lanes: int = 1):
    m, n = a.shape[0], b.shape[1]
    acc = [np.zeros((m, n), a.dtype) for _ in range(lanes)]
    for k in range(a.shape[1]):
        products = (np.broadcast_to(a[:, k:k + 1], (m, n)), np.broadcast_to(b[k:k + 1, :], (m, n)))
        acc[k % lanes] = _fma(*products, acc[k % lanes])
    if lanes == 8:
        total = ((acc[0] + acc[4]) + (acc[2] + acc[6])) + ((acc[1] + acc[5]) + (acc[3] + acc[7]))
    else:
        total = acc[0]
    return total if bias is None else total + bias


def numpy_order(a, b, bias):
    out = np.matmul(a, b)
    return out if bias is None else out + bias


def plain_last(a, b, bias):
    out = plain(a, b, None)
    return out if bias is None else out + bias


def fused_first(a, b, bias):
    m, n = a.shape[0], b.shape[1]
    acc = np.zeros((m, n), a.dtype) if bias is None else \
        np.array(np.broadcast_to(bias, (m, n)), dtype=a.dtype)
    for k in range(a.shape[1]):
        acc = _fma(np.broadcast_to(a[:, k:k + 1], (m, n)), np.broadcast_to(b[k:k + 1, :], (m, n)),
                   acc)
    return acc


CANDIDATES = {"plain": plain, "fused": fused, "fused8": lambda a, b, c: fused(a, b, c, 8),
              "numpy": numpy_order}
CLASS_CANDIDATES = {**CANDIDATES, "plain_last": plain_last, "fused_first": fused_first}


def _bits(x: np.ndarray) -> np.ndarray:
    x = np.ascontiguousarray(x)
    return x.reshape(-1).view(f"u{x.itemsize}")


def _equal(want: np.ndarray, got: np.ndarray) -> int:
    if want.shape != got.shape or want.dtype != got.dtype:
        return 0
    return int(np.count_nonzero(_bits(want) == _bits(got)))


def case(kind: str, m: int, n: int, k: int, dtype, seed: int, batch: int = 1,
         candidates=CANDIDATES):
    """(torch result, gradsh result, {order: NumPy result}) for one product
    (``candidates``: order -> function; bmm takes CANDIDATES)."""
    torch.manual_seed(seed)
    td = getattr(torch, dtype)
    if kind == "bmm":
        a, b = torch.randn(batch, m, k, dtype=td), torch.randn(batch, k, n, dtype=td)
        want = torch.bmm(a, b).numpy()
        got = G.bmm(G.tensor(a.numpy()), G.tensor(b.numpy())).numpy()
        orders = {name: np.stack([f(x, y, None) for x, y in zip(a.numpy(), b.numpy())])
                  for name, f in CANDIDATES.items()}
        return want, got, orders
    if kind == "NT":  # x @ w.t(), nn.Linear's forward (w is (out, in))
        a, w = torch.randn(m, k, dtype=td), torch.randn(n, k, dtype=td)
        b, gb = w.t(), G.tensor(w.numpy()).t()
    elif kind == "TN":  # g.t() @ x, nn.Linear's weight gradient
        at = torch.randn(k, m, dtype=td)
        a = at.t()
        b = torch.randn(k, n, dtype=td)
        gb = G.tensor(b.numpy())
    else:  # NN and addmm
        a, b = torch.randn(m, k, dtype=td), torch.randn(k, n, dtype=td)
        gb = G.tensor(b.numpy())
    ga = G.tensor(at.numpy()).t() if kind == "TN" else G.tensor(a.numpy())
    if kind == "addmm":
        bias = torch.randn(n, dtype=td)
        want = torch.addmm(bias, a, b).numpy()
        got = G.addmm(G.tensor(bias.numpy()), ga, gb).numpy()
        c = bias.numpy()
    else:
        want, got, c = (a @ b).numpy(), (ga @ gb).numpy(), None
    an, bn = a.numpy(), b.numpy()
    return want, got, {name: f(an, bn, c) for name, f in candidates.items()}


def shape_class(kind: str, m: int, n: int, k: int, dtype) -> tuple[str, str, str, str]:
    """(gradsh's order/bias or "numpy", M, N, K buckets) of a 2-D product."""
    from gradsh.engine.ops import gemm_order  # noqa: PLC0415

    trans_a, trans_b = kind == "TN" and m != 1, kind == "NT" and n != 1
    found = gemm_order.choose(m, n, k, trans_a, trans_b, np.dtype(dtype))
    if m * n * k > gemm_order.MAX_WORK:
        found = None
    choice = "numpy" if found is None else "/".join(found)
    size_m = "M=1" if m == 1 else "M<4" if m < 4 else "M>=4"
    size_n = "N=1" if n == 1 else "N>=12" if n >= 12 else "N<12 even" if n % 2 == 0 else \
        "N<12 odd"
    size_k = "K=1" if k == 1 else "K<=3" if k <= 3 else "K<=7" if k <= 7 else "K>=8"
    return choice, size_m, size_n, size_k


def classes(kind: str, dtype: str, quick: bool, every: bool) -> None:
    """Per shape class: the fraction equal for gradsh and each order, and the best."""
    names = ("gradsh", *CLASS_CANDIDATES)
    tally: dict[tuple, dict[str, int]] = {}
    for seed, (m, n, k) in enumerate(small_shapes(quick), start=1):
        want, got, orders = case(kind, m, n, k, dtype, seed, candidates=CLASS_CANDIDATES)
        row = tally.setdefault(shape_class(kind, m, n, k, dtype), dict.fromkeys(
            ("shapes", "total", *names), 0))
        row["shapes"] += 1
        row["total"] += want.size
        row["gradsh"] += _equal(want, got)
        for name, result in orders.items():
            row[name] += _equal(want, result.astype(want.dtype))
    print(f"{kind} {dtype}, PyTorch {torch.__version__}: fraction of bit-equal elements per class")
    print("| gradsh's order | M | N | K | shapes | " + " | ".join(names) + " | best |")
    print("|" + "---|" * (len(names) + 6))
    for key in sorted(tally):
        row = tally[key]
        if row["gradsh"] == row["total"] and not every:
            continue
        best = max(names, key=lambda name: row[name])
        cells = " | ".join(f"{row[name] / row['total']:.3f}" for name in names)
        print(f"| {' | '.join(key)} | {row['shapes']} | {cells} | {best} |", flush=True)


def small_shapes(quick: bool):
    sizes = (1, 2, 3, 4, 5, 8, 13, 16) if quick else (1, 2, 3, 4, 5, 7, 8, 9, 12, 13, 16)
    return list(itertools.product(sizes, sizes, sizes))


TUTORIAL = [  # (label, kind, m, n, k, batch)
    ("(2000,3)@(3,1) polynomial fit", "NN", 2000, 1, 3, 1),
    ("(3,2000)@(2000,1) its gradient", "TN", 3, 1, 2000, 1),
    ("Linear(3,1) on (2000,3)", "NT", 2000, 1, 3, 1),
    ("Linear(1000,100) on (64,1000)", "NT", 64, 100, 1000, 1),
    ("Linear(100,10) on (64,100)", "NT", 64, 10, 100, 1),
    ("Linear(784,10) on (64,784)", "NT", 64, 10, 784, 1),
    ("Linear(16,16) on (64,16)", "NT", 64, 16, 16, 1),
    ("Linear(2,8) on (500,2)", "NT", 500, 8, 2, 1),
    ("(500,16)@(16,8)", "NN", 500, 8, 16, 1),
    ("(2000,3)@(3,2)", "NN", 2000, 2, 3, 1),
    ("(16,500)@(500,1) a gradient", "TN", 16, 1, 500, 1),
    ("addmm (64,16)@(16,16) + bias", "addmm", 64, 16, 16, 1),
    ("bmm (4,8,8)@(4,8,8)", "bmm", 8, 8, 8, 4),
    ("bmm (10,3,4)@(10,4,5)", "bmm", 3, 5, 4, 10),
    ("bmm (2,16,16)@(2,16,16)", "bmm", 16, 16, 16, 2),
    ("bmm (8,20,4)@(8,4,20)", "bmm", 20, 20, 4, 8),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer small sizes")
    parser.add_argument("--classes", choices=("NN", "NT", "TN", "addmm"),
                        help="break the small grid of one product down by shape class")
    parser.add_argument("--dtype", choices=("float32", "float64"), default="float64")
    parser.add_argument("--all", action="store_true", help="with --classes: every class")
    args = parser.parse_args()
    if args.classes:
        classes(args.classes, args.dtype, args.quick, args.all)
        return
    print(f"PyTorch {torch.__version__}, {torch.get_num_threads()} threads; "
          "fraction of bit-equal elements")
    header = ("| products | dtype | " + " | ".join(ORDERS)
              + " | shapes where an order beats gradsh |")
    print(header)
    print("|" + "---|" * (header.count("|") - 1))
    seed = 0
    groups = [(f"{kind} m,n,k <= 16", [(kind, m, n, k, 1) for m, n, k in small_shapes(args.quick)])
              for kind in ("NN", "NT", "TN", "addmm")]
    groups.append(("bmm (3, m, k) @ (3, k, n), m,n,k <= 16",
                   [("bmm", m, n, k, 3) for m, n, k in small_shapes(True)]))
    groups += [(label, [(kind, m, n, k, batch)]) for label, kind, m, n, k, batch in TUTORIAL]
    for label, shapes in groups:
        for dtype in ("float32", "float64"):
            equal = dict.fromkeys(ORDERS, 0)
            total = 0
            better: dict[str, int] = {}
            for kind, m, n, k, batch in shapes:
                seed += 1
                want, got, orders = case(kind, m, n, k, dtype, seed, batch)
                total += want.size
                mine = _equal(want, got)
                equal["gradsh"] += mine
                for name, result in orders.items():
                    hits = _equal(want, result.astype(want.dtype))
                    equal[name] += hits
                    if hits > mine:
                        better[name] = better.get(name, 0) + 1
            cells = " | ".join(f"{equal[name] / total:.3f}" for name in ORDERS)
            wins = ", ".join(f"{name} {count}/{len(shapes)}" for name, count in better.items())
            print(f"| {label} | {dtype} | {cells} | {wins or '-'} |", flush=True)


if __name__ == "__main__":
    main()
