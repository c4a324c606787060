"""The methods of a quantized tensor: the ones PyTorch's QuantizedCPU backend
has, and PyTorch's errors for the rest.

A QTensor's storage is its integer representation, so shape queries
(``numel``, ``size``, ``stride``, ...) work unchanged. Ops that only move
elements (views, indexing, ``clone``) run on the integers as a plain tensor
and the result gets the quantizer back; ``relu``, ``max`` and ``min`` work on
the integers too (the affine map is increasing). Every other registry method
and operator raises what PyTorch raises: NotImplementedError for an operator
without a QuantizedCPU kernel (``aten::NAME.out``; the backend list PyTorch
appends is left out), RuntimeError for arithmetic with a Python number, and
for a conversion to a non-quantized dtype.
"""
from __future__ import annotations

import numpy as np

from . import dtypes, registry
from .quantized import QTensor, like, not_supported
from .tensor import Tensor

# Moves elements only: run on the integer representation, requantize nothing.
_MOVES = ("reshape", "view", "flatten", "unsqueeze", "squeeze", "t", "transpose", "permute",
          "expand", "flip", "narrow", "select", "unbind", "chunk", "split", "repeat",
          "index_select", "__getitem__", "view_as", "reshape_as", "expand_as", "movedim",
          "swapaxes", "swapdims", "ravel", "unflatten")
_SAME_SHAPE = ("clone", "contiguous", "detach")
# Read only shape, strides or dtype: the inherited methods are right as they are.
_QUERIES = {"numel", "nelement", "dim", "ndimension", "size", "element_size", "stride",
            "storage_offset", "is_contiguous", "is_floating_point", "is_complex",
            "requires_grad_", "retain_grad", "detach_", "get_device", "is_nonzero",
            "dequantize", "int_repr", "q_scale", "q_zero_point", "q_per_channel_scales",
            "q_per_channel_zero_points", "q_per_channel_axis", "qscheme", "is_inference",
            "is_same_size", "data_ptr", "untyped_storage", "is_pinned", "is_shared",
            "register_hook", "backward", "type"}
_CONVERSIONS = ("float", "double", "half", "bfloat16", "int", "long", "short", "char", "byte",
                "bool", "cfloat", "cdouble")
_CREATION = "Creation of quantized tensor requires quantized dtype like torch.quint8"
_EMPTY_STRIDED = ("empty_strided not supported on quantized tensors yet see "
                  "https://github.com/pytorch/pytorch/issues/74540")
# PyTorch's kernel name where it is not NAME.out
_ATEN_NAMES = {"sum": "sum.IntList_out", "matmul": "dot", "dot": "dot", "zero_": "zero_",
               "softmax": "_softmax.out", "log_softmax": "_log_softmax.out",
               "pow": "pow.Tensor_Scalar_out", "new_zeros": "zero_", "zero": "zero_"}
_SCALAR_ARITHMETIC = {"add", "sub", "mul", "div", "true_divide", "multiply", "subtract",
                      "divide", "rsub"}
_DUNDER_OPS = {"__add__": "add", "__radd__": "add", "__sub__": "sub", "__rsub__": "sub",
               "__mul__": "mul", "__rmul__": "mul", "__truediv__": "div",
               "__rtruediv__": "div", "__neg__": "neg", "__abs__": "abs", "__pow__": "pow",
               "__matmul__": "matmul", "__floordiv__": "floor_divide", "__mod__": "remainder",
               "__invert__": "bitwise_not", "__and__": "bitwise_and", "__or__": "bitwise_or",
               "__xor__": "bitwise_xor", "__lt__": "lt", "__le__": "le", "__gt__": "gt",
               "__ge__": "ge"}


def _plain(tensor: QTensor) -> Tensor:
    """The integer representation as a plain tensor (shares the storage)."""
    return Tensor._make(tensor._data, dtypes.from_numpy_dtype(tensor._data.dtype))


def _rewrap(source: QTensor, value):
    if isinstance(value, Tensor):
        return like(source, value._data)
    if isinstance(value, (tuple, list)):
        return type(value)(_rewrap(source, item) for item in value)
    return value


