"""The ``data.pkl`` of a ``torch.save`` archive, read with PyTorch's
``weights_only=True`` rules and nothing more (docs/files.md).

The unpickler is Python's pure-Python one with its dangerous opcodes
replaced: a GLOBAL resolves only to the few names PyTorch's weights-only
unpickler allows for tensors and containers, mapped onto gradsh's own
objects; REDUCE calls only those; BUILD sets attributes only on an
OrderedDict; APPEND/SETITEM/ADDITEMS only on lists, dicts and sets; the
object-creating opcodes (INST, OBJ, NEWOBJ, EXT) are refused.  Nothing a
file holds can name a Python function, so nothing in it runs.
"""
from __future__ import annotations

import collections
import pickle

from . import backend, dtypes
from .tensor import Size

WEIGHTS_ONLY_MESSAGE = (
    "Weights only load failed. In PyTorch 2.6, we changed the default value of the "
    "`weights_only` argument in `torch.load` from `False` to `True`. Re-running `torch.load` "
    "with `weights_only` set to `False` will likely succeed, but it can result in arbitrary "
    "code execution. Do it only if you got the file from a trusted source.")


class UnpicklingError(pickle.UnpicklingError):
    """PyTorch's ``_pickle.UnpicklingError`` (one line, the reason as a note)."""


UnpicklingError.__module__ = "_pickle"


def weights_only_error(reason: str) -> UnpicklingError:
    error = UnpicklingError(WEIGHTS_ONLY_MESSAGE)
    error.gradsh_notes = [reason]
    return error


class StorageType:
    """``torch.FloatStorage`` and friends as the unpickler sees them: a dtype."""

    __slots__ = ("name", "dtype")

    def __init__(self, name: str, dtype) -> None:
        self.name, self.dtype = name, dtype

    def __repr__(self) -> str:
        return f"StorageType(dtype={self.dtype})"


_STORAGE_NAMES = {dtype.short + "Storage": dtype for dtype in dtypes.ALL_DTYPES}
_BLOCKED_MODULES = ("sys", "os", "posix", "nt")
_PY2_MODULES = {"__builtin__": "builtins", "copy_reg": "copyreg"}


def _encode(text, encoding="latin1"):
    """``_codecs.encode``: how protocol 2 pickles bytes."""
    if not isinstance(text, str) or encoding not in ("latin1", "latin-1"):
        raise UnpicklingError("_codecs.encode is allowed for bytes (latin1 strings) only")
    return text.encode("latin1")


def _bytearray(source=b""):
    if not isinstance(source, (bytes, bytearray)):
        raise UnpicklingError("bytearray is allowed from bytes only")
    return bytearray(source)


def _device(*args):
    return backend.parse_device(*args)


def _size(sizes=()):
    sizes = tuple(sizes)
    if not all(isinstance(n, int) and not isinstance(n, bool) for n in sizes):
        raise UnpicklingError("torch.Size takes integers only")
    return Size(sizes)


def _set(items=()):
    return set(items)


def _frozenset(items=()):
    return frozenset(items)


def _complex(real=0.0, imag=0.0):
    if not all(isinstance(x, (int, float)) for x in (real, imag)):
        raise UnpicklingError("complex takes numbers only")
    return complex(real, imag)


