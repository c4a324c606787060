"""torch.optim where a transcript printed by PyTorch cannot show it: the sandbox
around optimizers and schedulers, the workspace left unchanged by a failed
construction, step(closure) restoring the grad mode, and devices.

What PyTorch prints (reprs, errors, 50-step training runs at full precision,
schedules) is pinned by tests/transcripts/optim_from_pytorch.gsh and
optim_schedulers_from_pytorch.gsh.
"""
from __future__ import annotations

import pytest

from gradsh.engine import backend

SETUP = """
from torch import optim
from torch.optim import lr_scheduler
w = torch.tensor([1.0, -2.0], requires_grad=True)
opt = optim.Adam([w], lr=0.1)
sched = lr_scheduler.StepLR(opt, step_size=2)
(w * w).sum().backward()
opt.step()
"""


@pytest.mark.parametrize("source", [
    "opt._step_pre_hooks",
    "opt._run_step",
    "opt._opt_called",
    "opt.__dict__",
    "opt.__class__",
    "type(opt).__mro__",
    "opt.step.__func__",
    "opt.zero_grad.__globals__",
    "opt.state.default_factory",
    "sched._last_lr",
    "sched._step_count",
    "sched.__dict__",
    "sched.optimizer.__class__",
    "optim.Optimizer.__subclasses__",
    "lr_scheduler.LRScheduler.__init__.__globals__",
])
def test_optimizer_and_scheduler_internals_are_unreachable(session, source):
    session.run(SETUP)
    diag = session.error(source)
    assert diag.type_name == "AttributeError"


def test_public_state_is_reachable(session):
    session.run(SETUP)
    assert session.run("print(opt.state[w]['step'], sorted(opt.state[w]))") == \
        "tensor(1.) ['exp_avg', 'exp_avg_sq', 'step']\n"
    assert session.run("print(opt.param_groups[0]['lr'], sched.get_last_lr(), sched.last_epoch)") \
        == "0.1 [0.1] 0\n"
    session.run("opt.param_groups[0]['lr'] = 0.5")
    assert session.run("print(opt.param_groups[0]['lr'])") == "0.5\n"


def test_a_failed_constructor_binds_nothing(session):
    session.run("from torch import optim\nw = torch.ones(2, requires_grad=True)")
    diag = session.error("opt = optim.SGD([w], lr=-1)")
    assert diag.type_name == "ValueError" and diag.message == "Invalid learning rate: -1"
    assert "opt" not in session.workspace


def test_step_with_a_closure_restores_no_grad(session):
    session.run("""
from torch import optim
p = torch.ones(2, requires_grad=True)
sgd = optim.SGD([p], lr=0.5)
def closure():
    sgd.zero_grad()
    loss = (p * p).sum()
    loss.backward()
    return loss
""")
    assert session.run("with torch.no_grad():\n    loss = sgd.step(closure)\nprint(loss, p)") == \
        "tensor(2., grad_fn=<SumBackward0>) tensor([0., 0.], requires_grad=True)\n"
    assert session.run("print(torch.is_grad_enabled())") == "True\n"


def test_the_update_does_not_record_a_graph(session):
    session.run(SETUP)
    assert session.run("print(w.grad_fn, w.is_leaf, opt.state[w]['exp_avg'].requires_grad)") == \
        "None True False\n"


def test_step_hooks_run_around_the_update(session):
    session.run(SETUP)
    session.run("seen = []\nh = opt.register_step_post_hook(lambda o, a, k: seen.append("
                "o.state[w]['step'].item()))")
    session.run("opt.step()\nh.remove()\nopt.step()")
    assert session.run("print(seen)") == "[2.0]\n"


@pytest.mark.parametrize("device", ["cpu", pytest.param("cuda", marks=pytest.mark.skipif(
    not backend.cuda_available(), reason="no CUDA device"))])
def test_state_lives_on_the_parameters_device(session, device):
    session.run(f"from torch import optim\nw = torch.ones(3, device='{device}', "
                "requires_grad=True)\nopt = optim.Adam([w], lr=0.1)\nw.sum().backward()\n"
                "opt.step()")
    assert session.run("print(opt.state[w]['exp_avg'].device, opt.state[w]['step'].device)") \
        == f"{device}{':0' if device == 'cuda' else ''} cpu\n"
    assert session.run("print(w)") == (
        "tensor([0.9000, 0.9000, 0.9000], requires_grad=True)\n" if device == "cpu" else
        "tensor([0.9000, 0.9000, 0.9000], device='cuda:0', requires_grad=True)\n")