def _moving(name: str, per_channel_ok: bool):
    method = getattr(Tensor, name)

    def moved(self, *args, **kwargs):
        if self._quantizer.axis is not None and not per_channel_ok:
            raise NotImplementedError(f"gradsh: {name} of a per-channel quantized tensor is not "
                                      "supported")
        return _rewrap(self, method(_plain(self), *args, **kwargs))

    moved.__name__ = name
    return moved


def _refusing(name: str):
    aten = _ATEN_NAMES.get(name, f"{name}.out")

    def refuse(self, *args, **kwargs):
        other = args[0] if args else kwargs.get("other")
        if name in _SCALAR_ARITHMETIC and isinstance(other, (int, float, bool)):
            raise RuntimeError(_EMPTY_STRIDED)
        raise not_supported(aten)

    refuse.__name__ = name
    return refuse


def _converting(name: str):
    def convert(self, *args, **kwargs):
        raise RuntimeError(_CREATION)

    convert.__name__ = name
    return convert


def relu(self):
    return like(self, np.maximum(self._data, self._zero_points()).astype(self._data.dtype))


def _zero_points(self):
    return self._quantizer.along(self._data.ndim)[1]


def _extreme(name: str):
    method = getattr(Tensor, name)

    def extreme(self, *args, **kwargs):
        if args or kwargs:
            raise not_supported(f"{name}.dim_max" if name == "max" else f"{name}.dim_min")
        return like(self, method(_plain(self))._data)

    extreme.__name__ = name
    return extreme


def item(self):
    if self._data.size != 1:
        raise RuntimeError(f"a Tensor with {self._data.size} elements cannot be converted to "
                           "Scalar")
    return float(self._values_array().reshape(()))


def tolist(self):
    raise RuntimeError("load_scalar: invalid type")


def numpy(self, *, force=False):
    raise TypeError(f"Got unsupported ScalarType {self.dtype.short}")


def to(self, *args, **kwargs):
    target = kwargs.get("dtype")
    for value in args:
        if isinstance(value, dtypes.DType):
            target = value
    if target is not None and target is not self.dtype:
        raise RuntimeError(_CREATION)
    return self


def type_(self, dtype=None, non_blocking=False):
    if dtype is None:
        return f"torch.quantized.{self.dtype.legacy}"
    if dtype is self.dtype:
        return self
    raise RuntimeError(_CREATION)


def cpu(self, *args, **kwargs):
    return self


def _equal(self, other):
    if isinstance(other, QTensor):
        return Tensor._make(self._values_array() == other._values_array(), dtypes.bool_)
    raise not_supported("eq.Tensor_out" if isinstance(other, Tensor) else "eq.Scalar_out")


def _not_equal(self, other):
    return Tensor._make(~_equal(self, other)._data, dtypes.bool_)


def __bool__(self):
    if self._data.size != 1:
        return Tensor.__bool__(self)
    return bool(self._values_array().reshape(())[()])


def install(cls) -> None:
    """Put the quantized methods on ``cls`` (QTensor), refusals included."""
    for name in registry.method_names() | set(_DUNDER_OPS.values()):
        if name in _QUERIES or not hasattr(Tensor, name):
            continue
        setattr(cls, name, _refusing(name))
    for dunder, name in _DUNDER_OPS.items():
        if hasattr(Tensor, dunder):
            setattr(cls, dunder, _refusing(name))
    for name in _MOVES:
        if hasattr(Tensor, name):
            setattr(cls, name, _moving(name, False))
    for name in _SAME_SHAPE:
        setattr(cls, name, _moving(name, True))
    for name in _CONVERSIONS:
        if hasattr(Tensor, name):
            setattr(cls, name, _converting(name))
    cls._zero_points = _zero_points
    cls.relu = relu
    cls.max, cls.min = _extreme("max"), _extreme("min")
    cls.item, cls.tolist, cls.numpy, cls.to, cls.type, cls.cpu = item, tolist, numpy, to, \
        type_, cpu
    cls.__eq__, cls.__ne__, cls.__bool__ = _equal, _not_equal, __bool__
    cls.__hash__ = Tensor.__hash__
    cls.__iter__ = lambda self: iter(self.unbind(0))
