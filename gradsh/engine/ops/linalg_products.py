"""Products of torch.linalg and friends: multi_dot, vecdot, tensordot,
chain_matmul, and torch.linalg's spellings of cross and diagonal (other
defaults than torch.cross / torch.diagonal).

All are compositions of gradsh ops, as in PyTorch, so their grad_fn names
are PyTorch's: multi_dot and tensordot end in a view (``ViewBackward0``),
vecdot in a sum (``SumBackward1``).
"""
from __future__ import annotations

from .. import dtypes
from ..registry import op
from ..tensor import Tensor
from ..warn_once import warn_once
from .linalg import c_type_name, mm
from .math_more import cross as _cross
from .shape_more import diagonal as _diagonal

_LA = "linalg"


# ---------------------------------------------------------------- multi_dot
def _chain_order(shapes: list) -> list:
    """The cheapest parenthesisation (PyTorch's matrix_chain_order): split[i][j]."""
    count = len(shapes)
    p = [shapes[0][0]] + [shape[1] for shape in shapes]
    cost = [[0] * count for _ in range(count)]
    split = [[0] * count for _ in range(count)]
    for length in range(1, count):
        for i in range(count - length):
            j = i + length
            cost[i][j] = None
            for k in range(i, j):
                total = cost[i][k] + cost[k + 1][j] + p[i] * p[k + 1] * p[j + 1]
                if cost[i][j] is None or total < cost[i][j]:
                    cost[i][j], split[i][j] = total, k
    return split


def _chain(matrices: list, split, i: int, j: int) -> Tensor:
    if i == j:
        return matrices[i]
    k = split[i][j]
    return mm(_chain(matrices, split, i, k), _chain(matrices, split, k + 1, j))


def _multi_dot(tensors, name: str = "multi_dot") -> Tensor:
    tensors = list(tensors)
    count = len(tensors)
    if count < 2:
        raise RuntimeError(f"{name}(): expected at least 2 tensors but got {count}")
    first, last = tensors[0], tensors[-1]
    if first.ndim not in (1, 2):
        raise RuntimeError(f"{name}(): the first tensor must be 1D or 2D but got {first.ndim}D")
    if last.ndim not in (1, 2):
        raise RuntimeError(f"{name}(): the last tensor must be 1D or 2D but got {last.ndim}D")
    for index in range(1, count - 1):
        if tensors[index].ndim != 2:
            raise RuntimeError(f"{name}(): tensor {index} must be 2D but got "
                               f"{tensors[index].ndim}D")
    for index, tensor in enumerate(tensors[1:], 1):
        if tensor.dtype is not first.dtype:
            raise RuntimeError(f"{name}(): all tensors must have be the same dtype but tensor 0 "
                               f"is {c_type_name(first.dtype)} and tensor {index} "
                               f"{c_type_name(tensor.dtype)}")
    out_shape = []
    matrices = list(tensors)
    if first.ndim == 1:
        matrices[0] = first.unsqueeze(0)
    else:
        out_shape.append(first.shape[0])
    if last.ndim == 1:
        matrices[-1] = last.unsqueeze(-1)
    else:
        out_shape.append(last.shape[1])
    for index in range(count - 1):
        left, right = matrices[index], matrices[index + 1]
        if left.shape[1] != right.shape[0]:
            raise RuntimeError(f"{name}(): tensors {index} and {index + 1} with shapes "
                               f"{list(tensors[index].shape)} and {list(tensors[index + 1].shape)}"
                               " cannot be multiplied")
    split = _chain_order([tuple(m.shape) for m in matrices])
    return _chain(matrices, split, 0, count - 1).view(*out_shape)


@op("linalg_multi_dot", summary="The product of a list of matrices, in the cheapest order.",
    example="torch.linalg.multi_dot([ones(2, 3), ones(3, 4), ones(4)])", method=False,
    function=False, namespaces={_LA: ("multi_dot",)})
def multi_dot(tensors):
    return _multi_dot(tensors)


CHAIN_MATMUL_WARNING = (
    "torch.chain_matmul is deprecated and will be removed in a future PyTorch release. Use "
    "torch.linalg.multi_dot instead, which accepts a list of two or more tensors rather than "
    "multiple parameters. (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/"
    "LinearAlgebra.cpp:1102.)")


@op("chain_matmul", summary="Deprecated: torch.linalg.multi_dot of its arguments.",
    example="torch.chain_matmul(ones(2, 3), ones(3, 2))", method=False)
