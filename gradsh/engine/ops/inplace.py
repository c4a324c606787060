"""In-place variants (``add_``, ``mul_``, ...) made from the out-of-place ops.

PyTorch's rules: a leaf that requires grad refuses in-place writes while
grad mode is on; the result must keep the tensor's shape and must be
castable to its dtype; the tensor's version counter is bumped (so saved
tensors that were overwritten are detected in backward); a tensor with
history takes the new node as its ``grad_fn``.
"""
from __future__ import annotations

from .. import autograd, dtypes
from ..tensor import Tensor


def _can_cast(source: dtypes.DType, target: dtypes.DType) -> bool:
    return source.category <= target.category


def write_result(target: Tensor, result: Tensor) -> Tensor:
    """Store ``result`` into ``target``'s memory and take over its history."""
    if tuple(result.shape) != tuple(target.shape):
        raise RuntimeError(f"output with shape {list(target.shape)} doesn't match the broadcast "
                           f"shape {list(result.shape)}")
    if not _can_cast(result.dtype, target.dtype):
        raise RuntimeError(f"result type {result.dtype.short} can't be cast to the desired "
                           f"output type {target.dtype.short}")
    data = result._data
    if data.dtype != target.dtype.np:
        data = data.astype(target.dtype.np)
    target._data[...] = data
    target._bump()
    if result.grad_fn is not None:
        target.grad_fn = result.grad_fn
        target._output_nr = result._output_nr
        target._requires_grad = True
    return target


def _history_alias(tensor: Tensor) -> Tensor:
    """A copy of ``tensor``'s values with the same place in the graph.

    The out-of-place op computes from this copy, so what it saves for
    backward is the value before the write, not the overwritten memory.
    """
    alias = Tensor._make(tensor._data.copy(), tensor.dtype)
    alias._requires_grad = tensor._requires_grad
    alias.grad_fn = tensor.grad_fn
    alias._output_nr = tensor._output_nr
    alias._accumulator = tensor._accumulator
    return alias


def make_inplace(declaration):
    impl = declaration.impl

    def inplace(self, *args, **kwargs):
        others_require_grad = any(getattr(a, "requires_grad", False) for a in args) or any(
            getattr(v, "requires_grad", False) for v in kwargs.values())
        self._check_inplace(others_require_grad)
        recording = autograd.is_grad_enabled() and (self._requires_grad or others_require_grad)
        source = _history_alias(self) if recording and self._requires_grad else self
        if not recording:
            with autograd.no_grad():
                result = impl(source, *args, **kwargs)
        else:
            result = impl(source, *args, **kwargs)
        return write_result(self, result)

    inplace.__name__ = declaration.inplace
    inplace.__doc__ = f"In-place {declaration.name}."
    return inplace


def augmented(name: str):
    """``x += y`` and friends: in place on tensors, as in PyTorch."""

    def operator(self, other):
        if not isinstance(other, Tensor) and not isinstance(other, (int, float, bool)):
            return NotImplemented
        return getattr(self, name)(other)

    return operator


AUGMENTED = {
    "__iadd__": "add_", "__isub__": "sub_", "__imul__": "mul_", "__itruediv__": "div_",
    "__ifloordiv__": "floor_divide_", "__imod__": "remainder_", "__ipow__": "pow_",
    "__iand__": "bitwise_and_", "__ior__": "bitwise_or_", "__ixor__": "bitwise_xor_",
}


def install_augmented(tensor_class) -> None:
    for dunder, name in AUGMENTED.items():
        setattr(tensor_class, dunder, augmented(name))
