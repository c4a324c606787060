>>> # common mistakes give PyTorch's error, printed by PyTorch 2.13
>>> a = torch.ones(2, 3)
>>> a + torch.ones(3, 2)
RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
>>> a @ torch.ones(2)
RuntimeError: size mismatch, got input (2), mat (2x3), vec (2)
>>> torch.ones(3) @ torch.ones(4)
RuntimeError: inconsistent tensor size, expected tensor [3] and src [4] to have the same number of elements, but got 3 and 4 elements respectively
>>> torch.mm(torch.ones(2), torch.ones(2))
RuntimeError: self must be a matrix
>>> torch.bmm(torch.ones(2, 2), torch.ones(2, 2))
RuntimeError: batch1 must be a 3D tensor
>>> a.view(-1, 4)
RuntimeError: shape '[-1, 4]' is invalid for input of size 6
>>> a.reshape(5, -1)
RuntimeError: shape '[5, -1]' is invalid for input of size 6
>>> a.permute(0)
RuntimeError: permute(sparse_coo): number of dimensions in the tensor input does not match the length of the desired ordering of dimensions i.e. input.dim() = 2 is not equal to len(dims) = 1
>>> a.transpose(0, 2)
IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
>>> a.squeeze(3)
IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 3)
>>> a.unsqueeze(4)
IndexError: Dimension out of range (expected to be in range of [-3, 2], but got 4)
>>> a.expand(3, 3)
RuntimeError: The expanded size of the tensor (3) must match the existing size (2) at non-singleton dimension 0.  Target sizes: [3, 3].  Tensor sizes: [2, 3]
>>> a.sum(dim=5)
IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 5)
>>> a.mean(dim=-3)
IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -3)
>>> a[2]
IndexError: index 2 is out of bounds for dimension 0 with size 2
>>> a[:, 5]
IndexError: index 5 is out of bounds for dimension 1 with size 3
>>> a[0, 0, 0]
IndexError: too many indices for tensor of dimension 2
>>> a[torch.tensor([0, 3])]
IndexError: index 3 is out of bounds for dimension 0 with size 2
>>> a.index_select(0, torch.tensor([2]))
IndexError: index out of range in self
>>> a.gather(1, torch.tensor([[0, 1, 2, 3]]))
RuntimeError: index 3 is out of bounds for dimension 1 with size 3
>>> a.masked_fill(torch.ones(3) > 0, 1.)
tensor([[1., 1., 1.],
        [1., 1., 1.]])
>>> torch.cat([a, torch.ones(2)])
RuntimeError: Tensors must have same number of dimensions: got 2 and 1
>>> torch.stack([a, torch.ones(3, 2)])
RuntimeError: stack expects each tensor to be equal size, but got [2, 3] at entry 0 and [3, 2] at entry 1
>>> a.chunk(0)
RuntimeError: chunk expects `chunks` to be greater than 0, got: 0
>>> a.split(0)
RuntimeError: split_size can only be 0 if dimension size is 0, but got dimension size of 2
>>> a.narrow(1, 2, 2)
RuntimeError: start (2) + length (2) exceeds dimension size (3).
>>> a.repeat(2)
RuntimeError: Number of dimensions of repeat dims can not be smaller than number of dimensions of tensor
>>> a.flip(2)
IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
>>> a.roll(1, 4)
IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 4)
>>> a.item()
RuntimeError: a Tensor with 6 elements cannot be converted to Scalar
>>> a.numpy().shape
(2, 3)
>>> torch.tensor([1, 2]).float().requires_grad_().numpy()
RuntimeError: Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.
>>> torch.tensor([1, 2]).requires_grad_()
RuntimeError: only Tensors of floating point dtype can require gradients
>>> torch.zeros(2, dtype=torch.int64, requires_grad=True)
RuntimeError: Only Tensors of floating point and complex dtype can require gradients
>>> torch.ones(2).long().mean()
RuntimeError: mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: Long
>>> torch.arange(0, 5, 0)
RuntimeError: step must be nonzero
>>> torch.arange(5, 0, 1)
RuntimeError: upper bound and lower bound inconsistent with step sign
>>> torch.zeros(-1)
RuntimeError: zeros: Dimension size must be non-negative.
>>> torch.tensor([[1, 2], [3]])
ValueError: expected sequence of length 2 at dim 1 (got 1)
>>> torch.tensor('abc')
TypeError: new(): invalid data type 'str'
>>> torch.tensor([1, 2]) / torch.tensor([0, 0])
tensor([inf, inf])
>>> torch.tensor([1, 2]) % 0
RuntimeError: ZeroDivisionError
>>> torch.tensor([1., 2.]) & torch.tensor([1., 2.])
NotImplementedError: "bitwise_and_cpu" not implemented for 'Float'
>>> -torch.tensor([True])
RuntimeError: Negation, the `-` operator, on a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.
>>> torch.tensor([True]) - torch.tensor([True])
RuntimeError: Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or `logical_xor()` operator instead.
>>> torch.ones(2, requires_grad=True).add_(1)
RuntimeError: a leaf Variable that requires grad is being used in an in-place operation.
>>> torch.ones(2).backward()
RuntimeError: element 0 of tensors does not require grad and does not have a grad_fn
>>> (torch.ones(2, requires_grad=True) * 2).backward()
RuntimeError: grad can be implicitly created only for scalar outputs
>>> torch.autograd.grad(torch.ones(2, requires_grad=True).sum(), torch.ones(2, requires_grad=True))
RuntimeError: The differentiated Tensor at index 0 appears to not have been used in the graph. Set allow_unused=True if this is the desired behavior.
>>> x = torch.ones(2, requires_grad=True); y = x * 2; y.requires_grad = False
RuntimeError: you can only change requires_grad flags of leaf variables. If you want to use a computed variable in a subgraph that doesn't require differentiation use var_no_grad = var.detach().
>>> torch.device('gpu')
RuntimeError: Expected one of cpu, cuda, ipu, xpu, mkldnn, opengl, opencl, ideep, hip, ve, fpga, maia, xla, lazy, vulkan, mps, meta, hpu, mtia, privateuseone device type at start of device string: gpu
>>> torch.ones(2, dtype='float')
TypeError: ones(): argument 'dtype' must be torch.dtype, not str
>>> torch.ones(2).type('torch.Nonsense')
ValueError: invalid type: 'torch.Nonsense'
>>> torch.where(torch.tensor([1, 0]), torch.ones(2), torch.zeros(2))
RuntimeError: where expected condition to be a boolean tensor, but got a tensor with dtype Long
>>> F.cross_entropy(torch.ones(2, 3), torch.tensor([0, 3]))
IndexError: Target 3 is out of bounds.
>>> F.mse_loss(torch.ones(2), torch.ones(3))
UserWarning: Using a target size (torch.Size([3])) that is different to the input size (torch.Size([2])). This will likely lead to incorrect results due to broadcasting. Please ensure they have the same size.
RuntimeError: The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 0
>>> F.softmax(torch.ones(2, 2), dim=2)
IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
