>>> # conversions, printed by PyTorch 2.13
>>> x = torch.tensor([1.7, -1.2, 0.])
>>> x.to(torch.int32), x.to(dtype=torch.float64), x.to('cpu'), x.to('cpu', torch.int64), x.to(torch.tensor([1], dtype=torch.int8))
(tensor([ 1, -1,  0], dtype=torch.int32), tensor([ 1.7000, -1.2000,  0.0000], dtype=torch.float64), tensor([ 1.7000, -1.2000,  0.0000]), tensor([ 1, -1,  0]), tensor([ 1, -1,  0], dtype=torch.int8))
>>> x.type(torch.int16), x.type('torch.DoubleTensor'), x.type('torch.LongTensor').dtype, x.short(), x.char(), x.byte()
(tensor([ 1, -1,  0], dtype=torch.int16), tensor([ 1.7000, -1.2000,  0.0000], dtype=torch.float64), torch.int64, tensor([ 1, -1,  0], dtype=torch.int16), tensor([ 1, -1,  0], dtype=torch.int8), tensor([  1, 255,   0], dtype=torch.uint8))
>>> x.bool(), x.half().float(), x.double().half(), x.long().float(), x.int().double()
(tensor([ True,  True, False]), tensor([ 1.7002, -1.2002,  0.0000]), tensor([ 1.7002, -1.2002,  0.0000], dtype=torch.float16), tensor([ 1., -1.,  0.]), tensor([ 1., -1.,  0.], dtype=torch.float64))
>>> x.cpu() is x, x.float() is x, x.to(torch.float32) is x, x.contiguous() is x, x.clone() is x
(True, True, True, True, False)
>>> torch.tensor([300.]).to(torch.uint8) if False else torch.tensor([3.9, -3.9]).to(torch.uint8)[0]
tensor(3, dtype=torch.uint8)
>>> torch.tensor([1e10]).int().dtype, torch.tensor([True, False]).float(), torch.tensor([0, 2]).bool()
(torch.int32, tensor([1., 0.]), tensor([False,  True]))
>>> torch.tensor([65536.]).half(), torch.tensor([1, 2]).to(torch.float16)
(tensor([inf], dtype=torch.float16), tensor([1., 2.], dtype=torch.float16))
>>> torch.tensor([1., 2.], requires_grad=True).to(torch.float64).grad_fn.name()
'ToCopyBackward0'
>>> torch.tensor([1., 2.], requires_grad=True).int().requires_grad
False
>>> x.type('float')
ValueError: invalid type: 'float'
