"""The prompt session driven key by key (pipe input, dummy output)."""
from __future__ import annotations

import os

import pytest
from shell_driver import CTRL_C, CTRL_D, ENTER, TAB, UP, Wait, completed, driver_fixture


@pytest.fixture
def driver(tmp_path, monkeypatch):
    yield from driver_fixture(tmp_path, monkeypatch)


def test_statements_run_and_ctrl_d_leaves(driver, capsys):
    status = driver.run("x = tensor([1., 2.])" + ENTER, "x * 2" + ENTER, CTRL_D)
    assert status == 0
    assert capsys.readouterr().out == "tensor([2., 4.])\n"


def test_quit_command_leaves(driver, capsys):
    assert driver.run("1 + 1" + ENTER, ":quit" + ENTER, "2 + 2" + ENTER) == 0
    assert capsys.readouterr().out == "2\n"


def test_tab_completes_workspace_name(driver, capsys):
    driver.run("weights = ones(2)" + ENTER, "weig", TAB, completed("weights"), ENTER, CTRL_D)
    assert capsys.readouterr().out == "tensor([1., 1.])\n"


def test_tab_completes_method_after_dot(driver, capsys):
    driver.run("x = tensor([1., 2.], requires_grad=True)" + ENTER,
               "x.sha", TAB, completed("x.shape"), ENTER,
               "x.requires_gr", TAB, completed("x.requires_grad"), ENTER, CTRL_D)
    assert capsys.readouterr().out == "torch.Size([2])\nTrue\n"


def test_tab_completes_keyword_argument_in_call(driver, capsys):
    driver.run("zeros(2, dtyp", TAB, completed("zeros(2, dtype="),
               "torch.float64)" + ENTER, CTRL_D)
    assert capsys.readouterr().out == "tensor([0., 0.], dtype=torch.float64)\n"


def test_tab_completes_command_and_path(driver, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    driver.run("x = arange(3)" + ENTER, ":save weights.npz x" + ENTER, ":reset" + ENTER,
               ":lo", TAB, completed(":load"), " wei", TAB, completed(":load weights.npz"),
               ENTER, ":va", TAB, completed(":vars"), ENTER, CTRL_D)
    out = capsys.readouterr().out
    assert "loaded x from weights.npz\n" in out
    assert "x     Tensor  [3]    int64  cpu" in out


def test_multi_line_input_with_open_bracket(driver, capsys):
    driver.run("y = tensor([1.,", ENTER, "2.])" + ENTER, "y" + ENTER, CTRL_D)
    assert capsys.readouterr().out == "tensor([1., 2.])\n"
    assert "y = tensor([1.,\n2.])" in driver.shell.session.history.get_strings()


def test_block_ends_with_empty_line_and_is_indented(driver, capsys):
    driver.run("for i in range(2):" + ENTER, Wait(lambda b: b.text.endswith("\n    ")),
               "print(i)" + ENTER, ENTER, CTRL_D)
    assert capsys.readouterr().out == "0\n1\n"


def test_ctrl_c_abandons_the_line(driver, capsys):
    driver.run("x = 1" + ENTER, "x = 2", CTRL_C, "x" + ENTER, CTRL_D)
    assert capsys.readouterr().out == "KeyboardInterrupt\n1\n"


def test_interrupted_statement_keeps_the_workspace(driver, capsys):
    def interrupted():
        raise KeyboardInterrupt

    driver.runner.interpreter.builtins["slow"] = interrupted
    driver.run("x = 1" + ENTER, "x = slow()" + ENTER, "x" + ENTER, CTRL_D)
    assert capsys.readouterr().out == "\nKeyboardInterrupt\n1\n"


def test_a_line_that_does_not_parse_is_run_and_answered(driver, capsys):
    # issue 20: submitted like any line (nothing held to merge with the next one)
    driver.run("1 +* 2" + ENTER, Wait(lambda buffer: buffer.text == ""), "3" + ENTER, CTRL_D)
    captured = capsys.readouterr()
    assert captured.out == "3\n"
    assert captured.err.startswith("SyntaxError: invalid syntax\n    1 +* 2\n       ^\n")
    assert "1 +* 2" in driver.shell.session.history.get_strings()  # kept to be fixed


def test_history_is_written_and_recalled(driver, capsys):
    driver.run("a = 41" + ENTER, "a + 1" + ENTER, UP, completed("a + 1"), ENTER, CTRL_D)
    assert capsys.readouterr().out == "42\n42\n"
    with open(driver.history_file, encoding="utf-8") as handle:
        assert "+a = 41\n" in handle.read()


def test_history_path_follows_xdg_data_home(monkeypatch, tmp_path):
    from gradsh.shell import history_path

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert history_path() == os.path.join(str(tmp_path), "gradsh", "history")
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert history_path() == os.path.join(str(tmp_path), ".local", "share", "gradsh", "history")


def test_errors_are_reported_and_the_session_goes_on(driver, capsys):
    driver.run("ones(2) @ ones(3)" + ENTER, "1" + ENTER, CTRL_D)
    captured = capsys.readouterr()
    assert captured.out == "1\n"
    assert captured.err.startswith("RuntimeError: ")
