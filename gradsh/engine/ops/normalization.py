"""``F.layer_norm``, ``F.batch_norm`` and ``F.embedding``: the ops behind LayerNorm,
BatchNorm1d/2d and Embedding (torch/nn/functional.py).

Forward on arrays; backward rules in gradsh Tensor ops (so second
derivatives work), with PyTorch's grad_fn names. Normalisation over the
``axes`` of ``x``: ``x_hat = (x - mean) / sqrt(var + eps)`` with the biased
variance, and ``dx = (dx_hat - mean(dx_hat) - x_hat * mean(dx_hat * x_hat)) / std``.
"""
from __future__ import annotations

import numpy as np

from .. import backend, dtypes
from ..autograd import no_grad, record
from ...journal import JOURNAL
from ..registry import op
from ..tensor import Tensor
from .common import as_result
from .. import limits
from .common import CHECK_SIZE_ABOVE


def _normalized(data, axes: tuple, eps: float, xp):
    mean = data.mean(axis=axes, keepdims=True)
    centered = data - mean
    var = (centered * centered).mean(axis=axes, keepdims=True)
    inv_std = 1 / xp.sqrt(var + eps)
    return centered * inv_std, inv_std, mean, var


def _normalization_backward(g_hat, x_hat, inv_std, axes: tuple):
    """d(input) from d(x_hat), all Tensors (differentiable again)."""
    return (g_hat - g_hat.mean(axes, keepdim=True)
            - x_hat * (g_hat * x_hat).mean(axes, keepdim=True)) * inv_std


def _statistics(x: Tensor, axes: tuple, eps: float) -> tuple:
    """(x_hat, 1/std) recomputed from x in Tensor ops, so that a backward pass
    with create_graph=True differentiates them too."""
    centered = x - x.mean(axes, keepdim=True)
    inv_std = ((centered * centered).mean(axes, keepdim=True) + eps).rsqrt()
    return centered * inv_std, inv_std


def _check_float(input: Tensor, kernel: str) -> None:
    if not input.dtype.is_floating_point:
        raise RuntimeError(f'"{kernel}" not implemented for \'{input.dtype.short}\'')


@op("layer_norm", summary="Normalise over the last dims (mean 0, variance 1), then scale and "
    "shift.", functional=True, method=False,
    example="F.layer_norm(tensor([[1., 2., 3.]]), (3,))")
def layer_norm(input, normalized_shape, weight=None, bias=None, eps=1e-5):
    if isinstance(input, Tensor) and input._data.size > CHECK_SIZE_ABOVE:  # an expanded view's
        limits.check_copy(input)  # result is its numel (issue 19)
    shape = (normalized_shape,) if isinstance(normalized_shape, int) else \
        tuple(normalized_shape)
    if tuple(input.shape[input.ndim - len(shape):]) != shape or len(shape) > input.ndim:
        raise RuntimeError(f"Given normalized_shape={list(shape)}, expected input with shape "
                           f"[*, {', '.join(str(n) for n in shape)}], but got input of size"
                           f"{list(input.shape)}")
    _check_float(input, "LayerNormKernelImpl")
    axes = tuple(range(input.ndim - len(shape), input.ndim))
    xp = input._xp
    x_hat, inv_std, _, _ = _normalized(input._data, axes, eps, xp)
    out = x_hat
    if weight is not None:
        out = out * weight._data
    if bias is not None:
        out = out + bias._data
    result = as_result(out, input.dtype, xp)
    batch_axes = tuple(range(input.ndim - len(shape)))

    def backward(g, x):
        x_hat_t, inv_std_t = _statistics(x, axes, eps)
        g_hat = g * weight if weight is not None else g
        grads = [_normalization_backward(g_hat, x_hat_t, inv_std_t, axes)]
        if weight is not None:
            grads.append((g * x_hat_t).sum(batch_axes) if batch_axes else g * x_hat_t)
        if bias is not None:
            grads.append(g.sum(batch_axes) if batch_axes else g)
        return tuple(grads)

    inputs = tuple(t for t in (input, weight, bias) if t is not None)
    return record(result, "NativeLayerNormBackward0", inputs, backward, saved=(input,))


@op("batch_norm", summary="Normalise each channel over the batch (and spatial dims); update "
    "running statistics when training.", functional=True, method=False,
    example="F.batch_norm(tensor([[1., 2.], [3., 6.]]), zeros(2), ones(2), training=True)")
