"""Rearrangements of channels: pixel_shuffle, pixel_unshuffle, channel_shuffle.

Each is a reshape, a permutation and a reshape on arrays, recorded as one
node with PyTorch's name; the backward rule of each is the inverse
rearrangement (itself recorded), so higher derivatives work. Checks and
messages follow ATen's PixelShuffle.cpp and ChannelShuffle.cpp.
"""
from __future__ import annotations

from ..autograd import record
from ..registry import op
from ..tensor import Tensor


def _int_argument(value, function: str, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{function}(): argument '{name}' (position 2) must be int, not "
                        f"{type(value).__name__}")
    return value


def _check_tensor(input, function: str) -> None:
    if not isinstance(input, Tensor):
        raise TypeError(f"{function}(): argument 'input' (position 1) must be Tensor, not "
                        f"{type(input).__name__}")


def _rearranged(input, shape, axes, final, grad_fn, inverse):
    xp = input._xp
    array = xp.ascontiguousarray(input._data.reshape(shape).transpose(axes)).reshape(final)
    out = Tensor._make(array, input.dtype)
    return record(out, grad_fn, (input,), lambda g: (inverse(g),))


def _shuffle(input, factor: int, grad_fn: str = "PixelShuffleBackward0"):
    lead = tuple(input.shape[:-3])
    channels, height, width = input.shape[-3:]
    out_channels = channels // (factor * factor)
    n = len(lead)
    axes = tuple(range(n)) + (n, n + 3, n + 1, n + 4, n + 2)
    return _rearranged(input, lead + (out_channels, factor, factor, height, width), axes,
                       lead + (out_channels, height * factor, width * factor), grad_fn,
                       lambda g: _unshuffle(g, factor))


def _unshuffle(input, factor: int, grad_fn: str = "PixelUnshuffleBackward0"):
    lead = tuple(input.shape[:-3])
    channels, height, width = input.shape[-3:]
    n = len(lead)
    axes = tuple(range(n)) + (n, n + 2, n + 4, n + 1, n + 3)
    return _rearranged(input, lead + (channels, height // factor, factor, width // factor, factor),
                       axes, lead + (channels * factor * factor, height // factor,
                                     width // factor), grad_fn,
                       lambda g: _shuffle(g, factor))


@op("pixel_shuffle", summary="(*, C r^2, H, W) -> (*, C, H r, W r): channels into space.",
    functional=True, method=False,
    example="F.pixel_shuffle(arange(8.).view(1, 4, 1, 2), 2)")
def pixel_shuffle(input, upscale_factor):
    _check_tensor(input, "pixel_shuffle")
    factor = _int_argument(upscale_factor, "pixel_shuffle", "upscale_factor")
    if input.ndim < 3:
        raise RuntimeError("pixel_shuffle expects input to have at least 3 dimensions, but got "
                           f"input with {input.ndim} dimension(s)")
    if factor <= 0:
        raise RuntimeError(f"pixel_shuffle expects a positive upscale_factor, but got {factor}")
    channels = input.shape[-3]
    if channels % (factor * factor):
        raise RuntimeError("pixel_shuffle expects its input's 'channel' dimension to be "
                           "divisible by the square of upscale_factor, but input.size(-3)="
                           f"{channels} is not divisible by {factor * factor}")
    return _shuffle(input, factor)


@op("pixel_unshuffle", summary="(*, C, H r, W r) -> (*, C r^2, H, W): space into channels.",
    functional=True, method=False,
    example="F.pixel_unshuffle(arange(8.).view(1, 1, 2, 4), 2)")
def pixel_unshuffle(input, downscale_factor):
    _check_tensor(input, "pixel_unshuffle")
    factor = _int_argument(downscale_factor, "pixel_unshuffle", "downscale_factor")
    if input.ndim < 3:
        raise RuntimeError("pixel_unshuffle expects input to have at least 3 dimensions, but "
                           f"got input with {input.ndim} dimension(s)")
    if factor <= 0:
        raise RuntimeError("pixel_unshuffle expects a positive downscale_factor, but got "
                           f"{factor}")
    height, width = input.shape[-2:]
    for label, axis, size in (("height", -2, height), ("width", -1, width)):
        if size % factor:
            raise RuntimeError(f"pixel_unshuffle expects {label} to be divisible by "
                               f"downscale_factor, but input.size({axis})={size} is not "
                               f"divisible by {factor}")
    return _unshuffle(input, factor)


def _channel_shuffle(input, groups: int, grad_fn: str):
    batch, channels = input.shape[0], input.shape[1]
    rest = tuple(input.shape[2:])

    def inverse(g):
        return _channel_shuffle(g, channels // groups, grad_fn)

    if grad_fn != "ChannelShuffleBackward0":
        def inverse(g):  # noqa: F811 - native_channel_shuffle has no derivative in PyTorch
            raise RuntimeError("derivative for aten::native_channel_shuffle is not implemented")

    return _rearranged(input, (batch, groups, channels // groups) + rest,
                       (0, 2, 1) + tuple(range(3, 3 + len(rest))), tuple(input.shape), grad_fn,
                       inverse)


def _check_channel_shuffle(input, groups, function: str) -> int:
    _check_tensor(input, function)
    groups = _int_argument(groups, function, "groups")
    if input.ndim <= 2:
        raise RuntimeError("channel_shuffle expects input with > 2 dims, but got input with "
                           f"sizes [{', '.join(map(str, input.shape))}]")
    if groups <= 0:
        raise RuntimeError("Number of groups to divide channels in must be positive. Value of "
                           f"groups:{groups}")
    channels = input.shape[1]
    if channels % groups:
        raise RuntimeError(f"Number of channels must be divisible by groups. Got {channels} "
                           f"channels and {groups} groups.")
    return groups


@op("channel_shuffle", summary="Interleave the channels of (N, C, *) from `groups` groups.",
    functional=True, method=False,
    example="F.channel_shuffle(arange(4.).view(1, 4, 1), 2)")
def channel_shuffle(input, groups):
    groups = _check_channel_shuffle(input, groups, "channel_shuffle")
    return _channel_shuffle(input, groups, "ChannelShuffleBackward0")


@op("native_channel_shuffle", summary="channel_shuffle without a derivative (PyTorch's native "
    "kernel).", functional=True, method=False, differentiable=False,
    example="F.native_channel_shuffle(arange(4.).view(1, 4, 1), 2)")
def native_channel_shuffle(input, groups):
    groups = _check_channel_shuffle(input, groups, "native_channel_shuffle")
    return _channel_shuffle(input, groups, "NotImplemented")
