"""The namespaces a gradsh script sees: torch, torch.nn.functional, np, math, ...

Each is a :class:`Namespace` with an explicit member table: nothing else of
the Python modules behind them is reachable (SPEC §2, Safety).
"""
from __future__ import annotations

import math as _math
import operator as _operator

import numpy as _np

from . import (autograd, backend, custom_function, dtypes, functional_ad, functional_products,
               inference, layouts, limits, printing, random, registry, vmap)
from . import interop, serialization  # torch.save/load, frombuffer, dlpack, Event, Stream
from . import denormals, legacy_types  # set_flush_denormal, set_default_tensor_type
from . import type_info  # torch.finfo, torch.iinfo
from . import np_random  # np.random
from . import storage  # torch.UntypedStorage, torch.TypedStorage
from . import torch_function  # F.handle_torch_function, F.has_torch_function*, F.DType
from .func_grad import grad as _func_grad, grad_and_value as _func_grad_and_value
from .ops import creation
from .ops.quantize import QSCHEMES
from .tensor import Size, Tensor


def _name_helpers(members: dict) -> None:
    """A member that is a private helper of gradsh's (``_grad``, a closure made in
    a loop) takes the member's name, so that it prints as ``<function grad>``
    and Python's call errors say ``grad()`` (issue 19: no internal names)."""
    for name, value in members.items():
        if type(value) is _FunctionType and not name.startswith("_"):
            qualname = value.__qualname__
            if (qualname.startswith("_") or "<locals>" in qualname) and \
                    value.__module__.startswith("gradsh"):
                value.__name__ = value.__qualname__ = name


_FunctionType = type(_name_helpers)


class LazyNamespace:
    """A Namespace whose members come from ``load()`` the first time they are
    needed: ``torch.nn`` imports gradsh.nn only when a script reaches it."""

    def __init__(self, name: str, load, members: dict | None = None):
        self.name = name
        self._load = load
        self._members = dict(members or {})
        self._loaded = False

    @property
    def members(self) -> dict:
        if not self._loaded:
            self._loaded = True
            self._members = {**self._load(), **self._members}
            _name_helpers(self._members)
        return self._members

    @property
    def __gradsh_attrs__(self) -> frozenset:
        return frozenset(self.members)

    def __getattr__(self, attr: str):
        if attr.startswith("_"):
            raise AttributeError(attr)
        members = self.members
        if attr in members:
            return members[attr]
        raise AttributeError(f"module '{self.name}' has no attribute '{attr}'")

    def __repr__(self) -> str:
        return f"<module '{self.name}'>"


class Namespace:
    """A module-like object whose attributes are exactly ``members``."""

    def __init__(self, name: str, members: dict):
        self.name = name
        self.members = dict(members)
        self.__gradsh_attrs__ = frozenset(self.members)
        _name_helpers(self.members)

    def __getattr__(self, attr: str):
        members = self.__dict__.get("members", {})
        if attr in members:
            return members[attr]
        raise AttributeError(f"module '{self.__dict__.get('name', '?')}' has no attribute '{attr}'")

    def __repr__(self) -> str:
        return f"<module '{self.name}'>"


# ----------------------------------------------------------- torch functions
def legacy_construct(dtype, args: tuple, device=None) -> Tensor:
    """``FloatTensor([1, 2])`` builds from data; ``FloatTensor(2, 3)`` makes a size."""
    if len(args) == 1 and not isinstance(args[0], (int, Size)):
        data = args[0]
        if isinstance(data, Tensor):
            return data.to(dtype)
        return creation.tensor(data, dtype=dtype, device=device)
    if len(args) == 1 and isinstance(args[0], Size):
        args = tuple(args[0])
    return creation.zeros(*args, dtype=dtype, device=device)


def _legacy_constructor(dtype):
    def construct(*args, device=None):
        return legacy_construct(dtype, args, device)

    construct.__name__ = dtype.legacy
    construct.legacy_dtype = dtype  # what torch.set_default_tensor_type reads
    construct.summary = f"Legacy constructor of {dtype!r} tensors: data or a size."
    return construct


