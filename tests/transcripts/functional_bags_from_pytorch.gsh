>>> # F.embedding_bag and nn.EmbeddingBag, generated from PyTorch 2.13
>>> import torch
>>> import torch.nn as nn
>>> import torch.nn.functional as F
>>> _ = torch.manual_seed(0)
>>> embedding_matrix = torch.rand(10, 3)
>>> input = torch.tensor([1, 2, 4, 5, 4, 3, 2, 9])
>>> offsets = torch.tensor([0, 4])
>>> F.embedding_bag(input, embedding_matrix, offsets)
tensor([[0.2907, 0.5176, 0.5459],
        [0.2952, 0.3999, 0.3812]])
>>> embedding_matrix = torch.rand(10, 3)
>>> input = torch.tensor([2, 2, 2, 2, 4, 3, 2, 9])
>>> F.embedding_bag(input, embedding_matrix, offsets, padding_idx=2, mode='sum')
tensor([[0.0000, 0.0000, 0.0000],
        [1.4393, 0.7129, 0.6241]])
>>> w = torch.randn(10, 3, requires_grad=True)
>>> i = torch.tensor([1, 2, 4, 5, 4, 3, 2, 9])
>>> F.embedding_bag(i, w, offsets)
tensor([[-0.1788,  0.5281,  0.3461],
        [-0.0676,  0.3581,  0.2687]], grad_fn=<EmbeddingBagBackward0>)
>>> F.embedding_bag(i, w, offsets, mode='sum')
tensor([[-0.7150,  2.1123,  1.3842],
        [-0.2705,  1.4326,  1.0749]], grad_fn=<EmbeddingBagBackward0>)
>>> F.embedding_bag(i, w, offsets, mode='max')
tensor([[1.1108, 1.9415, 1.1687],
        [1.1108, 1.2899, 1.3253]], grad_fn=<EmbeddingBagBackward0>)
>>> F.embedding_bag(i, w, torch.tensor([0, 4, 4, 8]), mode='max')
tensor([[1.1108, 1.9415, 1.1687],
        [0.0000, 0.0000, 0.0000],
        [1.1108, 1.2899, 1.3253],
        [0.0000, 0.0000, 0.0000]], grad_fn=<EmbeddingBagBackward0>)
>>> F.embedding_bag(i, w, torch.tensor([0, 4, 8]), include_last_offset=True)
tensor([[-0.1788,  0.5281,  0.3461],
        [-0.0676,  0.3581,  0.2687]], grad_fn=<EmbeddingBagBackward0>)
>>> F.embedding_bag(i, w, torch.tensor([0, 3]), include_last_offset=True, mode='sum')
tensor([[-1.1095,  0.1709,  0.5927]], grad_fn=<EmbeddingBagBackward0>)
>>> F.embedding_bag(i, w, torch.tensor([], dtype=torch.long))
tensor([], size=(0, 3), grad_fn=<EmbeddingBagBackward0>)
>>> F.embedding_bag(i.view(2, 4), w)
tensor([[-0.1788,  0.5281,  0.3461],
        [-0.0676,  0.3581,  0.2687]], grad_fn=<EmbeddingBagBackward0>)
>>> F.embedding_bag(i.view(4, 2), w, mode='max')
tensor([[ 1.1108,  1.2899,  0.9200],
        [ 0.3945,  1.9415,  1.1687],
        [-0.1938,  0.4455,  1.3253],
        [ 1.1108,  1.2899,  0.0769]], grad_fn=<EmbeddingBagBackward0>)
>>> F.embedding_bag(i.int(), w, offsets.int(), mode='sum')
tensor([[-0.7150,  2.1123,  1.3842],
        [-0.2705,  1.4326,  1.0749]], grad_fn=<EmbeddingBagBackward0>)
>>> F.embedding_bag(i, w, offsets, padding_idx=4)
tensor([[ 0.3048,  0.8874,  0.0719],
        [ 0.4529,  0.6608, -0.0313]], grad_fn=<EmbeddingBagBackward0>)
