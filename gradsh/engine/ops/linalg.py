"""Matrix products: matmul (and ``@``), mm, bmm, mv, dot, outer.

PyTorch's rules: both operands must have the same dtype (no promotion, with
the C type names in the message: ``float != double``); integer products
work, bool ones do not. ``matmul`` dispatches on the operands' dims as
PyTorch does, which decides the grad_fn name: 1-D @ 1-D → ``DotBackward0``,
2-D @ 2-D → ``MmBackward0``, 2-D @ 1-D → ``MvBackward0``, 1-D @ 2-D →
``SqueezeBackward4``, batched → ``UnsafeViewBackward0`` (or ``BmmBackward0``
for bmm itself).
"""
from __future__ import annotations

import numpy as np

from .. import autograd, dtypes, limits
from ..autograd import record
from ..registry import op
from ..tensor import Tensor
from . import blas_dot, gemm_order
from .common import as_result, broadcast_shapes, same_device

C_TYPE_NAMES = {"int64": "long int", "int32": "int", "int16": "short int", "int8": "signed char",
                "uint8": "unsigned char", "float32": "float", "float64": "double",
                "float16": "c10::Half", "bool": "bool"}


def c_type_name(dtype) -> str:
    """The C++ type name PyTorch prints in some messages (``long int``, ``float``)."""
    return C_TYPE_NAMES[dtype.name]


def _check_tensor(value, name: str, argument: str, position: int) -> None:
    if not isinstance(value, Tensor):
        raise TypeError(f"{name}(): argument '{argument}' (position {position}) must be Tensor, "
                        f"not {type(value).__name__}")


def _check_same_dtype(a: Tensor, b: Tensor) -> None:
    if a.dtype is not b.dtype:
        raise RuntimeError("expected m1 and m2 to have the same dtype, but got: "
                           f"{c_type_name(a.dtype)} != {c_type_name(b.dtype)}")
    if a.dtype is dtypes.bool_:
        raise NotImplementedError("\"addmm_impl_cpu_\" not implemented for 'Bool'")


def _product_shape(a_shape: tuple, b_shape: tuple) -> tuple:
    """matmul's result shape (1-D operands lose their dim), for the memory check."""
    a2 = a_shape if len(a_shape) > 1 else (1,) + tuple(a_shape)
    b2 = b_shape if len(b_shape) > 1 else tuple(b_shape) + (1,)
    batch = broadcast_shapes(a2[:-2], b2[:-2])
    rows = (a2[-2],) if len(a_shape) > 1 else ()
    cols = (b2[-1],) if len(b_shape) > 1 else ()
    return tuple(batch) + rows + cols


def _product(a: Tensor, b: Tensor) -> Tensor:
    limits.check_allocation(_product_shape(a._data.shape, b._data.shape), a.dtype)
    return as_result(a._xp.matmul(a._data, b._data), a.dtype, a._xp)


def _bmm_product(a: Tensor, b: Tensor) -> Tensor:
    """bmm: ATen's own loop or the per-batch MKL order where known (gemm_order.batched)."""
    if a._xp is np:
        limits.check_allocation(_product_shape(a._data.shape, b._data.shape), a.dtype)
        ordered = gemm_order.batched(a._data, b._data)
        if ordered is not None:
            return as_result(ordered, a.dtype, np)
    return _product(a, b)


def _offset(tensor: Tensor) -> int:
    """The tensor's storage offset in elements (the MKL dot kernel aligns by
    address); 0 off NumPy, where gemm_order is not used."""
    if tensor._xp is not np:
        return 0
    from .convert import storage_offset  # noqa: PLC0415

    return storage_offset(tensor)


def _mm_array(xp, a, b, bias=None, offset: int = 0):
    """``bias + a @ b`` on 2-D arrays: MKL's summation order where it is known
    (gemm_order), NumPy's matmul otherwise (bias then added after)."""
    if xp is np:
        ordered = gemm_order.product(a, b, bias, offset)
        if ordered is not None:
            return ordered
    product = xp.matmul(a, b)
    return product if bias is None else xp.add(product, bias, out=product)


def _matmul_backward(a_ndim: int, b_ndim: int):
    """Gradients of a @ b written with matmul, for any dims (1-D operands included)."""

    def backward(g, a, b):
        a2 = a.unsqueeze(0) if a_ndim == 1 else a
        b2 = b.unsqueeze(-1) if b_ndim == 1 else b
        if a_ndim == 1:
            g = g.unsqueeze(-2) if b_ndim != 1 else g.reshape(1, 1)
        if b_ndim == 1:
            g = g.unsqueeze(-1) if a_ndim != 1 else g
        grad_a = grad_b = None
        if a.requires_grad:
            grad_a = matmul(g, b2.transpose(-1, -2))
            grad_a = grad_a.squeeze(-2) if a_ndim == 1 else grad_a
        if b.requires_grad:
            grad_b = matmul(a2.transpose(-1, -2), g)
            grad_b = grad_b.squeeze(-1) if b_ndim == 1 else grad_b
        return (grad_a, grad_b)

    return backward


