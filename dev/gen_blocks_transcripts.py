"""Generate the block transcripts (tests/transcripts/blocks_*.gsh) from a real PyTorch.

Run with the oracle venv (torch 2.13, CPU):

    /tmp/torchenv/bin/python dev/gen_blocks_transcripts.py

Each transcript is a list of inputs.  A tiny REPL emulator runs every input
under PyTorch as Python's REPL would (``compile(..., "single")``: expression
statements echo their ``repr``, also inside top-level loops, not inside a
``def``) and records what gradsh's transcripts show: printed text, warnings
as ``UserWarning: message`` (once per input), and errors as
``ErrorType: message`` (the session goes on).  The inputs are written as
``>>> `` / ``... `` lines followed by that output.  gradsh must reproduce the
files byte for byte; the tests read only the files, never torch.
"""
from __future__ import annotations

import contextlib
import io
import os
import sys
import textwrap
import warnings

import torch

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "transcripts")

TRANSCRIPTS: dict[str, list[str]] = {}

TRANSCRIPTS["blocks_gradient_descent"] = [
    "# Fitting y = 2x + 1 with 100 steps of gradient descent (generated from PyTorch 2.13)",
    "import torch",
    "x = torch.tensor([0., 1., 2., 3., 4.])",
    "y = 2 * x + 1",
    "w = torch.tensor(0., requires_grad=True)",
    "b = torch.zeros((), requires_grad=True)",
    "lr = 0.02",
    """
    for step in range(100):
        loss = ((w * x + b - y) ** 2).mean()
        loss.backward()
        with torch.no_grad():
            w -= lr * w.grad
            b -= lr * b.grad
        w.grad = None
        b.grad = None
        if step % 25 == 0:
            print(step, round(loss.item(), 4))
    """,
    "w",
    "b",
    "loss",
    "print(w.item() > 1.9, abs(b.item() - 1) < 0.3)",
    "# the same fit as a function of the learning rate; a loop with break",
    """
    def fit(lr, steps=100):
        w = torch.tensor(0., requires_grad=True)
        b = torch.tensor(0., requires_grad=True)
        for step in range(steps):
            loss = ((w * x + b - y) ** 2).mean()
            gw, gb = torch.autograd.grad(loss, (w, b))
            with torch.no_grad():
                w -= lr * gw
                b -= lr * gb
            if loss < 1e-3:
                break
        return w.detach(), b.detach(), step
    """,
    "fit(0.05)",
    "fit(0.05, steps=10)",
    "w_fit, b_fit, steps = fit(0.01, 300)",
    "print(w_fit, b_fit, steps)",
]

TRANSCRIPTS["blocks_accumulation"] = [
    "# Gradients accumulate across backward calls until they are zeroed",
    "import torch",
    "a = torch.tensor([1., 2.], requires_grad=True)",
    """
    for i in range(3):
        out = (a ** 2).sum()
        out.backward()
        print(i, a.grad)
    """,
    "a.grad.zero_()",
    "q = (a * 3).sum()",
    """
    for i in range(3):
        q.backward(retain_graph=True)
    """,
    "a.grad",
    "# without retain_graph the second pass finds the graph freed",
    "a.grad = None",
    "r = (a * a).sum()",
    """
    for i in range(2):
        r.backward()
        print(i, a.grad)
    """,
    "# updates of a leaf: in place under no_grad, an error without it",
    "p = torch.tensor([1., -2.], requires_grad=True)",
    """
    with torch.no_grad():
        p *= 2
        p.add_(1)
    """,
    "p",
    "p.grad_fn, p.is_leaf, p.requires_grad",
    """
    for i in range(2):
        p -= 1
    """,
    "p",
    """
    with torch.no_grad():
        for i in range(2):
            p -= 1
    """,
    "p",
    "# nothing recorded under no_grad; enable_grad inside it records again",
    """
    with torch.no_grad():
        s = (p * 2).sum()
        with torch.enable_grad():
            t = (p * 2).sum()
    """,
    "s.requires_grad, t.grad_fn.name()",
    "torch.is_grad_enabled()",
    """
    with torch.set_grad_enabled(False):
        u = p + 1
    """,
    "u.requires_grad",
]

TRANSCRIPTS["blocks_functions"] = [
    "# Functions are values: differentiate them, pass them, call them from others",
    "import torch",
    """
    def f(t):
        return (t ** 3 - 2 * t).sum()
    """,
    "x = torch.tensor([1., 2., 3.], requires_grad=True)",
    "f(x)",
    "g, = torch.autograd.grad(f(x), x)",
    "g",
    """
    def derivative(fn, t, order=1):
        for k in range(order):
            out = fn(t) if k == 0 else out.sum()
            out, = torch.autograd.grad(out, t, create_graph=True)
        return out
    """,
    "derivative(f, x)",
    "derivative(f, x, order=2)",
    "derivative(f, x, 3)",
    "square = lambda t: t * t",
    "compose = lambda p, q: lambda t: p(q(t))",
    "fourth = compose(square, square)",
    "fourth(torch.tensor([1., 2., 3.]))",
    "torch.autograd.grad(fourth(x).sum(), x)",
    """
    def norm(t, p=2):
        total = 0
        for value in t:
            total = total + abs(value) ** p
        return total ** (1 / p)
    """,
    "norm(torch.tensor([3., 4.]))",
    "norm(torch.tensor([3., 4.]), p=1)",
    "norm()",
    "norm(torch.tensor([1.]), 2, 3)",
    "norm(torch.tensor([1.]), q=3)",
    "# errors inside a function: the message is PyTorch's; the session goes on",
    """
    def add_bias(t):
        bias = torch.tensor([1., 2.])
        return t + bias
    """,
    "add_bias(torch.tensor([1., 2., 3.]))",
    "add_bias(torch.tensor([1., 2.]))",
    """
    def leaf_update(t):
        t += 1
        return t
    """,
    "leaf_update(x)",
    "x",
    """
    def counter():
        count = count + 1
        return count
    """,
    "counter()",
]

