>>> # uint16/32/64, hash_tensor, grad_dtype, F.DType, flush-denormal, default tensor type:
>>> # generated from PyTorch 2.13 by dev/gen_dtypes_more_transcripts.py
>>> import torch
>>> a = torch.tensor([1, 2], dtype=torch.uint16)
>>> a
tensor([1, 2], dtype=torch.uint16)
>>> torch.tensor([2**64-1, 0, 7], dtype=torch.uint64)
tensor([18446744073709551615,                    0,                    7],
       dtype=torch.uint64)
>>> print(torch.tensor([2**64-1, 0, 7], dtype=torch.uint64))
tensor([18446744073709551615,                    0,                    7],
       dtype=torch.uint64)
>>> torch.tensor([-256], dtype=torch.uint8)
RuntimeError: value cannot be converted to type uint8 without overflow
>>> torch.tensor([-255], dtype=torch.uint8)
tensor([1], dtype=torch.uint8)
>>> torch.tensor([200], dtype=torch.int8)
RuntimeError: value cannot be converted to type int8 without overflow
>>> torch.tensor([-1], dtype=torch.uint64)
OverflowError: can't convert negative int to unsigned
>>> torch.promote_types(torch.uint16, torch.int8)
RuntimeError: Promotion for uint16, uint32, uint64 types is not supported, attempted to promote UInt16 and Char
>>> a == a
tensor([True, True])
>>> a == torch.tensor([1])
RuntimeError: Promotion for uint16, uint32, uint64 types is not supported, attempted to promote UInt16 and Long
>>> torch.tensor([2**64-1], dtype=torch.uint64).item()
18446744073709551615
>>> torch.tensor([2**63], dtype=torch.uint64).tolist()
[9223372036854775808]
>>> a.prod()
tensor(2)
>>> a.cumsum(0)
tensor([1, 3])
>>> a.mean()
RuntimeError: mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: UInt16
>>> a / a
tensor([1., 1.])
>>> a.sqrt()
tensor([1.0000, 1.4142])
>>> torch.sort(a)
torch.return_types.sort(
values=tensor([1, 2], dtype=torch.uint16),
indices=tensor([0, 1]))
>>> a.requires_grad_()
RuntimeError: only Tensors of floating point dtype can require gradients
>>> a.dtype.is_signed
False
>>> torch.uint32.itemsize
4
>>> a.unique()
tensor([1, 2], dtype=torch.uint16)
>>> a.any()
tensor(True)
>>> a * 2.5
tensor([2.5000, 5.0000])
>>> a.to(torch.uint64)
tensor([1, 2], dtype=torch.uint64)
>>> a & a
tensor([1, 2], dtype=torch.uint16)
>>> torch.zeros(2, dtype=torch.uint32)
tensor([0, 0], dtype=torch.uint32)
>>> torch.full((2,), 7, dtype=torch.uint32)
tensor([7, 7], dtype=torch.uint32)
>>> a.eq(1)
tensor([ True, False])
>>> a.clone()
tensor([1, 2], dtype=torch.uint16)
>>> a[0]
tensor(1, dtype=torch.uint16)
>>> torch.cat([a, a])
tensor([1, 2, 1, 2], dtype=torch.uint16)
>>> a.fill_(3)
tensor([3, 3], dtype=torch.uint16)
>>> a + a
NotImplementedError: "add_stub" not implemented for 'UInt16'
>>> a + 1
NotImplementedError: "add_stub" not implemented for 'UInt16'
>>> a - a
NotImplementedError: "add_stub" not implemented for 'UInt16'
>>> a + 2.5
tensor([5.5000, 5.5000])
>>> a < 2.5
tensor([False, False])
>>> a < a
NotImplementedError: "lt_cpu" not implemented for 'UInt16'
>>> -a
NotImplementedError: "neg_cpu" not implemented for 'UInt16'
>>> a.max()
NotImplementedError: "max_all" not implemented for 'UInt16'
>>> a.max(0)
NotImplementedError: "max_cpu" not implemented for 'UInt16'
>>> a.max(a)
NotImplementedError: "maximum_cpu" not implemented for 'UInt16'
>>> a.clamp(0, 1)
NotImplementedError: "clamp_scalar_cpu" not implemented for 'UInt16'
>>> a.clamp(min=1)
NotImplementedError: "clamp_min_scalar_cpu" not implemented for 'UInt16'
>>> a.relu()
NotImplementedError: "clamp_min_scalar_cpu" not implemented for 'UInt16'
>>> a.add_(1)
NotImplementedError: "add_stub" not implemented for 'UInt16'
>>> torch.add(a, a)
NotImplementedError: "add_stub" not implemented for 'UInt16'
>>> a.pow(2)
NotImplementedError: "pow" not implemented for 'UInt16'
>>> a.pow(2.5)
tensor([15.5885, 15.5885])
>>> torch.pow(2, a)
NotImplementedError: "pow" not implemented for 'UInt16'
>>> a.masked_fill(torch.tensor([True, False]), 1)
NotImplementedError: "masked_fill" not implemented for 'UInt16'
>>> a.index_select(0, torch.tensor([0]))
NotImplementedError: "index_select" not implemented for 'UInt16'
>>> a // a
NotImplementedError: "div_floor_cpu" not implemented for 'UInt16'
>>> a % a
NotImplementedError: "remainder_cpu" not implemented for 'UInt16'
>>> a << 1
NotImplementedError: "lshift_cpu" not implemented for 'UInt16'
>>> ~a
NotImplementedError: "bitwise_not_cpu" not implemented for 'UInt16'
>>> a.abs()
NotImplementedError: "abs_cpu" not implemented for 'UInt16'
>>> a.flip(0)
NotImplementedError: "flip_cpu" not implemented for 'UInt16'
>>> a.sub(1.5)
tensor([1.5000, 1.5000])
>>> torch.tensor([1, 2], dtype=torch.uint8) + a
RuntimeError: Promotion for uint16, uint32, uint64 types is not supported, attempted to promote Byte and UInt16
>>> a + torch.tensor([1, 2], dtype=torch.uint8)
RuntimeError: Promotion for uint16, uint32, uint64 types is not supported, attempted to promote UInt16 and Byte
>>> a.take(torch.tensor([0]))
NotImplementedError: "take_cpu" not implemented for 'UInt16'
>>> a.nonzero()
NotImplementedError: "nonzero_count_cpu" not implemented for 'UInt16'
>>> torch.tensor([1, 2], dtype=torch.uint64).sub(1)
NotImplementedError: "add_stub" not implemented for 'UInt64'
>>> a.gather(0, torch.tensor([0]))
NotImplementedError: "scatter_gather_tensor_cpu" not implemented for 'UInt16'
>>> torch.where(a > 1, a, a)
NotImplementedError: "gt_cpu" not implemented for 'UInt16'
>>> torch.tensor([2**64 - 1, 5], dtype=torch.uint64)
tensor([18446744073709551615,                    5], dtype=torch.uint64)
>>> torch.tensor(2**63 + 5, dtype=torch.uint64)
tensor(9223372036854775813, dtype=torch.uint64)
>>> torch.tensor([[1, 2], [3, 40000]], dtype=torch.uint16)
tensor([[    1,     2],
        [    3, 40000]], dtype=torch.uint16)
