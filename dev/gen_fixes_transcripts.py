"""Generate, from a real PyTorch, tests/transcripts/fixes_from_pytorch.gsh (issue 17
point 3 and the new order-statistics, fill and stats functions) and
tests/transcripts/autograd_functional_from_pytorch.gsh (vjp, jvp, vhp, hvp).

    /path/to/torch-venv/bin/python dev/gen_fixes_transcripts.py
"""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from gen_blocks_transcripts import write_transcripts  # noqa: E402

FIXES = [
    "# remainder, fmod, sort order, median with NaN, order statistics: generated from PyTorch 2.13",
    "import torch",
    # remainder: the zero keeps the dividend's sign (ATen: fmod, then + divisor on a sign change)
    "torch.remainder(torch.tensor([-3., -2, -1, 1, 2, 3]), 2)",
    "torch.remainder(torch.tensor([1, 2, 3, 4, 5]), -1.5)",
    "torch.remainder(torch.tensor([-2.]), 2)",
    "torch.remainder(torch.tensor([3]), -1.5)",
    "torch.tensor([-3., 3., -0., 0., 7.5, -7.5]) % torch.tensor([1.5, -1.5, 2., -2., 2.5, 2.5])",
    "torch.tensor([1., -1.]) % float('inf')",
    "torch.tensor([5, -5, 5, -5]) % torch.tensor([3, 3, -3, -3])",
    "-2. % torch.tensor([2., -2.])",
    "torch.remainder(torch.tensor([1.]), 0)",
    # fmod
    "torch.fmod(torch.tensor([-3., -2, -1, 1, 2, 3]), 2)",
    "torch.fmod(torch.tensor([1, 2, 3, 4, 5]), -1.5)",
    "torch.fmod(torch.tensor([5, -5, 5, -5]), torch.tensor([3, 3, -3, -3]))",
    "torch.fmod(torch.tensor([1]), 0)",
    "x = torch.tensor([5., -3.], requires_grad=True)",
    "w = torch.tensor([2., 2.], requires_grad=True)",
    "y = torch.fmod(x, w)",
    "y",
    "y.sum().backward()",
    "x.grad, w.grad",
    "torch.fmod(x, 2.)",
    # sort: unstable is std::sort, stable=True keeps the original order
    "x = torch.tensor([0, 1] * 9)",
    "x.sort()",
    "x.sort(stable=True)",
    "x.argsort()",
    "x.argsort(descending=True)",
    "torch.sort(x, descending=True, stable=True)",
    "_ = torch.manual_seed(0)",
    "t = torch.randint(0, 3, (3, 40)).float()",
    "t[0, ::7] = float('nan')",
    "t.sort(dim=1).indices",
    "t.sort(dim=1, descending=True).indices",
    "t.t().sort(dim=0).indices.t()",
    "t.topk(5, dim=1)",
    "t.topk(30, dim=1, largest=False).indices",
    "t.topk(3, dim=1, sorted=False).indices",
    "torch.tensor([2., 2., 1., 2.]).topk(2)",
    "big = torch.randint(0, 4, (1000,))",
    "big.sort().indices[:12]",
    "big.topk(5).indices",
    "big.argsort(descending=True)[:12]",
    "torch.randint(0, 2, (40000,)).sort().indices[:8]",
    # median along a dim with NaN: the row's first NaN; nanmedian ignores them
    "m = torch.tensor([[2., float('nan'), 1., float('nan')], [1., 2., 3., 4.], [3., 3., 3., 3.]])",
    "torch.median(m, 1)",
    "torch.nanmedian(m, 1)",
    "m.median()",
    "m.nanmedian()",
    "torch.nanmedian(torch.full((8,), float('nan')), 0)",
    "torch.nanmedian(torch.tensor([[float('nan'), 1.], [float('nan'), float('nan')]]), 0)",
    "a = torch.tensor([[0.5, 1.5, 2., -1.], [3., 1., 2., 2.]], requires_grad=True)",
    "torch.median(a, 1)",
    "torch.nanmedian(a)",
    "torch.nanmedian(a, 1)",
    # kthvalue, msort
    "torch.kthvalue(a, 2, 1)",
    "torch.kthvalue(a, 3, 0, True)",
    "torch.kthvalue(torch.tensor([1., 1., 1., 2., 1.]), 2)",
    "torch.kthvalue(torch.tensor(3.), 1)",
    "torch.kthvalue(a, 5)",
    "torch.msort(a)",
    "torch.kthvalue(a, 2, 1).values.sum().backward()",
    "a.grad",
    # quantile
    "a = torch.tensor([[0.5, 1.5, 2., -1.], [3., 1., 2., 2.]], requires_grad=True)",
    "torch.quantile(a, 0.3)",
    "torch.quantile(a, 0.3, dim=1)",
    "torch.quantile(a, torch.tensor([0.25, 0.5]), dim=0, keepdim=True)",
    "[torch.quantile(a, 0.4, interpolation=m) for m in "
    "['linear', 'lower', 'higher', 'midpoint', 'nearest']]",
    "torch.quantile(a, 1.5)",
    "torch.quantile(a.int(), 0.5)",
    "torch.quantile(a, 0.5, interpolation='middle')",
    "torch.nanquantile(torch.tensor([float('nan'), 1., 2.]), 0.5)",
    "torch.quantile(torch.tensor([float('nan'), 1., 2.]), 0.5)",
    "torch.nanquantile(torch.tensor([[float('nan'), float('nan')], [1., 2.]]), 0.5, dim=1)",
    "torch.quantile(a, 0.3, dim=1).sum().backward()",
    "a.grad",
    # the docstring examples
    "a = torch.tensor([[ 0.0795, -1.2117,  0.9765], [ 1.1707,  0.6706,  0.4884]])",
    "q = torch.tensor([0.25, 0.5, 0.75])",
    "torch.quantile(a, q, dim=1, keepdim=True)",
    "torch.quantile(a, q, dim=1, keepdim=True).shape",
    "b = torch.arange(4.)",
    "torch.quantile(b, 0.6, interpolation='nearest')",
    "t = torch.tensor([float('nan'), 1, 2])",
    "torch.nanquantile(t, 0.5)",
    # small functions
    "x = torch.tensor([180., -90.], requires_grad=True)",
    "torch.deg2rad(x), torch.rad2deg(x)",
    "torch.deg2rad(torch.tensor([180, 360]))",
    "torch.ravel(x)",
    "torch.signbit(torch.tensor([-0., 0., -1., 2.]))",
    "torch.isposinf(torch.tensor([-float('inf'), float('inf'), 1.2]))",
    "torch.isneginf(torch.tensor([-float('inf'), float('inf'), 1.2]))",
    "torch.isin(torch.tensor([[1, 2], [3, 4]]), torch.tensor([2, 3]))",
    "torch.isin(torch.tensor([1, 2, 3]), torch.tensor([2, 5]), invert=True)",
    "torch.tril_indices(3, 3)",
    "torch.tril_indices(4, 3, -1)",
    "torch.triu_indices(3, 4, 1)",
    "torch.block_diag(x.reshape(1, 2), torch.tensor([[1.], [2.]]))",
    "torch.block_diag(torch.tensor(1), torch.tensor([2., 3.]))",
    "torch.block_diag(torch.tensor([[0, 1], [1, 0]]), torch.tensor([[3, 4, 5], [6, 7, 8]]), "
    "torch.tensor(7), torch.tensor([1, 2, 3]), torch.tensor([[4], [5], [6]]))",
    "torch.vander(x)",
    "torch.vander(torch.tensor([1, 2, 3, 5]))",
    "torch.vander(torch.tensor([1, 2, 3, 5]), N=3)",
    "torch.vander(torch.tensor([1, 2, 3, 5]), N=3, increasing=True)",
    # stats
    "torch.std_mean(x)",
    "torch.var_mean(x, 0, correction=0, keepdim=True)",
    "a = torch.tensor([[0.2035, 1.2959, 1.8101, -0.4644], [1.5027, -0.3270, 0.5905, 0.6538], "
    "[-1.5745, 1.3330, -0.5596, -0.6548], [0.1264, -0.5080, 1.6420, 0.1992]])",
    "torch.std_mean(a, dim=0, keepdim=True)",
    "torch.var_mean(a, dim=1)",
    "x = torch.tensor([[0, 2], [1, 1], [2, 0]]).T",
    "torch.cov(x)",
    "torch.cov(x, correction=0)",
    "fw = torch.tensor([5, 7, 4])",
    "aw = torch.tensor([0.4282, 0.0255, 0.4144])",
    "torch.cov(x, fweights=fw, aweights=aw)",
    "torch.corrcoef(torch.tensor([[1., 2., 4.], [1., 0., 5.]], requires_grad=True))",
    "torch.corrcoef(x)",
    "y = torch.tensor([1., 5., 10.], requires_grad=True)",
    "torch.trapezoid(y)",
    "torch.trapezoid(y, dx=2)",
    "torch.trapezoid(y, torch.tensor([1., 3., 6.]))",
    "torch.trapz(y)",
    "torch.trapezoid(torch.arange(9).reshape(3, 3))",
    "torch.trapezoid(torch.arange(9).reshape(3, 3), dim=0)",
    "torch.cumulative_trapezoid(y)",
    "torch.cumulative_trapezoid(y, dx=2)",
    "torch.cumulative_trapezoid(y, torch.tensor([1., 3., 6.]))",
    "torch.cumulative_trapezoid(torch.arange(9).reshape(3, 3), dim=0)",
    "torch.trapezoid(y).backward()",
    "y.grad",
    # Tensor.where(condition, other) is torch.where(condition, self, other)
    "x = torch.tensor([1., 2., 3.], requires_grad=True)",
    "c = torch.tensor([True, False, True])",
    "x.where(c, torch.tensor(0.))",
    "x.where(c, 5.)",
    "x.where(c, other=-1.)",
    "x.where(c, torch.zeros(3)).sum().backward()",
    "x.grad",
]

