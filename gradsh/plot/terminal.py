"""Pictures as Unicode text: lines and histograms through uniplot, heat maps drawn here.

Monochrome text (no escape codes) unless the interactive shell asked for
colour; one series is drawn in Braille dots, several series without colour
in distinct ASCII marks (``+``, ``x``, ``o``), so that they stay apart.
Values that are nan or inf are left out, and a note says how many.
"""
from __future__ import annotations

from typing import Optional

import numpy as np

from .options import PlotOptions, Series

# Five shades from the smallest value to the largest; a cell is two characters wide,
# so that a square matrix looks square on a terminal.
SHADES = " ░▒▓█"
# 256-colour backgrounds from dark blue to yellow (a viridis-like ramp) for the shell.
COLOURS = (17, 18, 24, 30, 36, 71, 107, 143, 179, 221)


def _uniplot():
    try:
        import uniplot
    except ImportError:
        raise ModuleNotFoundError("pictures in the terminal need uniplot: "
                                  "pip install 'gradsh[plot]'") from None
    return uniplot


def _finite_mask(values: np.ndarray, positive: bool) -> np.ndarray:
    mask = np.isfinite(values)
    if positive:
        mask &= values > 0
    return mask


def _left_out_note(label: str, count: int, positive: bool) -> str:
    kind = "nan, inf or not positive (log scale)" if positive else "nan or inf"
    values = "value" if count == 1 else "values"
    return f"note: {label}: {count} {values} {kind} left out"


def _frame_lines(text: str, opts: PlotOptions) -> list[str]:
    lines = text.rstrip("\n").split("\n")
    if opts.ylabel:
        lines.insert(1 if opts.title else 0, opts.ylabel)
    if opts.xlabel:
        lines.append(opts.xlabel.center(opts.width + 2).rstrip())
    return lines


def _titled(opts: PlotOptions) -> dict:
    return {"title": opts.title} if opts.title else {}  # uniplot prints a None title


def _finish(lines: list[str], notes: list[str]) -> str:
    return "\n".join(line.rstrip() for line in lines + notes) + "\n"


def line_plot(xs: Optional[np.ndarray], series: list[Series], opts: PlotOptions) -> str:
    """``:plot``: each series against xs (against its index when xs is None)."""
    plot_to_string = _uniplot().plot_to_string
    ys_kept, xs_kept, notes = [], [], []
    for one in series:
        x = np.arange(len(one.values), dtype=np.float64) if xs is None else xs
        mask = _finite_mask(one.values, opts.logy) & _finite_mask(x, opts.logx)
        left_out = int((~mask).sum())
        if left_out:
            notes.append(_left_out_note(one.label, left_out, opts.logy or opts.logx))
        ys_kept.append(one.values[mask])
        xs_kept.append(x[mask])
    if not any(len(y) for y in ys_kept):
        raise ValueError("nothing to plot: no value is finite")
    several = len(series) > 1
    text = plot_to_string(
        ys_kept, xs_kept, width=opts.width, height=opts.height, **_titled(opts),
        legend_labels=[one.label for one in series], lines=True, color=opts.color,
        character_set="ascii" if several and not opts.color else "braille",
        x_as_log=opts.logx, y_as_log=opts.logy, x_gridlines=[])  # no line at x = 0
    return _finish(_frame_lines(text, opts), notes)


def histogram(values: Series, opts: PlotOptions) -> str:
    """``:hist``: the counts of the finite values in ``bins`` equal bins."""
    histogram_to_string = _uniplot().histogram_to_string
    data = values.values
    mask = np.isfinite(data)
    notes = [_left_out_note(values.label, int((~mask).sum()), False)] if not mask.all() else []
    data = data[mask]
    if not len(data):
        raise ValueError("nothing to plot: no value is finite")
    bins = opts.bins or 20
    low, high = float(data.min()), float(data.max())
    if low == high:  # one value: one bin around it, as numpy.histogram does
        low, high = low - 0.5, high + 0.5
    text = histogram_to_string(data, bins=bins, bins_min=low, bins_max=high,
                               width=opts.width, height=opts.height, **_titled(opts),
                               color=opts.color, y_as_log=opts.logy)
    summary = (f"{values.label}: {len(data)} values in {bins} bins from {low:.4g} to {high:.4g}"
               f", mean {data.mean():.4g}, std {data.std(ddof=1) if len(data) > 1 else 0.0:.4g}")
    return _finish(_frame_lines(text, opts) + [summary], notes)


def _cells(matrix: np.ndarray, opts: PlotOptions) -> np.ndarray:
    """Shrink a matrix by averaging blocks until it fits the drawing area
    (rows to the height, columns, two characters each, to the width)."""
    rows, cols = matrix.shape
    row_step = -(-rows // max(opts.height, 1))
    col_step = -(-cols // max(opts.width // 2, 1))
    if row_step == 1 and col_step == 1:
        return matrix
    out_rows, out_cols = -(-rows // row_step), -(-cols // col_step)
    shrunk = np.empty((out_rows, out_cols))
    for i in range(out_rows):
        for j in range(out_cols):
            block = matrix[i * row_step:(i + 1) * row_step, j * col_step:(j + 1) * col_step]
            finite = block[np.isfinite(block)]
            shrunk[i, j] = finite.mean() if len(finite) else block.flat[0]
    return shrunk


def _cell_text(value: float, low: float, high: float, color: bool) -> str:
    if np.isnan(value):
        return "??"
    if np.isinf(value):
        return "+∞" if value > 0 else "-∞"
    fraction = 0.0 if high == low else (value - low) / (high - low)
    if color:
        colour = COLOURS[min(int(fraction * len(COLOURS)), len(COLOURS) - 1)]
        return f"\x1b[48;5;{colour}m  \x1b[0m"
    return SHADES[min(int(fraction * len(SHADES)), len(SHADES) - 1)] * 2


def heatmap(matrix: Series, shape: tuple[int, int], opts: PlotOptions) -> str:
    """``:imshow``: one cell per element (blocks averaged when large), with its scale."""
    data = matrix.values.reshape(shape)
    finite = data[np.isfinite(data)]
    if not len(finite):
        raise ValueError("nothing to plot: no value is finite")
    cells = _cells(data, opts)
    shown = cells[np.isfinite(cells)]  # block means when shrunk: their range is the scale's
    low, high = float(shown.min()), float(shown.max())
    lines = [opts.title.center(2 * cells.shape[1] + 2).rstrip()] if opts.title else []
    lines.append("┌" + "─" * (2 * cells.shape[1]) + "┐")
    for index, row in enumerate(cells):
        text = "".join(_cell_text(v, low, high, opts.color) for v in row)
        lines.append(f"│{text}│")
    lines.append("└" + "─" * (2 * cells.shape[1]) + "┘")
    if cells.shape != data.shape:
        lines.append(f"{matrix.label}: {shape[0]}×{shape[1]}, shown as {cells.shape[0]}×"
                     f"{cells.shape[1]} block means")
    else:
        lines.append(f"{matrix.label}: {shape[0]}×{shape[1]}")
    steps = COLOURS if opts.color else SHADES
    scale = "".join(_cell_text(low + (high - low) * (k + 0.5) / len(steps), low, high,
                               opts.color) for k in range(len(steps)))
    lines.append(f"scale {low:.4g} │{scale}│ {high:.4g}")
    notes = []
    if len(finite) < data.size:
        notes.append("note: ?? is nan, +∞ and -∞ are inf; the scale is of the finite values")
    return _finish(lines, notes)
