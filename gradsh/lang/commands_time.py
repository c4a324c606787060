"""``:time STATEMENT`` and IPython's ``%timeit STATEMENT`` (issue 20, point 2).

Reported as IPython's ``%timeit`` reports: ``mean ± std per loop (mean ± std.
dev. of N runs, M loops each)``, three significant digits in the largest unit
below the time. The loop count grows 1, 2, 5, 10, ... until one run takes
0.2 s (timeit's autorange), then up to 7 runs (IPython's ``-r 7``), fewer when
they pass a 2 s budget together; ``-n LOOPS`` and ``-r RUNS`` choose them, as
IPython's options do. The timed statement's output is never shown:
echoes and prints go nowhere while it runs (``:time for i in range(2): ...``
would otherwise print a line per loop), and ``_`` keeps its value.
"""
from __future__ import annotations

import math
import re
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Optional

from .commands import COMMANDS, CommandError, command

if TYPE_CHECKING:  # pragma: no cover
    from .evaluator import Interpreter

_UNITS = (("s", 1.0), ("ms", 1e-3), ("µs", 1e-6), ("ns", 1e-9))
TARGET_SECONDS = 0.2  # one run (timeit's autorange)
MAX_REPEATS = 7  # IPython's default number of runs
BUDGET_SECONDS = 2.0  # stop repeating after this much


def format_seconds(seconds: float) -> str:
    """``12.3 µs``: three significant digits in the largest unit below it."""
    for unit, scale in _UNITS:
        if seconds >= scale:
            return f"{seconds / scale:.3g} {unit}"
    return f"{seconds / 1e-9:.3g} ns"


def measure(run: Callable[[], None], synchronize: Callable[[], None],
            clock: Callable[[], float] = time.perf_counter, loops: Optional[int] = None,
            runs: Optional[int] = None) -> tuple[list[float], int]:
    """(seconds per loop of each run, loops per run); ``loops``/``runs`` as
    IPython's ``-n``/``-r`` (chosen automatically when None)."""

    def timed(number: int) -> float:
        synchronize()
        start = clock()
        for _ in range(number):
            run()
        synchronize()
        return clock() - start

    number, steps = loops or 1, (1, 2, 5)
    exponent = 0
    while True:
        elapsed = timed(number)
        if loops is not None or elapsed >= TARGET_SECONDS or number >= 10**9:
            break
        exponent += 1
        number = steps[exponent % 3] * 10 ** (exponent // 3)
    samples, spent = [elapsed], elapsed
    while len(samples) < (runs or MAX_REPEATS) and (runs is not None or
                                                   spent < BUDGET_SECONDS):
        samples.append(timed(number))
        spent += samples[-1]
    return [sample / number for sample in samples], number


_OPTIONS = re.compile(r"\s*-([nr])\s*(\d+)\s+")


def options(text: str) -> tuple[dict, str]:
    """IPython's ``-n N`` (loops a run) and ``-r R`` (runs) before the statement."""
    chosen: dict = {}
    while True:
        match = _OPTIONS.match(text)
        if match is None:
            return chosen, text.strip()
        value = int(match.group(2))
        if value < 1:
            raise CommandError(f"-{match.group(1)} takes a positive number")
        chosen["loops" if match.group(1) == "n" else "runs"] = value
        text = text[match.end():]


def report(per_loop: list[float], loops: int) -> str:
    """IPython's TimeitResult text: the mean and the population standard deviation."""
    mean = sum(per_loop) / len(per_loop)
    std = math.sqrt(sum((t - mean) ** 2 for t in per_loop) / len(per_loop))
    runs = len(per_loop)
    return (f"{format_seconds(mean)} \u00b1 {format_seconds(std)} per loop (mean \u00b1 std. "
            f"dev. of {runs} run{'' if runs == 1 else 's'}, {loops:,} "
            f"loop{'' if loops == 1 else 's'} each)\n")


@command("time", usage=":time [-n N] [-r R] STATEMENT",
         summary="run it repeatedly: mean ± std. dev. per loop, as %timeit (output hidden)")
def _time(interpreter: Interpreter, text: str) -> None:
    from gradsh.engine import backend

    from . import ast
    from .parser import parse

    chosen, text = options(text + " ")
    if not text:
        raise CommandError("usage: " + COMMANDS["time"].usage)
    statements = parse(text, filename="<time>").body
    if any(isinstance(node, ast.Command) for node in statements):
        raise CommandError(":time takes a statement, not a command")

    def run() -> None:  # expressions are evaluated, not echoed
        for node in statements:
            if isinstance(node, ast.ExprStmt):
                interpreter.evaluate(node.value, None)
            else:
                interpreter.exec_stmt(node, None)

    names = interpreter.builtins
    results = {name: names[name] for name in ("_", "__", "___") if name in names}
    output, interpreter.output = interpreter.output, _discard
    try:
        run()  # once first: errors show before any timing, and caches warm up
        per_loop, loops = measure(run, backend.synchronize, **chosen)
    finally:
        interpreter.output = output
        for name in ("_", "__", "___"):
            names.pop(name, None)
        names.update(results)
    output(report(per_loop, loops))


def _discard(text: str) -> None:
    """Where the timed statement's output goes."""
