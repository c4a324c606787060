"""Generate tests/transcripts/ldl_qr_from_pytorch.gsh from a real PyTorch:
torch.linalg.ldl_factor, ldl_factor_ex, ldl_solve, torch.geqrf, torch.ormqr
(and the Tensor methods): docstring examples, Bunch-Kaufman's 2x2 pivots,
complex symmetric and Hermitian inputs, batches, empty inputs, out=, errors,
grad_fn names, the refused derivatives and ormqr's backward.

    /path/to/torch-venv/bin/python dev/gen_ldl_qr_transcripts.py

The ``.tolist()`` lines print every bit: gradsh runs MKL's own sytrf, sytrs,
geqrf and ormqr when MKL's runtime is installed (the test extra pins it), as
PyTorch's CPU build does. Left out on purpose: ``torch.linalg.norm(A @ X - B)``
of the ldl_solve docstring (rounding noise of the batched matmul, not of
ldl_solve) and matrices large enough for MKL's threaded ormqr to split its
work (PyTorch's bits then depend on its thread count).
"""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from gen_blocks_transcripts import write_transcripts  # noqa: E402

INPUTS = [
    "# torch.linalg.ldl_* and torch.geqrf / torch.ormqr, generated from PyTorch 2.13",
    "import torch",
    # ---------------------------------------------------------- docstrings
    "_ = torch.manual_seed(0)",
    "A = torch.randn(3, 3)",
    "A = A @ A.mT",
    "A",
    "LD, pivots = torch.linalg.ldl_factor(A)",
    "LD",
    "pivots",
    "LD, pivots, info = torch.linalg.ldl_factor_ex(A)",
    "info",
    "torch.linalg.ldl_factor(A)",
    # ------------------------------------------------ exact inputs, pivoting
    "S = torch.tensor([[4., 1., 2.], [1., -3., 0.5], [2., 0.5, 5.]])",
    "LD, piv = torch.linalg.ldl_factor(S)",
    "LD",
    "piv",
    "LD.tolist()",
    "B = torch.tensor([[1., 0.], [2., 1.], [3., -1.]])",
    "X = torch.linalg.ldl_solve(LD, piv, B)",
    "X",
    "X.tolist()",
    "torch.linalg.ldl_factor(torch.tensor([[1., 2.], [2., 1.]]))",
    "torch.linalg.ldl_factor(torch.tensor([[0., 1.], [1., 0.]]))",
    "P = torch.tensor([[0., 1., 2.], [1., 0., 3.], [2., 3., 0.]])",
    "LD, piv = torch.linalg.ldl_factor(P)",
    "LD, piv",
    "torch.linalg.ldl_solve(LD, piv, torch.tensor([[1.], [2.], [3.]]))",
    "Q = torch.tensor([[1., 5., 0., 2.], [5., 0.5, 3., 1.], [0., 3., -2., 4.], "
    "[2., 1., 4., 0.25]], dtype=torch.float64)",
    "LD, piv = torch.linalg.ldl_factor(Q)",
    "LD.tolist()",
    "piv",
    "X = torch.linalg.ldl_solve(LD, piv, torch.eye(4, dtype=torch.float64))",
    "X.tolist()",
    "torch.linalg.ldl_factor(torch.tensor([[1., 5.], [7., 2.]]))",
    "torch.linalg.ldl_factor_ex(torch.zeros(2, 2))",
    "torch.linalg.ldl_factor(torch.zeros(2, 2))",
    "torch.linalg.ldl_factor_ex(torch.zeros(2, 2), check_errors=True)",
    "torch.linalg.ldl_factor(torch.stack([S, torch.zeros(3, 3)]))",
    "torch.linalg.ldl_factor_ex(torch.stack([S, P, torch.zeros(3, 3)]))",
    "torch.linalg.ldl_factor(torch.zeros(0, 0))",
    "torch.linalg.ldl_factor(torch.zeros(2, 0, 0))",
    # --------------------------------------------------- batches, broadcasting
    "SB = torch.stack([S, P])",
    "LD, piv = torch.linalg.ldl_factor(SB)",
    "LD.tolist()",
    "piv",
    "torch.linalg.ldl_solve(LD, piv, torch.tensor([[1.], [2.], [3.]]))",
    "torch.linalg.ldl_solve(LD, piv, torch.ones(2, 3, 2)).tolist()",
    "torch.linalg.ldl_solve(LD, piv.long(), torch.ones(3, 1))",
    "torch.linalg.ldl_solve(LD, piv, torch.ones(3, 0))",
    # -------------------------------------------------- complex, hermitian=
    "H = torch.tensor([[2., 1 + 1j, 3j], [1 - 1j, -1., 0.5], [-3j, 0.5, 4.]], "
    "dtype=torch.complex128)",
    "LD, piv = torch.linalg.ldl_factor(H, hermitian=True)",
    "LD.tolist()",
    "piv",
    "torch.linalg.ldl_solve(LD, piv, torch.ones(3, 1, dtype=torch.complex128), "
    "hermitian=True).tolist()",
    "C = torch.tensor([[2., 1 + 1j, 3j], [1 + 1j, -1., 0.5], [3j, 0.5, 4.]], "
    "dtype=torch.complex64)",
    "LD, piv = torch.linalg.ldl_factor(C)",
    "LD.tolist()",
    "piv",
    "torch.linalg.ldl_solve(LD, piv, torch.ones(3, 2, dtype=torch.complex64)).tolist()",
    "torch.linalg.ldl_factor(torch.tensor([[0., 1j], [1j, 0.]]))",
    "torch.linalg.ldl_factor(torch.tensor([[1., 2.], [2., 1.]]), hermitian=True)",
    # ------------------------------------------------------------- autograd
    "Sg = S.clone().requires_grad_()",
    "r = torch.linalg.ldl_factor(Sg)",
    "r",
    "r.LD.grad_fn.name()",
    "r.LD.sum().backward()",
    "torch.linalg.ldl_factor_ex(Sg).LD.sum().backward()",
    "LD, piv = torch.linalg.ldl_factor(S)",
    "Bg = torch.ones(3, 1, requires_grad=True)",
    "Xg = torch.linalg.ldl_solve(LD, piv, Bg)",
    "Xg",
    "Xg.sum().backward()",
    # ----------------------------------------------------------------- out=
    "out = (torch.empty(0), torch.empty(0, dtype=torch.int32))",
    "torch.linalg.ldl_factor(S, out=out)",
    "out[1]",
    "torch.linalg.ldl_factor(S, out=(torch.empty(0), torch.empty(0)))",
    "torch.linalg.ldl_factor(S, out=(torch.empty(0, dtype=torch.float64), "
    "torch.empty(0, dtype=torch.int32)))",
    "torch.linalg.ldl_factor_ex(S, out=(torch.empty(0), torch.empty(0, dtype=torch.int32), "
    "torch.empty(0, dtype=torch.int32)))",
    "torch.linalg.ldl_factor(Sg, out=(torch.empty(0), torch.empty(0, dtype=torch.int32)))",
    "o = torch.empty(0)",
    "torch.linalg.ldl_solve(LD, piv, B, out=o)",
    "o",
    "torch.linalg.ldl_solve(LD, piv, B, out=torch.empty(0, dtype=torch.float64))",
    # --------------------------------------------------------------- errors
    "torch.linalg.ldl_factor(torch.ones(2, 3))",
    "torch.linalg.ldl_factor(torch.ones(3))",
    "torch.linalg.ldl_factor(torch.ones(2, 2, dtype=torch.int64))",
    "torch.linalg.ldl_factor_ex(torch.ones(2, 2, dtype=torch.int32))",
    "torch.linalg.ldl_factor(torch.ones(2, 2, dtype=torch.float16))",
    "torch.linalg.ldl_solve(LD, piv, torch.ones(2, 1))",
    "torch.linalg.ldl_solve(LD, piv, torch.ones(3, 1, dtype=torch.float64))",
    "torch.linalg.ldl_solve(LD, piv, torch.ones(3))",
    "torch.linalg.ldl_solve(LD, piv[:2], torch.ones(3, 1))",
    "torch.linalg.ldl_solve(LD, piv.float(), torch.ones(3, 1))",
    "torch.linalg.ldl_solve(LD[0], piv, torch.ones(3, 1))",
    "torch.linalg.ldl_solve(torch.ones(2, 3), piv, torch.ones(3, 1))",
    "torch.linalg.ldl_solve(LD.int(), piv, torch.ones(3, 1).int())",
    "torch.linalg.ldl_solve(LD.expand(2, 3, 3), piv.expand(2, 3), torch.ones(3, 3, 1))",
    "torch.linalg.ldl_solve(LD, piv.expand(2, 3), torch.ones(3, 1))",
    "torch.linalg.ldl_solve(torch.eye(2), torch.tensor([1, 3]), torch.ones(2, 1))",
    "torch.linalg.ldl_solve(torch.eye(2), torch.tensor([1, 0]), torch.ones(2, 1))",
    # ---------------------------------------------------------------- geqrf
    "M = torch.tensor([[12., -51., 4.], [6., 167., -68.], [-4., 24., -41.]])",
    "a, tau = torch.geqrf(M)",
    "a",
    "tau",
    "a.tolist()",
    "tau.tolist()",
    "M.geqrf()",
    "torch.geqrf(torch.tensor([[1., 2.], [3., 4.], [5., 6.]], dtype=torch.float64)).a.tolist()",
    "torch.geqrf(torch.ones(2, 3))",
    "torch.geqrf(torch.zeros(2, 2))",
    "torch.geqrf(torch.tensor([[0., 1.], [2., 0.]]))",
    "torch.geqrf(torch.tensor([[1., 1.], [0., 0.]]))",
    "torch.geqrf(torch.tensor([[1., 1j], [1 + 1j, 2.], [3., 4.]])).tau.tolist()",
    "torch.geqrf(torch.stack([M, M.mT])).tau",
    "torch.geqrf(torch.ones(0, 3))",
    "torch.linalg.householder_product(*torch.geqrf(M))",
    "torch.geqrf(torch.ones(3))",
    "torch.geqrf(torch.ones(3, 2, dtype=torch.int64))",
    "torch.geqrf(torch.ones(3, 2, dtype=torch.float16))",
    "Mg = M.clone().requires_grad_()",
    "g = torch.geqrf(Mg)",
    "g",
    "g.a.sum().backward()",
    "torch.geqrf(M, out=(torch.empty(0), torch.empty(0)))",
    # ---------------------------------------------------------------- ormqr
    "O = torch.tensor([[1., 2.], [3., 4.], [5., -6.]])",
    "torch.ormqr(a, tau, O)",
    "torch.ormqr(a, tau, O).tolist()",
    "torch.ormqr(a, tau, O, transpose=True).tolist()",
    "torch.ormqr(a, tau, O.mT, left=False).tolist()",
    "torch.ormqr(a, tau, O.mT, left=False, transpose=True).tolist()",
    "a.ormqr(tau, O, True, True)",
    "torch.ormqr(a, tau, torch.ormqr(a, tau, O, transpose=True))",
    "a2, tau2 = torch.geqrf(torch.tensor([[1., 2.], [3., 4.], [5., 6.], [7., 9.]]))",
    "torch.ormqr(a2, tau2, torch.eye(4))",
    "torch.ormqr(a2, tau2, torch.ones(3, 4), left=False)",
    "ac, tc = torch.geqrf(torch.tensor([[1., 1j], [1 + 1j, 2.], [3., 4.]]))",
    "torch.ormqr(ac, tc, torch.ones(3, 2, dtype=torch.complex64), transpose=True).tolist()",
    "torch.ormqr(torch.geqrf(torch.stack([M, M.mT])).a, torch.geqrf(torch.stack([M, M.mT])).tau, "
    "torch.ones(2, 3, 1))",
    "torch.ormqr(torch.ones(4, 0), torch.ones(0), O[:, :1].expand(4, 2).clone()[:4])",
    "o = torch.empty(0)",
    "torch.ormqr(a, tau, O, out=o)",
    "o",
    # ormqr's backward
    "ag = a.double().requires_grad_()",
    "tg = tau.double().requires_grad_()",
    "Og = O.double().requires_grad_()",
    "Y = torch.ormqr(ag, tg, Og)",
    "Y",
    "(Y * torch.tensor([[1., -1.], [2., 0.5], [0., 1.]], dtype=torch.float64)).sum().backward()",
    "ag.grad",
    "tg.grad",
    "Og.grad",
    "ag.grad = tg.grad = Og.grad = None",
    "torch.ormqr(ag, tg, Og.mT, left=False, transpose=True).pow(2).sum().backward()",
    "ag.grad",
    "tg.grad",
    "Og.grad",
    "a4 = a2.double().requires_grad_()",
    "t4 = tau2.double().requires_grad_()",
    "torch.ormqr(a4, t4, torch.ones(4, 3, dtype=torch.float64), transpose=True).sum()"
    ".backward()",
    "a4.grad",
    "t4.grad",
    "torch.ormqr(ag, tg, Og, out=torch.empty(0))",
    # ormqr's errors
    "torch.ormqr(a, tau, torch.ones(2, 2))",
    "torch.ormqr(a, tau, torch.ones(3, 2), left=False)",
    "torch.ormqr(a, tau[:2], O)",
    "torch.ormqr(a2, tau2[:1], torch.ones(4, 3))",
    "torch.ormqr(a, tau.expand(2, 3), O)",
    "torch.ormqr(a, tau, torch.ones(3))",
    "torch.ormqr(a[0], tau, O)",
    "torch.ormqr(a, tau, torch.ones(2, 3, 2))",
    "torch.ormqr(a.expand(2, 3, 3), tau.expand(3, 3), torch.ones(2, 3, 2))",
    "torch.ormqr(a.expand(2, 3, 3), tau.expand(2, 3), torch.ones(4, 3, 2))",
    "torch.ormqr(a, tau.double(), O)",
    "torch.ormqr(a, tau, O.double())",
    "torch.ormqr(a.int(), tau.int(), O.int())",
    "torch.ormqr(a.half(), tau.half(), O.half())",
    "torch.ormqr(a, tau, 3)",
    "torch.geqrf(3)",
]

TRANSCRIPTS = {"ldl_qr_from_pytorch": INPUTS}

if __name__ == "__main__":
    write_transcripts(TRANSCRIPTS)
