"""Atomic statements (SPEC §7, issue 19 part 4): a failing top-level statement
leaves bindings, items, attributes, tensor data, grads, version counters,
optimizer state and the global settings as they were; a block keeps what its
completed statements did.  The journal (gradsh/journal.py) records as things
change, so a statement that changes nothing records nothing."""
from __future__ import annotations

import pytest

from gradsh.engine import limits

from gradsh.journal import JOURNAL
from gradsh.lang.diagnostics import Diagnostic
from gradsh.lang.guards import _Builtin


def _version(session, name: str) -> int:
    return session.workspace[name]._version.value


# ------------------------------------------------------- the findings
def test_tensor_item_assignment_failing_half_way(session):
    session.run("x = torch.zeros(3)")
    assert session.error("x[0], x[10] = 5., 6.").type_name == "IndexError"
    assert session.run("x") == "tensor([0., 0., 0.])\n"
    assert _version(session, "x") == 0


def test_in_place_op_then_a_name_error(session):
    session.run("x = torch.tensor([1., 2.])")
    assert session.error("x.add_(1) + undefined").type_name == "NameError"
    assert session.run("x") == "tensor([1., 2.])\n"
    assert _version(session, "x") == 0


def test_zeroing_a_grad_then_dividing_by_zero(session):
    session.run("w = torch.ones(2, requires_grad=True); w.sum().backward()")
    grad = session.workspace["w"].grad
    session.error("(w.grad.zero_(), 1/0)")
    assert session.run("w.grad") == "tensor([1., 1.])\n"
    assert session.workspace["w"].grad is grad and grad._version.value == 0


def test_deleting_two_list_items_one_missing(session):
    session.run("l = [1, 2, 3]")
    assert session.error("del l[0], l[10]").type_name == "IndexError"
    assert session.run("l") == "[1, 2, 3]\n"


@pytest.mark.parametrize("change, check, expected", [
    ("torch.set_grad_enabled(False)", "torch.is_grad_enabled()", "True\n"),
    ("torch.set_default_dtype(torch.float64)", "torch.get_default_dtype()", "torch.float32\n"),
    ("torch.set_printoptions(precision=1)", "torch.tensor([1.23456])", "tensor([1.2346])\n"),
    ("torch.set_printoptions(profile='full', sci_mode=True)", "torch.tensor([1.5])",
     "tensor([1.5000])\n"),
    ("torch.set_flush_denormal(True)", "torch.tensor([1e-40], dtype=torch.float64)",
     "tensor([1.0000e-40], dtype=torch.float64)\n"),
    ("torch.no_grad().__enter__()", "torch.is_grad_enabled()", "True\n"),
])
def test_global_settings_changed_by_a_failing_statement(session, change, check, expected):
    session.error(f"{change}, 1/0")
    assert session.run(check) == expected


def test_manual_seed_in_a_failing_statement(session):
    session.run("torch.manual_seed(3); a = torch.rand(2); b = torch.rand(2)")
    session.run("torch.manual_seed(3); a2 = torch.rand(2)")
    session.error("torch.manual_seed(7), 1/0")  # seeding is undone
    session.error("g = torch.Generator(); torch.set_rng_state(g.get_state()), 1/0")
    assert session.run("torch.equal(torch.rand(2), b), torch.equal(a, a2)") == "(True, True)\n"


def test_draws_of_a_failing_statement_stay_drawn_as_in_pytorch(session):
    # randn(2, 3) @ randn(4, 5) fails after drawing 26 numbers in PyTorch too:
    # the stream goes on from there, so transcripts stay PyTorch's
    session.run("torch.manual_seed(3); ahead = torch.rand(7)[-2:]")
    session.run("torch.manual_seed(3)")
    session.error("torch.rand(5), 1/0")
    assert session.run("torch.equal(torch.rand(2), ahead)") == "True\n"


def test_a_generator_of_its_own(session):
    session.run("g = torch.Generator().manual_seed(1); first = torch.rand(2, generator=g)")
    session.error("g.manual_seed(9), 1/0")  # g still continues from its seed 1
    session.run("g.manual_seed(1)")
    session.error("g.manual_seed(9), 1/0")
    assert session.run("torch.equal(torch.rand(2, generator=g), first)") == "True\n"


# ------------------------------------------------------------ more targets
def test_backward_in_a_failing_statement_frees_and_accumulates_nothing(session):
    session.run("x = torch.tensor([1., 2.], requires_grad=True); y = (x * x).sum()")
    session.error("y.backward(), 1/0")
    assert session.run("x.grad") == ""
    session.run("y.backward(retain_graph=True)")  # the graph was not freed
    session.error("y.backward(), 1/0")  # accumulation into an existing .grad undone
    assert session.run("x.grad") == "tensor([2., 4.])\n"


