>>> # reductions and their arguments, printed by PyTorch 2.13
>>> r = torch.tensor([[1., 5., 3.], [4., 2., 6.]])
>>> r.sum(dtype=torch.float64), r.sum(0, dtype=torch.int32), r.mean(dtype=torch.float64), r.prod(0, keepdim=True)
(tensor(21., dtype=torch.float64), tensor([5, 7, 9], dtype=torch.int32), tensor(3.5000, dtype=torch.float64), tensor([[ 4., 10., 18.]]))
>>> r.std(unbiased=False), r.std(1, correction=0), r.var(0, keepdim=True), r.var(correction=2)
(tensor(1.7078), tensor([1.6330, 1.6330]), tensor([[4.5000, 4.5000, 4.5000]]), tensor(4.3750))
>>> r.max(), r.max(0, keepdim=True).values, r.min(1)[1], r.amin(0), r.argmax(), r.argmax(1, keepdim=True)
(tensor(6.), tensor([[4., 5., 6.]]), tensor([0, 1]), tensor([1., 2., 3.]), tensor(5), tensor([[1],
        [2]]))
>>> r.norm(1), r.norm(float('inf')), r.norm(dim=0), r.norm(2, 1, keepdim=True)
(tensor(21.), tensor(6.), tensor([4.1231, 5.3852, 6.7082]), tensor([[5.9161],
        [7.4833]]))
>>> r.logsumexp(0), r.cumsum(1, dtype=torch.float64), r.cumprod(0)
(tensor([4.0486, 5.0486, 6.0486]), tensor([[ 1.,  6.,  9.],
        [ 4.,  6., 12.]], dtype=torch.float64), tensor([[ 1.,  5.,  3.],
        [ 4., 10., 18.]]))
>>> r.all(), r.any(), (r > 2).all(1), (r > 5).any(0, keepdim=True)
(tensor(True), tensor(True), tensor([False, False]), tensor([[False, False,  True]]))
>>> r.sort(0, descending=True).values, r.argsort(1), r.topk(2, dim=0), r.median(), r.median(1)
(tensor([[4., 5., 6.],
        [1., 2., 3.]]), tensor([[0, 2, 1],
        [1, 0, 2]]), torch.return_types.topk(
values=tensor([[4., 5., 6.],
        [1., 2., 3.]]),
indices=tensor([[1, 0, 1],
        [0, 1, 0]])), tensor(3.), torch.return_types.median(
values=tensor([3., 4.]),
indices=tensor([2, 0])))
>>> torch.tensor([1, 2, 3]).sum(), torch.tensor([1, 2, 3]).prod(), torch.tensor([True, True]).sum(), torch.tensor([1, 2]).cumsum(0)
(tensor(6), tensor(6), tensor(2), tensor([1, 3]))
>>> torch.tensor([], dtype=torch.float32).sum(), torch.tensor([]).mean(), torch.tensor([]).prod(), torch.zeros(0, 3).sum(0)
(tensor(0.), tensor(nan), tensor(1.), tensor([0., 0., 0.]))
>>> torch.tensor([]).max()
RuntimeError: max(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim with the 'dim' argument.
>>> torch.tensor([1, 2]).std()
RuntimeError: std and var only support floating point and complex dtypes
>>> torch.tensor([1., 2.]).sum(2)
IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 2)
>>> torch.ones(2, 3).std(dim=(0, 1))
tensor(0.)
>>> torch.tensor([[1., float('nan')], [2., 3.]]).max(1)
torch.return_types.max(
values=tensor([nan, 3.]),
indices=tensor([1, 1]))
>>> torch.tensor([float('nan'), 1.]).sum(), torch.tensor([float('nan'), 1.]).argmax(), torch.tensor([float('inf'), 1.]).mean()
(tensor(nan), tensor(0), tensor(inf))
