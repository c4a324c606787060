"""Shape operations: reshape, view, transpose, cat, split, ... (PyTorch's views).

Ops that are views in PyTorch return ``Tensor._make(array_view, dtype,
base=input)``: the NumPy/CuPy view shares the data, and the tensor shares the
base's version counter, so in-place writes through either side are seen by
both and by autograd. Ops that copy in PyTorch (flip, roll, repeat, cat,
stack, reshape when no view is possible) copy here too.
"""
from __future__ import annotations

import warnings

import numpy as np  # host-side type checks only

from .. import dtypes, limits
from ..autograd import record
from ..registry import op
from ..tensor import Tensor
from . import index as _index
from . import view_dtype as _view_dtype_ops
from .common import normalize_dim, normalize_dims, shape_args


def _view(input: Tensor, array) -> Tensor:
    return Tensor._make(array, input.dtype, base=input)


def _shape_text(shape) -> str:
    return "[" + ", ".join(str(n) for n in shape) + "]"


def infer_shape(shape: tuple, numel: int) -> tuple:
    """Resolve one -1 in ``shape`` against ``numel`` with PyTorch's errors."""
    unknown = [i for i, n in enumerate(shape) if n == -1]
    if len(unknown) > 1:
        raise RuntimeError("only one dimension can be inferred")
    for i, n in enumerate(shape):
        if n < -1:
            raise RuntimeError(f"invalid shape dimension {n} at index {i} of shape "
                               f"{_shape_text(shape)}")
    known = 1
    for n in shape:
        if n != -1:
            known *= n
    if unknown:
        if known == 0:
            if numel == 0:
                raise RuntimeError(
                    f"cannot reshape tensor of 0 elements into shape {_shape_text(shape)} because "
                    "the unspecified dimension size -1 can be any value and is ambiguous")
            raise RuntimeError(f"shape '{_shape_text(shape)}' is invalid for input of size {numel}")
        if numel % known:
            raise RuntimeError(f"shape '{_shape_text(shape)}' is invalid for input of size {numel}")
        shape = tuple(numel // known if n == -1 else n for n in shape)
    elif known != numel:
        raise RuntimeError(f"shape '{_shape_text(shape)}' is invalid for input of size {numel}")
    return tuple(shape)


def _try_view_array(data, shape):
    """A view of ``data`` with ``shape``, or None when the strides forbid one."""
    if isinstance(data, np.ndarray):
        try:
            return np.reshape(data, shape, copy=False)
        except ValueError:
            return None
    view = data.view()
    try:
        view.shape = shape  # CuPy raises AttributeError when a copy would be needed
    except (AttributeError, ValueError):
        return None
    return view


def _reshape_backward(shape):
    return lambda g: (g.reshape(shape),)


# ------------------------------------------------------------------ view / reshape
@op("view", summary="The same data seen with another shape (no copy; needs compatible strides).",
    example="arange(6.).view(2, 3)", function=False, signature="view(*shape)")
def view(input, *shape):
    if len(shape) == 1 and isinstance(shape[0], dtypes.DType):
        return _view_dtype(input, shape[0])
    new_shape = infer_shape(shape_args(shape), input._data.size)
    array = _try_view_array(input._data, new_shape)
    if array is None:
        raise RuntimeError(
            "view size is not compatible with input tensor's size and stride (at least one "
            "dimension spans across two contiguous subspaces). Use .reshape(...) instead.")
    return record(_view(input, array), "ViewBackward0", (input,), _reshape_backward(input.shape))


def _view_dtype(input, dtype):
    return _view_dtype_ops.view(input, dtype)


@op("view_as", summary="view(other.shape).", example="arange(6.).view_as(ones(2, 3))",
    function=False)
def view_as(input, other):
    return view(input, tuple(other.shape))


@op("reshape", summary="Same data with another shape: a view when possible, else a copy.",
    example="arange(6.).reshape(3, -1)", signature="reshape(input, *shape)")
def reshape(input, *shape):
    new_shape = infer_shape(shape_args(shape), input._data.size)
    array = _try_view_array(input._data, new_shape)
    if array is not None:
        out = _view(input, array)
        name = "ViewBackward0"
    else:  # PyTorch copies (clone + _unsafe_view)
        limits.check_copy(input)
        out = Tensor._make(input._xp.reshape(input._data, new_shape), input.dtype)
        name = "UnsafeViewBackward0"
    return record(out, name, (input,), _reshape_backward(input.shape))


@op("reshape_as", summary="reshape(other.shape).", example="arange(6.).reshape_as(ones(3, 2))",
    function=False)
def reshape_as(input, other):
    return reshape(input, tuple(other.shape))


@op("flatten", summary="Flatten dims start_dim..end_dim into one.",
    example="ones(2, 3, 4).flatten(1).shape")
def flatten(input, start_dim=0, end_dim=-1):
    if input.ndim == 0:
        return reshape(input, 1)
    start = normalize_dim(start_dim, input.ndim)
    end = normalize_dim(end_dim, input.ndim)
    if start > end:
        raise RuntimeError("flatten() has invalid args: start_dim cannot come after end_dim")
    if start == end:
        return input  # PyTorch returns the tensor itself
    shape = input.shape
    size = 1
    for n in shape[start:end + 1]:
        size *= n
    return reshape(input, tuple(shape[:start]) + (size,) + tuple(shape[end + 1:]))


# ------------------------------------------------------------- squeeze / unsqueeze
@op("squeeze", summary="Remove dims of size 1 (all, or only those given).",
    example="ones(1, 3, 1).squeeze().shape")
def squeeze(input, dim=None):
    shape = input.shape
    if dim is None:
        name, dims = "SqueezeBackward0", tuple(i for i, n in enumerate(shape) if n == 1)
    else:
        name = "SqueezeBackward2" if isinstance(dim, (list, tuple)) else "SqueezeBackward1"
        dims = tuple(d for d in normalize_dims(dim, input.ndim) if input.ndim and shape[d] == 1)
    array = input._xp.squeeze(input._data, axis=dims) if dims else input._data.view()
    return record(_view(input, array), name, (input,), _reshape_backward(shape))


@op("unsqueeze", summary="Insert a dim of size 1 at dim.", example="ones(2, 3).unsqueeze(0).shape")
def unsqueeze(input, dim):
    dim = normalize_dim(dim, input.ndim + 1)
    array = input._xp.expand_dims(input._data, dim)
    return record(_view(input, array), "UnsqueezeBackward0", (input,),
                  lambda g: (g.squeeze(dim),))


# --------------------------------------------------------------- transpose family
@op("transpose", summary="Swap two dims (a view).", example="ones(2, 3).transpose(0, 1).shape",
    aliases=("swapaxes", "swapdims"))
def transpose(input, dim0, dim1):
    dim0, dim1 = normalize_dim(dim0, input.ndim), normalize_dim(dim1, input.ndim)
    array = input._xp.swapaxes(input._data, dim0, dim1) if input.ndim else input._data.view()
    return record(_view(input, array), "TransposeBackward0", (input,),
                  lambda g: (g.transpose(dim0, dim1),))


@op("t", summary="Transpose a matrix (1-D and 0-D tensors are returned as they are).",
    example="ones(2, 3).t().shape")
def t(input):
    if input.ndim > 2:
        raise RuntimeError(f"t() expects a tensor with <= 2 dimensions, but self is {input.ndim}D")
    array = input._data.T if input.ndim == 2 else input._data.view()
    return record(_view(input, array), "TBackward0", (input,), lambda g: (g.t(),))


def _check_permutation(dims, ndim: int) -> tuple:
    if len(dims) != ndim:
        raise RuntimeError(
            "permute(sparse_coo): number of dimensions in the tensor input does not match the "
            "length of the desired ordering of dimensions i.e. input.dim() = "
            f"{ndim} is not equal to len(dims) = {len(dims)}")
    dims = tuple(normalize_dim(d, ndim) for d in dims)
    if len(set(dims)) != len(dims):
        raise RuntimeError("permute(): duplicate dims are not allowed.")
    return dims


@op("permute", summary="Reorder the dims (a view).", example="ones(2, 3, 4).permute(2, 0, 1).shape",
    signature="permute(input, *dims)")
def permute(input, *dims):
    if len(dims) == 1 and isinstance(dims[0], (list, tuple)):
        dims = tuple(dims[0])
    dims = _check_permutation(dims, input.ndim)
    inverse = tuple(sorted(range(len(dims)), key=dims.__getitem__))
    array = input._xp.transpose(input._data, dims) if dims else input._data.view()
    return record(_view(input, array), "PermuteBackward0", (input,),
                  lambda g: (g.permute(*inverse),))


def _T(input):
    """``x.T``: all dims reversed (PyTorch warns unless the tensor is 2-D)."""
    if input.ndim == 0:
        warnings.warn("Tensor.T is deprecated on 0-D tensors. This function is the identity in "
                      "these cases.", UserWarning, stacklevel=2)
    elif input.ndim != 2:
        warnings.warn(
            "The use of `x.T` on tensors of dimension other than 2 to reverse their shape is "
            "deprecated and it will throw an error in a future release. Consider `x.mT` to "
            "transpose batches of matrices or `x.permute(*torch.arange(x.ndim - 1, -1, -1))` "
            "to reverse the dimensions of a tensor.", UserWarning, stacklevel=2)
    return permute(input, *range(input.ndim - 1, -1, -1))


def _mT(input):
    """``x.mT``: the last two dims swapped."""
    if input.ndim < 2:
        raise RuntimeError("tensor.mT is only supported on matrices or batches of matrices. "
                           f"Got {input.ndim}-D tensor.")
    return transpose(input, -2, -1)


Tensor.T = property(_T)
Tensor.mT = property(_mT)


# ---------------------------------------------------------------------- expand
@op("expand", summary="Broadcast to a larger shape without copying (-1 keeps a dim).",
    example="tensor([1., 2.]).expand(3, 2)", signature="expand(*sizes)", function=False)
def expand(input, *sizes):
    sizes = shape_args(sizes)
    shape = tuple(input.shape)
    if len(sizes) < len(shape):
        raise RuntimeError(
            f"expand(torch.{input.dtype.legacy}{{{_shape_text(shape)}}}, "
            f"size={_shape_text(sizes)}): the "
            f"number of sizes provided ({len(sizes)}) must be greater or equal to the number of "
            f"dimensions in the tensor ({len(shape)})")
    extra = len(sizes) - len(shape)
    target = []
    for i, size in enumerate(sizes):
        if i < extra:
            if size < 0:
                raise RuntimeError(f"The expanded size of the tensor ({size}) isn't allowed in a "
                                   f"leading, non-existing dimension {i}")
            target.append(size)
            continue
        current = shape[i - extra]
        if size == -1:
            size = current
        elif current != size and current != 1:
            raise RuntimeError(
                f"The expanded size of the tensor ({size}) must match the existing size "
                f"({current}) at non-singleton dimension {i}.  Target sizes: "
                f"{_shape_text(sizes)}.  Tensor sizes: {_shape_text(shape)}")
        target.append(size)
    array = _expanded(input, tuple(target))
    # The engine sums the gradient back down to the input's shape.
    return record(_view(input, array), "ExpandBackward0", (input,), lambda g: (g,))


def _expanded(input, target: tuple):
    """A view with stride 0 along the expanded dims; writable like the input, since
    PyTorch lets fill_ and zero_ write through it (other writes are refused)."""
    data = input._data
    extra = len(target) - data.ndim
    strides = [0] * extra + [0 if size == 1 and want != 1 else stride
                             for size, want, stride in zip(data.shape, target[extra:],
                                                           data.strides)]
    return input._xp.lib.stride_tricks.as_strided(data, shape=target, strides=tuple(strides))


@op("expand_as", summary="expand(other.shape).", example="tensor([1., 2.]).expand_as(ones(3, 2))",
    function=False)
def expand_as(input, other):
    return expand(input, tuple(other.shape))


@op("repeat", summary="Tile the tensor: repeat(2, 1) stacks two copies along dim 0.",
    example="tensor([1., 2.]).repeat(2, 2)", function=False, signature="repeat(*sizes)")
def repeat(input, *sizes):
    reps = shape_args(sizes)
    if len(reps) < input.ndim:
        raise RuntimeError("Number of dimensions of repeat dims can not be smaller than number "
                           "of dimensions of tensor")
    padded = (1,) * (len(reps) - input.ndim) + tuple(input.shape)
    limits.check_allocation(tuple(r * n for r, n in zip(reps, padded)), input.dtype)
    xp = input._xp
    array = xp.tile(input._data.reshape(padded), reps)
    shape = input.shape

    def backward(g):
        # Split each output dim into (repeat, size) and sum over the repeats.
        interleaved = tuple(n for pair in zip(reps, padded) for n in pair)
        summed = g.reshape(interleaved).sum(tuple(range(0, 2 * len(reps), 2)))
        return (summed.reshape(shape),)

    return record(Tensor._make(array, input.dtype), "RepeatBackward0", (input,), backward)


@op("narrow", summary="The slice start:start+length along dim (a view).",
    example="arange(6.).narrow(0, 1, 3)")
def narrow(input, dim, start, length):
    dim = normalize_dim(dim, input.ndim)
    size = input.shape[dim]
    start = int(start)
    if start < -size or start > size:
        raise IndexError(f"start out of range (expected to be in range of [{-size}, {size}], "
                         f"but got {start})")
    if start < 0:
        start += size
    if start + length > size or length < 0:
        raise RuntimeError(f"start ({start}) + length ({length}) exceeds dimension size ({size}).")
    key = (slice(None),) * dim + (slice(start, start + length),)
    shape = input.shape
    return record(_view(input, input._data[key]), "SliceBackward0", (input,),
                  lambda g: (_index.embed(g, shape, key),))


# --------------------------------------------------------------------- copies
@op("flip", summary="Reverse the order of elements along the given dims (a copy).",
    example="arange(4.).flip(0)", signature="flip(input, *dims)")
def flip(input, *dims):
    if len(dims) == 1 and isinstance(dims[0], (list, tuple)):
        dims = tuple(dims[0])
    axes = normalize_dims(list(dims), input.ndim)
    limits.check_copy(input)
    array = input._xp.flip(input._data, axis=axes).copy() if input.ndim else input._data.copy()
    return record(Tensor._make(array, input.dtype), "FlipBackward0", (input,),
                  lambda g: (g.flip(*dims),))


@op("roll", summary="Shift elements cyclically along dims (the flattened tensor without dims).",
    example="arange(5.).roll(2)")
def roll(input, shifts, dims=None):
    shifts_t = tuple(shifts) if isinstance(shifts, (list, tuple)) else (shifts,)
    if dims is None:
        if len(shifts_t) != 1:
            raise RuntimeError(f"shifts and dimensions must align. shifts: {len(shifts_t)}, dims:0")
        axes = None
    else:
        dims_t = tuple(dims) if isinstance(dims, (list, tuple)) else (dims,)
        if len(shifts_t) != len(dims_t):
            raise RuntimeError(f"shifts and dimensions must align. shifts: {len(shifts_t)}, "
                               f"dims:{len(dims_t)}")
        axes = tuple(normalize_dim(d, input.ndim) for d in dims_t)
    limits.check_copy(input)
    xp = input._xp
    if axes is None:
        array = xp.roll(input._data, shifts_t[0])
        back_shifts, back_dims = -shifts_t[0], None
    else:
        array = xp.roll(input._data, shifts_t, axis=axes)
        back_shifts, back_dims = tuple(-s for s in shifts_t), axes
    return record(Tensor._make(array, input.dtype), "RollBackward0", (input,),
                  lambda g: (g.roll(back_shifts, back_dims),))


@op("contiguous", summary="The tensor itself if contiguous, else a contiguous copy.",
    example="ones(2, 3).t().contiguous()", function=False)
def contiguous(input, memory_format=None):
    if input._data.flags.c_contiguous:
        return input
    limits.check_copy(input)
    array = input._xp.ascontiguousarray(input._data)
    return record(Tensor._make(array, input.dtype), "CloneBackward0", (input,), lambda g: (g,))


@op("clone", summary="A copy with its own storage (differentiable).", example="ones(2).clone()")
def clone(input, *, memory_format=None):
    limits.check_copy(input)
    array = input._xp.array(input._data, copy=True, order="K")
    return record(Tensor._make(array, input.dtype), "CloneBackward0", (input,), lambda g: (g,))


from . import join as _join  # noqa: F401, E402 - cat, stack, split, chunk, unbind register there
