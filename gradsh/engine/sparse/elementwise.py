"""Elementwise functions on sparse tensors: PyTorch's zero-preserving
functions of the values, and dense operands with sparse ones (``d + s``,
``d - s``, ``d * s``)."""
from __future__ import annotations

import numpy as np

from .. import autograd, dtypes, layouts
from ..autograd import record
from ..tensor import Tensor
from . import convert
from .arith import _with_values
from .tensor import make


# ------------------------------------------------ zero-preserving functions
# PyTorch's sparse kernels of f with f(0) == 0, for COO and the compressed
# layouts alike: f of the values, the pattern kept.
UNARY = ("abs absolute sqrt sin tan tanh asin arcsin atan arctan sinh asinh arcsinh atanh "
         "arctanh expm1 log1p sign sgn ceil floor round trunc frac deg2rad rad2deg erf erfinv "
         "relu signbit isnan isinf isposinf isneginf negative").split()


def unary(tensor, name: str):
    """``f(s)``: the dense op on the values; its node (AbsBackward0, ...) is
    the result's, with the gradient taken through the dense op. An
    uncoalesced COO tensor is coalesced first (f(a) + f(b) is not f(a + b))."""
    recording = autograd.is_grad_enabled() and tensor.requires_grad
    if tensor.layout is layouts.sparse_coo and not tensor._data.coalesced:
        from .methods import coalesce  # noqa: PLC0415

        tensor = coalesce(tensor)
    values = Tensor._make(tensor._data.values, tensor.dtype)
    if not recording:
        with autograd.no_grad():
            out = getattr(values, name)()
        return _with_values(tensor, out._data, out.dtype)
    leaf = values.detach().requires_grad_()
    out = getattr(leaf, name)()
    result = _with_values(tensor, out._data, out.dtype)
    if out.grad_fn is None:
        return result
    pattern = make(tensor._data, tensor.dtype)

    def backward(grad):
        from .methods import sparse_mask, to_dense  # noqa: PLC0415

        on_pattern = sparse_mask(to_dense(grad) if grad._sparse_layout else grad, pattern)
        grad_values = Tensor._make(on_pattern._data.values, grad.dtype)
        (grad_leaf,) = autograd.run_backward([out], [grad_values], retain_graph=True,
                                             create_graph=autograd.is_grad_enabled(),
                                             inputs=[leaf])
        return (_with_values(tensor, grad_leaf._data, grad_leaf.dtype),)

    return record(result, out.grad_fn._name, (tensor,), backward)


# ------------------------------------------------- dense with sparse operands
def _same_size(dense, sparse) -> None:
    if tuple(dense.shape) != tuple(sparse.shape):
        raise RuntimeError(f"add: expected 'self' and 'other' to have same size, but self has "
                           f"size {list(dense.shape)} while other has size {list(sparse.shape)} "
                           "(FYI: dense-sparse addition does not currently support broadcasting)")


def dense_add(dense, sparse, *, subtract: bool = False):
    """``dense + sparse`` (and ``-``): a strided result. As PyTorch's
    AddBackward0, the sparse operand's gradient is the dense one."""
    if sparse.layout in convert.BLOCKED or (subtract and sparse.layout is not layouts.sparse_coo):
        if subtract and sparse.layout is not layouts.sparse_coo:
            raise RuntimeError(f"unsupported tensor layout: {sparse.layout.backend_name}")
        from .data import not_supported  # noqa: PLC0415

        raise not_supported("add", sparse.layout, sparse.device)
    _same_size(dense, sparse)
    other = Tensor._make(convert._on(convert.dense_array(sparse._data), sparse._data.values),
                         sparse.dtype)
    result = dense.detach() - other if subtract else dense.detach() + other
    result = Tensor._make(result._data, result.dtype)
    name = "SubBackward0" if subtract else "AddBackward0"
    return record(result, name, (dense, sparse),
                  lambda grad: (grad, -grad if subtract else grad))


def dense_mul(sparse, dense):
    """``sparse * dense`` (either order): sparse, the values times the dense
    entries at their positions (dense broadcasts to the sparse shape)."""
    if sparse.layout in convert.BLOCKED or sparse.layout is layouts.sparse_csc:
        raise RuntimeError("Expected result Tensor to be of format CSR")
    array = convert.host(dense._data)
    shape = tuple(sparse.shape)
    for position in range(1, max(array.ndim, len(shape)) + 1):
        a = array.shape[-position] if position <= array.ndim else 1
        b = shape[-position] if position <= len(shape) else 1
        if a != b and a != 1:
            raise RuntimeError(f"The size of tensor a ({a}) must match the size of tensor b "
                               f"({b}) at non-singleton dimension {len(shape) - position}")
    data = convert.coalesce(sparse._data) if sparse.layout is layouts.sparse_coo else sparse._data
    coords, _ = convert.coords_of(data)
    full = np.broadcast_to(array, shape)
    picked = full[tuple(coords)].reshape(data.values.shape)
    dtype = dtypes.promote_types(sparse.dtype, dense.dtype)
    values = (convert.host(data.values) * picked).astype(dtype.np)
    result = make(data.replace(values=convert._on(values, data.values)), dtype)

    def backward(grad):
        from .methods import sparse_mask, to_dense  # noqa: PLC0415

        pattern = make(data, sparse.dtype)
        on_pattern = sparse_mask(to_dense(grad) if grad._sparse_layout else grad, pattern)
        grad_values = Tensor._make(on_pattern._data.values, grad.dtype)
        dense_values = Tensor._make(convert._on(picked.copy(), data.values), dense.dtype)
        sparse_values = Tensor._make(data.values, sparse.dtype)
        grad_sparse = make(data.replace(values=(grad_values * dense_values)._data), grad.dtype)
        grad_dense = make(data.replace(values=(grad_values * sparse_values)._data), grad.dtype)
        if tuple(dense.shape) != shape:
            grad_dense = to_dense(grad_dense)  # summed down to dense's shape by the engine
        return (grad_sparse, grad_dense)

    return record(result, "MulBackward0", (sparse, dense), backward)
