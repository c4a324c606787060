"""Sparse tensors' ops: constructors, conversions and components (issue 17).

Declarations only: each body imports ``engine/sparse/`` when it runs, so the
sparse machinery is loaded the first time a script uses it. See
docs/sparse.md.
"""
from __future__ import annotations

from .. import layouts
from ..registry import op
from .. import limits
from .common import CHECK_SIZE_ABOVE
from ..tensor import Tensor


def _methods():
    from ..sparse import methods  # noqa: PLC0415 - loaded on first use

    return methods


def _construct():
    from ..sparse import construct  # noqa: PLC0415 - loaded on first use

    return construct


# ------------------------------------------------------------ constructors
@op("sparse_coo_tensor", summary="A sparse COO tensor with the given indices (sparse_dim x nnz) "
    "and values (nnz x dense dims).", method=False,
    example="sparse_coo_tensor([[0, 1], [2, 0]], [3., 4.], (2, 3))")
def sparse_coo_tensor(indices, values, size=None, *, dtype=None, device=None, pin_memory=False,
                      requires_grad=False, check_invariants=None, is_coalesced=None):
    return _construct().sparse_coo_tensor(
        indices, values, size, dtype=dtype, device=device, requires_grad=requires_grad,
        check_invariants=check_invariants, is_coalesced=is_coalesced)


@op("sparse_compressed_tensor", summary="A CSR, CSC, BSR or BSC tensor (layout=) from its "
    "compressed indices, plain indices and values.", method=False, differentiable=False,
    example="sparse_compressed_tensor([0, 1, 2], [1, 0], [5., 6.], layout=torch.sparse_csr)")
def sparse_compressed_tensor(compressed_indices, plain_indices, values, size=None, *,
                             dtype=None, layout=None, device=None, pin_memory=False,
                             requires_grad=False, check_invariants=None):
    return _construct().sparse_compressed_tensor(
        compressed_indices, plain_indices, values, size, dtype=dtype, layout=layout,
        device=device, requires_grad=requires_grad, check_invariants=check_invariants)


def _compressed_constructor(layout, compressed: str, plain: str):
    name = f"sparse_{layout.name[len('sparse_'):]}_tensor"

    @op(name, summary=f"A {layout.name[len('sparse_'):].upper()} tensor from {compressed}, "
        f"{plain} and values.", method=False, differentiable=False,
        example=f"{name}([0, 1, 2], [1, 0], [{'[[5.]], [[6.]]' if 'b' in name[7] else '5., 6.'}])")
    def construct(compressed_indices, plain_indices, values, size=None, *, dtype=None,
                  device=None, pin_memory=False, requires_grad=False, check_invariants=None):
        return _construct().sparse_compressed_tensor(
            compressed_indices, plain_indices, values, size, dtype=dtype, layout=layout,
            device=device, requires_grad=requires_grad, check_invariants=check_invariants,
            function=name)

    return construct


sparse_csr_tensor = _compressed_constructor(layouts.sparse_csr, "crow_indices", "col_indices")
sparse_csc_tensor = _compressed_constructor(layouts.sparse_csc, "ccol_indices", "row_indices")
sparse_bsr_tensor = _compressed_constructor(layouts.sparse_bsr, "crow_indices", "col_indices")
sparse_bsc_tensor = _compressed_constructor(layouts.sparse_bsc, "ccol_indices", "row_indices")


# ------------------------------------------------------------ conversions
@op("to_dense", summary="The strided tensor of a sparse tensor (a strided tensor: itself).",
    function=False, example="eye(2).to_sparse().to_dense()")
def to_dense(input, dtype=None, *, masked_grad=None):
    if not input._sparse_layout:
        return input
    return _methods().to_dense(input, dtype, masked_grad=masked_grad)


