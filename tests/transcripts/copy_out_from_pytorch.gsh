>>> # the view-copy family, frobenius/nuclear norm, native_batch_norm and removed names, generated from PyTorch 2.13
>>> import torch
>>> x = torch.arange(6.).reshape(2, 3).requires_grad_()
>>> w = torch.arange(12.).reshape(2, 3, 2)
>>> c = torch.tensor([[1+2j, 3-1j], [0.5j, -2+0j]], requires_grad=True)
>>> torch.alias_copy(x)
tensor([[0., 1., 2.],
        [3., 4., 5.]], grad_fn=<AliasBackward0_copy>)
>>> torch.as_strided_copy(x, (2, 2), (1, 2))
tensor([[0., 2.],
        [1., 3.]], grad_fn=<AsStridedBackward0_copy>)
>>> torch.as_strided_copy(x, (2, 2), (1, 2), 1)
tensor([[1., 3.],
        [2., 4.]], grad_fn=<AsStridedBackward0_copy>)
>>> torch.as_strided_copy(x[1], (2,), (1,))
tensor([3., 4.], grad_fn=<AsStridedBackward0_copy>)
>>> torch.detach_copy(x)
tensor([[0., 1., 2.],
        [3., 4., 5.]], grad_fn=<NotImplemented>)
>>> torch.detach_copy(x).requires_grad, torch.detach_copy(x).grad_fn.name()
(True, 'torch::autograd::NotImplemented')
>>> torch.detach_copy(x).sum().backward()
RuntimeError: derivative for aten::detach_copy is not implemented
>>> torch.diagonal_copy(x)
tensor([0., 4.], grad_fn=<DiagonalBackward0_copy>)
>>> torch.diagonal_copy(x, 1)
tensor([1., 5.], grad_fn=<DiagonalBackward0_copy>)
>>> torch.diagonal_copy(x, dim1=1, dim2=0)
tensor([0., 4.], grad_fn=<DiagonalBackward0_copy>)
>>> torch.diagonal_copy(w, 0, 1, 2)
tensor([[0., 3.],
        [6., 9.]])
>>> torch.expand_copy(x[:1], (3, 3))
tensor([[0., 1., 2.],
        [0., 1., 2.],
        [0., 1., 2.]], grad_fn=<ExpandBackward0_copy>)
>>> torch.expand_copy(x, (2, 2, 3), implicit=True)
tensor([[[0., 1., 2.],
         [3., 4., 5.]],

        [[0., 1., 2.],
         [3., 4., 5.]]], grad_fn=<ExpandBackward0_copy>)
>>> torch.expand_copy(x, (2, -1))
tensor([[0., 1., 2.],
        [3., 4., 5.]], grad_fn=<ExpandBackward0_copy>)
>>> torch.permute_copy(x, (1, 0))
tensor([[0., 3.],
        [1., 4.],
        [2., 5.]], grad_fn=<PermuteBackward0_copy>)
>>> torch.permute_copy(w, (2, 0, 1))
tensor([[[ 0.,  2.,  4.],
         [ 6.,  8., 10.]],

        [[ 1.,  3.,  5.],
         [ 7.,  9., 11.]]])
>>> torch.select_copy(x, 0, 1)
tensor([3., 4., 5.], grad_fn=<SelectBackward0_copy>)
>>> torch.select_copy(x, 1, -1)
tensor([2., 5.], grad_fn=<SelectBackward0_copy>)
>>> torch.slice_copy(x)
tensor([[0., 1., 2.],
        [3., 4., 5.]], grad_fn=<SliceBackward0_copy>)
>>> torch.slice_copy(x, 1, 0, 2)
tensor([[0., 1.],
        [3., 4.]], grad_fn=<SliceBackward0_copy>)
>>> torch.slice_copy(x, 1, step=2)
tensor([[0., 2.],
        [3., 5.]], grad_fn=<SliceBackward0_copy>)
>>> torch.slice_copy(x, 1, -2)
tensor([[1., 2.],
        [4., 5.]], grad_fn=<SliceBackward0_copy>)
>>> torch.slice_copy(x, 1, None, -1)
tensor([[0., 1.],
        [3., 4.]], grad_fn=<SliceBackward0_copy>)
>>> torch.slice_copy(x, 0, -10, 10)
tensor([[0., 1., 2.],
        [3., 4., 5.]], grad_fn=<SliceBackward0_copy>)
>>> torch.slice_copy(x, 1, 5, 1)
tensor([], size=(2, 0), grad_fn=<SliceBackward0_copy>)
>>> torch.split_copy(x, 2, 1)
(tensor([[0., 1.],
        [3., 4.]], grad_fn=<SplitBackward0_copy>), tensor([[2.],
        [5.]], grad_fn=<SplitBackward0_copy>))
>>> torch.split_copy(x, 1)
(tensor([[0., 1., 2.]], grad_fn=<SplitBackward0_copy>), tensor([[3., 4., 5.]], grad_fn=<SplitBackward0_copy>))
>>> torch.split_copy(x, split_size=2, dim=1)
(tensor([[0., 1.],
        [3., 4.]], grad_fn=<SplitBackward0_copy>), tensor([[2.],
        [5.]], grad_fn=<SplitBackward0_copy>))
>>> torch.split_with_sizes_copy(x, [1, 2], 1)
(tensor([[0.],
        [3.]], grad_fn=<SplitWithSizesBackward0_copy>), tensor([[1., 2.],
        [4., 5.]], grad_fn=<SplitWithSizesBackward0_copy>))
>>> torch.squeeze_copy(x[:1])
tensor([0., 1., 2.], grad_fn=<SqueezeBackward0_copy>)
>>> torch.squeeze_copy(x[:1], 0)
tensor([0., 1., 2.], grad_fn=<SqueezeBackward1_copy>)
>>> torch.squeeze_copy(x[:1], (0,))
tensor([0., 1., 2.], grad_fn=<SqueezeBackward2_copy>)
>>> torch.squeeze_copy(torch.ones(1, 2, 1), [0, 2])
tensor([1., 1.])
>>> torch.t_copy(x)
tensor([[0., 3.],
        [1., 4.],
        [2., 5.]], grad_fn=<TBackward0_copy>)
>>> torch.t_copy(torch.ones(3))
tensor([1., 1., 1.])
>>> torch.transpose_copy(x, 0, 1)
tensor([[0., 3.],
        [1., 4.],
        [2., 5.]], grad_fn=<TransposeBackward0_copy>)
>>> torch.transpose_copy(x, -1, 0)
tensor([[0., 3.],
        [1., 4.],
        [2., 5.]], grad_fn=<TransposeBackward0_copy>)
>>> torch.unbind_copy(x)
(tensor([0., 1., 2.], grad_fn=<UnbindBackward0_copy>), tensor([3., 4., 5.], grad_fn=<UnbindBackward0_copy>))
>>> torch.unbind_copy(x, dim=1)
(tensor([0., 3.], grad_fn=<UnbindBackward0_copy>), tensor([1., 4.], grad_fn=<UnbindBackward0_copy>), tensor([2., 5.], grad_fn=<UnbindBackward0_copy>))
>>> torch.unfold_copy(x, 1, 2, 1)
tensor([[[0., 1.],
         [1., 2.]],

        [[3., 4.],
         [4., 5.]]], grad_fn=<UnfoldBackward0_copy>)
