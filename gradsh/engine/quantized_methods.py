"""The methods of a quantized tensor: the ones PyTorch's QuantizedCPU backend
has, and PyTorch's errors for the rest.

A QTensor's ``_data`` answers the shape of its integer representation
(``_qdata``), and shape queries (``size``, ``stride``, ...) are asked of the
integers. Ops that only move elements (views, indexing, ``clone``) run on the
integers as a plain tensor and the result gets the quantizer back; ``relu``,
``max`` and ``min`` work on the integers too (the affine map is increasing).
Every other registry method and operator raises what PyTorch raises:
NotImplementedError for an operator without a QuantizedCPU kernel
(``aten::NAME.out``), RuntimeError for arithmetic with a Python number or a
tensor of another dtype, and for a conversion to a non-quantized dtype.

``function_form`` runs the torch.NAME / F.NAME forms that ops/quantize.py's
FUNCTION_FORMS names (``torch.relu``, ``torch.cat``, ``torch.reshape``, ...):
registry.functions sends a quantized input to it. Every other function
reaches the integers through ``_data`` and gets PyTorch's NotImplementedError.
"""
from __future__ import annotations

import warnings

import numpy as np

from . import dtypes, registry
from .quantized import ATEN_NAMES, QTensor, like, not_supported, quantize_array
from .tensor import Tensor

# Moves elements only: run on the integer representation, requantize nothing.
_MOVES = ("reshape", "view", "flatten", "unsqueeze", "squeeze", "t", "transpose", "permute",
          "expand", "flip", "narrow", "select", "unbind", "chunk", "split", "repeat",
          "index_select", "__getitem__", "view_as", "reshape_as", "expand_as", "movedim",
          "swapaxes", "swapdims", "ravel", "unflatten")
_SAME_SHAPE = ("clone", "contiguous", "detach")
# Read the integers' shape or strides: asked of the integer representation.
_ON_INTS = ("numel", "nelement", "dim", "ndimension", "size", "element_size", "stride",
            "storage_offset", "is_contiguous", "is_complex", "get_device")
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
_PROMOTE = ("promoteTypes with quantized numbers is not handled yet; figure out what the "
            "correct rules should be, offending types: {} {}")
_SCALAR_ARITHMETIC = {"add", "sub", "mul", "div", "true_divide", "multiply", "subtract",
                      "divide", "rsub"}
_DUNDER_OPS = {"__add__": "add", "__radd__": "add", "__sub__": "sub", "__rsub__": "sub",
               "__mul__": "mul", "__rmul__": "mul", "__truediv__": "div",
               "__rtruediv__": "div", "__neg__": "neg", "__abs__": "abs", "__pow__": "pow",
               "__matmul__": "matmul", "__floordiv__": "floor_divide", "__mod__": "remainder",
               "__invert__": "bitwise_not", "__and__": "bitwise_and", "__or__": "bitwise_or",
               "__xor__": "bitwise_xor", "__lt__": "lt", "__le__": "le", "__gt__": "gt",
               "__ge__": "ge", "__rmatmul__": "matmul"}
_CAT_QPARAMS = ("All inputs of this cat operator must share the same quantization parameters. "
                "Otherwise large numerical inaccuracies may occur. (Triggered internally at "
                "/__w/pytorch/pytorch/aten/src/ATen/native/quantized/cpu/TensorShape.cpp:167.)")


def _plain(tensor: QTensor) -> Tensor:
    """The integer representation as a plain tensor (shares the storage)."""
    return Tensor._make(tensor._qdata, dtypes.from_numpy_dtype(tensor._qdata.dtype))


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


def _on_ints(name: str):
    method = getattr(Tensor, name)

    def query(self, *args, **kwargs):
        return method(_plain(self), *args, **kwargs)

    query.__name__ = name
    return query


def _transposed(matrix: bool):
    def transposed(self):
        if matrix:
            if self.ndim < 2:
                raise RuntimeError("tensor.mT is only supported on matrices or batches of "
                                   f"matrices. Got {self.ndim}-D tensor.")
            return self.transpose(-2, -1)
        return self if self.ndim < 2 else self.permute(*reversed(range(self.ndim)))

    return property(transposed)


