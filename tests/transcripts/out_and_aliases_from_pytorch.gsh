>>> # NumPy-style keyword aliases and out=, generated from PyTorch 2.13
>>> import torch
>>> x = torch.arange(6.).reshape(2, 3)
>>> torch.sum(torch.ones(2, 3), axis=0, keepdims=True)
tensor([[2., 2., 2.]])
>>> torch.sum(a=x)
tensor(15.)
>>> torch.sum(x, axis=(0, 1))
tensor(15.)
>>> torch.mean(x, axis=1, keepdims=True)
tensor([[1.],
        [4.]])
>>> torch.max(x, axis=1)
torch.return_types.max(
values=tensor([2., 5.]),
indices=tensor([2, 2]))
>>> torch.argmax(x, axis=1)
tensor([2, 2])
>>> torch.cumsum(x, axis=1)
tensor([[ 0.,  1.,  3.],
        [ 3.,  7., 12.]])
>>> torch.softmax(x, axis=1)
tensor([[0.0900, 0.2447, 0.6652],
        [0.0900, 0.2447, 0.6652]])
>>> torch.cat([x, x], axis=1)
tensor([[0., 1., 2., 0., 1., 2.],
        [3., 4., 5., 3., 4., 5.]])
>>> torch.squeeze(x, axis=0)
tensor([[0., 1., 2.],
        [3., 4., 5.]])
>>> torch.std(x, axis=0)
tensor([2.1213, 2.1213, 2.1213])
>>> torch.add(x1=x, x2=x)
tensor([[ 0.,  2.,  4.],
        [ 6.,  8., 10.]])
>>> torch.add(x=x, other=x)
tensor([[ 0.,  2.,  4.],
        [ 6.,  8., 10.]])
>>> torch.mul(x, x2=x)
tensor([[ 0.,  1.,  4.],
        [ 9., 16., 25.]])
>>> torch.exp(x=x)
tensor([[  1.0000,   2.7183,   7.3891],
        [ 20.0855,  54.5981, 148.4132]])
>>> torch.matmul(x1=x, x2=x.T)
tensor([[ 5., 14.],
        [14., 50.]])
>>> torch.where(x > 1, x1=x, x2=-x)
tensor([[-0., -1.,  2.],
        [ 3.,  4.,  5.]])
>>> x.sum(axis=0)
tensor([3., 5., 7.])
>>> x.mean(axis=1, keepdims=True)
tensor([[1.],
        [4.]])
>>> x.unsqueeze(axis=0).shape
torch.Size([1, 2, 3])
>>> x.size(axis=0)
2
>>> x.add(x2=x)
tensor([[ 0.,  2.,  4.],
        [ 6.,  8., 10.]])
>>> x.mul(x2=x)
tensor([[ 0.,  1.,  4.],
        [ 9., 16., 25.]])
>>> x.amax(axis=1, keepdims=True)
tensor([[2.],
        [5.]])
>>> torch.sum(x, dim=0, axis=1)
TypeError: sum() got an unexpected keyword argument 'axis'
>>> torch.sum(x, 0, axis=1)
TypeError: sum() got an unexpected keyword argument 'axis'
>>> torch.sum(x, keepdim=True, keepdims=True, dim=0)
TypeError: sum() got an unexpected keyword argument 'keepdims'
>>> x.sum(dim=0, axis=0)
TypeError: sum() got an unexpected keyword argument 'axis'
>>> x.add(x, x2=x)
TypeError: add() got an unexpected keyword argument 'x2'
>>> x.add(other=x, x2=x)
TypeError: add() got an unexpected keyword argument 'x2'
>>> torch.add(x, other=x, x2=x)
TypeError: add() got an unexpected keyword argument 'x2'
>>> torch.add(x, x1=x, other=x)
TypeError: add() got an unexpected keyword argument 'x1'
>>> torch.nn.functional.softmax(x, axis=1)
TypeError: softmax() got an unexpected keyword argument 'axis'
>>> torch.norm(x, axis=0)
TypeError: norm() got an unexpected keyword argument 'axis'
>>> torch.nn.functional.relu(x=x)
TypeError: relu() got an unexpected keyword argument 'x'
>>> c = torch.empty(2, 3)
>>> torch.add(x, x, out=c) is c
True
>>> c
tensor([[ 0.,  2.,  4.],
        [ 6.,  8., 10.]])
