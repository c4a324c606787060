>>> # issue 17's remaining names, generated from PyTorch 2.13
>>> import torch
>>> torch.finfo(torch.float32)
finfo(resolution=1e-06, min=-3.40282e+38, max=3.40282e+38, eps=1.19209e-07, smallest_normal=1.17549e-38, tiny=1.17549e-38, dtype=float32)
>>> torch.finfo(torch.float64)
finfo(resolution=1e-15, min=-1.79769e+308, max=1.79769e+308, eps=2.22045e-16, smallest_normal=2.22507e-308, tiny=2.22507e-308, dtype=float64)
>>> torch.finfo(torch.float16)
finfo(resolution=0.001, min=-65504, max=65504, eps=0.000976562, smallest_normal=6.10352e-05, tiny=6.10352e-05, dtype=float16)
>>> torch.finfo(torch.complex64)
finfo(resolution=1e-06, min=-3.40282e+38, max=3.40282e+38, eps=1.19209e-07, smallest_normal=1.17549e-38, tiny=1.17549e-38, dtype=float32)
>>> torch.finfo(torch.complex128).eps
2.220446049250313e-16
>>> torch.finfo()
finfo(resolution=1e-06, min=-3.40282e+38, max=3.40282e+38, eps=1.19209e-07, smallest_normal=1.17549e-38, tiny=1.17549e-38, dtype=float32)
>>> f = torch.finfo(torch.float32)
>>> print(f)
finfo(resolution=1e-06, min=-3.40282e+38, max=3.40282e+38, eps=1.19209e-07, smallest_normal=1.17549e-38, tiny=1.17549e-38, dtype=float32)
>>> (f.bits, f.eps, f.max, f.min, f.tiny, f.smallest_normal, f.resolution, f.dtype)
(32, 1.1920928955078125e-07, 3.4028234663852886e+38, -3.4028234663852886e+38, 1.1754943508222875e-38, 1.1754943508222875e-38, 1e-06, 'float32')
>>> torch.finfo(torch.float16).max
65504.0
>>> torch.finfo(torch.float64).tiny
2.2250738585072014e-308
>>> f == torch.finfo(torch.float32)
True
>>> f == torch.finfo(torch.float64)
False
>>> f.eps = 1.0
AttributeError: attribute 'eps' of 'torch.finfo' objects is not writable
>>> torch.finfo(torch.int32)
TypeError: torch.finfo() requires a floating point input type. Use torch.iinfo to handle 'torch.finfo'
>>> torch.finfo(torch.bool)
TypeError: torch.finfo() requires a floating point input type. Use torch.iinfo to handle 'torch.finfo'
>>> torch.finfo(5)
TypeError: finfo(): argument 'type' (position 1) must be torch.dtype, not int
>>> torch.finfo('float32')
TypeError: finfo(): argument 'type' (position 1) must be torch.dtype, not str
>>> eps = torch.finfo(torch.float32).eps
>>> torch.nextafter(torch.tensor([1.0, 2.0]), torch.tensor([2.0, 1.0])) == torch.tensor([eps + 1, 2 - eps])
tensor([True, True])
>>> torch.iinfo(torch.int8)
iinfo(min=-128, max=127, dtype=int8)
>>> torch.iinfo(torch.uint8)
iinfo(min=0, max=255, dtype=uint8)
>>> torch.iinfo(torch.int16)
iinfo(min=-32768, max=32767, dtype=int16)
>>> torch.iinfo(torch.int32)
iinfo(min=-2.14748e+09, max=2.14748e+09, dtype=int32)
>>> torch.iinfo(torch.int64)
iinfo(min=-9.22337e+18, max=9.22337e+18, dtype=int64)
>>> torch.iinfo(torch.uint16)
iinfo(min=0, max=65535, dtype=uint16)
>>> i = torch.iinfo(torch.int32)
>>> (i.bits, i.max, i.min, i.dtype)
(32, 2147483647, -2147483648, 'int32')
>>> torch.iinfo(torch.int64).max
9223372036854775807
>>> torch.iinfo(torch.bool)
TypeError: torch.bool is not supported by torch.iinfo
>>> torch.iinfo(torch.float32)
TypeError: torch.iinfo() requires an integer input type. Use torch.finfo to handle 'torch.iinfo'
>>> torch.iinfo(torch.complex64)
TypeError: torch.iinfo() requires an integer input type. Use torch.finfo to handle 'torch.iinfo'
>>> torch.iinfo()
TypeError: iinfo() missing 1 required positional arguments: "type"
>>> x = torch.arange(8.).reshape(2, 4)
>>> x.view(torch.cfloat)
tensor([[0.+1.j, 2.+3.j],
        [4.+5.j, 6.+7.j]])
