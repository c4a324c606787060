"""The coverage list of issue 17: PyTorch's documented examples, run in PyTorch and in gradsh.

Usage (with the PyTorch oracle's interpreter; a dev tool, never part of the tests):

    /path/to/torch-venv/bin/python dev/coverage.py [--only NAME...] [--jobs N]
        [--timeout S] [--transcripts DIR] [--gradsh-python PATH]

1. Extracts the ``>>>`` examples (with their ``...`` lines) from the docstrings
   of ``torch``, ``torch.Tensor``, ``torch.nn.functional``, ``torch.linalg``,
   ``torch.special``, ``torch.fft`` and ``torch.autograd.functional`` with
   ``doctest.DocTestParser``. A docstring shared by two names is counted once,
   under the first namespace in that order... except that the submodules come
   before ``torch`` (``F.conv2d`` is ``torch.conv2d``; its docstring is F's).
2. Runs each name's examples in order in one fresh namespace per name: in
   PyTorch (here, one forked process per name) and in gradsh (one transcript
   per name, run by ``gradsh.transcript.run`` in gradsh's own interpreter,
   again one forked process per name). Both start with PyTorch's doctest
   prelude (``from torch import nn``, ``import torch.nn.functional as F``) and
   ``torch.manual_seed(0)``; each name has a time limit.
   An example's output is what Python's REPL echoes: the repr of an
   expression's value, printed text, warnings, ``ErrorType: message``.
3. Writes ``docs/coverage.md`` (summary, a table per namespace, the missing
   names ranked) and ``dev/coverage.json`` (everything, per example).

Examples PyTorch's own doctest does not check, or that cannot be compared:

- ``+SKIP`` (xdoctest or doctest), ``+REQUIRES(...)`` other than the autograd
  switch, CUDA, files, the network: not run (reason recorded);
- ``+IGNORE_WANT`` and ``# random``: run in both, reported apart ("unchecked");
- ``torch.empty*`` / ``new_empty*`` (uninitialised memory), object addresses
  (``at 0x...``), and examples where PyTorch itself raises ``NameError`` (a
  name from a skipped example): run, not counted.

A directive on a line of its own applies to the rest of the docstring, as in
xdoctest; one at the end of a line applies to that example.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import select
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GRADSH_PYTHON = ROOT / ".venv" / "bin" / "python"
JSON_PATH = ROOT / "dev" / "coverage.json"
MD_PATH = ROOT / "docs" / "coverage.md"

# (prefix as the docs name it, module path, how gradsh spells the object)
NAMESPACES = [
    ("F", "torch.nn.functional", "F"),
    ("torch.linalg", "torch.linalg", "torch.linalg"),
    ("torch.special", "torch.special", "torch.special"),
    ("torch.fft", "torch.fft", "torch.fft"),
    ("torch.autograd.functional", "torch.autograd.functional", "torch.autograd.functional"),
    ("torch.testing", "torch.testing", "torch.testing"),
    ("Tensor", "torch.Tensor", "torch.Tensor"),
    ("torch", "torch", "torch"),
]
TABLE_ORDER = ["torch", "Tensor", "F", "torch.linalg", "torch.special", "torch.fft",
               "torch.autograd.functional", "torch.testing"]

PRELUDE = ["from torch import nn", "import torch.nn.functional as F", "_ = torch.manual_seed(0)"]

SKIP_NOT_RUN = [  # (pattern on the source, reason): never run
    (re.compile(r"cuda|\bdevice\s*=\s*['\"]?(mps|xpu|meta)|\.to\(['\"](mps|xpu)", re.I),
     "needs CUDA or another device"),
    (re.compile(r"torch\.(save|load)\b|\bopen\(|from_file|tempfile|\.pt['\"]|os\.path"),
     "needs files"),
    (re.compile(r"https?://|torch\.hub|download", re.I), "needs the network"),
    (re.compile(r"torch\.distributed|torch\.cuda|torch\.backends|torch\.compile|torch\.jit"
                r"|torch\._dynamo|torch\.onnx|torch\.export"), "needs a PyTorch subsystem"),
]
UNINITIALISED = re.compile(r"\bempty(_like|_strided|_permuted)?\(|new_empty(_strided)?\(")
ADDRESS = re.compile(r" at 0x[0-9a-fA-F]+")
DIRECTIVE = re.compile(r"#\s*(x?doctest)\s*:\s*(.*)$", re.I)
RANDOM_COMMENT = re.compile(r"#\s*random\b", re.I)
ERROR_LINE = re.compile(r"^[A-Za-z_][\w.]*(Error|Exception|Interrupt|Exit): ?")


# ====================================================================== examples
def _directives(source: str) -> set[str]:
    found = set()
    for line in source.splitlines():
        match = DIRECTIVE.search(line)
        if match:
            for part in re.split(r"[,\s]+(?=[+-])", match.group(2).strip()):
                part = part.strip()
                if part:
                    found.add(part)
        if RANDOM_COMMENT.search(line):
            found.add("+RANDOM")
    return found


def _classify(directives: set[str]) -> tuple[str, str]:
    """(status, reason) from directives: 'skip' | 'unchecked' | ''."""
    for item in directives:
        upper = item.upper()
        if upper.startswith("+SKIP"):
            return "skip", "marked +SKIP"
        if upper.startswith("+REQUIRES"):
            if "AUTOGRAD" in upper or "LAPACK" in upper:  # CPU builds have both
                continue
            if "CUDA" in upper:
                return "skip", "needs CUDA (+REQUIRES)"
            return "skip", "needs " + item[len("+REQUIRES"):].strip("()")
    for item in directives:
        upper = item.upper()
        if upper.startswith("+IGNORE_WANT") or upper == "+RANDOM":
            return "unchecked", "output marked non-deterministic"
    return "", ""


def extract() -> list[dict]:
    """Every documented name with its examples, in namespace order."""
    import doctest
    import importlib

    import torch

    parser = doctest.DocTestParser()
    seen_docs: set[str] = set()
    names: list[dict] = []
    for prefix, module_path, gradsh_path in NAMESPACES:
        if module_path == "torch.Tensor":
            space = torch.Tensor
        else:
            space = importlib.import_module(module_path)
        for attr in sorted(dir(space)):
            if attr.startswith("_"):
                continue
            try:
                obj = getattr(space, attr)
            except Exception:  # noqa: BLE001 - a lazy attribute that fails: no docs
                continue
            if type(obj).__name__ == "module":
                continue
            doc = getattr(obj, "__doc__", None)
            if not isinstance(doc, str) or ">>>" not in doc or doc in seen_docs:
                continue
            try:
                parsed = parser.get_examples(doc)
            except ValueError:
                # inconsistent indentation somewhere in the docstring: parse
                # the lines from the first '>>>' block on, dedented
                try:
                    parsed = parser.get_examples(_dedent_examples(doc))
                except ValueError:
                    continue
            if not parsed:
                continue
            seen_docs.add(doc)
            # DocTestParser drops comment-only inputs: a directive on a line of
            # its own (``>>> # xdoctest: +SKIP``) is found in the raw lines and
            # applies to every later example of the docstring
            own_line = [(number, _directives(line))
                        for number, line in enumerate(doc.splitlines())
                        if re.match(r"\s*>>>\s*#", line)]
            examples = []
            for example, source in _merge_continued(parsed):
                dirs = _directives(source)
                for number, found in own_line:
                    if number < example.lineno:
                        dirs |= found
                status, reason = _classify(dirs)
                if not status:
                    for pattern, why in SKIP_NOT_RUN:
                        if pattern.search(source):
                            status, reason = "skip", why
                            break
                examples.append({"source": source, "status": status, "reason": reason})
            if not examples:
                continue
            names.append({
                "name": f"{prefix}.{attr}",
                "namespace": prefix,
                "attr": attr,
                "gradsh": f"{gradsh_path}.{attr}",
                "kind": "class" if isinstance(obj, type) else "function",
                "examples": examples,
            })
    return names


def _compiles(source: str) -> bool:
    try:
        compile(source + "\n", "<stdin>", "exec")
    except SyntaxError:
        return False
    return True


def _merge_continued(parsed: list) -> list:
    """(example, source) pairs, with ``>>>`` lines that continue a statement joined.

    Some docstrings write a statement's continuation lines with ``>>>``
    instead of ``...``; xdoctest, which runs PyTorch's doctests, reads the
    consecutive ``>>>`` lines of a block as one program, so they work there.
    An input that does not compile and shows no output is joined with the
    next ones until the whole compiles.
    """
    merged, index = [], 0
    while index < len(parsed):
        example = parsed[index]
        source = example.source.rstrip("\n")
        end = index
        if not _compiles(source) and not example.want.strip():
            joined, probe = source, index
            while probe + 1 < len(parsed) and probe - index < 40:
                probe += 1
                joined += "\n" + parsed[probe].source.rstrip("\n")
                if _compiles(joined):
                    source, end = joined, probe
                    break
                if parsed[probe].want.strip():
                    break
        merged.append((parsed[end] if end != index else example, source))
        index = end + 1
    return merged


def _dedent_examples(doc: str) -> str:
    lines = [line for line in doc.splitlines() if line.strip()]
    prompts = [line for line in lines if line.lstrip().startswith(">>>")]
    indent = min(len(line) - len(line.lstrip()) for line in prompts)
    out = []
    for line in doc.splitlines():
        stripped = line[indent:] if line[:indent].strip() == "" else line.lstrip()
        out.append(stripped)
    return "\n".join(out)


# ====================================================================== forking
def run_forked(items: list, work, timeout: float, jobs: int, label: str) -> list:
    """``work(item) -> json-able`` for every item, each in a forked child with a time limit."""
    results: list = [None] * len(items)
    pending = list(range(len(items)))
    # pid -> (index, fd, start, chunks)
    running: dict[int, tuple[int, int, float, list[bytes]]] = {}
    done = 0
    started = time.monotonic()
    while pending or running:
        while pending and len(running) < jobs:
            index = pending.pop(0)
            read_fd, write_fd = os.pipe()
            pid = os.fork()
            if pid == 0:  # child
                os.close(read_fd)
                code = 0
                try:
                    payload = {"ok": work(items[index])}
                except BaseException as exc:  # noqa: BLE001 - reported to the parent
                    payload = {"crash": f"{type(exc).__name__}: {exc}"}
                    code = 1
                data = json.dumps(payload).encode()
                view = memoryview(data)
                while view:
                    written = os.write(write_fd, view)
                    view = view[written:]
                os.close(write_fd)
                os._exit(code)
            os.close(write_fd)
            running[pid] = (index, read_fd, time.monotonic(), [])
        fds = {fd: pid for pid, (_, fd, _, _) in running.items()}
        ready, _, _ = select.select(list(fds), [], [], 0.2)
        for fd in ready:
            pid = fds[fd]
            chunk = os.read(fd, 1 << 16)
            if chunk:
                running[pid][3].append(chunk)
                continue
            index, _, _, chunks = running.pop(pid)
            os.close(fd)
            os.waitpid(pid, 0)
            try:
                payload = json.loads(b"".join(chunks) or b"{}")
            except ValueError:
                payload = {}
            results[index] = payload.get("ok", {"crash": payload.get("crash", "child died")})
            done += 1
        now = time.monotonic()
        for pid, (index, fd, start, _) in list(running.items()):
            if now - start > timeout:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                os.close(fd)
                running.pop(pid)
                results[index] = {"timeout": timeout}
                done += 1
        if sys.stderr.isatty():
            sys.stderr.write(f"\r{label}: {done}/{len(items)} ({now - started:.0f} s)")
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    return results


# ====================================================================== PyTorch side
def _torch_namespace() -> dict:
    import builtins
    import math

    import numpy as np
    import torch
    import torch.nn.functional as F
    from torch.autograd import Variable

    builtin_names = set(dir(builtins))
    names = {name: getattr(torch, name) for name in dir(torch)
             if not name.startswith("_") and name not in builtin_names}
    names.update(torch=torch, F=F, np=np, numpy=np, Variable=Variable, math=math,
                 inf=float("inf"), nan=float("nan"), pi=torch.pi, __name__="__main__")
    return names


def _torch_reset() -> None:
    import torch

    torch.set_printoptions(profile="default", sci_mode=None)
    torch.set_default_dtype(torch.float32)
    torch.set_grad_enabled(True)


def _torch_example(source: str, scope: dict) -> list[str]:
    import contextlib
    import io
    import warnings

    printed = io.StringIO()
    seen: set[str] = set()

    def show(message, category, filename, lineno, file=None, line=None):
        text = f"{category.__name__}: {message}"
        if text not in seen:
            seen.add(text)
            if printed.getvalue() and not printed.getvalue().endswith("\n"):
                printed.write("\n")
            printed.write(text + "\n")

    def display(value):
        if value is not None:
            printed.write(repr(value) + "\n")

    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.showwarning = show
        sys.displayhook = display
        try:
            try:
                code = compile(source + "\n", "<stdin>", "single")
            except SyntaxError:
                code = compile(source + "\n", "<stdin>", "exec")
            with contextlib.redirect_stdout(printed):
                exec(code, scope)
        except Exception as exc:  # noqa: BLE001 - reproduced as text
            if printed.getvalue() and not printed.getvalue().endswith("\n"):
                printed.write("\n")
            # as the REPL's last line: a SyntaxError without its "(<stdin>, line 1)"
            message = exc.msg if isinstance(exc, SyntaxError) else exc
            printed.write(f"{type(exc).__name__}: {message}\n")
        finally:
            sys.displayhook = sys.__displayhook__
    text = printed.getvalue()
    lines = text.split("\n")
    if text.endswith("\n") or not text:
        lines.pop()
    return lines


def torch_work(entry: dict) -> dict:
    _torch_reset()
    scope = _torch_namespace()
    for line in PRELUDE:
        _torch_example(line, scope)
    outputs = []
    for example in entry["examples"]:
        if example["status"] == "skip":
            outputs.append(None)
            continue
        outputs.append(_torch_example(example["source"], scope))
    return {"outputs": outputs}


# ====================================================================== gradsh side
def _gradsh_transcript(name: str, sources: list[str], expected: list[list[str]]):
    from gradsh.transcript import Statement, Transcript

    statements = [Statement(line=i + 1, source=src, expected=list(exp),
                            output_start=0, output_end=0)
                  for i, (src, exp) in enumerate(zip(sources, expected))]
    return Transcript(path=Path(name + ".gsh"), line=1, index=0, statements=statements)


def _gradsh_run(name: str, sources: list[str], expected: list[list[str]]):
    from gradsh import transcript

    result = transcript.run(_gradsh_transcript(name, sources, expected))
    mismatched = {id(m.statement): m.actual for m in result.mismatches}
    return [(id(statement) not in mismatched, mismatched.get(id(statement), actual))
            for statement, actual in zip(result.transcript.statements, result.actual)]


def gradsh_work(entry: dict) -> dict:
    # supported: does the name resolve?
    probes = [entry["gradsh"]]
    if entry["namespace"] == "Tensor":
        probes.append(f"torch.ones(1).{entry['attr']}")
    supported = False
    for probe in probes:
        ((_, actual),) = _gradsh_run(entry["name"], [probe], [[]])
        if not any(ERROR_LINE.match(line) for line in actual):
            supported = True
            break
    sources = list(PRELUDE)
    expected: list[list[str]] = [[] for _ in PRELUDE]
    index_of = []
    for example, output in zip(entry["examples"], entry["outputs"]):
        if output is None:
            index_of.append(None)
            continue
        index_of.append(len(sources))
        sources.append(example["source"])
        expected.append(output)
    while len(expected) > len(PRELUDE) and expected[-1] and not expected[-1][-1].strip():
        expected[-1] = expected[-1][:-1]
    outcome = _gradsh_run(entry["name"], sources, expected)
    results = []
    for position in index_of:
        results.append(None if position is None else
                       {"same": outcome[position][0], "actual": outcome[position][1]})
    return {"supported": supported, "results": results}


def gradsh_main(in_path: str, out_path: str, timeout: float, jobs: int) -> None:
    sys.path.insert(0, str(ROOT))
    entries = json.loads(Path(in_path).read_text())
    # warm up in the parent so each forked child starts with the parser loaded
    _gradsh_run("warmup", ["x = torch.ones(2)", "x + 1"], [[], ["tensor([2., 2.])"]])
    results = run_forked(entries, gradsh_work, timeout, jobs, "gradsh")
    Path(out_path).write_text(json.dumps(results))


# ====================================================================== judging
def judge(entry: dict, torch_result: dict, gradsh_result: dict) -> None:
    """Fill entry['examples'][i] with 'torch', 'gradsh', 'outcome'."""
    entry["supported"] = bool(gradsh_result.get("supported"))
    if "timeout" in gradsh_result or "crash" in gradsh_result:
        entry["gradsh_problem"] = ("timed out" if "timeout" in gradsh_result
                                   else gradsh_result["crash"])
    outputs = torch_result.get("outputs")
    if outputs is None:
        entry["torch_problem"] = ("timed out" if "timeout" in torch_result
                                  else torch_result.get("crash"))
        outputs = [None] * len(entry["examples"])
    results = gradsh_result.get("results") or [None] * len(entry["examples"])
    for example, output, result in zip(entry["examples"], outputs, results):
        example["torch"] = output
        if example["status"] == "skip":
            example["outcome"] = "skipped"
            continue
        if output is None:
            example["outcome"] = "excluded"
            example["reason"] = "PyTorch did not finish"
            continue
        if not example["status"]:
            if UNINITIALISED.search(example["source"]) and output:
                example["status"], example["reason"] = "excluded", "prints uninitialised memory"
            elif any(ADDRESS.search(line) for line in output):
                example["status"], example["reason"] = "excluded", "prints an object address"
            elif any(line.startswith("NameError: ") for line in output):
                example["status"] = "excluded"
                example["reason"] = "PyTorch raises NameError (a skipped example's name)"
        if result is None:
            example["gradsh"] = None
            same = False
            actual = [f"(gradsh {entry.get('gradsh_problem', 'did not run')})"]
        else:
            same, actual = result["same"], result["actual"]
            example["gradsh"] = actual
        example["same"] = same
        if example["status"] == "excluded":
            example["outcome"] = "excluded"
        elif same:
            example["outcome"] = "exact"
        else:
            torch_error = next((line for line in output if ERROR_LINE.match(line)), None)
            gradsh_error = next((line for line in actual if ERROR_LINE.match(line)), None)
            if result is None or (gradsh_error and (
                    not torch_error or torch_error.split(":")[0] != gradsh_error.split(":")[0])):
                example["outcome"] = "fails"
            else:
                example["outcome"] = "differs"
        if example["status"] == "unchecked":
            example["outcome"] = "unchecked-" + ("exact" if same else "differs")


def first_difference(entry: dict) -> str:
    for example in entry["examples"]:
        if example.get("outcome") in ("differs", "fails"):
            source = example["source"].splitlines()[0]
            want, got = example["torch"] or [], example.get("gradsh") or []
            for i in range(max(len(want), len(got))):
                w = want[i] if i < len(want) else "(nothing)"
                g = got[i] if i < len(got) else "(nothing)"
                if w.rstrip() != g.rstrip():
                    if ERROR_LINE.match(g):
                        return f"`{_short(source, 40)}` → {_short(g, 90)}"
                    return f"`{_short(source, 40)}`: `{_short(w, 40)}` vs `{_short(g, 40)}`"
            return f"`{_short(source, 40)}`"
    return ""


def _short(text: str, width: int) -> str:
    text = text.strip().replace("|", "\\|")
    return text if len(text) <= width else text[:width - 1] + "…"


# ====================================================================== priority
# What a learner reaches for first: the names issue 17 lists, and the
# functions PyTorch's beginner tutorials ("Tensors", "Introduction to
# PyTorch Tensors", "Autograd") call. A hand-made list: the tutorials'
# sources are not read here. They come first; then every other name, by how
# often PyTorch's own Python code calls it.
BEGINNER = {
    "nonzero", "unique", "diag", "triu", "tril", "hstack", "vstack", "meshgrid", "where",
    "repeat_interleave", "broadcast_to", "dist", "cross", "addcmul", "nan_to_num", "scatter_",
    "scatter", "index_add_", "new_zeros", "new_ones", "new_full", "new_tensor", "register_hook",
    "inference_mode", "tensor", "zeros", "ones", "full", "arange", "linspace", "eye", "rand",
    "randn", "randint", "zeros_like", "ones_like", "rand_like", "randn_like", "full_like",
    "from_numpy", "as_tensor", "cat", "stack", "chunk", "split", "squeeze", "unsqueeze",
    "reshape", "view", "permute", "transpose", "flatten", "gather", "index_select",
    "masked_fill", "masked_select", "argmax", "argmin", "topk", "sort", "argsort", "cumsum",
    "clamp", "abs", "ceil", "floor", "round", "sqrt", "exp", "log", "sin", "cos", "sigmoid",
    "tanh", "relu", "softmax", "log_softmax", "matmul", "mm", "bmm", "dot", "outer", "einsum",
    "mean", "std", "var", "max", "min", "sum", "prod", "norm", "eq", "allclose", "equal",
    "bitwise_xor", "det", "svd", "flip", "roll", "repeat", "expand", "tile", "clone",
    "detach", "manual_seed", "linalg.norm", "linalg.inv", "linalg.det", "linalg.solve",
    "linalg.svd", "linalg.eigh", "linalg.vector_norm", "linalg.matrix_norm", "cross_entropy",
    "mse_loss", "one_hot", "pad", "interpolate", "dropout", "normalize",
}


# Plumbing a calculator's user rarely types: sparse and quantized tensors,
# devices and streams, files, memory layout, deprecated names.
LOW_PRIORITY = re.compile(
    r"sparse|csr|csc|bsr|bsc|crow|ccol|col_indices|row_indices|quantiz|q_|dlpack|buffer"
    r"|strided|storage|Event|Stream|load|save|device|deterministic|typename|flush_denormal"
    r"|resize|compile|^range$|to_dense|to_mkldnn|pin_memory|share_memory|is_shared|data_ptr"
    r"|untyped|nested|jagged|set_default|warn_always|vmap")


def tier_of(entry: dict) -> int:
    attr = entry["attr"]
    if entry["namespace"] == "torch.linalg":
        attr = "linalg." + attr
    if entry["namespace"] in ("torch", "Tensor", "F", "torch.linalg") and attr in BEGINNER:
        return 0
    return 2 if LOW_PRIORITY.search(entry["attr"]) else 1


_CALL = re.compile(r"(?:\b(\w+))?\.(\w+)\(")


def call_counts(names: list[dict]) -> dict[str, int]:
    """How often PyTorch's own Python code calls each name (a commonness proxy).

    ``X.attr(`` anywhere counts for ``torch.attr`` and ``Tensor.attr``; for the
    submodules the receiver must be the module's name (``F``, ``functional``,
    ``linalg``, ``special``, ``fft``).
    """
    import torch

    by_attr: dict[str, int] = {}
    by_pair: dict[tuple[str, str], int] = {}
    for path in Path(torch.__file__).parent.rglob("*.py"):
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        for receiver, attr in _CALL.findall(text):
            by_attr[attr] = by_attr.get(attr, 0) + 1
            if receiver:
                by_pair[receiver, attr] = by_pair.get((receiver, attr), 0) + 1
    receivers = {"F": ("F", "functional"), "torch.linalg": ("linalg",),
                 "torch.special": ("special",), "torch.fft": ("fft",)}
    counts = {}
    for entry in names:
        names_of = receivers.get(entry["namespace"])
        if names_of is None:
            counts[entry["name"]] = by_attr.get(entry["attr"], 0)
        else:
            counts[entry["name"]] = sum(by_pair.get((r, entry["attr"]), 0) for r in names_of)
    return counts


# ====================================================================== report
def summarize(names: list[dict]) -> dict:
    counts = {"names": len(names), "supported": 0, "examples": 0, "runnable": 0, "exact": 0,
              "differs": 0, "fails": 0, "skipped": 0, "excluded": 0, "unchecked": 0,
              "unchecked_exact": 0, "supported_runnable": 0, "supported_exact": 0,
              "printing": 0, "printing_exact": 0}
    for entry in names:
        counts["supported"] += entry["supported"]
        for example in entry["examples"]:
            counts["examples"] += 1
            outcome = example["outcome"]
            if outcome in ("exact", "differs", "fails"):
                counts["runnable"] += 1
                counts[outcome] += 1
                if example["torch"]:  # PyTorch printed something
                    counts["printing"] += 1
                    counts["printing_exact"] += outcome == "exact"
                if entry["supported"]:
                    counts["supported_runnable"] += 1
                    counts["supported_exact"] += outcome == "exact"
            elif outcome.startswith("unchecked"):
                counts["unchecked"] += 1
                counts["unchecked_exact"] += outcome == "unchecked-exact"
            else:
                counts[outcome] += 1
    return counts


def _pct(part: int, whole: int) -> str:
    return f"{100.0 * part / whole:.1f}%" if whole else "-"


def write_markdown(names: list[dict], counts: dict, ranked: list[dict], meta: dict) -> str:
    c = counts
    out = [
        "# Coverage of PyTorch's documented examples",
        "",
        "Generated by `dev/coverage.py` (run it with the PyTorch oracle's interpreter;",
        "the raw results, per example, are in `dev/coverage.json`). Every `>>>` example",
        "in the docstrings of `torch`, `torch.Tensor`, `torch.nn.functional` (F),",
        "`torch.linalg`, `torch.special`, `torch.fft` and `torch.autograd.functional`",
        f"of PyTorch {meta['torch']} runs in PyTorch and in gradsh, name by name, each name in a",
        "fresh namespace that starts with `from torch import nn`, `import torch.nn.functional",
        "as F` and `torch.manual_seed(0)`; an example is *exact* when gradsh echoes the same",
        "text as Python's REPL does with PyTorch (reprs, printed text, warnings,",
        "`ErrorType: message`; trailing spaces ignored, as in transcripts).",
        "",
        f"Run on {meta['date']}, gradsh at `{meta['gradsh_commit']}`, in {meta['seconds']:.0f} s.",
        "",
        "## Summary",
        "",
        "| | count | |",
        "|---|---:|---|",
    ]
    rows = [
        ("names with examples", c["names"], ""),
        ("names gradsh supports (the name resolves)", c["supported"],
         _pct(c["supported"], c["names"])),
        ("examples", c["examples"], ""),
        ("runnable examples (compared)", c["runnable"], ""),
        ("byte-identical", c["exact"], _pct(c["exact"], c["runnable"])),
        ("differing output", c["differs"], _pct(c["differs"], c["runnable"])),
        ("failing (gradsh raises, or another error)", c["fails"],
         _pct(c["fails"], c["runnable"])),
        ("runnable examples that print something", c["printing"], ""),
        ("of those byte-identical", c["printing_exact"],
         _pct(c["printing_exact"], c["printing"])),
        ("runnable examples of supported names", c["supported_runnable"], ""),
        ("of those byte-identical", c["supported_exact"],
         _pct(c["supported_exact"], c["supported_runnable"])),
        ("unchecked (PyTorch marks the output non-deterministic)", c["unchecked"],
         f"{c['unchecked_exact']} identical anyway"),
        ("skipped (not run: +SKIP, CUDA, files, network, ...)", c["skipped"], ""),
        ("excluded (run, not counted: uninitialised memory, addresses, ...)",
         c["excluded"], ""),
    ]
    out += [f"| {label} | {value} | {note} |" for label, value, note in rows]
    out += [
        "",
    ]
    reasons: dict[str, int] = {}
    for entry in names:
        for example in entry["examples"]:
            if example["outcome"] in ("skipped", "excluded"):
                key = f"{example['outcome']}: {example['reason']}"
                reasons[key] = reasons.get(key, 0) + 1
    if reasons:
        out += ["Not compared, by reason:", ""]
        by_count = sorted(reasons.items(), key=lambda kv: -kv[1])
        out += [f"- {key} — {value}" for key, value in by_count]
        out.append("")
    for namespace in TABLE_ORDER:
        group = sorted((e for e in names if e["namespace"] == namespace), key=lambda e: e["name"])
        if not group:
            continue
        supported = sum(e["supported"] for e in group)
        runnable = sum(1 for e in group for x in e["examples"]
                       if x["outcome"] in ("exact", "differs", "fails"))
        exact = sum(1 for e in group for x in e["examples"] if x["outcome"] == "exact")
        out += [f"## {namespace}", "",
                f"{len(group)} names, {supported} supported; {exact} of {runnable} runnable "
                f"examples exact ({_pct(exact, runnable)}).", "",
                "| name | supported | exact/total | first difference |",
                "|---|---|---:|---|"]
        for entry in group:
            runnable_here = [x for x in entry["examples"]
                             if x["outcome"] in ("exact", "differs", "fails")]
            exact_here = sum(x["outcome"] == "exact" for x in runnable_here)
            note = first_difference(entry) if entry["supported"] or exact_here else ""
            if not runnable_here:
                others = {x["reason"] for x in entry["examples"] if x.get("reason")}
                note = "not compared: " + "; ".join(sorted(others)) if others else note
            out.append(f"| `{entry['name']}` | {'yes' if entry['supported'] else 'no'} | "
                       f"{exact_here}/{len(runnable_here)} | {note} |")
        out.append("")
    out += ["## Missing names, most worth adding first", "",
            "First the names a beginner reaches for (tier 0: the names issue 17 lists and",
            "the functions PyTorch's beginner tutorials on tensors and autograd call, a",
            "hand-made list: the tutorials' sources were not read), then the others (tier 1),",
            "then plumbing a calculator's user rarely types (tier 2: sparse, quantized,",
            "devices and streams, files, memory layout);",
            "within a tier by how often PyTorch's own Python code calls the name (`calls`:",
            "`.name(` in the installed `torch` package's sources; `F.name(`/`linalg.name(`/...",
            "for the submodules).", "",
            "| rank | name | tier | calls | examples |", "|---:|---|---:|---:|---:|"]
    for rank, entry in enumerate(ranked, 1):
        out.append(f"| {rank} | `{entry['name']}` | {entry['tier']} | {entry['mentions']} | "
                   f"{len(entry['examples'])} |")
    out.append("")
    return "\n".join(out)


def write_transcripts(names: list[dict], folder: Path) -> None:
    """One ``NAME.gsh`` per name, PyTorch's outputs as expected: ``gradsh --check`` runs it."""
    folder.mkdir(parents=True, exist_ok=True)
    for entry in names:
        lines = [f"# {entry['name']}: its documented examples, outputs from PyTorch"]
        for source in PRELUDE:
            lines.append(">>> " + source)
        for example in entry["examples"]:
            if example["torch"] is None:
                continue
            source_lines = example["source"].split("\n")
            lines.append(">>> " + source_lines[0])
            lines += ["... " + line if line else "..." for line in source_lines[1:]]
            lines += example["torch"]
        (folder / (entry["name"] + ".gsh")).write_text("\n".join(lines) + "\n", encoding="utf-8")


