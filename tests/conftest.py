"""Load the transcript plugin when gradsh is not installed (plain PYTHONPATH runs).

Installed, the ``pytest11`` entry point loads ``gradsh.pytest_plugin``; loading
it a second time here would be an error, so only do it when the entry point
is absent or plugin autoloading is switched off.
"""
import os
import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path
from typing import Callable, Optional

import pytest


def _autoloaded() -> bool:
    if os.environ.get("PYTEST_DISABLE_PLUGIN_AUTOLOAD"):
        return False
    return any(ep.value == "gradsh.pytest_plugin" for ep in entry_points(group="pytest11"))


if not _autoloaded():
    pytest_plugins = ["gradsh.pytest_plugin"]


def gradsh_command() -> list[str]:
    """The installed ``gradsh`` console script next to this Python, as users run it;
    ``python -m gradsh`` when the project is only on the path (not installed)."""
    script = Path(sys.executable).with_name("gradsh")
    if script.is_file():
        return [str(script)]
    return [sys.executable, "-m", "gradsh"]


@pytest.fixture
def gradsh() -> Callable[..., subprocess.CompletedProcess]:
    """Run gradsh in a subprocess: ``gradsh(*args, input=..., cwd=..., env=...)``."""

    def run(*args: str, input: Optional[str] = None, cwd: Optional[Path] = None,
            env: Optional[dict] = None) -> subprocess.CompletedProcess:
        environment = dict(os.environ, PYTHONIOENCODING="utf-8")
        environment.pop("GRADSH_DEBUG", None)
        environment.update(env or {})
        if not gradsh_command()[0].endswith("gradsh"):  # python -m gradsh: find the package
            root = str(Path(__file__).resolve().parent.parent)
            environment["PYTHONPATH"] = os.pathsep.join(
                p for p in (root, environment.get("PYTHONPATH")) if p)
        return subprocess.run([*gradsh_command(), *args], input=input, cwd=cwd, env=environment,
                              capture_output=True, text=True, timeout=120)

    return run
