"""The storage and data-pointer ops (engine/storage.py holds the classes and
the fake address space): ``Tensor.data_ptr()``, ``Tensor.untyped_storage()``,
``Tensor.storage()``, ``torch.is_storage``."""
from __future__ import annotations

from .. import storage as _storage
from ..registry import op


@op("data_ptr", summary="The address of the first element (gradsh's fake address space: "
    "differences between tensors sharing memory are right; no host address shows).",
    example="arange(4)[1:].data_ptr() - arange(4).data_ptr()", function=False,
    differentiable=False)
def data_ptr(input):
    return _storage.data_ptr(input)


@op("untyped_storage", summary="The tensor's memory as bytes (torch.UntypedStorage, shared).",
    example="tensor([1, 2]).untyped_storage().nbytes()", function=False, differentiable=False)
def untyped_storage(input):
    return _storage.untyped_storage(input)


@op("storage", summary="The tensor's memory as a torch.TypedStorage of its dtype (deprecated "
    "in PyTorch: warns once).", example="tensor([1, 2]).storage().tolist()", function=False,
    differentiable=False)
def storage(input):
    return _storage.typed_storage(input)


@op("is_storage", summary="True for a torch.UntypedStorage or torch.TypedStorage.",
    example="is_storage(tensor([1]).untyped_storage())", method=False, differentiable=False)
def is_storage(obj):
    return _storage.is_storage(obj)
