"""In-place variants (``add_``, ``mul_``, ...) made from the out-of-place ops.

PyTorch's rules: a leaf that requires grad refuses in-place writes while
grad mode is on; the result must keep the tensor's shape and must be
castable to its dtype; the tensor's version counter is bumped (so saved
tensors that were overwritten are detected in backward); a tensor with
history takes the new node as its ``grad_fn``.
"""
from __future__ import annotations

from .. import autograd, backend, dtypes
from ...journal import JOURNAL
from ..tensor import Tensor
from .common import check_no_overlap


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
    check_no_overlap(target._data)
    data = result._data
    if data.dtype != target.dtype.np:
        data = data.astype(target.dtype.np)
    if JOURNAL[0] is not None:
        JOURNAL[0].storage(target, result.grad_fn is not None)
    backend.before_write(target)
    target._data[...] = data
    target._bump()
    if result.grad_fn is not None:
        target.grad_fn = result.grad_fn
        target._output_nr = result._output_nr
        target._requires_grad = True
        rebase_view(target)
    return target


# ------------------------------------------------------- writes through views
def _address(array) -> int:
    interface = getattr(array, "__array_interface__", None)
    return interface["data"][0] if interface is not None else array.data.ptr


def _element_addresses(array, xp):
    """The byte address of every element of ``array``, in C order, as int64."""
    addresses = xp.full(array.shape, _address(array), dtype=xp.int64)
    for dim, (size, stride) in enumerate(zip(array.shape, array.strides)):
        steps = xp.arange(size, dtype=xp.int64) * stride
        addresses += steps.reshape((size,) + (1,) * (array.ndim - dim - 1))
    return addresses


def _positions_in_base(view: Tensor, base: Tensor):
    """For each element of ``view``, its flat (C-order) position in ``base``."""
    xp = view._xp
    base_addresses = _element_addresses(base._data, xp).reshape(-1)
    view_addresses = _element_addresses(view._data, xp).reshape(-1)
    order = xp.argsort(base_addresses, kind="stable")
    found = xp.searchsorted(base_addresses[order], view_addresses)
    return order[found]


def rebase_view(view: Tensor) -> None:
    """After ``view`` was written in place, give its base the new history.

    PyTorch's rule: the base becomes a ``CopySlices`` result (its old
    values outside the view, the view's new values inside), and the view
    becomes a view of the new base (``AsStridedBackward0``), so gradients
    reach both the base's old history and whatever was written.
    """
    from .index import embed, getitem  # noqa: PLC0415 - index imports this module

    base = view._base
    if base is None or view.grad_fn is None or not autograd.is_grad_enabled():
        return
    positions = _positions_in_base(view, base)
    shape, view_shape, numel = tuple(base.shape), tuple(view.shape), base._data.size
    keep = base._xp.ones(numel, dtype=base.dtype.np)
    keep[positions] = 0
    keep = Tensor._make(keep.reshape(shape), base.dtype)
    previous = graph_alias(base)  # the base's history so far
    written = graph_alias(view)  # the view's new history

    def copy_slices(g):
        inside = getitem(g.reshape(numel), (positions,)).reshape(view_shape)
        return (g * keep, inside)

    snapshot = Tensor._make(base._data, base.dtype)
    autograd.record(snapshot, "CopySlices", (previous, written), copy_slices)
    base.grad_fn, base._output_nr, base._requires_grad = snapshot.grad_fn, 0, True

    def as_strided(g):
        return (embed(g.reshape(-1), (numel,), (positions,)).reshape(shape),)

    view_snapshot = Tensor._make(view._data, view.dtype)
    autograd.record(view_snapshot, "AsStridedBackward0", (base,), as_strided)
    view.grad_fn, view._output_nr = view_snapshot.grad_fn, 0


def graph_alias(tensor: Tensor, data=None) -> Tensor:
    """A tensor over ``data`` (default: ``tensor``'s own memory) that stands
    where ``tensor`` stands in the graph now: same node, output number and
    leaf accumulator. In-place writes record from it, so the node they
    record keeps edges to the history before the write."""
    alias = Tensor._make(tensor._data if data is None else data, tensor.dtype)
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
        # A copy of the values: what the op saves for backward is the value
        # before the write, not the overwritten memory.
        source = graph_alias(self, self._data.copy()) if recording and self._requires_grad \
            else self
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
    "__ilshift__": "bitwise_left_shift_", "__irshift__": "bitwise_right_shift_",
}


def install_augmented(tensor_class) -> None:
    for dunder, name in AUGMENTED.items():
        setattr(tensor_class, dunder, augmented(name))
