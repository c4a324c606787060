"""The ``data.pkl`` of a ``torch.save`` archive, written opcode by opcode.

PyTorch pickles with protocol 2 and names its own functions and classes
(``torch._utils._rebuild_tensor_v2``, ``torch.FloatStorage``, ...) as
GLOBALs; gradsh has no such Python objects, so it writes the opcodes itself,
memoizing as CPython's pickler does (every str, tuple, list, dict, global and
reduced object gets a BINPUT; a second reference is a BINGET), so that the
bytes equal PyTorch's for the same object.  Only data is written: tensors,
numbers, strings, bytes, None, torch.Size, dtypes, devices, and lists,
tuples, dicts, OrderedDicts, sets of them.
"""
from __future__ import annotations

import collections
import struct

import numpy as np

from . import backend, dtypes
from .tensor import Size, Tensor

_BATCH = 1000  # CPython's pickler: APPENDS/SETITEMS in batches of 1000


class StorageRecord:
    """One storage of the archive: its key, dtype, location and bytes."""

    def __init__(self, key: str, dtype, location: str, array: np.ndarray) -> None:
        self.key, self.dtype, self.location, self.array = key, dtype, location, array


def storage_of(tensor: Tensor) -> tuple:
    """(root array, offset, strides) of ``tensor``'s memory in elements: the
    whole allocation of its base when views share one, else its own data."""
    data = tensor._data
    itemsize = data.itemsize
    root = tensor._base._data if tensor._base is not None else data
    if data.size == 0:  # its own empty storage, PyTorch's strides
        return np.zeros(0, dtype=data.dtype), 0, contiguous_strides(data.shape)
    strides = tuple(step // itemsize for step in data.strides)
    if _spans(root) and root.dtype == data.dtype and all(s >= 0 for s in strides) \
            and all(step % itemsize == 0 for step in data.strides):
        offset_bytes = _address(data) - _address(root)
        offset = offset_bytes // itemsize
        if offset_bytes >= 0 and offset_bytes % itemsize == 0 and \
                offset + _extent(data) <= _extent(root):
            return root, offset, strides
    copy = np.ascontiguousarray(backend.to_host(data))
    return copy, 0, contiguous_strides(copy.shape)


def contiguous_strides(shape: tuple) -> tuple:
    """PyTorch's strides of a contiguous tensor (a dim of size 0 counts as 1)."""
    strides, step = [], 1
    for n in reversed(shape):
        strides.append(step)
        step *= max(n, 1)
    return tuple(reversed(strides))


def _spans(array) -> bool:
    return all(step >= 0 for step in array.strides)


def _address(array) -> int:
    interface = getattr(array, "__array_interface__", None)
    return interface["data"][0] if interface is not None else array.data.ptr


def _extent(array) -> int:
    """Elements from the first to the last (strides non-negative)."""
    if array.size == 0:
        return 0
    return 1 + sum((n - 1) * (step // array.itemsize) for n, step in
                   zip(array.shape, array.strides))


def flat_storage(root) -> np.ndarray:
    """The root's memory as a 1-D array of its elements (first to last)."""
    host = backend.to_host(root)
    count = _extent(host)
    if count == 0:
        return np.zeros(0, dtype=host.dtype)
    return np.lib.stride_tricks.as_strided(host, shape=(count,), strides=(host.itemsize,))


class DataPickler:
    """Writes one object as PyTorch's ``torch.save`` pickles it."""

    def __init__(self) -> None:
        self.out = bytearray(b"\x80\x02")  # PROTO 2
        self.memo: dict = {}  # id(object) or ("global", name) -> memo index
        self.alive: list = []  # keep memoized objects alive (their ids stay theirs)
        self.storages: dict[int, StorageRecord] = {}  # id(root) -> record
        self._strings: dict[str, str] = {}  # "storage", "cpu": one object each, as PyTorch

    def dump(self, obj) -> bytes:
        self.save(obj)
        self.out += b"."
        return bytes(self.out)

    # ----------------------------------------------------------------- memo
    def _put(self, key) -> None:
        index = len(self.memo)
        self.memo[key] = index
        self.out += b"q" + bytes([index]) if index < 256 else b"r" + struct.pack("<I", index)

    def _get(self, key) -> bool:
        index = self.memo.get(key)
        if index is None:
            return False
        self.out += b"h" + bytes([index]) if index < 256 else b"j" + struct.pack("<I", index)
        return True

    def _memoize(self, obj) -> None:
        self.alive.append(obj)
        self._put(id(obj))

    def _global(self, module: str, name: str) -> None:
        if not self._get(("global", module, name)):
            self.out += b"c" + f"{module}\n{name}\n".encode()
            self._put(("global", module, name))

    def _shared(self, text: str) -> str:
        return self._strings.setdefault(text, text)

    # ----------------------------------------------------------------- save
    def save(self, obj) -> None:  # noqa: C901 - one branch per type, as pickle's dispatch
        if obj is None:
            self.out += b"N"
        elif obj is True or obj is False:
            self.out += b"\x88" if obj else b"\x89"
        elif isinstance(obj, (int, np.integer)) and not isinstance(obj, bool):
            self._int(int(obj))
        elif isinstance(obj, (float, np.floating)):
            self.out += b"G" + struct.pack(">d", float(obj))
        elif self._get(id(obj)):
            return
        elif isinstance(obj, str):
            data = obj.encode("utf-8", "surrogatepass")
            self.out += b"X" + struct.pack("<I", len(data)) + data
            self._memoize(obj)
        elif isinstance(obj, Tensor):
            self._tensor(obj)
        elif isinstance(obj, Size):
            self._reduce(("torch", "Size"), (tuple(obj),), obj)
        elif isinstance(obj, dtypes.DType):
            self._global("torch", obj.name)
        elif isinstance(obj, backend.Device):
            args = (obj.type,) if obj.index is None else (obj.type, obj.index)
            self._reduce(("torch", "device"), args, obj)
        elif isinstance(obj, (complex, np.complexfloating)):
            self._reduce(("__builtin__", "complex"), (obj.real, obj.imag), obj)
        elif isinstance(obj, bytes):
            if obj:
                self._reduce(("_codecs", "encode"), (obj.decode("latin1"), "latin1"), obj)
            else:
                self._reduce(("__builtin__", "bytes"), (), obj)
        elif isinstance(obj, tuple):
            self._tuple(obj)
        elif isinstance(obj, list):
            self.out += b"]"
            self._memoize(obj)
            self._batch(obj, b"a", b"e", self.save)
        elif isinstance(obj, collections.OrderedDict):
            self._ordered_dict(obj)
        elif isinstance(obj, dict):
            self.out += b"}"
            self._memoize(obj)
            self._batch(list(obj.items()), b"s", b"u", self._pair)
        elif isinstance(obj, (set, frozenset)):
            name = "set" if isinstance(obj, set) else "frozenset"
            self._reduce(("__builtin__", name), (list(obj),), obj)
        else:
            raise TypeError(f"gradsh: torch.save writes tensors, numbers, strings, bytes, None, "
                            f"torch.Size, dtypes and lists, tuples, dicts and sets of them, not "
                            f"'{type(obj).__name__}' (save its state_dict())")

    def _int(self, value: int) -> None:
        if 0 <= value < 256:
            self.out += b"K" + bytes([value])
        elif 0 <= value < 65536:
            self.out += b"M" + struct.pack("<H", value)
        elif -2 ** 31 <= value < 2 ** 31:
            self.out += b"J" + struct.pack("<i", value)
        else:
            data = value.to_bytes((value.bit_length() + 8) // 8, "little", signed=True)
            if value < 0 and len(data) > 1 and data[-1] == 0xFF and data[-2] & 0x80:
                data = data[:-1]  # pickle's encode_long: the shortest two's complement
            if len(data) < 256:
                self.out += b"\x8a" + bytes([len(data)]) + data
            else:
                self.out += b"\x8b" + struct.pack("<i", len(data)) + data

    def _pair(self, item) -> None:
        self.save(item[0])
        self.save(item[1])

    def _batch(self, items: list, one: bytes, many: bytes, save_item) -> None:
        for start in range(0, len(items), _BATCH):
            chunk = items[start:start + _BATCH]
            if len(chunk) == 1:
                save_item(chunk[0])
                self.out += one
                continue
            self.out += b"("
            for item in chunk:
                save_item(item)
            self.out += many

    def _tuple(self, obj: tuple, memo: bool = True) -> None:
        if not obj:
            self.out += b")"
            return
        if len(obj) <= 3:
            for item in obj:
                self.save(item)
            self.out += (b"\x85", b"\x86", b"\x87")[len(obj) - 1]
        else:
            self.out += b"("
            for item in obj:
                self.save(item)
            self.out += b"t"
        if memo:
            self._memoize(obj)

    def _reduce(self, function: tuple, args: tuple, obj) -> None:
        self._global(*function)
        self._tuple(args)
        self.out += b"R"
        self._memoize(obj)

    def _ordered_dict(self, obj) -> None:
        self._reduce(("collections", "OrderedDict"), (), obj)
        self._batch(list(obj.items()), b"s", b"u", self._pair)
        state = getattr(obj, "__dict__", None)
        if state:
            self.save(dict(state))
            self.out += b"b"

    def _empty_hooks(self) -> None:
        hooks = collections.OrderedDict()
        self._reduce(("collections", "OrderedDict"), (), hooks)

    # --------------------------------------------------------------- tensors
    def _tensor(self, tensor: Tensor) -> None:
        if type(tensor).__name__ == "Parameter":  # gradsh.nn's, not imported here
            self._global("torch._utils", "_rebuild_parameter")
            self._tensor_v2(tensor, requires_grad=False)
            self._memoize(object())  # the plain tensor inside the Parameter
            self.save(bool(tensor.requires_grad))
            self._empty_hooks()
            self.out += b"\x87"
            self._memoize(object())
            self.out += b"R"
            self._memoize(tensor)
            return
        self._tensor_v2(tensor, requires_grad=bool(tensor.requires_grad))
        self._memoize(tensor)

    def _tensor_v2(self, tensor: Tensor, requires_grad: bool) -> None:
        root, offset, strides = storage_of(tensor)
        record = self.storages.get(id(root))
        if record is None:
            location = "cpu" if tensor.device.type == "cpu" else str(tensor.device)
            if location == "cuda":
                location = "cuda:0"
            record = StorageRecord(str(len(self.storages)), tensor.dtype, location,
                                   flat_storage(root))
            self.storages[id(root)] = record
            self.alive.append(root)
        self._global("torch._utils", "_rebuild_tensor_v2")
        self.out += b"("
        self.out += b"("  # the persistent id ('storage', type, key, location, numel)
        self.save(self._shared("storage"))
        self._global("torch", f"{record.dtype.short}Storage")
        self.save(record.key)
        self.save(self._shared(record.location))
        self._int(int(record.array.size))
        self.out += b"t"
        self._memoize(("persistent id", record.key, len(self.alive)))
        self.out += b"Q"
        self._int(offset)
        self._tuple(tuple(int(n) for n in tensor.shape))
        self._tuple(tuple(int(s) for s in strides))
        self.out += b"\x88" if requires_grad else b"\x89"
        self._empty_hooks()
        self.out += b"t"
        self._memoize(object())
        self.out += b"R"
