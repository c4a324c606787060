"""The PyTorch 0.3 tensor format (``:set style legacy``).

A port of PyTorch 0.3's ``torch/_tensor_str.py`` (``_number_format``,
``_vector_str``, ``_matrix_str``, ``_tensor_str``, ``_str``) to NumPy, with
its quirks kept (see docs/printing.md for examples):

- the repr starts with a newline and ends with ``[torch.FloatTensor of size
  2x3]`` and a newline (so a REPL shows a blank line before and after);
- one format for the whole tensor, values joined by single spaces and
  right-aligned; integral values print without a dot (`` 1  2  3``);
- a 1-D tensor is a column, a 2-D tensor rows, higher dimensions a sequence
  of 2-D slices headed ``(0 ,1 ,.,.) = ``;
- a common scale factor line (``1.00000e-03 *``) when all values are small
  or large but close together;
- ``Variable containing:`` above tensors that require grad.

Deliberate differences from 0.3 (which had no 0-d tensors, bool, or real
empty shapes): 0-d and empty tensors print ``[torch.FloatTensor with no
dimension]`` (0.3's words for its dimensionless empty tensors), and a
Variable's header is always on its own line; a line holds at least one
column even when a value is wider than ``linewidth`` (0.3 looped forever).
"""
from __future__ import annotations

import math

import numpy as np

from gradsh.engine.dtypes import DType

SCALE_FORMAT = "{:.5e} *\n"
_VDOTS = "\u22ee"  # vertical ellipsis
_DDOTS = "\u22f1"  # down-right diagonal ellipsis


def _number_format(data: np.ndarray, precision: int, min_sz: int = -1):
    """0.3's ``_number_format``: (format string, scale, width) for all values.

    Works on |values| as doubles; nan/inf are replaced by the first finite
    value (and force a width of at least 3). ``exp`` is the number of digits
    before the decimal point of the smallest/largest magnitude.
    """
    min_sz = max(min_sz, 2)
    t = np.abs(data.astype(np.float64).reshape(-1))
    invalid = ~np.isfinite(t)
    if invalid.any():
        t[invalid] = 0.0 if invalid.all() else t[~invalid][0]
        min_sz = max(min_sz, 3)
    int_mode = bool(np.all(t == np.ceil(t)))
    tmin, tmax = float(t.min()), float(t.max())
    exp_min = math.floor(math.log10(tmin)) + 1 if tmin != 0 else 1
    exp_max = math.floor(math.log10(tmax)) + 1 if tmax != 0 else 1
    scale: float = 1
    prec = precision
    if int_mode:
        if exp_max > prec + 1:
            fmt = f"{{:11.{prec}e}}"
            sz = max(min_sz, 7 + prec)
        else:
            sz = max(min_sz, exp_max + 1)
            fmt = "{:" + str(sz) + ".0f}"
    elif exp_max - exp_min > prec:
        sz = 7 + prec
        if abs(exp_max) > 99 or abs(exp_min) > 99:
            sz += 1
        sz = max(min_sz, sz)
        fmt = f"{{:{sz}.{prec}e}}"
    else:
        if exp_max > prec + 1 or exp_max < 0:
            sz = max(min_sz, 7)
            scale = math.pow(10, exp_max - 1)
        else:
            sz = 7 if exp_max == 0 else exp_max + 6
            sz = max(min_sz, sz)
        fmt = f"{{:{sz}.{prec}f}}"
    return fmt, scale, sz


def _join(values: np.ndarray, fmt: str, scale: float) -> str:
    return " ".join(fmt.format(v / scale) for v in values.tolist())


def _repr_row(row: np.ndarray, indent: str, fmt: str, scale: float,
              truncate: int | None = None) -> str:
    if truncate is not None:
        return (indent + _join(row[:truncate], fmt, scale) + " {:^5} ".format("...")
                + _join(row[-truncate:], fmt, scale) + "\n")
    return indent + _join(row, fmt, scale) + "\n"