def _like_form(kind: str):
    """torch.zeros_like / ones_like / full_like / empty_like / rand*_like of a
    quantized tensor: a quantized tensor with its quantizer, filled as PyTorch's
    quantized fill_ does (zeros: PyTorch has no quantized zero_)."""

    def like_form(input, *args, dtype=None, **kwargs):
        if dtype is not None and dtype is not input.dtype:
            raise RuntimeError("gradsh: a *_like of a quantized tensor with another dtype is "
                               "not supported")
        if kind == "zeros":
            raise not_supported("zero_")
        if kind in ("rand", "randn", "randint"):
            raise not_supported("uniform_" if kind == "rand" else
                                "normal_" if kind == "randn" else "random_.from")
        _per_tensor_only(input)
        value = 1.0 if kind == "ones" else 0.0 if kind == "empty" else float(
            args[0] if args else kwargs["fill_value"])
        quantizer = input._quantizer
        ints = quantize_array(np.full(input._qdata.shape, value, np.float32), quantizer.scale,
                              quantizer.zero_point, input.dtype)
        return like(input, ints)

    like_form.__name__ = f"{kind}_like"
    return like_form


def _is_nonzero(self):
    if self._qdata.size != 1:
        return Tensor.is_nonzero(_plain(self))
    return bool(self._values_array().reshape(())[()])


def _refusing(name: str, reflected: bool = False):
    aten = ATEN_NAMES.get(name, f"{name}.out")

    def refuse(self, *args, **kwargs):
        other = args[0] if args else kwargs.get("other")
        if name in _SCALAR_ARITHMETIC:
            if isinstance(other, (bool, int)):
                raise RuntimeError(_EMPTY_STRIDED)
            if isinstance(other, (float, complex)):
                kind = "Float" if isinstance(other, float) else "ComplexFloat"
                raise RuntimeError(_PROMOTE.format(self.dtype.short, kind))
            if isinstance(other, Tensor) and other.dtype is not self.dtype:
                first, second = (other, self) if reflected else (self, other)
                raise RuntimeError(_PROMOTE.format(first.dtype.short, second.dtype.short))
        raise not_supported(aten)

    refuse.__name__ = name
    return refuse


def _converting(name: str):
    def convert(self, *args, **kwargs):
        raise RuntimeError(_CREATION)

    convert.__name__ = name
    return convert


def _per_tensor_only(self) -> None:
    if self._quantizer.axis is not None:
        raise RuntimeError("Expected quantizer->qscheme() == kPerTensorAffine to be true, but "
                           "got false.  (Could this error message be improved?  If so, please "
                           "report an enhancement request to PyTorch.)")


def _relu_ints(self) -> np.ndarray:
    _per_tensor_only(self)
    return np.maximum(self._qdata, self._zero_points()).astype(self._qdata.dtype)


def relu(self):
    return like(self, _relu_ints(self))


def relu_(self):
    self._set_ints(_relu_ints(self))
    self._version.value += 1
    return self


def _zero_points(self):
    return self._quantizer.along(self._qdata.ndim)[1]


def _extreme(name: str):
    method = getattr(Tensor, name)

    def extreme(self, *args, **kwargs):
        if args and isinstance(args[0], Tensor) or isinstance(kwargs.get("other"), Tensor):
            raise not_supported("maximum.out" if name == "max" else "minimum.out")
        if args or kwargs:
            raise not_supported(f"{name}.dim_max" if name == "max" else f"{name}.dim_min")
        return like(self, method(_plain(self))._data)

    extreme.__name__ = name
    return extreme


