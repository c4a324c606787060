"""The rest of PyTorch's ``out=`` functions: the deprecated norms kept for
TorchScript (frobenius_norm, nuclear_norm), native_batch_norm, the kernels a
CPU build of PyTorch does not have (cudnn_*, batch_norm_elemt,
mkldnn_adaptive_avg_pool2d: PyTorch's dispatcher error), and the functions
PyTorch 2.x removed (lstsq, solve, matrix_rank, symeig: torch/_linalg_utils.py
raises its deprecation message whatever the arguments).

Each of these writes ``out=`` itself (``writes_out``), because PyTorch's
rules for them are not the general ones of engine/call_args.py.
"""
from __future__ import annotations

from .. import autograd, call_args
from ..registry import op, type_name
from ..tensor import Tensor
from ..warn_once import warn_once
from .common import normalize_dims

_LINALG_CPP = "(Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/" \
    "LinearAlgebra.cpp:{}.)"
_FROBENIUS_WARNING = (
    "at::frobenius_norm is deprecated and it is just left for JIT compatibility. It will be "
    "removed in a future PyTorch release. Please use `linalg.vector_norm(A, 2., dim, keepdim)` "
    "instead " + _LINALG_CPP)
_NUCLEAR_WARNING = (
    "at::nuclear_norm is deprecated and it is just left for JIT compatibility. It will be "
    "removed in a future PyTorch release. Please use `linalg.matrix_norm(A, 'nuc', dim, "
    "keepdim)` instead " + _LINALG_CPP)


def _writes_out(impl):
    impl.writes_out = True  # call_args passes out= through to the op
    return impl


def _out_tensor(name: str, out) -> None:
    if not isinstance(out, Tensor):
        raise TypeError(f"{name}(): argument 'out' must be Tensor, not {type_name(out)}")


# ---------------------------------------------------------------- norms
@op("frobenius_norm", summary="Deprecated: the 2-norm over dim (at most two dims; "
    "linalg.vector_norm(input, 2, dim, keepdim)).", method=False,
    example="frobenius_norm(arange(6.).reshape(2, 3), (0, 1))")
@_writes_out
def frobenius_norm(input, dim=None, keepdim=False, *, out=None):
    from .linalg_norms import vector_norm  # noqa: PLC0415

    if dim is None:  # PyTorch's argument parser's wording
        raise TypeError('frobenius_norm() missing 1 required positional arguments: "dim"')

    if out is not None:
        _out_tensor("frobenius_norm", out)
    warn_once(_FROBENIUS_WARNING.format(3175 if out is None else 3195))
    dims = normalize_dims(dim, input.ndim) if isinstance(dim, int) else tuple(dim)
    if len(dims) > 2:
        raise RuntimeError(f"Expected at most 2 dimensions, but got {len(dims)} dimensions "
                           "instead.")
    dims = normalize_dims(list(dims), input.ndim) if dims else None
    if not (input.dtype.is_floating_point or input.dtype.is_complex):
        raise RuntimeError("norm(): input dtype should be either floating point or complex. "
                           f"Got {input.dtype.short} instead.")
    if input.dtype.is_complex:  # |z| first: the same values and gradient
        input = input.abs()
    if out is not None:
        inputs = (input, out)
        if autograd.is_grad_enabled() and any(t.requires_grad for t in inputs):
            raise RuntimeError("norm(): functions with out=... arguments don't support "
                               "automatic differentiation, but one of the arguments requires "
                               "grad.")
        result = vector_norm(input, 2, dims, keepdim)
        call_args._write(out, result, "frobenius_norm", factory=False, exact_dtype=True)
        return out
    result = vector_norm(input, 2, dims, keepdim)
    if result.grad_fn is not None:  # ATen calls at::norm: its node
        result.grad_fn._name = "NormBackward1"
    return result


@op("nuclear_norm", summary="Deprecated: the sum of the singular values (linalg.matrix_norm("
    "input, 'nuc', dim, keepdim)).", method=False,
    example="nuclear_norm(arange(6.).reshape(2, 3))",
    signature="nuclear_norm(input, dim=(-2, -1), keepdim=False, *, out=None)")
