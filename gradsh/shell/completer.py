"""Tab completion: names, attributes after ``.``, keyword arguments, commands, paths.

Late-bound (ARCHITECTURE idiom 9): the completer holds callables that read
the workspace and the OPS/COMMANDS tables when Tab is pressed, never copies.
The value before a ``.`` is looked up only when it is a plain dotted name
(``x.grad.``, ``torch.nn.functional.``): completion never calls anything.
Each completion carries a one-line description (``display_meta``), from the
same source as ``:help`` (gradsh/lang/helpsections.py).
"""
from __future__ import annotations

import keyword
import os
import re
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from prompt_toolkit.completion import CompleteEvent, Completer, Completion
from prompt_toolkit.document import Document

from gradsh.lang.helpsections import member_summary, one_line, op_signature, summary_of

from .lexer import tokenize

_IDENTIFIER = re.compile(r"[^\W\d]\w*\Z")
_COMMAND_LINE = re.compile(r"^\s*:(\w*)(?:(\s+)(.*))?$", re.DOTALL)
DEVICES = (("cpu", "the CPU (NumPy)"), ("cuda", "the current GPU (CuPy)"),
           ("cuda:0", "the first GPU (CuPy)"))


@dataclass
class Sources:
    """Where completions come from; every field is read when Tab is pressed."""

    workspace: Callable[[], dict]
    builtins: Callable[[], dict]  # Python built-ins a program may call
    torch_names: Callable[[], dict]  # the unqualified torch names (zeros, float32, F, ...)
    ops: Callable[[], dict]  # registry.OPS
    commands: Callable[[], dict]  # commands.COMMANDS
    settings: Callable[[], Iterable[str]] = tuple
    dtype_names: Callable[[], Iterable[str]] = tuple
    help_topics: Callable[[], dict] = dict  # name -> (summary, ...)