def test_optimizer_step_and_zero_grad(session):
    session.run("x = torch.tensor([1., 2.], requires_grad=True); (x * x).sum().backward()\n"
                "opt = torch.optim.SGD([x], lr=0.1, momentum=0.9)\n"
                "sched = torch.optim.lr_scheduler.StepLR(opt, 1, gamma=0.5)")
    session.error("opt.step(), 1/0")
    assert session.run("x, len(opt.state)") == \
        "(tensor([1., 2.], requires_grad=True), 0)\n"
    session.error("opt.zero_grad(), 1/0")
    assert session.run("x.grad") == "tensor([2., 4.])\n"
    session.error("sched.step(), 1/0")
    assert session.run("opt.param_groups[0]['lr'], sched.last_epoch") == "(0.1, 0)\n"
    session.run("opt.step()")  # momentum starts from nothing, as if the failures never ran
    assert session.run("x") == "tensor([0.8000, 1.6000], requires_grad=True)\n"


def test_requires_grad_detach_and_history(session):
    session.run("x = torch.ones(2, requires_grad=True); y = x * 2; z = torch.ones(2)")
    session.error("x.requires_grad_(False), 1/0")
    session.error("y.detach_(), 1/0")
    session.error("z.requires_grad = True; z.add_(1) + undefined")  # ';': the first stays
    assert session.run("x.requires_grad, y.grad_fn.name(), z.requires_grad") == \
        "(True, 'MulBackward0', True)\n"
    session.error("y.mul_(3), 1/0")
    assert session.run("y, y.grad_fn.name()") == \
        "(tensor([2., 2.], grad_fn=<MulBackward0>), 'MulBackward0')\n"


def test_writes_through_views_and_copies(session):
    session.run("base = torch.arange(6.); v = base[1:4]")
    session.error("v.fill_(7), base.copy_(torch.ones(6)), v.mul_(2), 1/0")
    assert session.run("base") == "tensor([0., 1., 2., 3., 4., 5.])\n"
    assert _version(session, "base") == 0


def test_data_and_out_arguments(session):
    session.run("x = torch.ones(2); o = torch.zeros(3)")
    session.error("x.data = torch.zeros(5), torch.add(torch.ones(2), 1, out=o), 1/0")
    assert session.run("x, o") == "(tensor([1., 1.]), tensor([0., 0., 0.]))\n"


def test_bindings_items_and_attributes(session):
    session.run("a = 1; d = {'k': 1}; l = [1, 2]\nclass O:\n    pass\no = O(); o.v = 1\n"
                "def f():\n    global a, new\n    a = 2\n    new = 3\n    d['k'] = 2\n"
                "    d['n'] = 3\n    l.append(3)\n    l.insert(0, 0)\n    l.pop(1)\n"
                "    l[0] = 9\n    o.v = 2\n    o.w = 3\n    del d['k']\n    return 1 / 0\n")
    session.error("f()")
    assert session.run("a, d, l, o.v, hasattr(o, 'w')") == "(1, {'k': 1}, [1, 2], 1, False)\n"
    assert "new" not in session.workspace


def test_deleting_names_keeps_the_order(session):
    session.run("a = 1; b = 2; c = 3")
    session.error("del a, b, undefined")
    assert list(session.workspace)[-3:] == ["a", "b", "c"]


def test_list_and_dict_methods_and_augmented_assignment(session):
    session.run("l = [3, 1, 2]; d = {'a': 1}; s = {1}")
    session.error("l.sort(), l.extend([4, 5]), d.update(b=2), d.setdefault('c', 3), "
                  "s.add(2), 1/0")
    session.error("l += [7]; undefined")  # ';': l += [7] is a unit of its own
    session.error("l.clear(), d.clear(), s.clear(), 1/0")
    session.run("def g():\n    l[1:2] = [8, 8, 8]\n    l *= 2\n    d.pop('a')\n"
                "    return 1 / 0\n")
    session.error("g()")
    assert session.run("l, d, s") == "([3, 1, 2, 7], {'a': 1}, {1})\n"


def test_numpy_arrays_written_in_place(session):
    session.run("import numpy as np\na = np.zeros(3)")
    session.error("a[0], a[5] = 1., 2.")
    assert session.run("a") == "array([0., 0., 0.])\n"


def test_exceptions_keep_what_their_init_set(session):
    session.run("class E(Exception):\n    def __init__(self, v):\n        self.v = v\n")
    session.run("try:\n    raise E(5)\nexcept E as e:\n    got = e.v\n")
    assert session.run("got") == "5\n"


def test_a_block_keeps_its_completed_statements(session):
    session.run("x = torch.zeros(1); l = []")
    session.error("for i in range(3):\n    x.add_(1)\n    l.append(i)\n    if i == 1:\n"
                  "        undefined\n")
    assert session.run("x, l") == "(tensor([2.]), [0, 1])\n"


def test_a_statement_that_changes_nothing_records_nothing(session):
    session.interp.builtins["records"] = _Builtin("records", lambda: len(JOURNAL[0].undo))
    session.run("".join(f"v{i} = {i}\n" for i in range(3000)))
    session.run("x = torch.ones(2)")
    assert session.run("records()") == "0\n"
    assert session.run("x + 1, records()")[-3:] == "0)\n"
    # x's state and its memory (and the grad mode, which the op's own no_grad switches)
    assert session.run("x.add_(1), records() <= 3")[-6:] == "True)\n"
    assert JOURNAL[0] is None  # nothing journaled between statements


