"""A gradsh kernel spec in a temporary folder, for the tests that start the real kernel."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest


def write_spec(folder: Path) -> Path:
    """A gradsh kernel spec under ``folder/kernels/gradsh`` for this Python."""
    from gradsh.kernel.install import spec

    target = folder / "kernels" / "gradsh"
    target.mkdir(parents=True, exist_ok=True)
    data = spec()
    data["argv"][0] = sys.executable
    (target / "kernel.json").write_text(json.dumps(data), encoding="utf-8")
    return folder / "kernels"


@pytest.fixture(scope="module")
def kernel_dirs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder of kernel specs to give a KernelSpecManager (``kernel_dirs``)."""
    return write_spec(tmp_path_factory.mktemp("jupyter"))
