"""More shape functions: tile, movedim/moveaxis, swapdims, unflatten,
tensor_split, hsplit/vsplit/dsplit, combinations, cartesian_prod,
broadcast_shapes, take_along_dim and Tensor.unfold.

Most are compositions of existing ops, as in PyTorch, so their grad_fn
names come out as PyTorch's (RepeatBackward0, PermuteBackward0,
ViewBackward0, SliceBackward0, StackBackward0, GatherBackward0); unfold
has its own node (UnfoldBackward0).
"""
from __future__ import annotations

import itertools

import numpy as np

from .. import dtypes, limits
from ..autograd import record
from ..registry import op
from ..tensor import Size, Tensor
from .common import broadcast_shapes as _broadcast, normalize_dim, shape_args
from .join import stack


@op("tile", summary="input repeated dims times (dims padded with leading 1s).",
    example="tile(tensor([1, 2, 3]), (2,))")
def tile(input, dims, *more):
    dims = shape_args((dims, *more), "dims")
    if len(dims) < input.ndim:
        dims = (1,) * (input.ndim - len(dims)) + dims
    return input.repeat(*dims)


def _dim_list(value, ndim: int, name: str) -> list:
    dims = list(value) if isinstance(value, (list, tuple)) else [value]
    return [normalize_dim(d, ndim) for d in dims]


@op("movedim", aliases=("moveaxis",), summary="Dims of input moved from source to destination.",
    example="movedim(torch.zeros(3, 2, 1), 1, 0).shape")
def movedim(input, source, destination):
    sources = _dim_list(source, input.ndim, "source")
    targets = _dim_list(destination, input.ndim, "destination")
    if len(sources) != len(targets):
        raise RuntimeError(f"movedim: Invalid source or destination dims: source ({sources} "
                           f"dims) should contain the same number of dims as destination "
                           f"({targets} dims)")
    if len(set(sources)) != len(sources):
        raise RuntimeError(f"movedim: repeated dim in `source` ({list(source)})")
    if len(set(targets)) != len(targets):
        raise RuntimeError(f"movedim: repeated dim in `destination` ({list(destination)})")
    order = [d for d in range(input.ndim) if d not in sources]
    for target, source_dim in sorted(zip(targets, sources)):
        order.insert(target, source_dim)
    return input.permute(*order)


@op("swapdims", summary="The same as transpose(dim0, dim1).",
    example="swapdims(torch.zeros(2, 3), 0, 1).shape")
def swapdims(input, dim0, dim1):
    return input.transpose(dim0, dim1)


@op("unflatten", summary="Dim of input split into sizes (one of them may be -1).",
    example="unflatten(torch.zeros(2, 6), 1, (2, 3)).shape")
def unflatten(input, dim, sizes):
    dim = normalize_dim(dim, input.ndim)
    sizes = list(shape_args((sizes,), "sizes"))
    if not sizes:
        raise RuntimeError("unflatten: sizes must be non-empty")
    if sizes.count(-1) > 1:
        raise RuntimeError("only one dimension can be inferred")
    known = int(np.prod([s for s in sizes if s != -1]))
    if -1 in sizes:
        sizes[sizes.index(-1)] = input.shape[dim] // known if known else 0
    elif known != input.shape[dim]:
        raise RuntimeError(f"unflatten: Provided sizes {list(shape_args((sizes,)))} don't "
                           f"multiply up to the size of dim {dim} ({input.shape[dim]}) in the "
                           f"input tensor")
    shape = tuple(input.shape[:dim]) + tuple(sizes) + tuple(input.shape[dim + 1:])
    return input.view(*shape)


def _slices(input, dim: int, bounds) -> tuple:
    pieces = []
    for start, stop in bounds:
        index = [slice(None)] * dim + [slice(start, stop)]
        pieces.append(input[tuple(index)])
    return tuple(pieces)


@op("tensor_split", summary="Split along dim into sections (sizes differing by at most 1) or at "
    "indices.", example="tensor_split(torch.arange(7), 3)")
