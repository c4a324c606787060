"""torch.save / torch.load against PyTorch's own files (docs/files.md).

tests/data/torch_files holds what PyTorch's torch.save wrote for each case of
dev/gen_files_transcripts.py (and expected.json: how PyTorch prints the
loaded object, and its tensors' layout).  gradsh must load those files to the
same print-out and layout, and write the same cases to the same data.pkl
bytes and storage records (that PyTorch loads gradsh's files is checked by the
generator itself, which has PyTorch).
"""
from __future__ import annotations

import json
import os
import zipfile
from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent / "data" / "torch_files"
EXPECTED = json.loads((DATA / "expected.json").read_text(encoding="utf-8"))

NO_METADATA = {"state_dict"}  # docs/files.md, known differences
LAYOUT = ("print([(tuple(v.shape), v.stride(), v.storage_offset(), str(v.dtype), "
          "v.requires_grad, 'Parameter' if isinstance(v, nn.Parameter) else 'Tensor') "
          "for v in tensors_of(obj)])")
TENSORS_OF = '''
def tensors_of(obj):
    if isinstance(obj, torch.Tensor):
        return [obj]
    found = []
    for value in (obj.values() if isinstance(obj, dict) else
                  obj if isinstance(obj, (list, tuple)) else []):
        found += tensors_of(value)
    return found
'''


def _layout_rows(rows: list) -> str:
    shown = [tuple(tuple(x) if isinstance(x, list) else x for x in row) for row in rows]
    return repr(shown) + "\n"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_loads_pytorch_file(session, name):
    expected = EXPECTED[name]
    session.run(f"from torch import nn\nobj = torch.load({str(DATA / (name + '.pt'))!r})\n"
                + TENSORS_OF)
    assert session.run("print(repr(obj))") == expected["repr"] + "\n"
    assert session.run(LAYOUT) == _layout_rows(expected["layout"])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_writes_pytorch_bytes(session, tmp_path, name):
    """The same statements saved by gradsh: PyTorch's data.pkl and storage bytes."""
    expected = EXPECTED[name]
    path = tmp_path / f"{name}.pt"
    session.run(f"{expected['setup']}\ntorch.save({expected['expression']}, {str(path)!r})\n")
    with zipfile.ZipFile(DATA / f"{name}.pt") as golden, zipfile.ZipFile(path) as written:
        golden_names = golden.namelist()
        assert written.namelist() == golden_names
        for record in golden_names:
            if record.endswith("serialization_id"):
                assert len(written.read(record)) == 40 and written.read(record).isdigit()
                continue
            if record.endswith("data.pkl") and name in NO_METADATA:
                # gradsh's state_dict() has no _metadata: PyTorch's pickle then BUILDs it
                assert golden.read(record).startswith(written.read(record)[:-1])
                continue
            assert written.read(record) == golden.read(record), record
        for info in written.infolist():  # PyTorch's 64-byte alignment of every record
            local_extra = _local_header_size(path, info)
            assert (info.header_offset + local_extra) % 64 == 0


def _local_header_size(path: Path, info: zipfile.ZipInfo) -> int:
    with open(path, "rb") as stream:
        stream.seek(info.header_offset + 26)
        name_length = int.from_bytes(stream.read(2), "little")
        extra_length = int.from_bytes(stream.read(2), "little")
    return 30 + name_length + extra_length


def test_round_trip_shares_storage(session, tmp_path):
    path = str(tmp_path / "views.pt")
    out = session.run(f"x = torch.arange(6.).reshape(2, 3)\n"
                      f"torch.save([x, x[1], x.t()], {path!r})\n"
                      f"a, b, c = torch.load({path!r})\n"
                      "b[0] = 100\nprint(a)\nprint(c.stride(), b.storage_offset())\n")
    assert out == "tensor([[  0.,   1.,   2.],\n        [100.,   4.,   5.]])\n(1, 3) 3\n"


def test_state_dict_round_trip(session, tmp_path):
    path = str(tmp_path / "m.pt")
    out = session.run(f"from torch import nn\nm = nn.Linear(3, 2)\n"
                      f"torch.save(m.state_dict(), {path!r})\n"
                      f"m2 = nn.Linear(3, 2)\nprint(m2.load_state_dict(torch.load({path!r})))\n"
                      "print(torch.equal(m.weight, m2.weight), torch.equal(m.bias, m2.bias))\n")
    assert out == "<All keys matched successfully>\nTrue True\n"


def test_save_refuses_code_objects(session, tmp_path):
    path = str(tmp_path / "m.pt")
    diag = session.error(f"from torch import nn\ntorch.save(nn.Linear(2, 2), {path!r})")
    assert diag.type_name == "TypeError" and "state_dict()" in diag.message
    assert not os.path.exists(path)


def test_save_path_types(session):
    diag = session.error("torch.save(torch.ones(1), 3)")
    assert diag.type_name == "AttributeError"
    assert diag.message == ("expected 'f' to be string, path, or a file-like object with a "
                            "'write' attribute")


def test_from_file(session, tmp_path):
    path = tmp_path / "raw.bin"
    path.write_bytes(b"\x01\x00\x00\x00\x02\x00\x00\x00")
    assert session.run(f"torch.from_file({str(path)!r}, size=2, dtype=torch.int32)") == \
        "tensor([1, 2], dtype=torch.int32)\n"
    assert session.run(f"torch.from_file({str(path)!r}, shared=False, dtype=torch.int32)") == \
        "tensor([], dtype=torch.int32)\n"
    diag = session.error(f"torch.from_file({str(path)!r}, shared=False, size=3, "
                         "dtype=torch.int32)")
    assert diag.message == (f"file <{path}> size <8> is smaller than the required mapping "
                            "size <12>")
    diag = session.error(f"torch.from_file({str(path)!r}, shared=True, size=2)")
    assert diag.type_name == "ValueError" and "shared=True" in diag.message
    assert path.read_bytes() == b"\x01\x00\x00\x00\x02\x00\x00\x00"
    diag = session.error(f"torch.from_file({str(tmp_path / 'none.bin')!r}, size=1)")
    assert diag.message.startswith("unable to open file <")
