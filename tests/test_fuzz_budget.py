"""Fuzzing the memory budget (issue 19, part A): size blow-ups through every
op category, under a 200 MB limit.

Statements are drawn (deterministic seeds) from families: elementwise ops on
expanded views, reductions, shape ops, indexing, linalg, nn.functional and
Python values (repetition, concatenation, sums of lists, comprehensions,
dicts, ``tolist``, ``torch.tensor`` of nested lists, NumPy shapes, printing),
each with a size drawn so that some fit and some do not.  Every statement
must end in a value or one gradsh error, quickly, and the peak resident
memory of the whole run (in a forked child, so that nothing else counts)
must stay near the limit: a blow-up is refused before it is allocated.
"""
from __future__ import annotations

import os
import random
import resource
import sys
import time

import pytest

from gradsh.engine import limits
from gradsh.lang.diagnostics import Diagnostic
from gradsh.lang.budget import rss_bytes
from gradsh.lang.evaluator import Interpreter

LIMIT = 200_000_000
GROWTH_MB = 350  # above the resident set at the fork: the limit, with room; a blow-up is 400 MB+
SECONDS = 3.0  # per statement
SETUP = """\
import numpy as np
import torch.nn.functional as F
one = torch.ones(1)
col = torch.ones(1, 1)
idx = torch.zeros(1, dtype=torch.long)
yes = torch.tensor([True])
"""
SIZES = ["10", "1000", "10**8", "2**27"]
MATRIX_SIZES = ["10", "300", "10**4", "2**14"]

UNARY = ["exp", "abs", "neg", "round", "sign", "sigmoid", "tanh", "sqrt", "floor", "frac",
         "nan_to_num", "double", "half", "clone", "contiguous", "cumsum(0)", "cumprod(0)",
         "cummax(0)", "logcumsumexp(0)", "softmax(0)", "log_softmax(0)", "clamp(0, 1)",
         "pow(2)", "float", "bool", "masked_fill(yes, 0.)", "lerp(one, 0.5)",
         "addcmul(one, one)", "where(yes, 0.)", "angle"]
REDUCTIONS = ["sum()", "mean()", "std()", "var()", "prod()", "norm()", "max()", "argmax()",
              "median()", "sort()", "argsort()", "topk(2)", "kthvalue(2)", "unique()",
              "logsumexp(0)", "nonzero()", "count_nonzero()", "histc()", "all()", "any()",
              "max(0)", "min(0)"]
SHAPE = ["reshape(-1)", "flatten()", "flip(0)", "roll(1)", "unsqueeze(0).repeat(2, 1)",
         "unsqueeze(0).tile(2, 1)", "view(-1)", "t()", "triu()", "tril()"]
FUNCTIONAL = ["F.relu({})", "F.gelu({})", "F.silu({})", "F.softplus({})", "F.elu({})",
              "F.leaky_relu({})", "F.hardtanh({})", "F.logsigmoid({})", "F.threshold({}, .5, 0.)",
              "F.pad({}, (1, 1))", "F.normalize({}, dim=0)", "F.dropout({}, 0.5)",
              "F.mse_loss({0}, {0})", "F.l1_loss({0}, {0})"]
LINALG = ["{m}.matmul(torch.ones({n}, 2))", "{m} @ {m}", "{m}.mm({m})", "{m}.det()",
          "{m}.triu()", "{m}.diag()", "{m}.trace()", "torch.linalg.norm({m})",
          "{m}.sum(0)", "{m}.softmax(1)", "torch.einsum('ij,ij->ij', {m}, {m})",
          "torch.cat([{m}, {m}])", "torch.stack([{m}, {m}])"]
PYTHON = ["s = 'ab' * {n}", "l = [0] * {n}", "l = [0.5] * ({n} // 100) + [1] * ({n} // 100)",
          "l = sum([[0] * ({n} // 1000)] * 1000, [])", "l = list(range({n}))",
          "d = {{i: [i] * 1000 for i in range(min({n}, 10**5))}}",
          "l = [[0] * 1000 for i in range(min({n}, 10**5))]",
          "t = torch.tensor([[0.5] * ({n} // 10**4)] * 10**4) if {n} >= 10**4 else None",
          "a = np.ones(np.array([{n} // 1000, 1000]))", "a = np.arange(torch.tensor({n}))",
          "l = torch.ones(1).expand({n}).tolist()", "t = torch.tensor(torch.ones(1).expand({n}))",
          "s = ','.join(['abc'] * ({n} // 10))", "n = 1 << ({n} * 8)",
          "s = 'x'.ljust({n})", "s = f'{{\"x\" * ({n} // 4)}}' * 4"]
