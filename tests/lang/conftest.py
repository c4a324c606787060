"""Fixtures for the language tests: an interpreter whose output is captured."""
from __future__ import annotations

import pytest

from gradsh.lang.diagnostics import Diagnostic
from gradsh.lang.evaluator import Interpreter


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
    from gradsh.engine import printing
    from gradsh.engine.ops import creation

    saved = printing.options.copy()
    saved_device = creation.current_default_device()
    yield Session()
    for name in saved.__slots__:
        setattr(printing.options, name, getattr(saved, name))
    creation.set_default_device(saved_device)
