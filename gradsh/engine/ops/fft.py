"""torch.fft: discrete Fourier transforms, their frequencies and shifts.

Every function is ATen's composition (SpectralOps.cpp) of the three
primitives in ``fft_kernels.py``, with ATen's checks in ATen's order, so
graphs are PyTorch's: ``fft`` of a real tensor is a full-spectrum r2c
(``FftR2CBackward0``), ``ifft`` of a real tensor the conjugate of one
(``ConjBackward0``, ``is_conj()`` true), ``fftn``/``fft2`` of a real tensor
promote it to complex first (``ToCopyBackward0``), ``hfft`` conjugates its
input before a c2r, ``n``/``s`` pad with zeros (``ConstantPadNdBackward0``)
or slice (``SliceBackward0``), and fftshift is a roll.

dtypes: integers and bools become the default float type, then float32
gives complex64 and float64 complex128; float16 raises ("Unsupported dtype
Half", as PyTorch's CPU build does).
"""
from __future__ import annotations

import math

import numpy as np

from .. import dtypes
from ..registry import op, type_name
from ..tensor import Tensor
from .common import normalize_dim
from .complex import conj, conj_physical
from .creation import _dtype_or_default, _finish
from .fft_kernels import c2c, c2r, norm_mode, r2c
from .padding import _constant_pad
from .shape import narrow, roll

_FFT = "fft"


# ------------------------------------------------------------- arguments
def _check_tensor(function: str, input) -> None:
    if not isinstance(input, Tensor):
        raise TypeError(f"{function}(): argument 'input' (position 1) must be Tensor, not "
                        f"{type_name(input)}")


def _check_int(function: str, name: str, value) -> None:
    if value is not None and (not isinstance(value, (int, np.integer)) or isinstance(value, bool)):
        raise TypeError(f"{function}(): argument '{name}' must be int, not "
                        f"{type(value).__name__}")


def _int_list(function: str, name: str, value) -> list:
    items = list(value) if isinstance(value, (list, tuple)) else [value]
    for item in items:
        if not isinstance(item, (int, np.integer)) or isinstance(item, bool):
            raise TypeError(f"{function}(): argument '{name}' must be tuple of ints, but found "
                            f"element of type {type(item).__name__} at pos {items.index(item)}")
    return [int(item) for item in items]


def _wrap(dim: int, ndim: int) -> int:
    """maybe_wrap_dim without wrapping scalars: a 0-d tensor has no dim to transform."""
    if ndim == 0:
        raise IndexError(f"Dimension specified as {dim} but tensor has no dimensions")
    return normalize_dim(dim, ndim)


def _check_size(n: int) -> None:
    if n < 1:
        raise RuntimeError(f"Invalid number of data points ({n}) specified")


def _promote(input: Tensor, require_complex: bool = False) -> Tensor:
    """ATen's promote_tensor_fft."""
    dtype = input.dtype
    if dtype.is_complex:
        return input
    if not dtype.is_floating_point:
        dtype = dtypes.get_default_dtype()
    if dtype not in (dtypes.float32, dtypes.float64):
        raise RuntimeError(f"Unsupported dtype {dtype.short}")
    if require_complex:
        dtype = dtypes.to_complex(dtype)
    return input if dtype is input.dtype else input.to(dtype)


def _resize(x: Tensor, dims, sizes) -> Tensor:
    """ATen's resize_fft_input: slice longer dims, then pad shorter ones with zeros."""
    pad = [0] * (2 * x.ndim)
    for dim, size in zip(dims, sizes):
        current = x.shape[dim]
        if current < size:
            pad[len(pad) - 2 * dim - 1] = size - current
        if current > size:
            x = narrow(x, dim, 0, size)
    return _constant_pad(x, pad, 0) if any(pad) else x