>>> x.view(torch.cfloat).size()
torch.Size([2, 2])
>>> x.view(torch.uint8)
tensor([[  0,   0,   0,   0,   0,   0, 128,  63,   0,   0,   0,  64,   0,   0,
          64,  64],
        [  0,   0, 128,  64,   0,   0, 160,  64,   0,   0, 192,  64,   0,   0,
         224,  64]], dtype=torch.uint8)
>>> x.view(torch.uint8).size()
torch.Size([2, 16])
>>> x.view(torch.int16).shape
torch.Size([2, 8])
>>> x.view(torch.float64)
tensor([[7.8125e-03, 3.2000e+01],
        [2.0480e+03, 3.2768e+04]], dtype=torch.float64)
>>> x.view(torch.complex128)
tensor([[7.8125e-03+3.2000e+01j],
        [2.0480e+03+3.2768e+04j]], dtype=torch.complex128)
>>> x.view(torch.int32)
tensor([[         0, 1065353216, 1073741824, 1077936128],
        [1082130432, 1084227584, 1086324736, 1088421888]], dtype=torch.int32)
>>> y = torch.zeros(4)
>>> v = y.view(torch.uint8)
>>> v[3] = 63
>>> v[2] = 128
>>> y
tensor([1., 0., 0., 0.])
>>> y.view(torch.int16).view(torch.float32)
tensor([1., 0., 0., 0.])
>>> w = torch.randn(2, 4, requires_grad=True)
>>> u = w.view(torch.cfloat)
>>> (u.requires_grad, u.grad_fn, u.is_leaf)
(False, None, True)
>>> w.view(torch.int32).requires_grad
False
>>> torch.arange(6.).reshape(2, 3).t().view(torch.uint8)
RuntimeError: self.stride(-1) must be 1 to view Float as Byte (different element sizes), but got 3
>>> torch.arange(6.).reshape(6, 1)[::2].view(torch.uint8)
tensor([[  0,   0,   0,   0],
        [  0,   0,   0,  64],
        [  0,   0, 128,  64]], dtype=torch.uint8)
>>> torch.ones(3, dtype=torch.uint8).view(torch.int16)
RuntimeError: self.size(-1) must be divisible by 2 to view Byte as Short (different element sizes), but got 3
>>> torch.tensor(1.).view(torch.int16)
RuntimeError: self.dim() cannot be 0 to view Float as Short (different element sizes)
>>> torch.tensor(1.).view(torch.int32)
tensor(1065353216, dtype=torch.int32)
>>> torch.ones(2, 3, dtype=torch.uint8).view(torch.bool)
tensor([[True, True, True],
        [True, True, True]])
>>> torch.ones(2, 4, dtype=torch.uint8).view_as(torch.ones(2, 4))
tensor([[1, 1, 1, 1],
        [1, 1, 1, 1]], dtype=torch.uint8)
>>> torch.view_copy(torch.arange(4.), torch.int16)
tensor([    0,     0,     0, 16256,     0, 16384,     0, 16448],
       dtype=torch.int16)
>>> torch.view_copy(torch.ones(3, dtype=torch.uint8), torch.int16)
RuntimeError: self.size(-1) must be divisible by 2 to view Byte as Short (different element sizes), but got 3
>>> import itertools
>>> a = [1, 2, 3]
>>> b = [4, 5]
>>> list(itertools.product(a, b))
[(1, 4), (1, 5), (2, 4), (2, 5), (3, 4), (3, 5)]
>>> torch.cartesian_prod(torch.tensor(a), torch.tensor(b))
tensor([[1, 4],
        [1, 5],
        [2, 4],
        [2, 5],
        [3, 4],
        [3, 5]])
