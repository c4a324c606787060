"""``:help``: the commands, the topics, and any name (lang/helptext.py).

What :help NAME says comes from lang/helptext.py, the one source that
``NAME?``, ``help()`` and the shell's completion descriptions read too.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from .commands import COMMANDS, CommandError, command, did_you_mean

if TYPE_CHECKING:  # pragma: no cover
    from .evaluator import Interpreter


def _functions_help() -> str:
    """Every torch function, by category, with its one-line summary."""
    from gradsh.engine.registry import OPS

    by_category: dict[str, list] = {}
    for declaration in OPS.values():
        if declaration.function or declaration.functional or declaration.namespaces:
            by_category.setdefault(declaration.category, []).append(declaration)
    lines = []
    for category in sorted(by_category):
        lines.append(f"{category}:")
        for declaration in sorted(by_category[category], key=lambda d: d.name):
            if declaration.function or declaration.functional:
                prefix = "" if declaration.function else "F."
                lines.append(f"  {prefix + declaration.name:<24} {declaration.summary}")
            else:  # only in a namespace such as torch.linalg: its name there
                for space, names in declaration.namespaces.items():
                    lines.append(f"  {space + '.' + names[0]:<24} {declaration.summary}")
    return "\n".join(lines) + "\n"


def _methods_help() -> str:
    """Every Tensor method and attribute completion offers after ``x.``, one line each."""
    from .helpsections import member_summary, tensor_member_names

    names = tensor_member_names()
    width = min(max(map(len, names)), 24)
    return "".join(f"{name:<{width}}  {member_summary(name)}".rstrip() + "\n"
                   for name in names)


def _keys_help() -> str:
    from .helptable import KEYS

    return KEYS


def _habits_help() -> str:
    from .helptable import HABITS

    return HABITS


HELP_TOPICS: dict[str, tuple[str, Callable[[], str]]] = {
    "functions": ("the torch functions by category, one line each", _functions_help),
    "methods": ("the Tensor methods and attributes, one line each", _methods_help),
    "keys": ("the keys of the interactive shell", _keys_help),
    "ipython": ("_, NAME?, NAME??, help(), dir(), %timeit, exit", _habits_help),
}


@command("help", usage=":help [NAME]",
         summary="the commands and topics; :help NAME for any name (also NAME?)")
def _help(interpreter: "Interpreter", text: str) -> None:
    from .helptext import NoHelp, help_for

    topic = text.strip()
    if not topic:
        width = max(len(c.usage) for c in COMMANDS.values())
        for cmd in sorted(COMMANDS.values(), key=lambda c: c.name):
            interpreter.output(f"{cmd.usage:<{width}}  {cmd.summary}\n")
        interpreter.output("\ntopics:\n")
        for name, (summary, _) in HELP_TOPICS.items():
            interpreter.output(f"  {':help ' + name:<{width - 2}}  {summary}\n")
        interpreter.output(f"  {':help NAME':<{width - 2}}  signature, summary and example "
                           "of any name (also NAME?, help(NAME); NAME?? more)\n")
        return
    bare = topic.strip("?").strip()
    if bare in HELP_TOPICS:
        interpreter.output(HELP_TOPICS[bare][1]())
        return
    try:
        interpreter.output(help_for(interpreter, topic))
    except NoHelp:
        if bare.startswith(":"):
            raise CommandError(f"unknown command '{bare}'",
                               did_you_mean(bare[1:], COMMANDS)) from None
        raise CommandError(f"no help for '{bare}'", did_you_mean(
            bare, [*COMMANDS, *HELP_TOPICS, *interpreter.name_candidates()])) from None
