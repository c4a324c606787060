>>> # torch.fft, generated from PyTorch 2.13: the docstring examples
>>> import torch
>>> import torch.fft
>>> from torch.fft import rfft, fftfreq
>>> t = torch.arange(4)
>>> t
tensor([0, 1, 2, 3])
>>> torch.fft.fft(t)
tensor([ 6.+0.j, -2.+2.j, -2.+0.j, -2.-2.j])
>>> t = torch.tensor([0.+1.j, 2.+3.j, 4.+5.j, 6.+7.j])
>>> torch.fft.fft(t)
tensor([12.+16.j, -8.+0.j, -4.-4.j,  0.-8.j])
>>> t = torch.tensor([ 6.+0.j, -2.+2.j, -2.+0.j, -2.-2.j])
>>> torch.fft.ifft(t)
tensor([0.+0.j, 1.+0.j, 2.+0.j, 3.+0.j])
>>> x = torch.rand(10, 10, dtype=torch.complex64)
>>> fft2 = torch.fft.fft2(x)
>>> two_ffts = torch.fft.fft(torch.fft.fft(x, dim=0), dim=1)
>>> torch.allclose(fft2, two_ffts)
True
>>> ifft2 = torch.fft.ifft2(x)
>>> two_iffts = torch.fft.ifft(torch.fft.ifft(x, dim=0), dim=1)
>>> torch.allclose(ifft2, two_iffts)
True
>>> fftn = torch.fft.fftn(x)
>>> torch.allclose(fftn, two_ffts)
True
>>> ifftn = torch.fft.ifftn(x)
>>> torch.allclose(ifftn, two_iffts)
True
>>> t = torch.arange(4)
>>> torch.fft.rfft(t)
tensor([ 6.+0.j, -2.+2.j, -2.+0.j])
>>> rfft(t)
tensor([ 6.+0.j, -2.+2.j, -2.+0.j])
>>> t = torch.linspace(0, 1, 5)
>>> t
tensor([0.0000, 0.2500, 0.5000, 0.7500, 1.0000])
>>> T = torch.fft.rfft(t)
>>> T
tensor([ 2.5000+0.0000j, -0.6250+0.8602j, -0.6250+0.2031j])
>>> torch.fft.irfft(T)
tensor([0.1562, 0.3511, 0.7812, 1.2114])
>>> roundtrip = torch.fft.irfft(T, t.numel())
>>> torch.allclose(roundtrip, t)
True
>>> t = torch.rand(10, 10)
>>> rfft2 = torch.fft.rfft2(t)
>>> rfft2.size()
torch.Size([10, 6])
>>> fft2 = torch.fft.fft2(t)
>>> torch.allclose(fft2[..., :6], rfft2)
True
>>> two_ffts = torch.fft.fft(torch.fft.rfft(t, dim=1), dim=0)
>>> torch.allclose(rfft2, two_ffts)
True
>>> rfftn = torch.fft.rfftn(t)
>>> rfftn.size()
torch.Size([10, 6])
>>> fftn = torch.fft.fftn(t)
>>> torch.allclose(fftn[..., :6], rfftn)
True
>>> t = torch.rand(10, 9)
>>> T = torch.fft.rfft2(t)
>>> torch.fft.irfft2(T).size()
torch.Size([10, 8])
>>> roundtrip = torch.fft.irfft2(T, t.size())
>>> roundtrip.size()
torch.Size([10, 9])
>>> torch.allclose(roundtrip, t, atol=1e-6)
True
>>> T = torch.fft.rfftn(t)
>>> torch.fft.irfftn(T).size()
torch.Size([10, 8])
>>> roundtrip = torch.fft.irfftn(T, t.size())
>>> roundtrip.size()
torch.Size([10, 9])
>>> torch.allclose(roundtrip, t, atol=1e-6)
True
>>> t = torch.linspace(0, 1, 5)
>>> T = torch.fft.ifft(t)
>>> T
tensor([ 0.5000-0.0000j, -0.1250-0.1720j, -0.1250-0.0406j, -0.1250+0.0406j,
        -0.1250+0.1720j])
