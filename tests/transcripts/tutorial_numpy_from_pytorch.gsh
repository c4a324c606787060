>>> # Learning PyTorch with Examples: Warm-up: numpy (polynomial_numpy.py), from NumPy 2.4 (PyTorch 2.13's venv)
>>> import numpy as np
>>> import math
>>> np.random.seed(0)
>>> x = np.linspace(-math.pi, math.pi, 2000)
>>> y = np.sin(x)
>>> a = np.random.randn()
>>> b = np.random.randn()
>>> c = np.random.randn()
>>> d = np.random.randn()
>>> learning_rate = 1e-6
>>> for t in range(2000):
...     y_pred = a + b * x + c * x ** 2 + d * x ** 3
...     loss = np.square(y_pred - y).sum()
...     if t % 100 == 99:
...         print(t, loss)
...     grad_y_pred = 2.0 * (y_pred - y)
...     grad_a = grad_y_pred.sum()
...     grad_b = (grad_y_pred * x).sum()
...     grad_c = (grad_y_pred * x ** 2).sum()
...     grad_d = (grad_y_pred * x ** 3).sum()
...     a -= learning_rate * grad_a
...     b -= learning_rate * grad_b
...     c -= learning_rate * grad_c
...     d -= learning_rate * grad_d
99 1942.5981197543472
199 1357.8620988723726
299 950.6459714997518
399 666.8234472515073
499 468.84881983428795
599 330.65138961169055
699 234.11186628462443
799 166.62610469569785
899 119.41891174195416
999 86.37582610337256
1099 63.232967611016505
1199 47.014671349621416
1299 35.64276153058775
1399 27.66483628835709
1499 22.065150545580426
1599 18.13287818705791
1699 15.370270373477146
1799 13.428577985505333
1899 12.06331164944789
1999 11.102981214394513
>>> print(f'Result: y = {a} + {b} x + {c} x^2 + {d} x^3')
Result: y = 0.04878583756373356 + 0.8443864408312383 x + -0.008416368779585176 x^2 + -0.09157308290467792 x^3
