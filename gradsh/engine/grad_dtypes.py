"""Tensor.grad_dtype: the dtype a leaf's ``.grad`` may have (PyTorch 2.13).

A tensor starts with "the tensor's own dtype" (``SAME``); ``grad_dtype`` may
be set to another dtype, or to None for "any dtype". Only leaves have one:
reading or setting it on a tensor with a ``grad_fn`` is an error.

Where it acts, as in PyTorch:

- ``t.grad = g`` checks ``g.dtype`` against it (no check when it is None);
- backward casts the gradient it hands to the leaf's AccumulateGrad to it,
  read when backward runs (engine/backward.py), so hooks on the leaf, the
  accumulated ``.grad`` and ``torch.autograd.grad``'s results have it;
- changing it while a ``.grad`` of another dtype exists is an error.
"""
from __future__ import annotations

import warnings

from . import dtypes

SAME = object()  # the default: the tensor's own dtype

# The C++ type names of PyTorch's messages (caffe2::TypeMeta)
_CPP_NAMES = {"float32": "float", "float64": "double", "float16": "c10::Half",
              "int64": "long int", "int32": "int", "int16": "short int",
              "int8": "signed char", "uint8": "unsigned char", "bool": "bool",
              "complex64": "c10::complex<float>", "complex128": "c10::complex<double>",
              "uint16": "unsigned short", "uint32": "unsigned int",
              "uint64": "unsigned long"}


_CPP_GETTER = (" (Triggered internally at "
               "/__w/pytorch/pytorch/build/aten/src/ATen/core/TensorBody.h:493.)")


def _cpp_name(dtype) -> str:
    return _CPP_NAMES.get(dtype.name, dtype.name)


def effective(tensor):
    """The dtype ``.grad`` must have: a DType, or None for any."""
    value = getattr(tensor, "_grad_dtype", SAME)
    return tensor.dtype if value is SAME else value


def get(tensor):
    if tensor.grad_fn is not None:
        raise RuntimeError("grad_dtype can only be accessed on leaf tensors.")
    return effective(tensor)


def set_(tensor, value) -> None:
    if tensor.grad_fn is not None:
        if not tensor._retains_grad:  # PyTorch's setter reads .grad first
            from .tensor import NON_LEAF_GRAD_WARNING  # noqa: PLC0415 - tensor imports us

            # the C++ getter's wording, with its source location
            warnings.warn(NON_LEAF_GRAD_WARNING + _CPP_GETTER, UserWarning, stacklevel=3)
        raise RuntimeError("grad_dtype can only be set on leaf tensors.")
    if value is not None and not isinstance(value, dtypes.DType):
        raise RuntimeError(f"grad_dtype must be a torch.dtype or None, but got "
                           f"{type(value).__name__}")
    grad = tensor._grad
    if grad is not None and value is not None and grad.dtype is not value:
        raise RuntimeError(
            f"Cannot set grad_dtype to '{value.short}' because there is already a gradient "
            f"with dtype '{_cpp_name(grad.dtype)}'. Please clear the gradient (.grad = None) "
            "before changing grad_dtype, or ensure the new grad_dtype matches the existing "
            "gradient's dtype.")
    tensor._grad_dtype = SAME if value is tensor.dtype else value


def check_assigned(tensor, grad) -> None:
    """``tensor.grad = grad``: PyTorch's dtype and size checks (a non-leaf's
    grad_dtype is its dtype)."""
    allowed = effective(tensor) if tensor.grad_fn is None else tensor.dtype
    if allowed is not None and grad.dtype is not allowed:
        raise RuntimeError(
            f"attempting to assign a gradient with dtype '{_cpp_name(grad.dtype)}' to a tensor "
            f"with grad_dtype '{allowed.short}'. The gradient must match the tensor's "
            "grad_dtype (defaults to the tensor's dtype). You can set the tensor's grad_dtype "
            "attribute with a specific dtype, or None to allow any dtype. Set grad_dtype with "
            "caution. Diverging the dtypes of a tensor and its gradient may break downstream "
            "systems that assume they match.")
    if tuple(grad.shape) != tuple(tensor.shape):
        raise RuntimeError(f"attempting to assign a gradient of size '{list(grad.shape)}' to a "
                           f"tensor of size '{list(tensor.shape)}'. Please ensure that the "
                           "gradient and the tensor are the same size")


def cast_for_leaf(tensor, grad):
    """The gradient backward hands to a leaf, in the leaf's grad_dtype."""
    value = getattr(tensor, "_grad_dtype", SAME)
    if value is SAME or value is None or grad.dtype is value:
        return grad
    return grad.to(value)
