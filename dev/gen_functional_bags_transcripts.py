"""Generate tests/transcripts/functional_bags_from_pytorch.gsh from a real
PyTorch: F.embedding_bag and nn.EmbeddingBag (modes, offsets,
include_last_offset, per_sample_weights, padding_idx, max_norm, the 2-D
form, errors, backward), and F.scaled_dot_product_attention (the flash CPU
kernel's node for 4-D inputs, the math path otherwise; masks, is_causal,
scale, enable_gqa, seeded dropout, errors, backward).

    /path/to/torch-venv/bin/python dev/gen_functional_bags_transcripts.py
"""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from gen_blocks_transcripts import write_transcripts  # noqa: E402

BAGS = [
    "# F.embedding_bag and nn.EmbeddingBag, generated from PyTorch 2.13",
    "import torch",
    "import torch.nn as nn",
    "import torch.nn.functional as F",
    "_ = torch.manual_seed(0)",
    # the docstring examples
    "embedding_matrix = torch.rand(10, 3)",
    "input = torch.tensor([1, 2, 4, 5, 4, 3, 2, 9])",
    "offsets = torch.tensor([0, 4])",
    "F.embedding_bag(input, embedding_matrix, offsets)",
    "embedding_matrix = torch.rand(10, 3)",
    "input = torch.tensor([2, 2, 2, 2, 4, 3, 2, 9])",
    "F.embedding_bag(input, embedding_matrix, offsets, padding_idx=2, mode='sum')",
    # modes and options
    "w = torch.randn(10, 3, requires_grad=True)",
    "i = torch.tensor([1, 2, 4, 5, 4, 3, 2, 9])",
    "F.embedding_bag(i, w, offsets)",
    "F.embedding_bag(i, w, offsets, mode='sum')",
    "F.embedding_bag(i, w, offsets, mode='max')",
    "F.embedding_bag(i, w, torch.tensor([0, 4, 4, 8]), mode='max')",
    "F.embedding_bag(i, w, torch.tensor([0, 4, 8]), include_last_offset=True)",
    "F.embedding_bag(i, w, torch.tensor([0, 3]), include_last_offset=True, mode='sum')",
    "F.embedding_bag(i, w, torch.tensor([], dtype=torch.long))",
    "F.embedding_bag(i.view(2, 4), w)",
    "F.embedding_bag(i.view(4, 2), w, mode='max')",
    "F.embedding_bag(i.int(), w, offsets.int(), mode='sum')",
    "F.embedding_bag(i, w, offsets, padding_idx=4)",
    "F.embedding_bag(i, w, offsets, padding_idx=-8, mode='max')",
    "F.embedding_bag(i, w.double(), offsets)",
    "p = torch.rand(8, requires_grad=True)",
    "F.embedding_bag(i, w, offsets, mode='sum', per_sample_weights=p)",
    "F.embedding_bag(i.view(2, 4), w, mode='sum', per_sample_weights=p.view(2, 4))",
    # backward
    "F.embedding_bag(i, w, offsets, mode='sum', per_sample_weights=p).sum().backward()",
    "p.grad",
    "w.grad",
    "w.grad = None",
    "F.embedding_bag(i, w, offsets, mode='max').sum().backward()",
    "w.grad",
    "w.grad = None",
    "F.embedding_bag(i, w, offsets, padding_idx=4).sum().backward()",
    "w.grad",
    # max_norm renormalises the rows looked up, in place
    "m = torch.randn(10, 3) * 2",
    "F.embedding_bag(i, m, offsets, max_norm=1.0)",
    "m",
    "m2 = torch.randn(10, 3) * 2",
    "F.embedding_bag(i, m2, offsets, max_norm=1.5, norm_type=1.0, mode='max')",
    "m2",
    # errors
    "F.embedding_bag(i, w, torch.tensor([1, 4]))",
    "F.embedding_bag(i, w, torch.tensor([0, 9]))",
    "F.embedding_bag(torch.tensor([1, 10]), w, torch.tensor([0]))",
    "F.embedding_bag(torch.tensor([1, -1]), w, torch.tensor([0]))",
    "F.embedding_bag(i, w, offsets, padding_idx=10)",
    "F.embedding_bag(i.float(), w.detach(), offsets)",
    "F.embedding_bag(i, w.int(), offsets)",
    "F.embedding_bag(i, w, offsets, mode='foo')",
    "F.embedding_bag(i, w, offsets, mode='max', scale_grad_by_freq=True)",
    "F.embedding_bag(i, w, offsets, mode='max', sparse=True)",
    "F.embedding_bag(i, w, torch.tensor([], dtype=torch.long), include_last_offset=True)",
    "F.embedding_bag(i, w, offsets, per_sample_weights=torch.ones(8))",
    "F.embedding_bag(i, w, offsets, mode='sum', per_sample_weights=torch.ones(8).double())",
    "F.embedding_bag(i, w, offsets, mode='sum', per_sample_weights=torch.ones(7))",
    "F.embedding_bag(torch.tensor([[[1]]]), w)",
    "F.embedding_bag(i, torch.randn(10))",
    "F.embedding_bag(i, w, offsets.view(1, 2))",
    "F.embedding_bag(i, w)",
    "F.embedding_bag(i.view(2, 4), w, offsets)",
    # nn.EmbeddingBag
    "nn.EmbeddingBag(10, 3)",
    "nn.EmbeddingBag(10, 3, mode='max', padding_idx=0, max_norm=1.0)",
    "nn.EmbeddingBag(10, 3, include_last_offset=True, scale_grad_by_freq=True, norm_type=1.)",
    "bag = nn.EmbeddingBag(10, 3, mode='sum')",
    "bag.weight",
    "bag(i, offsets)",
    "bag(i.view(2, 4), per_sample_weights=torch.arange(8.).view(2, 4))",
    "bag(i, offsets).sum().backward()",
    "bag.weight.grad",
    "nn.EmbeddingBag(10, 3, padding_idx=-1).weight",
    "nn.EmbeddingBag(10, 3, padding_idx=10)",
    "weight = torch.FloatTensor([[1, 2.3, 3], [4, 5.1, 6.3]])",
    "embeddingbag = nn.EmbeddingBag.from_pretrained(weight)",
    "embeddingbag",
    "embeddingbag.weight.requires_grad",
    "input = torch.LongTensor([[1, 0]])",
    "embeddingbag(input)",
    "nn.EmbeddingBag.from_pretrained(weight, freeze=False, mode='max').weight",
    "nn.EmbeddingBag.from_pretrained(torch.ones(3))",
]

