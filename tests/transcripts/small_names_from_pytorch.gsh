>>> # issue 17's small names, generated from PyTorch 2.13
>>> import torch
>>> x = torch.tensor([[1, 2, 3], [4, 5, 6], [7, 8, 9]], dtype=torch.float)
>>> index = torch.tensor([0, 2])
>>> x.index_fill_(1, index, -1)
tensor([[-1.,  2., -1.],
        [-1.,  5., -1.],
        [-1.,  8., -1.]])
>>> x
tensor([[-1.,  2., -1.],
        [-1.,  5., -1.],
        [-1.,  8., -1.]])
>>> torch.index_fill(torch.ones(3), 0, torch.tensor([1]), torch.tensor(5.))
tensor([1., 5., 1.])
>>> torch.ones(3, dtype=torch.long).index_fill(0, torch.tensor([0]), 2.5)
tensor([2, 1, 1])
>>> torch.ones(3, dtype=torch.long).index_fill(0, torch.tensor([-1]), 2)
tensor([1, 1, 2])
>>> torch.ones(3).index_fill(0, torch.tensor(1), 2)
tensor([1., 2., 1.])
>>> torch.ones(2, 3).index_fill(-1, torch.tensor([1, 1]), 7.)
tensor([[1., 7., 1.],
        [1., 7., 1.]])
>>> torch.ones(3).index_fill(0, torch.tensor([1], dtype=torch.int32), 2)
IndexError: index_fill_(): Expected dtype int64 for index.
>>> torch.ones(3, 3).index_fill(1, torch.tensor([0, 5]), 1)
IndexError: index 5 is out of bounds for dimension 1 with size 3
>>> torch.ones(3, 3).index_fill(1, torch.tensor([[0, 2]]), 1)
RuntimeError: Index has to be a vector/scalar
>>> torch.ones(3, 3).index_fill(3, torch.tensor([0]), 1)
IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 3)
>>> torch.ones(3).index_fill(0, torch.tensor([0]), torch.tensor([2.]))
RuntimeError: index_fill_ only supports a 0-dimensional value tensor, but got tensor with 1 dimension(s).
>>> w = torch.ones(3, 3, requires_grad=True)
>>> y = w.index_fill(1, torch.tensor([0, 2]), -1)
>>> y.grad_fn.name()
'IndexFillBackward0'
>>> (y * torch.arange(9.).reshape(3, 3)).sum().backward()
>>> w.grad
tensor([[0., 1., 0.],
        [0., 4., 0.],
        [0., 7., 0.]])
>>> v = torch.tensor(2., requires_grad=True)
>>> y = torch.ones(3, 3).index_fill(0, torch.tensor([0, 2, 2]), v)
>>> y.grad_fn.name()
'IndexFillBackward1'
>>> (y * torch.arange(9.).reshape(3, 3)).sum().backward()
>>> v.grad
tensor(24.)
>>> x = torch.empty(5, 3).fill_(2)
>>> t = torch.tensor([[1, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]], dtype=torch.float)
>>> index = torch.tensor([0, 4, 2, 0])
>>> x.index_reduce_(0, index, t, 'prod')
UserWarning: index_reduce() is in beta and the API may change at any time. (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/TensorAdvancedIndexing.cpp:1523.)
tensor([[20., 44., 72.],
        [ 2.,  2.,  2.],
        [14., 16., 18.],
        [ 2.,  2.,  2.],
        [ 8., 10., 12.]])
>>> x = torch.empty(5, 3).fill_(2)
>>> x.index_reduce_(0, index, t, 'prod', include_self=False)
tensor([[10., 22., 36.],
        [ 2.,  2.,  2.],
        [ 7.,  8.,  9.],
        [ 2.,  2.,  2.],
        [ 4.,  5.,  6.]])
>>> torch.full((5, 3), 2.).index_reduce(0, index, t, 'mean')
tensor([[4.3333, 5.0000, 5.6667],
        [2.0000, 2.0000, 2.0000],
        [4.5000, 5.0000, 5.5000],
        [2.0000, 2.0000, 2.0000],
        [3.0000, 3.5000, 4.0000]])
