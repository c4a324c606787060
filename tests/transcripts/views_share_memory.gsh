>>> # views share memory with their base: a write through one shows through the other
>>> x = arange(6.).reshape(2, 3)
>>> v = x.view(3, 2)
>>> v[0, 0] = 100.
>>> x
tensor([[100.,   1.,   2.],
        [  3.,   4.,   5.]])
>>> row = x[1]
>>> row.fill_(-1.)
tensor([-1., -1., -1.])
>>> x
tensor([[100.,   1.,   2.],
        [ -1.,  -1.,  -1.]])
>>> t = x.t()
>>> t[2, 0] = 7.
>>> x
tensor([[100.,   1.,   7.],
        [ -1.,  -1.,  -1.]])
>>> d = x.detach()
>>> d.mul_(2)
tensor([[200.,   2.,  14.],
        [ -2.,  -2.,  -2.]])
>>> x
tensor([[200.,   2.,  14.],
        [ -2.,  -2.,  -2.]])
>>> x.data.zero_()
tensor([[0., 0., 0.],
        [0., 0., 0.]])
>>> x
tensor([[0., 0., 0.],
        [0., 0., 0.]])
>>> # reshape of a transposed tensor copies: writes do not come back
>>> c = x.t().reshape(6)
>>> c[0] = 42.
>>> x
tensor([[0., 0., 0.],
        [0., 0., 0.]])
>>> # in-place writes bump the version counter shared by views
>>> e = tensor([1., 2., 3.], requires_grad=True)
>>> s = e.exp()
>>> k = s[0:2]
>>> s.add_(1)
tensor([ 3.7183,  8.3891, 21.0855], grad_fn=<AddBackward0>)
>>> s.sum().backward()
RuntimeError: one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [3]], which is output 0 of Exp, is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).
