"""Tensor.new_zeros, new_ones, new_full, new_empty, new_tensor, and is_inference.

The ``new_*`` methods make a tensor with the dtype and device of ``self``
unless told otherwise; they never record history.
"""
from __future__ import annotations

import warnings

from .. import dtypes, inference
from ..registry import op
from ..tensor import Tensor
from .creation import _filled, tensor


def _like_self(input, dtype, device):
    dtype = input.dtype if dtype is None else dtypes.to_dtype(dtype)
    return dtype, input.device if device is None else device


def _sizes(size: tuple) -> tuple:
    """new_zeros(2, 3) and new_zeros((2, 3)) alike."""
    return tuple(size[0]) if len(size) == 1 and isinstance(size[0], (tuple, list)) else size


@op("new_zeros", summary="Zeros of the given size, with self's dtype and device.",
    example="ones(2).new_zeros(3)", function=False, differentiable=False,
    signature="new_zeros(*size, dtype=None, device=None, requires_grad=False)")
def new_zeros(input, *size, dtype=None, device=None, requires_grad=False, layout=None,
              pin_memory=False):
    dtype, device = _like_self(input, dtype, device)
    return _filled(0, _sizes(size), None, dtype, device, requires_grad, name="zeros")


@op("new_ones", summary="Ones of the given size, with self's dtype and device.",
    example="ones(2).new_ones(3)", function=False, differentiable=False,
    signature="new_ones(*size, dtype=None, device=None, requires_grad=False)")
def new_ones(input, *size, dtype=None, device=None, requires_grad=False, layout=None,
             pin_memory=False):
    dtype, device = _like_self(input, dtype, device)
    return _filled(1, _sizes(size), None, dtype, device, requires_grad, name="ones")


@op("new_empty", summary="An uninitialized tensor of the given size (gradsh: zeros), with self's "
    "dtype and device.", example="ones(2).new_empty(3).shape", function=False,
    differentiable=False, signature="new_empty(*size, dtype=None, device=None, "
    "requires_grad=False)")
def new_empty(input, *size, dtype=None, device=None, requires_grad=False, layout=None,
              pin_memory=False):
    dtype, device = _like_self(input, dtype, device)
    return _filled("empty", _sizes(size), None, dtype, device, requires_grad, name="empty")


@op("new_full", summary="fill_value in the given size, with self's dtype and device.",
    example="ones(2).new_full((2, 2), 7.)", function=False, differentiable=False)
def new_full(input, size, fill_value, *, dtype=None, device=None, requires_grad=False,
             layout=None, pin_memory=False):
    if not isinstance(size, (tuple, list)):
        raise TypeError("new_full(): argument 'size' (position 1) must be tuple of ints, not "
                        f"{type(size).__name__}")
    dtype, device = _like_self(input, dtype, device)
    return _filled(fill_value, (), tuple(size), dtype, device, requires_grad, name="full")


NEW_TENSOR_WARNING = (
    "To copy construct from a tensor, it is recommended to use sourceTensor.detach().clone() or "
    "sourceTensor.detach().clone().requires_grad_(True), rather than "
    "tensor.new_tensor(sourceTensor).")


@op("new_tensor", summary="A tensor of data (copied), with self's dtype and device by default.",
    example="ones(2).new_tensor([1, 2])", function=False, differentiable=False)
def new_tensor(input, data, *, dtype=None, device=None, requires_grad=False, layout=None,
               pin_memory=False):
    dtype, device = _like_self(input, dtype, device)
    if isinstance(data, Tensor):
        warnings.warn(NEW_TENSOR_WARNING, UserWarning, stacklevel=2)
        result = data.detach().clone().to(device).to(dtype)
        result.requires_grad = requires_grad
        return result
    return tensor(data, dtype=dtype, device=device, requires_grad=requires_grad)


@op("is_inference", summary="Whether the tensor was made inside torch.inference_mode().",
    example="ones(2).is_inference()", differentiable=False)
def is_inference(input):
    return inference.is_inference(input)


__all__ = ["is_inference", "new_empty", "new_full", "new_ones", "new_tensor", "new_zeros"]