>>> torch.full((5, 3), 2.).index_reduce(0, index, t, 'mean', include_self=False)
tensor([[5.5000, 6.5000, 7.5000],
        [2.0000, 2.0000, 2.0000],
        [7.0000, 8.0000, 9.0000],
        [2.0000, 2.0000, 2.0000],
        [4.0000, 5.0000, 6.0000]])
>>> torch.full((5, 3), 2.).index_reduce(0, index, t, 'amax')
tensor([[10., 11., 12.],
        [ 2.,  2.,  2.],
        [ 7.,  8.,  9.],
        [ 2.,  2.,  2.],
        [ 4.,  5.,  6.]])
>>> torch.full((5, 3), 20.).index_reduce(0, index, t, 'amin', include_self=False)
tensor([[ 1.,  2.,  3.],
        [20., 20., 20.],
        [ 7.,  8.,  9.],
        [20., 20., 20.],
        [ 4.,  5.,  6.]])
>>> torch.tensor([1, 2, 3]).index_reduce(0, torch.tensor([0, 0]), torch.tensor([4, 5]), 'mean')
tensor([3, 2, 3])
>>> torch.tensor([1, 2, 3]).index_reduce(0, torch.tensor([0, 0]), torch.tensor([4, 5]), 'amax', include_self=False)
tensor([5, 2, 3])
>>> torch.ones(2, 3).index_reduce(1, torch.tensor([2, 0], dtype=torch.int32), torch.full((2, 2), 3.), 'prod')
tensor([[3., 1., 3.],
        [3., 1., 3.]])
>>> torch.index_reduce(torch.ones(3), 0, torch.tensor([1]), torch.tensor([4.]), 'amin')
tensor([1., 1., 1.])
>>> torch.ones(3, 3).index_reduce(0, torch.tensor([0, 2]), torch.ones(2, 3), 'sum')
RuntimeError: index_reduce(): Expected reduce to be one of prod, mean, amax or amin but got sum.
>>> torch.ones(3, 3).index_reduce(0, torch.tensor([0, 2]), torch.ones(2, 3, dtype=torch.double), 'mean')
RuntimeError: index_reduce_(): self (Float) and source (Double) must have the same scalar type
>>> torch.ones(3, 3).index_reduce(0, torch.tensor([0, 2]), torch.ones(3, 3), 'mean')
RuntimeError: index_reduce_(): Number of indices (2) should be equal to source.size(dim): (3), for dim: 0
>>> torch.ones(3, 3).index_reduce(0, torch.tensor([0, 5]), torch.ones(2, 3), 'mean')
IndexError: index out of range in self
>>> a = torch.tensor([[1., 2.], [3., 0.], [5., 6.]], requires_grad=True)
>>> s = torch.tensor([[2., 0.], [4., 3.], [1., 1.]], requires_grad=True)
>>> i = torch.tensor([0, 0, 2])
>>> for r in ('prod', 'mean', 'amax', 'amin'):
...     for inc in (True, False):
...         out = a.index_reduce(0, i, s, r, include_self=inc)
...         ga, gs = torch.autograd.grad((out * torch.arange(6.).reshape(3, 2)).sum(), (a, s))
...         print(r, inc, out.grad_fn.name(), ga.tolist(), gs.tolist())
prod True IndexReduceBackward0 [[0.0, 0.0], [2.0, 3.0], [4.0, 5.0]] [[0.0, 6.0], [0.0, 0.0], [20.0, 30.0]]
prod False IndexReduceBackward0 [[0.0, 0.0], [2.0, 3.0], [0.0, 0.0]] [[0.0, 3.0], [0.0, 0.0], [4.0, 5.0]]
mean True IndexReduceBackward0 [[0.0, 0.3333333432674408], [2.0, 3.0], [2.0, 2.5]] [[0.0, 0.3333333432674408], [0.0, 0.3333333432674408], [2.0, 2.5]]
mean False IndexReduceBackward0 [[0.0, 0.0], [2.0, 3.0], [0.0, 0.0]] [[0.0, 0.5], [0.0, 0.5], [4.0, 5.0]]
amax True IndexReduceBackward0 [[0.0, 0.0], [2.0, 3.0], [4.0, 5.0]] [[0.0, 0.0], [0.0, 1.0], [0.0, 0.0]]
amax False IndexReduceBackward0 [[0.0, 0.0], [2.0, 3.0], [0.0, 0.0]] [[0.0, 0.0], [0.0, 1.0], [4.0, 5.0]]
amin True IndexReduceBackward0 [[0.0, 0.0], [2.0, 3.0], [0.0, 0.0]] [[0.0, 1.0], [0.0, 0.0], [4.0, 5.0]]
amin False IndexReduceBackward0 [[0.0, 0.0], [2.0, 3.0], [0.0, 0.0]] [[0.0, 1.0], [0.0, 0.0], [4.0, 5.0]]
>>> src = torch.tensor([[4, 3, 5], [6, 7, 8]])
>>> src.put_(torch.tensor([1, 3]), torch.tensor([9, 10]))
tensor([[ 4,  9,  5],
        [10,  7,  8]])
