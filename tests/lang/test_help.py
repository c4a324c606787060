"""Help that covers every name, from one source (issue 20, point 3)."""
from __future__ import annotations

import re

import pytest

from gradsh.lang.commands import COMMANDS
from gradsh.lang.helpsections import member_summary, python_summary, tensor_member_names

# a host object or address, a private name, gradsh's own module paths
_LEAK = re.compile(r"0x[0-9a-f]{5,}| object at |<class |gradsh\.|(?<![\w.])_[a-z]\w*\(")


@pytest.fixture
def ready(session):
    session.run("import torch.nn as nn\nimport torch.nn.functional as F\n"
                "x = ones(2, requires_grad=True)")
    return session


def test_tensor_methods_that_are_not_ops(ready):
    assert ready.run(":help detach").startswith("Tensor.detach()\nthe same data, cut from")
    backward = ready.run(":help x.backward")
    assert backward.startswith("Tensor.backward(gradient=None, retain_graph=None, ")
    assert "example: " in backward
    assert ready.run("help(x.backward)") == backward == ready.run("x.backward?")
    # the command and the method of the same name: both
    both = ready.run(":help backward")
    assert both.startswith(":backward y [--retain]") and "\n\n" + backward in both
    assert ready.run(":help torch.Tensor.detach") == ready.run(":help x.detach")
    assert ready.run(":help x.grad").startswith("Tensor.grad\nthe accumulated gradient")


def test_methods_lists_every_member_completion_offers(ready):
    listing = ready.run(":help methods")
    listed = [line.split()[0] for line in listing.splitlines()]
    assert listed == tensor_member_names()
    assert {"backward", "detach", "sum", "add_", "grad", "shape", "T"} <= set(listed)
    for line in listing.splitlines():  # each with its one line
        assert len(line.split(None, 1)) == 2, line


def test_every_tensor_member_has_a_summary():
    assert [name for name in tensor_member_names() if not member_summary(name)] == []


def test_sum_is_pythons_and_torchs(ready):
    text = ready.run(":help sum")
    assert "guarded" not in text
    assert text.startswith("sum(iterable, /, start=0)  (Python's built-in)\n"
                           "Return the sum of a 'start' value")
    assert "\n\nsum(input, dim=None, keepdim=False, *, dtype=None)  (torch.sum, Tensor.sum)\n" \
        "Sum of the elements" in text
    assert ready.run("help(sum)") == text == ready.run("sum?")
    assert ready.run(":help len").startswith("len(obj, /)  (Python's built-in)\nReturn the "
                                             "number of items")
    assert ready.run(":help torch.sum").startswith("sum(input")  # torch's alone


def test_modules_optimizers_schedulers(ready):
    linear = ready.run(":help nn.Linear")
    assert linear.startswith("Linear(in_features, out_features, bias=True, device=None, "
                             "dtype=None)  (torch.nn.Linear)\n")
    assert ready.run(":help Linear") == ready.run(":help torch.nn.Linear") == linear
    assert ready.run("help(nn.Linear)") == linear
    assert ready.run(":help SGD").startswith("SGD(params, lr=0.001, momentum=0, ")
    assert ready.run(":help StepLR").startswith("StepLR(optimizer, step_size, gamma=0.1")
    ready.run("m = nn.Linear(2, 3)\nopt = torch.optim.SGD(m.parameters(), lr=0.1)")
    assert ready.run("m?") == "m: Linear = Linear(in_features=2, out_features=3, " \
        "bias=True)\n" + linear
    assert ready.run("opt?").startswith("opt: SGD\nSGD(params, ")
    assert "methods: " in ready.run("nn.Linear??") and "step" in ready.run("opt??")


def test_namespaces_and_their_names(ready):
    listing = ready.run(":help torch.linalg")
    assert listing.startswith("module torch.linalg: ") and "\n  inv " in listing
    assert ready.run(":help linalg.inv").startswith("inv(input)  (linalg.inv, like torch."
                                                    "inverse)\nThe inverse of a square matrix")
    assert ready.run(":help torch.linalg.inv") == ready.run(":help linalg.inv")
    assert ready.run(":help torch.special.erf").startswith("erf(input)")
    assert ready.run(":help torch.fft.fft").startswith("fft(input, n=None, dim=-1, norm=None)")
    assert ready.run(":help F.relu").startswith("relu(input")