>>> torch.unfold_copy(x, 0, 1, 1)
tensor([[[0.],
         [1.],
         [2.]],

        [[3.],
         [4.],
         [5.]]], grad_fn=<UnfoldBackward0_copy>)
>>> torch.unsqueeze_copy(x, 0)
tensor([[[0., 1., 2.],
         [3., 4., 5.]]], grad_fn=<UnsqueezeBackward0_copy>)
>>> torch.unsqueeze_copy(x, -1)
tensor([[[0.],
         [1.],
         [2.]],

        [[3.],
         [4.],
         [5.]]], grad_fn=<UnsqueezeBackward0_copy>)
>>> torch.view_as_real_copy(c)
tensor([[[ 1.0000,  2.0000],
         [ 3.0000, -1.0000]],

        [[ 0.0000,  0.5000],
         [-2.0000,  0.0000]]], grad_fn=<ViewAsRealBackward0_copy>)
>>> torch.view_as_real_copy(torch.tensor([1+2j]).conj())
tensor([[ 1., -2.]])
>>> torch.view_as_complex_copy(torch.ones(2, 2))
tensor([1.+1.j, 1.+1.j])
>>> torch.view_as_complex_copy(w)
tensor([[ 0.+1.j,  2.+3.j,  4.+5.j],
        [ 6.+7.j,  8.+9.j, 10.+11.j]])
>>> torch.view_copy(x, (3, 2))
tensor([[0., 1.],
        [2., 3.],
        [4., 5.]], grad_fn=<ViewBackward0_copy>)
>>> torch.view_copy(x, [-1])
tensor([0., 1., 2., 3., 4., 5.], grad_fn=<ViewBackward0_copy>)
>>> torch.view_copy(x.t(), (6,))
tensor([0., 3., 1., 4., 2., 5.], grad_fn=<ViewBackward0_copy>)
>>> torch.view_copy(x, torch.int32)
tensor([[         0, 1065353216, 1073741824],
        [1077936128, 1082130432, 1084227584]], dtype=torch.int32)
>>> torch.view_copy(torch.ones(4), torch.float64)
tensor([0.0078, 0.0078], dtype=torch.float64)
>>> torch.view_copy(torch.ones(2, 2), torch.float16)
tensor([[0.0000, 1.8750, 0.0000, 1.8750],
        [0.0000, 1.8750, 0.0000, 1.8750]], dtype=torch.float16)
>>> torch.view_copy(torch.ones(4, 2)[:, :1], torch.int16)
tensor([[    0, 16256],
        [    0, 16256],
        [    0, 16256],
        [    0, 16256]], dtype=torch.int16)
>>> torch.view_copy(torch.ones(4), torch.int8)
tensor([   0,    0, -128,   63,    0,    0, -128,   63,    0,    0, -128,   63,
           0,    0, -128,   63], dtype=torch.int8)
>>> p = torch.permute_copy(x.detach(), (1, 0))
>>> p.is_contiguous(), p.stride()
(True, (2, 1))
>>> p[0, 0] = 100.
>>> x
tensor([[0., 1., 2.],
        [3., 4., 5.]], requires_grad=True)
>>> torch.expand_copy(torch.ones(1), (3,)).stride()
(1,)
>>> torch.permute_copy(c, (1, 0))
tensor([[ 1.+2.0000j,  0.+0.5000j],
        [ 3.-1.0000j, -2.+0.0000j]], grad_fn=<PermuteBackward0_copy>)
>>> torch.split_copy(c, 1)
(tensor([[1.+2.j, 3.-1.j]], grad_fn=<SplitBackward0_copy>), tensor([[ 0.+0.5000j, -2.+0.0000j]], grad_fn=<SplitBackward0_copy>))
>>> torch.diagonal_copy(c)
tensor([ 1.+2.j, -2.+0.j], grad_fn=<DiagonalBackward0_copy>)
>>> torch.select_copy(c, 0, 0)
RuntimeError: select_copy does not support automatic differentiation for outputs with complex dtype.
>>> torch.slice_copy(c)
RuntimeError: slice_copy does not support automatic differentiation for outputs with complex dtype.
>>> torch.view_as_complex_copy(torch.ones(2, 2, requires_grad=True))
RuntimeError: view_as_complex_copy does not support automatic differentiation for outputs with complex dtype.
>>> torch.autograd.grad(torch.permute_copy(x, (1, 0))[0].sum(), x)
(tensor([[1., 0., 0.],
        [1., 0., 0.]]),)
>>> torch.autograd.grad(torch.split_copy(x, 2, 1)[1].sum(), x)
(tensor([[0., 0., 1.],
        [0., 0., 1.]]),)
>>> torch.autograd.grad(torch.select_copy(x, 1, 2).sum(), x)
(tensor([[0., 0., 1.],
        [0., 0., 1.]]),)
>>> torch.autograd.grad((torch.slice_copy(x, 1, 0, 3, 2) * 3).sum(), x)
(tensor([[3., 0., 3.],
        [3., 0., 3.]]),)
>>> torch.autograd.grad(torch.expand_copy(x[:1], (3, 3)).sum(), x)
(tensor([[3., 3., 3.],
        [0., 0., 0.]]),)
>>> torch.autograd.grad(torch.view_copy(x.t(), (6,))[1], x)
(tensor([[0., 0., 0.],
        [1., 0., 0.]]),)
>>> torch.autograd.grad((torch.unfold_copy(x, 1, 2, 1) ** 2).sum(), x)
(tensor([[ 0.,  4.,  4.],
        [ 6., 16., 10.]]),)
>>> torch.autograd.grad(torch.as_strided_copy(x, (2, 2), (1, 2)).sum(), x)
(tensor([[1., 1., 1.],
        [1., 0., 0.]]),)
>>> torch.autograd.grad(torch.diagonal_copy(x, 1).sum(), x)
(tensor([[0., 1., 0.],
        [0., 0., 1.]]),)
>>> torch.autograd.grad(torch.unbind_copy(x, 1)[2].sum(), x)
(tensor([[0., 0., 1.],
        [0., 0., 1.]]),)
>>> torch.autograd.grad(torch.squeeze_copy(x[:1]).sum(), x)
(tensor([[1., 1., 1.],
        [0., 0., 0.]]),)
>>> torch.autograd.grad(torch.unsqueeze_copy(x, 0).sum(), x)
(tensor([[1., 1., 1.],
        [1., 1., 1.]]),)
>>> torch.autograd.grad(torch.t_copy(x)[2, 1], x)
(tensor([[0., 0., 0.],
        [0., 0., 1.]]),)
>>> torch.autograd.grad(torch.alias_copy(x).sum(), x)
(tensor([[1., 1., 1.],
        [1., 1., 1.]]),)