>>> torch.fft.hfft(T[:3], n=5)
tensor([0.0000, 0.2500, 0.5000, 0.7500, 1.0000])
>>> torch.fft.hfft(T[:3])
tensor([0.1250, 0.2809, 0.6250, 0.9691])
>>> t = torch.arange(5)
>>> torch.fft.ihfft(t)
tensor([ 2.0000-0.0000j, -0.5000-0.6882j, -0.5000-0.1625j])
>>> torch.fft.ifft(t)
tensor([ 2.0000-0.0000j, -0.5000-0.6882j, -0.5000-0.1625j, -0.5000+0.1625j,
        -0.5000+0.6882j])
>>> T = torch.rand(10, 9)
>>> t = torch.fft.ihfft2(T)
>>> torch.fft.hfft2(t).size()
torch.Size([10, 8])
>>> roundtrip = torch.fft.hfft2(t, T.size())
>>> roundtrip.size()
torch.Size([10, 9])
>>> torch.allclose(roundtrip, T, atol=1e-6)
True
>>> T = torch.rand(10, 10)
>>> t = torch.fft.ihfft2(T)
>>> t.size()
torch.Size([10, 6])
>>> ifft2 = torch.fft.ifft2(T)
>>> torch.allclose(ifft2[..., :6], t)
True
>>> two_ffts = torch.fft.ifft(torch.fft.ihfft(T, dim=1), dim=0)
>>> torch.allclose(t, two_ffts)
True
>>> ihfftn = torch.fft.ihfftn(T)
>>> ihfftn.size()
torch.Size([10, 6])
>>> ifftn = torch.fft.ifftn(T)
>>> torch.allclose(ifftn[..., :6], ihfftn)
True
>>> two_iffts = torch.fft.ifft(torch.fft.ihfft(T, dim=1), dim=0)
>>> torch.allclose(ihfftn, two_iffts)
True
>>> T = torch.rand(10, 9)
>>> t = torch.fft.ihfftn(T)
>>> torch.fft.hfftn(t).size()
torch.Size([10, 8])
>>> roundtrip = torch.fft.hfftn(t, T.size())
>>> torch.allclose(roundtrip, T, atol=1e-6)
True
>>> torch.fft.fftfreq(5)
tensor([ 0.0000,  0.2000,  0.4000, -0.4000, -0.2000])
>>> torch.fft.fftfreq(4)
tensor([ 0.0000,  0.2500, -0.5000, -0.2500])
>>> torch.fft.rfftfreq(5)
tensor([0.0000, 0.2000, 0.4000])
>>> torch.fft.rfftfreq(4)
tensor([0.0000, 0.2500, 0.5000])
>>> f = torch.fft.fftfreq(4)
>>> f
tensor([ 0.0000,  0.2500, -0.5000, -0.2500])
>>> torch.fft.fftshift(f)
tensor([-0.5000, -0.2500,  0.0000,  0.2500])
>>> x = torch.fft.fftfreq(5, d=1/5) + 0.1 * torch.fft.fftfreq(5, d=1/5).unsqueeze(1)
>>> x
tensor([[ 0.0000,  1.0000,  2.0000, -2.0000, -1.0000],
        [ 0.1000,  1.1000,  2.1000, -1.9000, -0.9000],
        [ 0.2000,  1.2000,  2.2000, -1.8000, -0.8000],
        [-0.2000,  0.8000,  1.8000, -2.2000, -1.2000],
        [-0.1000,  0.9000,  1.9000, -2.1000, -1.1000]])
>>> torch.fft.fftshift(x)
tensor([[-2.2000, -1.2000, -0.2000,  0.8000,  1.8000],
        [-2.1000, -1.1000, -0.1000,  0.9000,  1.9000],
        [-2.0000, -1.0000,  0.0000,  1.0000,  2.0000],
        [-1.9000, -0.9000,  0.1000,  1.1000,  2.1000],
        [-1.8000, -0.8000,  0.2000,  1.2000,  2.2000]])
