>>> # Fitting y = 2x + 1 with 100 steps of gradient descent (generated from PyTorch 2.13)
>>> import torch
>>> x = torch.tensor([0., 1., 2., 3., 4.])
>>> y = 2 * x + 1
>>> w = torch.tensor(0., requires_grad=True)
>>> b = torch.zeros((), requires_grad=True)
>>> lr = 0.02
>>> for step in range(100):
...     loss = ((w * x + b - y) ** 2).mean()
...     loss.backward()
...     with torch.no_grad():
...         w -= lr * w.grad
...         b -= lr * b.grad
...     w.grad = None
...     b.grad = None
...     if step % 25 == 0:
...         print(step, round(loss.item(), 4))
0 33.0
25 0.013
50 0.0071
75 0.0039
>>> w
tensor(2.0280, requires_grad=True)
>>> b
tensor(0.9200, requires_grad=True)
>>> loss
tensor(0.0022, grad_fn=<MeanBackward0>)
>>> print(w.item() > 1.9, abs(b.item() - 1) < 0.3)
True True
>>> # the same fit as a function of the learning rate; a loop with break
>>> def fit(lr, steps=100):
...     w = torch.tensor(0., requires_grad=True)
...     b = torch.tensor(0., requires_grad=True)
...     for step in range(steps):
...         loss = ((w * x + b - y) ** 2).mean()
...         gw, gb = torch.autograd.grad(loss, (w, b))
...         with torch.no_grad():
...             w -= lr * gw
...             b -= lr * gb
...         if loss < 1e-3:
...             break
...     return w.detach(), b.detach(), step
>>> fit(0.05)
(tensor(2.0182), tensor(0.9483), 53)
>>> fit(0.05, steps=10)
(tensor(2.0688), tensor(0.8037), 9)
>>> w_fit, b_fit, steps = fit(0.01, 300)
>>> print(w_fit, b_fit, steps)
tensor(2.0190) tensor(0.9459) 265
