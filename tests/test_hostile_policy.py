"""Issue 19, parts 3 and 5 (no crash, no traceback; policy): deep nesting,
unbounded reads, option values, encodings, file messages, host objects.

In-process where possible; the few subprocess cases are bounded in time.
"""
from __future__ import annotations

import pytest

from gradsh.lang.diagnostics import Diagnostic
from gradsh.lang.evaluator import Interpreter


def _interpreter() -> tuple[Interpreter, list]:
    outputs: list = []
    return Interpreter(outputs.append), outputs


def _error(interpreter: Interpreter, source: str) -> str:
    with pytest.raises(Diagnostic) as caught:
        interpreter.run_source(source)
    return caught.value.headline()


# ----------------------------------------------------- nesting (the crash)
DEEP = 200_000


@pytest.fixture(scope="module")
def deep():
    """A workspace holding a tuple nested 200,000 deep (the issue's crash), and
    a list and a dict nested past Python's recursion limit."""
    interpreter, outputs = _interpreter()
    interpreter.run_source(
        f"t = ()\nfor i in range({DEEP}): t = (t,)\n"
        f"l = []\nfor i in range({DEEP // 5}): l = [l]\n"
        f"d = {{}}\nfor i in range({DEEP // 5}): d = {{1: d}}\n")
    return interpreter, outputs


@pytest.mark.parametrize("source", [
    "{t: 1}", "hash(t)", "{t}", "set([t])", "frozenset([t])", "dict([(t, 1)])",
    "dict(zip([t], [1]))", "s = {}\ns[t] = 1", "s = {}\ns[t]", "s = {}\ndel s[t]",
    "s = {1: 2}\ns[t] += 1", "s = {}\ns[t, 1] = 2", "{}.get(t)", "{}.setdefault(t)",
    "{}.pop(t, 0)", "{}.update([(t, 1)])", "set().add(t)", "set().update([t])",
    "set().union([t])", "{1}.issubset([t])", "t in {1}", "t not in {1: 2}.keys()",
    "{k: 1 for k in [t]}", "{k for k in [t]}", "{k: 1 for k in [next(zip([t]))]}",
    # Python's own guards, pinned: comparison, repr, str, f-strings, tensor()
    "t == (t,)", "t < (t,)", "l == [l]", "t in [(t,)]", "sorted([l, [l]])", "max(t, (t,))",
    "repr(t)", "print(t)", "str(l)", "f'{d}'", "'%s' % (l,)", "'{}'.format(d)", "t", "l",
    "d == {1: d}", "torch.tensor(l)", "torch.as_tensor(l)", "l.count(l)",
    "torch.save(t, 'never-written.pt')",
    "import collections\ncollections.OrderedDict([(t, 1)])",
    "import collections\ncollections.defaultdict(int, [(t, 1)])",
    "import collections\nc = collections.OrderedDict()\nc.update([(t, 1)])",
    "class D(dict):\n    pass\nD([(t, 1)])",
    "class K:\n    def __hash__(self):\n        return hash(t)\n{K()}",
])
def test_deep_values_give_a_recursion_error_not_a_crash(deep, source):
    interpreter, _ = deep
    message = _error(interpreter, source)
    assert message.startswith("RecursionError: maximum recursion depth exceeded"), message


def test_shallow_keys_still_hash(deep):
    interpreter, outputs = deep
    interpreter.run_source("u = ()\nfor i in range(5000): u = (u,)\n"
                           "print(len({u: 1, (1, (2, 3)): 4}), hash(u) == hash(u), u in {u})")
    assert outputs[-1] == "2 True True\n"


# ------------------------------------------------- tracebacks: the command line
@pytest.fixture
def small_limit():
    from gradsh.engine import limits

    previous = limits._limit
    limits.set_memory_limit("8MB")  # scripts of at most 2 MB
    yield
    limits.set_memory_limit(previous)


@pytest.mark.parametrize("value", ["1e12", "inf", "nan", "-1", "0", "x"])
def test_bad_timeouts_are_usage_errors(value, capsys):
    from gradsh import cli

    with pytest.raises(SystemExit) as caught:
        cli.main(["--timeout", value, "-c", "1"])
    assert caught.value.code == 2
    assert "argument --timeout" in capsys.readouterr().err


@pytest.mark.parametrize("check", [False, True])
def test_unbounded_reads_are_refused(small_limit, check, capsys):
    from gradsh import cli

    status = cli.main((["--check"] if check else ["-f"]) + ["/dev/zero"])
    assert status in (1, 2)
    err = capsys.readouterr().err
    assert "cannot read '/dev/zero': larger than 2.0 MB" in err and "Traceback" not in err


def test_run_refuses_an_unbounded_file(small_limit):
    interpreter, _ = _interpreter()
    assert _error(interpreter, ":run /dev/zero").startswith(
        "MemoryError: cannot read '/dev/zero': larger than")


