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
import re
from typing import Any, Optional

from ..display import hide_addresses, repr_value
from .helptable import MAGICS, PYTHON_OWN, TENSOR_MEMBERS

_ONE_LINE = 70  # a completion description's width
# where a bare class name is looked for (:help Linear, :help SGD, :help StepLR)
_CLASS_SPACES = ("torch.nn", "torch.optim", "torch.optim.lr_scheduler", "torch.utils.data")


class NoHelp(LookupError):
    """Nothing is known by that name."""


# ----------------------------------------------------------------- one line
def one_line(text: str, width: int = _ONE_LINE) -> str:
    text = " ".join((text or "").strip().split("\n", 1)[0].split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _plain(text: str) -> str:
    """A docstring's text without reST quoting (``x`` -> x)."""
    return hide_addresses(re.sub(r"``([^`]*)``", r"\1", text or "").strip())


def _paragraphs(doc: str) -> list[str]:
    return [" ".join(part.split()) for part in re.split(r"\n\s*\n", inspect.cleandoc(doc))
            if part.strip()]


def _torch() -> Any:
    from gradsh.engine.namespace import MODULES

    return MODULES["torch"]


def _declarations_by_name() -> dict:
    from gradsh.engine.registry import OPS

    table: dict = {}
    for declaration in OPS.values():
        for name in declaration.names:
            table.setdefault(name, declaration)
        if declaration.inplace:
            table.setdefault(declaration.inplace, declaration)
    return table


def tensor_member_names() -> list[str]:
    """Every public Tensor attribute and method: what completion offers after ``x.``."""
    return sorted(name for name in _torch().Tensor.__gradsh_attrs__ if not name.startswith("_"))


# -------------------------------------------------------------- summaries
def member_summary(name: str) -> str:
    """One line about Tensor.NAME (completion's description, :help methods)."""
    declaration = _declarations_by_name().get(name)
    if declaration is not None:
        return one_line(("in place: " if name == declaration.inplace and name not in
                         declaration.names else "") + declaration.summary)
    if name in TENSOR_MEMBERS:
        return one_line(TENSOR_MEMBERS[name][1])
    return ""


def python_summary(name: str) -> str:
    if name in PYTHON_OWN:
        return one_line(PYTHON_OWN[name][1])
    return one_line(_python_doc(name)[1])


def summary_of(value: Any, name: Optional[str] = None, builtin: bool = False) -> str:
    """One line about a value; ``builtin``: it is the Python built-in ``name``."""
    if builtin and name:
        return python_summary(name) or "built-in"
    op = getattr(value, "gradsh_op", None)
    if op is not None:
        return one_line(op.summary)
    kind = type(value).__name__
    if kind == "Tensor":
        shape = ", ".join(str(n) for n in value.shape)
        grad = ", requires_grad" if value.requires_grad else ""
        return f"tensor {value.dtype.name} [{shape}] {value.device}{grad}"
    if _is_dtype(value):
        return f"dtype {value!r}"
    if kind in ("Namespace", "LazyNamespace"):
        return f"module {value.name}"
    if _is_user_function(value):
        return one_line(f"function {user_signature(value)}")
    if isinstance(value, (bool, int, float, complex)):
        return one_line(f"{kind} = {value!r}")
    if isinstance(value, (str, list, tuple, dict)):
        return one_line(f"{kind} of length {len(value)}")
    summary = getattr(value, "summary", None)
    if isinstance(summary, str):
        return one_line(_plain(summary))
    if isinstance(value, type) and _is_gradsh(value):
        return one_line(_first_paragraph(value)) or f"class {value.__name__}"
    if callable(value):
        return one_line(_plain(getattr(value, "__doc__", "") or "")) or "function"
    return kind


def _is_dtype(value: Any) -> bool:
    from gradsh.engine.dtypes import DType

    return isinstance(value, DType)


def user_signature(function: Any) -> str:
    """``f(a, b=2, *args, c, **kw)`` of a function defined in gradsh."""
    parts = []
    for name in function.signature():
        default = function.defaults.get(name.lstrip("*"), _NO_DEFAULT) \
            if not name.startswith("*") else _NO_DEFAULT
        parts.append(name if default is _NO_DEFAULT else f"{name}={repr_value(default)}")
    return hide_addresses(f"{function.name}({', '.join(parts)})")


_NO_DEFAULT = object()


def _is_user_function(value: Any) -> bool:
    from .functions import UserFunction

    return isinstance(value, UserFunction)


def _is_gradsh(cls: type) -> bool:
    return any(getattr(base, "__module__", "").startswith(("gradsh.", "torch."))
               for base in cls.__mro__[:-1])


def _first_paragraph(obj: Any) -> str:
    doc = obj.__doc__ if isinstance(obj, type) and "__doc__" in vars(obj) else None
    parts = _paragraphs(_plain(doc or ""))
    return parts[0] if parts else ""


# ------------------------------------------------------------- signatures
def signature_text(name: str, function: Any) -> str:
    """``name(a, b=1, *, c=None)``: the parameters without annotations."""
    try:
        signature = inspect.signature(function)
    except (TypeError, ValueError):
        return name
    parts, star = [], False
    for param in signature.parameters.values():
        if param.kind is param.VAR_POSITIONAL:
            parts.append(f"*{param.name}")
            star = True
        elif param.kind is param.VAR_KEYWORD:
            parts.append(f"**{param.name}")
        else:
            if param.kind is param.KEYWORD_ONLY and not star:
                parts.append("*")
                star = True
            default = "" if param.default is param.empty else f"={repr_value(param.default)}"
            parts.append(param.name + default)
    return hide_addresses(f"{name}({', '.join(parts)})")


def _python_doc(name: str) -> tuple[str, str, str]:
    """(signature, summary, the rest) of Python's built-in ``name``, from its docstring."""
    host = getattr(builtins, name, None)
    doc = inspect.cleandoc(getattr(host, "__doc__", None) or "")
    lines = doc.splitlines()
    heads = []
    while lines and re.match(rf"{re.escape(name)}\(.*\)", lines[0]):
        heads.append(lines.pop(0))
    try:
        signature = f"{name}{inspect.signature(host)}" if host is not None else name
    except (TypeError, ValueError):
        signature = "\n".join(heads) or name
    parts = _paragraphs("\n".join(lines))
    return signature, parts[0] if parts else "", "\n".join(parts[1:])


# --------------------------------------------------------------- sections
def _lines(signature: str, summary: str, example: str = "", more: str = "",
           show_more: bool = False) -> str:
    lines = [signature] if signature else []
    if summary:
        lines.append(summary)
    if example:
        lines.append(f"example: {example}")
    if show_more and more:
        lines.append(more)
    return "\n".join(lines)


def op_section(declaration: Any, show_more: bool = False, label: str = "") -> str:
    places = []
    if declaration.function:
        places += [f"torch.{name}" for name in declaration.names]
    if declaration.method:
        places += [f"Tensor.{name}" for name in declaration.names]
    if declaration.functional:
        places += [f"F.{name}" for name in declaration.names]
    for space, names in declaration.namespaces.items():
        places += [f"torch.{space}.{name}" for name in names]
    if declaration.inplace:
        places.append(f"Tensor.{declaration.inplace} (in place)")
    more = [f"as: {', '.join(places)}"] if places else []
    more.append(f"category: {declaration.category}"
                + ("" if declaration.differentiable else "; not differentiable"))
    doc = _plain(getattr(declaration.impl, "__doc__", None) or "")
    if doc:
        more.append(doc)
    signature = declaration.signature + (f"  ({label})" if label else "")
    return _lines(signature, declaration.summary, declaration.example, "\n".join(more),
                  show_more)


def member_section(name: str, show_more: bool = False, label: str = "") -> Optional[str]:
    """Tensor.NAME: its op, or the member table's words."""
    declaration = _declarations_by_name().get(name)
    if declaration is not None:
        text = op_section(declaration, show_more, label)
        if name == declaration.inplace and name not in declaration.names:
            text = f"{name}: in place, like {declaration.name}\n{text}"
        return text
    if name in TENSOR_MEMBERS:
        signature, summary, example = TENSOR_MEMBERS[name]
        return _lines(f"Tensor.{signature}", summary, example)
    return None


def python_section(name: str, show_more: bool = False) -> str:
    if name in PYTHON_OWN:
        signature, summary = PYTHON_OWN[name]
        return _lines(f"{signature}  (built-in)", summary)
    signature, summary, rest = _python_doc(name)
    return _lines(f"{signature}  (Python's built-in)", summary, more=rest, show_more=show_more)


def class_section(qualified: str, cls: type, show_more: bool = False) -> str:
    short = qualified.rsplit(".", 1)[-1]
    doc = cls.__doc__ if "__doc__" in vars(cls) else ""
    parts = _paragraphs(_plain(doc or ""))
    signature = signature_text(short, cls)
    label = f"  ({qualified})" if qualified != short else ""
    from .whitelist import allowed_attributes

    try:
        names = allowed_attributes(cls)
    except Exception:  # noqa: BLE001 - a class with no table lists no methods
        names = ()
    methods = sorted(name for name in names if not name.startswith("_")
                     and inspect.isfunction(inspect.getattr_static(cls, name, None)))
    more = "\n".join(parts[1:] + ([f"methods: {', '.join(methods)}"] if methods else []))
    return _lines(signature + label, parts[0] if parts else f"class {short}", "", more,
                  show_more)


def command_section(name: str) -> str:
    from .commands import COMMANDS

    command = COMMANDS[name]
    return f"{command.usage}\n  {command.summary}"


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
        if short != op.name and short not in op.names:  # torch.linalg.inv is inverse
            return op_section(op, show_more, label=f"as {name}")
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
    if callable(value) and not isinstance(value, type) and getattr(value, "__doc__", None) \
            and type(value).__module__.startswith("gradsh.") and not _is_gradsh(type(value)):
        return _lines(signature_text(name, value), _plain(value.__doc__).split("\n\n")[0])
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
        return f"%{magic} STATEMENT: the same as {command_section(MAGICS[magic]).lstrip()}\n"
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
    owner = getattr(value, "__self__", None)
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
        name = kind.__name__
    return value_section(name, value) + "\n"
