"""Fuzz (issue 19, part 3): values nested deep through every way a program
builds tuples, then used at every place that hashes, compares or prints them.
Each case ends in a value or a one-line RecursionError, never a crash.
Deterministic seeds; a few seconds in all."""
from __future__ import annotations

import random

import pytest

from gradsh.lang.diagnostics import Diagnostic
from gradsh.lang.evaluator import Interpreter

BUILDERS = ["t = (t,)", "t = t,", "t = tuple([t])", "t = next(zip([t]))",
            "t = next(enumerate([t]))", "t = (lambda *a: a)(t)", "t = (*[t],)",
            "t = list({1: t}.items())[0]", "t = (1, t, 'x')"]
# Comparing two values nested n deep takes n**2 steps in Python's C code (as
# in CPython): those uses run on shallow values only, to keep the suite fast.
COMPARING = ["t == (t,)", "t < (t,)", "sorted([t, (t,)])", "max(t, (t,))"]
USES = ["{t: 1}", "hash(t)", "{t}", "set([t])", "frozenset([t])", "dict([(t, 1)])",
        "d = {}\nd[t] = 1", "d = {}\nd.get(t)", "d = {}\nd.setdefault(t, 0)",
        "s = set()\ns.add(t)", "t in {1}", "t in [t]", "repr(t)",
        "print(t)", "str([t])", "f'{t}'", "{k: 0 for k in [t]}",
        "d = {1: 2}\nd[t, 1] = 0", "{1}.union([t])", "[t].count(t)",
        "import collections\ncollections.OrderedDict([(t, 1)])",
        "import collections\ncollections.defaultdict(int, [(t, 1)])"]


@pytest.mark.parametrize("seed", range(12))
def test_deep_values_never_crash(seed):
    rng = random.Random(seed)
    depth = rng.choice([3, 50, 12_000])
    builder = rng.choice(BUILDERS)
    interpreter = Interpreter(lambda text: None)
    interpreter.run_source(f"t = ()\nfor i in range({depth}):\n    {builder}\n")
    for use in rng.sample(USES + (COMPARING if depth < 1000 else []), 5):
        try:
            interpreter.run_source(use)
        except Diagnostic as diagnostic:
            headline = diagnostic.headline()
            assert headline.startswith(("RecursionError: maximum recursion depth exceeded",
                                        "TypeError")), (builder, depth, use, headline)
            assert depth > 1000 or headline.startswith("TypeError"), (builder, depth, use)