def _record_product(out, name, a, b):
    return record(out, name, (a, b), _matmul_backward(a.ndim, b.ndim), saved=(a, b))


# ---------------------------------------------------------------- the checks
def _check_dot(a, b) -> None:
    if a.ndim != 1 or b.ndim != 1:
        raise RuntimeError(f"1D tensors expected, but got {a.ndim}D and {b.ndim}D tensors")
    if a.dtype is not b.dtype:
        raise RuntimeError("dot : expected both vectors to have same dtype, but found "
                           f"{a.dtype.short} and {b.dtype.short}")
    if a.shape[0] != b.shape[0]:
        raise RuntimeError(f"inconsistent tensor size, expected tensor [{a.shape[0]}] and src "
                           f"[{b.shape[0]}] to have the same number of elements, but got "
                           f"{a.shape[0]} and {b.shape[0]} elements respectively")


def _check_mm(a, b, rows=None) -> None:
    _check_same_dtype(a, b)
    if a.shape[-1] != b.shape[0]:
        rows = a.shape[0] if rows is None else rows
        raise RuntimeError(f"mat1 and mat2 shapes cannot be multiplied ({rows}x{a.shape[-1]} "
                           f"and {b.shape[0]}x{b.shape[1]})")


def _check_mv(a, b, rows=None) -> None:
    if a.dtype is not b.dtype:
        raise RuntimeError("addmv input tensors must have the same dtype, but got "
                           f"{b.dtype.short}, {a.dtype.short}, and {b.dtype.short}")
    if a.dtype is dtypes.bool_:
        raise NotImplementedError("\"addmv_impl_cpu\" not implemented for 'Bool'")
    if a.shape[-1] != b.shape[0]:
        rows = a.shape[0] if rows is None else rows
        raise RuntimeError(f"size mismatch, got input ({rows}), mat ({rows}x{a.shape[-1]}), "
                           f"vec ({b.shape[0]})")


def _check_batched(a, b) -> None:
    """PyTorch folds or broadcasts to bmm; its messages follow that path."""
    _check_same_dtype(a, b)
    batch_a = tuple(a.shape[:-2]) if a.ndim > 1 else ()
    batch_b = tuple(b.shape[:-2]) if b.ndim > 1 else ()
    inner_a = a.shape[-1]
    inner_b = b.shape[-2] if b.ndim > 1 else b.shape[0]
    if a.ndim >= 3 and b.ndim <= 2:  # folded into one mm / mv
        rows = 1
        for n in a.shape[:-1]:
            rows *= n
        if b.ndim == 2:
            _check_mm(Tensor._make(a._data.reshape(-1, inner_a), a.dtype), b, rows)
        else:
            _check_mv(Tensor._make(a._data.reshape(-1, inner_a), a.dtype), b, rows)
        return
    batch = broadcast_shapes(batch_a, batch_b)
    count = 1
    for n in batch:
        count *= n
    if inner_a != inner_b:
        raise RuntimeError("Expected size for first two dimensions of batch2 tensor to be: "
                           f"[{count}, {inner_a}] but got: [{count}, {inner_b}].")


# -------------------------------------------------------------------- the ops
def _matmul_impl(input, other):
    _check_tensor(input, "matmul", "input", 1)
    _check_tensor(other, "matmul", "other", 2)
    same_device(input, other)
    if input.ndim == 0 or other.ndim == 0:
        raise RuntimeError("both arguments to matmul need to be at least 1D, but they are "
                           f"{input.ndim}D and {other.ndim}D")
    if input.ndim == 1 and other.ndim == 1:
        return dot(input, other)
    if input.ndim == 2 and other.ndim == 2:
        return mm(input, other)
    if input.ndim == 2 and other.ndim == 1:
        return mv(input, other)
    if input.ndim == 1 and other.ndim == 2:
        _check_mm(Tensor._make(input._data[None], input.dtype), other)
        return _record_product(_product(input, other), "SqueezeBackward4", input, other)
    _check_batched(input, other)
    if input._xp is np and other.ndim == 2 and (input._data.flags.c_contiguous or
                                                 other.requires_grad):
        # ATen folds (..., m, k) @ (k, n) into one mm (should_fold): MKL's order for it
        rows = input._data.reshape(-1, input.shape[-1])
        limits.check_allocation((rows.shape[0], other.shape[1]), input.dtype)
        offset = _offset(input) if input._data.flags.c_contiguous else 0  # else a fresh copy
        folded = _mm_array(np, rows, other._data, offset=offset).reshape(
            input.shape[:-1] + (other.shape[1],))
        out = as_result(folded, input.dtype, np)
        return _record_product(out, "UnsafeViewBackward0", input, other)
    if input.ndim == 3 and other.ndim == 3 and input.shape[0] == other.shape[0]:
        return _record_product(_bmm_product(input, other), "UnsafeViewBackward0", input, other)
    return _record_product(_product(input, other), "UnsafeViewBackward0", input, other)


