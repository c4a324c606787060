"""Write examples/tour.ipynb from examples/tour.gsh (the seed walkthrough as a notebook).

Comments become Markdown cells; the statements between them one code cell,
except that a statement whose recorded output is an error gets a cell of its
own, tagged ``raises-exception`` (so nbclient runs on past it).  The outputs
are then filled in by ``gradsh --check --update examples/tour.ipynb``.

    .venv/bin/python dev/gen_tour_notebook.py && \\
        .venv/bin/gradsh --check --update examples/tour.ipynb
"""
from __future__ import annotations

import re
from pathlib import Path

import nbformat

from gradsh import transcript

ROOT = Path(__file__).resolve().parent.parent
ERROR = re.compile(r"^[A-Za-z_][\w.]*(Error|Exception): ")
INTRO = ("# A guided tour of gradsh\n\n"
         "The walkthrough of `examples/tour.gsh`, cell by cell, in the gradsh kernel "
         "(`pip install 'gradsh[jupyter]'`, then `gradsh --install-kernel --user`). "
         "Every output is what PyTorch prints, and the notebook checks itself: "
         "`gradsh --check examples/tour.ipynb`.")


def cells() -> list:
    statements = transcript.load(ROOT / "examples" / "tour.gsh")[0].statements
    out, code, notes = [nbformat.v4.new_markdown_cell(INTRO)], [], []

    def flush_code() -> None:
        if code:
            out.append(nbformat.v4.new_code_cell("\n".join(code)))
            code.clear()

    for statement in statements[3:]:  # the first three comments say how to run the file
        source = statement.source.rstrip("\n")
        if source.startswith("#"):
            flush_code()
            notes.append(source.lstrip("# ").strip())
            continue
        if notes:
            text = " ".join(notes)
            out.append(nbformat.v4.new_markdown_cell(text[:1].upper() + text[1:] + "."
                                                     if not text.endswith(".") else text))
            notes.clear()
        if statement.expected and ERROR.match(statement.expected[0]):
            flush_code()
            cell = nbformat.v4.new_code_cell(source)
            cell.metadata["tags"] = ["raises-exception"]
            out.append(cell)
            continue
        code.append(source)
    flush_code()
    return out


def main() -> None:
    notebook = nbformat.v4.new_notebook(cells=cells())
    notebook.metadata["kernelspec"] = {"name": "gradsh", "display_name": "gradsh",
                                       "language": "gradsh"}
    notebook.metadata["language_info"] = {"name": "gradsh", "file_extension": ".gsh",
                                          "mimetype": "text/x-gradsh"}
    for index, cell in enumerate(notebook.cells):
        cell.id = f"cell-{index:02d}"  # stable ids: a rerun changes nothing
    nbformat.validate(notebook)
    nbformat.write(notebook, str(ROOT / "examples" / "tour.ipynb"))


if __name__ == "__main__":
    main()
