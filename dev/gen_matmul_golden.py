"""Golden bits for float32/float64 matrix products and bmm (tests/engine/test_matmul_golden.py).

Run with the oracle: ``/work/torchvenv/bin/python dev/gen_matmul_golden.py``.
Each case is a PyTorch source line that gradsh evaluates too; its inputs come
from ``torch.manual_seed`` + ``randn``, which gradsh reproduces bit for bit.
The shapes are those gradsh.engine.ops.gemm_order has a rule for (NN, NT,
TN layouts, with and without addmm's bias, and the backward products of
nn.Linear), so a change of MKL's order or of the rules shows here.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
import sys

import torch

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gradsh.engine.ops.gemm_order import BMM_OWN_LOOP, rule, rule64  # noqa: E402

SHAPES = [(16, 8, 5), (16, 3, 8), (5, 4, 64), (2, 12, 7), (1, 16, 31), (20, 2, 10), (64, 8, 200),
          (2000, 3, 3), (2000, 1, 3), (3, 1, 2000), (1, 3, 2000), (12, 12, 12), (16, 16, 33),
          (64, 64, 64), (4, 16, 100), (8, 32, 192), (13, 17, 9), (16, 4, 3), (16, 8, 2)]


SHAPES64 = [(16, 8, 5), (16, 3, 7), (2000, 1, 3), (3, 1, 2000), (1, 16, 31), (12, 6, 16),
            (500, 2, 9), (13, 9, 4), (7, 11, 3), (64, 4, 100)]
# float64 NN/TN with N >= 12, M >= 4: dgemm's 4 x 12 fma kernel and the plain rest
BLOCK64 = [(4, 12, 8), (7, 13, 5), (16, 16, 16), (64, 16, 16), (9, 24, 33), (13, 12, 2),
           (33, 48, 200), (6, 24, 7), (8, 25, 33)]
# float64 NT with N >= 12, M >= 4: the 4 x 12 kernel; exact with M % 4 == 0 and N % 12 in
# {0, 4, 8} (the columns left over: the NT dot kernel)
BLOCK_NT = [(4, 12, 5), (8, 16, 9), (64, 16, 16), (16, 24, 33), (12, 20, 100), (8, 12, 2)]
DOT = [(2, 3, 9), (5, 4, 7), (16, 8, 31), (64, 4, 100), (3, 3, 192), (500, 8, 16), (7, 2, 13),
       (64, 2, 100)]
BATCHED = [(3, 4, 5, 6), (10, 3, 5, 4), (2, 7, 7, 8), (1, 1, 16, 16), (4, 8, 8, 8), (2, 16, 16, 16),
           (8, 20, 20, 4)]


def sources(m, n, k, seed, dtype="float32"):
    """The products of one shape that gemm_order has a rule for (the others use NumPy)."""
    pre = f"(torch.manual_seed({seed}), "
    d = "" if dtype == "float32" else ", dtype=torch.float64"
    left = {False: f"torch.randn({m}, {k}{d})", True: f"torch.randn({k}, {m}{d}).t()"}
    right = {False: f"torch.randn({k}, {n}{d})", True: f"torch.randn({n}, {k}{d}).t()"}
    found = rule if dtype == "float32" else rule64
    for trans_a, trans_b in ((False, False), (False, True), (True, False)):
        if found(m, n, k, trans_a and m != 1, trans_b and n != 1) is None:
            continue
        yield pre + f"{left[trans_a]} @ {right[trans_b]})[1]"
        yield pre + f"torch.addmm(torch.randn({n}{d}), {left[trans_a]}, {right[trans_b]}))[1]"


def batched_sources(count, m, n, k, seed, dtype):
    """bmm, and matmul of 3-D operands (bmm) and of a 3-D by a 2-D one (one folded mm)."""
    pre = f"(torch.manual_seed({seed}), "
    d = f", dtype=torch.{dtype}"
    a, b = f"torch.randn({count}, {m}, {k}{d})", f"torch.randn({count}, {k}, {n}{d})"
    if k * m * n < BMM_OWN_LOOP or dtype == "float32" or rule64(m, n, k, False, False):
        yield pre + f"torch.bmm({a}, {b}))[1]"
        yield pre + f"{a} @ {b})[1]"
    if (rule if dtype == "float32" else rule64)(count * m, n, k, False, False) is not None:
        yield pre + f"{a} @ torch.randn({k}, {n}{d}))[1]"


def digest(tensor) -> str:
    return hashlib.sha256(tensor.detach().contiguous().numpy().tobytes()).hexdigest()[:20]


def main() -> None:
    cases = []
    for index, (m, n, k) in enumerate(SHAPES):
        for source in sources(m, n, k, 100 + index):
            value = eval(source, {"torch": torch})  # noqa: S307 - our own source lines
            cases.append({"source": source, "shape": list(value.shape), "sha256": digest(value)})
    for index, (m, n, k) in enumerate(SHAPES64):
        for source in sources(m, n, k, 300 + index, "float64"):
            value = eval(source, {"torch": torch})  # noqa: S307 - our own source lines
            cases.append({"source": source, "shape": list(value.shape), "sha256": digest(value)})
    for index, (m, n, k) in enumerate(BLOCK64):
        for source in sources(m, n, k, 600 + index, "float64"):
            value = eval(source, {"torch": torch})  # noqa: S307 - our own source lines
            cases.append({"source": source, "shape": list(value.shape), "sha256": digest(value)})
        pre = f"(torch.manual_seed({620 + index}), torch.addmm("
        for bias in (f"torch.randn({m}, {n}, dtype=torch.float64)",
                     f"torch.randn({m}, 1, dtype=torch.float64)"):
            source = pre + f"{bias}, torch.randn({m}, {k}, dtype=torch.float64), " \
                f"torch.randn({k}, {n}, dtype=torch.float64)))[1]"
            value = eval(source, {"torch": torch})  # noqa: S307 - our own source lines
            cases.append({"source": source, "shape": list(value.shape), "sha256": digest(value)})
    d = ", dtype=torch.float64"
    for index, (m, n, k) in enumerate(BLOCK_NT):
        pre = f"(torch.manual_seed({640 + index}), "
        for left in (f"torch.randn({m}, {k}{d})", f"torch.randn({m + 1}, {k}{d})[1:]"):
            for source in (pre + f"{left} @ torch.randn({n}, {k}{d}).t())[1]",
                           pre + f"torch.nn.functional.linear({left}, torch.randn({n}, {k}{d}), "
                           f"torch.randn({n}{d})))[1]",
                           pre + f"torch.addmm(torch.randn({m}, {n}{d}), {left}, "
                           f"torch.randn({n}, {k}{d}).t()))[1]"):
                value = eval(source, {"torch": torch})  # noqa: S307 - our own source lines
                cases.append({"source": source, "shape": list(value.shape),
                              "sha256": digest(value)})
    dots = [(shape, "") for shape in DOT] + \
        [(shape, ", dtype=torch.float64") for shape in DOT if shape[1] in (4, 8)]
    for index, ((m, n, k), d) in enumerate(dots):  # NT, MKL's dot kernel: aligned rows
        pre = f"(torch.manual_seed({500 + index}), "
        for left in (f"torch.randn({m}, {k}{d})", f"torch.randn({m + 1}, {k}{d})[1:]",
                     f"torch.randn({m}, {k + 2}{d})[:, 1:{k + 1}].contiguous()"):
            for source in (pre + f"{left} @ torch.randn({n}, {k}{d}).t())[1]",
                           pre + f"torch.nn.functional.linear({left}, torch.randn({n}, {k}{d}), "
                           f"torch.randn({n}{d})))[1]"):
                value = eval(source, {"torch": torch})  # noqa: S307 - our own source lines
                cases.append({"source": source, "shape": list(value.shape),
                              "sha256": digest(value)})
    for index, shape in enumerate(BATCHED):
        for dtype in ("float32", "float64"):
            for source in batched_sources(*shape, 400 + index, dtype):
                value = eval(source, {"torch": torch})  # noqa: S307 - our own source lines
                cases.append({"source": source, "shape": list(value.shape),
                              "sha256": digest(value)})
    # nn.Linear: forward (addmm with x @ w.t()) and the backward products
    layers = [(2000, 3, 1), (32, 16, 16), (16, 3, 2), (64, 32, 12)]
    for index, (batch, features, out) in enumerate(layers):
        torch.manual_seed(7 + index)
        layer = torch.nn.Linear(features, out)
        x = torch.randn(batch, features, requires_grad=True)
        g = torch.randn(batch, out)
        layer(x).backward(g)  # no sum: only products
        for what, value in (("l(x)", layer(x)), ("l.weight.grad", layer.weight.grad),
                            ("x.grad", x.grad)):
            cases.append({"setup": [f"torch.manual_seed({7 + index})",
                                    f"l = torch.nn.Linear({features}, {out})",
                                    f"x = torch.randn({batch}, {features}, requires_grad=True)",
                                    f"g = torch.randn({batch}, {out})", "l(x).backward(g)"],
                          "source": what, "shape": list(value.shape), "sha256": digest(value)})
    path = Path(__file__).resolve().parents[1] / "tests" / "engine" / "data" / "matmul_golden.json"
    text = json.dumps({"torch": torch.__version__, "cases": cases}, indent=1)
    path.write_text(text + "\n", "utf-8")
    print(f"{len(cases)} cases -> {path}")


if __name__ == "__main__":
    main()
