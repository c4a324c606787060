>>> # torch.autograd.functional: Jacobians and Hessians of functions
>>> import torch
>>> from torch.autograd.functional import jacobian, hessian
>>> jacobian(lambda t: t ** 2, torch.tensor([1., 2., 3.]))
tensor([[2., 0., 0.],
        [0., 4., 0.],
        [0., 0., 6.]])
>>> jacobian(torch.exp, torch.tensor(0.))
tensor(1.)
>>> def rotate(v, angle):
...     c, s = torch.cos(angle), torch.sin(angle)
...     return torch.stack([c * v[0] - s * v[1], s * v[0] + c * v[1]])
>>> jacobian(rotate, (torch.tensor([1., 0.]), torch.tensor(0.)))
(tensor([[1., 0.],
        [0., 1.]]), tensor([0., 1.]))
>>> jacobian(lambda a, b: a * 2, (torch.tensor([1., 2.]), torch.tensor([3.])))
(tensor([[2., 0.],
        [0., 2.]]), tensor([[0.],
        [0.]]))
>>> jacobian(lambda t: (t.sum(), t * 3), torch.tensor([1., 2.]))
(tensor([1., 1.]), tensor([[3., 0.],
        [0., 3.]]))
>>> jacobian(lambda m: m.sum(0), torch.tensor([[1., 2.], [3., 4.]])).shape
torch.Size([2, 2, 2])
>>> J = jacobian(lambda t: t ** 3, torch.tensor([1., 2.], requires_grad=True))
>>> J.grad_fn, J.requires_grad
(None, False)
>>> jacobian(lambda t: t ** 3, torch.tensor([1., 2.], requires_grad=True), create_graph=True)
tensor([[ 3.,  0.],
        [ 0., 12.]], grad_fn=<ViewBackward0>)
>>> jacobian(lambda a, b: a * 2, (torch.tensor([1.]), torch.tensor([3.])), strict=True)
RuntimeError: Output 0 of the user-provided function is independent of input 1. This is not allowed in strict mode.
>>> jacobian(lambda t: t, [torch.tensor(1.)])
TypeError: The inputs given to jacobian must be either a Tensor or a tuple of Tensors but the given inputs has type <class 'list'>.
>>> def f(t):
...     return (t ** 3).sum()
>>> hessian(f, torch.tensor([1., 2.]))
tensor([[ 6.,  0.],
        [ 0., 12.]])
>>> hessian(lambda a, b: (a * b).sum() + (a ** 2).sum(), (torch.tensor([1., 2.]), torch.tensor([3., 4.])))
((tensor([[2., 0.],
        [0., 2.]]), tensor([[1., 0.],
        [0., 1.]])), (tensor([[1., 0.],
        [0., 1.]]), tensor([[0., 0.],
        [0., 0.]])))
>>> hessian(lambda a, b: (a ** 2).sum(), (torch.tensor([1.]), torch.tensor([2.])))
((tensor([[2.]]), tensor([[0.]])), (tensor([[0.]]), tensor([[0.]])))
>>> hessian(lambda t: (2 * t).sum(), torch.tensor([1., 2.]))
tensor([[0., 0.],
        [0., 0.]])
>>> hessian(lambda t: t ** 2, torch.tensor([1., 2.]))
RuntimeError: The Tensor returned by the function given to hessian should contain a single element
>>> hessian(lambda t: (t, t), torch.tensor(1.))
RuntimeError: The function given to hessian should return a single Tensor
>>> H = hessian(lambda m: (m ** 3).sum(), torch.tensor([[1., 2.], [3., 4.]]))
>>> H.shape, H.grad_fn
(torch.Size([2, 2, 2, 2]), None)
>>> H[1, 0]
tensor([[ 0.,  0.],
        [18.,  0.]])
