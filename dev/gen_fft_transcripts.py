"""Generate tests/transcripts/fft_from_pytorch.gsh from a real PyTorch:
torch.fft's docstring examples (assert_close lines as torch.allclose; the
ihfft2/ihfftn examples, which name an undefined ``t``, with the tensor they
mean), norms, n/s/dim, dtypes, errors, grad_fn names and a backward of
every transform.

    /path/to/torch-venv/bin/python dev/gen_fft_transcripts.py
"""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from gen_blocks_transcripts import write_transcripts  # noqa: E402

DOCSTRINGS = [
    "# torch.fft, generated from PyTorch 2.13: the docstring examples",
    "import torch",
    "import torch.fft",
    "from torch.fft import rfft, fftfreq",
    # fft
    "t = torch.arange(4)",
    "t",
    "torch.fft.fft(t)",
    "t = torch.tensor([0.+1.j, 2.+3.j, 4.+5.j, 6.+7.j])",
    "torch.fft.fft(t)",
    # ifft
    "t = torch.tensor([ 6.+0.j, -2.+2.j, -2.+0.j, -2.-2.j])",
    "torch.fft.ifft(t)",
    # fft2, ifft2, fftn, ifftn
    "x = torch.rand(10, 10, dtype=torch.complex64)",
    "fft2 = torch.fft.fft2(x)",
    "two_ffts = torch.fft.fft(torch.fft.fft(x, dim=0), dim=1)",
    "torch.allclose(fft2, two_ffts)",
    "ifft2 = torch.fft.ifft2(x)",
    "two_iffts = torch.fft.ifft(torch.fft.ifft(x, dim=0), dim=1)",
    "torch.allclose(ifft2, two_iffts)",
    "fftn = torch.fft.fftn(x)",
    "torch.allclose(fftn, two_ffts)",
    "ifftn = torch.fft.ifftn(x)",
    "torch.allclose(ifftn, two_iffts)",
    # rfft
    "t = torch.arange(4)",
    "torch.fft.rfft(t)",
    "rfft(t)",
    # irfft
    "t = torch.linspace(0, 1, 5)",
    "t",
    "T = torch.fft.rfft(t)",
    "T",
    "torch.fft.irfft(T)",
    "roundtrip = torch.fft.irfft(T, t.numel())",
    "torch.allclose(roundtrip, t)",
    # rfft2, rfftn
    "t = torch.rand(10, 10)",
    "rfft2 = torch.fft.rfft2(t)",
    "rfft2.size()",
    "fft2 = torch.fft.fft2(t)",
    "torch.allclose(fft2[..., :6], rfft2)",
    "two_ffts = torch.fft.fft(torch.fft.rfft(t, dim=1), dim=0)",
    "torch.allclose(rfft2, two_ffts)",
    "rfftn = torch.fft.rfftn(t)",
    "rfftn.size()",
    "fftn = torch.fft.fftn(t)",
    "torch.allclose(fftn[..., :6], rfftn)",
    # irfft2, irfftn
    "t = torch.rand(10, 9)",
    "T = torch.fft.rfft2(t)",
    "torch.fft.irfft2(T).size()",
    "roundtrip = torch.fft.irfft2(T, t.size())",
    "roundtrip.size()",
    "torch.allclose(roundtrip, t, atol=1e-6)",
    "T = torch.fft.rfftn(t)",
    "torch.fft.irfftn(T).size()",
    "roundtrip = torch.fft.irfftn(T, t.size())",
    "roundtrip.size()",
    "torch.allclose(roundtrip, t, atol=1e-6)",
    # hfft, ihfft
    "t = torch.linspace(0, 1, 5)",
    "T = torch.fft.ifft(t)",
    "T",
    "torch.fft.hfft(T[:3], n=5)",
    "torch.fft.hfft(T[:3])",
    "t = torch.arange(5)",
    "torch.fft.ihfft(t)",
    "torch.fft.ifft(t)",
    # hfft2, ihfft2, hfftn, ihfftn
    "T = torch.rand(10, 9)",
    "t = torch.fft.ihfft2(T)",
    "torch.fft.hfft2(t).size()",
    "roundtrip = torch.fft.hfft2(t, T.size())",
    "roundtrip.size()",
    "torch.allclose(roundtrip, T, atol=1e-6)",
    "T = torch.rand(10, 10)",
    "t = torch.fft.ihfft2(T)",
    "t.size()",
    "ifft2 = torch.fft.ifft2(T)",
    "torch.allclose(ifft2[..., :6], t)",
    "two_ffts = torch.fft.ifft(torch.fft.ihfft(T, dim=1), dim=0)",
    "torch.allclose(t, two_ffts)",
    "ihfftn = torch.fft.ihfftn(T)",
    "ihfftn.size()",
    "ifftn = torch.fft.ifftn(T)",
    "torch.allclose(ifftn[..., :6], ihfftn)",
    "two_iffts = torch.fft.ifft(torch.fft.ihfft(T, dim=1), dim=0)",
    "torch.allclose(ihfftn, two_iffts)",
    "T = torch.rand(10, 9)",
    "t = torch.fft.ihfftn(T)",
    "torch.fft.hfftn(t).size()",
    "roundtrip = torch.fft.hfftn(t, T.size())",
    "torch.allclose(roundtrip, T, atol=1e-6)",
    # fftfreq, rfftfreq
    "torch.fft.fftfreq(5)",
    "torch.fft.fftfreq(4)",
    "torch.fft.rfftfreq(5)",
    "torch.fft.rfftfreq(4)",
    # fftshift, ifftshift
    "f = torch.fft.fftfreq(4)",
    "f",
    "torch.fft.fftshift(f)",
    "x = torch.fft.fftfreq(5, d=1/5) + 0.1 * torch.fft.fftfreq(5, d=1/5).unsqueeze(1)",
    "x",
    "torch.fft.fftshift(x)",
    "x_centered = torch.arange(-5, 5)",
    "x_uncentered = torch.fft.ifftshift(x_centered)",
    "fft_uncentered = torch.fft.fft(x_uncentered)",
    "fft_centered = torch.fft.fftshift(fft_uncentered)",
    "x_centered_2 = torch.fft.fftshift(torch.fft.ifft(torch.fft.ifftshift(fft_centered)))",
    "torch.allclose(x_centered.to(torch.complex64), x_centered_2, atol=1e-6)",
    "f = torch.fft.fftfreq(5)",
    "f",
    "shifted = torch.fft.fftshift(f)",
    "torch.fft.ifftshift(shifted)",
]

