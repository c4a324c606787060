"""The ``:`` commands: one registry, one decorator per command.

A handler takes ``(interpreter, args_text)`` and writes through
``interpreter.output``; it fails by raising an exception, which the evaluator
turns into a Diagnostic like any statement's error (usage mistakes raise
:class:`CommandError`, shown as ``CommandError: ...``). ``:quit`` raises
:class:`QuitRequested`, a BaseException the shell and the CLI catch.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, NamedTuple

from ..display import repr_value
from .diagnostics import QuitRequested  # noqa: F401 - where the shell and CLI find it
from .diagnostics import closest
from .whitelist import get_attribute

if TYPE_CHECKING:  # pragma: no cover
    from .evaluator import Interpreter


class CommandError(Exception):
    """A command used wrongly (unknown command, bad argument)."""

    def __init__(self, message: str, notes: list[str] | None = None) -> None:
        super().__init__(message)
        self.gradsh_notes = notes or []




class Command(NamedTuple):
    name: str
    usage: str
    summary: str
    handler: Callable[["Interpreter", str], None]


COMMANDS: dict[str, Command] = {}


def command(name: str, usage: str = "", summary: str = "") -> Callable:
    """Register ``handler(interpreter, args_text)`` as the command ``:name``."""

    def register(handler: Callable[["Interpreter", str], None]) -> Callable:
        COMMANDS[name] = Command(name, usage or f":{name}", summary, handler)
        return handler

    return register


def did_you_mean(word: str, candidates: Any) -> list[str]:
    close = closest(word, candidates)
    return [f"did you mean '{close}'?"] if close else []


def run_command(interpreter: "Interpreter", name: str, text: str) -> None:
    """Run ``:name text``; the parser gives the name with or without its colon."""
    if name.startswith("%"):  # IPython's line magics: %timeit is :time
        from .helptable import MAGICS

        if name[1:] not in MAGICS:
            raise CommandError(f"Line magic function `{name}` not found.",
                               [f"gradsh has {', '.join('%' + m for m in MAGICS)}"])
        name = MAGICS[name[1:]]
    name = name.lstrip(":")
    if name not in COMMANDS:
        close = closest(name, COMMANDS)
        notes = [f"did you mean ':{close}'?"] if close else []
        raise CommandError(f"unknown command ':{name}'", notes + ["type :help for a list"])
    COMMANDS[name].handler(interpreter, text.strip())


# ---------------------------------------------------------------- helpers
def _names(text: str) -> list[str]:
    return text.split()


def _value(interpreter: "Interpreter", name: str) -> Any:
    """A workspace value named on a command line (dotted names allowed: w.grad)."""
    first, *rest = name.split(".")
    if not first.isidentifier() or not all(part.isidentifier() for part in rest):
        raise CommandError(f"expected a variable name, got '{name}'")
    value = interpreter.lookup(first, None)
    for part in rest:
        value = get_attribute(value, part)
    return value


def _torch() -> Any:
    from gradsh.engine.namespace import MODULES

    return MODULES["torch"]


def _is_tensor(value: Any) -> bool:
    return isinstance(value, _torch().Tensor)


def _tensor(interpreter: "Interpreter", name: str) -> Any:
    value = _value(interpreter, name)
    if not _is_tensor(value):
        raise CommandError(f"'{name}' is a {type(value).__name__}, not a tensor")
    return value


def _repr(value: Any) -> str:
    return repr_value(value)


# ------------------------------------------------------------- settings
def _int_setting(name: str, minimum: int, maximum: int = 2 ** 63 - 1) -> Callable[[str], int]:
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise CommandError(f":set {name} expects an integer, got '{text}'") from None
        if not minimum <= value <= maximum:
            raise CommandError(f":set {name} expects an integer from {minimum} to {maximum}, "
                               f"got {value}")
        return value

    return parse


def _choice(name: str, choices: dict) -> Callable[[str], Any]:
    def parse(text: str) -> Any:
        if text not in choices:
            raise CommandError(f":set {name} expects one of {', '.join(choices)}, got '{text}'",
                               did_you_mean(text, choices))
        return choices[text]

    return parse


_SCI = {"auto": None, "on": True, "off": False}
_PRINT_SETTINGS = {
    "precision": _int_setting("precision", 0, 2 ** 31 - 1),  # Python's format: no more
    "threshold": _int_setting("threshold", 0),
    "edgeitems": _int_setting("edgeitems", 1),
    "linewidth": _int_setting("linewidth", 1),
    "sci": _choice("sci", _SCI),
    "style": _choice("style", {"torch": "torch", "legacy": "legacy"}),
}
SETTING_NAMES = (*_PRINT_SETTINGS, "dtype", "device", "memory_limit", "rng", "numerics",
                 "fusion", "editing_mode", "theme")
# The interactive shell's keys (emacs or vi); read by the shell before each prompt,
# accepted in scripts too (a startup script or the settings file may set it).
EDITING_MODES = ("emacs", "vi")
# The shell's colours (shell/lexer.py THEMES): for a dark or a light background, or none.
THEMES = ("dark", "light", "none")
# Settings kept in interpreter.settings for the shell to read; the first choice is the default.
SHELL_SETTINGS = {"editing_mode": EDITING_MODES, "theme": THEMES}


def _settings(interpreter: "Interpreter") -> dict[str, str]:
    from gradsh.engine import dtypes, printing
    from gradsh.engine.ops import creation

    opts = printing.options
    sci = {None: "auto", True: "on", False: "off"}[opts.sci_mode]
    threshold = opts.threshold
    if isinstance(threshold, float) and threshold.is_integer():
        threshold = int(threshold)
    return {
        "precision": str(opts.precision), "threshold": str(threshold),
        "edgeitems": str(opts.edgeitems), "linewidth": str(opts.linewidth), "sci": sci,
        "style": opts.style, "dtype": dtypes.get_default_dtype().name,
        "device": str(creation.current_default_device()),
        "memory_limit": _memory_limit_text(), "rng": _rng_flavour(),
        "numerics": _numerics_mode(), "fusion": _fusion_mode(),
        **{name: str(interpreter.settings.get(name, choices[0]))
           for name, choices in SHELL_SETTINGS.items()},
    }


def _rng_flavour() -> str:
    from gradsh.engine import random

    return random.flavour()


def _set_rng(text: str) -> None:
    """``:set rng avx2|default``: which of PyTorch's CPU kernels the numbers follow."""
    from gradsh.engine import random

    if text not in random.FLAVOURS:
        raise CommandError(f"rng must be one of {', '.join(random.FLAVOURS)}, not '{text}'",
                           did_you_mean(text, random.FLAVOURS))
    random.set_flavour(text)


