>>> # more of torch.nn.functional, generated from PyTorch 2.13
>>> import torch
>>> import torch.nn.functional as F
>>> x3 = torch.arange(16.).view(1, 2, 2, 2, 2)
>>> F.conv3d(x3, torch.ones(1, 2, 2, 2, 2))
tensor([[[[[120.]]]]])
>>> F.conv3d(x3, torch.ones(3, 1, 1, 1, 2), groups=2, padding=(0, 1, 0))
RuntimeError: Given groups=2, expected weight to be divisible by 2 at dimension 0, but got weight of size [[3, 1, 1, 1, 2]] instead
>>> F.conv3d(torch.ones(2, 4, 4), torch.ones(1, 2, 2, 2, 2))
RuntimeError: Expected 4D (unbatched) or 5D (batched) input to conv3d, but got input of size: [2, 4, 4]
>>> x = torch.tensor([[[1., 2., 3.]]], requires_grad=True)
>>> w = torch.tensor([[[1., -1.], [2., 0.5]]], requires_grad=True)
>>> y = F.conv_transpose1d(x, w, stride=2)
>>> y
tensor([[[ 1.0000, -1.0000,  2.0000, -2.0000,  3.0000, -3.0000],
         [ 2.0000,  0.5000,  4.0000,  1.0000,  6.0000,  1.5000]]],
       grad_fn=<ConvolutionBackward0>)
>>> F.conv_transpose1d(x, w, torch.tensor([1., -1.]), stride=2, padding=1, output_padding=1)
tensor([[[ 0.0000,  3.0000, -1.0000,  4.0000, -2.0000],
         [-0.5000,  3.0000,  0.0000,  5.0000,  0.5000]]],
       grad_fn=<ConvolutionBackward0>)
>>> F.conv_transpose1d(x, w, dilation=2, output_padding=1)
tensor([[[ 1.0000,  2.0000,  2.0000, -2.0000, -3.0000,  0.0000],
         [ 2.0000,  4.0000,  6.5000,  1.0000,  1.5000,  0.0000]]],
       grad_fn=<ConvolutionBackward0>)
>>> y.sum().backward()
>>> x.grad
tensor([[[2.5000, 2.5000, 2.5000]]])
>>> w.grad
tensor([[[6., 6.],
         [6., 6.]]])
>>> F.conv_transpose1d(torch.ones(2, 3), torch.ones(2, 1, 2))
tensor([[2., 4., 4., 2.]])
>>> F.conv_transpose2d(torch.arange(8.).view(1, 2, 2, 2), torch.ones(2, 1, 2, 2), groups=2, stride=2)
tensor([[[[0., 0., 1., 1.],
          [0., 0., 1., 1.],
          [2., 2., 3., 3.],
          [2., 2., 3., 3.]],

         [[4., 4., 5., 5.],
          [4., 4., 5., 5.],
          [6., 6., 7., 7.],
          [6., 6., 7., 7.]]]])
>>> F.conv_transpose2d(torch.arange(4.).view(1, 1, 2, 2), torch.arange(6.).view(1, 1, 2, 3), stride=(2, 1), padding=(1, 0), output_padding=(1, 0))
tensor([[[[ 0.,  3.,  4.,  5.],
          [ 0.,  2.,  7.,  6.],
          [ 6., 17., 22., 15.]]]])
>>> F.conv_transpose2d(torch.arange(4).view(1, 1, 2, 2), torch.ones(1, 2, 2, 2, dtype=torch.long))
tensor([[[[0, 1, 1],
          [2, 6, 4],
          [2, 5, 3]],

         [[0, 1, 1],
          [2, 6, 4],
          [2, 5, 3]]]])
>>> F.conv_transpose3d(torch.ones(1, 1, 2, 2, 2), torch.ones(1, 1, 2, 1, 2))
tensor([[[[[1., 2., 1.],
           [1., 2., 1.]],

          [[2., 4., 2.],
           [2., 4., 2.]],

          [[1., 2., 1.],
           [1., 2., 1.]]]]])
