"""torch.hash_tensor: an xor reduction over the elements' 64-bit patterns.

ATen's hash_tensor (ReduceOps.cpp, mode 0 "xor_sum") upcasts each element to
its 64-bit equivalent (floating types to double, integers and bool to int64)
and bitcasts it to uint64 before xor-reducing; the result is always uint64.
Complex inputs and uint16/32/64 have no kernel (``xor_sum_cpu``).
"""
from __future__ import annotations

import numpy as np

from .. import backend, call_args, dtypes
from ..registry import op
from ..tensor import Tensor
from .common import check_tensor, normalize_dims


def _bit_patterns(input: Tensor):
    data = backend.to_host(input._data)  # xor-reduced by NumPy, on the host
    if input.dtype.is_floating_point:
        return data.astype(np.float64).view(np.uint64)
    return data.astype(np.int64).view(np.uint64)  # two's complement, as the cast in C++


def _reduced(input: Tensor, dim) -> tuple | None:
    """The dims to xor over (None: all), with ATen's checks for empty inputs."""
    dims = normalize_dims(dim, input.ndim) if dim is not None else None
    if not dims:
        if input.numel() == 0:
            raise RuntimeError("hash_tensor: Expected reduction dim to be specified for "
                               "input.numel() == 0. Specify the reduction dim with the 'dim' "
                               "argument.")
        return None
    if input.ndim == 0:
        return None
    for d in dims:
        if input.shape[d] == 0:
            raise IndexError(f"hash_tensor: Expected reduction dim {d} to have non-zero size.")
    return dims


@op("hash_tensor", summary="A uint64 hash of the elements: xor of their 64-bit patterns.",
    example="hash_tensor(tensor([[1.5, -2.], [3., 0.25]]), 1)", differentiable=False,
    signature="hash_tensor(input, dim=None, *, keepdim=False, mode=0, out=None)")
def hash_tensor(input, dim=None, *, keepdim=False, mode=0, out=None):
    check_tensor(input, "hash_tensor")
    if input.dtype.is_complex or input.dtype in dtypes.BAREBONES_UNSIGNED:
        raise NotImplementedError(f"\"xor_sum_cpu\" not implemented for '{input.dtype.short}'")
    if mode != 0:
        raise RuntimeError(f"Unknown hash_tensor mode: {mode}")
    dims = _reduced(input, dim)
    bits = _bit_patterns(input)
    if dims is None:
        result = np.bitwise_xor.reduce(bits.reshape(-1))
        if keepdim:
            result = np.reshape(result, (1,) * input.ndim)
    else:
        result = np.bitwise_xor.reduce(bits, axis=dims, keepdims=bool(keepdim))
    result = np.asarray(result, dtype=np.uint64)
    result = Tensor._make(backend.move(result, input.device), dtypes.uint64)
    if out is None:
        return result
    if out.dtype is not dtypes.uint64:
        raise RuntimeError(f"Expected result to be of dtype uint64, but got {out.dtype.short}")
    return call_args.call_with_out(lambda *args, **kwargs: result, "hash_tensor",
                                   hash_tensor.gradsh_op, (input,), {}, out)


hash_tensor.writes_out = True  # call_args passes out= through (its dtype check comes first)
