"""Generate tests/transcripts/nn_from_pytorch.gsh from a real PyTorch (torch.nn basics).

Run with the oracle venv (torch 2.13, CPU):

    /path/to/torch-venv/bin/python dev/gen_nn_transcripts.py

Uses the REPL emulator of dev/gen_blocks_transcripts.py: every input runs as
Python's REPL would run it, and the transcript records what it printed.
"""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from gen_blocks_transcripts import OUT, render  # noqa: E402

INPUTS = [
    "# torch.nn basics, generated from PyTorch 2.13: layers, initial weights, backward, state",
    "import torch",
    "import torch.nn as nn",
    "import torch.nn.functional as F",
    "_ = torch.manual_seed(0)",
    "# nn.Linear draws PyTorch's initial weights (kaiming_uniform_), then its bias",
    "fc = nn.Linear(3, 2)",
    "fc",
    "fc.weight",
    "fc.bias",
    "x = torch.randn(4, 3)",
    "y = fc(x)",
    "y",
    "y.sum().backward()",
    "fc.weight.grad",
    "fc.bias.grad",
    "fc(torch.ones(2, 5))",
    "# a Sequential model, indexing and parameters",
    "model = nn.Sequential(nn.Linear(2, 4), nn.ReLU(), nn.Linear(4, 1))",
    "model",
    "model[0]",
    "len(model), model[-1].out_features",
    "[name for name, p in model.named_parameters()]",
    "sum(p.numel() for p in model.parameters())",
    "model(torch.tensor([[1., 2.]]))",
    "# a model of your own",
    """
    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.hidden = nn.Linear(2, 8)
            self.out = nn.Linear(8, 1)
        def forward(self, x):
            return self.out(F.relu(self.hidden(x)))
    """,
    "_ = torch.manual_seed(1)",
    "net = Net()",
    "net",
    "inputs = torch.randn(5, 2)",
    "targets = inputs.sum(1, keepdim=True)",
    "loss_fn = nn.MSELoss()",
    "loss = loss_fn(net(inputs), targets)",
    "loss",
    "loss.backward()",
    "net.out.bias.grad",
    """
    with torch.no_grad():
        for p in net.parameters():
            p -= 0.1 * p.grad
    """,
    "loss_fn(net(inputs), targets)",
    "net.zero_grad()",
    "net.out.bias.grad is None",
    "# state_dict round trip",
    "state = net.state_dict()",
    "list(state.keys())",
    "state['out.bias']",
    "net2 = Net()",
    "net2.load_state_dict(state)",
    "torch.equal(net2.hidden.weight, net.hidden.weight)",
    "# train and eval: Dropout is active only in training",
    "drop = nn.Dropout(0.5)",
    "drop",
    "_ = torch.manual_seed(2)",
    "drop(torch.ones(8))",
    "drop.eval().training",
    "drop(torch.ones(8))",
    "# losses, Parameter, containers",
    "ce = nn.CrossEntropyLoss()",
    "logits = torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 3.0]], requires_grad=True)",
    "ce(logits, torch.tensor([0, 2]))",
    "nn.Parameter(torch.zeros(2))",
    "isinstance(fc.weight, torch.Tensor), isinstance(fc.weight, nn.Parameter)",
    "nn.ModuleList([nn.ReLU(), nn.ReLU(), nn.Tanh()])",
    "nn.Softmax(dim=1)(torch.tensor([[1., 2., 3.]]))",
    "nn.Flatten()(torch.ones(2, 3, 4)).shape",
    "w = torch.empty(2, 3)",
    "_ = torch.manual_seed(0)",
    "nn.init.xavier_uniform_(w)",
    "nn.init.calculate_gain('relu')",
    "_ = torch.manual_seed(0)",
    "nn.init.orthogonal_(torch.empty(3, 5))",
    "nn.init.kaiming_normal_(torch.empty(2, 3), mode='fan_out', nonlinearity='relu')",
    "nn.init.eye_(torch.empty(2, 3))",
    "nn.init.constant_(torch.empty(2), 0.5)",
    "nn.init.kaiming_uniform_(torch.empty(3))",
    "_ = torch.manual_seed(0)",
    "nn.init.trunc_normal_(torch.empty(2, 4))",
    "nn.init.trunc_normal_(torch.empty(3), mean=1.0, std=0.5, a=0.5, b=1.2)",
    "nn.init.trunc_normal_(torch.empty(2, dtype=torch.float64), std=3.0)",
    "_ = torch.manual_seed(0)",
    "bl = nn.Bilinear(2, 3, 4)",
    "bl",
    "bl.weight.shape, bl.bias.shape",
    "x1 = torch.randn(5, 2, requires_grad=True)",
    "out = bl(x1, torch.randn(5, 3))",
    "out",
    "out.sum().backward()",
    "x1.grad",
    "nn.Bilinear(2, 2, 1, bias=False).bias",
    "F.bilinear(torch.ones(1, 2), torch.ones(1, 3), torch.ones(4, 2, 3))",
    "_ = torch.manual_seed(0)",
    "logits = torch.randn(2, 5, requires_grad=True)",
    "F.gumbel_softmax(logits, tau=0.5)",
    "g = F.gumbel_softmax(logits, tau=0.5, hard=True)",
    "g",
    "(g * torch.arange(5.)).sum().backward()",
    "logits.grad",
    "F.gumbel_softmax(logits, hard=True, dim=0)",
    "act = nn.GELU(approximate='tanh')",
    "act",
    "xg = torch.linspace(-6, 6, 13, requires_grad=True)",
    "yg = act(xg)",
    "yg",
    "(yg * torch.linspace(-1, 1, 13)).sum().backward()",
    "xg.grad",
    "F.gelu(torch.tensor([0.5, -1.5], dtype=torch.float64), approximate='tanh')",
    "F.gelu(xg, approximate='erf')",
    "# forward hooks: see (or replace) what a layer computes",
    "_ = torch.manual_seed(0)",
    "net = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))",
    "seen = []",
    "def record(module, inputs, output):\n"
    "    seen.append((type(module).__name__, tuple(output.shape)))",
    "handles = [m.register_forward_hook(record) for m in net]",
    "out = net(torch.ones(4, 2))",
    "seen",
    "def double_input(module, inputs):\n    return inputs[0] * 2",
    "pre = net[0].register_forward_pre_hook(double_input)",
    "net(torch.ones(1, 2))",
    "pre.remove()",
    "net(torch.ones(1, 2))",
    "def clamp_output(module, inputs, output):\n    return output.clamp(min=0.25)",
    "with net[2].register_forward_hook(clamp_output):\n    print(net(torch.ones(1, 2)))",
    "net(torch.ones(1, 2))",
    "for h in handles:\n    h.remove()",
    "seen.clear()",
    "_ = net(torch.ones(1, 2))",
    "seen",
]


def main() -> None:
    path = os.path.join(OUT, "nn_from_pytorch.gsh")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(render(INPUTS))
    print(f"wrote {os.path.relpath(path)}")


if __name__ == "__main__":
    main()
