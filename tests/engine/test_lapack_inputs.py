"""LAPACK routines write into their arguments: gradsh hands them copies, never
a caller's tensor (a single column is contiguous either way, so a "make it
Fortran-ordered if needed" helper would return the caller's own memory)."""
from __future__ import annotations

from gradsh.engine.namespace import MODULES

torch = MODULES["torch"]


def test_ldl_solve_leaves_a_one_column_right_hand_side_alone():
    A = torch.tensor([[4., 1.], [1., 3.]], dtype=torch.float64)
    LD, pivots = torch.linalg.ldl_factor(A)
    B = torch.tensor([[1.], [2.]], dtype=torch.float64)
    before = B.tolist()
    X = torch.linalg.ldl_solve(LD, pivots, B)
    assert B.tolist() == before
    assert (A @ X - B).abs().max().item() < 1e-12


def test_ormqr_leaves_a_one_column_input_alone():
    A = torch.tensor([[2., 1.], [1., 3.], [0., 1.]], dtype=torch.float64)
    a, tau = torch.geqrf(A)
    C = torch.tensor([[1.], [0.], [0.]], dtype=torch.float64)
    before = C.tolist()
    torch.ormqr(a, tau, C)
    assert C.tolist() == before


def test_the_column_major_copy_never_shares_memory():
    import numpy as np

    from gradsh.engine.ops import linalg_lapack

    for shape in ((1, 2, 1), (1, 1, 3), (2, 3, 3)):
        a = np.arange(np.prod(shape), dtype=np.float64).reshape(shape)
        assert not np.shares_memory(linalg_lapack._column_major(a), a)
