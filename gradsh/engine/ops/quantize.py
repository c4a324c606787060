"""Quantization: quantize_per_tensor/_channel/_dynamic, dequantize, the q_* accessors
and fake quantization (docs/quantized.md).

The quantized dtypes (quint8, qint8, qint32, quint4x2) are declared here and
join the dtype table's names; the quantized tensor itself (``QTensor``) and
ATen's rounding live in ``engine/quantized.py``, imported the first time a
quantized tensor is made. fake_quantize_* are ordinary float ops whose
backward is the straight-through estimator: the gradient where the value
was inside [quant_min, quant_max] before clamping, zero elsewhere.
"""
from __future__ import annotations

import numpy as np

from .. import dtypes
from ..autograd import record
from ..dtypes import DType
from ..registry import op
from ..tensor import Tensor

QUANTIZED = -1  # the dtype category of quantized types: below bool, never promoted

quint8 = DType("quint8", "uint8", QUANTIZED, "QUInt8Tensor", "QUInt8")
qint8 = DType("qint8", "int8", QUANTIZED, "QInt8Tensor", "QInt8")
qint32 = DType("qint32", "int32", QUANTIZED, "QInt32Tensor", "QInt32")
quint4x2 = DType("quint4x2", "uint8", QUANTIZED, "QUInt4x2Tensor", "QUInt4x2")
QUANTIZED_DTYPES = (quint8, qint8, qint32)
dtypes.DTYPE_NAMES.update({d.name: d for d in (*QUANTIZED_DTYPES, quint4x2)})



class QScheme:
    """``torch.qscheme``: printed as ``torch.per_tensor_affine``."""

    __slots__ = ("name",)
    __gradsh_attrs__ = frozenset()

    def __init__(self, name: str):
        self.name = name

    def __repr__(self) -> str:
        return f"torch.{self.name}"

    __str__ = __repr__

    def __reduce__(self):
        return (_qscheme, (self.name,))


QScheme.__module__, QScheme.__qualname__, QScheme.__name__ = "torch", "qscheme", "qscheme"

# torch.per_tensor_affine, ... (namespace.py puts them on torch)
QSCHEMES = {name: QScheme(name) for name in (
    "per_tensor_affine", "per_channel_affine", "per_tensor_symmetric", "per_channel_symmetric",
    "per_channel_affine_float_qparams")}


def _qscheme(name: str) -> QScheme:
    return QSCHEMES[name]


# Every tensor answers is_quantized; a QTensor overrides it with True.
Tensor.is_quantized = property(lambda self: False)
Tensor.__gradsh_attrs__ = Tensor.__gradsh_attrs__ | {"is_quantized"}


def _q():
    from .. import quantized  # noqa: PLC0415 - loaded with the first quantized tensor

    return quantized


def _is_q(value) -> bool:
    return getattr(value, "_quantizer", None) is not None


# torch.NAME / F.NAME forms that PyTorch's QuantizedCPU backend runs, or refuses
# otherwise than "Could not run" (arithmetic with a number): on a quantized
# input registry.functions sends them to quantized_methods.function_form (the
# method, or the quantized cat/stack). Any other function on a quantized tensor
# reaches its QuantizedData and raises PyTorch's NotImplementedError.
FUNCTION_FORMS = frozenset({
    "reshape", "flatten", "unsqueeze", "squeeze", "t", "transpose", "permute", "flip",
    "narrow", "select", "unbind", "chunk", "split", "index_select", "movedim", "swapaxes",
    "swapdims", "ravel", "unflatten", "clone", "detach", "relu", "relu_", "max", "min", "eq",
    "ne", "add", "sub", "mul", "div", "true_divide", "multiply", "subtract", "divide", "rsub",
    "softmax", "log_softmax", "cat", "concat", "concatenate", "stack", "zeros_like",
    "ones_like", "full_like", "empty_like", "rand_like", "randn_like", "randint_like"})


_ARITHMETIC = frozenset({"add", "sub", "mul", "div", "true_divide", "multiply", "subtract",
                         "divide", "rsub"})


def _has_q(value) -> bool:
    if type(value) is Tensor:
        return False
    if type(value) in (list, tuple):
        return any(_is_q(item) for item in value)
    return _is_q(value)


def dispatching(namespace: str, name: str, function):
    """``function`` (torch.NAME or F.NAME), sending a quantized first argument to
    the quantized form; plain tensors pay one type test."""
    if name not in FUNCTION_FORMS or namespace not in ("torch", "F"):
        return function

    arithmetic = name in _ARITHMETIC

    def dispatch(*args, **kwargs):
        first = args[0] if args else kwargs.get("input", kwargs.get("tensors"))
        if type(first) is not Tensor and _has_q(first) or arithmetic and len(args) > 1 and \
                type(args[1]) is not Tensor and _has_q(args[1]):
            from ..quantized_methods import function_form  # noqa: PLC0415

            return function_form(namespace, name, args, kwargs)
        return function(*args, **kwargs)

    # __wrapped__ only where the function has one: it tells that torch.NAME takes
    # out= and the NumPy-style aliases (engine/call_args.py); F.NAME takes neither
    for attribute in ("__name__", "__doc__", "__qualname__", "gradsh_op", "__wrapped__"):
        if hasattr(function, attribute):
            setattr(dispatch, attribute, getattr(function, attribute))
    return dispatch


