>>> # torch.special and more math, generated from PyTorch 2.13
>>> import math
>>> import torch
>>> import torch.special
>>> from torch.special import expit
>>> x = torch.tensor([0.3, 0.6, 1.7], requires_grad=True)
>>> y = torch.tensor([1.3, 2.6, 0.5], requires_grad=True)
>>> t = torch.arange(5, dtype=torch.float32)
>>> torch.special.entr(torch.arange(-0.5, 1, 0.5))
tensor([  -inf, 0.0000, 0.3466])
>>> torch.special.erf(torch.tensor([0, -1., 10.]))
tensor([ 0.0000, -0.8427,  1.0000])
>>> torch.special.erfc(torch.tensor([0, -1., 10.]))
tensor([1.0000e+00, 1.8427e+00, 1.4013e-45])
>>> torch.special.erfcx(torch.tensor([0, -1., 10.]))
tensor([1.0000, 5.0090, 0.0561])
>>> torch.special.erfinv(torch.tensor([0, 0.5, -1.]))
tensor([0.0000, 0.4769,   -inf])
>>> torch.special.expit(torch.tensor([0.9213, 1.0887, -0.8858, -1.7683]))
tensor([0.7153, 0.7481, 0.2920, 0.1458])
>>> torch.special.exp2(torch.tensor([0, math.log2(2.), 3, 4]))
tensor([ 1.,  2.,  8., 16.])
>>> torch.special.expm1(torch.tensor([0, math.log(2.)]))
tensor([0., 1.])
>>> torch.special.gammaln(torch.arange(0.5, 2, 0.5))
tensor([ 0.5724,  0.0000, -0.1208])
>>> torch.special.digamma(torch.tensor([1, 0.5]))
tensor([-0.5772, -1.9635])
>>> torch.special.psi(torch.tensor([1, 0.5]))
tensor([-0.5772, -1.9635])
>>> torch.special.polygamma(1, torch.tensor([1, 0.5]))
tensor([1.6449, 4.9348])
>>> torch.special.polygamma(2, torch.tensor([1, 0.5]))
tensor([ -2.4041, -16.8288])
>>> torch.special.polygamma(3, torch.tensor([1, 0.5]))
tensor([ 6.4939, 97.4091])
>>> torch.special.polygamma(4, torch.tensor([1, 0.5]))
tensor([ -24.8863, -771.4742])
>>> torch.special.multigammaln(torch.tensor([[1.6, 2.2], [3.1, 1.9]]), 2)
tensor([[0.4099, 0.5735],
        [1.7172, 0.4138]])
>>> torch.special.i0(torch.arange(5, dtype=torch.float32))
tensor([ 1.0000,  1.2661,  2.2796,  4.8808, 11.3019])
>>> torch.special.i0e(torch.arange(5, dtype=torch.float32))
tensor([1.0000, 0.4658, 0.3085, 0.2430, 0.2070])
>>> torch.special.i1(torch.arange(5, dtype=torch.float32))
tensor([0.0000, 0.5652, 1.5906, 3.9534, 9.7595])
>>> torch.special.i1e(torch.arange(5, dtype=torch.float32))
tensor([0.0000, 0.2079, 0.2153, 0.1968, 0.1788])
>>> torch.special.ndtr(torch.tensor([-3., -2, -1, 0, 1, 2, 3]))
tensor([0.0013, 0.0228, 0.1587, 0.5000, 0.8413, 0.9772, 0.9987])
>>> torch.special.ndtri(torch.tensor([0, 0.25, 0.5, 0.75, 1]))
tensor([   -inf, -0.6745,  0.0000,  0.6745,     inf])
>>> torch.special.log_ndtr(torch.tensor([-3., -2, -1, 0, 1, 2, 3]))
tensor([-6.6077e+00, -3.7832e+00, -1.8410e+00, -6.9315e-01, -1.7275e-01,
        -2.3013e-02, -1.3508e-03])
