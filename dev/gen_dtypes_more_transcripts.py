"""Generate tests/transcripts/dtypes_more_from_pytorch.gsh from a real PyTorch:
the barebones unsigned dtypes (uint16, uint32, uint64: creation, printing,
promotion, the ops PyTorch computes and the ones it refuses), torch.hash_tensor,
Tensor.grad_dtype, F.DType / F.handle_torch_function / F.has_torch_function*,
torch.set_flush_denormal and torch.set_default_tensor_type.

    /path/to/torch-venv/bin/python dev/gen_dtypes_more_transcripts.py
"""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from gen_blocks_transcripts import write_transcripts  # noqa: E402

UNSIGNED = [
    "a = torch.tensor([1, 2], dtype=torch.uint16)",
    "a",
    'torch.tensor([2**64-1, 0, 7], dtype=torch.uint64)',
    'print(torch.tensor([2**64-1, 0, 7], dtype=torch.uint64))',
    'torch.tensor([-256], dtype=torch.uint8)',
    'torch.tensor([-255], dtype=torch.uint8)',
    'torch.tensor([200], dtype=torch.int8)',
    'torch.tensor([-1], dtype=torch.uint64)',
    'torch.promote_types(torch.uint16, torch.int8)',
    'a == a',
    'a == torch.tensor([1])',
    'torch.tensor([2**64-1], dtype=torch.uint64).item()',
    'torch.tensor([2**63], dtype=torch.uint64).tolist()',
    'a.prod()',
    'a.cumsum(0)',
    'a.mean()',
    'a / a',
    'a.sqrt()',
    'torch.sort(a)',
    'a.requires_grad_()',
    'a.dtype.is_signed',
    'torch.uint32.itemsize',
    'a.unique()',
    'a.any()',
    'a * 2.5',
    'a.to(torch.uint64)',
    'a & a',
    'torch.zeros(2, dtype=torch.uint32)',
    'torch.full((2,), 7, dtype=torch.uint32)',
    'a.eq(1)',
    'a.clone()',
    'a[0]',
    'torch.cat([a, a])',
    'a.fill_(3)',
    'a + a',
    'a + 1',
    'a - a',
    'a + 2.5',
    'a < 2.5',
    'a < a',
    '-a',
    'a.max()',
    'a.max(0)',
    'a.max(a)',
    'a.clamp(0, 1)',
    'a.clamp(min=1)',
    'a.relu()',
    'a.add_(1)',
    'torch.add(a, a)',
    'a.pow(2)',
    'a.pow(2.5)',
    'torch.pow(2, a)',
    'a.masked_fill(torch.tensor([True, False]), 1)',
    'a.index_select(0, torch.tensor([0]))',
    'a // a',
    'a % a',
    'a << 1',
    '~a',
    'a.abs()',
    'a.flip(0)',
    'a.sub(1.5)',
    'torch.tensor([1, 2], dtype=torch.uint8) + a',
    'a + torch.tensor([1, 2], dtype=torch.uint8)',
    'a.take(torch.tensor([0]))',
    'a.nonzero()',
    'torch.tensor([1, 2], dtype=torch.uint64).sub(1)',
    'a.gather(0, torch.tensor([0]))',
    'torch.where(a > 1, a, a)',
    "torch.tensor([2**64 - 1, 5], dtype=torch.uint64)",
    "torch.tensor(2**63 + 5, dtype=torch.uint64)",
    "torch.tensor([[1, 2], [3, 40000]], dtype=torch.uint16)",
    "torch.tensor([], dtype=torch.uint16)",
    "torch.tensor([70000], dtype=torch.uint16)",
    "torch.tensor([-1], dtype=torch.uint32)",
    "torch.tensor([2**32], dtype=torch.uint32)",
    "torch.tensor([2**64], dtype=torch.uint64)",
    "torch.tensor([1.5]).to(torch.uint16)",
    "torch.promote_types(torch.uint16, torch.float32)",
    "torch.promote_types(torch.uint64, torch.int64)",
    "torch.promote_types(torch.uint32, torch.uint16)",
    "torch.promote_types(torch.uint16, torch.bool)",
    "torch.promote_types(torch.uint16, torch.complex64)",
    "torch.promote_types(torch.uint16, torch.uint16)",
    "torch.tensor([1], dtype=torch.uint16) * torch.tensor(2)",
    "torch.tensor([1], dtype=torch.uint16) * True",
    "torch.tensor([1], dtype=torch.uint16) == torch.tensor([1])",
    "torch.tensor([3, 4], dtype=torch.uint32).float().sum()",
    "torch.uint16.is_floating_point",
    "torch.uint64.is_signed",
    "a.type()",
    "a.roll(1)",
    "a.repeat(2)",
    "a.sort(descending=True)",
    "a.argsort()",
    "a.exp()",
    "a.round()",
    "a.sum(0)",
    "torch.stack([a, a])",
    "a.bitwise_xor(a)",
]

