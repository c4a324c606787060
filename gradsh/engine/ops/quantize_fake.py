"""Fake quantization (float in, float out, straight-through gradient) and the
quantized kernels PyTorch exposes as torch functions: quantized_batch_norm,
quantized_max_pool1d and quantized_max_pool2d.

fake_quantize follows ATen's fake_quantize_tensor_cachemask_kernel:
``q = int64(zero_point + nearbyint(x * inv_scale))`` with ``inv_scale = 1.0f /
scale`` in float, the output ``(clamp(q, quant_min, quant_max) - zero_point) *
scale`` and the mask ``quant_min <= q <= quant_max`` that the backward
multiplies the gradient by.
"""
from __future__ import annotations

import numpy as np

from .. import dtypes
from ..autograd import record
from ..registry import op
from ..tensor import Tensor
from .elementwise_math import where


def _fake(x: np.ndarray, scale, zero_point, quant_min: int, quant_max: int):
    """(output array, mask array); ``scale``/``zero_point`` broadcast against x."""
    compute = np.float64 if x.dtype == np.float64 else np.float32
    scale32 = np.asarray(scale, dtype=np.float32)
    inverse = (np.float32(1.0) / scale32).astype(np.float32)
    zp = np.asarray(zero_point)
    with np.errstate(all="ignore"):
        scaled = np.rint(x.astype(compute) * inverse.astype(compute))
        qval = (scaled + zp.astype(compute))
        # int64(NaN) is INT64_MIN on x86 (outside any range: masked); infinities saturate.
        qval = np.where(np.isnan(qval), np.iinfo(np.int64).min,
                        np.clip(qval, -2.0 ** 62, 2.0 ** 62)).astype(np.int64)
        mask = (qval >= quant_min) & (qval <= quant_max)
        clamped = np.clip(qval, quant_min, quant_max).astype(np.float64)
        out = (clamped - zp.astype(np.float64)) * scale32.astype(np.float64)
    return out.astype(x.dtype), mask


_CACHEMASK_OPS = {  # the aten op PyTorch names when the input is quantized
    "fake_quantize_tensor_cachemask_kernel_type_handling":
        "fake_quantize_per_tensor_affine_cachemask",
    "fake_quantize_channel_cachemask_cpu_type_handling":
        "fake_quantize_per_channel_affine_cachemask"}


def _check_float_input(input, kernel: str) -> None:
    if getattr(input, "_quantizer", None) is not None:
        from .. import quantized  # noqa: PLC0415

        raise quantized.not_supported(_CACHEMASK_OPS[kernel])
    if not input.dtype.is_floating_point:
        raise NotImplementedError(f'"{kernel}" not implemented for \'{input.dtype.short}\'')


def _check_range(quant_min, quant_max, zero_point=None) -> None:
    if quant_min > quant_max:
        raise RuntimeError("`quant_min` should be less than or         equal to `quant_max`.")
    if zero_point is not None and not quant_min <= zero_point <= quant_max:
        raise RuntimeError("`zero_point` must be between `quant_min` and `quant_max`.")


def _masked_backward(grad, mask):
    return (where(mask, grad, 0),)


@op("fake_quantize_per_tensor_affine", method=False,
    summary="Quantize and dequantize input with one scale and zero point (float result).",
    example="fake_quantize_per_tensor_affine(tensor([0.05, 0.97, -1.]), 0.1, 0, 0, 255)")
def fake_quantize_per_tensor_affine(input, scale, zero_point, quant_min, quant_max):
    tensor_qparams = isinstance(scale, Tensor) or isinstance(zero_point, Tensor)
    if tensor_qparams:
        for value, name in ((scale, "scale"), (zero_point, "zero_point")):
            if isinstance(value, Tensor) and value.requires_grad:
                raise RuntimeError(
                    "The function '_fake_quantize_per_tensor_affine_cachemask_tensor_qparams' is "
                    f"not differentiable with respect to argument '{name}'. This input cannot "
                    "have requires_grad True.")
    scale = float(scale.item() if isinstance(scale, Tensor) else scale)
    zero_point = int(zero_point.item() if isinstance(zero_point, Tensor) else zero_point)
    _check_range(quant_min, quant_max, zero_point)
    _check_float_input(input, "fake_quantize_tensor_cachemask_kernel_type_handling")
    out, mask = _fake(np.asarray(input._data), scale, zero_point, quant_min, quant_max)
    result = Tensor._make(out, input.dtype)
    mask_tensor = Tensor._make(mask, dtypes.bool_)
    name = ("FakeQuantizePerTensorAffineCachemaskTensorQparamsBackward0" if tensor_qparams
            else "FakeQuantizePerTensorAffineCachemaskBackward0")
    return record(result, name, (input,), _masked_backward, (mask_tensor,))


@op("fake_quantize_per_channel_affine", method=False,
    summary="Quantize and dequantize input with a scale and zero point per slice along axis.",
    example="fake_quantize_per_channel_affine(tensor([[0.3, -0.2], [0.6, 1.6]]), "
            "tensor([0.05, 0.1]), tensor([0, 0], dtype=int32), 1, 0, 255)")
