"""The transcript runner: parsing, comparing, diffs, --update, xfail, --check.

Most tests drive the runner with a tiny fake interpreter, so the rules of the
format are pinned independently of the language; the last ones run the real
``gradsh --check``.
"""
from __future__ import annotations

import io
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from gradsh import transcript as tr
from gradsh.lang.diagnostics import Diagnostic


class FakeInterpreter:
    """``echo X`` prints X, ``raw X`` prints X without newline, ``warn X`` warns,
    ``fail Type: msg`` raises, ``set k v`` / ``get k`` use the workspace."""

    def __init__(self, output, warn):
        self.output, self.warn, self.workspace = output, warn, {}

    def run_source(self, text, filename="<input>", first_line=1):
        for line in text.split("\n"):
            command, _, rest = line.strip().partition(" ")
            if command == "echo":
                self.output(rest + "\n")
            elif command == "raw":
                self.output(rest)
            elif command == "blank":
                self.output("\n")
            elif command == "warn":
                self.warn(Diagnostic("UserWarning", rest))
            elif command == "fail":
                kind, _, message = rest.partition(": ")
                raise Diagnostic(kind, message, notes=["a note"] if "note" in message else [])
            elif command == "set":
                key, value = rest.split()
                self.workspace[key] = value
            elif command == "get":
                self.output(self.workspace.get(rest, "unset") + "\n")


def run_text(text: str, name: str = "t.gsh") -> tr.TranscriptResult:
    (transcript,) = tr.parse_text(textwrap.dedent(text), Path(name))
    return tr.run(transcript, FakeInterpreter)


def test_parse_inputs_continuations_and_outputs():
    text = "# a header, not an input\n>>> echo a\na\n>>> set x 1\n... set y 2\n>>>\n>>> get x\n1\n"
    (transcript,) = tr.parse_text(text, Path("t.gsh"))
    sources = [s.source for s in transcript.statements]
    assert sources == ["echo a", "set x 1\nset y 2", "", "get x"]
    assert [s.line for s in transcript.statements] == [2, 4, 6, 7]
    assert [s.expected for s in transcript.statements] == [["a"], [], [], ["1"]]
    assert tr.run(transcript, FakeInterpreter).passed


def test_echo_lines_shows_prompts():
    assert tr.echo_lines("for i in x:\n\n    i") == ">>> for i in x:\n...\n...     i"


def test_blank_lines_inside_output_count_but_trailing_ones_do_not():
    passing = run_text(">>> echo a\n... blank\n... echo b\na\n\nb\n>>> echo c\nc\n\n\n")
    assert passing.passed
    missing_blank = run_text(">>> echo a\n... blank\n... echo b\na\nb\n")
    assert not missing_blank.passed
    extra_blank = run_text(">>> echo a\na\n\n>>> echo c\nc\n")
    assert not extra_blank.passed


def test_trailing_spaces_are_ignored():
    assert run_text(">>> echo a  \na   \n>>> echo b\nb\t\n").passed


def test_crlf_is_read_and_kept_on_update(tmp_path):
    path = tmp_path / "t.gsh"
    path.write_bytes(b">>> echo a\r\na\r\n>>> echo b\r\nwrong\r\n")
    (transcript,) = tr.load(path)
    result = tr.run(transcript, FakeInterpreter)
    assert [m.statement.line for m in result.mismatches] == [3]
    assert tr.update_file(path, [result]) == 1
    assert path.read_bytes() == b">>> echo a\r\na\r\n>>> echo b\r\nb\r\n"


def test_errors_and_warnings_appear_inline():
    result = run_text("""\
        >>> warn careful
        ... echo a
        UserWarning: careful
        a
        >>> raw partial
        ... fail RuntimeError: broke with note
        partial
        RuntimeError: broke with note
          a note
        >>> echo after the error the transcript goes on
        after the error the transcript goes on
    """)
    assert result.passed, result.report()


def test_an_error_where_output_was_expected_gives_a_diff():
    result = run_text(">>> echo ok\nok\n>>> fail NameError: name 'z' is not defined\n5\n")
    assert [m.statement.line for m in result.mismatches] == [3]
    report = result.report()
    assert report.startswith("t.gsh:3: output differs\n>>> fail NameError")
    assert "--- expected\n+++ actual\n" in report
    assert "-5\n+NameError: name 'z' is not defined" in report


