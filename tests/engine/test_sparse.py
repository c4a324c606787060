"""Sparse tensors (engine/sparse/): what the generated transcript
(tests/transcripts/sparse_from_pytorch.gsh) does not pin.

Results are compared with the dense arrays they come from, never with
hard-coded values.
"""
from __future__ import annotations

import json
import subprocess
import sys
import warnings
from pathlib import Path

import numpy as np
import pytest

from gradsh.engine import layouts, namespace
from gradsh.engine.tensor import Tensor

ROOT = Path(__file__).resolve().parents[2]
TORCH = namespace.MODULES["torch"]


@pytest.fixture(autouse=True)
def _quiet():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # PyTorch's beta-state and invariants warnings
        yield


def _array(seed: int, shape=(4, 6)) -> np.ndarray:
    rng = np.random.default_rng(seed)
    values = rng.standard_normal(shape).astype(np.float32)
    return np.where(rng.random(shape) < 0.6, 0, values).astype(np.float32)


def _tensor(array: np.ndarray) -> Tensor:
    return TORCH.tensor(array.tolist(), dtype=TORCH.float32)


CONVERSIONS = {
    "coo": lambda x: x.to_sparse(),
    "coo1": lambda x: x.to_sparse(1),
    "csr": lambda x: x.to_sparse_csr(),
    "csc": lambda x: x.to_sparse_csc(),
    "bsr": lambda x: x.to_sparse_bsr((2, 3)),
    "bsc": lambda x: x.to_sparse_bsc((2, 1)),
}


def test_engine_start_up_does_not_load_the_sparse_package():
    probe = ("import gradsh.engine.namespace, json, sys\n"
             "print(json.dumps(sorted(m for m in sys.modules if 'sparse' in m)))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          cwd=ROOT, timeout=120, check=True)
    assert json.loads(done.stdout.strip().splitlines()[-1]) == ["gradsh.engine.ops.sparse_ops"]


@pytest.mark.parametrize("source", sorted(CONVERSIONS))
@pytest.mark.parametrize("target", sorted(CONVERSIONS))
def test_every_conversion_keeps_the_values(source, target):
    array = _array(len(source) * 7 + len(target))
    start = CONVERSIONS[source](_tensor(array))
    if source == "coo1" and target != "coo1" or target == "coo1" and source != "coo1":
        return  # PyTorch refuses these (sparse_dim differs), pinned by the transcript
    if source in ("bsr", "bsc") and target in ("csr", "csc"):
        return  # PyTorch refuses blocked -> unblocked conversions
    if source in ("bsr", "bsc") and target in ("bsr", "bsc") and source != target:
        return  # another blocksize: refused as well
    converted = CONVERSIONS[target](start)
    np.testing.assert_array_equal(np.asarray(converted.to_dense()), array)


def test_coalesce_sums_duplicates_like_a_dense_scatter():
    rng = np.random.default_rng(3)
    indices = rng.integers(0, 3, (2, 12))
    values = rng.standard_normal(12).astype(np.float32)
    expected = np.zeros((3, 3), np.float32)
    np.add.at(expected, tuple(indices), values)
    sparse = TORCH.sparse_coo_tensor(indices.tolist(), values.tolist(), (3, 3))
    assert not sparse.is_coalesced()
    coalesced = sparse.coalesce()
    assert coalesced.is_coalesced()
    np.testing.assert_allclose(np.asarray(coalesced.to_dense()), expected, rtol=1e-6)
    linear = np.ravel_multi_index(tuple(np.asarray(coalesced.indices())), (3, 3))
    assert list(linear) == sorted(set(linear))


def test_sparse_mask_takes_the_masked_values():
    array = _array(5)
    mask = _tensor(_array(6)).to_sparse()
    dense = np.asarray(_tensor(array).sparse_mask(mask).to_dense())
    np.testing.assert_array_equal(dense, np.where(_array(6) != 0, array, 0))


def test_products_match_the_dense_product():
    a, b = _array(7, (3, 4)), np.random.default_rng(8).standard_normal((4, 2)).astype(np.float32)
    product = a @ b
    for sparse in (_tensor(a).to_sparse(), _tensor(a).to_sparse_csr()):
        np.testing.assert_allclose(np.asarray(TORCH.sparse.mm(sparse, _tensor(b))), product,
                                   rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(np.asarray(TORCH.smm(_tensor(a).to_sparse(), _tensor(b))
                                          .to_dense()),
                               np.where((a != 0).any(1, keepdims=True), product, 0),
                               rtol=1e-5, atol=1e-6)


def test_a_strided_op_on_a_sparse_tensor_raises_pytorchs_error_naming_the_op():
    sparse = TORCH.eye(3).to_sparse()
    for call, op in ((lambda: sparse.exp(), "exp"), (lambda: TORCH.cumsum(sparse, 0), "cumsum"),
                     (lambda: sparse.sin_(), "sin_")):
        with pytest.raises(NotImplementedError) as info:
            call()
        assert str(info.value).startswith(f"Could not run 'aten::{op}' with arguments from the "
                                          "'SparseCPU' backend.")
    with pytest.raises(NotImplementedError, match="'SparseCsrCPU' backend"):
        TORCH.eye(3).to_sparse_csr().exp()
    with pytest.raises(NotImplementedError):
        np.add(sparse._data, 1)  # the components never pass for an array


def test_sparse_tensors_are_tensors_with_a_sparse_layout():
    coo, csr = TORCH.eye(2).to_sparse(), TORCH.eye(2).to_sparse_csr()
    assert isinstance(coo, Tensor) and repr(type(coo)) == "<class 'torch.Tensor'>"
    assert coo.layout is layouts.sparse_coo and csr.layout is layouts.sparse_csr
    assert TORCH.ones(1).layout is TORCH.strided
    assert coo.is_sparse and not csr.is_sparse and not TORCH.ones(1).is_sparse


def test_sparse_gradients_accumulate(session):
    session.run("a = torch.tensor([[1., 0], [0, 3]]).to_sparse().requires_grad_()\n"
                "for _ in range(3):\n    a.to_dense().sum().backward()\n")
    grad = session.workspace["a"].grad
    assert grad.layout is layouts.sparse_coo
    np.testing.assert_array_equal(np.asarray(grad.to_dense()), [[3., 0.], [0., 3.]])


def test_the_components_stay_out_of_reach(session):
    session.run("s = torch.eye(2).to_sparse()")
    assert "private" in session.error("s._data").message
    assert "to_dense" in session.error("s.numpy()").message