def _variable(data, requires_grad=False, volatile=False):
    """torch.autograd.Variable: today it returns a plain tensor."""
    if not isinstance(data, Tensor):
        raise TypeError(f"Variable data has to be a tensor, but got {type(data).__name__}")
    result = data.detach()
    result.requires_grad = requires_grad
    return result


def _grad(outputs, inputs, grad_outputs=None, retain_graph=None, create_graph=False,
          only_inputs=True, allow_unused=None, is_grads_batched=False, materialize_grads=False):
    outputs = list(outputs) if isinstance(outputs, (list, tuple)) else [outputs]
    single = isinstance(inputs, Tensor)
    inputs = [inputs] if single else list(inputs)
    if grad_outputs is None:
        grad_outputs = [None] * len(outputs)
    elif isinstance(grad_outputs, Tensor):
        grad_outputs = [grad_outputs]
    results = autograd.run_backward(outputs, list(grad_outputs), retain_graph=retain_graph,
                                    create_graph=create_graph, inputs=inputs,
                                    allow_unused=bool(allow_unused or materialize_grads))
    if materialize_grads:
        results = tuple(creation.zeros_like(t) if g is None else g
                        for g, t in zip(results, inputs))
    return results


def _backward(tensors, grad_tensors=None, retain_graph=None, create_graph=False):
    tensors = [tensors] if isinstance(tensors, Tensor) else list(tensors)
    if grad_tensors is None:
        grad_tensors = [None] * len(tensors)
    elif isinstance(grad_tensors, Tensor):
        grad_tensors = [grad_tensors]
    autograd.run_backward(tensors, list(grad_tensors), retain_graph=retain_graph,
                          create_graph=create_graph)


def _device(type_or_string, index=None):
    return backend.parse_device(type_or_string, index)


def _set_default_dtype(dtype):
    dtypes.set_default_dtype(dtypes.to_dtype(dtype))


def _numel(input):
    return input.numel()


def _torch_members() -> dict:
    members = dict(registry.functions("torch"))
    members.update({name: dtype for name, dtype in dtypes.DTYPE_NAMES.items()})
    members.update(QSCHEMES)  # torch.per_tensor_affine, ... (quantized tensors)
    members.update(layouts.LAYOUTS)  # torch.strided, torch.sparse_coo, ...
    members["layout"] = layouts.Layout
    members.update({dtype.legacy: _legacy_constructor(dtype) for dtype in dtypes.ALL_DTYPES
                    if dtype not in dtypes.BAREBONES_UNSIGNED})
    members.update({
        "Tensor": Tensor, "Size": Size, "device": _device, "dtype": dtypes.DType,
        "no_grad": autograd.no_grad, "enable_grad": autograd.enable_grad,
        "set_grad_enabled": autograd.set_grad_enabled,
        "is_grad_enabled": autograd.is_grad_enabled,
        "inference_mode": inference.inference_mode,
        "is_inference_mode_enabled": inference.is_inference_mode_enabled,
        # PyTorch's version that gradsh reproduces (docs/language.md); without
        # PyTorch's local build tag ("+cpu").
        "__version__": "2.13.0",
        "manual_seed": random.manual_seed, "seed": random.seed,
        "initial_seed": random.initial_seed, "get_rng_state": random.get_rng_state,
        "set_rng_state": random.set_rng_state, "Generator": random.Generator,
        "default_generator": random.default_generator,
        "set_printoptions": printing.set_printoptions,
        "get_default_dtype": dtypes.get_default_dtype, "set_default_dtype": _set_default_dtype,
        "set_default_tensor_type": legacy_types.set_default_tensor_type,
        "set_flush_denormal": denormals.set_flush_denormal,
        "promote_types": dtypes.promote_types,
        "inf": float("inf"), "nan": float("nan"), "pi": _math.pi, "e": _math.e,
        "numel": _numel,
        "set_default_device": creation.set_default_device,
        "get_default_device": creation.current_default_device,
        "finfo": type_info.finfo, "iinfo": type_info.iinfo,
        "UntypedStorage": storage.UntypedStorage, "TypedStorage": storage.TypedStorage,
        "thread_safe_generator": _thread_safe_generator,
    })
    return members


