>>> # NumPy interop, printed by PyTorch 2.13 and NumPy
>>> a = np.array([[1., 2.], [3., 4.]])
>>> a, a.dtype, a.shape, a.T
(array([[1., 2.],
       [3., 4.]]), dtype('float64'), (2, 2), array([[1., 3.],
       [2., 4.]]))
>>> np.zeros(3), np.ones((2, 2), dtype=np.int32), np.arange(5), np.linspace(0, 1, 3)
(array([0., 0., 0.]), array([[1, 1],
       [1, 1]], dtype=int32), array([0, 1, 2, 3, 4]), array([0. , 0.5, 1. ]))
>>> t = torch.from_numpy(a); t
tensor([[1., 2.],
        [3., 4.]], dtype=torch.float64)
>>> a[0, 0] = 10.; t
tensor([[10.,  2.],
        [ 3.,  4.]], dtype=torch.float64)
>>> torch.tensor(a).dtype, torch.as_tensor(a).dtype, torch.tensor(a.astype(np.float32))
(torch.float64, torch.float64, tensor([[10.,  2.],
        [ 3.,  4.]]))
>>> torch.ones(2, dtype=torch.float16).numpy(), torch.ones(2, dtype=torch.int32).numpy(), torch.tensor([True]).numpy()
(array([1., 1.], dtype=float16), array([1, 1], dtype=int32), array([ True]))
>>> torch.tensor(np.array(3.5)), torch.tensor(np.float64(2.5)), torch.tensor(np.arange(3))
(tensor(3.5000, dtype=torch.float64), tensor(2.5000, dtype=torch.float64), tensor([0, 1, 2]))
>>> torch.ones(2) + torch.from_numpy(np.array([1., 2.])), torch.tensor(np.array([1, 2], dtype=np.uint8)) - 3
(tensor([2., 3.], dtype=torch.float64), tensor([254, 255], dtype=torch.uint8))
>>> torch.from_numpy(np.array([1, 2], dtype=np.int64)).dtype, torch.from_numpy(np.zeros((0, 2))).shape
(torch.int64, torch.Size([0, 2]))