>>> torch.tensor([], dtype=torch.uint16)
tensor([], dtype=torch.uint16)
>>> torch.tensor([70000], dtype=torch.uint16)
RuntimeError: value cannot be converted to type uint16 without overflow
>>> torch.tensor([-1], dtype=torch.uint32)
tensor([4294967295], dtype=torch.uint32)
>>> torch.tensor([2**32], dtype=torch.uint32)
RuntimeError: value cannot be converted to type uint32 without overflow
>>> torch.tensor([2**64], dtype=torch.uint64)
OverflowError: int too big to convert
>>> torch.tensor([2**63])
ValueError: Overflow when unpacking long long
>>> torch.tensor([2**63], dtype=torch.int32)
ValueError: Overflow when unpacking long long
>>> torch.tensor(-2**63 - 1)
ValueError: Overflow when unpacking long long
>>> torch.tensor([1, 2**63])
ValueError: Overflow when unpacking long long
>>> torch.tensor([2**70], dtype=torch.uint8)
ValueError: Overflow when unpacking long long
>>> torch.tensor([200], dtype=torch.int8)
RuntimeError: value cannot be converted to type int8 without overflow
>>> torch.tensor([-129], dtype=torch.int8)
RuntimeError: value cannot be converted to type int8 without overflow
>>> torch.tensor([-255, 255], dtype=torch.uint8)
tensor([  1, 255], dtype=torch.uint8)
>>> torch.tensor([-256], dtype=torch.uint8)
RuntimeError: value cannot be converted to type uint8 without overflow
>>> torch.tensor([2**31], dtype=torch.int32)
RuntimeError: value cannot be converted to type int32 without overflow
>>> torch.tensor([True, 2], dtype=torch.int16)
tensor([1, 2], dtype=torch.int16)
>>> torch.tensor([1.5]).to(torch.uint16)
tensor([1], dtype=torch.uint16)
>>> torch.promote_types(torch.uint16, torch.float32)
torch.float32
>>> torch.promote_types(torch.uint64, torch.int64)
RuntimeError: Promotion for uint16, uint32, uint64 types is not supported, attempted to promote UInt64 and Long
>>> torch.promote_types(torch.uint32, torch.uint16)
RuntimeError: Promotion for uint16, uint32, uint64 types is not supported, attempted to promote UInt32 and UInt16
>>> torch.promote_types(torch.uint16, torch.bool)
RuntimeError: Promotion for uint16, uint32, uint64 types is not supported, attempted to promote UInt16 and Bool
>>> torch.promote_types(torch.uint16, torch.complex64)
RuntimeError: Promotion for uint16, uint32, uint64 types is not supported, attempted to promote UInt16 and ComplexFloat
>>> torch.promote_types(torch.uint16, torch.uint16)
torch.uint16
>>> torch.tensor([1], dtype=torch.uint16) * torch.tensor(2)
tensor([2], dtype=torch.uint16)
>>> torch.tensor([1], dtype=torch.uint16) * True
tensor([1], dtype=torch.uint16)
>>> torch.tensor([1], dtype=torch.uint16) == torch.tensor([1])
RuntimeError: Promotion for uint16, uint32, uint64 types is not supported, attempted to promote UInt16 and Long
>>> torch.tensor([3, 4], dtype=torch.uint32).float().sum()
tensor(7.)
>>> torch.uint16.is_floating_point
False
>>> torch.uint64.is_signed
False
>>> a.type()
'torch.UInt16Tensor'
>>> a.roll(1)
tensor([3, 3], dtype=torch.uint16)
>>> a.repeat(2)
tensor([3, 3, 3, 3], dtype=torch.uint16)
>>> a.sort(descending=True)
torch.return_types.sort(
values=tensor([3, 3], dtype=torch.uint16),
indices=tensor([0, 1]))
>>> a.argsort()
tensor([0, 1])
>>> a.exp()
tensor([20.0855, 20.0855])
>>> a.round()
tensor([3, 3], dtype=torch.uint16)
>>> a.sum(0)
tensor(6)
>>> torch.stack([a, a])
tensor([[3, 3],
        [3, 3]], dtype=torch.uint16)
