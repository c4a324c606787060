"""The fake address space of Tensor.data_ptr() and the storages (engine/storage.py):
no host address is handed out, and offsets and sharing are kept. PyTorch's own
outputs for these are pinned by tests/transcripts/misc_more_from_pytorch.gsh."""
from __future__ import annotations

import gc

import numpy as np

from gradsh.engine import storage
from gradsh.engine.ops.creation import tensor


def _host_address(array) -> int:
    return array.__array_interface__["data"][0]


def test_data_ptr_is_not_a_host_address_but_keeps_offsets():
    t = tensor([1, 2, 3, 4])
    pointer = t.data_ptr()
    assert pointer != _host_address(t._data)
    assert pointer % 64 == 0 and pointer >= storage._FIRST_ADDRESS
    assert t[2:].data_ptr() - pointer == 16
    assert t.view(2, 2)[1].data_ptr() - pointer == 16


def test_allocations_get_disjoint_ranges():
    a, b = tensor([1.0] * 100), tensor([2.0] * 100)
    low, high = sorted((a, b), key=lambda t: t.data_ptr())
    assert high.data_ptr() >= low.data_ptr() + low.nbytes


def test_a_numpy_view_shares_its_owners_address_space():
    array = np.arange(10.0)
    whole, part = tensor(0.0), tensor(0.0)
    whole._data, part._data = array, array[3:]
    assert part.data_ptr() - whole.data_ptr() == 24


def test_freed_allocations_leave_the_table():
    before = len(storage._bases)
    for _ in range(50):
        tensor([1.0, 2.0]).data_ptr()
    gc.collect()
    assert len(storage._bases) <= before + 1


def test_storage_reprs_hold_no_address():
    t = tensor([1, 2])
    assert "0x" not in repr(t.untyped_storage())
    assert t.untyped_storage().data_ptr() == t.data_ptr()