>>> torch.mul(x, 2, out=c)
tensor([[ 0.,  2.,  4.],
        [ 6.,  8., 10.]])
>>> c
tensor([[ 0.,  2.,  4.],
        [ 6.,  8., 10.]])
>>> torch.sin(x, out=c) is c
True
>>> torch.eq(x, 1, out=torch.empty(2, 3))
tensor([[0., 1., 0.],
        [0., 0., 0.]])
>>> torch.add(x, 1, out=torch.empty(2, 3, dtype=torch.float64))
tensor([[1., 2., 3.],
        [4., 5., 6.]], dtype=torch.float64)
>>> torch.add(x, 1, out=x)
tensor([[1., 2., 3.],
        [4., 5., 6.]])
>>> x
tensor([[1., 2., 3.],
        [4., 5., 6.]])
>>> x = torch.arange(6.).reshape(2, 3)
>>> v = c[:, :2]
>>> torch.add(x[:, :2], 100, out=v)
tensor([[100., 101.],
        [103., 104.]])
>>> c
tensor([[100.0000, 101.0000,   0.9093],
        [103.0000, 104.0000,  -0.9589]])
>>> torch.add(x, x, out=torch.zeros(3, dtype=torch.long))
RuntimeError: result type Float can't be cast to the desired output type Long
>>> torch.mul(x, 2, out=torch.empty(2, 3, dtype=torch.int32))
RuntimeError: result type Float can't be cast to the desired output type Int
>>> torch.sin(torch.arange(3), out=torch.empty(3, dtype=torch.long))
RuntimeError: result type Float can't be cast to the desired output type Long
>>> torch.add(torch.tensor([1, 2]), 1.5, out=torch.empty(2, dtype=torch.long))
RuntimeError: result type Float can't be cast to the desired output type Long
>>> torch.add(torch.tensor([1, 2]), 1, out=torch.empty(2))
tensor([2., 3.])
>>> torch.add(x, 1, out=x.t())
RuntimeError: unsupported operation: some elements of the input tensor and the written-to tensor refer to a single memory location. Please clone() the tensor before performing the operation.
>>> torch.add(x, 1, out=[1])
TypeError: add(): argument 'out' must be Tensor, not list
>>> torch.add(x, 1, out=None)
tensor([[1., 2., 3.],
        [4., 5., 6.]])
