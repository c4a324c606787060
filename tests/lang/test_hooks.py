"""Autograd hooks from gradsh code: what the transcript made by PyTorch
(tests/transcripts/hooks_from_pytorch.gsh) cannot show: the sandbox around
handles, hook tables and nodes, the handle's repr and ids, memory, and a
failing backward that leaves .grad as it was."""
from __future__ import annotations

import gc
import weakref

import pytest

SETUP = """
import torch
import torch.nn as nn
x = torch.tensor([1., 2.], requires_grad=True)
seen = []
h = x.register_hook(lambda g: seen.append(g))
y = x * 2
hy = y.register_hook(lambda g: g)
hp = x.register_post_accumulate_grad_hook(lambda t: None)
hn = y.grad_fn.register_prehook(lambda go: None)
lin = nn.Linear(2, 1)
hm = lin.register_full_backward_hook(lambda m, gi, go: None)
"""


@pytest.mark.parametrize("source", [
    "h._hooks",
    "h.__dict__",
    "h.__class__",
    "h.remove.__self__",
    "h.__init__",
    "type(h)._next_id",
    "x._hooks",
    "y._hooks",
    "y.grad_fn._hooks",
    "y.grad_fn._python_backward",
    "lin._backward_hooks",
    "lin._backward_pre_hooks",
    "getattr(h, '_hooks')",
    "'{0._hooks}'.format(h)",
    "x.register_hook.__self__",
    "h.__enter__",
])
def test_hook_internals_are_unreachable(session, source):
    session.run(SETUP)
    diag = session.error(source)
    assert diag.type_name == "AttributeError", diag.render()


def test_handle_prints_as_pytorch_and_ids_count_up_across_kinds(session):
    session.run(SETUP)
    text = session.run("h")
    # PyTorch's repr, without the host address (issue 19: values print without addresses)
    assert text == "<torch.utils.hooks.RemovableHandle object>\n"
    ids = session.run("print([k.id for k in (h, hy, hp, hn, hm)])")
    numbers = [int(n) for n in ids.strip("[]\n").split(",")]
    assert numbers == sorted(numbers) and len(set(numbers)) == 5
    assert session.run("print(type(h).__name__, sorted(dir(h)) == sorted(dir(hm)))") == \
        "RemovableHandle True\n"


def test_the_hook_receives_a_plain_gradsh_tensor(session):
    session.run(SETUP)
    session.run("(x * 3).sum().backward()")
    assert session.run("print(type(seen[0]), seen[0], seen[0].requires_grad)") == \
        "<class 'torch.Tensor'> tensor([3., 3.]) False\n"
    session.run("h.remove()")
    session.run("(x * 3).sum().backward()")
    assert session.run("print(len(seen))") == "1\n"


def test_an_error_in_a_hook_is_reported_and_grad_is_left_alone(session):
    session.run("import torch\nw = torch.tensor([1., 2.], requires_grad=True)\n"
                "def bad(g):\n    return g.reshape(2, 1)\n")
    session.run("(w * 2).sum().backward()")
    session.run("_ = (w * 1).register_hook(bad)")  # on a non-leaf nobody uses
    z = "z = w * 5\n_ = z.register_hook(bad)\n"
    session.run(z)
    diag = session.error("z.sum().backward()")
    assert diag.type_name == "RuntimeError"
    assert diag.message == "hook 'bad' has changed the size of value"
    assert session.run("print(w.grad)") == "tensor([2., 2.])\n"


def test_a_user_exception_in_a_hook_propagates(session):
    session.run("import torch\nw = torch.tensor([1.], requires_grad=True)\n"
                "def boom(g):\n    raise ValueError('no gradient today')\n"
                "_ = w.register_hook(boom)\n")
    diag = session.error("(w * 2).sum().backward()")
    assert diag.type_name == "ValueError"
    assert "no gradient today" in diag.message


def test_hooks_do_not_keep_a_graph_alive(session):
    from gradsh.engine.ops.creation import tensor

    x = tensor([1.0, 2.0], requires_grad=True)
    y = x * 2
    y.register_hook(lambda g: g)
    node = weakref.ref(y.grad_fn)
    del y
    gc.collect()
    assert node() is None


def test_without_hooks_nodes_and_tensors_carry_none():
    from gradsh.engine.ops.creation import tensor

    x = tensor([1.0, 2.0], requires_grad=True)
    y = (x * 2).sum()
    assert x._hooks is None and y._hooks is None
    assert "_hooks" not in y.grad_fn.__dict__
