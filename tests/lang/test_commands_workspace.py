"""The workspace commands: :vars, :info, :save/:load, :help, :set (:time: test_commands_time.py)."""
from __future__ import annotations

import json

import numpy as np
import pytest

from gradsh.lang.commands import SETTING_NAMES
from gradsh.lang.commands_workspace import format_bytes


# ------------------------------------------------------------------ :vars
def test_vars_table(session):
    session.run("x = tensor([1., 2.], requires_grad=True)\ny = x * 2\n"
                "n = arange(6).reshape(2, 3)\nk = 3")
    assert session.run(":vars") == (
        "name  type    shape   dtype    device  requires_grad  grad_fn       memory\n"
        "k     int\n"
        "n     Tensor  [2, 3]  int64    cpu     False          None          48 B\n"
        "x     Tensor  [2]     float32  cpu     True           None          8 B\n"
        "y     Tensor  [2]     float32  cpu     True           MulBackward0  8 B\n")


def test_vars_dtype_column_only_for_tensors_and_models(session):
    """Issue 20: a value that is not a tensor has its type in the type column and
    nothing under dtype; a module or optimizer shows its tensors' dtype."""
    session.run("s = 'text'\nf = lambda: 1\nm = torch.nn.Linear(2, 3)\n"
                "o = torch.optim.SGD(m.parameters(), lr=0.1)")
    rows = {line.split()[0]: line for line in session.run(":vars").splitlines()}
    header = rows["name"]
    dtype_at = header.index("dtype")
    assert rows["s"].split() == ["s", "str"] and len(rows["s"]) <= dtype_at
    assert rows["f"].split() == ["f", "function"]
    assert rows["m"].split()[1:5] == ["Linear", "9", "params", "float32"]
    assert rows["m"][dtype_at:].startswith("float32")
    assert rows["o"].split()[1:6] == ["SGD", "2", "tensors,", "lr=0.1", "float32"]


def test_vars_on_an_empty_workspace(session):
    assert session.run(":vars") == "the workspace is empty\n"


def test_format_bytes():
    assert [format_bytes(n) for n in (0, 1023, 1024, 1536, 3 * 2**20)] == \
        ["0 B", "1023 B", "1.0 KiB", "1.5 KiB", "3.0 MiB"]


# ------------------------------------------------------------------ :info
def test_info_of_a_float_tensor(session):
    session.run("w = tensor([[1., 2., 3.], [4., 5., 6.]], requires_grad=True)")
    assert session.run(":info w") == (
        "shape          [2, 3]\n"
        "dtype          torch.float32\n"
        "device         cpu\n"
        "strides        (3, 1)\n"
        "is_leaf        True\n"
        "requires_grad  True\n"
        "grad_fn        None\n"
        "version        0\n"
        "memory         24 B\n"
        "min            1\n"
        "max            6\n"
        "mean           3.5\n"
        "std            1.87083\n"
        "nan            0\n"
        "inf            0\n")


def test_info_strides_of_a_transpose_and_version_after_in_place(session):
    session.run("a = zeros(2, 3)\nt = a.t()\na.add_(1)")
    info = session.run(":info t")
    assert "strides        (1, 3)\n" in info
    assert "version        1\n" in info


def test_info_counts_nan_and_inf_and_skips_them_in_statistics(session):
    session.run("v = tensor([1., float('nan'), float('inf'), 3.])")
    info = session.run(":info v")
    assert "min (finite values)   1\n" in info and "max (finite values)   3\n" in info
    assert info.endswith("nan                   1\ninf                   1\n")


def test_info_of_an_integer_tensor_has_no_statistics(session):
    session.run("i = arange(4)")
    info = session.run(":info i")
    assert "dtype          torch.int64\n" in info and "mean" not in info


def test_info_usage_errors(session):
    session.run("k = 3")
    assert session.error(":info").type_name == "CommandError"
    assert session.error(":info k").message == "'k' is a int, not a tensor"


# ------------------------------------------------------------ :save / :load
def test_save_and_load_round_trip(session, tmp_path):
    path = tmp_path / "ws.npz"
    session.run("a = tensor([1., 2.], dtype=torch.float64, requires_grad=True)\n"
                "b = arange(3).int()\nc = tensor([True, False])\nk = 5")
    assert session.run(f":save {path}") == f"saved a, b, c to {path}\n"
    session.run(":reset")
    assert session.run(f":load {path}") == f"loaded a, b, c from {path}\n"
    assert session.run("a") == "tensor([1., 2.], dtype=torch.float64, requires_grad=True)\n"
    assert session.run("b") == "tensor([0, 1, 2], dtype=torch.int32)\n"
    assert session.run("c") == "tensor([ True, False])\n"
    assert session.run("a.is_leaf, a.device") == "(True, device(type='cpu'))\n"


def test_save_named_tensors_appends_npz(session, tmp_path):
    session.run("a = ones(2)\nb = zeros(2)")
    session.run(f":save {tmp_path / 'part'} b")
    with np.load(tmp_path / "part.npz") as archive:
        assert sorted(archive.files) == ["b", "gradsh.meta"]
        meta = json.loads(str(archive["gradsh.meta"]))
    assert meta["tensors"] == {"b": {"dtype": "float32", "device": "cpu",
                                     "requires_grad": False}}