>>> F.conv_transpose1d(torch.ones(1, 2, 4), torch.ones(2, 3, 2), output_padding=1)
RuntimeError: output padding must be smaller than either stride or dilation, but got output_padding_height: 0 output_padding_width: 1 stride_height: 1 stride_width: 1 dilation_height: 1 dilation_width: 1
>>> F.conv_transpose2d(torch.ones(1, 2, 4, 4), torch.ones(2, 3, 2, 2), output_padding=1)
RuntimeError: output padding must be smaller than either stride or dilation, but got output_padding_height: 1 output_padding_width: 1 stride_height: 1 stride_width: 1 dilation_height: 1 dilation_width: 1
>>> F.conv_transpose1d(torch.ones(1, 3, 4), torch.ones(2, 3, 2))
RuntimeError: Given transposed=1, weight of size [2, 3, 2], expected input[1, 3, 4] to have 2 channels, but got 3 channels instead
>>> F.conv_transpose1d(torch.ones(4), torch.ones(2, 3, 2))
RuntimeError: Expected 2D (unbatched) or 3D (batched) input to conv_transpose1d, but got input of size: [4]
>>> F.conv_transpose1d(torch.ones(1, 2, 4), torch.ones(2, 3, 2), padding=3)
RuntimeError: Given input size per channel: (1 x 4). Calculated output size per channel: (1 x -1). Output size is too small
>>> F.conv_transpose1d(torch.ones(1, 2, 4), torch.ones(2, 3, 2), padding='same')
TypeError: conv_transpose1d(): argument 'padding' must be tuple of ints, not str
>>> F.conv_transpose1d(torch.ones(1, 2, 4), torch.ones(2, 3, 2), torch.ones(2))
RuntimeError: Given transposed=1, weight of size [2, 3, 2], expected bias to be 1-dimensional with 3 elements, but got bias of size [2] instead
>>> input = torch.arange(16.).view(1, 4, 2, 2).requires_grad_()
>>> F.pixel_shuffle(input, 2)
tensor([[[[ 0.,  4.,  1.,  5.],
          [ 8., 12.,  9., 13.],
          [ 2.,  6.,  3.,  7.],
          [10., 14., 11., 15.]]]], grad_fn=<PixelShuffleBackward0>)
>>> F.pixel_unshuffle(torch.arange(16.).view(1, 1, 4, 4), 2)
tensor([[[[ 0.,  2.],
          [ 8., 10.]],

         [[ 1.,  3.],
          [ 9., 11.]],

         [[ 4.,  6.],
          [12., 14.]],

         [[ 5.,  7.],
          [13., 15.]]]])
>>> F.pixel_shuffle(input, 2).pow(2).sum().backward()
>>> input.grad
tensor([[[[ 0.,  2.],
          [ 4.,  6.]],

         [[ 8., 10.],
          [12., 14.]],

         [[16., 18.],
          [20., 22.]],

         [[24., 26.],
          [28., 30.]]]])
>>> F.channel_shuffle(input, 2)
tensor([[[[ 0.,  1.],
          [ 2.,  3.]],

         [[ 8.,  9.],
          [10., 11.]],

         [[ 4.,  5.],
          [ 6.,  7.]],

         [[12., 13.],
          [14., 15.]]]], grad_fn=<ChannelShuffleBackward0>)
>>> F.native_channel_shuffle(input, 2)
tensor([[[[ 0.,  1.],
          [ 2.,  3.]],

         [[ 8.,  9.],
          [10., 11.]],

         [[ 4.,  5.],
          [ 6.,  7.]],

         [[12., 13.],
          [14., 15.]]]], grad_fn=<NotImplemented>)
