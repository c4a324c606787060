>>> # issue 17's small functions, generated from PyTorch 2.13
>>> import torch
>>> import numpy as np
>>> torch.asarray([1, 2, 3])
tensor([1, 2, 3])
>>> torch.asarray([[1., 2.], [3., 4.]], dtype=torch.float64)
tensor([[1., 2.],
        [3., 4.]], dtype=torch.float64)
>>> torch.asarray(3.5)
tensor(3.5000)
>>> torch.asarray(True)
tensor(True)
>>> a = np.array([1., 2., 3.])
>>> t = torch.asarray(a)
>>> a[0] = 7.
>>> t
tensor([7., 2., 3.], dtype=torch.float64)
>>> t2 = torch.asarray(a, copy=True)
>>> a[1] = 9.
>>> t2
tensor([7., 2., 3.], dtype=torch.float64)
>>> x = torch.ones(3)
>>> torch.asarray(x) is x
True
>>> torch.asarray(x, copy=True) is x
False
>>> torch.asarray(x, dtype=torch.int32)
tensor([1, 1, 1], dtype=torch.int32)
>>> torch.asarray(x, dtype=torch.int32, copy=False)
ValueError: can't alias tensor with dtype 'Float' into dtype 'Int'.
>>> torch.asarray([1, 2], copy=False)
ValueError: can't alias arbitrary sequence into a tensor.
>>> torch.asarray([1., 2.], requires_grad=True)
tensor([1., 2.], requires_grad=True)
>>> torch.asarray(3, requires_grad=True)
RuntimeError: Only Tensors of floating point and complex dtype can require gradients
>>> torch.asarray([[1, 2], [3]])
ValueError: expected sequence of length 2 at dim 1 (got 1)
>>> w = torch.ones(2, requires_grad=True)
>>> torch.asarray(w, requires_grad=False).requires_grad
False
>>> torch.asarray(w, dtype=torch.float64)
tensor([1., 1.], dtype=torch.float64)
>>> torch.empty_permuted((2, 3, 5, 7), (0, 2, 3, 1)).stride()
(105, 1, 21, 3)
>>> torch.empty_permuted((2, 3, 5, 7), (0, 2, 3, 1)).shape
torch.Size([2, 3, 5, 7])
>>> torch.empty_permuted((2, 3), (0, 0))
RuntimeError: Duplicate dim not allowed
>>> torch.empty_permuted((2, 3), (0,))
RuntimeError: Number of dimensions in size does not match the length of the physical_layout; i.e. len(size) = 2 is not equal to len(physical_layout) = 1
>>> torch.empty((2, 3, 5, 7)).dim_order()
(0, 1, 2, 3)
>>> torch.empty((2, 3, 5, 7)).permute(0, 2, 3, 1).dim_order()
(0, 3, 1, 2)
>>> torch.ones(2, 3).t().dim_order()
(1, 0)
>>> torch.ones(1, 3).dim_order(ambiguity_check=True)
RuntimeError: The tensor does not have unique dim order, or cannot map to exact one of the given memory formats.
>>> torch.is_nonzero(torch.tensor([0.]))
False
>>> torch.is_nonzero(torch.tensor([1.5]))
True
>>> torch.is_nonzero(torch.tensor([False]))
False
>>> torch.is_nonzero(torch.tensor([3]))
True
>>> torch.is_nonzero(torch.tensor([1, 3, 5]))
RuntimeError: Boolean value of Tensor with more than one value is ambiguous
>>> torch.is_nonzero(torch.tensor([]))
RuntimeError: Boolean value of Tensor with no values is ambiguous
>>> torch.is_same_size(torch.ones(2, 3), torch.zeros(2, 3))
True
>>> torch.is_same_size(torch.ones(2, 3), torch.zeros(3, 2))
False
>>> torch.result_type(torch.tensor([1, 2], dtype=torch.int), 1.0)
torch.float32
>>> torch.result_type(torch.tensor([1, 2], dtype=torch.uint8), torch.tensor(1))
torch.uint8
>>> torch.result_type(1, 2)
torch.int64
>>> torch.can_cast(torch.double, torch.float)
True
>>> torch.can_cast(torch.float, torch.int)
False
>>> torch.can_cast(torch.int, torch.bool)
False
>>> torch.can_cast(1, torch.float)
TypeError: can_cast(): argument 'from_' (position 1) must be torch.dtype, not int
>>> torch.tensor([1., 2., 3., 4., 5.]).resize_(2)
tensor([1., 2.])
>>> torch.tensor([1, 2, 3, 4]).resize_(2, 2)
tensor([[1, 2],
        [3, 4]])
>>> torch.ones(3, requires_grad=True).resize_(2)
RuntimeError: cannot resize variables that require grad
>>> torch.unravel_index(torch.tensor(4), (3, 2))
(tensor(2), tensor(0))
>>> torch.unravel_index(torch.tensor([4, 1]), (2, 2))
(tensor([0, 0]), tensor([0, 1]))
>>> torch.unravel_index(torch.tensor([0, 1, 2, 3, 4, 5]), (2, 3))
(tensor([0, 0, 0, 1, 1, 1]), tensor([0, 1, 2, 0, 1, 2]))
>>> torch.unravel_index(torch.tensor([1234, 5678]), (10, 10, 10, 10))
(tensor([1, 5]), tensor([2, 6]), tensor([3, 7]), tensor([4, 8]))
>>> torch.unravel_index(torch.tensor([[1234], [5678]]), (10, 10, 10, 10))
(tensor([[1],
        [5]]), tensor([[2],
        [6]]), tensor([[3],
        [7]]), tensor([[4],
        [8]]))
>>> torch.unravel_index(torch.tensor([[1234], [5678]]), (100, 100))
(tensor([[12],
        [56]]), tensor([[34],
        [78]]))
