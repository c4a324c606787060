"""More shape functions: diagonals, triangles, stacking helpers, meshgrid,
broadcasting, rotations and repeats (PyTorch's TensorShape.cpp).

Most are compositions of existing ops, so their ``grad_fn`` is whatever
PyTorch's composition records (hstack is a ``CatBackward0``, meshgrid an
``ExpandBackward0``); diagonal, diag_embed, triu/tril and rot90 have their
own nodes.
"""
from __future__ import annotations

import numpy as np

from .. import dtypes, limits
from ..autograd import record
from ..registry import op
from ..warn_once import warn_once
from ..tensor import Tensor
from .common import broadcast_shapes, normalize_dim, shape_args
from .join import _tensor_list, cat
from .shape import _view
from .common import CHECK_SIZE_ABOVE


# ---------------------------------------------------------------- diagonals
def _diagonal_array(array, offset: int, dim1: int, dim2: int, xp):
    """A writable view of the diagonal of ``array`` (NumPy's own is read-only)."""
    shape, strides = array.shape, array.strides
    if offset >= 0:
        length = max(0, min(shape[dim1], shape[dim2] - offset))
    else:
        length = max(0, min(shape[dim1] + offset, shape[dim2]))
    key = [slice(None)] * array.ndim
    if length:  # start at the diagonal's first element
        key[dim2 if offset >= 0 else dim1] = slice(abs(offset), None)
    rest = [d for d in range(array.ndim) if d not in (dim1, dim2)]
    new_shape = tuple(shape[d] for d in rest) + (length,)
    new_strides = tuple(strides[d] for d in rest) + (strides[dim1] + strides[dim2],)
    start = array[tuple(key)]
    if xp is np:
        return np.lib.stride_tricks.as_strided(start, new_shape, new_strides, writeable=True)
    return xp.lib.stride_tricks.as_strided(start, new_shape, new_strides)


def _diagonal_dims(ndim: int, dim1, dim2) -> tuple:
    dim1, dim2 = normalize_dim(dim1, ndim), normalize_dim(dim2, ndim)
    if dim1 == dim2:
        raise RuntimeError(f"diagonal dimensions cannot be identical {dim1}, {dim2}")
    return dim1, dim2


def _embed_diagonal(g: Tensor, shape, offset: int, dim1: int, dim2: int, name: str) -> Tensor:
    """Zeros of ``shape`` with ``g`` (diagonal in its last dim) written on the diagonal."""
    xp = g._xp
    out = xp.zeros(tuple(shape), dtype=g.dtype.np)
    _diagonal_array(out, offset, dim1, dim2, xp)[...] = g._data
    return record(Tensor._make(out, g.dtype), name, (g,),
                  lambda gg: (diagonal(gg, offset, dim1, dim2),))


@op("diagonal", summary="The diagonal (offset, between dim1 and dim2) as the last dim; a view.",
    example="arange(9.).reshape(3, 3).diagonal()")
def diagonal(input, offset=0, dim1=0, dim2=1):
    dim1, dim2 = _diagonal_dims(input.ndim, dim1, dim2)
    offset = int(offset)
    shape = tuple(input.shape)
    out = _view(input, _diagonal_array(input._data, offset, dim1, dim2, input._xp))
    return record(out, "DiagonalBackward0", (input,),
                  lambda g: (_embed_diagonal(g, shape, offset, dim1, dim2,
                                             "DiagonalBackwardBackward0"),))


@op("diag_embed", summary="Matrices (dims dim1, dim2) with the last dim of input on a diagonal.",
    example="diag_embed(tensor([1., 2.]))")
def diag_embed(input, offset=0, dim1=-2, dim2=-1):
    ndim = input.ndim + 1
    dim1, dim2 = _diagonal_dims(ndim, dim1, dim2)
    offset = int(offset)
    size = (input.shape[-1] if input.ndim else 1) + abs(offset)
    rest = list(input.shape[:-1])
    shape = []
    for d in range(ndim):
        shape.append(size if d in (dim1, dim2) else rest.pop(0))
    limits.check_allocation(tuple(shape), input.dtype)
    xp = input._xp
    out = xp.zeros(tuple(shape), dtype=input.dtype.np)
    _diagonal_array(out, offset, dim1, dim2, xp)[...] = input._data
    return record(Tensor._make(out, input.dtype), "DiagEmbedBackward0", (input,),
                  lambda g: (diagonal(g, offset, dim1, dim2),))


