"""Golden bits for torch.dot, 1-D matmul and real vdot (tests/engine/test_dot_golden.py).

Run with the oracle: ``/work/torchvenv/bin/python dev/gen_dot_golden.py``.
PyTorch's CPU build calls MKL's ``sdot``/``ddot`` (gradsh.engine.ops.blas_dot),
whose order depends on the length, the strides, each operand's address
modulo 64 bytes and the thread count, so the cases cover lengths 1..40 and
up to 10^5, views at storage offsets 0..17 (other addresses), strides 2 and
3, an expanded (stride 0) operand, float32 and float64, and 1 and 2 threads;
``placed`` cases give operands and their storage offsets, for the NumPy
model of MKL's order too.
Each case is a source line that gradsh evaluates too; its inputs come from
``torch.manual_seed`` + ``randn``, which gradsh reproduces bit for bit.
"""
from __future__ import annotations

import json
from pathlib import Path

import torch

SIZES = [*range(1, 41), 63, 64, 65, 100, 127, 128, 129, 1000, 2000, 4096, 10000, 100000]


def sources(n: int, dtype: str, seed: int):
    pre = f"(torch.manual_seed({seed}), "
    r = f"torch.randn({{}}, dtype=torch.{dtype})"
    yield pre + f"torch.dot({r.format(n)}, {r.format(n)}))[1]"
    yield pre + f"{r.format(n)} @ {r.format(n)})[1]"
    yield pre + f"torch.vdot({r.format(n + 3)}[3:], {r.format(n)}))[1]"
    for first, second in ((1, 0), (3, 5), (4, 17), (7, 2)):
        yield (pre + f"torch.dot({r.format(n + 20)}[{first}:{first + n}], "
                     f"{r.format(n + 20)}[{second}:{second + n}]))[1]")
    for step in (2, 3):
        yield (pre + f"torch.dot({r.format(step * n + 2)}[1::{step}][:{n}], "
                     f"{r.format(n)}))[1]")
    yield pre + f"torch.dot({r.format(n)}, {r.format('()')}.expand({n})))[1]"


def main() -> None:
    cases = []
    for threads in (1, 2):
        torch.set_num_threads(threads)
        for index, n in enumerate(SIZES):
            for dtype in ("float32", "float64"):
                if threads == 1 and n not in (17, 2000, 4096, 10000, 100000):
                    continue  # one thread differs from two only for long vectors
                for source in sources(n, dtype, 300 + index):
                    value = eval(source, {"torch": torch})  # noqa: S307 - our own source lines
                    bits = value.numpy().tobytes().hex()
                    cases.append({"threads": threads, "source": source, "bits": bits})
    # operands at given storage offsets, for blas_dot.dot on copies elsewhere and
    # for blas_dot.modelled (MKL's order in NumPy): same and other addresses mod 16
    placed = []
    for index, (n, threads) in enumerate(
            [(n, 2) for n in (1, 2, 3, 4, 5, 7, 8, 9, 13, 15, 16, 17, 24, 31, 33, 47, 64, 100,
                              129, 1000, 2000, 4095, 4096, 4097, 8191, 8192, 8193, 12345,
                              100000)] + [(n, 1) for n in (4097, 8193, 12345, 100000)]):
        torch.set_num_threads(threads)
        for dtype in ("float32", "float64"):
            for first, second in ((1, 0), (3, 5), (2, 2), (0, 1), (0, 0), (1, 5), (3, 3)):
                setup = (f"_ = torch.manual_seed({500 + index})\n"
                         f"a = torch.randn({n + 8}, dtype=torch.{dtype})[{first}:{first + n}]\n"
                         f"b = torch.randn({n + 8}, dtype=torch.{dtype})[{second}:{second + n}]")
                scope = {"torch": torch}
                exec(setup, scope)  # noqa: S102 - our own source lines
                bits = torch.dot(scope["a"], scope["b"]).numpy().tobytes().hex()
                placed.append({"threads": threads, "setup": setup, "offsets": [first, second],
                               "bits": bits})
    path = Path(__file__).resolve().parents[1] / "tests" / "engine" / "data" / "dot_golden.json"
    text = json.dumps({"torch": torch.__version__, "cases": cases, "placed": placed}, indent=1)
    path.write_text(text + "\n", "utf-8")
    print(f"{len(cases)} cases -> {path}")


if __name__ == "__main__":
    main()