def _check_float(input) -> None:
    if input.dtype is not dtypes.float32:
        raise RuntimeError(f"Quantize only works on Float Tensor, got {input.dtype.short}")


def _check_qdtype(dtype) -> None:
    if dtype not in QUANTIZED_DTYPES:
        raise RuntimeError(f"ScalarType {getattr(dtype, 'short', dtype)} is not supported in "
                           "new_qtensor.")


def _per_tensor(input, scale, zero_point, dtype):
    if _is_q(input):
        raise _q().not_supported("quantize_per_tensor")
    _check_float(input)
    _check_qdtype(dtype)
    scale = float(scale.item() if isinstance(scale, Tensor) else scale)
    zero_point = int(zero_point.item() if isinstance(zero_point, Tensor) else zero_point)
    q = _q()
    low, high = q._range(dtype)
    if zero_point > high:
        raise RuntimeError(f"quantize_tensor_per_tensor_affine zero_point {zero_point} is above "
                           "upper bound.")
    if zero_point < low:
        raise RuntimeError(f"quantize_tensor_per_tensor_affine zero_point {zero_point} is below "
                           "lower bound.")
    data = q.quantize_array(np.asarray(input._data), scale, zero_point, dtype)
    return q.make(data, dtype, q.Quantizer(scale, zero_point))


@op("quantize_per_tensor", method=False, differentiable=False,
    summary="A quantized tensor of input: round(input / scale + zero_point), clamped.",
    example="quantize_per_tensor(tensor([-1., 0., 1., 2.]), 0.1, 10, quint8)")
def quantize_per_tensor(input, scale, zero_point, dtype):
    if isinstance(input, (list, tuple)):
        return tuple(_per_tensor(x, s, z, dtype)
                     for x, s, z in zip(input, scale.unbind(0), zero_point.unbind(0)))
    return _per_tensor(input, scale, zero_point, dtype)


@op("quantize_per_channel", method=False, differentiable=False,
    summary="A quantized tensor with a scale and zero point per slice along axis.",
    example="quantize_per_channel(tensor([[-1., 0.], [1., 2.]]), tensor([0.1, 0.01]), "
            "tensor([10, 0]), 0, quint8)")
def quantize_per_channel(input, scales, zero_points, axis, dtype):
    _check_float(input)
    _check_qdtype(dtype)
    if not 0 <= axis < max(input.ndim, 1):
        raise RuntimeError(f"Channel axis out of range in per channel affine quantization. Got: "
                           f"{axis}Expected: < {input.ndim}")
    channels = input.shape[axis]
    if scales.numel() != channels:
        raise RuntimeError("length of scales must equal to channel, expected " + str(channels)
                           + " got, " + str(scales.numel()))
    if zero_points.numel() != channels:
        raise RuntimeError("length of zero_points must equal to channel expected " + str(channels)
                           + " got, " + str(zero_points.numel()))
    q = _q()
    quantizer = q.Quantizer(np.asarray(scales._data, dtype=np.float64).reshape(-1),
                            np.asarray(zero_points._data, dtype=np.int64).reshape(-1), axis)
    scale, zero_point = quantizer.along(input.ndim)
    data = q.quantize_array(np.asarray(input._data), scale, zero_point, dtype, fused=False)
    return q.make(data, dtype, quantizer)


def choose_qparams(x_min: float, x_max: float, qmin: int, qmax: int,
                   reduce_range: bool) -> tuple[float, int]:
    """ATen's quant_utils::ChooseQuantizationParams (no sparsity, no power-of-two scale)."""
    if reduce_range:
        qmin, qmax = int(qmin / 2), int(qmax / 2)  # C++ division truncates toward zero
    x_min, x_max = np.float32(min(x_min, 0.0)), np.float32(max(x_max, 0.0))
    scale = (float(x_max) - float(x_min)) / (qmax - qmin)
    if np.float32(scale) == 0 or np.isinf(np.float32(1.0) / np.float32(scale)):
        scale = 0.1
    small = float(np.float32(6.1e-5))
    if scale < small:
        original, scale = scale, small
        if x_min == 0:
            x_max = np.float32(small * (qmax - qmin))
        elif x_max == 0:
            x_min = np.float32(-small * (qmax - qmin))
        else:
            amplifier = np.float32(small / original)
            x_min, x_max = x_min * amplifier, x_max * amplifier
    from_min = qmin - float(x_min) / scale
    from_max = qmax - float(x_max) / scale
    from_min_error = abs(qmin) - abs(float(x_min) / scale)
    from_max_error = abs(qmax) - abs(float(x_max) / scale)
    initial = from_min if from_min_error < from_max_error else from_max
    zero_point = qmin if initial < qmin else qmax if initial > qmax else int(np.rint(initial))
    return scale, zero_point


