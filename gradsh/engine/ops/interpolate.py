"""F.interpolate: nearest, nearest-exact and (bi/tri)linear resampling, and F.upsample*.

The argument handling is torch/nn/functional.py's ``interpolate``, line by
line (its ValueErrors, the recomputed scale factor, the dispatch on the
input's rank and its NotImplementedErrors). The kernels follow ATen's
UpSample.h: the output size ``int(size * scale)``, the scale ``1 / scale_factor``
when one is given and ``input / output`` otherwise, nearest's
``min(floor(dst_index * scale), input - 1)`` in float, linear's
``area_pixel_compute_source_index`` with ``align_corners`` and the clamped
lambdas of ``guard_index_and_lambda``, computed in the kernels' opmath type.

Each spatial axis is one map of indices and weights (axis_maps.py); the
backward rule is its transpose, recorded so it can be differentiated again.
"""
from __future__ import annotations

import math
import warnings

import numpy as np

from .. import dtypes
from ..registry import op
from ..tensor import Tensor
from .axis_maps import AxisMap, resample

_MODES_TEXT = "nearest | linear | bilinear | bicubic | trilinear | lanczos | area | nearest-exact"
_LINEAR = {3: "linear", 4: "bilinear", 5: "trilinear"}
_LINEAR_NODES = {"linear": "UpsampleLinear1D", "bilinear": "UpsampleBilinear2D",
                 "trilinear": "UpsampleTrilinear3D"}


def _is_integer(value) -> bool:
    return isinstance(value, (int, np.integer)) or (
        isinstance(value, Tensor) and not value.dtype.is_floating_point)


# ----------------------------------------------------------------- the sizes
def _output_sizes(input, size, scale_factor, recompute_scale_factor, mode):
    """functional.py's size / scale_factor processing: (output_size, scale_factors)."""
    dim = input.ndim - 2
    spatial = list(input.shape[2:])
    if size is not None and scale_factor is not None:
        raise ValueError("only one of size or scale_factor should be defined")
    if size is not None:
        scale_factors = None
        if isinstance(size, (list, tuple)):
            if len(size) != dim:
                raise ValueError(
                    "Input and output must have the same number of spatial dimensions, but got "
                    f"input with spatial dimensions of {spatial} and output size of {size}. "
                    "Please provide input tensor in (N, C, d1, d2, ...,dK) format and output "
                    "size in (o1, o2, ...,oK) format.")
            if not all(_is_integer(x) for x in size):
                raise TypeError(
                    "expected size to be one of int or Tuple[int] or Tuple[int, int] or "
                    f"Tuple[int, int, int], but got size with types {[type(x) for x in size]}")
            output_size = [int(x) for x in size]
        else:
            if not _is_integer(size):
                raise TypeError(f"expected size to be an int or a tuple of ints, but got "
                                f"{type(size).__name__}")
            output_size = [int(size)] * dim
    elif scale_factor is not None:
        output_size = None
        if isinstance(scale_factor, (list, tuple)):
            if len(scale_factor) != dim:
                raise ValueError(
                    "Input and scale_factor must have the same number of spatial dimensions, "
                    f"but got input with spatial dimensions of {spatial} and scale_factor of "
                    f"shape {scale_factor}. Please provide input tensor in (N, C, d1, d2, ...,dK) "
                    "format and scale_factor in (s1, s2, ...,sK) format.")
            scale_factors = [float(s) for s in scale_factor]
        else:
            scale_factors = [float(scale_factor)] * dim
    else:
        raise ValueError("either size or scale_factor should be defined")
    if recompute_scale_factor and size is not None:
        raise ValueError("recompute_scale_factor is not meaningful with an explicit size.")
    if mode == "area" and output_size is None:
        recompute_scale_factor = True
    if recompute_scale_factor:
        output_size = [math.floor(n * s) for n, s in zip(spatial, scale_factors)]
        scale_factors = None
    if output_size is None:  # compute_output_size: C++ truncates toward zero
        output_size = [int(n * s) for n, s in zip(spatial, scale_factors)]
    return output_size, scale_factors