>>> F.pixel_shuffle(torch.ones(1, 3, 2, 2), 2)
RuntimeError: pixel_shuffle expects its input's 'channel' dimension to be divisible by the square of upscale_factor, but input.size(-3)=3 is not divisible by 4
>>> F.pixel_shuffle(torch.ones(3, 2), 2)
RuntimeError: pixel_shuffle expects input to have at least 3 dimensions, but got input with 2 dimension(s)
>>> F.pixel_shuffle(torch.ones(1, 4, 2, 2), 0)
RuntimeError: pixel_shuffle expects a positive upscale_factor, but got 0
>>> F.pixel_unshuffle(torch.ones(1, 1, 3, 4), 2)
RuntimeError: pixel_unshuffle expects height to be divisible by downscale_factor, but input.size(-2)=3 is not divisible by 2
>>> F.pixel_unshuffle(torch.ones(1, 4, 2, 3), 2)
RuntimeError: pixel_unshuffle expects width to be divisible by downscale_factor, but input.size(-1)=3 is not divisible by 2
>>> F.channel_shuffle(torch.ones(1, 3, 2, 2), 2)
RuntimeError: Number of channels must be divisible by groups. Got 3 channels and 2 groups.
>>> F.channel_shuffle(torch.ones(3), 3)
RuntimeError: channel_shuffle expects input with > 2 dims, but got input with sizes [3]
>>> F.channel_shuffle(torch.ones(1, 4, 2), 0)
RuntimeError: Number of groups to divide channels in must be positive. Value of groups:0
>>> F.channel_shuffle(torch.ones(1, 4, 2), 2.5)
TypeError: channel_shuffle(): argument 'groups' (position 2) must be int, not float
>>> s = torch.tensor([[[1., 2., 3., 4., 5., 6., 7.]]], requires_grad=True)
>>> F.avg_pool1d(s, kernel_size=3, stride=2)
tensor([[[2., 4., 6.]]], grad_fn=<SqueezeBackward1>)
>>> F.avg_pool1d(s, 3, 2, 1, count_include_pad=False)
tensor([[[1.5000, 3.0000, 5.0000, 6.5000]]], grad_fn=<SqueezeBackward1>)
>>> F.max_pool1d(s, 2)
tensor([[[2., 4., 6.]]], grad_fn=<SqueezeBackward1>)
>>> F.max_pool1d(s, 3, 2, 1, return_indices=True)
(tensor([[[2., 4., 6., 7.]]], grad_fn=<SqueezeBackward1>), tensor([[[1, 3, 5, 6]]]))
>>> F.max_pool1d(s, 2, ceil_mode=True).sum().backward()
>>> s.grad
tensor([[[0., 1., 0., 1., 0., 1., 1.]]])
>>> F.avg_pool1d(torch.arange(6).view(1, 1, 6), 2)
tensor([[[0, 2, 4]]])
>>> F.avg_pool1d(torch.ones(1, 2, 4), 5)
RuntimeError: Given input size: (2x1x4). Calculated output size: (2x1x0). Output size is too small
>>> F.avg_pool1d(torch.ones(2, 4, 3, 3), 2)
RuntimeError: Expected 2 to 3 dimensions, but got 4-dimensional tensor for argument #1 'self' (while checking arguments for avg_pool1d)
>>> F.max_pool1d(torch.ones(1, 2, 4), 5)
RuntimeError: max_pool1d() Invalid computed output size: 0
>>> F.max_pool1d(torch.ones(1, 1, 4), 2, padding=2)
RuntimeError: max_pool1d() padding should be at most half of kernel size, but got padding=2 and kernel_size=2
>>> v = torch.arange(27.).view(1, 3, 3, 3).requires_grad_()
>>> F.max_pool3d(v, 2, stride=1)
tensor([[[[13., 14.],
          [16., 17.]],

         [[22., 23.],
          [25., 26.]]]], grad_fn=<MaxPool3DWithIndicesBackward0>)
>>> F.max_pool3d(v, 2, padding=1, return_indices=True)
(tensor([[[[ 0.,  2.],
          [ 6.,  8.]],

         [[18., 20.],
          [24., 26.]]]], grad_fn=<MaxPool3DWithIndicesBackward0>), tensor([[[[ 0,  2],
          [ 6,  8]],

         [[18, 20],
          [24, 26]]]]))
>>> F.avg_pool3d(v, 2, stride=1)
tensor([[[[ 6.5000,  7.5000],
          [ 9.5000, 10.5000]],

         [[15.5000, 16.5000],
          [18.5000, 19.5000]]]], grad_fn=<AvgPool3DBackward0>)
>>> F.avg_pool3d(v, 2, padding=1, count_include_pad=False)
tensor([[[[ 0.0000,  1.5000],
          [ 4.5000,  6.0000]],

         [[13.5000, 15.0000],
          [18.0000, 19.5000]]]], grad_fn=<AvgPool3DBackward0>)
