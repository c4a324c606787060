"""The built-ins and Python modules of issue 14: help, dir, getattr and kin,
exit/quit, time and random, and the size guards they keep."""
from __future__ import annotations

import subprocess
import sys
import time

import pytest

from gradsh.lang.diagnostics import Diagnostic
from gradsh.lang.evaluator import Interpreter


def run(source: str) -> str:
    out: list = []
    Interpreter(out.append).run_source(source)
    return "".join(out)


def error(source: str) -> Diagnostic:
    with pytest.raises(Diagnostic) as raised:
        Interpreter(lambda text: None).run_source(source)
    return raised.value


def test_help_prints_what_the_help_command_prints():
    assert run("help(torch.sum)") == run(":help torch.sum")
    assert run("help(torch.sum)").startswith("sum(input")


def test_dir_and_getattr_see_what_attribute_access_sees():
    source = ("class P:\n    def __init__(self):\n        self.a = 1\n        self._b = 2\n"
              "    def m(self):\n        return 3\np = P()\n")
    # public names only: dir() never lists a private or special name (issue 20)
    assert run(source + "print(dir(p))") == "['a', 'm']\n"
    assert run(source + "print(getattr(p, 'a'), getattr(p, 'zz', 7), hasattr(p, 'm'))") == \
        "1 7 True\n"
    assert run("x = tensor([1.])\nprint(hasattr(x, '_data'), 'grad' in dir(x))") == \
        "False True\n"
    assert error("x = tensor([1.])\ngetattr(x, '_data')").type_name == "AttributeError"


@pytest.mark.parametrize("source, status", [
    ("print(1)\nexit(3)\nprint(2)", 3), ("exit()", 0), ("quit(0)", 0), ("1 / 0\nexit(0)", 1),
])
def test_exit_ends_a_script_with_its_status(source, status):
    done = subprocess.run([sys.executable, "-m", "gradsh", "-c", source], capture_output=True,
                          text=True)
    assert done.returncode == status
    assert "2" not in done.stdout


def test_exit_prints_a_hint_as_a_value():
    assert run("print(exit)") == "Use exit() or Ctrl-D (i.e. EOF) to exit\n"
    assert run("[quit]") == "[Use quit() or Ctrl-D (i.e. EOF) to exit]\n"


def test_time_sleep_stops_at_the_deadline():
    interp = Interpreter(lambda text: None)
    interp.set_deadline(0.3)
    started = time.monotonic()
    try:
        with pytest.raises(Diagnostic) as raised:
            interp.run_source("import time\ntime.sleep(60)")
    finally:
        interp.set_deadline(None)
    assert raised.value.type_name == "TimeoutError"
    assert time.monotonic() - started < 5


def test_random_is_pythons_and_seeded_on_its_own():
    import random

    random.seed(3)
    expected = f"{random.randint(1, 100)} {random.random()}\n"
    assert run("import random\nrandom.seed(3)\nprint(random.randint(1, 100), random.random())") \
        == expected
    assert error("import random\nrandom.choices([1], k=10**12)").type_name == "MemoryError"
    assert error("import random\nrandom.getrandbits(10**14)").type_name == "MemoryError"
    assert error("import os").type_name == "ImportError"


def test_sets_keep_the_size_guards():
    assert error("set(range(10**12))").type_name == "MemoryError"
    assert error("s = set()\ns.update(range(10**12))").type_name == "MemoryError"
    assert run("s = {1, 2}\ns.add(3)\nprint(sorted(s | {9}), s.issubset({1, 2, 3, 4}))") == \
        "[1, 2, 3, 9] True\n"