>>> torch.unravel_index(torch.tensor([1.]), (3, 2))
TypeError: expected 'indices' to be integer dtype, but got torch.float32
>>> torch.nonzero_static(torch.tensor([[1, 0], [0, 1]]), size=4)
tensor([[ 0,  0],
        [ 1,  1],
        [-1, -1],
        [-1, -1]])
>>> torch.nonzero_static(torch.tensor([1, 0, 1]), size=1, fill_value=7)
tensor([[0]])
>>> torch.nonzero_static(torch.tensor([1, 0]), size=-1)
RuntimeError: nonzero_static: 'size' must be an non-negative integer
>>> torch.diagflat(torch.tensor([-0.2, 0.5, 1.1]))
tensor([[-0.2000,  0.0000,  0.0000],
        [ 0.0000,  0.5000,  0.0000],
        [ 0.0000,  0.0000,  1.1000]])
>>> torch.diagflat(torch.tensor([-0.2, 0.5, 1.1]), 1)
tensor([[ 0.0000, -0.2000,  0.0000,  0.0000],
        [ 0.0000,  0.0000,  0.5000,  0.0000],
        [ 0.0000,  0.0000,  0.0000,  1.1000],
        [ 0.0000,  0.0000,  0.0000,  0.0000]])
>>> torch.diagflat(torch.tensor([[0.5, -1.2], [0.3, 0.8]]))
tensor([[ 0.5000,  0.0000,  0.0000,  0.0000],
        [ 0.0000, -1.2000,  0.0000,  0.0000],
        [ 0.0000,  0.0000,  0.3000,  0.0000],
        [ 0.0000,  0.0000,  0.0000,  0.8000]])
>>> torch.diagflat(torch.tensor([1, 2]), -1)
tensor([[0, 0, 0],
        [1, 0, 0],
        [0, 2, 0]])
>>> d = torch.tensor([1., 2.], requires_grad=True)
>>> y = torch.diagflat(d, 1)
>>> y
tensor([[0., 1., 0.],
        [0., 0., 2.],
        [0., 0., 0.]], grad_fn=<DiagEmbedBackward0>)