def _testing_members() -> dict:
    from . import testing, testing_make  # noqa: PLC0415 - torch.testing, loaded on first use

    return {"assert_close": testing.assert_close, "make_tensor": testing_make.make_tensor}


def _thread_safe_generator():
    """torch.random.thread_safe_generator(): a DataLoader thread worker's generator;
    gradsh's DataLoader has no thread workers, so always None (the global RNG)."""
    return None


def _current_accelerator(check_available: bool = False):
    """torch.accelerator.current_accelerator(): CUDA's device type, or None."""
    return backend.Device("cuda") if backend.cuda_available() else None


def _np_array(object, dtype=None, copy=True):
    if isinstance(object, range):
        _np_checked((len(object),), _np.dtype(_np.int64))
    elif type(object) is list or type(object) is tuple:
        creation._check_nested(object)  # the copy of nested lists, before NumPy walks them
    elif isinstance(object, _np.ndarray) and copy:
        _np_checked(object.shape, object.dtype)
    elif isinstance(object, Tensor):
        limits.check_copy(object)
    array = _np.array(object, dtype=dtype, copy=copy)
    if array.dtype.kind in "OSUVMm":  # (the parameter `object` shadows the type)
        raise TypeError("gradsh's np.array takes numbers only")
    return array


def _np_dtype(dtype, fill=None):
    """The dtype of a new array: numbers only (no object or string arrays)."""
    target = _np.asarray(fill).dtype if dtype is None and fill is not None else _np.dtype(
        float if dtype is None else dtype)
    if target.kind in "OSUVMm":
        raise TypeError("gradsh's numpy arrays hold numbers only")
    return target


def _np_shape(shape) -> tuple | None:
    """An int or a short sequence of ints, else None (NumPy reports the error);
    an array or tensor of ints too (``np.ones(np.array([10000, 10000]))``)."""
    if isinstance(shape, (int, _np.integer)):
        return (int(shape),)
    if isinstance(shape, (list, tuple)) and len(shape) <= 64 and all(
            isinstance(n, (int, _np.integer)) for n in shape):
        return tuple(int(n) for n in shape)
    if isinstance(shape, (_np.ndarray, Tensor)) and shape.ndim <= 1 and (
            shape.size if isinstance(shape, _np.ndarray) else shape.numel()) <= 64:
        try:
            return tuple(_operator.index(n) for n in shape.reshape(-1).tolist())
        except TypeError:
            return None
    return None


def _np_checked(shape, dtype) -> None:
    if shape is not None:
        limits.check_allocation(shape, dtype, "an array")


def _np_zeros(shape, dtype=None):
    dtype = _np_dtype(dtype)
    _np_checked(_np_shape(shape), dtype)
    return _np.zeros(shape, dtype)


def _np_ones(shape, dtype=None):
    dtype = _np_dtype(dtype)
    _np_checked(_np_shape(shape), dtype)
    return _np.ones(shape, dtype)


def _np_full(shape, fill_value, dtype=None):
    dtype = _np_dtype(dtype, fill_value)
    _np_checked(_np_shape(shape), dtype)
    return _np.full(shape, fill_value, dtype)


def _np_eye(N, M=None, k=0, dtype=None):
    dtype = _np_dtype(dtype)
    _np_checked(_np_shape([N, N if M is None else M]), dtype)
    return _np.eye(N, M, k, dtype)


def _np_bound(value):
    """A bound of np.arange as a number: a 0-d tensor or array is one (NumPy
    converts it), so ``np.arange(torch.tensor(10**9))`` is checked too."""
    if isinstance(value, (Tensor, _np.ndarray)) and value.ndim == 0:
        return value.item()
    return value