def _numerics_mode() -> str:
    from gradsh.engine import numerics

    return numerics.mode()


def _set_numerics(text: str) -> None:
    """``:set numerics exact|fast``: PyTorch's CPU arithmetic bit for bit, or
    NumPy's own faster paths (gradsh/engine/numerics.py)."""
    from gradsh.engine import numerics

    if text not in numerics.MODES:
        raise CommandError(f"numerics must be one of {', '.join(numerics.MODES)}, not '{text}'",
                           did_you_mean(text, numerics.MODES))
    numerics.set_mode(text)


def _fusion_mode() -> str:
    from gradsh.engine import backend

    return "on" if backend.FUSION[0] else "off"


def _set_fusion(text: str) -> None:
    """``:set fusion on|off``: CUDA elementwise chains as single kernels (engine/fusion)."""
    from gradsh.engine import backend

    choices = ("on", "off")
    if text not in choices:
        raise CommandError(f"fusion must be one of on, off, not '{text}'",
                           did_you_mean(text, choices))
    backend.set_fusion(text == "on")


def _memory_limit_text() -> str:
    from gradsh.engine import limits

    return limits.format_bytes(limits.memory_limit()).replace(" ", "")


def _set_memory_limit(text: str) -> None:
    """``:set memory_limit 2GB`` (``default``: half of the memory available)."""
    from gradsh.engine import limits

    try:
        limits.set_memory_limit(None if text == "default" else text)
    except ValueError as exc:
        raise CommandError(str(exc)) from None


def _set_dtype(text: str) -> None:
    from gradsh.engine import dtypes

    name = text[len("torch."):] if text.startswith("torch.") else text
    if name not in dtypes.DTYPE_NAMES:
        raise CommandError(f"unknown dtype '{text}'", did_you_mean(name, dtypes.DTYPE_NAMES))
    dtypes.set_default_dtype(dtypes.DTYPE_NAMES[name])


def _set_device(interpreter: "Interpreter", text: str) -> None:
    """The default device of new tensors, as :to sets it (commands_device).

    A CUDA device is accepted only when the GPU backend can start; otherwise
    the backend's one-line reason (``CUDA is not available: ...``) is the error.
    """
    commands_device.set_default_device(interpreter, text)