def _shape_and_dims(function: str, input: Tensor, s, dim) -> tuple[list, list]:
    """ATen's canonicalize_fft_shape_and_dim_args."""
    ndim = input.ndim
    dims = None
    if dim is not None:
        dims = [_wrap(d, ndim) for d in _int_list(function, "dim", dim)]
        if len(set(dims)) != len(dims):
            raise RuntimeError("FFT dims must be unique")
    if s is not None:
        sizes = _int_list(function, "s", s)
        if dims is not None and len(dims) != len(sizes):
            raise RuntimeError("When given, dim and shape arguments must have the same length")
        if len(sizes) > ndim:
            raise RuntimeError(f"Got shape with {len(sizes)} values but input tensor only has "
                               f"{ndim} dimensions.")
        if dims is None:
            dims = list(range(ndim - len(sizes), ndim))
        shape = [input.shape[d] if n == -1 else n for d, n in zip(dims, sizes)]
    elif dims is None:
        dims, shape = list(range(ndim)), list(input.shape)
    else:
        shape = [input.shape[d] for d in dims]
    for size in shape:
        _check_size(size)
    return shape, dims


def _c2r_shape_and_dims(function: str, input: Tensor, s, dim) -> tuple[list, list, int]:
    """canonicalize_fft_c2r_shape_and_dim_args: the one-sided input shape and
    the output size of the last dim."""
    shape, dims = _shape_and_dims(function, input, s, dim)
    if not shape:
        raise RuntimeError(f"{function} must transform at least one axis")
    if s is None or _int_list(function, "s", s)[-1] == -1:
        last_size = 2 * (input.shape[dims[-1]] - 1)
    else:
        last_size = shape[-1]
    _check_size(last_size)
    shape[-1] = last_size // 2 + 1
    return shape, dims, last_size


# ----------------------------------------------------------- one dim
def _one_dim(function: str, input, n, dim) -> None:
    _check_tensor(function, input)
    _check_int(function, "n", n)
    _check_int(function, "dim", dim)


def _c2c_1d(function: str, input: Tensor, n, dim: int, norm, forward: bool) -> Tensor:
    dim = _wrap(dim, input.ndim)
    size = input.shape[dim] if n is None else n
    _check_size(size)
    if n is not None:
        input = _resize(input, (dim,), (n,))
    return c2c(input, (dim,), norm_mode(norm, forward, function), forward)


def _r2c_1d(function: str, input: Tensor, n, dim: int, norm, forward: bool,
            onesided: bool) -> Tensor:
    name = function[4:]
    if input.dtype.is_complex:
        raise RuntimeError(f"{name} expects a real input tensor, but got {input.dtype.short}")
    input = _promote(input)
    dim = _wrap(dim, input.ndim)
    size = input.shape[dim] if n is None else n
    _check_size(size)
    if n is not None:
        input = _resize(input, (dim,), (n,))
    out = r2c(input, (dim,), norm_mode(norm, forward, function), onesided)
    return out if forward else conj(out)  # ATen: _fft_r2c has no inverse; conj of the forward


