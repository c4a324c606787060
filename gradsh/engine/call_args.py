"""Arguments PyTorch's C++ argument parser accepts around an op's own:
the NumPy-style keyword aliases and ``out=``.

The registry (``functions()`` for ``torch.*``, ``install()`` for Tensor
methods) wraps an op with :func:`wrap` only where one of these applies, so
the common call pays one ``if kwargs`` at most.

Aliases (torch/csrc/utils/python_arg_parser.cpp, ``numpy_compatibility_arg_names``):
``dim`` <- ``axis``, ``keepdim`` <- ``keepdims``, ``input`` <- ``x``/``a``/``x1``,
``other`` <- ``x2``; a name is translated only when the op has the target
parameter (and no parameter of the alias's own name). Given beside its
target (by keyword or by position) the alias is an unknown keyword, as in
PyTorch: ``sum() got an unexpected keyword argument 'axis'``.

``out=``: the result is computed as usual, then written into ``out`` with
ATen's rules (``resize_output``, the cast check of TensorIterator, the
autograd check of VariableType), and ``out`` itself is returned.
"""
from __future__ import annotations

import inspect
import warnings
from typing import Callable

from ..journal import JOURNAL

NUMPY_ALIASES = {"dim": ("axis",), "keepdim": ("keepdims",), "input": ("x", "a", "x1"),
                 "other": ("x2",)}
ALIAS_KEYS = frozenset(alias for names in NUMPY_ALIASES.values() for alias in names)

# Factory functions: out= sets the dtype and device of what they make (and a
# dtype= that differs is an error); ATen resizes their out without a warning.
FACTORIES = frozenset({"zeros", "ones", "empty", "full", "arange", "range", "linspace",
                       "logspace", "eye", "rand", "randn", "randint", "randperm"})
# Reductions whose out= dtype is the dtype they compute in (sum.IntList_out).
OUT_DTYPE_REDUCTIONS = frozenset({"sum", "nansum", "prod"})

RESIZE_WARNING = (
    "An output with one or more elements was resized since it had shape {}, which does not "
    "match the required output shape {}. This behavior is deprecated, and in a future PyTorch "
    "release outputs will not be resized unless they have zero elements. You can explicitly "
    "reuse an out tensor t by resizing it, inplace, to zero elements with t.resize_(0). "
    "(Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/Resize.cpp:30.)")
ARANGE_WARNING = (
    "The number of elements in the out tensor of shape {} is {} which does not match the "
    "computed number of elements {}. Note that this may occur as a result of rounding error. "
    "The out tensor will be resized to a tensor of shape ({},). (Triggered internally at "
    "/__w/pytorch/pytorch/aten/src/ATen/native/RangeFactories.cpp:199.)")
# C++ type names in "Expected out tensor to have dtype long int, but got int instead"
_C_TYPE_NAMES = {"float32": "float", "float64": "double", "float16": "c10::Half",
                 "bfloat16": "c10::BFloat16", "int64": "long int", "int32": "int",
                 "int16": "short int", "int8": "signed char", "uint8": "unsigned char",
                 "bool": "bool", "complex64": "c10::complex<float>",
                 "complex128": "c10::complex<double>"}


def alias_map(impl: Callable, method: bool) -> tuple[dict, dict]:
    """({alias: parameter}, {parameter: position}) for impl's parameters that
    PyTorch's aliases translate to; empty when none does."""
    try:
        parameters = inspect.signature(impl).parameters
    except (TypeError, ValueError):
        return {}, {}
    aliases = {}
    for target, names in NUMPY_ALIASES.items():
        if target not in parameters or (method and target == "input"):
            continue
        for alias in names:
            if alias not in parameters:
                aliases[alias] = target
    positions = {}
    for index, parameter in enumerate(parameters.values()):
        if parameter.kind is parameter.VAR_POSITIONAL:
            break
        if parameter.kind is parameter.POSITIONAL_OR_KEYWORD:
            positions[parameter.name] = index - (1 if method else 0)
    return aliases, positions