def chain_matmul(*matrices):
    warn_once(CHAIN_MATMUL_WARNING)
    for matrix in matrices:
        if matrix.ndim != 2:
            raise RuntimeError(f"Tensor dimension is {matrix.ndim}, expected 2 instead.")
    if len(matrices) == 1:
        return matrices[0].clone()
    return _multi_dot(matrices)


# ------------------------------------------------------------------ vecdot
@op("linalg_vecdot", summary="The dot product of vectors along dim (broadcast).",
    example="torch.linalg.vecdot(tensor([[1., 2.], [3., 4.]]), tensor([1., 1.]))",
    method=False, function=False, namespaces={_LA: ("vecdot",)})
def vecdot(x, y, *, dim=-1):
    for value in (x, y):
        if not (value.dtype.is_floating_point or value.dtype.is_complex):
            raise RuntimeError("linalg.vecdot: Expected a floating point or complex tensor as "
                               f"input. Got {value.dtype.short}")
    if x.dtype is not y.dtype:
        raise RuntimeError("linalg.vecdot: Expected x and y to have the same dtype, but found x "
                           f"of type {x.dtype.short} and y of type {y.dtype.short} instead")
    return ((x.conj() if x.dtype.is_complex else x) * y).sum(dim)


# --------------------------------------------------------------- tensordot
def _tensordot_dims(a, b, dims):
    if isinstance(dims, Tensor):
        dims = dims.tolist()
    if isinstance(dims, int):
        if dims < 0:
            raise RuntimeError(f"tensordot expects dims >= 0, but got dims={dims}")
        return list(range(-dims, 0)), list(range(dims))
    first, second = dims
    first = [first] if isinstance(first, int) else list(first)
    second = [second] if isinstance(second, int) else list(second)
    if len(first) != len(second):
        raise RuntimeError("both dimension lists should have same length")
    return first, second


@op("tensordot", summary="Contract dims of a with dims of b (dims=k: the last k of a, first k "
    "of b).", example="torch.tensordot(ones(2, 3, 4), ones(3, 4, 5), dims=2).shape", method=False)
def tensordot(a, b, dims=2, out=None):
    dims_a, dims_b = _tensordot_dims(a, b, dims)
    if a.dtype is not b.dtype:
        raise RuntimeError(f"expected scalar type {a.dtype.short} but found {b.dtype.short}")
    axes_a = [d % a.ndim for d in dims_a] if a.ndim else []
    axes_b = [d % b.ndim for d in dims_b] if b.ndim else []
    for da, db, ia, ib in zip(axes_a, axes_b, dims_a, dims_b):
        if a.shape[da] != b.shape[db]:
            raise RuntimeError(f"contracted dimensions need to match, but first has size "
                               f"{a.shape[da]} in dim {ia} and second has size {b.shape[db]} in "
                               f"dim {ib}")
    free_a = [d for d in range(a.ndim) if d not in axes_a]
    free_b = [d for d in range(b.ndim) if d not in axes_b]
    size = 1
    for d in axes_a:
        size *= a.shape[d]
    rows = 1
    for d in free_a:
        rows *= a.shape[d]
    columns = 1
    for d in free_b:
        columns *= b.shape[d]
    left = a.permute(*(free_a + axes_a)).reshape(rows, size)
    right = b.permute(*(axes_b + free_b)).reshape(size, columns)
    shape = [a.shape[d] for d in free_a] + [b.shape[d] for d in free_b]
    return mm(left, right).view(*shape)


# ------------------------------------------------- linalg.cross / diagonal
@op("linalg_cross", summary="The cross product of 3-vectors along dim (-1), broadcast.",
    example="torch.linalg.cross(tensor([1., 0., 0.]), tensor([0., 1., 0.]))", method=False,
    function=False, namespaces={_LA: ("cross",)})
def linalg_cross(input, other, *, dim=-1):
    if input.ndim != other.ndim:
        raise RuntimeError("linalg.cross: inputs must have the same number of dimensions.")
    return _cross(input, other, dim=dim)


@op("linalg_diagonal", summary="The diagonals of the last two dims (offset, dim1=-2, dim2=-1).",
    example="torch.linalg.diagonal(ones(2, 3, 3))", method=False, function=False,
    namespaces={_LA: ("diagonal",)})
def linalg_diagonal(A, *, offset=0, dim1=-2, dim2=-1):
    return _diagonal(A, offset, dim1, dim2)


__all__ = ["multi_dot", "tensordot", "vecdot", "dtypes"]