>>> list(itertools.product('ab', repeat=2))
[('a', 'a'), ('a', 'b'), ('b', 'a'), ('b', 'b')]
>>> list(itertools.product())
[()]
>>> list(itertools.product(a, []))
[]
>>> list(itertools.product(a, repeat=-1))
ValueError: repeat argument cannot be negative
>>> list(itertools.permutations('abc', 2))
[('a', 'b'), ('a', 'c'), ('b', 'a'), ('b', 'c'), ('c', 'a'), ('c', 'b')]
>>> list(itertools.permutations(range(3)))
[(0, 1, 2), (0, 2, 1), (1, 0, 2), (1, 2, 0), (2, 0, 1), (2, 1, 0)]
>>> list(itertools.permutations(a, 5))
[]
>>> list(itertools.combinations(range(4), 2))
[(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3)]
>>> list(itertools.combinations(a, -1))
ValueError: r must be non-negative
>>> list(itertools.combinations_with_replacement('ab', 2))
[('a', 'a'), ('a', 'b'), ('b', 'b')]
>>> list(itertools.combinations_with_replacement([], 0))
[()]
>>> list(itertools.chain(a, b, 'xy'))
[1, 2, 3, 4, 5, 'x', 'y']
>>> list(itertools.chain.from_iterable([a, b]))
[1, 2, 3, 4, 5]
>>> list(itertools.accumulate([1, 2, 3, 4]))
[1, 3, 6, 10]
>>> list(itertools.accumulate([1, 2, 3, 4], lambda x, y: x * y, initial=10))
[10, 10, 20, 60, 240]
>>> list(itertools.islice(itertools.count(5, 2), 4))
[5, 7, 9, 11]
>>> list(itertools.islice('abcdefg', 1, 6, 2))
['b', 'd', 'f']
>>> list(itertools.zip_longest('ab', 'xyz', fillvalue='-'))
[('a', 'x'), ('b', 'y'), ('-', 'z')]
>>> list(itertools.repeat(7, 3))
[7, 7, 7]
>>> list(zip(itertools.repeat('r'), range(3)))
[('r', 0), ('r', 1), ('r', 2)]
>>> list(itertools.islice(itertools.cycle('ab'), 5))
['a', 'b', 'a', 'b', 'a']
>>> [(k, list(g)) for k, g in itertools.groupby('aabbbc')]
[('a', ['a', 'a']), ('b', ['b', 'b', 'b']), ('c', ['c'])]
>>> [(k, len(list(g))) for k, g in itertools.groupby([1, 3, 2, 4, 5], key=lambda v: v % 2)]
[(1, 2), (0, 2), (1, 1)]
>>> list(itertools.pairwise([1, 2, 3]))
[(1, 2), (2, 3)]
>>> list(itertools.starmap(pow, [(2, 3), (3, 2)]))
[8, 9]
>>> list(itertools.takewhile(lambda v: v < 3, [1, 2, 5, 1]))
[1, 2]
>>> list(itertools.dropwhile(lambda v: v < 3, [1, 2, 5, 1]))
[5, 1]
>>> list(itertools.filterfalse(lambda v: v % 2, range(6)))
[0, 2, 4]
>>> list(itertools.compress('abcdef', [1, 0, 1, 0, 1, 1]))
['a', 'c', 'e', 'f']
>>> x, y = itertools.tee([1, 2])
>>> (list(x), list(y))
([1, 2], [1, 2])
>>> sum(itertools.islice(itertools.count(), 100))
4950
>>> it = itertools.permutations(range(3))
>>> next(it)
(0, 1, 2)
>>> len(list(it))
5
>>> from itertools import product, combinations
>>> [torch.tensor(p) for p in product(range(2), repeat=2)]
[tensor([0, 0]), tensor([0, 1]), tensor([1, 0]), tensor([1, 1])]
>>> torch.stack([torch.tensor(c) for c in combinations([1., 2., 3.], 2)])
tensor([[1., 2.],
        [1., 3.],
        [2., 3.]])
>>> t = torch.tensor([1, 2, 3])
>>> t[1:].data_ptr() - t.data_ptr()
8
>>> t[2].data_ptr() - t.data_ptr()
16
>>> t.view(3, 1).data_ptr() == t.data_ptr()
True
>>> t.clone().data_ptr() == t.data_ptr()
False
>>> torch.asarray(t).data_ptr() == t.data_ptr()
True
>>> torch.asarray(t, copy=True).data_ptr() == t.data_ptr()
False
>>> m = torch.arange(12.).reshape(3, 4)
>>> m[1].data_ptr() - m.data_ptr()
16
>>> m[:, 2].data_ptr() - m.data_ptr()
8
>>> m.t().data_ptr() == m.data_ptr()
True
>>> m.view(torch.uint8)[0, 5].data_ptr() - m.data_ptr()
5
>>> torch.empty(0).data_ptr()
0
>>> t.data_ptr() > 0
True
>>> storage = t.untyped_storage()
>>> storage
 1
 0
 0
 0
 0
 0
 0
 0
 2
 0
 0
 0
 0
 0
 0
 0
 3
 0
 0
 0
 0
 0
 0
 0
