"""Fuzz (issue 19, parts 3 and 5): odd files given to -f, --check, :run and :load
(byte-order marks, NUL bytes, invalid UTF-8, CR line ends, binary, zip and
.npz look-alikes, empty): each ends in output or one gradsh error line, never a
Python traceback. Deterministic seeds, in-process, a few seconds in all."""
from __future__ import annotations

import io
import random
import zipfile

import pytest

from gradsh import cli
from gradsh.lang.diagnostics import Diagnostic
from gradsh.lang.evaluator import Interpreter

PIECES = [b"\xef\xbb\xbf", b"\x00", b"\xff\xfe", b"\r", b"\r\n", b"\n", b"x = 1", b"print(x)",
          b">>> 1 + 1", b"2", b"(", b")", b"\xc3", b"\xe9", b"'\\u00e9'", b"# c", b":run self",
          b"PK\x03\x04", b"\x93NUMPY", b"    ", b"\t", b"if 1:", b"def f(:"]


def _odd_bytes(rng: random.Random) -> bytes:
    kind = rng.randrange(4)
    if kind == 0:
        return bytes(rng.randrange(256) for _ in range(rng.randrange(64)))
    if kind == 1:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr(rng.choice(["gradsh.meta.npy", "x.npy", "a b.npy"]),
                             bytes(rng.randrange(256) for _ in range(rng.randrange(40))))
        return buffer.getvalue()
    return b"".join(rng.choice(PIECES) for _ in range(rng.randrange(1, 12)))


@pytest.mark.parametrize("seed", range(40))
def test_odd_files_end_in_one_error_line(seed, tmp_path, monkeypatch, capsys):
    rng = random.Random(seed)
    monkeypatch.chdir(tmp_path)
    name = rng.choice(["f.gsh", "f.npz", "self", "a b.gsh"])
    (tmp_path / name).write_bytes(_odd_bytes(rng))
    interpreter = Interpreter(lambda text: None)
    for command in (f":run '{name}'", f":load '{name}'"):
        try:
            interpreter.run_source(command)
        except Diagnostic as diagnostic:
            assert "\n" not in diagnostic.headline()
    for argv in (["-f", name], ["--check", name]):
        status = cli.main(argv)
        assert status in (0, 1, 2)
        assert "Traceback" not in capsys.readouterr().err
