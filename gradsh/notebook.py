"""Notebooks as transcripts (SPEC §11): ``gradsh --check nb.ipynb [--update]``.

A notebook whose kernel is gradsh (``metadata.kernelspec.name``, else
``metadata.language_info.name``) is run code cell by code cell in one fresh
workspace, in this process, through the kernel's Session: the outputs are
the ones the kernel sends.  Each cell's stored outputs are compared as text
(streams, ``text/plain`` of results and displays, an error's lines), line by
line with trailing blanks ignored, as transcripts are.  ``--update`` writes
the new outputs (and execution counts) of the cells that differ with
``nbformat``; every other byte of the notebook's JSON stays as nbformat
writes it.  nbformat is imported only here.
"""
from __future__ import annotations

import difflib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, TextIO

KERNEL = "gradsh"


class NotebookError(Exception):
    """A notebook that cannot be read, or whose kernel is not gradsh."""


def is_gradsh(metadata: dict) -> bool:
    kernelspec = metadata.get("kernelspec") or {}
    if kernelspec.get("name"):
        return kernelspec.get("name") == KERNEL or kernelspec.get("language") == KERNEL
    return (metadata.get("language_info") or {}).get("name") == KERNEL


def is_gradsh_file(path: Path) -> bool:
    """A cheap look at the JSON's metadata (the pytest plugin asks for every .ipynb)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and is_gradsh(data.get("metadata") or {})


def output_text(outputs: Iterable[Any]) -> list[str]:
    """A cell's outputs as the lines a transcript would show."""
    chunks = []
    for output in outputs:
        kind = output.get("output_type")
        if kind == "stream":
            text = output.get("text", "")
            chunks.append("".join(text) if isinstance(text, list) else text)
        elif kind in ("execute_result", "display_data"):
            text = (output.get("data") or {}).get("text/plain")
            if text is not None:  # a picture alone (the SVG of :graph) is not compared
                chunks.append(("".join(text) if isinstance(text, list) else text) + "\n")
        elif kind == "error":
            chunks.append("\n".join(output.get("traceback") or
                                    [f"{output.get('ename')}: {output.get('evalue')}"]) + "\n")
    text = "".join(chunks)
    lines = [line.rstrip(" \t") for line in text.split("\n")]
    if lines and lines[-1] == "":
        lines.pop()
    return lines


@dataclass
class CellMismatch:
    index: int  # among the code cells, from 1
    source: str
    expected: list[str]
    actual: list[str]

    def diff(self, path: Path) -> str:
        first = self.source.split("\n", 1)[0]
        body = difflib.unified_diff(self.expected, self.actual, "expected", "actual",
                                    lineterm="")
        return f"{path}: code cell {self.index} ({first}): output differs\n" + "\n".join(body)


@dataclass
class NotebookResult:
    path: Path
    cells: int = 0
    mismatches: list[CellMismatch] = field(default_factory=list)

    def report(self) -> str:
        return "\n\n".join(m.diff(self.path) for m in self.mismatches)


def read(path: Path) -> Any:
    import nbformat

    try:
        notebook = nbformat.read(str(path), as_version=4)
    except FileNotFoundError:
        raise NotebookError(f"cannot open '{path}': No such file or directory") from None
    except (OSError, ValueError) as exc:
        raise NotebookError(f"cannot read '{path}': {exc}") from None
    if not is_gradsh(notebook.metadata):
        raise NotebookError(f"{path}: not a gradsh notebook (its kernel is not gradsh)")
    return notebook


def run_cells(notebook: Any) -> list[tuple[Any, list]]:
    """(code cell, its new outputs) for each code cell, run in one fresh workspace."""
    import nbformat

    from gradsh.kernel.session import Session
    from gradsh.transcript import engine_defaults

    results: list[tuple[Any, list]] = []
    outputs: list = []

    def emit(kind: str, text: str) -> None:
        if kind in ("stdout", "stderr"):
            last = outputs[-1] if outputs else None
            if last is not None and last.output_type == "stream" and last.name == kind:
                last.text += text  # as Jupyter's front ends store a stream
            else:
                outputs.append(nbformat.v4.new_output("stream", name=kind, text=text))
        elif kind == "result":
            outputs.append(nbformat.v4.new_output(
                "execute_result", data={"text/plain": text}, execution_count=count))

    with engine_defaults():
        session = Session(emit)
        count = 0
        for cell in notebook.cells:
            if cell.cell_type != "code":
                continue
            count += 1
            outputs = []
            error = session.run_cell(cell.source)
            if error is not None:
                outputs.append(nbformat.v4.new_output(
                    "error", ename=error.ename, evalue=error.evalue, traceback=error.lines))
            results.append((cell, outputs))
    return results


def check_file(path: Path, update: bool) -> tuple[NotebookResult, int]:
    """Run and compare one notebook; with ``update``, rewrite it. (result, cells changed)."""
    import nbformat

    notebook = read(path)
    result = NotebookResult(path)
    changed = 0
    for index, (cell, outputs) in enumerate(run_cells(notebook), start=1):
        result.cells += 1
        expected, actual = output_text(cell.get("outputs", [])), output_text(outputs)
        if expected != actual:
            result.mismatches.append(CellMismatch(index, cell.source, expected, actual))
            if update:
                cell.outputs = outputs
                cell.execution_count = index
                changed += 1
    if changed:
        nbformat.validate(notebook)
        nbformat.write(notebook, str(path))
    return result, changed


def check(paths: Iterable[str | Path], update: bool, out: TextIO, err: TextIO) -> int:
    """``gradsh --check [--update] NB.ipynb...``: 0 all passed, 1 mismatches, 2 bad paths."""
    try:
        import nbformat  # noqa: F401
    except ImportError:
        err.write("gradsh: checking notebooks needs the jupyter extra: "
                  "pip install 'gradsh[jupyter]'\n")
        return 2
    results = []
    for path in paths:
        try:
            results.append(check_file(Path(path), update))
        except NotebookError as exc:
            err.write(f"gradsh: {exc}\n")
            return 2
    cells = differing = changed = 0
    for result, count in results:
        cells += result.cells
        differing += len(result.mismatches)
        changed += count
        if count:
            out.write(f"{result.path}: updated\n")
        elif result.mismatches:
            out.write(result.report() + "\n\n")
    head = f"{len(results)} notebook{'' if len(results) == 1 else 's'}, " \
           f"{cells} code cell{'' if cells == 1 else 's'}: "
    if update and changed:
        out.write(head + f"updated {changed} cell{'' if changed == 1 else 's'}\n")
    elif differing:
        out.write(head + f"{differing} {'differs' if differing == 1 else 'differ'}\n")
    else:
        out.write(head + "all passed\n")
    return 1 if differing and not update else 0
