"""The workloads of ``bench/run.py``: each written once for a torch-like
namespace (gradsh's ``torch`` or PyTorch itself, the same code on both) and
once for raw NumPy.

Every builder returns a zero-argument callable that runs one repetition;
the versions of a workload do the same arithmetic (raw NumPy computes the
backward pass by hand, as an autograd engine would).
"""
from __future__ import annotations

import numpy as np


def torch_module():
    """PyTorch when importable, else None (gradsh never depends on it)."""
    try:
        import torch
    except ImportError:
        return None
    torch.set_num_threads(1)  # as NumPy: one thread (2 shared cores make threads noisy)
    return torch


# ------------------------------------------------------------------ per-op
def gradsh_torch():
    """gradsh's ``torch`` namespace: the workloads below run unchanged on it and on PyTorch."""
    from gradsh.engine.namespace import MODULES

    return MODULES["torch"]


def scalar(torch):
    w, x = torch.tensor(2.0, requires_grad=True), torch.tensor(3.0)
    b = torch.tensor(1.0, requires_grad=True)

    def step():
        y = w * x + b
        y.backward()
    return step


def scalar_forward(torch):
    w, x = torch.tensor(2.0, requires_grad=True), torch.tensor(3.0)
    return lambda: w * x


def scalar_language():
    """The statements parsed once, then evaluated by the Interpreter each time."""
    from gradsh.lang.evaluator import Interpreter
    from gradsh.lang.parser import parse

    interpreter = Interpreter(output=lambda text: None)
    interpreter.run_source("w = tensor(2., requires_grad=True)\nx = tensor(3.)\n"
                           "b = tensor(1., requires_grad=True)\n")
    text = "y = w*x + b\ny.backward()\n"
    statements = parse(text).body
    lines = dict(enumerate(text.splitlines(), 1))

    def step():
        for statement in statements:
            interpreter.run_statement(statement, "<bench>", lines)
    return step


def scalar_numpy():
    """0-d arrays: the forward, then the backward arithmetic and accumulation."""
    w, x, b = np.array(2.0, np.float32), np.array(3.0, np.float32), np.array(1.0, np.float32)
    grads = {"w": np.zeros((), np.float32), "b": np.zeros((), np.float32)}

    def step():
        y = w * x + b
        seed = np.ones_like(y)
        grads["w"] += seed * x
        grads["b"] += seed
    return step


def scalar_numpy_forward():
    w, x = np.array(2.0, np.float32), np.array(3.0, np.float32)
    return lambda: w * x


# ----------------------------------------------------------- small tensors
def small_mul(torch, n: int):
    """``X * w`` on an n x 1 float32 tensor and a 1-element weight that requires
    grad: one recorded op, forward only (issue 18: 100 elements within 2x)."""
    X = torch.tensor(np.linspace(-1, 1, n, dtype=np.float32).reshape(n, 1))
    w = torch.tensor([0.5], requires_grad=True)
    return lambda: X * w


def small_mul_numpy(n: int):
    X = np.linspace(-1, 1, n, dtype=np.float32).reshape(n, 1)
    w = np.array([0.5], np.float32)
    return lambda: X * w


def linreg_step(torch, n: int = 100):
    """One step of linear regression by hand: forward, MSE, backward, two
    in-place updates under no_grad, gradients zeroed (the tutorials' loop body)."""
    X = torch.tensor(np.linspace(-1, 1, n, dtype=np.float32).reshape(n, 1))
    Y = X * 3 + 1
    w = torch.tensor([0.5], requires_grad=True)
    b = torch.tensor([0.0], requires_grad=True)

    def step():
        loss = ((X * w + b - Y) ** 2).mean()
        loss.backward()
        with torch.no_grad():
            w.sub_(0.1 * w.grad)  # `w -= 0.1 * w.grad` at a script's top level
            b.sub_(0.1 * b.grad)
        w.grad.zero_()
        b.grad.zero_()
        return loss

    return step


def linreg_step_numpy(n: int = 100):
    """The same step with the gradients written by hand."""
    X = np.linspace(-1, 1, n, dtype=np.float32).reshape(n, 1)
    Y = X * 3 + 1
    w, b = np.array([0.5], np.float32), np.array([0.0], np.float32)

    def step():
        error = X * w + b - Y
        loss = (error ** 2).mean()
        g = error * np.float32(2.0 / n)
        w[...] -= np.float32(0.1) * (g * X).sum(0)
        b[...] -= np.float32(0.1) * g.sum(0)
        return loss

    return step


# ----------------------------------------------------------- large tensors
# The chain of SPEC §9: tanh(exp(x)*0.5 + sin(x))**2.
def chain(torch, n: int, backward: bool):
    data = np.random.default_rng(0).standard_normal(n).astype(np.float32)
    x = torch.tensor(data, requires_grad=backward)
    seed = torch.ones(n)

    def step():
        y = ((x.exp() * 0.5 + x.sin()).tanh()) ** 2
        if backward:
            x.grad = None
            y.backward(seed)
    return step


def chain_numpy(n: int, backward: bool):
    x = np.random.default_rng(0).standard_normal(n).astype(np.float32)
    seed = np.ones(n, np.float32)

    def step():
        e = np.exp(x)
        s = np.sin(x)
        t = np.tanh(e * np.float32(0.5) + s)
        y = t ** 2
        if backward:
            g_t = seed * np.float32(2.0) * t ** 1        # PowBackward0: g * 2 * t**1
            g_u = g_t * (np.float32(1.0) - t * t)        # TanhBackward0
            g_x = g_u * np.cos(x)                        # SinBackward0
            return g_x + (g_u * np.float32(0.5)) * e     # MulBackward0, ExpBackward0
        return y
    return step