@_writes_out
def nuclear_norm(input, dim=None, keepdim=False, *, out=None):
    from .linalg_norms import matrix_norm  # noqa: PLC0415

    dims_given = dim is not None and not isinstance(dim, bool)
    if isinstance(dim, bool):  # nuclear_norm(input, keepdim)
        dim, keepdim = None, dim
    if out is not None:
        _out_tensor("nuclear_norm", out)
    line = (3229 if out is None else 3241) if dims_given else (3229 if out is None else 3217)
    warn_once(_NUCLEAR_WARNING.format(line))
    dims = (-2, -1) if dim is None else ((dim,) if isinstance(dim, int) else tuple(dim))
    if len(dims) == 1:
        dims = dims * 2  # ATen's IntArrayRef from one int
    result = matrix_norm(input, "nuc", dims, keepdim)
    if out is None:
        return result
    if result.dtype is not out.dtype:
        raise RuntimeError(f"linalg.matrix_norm expected out tensor dtype "
                           f"{_SCALAR_NAMES[result.dtype.name]} but got: "
                           f"{_SCALAR_NAMES[out.dtype.name]}")
    from .convert import copy_  # noqa: PLC0415 - ATen: out.copy_(result) (CopyBackwards)

    if tuple(out.shape) != tuple(result.shape):
        call_args._resize(out, tuple(result.shape))
    copy_(out, result)
    return out


_SCALAR_NAMES = {"float32": "Float", "float64": "Double", "complex64": "ComplexFloat",
                 "complex128": "ComplexDouble", "float16": "Half", "bfloat16": "BFloat16",
                 "int64": "Long", "int32": "Int", "int16": "Short", "int8": "Char",
                 "uint8": "Byte", "bool": "Bool"}


# ------------------------------------------------------- native_batch_norm
@op("native_batch_norm", summary="ATen's batch norm: (output, save_mean, save_invstd); "
    "running statistics updated when training.", method=False,
    example="native_batch_norm(tensor([[1., 2.], [3., 6.]]), None, None, None, None, True, "
    "0.1, 1e-5)")
@_writes_out
def native_batch_norm(input, weight, bias, running_mean, running_var, training, momentum, eps,
                      *, out=None):
    from .normalization import batch_norm  # noqa: PLC0415

    if out is not None and not isinstance(out, (tuple, list)):
        raise TypeError("native_batch_norm(): argument 'out' must be tuple of Tensors, not "
                        f"{type_name(out)}")
    if input.ndim < 2:
        raise IndexError(f"Dimension out of range (expected to be in range of "
                         f"[-{max(input.ndim, 1)}, {max(input.ndim, 1) - 1}], but got 1)")
    if out is not None and autograd.is_grad_enabled() and any(
            t is not None and t.requires_grad
            for t in (input, weight, bias, running_mean, running_var, *out)):
        raise RuntimeError("native_batch_norm(): functions with out=... arguments don't "
                           "support automatic differentiation, but one of the arguments "
                           "requires grad.")
    if not input.dtype.is_floating_point:
        raise NotImplementedError(f'"batch_norm" not implemented for \'{input.dtype.short}\'')
    output = batch_norm(input, running_mean, running_var, weight, bias, training, momentum, eps)
    xp = input._xp
    if training:
        axes = (0,) + tuple(range(2, input.ndim))
        data = input._data
        mean = data.mean(axis=axes)
        var = ((data - mean.reshape((1, -1) + (1,) * (input.ndim - 2))) ** 2).mean(axis=axes)
        save_mean = Tensor._make(mean.astype(input.dtype.np), input.dtype)
        save_invstd = Tensor._make((1 / xp.sqrt(var + eps)).astype(input.dtype.np),
                                   input.dtype)
    else:
        save_mean = Tensor._make(xp.zeros((0,), dtype=input.dtype.np), input.dtype)
        save_invstd = Tensor._make(xp.zeros((0,), dtype=input.dtype.np), input.dtype)
    results = (output, save_mean, save_invstd)
    if out is None:
        return results
    for target, value in zip(out, results):
        if target.dtype is not value.dtype:
            raise RuntimeError(f"expected scalar type {_SCALAR_NAMES[value.dtype.name]} but "
                               f"found {_SCALAR_NAMES[target.dtype.name]}")
    for target, value in zip(out, results):
        call_args._write(target, value, "native_batch_norm", factory=False, exact_dtype=True)
    return tuple(out)