def test_output_encoding_errors_are_replaced():
    import os
    import subprocess
    import sys

    env = dict(os.environ, PYTHONIOENCODING="ascii")
    result = subprocess.run([sys.executable, "-m", "gradsh", "--echo"], input="print('é')\n".encode(),
                            capture_output=True, env=env, timeout=30)
    assert result.returncode == 0, result.stderr
    assert result.stdout.decode() == ">>> print('\\xe9')\n\\xe9\n"


# ---------------------------------------------------------- option values
@pytest.mark.parametrize("source, expected", [
    (":set memory_limit 1e400", "CommandError: invalid memory size '1e400'"),
    (":set precision 99999999999999999999", "CommandError: :set precision expects an integer"),
    (":set precision -1", "CommandError: :set precision expects an integer"),
    (":set linewidth 0", "CommandError: :set linewidth expects an integer"),
])
def test_set_validates_values(source, expected):
    interpreter, _ = _interpreter()
    assert _error(interpreter, source).startswith(expected)


def test_set_printoptions_fails_at_print_as_pytorch_does():
    interpreter, _ = _interpreter()
    interpreter.run_source("torch.set_printoptions(precision=99999999999999999999)")
    try:
        assert _error(interpreter, "torch.tensor([1.5])") == \
            "ValueError: Too many decimal digits in format string"
    finally:
        interpreter.run_source("torch.set_printoptions(profile='default')")


def test_bad_memory_limit_variable_is_reported_once_and_ignored(monkeypatch, capsys):
    from gradsh import cli_options
    from gradsh.engine import limits

    monkeypatch.setenv("GRADSH_MEMORY_LIMIT", "1e400")
    cli_options.report_bad_environment()
    assert "ignoring GRADSH_MEMORY_LIMIT: invalid memory size '1e400'" in capsys.readouterr().err
    assert limits.default_limit() > 0  # the default, not an OverflowError


# ------------------------------------------------------------ messages
@pytest.fixture
def files(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "self.gsh").write_text(":run self.gsh\n")
    (tmp_path / "bom.gsh").write_bytes(b"\xef\xbb\xbfx = 1\nprint(x + 1)\n")
    (tmp_path / "a b").mkdir()
    (tmp_path / "a b" / "s p.gsh").write_text("print(42)\n")
    monkeypatch.setenv("HOME", str(tmp_path / "a b"))
    return tmp_path


def test_run_of_itself_is_a_clear_recursion_error(files):
    interpreter, _ = _interpreter()
    assert _error(interpreter, ":run self.gsh") == \
        "RecursionError: :run nested too deeply (self.gsh runs itself)"


@pytest.mark.parametrize("command", [":run bom.gsh", ":run 'a b/s p.gsh'",
                                     ':run "a b/s p.gsh"', ":run ~/s p.gsh", ":run '~/s p.gsh'"])
def test_run_paths(files, command):
    interpreter, outputs = _interpreter()
    interpreter.run_source(command)
    assert outputs[-1] in ("2\n", "42\n")


def test_bom_script_file(files, capsys):
    from gradsh import cli

    assert cli.main(["-f", "bom.gsh"]) == 0
    assert capsys.readouterr().out == "2\n"


def test_save_and_load_quoted_paths(files):
    interpreter, outputs = _interpreter()
    interpreter.run_source("x = torch.ones(2)")
    interpreter.run_source(":save 'a b/w s.npz' x")
    interpreter.run_source(':load "a b/w s.npz"')
    assert outputs[-1] == "loaded x from a b/w s.npz\n"
    interpreter.run_source(":save ~/w2 x")
    interpreter.run_source(":load ~/w2.npz")
    assert outputs[-1].startswith("loaded x from ")


@pytest.mark.parametrize("name", ["print", "torch", "np", "len", "math", "F"])
def test_load_refuses_names_that_hide_built_ins(files, name):
    import json

    import numpy as np

    meta = {"format": "gradsh-workspace", "version": 1,
            "tensors": {name: {"dtype": "float32", "device": "cpu", "requires_grad": False}}}
    np.savez("odd.npz", **{"gradsh.meta": np.array(json.dumps(meta)),
                           name: np.ones(2, dtype=np.float32)})
    interpreter, _ = _interpreter()
    assert _error(interpreter, ":load odd.npz") == (
        f"ValueError: odd.npz is not a gradsh workspace file: '{name}' would hide the "
        f"built-in name '{name}'")
    assert name not in interpreter.workspace


def test_load_of_an_odd_archive(files):
    import numpy as np

    np.savez("odd.npz", **{"gradsh.meta": np.array(b"xx")})
    interpreter, _ = _interpreter()
    assert _error(interpreter, ":load odd.npz").startswith(
        "ValueError: odd.npz is not a gradsh workspace file: ")