class GradshCompleter(Completer):
    """The prompt_toolkit completer of the shell."""

    def __init__(self, sources: Sources) -> None:
        self.sources = sources

    # ------------------------------------------------------------ dispatch
    def get_completions(self, document: Document,
                        complete_event: CompleteEvent) -> Iterator[Completion]:
        line = document.current_line_before_cursor
        command = _COMMAND_LINE.match(line)
        if command:
            yield from self._command_completions(*command.groups())
            return
        yield from self._code_completions(document.text_before_cursor)

    def _code_completions(self, before: str) -> Iterator[Completion]:
        last_line = before.rsplit("\n", 1)[-1]
        fragments = tokenize(last_line)
        if fragments and fragments[-1][0] == "class:gradsh.string":
            yield from self._string_completions(before, fragments[-1][1])
            return
        if fragments and fragments[-1][0] == "class:gradsh.comment":
            return
        chunk = re.search(r"[\w.]*$", before).group()
        if chunk[:1].isdigit() or chunk.startswith("."):
            return  # a number, or an attribute of a call's result: not evaluated
        *owner, partial = chunk.split(".")
        if owner:
            if all(_IDENTIFIER.match(part) for part in owner):
                yield from self._attribute_completions(owner, partial)
            return
        call = _open_call(before[: len(before) - len(partial)])
        seen: set[str] = set()
        if call is not None:
            callee, arguments = call
            context = re.search(r"(\w+)\s*=\s*$", arguments)
            if context and context.group(1) in ("dtype", "device"):
                yield from self._value_completions(context.group(1), partial)
                return
            for completion in self._keyword_completions(callee, arguments, partial):
                seen.add(completion.text.rstrip("="))  # `dtype=` rather than torch.dtype
                yield completion
        yield from self._name_completions(partial, seen)

    # -------------------------------------------------------------- names
    def _name_completions(self, partial: str, seen: set) -> Iterator[Completion]:
        groups = [(self.sources.workspace(), None), (self.sources.builtins(), "built-in"),
                  (self.sources.torch_names(), None)]
        for table, label in groups:
            for name in sorted(table):
                if name.startswith(partial) and not name.startswith("_") and name not in seen:
                    seen.add(name)
                    yield Completion(name, -len(partial), display_meta=summary_of(
                        table[name], name, builtin=label is not None))
        for word in keyword.kwlist:
            if word.startswith(partial) and partial and word not in seen:
                yield Completion(word, -len(partial), display_meta="keyword")

    def lookup(self, dotted: list[str]) -> Any:
        """The value of a plain dotted name, or raise LookupError. Calls nothing
        but the attribute whitelist (properties such as ``.T`` do run)."""
        from gradsh.lang.whitelist import get_attribute

        first, *rest = dotted
        for table in (self.sources.workspace(), self.sources.builtins(),
                      self.sources.torch_names()):
            if first in table:
                value = table[first]
                break
        else:
            raise LookupError(first)
        with warnings.catch_warnings():  # x.grad on a non-leaf warns: not while typing
            warnings.simplefilter("ignore")
            for part in rest:
                try:
                    value = get_attribute(value, part)
                except Exception:  # noqa: BLE001 - any failure: no completions
                    raise LookupError(part) from None
        return value

    def _attribute_completions(self, owner: list[str], partial: str) -> Iterator[Completion]:
        from gradsh.lang.whitelist import allowed_attributes

        try:
            value = self.lookup(owner)
        except LookupError:
            return
        members = getattr(value, "members", None)
        for name in sorted(allowed_attributes(value)):
            if name.startswith(partial) and not name.startswith("_"):
                if isinstance(members, dict) and name in members:
                    meta = self.describe(members[name])
                else:
                    meta = self._attribute_meta(value, name)
                yield Completion(name, -len(partial), display_meta=meta)

    def _attribute_meta(self, owner: Any, name: str) -> str:
        kinds = owner.__mro__ if isinstance(owner, type) else type(owner).__mro__
        if any(kind.__name__ == "Tensor" for kind in kinds):  # x.grad, torch.Tensor.add
            return member_summary(name) or f"Tensor.{name}"
        return f"{type(owner).__name__}.{name}"

    def describe(self, value: Any, label: str | None = None) -> str:
        """One line about a value: a tensor's dtype and shape, a function's summary."""
        return summary_of(value)

    # ------------------------------------------------- keyword arguments
    def _keyword_completions(self, callee: str, arguments: str,
                             partial: str) -> Iterator[Completion]:
        if not all(_IDENTIFIER.match(part) for part in callee.split(".")):
            return
        try:
            function = self.lookup(callee.split("."))
            owner = self.lookup(callee.split(".")[:-1]) if "." in callee else None
        except LookupError:
            return
        used = set(re.findall(r"(\w+)\s*=(?!=)", arguments))
        is_method = type(owner).__name__ == "Tensor"
        for name, default in parameters(function, is_method):
            if name.startswith(partial) and name not in used:
                meta = f"keyword argument = {default}" if default else "keyword argument"
                yield Completion(f"{name}=", -len(partial), display=f"{name}=",
                                 display_meta=one_line(meta))

    def _value_completions(self, kind: str, partial: str) -> Iterator[Completion]:
        if kind == "device":
            for name, meta in DEVICES:
                yield Completion(f"'{name}'", -len(partial), display_meta=meta)
            return
        for name in self.sources.dtype_names():
            text = f"torch.{name}"
            if name.startswith(partial) or text.startswith(partial):
                yield Completion(text, -len(partial), display_meta="dtype")

    def _string_completions(self, before: str, string: str) -> Iterator[Completion]:
        """Inside an open string after ``device=`` or ``.to(``: device names."""
        head = before[: len(before) - len(string)]
        if re.search(r"(device\s*=|\.to\(|\.cuda\()\s*$", head):
            quote, typed = string[0], string[1:]
            for name, meta in DEVICES:
                if name.startswith(typed):
                    yield Completion(f"{quote}{name}{quote}", -len(string), display=name,
                                     display_meta=meta)

    # ------------------------------------------------------------ commands
    def _command_completions(self, name: str, space: str | None,
                             rest: str | None) -> Iterator[Completion]:
        commands = self.sources.commands()
        if space is None:
            for command_name in sorted(commands):
                if command_name.startswith(name):
                    yield Completion(f":{command_name}", -len(name) - 1,
                                     display_meta=one_line(commands[command_name].summary))
            return
        words = rest.split(" ")
        position, partial = len(words) - 1, words[-1]
        if name in ("load", "save", "run") and position == 0:
            yield from path_completions(partial, ".npz" if name == "load" else None)
        elif name in ("time", "gradcheck", "plot", "hist", "imshow"):
            yield from self._code_completions(rest)
        elif name == "help" and position == 0:
            yield from self._help_completions(partial)
        elif name == "set":
            yield from self._setting_completions(words, partial)
        elif name == "to" and position == 0:
            yield from ((Completion(d, -len(partial), display_meta=meta))
                        for d, meta in DEVICES if d.startswith(partial))
        elif name not in ("seed", "reset", "quit", "vars"):
            yield from self._tensor_name_completions(partial)

    def _tensor_name_completions(self, partial: str) -> Iterator[Completion]:
        workspace = self.sources.workspace()
        for name in sorted(workspace):
            if name.startswith(partial) and type(workspace[name]).__name__ == "Tensor":
                yield Completion(name, -len(partial), display_meta=self.describe(workspace[name]))

    def _help_completions(self, partial: str) -> Iterator[Completion]:
        commands = self.sources.commands()
        for name in sorted(commands):
            if f":{name}".startswith(partial) or name.startswith(partial):
                yield Completion(name, -len(partial), display_meta=one_line(commands[name].summary))
        topics = self.sources.help_topics()
        for name in topics:
            if name.startswith(partial):
                yield Completion(name, -len(partial), display_meta=one_line(topics[name][0]))
        yield from self._name_completions(partial, set(commands) | set(topics))

    def _setting_completions(self, words: list[str], partial: str) -> Iterator[Completion]:
        if len(words) == 1:
            for name in self.sources.settings():
                if name.startswith(partial):
                    yield Completion(name, -len(partial), display_meta="setting")
            return
        if len(words) != 2:
            return
        values = {"dtype": [(n, "dtype") for n in self.sources.dtype_names()],
                  "device": list(DEVICES), "style": [("torch", "PyTorch 2"),
                                                     ("legacy", "PyTorch 0.3")],
                  "sci": [("auto", ""), ("on", ""), ("off", "")]}.get(words[0], [])
        for value, meta in values:
            if value.startswith(partial):
                yield Completion(value, -len(partial), display_meta=meta)