def item(self):
    if self._qdata.size != 1:
        raise RuntimeError(f"a Tensor with {self._qdata.size} elements cannot be converted to "
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
    if self._qdata.size != 1:
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
            setattr(cls, dunder, _refusing(name, reflected=dunder.startswith("__r")))
    for name in _MOVES:
        if hasattr(Tensor, name):
            setattr(cls, name, _moving(name, False))
    for name in _SAME_SHAPE:
        setattr(cls, name, _moving(name, True))
    for name in _CONVERSIONS:
        if hasattr(Tensor, name):
            setattr(cls, name, _converting(name))
    for name in _ON_INTS:
        if hasattr(Tensor, name):
            setattr(cls, name, _on_ints(name))
    cls.T, cls.mT = _transposed(False), _transposed(True)
    cls.is_nonzero = _is_nonzero
    cls.eq, cls.ne = _equal, _not_equal
    cls._zero_points = _zero_points
    cls.relu, cls.relu_ = relu, relu_
    cls.max, cls.min = _extreme("max"), _extreme("min")
    cls.item, cls.tolist, cls.numpy, cls.to, cls.type, cls.cpu = item, tolist, numpy, to, \
        type_, cpu
    cls.__eq__, cls.__ne__, cls.__bool__ = _equal, _not_equal, __bool__
    cls.__hash__ = Tensor.__hash__
    cls.__iter__ = lambda self: iter(self.unbind(0))


# ------------------------------------------------------- torch.NAME forms
def _join(kind: str):
    """PyTorch's quantized cat (stack is cat of unsqueezed tensors): per tensor
    only; the result has the first tensor's scale and zero point, the others
    are requantized to them."""

    def join(tensors, dim=0, *, out=None):
        from .ops import join as plain  # noqa: PLC0415

        tensors = list(tensors) if isinstance(tensors, (list, tuple)) else tensors
        if not isinstance(tensors, list) or not tensors:
            return getattr(plain, kind)(tensors, dim)  # PyTorch's errors
        if not all(isinstance(t, Tensor) for t in tensors):
            return getattr(plain, kind)(tensors, dim)  # PyTorch's TypeError
        if out is not None or not all(isinstance(t, QTensor) for t in tensors):
            raise not_supported("qscheme", "CPU")
        first = tensors[0]
        if any(t._quantizer.axis is not None for t in tensors):
            raise RuntimeError("Only per-tensor quantization is supported in 'cat'!")
        scale, zero_point = first._quantizer.scale, first._quantizer.zero_point
        if any(t._quantizer.scale != scale or t._quantizer.zero_point != zero_point
               or t.dtype is not first.dtype for t in tensors):
            warnings.warn(_CAT_QPARAMS, UserWarning, stacklevel=2)
        if any(t.dtype is not first.dtype for t in tensors):
            raise RuntimeError("All dtypes must be the same.")
        parts = []
        for t in tensors:
            if t._quantizer.scale == scale and t._quantizer.zero_point == zero_point:
                parts.append(_plain(t))
            else:
                ints = quantize_array(t._values_array(), scale, zero_point, first.dtype)
                parts.append(Tensor._make(ints, dtypes.from_numpy_dtype(ints.dtype)))
        joined = getattr(plain, kind)(parts, dim)
        return like(first, joined._data)

    join.__name__ = kind
    return join


def _method_form(name: str):
    def function(*args, **kwargs):
        if args:
            input, args = args[0], args[1:]
        else:
            input = kwargs.pop("input")
        return getattr(input, name)(*args, **kwargs)

    function.__name__ = name
    return function


def _functional_relu(input, inplace=False):
    return input.relu_() if inplace else input.relu()


# The forms other than the method's (ops/quantize.py FUNCTION_FORMS names them all).
FUNCTIONS = {"cat": _join("cat"), "concat": _join("cat"), "concatenate": _join("cat"),
             "stack": _join("stack"),
             **{f"{kind}_like": _like_form(kind) for kind in (
                 "zeros", "ones", "full", "empty", "rand", "randn", "randint")}}
F_FUNCTIONS = {"relu": _functional_relu}


def function_form(namespace: str, name: str, args: tuple, kwargs: dict):
    """torch.NAME (or F.NAME) called with a quantized tensor: the quantized kernel,
    or the method's refusal (``torch.add(t, q)``: the refusal of ``t + q``)."""
    if len(args) > 1 and name in _SCALAR_ARITHMETIC and not isinstance(args[0], QTensor):
        return _refusing(name, reflected=True)(args[1], args[0])
    function = (F_FUNCTIONS if namespace == "F" else FUNCTIONS).get(name) or \
        FUNCTIONS.get(name) or _method_form(name)
    return function(*args, **kwargs)
