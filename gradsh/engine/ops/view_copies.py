"""The view-copy family: ``torch.NAME_copy(...)`` is ``torch.NAME(...)`` with
fresh storage (the functionalization ops of PyTorch's native_functions.yaml).

Each ``*_copy`` is declared once, by :func:`_copy_of`, from a small function
that calls its view op with the copy's own signature. The view op computes
the values and records its node; the copy takes the values into new,
contiguous storage and keeps the node under PyTorch's name for it
(``PermuteBackward0`` becomes ``PermuteBackward0_copy``), so the backward is
the view op's own.

``out=`` follows the kernels ATen generates for these ops, not the general
rules of engine/call_args.py: the dtype of ``out`` must be the result's,
``out`` may be the input itself (no overlap check), an input that requires
grad gives ``out`` a ``NotImplemented`` node (and no error), and the ops
returning several tensors return ``None``.
"""
from __future__ import annotations

import inspect

from .. import autograd, call_args, dtypes
from ..autograd import record
from ..registry import op, type_name
from ..tensor import Tensor
from .common import normalize_dim
from . import view_dtype as _view_dtype_ops

# The copies whose output PyTorch's autograd refuses for complex dtypes
# (they are not in its list of ops with complex gradients).
_NO_COMPLEX_AUTOGRAD = frozenset({"select_copy", "slice_copy", "view_as_complex_copy"})

_EXAMPLES = {"permute_copy": "permute_copy(ones(2, 3), (1, 0))",
             "t_copy": "t_copy(arange(6.).reshape(2, 3))",
             "split_copy": "split_copy(arange(5.), 2)"}
# Messages of ATen's length check for the ops that return several tensors.
_OUT_LENGTH = {"split_copy": "split_copy_Tensor_out()",
               "split_with_sizes_copy": "split_with_sizes_copy_out",
               "unbind_copy": "unbind_copy_int_out"}


def _fresh(view: Tensor) -> Tensor:
    """The values of ``view`` in new contiguous storage, with its node."""
    out = Tensor._make(view._data.copy(), view.dtype)
    if view.grad_fn is not None:
        out._requires_grad = True
        out.grad_fn = view.grad_fn
        out._output_nr = view._output_nr
    return out


def _copied(name: str, input, result):
    several = isinstance(result, (tuple, list))
    views = tuple(result) if several else (result,)
    node = views[0].grad_fn if views else None
    if node is not None and node is not getattr(input, "grad_fn", None) and \
            name != "detach_copy":
        if views[0].dtype.is_complex and name in _NO_COMPLEX_AUTOGRAD:
            raise RuntimeError(f"{name} does not support automatic differentiation for "
                               "outputs with complex dtype.")
        node._name += "_copy"  # one node for all the outputs of a split
    copies = tuple(_fresh(view) for view in views)
    return copies if several else copies[0]


def _not_implemented(name: str):
    def backward(*grads):
        raise RuntimeError(f"derivative for aten::{name} is not implemented")
    return backward


def _copy_of(name: str, view_name: str):
    """Declare torch.NAME from ``call(input, ...)``, which calls the view op."""

    def declare(call):
        parameters = list(inspect.signature(call).parameters.values())
        several = name in _OUT_LENGTH
        out_position = sum(p.kind is p.POSITIONAL_OR_KEYWORD for p in parameters)
        signature = inspect.Signature(parameters + [
            inspect.Parameter("out", inspect.Parameter.KEYWORD_ONLY, default=None)])

        def impl(*args, out=None, **kwargs):
            if out is not None:
                return (_write_several if several else _write_one)(
                    name, call, args, kwargs, out, out_position)
            return _copied(name, args[0] if args else kwargs.get("input"),
                           call(*args, **kwargs))

        impl.__signature__ = signature
        impl.writes_out = True  # call_args passes out= through
        call.__name__ = call.__qualname__ = name  # Python's argument errors name the op
        op(name, summary=f"{view_name} with its result(s) in new storage (no view).",
           example=_EXAMPLES.get(name, ""), method=False, signature=f"{name}{signature}",
           differentiable=name != "detach_copy")(impl)
        return call

    return declare


