"""The ``gradsh`` command, run as users run it: the installed console script in a
subprocess (``python -m gradsh`` when the project is not installed)."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from conftest import gradsh_command


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(textwrap.dedent(text))
    return path


# ---------------------------------------------------------------- modes
def test_c_runs_statements_and_echoes_values(gradsh):
    done = gradsh("-c", "a = 1; a + 1\nb = a * 10\nb")
    assert (done.returncode, done.stdout, done.stderr) == (0, "2\n10\n", "")


def test_c_twice_runs_both_in_order(gradsh, tmp_path):
    """Issue 20: every -c runs (argparse kept only the last), after the scripts."""
    write(tmp_path, "one.gsh", "x = 3\n")
    done = gradsh("-f", "one.gsh", "-c", "y = x + 1", "-c", "print(x, y)", cwd=tmp_path)
    assert (done.returncode, done.stdout, done.stderr) == (0, "3 4\n", "")


def test_f_twice_shares_one_workspace(gradsh, tmp_path):
    write(tmp_path, "one.gsh", "x = 3\n")
    write(tmp_path, "two.gsh", "x * 2\n")
    done = gradsh("-f", "one.gsh", "-f", "two.gsh", cwd=tmp_path)
    assert (done.returncode, done.stdout) == (0, "6\n")


def test_positional_files_run_in_order(gradsh, tmp_path):
    write(tmp_path, "one.gsh", "x = 3\nx\n")
    write(tmp_path, "two.gsh", "x + 1\n")
    done = gradsh("one.gsh", "two.gsh", cwd=tmp_path)
    assert (done.returncode, done.stdout) == (0, "3\n4\n")


def test_dash_reads_stdin_between_files(gradsh, tmp_path):
    write(tmp_path, "one.gsh", "x = 3\n")
    done = gradsh("one.gsh", "-", input="x * 5\n", cwd=tmp_path)
    assert (done.returncode, done.stdout) == (0, "15\n")


def test_piped_stdin_is_read_line_by_line(gradsh):
    source = "a = (1 +\n     2)\na\n\n# comment\nb = [a,\n  a * 2]\nb\nmax(\n 1, 5)\n"
    done = gradsh(input=source)
    assert (done.returncode, done.stdout, done.stderr) == (0, "3\n[3, 6]\n5\n", "")


def test_piped_stdin_error_points_at_its_line(gradsh):
    done = gradsh(input="1\n\nzz\n2\n")
    assert done.returncode == 1
    assert done.stdout == "1\n"
    assert done.stderr == "<stdin>:3: NameError: name 'zz' is not defined\n"


# ---------------------------------------------------------------- errors
def test_runtime_error_has_file_and_line_and_stops(gradsh, tmp_path):
    write(tmp_path, "s.gsh", "1\n\n# comment\nundefined_name\n2\n")
    done = gradsh("s.gsh", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stdout == "1\n"
    assert done.stderr == "s.gsh:4: NameError: name 'undefined_name' is not defined\n"


def test_error_line_in_c_is_the_statements_line(gradsh):
    done = gradsh("-c", "1\n2\nnope")
    assert done.returncode == 1
    assert done.stderr.startswith("<string>:3: NameError: name 'nope' is not defined")
    assert "Traceback" not in done.stderr


def test_keep_going_reports_every_error_then_exits_1(gradsh):
    done = gradsh("--keep-going", "-c", "p\n1\nq\n2")
    assert done.returncode == 1
    assert done.stdout == "1\n2\n"
    assert done.stderr.splitlines() == [
        "<string>:1: NameError: name 'p' is not defined",
        "<string>:3: NameError: name 'q' is not defined",
    ]


def test_syntax_error_shows_the_line_and_a_caret(gradsh, tmp_path):
    write(tmp_path, "bad.gsh", "1\n2 +* 3\n")
    done = gradsh("bad.gsh", cwd=tmp_path)
    assert done.returncode == 1
    lines = done.stderr.splitlines()
    assert lines[0].startswith("bad.gsh:2: SyntaxError: ")
    assert lines[1] == "    2 +* 3"
    assert lines[2].strip() == "^"
    assert "Traceback" not in done.stderr


def test_no_traceback_unless_gradsh_debug(gradsh):
    quiet = gradsh("-c", "ones(2, 3) + ones(2)")
    assert quiet.returncode == 1 and "Traceback" not in quiet.stderr
    loud = gradsh("-c", "ones(2, 3) + ones(2)", env={"GRADSH_DEBUG": "1"})
    assert loud.returncode == 1 and "Traceback (most recent call last)" in loud.stderr


def test_warnings_go_to_stderr_with_a_location(gradsh):
    done = gradsh("-c", "x = tensor(1., requires_grad=True)\ny = x * 2\ny.grad\n1")
    assert done.returncode == 0
    assert done.stdout == "1\n"
    assert done.stderr.startswith("<string>:3: UserWarning: The .grad attribute of a Tensor")


# ---------------------------------------------------------------- --echo
def test_echo_prints_a_transcript_and_continues_after_errors(gradsh, tmp_path):
    write(tmp_path, "s.gsh", """\
        # a comment
        x = 2
        (x +
         1)
        nope
        x
        """)
    done = gradsh("--echo", "s.gsh", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr == ""
    assert done.stdout == textwrap.dedent("""\
        >>> # a comment
        >>> x = 2
        >>> (x +
        ...  1)
        3
        >>> nope
        NameError: name 'nope' is not defined
        >>> x
        2
        """)


def test_a_transcript_run_as_a_script_replays_its_session(gradsh, tmp_path):
    # The recorded outputs are not printed: gradsh prints its own, with the
    # prompts, and an error the session shows is part of it (exit 0).
    write(tmp_path, "t.gsh", """\
        >>> # a session
        >>> x = 2
        >>> x + 1
        999
        >>> nope
        NameError: name 'nope' is not defined
        >>> for i in range(2):
        ...     print(i)
        """)
    done = gradsh("t.gsh", cwd=tmp_path)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == textwrap.dedent("""\
        >>> # a session
        >>> x = 2
        >>> x + 1
        3
        >>> nope
        NameError: name 'nope' is not defined
        >>> for i in range(2):
        ...     print(i)
        0
        1
        """)


def test_the_tour_replays_cleanly(gradsh):
    tour = Path(__file__).resolve().parents[2] / "examples" / "tour.gsh"
    done = gradsh(str(tour))
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.count(">>> ") == tour.read_text().count(">>> ")


def test_echo_starts_each_prompt_on_a_new_line(gradsh):
    done = gradsh("--echo", "-c", "print(1, end='')\nprint(2)")
    assert done.stdout == ">>> print(1, end='')\n1\n>>> print(2)\n2\n"


# ---------------------------------------------------------------- options
def test_dtype_and_style_options(gradsh):
    # As in PyTorch, the default dtype gets no dtype= suffix, whichever it is.
    done = gradsh("--dtype", "float64", "-c", "tensor([1.5]); tensor([1.5]).dtype")
    assert (done.returncode, done.stdout) == (0, "tensor([1.5000])\ntorch.float64\n")
    done = gradsh("--style", "legacy", "--seed", "3", "--no-color", "-c", "1")
    assert (done.returncode, done.stdout) == (0, "1\n")


def test_numerics_option(gradsh):
    done = gradsh("--numerics", "fast", "-c", ":set")
    assert done.returncode == 0 and "numerics      fast\n" in done.stdout
    assert "numerics      exact\n" in gradsh("-c", ":set").stdout
    assert gradsh("--numerics", "quick", "-c", "1").returncode == 2


def test_bad_option_values_are_usage_errors(gradsh):
    done = gradsh("--dtype", "float99", "-c", "1")
    assert done.returncode == 2
    assert done.stderr.startswith("gradsh: --dtype: ")
    assert gradsh("--style", "fancy", "-c", "1").returncode == 2
    assert gradsh("--seed", "x", "-c", "1").returncode == 2


def test_usage_errors_exit_2(gradsh, tmp_path):
    done = gradsh("--no-such-option")
    assert done.returncode == 2 and "usage: gradsh" in done.stderr
    done = gradsh("x.gsh", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr == "gradsh: cannot open 'x.gsh': No such file or directory\n"
    assert gradsh("--update", "x.gsh", cwd=tmp_path).returncode == 2
    assert gradsh("--check", cwd=tmp_path).returncode == 2


def test_version_and_help(gradsh):
    done = gradsh("--version")
    assert (done.returncode, done.stdout) == (0, "gradsh 0.1.0\n")
    done = gradsh("--help")
    assert done.returncode == 0
    for option in ("-f FILE", "-c STATEMENTS", "--check", "--update", "--echo", "--keep-going",
                   "--device", "--dtype", "--style", "--seed", "--no-color", "--version"):
        assert option in done.stdout


# ---------------------------------------------------------------- start-up
def imported_modules(*args: str) -> set[str]:
    """Modules loaded by a gradsh run, from ``python -X importtime``."""
    command = gradsh_command()
    if command[0].endswith("gradsh"):
        command = [sys.executable, "-X", "importtime", "-c",
                   "import sys; from gradsh.cli import main; sys.exit(main())"]
    else:
        command = [sys.executable, "-X", "importtime", *command[1:]]
    root = str(Path(__file__).resolve().parents[2])
    done = subprocess.run([*command, *args], capture_output=True, text=True, timeout=120,
                          cwd=root)
    return {line.split("|")[-1].strip() for line in done.stderr.splitlines() if "|" in line}


def test_version_imports_neither_numpy_nor_lark():
    modules = imported_modules("--version")
    assert "gradsh.cli" in modules
    assert not {"numpy", "lark", "prompt_toolkit"} & modules


def test_batch_mode_does_not_import_prompt_toolkit():
    modules = imported_modules("-c", "x = ones(2); x.sum()")
    assert "numpy" in modules
    assert "prompt_toolkit" not in modules


@pytest.mark.parametrize("signal_exit", [130])
def test_keyboard_interrupt_exits_130_quietly(signal_exit, tmp_path):
    # main() turns KeyboardInterrupt into 130 and one line, without a traceback (issue 19).
    code = ("import sys, gradsh.cli as cli\n"
            "def boom(*a, **k): raise KeyboardInterrupt\n"
            "cli.Runner.run_script = boom\n"
            "sys.exit(cli.main(['-c', '1']))\n")
    root = str(Path(__file__).resolve().parents[2])
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=root, timeout=60)
    assert (done.returncode, done.stderr) == (signal_exit, "KeyboardInterrupt\n")


def test_closed_stdout_ends_quietly(tmp_path):
    script = tmp_path / "many.gsh"
    script.write_text("1\n" * 20000)
    process = subprocess.Popen([*gradsh_command(), str(script)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, cwd=Path(__file__).resolve().parents[2])
    assert process.stdout.readline() == b"1\n"
    process.stdout.close()
    stderr = process.stderr.read()
    process.wait(timeout=60)
    assert stderr == b""
