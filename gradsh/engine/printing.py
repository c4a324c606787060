"""Tensor printing: PyTorch 2.x's ``repr(tensor)``, byte for byte.

This is a port of ``torch/_tensor_str.py`` (PyTorch 2.13) to NumPy: the
``_Formatter`` class, ``_tensor_str_with_formatter``, ``get_summarized_data``
and ``_add_suffixes`` keep PyTorch's names and logic so the two can be read
side by side. The PyTorch 0.3 style (``:set style legacy``) lives in
:mod:`gradsh.engine.printing_legacy`.

Values are formatted with Python's own float formatting of the stored value
converted to double, exactly as PyTorch does (``tensor.tolist()`` then
``"{:.4f}".format``), so rounding is identical. Only the printed elements are
converted to Python numbers: a summarized 1000x1000 tensor touches 36 values.
"""
from __future__ import annotations

import math

import numpy as np

from gradsh.engine import dtypes as _dtypes
from gradsh.engine import limits as _limits


class PrintOptions:
    """The print options (``torch._tensor_str.PRINT_OPTS``) plus gradsh's style."""

    __slots__ = ("precision", "threshold", "edgeitems", "linewidth", "sci_mode", "style")

    def __init__(self, precision: int = 4, threshold: float = 1000, edgeitems: int = 3,
                 linewidth: int = 80, sci_mode: bool | None = None, style: str = "torch"):
        self.precision = precision
        self.threshold = threshold
        self.edgeitems = edgeitems
        self.linewidth = linewidth
        self.sci_mode = sci_mode
        self.style = style

    def copy(self) -> "PrintOptions":
        return PrintOptions(self.precision, self.threshold, self.edgeitems, self.linewidth,
                            self.sci_mode, self.style)

    def __repr__(self) -> str:
        fields = ", ".join(f"{k}={getattr(self, k)!r}" for k in self.__slots__)
        return f"PrintOptions({fields})"


options = PrintOptions()

# torch.set_printoptions(profile=...): (precision, threshold, edgeitems, linewidth)
_PROFILES = {
    "default": (4, 1000, 3, 80),
    "short": (2, 1000, 2, 80),
    "full": (4, math.inf, 3, 80),
}


def set_printoptions(precision: int | None = None, threshold: float | None = None,
                     edgeitems: int | None = None, linewidth: int | None = None,
                     profile: str | None = None, sci_mode: bool | None = None) -> None:
    """``torch.set_printoptions`` on the global :data:`options`, with PyTorch's semantics.

    As in PyTorch, a profile ('default', 'short', 'full') is applied first and
    the explicit options override it, and ``sci_mode`` is *always* assigned:
    any call without ``sci_mode=`` puts scientific notation back to
    automatic. (gradsh's ``:set`` commands change one attribute instead.)
    """
    journal_options()
    apply_printoptions(options, precision, threshold, edgeitems, linewidth, profile, sci_mode)


def apply_printoptions(o: PrintOptions, precision: int | None = None,
                       threshold: float | None = None, edgeitems: int | None = None,
                       linewidth: int | None = None, profile: str | None = None,
                       sci_mode: bool | None = None) -> None:
    """:func:`set_printoptions` on the given options object."""
    if profile in _PROFILES:  # PyTorch silently ignores an unknown profile
        o.precision, o.threshold, o.edgeitems, o.linewidth = _PROFILES[profile]
    if precision is not None:
        o.precision = precision
    if threshold is not None:
        o.threshold = threshold
    if edgeitems is not None:
        o.edgeitems = edgeitems
    if linewidth is not None:
        o.linewidth = linewidth
    o.sci_mode = sci_mode


def _restore_options(saved: PrintOptions) -> None:
    for name in PrintOptions.__slots__:
        setattr(options, name, getattr(saved, name))


def journal_options() -> None:
    """Before the global options change in a journaled statement (gradsh/journal.py)."""
    from ..journal import note_setting  # noqa: PLC0415 - a rare call

    note_setting("printoptions", _restore_options, options.copy())