>>> torch.special.logit(torch.tensor([0.2796, 0.9331, 0.6486, 0.1523, 0.6516]), eps=1e-6)
tensor([-0.9464,  2.6353,  0.6129, -1.7167,  0.6261])
>>> torch.special.logit(torch.tensor([0., 0.5, 1.]))
tensor([-inf, 0., inf])
>>> torch.special.xlogy(torch.zeros(5,), torch.tensor([-1, 0, 1, float('inf'), float('nan')]))
tensor([0., 0., 0., 0., nan])
>>> torch.special.xlogy(torch.tensor([1, 2, 3]), torch.tensor([3, 2, 1]))
tensor([1.0986, 1.3863, 0.0000])
>>> torch.special.xlogy(torch.tensor([1, 2, 3]), 3)
tensor([1.0986, 2.1972, 3.2958])
>>> torch.special.xlogy(2, torch.tensor([3, 2, 1]))
tensor([2.1972, 1.3863, 0.0000])
>>> torch.special.xlog1py(torch.zeros(5,), torch.tensor([-1, 0, 1, float('inf'), float('nan')]))
tensor([0., 0., 0., 0., nan])
>>> torch.special.xlog1py(torch.tensor([1, 2, 3]), torch.tensor([3, 2, 1]))
tensor([1.3863, 2.1972, 2.0794])
>>> torch.special.zeta(torch.tensor([2., 4.]), 1)
tensor([1.6449, 1.0823])
>>> torch.special.zeta(torch.tensor([2., 4.]), torch.tensor([1., 2.]))
tensor([1.6449, 0.0823])
>>> torch.special.zeta(2, torch.tensor([1., 2.]))
tensor([1.6449, 0.6449])
>>> torch.special.sinc(torch.tensor([0., 0.5, 1., -1.5]))
tensor([ 1.0000e+00,  6.3662e-01, -2.7828e-08, -2.1221e-01])
>>> torch.special.round(torch.tensor([0.5, 1.5, 2.567]), decimals=1)
tensor([0.5000, 1.5000, 2.6000])
>>> torch.special.softmax(torch.tensor([[1., 2.], [3., 5.]]), 0)
tensor([[0.1192, 0.0474],
        [0.8808, 0.9526]])
>>> torch.special.log_softmax(torch.tensor([[1., 2.], [3., 5.]]), 1)
tensor([[-1.3133, -0.3133],
        [-2.1269, -0.1269]])