@op("diag", summary="A 1-D tensor's diagonal matrix, or a 2-D tensor's diagonal (a copy).",
    example="diag(tensor([1., 2.]))")
def diag(input, diagonal=0):
    if input.ndim == 1:
        return diag_embed(input, diagonal, 0, 1)
    if input.ndim != 2:
        raise RuntimeError(f"diag(): Supports 1D or 2D tensors. Got {input.ndim}D")
    offset = int(diagonal)
    shape = tuple(input.shape)
    data = _diagonal_array(input._data, offset, 0, 1, input._xp).copy()
    return record(Tensor._make(data, input.dtype), "DiagonalBackward0_copy", (input,),
                  lambda g: (_embed_diagonal(g, shape, offset, 0, 1,
                                             "DiagonalBackwardBackward0"),))


def _triangle(input, diagonal: int, name: str, lower: bool):
    if input.ndim < 2:
        raise RuntimeError(f"{name}: input tensor must have at least 2 dimensions")
    xp = input._xp
    function = xp.tril if lower else xp.triu
    out = Tensor._make(function(input._data, int(diagonal)), input.dtype)
    return record(out, "TrilBackward0" if lower else "TriuBackward0", (input,),
                  lambda g: (_triangle(g, diagonal, name, lower),))


@op("triu", summary="The upper triangle (on and above the diagonal-th diagonal); zeros below.",
    example="triu(ones(3, 3))", inplace="triu_")
def triu(input, diagonal=0):
    if isinstance(input, Tensor) and input._data.size > CHECK_SIZE_ABOVE:  # an expanded view's
        limits.check_copy(input)  # result is its numel (issue 19)
    return _triangle(input, diagonal, "triu", lower=False)


@op("tril", summary="The lower triangle (on and below the diagonal-th diagonal); zeros above.",
    example="tril(ones(3, 3))", inplace="tril_")
def tril(input, diagonal=0):
    if isinstance(input, Tensor) and input._data.size > CHECK_SIZE_ABOVE:  # an expanded view's
        limits.check_copy(input)  # result is its numel (issue 19)
    return _triangle(input, diagonal, "tril", lower=True)


# ------------------------------------------------------------ stacking helpers
def _at_least(tensors, ndim: int):
    single = isinstance(tensors, Tensor)
    items = [tensors] if single else list(tensors)
    result = []
    for tensor in items:
        if tensor.ndim >= ndim:
            result.append(tensor)
        elif ndim == 3 and tensor.ndim == 2:
            result.append(tensor.unsqueeze(-1))
        elif ndim == 3 and tensor.ndim == 1:
            result.append(tensor.unsqueeze(0).unsqueeze(-1))
        else:
            result.append(tensor.reshape((1,) * (ndim - tensor.ndim) + tuple(tensor.shape)))
    return result[0] if single else tuple(result)


@op("atleast_1d", summary="The tensor(s) with at least one dim.", method=False,
    example="atleast_1d(tensor(1.))", signature="atleast_1d(*tensors)")
def atleast_1d(*tensors):
    return _at_least(tensors[0] if len(tensors) == 1 else tensors, 1)


@op("atleast_2d", summary="The tensor(s) with at least two dims.", method=False,
    example="atleast_2d(tensor([1., 2.]))", signature="atleast_2d(*tensors)")
def atleast_2d(*tensors):
    return _at_least(tensors[0] if len(tensors) == 1 else tensors, 2)


@op("atleast_3d", summary="The tensor(s) with at least three dims.", method=False,
    example="atleast_3d(tensor([1., 2.]))", signature="atleast_3d(*tensors)")
def atleast_3d(*tensors):
    return _at_least(tensors[0] if len(tensors) == 1 else tensors, 3)


def _stack_list(tensors, name: str) -> list:
    tensors = _tensor_list(tensors, name)
    if not tensors:
        raise RuntimeError(f"{name} expects a non-empty TensorList")
    return tensors


