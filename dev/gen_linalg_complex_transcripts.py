"""Generate tests/transcripts/linalg_complex_from_pytorch.gsh from a real PyTorch:
complex inputs to torch.linalg (cholesky, inv, svd/svdvals, eigh/eigvalsh, qr,
pinv, matrix_rank, cond, norms, solve, lstsq, cholesky_solve/inverse, dist),
their dtypes, errors and gradients (PyTorch's complex conventions), and the
bits of the MKL-backed decompositions (``.tolist()`` lines, float32 and
complex64: getrf/getrs, potrf/potrs/potri, gesdd, syevd/heevd, geqrf+orgqr).

    /path/to/torch-venv/bin/python dev/gen_linalg_complex_transcripts.py

Inputs are built without complex matrix products (``Z + Z.mH``, not
``Z @ Z.mH``): gradsh's complex matmul is NumPy's, whose last bits differ
from MKL's zgemm. The ``.tolist()`` lines assume MKL's runtime is installed
(docs/linalg.md); gradients print at 4 decimals.
"""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from gen_blocks_transcripts import write_transcripts  # noqa: E402

INPUTS = [
    "# torch.linalg with complex inputs and MKL's bits, generated from PyTorch 2.13",
    "import torch",
    "_ = torch.manual_seed(0)",
    "Z = torch.randn(3, 3, dtype=torch.complex64)",
    "H = Z + Z.mH + 6 * torch.eye(3)",
    "Zd = torch.randn(2, 3, 3, dtype=torch.complex128)",
    "Hd = Zd + Zd.mH + 6 * torch.eye(3)",
    # ---------------------------------------------------------- forward
    "torch.linalg.cholesky(H)",
    "torch.linalg.cholesky(Hd, upper=True)",
    "torch.linalg.cholesky_ex(H)",
    "torch.linalg.inv(Z)",
    "torch.linalg.inv(Zd).dtype",
    "torch.linalg.svdvals(Z)",
    "torch.linalg.svdvals(Zd)",
    "torch.linalg.svd(Z).S.dtype",
    "torch.linalg.eigh(H)",
    "torch.linalg.eigvalsh(Hd)",
    "torch.linalg.eigh(H, UPLO='U').eigenvalues",
    "torch.linalg.qr(Z)",
    "torch.linalg.qr(Zd, mode='r').R",
    "torch.linalg.pinv(Z)",
    "(torch.view_as_real(torch.linalg.pinv(H, hermitian=True)).round(decimals=4) + 0)",
    "torch.linalg.matrix_rank(Zd)",
    "torch.linalg.matrix_rank(Z, atol=1.0, rtol=0.0)",
    "torch.linalg.matrix_rank(H, hermitian=True)",
    "torch.linalg.cond(Z)",
    "torch.linalg.cond(Zd)",
    "torch.linalg.norm(Z)",
    "torch.linalg.norm(Z, 2)",
    "torch.linalg.norm(Z, 'nuc')",
    "torch.linalg.norm(Z, 1)",
    "torch.linalg.norm(Z, -float('inf'))",
    "torch.linalg.vector_norm(Z, 3)",
    "torch.linalg.vector_norm(Z, float('inf'))",
    "torch.linalg.matrix_norm(Zd, 'fro')",
    "torch.dist(Z, H)",
    "torch.dist(Z, H, 1)",
    "W = torch.randn(3, 2, dtype=torch.complex64)",
    "torch.linalg.solve(Z, W)",
    "torch.linalg.solve(Z, W[:, 0])",
    "torch.linalg.solve_triangular(Z.triu(), W, upper=True)",
    "torch.linalg.lstsq(Z, W).solution",
    "torch.linalg.lstsq(Z, W).rank",
    "torch.cholesky_solve(W, torch.linalg.cholesky(H))",
    "torch.cholesky_inverse(torch.linalg.cholesky(H))",
    "torch.svd(Z).V",
    "torch.linalg.solve(torch.randn(3, 3), W)",
    "torch.linalg.cholesky(torch.randn(2, 2, dtype=torch.complex64) - 3 * torch.eye(2))",
    # ---------------------------------------------------------- gradients
    "Zg = Z.clone().requires_grad_()",
    "torch.linalg.svdvals(Zg)",
    "torch.autograd.grad(torch.linalg.svdvals(Zg).sum(), Zg)[0]",
    "torch.autograd.grad(torch.linalg.inv(Zg).abs().sum(), Zg)[0]",
    "torch.autograd.grad(torch.linalg.pinv(Zg).abs().sum(), Zg)[0]",
    "torch.autograd.grad(torch.linalg.norm(Zg), Zg)[0]",
    "torch.autograd.grad(torch.linalg.vector_norm(Zg, 1), Zg)[0]",
    "torch.autograd.grad(torch.linalg.qr(Zg).R.abs().sum(), Zg)[0]",
    "U, S, Vh = torch.linalg.svd(Zg)",
    "torch.autograd.grad((U[:, 0] * Vh[0]).abs().sum(), Zg)[0]",
    "torch.autograd.grad(U.real.sum(), Zg)",
    "Hg = H.clone().requires_grad_()",
    "(torch.view_as_real(torch.autograd.grad(torch.linalg.eigvalsh(Hg).pow(2).sum(), Hg)[0])"
    ".round(decimals=4) + 0)",
    "(torch.view_as_real(torch.autograd.grad(torch.linalg.cholesky(Hg).abs().sum(), Hg)[0])"
    ".round(decimals=4) + 0)",
    "L, V = torch.linalg.eigh(Hg)",
    "(torch.view_as_real(torch.autograd.grad(V.abs().sum(), Hg)[0]).round(decimals=4) + 0)",
    "torch.autograd.grad(V.real.sum(), Hg)",
    "Wg = W.clone().requires_grad_()",
    "torch.autograd.grad(torch.linalg.solve(Zg, Wg).abs().sum(), (Zg, Wg))",
    "torch.autograd.grad(torch.cholesky_solve(Wg, torch.linalg.cholesky(Hg)).abs().sum(), Wg)[0]",
    "(torch.view_as_real(torch.autograd.grad(torch.cholesky_solve(Wg, torch.linalg.cholesky(Hg))"
    ".abs().sum(), Hg)[0]).round(decimals=4) + 0)",
    "torch.linalg.svdvals(Zg).sum().backward()",
    "Zg.grad",
    # ------------------------------------------- MKL's bits (float32, complex64)
    "_ = torch.manual_seed(1)",
    "A = torch.randn(4, 4)",
    "S = A + A.mT + 8 * torch.eye(4)",
    "B = torch.randn(4, 2)",
    "torch.linalg.svd(A).S.tolist()",
    "torch.linalg.svdvals(A).tolist()",
    "torch.linalg.inv(A).tolist()",
    "torch.linalg.solve(A, B).tolist()",
    "torch.linalg.qr(A).Q.tolist()",
    "torch.linalg.qr(A).R.tolist()",
    "torch.linalg.eigh(S).eigenvectors.tolist()",
    "torch.linalg.eigvalsh(S).tolist()",
    "torch.linalg.cholesky(S).tolist()",
    "torch.linalg.cholesky(S, upper=True).tolist()",
    "torch.linalg.lu_factor(A).LU.tolist()",
    "torch.linalg.lu_solve(*torch.linalg.lu_factor(A), B).tolist()",
    "torch.cholesky_solve(B, torch.linalg.cholesky(S)).tolist()",
    "torch.cholesky_inverse(torch.linalg.cholesky(S)).tolist()",
    "Z = torch.randn(3, 3, dtype=torch.complex64)",
    "H = Z + Z.mH + 6 * torch.eye(3)",
    "torch.linalg.svd(Z).U.tolist()",
    "torch.linalg.svdvals(Z).tolist()",
    "torch.linalg.inv(Z).tolist()",
    "torch.linalg.qr(Z).Q.tolist()",
    "torch.linalg.eigh(H).eigenvectors.tolist()",
    "torch.linalg.cholesky(H).tolist()",
    "torch.linalg.cond(Z).item()",
]

TRANSCRIPTS = {"linalg_complex_from_pytorch": INPUTS}


def main() -> None:
    write_transcripts(TRANSCRIPTS)


if __name__ == "__main__":
    main()
