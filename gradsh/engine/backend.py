"""Devices and the array module that holds each device's data.

``cpu`` data lives in NumPy arrays; ``cuda:N`` data in CuPy arrays. CuPy is
imported the first time a GPU is asked for, and an import failure becomes one
clear ``RuntimeError`` (ARCHITECTURE idiom 5).
"""
from __future__ import annotations

import numpy as np

_cupy = None  # the module once imported
_cupy_error: str | None = None
_device_count = 0  # GPUs CuPy saw when it was imported


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
        raise TypeError("device() received an invalid combination of arguments - "
                        f"got ({type(spec).__name__})")
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
            raise RuntimeError("type (string) must not include an index because index was "
                               "passed explicitly: " + text)
        index = int(ordinal)
    if kind == "cpu":
        if index not in (None, 0):
            raise RuntimeError(f"CPU device index must be -1 or zero, got {index}")
        return CPU
    return Device("cuda", index)


def kernel_cache_dir() -> str:
    """Where CuPy keeps compiled kernels: $CUPY_CACHE_DIR when the user set it,
    else ``$XDG_CACHE_HOME/gradsh/cupy`` (``~/.cache/gradsh/cupy``), so that a
    second session reuses the kernels the first one compiled."""
    import os  # noqa: PLC0415

    if os.environ.get("CUPY_CACHE_DIR"):
        return os.environ["CUPY_CACHE_DIR"]
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "gradsh", "cupy")


def _use_kernel_cache() -> None:
    """Point CuPy's on-disk kernel cache at kernel_cache_dir() before it is imported."""
    import os  # noqa: PLC0415

    os.environ.setdefault("CUPY_CACHE_DIR", kernel_cache_dir())


def cupy_module():
    """Import CuPy on first use; a clear RuntimeError when there is no usable GPU."""
    global _cupy, _cupy_error, _device_count
    if _cupy is not None:
        return _cupy
    if _cupy_error is None:
        try:
            _use_kernel_cache()
            import cupy  # noqa: PLC0415 - lazy on purpose
            count = cupy.cuda.runtime.getDeviceCount()
            if count < 1:
                _cupy_error = "no CUDA device was found"
            else:
                _cupy, _device_count = cupy, int(count)
                return cupy
        except ImportError:
            _cupy_error = "CuPy is not installed (pip install 'gradsh[cuda]')"
        except Exception as exc:  # driver too old, no device, ...
            message = str(exc).strip()
            _cupy_error = message.splitlines()[0] if message else type(exc).__name__
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
    return _device_count


def cuda_current_device() -> int:
    cupy_module()
    return int(_cupy.cuda.runtime.getDevice())


def cuda_device_name(device=None) -> str:
    """torch.cuda.get_device_name: the GPU's name, e.g. 'NVIDIA H200'."""
    index = 0 if device is None else device if isinstance(device, int) else (
        resolve_device(parse_device(device)).index)
    check_ordinal(Device("cuda", index))
    name = _cupy.cuda.runtime.getDeviceProperties(index)["name"]
    return name.decode() if isinstance(name, bytes) else str(name)


def cuda_synchronize(device=None) -> None:
    cupy_module()
    _cupy.cuda.Device().synchronize()


def check_ordinal(device: Device) -> None:
    """PyTorch's error for a GPU that does not exist (cuda:3 on a one-GPU machine)."""
    cupy_module()
    if device.index is not None and device.index >= _device_count:
        raise RuntimeError("CUDA error: invalid device ordinal")


def array_module(device: Device):
    """numpy for the CPU, cupy for a GPU (behind fusion's module, engine/fusion/,
    while fusion is on)."""
    if device.type == "cpu":
        return np
    if _cupy is None or (device.index is not None and device.index >= _device_count):
        check_ordinal(device)
    return _fused(device)


# engine/fusion/graph.Deferred once fusion is imported: a tensor's _data may be one
DEFERRED: list = [None]
# :set fusion on|off (GPU elementwise chains as single kernels, engine/fusion)
FUSION = [__import__("os").environ.get("GRADSH_FUSION", "on").lower() not in ("0", "off", "false")]


def set_fusion(on: bool) -> None:
    """Turn fusion on or off (journaled: a failing statement puts it back).
    Expressions already deferred are computed first."""
    from ..journal import note_setting  # noqa: PLC0415 - a rare call

    flush_all_deferred()
    note_setting("fusion", _restore_fusion, FUSION[0])
    FUSION[0] = bool(on)


def _restore_fusion(value: bool) -> None:
    FUSION[0] = value


def _fused(device: Device):
    if not FUSION[0]:
        return _cupy
    from .fusion import runners, state  # noqa: PLC0415 - only with a GPU

    return state.fusing_module(_cupy, resolve_device(device), runners.cupy_runner)


def xp_of(array):
    """The array module that holds ``array`` (numpy or cupy)."""
    if isinstance(array, np.ndarray):
        return np
    if type(array) is DEFERRED[0]:
        return array.module
    if _cupy is None:
        return np
    if isinstance(array, _cupy.ndarray):
        return _fused(device_of(array))
    return _cupy.get_array_module(array)


_CUDA_DEVICES: dict[int, Device] = {}  # one Device per GPU: asked on every op


def device_of(array) -> Device:
    if isinstance(array, np.ndarray):
        return CPU
    if type(array) is DEFERRED[0]:
        return array.module.device
    if _cupy is None:
        return CPU
    ordinal = array.device.id
    device = _CUDA_DEVICES.get(ordinal)
    if device is None:
        device = _CUDA_DEVICES[ordinal] = Device("cuda", int(ordinal))
    return device


def to_host(array) -> np.ndarray:
    if isinstance(array, np.ndarray):
        return array
    if type(array) is DEFERRED[0]:
        return to_host(array.materialize())
    return _cupy.asnumpy(array)


def move(array, device: Device):
    """A copy of ``array`` on ``device`` (the same object when already there)."""
    if type(array) is DEFERRED[0]:
        array = array.materialize()
    if device_of(array) == device:
        return array
    if device.type == "cpu":
        return to_host(array)
    check_ordinal(device)
    with _cupy.cuda.Device(0 if device.index is None else device.index):
        if isinstance(array, np.ndarray):
            return _cupy.asarray(array)
        return _cupy.array(array, copy=True)  # from another GPU


def resolve_device(device: Device) -> Device:
    """'cuda' without an index means the current GPU, cuda:0."""
    if device.type == "cuda" and device.index is None:
        return Device("cuda", 0)
    return device


def synchronize() -> None:
    """Wait for every GPU's queued work (timing); nothing to do before CuPy is imported."""
    if _cupy is not None:
        for index in range(_cupy.cuda.runtime.getDeviceCount()):
            _cupy.cuda.Device(index).synchronize()


def before_write(target) -> None:
    """Before an in-place write into ``target`` (a Tensor or an array):
    deferred expressions reading it are computed first (engine/fusion)."""
    if DEFERRED[0] is not None:
        from .fusion.state import before_write as compute_readers  # noqa: PLC0415

        compute_readers(target)


def flush_all_deferred() -> None:
    if DEFERRED[0] is not None:
        from .fusion.state import flush_all  # noqa: PLC0415

        flush_all()


def flush_deferred() -> None:
    """Compute the pending fused expressions (a statement's or a backward pass's end)."""
    if DEFERRED[0] is not None:
        from .fusion.state import flush_roots  # noqa: PLC0415

        flush_roots()