>>> torch.put(torch.zeros(2, 2), torch.tensor([-1]), torch.tensor([5.]))
tensor([[0., 0.],
        [0., 5.]])
>>> torch.zeros(2, 2).put(torch.tensor([[0, 0], [3, 0]]), torch.tensor([1., 2., 3., 4.]), accumulate=True)
tensor([[7., 0.],
        [0., 3.]])
>>> torch.zeros(3).put_(torch.tensor([0, 2]), torch.tensor([1., 2.]), True)
tensor([1., 0., 2.])
>>> torch.zeros(3, 3).put(torch.tensor([0, 40]), torch.tensor([1., 2.]))
IndexError: out of range: tried to access index 40 on a tensor of 9 elements.
>>> torch.zeros(3, 3).put(torch.tensor([0, 4]), torch.tensor([1., 2., 3.]))
IndexError: put_(): Expected source and index to have the same number of elements, but got source.numel() = 3, index.numel() = 2
>>> torch.zeros(3, 3).put(torch.tensor([0, 4]), torch.tensor([1, 2]))
RuntimeError: put_(): self and source expected to have the same dtype, but got self.dtype = Float and source.dtype = Long
>>> torch.zeros(3, 3).put(torch.tensor([0., 4]), torch.tensor([1., 2.]))
RuntimeError: put_(): Expected a long tensor for index, but got Float
>>> w = torch.ones(2, 3, requires_grad=True)
>>> s = torch.tensor([1., 2.], requires_grad=True)
>>> y = w.put(torch.tensor([0, 4]), s)
>>> y.grad_fn.name()
'PutBackward0'
>>> (y * torch.arange(6.).reshape(2, 3)).sum().backward()
>>> w.grad, s.grad
(tensor([[0., 1., 2.],
        [3., 0., 5.]]), tensor([0., 4.]))
>>> w.grad = None
>>> (w.put(torch.tensor([0, 4]), s, accumulate=True) * 2).sum().backward()
>>> w.grad
tensor([[2., 2., 2.],
        [2., 2., 2.]])
