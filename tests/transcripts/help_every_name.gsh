>>> # :help for every name (issue 20): methods that are not ops, commands, modules,
>>> # optimizers, schedulers, namespaces, Python's own methods
>>> x = tensor([1., 2.], requires_grad=True)
>>> :help detach
Tensor.detach()
the same data, cut from the graph (shares storage and version)
example: x.detach().requires_grad
>>> :help x.backward
Tensor.backward(gradient=None, retain_graph=None, create_graph=False, inputs=None)
compute gradients of this tensor with respect to the leaves (into .grad)
example: y = (x * x).sum(); y.backward(); x.grad
>>> :help backward
:backward y [--retain] [--ones]
  y.backward(); --ones passes a gradient of ones, --retain keeps the graph

Tensor.backward(gradient=None, retain_graph=None, create_graph=False, inputs=None)
compute gradients of this tensor with respect to the leaves (into .grad)
example: y = (x * x).sum(); y.backward(); x.grad
>>> import torch.nn as nn
>>> :help nn.Linear
Linear(in_features, out_features, bias=True, device=None, dtype=None)  (torch.nn.Linear)
y = x @ weight.T + bias; weights start as PyTorch's after manual_seed.
>>> :help SGD
SGD(params, lr=0.001, momentum=0, dampening=0, weight_decay=0, nesterov=False, *, maximize=False, foreach=None, differentiable=False, fused=None)  (torch.optim.SGD)
Stochastic gradient descent, optionally with momentum (and Nesterov's).
>>> :help torch.optim.lr_scheduler.StepLR
StepLR(optimizer, step_size, gamma=0.1, last_epoch=-1)  (torch.optim.lr_scheduler.StepLR)
lr times gamma every step_size epochs.
>>> :help torch.linalg.inv
inv(input)  (linalg.inv, like torch.inverse)
The inverse of a square matrix (or of each in a batch).
example: torch.inverse(tensor([[2., 0.], [1., 1.]]))
>>> torch.special.erf?
erf(input)
The error function.
example: erf(tensor([0., 1.]))
>>> :help time
:time [-n N] [-r R] STATEMENT
  run it repeatedly: mean ± std. dev. per loop, as %timeit (output hidden)
>>> :help %timeit
%timeit [-n N] [-r R] STATEMENT  (IPython's name of :time)
  run it repeatedly: mean ± std. dev. per loop, as %timeit (output hidden)
>>> l = [1, 2]
>>> l.append?
list.append(self, object)
Append object to the end of the list.
>>> :help frobnicate
CommandError: no help for 'frobnicate'
  did you mean 'concat'?
