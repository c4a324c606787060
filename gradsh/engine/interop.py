"""Memory shared with other objects: torch.frombuffer, torch.from_dlpack,
torch.utils.dlpack.to_dlpack, and torch.Event / torch.Stream as a CPU-only
PyTorch build has them (docs/files.md).

A tensor made here is a NumPy view of the other object's memory, so a write
through either is seen by the other, as in PyTorch.
"""
from __future__ import annotations

import numpy as np

from . import backend, dtypes
from .tensor import Tensor
from .warn_once import warn_once

NOT_WRITABLE_WARNING = (
    "The given buffer is not writable, and PyTorch does not support non-writable tensors. "
    "This means you can write to the underlying (supposedly non-writable) buffer using the "
    "tensor. You may want to copy the buffer to protect its data or make it writable before "
    "converting it to a tensor. This type of warning will be suppressed for the rest of this "
    "program. (Triggered internally at /__w/pytorch/pytorch/torch/csrc/utils/"
    "tensor_new.cpp:1556.)")


def _require_grad(tensor: Tensor, requires_grad: bool) -> Tensor:
    if requires_grad:
        if not tensor.dtype.differentiable:
            raise RuntimeError("Only Tensors of floating point and complex dtype can require "
                               "gradients")
        tensor._requires_grad = True
    return tensor


# ---------------------------------------------------------------- frombuffer
def frombuffer(*args, dtype=None, count=-1, offset=0, requires_grad=False) -> Tensor:
    """``torch.frombuffer``: a 1-D tensor over an object's buffer (bytes,
    ``array.array``, a NumPy array), sharing its memory when it is writable."""
    if len(args) != 1:
        if not args:
            raise TypeError('frombuffer() missing 1 required positional arguments: "buffer"')
        raise TypeError(f"frombuffer() takes from {len(args)} to 1 positional arguments but "
                        f"{len(args)} were given")
    if dtype is None:
        raise TypeError('frombuffer() missing 1 required positional arguments: "dtype"')
    buffer = args[0]
    dtype = dtypes.to_dtype(dtype)
    if isinstance(buffer, Tensor) or isinstance(buffer, str):
        raise ValueError("object does not implement Python buffer protocol.")
    try:
        view = memoryview(buffer)
    except TypeError:
        raise ValueError("object does not implement Python buffer protocol.") from None
    length, size = view.nbytes, dtype.itemsize
    count, offset = int(count), int(offset)
    if length <= 0 or count == 0:
        raise ValueError(f"both buffer length ({length}) and count ({count}) must not be 0")
    if offset < 0 or offset >= length:
        raise ValueError(f"offset ({offset} bytes) must be non-negative and no greater than "
                         f"buffer length ({length} bytes) minus 1")
    if count < 0 and (length - offset) % size:
        raise ValueError(f"buffer length ({length - offset} bytes) after offset ({offset} "
                         f"bytes) must be a multiple of element size ({size})")
    actual = (length - offset) // size if count < 0 else count
    if offset + actual * size > length:
        raise ValueError(f"requested buffer length ({actual} * {size} bytes) after offset "
                         f"({offset} bytes) must not be greater than actual buffer length "
                         f"({length} bytes)")
    flat = view.cast("B") if view.ndim != 1 or view.format != "B" else view
    array = np.frombuffer(flat, dtype=dtype.np, count=actual, offset=offset)
    if view.readonly:
        # PyTorch writes into the "immutable" object; gradsh copies it instead
        # (a bytes object must stay what it is), after PyTorch's warning.
        warn_once(NOT_WRITABLE_WARNING)
        array = array.copy()
    return _require_grad(Tensor._make(array, dtype), requires_grad)


# ------------------------------------------------------------------- DLPack
class PyCapsule:
    """The DLPack capsule ``to_dlpack`` returns: opaque, consumed once."""

    __slots__ = ("_array", "_dtype", "_name")
    __gradsh_attrs__ = frozenset()

    def __init__(self, array, dtype) -> None:
        self._array, self._dtype, self._name = array, dtype, "dltensor"

    def __repr__(self) -> str:
        return f'<capsule object "{self._name}" at 0x{id(self):012x}>'


PyCapsule.__module__ = "builtins"

_INVALID_CAPSULE = ("from_dlpack received an invalid capsule. Note that DLTensor capsules can "
                    "be consumed only once, so you might have already constructed a tensor "
                    "from it once.")


def to_dlpack(tensor) -> PyCapsule:
    """``torch.utils.dlpack.to_dlpack``: a capsule over the tensor's memory."""
    if not isinstance(tensor, Tensor):
        raise TypeError(f"to_dlpack(): argument 'data' (position 1) must be Tensor, not "
                        f"{type(tensor).__name__}")
    return PyCapsule(tensor._data, tensor.dtype)


def from_dlpack(ext_tensor, *, device=None, copy=None) -> Tensor:
    """``torch.from_dlpack``: a tensor sharing the memory of a tensor, a NumPy
    array, or a capsule (which it consumes)."""
    if isinstance(ext_tensor, Tensor):
        if ext_tensor.requires_grad:
            raise BufferError("Can't export tensors that require gradient, use "
                              "tensor.detach()")
        array, dtype = ext_tensor._data, ext_tensor.dtype
    elif isinstance(ext_tensor, PyCapsule):
        if ext_tensor._name != "dltensor":
            raise RuntimeError(_INVALID_CAPSULE)
        ext_tensor._name = "used_dltensor"
        array, dtype = ext_tensor._array, ext_tensor._dtype
    elif isinstance(ext_tensor, np.ndarray):
        array = ext_tensor
        dtype = dtypes.from_numpy_dtype(array.dtype)
    else:
        raise RuntimeError(_INVALID_CAPSULE)
    array = array.view()
    result = Tensor._make(array.copy() if copy else array, dtype)
    if device is not None:
        target = backend.parse_device(device)
        if target != result.device:
            result = Tensor._make(backend.move(result._data, target), dtype)
    return result


