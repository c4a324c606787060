"""F.embedding_bag: sums, means or maxima of bags of embedding rows.

The checks follow torch/nn/functional.py's ``embedding_bag`` and ATen's
EmbeddingBag.cpp word for word; the arithmetic follows the CPU kernels:
each bag's rows are accumulated one after another in order (fbgemm's
EmbeddingSpMDM, with a fused multiply-add for per_sample_weights; half
precision accumulates in float), a mean divides by the bag's size after
the sum (``apply_bag_size``), and max keeps the first strictly larger
value. One node, ``EmbeddingBagBackward0``, whose rule is written in
gradsh's Tensor operations (a one-hot matmul, like F.embedding's).
"""
from __future__ import annotations

import numpy as np

from .. import dtypes
from ..autograd import record
from ...journal import JOURNAL
from ..registry import op
from .common import as_result
from .normalization import _rows_sum

_MODES = {"sum": 0, "mean": 1, "max": 2}


def _check_python_level(input, weight, offsets, per_sample_weights, mode, scale_grad_by_freq,
                        sparse, include_last_offset):
    """torch/nn/functional.py's embedding_bag, before it calls ATen."""
    if per_sample_weights is not None and tuple(input.shape) != tuple(per_sample_weights.shape):
        raise ValueError(f"embedding_bag: If per_sample_weights ({per_sample_weights.shape}) is "
                         f"not None, then it must have the same shape as the input "
                         f"({input.shape})")
    if weight.ndim != 2:
        raise ValueError(f"weight has to be a 2D Tensor, but got Tensor of dimension "
                         f"{weight.ndim}")
    if input.ndim == 2:
        if offsets is not None:
            raise ValueError("if input is 2D, then offsets has to be None, as input is treated "
                             "is a mini-batch of fixed length sequences. However, found offsets "
                             "of type <class 'torch.Tensor'>")
        starts = np.arange(0, input.numel(), max(input.shape[1], 1), dtype=np.int64)
        if input.shape[1] == 0:
            starts = np.zeros(input.shape[0], dtype=np.int64)
        indices = input._data.reshape(-1)
        include_last_offset = False
        if per_sample_weights is not None:
            per_sample_weights = per_sample_weights.reshape(-1)
    elif input.ndim == 1:
        if offsets is None:
            raise ValueError("offsets has to be a 1D Tensor but got None")
        if offsets.ndim != 1:
            raise ValueError("offsets has to be a 1D Tensor")
        starts, indices = offsets._data.astype(np.int64), input._data
    else:
        raise ValueError(f"input has to be 1D or 2D Tensor, but got Tensor of dimension "
                         f"{input.ndim}")
    if mode not in _MODES:
        raise ValueError("mode has to be one of sum, mean or max")
    if mode == "max" and scale_grad_by_freq:
        raise ValueError("max mode does not support scaling the gradient by the frequency")
    if mode == "max" and sparse:
        raise ValueError("max mode does not support sparse weights")
    return starts, indices, per_sample_weights, include_last_offset