>>> torch.autograd.grad(torch.view_as_real_copy(c)[..., 1].sum(), c)
(tensor([[0.+1.j, 0.+1.j],
        [0.+1.j, 0.+1.j]]),)
>>> torch.autograd.grad(torch.split_with_sizes_copy(x, [1, 2], 1)[0].sum(), x, create_graph=True)
(tensor([[1., 0., 0.],
        [1., 0., 0.]]),)
>>> x.grad
>>> torch.permute_copy(x, (1, 0)).sum().backward()
>>> x.grad
tensor([[1., 1., 1.],
        [1., 1., 1.]])
>>> torch.permute_copy(x, (0,))
RuntimeError: permute(sparse_coo): number of dimensions in the tensor input does not match the length of the desired ordering of dimensions i.e. input.dim() = 2 is not equal to len(dims) = 1
>>> torch.permute_copy(x, 1, 0)
TypeError: permute_copy() takes 2 positional arguments but 3 were given
>>> torch.select_copy(x, 0, 5)
IndexError: select(): index 5 out of range for tensor of size [2, 3] at dimension 0
>>> torch.select_copy(x, 1, -4)
IndexError: select(): index -4 out of range for tensor of size [2, 3] at dimension 1
>>> torch.select_copy(torch.tensor(1.), 0, 0)
IndexError: select() cannot be applied to a 0-dim tensor.
>>> torch.select_copy(x, 2, 0)
IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
>>> torch.slice_copy(torch.tensor(1.))
IndexError: slice() cannot be applied to a 0-dim tensor.
>>> torch.slice_copy(x, 1, step=0)
RuntimeError: slice step must be positive
>>> torch.slice_copy(x, 2)
IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
>>> torch.expand_copy(x, (2, 2))
RuntimeError: The expanded size of the tensor (2) must match the existing size (3) at non-singleton dimension 1.  Target sizes: [2, 2].  Tensor sizes: [2, 3]
>>> torch.t_copy(torch.ones(2, 2, 2))
RuntimeError: t() expects a tensor with <= 2 dimensions, but self is 3D
>>> torch.transpose_copy(x, 0, 2)
IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
>>> torch.unsqueeze_copy(x, 5)
IndexError: Dimension out of range (expected to be in range of [-3, 2], but got 5)
>>> torch.view_copy(x, (4, 2))
RuntimeError: shape '[4, 2]' is invalid for input of size 6
>>> torch.split_copy(x, 0)
RuntimeError: split_size can only be 0 if dimension size is 0, but got dimension size of 2
>>> torch.split_copy(x, [1, 1])
TypeError: split_copy(): argument 'split_size' (position 2) must be int, not list
>>> torch.split_with_sizes_copy(x, [1, 1])
(tensor([[0., 1., 2.]], grad_fn=<SplitWithSizesBackward0_copy>), tensor([[3., 4., 5.]], grad_fn=<SplitWithSizesBackward0_copy>))
>>> torch.split_with_sizes_copy(x, 1)
TypeError: split_with_sizes_copy(): argument 'split_sizes' (position 2) must be tuple of ints, not int
>>> torch.unbind_copy(x, 3)
IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 3)
>>> torch.diagonal_copy(x, 0, 0, 0)
RuntimeError: diagonal dimensions cannot be identical 0, 0
>>> torch.unfold_copy(x, 1, 4, 1)
RuntimeError: maximum size for tensor at dimension 1 is 3 but size is 4
>>> torch.view_as_real_copy(x)
RuntimeError: view_as_real is only supported for complex tensors
>>> torch.view_as_complex_copy(x)
RuntimeError: Tensor must have a last dimension of size 2
>>> torch.view_as_complex_copy(torch.ones(2, 2).t())
RuntimeError: Tensor must have a last dimension with stride 1
>>> torch.view_copy(x, torch.float64)
RuntimeError: self.size(-1) must be divisible by 2 to view Float as Double (different element sizes), but got 3
>>> torch.view_copy(torch.tensor(1.), torch.float64)
RuntimeError: self.dim() cannot be 0 to view Float as Double (different element sizes)
>>> torch.view_copy(x.detach().t(), torch.float16)
RuntimeError: self.stride(-1) must be 1 to view Float as Half (different element sizes), but got 3
>>> torch.view_copy(torch.ones(2, 4)[:, ::2], torch.int16)
RuntimeError: self.stride(-1) must be 1 to view Float as Short (different element sizes), but got 2
>>> xd = torch.arange(6.).reshape(2, 3)
>>> o = torch.zeros(0)
>>> torch.permute_copy(xd, (1, 0), out=o)
tensor([[0., 3.],
        [1., 4.],
        [2., 5.]])
>>> o
tensor([[0., 3.],
        [1., 4.],
        [2., 5.]])
>>> torch.permute_copy(xd, (1, 0), out=torch.zeros(6))
UserWarning: An output with one or more elements was resized since it had shape [6], which does not match the required output shape [3, 2]. This behavior is deprecated, and in a future PyTorch release outputs will not be resized unless they have zero elements. You can explicitly reuse an out tensor t by resizing it, inplace, to zero elements with t.resize_(0). (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/Resize.cpp:30.)
tensor([[0., 3.],
        [1., 4.],
        [2., 5.]])
>>> torch.permute_copy(xd, (1, 0), out=torch.zeros(3, 2, dtype=torch.float64))
RuntimeError: Expected out tensor to have dtype float, but got double instead
>>> torch.permute_copy(xd, (1, 0), out=torch.zeros(3, 2, dtype=torch.int64))
RuntimeError: Expected out tensor to have dtype float, but got long int instead
>>> torch.permute_copy(xd, (1, 0), out=torch.zeros(3, 2, requires_grad=True))
RuntimeError: aten::permute_copy(): functions with out=... arguments don't support automatic differentiation, but one of the arguments requires grad.
>>> torch.permute_copy(xd, (1, 0), out=(torch.zeros(3),))
TypeError: permute_copy(): argument 'out' must be Tensor, not tuple
>>> torch.permute_copy(xd, (1, 0), out=3)
TypeError: permute_copy(): argument 'out' must be Tensor, not int
>>> torch.permute_copy(xd, (1, 0), out=None)
tensor([[0., 3.],
        [1., 4.],
        [2., 5.]])
>>> o = torch.zeros(0)
>>> torch.permute_copy(x, (1, 0), out=o)
tensor([[0., 3.],
        [1., 4.],
        [2., 5.]], grad_fn=<NotImplemented>)
>>> o.requires_grad, o.grad_fn.name()
(True, 'torch::autograd::NotImplemented')
>>> o.sum().backward()
RuntimeError: derivative for aten::permute_copy is not implemented
>>> torch.detach_copy(x, out=torch.zeros(0))
tensor([[0., 1., 2.],
        [3., 4., 5.]], grad_fn=<NotImplemented>)
>>> torch.view_copy(x, (3, 2), out=torch.zeros(0))
tensor([[0., 1.],
        [2., 3.],
        [4., 5.]], grad_fn=<NotImplemented>)
