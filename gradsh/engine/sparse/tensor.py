"""``SparseTensor``: a gradsh Tensor whose layout is not strided.

Its ``_data`` is a :class:`~.data.SparseData` (the indices and values), so
everything generic about a tensor (dtype, requires_grad, grad_fn, hooks,
gradient accumulation) works unchanged, while a strided op that reaches for
the array gets PyTorch's NotImplementedError. ``type(s)`` prints
``<class 'torch.Tensor'>``, as in PyTorch, where a sparse tensor is a Tensor.
"""
from __future__ import annotations

from .. import backend, dtypes, layouts, printing
from ..tensor import Size, Tensor
from ..warn_once import warn_once
from . import convert
from .data import SparseData


class SparseTensor(Tensor):
    __slots__ = ()
    _sparse_layout = True

    @property
    def layout(self):
        return self._data.layout

    @property
    def is_sparse(self) -> bool:
        return self._data.layout is layouts.sparse_coo

    @property
    def shape(self) -> Size:
        return Size(self._data.shape)

    @property
    def device(self):
        return backend.device_of(self._data.values)

    @property
    def data(self) -> "SparseTensor":
        return SparseTensor._make(self._data, self.dtype)

    @data.setter
    def data(self, value) -> None:
        Tensor.data.fset(self, value)

    def detach(self) -> "SparseTensor":
        detached = SparseTensor._make(self._data, self.dtype)
        detached._version = self._version
        return detached

    def __repr__(self) -> str:
        return sparse_repr(self)

    __str__ = __repr__

    def numpy(self, *, force=False):
        self.__array__()

    def type(self, dtype=None, non_blocking=False):
        """``'torch.sparse.FloatTensor'`` (COO); a conversion with a dtype."""
        if dtype is not None:
            return self.to(dtypes.to_dtype(dtype, "type"))
        if self._data.layout is not layouts.sparse_coo:
            raise RuntimeError(f"Unimplemented backend {self._data.layout.backend_name}CPU")
        return f"torch.sparse.{self.dtype.legacy}"

    def tolist(self):
        raise RuntimeError("Cannot access data pointer of Tensor that doesn't have storage")

    def __array__(self, dtype=None, copy=None):
        raise TypeError(f"can't convert {self._data.layout.backend_name} layout tensor to numpy. "
                        "Use Tensor.to_dense() first.")

    # What gradsh computes on sparse tensors (arith.py); other ops raise.
    def __mul__(self, other):
        if _scalar(other):
            return _arith().scale(self, other, "MulBackward0")
        if isinstance(other, Tensor) and not other._sparse_layout:
            return _elementwise().dense_mul(self, other)
        return _refuse("mul", self)

    __rmul__ = __mul__

    def mul(self, other):
        return self.__mul__(other)

    # dense + sparse: Python asks the subclass's reflected method first
    def __radd__(self, other):
        if isinstance(other, Tensor) and not other._sparse_layout:
            return _elementwise().dense_add(other, self)
        raise RuntimeError("add(sparse, dense) is not supported. Use add(dense, sparse) instead.")

    def __rsub__(self, other):
        if isinstance(other, Tensor) and not other._sparse_layout:
            return _elementwise().dense_add(other, self, subtract=True)
        raise RuntimeError("add(sparse, dense) is not supported. Use add(dense, sparse) instead.")

    def __truediv__(self, other):
        return _arith().scale(self, other, "DivBackward0", divide=True) if _scalar(other) \
            else _refuse("div", self)

    def div(self, other):
        return self.__truediv__(other)

    def __neg__(self):
        return _arith().neg(self)

    def neg(self):
        return _arith().neg(self)

    def to(self, *args, **kwargs):
        dtype = kwargs.pop("dtype", args[0] if args else None)
        if kwargs or len(args) > 1 or not isinstance(dtype, dtypes.DType):
            raise RuntimeError("gradsh: a sparse tensor converts only to another dtype "
                               "(Tensor.to(dtype))")
        return _arith().cast(self, dtype)

    def float(self):
        return _arith().cast(self, dtypes.float32)

    def double(self):
        return _arith().cast(self, dtypes.float64)

    def half(self):
        return _arith().cast(self, dtypes.float16)

    def clone(self, *, memory_format=None):
        return _arith().clone(self)

    def t(self):
        return _arith().transpose(self, name="TBackward0")

    def transpose(self, dim0, dim1):
        return _arith().transpose(self, dim0, dim1)

    def sum(self, dim=None, keepdim=False, dtype=None):
        if keepdim:
            raise RuntimeError("gradsh: sum(keepdim=True) of a sparse tensor is not supported")
        arith = _arith()
        return arith.total(self, dtype) if dim is None else arith.sparse_sum(self, dim, dtype)

    def __matmul__(self, other):
        return _arith().mm(self, other)

    def matmul(self, other):
        return _arith().mm(self, other)

    def mm(self, mat2):
        return _arith().mm(self, mat2)

    def __add__(self, other):
        """sparse + sparse of one layout (what backward needs to sum gradients)."""
        if isinstance(other, SparseTensor):
            result = SparseTensor._make(convert.add_sparse_data(self._data, other._data),
                                        dtypes.promote_types(self.dtype, other.dtype))
            return result
        raise RuntimeError("add(sparse, dense) is not supported. Use add(dense, sparse) instead.")


def _arith():
    from . import arith  # noqa: PLC0415 - imports this module

    return arith