[torch.storage.UntypedStorage(device=cpu) of size 24]
>>> torch.is_storage(storage)
True
>>> torch.is_storage(t)
False
>>> torch.is_storage([1, 2, 3])
False
>>> (storage.nbytes(), storage.size(), len(storage), storage.element_size())
(24, 24, 24, 1)
>>> storage.device
device(type='cpu')
>>> storage[8]
2
>>> storage.tolist()[:9]
[1, 0, 0, 0, 0, 0, 0, 0, 2]
>>> storage.data_ptr() == t.data_ptr()
True
>>> t[1:].untyped_storage().data_ptr() == t.data_ptr()
True
>>> t[1:].untyped_storage().nbytes()
24
>>> t.untyped_storage() == t.untyped_storage()
True
>>> storage[0] = 7
>>> t
tensor([7, 2, 3])
>>> torch.tensor([]).untyped_storage()
 
[torch.storage.UntypedStorage(device=cpu) of size 0]
>>> torch.tensor([1.5], dtype=torch.float16).untyped_storage()
 0
 62
[torch.storage.UntypedStorage(device=cpu) of size 2]
>>> torch.UntypedStorage(3).nbytes()
3
>>> torch.UntypedStorage([1, 2, 255])
 1
 2
 255
[torch.storage.UntypedStorage(device=cpu) of size 3]
>>> torch.is_storage(torch.UntypedStorage(2))
True
>>> typed_storage = torch.TypedStorage(5, dtype=torch.float32)
UserWarning: TypedStorage is deprecated. It will be removed in the future and UntypedStorage will be the only storage class. This should only matter to you if you are using storages directly.  To access UntypedStorage directly, use tensor.untyped_storage() instead of tensor.storage()
>>> torch.is_storage(typed_storage)
True
>>> (typed_storage.dtype, typed_storage.size(), len(typed_storage), typed_storage.element_size(), typed_storage.nbytes())
(torch.float32, 5, 5, 4, 20)
>>> torch.TypedStorage([1., 2.], dtype=torch.float64)
 1.0
 2.0
[torch.storage.TypedStorage(dtype=torch.float64, device=cpu) of size 2]
>>> torch.TypedStorage([1, 2])
 1.0
 2.0
[torch.storage.TypedStorage(dtype=torch.float32, device=cpu) of size 2]
>>> st = t.storage()
>>> st
 7
 2
 3
[torch.storage.TypedStorage(dtype=torch.int64, device=cpu) of size 3]
>>> (st.dtype, st.size(), st[1], st.tolist(), st.nbytes())
(torch.int64, 3, 2, [7, 2, 3], 24)
>>> st.data_ptr() == t.data_ptr()
True
>>> st.untyped().nbytes()
24
>>> torch.is_storage(st)
True
>>> torch.UntypedStorage(-1)
RuntimeError: [enforce fail at alloc_cpu.cpp:98] ((ptrdiff_t)nbytes) >= 0. alloc_cpu() seems to have been called with negative number: 18446744073709551615
>>> x = torch.tensor([-1 + 1j, -2 + 2j, 3 - 3j])
>>> y = x.conj()
>>> z = y.imag
>>> z.is_neg()
True
>>> out = z.resolve_neg()
>>> out
tensor([-1., -2.,  3.])
>>> out.is_neg()
False
>>> x.imag.is_neg()
False
>>> y.real.is_neg()
False
>>> (z * 1).is_neg()
False
>>> z.clone().is_neg()
False
>>> z.neg().is_neg()
False
>>> w = torch.tensor([1 + 2j, 3 - 1j], requires_grad=True)
>>> v = w.conj().imag
>>> (v.is_neg(), v.grad_fn.name())
(True, 'SelectBackward0')
>>> r = v.resolve_neg()
>>> (r.is_neg(), r.grad_fn.name())
(False, 'CloneBackward0')
>>> r.sum().backward()
>>> w.grad.imag
tensor([-1., -1.])
>>> a = torch.tensor([1., 2.])
>>> a.resolve_neg() is a
True
>>> a.is_neg()
False
>>> from torch.random import thread_safe_generator
>>> generator = thread_safe_generator()
>>> print(generator)
None
>>> _ = torch.manual_seed(0)
>>> torch.randint(0, 10, (5,), generator=generator)
tensor([4, 9, 3, 0, 3])
>>> torch.thread_safe_generator is thread_safe_generator
True
>>> a = torch.rand(10, requires_grad=True)
>>> a.is_leaf
True
>>> b = torch.rand(10, requires_grad=True).double()
>>> b.is_leaf
False
>>> e = torch.rand(10).requires_grad_()
>>> e.is_leaf
True
>>> f = torch.rand(10, requires_grad=True).double()
>>> f.is_leaf
False
>>> import numpy as np
>>> expected = torch.tensor([1e0, 1e-1, 1e-2])
>>> actual = torch.acos(torch.cos(expected))
>>> torch.testing.assert_close(actual, expected)
>>> import math
>>> torch.testing.assert_close(2.0 / math.sqrt(2.0), math.sqrt(2.0))
>>> torch.testing.assert_close([torch.tensor([1.0]), 2.0, np.array(3.0)], (torch.tensor([1.0]), 2.0, np.array(3.0)))
>>> torch.testing.assert_close({'a': torch.tensor(1.), 'b': 2.0}, {'b': 2.0, 'a': torch.tensor(1.)})
>>> expected = torch.tensor([1.0, 2.0, 3.0])
>>> actual = expected.clone()
>>> torch.testing.assert_close(torch.nn.Parameter(actual), expected)
>>> torch.testing.assert_close(torch.nn.Parameter(actual), expected, allow_subclasses=False)
TypeError: No comparison pair was able to handle inputs of type <class 'torch.nn.parameter.Parameter'> and <class 'torch.Tensor'>.
>>> torch.testing.assert_close(actual.numpy(), expected)
TypeError: No comparison pair was able to handle inputs of type <class 'numpy.ndarray'> and <class 'torch.Tensor'>.
>>> torch.testing.assert_close(1.0, 1, check_dtype=False)
>>> torch.testing.assert_close(1.0, 1)
AssertionError: The (d)types do not match: <class 'float'> != <class 'int'>.
>>> torch.testing.assert_close(1.0, 1.5, check_dtype=False)
AssertionError: Scalars are not close!

