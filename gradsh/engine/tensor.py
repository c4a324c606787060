"""The Tensor: an array on a device, a dtype, and its place in the autograd graph.

Operations are not written here: every function, method and operator comes
from the op registry (``registry.py``), which installs them on this class.
What lives here is the state a tensor carries and the attributes PyTorch
gives it (``shape``, ``grad``, ``is_leaf``, ``data``, ...).
"""
from __future__ import annotations

import warnings

import numpy as np

from . import autograd, backend, denormals, dtypes, grad_dtypes, hooks, layouts
from .dtypes import DType
from ..journal import JOURNAL

NON_LEAF_GRAD_WARNING = (
    "The .grad attribute of a Tensor that is not a leaf Tensor is being accessed. Its .grad "
    "attribute won't be populated during autograd.backward(). If you indeed want the .grad field "
    "to be populated for a non-leaf Tensor, use .retain_grad() on the non-leaf Tensor. If you "
    "access the non-leaf Tensor by mistake, make sure you access the leaf Tensor instead. See "
    "github.com/pytorch/pytorch/pull/30531 for more information."
)


class VersionCounter:
    """Shared by a tensor and its views; bumped by every in-place write."""

    __slots__ = ("value",)

    def __init__(self):
        self.value = 0


class Size(tuple):
    """``torch.Size``: a tuple of ints printed as ``torch.Size([2, 3])``."""

    __gradsh_attrs__ = frozenset({"numel", "count", "index"})

    def __repr__(self) -> str:
        return f"torch.Size([{', '.join(str(n) for n in self)}])"

    __str__ = __repr__

    def numel(self) -> int:
        count = 1
        for n in self:
            count *= n
        return count

    def __getitem__(self, item):
        result = tuple.__getitem__(self, item)
        return Size(result) if isinstance(item, slice) else result