EXP_REDUCER = '''def exp_reducer(x):
    return x.exp().sum(dim=1)'''
ADDER = '''def adder(x, y):
    return 2 * x + 3 * y'''
POW_REDUCER = '''def pow_reducer(x):
    return x.pow(3).sum()'''
POW_ADDER_REDUCER = '''def pow_adder_reducer(x, y):
    return (2 * x.pow(2) + 3 * y.pow(2)).sum()'''

FUNCTIONAL = [
    "# torch.autograd.functional vjp, jvp, vhp, hvp: generated from PyTorch 2.13",
    "import torch",
    "from torch.autograd.functional import vjp, jvp, vhp, hvp",
    "_ = torch.manual_seed(0)",
    EXP_REDUCER, ADDER, POW_REDUCER, POW_ADDER_REDUCER,
    # the docstring examples
    "inputs = torch.rand(4, 4)",
    "v = torch.ones(4)",
    "vjp(exp_reducer, inputs, v)",
    "vjp(exp_reducer, inputs, v, create_graph=True)",
    "inputs = (torch.rand(2), torch.rand(2))",
    "v = torch.ones(2)",
    "vjp(adder, inputs, v)",
    "inputs = torch.rand(4, 4)",
    "v = torch.ones(4, 4)",
    "jvp(exp_reducer, inputs, v)",
    "jvp(exp_reducer, inputs, v, create_graph=True)",
    "inputs = (torch.rand(2), torch.rand(2))",
    "v = (torch.ones(2), torch.ones(2))",
    "jvp(adder, inputs, v)",
    "inputs = torch.rand(2, 2)",
    "v = torch.ones(2, 2)",
    "vhp(pow_reducer, inputs, v)",
    "vhp(pow_reducer, inputs, v, create_graph=True)",
    "hvp(pow_reducer, inputs, v)",
    "hvp(pow_reducer, inputs, v, create_graph=True)",
    "inputs = (torch.rand(2), torch.rand(2))",
    "v = (torch.zeros(2), torch.ones(2))",
    "vhp(pow_adder_reducer, inputs, v)",
    "hvp(pow_adder_reducer, inputs, v)",
    # v defaults, structures, strict, errors
    "vjp(lambda x: x.sum(), torch.tensor([1., 2.]))",
    "jvp(lambda x: x * 2, torch.tensor(3.))",
    "hvp(lambda x: x.pow(3).sum(), torch.tensor([2.]))",
    "vhp(lambda x: x.pow(3).sum(), torch.tensor(2.))",
    "jvp(lambda x: (x, x.sin()), torch.tensor([1., 2.]), torch.ones(2))",
    "vjp(lambda x: (x, x.sin()), torch.tensor([1., 2.]), (torch.ones(2), torch.ones(2)))",
    "vjp(lambda x, y: x * y, (torch.tensor([1., 2.]), torch.tensor([3., 4.])), torch.ones(2), "
    "create_graph=True)",
    "vjp(lambda x: torch.ones(2), torch.tensor([1., 2.]), torch.ones(2))",
    "vjp(lambda x: torch.ones(2), torch.tensor([1., 2.]), torch.ones(2), strict=True)",
    "vjp(lambda x, y: x * 2, (torch.tensor([1., 2.]), torch.tensor([3., 4.])), torch.ones(2))",
    "vjp(lambda x, y: x * 2, (torch.tensor([1., 2.]), torch.tensor([3., 4.])), torch.ones(2), "
    "strict=True)",
    "jvp(lambda x: torch.ones(2), torch.tensor([1., 2.]), torch.ones(2))",
    "jvp(lambda x: torch.ones(2), torch.tensor([1., 2.]), torch.ones(2), strict=True)",
    "hvp(lambda x: (x * 2).sum(), torch.tensor([1., 2.]), torch.ones(2))",
    "hvp(lambda x: (x * 2).sum(), torch.tensor([1., 2.]), torch.ones(2), strict=True)",
    "vhp(lambda x: (x * 2).sum(), torch.tensor([1., 2.]), torch.ones(2))",
    "vhp(lambda x: (x * 2).sum(), torch.tensor([1., 2.]), torch.ones(2), strict=True)",
    "vjp(exp_reducer, torch.ones(4, 3))",
    "vjp(exp_reducer, torch.ones(4, 3), torch.ones(3))",
    "vjp(exp_reducer, torch.ones(4, 3), 3)",
    "vjp(exp_reducer, [torch.ones(4, 3)], torch.ones(4))",
    "jvp(exp_reducer, torch.ones(4, 3))",
    "jvp(exp_reducer, torch.ones(4, 3), (torch.ones(4, 3), torch.ones(4, 3)))",
    "jvp(adder, (torch.ones(2), torch.ones(2)), (torch.ones(2), torch.ones(3)))",
    "vhp(lambda x: x * 2, torch.tensor([1., 2.]), torch.ones(2))",
    "hvp(lambda x: (x.sum(), x.sum()), torch.tensor([1., 2.]), torch.ones(2))",
    "hvp(lambda x: x.pow(3).sum(), torch.tensor([1., 2.]))",
    "x = torch.tensor([1., 2.], requires_grad=True)",
    "out, h = hvp(lambda t: t.pow(3).sum(), x, torch.ones(2), create_graph=True)",
    "h",
    "h.sum().backward()",
    "x.grad",
    "out, j = jvp(lambda t: t.sin(), x, torch.ones(2), create_graph=True)",
    "j",
    "with torch.no_grad():\n    print(vjp(lambda t: t.exp(), x, torch.ones(2)))",
]

TRANSCRIPTS = {"fixes_from_pytorch": FIXES, "autograd_functional_from_pytorch": FUNCTIONAL}

if __name__ == "__main__":
    write_transcripts(TRANSCRIPTS)
