"""Generate tests/transcripts/nn_dropout_from_pytorch.gsh from a real PyTorch:
channel-wise and alpha dropouts (masks from the seeded stream), their
modules, warnings and errors.

    /path/to/torch-venv/bin/python dev/gen_nn_dropout_transcripts.py
"""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from gen_blocks_transcripts import OUT, render  # noqa: E402

INPUTS = [
    "# channel-wise and alpha dropouts, generated from PyTorch 2.13",
    "import torch",
    "import torch.nn as nn",
    "import torch.nn.functional as F",
    "_ = torch.manual_seed(0)",
    "x = torch.arange(1., 25.).reshape(2, 3, 4)",
    "F.dropout1d(x)",
    "F.dropout1d(x[0], p=0.3)",
    "F.dropout1d(x, training=False) is x",
    "F.dropout2d(torch.ones(2, 4, 2, 2), 0.5)",
    "F.dropout3d(torch.ones(1, 3, 1, 2, 2), 0.25)",
    "F.dropout3d(torch.ones(3, 1, 2, 2), 0.5)",
    "F.alpha_dropout(torch.ones(8), 0.5, True)",
    "F.alpha_dropout(torch.ones(8), 0.5)",
    "torch.alpha_dropout(torch.linspace(-1, 1, 6), 0.2, True)",
    "F.feature_alpha_dropout(torch.ones(2, 3, 2), 0.5, True)",
    "F.alpha_dropout(torch.ones(3), 1.0, True)",
    "w = torch.randn(2, 3, 2, requires_grad=True)",
    "y = F.dropout1d(w, 0.5)",
    "y",
    "y.sum().backward()",
    "w.grad",
    "a = torch.randn(6, requires_grad=True)",
    "z = F.alpha_dropout(a, 0.3, True)",
    "z",
    "z.sum().backward()",
    "a.grad",
    "t = torch.ones(2, 2, 3)",
    "_ = F.dropout1d(t, 0.5, inplace=True)",
    "t",
    "d = nn.Dropout2d(0.2)",
    "d",
    "d(torch.ones(1, 4, 1, 1))",
    "d.eval()",
    "d(torch.ones(1, 4, 1, 1))",
    "nn.Dropout1d(), nn.Dropout3d(p=0.1, inplace=True)",
    "nn.AlphaDropout(0.2)(torch.ones(5))",
    "nn.FeatureAlphaDropout(0.5)(torch.ones(2, 2, 2))",
    "F.dropout1d(torch.ones(2, 3, 4, 5))",
    "F.dropout2d(torch.ones(2, 3), 0.5)",
    "F.dropout2d(torch.ones(2, 3, 2), 0.5)",
    "F.feature_alpha_dropout(torch.ones(3), 0.5, True)",
    "F.dropout2d(torch.ones(2, 3, 2), 1.5)",
    "nn.Dropout1d(-0.1)",
]


def main() -> None:
    path = os.path.join(OUT, "nn_dropout_from_pytorch.gsh")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(render(INPUTS))
    print(f"wrote {os.path.relpath(path)}")


if __name__ == "__main__":
    main()
