"""Help for every name: what ``:help``, ``NAME?``, ``help()`` and completion say.

One source (issue 20, point 3): an op's words come from its registry
declaration (signature, summary, example); a Tensor member that is not an op,
gradsh's own built-ins and the shell's keys from :mod:`helptable`; Python's
built-ins from Python's own documentation of them; nn modules, optimizers and
schedulers from their docstrings and constructors. A name that means several
things (``sum``: Python's and torch's; ``backward``: the command and the
method) gets a section for each. Whatever is shown passes through
``hide_addresses`` and names only public attributes: help never reveals a
host object.
"""
from __future__ import annotations

import builtins
import inspect
from typing import Any, Optional

from ..display import repr_value
from .helpsections import (_declarations_by_name, _first_paragraph, _is_dtype, _is_gradsh,
                           _is_user_function, _lines, _paragraphs, _plain, _torch, class_section,
                           command_section, magic_section, member_section, one_line, op_section,
                           op_signature, python_section, signature_text, summary_of,
                           user_signature)
from .helptable import MAGICS, TENSOR_MEMBERS

# where a bare class name is looked for (:help Linear, :help SGD, :help StepLR)
_CLASS_SPACES = ("torch.nn", "torch.optim", "torch.optim.lr_scheduler", "torch.utils.data")


class NoHelp(LookupError):
    """Nothing is known by that name."""


def namespace_section(name: str, namespace: Any) -> str:
    """A module: each public name with one line."""
    from .whitelist import get_attribute

    names = sorted(n for n in namespace.__gradsh_attrs__ if not n.startswith("_"))
    lines = [f"module {namespace.name}: {len(names)} names"]
    width = min(max((len(n) for n in names), default=0), 24)
    for member in names:
        try:
            value = get_attribute(namespace, member)
        except Exception:  # noqa: BLE001 - a name that cannot load still gets listed
            value = None
        lines.append(f"  {member:<{width}}  {summary_of(value)}".rstrip())
    return "\n".join(lines)


def value_section(name: str, value: Any, show_more: bool = False,
                  builtin: bool = False) -> str:
    """What is known about a value reached by ``name``."""
    from .classes import user_names

    op = getattr(value, "gradsh_op", None)
    if builtin:
        return python_section(name, show_more)
    if op is not None:
        short = name.rsplit(".", 1)[-1]
        declared = op_signature(op).split("(", 1)[0]
        if short not in (declared, *op.names):  # torch.linalg.inv is inverse
            like = f", like torch.{op.name}" if op.function else ""
            return op_section(op, show_more, label=name.removeprefix("torch.") + like,
                              shown_as=short)
        return op_section(op, show_more)
    kind = type(value).__name__
    if kind in ("Namespace", "LazyNamespace"):
        return namespace_section(name, value)
    if kind == "Tensor":
        summary = (f"{name}: a tensor, {value.dtype!r}, shape {tuple(value.shape)}, "
                   f"{value.device}, requires_grad={value.requires_grad}")
        return _lines(summary, f":help methods lists its methods; :help {name}.sum one of "
                      "them", more=repr_value(value), show_more=show_more)
    if _is_user_function(value):
        return _lines(user_signature(value), "a function defined in this session")
    if _is_dtype(value):
        return f"{value!r}: a dtype"
    function = getattr(value, "__func__", None)
    if function is not None and _is_gradsh(type(value.__self__)):  # m.forward, opt.step
        doc = _paragraphs(_plain(function.__doc__ or ""))
        return _lines(signature_text(f"{type(value.__self__).__name__}.{function.__name__}",
                                     value), doc[0] if doc else "")
    if isinstance(value, type):
        if user_names(value) is not None and not _is_gradsh(value):
            return _lines(f"class {value.__name__}", "a class defined in this session")
        return class_section(qualified_name(value) or value.__name__, value, show_more)
    if callable(value) and not isinstance(value, type) and not _is_gradsh(type(value)) \
            and (getattr(value, "__module__", None) or "").startswith("gradsh.") \
            and _first_paragraph(value):
        return _lines(signature_text(name, value), _first_paragraph(value))
    if inspect.isroutine(value) and getattr(value, "__doc__", None):
        return host_section(name, value, show_more)  # math.sqrt, random.random: Python's
    text = repr_value(value)
    shown = one_line(text, 78) if "\n" not in text.strip() else kind
    head = name if name == kind else f"{name}: {kind}"
    section = head if shown == kind else f"{head} = {shown}"
    cls = type(value)
    if _is_gradsh(cls):  # an nn module, an optimizer, a scheduler, a dataset
        return section + "\n" + class_section(qualified_name(cls) or cls.__name__, cls,
                                              show_more)
    if getattr(builtins, kind, None) is cls:
        return section + "\n" + python_section(kind, show_more)
    return section


def host_section(name: str, function: Any, show_more: bool = False) -> str:
    """A Python function or method reached by a program: its signature and
    Python's documentation of it (``list.append``, ``math.sqrt``)."""
    doc = inspect.cleandoc(getattr(function, "__doc__", None) or "")
    lines = doc.splitlines()
    short = name.rsplit(".", 1)[-1]
    heads = []
    while lines and lines[0].startswith(short + "("):
        heads.append(name.rsplit(".", 1)[0] + "." + lines.pop(0) if "." in name
                     else lines.pop(0))
    try:
        inspect.signature(function)
        signature = signature_text(name, function)
    except (TypeError, ValueError):
        signature = "\n".join(heads) or name
    parts = _paragraphs(_plain("\n".join(lines)))
    return _lines(signature, parts[0] if parts else "", more="\n".join(parts[1:]),
                  show_more=show_more)


