>>> # torch.testing.make_tensor, generated from PyTorch 2.13
>>> import torch
>>> from torch.testing import make_tensor
>>> _ = torch.manual_seed(0)
>>> make_tensor((3,), device="cpu", dtype=torch.float32, low=-1, high=1)
tensor([-0.0075,  0.5364, -0.8230])
>>> make_tensor((2, 2), device="cpu", dtype=torch.bool)
tensor([[False,  True],
        [ True,  True]])
>>> make_tensor(2, 3, device="cpu", dtype=torch.int64)
tensor([[ 0,  0, -5],
        [ 4, -8, -6]])
>>> make_tensor([2, 3], device="cpu", dtype=torch.int8, low=-3)
tensor([[ 5,  7, -3],
        [ 2, -2,  9]], dtype=torch.int8)
>>> x = make_tensor((2, 3), device="cpu", dtype=torch.float64, noncontiguous=True, exclude_zero=True)
>>> x, x.is_contiguous(), x.stride()
(tensor([[-3.2121, -1.3814,  8.7721],
        [-6.1440, -1.1089,  8.0868]], dtype=torch.float64), False, (6, 2))
>>> make_tensor((2,), device="cpu", dtype=torch.complex64)
tensor([-8.4033-6.5031j, -4.6398+5.6784j])
>>> make_tensor((2,), device="cpu", dtype=torch.float32, low=-1e38, high=3e38)
tensor([2.1726e+38, 1.1301e+37])
>>> make_tensor((4,), device="cpu", dtype=torch.uint8)
tensor([1, 0, 9, 3], dtype=torch.uint8)
>>> make_tensor((2,), device="cpu", dtype=torch.float32, requires_grad=True)
tensor([1.2158, 6.0344], requires_grad=True)
>>> make_tensor((2,), device="cpu", dtype=torch.float16, low=0, high=1)
tensor([0.2056, 0.5933], dtype=torch.float16)
>>> make_tensor((), device="cpu", dtype=torch.float32)
tensor(-6.9777)
>>> make_tensor((2,), device="cpu", dtype=torch.int32, requires_grad=True)
ValueError: `requires_grad=True` is not supported for boolean and integral dtypes, but got dtype=torch.int32
>>> make_tensor((2,), device="cpu", dtype=torch.int8, low=200, high=300)
ValueError: The value interval specified by `low` and `high` is [200, 300), but torch.int8 only supports [-128, 128)
>>> make_tensor((2,), device="cpu", dtype=torch.float32, low=2, high=1)
ValueError: `low` must be less than `high`, but got 2 >= 1
>>> make_tensor((2,), device="cpu", dtype=torch.float32, low=float("nan"))
ValueError: `low` and `high` cannot be NaN, but got low=nan and high=9
>>> make_tensor((2,), device="cpu", dtype=torch.float32, low=1, high=1)
FutureWarning: Passing `low==high` to `torch.testing.make_tensor` for floating or complex types is deprecated since 2.1 and will be removed in 2.3. Use `torch.full(...)` instead.
tensor([1., 1.])