>>> torch.special.logsumexp(torch.tensor([[1., 2.], [3., 5.]]), 1)
tensor([2.3133, 5.1269])
>>> torch.special.bessel_j0(torch.tensor([0., 1., 2.5, -4., 30.]))
tensor([ 1.0000,  0.7652, -0.0484, -0.3971, -0.0864])
>>> torch.special.bessel_j1(torch.tensor([0., 1., 2.5, -4., 30.]))
tensor([ 0.0000,  0.4401,  0.4971,  0.0660, -0.1188])
>>> torch.special.gammaln(torch.tensor([1, 2, 3]))
tensor([0.0000, 0.0000, 0.6931])
>>> torch.special.i0(torch.tensor([1, 2]))
tensor([1.2661, 2.2796])
>>> torch.lgamma(torch.tensor([0.5, 1., 3.]))
tensor([0.5724, 0.0000, 0.6931])
>>> torch.digamma(torch.tensor([0., -0., -2., -1.5]))
tensor([  -inf,    inf,    nan, 0.7032])
>>> torch.erfinv(torch.tensor([1.5]))
tensor([nan])
>>> torch.mvlgamma(torch.tensor([2.5, 3.]), 2)
tensor([0.8570, 1.5502])
>>> torch.special.gammaln(x)
tensor([ 1.0958,  0.3982, -0.0958], grad_fn=<LgammaBackward0>)
>>> torch.special.digamma(x)
tensor([-3.5025, -1.5406,  0.2085], grad_fn=<DigammaBackward0>)
>>> torch.special.polygamma(2, x)
tensor([-75.2725,  -9.9628,  -0.6041], grad_fn=<PolygammaBackward0>)
>>> x.polygamma(1)
tensor([12.2454,  3.6362,  0.7932], grad_fn=<PolygammaBackward0>)
>>> torch.special.erfcx(x)
tensor([0.7346, 0.5678, 0.2917], grad_fn=<SpecialErfcxBackward0>)
>>> torch.special.ndtr(x)
tensor([0.6179, 0.7257, 0.9554], grad_fn=<MulBackward1>)
>>> torch.special.ndtri(x / 2)
tensor([-1.0364, -0.5244,  1.0364], grad_fn=<SpecialNdtriBackward0>)
>>> torch.special.log_ndtr(x)
tensor([-0.4814, -0.3206, -0.0456], grad_fn=<SpecialLogNdtrBackward0>)
>>> torch.special.i0e(x)
tensor([0.7576, 0.5993, 0.3405], grad_fn=<SpecialI0EBackward0>)
>>> torch.special.i1(x)
tensor([0.1517, 0.3137, 1.1963], grad_fn=<SpecialI1Backward0>)
>>> torch.special.i1e(x)
tensor([0.1124, 0.1722, 0.2186], grad_fn=<SpecialI1EBackward0>)
>>> torch.special.entr(x)
tensor([ 0.3612,  0.3065, -0.9021], grad_fn=<SpecialEntrBackward0>)
>>> torch.special.xlog1py(x, y)
tensor([0.2499, 0.7686, 0.6893], grad_fn=<SpecialXlog1PyBackward0>)
>>> torch.special.xlogy(x, 2.)
tensor([0.2079, 0.4159, 1.1784], grad_fn=<XlogyBackward2>)
>>> torch.special.zeta(2., x)
tensor([12.2454,  3.6362,  0.7932], grad_fn=<SpecialZetaBackward1>)
>>> torch.special.bessel_j0(x)
tensor([0.9776, 0.9120, 0.3980])
>>> expit(x)
tensor([0.5744, 0.6457, 0.8455], grad_fn=<SigmoidBackward0>)
>>> torch.special.multigammaln(y + 1, 2)
tensor([0.6555, 2.6727, 0.4516], grad_fn=<MvlgammaBackward0>)
>>> g, = torch.autograd.grad(torch.special.gammaln(x).sum(), x, create_graph=True)
>>> g
tensor([-3.5025, -1.5406,  0.2085], grad_fn=<MulBackward0>)
>>> torch.autograd.grad(g.sum(), x)
(tensor([12.2454,  3.6362,  0.7932]),)
>>> g, = torch.autograd.grad(torch.special.i1(x).sum(), x, create_graph=True)
>>> g
tensor([0.5170, 0.5692, 1.1602], grad_fn=<MulBackward0>)
>>> torch.autograd.grad(g.sum(), x)
(tensor([0.1139, 0.2364, 0.9278]),)
>>> torch.autograd.grad(torch.special.xlogy(x, y).sum(), (x, y))
(tensor([ 0.2624,  0.9555, -0.6931]), tensor([0.2308, 0.2308, 3.4000]))
>>> torch.autograd.grad(torch.special.log_ndtr(x).sum(), x)
(tensor([0.6172, 0.4591, 0.0984]),)
>>> torch.autograd.grad(torch.special.erfinv(x / 2).sum(), x)
(tensor([0.4511, 0.4773, 1.2488]),)
>>> torch.special.zeta(y + 1, x).sum().backward()
NotImplementedError: the derivative for 'zeta' is not implemented.
>>> torch.special.erfcx(1.)
TypeError: special_erfcx(): argument 'input' (position 1) must be Tensor, not float
>>> torch.polygamma(-1, x)
RuntimeError: polygamma(n, x) does not support negative n.
>>> torch.mvlgamma(torch.tensor([0.2]), 2)
tensor([3.5613])
>>> torch.gcd(torch.tensor([5, 10, 15]), torch.tensor([3, 4, 5]))
tensor([1, 2, 5])
>>> torch.lcm(torch.tensor([5, 10, 15]), torch.tensor([3, 4, 5]))
tensor([15, 20, 15])
>>> torch.gcd(torch.tensor([1.]), torch.tensor([2.]))
NotImplementedError: "gcd_cpu" not implemented for 'Float'
>>> torch.fmax(torch.tensor([9.7, float('nan'), 3.1, float('nan')]), torch.tensor([-2.2, 0.5, float('nan'), float('nan')]))
tensor([9.7000, 0.5000, 3.1000,    nan])
>>> torch.fmin(torch.tensor([2.2, float('nan'), 2.1, float('nan')]), torch.tensor([-9.3, 0.1, float('nan'), float('nan')]))
tensor([-9.3000,  0.1000,  2.1000,     nan])
>>> torch.hypot(torch.tensor([4.0]), torch.tensor([3.0, 4.0, 5.0]))
tensor([5.0000, 5.6569, 6.4031])
>>> torch.logaddexp(torch.tensor([-1.0]), torch.tensor([-1.0, -2, -3]))
tensor([-0.3069, -0.6867, -0.8731])
>>> torch.logaddexp2(torch.tensor([-1.0]), torch.tensor([-1.0, -2, -3]))
tensor([-1.0602e-08, -4.1504e-01, -6.7807e-01])
>>> torch.copysign(torch.tensor([1., -2., 3.]), -1.)
tensor([-1., -2., -3.])
>>> torch.copysign(torch.tensor([1, 2]), torch.tensor([-1, 2]))
tensor([-1.,  2.])
>>> torch.nextafter(torch.tensor([1.0, 2.0]), torch.tensor([2.0, 1.0])) == torch.tensor([1.0, 2.0])
tensor([False, False])
>>> torch.ldexp(torch.tensor([1.]), torch.tensor([1, 2, 3]))
UserWarning: An output with one or more elements was resized since it had shape [1], which does not match the required output shape [3]. This behavior is deprecated, and in a future PyTorch release outputs will not be resized unless they have zero elements. You can explicitly reuse an out tensor t by resizing it, inplace, to zero elements with t.resize_(0). (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/Resize.cpp:30.)
tensor([2., 4., 8.])
>>> torch.frexp(torch.arange(9.))
torch.return_types.frexp(
mantissa=tensor([0.0000, 0.5000, 0.5000, 0.7500, 0.5000, 0.6250, 0.7500, 0.8750, 0.5000]),
exponent=tensor([0, 1, 2, 2, 3, 3, 3, 3, 4], dtype=torch.int32))
>>> torch.heaviside(torch.tensor([-1.5, 0, 2.0]), torch.tensor([0.5]))
tensor([0.0000, 0.5000, 1.0000])
>>> torch.float_power(torch.tensor([2, 3]), 2)
tensor([4., 9.], dtype=torch.float64)
>>> torch.fmax(x, y)
tensor([1.3000, 2.6000, 1.7000], grad_fn=<FmaxBackward0>)
>>> torch.hypot(x, y)
tensor([1.3342, 2.6683, 1.7720], grad_fn=<HypotBackward0>)
>>> torch.logaddexp(x, y)
tensor([1.6133, 2.7269, 1.9633], grad_fn=<LogaddexpBackward0>)
>>> torch.copysign(x, -1.)
tensor([-0.3000, -0.6000, -1.7000], grad_fn=<CopysignBackward1>)
>>> torch.ldexp(x, torch.tensor([1, 2, 3]))
tensor([ 0.6000,  2.4000, 13.6000], grad_fn=<LdexpBackward0>)
>>> torch.frexp(x)
torch.return_types.frexp(
mantissa=tensor([0.6000, 0.6000, 0.8500], grad_fn=<FrexpBackward0>),
exponent=tensor([-1,  0,  1], dtype=torch.int32))
>>> torch.heaviside(x, y)
tensor([1., 1., 1.], grad_fn=<NotImplemented>)
>>> torch.heaviside(x, y).sum().backward()
RuntimeError: derivative for aten::heaviside is not implemented
>>> torch.addmv(torch.ones(2), torch.ones(2, 3), torch.ones(3))
tensor([4., 4.])
>>> torch.addr(torch.zeros(3, 2), torch.arange(1., 4.), torch.arange(1., 3.))
tensor([[1., 2.],
        [2., 4.],
        [3., 6.]])
