"""Generate tests/transcripts/misc_more_from_pytorch.gsh from a real PyTorch:
the remaining non-linalg names of issue 17's coverage list (torch.finfo and
torch.iinfo, Tensor.view(dtype), itertools, storages and data_ptr, the
neg bit, torch.testing.assert_close, ...): examples and errors.

    /path/to/torch-venv/bin/python dev/gen_misc_more_transcripts.py
"""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from gen_blocks_transcripts import write_transcripts  # noqa: E402

FINFO = [
    "# issue 17's remaining names, generated from PyTorch 2.13",
    "import torch",
    # finfo / iinfo
    "torch.finfo(torch.float32)",
    "torch.finfo(torch.float64)",
    "torch.finfo(torch.float16)",
    "torch.finfo(torch.complex64)",
    "torch.finfo(torch.complex128).eps",
    "torch.finfo()",
    "f = torch.finfo(torch.float32)",
    "print(f)",
    "(f.bits, f.eps, f.max, f.min, f.tiny, f.smallest_normal, f.resolution, f.dtype)",
    "torch.finfo(torch.float16).max",
    "torch.finfo(torch.float64).tiny",
    "f == torch.finfo(torch.float32)",
    "f == torch.finfo(torch.float64)",
    "f.eps = 1.0",
    "torch.finfo(torch.int32)",
    "torch.finfo(torch.bool)",
    "torch.finfo(5)",
    "torch.finfo('float32')",
    "eps = torch.finfo(torch.float32).eps",
    "torch.nextafter(torch.tensor([1.0, 2.0]), torch.tensor([2.0, 1.0])) == "
    "torch.tensor([eps + 1, 2 - eps])",
    "torch.iinfo(torch.int8)",
    "torch.iinfo(torch.uint8)",
    "torch.iinfo(torch.int16)",
    "torch.iinfo(torch.int32)",
    "torch.iinfo(torch.int64)",
    "torch.iinfo(torch.uint16)",
    "i = torch.iinfo(torch.int32)",
    "(i.bits, i.max, i.min, i.dtype)",
    "torch.iinfo(torch.int64).max",
    "torch.iinfo(torch.bool)",
    "torch.iinfo(torch.float32)",
    "torch.iinfo(torch.complex64)",
    "torch.iinfo()",
]

VIEW_DTYPE = [
    # Tensor.view(dtype) with another element size
    "x = torch.arange(8.).reshape(2, 4)",
    "x.view(torch.cfloat)",
    "x.view(torch.cfloat).size()",
    "x.view(torch.uint8)",
    "x.view(torch.uint8).size()",
    "x.view(torch.int16).shape",
    "x.view(torch.float64)",
    "x.view(torch.complex128)",
    "x.view(torch.int32)",
    "y = torch.zeros(4)",
    "v = y.view(torch.uint8)",
    "v[3] = 63",
    "v[2] = 128",
    "y",
    "y.view(torch.int16).view(torch.float32)",
    "w = torch.randn(2, 4, requires_grad=True)",
    "u = w.view(torch.cfloat)",
    "(u.requires_grad, u.grad_fn, u.is_leaf)",
    "w.view(torch.int32).requires_grad",
    "torch.arange(6.).reshape(2, 3).t().view(torch.uint8)",
    "torch.arange(6.).reshape(6, 1)[::2].view(torch.uint8)",
    "torch.ones(3, dtype=torch.uint8).view(torch.int16)",
    "torch.tensor(1.).view(torch.int16)",
    "torch.tensor(1.).view(torch.int32)",
    "torch.ones(2, 3, dtype=torch.uint8).view(torch.bool)",
    "torch.ones(2, 4, dtype=torch.uint8).view_as(torch.ones(2, 4))",
    "torch.view_copy(torch.arange(4.), torch.int16)",
    "torch.view_copy(torch.ones(3, dtype=torch.uint8), torch.int16)",
]

ITERTOOLS = [
    # import itertools (a safe subset: gradsh/lang/pyitertools.py)
    "import itertools",
    "a = [1, 2, 3]",
    "b = [4, 5]",
    "list(itertools.product(a, b))",
    "torch.cartesian_prod(torch.tensor(a), torch.tensor(b))",
    "list(itertools.product('ab', repeat=2))",
    "list(itertools.product())",
    "list(itertools.product(a, []))",
    "list(itertools.product(a, repeat=-1))",
    "list(itertools.permutations('abc', 2))",
    "list(itertools.permutations(range(3)))",
    "list(itertools.permutations(a, 5))",
    "list(itertools.combinations(range(4), 2))",
    "list(itertools.combinations(a, -1))",
    "list(itertools.combinations_with_replacement('ab', 2))",
    "list(itertools.combinations_with_replacement([], 0))",
    "list(itertools.chain(a, b, 'xy'))",
    "list(itertools.chain.from_iterable([a, b]))",
    "list(itertools.accumulate([1, 2, 3, 4]))",
    "list(itertools.accumulate([1, 2, 3, 4], lambda x, y: x * y, initial=10))",
    "list(itertools.islice(itertools.count(5, 2), 4))",
    "list(itertools.islice('abcdefg', 1, 6, 2))",
    "list(itertools.zip_longest('ab', 'xyz', fillvalue='-'))",
    "list(itertools.repeat(7, 3))",
    "list(zip(itertools.repeat('r'), range(3)))",
    "list(itertools.islice(itertools.cycle('ab'), 5))",
    "[(k, list(g)) for k, g in itertools.groupby('aabbbc')]",
    "[(k, len(list(g))) for k, g in itertools.groupby([1, 3, 2, 4, 5], key=lambda v: v % 2)]",
    "list(itertools.pairwise([1, 2, 3]))",
    "list(itertools.starmap(pow, [(2, 3), (3, 2)]))",
    "list(itertools.takewhile(lambda v: v < 3, [1, 2, 5, 1]))",
    "list(itertools.dropwhile(lambda v: v < 3, [1, 2, 5, 1]))",
    "list(itertools.filterfalse(lambda v: v % 2, range(6)))",
    "list(itertools.compress('abcdef', [1, 0, 1, 0, 1, 1]))",
    "x, y = itertools.tee([1, 2])",
    "(list(x), list(y))",
    "sum(itertools.islice(itertools.count(), 100))",
    "it = itertools.permutations(range(3))",
    "next(it)",
    "len(list(it))",
    "from itertools import product, combinations",
    "[torch.tensor(p) for p in product(range(2), repeat=2)]",
    "torch.stack([torch.tensor(c) for c in combinations([1., 2., 3.], 2)])",
]