>>> torch.view_copy(xd, torch.int32, out=torch.zeros(0, dtype=torch.int32))
tensor([[         0, 1065353216, 1073741824],
        [1077936128, 1082130432, 1084227584]], dtype=torch.int32)
>>> torch.view_copy(xd, torch.int32, out=torch.zeros(0))
RuntimeError: Expected out tensor to have dtype int, but got float instead
>>> torch.view_as_complex_copy(torch.ones(2, 2), out=torch.zeros(0))
RuntimeError: Expected out tensor to have dtype c10::complex<float>, but got float instead
>>> torch.view_as_complex_copy(torch.ones(2, 2), out=torch.zeros(0, dtype=torch.cfloat))
tensor([1.+1.j, 1.+1.j])
>>> torch.view_as_complex_copy(torch.ones(2, 2, requires_grad=True), out=torch.zeros(0, dtype=torch.cfloat))
tensor([1.+1.j, 1.+1.j], grad_fn=<NotImplemented>)
>>> y = torch.arange(6.).reshape(2, 3)
>>> torch.t_copy(y, out=y)
UserWarning: An output with one or more elements was resized since it had shape [2, 3], which does not match the required output shape [3, 2]. This behavior is deprecated, and in a future PyTorch release outputs will not be resized unless they have zero elements. You can explicitly reuse an out tensor t by resizing it, inplace, to zero elements with t.resize_(0). (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/Resize.cpp:30.)
tensor([[0., 3.],
        [1., 4.],
        [2., 5.]])
>>> y
tensor([[0., 3.],
        [1., 4.],
        [2., 5.]])
>>> with torch.no_grad():
...     print(torch.permute_copy(x, (1, 0), out=torch.zeros(0)))
tensor([[0., 3.],
        [1., 4.],
        [2., 5.]])
>>> a, b = torch.zeros(2, 2), torch.zeros(2, 1)
>>> torch.split_copy(xd, 2, 1, out=[a, b])
>>> a, b
(tensor([[0., 1.],
        [3., 4.]]), tensor([[2.],
        [5.]]))
>>> torch.split_copy(xd, 2, 1, out=(a, b))
>>> torch.split_copy(xd, 2, 1, out=[a])
RuntimeError: split_copy_Tensor_out() expected an out= argument of size 2, got size 1
>>> torch.split_copy(xd, 2, 1, out=[a, torch.zeros(1, 1)])
RuntimeError: output with shape [1, 1] doesn't match the broadcast shape [2, 1]
>>> torch.split_copy(xd, 2, 1, out=[a, torch.zeros(0)])
RuntimeError: output with shape [0] doesn't match the broadcast shape [2, 0]
>>> torch.split_copy(xd, 2, 1, out=[torch.zeros(0), torch.zeros(0)])
RuntimeError: The size of tensor a (0) must match the size of tensor b (2) at non-singleton dimension 1
>>> i = torch.zeros(2, 1, dtype=torch.int64)
>>> torch.split_copy(xd, 2, 1, out=[a, i])
>>> i
tensor([[2],
        [5]])
>>> torch.split_copy(xd, 2, 1, out=[a, 3])
TypeError: expected Tensor as element 1 in argument 3, but got int
>>> torch.split_copy(xd, 2, 1, out=a)
TypeError: split_copy(): argument 'out' must be tuple of Tensors, not Tensor
>>> torch.split_copy(x, 2, 1, out=[a, b])
>>> a.requires_grad, b.grad_fn
(False, None)
>>> s1, s2 = torch.zeros(0), torch.zeros(5)
>>> torch.split_with_sizes_copy(xd, [1, 2], 1, out=[s1, s2])
UserWarning: An output with one or more elements was resized since it had shape [5], which does not match the required output shape [2, 2]. This behavior is deprecated, and in a future PyTorch release outputs will not be resized unless they have zero elements. You can explicitly reuse an out tensor t by resizing it, inplace, to zero elements with t.resize_(0). (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/Resize.cpp:30.)
>>> s1, s2
(tensor([[0.],
        [3.]]), tensor([[1., 2.],
        [4., 5.]]))
>>> torch.split_with_sizes_copy(xd, [1, 2], 1, out=[s1])
RuntimeError: split_with_sizes_copy_out expected an out= argument of size 2, got size 1
>>> torch.split_with_sizes_copy(xd, [1, 2], 1, out=[s1, torch.zeros(2, 2, dtype=torch.float64)])
RuntimeError: Expected out tensor to have dtype float, but got double instead
>>> u1, u2 = torch.zeros(0), torch.zeros(1)
>>> torch.unbind_copy(xd, out=[u1, u2])
UserWarning: An output with one or more elements was resized since it had shape [1], which does not match the required output shape [3]. This behavior is deprecated, and in a future PyTorch release outputs will not be resized unless they have zero elements. You can explicitly reuse an out tensor t by resizing it, inplace, to zero elements with t.resize_(0). (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/Resize.cpp:30.)
>>> u1, u2
(tensor([0., 1., 2.]), tensor([3., 4., 5.]))
>>> torch.unbind_copy(xd, out=[u1])
RuntimeError: unbind_copy_int_out expected an out= argument of size 2, got size 1
>>> torch.unbind_copy(xd, out=[u1, torch.zeros(3, dtype=torch.float64)])
RuntimeError: Expected out tensor to have dtype float, but got double instead
>>> torch.unbind_copy(xd, out=[u1, torch.zeros(3, requires_grad=True)])
RuntimeError: unbind_copy(): functions with out=... arguments don't support automatic differentiation, but one of the arguments requires grad.
>>> torch.unbind_copy(xd, out=torch.zeros(3))
TypeError: unbind_copy(): argument 'out' must be tuple of Tensors, not Tensor
>>> torch.frobenius_norm(xd, (0, 1))
UserWarning: at::frobenius_norm is deprecated and it is just left for JIT compatibility. It will be removed in a future PyTorch release. Please use `linalg.vector_norm(A, 2., dim, keepdim)` instead (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/LinearAlgebra.cpp:3175.)
tensor(7.4162)
>>> torch.frobenius_norm(xd, 1)
tensor([2.2361, 7.0711])
>>> torch.frobenius_norm(xd, (1,), True)
tensor([[2.2361],
        [7.0711]])
>>> torch.frobenius_norm(xd, [])
tensor(7.4162)
>>> torch.frobenius_norm(xd, (), True)
tensor([[7.4162]])
>>> torch.frobenius_norm(x, (0, 1))
tensor(7.4162, grad_fn=<NormBackward1>)
>>> torch.autograd.grad(torch.frobenius_norm(x, 1).sum(), x)
(tensor([[0.0000, 0.4472, 0.8944],
        [0.4243, 0.5657, 0.7071]]),)