@op("to_sparse", summary="input as a sparse tensor: COO with sparse_dim (or all) sparse "
    "dimensions, or layout=, blocksize=, dense_dim=.", function=False,
    example="tensor([[0, 1], [2, 0]]).to_sparse()",
    signature="to_sparse(sparse_dim) | to_sparse(*, layout=None, blocksize=None, dense_dim=None)")
def to_sparse(input, *args, layout=None, blocksize=None, dense_dim=None):
    if isinstance(input, Tensor) and input._data.size > CHECK_SIZE_ABOVE:  # an expanded view's
        limits.check_copy(input)  # result is its numel (issue 19)
    return _methods().to_sparse(input, *args, layout=layout, blocksize=blocksize,
                                dense_dim=dense_dim)


@op("to_sparse_coo", summary="input as a sparse COO tensor.", function=False,
    example="tensor([[0, 1], [2, 0]]).to_sparse_coo()")
def to_sparse_coo(input):
    return _methods().to_sparse(input)


@op("to_sparse_csr", summary="input as a CSR tensor (dense_dim: trailing dense dimensions).",
    function=False, example="tensor([[0, 1], [2, 0]]).to_sparse_csr()")
def to_sparse_csr(input, dense_dim=None):
    return _methods().to_compressed(input, layouts.sparse_csr, dense_dim=dense_dim)


@op("to_sparse_csc", summary="input as a CSC tensor (dense_dim: trailing dense dimensions).",
    function=False, example="tensor([[0, 1], [2, 0]]).to_sparse_csc()")
def to_sparse_csc(input, dense_dim=None):
    return _methods().to_compressed(input, layouts.sparse_csc, dense_dim=dense_dim)


@op("to_sparse_bsr", summary="input as a BSR tensor of blocks of blocksize.", function=False,
    example="eye(4).to_sparse_bsr((2, 2))")
def to_sparse_bsr(input, blocksize, dense_dim=None):
    return _methods().to_compressed(input, layouts.sparse_bsr, blocksize, dense_dim)


@op("to_sparse_bsc", summary="input as a BSC tensor of blocks of blocksize.", function=False,
    example="eye(4).to_sparse_bsc((2, 2))")
def to_sparse_bsc(input, blocksize, dense_dim=None):
    return _methods().to_compressed(input, layouts.sparse_bsc, blocksize, dense_dim)


@op("sparse_mask", summary="The values of input where the sparse mask has entries, as a "
    "sparse tensor of mask's layout.", function=False,
    example="ones(2, 2).sparse_mask(eye(2).to_sparse())")
def sparse_mask(input, mask):
    return _methods().sparse_mask(input, mask)


# ------------------------------------------------------------ components
@op("indices", summary="The indices (sparse_dim x nnz) of a coalesced COO tensor.",
    function=False, differentiable=False, example="eye(2).to_sparse().indices()")
def indices(input):
    return _methods().indices(input)


@op("values", summary="The values of a sparse tensor (COO: coalesced).", function=False,
    example="eye(2).to_sparse().values()")
def values(input):
    return _methods().values(input)


def _component(name: str, layout_name: str):
    @op(name, summary=f"The {name.replace('_', ' ')} of a {layout_name} tensor.",
        function=False, differentiable=False,
        example=f"eye(2).to_sparse_{layout_name.lower()}().{name}()")
    def component(input):
        return _methods().compressed_component(input, name)

    return component


crow_indices = _component("crow_indices", "CSR")
col_indices = _component("col_indices", "CSR")
ccol_indices = _component("ccol_indices", "CSC")
row_indices = _component("row_indices", "CSC")


