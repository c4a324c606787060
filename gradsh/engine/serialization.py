"""torch.save, torch.load and torch.from_file (docs/files.md).

Files in PyTorch's zip format (``torch.save`` since 1.6): ``NAME/data.pkl``
(protocol-2 pickle whose tensors refer to storages by persistent id
``('storage', torch.FloatStorage, key, location, numel)``), ``NAME/data/<key>``
(each storage's raw little-endian bytes, 64-byte aligned), and the small
records PyTorch writes beside them.  Loading is PyTorch's ``weights_only=True``
and nothing else: see pickle_reader.py.  zipfile and pickle load on first use.
"""
from __future__ import annotations

import hashlib
import os
import struct

from . import backend, dtypes, limits

_ALIGNMENT = 64


def _path(f, action: str) -> str:
    if isinstance(f, str):
        return os.path.expanduser(f)
    if action == "save":
        raise AttributeError("expected 'f' to be string, path, or a file-like object with a "
                             "'write' attribute")
    raise AttributeError(f"'{type(f).__name__}' object has no attribute 'seek'. You can only "
                         "torch.load from a file that is seekable. Please pre-load the data "
                         "into a buffer like io.BytesIO and try to load from it instead.")


# --------------------------------------------------------------------- save
def save(obj, f, pickle_module=None, pickle_protocol=2, _use_new_zipfile_serialization=True,
         _disable_byteorder_record=False) -> None:
    """``torch.save(obj, path)`` in PyTorch's zip format."""
    import tempfile  # noqa: PLC0415
    import zipfile  # noqa: PLC0415

    from .pickle_writer import DataPickler  # noqa: PLC0415

    path = _path(f, "save")
    if pickle_module is not None or pickle_protocol != 2 or not _use_new_zipfile_serialization:
        raise ValueError("gradsh: torch.save writes PyTorch's default format only (no "
                         "pickle_module, pickle_protocol=2, the zip format)")
    pickler = DataPickler()
    data = pickler.dump(obj)
    records = list(pickler.storages.values())  # in the order first met, as PyTorch
    limits.check_bytes(sum(r.array.nbytes for r in records), "the storages to save")
    name = os.path.splitext(os.path.basename(path))[0] or "archive"
    entries = [("data.pkl", data), (".format_version", b"1"),
               (".storage_alignment", str(_ALIGNMENT).encode()), ("byteorder", b"little")]
    entries += [(f"data/{r.key}", _little_endian(r.array)) for r in records]
    entries += [("version", b"3\n"),
                (".data/serialization_id", _serialization_id(data))]
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise RuntimeError(f"Parent directory {os.path.dirname(path) or folder} does not exist.")
    if os.path.isdir(path):
        raise RuntimeError("[enforce fail at inline_container.cc:747] . open file failed with "
                           "strerror: Is a directory")
    handle, temporary = tempfile.mkstemp(suffix=".pt", dir=folder)
    try:
        with os.fdopen(handle, "wb") as stream:
            with zipfile.ZipFile(stream, "w", zipfile.ZIP_STORED) as archive:
                for record, payload in entries:
                    _write_aligned(archive, stream, f"{name}/{record}", payload)
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def _little_endian(array):
    import numpy as np  # noqa: PLC0415

    contiguous = np.ascontiguousarray(array)
    if contiguous.dtype.byteorder == ">":
        contiguous = contiguous.astype(contiguous.dtype.newbyteorder("<"))
    return memoryview(contiguous).cast("B") if contiguous.size else b""


def _serialization_id(data: bytes) -> bytes:
    """40 decimal digits, as PyTorch's; gradsh derives them from the pickle
    (PyTorch's come from a random number and a counter)."""
    digest = int(hashlib.sha1(data).hexdigest(), 16) % 10 ** 40
    return f"{digest:040d}".encode()


