"""The dtype table and PyTorch's type-promotion rules.

A :class:`DType` is a small immutable record that knows its PyTorch name, the
NumPy dtype that stores it, its category (bool < integer < floating) and the
names the legacy API uses (``FloatTensor``, ``Float`` in error messages).

Complex dtypes (complex64, complex128) form a fourth category above floating;
``differentiable`` is true for floating and complex types (what may require
grad), ``is_floating_point`` only for real floating types, as in PyTorch.
"""
from __future__ import annotations

import numpy as np

BOOL, INTEGER, FLOATING, COMPLEX = 0, 1, 2, 3


class DType:
    """A tensor element type, printed as PyTorch prints it (``torch.float32``)."""

    __slots__ = ("name", "np", "category", "legacy", "short", "itemsize", "is_signed",
                 "differentiable")
    __gradsh_attrs__ = frozenset({"is_floating_point", "is_complex", "is_signed", "itemsize"})

    def __init__(self, name: str, np_dtype: str, category: int, legacy: str, short: str):
        self.name = name
        self.np = np.dtype(np_dtype)
        self.category = category
        self.legacy = legacy  # FloatTensor, LongTensor, ...
        self.short = short  # Float, Long, ... (as in PyTorch's error messages)
        self.itemsize = self.np.itemsize
        self.is_signed = category >= FLOATING or self.np.kind == "i"
        self.differentiable = category >= FLOATING

    @property
    def is_floating_point(self) -> bool:
        return self.category == FLOATING

    @property
    def is_complex(self) -> bool:
        return self.category == COMPLEX

    def __repr__(self) -> str:
        return f"torch.{self.name}"

    __str__ = __repr__

    def __reduce__(self):  # pickling/copy keep the singleton
        return (dtype_from_name, (self.name,))


bool_ = DType("bool", "bool", BOOL, "BoolTensor", "Bool")
uint8 = DType("uint8", "uint8", INTEGER, "ByteTensor", "Byte")
int8 = DType("int8", "int8", INTEGER, "CharTensor", "Char")
int16 = DType("int16", "int16", INTEGER, "ShortTensor", "Short")
int32 = DType("int32", "int32", INTEGER, "IntTensor", "Int")
int64 = DType("int64", "int64", INTEGER, "LongTensor", "Long")
float16 = DType("float16", "float16", FLOATING, "HalfTensor", "Half")
float32 = DType("float32", "float32", FLOATING, "FloatTensor", "Float")
float64 = DType("float64", "float64", FLOATING, "DoubleTensor", "Double")
complex64 = DType("complex64", "complex64", COMPLEX, "ComplexFloatTensor", "ComplexFloat")
complex128 = DType("complex128", "complex128", COMPLEX, "ComplexDoubleTensor", "ComplexDouble")
# PyTorch's "barebones" unsigned types: creation, casts, printing and a few
# kernels only (see BAREBONES_UNSIGNED and engine/uint_support.py). They have
# no torch.UInt16Tensor constructor, but Tensor.type() names them so.
uint16 = DType("uint16", "uint16", INTEGER, "UInt16Tensor", "UInt16")
uint32 = DType("uint32", "uint32", INTEGER, "UInt32Tensor", "UInt32")
uint64 = DType("uint64", "uint64", INTEGER, "UInt64Tensor", "UInt64")
BAREBONES_UNSIGNED = frozenset({uint16, uint32, uint64})

ALL_DTYPES: tuple[DType, ...] = (
    bool_, uint8, int8, int16, int32, int64, float16, float32, float64, complex64, complex128,
    uint16, uint32, uint64,
)

# The complex type of each floating type and back (c10's toComplexType and
# toRealValueType). gradsh has no complex32: float16 maps to complex64.
_TO_COMPLEX = {float16: complex64, float32: complex64, float64: complex128}
_TO_REAL = {complex64: float32, complex128: float64}


def to_complex(dtype: "DType") -> "DType":
    """The complex dtype with ``dtype``'s precision (a complex one is itself)."""
    return dtype if dtype.category == COMPLEX else _TO_COMPLEX.get(dtype, complex64)


def to_real(dtype: "DType") -> "DType":
    """The real dtype of a complex one's parts (a real one is itself)."""
    return _TO_REAL.get(dtype, dtype)

# Every name PyTorch accepts for a dtype (torch.float, torch.long, ...).
DTYPE_NAMES: dict[str, DType] = {d.name: d for d in ALL_DTYPES}
DTYPE_NAMES.update({
    "float": float32, "double": float64, "half": float16,
    "long": int64, "int": int32, "short": int16, "char": int8, "byte": uint8,
    "cfloat": complex64, "cdouble": complex128,
})

_BY_NUMPY: dict[np.dtype, DType] = {d.np: d for d in ALL_DTYPES}

# Legacy constructors: torch.FloatTensor(...) and friends.
LEGACY_CONSTRUCTORS: dict[str, DType] = {d.legacy: d for d in ALL_DTYPES
                                          if not d.is_complex and d not in BAREBONES_UNSIGNED}

_default_float = [float32]


def sum_accumulator(dtype: DType):
    """The NumPy dtype sums and means of ``dtype`` accumulate in: float16 in
    float32, as PyTorch does; others in their own."""
    return np.float32 if dtype is float16 else dtype.np