>>> torch.baddbmm(torch.ones(2, 1, 1), torch.ones(2, 1, 3), torch.ones(2, 3, 1), alpha=2)
tensor([[[7.]],

        [[7.]]])
>>> torch.addbmm(torch.zeros(1, 1), torch.ones(2, 1, 3), torch.ones(2, 3, 1))
tensor([[6.]])
>>> torch.addmv(x[:2], torch.ones(2, 3), y)
tensor([4.7000, 5.0000], grad_fn=<AddmvBackward0>)
>>> torch.renorm(torch.ones(3, 3), 1, 0, 5)
tensor([[1., 1., 1.],
        [1., 1., 1.],
        [1., 1., 1.]])
>>> torch.renorm(x.view(1, 3), 2, 0, 0.5)
tensor([[0.0821, 0.1642, 0.4651]], grad_fn=<RenormBackward0>)
>>> torch.nansum(torch.tensor([1., 2., float('nan'), 4.]))
tensor(7.)
>>> torch.nanmean(torch.tensor([[float('nan'), 1, 2], [1, 2, 3]]), dim=1)
tensor([1.5000, 2.0000])
>>> torch.nansum(x)
tensor(2.6000, grad_fn=<NansumBackward0>)
>>> torch.nanmean(x)
tensor(0.8667, grad_fn=<DivBackward0>)
>>> torch.nanmean(torch.tensor([1, 2]))
RuntimeError: nanmean(): expected input to have floating point or complex dtype but got Long
>>> torch.count_nonzero(torch.tensor([[0, 1, 7], [0, 0, 3]]))
tensor(3)
>>> torch.count_nonzero(torch.tensor([[0, 1, 7], [0, 0, 3]]), dim=0)
tensor([0, 1, 2])
>>> torch.aminmax(torch.tensor([1, -3, 5]))
torch.return_types.aminmax(
min=tensor(-3),
max=tensor(5))
>>> torch.aminmax(torch.tensor([[1., -3.], [5., 0.]]), dim=0, keepdim=True)
torch.return_types.aminmax(
min=tensor([[ 1., -3.]]),
max=tensor([[5., 0.]]))
>>> torch.aminmax(x)
torch.return_types.aminmax(
min=tensor(0.3000, grad_fn=<AminmaxBackward0>),
max=tensor(1.7000, grad_fn=<AminmaxBackward0>))
>>> torch.cummax(torch.tensor([1., 3., 3., 2., float('nan'), 5.]), 0)
torch.return_types.cummax(
values=tensor([1., 3., 3., 3., nan, nan]),
indices=tensor([0, 1, 2, 2, 4, 4]))
>>> torch.cummin(torch.tensor([4., 3., 5., 1.]), 0)
torch.return_types.cummin(
values=tensor([4., 3., 3., 1.]),
indices=tensor([0, 1, 1, 3]))
>>> x.cummax(0)
torch.return_types.cummax(
values=tensor([0.3000, 0.6000, 1.7000], grad_fn=<CummaxBackward0>),
indices=tensor([0, 1, 2]))
>>> torch.mode(torch.tensor([1., 2., 2., 1., 3.]))
torch.return_types.mode(
values=tensor(1.),
indices=tensor(3))
>>> torch.mode(torch.tensor([[6., 5., 1., 0., 2.], [2., 2., 5., 3., 1.]]), 1)
torch.return_types.mode(
values=tensor([0., 2.]),
indices=tensor([3, 1]))
>>> torch.mode(x)
torch.return_types.mode(
values=tensor(0.3000, grad_fn=<ModeBackward0>),
indices=tensor(0))
>>> torch.tile(torch.tensor([1, 2, 3]), (2,))
tensor([1, 2, 3, 1, 2, 3])
>>> torch.tile(torch.tensor([[1, 2], [0, 6]]), (2, 2))
tensor([[1, 2, 1, 2],
        [0, 6, 0, 6],
        [1, 2, 1, 2],
        [0, 6, 0, 6]])
