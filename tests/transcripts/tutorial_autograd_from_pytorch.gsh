>>> # Learning PyTorch with Examples: Tensors and autograd (polynomial_autograd.py), from PyTorch 2.13
>>> import torch
>>> import math
>>> _ = torch.manual_seed(0)
>>> dtype = torch.float
>>> device = torch.accelerator.current_accelerator().type if torch.accelerator.is_available() else "cpu"
>>> print(f"Using {device} device")
Using cpu device
>>> torch.set_default_device(device)
>>> x = torch.linspace(-math.pi, math.pi, 2000, dtype=dtype)
>>> y = torch.sin(x)
>>> a = torch.randn((), dtype=dtype, requires_grad=True)
>>> b = torch.randn((), dtype=dtype, requires_grad=True)
>>> c = torch.randn((), dtype=dtype, requires_grad=True)
>>> d = torch.randn((), dtype=dtype, requires_grad=True)
>>> learning_rate = 1e-6
>>> for t in range(2000):
...     y_pred = a + b * x + c * x ** 2 + d * x ** 3
...     loss = (y_pred - y).pow(2).sum()
...     if t % 100 == 99:
...         print(t, loss.item())
...     loss.backward()
...     with torch.no_grad():
...         a -= learning_rate * a.grad
...         b -= learning_rate * b.grad
...         c -= learning_rate * c.grad
...         d -= learning_rate * d.grad
...         a.grad, b.grad, c.grad, d.grad = 0. , 0. , 0. , 0.
TypeError: assigned grad expected to be a Tensor or None but got grad of type float
>>> t
0
>>> print(f'Result: y = {a.item()} + {b.item()} x + {c.item()} x^2 + {d.item()} x^3')
Result: y = 1.5635324716567993 + -0.32995063066482544 x + -2.028961420059204 x^2 + 0.2935994565486908 x^3
>>> a.grad
tensor(-22536.4219)