def _matrix_str(m: np.ndarray, opts, indent: str = "", formatter=None,
                force_truncate: bool = False) -> str:
    n = opts.edgeitems
    has_hdots = m.shape[1] > 2 * n
    has_vdots = m.shape[0] > 2 * n
    print_full_mat = not has_hdots and not has_vdots
    if formatter is None:
        formatter = _number_format(m, opts.precision, 5 if not print_full_mat else 0)
    fmt, scale, sz = formatter
    columns_per_line = max(1, (opts.linewidth - len(indent)) // (sz + 1))
    out = ""
    if not force_truncate and (m.size < opts.threshold or print_full_mat):
        # Everything, in chunks of columns that fit the line width.
        first = 0
        while first < m.shape[1]:
            last = min(first + columns_per_line - 1, m.shape[1] - 1)
            if columns_per_line < m.shape[1]:
                out += "\n" if first != 1 else ""  # 0.3's test (first != 1), kept
                out += f"Columns {first} to {last} \n{indent}"
            if scale != 1:
                out += SCALE_FORMAT.format(scale)
            for row in m[:, first:last + 1]:
                out += indent + (" " if scale != 1 else "") + _join(row, fmt, scale) + "\n"
            first = last + 1
        return out
    if scale != 1:
        out += SCALE_FORMAT.format(scale)
    if has_vdots and has_hdots:
        vdots = "{:^" + str(max(0, (sz + 1) * n - 1)) + "}"  # 0.3 raised for n == 0
        out += "".join(_repr_row(r, indent, fmt, scale, n) for r in m[:n])
        out += indent + " ".join([vdots.format("..."), "{:^5}".format(_DDOTS),
                                  vdots.format("...")]) + "\n"
        out += "".join(_repr_row(r, indent, fmt, scale, n) for r in m[-n:])
    elif has_hdots:
        out += "".join(_repr_row(r, indent, fmt, scale, n) for r in m)
    elif has_vdots:
        # 0.3 centres the dots in the length of a row *including* its newline.
        vdots = "{:^" + str(len(_repr_row(m[0], "", fmt, scale))) + "}\n"
        out += "".join(_repr_row(r, indent, fmt, scale) for r in m[:n])
        out += vdots.format(_VDOTS)
        out += "".join(_repr_row(r, indent, fmt, scale) for r in m[-n:])
    else:
        out += "".join(_repr_row(r, indent, fmt, scale) for r in m)
    return out


def _tensor_str(t: np.ndarray, opts) -> str:
    """Three or more dims: each trailing 2-D slice under a ``(i ,j,.,.) = `` header."""
    n = opts.edgeitems
    has_hdots = t.shape[-1] > 2 * n
    has_vdots = t.shape[-2] > 2 * n
    print_full_mat = not has_hdots and not has_vdots
    formatter = _number_format(t, opts.precision, 3 if not print_full_mat else 0)
    print_dots = t.size >= opts.threshold
    dim_sz = max(2, max(len(str(x)) for x in t.shape))
    dim_fmt = "{:^" + str(dim_sz) + "}"
    dot_fmt = "{:^" + str(dim_sz + 1) + "}"
    counter_dim = t.ndim - 2
    counter = [0] * counter_dim
    counter[-1] = -1
    out = ""
    while True:
        # Advance the index like an odometer, skipping the middle of long dims.
        restarted = [False] * counter_dim
        skipped = [False] * counter_dim
        finished = False
        for i in range(counter_dim - 1, -1, -1):
            counter[i] += 1
            if print_dots and counter[i] == n and t.shape[i] > 2 * n:
                counter[i] = t.shape[i] - n
                skipped[i] = True
            if counter[i] == t.shape[i]:
                finished = i == 0
                counter[i] = 0
                restarted[i] = True
            else:
                break
        if finished:
            break
        if print_dots:
            if any(skipped):
                out += "".join(dot_fmt.format("..." if s else "") for s in skipped) + "\n"
            if any(restarted):
                out += " " + "".join(dot_fmt.format(_VDOTS if r else "") for r in restarted) + "\n"
        if out:
            out += "\n"
        out += "({},.,.) = \n".format(",".join(dim_fmt.format(i) for i in counter))
        out += _matrix_str(t[tuple(counter)], opts, " ", formatter, print_dots)
    return out


def _vector_str(v: np.ndarray, opts) -> str:
    fmt, scale, sz = _number_format(v, opts.precision)
    out, ident, n = "", "", opts.edgeitems
    if scale != 1:
        out += SCALE_FORMAT.format(scale)
        ident = " "
    if v.size < opts.threshold:
        return out + "\n".join(ident + fmt.format(x / scale) for x in v.tolist()) + "\n"
    head = v[:n].tolist()
    tail = v[-n:].tolist()  # v[-0:] is all of v, as in 0.3
    return (out + "\n".join(ident + fmt.format(x / scale) for x in head) + "\n"
            + ident + ("{:^" + str(sz) + "}\n").format(_VDOTS)
            + "\n".join(ident + fmt.format(x / scale) for x in tail) + "\n")


def _type_name(dtype: DType, device: str | None) -> tuple[str, str]:
    """(``torch.cuda.FloatTensor``, `` (GPU 0)``) or (``torch.FloatTensor``, '')."""
    if device is not None and device.startswith("cuda"):
        index = device.partition(":")[2] or "0"
        return f"torch.cuda.{dtype.legacy}", f" (GPU {index})"
    return f"torch.{dtype.legacy}", ""


def format_legacy(data: np.ndarray, dtype: DType, *, device: str | None = None,
                  requires_grad: bool = False, opts=None) -> str:
    """PyTorch 0.3's ``repr`` of a tensor (a Variable's when ``requires_grad``)."""
    if opts is None:
        from gradsh.engine.printing import options as opts
    type_name, device_str = _type_name(dtype, device)
    if data.ndim == 0 or data.size == 0:
        body = f"[{type_name} with no dimension]\n"
        return ("Variable containing:\n" + body) if requires_grad else body
    if data.ndim == 1:
        body = _vector_str(data, opts)
    elif data.ndim == 2:
        body = _matrix_str(data, opts)
    else:
        body = _tensor_str(data, opts)
    size_str = "x".join(str(s) for s in data.shape)
    body = "\n" + body + f"[{type_name} of size {size_str}{device_str}]\n"
    return ("Variable containing:" + body) if requires_grad else body
