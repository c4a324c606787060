"""Write a gradsh transcript whose outputs come from real PyTorch.

Usage (with the PyTorch oracle's interpreter, never in gradsh's tests):
    /path/to/torch-venv/bin/python dev/torch_transcript.py INPUT.txt > OUT.gsh

INPUT.txt holds one statement per line (``#`` comment lines are copied as
``>>> # ...`` inputs). Each statement runs as Python's REPL would run it in a
namespace that did ``import torch; from torch import *`` plus the names
gradsh binds (F, np, Variable, inf, nan, pi): an expression's value is echoed
with ``repr`` and an error is printed as ``ErrorType: message``.
"""
from __future__ import annotations

import builtins
import contextlib
import io
import sys
import warnings

import numpy as np
import torch
import torch.nn.functional as F
from torch.autograd import Variable


def namespace() -> dict:
    # torch's names, except where a Python built-in has the same name (float,
    # int, abs, max, ...): the built-in wins, as in gradsh (SPEC §2).
    builtin_names = set(dir(builtins))
    names = {name: getattr(torch, name) for name in dir(torch)
             if not name.startswith("_") and name not in builtin_names}
    names.update(torch=torch, F=F, np=np, numpy=np, Variable=Variable,
                 inf=float("inf"), nan=float("nan"), pi=torch.pi)
    return names


def run(lines: list[str]) -> str:
    scope = namespace()
    out: list[str] = []
    for line in lines:
        line = line.rstrip("\n")
        if not line.strip():
            continue
        out.append(f">>> {line}")
        if line.lstrip().startswith("#"):
            continue
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            printed = io.StringIO()

            def display(value, printed=printed):
                if value is not None:
                    printed.write(repr(value) + "\n")

            try:
                # 'single' mode, as Python's REPL: every expression statement
                # of the line (also after ';') is echoed through displayhook;
                # print() output is captured in order with the echoes.
                sys.displayhook = display
                with contextlib.redirect_stdout(printed):
                    exec(compile(line, "<input>", "single"), scope)
            except Exception as exc:  # noqa: BLE001 - reproduced as text
                out.extend(printed.getvalue().splitlines())
                out.append(f"{type(exc).__name__}: {exc}")
            else:
                out.extend(printed.getvalue().splitlines())
            seen = set()
            for warning in caught:
                text = f"{warning.category.__name__}: {warning.message}"
                if text not in seen:
                    seen.add(text)
                    out.insert(len(out) - (0 if out[-1].startswith(">>>") else 1), text)
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    with open(sys.argv[1], encoding="utf-8") as handle:
        sys.stdout.write(run(handle.readlines()))
