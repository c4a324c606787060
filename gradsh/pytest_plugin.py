"""pytest plugin: transcripts as test items (SPEC §8).

Registered through the ``pytest11`` entry point.  Under the test paths it
collects every ``*.gsh`` file that contains a ``>>> `` input (one item per
file), every ``gradsh`` code fence of a ``.md`` file (one item per fence) and
every ``.ipynb`` notebook whose kernel is gradsh (one item per notebook).
A failing item reports a unified diff per statement.  ``--gradsh-update``
rewrites the expected outputs instead of failing.

Transcripts listed in an ``xfail.txt`` next to them (``NAME: reason``) are
marked ``xfail(strict=True)``: they must fail with a mismatch, and passing is
reported as a failure, so the list shrinks as features land.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterator, Optional

import pytest

from gradsh import transcript as transcripts


_REWRITTEN = pytest.StashKey[dict]()  # path -> statements rewritten by --gradsh-update


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:
    """``--gradsh-update``: which files were rewritten, and how many statements in each."""
    rewritten = config.stash.get(_REWRITTEN, {})
    if not config.getoption("gradsh_update", False):
        return
    if not rewritten:
        terminalreporter.write_line("gradsh: --gradsh-update rewrote no files")
        return
    terminalreporter.section("gradsh --gradsh-update")
    for path, count in sorted(rewritten.items()):
        terminalreporter.write_line(f"rewrote {transcripts.display(path)} "
                                    f"({count} statement{'' if count == 1 else 's'})")


class TranscriptMismatch(AssertionError):
    """A transcript's actual output differs from the expected output."""

    def __init__(self, result: transcripts.TranscriptResult) -> None:
        super().__init__(result.report())
        self.result = result


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("gradsh", "gradsh transcripts")
    group.addoption("--gradsh-update", action="store_true", default=False,
                    help="rewrite the expected output of failing gradsh transcripts in place")


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> Optional[pytest.File]:
    suffix = file_path.suffix.lower()
    if suffix == ".ipynb":
        from gradsh import notebook

        if notebook.is_gradsh_file(file_path):
            return NotebookFile.from_parent(parent, path=file_path)
        return None
    if suffix not in (".gsh", ".md"):
        return None
    try:
        text = transcripts.read_text(file_path)
    except transcripts.TranscriptError:
        return None
    if suffix == ".gsh" and not transcripts.has_prompts(text):
        return None  # a script, not a transcript
    if suffix == ".md" and "gradsh" not in text:
        return None
    return TranscriptFile.from_parent(parent, path=file_path)


class TranscriptFile(pytest.File):
    def collect(self) -> Iterator[pytest.Item]:
        found = transcripts.parse_text(transcripts.read_text(self.path), self.path)
        for transcript in found:
            if transcript.fence_line is None:
                name = self.path.stem
            else:
                name = f"line{transcript.fence_line}"
            item = TranscriptItem.from_parent(self, name=name, transcript=transcript)
            reason = transcripts.xfail_reason(transcript)
            if reason is not None:
                item.add_marker(pytest.mark.xfail(reason=reason, strict=True,
                                                  raises=TranscriptMismatch))
            yield item


class TranscriptItem(pytest.Item):
    def __init__(self, *, transcript: transcripts.Transcript, **kwargs) -> None:
        super().__init__(**kwargs)
        self.transcript = transcript

    def runtest(self) -> None:
        result = transcripts.run(self.transcript)
        if result.passed:
            return
        expected_to_fail = self.get_closest_marker("xfail") is not None
        if self.config.getoption("gradsh_update") and not expected_to_fail:
            changed = transcripts.update_file(self.path, [result])
            rewritten = self.config.stash.setdefault(_REWRITTEN, {})
            rewritten[self.path] = rewritten.get(self.path, 0) + changed
            return
        raise TranscriptMismatch(result)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style=None):
        if isinstance(excinfo.value, TranscriptMismatch):
            count = len(excinfo.value.result.mismatches)
            return (f"{transcripts.display(self.transcript.path)}: {count} statement"
                    f"{' differs' if count == 1 else 's differ'} (rerun with --gradsh-update "
                    f"to accept the actual output)\n\n{excinfo.value}")
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, self.transcript.line - 1, f"transcript {self.transcript.name}"


class NotebookFile(pytest.File):
    """A notebook whose kernel is gradsh: one item, its code cells in one workspace."""

    def collect(self) -> Iterator[pytest.Item]:
        yield NotebookItem.from_parent(self, name=self.path.stem)


class NotebookItem(pytest.Item):
    def runtest(self) -> None:
        pytest.importorskip("nbformat")
        from gradsh import notebook

        update = self.config.getoption("gradsh_update")
        result, changed = notebook.check_file(self.path, update)
        if update:
            if changed:
                rewritten = self.config.stash.setdefault(_REWRITTEN, {})
                rewritten[self.path] = changed
            return
        if result.mismatches:
            raise NotebookMismatch(result)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style=None):
        if isinstance(excinfo.value, NotebookMismatch):
            count = len(excinfo.value.result.mismatches)
            return (f"{transcripts.display(self.path)}: {count} code cell"
                    f"{' differs' if count == 1 else 's differ'} (rerun with --gradsh-update "
                    f"to accept the actual output)\n\n{excinfo.value}")
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, 0, f"notebook {self.path.name}"


class NotebookMismatch(AssertionError):
    """A notebook's stored outputs differ from what its cells print now."""

    def __init__(self, result) -> None:
        super().__init__(result.report())
        self.result = result