>>> F.avg_pool3d(v, 3, padding=1, divisor_override=2)
tensor([[[[26.]]]], grad_fn=<AvgPool3DBackward0>)
>>> F.avg_pool3d(v, 2, stride=2, ceil_mode=True).sum().backward()
>>> v.grad
tensor([[[[0.1250, 0.1250, 0.2500],
          [0.1250, 0.1250, 0.2500],
          [0.2500, 0.2500, 0.5000]],

         [[0.1250, 0.1250, 0.2500],
          [0.1250, 0.1250, 0.2500],
          [0.2500, 0.2500, 0.5000]],

         [[0.2500, 0.2500, 0.5000],
          [0.2500, 0.2500, 0.5000],
          [0.5000, 0.5000, 1.0000]]]])
>>> F.avg_pool3d(torch.arange(64).view(1, 1, 4, 4, 4) - 30, 3, 1, 1)
tensor([[[[[ -5,  -8,  -8,  -5],
           [ -7, -11, -10,  -6],
           [ -6,  -8,  -8,  -5],
           [ -3,  -4,  -4,  -2]],

          [[ -5,  -7,  -6,  -4],
           [ -6,  -9,  -8,  -5],
           [ -3,  -5,  -4,  -2],
           [ -1,  -2,  -1,   0]],

          [[  2,   3,   4,   2],
           [  4,   7,   8,   5],
           [  7,  11,  12,   8],
           [  5,   8,   9,   6]],

          [[  3,   5,   6,   4],
           [  6,  10,  10,   7],
           [  8,  12,  13,   9],
           [  6,   9,   9,   6]]]]])
>>> F.avg_pool3d(torch.ones(1, 2, 2, 2), 3)
RuntimeError: input image (T: 2 H: 2 W: 2) smaller than kernel size (kT: 3 kH: 3 kW: 3)
>>> F.max_pool3d(torch.ones(1, 2, 2, 2), 3)
RuntimeError: Given input size: (1x2x2x2). Calculated output size: (1x0x0x0). Output size is too small
>>> F.max_pool3d(torch.ones(2, 2), 1)
RuntimeError: non-empty 4D or 5D (batch mode) tensor expected for input
>>> F.max_pool3d(torch.ones(1, 1, 4, 4, 4), (2, 2))
RuntimeError: max_pool3d: kernel_size must either be a single int, or a tuple of three ints
>>> F.avg_pool3d(torch.ones(1, 1, 4, 4, 4), 2, padding=2)
RuntimeError: pad should be at most half of effective kernel size, but got pad=2, kernel_size=2 and dilation=1
>>> a = torch.tensor([-4., -2.5, -1., -0.25, 0., 0.5, 1.5, 3., 4.], requires_grad=True)
>>> F.hardswish(a)
tensor([-0.0000, -0.2083, -0.3333, -0.1146,  0.0000,  0.2917,  1.1250,  3.0000,
         4.0000], grad_fn=<HardswishBackward0>)
>>> F.hardsigmoid(a)
tensor([0.0000, 0.0833, 0.3333, 0.4583, 0.5000, 0.5833, 0.7500, 1.0000, 1.0000],
       grad_fn=<HardsigmoidBackward0>)
>>> F.softsign(a)
tensor([-0.8000, -0.7143, -0.5000, -0.2000,  0.0000,  0.3333,  0.6000,  0.7500,
         0.8000], grad_fn=<DivBackward0>)
>>> F.tanhshrink(a)
tensor([-3.0007, -1.5134, -0.2384, -0.0051,  0.0000,  0.0379,  0.5949,  2.0049,
         3.0007], grad_fn=<SubBackward0>)
>>> F.softshrink(a)
tensor([-3.5000, -2.0000, -0.5000, -0.0000,  0.0000,  0.0000,  1.0000,  2.5000,
         3.5000], grad_fn=<SoftshrinkBackward0>)
>>> F.softshrink(a, 1.0)
tensor([-3.0000, -1.5000, -0.0000, -0.0000,  0.0000,  0.0000,  0.5000,  2.0000,
         3.0000], grad_fn=<SoftshrinkBackward0>)
>>> F.hardshrink(a)
tensor([-4.0000, -2.5000, -1.0000,  0.0000,  0.0000,  0.0000,  1.5000,  3.0000,
         4.0000], grad_fn=<HardshrinkBackward0>)
