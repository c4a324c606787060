>>> # Learning PyTorch with Examples: Control Flow + Weight Sharing (dynamic_net.py), from PyTorch 2.13, 4,000 of the tutorial's 30,000 steps
>>> import random
>>> import torch
>>> import math
>>> _ = torch.manual_seed(0)
>>> random.seed(0)
>>> class DynamicNet(torch.nn.Module):
...     def __init__(self):
...         super().__init__()
...         self.a = torch.nn.Parameter(torch.randn(()))
...         self.b = torch.nn.Parameter(torch.randn(()))
...         self.c = torch.nn.Parameter(torch.randn(()))
...         self.d = torch.nn.Parameter(torch.randn(()))
...         self.e = torch.nn.Parameter(torch.randn(()))
... 
...     def forward(self, x):
...         y = self.a + self.b * x + self.c * x ** 2 + self.d * x ** 3
...         for exp in range(4, random.randint(4, 6)):
...             y = y + self.e * x ** exp
...         return y
... 
...     def string(self):
...         return f'y = {self.a.item()} + {self.b.item()} x + {self.c.item()} x^2 + {self.d.item()} x^3 + {self.e.item()} x^4 ? + {self.e.item()} x^5 ?'
>>> x = torch.linspace(-math.pi, math.pi, 2000)
>>> y = torch.sin(x)
>>> model = DynamicNet()
>>> criterion = torch.nn.MSELoss(reduction='sum')
>>> optimizer = torch.optim.SGD(model.parameters(), lr=1e-8, momentum=0.9)
>>> for t in range(4000):
...     y_pred = model(x)
...     loss = criterion(y_pred, y)
...     if t % 2000 == 1999:
...         print(t, loss.item())
...     optimizer.zero_grad()
...     loss.backward()
...     optimizer.step()
1999 2234.37158203125
3999 1098.59716796875
>>> print(f'Result: {model.string()}')
Result: y = 0.9369839429855347 + 0.3302185535430908 x + -0.16284222900867462 x^2 + -0.019313929602503777 x^3 + -0.0002623269392643124 x^4 ? + -0.0002623269392643124 x^5 ?