def tensor_split(input, indices_or_sections, dim=0):
    if input.ndim == 0:
        raise RuntimeError("tensor_split expected at least a 1-dimensional tensor, but got a "
                           "tensor with 0 dims")
    dim = normalize_dim(dim, input.ndim)
    size = input.shape[dim]
    split = indices_or_sections
    if isinstance(split, Tensor):
        split = split.tolist()
    if isinstance(split, (int, np.integer)):
        if split <= 0:
            raise RuntimeError(f"number of sections must be larger than 0, got {split}")
        base, extra = divmod(size, int(split))
        bounds, start = [], 0
        for k in range(int(split)):
            stop = start + base + (1 if k < extra else 0)
            bounds.append((start, stop))
            start = stop
        return _slices(input, dim, bounds)
    cuts = [0] + [min(max(int(i) if i >= 0 else int(i) + size, 0), size) for i in split] + [size]
    bounds = [(cuts[k], max(cuts[k], cuts[k + 1])) for k in range(len(cuts) - 1)]
    return _slices(input, dim, bounds)


def _directional_split(name: str, input, sections, dim: int, min_dims: int):
    if input.ndim < min_dims:
        raise RuntimeError(f"torch.{name} requires a tensor with at least {min_dims} dimension, "
                           f"but got a tensor with {input.ndim} dimensions!")
    if isinstance(sections, (int, np.integer)):
        if sections <= 0 or input.shape[dim] % sections:
            raise RuntimeError(f"torch.{name} attempted to split along dimension {dim}, but the "
                               f"size of the dimension {input.shape[dim]} is not divisible by "
                               f"the split_size {sections}!")
    return tensor_split(input, sections, dim)


@op("hsplit", summary="Split horizontally (dim 1; dim 0 for 1-D tensors).",
    example="hsplit(torch.arange(16.).view(4, 4), 2)")
def hsplit(input, sections):
    return _directional_split("hsplit", input, sections, 1 if input.ndim > 1 else 0, 1)


@op("vsplit", summary="Split vertically (dim 0).",
    example="vsplit(torch.arange(16.).view(4, 4), 2)")
def vsplit(input, sections):
    return _directional_split("vsplit", input, sections, 0, 2)


@op("dsplit", summary="Split depthwise (dim 2).",
    example="dsplit(torch.arange(16.).view(2, 2, 4), 2)")
def dsplit(input, sections):
    return _directional_split("dsplit", input, sections, 2, 3)


@op("combinations", summary="The r-length combinations of a 1-D tensor's elements, as rows.",
    example="combinations(tensor([1, 2, 3]), r=2)", method=False)
def combinations(input, r=2, with_replacement=False):
    if input.ndim != 1:
        raise RuntimeError(f"Expect a 1D vector, but got shape {list(input.shape)}")
    if r < 0:
        raise RuntimeError(f"Expect a non-negative number, but got {r}")
    if r == 0:
        return input.new_empty((0,))
    choose = itertools.combinations_with_replacement if with_replacement else \
        itertools.combinations
    rows = np.array(list(choose(range(input.shape[0]), r)), dtype=np.int64).reshape(-1, r)
    xp = input._xp
    columns = [input[Tensor._make(xp.asarray(rows[:, k].copy()), dtypes.int64)]
               for k in range(r)]
    return stack(columns, 1)


@op("cartesian_prod", summary="The cartesian product of 1-D tensors, as rows.",
    example="cartesian_prod(tensor([1, 2]), tensor([3, 4]))", method=False)
def cartesian_prod(*tensors):
    if len(tensors) == 1 and isinstance(tensors[0], (list, tuple)):
        tensors = tuple(tensors[0])
    for t in tensors:
        if t.ndim != 1:
            raise RuntimeError(f"Expect a 1D vector, but got shape {list(t.shape)}")
    if len(tensors) == 1:
        return tensors[0]
    from .shape_more import meshgrid  # noqa: PLC0415

    grids = meshgrid(*tensors, indexing="ij")
    return stack([g.flatten() for g in grids], 1)