def get_printoptions() -> dict:
    """``torch.get_printoptions()``: the five PyTorch options as a dict."""
    return {k: getattr(options, k) for k in ("precision", "threshold", "edgeitems",
                                             "linewidth", "sci_mode")}


# ---------------------------------------------------------------------------
# PyTorch 2.x style
# ---------------------------------------------------------------------------

class _Formatter:
    """``torch._tensor_str._Formatter``: one element format for a whole tensor.

    Built from the (summarized) data. For floats, only the finite non-zero
    values decide: integer mode when all are integral, scientific mode when
    max/min > 1000, max > 1e8 or min < 1e-4 (strict comparisons in double),
    and the width is the widest formatted value.
    """

    def __init__(self, data: np.ndarray, floating: bool, opts: PrintOptions):
        self.floating_dtype = floating
        self.precision = opts.precision
        self.int_mode = True
        self.sci_mode = False
        self.max_width = 1
        flat = data.reshape(-1)
        if not floating:
            # Integers and bools: str() of each value (True/False for bool).
            if flat.size:
                self.max_width = max(self.max_width, _max_str_len(flat))
            return
        nonzero_finite = flat[np.isfinite(flat) & (flat != 0)]
        if nonzero_finite.size == 0:
            return  # no valid number: int mode, fixed, width 1 (sci_mode ignored)
        # PyTorch converts |values| to double before min/max and the ratio.
        abs_vals = np.abs(nonzero_finite).astype(np.float64)
        vmin, vmax = abs_vals.min(), abs_vals.max()
        self.int_mode = bool(np.all(nonzero_finite == np.ceil(nonzero_finite)))
        if opts.sci_mode is None:
            self.sci_mode = bool(vmax / vmin > 1000.0 or vmax > 1.0e8 or vmin < 1.0e-4)
        else:
            self.sci_mode = bool(opts.sci_mode)
        p = self.precision
        if not self.int_mode and flat.size * p > PRINT_SMALL:  # precision=10**6: refused first
            check_text(flat.size, p + 2)
        values = nonzero_finite.tolist()  # Python floats: the exact stored values
        if self.sci_mode:
            fmt = f"{{:.{p}e}}".format
            self.max_width = max(self.max_width, max(len(fmt(v)) for v in values))
        elif self.int_mode:
            # "1." style: one extra column for the trailing dot.
            self.max_width = max(self.max_width, max(len(f"{v:.0f}") for v in values) + 1)
        else:
            fmt = f"{{:.{p}f}}".format
            self.max_width = max(self.max_width, max(len(fmt(v)) for v in values))

    def width(self) -> int:
        return self.max_width

    def format(self, value) -> str:
        if self.floating_dtype:
            if self.sci_mode:
                ret = f"{{:{self.max_width}.{self.precision}e}}".format(value)
            elif self.int_mode:
                ret = f"{value:.0f}"
                if not (math.isinf(value) or math.isnan(value)):
                    ret += "."
            else:
                ret = f"{{:.{self.precision}f}}".format(value)
        else:
            ret = f"{value}"
        return (self.max_width - len(ret)) * " " + ret


def _max_str_len(flat: np.ndarray) -> int:
    """The widest ``str(value)`` of an integer or bool array."""
    if flat.dtype == np.bool_:
        return 5 if not flat.all() else 4
    # Only the extremes can be widest: str(-128) vs str(127).
    return max(len(str(int(flat.min()))), len(str(int(flat.max()))))


def _complex_str(value: complex, formatter1: _Formatter, formatter2: _Formatter) -> str:
    """PyTorch's complex element: the real part, then the imaginary part with
    its sign (its padding stripped) and a ``j``; each part has its own formatter."""
    real_str = formatter1.format(value.real)
    imag_str = (formatter2.format(value.imag) + "j").lstrip()
    if imag_str[0] == "+" or imag_str[0] == "-":  # negative numbers, -0.0
        return real_str + imag_str
    return real_str + "+" + imag_str


