"""Generate tests/transcripts/copy_out_from_pytorch.gsh from a real PyTorch:
the view-copy family (permute_copy, split_copy, ...: values, grad_fn names,
gradients, their own out= rules), the deprecated norms frobenius_norm and
nuclear_norm, native_batch_norm, the kernels a CPU build lacks (cudnn_*,
batch_norm_elemt, mkldnn_adaptive_avg_pool2d) and the removed functions
lstsq, solve, matrix_rank and symeig.

    /path/to/torch-venv/bin/python dev/gen_copy_out_transcripts.py
"""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from gen_blocks_transcripts import write_transcripts  # noqa: E402

FIRST_LINE = """
def first_line(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ": " + str(e).split("\\n")[0])
"""

INPUTS = [
    "# the view-copy family, frobenius/nuclear norm, native_batch_norm and removed names, "
    "generated from PyTorch 2.13",
    "import torch",
    "x = torch.arange(6.).reshape(2, 3).requires_grad_()",
    "w = torch.arange(12.).reshape(2, 3, 2)",
    "c = torch.tensor([[1+2j, 3-1j], [0.5j, -2+0j]], requires_grad=True)",
    # values and grad_fn names
    "torch.alias_copy(x)",
    "torch.as_strided_copy(x, (2, 2), (1, 2))",
    "torch.as_strided_copy(x, (2, 2), (1, 2), 1)",
    "torch.as_strided_copy(x[1], (2,), (1,))",
    "torch.detach_copy(x)",
    "torch.detach_copy(x).requires_grad, torch.detach_copy(x).grad_fn.name()",
    "torch.detach_copy(x).sum().backward()",
    "torch.diagonal_copy(x)",
    "torch.diagonal_copy(x, 1)",
    "torch.diagonal_copy(x, dim1=1, dim2=0)",
    "torch.diagonal_copy(w, 0, 1, 2)",
    "torch.expand_copy(x[:1], (3, 3))",
    "torch.expand_copy(x, (2, 2, 3), implicit=True)",
    "torch.expand_copy(x, (2, -1))",
    "torch.permute_copy(x, (1, 0))",
    "torch.permute_copy(w, (2, 0, 1))",
    "torch.select_copy(x, 0, 1)",
    "torch.select_copy(x, 1, -1)",
    "torch.slice_copy(x)",
    "torch.slice_copy(x, 1, 0, 2)",
    "torch.slice_copy(x, 1, step=2)",
    "torch.slice_copy(x, 1, -2)",
    "torch.slice_copy(x, 1, None, -1)",
    "torch.slice_copy(x, 0, -10, 10)",
    "torch.slice_copy(x, 1, 5, 1)",
    "torch.split_copy(x, 2, 1)",
    "torch.split_copy(x, 1)",
    "torch.split_copy(x, split_size=2, dim=1)",
    "torch.split_with_sizes_copy(x, [1, 2], 1)",
    "torch.squeeze_copy(x[:1])",
    "torch.squeeze_copy(x[:1], 0)",
    "torch.squeeze_copy(x[:1], (0,))",
    "torch.squeeze_copy(torch.ones(1, 2, 1), [0, 2])",
    "torch.t_copy(x)",
    "torch.t_copy(torch.ones(3))",
    "torch.transpose_copy(x, 0, 1)",
    "torch.transpose_copy(x, -1, 0)",
    "torch.unbind_copy(x)",
    "torch.unbind_copy(x, dim=1)",
    "torch.unfold_copy(x, 1, 2, 1)",
    "torch.unfold_copy(x, 0, 1, 1)",
    "torch.unsqueeze_copy(x, 0)",
    "torch.unsqueeze_copy(x, -1)",
    "torch.view_as_real_copy(c)",
    "torch.view_as_real_copy(torch.tensor([1+2j]).conj())",
    "torch.view_as_complex_copy(torch.ones(2, 2))",
    "torch.view_as_complex_copy(w)",
    "torch.view_copy(x, (3, 2))",
    "torch.view_copy(x, [-1])",
    "torch.view_copy(x.t(), (6,))",
    "torch.view_copy(x, torch.int32)",
    "torch.view_copy(torch.ones(4), torch.float64)",
    "torch.view_copy(torch.ones(2, 2), torch.float16)",
    "torch.view_copy(torch.ones(4, 2)[:, :1], torch.int16)",
    "torch.view_copy(torch.ones(4), torch.int8)",
    # fresh storage: a write to the copy leaves the input alone
    "p = torch.permute_copy(x.detach(), (1, 0))",
    "p.is_contiguous(), p.stride()",
    "p[0, 0] = 100.",
    "x",
    "torch.expand_copy(torch.ones(1), (3,)).stride()",
    # complex inputs
    "torch.permute_copy(c, (1, 0))",
    "torch.split_copy(c, 1)",
    "torch.diagonal_copy(c)",
    "torch.select_copy(c, 0, 0)",
    "torch.slice_copy(c)",
    "torch.view_as_complex_copy(torch.ones(2, 2, requires_grad=True))",
    # gradients
    "torch.autograd.grad(torch.permute_copy(x, (1, 0))[0].sum(), x)",
    "torch.autograd.grad(torch.split_copy(x, 2, 1)[1].sum(), x)",
    "torch.autograd.grad(torch.select_copy(x, 1, 2).sum(), x)",
    "torch.autograd.grad((torch.slice_copy(x, 1, 0, 3, 2) * 3).sum(), x)",
    "torch.autograd.grad(torch.expand_copy(x[:1], (3, 3)).sum(), x)",
    "torch.autograd.grad(torch.view_copy(x.t(), (6,))[1], x)",
    "torch.autograd.grad((torch.unfold_copy(x, 1, 2, 1) ** 2).sum(), x)",
    "torch.autograd.grad(torch.as_strided_copy(x, (2, 2), (1, 2)).sum(), x)",
    "torch.autograd.grad(torch.diagonal_copy(x, 1).sum(), x)",
    "torch.autograd.grad(torch.unbind_copy(x, 1)[2].sum(), x)",
    "torch.autograd.grad(torch.squeeze_copy(x[:1]).sum(), x)",
    "torch.autograd.grad(torch.unsqueeze_copy(x, 0).sum(), x)",
    "torch.autograd.grad(torch.t_copy(x)[2, 1], x)",
    "torch.autograd.grad(torch.alias_copy(x).sum(), x)",
    "torch.autograd.grad(torch.view_as_real_copy(c)[..., 1].sum(), c)",
    "torch.autograd.grad(torch.split_with_sizes_copy(x, [1, 2], 1)[0].sum(), x, "
    "create_graph=True)",
    "x.grad",
    "torch.permute_copy(x, (1, 0)).sum().backward()",
    "x.grad",
    # errors
    "torch.permute_copy(x, (0,))",
    "torch.permute_copy(x, 1, 0)",
    "torch.select_copy(x, 0, 5)",
    "torch.select_copy(x, 1, -4)",
    "torch.select_copy(torch.tensor(1.), 0, 0)",
    "torch.select_copy(x, 2, 0)",
    "torch.slice_copy(torch.tensor(1.))",
    "torch.slice_copy(x, 1, step=0)",
    "torch.slice_copy(x, 2)",
    "torch.expand_copy(x, (2, 2))",
    "torch.t_copy(torch.ones(2, 2, 2))",
    "torch.transpose_copy(x, 0, 2)",
    "torch.unsqueeze_copy(x, 5)",
    "torch.view_copy(x, (4, 2))",
    "torch.split_copy(x, 0)",
    "torch.split_copy(x, [1, 1])",
    "torch.split_with_sizes_copy(x, [1, 1])",
    "torch.split_with_sizes_copy(x, 1)",
    "torch.unbind_copy(x, 3)",
    "torch.diagonal_copy(x, 0, 0, 0)",
    "torch.unfold_copy(x, 1, 4, 1)",
    "torch.view_as_real_copy(x)",
    "torch.view_as_complex_copy(x)",
    "torch.view_as_complex_copy(torch.ones(2, 2).t())",
    "torch.view_copy(x, torch.float64)",
    "torch.view_copy(torch.tensor(1.), torch.float64)",
    "torch.view_copy(x.detach().t(), torch.float16)",
    "torch.view_copy(torch.ones(2, 4)[:, ::2], torch.int16)",
    # out=
    "xd = torch.arange(6.).reshape(2, 3)",
    "o = torch.zeros(0)",
    "torch.permute_copy(xd, (1, 0), out=o)",
    "o",
    "torch.permute_copy(xd, (1, 0), out=torch.zeros(6))",
    "torch.permute_copy(xd, (1, 0), out=torch.zeros(3, 2, dtype=torch.float64))",
    "torch.permute_copy(xd, (1, 0), out=torch.zeros(3, 2, dtype=torch.int64))",
    "torch.permute_copy(xd, (1, 0), out=torch.zeros(3, 2, requires_grad=True))",
    "torch.permute_copy(xd, (1, 0), out=(torch.zeros(3),))",
    "torch.permute_copy(xd, (1, 0), out=3)",
    "torch.permute_copy(xd, (1, 0), out=None)",
    "o = torch.zeros(0)",
    "torch.permute_copy(x, (1, 0), out=o)",
    "o.requires_grad, o.grad_fn.name()",
    "o.sum().backward()",
    "torch.detach_copy(x, out=torch.zeros(0))",
    "torch.view_copy(x, (3, 2), out=torch.zeros(0))",
    "torch.view_copy(xd, torch.int32, out=torch.zeros(0, dtype=torch.int32))",
    "torch.view_copy(xd, torch.int32, out=torch.zeros(0))",
    "torch.view_as_complex_copy(torch.ones(2, 2), out=torch.zeros(0))",
    "torch.view_as_complex_copy(torch.ones(2, 2), out=torch.zeros(0, dtype=torch.cfloat))",
    "torch.view_as_complex_copy(torch.ones(2, 2, requires_grad=True), "
    "out=torch.zeros(0, dtype=torch.cfloat))",
    "y = torch.arange(6.).reshape(2, 3)",
    "torch.t_copy(y, out=y)",
    "y",
    "with torch.no_grad():\n    print(torch.permute_copy(x, (1, 0), out=torch.zeros(0)))",
    "a, b = torch.zeros(2, 2), torch.zeros(2, 1)",
    "torch.split_copy(xd, 2, 1, out=[a, b])",
    "a, b",
    "torch.split_copy(xd, 2, 1, out=(a, b))",
    "torch.split_copy(xd, 2, 1, out=[a])",
    "torch.split_copy(xd, 2, 1, out=[a, torch.zeros(1, 1)])",
    "torch.split_copy(xd, 2, 1, out=[a, torch.zeros(0)])",
    "torch.split_copy(xd, 2, 1, out=[torch.zeros(0), torch.zeros(0)])",
    "i = torch.zeros(2, 1, dtype=torch.int64)",
    "torch.split_copy(xd, 2, 1, out=[a, i])",
    "i",
    "torch.split_copy(xd, 2, 1, out=[a, 3])",
    "torch.split_copy(xd, 2, 1, out=a)",
    "torch.split_copy(x, 2, 1, out=[a, b])",
    "a.requires_grad, b.grad_fn",
    "s1, s2 = torch.zeros(0), torch.zeros(5)",
    "torch.split_with_sizes_copy(xd, [1, 2], 1, out=[s1, s2])",
    "s1, s2",
    "torch.split_with_sizes_copy(xd, [1, 2], 1, out=[s1])",
    "torch.split_with_sizes_copy(xd, [1, 2], 1, out=[s1, torch.zeros(2, 2, dtype=torch.float64)])",
    "u1, u2 = torch.zeros(0), torch.zeros(1)",
    "torch.unbind_copy(xd, out=[u1, u2])",
    "u1, u2",
    "torch.unbind_copy(xd, out=[u1])",
    "torch.unbind_copy(xd, out=[u1, torch.zeros(3, dtype=torch.float64)])",
    "torch.unbind_copy(xd, out=[u1, torch.zeros(3, requires_grad=True)])",
    "torch.unbind_copy(xd, out=torch.zeros(3))",
    # frobenius_norm / nuclear_norm
    "torch.frobenius_norm(xd, (0, 1))",
    "torch.frobenius_norm(xd, 1)",
    "torch.frobenius_norm(xd, (1,), True)",
    "torch.frobenius_norm(xd, [])",
    "torch.frobenius_norm(xd, (), True)",
    "torch.frobenius_norm(x, (0, 1))",
    "torch.autograd.grad(torch.frobenius_norm(x, 1).sum(), x)",
    "torch.frobenius_norm(c, (0, 1))",
    "torch.frobenius_norm(torch.ones(2, 2, dtype=torch.float64), 0)",
    "torch.frobenius_norm(xd)",
    "torch.frobenius_norm(xd, (0, 1, 2))",
    "torch.frobenius_norm(xd, (0, 0))",
    "torch.frobenius_norm(torch.arange(6).reshape(2, 3), (0, 1))",
    "torch.frobenius_norm(xd, (0, 1), out=torch.zeros(0))",
    "torch.frobenius_norm(xd, 0, out=torch.zeros(0, dtype=torch.float64))",
    "torch.frobenius_norm(x, 1, out=torch.zeros(0))",
    "torch.nuclear_norm(xd)",
    "torch.nuclear_norm(xd, True)",
    "torch.nuclear_norm(xd, (0, 1))",
    "torch.nuclear_norm(xd, (1, 0))",
    "torch.nuclear_norm(xd.reshape(1, 2, 3), (1, 2))",
    "torch.nuclear_norm(x)",
    "torch.nuclear_norm(x, (0, 1), True)",
    "torch.autograd.grad(torch.nuclear_norm(x), x)",
    "torch.nuclear_norm(xd, 1)",
    "torch.nuclear_norm(xd.reshape(6))",
    "torch.nuclear_norm(torch.arange(6).reshape(2, 3))",
    "torch.nuclear_norm(xd, out=torch.zeros(0))",
    "torch.nuclear_norm(xd, (0, 1), out=torch.zeros(0))",
    "torch.nuclear_norm(xd, out=torch.zeros(0, dtype=torch.float64))",
    "n = torch.zeros(0)",
    "torch.nuclear_norm(x, out=n)",
    "n.grad_fn.name()",
    # native_batch_norm
    "bn = torch.tensor([[1., 2., 0.5], [3., 6., 1.], [0., 1., 2.], [2., 2., 2.]], "
    "requires_grad=True)",
    "gamma = torch.tensor([1., 2., 3.], requires_grad=True)",
    "beta = torch.tensor([0., 1., -1.], requires_grad=True)",
    "rm, rv = torch.zeros(3), torch.ones(3)",
    "torch.native_batch_norm(bn, gamma, beta, rm, rv, True, 0.1, 1e-5)",
    "rm, rv",
    "torch.native_batch_norm(bn, gamma, beta, rm, rv, False, 0.1, 1e-5)",
    "torch.native_batch_norm(bn, gamma, beta, None, None, True, 0.1, 1e-5)",
    "torch.native_batch_norm(torch.arange(24.).reshape(2, 3, 4), None, None, None, None, "
    "True, 0.1, 1e-5)",
    "torch.native_batch_norm(bn, gamma, beta, rm, rv, True, 0.1, 1e-5)[1].grad_fn",
    "g = torch.arange(12.).reshape(4, 3)",
    "gb = torch.autograd.grad((torch.native_batch_norm(bn, gamma, beta, None, None, True, "
    "0.1, 1e-5)[0] * g).sum(), (bn, gamma, beta))",
    "gb[0]",
    "gb[1][1:], gb[1][0].abs() < 1e-5",  # a sum that cancels: the last bits differ
    "gb[2]",
    "torch.autograd.grad((torch.native_batch_norm(bn, gamma, beta, torch.zeros(3), "
    "torch.ones(3), False, 0.1, 1e-5)[0] * g).sum(), (bn, gamma, beta))",
    "torch.native_batch_norm(torch.ones(3), None, None, None, None, True, 0.1, 1e-5)",
    "torch.native_batch_norm(torch.arange(6).reshape(2, 3), None, None, None, None, True, "
    "0.1, 1e-5)",
    "outs = (torch.zeros(0), torch.zeros(0), torch.zeros(0))",
    "torch.native_batch_norm(bn.detach(), None, None, None, None, True, 0.1, 1e-5, out=outs)",
    "outs",
    "torch.native_batch_norm(bn, None, None, None, None, True, 0.1, 1e-5, out=outs)",
    "torch.native_batch_norm(bn.detach(), None, None, None, None, True, 0.1, 1e-5, "
    "out=(torch.zeros(0, dtype=torch.float64), torch.zeros(0), torch.zeros(0)))",
    "torch.native_batch_norm(bn.detach(), None, None, None, None, True, 0.1, 1e-5, "
    "out=torch.zeros(0))",
    # kernels a CPU build lacks: the first line of the dispatcher's error
    FIRST_LINE,
    "first_line(lambda: torch.cudnn_convolution(torch.ones(1, 1, 3, 3), torch.ones(1, 1, 2, 2), "
    "[0, 0], [1, 1], [1, 1], 1, False, False, False))",
    "first_line(lambda: torch.cudnn_convolution(torch.ones(1, 1, 3, 3), torch.ones(1, 1, 2, 2), "
    "[0, 0], [1, 1], [1, 1], 1, False, False, False, out=torch.zeros(0)))",
    "first_line(lambda: torch.cudnn_batch_norm(torch.ones(2, 3), torch.ones(3), torch.zeros(3), "
    "None, None, True, 0.1, 1e-5))",
    "first_line(lambda: torch.cudnn_batch_norm(torch.ones(2, 3, requires_grad=True), "
    "torch.ones(3), torch.zeros(3), None, None, True, 0.1, 1e-5, out=(torch.zeros(0),) * 4))",
    "first_line(lambda: torch.batch_norm_elemt(torch.ones(2, 3), None, None, torch.zeros(3), "
    "torch.ones(3), 1e-5))",
    "first_line(lambda: torch.batch_norm_elemt(torch.ones(2, 3), None, None, torch.zeros(3), "
    "torch.ones(3), 1e-5, out=torch.zeros(0)))",
    "first_line(lambda: torch.mkldnn_adaptive_avg_pool2d(torch.ones(1, 1, 4, 4), 2))",
    "first_line(lambda: torch.mkldnn_adaptive_avg_pool2d(torch.ones(1, 1, 4, 4), (2, 2), "
    "out=torch.zeros(0)))",
    # removed in PyTorch 2
    "A = torch.tensor([[2., 1.], [1., 3.]])",
    "torch.lstsq(A, A)",
    "torch.lstsq(A, A, out=(A, A))",
    "A.lstsq(A)",
    "torch.solve(A, A)",
    "torch.solve(A, A, out=(A, A))",
    "A.solve(A)",
    "torch.matrix_rank(A)",
    "torch.matrix_rank(A, tol=1.)",
    "torch.matrix_rank(A, out=A)",
    "torch.symeig(A)",
    "torch.symeig(A, True)",
    "torch.symeig(A, eigenvectors=True, out=(A, A))",
    "A.symeig()",
    "torch.solve()",
]

TRANSCRIPTS = {"copy_out_from_pytorch": INPUTS}


def main() -> None:
    write_transcripts(TRANSCRIPTS)


if __name__ == "__main__":
    main()
