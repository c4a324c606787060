"""PyTorch's TORCH_WARN_ONCE: a warning given once per process.

Each transcript runs as a fresh gradsh (``transcript.engine_defaults``
calls :func:`reset`), as each PyTorch process warns afresh.
"""
from __future__ import annotations

import warnings

_given: set = set()


def warn_once(message: str, stacklevel: int = 3, key: str | None = None) -> None:
    """``key``: one call site of several messages (PyTorch warns once per site)."""
    key = message if key is None else key
    if key in _given:
        return
    _given.add(key)
    warnings.warn(message, UserWarning, stacklevel=stacklevel)


def reset() -> None:
    _given.clear()
