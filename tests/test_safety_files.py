"""Hostile files for torch.load (docs/files.md): whatever a .pt file holds,
loading it ends in one gradsh error line or in data, never in code running,
a traceback, or memory past the limit; a failed load changes nothing."""
from __future__ import annotations

import io
import pickle
import struct
import zipfile
from pathlib import Path

import pytest

from gradsh.engine import limits

WEIGHTS_ONLY = ("Weights only load failed. In PyTorch 2.6, we changed the default value of "
                "the `weights_only` argument in `torch.load` from `False` to `True`.")


def _archive(path: Path, data_pkl: bytes, records: dict | None = None,
             compression=zipfile.ZIP_STORED) -> str:
    with zipfile.ZipFile(path, "w", compression) as archive:
        archive.writestr("archive/data.pkl", data_pkl)
        for name, payload in (records or {}).items():
            archive.writestr(f"archive/{name}", payload)
        archive.writestr("archive/version", b"3\n")
    return str(path)


def _global(module: str, name: str) -> bytes:
    return b"c" + f"{module}\n{name}\n".encode()


def _string(text: str) -> bytes:
    data = text.encode()
    return b"X" + struct.pack("<I", len(data)) + data


def _storage(dtype: str, key: str, numel: int) -> bytes:
    """The persistent id of PyTorch's storages, BINPERSID."""
    return (b"(" + _string("storage") + _global("torch", dtype) + _string(key)
            + _string("cpu") + b"J" + struct.pack("<i", numel) + b"tQ")


def _tensor(storage: bytes, offset: int, size: tuple, stride: tuple) -> bytes:
    def ints(values):
        return b"(" + b"".join(b"J" + struct.pack("<i", v) for v in values) + b"t"

    return (_global("torch._utils", "_rebuild_tensor_v2") + b"(" + storage
            + b"J" + struct.pack("<i", offset) + ints(size) + ints(stride) + b"\x89"
            + _global("collections", "OrderedDict") + b")Rt" + b"R")


class Evil:
    def __reduce__(self):
        import os

        return (os.system, ("touch PWNED",))