def _vector_str(data: np.ndarray, indent: int, summarize: bool, formatter: _Formatter,
                opts: PrintOptions, formatter2: _Formatter | None = None) -> str:
    # Each element takes its width plus ", "; at least one per line. A complex
    # element adds the imaginary part's width and the "j".
    element_length = formatter.width() + 2
    if formatter2 is not None:
        element_length += formatter2.width() + 1
        format_one = lambda v: _complex_str(v, formatter, formatter2)  # noqa: E731
    else:
        format_one = formatter.format
    elements_per_line = max(1, math.floor((opts.linewidth - indent) / element_length))
    edge = opts.edgeitems
    if summarize and not edge:
        items = ["..."]
    elif summarize and data.shape[0] > 2 * edge:
        items = ([format_one(v) for v in data[:edge].tolist()] + [" ..."]
                 + [format_one(v) for v in data[-edge:].tolist()])
    else:
        items = [format_one(v) for v in data.tolist()]
    lines = [", ".join(items[i:i + elements_per_line])
             for i in range(0, len(items), elements_per_line)]
    return "[" + ("," + "\n" + " " * (indent + 1)).join(lines) + "]"


def _tensor_str_with_formatter(data: np.ndarray, indent: int, summarize: bool,
                               formatter: _Formatter, opts: PrintOptions,
                               formatter2: _Formatter | None = None) -> str:
    dim = data.ndim
    if dim == 0:
        if formatter2 is not None:
            return _complex_str(data.item(), formatter, formatter2)
        return formatter.format(data.item())
    if dim == 1:
        return _vector_str(data, indent, summarize, formatter, opts, formatter2)
    edge = opts.edgeitems
    n = data.shape[0]
    if summarize and n > 2 * edge:
        rows = list(range(edge)) + [None] + list(range(n - edge, n))
    else:
        rows = list(range(n))
    slices = ["..." if i is None else
              _tensor_str_with_formatter(data[i], indent + 1, summarize, formatter, opts,
                                         formatter2)
              for i in rows]
    # Sub-blocks are separated by dim-1 newlines: one blank line between the
    # 2-D blocks of a 3-D tensor, two between the 3-D blocks of a 4-D one.
    return "[" + ("," + "\n" * (dim - 1) + " " * (indent + 1)).join(slices) + "]"


def get_summarized_data(data: np.ndarray, edgeitems: int) -> np.ndarray:
    """The elements a summarized print shows (what the formatter looks at)."""
    if data.ndim == 0:
        return data
    if data.ndim == 1:
        # PyTorch: cat(self[:e], self[-e:]); with e == 0, self[-0:] is everything.
        if data.shape[0] > 2 * edgeitems:
            return np.concatenate((data[:edgeitems], data[-edgeitems:] if edgeitems else data))
        return data
    if not edgeitems:
        return data[(slice(0, 0),) * data.ndim]
    index = [np.r_[0:edgeitems, n - edgeitems:n] if n > 2 * edgeitems else np.arange(n)
             for n in data.shape]
    return data[np.ix_(*index)]


_FORMAT_LIMIT = 1 << 31  # Python's format spec takes a precision below this
PRINT_SMALL = 1 << 16  # elements x width below which a print's size is not checked
_PER_ELEMENT = 32  # bytes per shown element besides its text: the formatter's Python float


def check_text(count: int, width: int) -> None:
    """Before formatting ``count`` elements ``width`` characters wide (a huge
    ``threshold``, ``precision`` or ``edgeitems``; issue 19): the text, its
    copies in the row strings and joins, and the Python numbers, against the
    memory budget.  A summarised print shows few elements and is never refused.
    A width past what Python's formatting takes (a precision of 2**31 or more)
    is left to the formatter, whose own error PyTorch prints
    (``Too many decimal digits in format string``)."""
    if width >= _FORMAT_LIMIT:
        return
    _limits.check_bytes(count * (3 * (width + 2) + _PER_ELEMENT),
                        f"the text of a print of {count:,} elements")


