>>> # grad_fn names and gradients, printed by PyTorch 2.13
>>> x = torch.tensor([[1., -2., 3.], [0.5, 4., -1.]], requires_grad=True)
>>> y = x.abs().sum(); y
tensor(11.5000, grad_fn=<SumBackward0>)
>>> y.backward(); x.grad
tensor([[ 1., -1.,  1.],
        [ 1.,  1., -1.]])
>>> x.grad = None; (x ** 3).mean().backward(); x.grad
tensor([[0.5000, 2.0000, 4.5000],
        [0.1250, 8.0000, 0.5000]])
>>> x.grad = None; x.exp().prod().backward(); x.grad
tensor([[244.6919, 244.6919, 244.6919],
        [244.6919, 244.6919, 244.6919]])
>>> x.grad = None; x.max().backward(); x.grad
tensor([[0., 0., 0.],
        [0., 1., 0.]])
>>> x.grad = None; x.max(1).values.sum().backward(); x.grad
tensor([[0., 0., 1.],
        [0., 1., 0.]])
>>> x.grad = None; x.norm().backward(); x.grad
tensor([[ 0.1789, -0.3578,  0.5367],
        [ 0.0894,  0.7155, -0.1789]])
>>> x.grad = None; x.std().backward(); x.grad
tensor([[ 0.0073, -0.2548,  0.1820],
        [-0.0364,  0.2693, -0.1674]])
>>> x.grad = None; x.var(1).sum().backward(); x.grad
tensor([[ 0.3333, -2.6667,  2.3333],
        [-0.6667,  2.8333, -2.1667]])
>>> x.grad = None; x.logsumexp(1).sum().backward(); x.grad
tensor([[0.1185, 0.0059, 0.8756],
        [0.0291, 0.9644, 0.0065]])
>>> x.grad = None; x.cumsum(1).sum().backward(); x.grad
tensor([[3., 2., 1.],
        [3., 2., 1.]])
>>> x.grad = None; x.softmax(1)[:, 0].sum().backward(); x.grad
tensor([[ 0.1045, -0.0007, -0.1038],
        [ 0.0283, -0.0281, -0.0002]])
>>> x.grad = None; F.log_softmax(x, 1).sum().backward(); x.grad
tensor([[ 0.6445,  0.9823, -1.6268],
        [ 0.9126, -1.8931,  0.9805]])
>>> x.grad = None; x.t().reshape(6)[::2].sum().backward(); x.grad
tensor([[1., 1., 1.],
        [0., 0., 0.]])
>>> x.grad = None; x.flip(1).roll(1, 0)[0].sum().backward(); x.grad
tensor([[0., 0., 0.],
        [1., 1., 1.]])
>>> x.grad = None; torch.cat([x, x * 2], 0).sum().backward(); x.grad
tensor([[3., 3., 3.],
        [3., 3., 3.]])
>>> x.grad = None; torch.stack([x, x]).pow(2).sum().backward(); x.grad
tensor([[ 4., -8., 12.],
        [ 2., 16., -4.]])
>>> x.grad = None; x.clamp(-1, 2).sum().backward(); x.grad
tensor([[1., 0., 0.],
        [1., 0., 1.]])
>>> x.grad = None; x.relu().sum().backward(); x.grad
tensor([[1., 0., 1.],
        [1., 1., 0.]])
>>> x.grad = None; F.gelu(x).sum().backward(); x.grad
tensor([[ 1.0833, -0.0852,  1.0119],
        [ 0.8675,  1.0005, -0.0833]])
>>> x.grad = None; F.silu(x).sum().backward(); x.grad
tensor([[ 0.9277, -0.0908,  1.0881],
        [ 0.7400,  1.0527,  0.0723]])
>>> x.grad = None; F.softplus(x).sum().backward(); x.grad
tensor([[0.7311, 0.1192, 0.9526],
        [0.6225, 0.9820, 0.2689]])
>>> x.grad = None; x.sigmoid().tanh().sum().backward(); x.grad
tensor([[0.1201, 0.1035, 0.0204],
        [0.1632, 0.0076, 0.1830]])
>>> x.grad = None; (x @ x.t()).trace().backward(); x.grad
tensor([[ 2., -4.,  6.],
        [ 1.,  8., -2.]])
>>> x.grad = None; x.gather(1, torch.tensor([[0], [2]])).sum().backward(); x.grad
tensor([[1., 0., 0.],
        [0., 0., 1.]])
>>> x.grad = None; x.masked_fill(x < 0, 0.).sum().backward(); x.grad
tensor([[1., 0., 1.],
        [1., 1., 0.]])
>>> x.grad = None; x[x > 0].sum().backward(); x.grad
tensor([[1., 0., 1.],
        [1., 1., 0.]])