>>> F.embedding_bag(i, w, offsets, padding_idx=-8, mode='max')
tensor([[0.3945, 1.9415, 1.1687],
        [0.4418, 0.4455, 1.3253]], grad_fn=<EmbeddingBagBackward0>)
>>> F.embedding_bag(i, w.double(), offsets)
tensor([[-0.1788,  0.5281,  0.3461],
        [-0.0676,  0.3581,  0.2687]], dtype=torch.float64,
       grad_fn=<EmbeddingBagBackward0>)
>>> p = torch.rand(8, requires_grad=True)
>>> F.embedding_bag(i, w, offsets, mode='sum', per_sample_weights=p)
tensor([[-0.4889,  0.9339,  0.9499],
        [ 0.0033,  0.6806,  1.1814]], grad_fn=<EmbeddingBagBackward0>)
>>> F.embedding_bag(i.view(2, 4), w, mode='sum', per_sample_weights=p.view(2, 4))
tensor([[-0.4889,  0.9339,  0.9499],
        [ 0.0033,  0.6806,  1.1814]], grad_fn=<EmbeddingBagBackward0>)
>>> F.embedding_bag(i, w, offsets, mode='sum', per_sample_weights=p).sum().backward()
>>> p.grad
tensor([-0.2403,  0.9048, -1.0104,  3.1275, -1.0104,  1.5769,  0.9048,  0.7656])
>>> w.grad
tensor([[0.0000, 0.0000, 0.0000],
        [0.1235, 0.1235, 0.1235],
        [0.3101, 0.3101, 0.3101],
        [0.7967, 0.7967, 0.7967],
        [0.7677, 0.7677, 0.7677],
        [0.5751, 0.5751, 0.5751],
        [0.0000, 0.0000, 0.0000],
        [0.0000, 0.0000, 0.0000],
        [0.0000, 0.0000, 0.0000],
        [0.9537, 0.9537, 0.9537]])
>>> w.grad = None
>>> F.embedding_bag(i, w, offsets, mode='max').sum().backward()
>>> w.grad
tensor([[0., 0., 0.],
        [0., 0., 0.],
        [2., 1., 0.],
        [0., 0., 1.],
        [0., 0., 1.],
        [0., 1., 0.],
        [0., 0., 0.],
        [0., 0., 0.],
        [0., 0., 0.],
        [0., 0., 0.]])
>>> w.grad = None
>>> F.embedding_bag(i, w, offsets, padding_idx=4).sum().backward()
>>> w.grad
tensor([[0.0000, 0.0000, 0.0000],
        [0.3333, 0.3333, 0.3333],
        [0.6667, 0.6667, 0.6667],
        [0.3333, 0.3333, 0.3333],
        [0.0000, 0.0000, 0.0000],
        [0.3333, 0.3333, 0.3333],
        [0.0000, 0.0000, 0.0000],
        [0.0000, 0.0000, 0.0000],
        [0.0000, 0.0000, 0.0000],
        [0.3333, 0.3333, 0.3333]])
>>> m = torch.randn(10, 3) * 2
>>> F.embedding_bag(i, m, offsets, max_norm=1.0)
tensor([[0.1736, 0.1362, 0.4003],
        [0.1299, 0.4190, 0.5907]])
>>> m
tensor([[-0.1458, -0.0680,  1.9250],
        [ 0.3538, -0.9336, -0.0569],
        [-0.3059,  0.4520,  0.8379],
        [-0.3250,  0.1000,  0.9404],
        [ 0.5475,  0.8225, -0.1539],
        [ 0.0990,  0.2040,  0.9740],
        [ 0.5772,  0.7732, -0.4021],
        [-0.2359,  0.3844, -1.5443],
        [-3.8007,  0.2614, -1.4086],
        [ 0.6031,  0.3016,  0.7385]])
>>> m2 = torch.randn(10, 3) * 2
>>> F.embedding_bag(i, m2, offsets, max_norm=1.5, norm_type=1.0, mode='max')
tensor([[0.6742, 0.9334, 0.4686],
        [0.6742, 0.5477, 0.7209]])
