>>> # torch.utils.data, generated from PyTorch 2.13
>>> import torch
>>> import torch.nn as nn
>>> import torch.nn.functional as F
>>> from torch.utils.data import DataLoader, Dataset, IterableDataset, TensorDataset
>>> from torch.utils.data import Subset, random_split, default_collate
>>> import torch.utils.data as data
>>> _ = torch.manual_seed(0)
>>> x = torch.arange(12.).reshape(6, 2)
>>> y = torch.tensor([0, 1, 0, 1, 1, 0])
>>> ds = TensorDataset(x, y)
>>> len(ds)
6
>>> ds[0]
(tensor([0., 1.]), tensor(0))
>>> ds[-1]
(tensor([10., 11.]), tensor(0))
>>> ds[1:3]
(tensor([[2., 3.],
        [4., 5.]]), tensor([1, 0]))
>>> ds.tensors[1]
tensor([0, 1, 0, 1, 1, 0])
>>> isinstance(ds, Dataset), isinstance(ds, data.Dataset)
(True, True)
>>> type(ds)
<class 'torch.utils.data.dataset.TensorDataset'>
>>> TensorDataset(torch.ones(3, 2), torch.ones(4))
AssertionError: Size mismatch between tensors
>>> TensorDataset(torch.ones(3))[2]
(tensor(1.),)
>>> loader = DataLoader(ds, batch_size=4)
>>> len(loader)
2
>>> for xb, yb in loader:
...     print(xb.shape, yb)
torch.Size([4, 2]) tensor([0, 1, 0, 1])
torch.Size([2, 2]) tensor([1, 0])
>>> loader.batch_size, loader.drop_last, loader.num_workers
(4, False, 0)
>>> len(DataLoader(ds)), len(DataLoader(ds, batch_size=4, drop_last=True))
(6, 1)
>>> list(DataLoader(ds, batch_size=4, drop_last=True))
[[tensor([[0., 1.],
        [2., 3.],
        [4., 5.],
        [6., 7.]]), tensor([0, 1, 0, 1])]]
>>> torch.rand(2)
tensor([0.3074, 0.6341])
>>> _ = torch.manual_seed(0)
>>> shuffled = DataLoader(ds, batch_size=4, shuffle=True)
>>> for epoch in range(3):
...     for xb, yb in shuffled:
...         print(epoch, xb[:, 0].tolist(), yb.tolist())
0 [0.0, 8.0, 6.0, 10.0] [0, 1, 1, 0]
0 [4.0, 2.0] [0, 1]
1 [4.0, 6.0, 2.0, 10.0] [0, 1, 1, 0]
1 [8.0, 0.0] [1, 0]
2 [10.0, 4.0, 0.0, 6.0] [0, 0, 0, 1]
2 [2.0, 8.0] [1, 1]
>>> torch.rand(2)
tensor([0.0223, 0.1689])
>>> _ = torch.manual_seed(0)
>>> [xb[:, 0].tolist() for xb, _ in DataLoader(ds, batch_size=3, shuffle=True)]
[[0.0, 8.0, 6.0], [10.0, 4.0, 2.0]]
>>> [xb[:, 0].tolist() for xb, _ in DataLoader(ds, batch_size=3, shuffle=True, drop_last=True)]
[[4.0, 6.0, 2.0], [10.0, 8.0, 0.0]]
>>> torch.randint(0, 100, (3,))
tensor([97, 83,  1])
>>> g = torch.Generator().manual_seed(7)
>>> own = DataLoader(ds, batch_size=6, shuffle=True, generator=g)
>>> [yb.tolist() for _, yb in own]
[[1, 0, 0, 1, 0, 1]]
>>> [yb.tolist() for _, yb in own]
[[0, 1, 1, 0, 0, 1]]
>>> torch.rand(2)
tensor([0.4017, 0.0223])
>>> it = iter(DataLoader(ds, batch_size=4, shuffle=True))
>>> len(it)
2
>>> next(it)
[tensor([[0., 1.],
        [6., 7.],
        [4., 5.],
        [2., 3.]]), tensor([0, 1, 0, 1])]
