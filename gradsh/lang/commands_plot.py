"""The picture commands (SPEC §11, docs/plots.md): :plot, :hist and :imshow.

``:plot y``, ``:plot x, y1, y2``: each argument is an expression, its label
its own text; tensors (detached, on any device), lists of numbers (a loss
history) and lists of 0-d tensors. Options follow the expressions:
``--title T --xlabel T --ylabel T --logx --logy --size WxH --bins N --out FILE``.
The drawing itself is gradsh/plot/ (imported here on first use only).
"""
from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from .commands import COMMANDS, CommandError, command, did_you_mean

if TYPE_CHECKING:  # pragma: no cover
    from .evaluator import Interpreter

_VALUE_OPTIONS = ("--title", "--xlabel", "--ylabel", "--size", "--bins", "--out")
_FLAG_OPTIONS = ("--logx", "--logy")
OPTIONS = _VALUE_OPTIONS + _FLAG_OPTIONS
_OPENERS, _CLOSERS = "([{", ")]}"
_OUT_FORMATS = ("png", "svg")
_NAMES = {"plot": "plot", "hist": "histogram", "imshow": "heat map"}


def split_arguments(text: str) -> tuple[list[str], str]:
    """The expressions (split at top-level commas) and the options' text (from the first
    `` --name`` outside brackets and strings)."""
    pieces, depth, quote, start, index = [], 0, "", 0, 0
    while index < len(text):
        char = text[index]
        if quote:
            if char == "\\":
                index += 1
            elif char == quote:
                quote = ""
        elif char in "'\"":
            quote = char
        elif char in _OPENERS:
            depth += 1
        elif char in _CLOSERS:
            depth -= 1
        elif depth == 0 and char == ",":
            pieces.append(text[start:index])
            start = index + 1
        elif (depth == 0 and text.startswith("--", index) and (index == 0 or text[index - 1]
              .isspace()) and text[index + 2:index + 3].isalpha()):
            break
        index += 1
    pieces.append(text[start:index])
    return [piece.strip() for piece in pieces], text[index:]


def _size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    if not (width.isdigit() and height.isdigit()) or not (10 <= int(width) <= 400
                                                          and 3 <= int(height) <= 200):
        raise CommandError(f"--size expects WIDTHxHEIGHT in characters (10x3 to 400x200), "
                           f"got '{text}'")
    return int(width), int(height)


def parse_options(text: str, interpreter: "Interpreter") -> Any:
    from gradsh.source_files import split_words

    from gradsh.plot.options import PlotOptions

    opts = PlotOptions()
    shell = getattr(interpreter, "terminal_plots", None)  # set by the interactive shell
    if shell:
        columns, lines = os.get_terminal_size() if os.isatty(1) else (80, 24)
        opts.width, opts.height = max(20, min(columns - 12, 200)), max(5, min(lines - 8, 40))
        opts.color = shell == "color" and not os.environ.get("NO_COLOR")
    try:
        words = split_words(text)
    except ValueError as exc:
        raise CommandError(str(exc)) from None
    while words:
        word = words.pop(0)
        if word in _FLAG_OPTIONS:
            setattr(opts, word[2:], True)
            continue
        if word not in _VALUE_OPTIONS:
            raise CommandError(f"unknown option '{word}'", did_you_mean(word, OPTIONS))
        if not words:
            raise CommandError(f"{word} expects a value")
        value = words.pop(0)
        if word == "--size":
            opts.width, opts.height = _size(value)
            opts.sized = True
        elif word == "--bins":
            if not value.isdigit() or not 1 <= int(value) <= 1000:
                raise CommandError(f"--bins expects an integer from 1 to 1000, got '{value}'")
            opts.bins = int(value)
        else:
            setattr(opts, word[2:], value)
    return opts


def _is_expression(text: str) -> bool:
    from .parser import parse

    try:
        return bool(text.strip()) and len(parse(text, filename="<plot>").body) == 1
    except Exception:  # a syntax error: the digits belong to the expression (x - 1)
        return False


def _evaluate(interpreter: "Interpreter", expression: str) -> Any:
    from . import ast
    from .parser import parse

    module = parse(expression, filename="<plot>")
    if len(module.body) != 1 or not isinstance(module.body[0], ast.ExprStmt):
        raise CommandError(f"expected an expression, got '{expression}'")
    return interpreter.evaluate(module.body[0].value, None)


def to_array(label: str, value: Any) -> Any:
    """The values of a tensor or a list of numbers as a float64 array (a tensor detached,
    copied to the host)."""
    import numbers

    import numpy as np

    from .commands import _is_tensor

    if value is None:
        hint = " (no gradient yet: call backward first)" if label.endswith(".grad") else ""
        raise TypeError(f"cannot plot {label}: it is None{hint}")
    if _is_tensor(value):
        if value.is_sparse or value.is_quantized:
            kind = "sparse" if value.is_sparse else "quantized"
            raise TypeError(f"cannot plot {label}: a {kind} tensor (call .to_dense() or "
                            ".dequantize() first)")
        if value.is_complex():
            raise TypeError(f"cannot plot {label}: a complex tensor (plot .real or .abs())")
        from gradsh.engine import backend

        return np.asarray(backend.to_host(value.detach()._data), dtype=np.float64)
    if isinstance(value, (list, tuple)):
        items = []
        for item in value:
            if _is_tensor(item) and item.numel() == 1 and not item.is_complex():
                item = item.item()
            if isinstance(item, bool) or not isinstance(item, numbers.Real):
                raise TypeError(f"cannot plot {label}: a list of numbers is expected, "
                                f"found a {type(item).__name__}")
            items.append(float(item))
        return np.array(items, dtype=np.float64)
    raise TypeError(f"cannot plot {label}: a tensor or a list of numbers is expected, "
                    f"not a {type(value).__name__}")


