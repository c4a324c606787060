"""The memory limit (SPEC §2, Safety): refuse an allocation before making it.

A statement that would allocate more than the limit fails with a
``MemoryError`` naming the size, before any memory is touched::

    MemoryError: allocating 80.0 GB for a tensor of shape [100000, 100000, 2]
    (float32) exceeds gradsh's memory limit of 12.0 GB

The limit is, in order: what :func:`set_memory_limit` set (``:set
memory_limit 2GB``), the ``GRADSH_MEMORY_LIMIT`` environment variable, or
half of the memory available when first asked (``MemAvailable`` in
``/proc/meminfo``, else ``os.sysconf``, else 4 GiB).  One limit covers every
device.

The checks are called from the few places where a size is known before it is
allocated: the creation functions, broadcasting binary ops, ops whose result
outgrows their inputs (repeat, matmul, cat, ...), copies of broadcast views,
NumPy's creation functions as gradsh exposes them, and the evaluator's
Python sequence repetition and ``range`` materialisation.

One budget for the workspace (issue 19): a large allocation is refused when
what the workspace already holds plus the allocation would exceed the limit
(ten 160 MB tensors made in ten statements do not fit in 200 MB)::

    MemoryError: allocating 160.0 MB for a tensor of shape [40000000] (float32)
    exceeds gradsh's memory limit of 200.0 MB (the workspace holds 160.0 MB)

Small allocations (at most :data:`SMALL_CAP` bytes, or 1% of the limit if
less) skip the accounting: the cost on the common path is one compare.  What
the workspace holds comes from a *held-bytes provider* that the language
layer installs (:func:`set_held_provider`; the engine never imports it); the
provider caches its answer for the statement running.
"""
from __future__ import annotations

import math
import os
import re
from typing import Callable, Optional

FALLBACK_LIMIT = 4 * 1024 ** 3
MAX_SIZE = 1024 ** 6  # bytes: a memory size at or past this (1e400 included) is refused
ENV_VAR = "GRADSH_MEMORY_LIMIT"

SMALL_CAP = 4 * 1000 ** 2  # allocations up to this size skip the workspace accounting
SMALL_FRACTION = 100  # ... or up to 1/100 of the limit, when that is less

_limit: int | None = None  # set explicitly (or computed once), in bytes
_small: int = 0  # the size up to which checks are skipped; 0 until the limit is known
_held_provider: Optional[Callable[[], int]] = None  # bytes the workspace holds now

_UNITS = {"": 1, "b": 1, "k": 1000, "kb": 1000, "m": 1000 ** 2, "mb": 1000 ** 2,
          "g": 1000 ** 3, "gb": 1000 ** 3, "t": 1000 ** 4, "tb": 1000 ** 4,
          "kib": 1024, "mib": 1024 ** 2, "gib": 1024 ** 3, "tib": 1024 ** 4}
_SIZE = re.compile(r"^\s*([0-9]*\.?[0-9]+(?:e[0-9]+)?)\s*([a-z]*)\s*$", re.IGNORECASE)


def parse_size(text: str) -> int:
    """``'2GB'``, ``'512MiB'``, ``'1.5g'``, ``'1000000'`` -> bytes."""
    match = _SIZE.match(str(text))
    unit = match.group(2).lower() if match else None
    if match is None or unit not in _UNITS:
        raise ValueError(f"invalid memory size '{text}' (expected e.g. 4GB, 512MB, 1GiB)")
    value = float(match.group(1)) * _UNITS[unit]
    if not value < MAX_SIZE:  # 1e400 is inf: refused, not an OverflowError
        raise ValueError(f"invalid memory size '{text}' (must be less than 1 EiB)")
    size = int(value)
    if size <= 0:
        raise ValueError(f"invalid memory size '{text}' (must be positive)")
    return size


def format_bytes(nbytes: float) -> str:
    """Decimal units with one decimal: ``80.0 GB``, ``512.0 MB``, ``12 bytes``."""
    if nbytes < 1000:
        return f"{int(nbytes)} bytes"
    for unit in ("kB", "MB", "GB", "TB", "PB", "EB"):
        nbytes /= 1000
        if nbytes < 1000 or unit == "EB":
            return f"{nbytes:.1f} {unit}"
    return f"{nbytes:.1f} EB"  # pragma: no cover


