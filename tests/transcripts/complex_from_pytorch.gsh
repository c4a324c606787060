>>> # complex tensors, generated from PyTorch 2.13
>>> import torch
>>> z = torch.tensor([1+2j, 3-4j])
>>> z
tensor([1.+2.j, 3.-4.j])
>>> z.dtype, z.is_complex(), torch.is_complex(z), z.is_floating_point()
(torch.complex64, True, True, False)
>>> torch.tensor([1+2j], dtype=torch.complex128)
tensor([1.+2.j], dtype=torch.complex128)
>>> torch.tensor(1+2j)
tensor(1.+2.j)
>>> torch.tensor(1+2j).item()
(1+2j)
>>> torch.tensor([[1, 2j], [3.5, -1]])
tensor([[ 1.0000+0.j,  0.0000+2.j],
        [ 3.5000+0.j, -1.0000+0.j]])
>>> torch.tensor([1j, 2, True])
tensor([0.+1.j, 2.+0.j, 1.+0.j])
>>> torch.cfloat, torch.cdouble, torch.complex64 is torch.cfloat
(torch.complex64, torch.complex128, True)
>>> torch.zeros(2, dtype=torch.cfloat)
tensor([0.+0.j, 0.+0.j])
>>> torch.ones(2, 2, dtype=torch.complex128)
tensor([[1.+0.j, 1.+0.j],
        [1.+0.j, 1.+0.j]], dtype=torch.complex128)
>>> torch.full((2,), 1+1j)
tensor([1.+1.j, 1.+1.j])
>>> torch.tensor([], dtype=torch.cfloat)
tensor([], dtype=torch.complex64)
>>> torch.zeros(0, 2, dtype=torch.cdouble)
tensor([], size=(0, 2), dtype=torch.complex128)
>>> torch.tensor([1., 2.]).to(torch.complex64)
tensor([1.+0.j, 2.+0.j])
>>> torch.tensor([1, 2]).type(torch.cfloat)
tensor([1.+0.j, 2.+0.j])
>>> torch.tensor([1+2j]).type()
'torch.ComplexFloatTensor'
>>> torch.tensor([1., 2.]).cfloat(), torch.tensor([1]).cdouble()
(tensor([1.+0.j, 2.+0.j]), tensor([1.+0.j], dtype=torch.complex128))
>>> torch.tensor([1+2j, 3-4j]).float()
UserWarning: Casting complex values to real discards the imaginary part (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/Copy.cpp:307.)
tensor([1., 3.])
>>> torch.tensor([1+2j]).tolist()
[(1+2j)]
>>> complex(torch.tensor(2-1j))
(2-1j)
>>> torch.tensor([0.5+1j])
tensor([0.5000+1.j])
>>> torch.tensor([1e-5+1j, 1+0j])
tensor([1.0000e-05+1.j, 1.0000e+00+0.j])
>>> torch.tensor([1e10+1j, 1j])
tensor([1.0000e+10+1.j, 0.0000e+00+1.j])
>>> torch.tensor([123.456-0.001j, -7+8j])
tensor([123.4560-1.0000e-03j,  -7.0000+8.0000e+00j])
>>> torch.tensor([-0.0-0.0j, 0j])
tensor([-0.+0.j, 0.+0.j])
>>> torch.tensor([float('nan')+1j, float('inf')-2j])
tensor([nan+1.j, inf-2.j])
>>> torch.tensor([[1+1j, 2-2j], [3+3j, -4-4j]])
tensor([[ 1.+1.j,  2.-2.j],
        [ 3.+3.j, -4.-4.j]])
>>> torch.tensor([[[1+1j, 2], [3, 4j]], [[5, 6], [7, 8.5j]]])
tensor([[[1.+1.0000j, 2.+0.0000j],
         [3.+0.0000j, 0.+4.0000j]],

        [[5.+0.0000j, 6.+0.0000j],
         [7.+0.0000j, 0.+8.5000j]]])
>>> torch.arange(12.).reshape(3, 4) * (1 - 0.5j)
tensor([[ 0.+0.0000j,  1.-0.5000j,  2.-1.0000j,  3.-1.5000j],
        [ 4.-2.0000j,  5.-2.5000j,  6.-3.0000j,  7.-3.5000j],
        [ 8.-4.0000j,  9.-4.5000j, 10.-5.0000j, 11.-5.5000j]])
