>>> # an expanded tensor shares memory among its elements: PyTorch lets fill_ and zero_
>>> # write through it, and refuses other in-place writes into the shared memory
>>> x = ones(3)
>>> e = x.expand(2, 3)
>>> e.add_(1)
RuntimeError: unsupported operation: more than one element of the written-to tensor refers to a single memory location. Please clone() the tensor before performing the operation.
>>> e.mul_(2)
RuntimeError: unsupported operation: more than one element of the written-to tensor refers to a single memory location. Please clone() the tensor before performing the operation.
>>> e.copy_(zeros(2, 3))
RuntimeError: unsupported operation: more than one element of the written-to tensor refers to a single memory location. Please clone() the tensor before performing the operation.
>>> e[:, 0] = 7.
RuntimeError: unsupported operation: more than one element of the written-to tensor refers to a single memory location. Please clone() the tensor before performing the operation.
>>> e.fill_(2.)
tensor([[2., 2., 2.],
        [2., 2., 2.]])
>>> x
tensor([2., 2., 2.])
>>> e[0] = tensor([1., 2., 3.])
>>> x
tensor([1., 2., 3.])
>>> e.zero_()
tensor([[0., 0., 0.],
        [0., 0., 0.]])
>>> x
tensor([0., 0., 0.])