def _c2r_1d(function: str, input: Tensor, n, dim: int, norm, forward: bool) -> Tensor:
    input = _promote(input, require_complex=True)
    dim = _wrap(dim, input.ndim)
    size = 2 * (input.shape[dim] - 1) if n is None else n
    _check_size(size)
    if n is not None:
        input = _resize(input, (dim,), (size // 2 + 1,))
    mode = norm_mode(norm, forward, function)
    if forward:  # hfft: _fft_c2r has no forward transform; conjugate the input
        input = conj(input)
    return c2r(input, (dim,), mode, size)


_SIGNATURE_1D = "{}(input, n=None, dim=-1, norm=None)"
_SIGNATURE_ND = "{}(input, s=None, dim={}, norm=None)"


@op("fft_fft", summary="The one-dimensional discrete Fourier transform.",
    example="torch.fft.fft(arange(4.))", method=False, function=False,
    namespaces={_FFT: ("fft",)}, signature=_SIGNATURE_1D.format("fft"))
def fft(input, n=None, dim=-1, norm=None):
    _one_dim("fft_fft", input, n, dim)
    if input.dtype.is_complex:
        return _c2c_1d("fft_fft", input, n, dim, norm, True)
    return _r2c_1d("fft_fft", input, n, dim, norm, True, onesided=False)


@op("fft_ifft", summary="The one-dimensional inverse discrete Fourier transform.",
    example="torch.fft.ifft(tensor([6.+0.j, -2.+2.j, -2.+0.j, -2.-2.j]))", method=False,
    function=False, namespaces={_FFT: ("ifft",)}, signature=_SIGNATURE_1D.format("ifft"))
def ifft(input, n=None, dim=-1, norm=None):
    _one_dim("fft_ifft", input, n, dim)
    if input.dtype.is_complex:
        return _c2c_1d("fft_ifft", input, n, dim, norm, False)
    return _r2c_1d("fft_ifft", input, n, dim, norm, False, onesided=False)


@op("fft_rfft", summary="The one-sided Fourier transform of a real signal (n // 2 + 1 values).",
    example="torch.fft.rfft(arange(4.))", method=False, function=False,
    namespaces={_FFT: ("rfft",)}, signature=_SIGNATURE_1D.format("rfft"))
def rfft(input, n=None, dim=-1, norm=None):
    _one_dim("fft_rfft", input, n, dim)
    return _r2c_1d("fft_rfft", input, n, dim, norm, True, onesided=True)


@op("fft_irfft", summary="The inverse of rfft: a real signal from a one-sided spectrum.",
    example="torch.fft.irfft(torch.fft.rfft(arange(4.)))", method=False, function=False,
    namespaces={_FFT: ("irfft",)}, signature=_SIGNATURE_1D.format("irfft"))
def irfft(input, n=None, dim=-1, norm=None):
    _one_dim("fft_irfft", input, n, dim)
    return _c2r_1d("fft_irfft", input, n, dim, norm, False)


@op("fft_hfft", summary="The Fourier transform of a Hermitian-symmetric signal (a real result).",
    example="torch.fft.hfft(tensor([1.+0.j, 2.-1.j, 3.+0.j]))", method=False, function=False,
    namespaces={_FFT: ("hfft",)}, signature=_SIGNATURE_1D.format("hfft"))
def hfft(input, n=None, dim=-1, norm=None):
    _one_dim("fft_hfft", input, n, dim)
    return _c2r_1d("fft_hfft", input, n, dim, norm, True)


@op("fft_ihfft", summary="The inverse of hfft: the one-sided inverse transform of a real signal.",
    example="torch.fft.ihfft(arange(5.))", method=False, function=False,
    namespaces={_FFT: ("ihfft",)}, signature=_SIGNATURE_1D.format("ihfft"))
def ihfft(input, n=None, dim=-1, norm=None):
    _one_dim("fft_ihfft", input, n, dim)
    return _r2c_1d("fft_ihfft", input, n, dim, norm, False, onesided=True)


# ------------------------------------------------------------- n dims
def _fftn(function: str, input, s, dim, norm, forward: bool) -> Tensor:
    _check_tensor(function, input)
    shape, dims = _shape_and_dims(function, input, s, dim)
    x = _resize(_promote(input, require_complex=True), dims, shape)
    return c2c(x, tuple(dims), norm_mode(norm, forward, function), forward)


def _rfftn(function: str, input, s, dim, norm) -> Tensor:
    _check_tensor(function, input)
    if input.dtype.is_complex:
        raise RuntimeError(f"rfftn expects a real-valued input tensor, but got "
                           f"{input.dtype.short}")
    shape, dims = _shape_and_dims(function, input, s, dim)
    if not shape:
        raise RuntimeError("rfftn must transform at least one axis")
    x = _resize(_promote(input), dims, shape)
    return r2c(x, tuple(dims), norm_mode(norm, True, function), True)


def _irfftn(function: str, input, s, dim, norm) -> Tensor:
    _check_tensor(function, input)
    shape, dims, last_size = _c2r_shape_and_dims("irfftn", input, s, dim)
    x = _resize(_promote(input, require_complex=True), dims, shape)
    return c2r(x, tuple(dims), norm_mode(norm, False, function), last_size)


def _hfftn(function: str, input, s, dim, norm) -> Tensor:
    _check_tensor(function, input)
    shape, dims, last_size = _c2r_shape_and_dims("hfftn", input, s, dim)
    x = _resize(_promote(input, require_complex=True), dims, shape)
    mode = norm_mode(norm, True, function)
    if len(dims) > 1:
        x = c2c(x, tuple(dims[:-1]), mode, True)
    return c2r(conj(x), (dims[-1],), mode, last_size)


def _ihfftn(function: str, input, s, dim, norm) -> Tensor:
    _check_tensor(function, input)
    shape, dims = _shape_and_dims(function, input, s, dim)
    if not shape:
        raise RuntimeError("ihfftn must transform at least one axis")
    if input.dtype.is_complex:  # _fft_r2c's own check
        raise RuntimeError(f"Only supports floating-point dtypes, but found: "
                           f"{input.dtype.short}")
    x = _resize(_promote(input), dims, shape)
    mode = norm_mode(norm, False, function)
    half = r2c(x, (dims[-1],), mode, True)
    if len(dims) == 1:
        return conj(half)
    return c2c(conj_physical(half), tuple(dims[:-1]), mode, False)


def _declare_nd(name: str, summary: str, example: str, default_dim, compute):
    def function(input, s=None, dim=default_dim, norm=None):
        return compute(f"fft_{name}", input, s, dim, norm)

    function.__doc__ = summary
    op(f"fft_{name}", summary=summary, example=example, method=False, function=False,
       namespaces={_FFT: (name,)},
       signature=_SIGNATURE_ND.format(name, default_dim))(function)
    return function


_TWO = (-2, -1)
fft2 = _declare_nd("fft2", "The two-dimensional discrete Fourier transform (of the last 2 dims).",
                   "torch.fft.fft2(eye(2))", _TWO,
                   lambda *a: _fftn(*a, forward=True))
ifft2 = _declare_nd("ifft2", "The two-dimensional inverse discrete Fourier transform.",
                    "torch.fft.ifft2(eye(2))", _TWO, lambda *a: _fftn(*a, forward=False))
fftn = _declare_nd("fftn", "The n-dimensional discrete Fourier transform (all dims by default).",
                   "torch.fft.fftn(eye(2))", None, lambda *a: _fftn(*a, forward=True))
ifftn = _declare_nd("ifftn", "The n-dimensional inverse discrete Fourier transform.",
                    "torch.fft.ifftn(eye(2))", None, lambda *a: _fftn(*a, forward=False))
rfft2 = _declare_nd("rfft2", "The two-dimensional Fourier transform of a real signal (one-sided).",
                    "torch.fft.rfft2(eye(2))", _TWO, _rfftn)
irfft2 = _declare_nd("irfft2", "The inverse of rfft2 (a real result).",
                     "torch.fft.irfft2(torch.fft.rfft2(eye(2)))", _TWO, _irfftn)
rfftn = _declare_nd("rfftn", "The n-dimensional Fourier transform of a real signal (one-sided).",
                    "torch.fft.rfftn(eye(2))", None, _rfftn)
irfftn = _declare_nd("irfftn", "The inverse of rfftn (a real result).",
                     "torch.fft.irfftn(torch.fft.rfftn(eye(2)))", None, _irfftn)
hfft2 = _declare_nd("hfft2", "The two-dimensional Fourier transform of a Hermitian signal.",
                    "torch.fft.hfft2(torch.fft.ihfft2(eye(2)))", _TWO, _hfftn)
ihfft2 = _declare_nd("ihfft2", "The two-dimensional inverse of hfft2 (one-sided).",
                     "torch.fft.ihfft2(eye(2))", _TWO, _ihfftn)
hfftn = _declare_nd("hfftn", "The n-dimensional Fourier transform of a Hermitian signal.",
                    "torch.fft.hfftn(torch.fft.ihfftn(eye(2)))", None, _hfftn)
ihfftn = _declare_nd("ihfftn", "The n-dimensional inverse of hfftn (one-sided).",
                     "torch.fft.ihfftn(eye(2))", None, _ihfftn)


# ------------------------------------------------------- frequencies
def _frequencies(name: str, n, d, dtype, device, requires_grad, count: int, values) -> Tensor:
    _check_int(f"fft_{name}", "n", n)
    dtype = _dtype_or_default(dtype)
    if not (dtype.is_floating_point or dtype.is_complex):
        raise RuntimeError(f"{name} requires a floating point or complex dtype")
    if dtype.is_complex:
        raise NotImplementedError(f"\"arange_cpu\" not implemented for '{dtype.short}'")
    if count < 0:
        raise RuntimeError(f"Trying to create tensor with negative dimension {count}: [{count}]")
    span = n * float(d)
    # ATen multiplies by 1.0 / (n * d) in the tensor's type (inf for a zero span).
    scale = 1.0 / span if span != 0 else math.copysign(math.inf, span)
    array = values.astype(dtype.np) * dtype.np.type(scale)
    return _finish(array, dtype, device, requires_grad)


def _truncated_half(n: int) -> int:
    """C++'s n / 2 (towards zero)."""
    return -(-n // 2) if n < 0 else n // 2


@op("fft_fftfreq", summary="The sample frequencies of an n-point fft with sample spacing d.",
    example="torch.fft.fftfreq(5)", method=False, function=False, differentiable=False,
    namespaces={_FFT: ("fftfreq",)},
    signature="fftfreq(n, d=1.0, *, dtype=None, device=None, requires_grad=False)")
def fftfreq(n, d=1.0, *, dtype=None, layout=None, device=None, requires_grad=False,
            pin_memory=False):
    count = int(n) if isinstance(n, (int, np.integer)) else 0
    values = np.arange(max(count, 0), dtype=np.float64)
    values[(count + 1) // 2:] = np.arange(-(count // 2), 0)
    return _frequencies("fftfreq", n, d, dtype, device, requires_grad, count, values)


@op("fft_rfftfreq", summary="The sample frequencies of an n-point rfft (n // 2 + 1 of them).",
    example="torch.fft.rfftfreq(5)", method=False, function=False, differentiable=False,
    namespaces={_FFT: ("rfftfreq",)},
    signature="rfftfreq(n, d=1.0, *, dtype=None, device=None, requires_grad=False)")
def rfftfreq(n, d=1.0, *, dtype=None, layout=None, device=None, requires_grad=False,
             pin_memory=False):
    count = _truncated_half(int(n)) + 1 if isinstance(n, (int, np.integer)) else 0
    values = np.arange(max(count, 0), dtype=np.float64)
    return _frequencies("rfftfreq", n, d, dtype, device, requires_grad, max(count, 0), values)


# ------------------------------------------------------------- shifts
def _shift(function: str, input, dim, shift_of) -> Tensor:
    _check_tensor(function, input)
    if dim is None:
        dims = list(range(input.ndim))
    else:
        dims = [normalize_dim(d, input.ndim) for d in _int_list(function, "dim", dim)]
    if not dims:
        raise RuntimeError("`shifts` required")
    return roll(input, [shift_of(input.shape[d]) for d in dims], dims)


@op("fft_fftshift", summary="Move the zero frequency to the centre (a roll by size // 2).",
    example="torch.fft.fftshift(torch.fft.fftfreq(4))", method=False, function=False,
    namespaces={_FFT: ("fftshift",)}, signature="fftshift(input, dim=None)")
def fftshift(input, dim=None):
    return _shift("fft_fftshift", input, dim, lambda size: size // 2)


@op("fft_ifftshift", summary="The inverse of fftshift (a roll by (size + 1) // 2).",
    example="torch.fft.ifftshift(torch.fft.fftshift(torch.fft.fftfreq(5)))", method=False,
    function=False, namespaces={_FFT: ("ifftshift",)}, signature="ifftshift(input, dim=None)")
def ifftshift(input, dim=None):
    return _shift("fft_ifftshift", input, dim, lambda size: (size + 1) // 2)