>>> m2
tensor([[ 1.9343, -1.9822,  0.6032],
        [-0.1003,  0.9334, -0.4662],
        [ 0.6742,  0.5477,  0.2782],
        [ 0.4267, -0.2401,  0.7209],
        [-0.2326, -0.7988,  0.4686],
        [-0.9553, -0.2789,  0.2659],
        [ 0.8138,  0.7892,  0.3430],
        [ 1.7521,  4.0721,  0.2632],
        [-0.1488, -2.1844,  0.7841],
        [ 0.3621,  0.4033, -0.7346]])
>>> F.embedding_bag(i, w, torch.tensor([1, 4]))
RuntimeError: offsets[0] has to be 0, i.e., the first sequence in the mini-batch has to start from position 0. However, got 1
[ torch.LongTensor{} ]
>>> F.embedding_bag(i, w, torch.tensor([0, 9]))
RuntimeError: offsets[-1] can not be greater than input's length 8 but got offsets[-1] of 9
>>> F.embedding_bag(torch.tensor([1, 10]), w, torch.tensor([0]))
RuntimeError: Index 1 of input takes value 10 which is not in the valid range [0, 10)
>>> F.embedding_bag(torch.tensor([1, -1]), w, torch.tensor([0]))
RuntimeError: Index 1 of input takes value -1 which is not in the valid range [0, 10)
>>> F.embedding_bag(i, w, offsets, padding_idx=10)
RuntimeError: padding_idx must be within the number of embeddings, -10 through 9, but got 10
>>> F.embedding_bag(i.float(), w.detach(), offsets)
RuntimeError: Expected tensor for argument #1 'indices' to have one of the following scalar types: Long, Int; but got torch.FloatTensor instead (while checking arguments for embedding_bag)
>>> F.embedding_bag(i, w.int(), offsets)
RuntimeError: Expected tensor for argument #1 'weight' to have one of the following scalar types: Half, BFloat16, Float, Double; but got torch.IntTensor instead (while checking arguments for embedding_bag)
>>> F.embedding_bag(i, w, offsets, mode='foo')
ValueError: mode has to be one of sum, mean or max
>>> F.embedding_bag(i, w, offsets, mode='max', scale_grad_by_freq=True)
ValueError: max mode does not support scaling the gradient by the frequency
>>> F.embedding_bag(i, w, offsets, mode='max', sparse=True)
ValueError: max mode does not support sparse weights
>>> F.embedding_bag(i, w, torch.tensor([], dtype=torch.long), include_last_offset=True)
RuntimeError: include_last_offset: number of offset should be at least 1
>>> F.embedding_bag(i, w, offsets, per_sample_weights=torch.ones(8))
NotImplementedError: embedding_bag: per_sample_weights was not None. per_sample_weights is only supported for mode='sum' (got mode='mean'). Please open a feature request on GitHub.
>>> F.embedding_bag(i, w, offsets, mode='sum', per_sample_weights=torch.ones(8).double())
RuntimeError: Expected tensor for argument #1 'weight' to have the same type as tensor for argument #1 'per_sample_weights'; but type torch.FloatTensor does not equal torch.DoubleTensor (while checking arguments for embedding_bag)
>>> F.embedding_bag(i, w, offsets, mode='sum', per_sample_weights=torch.ones(7))
ValueError: embedding_bag: If per_sample_weights (torch.Size([7])) is not None, then it must have the same shape as the input (torch.Size([8]))
>>> F.embedding_bag(torch.tensor([[[1]]]), w)
ValueError: input has to be 1D or 2D Tensor, but got Tensor of dimension 3
>>> F.embedding_bag(i, torch.randn(10))
ValueError: weight has to be a 2D Tensor, but got Tensor of dimension 1
>>> F.embedding_bag(i, w, offsets.view(1, 2))
ValueError: offsets has to be a 1D Tensor
>>> F.embedding_bag(i, w)
ValueError: offsets has to be a 1D Tensor but got None
>>> F.embedding_bag(i.view(2, 4), w, offsets)
ValueError: if input is 2D, then offsets has to be None, as input is treated is a mini-batch of fixed length sequences. However, found offsets of type <class 'torch.Tensor'>
>>> nn.EmbeddingBag(10, 3)
EmbeddingBag(10, 3, mode='mean')
>>> nn.EmbeddingBag(10, 3, mode='max', padding_idx=0, max_norm=1.0)
EmbeddingBag(10, 3, max_norm=1.0, mode='max', padding_idx=0)
>>> nn.EmbeddingBag(10, 3, include_last_offset=True, scale_grad_by_freq=True, norm_type=1.)
EmbeddingBag(10, 3, norm_type=1.0, scale_grad_by_freq=True, mode='mean')
>>> bag = nn.EmbeddingBag(10, 3, mode='sum')
>>> bag.weight
Parameter containing:
tensor([[ 1.2359, -0.1002,  2.1364],
        [ 0.0700,  0.4990,  0.8780],
        [ 0.3894,  1.4625,  1.1901],
        [ 2.6352,  0.2284,  0.3241],
        [-0.3112, -0.5620, -0.0433],
        [ 1.8393, -0.5550,  0.7867],
        [ 0.6816,  1.5178, -0.7645],
        [ 0.2408,  0.4930, -0.4781],
        [-1.8869,  0.7428, -0.0925],
        [-1.4309,  1.6859, -1.2177]], requires_grad=True)
