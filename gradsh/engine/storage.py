"""Storages and data pointers: ``Tensor.data_ptr()``, ``Tensor.untyped_storage()``,
``Tensor.storage()``, ``torch.UntypedStorage``, ``torch.TypedStorage`` and
``torch.is_storage``.

Fake addresses. The sandbox prints no host address (SPEC: values print
without one), yet PyTorch's examples compare ``data_ptr()`` values and take
their differences (``t[1:].data_ptr() - t.data_ptr() == 8``). gradsh hands
out addresses from a fake address space instead: every memory allocation
(the NumPy array that owns the memory, found by following ``.base``) gets,
the first time one of its tensors is asked, a base address from a counter
(starting at 2**32, 64-byte aligned as PyTorch's CPU allocator is, the next
one at least 64 bytes past the end of the previous), and a tensor's pointer is
that base plus the tensor's byte offset inside the allocation. So tensors
sharing memory have equal or properly offset pointers, tensors that do not
have different ones, and nothing of the host's address space shows. Freed
allocations' addresses are not reused (PyTorch's allocator may reuse them).

A storage is a byte view of its tensor's base (its whole memory), shared:
writes through ``storage[i] = v`` reach the tensor. ``torch.UntypedStorage(n)``
and ``torch.TypedStorage(n, dtype=...)`` hold zeros where PyTorch's memory is
uninitialised. TypedStorage warns that it is deprecated, once, as PyTorch does.
"""
from __future__ import annotations

import operator
import weakref
from typing import Any

import numpy as np

from . import backend, dtypes, limits, warn_once
from .tensor import Tensor

_ALIGN = 64
_FIRST_ADDRESS = 1 << 32
_bases: dict = {}  # id(owner array) -> (weak reference, fake base address)
_next_address = [_FIRST_ADDRESS]

_TYPED_WARNING = (
    "TypedStorage is deprecated. It will be removed in the future and UntypedStorage will be "
    "the only storage class. This should only matter to you if you are using storages "
    "directly.  To access UntypedStorage directly, use tensor.untyped_storage() instead of "
    "tensor.storage()")


def _real_address(array: Any) -> int:
    interface = getattr(array, "__array_interface__", None)
    return interface["data"][0] if interface is not None else array.data.ptr


def _owner(array: Any) -> Any:
    """The array that owns array's memory (the end of its chain of views)."""
    while isinstance(getattr(array, "base", None), type(array)):
        array = array.base
    return array


