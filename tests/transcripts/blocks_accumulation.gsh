>>> # Gradients accumulate across backward calls until they are zeroed
>>> import torch
>>> a = torch.tensor([1., 2.], requires_grad=True)
>>> for i in range(3):
...     out = (a ** 2).sum()
...     out.backward()
...     print(i, a.grad)
0 tensor([2., 4.])
1 tensor([4., 8.])
2 tensor([ 6., 12.])
>>> a.grad.zero_()
tensor([0., 0.])
>>> q = (a * 3).sum()
>>> for i in range(3):
...     q.backward(retain_graph=True)
>>> a.grad
tensor([9., 9.])
>>> # without retain_graph the second pass finds the graph freed
>>> a.grad = None
>>> r = (a * a).sum()
>>> for i in range(2):
...     r.backward()
...     print(i, a.grad)
0 tensor([2., 4.])
RuntimeError: Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward.
>>> # updates of a leaf: in place under no_grad, an error without it
>>> p = torch.tensor([1., -2.], requires_grad=True)
>>> with torch.no_grad():
...     p *= 2
...     p.add_(1)
tensor([ 3., -3.], requires_grad=True)
>>> p
tensor([ 3., -3.], requires_grad=True)
>>> p.grad_fn, p.is_leaf, p.requires_grad
(None, True, True)
>>> for i in range(2):
...     p -= 1
RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.
>>> p
tensor([ 3., -3.], requires_grad=True)
>>> with torch.no_grad():
...     for i in range(2):
...         p -= 1
>>> p
tensor([ 1., -5.], requires_grad=True)
>>> # nothing recorded under no_grad; enable_grad inside it records again
>>> with torch.no_grad():
...     s = (p * 2).sum()
...     with torch.enable_grad():
...         t = (p * 2).sum()
>>> s.requires_grad, t.grad_fn.name()
(False, 'SumBackward0')
>>> torch.is_grad_enabled()
True
>>> with torch.set_grad_enabled(False):
...     u = p + 1
>>> u.requires_grad
False
