"""Generate tests/transcripts/quantized_from_pytorch.gsh from a real PyTorch:
quantized tensors (quantize_per_tensor/_channel/_dynamic, their repr, the q_*
accessors, int_repr, dequantize, the methods the QuantizedCPU backend has and
the errors for those it lacks), fake quantization with its straight-through
gradient, and quantized_batch_norm / quantized_max_pool1d/2d.

    /path/to/torch-venv/bin/python dev/gen_quantized_transcripts.py
"""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from gen_blocks_transcripts import write_transcripts  # noqa: E402

INPUTS = [
    "# quantized tensors and fake quantization, generated from PyTorch 2.13",
    "import torch",
    "_ = torch.manual_seed(0)",
    # PyTorch's NotImplementedError goes on with the kernels registered for the
    # operator, one per line: gradsh gives its first line.
    "def first_line(f):\n    try:\n        f()\n    except Exception as e:\n"
    "        print(type(e).__name__ + ': ' + str(e).split('\\n')[0])",
    # creation (the first one warns, once)
    "q = torch.quantize_per_tensor(torch.tensor([-1.0, 0.0, 1.0, 2.0]), 0.1, 10, torch.quint8)",
    "q",
    "q.int_repr()",
    "q.dequantize()",
    "torch.dequantize(q)",
    "q.q_scale(), q.q_zero_point(), q.qscheme(), q.is_quantized, q.dtype",
    "type(q.qscheme()), type(q.q_scale())",
    "torch.tensor([1.]).is_quantized",
    "torch.quint8, torch.qint8, torch.qint32, torch.quint4x2",
    "torch.per_tensor_affine, torch.per_channel_affine, torch.per_tensor_symmetric",
    "torch.quint8.itemsize, torch.qint32.itemsize, torch.quint8.is_floating_point",
    "torch.quantize_per_tensor(torch.tensor([-1.0, 0.0, 1.0, 2.0]), torch.tensor(0.1), "
    "torch.tensor(10), torch.quint8)",
    "torch.quantize_per_tensor([torch.tensor([-1.0, 0.0]), torch.tensor([-2.0, 2.0])], "
    "torch.tensor([0.1, 0.2]), torch.tensor([10, 20]), torch.quint8)",
    "torch.quantize_per_tensor(torch.tensor([0.05, 0.15, 0.25, -0.05, 0.35]), 0.1, 0, "
    "torch.qint8).int_repr()",
    "torch.quantize_per_tensor(torch.tensor([0.05, 0.15, 0.25, -0.05, 0.35]), 0.1, 3, "
    "torch.qint8).int_repr()",
    "torch.quantize_per_tensor(torch.tensor([1e10, -1e10, float('nan'), float('inf')]), 0.1, "
    "10, torch.qint32).int_repr()",
    "torch.quantize_per_tensor(torch.tensor([float('nan'), float('inf'), -float('inf')]), 0.1, "
    "3, torch.quint8).int_repr()",
    "x = torch.randn(3, 5) * 4",
    "qx = torch.quantize_per_tensor(x, 0.3, -3, torch.qint8)",
    "qx",
    "qx.int_repr()",
    "torch.quantize_per_tensor(x, 0.07, 5, torch.qint32)",
    "torch.quantize_per_tensor(torch.tensor(1.5), 0.1, 10, torch.quint8)",
    "torch.quantize_per_tensor(torch.tensor([]), 0.1, 10, torch.quint8)",
    "torch.quantize_per_tensor(torch.randn(2, 3, 4), 0.05, 128, torch.quint8)",
    # per channel
    "y = torch.tensor([[-1.0, 0.0], [1.0, 2.0]])",
    "pc = torch.quantize_per_channel(y, torch.tensor([0.1, 0.01]), torch.tensor([10, 0]), 0, "
    "torch.quint8)",
    "pc",
    "pc.int_repr()",
    "pc.q_per_channel_scales(), pc.q_per_channel_zero_points(), pc.q_per_channel_axis()",
    "pc.qscheme()",
    "pc.dequantize()",
    "torch.quantize_per_channel(x, torch.tensor([0.1, 0.2, 0.3, 0.4, 0.5]), "
    "torch.tensor([1, 2, 3, 4, 5]), 1, torch.qint8)",
    # dynamic
    "t = torch.quantize_per_tensor_dynamic(torch.tensor([-1.0, 0.0, 1.0, 2.0]), torch.quint8, "
    "False)",
    "t",
    "t.int_repr()",
    "torch.quantize_per_tensor_dynamic(torch.tensor([-1.0, 0.0, 1.0, 2.0]), torch.qint8, True)",
    "torch.quantize_per_tensor_dynamic(x, torch.qint8, False)",
    "torch.quantize_per_tensor_dynamic(torch.tensor([0.5, 3.0]), torch.quint8, True)",
    "torch.quantize_per_tensor_dynamic(torch.zeros(3), torch.quint8, False)",
    # what the quantized backend does
    "q[1]",
    "q[1:3]",
    "q.reshape(2, 2)",
    "q.view(2, 2).t()",
    "q.clone()",
    "q.relu()",
    "q.max(), q.min()",
    "q == q",
    "q.shape, q.numel(), q.dim(), q.element_size(), q.stride()",
    "q.type()",
    "float(q[0])",
    "list(q)",
    "q.unsqueeze(0)",
    "q.flip(0)",
    # errors
    "q + 1",
    "q * 2",
    "first_line(lambda: q + q)",
    "first_line(lambda: q / q)",
    "first_line(lambda: q.pow(2))",
    "first_line(lambda: q.sqrt())",
    "first_line(lambda: q.argmax())",
    "first_line(lambda: q.softmax(0))",
    "first_line(lambda: q @ q)",
    "first_line(lambda: torch.tensor([1.]).qscheme())",
    "first_line(lambda: torch.quantized_max_pool2d(torch.ones(1, 1, 2, 2), [2, 2]))",
    "first_line(lambda: q * q)",
    "first_line(lambda: q.sum())",
    "first_line(lambda: q.exp())",
    "first_line(lambda: -q)",
    "first_line(lambda: q.abs())",
    "q.float()",
    "q.to(torch.float32)",
    "q.item()",
    "q.tolist()",
    "q.numpy()",
    "q.requires_grad_()",
    "q.q_per_channel_scales()",
    "pc.q_scale()",
    "first_line(lambda: torch.tensor([1.]).int_repr())",
    "first_line(lambda: torch.tensor([1.]).q_scale())",
    "torch.quantize_per_tensor(torch.tensor([1, 2]), 0.1, 10, torch.quint8)",
    "torch.quantize_per_tensor(torch.tensor([1., 2]).double(), 0.1, 10, torch.qint8)",
    "torch.quantize_per_tensor(torch.tensor([1., 2]), 0.1, 10, torch.float32)",
    "torch.quantize_per_tensor(torch.tensor([1., 2]), 0.1, 300, torch.quint8)",
    "torch.quantize_per_tensor(torch.tensor([1., 2]), 0.1, -1, torch.quint8)",
    # function forms: the quantized kernels PyTorch has, its errors for the rest
    "import torch.nn.functional as F",
    "q2 = torch.quantize_per_tensor(torch.tensor([-1.0, 0.0, 1.0, 2.0]), 0.2, 3, torch.quint8)",
    "pt = torch.tensor([1.0, 2.0, 3.0, 4.0])",
    "torch.relu(q)",
    "torch.relu(q).int_repr()",
    "F.relu(q)",
    "torch.relu(torch.quantize_per_tensor(torch.tensor([-1.0, 0.0, 1.0, 2.0]), 0.1, 10, "
    "torch.qint32))",
    "torch.cat([q, q])",
    "torch.cat([q, q2])",
    "torch.cat([q, q2]).int_repr()",
    "torch.cat([q.reshape(2, 2), q2.reshape(2, 2)], 1)",
    "torch.cat([q, q], dim=-1).int_repr()",
    "torch.concat([q, q2])",
    "torch.stack([q, q2])",
    "torch.stack([q, q], 1)",
    "torch.reshape(q, (2, 2))",
    "torch.flatten(q.reshape(2, 2))",
    "torch.transpose(q.reshape(2, 2), 0, 1)",
    "torch.unsqueeze(q, 0)",
    "torch.narrow(q, 0, 1, 2)",
    "torch.index_select(q, 0, torch.tensor([0, 2]))",
    "torch.chunk(q, 2)",
    "torch.clone(q)",
    "torch.max(q), torch.min(q)",
    "torch.eq(q, q)",
    "torch.ne(q, q2)",
    "q.eq(q)",
    "q.view(2, 2).T",
    "torch.ones_like(q)",
    "torch.full_like(q, 2)",
    "r = q.clone()",
    "F.relu(r, inplace=True)",
    "r.relu_()",
    "r",
    "first_line(lambda: torch.add(q, q))",
    "first_line(lambda: torch.exp(q))",
    "first_line(lambda: torch.mul(q, q2))",
    "first_line(lambda: torch.sub(q, q))",
    "first_line(lambda: torch.sum(q))",
    "first_line(lambda: torch.abs(q))",
    "first_line(lambda: torch.neg(q))",
    "first_line(lambda: torch.sqrt(q))",
    "first_line(lambda: torch.sin(q))",
    "first_line(lambda: torch.argmax(q))",
    "first_line(lambda: torch.matmul(q, q))",
    "first_line(lambda: torch.softmax(q, 0))",
    "first_line(lambda: F.softmax(q, 0))",
    "first_line(lambda: torch.log_softmax(q, 0))",
    "first_line(lambda: torch.fake_quantize_per_channel_affine(pc, torch.tensor([0.1, 0.1]), "
    "torch.tensor([0, 0], dtype=torch.int32), 0, 0, 255))",
    "torch.add(1, q)",
    "first_line(lambda: torch.where(pt > 2, q, q))",
    "first_line(lambda: torch.zeros_like(q))",
    "first_line(lambda: torch.maximum(q, q))",
    "first_line(lambda: torch.max(q, q))",
    "first_line(lambda: torch.cumsum(q, 0))",
    "first_line(lambda: torch.pow(q, 2))",
    "first_line(lambda: q ** 2)",
    "first_line(lambda: q // 2)",
    "first_line(lambda: torch.cat([q, pt]))",
    "first_line(lambda: torch.cat([pt, q]))",
    "first_line(lambda: torch.quantize_per_tensor(q, 0.1, 0, torch.quint8))",
    "first_line(lambda: torch.fake_quantize_per_tensor_affine(q, 0.1, 0, 0, 255))",
    "torch.cat([pc, pc])",
    "torch.relu(pc)",
    "torch.cat([q, torch.quantize_per_tensor(torch.tensor([1.0]), 0.1, 10, torch.qint8)])",
    "torch.add(q, 1)",
    "torch.mul(q, 2.0)",
    "torch.sub(q, 1)",
    "torch.add(q, pt)",
    "torch.add(pt, q)",
    "torch.add(q, pt.long())",
    # operators with numbers and plain tensors
    "q + 1.0",
    "1.0 + q",
    "2 * q",
    "q / 2",
    "q + True",
    "q + pt",
    "pt + q",
    "pt * q",
    "q - pt",
    "pt / q",
    "q + torch.quantize_per_tensor(torch.tensor([1.0]), 0.1, 10, torch.qint8)",
    "first_line(lambda: q + q2)",
    "first_line(lambda: pt @ q)",
    "q.add(pt)",
    "q.add(1)",
    # fake quantization
    "w = torch.randn(6, requires_grad=True)",
    "f = torch.fake_quantize_per_tensor_affine(w * 10, 0.1, 0, 0, 255)",
    "f",
    "f.sum().backward()",
    "w.grad",
    "w.grad = None",
    "torch.fake_quantize_per_tensor_affine(w, torch.tensor(0.1), torch.tensor(0), 0, 255)",
    "torch.fake_quantize_per_tensor_affine(w, 0.2, 2, -3, 7)",
    "torch.fake_quantize_per_tensor_affine(w.detach().double(), 0.1, 0, 0, 255)",
    "torch.fake_quantize_per_tensor_affine(torch.tensor([float('nan'), float('inf'), "
    "-float('inf'), 1e10]), 0.1, 3, 0, 255)",
    "m = torch.randn(2, 3, 2, requires_grad=True)",
    "g = torch.fake_quantize_per_channel_affine(m * 5, torch.tensor([0.1, 0.5, 0.3]), "
    "torch.tensor([0, 3, -2], dtype=torch.int32), 1, -8, 7)",
    "g",
    "g.sum().backward()",
    "m.grad",
    "torch.fake_quantize_per_tensor_affine(w, 0.1, 0, 10, 5)",
    "torch.fake_quantize_per_tensor_affine(w, 0.1, 300, 0, 255)",
    "torch.fake_quantize_per_tensor_affine(torch.tensor([1, 2]), 0.1, 0, 0, 255)",
    "torch.fake_quantize_per_tensor_affine(w, torch.tensor(0.1, requires_grad=True), "
    "torch.tensor(0), 0, 255)",
    "torch.fake_quantize_per_channel_affine(m, torch.tensor([0.1, 0.5, 0.3]), "
    "torch.tensor([0, 3, 2]), 1, 0, 255)",
    "torch.fake_quantize_per_channel_affine(m, torch.tensor([0.1, 0.5, 0.3]).double(), "
    "torch.tensor([0, 3, 2], dtype=torch.int32), 1, 0, 255)",
    # quantized kernels
    "qb = torch.quantize_per_tensor(torch.rand(2, 2, 2, 2), 1.5, 3, torch.quint8)",
    "torch.quantized_batch_norm(qb, torch.ones(2), torch.zeros(2), torch.rand(2), torch.rand(2), "
    "0.00001, 0.2, 2)",
    "qn = torch.quantize_per_tensor(torch.randn(2, 3, 4, 4), 0.05, 64, torch.quint8)",
    "torch.quantized_batch_norm(qn, torch.rand(3) + 0.5, torch.randn(3), torch.randn(3), "
    "torch.rand(3) + 0.1, 1e-5, 0.03, 100).int_repr()",
    "torch.quantized_batch_norm(qn, None, torch.ones(3), torch.zeros(3), torch.ones(3), 1e-5, "
    "0.1, 0)",
    "torch.quantized_batch_norm(qn, torch.ones(3), None, torch.zeros(3), torch.ones(3), 1e-5, "
    "0.1, 0)",
    "torch.quantized_batch_norm(torch.quantize_per_tensor(torch.randn(2, 3, 5), 0.1, 9, "
    "torch.quint8), torch.rand(3), torch.randn(3), torch.randn(3), torch.rand(3), 1e-5, 0.1, 9)",
    "qp = torch.quantize_per_tensor(torch.randn(2, 3, 5, 5), 0.1, 20, torch.quint8)",
    "torch.quantized_max_pool2d(qp, [2, 2])",
    "torch.quantized_max_pool2d(qp, [3, 3], [2, 2], [1, 1]).int_repr()",
    "torch.quantized_max_pool2d(qp, [2, 2], ceil_mode=True).shape",
    "torch.quantized_max_pool1d(torch.quantize_per_tensor(torch.randn(2, 7), 0.2, 5, "
    "torch.qint8), [3], [2])",
    "torch.quantized_max_pool1d(torch.quantize_per_tensor(torch.rand(2, 2), 1.5, 3, "
    "torch.quint8), [2])",
]


def main() -> None:
    write_transcripts({"quantized_from_pytorch": INPUTS})


if __name__ == "__main__":
    main()