def dtype_from_name(name: str) -> DType:
    return DTYPE_NAMES[name]


def from_numpy_dtype(np_dtype) -> DType:
    """The DType stored as ``np_dtype``; TypeError for types PyTorch lacks."""
    try:
        return _BY_NUMPY[np.dtype(np_dtype)]
    except KeyError:
        raise TypeError(
            f"can't convert np.ndarray of type numpy.{np.dtype(np_dtype).name}. The only "
            "supported types are: float64, float32, float16, complex64, complex128, int64, "
            "int32, int16, int8, uint64, uint32, uint16, uint8, and bool."
        ) from None


def get_default_dtype() -> DType:
    return _default_float[0]


def get_default_complex_dtype() -> DType:
    """complex64 while the default float type is float32, complex128 for float64."""
    return to_complex(_default_float[0])


def set_default_dtype(dtype: DType) -> None:
    if dtype.category != FLOATING:
        raise TypeError("only floating-point types are supported as the default type")
    from ..journal import note_setting  # noqa: PLC0415 - a rare call

    note_setting("default_dtype", set_default_dtype, _default_float[0])
    _default_float[0] = dtype


def promote_types(a: DType, b: DType) -> DType:
    """torch.promote_types: the smallest type both values fit in, by category."""
    if a is b:
        return a
    if a in BAREBONES_UNSIGNED or b in BAREBONES_UNSIGNED:
        # c10's promoteTypes: only a floating type absorbs uint16/32/64.
        if a.category == FLOATING:
            return a
        if b.category == FLOATING:
            return b
        raise RuntimeError("Promotion for uint16, uint32, uint64 types is not supported, "
                           f"attempted to promote {a.short} and {b.short}")
    if a.category != b.category:
        high, low = (a, b) if a.category > b.category else (b, a)
        if high.category == COMPLEX:
            # complex64 + float64 -> complex128: the wider precision wins.
            if low.category == FLOATING and low.itemsize > high.itemsize // 2:
                return to_complex(low)
            return high
        if high.category == FLOATING or low.category == BOOL:
            return high
        return high  # pragma: no cover - categories are exhaustive
    # Same category: NumPy's lattice agrees with PyTorch's for these types
    # (uint8 + int8 -> int16, float16 + float32 -> float32).
    return _BY_NUMPY[np.promote_types(a.np, b.np)]


def scalar_dtype(value) -> DType:
    """The dtype PyTorch gives a Python scalar wrapped as a number."""
    if isinstance(value, (bool, np.bool_)):
        return bool_
    if isinstance(value, (int, np.integer)):
        return int64
    if isinstance(value, (complex, np.complexfloating)):
        return get_default_complex_dtype()
    return get_default_dtype()


def _combine_categories(higher: DType | None, lower: DType | None) -> DType | None:
    # c10's combine_categories: a lower priority group only matters when it
    # belongs to a higher category than the result so far.
    if higher is None:
        return lower
    if higher.category == COMPLEX:
        return higher
    if lower is not None and lower.category == COMPLEX:
        # a complex scalar keeps a floating tensor's precision (float64 * 1j)
        return to_complex(higher) if higher.category == FLOATING else lower
    if higher.category == FLOATING:
        return higher
    if lower is not None and (higher is bool_ or lower.category == FLOATING):
        return promote_types(higher, lower)
    return higher


def result_type(*operands) -> DType:
    """PyTorch's result type for an operation on tensors and Python scalars.

    Dimensioned tensors decide first; 0-d tensors and then Python scalars
    only raise the result into a higher category (int -> float), never widen
    it inside one (float32 + 0-d float64 -> float32).
    """
    dim_result = zero_result = wrapped_result = None
    for operand in operands:
        dtype = getattr(operand, "dtype", None)
        if isinstance(dtype, DType):
            if operand.ndim > 0:
                dim_result = dtype if dim_result is None else promote_types(dim_result, dtype)
            else:
                zero_result = dtype if zero_result is None else promote_types(zero_result, dtype)
        elif operand is not None:
            dtype = scalar_dtype(operand)
            wrapped_result = (dtype if wrapped_result is None
                              else promote_types(wrapped_result, dtype))
    result = _combine_categories(dim_result, _combine_categories(zero_result, wrapped_result))
    return result if result is not None else get_default_dtype()


def to_dtype(spec, function: str = "") -> DType:
    """Accept a DType, a Python type (float -> float64 as in PyTorch) or a NumPy
    dtype; a string is refused as PyTorch refuses it (``function`` names the op
    in the message)."""
    if isinstance(spec, DType):
        return spec
    if spec is float:
        return float64
    if spec is int:
        return int64
    if spec is bool:
        return bool_
    if spec is complex:
        return complex128
    if isinstance(spec, np.dtype) or (isinstance(spec, type) and issubclass(spec, np.generic)):
        return from_numpy_dtype(spec)
    prefix = f"{function}(): " if function else ""
    raise TypeError(f"{prefix}argument 'dtype' must be torch.dtype, not {type(spec).__name__}")


DType.__module__, DType.__qualname__, DType.__name__ = "torch", "dtype", "dtype"
