>>> # activations that PyTorch refuses on integer tensors
>>> F.gelu(tensor([1, 2]))
NotImplementedError: "GeluKernelImpl" not implemented for 'Long'
>>> F.silu(tensor([1, 2]))
NotImplementedError: "silu_cpu" not implemented for 'Long'
>>> F.softplus(tensor([1, 2]))
NotImplementedError: "softplus_cpu" not implemented for 'Long'
>>> F.relu(tensor([1, -2]))
tensor([1, 0])
>>> tensor([1, 2]).sigmoid()
tensor([0.7311, 0.8808])
>>> # a class weight that requires grad is refused
>>> logits = tensor([[1., 2., 3.], [1., 0., -1.]], requires_grad=True)
>>> F.cross_entropy(logits, tensor([0, 1]), weight=ones(3, requires_grad=True))
RuntimeError: The function 'nll_loss_forward' is not differentiable with respect to argument 'weight'. This input cannot have requires_grad True.
>>> F.cross_entropy(logits, tensor([0, 1]), weight=tensor([1., 2., 3.]))
tensor(1.7409, grad_fn=<NllLossBackward0>)
