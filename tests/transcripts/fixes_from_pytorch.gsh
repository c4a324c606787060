>>> # remainder, fmod, sort order, median with NaN, order statistics: generated from PyTorch 2.13
>>> import torch
>>> torch.remainder(torch.tensor([-3., -2, -1, 1, 2, 3]), 2)
tensor([1., -0., 1., 1., 0., 1.])
>>> torch.remainder(torch.tensor([1, 2, 3, 4, 5]), -1.5)
tensor([-0.5000, -1.0000,  0.0000, -0.5000, -1.0000])
>>> torch.remainder(torch.tensor([-2.]), 2)
tensor([-0.])
>>> torch.remainder(torch.tensor([3]), -1.5)
tensor([0.])
>>> torch.tensor([-3., 3., -0., 0., 7.5, -7.5]) % torch.tensor([1.5, -1.5, 2., -2., 2.5, 2.5])
tensor([-0., 0., -0., 0., 0., -0.])
>>> torch.tensor([1., -1.]) % float('inf')
tensor([1., inf])
>>> torch.tensor([5, -5, 5, -5]) % torch.tensor([3, 3, -3, -3])
tensor([ 2,  1, -1, -2])
>>> -2. % torch.tensor([2., -2.])
tensor([-0., -0.])
>>> torch.remainder(torch.tensor([1.]), 0)
tensor([nan])
>>> torch.fmod(torch.tensor([-3., -2, -1, 1, 2, 3]), 2)
tensor([-1., -0., -1.,  1.,  0.,  1.])
>>> torch.fmod(torch.tensor([1, 2, 3, 4, 5]), -1.5)
tensor([1.0000, 0.5000, 0.0000, 1.0000, 0.5000])
>>> torch.fmod(torch.tensor([5, -5, 5, -5]), torch.tensor([3, 3, -3, -3]))
tensor([ 2, -2,  2, -2])
>>> torch.fmod(torch.tensor([1]), 0)
RuntimeError: ZeroDivisionError
>>> x = torch.tensor([5., -3.], requires_grad=True)
>>> w = torch.tensor([2., 2.], requires_grad=True)
>>> y = torch.fmod(x, w)
>>> y
tensor([ 1., -1.], grad_fn=<FmodBackward1>)
>>> y.sum().backward()
>>> x.grad, w.grad
(tensor([1., 1.]), tensor([-2.,  1.]))
>>> torch.fmod(x, 2.)
tensor([ 1., -1.], grad_fn=<FmodBackward0>)
>>> x = torch.tensor([0, 1] * 9)
>>> x.sort()
torch.return_types.sort(
values=tensor([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1]),
indices=tensor([ 2, 16,  4,  6, 14,  8,  0, 10, 12,  9, 17, 15, 13, 11,  7,  5,  3,  1]))
>>> x.sort(stable=True)
torch.return_types.sort(
values=tensor([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1]),
indices=tensor([ 0,  2,  4,  6,  8, 10, 12, 14, 16,  1,  3,  5,  7,  9, 11, 13, 15, 17]))
>>> x.argsort()
tensor([ 2, 16,  4,  6, 14,  8,  0, 10, 12,  9, 17, 15, 13, 11,  7,  5,  3,  1])
>>> x.argsort(descending=True)
tensor([ 9, 17, 15, 13, 11,  7,  5,  3,  1,  6,  8,  0, 10,  4, 12, 14,  2, 16])
>>> torch.sort(x, descending=True, stable=True)
torch.return_types.sort(
values=tensor([1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
indices=tensor([ 1,  3,  5,  7,  9, 11, 13, 15, 17,  0,  2,  4,  6,  8, 10, 12, 14, 16]))
>>> _ = torch.manual_seed(0)
>>> t = torch.randint(0, 3, (3, 40)).float()
>>> t[0, ::7] = float('nan')
>>> t.sort(dim=1).indices
tensor([[ 1, 16, 17, 19, 13, 12, 29,  9, 31, 33,  5,  3, 30, 26, 34, 36, 39,  4,
          6,  8, 11, 32,  2, 10, 37, 27, 25, 24, 23, 22, 38, 20, 15, 18,  0, 35,
          7, 28, 21, 14],
        [ 1, 36, 34, 32, 23, 22, 20, 38, 37, 33, 29, 27, 26, 24, 21, 17,  2,  3,
          4, 13,  6,  7, 10,  9, 28, 39, 35,  5, 31, 30,  8, 16, 25, 11, 12, 14,
          0, 19, 18, 15],
        [39, 26,  4, 37, 25, 23, 21, 35, 14, 31, 22, 19, 34, 17, 16, 13, 12, 11,
         10, 36,  8,  7,  6,  3, 38, 20, 33, 32, 30, 29, 28, 27, 24,  0, 18, 15,
          9,  5,  2,  1]])
>>> t.sort(dim=1, descending=True).indices
tensor([[ 0, 21, 35,  7, 14, 28, 24, 23, 22, 20, 25, 18, 27, 15, 11, 10, 32, 37,
         38,  2, 30, 26, 34, 36, 39,  8,  6,  4, 19, 17, 16, 13, 29, 12, 31,  9,
         33,  5,  3,  1],
        [39, 25,  0, 19, 18, 16, 15, 14, 28, 12, 11, 30,  8, 31,  5, 35, 29, 33,
         27, 37, 38, 26, 20, 24, 21, 17, 13, 10,  9,  7,  6,  4,  3,  2, 23, 22,
         32, 34, 36,  1],
        [ 1, 33, 32, 30, 29, 28, 27, 24, 20, 18, 15,  0,  2,  5,  9, 38, 34, 31,
          3,  6, 36,  7, 22, 11,  8, 19, 17, 16, 10, 14, 13, 12, 39, 37, 35,  4,
         26, 25, 23, 21]])
>>> t.t().sort(dim=0).indices.t()
tensor([[ 1, 16, 17, 19, 13, 12, 29,  9, 31, 33,  5,  3, 30, 26, 34, 36, 39,  4,
          6,  8, 11, 32,  2, 10, 37, 27, 25, 24, 23, 22, 38, 20, 15, 18,  0, 35,
          7, 28, 21, 14],
        [ 1, 36, 34, 32, 23, 22, 20, 38, 37, 33, 29, 27, 26, 24, 21, 17,  2,  3,
          4, 13,  6,  7, 10,  9, 28, 39, 35,  5, 31, 30,  8, 16, 25, 11, 12, 14,
          0, 19, 18, 15],
        [39, 26,  4, 37, 25, 23, 21, 35, 14, 31, 22, 19, 34, 17, 16, 13, 12, 11,
         10, 36,  8,  7,  6,  3, 38, 20, 33, 32, 30, 29, 28, 27, 24,  0, 18, 15,
          9,  5,  2,  1]])
>>> t.topk(5, dim=1)
torch.return_types.topk(
values=tensor([[nan, nan, nan, nan, nan],
        [2., 2., 2., 2., 2.],
        [2., 2., 2., 2., 2.]]),
indices=tensor([[ 7, 28, 14, 35,  0],
        [28, 15, 14, 16, 12],
        [20, 27, 24, 28, 18]]))
>>> t.topk(30, dim=1, largest=False).indices
tensor([[ 1, 16, 17, 19, 13, 12, 29,  9, 31, 33,  5,  3,  4,  8,  6, 30, 39, 36,
         34, 26, 11, 32,  2, 10, 37, 27, 15, 38, 20, 22],
        [ 1, 36, 34, 32, 23, 22, 21, 10,  7,  6,  9, 13,  4,  3,  2, 17, 20, 24,
         26, 27, 29, 33, 37, 38,  5, 30, 31, 28, 35, 39],
        [39, 26,  4, 37, 25, 23, 21, 35, 14, 31, 22, 19, 34, 17, 16, 13, 12, 11,
         10, 36,  8,  7,  6,  3, 38, 20, 33, 32, 30,  5]])
>>> t.topk(3, dim=1, sorted=False).indices
tensor([[14, 35,  7],
        [28, 15, 14],
        [20, 27, 24]])
>>> torch.tensor([2., 2., 1., 2.]).topk(2)
torch.return_types.topk(
values=tensor([2., 2.]),
indices=tensor([1, 3]))
>>> big = torch.randint(0, 4, (1000,))
>>> big.sort().indices[:12]
tensor([545, 936, 240, 535, 537, 236, 234, 860, 542, 859, 242, 227])
>>> big.topk(5).indices
tensor([ 9,  1, 11, 21,  0])
>>> big.argsort(descending=True)[:12]
tensor([416, 461, 455, 452, 451, 449, 446, 445, 437, 431, 422, 419])
>>> torch.randint(0, 2, (40000,)).sort().indices[:8]
tensor([ 1,  2,  4,  5,  7, 10, 11, 15])
>>> m = torch.tensor([[2., float('nan'), 1., float('nan')], [1., 2., 3., 4.], [3., 3., 3., 3.]])
>>> torch.median(m, 1)
torch.return_types.median(
values=tensor([nan, 2., 3.]),
indices=tensor([1, 1, 1]))
>>> torch.nanmedian(m, 1)
torch.return_types.nanmedian(
values=tensor([1., 2., 3.]),
indices=tensor([2, 1, 1]))
>>> m.median()
tensor(nan)
>>> m.nanmedian()
tensor(3.)
>>> torch.nanmedian(torch.full((8,), float('nan')), 0)
torch.return_types.nanmedian(
values=tensor(nan),
indices=tensor(6))
>>> torch.nanmedian(torch.tensor([[float('nan'), 1.], [float('nan'), float('nan')]]), 0)
torch.return_types.nanmedian(
values=tensor([nan, 1.]),
indices=tensor([0, 0]))
>>> a = torch.tensor([[0.5, 1.5, 2., -1.], [3., 1., 2., 2.]], requires_grad=True)
>>> torch.median(a, 1)
torch.return_types.median(
values=tensor([0.5000, 2.0000], grad_fn=<MedianBackward1>),
indices=tensor([0, 2]))
>>> torch.nanmedian(a)
tensor(1.5000, grad_fn=<NanmedianBackward0>)
>>> torch.nanmedian(a, 1)
torch.return_types.nanmedian(
values=tensor([0.5000, 2.0000], grad_fn=<NanmedianBackward1>),
indices=tensor([0, 2]))
>>> torch.kthvalue(a, 2, 1)
torch.return_types.kthvalue(
values=tensor([0.5000, 2.0000], grad_fn=<KthvalueBackward0>),
indices=tensor([0, 3]))
>>> torch.kthvalue(a, 3, 0, True)
RuntimeError: kthvalue(): selected number k out of range for dimension 0
>>> torch.kthvalue(torch.tensor([1., 1., 1., 2., 1.]), 2)
torch.return_types.kthvalue(
values=tensor(1.),
indices=tensor(0))
>>> torch.kthvalue(torch.tensor(3.), 1)
torch.return_types.kthvalue(
values=tensor(3.),
indices=tensor(0))
>>> torch.kthvalue(a, 5)
RuntimeError: kthvalue(): selected number k out of range for dimension 1
>>> torch.msort(a)
tensor([[ 0.5000,  1.0000,  2.0000, -1.0000],
        [ 3.0000,  1.5000,  2.0000,  2.0000]], grad_fn=<SortBackward0>)
>>> torch.kthvalue(a, 2, 1).values.sum().backward()
>>> a.grad
tensor([[1., 0., 0., 0.],
        [0., 0., 0., 1.]])
>>> a = torch.tensor([[0.5, 1.5, 2., -1.], [3., 1., 2., 2.]], requires_grad=True)
>>> torch.quantile(a, 0.3)
tensor(1.0500, grad_fn=<SqueezeBackward4>)
>>> torch.quantile(a, 0.3, dim=1)
tensor([0.3500, 1.9000], grad_fn=<SqueezeBackward4>)
>>> torch.quantile(a, torch.tensor([0.25, 0.5]), dim=0, keepdim=True)
tensor([[[ 1.1250,  1.1250,  2.0000, -0.2500]],

        [[ 1.7500,  1.2500,  2.0000,  0.5000]]], grad_fn=<SqueezeBackward4>)
>>> [torch.quantile(a, 0.4, interpolation=m) for m in ['linear', 'lower', 'higher', 'midpoint', 'nearest']]
[tensor(1.4000, grad_fn=<SqueezeBackward4>), tensor(1., grad_fn=<SqueezeBackward4>), tensor(1.5000, grad_fn=<SqueezeBackward4>), tensor(1.2500, grad_fn=<SqueezeBackward4>), tensor(1.5000, grad_fn=<SqueezeBackward4>)]
>>> torch.quantile(a, 1.5)
RuntimeError: quantile() q must be in the range [0, 1] but got 1.5
>>> torch.quantile(a.int(), 0.5)
RuntimeError: quantile() input tensor must be either float or double dtype
>>> torch.quantile(a, 0.5, interpolation='middle')
RuntimeError: quantile() interpolation must be one of linear, lower, higher, midpoint or nearest, but got middle
>>> torch.nanquantile(torch.tensor([float('nan'), 1., 2.]), 0.5)
tensor(1.5000)
>>> torch.quantile(torch.tensor([float('nan'), 1., 2.]), 0.5)
tensor(nan)
>>> torch.nanquantile(torch.tensor([[float('nan'), float('nan')], [1., 2.]]), 0.5, dim=1)
tensor([   nan, 1.5000])
>>> torch.quantile(a, 0.3, dim=1).sum().backward()
>>> a.grad
tensor([[0.9000, 0.0000, 0.0000, 0.1000],
        [0.0000, 0.1000, 0.9000, 0.0000]])
>>> a = torch.tensor([[ 0.0795, -1.2117,  0.9765], [ 1.1707,  0.6706,  0.4884]])
>>> q = torch.tensor([0.25, 0.5, 0.75])
>>> torch.quantile(a, q, dim=1, keepdim=True)
tensor([[[-0.5661],
         [ 0.5795]],

        [[ 0.0795],
         [ 0.6706]],

        [[ 0.5280],
         [ 0.9207]]])
>>> torch.quantile(a, q, dim=1, keepdim=True).shape
torch.Size([3, 2, 1])
>>> b = torch.arange(4.)
>>> torch.quantile(b, 0.6, interpolation='nearest')
tensor(2.)
>>> t = torch.tensor([float('nan'), 1, 2])
>>> torch.nanquantile(t, 0.5)
tensor(1.5000)
>>> x = torch.tensor([180., -90.], requires_grad=True)
>>> torch.deg2rad(x), torch.rad2deg(x)
(tensor([ 3.1416, -1.5708], grad_fn=<Deg2RadBackward0>), tensor([10313.2402, -5156.6201], grad_fn=<Rad2DegBackward0>))
>>> torch.deg2rad(torch.tensor([180, 360]))
tensor([3.1416, 6.2832])
>>> torch.ravel(x)
tensor([180., -90.], grad_fn=<ViewBackward0>)
>>> torch.signbit(torch.tensor([-0., 0., -1., 2.]))
tensor([ True, False,  True, False])
>>> torch.isposinf(torch.tensor([-float('inf'), float('inf'), 1.2]))
tensor([False,  True, False])
>>> torch.isneginf(torch.tensor([-float('inf'), float('inf'), 1.2]))
tensor([ True, False, False])
>>> torch.isin(torch.tensor([[1, 2], [3, 4]]), torch.tensor([2, 3]))
tensor([[False,  True],
        [ True, False]])
>>> torch.isin(torch.tensor([1, 2, 3]), torch.tensor([2, 5]), invert=True)
tensor([ True, False,  True])
>>> torch.tril_indices(3, 3)
tensor([[0, 1, 1, 2, 2, 2],
        [0, 0, 1, 0, 1, 2]])
>>> torch.tril_indices(4, 3, -1)
tensor([[1, 2, 2, 3, 3, 3],
        [0, 0, 1, 0, 1, 2]])
>>> torch.triu_indices(3, 4, 1)
tensor([[0, 0, 0, 1, 1, 2],
        [1, 2, 3, 2, 3, 3]])
>>> torch.block_diag(x.reshape(1, 2), torch.tensor([[1.], [2.]]))
tensor([[180., -90.,   0.],
        [  0.,   0.,   1.],
        [  0.,   0.,   2.]], grad_fn=<BlockDiagBackward0>)
>>> torch.block_diag(torch.tensor(1), torch.tensor([2., 3.]))
tensor([[1., 0., 0.],
        [0., 2., 3.]])
>>> torch.block_diag(torch.tensor([[0, 1], [1, 0]]), torch.tensor([[3, 4, 5], [6, 7, 8]]), torch.tensor(7), torch.tensor([1, 2, 3]), torch.tensor([[4], [5], [6]]))
tensor([[0, 1, 0, 0, 0, 0, 0, 0, 0, 0],
        [1, 0, 0, 0, 0, 0, 0, 0, 0, 0],
        [0, 0, 3, 4, 5, 0, 0, 0, 0, 0],
        [0, 0, 6, 7, 8, 0, 0, 0, 0, 0],
        [0, 0, 0, 0, 0, 7, 0, 0, 0, 0],
        [0, 0, 0, 0, 0, 0, 1, 2, 3, 0],
        [0, 0, 0, 0, 0, 0, 0, 0, 0, 4],
        [0, 0, 0, 0, 0, 0, 0, 0, 0, 5],
        [0, 0, 0, 0, 0, 0, 0, 0, 0, 6]])
>>> torch.vander(x)
tensor([[180.,   1.],
        [-90.,   1.]], grad_fn=<FlipBackward0>)
>>> torch.vander(torch.tensor([1, 2, 3, 5]))
tensor([[  1,   1,   1,   1],
        [  8,   4,   2,   1],
        [ 27,   9,   3,   1],
        [125,  25,   5,   1]])
>>> torch.vander(torch.tensor([1, 2, 3, 5]), N=3)
tensor([[ 1,  1,  1],
        [ 4,  2,  1],
        [ 9,  3,  1],
        [25,  5,  1]])
>>> torch.vander(torch.tensor([1, 2, 3, 5]), N=3, increasing=True)
tensor([[ 1,  1,  1],
        [ 1,  2,  4],
        [ 1,  3,  9],
        [ 1,  5, 25]])
>>> torch.std_mean(x)
(tensor(190.9188, grad_fn=<StdMeanBackward0>), tensor(45., grad_fn=<StdMeanBackward0>))
>>> torch.var_mean(x, 0, correction=0, keepdim=True)
(tensor([18225.], grad_fn=<VarMeanBackward0>), tensor([45.], grad_fn=<VarMeanBackward0>))
>>> a = torch.tensor([[0.2035, 1.2959, 1.8101, -0.4644], [1.5027, -0.3270, 0.5905, 0.6538], [-1.5745, 1.3330, -0.5596, -0.6548], [0.1264, -0.5080, 1.6420, 0.1992]])
>>> torch.std_mean(a, dim=0, keepdim=True)
(tensor([[1.2620, 1.0028, 1.0957, 0.6038]]), tensor([[ 0.0645,  0.4485,  0.8707, -0.0665]]))
>>> torch.var_mean(a, dim=1)
(tensor([1.0631, 0.5590, 1.4893, 0.8258]), tensor([ 0.7113,  0.6050, -0.3640,  0.3649]))
>>> x = torch.tensor([[0, 2], [1, 1], [2, 0]]).T
>>> torch.cov(x)
tensor([[ 1., -1.],
        [-1.,  1.]])
>>> torch.cov(x, correction=0)
tensor([[ 0.6667, -0.6667],
        [-0.6667,  0.6667]])
>>> fw = torch.tensor([5, 7, 4])
>>> aw = torch.tensor([0.4282, 0.0255, 0.4144])
>>> torch.cov(x, fweights=fw, aweights=aw)
tensor([[ 1.0468, -1.0468],
        [-1.0468,  1.0468]])
>>> torch.corrcoef(torch.tensor([[1., 2., 4.], [1., 0., 5.]], requires_grad=True))
tensor([[1.0000, 0.8660],
        [0.8660, 1.0000]], grad_fn=<ClampBackward1>)
>>> torch.corrcoef(x)
tensor([[ 1., -1.],
        [-1.,  1.]])
>>> y = torch.tensor([1., 5., 10.], requires_grad=True)
>>> torch.trapezoid(y)
tensor(10.5000, grad_fn=<MulBackward1>)
>>> torch.trapezoid(y, dx=2)
tensor(21., grad_fn=<MulBackward1>)
>>> torch.trapezoid(y, torch.tensor([1., 3., 6.]))
tensor(28.5000, grad_fn=<DivBackward1>)
>>> torch.trapz(y)
tensor(10.5000, grad_fn=<MulBackward1>)
>>> torch.trapezoid(torch.arange(9).reshape(3, 3))
tensor([ 2.,  8., 14.])
>>> torch.trapezoid(torch.arange(9).reshape(3, 3), dim=0)
tensor([ 6.,  8., 10.])
>>> torch.cumulative_trapezoid(y)
tensor([ 3.0000, 10.5000], grad_fn=<CumsumBackward0>)
>>> torch.cumulative_trapezoid(y, dx=2)
tensor([ 6., 21.], grad_fn=<CumsumBackward0>)
>>> torch.cumulative_trapezoid(y, torch.tensor([1., 3., 6.]))
tensor([ 6.0000, 28.5000], grad_fn=<DivBackward1>)
>>> torch.cumulative_trapezoid(torch.arange(9).reshape(3, 3), dim=0)
tensor([[ 1.5000,  2.5000,  3.5000],
        [ 6.0000,  8.0000, 10.0000]])
>>> torch.trapezoid(y).backward()
>>> y.grad
tensor([0.5000, 1.0000, 0.5000])
>>> x = torch.tensor([1., 2., 3.], requires_grad=True)
>>> c = torch.tensor([True, False, True])
>>> x.where(c, torch.tensor(0.))
tensor([1., 0., 3.], grad_fn=<WhereBackward0>)
>>> x.where(c, 5.)
tensor([1., 5., 3.], grad_fn=<WhereBackward0>)
>>> x.where(c, other=-1.)
tensor([ 1., -1.,  3.], grad_fn=<WhereBackward0>)
>>> x.where(c, torch.zeros(3)).sum().backward()
>>> x.grad
tensor([1., 0., 1.])