def _write_one(name, call, args, kwargs, out, out_position):
    if not isinstance(out, Tensor):
        raise TypeError(f"{name}(): argument 'out' must be Tensor, not {type_name(out)}")
    grad = autograd.is_grad_enabled()
    if grad and out.requires_grad:
        raise RuntimeError(f"aten::{name}(): functions with out=... arguments don't support "
                           "automatic differentiation, but one of the arguments requires grad.")
    with autograd.no_grad():
        result = call(*args, **kwargs)
    call_args._write(out, result, name, factory=False, exact_dtype=True)
    inputs = tuple(call_args._tensors((*args, *kwargs.values())))
    if grad and any(t.requires_grad for t in inputs):
        record(out, "NotImplemented", inputs, _not_implemented(name))
    return out


def _write_several(name, call, args, kwargs, out, out_position):
    if not isinstance(out, (tuple, list)):
        raise TypeError(f"{name}(): argument 'out' must be tuple of Tensors, not "
                        f"{type_name(out)}")
    for index, target in enumerate(out):
        if not isinstance(target, Tensor):
            raise TypeError(f"expected Tensor as element {index} in argument {out_position}, "
                            f"but got {type_name(target)}")
    with autograd.no_grad():
        pieces = call(*args, **kwargs)
    if len(out) != len(pieces):
        raise RuntimeError(f"{_OUT_LENGTH[name]} expected an out= argument of size "
                           f"{len(pieces)}, got size {len(out)}")
    if name == "unbind_copy" and autograd.is_grad_enabled() and \
            any(t.requires_grad for t in out):
        raise RuntimeError("unbind_copy(): functions with out=... arguments don't support "
                           "automatic differentiation, but one of the arguments requires grad.")
    with autograd.no_grad():
        for target, piece in zip(out, pieces):
            if name == "split_copy":  # ATen: out[i].copy_(piece), broadcasting
                _copy_into(target, piece)
            else:  # resize_output, then the exact dtype
                call_args._write(target, piece, name, factory=False, exact_dtype=True)
    return None


def _copy_into(target: Tensor, piece: Tensor) -> None:
    from .convert import copy_  # noqa: PLC0415

    requires_grad = target._requires_grad
    target._requires_grad = False  # below autograd, as in ATen's kernel
    try:
        copy_(target, piece)
    finally:
        target._requires_grad = requires_grad


# ------------------------------------------------------------ the view calls
def _views():
    from . import complex as complex_ops  # noqa: PLC0415
    from . import join, shape, shape_extra, shape_more, strided  # noqa: PLC0415
    return complex_ops, join, shape, shape_extra, shape_more, strided


_complex, _join, _shape, _shape_extra, _shape_more, _strided = _views()


def _alias(input):
    return record(Tensor._make(input._data.view(), input.dtype, base=input), "AliasBackward0",
                  (input,), lambda g: (g,))


def _select(input, dim, index):
    from .index import embed  # noqa: PLC0415

    if input.ndim == 0:
        raise IndexError("select() cannot be applied to a 0-dim tensor.")
    dim = normalize_dim(dim, input.ndim)
    size = input.shape[dim]
    if not -size <= index < size:
        raise IndexError(f"select(): index {index} out of range for tensor of size "
                         f"{list(input.shape)} at dimension {dim}")
    key = (slice(None),) * dim + (index % size,)
    shape = tuple(input.shape)
    return record(Tensor._make(input._data[key], input.dtype, base=input), "SelectBackward0",
                  (input,), lambda g: (embed(g, shape, key),))


def _slice(input, dim, start, end, step):
    from .index import embed  # noqa: PLC0415

    if input.ndim == 0:
        raise IndexError("slice() cannot be applied to a 0-dim tensor.")
    dim = normalize_dim(dim, input.ndim)
    if step <= 0:
        raise RuntimeError("slice step must be positive")
    size = input.shape[dim]
    start, end = (0 if start is None else start), (size if end is None else end)
    start, end = (start + size if start < 0 else start), (end + size if end < 0 else end)
    start, end = min(max(start, 0), size), min(max(end, start if start < size else size), size)
    key = (slice(None),) * dim + (slice(start, end, step),)
    shape = tuple(input.shape)
    return record(Tensor._make(input._data[key], input.dtype, base=input), "SliceBackward0",
                  (input,), lambda g: (embed(g, shape, key),))


