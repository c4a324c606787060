"""Generate tests/transcripts/nn_layers_from_pytorch.gsh from a real PyTorch:
LayerNorm, BatchNorm1d/2d (train and eval, running statistics), Embedding, ModuleDict.

Run with the oracle venv (torch 2.13, CPU):

    /path/to/torch-venv/bin/python dev/gen_nn_layers_transcripts.py

Inputs avoid values whose normalised result is exactly zero: PyTorch's fused
kernels leave a last-bit residue there (-5.9605e-08) that gradsh's does not,
and the printing of the whole tensor would change with it.
"""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from gen_blocks_transcripts import OUT, render  # noqa: E402

INPUTS = [
    "# LayerNorm, BatchNorm and Embedding, generated from PyTorch 2.13",
    "import torch",
    "import torch.nn as nn",
    "import torch.nn.functional as F",
    "_ = torch.manual_seed(0)",
    "ln = nn.LayerNorm(3)",
    "ln",
    "x = torch.tensor([[1., 2., 4.], [0.5, -1., 3.]], requires_grad=True)",
    "y = ln(x)",
    "y",
    "(y * torch.tensor([1., 2., 3.])).sum().backward()",
    "x.grad",
    "ln.weight.grad, ln.bias.grad",
    "F.layer_norm(torch.tensor([[1., 3., 4.]]), (3,))",
    "nn.LayerNorm((2, 3), elementwise_affine=False)",
    "ln(torch.ones(2, 4))",
    "bn = nn.BatchNorm1d(2)",
    "bn",
    "z = torch.tensor([[1., 2.], [3.5, 6.], [5., 1.]], requires_grad=True)",
    "out = bn(z)",
    "out",
    "bn.running_mean, bn.running_var, bn.num_batches_tracked",
    "(out * torch.tensor([[1., -2.], [0.5, 1.], [2., 3.]])).sum().backward()",
    "z.grad",
    "bn.weight.grad, bn.bias.grad",
    "_ = bn.eval()",
    "bn(z)",
    "bn(torch.ones(2, 2, 2, 2))",
    "bn2 = nn.BatchNorm2d(2)",
    "bn2",
    "bn2(torch.arange(16.).reshape(2, 2, 2, 2) ** 1.5)[0, :, 0]",
    "bn2.running_mean",
    "list(bn2.state_dict().keys())",
    "emb = nn.Embedding(5, 2, padding_idx=0)",
    "emb",
    "emb.weight",
    "e = emb(torch.tensor([[0, 2], [4, 2]]))",
    "e",
    "e.sum().backward()",
    "emb.weight.grad",
    "nn.Embedding(3, 2)(torch.tensor([3]))",
    "F.embedding(torch.tensor([1, 0]), torch.tensor([[1., 2.], [3., 4.]]))",
    "d = nn.ModuleDict({'enc': nn.Linear(2, 2), 'act': nn.ReLU()})",
    "d",
    "list(d.keys()), len(d), 'act' in d",
    "d['enc']",
    "# recurrent layers: PyTorch's weight layout, gate order and initial weights",
    "_ = torch.manual_seed(0)",
    "lstm = nn.LSTM(3, 2)",
    "lstm",
    "[name for name, _ in lstm.named_parameters()]",
    "lstm.weight_ih_l0",
    "x = torch.randn(4, 1, 3)",
    "out, (h, c) = lstm(x)",
    "out.detach()",
    "h, c",
    "out.grad_fn.name()",
    "out",
    "out.sum().backward()",
    "lstm.bias_hh_l0.grad",
    "gru = nn.GRU(3, 2, num_layers=2, batch_first=True)",
    "gru",
    "o, hn = gru(torch.randn(2, 4, 3))",
    "o[0].detach(), hn.shape",
    "rnn = nn.RNN(3, 2, bidirectional=True, nonlinearity='relu')",
    "rnn",
    "o2, h2 = rnn(torch.randn(5, 3))",
    "o2.shape, h2.shape",
    "lstm(torch.randn(4, 1, 5))",
]


def main() -> None:
    path = os.path.join(OUT, "nn_layers_from_pytorch.gsh")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(render(INPUTS))
    print(f"wrote {os.path.relpath(path)}")


if __name__ == "__main__":
    main()
