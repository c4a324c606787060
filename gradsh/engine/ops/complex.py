"""Complex tensors: real and imaginary parts, conjugation, polar form.

complex64 and complex128 are NumPy's complex types. ``view_as_real``,
``view_as_complex``, ``real`` and ``imag`` are views sharing memory, as in
PyTorch (``z.real`` is ``view_as_real(z)[..., 0]``, hence its
``SelectBackward0``).

Conjugation: PyTorch's ``conj()`` is lazy (a view with the conjugate bit
set). gradsh computes the conjugate at once and remembers, for
``is_conj()``, that the result came from ``conj()``; values, printing,
``resolve_conj()`` and gradients are PyTorch's, but writing into a
``conj()`` result does not write through to its source.

Backward rules here are written with PyTorch's convention for complex
gradients (the conjugate Wirtinger derivative, as ``x.grad`` of a real loss
is ``dL/dRe + i dL/dIm``), so they carry ``wirtinger = True`` and
``autograd.record`` uses them as they are; the rules of holomorphic ops
elsewhere are conjugated by ``record`` itself (``autograd.holomorphic``).
"""
from __future__ import annotations

import math
import weakref

from .. import dtypes
from ..autograd import record
from ..registry import op
from ..tensor import Tensor
from .common import as_result
from .. import limits
from .common import CHECK_SIZE_ABOVE


def _exact(rule):
    rule.wirtinger = True
    return rule


def _strided(xp):
    if xp.__name__ == "numpy":
        from numpy.lib.stride_tricks import as_strided  # noqa: PLC0415
    else:  # pragma: no cover - needs a GPU
        from cupy.lib.stride_tricks import as_strided  # noqa: PLC0415
    return as_strided


def _real_array(data, xp):
    """The float view of a complex array with a last dimension of 2."""
    parts = data.real  # a view of the real parts, the complex array's strides
    itemsize = parts.itemsize
    return _strided(xp)(parts, data.shape + (2,), data.strides + (itemsize,))


# ------------------------------------------------------------------ views
@op("view_as_real", summary="A complex tensor as a real one with a last dimension of 2 (a view).",
    example="view_as_real(tensor([1+2j, 3-4j]))", method=False)
def view_as_real(input):
    if not input.dtype.is_complex:
        raise RuntimeError("view_as_real is only supported for complex tensors")
    if is_conj(input):
        raise RuntimeError("view_as_real doesn't work on unresolved conjugated tensors.  To "
                           "resolve the conjugate tensor so you can view it as real, use "
                           "self.resolve_conj(); however, be warned that the resulting "
                           "tensor will NOT alias the original.")
    out = Tensor._make(_real_array(input._data, input._xp), dtypes.to_real(input.dtype),
                       base=input)
    return record(out, "ViewAsRealBackward0", (input,),
                  _exact(lambda g: (view_as_complex(g.contiguous()),)))


@op("view_as_complex", summary="A real tensor with a last dimension of 2 as complex (a view).",
    example="view_as_complex(tensor([[1., 2.], [3., 4.]]))", method=False)