Expected 1.5 but got 1.0.
Absolute difference: 0.5 (up to 1e-07 allowed)
Relative difference: 0.3333333333333333 (up to 1e-07 allowed)
>>> torch.testing.assert_close(1, 2)
AssertionError: Scalars are not equal!

Expected 2 but got 1.
Absolute difference: 1
Relative difference: 0.5
>>> torch.testing.assert_close(1e-9, 1e-10, rtol=0, atol=0)
AssertionError: Scalars are not equal!

Expected 1e-10 but got 1e-09.
Absolute difference: 9.000000000000001e-10
Relative difference: 9.0
>>> torch.testing.assert_close(1.0, 1.0 + 1e-6)
AssertionError: Scalars are not close!

Expected 1.000001 but got 1.0.
Absolute difference: 9.999999999177334e-07 (up to 1e-07 allowed)
Relative difference: 9.999989999187335e-07 (up to 1e-07 allowed)
>>> torch.testing.assert_close(1.0, 1.1, rtol=0.2, atol=0)
>>> torch.testing.assert_close(1.0, 1.1, rtol=0.2)
ValueError: Both 'rtol' and 'atol' must be either specified or omitted, but got no atol.
>>> torch.testing.assert_close(True, False)
AssertionError: Booleans mismatch: True is not False
>>> torch.testing.assert_close(None, None)
>>> torch.testing.assert_close(None, 1)
AssertionError: None mismatch: None is not 1
>>> torch.testing.assert_close('a', 'a')
TypeError: No comparison pair was able to handle inputs of type <class 'str'> and <class 'str'>.
>>> torch.testing.assert_close(3 + 1j, 3 + 1j)
>>> torch.testing.assert_close(np.float32(1.5), 1.5)
>>> torch.testing.assert_close(np.float32(1.5), 1.5, check_dtype=True)
>>> nan_tensor = torch.tensor(float('Nan'))
>>> torch.testing.assert_close(nan_tensor.clone(), nan_tensor)
AssertionError: Scalars are not close!

Expected nan but got nan.
Absolute difference: nan (up to 1e-05 allowed)
Relative difference: nan (up to 1.3e-06 allowed)
>>> torch.testing.assert_close(nan_tensor.clone(), nan_tensor, equal_nan=True)
>>> torch.testing.assert_close(float('nan'), float('nan'), equal_nan=True)
>>> torch.testing.assert_close(float('inf'), float('inf'))
>>> torch.testing.assert_close(torch.tensor([float('inf')]), torch.tensor([float('-inf')]))
AssertionError: Tensor-likes are not close!

Mismatched elements: 1 / 1 (100.0%)
Greatest absolute difference: inf at index (0,) (up to 1e-05 allowed)
Greatest relative difference: nan at index (0,) (up to 1.3e-06 allowed)
>>> actual = torch.tensor([1.0, 4.0, 5.0])
>>> torch.testing.assert_close(actual, expected, msg='Argh, the tensors are not close!')
AssertionError: Argh, the tensors are not close!
>>> torch.testing.assert_close(actual, expected, msg=lambda msg: f'Header\n\n{msg}\n\nFooter')
AssertionError: Header