>>> x.tile(2)
tensor([0.3000, 0.6000, 1.7000, 0.3000, 0.6000, 1.7000],
       grad_fn=<RepeatBackward0>)
>>> torch.movedim(torch.randn(3, 2, 1), 1, 0).shape
torch.Size([2, 3, 1])
>>> torch.moveaxis(torch.randn(3, 2, 1), (1, 2), (0, 1)).shape
torch.Size([2, 1, 3])
>>> x.view(1, 3).movedim(0, 1)
tensor([[0.3000],
        [0.6000],
        [1.7000]], grad_fn=<PermuteBackward0>)
>>> torch.swapdims(torch.zeros(2, 3), 0, 1).shape
torch.Size([3, 2])
>>> torch.unflatten(torch.zeros(2, 6), 1, (2, 3)).shape
torch.Size([2, 2, 3])
>>> torch.zeros(5, 12, 3).unflatten(-2, (2, 2, 3, 1, 1)).shape
torch.Size([5, 2, 2, 3, 1, 1, 3])
>>> x.unflatten(0, (1, 3))
tensor([[0.3000, 0.6000, 1.7000]], grad_fn=<ViewBackward0>)
>>> torch.tensor_split(torch.arange(8), 3)
(tensor([0, 1, 2]), tensor([3, 4, 5]), tensor([6, 7]))
>>> torch.tensor_split(torch.arange(7), 3)
(tensor([0, 1, 2]), tensor([3, 4]), tensor([5, 6]))
>>> torch.tensor_split(torch.arange(7), (1, 6))
(tensor([0]), tensor([1, 2, 3, 4, 5]), tensor([6]))
>>> torch.tensor_split(torch.arange(14).reshape(2, 7), 3, dim=1)
(tensor([[0, 1, 2],
        [7, 8, 9]]), tensor([[ 3,  4],
        [10, 11]]), tensor([[ 5,  6],
        [12, 13]]))
