"""``np.random``: NumPy's legacy global generator (``np.random.seed``,
``randn``, ``rand``, ...), for NumPy snippets such as PyTorch's tutorial
``polynomial_numpy.py``.

gradsh runs on NumPy, so these are NumPy's own ``RandomState`` methods
(MT19937, the legacy polar Gaussian) on one generator of gradsh's, separate
from NumPy's module-level one: after ``np.random.seed(s)`` the numbers are
NumPy's for that seed, bit for bit. As in NumPy the state is one per
process (an unseeded start is seeded from the OS). Every size is checked
against gradsh's memory limit before NumPy allocates; a statement that
fails undoes its ``seed`` (SPEC §7) but not its draws, as for ``random``.
"""
from __future__ import annotations

import operator as _operator

import numpy as _np

from . import limits
from ..journal import JOURNAL

_STATE = _np.random.RandomState()


def _checked(size, dtype=_np.float64):
    """``size`` (None, an int or a short sequence of ints) after the memory check."""
    from .namespace import _np_shape  # noqa: PLC0415 - namespace imports this module

    if size is None:
        return None
    shape = _np_shape(size)
    if shape is None:  # Python's TypeError for a non-integer, as NumPy gives
        items = size if isinstance(size, (list, tuple)) else (size,)
        shape = tuple(_operator.index(n) for n in items)
    limits.check_allocation(shape, _np.dtype(dtype), "an array")
    return shape


def _sized(size, *parameters, dtype=_np.float64):
    """``size`` checked, or with no size the broadcast shape of array parameters."""
    if size is None:
        shapes = [_np.shape(p) for p in parameters if isinstance(p, (_np.ndarray, list, tuple))]
        if shapes:
            limits.check_allocation(_np.broadcast_shapes(*shapes), _np.dtype(dtype), "an array")
        return None
    return _checked(size, dtype)


def seed(seed=None) -> None:
    journal = JOURNAL[0]
    if journal is not None and journal.fresh(("nprandom", id(_STATE))):
        journal.add(_STATE.set_state, _STATE.get_state())
    if isinstance(seed, (list, tuple)):
        _checked(len(seed))
    _STATE.seed(seed)


def rand(*shape):
    return _STATE.rand(*(_checked(shape) or ()))


def randn(*shape):
    return _STATE.randn(*(_checked(shape) or ()))


def random(size=None):
    return _STATE.random_sample(_checked(size))


def standard_normal(size=None):
    return _STATE.standard_normal(_checked(size))


def normal(loc=0.0, scale=1.0, size=None):
    return _STATE.normal(loc, scale, _sized(size, loc, scale))


def uniform(low=0.0, high=1.0, size=None):
    return _STATE.uniform(low, high, _sized(size, low, high))


def randint(low, high=None, size=None, dtype=int):
    return _STATE.randint(low, high, _sized(size, low, high, dtype=_np.int64), dtype)


def members() -> dict:
    return {"seed": seed, "rand": rand, "randn": randn, "random": random,
            "random_sample": random, "standard_normal": standard_normal, "normal": normal,
            "uniform": uniform, "randint": randint}
