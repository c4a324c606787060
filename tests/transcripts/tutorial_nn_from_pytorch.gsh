>>> # Learning PyTorch with Examples: nn (polynomial_nn.py), from PyTorch 2.13
>>> import torch
>>> import math
>>> _ = torch.manual_seed(0)
>>> x = torch.linspace(-math.pi, math.pi, 2000)
>>> y = torch.sin(x)
>>> p = torch.tensor([1, 2, 3])
>>> xx = x.unsqueeze(-1).pow(p)
>>> model = torch.nn.Sequential(
...     torch.nn.Linear(3, 1),
...     torch.nn.Flatten(0, 1)
... )
>>> loss_fn = torch.nn.MSELoss(reduction='sum')
>>> learning_rate = 1e-6
>>> for t in range(2000):
...     y_pred = model(xx)
...     loss = loss_fn(y_pred, y)
...     if t % 100 == 99:
...         print(t, loss.item())
...     model.zero_grad()
...     loss.backward()
...     with torch.no_grad():
...         for param in model.parameters():
...             param -= learning_rate * param.grad
99 582.650390625
199 394.5884704589844
299 268.3838195800781
399 183.62261962890625
499 126.64837646484375
599 88.31900024414062
699 62.51007843017578
799 45.11578369140625
899 33.38167190551758
999 25.45812225341797
1099 20.1024227142334
1199 16.47869873046875
1299 14.02430534362793
1399 12.360116958618164
1499 11.230517387390137
1599 10.462942123413086
1699 9.940791130065918
1799 9.585173606872559
1899 9.342713356018066
1999 9.177204132080078
>>> linear_layer = model[0]
>>> print(f'Result: y = {linear_layer.bias.item()} + {linear_layer.weight[:, 0].item()} x + {linear_layer.weight[:, 1].item()} x^2 + {linear_layer.weight[:, 2].item()} x^3')
Result: y = -0.01462855190038681 + 0.8441022634506226 x + 0.0025236690416932106 x^2 + -0.09153266251087189 x^3