HASH = [
    "a = torch.tensor([[1.5, -2.], [3., 0.25]])",
    'torch.hash_tensor(a)',
    'torch.hash_tensor(a, 1)',
    'torch.hash_tensor(a, (0, 1))',
    'torch.hash_tensor(a, [0, 1], keepdim=True)',
    'torch.hash_tensor(a, 0, keepdim=True)',
    'torch.hash_tensor(a, None)',
    'torch.hash_tensor(a, [])',
    'torch.hash_tensor(a, mode=1)',
    'torch.hash_tensor(torch.tensor([1j]))',
    'torch.hash_tensor(torch.tensor([-1, 3]))',
    'torch.hash_tensor(torch.tensor([True, True]))',
    'torch.hash_tensor(torch.tensor([]))',
    'torch.hash_tensor(torch.zeros(0, 3), 0)',
    'torch.hash_tensor(torch.tensor(2.))',
    'torch.hash_tensor(torch.tensor([1, 2], dtype=torch.uint16))',
    'torch.hash_tensor(torch.tensor([1.], dtype=torch.float16))',
    'a.hash_tensor()',
    'torch.hash_tensor(a, out=torch.empty(0, dtype=torch.uint64))',
    'torch.hash_tensor(a, out=torch.empty(0))',
    'torch.hash_tensor(a, 2)',
    'torch.hash_tensor(a.requires_grad_())',
    'torch.hash_tensor(torch.tensor([float("nan")]))',
    'torch.hash_tensor(a, dim=1)',
    'torch.hash_tensor(a, 1, True)',
    'torch.hash_tensor(5)',
    "_ = torch.manual_seed(0)",
    "b = torch.randn(2, 4)",
    "torch.hash_tensor(b, 1)",
    "torch.hash_tensor(b, -1, keepdim=True)",
    "torch.hash_tensor(torch.tensor([-0.0, 0.0]))",
    "torch.hash_tensor(torch.arange(6, dtype=torch.int32).reshape(2, 3), 0)",
]

GRAD_DTYPE = [
    'x = torch.tensor([1.0, 2.0], requires_grad=True)',
    'x.grad_dtype',
    'x.grad_dtype = torch.float16',
    'x.grad_dtype',
    'x.grad_dtype = None',
    'x.grad_dtype',
    'y = x * 2',
    'y.grad_dtype',
    'y.grad_dtype = torch.float16',
    'z = torch.tensor([1, 2])',
    'z.grad_dtype',
    'z.grad_dtype = torch.float64',
    'z.grad_dtype',
    'x.grad_dtype = torch.float64',
    '(x * 2).sum().backward()',
    'x.grad',
    'x.grad_dtype = None',
    '(x.double() * 2).sum().backward()',
    'x.grad',
    'x.grad_dtype = torch.float16',
    'x.grad = torch.zeros(2)',
    'x.grad',
    'x.grad_dtype = 3',
    'x.grad_dtype = float',
    'w2 = torch.tensor([1.0, 2.0], requires_grad=True)',
    'w2.grad = torch.zeros(2, dtype=torch.float64)',
    'w2.grad = torch.zeros(3)',
    'u = torch.tensor([1.0, 2.0], requires_grad=True)',
    'u.grad_dtype = torch.float64',
    '(u * 2).sum().backward()',
    '(u * 2).sum().backward()',
    'u.grad',
    'q = torch.tensor([1.0, 2.0], requires_grad=True)',
    'q.grad_dtype = torch.float16',
    "h = q.register_hook(lambda g: print('hook', g.dtype))",
    '(q * 2).sum().backward()',
    'q.grad',
    'q2 = torch.tensor([1.0, 2.0], requires_grad=True)',
    'q2.grad_dtype = torch.float64',
    'torch.autograd.grad((q2 * 2).sum(), q2)',
    'q2.detach().grad_dtype',
]