Tensor-likes are not close!

Mismatched elements: 2 / 3 (66.7%)
Greatest absolute difference: 2.0 at index (1,) (up to 1e-05 allowed)
Greatest relative difference: 1.0 at index (1,) (up to 1.3e-06 allowed)

Footer
>>> torch.testing.assert_close(actual, expected)
AssertionError: Tensor-likes are not close!

Mismatched elements: 2 / 3 (66.7%)
Greatest absolute difference: 2.0 at index (1,) (up to 1e-05 allowed)
Greatest relative difference: 1.0 at index (1,) (up to 1.3e-06 allowed)
>>> torch.testing.assert_close(torch.tensor([[1., 2.], [3., 4.]]), torch.tensor([[1., 2.5], [3.1, 4.]]))
AssertionError: Tensor-likes are not close!

Mismatched elements: 2 / 4 (50.0%)
Greatest absolute difference: 0.5 at index (0, 1) (up to 1e-05 allowed)
Greatest relative difference: 0.20000000298023224 at index (0, 1) (up to 1.3e-06 allowed)
>>> torch.testing.assert_close(torch.tensor([0., 1.]), torch.tensor([1e-3, 1.]))
AssertionError: Tensor-likes are not close!

Mismatched elements: 1 / 2 (50.0%)
Greatest absolute difference: 0.0010000000474974513 at index (0,) (up to 1e-05 allowed)
Greatest relative difference: 1.0 at index (0,) (up to 1.3e-06 allowed)
>>> torch.testing.assert_close(torch.tensor([1., 0.]), torch.tensor([1., 0.5]))
AssertionError: Tensor-likes are not close!

Mismatched elements: 1 / 2 (50.0%)
Greatest absolute difference: 0.5 at index (1,) (up to 1e-05 allowed)
Greatest relative difference: 1.0 at index (1,) (up to 1.3e-06 allowed)
>>> torch.testing.assert_close(torch.tensor([1, 2, 3]), torch.tensor([1, 5, 3]))
AssertionError: Tensor-likes are not equal!

Mismatched elements: 1 / 3 (33.3%)
Greatest absolute difference: 3 at index (1,)
Greatest relative difference: 0.6000000238418579 at index (1,)
>>> torch.testing.assert_close(torch.tensor([1, 2, 3]), torch.tensor([0, 0, 3]))
AssertionError: Tensor-likes are not equal!

Mismatched elements: 2 / 3 (66.7%)
Greatest absolute difference: 2 at index (1,)
Greatest relative difference: inf at index (0,)
>>> torch.testing.assert_close(torch.tensor([True, False]), torch.tensor([True, True]))
AssertionError: Tensor-likes are not equal!

Mismatched elements: 1 / 2 (50.0%)
Greatest absolute difference: 1 at index (1,)
Greatest relative difference: 1.0 at index (1,)
>>> torch.testing.assert_close(torch.tensor([1., 2.], dtype=torch.float64), torch.tensor([1., 2.000001], dtype=torch.float64))
AssertionError: Tensor-likes are not close!

Mismatched elements: 1 / 2 (50.0%)
Greatest absolute difference: 1.000000000139778e-06 at index (1,) (up to 1e-07 allowed)
Greatest relative difference: 4.999997500700139e-07 at index (1,) (up to 1e-07 allowed)
>>> torch.testing.assert_close(torch.tensor([1., 2.], dtype=torch.float16), torch.tensor([1., 2.001], dtype=torch.float16))
>>> torch.testing.assert_close(torch.tensor([1 + 1j]), torch.tensor([1 + 2j]))
AssertionError: Tensor-likes are not close!

Mismatched elements: 1 / 1 (100.0%)
Greatest absolute difference: 1.0 at index (0,) (up to 1e-05 allowed)
Greatest relative difference: 0.4472135901451111 at index (0,) (up to 1.3e-06 allowed)
>>> torch.testing.assert_close(torch.tensor(1.), torch.tensor(1.5))
AssertionError: Scalars are not close!

