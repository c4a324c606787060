"""Golden files and transcripts for torch.save/load, frombuffer, DLPack,
Event and Stream, from a real PyTorch (docs/files.md).

    /work/torchvenv/bin/python dev/gen_files_transcripts.py

Writes:
* tests/data/torch_files/<case>.pt: what PyTorch's torch.save writes for each
  case of CASES (statements both PyTorch and gradsh run), and expected.json:
  how PyTorch prints each loaded object and the layout of its tensors;
* tests/transcripts/files_from_pytorch.gsh (no files touched);
and then checks the other direction: gradsh (.venv/bin/gradsh) saves every case,
PyTorch loads gradsh's file and must find the same values, dtypes, shapes,
strides, storage offsets and requires_grad (printed; exits 1 on a mismatch).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from gen_blocks_transcripts import write_transcripts  # noqa: E402

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
DATA = os.path.join(ROOT, "tests", "data", "torch_files")

# name -> (setup statements, the expression saved); run by PyTorch and gradsh alike.
CASES = {
    "tensor": ("", "torch.arange(6.).reshape(2, 3)"),
    "views": ("x = torch.arange(12.).reshape(3, 4)",
              "{'x': x, 'row': x[1], 't': x.t(), 'col': x[:, 2], 'again': x}"),
    "dtypes": ("", "[torch.tensor([1, -2], dtype=torch.int64), "
                   "torch.tensor([3], dtype=torch.int32), "
                   "torch.tensor([4], dtype=torch.int16), torch.tensor([-5], dtype=torch.int8), "
                   "torch.tensor([250], dtype=torch.uint8), torch.tensor([True, False]), "
                   "torch.tensor([0.5, -1.25], dtype=torch.float16), "
                   "torch.tensor([1.5], dtype=torch.float64), torch.tensor([1+2j]), "
                   "torch.tensor([3-4j], dtype=torch.complex128), torch.tensor(7.), "
                   "torch.zeros(0), "
                   "torch.zeros(2, 0, 3)]"),
    "grad": ("from torch import nn",
             "[nn.Parameter(torch.ones(2)), torch.tensor([1., 2.], requires_grad=True), "
             "nn.Parameter(torch.zeros(2, dtype=torch.int64), requires_grad=False)]"),
    "plain": ("", "{'n': 3, 'big': 2 ** 40, 'neg': -7, 'f': 1.5, 's': 'héllo', 'b': b'ab', "
                  "'none': None, 't': True, 'tup': (1, (2.5, 'x')), 'l': [[], {}, ()], "
                  "'set': {1, 2}, 'c': 1 + 2j, 'size': torch.Size([2, 3]), 'dt': torch.float16, "
                  "'dev': torch.device('cpu'), 1: 'int key'}"),
    "state_dict": ("from torch import nn\n_ = torch.manual_seed(0)\nm = nn.Linear(3, 2)",
                   "m.state_dict()"),
    "optim": ("from torch import nn\n_ = torch.manual_seed(0)\nm = nn.Linear(2, 1)\n"
              "opt = torch.optim.Adam(m.parameters(), lr=0.1)\n"
              "m(torch.ones(3, 2)).sum().backward()\nopt.step()",
              "opt.state_dict()"),
}

# Printed by PyTorch after loading each case: the object, and each tensor's layout.
LAYOUT = ("[(tuple(v.shape), v.stride(), v.storage_offset(), str(v.dtype), v.requires_grad, "
          "type(v).__name__) for v in _tensors(obj)]")

TRANSCRIPT = [
    "# torch.frombuffer, DLPack, torch.Event and torch.Stream, generated from PyTorch 2.13",
    "import array",
    "import torch",
    "import torch.utils.dlpack",
    "a = array.array('i', [1, 2, 3])",
    "t = torch.frombuffer(a, dtype=torch.int32)",
    "t",
    "t[0] = -1",
    "a",
    "torch.frombuffer(a, dtype=torch.int32, count=2, offset=4)",
    "torch.frombuffer(array.array('b', [-1, 0, 0, 0]), dtype=torch.int32)",
    "torch.frombuffer(a, dtype=torch.float32, requires_grad=True)",
    "torch.frombuffer(a, dtype=torch.int16)",
    "torch.frombuffer(b'\\x01\\x00\\x02\\x00', dtype=torch.int16)",
    "torch.frombuffer(a)",
    "torch.frombuffer(a, torch.int32)",
    "torch.frombuffer(a, dtype=torch.float64)",
    "torch.frombuffer(a, dtype=torch.int32, count=5)",
    "torch.frombuffer(a, dtype=torch.int32, offset=12)",
    "torch.frombuffer(a, dtype=torch.int32, offset=-1)",
    "torch.frombuffer(a, dtype=torch.int32, count=0)",
    "torch.frombuffer(array.array('i'), dtype=torch.int32)",
    "torch.frombuffer([1, 2], dtype=torch.int32)",
    "torch.frombuffer(a, dtype=torch.int32, requires_grad=True)",
    "x = torch.arange(4)",
    "y = torch.from_dlpack(x)",
    "y[:2] = -1",
    "x",
    "c = torch.utils.dlpack.to_dlpack(x)",
    "z = torch.from_dlpack(c)",
    "z[0] = -9",
    "x, y, z",
    "torch.from_dlpack(c)",
    "torch.from_dlpack(3)",
    "torch.from_dlpack(torch.ones(2, requires_grad=True))",
    "torch.from_dlpack(torch.ones(2, 3).t()).stride()",
    "torch.utils.dlpack.from_dlpack(x)",
    "torch.from_dlpack(x, copy=True)",
    "s = torch.Stream()",
    "s",
    "torch.Stream(device='cpu')",
    "torch.Stream('meta')",
    "s.query(), s.synchronize(), s.stream_id, s.device_index, s.device_type, s.device",
    "s.is_capturing()",
    "s == torch.Stream()",
    "s.record_event()",
    "s.native_handle",
    "torch.Stream('meta').record_event()",
    "torch.Stream('cpu', 0)",
    "torch.Stream(1)",
    "torch.Stream(device='xyz')",
    "e = torch.Event()",
    "e",
    "torch.Event(enable_timing=True)",
    "e.query(), e.synchronize(), e.wait(), e.event_id, e.device",
    "s.wait_event(e)",
    "e.record()",
    "e.record(s)",
    "e.elapsed_time(e)",
    "torch.Event(enable_timing=True).elapsed_time(torch.Event(enable_timing=True))",
    "e.elapsed_time(3)",
    "e.ipc_handle()",
    "torch.Event(device='cpu') == e",
    "with torch.Stream() as s2:\n    print(s2)",
]


def _tensors(obj):
    import torch

    if isinstance(obj, torch.Tensor):
        yield obj
    elif isinstance(obj, dict):
        for value in obj.values():
            yield from _tensors(value)
    elif isinstance(obj, (list, tuple)):
        for value in obj:
            yield from _tensors(value)


def _build(setup: str, expression: str):
    import torch
    from torch import nn  # noqa: F401 - the cases use it

    scope = {"torch": torch, "nn": nn}
    exec(setup, scope)  # noqa: S102 - our own statements
    return eval(expression, scope)  # noqa: S307


def _describe(obj) -> dict:
    return {"repr": repr(obj), "layout": eval(LAYOUT, {"_tensors": _tensors, "obj": obj})}


def write_golden() -> dict:
    import torch

    os.makedirs(DATA, exist_ok=True)
    expected = {}
    for name, (setup, expression) in CASES.items():
        obj = _build(setup, expression)
        path = os.path.join(DATA, f"{name}.pt")
        torch.save(obj, path)
        expected[name] = _describe(torch.load(path))
        expected[name].update(setup=setup, expression=expression)
    with open(os.path.join(DATA, "expected.json"), "w", encoding="utf-8") as handle:
        json.dump(expected, handle, indent=1, ensure_ascii=False)
        handle.write("\n")
    print(f"wrote {os.path.relpath(DATA)}: {', '.join(CASES)} and expected.json")
    return expected


def check_gradsh_files(expected: dict) -> bool:
    """gradsh saves each case; PyTorch loads it and must see what it saved itself."""
    import torch

    gradsh = os.path.join(ROOT, ".venv", "bin", "gradsh")
    good = True
    with tempfile.TemporaryDirectory() as folder:
        for name, (setup, expression) in CASES.items():
            path = os.path.join(folder, f"{name}.pt")
            script = f"{setup}\ntorch.save({expression}, {path!r})\n"
            run = subprocess.run([gradsh, "-c", script], capture_output=True, text=True)
            if run.returncode:
                print(f"{name}: gradsh failed: {run.stderr.strip()}")
                good = False
                continue
            got = _describe(torch.load(path))
            same = got["repr"] == expected[name]["repr"] and \
                [list(map(_jsonable, row)) for row in got["layout"]] == expected[name]["layout"]
            print(f"{name}: PyTorch loads gradsh's file {'equal' if same else 'DIFFERENT'}")
            good &= same
    return good


def _jsonable(value):
    return list(value) if isinstance(value, tuple) else value


def main() -> None:
    expected = write_golden()
    write_transcripts({"files_from_pytorch": TRANSCRIPT})
    if not check_gradsh_files(json.loads(json.dumps(expected))):
        sys.exit(1)


if __name__ == "__main__":
    main()