# ---------------------------------------------------------------- helpers
def _open_call(before: str) -> tuple[str, str] | None:
    """(callee, argument text so far) when the cursor is directly inside a call."""
    stack: list[int] = []
    quote = ""
    index = 0
    while index < len(before):
        char = before[index]
        if quote:
            if char == "\\":
                index += 1
            elif char == quote:
                quote = ""
        elif char in "'\"":
            quote = char
        elif char == "#":
            newline = before.find("\n", index)
            index = len(before) if newline < 0 else newline
            continue
        elif char in "([{":
            stack.append(index)
        elif char in ")]}" and stack:
            stack.pop()
        index += 1
    if not stack or before[stack[-1]] != "(":
        return None
    opening = stack[-1]
    callee = re.search(r"([\w.]*)\s*$", before[:opening]).group(1)
    if not callee or callee[0].isdigit() or callee.startswith("."):
        return None
    return callee, before[opening + 1:]


def parameters(function: Any, is_method: bool = False) -> list[tuple[str, str]]:
    """(name, default text) of the parameters a call may name."""
    op = getattr(function, "gradsh_op", None)
    if op is not None and op.signature:
        params = _parse_signature(op_signature(op))
    elif type(function).__name__ == "UserFunction":
        params = [(name, repr(function.defaults[name]) if name in function.defaults else "")
                  for name in function.params + function.kwonly]
    else:
        import inspect

        try:
            signature = inspect.signature(function)
        except (TypeError, ValueError):
            return []
        params = [(p.name, "" if p.default is p.empty else repr(p.default))
                  for p in signature.parameters.values()
                  if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)]
    if is_method and params and params[0][0] in ("input", "self"):
        params = params[1:]
    return [(name, default) for name, default in params if name != "self"]


def _parse_signature(signature: str) -> list[tuple[str, str]]:
    inside = signature[signature.find("(") + 1: signature.rfind(")")]
    pieces, depth, current = [], 0, ""
    for char in inside:
        if char == "," and depth == 0:
            pieces.append(current)
            current = ""
            continue
        depth += char in "([{"
        depth -= char in ")]}"
        current += char
    pieces.append(current)
    params = []
    for piece in pieces:
        name, _, default = piece.strip().partition("=")
        name = name.split(":")[0].strip()
        if _IDENTIFIER.match(name):
            params.append((name, default.strip()))
    return params


def path_completions(partial: str, suffix: str | None = None) -> Iterator[Completion]:
    """Files and folders for ``:load``/``:save``/``:run``; only ``suffix`` files if given."""
    folder, base = os.path.split(partial)
    where = os.path.expanduser(folder) or "."
    try:
        entries = sorted(os.listdir(where))
    except OSError:
        return
    for entry in entries:
        if not entry.startswith(base) or (entry.startswith(".") and not base.startswith(".")):
            continue
        full = os.path.join(where, entry)
        if os.path.isdir(full):
            yield Completion(entry + "/", -len(base), display=entry + "/", display_meta="folder")
        elif suffix is None or entry.endswith(suffix):
            try:
                size = os.path.getsize(full)
            except OSError:
                continue
            from gradsh.lang.commands_workspace import format_bytes

            yield Completion(entry, -len(base), display_meta=f"file, {format_bytes(size)}")