>>> torch.arange(30.) * (1 + 1j)
tensor([ 0.+0.j,  1.+1.j,  2.+2.j,  3.+3.j,  4.+4.j,  5.+5.j,  6.+6.j,  7.+7.j,
         8.+8.j,  9.+9.j, 10.+10.j, 11.+11.j, 12.+12.j, 13.+13.j, 14.+14.j, 15.+15.j,
        16.+16.j, 17.+17.j, 18.+18.j, 19.+19.j, 20.+20.j, 21.+21.j, 22.+22.j, 23.+23.j,
        24.+24.j, 25.+25.j, 26.+26.j, 27.+27.j, 28.+28.j, 29.+29.j])
>>> torch.arange(2000.).reshape(40, 50) * 1j
tensor([[0.+0.0000e+00j, 0.+1.0000e+00j, 0.+2.0000e+00j,  ..., 0.+4.7000e+01j,
         0.+4.8000e+01j, 0.+4.9000e+01j],
        [0.+5.0000e+01j, 0.+5.1000e+01j, 0.+5.2000e+01j,  ..., 0.+9.7000e+01j,
         0.+9.8000e+01j, 0.+9.9000e+01j],
        [0.+1.0000e+02j, 0.+1.0100e+02j, 0.+1.0200e+02j,  ..., 0.+1.4700e+02j,
         0.+1.4800e+02j, 0.+1.4900e+02j],
        ...,
        [0.+1.8500e+03j, 0.+1.8510e+03j, 0.+1.8520e+03j,  ..., 0.+1.8970e+03j,
         0.+1.8980e+03j, 0.+1.8990e+03j],
        [0.+1.9000e+03j, 0.+1.9010e+03j, 0.+1.9020e+03j,  ..., 0.+1.9470e+03j,
         0.+1.9480e+03j, 0.+1.9490e+03j],
        [0.+1.9500e+03j, 0.+1.9510e+03j, 0.+1.9520e+03j,  ..., 0.+1.9970e+03j,
         0.+1.9980e+03j, 0.+1.9990e+03j]])
>>> torch.tensor([1+2j], dtype=torch.complex128)
tensor([1.+2.j], dtype=torch.complex128)
>>> torch.tensor([1.25+3.5j], requires_grad=True)
tensor([1.2500+3.5000j], requires_grad=True)
>>> torch.tensor(1e-8+1e8j)
tensor(1.0000e-08+100000000.j)
>>> torch.tensor([3.14159-2.71828j], dtype=torch.cdouble)
tensor([3.1416-2.7183j], dtype=torch.complex128)
>>> torch.tensor([1., 2.]) * 1j
tensor([0.+1.j, 0.+2.j])
>>> torch.tensor([1, 2]) * 1j
tensor([0.+1.j, 0.+2.j])
>>> torch.tensor([1., 2.], dtype=torch.float64) + 1j
tensor([1.+1.j, 2.+1.j], dtype=torch.complex128)
>>> torch.tensor([1+1j]) + torch.tensor([1.], dtype=torch.float64)
tensor([2.+1.j], dtype=torch.complex128)
>>> torch.tensor([1+1j], dtype=torch.cdouble) + torch.tensor([1.])
tensor([2.+1.j], dtype=torch.complex128)
>>> torch.tensor([1+1j]) + torch.tensor(2., dtype=torch.float64)
tensor([3.+1.j])
>>> torch.tensor([1, 2]) + torch.tensor(1j)
tensor([1.+1.j, 2.+1.j])
>>> torch.promote_types(torch.complex64, torch.float64)
torch.complex128
>>> torch.promote_types(torch.int64, torch.complex64)
torch.complex64
>>> torch.tensor([1+1j]) + complex(1, 2)
tensor([2.+3.j])
>>> 2 * torch.tensor([1+1j]) - 1
tensor([1.+2.j])
>>> 1 / torch.tensor([1+1j, 2j])
tensor([0.5000-0.5000j, 0.0000-0.5000j])
>>> torch.tensor([1+1j]) ** 2
tensor([0.+2.j])
>>> z.real
tensor([1., 3.])
>>> z.imag
tensor([ 2., -4.])
>>> z.conj()
tensor([1.-2.j, 3.+4.j])
>>> z.conj_physical()
tensor([1.-2.j, 3.+4.j])
>>> z.abs()
tensor([2.2361, 5.0000])
>>> torch.abs(z)
tensor([2.2361, 5.0000])
>>> z.angle()
tensor([ 1.1071, -0.9273])
>>> z.sgn()
tensor([0.4472+0.8944j, 0.6000-0.8000j])
>>> torch.view_as_real(z)
tensor([[ 1.,  2.],
        [ 3., -4.]])