>>> torch.hardshrink(a, 1.0)
tensor([-4.0000, -2.5000,  0.0000,  0.0000,  0.0000,  0.0000,  1.5000,  3.0000,
         4.0000], grad_fn=<HardshrinkBackward0>)
>>> F.celu(a)
tensor([-0.9817, -0.9179, -0.6321, -0.2212,  0.0000,  0.5000,  1.5000,  3.0000,
         4.0000], grad_fn=<CeluBackward0>)
>>> F.celu(a, 0.5)
tensor([-0.4998, -0.4966, -0.4323, -0.1967,  0.0000,  0.5000,  1.5000,  3.0000,
         4.0000], grad_fn=<CeluBackward0>)
>>> F.selu(a)
tensor([-1.7259, -1.6138, -1.1113, -0.3889,  0.0000,  0.5254,  1.5761,  3.1521,
         4.2028], grad_fn=<EluBackward0>)
>>> torch.selu(a)
tensor([-1.7259, -1.6138, -1.1113, -0.3889,  0.0000,  0.5254,  1.5761,  3.1521,
         4.2028], grad_fn=<EluBackward0>)
>>> F.rrelu(a)
tensor([-0.9167, -0.5729, -0.2292, -0.0573,  0.0000,  0.5000,  1.5000,  3.0000,
         4.0000], grad_fn=<RreluWithNoiseBackward0>)
>>> torch.autograd.grad(F.hardswish(a).sum(), a)
(tensor([ 0.0000, -0.3333,  0.1667,  0.4167,  0.5000,  0.6667,  1.0000,  1.0000,
         1.0000]),)