def test_each_transcript_gets_a_fresh_interpreter():
    text = "```gradsh\n>>> set x 1\n>>> get x\n1\n```\n\n```gradsh\n>>> get x\nunset\n```\n"
    results = [tr.run(t, FakeInterpreter) for t in tr.parse_text(text, Path("a.md"))]
    assert [r.passed for r in results] == [True, True]


def test_markdown_fences_and_update_keep_the_prose(tmp_path):
    path = tmp_path / "README.md"
    original = textwrap.dedent("""\
        # Title
        Prose with `>>> not an input`.

        ```gradsh
        >>> echo one
        old
        ```

        ```python
        >>> echo not a transcript
        ```

        More prose.
        ~~~~gradsh
        >>> echo two
        two
        >>> echo three
        ~~~~
        The end, no newline""")
    path.write_text(original)
    transcripts = tr.load(path)
    assert [t.fence_line for t in transcripts] == [4, 14]
    results = [tr.run(t, FakeInterpreter) for t in transcripts]
    assert [len(r.mismatches) for r in results] == [1, 1]
    assert tr.update_file(path, results) == 2
    expected = original.replace("old", "one").replace(">>> echo three\n", ">>> echo three\nthree\n")
    assert path.read_text() == expected


def test_missing_file_and_file_without_prompts_are_clear_errors(tmp_path):
    with pytest.raises(tr.TranscriptError, match="cannot open '.*nope.gsh': No such file"):
        tr.collect([tmp_path / "nope.gsh"])
    script = tmp_path / "script.gsh"
    script.write_text("x = 1\nx\n")
    with pytest.raises(tr.TranscriptError, match="not a transcript"):
        tr.load(script)
    err = io.StringIO()
    assert tr.check([script], False, io.StringIO(), err) == 2
    assert "not a transcript" in err.getvalue()


def test_fence_without_inputs_is_an_error(tmp_path):
    path = tmp_path / "doc.md"
    path.write_text("```gradsh\ntensor([1.])\n```\n")
    with pytest.raises(tr.TranscriptError, match="doc.md:1: gradsh fence without"):
        tr.load(path)


def test_folders_collect_only_transcripts(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "t.gsh").write_text(">>> 1\n1\n")
    (tmp_path / "script.gsh").write_text("1\n")
    (tmp_path / "notes.md").write_text("no fences\n")
    (tmp_path / "doc.md").write_text("```gradsh\n>>> 1\n1\n```\n")
    assert tr.collect([tmp_path]) == [tmp_path / "doc.md", tmp_path / "sub" / "t.gsh"]


def test_xfail_file(tmp_path):
    (tmp_path / "xfail.txt").write_text(
        "# comment\nlater.gsh: arrives later\ndoc.md:4: one fence\n")
    (later,) = tr.parse_text(">>> 1\n", tmp_path / "later.gsh")
    assert tr.xfail_reason(later) == "arrives later"
    first, second = tr.parse_text("```gradsh\n>>> 1\n```\n```gradsh\n>>> 2\n```\n",
                                  tmp_path / "doc.md")
    assert (tr.xfail_reason(first), tr.xfail_reason(second)) == (None, "one fence")


def test_conformance_xfail_list_names_existing_transcripts():
    folder = Path(__file__).parent / "conformance"
    for line in (folder / "xfail.txt").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            assert (folder / line.split(":")[0]).is_file(), line


