"""The ``:`` commands."""
from __future__ import annotations

import pytest

from gradsh.lang.commands import COMMANDS, QuitRequested, command, run_command


@pytest.fixture(autouse=True)
def restore_default_dtype():
    from gradsh.engine import dtypes

    saved = dtypes.get_default_dtype()
    yield
    dtypes.set_default_dtype(saved)


AUTOGRAD = """\
x = tensor(3., requires_grad=True)
w = tensor(5., requires_grad=True)
b = tensor(2., requires_grad=True)
y = w*x + b
"""


def test_backward_and_grad(session):
    session.run(AUTOGRAD)
    assert session.run(":backward y") == ""
    assert session.run(":grad x w b") == \
        "x.grad: tensor(5.)\nw.grad: tensor(3.)\nb.grad: tensor(1.)\n"
    assert session.run(":grad x") == "tensor(5.)\n"


def test_second_backward_fails_without_retain(session):
    session.run(AUTOGRAD + ":backward y")
    diag = session.error(":backward y")
    assert diag.type_name == "RuntimeError"
    assert diag.message.startswith("Trying to backward through the graph a second time")


def test_retain_accumulates(session):
    session.run(AUTOGRAD)
    session.run(":backward y --retain\n:backward y --retain")
    assert session.run(":grad x") == "tensor(10.)\n"


def test_backward_ones_on_vector(session):
    session.run("v = tensor([1., 2.], requires_grad=True); s = v * v")
    assert "grad can be implicitly created only for scalar outputs" in \
        session.error(":backward s").message
    session.run(":backward s --ones")
    assert session.run(":grad v") == "tensor([2., 4.])\n"


def test_backward_usage_errors(session):
    session.run(AUTOGRAD)
    diag = session.error(":backward y --retian")
    assert diag.type_name == "CommandError" and diag.notes == ["did you mean '--retain'?"]
    assert session.error(":backward").type_name == "CommandError"
    assert session.error(":backward nothing").type_name == "NameError"
    session.run("n = 3")
    assert session.error(":backward n").message == "'n' is a int, not a tensor"


def test_grad_none_and_non_leaf_warning(session):
    session.run(AUTOGRAD)
    assert session.run(":grad x") == "None\n"
    assert session.run(":grad y") == "None\n"
    assert session.warnings and session.warnings[0].type_name == "UserWarning"


def test_zero_grad_named_and_all(session):
    session.run(AUTOGRAD + "y.backward(retain_graph=True)")
    session.run(":zero_grad x")
    assert session.run(":grad x w") == "x.grad: None\nw.grad: tensor(3.)\n"
    session.run(":zero_grad")
    assert session.run(":grad w b") == "w.grad: None\nb.grad: None\n"


def test_set_lists_settings(session):
    listing = session.run(":set")
    names = [line.split()[0] for line in listing.splitlines()]
    assert names == ["precision", "threshold", "edgeitems", "linewidth", "sci", "style",
                     "dtype", "device", "memory_limit", "rng", "numerics", "fusion",
                     "editing_mode", "theme"]
    assert "precision     4" in listing
    # issue 20: every value in one column, memory_limit's too
    columns = {len(line) - len(line.split()[-1]) for line in listing.splitlines()}
    assert columns == {len("memory_limit  ")}


def test_set_print_options(session):
    from gradsh.engine import printing

    session.run(":set precision 2\n:set threshold 10\n:set edgeitems 2\n:set linewidth 40")
    opts = printing.options
    assert (opts.precision, opts.threshold, opts.edgeitems, opts.linewidth) == (2, 10, 2, 40)
    session.run(":set sci on")
    assert opts.sci_mode is True
    session.run(":set sci off")
    assert opts.sci_mode is False
    session.run(":set sci auto")
    assert opts.sci_mode is None
    session.run(":set style legacy")
    assert opts.style == "legacy"


def test_set_precision_changes_printing(session):
    session.run("x = tensor([1.23456789, 10.5, -0.125])")
    session.run(":set precision 2")
    assert session.run("x") == "tensor([ 1.23, 10.50, -0.12])\n"


def test_set_errors(session):
    diag = session.error(":set precison 2")
    assert diag.message == "unknown setting 'precison'"
    assert diag.notes == ["did you mean 'precision'?"]
    assert session.error(":set precision two").type_name == "CommandError"
    assert session.error(":set precision -1").type_name == "CommandError"
    assert session.error(":set sci maybe").type_name == "CommandError"
    assert session.error(":set precision").type_name == "CommandError"


