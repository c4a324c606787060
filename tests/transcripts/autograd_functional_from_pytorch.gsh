>>> # torch.autograd.functional vjp, jvp, vhp, hvp: generated from PyTorch 2.13
>>> import torch
>>> from torch.autograd.functional import vjp, jvp, vhp, hvp
>>> _ = torch.manual_seed(0)
>>> def exp_reducer(x):
...     return x.exp().sum(dim=1)
>>> def adder(x, y):
...     return 2 * x + 3 * y
>>> def pow_reducer(x):
...     return x.pow(3).sum()
>>> def pow_adder_reducer(x, y):
...     return (2 * x.pow(2) + 3 * y.pow(2)).sum()
>>> inputs = torch.rand(4, 4)
>>> v = torch.ones(4)
>>> vjp(exp_reducer, inputs, v)
(tensor([6.0321, 7.3285, 6.3710, 5.2277]), tensor([[1.6426, 2.1559, 1.0925, 1.1411],
        [1.3599, 1.8853, 1.6325, 2.4509],
        [1.5772, 1.8819, 1.4175, 1.4944],
        [1.0226, 1.1840, 1.3416, 1.6795]]))
>>> vjp(exp_reducer, inputs, v, create_graph=True)
(tensor([6.0321, 7.3285, 6.3710, 5.2277], grad_fn=<SumBackward1>), tensor([[1.6426, 2.1559, 1.0925, 1.1411],
        [1.3599, 1.8853, 1.6325, 2.4509],
        [1.5772, 1.8819, 1.4175, 1.4944],
        [1.0226, 1.1840, 1.3416, 1.6795]], grad_fn=<MulBackward0>))
>>> inputs = (torch.rand(2), torch.rand(2))
>>> v = torch.ones(2)
>>> vjp(adder, inputs, v)
(tensor([1.8784, 2.4468]), (tensor([2., 2.]), tensor([3., 3.])))
>>> inputs = torch.rand(4, 4)
>>> v = torch.ones(4, 4)
>>> jvp(exp_reducer, inputs, v)
(tensor([8.3587, 6.8890, 6.5525, 4.6969]), tensor([8.3587, 6.8890, 6.5525, 4.6969]))
>>> jvp(exp_reducer, inputs, v, create_graph=True)
(tensor([8.3587, 6.8890, 6.5525, 4.6969], grad_fn=<SumBackward1>), tensor([8.3587, 6.8890, 6.5525, 4.6969], grad_fn=<SqueezeBackward1>))
>>> inputs = (torch.rand(2), torch.rand(2))
>>> v = (torch.ones(2), torch.ones(2))
>>> jvp(adder, inputs, v)
(tensor([2.5856, 4.0866]), tensor([5., 5.]))
>>> inputs = torch.rand(2, 2)
>>> v = torch.ones(2, 2)
>>> vhp(pow_reducer, inputs, v)
(tensor(0.3601), tensor([[3.1578, 1.4619],
        [3.5076, 0.1989]]))
>>> vhp(pow_reducer, inputs, v, create_graph=True)
(tensor(0.3601, grad_fn=<SumBackward0>), tensor([[3.1578, 1.4619],
        [3.5076, 0.1989]], grad_fn=<MulBackward0>))
>>> hvp(pow_reducer, inputs, v)
(tensor(0.3601), tensor([[3.1578, 1.4619],
        [3.5076, 0.1989]]))
>>> hvp(pow_reducer, inputs, v, create_graph=True)
(tensor(0.3601, grad_fn=<SumBackward0>), tensor([[3.1578, 1.4619],
        [3.5076, 0.1989]], grad_fn=<MulBackward0>))
