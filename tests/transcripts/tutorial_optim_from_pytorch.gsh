>>> # Learning PyTorch with Examples: optim (polynomial_optim.py), from PyTorch 2.13
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
>>> optimizer = torch.optim.SGD(model.parameters(), lr=learning_rate)
>>> for t in range(2000):
...     y_pred = model(xx)
...     loss = loss_fn(y_pred, y)
...     if t % 100 == 99:
...         print(t, loss.item())
...     optimizer.zero_grad()
...     loss.backward()
...     optimizer.step()
99 582.650390625
199 394.58843994140625
299 268.3838195800781
399 183.62258911132812
499 126.64836120605469
599 88.31898498535156
699 62.51005935668945
799 45.11578369140625
899 33.38167190551758
999 25.45812225341797
1099 20.102434158325195
1199 16.478708267211914
1299 14.024313926696777
1399 12.360122680664062
1499 11.230517387390137
1599 10.46294116973877
1699 9.940790176391602
1799 9.585173606872559
1899 9.342713356018066
1999 9.177204132080078
>>> linear_layer = model[0]
>>> print(f'Result: y = {linear_layer.bias.item()} + {linear_layer.weight[:, 0].item()} x + {linear_layer.weight[:, 1].item()} x^2 + {linear_layer.weight[:, 2].item()} x^3')
Result: y = -0.01462855190038681 + 0.8441022634506226 x + 0.0025236690416932106 x^2 + -0.09153266251087189 x^3
