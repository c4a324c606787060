"""Fuzz (issue 19, part B): lazy-iterator loops that C would run for hours.

Each case composes a huge source (a range, a reversed range, ``iter(f, s)``)
with lazy built-ins (enumerate, zip, map, filter, reversed, iter) and hands it
to a consumer that iterates in C (max, sum, sorted, any, all, ``in``, dict,
set, str.join, ...).  Under a 0.2 s deadline every case must end within a
second: a TimeoutError (or, where the consumer stops early or refuses the
size, its quick value or error), the workspace unchanged.  Fixed seeds.
"""
from __future__ import annotations

import random
import time

import pytest

from gradsh.lang.diagnostics import Diagnostic
from gradsh.lang.evaluator import Interpreter

SOURCES = ["range(10**12)", "reversed(range(10**12))", "iter(range(-10**12, 0))",
           "range(0, -10**13, -3)", "iter(int, 1)", "iter(float, 1.5)"]
WRAPPERS = ["enumerate({})", "zip({})", "zip({}, range(10**12))", "map(abs, {})",
            "map(str, {})", "filter(None, {})", "filter(lambda v: v is None, {})",
            "iter({})", "enumerate(zip({}), 5)"]
CONSUMERS = ["max({})", "min({}, key=str)", "sum(map(len, map(str, {})))", "sorted({})",
             "any(map(lambda v: v is None, {}))", "all(map(bool, map(str, {})))",
             "None in {}", "(-1, -1) not in {}", "len(dict(zip({}, range(10**12))))",
             "len(set({}))", "''.join(map(str, {}))", "list({})", "tuple({})",
             "sum(1 for _ in {})", "max(x for x in {})"]


def _cases(seed: int, count: int) -> list[str]:
    rng = random.Random(seed)
    cases = []
    for _ in range(count):
        expression = rng.choice(SOURCES)
        for _ in range(rng.randint(1, 3)):
            expression = rng.choice(WRAPPERS).format(expression)
        cases.append("r = " + rng.choice(CONSUMERS).format(expression))
    return cases


@pytest.mark.parametrize("seed", range(4))
def test_lazy_iterator_loops_stop(seed):
    interp = Interpreter(lambda text: None)
    interp.run_source("keep = [1, 2]\n")
    for source in _cases(seed, 6):
        interp.set_deadline(0.2)
        start = time.monotonic()
        try:
            interp.run_source(source + "\n")
            outcome = "value"
        except Diagnostic as diagnostic:
            outcome = diagnostic.type_name
        finally:
            interp.set_deadline(None)
        elapsed = time.monotonic() - start
        assert elapsed < 1.2, (source, elapsed)
        if outcome == "value":  # an early exit: `any`, `in` and friends may stop at once
            assert elapsed < 0.2, source
            del interp.workspace["r"]
        else:
            assert outcome in ("TimeoutError", "MemoryError", "TypeError", "ValueError"), (
                source, outcome)
        assert interp.workspace == {"keep": [1, 2]}, source