TRANSCRIPTS["blocks_jacobian_hessian"] = [
    "# torch.autograd.functional: Jacobians and Hessians of functions",
    "import torch",
    "from torch.autograd.functional import jacobian, hessian",
    "jacobian(lambda t: t ** 2, torch.tensor([1., 2., 3.]))",
    "jacobian(torch.exp, torch.tensor(0.))",
    """
    def rotate(v, angle):
        c, s = torch.cos(angle), torch.sin(angle)
        return torch.stack([c * v[0] - s * v[1], s * v[0] + c * v[1]])
    """,
    "jacobian(rotate, (torch.tensor([1., 0.]), torch.tensor(0.)))",
    "jacobian(lambda a, b: a * 2, (torch.tensor([1., 2.]), torch.tensor([3.])))",
    "jacobian(lambda t: (t.sum(), t * 3), torch.tensor([1., 2.]))",
    "jacobian(lambda m: m.sum(0), torch.tensor([[1., 2.], [3., 4.]])).shape",
    "J = jacobian(lambda t: t ** 3, torch.tensor([1., 2.], requires_grad=True))",
    "J.grad_fn, J.requires_grad",
    "jacobian(lambda t: t ** 3, torch.tensor([1., 2.], requires_grad=True), create_graph=True)",
    "jacobian(lambda a, b: a * 2, (torch.tensor([1.]), torch.tensor([3.])), strict=True)",
    "jacobian(lambda t: t, [torch.tensor(1.)])",
    """
    def f(t):
        return (t ** 3).sum()
    """,
    "hessian(f, torch.tensor([1., 2.]))",
    "hessian(lambda a, b: (a * b).sum() + (a ** 2).sum(),"
    " (torch.tensor([1., 2.]), torch.tensor([3., 4.])))",
    "hessian(lambda a, b: (a ** 2).sum(), (torch.tensor([1.]), torch.tensor([2.])))",
    "hessian(lambda t: (2 * t).sum(), torch.tensor([1., 2.]))",
    "hessian(lambda t: t ** 2, torch.tensor([1., 2.]))",
    "hessian(lambda t: (t, t), torch.tensor(1.))",
    "H = hessian(lambda m: (m ** 3).sum(), torch.tensor([[1., 2.], [3., 4.]]))",
    "H.shape, H.grad_fn",
    "H[1, 0]",
]


# --------------------------------------------------------------- emulator
def run_input(source: str, namespace: dict) -> str:
    """What gradsh's transcript shows for one input, computed with Python + torch."""
    buffer = io.StringIO()
    seen: set = set()

    def show(message, category, *args, **kwargs) -> None:
        key = (category.__name__, str(message))
        if key not in seen:
            seen.add(key)
            buffer.write(f"{key[0]}: {key[1]}\n")

    def displayhook(value) -> None:
        if value is not None:
            buffer.write(repr(value) + "\n")

    if source.lstrip().startswith("#") and "\n" not in source:
        return ""
    saved_hook = sys.displayhook
    sys.displayhook = displayhook
    try:
        with warnings.catch_warnings(), contextlib.redirect_stdout(buffer):
            warnings.simplefilter("always")
            warnings.showwarning = show
            try:
                exec(compile(source + "\n", "<stdin>", "single"), namespace)
            except Exception as exc:  # noqa: BLE001 - recorded as the transcript shows it
                if buffer.getvalue() and not buffer.getvalue().endswith("\n"):
                    buffer.write("\n")
                buffer.write(f"{type(exc).__name__}: {exc}\n")
    finally:
        sys.displayhook = saved_hook
    text = buffer.getvalue()
    return text if not text or text.endswith("\n") else text + "\n"


def render(inputs: list[str]) -> str:
    namespace: dict = {"__name__": "__main__"}
    lines: list[str] = []
    torch.manual_seed(0)
    torch.set_grad_enabled(True)
    for raw in inputs:
        source = textwrap.dedent(raw).strip("\n")
        first, *rest = source.split("\n")
        lines.append(f">>> {first}")
        lines.extend(f"... {line}" for line in rest)
        output = run_input(source, namespace)
        if output:
            lines.append(output.rstrip("\n"))
    return "\n".join(lines) + "\n"


def write_transcripts(transcripts: dict) -> None:
    """Render each {name: inputs} to tests/transcripts/<name>.gsh."""
    for name, inputs in transcripts.items():
        path = os.path.join(OUT, f"{name}.gsh")
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(render(inputs))
        print(f"wrote {os.path.relpath(path)}")


def main() -> None:
    write_transcripts(TRANSCRIPTS)


if __name__ == "__main__":
    main()