@op("quantize_per_tensor_dynamic", method=False, differentiable=False,
    summary="quantize_per_tensor with the scale and zero point chosen from input's range.",
    example="quantize_per_tensor_dynamic(tensor([-1., 0., 1., 2.]), quint8, False)")
def quantize_per_tensor_dynamic(input, dtype, reduce_range):
    if dtype not in (qint8, quint8, dtypes.float16):
        raise RuntimeError(f"dtype {getattr(dtype, 'short', dtype)}not supported")
    if dtype is dtypes.float16:
        return input.to(dtypes.float16)
    values = np.asarray(input._data, dtype=np.float32)
    qmin, qmax = (-128, 127) if dtype is qint8 else (0, 255)
    scale, zero_point = choose_qparams(float(values.min()), float(values.max()), qmin, qmax,
                                       bool(reduce_range))
    return _per_tensor(input, scale, zero_point, dtype)


# ------------------------------------------------------------ accessors
def _cpu_backend(name: str) -> NotImplementedError:
    return _q().not_supported(name, "CPU")


def _quantizer(input, name: str, per_channel: bool | None = None):
    if not _is_q(input):
        raise _cpu_backend(name)
    quantizer = input._quantizer
    if per_channel is True and quantizer.axis is None:
        raise RuntimeError("Expected quantizer->qscheme() == kPerChannelAffine || "
                           "quantizer->qscheme() == kPerChannelAffineFloatQParams to be true, but "
                           "got false.  (Could this error message be improved?  If so, please "
                           "report an enhancement request to PyTorch.)")
    if per_channel is False and quantizer.axis is not None:
        raise RuntimeError("Expected quantizer->qscheme() == kPerTensorAffine to be true, but got "
                           "false.  (Could this error message be improved?  If so, please report "
                           "an enhancement request to PyTorch.)")
    return quantizer


@op("dequantize", differentiable=False, summary="The float32 values of a quantized tensor.",
    example="quantize_per_tensor(tensor([0.5, 1.]), 0.1, 0, quint8).dequantize()")
def dequantize(input):
    if isinstance(input, (list, tuple)):
        return [dequantize(x) for x in input]
    if not _is_q(input):
        return input.to(dtypes.float32)
    return Tensor._make(input._values_array(), dtypes.float32)


_INT_REPR = {"quint8": dtypes.uint8, "qint8": dtypes.int8, "qint32": dtypes.int32}


@op("int_repr", differentiable=False,
    summary="The integers stored by a quantized tensor (uint8, int8 or int32).",
    example="quantize_per_tensor(tensor([0.5, 1.]), 0.1, 0, quint8).int_repr()")
def int_repr(input):
    _quantizer(input, "int_repr")
    return Tensor._make(input._qdata.copy(), _INT_REPR[input.dtype.name])


@op("q_scale", differentiable=False, summary="The scale of a per-tensor quantized tensor.",
    example="quantize_per_tensor(tensor([0.5, 1.]), 0.1, 0, quint8).q_scale()")
def q_scale(input):
    return _quantizer(input, "q_scale", False).scale


@op("q_zero_point", differentiable=False,
    summary="The zero point of a per-tensor quantized tensor.",
    example="quantize_per_tensor(tensor([0.5, 1.]), 0.1, 3, quint8).q_zero_point()")
def q_zero_point(input):
    return _quantizer(input, "q_zero_point", False).zero_point


_CHANNEL_EXAMPLE = ("quantize_per_channel(tensor([[1., 2.], [3., 4.]]), tensor([0.1, 0.2]), "
                    "tensor([0, 1]), 1, qint8)")


@op("q_per_channel_scales", differentiable=False,
    summary="The scales (float64) of a per-channel quantized tensor.",
    example=_CHANNEL_EXAMPLE + ".q_per_channel_scales()")
def q_per_channel_scales(input):
    return Tensor._make(_quantizer(input, "q_per_channel_scales", True).scale.copy(),
                        dtypes.float64)


@op("q_per_channel_zero_points", differentiable=False,
    summary="The zero points (int64) of a per-channel quantized tensor.",
    example=_CHANNEL_EXAMPLE + ".q_per_channel_zero_points()")
def q_per_channel_zero_points(input):
    return Tensor._make(_quantizer(input, "q_per_channel_zero_points", True).zero_point.copy(),
                        dtypes.int64)


@op("q_per_channel_axis", differentiable=False,
    summary="The channel axis of a per-channel quantized tensor.",
    example=_CHANNEL_EXAMPLE + ".q_per_channel_axis()")
def q_per_channel_axis(input):
    return _quantizer(input, "q_per_channel_axis", True).axis


@op("qscheme", differentiable=False, summary="The quantization scheme of a quantized tensor.",
    example="quantize_per_tensor(tensor([0.5, 1.]), 0.1, 0, quint8).qscheme()")
def qscheme(input):
    return _quantizer(input, "qscheme").qscheme


from . import quantize_fake  # noqa: E402,F401 - fake quantization and the quantized kernels

__all__ = ["quantize_per_tensor", "quantize_per_channel", "quantize_per_tensor_dynamic",
           "dequantize", "int_repr", "q_scale", "q_zero_point", "qscheme", "record"]
