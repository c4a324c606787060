"""The three FFT primitives of ATen: ``_fft_c2c``, ``_fft_r2c``, ``_fft_c2r``.

torch.fft's functions (``fft.py``) are compositions of these, as in ATen's
SpectralOps.cpp, so their graphs and grad_fn names are PyTorch's
(``FftC2CBackward0``, ``FftR2CBackward0``, ``FftC2RBackward0``). The arrays
come from NumPy's (or CuPy's) ``fft`` module in the input's precision.

A normalisation *mode* is ATen's ``fft_norm_mode``: no scaling, 1/sqrt(n) or
1/n, applied to a transform of either sign. The backward rules are
FunctionsManual.cpp's, in PyTorch's convention for complex gradients
(``wirtinger = True``): the adjoint of a DFT is the DFT of the opposite sign
with the same scaling; r2c's adjoint fills the missing half with zeros and
keeps the real part, c2r's doubles the entries whose mirror images the
one-sided input leaves out.
"""
from __future__ import annotations

from .. import dtypes
from ..autograd import record
from ..tensor import Tensor
from .common import as_result
from .complex import real
from .padding import _constant_pad

NONE, BY_ROOT_N, BY_N = 0, 1, 2  # ATen's fft_norm_mode

# NumPy's norm= for a mode, by the transform's sign (NumPy's "backward"
# leaves the forward transform unscaled and divides the inverse by n).
_NUMPY_NORM = {True: {NONE: "backward", BY_ROOT_N: "ortho", BY_N: "forward"},
               False: {NONE: "forward", BY_ROOT_N: "ortho", BY_N: "backward"}}


def norm_mode(norm, forward: bool, function: str) -> int:
    """ATen's norm_from_string: what "backward"/"forward"/"ortho" mean for
    a transform of this direction."""
    if norm is not None and not isinstance(norm, str):
        raise TypeError(f"{function}(): argument 'norm' must be str, not {type(norm).__name__}")
    if norm is None or norm == "backward":
        return NONE if forward else BY_N
    if norm == "forward":
        return BY_N if forward else NONE
    if norm == "ortho":
        return BY_ROOT_N
    raise RuntimeError(f'Invalid normalization mode: "{norm}"')


def _exact(rule):
    rule.wirtinger = True  # written in PyTorch's convention: record uses it as it is
    return rule


def _real(g: Tensor) -> Tensor:
    return real(g)


def _pad_last(g: Tensor, dim: int, amount: int) -> Tensor:
    pad = [0] * (2 * g.ndim)
    pad[2 * (g.ndim - dim) - 1] = amount
    return _constant_pad(g, pad, 0)


# ------------------------------------------------------------------- c2c
def c2c(input: Tensor, dims: tuple, mode: int, forward: bool) -> Tensor:
    """_fft_c2c: a complex DFT over dims (the sign of forward), scaled by mode."""
    xp = input._xp
    if dims:
        transform = xp.fft.fftn if forward else xp.fft.ifftn
        array = transform(input._data, axes=dims, norm=_NUMPY_NORM[forward][mode])
    else:
        array = input._data.copy()
    out = as_result(array, input.dtype, xp)
    return record(out, "FftC2CBackward0", (input,),
                  _exact(lambda g: (c2c(g, dims, mode, not forward),)))


# ------------------------------------------------------------------- r2c
def _mirror(half, xp, dim: int, size: int):
    """The full spectrum of a real signal from its one-sided half (one dim):
    X[k] = conj(X[size - k]), as ATen fills it."""
    count = half.shape[dim]
    rest = size - count
    if rest <= 0:
        return half
    source = [slice(None)] * half.ndim
    source[dim] = slice(rest, 0, -1)  # size - k for k = count .. size - 1
    return xp.concatenate([half, xp.conj(half[tuple(source)])], axis=dim)


def r2c(input: Tensor, dims: tuple, mode: int, onesided: bool) -> Tensor:
    """_fft_r2c: the DFT of a real tensor; one-sided halves the last of dims."""
    xp = input._xp
    last = dims[-1]
    size = input.shape[last]
    array = xp.fft.rfftn(input._data, axes=dims, norm=_NUMPY_NORM[True][mode])
    if not onesided:  # ATen only asks for the full spectrum over one dim
        array = _mirror(array, xp, last, size)
    out = as_result(array, dtypes.to_complex(input.dtype), xp)

    def backward(g):
        if not onesided:
            return (_real(c2c(g, dims, mode, False)),)
        missing = size - g.shape[last]
        full = _pad_last(g, last, missing) if missing > 0 else g
        return (_real(c2c(full, dims, mode, False)),)
    return record(out, "FftR2CBackward0", (input,), _exact(backward))


# ------------------------------------------------------------------- c2r
def c2r(input: Tensor, dims: tuple, mode: int, last_size: int) -> Tensor:
    """_fft_c2r: the real inverse DFT of a one-sided Hermitian spectrum; the
    last of dims has last_size // 2 + 1 entries and gives last_size."""
    xp = input._xp
    sizes = [input.shape[d] for d in dims[:-1]] + [last_size]
    array = xp.fft.irfftn(input._data, s=sizes, axes=dims, norm=_NUMPY_NORM[False][mode])
    out = as_result(array, dtypes.to_real(input.dtype), xp)
    last = dims[-1]

    def backward(g):
        grad = r2c(g, dims, mode, True)
        double = g.shape[last] - grad.shape[last]
        if double > 0:
            weight = xp.ones(grad.shape[last], dtype=dtypes.to_real(grad.dtype).np)
            weight[1:1 + double] = 2
            shape = [1] * grad.ndim
            shape[last] = grad.shape[last]
            grad = grad * Tensor._make(weight.reshape(shape), dtypes.to_real(grad.dtype))
        return (grad,)
    return record(out, "FftC2RBackward0", (input,), _exact(backward))
