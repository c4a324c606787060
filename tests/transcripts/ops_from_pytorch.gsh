>>> # a sweep of creation, math, reductions, shapes, indexing and linear algebra, printed by PyTorch 2.13
>>> x = torch.arange(12.).reshape(3, 4)
>>> x.sum(dim=(0, 1))
tensor(66.)
>>> x.mean(1, keepdim=True)
tensor([[1.5000],
        [5.5000],
        [9.5000]])
>>> x.std(0)
tensor([4., 4., 4., 4.])
>>> x.var()
tensor(13.)
>>> x.prod(1)
tensor([   0.,  840., 7920.])
>>> x.cumsum(0)
tensor([[ 0.,  1.,  2.,  3.],
        [ 4.,  6.,  8., 10.],
        [12., 15., 18., 21.]])
>>> x.cumprod(1)
tensor([[0.0000e+00, 0.0000e+00, 0.0000e+00, 0.0000e+00],
        [4.0000e+00, 2.0000e+01, 1.2000e+02, 8.4000e+02],
        [8.0000e+00, 7.2000e+01, 7.2000e+02, 7.9200e+03]])
>>> x.amax(1)
tensor([ 3.,  7., 11.])
>>> x.argmin()
tensor(0)
>>> x.logsumexp(1)
tensor([ 3.4402,  7.4402, 11.4402])
>>> x.norm(dim=1)
tensor([ 3.7417, 11.2250, 19.1311])
>>> x.norm(p=1)
tensor(66.)
>>> x.all()
tensor(False)
>>> (x > 3).any(0)
tensor([True, True, True, True])
>>> x.max(1).indices
tensor([3, 3, 3])
>>> torch.min(x, 0)
torch.return_types.min(
values=tensor([0., 1., 2., 3.]),
indices=tensor([0, 0, 0, 0]))
>>> x.topk(2)
torch.return_types.topk(
values=tensor([[ 3.,  2.],
        [ 7.,  6.],
        [11., 10.]]),
indices=tensor([[3, 2],
        [3, 2],
        [3, 2]]))
>>> x.sort(descending=True)
torch.return_types.sort(
values=tensor([[ 3.,  2.,  1.,  0.],
        [ 7.,  6.,  5.,  4.],
        [11., 10.,  9.,  8.]]),
indices=tensor([[3, 2, 1, 0],
        [3, 2, 1, 0],
        [3, 2, 1, 0]]))
>>> x.flip(0)
tensor([[ 8.,  9., 10., 11.],
        [ 4.,  5.,  6.,  7.],
        [ 0.,  1.,  2.,  3.]])
>>> x.roll(1, 1)
tensor([[ 3.,  0.,  1.,  2.],
        [ 7.,  4.,  5.,  6.],
        [11.,  8.,  9., 10.]])
>>> x.narrow(1, 1, 2)
tensor([[ 1.,  2.],
        [ 5.,  6.],
        [ 9., 10.]])
>>> x.split([1, 3], dim=1)
(tensor([[0.],
        [4.],
        [8.]]), tensor([[ 1.,  2.,  3.],
        [ 5.,  6.,  7.],
        [ 9., 10., 11.]]))
>>> x.unsqueeze(-1).shape
torch.Size([3, 4, 1])
>>> x.transpose(0, 1)
tensor([[ 0.,  4.,  8.],
        [ 1.,  5.,  9.],
        [ 2.,  6., 10.],
        [ 3.,  7., 11.]])
>>> x.permute(1, 0).contiguous().view(-1)
tensor([ 0.,  4.,  8.,  1.,  5.,  9.,  2.,  6., 10.,  3.,  7., 11.])
>>> x.flatten()
tensor([ 0.,  1.,  2.,  3.,  4.,  5.,  6.,  7.,  8.,  9., 10., 11.])
>>> x.repeat(2, 1).shape
torch.Size([6, 4])
>>> torch.stack([x, x]).shape
torch.Size([2, 3, 4])
>>> x.T
tensor([[ 0.,  4.,  8.],
        [ 1.,  5.,  9.],
        [ 2.,  6., 10.],
        [ 3.,  7., 11.]])
>>> x.reshape(-1, 6)
tensor([[ 0.,  1.,  2.,  3.,  4.,  5.],
        [ 6.,  7.,  8.,  9., 10., 11.]])
>>> x[1:, -1]
tensor([ 7., 11.])
>>> x[[0, 2]]
tensor([[ 0.,  1.,  2.,  3.],
        [ 8.,  9., 10., 11.]])
>>> x[x % 2 == 0]
tensor([ 0.,  2.,  4.,  6.,  8., 10.])
>>> x[..., 1:3]
tensor([[ 1.,  2.],
        [ 5.,  6.],
        [ 9., 10.]])
