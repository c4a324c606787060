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

from gradsh.lang.diagnostics import Diagnostic
from gradsh.lang.evaluator import Interpreter


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


# ------------------------------------------------ an interpreter for the tests
class Session:
    """An Interpreter plus the text and warnings it produced."""

    def __init__(self) -> None:
        self.chunks: list[str] = []
        self.warnings: list[Diagnostic] = []
        self.interp = Interpreter(self.chunks.append, warn=self.warnings.append)

    @property
    def workspace(self) -> dict:
        return self.interp.workspace

    def run(self, source: str) -> str:
        """Run source; return what it printed."""
        start = len(self.chunks)
        self.interp.run_source(source)
        return "".join(self.chunks[start:])

    def error(self, source: str) -> Diagnostic:
        """Run source that must fail; return the Diagnostic."""
        with pytest.raises(Diagnostic) as info:
            self.interp.run_source(source)
        return info.value

    def output(self) -> str:
        return "".join(self.chunks)


@pytest.fixture
def session() -> Session:
    """A fresh interpreter; the engine's global settings are restored after."""
    from gradsh.engine import dtypes, printing
    from gradsh.engine.ops import creation

    saved = printing.options.copy()
    saved_dtype = dtypes.get_default_dtype()
    saved_device = creation.current_default_device()
    yield Session()
    for name in saved.__slots__:
        setattr(printing.options, name, getattr(saved, name))
    dtypes.set_default_dtype(saved_dtype)
    creation.set_default_device(saved_device)