>>> x_centered = torch.arange(-5, 5)
>>> x_uncentered = torch.fft.ifftshift(x_centered)
>>> fft_uncentered = torch.fft.fft(x_uncentered)
>>> fft_centered = torch.fft.fftshift(fft_uncentered)
>>> x_centered_2 = torch.fft.fftshift(torch.fft.ifft(torch.fft.ifftshift(fft_centered)))
>>> torch.allclose(x_centered.to(torch.complex64), x_centered_2, atol=1e-6)
True
>>> f = torch.fft.fftfreq(5)
>>> f
tensor([ 0.0000,  0.2000,  0.4000, -0.4000, -0.2000])
>>> shifted = torch.fft.fftshift(f)
>>> torch.fft.ifftshift(shifted)
tensor([ 0.0000,  0.2000,  0.4000, -0.4000, -0.2000])
>>> # norms, sizes, dims, dtypes
>>> x = torch.arange(4.)
>>> z = torch.tensor([1+2j, 3j, 4., 5-1j])
>>> torch.fft.fft(x, norm='ortho'), torch.fft.fft(x, norm='forward'), torch.fft.fft(x, norm=None)
(tensor([ 3.+0.j, -1.+1.j, -1.+0.j, -1.-1.j]), tensor([ 1.5000+0.0000j, -0.5000+0.5000j, -0.5000+0.0000j, -0.5000-0.5000j]), tensor([ 6.+0.j, -2.+2.j, -2.+0.j, -2.-2.j]))
>>> torch.fft.ifft(x, norm='forward'), torch.fft.ifft(z, norm='ortho')
(tensor([ 6.-0.j, -2.-2.j, -2.-0.j, -2.+2.j]), tensor([ 5.0000+2.0000j, -3.5000-1.5000j,  0.0000+0.0000j,  0.5000+3.5000j]))
>>> torch.fft.fft(x.double(), norm='ortho')
tensor([ 3.+0.j, -1.+1.j, -1.+0.j, -1.-1.j], dtype=torch.complex128)
>>> torch.fft.fft(x, n=6), torch.fft.fft(x, n=2), torch.fft.fft(z, n=2)
(tensor([ 6.0000+0.0000j, -3.5000-2.5981j,  1.5000+0.8660j, -2.0000+0.0000j,
         1.5000-0.8660j, -3.5000+2.5981j]), tensor([ 1.+0.j, -1.+0.j]), tensor([1.+5.j, 1.-1.j]))
>>> torch.fft.rfft(x, n=6), torch.fft.rfft(x, norm='ortho')
(tensor([ 6.0000+0.0000j, -3.5000-2.5981j,  1.5000+0.8660j, -2.0000+0.0000j]), tensor([ 3.+0.j, -1.+1.j, -1.+0.j]))
>>> torch.fft.irfft(z, n=3), torch.fft.irfft(z, norm='forward')
(tensor([ 0.3333, -1.3987,  2.0654]), tensor([ 14.0000, -13.1962,  -3.1962,   4.0000,   7.1962,  -2.8038]))
>>> torch.fft.hfft(z), torch.fft.hfft(z, n=1), torch.fft.hfft(z, norm='ortho')
(tensor([ 14.0000,  -2.8038,   7.1962,   4.0000,  -3.1962, -13.1962]), tensor([1.]), tensor([ 5.7155, -1.1447,  2.9378,  1.6330, -1.3048, -5.3873]))
>>> torch.fft.ihfft(x, n=6, norm='forward')
tensor([ 6.0000-0.0000j, -3.5000+2.5981j,  1.5000-0.8660j, -2.0000-0.0000j])
>>> torch.fft.fft(torch.tensor([True, False]))
tensor([1.+0.j, 1.+0.j])
>>> torch.fft.fft(torch.tensor([1, 2], dtype=torch.int32))
tensor([ 3.+0.j, -1.+0.j])
>>> torch.fft.rfft(torch.tensor([1., 2.], dtype=torch.float64)).dtype
torch.complex128
>>> torch.fft.irfft(torch.tensor([1., 2.], dtype=torch.float64)).dtype
torch.float64
>>> m = torch.tensor([[0.3, 1.7, -2.2], [1.1, 0.4, 2.5]])
>>> torch.fft.fft(m, dim=0)
tensor([[ 1.4000+0.j,  2.1000+0.j,  0.3000+0.j],
        [-0.8000+0.j,  1.3000+0.j, -4.7000+0.j]])
