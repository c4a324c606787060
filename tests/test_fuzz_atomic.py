"""Fuzzing atomic statements (SPEC §7, issue 19 part 4): random statements that
change tensors in place, items, attributes, bindings, grads, optimizer state
and global settings, then fail half-way; the workspace (values, grads,
version counters) and the settings must be bit for bit what they were.
Deterministic seeds, a fresh interpreter per case."""
from __future__ import annotations

import random

import pytest

from gradsh.engine import autograd, denormals, dtypes, printing
from gradsh.engine.ops import creation
from gradsh.engine.random import api as random_api
from gradsh.engine.tensor import Tensor
from gradsh.lang.diagnostics import Diagnostic
from gradsh.lang.evaluator import Interpreter

SETUP = """\
import numpy as np
x = torch.arange(6.)
v = x[1:4]
w = torch.tensor([1., 2., 3.], requires_grad=True)
(w * w).sum().backward()
h = w * 2
l = [3, 1, 2]
d = {'a': 1, 'b': [1, 2]}
s = {1, 2}
a = np.zeros(4)
class O:
    pass
o = O()
o.v = 1
g = 0
opt = torch.optim.SGD([w], lr=0.1, momentum=0.9)
sched = torch.optim.lr_scheduler.StepLR(opt, 1, gamma=0.5)
import random
m = torch.nn.Sequential(torch.nn.Linear(2, 2), torch.nn.BatchNorm1d(2))
"""

# Statements a function body may run (each line may also fail by itself).
ACTIONS = [
    "x.add_({c})", "x.mul_({c})", "x.clamp_(min={c})", "x[{i}] = {c}", "x[{i}:] = {c}",
    "v.fill_({c})", "v.mul_({c})", "x.copy_(torch.rand(6))", "x.resize_(2, 3)",
    "x.data = torch.zeros({i})", "x += {c}", "x.requires_grad_()",
    "w.grad.zero_()", "w.grad = torch.ones(3)", "w.grad.add_({c})", "w.grad = None",
    "w.requires_grad_(False)", "(w * w).sum().backward()", "h.retain_grad()",
    "h.sum().backward(retain_graph=True)", "opt.step()", "opt.zero_grad()", "sched.step()",
    "torch.set_grad_enabled(False)", "torch.set_default_dtype(torch.float64)",
    "torch.set_printoptions(precision={i})", "torch.manual_seed({i})", "torch.rand({i})",
    "torch.randn(2)", "torch.set_flush_denormal(True)",
    "l.append({c})", "l[{i} % 3] = {c}", "del l[0]", "l.sort()", "l.extend([{c}, {c}])",
    "l.pop()", "l.insert(0, {c})", "l[1:] = [{c}]", "l += [{c}]",
    "d['a'] = {c}", "d['n{i}'] = {c}", "d.update(z={c})", "del d['a']", "d.pop('b', None)",
    "d.setdefault('q', {c})", "d['b'].append({c})", "s.add({i})", "s.discard(1)",
    "a[{i} % 4] = {c}", "a[0] += {c}", "o.v = {c}", "o.n{i} = {c}", "del o.v",
    "m.eval()", "m.double()", "m(torch.ones(3, 2))", "torch.nn.init.normal_(m[0].weight)",
    "m.register_buffer('b{i}', torch.ones(1))", "m[0].weight.data.zero_()", "m.zero_grad()",
    "random.random()", "random.shuffle(l)", "random.seed({i})",
    "global g\n    g = {c}", "global x\n    x = torch.ones(2)", "global l\n    del l",
]
FAILURES = ["1 / 0", "undefined", "x[100]", "l[100]", "torch.ones(2) + torch.ones(3)"]
# What a top-level tuple may hold (expressions only).
EXPRESSIONS = [a for a in ACTIONS if "=" not in a.replace("==", "") and "del " not in a
               and "global" not in a]


def _tensor_state(t: Tensor) -> tuple:
    grad = t._grad
    return (t._data.tobytes(), t._data.shape, str(t.dtype), t._requires_grad,
            None if t.grad_fn is None else t.grad_fn.name(), t._version.value, t._retains_grad,
            None if grad is None else (id(grad), grad._data.tobytes(), grad._version.value))