>>> x.index_select(1, tensor([0, 3]))
tensor([[ 0.,  3.],
        [ 4.,  7.],
        [ 8., 11.]])
>>> x.masked_fill(x < 4, 0.)
tensor([[ 0.,  0.,  0.,  0.],
        [ 4.,  5.,  6.,  7.],
        [ 8.,  9., 10., 11.]])
>>> x.clamp(2, 9)
tensor([[2., 2., 2., 3.],
        [4., 5., 6., 7.],
        [8., 9., 9., 9.]])
>>> x.clip(max=5)
tensor([[0., 1., 2., 3.],
        [4., 5., 5., 5.],
        [5., 5., 5., 5.]])
>>> torch.where(x > 5, x, torch.zeros_like(x))
tensor([[ 0.,  0.,  0.,  0.],
        [ 0.,  0.,  6.,  7.],
        [ 8.,  9., 10., 11.]])
>>> x.sqrt()
tensor([[0.0000, 1.0000, 1.4142, 1.7321],
        [2.0000, 2.2361, 2.4495, 2.6458],
        [2.8284, 3.0000, 3.1623, 3.3166]])
>>> x.rsqrt()
tensor([[   inf, 1.0000, 0.7071, 0.5774],
        [0.5000, 0.4472, 0.4082, 0.3780],
        [0.3536, 0.3333, 0.3162, 0.3015]])
>>> x.exp2()
tensor([[1.0000e+00, 2.0000e+00, 4.0000e+00, 8.0000e+00],
        [1.6000e+01, 3.2000e+01, 6.4000e+01, 1.2800e+02],
        [2.5600e+02, 5.1200e+02, 1.0240e+03, 2.0480e+03]])
>>> x.log1p()
tensor([[0.0000, 0.6931, 1.0986, 1.3863],
        [1.6094, 1.7918, 1.9459, 2.0794],
        [2.1972, 2.3026, 2.3979, 2.4849]])
>>> x.sigmoid()
tensor([[0.5000, 0.7311, 0.8808, 0.9526],
        [0.9820, 0.9933, 0.9975, 0.9991],
        [0.9997, 0.9999, 1.0000, 1.0000]])
>>> x.tanh()
tensor([[0.0000, 0.7616, 0.9640, 0.9951],
        [0.9993, 0.9999, 1.0000, 1.0000],
        [1.0000, 1.0000, 1.0000, 1.0000]])
>>> torch.relu(x - 5)
tensor([[0., 0., 0., 0.],
        [0., 0., 1., 2.],
        [3., 4., 5., 6.]])
>>> F.softmax(x, dim=1)
tensor([[0.0321, 0.0871, 0.2369, 0.6439],
        [0.0321, 0.0871, 0.2369, 0.6439],
        [0.0321, 0.0871, 0.2369, 0.6439]])
>>> F.log_softmax(x, dim=0)
tensor([[-8.0185, -8.0185, -8.0185, -8.0185],
        [-4.0185, -4.0185, -4.0185, -4.0185],
        [-0.0185, -0.0185, -0.0185, -0.0185]])
>>> F.mse_loss(x, torch.ones(3, 4))
tensor(32.1667)
>>> F.linear(x, torch.ones(2, 4), torch.tensor([1., -1.]))
tensor([[ 7.,  5.],
        [23., 21.],
        [39., 37.]])
>>> x @ torch.ones(4)
tensor([ 6., 22., 38.])
>>> torch.ones(4) @ torch.ones(4)
tensor(4.)
>>> torch.outer(torch.arange(3.), torch.arange(2.))
tensor([[0., 0.],
        [0., 1.],
        [0., 2.]])
>>> torch.mm(x, x.t())
tensor([[ 14.,  38.,  62.],
        [ 38., 126., 214.],
        [ 62., 214., 366.]])
>>> torch.bmm(torch.ones(2, 2, 3), torch.ones(2, 3, 1))
tensor([[[3.],
         [3.]],

        [[3.],
         [3.]]])
>>> torch.mv(x, torch.ones(4))
tensor([ 6., 22., 38.])
>>> torch.dot(torch.arange(3.), torch.arange(3.))
tensor(5.)
>>> torch.einsum('ij->j', x)
tensor([12., 15., 18., 21.])
>>> torch.linspace(0, 1, 5)
tensor([0.0000, 0.2500, 0.5000, 0.7500, 1.0000])
>>> torch.logspace(0, 2, 3)
tensor([  1.,  10., 100.])
>>> torch.eye(2, 3)
tensor([[1., 0., 0.],
        [0., 1., 0.]])
>>> torch.full((2, 2), 3)
tensor([[3, 3],
        [3, 3]])
>>> torch.full((2,), 2.5)
tensor([2.5000, 2.5000])
>>> torch.zeros(2, 3, dtype=torch.int32)
tensor([[0, 0, 0],
        [0, 0, 0]], dtype=torch.int32)