def test_set_dtype(session):
    session.run(":set dtype float64")
    assert session.run("tensor([1.5]).dtype") == "torch.float64\n"
    # As in PyTorch, the suffix is left out for the current default dtype.
    assert session.run("tensor([1.5], dtype=float32)") == \
        "tensor([1.5000], dtype=torch.float32)\n"
    assert "dtype         float64" in session.run(":set")
    session.run(":set dtype torch.float32")
    assert session.run("tensor([1.5]).dtype") == "torch.float32\n"
    assert session.error(":set dtype int64").type_name == "TypeError"
    assert session.error(":set dtype flaot64").notes == ["did you mean 'float64'?"]


def test_set_device(session):
    from gradsh.engine import backend

    session.run(":set device cpu")
    assert session.interp.settings["device"] == "cpu"
    if backend.cuda_available():  # on a GPU machine: the device is taken, a missing one is not
        session.run(":set device cuda")
        assert session.interp.settings["device"] == "cuda:0"
        assert "device        cuda:0\n" in session.run(":set")
        diag = session.error(f":set device cuda:{backend.cuda_device_count()}")
        assert diag.message == "CUDA error: invalid device ordinal"
        session.run(":set device cpu")
        return
    diag = session.error(":set device cuda:0")
    assert diag.type_name == "RuntimeError"
    assert diag.message.startswith("CUDA is not available: ")


def test_seed_makes_random_repeatable(session):
    session.run(":seed 3")
    session.run("a = rand(3)")
    session.run(":seed 3")
    session.run("b = rand(3)")
    assert session.run("a.tolist() == b.tolist()") == "True\n"
    assert session.error(":seed x").type_name == "CommandError"


def test_reset(session):
    session.run("a = 1")
    session.run(":reset")
    assert session.workspace == {}


def test_run_file(session, tmp_path):
    script = tmp_path / "s.gsh"
    script.write_text("a = 2\nb = a * 3\nb\nprint('done')\n")
    assert session.run(f":run {script}") == "6\ndone\n"
    assert session.workspace["b"] == 6


def test_run_file_error_points_into_the_file(session, tmp_path):
    script = tmp_path / "bad.gsh"
    script.write_text("a = 1\nb = missing\nc = 3\n")
    diag = session.error(f":run {script}")
    assert diag.filename == str(script) and diag.span.line == 2
    assert session.workspace == {"a": 1}


def test_run_missing_file(session):
    assert session.error(":run /nonexistent/x.gsh").type_name == "FileNotFoundError"


def test_help(session):
    listing = session.run(":help")
    assert ":backward y [--retain] [--ones]" in listing
    assert all(f":{name}" in listing for name in COMMANDS)
    # the command first, then the Tensor attribute of the same name (issue 20)
    assert session.run(":help grad").startswith(
        ":grad x [w ...]\n  print x.grad (None when unset)\n\nTensor.grad\n")
    assert session.run(":help :grad") == ":grad x [w ...]\n  print x.grad (None when unset)\n"
    assert session.run(":help :set").startswith(":set [NAME VALUE | --save]")
    assert session.run(":help torch.sum") != ""
    assert session.error(":help nothing_here").type_name == "CommandError"


def test_unknown_command(session):
    diag = session.error(":grda x")
    assert diag.message == "unknown command ':grda'"
    assert diag.notes[0] == "did you mean ':grad'?"


def test_quit_raises_quit_requested(session):
    with pytest.raises(QuitRequested):
        session.run(":quit")


def test_register_a_command(session):
    @command("hello_test", usage=":hello_test NAME", summary="greet")
    def hello(interpreter, text):
        interpreter.output(f"hello {text}\n")

    try:
        assert session.run(":hello_test  world ") == "hello world\n"
        run_command(session.interp, ":hello_test", "again")
        assert session.output().endswith("hello again\n")
    finally:
        del COMMANDS["hello_test"]


def test_command_in_a_script_keeps_order(session):
    assert session.run("x = tensor(2., requires_grad=True)\ny = x * x\n"
                       ":backward y\nprint('after')\n:grad x") == "after\ntensor(4.)\n"