@op("matmul", summary="Matrix product with PyTorch's rules for 1-D and batched operands (@).",
    example="tensor([[1., 2.], [3., 4.]]) @ tensor([1., 1.])", namespaces={"linalg": ("matmul",)},
    operators={"__matmul__": lambda self, other: _matmul_operator(self, other),
               "__rmatmul__": lambda self, other: _matmul_operator(other, self)})
def matmul(input, other):
    return _matmul_impl(input, other)


def _matmul_operator(a, b):
    if not isinstance(a, Tensor) or not isinstance(b, Tensor):
        return NotImplemented
    return matmul(a, b)


@op("mm", summary="Product of two matrices.", example="torch.mm(ones(2, 3), ones(3, 2))")
def mm(input, mat2):
    _check_tensor(input, "mm", "input", 1)
    _check_tensor(mat2, "mm", "mat2", 2)
    same_device(input, mat2)
    if input.ndim != 2:
        raise RuntimeError("self must be a matrix")
    if mat2.ndim != 2:
        raise RuntimeError("mat2 must be a matrix")
    _check_mm(input, mat2)
    limits.check_allocation((input.shape[0], mat2.shape[1]), input.dtype)
    out = as_result(_mm_array(input._xp, input._data, mat2._data, offset=_offset(input)),
                    input.dtype, input._xp)
    return _record_product(out, "MmBackward0", input, mat2)


@op("bmm", summary="Batched product: (b, n, m) @ (b, m, p) -> (b, n, p).",
    example="torch.bmm(ones(2, 2, 3), ones(2, 3, 1)).shape")
def bmm(input, mat2):
    _check_tensor(input, "bmm", "input", 1)
    _check_tensor(mat2, "bmm", "mat2", 2)
    same_device(input, mat2)
    if input.ndim != 3:
        raise RuntimeError("batch1 must be a 3D tensor")
    if mat2.ndim != 3:
        raise RuntimeError("batch2 must be a 3D tensor")
    if input.dtype is not mat2.dtype:
        raise RuntimeError(f"expected scalar type {input.dtype.short} but found "
                           f"{mat2.dtype.short}")
    if (mat2.shape[0], mat2.shape[1]) != (input.shape[0], input.shape[2]):
        raise RuntimeError("Expected size for first two dimensions of batch2 tensor to be: "
                           f"[{input.shape[0]}, {input.shape[2]}] but got: "
                           f"[{mat2.shape[0]}, {mat2.shape[1]}].")
    _check_same_dtype(input, mat2)
    return _record_product(_bmm_product(input, mat2), "BmmBackward0", input, mat2)


@op("mv", summary="Matrix-vector product.", example="torch.mv(ones(2, 3), tensor([1., 2., 3.]))")
def mv(input, vec):
    _check_tensor(input, "mv", "input", 1)
    _check_tensor(vec, "mv", "vec", 2)
    same_device(input, vec)
    if input.ndim != 2 or vec.ndim != 1:
        raise RuntimeError(f"vector + matrix @ vector expected, got 1, {input.ndim}, {vec.ndim}")
    _check_mv(input, vec)
    return _record_product(_product(input, vec), "MvBackward0", input, vec)


@op("dot", summary="Dot product of two 1-D tensors.",
    example="torch.dot(tensor([1., 2.]), tensor([3., 4.]))")
def dot(input, other):
    _check_tensor(input, "dot", "input", 1)
    _check_tensor(other, "dot", "tensor", 2)
    same_device(input, other)
    _check_dot(input, other)
    if input.dtype is dtypes.bool_:
        raise NotImplementedError("\"dot\" not implemented for 'Bool'")
    return _record_product(_dot_product(input, other), "DotBackward0", input, other)


