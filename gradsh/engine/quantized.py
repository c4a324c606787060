"""Quantized tensors: an integer representation plus its quantizer.

A quantized tensor is a :class:`QTensor`, a Tensor whose ``_qdata`` holds the
integer representation (``int_repr``: uint8 for quint8, int8 for qint8,
int32 for qint32) and whose ``_quantizer`` holds the affine map back to
real numbers, per tensor (scale, zero_point) or per channel (scales,
zero_points, axis). Its ``_data`` is a :class:`QuantizedData`, which answers
the shape questions generic code asks and raises PyTorch's
``Could not run 'aten::OP' with arguments from the 'QuantizedCPU' backend``
on any computation, so no op meant for plain tensors ever runs on the
integers (only the quantized methods, which read ``_qdata``, do). The
arithmetic is ATen's, checked against PyTorch 2.13 bit for bit (see docs/quantized.md):

* quantize (quint8/qint8, FBGEMM's AVX2 kernel): ``nearbyint(fma(x, 1/scale,
  zero_point))`` in float32, clamped to the type's range;
* quantize (qint32, and every per-channel quantization): ``nearbyint(zero_point +
  x * (1/scale))``, two float32 roundings;
* dequantize: ``(q - zero_point) * scale`` in float32.

This module is imported the first time a quantized tensor is made
(``ops/quantize.py`` declares the ops); plain tensors never reach it.
"""
from __future__ import annotations

import numpy as np

from . import backend, dtypes, printing
from .ops.quantize import QSCHEMES, QScheme
from .tensor import Size, Tensor
from .warn_once import warn_once

DEPRECATION = (
    "torch.quantize_per_tensor, torch.quantize_per_channel and other quantized tensor creation "
    "functions that produce tensors with dtype torch.quint8, torch.qint8, and torch.qint32 are "
    "deprecated and will be removed in a future PyTorch release. Please see "
    "https://github.com/pytorch/pytorch/issues/184982 for more information. (Triggered "
    "internally at /__w/pytorch/pytorch/aten/src/ATen/quantized/Quantizer.cpp:111.)")

_NO_BACKEND = ("Could not run '{op}' with arguments from the '{backend}' backend. This could "
               "be because the operator doesn't exist for this backend, or was omitted during "
               "the selective/custom build process (if using custom build). If you are a "
               "Facebook employee using PyTorch on mobile, please visit "
               "https://fburl.com/ptmfixes for possible resolutions. '{op}' is only available "
               "for these backends: [{backends}].")
# The dispatch keys PyTorch 2.13 (CPU build) lists after an operator's own backends.
_DISPATCH_TAIL = (
    "BackendSelect, Python, FuncTorchDynamicLayerBackMode, Functionalize, Conjugate, Negative, "
    "ZeroTensor, ADInplaceOrView, AutogradOther, AutogradCPU, AutogradCUDA, AutogradHIP, "
    "AutogradXLA, AutogradMPS, AutogradIPU, AutogradXPU, AutogradHPU, AutogradVE, AutogradLazy, "
    "AutogradMTIA, AutogradMAIA, AutogradPrivateUse1, AutogradPrivateUse2, AutogradPrivateUse3, "
    "AutogradMeta, AutogradNestedTensor, Tracer, AutocastCPU, AutocastMTIA, AutocastMAIA, "
    "AutocastXPU, AutocastMPS, AutocastCUDA, FuncTorchBatched, BatchedNestedTensor, "
    "FuncTorchVmapMode, Batched, VmapMode, FuncTorchGradWrapper, PythonTLSSnapshot, "
    "FuncTorchDynamicLayerFrontMode, PreDispatch, PythonDispatcher")
_SPARSE_UNARY = "CPU, Meta, SparseCPU, SparseCsrCPU, SparseCsrMeta, "
# An operator's own backends where they are not "CPU, Meta" (dense kernels only).
_OWN_BACKENDS = {
    "add.out": "CPU, Meta, MkldnnCPU, SparseCPU, SparseMeta, SparseCsrCPU, SparseCsrMeta, ",
    "mul.out": "CPU, Meta, MkldnnCPU, SparseCPU, SparseCsrCPU, SparseCsrMeta, ",
    **{f"{name}.out": "CPU, Meta, SparseCPU, " for name in ("div", "sub")},
    "pow.Tensor_Scalar_out": "CPU, Meta, SparseCPU, ",
    "where.self": "CPU, Meta, NestedTensorCPU, NestedTensorHPU, ",
    "zero_": "CPU, Meta, MkldnnCPU, SparseCPU, SparseMeta, SparseCsrCPU, SparseCsrMeta, "
             "NestedTensorCPU, NestedTensorHPU, ",
    "floor_divide": "CPU, Meta, SparseCPU, ",
    **{f"{name}.out": _SPARSE_UNARY for name in (
        "abs", "neg", "sqrt", "round", "sin", "sign", "floor", "ceil", "trunc", "tan", "asin",
        "atan", "sinh", "asinh", "atanh", "expm1", "log1p", "sgn", "frac", "erf", "erfinv",
        "rad2deg", "deg2rad", "signbit", "nan_to_num")},
}