Expected 1.5 but got 1.0.
Absolute difference: 0.5 (up to 1e-05 allowed)
Relative difference: 0.3333333333333333 (up to 1.3e-06 allowed)
>>> torch.testing.assert_close(torch.ones(2), torch.ones(3))
AssertionError: The values for attribute 'shape' do not match: torch.Size([2]) != torch.Size([3]).
>>> torch.testing.assert_close(torch.ones(2), torch.ones(2, dtype=torch.float64))
AssertionError: The values for attribute 'dtype' do not match: torch.float32 != torch.float64.
>>> torch.testing.assert_close(torch.ones(2), torch.ones(2, dtype=torch.float64), check_dtype=False)
>>> torch.testing.assert_close(torch.ones(2), torch.ones(2, dtype=torch.int64), check_dtype=False)
>>> torch.testing.assert_close(torch.ones(2, 2), torch.ones(2, 2).t(), check_stride=True)
AssertionError: The values for attribute 'stride()' do not match: (2, 1) != (1, 2).
>>> torch.testing.assert_close(torch.ones(2, 3), torch.ones(3, 2).t(), check_stride=True)
AssertionError: The values for attribute 'stride()' do not match: (3, 1) != (1, 2).
>>> torch.testing.assert_close(torch.ones(2), torch.ones(2), rtol=1e-3)
ValueError: Both 'rtol' and 'atol' must be either specified or omitted, but got no atol.
>>> torch.testing.assert_close(torch.ones(2), torch.ones(2), atol=1e-3)
ValueError: Both 'rtol' and 'atol' must be either specified or omitted, but got no rtol.
>>> torch.testing.assert_close([1, 2], [1, 2, 3])
AssertionError: The length of the sequences mismatch: 2 != 3
>>> torch.testing.assert_close([1, 2], [1, 3])
AssertionError: Scalars are not equal!

Expected 3 but got 2.
Absolute difference: 1
Relative difference: 0.3333333333333333

The failure occurred for item [1]
>>> torch.testing.assert_close([1, [2, torch.tensor([3., 4.])]], [1, [2, torch.tensor([3., 5.])]])
AssertionError: Tensor-likes are not close!

Mismatched elements: 1 / 2 (50.0%)
Greatest absolute difference: 1.0 at index (1,) (up to 1e-05 allowed)
Greatest relative difference: 0.20000000298023224 at index (1,) (up to 1.3e-06 allowed)

The failure occurred for item [1][1]
>>> torch.testing.assert_close({'a': 1, 'b': 2}, {'a': 1, 'c': 2})
AssertionError: The keys of the mappings do not match:
Missing keys in the actual mapping: ['c']
Additional keys in the actual mapping: ['b']
>>> torch.testing.assert_close({'a': 1, 'b': torch.ones(2)}, {'a': 1, 'b': torch.zeros(2)})
AssertionError: Tensor-likes are not close!

Mismatched elements: 2 / 2 (100.0%)
Greatest absolute difference: 1.0 at index (0,) (up to 1e-05 allowed)
Greatest relative difference: inf at index (0,) (up to 1.3e-06 allowed)

The failure occurred for item ['b']
>>> torch.testing.assert_close([1.0, 2.0], [1.0, 2.5], msg='custom')
AssertionError: custom
>>> torch.testing.assert_close([1.0, 2.0], [1.0, 2.5], msg=lambda m: m.upper())
AssertionError: SCALARS ARE NOT CLOSE!

EXPECTED 2.5 BUT GOT 2.0.
ABSOLUTE DIFFERENCE: 0.5 (UP TO 1E-07 ALLOWED)
RELATIVE DIFFERENCE: 0.2 (UP TO 1E-07 ALLOWED)

THE FAILURE OCCURRED FOR ITEM [1]
>>> torch.testing.assert_close(np.array([1., 2.]), np.array([1., 2.]))
>>> torch.testing.assert_close(np.array([1., 2.]), np.array([1., 3.]))
AssertionError: Tensor-likes are not close!

Mismatched elements: 1 / 2 (50.0%)
Greatest absolute difference: 1.0 at index (1,) (up to 1e-07 allowed)
Greatest relative difference: 0.3333333333333333 at index (1,) (up to 1e-07 allowed)
>>> torch.testing.assert_close(torch.arange(10.), torch.arange(10.) * 1.5)
AssertionError: Tensor-likes are not close!

Mismatched elements: 9 / 10 (90.0%)
Greatest absolute difference: 4.5 at index (9,) (up to 1e-05 allowed)
Greatest relative difference: 0.3333333432674408 at index (1,) (up to 1.3e-06 allowed)
>>> import functools
>>> assert_equal = functools.partial(torch.testing.assert_close, rtol=0, atol=0)
>>> assert_equal(1e-9, 1e-10)
AssertionError: Scalars are not equal!