def test_commands_topics_and_magics(ready):
    for name, command in COMMANDS.items():
        assert ready.run(f":help :{name}") == f"{command.usage}\n  {command.summary}\n"
        assert ready.run(f":help {name}").startswith(f"{command.usage}\n")
    assert ready.run(":help %timeit").startswith("%timeit [-n N] [-r R] STATEMENT  (IPython's "
                                                 "name of :time)\n")
    assert ready.run("%timeit?") == ready.run(":help %timeit")
    assert "NAME??" in ready.run(":help ipython")
    error = ready.error(":help :nothing")
    assert error.message == "unknown command ':nothing'"


def test_values_and_user_functions(ready):
    ready.run("def f(a, b=2, *rest, scale=1.0):\n    return a\n\nk = 3")
    assert ready.run("f?") == "f(a, b=2, *rest, scale=1.0)\na function defined in this session\n"
    assert ready.run("help(f)") == ready.run("f?")
    assert ready.run("k?").startswith("k: int = 3\nint(")
    assert ready.run("x?") == ("x: a tensor, torch.float32, shape (2,), cpu, requires_grad=True\n"
                               ":help methods lists its methods; :help x.sum one of them\n")
    assert ready.run("help(torch.float32)") == "torch.float32: a dtype\n"


def test_completion_descriptions_come_from_the_same_table(ready):
    from gradsh.shell.app import sources_for
    from gradsh.shell.completer import GradshCompleter
    from prompt_toolkit.completion import CompleteEvent
    from prompt_toolkit.document import Document

    completer = GradshCompleter(sources_for(ready.interp))

    def metas(text: str) -> dict:
        found = completer.get_completions(Document(text), CompleteEvent())
        return {c.text: c.display_meta_text for c in found}

    members = metas("x.")
    assert set(members) == set(tensor_member_names())
    assert all(members[name] == member_summary(name) for name in members)
    assert metas("su")["sum"] == python_summary("sum") != ""
    assert "guarded" not in " ".join(metas("").values())
    keywords = metas("torch.randint(")
    assert keywords["low="] == "keyword argument"  # its default is a host sentinel


def test_help_reveals_no_host_object_for_any_name(ready):
    from gradsh.lang.helptext import _lookup

    topics = sorted(ready.interp.unqualified()) + [
        name for name in ready.interp.builtins if not name.startswith("_")]
    for space in ("torch.linalg", "torch.special", "torch.fft", "nn", "F", "torch.optim",
                  "torch.optim.lr_scheduler", "nn.init", "torch.utils.data"):
        members = _lookup(ready.interp, space.split(".")).__gradsh_attrs__
        topics += [space] + [f"{space}.{m}" for m in sorted(members) if not m.startswith("_")]
    topics += [f"x.{name}" for name in tensor_member_names()]
    failures = []
    for topic in topics:
        try:
            text = ready.run(f":help {topic}")
        except Exception as exc:  # noqa: BLE001 - collected, reported together
            failures.append(f"{topic}: {exc}")
            continue
        if _LEAK.search(text.replace("0x10ffff", "")):
            failures.append(f"{topic}: {text[:120]}")
    assert failures == []


def test_python_methods_and_modules_have_pythons_words(ready):
    ready.run("l = [1]\nd = {}\nimport math")
    assert ready.run("l.append?") == "list.append(self, object)\nAppend object to the end " \
        "of the list.\n"
    assert ready.run("help(l.pop)").startswith("list.pop(self, index=-1)\nRemove and return")
    assert ready.run("d.get?").startswith("dict.get(self, key, default=None)\n")
    assert ready.run("math.sqrt?") == "math.sqrt(x)\nReturn the square root of x.\n"
    assert ready.run("help(math.sqrt)") == "sqrt(x)\nReturn the square root of x.\n"
    assert "\n  sqrt " in ready.run("math?")
    for text in (ready.run("help(l.append)"), ready.run("help(l.pop)")):
        assert " object>" not in text and "journal" not in text