>>> a.bitwise_xor(a)
tensor([0, 0], dtype=torch.uint16)
>>> torch.tensor([1, 2], dtype=torch.uint64).sum()
tensor(3)
>>> torch.tensor([1, 2], dtype=torch.uint32).sum()
tensor(3)
>>> torch.tensor([2**63, 2**63], dtype=torch.uint64).sum()
tensor(0)
>>> torch.tensor([1, 2], dtype=torch.uint64).prod()
tensor(2)
>>> torch.tensor([1, 2], dtype=torch.uint32).cumsum(0)
tensor([1, 3])
>>> torch.tensor([1, 2], dtype=torch.uint32).cumprod(0)
tensor([1, 2])
>>> torch.tensor([1, 2], dtype=torch.uint32).sum(dtype=torch.uint32)
NotImplementedError: "sum_cpu" not implemented for 'UInt32'
>>> torch.tensor([1, 2], dtype=torch.uint16).to(torch.float16)
tensor([1., 2.], dtype=torch.float16)
>>> torch.tensor([-1.5, 2.5]).to(torch.uint32)
tensor([4294967295,          2], dtype=torch.uint32)
>>> torch.tensor([1, 2], dtype=torch.uint16).numpy()
array([1, 2], dtype=uint16)
>>> torch.tensor([1, 2], dtype=torch.uint16).bool()
tensor([True, True])
>>> torch.tensor([1, 2], dtype=torch.uint16).double()
tensor([1., 2.], dtype=torch.float64)
>>> torch.tensor([1, 2], dtype=torch.uint16).long()
tensor([1, 2])
>>> torch.tensor([1, 2], dtype=torch.uint16).int()
tensor([1, 2], dtype=torch.int32)
>>> torch.tensor([1, 2], dtype=torch.uint16).byte()
tensor([1, 2], dtype=torch.uint8)
>>> torch.tensor([1, 2], dtype=torch.uint16).nansum()
tensor(3)
>>> torch.tensor([1, 2], dtype=torch.uint16).std()
RuntimeError: std and var only support floating point and complex dtypes
>>> torch.tensor([1, 2], dtype=torch.uint16).norm()
RuntimeError: linalg.vector_norm: Expected a floating point or complex tensor as input. Got UInt16
>>> torch.tensor([1, 2], dtype=torch.uint16).var()
RuntimeError: std and var only support floating point and complex dtypes
>>> torch.tensor([1, 2], dtype=torch.uint16).isinf()
tensor([False, False])
>>> torch.tensor([1, 2], dtype=torch.uint16).ne(1)
tensor([False,  True])
>>> torch.tensor([1, 2], dtype=torch.uint16).to(torch.uint32)
tensor([1, 2], dtype=torch.uint32)
>>> torch.tensor([1, 2], dtype=torch.uint16).masked_select(torch.tensor([True, False]))
NotImplementedError: "masked_select" not implemented for 'UInt16'
>>> torch.tensor([1, 2], dtype=torch.uint16).new_zeros(2)
tensor([0, 0], dtype=torch.uint16)
>>> torch.zeros_like(torch.tensor([1, 2], dtype=torch.uint16))
tensor([0, 0], dtype=torch.uint16)
>>> torch.tensor([1, 2], dtype=torch.uint16).numel()
2
>>> torch.tensor([1, 2], dtype=torch.uint16).element_size()
2
>>> torch.tensor([1, 2], dtype=torch.uint16).view(torch.int16)
tensor([1, 2], dtype=torch.int16)
>>> torch.tensor([1, 2], dtype=torch.int16).view(torch.uint16)
tensor([1, 2], dtype=torch.uint16)
>>> torch.tensor([1, 2], dtype=torch.uint16).bitwise_and(3)
tensor([1, 2], dtype=torch.uint16)
>>> torch.tensor([1, 2], dtype=torch.uint16) | 1
tensor([1, 3], dtype=torch.uint16)
>>> torch.tensor([1, 2], dtype=torch.uint16).eq(torch.tensor([1, 2], dtype=torch.uint16))
tensor([True, True])
>>> torch.tensor([1, 2], dtype=torch.uint16).div(2, rounding_mode='floor')
NotImplementedError: "div_floor_cpu" not implemented for 'UInt16'
>>> torch.tensor([1, 2], dtype=torch.uint16).div(2, rounding_mode='trunc')
NotImplementedError: "div_trunc_cpu" not implemented for 'UInt16'
>>> torch.tensor([1, 2], dtype=torch.uint16).transpose(0, 0)
tensor([1, 2], dtype=torch.uint16)
>>> torch.tensor([[1, 2]], dtype=torch.uint16).T
tensor([[1],
        [2]], dtype=torch.uint16)