def batch_norm(input, running_mean, running_var, weight=None, bias=None, training=False,
               momentum=0.1, eps=1e-5):
    if input.ndim < 2:
        raise ValueError(f"Expected 2D or 3D input (got {input.ndim}D input)")
    _check_float(input, "batch_norm")
    channels = input.shape[1]
    axes = (0,) + tuple(range(2, input.ndim))
    count = int(np.prod([input.shape[a] for a in axes]))
    if training and count <= 1:
        raise ValueError(f"Expected more than 1 value per channel when training, got input "
                         f"size {list(input.shape)}")
    xp = input._xp
    view = (1, channels) + (1,) * (input.ndim - 2)
    data = input._data
    if training or running_mean is None:
        x_hat, inv_std, mean, var = _normalized(data, axes, eps, xp)
        if training and running_mean is not None:
            with no_grad():  # running statistics take the unbiased variance
                unbiased = var.reshape(-1) * (count / max(count - 1, 1))
                if JOURNAL[0] is not None:
                    JOURNAL[0].storage(running_mean, False)
                    JOURNAL[0].storage(running_var, False)
                backend.before_write(running_mean)
                backend.before_write(running_var)
                running_mean._data[...] = (1 - momentum) * running_mean._data + \
                    momentum * mean.reshape(-1)
                running_var._data[...] = (1 - momentum) * running_var._data + \
                    momentum * unbiased
                running_mean._bump()
                running_var._bump()
    else:
        inv_std = 1 / xp.sqrt(running_var._data.reshape(view) + eps)
        x_hat = (data - running_mean._data.reshape(view)) * inv_std
    out = x_hat
    if weight is not None:
        out = out * weight._data.reshape(view)
    if bias is not None:
        out = out + bias._data.reshape(view)
    result = as_result(out, input.dtype, xp)
    batch_stats = training or running_mean is None
    if not batch_stats:
        fixed_inv_std = as_result(inv_std, input.dtype, xp)
        fixed_mean = as_result(running_mean._data.reshape(view), input.dtype, xp)

    def backward(g, x):
        if batch_stats:
            x_hat_t, inv_std_t = _statistics(x, axes, eps)
        else:
            x_hat_t, inv_std_t = (x - fixed_mean) * fixed_inv_std, fixed_inv_std
        g_hat = g * weight.reshape(view) if weight is not None else g
        if batch_stats:
            grads = [_normalization_backward(g_hat, x_hat_t, inv_std_t, axes)]
        else:
            grads = [g_hat * inv_std_t]
        if weight is not None:
            grads.append((g * x_hat_t).sum(axes))
        if bias is not None:
            grads.append(g.sum(axes))
        return tuple(grads)

    inputs = tuple(t for t in (input, weight, bias) if t is not None)
    return record(result, "NativeBatchNormBackward0", inputs, backward, saved=(input,))


def _rows_sum(rows: int, indices, g: Tensor, weight: Tensor) -> Tensor:
    """For each row of weight, the sum of the gradients of the lookups that picked it:
    a one-hot matrix times the gradients (a matmul, so differentiable again)."""
    xp = weight._xp
    flat = indices.reshape(-1)
    picks = np.zeros((rows, flat.size), dtype=weight.dtype.np)
    picks[flat, np.arange(flat.size)] = 1
    one_hot = as_result(xp.asarray(picks), weight.dtype, xp)
    return (one_hot @ g.reshape(flat.size, -1)).reshape(tuple(weight.shape))


@op("embedding", summary="Rows of weight picked by integer indices (a lookup table).",
    functional=True, method=False, example="F.embedding(tensor([0, 2]), eye(3))")
def embedding(input, weight, padding_idx=None, max_norm=None, norm_type=2.0,
              scale_grad_by_freq=False, sparse=False):
    if input.dtype.is_floating_point or input.dtype == dtypes.bool_:
        raise RuntimeError(f"Expected tensor for argument #1 'indices' to have one of the "
                           f"following scalar types: Long, Int; but got "
                           f"{input.type()} instead (while checking arguments for embedding)")
    indices = input._data.astype(np.int64)
    rows = weight.shape[0]
    if indices.size and (int(indices.min()) < -rows or int(indices.max()) >= rows or
                         int(indices.min()) < 0):
        raise IndexError("index out of range in self")
    xp = weight._xp
    result = as_result(weight._data[indices], weight.dtype, xp)
    if padding_idx is not None and padding_idx < 0:
        padding_idx += rows

    def backward(g):
        grad = _rows_sum(rows, indices, g, weight)
        if padding_idx is not None:
            mask = np.ones((rows, 1), dtype=weight.dtype.np)
            mask[padding_idx] = 0
            grad = grad * as_result(xp.asarray(mask), weight.dtype, xp)
        return (grad,)

    return record(result, "EmbeddingBackward0", (weight,), backward)