# ---------------------------------------------------------------- policy
@pytest.mark.parametrize("source, expected", [
    ("torch.dtype(1)", "TypeError: cannot create 'torch.dtype' instances"),
    ("type(torch.float32)('x', 'y', 'z', 'w', 'v')", "TypeError: cannot create 'torch.dtype' instances"),
    ("torch.layout()", "TypeError: cannot create 'torch.layout' instances"),
    ("type(torch.per_tensor_affine)('x')", "TypeError: cannot create 'torch.qscheme' instances"),
    ("type(torch)('x', {})", "TypeError: cannot create 'module' instances"),
    ("type((torch.ones(1, requires_grad=True) * 2).grad_fn)()",
     "TypeError: cannot create 'Node' instances"),
])
def test_torch_type_objects_are_not_constructible(source, expected):
    interpreter, _ = _interpreter()
    assert _error(interpreter, source) == expected


@pytest.mark.parametrize("source, expected", [
    ("print", "<built-in function print>\n"),
    ("torch.tensor", "<function tensor>\n"),
    ("object()", "<object object>\n"),
    ("(torch.ones(1, requires_grad=True) * 2).grad_fn", "<MulBackward0 object>\n"),
    ("print([print, object()])", "[<built-in function print>, <object object>]\n"),
    ("'<a at 0x12>'", "'<a at 0x12>'\n"),  # a string is the user's: untouched
])
def test_values_print_without_addresses(source, expected):
    interpreter, outputs = _interpreter()
    interpreter.run_source(source)
    assert outputs[-1] == expected


def test_str_repr_format_and_fstrings_agree_with_print():
    interpreter, outputs = _interpreter()
    interpreter.run_source("class A:\n    pass\na = A()\n"
                           "print(str(a), repr(a), f'{a}', f'{a!r}', '{}'.format(a), format(a))")
    assert outputs[-1] == " ".join(["<__main__.A object>"] * 6) + "\n"
    interpreter.run_source("print(str(b'x', 'ascii'), isinstance('x', str), str(1.5), str)")
    assert outputs[-1] == "x True 1.5 <class 'str'>\n"


def test_type_of_a_python_value_is_the_built_in_name():
    interpreter, outputs = _interpreter()
    interpreter.run_source("print(type([]) is list, type({}) is dict, type(set()) is set, "
                           "type(()) is tuple, type('') is str, type([])((1, 2)))")
    assert outputs[-1] == "True True True True True [1, 2]\n"


@pytest.mark.parametrize("source, expected", [
    ("F.relu", "<function relu>"),
    ("torch.nn.Linear", "<class 'torch.nn.modules.linear.Linear'>"),
    ("torch.optim.SGD", "<class 'torch.optim.sgd.SGD'>"),
    ("torch.no_grad", "<class 'torch.autograd.grad_mode.no_grad'>"),
    ("type(torch.ones(1).device)", "<class 'torch.device'>"),
    ("type(torch.nn)", "<class 'module'>"),
    ("def f():\n    def g():\n        pass\n    return g\nprint(f())", "<function f.<locals>.g>"),
    ("def _h():\n    pass\nprint(_h)", "<function _h>"),  # the user's names are kept
])
def test_values_print_without_internal_names(source, expected):
    interpreter, outputs = _interpreter()
    interpreter.run_source(source)
    assert outputs[-1] == expected + "\n"


def test_stdin_of_one_endless_line_is_refused():
    import os
    import subprocess
    import sys

    env = dict(os.environ, GRADSH_MEMORY_LIMIT="8MB")
    with open("/dev/zero", "rb") as zero:
        result = subprocess.run([sys.executable, "-m", "gradsh"], stdin=zero,
                                capture_output=True, env=env, timeout=30)
    assert result.returncode == 1
    assert result.stderr.decode() == ("gradsh: cannot read '<stdin>': larger than 2.0 MB (a "
                                      "quarter of gradsh's memory limit of 8.0 MB)\n")


@pytest.mark.parametrize("source, expected", [
    ("torch.autograd.grad", "<function grad>"),
    ("np.zeros", "<function zeros>"),
    ("torch.numel", "<function numel>"),
])
def test_host_helpers_print_under_their_public_names(source, expected):
    interpreter, outputs = _interpreter()
    interpreter.run_source(source)
    assert outputs[-1] == expected + "\n"


@pytest.mark.parametrize("source, expected", [
    ("torch.Size('ab')", "TypeError: torch.Size() takes an iterable of 'int' (item 0 is 'str')"),
    ("torch.Size([1.5])", "TypeError: torch.Size() takes an iterable of 'int' (item 0 is 'float')"),
    ("type(torch.ones(1).shape)([[1]])",
     "TypeError: torch.Size() takes an iterable of 'int' (item 0 is 'list')"),
    ("torch.Size([2 ** 70])", "ValueError: Overflow when unpacking long long"),
])
def test_torch_size_takes_ints_only(source, expected):
    interpreter, _ = _interpreter()
    assert _error(interpreter, source) == expected


def test_torch_size_of_ints_and_int_tensors():
    interpreter, outputs = _interpreter()
    interpreter.run_source("print(torch.Size([True, torch.tensor(2), torch.tensor([3]), -1]))")
    assert outputs[-1] == "torch.Size([1, 2, 3, -1])\n"
