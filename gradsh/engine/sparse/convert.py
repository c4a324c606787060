"""Conversions between dense arrays and the sparse layouts, on host arrays.

Every layout goes through one intermediate, the *coordinates*: the index of
each specified element along the sparse dimensions (``k x n``) and its value
(``n x dense dims``). A block of a BSR/BSC tensor is expanded to its
elements, explicit zeros included, so a conversion keeps the specified
elements and sums duplicates (as coalescing does).
"""
from __future__ import annotations

import numpy as np

from .. import backend, layouts
from .data import SparseData

ROW_COMPRESSED = (layouts.sparse_csr, layouts.sparse_bsr)
BLOCKED = (layouts.sparse_bsr, layouts.sparse_bsc)


def host(array) -> np.ndarray:
    return backend.to_host(array)


def nnz(data: SparseData) -> int:
    if data.layout is layouts.sparse_coo:
        return int(data.indices.shape[1])
    return int(data.plain.shape[-1])


def sparse_dim(data: SparseData) -> int:
    return int(data.indices.shape[0]) if data.layout is layouts.sparse_coo else 2


def dense_dim(data: SparseData) -> int:
    return len(data.shape) - sparse_dim(data)


def blocksize(data: SparseData) -> tuple:
    return tuple(data.values.shape[1:3]) if data.layout in BLOCKED else (1, 1)


# ------------------------------------------------------------- coordinates
def dense_coords(array: np.ndarray, sparse_dims: int) -> tuple:
    """The nonzero positions of ``array`` over its first ``sparse_dims`` dims
    (a position is kept when any element of its dense slice is nonzero)."""
    nonzero = array != 0
    if array.ndim > sparse_dims:
        nonzero = nonzero.any(axis=tuple(range(sparse_dims, array.ndim)))
    coords = np.array(np.nonzero(nonzero), dtype=np.int64).reshape(sparse_dims, -1)
    return coords, array[tuple(coords)]


def coords_of(data: SparseData) -> tuple:
    """(coordinates, values) of a sparse tensor's specified elements."""
    values = host(data.values)
    if data.layout is layouts.sparse_coo:
        return host(data.indices).astype(np.int64), values
    compressed, plain = host(data.compressed).astype(np.int64), host(data.plain).astype(np.int64)
    major = np.repeat(np.arange(compressed.shape[0] - 1, dtype=np.int64), np.diff(compressed))
    rows, cols = (major, plain) if data.layout in ROW_COMPRESSED else (plain, major)
    if data.layout not in BLOCKED:
        return np.stack([rows, cols]), values
    block_rows, block_cols = values.shape[1:3]
    inner_rows, inner_cols = np.meshgrid(np.arange(block_rows), np.arange(block_cols),
                                         indexing="ij")
    rows = (rows[:, None, None] * block_rows + inner_rows).reshape(-1)
    cols = (cols[:, None, None] * block_cols + inner_cols).reshape(-1)
    return np.stack([rows, cols]), values.reshape((-1,) + values.shape[3:])


def dense_array(data: SparseData) -> np.ndarray:
    """The dense array of a sparse tensor (duplicates summed)."""
    coords, values = coords_of(data)
    result = np.zeros(data.shape, dtype=data.values.dtype)
    np.add.at(result, tuple(coords), values)
    return result


# ------------------------------------------------------------ constructions
def coo_from_coords(shape, coords, values, *, like) -> SparseData:
    """A coalesced COO tensor: sorted unique coordinates, duplicates summed."""
    shape = tuple(shape)
    sparse_dims = coords.shape[0]
    if coords.shape[1]:
        linear = np.ravel_multi_index(tuple(coords), shape[:sparse_dims])
        unique, inverse = np.unique(linear, return_inverse=True)
        summed = np.zeros((unique.shape[0],) + values.shape[1:], dtype=values.dtype)
        np.add.at(summed, inverse.reshape(-1), values)
        coords = np.array(np.unravel_index(unique, shape[:sparse_dims]), dtype=np.int64)
        coords = coords.reshape(sparse_dims, -1)
        values = summed
    return SparseData(layouts.sparse_coo, shape, _on(values, like),
                      indices=_on(coords.astype(np.int64), like), coalesced=True)


def compressed_from_coords(layout, shape, coords, values, block, *, like,
                           index_dtype=np.int64) -> SparseData:
    """A CSR/CSC/BSR/BSC tensor holding the elements at ``coords``."""
    shape = tuple(shape)
    block_rows, block_cols = block
    grid_rows, grid_cols = shape[0] // block_rows, shape[1] // block_cols
    rows, cols = coords
    block_row, block_col = rows // block_rows, cols // block_cols
    by_rows = layout in ROW_COMPRESSED
    major, minor = (block_row, block_col) if by_rows else (block_col, block_row)
    n_major, n_minor = (grid_rows, grid_cols) if by_rows else (grid_cols, grid_rows)
    unique, inverse = np.unique(major * n_minor + minor, return_inverse=True)
    inverse = inverse.reshape(-1)
    dense_shape = values.shape[1:]
    if layout in BLOCKED:
        blocks = np.zeros((unique.shape[0], block_rows, block_cols) + dense_shape,
                          dtype=values.dtype)
        np.add.at(blocks, (inverse, rows % block_rows, cols % block_cols), values)
    else:
        blocks = np.zeros((unique.shape[0],) + dense_shape, dtype=values.dtype)
        np.add.at(blocks, inverse, values)
    counts = np.bincount(unique // max(n_minor, 1), minlength=n_major)
    compressed = np.concatenate([[0], np.cumsum(counts)]).astype(index_dtype)
    plain = (unique % max(n_minor, 1)).astype(index_dtype)
    return SparseData(layout, shape, _on(blocks, like), compressed=_on(compressed, like),
                      plain=_on(plain, like))


def _on(array: np.ndarray, like):
    """``array`` on the device of the array ``like``."""
    return array if isinstance(like, np.ndarray) else backend.xp_of(like).asarray(array)


def coalesce(data: SparseData) -> SparseData:
    if data.coalesced:
        return data
    coords, values = coords_of(data)
    return coo_from_coords(data.shape, coords, values, like=data.values)


def add_sparse_data(first: SparseData, second) -> SparseData:
    """``first + second`` for two sparse tensors of one layout and shape."""
    if not isinstance(second, SparseData) or second.layout is not first.layout \
            or second.shape != first.shape:
        raise RuntimeError("gradsh: sparse tensors add only to sparse tensors of the same "
                           "layout and size")
    first_coords, first_values = coords_of(first)
    second_coords, second_values = coords_of(second)
    coords = np.concatenate([first_coords, second_coords], axis=1)
    values = np.concatenate([first_values, second_values.astype(first_values.dtype)])
    if first.layout is layouts.sparse_coo:
        # PyTorch's sparse add merges the operands; the result counts as
        # coalesced only when both were.
        merged = coo_from_coords(first.shape, coords, values, like=first.values)
        return merged.replace(coalesced=first.coalesced and second.coalesced)
    return compressed_from_coords(first.layout, first.shape, coords, values, blocksize(first),
                                  like=first.values)