BEHAVIOUR = [
    "# norms, sizes, dims, dtypes",
    "x = torch.arange(4.)",
    "z = torch.tensor([1+2j, 3j, 4., 5-1j])",
    "torch.fft.fft(x, norm='ortho'), torch.fft.fft(x, norm='forward'), torch.fft.fft(x, norm=None)",
    "torch.fft.ifft(x, norm='forward'), torch.fft.ifft(z, norm='ortho')",
    "torch.fft.fft(x.double(), norm='ortho')",
    "torch.fft.fft(x, n=6), torch.fft.fft(x, n=2), torch.fft.fft(z, n=2)",
    "torch.fft.rfft(x, n=6), torch.fft.rfft(x, norm='ortho')",
    "torch.fft.irfft(z, n=3), torch.fft.irfft(z, norm='forward')",
    "torch.fft.hfft(z), torch.fft.hfft(z, n=1), torch.fft.hfft(z, norm='ortho')",
    "torch.fft.ihfft(x, n=6, norm='forward')",
    "torch.fft.fft(torch.tensor([True, False]))",
    "torch.fft.fft(torch.tensor([1, 2], dtype=torch.int32))",
    "torch.fft.rfft(torch.tensor([1., 2.], dtype=torch.float64)).dtype",
    "torch.fft.irfft(torch.tensor([1., 2.], dtype=torch.float64)).dtype",
    "m = torch.tensor([[0.3, 1.7, -2.2], [1.1, 0.4, 2.5]])",
    "torch.fft.fft(m, dim=0)",
    "torch.fft.fftn(m, dim=1)",
    "torch.fft.fftn(m, s=4)",
    "torch.fft.fft2(m, s=(3, -1))",
    "torch.fft.ifft2(m, norm='ortho')",
    "torch.fft.rfft2(m), torch.fft.rfftn(m, dim=0)",
    "torch.fft.irfft2(torch.fft.rfft2(m), s=m.shape)",
    "torch.fft.irfftn(z.view(2, 2), s=(2, -1))",
    "torch.fft.hfft2(z.view(2, 2)), torch.fft.hfftn(z.view(2, 2), dim=0)",
    "torch.fft.ihfft2(m), torch.fft.ihfftn(m, s=(2,), norm='ortho')",
    "torch.fft.fftn(torch.tensor(3.))",
    "torch.fft.fftn(m, dim=(1, 0), norm='forward')",
    "torch.fft.fftfreq(4, requires_grad=True)",
    "torch.fft.fftfreq(5, 0.1, dtype=torch.float64), torch.fft.rfftfreq(6, d=0.5)",
    "torch.fft.fftfreq(0), torch.fft.rfftfreq(0), torch.fft.rfftfreq(-3), torch.fft.fftfreq(3, 0)",
    "torch.fft.fftfreq(4, device='cpu', dtype=torch.float64)",
    "torch.fft.fftshift(m, 1), torch.fft.ifftshift(m, dim=(0,))",
    "torch.fft.fftshift(m, dim=(0, 0))",
    "torch.fft.fftshift(z)",
    "# errors",
    "torch.fft.fft(x, norm='bad')",
    "torch.fft.fft(x, n=0)",
    "torch.fft.fft(x, n=-1)",
    "torch.fft.rfft(z)",
    "torch.fft.ihfft(z)",
    "torch.fft.rfftn(z)",
    "torch.fft.rfft2(z.view(2, 2))",
    "torch.fft.ihfftn(z)",
    "torch.fft.ihfft2(z.view(2, 2))",
    "torch.fft.fft2(x)",
    "torch.fft.fftn(x, s=(2, 2))",
    "torch.fft.fftn(m, dim=(0, 0))",
    "torch.fft.fftn(m, s=(2,), dim=(0, 1))",
    "torch.fft.fft(x, dim=2)",
    "torch.fft.fft(x.half())",
    "torch.fft.fft(torch.tensor(3.))",
    "torch.fft.rfftn(torch.tensor(3.))",
    "torch.fft.irfft(torch.tensor([1.+0j]))",
    "torch.fft.irfftn(z, s=(0,))",
    "torch.fft.fft(torch.zeros(0))",
    "torch.fft.fftfreq(4, dtype=torch.int64)",
    "torch.fft.fftfreq(-1)",
    "torch.fft.fftshift(torch.tensor(3.))",
    "torch.fft.fftshift(x, dim=1)",
    "torch.fft.fft(x, n=(3,))",
    "torch.fft.fft(x, dim=(0,))",
    "# autograd: grad_fn names and a backward of each transform",
    "x = torch.tensor([1.2, 2.1, 0.3, -1.4], requires_grad=True)",
    "w = torch.tensor([1.1, -2.3, 3.2, 0.5])",
    "c = torch.tensor([1.1+1.3j, -2.2+0.5j, 3.4-1.2j, 0.6+2.1j], requires_grad=True)",
    """
    def chain(t):
        names, node = [], t.grad_fn
        while node is not None and node.next_functions:
            names.append(node.name())
            node = node.next_functions[0][0]
        return names + [node.name()] if node is not None else names
    """,
    "chain(torch.fft.fft(x)), chain(torch.fft.fft(c))",
    "chain(torch.fft.ifft(x)), torch.fft.ifft(x).is_conj(), chain(torch.fft.ifft(c))",
    "chain(torch.fft.rfft(x)), chain(torch.fft.irfft(x)), chain(torch.fft.irfft(c))",
    "chain(torch.fft.hfft(c)), chain(torch.fft.ihfft(x)), torch.fft.ihfft(x).is_conj()",
    "chain(torch.fft.fft(x, n=6)), chain(torch.fft.fft(x, n=2))",
    "chain(torch.fft.fft2(x.view(2, 2))), chain(torch.fft.ifftn(c.view(2, 2)))",
    "chain(torch.fft.rfft2(x.view(2, 2))), chain(torch.fft.irfftn(c.view(2, 2)))",
    "chain(torch.fft.hfft2(c.view(2, 2))), chain(torch.fft.hfftn(x.view(2, 2)))",
    "chain(torch.fft.ihfft2(x.view(2, 2))), chain(torch.fft.ihfftn(x.view(2, 2)))",
    "chain(torch.fft.fftshift(x)), chain(torch.fft.ifftshift(c))",
    """
    def check(f):
        x.grad = None
        c.grad = None
        out = f()
        real = torch.view_as_real(out.resolve_conj()) if out.is_complex() else out
        loss = (real * real * 0.7 + real * 0.3).sum()
        loss.backward()
        print(x.grad if x.grad is not None else c.grad)
    """,
    "check(lambda: torch.fft.fft(x))",
    "check(lambda: torch.fft.fft(c, norm='ortho'))",
    "check(lambda: torch.fft.ifft(x * w))",
    "check(lambda: torch.fft.ifft(c, n=6))",
    "check(lambda: torch.fft.rfft(x * w, norm='forward'))",
    "check(lambda: torch.fft.rfft(x, n=3))",
    "check(lambda: torch.fft.irfft(c))",
    "check(lambda: torch.fft.irfft(c, n=7, norm='ortho'))",
    "check(lambda: torch.fft.hfft(c))",
    "check(lambda: torch.fft.ihfft(x * w))",
    "check(lambda: torch.fft.fft2(x.view(2, 2) * w.view(2, 2)))",
    "check(lambda: torch.fft.ifftn(c.view(2, 2), s=(3, 3)))",
    "check(lambda: torch.fft.rfft2(x.view(2, 2)))",
    "check(lambda: torch.fft.irfft2(c.view(2, 2)))",
    "check(lambda: torch.fft.hfft2(c.view(2, 2), norm='forward'))",
    "check(lambda: torch.fft.ihfftn(x.view(2, 2) * w.view(2, 2)))",
    "check(lambda: torch.fft.fftshift(x * w))",
    "check(lambda: torch.fft.ifftshift(c))",
    "# second order",
    "y = torch.fft.rfft(x * x).abs().sum()",
    "g, = torch.autograd.grad(y, x, create_graph=True)",
    "g",
    "torch.autograd.grad(g.sum(), x)",
]

TRANSCRIPTS = {"fft_from_pytorch": DOCSTRINGS + BEHAVIOUR}

if __name__ == "__main__":
    write_transcripts(TRANSCRIPTS)