def _write_aligned(archive, stream, name: str, payload) -> None:
    """A stored record whose data starts on a 64-byte boundary, padded with
    an ``FB`` extra field as PyTorch's writer does."""
    import zipfile  # noqa: PLC0415

    info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_STORED
    start = stream.tell() + 30 + len(name.encode()) + 4
    padding = (-start) % _ALIGNMENT
    info.extra = b"FB" + struct.pack("<H", padding) + b"Z" * padding
    archive.writestr(info, payload)


# --------------------------------------------------------------------- load
def load(f, map_location=None, pickle_module=None, *, weights_only=None, mmap=None,
         **pickle_load_args):
    """``torch.load(path)``: tensors and plain data only (weights_only=True)."""
    import zipfile  # noqa: PLC0415

    if weights_only is False or (weights_only is None and pickle_module is not None):
        raise ValueError("gradsh: torch.load(weights_only=False) is not supported: gradsh "
                         "loads tensors and plain data only (weights_only=True), never code")
    if pickle_module is not None:
        raise RuntimeError("Can not safely load weights when explicit pickle_module is "
                           "specified")
    if pickle_load_args:
        raise ValueError("Weights only load failed. weights_only=True does not take "
                         f"unpickler arguments ({', '.join(sorted(pickle_load_args))})")
    path = _path(f, "load")
    map_device = _map_location(map_location)
    with open(path, "rb") as stream:
        if not zipfile.is_zipfile(stream):
            raise RuntimeError(f"gradsh: torch.load reads PyTorch's zip format (torch.save "
                               f"since PyTorch 1.6); {path} is not a zip archive")
        stream.seek(0)
        try:
            archive = zipfile.ZipFile(stream)
        except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
            raise RuntimeError(f"PytorchStreamReader failed reading zip archive: "
                               f"{_first_line(exc)}") from None
        try:
            with archive:
                return _load_archive(archive, path, map_device)
        except zipfile.BadZipFile as exc:
            raise RuntimeError(f"PytorchStreamReader failed reading zip archive: "
                               f"{_first_line(exc)}") from None


def _load_archive(archive, path: str, map_device):
    import io  # noqa: PLC0415

    from .pickle_reader import RestrictedUnpickler, UnpicklingError  # noqa: PLC0415
    from .pickle_rebuild import Rebuilder, read_storage  # noqa: PLC0415

    infos = archive.infolist()
    limits.check_bytes(sum(info.file_size for info in infos), f"the records of {path}")
    prefix = infos[0].filename.split("/", 1)[0] if infos else ""
    names = {info.filename for info in infos}
    if f"{prefix}/data.pkl" not in names:
        raise RuntimeError("PytorchStreamReader failed locating file data.pkl: file "
                           "not found")
    big_endian = f"{prefix}/byteorder" in names and \
        archive.read(f"{prefix}/byteorder") == b"big"
    storages: dict = {}

    def storage_loader(pid):
        return _storage(pid, storages, archive, prefix, big_endian, map_device,
                        read_storage)

    data = archive.read(f"{prefix}/data.pkl")
    unpickler = RestrictedUnpickler(io.BytesIO(data), Rebuilder(map_device),
                                    storage_loader)
    try:
        return unpickler.load()
    except UnpicklingError:
        raise
    except MemoryError:
        raise
    except (pickle_errors() + (KeyError, IndexError, TypeError, ValueError,
                               AttributeError, EOFError, struct.error,
                               OverflowError, UnicodeDecodeError)) as exc:
        if getattr(exc, "gradsh_notes", None) or str(exc).startswith("gradsh:"):
            raise
        from .pickle_reader import weights_only_error  # noqa: PLC0415

        raise weights_only_error(_first_line(exc) or type(exc).__name__) from None


def pickle_errors() -> tuple:
    import pickle  # noqa: PLC0415

    return (pickle.UnpicklingError,)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else ""