>>> z * z
tensor([-3.+4.j, -7.-24.j])
>>> z / z
tensor([1.+0.j, 1.-0.j])
>>> z - z.conj()
tensor([0.+4.j, 0.-8.j])
>>> z.exp()
tensor([ -1.1312+2.4717j, -13.1288+15.2008j])
>>> z.log()
tensor([0.8047+1.1071j, 1.6094-0.9273j])
>>> z.sqrt()
tensor([1.2720+0.7862j, 2.0000-1.0000j])
>>> torch.sin(z), torch.cos(z)
(tensor([3.1658+1.9596j, 3.8537+27.0168j]), tensor([  2.0327-3.0519j, -27.0349+3.8512j]))
>>> torch.tanh(z)
tensor([1.1667-0.2435j, 1.0007-0.0049j])
>>> z.sum(), z.mean(), z.prod()
(tensor(4.-2.j), tensor(2.-1.j), tensor(11.+2.j))
>>> torch.tensor([[1+1j, 2], [3, 4-1j]]).sum(0)
tensor([4.+1.j, 6.-1.j])
>>> A = torch.tensor([[1+1j, 2], [0, 1-1j]])
>>> A @ A
tensor([[0.+2.j, 4.+0.j],
        [0.+0.j, 0.-2.j]])
>>> A @ torch.tensor([1j, 1])
tensor([1.+1.j, 1.-1.j])
>>> torch.matmul(A, A.conj().T)
tensor([[6.+0.j, 2.+2.j],
        [2.-2.j, 2.+0.j]])
>>> z == z.conj(), z != z
(tensor([False, False]), tensor([False, False]))
>>> z == 1+2j
tensor([ True, False])
>>> z.reshape(2, 1), z[0], z[1:], z.flip(0)
(tensor([[1.+2.j],
        [3.-4.j]]), tensor(1.+2.j), tensor([3.-4.j]), tensor([3.-4.j, 1.+2.j]))
>>> torch.cat([z, z])
tensor([1.+2.j, 3.-4.j, 1.+2.j, 3.-4.j])
>>> torch.stack([z, z.conj()])
tensor([[1.+2.j, 3.-4.j],
        [1.-2.j, 3.+4.j]])
>>> z.clone()
tensor([1.+2.j, 3.-4.j])
>>> z.neg(), -z
(tensor([-1.-2.j, -3.+4.j]), tensor([-1.-2.j, -3.+4.j]))
>>> w = torch.tensor([1+2j, 3-4j])
>>> r = torch.view_as_real(w)
>>> r[0, 0] = 10.
>>> w
tensor([10.+2.j,  3.-4.j])
>>> w.real.mul_(2)
tensor([20.,  6.])
>>> w
tensor([20.+2.j,  6.-4.j])
>>> w.imag[1] = 0.5
>>> w
tensor([20.+2.0000j,  6.+0.5000j])
>>> w.real = torch.tensor([7., 8.])
>>> w
tensor([7.+2.0000j, 8.+0.5000j])
>>> v = torch.tensor([[1., 2.], [3., 4.]])
>>> c = torch.view_as_complex(v)
>>> c[0] = 9+9j
>>> v
tensor([[9., 9.],
        [3., 4.]])