>>> torch.tensor([1, 2], dtype=torch.uint16).tile(2)
tensor([1, 2, 1, 2], dtype=torch.uint16)
>>> torch.tensor([1, 2], dtype=torch.uint16).chunk(2)
(tensor([1], dtype=torch.uint16), tensor([2], dtype=torch.uint16))
>>> torch.tensor([1, 2], dtype=torch.uint16).is_floating_point()
False
>>> torch.tensor([1, 2], dtype=torch.uint16).max(dim=0)
NotImplementedError: "max_cpu" not implemented for 'UInt16'
>>> torch.tensor([1, 2], dtype=torch.uint16).allclose(torch.tensor([1, 2], dtype=torch.uint16))
True
>>> torch.tensor([1, 2], dtype=torch.uint16).isclose(torch.tensor([1, 2], dtype=torch.uint16))
tensor([True, True])
>>> torch.tensor([1, 2], dtype=torch.uint16).mul(torch.tensor([1, 2], dtype=torch.uint16))
tensor([1, 4], dtype=torch.uint16)
>>> u = torch.tensor([1, 2], dtype=torch.uint16)
>>> u.addcmul(u, u)
NotImplementedError: "addcmul_cpu_out" not implemented for 'UInt16'
>>> torch.tensor([1, 2], dtype=torch.uint16).square()
NotImplementedError: "pow" not implemented for 'UInt16'
>>> torch.tensor([1, 2], dtype=torch.uint16).exp2()
tensor([2., 4.])
>>> torch.tensor([1, 2], dtype=torch.uint16).reciprocal()
tensor([1.0000, 0.5000])
>>> torch.tensor([1, 2], dtype=torch.uint16).rsqrt()
tensor([1.0000, 0.7071])
>>> torch.tensor([1, 2], dtype=torch.uint16).clone().zero_()
tensor([0, 0], dtype=torch.uint16)
>>> torch.tensor([1, 2], dtype=torch.uint16).clone().fill_(7)
tensor([7, 7], dtype=torch.uint16)
>>> torch.tensor([1, 2], dtype=torch.uint16).clone().mul_(3)
tensor([3, 6], dtype=torch.uint16)
>>> torch.tensor([1, 2], dtype=torch.uint16).clone().div_(3)
RuntimeError: result type Float can't be cast to the desired output type UInt16
>>> torch.tensor([1, 2], dtype=torch.uint16).float().to(torch.uint16)
tensor([1, 2], dtype=torch.uint16)
>>> torch.tensor([1, 2], dtype=torch.uint16).hash_tensor()
NotImplementedError: "xor_sum_cpu" not implemented for 'UInt16'
>>> m = torch.tensor([[1, 2], [3, 4]], dtype=torch.uint32)
>>> m @ m
NotImplementedError: "addmm_impl_cpu_" not implemented for 'UInt32'
>>> torch.tensor([1, 2], dtype=torch.uint16).type(torch.uint32)
tensor([1, 2], dtype=torch.uint32)
>>> torch.tensor([1, 2], dtype=torch.uint64).sort()
torch.return_types.sort(
values=tensor([1, 2], dtype=torch.uint64),
indices=tensor([0, 1]))
>>> torch.tensor([1, 2], dtype=torch.uint16).unique(return_counts=True)
(tensor([1, 2], dtype=torch.uint16), tensor([1, 1]))
>>> torch.tensor([3, 2], dtype=torch.uint16).argsort(descending=True)
tensor([0, 1])
>>> torch.tensor([1, 2], dtype=torch.uint16)[torch.tensor([True, False])]
tensor([1], dtype=torch.uint16)
>>> torch.tensor([1, 2], dtype=torch.uint16)[torch.tensor([1])]
tensor([2], dtype=torch.uint16)
>>> torch.tensor([[1, 2], [3, 4]], dtype=torch.uint16)[:, 0]
tensor([1, 3], dtype=torch.uint16)
>>> torch.ones(2, 2, dtype=torch.uint32) @ torch.ones(2, dtype=torch.uint32)
NotImplementedError: "addmv_impl_cpu" not implemented for 'UInt32'
>>> torch.ones(2, dtype=torch.uint32) @ torch.ones(2, 2, dtype=torch.uint32)
NotImplementedError: "addmm_impl_cpu_" not implemented for 'UInt32'
>>> torch.ones(2, 2, 2, dtype=torch.uint32) @ torch.ones(2, 2, 2, dtype=torch.uint32)
NotImplementedError: "bmm" not implemented for 'UInt32'
>>> torch.ones(2, 2, 2, dtype=torch.uint32) @ torch.ones(2, 2, dtype=torch.uint32)
NotImplementedError: "addmm_impl_cpu_" not implemented for 'UInt32'
>>> torch.ones(2, 2, dtype=torch.uint32).mv(torch.ones(2, dtype=torch.uint32))
NotImplementedError: "addmv_impl_cpu" not implemented for 'UInt32'
>>> torch.ones(2, 2, 2, dtype=torch.uint32).bmm(torch.ones(2, 2, 2, dtype=torch.uint32))
NotImplementedError: "bmm" not implemented for 'UInt32'
>>> torch.tensor([1, 2], dtype=torch.uint16).sum(dtype=torch.uint32)
NotImplementedError: "sum_cpu" not implemented for 'UInt32'
>>> torch.tensor([1, 2], dtype=torch.int64).sum(dtype=torch.uint32)
NotImplementedError: "sum_cpu" not implemented for 'UInt32'
>>> torch.tensor([1, 2], dtype=torch.uint16).divide(2, rounding_mode="floor")
NotImplementedError: "div_floor_cpu" not implemented for 'UInt16'
>>> torch.tensor([1, 2], dtype=torch.uint16).true_divide(2)
tensor([0.5000, 1.0000])
>>> torch.tensor([1, 2], dtype=torch.uint16).prod(dtype=torch.uint16)
NotImplementedError: "prod_out_cpu" not implemented for 'UInt16'
>>> torch.tensor([1, 2], dtype=torch.uint16).cumsum(0, dtype=torch.uint16)
NotImplementedError: "cumsum_out_cpu" not implemented for 'UInt16'
>>> torch.tensor([1, 2], dtype=torch.uint16).cumprod(0, dtype=torch.uint16)
NotImplementedError: "cumprod_out_cpu" not implemented for 'UInt16'
>>> torch.tensor([1, 2], dtype=torch.uint16).clone().div_(2)
RuntimeError: result type Float can't be cast to the desired output type UInt16
>>> torch.tensor([1, 2], dtype=torch.uint16) / 2.5
tensor([0.4000, 0.8000])
>>> torch.tensor([1, 2], dtype=torch.uint16).sum(dim=0)
tensor(3)
>>> a = torch.tensor([[1.5, -2.], [3., 0.25]])
>>> torch.hash_tensor(a)
tensor(9232379236109516800, dtype=torch.uint64)
>>> torch.hash_tensor(a, 1)
tensor([18444492273895866368,  9212113037786349568], dtype=torch.uint64)
>>> torch.hash_tensor(a, (0, 1))
tensor(9232379236109516800, dtype=torch.uint64)
>>> torch.hash_tensor(a, [0, 1], keepdim=True)
tensor([[9232379236109516800]], dtype=torch.uint64)
>>> torch.hash_tensor(a, 0, keepdim=True)
tensor([[ 9218868437227405312, 18433233274827440128]], dtype=torch.uint64)
>>> torch.hash_tensor(a, None)
tensor(9232379236109516800, dtype=torch.uint64)
>>> torch.hash_tensor(a, [])
tensor(9232379236109516800, dtype=torch.uint64)
>>> torch.hash_tensor(a, mode=1)
RuntimeError: Unknown hash_tensor mode: 1
>>> torch.hash_tensor(torch.tensor([1j]))
NotImplementedError: "xor_sum_cpu" not implemented for 'ComplexFloat'
>>> torch.hash_tensor(torch.tensor([-1, 3]))
tensor(18446744073709551612, dtype=torch.uint64)
>>> torch.hash_tensor(torch.tensor([True, True]))
tensor(0, dtype=torch.uint64)
>>> torch.hash_tensor(torch.tensor([]))
RuntimeError: hash_tensor: Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim with the 'dim' argument.
>>> torch.hash_tensor(torch.zeros(0, 3), 0)
IndexError: hash_tensor: Expected reduction dim 0 to have non-zero size.
>>> torch.hash_tensor(torch.tensor(2.))
tensor(4611686018427387904, dtype=torch.uint64)
>>> torch.hash_tensor(torch.tensor([1, 2], dtype=torch.uint16))
NotImplementedError: "xor_sum_cpu" not implemented for 'UInt16'
>>> torch.hash_tensor(torch.tensor([1.], dtype=torch.float16))
tensor(4607182418800017408, dtype=torch.uint64)
>>> a.hash_tensor()
tensor(9232379236109516800, dtype=torch.uint64)
>>> torch.hash_tensor(a, out=torch.empty(0, dtype=torch.uint64))
tensor(9232379236109516800, dtype=torch.uint64)
>>> torch.hash_tensor(a, out=torch.empty(0))
RuntimeError: Expected result to be of dtype uint64, but got Float
>>> torch.hash_tensor(a, 2)
IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
>>> torch.hash_tensor(a.requires_grad_())
tensor(9232379236109516800, dtype=torch.uint64)
>>> torch.hash_tensor(torch.tensor([float("nan")]))
tensor(9221120237041090560, dtype=torch.uint64)
>>> torch.hash_tensor(a, dim=1)
tensor([18444492273895866368,  9212113037786349568], dtype=torch.uint64)
>>> torch.hash_tensor(a, 1, True)
TypeError: hash_tensor() takes from 1 to 2 positional arguments but 3 were given
>>> torch.hash_tensor(5)
TypeError: hash_tensor(): argument 'input' (position 1) must be Tensor, not int
>>> _ = torch.manual_seed(0)
>>> b = torch.randn(2, 4)
>>> torch.hash_tensor(b, 1)
tensor([9207960037949964288,   14702542248214528], dtype=torch.uint64)
>>> torch.hash_tensor(b, -1, keepdim=True)
tensor([[9207960037949964288],
        [  14702542248214528]], dtype=torch.uint64)