def _state(value, depth: int = 0):
    if isinstance(value, Tensor):
        return ("tensor", id(value), _tensor_state(value))
    if isinstance(value, (list, tuple)) and depth < 3:
        return (type(value).__name__, id(value), [_state(v, depth + 1) for v in value])
    if isinstance(value, dict) and depth < 3:
        return ("dict", id(value), [(repr(k), _state(v, depth + 1)) for k, v in value.items()])
    if isinstance(value, set):
        return ("set", id(value), sorted(value))
    if type(value).__name__ == "ndarray":
        return ("array", id(value), value.tobytes(), value.shape)
    if type(value).__name__ == "O":
        return ("O", id(value), [(k, _state(v, depth + 1)) for k, v in vars(value).items()])
    if type(value).__name__ == "SGD":
        groups = [{k: _state(v, depth + 1) for k, v in g.items()} for g in value.param_groups]
        state = [(id(k), _state(v, depth + 1)) for k, v in value.state.items()]
        return ("SGD", groups, state)
    if type(value).__name__ == "Sequential":
        return ("Sequential", [(type(sub).__name__, sub.training,
                                [(k, _state(v, depth + 1)) for k, v in sub._parameters.items()],
                                [(k, _state(v, depth + 1)) for k, v in sub._buffers.items()],
                                len(sub._forward_hooks)) for sub in value.modules()])
    if type(value).__name__ == "StepLR":
        return ("StepLR", value.last_epoch, value._step_count)
    return (type(value).__name__, id(value))


# Draws are not undone (as in PyTorch, whose stream goes on after a failure):
# a statement that draws leaves the generators' states out of the comparison.
DRAWS = ("torch.rand", "normal_", "random.random()", "random.shuffle")


def fingerprint(interp: Interpreter, draws: bool = False) -> tuple:
    workspace = [(name, _state(value)) for name, value in interp.workspace.items()]
    settings = (autograd.is_grad_enabled(), dtypes.get_default_dtype(),
                repr(printing.options), denormals.FLUSH[0], creation.current_default_device())
    if draws:
        return workspace, settings
    settings += (random_api.default_generator.engine.get_state(),)
    python_random = interp.workspace.get("random")
    if python_random is not None:
        settings += (python_random.members["random"].__self__.getstate(),)
    return workspace, settings


def _fill(template: str, rng: random.Random) -> str:
    return template.format(c=rng.choice(["2.", "-1.", "0.5", "3"]), i=rng.randint(1, 5))


def _case(seed: int) -> tuple[str, str]:
    """(definitions, statement) of one failing statement."""
    rng = random.Random(seed)
    actions = [_fill(rng.choice(ACTIONS), rng) for _ in range(rng.randint(1, 6))]
    failure = rng.choice(FAILURES)
    if seed % 3 == 0:  # a top-level tuple whose last element fails
        parts = [_fill(rng.choice(EXPRESSIONS), rng) for _ in range(rng.randint(1, 4))]
        return "", "(" + ", ".join([*parts, failure]) + ")"
    if seed % 3 == 1 and seed % 2:  # a top-level block whose header fails
        parts = ", ".join([*(_fill(rng.choice(EXPRESSIONS), rng) for _ in range(2)), failure])
        header = rng.choice(["for _ in ({}):", "while ({}):", "if ({}):", "with ({}):"])
        return "", header.format(parts) + "\n    pass\n"
    body = "".join(f"    {line}\n" for line in [*actions, failure])
    return f"def f():\n{body}", "f()"


@pytest.fixture
def restore_settings():
    saved = (printing.options.copy(), dtypes.get_default_dtype(),
             creation.current_default_device(), autograd.is_grad_enabled(),
             denormals.FLUSH[0], random_api.default_generator.engine.get_state())
    yield
    options, dtype, device, grad_mode, flush, rng = saved
    for name in options.__slots__:
        setattr(printing.options, name, getattr(options, name))
    dtypes.set_default_dtype(dtype)
    creation.set_default_device(device)
    autograd._grad_enabled[0] = grad_mode
    denormals.FLUSH[0] = flush
    random_api.default_generator.engine.set_state(rng)


@pytest.mark.parametrize("block", range(6))
def test_a_failing_statement_changes_nothing(block, restore_settings):
    for seed in range(block * 25, block * 25 + 25):
        interp = Interpreter(lambda text: None, warn=lambda diagnostic: None)
        interp.run_source(SETUP)
        definitions, statement = _case(seed)
        if definitions:
            try:
                interp.run_source(definitions)
            except Diagnostic:
                continue  # a body the parser refuses (e.g. `x += 1` after global)
        draws = any(draw in definitions + statement for draw in DRAWS)
        before = fingerprint(interp, draws)
        try:
            interp.run_source(statement)
        except Diagnostic:
            pass
        else:
            pytest.fail(f"seed {seed}: the statement did not fail:\n{definitions}{statement}")
        assert fingerprint(interp, draws) == before, f"seed {seed}:\n{definitions}{statement}"
        # and the workspace still works as before: the same statement fails the same way
        with pytest.raises(Diagnostic):
            interp.run_source(statement)
        assert fingerprint(interp, draws) == before, \
            f"seed {seed} (again):\n{definitions}{statement}"