HOSTILE = {
    "os.system": pickle.dumps(Evil(), protocol=2),
    "eval": b"\x80\x02" + _global("builtins", "eval") + _string("1+1") + b"\x85R.",
    "__builtin__.getattr": b"\x80\x02" + _global("__builtin__", "getattr") + b")R.",
    "subprocess": b"\x80\x02" + _global("subprocess", "Popen") + _string("ls") + b"\x85R.",
    "torch.load itself": b"\x80\x02" + _global("torch", "load") + b")R.",
    "numpy": b"\x80\x02" + _global("numpy.core.multiarray", "_reconstruct") + b")R.",
    "reduce on a dtype": b"\x80\x02" + _global("torch", "float32") + b")R.",
    "reduce on a storage type": b"\x80\x02" + _global("torch", "FloatStorage") + b")R.",
    "build on a list": b"\x80\x02](}b.",
    "build on a set": b"\x80\x02" + _global("builtins", "set") + b")R}b.",
    "append to a dict": b"\x80\x02}K\x01a.",
    "setitem on a list": b"\x80\x02]K\x01K\x02s.",
    "inst": b"\x80\x02(ios\nsystem\n.",
    "obj": b"\x80\x02(" + _global("os", "system") + b"o.",
    "newobj": b"\x80\x02" + _global("collections", "OrderedDict") + b")\x81.",
    "ext": b"\x80\x02\x82\x01.",
    "text persistent id": b"\x80\x02P1\n.",
    "persistent id not a storage": b"\x80\x02" + _string("other") + b"\x85Q.",
    "truncated": b"\x80\x02]q\x00(K\x01",
    "empty": b"",
    "garbage": b"\x00\x01\x02",
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_pickles(session, tmp_path, monkeypatch, case):
    monkeypatch.chdir(tmp_path)
    path = _archive(tmp_path / "evil.pt", HOSTILE[case])
    session.run("x = 1")
    before = dict(session.workspace)
    diag = session.error(f"x = torch.load({path!r})")
    assert diag.type_name == "UnpicklingError", diag.message
    assert diag.message.startswith(WEIGHTS_ONLY)
    assert "\n" not in diag.message
    assert session.workspace == before
    assert not (tmp_path / "PWNED").exists()


def test_blocked_module_reason(session, tmp_path):
    path = _archive(tmp_path / "evil.pt", HOSTILE["os.system"])
    diag = session.error(f"torch.load({path!r})")
    assert diag.notes == ["Trying to load unsupported GLOBAL posix.system whose module posix "
                          "is blocked."]


def test_unknown_global_reason(session, tmp_path):
    path = _archive(tmp_path / "evil.pt", HOSTILE["eval"])
    diag = session.error(f"torch.load({path!r})")
    assert diag.notes[0].startswith("Unsupported global: GLOBAL builtins.eval was not an "
                                    "allowed global by default.")


@pytest.mark.parametrize("case, type_name, start", [
    # a storage bigger than gradsh's memory limit: refused before allocating
    ("huge storage", "MemoryError", "allocating"),
    # a storage larger than its record
    ("short record", "RuntimeError", "gradsh: torch.load: record archive/data/0 holds"),
    # a tensor reaching past its storage
    ("out of bounds", "RuntimeError", "setStorage: sizes [10], strides [1], storage offset 0"),
    ("missing record", "RuntimeError", "PytorchStreamReader failed locating file data/0"),
    ("bad size", "UnpicklingError", WEIGHTS_ONLY),
    ("bfloat16", "RuntimeError", "gradsh: torch.load: gradsh has no torch.BFloat16Storage"),
])
def test_hostile_tensors(session, tmp_path, case, type_name, start):
    previous = limits._limit
    limits.set_memory_limit("1GB")
    try:
        storage = _storage("FloatStorage", "0", 4)
        records = {"data/0": b"\x00" * 16}
        data = _tensor(storage, 0, (4,), (1,))
        if case == "huge storage":
            data = _tensor(_storage("FloatStorage", "0", 2 ** 31 - 1), 0, (4,), (1,))
        elif case == "short record":
            records = {"data/0": b"\x00" * 8}
        elif case == "out of bounds":
            data = _tensor(storage, 0, (10,), (1,))
        elif case == "missing record":
            records = {}
        elif case == "bad size":
            data = (_global("torch._utils", "_rebuild_tensor_v2") + b"(" + storage
                    + b"K\x00" + _string("x") + b"\x85)\x89NtR")
        elif case == "bfloat16":
            data = _tensor(_storage("BFloat16Storage", "0", 4), 0, (4,), (1,))
        path = _archive(tmp_path / "evil.pt", b"\x80\x02" + data + b".", records)
        diag = session.error(f"torch.load({path!r})")
    finally:
        limits._limit = previous
    assert diag.type_name == type_name, diag.message
    assert diag.message.startswith(start), diag.message
    assert "\n" not in diag.message


def test_good_tensor_of_the_helpers(session, tmp_path):
    """The hostile cases above change one thing in a file that loads."""
    data = _tensor(_storage("FloatStorage", "0", 4), 1, (3,), (1,))
    path = _archive(tmp_path / "ok.pt", b"\x80\x02" + data + b".",
                    {"data/0": struct.pack("<4f", 1, 2, 3, 4)})
    assert session.run(f"torch.load({path!r})") == "tensor([2., 3., 4.])\n"


def test_bad_archives(session, tmp_path):
    not_zip = tmp_path / "text.pt"
    not_zip.write_bytes(b"hello world")
    diag = session.error(f"torch.load({str(not_zip)!r})")
    assert diag.type_name == "RuntimeError" and "is not a zip archive" in diag.message
    corrupt = tmp_path / "corrupt.pt"
    good = io.BytesIO()
    with zipfile.ZipFile(good, "w") as archive:
        archive.writestr("archive/data.pkl", b"\x80\x02K\x01.")
    raw = bytearray(good.getvalue())
    raw[raw.index(b"\x80\x02K\x01.") + 2] ^= 0xFF  # the CRC no longer matches
    corrupt.write_bytes(bytes(raw))
    diag = session.error(f"torch.load({str(corrupt)!r})")
    assert diag.type_name == "RuntimeError"
    assert diag.message.startswith("PytorchStreamReader failed reading zip archive")
    no_pickle = tmp_path / "nopkl.pt"
    with zipfile.ZipFile(no_pickle, "w") as archive:
        archive.writestr("archive/other", b"")
    diag = session.error(f"torch.load({str(no_pickle)!r})")
    assert diag.message == "PytorchStreamReader failed locating file data.pkl: file not found"


def test_zip_bomb_is_measured_first(session, tmp_path):
    previous = limits._limit
    limits.set_memory_limit("1MB")
    try:
        path = _archive(tmp_path / "bomb.pt", b"\x80\x02K\x01.",
                        {"data/0": b"\x00" * 2_000_000}, compression=zipfile.ZIP_DEFLATED)
        assert (tmp_path / "bomb.pt").stat().st_size < 100_000
        diag = session.error(f"torch.load({path!r})")
    finally:
        limits._limit = previous
    assert diag.type_name == "MemoryError"


@pytest.mark.parametrize("call, type_name, message", [
    ("torch.load(P, weights_only=False)", "ValueError",
     "gradsh: torch.load(weights_only=False) is not supported: gradsh loads tensors and plain "
     "data only (weights_only=True), never code"),
    ("torch.load(P, pickle_module=torch)", "ValueError",
     "gradsh: torch.load(weights_only=False) is not supported: gradsh loads tensors and plain "
     "data only (weights_only=True), never code"),
    ("torch.load(P, weights_only=True, pickle_module=torch)", "RuntimeError",
     "Can not safely load weights when explicit pickle_module is specified"),
    ("torch.load(P, map_location=lambda storage, loc: storage)", "ValueError",
     "gradsh: torch.load's map_location is a device, a string or a dict (gradsh has no storage "
     "objects to pass to a function)"),
    ("torch.load(3)", "AttributeError",
     "'int' object has no attribute 'seek'. You can only torch.load from a file that is "
     "seekable. Please pre-load the data into a buffer like io.BytesIO and try to load from "
     "it instead."),
])
def test_refused_calls(session, tmp_path, call, type_name, message):
    path = _archive(tmp_path / "ok.pt", b"\x80\x02K\x01.")
    diag = session.error(call.replace("P", repr(path)))
    assert (diag.type_name, diag.message) == (type_name, message)


def test_loads_plain_data(session, tmp_path):
    path = _archive(tmp_path / "ok.pt", b"\x80\x02K\x01.")
    assert session.run(f"torch.load({path!r}, map_location='cpu')") == "1\n"