def _check_sizes(input, output_size) -> None:
    """upsample_{1,2,3}d_common_check."""
    spatial = list(input.shape[2:])
    if min(spatial) <= 0 or min(output_size) <= 0:
        letters = "DHW"[3 - len(spatial):]
        if len(spatial) == 1:
            raise RuntimeError(f"Input and output sizes should be greater than 0, but got input "
                               f"(W: {spatial[0]}) and output (W: {output_size[0]})")
        text_in = ", ".join(f"{a}: {n}" for a, n in zip(letters, spatial))
        text_out = ", ".join(f"{a}: {n}" for a, n in zip(letters, output_size))
        raise RuntimeError(f"Input and output sizes should be greater than 0, but got input "
                           f"({text_in}) output ({text_out})")
    if input.numel() == 0 and math.prod(input.shape[1:]) == 0:
        raise RuntimeError(f"Non-empty {input.ndim}D data tensor expected but got a tensor with "
                           f"sizes [{', '.join(map(str, input.shape))}]")


# --------------------------------------------------------------- the kernels
def _scale(size: int, out: int, scale, compute):
    """compute_scales_value: 1 / scale_factor when given (and positive, computed in double),
    else size / out in the opmath type."""
    if scale is not None and scale > 0:
        return compute(1.0 / scale)
    return compute(size) / compute(out)


def _nearest_map(axis, size, out, scale, exact, shortcuts) -> AxisMap:
    # nearest_idx copies for an equal size and shifts for twice the size, whatever
    # the scale factor: the 2-d forward kernel and every backward kernel read it,
    # the 1-d and 3-d forward kernels do not.
    if not exact and shortcuts and out == size:
        return AxisMap(axis, size, (np.arange(out),))
    if not exact and shortcuts and out == 2 * size:
        return AxisMap(axis, size, (np.arange(out) >> 1,))
    ratio = _scale(size, out, scale, np.float32)
    j = np.arange(out, dtype=np.float32)
    source = (j + np.float32(0.5)) * ratio if exact else j * ratio
    index = np.minimum(np.floor(source).astype(np.int64), size - 1)
    return AxisMap(axis, size, (index,))


def _linear_map(axis, size, out, scale, align_corners, dtype) -> AxisMap:
    compute = np.float64 if dtype is dtypes.float64 else np.float32
    if size == out:  # compute_source_index_and_lambda: a plain copy
        index = np.arange(out)
        return AxisMap(axis, size, (index, index),
                       (np.ones(out, compute), np.zeros(out, compute)))
    if align_corners:
        ratio = compute((size - 1) / (out - 1) if out > 1 else 0.0)
        source = ratio * np.arange(out, dtype=compute)
    else:
        ratio = _scale(size, out, scale, compute)
        source = ratio * (np.arange(out, dtype=compute) + compute(0.5)) - compute(0.5)
        source = np.where(source < 0, compute(0), source)
    # guard_index_and_lambda: floorf, then the lambda clamped to [0, 1].
    index0 = np.minimum(np.floor(source.astype(np.float32)).astype(np.int64), size - 1)
    lambda1 = np.clip(source - index0.astype(compute), 0, 1).astype(compute)
    index1 = index0 + (index0 < size - 1)
    # The weights are stored in the input's dtype (half for half inputs).
    lambda1 = lambda1.astype(dtype.np).astype(compute)
    lambda0 = (compute(1) - lambda1).astype(dtype.np).astype(compute)
    return AxisMap(axis, size, (index0, index1), (lambda0, lambda1))


def _check_dtype(input, mode, dims) -> None:
    if input.dtype.is_floating_point:
        return
    short = input.dtype.short
    if mode in ("nearest", "nearest-exact"):
        if input.dtype is dtypes.uint8:
            return
        kernel = "compute_indices_weights_nearest" if dims == 1 or input.dtype is dtypes.bool_ \
            else f"upsample_nearest{dims}d_channels_last"
        raise NotImplementedError(f"\"{kernel}\" not implemented for '{short}'")
    if input.dtype is dtypes.uint8 and dims == 2:
        raise NotImplementedError("gradsh: bilinear interpolation of uint8 images is not "
                                  "supported")
    raise NotImplementedError(f"\"compute_indices_weights_linear\" not implemented for '{short}'")


def _upsample(input, output_size, scale_factors, mode, align_corners) -> Tensor:
    dims = input.ndim - 2
    _check_sizes(input, output_size)
    _check_dtype(input, mode, dims)
    scales = scale_factors or [None] * dims
    maps, backward_maps = [], []
    for number in range(dims):
        axis, size = 2 + number, input.shape[2 + number]
        if mode in ("nearest", "nearest-exact"):
            maps.append(_nearest_map(axis, size, output_size[number], scales[number],
                                     mode == "nearest-exact", dims == 2))
            backward_maps.append(_nearest_map(axis, size, output_size[number], scales[number],
                                              mode == "nearest-exact", True))
        else:
            maps.append(_linear_map(axis, size, output_size[number], scales[number],
                                    align_corners, input.dtype))
    if mode == "nearest":
        node = f"UpsampleNearest{dims}D"
    elif mode == "nearest-exact":
        node = f"UpsampleNearestExact{dims}D"
    else:
        node = _LINEAR_NODES[mode]
    return resample(input, tuple(maps), (f"{node}Backward0", f"{node}BackwardBackward0"),
                    tuple(backward_maps) if backward_maps else None)