ATTENTION = [
    "# F.scaled_dot_product_attention, generated from PyTorch 2.13 (CPU)",
    "import torch",
    "import torch.nn.functional as F",
    "_ = torch.manual_seed(0)",
    "q = torch.randn(2, 3, 4, requires_grad=True)",
    "k = torch.randn(2, 5, 4, requires_grad=True)",
    "v = torch.randn(2, 5, 3, requires_grad=True)",
    # the math path (3-D inputs)
    "out = F.scaled_dot_product_attention(q, k, v)",
    "out",
    "out.sum().backward()",
    # gradients rounded to 3 decimals: the kernels' accumulation order differs
    "q.grad.mul(1000).round().div(1000)",
    "k.grad.mul(1000).round().div(1000)",
    "v.grad.mul(1000).round().div(1000)",
    "F.scaled_dot_product_attention(q, k, v, scale=0.25)",
    "F.scaled_dot_product_attention(q, k, v, scale=-0.5)",
    "F.scaled_dot_product_attention(q, k, v, is_causal=True)",
    "mask = torch.tensor([[True, False, True, True, False]] * 3)",
    "F.scaled_dot_product_attention(q, k, v, attn_mask=mask)",
    "F.scaled_dot_product_attention(q, k, v, attn_mask=torch.zeros(3, 5, dtype=torch.bool))",
    "F.scaled_dot_product_attention(q, k, v, attn_mask=torch.arange(15.).view(3, 5) / 10)",
    "F.scaled_dot_product_attention(q[0], k[0], v[0])",
    "F.scaled_dot_product_attention(q.double(), k.double(), v.double())",
    # dropout: ATen's _dropout on the attention weights, from the seeded stream
    "_ = torch.manual_seed(3)",
    "F.scaled_dot_product_attention(q, k, v, dropout_p=0.5)",
    "_ = torch.manual_seed(3)",
    "F.scaled_dot_product_attention(q.unsqueeze(1), k.unsqueeze(1), v.unsqueeze(1), "
    "dropout_p=0.25)",
    # 4-D: the flash attention CPU kernel
    "q4 = torch.randn(1, 2, 3, 4, requires_grad=True)",
    "k4 = torch.randn(1, 2, 5, 4, requires_grad=True)",
    "v4 = torch.randn(1, 2, 5, 4, requires_grad=True)",
    "out4 = F.scaled_dot_product_attention(q4, k4, v4)",
    "out4",
    "(out4 * torch.arange(24.).view(1, 2, 3, 4)).sum().backward()",
    "q4.grad.mul(1000).round().div(1000)",
    "k4.grad.mul(1000).round().div(1000)",
    "v4.grad.mul(1000).round().div(1000)",
    "F.scaled_dot_product_attention(q4, k4, v4, is_causal=True)",
    "F.scaled_dot_product_attention(q4, k4, v4, attn_mask=mask)",
    "F.scaled_dot_product_attention(q4, k4, v4, attn_mask=torch.zeros(3, 5, dtype=torch.bool))",
    "F.scaled_dot_product_attention(q4, k4, v4, scale=0.1)",
    "F.scaled_dot_product_attention(q4, k4, v4[..., :3])",
    "F.scaled_dot_product_attention(q4, k4[:, :1], v4[:, :1])",
    "qg = torch.randn(1, 4, 3, 4, requires_grad=True)",
    "outg = F.scaled_dot_product_attention(qg, k4, v4, enable_gqa=True)",
    "outg",
    "k4.grad = None",
    "v4.grad = None",
    "outg.sum().backward()",
    "k4.grad.mul(1000).round().div(1000)",
    "v4.grad.mul(1000).round().div(1000)",
    # errors
    "F.scaled_dot_product_attention(q[0, 0], k[0], v[0])",
    "F.scaled_dot_product_attention(q, k, v, attn_mask=mask, is_causal=True)",
    "F.scaled_dot_product_attention(q, k.double(), v)",
    "F.scaled_dot_product_attention(q, k, v.double())",
    "F.scaled_dot_product_attention(q, k, v, attn_mask=torch.zeros(3, 5, dtype=torch.double))",
    "F.scaled_dot_product_attention(q, k, v, attn_mask=torch.zeros(3, 5, dtype=torch.long))",
    "F.scaled_dot_product_attention(q, k, v, dropout_p=1.5)",
    "F.scaled_dot_product_attention(torch.randn(1, 3, 3, 4), k4, v4, enable_gqa=True)",
]

TRANSCRIPTS = {"functional_bags_from_pytorch": BAGS,
               "attention_from_pytorch": ATTENTION}


def main() -> None:
    write_transcripts(TRANSCRIPTS)


if __name__ == "__main__":
    main()
