"""F.scaled_dot_product_attention as PyTorch's CPU build picks its kernel.

ATen (transformers/attention.cpp, sdp_utils_cpp.cpp) chooses the flash
attention CPU kernel when the inputs are 4-D, no dropout is asked for, the
value's head size equals the query's and batch and head sizes agree (or
divide, with enable_gqa): one node, ``ScaledDotProductFlashAttentionForCpuBackward0``.
That kernel computes ``(q @ k^T) * scale + mask``, subtracts the row
maximum, exponentiates, multiplies by v and divides by the row sums last;
the same order is used here (its blocking by 32 query rows and 512 keys
changes no result at printed precision). Otherwise the math path
``_scaled_dot_product_attention_math`` is composed of gradsh's ops in
ATen's order: q and k^T each scaled by sqrt(scale), matmul, mask added,
``_safe_softmax`` (rows with no key allowed give 0), ``dropout`` (drawing
from the seeded stream as ATen's ``_dropout`` does), matmul; its grad_fn is
matmul's.
"""
from __future__ import annotations

import math

import numpy as np

from .. import dtypes
from ..autograd import no_grad, record
from ..registry import op
from .common import as_result

_CPP_NAMES = {"float32": "float", "float64": "double", "float16": "c10::Half",
              "bfloat16": "c10::BFloat16", "int64": "long int", "int32": "int", "int16": "short",
              "int8": "signed char", "uint8": "unsigned char", "bool": "bool"}


def _cpp(dtype) -> str:
    return _CPP_NAMES.get(dtype.name, dtype.name)


def _check(query, key, value, attn_mask, dropout_p):
    if query.ndim < 2 or key.ndim < 2 or value.ndim < 2:
        raise RuntimeError(f"Expected query, key, and value to all be  at least 2 dimensional, "
                           f"but got query.dim: {query.ndim} key.dim: {key.ndim} and value.dim: "
                           f"{value.ndim} instead.")
    if not query.dtype == key.dtype == value.dtype:
        raise RuntimeError(f"Expected query, key, and value to have the same dtype, but got "
                           f"query.dtype: {_cpp(query.dtype)} key.dtype: {_cpp(key.dtype)} and "
                           f"value.dtype: {_cpp(value.dtype)} instead.")
    if attn_mask is not None and attn_mask.dtype not in (dtypes.bool_, dtypes.float32,
                                                         query.dtype):
        raise RuntimeError(f"Expected attn_mask dtype to be bool or float or to match query "
                           f"dtype, but got attn_mask.dtype: {_cpp(attn_mask.dtype)} and  "
                           f"query.dtype: {_cpp(query.dtype)} instead.")
    if not 0 <= dropout_p <= 1:
        raise RuntimeError(f"dropout probability has to be between 0 and 1, but got {dropout_p}")


def _float_mask(attn_mask, query):
    """convert_boolean_attn_mask: True takes part (0), False is -inf; a float mask as is."""
    if attn_mask is None:
        return None
    if attn_mask.dtype == dtypes.bool_:
        xp = query._xp
        return as_result(xp.where(attn_mask._data, 0.0, -np.inf), query.dtype, xp)
    return attn_mask


def _uses_flash(query, key, value, dropout_p, enable_gqa) -> bool:
    if not (query.ndim == key.ndim == value.ndim == 4) or dropout_p > 0:
        return False
    if query.shape[-1] != key.shape[-1] or value.shape[-1] != query.shape[-1]:
        return False
    if not query.shape[0] == key.shape[0] == value.shape[0]:
        return False
    if key.shape[1] != value.shape[1] or key.shape[2] != value.shape[2]:
        return False
    if query.shape[1] == key.shape[1]:
        return True
    return bool(enable_gqa) and key.shape[1] > 0 and query.shape[1] % key.shape[1] == 0


