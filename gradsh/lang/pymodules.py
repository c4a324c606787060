"""Python's ``time``, ``random`` and ``array`` modules, limited to their pure functions
(SPEC §2).

``time.sleep`` sleeps in short steps and stops at the ``--timeout`` deadline;
``random`` is a private ``random.Random`` per interpreter (seeded by
``random.seed``, not by ``torch.manual_seed``), whose sequence-building
functions keep gradsh's size guards. ``array.array`` (a buffer for
``torch.frombuffer``) checks its initializer's length first; its file methods
are not reachable (whitelist.py lists the attributes).
"""
from __future__ import annotations

import random as _random
import time as _time
from typing import TYPE_CHECKING, Any

from . import atomic, guards
from ..journal import JOURNAL

if TYPE_CHECKING:
    from .evaluator import Interpreter

_SLEEP_STEP = 0.05


def _namespace(name: str, members: dict) -> Any:
    from gradsh.engine.namespace import Namespace  # noqa: PLC0415 - the engine is lazy

    return Namespace(name, members)


def time_module(interpreter: "Interpreter") -> Any:
    def sleep(seconds: float) -> None:
        """Sleep, but never past the run's deadline (then TimeoutError)."""
        if seconds < 0:
            raise ValueError("sleep length must be non-negative")
        end = _time.monotonic() + seconds
        while True:
            interpreter.check_deadline()
            left = end - _time.monotonic()
            if left <= 0:
                return
            _time.sleep(min(left, _SLEEP_STEP))

    members = {name: getattr(_time, name) for name in (
        "time", "time_ns", "perf_counter", "perf_counter_ns", "monotonic", "monotonic_ns",
        "process_time", "process_time_ns", "ctime", "asctime", "strftime", "gmtime",
        "localtime")}
    members["sleep"] = sleep
    return _namespace("time", members)


def _journal_seed(generator: Any) -> None:
    """Before ``random.seed``: a failing statement undoes the seeding (SPEC §7).
    Draws are not undone -- a statement that drew and then failed has used
    them, as in Python, so the stream stays CPython's (as torch's stays
    PyTorch's, engine/random/api.py)."""
    journal = JOURNAL[0]
    if journal is not None and journal.fresh(("pyrandom", id(generator))):
        journal.add(generator.setstate, generator.getstate())


def random_module() -> Any:
    generator = _random.Random()

    def sample(population: Any, k: int, *, counts: Any = None) -> list:
        guards.check_iterable(range(k), "list")
        return generator.sample(population, k, counts=counts)

    def choices(population: Any, weights: Any = None, *, cum_weights: Any = None,
                k: int = 1) -> list:
        guards.check_iterable(range(k), "list")
        return generator.choices(population, weights, cum_weights=cum_weights, k=k)

    def shuffle(x: Any) -> None:
        atomic.mutating(x)  # the list comes back (the draws stay made)
        generator.shuffle(x)

    def seed(a: Any = None) -> None:
        if a is not None and not isinstance(a, (int, float, str, bytes)):
            raise TypeError("The only supported seed types are: None, int, float, str, "
                            "bytes, and bytearray.")
        _journal_seed(generator)
        generator.seed(a)

    members = {name: getattr(generator, name) for name in (
        "random", "uniform", "randint", "randrange", "choice", "gauss", "normalvariate",
        "expovariate", "triangular", "betavariate", "gammavariate", "lognormvariate",
        "vonmisesvariate", "paretovariate", "weibullvariate")}
    def getrandbits(k: int) -> int:
        from gradsh.engine import limits  # noqa: PLC0415

        limits.check_bytes(max(int(k), 0) // 8, f"an integer of {k} bits")
        return generator.getrandbits(k)

    members.update(sample=sample, choices=choices, shuffle=shuffle, seed=seed,
                   getrandbits=getrandbits)
    return _namespace("random", members)


def array_module() -> Any:
    import array as _array  # noqa: PLC0415 - a built-in module, loaded on `import array`

    def array(typecode: str, initializer: Any = None) -> Any:
        """``array.array``, with the initializer's length checked before it is built."""
        if initializer is None:
            return _array.array(typecode)
        if not isinstance(initializer, (bytes, str)):
            guards.check_iterable(initializer, "array")
        return _array.array(typecode, initializer)

    return _namespace("array", {"array": array, "typecodes": _array.typecodes})