>>> torch.isreal(torch.tensor([1, 1+1j, 2+0j]))
tensor([ True, False,  True])
>>> torch.isreal(torch.tensor([1., 2.]))
tensor([True, True])
>>> torch.tensor([[1, 2]]).isreal()
tensor([[True, True]])
>>> torch.range(1, 4)
UserWarning: torch.range is deprecated and will be removed in a future release because its behavior is inconsistent with Python's range builtin. Instead, use torch.arange, which produces values in [start, end).
tensor([1., 2., 3., 4.])
>>> torch.range(1, 4, 0.5)
UserWarning: torch.range is deprecated and will be removed in a future release because its behavior is inconsistent with Python's range builtin. Instead, use torch.arange, which produces values in [start, end).
tensor([1.0000, 1.5000, 2.0000, 2.5000, 3.0000, 3.5000, 4.0000])
>>> torch.range(0, 1, 0.3)
UserWarning: torch.range is deprecated and will be removed in a future release because its behavior is inconsistent with Python's range builtin. Instead, use torch.arange, which produces values in [start, end).
tensor([0.0000, 0.3000, 0.6000, 0.9000])
>>> torch.range(3, 0, -1)
UserWarning: torch.range is deprecated and will be removed in a future release because its behavior is inconsistent with Python's range builtin. Instead, use torch.arange, which produces values in [start, end).
tensor([3., 2., 1., 0.])
>>> torch.range(0, 3, dtype=torch.int64)
UserWarning: torch.range is deprecated and will be removed in a future release because its behavior is inconsistent with Python's range builtin. Instead, use torch.arange, which produces values in [start, end).
tensor([0, 1, 2, 3])
>>> torch.range(0, 3, requires_grad=True)
UserWarning: torch.range is deprecated and will be removed in a future release because its behavior is inconsistent with Python's range builtin. Instead, use torch.arange, which produces values in [start, end).
tensor([0., 1., 2., 3.], requires_grad=True)
>>> torch.range(0, 3).dtype
UserWarning: torch.range is deprecated and will be removed in a future release because its behavior is inconsistent with Python's range builtin. Instead, use torch.arange, which produces values in [start, end).
torch.float32
>>> torch.range(3, 0)
UserWarning: torch.range is deprecated and will be removed in a future release because its behavior is inconsistent with Python's range builtin. Instead, use torch.arange, which produces values in [start, end).
RuntimeError: upper bound and lower bound inconsistent with step sign
>>> torch.range(0, 1, 0)
UserWarning: torch.range is deprecated and will be removed in a future release because its behavior is inconsistent with Python's range builtin. Instead, use torch.arange, which produces values in [start, end).
RuntimeError: step must be nonzero
>>> torch.range(5)
TypeError: range() missing 1 required positional arguments: "end"
>>> x = torch.tensor([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6], [0.7, 0.8, 0.9]])
>>> t = torch.as_strided(x, (2, 2), (1, 2))
>>> t
tensor([[0.1000, 0.3000],
        [0.2000, 0.4000]])
>>> t = torch.as_strided(x, (2, 2), (1, 2), 1)
>>> t
tensor([[0.2000, 0.4000],
        [0.3000, 0.5000]])
>>> x.as_strided((3,), (4,))
tensor([0.1000, 0.5000, 0.9000])
>>> x.as_strided((2, 3), (0, 1), 2)
tensor([[0.3000, 0.4000, 0.5000],
        [0.3000, 0.4000, 0.5000]])
>>> x[1:].as_strided((2,), (1,))
tensor([0.4000, 0.5000])
>>> x[1:].as_strided((2,), (1,)).storage_offset()
3
>>> x[1:].as_strided((2,), (1,), 0)
tensor([0.1000, 0.2000])
>>> v = x.as_strided((2,), (4,))
>>> v[1] = 100.
>>> x
tensor([[  0.1000,   0.2000,   0.3000],
        [  0.4000, 100.0000,   0.6000],
        [  0.7000,   0.8000,   0.9000]])
>>> torch.as_strided(x, (4, 4), (1, 2))
RuntimeError: setStorage: sizes [4, 4], strides [1, 2], storage offset 0, and itemsize 4 requiring a storage size of 40 are out of bounds for storage of size 36
>>> torch.as_strided(x, (2,), (-1,))
RuntimeError: as_strided: Negative strides are not supported at the moment, got strides: [-1]
>>> torch.as_strided(x, (2, 2), (1,))
RuntimeError: mismatch in length of strides and shape
>>> w = torch.arange(6., requires_grad=True)
>>> y = w.as_strided((2, 2), (1, 1), 1)
>>> y
tensor([[1., 2.],
        [2., 3.]], grad_fn=<AsStridedBackward0>)
>>> (y * torch.tensor([[1., 2.], [3., 4.]])).sum().backward()
>>> w.grad
tensor([0., 1., 5., 4., 0., 0.])
>>> w2 = torch.arange(12., requires_grad=True)
>>> y2 = w2.view(3, 4)[1:].as_strided((2, 3), (4, 2), 1)
>>> y2
tensor([[1., 3., 5.],
        [5., 7., 9.]], grad_fn=<AsStridedBackward0>)
>>> y2.grad_fn.name()
'AsStridedBackward0'
>>> g, = torch.autograd.grad(y2.pow(2).sum(), w2, create_graph=True)
>>> g
tensor([ 0.,  0.,  0.,  0.,  0., 20.,  0., 14.,  0., 18.,  0.,  0.],
       grad_fn=<ViewBackward0>)