def rename_aliases(name: str, aliases: dict, positions: dict, given: int, kwargs: dict) -> dict:
    """kwargs with PyTorch's NumPy-style names translated (``given``:
    arguments passed by position, not counting self)."""
    renamed = dict(kwargs)
    for alias, target in aliases.items():
        if alias not in kwargs:
            continue
        if target in renamed or positions.get(target, given) < given:
            raise TypeError(f"{name}() got an unexpected keyword argument '{alias}'")
        renamed[target] = renamed.pop(alias)
    return renamed


def wrap(impl: Callable, name: str, declaration, *, aliases: dict, positions: dict,
         out: bool, method: bool, tensor_first: bool) -> Callable:
    """impl with aliases translated and (``out``) ``out=`` written."""
    from .registry import type_name  # noqa: PLC0415 - registry imports this module

    def lean(*args, **kwargs):  # a method, or a function without out=: one frame
        if kwargs and not ALIAS_KEYS.isdisjoint(kwargs):
            kwargs = rename_aliases(name, aliases, positions,
                                    len(args) - (1 if method else 0), kwargs)
        return impl(*args, **kwargs)

    def full(*args, **kwargs):
        if kwargs:
            if aliases and not ALIAS_KEYS.isdisjoint(kwargs):
                kwargs = rename_aliases(name, aliases, positions, len(args), kwargs)
            if out and "out" in kwargs:
                kwargs = dict(kwargs)
                target = kwargs.pop("out")
                if target is not None:
                    if getattr(impl, "writes_out", False):  # the op's own out= rules
                        return impl(*args, out=target, **kwargs)
                    return call_with_out(impl, name, declaration, args, kwargs, target)
        if not tensor_first:
            return impl(*args, **kwargs)
        try:
            return impl(*args, **kwargs)
        except AttributeError:
            first = args[0] if args else kwargs.get("input")
            if hasattr(first, "_data"):
                raise  # a genuine error inside the op
            raise TypeError(f"{name}(): argument 'input' (position 1) must be Tensor, not "
                            f"{type_name(first)}") from None

    function = lean if not out and not tensor_first else full
    function.__name__ = function.__qualname__ = name
    function.__doc__ = impl.__doc__
    function.__wrapped__ = impl
    function.gradsh_op = declaration
    return function


# ------------------------------------------------------------------ out=
def _tensors(values):
    from .tensor import Tensor  # noqa: PLC0415

    for value in values:
        if isinstance(value, Tensor):
            yield value
        elif isinstance(value, (list, tuple)):
            yield from (item for item in value if isinstance(item, Tensor))


def call_with_out(impl: Callable, name: str, declaration, args: tuple, kwargs: dict, out):
    """impl(*args, **kwargs) written into out (a tensor, or a tuple of them
    for ops that return several)."""
    from . import autograd  # noqa: PLC0415
    from .tensor import Tensor  # noqa: PLC0415

    outs = tuple(_tensors((out,)))
    factory = declaration.name in FACTORIES
    if autograd.is_grad_enabled() and any(
            t.requires_grad for t in (*_tensors(args), *_tensors(kwargs.values()), *outs)):
        label = f"aten::{declaration.name}" if factory else declaration.name
        raise RuntimeError(f"{label}(): functions with out=... arguments don't support "
                           "automatic differentiation, but one of the arguments requires grad.")
    if factory and isinstance(out, Tensor):
        _factory_options(out, kwargs)
    elif declaration.name in OUT_DTYPE_REDUCTIONS and kwargs.get("dtype") is None \
            and not isinstance(out, (tuple, list)):
        kwargs["dtype"] = out.dtype
    with autograd.no_grad():
        result = impl(*args, **kwargs)
    if isinstance(result, Tensor):
        if not isinstance(out, Tensor):
            raise TypeError(f"{name}(): argument 'out' must be Tensor, not "
                            f"{type(out).__name__}")
        _check_overlap(out, _tensors(args))
        _write(out, result, name, factory=factory, exact_dtype=False)
        return out
    if not isinstance(out, (tuple, list)):
        raise TypeError(f"{name}(): argument 'out' must be tuple of Tensors, not "
                        f"{type(out).__name__}")
    if len(out) != len(result):
        raise TypeError(f"expected tuple of {len(result)} elements but got {len(out)}")
    for index, target in enumerate(out):
        if not isinstance(target, Tensor):
            raise TypeError(f"{name}(): argument 'out' must be tuple of Tensors, not "
                            f"{type(target).__name__} at element {index}")
    for target, value in zip(out, result):
        _write(target, value, name, factory=False, exact_dtype=True)
    return _out_tuple(result, tuple(out))