@op("broadcast_shapes", summary="The shape that tensors of the given shapes broadcast to.",
    example="broadcast_shapes((2,), (3, 1), (1, 1, 1))", method=False, differentiable=False)
def broadcast_shapes(*shapes):
    normalized = []
    for shape in shapes:
        if isinstance(shape, (int, np.integer)):
            shape = (int(shape),)
        normalized.append(tuple(shape))
    try:
        return Size(_broadcast(*normalized))
    except RuntimeError:
        raise RuntimeError("shape mismatch: objects cannot be broadcast to a single shape.  "
                           "Mismatch is between arg 0 and arg 1.") from None


@op("take_along_dim", summary="Values of input at indices along dim (flattened when dim=None).",
    example="take_along_dim(tensor([[10, 30, 20], [60, 40, 50]]), tensor([[0], [2]]), dim=1)")
def take_along_dim(input, indices, dim=None):
    if indices.dtype is not dtypes.int64:
        raise RuntimeError(f"torch.take_along_dim(): dtype of indices should be Long but got "
                           f"{indices.dtype.short}")
    if dim is None:
        return input.view(-1).gather(0, indices.view(-1))
    dim = normalize_dim(dim, input.ndim)
    if input.ndim != indices.ndim:
        raise RuntimeError("torch.take_along_dim(): input and indices should have the same "
                           f"number of dimensions, but got {input.ndim} dimensions for input, "
                           f"and {indices.ndim} dimensions for indices")
    input_shape, index_shape = list(input.shape), list(indices.shape)
    input_shape[dim] = index_shape[dim] = 1
    common = list(_broadcast(tuple(input_shape), tuple(index_shape)))
    wanted_input, wanted_index = list(common), list(common)
    wanted_input[dim], wanted_index[dim] = input.shape[dim], indices.shape[dim]
    if tuple(input.shape) != tuple(wanted_input):
        input = input.expand(*wanted_input)
    if tuple(indices.shape) != tuple(wanted_index):
        indices = indices.expand(*wanted_index)
    return input.gather(dim, indices)


@op("unfold", summary="All slices of length size along dimension, step apart, as a new last "
    "dim.", example="torch.arange(1., 8).unfold(0, 2, 1)", function=False)
def unfold(input, dimension, size, step):
    dim = normalize_dim(dimension, input.ndim)
    length = input.shape[dim] if input.ndim else 1
    if size > length:
        raise RuntimeError(f"maximum size for tensor at dimension {dim} is {length} but size "
                           f"is {size}")
    if step <= 0:
        raise RuntimeError(f"step is {step} but must be > 0")
    xp = input._xp
    count = (length - size) // step + 1
    if count * size > 1 << 16:  # the windows are copied, with int64 positions (issue 19)
        windows_shape = (*input.shape[:dim], count, *input.shape[dim + 1:], size)
        limits.check_allocation(windows_shape, input.dtype)
        limits.check_allocation((count * size,), dtypes.int64, "the positions of unfold")
    positions = (np.arange(count)[:, None] * step + np.arange(size)[None, :]).reshape(-1)
    data = input._data if input.ndim else input._data.reshape(1)
    picked = xp.take(data, xp.asarray(positions), axis=dim)
    shape = data.shape[:dim] + (count, size) + data.shape[dim + 1:]
    windows = xp.moveaxis(picked.reshape(shape), dim + 1, -1)
    out = Tensor._make(xp.ascontiguousarray(windows), input.dtype)
    index = Tensor._make(xp.asarray(positions), dtypes.int64)

    def backward(g):
        moved = g.movedim(-1, dim + 1)
        flat = moved.reshape(*data.shape[:dim], count * size, *data.shape[dim + 1:])
        grad = g.new_zeros(data.shape).index_add(dim, index, flat)
        return (grad.reshape(*input.shape),)
    return record(out, "UnfoldBackward0", (input,), backward)
