>>> # creation functions and their arguments, printed by PyTorch 2.13
>>> torch.zeros((2, 3)), torch.ones([2]), torch.full([2], True), torch.full((1,), 3)
(tensor([[0., 0., 0.],
        [0., 0., 0.]]), tensor([1., 1.]), tensor([True, True]), tensor([3]))
>>> torch.tensor(np.float32(1.5)), torch.tensor(np.int32(4)), torch.tensor(np.array([1, 2], dtype=np.int16))
(tensor(1.5000), tensor(4, dtype=torch.int32), tensor([1, 2], dtype=torch.int16))
>>> torch.arange(0., 1., .3), torch.arange(3, dtype=torch.float64), torch.arange(1, 4, 0.5)
(tensor([0.0000, 0.3000, 0.6000, 0.9000]), tensor([0., 1., 2.], dtype=torch.float64), tensor([1.0000, 1.5000, 2.0000, 2.5000, 3.0000, 3.5000]))
>>> torch.linspace(-1, 1, steps=3), torch.linspace(0, 10, 4, dtype=torch.float64), torch.logspace(0, 3, 4, base=2)
(tensor([-1.,  0.,  1.]), tensor([ 0.0000,  3.3333,  6.6667, 10.0000], dtype=torch.float64), tensor([1., 2., 4., 8.]))
>>> torch.zeros(2, 3, device='cpu'), torch.eye(3, dtype=torch.int32), torch.eye(2, 3)
(tensor([[0., 0., 0.],
        [0., 0., 0.]]), tensor([[1, 0, 0],
        [0, 1, 0],
        [0, 0, 1]], dtype=torch.int32), tensor([[1., 0., 0.],
        [0., 1., 0.]]))
>>> torch.zeros_like(torch.ones(2, dtype=torch.int8)), torch.full_like(torch.ones(2), 3), torch.ones_like(torch.ones(2, 2), dtype=torch.bool)
(tensor([0, 0], dtype=torch.int8), tensor([3., 3.]), tensor([[True, True],
        [True, True]]))
>>> torch.tensor([[1, 2]], dtype=torch.float16), torch.tensor([1, 2], dtype=torch.bool), torch.tensor([0.5, 1.5], dtype=torch.int32)
(tensor([[1., 2.]], dtype=torch.float16), tensor([True, True]), tensor([0, 1], dtype=torch.int32))
>>> torch.Tensor([1, 2]).dtype, torch.FloatTensor(2, 2).shape, torch.LongTensor([[1, 2]]), torch.BoolTensor([1, 0])
(torch.float32, torch.Size([2, 2]), tensor([[1, 2]]), tensor([ True, False]))
>>> torch.DoubleTensor([1]), torch.IntTensor([1.7, -1.7]), torch.ByteTensor([1, 255]), torch.HalfTensor([0.1])
(tensor([1.], dtype=torch.float64), tensor([ 1, -1], dtype=torch.int32), tensor([  1, 255], dtype=torch.uint8), tensor([0.1000], dtype=torch.float16))
>>> torch.tensor([torch.tensor(1.), torch.tensor(2.)]), torch.tensor([[torch.tensor(1)], [torch.tensor(2)]])
(tensor([1., 2.]), tensor([[1],
        [2]]))
>>> torch.tensor(()), torch.tensor([[], []]), torch.tensor([[]]).shape
(tensor([]), tensor([], size=(2, 0)), torch.Size([1, 0]))
>>> torch.as_tensor([1, 2]), torch.as_tensor(np.array([1.5])), torch.from_numpy(np.array([[1, 2]], dtype=np.int32))
(tensor([1, 2]), tensor([1.5000], dtype=torch.float64), tensor([[1, 2]], dtype=torch.int32))
>>> torch.tensor([1, 2], requires_grad=False), torch.tensor(3., requires_grad=True), torch.zeros(2, requires_grad=True)
(tensor([1, 2]), tensor(3., requires_grad=True), tensor([0., 0.], requires_grad=True))
>>> torch.tensor([1e10, 1]), torch.tensor([2 ** 40]), torch.tensor([1, 2.0]), torch.tensor([True, 2])
(tensor([1.0000e+10, 1.0000e+00]), tensor([1099511627776]), tensor([1., 2.]), tensor([1, 2]))
>>> torch.manual_seed(0) is not None, torch.rand(3).shape, torch.randn(2, 2).dtype, torch.randint(5, (2, 2)).shape
(True, torch.Size([3]), torch.float32, torch.Size([2, 2]))
>>> torch.randint(3, 10, (4,)).min() >= 3, torch.randperm(5).sort().values, torch.rand_like(torch.ones(2)).shape
(tensor(True), tensor([0, 1, 2, 3, 4]), torch.Size([2]))
>>> torch.empty(3).shape, torch.empty(2, 2, dtype=torch.int64).dtype, torch.empty_like(torch.ones(2)).shape
(torch.Size([3]), torch.int64, torch.Size([2]))
>>> torch.zeros(2, 2).T, torch.ones(2, 3).sum(1, keepdim=True).expand_as(torch.ones(2, 3)).shape
(tensor([[0., 0.],
        [0., 0.]]), torch.Size([2, 3]))