def _factory_options(out, kwargs: dict) -> None:
    from . import dtypes  # noqa: PLC0415

    dtype = kwargs.get("dtype")
    if dtype is None:
        kwargs["dtype"] = out.dtype
    elif dtypes.to_dtype(dtype) is not out.dtype:
        raise RuntimeError(f"dtype {dtypes.to_dtype(dtype).short} does not match dtype of out "
                           f"parameter ({out.dtype.short})")
    if kwargs.get("device") is None:
        kwargs["device"] = out.device


def _check_overlap(out, inputs) -> None:
    """TensorIterator's partial-overlap check: out may be an input itself,
    not another view of the same memory."""
    data = out._data
    for tensor in inputs:
        if tensor._sparse_layout:  # no strided memory to share (engine/sparse/)
            continue
        other = tensor._data
        if other is data or tensor._xp is not out._xp:
            continue
        same = other.shape == data.shape and other.strides == data.strides and \
            _address(other) == _address(data)
        if not same and out._xp.shares_memory(other, data):
            raise RuntimeError(
                "unsupported operation: some elements of the input tensor and the written-to "
                "tensor refer to a single memory location. Please clone() the tensor before "
                "performing the operation.")


def _address(array) -> int:
    return array.ctypes.data if hasattr(array, "ctypes") else array.data.ptr


def _write(out, result, name: str, *, factory: bool, exact_dtype: bool) -> None:
    from . import backend  # noqa: PLC0415
    from .ops.convert import cast_array  # noqa: PLC0415
    from .ops.tensor_misc import can_cast  # noqa: PLC0415

    if exact_dtype:
        if result.dtype is not out.dtype:
            raise RuntimeError(f"Expected out tensor to have dtype "
                               f"{_C_TYPE_NAMES.get(result.dtype.name, result.dtype.name)}, "
                               f"but got {_C_TYPE_NAMES.get(out.dtype.name, out.dtype.name)} "
                               "instead")
    elif not can_cast(result.dtype, out.dtype):
        raise RuntimeError(f"result type {result.dtype.short} can't be cast to the desired "
                           f"output type {out.dtype.short}")
    if result.device != out.device:
        raise RuntimeError(f"Expected out tensor to have device {result.device}, but got "
                           f"{out.device} instead")
    shape = tuple(result.shape)
    if tuple(out.shape) != shape:
        if out.numel() and not factory:
            warnings.warn(RESIZE_WARNING.format(list(out.shape), list(shape)), UserWarning,
                          stacklevel=4)
        elif out.numel() and name in ("arange", "range") and result.ndim == 1:
            warnings.warn(ARANGE_WARNING.format(list(out.shape), out.numel(), shape[0],
                                                shape[0]), UserWarning, stacklevel=4)
        if JOURNAL[0] is not None:
            JOURNAL[0].tensor(out)
        _resize(out, shape)
    data = backend.move(result._data, out.device)
    if JOURNAL[0] is not None:
        JOURNAL[0].storage(out, False)
    backend.before_write(out)
    out._data[...] = cast_array(data, out.dtype) if data.dtype != out.dtype.np else data
    out._bump()


def _resize(out, shape: tuple) -> None:
    """ATen's resize_: the same storage when the element count stays (and
    out's layout lets it be reshaped in place), new storage otherwise."""
    data = out._data
    if data.size == _count(shape):
        try:
            reshaped = data.view()
            reshaped.shape = shape
            out._data = reshaped
            return
        except AttributeError:
            pass
    out._data = out._xp.zeros(shape, dtype=data.dtype)


def _count(shape: tuple) -> int:
    count = 1
    for n in shape:
        count *= n
    return count


def _out_tuple(result, outs: tuple):
    """PyTorch's return type for an out= call: torch.return_types.NAME_out."""
    from .ops.linalg_common import named  # noqa: PLC0415

    fields = getattr(result, "_fields", None)
    kind = getattr(result, "_name", None)
    if kind is None:
        return outs
    if fields is None:  # reduce_select.ReturnType: (values, indices)
        return type(result)(f"{kind}_out", *outs)
    return named(f"{kind}_out", tuple(fields), outs)
