"""The ``gradsh`` command: picks batch, check or interactive mode (SPEC §1).

Start-up matters: this module imports only the standard library at the top.
The evaluator (and with it NumPy and Lark) is imported when the first
statement runs; ``--version`` and ``--help`` import neither, and prompt_toolkit
is imported only for the interactive shell (``gradsh.shell``).
"""
from __future__ import annotations

import argparse
import os
import sys
from typing import Iterable, Iterator, Optional, Sequence

from gradsh import __version__
from gradsh.cli_options import replace_encoding_errors, report_bad_environment, timeout_seconds
from gradsh.source_files import BoundedLines, SourceTooLarge, read_source

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
_SYNTAX_ERRORS = ("SyntaxError", "IndentationError")
_BLOCK_CONTINUERS = ("elif", "else", "except", "finally")


class OutputClosed(BaseException):
    """stdout went away (``gradsh ... | head``): stop quietly.

    A BaseException, so the evaluator does not turn it into a user error."""


class UsageError(Exception):
    """Exit status 2: a bad option value or a file that cannot be read."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="gradsh",
        description="A command-line calculator for tensors and gradients that "
        "prints what PyTorch prints.",
        epilog="Without FILE or -c: an interactive shell on a terminal; with stdin "
        "from a pipe, the statements are read from it. Exit status: 0 ok, 1 an error "
        "in the statements (or a transcript mismatch), 2 a usage error.",
    )
    parser.add_argument("files", nargs="*", metavar="FILE", help="scripts to run, in order "
                        "('-' reads stdin); with --check, transcripts or folders")
    parser.add_argument("-f", dest="scripts", action="append", default=[], metavar="FILE",
                        help="run a script (repeatable; all scripts share one workspace)")
    parser.add_argument("-c", dest="commands", action="append", default=[],
                        metavar="STATEMENTS", help="run the statements given as an argument "
                        "(repeatable: each -c runs after the scripts, in order)")
    parser.add_argument("--check", action="store_true",
                        help="verify the transcripts named by the PATH arguments")
    parser.add_argument("--update", action="store_true",
                        help="with --check: rewrite the expected outputs in place")
    parser.add_argument("--echo", action="store_true",
                        help="print each input as '>>> line' before its output (a transcript)")
    parser.add_argument("--keep-going", action="store_true",
                        help="report errors and continue; exit 1 at the end")
    parser.add_argument("--device", metavar="DEV", help="default device (cpu, cuda, cuda:N)")
    parser.add_argument("--dtype", metavar="DTYPE", help="default floating dtype")
    parser.add_argument("--style", choices=("torch", "legacy"), help="how tensors print")
    parser.add_argument("--seed", type=int, metavar="N", help="seed the random generators")
    parser.add_argument("--rng", choices=("avx2", "default"),
                        help="whose CPU random kernels to follow: PyTorch's AVX2 ones (x86-64, "
                        "the default) or its DEFAULT ones (ATEN_CPU_CAPABILITY=default)")
    parser.add_argument("--numerics", choices=("exact", "fast"),
                        help="exact (the default): PyTorch's CPU arithmetic bit for bit; "
                        "fast: NumPy's own, faster kernels (last bits differ)")
    parser.add_argument("--timeout", type=timeout_seconds, metavar="SECONDS",
                        help="batch: stop a run that takes longer (TimeoutError, exit 1)")
    parser.add_argument("--no-color", action="store_true", help="no colours in the output")
    parser.add_argument("--no-startup", action="store_true",
                        help="interactive shell: do not run startup.gsh from the config folder "
                        "($XDG_CONFIG_HOME/gradsh, ~/.config/gradsh)")
    parser.add_argument("--install-kernel", action="store_true",
                        help="install the Jupyter kernel spec (needs gradsh[jupyter]); "
                        "system-wide unless --user or --sys-prefix")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--user", action="store_true",
                       help="with --install-kernel: for this user only")
    where.add_argument("--sys-prefix", action="store_true",
                       help="with --install-kernel: in this Python's prefix (a venv)")
    parser.add_argument("--version", action="version", version=f"gradsh {__version__}")
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    """Entry point of the console script; returns the exit status."""
    replace_encoding_errors()
    parser = build_parser()
    report_bad_environment()
    args = parser.parse_args(argv)
    try:
        return _dispatch(parser, args)
    except KeyboardInterrupt:  # Ctrl-C: the statement running was undone; one line, no traceback
        try:
            sys.stdout.flush()
            sys.stderr.write("KeyboardInterrupt\n")
            sys.stderr.flush()
        except (OSError, ValueError):
            pass
        return EXIT_INTERRUPTED
    except (BrokenPipeError, OutputClosed):
        _silence_stdout()
        return EXIT_ERROR


def _dispatch(parser: argparse.ArgumentParser, args: argparse.Namespace) -> int:
    if args.update and not args.check:
        parser.error("--update needs --check")
    if (args.user or args.sys_prefix) and not args.install_kernel:
        parser.error("--user and --sys-prefix need --install-kernel")
    if args.install_kernel:
        from gradsh.kernel import install

        return install.main("user" if args.user else
                            "sys-prefix" if args.sys_prefix else "system")
    if args.timeout is not None and not args.timeout > 0:
        parser.error("--timeout needs a positive number of seconds")
    if args.check:
        paths = list(args.files) + list(args.scripts)
        if not paths or args.commands:
            parser.error("--check needs at least one PATH (and no -c)")
        notebooks = [p for p in paths if str(p).lower().endswith(".ipynb")]
        paths = [p for p in paths if p not in notebooks]
        status = 0
        if notebooks:
            from gradsh import notebook

            status = notebook.check(notebooks, args.update, sys.stdout, sys.stderr)
        if paths:
            from gradsh import transcript

            status = max(status, transcript.check(paths, args.update, sys.stdout, sys.stderr))
        sys.stdout.flush()
        return status
    runner = Runner(echo=args.echo, keep_going=args.keep_going)
    interactive = not (args.files or args.scripts or args.commands) \
        and sys.stdin.isatty() and sys.stdout.isatty()
    try:
        if interactive:  # the settings file first: --dtype, --style, ... override it
            from gradsh import config

            config.apply_settings(runner.interpreter, _report_line)
        runner.apply_options(args)
        sources = _sources(args)
    except UsageError as exc:
        sys.stderr.write(f"gradsh: {exc}\n")
        return EXIT_USAGE
    if not sources:
        if sys.stdin.isatty() and sys.stdout.isatty():
            return _interactive(runner, color=_use_color(args), startup=not args.no_startup)
        sources = [("<stdin>", None)]
    if args.timeout is not None:
        runner.interpreter.set_deadline(args.timeout)
    try:
        for filename, text in sources:
            if text is None:
                lines = BoundedLines(sys.stdin)  # a line past the limit: refused
                finished = runner.run_stream(filename, lines) and lines.error is None
                if lines.error is not None:
                    sys.stderr.write(f"gradsh: cannot read '{filename}': {lines.error}\n")
                    runner.failed = True
            else:
                finished = runner.run_script(filename, text)
            if not finished:
                break
    finally:
        if args.timeout is not None:
            runner.interpreter.set_deadline(None)
    sys.stdout.flush()
    if runner.exit_code is not None:
        return runner.exit_code
    return EXIT_ERROR if runner.failed else EXIT_OK


def _sources(args: argparse.Namespace) -> list[tuple[str, Optional[str]]]:
    """(filename, text) to run in order; text None means: stream stdin."""
    sources: list[tuple[str, Optional[str]]] = []
    for name in list(args.scripts) + list(args.files):
        if name == "-":
            sources.append(("<stdin>", None))
            continue
        try:
            sources.append((name, read_source(name)))
        except SourceTooLarge as exc:  # -f /dev/zero
            raise UsageError(f"cannot read '{name}': {exc}") from None
        except FileNotFoundError:
            raise UsageError(f"cannot open '{name}': No such file or directory") from None
        except (OSError, UnicodeDecodeError) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            raise UsageError(f"cannot open '{name}': {reason}") from None
    sources.extend(("<string>", command) for command in args.commands)
    return sources


class Runner:
    """One workspace; runs statements and reports results as batch mode does."""

    def __init__(self, echo: bool = False, keep_going: bool = False) -> None:
        self.echo = echo
        self.keep_going = keep_going or echo
        self.failed = False
        self.exit_code = None  # asked for by exit(N)
        self.replaying = False  # running a transcript file as a script
        self.interactive = False  # errors without FILE:LINE, as a REPL shows them
        self._interpreter = None
        self._location = ("<input>", 1)  # where the statement being run starts
        self._line_open = False  # the last output did not end with a newline
        self._pending_options: list[tuple[str, str]] = []

    # -- the interpreter, created on first use so --help and usage errors stay cheap
    @property
    def interpreter(self):  # -> gradsh.lang.evaluator.Interpreter
        if self._interpreter is None:
            from gradsh.lang.evaluator import Interpreter

            self._interpreter = Interpreter(output=self._output, warn=self._warn)
        return self._interpreter

    def apply_options(self, args: argparse.Namespace) -> None:
        """--dtype, --device, --style, --rng, --numerics and --seed, as the equivalent
        commands."""
        commands = []
        if args.dtype:
            commands.append(("--dtype", f":set dtype {args.dtype}"))
        if args.device:
            commands.append(("--device", f":set device {args.device}"))
        if args.style:
            commands.append(("--style", f":set style {args.style}"))
        if args.rng:
            commands.append(("--rng", f":set rng {args.rng}"))
        if getattr(args, "numerics", None):
            commands.append(("--numerics", f":set numerics {args.numerics}"))
        if args.seed is not None:
            commands.append(("--seed", f":seed {args.seed}"))
        if not commands:
            return
        from gradsh.lang.diagnostics import Diagnostic

        for option, command in commands:
            try:
                self.interpreter.run_source(command, f"<{option}>", 1)
            except Diagnostic as diagnostic:
                raise UsageError(f"{option}: {diagnostic.headline()}") from None

    # -- output
    def _output(self, text: str) -> None:
        if text:
            try:
                sys.stdout.write(text)
            except BrokenPipeError:
                raise OutputClosed from None
            self._line_open = not text.endswith("\n")

    def _output_line(self, text: str) -> None:
        """A whole line on stdout, after ending one that ``print(end='')`` left open."""
        self._output(("\n" if self._line_open else "") + _ensure_newline(text))

    def _warn(self, diagnostic) -> None:
        self._report(diagnostic)

    def _report(self, diagnostic) -> None:
        """An error or warning: inline in --echo mode, else ``FILE:LINE:`` on stderr."""
        if self.echo:
            self._output_line(diagnostic.render())
            return
        sys.stdout.flush()
        if self.interactive:
            text = diagnostic.render(caret=diagnostic.type_name in _SYNTAX_ERRORS)
        else:
            text = _render_located(diagnostic, *self._location)
        sys.stderr.write(_ensure_newline(text))
        sys.stderr.flush()

    # -- running
    def run_statement(self, text: str, filename: str, first_line: int) -> bool:
        """Run one top-level statement; False when the run should stop."""
        from gradsh.lang.diagnostics import QuitRequested
        from gradsh.lang.diagnostics import Diagnostic

        if self.echo:
            from gradsh.transcript import echo_lines

            self._output_line(echo_lines(text))
        self._location = (filename, first_line)
        reported = False
        try:
            self.interpreter.run_source(text, filename, first_line)
        except Diagnostic as diagnostic:
            self._fail(diagnostic)
            reported = True
        except (QuitRequested, SystemExit) as quit_request:  # :quit, exit()
            code = getattr(quit_request, "code", None)
            if code is not None:
                self.exit_code = code if isinstance(code, int) else EXIT_ERROR
                if not isinstance(code, int):  # exit("message") prints it, as Python does
                    sys.stderr.write(f"{code}\n")
            return False
        except Exception as exc:  # an unexpected failure: show it like any error
            if _debug():
                raise
            self._fail(Diagnostic(type(exc).__name__, str(exc), filename=filename))
            reported = True
        deadline = self.interpreter.deadline
        if deadline is not None and deadline.expired:  # --timeout: even with --keep-going
            if not reported:  # it ended past the deadline before any check stopped it
                self._fail(Diagnostic("TimeoutError", str(deadline.error()), filename=filename))
            return False
        return not self.failed or self.keep_going

    def _fail(self, diagnostic) -> None:
        if _debug():
            import traceback

            sys.stdout.flush()
            traceback.print_exception(diagnostic.__cause__ or diagnostic, file=sys.stderr)
        if not self.replaying:  # a replayed transcript's errors are part of its session
            self.failed = True
        self._report(diagnostic)

    def run_script(self, filename: str, text: str) -> bool:
        """A script file or ``-c`` text, statement by statement."""
        from gradsh.lang.diagnostics import Diagnostic
        from gradsh.lang.parser import split_chunks

        text = text.replace("\r\n", "\n")
        if filename.endswith(".gsh") and _is_transcript(text):
            return self.replay_transcript(filename, text)
        lines = text.split("\n")
        self._location = (filename, 1)
        deadline = self.interpreter.deadline  # splitting counts against --timeout too
        try:
            chunks = split_chunks(text) if deadline is None else \
                deadline.timed(filename, split_chunks, text)
        except Diagnostic as diagnostic:
            self._fail(diagnostic)
            return self.keep_going
        next_line = 1
        for first_line, chunk in chunks:
            self._echo_comments(lines[next_line - 1 : first_line - 1])
            chunk = chunk.rstrip("\n")
            next_line = first_line + chunk.count("\n") + 1
            if not self.run_statement(chunk, filename, first_line):
                return False
        self._echo_comments(lines[next_line - 1 :])
        return True

    def replay_transcript(self, filename: str, text: str) -> bool:
        """A transcript run as a script replays its session: each input is run
        and shown with its prompt, as ``--echo`` shows a script (the outputs
        recorded in the file are not printed: gradsh prints its own)."""
        from pathlib import Path

        from gradsh.transcript import parse_text

        echo, self.echo, self.replaying = self.echo, True, True
        try:
            for transcript in parse_text(text, Path(filename)):
                for statement in transcript.statements:
                    if not self.run_statement(statement.source, filename, statement.line):
                        return False
        finally:
            self.echo, self.replaying = echo, False
        return True

    def _echo_comments(self, lines: list[str]) -> None:
        """--echo: comment lines between statements become ``>>> # ...`` inputs."""
        if self.echo:
            for line in lines:
                if line.strip().startswith("#"):
                    self._output_line(f">>> {line.strip()}")

    def run_stream(self, filename: str, stream: Iterable[str]) -> bool:
        """Statements read line by line (stdin from a pipe), each run when complete."""
        from gradsh.lang.diagnostics import Diagnostic

        statements = read_statements(stream)
        while True:
            deadline = self.interpreter.deadline  # reading and splitting count against --timeout
            try:
                item = next(statements, None) if deadline is None else \
                    deadline.timed(filename, next, statements, None)
            except Diagnostic as diagnostic:  # the TimeoutError
                self._fail(diagnostic)
                return False
            if item is None:
                return True
            first_line, text = item
            if text.lstrip().startswith("#") and "\n" not in text:
                self._echo_comments([text])
                continue
            if not self.run_statement(text, filename, first_line):
                return False
            sys.stdout.flush()


