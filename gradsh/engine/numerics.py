"""``:set numerics exact|fast``: whether the kernels follow PyTorch's CPU
arithmetic bit for bit (docs/numerics.md) or take NumPy's own, faster paths.

``exact`` (the default) runs the emulated kernels for NumPy arrays: the sum
cascade, arange, softmax/log_softmax, var/std, norm, prod, cumsum/cumprod,
logsumexp, nll_loss/cross_entropy, the SLEEF pow/sigmoid/atan2 emulations,
the trig flavour (MKL VML / SLEEF) and the matmul orders.  ``fast`` sends
each of them to the plain ``xp`` call they replaced (results equal NumPy's,
not PyTorch's in the last bits).  CuPy arrays take the plain paths in either
mode.  Each kernel asks :func:`exact` where it chooses its path; a change is
journaled, so a failing statement puts the mode back.
"""
from __future__ import annotations

import numpy as np

MODES = ("exact", "fast")
_mode = ["exact"]


def mode() -> str:
    return _mode[0]


def set_mode(name: str) -> None:
    if name not in MODES:
        raise ValueError(f"numerics must be one of {', '.join(MODES)}, not '{name}'")
    from ..journal import note_setting  # noqa: PLC0415 - a rare call

    note_setting("numerics", _restore, _mode[0])
    _mode[0] = name


def _restore(name: str) -> None:
    _mode[0] = name


def exact(xp=np) -> bool:
    """Whether an exact (PyTorch-order) kernel should run on arrays of ``xp``."""
    return xp is np and _mode[0] == "exact"