>>> torch.ones_like(x, dtype=torch.float64).dtype
torch.float64
>>> torch.arange(0, 1, 0.25)
tensor([0.0000, 0.2500, 0.5000, 0.7500])
>>> torch.arange(5, 0, -2)
tensor([5, 3, 1])
>>> torch.tensor([[1, 2], [3, 4]]).float() / 3
tensor([[0.3333, 0.6667],
        [1.0000, 1.3333]])
>>> torch.tensor([1.5, 2.5, -0.5]).round()
tensor([2., 2., -0.])
>>> torch.tensor([1.7, -1.7]).trunc()
tensor([ 1., -1.])
>>> torch.tensor([1.7, -1.7]).frac()
tensor([ 0.7000, -0.7000])
>>> torch.tensor([-3, 3]).sign()
tensor([-1,  1])
>>> torch.tensor([3, -7]) % torch.tensor([2, 3])
tensor([1, 2])
>>> torch.tensor([3., -7.]).remainder(2)
tensor([1., 1.])
>>> torch.tensor([7, -7]).div(2, rounding_mode='trunc')
tensor([ 3, -3])
>>> torch.tensor([7, -7]).div(2, rounding_mode='floor')
tensor([ 3, -4])
>>> torch.tensor([1, 2, 3]) ** 2
tensor([1, 4, 9])
>>> torch.tensor([1., 4., 9.]) ** 0.5
tensor([1., 2., 3.])
>>> torch.tensor(2.) ** torch.tensor([1., 2., 3.])
tensor([2., 4., 8.])
>>> torch.maximum(torch.tensor([1, 5]), torch.tensor([3, 2]))
tensor([3, 5])
>>> torch.atan2(torch.tensor([1., -1.]), torch.tensor([-1., 1.]))
tensor([ 2.3562, -0.7854])
>>> torch.lerp(torch.zeros(3), torch.ones(3), 0.25)
tensor([0.2500, 0.2500, 0.2500])
>>> torch.isnan(torch.tensor([1., float('nan')]))
tensor([False,  True])
>>> torch.isinf(torch.tensor([1., float('inf')]))
tensor([False,  True])
>>> torch.allclose(torch.ones(2), torch.ones(2) + 1e-9)
True
>>> torch.tensor([True, False]) | torch.tensor([False, False])
tensor([ True, False])
>>> torch.tensor([5, 3]) & torch.tensor([3, 1])
tensor([1, 1])
>>> torch.tensor([5, 3]) ^ 1
tensor([4, 2])
>>> ~torch.tensor([5, 0])
tensor([-6, -1])
>>> torch.tensor([1, 2], dtype=torch.int8) * 100
tensor([100, -56], dtype=torch.int8)
>>> torch.tensor([200], dtype=torch.uint8) + torch.tensor([100], dtype=torch.uint8)
tensor([44], dtype=torch.uint8)
>>> torch.tensor([1., 2.]).half() * 3
tensor([3., 6.], dtype=torch.float16)
>>> torch.tensor([1, 2]).to(torch.float16)
tensor([1., 2.], dtype=torch.float16)
>>> torch.tensor(3.5).item()
3.5
>>> torch.tensor([[1, 2]]).tolist()
[[1, 2]]
>>> torch.tensor([1., 2., 3.]).gather(0, torch.tensor([2, 0]))
tensor([3., 1.])
>>> torch.tensor([[1., 2.], [3., 4.]]).chunk(2, 1)
(tensor([[1.],
        [3.]]), tensor([[2.],
        [4.]]))
>>> torch.tensor([[1., 2.], [3., 4.]]).unbind(1)
(tensor([1., 3.]), tensor([2., 4.]))
>>> torch.cat([torch.ones(1, 2), torch.zeros(2, 2)])
tensor([[1., 1.],
        [0., 0.],
        [0., 0.]])
>>> torch.tensor([3., 1., 2.]).argsort()
tensor([1, 2, 0])
>>> torch.tensor([1., 2., 3., 4.]).median()
tensor(2.)
>>> torch.tensor([[1., 2.], [3., 4.]]).expand(2, 2, 2).shape
torch.Size([2, 2, 2])
>>> torch.randn(3).shape
torch.Size([3])
>>> torch.rand(2, 2, dtype=torch.float64).dtype
torch.float64
>>> torch.randint(0, 5, (3,)).dtype
torch.int64
>>> torch.randperm(4).sort().values
tensor([0, 1, 2, 3])
>>> torch.tensor([[1, 2], [3, 4]]).trace()
tensor(5)
>>> torch.ones(3).trace()
RuntimeError: trace: expected a matrix, but got tensor with dim 1
>>> torch.tensor([[True, False], [True, True]]).trace()
NotImplementedError: "trace" not implemented for 'Bool'