def read_statements(stream: Iterable[str]) -> Iterator[tuple[int, str]]:
    """(first line, text) of each top-level statement, as soon as it is complete.

    A statement is complete when its brackets are closed (``is_complete``); a
    block (a line ending with ``:``) runs at the next line that is neither
    blank nor indented nor ``elif``/``else``, as Python reads a file.
    """
    from gradsh.lang.parser import is_complete

    buffer: list[str] = []
    first_line = 0
    in_block = False
    for number, line in enumerate(stream, start=1):
        line = line.rstrip("\r\n")
        if in_block:
            word = line.lstrip().split(" ", 1)[0].rstrip(":")
            if not line.strip() or line[:1].isspace() or word in _BLOCK_CONTINUERS:
                buffer.append(line)
                continue
            yield first_line, _strip_blank_tail(buffer)
            buffer, in_block = [], False
        if not buffer:
            if not line.strip():
                continue
            first_line = number
        buffer.append(line)
        text = "\n".join(buffer)
        if text.endswith("\\") or not is_complete(text + "\n"):
            continue  # open brackets or strings
        if not is_complete(text):  # a block: here it ends at the dedent
            in_block = True
            continue
        yield first_line, text
        buffer = []
    if buffer:
        yield first_line, _strip_blank_tail(buffer)