>>> bag(i, offsets)
tensor([[1.9876, 0.8445, 2.8116],
        [1.2826, 2.8149, 0.2532]], grad_fn=<EmbeddingBagBackward0>)
>>> bag(i.view(2, 4), per_sample_weights=torch.arange(8.).view(2, 4))
tensor([[ 5.2850, -1.3265,  3.4638],
        [ 4.2516, 19.4708,  0.0641]], grad_fn=<EmbeddingBagBackward0>)
>>> bag(i, offsets).sum().backward()
>>> bag.weight.grad
tensor([[0., 0., 0.],
        [1., 1., 1.],
        [2., 2., 2.],
        [1., 1., 1.],
        [2., 2., 2.],
        [1., 1., 1.],
        [0., 0., 0.],
        [0., 0., 0.],
        [0., 0., 0.],
        [1., 1., 1.]])
>>> nn.EmbeddingBag(10, 3, padding_idx=-1).weight
Parameter containing:
tensor([[-0.6662,  1.0174, -2.2414],
        [ 0.4373, -0.5554, -0.0579],
        [-0.0118,  0.9797, -0.2065],
        [-0.2448, -0.3806,  1.1311],
        [-0.0902, -0.8979, -0.1957],
        [ 0.1610,  0.8669,  0.2292],
        [ 0.2329,  0.0364,  0.4070],
        [ 1.2516, -0.0282,  0.0513],
        [-0.5151, -1.8884, -0.0044],
        [ 0.0000,  0.0000,  0.0000]], requires_grad=True)
>>> nn.EmbeddingBag(10, 3, padding_idx=10)
AssertionError: padding_idx must be within num_embeddings
>>> weight = torch.FloatTensor([[1, 2.3, 3], [4, 5.1, 6.3]])
>>> embeddingbag = nn.EmbeddingBag.from_pretrained(weight)
>>> embeddingbag
EmbeddingBag(2, 3, mode='mean')
>>> embeddingbag.weight.requires_grad
False
>>> input = torch.LongTensor([[1, 0]])
>>> embeddingbag(input)
tensor([[2.5000, 3.7000, 4.6500]])
>>> nn.EmbeddingBag.from_pretrained(weight, freeze=False, mode='max').weight
Parameter containing:
tensor([[1.0000, 2.3000, 3.0000],
        [4.0000, 5.1000, 6.3000]], requires_grad=True)
>>> nn.EmbeddingBag.from_pretrained(torch.ones(3))
AssertionError: Embeddings parameter is expected to be 2-dimensional
