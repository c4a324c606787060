>>> # Division by zero: floats give inf and nan, integers raise
>>> tensor([1., -1., 0.]) / 0
tensor([inf, -inf, nan])
>>> tensor([1., -1., 0.]) / tensor([0., 0., 0.])
tensor([inf, -inf, nan])
>>> tensor([1., -1., 0.]) / -0.
tensor([-inf, inf, nan])
>>> tensor([1, 2, 3]) / 0
tensor([inf, inf, inf])
>>> tensor([1, 2, 3]) // 0
RuntimeError: ZeroDivisionError
>>> tensor([1, 2, 3]) % 0
RuntimeError: ZeroDivisionError
>>> tensor([1, 2, 3]) // tensor([1, 0, 1])
RuntimeError: ZeroDivisionError
>>> tensor([5, -5]) % tensor([0, 3])
RuntimeError: ZeroDivisionError
>>> torch.div(tensor([4, 5]), 0, rounding_mode='floor')
RuntimeError: ZeroDivisionError
>>> torch.div(tensor([4, 5]), 0, rounding_mode='trunc')
RuntimeError: ZeroDivisionError
>>> tensor([1., 2.]) // 0
tensor([inf, inf])
>>> tensor([1., -2.]) % 0
tensor([nan, nan])
>>> torch.remainder(tensor([5., -5.]), 0.)
tensor([nan, nan])
>>> tensor([1, 2]) / tensor([0, 0])
tensor([inf, inf])
>>> tensor([0, 0]) / 0
tensor([nan, nan])
>>> 1 / tensor(0.)
tensor(inf)
>>> tensor(0.) ** -1
tensor(inf)
>>> tensor(0) ** -1
RuntimeError: Integers to negative integer powers are not allowed.
>>> tensor([2, 3]) ** -1
RuntimeError: Integers to negative integer powers are not allowed.
>>> # nan and inf propagate
>>> tensor([nan, 1.]) + 1
tensor([nan, 2.])
>>> tensor([inf, -inf, nan]) * 0
tensor([nan, nan, nan])
>>> tensor([inf]) - tensor([inf])
tensor([nan])
>>> tensor([nan, 1., 2.]).sum()
tensor(nan)
>>> tensor([nan, 1., 2.]).max()
tensor(nan)
>>> tensor([nan, 1., 2.]).min()
tensor(nan)
>>> tensor([nan, 1., 2.]).argmax()
tensor(0)
>>> tensor([1., nan, 3.]).mean()
tensor(nan)
>>> torch.maximum(tensor([nan, 1.]), tensor([0., nan]))
tensor([nan, nan])
>>> torch.clamp(tensor([nan, 5., -5.]), -1, 1)
tensor([nan,  1., -1.])
>>> tensor([nan, inf, -inf]).isnan()
tensor([ True, False, False])
>>> tensor([nan, inf, -inf]).isinf()
tensor([False,  True,  True])
>>> tensor([nan, inf, -inf]).isfinite()
tensor([False, False, False])
>>> tensor([nan]) == tensor([nan])
tensor([False])
>>> tensor([nan]) != tensor([nan])
tensor([True])
>>> tensor([inf, -inf, nan]).exp()
tensor([inf, 0., nan])
>>> tensor([inf, -inf]).sigmoid()
tensor([1., 0.])
>>> tensor([inf, -inf, nan]).tanh()
tensor([ 1., -1., nan])
>>> tensor([1e38, -1e38]) * 10
tensor([inf, -inf])
>>> tensor([3.4e38], dtype=torch.float32) * 2
tensor([inf])
>>> tensor([1e308], dtype=torch.float64) * 10
tensor([inf], dtype=torch.float64)
>>> tensor([inf, nan]).sort()
torch.return_types.sort(
values=tensor([inf, nan]),
indices=tensor([0, 1]))
>>> tensor([inf, -inf, nan]).relu()
tensor([inf, 0., nan])
>>> tensor([nan, 2.]).cumsum(0)
tensor([nan, nan])
>>> tensor([inf, 1.]).softmax(0)
tensor([nan, nan])
>>> # Logarithms and roots of negatives and zero
>>> tensor([-1., 0., 1.]).log()
tensor([nan, -inf, 0.])
>>> tensor([-1., 0., 1.]).log2()
tensor([nan, -inf, 0.])
>>> tensor([-1., 0.]).log10()
tensor([nan, -inf])
>>> tensor([-2., -1., 0.]).log1p()
tensor([nan, -inf, 0.])
>>> tensor([-4., 0., 4.]).sqrt()
tensor([nan, 0., 2.])
>>> tensor([-4., 0.]).rsqrt()
tensor([nan, inf])
>>> tensor([-8.]) ** (1/3)
tensor([nan])
>>> tensor([2., -1.]).acos()
tensor([   nan, 3.1416])
>>> tensor([2., -2.]).asin()
tensor([nan, nan])
>>> tensor([0.]).reciprocal()
tensor([inf])
>>> tensor([0, 1]).reciprocal()
tensor([inf, 1.])
>>> tensor([-1]).log()
tensor([nan])
>>> # Integer overflow wraps around
>>> tensor([2**62]) * 4
tensor([0])
>>> tensor([9223372036854775807]) + 1
tensor([-9223372036854775808])
>>> tensor([-9223372036854775808]) - 1
tensor([9223372036854775807])
>>> tensor([-9223372036854775808]).abs()
tensor([-9223372036854775808])
>>> -tensor([-9223372036854775808])
tensor([-9223372036854775808])
>>> tensor([2**31 - 1], dtype=torch.int32) + 1
tensor([-2147483648], dtype=torch.int32)
>>> tensor([2**31 - 1], dtype=torch.int32) * 2
tensor([-2], dtype=torch.int32)
>>> tensor([-2**31], dtype=torch.int32) - 1
tensor([2147483647], dtype=torch.int32)
>>> tensor([250, 10], dtype=torch.uint8) + 10
tensor([ 4, 20], dtype=torch.uint8)
>>> tensor([5], dtype=torch.uint8) - 10
tensor([251], dtype=torch.uint8)
>>> tensor([16], dtype=torch.uint8) * 16
tensor([0], dtype=torch.uint8)
>>> tensor([127], dtype=torch.int8) + 1
tensor([-128], dtype=torch.int8)
>>> tensor([-128], dtype=torch.int8) - 1
tensor([127], dtype=torch.int8)
>>> tensor([100], dtype=torch.int8) * 3
tensor([44], dtype=torch.int8)
>>> tensor([200], dtype=torch.uint8) + tensor([100], dtype=torch.uint8)
tensor([44], dtype=torch.uint8)
>>> tensor([2], dtype=torch.uint8) ** 9
tensor([0], dtype=torch.uint8)
>>> tensor([3]) ** 40
tensor([-6289078614652622815])
>>> tensor([2], dtype=torch.int32) ** 31
tensor([-2147483648], dtype=torch.int32)
>>> tensor([1, 2], dtype=torch.uint8).sum()
tensor(3)
>>> tensor([200, 200], dtype=torch.uint8).sum()
tensor(400)
>>> tensor([200, 200], dtype=torch.uint8).sum().dtype
torch.int64
>>> tensor([2**62, 2**62]).sum()
tensor(-9223372036854775808)
>>> tensor([2**62, 2**62]).cumsum(0)
tensor([ 4611686018427387904, -9223372036854775808])
>>> tensor([2**40, 2**40]).prod()
tensor(0)
>>> tensor([300]).to(torch.uint8)
tensor([44], dtype=torch.uint8)
>>> tensor([-1]).to(torch.uint8)
tensor([255], dtype=torch.uint8)
>>> tensor([1000]).to(torch.int8)
tensor([-24], dtype=torch.int8)
>>> tensor([1e10]).to(torch.int32)
tensor([-2147483648], dtype=torch.int32)
>>> tensor([2.5, -2.5]).to(torch.uint8)
tensor([  2, 254], dtype=torch.uint8)
>>> tensor([300], dtype=torch.int32).byte()
tensor([44], dtype=torch.uint8)
>>> tensor([1, 2], dtype=torch.uint8) - tensor([2, 1], dtype=torch.uint8)
tensor([255,   1], dtype=torch.uint8)
>>> tensor([5], dtype=torch.uint8) // tensor([2], dtype=torch.uint8)
tensor([2], dtype=torch.uint8)
>>> tensor([-7]) // 2
tensor([-4])
>>> tensor([-7]) % 3
tensor([2])
>>> tensor([7]) % -3
tensor([-2])
>>> tensor([-7.]) % 3
tensor([2.])
>>> tensor([-7.5]) // 2
tensor([-4.])
>>> # Out-of-range indices
>>> tensor([1, 2, 3])[3]
IndexError: index 3 is out of bounds for dimension 0 with size 3
>>> tensor([1, 2, 3])[-4]
IndexError: index -4 is out of bounds for dimension 0 with size 3
>>> tensor([[1, 2], [3, 4]])[0, 2]
IndexError: index 2 is out of bounds for dimension 1 with size 2
>>> tensor([[1, 2], [3, 4]])[2]
IndexError: index 2 is out of bounds for dimension 0 with size 2
>>> tensor([1, 2, 3])[tensor([0, 5])]
IndexError: index 5 is out of bounds for dimension 0 with size 3
>>> tensor([1, 2, 3])[[0, 3]]
IndexError: index 3 is out of bounds for dimension 0 with size 3
>>> tensor([1, 2, 3])[10:]
tensor([], dtype=torch.int64)
>>> tensor([1, 2, 3])[-10:2]
tensor([1, 2])
>>> tensor([1, 2, 3])[tensor([True, False])]
IndexError: The shape of the mask [2] at index 0 does not match the shape of the indexed tensor [3] at index 0
>>> tensor(5)[0]
IndexError: invalid index of a 0-dim tensor. Use `tensor.item()` in Python or `tensor.item<T>()` in C++ to convert a 0-dim tensor to a number
>>> tensor([1, 2, 3]).gather(0, tensor([3]))
RuntimeError: index 3 is out of bounds for dimension 0 with size 3
>>> tensor([1, 2, 3]).index_select(0, tensor([3]))
IndexError: index out of range in self
>>> tensor([1, 2, 3]).take(tensor([-4]))
IndexError: out of range: tried to access index -4 on a tensor of 3 elements.
>>> tensor([1., 2.]).narrow(0, 1, 2)
RuntimeError: start (1) + length (2) exceeds dimension size (2).
>>> tensor([[1, 2]]).transpose(0, 2)
IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
>>> tensor([1, 2]).sum(1)
IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
>>> tensor([1, 2]).unsqueeze(3)
IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 3)
>>> tensor([1., 2.]).softmax(dim=1)
IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
>>> t = tensor([1, 2, 3]); t[3] = 5
IndexError: index 3 is out of bounds for dimension 0 with size 3
>>> t = tensor([1, 2, 3]); t[tensor([4])] = 0
IndexError: index 4 is out of bounds for dimension 0 with size 3
>>> # Mixed dtypes and special values
>>> tensor([1, 2]) / tensor([2, 2])
tensor([0.5000, 1.0000])
>>> tensor([1, 2], dtype=torch.int32) * 1.5
tensor([1.5000, 3.0000])
>>> tensor([True, False]) + tensor([True, True])
tensor([True, True])
>>> tensor([True]) - tensor([True])
RuntimeError: Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or `logical_xor()` operator instead.
>>> tensor([1., 2.]).int().dtype
torch.int32
>>> tensor([nan]).long()
tensor([-9223372036854775808])
>>> tensor([inf]).int()
tensor([-2147483648], dtype=torch.int32)
>>> tensor(-0.) 
tensor(-0.)
>>> 1 / tensor(-0.)
tensor(-inf)
>>> tensor([0.1 + 0.2]) == 0.3
tensor([True])
>>> tensor([1e-45], dtype=torch.float32)
tensor([1.4013e-45])
>>> tensor([1e-46], dtype=torch.float32)
tensor([0.])
>>> tensor([65504.], dtype=torch.float16) * 2
tensor([inf], dtype=torch.float16)
>>> tensor([1e-8], dtype=torch.float16)
tensor([0.], dtype=torch.float16)
>>> tensor([2.**24 + 1])
tensor([16777216.])
>>> tensor([2.**53 + 1], dtype=torch.float64)
tensor([9.0072e+15], dtype=torch.float64)