>>> torch.fft.fftn(m, dim=1)
tensor([[-0.2000+0.0000j,  0.5500-3.3775j,  0.5500+3.3775j],
        [ 4.0000+0.0000j, -0.3500+1.8187j, -0.3500-1.8187j]])
>>> torch.fft.fftn(m, s=4)
tensor([[-0.2000+0.0000j,  2.5000-1.7000j, -3.6000+0.0000j,  2.5000+1.7000j],
        [ 4.0000+0.0000j, -1.4000-0.4000j,  3.2000+0.0000j, -1.4000+0.4000j]])
>>> torch.fft.fft2(m, s=(3, -1))
tensor([[ 3.8000+0.0000j,  0.2000-1.5588j,  0.2000+1.5588j],
        [-2.2000-3.4641j,  2.3000-3.9837j, -0.8500+4.5899j],
        [-2.2000+3.4641j, -0.8500-4.5899j,  2.3000+3.9837j]])
>>> torch.fft.ifft2(m, norm='ortho')
tensor([[ 1.5513+0.0000j,  0.0816+0.6364j,  0.0816-0.6364j],
        [-1.7146+0.0000j,  0.3674+2.1213j,  0.3674-2.1213j]])
>>> torch.fft.rfft2(m), torch.fft.rfftn(m, dim=0)
(tensor([[ 3.8000+0.0000j,  0.2000-1.5588j],
        [-4.2000+0.0000j,  0.9000-5.1962j]]), tensor([[ 1.4000+0.j,  2.1000+0.j,  0.3000+0.j],
        [-0.8000+0.j,  1.3000+0.j, -4.7000+0.j]]))
>>> torch.fft.irfft2(torch.fft.rfft2(m), s=m.shape)
tensor([[ 0.3000,  1.7000, -2.2000],
        [ 1.1000,  0.4000,  2.5000]])
>>> torch.fft.irfftn(z.view(2, 2), s=(2, -1))
tensor([[ 2.5000,  0.0000],
        [-2.0000,  0.5000]])
>>> torch.fft.hfft2(z.view(2, 2)), torch.fft.hfftn(z.view(2, 2), dim=0)
(tensor([[10.,  0.],
        [-8.,  2.]]), tensor([[ 5.,  5.],
        [-3., -5.]]))
>>> torch.fft.ihfft2(m), torch.fft.ihfftn(m, s=(2,), norm='ortho')
(tensor([[ 0.6333-0.0000j,  0.0333+0.2598j],
        [-0.7000+0.0000j,  0.1500+0.8660j]]), tensor([[ 1.4142-0.j, -0.9899-0.j],
        [ 1.0607-0.j,  0.4950-0.j]]))
>>> torch.fft.fftn(torch.tensor(3.))
tensor(3.+0.j)
>>> torch.fft.fftn(m, dim=(1, 0), norm='forward')
tensor([[ 0.6333+0.0000j,  0.0333-0.2598j,  0.0333+0.2598j],
        [-0.7000+0.0000j,  0.1500-0.8660j,  0.1500+0.8660j]])