def _check_aten_level(input, weight, per_sample_weights, starts, indices, include_last_offset,
                      padding_idx, offsets_type: str):
    if input.dtype not in (dtypes.int64, dtypes.int32):
        raise RuntimeError(f"Expected tensor for argument #1 'indices' to have one of the "
                           f"following scalar types: Long, Int; but got {input.type()} instead "
                           f"(while checking arguments for embedding_bag)")
    if weight.dtype not in (dtypes.float16, dtypes.float32, dtypes.float64):
        raise RuntimeError(f"Expected tensor for argument #1 'weight' to have one of the "
                           f"following scalar types: Half, BFloat16, Float, Double; but got "
                           f"{weight.type()} instead (while checking arguments for embedding_bag)")
    if per_sample_weights is not None and per_sample_weights.dtype != weight.dtype:
        raise RuntimeError(f"Expected tensor for argument #1 'weight' to have the same type as "
                           f"tensor for argument #1 'per_sample_weights'; but type "
                           f"{weight.type()} does not equal {per_sample_weights.type()} "
                           f"(while checking arguments for embedding_bag)")
    rows = weight.shape[0]
    if padding_idx is not None:
        if not -rows <= padding_idx < rows:
            raise RuntimeError(f"padding_idx must be within the number of embeddings, {-rows} "
                               f"through {rows - 1}, but got {padding_idx}")
        padding_idx %= rows
    if include_last_offset and starts.size == 0:
        raise RuntimeError("include_last_offset: number of offset should be at least 1")
    if starts.size and int(starts[0]) != 0:
        raise RuntimeError("offsets[0] has to be 0, i.e., the first sequence in the mini-batch "
                           f"has to start from position 0. However, got {int(starts[0])}\n"
                           f"[ {offsets_type}{{}} ]")
    if starts.size and int(starts[-1]) > indices.size:
        raise RuntimeError(f"offsets[-1] can not be greater than input's length {indices.size} "
                           f"but got offsets[-1] of {int(starts[-1])}")
    if starts.size and bool((np.diff(starts) < 0).any()):
        raise RuntimeError("Expected i < index_size to be true, but got false.  (Could this "
                           "error message be improved?  If so, please report an enhancement "
                           "request to PyTorch.)")
    for position, value in enumerate(indices.tolist()):
        if not 0 <= value < rows:
            raise RuntimeError(f"Index {position} of input takes value {value} which is not in "
                               f"the valid range [0, {rows})")
    return padding_idx


def _bags(starts, count: int, include_last_offset: bool):
    """(start, end) of each bag."""
    ends = list(starts[1:]) + ([] if include_last_offset else [count])
    if include_last_offset:
        starts = starts[:-1]
    return [(int(s), int(e)) for s, e in zip(starts, ends)]


def _forward(weight_data, indices, weights, bags, mode: int, padding_idx):
    """Rows accumulated one after another, as ATen's CPU kernels do."""
    acc = np.float32 if weight_data.dtype == np.float16 else weight_data.dtype
    table = weight_data.astype(acc)
    out = np.zeros((len(bags), table.shape[1]), dtype=acc)
    argmax = np.full((len(bags), table.shape[1]), -1, dtype=np.int64)
    sizes = np.zeros(len(bags), dtype=np.int64)
    for bag, (start, end) in enumerate(bags):
        for position in range(start, end):
            row = int(indices[position])
            if row == padding_idx:
                continue
            if mode == 2:
                better = (table[row] > out[bag]) | (sizes[bag] == 0)
                out[bag] = np.where(better, table[row], out[bag])
                argmax[bag] = np.where(better, row, argmax[bag])
            elif weights is not None:  # fma(w, row, out), rounded once
                fused = np.float64(weights[position]) * table[row].astype(np.float64) + out[bag]
                out[bag] = fused.astype(acc)
            else:
                out[bag] += table[row]
            sizes[bag] += 1
    if mode == 1:
        out = out / np.maximum(sizes, 1).astype(acc)[:, None]
    return out.astype(weight_data.dtype), argmax, sizes


@op("embedding_bag", summary="Sums, means or maxima of bags of embedding rows.",
    functional=True, function=False, method=False,
    example="F.embedding_bag(tensor([0, 1, 2]), eye(3), tensor([0, 2]))")