def test_save_into_a_missing_folder_names_that_folder(session, tmp_path):
    """Issue 20: the error names the user's folder, not mkstemp's temporary file."""
    session.run("a = ones(2)")
    diag = session.error(f":save {tmp_path / 'nothere' / 'ws.npz'}")
    assert diag.type_name == "FileNotFoundError"
    assert diag.message == f"[Errno 2] No such file or directory: '{tmp_path / 'nothere'}'"
    assert not list(tmp_path.iterdir())


def test_saved_files_get_the_umask_permissions(session, tmp_path):
    """Issue 20: 0o666 less the umask, as np.savez's open() gives (mkstemp's is 0o600);
    an existing file keeps its mode."""
    import os

    session.run("a = ones(2)")
    previous = os.umask(0o027)
    try:
        session.run(f":save {tmp_path / 'new.npz'}")
    finally:
        os.umask(previous)
    assert (tmp_path / "new.npz").stat().st_mode & 0o777 == 0o640
    (tmp_path / "new.npz").chmod(0o604)
    session.run(f":save {tmp_path / 'new.npz'}")
    assert (tmp_path / "new.npz").stat().st_mode & 0o777 == 0o604


def test_save_refuses_non_tensors(session, tmp_path):
    session.run("k = 1")
    assert session.error(f":save {tmp_path / 'x'} k").type_name == "CommandError"
    assert session.error(f":save {tmp_path / 'x'}").message == "there are no tensors to save"
    assert not list(tmp_path.iterdir())


def _meta(**tensors) -> np.ndarray:
    return np.array(json.dumps({"format": "gradsh-workspace", "version": 1,
                                "tensors": tensors}))


def _hostile_files(tmp_path):
    """(name, writer) for files that :load must refuse."""
    good = {"dtype": "float32", "device": "cpu", "requires_grad": False}

    def text(path):
        path.write_text("x = 1\n")

    def pickled(path):
        np.savez(path, x=np.array([{"a": 1}], dtype=object), **{"gradsh.meta": _meta(x=good)})

    def no_meta(path):
        np.savez(path, x=np.ones(2, dtype=np.float32))

    def bad_dtype(path):
        np.savez(path, x=np.ones(2, dtype=np.float32),
                 **{"gradsh.meta": _meta(x=dict(good, dtype="object"))})

    def wrong_data(path):
        np.savez(path, x=np.ones(2, dtype=np.float64), **{"gradsh.meta": _meta(x=good)})

    def missing_data(path):
        np.savez(path, **{"gradsh.meta": _meta(x=good)})

    def bad_name(path):
        np.savez(path, **{"__class__": np.ones(1, dtype=np.float32),
                          "gradsh.meta": _meta(__class__=good)})

    def second_bad(path):  # the first tensor is fine: nothing may be loaded anyway
        np.savez(path, a=np.ones(1, dtype=np.float32), z=np.ones(1, dtype=np.int64),
                 **{"gradsh.meta": _meta(a=good, z=dict(good, requires_grad=True))})

    def single_array(path):
        with open(path, "wb") as handle:
            np.save(handle, np.ones(2))

    return [text, pickled, no_meta, bad_dtype, wrong_data, missing_data, bad_name,
            second_bad, single_array]


@pytest.mark.parametrize("index", range(9))
def test_load_refuses_a_bad_file_and_changes_nothing(session, tmp_path, index):
    writer = _hostile_files(tmp_path)[index]
    path = tmp_path / f"{writer.__name__}.npz"
    writer(path)
    session.run("a = tensor([5.])\nk = 2")
    before = dict(session.workspace)
    diagnostic = session.error(f":load {path}")
    assert diagnostic.type_name == "ValueError", writer.__name__
    assert diagnostic.message.startswith(f"{path} is not a gradsh workspace file: ")
    assert "\n" not in diagnostic.message
    assert session.workspace == before
    assert session.run("a") == "tensor([5.])\n"


def test_load_missing_file(session, tmp_path):
    assert session.error(f":load {tmp_path / 'none.npz'}").type_name == "FileNotFoundError"


# ------------------------------------------------------------ :help / :set
def test_help_lists_commands_and_topics(session):
    out = session.run(":help")
    for name in ("vars", "info", "save", "load", "time", "set", "help", "quit"):
        assert f"\n:{name}" in "\n" + out
    assert ":help functions" in out and ":help keys" in out


def test_help_name_shows_signature_summary_example(session):
    assert session.run(":help zeros").startswith("zeros(*size, ")
    assert "example: " in session.run(":help torch.sum")
    assert session.run(":help add_").startswith("add_: in place, like add\nadd(")
    assert session.run(":help :vars").startswith(":vars\n  a table of the workspace")
    assert "Ctrl-R" in session.run(":help keys")
    assert session.error(":help frobnicate").type_name == "CommandError"


def test_set_lists_every_setting(session):
    listed = [line.split()[0] for line in session.run(":set").splitlines()]
    assert listed == list(SETTING_NAMES)


def test_load_refuses_an_archive_larger_than_the_memory_limit_before_reading(session, tmp_path):
    from gradsh.engine import limits

    path = tmp_path / "big.npz"
    session.run(f"big = zeros(300_000)\nkeep = tensor([1.])\n:save {path} big")
    session.run("del big")
    previous = limits._limit
    limits.set_memory_limit("1MB")
    try:
        error = session.error(f":load {path}")
    finally:
        limits._limit = previous
    assert error.type_name == "MemoryError" and "exceeds gradsh's memory limit" in error.message
    assert sorted(session.workspace) == ["keep"]