>>> torch.fft.fftfreq(4, requires_grad=True)
tensor([ 0.0000,  0.2500, -0.5000, -0.2500], requires_grad=True)
>>> torch.fft.fftfreq(5, 0.1, dtype=torch.float64), torch.fft.rfftfreq(6, d=0.5)
(tensor([ 0.,  2.,  4., -4., -2.], dtype=torch.float64), tensor([0.0000, 0.3333, 0.6667, 1.0000]))
>>> torch.fft.fftfreq(0), torch.fft.rfftfreq(0), torch.fft.rfftfreq(-3), torch.fft.fftfreq(3, 0)
(tensor([]), tensor([nan]), tensor([]), tensor([nan, inf, -inf]))
>>> torch.fft.fftfreq(4, device='cpu', dtype=torch.float64)
tensor([ 0.0000,  0.2500, -0.5000, -0.2500], dtype=torch.float64)
>>> torch.fft.fftshift(m, 1), torch.fft.ifftshift(m, dim=(0,))
(tensor([[-2.2000,  0.3000,  1.7000],
        [ 2.5000,  1.1000,  0.4000]]), tensor([[ 1.1000,  0.4000,  2.5000],
        [ 0.3000,  1.7000, -2.2000]]))
>>> torch.fft.fftshift(m, dim=(0, 0))
tensor([[ 0.3000,  1.7000, -2.2000],
        [ 1.1000,  0.4000,  2.5000]])