@op("hstack", summary="Concatenate horizontally (dim 1; dim 0 for 1-D tensors).",
    example="hstack([tensor([1., 2.]), tensor([3.])])", method=False)
def hstack(tensors):
    tensors = list(_at_least(_stack_list(tensors, "hstack"), 1))
    return cat(tensors, 0 if tensors[0].ndim == 1 else 1)


@op("vstack", summary="Concatenate vertically (dim 0, 1-D tensors as rows).",
    example="vstack([tensor([1., 2.]), tensor([3., 4.])])", method=False, aliases=("row_stack",))
def vstack(tensors):
    return cat(list(_at_least(_stack_list(tensors, "vstack"), 2)), 0)


@op("dstack", summary="Concatenate depthwise (dim 2, after atleast_3d).",
    example="dstack([tensor([1., 2.]), tensor([3., 4.])])", method=False)
def dstack(tensors):
    return cat(list(_at_least(_stack_list(tensors, "dstack"), 3)), 2)


@op("column_stack", summary="1-D tensors as columns (and 2-D ones as they are), side by side.",
    example="column_stack([tensor([1., 2.]), tensor([3., 4.])])", method=False)
def column_stack(tensors):
    tensors = _stack_list(tensors, "column_stack")
    columns = [t.reshape(t.numel(), 1) if t.ndim <= 1 else t for t in tensors]
    return cat(columns, 1)


# ----------------------------------------------------------------- meshgrid
MESHGRID_WARNING = ("torch.meshgrid: in an upcoming release, it will be required to pass the "
                    "indexing argument. (Triggered internally at /__w/pytorch/pytorch/aten/src/"
                    "ATen/native/TensorShape.cpp:4215.)")


@op("meshgrid", summary="Coordinate grids from 1-D tensors (indexing='ij' or 'xy').",
    example="meshgrid(tensor([1, 2]), tensor([3, 4, 5]), indexing='ij')", method=False,
    signature="meshgrid(*tensors, indexing=None)")
def meshgrid(*tensors, indexing=None):
    if len(tensors) == 1 and isinstance(tensors[0], (list, tuple)):
        tensors = tuple(tensors[0])
    tensors = _tensor_list(tensors, "meshgrid")
    if indexing is None:
        warn_once(MESHGRID_WARNING)
        indexing = "ij"
    if not tensors:
        raise RuntimeError("meshgrid expects a non-empty TensorList")
    for tensor in tensors:
        if tensor.ndim > 1:
            raise RuntimeError("torch.meshgrid: Expected 0D or 1D tensor in the tensor list but "
                               f"got: {tensor}")
        if tensor.dtype is not tensors[0].dtype:
            raise RuntimeError("meshgrid expects all tensors to have the same dtype")
    if indexing not in ("xy", "ij"):
        raise RuntimeError('torch.meshgrid: indexing must be one of "xy" or "ij", but received: '
                           f"{indexing}")
    swap = indexing == "xy" and len(tensors) >= 2
    order = list(tensors)
    if swap:
        order[0], order[1] = order[1], order[0]
    sizes = [t.numel() for t in order]
    grids = []
    for position, tensor in enumerate(order):
        view = [1] * len(order)
        view[position] = -1
        grids.append(tensor.view(*view).expand(*sizes))
    if swap:
        grids[0], grids[1] = grids[1], grids[0]
    return tuple(grids)


# --------------------------------------------------------------- broadcasting
@op("broadcast_to", summary="input expanded to shape (a view).",
    example="broadcast_to(tensor([1., 2.]), (3, 2))")
def broadcast_to(input, size):
    return input.expand(*shape_args((size,)))


@op("broadcast_tensors", summary="The tensors expanded to their common broadcast shape.",
    example="broadcast_tensors(tensor([1., 2.]), ones(3, 1))", method=False,
    signature="broadcast_tensors(*tensors)")
def broadcast_tensors(*tensors):
    if len(tensors) == 1 and isinstance(tensors[0], (list, tuple)):
        tensors = tuple(tensors[0])
    tensors = _tensor_list(tensors, "broadcast_tensors")
    shape = broadcast_shapes(*(tuple(t.shape) for t in tensors))
    return tuple(t if tuple(t.shape) == shape else t.expand(*shape) for t in tensors)