# ------------------------------------------------------------ the real gradsh
def test_check_exit_codes_and_summary(tmp_path, gradsh):
    good = tmp_path / "good.gsh"
    good.write_text(">>> 1 + 1\n2\n>>> a = 3\n>>> a * 2\n6\n")
    done = gradsh("--check", "good.gsh", cwd=tmp_path)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.strip().splitlines()[-1] == "1 transcript, 3 statements: all passed"

    bad = tmp_path / "bad.gsh"
    bad.write_text(">>> 1 + 1\n3\n")
    done = gradsh("--check", ".", cwd=tmp_path)
    assert done.returncode == 1
    assert "bad.gsh:1: output differs\n>>> 1 + 1\n--- expected\n+++ actual\n" in done.stdout
    assert "-3\n+2" in done.stdout
    assert done.stdout.strip().splitlines()[-1] == "2 transcripts, 4 statements: 1 differs"

    assert gradsh("--check", "missing.gsh", cwd=tmp_path).returncode == 2

    done = gradsh("--check", "--update", "bad.gsh", cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert bad.read_text() == ">>> 1 + 1\n2\n"
    assert gradsh("--check", ".", cwd=tmp_path).returncode == 0


def test_check_summary_counts_differing_statements(tmp_path, gradsh):
    """Issue 20: the summary counts statements whose output differs, not transcripts."""
    (tmp_path / "two.gsh").write_text(">>> 1 + 1\n3\n>>> 2\n5\n>>> 3\n3\n")
    (tmp_path / "one.gsh").write_text(">>> 1\n2\n")
    done = gradsh("--check", ".", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stdout.strip().splitlines()[-1] == "2 transcripts, 4 statements: 3 differ"


def test_check_honours_xfail(tmp_path, gradsh):
    (tmp_path / "later.gsh").write_text(">>> 1 + 1\n3\n")
    (tmp_path / "xfail.txt").write_text("later.gsh: not yet\n")
    done = gradsh("--check", ".", cwd=tmp_path)
    assert done.returncode == 0, done.stdout
    assert "later.gsh: expected failure (not yet)" in done.stdout
    (tmp_path / "later.gsh").write_text(">>> 1 + 1\n2\n")
    done = gradsh("--check", ".", cwd=tmp_path)
    assert done.returncode == 1
    assert "passed, but xfail.txt expects it to fail" in done.stdout


def test_echo_output_is_a_passing_transcript(tmp_path, gradsh):
    script = tmp_path / "s.gsh"
    script.write_text("# a comment\nx = tensor([1., 2.])\nx * 2\n(x +\n 1)\nprint(x.sum())\nzz\n")
    done = gradsh("--echo", "s.gsh", cwd=tmp_path)
    assert done.returncode == 1
    (tmp_path / "t.gsh").write_text(done.stdout)
    assert done.stdout.startswith(">>> # a comment\n>>> x = tensor([1., 2.])\n>>> x * 2\n")
    assert ">>> (x +\n...  1)\n" in done.stdout
    assert "NameError: name 'zz' is not defined" in done.stdout
    assert gradsh("--check", "t.gsh", cwd=tmp_path).returncode == 0


def test_pytest_plugin_collects_and_reports(tmp_path):
    (tmp_path / "good.gsh").write_text(">>> 1 + 1\n2\n")
    (tmp_path / "bad.gsh").write_text(">>> 2 + 2\n5\n")
    (tmp_path / "later.gsh").write_text(">>> 3 + 3\n7\n")
    (tmp_path / "xfail.txt").write_text("later.gsh: later\n")
    (tmp_path / "script.gsh").write_text("1 + 1\n")
    (tmp_path / "doc.md").write_text("Text\n```gradsh\n>>> 1\n1\n```\n```gradsh\n>>> 2\n2\n```\n")
    root = str(Path(__file__).resolve().parent.parent)
    path = os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH")) if p)
    env = dict(os.environ, PYTEST_DISABLE_PLUGIN_AUTOLOAD="1", PYTHONPATH=path)
    command = [sys.executable, "-m", "pytest", "-p", "gradsh.pytest_plugin", "-p",
               "no:cacheprovider", "-rA", str(tmp_path)]
    done = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, env=env,
                          timeout=120)
    assert "1 failed, 3 passed, 1 xfailed" in done.stdout, done.stdout
    assert "doc.md::line2" in done.stdout and "doc.md::line6" in done.stdout
    assert "bad.gsh:1: output differs" in done.stdout and "+4" in done.stdout
    done = subprocess.run(command + ["--gradsh-update"], cwd=tmp_path, capture_output=True,
                          text=True, env=env, timeout=120)
    assert "4 passed, 1 xfailed" in done.stdout, done.stdout
    assert "rewrote bad.gsh (1 statement)" in done.stdout, done.stdout  # issue 20
    assert "rewrote good.gsh" not in done.stdout
    assert (tmp_path / "bad.gsh").read_text() == ">>> 2 + 2\n4\n"
    assert (tmp_path / "later.gsh").read_text() == ">>> 3 + 3\n7\n"


def test_global_settings_do_not_leak_between_transcripts():
    changes = (">>> :set threshold 3\n>>> :set dtype float64\n"
               ">>> g = torch.set_grad_enabled(False)\n")
    check = (">>> arange(5)\ntensor([0, 1, 2, 3, 4])\n>>> tensor([1.]).dtype\ntorch.float32\n"
             ">>> torch.is_grad_enabled()\nTrue\n")
    (first,) = tr.parse_text(changes, Path("changes.gsh"))
    (second,) = tr.parse_text(check, Path("check.gsh"))
    assert tr.run(first).passed
    result = tr.run(second)
    assert result.passed, result.report()
