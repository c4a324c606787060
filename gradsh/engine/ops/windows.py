"""Sliding windows over the trailing (spatial) dims: the im2col behind conv and pooling.

:class:`Windows` is the geometry (kernel, stride, dilation, padding before
and after each spatial dim). :func:`window_view` is a strided view of a
padded array shaped ``(lead..., *kernel, *out)``, built with ``as_strided``
on the array's own module (NumPy or CuPy). :func:`fold_array` is its
adjoint: it adds each window element back to the input position it came
from (col2im).

:func:`unfold` and :func:`fold` are the same two maps as tensor operations,
each recorded with the other as its backward rule. Both are linear, so the
backward rules of conv and pooling written with them can be differentiated
again (ARCHITECTURE idiom 2). The node names are PyTorch's for F.unfold and
F.fold (``Im2ColBackward0``, ``Col2ImBackward0``); they only appear inside
graphs built with ``create_graph=True``.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass

from ..autograd import record
from ..backend import xp_of
from ..tensor import Tensor


@dataclass(frozen=True)
class Windows:
    spatial: tuple  # the input's spatial sizes, unpadded
    kernel: tuple
    stride: tuple
    dilation: tuple
    before: tuple  # padding before each spatial dim
    after: tuple  # padding after (more than before for ceil_mode or padding='same')

    @property
    def out(self) -> tuple:
        return tuple((size + b + a - d * (k - 1) - 1) // s + 1 for size, k, s, d, b, a in zip(
            self.spatial, self.kernel, self.stride, self.dilation, self.before, self.after))

    @property
    def padded(self) -> tuple:
        return tuple(size + b + a for size, b, a in zip(self.spatial, self.before, self.after))


def _pad(array, windows: Windows, fill):
    if not any(windows.before) and not any(windows.after):
        return array
    xp = xp_of(array)
    lead = array.ndim - len(windows.spatial)
    widths = [(0, 0)] * lead + list(zip(windows.before, windows.after))
    return xp.pad(array, widths, mode="constant", constant_values=fill)


def window_view(array, windows: Windows, fill=0):
    """A read-only strided view ``(lead..., *kernel, *out)`` of ``array`` padded with ``fill``."""
    padded = _pad(array, windows, fill)
    xp = xp_of(padded)
    dims = len(windows.spatial)
    lead = padded.ndim - dims
    strides = padded.strides
    spatial_strides = strides[lead:]
    shape = padded.shape[:lead] + tuple(windows.kernel) + windows.out
    view_strides = (strides[:lead]
                    + tuple(st * d for st, d in zip(spatial_strides, windows.dilation))
                    + tuple(st * s for st, s in zip(spatial_strides, windows.stride)))
    return xp.lib.stride_tricks.as_strided(padded, shape=shape, strides=view_strides)


def fold_array(cols, windows: Windows):
    """The adjoint of window_view: sum ``(lead..., *kernel, *out)`` back into the input."""
    xp = xp_of(cols)
    dims = len(windows.spatial)
    lead_shape = cols.shape[:cols.ndim - 2 * dims]
    padded = xp.zeros(lead_shape + windows.padded, dtype=cols.dtype)
    out = windows.out
    for offsets in itertools.product(*(range(k) for k in windows.kernel)):
        # Within one kernel offset the strided positions are distinct, so += is exact.
        target = tuple(slice(o * d, o * d + s * (n - 1) + 1, s) for o, d, s, n in zip(
            offsets, windows.dilation, windows.stride, out))
        padded[(Ellipsis,) + target] += cols[(Ellipsis,) + offsets + (slice(None),) * dims]
    crop = tuple(slice(b, b + size) for b, size in zip(windows.before, windows.spatial))
    return padded[(Ellipsis,) + crop]


def unfold(input: Tensor, windows: Windows) -> Tensor:
    """The windows of ``input`` as a new contiguous tensor ``(lead..., *kernel, *out)``."""
    array = xp_of(input._data).ascontiguousarray(window_view(input._data, windows))
    out = Tensor._make(array, input.dtype)
    return record(out, "Im2ColBackward0", (input,), lambda g: (fold(g, windows),))


def fold(cols: Tensor, windows: Windows) -> Tensor:
    """Each window element added back to its input position (the adjoint of unfold)."""
    out = Tensor._make(fold_array(cols._data, windows), cols.dtype)
    return record(out, "Col2ImBackward0", (cols,), lambda g: (unfold(g, windows),))
