"""``bench/run.py --only numerics``: the exact kernels of docs/numerics.md at
10^6 elements, under ``:set numerics exact`` and ``fast``, beside the raw
NumPy call that fast mode makes (issue 21 point 4).

Each case is one expression run on gradsh's ``torch`` namespace with the
mode set before each call, and the same arithmetic in NumPy.
"""
from __future__ import annotations

import numpy as np

N = 10**6


def _inputs():
    rng = np.random.default_rng(5)
    f32 = rng.standard_normal(N).astype(np.float32)
    return {
        "x": f32, "x64": f32.astype(np.float64),
        "pos": (rng.random(N) * 4 + 0.01).astype(np.float32),
        "unit": (rng.random(N) * 0.5 + 0.75).astype(np.float32),
        "rows": f32.reshape(10**5, 10),
        "targets": rng.integers(0, 10, 10**5),
        "a": rng.standard_normal((4096, 16)).astype(np.float32),
        "b": rng.standard_normal((16, 16)).astype(np.float32),
    }


def _softmax(x, axis):
    e = np.exp(x - x.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


def _log_softmax(x, axis):
    shifted = x - x.max(axis=axis, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=axis, keepdims=True))


# label: (gradsh expression over the inputs as tensors, NumPy version over the arrays)
CASES = {
    "sum f32": ("x.sum()", lambda v: v["x"].sum()),
    "arange f32": ("torch.arange(0, 100000, 0.1)",
                   lambda v: (0.1 * np.arange(N, dtype=np.float64)).astype(np.float32)),
    "arange f64": ("torch.arange(0, 100000, 0.1, dtype=torch.float64)",
                   lambda v: 0.1 * np.arange(N, dtype=np.float64)),
    "softmax 1-D f32": ("torch.softmax(x, 0)", lambda v: _softmax(v["x"], 0)),
    "softmax 1-D f64": ("torch.softmax(x64, 0)", lambda v: _softmax(v["x64"], 0)),
    "softmax (1e5,10) dim 1": ("torch.softmax(rows, 1)", lambda v: _softmax(v["rows"], 1)),
    "log_softmax (1e5,10) dim 1": ("torch.log_softmax(rows, 1)",
                                   lambda v: _log_softmax(v["rows"], 1)),
    "var f32": ("x.var()", lambda v: v["x"].var(ddof=1)),
    "norm f32": ("x.norm()", lambda v: np.sqrt(np.sum(v["x"] * v["x"]))),
    "prod f32": ("unit.prod()", lambda v: v["unit"].prod()),
    "cumsum f32": ("x.cumsum(0)", lambda v: np.cumsum(v["x"])),
    "logsumexp f32": ("torch.logsumexp(x, 0)",
                      lambda v: np.log(np.exp(v["x"] - v["x"].max()).sum()) + v["x"].max()),
    "cross_entropy (1e5,10)": ("torch.nn.functional.cross_entropy(rows, targets)",
                               lambda v: -_log_softmax(v["rows"], 1)[
                                   np.arange(10**5), v["targets"]].mean()),
    "pow 2.5 f32": ("pos ** 2.5", lambda v: np.power(v["pos"], np.float32(2.5))),
    "sigmoid f32": ("torch.sigmoid(x)", lambda v: 1 / (1 + np.exp(-v["x"]))),
    "sin f32": ("torch.sin(x)", lambda v: np.sin(v["x"])),
    "mm (4096,16)@(16,16)": ("a @ b", lambda v: v["a"] @ v["b"]),
}


def cases(torch_namespace):
    """label -> {"exact": callable, "fast": callable, "numpy": callable}."""
    from gradsh.engine import numerics

    arrays = _inputs()
    tensors = {name: torch_namespace.tensor(value) for name, value in arrays.items()}
    space = {"torch": torch_namespace, **tensors}
    built = {}
    for label, (expression, numpy_version) in CASES.items():
        code = compile(expression, label, "eval")

        def run(mode, code=code):
            numerics.set_mode(mode)
            try:
                return eval(code, space)  # noqa: S307 - the expressions above
            finally:
                numerics.set_mode("exact")

        built[label] = {"exact": lambda run=run: run("exact"),
                        "fast": lambda run=run: run("fast"),
                        "numpy": lambda f=numpy_version: f(arrays)}
    return built