# ------------------------------------------- kernels a CPU build lacks
_BACKENDS = (
    "Meta, BackendSelect, Python, FuncTorchDynamicLayerBackMode, Functionalize, Conjugate, "
    "Negative, ZeroTensor, ADInplaceOrView, AutogradOther, AutogradCPU, AutogradCUDA, "
    "AutogradHIP, AutogradXLA, AutogradMPS, AutogradIPU, AutogradXPU, AutogradHPU, AutogradVE, "
    "AutogradLazy, AutogradMTIA, AutogradMAIA, AutogradPrivateUse1, AutogradPrivateUse2, "
    "AutogradPrivateUse3, AutogradMeta, AutogradNestedTensor, Tracer, AutocastCPU, "
    "AutocastMTIA, AutocastMAIA, AutocastXPU, AutocastMPS, AutocastCUDA, FuncTorchBatched, "
    "BatchedNestedTensor, FuncTorchVmapMode, Batched, VmapMode, FuncTorchGradWrapper, "
    "PythonTLSSnapshot, FuncTorchDynamicLayerFrontMode, PreDispatch, PythonDispatcher")


def _no_cpu_kernel(name: str, out, tensors: tuple = ()) -> Exception:
    """The first line of the dispatcher's error (PyTorch goes on with one line
    per registered kernel, naming files of its build; gradsh stops here).
    With out= and an input that requires grad, autograd's error comes first."""
    if out is not None and autograd.is_grad_enabled() and any(
            isinstance(t, Tensor) and t.requires_grad for t in tensors):
        return RuntimeError(f"{name}(): functions with out=... arguments don't support "
                            "automatic differentiation, but one of the arguments requires "
                            "grad.")
    overload = f"aten::{name}" + (".out" if out is not None else "")
    backends = _BACKENDS.replace("Meta, ", "Meta, MkldnnCPU, ", 1) if name.startswith("mkldnn") \
        else _BACKENDS
    return NotImplementedError(
        f"Could not run '{overload}' with arguments from the 'CPU' backend. This could be "
        "because the operator doesn't exist for this backend, or was omitted during the "
        "selective/custom build process (if using custom build). If you are a Facebook "
        "employee using PyTorch on mobile, please visit https://fburl.com/ptmfixes for possible "
        f"resolutions. '{overload}' is only available for these backends: [{backends}].")


@op("cudnn_convolution", summary="cuDNN's convolution (CUDA only: an error on the CPU).",
    method=False, differentiable=False)
@_writes_out
def cudnn_convolution(input, weight, padding, stride, dilation, groups, benchmark,
                      deterministic, allow_tf32, *, out=None):
    raise _no_cpu_kernel("cudnn_convolution", out, (input, weight))


@op("cudnn_batch_norm", summary="cuDNN's batch norm (CUDA only: an error on the CPU).",
    method=False, differentiable=False)
@_writes_out
def cudnn_batch_norm(input, weight, bias, running_mean, running_var, training,
                     exponential_average_factor, epsilon, *, out=None):
    raise _no_cpu_kernel("cudnn_batch_norm", out, (input, weight, bias, running_mean,
                                                   running_var))


@op("batch_norm_elemt", summary="(input - mean) * invstd * weight + bias (CUDA only: an error "
    "on the CPU).", method=False, differentiable=False)
@_writes_out
def batch_norm_elemt(input, weight, bias, mean, invstd, eps, *, out=None):
    raise _no_cpu_kernel("batch_norm_elemt", out, (input, weight, bias, mean, invstd))


@op("mkldnn_adaptive_avg_pool2d", summary="oneDNN's adaptive average pool (MKLDNN tensors "
    "only: an error for a plain CPU tensor).", method=False, differentiable=False)
