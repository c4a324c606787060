>>> # torch.set_printoptions as a function, printed by PyTorch 2.13
>>> x = torch.tensor([1.123456789, 100.5, -0.000123])
>>> x
tensor([ 1.1235e+00,  1.0050e+02, -1.2300e-04])
>>> torch.set_printoptions(precision=2); x
tensor([ 1.12e+00,  1.00e+02, -1.23e-04])
>>> torch.set_printoptions(sci_mode=False); x
tensor([  1.12, 100.50,  -0.00])
>>> torch.set_printoptions(precision=6); x
tensor([ 1.123457e+00,  1.005000e+02, -1.230000e-04])
>>> torch.set_printoptions(threshold=5); torch.arange(10)
tensor([0, 1, 2,  ..., 7, 8, 9])
>>> torch.set_printoptions(edgeitems=1); torch.arange(10.).reshape(2, 5)
tensor([[0.,  ..., 4.],
        [5.,  ..., 9.]])
>>> torch.set_printoptions(linewidth=30); torch.arange(12.)
tensor([ 0.,  ..., 11.])
>>> torch.set_printoptions(profile='full'); torch.arange(1005)[-3:]
tensor([1002, 1003, 1004])
>>> torch.set_printoptions(profile='short'); torch.tensor([1.23456, 2.])
tensor([1.23, 2.00])
>>> torch.set_printoptions(profile='default'); x
tensor([ 1.1235e+00,  1.0050e+02, -1.2300e-04])
>>> torch.set_printoptions(sci_mode=True); torch.tensor([1., 2.])
tensor([1.0000e+00, 2.0000e+00])
>>> torch.set_printoptions(profile='default', sci_mode=None); torch.tensor([1e-5, 1.])
tensor([1.0000e-05, 1.0000e+00])
>>> torch.tensor([1.5, float('nan')], dtype=torch.float16)
tensor([1.5000,    nan], dtype=torch.float16)
>>> torch.tensor([65504.], dtype=torch.float16) * 2
tensor([inf], dtype=torch.float16)
>>> torch.tensor([1/3], dtype=torch.float64)
tensor([0.3333], dtype=torch.float64)
>>> torch.tensor([[1e-10, 1.], [1e10, 2.]])
tensor([[1.0000e-10, 1.0000e+00],
        [1.0000e+10, 2.0000e+00]])
>>> torch.tensor([0.1, 0.25, 1e3])
tensor([1.0000e-01, 2.5000e-01, 1.0000e+03])
>>> torch.tensor([-1.5e-7])
tensor([-1.5000e-07])
>>> torch.tensor([1e15])
tensor([1.0000e+15])
>>> torch.tensor([123456789012.])
tensor([1.2346e+11])
