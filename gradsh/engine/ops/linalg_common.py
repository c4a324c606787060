"""What the torch.linalg modules share: PyTorch's checks and messages, its
named results (``torch.return_types.linalg_eigh(eigenvalues=..., ...)``),
``LinAlgError``, and two LAPACK routines NumPy does not expose: getrf (LU
with partial pivoting, for the pivots, the ``info`` of singular matrices and
lu_factor) and trtrs (a triangular solve that gives inf/nan on a zero
diagonal as LAPACK does, instead of raising).

The factorizations themselves are NumPy's (``xp.linalg``, so CuPy on a GPU):
LAPACK routines as PyTorch's CPU build uses, with OpenBLAS's LAPACK in place
of MKL's; results agree at the printed precision, and singular or
eigenvector signs can differ where LAPACK leaves them free (docs/linalg.md).
"""
from __future__ import annotations

import numpy as np

from .. import dtypes
from ..tensor import Tensor
from . import linalg_mkl
from .common import as_result


class _LinAlgError(RuntimeError):
    """PyTorch's ``torch.linalg.LinAlgError`` (``torch._C._LinAlgError``): a
    RuntimeError for singular or non-positive-definite inputs."""


LinAlgError = _LinAlgError

# ------------------------------------------------------------ named results
_RETURN_TYPES: dict = {}


def _field(index: int):
    return property(lambda self: self[index])


def _repr(self) -> str:
    body = ",\n".join(f"{name}={value!r}" for name, value in zip(self._fields, self))
    return f"torch.return_types.{self._name}(\n{body})"


def named(name: str, fields: tuple, values: tuple) -> tuple:
    """A tuple printed as PyTorch's ``torch.return_types.NAME(field=..., ...)``."""
    kind = _RETURN_TYPES.get(name)
    if kind is None:
        members = {field: _field(index) for index, field in enumerate(fields)}
        members.update(_name=name, _fields=tuple(fields), __repr__=_repr, __str__=_repr,
                       __gradsh_attrs__=frozenset(fields), __slots__=())
        kind = _RETURN_TYPES[name] = type(name, (tuple,), members)
    return kind(values)


# ------------------------------------------------------------------- checks
def check_floating(A: Tensor, name: str, kernel: str = "lu_cpu") -> None:
    if not isinstance(A, Tensor):
        raise TypeError(f"{name.split('.')[-1]}(): argument 'A' (position 1) must be Tensor, "
                        f"not {type(A).__name__}")
    if not (A.dtype.is_floating_point or A.dtype.is_complex):
        raise RuntimeError(f"{name}: Expected a floating point or complex tensor as input. "
                           f"Got {A.dtype.short}")
    if A.dtype is dtypes.float16:
        raise NotImplementedError(f"\"{kernel}\" not implemented for 'Half'")


def check_matrix(A: Tensor, name: str, argument: str = "A") -> None:
    if A.ndim < 2:
        raise RuntimeError(f"{name}: The input tensor {argument} must have at least 2 dimensions.")


def check_square(A: Tensor, name: str, argument: str = "A") -> None:
    check_matrix(A, name, argument)
    rows, columns = A.shape[-2], A.shape[-1]
    if rows != columns:
        raise RuntimeError(f"{name}: {argument} must be batches of square matrices, but they are "
                           f"{rows} by {columns} matrices")


def square_float(A: Tensor, name: str, kernel: str = "lu_cpu") -> None:
    check_floating(A, name, kernel)
    check_square(A, name)


def same_dtype(A: Tensor, B: Tensor, name: str, a: str = "A", b: str = "B") -> None:
    if A.dtype is not B.dtype:
        raise RuntimeError(f"{name}: Expected {a} and {b} to have the same dtype, but found {a} of "
                           f"type {A.dtype.short} and {b} of type {B.dtype.short} instead")


def batch_prefix(info, index_of_batch: bool) -> tuple:
    """(first failing batch element or None, its info) for PyTorch's messages."""
    flat = np.asarray(info).reshape(-1)
    failing = np.flatnonzero(flat)
    if not failing.size:
        return None, 0
    first = int(failing[0])
    return (first if index_of_batch else None), int(flat[first])


