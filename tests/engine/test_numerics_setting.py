"""``:set numerics exact|fast`` (gradsh/engine/numerics.py): parsing, listing,
errors, undo, and that fast mode takes NumPy's own paths."""
from __future__ import annotations

import numpy as np
import pytest

from gradsh.engine import numerics
from gradsh.engine.ops.cascade_sum import cascade_sum


@pytest.fixture(autouse=True)
def _exact_after():
    yield
    numerics._restore("exact")


@pytest.fixture
def fast(session):
    """The session with ``:set numerics fast``; exact again afterwards."""
    session.run(":set numerics fast")
    try:
        yield session
    finally:
        numerics.set_mode("exact")


def _array(session, source: str) -> np.ndarray:
    session.run("result = " + source)
    return session.workspace["result"].detach().numpy()


def _bits_equal(a, b) -> bool:
    a, b = np.asarray(a), np.asarray(b)
    return a.dtype == b.dtype and a.shape == b.shape and \
        a.tobytes() == b.tobytes()


def test_exact_is_the_default(session):
    assert numerics.mode() == "exact"
    assert "numerics      exact" in session.run(":set")


def test_set_and_list(fast):
    assert numerics.mode() == "fast"
    assert "numerics      fast" in fast.run(":set")
    fast.run(":set numerics exact")
    assert numerics.mode() == "exact"


def test_errors(session):
    diag = session.error(":set numerics fats")
    assert diag.type_name == "CommandError"
    assert diag.message == "numerics must be one of exact, fast, not 'fats'"
    assert diag.notes == ["did you mean 'fast'?"]
    assert session.error(":set numerics").message == "usage: :set numerics VALUE"
    assert numerics.mode() == "exact"
    with pytest.raises(ValueError):
        numerics.set_mode("quick")


def test_journal_restores_the_mode():
    """What a failing statement's undo does (a :set inside a block is a statement
    of its own, kept when a later one fails, as SPEC section 7 has it)."""
    from gradsh import journal

    journal.JOURNAL[0] = record = journal.Journal()
    try:
        numerics.set_mode("fast")
        numerics.set_mode("exact")
        numerics.set_mode("fast")
    finally:
        journal.JOURNAL[0] = None
    record.rollback()
    assert numerics.mode() == "exact"


def test_exact_mode_runs_the_cascade(session):
    session.run("torch.manual_seed(0)\nx = torch.randn(4099)")
    data = session.workspace["x"].numpy()
    assert _bits_equal(_array(session, "x.sum()"), cascade_sum(data))


def test_fast_mode_takes_numpys_paths(fast):
    fast.run("torch.manual_seed(0)\nx = torch.randn(4099)\np = torch.rand(4099) + 0.5\n"
             "m = torch.randn(37, 11)\nw = torch.randn(11, 5)\nt = torch.randint(0, 11, (37,))")
    x, p, m, w = (fast.workspace[name].numpy() for name in ("x", "p", "m", "w"))
    targets = fast.workspace["t"].numpy()
    with np.errstate(all="ignore"):
        shifted = m - m.max(axis=1, keepdims=True)
        log_softmax = shifted - np.log(np.sum(np.exp(shifted), axis=1, keepdims=True))
        cases = {
            "x.sum()": np.sum(x),
            "x.mean()": np.mean(x, dtype=np.float32),
            "x.cumsum(0)": np.cumsum(x),
            "p.cumprod(0)": np.cumprod(p),
            "p.prod()": np.prod(p),
            "x.norm()": np.sqrt(np.sum(x * x)),
            "x.var()": np.sum((x - np.mean(x)) ** 2) / np.float32(x.size - 1),
            "p ** 2.5": np.power(p, np.float32(2.5)),
            "p ** x": np.power(p, x),
            "torch.sigmoid(x)": 1 / (np.exp(-x) + 1),
            "torch.sin(x)": np.sin(x),
            "torch.exp(x)": np.exp(x),
            "torch.log_softmax(m, 1)": log_softmax,
            "torch.softmax(m, 1)": np.exp(shifted) / np.sum(np.exp(shifted), axis=1,
                                                            keepdims=True),
            "m @ w": m @ w,
            "torch.arange(0, 3, 0.1)": (0 + 0.1 * np.arange(30, dtype=np.float64))
            .astype(np.float32),
        }
    for source, expected in cases.items():
        assert _bits_equal(_array(fast, source), np.asarray(expected, dtype=np.float32)), source
    fast.run("d = x.double()\nq = p.double()")
    d, q = x.astype(np.float64), p.astype(np.float64)
    with np.errstate(all="ignore"):
        doubles = {"q ** 2.5": np.power(q, 2.5), "q ** d": np.power(q, d),
                   "torch.sigmoid(d)": 1 / (np.exp(-d) + 1), "torch.log1p(q)": np.log1p(q),
                   "torch.expm1(d)": np.expm1(d), "torch.atan2(d, q)": np.arctan2(d, q),
                   "torch.log1p(p)": np.log1p(p), "d.sum()": np.sum(d)}
    for source, expected in doubles.items():
        assert _bits_equal(_array(fast, source), np.asarray(expected)), source
    picked = log_softmax[np.arange(37), targets]
    got = _array(fast, "torch.nn.functional.cross_entropy(m, t, reduction='sum')")
    assert _bits_equal(got, np.asarray(-np.sum(picked), dtype=np.float32))


def test_the_settings_file_sets_it(session, tmp_path, monkeypatch):
    from gradsh import config

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    (tmp_path / "gradsh").mkdir()
    path = tmp_path / "gradsh" / "config.toml"
    path.write_text('numerics = "fast"\n')
    reported: list[str] = []
    config.apply_settings(session.interp, reported.append)
    assert reported == [] and numerics.mode() == "fast"
    path.write_text('numerics = "quick"\n')
    config.apply_settings(session.interp, reported.append)
    assert reported == [f"{path}:1: CommandError: numerics must be one of exact, fast, not "
                        "'quick'"]
    assert 'numerics = "fast"' in config.format_settings(config.settings_to_save(
        {"numerics": numerics.mode()}))
