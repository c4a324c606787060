"""The workspace commands: :vars, :info, :save and :load (SPEC §7; :time is commands_time.py).

``:save`` writes an ``.npz`` archive: one array per tensor, named after its
variable, plus ``gradsh.meta``, a JSON string (a plain unicode array) with
each tensor's dtype, device and requires_grad.  ``:load`` reads it with
pickling off, checks all of it before touching the workspace, and then binds
every name at once: a bad file changes nothing.
"""
from __future__ import annotations

import json
import keyword
import os
import tempfile
from typing import TYPE_CHECKING, Any

from . import commands_models
from .commands import COMMANDS, CommandError, _is_tensor, _names, _tensor, command

if TYPE_CHECKING:  # pragma: no cover
    from .evaluator import Interpreter

META_KEY = "gradsh.meta"  # never a variable name: names have no dots
FORMAT_NAME = "gradsh-workspace"
FORMAT_VERSION = 1


# ---------------------------------------------------------------- helpers
def format_bytes(count: int) -> str:
    """``24 B``, ``1.5 KiB``, ``3.0 MiB``."""
    if count < 1024:
        return f"{count} B"
    value = float(count)
    for unit in ("KiB", "MiB", "GiB", "TiB"):
        value /= 1024
        if value < 1024 or unit == "TiB":
            return f"{value:.1f} {unit}"
    return f"{count} B"  # pragma: no cover


def _memory(tensor: Any) -> int:
    return int(tensor.numel()) * tensor.dtype.itemsize


def _shape(tensor: Any) -> str:
    return "[" + ", ".join(str(n) for n in tensor.shape) + "]"


def _grad_fn(tensor: Any) -> str:
    return "None" if tensor.grad_fn is None else tensor.grad_fn._name


def _type_name(value: Any) -> str:
    from gradsh.engine.namespace import LazyNamespace, Namespace

    if isinstance(value, (Namespace, LazyNamespace)):
        return "module"
    if isinstance(value, type):
        return "class"
    name = type(value).__name__
    return name


def _table(rows: list[list[str]]) -> str:
    """Columns padded to their widest cell; trailing spaces removed."""
    widths = [max(len(row[i]) for row in rows if i < len(row)) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip()
             for row in rows]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ :vars
_VARS_HEADER = ["name", "type", "shape", "dtype", "device", "requires_grad", "grad_fn",
                "memory"]


@command("vars", usage=":vars",
         summary="a table of the workspace: type, shape, dtype, device, requires_grad, "
                 "grad_fn, memory")
def _vars(interpreter: Interpreter, text: str) -> None:
    if text.strip():
        raise CommandError("usage: " + COMMANDS["vars"].usage)
    rows = [list(_VARS_HEADER)]
    for name in sorted(interpreter.workspace):
        value = interpreter.workspace[name]
        kind = commands_models.kind_of(value)
        if _is_tensor(value):
            rows.append([name, type(value).__name__, _shape(value), value.dtype.name,
                         str(value.device),
                         str(value.requires_grad), _grad_fn(value),
                         format_bytes(_memory(value))])
        elif kind:
            rows.append(commands_models.vars_row(name, value, kind, format_bytes))
        else:
            rows.append([name, _type_name(value)])  # not a tensor: no dtype, no device
    if len(rows) == 1:
        interpreter.output("the workspace is empty\n")
        return
    interpreter.output(_table(rows))


