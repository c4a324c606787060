"""Devices (SPEC §5): parsing, the clear error without a GPU, moves, mismatches,
printing, creation's ``device=``, and the ``:to`` / ``:devices`` commands.

Tests taking the ``device`` fixture run on the CPU and, where a GPU is usable,
on CUDA; the others pin what a CPU-only machine sees.
"""
from __future__ import annotations

import re

import sys
import types

import numpy as np
import pytest

from gradsh.engine import backend
from gradsh.engine.namespace import MODULES
from gradsh.engine.ops import creation
from gradsh.lang.evaluator import Interpreter

torch = MODULES["torch"]
needs_cuda = pytest.mark.skipif(not backend.cuda_available(), reason="CUDA is not available")


@pytest.fixture
def fresh_backend(monkeypatch):
    """A backend that has not tried CuPy yet (restored after)."""
    monkeypatch.setattr(backend, "_cupy", None)
    monkeypatch.setattr(backend, "_cupy_error", None)
    monkeypatch.setattr(backend, "_device_count", 0)
    return monkeypatch


def run(source: str) -> str:
    out: list[str] = []
    Interpreter(out.append).run_source(source)
    return "".join(out)


# ------------------------------------------------------------- parsing
def test_device_parsing_and_printing():
    assert repr(torch.device("cuda", 0)) == "device(type='cuda', index=0)"
    assert str(torch.device("cuda:1")) == "cuda:1"
    assert repr(torch.device("cpu")) == "device(type='cpu')"
    assert torch.device("cuda") == "cuda" and torch.device("cuda:0") != "cuda"
    assert backend.resolve_device(torch.device("cuda")) == torch.device("cuda:0")
    with pytest.raises(RuntimeError, match="device type at start of device string: gpu"):
        torch.device("gpu")
    with pytest.raises(RuntimeError, match="Invalid device string: 'cuda:x'"):
        torch.device("cuda:x")
    with pytest.raises(RuntimeError, match="CPU device index must be -1 or zero, got 1"):
        torch.device("cpu:1")
    assert run("print(torch.device('cuda', 1))\ntorch.device('cuda:1')\n") == (
        "cuda:1\ndevice(type='cuda', index=1)\n")


# ------------------------------------------- the clear error without a GPU
def test_without_cupy_a_gpu_request_names_the_reason(fresh_backend):
    fresh_backend.setitem(sys.modules, "cupy", None)  # import cupy raises ImportError
    assert backend.cuda_available() is False and backend.cuda_device_count() == 0
    for request in (lambda: torch.ones(2).cuda(), lambda: torch.zeros(2, device="cuda"),
                    lambda: torch.ones(2).to("cuda:0", torch.float64),
                    lambda: creation.set_default_device("cuda")):
        with pytest.raises(RuntimeError) as info:
            request()
        assert str(info.value) == ("CUDA is not available: CuPy is not installed "
                                   "(pip install 'gradsh[cuda]')")
    assert torch.ones(2).sum().item() == 2.0  # every CPU feature still works


def _fake_cupy(count: int):
    module = types.ModuleType("cupy")
    module.cuda = types.SimpleNamespace(runtime=types.SimpleNamespace(
        getDeviceCount=lambda: count))
    return module


def test_no_cuda_device_and_a_broken_driver(fresh_backend):
    fresh_backend.setitem(sys.modules, "cupy", _fake_cupy(0))
    with pytest.raises(RuntimeError, match="^CUDA is not available: no CUDA device was found$"):
        backend.cupy_module()

    def fails():
        raise RuntimeError("cudaErrorInsufficientDriver: CUDA driver version is insufficient\n"
                           "more detail")

    fresh_backend.setattr(backend, "_cupy_error", None)
    broken = _fake_cupy(1)
    broken.cuda.runtime.getDeviceCount = fails
    fresh_backend.setitem(sys.modules, "cupy", broken)
    with pytest.raises(RuntimeError) as info:
        backend.cupy_module()
    assert str(info.value) == ("CUDA is not available: cudaErrorInsufficientDriver: CUDA driver "
                               "version is insufficient")


def test_invalid_device_ordinal(fresh_backend):
    fresh_backend.setitem(sys.modules, "cupy", _fake_cupy(1))
    assert backend.cuda_device_count() == 1
    backend.check_ordinal(backend.Device("cuda", 0))
    for index in (1, 7):
        with pytest.raises(RuntimeError, match="^CUDA error: invalid device ordinal$"):
            backend.array_module(backend.Device("cuda", index))