>>> torch.frobenius_norm(c, (0, 1))
tensor(4.3875, grad_fn=<NormBackward1>)
>>> torch.frobenius_norm(torch.ones(2, 2, dtype=torch.float64), 0)
tensor([1.4142, 1.4142], dtype=torch.float64)
>>> torch.frobenius_norm(xd)
TypeError: frobenius_norm() missing 1 required positional arguments: "dim"
>>> torch.frobenius_norm(xd, (0, 1, 2))
RuntimeError: Expected at most 2 dimensions, but got 3 dimensions instead.
>>> torch.frobenius_norm(xd, (0, 0))
RuntimeError: dim 0 appears multiple times in the list of dims
>>> torch.frobenius_norm(torch.arange(6).reshape(2, 3), (0, 1))
RuntimeError: norm(): input dtype should be either floating point or complex. Got Long instead.
>>> torch.frobenius_norm(xd, (0, 1), out=torch.zeros(0))
UserWarning: at::frobenius_norm is deprecated and it is just left for JIT compatibility. It will be removed in a future PyTorch release. Please use `linalg.vector_norm(A, 2., dim, keepdim)` instead (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/LinearAlgebra.cpp:3195.)
tensor(7.4162)
>>> torch.frobenius_norm(xd, 0, out=torch.zeros(0, dtype=torch.float64))
RuntimeError: Expected out tensor to have dtype float, but got double instead
>>> torch.frobenius_norm(x, 1, out=torch.zeros(0))
RuntimeError: norm(): functions with out=... arguments don't support automatic differentiation, but one of the arguments requires grad.
>>> torch.nuclear_norm(xd)
UserWarning: at::nuclear_norm is deprecated and it is just left for JIT compatibility. It will be removed in a future PyTorch release. Please use `linalg.matrix_norm(A, 'nuc', dim, keepdim)` instead (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/LinearAlgebra.cpp:3229.)
tensor(8.3485)
>>> torch.nuclear_norm(xd, True)
tensor([[8.3485]])
>>> torch.nuclear_norm(xd, (0, 1))
tensor(8.3485)
>>> torch.nuclear_norm(xd, (1, 0))
tensor(8.3485)
>>> torch.nuclear_norm(xd.reshape(1, 2, 3), (1, 2))
tensor([8.3485])
>>> torch.nuclear_norm(x)
tensor(8.3485, grad_fn=<SumBackward1>)
>>> torch.nuclear_norm(x, (0, 1), True)
tensor([[8.3485]], grad_fn=<PermuteBackward0>)
>>> torch.autograd.grad(torch.nuclear_norm(x), x)
(tensor([[-0.6846,  0.0220,  0.7286],
        [ 0.6039,  0.5769,  0.5500]]),)
>>> torch.nuclear_norm(xd, 1)
RuntimeError: linalg.matrix_norm: dims must be different. Got (1, 1)
>>> torch.nuclear_norm(xd.reshape(6))
RuntimeError: linalg.matrix_norm: The input tensor A must have at least 2 dimensions.
>>> torch.nuclear_norm(torch.arange(6).reshape(2, 3))
RuntimeError: linalg.matrix_norm: Expected a floating point or complex tensor as input. Got Long
>>> torch.nuclear_norm(xd, out=torch.zeros(0))
UserWarning: at::nuclear_norm is deprecated and it is just left for JIT compatibility. It will be removed in a future PyTorch release. Please use `linalg.matrix_norm(A, 'nuc', dim, keepdim)` instead (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/LinearAlgebra.cpp:3217.)
tensor(8.3485)
>>> torch.nuclear_norm(xd, (0, 1), out=torch.zeros(0))
UserWarning: at::nuclear_norm is deprecated and it is just left for JIT compatibility. It will be removed in a future PyTorch release. Please use `linalg.matrix_norm(A, 'nuc', dim, keepdim)` instead (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/LinearAlgebra.cpp:3241.)
tensor(8.3485)
>>> torch.nuclear_norm(xd, out=torch.zeros(0, dtype=torch.float64))
RuntimeError: linalg.matrix_norm expected out tensor dtype Float but got: Double
>>> n = torch.zeros(0)
>>> torch.nuclear_norm(x, out=n)
tensor(8.3485, grad_fn=<CopyBackwards>)
>>> n.grad_fn.name()
'torch::autograd::CopyBackwards'
>>> bn = torch.tensor([[1., 2., 0.5], [3., 6., 1.], [0., 1., 2.], [2., 2., 2.]], requires_grad=True)
>>> gamma = torch.tensor([1., 2., 3.], requires_grad=True)
>>> beta = torch.tensor([0., 1., -1.], requires_grad=True)
>>> rm, rv = torch.zeros(3), torch.ones(3)
>>> torch.native_batch_norm(bn, gamma, beta, rm, rv, True, 0.1, 1e-5)
(tensor([[-0.4472,  0.2189, -5.0414],
        [ 1.3416,  4.3849, -2.7320],
        [-1.3416, -0.8226,  1.8867],
        [ 0.4472,  0.2189,  1.8867]], grad_fn=<NativeBatchNormBackward0>), tensor([1.5000, 2.7500, 1.3750]), tensor([0.8944, 0.5208, 1.5396]))
>>> rm, rv
(tensor([0.1500, 0.2750, 0.1375]), tensor([1.0667, 1.3917, 0.9562]))
>>> torch.native_batch_norm(bn, gamma, beta, rm, rv, False, 0.1, 1e-5)
(tensor([[ 0.8230,  3.9245,  0.1121],
        [ 2.7595, 10.7059,  1.6460],
        [-0.1452,  2.2291,  4.7139],
        [ 1.7912,  3.9245,  4.7139]], grad_fn=<NativeBatchNormBackward0>), tensor([]), tensor([]))
>>> torch.native_batch_norm(bn, gamma, beta, None, None, True, 0.1, 1e-5)
(tensor([[-0.4472,  0.2189, -5.0414],
        [ 1.3416,  4.3849, -2.7320],
        [-1.3416, -0.8226,  1.8867],
        [ 0.4472,  0.2189,  1.8867]], grad_fn=<NativeBatchNormBackward0>), tensor([1.5000, 2.7500, 1.3750]), tensor([0.8944, 0.5208, 1.5396]))
>>> torch.native_batch_norm(torch.arange(24.).reshape(2, 3, 4), None, None, None, None, True, 0.1, 1e-5)
(tensor([[[-1.2288, -1.0650, -0.9012, -0.7373],
         [-1.2288, -1.0650, -0.9012, -0.7373],
         [-1.2288, -1.0650, -0.9012, -0.7373]],

        [[ 0.7373,  0.9012,  1.0650,  1.2288],
         [ 0.7373,  0.9012,  1.0650,  1.2288],
         [ 0.7373,  0.9012,  1.0650,  1.2288]]]), tensor([ 7.5000, 11.5000, 15.5000]), tensor([0.1638, 0.1638, 0.1638]))
>>> torch.native_batch_norm(bn, gamma, beta, rm, rv, True, 0.1, 1e-5)[1].grad_fn
>>> g = torch.arange(12.).reshape(4, 3)
>>> gb = torch.autograd.grad((torch.native_batch_norm(bn, gamma, beta, None, None, True, 0.1, 1e-5)[0] * g).sum(), (bn, gamma, beta))
>>> gb[0]
tensor([[-4.0249, -5.0840, -1.0269],
        [-1.3416,  0.1589,  1.5394],
        [ 1.3416,  0.6355, -7.1844],
        [ 4.0249,  4.2896,  6.6719]])
