"""Generate tests/transcripts/tutorial_*_from_pytorch.gsh from a real PyTorch:
the programs of PyTorch's tutorial "Learning PyTorch with Examples"
(pytorch/tutorials, beginner_source/examples_*), statement by statement, after
``torch.manual_seed(0)`` (the tutorials draw unseeded numbers; PyTorch 2.13
seeds its default generator differently in every process).

Comments are left out; every statement is the tutorial's.
``polynomial_numpy.py`` runs in NumPy (the oracle venv's NumPy 2.4), seeded
with ``np.random.seed(0)``: gradsh's ``np.random`` is NumPy's own legacy
generator and its ``np.linspace``, ``np.sin``, ``np.square`` and array
arithmetic are NumPy's, so every loss is NumPy's bit for bit.
``dynamic_net.py`` is seeded with ``random.seed(0)`` too (gradsh's ``random``
is CPython's Mersenne Twister, so each step draws the tutorial's model) and
runs 4,000 of its 30,000 steps (printing at 1999 and 3999, as the tutorial
does every 2,000; 8.4 s in gradsh): the whole loop takes 114 s on this
2-core machine, too long for a test. All 30,000 were checked once against
PyTorch: the 15 losses and the result are equal.

    /path/to/torch-venv/bin/python dev/gen_tutorial_transcripts.py
"""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from gen_blocks_transcripts import write_transcripts  # noqa: E402

SEED = "_ = torch.manual_seed(0)"
DATA = [
    "x = torch.linspace(-math.pi, math.pi, 2000)",
    "y = torch.sin(x)",
]
RESULT_LINEAR = ("print(f'Result: y = {linear_layer.bias.item()} + "
                 "{linear_layer.weight[:, 0].item()} x + {linear_layer.weight[:, 1].item()} x^2 + "
                 "{linear_layer.weight[:, 2].item()} x^3')")
RESULT_ABCD = "print(f'Result: y = {a.item()} + {b.item()} x + {c.item()} x^2 + {d.item()} x^3')"

TENSORS = [
    "# Learning PyTorch with Examples: Tensors (polynomial_tensor.py), from PyTorch 2.13",
    "import math", "import torch", SEED,
    "dtype = torch.float",
    'device = torch.device("cpu")',
    "x = torch.linspace(-math.pi, math.pi, 2000, device=device, dtype=dtype)",
    "y = torch.sin(x)",
    "a = torch.randn((), device=device, dtype=dtype)",
    "b = torch.randn((), device=device, dtype=dtype)",
    "c = torch.randn((), device=device, dtype=dtype)",
    "d = torch.randn((), device=device, dtype=dtype)",
    "learning_rate = 1e-6",
    """for t in range(2000):
    y_pred = a + (b * x) + (c * x.pow(2)) + (d * x.pow(3))
    loss = (y_pred - y).pow(2).sum().item()
    if t % 100 == 99:
        print(t, loss)
    grad_y_pred = -2.0 * (y - y_pred)
    grad_a = grad_y_pred.sum()
    grad_b = torch.matmul(input=grad_y_pred, other=x).sum()
    grad_c = torch.matmul(input=grad_y_pred, other=x.pow(2)).sum()
    grad_d = torch.matmul(input=grad_y_pred, other=x.pow(3)).sum()
    a -= learning_rate * grad_a
    b -= learning_rate * grad_b
    c -= learning_rate * grad_c
    d -= learning_rate * grad_d""",
    RESULT_ABCD,
]

NUMPY = [
    "# Learning PyTorch with Examples: Warm-up: numpy (polynomial_numpy.py), "
    "from NumPy 2.4 (PyTorch 2.13's venv)",
    "import numpy as np", "import math", "np.random.seed(0)",
    "x = np.linspace(-math.pi, math.pi, 2000)",
    "y = np.sin(x)",
    "a = np.random.randn()",
    "b = np.random.randn()",
    "c = np.random.randn()",
    "d = np.random.randn()",
    "learning_rate = 1e-6",
    """for t in range(2000):
    y_pred = a + b * x + c * x ** 2 + d * x ** 3
    loss = np.square(y_pred - y).sum()
    if t % 100 == 99:
        print(t, loss)
    grad_y_pred = 2.0 * (y_pred - y)
    grad_a = grad_y_pred.sum()
    grad_b = (grad_y_pred * x).sum()
    grad_c = (grad_y_pred * x ** 2).sum()
    grad_d = (grad_y_pred * x ** 3).sum()
    a -= learning_rate * grad_a
    b -= learning_rate * grad_b
    c -= learning_rate * grad_c
    d -= learning_rate * grad_d""",
    "print(f'Result: y = {a} + {b} x + {c} x^2 + {d} x^3')",
]