>>> x.tensor_split(2)
(tensor([0.3000, 0.6000], grad_fn=<SliceBackward0>), tensor([1.7000], grad_fn=<SliceBackward0>))
>>> torch.hsplit(torch.arange(16.0).reshape(4, 4), 2)
(tensor([[ 0.,  1.],
        [ 4.,  5.],
        [ 8.,  9.],
        [12., 13.]]), tensor([[ 2.,  3.],
        [ 6.,  7.],
        [10., 11.],
        [14., 15.]]))
>>> torch.vsplit(torch.arange(16.0).reshape(4, 4), [3, 6])
(tensor([[ 0.,  1.,  2.,  3.],
        [ 4.,  5.,  6.,  7.],
        [ 8.,  9., 10., 11.]]), tensor([[12., 13., 14., 15.]]), tensor([], size=(0, 4)))
>>> torch.dsplit(torch.arange(16.0).reshape(2, 2, 4), 2)
(tensor([[[ 0.,  1.],
         [ 4.,  5.]],

        [[ 8.,  9.],
         [12., 13.]]]), tensor([[[ 2.,  3.],
         [ 6.,  7.]],

        [[10., 11.],
         [14., 15.]]]))
>>> torch.hsplit(torch.arange(16.0).reshape(4, 4), 3)
RuntimeError: torch.hsplit attempted to split along dimension 1, but the size of the dimension 4 is not divisible by the split_size 3!
>>> torch.combinations(torch.tensor([1, 2, 3]))
tensor([[1, 2],
        [1, 3],
        [2, 3]])
>>> torch.combinations(torch.tensor([1, 2, 3]), r=3)
tensor([[1, 2, 3]])
>>> torch.combinations(torch.tensor([1, 2, 3]), with_replacement=True)
tensor([[1, 1],
        [1, 2],
        [1, 3],
        [2, 2],
        [2, 3],
        [3, 3]])
>>> torch.combinations(x)
tensor([[0.3000, 0.6000],
        [0.3000, 1.7000],
        [0.6000, 1.7000]], grad_fn=<StackBackward0>)
>>> torch.cartesian_prod(torch.tensor([1, 2, 3]), torch.tensor([4, 5]))
tensor([[1, 4],
        [1, 5],
        [2, 4],
        [2, 5],
        [3, 4],
        [3, 5]])
>>> torch.cartesian_prod(x, y[:2])
tensor([[0.3000, 1.3000],
        [0.3000, 2.6000],
        [0.6000, 1.3000],
        [0.6000, 2.6000],
        [1.7000, 1.3000],
        [1.7000, 2.6000]], grad_fn=<StackBackward0>)
>>> torch.broadcast_shapes((2,), (3, 1), (1, 1, 1))
torch.Size([1, 3, 2])
>>> torch.take_along_dim(torch.tensor([[10, 30, 20], [60, 40, 50]]), torch.tensor([[0], [2]]), dim=1)
tensor([[10],
        [50]])
>>> t2 = torch.tensor([[10, 30, 20], [60, 40, 50]])
>>> torch.take_along_dim(t2, torch.argmax(t2))
tensor([60])
>>> torch.take_along_dim(t2, torch.argsort(t2, dim=1), dim=1)
tensor([[10, 20, 30],
        [40, 50, 60]])
>>> torch.take_along_dim(x, torch.tensor([2, 0]))
tensor([1.7000, 0.3000], grad_fn=<GatherBackward0>)
>>> torch.arange(1., 8).unfold(0, 2, 1)
tensor([[1., 2.],
        [2., 3.],
        [3., 4.],
        [4., 5.],
        [5., 6.],
        [6., 7.]])
>>> torch.arange(1., 8).unfold(0, 2, 2)
tensor([[1., 2.],
        [3., 4.],
        [5., 6.]])
>>> x.unfold(0, 2, 1)
tensor([[0.3000, 0.6000],
        [0.6000, 1.7000]], grad_fn=<UnfoldBackward0>)
>>> torch.autograd.grad(x.unfold(0, 2, 1).sum(), x)
(tensor([1., 2., 1.]),)
>>> torch.arange(1., 8).unfold(0, 9, 1)
RuntimeError: maximum size for tensor at dimension 0 is 7 but size is 9