def _np_arange(*args, dtype=None):
    bounds = tuple(_np_bound(v) for v in ((0, *args, 1)[:3] if len(args) == 1
                                          else (*args, 1)[:3]))
    if all(isinstance(v, (int, float, _np.number)) and not isinstance(v, bool) for v in bounds) \
            and bounds[2] != 0:
        count = max(_math.ceil((bounds[1] - bounds[0]) / bounds[2]), 0) \
            if all(_math.isfinite(v) for v in bounds) else None
        integral = all(isinstance(v, (int, _np.integer)) for v in bounds)
        kind = _np_dtype(dtype) if dtype is not None else _np.dtype(int if integral else float)
        _np_checked(None if count is None else (count,), kind)
    return _np.arange(*args, dtype=None if dtype is None else _np_dtype(dtype))


def _np_linspace(start, stop, num=50, endpoint=True, dtype=None):
    if isinstance(num, (int, _np.integer)):
        _np_checked((max(int(num), 0),), _np_dtype(dtype))
    return _np.linspace(start, stop, num, endpoint=endpoint,
                        dtype=None if dtype is None else _np_dtype(dtype))


class _NdarrayType(type):
    """``np.ndarray`` for ``isinstance`` and printing; calling it (which could
    wrap any buffer) is refused: arrays come from np.array, np.zeros, ..."""

    def __instancecheck__(cls, obj) -> bool:
        return isinstance(obj, _np.ndarray)

    def __call__(cls, *args, **kwargs):
        raise TypeError("gradsh: make arrays with np.array, np.zeros, np.ones, ...")

    def __repr__(cls) -> str:
        return repr(_np.ndarray)


ndarray = _NdarrayType("ndarray", (), {"__gradsh_attrs__": frozenset()})


def _numpy_members() -> dict:
    members = {
        "array": _np_array, "asarray": _np_array,
        "zeros": _np_zeros, "ones": _np_ones, "arange": _np_arange, "linspace": _np_linspace,
        "eye": _np_eye, "full": _np_full, "ndarray": ndarray,
        "pi": _np.pi, "e": _np.e, "inf": _np.inf, "nan": _np.nan,
    }
    for name in ("bool_", "uint8", "int8", "int16", "int32", "int64", "float16", "float32",
                 "float64", "float_", "double", "half", "single", "intc", "int_"):
        if hasattr(_np, name):
            members[name] = getattr(_np, name)
    members.update({name: _np_unary(name) for name in _NP_UNARY})
    members["random"] = Namespace("numpy.random", np_random.members())
    return members


# NumPy's elementwise functions of one array (as plain functions: no ufunc
# attributes such as .outer, no out=); the input goes through np.array's checks.
_NP_UNARY = ("sin cos tan arcsin arccos arctan sinh cosh tanh exp expm1 log log2 log10 log1p "
             "sqrt square abs absolute negative floor ceil trunc rint sign isnan isinf "
             "isfinite").split()


def _np_unary(name: str):
    ufunc = getattr(_np, name)

    def function(x):
        return ufunc(x if isinstance(x, (_np.ndarray, _np.generic, int, float, complex))
                     else _np_array(x, copy=None))

    function.__name__ = function.__qualname__ = name
    function.__module__ = "numpy"
    return function


_MATH_NAMES = (
    "pi e tau inf nan sqrt exp expm1 log log2 log10 log1p sin cos tan asin acos atan atan2 sinh "
    "cosh tanh asinh acosh atanh floor ceil trunc fabs factorial isnan isinf isfinite pow hypot "
    "erf erfc gamma lgamma degrees radians copysign isclose comb perm gcd fmod prod fsum").split()


def _nn_members() -> dict:
    from gradsh import nn  # noqa: PLC0415 - torch.nn loads on first use

    return nn.members()


def _nn_init_members() -> dict:
    from gradsh import nn  # noqa: PLC0415

    return nn.init_members()