>>> (y * torch.arange(9.).reshape(3, 3)).sum().backward()
>>> d.grad
tensor([1., 5.])
>>> x = torch.tensor([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
>>> torch.narrow_copy(x, 0, 0, 2)
tensor([[1, 2, 3],
        [4, 5, 6]])
>>> torch.narrow_copy(x, 1, 1, 2)
tensor([[2, 3],
        [5, 6],
        [8, 9]])
>>> torch.narrow_copy(torch.ones(3), 0, 2, 2)
RuntimeError: start (2) + length (2) exceeds dimension size (3).
>>> n = torch.tensor([1., 2., 3.], requires_grad=True)
>>> m = torch.narrow_copy(n, 0, 1, 2)
>>> m
tensor([2., 3.], grad_fn=<NarrowCopyBackward0>)
>>> (m * m).sum().backward()
>>> n.grad
tensor([0., 4., 6.])
>>> a = torch.zeros(2, 2)
>>> b = torch.ones(2)
>>> a.select_scatter(b, 0, 0)
tensor([[1., 1.],
        [0., 0.]])
>>> a = torch.zeros(8, 8)
>>> b = torch.ones(2, 8)
>>> a.slice_scatter(b, start=6)
tensor([[0., 0., 0., 0., 0., 0., 0., 0.],
        [0., 0., 0., 0., 0., 0., 0., 0.],
        [0., 0., 0., 0., 0., 0., 0., 0.],
        [0., 0., 0., 0., 0., 0., 0., 0.],
        [0., 0., 0., 0., 0., 0., 0., 0.],
        [0., 0., 0., 0., 0., 0., 0., 0.],
        [1., 1., 1., 1., 1., 1., 1., 1.],
        [1., 1., 1., 1., 1., 1., 1., 1.]])
>>> b = torch.ones(8, 2)
>>> a.slice_scatter(b, dim=1, start=2, end=6, step=2)
tensor([[0., 0., 1., 0., 1., 0., 0., 0.],
        [0., 0., 1., 0., 1., 0., 0., 0.],
        [0., 0., 1., 0., 1., 0., 0., 0.],
        [0., 0., 1., 0., 1., 0., 0., 0.],
        [0., 0., 1., 0., 1., 0., 0., 0.],
        [0., 0., 1., 0., 1., 0., 0., 0.],
        [0., 0., 1., 0., 1., 0., 0., 0.],
        [0., 0., 1., 0., 1., 0., 0., 0.]])
>>> a = torch.zeros(3, 3)
>>> torch.diagonal_scatter(a, torch.ones(3), 0)
tensor([[1., 0., 0.],
        [0., 1., 0.],
        [0., 0., 1.]])
>>> torch.diagonal_scatter(a, torch.ones(2), 1)
tensor([[0., 1., 0.],
        [0., 0., 1.],
        [0., 0., 0.]])
>>> torch.diagonal_scatter(a, torch.ones(3), 1)
RuntimeError: expected src to have a size equal to the slice of self. src size = [3], slice size = [2]
>>> torch.select_scatter(torch.zeros(2, 2), torch.ones(3), 0, 0)
RuntimeError: expected src to have a size equal to the slice of self. src size = [3], slice size = [2]
>>> torch.select_scatter(torch.zeros(2, 2), torch.ones(2), 0, 5)
IndexError: select(): index 5 out of range for tensor of size [2, 2] at dimension 0
>>> base = torch.zeros(3, 3, requires_grad=True)
>>> src = torch.tensor([1., 2.], requires_grad=True)
>>> out = torch.diagonal_scatter(base, src, 1)
>>> out
tensor([[0., 1., 0.],
        [0., 0., 2.],
        [0., 0., 0.]], grad_fn=<DiagonalScatterBackward0>)
>>> (out * torch.arange(9.).reshape(3, 3)).sum().backward()
>>> base.grad
tensor([[0., 0., 2.],
        [3., 4., 0.],
        [6., 7., 8.]])
>>> src.grad
tensor([1., 5.])
>>> s = torch.select_scatter(base, src, 1, 2)
RuntimeError: expected src to have a size equal to the slice of self. src size = [2], slice size = [3]
>>> s.grad_fn
NameError: name 's' is not defined
>>> torch.slice_scatter(base, torch.ones(1, 3), 0, 1, 2)
tensor([[0., 0., 0.],
        [1., 1., 1.],
        [0., 0., 0.]], grad_fn=<SliceScatterBackward0>)
>>> x = torch.zeros(5, 3)
>>> t = torch.tensor([[1, 2, 3], [4, 5, 6], [7, 8, 9]], dtype=torch.float)
>>> index = torch.tensor([0, 4, 2])
>>> x.index_copy_(0, index, t)
tensor([[1., 2., 3.],
        [0., 0., 0.],
        [7., 8., 9.],
        [0., 0., 0.],
        [4., 5., 6.]])
>>> x.index_copy(1, torch.tensor([2, 0]), torch.ones(5, 2))
tensor([[1., 2., 1.],
        [1., 0., 1.],
        [1., 8., 1.],
        [1., 0., 1.],
        [1., 5., 1.]])
>>> torch.index_copy(torch.zeros(3), 0, torch.tensor([0]), torch.ones(1, dtype=torch.float64))
RuntimeError: index_copy_(): self and source expected to have the same dtype, but got (self) Float and (source) Double
>>> torch.zeros(3).index_copy(0, torch.tensor([0, 1]), torch.ones(1))
IndexError: index_copy_(): Number of indices (2) should be equal to source.size(dim) (1)
>>> torch.zeros(3).index_copy(0, torch.tensor([5]), torch.ones(1))
IndexError: index_copy_(): index 5 is out of bounds for dimension 0 with size 3
>>> torch.zeros(3).index_copy(0, torch.tensor([0.]), torch.ones(1))
RuntimeError: index_copy_(): Expected a long tensor for index, but got Float
>>> base = torch.zeros(4, 2, requires_grad=True)
>>> src = torch.ones(2, 2, requires_grad=True)
>>> out = base.index_copy(0, torch.tensor([3, 1]), src)
>>> out
tensor([[0., 0.],
        [1., 1.],
        [0., 0.],
        [1., 1.]], grad_fn=<IndexCopyBackward0>)
>>> (out * torch.arange(8.).reshape(4, 2)).sum().backward()
>>> base.grad
tensor([[0., 1.],
        [0., 0.],
        [4., 5.],
        [0., 0.]])
>>> src.grad
tensor([[6., 7.],
        [2., 3.]])
>>> torch.bitwise_left_shift(torch.tensor([-1, -2, 3], dtype=torch.int8), torch.tensor([1, 0, 3], dtype=torch.int8))
tensor([-2, -2, 24], dtype=torch.int8)
>>> torch.bitwise_right_shift(torch.tensor([-2, -7, 31], dtype=torch.int8), torch.tensor([1, 0, 3], dtype=torch.int8))
tensor([-1, -7,  3], dtype=torch.int8)
>>> torch.tensor([1, 2]) << 2
tensor([4, 8])
>>> torch.tensor([16, -16]) >> 2
tensor([ 4, -4])
>>> 2 << torch.tensor([1, 2])
tensor([4, 8])
>>> 64 >> torch.tensor([1, 2])
tensor([32, 16])
>>> torch.tensor([1, 2]) << 70
tensor([0, 0])
>>> torch.tensor([-8, 8]) >> 70
tensor([-1,  0])
>>> torch.tensor([1, 2, -3]) >> torch.tensor([-1, 64, 1])
tensor([ 0,  0, -2])
>>> torch.tensor([1, 2, -3]) << torch.tensor([-1, 63, 1])
tensor([ 0,  0, -6])
>>> torch.tensor([1, 2], dtype=torch.uint8) >> torch.tensor([1])
tensor([0, 1])
>>> torch.tensor([True]) << 1
tensor([2])
>>> torch.tensor([1., 2.]) << 1
NotImplementedError: "lshift_cpu" not implemented for 'Float'
>>> torch.bitwise_left_shift(torch.tensor([1.]), 1)
NotImplementedError: "lshift_cpu" not implemented for 'Float'
>>> s = torch.tensor([1, 2])
>>> s <<= 3
>>> s
tensor([ 8, 16])
>>> s >>= 1
>>> s
tensor([4, 8])
>>> s.bitwise_left_shift_(1)
tensor([ 8, 16])
>>> x = torch.tensor([1, 1, 2, 2, 3, 1, 1, 2])
>>> torch.unique_consecutive(x)
tensor([1, 2, 3, 1, 2])
>>> output, inverse_indices = torch.unique_consecutive(x, return_inverse=True)
>>> output
tensor([1, 2, 3, 1, 2])
>>> inverse_indices
tensor([0, 0, 1, 1, 2, 3, 3, 4])
>>> output, counts = torch.unique_consecutive(x, return_counts=True)
>>> counts
tensor([2, 2, 1, 2, 1])
>>> torch.unique_consecutive(torch.tensor([[1, 1], [1, 1], [2, 3]]), dim=0, return_counts=True)
(tensor([[1, 1],
        [2, 3]]), tensor([2, 1]))
>>> torch.unique_consecutive(torch.tensor([[1, 1], [2, 2]]), return_inverse=True)
(tensor([1, 2]), tensor([[0, 0],
        [1, 1]]))
>>> torch.unique_consecutive(torch.tensor([3., float('nan'), float('nan')]))
tensor([3., nan, nan])
>>> torch.unique_consecutive(torch.tensor([1., 1.], requires_grad=True))
tensor([1.], grad_fn=<UniqueConsecutiveBackward0>)
>>> a = torch.zeros(3, 3)
>>> a.fill_diagonal_(5)
tensor([[5., 0., 0.],
        [0., 5., 0.],
        [0., 0., 5.]])
>>> b = torch.zeros(7, 3)
>>> b.fill_diagonal_(5)
tensor([[5., 0., 0.],
        [0., 5., 0.],
        [0., 0., 5.],
        [0., 0., 0.],
        [0., 0., 0.],
        [0., 0., 0.],
        [0., 0., 0.]])
>>> c = torch.zeros(7, 3)
>>> c.fill_diagonal_(5, wrap=True)
tensor([[5., 0., 0.],
        [0., 5., 0.],
        [0., 0., 5.],
        [0., 0., 0.],
        [5., 0., 0.],
        [0., 5., 0.],
        [0., 0., 5.]])
>>> torch.zeros(3, 7).fill_diagonal_(2, wrap=True)
tensor([[2., 0., 0., 0., 0., 0., 0.],
        [0., 2., 0., 0., 0., 0., 0.],
        [0., 0., 2., 0., 0., 0., 0.]])
>>> torch.zeros(2, 2, 2).fill_diagonal_(1)
tensor([[[1., 0.],
         [0., 0.]],

        [[0., 0.],
         [0., 1.]]])
>>> torch.zeros(2, 3, 4).fill_diagonal_(1)
RuntimeError: all dimensions of input must be of equal length
>>> torch.ones(3).fill_diagonal_(2)
RuntimeError: dimensions must larger than 1
>>> leaf = torch.ones(3, 3, requires_grad=True)
>>> leaf.fill_diagonal_(2)
RuntimeError: a view of a leaf Variable that requires grad is being used in an in-place operation.
>>> h = leaf * 2
>>> h.fill_diagonal_(0)
tensor([[0., 2., 2.],
        [2., 0., 2.],
        [2., 2., 0.]], grad_fn=<CopySlices>)
>>> h.sum().backward()
>>> leaf.grad
tensor([[0., 2., 2.],
        [2., 0., 2.],
        [2., 2., 0.]])
>>> self = torch.tensor([0, 0, 0, 0, 0])
>>> mask = torch.tensor([[0, 0, 0, 1, 1], [1, 1, 0, 1, 1]], dtype=torch.bool)
>>> source = torch.tensor([[0, 1, 2, 3, 4], [5, 6, 7, 8, 9]])
>>> self.masked_scatter(mask, source)
tensor([[0, 0, 0, 0, 1],
        [2, 3, 0, 4, 5]])
>>> torch.zeros(3).masked_scatter(torch.tensor([True, True, True]), torch.ones(2))
RuntimeError: Number of elements of source < number of ones in mask
>>> torch.zeros(3).masked_scatter(torch.tensor([1, 1, 1]), torch.ones(3))
RuntimeError: masked_scatter_ only supports boolean masks, but got mask with dtype Long
>>> base = torch.zeros(2, 3, requires_grad=True)
>>> src = torch.arange(10.).reshape(2, 5).requires_grad_()
>>> out = base.masked_scatter(torch.tensor([[0, 0, 1], [1, 1, 0]], dtype=torch.bool), src)
>>> out
tensor([[0., 0., 0.],
        [1., 2., 0.]], grad_fn=<MaskedScatterBackward0>)
>>> (out * torch.arange(6.).reshape(2, 3)).sum().backward()
>>> base.grad
tensor([[0., 1., 0.],
        [0., 0., 5.]])
>>> src.grad
tensor([[2., 3., 4., 0., 0.],
        [0., 0., 0., 0., 0.]])
>>> z = torch.zeros(4)
>>> z.masked_scatter_(torch.tensor([True, False, True, False]), torch.tensor([5., 6.]))
tensor([5., 0., 6., 0.])
>>> src = torch.tensor([1., 2., 3., 4., 5., 6.])
>>> index = torch.tensor([0, 1, 0, 1, 2, 1])
>>> input = torch.tensor([1., 2., 3., 4.])
>>> input.scatter_reduce(0, index, src, reduce='sum')
tensor([ 5., 14.,  8.,  4.])
>>> input.scatter_reduce(0, index, src, reduce='sum', include_self=False)
tensor([ 4., 12.,  5.,  4.])
>>> input2 = torch.tensor([5., 4., 3., 2.])
>>> input2.scatter_reduce(0, index, src, reduce='amax')
tensor([5., 6., 5., 2.])
>>> input2.scatter_reduce(0, index, src, reduce='amax', include_self=False)
tensor([3., 6., 5., 2.])
>>> input.scatter_reduce(0, index, src, reduce='amin')
tensor([1., 2., 3., 4.])
>>> input.scatter_reduce(0, index, src, reduce='prod')
tensor([ 3., 96., 15.,  4.])
>>> input.scatter_reduce(0, index, src, reduce='mean')
tensor([1.6667, 3.5000, 4.0000, 4.0000])
>>> input.scatter_reduce(0, index, src, reduce='mean', include_self=False)
tensor([2., 4., 5., 4.])
>>> torch.tensor([1, 2]).scatter_reduce(0, torch.tensor([0, 0]), torch.tensor([4, 5]), reduce='mean')
tensor([3, 2])
>>> torch.tensor([-1, 2]).scatter_reduce(0, torch.tensor([0, 0]), torch.tensor([-4, 0]), reduce='mean')
tensor([-2,  2])
>>> torch.tensor([1., 2.]).scatter_reduce(0, torch.tensor([0, 0]), torch.tensor([float('nan'), 5.]), reduce='amax')
tensor([nan, 2.])
>>> input.scatter_reduce(0, index, src, 'foo')
RuntimeError: reduce argument must be either sum, prod, mean, amax or amin, got foo
>>> torch.zeros(3).scatter_reduce(0, torch.tensor([0, 0]), torch.ones(2, dtype=torch.float64), 'sum')
RuntimeError: scatter(): Expected self.dtype to be equal to src.dtype
>>> q = torch.zeros(4)
>>> q.scatter_reduce_(0, torch.tensor([0, 0, 3]), torch.tensor([1., 2., 3.]), 'sum')
tensor([3., 0., 0., 3.])
>>> for reduce in ['sum', 'prod', 'mean', 'amax', 'amin']:
...     for include_self in [True, False]:
...         a = torch.tensor([1., 0., 3.], requires_grad=True)
...         s = torch.tensor([2., 2., 5., 0.], requires_grad=True)
...         y = a.scatter_reduce(0, torch.tensor([0, 0, 1, 1]), s, reduce, include_self=include_self)
...         (y * torch.tensor([1., 2., 3.])).sum().backward()
...         print(reduce, include_self, y, a.grad, s.grad)
sum True tensor([5., 5., 3.], grad_fn=<ScatterReduceBackward0>) tensor([1., 2., 3.]) tensor([1., 1., 2., 2.])
sum False tensor([4., 5., 3.], grad_fn=<ScatterReduceBackward0>) tensor([0., 0., 3.]) tensor([1., 1., 2., 2.])
prod True tensor([4., 0., 3.], grad_fn=<ScatterReduceBackward0>) tensor([4., 0., 3.]) tensor([2., 2., 0., 0.])
prod False tensor([4., 0., 3.], grad_fn=<ScatterReduceBackward0>) tensor([0., 0., 3.]) tensor([ 2.,  2.,  0., 10.])
mean True tensor([1.6667, 1.6667, 3.0000], grad_fn=<ScatterReduceBackward0>) tensor([0.3333, 0.6667, 3.0000]) tensor([0.3333, 0.3333, 0.6667, 0.6667])
mean False tensor([2.0000, 2.5000, 3.0000], grad_fn=<ScatterReduceBackward0>) tensor([0., 0., 3.]) tensor([0.5000, 0.5000, 1.0000, 1.0000])
amax True tensor([2., 5., 3.], grad_fn=<ScatterReduceBackward0>) tensor([0., 0., 3.]) tensor([0.5000, 0.5000, 2.0000, 0.0000])
amax False tensor([2., 5., 3.], grad_fn=<ScatterReduceBackward0>) tensor([0., 0., 3.]) tensor([0.5000, 0.5000, 2.0000, 0.0000])
amin True tensor([1., 0., 3.], grad_fn=<ScatterReduceBackward0>) tensor([1., 1., 3.]) tensor([0., 0., 0., 1.])
amin False tensor([2., 0., 3.], grad_fn=<ScatterReduceBackward0>) tensor([0., 0., 3.]) tensor([0.5000, 0.5000, 0.0000, 1.0000])
>>> torch.histogram(torch.tensor([1., 2, 1]), bins=4, range=(0., 3.), weight=torch.tensor([1., 2., 4.]))
torch.return_types.histogram(
hist=tensor([0., 5., 2., 0.]),
bin_edges=tensor([0.0000, 0.7500, 1.5000, 2.2500, 3.0000]))
>>> torch.histogram(torch.tensor([1., 2, 1]), bins=4, range=(0., 3.), weight=torch.tensor([1., 2., 4.]), density=True)
torch.return_types.histogram(
hist=tensor([0.0000, 0.9524, 0.3810, 0.0000]),
bin_edges=tensor([0.0000, 0.7500, 1.5000, 2.2500, 3.0000]))
>>> torch.histogram(torch.tensor([1., 2, 1]), bins=torch.tensor([0., 1.5, 2, 3]))
torch.return_types.histogram(
hist=tensor([2., 0., 1.]),
bin_edges=tensor([0.0000, 1.5000, 2.0000, 3.0000]))
>>> torch.histogram(torch.tensor([1., 2, 1, 5]), 4)
torch.return_types.histogram(
hist=tensor([2., 1., 0., 1.]),
bin_edges=tensor([1., 2., 3., 4., 5.]))
>>> torch.histogram(torch.tensor([1., 1.]), 2)
torch.return_types.histogram(
hist=tensor([0., 2.]),
bin_edges=tensor([0.5000, 1.0000, 1.5000]))
>>> torch.histogram(torch.tensor([]), 3)
torch.return_types.histogram(
hist=tensor([0., 0., 0.]),
bin_edges=tensor([0.0000, 0.3333, 0.6667, 1.0000]))
>>> torch.histogram(torch.tensor([0.5, 1.5, 9.]), 3, range=(0., 3.))
torch.return_types.histogram(
hist=tensor([1., 1., 0.]),
bin_edges=tensor([0., 1., 2., 3.]))
>>> torch.tensor([1., 2., 2., 3.], dtype=torch.float64).histogram(3)
torch.return_types.histogram(
hist=tensor([1., 2., 1.], dtype=torch.float64),
bin_edges=tensor([1.0000, 1.6667, 2.3333, 3.0000], dtype=torch.float64))
>>> torch.histogram(torch.tensor([1, 2, 1]), bins=4)
NotImplementedError: "histogramdd" not implemented for 'Long'
>>> torch.histogram(torch.tensor([1., 2, 1]), 3, range=(2., 1.))
RuntimeError: torch.histogramdd: min should not exceed max, but got min 2 max 1 for dimension 0
>>> torch.histogramdd(torch.tensor([[0., 1.], [1., 0.], [2., 0.], [2., 2.]]), bins=[3, 3], weight=torch.tensor([1., 2., 4., 8.]))
torch.return_types.histogramdd(
hist=tensor([[0., 1., 0.],
        [2., 0., 0.],
        [4., 0., 8.]]),
bin_edges=(tensor([0.0000, 0.6667, 1.3333, 2.0000]), tensor([0.0000, 0.6667, 1.3333, 2.0000])))
>>> torch.histogramdd(torch.tensor([[0., 0.], [1., 1.], [2., 2.]]), bins=[2, 2], range=[0., 1., 0., 1.], density=True)
torch.return_types.histogramdd(
hist=tensor([[2., 0.],
        [0., 2.]]),
bin_edges=(tensor([0.0000, 0.5000, 1.0000]), tensor([0.0000, 0.5000, 1.0000])))
>>> torch.histogramdd(torch.tensor([[0., 0.], [1., 1.], [2., 2.]]), bins=2)
torch.return_types.histogramdd(
hist=tensor([[1., 0.],
        [0., 2.]]),
bin_edges=(tensor([0., 1., 2.]), tensor([0., 1., 2.])))
>>> torch.histogramdd(torch.tensor([[0., 0.], [1., 1.], [2., 2.]]), bins=[torch.tensor([0., 1, 2]), torch.tensor([0., 0.5, 3])])
torch.return_types.histogramdd(
hist=tensor([[1., 0.],
        [0., 2.]]),
bin_edges=(tensor([0., 1., 2.]), tensor([0.0000, 0.5000, 3.0000])))
>>> r = torch.histogram(torch.tensor([1., 2., 1.]), 2)
>>> r.hist
tensor([2., 1.])
>>> r.bin_edges
tensor([1.0000, 1.5000, 2.0000])
>>> hist, edges = r
>>> hist
tensor([2., 1.])
>>> a = torch.tensor([[0.9041, 0.0196], [-0.3108, -2.4423], [-0.4821, 1.059]])
>>> b = torch.tensor([[-2.1763, -0.4713], [-0.6986, 1.3702]])
>>> torch.cdist(a, b, p=2)
tensor([[3.1193, 2.0959],
        [2.7138, 3.8322],
        [2.2830, 0.3791]])
>>> torch.cdist(a, b, p=1)
tensor([[3.5713, 2.9533],
        [3.8365, 4.2003],
        [3.2245, 0.5277]])
>>> torch.cdist(a, b, p=0)
tensor([[2., 2.],
        [2., 2.],
        [2., 2.]])
>>> torch.cdist(a, b, p=float('inf'))
tensor([[3.0804, 1.6027],
        [1.9710, 3.8125],
        [1.6942, 0.3112]])
>>> torch.cdist(a, b, p=3)
tensor([[3.0846, 1.8739],
        [2.4187, 3.8138],
        [2.0365, 0.3428]])
>>> torch.cdist(a, b, compute_mode='donot_use_mm_for_euclid_dist')
tensor([[3.1193, 2.0959],
        [2.7138, 3.8322],
        [2.2830, 0.3791]])
>>> torch.cdist(torch.ones(2, 3), torch.ones(3))
RuntimeError: cdist only supports at least 2D tensors, X2 got: 1D
>>> torch.cdist(torch.ones(2, 3), torch.ones(2, 4))
RuntimeError: X1 and X2 must have the same number of columns. X1: 3 X2: 4
>>> torch.cdist(torch.ones(2, 3), torch.ones(2, 3), p=-1)
RuntimeError: cdist only supports non-negative p values
>>> torch.cdist(torch.ones(2, 3, dtype=torch.int64), torch.ones(2, 3, dtype=torch.int64))
RuntimeError: cdist only supports floating-point dtypes, X1 got: Long
>>> torch.cdist(torch.ones(2, 3, dtype=torch.float64), torch.ones(2, 3))
RuntimeError: expected scalar type Double but found Float
>>> torch.cdist(torch.ones(5, 2, 3), torch.ones(4, 3)).shape
torch.Size([5, 2, 4])
>>> for p in [0., 1., 2., 3., float('inf')]:
...     x1 = torch.tensor([[0., 1.], [2., 3.]], requires_grad=True)
...     x2 = torch.tensor([[1., 1.], [0., 0.5], [3., 3.5]], requires_grad=True)
...     d = torch.cdist(x1, x2, p=p)
...     d.sum().backward()
...     print(p, d, x1.grad, x2.grad)
0.0 tensor([[1., 1., 2.],
        [2., 2., 2.]], grad_fn=<CdistBackward0>) tensor([[0., 0.],
        [0., 0.]]) tensor([[0., 0.],
        [0., 0.],
        [0., 0.]])
1.0 tensor([[1.0000, 0.5000, 5.5000],
        [3.0000, 4.5000, 1.5000]], grad_fn=<CdistBackward0>) tensor([[-2.,  0.],
        [ 1.,  1.]]) tensor([[ 0., -1.],
        [-1., -2.],
        [ 2.,  2.]])
2.0 tensor([[1.0000, 0.5000, 3.9051],
        [2.2361, 3.2016, 1.1180]], grad_fn=<CdistBackward0>) tensor([[-1.7682,  0.3598],
        [ 0.1775,  1.2281]]) tensor([[ 0.5528, -0.8944],
        [-0.6247, -1.7809],
        [ 1.6626,  1.0874]])
3.0 tensor([[1.0000, 0.5000, 3.4932],
        [2.0801, 2.8694, 1.0400]], grad_fn=<CdistBackward0>) tensor([[-1.7376,  0.4878],
        [-0.2075,  1.4525]]) tensor([[ 0.7689, -0.9245],
        [-0.4858, -1.7591],
        [ 1.6620,  0.7433]])
inf tensor([[1.0000, 0.5000, 3.0000],
        [2.0000, 2.5000, 1.0000]], grad_fn=<CdistBackward0>) tensor([[-2.,  1.],
        [-1.,  2.]]) tensor([[ 1., -1.],
        [ 0., -2.],
        [ 2.,  0.]])
>>> coordinates = (torch.tensor([-2., -1., 1., 4.]),)
>>> values = torch.tensor([4., 1., 1., 16.])
>>> torch.gradient(values, spacing=coordinates)
(tensor([-3., -2.,  2.,  5.]),)
>>> t = torch.tensor([[1, 2, 4, 8], [10, 20, 40, 80]])
>>> torch.gradient(t)
(tensor([[ 9., 18., 36., 72.],
        [ 9., 18., 36., 72.]]), tensor([[ 1.0000,  1.5000,  3.0000,  4.0000],
        [10.0000, 15.0000, 30.0000, 40.0000]]))
>>> torch.gradient(t, spacing=2.0)
(tensor([[ 4.5000,  9.0000, 18.0000, 36.0000],
        [ 4.5000,  9.0000, 18.0000, 36.0000]]), tensor([[ 0.5000,  0.7500,  1.5000,  2.0000],
        [ 5.0000,  7.5000, 15.0000, 20.0000]]))
>>> torch.gradient(t, dim=1)
(tensor([[ 1.0000,  1.5000,  3.0000,  4.0000],
        [10.0000, 15.0000, 30.0000, 40.0000]]),)
>>> torch.gradient(t, spacing=[3., 2.])
(tensor([[ 3.,  6., 12., 24.],
        [ 3.,  6., 12., 24.]]), tensor([[ 0.5000,  0.7500,  1.5000,  2.0000],
        [ 5.0000,  7.5000, 15.0000, 20.0000]]))
>>> coords = (torch.tensor([0, 1]), torch.tensor([0, 1, 2, 3]))
>>> torch.gradient(t, spacing=coords)
(tensor([[ 9., 18., 36., 72.],
        [ 9., 18., 36., 72.]]), tensor([[ 1.0000,  1.5000,  3.0000,  4.0000],
        [10.0000, 15.0000, 30.0000, 40.0000]]))
>>> torch.gradient(t, dim=1, edge_order=2)
(tensor([[ 0.5000,  1.5000,  3.0000,  5.0000],
        [ 5.0000, 15.0000, 30.0000, 50.0000]]),)
>>> torch.gradient(torch.tensor([1., 4, 9, 16]), spacing=[torch.tensor([0., 1, 2, 4])], edge_order=2)
(tensor([2.0000, 4.0000, 4.5000, 2.5000]),)
>>> torch.gradient(torch.tensor([[1., 4], [9, 16]]), spacing=[1.])
RuntimeError: torch.gradient expected spacing to be unspecified, a scalar, or a list of length equal to 'self.dim() = 2', since dim argument was not given, but got a list of length 1
>>> torch.gradient(torch.tensor([[1., 4], [9, 16]]), dim=(0, 1), spacing=3)
(tensor([[2.6667, 4.0000],
        [2.6667, 4.0000]]), tensor([[1.0000, 1.0000],
        [2.3333, 2.3333]]))
>>> torch.gradient(torch.tensor([1., 2]), edge_order=2)
RuntimeError: torch.gradient expected each dimension size to be at least edge_order+1
>>> torch.gradient(torch.tensor([1., 2, 4]), edge_order=3)
RuntimeError: torch.gradient only supports edge_order=1 and edge_order=2.
>>> g = torch.tensor([1., 2., 4., 7.], requires_grad=True)
>>> (dg,) = torch.gradient(g, edge_order=2)
>>> dg
tensor([0.5000, 1.5000, 2.5000, 3.5000], grad_fn=<CatBackward0>)
>>> (dg * torch.tensor([1., 2., 3., 4.])).sum().backward()
>>> g.grad
tensor([-2.5000,  2.5000, -7.5000,  7.5000])
>>> torch.acosh(torch.tensor([1.3192, 1.9915, 1.9674, 1.7151]))
tensor([0.7791, 1.3120, 1.2979, 1.1341])
>>> torch.asinh(torch.tensor([0.1606, -1.4267, -1.0899, -1.0250]))
tensor([ 0.1599, -1.1534, -0.9435, -0.8989])
>>> torch.atanh(torch.tensor([-0.9385, 0.2968, -0.8591, -0.1871]))
tensor([-1.7253,  0.3060, -1.2899, -0.1893])
>>> torch.acosh(torch.tensor([0.5, 1., 1e4]))
tensor([   nan, 0.0000, 9.9035])
>>> torch.atanh(torch.tensor([-1., 1., 2.]))
tensor([-inf, inf, nan])
>>> torch.asinh(torch.tensor([1, 2]))
tensor([0.8814, 1.4436])
>>> torch.arccosh(torch.tensor([2.]))
tensor([1.3170])
>>> torch.arcsinh(torch.tensor([2.]))
tensor([1.4436])
>>> torch.arctanh(torch.tensor([0.5]))
tensor([0.5493])
>>> torch.linspace(1, 5, 9).acosh()
tensor([0.0000, 0.9624, 1.3170, 1.5668, 1.7627, 1.9248, 2.0634, 2.1846, 2.2924])
>>> torch.linspace(-5, 5, 9, dtype=torch.float64).asinh()
tensor([-2.3124, -2.0322, -1.6472, -1.0476,  0.0000,  1.0476,  1.6472,  2.0322,
         2.3124], dtype=torch.float64)
>>> h = torch.tensor([0.5, -0.25])
>>> h.atanh_()
tensor([ 0.5493, -0.2554])
>>> h
tensor([ 0.5493, -0.2554])
>>> u = torch.tensor([1.5, 2.], requires_grad=True)
>>> v = torch.acosh(u) + torch.asinh(u) + torch.atanh(u / 4)
>>> v
tensor([2.5514, 3.3099], grad_fn=<AddBackward0>)
>>> (gu,) = torch.autograd.grad(v.sum(), u, create_graph=True)
>>> gu
tensor([1.7400, 1.3579], grad_fn=<AddBackward0>)
>>> gu.sum().backward()
>>> u.grad
tensor([-1.2659, -0.4527])
>>> a1 = torch.tensor([4.0])
>>> a2 = torch.tensor([3.0, 4.0, 5.0])
>>> a = torch.special.gammaincc(a1, a2)
>>> a
tensor([0.6472, 0.4335, 0.2650])
>>> b = torch.special.gammainc(a1, a2) + torch.special.gammaincc(a1, a2)
>>> b
tensor([1., 1., 1.])
>>> torch.igamma(a1, a2)
tensor([0.3528, 0.5665, 0.7350])
>>> torch.igammac(a1, a2)
tensor([0.6472, 0.4335, 0.2650])
>>> a1.igamma(a2)
tensor([0.3528, 0.5665, 0.7350])
>>> torch.special.gammainc(torch.tensor([0., 1, 2, float('inf'), -1, 0.5, 2.]), torch.tensor([0., 0, 3, 2, 1, float('inf'), float('nan')]))
tensor([   nan, 0.0000, 0.8009, 0.0000,    nan, 1.0000,    nan])
>>> torch.special.gammaincc(torch.tensor([0., 1, 2, float('inf'), -1, 0.5, 2.]), torch.tensor([0., 0, 3, 2, 1, float('inf'), float('nan')]))
tensor([   nan, 1.0000, 0.1991, 1.0000,    nan, 0.0000,    nan])
>>> torch.special.gammainc(torch.tensor([0.5, 1.5, 10., 30.], dtype=torch.float64), torch.tensor([0.1, 2., 9., 35.], dtype=torch.float64))
tensor([0.3453, 0.7385, 0.4126, 0.8230], dtype=torch.float64)
>>> torch.special.gammainc(torch.tensor([0.5, 2.5, 20., 0.1]), torch.tensor([3., 0.5, 25., 0.01]))
tensor([0.9857, 0.0374, 0.8664, 0.6626])
>>> torch.igamma(torch.tensor([4]), torch.tensor([3, 4, 5]))
NotImplementedError: "igamma_cpu" not implemented for 'Long'
>>> x = torch.tensor([3., 4., 5.], requires_grad=True)
>>> y = torch.igamma(a1, x)
>>> y
tensor([0.3528, 0.5665, 0.7350], grad_fn=<IgammaBackward0>)
>>> y.sum().backward()
>>> x.grad
tensor([0.2240, 0.1954, 0.1404])
>>> x.grad = None
>>> torch.igammac(a1, x).sum().backward()
>>> x.grad
tensor([-0.2240, -0.1954, -0.1404])
>>> k = torch.tensor([4.0], requires_grad=True)
>>> torch.igamma(k, a2).sum().backward()
NotImplementedError: the derivative for 'igamma: input' is not implemented.
>>> torch.igammac(k, a2).sum().backward()
NotImplementedError: the derivative for 'igammac: input' is not implemented.
>>> torch.logspace(start=-10, end=10, steps=5)
tensor([1.0000e-10, 1.0000e-05, 1.0000e+00, 1.0000e+05, 1.0000e+10])
>>> torch.logspace(start=0.1, end=1.0, steps=5)
tensor([ 1.2589,  2.1135,  3.5481,  5.9566, 10.0000])
>>> torch.logspace(start=0.1, end=1.0, steps=1)
tensor([1.2589])
>>> torch.logspace(start=2, end=2, steps=1, base=2)
tensor([4.])
>>> torch.set_printoptions(precision=10)
>>> torch.logspace(0.1, 1.0, 7)
tensor([ 1.2589254379,  1.7782794237,  2.5118863583,  3.5481340885,
         5.0118722916,  7.0794577599, 10.0000000000])
>>> torch.logspace(-3.3, 7.1, 6, base=2.5)
tensor([4.8618100584e-02, 3.2697397470e-01, 2.1990158558e+00, 1.4789164543e+01,
        9.9462379456e+01, 6.6891973877e+02])
>>> torch.logspace(0, 10, 11, dtype=torch.float64)
tensor([1.0000000000e+00, 1.0000000000e+01, 1.0000000000e+02, 1.0000000000e+03,
        1.0000000000e+04, 1.0000000000e+05, 1.0000000000e+06, 1.0000000000e+07,
        1.0000000000e+08, 1.0000000000e+09, 1.0000000000e+10],
       dtype=torch.float64)
>>> torch.logspace(1, 20, 7, base=2, dtype=torch.int64)
tensor([      2,      17,     161,    1448,   13003,  116771, 1048576])
>>> torch.logspace(0, 1, 5, dtype=torch.float16)
tensor([ 1.0000000000,  1.7783203125,  3.1621093750,  5.6250000000,
        10.0000000000], dtype=torch.float16)
>>> torch.set_printoptions(profile='default')
>>> [v.item() for v in torch.logspace(0.1, 1.0, 9)]
[1.258925437927246, 1.6311728954315186, 2.1134889125823975, 2.738419532775879, 3.5481340885162354, 4.5972700119018555, 5.9566216468811035, 7.717915058135986, 10.0]