>>> g.sum().backward()
>>> w2.grad
tensor([0., 0., 0., 0., 0., 4., 0., 2., 0., 2., 0., 0.])
>>> torch.as_strided_scatter(torch.zeros(3, 3), torch.ones(2, 2), (2, 2), (1, 2))
tensor([[1., 1., 1.],
        [1., 0., 0.],
        [0., 0., 0.]])
>>> torch.zeros(3, 3).as_strided_scatter(torch.ones(2), (2,), (4,), 1)
tensor([[0., 1., 0.],
        [0., 0., 1.],
        [0., 0., 0.]])
>>> a = torch.zeros(2, 3, requires_grad=True)
>>> b = torch.tensor([5., 6.], requires_grad=True)
>>> y = a.as_strided_scatter(b, (2,), (3,))
>>> y
tensor([[5., 0., 0.],
        [6., 0., 0.]], grad_fn=<AsStridedScatterBackward0>)
>>> (y * torch.arange(6.).reshape(2, 3)).sum().backward()
>>> a.grad, b.grad
(tensor([[0., 0., 0.],
        [3., 0., 0.]]), tensor([0., 3.]))
>>> a = torch.empty_strided((2, 3), (1, 2))
>>> a.stride()
(1, 2)
>>> a.size()
torch.Size([2, 3])
>>> torch.empty_strided((2, 3), (1, 2), dtype=torch.int32).dtype
torch.int32
>>> torch.empty_strided((2, 3), (3, 1), requires_grad=True).requires_grad
True
>>> torch.empty_strided((2, 3), (1,))
RuntimeError: dimensionality of sizes (2) must match dimensionality of strides (1)
>>> torch.ones(2).new_empty_strided((2, 3), (1, 2)).stride()
(1, 2)
>>> torch.ones(2, dtype=torch.float64).new_empty_strided((2, 3), (3, 1)).dtype
torch.float64
>>> x = torch.tensor([1, 2, 3])
>>> torch.typename(x)
'torch.LongTensor'
>>> torch.typename(torch.nn.Parameter)
'torch.nn.parameter.Parameter'
>>> torch.typename(torch.ones(2))
'torch.FloatTensor'
>>> torch.typename(torch.ones(2, dtype=torch.float64))
'torch.DoubleTensor'
>>> torch.typename(torch.ones(2, dtype=torch.bool))
'torch.BoolTensor'
>>> torch.typename(torch.ones(2, dtype=torch.uint8))
'torch.ByteTensor'
>>> torch.typename(torch.ones(2, dtype=torch.int8))
'torch.CharTensor'
>>> torch.typename(torch.ones(2, dtype=torch.cfloat))
'torch.ComplexFloatTensor'
>>> torch.typename(3)
'int'
>>> torch.typename('a')
'str'
>>> torch.typename([1])
'list'
>>> torch.typename(None)
'NoneType'
>>> torch.typename(torch.float32)
'torch.dtype'
>>> torch.typename(torch.nn.Linear(1, 1))
'torch.nn.modules.linear.Linear'
>>> torch.typename(torch.nn.Linear)
'torch.nn.modules.linear.Linear'
>>> torch.typename(torch.Tensor)
'torch.Tensor'
>>> torch.is_storage(torch.ones(2))
False
>>> torch.is_storage([1, 2, 3])
False
>>> torch.ones(2).get_device()
-1
>>> torch.get_device(torch.ones(2))
-1
>>> torch.are_deterministic_algorithms_enabled()
False
>>> torch.is_deterministic_algorithms_warn_only_enabled()
False
>>> torch.use_deterministic_algorithms(True)
>>> torch.are_deterministic_algorithms_enabled()
True
>>> torch.is_deterministic_algorithms_warn_only_enabled()
False
>>> torch.use_deterministic_algorithms(True, warn_only=True)
>>> torch.is_deterministic_algorithms_warn_only_enabled()
True
>>> torch.use_deterministic_algorithms(1)
TypeError: _set_deterministic_algorithms(): argument 'mode' (position 1) must be bool, not int
>>> torch.use_deterministic_algorithms(True, False)
TypeError: use_deterministic_algorithms() takes 1 positional argument but 2 were given
>>> torch.use_deterministic_algorithms(False)
>>> torch.are_deterministic_algorithms_enabled()
False
>>> torch.is_deterministic_algorithms_warn_only_enabled()
False
>>> torch.thread_safe_generator() is None
True