def _series(interpreter: "Interpreter", expressions: list[str]) -> list[Any]:
    from gradsh.plot.options import Series

    return [Series(text, to_array(text, _evaluate(interpreter, text))) for text in expressions]


def _line(one: Any) -> Any:
    if one.values.ndim != 1:
        raise ValueError(f":plot draws 1-D series; {one.label} has shape "
                         f"{tuple(one.values.shape)}"
                         + (" (a 0-d tensor is one number)" if one.values.ndim == 0 else ""))
    if one.values.size == 0:
        raise ValueError(f"nothing to plot: {one.label} is empty")
    return one


def _out_path(path: str) -> tuple[str, str]:
    """--out FILE: .png or .svg, inside the working folder (as the sandbox allows)."""
    file_format = path.rpartition(".")[2].lower()
    if file_format not in _OUT_FORMATS:
        raise CommandError(f"--out writes .png or .svg files, got '{path}'")
    folder = os.path.realpath(os.getcwd())
    target = os.path.realpath(os.path.expanduser(path))
    if os.path.commonpath([folder, target]) != folder:
        raise PermissionError(f"--out writes inside the working folder only; '{path}' "
                              "is outside it")
    return target, file_format


def _show(interpreter: "Interpreter", kind: str, opts: Any, text_of, **picture: Any) -> None:
    """The picture as a file (--out), as an image (a notebook's hook), or as text."""
    if opts.out:
        from gradsh.plot import image

        target, file_format = _out_path(opts.out)
        data = image.render(kind, opts, file_format=file_format, **picture)
        with open(target, "wb") as stream:
            stream.write(data)
        interpreter.output(f"saved the {_NAMES[kind]} to {opts.out}\n")
        return
    show_image = getattr(interpreter, "show_image", None)  # docs/plots.md: the notebook hook
    text = text_of()
    if callable(show_image):
        try:
            from gradsh.plot import image

            png = image.render(kind, opts, **picture)
        except ImportError:
            png = None
        if png is not None:
            show_image(png, text)
            return
    interpreter.output(text)


@command("plot", usage=":plot [x,] y [, y2 ...] [--title T] [--xlabel T] [--ylabel T] "
         "[--logx] [--logy] [--size WxH] [--out FILE.png]",
         summary="draw tensors or lists as lines (against x, or against their index)")
def _plot(interpreter: "Interpreter", text: str) -> None:
    from gradsh.plot import terminal

    expressions, option_text = split_arguments(text)
    if not all(expressions):
        raise CommandError("usage: " + COMMANDS["plot"].usage, ["e.g. :plot x, x.sin(), x.grad"])
    opts = parse_options(option_text, interpreter)
    series = [_line(one) for one in _series(interpreter, expressions)]
    xs = None
    if len(series) > 1:
        x, series = series[0], series[1:]
        for one in series:
            if one.values.size != x.values.size:
                raise ValueError(f"{x.label} has {x.values.size} values but {one.label} has "
                                 f"{one.values.size}")
        xs = x.values
        opts.xlabel = opts.xlabel or x.label
    _show(interpreter, "plot", opts, lambda: terminal.line_plot(xs, series, opts),
          series=series, xs=xs)


@command("hist", usage=":hist t [BINS] [--bins N] [--title T] [--logy] [--size WxH] "
         "[--out FILE.png]", summary="draw a histogram of a tensor's values (20 bins)")
def _hist(interpreter: "Interpreter", text: str) -> None:
    from gradsh.plot import terminal

    expressions, option_text = split_arguments(text)
    head, _, last = expressions[0].rpartition(" ")
    if len(expressions) == 1 and last.isdigit() and _is_expression(head):  # :hist t 30
        expressions, option_text = [head.strip()], f"--bins {last} {option_text}"
    if len(expressions) != 1 or not expressions[0]:
        raise CommandError("usage: " + COMMANDS["hist"].usage, ["e.g. :hist torch.randn(1000) 30"])
    opts = parse_options(option_text, interpreter)
    (values,) = _series(interpreter, expressions)
    if values.values.size == 0:
        raise ValueError(f"nothing to plot: {values.label} is empty")
    values.values = values.values.reshape(-1)
    _show(interpreter, "hist", opts, lambda: terminal.histogram(values, opts), series=[values])


@command("imshow", usage=":imshow t [--title T] [--size WxH] [--out FILE.png]",
         summary="draw a 2-D tensor as a heat map, with its colour scale")
def _imshow(interpreter: "Interpreter", text: str) -> None:
    from gradsh.plot import terminal

    expressions, option_text = split_arguments(text)
    if len(expressions) != 1 or not expressions[0]:
        raise CommandError("usage: " + COMMANDS["imshow"].usage, ["e.g. :imshow W"])
    opts = parse_options(option_text, interpreter)
    (matrix,) = _series(interpreter, expressions)
    shape = matrix.values.shape
    if len(shape) != 2:
        raise ValueError(f":imshow draws 2-D tensors; {matrix.label} has shape "
                         f"{tuple(shape)}")
    if matrix.values.size == 0:
        raise ValueError(f"nothing to plot: {matrix.label} is empty")
    _show(interpreter, "imshow", opts, lambda: terminal.heatmap(matrix, shape, opts),
          series=[matrix], shape=shape)
