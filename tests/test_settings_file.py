"""Issue 20 point 6: the settings file, :set --save and the startup script
(gradsh/config.py); the shell's part is typed on a pty at the end."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from gradsh import config
from gradsh.cli import Runner

sys.path.insert(0, str(Path(__file__).parent / "shell"))
from test_shell_pty import Terminal  # noqa: E402


@pytest.fixture
def config_home(tmp_path, monkeypatch):
    """An empty $XDG_CONFIG_HOME; the folder gradsh uses in it."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    return tmp_path / "xdg" / "gradsh"


def test_folder_follows_xdg_config_home(config_home, monkeypatch):
    assert config.config_path() == str(config_home / "config.toml")
    assert config.startup_path() == str(config_home / "startup.gsh")
    monkeypatch.setenv("XDG_CONFIG_HOME", "")
    monkeypatch.setenv("HOME", "/home/someone")
    assert config.config_path() == "/home/someone/.config/gradsh/config.toml"


def test_no_file_no_settings(config_home):
    assert config.read_settings() == ([], [])


def test_save_writes_every_setting_and_reads_back(session, config_home):
    session.run(":set precision 2\n:set style legacy\n:set theme light\n"
                ":set editing_mode vi\n:set dtype float64")
    assert session.run(":set --save") == f"saved the settings to {config_home / 'config.toml'}\n"
    text = (config_home / "config.toml").read_text()
    assert text.startswith("# gradsh settings")
    assert "precision = 2\n" in text and 'style = "legacy"\n' in text
    assert 'dtype = "float64"\n' in text and 'theme = "light"\n' in text
    assert 'editing_mode = "vi"\n' in text and 'sci = "auto"\n' in text
    assert "memory_limit" not in text  # the default follows the machine
    entries, problems = config.read_settings()
    assert problems == []
    listed = dict(line.split(None, 1) for line in session.run(":set").splitlines())
    assert {e.name: e.value for e in entries} == {
        name: value for name, value in listed.items() if name != "memory_limit"}
    assert [e.line for e in entries] == list(range(3, 3 + len(entries)))


def test_a_chosen_memory_limit_is_saved(session, config_home):
    from gradsh.engine import limits

    try:
        session.run(":set memory_limit 2GB\n:set --save")
    finally:
        limits.set_memory_limit(None)
    assert 'memory_limit = "2.0GB"\n' in (config_home / "config.toml").read_text()


def test_saved_file_gets_the_umask_permissions(session, config_home):
    previous = os.umask(0o027)
    try:
        session.run(":set --save")
    finally:
        os.umask(previous)
    assert (config_home / "config.toml").stat().st_mode & 0o777 == 0o640
    assert [p.name for p in config_home.iterdir()] == ["config.toml"]


def test_apply_reports_each_bad_line_and_applies_the_others(session, config_home):
    config_home.mkdir(parents=True)
    path = config_home / "config.toml"
    path.write_text('precision = 2\nprecison = 3\nsci = "maybe"\ntheme = "light"\n'
                    "linewidth = 60\n[table]\nx = 1\n")
    reported: list[str] = []
    config.apply_settings(session.interp, reported.append)
    assert reported == [
        f"{path}:6: TypeError: setting 'table' takes a string or a number, not a table",
        f"{path}:2: CommandError: unknown setting 'precison'\n  did you mean 'precision'?",
        f"{path}:3: CommandError: :set sci expects one of auto, on, off, got 'maybe'",
    ]
    listing = session.run(":set")
    assert "precision     2\n" in listing and "linewidth     60\n" in listing
    assert "theme         light\n" in listing


def test_a_file_that_is_not_toml_is_one_line(session, config_home):
    config_home.mkdir(parents=True)
    (config_home / "config.toml").write_text("precision = 2\nthis is not toml\n")
    reported: list[str] = []
    config.apply_settings(session.interp, reported.append)
    assert len(reported) == 1 and reported[0].startswith(
        f"gradsh: {config_home / 'config.toml'}:2: TOMLDecodeError: ")
    assert "precision     4\n" in session.run(":set")  # nothing applied


def test_theme_setting(session):
    assert "theme         dark\n" in session.run(":set")
    session.run(":set theme none")
    assert session.interp.settings["theme"] == "none"
    diag = session.error(":set theme lihgt")
    assert diag.message == ":set theme expects one of dark, light, none, got 'lihgt'"
    assert diag.notes == ["did you mean 'light'?"]


def test_themes_match_the_shell():
    from gradsh.lang.commands import THEMES
    from gradsh.shell.lexer import THEMES as STYLES

    assert tuple(STYLES) == THEMES