# ----------------------------------------------------------- Event, Stream
# c10::DeviceType numbers (torch.Stream.device_type) of the devices a CPU
# build can make streams and events for.
_DEVICE_TYPES = {"cpu": 0, "meta": 14}


def _stream_device(device, what: str):
    """The device of a Stream/Event: cpu (no accelerator) or meta."""
    if device is None:
        return "cpu"
    if isinstance(device, bool) or (not isinstance(device, (int, str, backend.Device))):
        raise TypeError(f"{what}(): argument 'device' (position 1) must be torch.device, not "
                        f"{type(device).__name__}")
    if isinstance(device, int):
        raise RuntimeError("Cannot access accelerator device when none is available.")
    if isinstance(device, str) and device.strip().partition(":")[0] == "meta":
        return "meta"
    kind = backend.parse_device(device).type
    if kind != "cpu":
        raise RuntimeError(f"PyTorch is not linked with support for {kind} devices")
    return "cpu"


class Stream:
    """``torch.Stream`` of a CPU-only build: always idle, no events."""

    __slots__ = ("_device",)
    __gradsh_attrs__ = frozenset({"device", "device_index", "device_type", "stream_id", "query",
                                  "synchronize", "record_event", "wait_event", "wait_stream",
                                  "is_capturing", "native_handle"})

    def __init__(self, *args, device=None, priority=0) -> None:
        if len(args) > 1:
            raise TypeError(f"Stream() takes from 0 to 1 positional arguments but {len(args)} "
                            "were given")
        self._device = _stream_device(args[0] if args else device, "Stream")

    def __repr__(self) -> str:
        return f"torch.Stream device_type={self._device}, device_index=-1, stream_id=0"

    def __eq__(self, other) -> bool:
        return isinstance(other, Stream) and other._device == self._device

    def __hash__(self) -> int:
        return hash(("Stream", self._device))

    def __enter__(self) -> "Stream":
        return self

    def __exit__(self, *exc) -> None:
        return None

    @property
    def device(self):
        return backend.CPU if self._device == "cpu" else _MetaDevice()

    device_index = property(lambda self: -1)
    device_type = property(lambda self: _DEVICE_TYPES[self._device])
    stream_id = property(lambda self: 0)

    @property
    def native_handle(self):
        raise RuntimeError("Backend doesn't support getting stream native handle.")

    def query(self) -> bool:
        return True

    def synchronize(self) -> None:
        return None

    def is_capturing(self) -> bool:
        return False

    def record_event(self, event=None):
        raise RuntimeError(f"{self._device} backend doesn't support events.")

    def wait_event(self, event) -> None:
        if not isinstance(event, Event):
            raise TypeError("wait_event(): argument 'event' must be torch.Event")
        return None

    def wait_stream(self, stream) -> None:
        if not isinstance(stream, Stream):
            raise TypeError("wait_stream(): argument 'stream' must be torch.Stream")
        raise RuntimeError(f"{self._device} backend doesn't support events.")


class _MetaDevice:
    """``device(type='meta')``, for the streams and events of the meta device."""

    __gradsh_attrs__ = frozenset({"type", "index"})
    type, index = "meta", None

    def __repr__(self) -> str:
        return "device(type='meta')"

    def __str__(self) -> str:
        return "meta"


class Event:
    """``torch.Event`` of a CPU-only build: complete from the start, never recorded."""

    __slots__ = ("_device", "_timing")
    __gradsh_attrs__ = frozenset({"device", "event_id", "query", "record", "synchronize",
                                  "wait", "elapsed_time", "ipc_handle", "from_ipc_handle"})
    __gradsh_class_attrs__ = frozenset({"from_ipc_handle"})

    def __init__(self, *args, device=None, enable_timing=False, blocking=False,
                 interprocess=False) -> None:
        if len(args) > 1:
            raise TypeError(f"Event() takes from 0 to 1 positional arguments but {len(args)} "
                            "were given")
        self._device = _stream_device(args[0] if args else device, "Event")
        self._timing = bool(enable_timing)

    def __repr__(self) -> str:
        return (f"torch.Event device_type={self._device}, device_index=-1, "
                f"event_flag={int(self._timing)}, event_id=0")

    @property
    def device(self):
        return backend.CPU if self._device == "cpu" else _MetaDevice()

    event_id = property(lambda self: 0)

    def query(self) -> bool:
        return True

    def synchronize(self) -> None:
        return None

    def record(self, stream=None):
        if stream is not None and not isinstance(stream, Stream):
            raise TypeError("record(): argument 'stream' must be torch.Stream")
        raise RuntimeError(f"{self._device} backend doesn't support events.")

    def wait(self, stream=None) -> None:
        if stream is not None and not isinstance(stream, Stream):
            raise TypeError("wait(): argument 'stream' must be torch.Stream")
        return None

    def elapsed_time(self, other) -> float:
        if not isinstance(other, Event):
            raise RuntimeError("expected other to be a torch.Event object")
        if not (self._timing and other._timing):
            raise ValueError("Both events must be created with argument 'enable_timing=True'.")
        raise ValueError("Both events must be recorded before calculating elapsed time.")

    def ipc_handle(self):
        raise NotImplementedError(_IPC_ERROR)

    @staticmethod
    def from_ipc_handle(*args, **kwargs):
        raise NotImplementedError(_IPC_ERROR)


_IPC_ERROR = ("torch.Event ipc is not supported yet, please open an issue if you need this!")
Stream.__module__ = Event.__module__ = "torch"