def _tensor_str(data: np.ndarray, indent: int, floating: bool, opts: PrintOptions) -> str:
    if data.size == 0:
        return "[]"
    summarize = data.size > opts.threshold
    shown = get_summarized_data(data, opts.edgeitems) if summarize else data
    if shown.size > PRINT_SMALL // 16:
        check_text(shown.size, 1)
    if data.dtype.kind == "c":
        # complex: the real and imaginary parts get a formatter each
        return _tensor_str_with_formatter(data, indent, summarize,
                                          _Formatter(shown.real, True, opts), opts,
                                          _Formatter(shown.imag, True, opts))
    formatter = _Formatter(shown, floating, opts)
    if shown.size * formatter.width() > PRINT_SMALL:
        check_text(shown.size, formatter.width())
    return _tensor_str_with_formatter(data, indent, summarize, formatter, opts)


def _add_suffixes(tensor_str: str, suffixes: list[str], indent: int, linewidth: int) -> str:
    """Append ``, suffix`` items; one that would pass linewidth starts a new line."""
    parts = [tensor_str]
    # PyTorch's arithmetic, kept as is: rfind is -1 without a newline (+2 then).
    last_line_len = len(tensor_str) - tensor_str.rfind("\n") + 1
    for suffix in suffixes:
        if last_line_len + len(suffix) + 2 > linewidth:
            parts.append(",\n" + " " * indent + suffix)
            last_line_len = indent + len(suffix)
        else:
            parts.append(", " + suffix)
            last_line_len += len(suffix) + 2
    parts.append(")")
    return "".join(parts)


def format_tensor(data: np.ndarray, dtype: _dtypes.DType, *, device: str | None = None,
                  requires_grad: bool = False, grad_fn: str | None = None,
                  opts: PrintOptions | None = None) -> str:
    """``repr(tensor)`` for a tensor holding the host array ``data``.

    ``device`` is None for CPU or e.g. ``'cuda:0'``; ``requires_grad`` is
    only honoured when ``grad_fn`` (a node name such as ``'MulBackward0'``)
    is None, as PyTorch prints either the node or the leaf flag.
    """
    opts = options if opts is None else opts
    data = np.asarray(data)
    if opts.style == "legacy":
        from gradsh.engine import printing_legacy
        if data.size > PRINT_SMALL // 16 and data.size < opts.threshold:  # a full print
            check_text(data.size, opts.precision + 8)
        return printing_legacy.format_legacy(data, dtype, device=device,
                                             requires_grad=requires_grad or grad_fn is not None,
                                             opts=opts)
    prefix = "tensor("
    indent = len(prefix)
    suffixes: list[str] = []
    if device is not None and device != "cpu":
        suffixes.append(f"device='{device}'")
    default = _dtypes.get_default_dtype()
    if data.size == 0:
        # Empty: the shape unless it is (0,), and the dtype unless it is the
        # default float type (nothing to infer int64/bool from).
        if data.ndim != 1:
            suffixes.append(f"size={tuple(data.shape)}")
        if dtype is not default:
            suffixes.append(f"dtype={dtype!r}")
        tensor_str = "[]"
    else:
        if not opts.edgeitems:
            suffixes.append(f"size={tuple(data.shape)}")
        if dtype not in (default, _dtypes.int64, _dtypes.bool_) and not (
                dtype.is_complex and dtype is _dtypes.to_complex(default)):
            suffixes.append(f"dtype={dtype!r}")
        tensor_str = _tensor_str(data, indent, dtype.is_floating_point, opts)
    if grad_fn is not None:
        suffixes.append(f"grad_fn=<{grad_fn}>")
    elif requires_grad:
        suffixes.append("requires_grad=True")
    return _add_suffixes(prefix + tensor_str, suffixes, indent, opts.linewidth)


# ---------------------------------------------------------------------------
# Other values
# ---------------------------------------------------------------------------

# What echo and print show live in gradsh.display (no engine needed for them).
from ..display import repr_value, str_value  # noqa: E402,F401