def raise_for_info(info, batched: bool, message) -> None:
    """Raise LinAlgError(message(info)) for the first non-zero info, with
    PyTorch's ``(Batch element k): `` prefix for batched inputs."""
    element, code = batch_prefix(info, batched)
    if code == 0:
        return
    prefix = f"(Batch element {element}): " if element is not None else ""
    text = message(code)
    head, _, rest = text.partition(": ")
    raise _LinAlgError(f"{head}: {prefix}{rest}")


def result(array, like: Tensor) -> Tensor:
    return as_result(array, like.dtype, like._xp)


def real_result(array, like: Tensor) -> Tensor:
    """A real result of a possibly complex input (singular values, eigenvalues of eigh)."""
    kind = dtypes.to_real(like.dtype) if like.dtype.is_complex else like.dtype
    return as_result(array.real if like.dtype.is_complex else array, kind, like._xp)


def mh(A: Tensor) -> Tensor:
    """A^H (A^T for real A): the adjoint PyTorch's complex backward formulas use."""
    T = A.transpose(-2, -1)
    return T.conj() if A.dtype.is_complex else T


def wirtinger(rule):
    """A backward rule already in PyTorch's complex convention (record uses it as it is)."""
    rule.wirtinger = True
    return rule


def eye_like(A: Tensor) -> Tensor:
    """The identity of A's matrix size, A's dtype and device (a constant)."""
    xp = A._xp
    return Tensor._make(xp.eye(A.shape[-1], dtype=A.dtype.np), A.dtype)


# --------------------------------------------------------------- LAPACK bits
def lu_factor_array(xp, a):
    """LAPACK getrf on the last two dims: (LU, 1-based int32 pivots, int32 info).

    Partial pivoting on the first largest magnitude, as idamax; a zero pivot
    sets info (1-based) and is not divided by, as getf2.
    """
    if a.size and linalg_mkl.available(a):
        return linalg_mkl.getrf(a)
    lu = xp.array(a, copy=True)
    *batch, rows, columns = lu.shape
    steps = min(rows, columns)
    flat = lu.reshape(-1, rows, columns)
    count = flat.shape[0]
    pivots = xp.zeros((count, steps), dtype=np.int32)
    info = xp.zeros(count, dtype=np.int32)
    every = xp.arange(count)
    for j in range(steps):
        p = j + xp.argmax(xp.abs(flat[:, j:, j]), axis=1)
        pivots[:, j] = p + 1
        row = flat[every, j, :].copy()
        flat[every, j, :] = flat[every, p, :]
        flat[every, p, :] = row
        pivot = flat[:, j, j]
        zero = pivot == 0
        info[(info == 0) & zero] = j + 1
        divisor = xp.where(zero, 1, pivot)
        flat[:, j + 1:, j] /= divisor[:, None]
        flat[:, j + 1:, j + 1:] -= flat[:, j + 1:, j:j + 1] * flat[:, j:j + 1, j + 1:]
    shape = tuple(batch)
    return flat.reshape(lu.shape), pivots.reshape(shape + (steps,)), info.reshape(shape)


def triangular_solve_array(xp, a, b, upper: bool, unitriangular: bool = False):
    """trtrs: solve a x = b for triangular a (…, n, n), b (…, n, k), broadcast
    over the batch dims; only a's triangle is read; a zero diagonal gives inf/nan."""
    batch = np.broadcast_shapes(a.shape[:-2], b.shape[:-2])
    a = xp.broadcast_to(a, batch + a.shape[-2:])
    x = xp.array(xp.broadcast_to(b, batch + b.shape[-2:]), copy=True)
    n = a.shape[-1]
    order = range(n - 1, -1, -1) if upper else range(n)
    for i in order:
        known = slice(i + 1, n) if upper else slice(0, i)
        row = x[..., i, :]
        if (upper and i < n - 1) or (not upper and i > 0):
            row = row - xp.matmul(a[..., i:i + 1, known], x[..., known, :])[..., 0, :]
        x[..., i, :] = row if unitriangular else row / a[..., i, i][..., None]
    return x