def _data_members(submodule: str = "") -> dict:
    from gradsh import data  # noqa: PLC0415 - torch.utils.data loads on first use

    return data.members(submodule)


def _data_namespaces() -> dict:
    """torch.utils.data and its files (``from torch.utils.data.sampler import ...``)."""
    files = {name: LazyNamespace(f"torch.utils.data.{name}",
                                 lambda name=name: _data_members(name))
             for name in ("dataset", "sampler", "dataloader")}
    modules = {f"torch.utils.data.{name}": ns for name, ns in files.items()}
    modules["torch.utils.data"] = LazyNamespace("torch.utils.data", _data_members, files)
    return modules


def _sparse_members() -> dict:
    from .sparse import functions  # noqa: PLC0415 - torch.sparse loads on first use

    return functions.members()


def _optim_members() -> dict:
    from gradsh import optim  # noqa: PLC0415 - torch.optim loads on first use

    return optim.members()


def _scheduler_members() -> dict:
    from gradsh import optim  # noqa: PLC0415

    return optim.scheduler_members()


_TYPING_NAMES = ("Any Callable Dict FrozenSet Iterable Iterator List Mapping Optional Sequence "
                 "Set Tuple Union").split()


def _typing_namespace() -> Namespace:
    """``typing``'s names for annotations (``List[int]``, ``Optional[Tensor]``)."""
    import typing  # noqa: PLC0415 - loaded already by the time a script runs

    members = {name: getattr(typing, name) for name in _TYPING_NAMES}
    members.update(TYPE_CHECKING=False, cast=_cast)
    return Namespace("typing", members)


def _cast(kind, value):
    """``typing.cast``: the value itself."""
    return value


# torch.special names that are torch functions under the same or another name.
_SPECIAL_FROM_TORCH = {"expit": "sigmoid", "erf": "erf", "exp2": "exp2", "expm1": "expm1",
                       "log1p": "log1p", "round": "round", "softmax": "softmax",
                       "log_softmax": "log_softmax", "logsumexp": "logsumexp"}


def _special_namespace(torch_members: dict) -> Namespace:
    members = {name: torch_members[source] for name, source in _SPECIAL_FROM_TORCH.items()}
    members.update(registry.functions("special"))
    return Namespace("torch.special", members)


def _file_members() -> dict:
    """torch.save/load/from_file (serialization.py) and shared memory (interop.py)."""
    return {"save": serialization.save, "load": serialization.load,
            "from_file": serialization.from_file, "frombuffer": interop.frombuffer,
            "from_dlpack": interop.from_dlpack, "Event": interop.Event,
            "Stream": interop.Stream}


