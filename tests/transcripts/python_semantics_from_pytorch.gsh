>>> # Python's semantics around tensors, printed by PyTorch 2.13 in Python
>>> x = torch.tensor([[1., 2.], [3., 4.]])
>>> list(x)
[tensor([1., 2.]), tensor([3., 4.])]
>>> 2 in torch.tensor([1, 2]), 5 in torch.tensor([1, 2]), torch.tensor(1) in torch.tensor([1, 2])
(True, False, True)
>>> len(x), len(x[0]), bool(torch.tensor([0.5])), bool(torch.tensor(0))
(2, 2, True, False)
>>> float(x)
ValueError: only one element tensors can be converted to Python scalars
>>> int(torch.tensor([3]))
3
>>> x[0][1], x[0, 1].item(), x.tolist()[1]
(tensor(2.), 2.0, [3.0, 4.0])
>>> list(enumerate(torch.tensor([5, 6])))
[(0, tensor(5)), (1, tensor(6))]
>>> list(zip(torch.tensor([1, 2]), torch.tensor([3., 4.])))
[(tensor(1), tensor(3.)), (tensor(2), tensor(4.))]
>>> sum(torch.tensor([1., 2., 3.])), max(torch.tensor([1, 5, 3])), min(torch.tensor([[1, 2], [0, 1]])[:, 0])
(tensor(6.), tensor(5), tensor(0))
>>> sorted(torch.tensor([3, 1, 2]).tolist()), abs(torch.tensor([-1.5, 2.]))
([1, 2, 3], tensor([1.5000, 2.0000]))
>>> round(2.5), round(3.14159, 2), round(torch.tensor(2.5).item())
(2, 3.14, 2)
>>> x == x, x is x, x != 2
(tensor([[True, True],
        [True, True]]), True, tensor([[ True, False],
        [ True,  True]]))
>>> 1 < torch.tensor(2.) < 3
tensor(True)
>>> torch.tensor(2.) > 1 and torch.tensor(0.) > 1
tensor(False)
>>> not torch.tensor(0.)
True
>>> x.shape == (2, 2), x.shape[0] * 2, tuple(x.shape), list(x.size())
(True, 4, (2, 2), [2, 2])
>>> isinstance(x, torch.Tensor), isinstance(x.shape, tuple), isinstance(x.dtype, torch.dtype)
(True, True, True)
>>> x.T @ x, x ** -1, -x.abs(), +x
(tensor([[10., 14.],
        [14., 20.]]), tensor([[1.0000, 0.5000],
        [0.3333, 0.2500]]), tensor([[-1., -2.],
        [-3., -4.]]), tensor([[1., 2.],
        [3., 4.]]))
>>> 7 // -2, -7 % 3, 2 ** -1, 10 / 4, True + True
(-4, 2, 0.5, 2.5, 2)
>>> 'abc'.upper(), 'a,b'.split(','), '-'.join(['x', 'y']), 'x' * 3
('ABC', ['a', 'b'], 'x-y', 'xxx')
>>> [1, 2] + [3], (1,) * 2, [0] * 3, {'k': 1}['k']
([1, 2, 3], (1, 1), [0, 0, 0], 1)
>>> a, *rest = [1, 2, 3]; rest
[2, 3]
>>> (p, q), r = (1, 2), 3; p + q + r
6
>>> s = 0; s += 5; s -= 1; s *= 3; s
12
>>> import math; math.sqrt(16), math.pi, math.floor(-2.5), math.isclose(0.1 + 0.2, 0.3)
(4.0, 3.141592653589793, -3, True)
