>>> # values and how they print, printed by PyTorch 2.13
>>> torch.float64, torch.long, torch.half, torch.bool
(torch.float64, torch.int64, torch.float16, torch.bool)
>>> torch.device('cuda', 1), torch.device('cpu')
(device(type='cuda', index=1), device(type='cpu'))
>>> print(torch.device('cuda:0'))
cuda:0
>>> torch.Size([2, 3]), torch.Size([])
(torch.Size([2, 3]), torch.Size([]))
>>> torch.ones(2, 3).size(), torch.ones(2, 3).shape[1], torch.ones(2, 3).dim(), torch.ones(2, 3).ndim
(torch.Size([2, 3]), 3, 2, 2)
>>> torch.ones(2, 3).numel(), len(torch.ones(4, 2)), torch.ones(2).element_size()
(6, 4, 4)
>>> torch.tensor([1.5]).dtype, torch.tensor([1]).dtype, torch.tensor([True]).dtype
(torch.float32, torch.int64, torch.bool)
>>> torch.ones(2, dtype=torch.float16).type(), torch.ones(2).double().type(), torch.ones(2).bool().type()
('torch.HalfTensor', 'torch.DoubleTensor', 'torch.BoolTensor')
>>> torch.tensor(5).tolist(), torch.tensor([[1.5, 2]]).tolist(), torch.tensor([True]).tolist()
(5, [[1.5, 2.0]], [True])
>>> torch.tensor(2.5).item(), torch.tensor(3).item(), torch.tensor(True).item()
(2.5, 3, True)
>>> int(torch.tensor(7.9)), float(torch.tensor(3)), bool(torch.tensor(0.)), abs(torch.tensor(-2.))
(7, 3.0, False, tensor(2.))
>>> torch.tensor([1, 2]).numpy(), torch.tensor([1.5], dtype=torch.float64).numpy()
(array([1, 2]), array([1.5]))
>>> torch.tensor([[1., 2.], [3., 4.]]).max(dim=1)
torch.return_types.max(
values=tensor([2., 4.]),
indices=tensor([1, 1]))
>>> torch.tensor([3., 1., 2.]).sort()
torch.return_types.sort(
values=tensor([1., 2., 3.]),
indices=tensor([1, 2, 0]))
>>> torch.tensor([3., 1., 2.]).topk(2, largest=False)
torch.return_types.topk(
values=tensor([1., 2.]),
indices=tensor([1, 2]))
>>> torch.tensor([1., 5., 3.]).median(0)
torch.return_types.median(
values=tensor(3.),
indices=tensor(2))
>>> [torch.ones(2), torch.zeros(1, dtype=torch.int32)]
[tensor([1., 1.]), tensor([0], dtype=torch.int32)]
>>> (torch.tensor(1.), 2, 'three', None, 4.5)
(tensor(1.), 2, 'three', None, 4.5)
>>> {'a': torch.tensor([1.])}
{'a': tensor([1.])}
>>> torch.tensor([1e-8, 1.]), torch.tensor([123456.]), torch.tensor([0.1, 100000.])
(tensor([1.0000e-08, 1.0000e+00]), tensor([123456.]), tensor([1.0000e-01, 1.0000e+05]))
>>> torch.tensor([1e20, -1e-20]), torch.tensor([float('nan')]), torch.tensor([-float('inf'), 0.])
(tensor([ 1.0000e+20, -1.0000e-20]), tensor([nan]), tensor([-inf, 0.]))
>>> torch.tensor([2**31, -2**31]), torch.tensor([1, 2], dtype=torch.int16)
(tensor([ 2147483648, -2147483648]), tensor([1, 2], dtype=torch.int16))
>>> torch.tensor([[1e-3, 1e3], [1., 2.]], dtype=torch.float64)
tensor([[1.0000e-03, 1.0000e+03],
        [1.0000e+00, 2.0000e+00]], dtype=torch.float64)
>>> torch.zeros(3, 0), torch.ones(0, dtype=torch.int64), torch.empty(0, 2, 3).shape
(tensor([], size=(3, 0)), tensor([], dtype=torch.int64), torch.Size([0, 2, 3]))
>>> torch.arange(6).reshape(1, 2, 3)
tensor([[[0, 1, 2],
         [3, 4, 5]]])
>>> torch.arange(24).reshape(2, 3, 4).float() / 7
tensor([[[0.0000, 0.1429, 0.2857, 0.4286],
         [0.5714, 0.7143, 0.8571, 1.0000],
         [1.1429, 1.2857, 1.4286, 1.5714]],

        [[1.7143, 1.8571, 2.0000, 2.1429],
         [2.2857, 2.4286, 2.5714, 2.7143],
         [2.8571, 3.0000, 3.1429, 3.2857]]])
>>> torch.ones(3, requires_grad=True) * torch.tensor(2., dtype=torch.float64)
tensor([2., 2., 2.], grad_fn=<MulBackward0>)
>>> torch.ones(2, requires_grad=True).sum().grad_fn.name()
'SumBackward0'
>>> print(torch.ones(2, requires_grad=True) + 1)
tensor([2., 2.], grad_fn=<AddBackward0>)
>>> print(torch.tensor(3.), torch.tensor([1, 2]), sep=' | ')
tensor(3.) | tensor([1, 2])
>>> str(torch.tensor([1., 2.]))
'tensor([1., 2.])'
>>> repr(torch.tensor(1.))
'tensor(1.)'
>>> torch.is_tensor(torch.ones(1)), torch.is_floating_point(torch.ones(1)), torch.ones(1).is_floating_point()
(True, True, True)
>>> torch.get_default_dtype(), torch.promote_types(torch.int32, torch.float16)
(torch.float32, torch.float16)
>>> torch.cuda.is_available() in (True, False)
True
