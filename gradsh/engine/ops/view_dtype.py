"""``Tensor.view(dtype)``: a tensor's bytes seen as another dtype (ATen's
``view_dtype``), shared by ``view`` (shape.py: the same memory) and
``view_copy`` (view_copies.py: a copy of it).

PyTorch's rules: with the same element size any tensor works; with another
size the tensor needs a dimension, a last dimension of stride 1 (or of size
1), and, when the new element is larger, a last size divisible by the ratio;
the last size is scaled by old/new. The result never requires grad and has
no ``grad_fn`` (PyTorch does not differentiate through a reinterpretation).
"""
from __future__ import annotations

from ..dtypes import DType
from ..tensor import Tensor


def check(input: Tensor, dtype: DType) -> None:
    """ATen's checks for an element size change (its messages)."""
    data, old, new = input._data, input.dtype.itemsize, dtype.itemsize
    if old == new:
        return
    kind = f"to view {input.dtype.short} as {dtype.short} (different element sizes)"
    if data.ndim == 0:
        raise RuntimeError(f"self.dim() cannot be 0 {kind}")
    stride = data.strides[-1] // old
    if stride != 1 and data.shape[-1] != 1:
        raise RuntimeError(f"self.stride(-1) must be 1 {kind}, but got {stride}")
    if new > old and data.shape[-1] % (new // old):
        raise RuntimeError(f"self.size(-1) must be divisible by {new // old} {kind}, but "
                           f"got {data.shape[-1]}")


def view(input: Tensor, dtype: DType) -> Tensor:
    """The same memory as dtype (shares storage and version counter with input)."""
    check(input, dtype)
    data = input._data
    if data.ndim and data.shape[-1] == 1 and data.strides[-1] != data.itemsize:
        # a last dimension of size 1 may have any stride: NumPy wants the itemsize
        data = input._xp.lib.stride_tricks.as_strided(
            data, data.shape, data.strides[:-1] + (data.itemsize,))
    return Tensor._make(data.view(dtype.np), dtype, base=input)


def copy(input: Tensor, dtype: DType) -> Tensor:
    """A new tensor holding input's bytes as dtype (view_copy)."""
    check(input, dtype)
    return Tensor._make(input._xp.ascontiguousarray(input._data).view(dtype.np), dtype)