@_writes_out
def mkldnn_adaptive_avg_pool2d(input, output_size, *, out=None):
    raise _no_cpu_kernel("mkldnn_adaptive_avg_pool2d", out, (input,))


# ------------------------------------------------ removed in PyTorch 2.x
_REMOVED = "This function was deprecated since version 1.9 and is now removed."
_LSTSQ = (
    _REMOVED + " `torch.lstsq` is deprecated in favor of `torch.linalg.lstsq`.\n"
    "`torch.linalg.lstsq` has reversed arguments and does not return the QR decomposition in "
    "the returned tuple (although it returns other information about the problem).\n\n"
    "To get the QR decomposition consider using `torch.linalg.qr`.\n\n"
    "The returned solution in `torch.lstsq` stored the residuals of the solution in the "
    "last m - n columns of the returned value whenever m > n. In torch.linalg.lstsq, "
    "the residuals are in the field 'residuals' of the returned named tuple.\n\n"
    "The unpacking of the solution, as in\n"
    "X, _ = torch.lstsq(B, A).solution[:A.size(1)]\n"
    "should be replaced with:\n"
    "X = torch.linalg.lstsq(A, B).solution")
_SOLVE = (
    _REMOVED + " `torch.solve` is deprecated in favor of `torch.linalg.solve`. "
    "`torch.linalg.solve` has its arguments reversed and does not return the LU "
    "factorization.\n\n"
    "To get the LU factorization see `torch.lu`, which can be used with `torch.lu_solve` or "
    "`torch.lu_unpack`.\n"
    "X = torch.solve(B, A).solution should be replaced with:\n"
    "X = torch.linalg.solve(A, B)")
_MATRIX_RANK = (
    _REMOVED + "\nPlease use the `torch.linalg.matrix_rank` function instead. The parameter "
    "'symmetric' was renamed in `torch.linalg.matrix_rank()` to 'hermitian'.")
_SYMEIG = (
    _REMOVED + " The default behavior has changed from using the upper triangular portion of "
    "the matrix by default to using the lower triangular portion.\n\n"
    "L, _ = torch.symeig(A, upper=upper) should be replaced with:\n"
    "L = torch.linalg.eigvalsh(A, UPLO='U' if upper else 'L')\n\n"
    "and\n\n"
    "L, V = torch.symeig(A, eigenvectors=True) should be replaced with:\n"
    "L, V = torch.linalg.eigh(A, UPLO='U' if upper else 'L')")


def _lstsq_method(self, other):
    raise RuntimeError(_LSTSQ)


def _solve_method(self, other):
    raise RuntimeError(_SOLVE)


def _symeig_method(self, eigenvectors=False):
    raise RuntimeError(_SYMEIG)


@op("lstsq", summary="Removed in PyTorch 2 (use torch.linalg.lstsq): raises its message.",
    differentiable=False)
@_writes_out
def lstsq(input, A, *, out=None):
    raise RuntimeError(_LSTSQ)


@op("solve", summary="Removed in PyTorch 2 (use torch.linalg.solve): raises its message.",
    differentiable=False)
@_writes_out
def solve(input, A, *, out=None):
    raise RuntimeError(_SOLVE)


@op("matrix_rank", summary="Removed in PyTorch 2 (use torch.linalg.matrix_rank): raises its "
    "message.", method=False, differentiable=False)
@_writes_out
def matrix_rank(input, tol=None, symmetric=False, *, out=None):
    raise RuntimeError(_MATRIX_RANK)


@op("symeig", summary="Removed in PyTorch 2 (use torch.linalg.eigh): raises its message.",
    differentiable=False)
@_writes_out
def symeig(input, eigenvectors=False, upper=True, *, out=None):
    raise RuntimeError(_SYMEIG)


def _methods() -> None:
    from ..registry import OPS  # noqa: PLC0415

    OPS["lstsq"].method_impl = _lstsq_method
    OPS["solve"].method_impl = _solve_method
    OPS["symeig"].method_impl = _symeig_method


_methods()
