>>> # backward errors name the workspace tensor and the statement that built the node
>>> x = tensor([1., 2., 3.], requires_grad=True)
>>> e = x.exp()
>>> es = e.sum()
>>> e.mul_(2)
tensor([ 5.4366, 14.7781, 40.1711], grad_fn=<MulBackward0>)
>>> es.backward()
RuntimeError: one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [3]], which is output 0 of Exp, is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).
  the tensor was changed in place through 'e' after it was saved for backward
  ExpBackward0 was recorded by: e = x.exp()
>>> # the same error with only PyTorch's line: gradsh's notes may be left out of a transcript
>>> e2 = x.sigmoid(); s2 = e2.sum(); e2.add_(1)
tensor([1.7311, 1.8808, 1.9526], grad_fn=<AddBackward0>)
>>> s2.backward()
RuntimeError: one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [3]], which is output 0 of Sigmoid, is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).
>>> # a second backward points at the statement whose saved values were freed
>>> a = tensor(3., requires_grad=True)
>>> r = a * a
>>> r.backward()
>>> r.backward()
RuntimeError: Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward.
  MulBackward0 was recorded by: r = a * a