# ====================================================================== main
def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", nargs="*", help="names to run (e.g. torch.diag F.pad)")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=20.0, help="seconds per name and side")
    parser.add_argument("--transcripts", type=Path, help="also write one .gsh per name here")
    parser.add_argument("--gradsh-python", default=str(GRADSH_PYTHON))
    parser.add_argument("--no-write", action="store_true", help="print the summary only")
    parser.add_argument("--gradsh-side", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.gradsh_side:
        gradsh_main(*args.gradsh_side, args.timeout, args.jobs)
        return 0

    import torch

    started = time.monotonic()
    names = extract()
    if args.only:
        names = [e for e in names if e["name"] in set(args.only)]
    torch_results = run_forked(names, torch_work, args.timeout, args.jobs, "PyTorch")
    for entry, result in zip(names, torch_results):
        entry["outputs"] = (result or {}).get("outputs") or [None] * len(entry["examples"])
    with tempfile.TemporaryDirectory() as tmp:
        in_path, out_path = os.path.join(tmp, "in.json"), os.path.join(tmp, "out.json")
        Path(in_path).write_text(json.dumps(names))
        subprocess.run([args.gradsh_python, __file__, "--gradsh-side", in_path, out_path,
                        "--timeout", str(args.timeout), "--jobs", str(args.jobs)],
                       cwd=ROOT, check=True)
        gradsh_results = json.loads(Path(out_path).read_text())
    for entry, t_result, g_result in zip(names, torch_results, gradsh_results):
        del entry["outputs"]
        judge(entry, t_result or {}, g_result or {})
    counts = summarize(names)
    mentions = call_counts(names)
    missing = [e for e in names if not e["supported"]]
    for entry in names:
        entry["tier"] = tier_of(entry)
        entry["mentions"] = mentions.get(entry["name"], 0)
    ranked = sorted(missing, key=lambda e: (e["tier"], -e["mentions"], e["name"]))
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT,
                            capture_output=True, text=True).stdout.strip()
    meta = {"torch": torch.__version__, "gradsh_commit": commit,
            "date": time.strftime("%Y-%m-%d"), "seconds": time.monotonic() - started,
            "timeout_per_name_s": args.timeout}
    print(json.dumps(counts, indent=1))
    if args.transcripts:
        write_transcripts(names, args.transcripts)
    if args.no_write or args.only:
        for entry in names:
            for example in entry["examples"]:
                if example["outcome"] in ("differs", "fails"):
                    print(f"--- {entry['name']}: {example['outcome']}\n>>> {example['source']}\n"
                          f"torch:  {example['torch']}\ngradsh: {example.get('gradsh')}")
        return 0
    JSON_PATH.write_text(json.dumps({"meta": meta, "summary": counts, "names": names,
                                     "missing_ranked": [e["name"] for e in ranked]},
                                    indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    MD_PATH.write_text(write_markdown(names, counts, ranked, meta), encoding="utf-8")
    print(f"wrote {JSON_PATH.relative_to(ROOT)} and {MD_PATH.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