>>> s = torch.zeros(2)
>>> torch.add(x[0], 1, out=s)
UserWarning: An output with one or more elements was resized since it had shape [2], which does not match the required output shape [3]. This behavior is deprecated, and in a future PyTorch release outputs will not be resized unless they have zero elements. You can explicitly reuse an out tensor t by resizing it, inplace, to zero elements with t.resize_(0). (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/Resize.cpp:30.)
tensor([1., 2., 3.])
>>> s
tensor([1., 2., 3.])
>>> e = torch.empty(0)
>>> torch.add(x[0], 1, out=e)
tensor([1., 2., 3.])
>>> e.shape
torch.Size([3])
>>> w = torch.ones(3, requires_grad=True)
>>> torch.add(w, 1, out=torch.empty(3))
RuntimeError: add(): functions with out=... arguments don't support automatic differentiation, but one of the arguments requires grad.
>>> torch.add(torch.ones(3), 1, out=w)
RuntimeError: add(): functions with out=... arguments don't support automatic differentiation, but one of the arguments requires grad.
>>> torch.arctan2(w, w, out=torch.empty(3))
RuntimeError: atan2(): functions with out=... arguments don't support automatic differentiation, but one of the arguments requires grad.
>>> torch.absolute(w, out=torch.empty(3))
RuntimeError: abs(): functions with out=... arguments don't support automatic differentiation, but one of the arguments requires grad.
>>> torch.cat([w, w], out=torch.empty(0))
RuntimeError: cat(): functions with out=... arguments don't support automatic differentiation, but one of the arguments requires grad.
>>> with torch.no_grad():
...     r = torch.add(w, 1, out=torch.empty(3))
>>> r
tensor([2., 2., 2.])
>>> with torch.no_grad():
...     r = torch.mul(torch.ones(3), 5, out=w)
>>> w
tensor([5., 5., 5.], requires_grad=True)
>>> w.requires_grad
True
>>> torch.sum(x, 0, out=torch.empty(3))
tensor([3., 5., 7.])
>>> torch.sum(x, 0, out=torch.empty(3, dtype=torch.long))
tensor([3, 5, 7])
>>> torch.sum(torch.arange(6).reshape(2, 3), 0, out=torch.empty(3))
tensor([3., 5., 7.])
>>> torch.mean(x, 0, out=torch.empty(3, dtype=torch.long))
RuntimeError: result type Float can't be cast to the desired output type Long
>>> torch.sum(torch.ones(2, 3), axis=0, keepdims=True, out=torch.empty(0))
tensor([[2., 2., 2.]])
>>> torch.matmul(x, x.T, out=torch.empty(1))
UserWarning: An output with one or more elements was resized since it had shape [1], which does not match the required output shape [2, 2]. This behavior is deprecated, and in a future PyTorch release outputs will not be resized unless they have zero elements. You can explicitly reuse an out tensor t by resizing it, inplace, to zero elements with t.resize_(0). (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/Resize.cpp:30.)
tensor([[ 5., 14.],
        [14., 50.]])
>>> torch.mm(x, x.T, out=torch.empty(2, 2))
tensor([[ 5., 14.],
        [14., 50.]])
>>> torch.cat([x, x], out=torch.empty(0))
tensor([[0., 1., 2.],
        [3., 4., 5.],
        [0., 1., 2.],
        [3., 4., 5.]])
>>> torch.cat([x, x], 1, out=torch.empty(2, 6))
tensor([[0., 1., 2., 0., 1., 2.],
        [3., 4., 5., 3., 4., 5.]])
>>> torch.stack([x, x], out=torch.empty(0)).shape
torch.Size([2, 2, 3])
>>> torch.clamp(x, 1, 4, out=torch.empty(2, 3))
tensor([[1., 1., 2.],
        [3., 4., 4.]])
>>> torch.cumsum(x, 1, out=torch.empty(2, 3))
tensor([[ 0.,  1.,  3.],
        [ 3.,  7., 12.]])
>>> torch.zeros(2, 3, out=torch.empty(5))
tensor([[0., 0., 0.],
        [0., 0., 0.]])
>>> torch.ones(2, out=torch.empty(2, dtype=torch.long))
tensor([1, 1])
>>> torch.zeros(2, dtype=torch.float64, out=torch.empty(2))
RuntimeError: dtype Double does not match dtype of out parameter (Float)
>>> torch.full((2,), 1.5, out=torch.empty(5))
tensor([1.5000, 1.5000])
>>> torch.full((2,), 1.5, out=torch.empty(5, dtype=torch.long))
tensor([1, 1])
>>> torch.arange(4, out=torch.empty(0))
tensor([0., 1., 2., 3.])
>>> torch.arange(3, out=torch.empty(5))
UserWarning: The number of elements in the out tensor of shape [5] is 5 which does not match the computed number of elements 3. Note that this may occur as a result of rounding error. The out tensor will be resized to a tensor of shape (3,). (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/RangeFactories.cpp:199.)
tensor([0., 1., 2.])
>>> torch.arange(3, dtype=torch.float64, out=torch.empty(2))
RuntimeError: dtype Double does not match dtype of out parameter (Float)
>>> torch.linspace(0, 1, 3, out=torch.empty(5))
tensor([0.0000, 0.5000, 1.0000])
>>> torch.eye(2, out=torch.empty(5))
tensor([[1., 0.],
        [0., 1.]])