def _expand_heads(query, key, value, enable_gqa):
    """pre_process_group_query_attention_input: repeat each key/value head for its group."""
    if not enable_gqa or query.ndim < 3 or query.shape[-3] == key.shape[-3]:
        return key, value
    q_heads, k_heads, v_heads = query.shape[-3], key.shape[-3], value.shape[-3]
    if k_heads == 0 or v_heads == 0 or q_heads % k_heads or q_heads % v_heads:
        raise RuntimeError("Number of heads in key and value must divide the number of heads in ")
    return (key.repeat_interleave(q_heads // k_heads, dim=-3),
            value.repeat_interleave(q_heads // v_heads, dim=-3))


def _causal_mask(query, key):
    rows, cols = query.shape[-2], key.shape[-2]
    allowed = np.tril(np.ones((rows, cols), dtype=bool))
    xp = query._xp
    return as_result(xp.asarray(np.where(allowed, 0.0, -np.inf)), query.dtype, xp)


def _safe_softmax(scores):
    """at::_safe_softmax: softmax, with rows that are all -inf giving 0 (not nan)."""
    probs = scores.softmax(-1)
    empty = (scores._data == -np.inf).all(axis=-1, keepdims=True)
    if bool(np.asarray(empty).any()):
        probs = probs.masked_fill(as_result(empty, dtypes.bool_, scores._xp), 0)
    return probs


def _math(query, key, value, mask, dropout_p, scale_factor, enable_gqa):
    negative = scale_factor < 0
    root = math.sqrt(abs(scale_factor))
    query = query * (0.0 - root if negative else root)
    key, value = _expand_heads(query, key, value, enable_gqa)
    scores = query.matmul(key.transpose(-2, -1) * root)
    if mask is not None:
        scores = scores + mask
    probs = _safe_softmax(scores)
    if dropout_p > 0:
        from .sampling_draws import dropout
        probs = dropout(probs, dropout_p, True)
    return probs.matmul(value)


def _flash_forward(query, key, value, mask, scale_factor):
    """The flash kernel's order on arrays: scaled scores, row max, exp, (p @ v) / row sum."""
    xp = query._xp
    groups = query.shape[1] // key.shape[1]
    k_data = xp.repeat(key._data, groups, axis=1) if groups > 1 else key._data
    v_data = xp.repeat(value._data, groups, axis=1) if groups > 1 else value._data
    acc = np.dtype(np.float32 if query.dtype == dtypes.float16 else query.dtype.np).type
    q_data, k_data, v_data = (a.astype(acc) for a in (query._data, k_data, v_data))
    scores = (q_data @ xp.swapaxes(k_data, -1, -2)) * acc(scale_factor)
    if mask is not None:
        scores = scores + mask._data.astype(acc)
    peak = scores.max(axis=-1, keepdims=True)
    peak = xp.where(peak == -np.inf, 0, peak)
    exps = xp.exp(scores - peak)
    total = exps.sum(axis=-1, keepdims=True)
    out = (exps @ v_data) / xp.where(total == 0, 1, total)
    return as_result(out, query.dtype, xp)


def _flash_backward(mask, scale_factor, groups: int):
    def backward(g, query, key, value):
        if groups > 1:
            key = key.repeat_interleave(groups, dim=1)
            value = value.repeat_interleave(groups, dim=1)
        scores = query.matmul(key.transpose(-2, -1)) * scale_factor
        if mask is not None:
            scores = scores + mask
        probs = _safe_softmax(scores)
        grad_value = probs.transpose(-2, -1).matmul(g)
        grad_probs = g.matmul(value.transpose(-2, -1))
        grad_scores = probs * (grad_probs - (grad_probs * probs).sum(-1, keepdim=True))
        grad_query = grad_scores.matmul(key) * scale_factor
        grad_key = grad_scores.transpose(-2, -1).matmul(query) * scale_factor
        if groups > 1:
            batch, heads, length, width = grad_key.shape
            grad_key = grad_key.reshape(batch, heads // groups, groups, length, width).sum(2)
            batch, heads, length, width = grad_value.shape
            grad_value = grad_value.reshape(batch, heads // groups, groups, length, width).sum(2)
        return grad_query, grad_key, grad_value

    return backward


@op("scaled_dot_product_attention", summary="softmax(q k^T * scale + mask) v, with optional "
    "dropout, causal masking and grouped-query heads.", functional=True, function=False,
    method=False, example="F.scaled_dot_product_attention(ones(1, 2, 3), ones(1, 4, 3), "
    "eye(4).unsqueeze(0))")
def scaled_dot_product_attention(query, key, value, attn_mask=None, dropout_p=0.0,
                                 is_causal=False, *, scale=None, enable_gqa=False):
    if attn_mask is not None and not hasattr(attn_mask, "_data"):
        raise TypeError(f"scaled_dot_product_attention(): argument 'attn_mask' (position 4) "
                        f"must be Tensor, not {type(attn_mask).__name__}")
    _check(query, key, value, attn_mask, dropout_p)
    scale_factor = 1.0 / math.sqrt(query.shape[-1]) if scale is None else float(scale)
    mask = _float_mask(attn_mask, query)
    if _uses_flash(query, key, value, dropout_p, enable_gqa):
        if is_causal:
            causal = _causal_mask(query, key)
            mask = causal if mask is None else mask + causal
        with no_grad():
            out = _flash_forward(query, key, value, mask, scale_factor)
        groups = query.shape[1] // key.shape[1]
        return record(out, "ScaledDotProductFlashAttentionForCpuBackward0", (query, key, value),
                      _flash_backward(mask, scale_factor, groups), saved=(query, key, value))
    if is_causal:
        if attn_mask is not None:
            raise RuntimeError("_scaled_dot_product_attention: Explicit attn_mask should not be "
                               "set when is_causal=True")
        mask = _causal_mask(query, key)
    return _math(query, key, value, mask, dropout_p, scale_factor, enable_gqa)
