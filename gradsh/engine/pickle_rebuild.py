"""Tensors out of a ``torch.save`` archive: its storages (``archive/data/<key>``)
and PyTorch's rebuild functions, checked before anything is made (docs/files.md).

Tensors that share a storage in the file share memory after loading: a
tensor covering its whole storage owns it, any other is a view of it.
"""
from __future__ import annotations

import collections

import numpy as np

from . import backend, limits
from .tensor import Tensor


class LoadedStorage:
    """One storage: a 1-D array of its dtype, read on first use."""

    __slots__ = ("dtype", "array", "root", "device")

    def __init__(self, dtype, array, device) -> None:
        self.dtype, self.array, self.device = dtype, array, device
        self.root = None  # the tensor over the whole storage, made on first use


def _bad(message: str) -> Exception:
    from .pickle_reader import weights_only_error  # noqa: PLC0415

    return weights_only_error(message)


def _ints(value, what: str) -> tuple:
    if not isinstance(value, (tuple, list)) or not all(
            isinstance(n, int) and not isinstance(n, bool) and n >= 0 for n in value):
        raise _bad(f"_rebuild_tensor_v2: {what} must be a tuple of non-negative integers")
    return tuple(value)


class Rebuilder:
    """``torch._utils._rebuild_tensor_v2`` and friends, over this archive's storages."""

    def __init__(self, map_device) -> None:
        self.map_device = map_device

    def rebuild_tensor_v2(self, storage, storage_offset, size, stride, requires_grad=False,
                          backward_hooks=None, metadata=None) -> Tensor:
        tensor = self.rebuild_tensor(storage, storage_offset, size, stride)
        if not isinstance(requires_grad, bool):
            raise _bad("_rebuild_tensor_v2: requires_grad must be a bool")
        if backward_hooks is not None and not isinstance(backward_hooks, dict):
            raise _bad("_rebuild_tensor_v2: backward_hooks must be an OrderedDict")
        if requires_grad:
            if not tensor.dtype.differentiable:
                raise RuntimeError("Only Tensors of floating point and complex dtype can "
                                   "require gradients")
            tensor._requires_grad = True
        return tensor

    def rebuild_tensor(self, storage, storage_offset, size, stride) -> Tensor:
        if not isinstance(storage, LoadedStorage):
            raise _bad("_rebuild_tensor_v2: the first argument must be a storage")
        if not isinstance(storage_offset, int) or isinstance(storage_offset, bool) or \
                storage_offset < 0:
            raise _bad("_rebuild_tensor_v2: storage_offset must be a non-negative integer")
        size, stride = _ints(size, "size"), _ints(stride, "stride")
        if len(size) != len(stride):
            raise RuntimeError("mismatch in length of strides and shape")
        array, itemsize = storage.array, storage.dtype.itemsize
        numel = 1
        for n in size:
            numel *= n
        needed = 0 if numel == 0 else storage_offset + 1 + sum(
            (n - 1) * s for n, s in zip(size, stride))
        if needed > array.size:
            raise RuntimeError(
                f"setStorage: sizes {list(size)}, strides {list(stride)}, storage offset "
                f"{storage_offset}, and itemsize {itemsize} requiring a storage size of "
                f"{needed * itemsize} are out of bounds for storage of size "
                f"{array.size * itemsize}")
        if storage.root is None:
            storage.root = Tensor._make(array, storage.dtype)
        root = storage.root
        if numel == 0:
            empty = np.lib.stride_tricks.as_strided(  # the file's strides, no memory
                np.zeros(1, dtype=array.dtype), shape=size,
                strides=tuple(s * itemsize for s in stride))
            tensor = Tensor._make(empty, storage.dtype)
        elif storage_offset == 0 and numel == array.size and stride == _contiguous(size):
            tensor = Tensor._make(array.reshape(size), storage.dtype)  # the whole storage
            tensor._version = root._version
        else:  # part of the storage, or another order: a view of it
            view = np.lib.stride_tricks.as_strided(
                array[storage_offset:], shape=size,
                strides=tuple(s * itemsize for s in stride))
            tensor = Tensor._make(view, storage.dtype, base=root)
        if storage.device is not backend.CPU:
            tensor = Tensor._make(backend.move(tensor._data, storage.device), storage.dtype)
        return tensor


def _contiguous(size: tuple) -> tuple:
    strides, step = [], 1
    for n in reversed(size):
        strides.append(step)
        step *= max(n, 1)
    return tuple(reversed(strides))


def rebuild_parameter(data, requires_grad=True, backward_hooks=None):
    if not isinstance(data, Tensor) or not isinstance(requires_grad, bool):
        raise _bad("_rebuild_parameter takes a tensor and a bool")
    return parameter(data, requires_grad)


def rebuild_parameter_with_state(data, requires_grad, backward_hooks, state=None):
    return rebuild_parameter(data, requires_grad, backward_hooks)


def parameter(data=None, requires_grad=True):
    from gradsh.nn.parameter import Parameter  # noqa: PLC0415 - nn loads on first use

    if requires_grad and data is not None and isinstance(data, Tensor) and \
            not data.dtype.differentiable:
        raise RuntimeError("Only Tensors of floating point and complex dtype can require "
                           "gradients")
    return Parameter(data, requires_grad)


def read_storage(archive, record: str, dtype, numel: int, big_endian: bool) -> np.ndarray:
    """The record's first ``numel`` elements, after the memory limit allows them."""
    try:
        info = archive.getinfo(record)
    except KeyError:
        raise RuntimeError(f"PytorchStreamReader failed locating file {record.split('/', 1)[1]}"
                           ": file not found") from None
    nbytes = numel * dtype.itemsize
    limits.check_bytes(nbytes, f"a storage of {numel} elements ({dtype.name})")
    if info.file_size < nbytes:
        raise RuntimeError(f"gradsh: torch.load: record {record} holds {info.file_size} bytes, "
                           f"not the {nbytes} its storage needs")
    array = np.empty(numel, dtype=dtype.np)
    with archive.open(info) as stream:
        view = memoryview(array).cast("B")
        got = 0
        while got < nbytes:
            count = stream.readinto(view[got:])
            if not count:
                raise RuntimeError(f"gradsh: torch.load: record {record} ends early")
            got += count
    if big_endian and dtype.itemsize > 1:
        array.byteswap(inplace=True)
    return array


def empty_hooks() -> collections.OrderedDict:
    return collections.OrderedDict()