>>> torch.hash_tensor(torch.tensor([-0.0, 0.0]))
tensor(9223372036854775808, dtype=torch.uint64)
>>> torch.hash_tensor(torch.arange(6, dtype=torch.int32).reshape(2, 3), 0)
tensor([3, 5, 7], dtype=torch.uint64)
>>> x = torch.tensor([1.0, 2.0], requires_grad=True)
>>> x.grad_dtype
torch.float32
>>> x.grad_dtype = torch.float16
>>> x.grad_dtype
torch.float16
>>> x.grad_dtype = None
>>> x.grad_dtype
>>> y = x * 2
>>> y.grad_dtype
RuntimeError: grad_dtype can only be accessed on leaf tensors.
>>> y.grad_dtype = torch.float16
UserWarning: The .grad attribute of a Tensor that is not a leaf Tensor is being accessed. Its .grad attribute won't be populated during autograd.backward(). If you indeed want the .grad field to be populated for a non-leaf Tensor, use .retain_grad() on the non-leaf Tensor. If you access the non-leaf Tensor by mistake, make sure you access the leaf Tensor instead. See github.com/pytorch/pytorch/pull/30531 for more information. (Triggered internally at /__w/pytorch/pytorch/build/aten/src/ATen/core/TensorBody.h:493.)
RuntimeError: grad_dtype can only be set on leaf tensors.
>>> z = torch.tensor([1, 2])
>>> z.grad_dtype
torch.int64
>>> z.grad_dtype = torch.float64
>>> z.grad_dtype
torch.float64
>>> x.grad_dtype = torch.float64
>>> (x * 2).sum().backward()
>>> x.grad
tensor([2., 2.], dtype=torch.float64)
>>> x.grad_dtype = None
>>> (x.double() * 2).sum().backward()
>>> x.grad
tensor([4., 4.], dtype=torch.float64)
>>> x.grad_dtype = torch.float16
RuntimeError: Cannot set grad_dtype to 'Half' because there is already a gradient with dtype 'double'. Please clear the gradient (.grad = None) before changing grad_dtype, or ensure the new grad_dtype matches the existing gradient's dtype.
>>> x.grad = torch.zeros(2)
>>> x.grad
tensor([0., 0.])
>>> x.grad_dtype = 3
RuntimeError: grad_dtype must be a torch.dtype or None, but got int
>>> x.grad_dtype = float
RuntimeError: grad_dtype must be a torch.dtype or None, but got type
>>> w2 = torch.tensor([1.0, 2.0], requires_grad=True)
>>> w2.grad = torch.zeros(2, dtype=torch.float64)
RuntimeError: attempting to assign a gradient with dtype 'double' to a tensor with grad_dtype 'Float'. The gradient must match the tensor's grad_dtype (defaults to the tensor's dtype). You can set the tensor's grad_dtype attribute with a specific dtype, or None to allow any dtype. Set grad_dtype with caution. Diverging the dtypes of a tensor and its gradient may break downstream systems that assume they match.
>>> w2.grad = torch.zeros(3)
RuntimeError: attempting to assign a gradient of size '[3]' to a tensor of size '[2]'. Please ensure that the gradient and the tensor are the same size
>>> u = torch.tensor([1.0, 2.0], requires_grad=True)
>>> u.grad_dtype = torch.float64
>>> (u * 2).sum().backward()
>>> (u * 2).sum().backward()
>>> u.grad
tensor([4., 4.], dtype=torch.float64)
>>> q = torch.tensor([1.0, 2.0], requires_grad=True)
>>> q.grad_dtype = torch.float16
>>> h = q.register_hook(lambda g: print('hook', g.dtype))
>>> (q * 2).sum().backward()
hook torch.float16
>>> q.grad
tensor([2., 2.], dtype=torch.float16)
>>> q2 = torch.tensor([1.0, 2.0], requires_grad=True)
>>> q2.grad_dtype = torch.float64
>>> torch.autograd.grad((q2 * 2).sum(), q2)
(tensor([2., 2.], dtype=torch.float64),)
>>> q2.detach().grad_dtype
torch.float32
>>> import torch.nn.functional as F
>>> F.DType
<class 'int'>
>>> F.DType(3.7)
3
>>> F.has_torch_function_unary(torch.ones(1))
False
>>> F.has_torch_function((torch.ones(1), 2))
False
>>> F.has_torch_function_variadic(torch.ones(1), 2)
False
>>> F.has_torch_function_unary(1)
False
>>> F.has_torch_function([1, torch.ones(1)])
False
>>> F.has_torch_function(1)
TypeError: expected a sequence
>>> F.handle_torch_function(lambda a: a * 2, (torch.ones(1),), torch.ones(1))
tensor([2.])
>>> def func(a):
...     if F.has_torch_function_unary(a):
...         return F.handle_torch_function(func, (a,), a)
...     return a + 0
>>> func(torch.tensor([1., 2.]))
tensor([1., 2.])
>>> class Wrapped:
...     def __init__(self, value):
...         self.value = value
... 
...     @classmethod
...     def __torch_function__(cls, func, types, args=(), kwargs=None):
...         print('dispatch', func.__name__, [t.__name__ for t in types])
...         return func(*[a.value if isinstance(a, Wrapped) else a for a in args])
>>> F.has_torch_function_unary(Wrapped(1))
True
>>> F.has_torch_function_variadic(1, Wrapped(1))
True
>>> F.has_torch_function([torch.ones(1), Wrapped(1)])
True
>>> func(Wrapped(torch.tensor([3.])))
dispatch func ['Wrapped']
tensor([3.])
>>> class Refuses:
...     @classmethod
...     def __torch_function__(cls, func, types, args=(), kwargs=None):
...         return NotImplemented
>>> F.handle_torch_function(func, (Refuses(),), Refuses())
TypeError: no implementation found for '__main__.func' on types that implement __torch_function__: [<class '__main__.Refuses'>]
>>> torch.set_flush_denormal(True)
True
>>> torch.tensor([1e-323], dtype=torch.float64)
tensor([0.], dtype=torch.float64)
>>> t = torch.tensor([1e-323, 1.0], dtype=torch.float64)
>>> t.tolist()
[0.0, 1.0]
>>> f = torch.tensor([1e-40, -1e-41, 1.0])
>>> f
tensor([0., -0., 1.])
>>> f.view(torch.int32)
tensor([          0, -2147483648,  1065353216], dtype=torch.int32)
>>> torch.tensor([1e-38]) / 100
tensor([0.])
>>> torch.ones(1) * 1e-40
tensor([0.])
>>> torch.tensor([1e-300], dtype=torch.float64) * 1e-20
tensor([0.], dtype=torch.float64)
>>> torch.tensor([1e-40]) == 0
tensor([True])
>>> torch.tensor([1e-5], dtype=torch.float16)
tensor([1.0014e-05], dtype=torch.float16)
>>> torch.tensor([1e-40j])
tensor([0.+0.j])
>>> torch.set_flush_denormal(False)
True
>>> torch.tensor([1e-323], dtype=torch.float64)
tensor([9.8813e-324], dtype=torch.float64)
>>> torch.set_flush_denormal("a")
RuntimeError: flush_denormal expects a bool, but got str
>>> torch.set_flush_denormal(1)
RuntimeError: flush_denormal expects a bool, but got int
>>> torch.set_flush_denormal()
TypeError: torch.set_flush_denormal() takes exactly one argument (0 given)
>>> torch.set_flush_denormal(mode=True)
TypeError: torch.set_flush_denormal() takes no keyword arguments
>>> torch.set_flush_denormal(None)
RuntimeError: flush_denormal expects a bool, but got NoneType
>>> torch.tensor([1e-40]).double()
tensor([9.9999e-41], dtype=torch.float64)
>>> torch.tensor([1e-40]).sum()
tensor(9.9999e-41)
>>> torch.tensor([1e-40]).abs().view(torch.int32)
tensor([71362], dtype=torch.int32)
>>> torch.set_flush_denormal(True)
True
>>> a = torch.ones(2)
>>> a.mul_(1e-40)
tensor([0., 0.])
>>> b = torch.zeros(2)
>>> b.fill_(1e-40)
tensor([0., 0.])
>>> c = torch.zeros(2)
>>> c[0] = 1e-40
>>> c
tensor([0., 0.])
>>> torch.full((2,), 1e-40)
tensor([0., 0.])
>>> torch.tensor([1e-40]).item()
0.0
>>> torch.zeros(2).add_(1e-40)
tensor([0., 0.])
>>> torch.set_flush_denormal(False)
True
>>> torch.tensor([1.2, 3]).dtype
torch.float32
>>> torch.set_default_tensor_type(torch.DoubleTensor)
UserWarning: torch.set_default_tensor_type() is deprecated as of PyTorch 2.1, please use torch.set_default_dtype() and torch.set_default_device() as alternatives. (Triggered internally at /__w/pytorch/pytorch/torch/csrc/tensor/python_tensor.cpp:434.)
>>> torch.get_default_dtype()
torch.float64
>>> torch.tensor([1.2, 3]).dtype
torch.float64
>>> torch.Tensor([1.5])
tensor([1.5000])
>>> torch.ones(1)
tensor([1.])
>>> torch.tensor([1j]).dtype
torch.complex128
>>> torch.set_default_tensor_type('torch.FloatTensor')
>>> torch.get_default_dtype()
torch.float32
>>> torch.set_default_tensor_type(torch.IntTensor)
TypeError: only floating-point types are supported as the default type
>>> torch.set_default_tensor_type('torch.IntTensor')
TypeError: only floating-point types are supported as the default type
>>> torch.set_default_tensor_type('torch.Foo')
AttributeError: module 'torch' has no attribute 'Foo'
>>> torch.set_default_tensor_type(torch.float64)
TypeError: invalid type object: only floating-point types are supported as the default type
>>> torch.set_default_tensor_type(3)
TypeError: invalid type object: only floating-point types are supported as the default type
>>> torch.set_default_tensor_type(torch.HalfTensor)
>>> torch.get_default_dtype()
torch.float16
>>> torch.set_default_tensor_type(torch.Tensor)
TypeError: invalid type object: only floating-point types are supported as the default type
>>> torch.set_default_tensor_type('torch.DoubleTensor')
>>> torch.get_default_dtype()
torch.float64
>>> torch.zeros(2).dtype
torch.float64
>>> torch.set_default_tensor_type('DoubleTensor')
ModuleNotFoundError: No module named 'DoubleTensor'
>>> torch.set_default_dtype(torch.float32)
>>> torch.tensor([1.2, 3]).dtype
torch.float32
