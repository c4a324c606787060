>>> # shape operations, printed by PyTorch 2.13
>>> t = torch.arange(24).reshape(2, 3, 4)
>>> t.view(4, -1).shape, t.reshape(-1).shape, t.flatten(1).shape, t.flatten(0, 1).shape
(torch.Size([4, 6]), torch.Size([24]), torch.Size([2, 12]), torch.Size([6, 4]))
>>> t.permute(2, 0, 1).shape, t.transpose(1, 2).is_contiguous(), t.transpose(1, 2).contiguous().is_contiguous()
(torch.Size([4, 2, 3]), False, True)
>>> t.squeeze(0).shape, t[:, :1].squeeze().shape, t.unsqueeze(2).shape, t[None, :, None].shape
(torch.Size([2, 3, 4]), torch.Size([2, 4]), torch.Size([2, 3, 1, 4]), torch.Size([1, 2, 1, 3, 4]))
>>> t.expand(3, 2, 3, 4).shape, t[:1].expand(5, 3, 4).shape, t.repeat(1, 2, 1).shape
(torch.Size([3, 2, 3, 4]), torch.Size([5, 3, 4]), torch.Size([2, 6, 4]))
>>> torch.cat([t, t], -1).shape, torch.cat((t[0], t[1])).shape, torch.stack((t, t), -1).shape
(torch.Size([2, 3, 8]), torch.Size([6, 4]), torch.Size([2, 3, 4, 2]))
>>> t.split(2, dim=2)[1].shape, t.chunk(3, -1)[2].shape, t.unbind(1)[0].shape
IndexError: tuple index out of range
>>> t.flip(0, 2)[0, 0], t.roll(-1, 2)[0, 0], t.roll((1, 1), (0, 2))[0, 0]
(tensor([15, 14, 13, 12]), tensor([1, 2, 3, 0]), tensor([15, 12, 13, 14]))
>>> t.narrow(-1, 1, 2)[0], t.movedim(0, -1).shape if False else t.swapaxes(0, 2).shape
(tensor([[ 1,  2],
        [ 5,  6],
        [ 9, 10]]), torch.Size([4, 3, 2]))
>>> t.view(2, 12).t().shape, t[0].T.shape, t.mT.shape
(torch.Size([12, 2]), torch.Size([4, 3]), torch.Size([2, 4, 3]))
>>> t.reshape(3, 8)[:, ::3], t.view(-1)[5:9].view(2, 2)
(tensor([[ 0,  3,  6],
        [ 8, 11, 14],
        [16, 19, 22]]), tensor([[5, 6],
        [7, 8]]))
>>> torch.cat([torch.ones(0, 3), torch.ones(2, 3)]).shape, torch.cat([torch.tensor([1]), torch.tensor([2.5])])
(torch.Size([2, 3]), tensor([1.0000, 2.5000]))
>>> torch.stack([torch.tensor(1), torch.tensor(2)]), torch.ones(2, 3).view(3, 2).stride() if False else None
(tensor([1, 2]), None)
>>> t.view(2, 3, 5)
RuntimeError: shape '[2, 3, 5]' is invalid for input of size 24
>>> t.reshape(2, -1, -1)
RuntimeError: only one dimension can be inferred
>>> t.permute(0, 1)
RuntimeError: permute(sparse_coo): number of dimensions in the tensor input does not match the length of the desired ordering of dimensions i.e. input.dim() = 3 is not equal to len(dims) = 2
>>> t.squeeze(5)
IndexError: Dimension out of range (expected to be in range of [-3, 2], but got 5)
>>> torch.stack([torch.ones(2), torch.ones(3)])
RuntimeError: stack expects each tensor to be equal size, but got [2] at entry 0 and [3] at entry 1
>>> t.chunk(0)
RuntimeError: chunk expects `chunks` to be greater than 0, got: 0
>>> t.flatten(2, 0)
RuntimeError: flatten() has invalid args: start_dim cannot come after end_dim
>>> t.stride(), t.stride(1), t.transpose(0, 2).stride(), torch.ones(3).expand(2, 3).stride(), t[:, ::2].is_contiguous(), t[1].storage_offset()
((12, 4, 1), 4, (1, 4, 12), (0, 1), False, 12)