>>> gb[1][1:], gb[1][0].abs() < 1e-5
(tensor([-3.9057, 12.7016]), tensor(True))
>>> gb[2]
tensor([18., 22., 26.])
>>> torch.autograd.grad((torch.native_batch_norm(bn, gamma, beta, torch.zeros(3), torch.ones(3), False, 0.1, 1e-5)[0] * g).sum(), (bn, gamma, beta))
(tensor([[ 0.0000,  2.0000,  6.0000],
        [ 3.0000,  8.0000, 14.9999],
        [ 6.0000, 13.9999, 23.9999],
        [ 9.0000, 19.9999, 32.9998]]), tensor([26.9999, 52.9997, 43.9998]), tensor([18., 22., 26.]))
>>> torch.native_batch_norm(torch.ones(3), None, None, None, None, True, 0.1, 1e-5)
IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
>>> torch.native_batch_norm(torch.arange(6).reshape(2, 3), None, None, None, None, True, 0.1, 1e-5)
NotImplementedError: "batch_norm" not implemented for 'Long'
>>> outs = (torch.zeros(0), torch.zeros(0), torch.zeros(0))
>>> torch.native_batch_norm(bn.detach(), None, None, None, None, True, 0.1, 1e-5, out=outs)
(tensor([[-0.4472, -0.3906, -1.3471],
        [ 1.3416,  1.6925, -0.5773],
        [-1.3416, -0.9113,  0.9622],
        [ 0.4472, -0.3906,  0.9622]]), tensor([1.5000, 2.7500, 1.3750]), tensor([0.8944, 0.5208, 1.5396]))
>>> outs
(tensor([[-0.4472, -0.3906, -1.3471],
        [ 1.3416,  1.6925, -0.5773],
        [-1.3416, -0.9113,  0.9622],
        [ 0.4472, -0.3906,  0.9622]]), tensor([1.5000, 2.7500, 1.3750]), tensor([0.8944, 0.5208, 1.5396]))
