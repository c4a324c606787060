"""Devices and the array module that holds each device's data.

``cpu`` data lives in NumPy arrays; ``cuda:N`` data in CuPy arrays. CuPy is
imported the first time a GPU is asked for, and an import failure becomes one
clear ``RuntimeError`` (ARCHITECTURE idiom 5).
"""
from __future__ import annotations

import numpy as np

_cupy = None  # the module once imported
_cupy_error: str | None = None


class Device:
    """``torch.device``: ``device(type='cuda', index=0)``, printed ``cuda:0``."""

    __slots__ = ("type", "index")
    __gradsh_attrs__ = frozenset({"type", "index"})

    def __init__(self, type: str, index: int | None = None):
        self.type = type
        self.index = index

    def __repr__(self) -> str:
        if self.index is None:
            return f"device(type='{self.type}')"
        return f"device(type='{self.type}', index={self.index})"

    def __str__(self) -> str:
        return self.type if self.index is None else f"{self.type}:{self.index}"

    def __eq__(self, other) -> bool:
        if isinstance(other, str):
            try:
                other = parse_device(other)
            except RuntimeError:
                return False
        return isinstance(other, Device) and (self.type, self.index) == (other.type, other.index)

    def __hash__(self) -> int:
        return hash((self.type, self.index))


CPU = Device("cpu")


def parse_device(spec, index: int | None = None) -> Device:
    """Accept 'cpu', 'cuda', 'cuda:1', an int (a CUDA ordinal) or a Device."""
    if isinstance(spec, Device):
        return spec
    if isinstance(spec, bool):
        raise TypeError(f"device() received an invalid combination of arguments - got ({spec!r})")
    if isinstance(spec, int):
        return Device("cuda", spec)
    if not isinstance(spec, str):
        raise TypeError(f"device() received an invalid combination of arguments - got ({type(spec).__name__})")
    text = spec.strip()
    kind, _, ordinal = text.partition(":")
    if kind not in ("cpu", "cuda"):
        raise RuntimeError(
            "Expected one of cpu, cuda, ipu, xpu, mkldnn, opengl, opencl, ideep, hip, ve, fpga, "
            "maia, xla, lazy, vulkan, mps, meta, hpu, mtia, privateuseone device type at start "
            f"of device string: {text}")
    if ordinal:
        if not ordinal.isdigit():
            raise RuntimeError(f"Invalid device string: '{text}'")
        if index is not None:
            raise RuntimeError("type (string) must not include an index because index was passed explicitly: " + text)
        index = int(ordinal)
    if kind == "cpu":
        if index not in (None, 0):
            raise RuntimeError(f"CPU device index must be -1 or zero, got {index}")
        return CPU
    return Device("cuda", index)


def cupy_module():
    """Import CuPy on first use; a clear RuntimeError when there is no usable GPU."""
    global _cupy, _cupy_error
    if _cupy is not None:
        return _cupy
    if _cupy_error is None:
        try:
            import cupy  # noqa: PLC0415 - lazy on purpose
            count = cupy.cuda.runtime.getDeviceCount()
            if count < 1:
                _cupy_error = "no CUDA device was found"
            else:
                _cupy = cupy
                return cupy
        except ImportError:
            _cupy_error = "CuPy is not installed (pip install 'gradsh[cuda]')"
        except Exception as exc:  # driver too old, no device, ...
            _cupy_error = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    raise RuntimeError(f"CUDA is not available: {_cupy_error}")


def cuda_available() -> bool:
    try:
        cupy_module()
    except RuntimeError:
        return False
    return True


def cuda_device_count() -> int:
    if not cuda_available():
        return 0
    return int(_cupy.cuda.runtime.getDeviceCount())


def array_module(device: Device):
    """numpy for the CPU, cupy for a GPU."""
    if device.type == "cpu":
        return np
    return cupy_module()


def xp_of(array):
    """The array module that holds ``array`` (numpy or cupy)."""
    if isinstance(array, np.ndarray) or _cupy is None:
        return np
    return _cupy.get_array_module(array)


def device_of(array) -> Device:
    if isinstance(array, np.ndarray) or _cupy is None:
        return CPU
    return Device("cuda", int(array.device.id))


def to_host(array) -> np.ndarray:
    if isinstance(array, np.ndarray):
        return array
    return _cupy.asnumpy(array)


def move(array, device: Device):
    """A copy of ``array`` on ``device`` (the same object when already there)."""
    if device_of(array) == device:
        return array
    if device.type == "cpu":
        return to_host(array)
    cupy = cupy_module()
    ordinal = 0 if device.index is None else device.index
    if ordinal >= cupy.cuda.runtime.getDeviceCount():
        raise RuntimeError("CUDA error: invalid device ordinal")
    with cupy.cuda.Device(ordinal):
        return cupy.asarray(array)


def resolve_device(device: Device) -> Device:
    """'cuda' without an index means the current GPU, cuda:0."""
    if device.type == "cuda" and device.index is None:
        return Device("cuda", 0)
    return device
