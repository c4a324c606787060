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
"""
from __future__ import annotations

import math
import os
import re

FALLBACK_LIMIT = 4 * 1024 ** 3
MAX_SIZE = 1024 ** 6  # bytes: a memory size at or past this (1e400 included) is refused
ENV_VAR = "GRADSH_MEMORY_LIMIT"

_limit: int | None = None  # set explicitly (or computed once), in bytes

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
    global _limit
    if _limit is None:
        _limit = default_limit()
    return _limit


def set_memory_limit(value: int | str | None) -> None:
    """Bytes, a size string (``'2GB'``), or None for the default."""
    global _limit
    _limit = None if value is None else (parse_size(value) if isinstance(value, str)
                                         else int(value))


def check_bytes(nbytes: int, what: str) -> None:
    """Refuse ``nbytes`` for ``what`` ("a list of 10**12 items") over the limit."""
    limit = _limit if _limit is not None else memory_limit()
    if nbytes > limit:
        error = MemoryError(f"allocating {format_bytes(nbytes)} for {what} exceeds gradsh's "
                            f"memory limit of {format_bytes(limit)}")
        error.gradsh_limit = True  # a script's `except` may not swallow it
        raise error


def check_allocation(shape, dtype, what: str = "a tensor") -> None:
    """Refuse a new array of ``shape`` and ``dtype`` (a gradsh DType or a NumPy
    dtype) over the limit; cheap enough for hot paths (a product and a compare)."""
    numel = math.prod(shape)
    itemsize = dtype.itemsize
    limit = _limit if _limit is not None else memory_limit()
    if numel * itemsize > limit:
        name = getattr(dtype, "name", str(dtype))
        dims = ", ".join(str(int(n)) for n in shape)
        check_bytes(numel * itemsize, f"{what} of shape [{dims}] ({name})")


def check_elements(count: int, itemsize: int, what: str) -> None:
    """Refuse ``count`` items of ``itemsize`` bytes (Python lists, strings)."""
    limit = _limit if _limit is not None else memory_limit()
    if count * itemsize > limit:
        check_bytes(count * itemsize, what)


def check_copy(tensor, dtype=None) -> None:
    """Before copying a tensor (as ``dtype``): only a broadcast view (a zero
    stride, from ``expand``) can be larger than the memory it occupies, so only
    those are measured."""
    data = tensor._data
    if 0 in data.strides and data.size > 1:
        check_allocation(data.shape, dtype or tensor.dtype)
