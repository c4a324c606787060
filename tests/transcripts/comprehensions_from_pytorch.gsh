>>> # comprehensions over tensors, printed by PyTorch 2.13 in Python
>>> x = torch.tensor([[1., 2.], [3., 4.]])
>>> [r.sum() for r in x]
[tensor(3.), tensor(7.)]
>>> [v.item() for r in x for v in r if v > 1]
[2.0, 3.0, 4.0]
>>> {i: t.tolist() for i, t in enumerate(x)}
{0: [1.0, 2.0], 1: [3.0, 4.0]}
>>> sum(v * v for v in x.flatten())
tensor(30.)
>>> max(abs(v) for v in torch.tensor([-3, 2]))
tensor(3)
>>> torch.stack([r * i for i, r in enumerate(x)])
tensor([[0., 0.],
        [3., 4.]])
>>> [[c * 10 for c in row] for row in x.tolist()]
[[10.0, 20.0], [30.0, 40.0]]
>>> i = 99; [i for i in range(3)]; i
[0, 1, 2]
99
>>> torch.tensor([float(k) ** 2 for k in range(4)])
tensor([0., 1., 4., 9.])