def view_as_complex(input):
    data = input._data
    if input.dtype not in (dtypes.float32, dtypes.float64):
        if input.dtype is dtypes.float16:
            raise RuntimeError("view_as_complex is not supported for half tensors (gradsh has "
                               "no complex32)")
        raise RuntimeError("view_as_complex is only supported for half, float and double "
                           f"tensors, but got a tensor of scalar type: {input.dtype.short}")
    if data.ndim == 0 or data.shape[-1] != 2:
        raise RuntimeError("Tensor must have a last dimension of size 2")
    if data.strides[-1] != data.itemsize:
        raise RuntimeError("Tensor must have a last dimension with stride 1")
    if any((stride // data.itemsize) % 2 for stride in data.strides[:-1]):
        raise RuntimeError("Tensor must have a stride divisible by 2 for all but last dimension")
    complex_dtype = dtypes.to_complex(input.dtype)
    if input._base is not None and input.storage_offset() % 2:
        raise RuntimeError("Tensor must have a storage_offset divisible by 2")
    out = Tensor._make(data.view(complex_dtype.np)[..., 0], complex_dtype, base=input)
    return record(out, "ViewAsComplexBackward0", (input,),
                  _exact(lambda g: (view_as_real(resolve_conj(g)),)))


@op("real", summary="The real parts (a view); a real tensor itself.",
    example="real(tensor([1+2j, 3-4j]))", method=False)
def real(input):
    if not input.dtype.is_complex:
        return input
    return view_as_real(resolve_conj(input))[..., 0]


@op("imag", summary="The imaginary parts of a complex tensor (a view).",
    example="imag(tensor([1+2j, 3-4j]))", method=False)
def imag(input):
    if not input.dtype.is_complex:
        raise RuntimeError("imag is not implemented for tensors with non-complex dtypes.")
    out = view_as_real(resolve_conj(input))[..., 1]
    if is_conj(input):  # PyTorch: the imaginary part of a conjugate view has the neg bit
        _mark(_negated, out)
    return out


def _set_part(part):
    def setter(self, value):
        target = part(self)
        target.copy_(value if isinstance(value, Tensor) else
                     Tensor._make(target._xp.full(target._data.shape, value,
                                                  dtype=target.dtype.np), target.dtype))
    return setter


# Tensor.real and Tensor.imag are attributes (assignable), not methods.
Tensor.real = property(real, _set_part(real))
Tensor.imag = property(imag, _set_part(imag))
Tensor.__gradsh_attrs__ = Tensor.__gradsh_attrs__ | {"real", "imag"}
Tensor.__gradsh_settable__ = Tensor.__gradsh_settable__ | {"real", "imag"}


# ------------------------------------------------------------ construction
@op("complex", summary="real + imag * 1j from two real tensors of one floating dtype.",
    example="complex(tensor([1., 2.]), tensor([3., 4.]))", method=False)
def complex_(real, imag):
    if isinstance(real, Tensor) and real._data.size > CHECK_SIZE_ABOVE:  # an expanded view's
        limits.check_copy(real)  # result is its numel (issue 19)
    for name, value in (("real", real), ("imag", imag)):
        if not isinstance(value, Tensor):
            raise TypeError(f"complex(): argument '{name}' (position "
                            f"{1 if name == 'real' else 2}) must be Tensor, not "
                            f"{type(value).__name__}")
    if real.dtype is not imag.dtype:
        raise RuntimeError(f"Expected object of scalar type {real.dtype.short} but got scalar "
                           f"type {imag.dtype.short} for second argument")
    if real.dtype not in (dtypes.float32, dtypes.float64):
        raise RuntimeError(f"Expected both inputs to be Half, Float or Double tensors but got "
                           f"{real.dtype.short} and {imag.dtype.short}")
    xp = real._xp
    dtype = dtypes.to_complex(real.dtype)
    data = xp.asarray(real._data, dtype=dtype.np) + 1j * xp.asarray(imag._data, dtype=dtype.np)
    out = as_result(data, dtype, xp)
    return record(out, "ComplexBackward0", (real, imag),
                  _exact(lambda g: (_real_part(g), _imag_part(g))))


@op("polar", summary="abs * (cos(angle) + 1j * sin(angle)).",
    example="polar(tensor([1., 2.]), tensor([0., 1.5708]))", method=False)
def polar(abs, angle):
    if isinstance(abs, Tensor) and abs._data.size > CHECK_SIZE_ABOVE:  # an expanded view's
        limits.check_copy(abs)  # result is its numel (issue 19)
    if abs.dtype is not angle.dtype:
        raise RuntimeError(f"Expected object of scalar type {abs.dtype.short} but got scalar "
                           f"type {angle.dtype.short} for second argument")
    if abs.dtype not in (dtypes.float32, dtypes.float64):
        raise RuntimeError(f"Expected both inputs to be Half, Float or Double tensors but got "
                           f"{abs.dtype.short} and {angle.dtype.short}")
    xp = abs._xp
    dtype = dtypes.to_complex(abs.dtype)
    data = (abs._data * xp.cos(angle._data)).astype(dtype.np)
    data.imag = abs._data * xp.sin(angle._data)
    out = as_result(data, dtype, xp)

    def backward(g, result):
        # PyTorch's polar_backward: Re(conj(g) * sgn(z)) and Re(conj(g) * z * i)
        grad_conj = g.conj_physical()
        return (real(grad_conj * sgn(result)), real(grad_conj * (result * 1j)))
    return record(out, "PolarBackward0", (abs, angle), _exact(backward), saved=(out,))


def _real_part(g):
    return real(g) if g.dtype.is_complex else g


def _imag_part(g):
    return imag(g) if g.dtype.is_complex else g * 0


# ------------------------------------------------------------ conjugation
# id -> weak reference of each tensor conj() made (a WeakSet would compare
# tensors with ==, which is elementwise).
_conjugated: dict = {}


_negated: dict = {}  # the same for the negative bit (the imag of a conjugate)


def _mark(table: dict, tensor: Tensor) -> None:
    key = id(tensor)
    table[key] = weakref.ref(tensor, lambda _ref, key=key: table.pop(key, None))


def _mark_conj(tensor: Tensor) -> None:
    _mark(_conjugated, tensor)


@op("is_complex", summary="True for complex64 and complex128 tensors.",
    example="is_complex(tensor([1+2j]))", differentiable=False)
def is_complex(input):
    return input.dtype.is_complex


@op("is_conj", summary="True for the result of conj() on a complex tensor (the conjugate bit).",
    example="tensor([1+2j]).conj().is_conj()", differentiable=False)
def is_conj(input):
    ref = _conjugated.get(id(input))
    return ref is not None and ref() is input


@op("conj", summary="The complex conjugate (a real tensor itself); sets the conjugate bit.",
    example="conj(tensor([1+2j, 3-4j]))")
def conj(input):
    if not input.dtype.is_complex:
        return input
    out = as_result(input._xp.conj(input._data), input.dtype, input._xp)
    if not is_conj(input):
        _mark_conj(out)
    return record(out, "ConjBackward0", (input,), _exact(lambda g: (g.conj_physical(),)))


@op("conj_physical", summary="The complex conjugate, computed (no conjugate bit).",
    example="conj_physical(tensor([1+2j]))", inplace="conj_physical_")
def conj_physical(input):
    if not input.dtype.is_complex:
        return input
    out = as_result(input._xp.conj(input._data), input.dtype, input._xp)
    return record(out, "ConjPhysicalBackward0", (input,),
                  _exact(lambda g: (g.conj_physical(),)))


@op("resolve_conj", summary="A tensor without the conjugate bit (the same values).",
    example="tensor([1+2j]).conj().resolve_conj().is_conj()")
def resolve_conj(input):
    if not is_conj(input):
        return input
    out = Tensor._make(input._data.copy(), input.dtype)
    return record(out, "CloneBackward0", (input,), _exact(lambda g: (g,)))


@op("resolve_neg", summary="A tensor without the negative bit (the same values).",
    example="tensor([1+2j]).conj().imag.resolve_neg()")
def resolve_neg(input):
    if not is_neg(input):
        return input
    out = Tensor._make(input._data.copy(), input.dtype)
    return record(out, "CloneBackward0", (input,), _exact(lambda g: (g,)))


@op("is_neg", summary="The negative bit: True for the imag of a conj() result. As with the "
    "conjugate bit, gradsh's values are computed; the bit only records where they came from.",
    example="tensor([1+2j]).conj().imag.is_neg()", differentiable=False)
def is_neg(input):
    ref = _negated.get(id(input))
    return ref is not None and ref() is input


# ------------------------------------------------------------ polar parts
@op("angle", summary="The argument (phase) of each element, in radians.",
    example="angle(tensor([-1 + 1j, -2 + 2j, 3 - 3j])) * 180 / 3.14159")
def angle(input):
    if isinstance(input, Tensor) and input._data.size > CHECK_SIZE_ABOVE:  # an expanded view's
        limits.check_copy(input)  # result is its numel (issue 19)
    xp = input._xp
    if input.dtype.is_complex:
        out = as_result(xp.angle(input._data), dtypes.to_real(input.dtype), xp)

        def backward(g, z):
            # PyTorch's angle_backward: 0 at z == 0, else g * z / |z|^2 * i
            zero = z == 0
            return (_where(zero, g * z / (z.abs() ** 2) * 1j),)
        return record(out, "AngleBackward0", (input,), _exact(backward), saved=(input,))
    dtype = input.dtype if input.dtype.is_floating_point else dtypes.get_default_dtype()
    data = input._data.astype(dtype.np)
    values = xp.where(data < 0, math.pi, 0.0).astype(dtype.np)
    values = xp.where(xp.isnan(data), data, values)
    out = as_result(values, dtype, xp)
    return record(out, "AngleBackward0", (input,), _exact(lambda g: (g * 0,)))


def _where(zero_mask, value):
    """value with zeros where the mask is set (the nan of 0/0 removed)."""
    return value.masked_fill(zero_mask, 0)


@op("sgn", summary="z / |z| (0 at 0); for real tensors the sign.",
    example="sgn(tensor([3+4j, 7-24j, 0, 1+2j]))", inplace="sgn_")
def sgn(input):
    if not input.dtype.is_complex:
        return input.sign()
    xp = input._xp
    data = input._data
    magnitude = xp.abs(data)
    safe = xp.where(magnitude == 0, 1, magnitude).astype(magnitude.dtype)
    out = as_result(xp.where(magnitude == 0, 0, data / safe), input.dtype, xp)

    def backward(g, z, s):
        # sgn_backward: (g - s * Re(conj(s) * g)) / |z|, zero where z == 0
        magnitude = z.abs()
        return (_where(magnitude == 0, (g - s * real(s.conj() * g)) / magnitude),)
    return record(out, "SgnBackward0", (input,), _exact(backward), saved=(input, out))


def abs_backward(g, z):
    """|z|'s gradient: g * sgn(z) (real g, complex result), 0 at 0."""
    return (g * sgn(z),)


abs_backward.wirtinger = True