TORCH_FUNCTION = [
    "import torch.nn.functional as F",
    "F.DType",
    "F.DType(3.7)",
    "F.has_torch_function_unary(torch.ones(1))",
    "F.has_torch_function((torch.ones(1), 2))",
    "F.has_torch_function_variadic(torch.ones(1), 2)",
    "F.has_torch_function_unary(1)",
    "F.has_torch_function([1, torch.ones(1)])",
    "F.has_torch_function(1)",
    "F.handle_torch_function(lambda a: a * 2, (torch.ones(1),), torch.ones(1))",
    # the docstring's example, called
    """
    def func(a):
        if F.has_torch_function_unary(a):
            return F.handle_torch_function(func, (a,), a)
        return a + 0
    """,
    "func(torch.tensor([1., 2.]))",
    """
    class Wrapped:
        def __init__(self, value):
            self.value = value

        @classmethod
        def __torch_function__(cls, func, types, args=(), kwargs=None):
            print('dispatch', func.__name__, [t.__name__ for t in types])
            return func(*[a.value if isinstance(a, Wrapped) else a for a in args])
    """,
    "F.has_torch_function_unary(Wrapped(1))",
    "F.has_torch_function_variadic(1, Wrapped(1))",
    "F.has_torch_function([torch.ones(1), Wrapped(1)])",
    "func(Wrapped(torch.tensor([3.])))",
    """
    class Refuses:
        @classmethod
        def __torch_function__(cls, func, types, args=(), kwargs=None):
            return NotImplemented
    """,
    "F.handle_torch_function(func, (Refuses(),), Refuses())",
]

FLUSH_DENORMAL = [
    'torch.set_flush_denormal(True)',
    'torch.tensor([1e-323], dtype=torch.float64)',
    't = torch.tensor([1e-323, 1.0], dtype=torch.float64)',
    't.tolist()',
    'f = torch.tensor([1e-40, -1e-41, 1.0])',
    'f',
    'f.view(torch.int32)',
    'torch.tensor([1e-38]) / 100',
    'torch.ones(1) * 1e-40',
    'torch.tensor([1e-300], dtype=torch.float64) * 1e-20',
    'torch.tensor([1e-40]) == 0',
    'torch.tensor([1e-5], dtype=torch.float16)',
    'torch.tensor([1e-40j])',
    'torch.set_flush_denormal(False)',
    'torch.tensor([1e-323], dtype=torch.float64)',
    'torch.set_flush_denormal("a")',
    "torch.set_flush_denormal(1)",
    "torch.set_flush_denormal()",
    "torch.set_flush_denormal(mode=True)",
    "torch.set_flush_denormal(None)",
    "torch.tensor([1e-40]).double()",
    "torch.tensor([1e-40]).sum()",
    "torch.tensor([1e-40]).abs().view(torch.int32)",
]

DEFAULT_TENSOR_TYPE = [
    "torch.tensor([1.2, 3]).dtype",
    "torch.set_default_tensor_type(torch.DoubleTensor)",
    "torch.get_default_dtype()",
    "torch.tensor([1.2, 3]).dtype",
    "torch.Tensor([1.5])",
    "torch.ones(1)",
    "torch.tensor([1j]).dtype",
    "torch.set_default_tensor_type('torch.FloatTensor')",
    "torch.get_default_dtype()",
    "torch.set_default_tensor_type(torch.IntTensor)",
    "torch.set_default_tensor_type('torch.IntTensor')",
    "torch.set_default_tensor_type('torch.Foo')",
    "torch.set_default_tensor_type(torch.float64)",
    "torch.set_default_tensor_type(3)",
    "torch.set_default_tensor_type(torch.HalfTensor)",
    "torch.get_default_dtype()",
    "torch.set_default_tensor_type(torch.Tensor)",
    "torch.set_default_tensor_type('torch.DoubleTensor')",
    "torch.get_default_dtype()",
    "torch.zeros(2).dtype",
    "torch.set_default_tensor_type('DoubleTensor')",
    "torch.set_default_dtype(torch.float32)",
    "torch.tensor([1.2, 3]).dtype",
]

TRANSCRIPTS = {"dtypes_more_from_pytorch": [
    "# uint16/32/64, hash_tensor, grad_dtype, F.DType, flush-denormal, default tensor type:",
    "# generated from PyTorch 2.13 by dev/gen_dtypes_more_transcripts.py",
    "import torch",
    *UNSIGNED, *HASH, *GRAD_DTYPE, *TORCH_FUNCTION, *FLUSH_DENORMAL, *DEFAULT_TENSOR_TYPE,
]}


def main() -> None:
    write_transcripts(TRANSCRIPTS)


if __name__ == "__main__":
    main()