>>> inputs = (torch.rand(2), torch.rand(2))
>>> v = (torch.zeros(2), torch.ones(2))
>>> vhp(pow_adder_reducer, inputs, v)
(tensor(4.0381), (tensor([0., 0.]), tensor([6., 6.])))
>>> hvp(pow_adder_reducer, inputs, v)
(tensor(4.0381), (tensor([0., 0.]), tensor([6., 6.])))
>>> vjp(lambda x: x.sum(), torch.tensor([1., 2.]))
(tensor(3.), tensor([1., 1.]))
>>> jvp(lambda x: x * 2, torch.tensor(3.))
(tensor(6.), tensor(2.))
>>> hvp(lambda x: x.pow(3).sum(), torch.tensor([2.]))
(tensor(8.), tensor([12.]))
>>> vhp(lambda x: x.pow(3).sum(), torch.tensor(2.))
(tensor(8.), tensor(12.))
>>> jvp(lambda x: (x, x.sin()), torch.tensor([1., 2.]), torch.ones(2))
((tensor([1., 2.]), tensor([0.8415, 0.9093])), (tensor([1., 1.]), tensor([ 0.5403, -0.4161])))
>>> vjp(lambda x: (x, x.sin()), torch.tensor([1., 2.]), (torch.ones(2), torch.ones(2)))
((tensor([1., 2.]), tensor([0.8415, 0.9093])), tensor([1.5403, 0.5839]))
>>> vjp(lambda x, y: x * y, (torch.tensor([1., 2.]), torch.tensor([3., 4.])), torch.ones(2), create_graph=True)
(tensor([3., 8.], grad_fn=<MulBackward0>), (tensor([3., 4.], grad_fn=<MulBackward0>), tensor([1., 2.], grad_fn=<MulBackward0>)))
>>> vjp(lambda x: torch.ones(2), torch.tensor([1., 2.]), torch.ones(2))
(tensor([1., 1.]), tensor([0., 0.]))
>>> vjp(lambda x: torch.ones(2), torch.tensor([1., 2.]), torch.ones(2), strict=True)
RuntimeError: Output 0 of the user-provided function does not require gradients. The outputs must be computed in a differentiable manner from the input when running in strict mode.
>>> vjp(lambda x, y: x * 2, (torch.tensor([1., 2.]), torch.tensor([3., 4.])), torch.ones(2))
(tensor([2., 4.]), (tensor([2., 2.]), tensor([0., 0.])))
>>> vjp(lambda x, y: x * 2, (torch.tensor([1., 2.]), torch.tensor([3., 4.])), torch.ones(2), strict=True)
RuntimeError: The output of the user-provided function is independent of input 1. This is not allowed in strict mode.
>>> jvp(lambda x: torch.ones(2), torch.tensor([1., 2.]), torch.ones(2))
(tensor([1., 1.]), tensor([0., 0.]))
>>> jvp(lambda x: torch.ones(2), torch.tensor([1., 2.]), torch.ones(2), strict=True)
RuntimeError: Output 0 of the user-provided function does not require gradients. The outputs must be computed in a differentiable manner from the input when running in strict mode.
>>> hvp(lambda x: (x * 2).sum(), torch.tensor([1., 2.]), torch.ones(2))
(tensor(6.), tensor([0., 0.]))
>>> hvp(lambda x: (x * 2).sum(), torch.tensor([1., 2.]), torch.ones(2), strict=True)
RuntimeError: While computing the hessian, found that the jacobian of the user-provided function with respect to input 0 is independent of the input. This is not allowed in strict mode. You should ensure that your function is twice differentiable and that the jacobian depends on the inputs (this would be violated by a linear function for example).
>>> vhp(lambda x: (x * 2).sum(), torch.tensor([1., 2.]), torch.ones(2))
(tensor(6.), tensor([0., 0.]))
>>> vhp(lambda x: (x * 2).sum(), torch.tensor([1., 2.]), torch.ones(2), strict=True)
RuntimeError: While computing the hessian, found that the jacobian of the user-provided function with respect to input 0 is independent of the input. This is not allowed in strict mode. You should ensure that your function is twice differentiable and that the jacobian depends on the inputs (this would be violated by a linear function for example).
>>> vjp(exp_reducer, torch.ones(4, 3))
RuntimeError: The vector v can only be None if the user-provided function returns a single Tensor with a single element.
>>> vjp(exp_reducer, torch.ones(4, 3), torch.ones(3))
RuntimeError: v has invalid size: should be torch.Size([4]) but got torch.Size([3]).
>>> vjp(exp_reducer, torch.ones(4, 3), 3)
TypeError: The v given to vjp must be either a Tensor or a tuple of Tensors but the given v has type <class 'int'>.
>>> vjp(exp_reducer, [torch.ones(4, 3)], torch.ones(4))
TypeError: The inputs given to vjp must be either a Tensor or a tuple of Tensors but the given inputs has type <class 'list'>.
>>> jvp(exp_reducer, torch.ones(4, 3))
RuntimeError: The vector v can only be None if the input to the user-provided function is a single Tensor with a single element.
>>> jvp(exp_reducer, torch.ones(4, 3), (torch.ones(4, 3), torch.ones(4, 3)))
RuntimeError: The given v should contain a single Tensor.
>>> jvp(adder, (torch.ones(2), torch.ones(2)), (torch.ones(2), torch.ones(3)))
RuntimeError: Entry 1 in v has invalid size: should be torch.Size([2]) but got torch.Size([3]).
>>> vhp(lambda x: x * 2, torch.tensor([1., 2.]), torch.ones(2))
RuntimeError: The Tensor returned by the function given to vhp should contain a single element
>>> hvp(lambda x: (x.sum(), x.sum()), torch.tensor([1., 2.]), torch.ones(2))
RuntimeError: The function given to hvp should return a single Tensor
>>> hvp(lambda x: x.pow(3).sum(), torch.tensor([1., 2.]))
RuntimeError: The vector v can only be None if the input to the user-provided function is a single Tensor with a single element.
>>> x = torch.tensor([1., 2.], requires_grad=True)
>>> out, h = hvp(lambda t: t.pow(3).sum(), x, torch.ones(2), create_graph=True)
>>> h
tensor([ 6., 12.], grad_fn=<MulBackward0>)
>>> h.sum().backward()
>>> x.grad
tensor([6., 6.])
>>> out, j = jvp(lambda t: t.sin(), x, torch.ones(2), create_graph=True)
>>> j
tensor([ 0.5403, -0.4161], grad_fn=<MulBackward0>)
>>> with torch.no_grad():
...     print(vjp(lambda t: t.exp(), x, torch.ones(2)))
(tensor([2.7183, 7.3891]), tensor([2.7183, 7.3891]))