>>> next(it)[1]
tensor([1, 0])
>>> next(it, 'done')
'done'
>>> xb, yb = next(iter(DataLoader(ds, batch_size=2)))
>>> xb, yb
(tensor([[0., 1.],
        [2., 3.]]), tensor([0, 1]))
>>> list(DataLoader(ds, batch_size=None))[:2]
[[tensor([0., 1.]), tensor(0)], [tensor([2., 3.]), tensor(1)]]
>>> len(DataLoader(ds, batch_size=None))
6
>>> list(DataLoader(ds, batch_size=3, collate_fn=lambda batch: len(batch)))
[3, 3]
>>> def pairs(batch):
...     xs, ys = zip(*batch)
...     return torch.cat(xs), list(ys)
>>> next(iter(DataLoader(ds, batch_size=2, collate_fn=pairs)))
(tensor([0., 1., 2., 3.]), [tensor(0), tensor(1)])
>>> next(iter(DataLoader(ds, batch_size=2, collate_fn=lambda b: b)))
[(tensor([0., 1.]), tensor(0)), (tensor([2., 3.]), tensor(1))]
>>> class Squares(Dataset):
...     def __init__(self, n):
...         self.n = n
...     def __len__(self):
...         return self.n
...     def __getitem__(self, i):
...         return float(i), i * i
>>> sq = Squares(5)
>>> len(sq), sq[3], isinstance(sq, Dataset)
(5, (3.0, 9), True)
>>> list(DataLoader(sq, batch_size=2))
[[tensor([0., 1.], dtype=torch.float64), tensor([0, 1])], [tensor([2., 3.], dtype=torch.float64), tensor([4, 9])], [tensor([4.], dtype=torch.float64), tensor([16])]]
>>> list(DataLoader(sq, batch_size=None))
[[0.0, 0], [1.0, 1], [2.0, 4], [3.0, 9], [4.0, 16]]
>>> class Records(Dataset):
...     def __init__(self):
...         super().__init__()
...         self.points = torch.randn(4, 3)
...     def __len__(self):
...         return len(self.points)
...     def __getitem__(self, i):
...         return {"point": self.points[i], "index": i, "name": "p" + str(i),
...                 "flags": [i % 2 == 0, i > 1]}
>>> rec = Records()
>>> batch = next(iter(DataLoader(rec, batch_size=3, shuffle=True)))
>>> batch
{'point': tensor([[-0.5655,  0.1604, -0.0254],
        [ 1.6254,  1.2333, -0.1832],
        [-0.2251,  2.3466, -1.1088]]), 'index': tensor([0, 3, 2]), 'name': ['p0', 'p3', 'p2'], 'flags': [tensor([ True, False,  True]), tensor([False,  True,  True])]}
>>> batch['flags'][0].dtype
torch.bool
>>> class Numbers(Dataset):
...     def __len__(self):
...         return 3
...     def __getitem__(self, i):
...         return [i, i + 0.5, torch.tensor([i, -i])]
>>> list(DataLoader(Numbers(), batch_size=3))
[[tensor([0, 1, 2]), tensor([0.5000, 1.5000, 2.5000], dtype=torch.float64), tensor([[ 0,  0],
        [ 1, -1],
        [ 2, -2]])]]
>>> class NoLength(Dataset):
...     def __getitem__(self, i):
...         return i
>>> DataLoader(NoLength(), batch_size=2, sampler=[4, 1, 3]).batch_size
2
>>> list(DataLoader(NoLength(), batch_size=2, sampler=[4, 1, 3]))
[tensor([4, 1]), tensor([3])]
>>> Dataset()[0]
NotImplementedError: Subclasses of Dataset should implement __getitem__.
>>> class Stream(IterableDataset):
...     def __init__(self, start, end):
...         self.start, self.end = start, end
...     def __iter__(self):
...         for i in range(self.start, self.end):
...             yield torch.tensor([i, i * 10])
>>> list(DataLoader(Stream(3, 8), batch_size=2))
[tensor([[ 3, 30],
        [ 4, 40]]), tensor([[ 5, 50],
        [ 6, 60]]), tensor([[ 7, 70]])]
>>> list(DataLoader(Stream(3, 8), batch_size=2, drop_last=True))
[tensor([[ 3, 30],
        [ 4, 40]]), tensor([[ 5, 50],
        [ 6, 60]])]