>>> torch.native_batch_norm(bn, None, None, None, None, True, 0.1, 1e-5, out=outs)
RuntimeError: native_batch_norm(): functions with out=... arguments don't support automatic differentiation, but one of the arguments requires grad.
>>> torch.native_batch_norm(bn.detach(), None, None, None, None, True, 0.1, 1e-5, out=(torch.zeros(0, dtype=torch.float64), torch.zeros(0), torch.zeros(0)))
RuntimeError: expected scalar type Float but found Double
>>> torch.native_batch_norm(bn.detach(), None, None, None, None, True, 0.1, 1e-5, out=torch.zeros(0))
TypeError: native_batch_norm(): argument 'out' must be tuple of Tensors, not Tensor
>>> def first_line(f):
...     try:
...         f()
...     except Exception as e:
...         print(type(e).__name__ + ": " + str(e).split("\n")[0])
>>> first_line(lambda: torch.cudnn_convolution(torch.ones(1, 1, 3, 3), torch.ones(1, 1, 2, 2), [0, 0], [1, 1], [1, 1], 1, False, False, False))
NotImplementedError: Could not run 'aten::cudnn_convolution' with arguments from the 'CPU' backend. This could be because the operator doesn't exist for this backend, or was omitted during the selective/custom build process (if using custom build). If you are a Facebook employee using PyTorch on mobile, please visit https://fburl.com/ptmfixes for possible resolutions. 'aten::cudnn_convolution' is only available for these backends: [Meta, BackendSelect, Python, FuncTorchDynamicLayerBackMode, Functionalize, Conjugate, Negative, ZeroTensor, ADInplaceOrView, AutogradOther, AutogradCPU, AutogradCUDA, AutogradHIP, AutogradXLA, AutogradMPS, AutogradIPU, AutogradXPU, AutogradHPU, AutogradVE, AutogradLazy, AutogradMTIA, AutogradMAIA, AutogradPrivateUse1, AutogradPrivateUse2, AutogradPrivateUse3, AutogradMeta, AutogradNestedTensor, Tracer, AutocastCPU, AutocastMTIA, AutocastMAIA, AutocastXPU, AutocastMPS, AutocastCUDA, FuncTorchBatched, BatchedNestedTensor, FuncTorchVmapMode, Batched, VmapMode, FuncTorchGradWrapper, PythonTLSSnapshot, FuncTorchDynamicLayerFrontMode, PreDispatch, PythonDispatcher].
>>> first_line(lambda: torch.cudnn_convolution(torch.ones(1, 1, 3, 3), torch.ones(1, 1, 2, 2), [0, 0], [1, 1], [1, 1], 1, False, False, False, out=torch.zeros(0)))
NotImplementedError: Could not run 'aten::cudnn_convolution.out' with arguments from the 'CPU' backend. This could be because the operator doesn't exist for this backend, or was omitted during the selective/custom build process (if using custom build). If you are a Facebook employee using PyTorch on mobile, please visit https://fburl.com/ptmfixes for possible resolutions. 'aten::cudnn_convolution.out' is only available for these backends: [Meta, BackendSelect, Python, FuncTorchDynamicLayerBackMode, Functionalize, Conjugate, Negative, ZeroTensor, ADInplaceOrView, AutogradOther, AutogradCPU, AutogradCUDA, AutogradHIP, AutogradXLA, AutogradMPS, AutogradIPU, AutogradXPU, AutogradHPU, AutogradVE, AutogradLazy, AutogradMTIA, AutogradMAIA, AutogradPrivateUse1, AutogradPrivateUse2, AutogradPrivateUse3, AutogradMeta, AutogradNestedTensor, Tracer, AutocastCPU, AutocastMTIA, AutocastMAIA, AutocastXPU, AutocastMPS, AutocastCUDA, FuncTorchBatched, BatchedNestedTensor, FuncTorchVmapMode, Batched, VmapMode, FuncTorchGradWrapper, PythonTLSSnapshot, FuncTorchDynamicLayerFrontMode, PreDispatch, PythonDispatcher].
>>> first_line(lambda: torch.cudnn_batch_norm(torch.ones(2, 3), torch.ones(3), torch.zeros(3), None, None, True, 0.1, 1e-5))
NotImplementedError: Could not run 'aten::cudnn_batch_norm' with arguments from the 'CPU' backend. This could be because the operator doesn't exist for this backend, or was omitted during the selective/custom build process (if using custom build). If you are a Facebook employee using PyTorch on mobile, please visit https://fburl.com/ptmfixes for possible resolutions. 'aten::cudnn_batch_norm' is only available for these backends: [Meta, BackendSelect, Python, FuncTorchDynamicLayerBackMode, Functionalize, Conjugate, Negative, ZeroTensor, ADInplaceOrView, AutogradOther, AutogradCPU, AutogradCUDA, AutogradHIP, AutogradXLA, AutogradMPS, AutogradIPU, AutogradXPU, AutogradHPU, AutogradVE, AutogradLazy, AutogradMTIA, AutogradMAIA, AutogradPrivateUse1, AutogradPrivateUse2, AutogradPrivateUse3, AutogradMeta, AutogradNestedTensor, Tracer, AutocastCPU, AutocastMTIA, AutocastMAIA, AutocastXPU, AutocastMPS, AutocastCUDA, FuncTorchBatched, BatchedNestedTensor, FuncTorchVmapMode, Batched, VmapMode, FuncTorchGradWrapper, PythonTLSSnapshot, FuncTorchDynamicLayerFrontMode, PreDispatch, PythonDispatcher].
>>> first_line(lambda: torch.cudnn_batch_norm(torch.ones(2, 3, requires_grad=True), torch.ones(3), torch.zeros(3), None, None, True, 0.1, 1e-5, out=(torch.zeros(0),) * 4))
RuntimeError: cudnn_batch_norm(): functions with out=... arguments don't support automatic differentiation, but one of the arguments requires grad.
>>> first_line(lambda: torch.batch_norm_elemt(torch.ones(2, 3), None, None, torch.zeros(3), torch.ones(3), 1e-5))
NotImplementedError: Could not run 'aten::batch_norm_elemt' with arguments from the 'CPU' backend. This could be because the operator doesn't exist for this backend, or was omitted during the selective/custom build process (if using custom build). If you are a Facebook employee using PyTorch on mobile, please visit https://fburl.com/ptmfixes for possible resolutions. 'aten::batch_norm_elemt' is only available for these backends: [Meta, BackendSelect, Python, FuncTorchDynamicLayerBackMode, Functionalize, Conjugate, Negative, ZeroTensor, ADInplaceOrView, AutogradOther, AutogradCPU, AutogradCUDA, AutogradHIP, AutogradXLA, AutogradMPS, AutogradIPU, AutogradXPU, AutogradHPU, AutogradVE, AutogradLazy, AutogradMTIA, AutogradMAIA, AutogradPrivateUse1, AutogradPrivateUse2, AutogradPrivateUse3, AutogradMeta, AutogradNestedTensor, Tracer, AutocastCPU, AutocastMTIA, AutocastMAIA, AutocastXPU, AutocastMPS, AutocastCUDA, FuncTorchBatched, BatchedNestedTensor, FuncTorchVmapMode, Batched, VmapMode, FuncTorchGradWrapper, PythonTLSSnapshot, FuncTorchDynamicLayerFrontMode, PreDispatch, PythonDispatcher].
>>> first_line(lambda: torch.batch_norm_elemt(torch.ones(2, 3), None, None, torch.zeros(3), torch.ones(3), 1e-5, out=torch.zeros(0)))
NotImplementedError: Could not run 'aten::batch_norm_elemt.out' with arguments from the 'CPU' backend. This could be because the operator doesn't exist for this backend, or was omitted during the selective/custom build process (if using custom build). If you are a Facebook employee using PyTorch on mobile, please visit https://fburl.com/ptmfixes for possible resolutions. 'aten::batch_norm_elemt.out' is only available for these backends: [Meta, BackendSelect, Python, FuncTorchDynamicLayerBackMode, Functionalize, Conjugate, Negative, ZeroTensor, ADInplaceOrView, AutogradOther, AutogradCPU, AutogradCUDA, AutogradHIP, AutogradXLA, AutogradMPS, AutogradIPU, AutogradXPU, AutogradHPU, AutogradVE, AutogradLazy, AutogradMTIA, AutogradMAIA, AutogradPrivateUse1, AutogradPrivateUse2, AutogradPrivateUse3, AutogradMeta, AutogradNestedTensor, Tracer, AutocastCPU, AutocastMTIA, AutocastMAIA, AutocastXPU, AutocastMPS, AutocastCUDA, FuncTorchBatched, BatchedNestedTensor, FuncTorchVmapMode, Batched, VmapMode, FuncTorchGradWrapper, PythonTLSSnapshot, FuncTorchDynamicLayerFrontMode, PreDispatch, PythonDispatcher].
>>> first_line(lambda: torch.mkldnn_adaptive_avg_pool2d(torch.ones(1, 1, 4, 4), 2))
NotImplementedError: Could not run 'aten::mkldnn_adaptive_avg_pool2d' with arguments from the 'CPU' backend. This could be because the operator doesn't exist for this backend, or was omitted during the selective/custom build process (if using custom build). If you are a Facebook employee using PyTorch on mobile, please visit https://fburl.com/ptmfixes for possible resolutions. 'aten::mkldnn_adaptive_avg_pool2d' is only available for these backends: [Meta, MkldnnCPU, BackendSelect, Python, FuncTorchDynamicLayerBackMode, Functionalize, Conjugate, Negative, ZeroTensor, ADInplaceOrView, AutogradOther, AutogradCPU, AutogradCUDA, AutogradHIP, AutogradXLA, AutogradMPS, AutogradIPU, AutogradXPU, AutogradHPU, AutogradVE, AutogradLazy, AutogradMTIA, AutogradMAIA, AutogradPrivateUse1, AutogradPrivateUse2, AutogradPrivateUse3, AutogradMeta, AutogradNestedTensor, Tracer, AutocastCPU, AutocastMTIA, AutocastMAIA, AutocastXPU, AutocastMPS, AutocastCUDA, FuncTorchBatched, BatchedNestedTensor, FuncTorchVmapMode, Batched, VmapMode, FuncTorchGradWrapper, PythonTLSSnapshot, FuncTorchDynamicLayerFrontMode, PreDispatch, PythonDispatcher].
>>> first_line(lambda: torch.mkldnn_adaptive_avg_pool2d(torch.ones(1, 1, 4, 4), (2, 2), out=torch.zeros(0)))
NotImplementedError: Could not run 'aten::mkldnn_adaptive_avg_pool2d.out' with arguments from the 'CPU' backend. This could be because the operator doesn't exist for this backend, or was omitted during the selective/custom build process (if using custom build). If you are a Facebook employee using PyTorch on mobile, please visit https://fburl.com/ptmfixes for possible resolutions. 'aten::mkldnn_adaptive_avg_pool2d.out' is only available for these backends: [Meta, MkldnnCPU, BackendSelect, Python, FuncTorchDynamicLayerBackMode, Functionalize, Conjugate, Negative, ZeroTensor, ADInplaceOrView, AutogradOther, AutogradCPU, AutogradCUDA, AutogradHIP, AutogradXLA, AutogradMPS, AutogradIPU, AutogradXPU, AutogradHPU, AutogradVE, AutogradLazy, AutogradMTIA, AutogradMAIA, AutogradPrivateUse1, AutogradPrivateUse2, AutogradPrivateUse3, AutogradMeta, AutogradNestedTensor, Tracer, AutocastCPU, AutocastMTIA, AutocastMAIA, AutocastXPU, AutocastMPS, AutocastCUDA, FuncTorchBatched, BatchedNestedTensor, FuncTorchVmapMode, Batched, VmapMode, FuncTorchGradWrapper, PythonTLSSnapshot, FuncTorchDynamicLayerFrontMode, PreDispatch, PythonDispatcher].
>>> A = torch.tensor([[2., 1.], [1., 3.]])
>>> torch.lstsq(A, A)
RuntimeError: This function was deprecated since version 1.9 and is now removed. `torch.lstsq` is deprecated in favor of `torch.linalg.lstsq`.
`torch.linalg.lstsq` has reversed arguments and does not return the QR decomposition in the returned tuple (although it returns other information about the problem).