def _dot_product(a: Tensor, b: Tensor) -> Tensor:
    """PyTorch's dot: MKL's ?dot, or its order in NumPy without MKL (blas_dot)."""
    if blas_dot.available(a._data, b._data):
        from .convert import storage_offset  # noqa: PLC0415
        out = blas_dot.dot(a._data, b._data, (storage_offset(a), storage_offset(b)))
        return as_result(out, a.dtype, a._xp)
    return _product(a, b)


@op("outer", summary="Outer product of two vectors (a broadcast multiply: MulBackward0).",
    aliases=("ger",), example="torch.outer(tensor([1., 2.]), tensor([1., 10., 100.]))")
def outer(input, vec2):
    _check_tensor(input, "outer", "input", 1)
    _check_tensor(vec2, "outer", "vec2", 2)
    for name, value in (("self", input), ("vec2", vec2)):
        if value.ndim != 1:
            raise RuntimeError(f"outer: Expected 1-D argument {name}, but got {value.ndim}-D")
    return input.unsqueeze(1) * vec2


@op("addmm", summary="beta * input + alpha * (mat1 @ mat2), input broadcast to the result.",
    example="torch.addmm(ones(2), ones(2, 3), ones(3, 2))")
def addmm(input, mat1, mat2, *, beta=1, alpha=1):
    _check_tensor(input, "addmm", "input", 1)
    same_device(input, mat1, mat2)
    if mat1.ndim != 2:
        raise RuntimeError("mat1 must be a matrix, got " + f"{mat1.ndim}-D tensor")
    if mat2.ndim != 2:
        raise RuntimeError("mat2 must be a matrix, got " + f"{mat2.ndim}-D tensor")
    _check_mm(mat1, mat2)
    _check_same_dtype(input, mat1)
    target = (mat1.shape[0], mat2.shape[1])
    limits.check_allocation(target, mat1.dtype)
    xp = mat1._xp
    if beta == 1 and alpha == 1 and mat1._data.dtype == input._data.dtype and \
            _broadcasts_to(tuple(input.shape), target):
        array = _mm_array(xp, mat1._data, mat2._data, input._data, _offset(mat1))  # bias + a @ b
    else:
        product = xp.matmul(mat1._data, mat2._data)
        from .shape import expand  # noqa: PLC0415

        bias = expand(input.detach(), target)._data  # PyTorch's words for a bad shape
        array = (bias if beta == 1 else bias * beta) + (product if alpha == 1 else product * alpha)
    out = Tensor._make(array.astype(mat1.dtype.np, copy=False), mat1.dtype)

    def backward(g, a, b):
        if not autograd.is_grad_enabled() and beta == 1 and alpha == 1:
            return _addmm_backward_arrays(g, a, b)
        grad_input = g if beta == 1 else g * beta
        scaled = g if alpha == 1 else g * alpha
        grad_a = matmul(scaled, b.transpose(0, 1)) if a.requires_grad else None
        grad_b = matmul(a.transpose(0, 1), scaled) if b.requires_grad else None
        return (grad_input, grad_a, grad_b)

    return record(out, "AddmmBackward0", (input, mat1, mat2), backward, saved=(mat1, mat2))


def _broadcasts_to(shape: tuple, target: tuple) -> bool:
    return len(shape) <= len(target) and all(
        n in (1, m) for n, m in zip(reversed(shape), reversed(target)))


def _addmm_backward_arrays(g, a, b):
    """addmm's gradients on raw arrays, for a backward that records nothing
    (no create_graph): the same matmuls as the tensor rule, without a
    Tensor per transpose. ``input``'s gradient is g, summed to its shape by
    the caller as for any broadcast input."""
    xp, dtype = g._xp, g.dtype
    grad_a = as_result(_mm_array(xp, g._data, b._data.T), dtype, xp) if a.requires_grad else None
    grad_b = as_result(_mm_array(xp, a._data.T, g._data), dtype, xp) if b.requires_grad else None
    return (g, grad_a, grad_b)


@op("trace", summary="The sum of a matrix's main diagonal.",
    example="tensor([[1., 2.], [3., 4.]]).trace()")
def trace(input):
    if input.ndim != 2:
        raise RuntimeError(f"trace: expected a matrix, but got tensor with dim {input.ndim}")
    if input.dtype is dtypes.bool_:
        raise NotImplementedError("\"trace\" not implemented for 'Bool'")
    xp = input._xp
    dtype = input.dtype if input.dtype.is_floating_point else dtypes.int64
    out = as_result(xp.trace(input._data), dtype, xp)
    rows, columns = input.shape

    def backward(g):
        # g on the diagonal, zeros elsewhere: an identity mask, times g
        eye = Tensor._make(xp.eye(rows, columns, dtype=input.dtype.np), input.dtype)
        return (eye * g,)
    return record(out, "TraceBackward0", (input,), backward)
