"""Random elementwise expressions and their backward, fused against unfused
(issue 24): in the CPU simulation of the GPU path, every result, its text
and every gradient must be the same bits. 1,500 expressions passed when this
was written (``GRADSH_FUZZ_COUNT`` runs more)."""
from __future__ import annotations

import os
import random

import numpy as np
import pytest

from gradsh.engine.fusion import state
from gradsh.engine.fusion.simulate import simulate_on_cpu
from gradsh.engine.namespace import MODULES

torch = MODULES["torch"]
COUNT = int(os.environ.get("GRADSH_FUZZ_COUNT", "80"))

UNARY = {
    "exp": lambda t, a: (a * 0.1).exp(), "sin": lambda t, a: a.sin(),
    "cos": lambda t, a: a.cos(), "tanh": lambda t, a: a.tanh(),
    "sigmoid": lambda t, a: a.sigmoid(), "relu": lambda t, a: t.relu(a),
    "neg": lambda t, a: -a, "abs": lambda t, a: a.abs(),
    "sqrt": lambda t, a: (a.abs() + 1).sqrt(), "square": lambda t, a: a.square(),
    "reciprocal": lambda t, a: (a.abs() + 1).reciprocal(),
    "log": lambda t, a: (a.abs() + 1).log(),
    "via float32": lambda t, a: a.float().to(a.dtype),
    "via float64": lambda t, a: a.double().to(a.dtype),
}
BINARY = {
    "add": lambda t, a, b: a + b, "sub": lambda t, a, b: a - b, "mul": lambda t, a, b: a * b,
    "div": lambda t, a, b: a / (b.abs() + 1), "pow2": lambda t, a, b: a ** 2 + b,
    "pow3": lambda t, a, b: a ** 3 - b, "maximum": lambda t, a, b: t.maximum(a, b),
    "minimum": lambda t, a, b: t.minimum(a, b), "where": lambda t, a, b: t.where(a > 0, a, b),
    "mask": lambda t, a, b: (a > b).to(a.dtype) * a,
}


def _expression(rng: random.Random, depth: int):
    if depth == 0 or rng.random() < 0.2:
        return rng.choice(["x", "y", "w", 0.75])
    if rng.random() < 0.5:
        return (rng.choice(sorted(UNARY)), _expression(rng, depth - 1))
    return (rng.choice(sorted(BINARY)), _expression(rng, depth - 1), _expression(rng, depth - 1))


def _evaluate(expression, env: dict):
    if not isinstance(expression, tuple):
        value = env.get(expression, expression)
        return value if hasattr(value, "_data") else env["x"] * 0 + value
    operands = [_evaluate(e, env) for e in expression[1:]]
    table = UNARY if len(operands) == 1 else BINARY
    return table[expression[0]](torch, *operands)


def _run(expression, fuse: bool, dtype, seed: int) -> list:
    torch.manual_seed(seed)
    with simulate_on_cpu(fuse):
        x = torch.randn(17, dtype=dtype, requires_grad=True)
        y = torch.randn(1, 17, dtype=dtype, requires_grad=True)
        w = torch.randn(4, 1, dtype=dtype)
        out = _evaluate(expression, {"x": x, "y": y, "w": w})
        if out.requires_grad:
            (out * 1.5).sum().backward()
        state.flush_all()
        grads = [v.grad for v in (x, y) if v.grad is not None]
        return [np.asarray(out._data).tobytes(), repr(out).replace("0x", "")] + [
            np.asarray(g._data).tobytes() for g in grads]


@pytest.mark.parametrize("seed", range(COUNT))
def test_random_expression_fused_equals_unfused(seed):
    rng = random.Random(seed)
    expression = _expression(rng, rng.randint(1, 5))
    dtype = rng.choice([torch.float32, torch.float64])
    assert _run(expression, True, dtype, seed) == _run(expression, False, dtype, seed), expression