class RestrictedUnpickler(pickle._Unpickler):
    """``pickle._Unpickler`` limited to PyTorch's weights-only globals and opcodes."""

    dispatch = dict(pickle._Unpickler.dispatch)

    def __init__(self, file, rebuild, storage_loader) -> None:
        super().__init__(file, encoding="utf-8")
        self._storage_loader = storage_loader
        from . import pickle_rebuild  # noqa: PLC0415 - the tensor side, kept apart

        self._allowed = {
            "collections.OrderedDict": collections.OrderedDict,
            "torch.Size": _size, "torch.device": _device,
            "_codecs.encode": _encode, "builtins.bytearray": _bytearray,
            "builtins.set": _set, "builtins.frozenset": _frozenset,
            "builtins.complex": _complex,
            "torch._utils._rebuild_tensor_v2": rebuild.rebuild_tensor_v2,
            "torch._utils._rebuild_tensor": rebuild.rebuild_tensor,
            "torch._utils._rebuild_parameter": pickle_rebuild.rebuild_parameter,
            "torch._utils._rebuild_parameter_with_state":
                pickle_rebuild.rebuild_parameter_with_state,
            "torch.nn.parameter.Parameter": pickle_rebuild.parameter,
        }
        self._allowed.update({f"torch.{d.name}": d for d in dtypes.ALL_DTYPES})
        self._allowed.update({f"torch.{name}": StorageType(name, dtype)
                              for name, dtype in _STORAGE_NAMES.items()})
        self._callables = {id(value) for value in self._allowed.values() if callable(value)}

    def find_class(self, module: str, name: str):
        module = _PY2_MODULES.get(module, module)
        full_path = f"{module}.{name}"
        if module in _BLOCKED_MODULES:
            raise weights_only_error(f"Trying to load unsupported GLOBAL {full_path} whose "
                                     f"module {module} is blocked.")
        if full_path in self._allowed:
            return self._allowed[full_path]
        if module == "torch" and (name in ("bfloat16", "BFloat16Storage", "complex32")
                                  or name.startswith(("float8", "uint", "q", "Q"))):
            raise RuntimeError(f"gradsh: torch.load: gradsh has no {full_path} (its dtypes are "
                               "those of docs/files.md)")
        raise weights_only_error(
            f"Unsupported global: GLOBAL {full_path} was not an allowed global by default. "
            f"Please use `torch.serialization.add_safe_globals([{full_path}])` or the "
            f"`torch.serialization.safe_globals([{full_path}])` context manager to allowlist "
            "this global if you trust this class/function.")

    def persistent_load(self, pid):
        if not isinstance(pid, tuple) or not pid:
            raise weights_only_error(f"persistent_load id must be tuple or int, but got "
                                     f"{type(pid).__name__}")
        if pid[0] != "storage":
            raise weights_only_error("Only persistent_load of storage is allowed, but got "
                                     f"{type(pid[0]).__name__}")
        return self._storage_loader(pid)

    # ------------------------------------------------ the replaced opcodes
    def load_reduce(self):
        args = self.stack.pop()
        func = self.stack[-1]
        if id(func) not in self._callables:
            raise weights_only_error(f"Trying to call reduce for unrecognized function {func!r}")
        if not isinstance(args, tuple):
            raise weights_only_error("REDUCE arguments must be a tuple")
        self.stack[-1] = func(*args)

    dispatch[pickle.REDUCE[0]] = load_reduce

    def load_build(self):
        state = self.stack.pop()
        inst = self.stack[-1]
        if type(inst) is not collections.OrderedDict:
            raise weights_only_error("Can only build Tensor, Parameter, OrderedDict or types "
                                     f"allowlisted via `add_safe_globals`, but got "
                                     f"{type(inst).__name__}")
        if not isinstance(state, dict) or not all(isinstance(k, str) and
                                                  not k.startswith("__") for k in state):
            raise weights_only_error("OrderedDict state must be a dict of attributes")
        inst.__dict__.update(state)

    dispatch[pickle.BUILD[0]] = load_build

    def load_append(self):
        value = self.stack.pop()
        if type(self.stack[-1]) is not list:
            raise weights_only_error(f"Can only append to lists, but got "
                                     f"{type(self.stack[-1]).__name__}")
        self.stack[-1].append(value)

    dispatch[pickle.APPEND[0]] = load_append

    def load_appends(self):
        items = self.pop_mark()
        if type(self.stack[-1]) is not list:
            raise weights_only_error(f"Can only extend lists, but got "
                                     f"{type(self.stack[-1]).__name__}")
        self.stack[-1].extend(items)

    dispatch[pickle.APPENDS[0]] = load_appends

    def _check_dict(self, opcode: str) -> None:
        if type(self.stack[-1]) not in (dict, collections.OrderedDict):
            raise weights_only_error(f"Can only {opcode} for dict, collections.OrderedDict, "
                                     f"collections.Counter, but got "
                                     f"{type(self.stack[-1]).__name__}")

    def load_setitem(self):
        value = self.stack.pop()
        key = self.stack.pop()
        self._check_dict("SETITEM")
        self.stack[-1][key] = value

    dispatch[pickle.SETITEM[0]] = load_setitem

    def load_setitems(self):
        items = self.pop_mark()
        self._check_dict("SETITEMS")
        target = self.stack[-1]
        for i in range(0, len(items) - 1, 2):
            target[items[i]] = items[i + 1]

    dispatch[pickle.SETITEMS[0]] = load_setitems

    def load_additems(self):
        items = self.pop_mark()
        if type(self.stack[-1]) is not set:
            raise weights_only_error("Can only ADDITEMS to sets")
        self.stack[-1].update(items)

    dispatch[pickle.ADDITEMS[0]] = load_additems

    def _refused(self):
        raise weights_only_error("Unsupported operand: only tensors, numbers, strings and "
                                 "containers can be loaded")

    for _opcode in (pickle.INST, pickle.OBJ, pickle.NEWOBJ, pickle.NEWOBJ_EX, pickle.EXT1,
                    pickle.EXT2, pickle.EXT4, pickle.PERSID, pickle.NEXT_BUFFER,
                    pickle.READONLY_BUFFER):
        dispatch[_opcode[0]] = _refused
    del _opcode