def qualified_name(cls: type) -> Optional[str]:
    """torch.nn.Linear for gradsh's Linear: where a program reaches the class."""
    from .whitelist import get_attribute

    for space in _CLASS_SPACES:
        try:
            namespace = _reach(space)
            if get_attribute(namespace, cls.__name__) is cls:
                return f"{space}.{cls.__name__}"
        except Exception:  # noqa: BLE001 - not there
            continue
    return None


def _reach(dotted: str) -> Any:
    from .whitelist import get_attribute

    first, *rest = dotted.split(".")
    value = _torch() if first == "torch" else None
    if value is None:
        raise NoHelp(dotted)
    for part in rest:
        value = get_attribute(value, part)
    return value


# -------------------------------------------------------------- :help NAME
def help_for(interpreter: Any, topic: str) -> str:
    """The text of ``:help TOPIC`` (``TOPIC?`` / ``TOPIC??`` too); raise NoHelp."""
    from .commands import COMMANDS

    show_more = topic.endswith("??")
    topic = topic.strip().strip("?").strip()
    if topic.startswith("%"):
        magic = topic[1:]
        if magic not in MAGICS:
            raise NoHelp(topic)
        return magic_section(magic, MAGICS[magic]) + "\n"
    if topic.startswith(":"):
        if topic[1:] not in COMMANDS:
            raise NoHelp(topic)
        return command_section(topic[1:]) + "\n"
    sections = []
    if topic in COMMANDS:
        sections.append(command_section(topic))
    sections += _name_sections(interpreter, topic, show_more)
    if not sections:
        raise NoHelp(topic)
    return "\n\n".join(sections) + "\n"


def _name_sections(interpreter: Any, topic: str, show_more: bool) -> list[str]:
    parts = topic.split(".")
    if not all(part.isidentifier() for part in parts):
        return []
    *owner_parts, last = parts
    if owner_parts:  # x.backward, torch.Tensor.detach: a member, not its value
        try:
            owner = _lookup(interpreter, owner_parts)
        except LookupError:
            owner = None
        tensor_class = _torch().Tensor
        if isinstance(owner, tensor_class) or owner is tensor_class:
            section = member_section(last, show_more)
            return [section] if section else []
        kind = type(owner)
        if kind.__module__ == "builtins" and callable(getattr(kind, last, None)):  # l.append
            return [host_section(f"{kind.__name__}.{last}", getattr(kind, last), show_more)]
    try:
        value = _lookup(interpreter, parts)
    except LookupError:
        pass
    else:
        builtin = not owner_parts and interpreter.builtins.get(topic) is value \
            and topic not in interpreter.workspace
        sections = [value_section(topic, value, show_more, builtin)]
        if builtin or (not owner_parts and topic in interpreter.workspace):
            sections += _op_sections(last, show_more, skip=getattr(value, "gradsh_op", None))
        return sections
    for space in ("torch", *_CLASS_SPACES):  # nn.Linear, optim.SGD, Linear, StepLR
        try:
            value = _reach(f"{space}.{topic}")
        except Exception:  # noqa: BLE001 - not in that namespace
            continue
        return [value_section(f"{space}.{topic}", value, show_more)]
    return _op_sections(last, show_more)


def _op_sections(name: str, show_more: bool, skip: Any = None) -> list[str]:
    """The op or Tensor member called ``name`` (detach, backward, add_, linalg's inv)."""
    declaration = _declarations_by_name().get(name)
    if declaration is not None and declaration is not skip:
        places = [f"torch.{name}"] if declaration.function else []
        places += [f"Tensor.{name}"] if declaration.method or name == declaration.inplace \
            else []
        section = member_section(name, show_more, label=", ".join(places))
        return [section]
    if declaration is None and name in TENSOR_MEMBERS:
        return [member_section(name, show_more)]
    return []


def _lookup(interpreter: Any, dotted: list[str]) -> Any:
    """The value of a plain dotted name: the workspace, built-ins, torch's names."""
    from .whitelist import get_attribute

    first, *rest = dotted
    try:
        value = interpreter.lookup(first, None)
    except NameError:
        raise LookupError(first) from None
    for part in rest:
        if part.startswith("_"):
            raise LookupError(part)
        try:
            value = get_attribute(value, part)
        except Exception:  # noqa: BLE001 - any failure: not found
            raise LookupError(part) from None
    return value


def help_for_value(interpreter: Any, value: Any) -> str:
    """``help(value)``: what ``:help`` shows for the name the value is known by."""
    op = getattr(value, "gradsh_op", None)
    if op is not None:
        return op_section(op) + "\n"
    for name, builtin in interpreter.builtins.items():
        if builtin is value and not name.startswith("_"):
            return "\n\n".join([python_section(name)] + _op_sections(name, False)) + "\n"
    from .atomic import JournaledMethod

    if isinstance(value, JournaledMethod):  # l.pop fetched in a statement: list.pop
        value = value._method
    owner = getattr(value, "__self__", None)
    kind = type(owner)
    if owner is not None and kind.__module__ == "builtins" and hasattr(kind, value.__name__):
        return host_section(f"{kind.__name__}.{value.__name__}",
                            getattr(kind, value.__name__)) + "\n"
    if isinstance(owner, _torch().Tensor):  # help(x.backward)
        section = member_section(getattr(value, "__name__", ""))
        if section:
            return section + "\n"
    kind = type(value)
    if _is_user_function(value):
        name = value.name
    elif isinstance(value, type):
        name = value.__name__
    elif getattr(builtins, kind.__name__, None) is kind:  # help(3): the type's help
        return python_section(kind.__name__) + "\n"
    else:
        name = getattr(value, "__name__", None) if callable(value) else None
        name = name if isinstance(name, str) else kind.__name__
    return value_section(name, value) + "\n"
