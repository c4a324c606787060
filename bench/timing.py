"""Interleaved timing: every case runs once per round, medians over rounds.

The machine may be shared (other test runs, two cores), so the cases of one
table row run side by side, round after round; drift and noise hit them
alike, and the median of the rounds is reported.
"""
from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable


def per_call(function: Callable[[], object], calls: int) -> float:
    """Seconds per call of ``function``, over ``calls`` calls (gc off meanwhile)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        start = time.perf_counter()
        for _ in range(calls):
            function()
        return (time.perf_counter() - start) / calls
    finally:
        if enabled:
            gc.enable()


def calls_for(function: Callable[[], object], budget: float) -> int:
    """How many calls of ``function`` fill about ``budget`` seconds (at least 1)."""
    start = time.perf_counter()
    function()
    once = max(time.perf_counter() - start, 1e-7)
    return max(1, int(budget / once))


def interleaved(cases: dict[str, Callable[[], object]], rounds: int,
                budget: float) -> dict[str, float]:
    """Median seconds per call of each case, the cases interleaved round by round."""
    counts = {name: calls_for(function, budget) for name, function in cases.items()}
    for name, function in cases.items():  # warm up: caches, lazy imports, allocator
        per_call(function, min(counts[name], 3))
    samples: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(rounds):
        for name, function in cases.items():
            samples[name].append(per_call(function, counts[name]))
    return {name: statistics.median(values) for name, values in samples.items()}
