>>> # IPython's habits (issue 20): _, __, ___, NAME?, NAME??, help(), dir(), exit
>>> x = tensor([1., 2., 3.], requires_grad=True)
>>> x.sum()
tensor(6., grad_fn=<SumBackward0>)
>>> x * 2
tensor([2., 4., 6.], grad_fn=<MulBackward0>)
>>> print("print returns None: no result")
print returns None: no result
>>> _, __
(tensor([2., 4., 6.], grad_fn=<MulBackward0>), tensor(6., grad_fn=<SumBackward0>))
>>> ___
tensor(6., grad_fn=<SumBackward0>)
>>> x.sum?
sum(input, dim=None, keepdim=False, *, dtype=None)
Sum of the elements, over all or over dim.
example: tensor([[1., 2.], [3., 4.]]).sum(0)
>>> help(x.backward)
Tensor.backward(gradient=None, retain_graph=None, create_graph=False, inputs=None)
compute gradients of this tensor with respect to the leaves (into .grad)
example: y = (x * x).sum(); y.backward(); x.grad
>>> detach?
Tensor.detach()
the same data, cut from the graph (shares storage and version)
example: x.detach().requires_grad
>>> :help sum
sum(iterable, /, start=0)  (Python's built-in)
Return the sum of a 'start' value (default: 0) plus an iterable of numbers

sum(input, dim=None, keepdim=False, *, dtype=None)  (torch.sum, Tensor.sum)
Sum of the elements, over all or over dim.
example: tensor([[1., 2.], [3., 4.]]).sum(0)
>>> dir(tensor(1.))[:6]
['H', 'T', 'abs', 'abs_', 'absolute', 'acos']
>>> dir()
['x']
>>> import torch.nn as nn
>>> nn.MSELoss?
MSELoss(size_average=None, reduce=None, reduction='mean')  (torch.nn.MSELoss)
A criterion that measures the mean squared error (squared L2 norm) between each element in the input and target
>>> torch.optim.lr_scheduler.StepLR?
StepLR(optimizer, step_size, gamma=0.1, last_epoch=-1)  (torch.optim.lr_scheduler.StepLR)
lr times gamma every step_size epochs.
>>> nn.init.zeros_?
nn.init.zeros_(tensor)
Fill the input Tensor with the scalar value 0
>>> %time x
CommandError: Line magic function `%time` not found.
  gradsh has %timeit
>>> quit
