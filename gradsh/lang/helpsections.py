"""The pieces of help text (lang/helptext.py puts them together for a name).

Each piece reads one source: an op's registry declaration, the tables of
:mod:`helptable`, Python's documentation of its built-ins, a class's
docstring and constructor. Summaries (one line) are what the shell's
completion shows beside a name; sections are what ``:help`` prints.
"""
from __future__ import annotations

import builtins
import inspect
import re
from typing import Any, Optional

from ..display import hide_addresses, repr_value
from .helptable import PYTHON_OWN, SUMMARIES, TENSOR_MEMBERS

_ONE_LINE = 70  # a completion description's width
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
        return one_line(_first_paragraph(value)) or "function"
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
    """The first paragraph of its docstring (a class's own), else PyTorch's words."""
    doc = obj.__doc__ if not isinstance(obj, type) or "__doc__" in vars(obj) else None
    parts = _paragraphs(_plain(doc or ""))
    return parts[0] if parts else known_summary(obj)


def known_summary(obj: Any) -> str:
    """helptable.SUMMARIES's line for a class or function defined without a docstring."""
    module = getattr(obj, "__module__", None) or ""
    space = "init" if module == "gradsh.nn.init" else "nn" if module.startswith(
        "gradsh.nn.") else "autograd" if module == "gradsh.engine.namespace" else ""
    name = getattr(obj, "__name__", "")
    return SUMMARIES.get(f"{space}.{name}", "") or SUMMARIES.get(name, "") \
        if isinstance(name, str) else ""


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


def op_signature(declaration: Any) -> str:
    """The declaration's signature; a default that is a host object (a sentinel
    such as randint's ``low``) is left out, as a required parameter's would be."""
    return re.sub(r"=<[^<>]*>", "", hide_addresses(declaration.signature))


def op_section(declaration: Any, show_more: bool = False, label: str = "",
               shown_as: str = "") -> str:
    """``shown_as``: the op's name where the program reached it (linalg's inv for
    inverse), in place of the declaration's."""
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
    signature = op_signature(declaration)
    if shown_as:
        signature = shown_as + signature[signature.find("("):]
    signature += f"  ({label})" if label else ""
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
        member = inspect.getattr_static(_torch().Tensor, name, None)
        doc = getattr(member, "__doc__", None) if callable(member) or isinstance(
            member, property) else None
        return _lines(f"Tensor.{signature}", summary, example, _plain(doc or ""), show_more)
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
    declared = getattr(cls, "_declared", ())  # what a program may reach on an instance
    names = declared if isinstance(declared, (set, frozenset, tuple, list)) else ()
    methods = sorted(name for name in names if not name.startswith("_")
                     and callable(inspect.getattr_static(cls, name, None)))
    more = "\n".join(parts[1:] + ([f"methods: {', '.join(methods)}"] if methods else []))
    return _lines(signature + label, parts[0] if parts else known_summary(cls) or
                  f"class {short}", "", more,
                  show_more)


def command_section(name: str) -> str:
    from .commands import COMMANDS

    command = COMMANDS[name]
    return f"{command.usage}\n  {command.summary}"


def magic_section(magic: str, name: str) -> str:
    """``%timeit``: IPython's name of a command."""
    from .commands import COMMANDS

    command = COMMANDS[name]
    usage = command.usage.replace(f":{name}", f"%{magic}", 1)
    return f"{usage}  (IPython's name of :{name})\n  {command.summary}"