@command("set", usage=":set [NAME VALUE | --save]",
         summary="print options, style, default dtype and device; :set alone lists them, "
                 ":set --save writes them to the settings file")
def _set(interpreter: "Interpreter", text: str) -> None:
    if text == "--save":  # the settings file the interactive shell reads (gradsh/config.py)
        from gradsh import config

        path = config.save_settings(config.settings_to_save(_settings(interpreter),
                                                            interpreter.settings))
        interpreter.output(f"saved the settings to {path}\n")
        return
    if not text:
        settings = _settings(interpreter)
        width = max(map(len, settings))
        for name, value in settings.items():
            interpreter.output(f"{name:<{width}}  {value}\n")
        return
    parts = text.split()
    name = parts[0]
    if name not in SETTING_NAMES:
        raise CommandError(f"unknown setting '{name}'", did_you_mean(name, SETTING_NAMES))
    if len(parts) != 2:
        raise CommandError(f"usage: :set {name} VALUE")
    value = parts[1]
    if name == "dtype":
        _set_dtype(value)
    elif name == "device":
        _set_device(interpreter, value)
    elif name == "memory_limit":
        _set_memory_limit(value)
        interpreter.settings.pop("memory_limit", None)  # only a chosen limit is saved
        if value != "default":
            interpreter.settings["memory_limit"] = value
    elif name == "rng":
        _set_rng(value)
    elif name == "numerics":
        _set_numerics(value)
    elif name == "fusion":
        _set_fusion(value)
    elif name in SHELL_SETTINGS:
        choices = SHELL_SETTINGS[name]
        interpreter.settings[name] = _choice(name, dict(zip(choices, choices)))(value)
    else:
        from gradsh.engine import printing

        parsed = _PRINT_SETTINGS[name](value)
        setattr(printing.options, "sci_mode" if name == "sci" else name, parsed)


# ------------------------------------------------------------ workspace
@command("seed", usage=":seed N", summary="seed the random generators")
def _seed(interpreter: "Interpreter", text: str) -> None:
    try:
        seed = int(text)
    except ValueError:
        raise CommandError(f":seed expects an integer, got '{text}'") from None
    _torch().manual_seed(seed)


@command("reset", usage=":reset", summary="empty the workspace")
def _reset(interpreter: "Interpreter", text: str) -> None:
    interpreter.workspace.clear()
    for name in ("_", "__", "___"):  # the last results go too, as with IPython's %reset
        interpreter.builtins.pop(name, None)


@command("run", usage=":run FILE", summary="run a script in this workspace")
def _run(interpreter: "Interpreter", text: str) -> None:
    from .parser import split_chunks

    from gradsh.source_files import SourceTooLarge, path_argument, read_source

    if not text:
        raise CommandError("usage: " + COMMANDS["run"].usage)
    path = path_argument(text)  # 'quoted paths', ~/file
    running = interpreter.__dict__.setdefault("_running_files", [])
    if len(running) >= MAX_RUN_DEPTH:
        culprit = f"{path} runs itself" if path in running else f"{len(running)} files deep"
        raise RecursionError(f":run nested too deeply ({culprit})")
    try:
        source = read_source(path)
    except SourceTooLarge as exc:
        raise MemoryError(f"cannot read '{path}': {exc}") from None
    running.append(path)
    try:
        for first_line, chunk in split_chunks(source):
            interpreter.run_source(chunk, filename=path, first_line=first_line)
    finally:
        running.pop()


MAX_RUN_DEPTH = 50  # :run inside :run: a file that runs itself stops here


@command("quit", usage=":quit", summary="leave gradsh (also Ctrl-D)")
def _quit(interpreter: "Interpreter", text: str) -> None:
    raise QuitRequested()


# The other command modules register themselves on import.
from . import commands_autograd  # noqa: E402,F401
from . import commands_device  # noqa: E402,F401
from . import commands_help  # noqa: E402,F401
from . import commands_plot  # noqa: E402,F401
from . import commands_time  # noqa: E402,F401
from . import commands_workspace  # noqa: E402,F401


def __getattr__(name: str) -> Any:
    """``commands.HELP_TOPICS``, where the shell reads it, lives in commands_help.py
    (read on use: commands_help imports this module)."""
    if name == "HELP_TOPICS":
        from .commands_help import HELP_TOPICS

        return HELP_TOPICS
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
