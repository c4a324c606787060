>>> # in-place methods, indexing writes and 3-d reductions, printed by PyTorch 2.13
>>> t = torch.arange(24.).reshape(2, 3, 4)
>>> t.sum((0, 2)), t.mean(-1), t.amax((1, 2), keepdim=True).shape, t.argmax(1)
(tensor([ 60.,  92., 124.]), tensor([[ 1.5000,  5.5000,  9.5000],
        [13.5000, 17.5000, 21.5000]]), torch.Size([2, 1, 1]), tensor([[2, 2, 2, 2],
        [2, 2, 2, 2]]))
>>> t.max(-1)
torch.return_types.max(
values=tensor([[ 3.,  7., 11.],
        [15., 19., 23.]]),
indices=tensor([[3, 3, 3],
        [3, 3, 3]]))
>>> t.min(dim=0, keepdim=True).values.shape
torch.Size([1, 3, 4])
>>> t.var(1, keepdim=True).shape, t.std(dim=(0, 1)), t.norm(dim=-1)
(torch.Size([2, 1, 4]), tensor([7.4833, 7.4833, 7.4833, 7.4833]), tensor([[ 3.7417, 11.2250, 19.1311],
        [27.0924, 35.0714, 43.0581]]))
>>> t.any(), t.all(1).shape, (t > 10).sum(2)
(tensor(True), torch.Size([2, 4]), tensor([[0, 0, 1],
        [4, 4, 4]]))
>>> t[1, :, ::2], t[:, -1], t[..., None].shape, t[0, [0, 2], 1:3]
(tensor([[12., 14.],
        [16., 18.],
        [20., 22.]]), tensor([[ 8.,  9., 10., 11.],
        [20., 21., 22., 23.]]), torch.Size([2, 3, 4, 1]), tensor([[ 1.,  2.],
        [ 9., 10.]]))
>>> t[t > 20] = 0.; t[1]
tensor([[12., 13., 14., 15.],
        [16., 17., 18., 19.],
        [20.,  0.,  0.,  0.]])
>>> t[:, 1] = torch.tensor([9., 9., 9., 9.]); t[:, 1]
tensor([[9., 9., 9., 9.],
        [9., 9., 9., 9.]])
>>> t[0, 0, :2] += 100; t[0, 0]
tensor([100., 101.,   2.,   3.])
>>> t.view(6, 4)[0]
tensor([100., 101.,   2.,   3.])
>>> u = torch.ones(3)
>>> u.add_(2, alpha=3), u.sub_(1), u.mul_(torch.tensor([1., 2., 3.])), u.div_(2)
(tensor([3., 6., 9.]), tensor([3., 6., 9.]), tensor([3., 6., 9.]), tensor([3., 6., 9.]))
>>> u.pow_(2), u.clamp_(max=10), u.neg_(), u.abs_()
(tensor([ 9., 10., 10.]), tensor([ 9., 10., 10.]), tensor([ 9., 10., 10.]), tensor([ 9., 10., 10.]))
>>> u.fill_(7), u.zero_(), u.copy_(torch.tensor([3., 2., 1.]))
(tensor([3., 2., 1.]), tensor([3., 2., 1.]), tensor([3., 2., 1.]))
>>> u.sqrt_(), u.exp_(), u.log_(), u.round_()
(tensor([2., 1., 1.]), tensor([2., 1., 1.]), tensor([2., 1., 1.]), tensor([2., 1., 1.]))
>>> u.requires_grad_(), u.is_leaf
(tensor([2., 1., 1.], requires_grad=True), True)
>>> v = torch.tensor([1, 2, 3])
>>> v += 1; v
tensor([2, 3, 4])
>>> v *= 2; v
tensor([4, 6, 8])
>>> v //= 3; v
tensor([1, 2, 2])
>>> v.float_power if False else None
>>> v.masked_fill_(v > 1, 0), v.clamp_(0, 5)
(tensor([1, 0, 0]), tensor([1, 0, 0]))
>>> w = torch.zeros(2, 2); w[0] = 1; w[:, 1] = torch.tensor([5., 6.]); w
tensor([[1., 5.],
        [0., 6.]])
>>> w.t_() if False else w.t()
tensor([[1., 0.],
        [5., 6.]])
>>> torch.tensor([1., 2.]).new_ones(3) if False else None
>>> torch.tensor([[1, 2], [3, 4]]).flatten().tolist()
[1, 2, 3, 4]
>>> torch.ones(2, 3).unsqueeze(1).squeeze(1).shape, torch.ones(1, 1).squeeze(0).shape
(torch.Size([2, 3]), torch.Size([1]))
>>> torch.ones(2, 3, 4).transpose(-1, 0).shape, torch.ones(2, 3, 4).mT.shape
(torch.Size([4, 3, 2]), torch.Size([2, 4, 3]))
>>> torch.arange(6).view(2, 3).contiguous().stride() if False else None
>>> torch.arange(10)[2:8:3], torch.arange(10)[-3:], torch.arange(10)[::-1] if False else None
(tensor([2, 5]), tensor([7, 8, 9]), None)
>>> torch.ones(2).add(2, alpha=3), torch.ones(2, dtype=torch.int64).add(1, alpha=2)
(tensor([7., 7.]), tensor([3, 3]))
>>> torch.ones(2, dtype=torch.int64).add(1, alpha=0.5)
RuntimeError: For integral input tensors, argument alpha must not be a floating point number.