# PyTorch's kernel name where it is not NAME.out
ATEN_NAMES = {"sum": "sum.IntList_out", "matmul": "dot", "dot": "dot", "zero_": "zero_",
              "softmax": "_softmax.out", "log_softmax": "_log_softmax.out",
              "pow": "pow.Tensor_Scalar_out", "new_zeros": "zero_", "zero": "zero_",
              "zeros_like": "zero_", "where": "where.self", "mm": "mm.out", "linear": "mm.out",
              "isnan": "isnan", "roll": "roll", "trace": "trace", "nonzero": "nonzero",
              "masked_select": "masked_select", "take": "take", "prod": "prod",
              "floor_divide": "floor_divide", "hardswish": "hardswish",
              "bitwise_and": "bitwise_and.Tensor_out", "bitwise_or": "bitwise_or.Tensor_out",
              "bitwise_xor": "bitwise_xor.Tensor_out", "any": "any.all_out",
              "all": "all.all_out", "var": "var.correction", "celu": "elu.out",
              "lerp": "lerp.Scalar_out", "bernoulli": "bernoulli_.float",
              "dropout": "bernoulli_.float"}


def aten_name(name: str) -> str:
    """PyTorch's overload for the registry op ``name`` (``exp`` -> ``exp.out``)."""
    if "." in name or name.endswith("_") or name.startswith("<"):
        return name
    return ATEN_NAMES.get(name, f"{name}.out")


def not_supported(op: str, backend: str = "QuantizedCPU") -> NotImplementedError:
    """PyTorch's error for an operator without a kernel for ``backend`` (its first line;
    ``op`` is the overload, ``sum.IntList_out``). A quantized-only operator called
    with a plain tensor (backend 'CPU') lists Meta and QuantizedCPU."""
    own = "Meta, QuantizedCPU, " if backend == "CPU" else _OWN_BACKENDS.get(op, "CPU, Meta, ")
    name = f"aten::{op}"
    return NotImplementedError(_NO_BACKEND.format(op=name, backend=backend,
                                                  backends=own + _DISPATCH_TAIL))


# ----------------------------------------------------------------- kernels
def _range(dtype) -> tuple[int, int]:
    info = np.iinfo(dtype.np)
    return int(info.min), int(info.max)


def quantize_array(x: np.ndarray, scale, zero_point, dtype, fused: bool = True) -> np.ndarray:
    """float32 values to the integer representation of ``dtype``.

    ``scale`` and ``zero_point`` broadcast against ``x`` (per channel they
    are shaped along the axis). ``fused=False`` is the per-channel kernel,
    which rounds the product before adding the zero point for every dtype.
    """
    x = np.asarray(x, dtype=np.float32)
    inverse = (np.float32(1.0) / np.asarray(scale, dtype=np.float32)).astype(np.float32)
    zp = np.asarray(zero_point, dtype=np.float32)
    if fused and dtype.np.itemsize == 1:
        # FBGEMM's AVX2 kernel: _mm256_fmadd_ps(x, inverse_scale, zero_point),
        # one rounding (float64 holds the product exactly).
        transformed = (x.astype(np.float64) * inverse + zp).astype(np.float32)
    else:
        transformed = (x * inverse).astype(np.float32) + zp
    rounded = np.rint(transformed).astype(np.float64)  # float32 cannot hold 2**31 - 1
    low, high = _range(dtype)
    with np.errstate(invalid="ignore"):
        clipped = np.clip(rounded, low, high)
    # NaN: FBGEMM's AVX2 min/max give the highest value, ATen's int32 cast the lowest.
    clipped = np.where(np.isnan(clipped), high if dtype.np.itemsize == 1 else low, clipped)
    return clipped.astype(dtype.np)


def dequantize_array(q: np.ndarray, scale, zero_point) -> np.ndarray:
    """The float32 values of an integer representation: (q - zero_point) * scale."""
    values = q.astype(np.float32) - np.asarray(zero_point, dtype=np.float32)
    return (values * np.asarray(scale, dtype=np.float32)).astype(np.float32)


class QuantizedData:
    """What ``_data`` is on a quantized tensor: the integers' shape, and PyTorch's
    NotImplementedError (naming the op that runs) for anything else, so an op
    for plain tensors never computes on the integer representation."""

    __slots__ = ("shape", "dtype", "size", "nbytes")
    base = None
    ndim = property(lambda self: len(self.shape))
    __gradsh_attrs__ = frozenset()

    def __init__(self, ints: np.ndarray):
        self.shape, self.dtype, self.size, self.nbytes = ints.shape, ints.dtype, ints.size, \
            ints.nbytes

    def _refuse(self, *args, **kwargs):
        from .sparse.data import _calling_op  # noqa: PLC0415 - the frame walk sparse uses

        raise not_supported(aten_name(_calling_op()))

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        self._refuse()

    __array__ = __array_ufunc__ = __array_function__ = _refuse
    __getitem__ = __setitem__ = __iter__ = __len__ = __float__ = __int__ = __bool__ = _refuse
    __add__ = __radd__ = __sub__ = __rsub__ = __mul__ = __rmul__ = __truediv__ = _refuse
    __rtruediv__ = __matmul__ = __rmatmul__ = __neg__ = __pow__ = __rpow__ = _refuse
    __lt__ = __le__ = __gt__ = __ge__ = __eq__ = __ne__ = __abs__ = __invert__ = _refuse
    __and__ = __or__ = __xor__ = __mod__ = __floordiv__ = _refuse
    __iadd__ = __isub__ = __imul__ = __itruediv__ = _refuse
    __hash__ = object.__hash__