def reduce(torch, n: int, backward: bool):
    x = torch.tensor(np.random.default_rng(1).standard_normal(n).astype(np.float32),
                     requires_grad=backward)

    def step():
        y = x.mean()
        if backward:
            x.grad = None
            y.backward()
    return step


def reduce_numpy(n: int, backward: bool):
    x = np.random.default_rng(1).standard_normal(n).astype(np.float32)

    def step():
        y = x.mean()
        if backward:  # MeanBackward0: the seed spread over the input, into .grad
            return np.full(x.shape, np.float32(1.0) / n, np.float32)
        return y
    return step


def matmul(torch, size: int, backward: bool):
    rng = np.random.default_rng(2)
    a = torch.tensor(rng.standard_normal((size, size)).astype(np.float32), requires_grad=backward)
    b = torch.tensor(rng.standard_normal((size, size)).astype(np.float32), requires_grad=backward)
    seed = torch.ones(size, size)

    def step():
        c = a @ b
        if backward:
            a.grad = b.grad = None
            c.backward(seed)
    return step


def matmul_numpy(size: int, backward: bool):
    rng = np.random.default_rng(2)
    a = rng.standard_normal((size, size)).astype(np.float32)
    b = rng.standard_normal((size, size)).astype(np.float32)
    seed = np.ones((size, size), np.float32)

    def step():
        c = a @ b
        if backward:
            return seed @ b.T, a.T @ seed
        return c
    return step


# ------------------------------------------------------------------ random
def random_draw(torch, kind: str, n: int):
    """One seeded draw of n values (the same calls on gradsh and PyTorch)."""
    draws = {
        "rand": lambda: torch.rand(n),
        "randn": lambda: torch.randn(n),
        "randn float64": lambda: torch.randn(n, dtype=torch.float64),
        "randint": lambda: torch.randint(0, 100, (n,)),
        "randperm": lambda: torch.randperm(n),
        "dropout": lambda: torch.nn.functional.dropout(ones, 0.5),
    }
    ones = torch.ones(n)
    draw = draws[kind]

    def step():
        torch.manual_seed(0)
        draw()

    return step


def random_numpy(kind: str, n: int):
    """NumPy's own generator doing the nearest thing (not PyTorch's numbers)."""
    ones = np.ones(n, dtype=np.float32)
    draws = {
        "rand": lambda g: g.random(n, dtype=np.float32),
        "randn": lambda g: g.standard_normal(n, dtype=np.float32),
        "randn float64": lambda g: g.standard_normal(n),
        "randint": lambda g: g.integers(0, 100, n),
        "randperm": lambda g: g.permutation(n),
        "dropout": lambda g: ones * ((g.random(n) < 0.5) / np.float32(0.5)),
    }
    draw = draws[kind]

    def step():
        draw(np.random.default_rng(0))

    return step


# ------------------------------------------------------------------ nn
def cnn_step(torch, batch: int = 8):
    """One training step of a small CNN on MNIST-sized inputs: Conv2d(1, 4, 3), relu,
    flatten, Linear(4*26*26, 10), cross_entropy, backward (the same code on both)."""
    nn, F = torch.nn, torch.nn.functional
    torch.manual_seed(0)
    conv, fc = nn.Conv2d(1, 4, 3), nn.Linear(4 * 26 * 26, 10)
    rng = np.random.default_rng(3)
    images = torch.tensor(rng.standard_normal((batch, 1, 28, 28)).astype(np.float32))
    labels = torch.tensor(rng.integers(0, 10, batch))

    def step():
        conv.zero_grad()
        fc.zero_grad()
        hidden = F.relu(conv(images)).flatten(1)
        loss = F.cross_entropy(fc(hidden), labels)
        loss.backward()
        return loss

    return step


def _mlp(torch, batch: int):
    """The MLP (2 -> 16 -> 16 -> 1, tanh, MSE) and its data, drawn the same way on both."""
    nn = torch.nn
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(2, 16), nn.Tanh(), nn.Linear(16, 16), nn.Tanh(),
                          nn.Linear(16, 1))
    rng = np.random.default_rng(5)
    inputs = torch.tensor(rng.standard_normal((batch, 2)).astype(np.float32))
    targets = torch.tensor(rng.standard_normal((batch, 1)).astype(np.float32))
    return model, nn.MSELoss(), inputs, targets


def mlp_step(torch, batch: int = 64):
    """One training step of a small MLP (2 -> 16 -> 16 -> 1, tanh, MSE, backward),
    the same code on gradsh's torch and on PyTorch."""
    model, loss_fn, inputs, targets = _mlp(torch, batch)

    def step():
        model.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        return loss

    return step


def optim_step(torch, name: str, batch: int = 64):
    """One full training step of the MLP above with ``torch.optim.<name>``:
    zero_grad, forward, backward and the optimizer's update."""
    model, loss_fn, inputs, targets = _mlp(torch, batch)
    optimizer = getattr(torch.optim, name)(model.parameters(), lr=1e-3)

    def step():
        optimizer.zero_grad()
        loss = loss_fn(model(inputs), targets)
        loss.backward()
        optimizer.step()
        return loss

    return step
