>>> # writes through a view of a tensor in a graph: the base is rebased (CopySlices)
>>> a = ones(2, 3, requires_grad=True)
>>> y = a * 1
>>> v = y[0]
>>> v.mul_(2)
tensor([2., 2., 2.], grad_fn=<AsStridedBackward0>)
>>> v.grad_fn.name(), y.grad_fn.name()
('AsStridedBackward0', 'torch::autograd::CopySlices')
>>> (y * y).sum().backward()
>>> a.grad
tensor([[8., 8., 8.],
        [2., 2., 2.]])
>>> a.grad = None
>>> y = a * 1
>>> c = y[:, 1]
>>> c[0] = 5
>>> c.grad_fn.name(), y.grad_fn.name()
('AsStridedBackward0', 'torch::autograd::CopySlices')
>>> y.sum().backward()
>>> a.grad
tensor([[1., 0., 1.],
        [1., 1., 1.]])
>>> a.grad = None
>>> y = a * 2
>>> t = y.t()
>>> t.add_(1)
tensor([[3., 3.],
        [3., 3.],
        [3., 3.]], grad_fn=<AsStridedBackward0>)
>>> (y * y).sum().backward()
>>> a.grad
tensor([[12., 12., 12.],
        [12., 12., 12.]])
>>> y
tensor([[3., 3., 3.],
        [3., 3., 3.]], grad_fn=<CopySlices>)
>>> # a view of a tensor without history, written with a value that requires grad
>>> w = tensor([1., 2.], requires_grad=True)
>>> z = zeros(3)
>>> z[0:2].copy_(w * 3)
tensor([3., 6.], grad_fn=<AsStridedBackward0>)
>>> z
tensor([3., 6., 0.], grad_fn=<CopySlices>)
>>> z.sum().backward()
>>> w.grad
tensor([3., 3.])
>>> # a view of a leaf that requires grad still refuses in-place writes
>>> a[0].mul_(2)
RuntimeError: a view of a leaf Variable that requires grad is being used in an in-place operation.
>>> # detach() is not a differentiable view: writes through it are allowed and not recorded
>>> b = a.detach()
>>> b[0, 0] = 7.
>>> a
tensor([[7., 1., 1.],
        [1., 1., 1.]], requires_grad=True)