def _map_location(map_location):
    """The one device every storage goes to (None: where it was saved)."""
    if map_location is None:
        return None
    if isinstance(map_location, dict):
        targets = {backend.parse_device(v) for v in map_location.values()}
        if len(targets) > 1:
            raise ValueError("gradsh: torch.load's map_location dict must map to one device")
        return targets.pop() if targets else None
    if callable(map_location) and not isinstance(map_location, (str, backend.Device)):
        raise ValueError("gradsh: torch.load's map_location is a device, a string or a dict "
                         "(gradsh has no storage objects to pass to a function)")
    return backend.parse_device(map_location)


def _storage(pid, storages: dict, archive, prefix: str, big_endian: bool, map_device,
             read_storage):
    from .pickle_reader import StorageType, weights_only_error  # noqa: PLC0415
    from .pickle_rebuild import LoadedStorage  # noqa: PLC0415

    if len(pid) != 5:
        raise weights_only_error("a storage's persistent id has 5 fields")
    _, storage_type, key, location, numel = pid
    if not isinstance(storage_type, StorageType) or not isinstance(key, str) or \
            not isinstance(location, str) or not isinstance(numel, int) or numel < 0:
        raise weights_only_error("bad persistent id for a storage")
    if key in storages:
        return storages[key]
    device = map_device if map_device is not None else _location_device(location)
    device = backend.resolve_device(device) if device.type == "cuda" else device
    array = read_storage(archive, f"{prefix}/data/{key}", storage_type.dtype, numel,
                         big_endian)
    storages[key] = LoadedStorage(storage_type.dtype, array, device)
    return storages[key]


def _location_device(location: str):
    if location == "cpu":
        return backend.CPU
    if location.startswith("cuda"):
        if not backend.cuda_available():
            raise RuntimeError(
                "Attempting to deserialize object on a CUDA device but "
                "torch.cuda.is_available() is False. If you are running on a CPU-only machine, "
                "please use torch.load with map_location=torch.device('cpu') to map your "
                "storages to the CPU.")
        return backend.parse_device(location)
    raise RuntimeError(f"don't know how to restore data location of "
                       f"torch.storage.UntypedStorage (tagged with {location})")


# ---------------------------------------------------------------- from_file
def from_file(filename, shared=None, size=0, *, dtype=None, layout=None, device=None,
              pin_memory=False, requires_grad=False):
    """``torch.from_file``: ``size`` elements read from a file.  gradsh only
    reads: ``shared=True`` (which writes the tensor's changes to the file) is refused."""
    import numpy as np  # noqa: PLC0415

    from .tensor import Tensor  # noqa: PLC0415

    if shared:
        raise ValueError("gradsh: torch.from_file(shared=True) would write the tensor's "
                         "changes to the file; gradsh only reads files (shared=False)")
    if not isinstance(filename, str):
        raise TypeError(f"from_file(): argument 'filename' (position 1) must be str, not "
                        f"{type(filename).__name__}")
    dtype = dtypes.get_default_dtype() if dtype is None else dtypes.to_dtype(dtype)
    size = int(size)
    if size < 0:
        raise RuntimeError(f"Trying to create tensor with negative dimension {size}: [{size}]")
    nbytes = size * dtype.itemsize
    limits.check_allocation((size,), dtype)
    try:
        stream = open(os.path.expanduser(filename), "rb")
    except OSError as exc:
        raise RuntimeError(f"unable to open file <{filename}> in read-only mode: "
                           f"{exc.strerror} ({exc.errno})") from None
    with stream:
        length = os.fstat(stream.fileno()).st_size
        if nbytes and length < nbytes:
            raise RuntimeError(f"file <{filename}> size <{length}> is smaller than the required "
                               f"mapping size <{nbytes}>")
        array = np.empty(size, dtype=dtype.np)
        if nbytes:
            stream.readinto(memoryview(array).cast("B"))
    tensor = Tensor._make(array, dtype)
    if device is not None and backend.parse_device(device).type != "cpu":
        raise RuntimeError("gradsh: torch.from_file makes CPU tensors only")
    if requires_grad:
        if not dtype.differentiable:
            raise RuntimeError("Only Tensors of floating point and complex dtype can require "
                               "gradients")
        tensor._requires_grad = True
    return tensor