@op("interpolate", summary="Resize the spatial dims of (N, C, ...) by size or scale_factor: "
                           "nearest, linear, bilinear, trilinear.",
    functional=True, function=False, method=False,
    signature="interpolate(input, size=None, scale_factor=None, mode='nearest', "
              "align_corners=None, recompute_scale_factor=None, antialias=False)",
    example="F.interpolate(arange(4.).view(1, 1, 2, 2), scale_factor=2, mode='bilinear')")
def interpolate(input, size=None, scale_factor=None, mode="nearest", align_corners=None,
                recompute_scale_factor=None, antialias=False):
    if not isinstance(input, Tensor):
        raise AttributeError(f"'{type(input).__name__}' object has no attribute 'dim'")
    if mode in ("nearest", "area", "nearest-exact"):
        if align_corners is not None:
            raise ValueError("align_corners option can only be set with the interpolating "
                             "modes: linear | bilinear | bicubic | trilinear")
    elif align_corners is None:
        align_corners = False
    output_size, scale_factors = _output_sizes(input, size, scale_factor,
                                               recompute_scale_factor, mode)
    if antialias and not (mode in ("bilinear", "bicubic", "lanczos") and input.ndim == 4):
        raise ValueError("Anti-alias option is restricted to bilinear, bicubic, and lanczos "
                         "modes and requires a 4-D tensor as input")
    rank = input.ndim
    if rank in (3, 4, 5) and mode in ("nearest", "nearest-exact"):
        return _upsample(input, output_size, scale_factors, mode, None)
    if rank == 4 and mode == "area":
        from .pooling import adaptive_avg_pool2d  # noqa: PLC0415

        return adaptive_avg_pool2d(input, output_size)
    if rank in (3, 5) and mode == "area":
        raise NotImplementedError(f"gradsh: mode 'area' needs adaptive_avg_pool{rank - 2}d, "
                                  "which gradsh does not have yet")
    if _LINEAR.get(rank) == mode:
        if antialias:
            raise NotImplementedError("gradsh: antialias=True is not supported")
        return _upsample(input, output_size, scale_factors, mode, bool(align_corners))
    if rank == 4 and mode in ("bicubic", "lanczos"):
        raise NotImplementedError(f"gradsh: mode '{mode}' is not supported")
    for wanted, name in _LINEAR.items():
        if mode == name and rank in (3, 4, 5):
            raise NotImplementedError(f"Got {rank}D input, but {mode} mode needs {wanted}D input")
    raise NotImplementedError(f"Input Error: Only 3D, 4D and 5D input Tensors supported (got "
                              f"{rank}D) for the modes: {_MODES_TEXT} (got {mode})")


def _deprecated(name: str) -> None:
    warnings.warn(f"`nn.functional.{name}` is deprecated. Use `nn.functional.interpolate` "
                  "instead.", UserWarning, stacklevel=3)


@op("upsample", summary="Deprecated: F.interpolate.", functional=True, function=False,
    method=False, signature="upsample(input, size=None, scale_factor=None, mode='nearest', "
                            "align_corners=None)")
def upsample(input, size=None, scale_factor=None, mode="nearest", align_corners=None):
    _deprecated("upsample")
    return interpolate(input, size, scale_factor, mode, align_corners)


@op("upsample_nearest", summary="Deprecated: F.interpolate(..., mode='nearest').",
    functional=True, function=False, method=False,
    signature="upsample_nearest(input, size=None, scale_factor=None)")
def upsample_nearest(input, size=None, scale_factor=None):
    _deprecated("upsample_nearest")
    return interpolate(input, size, scale_factor, mode="nearest")


@op("upsample_bilinear", summary="Deprecated: F.interpolate(..., mode='bilinear', "
                                 "align_corners=True).",
    functional=True, function=False, method=False,
    signature="upsample_bilinear(input, size=None, scale_factor=None)")
def upsample_bilinear(input, size=None, scale_factor=None):
    _deprecated("upsample_bilinear")
    return interpolate(input, size, scale_factor, mode="bilinear", align_corners=True)
