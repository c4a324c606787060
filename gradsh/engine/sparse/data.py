"""What a sparse tensor holds in place of an array: its components.

``SparseData`` is what ``Tensor._data`` is on a sparse tensor. It answers the
questions the engine's generic code asks of any ``_data`` (shape, ndim, size,
dtype, base, copy, ``+=`` for gradient accumulation), and nothing else: any
NumPy computation on it, or any other array attribute, raises PyTorch's
``NotImplementedError: Could not run 'aten::OP' with arguments from the
'SparseCPU' backend...``, so a strided op never treats a sparse tensor as a
dense one by mistake.
"""
from __future__ import annotations

import sys

import numpy as np

from .. import layouts

# PyTorch's message, up to the list of backends (which differs op by op).
_NOT_SUPPORTED = (
    "Could not run 'aten::{op}' with arguments from the '{backend}' backend. This could be "
    "because the operator doesn't exist for this backend, or was omitted during the "
    "selective/custom build process (if using custom build). If you are a Facebook employee "
    "using PyTorch on mobile, please visit https://fburl.com/ptmfixes for possible resolutions.")

_OP_CODES: dict = {}  # code object of an op's body -> [(op name, function), ...]


def _op_codes() -> dict:
    from .. import registry  # noqa: PLC0415

    if sum(len(entries) for entries in _OP_CODES.values()) < len(registry.OPS):
        _OP_CODES.clear()
        for name, declaration in registry.OPS.items():
            for function in (declaration.impl, declaration.method_impl):
                code = getattr(function, "__code__", None)
                if code is not None:
                    _OP_CODES.setdefault(code, []).append((name, function))
    return _OP_CODES


def _is_running(function, frame) -> bool:
    """Whether ``frame`` runs ``function``: ops made by one factory share their
    code, and differ in the values their closure holds."""
    cells = function.__closure__ or ()
    local = frame.f_locals
    return all(local.get(free) is cell.cell_contents
               for free, cell in zip(function.__code__.co_freevars, cells))


def _calling_op() -> str:
    """The registry op running now: the innermost frame that is an op's body."""
    codes = _op_codes()
    frame = sys._getframe(2)
    first_protocol = None
    while frame is not None:
        entries = codes.get(frame.f_code)
        if entries:
            name = entries[0][0] if len(entries) == 1 else next(
                (op for op, function in entries if _is_running(function, frame)), entries[0][0])
            # called by an in-place method (ops/inplace.py): PyTorch names exp_
            caller = frame.f_back
            running = caller.f_locals.get("impl") if caller is not None and \
                caller.f_code.co_name == "inplace" else None
            return getattr(getattr(running, "gradsh_op", None), "inplace", None) or name
        if frame.f_code.co_name in _PYTHON_PROTOCOL and first_protocol is None:
            first_protocol = _PYTHON_PROTOCOL[frame.f_code.co_name]
        frame = frame.f_back
    return first_protocol or "<unknown>"


# Python's protocols on a tensor, as the aten ops PyTorch runs for them.
_PYTHON_PROTOCOL = {"getitem": "index.Tensor", "setitem": "index_put_", "__bool__": "is_nonzero",
                    "__float__": "_local_scalar_dense", "__int__": "_local_scalar_dense",
                    "__index__": "_local_scalar_dense", "__iter__": "unbind.int"}


def backend_name(layout, device) -> str:
    kind = "Sparse" if layout is layouts.sparse_coo else "SparseCsr"
    return kind + ("CUDA" if getattr(device, "type", "cpu") == "cuda" else "CPU")


def not_supported(op: str, layout, device=None) -> NotImplementedError:
    return NotImplementedError(_NOT_SUPPORTED.format(op=op, backend=backend_name(layout, device)))


class SparseData:
    """The components of a sparse tensor.

    COO: ``indices`` (int64, sparse_dim x nnz) and ``values`` (nnz x dense
    dims). Compressed layouts: ``compressed`` and ``plain`` indices (crow/col
    for CSR and BSR, ccol/row for CSC and BSC) and ``values`` (nnz x [block
    shape] x dense dims). Arrays of the tensor's device.
    """

    __slots__ = ("layout", "shape", "values", "indices", "compressed", "plain", "coalesced")
    base = None  # never a view of another array (backward's "owns its memory" test)
    __gradsh_attrs__ = frozenset()  # nothing of it is reachable from a script

    def __init__(self, layout, shape, values, *, indices=None, compressed=None, plain=None,
                 coalesced=False):
        self.layout = layout
        self.shape = tuple(int(n) for n in shape)
        self.values = values
        self.indices = indices
        self.compressed = compressed
        self.plain = plain
        self.coalesced = coalesced

    # What generic engine code reads of any _data.
    @property
    def ndim(self) -> int:
        return len(self.shape)

    @property
    def size(self) -> int:
        return int(np.prod(self.shape, dtype=np.int64))

    @property
    def dtype(self):
        return self.values.dtype

    @property
    def nbytes(self) -> int:
        return int(self.values.nbytes)

    def components(self) -> tuple:
        return tuple(part for part in (self.indices, self.compressed, self.plain, self.values)
                     if part is not None)

    def replace(self, **changes) -> "SparseData":
        fields = {"indices": self.indices, "compressed": self.compressed, "plain": self.plain,
                  "coalesced": self.coalesced}
        fields.update({key: value for key, value in changes.items() if key in fields})
        return SparseData(changes.get("layout", self.layout), changes.get("shape", self.shape),
                          changes.get("values", self.values), **fields)

    def copy(self) -> "SparseData":
        return SparseData(self.layout, self.shape, self.values.copy(),
                          indices=None if self.indices is None else self.indices.copy(),
                          compressed=None if self.compressed is None else self.compressed.copy(),
                          plain=None if self.plain is None else self.plain.copy(),
                          coalesced=self.coalesced)

    def __iadd__(self, other):
        """Gradient accumulation (``.grad += g``): PyTorch's sparse add."""
        from .convert import add_sparse_data  # noqa: PLC0415

        return add_sparse_data(self, other)

    # Anything else is a strided computation: PyTorch's error.
    def _refuse(self, *args, **kwargs):
        raise not_supported(_calling_op(), self.layout)

    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        raise not_supported(_calling_op(), self.layout)

    def __array__(self, *args, **kwargs):
        raise not_supported(_calling_op(), self.layout)

    def __array_ufunc__(self, *args, **kwargs):
        raise not_supported(_calling_op(), self.layout)

    def __array_function__(self, *args, **kwargs):
        raise not_supported(_calling_op(), self.layout)

    __getitem__ = __setitem__ = __iter__ = __len__ = __float__ = __int__ = __bool__ = _refuse
    __add__ = __radd__ = __sub__ = __rsub__ = __mul__ = __rmul__ = __truediv__ = _refuse
    __rtruediv__ = __matmul__ = __rmatmul__ = __neg__ = __pow__ = __rpow__ = _refuse
    __lt__ = __le__ = __gt__ = __ge__ = __eq__ = __ne__ = __abs__ = __invert__ = _refuse
    __hash__ = object.__hash__
    __and__ = __or__ = __xor__ = __mod__ = __floordiv__ = _refuse
    __isub__ = __imul__ = __itruediv__ = _refuse