@_copy_of("alias_copy", "alias")
def _alias_copy(input):
    return _alias(input)


@_copy_of("as_strided_copy", "as_strided")
def _as_strided_copy(input, size, stride, storage_offset=None):
    return _strided.as_strided(input, size, stride, storage_offset)


@_copy_of("detach_copy", "detach")
def _detach_copy(input):
    out = Tensor._make(input._data.copy(), input.dtype)
    return record(out, "NotImplemented", (input,), _not_implemented("detach_copy"))


@_copy_of("diagonal_copy", "diagonal")
def _diagonal_copy(input, offset=0, dim1=0, dim2=1):
    return _shape_more.diagonal(input, offset, dim1, dim2)


@_copy_of("expand_copy", "expand")
def _expand_copy(input, size, *, implicit=False):
    return _shape.expand(input, *size)


@_copy_of("permute_copy", "permute")
def _permute_copy(input, dims):
    return _shape.permute(input, *dims)


@_copy_of("select_copy", "select")
def _select_copy(input, dim, index):
    return _select(input, dim, index)


@_copy_of("slice_copy", "slice")
def _slice_copy(input, dim=0, start=None, end=None, step=1):
    return _slice(input, dim, start, end, step)


@_copy_of("split_copy", "split")
def _split_copy(input, split_size, dim=0):
    if isinstance(split_size, (list, tuple)):
        raise TypeError("split_copy(): argument 'split_size' (position 2) must be int, not "
                        f"{type(split_size).__name__}")
    return _join.split(input, split_size, dim)


@_copy_of("split_with_sizes_copy", "split_with_sizes")
def _split_with_sizes_copy(input, split_sizes, dim=0):
    if not isinstance(split_sizes, (list, tuple)):
        raise TypeError("split_with_sizes_copy(): argument 'split_sizes' (position 2) must be "
                        f"tuple of ints, not {type(split_sizes).__name__}")
    return _join.split(input, list(split_sizes), dim)


@_copy_of("squeeze_copy", "squeeze")
def _squeeze_copy(input, dim=None):
    return _shape.squeeze(input, dim)


@_copy_of("t_copy", "t")
def _t_copy(input):
    return _shape.t(input)


@_copy_of("transpose_copy", "transpose")
def _transpose_copy(input, dim0, dim1):
    return _shape.transpose(input, dim0, dim1)


@_copy_of("unbind_copy", "unbind")
def _unbind_copy(input, dim=0):
    return _join.unbind(input, dim)


@_copy_of("unfold_copy", "unfold")
def _unfold_copy(input, dimension, size, step):
    return _shape_extra.unfold(input, dimension, size, step)


@_copy_of("unsqueeze_copy", "unsqueeze")
def _unsqueeze_copy(input, dim):
    return _shape.unsqueeze(input, dim)


@_copy_of("view_as_complex_copy", "view_as_complex")
def _view_as_complex_copy(input):
    return _complex.view_as_complex(input)


@_copy_of("view_as_real_copy", "view_as_real")
def _view_as_real_copy(input):
    return _complex.view_as_real(_complex.resolve_conj(input))


@_copy_of("view_copy", "view")
def _view_copy(input, size):
    if isinstance(size, dtypes.DType):
        return _view_dtype(input, size)
    if not isinstance(size, (list, tuple)):
        raise TypeError(
            f"view_copy() received an invalid combination of arguments - got (Tensor, "
            f"{type(size).__name__}), but expected one of:\n"
            " * (Tensor input, torch.dtype dtype, *, Tensor out = None)\n"
            " * (Tensor input, tuple of ints size, *, Tensor out = None)\n")
    shape = _shape.infer_shape(tuple(size), input.numel())
    if _shape._try_view_array(input._data, shape) is None:  # ATen: reshape when no view
        with autograd.no_grad():
            values = _shape.reshape(input.contiguous(), shape)
        return record(Tensor._make(values._data, input.dtype), "ViewBackward0",
                      (input,), _shape._reshape_backward(input.shape))
    return _shape.view(input, *shape)


def _view_dtype(input, dtype):
    """input's bytes seen as dtype, copied (never differentiable); the checks
    are view(dtype)'s (view_dtype.py)."""
    return _view_dtype_ops.copy(input, dtype)