def _is_transcript(text: str) -> bool:
    """A file whose first statement line is a ``>>> `` prompt is a transcript."""
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            return line.startswith(">>>")
    return False


def _strip_blank_tail(lines: list[str]) -> str:
    return "\n".join(lines).rstrip()


def _render_located(diagnostic, filename: str, line: int) -> str:
    """``FILE:LINE: ErrorType: message``, with a caret under syntax errors."""
    caret = diagnostic.type_name in _SYNTAX_ERRORS
    if diagnostic.span is not None and diagnostic.span.line:
        if diagnostic.filename in ("<input>", ""):
            diagnostic.filename = filename
        return diagnostic.render(location=True, caret=caret)
    text = diagnostic.render(caret=caret)
    return f"{filename}:{line}: {text}"


def _ensure_newline(text: str) -> str:
    return text if text.endswith("\n") else text + "\n"


def _debug() -> bool:
    return os.environ.get("GRADSH_DEBUG") == "1"


def _silence_stdout() -> None:
    """After a broken pipe: make the interpreter's final flush quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _use_color(args: argparse.Namespace) -> bool:
    """Colours unless --no-color or NO_COLOR (any value but empty) says otherwise."""
    return not args.no_color and not os.environ.get("NO_COLOR")


def _interactive(runner: Runner, color: bool = True, startup: bool = True) -> int:
    """The prompt_toolkit shell (imported only here: batch runs never load it),
    after the startup script of the config folder (gradsh/config.py)."""
    from gradsh.shell import run_shell

    runner.keep_going = True
    _print_banner()
    sys.stdout.flush()
    if startup:
        from gradsh import config

        if not config.run_startup(runner, _report_line):  # exit() in it
            sys.stdout.flush()
            return runner.exit_code if runner.exit_code is not None else EXIT_OK
        sys.stdout.flush()
    runner.interactive = True
    return run_shell(runner, color=color)


def _report_line(text: str) -> None:
    sys.stdout.flush()
    sys.stderr.write(_ensure_newline(text))
    sys.stderr.flush()


def _print_banner() -> None:
    sys.stdout.write(f"gradsh {__version__} - :help for help, :quit or Ctrl-D to leave\n")
