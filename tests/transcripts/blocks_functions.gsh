>>> # Functions are values: differentiate them, pass them, call them from others
>>> import torch
>>> def f(t):
...     return (t ** 3 - 2 * t).sum()
>>> x = torch.tensor([1., 2., 3.], requires_grad=True)
>>> f(x)
tensor(24., grad_fn=<SumBackward0>)
>>> g, = torch.autograd.grad(f(x), x)
>>> g
tensor([ 1., 10., 25.])
>>> def derivative(fn, t, order=1):
...     for k in range(order):
...         out = fn(t) if k == 0 else out.sum()
...         out, = torch.autograd.grad(out, t, create_graph=True)
...     return out
>>> derivative(f, x)
tensor([ 1., 10., 25.], grad_fn=<AddBackward0>)
>>> derivative(f, x, order=2)
tensor([ 6., 12., 18.], grad_fn=<MulBackward0>)
>>> derivative(f, x, 3)
tensor([6., 6., 6.], grad_fn=<MulBackward0>)
>>> square = lambda t: t * t
>>> compose = lambda p, q: lambda t: p(q(t))
>>> fourth = compose(square, square)
>>> fourth(torch.tensor([1., 2., 3.]))
tensor([ 1., 16., 81.])
>>> torch.autograd.grad(fourth(x).sum(), x)
(tensor([  4.,  32., 108.]),)
>>> def norm(t, p=2):
...     total = 0
...     for value in t:
...         total = total + abs(value) ** p
...     return total ** (1 / p)
>>> norm(torch.tensor([3., 4.]))
tensor(5.)
>>> norm(torch.tensor([3., 4.]), p=1)
tensor(7.)
>>> norm()
TypeError: norm() missing 1 required positional argument: 't'
>>> norm(torch.tensor([1.]), 2, 3)
TypeError: norm() takes from 1 to 2 positional arguments but 3 were given
>>> norm(torch.tensor([1.]), q=3)
TypeError: norm() got an unexpected keyword argument 'q'
>>> # errors inside a function: the message is PyTorch's; the session goes on
>>> def add_bias(t):
...     bias = torch.tensor([1., 2.])
...     return t + bias
>>> add_bias(torch.tensor([1., 2., 3.]))
RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 0
>>> add_bias(torch.tensor([1., 2.]))
tensor([2., 4.])
>>> def leaf_update(t):
...     t += 1
...     return t
>>> leaf_update(x)
RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.
>>> x
tensor([1., 2., 3.], requires_grad=True)
>>> def counter():
...     count = count + 1
...     return count
>>> counter()
UnboundLocalError: cannot access local variable 'count' where it is not associated with a value