# ------------------------------------------------------------------ :info
def _strides(tensor: Any) -> tuple:
    """PyTorch's ``stride()``: steps in elements, not bytes."""
    array = tensor._data
    return tuple(step // array.itemsize for step in array.strides)


def _number(value: float) -> str:
    return f"{value:.6g}"


def _float_statistics(tensor: Any) -> list[tuple[str, str]]:
    """min/max/mean/std of the finite values, and how many are nan or inf."""
    import numpy as np

    from gradsh.engine import backend

    values = backend.to_host(tensor._data).astype(np.float64).ravel()
    nan = int(np.isnan(values).sum())
    inf = int(np.isinf(values).sum())
    finite = values[np.isfinite(values)]
    rows: list[tuple[str, str]] = []
    if finite.size:
        std = float(finite.std(ddof=1)) if finite.size > 1 else float("nan")
        rows += [("min", _number(finite.min())), ("max", _number(finite.max())),
                 ("mean", _number(finite.mean())), ("std", _number(std))]
    label = " (finite values)" if nan or inf else ""
    rows = [(key + label if key in ("min", "max", "mean", "std") else key, value)
            for key, value in rows]
    return rows + [("nan", str(nan)), ("inf", str(inf))]


@command("info", usage=":info x",
         summary="shape, dtype, device, strides, is_leaf, requires_grad, grad_fn, version, "
                 "memory; statistics of float tensors; parameters of a module, groups of an "
                 "optimizer")
def _info(interpreter: Interpreter, text: str) -> None:
    names = _names(text)
    if len(names) != 1:
        raise CommandError("usage: " + COMMANDS["info"].usage)
    value = interpreter.workspace.get(names[0])
    kind = commands_models.kind_of(value)
    if kind:
        _output_rows(interpreter, commands_models.info_rows(value, kind, format_bytes))
        return
    tensor = _tensor(interpreter, names[0])
    rows = [
        ("shape", _shape(tensor)), ("dtype", repr(tensor.dtype)),
        ("device", str(tensor.device)), ("strides", repr(_strides(tensor))),
        ("is_leaf", str(tensor.is_leaf)), ("requires_grad", str(tensor.requires_grad)),
        ("grad_fn", _grad_fn(tensor)), ("version", str(tensor._version.value)),
        ("memory", format_bytes(_memory(tensor))),
    ]
    if tensor.dtype.is_floating_point and tensor.numel():
        rows += _float_statistics(tensor)
    _output_rows(interpreter, rows)


def _output_rows(interpreter: Interpreter, rows: list[tuple[str, str]]) -> None:
    width = max(len(key) for key, _ in rows)
    interpreter.output("".join(f"{key:<{width}}  {value}\n" for key, value in rows))


# ------------------------------------------------------------ :save / :load
def _path(text: str) -> str:
    from gradsh.source_files import path_argument

    return path_argument(text)  # 'quoted', "quoted" or bare; ~ expanded


def _words(text: str) -> list[str]:
    """:save's arguments: a path that may be quoted, then names."""
    from gradsh.source_files import split_words

    try:
        return split_words(text)
    except ValueError as exc:
        raise CommandError(str(exc)) from None


@command("save", usage=":save FILE [x ...]",
         summary="save workspace tensors (all, or the named ones) to an .npz file")
def _save(interpreter: Interpreter, text: str) -> None:
    import numpy as np

    from gradsh.engine import backend

    words = _words(text)
    if not words:
        raise CommandError("usage: " + COMMANDS["save"].usage)
    path, names = os.path.expanduser(words[0]), words[1:]
    if not path.endswith(".npz"):
        path += ".npz"
    if names:
        tensors = {name: _tensor(interpreter, name) for name in names}
    else:
        tensors = {name: value for name, value in interpreter.workspace.items()
                   if _is_tensor(value)}
    if not tensors:
        raise CommandError("there are no tensors to save")
    meta = {"format": FORMAT_NAME, "version": FORMAT_VERSION, "tensors": {
        name: {"dtype": t.dtype.name, "device": str(t.device),
               "requires_grad": bool(t.requires_grad)} for name, t in tensors.items()}}
    arrays = {name: backend.to_host(t._data) for name, t in tensors.items()}
    arrays[META_KEY] = np.array(json.dumps(meta))
    folder = os.path.dirname(os.path.abspath(path))
    # Write next to the target and rename: an interrupted save leaves the old file.
    try:
        handle, temporary = tempfile.mkstemp(suffix=".npz", dir=folder)
    except OSError as exc:  # name the user's folder, not the temporary file
        raise type(exc)(exc.errno, exc.strerror, os.path.dirname(path) or ".") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            np.savez(stream, **arrays)
        os.chmod(temporary, _file_mode(path))
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise
    interpreter.output(f"saved {', '.join(tensors)} to {path}\n")


def _file_mode(path: str) -> int:
    """The mode ``open(path, 'wb')`` would leave: the file's own when it exists,
    else 0o666 less the umask (mkstemp's temporary file is 0o600)."""
    try:
        return os.stat(path).st_mode & 0o7777
    except OSError:
        mask = os.umask(0o22)
        os.umask(mask)
        return 0o666 & ~mask


def _not_workspace(path: str, reason: str) -> ValueError:
    return ValueError(f"{path} is not a gradsh workspace file: {reason}")


def _read_archive(path: str) -> dict[str, Any]:
    """Every array of the archive, read with pickling off."""
    import zipfile

    import numpy as np

    try:
        archive = np.load(path, allow_pickle=False)
    except (FileNotFoundError, IsADirectoryError, PermissionError):
        raise
    except (ValueError, OSError, EOFError, zipfile.BadZipFile) as exc:
        raise _not_workspace(path, _reason(exc)) from None
    if not hasattr(archive, "files"):  # a single .npy array
        raise _not_workspace(path, "not an .npz archive")
    _check_archive_size(path)
    try:
        with archive:
            return {key: archive[key] for key in archive.files}
    except (ValueError, OSError, EOFError, KeyError, zipfile.BadZipFile) as exc:
        raise _not_workspace(path, _reason(exc)) from None


def _check_archive_size(path: str) -> None:
    """Refuse, before reading anything, an archive whose arrays unpack past the
    memory limit (the zip entries record their uncompressed sizes)."""
    import zipfile

    from gradsh.engine import limits

    with zipfile.ZipFile(path) as archive:
        total = sum(info.file_size for info in archive.infolist())
    limits.check_bytes(total, f"the arrays of {path}")


def _reason(exc: BaseException) -> str:
    text = str(exc).strip()
    if "pickle" in text:  # NumPy's words suggest unsafe loading: don't
        return "not an .npz archive"
    return text.splitlines()[0] if text else type(exc).__name__


def _read_meta(path: str, arrays: dict[str, Any]) -> dict[str, dict]:
    meta_array = arrays.get(META_KEY)
    if meta_array is None or meta_array.dtype.kind != "U" or meta_array.shape != ():
        raise _not_workspace(path, f"no '{META_KEY}' entry")
    try:
        meta = json.loads(str(meta_array[()]))
    except ValueError:
        raise _not_workspace(path, f"'{META_KEY}' is not valid JSON") from None
    if not isinstance(meta, dict) or meta.get("format") != FORMAT_NAME:
        raise _not_workspace(path, "unknown format")
    if meta.get("version") != FORMAT_VERSION:
        raise _not_workspace(path, f"unsupported version {meta.get('version')!r}")
    tensors = meta.get("tensors")
    if not isinstance(tensors, dict) or not all(isinstance(v, dict) for v in tensors.values()):
        raise _not_workspace(path, "'tensors' is not a table")
    extra = set(arrays) - set(tensors) - {META_KEY}
    if extra:
        raise _not_workspace(path, f"unexpected entry '{min(extra)}'")
    return tensors


def _build_tensor(path: str, name: str, info: dict, arrays: dict[str, Any]) -> Any:
    from gradsh.engine import backend, dtypes
    from gradsh.engine.tensor import wrap

    if not name.isidentifier() or name.startswith("_") or keyword.iskeyword(name):
        raise _not_workspace(path, f"bad variable name {name!r}")
    if name not in arrays:
        raise _not_workspace(path, f"no data for '{name}'")
    dtype = dtypes.DTYPE_NAMES.get(info.get("dtype")) if isinstance(info.get("dtype"), str) \
        else None
    if dtype is None:
        raise _not_workspace(path, f"unknown dtype for '{name}'")
    array = arrays[name]
    if array.dtype != dtype.np:
        raise _not_workspace(path, f"'{name}' holds {array.dtype} data, not {dtype.name}")
    requires_grad = info.get("requires_grad")
    if not isinstance(requires_grad, bool) or (requires_grad and not dtype.is_floating_point):
        raise _not_workspace(path, f"bad requires_grad for '{name}'")
    device_text = info.get("device")
    try:
        device = backend.resolve_device(backend.parse_device(device_text))
    except (RuntimeError, TypeError):
        raise _not_workspace(path, f"bad device for '{name}'") from None
    tensor = wrap(array.copy(), dtype)
    if device.type != "cpu":
        tensor = tensor.to(str(device))  # a RuntimeError without a GPU: nothing loaded
    return tensor.requires_grad_(requires_grad)


@command("load", usage=":load FILE",
         summary="load the tensors of an .npz file saved by :save into the workspace")
def _load(interpreter: Interpreter, text: str) -> None:
    if not text.strip():
        raise CommandError("usage: " + COMMANDS["load"].usage)
    path = _path(text)
    arrays = _read_archive(path)
    tensors = {name: _build_tensor(path, name, info, arrays)
               for name, info in _read_meta(path, arrays).items()}
    for name in tensors:  # a file must not rebind print, torch or np behind the user's back
        hidden = interpreter.unqualified().get(name)
        if name in interpreter.builtins or name in interpreter.modules() or (
                hidden is not None and _type_name(hidden) == "module"):
            raise _not_workspace(path, f"'{name}' would hide the built-in name '{name}'")
    interpreter.workspace.update(tensors)  # all or nothing: built before binding
    interpreter.output(f"loaded {', '.join(tensors)} from {path}\n")
