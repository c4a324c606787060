"""Collation (torch/utils/data/_utils/collate.py): a list of samples into a batch.

``default_collate`` stacks tensors along a new first dimension, turns Python
floats into a float64 tensor and ints (and bools) into an int64 (bool) tensor,
NumPy arrays and scalars into tensors, leaves strings alone, and recurses
into dicts, tuples and lists element-wise (a tuple of samples gives a list of
batches, as PyTorch's "backwards compatibility" rule says).
``default_convert`` is what a DataLoader with ``batch_size=None`` applies.
"""
from __future__ import annotations

import collections.abc
import copy
import re
from typing import Any, Callable

import numpy as np

from ..engine.ops.creation import as_tensor, tensor
from ..engine.ops.join import stack
from ..engine.tensor import Tensor

_MODULE = "torch.utils.data._utils.collate"
np_str_obj_array_pattern = re.compile(r"[SaUO]")
default_collate_err_msg_format = (
    "default_collate: batch must contain tensors, numpy arrays, numbers, "
    "dicts or lists; found {}")


def default_convert(data: Any) -> Any:
    """NumPy arrays (also inside dicts, tuples and lists) into tensors; the rest unchanged."""
    elem_type = type(data)
    if isinstance(data, Tensor):
        return data
    if isinstance(data, (np.ndarray, np.generic)) and not isinstance(data, (np.str_, np.bytes_)):
        if isinstance(data, np.ndarray) and np_str_obj_array_pattern.search(data.dtype.str):
            return data
        return as_tensor(data)
    if isinstance(data, collections.abc.Mapping):
        if isinstance(data, collections.abc.MutableMapping):
            clone = copy.copy(data)
            clone.update({key: default_convert(data[key]) for key in data})
            return clone
        return {key: default_convert(data[key]) for key in data}
    if isinstance(data, tuple) and hasattr(data, "_fields"):  # namedtuple
        return elem_type(*(default_convert(d) for d in data))
    if isinstance(data, tuple):
        return [default_convert(d) for d in data]  # PyTorch's backwards compatibility
    if isinstance(data, collections.abc.Sequence) and not isinstance(data, (str, bytes)):
        return [default_convert(d) for d in data]  # a list (PyTorch's fallback for others)
    return data


def collate(batch, *, collate_fn_map: dict | None = None) -> Any:
    """The element type of ``batch[0]`` picks the rule: the map first, then containers."""
    elem = batch[0]
    elem_type = type(elem)
    if collate_fn_map is not None:
        if elem_type in collate_fn_map:
            return collate_fn_map[elem_type](batch, collate_fn_map=collate_fn_map)
        for collate_type in collate_fn_map:
            if isinstance(elem, collate_type):
                return collate_fn_map[collate_type](batch, collate_fn_map=collate_fn_map)
    if isinstance(elem, collections.abc.Mapping):
        collated = {key: collate([d[key] for d in batch], collate_fn_map=collate_fn_map)
                    for key in elem}
        if isinstance(elem, collections.abc.MutableMapping):
            clone = copy.copy(elem)
            clone.update(collated)
            return clone
        return collated
    if isinstance(elem, tuple) and hasattr(elem, "_fields"):  # namedtuple
        return elem_type(*(collate(samples, collate_fn_map=collate_fn_map)
                           for samples in zip(*batch)))
    if isinstance(elem, collections.abc.Sequence):
        it = iter(batch)
        elem_size = len(next(it))
        if not all(len(elem) == elem_size for elem in it):
            raise RuntimeError("each element in list of batch should be of equal size")
        transposed = list(zip(*batch))
        collated = [collate(samples, collate_fn_map=collate_fn_map) for samples in transposed]
        if isinstance(elem, tuple) or not isinstance(elem, collections.abc.MutableSequence):
            return collated  # PyTorch: tuples become lists (backwards compatibility)
        clone = copy.copy(elem)
        for i, value in enumerate(collated):
            clone[i] = value
        return clone
    raise TypeError(default_collate_err_msg_format.format(_type_text(elem_type)))


def _type_text(kind: type) -> str:
    """``<class 'NoneType'>``; a user class shows as Python shows it."""
    return repr(kind)


def collate_tensor_fn(batch, *, collate_fn_map: dict | None = None) -> Tensor:
    return stack(batch, 0)


def collate_numpy_array_fn(batch, *, collate_fn_map: dict | None = None) -> Any:
    elem = batch[0]
    if np_str_obj_array_pattern.search(elem.dtype.str) is not None:
        raise TypeError(default_collate_err_msg_format.format(elem.dtype))
    return collate([as_tensor(b) for b in batch], collate_fn_map=collate_fn_map)


def collate_numpy_scalar_fn(batch, *, collate_fn_map: dict | None = None) -> Tensor:
    return as_tensor(np.array(batch))


def collate_float_fn(batch, *, collate_fn_map: dict | None = None) -> Tensor:
    from ..engine import dtypes  # noqa: PLC0415

    return tensor(batch, dtype=dtypes.float64)


def collate_int_fn(batch, *, collate_fn_map: dict | None = None) -> Tensor:
    return tensor(batch)


def collate_str_fn(batch, *, collate_fn_map: dict | None = None) -> Any:
    return batch


default_collate_fn_map: dict[Any, Callable] = {
    Tensor: collate_tensor_fn,
    np.ndarray: collate_numpy_array_fn,
    (np.bool_, np.number, np.object_): collate_numpy_scalar_fn,
    float: collate_float_fn,
    int: collate_int_fn,
    str: collate_str_fn,
    bytes: collate_str_fn,
}


def default_collate(batch) -> Any:
    """Put a list of samples into a batch with a new outer dimension (see the module)."""
    return collate(batch, collate_fn_map=default_collate_fn_map)


for _function in (default_collate, default_convert, collate):
    _function.__module__ = _MODULE