class Tensor:
    """A gradsh tensor (``torch.Tensor``)."""

    __slots__ = ("_data", "dtype", "_requires_grad", "_grad", "grad_fn", "_output_nr",
                 "_version", "_base", "_retains_grad", "_accumulator", "_hooks", "_grad_dtype",
                 "__weakref__")

    # Attributes the language may read (methods are added by the registry)
    # and the ones it may assign.
    __gradsh_attrs__ = frozenset({
        "shape", "dtype", "device", "requires_grad", "grad", "grad_fn", "is_leaf", "data",
        "ndim", "T", "mT", "is_cuda", "itemsize", "nbytes", "layout", "names", "is_sparse",
        "grad_dtype",
    })
    __gradsh_settable__ = frozenset({"requires_grad", "grad", "data", "grad_dtype"})
    # True on the sparse tensors (engine/sparse/), whose _data is no array.
    _sparse_layout = False

    def __init__(self, *args, device=None):
        """``torch.Tensor(data)`` or ``torch.Tensor(2, 3)``: the legacy float constructor.

        The engine itself builds tensors with ``Tensor._make``.
        """
        from .namespace import legacy_construct  # noqa: PLC0415

        made = legacy_construct(dtypes.get_default_dtype(), args, device)
        for slot in Tensor.__slots__[:-1]:
            setattr(self, slot, getattr(made, slot))

    @classmethod
    def _make(cls, data, dtype: DType, base: "Tensor | None" = None) -> "Tensor":
        """A new tensor over ``data`` (already of ``dtype``'s storage type).

        With ``base``, the new tensor is a view: it shares the base's version
        counter, so in-place writes through either are seen by autograd.
        """
        if denormals.FLUSH[0]:  # torch.set_flush_denormal(True) (engine/denormals.py)
            data = denormals.flush(data)
        tensor = cls.__new__(cls)
        tensor._data = data
        tensor.dtype = dtype
        tensor._requires_grad = False
        tensor._grad = None
        tensor.grad_fn = None
        tensor._output_nr = 0
        tensor._retains_grad = False
        tensor._accumulator = None
        tensor._hooks = None  # autograd hooks (hooks.py), None while there are none
        tensor._grad_dtype = grad_dtypes.SAME
        if base is None:
            tensor._version = VersionCounter()
            tensor._base = None
        else:
            tensor._version = base._version
            tensor._base = base._base if base._base is not None else base
        return tensor

    @staticmethod
    def zeros_on(shape, dtype: DType, device) -> "Tensor":
        xp = backend.array_module(device)
        return Tensor._make(xp.zeros(tuple(shape), dtype=dtype.np), dtype)

    # ------------------------------------------------------------ properties
    @property
    def _xp(self):
        return backend.xp_of(self._data)

    @property
    def shape(self) -> Size:
        return Size(self._data.shape)

    @property
    def ndim(self) -> int:
        return self._data.ndim

    @property
    def device(self):
        return backend.device_of(self._data)

    @property
    def is_cuda(self) -> bool:
        return self.device.type == "cuda"

    @property
    def itemsize(self) -> int:
        return self.dtype.itemsize

    @property
    def nbytes(self) -> int:
        return int(self._data.nbytes)

    @property
    def layout(self) -> layouts.Layout:
        return layouts.strided

    @property
    def is_sparse(self) -> bool:
        return False

    @property
    def names(self) -> tuple:
        return (None,) * self.ndim

    @property
    def is_leaf(self) -> bool:
        return self.grad_fn is None

    @property
    def requires_grad(self) -> bool:
        return self._requires_grad

    @requires_grad.setter
    def requires_grad(self, flag) -> None:
        flag = bool(flag)
        if self.grad_fn is not None and not flag:
            raise RuntimeError(
                "you can only change requires_grad flags of leaf variables. If you want to use a "
                "computed variable in a subgraph that doesn't require differentiation use "
                "var_no_grad = var.detach().")
        if flag and not self.dtype.differentiable:
            raise RuntimeError(
                "only Tensors of floating point and complex dtype can require gradients")
        if JOURNAL[0] is not None:
            JOURNAL[0].tensor(self)
        self._requires_grad = flag

    @property
    def grad(self):
        if self.grad_fn is not None and not self._retains_grad:
            warnings.warn(NON_LEAF_GRAD_WARNING, UserWarning, stacklevel=2)
        return self._grad

    @grad.setter
    def grad(self, value) -> None:
        if value is not None:
            if not isinstance(value, Tensor):
                raise TypeError(f"assigned grad expected to be a Tensor or None but got grad "
                                f"of type {type(value).__name__}")
            grad_dtypes.check_assigned(self, value)
            if value.device != self.device:
                raise RuntimeError("assigned grad has data located on a different device")
        if JOURNAL[0] is not None:
            JOURNAL[0].tensor(self)
        self._grad = value

    @property
    def grad_dtype(self):
        """The dtype ``.grad`` may have (None: any); leaves only (engine/grad_dtypes.py)."""
        return grad_dtypes.get(self)

    @grad_dtype.setter
    def grad_dtype(self, value) -> None:
        if JOURNAL[0] is not None:
            JOURNAL[0].tensor(self)
        grad_dtypes.set_(self, value)

    @property
    def data(self) -> "Tensor":
        """The same storage without history (changes to it bump no version)."""
        view = Tensor._make(self._data, self.dtype)
        return view

    @data.setter
    def data(self, value) -> None:
        if not isinstance(value, Tensor):
            raise TypeError(f"data must be a Tensor, not {type(value).__name__}")
        if value._sparse_layout is not self._sparse_layout:
            raise RuntimeError("Attempted to call `variable.set_data(tensor)`, but `variable` and "
                               "`tensor` have incompatible tensor type.")
        if JOURNAL[0] is not None:
            JOURNAL[0].tensor(self)
        self._data = value._data
        self.dtype = value.dtype

    # -------------------------------------------------------- Python protocol
    def __repr__(self) -> str:
        from . import printing  # noqa: PLC0415

        device = self.device
        return printing.format_tensor(
            backend.to_host(self._data), self.dtype,
            device=None if device.type == "cpu" else str(device),
            requires_grad=self._requires_grad and self.grad_fn is None,
            grad_fn=self.grad_fn._name if self.grad_fn is not None else None)

    __str__ = __repr__
    __hash__ = object.__hash__

    def __format__(self, format_spec: str) -> str:
        """As PyTorch: a 0-d tensor formats its item, others only with an empty spec."""
        if self.ndim == 0:
            return format(self.item(), format_spec)
        return object.__format__(self, format_spec)

    def __bool__(self) -> bool:
        if self._data.size != 1:
            values = "no values" if self._data.size == 0 else "more than one value"
            raise RuntimeError(f"Boolean value of Tensor with {values} is ambiguous")
        return bool(self._data.reshape(())[()])

    def __len__(self) -> int:
        if self._data.ndim == 0:
            raise TypeError("len() of a 0-d tensor")
        return self._data.shape[0]

    def __iter__(self):
        if self._data.ndim == 0:
            raise TypeError("iteration over a 0-d tensor")
        return iter(self.unbind(0))

    def __index__(self) -> int:
        if self.dtype.differentiable or self._data.size != 1:
            raise TypeError("only integer tensors of a single element can be converted to an index")
        return int(self._data.reshape(())[()])

    def _python_scalar(self):
        if self._data.size != 1:
            raise ValueError("only one element tensors can be converted to Python scalars")
        return self.item()

    def __int__(self) -> int:
        return int(self._python_scalar())

    def __float__(self) -> float:
        return float(self._python_scalar())

    def __complex__(self) -> complex:
        return complex(self._python_scalar())

    def __array__(self, dtype=None, copy=None):
        array = backend.to_host(self._data)
        return array if dtype is None else array.astype(dtype)

    def __reduce__(self):
        raise TypeError("gradsh tensors cannot be pickled")

    # ------------------------------------------------------------- autograd
    def backward(self, gradient=None, retain_graph=None, create_graph=False, inputs=None):
        """Compute the gradient of this tensor with respect to the leaves."""
        if inputs is not None:
            raise RuntimeError("backward(inputs=...) is not supported by gradsh yet")
        autograd.run_backward([self], [gradient], retain_graph=retain_graph,
                              create_graph=create_graph)

    def retain_grad(self) -> None:
        if not self._requires_grad:
            raise RuntimeError("can't retain_grad on Tensor that has requires_grad=False")
        if self.grad_fn is not None and not self._retains_grad:
            import weakref  # noqa: PLC0415

            node = self.grad_fn
            if type(node._retained) is not dict:  # the class's shared empty one
                node._retained = {}
            node._retained[self._output_nr] = weakref.ref(self)
        if JOURNAL[0] is not None:
            JOURNAL[0].tensor(self)
        self._retains_grad = True

    def register_hook(self, hook):
        """``hook(grad)`` runs when this tensor's gradient is computed; it may
        return a replacement. Returns a handle whose ``remove()`` undoes it."""
        return hooks.register_tensor_hook(self, hook)

    def register_post_accumulate_grad_hook(self, hook):
        """``hook(tensor)`` runs after a leaf's ``.grad`` was updated."""
        return hooks.register_post_accumulate_grad_hook(self, hook)

    @property
    def retains_grad(self) -> bool:
        return self._retains_grad and self.grad_fn is not None

    def detach(self) -> "Tensor":
        """A tensor sharing this storage and its version counter, cut from the
        graph: not a differentiable view, so writes through it are not
        recorded (as PyTorch's detach)."""
        detached = Tensor._make(self._data, self.dtype)
        detached._version = self._version
        return detached

    def detach_(self) -> "Tensor":
        if JOURNAL[0] is not None:
            JOURNAL[0].tensor(self)
        self.grad_fn = None
        self._requires_grad = False
        return self

    def requires_grad_(self, requires_grad: bool = True) -> "Tensor":
        if requires_grad and not self.dtype.differentiable:
            raise RuntimeError("only Tensors of floating point dtype can require gradients")
        self.requires_grad = requires_grad
        return self

    def _bump(self) -> None:
        """Record an in-place write (autograd checks saved versions)."""
        self._version.value += 1
        if denormals.FLUSH[0]:  # what was written, flushed like a new result
            denormals.flush(self._data)

    def _check_inplace(self, value_requires_grad: bool = False) -> None:
        """PyTorch's checks before an in-place write, while grad mode is on:
        a leaf that requires grad refuses in-place writes, and so does a view
        of one. (A write through a view of a non-leaf is recorded: the base's
        history is rebased, see ``ops.inplace.rebase_view``.)"""
        if not autograd.is_grad_enabled():
            return
        if self._requires_grad and self.grad_fn is None:
            raise RuntimeError(
                "a leaf Variable that requires grad is being used in an in-place operation.")
        base = self._base
        if base is not None and base._requires_grad and base.grad_fn is None and (
                self._requires_grad or value_requires_grad):
            raise RuntimeError("a view of a leaf Variable that requires grad is being used in an "
                               "in-place operation.")


Tensor.__gradsh_attrs__ = Tensor.__gradsh_attrs__ | {
    "backward", "retain_grad", "retains_grad", "detach", "detach_", "requires_grad_",
    "register_hook", "register_post_accumulate_grad_hook"}


def wrap(array, dtype: DType) -> Tensor:
    """A fresh tensor over ``array``, converted to ``dtype``'s storage type if needed."""
    if array.dtype != dtype.np:
        array = array.astype(dtype.np)
    return Tensor._make(array, dtype)


def scalar_array(value, dtype: DType, like) -> object:
    """A Python scalar as a 0-d array of ``dtype`` on the device of ``like``."""
    xp = backend.xp_of(like)
    return xp.asarray(value, dtype=dtype.np)


def default_float() -> DType:
    return dtypes.get_default_dtype()


autograd.Tensor, autograd.Size = Tensor, Size  # for autograd's fast isinstance tests
# type(x) prints as PyTorch's classes: <class 'torch.Tensor'>, <class 'torch.Size'>.
Tensor.__module__ = Size.__module__ = "torch"

__all__ = ["Tensor", "Size", "wrap", "VersionCounter", "NON_LEAF_GRAD_WARNING", "np"]
