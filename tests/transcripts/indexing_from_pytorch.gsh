>>> # indexing, printed by PyTorch 2.13
>>> t = torch.arange(24).reshape(2, 3, 4)
>>> t[-1, -1, -1], t[1, ..., 2], t[..., -1, :2], t[None, ..., None].shape
(tensor(23), tensor([14, 18, 22]), tensor([[ 8,  9],
        [20, 21]]), torch.Size([1, 2, 3, 4, 1]))
>>> t[:, [0, 2]].shape, t[:, [0, 2], 1], t[[0, 1], [1, 2], [2, 3]], t[[[0], [1]], [1, 2]].shape
(torch.Size([2, 2, 4]), tensor([[ 1,  9],
        [13, 21]]), tensor([ 6, 23]), torch.Size([2, 2, 4]))
>>> t[torch.tensor([[0, 1], [1, 0]])].shape, t[:, torch.tensor([True, False, True])].shape
(torch.Size([2, 2, 3, 4]), torch.Size([2, 2, 4]))
>>> t[t.sum(-1) > 20], t[0][t[0] % 5 == 0]
(tensor([[ 4,  5,  6,  7],
        [ 8,  9, 10, 11],
        [12, 13, 14, 15],
        [16, 17, 18, 19],
        [20, 21, 22, 23]]), tensor([ 0,  5, 10]))
>>> t[1:, 1:, 1:], t[:, ::-1] if False else t[:, ::2, ::3], t[0, :0].shape, t[5:].shape
(tensor([[[17, 18, 19],
         [21, 22, 23]]]), tensor([[[ 0,  3],
         [ 8, 11]],

        [[12, 15],
         [20, 23]]]), torch.Size([0, 4]), torch.Size([0, 3, 4]))
>>> t[torch.tensor(1)], t[0, torch.tensor(2)]
(tensor([[12, 13, 14, 15],
        [16, 17, 18, 19],
        [20, 21, 22, 23]]), tensor([ 8,  9, 10, 11]))
>>> t[0, 0, 10]
IndexError: index 10 is out of bounds for dimension 2 with size 4
>>> t[0, 0, -5]
IndexError: index -5 is out of bounds for dimension 2 with size 4
>>> t[[0, 5]]
IndexError: index 5 is out of bounds for dimension 0 with size 2
>>> t[:, :, :, 0]
IndexError: too many indices for tensor of dimension 3
>>> t[torch.tensor([1.])]
IndexError: tensors used as indices must be long, int, byte or bool tensors
>>> t[torch.tensor([True, False])]
tensor([[[ 0,  1,  2,  3],
         [ 4,  5,  6,  7],
         [ 8,  9, 10, 11]]])
>>> u = torch.zeros(3, 4)
>>> u[1:, ::2] = 1.; u
tensor([[0., 0., 0., 0.],
        [1., 0., 1., 0.],
        [1., 0., 1., 0.]])
>>> u[[0, 2], [1, 3]] = torch.tensor([7., 8.]); u
tensor([[0., 7., 0., 0.],
        [1., 0., 1., 0.],
        [1., 0., 1., 8.]])
>>> u[u > 5] = -1.; u
tensor([[ 0., -1.,  0.,  0.],
        [ 1.,  0.,  1.,  0.],
        [ 1.,  0.,  1., -1.]])
>>> u[..., 0] = torch.tensor([4., 5., 6.]); u
tensor([[ 4., -1.,  0.,  0.],
        [ 5.,  0.,  1.,  0.],
        [ 6.,  0.,  1., -1.]])
>>> u[:, 1] += 10; u
tensor([[ 4.,  9.,  0.,  0.],
        [ 5., 10.,  1.,  0.],
        [ 6., 10.,  1., -1.]])
>>> u[0] = torch.tensor([1., 2.])
RuntimeError: The expanded size of the tensor (4) must match the existing size (2) at non-singleton dimension 0.  Target sizes: [4].  Tensor sizes: [2]
>>> u[torch.tensor([0, 0]), 0] = torch.tensor([1., 2.]); u[0, 0] in (1., 2.)
True