>>> torch.autograd.grad(F.hardsigmoid(a).sum(), a)
(tensor([0.0000, 0.1667, 0.1667, 0.1667, 0.1667, 0.1667, 0.1667, 0.0000, 0.0000]),)
>>> torch.autograd.grad(F.softshrink(a).sum(), a)
(tensor([1., 1., 1., 0., 0., 0., 1., 1., 1.]),)
>>> torch.autograd.grad(F.hardshrink(a).sum(), a)
(tensor([1., 1., 1., 0., 0., 0., 1., 1., 1.]),)
>>> torch.autograd.grad(F.selu(a).sum(), a)
(tensor([0.0322, 0.1443, 0.6468, 1.3692, 1.7581, 1.0507, 1.0507, 1.0507, 1.0507]),)
>>> torch.autograd.grad(F.celu(a, 2.).sum(), a)
(tensor([0.1353, 0.2865, 0.6065, 0.8825, 1.0000, 1.0000, 1.0000, 1.0000, 1.0000]),)
>>> torch.autograd.grad(F.rrelu(a).sum(), a)
(tensor([0.2292, 0.2292, 0.2292, 0.2292, 0.2292, 1.0000, 1.0000, 1.0000, 1.0000]),)
>>> F.hardswish(torch.arange(3))
NotImplementedError: "hardswish_cpu" not implemented for 'Long'
>>> F.hardsigmoid(torch.arange(3))
NotImplementedError: "hardsigmoid_cpu" not implemented for 'Long'
>>> F.softshrink(torch.ones(2), -1)
RuntimeError: lambda must be in range [0, 3.40282e+38] for input dtype Float, but found -1
>>> F.hardshrink(torch.arange(3))
NotImplementedError: "hardshrink_cpu" not implemented for 'Long'
>>> F.celu(torch.ones(2), 0.)
RuntimeError: ZeroDivisionError: alpha cannot be 0 for CELU
>>> F.selu(torch.arange(3))
NotImplementedError: "elu_cpu" not implemented for 'Long'
>>> F.softsign(torch.arange(3))
tensor([0.0000, 0.5000, 0.6667])
>>> F.rrelu(torch.arange(3))
NotImplementedError: "leaky_relu_cpu" not implemented for 'Long'
>>> i1 = torch.tensor([0.5, -1., 2., 0.], requires_grad=True)
>>> i2 = torch.tensor([1., 0.5, -0.5, 0.25])
>>> t = torch.tensor([1., -1., 1., -1.])
>>> F.margin_ranking_loss(i1, i2, t)
tensor(0.1250, grad_fn=<MeanBackward0>)
>>> F.margin_ranking_loss(i1, i2, t, margin=0.5, reduction='none')
tensor([1.0000, 0.0000, 0.0000, 0.2500], grad_fn=<ClampMinBackward0>)
>>> F.hinge_embedding_loss(i1, t)
tensor(1.3750, grad_fn=<MeanBackward0>)
>>> F.hinge_embedding_loss(i1, t, margin=2., reduction='sum')
tensor(7.5000, grad_fn=<SumBackward0>)
>>> F.soft_margin_loss(i1, t)
tensor(0.4019, grad_fn=<SoftMarginLossBackward0>)
>>> F.soft_margin_loss(i1, t, reduction='none')
tensor([0.4741, 0.3133, 0.1269, 0.6931], grad_fn=<SoftMarginLossBackward0>)
>>> F.cosine_embedding_loss(torch.tensor([[1., 0.], [1., 1.]]), torch.tensor([[1., 1.], [-1., 2.]]), torch.tensor([1., -1.]))
tensor(0.3046)
>>> F.cosine_embedding_loss(i1, i2, torch.tensor(-1.), reduction='none')
tensor(0., grad_fn=<AddBackward0>)
>>> F.poisson_nll_loss(i1, i2.abs())
tensor(2.3514, grad_fn=<MeanBackward0>)
>>> F.poisson_nll_loss(i1.abs() + 1, torch.tensor([1., 2., 3., 4.]), log_input=False, full=True)
tensor(1.9964, grad_fn=<MeanBackward0>)
>>> F.gaussian_nll_loss(i1, i2, torch.tensor([0.5, 1., 2., 1.]))
tensor(0.7422, grad_fn=<MeanBackward0>)
>>> F.gaussian_nll_loss(i1, i2, torch.tensor([0.5, 1., 2., 1.]), full=True, reduction='sum')
tensor(6.6445, grad_fn=<SumBackward0>)
>>> F.triplet_margin_loss(torch.tensor([[0., 0.], [1., 1.]]), torch.tensor([[1., 0.], [1., 2.]]), torch.tensor([[3., 0.], [1., 1.5]]))
tensor(0.7500)
>>> F.triplet_margin_loss(torch.tensor([[0., 0.]]), torch.tensor([[1., 0.]]), torch.tensor([[0.5, 0.]]), swap=True, p=1)
tensor(1.5000)
>>> F.multilabel_soft_margin_loss(torch.tensor([[0.5, -1., 2.]]), torch.tensor([[1., 0., 1.]]))
tensor(0.3048)
>>> loss = F.soft_margin_loss(i1, t) + F.margin_ranking_loss(i1, i2, t, margin=0.3)
>>> loss.grad_fn.name()
'AddBackward0'
>>> F.soft_margin_loss(i1, t).grad_fn.name()
'SoftMarginLossBackward0'
>>> F.hinge_embedding_loss(i1, t).grad_fn.name()
'MeanBackward0'
>>> loss.backward()
>>> i1.grad
tensor([-0.3444,  0.0672, -0.0298,  0.3750])
>>> F.margin_ranking_loss(i1, i2, t.view(2, 2))
RuntimeError: margin_ranking_loss : All input tensors should have same dimension but got sizes: input1: torch.Size([4]), input2: torch.Size([4]), target: torch.Size([2, 2]) 
>>> F.soft_margin_loss(i1, t, reduction='avg')
ValueError: avg is not a valid value for reduction
>>> F.poisson_nll_loss(i1, t, reduction='avg')
ValueError: avg is not a valid value for reduction
>>> F.gaussian_nll_loss(i1, i2, torch.tensor([-1., 1., 1., 1.]))
ValueError: var has negative entry/entries
>>> F.gaussian_nll_loss(i1, i2, torch.ones(3))
ValueError: var is of incorrect size
>>> F.triplet_margin_loss(i1, i2, i2, margin=0)
ValueError: margin must be greater than 0, got 0
>>> F.triplet_margin_loss(i1.view(2, 2), i2.view(2, 2), i2)
RuntimeError: The anchor, positive, and negative tensors are expected to have the same number of dimensions, but got: anchor 2D, positive 2D, and negative 1D inputs
>>> F.cosine_embedding_loss(i1, i2, t)
RuntimeError: 1D target tensor expects 2D input tensors, but found inputs with sizes [4] and [4].