def _copy(name: str, source: str, layout_name: str):
    summary = f"A copy of {source}() of a compressed tensor (PyTorch has no COO kernel)." \
        if source != "indices" else "indices() copied: PyTorch has no kernel of it for any " \
        "layout, so it always raises (as PyTorch)."
    example = f"{name}(eye(2).to_sparse_{layout_name}())" if source != "indices" else \
        "indices_copy(eye(2).to_sparse())"

    @op(name, summary=summary, method=False, differentiable=False, example=example)
    def copy(input):
        methods = _methods()
        if input.layout is layouts.sparse_coo and source in ("indices", "values"):
            from ..sparse.data import not_supported  # noqa: PLC0415

            raise not_supported(name, input.layout, input.device)
        if source == "indices":
            result = methods.indices(input)
        elif source == "values":
            result = methods.values(input).detach()
        else:
            try:
                result = methods.compressed_component(input, source)
            except RuntimeError:
                if input.layout is layouts.sparse_coo:
                    from ..sparse.data import not_supported  # noqa: PLC0415

                    raise not_supported(name, input.layout, input.device) from None
                raise
        return result.clone()

    return copy


crow_indices_copy = _copy("crow_indices_copy", "crow_indices", "csr")
col_indices_copy = _copy("col_indices_copy", "col_indices", "csr")
ccol_indices_copy = _copy("ccol_indices_copy", "ccol_indices", "csc")
row_indices_copy = _copy("row_indices_copy", "row_indices", "csc")
indices_copy = _copy("indices_copy", "indices", "csr")
values_copy = _copy("values_copy", "values", "csr")


@op("coalesce", summary="A COO tensor with sorted, unique indices (duplicates summed).",
    function=False, example="sparse_coo_tensor([[0, 0]], [1., 2.], (2,)).coalesce()")
def coalesce(input):
    return _methods().coalesce(input)


@op("is_coalesced", summary="Whether a COO tensor's indices are sorted and unique.",
    function=False, differentiable=False, example="eye(2).to_sparse().is_coalesced()")
def is_coalesced(input):
    return _methods().is_coalesced(input)


@op("sparse_dim", summary="The number of sparse dimensions (0 for a strided tensor).",
    function=False, differentiable=False, example="eye(2).to_sparse().sparse_dim()")
def sparse_dim(input):
    return _methods().sparse_dim(input) if input._sparse_layout else 0


@op("dense_dim", summary="The number of dense dimensions (ndim for a strided tensor).",
    function=False, differentiable=False, example="eye(2).to_sparse().dense_dim()")
def dense_dim(input):
    return _methods().dense_dim(input) if input._sparse_layout else input.ndim


# ------------------------------------------------------- sparse products
def _arith():
    from ..sparse import arith  # noqa: PLC0415 - loaded on first use

    return arith


@op("hspmm", summary="sparse mat1 @ dense mat2 as a hybrid COO tensor (one sparse dim: the "
    "rows mat1 has).", method=False, differentiable=False,
    example="hspmm(eye(2).to_sparse(), ones(2, 3))")
def hspmm(mat1, mat2):
    return _arith().hspmm(mat1, mat2)


@op("sspaddmm", summary="beta * input + alpha * (mat1 @ mat2) for sparse input and mat1: a COO "
    "tensor with input's entries and those of the product.", differentiable=False,
    example="sspaddmm(eye(2).to_sparse(), eye(2).to_sparse(), ones(2, 2))")
def sspaddmm(input, mat1, mat2, *, beta=1, alpha=1):
    return _arith().sspaddmm(input, mat1, mat2, beta=beta, alpha=alpha)


@op("saddmm", summary="torch.sspaddmm under its older name.", method=False,
    differentiable=False, example="saddmm(eye(2).to_sparse(), eye(2).to_sparse(), ones(2, 2))")
def saddmm(input, mat1, mat2, *, beta=1, alpha=1):
    return _arith().sspaddmm(input, mat1, mat2, beta=beta, alpha=alpha)


@op("smm", summary="sparse input @ dense mat as a COO tensor (sspaddmm with no input "
    "entries).", differentiable=False, example="eye(2).to_sparse().smm(ones(2, 2))")
def smm(input, mat):
    if not input._sparse_layout:
        raise RuntimeError("tensor.sspaddmm(...) can only be called on sparse tensors")
    arith = _arith()
    return arith.sspaddmm(arith.zeros_like_product(input, mat), input, mat)