AUTOGRAD = [
    "# Learning PyTorch with Examples: Tensors and autograd (polynomial_autograd.py), "
    "from PyTorch 2.13",
    "import torch", "import math", SEED,
    "dtype = torch.float",
    'device = torch.accelerator.current_accelerator().type if torch.accelerator.is_available() '
    'else "cpu"',
    'print(f"Using {device} device")',
    "torch.set_default_device(device)",
    "x = torch.linspace(-math.pi, math.pi, 2000, dtype=dtype)",
    "y = torch.sin(x)",
    "a = torch.randn((), dtype=dtype, requires_grad=True)",
    "b = torch.randn((), dtype=dtype, requires_grad=True)",
    "c = torch.randn((), dtype=dtype, requires_grad=True)",
    "d = torch.randn((), dtype=dtype, requires_grad=True)",
    "learning_rate = 1e-6",
    # PyTorch 2.13 refuses the tutorial's `a.grad, ... = 0., ...` (a float is
    # not a gradient): the loop stops at t == 0 with its TypeError.
    """for t in range(2000):
    y_pred = a + b * x + c * x ** 2 + d * x ** 3
    loss = (y_pred - y).pow(2).sum()
    if t % 100 == 99:
        print(t, loss.item())
    loss.backward()
    with torch.no_grad():
        a -= learning_rate * a.grad
        b -= learning_rate * b.grad
        c -= learning_rate * c.grad
        d -= learning_rate * d.grad
        a.grad, b.grad, c.grad, d.grad = 0. , 0. , 0. , 0.""",
    "t",
    RESULT_ABCD,
    "a.grad",
]

CUSTOM_FUNCTION = [
    "# Learning PyTorch with Examples: custom autograd Function "
    "(polynomial_custom_function.py), from PyTorch 2.13",
    "import torch", "import math", SEED,
    """class LegendrePolynomial3(torch.autograd.Function):
    @staticmethod
    def forward(ctx, input):
        ctx.save_for_backward(input)
        return 0.5 * (5 * input ** 3 - 3 * input)

    @staticmethod
    def backward(ctx, grad_output):
        input, = ctx.saved_tensors
        return grad_output * 1.5 * (5 * input ** 2 - 1)""",
    "dtype = torch.float",
    'device = torch.device("cpu")',
    "x = torch.linspace(-math.pi, math.pi, 2000, device=device, dtype=dtype)",
    "y = torch.sin(x)",
    "a = torch.full((), 0.0, device=device, dtype=dtype, requires_grad=True)",
    "b = torch.full((), -1.0, device=device, dtype=dtype, requires_grad=True)",
    "c = torch.full((), 0.0, device=device, dtype=dtype, requires_grad=True)",
    "d = torch.full((), 0.3, device=device, dtype=dtype, requires_grad=True)",
    "learning_rate = 5e-6",
    """for t in range(2000):
    P3 = LegendrePolynomial3.apply
    y_pred = a + b * P3(c + d * x)
    loss = (y_pred - y).pow(2).sum()
    if t % 100 == 99:
        print(t, loss.item())
    loss.backward()
    with torch.no_grad():
        a -= learning_rate * a.grad
        b -= learning_rate * b.grad
        c -= learning_rate * c.grad
        d -= learning_rate * d.grad
        a.grad = None
        b.grad = None
        c.grad = None
        d.grad = None""",
    "print(f'Result: y = {a.item()} + {b.item()} * P3({c.item()} + {d.item()} x)')",
]

NN = [
    "# Learning PyTorch with Examples: nn (polynomial_nn.py), from PyTorch 2.13",
    "import torch", "import math", SEED, *DATA,
    "p = torch.tensor([1, 2, 3])",
    "xx = x.unsqueeze(-1).pow(p)",
    "model = torch.nn.Sequential(\n    torch.nn.Linear(3, 1),\n    torch.nn.Flatten(0, 1)\n)",
    "loss_fn = torch.nn.MSELoss(reduction='sum')",
    "learning_rate = 1e-6",
    """for t in range(2000):
    y_pred = model(xx)
    loss = loss_fn(y_pred, y)
    if t % 100 == 99:
        print(t, loss.item())
    model.zero_grad()
    loss.backward()
    with torch.no_grad():
        for param in model.parameters():
            param -= learning_rate * param.grad""",
    "linear_layer = model[0]",
    RESULT_LINEAR,
]

