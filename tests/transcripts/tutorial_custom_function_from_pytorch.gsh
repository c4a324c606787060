>>> # Learning PyTorch with Examples: custom autograd Function (polynomial_custom_function.py), from PyTorch 2.13
>>> import torch
>>> import math
>>> _ = torch.manual_seed(0)
>>> class LegendrePolynomial3(torch.autograd.Function):
...     @staticmethod
...     def forward(ctx, input):
...         ctx.save_for_backward(input)
...         return 0.5 * (5 * input ** 3 - 3 * input)
... 
...     @staticmethod
...     def backward(ctx, grad_output):
...         input, = ctx.saved_tensors
...         return grad_output * 1.5 * (5 * input ** 2 - 1)
>>> dtype = torch.float
>>> device = torch.device("cpu")
>>> x = torch.linspace(-math.pi, math.pi, 2000, device=device, dtype=dtype)
>>> y = torch.sin(x)
>>> a = torch.full((), 0.0, device=device, dtype=dtype, requires_grad=True)
>>> b = torch.full((), -1.0, device=device, dtype=dtype, requires_grad=True)
>>> c = torch.full((), 0.0, device=device, dtype=dtype, requires_grad=True)
>>> d = torch.full((), 0.3, device=device, dtype=dtype, requires_grad=True)
>>> learning_rate = 5e-6
>>> for t in range(2000):
...     P3 = LegendrePolynomial3.apply
...     y_pred = a + b * P3(c + d * x)
...     loss = (y_pred - y).pow(2).sum()
...     if t % 100 == 99:
...         print(t, loss.item())
...     loss.backward()
...     with torch.no_grad():
...         a -= learning_rate * a.grad
...         b -= learning_rate * b.grad
...         c -= learning_rate * c.grad
...         d -= learning_rate * d.grad
...         a.grad = None
...         b.grad = None
...         c.grad = None
...         d.grad = None
99 209.95834350585938
199 144.66018676757812
299 100.70249938964844
399 71.03519439697266
499 50.978511810302734
599 37.403133392333984
699 28.206867218017578
799 21.97318458557129
899 17.7457275390625
999 14.877889633178711
1099 12.93176555633545
1199 11.610918045043945
1299 10.71425724029541
1399 10.10548210144043
1499 9.692105293273926
1599 9.411375999450684
1699 9.220745086669922
1799 9.091285705566406
1899 9.003361701965332
1999 8.943641662597656
>>> print(f'Result: y = {a.item()} + {b.item()} * P3({c.item()} + {d.item()} x)')
Result: y = -6.71270206087371e-10 + -2.208526849746704 * P3(-3.392665037793563e-10 + 0.2554861009120941 x)