def fake_address(array: Any) -> int:
    """The fake address of array's first byte (module docstring)."""
    owner = _owner(array)
    key = id(owner)
    entry = _bases.get(key)
    if entry is None or entry[0]() is not owner:
        reference = weakref.ref(owner, lambda _ref, key=key: _bases.pop(key, None))
        entry = _bases[key] = (reference, _next_address[0])
        span = -(-max(int(owner.nbytes), 1) // _ALIGN) * _ALIGN
        _next_address[0] += span + _ALIGN
    return entry[1] + (_real_address(array) - _real_address(owner))


def _check_dense(input: Tensor) -> None:
    if input._sparse_layout:
        raise RuntimeError("Cannot access data pointer of Tensor that doesn't have storage")


def data_ptr(input: Tensor) -> int:
    """``Tensor.data_ptr()``: the fake address of the tensor's first element."""
    _check_dense(input)
    if input._data.size == 0:
        return 0
    return fake_address(input._data)


def _storage_bytes(input: Tensor) -> Any:
    """A 1-D uint8 view of the memory of input's base (the storage)."""
    base = input._base if input._base is not None else input
    data = base._data
    if not data.flags.c_contiguous:
        owner = _owner(data)
        data = owner if owner.flags.c_contiguous else base._xp.ascontiguousarray(data)
    return data.reshape(-1).view(np.uint8)


def _check_size(size: Any, itemsize: int = 1) -> int:
    size = operator.index(size)
    if size < 0:  # c10's allocator, handed the byte count as an unsigned number
        raise RuntimeError("[enforce fail at alloc_cpu.cpp:98] ((ptrdiff_t)nbytes) >= 0. "
                           "alloc_cpu() seems to have been called with negative number: "
                           f"{(size * itemsize) % (1 << 64)}")
    return size


class UntypedStorage:
    """``torch.UntypedStorage``: bytes (``tensor.untyped_storage()`` shares the tensor's)."""

    __slots__ = ("_bytes",)
    __gradsh_attrs__ = frozenset({"data_ptr", "nbytes", "size", "element_size", "tolist",
                                  "device", "is_shared", "is_sparse", "untyped", "fill_",
                                  "is_cuda", "clone", "cpu"})

    def __init__(self, *args: Any, device: Any = None) -> None:
        if len(args) > 1:
            raise TypeError("UntypedStorage(): Too many positional arguments")
        source = args[0] if args else 0
        if isinstance(source, (list, tuple)):
            limits.check_bytes(len(source), "a storage")
            values = [operator.index(v) for v in source]
            if any(not 0 <= v <= 255 for v in values):
                raise RuntimeError("Overflow when unpacking long long")
            self._bytes = np.array(values, dtype=np.uint8)
        else:
            size = _check_size(source)
            limits.check_bytes(size, "a storage")
            self._bytes = np.zeros(size, dtype=np.uint8)

    @classmethod
    def _over(cls, data: Any) -> "UntypedStorage":
        storage = cls.__new__(cls)
        storage._bytes = data
        return storage

    def data_ptr(self) -> int:
        return fake_address(self._bytes) if self._bytes.size else 0

    def nbytes(self) -> int:
        return int(self._bytes.size)

    size = nbytes
    __len__ = nbytes

    def element_size(self) -> int:
        return 1

    @property
    def device(self) -> Any:
        return backend.device_of(self._bytes)

    @property
    def is_cuda(self) -> bool:
        return self.device.type == "cuda"

    is_sparse = False

    def is_shared(self) -> bool:
        return False

    def untyped(self) -> "UntypedStorage":
        return self

    def tolist(self) -> list:
        return [int(v) for v in backend.to_host(self._bytes)]

    def clone(self) -> "UntypedStorage":
        return UntypedStorage._over(self._bytes.copy())

    def cpu(self) -> "UntypedStorage":
        return self if self.device.type == "cpu" else UntypedStorage._over(
            np.asarray(backend.to_host(self._bytes)))

    def fill_(self, value: Any) -> "UntypedStorage":
        self._bytes[...] = operator.index(value)
        return self

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            return UntypedStorage._over(self._bytes[index])
        return int(self._bytes[operator.index(index)])

    def __setitem__(self, index: Any, value: Any) -> None:
        self._bytes[index] = value

    def __eq__(self, other: Any) -> bool:
        return isinstance(other, UntypedStorage) and other.nbytes() == self.nbytes() and \
            other.data_ptr() == self.data_ptr()

    __hash__ = object.__hash__

    def __repr__(self) -> str:
        data = " " + "\n ".join(str(v) for v in self.tolist())
        return f"{data}\n[torch.storage.UntypedStorage(device={self.device}) of size " \
               f"{self.nbytes()}]"

    __str__ = __repr__


class TypedStorage:
    """``torch.TypedStorage`` (deprecated in PyTorch): elements of one dtype."""

    __slots__ = ("_tensor",)
    __gradsh_attrs__ = frozenset({"data_ptr", "nbytes", "size", "element_size", "tolist",
                                  "device", "dtype", "is_shared", "is_sparse", "untyped",
                                  "fill_", "is_cuda"})

    def __init__(self, *args: Any, dtype: Any = None, device: Any = None) -> None:
        warn_once.warn_once(_TYPED_WARNING, stacklevel=3, key="TypedStorage")
        dtype = dtypes.get_default_dtype() if dtype is None else dtypes.to_dtype(dtype)
        if len(args) > 1:
            raise TypeError("TypedStorage(): Too many positional arguments")
        source = args[0] if args else 0
        if isinstance(source, (list, tuple)):
            from .ops.creation import tensor  # noqa: PLC0415

            self._tensor = tensor(list(source), dtype=dtype)
        else:
            size = _check_size(source, dtype.itemsize)
            limits.check_elements(size, dtype.itemsize, "a storage")
            self._tensor = Tensor._make(np.zeros(size, dtype=dtype.np), dtype)

    @classmethod
    def _of(cls, input: Tensor) -> "TypedStorage":
        warn_once.warn_once(_TYPED_WARNING, stacklevel=4, key="TypedStorage")
        storage = cls.__new__(cls)
        base = input._base if input._base is not None else input
        data = _storage_bytes(input).view(input.dtype.np)
        storage._tensor = Tensor._make(data, input.dtype, base=base)
        return storage

    @property
    def dtype(self) -> Any:
        return self._tensor.dtype

    @property
    def device(self) -> Any:
        return self._tensor.device

    @property
    def is_cuda(self) -> bool:
        return self.device.type == "cuda"

    is_sparse = False

    def data_ptr(self) -> int:
        return data_ptr(self._tensor)

    def size(self) -> int:
        return int(self._tensor._data.size)

    __len__ = size

    def element_size(self) -> int:
        return self.dtype.itemsize

    def nbytes(self) -> int:
        return self.size() * self.dtype.itemsize

    def is_shared(self) -> bool:
        return False

    def untyped(self) -> UntypedStorage:
        return UntypedStorage._over(self._tensor._data.view(np.uint8))

    def tolist(self) -> list:
        return self._tensor.tolist()

    def fill_(self, value: Any) -> "TypedStorage":
        self._tensor._data[...] = value
        return self

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            raise RuntimeError("slicing a TypedStorage is not supported by gradsh")
        return self._tensor[operator.index(index)].item()

    def __setitem__(self, index: Any, value: Any) -> None:
        self._tensor._data[index] = value

    def __eq__(self, other: Any) -> bool:
        return isinstance(other, TypedStorage) and other.dtype == self.dtype and \
            other.size() == self.size() and other.data_ptr() == self.data_ptr()

    __hash__ = object.__hash__

    def __repr__(self) -> str:
        data = " " + "\n ".join(str(v) for v in self.tolist())
        return f"{data}\n[torch.storage.TypedStorage(dtype={self.dtype}, " \
               f"device={self.device}) of size {self.size()}]"

    __str__ = __repr__


for _cls in (UntypedStorage, TypedStorage):
    _cls.__module__ = "torch.storage"


def untyped_storage(input: Tensor) -> UntypedStorage:
    _check_dense(input)
    return UntypedStorage._over(_storage_bytes(input))


def typed_storage(input: Tensor) -> TypedStorage:
    _check_dense(input)
    return TypedStorage._of(input)


def is_storage(obj: Any) -> bool:
    return isinstance(obj, (UntypedStorage, TypedStorage))