>>> x = torch.tensor([-1 + 1j, -2 + 2j, 3 - 3j])
>>> x.is_conj()
False
>>> y = torch.conj(x)
>>> y.is_conj(), y.resolve_conj().is_conj(), y
(True, False, tensor([-1.-1.j, -2.-2.j,  3.+3.j]))
>>> torch.tensor([1., 2.]).conj().is_conj()
False
>>> x.conj_physical().is_conj()
False
>>> z < z
NotImplementedError: "lt_cpu" not implemented for 'ComplexFloat'
>>> z > 1
NotImplementedError: "gt_cpu" not implemented for 'ComplexFloat'
>>> z <= z
NotImplementedError: "le_cpu" not implemented for 'ComplexFloat'
>>> torch.max(z)
NotImplementedError: "max_all" not implemented for 'ComplexFloat'
>>> torch.view_as_real(torch.tensor([1., 2.]))
RuntimeError: view_as_real is only supported for complex tensors
>>> torch.view_as_complex(torch.tensor([1., 2., 3.]))
RuntimeError: Tensor must have a last dimension of size 2
>>> torch.view_as_complex(torch.tensor([[1., 2.], [3., 4.]]).t())
RuntimeError: Tensor must have a last dimension with stride 1
>>> torch.view_as_complex(torch.tensor([[1, 2]]))
RuntimeError: view_as_complex is only supported for half, float and double tensors, but got a tensor of scalar type: Long
>>> torch.imag(torch.tensor([1., 2.]))
RuntimeError: imag is not implemented for tensors with non-complex dtypes.
>>> torch.complex(torch.tensor([1.]), torch.tensor([1.], dtype=torch.float64))
RuntimeError: Expected object of scalar type Float but got scalar type Double for second argument
>>> torch.complex(torch.tensor([1]), torch.tensor([1]))
RuntimeError: Expected both inputs to be Half, Float or Double tensors but got Long and Long
>>> torch.tensor([1., 2.]).add_(1j)
RuntimeError: result type ComplexFloat can't be cast to the desired output type Float
>>> torch.tensor([1+1j]).sum().backward()
RuntimeError: element 0 of tensors does not require grad and does not have a grad_fn
>>> torch.tensor([1, 2], dtype=torch.cfloat).requires_grad_()
tensor([1.+0.j, 2.+0.j], requires_grad=True)
>>> a = torch.tensor([1+2j, 3-4j], requires_grad=True)
>>> a
tensor([1.+2.j, 3.-4.j], requires_grad=True)
>>> a * 2
tensor([2.+4.j, 6.-8.j], grad_fn=<MulBackward0>)
>>> (a * a).abs().sum().backward()
>>> a.grad
tensor([2.+4.j, 6.-8.j])
>>> a.grad = None
>>> (a.real * 2 + a.imag * 3).sum().backward()
>>> a.grad
tensor([2.+3.j, 2.+3.j])
>>> a.grad = None
>>> torch.view_as_real(a).pow(2).sum().backward()
>>> a.grad
tensor([2.+4.j, 6.-8.j])
>>> a.grad = None
>>> (a.conj() * (1 + 1j)).real.sum().backward()
>>> a.grad
tensor([1.+1.j, 1.+1.j])
>>> a.grad = None
>>> (a / (2 - 1j)).abs().sum().backward()
>>> a.grad
tensor([0.2000+0.4000j, 0.2683-0.3578j])
>>> a.grad = None
>>> (a.exp()).abs().sum().backward()
>>> a.grad
tensor([ 2.7183-4.0141e-08j, 20.0855-1.7361e-07j])
>>> a.grad = None
>>> a.angle().sum().backward()
>>> a.grad
tensor([-0.4000+0.2000j,  0.1600+0.1200j])
>>> a.grad = None
>>> (a * a.conj()).real.mean().backward()
>>> a.grad
tensor([1.+2.j, 3.-4.j])
>>> a.grad = None
>>> (1 / a).imag.sum().backward()
>>> a.grad
tensor([ 0.1600+0.1200j, -0.0384+0.0112j])
>>> a.grad = None
>>> (a - 1j).abs().pow(2).sum().backward()
>>> a.grad
tensor([2.0000+2.0000j, 6.0000-10.0000j])
>>> M = torch.tensor([[1+1j, 2], [0, 1-1j]], requires_grad=True)
>>> (M @ M).abs().sum().backward()
>>> M.grad
tensor([[4.+2.j, 2.+0.j],
        [0.+0.j, 4.-2.j]])
>>> t = torch.tensor([1., 2.], requires_grad=True)
>>> (t * (1 + 1j)).abs().sum().backward()
>>> t.grad
tensor([1.4142, 1.4142])
>>> t.grad = None
>>> torch.view_as_complex(torch.stack([t, t * 2], -1)).abs().sum().backward()
>>> t.grad
tensor([2.2361, 2.2361])
>>> re = torch.tensor([1., 2.], requires_grad=True)
>>> im = torch.tensor([3., -1.], requires_grad=True)
>>> c = torch.complex(re, im)
>>> c
tensor([1.+3.j, 2.-1.j], grad_fn=<ComplexBackward0>)
>>> (c * c).real.sum().backward()
>>> re.grad, im.grad
(tensor([2., 4.]), tensor([-6.,  2.]))
>>> r = torch.tensor([1., 2.], requires_grad=True)
>>> th = torch.tensor([0.5, -1.], requires_grad=True)
>>> p = torch.polar(r, th)
>>> p
tensor([0.8776+0.4794j, 1.0806-1.6829j], grad_fn=<PolarBackward0>)
>>> (p * (2 + 1j)).real.sum().backward()
>>> r.grad, th.grad
(tensor([1.2757, 1.9221]), tensor([-1.8364,  2.2853]))
>>> s = (a * a).sum()
>>> s
tensor(-10.-20.j, grad_fn=<SumBackward0>)
>>> s.backward()
RuntimeError: grad can be implicitly created only for real scalar outputs but got torch.complex64
>>> s.abs().backward()
>>> a.grad
tensor([-2.4721+2.0000j, 10.4721-18.9443j])
>>> _ = torch.manual_seed(0)
>>> torch.randn(3, dtype=torch.cfloat)
tensor([ 1.0896-0.2075j, -1.5406+0.4019j, -0.7669-0.9890j])
>>> torch.randn(2, 3, dtype=torch.cdouble)
tensor([[ 0.2852+0.5926j, -0.5086-0.2852j, -0.4219+0.1287j],
        [-0.6058+0.7782j, -0.7574+0.0868j, -0.4004+0.2638j]],
       dtype=torch.complex128)
