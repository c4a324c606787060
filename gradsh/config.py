"""The settings file and the startup script of the interactive shell (SPEC §7).

Both live in ``$XDG_CONFIG_HOME/gradsh/`` (``~/.config/gradsh/`` when the
variable is unset or empty), and only the interactive shell reads them: a
script, ``-c``, piped stdin and ``--check`` run the same for everyone.

* ``config.toml``: one ``NAME = VALUE`` line per ``:set`` setting (print
  options, style, dtype, device, memory_limit, rng, numerics, fusion,
  editing_mode, theme).
  Each is applied as ``:set NAME VALUE`` would apply it, with the same
  checks; a bad line is reported as ``FILE:LINE: error`` and the others still
  apply. Command-line options (``--dtype``, ``--style``, ...) come after and
  win. ``:set --save`` writes the current settings here.
* ``startup.gsh``: statements run in the workspace before the first prompt
  (``--no-startup`` skips it); an error in it is reported with ``FILE:LINE``
  and the shell starts all the same.

Reading uses the standard library's ``tomllib``; writing is plain
``key = value`` lines. Standard library only, and ``tomllib`` only when the
file exists: start-up stays fast.
"""
from __future__ import annotations

import os
import re
from typing import Any, Callable, NamedTuple

CONFIG_FILE = "config.toml"
STARTUP_FILE = "startup.gsh"
_TOML_LINE = re.compile(r"\(at line (\d+), column \d+\)$")
_BARE = re.compile(r"^[0-9]+$")


class SettingsFileError(Exception):
    """The settings file cannot be read as TOML (the message has FILE:LINE)."""


class Entry(NamedTuple):
    name: str
    value: str  # as :set takes it
    line: int


def config_dir() -> str:
    """``$XDG_CONFIG_HOME/gradsh``, else ``~/.config/gradsh``."""
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return os.path.join(base, "gradsh")


def config_path() -> str:
    return os.path.join(config_dir(), CONFIG_FILE)


def startup_path() -> str:
    return os.path.join(config_dir(), STARTUP_FILE)


# ------------------------------------------------------------------ reading
def read_settings(path: str | None = None) -> tuple[list[Entry], list[str]]:
    """The settings in the file (none when it does not exist) and the problems
    found reading it, each ``FILE:LINE: message``.

    Raises SettingsFileError when the file is not TOML at all."""
    import tomllib

    path = path or config_path()
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
    except FileNotFoundError:
        return [], []
    except OSError as exc:
        raise SettingsFileError(f"cannot read '{path}': {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
        table = tomllib.loads(text)
    except UnicodeDecodeError as exc:
        raise SettingsFileError(f"{path}: not UTF-8 text ({exc.reason})") from None
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        found = _TOML_LINE.search(message)
        where = f"{path}:{found.group(1)}" if found else path
        message = _TOML_LINE.sub("", message).strip()
        raise SettingsFileError(f"{where}: TOMLDecodeError: {message}") from None
    lines = text.split("\n")
    entries, problems = [], []
    for name, value in table.items():
        line = _line_of(lines, name)
        text_value = _as_text(value)
        if text_value is None:
            problems.append(f"{path}:{line}: TypeError: setting '{name}' takes a string or "
                            f"a number, not {_toml_type(value)}")
            continue
        entries.append(Entry(name, text_value, line))
    return entries, problems


def _as_text(value: Any) -> str | None:
    if isinstance(value, bool):
        return "on" if value else "off"  # sci = true
    if isinstance(value, (int, str)):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    return None


def _toml_type(value: Any) -> str:
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "an array"
    return "a date or time"


def _line_of(lines: list[str], name: str) -> int:
    """The line that sets the top-level key ``name`` or opens its table (1 when it
    cannot be found)."""
    key = "(?:" + "|".join((re.escape(name), f'"{re.escape(name)}"', f"'{re.escape(name)}'")) + ")"
    pattern = re.compile(rf"^\s*(?:{key}\s*[=.]|\[\[?\s*{key}\s*[\].])")
    for number, line in enumerate(lines, start=1):
        if pattern.match(line):
            return number
    return 1


def apply_settings(interpreter: Any, report: Callable[[str], None],
                   path: str | None = None) -> None:
    """Apply the settings file to ``interpreter`` as ``:set`` commands; each
    problem goes to ``report`` as one line (with indented notes after it)."""
    path = path or config_path()
    try:
        entries, problems = read_settings(path)
    except SettingsFileError as exc:
        report(f"gradsh: {exc}")
        return
    for problem in problems:
        report(problem)
    if not entries:
        return
    from gradsh.lang.commands import run_command

    for entry in entries:
        try:
            run_command(interpreter, "set", f"{entry.name} {entry.value}")
        except Exception as exc:  # the same checks as :set; the next line still applies
            notes = "".join(f"\n  {note}" for note in getattr(exc, "gradsh_notes", None) or [])
            report(f"{path}:{entry.line}: {type(exc).__name__}: {exc}{notes}")


# ------------------------------------------------------------------ writing
def settings_to_save(settings: dict[str, str], chosen: Any = ()) -> dict[str, str]:
    """What ``:set --save`` writes: every setting, but memory_limit only when
    ``:set memory_limit`` chose it (``chosen``: the interpreter's settings; the
    default follows the machine's memory and GRADSH_MEMORY_LIMIT)."""
    saved = dict(settings)
    if "memory_limit" not in chosen:
        saved.pop("memory_limit", None)
    return saved


def format_settings(settings: dict[str, str]) -> str:
    lines = ["# gradsh settings, read when the interactive shell starts; each line is",
             "# ':set NAME VALUE'. ':set --save' rewrote this file.",
             *(f"{name} = {_toml_value(value)}" for name, value in settings.items())]
    return "\n".join(lines) + "\n"


def _toml_value(value: str) -> str:
    if _BARE.match(value) and (value == "0" or not value.startswith("0")):
        return value
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in escaped) + '"'


def save_settings(settings: dict[str, str], path: str | None = None) -> str:
    """Write ``settings`` (name -> :set value) to the settings file; its path.

    The folder is created when missing; the file is replaced whole (written
    next to it, then renamed), with the permissions ``open`` gives."""
    path = path or config_path()
    folder = os.path.dirname(path)
    os.makedirs(folder, exist_ok=True)
    temporary = f"{path}.{os.getpid()}.tmp"
    try:
        with open(temporary, "w", encoding="utf-8") as handle:
            handle.write(format_settings(settings))
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise
    return path


# ------------------------------------------------------------------ startup
def run_startup(runner: Any, report: Callable[[str], None],
                path: str | None = None) -> bool:
    """Run ``startup.gsh`` in the runner's workspace, errors reported with
    FILE:LINE (the runner's batch format); False when it asked to leave
    (``exit()``, ``:quit``), else True, whatever failed in it."""
    from gradsh.source_files import SourceTooLarge, read_source

    path = path or startup_path()
    if not os.path.exists(path):
        return True
    try:
        text = read_source(path)
    except (OSError, UnicodeDecodeError, SourceTooLarge) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        report(f"gradsh: cannot read '{path}': {reason}")
        return True
    keep_going, interactive = runner.keep_going, runner.interactive
    runner.keep_going, runner.interactive = True, False  # FILE:LINE on each error
    try:
        return runner.run_script(path, text)
    except KeyboardInterrupt:  # Ctrl-C stops the startup script, not the shell
        report("KeyboardInterrupt")
        return True
    finally:
        runner.keep_going, runner.interactive = keep_going, interactive
        runner.failed = False