def fake_quantize_per_channel_affine(input, scale, zero_point, axis, quant_min, quant_max):
    if zero_point.dtype not in (dtypes.int32, dtypes.float32, dtypes.float16):
        raise RuntimeError(f"Zero-point must be Int32, Float or Half, found "
                           f"{zero_point.dtype.short}")
    if scale.dtype is not dtypes.float32:
        raise RuntimeError(f"Scale must be Float or BFloat16, found {scale.dtype.short}")
    if scale.ndim != 1:
        raise RuntimeError("scale should be a 1-D tensor")
    if zero_point.ndim != 1:
        raise RuntimeError("zero point should be a 1-D tensor")
    if scale.numel() != zero_point.numel():
        raise RuntimeError("scale and zero-point need to have the same dimensions")
    if not 0 <= axis < input.ndim:
        raise RuntimeError("`axis` must be between 0 and number of dimensions of input")
    if scale.numel() != input.shape[axis]:
        raise RuntimeError("dimensions of scale and zero-point are not consistent with input "
                           "tensor")
    _check_range(quant_min, quant_max)
    zero_points = np.asarray(zero_point._data)
    if bool(((zero_points < quant_min) | (zero_points > quant_max)).any()):
        raise RuntimeError("`zero_point` must be between `quant_min` and `quant_max`.")
    _check_float_input(input, "fake_quantize_channel_cachemask_cpu_type_handling")
    shape = [1] * input.ndim
    shape[axis] = -1
    out, mask = _fake(np.asarray(input._data), np.asarray(scale._data).reshape(shape),
                      zero_points.reshape(shape), quant_min, quant_max)
    result = Tensor._make(out, input.dtype)
    mask_tensor = Tensor._make(mask, dtypes.bool_)
    return record(result, "FakeQuantizePerChannelAffineCachemaskBackward0", (input,),
                  _masked_backward, (mask_tensor,))


# ------------------------------------------------------- quantized kernels
def _quantized_input(input, name: str):
    if getattr(input, "_quantizer", None) is None:
        from .. import quantized  # noqa: PLC0415

        raise quantized.not_supported(name, "CPU")
    return input


@op("quantized_batch_norm", method=False, differentiable=False,
    summary="Batch normalization of a 4-D (NCHW) quantized tensor, requantized.",
    example="quantized_batch_norm(quantize_per_tensor(ones(1, 2, 1, 1), 0.5, 0, quint8), "
            "ones(2), zeros(2), zeros(2), ones(2), 1e-5, 0.2, 2)")
def quantized_batch_norm(input, weight, bias, mean, var, eps, output_scale, output_zero_point):
    from .. import quantized  # noqa: PLC0415

    _quantized_input(input, "quantized_batch_norm")
    if weight is None:
        raise RuntimeError("Weight must be provided")
    if bias is None:
        raise RuntimeError("Bias must be provided")
    channels = input.shape[1]
    weights, biases = np.asarray(weight._data, np.float32), np.asarray(bias._data, np.float32)
    means, variances = np.asarray(mean._data, np.float32), np.asarray(var._data, np.float32)
    # ATen's compute_fused_params: alpha and beta per channel, in float.
    inv_sigma = (np.float32(1.0) / np.sqrt(variances + np.float32(eps))).astype(np.float32)
    ratio = np.float32(input._quantizer.scale / output_scale)
    alpha = (inv_sigma * weights * ratio).astype(np.float32)
    beta = ((biases - means * inv_sigma * weights) / np.float32(output_scale)).astype(np.float32)
    shape = [1] * input.ndim
    shape[1] = channels
    centred = input._qdata.astype(np.float32) - np.float32(input._quantizer.zero_point)
    values = (centred * alpha.reshape(shape) + beta.reshape(shape)).astype(np.float32)
    data = quantized.quantize_array(values, 1.0, output_zero_point, input.dtype)
    return quantized.make(data, input.dtype, quantized.Quantizer(float(output_scale),
                                                                 int(output_zero_point)))


def _quantized_pool(input, name: str, pool, kernel_size, stride, padding, dilation, ceil_mode):
    from .. import autograd, quantized  # noqa: PLC0415

    _quantized_input(input, name)
    plain = Tensor._make(input._qdata.astype(np.float64), dtypes.float64)
    with autograd.no_grad():
        pooled = pool(plain, kernel_size, stride if stride else None, padding, dilation,
                      ceil_mode)
    return quantized.like(input, pooled._data.astype(input.dtype.np))


@op("quantized_max_pool1d", method=False, differentiable=False,
    summary="1-D max pooling of a quantized tensor (the quantizer is kept).",
    example="quantized_max_pool1d(quantize_per_tensor(tensor([[1., 3., 2., 5.]]), 0.5, 0, "
            "quint8), [2])")
def quantized_max_pool1d(input, kernel_size, stride=(), padding=0, dilation=1, ceil_mode=False):
    from .pooling_more import max_pool1d  # noqa: PLC0415

    return _quantized_pool(input, "quantized_max_pool1d", max_pool1d, kernel_size, stride,
                           padding, dilation, ceil_mode)


@op("quantized_max_pool2d", method=False, differentiable=False,
    summary="2-D max pooling of a quantized tensor (the quantizer is kept).",
    example="quantized_max_pool2d(quantize_per_tensor(ones(1, 1, 2, 2), 0.5, 0, quint8), [2, 2])")
def quantized_max_pool2d(input, kernel_size, stride=(), padding=0, dilation=1, ceil_mode=False):
    from .pooling import max_pool2d  # noqa: PLC0415

    return _quantized_pool(input, "quantized_max_pool2d", max_pool2d, kernel_size, stride,
                           padding, dilation, ceil_mode)