>>> torch.zeros(2, out=w)
RuntimeError: aten::zeros(): functions with out=... arguments don't support automatic differentiation, but one of the arguments requires grad.
>>> _ = torch.manual_seed(0)
>>> torch.rand(3, out=torch.empty(0))
tensor([0.4963, 0.7682, 0.0885])
>>> _ = torch.manual_seed(0)
>>> torch.rand(3)
tensor([0.4963, 0.7682, 0.0885])
>>> _ = torch.manual_seed(0)
>>> torch.randn(2, 2, out=torch.empty(4, dtype=torch.float64))
tensor([[ 1.5410, -0.2934],
        [-2.1788,  0.5684]], dtype=torch.float64)
>>> vals, idx = torch.empty(0), torch.empty(0, dtype=torch.long)
>>> torch.max(x, 1, out=(vals, idx))
torch.return_types.max_out(
values=tensor([2., 5.]),
indices=tensor([2, 2]))
>>> vals, idx
(tensor([2., 5.]), tensor([2, 2]))
>>> r = torch.sort(x, 1, descending=True, out=(vals, idx))
UserWarning: An output with one or more elements was resized since it had shape [2], which does not match the required output shape [2, 3]. This behavior is deprecated, and in a future PyTorch release outputs will not be resized unless they have zero elements. You can explicitly reuse an out tensor t by resizing it, inplace, to zero elements with t.resize_(0). (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/Resize.cpp:30.)
>>> r.values is vals, r.indices is idx
(True, True)
>>> torch.topk(x, 2, out=(vals, idx))
UserWarning: An output with one or more elements was resized since it had shape [2, 3], which does not match the required output shape [2, 2]. This behavior is deprecated, and in a future PyTorch release outputs will not be resized unless they have zero elements. You can explicitly reuse an out tensor t by resizing it, inplace, to zero elements with t.resize_(0). (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/Resize.cpp:30.)
torch.return_types.topk_out(
values=tensor([[2., 1.],
        [5., 4.]]),
indices=tensor([[2, 1],
        [2, 1]]))
>>> torch.min(x, 0, out=(torch.empty(5), torch.empty(5, dtype=torch.long)))
UserWarning: An output with one or more elements was resized since it had shape [5], which does not match the required output shape [3]. This behavior is deprecated, and in a future PyTorch release outputs will not be resized unless they have zero elements. You can explicitly reuse an out tensor t by resizing it, inplace, to zero elements with t.resize_(0). (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/Resize.cpp:30.)
torch.return_types.min_out(
values=tensor([0., 1., 2.]),
indices=tensor([0, 0, 0]))
>>> torch.frexp(x, out=(torch.empty(0), torch.empty(0, dtype=torch.int32)))
torch.return_types.frexp_out(
mantissa=tensor([[0.0000, 0.5000, 0.5000],
        [0.7500, 0.5000, 0.6250]]),
exponent=tensor([[0, 1, 2],
        [2, 3, 3]], dtype=torch.int32))
>>> torch.aminmax(x, dim=0, out=(torch.empty(0), torch.empty(0)))
torch.return_types.aminmax_out(
min=tensor([0., 1., 2.]),
max=tensor([3., 4., 5.]))
>>> torch.sort(x, 1, out=(torch.empty(0), torch.empty(0, dtype=torch.int32)))
RuntimeError: Expected out tensor to have dtype long int, but got int instead
>>> torch.max(x, 1, out=(torch.empty(0, dtype=torch.float64), torch.empty(0, dtype=torch.long)))
RuntimeError: Expected out tensor to have dtype float, but got double instead
>>> torch.max(x, 1, out=(vals,))
TypeError: expected tuple of 2 elements but got 1
