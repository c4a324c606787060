>>> # list comprehensions, generator expressions, dict comprehensions
>>> t = torch.tensor([1.0, -2.0, 3.0])
>>> [v.item() for v in t]
[1.0, -2.0, 3.0]
>>> [x * x for x in range(6) if x % 2 if x > 1]
[9, 25]
>>> [(i, v) for i, v in enumerate(t.tolist())]
[(0, 1.0), (1, -2.0), (2, 3.0)]
>>> [a * b for a in range(1, 4) for b in range(a, 4) if a < b]
[2, 3, 6]
>>> sum(x * x for x in t)
tensor(14.)
>>> max(abs(v) for v in t.tolist())
3.0
>>> [round(p.item(), 2) for p in torch.softmax(t, dim=0)]
[0.12, 0.01, 0.88]
>>> {name: p.shape for name, p in [('w', torch.zeros(2, 3)), ('b', torch.zeros(3))]}
{'w': torch.Size([2, 3]), 'b': torch.Size([3])}
>>> [torch.ones(i) for i in range(3)]
[tensor([]), tensor([1.]), tensor([1., 1.])]
>>> x = 10
>>> [x for x in range(3)]
[0, 1, 2]
>>> x
10
>>> [y for y in range(3)]; y
[0, 1, 2]
NameError: name 'y' is not defined
>>> [v for v in 5]
TypeError: 'int' object is not iterable
>>> divmod(17, 5)
(3, 2)
>>> divmod(-7.5, 2)
(-4.0, 0.5)
>>> divmod(t.sum().item(), 2)
(1.0, 0.0)
>>> # f-strings: format specs, conversions, the = form, nested specs, escaped braces
>>> loss = torch.tensor(0.123456)
>>> f"loss {loss.item():.4f}"
'loss 0.1235'
>>> f"{loss:.3f} {loss}"
'0.123 0.12345600128173828'
>>> f"{t!r}"
'tensor([ 1., -2.,  3.])'
>>> f"{t.sum() = }"
't.sum() = tensor(2.)'
>>> width = 8
>>> f"[{3.14159:{width}.2f}]"
'[    3.14]'
>>> f"{{not a field}} {t.shape}"
'{not a field} torch.Size([3])'
>>> rf"\n{width}" F'{width:>4}'
'\\n8   8'
>>> f"{t:.2f}"
TypeError: unsupported format string passed to Tensor.__format__