PRINTING = ["torch.set_printoptions(threshold={n})\ns = str(torch.ones(1).expand({n}))",
            "torch.set_printoptions(precision=min({n}, 10**6))\ns = str(torch.rand(1000))",
            "torch.set_printoptions(edgeitems={n}, threshold=1)\ns = str(torch.ones(1).expand({n}))"]


def _expanded(size: str) -> str:
    return f"one.expand({size})"


def _matrix(size: str) -> str:
    return f"col.expand({size}, {size})"


def _family(name: str, rng: random.Random) -> str:
    size = rng.choice(SIZES)
    if name == "elementwise":
        return f"y = {_expanded(size)}.{rng.choice(UNARY)}"
    if name == "reductions":
        return f"y = {_expanded(size)}.{rng.choice(REDUCTIONS)}"
    if name == "shape":
        return f"y = {_expanded(size)}.{rng.choice(SHAPE)}"
    if name == "indexing":
        index = rng.choice([f"idx.expand({size})", f"yes.expand({size})"])
        source = rng.choice(["one.expand(2)", "torch.ones(3)", _expanded(size)])
        how = rng.choice(["{s}[{i}]", "{s}.take({i})", "{s}.gather(0, {i})",
                          "{s}.masked_select({i})", "{s}.index_select(0, {i})"])
        if "yes" in index and "masked" not in how:
            how = "{s}[{i}]"
        return "y = " + how.format(s=source if "yes" not in index else _expanded(size), i=index)
    if name == "functional":
        return "y = " + rng.choice(FUNCTIONAL).format(_expanded(size))
    if name == "linalg":
        n = rng.choice(MATRIX_SIZES)
        return "y = " + rng.choice(LINALG).format(m=_matrix(n), n=n)
    if name == "python":
        return rng.choice(PYTHON).format(n=size)
    if name == "printing":
        return rng.choice(PRINTING).format(n=size)
    raise AssertionError(name)


FAMILIES = ["elementwise", "reductions", "shape", "indexing", "functional", "linalg", "python",
            "printing"]
PER_FAMILY = 18


def statements(family: str, seed: int) -> list:
    rng = random.Random(f"{family}-{seed}")
    return [_family(family, rng) for _ in range(PER_FAMILY)]


def _interpreter() -> Interpreter:
    limits.set_memory_limit(LIMIT)
    interpreter = Interpreter(lambda text: None)
    interpreter.run_source(SETUP)
    return interpreter


def _run_one(interpreter: Interpreter, source: str) -> str:
    """Run one statement; the problem found, or ''."""
    started = time.perf_counter()
    try:
        interpreter.run_source(source + "\n")
    except Diagnostic:
        pass
    except BaseException as error:  # noqa: BLE001 - what the fuzzer is for
        return f"{source!r}: {type(error).__name__}: {error}"[:300]
    took = time.perf_counter() - started
    return f"{source!r}: took {took:.1f} s" if took > SECONDS else ""


def _forked(interpreter: Interpreter, source: str) -> tuple:
    """(problem, peak resident MB, resident MB at the fork): each statement in a
    child of its own, so that memory one statement freed (and the allocator
    kept) does not count against the next."""
    start_mb = (rss_bytes() or 0) // 1024 ** 2
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: run, report, exit at once
        os.close(read)
        try:
            problem = _run_one(interpreter, source)
        except BaseException as error:  # noqa: BLE001
            problem = f"{source!r}: the child failed: {type(error).__name__}"
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
        os.write(write, f"{peak_mb}\n{problem}".encode()[:4000])
        os.close(write)
        os._exit(0)
    os.close(write)
    chunks = []
    while chunk := os.read(read, 65536):
        chunks.append(chunk)
    os.close(read)
    os.waitpid(pid, 0)
    peak, _, problem = b"".join(chunks).decode().partition("\n")
    return problem, int(peak or 0), start_mb


@pytest.mark.skipif(not hasattr(os, "fork"), reason="peak memory measured in forked children")
@pytest.mark.parametrize("family", FAMILIES)
def test_blow_ups_are_refused_before_allocating(family):
    interpreter = _interpreter()
    problems = []
    try:
        for source in statements(family, seed=19):
            problem, peak_mb, start_mb = _forked(interpreter, source)
            if problem:
                problems.append(problem)
            elif peak_mb > start_mb + GROWTH_MB:
                problems.append(f"{source!r}: peak {peak_mb} MB from {start_mb} MB")
    finally:
        limits.set_memory_limit(None)
    assert not problems, "\n".join(problems)


def test_the_statements_are_deterministic():
    assert statements("python", 19) == statements("python", 19)
    assert len({s for f in FAMILIES for s in statements(f, 19)}) > 60


if __name__ == "__main__":  # print a family's statements: python tests/test_fuzz_budget.py linalg
    print("\n".join(statements(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 19)))