@pytest.fixture
def one_megabyte():
    previous = limits._limit
    limits.set_memory_limit(1_000_000)
    yield
    limits._limit = previous


def test_undo_copies_count_against_the_memory_limit(session, one_megabyte):
    session.run("x = torch.zeros(150_000)")  # 600 kB
    try:  # one undo copy of x (the writes after the first share it)
        session.run("def h():\n    x.add_(1)\n    x.mul_(2)\n    x[0] = 5\n")
        session.run("h()")
        expected = "tensor([5., 2.])\n"
    except Diagnostic as diag:  # the workspace's 600 kB count too (SPEC §2)
        assert diag.type_name == "MemoryError"
        expected = "tensor([0., 0.])\n"
    assert session.run("x[:2]") == expected
    try:
        session.run("y = torch.zeros(150_000)")
    except Diagnostic:
        return
    diag = session.error("x.add_(1), y.add_(1)")  # two undo copies: 1.2 MB
    assert diag.type_name == "MemoryError" and "undo copy" in diag.message
    assert session.run("x[:2], y.sum()") == f"({expected[:-1]}, tensor(0.))\n"


def test_modules_keep_mode_parameters_buffers_and_hooks(session):
    session.run("m = torch.nn.Sequential(torch.nn.Linear(2, 2), torch.nn.BatchNorm1d(2))\n"
                "w0 = m[0].weight.clone()")
    session.error("m.eval(), 1/0")
    session.error("m.double(), m.register_buffer('extra', torch.ones(1)), 1/0")
    session.error("m.register_forward_hook(lambda *args: None), m(torch.ones(3, 2)), 1/0")
    session.error("torch.nn.init.uniform_(m[0].weight), m[0].weight.data.zero_(), 1/0")
    session.error("m.zero_grad(), m.requires_grad_(False), 1/0")
    assert session.run("m.training, m[1].training, m[0].weight.dtype, hasattr(m, 'extra')") \
        == "(True, True, torch.float32, False)\n"
    assert session.run("m[1].running_mean, m[1].num_batches_tracked") == \
        "(tensor([0., 0.]), tensor(0))\n"
    assert session.run("torch.equal(m[0].weight, w0), m[0].weight.requires_grad") == \
        "(True, True)\n"
    assert not session.workspace["m"]._forward_hooks


def test_pythons_random_module(session):
    session.run("import random\nrandom.seed(1); a = random.random(); b = random.randint(1, 99)\n"
                "random.seed(1)\nl = list(range(8))")
    session.error("random.seed(5), random.shuffle(l), 1/0")  # seeding and the list undone
    assert session.run("random.random() == a, random.randint(1, 99) == b, l") == \
        "(True, True, [0, 1, 2, 3, 4, 5, 6, 7])\n"


def test_journaled_methods_look_like_pythons(session):
    session.run("l = []")
    assert session.run("type(l.append)") == "<class 'builtin_function_or_method'>\n"
    diag = session.error("type(l.append)(l, 'append', print)")  # as Python refuses it
    assert diag.message == "cannot create 'builtin_function_or_method' instances"


@pytest.mark.parametrize("statement", [
    "for i in [x.add_(1), undefined]:\n    pass\n",
    "while x.add_(1) and undefined:\n    pass\n",
    "if x.add_(1) + undefined:\n    pass\n",
    "with (x.add_(1), undefined):\n    pass\n",
    "assert x.add_(1) is None\n",
    "raise ValueError(x.add_(1))\n",
    "def f(a=x.add_(1), b=undefined):\n    pass\n",
    "class C:\n    x.add_(1)\n    undefined\n",
    "y: int = x.add_(1) + undefined\n",
])
def test_block_headers_and_other_statements_are_units(session, statement):
    session.run("x = torch.zeros(1)")
    session.error(statement)
    assert session.run("x") == "tensor([0.])\n"
    assert not {"f", "C", "y"} & set(session.workspace)


def test_a_with_block_failing_inside_restores_its_mode(session):
    session.run("x = torch.zeros(1)")
    session.error("with torch.no_grad():\n    x.add_(1)\n    undefined\n")
    assert session.run("torch.is_grad_enabled(), x") == "(True, tensor([1.]))\n"


def test_a_statement_stopped_by_the_deadline_is_undone(session):
    session.run("x = torch.zeros(1); l = []\n"
                "def f():\n    x.add_(1)\n    l.append(1)\n    while True:\n        pass\n")
    session.interp.set_deadline(0.3)
    try:
        assert session.error("f()").type_name == "TimeoutError"
    finally:
        session.interp.set_deadline(None)
    assert session.run("x, l") == "(tensor([0.]), [])\n"


def test_the_statements_time_repeats_share_its_journal(session):
    session.run("x = torch.zeros(1000)")
    session.run(":time x[0] = 1")
    assert JOURNAL[0] is None
    session.error(":time x[1] = 5; undefined")  # the whole command is one unit
    assert session.run("x[:3]") == "tensor([1., 0., 0.])\n"
