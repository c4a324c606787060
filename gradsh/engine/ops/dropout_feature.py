"""The other dropouts of torch.nn.functional: channel-wise (dropout1d/2d/3d,
ATen's ``feature_dropout``), alpha_dropout and feature_alpha_dropout.

They are ATen's ``_dropout_impl`` (aten/src/ATen/native/Dropout.cpp),
``sampling_draws.dropout_with``: one ``bernoulli_(1 - p)`` draw, over the
input's shape or, for the feature kinds, over ``(N, C, 1, ...)``; then
``div_(1 - p)``, or alpha dropout's affine map. So their masks come from
PyTorch's random stream, bit for bit.
"""
from __future__ import annotations

import warnings

from ..registry import op
from .creation import empty
from .sampling_draws import _noise_like, _probability, dropout_with

def _feature_noise(input):
    """ATen's ``make_feature_noise``: one draw per (sample, channel)."""
    if input.ndim < 2:
        raise RuntimeError("Feature dropout requires at least 2 dimensions in the input")
    shape = tuple(input.shape[:2]) + (1,) * (input.ndim - 2)
    return empty(shape, dtype=input.dtype, device=input.device)


def _channelwise(name: str, input, p, training, inplace, spatial: int):
    """dropout1d and dropout3d: an unbatched input gets a batch dim of 1."""
    p = _probability(p)
    if input.ndim not in (spatial + 1, spatial + 2):
        if spatial == 1:
            raise RuntimeError(
                f"dropout1d: Expected 2D or 3D input, but received a {input.ndim}D input. "
                "Note that dropout1d exists to provide channel-wise dropout on inputs with 1 "
                "spatial dimension, a channel dimension, and an optional batch dimension "
                "(i.e. 2D or 3D inputs).")
        warnings.warn(_deprecated_rank(name, input.ndim, spatial), UserWarning, stacklevel=3)
    batched = input.ndim == spatial + 2
    if not batched:
        input = input.unsqueeze_(0) if inplace else input.unsqueeze(0)
    result = dropout_with(input, p, bool(training), bool(inplace), _feature_noise)
    if not batched:
        result = result.squeeze_(0) if inplace else result.squeeze(0)
    return result


def _deprecated_rank(name: str, ndim: int, spatial: int) -> str:
    low, high = spatial + 1, spatial + 2
    return (f"{name}: Received a {ndim}-D input to {name}, which is deprecated "
            "and will result in an error in a future release. To retain the behavior "
            f"and silence this warning, please use dropout instead. Note that {name} "
            f"exists to provide channel-wise dropout on inputs with {spatial} spatial "
            "dimensions, a channel dimension, and an optional batch dimension "
            f"(i.e. {low}D or {high}D inputs).")


@op("dropout1d", summary="Zero whole channels (N, C, L) with probability p, scale the rest.",
    example="manual_seed(0); F.dropout1d(ones(2, 3, 4))", functional=True, function=False,
    method=False)
def dropout1d(input, p=0.5, training=True, inplace=False):
    return _channelwise("dropout1d", input, p, training, inplace, 1)


@op("dropout2d", summary="Zero whole channels (N, C, H, W) with probability p, scale the rest.",
    example="manual_seed(0); F.dropout2d(ones(1, 3, 2, 2))", functional=True, function=False,
    method=False)
def dropout2d(input, p=0.5, training=True, inplace=False):
    p = _probability(p)
    if input.ndim not in (3, 4):
        warnings.warn(_deprecated_rank("dropout2d", input.ndim, 2), UserWarning, stacklevel=2)
    if input.ndim == 3:
        # PyTorch (issue 77081): a 3-D input is taken as (N, C, L), not unbatched.
        warnings.warn(
            "dropout2d: Received a 3D input to dropout2d and assuming that channel-wise "
            "1D dropout behavior is desired - input is interpreted as shape (N, C, L), where C "
            "is the channel dim. This behavior will change in a future release to interpret the "
            "input as one without a batch dimension, i.e. shape (C, H, W). To maintain the 1D "
            "channel-wise dropout behavior, please switch to using dropout1d instead.",
            UserWarning, stacklevel=2)
    return dropout_with(input, p, bool(training), bool(inplace), _feature_noise)


@op("dropout3d", summary="Zero whole channels (N, C, D, H, W) with probability p, scale the rest.",
    example="manual_seed(0); F.dropout3d(ones(1, 2, 1, 2, 2))", functional=True, function=False,
    method=False)
def dropout3d(input, p=0.5, training=True, inplace=False):
    return _channelwise("dropout3d", input, p, training, inplace, 3)


@op("alpha_dropout", summary="Dropout that keeps SELU's mean and variance (default: not training).",
    example="manual_seed(0); F.alpha_dropout(ones(4), 0.5, True)", functional=True, method=False)
def alpha_dropout(input, p=0.5, training=False, inplace=False):
    return dropout_with(input, _probability(p), bool(training), bool(inplace), _noise_like,
                        alpha=True)


@op("feature_alpha_dropout", summary="Alpha dropout of whole channels (default: not training).",
    example="manual_seed(0); F.feature_alpha_dropout(ones(2, 3, 2), 0.5, True)", functional=True,
    method=False)
def feature_alpha_dropout(input, p=0.5, training=False, inplace=False):
    return dropout_with(input, _probability(p), bool(training), bool(inplace), _feature_noise,
                        alpha=True)
