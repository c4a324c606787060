"""Generate tests/transcripts/small_names_from_pytorch.gsh from a real PyTorch:
index_fill, index_reduce, put, isreal, range, as_strided, as_strided_scatter,
empty_strided, new_empty_strided, typename, is_storage, get_device and the
deterministic-algorithms flags (index_fill_put.py, strided.py): docstring
examples, errors, grad_fn names and a backward through each differentiable one.

    /path/to/torch-venv/bin/python dev/gen_small_names_transcripts.py
"""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from gen_blocks_transcripts import write_transcripts  # noqa: E402

INPUTS = [
    "# issue 17's small names, generated from PyTorch 2.13",
    "import torch",
    # index_fill
    "x = torch.tensor([[1, 2, 3], [4, 5, 6], [7, 8, 9]], dtype=torch.float)",
    "index = torch.tensor([0, 2])",
    "x.index_fill_(1, index, -1)",
    "x",
    "torch.index_fill(torch.ones(3), 0, torch.tensor([1]), torch.tensor(5.))",
    "torch.ones(3, dtype=torch.long).index_fill(0, torch.tensor([0]), 2.5)",
    "torch.ones(3, dtype=torch.long).index_fill(0, torch.tensor([-1]), 2)",
    "torch.ones(3).index_fill(0, torch.tensor(1), 2)",
    "torch.ones(2, 3).index_fill(-1, torch.tensor([1, 1]), 7.)",
    "torch.ones(3).index_fill(0, torch.tensor([1], dtype=torch.int32), 2)",
    "torch.ones(3, 3).index_fill(1, torch.tensor([0, 5]), 1)",
    "torch.ones(3, 3).index_fill(1, torch.tensor([[0, 2]]), 1)",
    "torch.ones(3, 3).index_fill(3, torch.tensor([0]), 1)",
    "torch.ones(3).index_fill(0, torch.tensor([0]), torch.tensor([2.]))",
    "w = torch.ones(3, 3, requires_grad=True)",
    "y = w.index_fill(1, torch.tensor([0, 2]), -1)",
    "y.grad_fn.name()",
    "(y * torch.arange(9.).reshape(3, 3)).sum().backward()",
    "w.grad",
    "v = torch.tensor(2., requires_grad=True)",
    "y = torch.ones(3, 3).index_fill(0, torch.tensor([0, 2, 2]), v)",
    "y.grad_fn.name()",
    "(y * torch.arange(9.).reshape(3, 3)).sum().backward()",
    "v.grad",
    # index_reduce
    "x = torch.empty(5, 3).fill_(2)",
    "t = torch.tensor([[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]], dtype=torch.float)",
    "index = torch.tensor([0, 4, 2, 0])",
    "x.index_reduce_(0, index, t, 'prod')",
    "x = torch.empty(5, 3).fill_(2)",
    "x.index_reduce_(0, index, t, 'prod', include_self=False)",
    "torch.full((5, 3), 2.).index_reduce(0, index, t, 'mean')",
    "torch.full((5, 3), 2.).index_reduce(0, index, t, 'mean', include_self=False)",
    "torch.full((5, 3), 2.).index_reduce(0, index, t, 'amax')",
    "torch.full((5, 3), 20.).index_reduce(0, index, t, 'amin', include_self=False)",
    "torch.tensor([1, 2, 3]).index_reduce(0, torch.tensor([0, 0]), torch.tensor([4, 5]), 'mean')",
    "torch.tensor([1, 2, 3]).index_reduce(0, torch.tensor([0, 0]), torch.tensor([4, 5]), "
    "'amax', include_self=False)",
    "torch.ones(2, 3).index_reduce(1, torch.tensor([2, 0], dtype=torch.int32), "
    "torch.full((2, 2), 3.), 'prod')",
    "torch.index_reduce(torch.ones(3), 0, torch.tensor([1]), torch.tensor([4.]), 'amin')",
    "torch.ones(3, 3).index_reduce(0, torch.tensor([0, 2]), torch.ones(2, 3), 'sum')",
    "torch.ones(3, 3).index_reduce(0, torch.tensor([0, 2]), torch.ones(2, 3, "
    "dtype=torch.double), 'mean')",
    "torch.ones(3, 3).index_reduce(0, torch.tensor([0, 2]), torch.ones(3, 3), 'mean')",
    "torch.ones(3, 3).index_reduce(0, torch.tensor([0, 5]), torch.ones(2, 3), 'mean')",
    "a = torch.tensor([[1., 2.], [3., 0.], [5., 6.]], requires_grad=True)",
    "s = torch.tensor([[2., 0.], [4., 3.], [1., 1.]], requires_grad=True)",
    "i = torch.tensor([0, 0, 2])",
    "for r in ('prod', 'mean', 'amax', 'amin'):\n"
    "    for inc in (True, False):\n"
    "        out = a.index_reduce(0, i, s, r, include_self=inc)\n"
    "        ga, gs = torch.autograd.grad((out * torch.arange(6.).reshape(3, 2)).sum(), "
    "(a, s))\n"
    "        print(r, inc, out.grad_fn.name(), ga.tolist(), gs.tolist())",
    # put
    "src = torch.tensor([[4, 3, 5], [6, 7, 8]])",
    "src.put_(torch.tensor([1, 3]), torch.tensor([9, 10]))",
    "torch.put(torch.zeros(2, 2), torch.tensor([-1]), torch.tensor([5.]))",
    "torch.zeros(2, 2).put(torch.tensor([[0, 0], [3, 0]]), torch.tensor([1., 2., 3., 4.]), "
    "accumulate=True)",
    "torch.zeros(3).put_(torch.tensor([0, 2]), torch.tensor([1., 2.]), True)",
    "torch.zeros(3, 3).put(torch.tensor([0, 40]), torch.tensor([1., 2.]))",
    "torch.zeros(3, 3).put(torch.tensor([0, 4]), torch.tensor([1., 2., 3.]))",
    "torch.zeros(3, 3).put(torch.tensor([0, 4]), torch.tensor([1, 2]))",
    "torch.zeros(3, 3).put(torch.tensor([0., 4]), torch.tensor([1., 2.]))",
    "w = torch.ones(2, 3, requires_grad=True)",
    "s = torch.tensor([1., 2.], requires_grad=True)",
    "y = w.put(torch.tensor([0, 4]), s)",
    "y.grad_fn.name()",
    "(y * torch.arange(6.).reshape(2, 3)).sum().backward()",
    "w.grad, s.grad",
    "w.grad = None",
    "(w.put(torch.tensor([0, 4]), s, accumulate=True) * 2).sum().backward()",
    "w.grad",
    # isreal
    "torch.isreal(torch.tensor([1, 1+1j, 2+0j]))",
    "torch.isreal(torch.tensor([1., 2.]))",
    "torch.tensor([[1, 2]]).isreal()",
    # range
    "torch.range(1, 4)",
    "torch.range(1, 4, 0.5)",
    "torch.range(0, 1, 0.3)",
    "torch.range(3, 0, -1)",
    "torch.range(0, 3, dtype=torch.int64)",
    "torch.range(0, 3, requires_grad=True)",
    "torch.range(0, 3).dtype",
    "torch.range(3, 0)",
    "torch.range(0, 1, 0)",
    "torch.range(5)",
    # as_strided
    "x = torch.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6], [0.7, 0.8, 0.9]])",
    "t = torch.as_strided(x, (2, 2), (1, 2))",
    "t",
    "t = torch.as_strided(x, (2, 2), (1, 2), 1)",
    "t",
    "x.as_strided((3,), (4,))",
    "x.as_strided((2, 3), (0, 1), 2)",
    "x[1:].as_strided((2,), (1,))",
    "x[1:].as_strided((2,), (1,)).storage_offset()",
    "x[1:].as_strided((2,), (1,), 0)",
    "v = x.as_strided((2,), (4,))",
    "v[1] = 100.",
    "x",
    "torch.as_strided(x, (4, 4), (1, 2))",
    "torch.as_strided(x, (2,), (-1,))",
    "torch.as_strided(x, (2, 2), (1,))",
    "w = torch.arange(6., requires_grad=True)",
    "y = w.as_strided((2, 2), (1, 1), 1)",
    "y",
    "(y * torch.tensor([[1., 2.], [3., 4.]])).sum().backward()",
    "w.grad",
    "w2 = torch.arange(12., requires_grad=True)",
    "y2 = w2.view(3, 4)[1:].as_strided((2, 3), (4, 2), 1)",
    "y2",
    "y2.grad_fn.name()",
    "g, = torch.autograd.grad(y2.pow(2).sum(), w2, create_graph=True)",
    "g",
    "g.sum().backward()",
    "w2.grad",
    # as_strided_scatter
    "torch.as_strided_scatter(torch.zeros(3, 3), torch.ones(2, 2), (2, 2), (1, 2))",
    "torch.zeros(3, 3).as_strided_scatter(torch.ones(2), (2,), (4,), 1)",
    "a = torch.zeros(2, 3, requires_grad=True)",
    "b = torch.tensor([5., 6.], requires_grad=True)",
    "y = a.as_strided_scatter(b, (2,), (3,))",
    "y",
    "(y * torch.arange(6.).reshape(2, 3)).sum().backward()",
    "a.grad, b.grad",
    # empty_strided, new_empty_strided
    "a = torch.empty_strided((2, 3), (1, 2))",
    "a.stride()",
    "a.size()",
    "torch.empty_strided((2, 3), (1, 2), dtype=torch.int32).dtype",
    "torch.empty_strided((2, 3), (3, 1), requires_grad=True).requires_grad",
    "torch.empty_strided((2, 3), (1,))",
    "torch.ones(2).new_empty_strided((2, 3), (1, 2)).stride()",
    "torch.ones(2, dtype=torch.float64).new_empty_strided((2, 3), (3, 1)).dtype",
    # typename, is_storage, get_device
    "x = torch.tensor([1, 2, 3])",
    "torch.typename(x)",
    "torch.typename(torch.nn.Parameter)",
    "torch.typename(torch.ones(2))",
    "torch.typename(torch.ones(2, dtype=torch.float64))",
    "torch.typename(torch.ones(2, dtype=torch.bool))",
    "torch.typename(torch.ones(2, dtype=torch.uint8))",
    "torch.typename(torch.ones(2, dtype=torch.int8))",
    "torch.typename(torch.ones(2, dtype=torch.cfloat))",
    "torch.typename(3)",
    "torch.typename('a')",
    "torch.typename([1])",
    "torch.typename(None)",
    "torch.typename(torch.float32)",
    "torch.typename(torch.nn.Linear(1, 1))",
    "torch.typename(torch.nn.Linear)",
    "torch.typename(torch.Tensor)",
    "torch.is_storage(torch.ones(2))",
    "torch.is_storage([1, 2, 3])",
    "torch.ones(2).get_device()",
    "torch.get_device(torch.ones(2))",
    # deterministic algorithms
    "torch.are_deterministic_algorithms_enabled()",
    "torch.is_deterministic_algorithms_warn_only_enabled()",
    "torch.use_deterministic_algorithms(True)",
    "torch.are_deterministic_algorithms_enabled()",
    "torch.is_deterministic_algorithms_warn_only_enabled()",
    "torch.use_deterministic_algorithms(True, warn_only=True)",
    "torch.is_deterministic_algorithms_warn_only_enabled()",
    "torch.use_deterministic_algorithms(1)",
    "torch.use_deterministic_algorithms(True, False)",
    "torch.use_deterministic_algorithms(False)",
    "torch.are_deterministic_algorithms_enabled()",
    "torch.is_deterministic_algorithms_warn_only_enabled()",
    "torch.thread_safe_generator() is None",
]

TRANSCRIPTS = {"small_names_from_pytorch": INPUTS}


def main() -> None:
    write_transcripts(TRANSCRIPTS)


if __name__ == "__main__":
    main()
