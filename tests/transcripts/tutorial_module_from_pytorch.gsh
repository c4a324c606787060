>>> # Learning PyTorch with Examples: custom nn Modules (polynomial_module.py), from PyTorch 2.13
>>> import torch
>>> import math
>>> _ = torch.manual_seed(0)
>>> class Polynomial3(torch.nn.Module):
...     def __init__(self):
...         super().__init__()
...         self.a = torch.nn.Parameter(torch.randn(()))
...         self.b = torch.nn.Parameter(torch.randn(()))
...         self.c = torch.nn.Parameter(torch.randn(()))
...         self.d = torch.nn.Parameter(torch.randn(()))
... 
...     def forward(self, x):
...         return self.a + self.b * x + self.c * x ** 2 + self.d * x ** 3
... 
...     def string(self):
...         return f'y = {self.a.item()} + {self.b.item()} x + {self.c.item()} x^2 + {self.d.item()} x^3'
>>> x = torch.linspace(-math.pi, math.pi, 2000)
>>> y = torch.sin(x)
>>> model = Polynomial3()
>>> criterion = torch.nn.MSELoss(reduction='sum')
>>> optimizer = torch.optim.SGD(model.parameters(), lr=1e-6)
>>> for t in range(2000):
...     y_pred = model(x)
...     loss = criterion(y_pred, y)
...     if t % 100 == 99:
...         print(t, loss.item())
...     optimizer.zero_grad()
...     loss.backward()
...     optimizer.step()
99 3238.30029296875
199 2245.8671875
299 1559.9361572265625
399 1085.354248046875
499 756.6681518554688
599 528.8026733398438
699 370.6806640625
799 260.8537902832031
899 184.5020294189453
999 131.375732421875
1099 94.37879180908203
1199 68.59321594238281
1299 50.60743713378906
1399 38.05267333984375
1499 29.282594680786133
1599 23.152000427246094
1699 18.863689422607422
1799 15.86209487915039
1899 13.759875297546387
1999 12.286677360534668
>>> print(f'Result: {model.string()}')
Result: y = 0.058623358607292175 + 0.8372474908828735 x + -0.010113503783941269 x^2 + -0.09055762737989426 x^3
>>> model
Polynomial3()