>>> torch.fft.fftshift(z)
tensor([4.+0.j, 5.-1.j, 1.+2.j, 0.+3.j])
>>> # errors
>>> torch.fft.fft(x, norm='bad')
RuntimeError: Invalid normalization mode: "bad"
>>> torch.fft.fft(x, n=0)
RuntimeError: Invalid number of data points (0) specified
>>> torch.fft.fft(x, n=-1)
RuntimeError: Invalid number of data points (-1) specified
>>> torch.fft.rfft(z)
RuntimeError: rfft expects a real input tensor, but got ComplexFloat
>>> torch.fft.ihfft(z)
RuntimeError: ihfft expects a real input tensor, but got ComplexFloat
>>> torch.fft.rfftn(z)
RuntimeError: rfftn expects a real-valued input tensor, but got ComplexFloat
>>> torch.fft.rfft2(z.view(2, 2))
RuntimeError: rfftn expects a real-valued input tensor, but got ComplexFloat
>>> torch.fft.ihfftn(z)
RuntimeError: Only supports floating-point dtypes, but found: ComplexFloat
>>> torch.fft.ihfft2(z.view(2, 2))
RuntimeError: Only supports floating-point dtypes, but found: ComplexFloat
>>> torch.fft.fft2(x)
IndexError: Dimension out of range (expected to be in range of [-1, 0], but got -2)
>>> torch.fft.fftn(x, s=(2, 2))
RuntimeError: Got shape with 2 values but input tensor only has 1 dimensions.
>>> torch.fft.fftn(m, dim=(0, 0))
RuntimeError: FFT dims must be unique
>>> torch.fft.fftn(m, s=(2,), dim=(0, 1))
RuntimeError: When given, dim and shape arguments must have the same length
>>> torch.fft.fft(x, dim=2)
IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 2)
>>> torch.fft.fft(x.half())
RuntimeError: Unsupported dtype Half
>>> torch.fft.fft(torch.tensor(3.))
IndexError: Dimension specified as -1 but tensor has no dimensions
>>> torch.fft.rfftn(torch.tensor(3.))
RuntimeError: rfftn must transform at least one axis
>>> torch.fft.irfft(torch.tensor([1.+0j]))
RuntimeError: Invalid number of data points (0) specified
>>> torch.fft.irfftn(z, s=(0,))
RuntimeError: Invalid number of data points (0) specified
>>> torch.fft.fft(torch.zeros(0))
RuntimeError: Invalid number of data points (0) specified
>>> torch.fft.fftfreq(4, dtype=torch.int64)
RuntimeError: fftfreq requires a floating point or complex dtype
>>> torch.fft.fftfreq(-1)
RuntimeError: Trying to create tensor with negative dimension -1: [-1]
>>> torch.fft.fftshift(torch.tensor(3.))
RuntimeError: `shifts` required
>>> torch.fft.fftshift(x, dim=1)
IndexError: Dimension out of range (expected to be in range of [-1, 0], but got 1)
>>> torch.fft.fft(x, n=(3,))
TypeError: fft_fft(): argument 'n' must be int, not tuple
>>> torch.fft.fft(x, dim=(0,))
TypeError: fft_fft(): argument 'dim' must be int, not tuple
>>> # autograd: grad_fn names and a backward of each transform
>>> x = torch.tensor([1.2, 2.1, 0.3, -1.4], requires_grad=True)
>>> w = torch.tensor([1.1, -2.3, 3.2, 0.5])
>>> c = torch.tensor([1.1+1.3j, -2.2+0.5j, 3.4-1.2j, 0.6+2.1j], requires_grad=True)
>>> def chain(t):
...     names, node = [], t.grad_fn
...     while node is not None and node.next_functions:
...         names.append(node.name())
...         node = node.next_functions[0][0]
...     return names + [node.name()] if node is not None else names
>>> chain(torch.fft.fft(x)), chain(torch.fft.fft(c))
(['FftR2CBackward0', 'torch::autograd::AccumulateGrad'], ['FftC2CBackward0', 'torch::autograd::AccumulateGrad'])
>>> chain(torch.fft.ifft(x)), torch.fft.ifft(x).is_conj(), chain(torch.fft.ifft(c))
(['ConjBackward0', 'FftR2CBackward0', 'torch::autograd::AccumulateGrad'], True, ['FftC2CBackward0', 'torch::autograd::AccumulateGrad'])
>>> chain(torch.fft.rfft(x)), chain(torch.fft.irfft(x)), chain(torch.fft.irfft(c))
(['FftR2CBackward0', 'torch::autograd::AccumulateGrad'], ['FftC2RBackward0', 'ToCopyBackward0', 'torch::autograd::AccumulateGrad'], ['FftC2RBackward0', 'torch::autograd::AccumulateGrad'])
>>> chain(torch.fft.hfft(c)), chain(torch.fft.ihfft(x)), torch.fft.ihfft(x).is_conj()
(['FftC2RBackward0', 'ConjBackward0', 'torch::autograd::AccumulateGrad'], ['ConjBackward0', 'FftR2CBackward0', 'torch::autograd::AccumulateGrad'], True)
>>> chain(torch.fft.fft(x, n=6)), chain(torch.fft.fft(x, n=2))
(['FftR2CBackward0', 'ConstantPadNdBackward0', 'torch::autograd::AccumulateGrad'], ['FftR2CBackward0', 'SliceBackward0', 'torch::autograd::AccumulateGrad'])
>>> chain(torch.fft.fft2(x.view(2, 2))), chain(torch.fft.ifftn(c.view(2, 2)))
(['FftC2CBackward0', 'ToCopyBackward0', 'ViewBackward0', 'torch::autograd::AccumulateGrad'], ['FftC2CBackward0', 'ViewBackward0', 'torch::autograd::AccumulateGrad'])
>>> chain(torch.fft.rfft2(x.view(2, 2))), chain(torch.fft.irfftn(c.view(2, 2)))
(['FftR2CBackward0', 'ViewBackward0', 'torch::autograd::AccumulateGrad'], ['FftC2RBackward0', 'ViewBackward0', 'torch::autograd::AccumulateGrad'])
>>> chain(torch.fft.hfft2(c.view(2, 2))), chain(torch.fft.hfftn(x.view(2, 2)))
(['FftC2RBackward0', 'ConjBackward0', 'FftC2CBackward0', 'ViewBackward0', 'torch::autograd::AccumulateGrad'], ['FftC2RBackward0', 'ConjBackward0', 'FftC2CBackward0', 'ToCopyBackward0', 'ViewBackward0', 'torch::autograd::AccumulateGrad'])
>>> chain(torch.fft.ihfft2(x.view(2, 2))), chain(torch.fft.ihfftn(x.view(2, 2)))
(['FftC2CBackward0', 'ConjPhysicalBackward0', 'FftR2CBackward0', 'ViewBackward0', 'torch::autograd::AccumulateGrad'], ['FftC2CBackward0', 'ConjPhysicalBackward0', 'FftR2CBackward0', 'ViewBackward0', 'torch::autograd::AccumulateGrad'])
>>> chain(torch.fft.fftshift(x)), chain(torch.fft.ifftshift(c))
(['RollBackward0', 'torch::autograd::AccumulateGrad'], ['RollBackward0', 'torch::autograd::AccumulateGrad'])
>>> def check(f):
...     x.grad = None
...     c.grad = None
...     out = f()
...     real = torch.view_as_real(out.resolve_conj()) if out.is_complex() else out
...     loss = (real * real * 0.7 + real * 0.3).sum()
...     loss.backward()
...     print(x.grad if x.grad is not None else c.grad)
>>> check(lambda: torch.fft.fft(x))
tensor([ 7.9200, 11.7600,  1.6800, -7.8400])
>>> check(lambda: torch.fft.fft(c, norm='ortho'))
tensor([ 2.1400+2.4200j, -3.0800+0.7000j,  4.7600-1.6800j,  0.8400+2.9400j])
>>> check(lambda: torch.fft.ifft(x * w))
tensor([ 0.8382,  3.8881,  1.0752, -0.1225])
>>> check(lambda: torch.fft.ifft(c, n=6))
tensor([ 0.5567+0.6033j, -0.5133+0.1167j,  0.7933-0.2800j,  0.1400+0.4900j])
>>> check(lambda: torch.fft.rfft(x * w, norm='forward'))
tensor([ 0.7211,  3.2295,  1.4160, -0.2657])
>>> check(lambda: torch.fft.rfft(x, n=3))
tensor([5.6400, 6.8202, 3.5598, 0.0000])
>>> check(lambda: torch.fft.irfft(c))
tensor([ 0.5567+0.0000j, -1.0267+0.2333j,  1.5867-0.5600j,  0.1400+0.0000j])
>>> check(lambda: torch.fft.irfft(c, n=7, norm='ortho'))
tensor([ 2.3337+0.0000j, -6.1600+1.4000j,  9.5200-3.3600j,  1.6800+5.8800j])
>>> check(lambda: torch.fft.hfft(c))
tensor([ 11.0400-0.0000j, -36.9600+8.4000j,  57.1200-20.1600j,
          5.0400-0.0000j])