def embedding_bag(input, weight, offsets=None, max_norm=None, norm_type=2, scale_grad_by_freq=False,
                  mode="mean", sparse=False, per_sample_weights=None, include_last_offset=False,
                  padding_idx=None):
    if weight.dtype == dtypes.int64 and input.dtype.is_floating_point:
        import warnings
        warnings.warn("Argument order of nn.functional.embedding_bag was changed. Usage "
                      "`embedding_bag(weight, input, ...)` is deprecated, and should now be "
                      "`embedding_bag(input, weight, ...)`.", stacklevel=3)
        weight, input = input, weight
    starts, indices, per_sample_weights, include_last_offset = _check_python_level(
        input, weight, offsets, per_sample_weights, mode, scale_grad_by_freq, sparse,
        include_last_offset)
    if max_norm is not None and input.dtype in (dtypes.int64, dtypes.int32):
        _embedding_renorm_(weight, indices, max_norm, norm_type)
    if per_sample_weights is not None and mode != "sum":
        raise NotImplementedError("embedding_bag: per_sample_weights was not None. "
                                  "per_sample_weights is only supported for mode='sum' "
                                  f"(got mode='{mode}'). Please open a feature request on GitHub.")
    offsets_type = (offsets if offsets is not None else input).type()  # ATen prints offsets[0]
    padding_idx = _check_aten_level(input, weight, per_sample_weights, starts, indices,
                                    include_last_offset, padding_idx, offsets_type)
    indices = indices.astype(np.int64)
    bags = _bags(starts, indices.size, include_last_offset)
    weights = None if per_sample_weights is None else per_sample_weights._data
    xp = weight._xp
    data, argmax, sizes = _forward(np.asarray(weight._data), indices, weights, bags,
                                   _MODES[mode], padding_idx)
    out = as_result(xp.asarray(data), weight.dtype, xp)
    backward = _backward_rule(weight, indices, bags, _MODES[mode], padding_idx, argmax, sizes,
                              scale_grad_by_freq)
    inputs = (weight,) if per_sample_weights is None else (weight, per_sample_weights)
    return record(out, "EmbeddingBagBackward0", inputs, backward, saved=inputs)


def _backward_rule(weight, indices, bags, mode: int, padding_idx, argmax, sizes, by_freq: bool):
    rows, dim = weight.shape
    xp = weight._xp
    # Which bag each position belongs to and its coefficient (0: padding or outside every bag).
    bag_of = np.zeros(indices.size, dtype=np.int64)
    scale = np.zeros(indices.size, dtype=np.float64)
    for bag, (start, end) in enumerate(bags):
        bag_of[start:end] = bag
        scale[start:end] = 1.0 / max(int(sizes[bag]), 1) if mode == 1 else 1.0
    if padding_idx is not None:
        scale[indices == padding_idx] = 0
    if by_freq:
        scale /= np.bincount(indices, minlength=rows)[indices]
    bag_index = as_result(xp.asarray(bag_of), dtypes.int64, xp)
    coefficients = as_result(xp.asarray(scale), weight.dtype, xp)

    def backward(g, weight_saved, per_sample_weights=None):
        if mode == 2:
            picks = np.zeros((rows, len(bags), dim), dtype=weight.dtype.np)
            bag_ids, dims = np.nonzero(argmax >= 0)
            picks[argmax[bag_ids, dims], bag_ids, dims] = 1
            one_hot = as_result(xp.asarray(picks), weight.dtype, xp)
            return ((one_hot * g.unsqueeze(0)).sum(1),)
        if indices.size == 0:
            grads = (weight_saved.new_zeros((rows, dim)),)
            return grads if per_sample_weights is None else grads + (
                per_sample_weights.new_zeros((0,)),)
        per_position = g[bag_index] * coefficients.unsqueeze(1)
        if per_sample_weights is None:
            return (_rows_sum(rows, indices, per_position, weight),)
        grad_weight = _rows_sum(rows, indices, per_position * per_sample_weights.unsqueeze(1),
                                weight)
        lookups = weight_saved[as_result(xp.asarray(indices), dtypes.int64, xp)]
        return grad_weight, (per_position * lookups).sum(1)

    return backward


def _embedding_renorm_(weight, indices, max_norm, norm_type) -> None:
    """torch.embedding_renorm_ under no_grad: rows looked up whose p-norm exceeds max_norm are
    scaled by max_norm / (norm + 1e-7), in place."""
    if JOURNAL[0] is not None:
        JOURNAL[0].storage(weight, False)
    data = weight._data
    for row in np.unique(indices.astype(np.int64)).tolist():
        if not 0 <= row < data.shape[0]:
            continue
        values = data[row].astype(np.float64 if data.dtype == np.float64 else np.float32)
        if norm_type == 1:
            norm = np.abs(values).sum()
        elif norm_type == 2:
            norm = np.sqrt((values * values).sum())
        elif norm_type == float("inf"):
            norm = np.abs(values).max()
        else:
            norm = (np.abs(values) ** norm_type).sum() ** (1.0 / norm_type)
        if norm > max_norm:
            scale = values.dtype.type(max_norm) / (norm + values.dtype.type(1e-7))
            data[row] = (values * scale).astype(data.dtype)
    weight._bump()