>>> x.grad = None; x.index_select(1, torch.tensor([0, 0])).sum().backward(); x.grad
tensor([[2., 0., 0.],
        [2., 0., 0.]])
>>> x.grad = None; torch.where(x > 0, x, x * 3).sum().backward(); x.grad
tensor([[1., 3., 1.],
        [1., 1., 3.]])
>>> x.grad = None; F.mse_loss(x, torch.zeros(2, 3)).backward(); x.grad
tensor([[ 0.3333, -0.6667,  1.0000],
        [ 0.1667,  1.3333, -0.3333]])
>>> x.grad = None; F.cross_entropy(x, torch.tensor([2, 1])).backward(); x.grad
tensor([[ 0.0592,  0.0029, -0.0622],
        [ 0.0146, -0.0178,  0.0032]])
>>> x.grad = None; F.linear(x, torch.ones(2, 3)).sum().backward(); x.grad
tensor([[2., 2., 2.],
        [2., 2., 2.]])
>>> x.abs().grad_fn.name(), x.sum(1).grad_fn.name(), x.mean().grad_fn.name(), x.prod().grad_fn.name()
('AbsBackward0', 'SumBackward1', 'MeanBackward0', 'ProdBackward0')
>>> x.t().grad_fn.name(), x.T.grad_fn.name(), x.view(6).grad_fn.name(), x.reshape(3, 2).grad_fn.name()
('TBackward0', 'PermuteBackward0', 'ViewBackward0', 'ViewBackward0')
>>> x[0].grad_fn.name(), x[:, 1:].grad_fn.name(), x[None].grad_fn.name(), x[[0, 1]].grad_fn.name()
('SelectBackward0', 'SliceBackward0', 'UnsqueezeBackward0', 'IndexBackward0')
>>> x.unsqueeze(0).grad_fn.name(), x.squeeze().grad_fn.name(), x.expand(2, 2, 3).grad_fn.name(), x.permute(1, 0).grad_fn.name()
('UnsqueezeBackward0', 'SqueezeBackward0', 'ExpandBackward0', 'PermuteBackward0')
>>> (x * 2).grad_fn.name(), (2 * x).grad_fn.name(), (x / 2).grad_fn.name(), (2 / x).grad_fn.name(), (1 - x).grad_fn.name(), (x - 1).grad_fn.name()
('MulBackward0', 'MulBackward0', 'DivBackward0', 'MulBackward0', 'RsubBackward1', 'SubBackward0')
>>> (x ** 2).grad_fn.name(), (x ** x).grad_fn.name(), (2 ** x).grad_fn.name(), x.square().grad_fn.name(), x.sqrt().grad_fn.name()
('PowBackward0', 'PowBackward1', 'PowBackward2', 'PowBackward0', 'SqrtBackward0')
>>> x.double().grad_fn.name(), x.float().grad_fn is None, x.sum().grad_fn.next_functions[0][0].name()
('ToCopyBackward0', True, 'torch::autograd::AccumulateGrad')
>>> x.split(1)[0].grad_fn.name(), x.chunk(3, 1)[1].grad_fn.name(), x.narrow(1, 0, 2).grad_fn.name(), x.unbind()[0].grad_fn.name()
('SplitBackward0', 'SplitBackward0', 'SliceBackward0', 'UnbindBackward0')
>>> x.max(0).values.grad_fn.name(), x.min().grad_fn.name(), x.amax(1).grad_fn.name(), x.sort(1).values.grad_fn.name()
('MaxBackward0', 'MinBackward1', 'AmaxBackward0', 'SortBackward0')
>>> torch.mm(x, x.t()).grad_fn.name(), (x @ torch.ones(3)).grad_fn.name(), torch.outer(x[0], x[1]).grad_fn.name()
('MmBackward0', 'MvBackward0', 'MulBackward0')
>>> g = torch.autograd.grad((x ** 2).sum(), x, create_graph=True)[0]; g
tensor([[ 2., -4.,  6.],
        [ 1.,  8., -2.]], grad_fn=<MulBackward0>)
>>> torch.autograd.grad(g.sum(), x)
(tensor([[2., 2., 2.],
        [2., 2., 2.]]),)
>>> h = torch.autograd.functional.hessian(lambda t: (t ** 3).sum(), torch.tensor([1., 2.])); h
tensor([[ 6.,  0.],
        [ 0., 12.]])
>>> torch.autograd.functional.jacobian(lambda a, b: a * b, (torch.tensor([1., 2.]), torch.tensor([3., 4.])))
(tensor([[3., 0.],
        [0., 4.]]), tensor([[1., 0.],
        [0., 2.]]))