>>> check(lambda: torch.fft.ihfft(x * w))
tensor([ 0.7211,  2.8845,  1.4160, -0.3407])
>>> check(lambda: torch.fft.fft2(x.view(2, 2) * w.view(2, 2)))
tensor([ 9.4512, 62.2104, 17.2032, -1.9600])
>>> check(lambda: torch.fft.ifftn(c.view(2, 2), s=(3, 3)))
tensor([ 0.4711+0.5022j, -0.3422+0.0778j,  0.5289-0.1867j,  0.0933+0.3267j])
>>> check(lambda: torch.fft.rfft2(x.view(2, 2)))
tensor([ 7.9200, 11.7600,  1.6800, -7.8400])
>>> check(lambda: torch.fft.irfft2(c.view(2, 2)))
tensor([ 0.6850+0.j, -0.7700+0.j,  1.1900+0.j,  0.2100+0.j])
>>> check(lambda: torch.fft.hfft2(c.view(2, 2), norm='forward'))
tensor([ 0.6850-0.j, -0.7700-0.j,  1.1900+0.j,  0.2100+0.j])
>>> check(lambda: torch.fft.ihfftn(x.view(2, 2) * w.view(2, 2)))
tensor([ 0.8382,  3.8881,  1.0752, -0.1225])
>>> check(lambda: torch.fft.fftshift(x * w))
tensor([ 2.3628, 14.8626,  5.2608, -0.3400])
>>> check(lambda: torch.fft.ifftshift(c))
tensor([ 1.8400+2.1200j, -2.7800+1.0000j,  5.0600-1.3800j,  1.1400+3.2400j])
>>> # second order
>>> y = torch.fft.rfft(x * x).abs().sum()
>>> g, = torch.autograd.grad(y, x, create_graph=True)
>>> g
tensor([ 1.1583, 12.0785, -0.2896, -3.1477], grad_fn=<AddBackward0>)
>>> torch.autograd.grad(g.sum(), x)
(tensor([-0.3887,  7.0572, -0.6267,  3.1187]),)