# ------------------------------------------------------------ flips and turns
@op("fliplr", summary="Reverse the columns (dim 1).", example="fliplr(arange(4.).view(2, 2))")
def fliplr(input):
    if input.ndim < 2:
        raise RuntimeError("Input must be >= 2-d.")
    return input.flip(1)


@op("flipud", summary="Reverse the rows (dim 0).", example="flipud(arange(4.).view(2, 2))")
def flipud(input):
    if input.ndim < 1:
        raise RuntimeError("Input must be >= 1-d.")
    return input.flip(0)


@op("rot90", summary="Rotate by 90 degrees k times in the plane of dims (a copy).",
    example="rot90(arange(4.).view(2, 2))")
def rot90(input, k=1, dims=(0, 1)):
    dims = list(dims)
    if len(dims) != 2:
        raise RuntimeError(f"expected total rotation dims == 2, but got dims = {len(dims)}")
    if input.ndim < 2:
        raise RuntimeError(f"expected total dims >= 2, but got total dims = {input.ndim}")
    first, second = normalize_dim(dims[0], input.ndim), normalize_dim(dims[1], input.ndim)
    if first == second:
        raise RuntimeError(f"expected rotation dims to be different, but got dim0 = {first} and "
                           f"dim1 = {second}")
    limits.check_copy(input)
    array = input._xp.rot90(input._data, int(k), axes=(first, second)).copy()
    return record(Tensor._make(array, input.dtype), "Rot90Backward0", (input,),
                  lambda g: (rot90(g, -int(k), [first, second]),))


# ---------------------------------------------------------------- repeats
def _check_index_tensor(repeats: Tensor) -> None:
    if repeats.dtype not in (dtypes.int64, dtypes.int32):
        raise RuntimeError("repeat_interleave only accept 1D vector as repeat")
    if repeats.ndim > 1:
        raise RuntimeError("repeat_interleave only accept 1D vector as repeat")


def _repeated_indices(repeats: Tensor, xp) -> Tensor:
    counts = repeats._data.astype(np.int64, copy=False).reshape(-1)
    if counts.size and bool((counts < 0).any()):
        raise RuntimeError("repeats can not be negative")
    indices = xp.repeat(xp.arange(counts.size, dtype=np.int64), counts)
    return Tensor._make(indices, dtypes.int64)


@op("repeat_interleave", summary="Each element repeated (repeats times) along dim.",
    example="tensor([1, 2]).repeat_interleave(2)")
def repeat_interleave(input, repeats=None, dim=None, *, output_size=None):
    if repeats is None:  # torch.repeat_interleave(repeats)
        _check_index_tensor(input)
        return _repeated_indices(input, input._xp)
    if dim is None:
        input, dim = input.reshape(-1), 0
    dim = normalize_dim(dim, input.ndim)
    if input.ndim == 0:
        input = input.reshape(1)
    length = input.shape[dim]
    if isinstance(repeats, Tensor) and repeats.numel() != 1:
        _check_index_tensor(repeats)
        if repeats.numel() != length:
            raise RuntimeError("repeats must have the same size as input along dim, but got "
                               f"repeats.size(0) = {repeats.numel()} and input.size({dim}) = "
                               f"{length}")
        return input.index_select(dim, _repeated_indices(repeats, input._xp))
    if isinstance(repeats, Tensor):
        return input.index_select(dim, _repeated_indices(repeats.expand(length), input._xp))
    count = int(repeats)
    if count < 0:
        raise RuntimeError("Repeats must be non-negative")
    sizes = list(input.shape)
    expanded = input.unsqueeze(dim + 1).expand(*(sizes[:dim + 1] + [count] + sizes[dim + 1:]))
    sizes[dim] *= count
    return expanded.contiguous().view(*sizes)


__all__ = [
    "atleast_1d", "atleast_2d", "atleast_3d", "broadcast_tensors", "broadcast_to", "column_stack",
    "diag", "diag_embed", "diagonal", "dstack", "fliplr", "flipud", "hstack", "meshgrid",
    "repeat_interleave", "rot90", "tril", "triu", "vstack",
]
