"""Long single NumPy calls that Ctrl-C and ``--timeout`` can abandon (issue 19).

A reduction over a huge expanded view (``ones(1).expand(10**11).max()``) is
one NumPy call of tens of seconds, during which Python handles no signal.
:func:`abandonable` runs such a call in a worker thread (NumPy's reductions
release the GIL) while the calling thread waits in short steps, so a pending
``KeyboardInterrupt`` or the deadline's ``TimeoutError`` is raised there at
once; the abandoned worker finishes in the background and its result is
dropped (a batch run exits meanwhile).  Calls under :data:`ABANDON_ELEMENTS`
elements run directly (a thread costs about 100 µs), and so do calls outside
the main thread, where no signal arrives (the deadline's alarm rings in the
main thread only).
"""
from __future__ import annotations

import threading
from typing import Any, Callable

ABANDON_ELEMENTS = 1 << 27  # about 0.1 s of NumPy work and more


def abandonable(size: int, function: Callable, *args: Any, **kwargs: Any) -> Any:
    """``function(*args, **kwargs)``, stoppable while it runs when ``size`` is big."""
    if size < ABANDON_ELEMENTS or threading.current_thread() is not threading.main_thread():
        return function(*args, **kwargs)
    outcome: list = []

    def work() -> None:
        try:
            outcome.append((True, function(*args, **kwargs)))
        except BaseException as exc:  # noqa: BLE001 - handed to the caller
            outcome.append((False, exc))

    worker = threading.Thread(target=work, name="gradsh-numpy", daemon=True)
    worker.start()
    while worker.is_alive():
        worker.join(0.05)  # signals are handled here (the lock wait is interruptible)
    ok, value = outcome[0]
    if not ok:
        raise value
    return value