STORAGE = [
    # data_ptr (gradsh's fake address space: equalities and differences are PyTorch's)
    "t = torch.tensor([1, 2, 3])",
    "t[1:].data_ptr() - t.data_ptr()",
    "t[2].data_ptr() - t.data_ptr()",
    "t.view(3, 1).data_ptr() == t.data_ptr()",
    "t.clone().data_ptr() == t.data_ptr()",
    "torch.asarray(t).data_ptr() == t.data_ptr()",
    "torch.asarray(t, copy=True).data_ptr() == t.data_ptr()",
    "m = torch.arange(12.).reshape(3, 4)",
    "m[1].data_ptr() - m.data_ptr()",
    "m[:, 2].data_ptr() - m.data_ptr()",
    "m.t().data_ptr() == m.data_ptr()",
    "m.view(torch.uint8)[0, 5].data_ptr() - m.data_ptr()",
    "torch.empty(0).data_ptr()",
    "t.data_ptr() > 0",
    # storages
    "storage = t.untyped_storage()",
    "storage",
    "torch.is_storage(storage)",
    "torch.is_storage(t)",
    "torch.is_storage([1, 2, 3])",
    "(storage.nbytes(), storage.size(), len(storage), storage.element_size())",
    "storage.device",
    "storage[8]",
    "storage.tolist()[:9]",
    "storage.data_ptr() == t.data_ptr()",
    "t[1:].untyped_storage().data_ptr() == t.data_ptr()",
    "t[1:].untyped_storage().nbytes()",
    "t.untyped_storage() == t.untyped_storage()",
    "storage[0] = 7",
    "t",
    "torch.tensor([]).untyped_storage()",
    "torch.tensor([1.5], dtype=torch.float16).untyped_storage()",
    "torch.UntypedStorage(3).nbytes()",
    "torch.UntypedStorage([1, 2, 255])",
    "torch.is_storage(torch.UntypedStorage(2))",
    "typed_storage = torch.TypedStorage(5, dtype=torch.float32)",
    "torch.is_storage(typed_storage)",
    "(typed_storage.dtype, typed_storage.size(), len(typed_storage), "
    "typed_storage.element_size(), typed_storage.nbytes())",
    "torch.TypedStorage([1., 2.], dtype=torch.float64)",
    "torch.TypedStorage([1, 2])",
    "st = t.storage()",
    "st",
    "(st.dtype, st.size(), st[1], st.tolist(), st.nbytes())",
    "st.data_ptr() == t.data_ptr()",
    "st.untyped().nbytes()",
    "torch.is_storage(st)",
    "torch.UntypedStorage(-1)",
    # the negative bit
    "x = torch.tensor([-1 + 1j, -2 + 2j, 3 - 3j])",
    "y = x.conj()",
    "z = y.imag",
    "z.is_neg()",
    "out = z.resolve_neg()",
    "out",
    "out.is_neg()",
    "x.imag.is_neg()",
    "y.real.is_neg()",
    "(z * 1).is_neg()",
    "z.clone().is_neg()",
    "z.neg().is_neg()",
    "w = torch.tensor([1 + 2j, 3 - 1j], requires_grad=True)",
    "v = w.conj().imag",
    "(v.is_neg(), v.grad_fn.name())",
    "r = v.resolve_neg()",
    "(r.is_neg(), r.grad_fn.name())",
    "r.sum().backward()",
    "w.grad.imag",  # the real parts: -0. in PyTorch (its neg view's backward), 0. here
    "a = torch.tensor([1., 2.])",
    "a.resolve_neg() is a",
    "a.is_neg()",
    # torch.random.thread_safe_generator (None outside a DataLoader thread worker)
    "from torch.random import thread_safe_generator",
    "generator = thread_safe_generator()",
    "print(generator)",
    "_ = torch.manual_seed(0)",
    "torch.randint(0, 10, (5,), generator=generator)",
    "torch.thread_safe_generator is thread_safe_generator",
    # Tensor.is_leaf's docstring example
    "a = torch.rand(10, requires_grad=True)",
    "a.is_leaf",
    "b = torch.rand(10, requires_grad=True).double()",
    "b.is_leaf",
    "e = torch.rand(10).requires_grad_()",
    "e.is_leaf",
    "f = torch.rand(10, requires_grad=True).double()",
    "f.is_leaf",
]

TRANSCRIPTS = {"misc_more_from_pytorch": FINFO + VIEW_DTYPE + ITERTOOLS + STORAGE}


def main() -> None:
    write_transcripts(TRANSCRIPTS)


if __name__ == "__main__":
    main()