class Quantizer:
    """Per tensor: ``scale`` (a Python float) and ``zero_point`` (an int), axis None.
    Per channel: ``scale`` a float64 array and ``zero_point`` an int64 array
    along ``axis``."""

    __slots__ = ("scale", "zero_point", "axis")

    def __init__(self, scale, zero_point, axis=None):
        self.scale, self.zero_point, self.axis = scale, zero_point, axis

    @property
    def qscheme(self) -> QScheme:
        return QSCHEMES["per_tensor_affine" if self.axis is None else "per_channel_affine"]

    def along(self, ndim: int):
        """scale and zero_point shaped to broadcast against a tensor of ``ndim`` dims."""
        if self.axis is None:
            return self.scale, self.zero_point
        shape = [1] * ndim
        shape[self.axis] = -1
        return self.scale.reshape(shape), self.zero_point.reshape(shape)


# ---------------------------------------------------------------- QTensor
class QTensor(Tensor):
    """A quantized tensor (``x.is_quantized``); ``type(x)`` prints as torch.Tensor."""

    __slots__ = ("_quantizer", "_qdata")

    @property
    def is_quantized(self) -> bool:
        return True

    @property
    def device(self):
        return backend.CPU

    @property
    def data(self) -> "QTensor":
        return like(self, self._qdata)

    @data.setter
    def data(self, value) -> None:
        raise RuntimeError("gradsh: assigning .data of a quantized tensor is not supported")

    def _set_ints(self, ints: np.ndarray) -> None:
        self._qdata, self._data = ints, QuantizedData(ints)

    def _values_array(self) -> np.ndarray:
        """The dequantized float32 array."""
        scale, zero_point = self._quantizer.along(self._qdata.ndim)
        return dequantize_array(self._qdata, scale, zero_point)

    def __repr__(self) -> str:
        return format_quantized(self)

    __str__ = __repr__
    __hash__ = Tensor.__hash__

    def __format__(self, format_spec: str) -> str:
        if self.ndim == 0 and format_spec:
            return format(float(self._values_array()), format_spec)
        return object.__format__(self, format_spec)

    def __array__(self, dtype=None, copy=None):
        raise TypeError(f"Got unsupported ScalarType {self.dtype.short}")

    def __reduce__(self):
        raise TypeError("gradsh tensors cannot be pickled")


def make(int_repr: np.ndarray, dtype, quantizer: Quantizer) -> QTensor:
    """A quantized tensor over ``int_repr`` (PyTorch warns once that these are deprecated)."""
    warn_once(DEPRECATION)
    ints = np.asarray(int_repr)
    tensor = QTensor._make(ints, dtype)
    tensor._set_ints(ints)
    tensor._quantizer = quantizer
    return tensor


def like(source: QTensor, int_repr: np.ndarray) -> QTensor:
    """A quantized tensor with ``source``'s dtype and quantizer."""
    return make(int_repr, source.dtype, source._quantizer)


# --------------------------------------------------------------- printing
def format_quantized(tensor: QTensor) -> str:
    """PyTorch's repr of a quantized tensor (torch/_tensor_str.py, ``is_quantized``)."""
    opts = printing.options
    prefix = "tensor("
    indent = len(prefix)
    quantizer = tensor._quantizer
    suffixes = [f"size={tuple(tensor.shape)}", f"dtype={tensor.dtype!r}",
                f"quantization_scheme={quantizer.qscheme!r}"]
    if quantizer.axis is None:
        suffixes += [f"scale={quantizer.scale!r}", f"zero_point={quantizer.zero_point}"]
    else:
        scales = Tensor._make(quantizer.scale, dtypes.float64)
        zero_points = Tensor._make(quantizer.zero_point, dtypes.int64)
        suffixes += [f"scale={scales!r}", f"zero_point={zero_points!r}",
                     f"axis={quantizer.axis}"]
    values = tensor._values_array()
    body = printing._tensor_str(values, indent, True, opts)
    return printing._add_suffixes(prefix + body, suffixes, indent, opts.linewidth)


__all__ = ["QTensor", "QuantizedData", "Quantizer", "aten_name", "QScheme", "QSCHEMES", "make",
           "like", "quantize_array", "dequantize_array", "not_supported", "Size"]

# type(x) prints as PyTorch's class.
QTensor.__module__, QTensor.__qualname__, QTensor.__name__ = "torch", "Tensor", "Tensor"

from . import quantized_methods  # noqa: E402 - the methods need QTensor and make()

quantized_methods.install(QTensor)
