"""Fixtures for the engine tests: ``device`` runs a test on every available device.

The ``cuda`` case skips cleanly where CuPy or a GPU is missing, so CI (no GPU)
stays green; on a GPU machine ``pytest -k cuda`` selects the GPU cases.
"""
from __future__ import annotations

import pytest

from gradsh.engine import backend


def _cuda_available() -> bool:
    return backend.cuda_available()


DEVICES = [
    pytest.param("cpu", id="cpu"),
    pytest.param("cuda", id="cuda", marks=pytest.mark.skipif(
        not _cuda_available(), reason="CUDA is not available")),
]


@pytest.fixture(params=DEVICES)
def device(request) -> str:
    """'cpu', then 'cuda' where a GPU is usable; the default device is restored after."""
    from gradsh.engine.ops import creation

    saved = creation.current_default_device()
    yield request.param
    creation.set_default_device(saved)