def _elementwise():
    from . import elementwise  # noqa: PLC0415 - imports this module

    return elementwise


def _scalar(value) -> bool:
    return isinstance(value, (bool, int, float, complex)) or (
        isinstance(value, Tensor) and not value._sparse_layout and value.ndim == 0)


def _refuse(op: str, tensor):
    from .data import not_supported  # noqa: PLC0415

    raise not_supported(op, tensor.layout, tensor.device)


def _unary_method(name: str):
    def method(self):
        return _elementwise().unary(self, name)

    method.__name__ = name
    return method


for _name in ("abs absolute sqrt sin tan tanh asin arcsin atan arctan sinh asinh arcsinh atanh "
              "arctanh expm1 log1p sign sgn ceil floor round trunc frac deg2rad rad2deg erf "
              "erfinv relu signbit isnan isinf isposinf isneginf negative").split():
    setattr(SparseTensor, _name, _unary_method(_name))  # elementwise.UNARY

SparseTensor.__name__ = SparseTensor.__qualname__ = "Tensor"
SparseTensor.__module__ = "torch"


_BETA_WARNING = (
    "Sparse {name} tensor support is in beta state. If you miss a functionality in the sparse "
    "tensor support, please submit a feature request to https://github.com/pytorch/pytorch/"
    "issues. (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/"
    "SparseCsrTensorImpl.cpp:49.)")
INVARIANTS_WARNING = (
    "Sparse invariant checks are implicitly disabled. Memory errors (e.g. SEGFAULT) will occur "
    "when operating on a sparse tensor which violates the invariants, but checks incur "
    "performance overhead. To silence this warning, explicitly opt in or out. See "
    "`torch.sparse.check_sparse_tensor_invariants.__doc__` for guidance.  (Triggered "
    "internally at /__w/pytorch/pytorch/aten/src/ATen/Context.cpp:816.)")


def make(data: SparseData, dtype) -> SparseTensor:
    if data.layout is not layouts.sparse_coo:
        # PyTorch's SparseCsrTensorImpl warns once, naming the first layout made.
        warn_once(_BETA_WARNING.format(name=data.layout.name[len("sparse_"):].upper()),
                  stacklevel=4, key="SparseCsrTensorImpl")
    return SparseTensor._make(data, dtype)


# ----------------------------------------------------------------- printing
_COMPONENT_NAMES = {
    layouts.sparse_csr: ("crow_indices", "col_indices"),
    layouts.sparse_bsr: ("crow_indices", "col_indices"),
    layouts.sparse_csc: ("ccol_indices", "row_indices"),
    layouts.sparse_bsc: ("ccol_indices", "row_indices"),
}


def _component(name: str, array, indent: int, floating: bool) -> str:
    """``name=tensor(...)`` as torch/_tensor_str.py prints a component."""
    prefix = f"{name}=tensor("
    array = convert.host(array)
    text = printing._tensor_str(array, indent + len(prefix), floating, printing.options)
    if array.size == 0:
        text += f", size={tuple(array.shape)}"
    return prefix + text + ")"


def _add_suffixes(tensor_str: str, suffixes: list, indent: int, force_newline: bool) -> str:
    """torch/_tensor_str.py's _add_suffixes, with its force_newline (sparse COO)."""
    linewidth = printing.options.linewidth
    parts = [tensor_str]
    last_line_len = len(tensor_str) - tensor_str.rfind("\n") + 1
    for suffix in suffixes:
        if force_newline or last_line_len + len(suffix) + 2 > linewidth:
            parts.append(",\n" + " " * indent + suffix)
            last_line_len = indent + len(suffix)
            force_newline = False
        else:
            parts.append(", " + suffix)
            last_line_len += len(suffix) + 2
    parts.append(")")
    return "".join(parts)


def sparse_repr(tensor: SparseTensor) -> str:
    data, dtype = tensor._data, tensor.dtype
    prefix, indent = "tensor(", len("tensor(")
    suffixes = []
    device = tensor.device
    if device.type != "cpu":
        suffixes.append(f"device='{device}'")
    suffixes.append(f"size={tuple(data.shape)}")
    suffixes.append(f"nnz={convert.nnz(data)}")
    default = dtypes.get_default_dtype()
    if dtype not in (default, dtypes.int64, dtypes.bool_) and not (
            dtype.is_complex and dtype is dtypes.to_complex(default)):
        suffixes.append(f"dtype={dtype!r}")
    floating = dtype.is_floating_point
    separator = "),\n" + " " * indent
    if data.layout is layouts.sparse_coo:
        parts = [_component("indices", data.indices, indent, False),
                 _component("values", data.values, indent, floating)]
    else:
        compressed_name, plain_name = _COMPONENT_NAMES[data.layout]
        parts = [_component(compressed_name, data.compressed, indent, False),
                 _component(plain_name, data.plain, indent, False),
                 _component("values", data.values, indent, floating)]
    tensor_str = separator.join(part[:-1] for part in parts) + ")"
    suffixes.append(f"layout={data.layout!r}")
    if tensor.grad_fn is not None:
        suffixes.append(f"grad_fn=<{tensor.grad_fn._name}>")
    elif tensor.requires_grad:
        suffixes.append("requires_grad=True")
    return _add_suffixes(prefix + tensor_str, suffixes, indent,
                         force_newline=data.layout is layouts.sparse_coo)
