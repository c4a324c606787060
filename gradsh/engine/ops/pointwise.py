"""addcmul, addcdiv, and the fused multiply-add PyTorch's CPU kernels use.

ATen's CPU kernels are compiled with floating-point contraction, and the
vectorised ones call ``fmadd`` explicitly, so ``add(x, y, alpha=a)``,
``addcmul`` and ``lerp`` round once where a textbook formula rounds twice
(measured against PyTorch 2.13: every element of every size agrees with
the fused form; the unfused one differs in 2-40% of elements). The
optimizers are written with exactly these operations (``param.add_(grad,
alpha=-lr)``, ``exp_avg_sq.addcmul_(grad, grad, value=1 - beta2)``,
``exp_avg.lerp_(grad, 1 - beta1)``), so their parameters after N steps are
PyTorch's to the bit only if these round as ATen does.
"""
from __future__ import annotations

import numpy as np

from .. import dtypes
from ..autograd import record
from ..registry import op
from ..tensor import Tensor
from .common import array_of, as_result, broadcast_shapes, same_device
from .. import limits
from .common import CHECK_SIZE_ABOVE


def opmath_np(dtype, xp):
    """The NumPy dtype ATen computes ``dtype`` in on the CPU (its opmath type):
    float32 for float16, the dtype itself otherwise."""
    return np.dtype(np.float32) if dtype.np == np.float16 and xp is np else dtype.np


def opmath(array, dtype, xp):
    """float16 computes in float32 on the CPU (ATen's opmath type), rounded once at the end."""
    if dtype.np == np.float16 and xp is np:
        return np.asarray(array, dtype=np.float32)
    return array


def multiply_add(a, b, c, dtype, xp):
    """``a * b + c`` rounded once to ``dtype``, as ATen's ``fmadd``.

    float16 is computed in float32 (ATen's opmath type) and rounded at the
    end; complex and integer dtypes, and CuPy arrays, use the plain formula.
    """
    if xp is not np or dtype.category != dtypes.FLOATING:
        return a * b + c
    from ..random.exact import fma32, fma64  # noqa: PLC0415 - numerics helpers

    kind = np.float64 if dtype.np == np.float64 else np.float32
    operands = np.broadcast_arrays(*(np.asarray(v, dtype=kind) for v in (a, b, c)))
    shape = operands[0].shape
    flat = [operand.reshape(-1) if shape else operand.reshape(1) for operand in operands]
    # in chunks: the exact fma's float64 temporaries would double the peak
    fused = in_chunks(fma64 if kind is np.float64 else fma32, flat, kind)
    return fused.reshape(shape).astype(dtype.np, copy=False)


CHUNK = 1 << 16  # elements per pass of an exact emulation: its temporaries stay a few MB


def in_chunks(function, flat: list, dtype) -> np.ndarray:
    """An elementwise ``function`` of 1-D arrays of one size, CHUNK elements at a time:
    the same values, without whole-array temporaries (an exact fma or SLEEF
    emulation makes several float64 or float-float copies of its input)."""
    size = flat[0].size
    if size <= CHUNK:
        return function(*flat)
    result = np.empty(size, dtype=dtype)
    for start in range(0, size, CHUNK):
        result[start:start + CHUNK] = function(*(a[start:start + CHUNK] for a in flat))
    return result


def _operands(input, tensor1, tensor2, value, name):
    for argument, tensor in (("tensor1", tensor1), ("tensor2", tensor2)):
        if not isinstance(tensor, Tensor):
            position = 2 if argument == "tensor1" else 3
            raise TypeError(f"{name}(): argument '{argument}' (position {position}) must be "
                            f"Tensor, not {type(tensor).__name__}")
    device = same_device(input, tensor1, tensor2)
    from .. import backend  # noqa: PLC0415

    xp = backend.array_module(device)
    dtype = dtypes.result_type(input, tensor1, tensor2)
    if dtype.category != dtypes.FLOATING and isinstance(value, float) and dtype is not dtypes.bool_:
        raise RuntimeError("value cannot be converted to type "
                           f"{dtype.np.name if dtype.np.name != 'int64' else 'int64_t'} "
                           "without overflow")
    broadcast_shapes(input.shape, tensor1.shape, tensor2.shape)
    arrays = [array_of(v, dtype, xp) for v in (input, tensor1, tensor2)]
    return arrays, dtype, xp




@op("addcmul", summary="input + value * tensor1 * tensor2 (one fused rounding).",
    example="addcmul(tensor([1., 2.]), tensor([3., 4.]), tensor([2., 2.]), value=0.5)",
    inplace="addcmul_")
def addcmul(input, tensor1, tensor2, *, value=1):
    if isinstance(input, Tensor) and input._data.size > CHECK_SIZE_ABOVE:  # an expanded view's
        limits.check_copy(input)  # result is its numel (issue 19)
    (x, y, z), dtype, xp = _operands(input, tensor1, tensor2, value, "addcmul")
    x, y, z = (opmath(v, dtype, xp) for v in (x, y, z))
    scale = xp.asarray(value, dtype=y.dtype)
    out = as_result(multiply_add(scale * y, z, x, dtype, xp), dtype, xp)
    return record(out, "AddcmulBackward0", (input, tensor1, tensor2),
                  lambda g, a, b: (g, g * b * value, g * a * value),
                  saved=(tensor1, tensor2))


@op("addcdiv", summary="input + value * tensor1 / tensor2.",
    example="addcdiv(tensor([1., 2.]), tensor([3., 4.]), tensor([2., 2.]), value=0.5)",
    inplace="addcdiv_")
def addcdiv(input, tensor1, tensor2, *, value=1):
    if all(isinstance(t, Tensor) and not t.dtype.is_floating_point
           and t.dtype.category != dtypes.COMPLEX for t in (tensor1, tensor2)):
        raise RuntimeError(
            "Integer division with addcdiv is no longer supported, and in a future release "
            "addcdiv will perform a true division of tensor1 and tensor2. The historic addcdiv "
            "behavior can be implemented as (input + value * torch.trunc(tensor1 / tensor2))."
            "to(input.dtype) for integer inputs and as (input + value * tensor1 / tensor2) for "
            "float inputs. The future addcdiv behavior is just the latter implementation: "
            "(input + value * tensor1 / tensor2), for all dtypes.")
    (x, y, z), dtype, xp = _operands(input, tensor1, tensor2, value, "addcdiv")
    x, y, z = (opmath(v, dtype, xp) for v in (x, y, z))
    scale = xp.asarray(value, dtype=y.dtype)
    out = as_result(x + scale * y / z, dtype, xp)
    return record(out, "AddcdivBackward0", (input, tensor1, tensor2),
                  lambda g, a, b: (g, g * value / b, -g * value * a / (b * b)),
                  saved=(tensor1, tensor2))