def _available_memory() -> int | None:
    try:
        with open("/proc/meminfo") as meminfo:
            for line in meminfo:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        return os.sysconf("SC_AVPHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (AttributeError, ValueError, OSError):
        return None


def default_limit() -> int:
    """GRADSH_MEMORY_LIMIT, else half of the memory available, else 4 GiB."""
    configured = os.environ.get(ENV_VAR)
    if configured:
        try:
            return parse_size(configured)
        except ValueError:
            pass
    available = _available_memory()
    return available // 2 if available else FALLBACK_LIMIT


def memory_limit() -> int:
    """The limit in bytes (computed once, on first use)."""
    global _limit, _small
    if _limit is None:
        _limit = default_limit()
        _small = min(SMALL_CAP, _limit // SMALL_FRACTION)
    return _limit


def set_memory_limit(value: int | str | None) -> None:
    """Bytes, a size string (``'2GB'``), or None for the default."""
    global _limit, _small
    _limit = None if value is None else (parse_size(value) if isinstance(value, str)
                                         else int(value))
    # None: 0, so that the next check computes the default (and this) again
    _small = 0 if _limit is None else min(SMALL_CAP, _limit // SMALL_FRACTION)


def set_held_provider(provider: Optional[Callable[[], int]]) -> None:
    """Install what answers "how many bytes does the workspace hold now" (the
    interpreter's cached walk), or None for no accounting."""
    global _held_provider
    _held_provider = provider


def held_bytes() -> int:
    """What the workspace holds now, by the installed provider (0 without one)."""
    return _held_provider() if _held_provider is not None else 0


def small_size() -> int:
    """Allocations up to this many bytes skip the accounting."""
    memory_limit()
    return _small


def _refuse(nbytes: int, what: str, limit: int, held: int = 0) -> None:
    holds = f" (the workspace holds {format_bytes(held)})" if held else ""
    error = MemoryError(f"allocating {format_bytes(nbytes)} for {what} exceeds gradsh's "
                        f"memory limit of {format_bytes(limit)}{holds}")
    error.gradsh_limit = True  # a script's `except` may not swallow it
    raise error


def check_bytes(nbytes: int, what: str) -> None:
    """Refuse ``nbytes`` for ``what`` ("a list of 10**12 items") over the limit,
    counting what the workspace holds when the allocation is large."""
    limit = _limit if _limit is not None else memory_limit()
    if nbytes > limit:
        _refuse(nbytes, what, limit)
    if nbytes > _small and _held_provider is not None:
        held = _held_provider()
        if held + nbytes > limit:
            _refuse(nbytes, what, limit, held)


def check_allocation(shape, dtype, what: str = "a tensor") -> None:
    """Refuse a new array of ``shape`` and ``dtype`` (a gradsh DType or a NumPy
    dtype) over the limit; cheap enough for hot paths (a product and a compare)."""
    numel = math.prod(shape)
    itemsize = dtype.itemsize
    if numel * itemsize > _small:
        name = getattr(dtype, "name", str(dtype))
        dims = ", ".join(str(int(n)) for n in shape)
        check_bytes(numel * itemsize, f"{what} of shape [{dims}] ({name})")


def check_elements(count: int, itemsize: int, what: str) -> None:
    """Refuse ``count`` items of ``itemsize`` bytes (Python lists, strings)."""
    if count * itemsize > _small:
        check_bytes(count * itemsize, what)


def check_copy(tensor, dtype=None) -> None:
    """Before an op makes a result as large as ``tensor`` (as ``dtype``): a
    broadcast view (a zero stride, from ``expand``) can be far larger than the
    memory it occupies, and any large result counts against the workspace."""
    data = tensor._data
    itemsize = (dtype or tensor.dtype).itemsize
    if data.size * itemsize > _small:
        check_allocation(data.shape, dtype or tensor.dtype)
