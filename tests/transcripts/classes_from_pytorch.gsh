>>> # Classes over tensors: a Module-style base, layers, a custom exception (generated from PyTorch 2.13)
>>> import torch
>>> class Module:
...     def __init__(self):
...         self.training = True
...     def __call__(self, *args):
...         return self.forward(*args)
...     def parameters(self):
...         found = []
...         for name in dir(self):
...             if not name.startswith("_"):
...                 value = getattr(self, name)
...                 if isinstance(value, torch.Tensor) and value.requires_grad:
...                     found.append(value)
...         return found
>>> class ShapeError(ValueError):
...     def __init__(self, expected, got):
...         super().__init__(f"expected {expected} features, got {got}")
...         self.expected = expected
...         self.got = got
>>> class Linear(Module):
...     def __init__(self, n_in, n_out):
...         super().__init__()
...         self.w = torch.randn(n_in, n_out, requires_grad=True)
...         self.b = torch.zeros(n_out, requires_grad=True)
...     def forward(self, x):
...         if x.shape[-1] != self.w.shape[0]:
...             raise ShapeError(self.w.shape[0], x.shape[-1])
...         return x @ self.w + self.b
...     def __repr__(self):
...         return f"Linear({self.w.shape[0]}, {self.w.shape[1]})"
>>> gen = torch.manual_seed(0)
>>> layer = Linear(3, 2)
>>> layer
Linear(3, 2)
>>> layer.w
tensor([[ 1.5410, -0.2934],
        [-2.1788,  0.5684],
        [-1.0845, -1.3986]], requires_grad=True)
>>> [p.shape for p in layer.parameters()]
[torch.Size([2]), torch.Size([3, 2])]
>>> isinstance(layer, Module), type(layer).__name__, callable(layer), layer.training
(True, 'Linear', True, True)
>>> x = torch.tensor([[1., 2., 3.], [0., -1., 1.]])
>>> y = layer(x)
>>> y
tensor([[-6.0701, -3.3524],
        [ 1.0943, -1.9670]], grad_fn=<AddBackward0>)
>>> loss = (y ** 2).mean()
>>> loss
tensor(13.2879, grad_fn=<MeanBackward0>)
>>> loss.backward()
>>> layer.w.grad
tensor([[-3.0351, -1.6762],
        [-6.6173, -2.3688],
        [-8.5581, -6.0120]])
>>> layer.b.grad
tensor([-2.4879, -2.6597])
>>> with torch.no_grad():
...     for p in layer.parameters():
...         p -= 0.1 * p.grad
...         p.grad = None
>>> layer(x).pow(2).mean()
tensor(1.8020, grad_fn=<MeanBackward0>)
>>> print(layer.w.grad, layer.b)
None tensor([0.2488, 0.2660], requires_grad=True)
>>> # the custom exception, raised from forward on a bad input shape
>>> try:
...     layer(torch.ones(2, 5))
... except ShapeError as e:
...     print("caught:", e, "| expected", e.expected, "got", e.got)
...     print(isinstance(e, ValueError), type(e).__name__, e.args)
caught: expected 3 features, got 5 | expected 3 got 5
True ShapeError ('expected 3 features, got 5',)
>>> layer(torch.ones(4))
ShapeError: expected 3 features, got 4
>>> class ReLU(Module):
...     def forward(self, x):
...         return x.clamp(min=0)
>>> class Sequential(Module):
...     def __init__(self, *layers):
...         super().__init__()
...         self.layers = list(layers)
...     def forward(self, x):
...         for layer in self.layers:
...             x = layer(x)
...         return x
...     def parameters(self):
...         return [p for layer in self.layers for p in layer.parameters()]
...     def __len__(self):
...         return len(self.layers)
...     def __getitem__(self, index):
...         return self.layers[index]
>>> net = Sequential(Linear(3, 4), ReLU(), Linear(4, 1))
>>> len(net), net[0], net[-1], [p.shape for p in net.parameters()]
(3, Linear(3, 4), Linear(4, 1), [torch.Size([4]), torch.Size([3, 4]), torch.Size([1]), torch.Size([4, 1])])
>>> out = net(x)
>>> out
tensor([[1.8793],
        [0.1075]], grad_fn=<AddBackward0>)
>>> out.sum().backward()
>>> net[0].b.grad
tensor([ 0.0000, -1.5091,  0.3704,  1.4565])
>>> net[2].w.grad.flatten()
tensor([0.0000, 1.5702, 0.2904, 2.9172])
>>> class Scaled(Module):
...     def __init__(self, k):
...         super().__init__()
...         self._k = torch.tensor(float(k), requires_grad=True)
...     @property
...     def k(self):
...         return self._k
...     def forward(self, x):
...         return self.k * x
>>> s = Scaled(2)
>>> s(torch.ones(2))
tensor([2., 2.], grad_fn=<MulBackward0>)
>>> s.parameters()
[tensor(2., requires_grad=True)]
>>> s.k = 3
AttributeError: property 'k' of 'Scaled' object has no setter
>>> # assert with a message, and a shape error from matmul
>>> assert loss.item() < 0, f"loss is {loss.item():.4f}, not negative"
AssertionError: loss is 13.2879, not negative
>>> torch.ones(2, 3) @ torch.ones(2, 3)
RuntimeError: mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)
>>> try:
...     torch.ones(2, 3) @ torch.ones(2, 3)
... except RuntimeError as e:
...     print("caught RuntimeError:", e)
caught RuntimeError: mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)