To get the QR decomposition consider using `torch.linalg.qr`.

The returned solution in `torch.lstsq` stored the residuals of the solution in the last m - n columns of the returned value whenever m > n. In torch.linalg.lstsq, the residuals are in the field 'residuals' of the returned named tuple.

The unpacking of the solution, as in
X, _ = torch.lstsq(B, A).solution[:A.size(1)]
should be replaced with:
X = torch.linalg.lstsq(A, B).solution
>>> torch.lstsq(A, A, out=(A, A))
RuntimeError: This function was deprecated since version 1.9 and is now removed. `torch.lstsq` is deprecated in favor of `torch.linalg.lstsq`.
`torch.linalg.lstsq` has reversed arguments and does not return the QR decomposition in the returned tuple (although it returns other information about the problem).

To get the QR decomposition consider using `torch.linalg.qr`.

The returned solution in `torch.lstsq` stored the residuals of the solution in the last m - n columns of the returned value whenever m > n. In torch.linalg.lstsq, the residuals are in the field 'residuals' of the returned named tuple.

The unpacking of the solution, as in
X, _ = torch.lstsq(B, A).solution[:A.size(1)]
should be replaced with:
X = torch.linalg.lstsq(A, B).solution
>>> A.lstsq(A)
RuntimeError: This function was deprecated since version 1.9 and is now removed. `torch.lstsq` is deprecated in favor of `torch.linalg.lstsq`.
`torch.linalg.lstsq` has reversed arguments and does not return the QR decomposition in the returned tuple (although it returns other information about the problem).

To get the QR decomposition consider using `torch.linalg.qr`.

The returned solution in `torch.lstsq` stored the residuals of the solution in the last m - n columns of the returned value whenever m > n. In torch.linalg.lstsq, the residuals are in the field 'residuals' of the returned named tuple.

The unpacking of the solution, as in
X, _ = torch.lstsq(B, A).solution[:A.size(1)]
should be replaced with:
X = torch.linalg.lstsq(A, B).solution
>>> torch.solve(A, A)
RuntimeError: This function was deprecated since version 1.9 and is now removed. `torch.solve` is deprecated in favor of `torch.linalg.solve`. `torch.linalg.solve` has its arguments reversed and does not return the LU factorization.

To get the LU factorization see `torch.lu`, which can be used with `torch.lu_solve` or `torch.lu_unpack`.
X = torch.solve(B, A).solution should be replaced with:
X = torch.linalg.solve(A, B)
>>> torch.solve(A, A, out=(A, A))
RuntimeError: This function was deprecated since version 1.9 and is now removed. `torch.solve` is deprecated in favor of `torch.linalg.solve`. `torch.linalg.solve` has its arguments reversed and does not return the LU factorization.

To get the LU factorization see `torch.lu`, which can be used with `torch.lu_solve` or `torch.lu_unpack`.
X = torch.solve(B, A).solution should be replaced with:
X = torch.linalg.solve(A, B)
>>> A.solve(A)
RuntimeError: This function was deprecated since version 1.9 and is now removed. `torch.solve` is deprecated in favor of `torch.linalg.solve`. `torch.linalg.solve` has its arguments reversed and does not return the LU factorization.

To get the LU factorization see `torch.lu`, which can be used with `torch.lu_solve` or `torch.lu_unpack`.
X = torch.solve(B, A).solution should be replaced with:
X = torch.linalg.solve(A, B)
>>> torch.matrix_rank(A)
RuntimeError: This function was deprecated since version 1.9 and is now removed.
Please use the `torch.linalg.matrix_rank` function instead. The parameter 'symmetric' was renamed in `torch.linalg.matrix_rank()` to 'hermitian'.
>>> torch.matrix_rank(A, tol=1.)
RuntimeError: This function was deprecated since version 1.9 and is now removed.
Please use the `torch.linalg.matrix_rank` function instead. The parameter 'symmetric' was renamed in `torch.linalg.matrix_rank()` to 'hermitian'.
>>> torch.matrix_rank(A, out=A)
RuntimeError: This function was deprecated since version 1.9 and is now removed.
Please use the `torch.linalg.matrix_rank` function instead. The parameter 'symmetric' was renamed in `torch.linalg.matrix_rank()` to 'hermitian'.
>>> torch.symeig(A)
RuntimeError: This function was deprecated since version 1.9 and is now removed. The default behavior has changed from using the upper triangular portion of the matrix by default to using the lower triangular portion.

L, _ = torch.symeig(A, upper=upper) should be replaced with:
L = torch.linalg.eigvalsh(A, UPLO='U' if upper else 'L')

and

L, V = torch.symeig(A, eigenvectors=True) should be replaced with:
L, V = torch.linalg.eigh(A, UPLO='U' if upper else 'L')
>>> torch.symeig(A, True)
RuntimeError: This function was deprecated since version 1.9 and is now removed. The default behavior has changed from using the upper triangular portion of the matrix by default to using the lower triangular portion.

L, _ = torch.symeig(A, upper=upper) should be replaced with:
L = torch.linalg.eigvalsh(A, UPLO='U' if upper else 'L')

and

L, V = torch.symeig(A, eigenvectors=True) should be replaced with:
L, V = torch.linalg.eigh(A, UPLO='U' if upper else 'L')
>>> torch.symeig(A, eigenvectors=True, out=(A, A))
RuntimeError: This function was deprecated since version 1.9 and is now removed. The default behavior has changed from using the upper triangular portion of the matrix by default to using the lower triangular portion.

L, _ = torch.symeig(A, upper=upper) should be replaced with:
L = torch.linalg.eigvalsh(A, UPLO='U' if upper else 'L')

and

L, V = torch.symeig(A, eigenvectors=True) should be replaced with:
L, V = torch.linalg.eigh(A, UPLO='U' if upper else 'L')
>>> A.symeig()
RuntimeError: This function was deprecated since version 1.9 and is now removed. The default behavior has changed from using the upper triangular portion of the matrix by default to using the lower triangular portion.

L, _ = torch.symeig(A, upper=upper) should be replaced with:
L = torch.linalg.eigvalsh(A, UPLO='U' if upper else 'L')

and

L, V = torch.symeig(A, eigenvectors=True) should be replaced with:
L, V = torch.linalg.eigh(A, UPLO='U' if upper else 'L')
>>> torch.solve()
TypeError: solve() missing 2 required positional arguments: 'input' and 'A'