>>> list(DataLoader(Stream(0, 2)))
[tensor([[0, 0]]), tensor([[ 1, 10]])]
>>> list(DataLoader(Stream(0, 2), batch_size=None))
[tensor([0, 0]), tensor([ 1, 10])]
>>> DataLoader(Stream(0, 2), shuffle=True)
ValueError: DataLoader with IterableDataset: expected unspecified shuffle option, but got shuffle=True
>>> default_collate([1, 2, 3])
tensor([1, 2, 3])
>>> default_collate([1.5, 2.0])
tensor([1.5000, 2.0000], dtype=torch.float64)
>>> default_collate([True, False])
tensor([ True, False])
>>> default_collate(['a', 'b'])
['a', 'b']
>>> default_collate([(1, 2.0), (3, 4.0)])
[tensor([1, 3]), tensor([2., 4.], dtype=torch.float64)]
>>> default_collate([[1, 2], [3, 4]])
[tensor([1, 3]), tensor([2, 4])]
>>> default_collate([{'a': 1, 'b': torch.ones(2)}, {'a': 2, 'b': torch.zeros(2)}])
{'a': tensor([1, 2]), 'b': tensor([[1., 1.],
        [0., 0.]])}
>>> default_collate([torch.tensor(1.), torch.tensor(2.)])
tensor([1., 2.])
>>> default_collate([None, None])
TypeError: default_collate: batch must contain tensors, numpy arrays, numbers, dicts or lists; found <class 'NoneType'>
>>> default_collate([[1, 2], [3]])
RuntimeError: each element in list of batch should be of equal size
>>> default_collate([torch.ones(2), torch.ones(3)])
RuntimeError: stack expects each tensor to be equal size, but got [2] at entry 0 and [3] at entry 1
>>> data.default_convert((1, torch.ones(1)))
[1, tensor([1.])]
>>> sub = Subset(ds, [5, 0, 3])
>>> len(sub), sub[0], sub.indices
(3, (tensor([10., 11.]), tensor(0)), [5, 0, 3])
>>> [yb.tolist() for _, yb in DataLoader(sub, batch_size=2)]
[[0, 0], [1]]
>>> both = ds + sq
>>> len(both), both[6], both[-1]
(11, (0.0, 0), (4.0, 16))
>>> list(data.SequentialSampler(range(4)))
[0, 1, 2, 3]
>>> list(data.BatchSampler(data.SequentialSampler(range(10)), batch_size=3, drop_last=False))
[[0, 1, 2], [3, 4, 5], [6, 7, 8], [9]]
>>> list(data.BatchSampler(range(10), 3, True))
[[0, 1, 2], [3, 4, 5], [6, 7, 8]]
>>> len(data.BatchSampler(range(10), 3, False)), len(data.BatchSampler(range(10), 3, True))
(4, 3)
>>> _ = torch.manual_seed(0)
>>> list(data.RandomSampler(range(6)))
[0, 1, 2, 3, 5, 4]
>>> list(data.RandomSampler(range(6), replacement=True, num_samples=8))
[0, 3, 3, 2, 3, 3, 3, 1]
>>> list(data.RandomSampler(range(4), num_samples=10))
[3, 2, 0, 1, 1, 2, 0, 3, 0, 3]
>>> list(data.SubsetRandomSampler([10, 20, 30, 40]))
[40, 30, 10, 20]
>>> list(data.WeightedRandomSampler([0.1, 0.9, 0.4, 0.7, 3.0, 0.6], 5, replacement=True))
[1, 2, 3, 1, 4]
>>> list(data.WeightedRandomSampler([0.9, 0.4, 0.05, 0.2, 0.3, 0.1], 5, replacement=False))
[0, 1, 4, 3, 5]
>>> list(DataLoader(range(5), batch_sampler=[[0, 1], [4]]))
[tensor([0, 1]), tensor([4])]
>>> list(DataLoader(range(6), sampler=data.SubsetRandomSampler([0, 2, 4]), batch_size=2))
[tensor([0, 2]), tensor([4])]
>>> torch.rand(1)
tensor([0.9298])
>>> gen = torch.Generator().manual_seed(42)
>>> parts = random_split(range(10), [3, 7], generator=gen)
>>> [list(p) for p in parts]
[[2, 6, 1], [8, 4, 5, 0, 9, 3, 7]]
>>> [list(p) for p in random_split(range(30), [0.3, 0.3, 0.4], generator=torch.Generator().manual_seed(42))]
[[12, 0, 6, 25, 8, 15, 10, 18, 16], [23, 28, 26, 20, 7, 21, 22, 29, 13], [14, 2, 4, 1, 9, 11, 17, 19, 27, 5, 24, 3]]
>>> [len(p) for p in random_split(range(11), [0.5, 0.5])]
[6, 5]
>>> [list(p) for p in random_split(range(5), [0.9, 0.1, 0.0])]
UserWarning: Length of split at index 1 is 0. This might result in an empty dataset.
UserWarning: Length of split at index 2 is 0. This might result in an empty dataset.
[[2, 4, 3, 1, 0], [], []]
>>> train, val = random_split(ds, [4, 2])
>>> type(train), len(train), len(val), train.indices, val.indices
(<class 'torch.utils.data.dataset.Subset'>, 4, 2, [5, 2, 0, 1], [3, 4])
>>> train[0]
(tensor([10., 11.]), tensor(0))
>>> random_split(range(10), [3, 3])
ValueError: Sum of input lengths does not equal the length of the input dataset!
>>> random_split(range(10), [1.5, -0.5])
ValueError: Fraction at index 0 is not between 0 and 1
>>> random_split(range(10), [0.5, 0.6])
ValueError: Sum of input lengths does not equal the length of the input dataset!
>>> DataLoader(ds, batch_size=0)
ValueError: batch_size should be a positive integer value, but got batch_size=0
>>> DataLoader(ds, batch_size=2, drop_last=1)
ValueError: drop_last should be a boolean value, but got drop_last=1
>>> DataLoader(ds, sampler=[0, 1], shuffle=True)
ValueError: sampler option is mutually exclusive with shuffle
>>> DataLoader(ds, batch_sampler=[[0]], batch_size=2)
ValueError: batch_sampler option is mutually exclusive with batch_size, shuffle, sampler, and drop_last
>>> DataLoader(ds, batch_size=None, drop_last=True)
ValueError: batch_size=None option disables auto-batching and is mutually exclusive with drop_last
>>> DataLoader(ds, num_workers=-1)
ValueError: num_workers option should be non-negative; use num_workers=0 to disable multiprocessing.
>>> DataLoader(ds, timeout=-1)
ValueError: timeout option should be non-negative
>>> DataLoader(ds, persistent_workers=True)
ValueError: persistent_workers option needs num_workers > 0
>>> DataLoader(ds, prefetch_factor=2)
ValueError: prefetch_factor option could only be specified in multiprocessing.let num_workers > 0 to enable multiprocessing, otherwise set prefetch_factor to None.
>>> loader.batch_size = 3
ValueError: batch_size attribute should not be set after DataLoader is initialized
>>> data.RandomSampler(ds, num_samples=0)
ValueError: num_samples should be a positive integer value, but got num_samples=0
>>> _ = torch.manual_seed(0)
>>> inputs = torch.randn(20, 2)
>>> targets = inputs @ torch.tensor([[2.], [-1.]]) + 0.5
>>> model = nn.Linear(2, 1)
>>> train_loader = DataLoader(TensorDataset(inputs, targets), batch_size=5, shuffle=True)
>>> for epoch in range(4):
...     total = 0.0
...     for xb, yb in train_loader:
...         loss = F.mse_loss(model(xb), yb)
...         model.zero_grad()
...         loss.backward()
...         with torch.no_grad():
...             for p in model.parameters():
...                 p -= 0.1 * p.grad
...         total += loss.item()
...     print(epoch, round(loss.item(), 5), round(total, 5))
0 0.92552 9.25636
1 0.57453 2.72941
2 0.08174 0.76307
3 0.03077 0.22449
>>> model.weight
Parameter containing:
tensor([[ 1.8113, -0.9833]], requires_grad=True)
>>> model.bias
Parameter containing:
tensor([0.4708], requires_grad=True)
>>> torch.rand(2)
tensor([0.9412, 0.5995])