def test_shell_style_follows_the_theme():
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    from gradsh.shell import Shell

    def colour(shell) -> str:
        return shell.session.app.style.get_attrs_for_style_str("class:gradsh.string").color

    runner = Runner()
    with create_pipe_input() as pipe:
        shell = Shell(runner, history_file=None, input=pipe, output=DummyOutput())
        assert colour(shell) == "98c379"
        runner.interpreter.run_source(":set theme light")
        assert colour(shell) == "a31515"
        runner.interpreter.run_source(":set theme none")
        assert colour(shell) == ""
        plain = Shell(runner, color=False, history_file=None, input=pipe, output=DummyOutput())
        runner.interpreter.run_source(":set theme dark")
        assert colour(plain) == ""


def test_startup_errors_are_located_and_the_rest_runs(tmp_path, capsys):
    script = tmp_path / "startup.gsh"
    script.write_text("x = 1\nzz\nprint(x + 1)\n")
    runner = Runner()
    runner.interactive = True
    assert config.run_startup(runner, print, str(script)) is True
    captured = capsys.readouterr()
    assert captured.out == "2\n"
    assert captured.err == f"{script}:2: NameError: name 'zz' is not defined\n"
    assert runner.interactive and not runner.failed and runner.interpreter.workspace["x"] == 1


def test_exit_in_startup_ends_the_session(tmp_path):
    script = tmp_path / "startup.gsh"
    script.write_text("exit(3)\nprint('never')\n")
    runner = Runner()
    assert config.run_startup(runner, print, str(script)) is False
    assert runner.exit_code == 3


def test_unreadable_startup_is_reported(tmp_path):
    (tmp_path / "startup.gsh").mkdir()
    reported: list[str] = []
    assert config.run_startup(Runner(), reported.append, str(tmp_path / "startup.gsh"))
    assert reported == [f"gradsh: cannot read '{tmp_path / 'startup.gsh'}': Is a directory"]


def test_batch_runs_ignore_the_settings_file(gradsh, tmp_path):
    folder = tmp_path / "xdg" / "gradsh"
    folder.mkdir(parents=True)
    (folder / "config.toml").write_text("precision = 2\n")
    (folder / "startup.gsh").write_text("print('startup')\n")
    done = gradsh("-c", "tensor([1.23456])", env={"XDG_CONFIG_HOME": str(tmp_path / "xdg")})
    assert (done.returncode, done.stdout, done.stderr) == (0, "tensor([1.2346])\n", "")


# ------------------------------------------------------------- on a terminal
def _write_config(tmp_path: Path, settings: str, startup: str) -> Path:
    folder = tmp_path / "config" / "gradsh"  # Terminal's XDG_CONFIG_HOME
    folder.mkdir(parents=True)
    (folder / "config.toml").write_text(settings)
    (folder / "startup.gsh").write_text(startup)
    return folder


def _answer(shell: Terminal, keys: str, expected: str) -> str:
    """Type at a prompt, then wait for the answer and the next prompt (keys typed
    while a statement runs may be dropped, as on a real terminal)."""
    shell.type(keys)
    return shell.read_until(expected + "\n>>> ")


def test_shell_reads_settings_runs_startup_and_saves(tmp_path):
    folder = _write_config(tmp_path, 'precision = 2\nstyle = "lagacy"\n',
                           "x = tensor([1.23456])\nzz\nprint('startup done')\n")
    shell = Terminal(tmp_path, "--dtype", "float64")
    try:
        shell.read_until(f"{folder}/config.toml:2: CommandError: :set style expects one of "
                         "torch, legacy, got 'lagacy'")
        shell.read_until(f"{folder}/startup.gsh:2: NameError: name 'zz' is not defined")
        shell.read_until("startup done\n>>> ")
        _answer(shell, "x\r", "tensor([1.23])")  # precision 2; x made by the startup script
        _answer(shell, "tensor([1.5]).dtype\r", "torch.float64")  # the command line wins
        _answer(shell, ":set precision 3\r", ":set precision 3")
        _answer(shell, ":set --save\r", f"saved the settings to {folder}/config.toml")
        shell.type(":quit\r")
        assert shell.close() == 0
    finally:
        if shell.process.poll() is None:
            shell.process.kill()
    text = (folder / "config.toml").read_text()
    assert "precision = 3\n" in text and 'dtype = "float64"\n' in text


def test_no_startup_skips_the_startup_script(tmp_path):
    _write_config(tmp_path, "precision = 1\n", "print('startup ' + 'ran')\n")
    shell = Terminal(tmp_path, "--no-startup")
    try:
        shell.read_until(">>> ")
        screen = _answer(shell, "tensor([1.25])\r", "tensor([1.2])")  # the file still applies
        assert "startup ran" not in screen
        shell.type("\x04")
        assert shell.close() == 0
    finally:
        if shell.process.poll() is None:
            shell.process.kill()
