"""Pictures as PNG or SVG through Matplotlib (the optional extra ``plot``).

Matplotlib runs with its Agg backend (no window, no display needed); a
figure is drawn, written and closed in one call, so nothing is kept.
"""
from __future__ import annotations

import io
from typing import Optional

import numpy as np

from .options import PlotOptions, Series

DPI = 100  # --size WxH in characters is drawn at 10×20 pixels a character
DEFAULT_INCHES = (6.4, 4.8)  # Matplotlib's default: 640×480 pixels


def _pyplot():
    try:
        import matplotlib
    except ImportError:
        raise ModuleNotFoundError(
            "pictures as files need Matplotlib: pip install 'gradsh[plot]'") from None
    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    return plt


def _figure(plt, opts: PlotOptions):
    inches = ((opts.width * 10 / DPI, opts.height * 20 / DPI) if opts.sized
              else DEFAULT_INCHES)
    figure, axes = plt.subplots(figsize=inches, dpi=DPI)
    if opts.title:
        axes.set_title(opts.title)
    if opts.xlabel:
        axes.set_xlabel(opts.xlabel)
    if opts.ylabel:
        axes.set_ylabel(opts.ylabel)
    if opts.logx:
        axes.set_xscale("log")
    if opts.logy:
        axes.set_yscale("log")
    return figure, axes


def render(kind: str, opts: PlotOptions, series: list[Series], xs: Optional[np.ndarray] = None,
           shape: Optional[tuple[int, int]] = None, file_format: str = "png") -> bytes:
    """The picture's bytes: kind is ``plot``, ``hist`` or ``imshow``."""
    plt = _pyplot()
    figure, axes = _figure(plt, opts)
    try:
        if kind == "plot":
            for one in series:
                x = np.arange(len(one.values)) if xs is None else xs
                axes.plot(x, np.where(np.isfinite(one.values), one.values, np.nan),
                          label=one.label)
            axes.legend()
        elif kind == "hist":
            values = series[0].values
            axes.hist(values[np.isfinite(values)], bins=opts.bins or 20)
        else:
            image = axes.imshow(series[0].values.reshape(shape), cmap="viridis")
            figure.colorbar(image, ax=axes)
        stream = io.BytesIO()
        # No date or software version in the file: the same picture, the same bytes.
        metadata = {"Date": None} if file_format == "svg" else {"Software": None}
        figure.savefig(stream, format=file_format, metadata=metadata)
        return stream.getvalue()
    finally:
        plt.close(figure)