def _build() -> tuple[dict, dict]:
    functional = Namespace("torch.nn.functional",
                           {**registry.functions("F"), **torch_function.members()})
    nn_init = LazyNamespace("torch.nn.init", _nn_init_members)
    nn = LazyNamespace("torch.nn", _nn_members, {"functional": functional, "init": nn_init})
    autograd_functional = Namespace("torch.autograd.functional", {
        "jacobian": functional_ad.jacobian, "hessian": functional_ad.hessian,
        "vjp": functional_products.vjp, "jvp": functional_products.jvp,
        "vhp": functional_products.vhp, "hvp": functional_products.hvp,
    })
    autograd_function = Namespace("torch.autograd.function", {
        "Function": custom_function.Function,
        "once_differentiable": custom_function.once_differentiable,
    })
    autograd_ns = Namespace("torch.autograd", {
        "grad": _grad, "backward": _backward, "Variable": _variable,
        "functional": autograd_functional, "Function": custom_function.Function,
        "function": autograd_function,
    })
    cuda = Namespace("torch.cuda", {
        "is_available": backend.cuda_available, "device_count": backend.cuda_device_count,
        "current_device": backend.cuda_current_device, "get_device_name": backend.cuda_device_name,
        "synchronize": backend.cuda_synchronize,
    })
    random_ns = Namespace("torch.random", {
        "manual_seed": random.manual_seed, "seed": random.seed,
        "initial_seed": random.initial_seed, "get_rng_state": random.get_rng_state,
        "set_rng_state": random.set_rng_state, "fork_rng": random.fork_rng,
        "default_generator": random.default_generator,
        "thread_safe_generator": _thread_safe_generator,
    })
    cuda.members.update({"manual_seed": random.manual_seed, "manual_seed_all": random.manual_seed,
                         "seed": random.seed, "seed_all": random.seed})
    cuda.__gradsh_attrs__ = frozenset(cuda.members)
    accelerator = Namespace("torch.accelerator", {
        "is_available": backend.cuda_available, "device_count": backend.cuda_device_count,
        "current_accelerator": _current_accelerator,
        "current_device_index": backend.cuda_current_device,
        "synchronize": backend.cuda_synchronize,
    })
    torch_members = _torch_members()
    from .ops.linalg_common import LinAlgError  # noqa: PLC0415 - registered with the ops

    linalg = Namespace("torch.linalg", {**registry.functions("linalg"),
                                        "LinAlgError": LinAlgError})
    data_modules = _data_namespaces()
    dlpack = Namespace("torch.utils.dlpack", {"to_dlpack": interop.to_dlpack,
                                              "from_dlpack": interop.from_dlpack})
    torch_members["utils"] = utils = Namespace("torch.utils",
                                               {"data": data_modules["torch.utils.data"],
                                                "dlpack": dlpack})
    torch_members.update(_file_members())
    lr_scheduler = LazyNamespace("torch.optim.lr_scheduler", _scheduler_members)
    optim = LazyNamespace("torch.optim", _optim_members, {"lr_scheduler": lr_scheduler})
    torch_members.update({"nn": nn, "autograd": autograd_ns, "cuda": cuda, "random": random_ns,
                          "optim": optim, "accelerator": accelerator,
                          "linalg": linalg})
    torch_members["special"] = special = _special_namespace(torch_members)
    torch_members["fft"] = fft = Namespace("torch.fft", registry.functions("fft"))
    torch_members["sparse"] = sparse = LazyNamespace("torch.sparse", _sparse_members)
    torch_members["vmap"] = vmap.vmap
    torch_members["testing"] = testing_ns = LazyNamespace("torch.testing", _testing_members)
    torch_members["func"] = func = Namespace("torch.func", {
        "vmap": vmap.vmap, "grad": _func_grad, "grad_and_value": _func_grad_and_value})
    torch = Namespace("torch", torch_members)
    numpy = Namespace("numpy", _numpy_members())
    math = Namespace("math", {name: getattr(_math, name) for name in _MATH_NAMES
                              if hasattr(_math, name)})
    modules = {
        "typing": _typing_namespace(),
        "torch": torch, "torch.nn": nn, "torch.nn.functional": functional,
        "torch.nn.init": nn_init,
        "torch.autograd": autograd_ns, "torch.autograd.functional": autograd_functional,
        "torch.autograd.function": autograd_function,
        "torch.cuda": cuda, "torch.random": random_ns, "numpy": numpy, "math": math,
        "torch.utils": utils, **data_modules, "torch.utils.dlpack": dlpack,
        "torch.optim": optim, "torch.optim.lr_scheduler": lr_scheduler,
        "torch.accelerator": accelerator, "torch.linalg": linalg,
        "torch.special": special,
        "torch.fft": fft, "torch.func": func, "torch.sparse": sparse,
        "torch.testing": testing_ns,
    }
    unqualified = {name: value for name, value in torch_members.items()
                   if name not in ("nn", "autograd", "cuda", "e", "random", "utils", "optim",
                                    "accelerator", "__version__", "linalg", "special",
                                    "fft", "func", "sparse", "testing")}
    unqualified.update({
        "torch": torch, "F": functional, "np": numpy, "numpy": numpy, "math": math,
        "Variable": _variable,
    })
    return modules, unqualified


MODULES, UNQUALIFIED = _build()