Expected 1e-10 but got 1e-09.
Absolute difference: 9.000000000000001e-10
Relative difference: 9.0
>>> assert_equal(1.0, 1.0)
>>> functools.reduce(lambda a, b: a * b, [1, 2, 3, 4])
24
>>> functools.reduce(lambda a, b: a + b, [], 5)
5
>>> functools.reduce(lambda a, b: a + b, [])
TypeError: reduce() of empty iterable with no initial value
>>> sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a))
[3, 2, 1]
>>> from collections import OrderedDict, defaultdict
>>> expected = OrderedDict([('foo', torch.tensor(1.0)), ('bar', 2.0), ('baz', np.array(3.0))])
>>> expected
OrderedDict([('foo', tensor(1.)), ('bar', 2.0), ('baz', array(3.))])
>>> actual = {'baz': np.array(3.0), 'bar': 2.0, 'foo': torch.tensor(1.0)}
>>> torch.testing.assert_close(actual, expected)
>>> list(expected.keys())
['foo', 'bar', 'baz']
>>> counts = defaultdict(int)
>>> for word in ['a', 'b', 'a']:
...     counts[word] += 1
>>> counts
defaultdict(<class 'int'>, {'a': 2, 'b': 1})
>>> dict(counts)
{'a': 2, 'b': 1}
>>> expected = np.array([1e0, 1e-1, 1e-2])
>>> actual = np.arccos(np.cos(expected))
>>> torch.testing.assert_close(actual, expected)
>>> np.sqrt(np.array([4., 9.]))
array([2., 3.])
>>> np.exp(0.0)
np.float64(1.0)
>>> np.abs([-1.5, 2.0])
array([1.5, 2. ])
>>> np.isnan(np.array([1.0, float('nan')]))
array([False,  True])
>>> s = torch.arange(16).reshape(2, 2, 2, 2).to_sparse(2)
>>> torch.narrow_copy(s, 0, 0, 1)
tensor(indices=tensor([[0, 0],
                       [0, 1]]),
       values=tensor([[[0, 1],
                       [2, 3]],

                      [[4, 5],
                       [6, 7]]]),
       size=(1, 2, 2, 2), nnz=2, layout=torch.sparse_coo)
>>> torch.narrow_copy(s, 1, 1, 1)
tensor(indices=tensor([[0, 1],
                       [0, 0]]),
       values=tensor([[[ 4,  5],
                       [ 6,  7]],

                      [[12, 13],
                       [14, 15]]]),
       size=(2, 1, 2, 2), nnz=2, layout=torch.sparse_coo)
>>> r = torch.narrow_copy(s, 3, 1, 1)
>>> r
tensor(indices=tensor([[0, 0, 1, 1],
                       [0, 1, 0, 1]]),
       values=tensor([[[ 1],
                       [ 3]],

                      [[ 5],
                       [ 7]],

                      [[ 9],
                       [11]],

                      [[13],
                       [15]]]),
       size=(2, 2, 2, 1), nnz=4, layout=torch.sparse_coo)
>>> r.is_coalesced()
True
>>> s.narrow_copy(0, 1, 1)
tensor(indices=tensor([[0, 0],
                       [0, 1]]),
       values=tensor([[[ 8,  9],
                       [10, 11]],

                      [[12, 13],
                       [14, 15]]]),
       size=(1, 2, 2, 2), nnz=2, layout=torch.sparse_coo)
>>> torch.narrow_copy(s, 2, 0, 2).to_dense().equal(torch.arange(16).reshape(2, 2, 2, 2))
True
>>> torch.narrow_copy(s, 0, 1, 5)
RuntimeError: Invalid range to narrow. range(start, start+length) must be a subset of range(0, 2).
>>> torch.narrow_copy(s, -1, 0, 1)
RuntimeError: Dimension -1 out of range. Expecting 0 <= dim < 4.
>>> u = torch.sparse_coo_tensor([[1, 0, 1]], [1., 2., 3.], (3,))
UserWarning: Sparse invariant checks are implicitly disabled. Memory errors (e.g. SEGFAULT) will occur when operating on a sparse tensor which violates the invariants, but checks incur performance overhead. To silence this warning, explicitly opt in or out. See `torch.sparse.check_sparse_tensor_invariants.__doc__` for guidance.  (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/Context.cpp:816.)
>>> torch.narrow_copy(u, 0, 1, 2)
tensor(indices=tensor([[0, 0]]),
       values=tensor([1., 3.]),
       size=(2,), nnz=2, layout=torch.sparse_coo)
>>> torch.narrow_copy(u, 0, 1, 2).is_coalesced()
False
>>> torch.narrow_copy(torch.arange(4.).reshape(2, 2).to_sparse_csr(), 0, 0, 1)
UserWarning: Sparse CSR tensor support is in beta state. If you miss a functionality in the sparse tensor support, please submit a feature request to https://github.com/pytorch/pytorch/issues. (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/SparseCsrTensorImpl.cpp:49.)
RuntimeError: Sparse CSR tensors do not have strides