OPTIM = [
    "# Learning PyTorch with Examples: optim (polynomial_optim.py), from PyTorch 2.13",
    "import torch", "import math", SEED, *DATA,
    "p = torch.tensor([1, 2, 3])",
    "xx = x.unsqueeze(-1).pow(p)",
    "model = torch.nn.Sequential(\n    torch.nn.Linear(3, 1),\n    torch.nn.Flatten(0, 1)\n)",
    "loss_fn = torch.nn.MSELoss(reduction='sum')",
    "learning_rate = 1e-6",
    "optimizer = torch.optim.SGD(model.parameters(), lr=learning_rate)",
    """for t in range(2000):
    y_pred = model(xx)
    loss = loss_fn(y_pred, y)
    if t % 100 == 99:
        print(t, loss.item())
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()""",
    "linear_layer = model[0]",
    RESULT_LINEAR,
]

MODULE = [
    "# Learning PyTorch with Examples: custom nn Modules (polynomial_module.py), "
    "from PyTorch 2.13",
    "import torch", "import math", SEED,
    """class Polynomial3(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.a = torch.nn.Parameter(torch.randn(()))
        self.b = torch.nn.Parameter(torch.randn(()))
        self.c = torch.nn.Parameter(torch.randn(()))
        self.d = torch.nn.Parameter(torch.randn(()))

    def forward(self, x):
        return self.a + self.b * x + self.c * x ** 2 + self.d * x ** 3

    def string(self):
        return f'y = {self.a.item()} + {self.b.item()} x + {self.c.item()} x^2 + {self.d.item()} x^3'""",  # noqa: E501
    *DATA,
    "model = Polynomial3()",
    "criterion = torch.nn.MSELoss(reduction='sum')",
    "optimizer = torch.optim.SGD(model.parameters(), lr=1e-6)",
    """for t in range(2000):
    y_pred = model(x)
    loss = criterion(y_pred, y)
    if t % 100 == 99:
        print(t, loss.item())
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()""",
    "print(f'Result: {model.string()}')",
    "model",
]

DYNAMIC = [
    "# Learning PyTorch with Examples: Control Flow + Weight Sharing (dynamic_net.py), "
    "from PyTorch 2.13, 4,000 of the tutorial's 30,000 steps",
    "import random", "import torch", "import math", SEED, "random.seed(0)",
    """class DynamicNet(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.a = torch.nn.Parameter(torch.randn(()))
        self.b = torch.nn.Parameter(torch.randn(()))
        self.c = torch.nn.Parameter(torch.randn(()))
        self.d = torch.nn.Parameter(torch.randn(()))
        self.e = torch.nn.Parameter(torch.randn(()))

    def forward(self, x):
        y = self.a + self.b * x + self.c * x ** 2 + self.d * x ** 3
        for exp in range(4, random.randint(4, 6)):
            y = y + self.e * x ** exp
        return y

    def string(self):
        return f'y = {self.a.item()} + {self.b.item()} x + {self.c.item()} x^2 + {self.d.item()} x^3 + {self.e.item()} x^4 ? + {self.e.item()} x^5 ?'""",  # noqa: E501
    *DATA,
    "model = DynamicNet()",
    "criterion = torch.nn.MSELoss(reduction='sum')",
    "optimizer = torch.optim.SGD(model.parameters(), lr=1e-8, momentum=0.9)",
    """for t in range(4000):
    y_pred = model(x)
    loss = criterion(y_pred, y)
    if t % 2000 == 1999:
        print(t, loss.item())
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()""",
    "print(f'Result: {model.string()}')",
]

TRANSCRIPTS = {
    "tutorial_numpy_from_pytorch": NUMPY,
    "tutorial_tensors_from_pytorch": TENSORS,
    "tutorial_autograd_from_pytorch": AUTOGRAD,
    "tutorial_custom_function_from_pytorch": CUSTOM_FUNCTION,
    "tutorial_nn_from_pytorch": NN,
    "tutorial_optim_from_pytorch": OPTIM,
    "tutorial_module_from_pytorch": MODULE,
    "tutorial_dynamic_net_from_pytorch": DYNAMIC,
}


def main() -> None:
    write_transcripts(TRANSCRIPTS)


if __name__ == "__main__":
    main()