>>> torch.randn(20, dtype=torch.cfloat)
tensor([ 0.3109+7.9487e-02j,  0.4531+3.1194e-01j, -0.1526-5.2506e-01j,
         0.3979+1.8358e-01j,  0.3697+1.6279e+00j, -1.0387-1.1220e+00j,
         0.8508+5.9775e-02j, -0.8486-3.3840e-03j, -0.1629-2.7701e-01j,
         0.3842-2.7942e-01j,  0.1453-3.1843e-01j, -0.4052-3.9270e-01j,
        -0.7959-2.2415e-01j, -0.7725-6.0241e-02j, -0.0660+4.8582e-01j,
        -0.5928+6.3061e-04j, -0.5306+1.3110e-01j,  0.4392+4.5126e-01j,
        -0.1739+1.6281e+00j, -1.3306-3.5162e-02j])
>>> torch.rand(2, dtype=torch.cfloat)
tensor([0.8579+0.6870j, 0.0051+0.1757j])
>>> x = torch.tensor([0.3100+0.3553j, -0.5445-0.7896j, -1.6492-0.0633j, -0.0638-0.8119j])
>>> x
tensor([ 0.3100+0.3553j, -0.5445-0.7896j, -1.6492-0.0633j, -0.0638-0.8119j])
>>> torch.view_as_real(x)
tensor([[ 0.3100,  0.3553],
        [-0.5445, -0.7896],
        [-1.6492, -0.0633],
        [-0.0638, -0.8119]])
>>> x = torch.tensor([[1.6116, -0.5772], [-1.4606, -0.9120], [0.0786, -1.7497], [-0.6561, -1.6623]])
>>> torch.view_as_complex(x)
tensor([ 1.6116-0.5772j, -1.4606-0.9120j,  0.0786-1.7497j, -0.6561-1.6623j])
>>> real = torch.tensor([1, 2], dtype=torch.float32)
>>> imag = torch.tensor([3, 4], dtype=torch.float32)
>>> z = torch.complex(real, imag)
>>> z
tensor([1.+3.j, 2.+4.j])
>>> z.dtype
torch.complex64
>>> import numpy as np
>>> abs = torch.tensor([1, 2], dtype=torch.float64)
>>> angle = torch.tensor([np.pi / 2, 5 * np.pi / 4], dtype=torch.float64)
>>> z = torch.polar(abs, angle)
>>> z
tensor([ 6.1232e-17+1.0000j, -1.4142e+00-1.4142j], dtype=torch.complex128)
>>> del abs
>>> x = torch.tensor([0.3100+0.3553j, -0.5445-0.7896j, -1.6492-0.0633j, -0.0638-0.8119j])
>>> x.real
tensor([ 0.3100, -0.5445, -1.6492, -0.0638])
>>> x.imag
tensor([ 0.3553, -0.7896, -0.0633, -0.8119])
>>> torch.real(x), torch.imag(x)
(tensor([ 0.3100, -0.5445, -1.6492, -0.0638]), tensor([ 0.3553, -0.7896, -0.0633, -0.8119]))
>>> x = torch.tensor([-1 + 1j, -2 + 2j, 3 - 3j])
>>> x.is_conj()
False
>>> y = torch.conj(x)
>>> y.is_conj()
True
>>> torch.angle(torch.tensor([-1 + 1j, -2 + 2j, 3 - 3j])) * 180 / 3.14159
tensor([135.0001, 135.0001, -45.0000])
>>> torch.abs(torch.tensor([-1, -2, 3]))
tensor([1, 2, 3])
>>> t = torch.tensor([3+4j, 7-24j, 0, 1+2j])
>>> t.sgn()
tensor([0.6000+0.8000j, 0.2800-0.9600j, 0.0000+0.0000j, 0.4472+0.8944j])
>>> torch.is_complex(torch.tensor([1., 2.]))
False
>>> torch.conj_physical(torch.tensor([-1 + 1j, -2 + 2j, 3 - 3j]))
tensor([-1.-1.j, -2.-2.j,  3.+3.j])
>>> torch.angle(torch.tensor([-1., 0., 2., float('nan')]))
tensor([3.1416, 0.0000, 0.0000,    nan])