def test_cupy_kernel_cache_lives_in_the_users_cache_folder(monkeypatch, tmp_path):
    monkeypatch.delenv("CUPY_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert backend.kernel_cache_dir() == str(tmp_path / "gradsh" / "cupy")
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert backend.kernel_cache_dir() == str(tmp_path / ".cache" / "gradsh" / "cupy")
    backend._use_kernel_cache()
    import os

    assert os.environ["CUPY_CACHE_DIR"] == str(tmp_path / ".cache" / "gradsh" / "cupy")
    monkeypatch.setenv("CUPY_CACHE_DIR", "/somewhere/else")  # the user's choice wins
    backend._use_kernel_cache()
    assert backend.kernel_cache_dir() == os.environ["CUPY_CACHE_DIR"] == "/somewhere/else"


def test_cupy_is_imported_only_when_a_gpu_is_used():
    import subprocess

    code = ("import sys\nfrom gradsh.lang.evaluator import Interpreter\n"
            "Interpreter(print).run_source('x = ones(2) * 2\\n:set\\nx')\n"
            "assert 'cupy' not in sys.modules, 'cupy imported'\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr


# -------------------------------------------------- on every device
def test_creation_functions_take_device(device):
    made = [torch.tensor([1.0]), torch.zeros(2), torch.ones(2), torch.empty(2),
            torch.full((2,), 3.0), torch.eye(2), torch.arange(3), torch.linspace(0, 1, 3),
            torch.logspace(0, 1, 3), torch.rand(2), torch.randn(2), torch.randint(0, 5, (2,)),
            torch.randperm(3), torch.zeros_like(torch.ones(2)), torch.as_tensor([1, 2])]
    assert all(t.device == "cpu" for t in made)
    on = [torch.tensor([1.0], device=device), torch.zeros(2, device=device),
          torch.ones(2, device=device), torch.empty(2, device=device),
          torch.full((2,), 3.0, device=device), torch.eye(2, device=device),
          torch.arange(3, device=device), torch.linspace(0, 1, 3, device=device),
          torch.logspace(0, 1, 3, device=device), torch.rand(2, device=device),
          torch.randn(2, device=device), torch.randint(0, 5, (2,), device=device),
          torch.randperm(3, device=device), torch.ones_like(torch.ones(2), device=device)]
    expected = backend.resolve_device(backend.parse_device(device))
    assert all(t.device == expected for t in on)
    assert all(t.is_cuda == (device == "cuda") for t in on)


def test_default_device_applies_to_new_tensors(device):
    creation.set_default_device(device)
    expected = backend.resolve_device(backend.parse_device(device))
    assert torch.ones(2).device == expected and torch.tensor([1, 2]).device == expected
    assert torch.randn(2).device == expected and torch.arange(2).device == expected


def test_moves_are_differentiable_and_gradients_land_on_the_source(device):
    x = torch.tensor([1.0, 2.0], requires_grad=True)
    y = x.to(device, torch.float64)
    assert y.dtype == torch.float64 and y.grad_fn.name() == "ToCopyBackward0"
    (y * y).sum().backward()
    assert x.grad.device == "cpu" and x.grad.tolist() == [2.0, 4.0]
    z = torch.tensor([3.0], device=device, requires_grad=True)
    (z.cpu() * 2).sum().backward()
    assert z.grad.device == z.device and z.grad.tolist() == [2.0]


def test_results_match_the_cpu(device):
    values = np.linspace(-2, 2, 12, dtype=np.float32).reshape(3, 4)
    results = []
    for where in ("cpu", device):
        x = torch.tensor(values.tolist(), device=where, requires_grad=True)
        w = torch.tensor(np.ones((4, 2), np.float32).tolist(), device=where, requires_grad=True)
        out = ((x.tanh() * x.exp()).matmul(w).softmax(dim=1) * x[:, :2].erf()).sum()
        out.backward()
        results.append((out.item(), x.grad.cpu().tolist(), w.grad.cpu().tolist()))
    assert results[0][0] == pytest.approx(results[1][0], rel=1e-5)
    np.testing.assert_allclose(results[0][1], results[1][1], rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(results[0][2], results[1][2], rtol=1e-5, atol=1e-6)


def test_printing_names_the_device(device):
    x = torch.tensor([1.0, 2.0], device=device)
    suffix = "" if device == "cpu" else ", device='cuda:0'"
    assert repr(x) == f"tensor([1., 2.]{suffix})"
    assert repr(torch.tensor([1, 2], device=device, dtype=torch.int32)) == (
        f"tensor([1, 2]{suffix}, dtype=torch.int32)")
    assert repr(x.requires_grad_() * 2) == f"tensor([2., 4.]{suffix}, grad_fn=<MulBackward0>)"
    assert x.type() == ("torch.FloatTensor" if device == "cpu" else "torch.cuda.FloatTensor")


def test_python_values_from_device_tensors(device):
    x = torch.tensor([[1.5, 2.5]], device=device)
    assert x.tolist() == [[1.5, 2.5]] and isinstance(x.sum().item(), float)
    assert float(x.sum()) == 4.0 and bool(x.sum() > 3) and int(x[0, 1]) == 2
    assert torch.equal(x, x.clone()) is True and torch.allclose(x, x + 1e-9) is True


# ----------------------------------------------------------- CUDA only
@needs_cuda
def test_cuda_mixing_devices_is_pytorchs_error():
    a, b = torch.ones(2, device="cuda"), torch.ones(2)
    message = ("Expected all tensors to be on the same device, but found at least two devices, "
               "cuda:0 and cpu!")
    for mixed in (lambda: a + b, lambda: b * a, lambda: a.matmul(b), lambda: torch.cat([a, b]),
                  lambda: torch.where(a > 0, a, b), lambda: torch.stack([b, a])):
        with pytest.raises(RuntimeError) as info:
            mixed()
        assert str(info.value) == message


@needs_cuda
def test_cuda_numpy_of_a_gpu_tensor_is_pytorchs_error():
    with pytest.raises(TypeError) as info:
        torch.ones(2).cuda().numpy()
    assert str(info.value) == ("can't convert cuda:0 device type tensor to numpy. Use "
                               "Tensor.cpu() to copy the tensor to host memory first.")


@needs_cuda
def test_cuda_with_an_index_and_invalid_ordinals():
    assert torch.ones(2).cuda(0).device == "cuda:0"
    with pytest.raises(RuntimeError, match="^CUDA error: invalid device ordinal$"):
        torch.ones(2).cuda(backend.cuda_device_count())
    assert torch.cuda.is_available() is True and torch.cuda.device_count() >= 1
    assert isinstance(torch.cuda.get_device_name(0), str) and torch.cuda.current_device() == 0


@needs_cuda
def test_cuda_legacy_style_shows_the_gpu():
    from gradsh.engine import printing

    saved = printing.options.style
    printing.options.style = "legacy"
    try:
        assert repr(torch.tensor([[1.0, 2.0]], device="cuda")) == (
            "\n 1  2\n[torch.cuda.FloatTensor of size 1x2 (GPU 0)]\n")
    finally:
        printing.options.style = saved


# -------------------------------------------------------------- commands
def test_to_command_moves_tensors_and_keeps_leaves(device):
    out: list[str] = []
    interp = Interpreter(out.append)
    interp.run_source("x = tensor([1., 2.], requires_grad=True)\n(x * x).sum().backward()\n"
                      "y = x * 3\nn = 5\nc = tensor([7])\n")
    interp.run_source(f":to {device} x")
    x = interp.workspace["x"]
    expected = backend.resolve_device(backend.parse_device(device))
    assert x.device == expected and x.is_leaf and x.requires_grad
    assert x.grad.device == expected and x.grad.tolist() == [2.0, 4.0]
    assert interp.workspace["c"].device == "cpu"  # only the named one
    interp.run_source(f":to {device}")
    y, c = interp.workspace["y"], interp.workspace["c"]
    assert y.device == expected and c.device == expected and interp.workspace["n"] == 5
    assert y.grad_fn is not None and (device == "cpu" or y.grad_fn.name() == "ToCopyBackward0")
    assert creation.current_default_device() == expected
    interp.run_source("z = ones(2)\n:set")
    assert interp.workspace["z"].device == expected
    assert re.search(rf"^device +{re.escape(str(expected))}$", "".join(out), re.M)
    interp.run_source(":to cpu")
    assert creation.current_default_device() == "cpu" and interp.workspace["x"].device == "cpu"


def test_to_command_errors():
    interp = Interpreter(lambda text: None)
    interp.run_source("n = 3")
    for source, words in ((":to", "usage: :to DEV"), (":to cpu nothing", "'nothing' is not defined"),
                          (":to cpu n", "'n' is a int, not a tensor"),
                          (":to gpu", "device type at start of device string: gpu")):
        with pytest.raises(Exception) as info:
            interp.run_source(source)
        assert words in str(info.value)


def test_set_device_sets_the_creation_default(fresh_backend):
    fresh_backend.setitem(sys.modules, "cupy", None)
    interp = Interpreter(lambda text: None)
    with pytest.raises(Exception, match="CUDA is not available: CuPy is not installed"):
        interp.run_source(":set device cuda")
    assert creation.current_default_device() == "cpu"
    interp.run_source(":set device cpu")
    assert creation.current_default_device() == "cpu"


def test_devices_command_lists_cpu_and_the_reason_for_no_gpu(fresh_backend):
    fresh_backend.setitem(sys.modules, "cupy", None)
    lines = run(":devices").splitlines()
    assert lines[0].startswith("cpu ") and lines[0].endswith("(default)")
    assert lines[1] == ("cuda    none: CUDA is not available: CuPy is not installed "
                        "(pip install 'gradsh[cuda]')")


@needs_cuda
def test_cuda_devices_command_names_each_gpu_and_its_memory():
    lines = run(":devices").splitlines()
    assert lines[1].startswith("cuda:0  ") and "GiB used of" in lines[1]


def test_device_option_on_the_command_line(gradsh):
    result = gradsh("--device", "cpu", "-c", "print(ones(1).device)")
    assert result.returncode == 0 and result.stdout == "cpu\n"
    if not backend.cuda_available():
        result = gradsh("--device", "cuda", "-c", "print(1)", env={"CUPY_CACHE_DIR": "/tmp"})
        assert result.returncode != 0 and "CUDA is not available" in result.stderr
