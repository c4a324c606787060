>>> # Learning PyTorch with Examples: Tensors (polynomial_tensor.py), from PyTorch 2.13
>>> import math
>>> import torch
>>> _ = torch.manual_seed(0)
>>> dtype = torch.float
>>> device = torch.device("cpu")
>>> x = torch.linspace(-math.pi, math.pi, 2000, device=device, dtype=dtype)
>>> y = torch.sin(x)
>>> a = torch.randn((), device=device, dtype=dtype)
>>> b = torch.randn((), device=device, dtype=dtype)
>>> c = torch.randn((), device=device, dtype=dtype)
>>> d = torch.randn((), device=device, dtype=dtype)
>>> learning_rate = 1e-6
>>> for t in range(2000):
...     y_pred = a + (b * x) + (c * x.pow(2)) + (d * x.pow(3))
...     loss = (y_pred - y).pow(2).sum().item()
...     if t % 100 == 99:
...         print(t, loss)
...     grad_y_pred = -2.0 * (y - y_pred)
...     grad_a = grad_y_pred.sum()
...     grad_b = torch.matmul(input=grad_y_pred, other=x).sum()
...     grad_c = torch.matmul(input=grad_y_pred, other=x.pow(2)).sum()
...     grad_d = torch.matmul(input=grad_y_pred, other=x.pow(3)).sum()
...     a -= learning_rate * grad_a
...     b -= learning_rate * grad_b
...     c -= learning_rate * grad_c
...     d -= learning_rate * grad_d
99 3238.300537109375
199 2245.867431640625
299 1559.9364013671875
399 1085.354248046875
499 756.6680908203125
599 528.8026123046875
699 370.6806335449219
799 260.85369873046875
899 184.50198364257812
999 131.3756866455078
1099 94.3787612915039
1199 68.59319305419922
1299 50.60741424560547
1399 38.052650451660156
1499 29.282575607299805
1599 23.151979446411133
1699 18.863677978515625
1799 15.862088203430176
1899 13.759873390197754
1999 12.28667163848877
>>> print(f'Result: y = {a.item()} + {b.item()} x + {c.item()} x^2 + {d.item()} x^3')
Result: y = 0.058623336255550385 + 0.8372474908828735 x + -0.01011350192129612 x^2 + -0.09055762737989426 x^3
