>>> # torch.nn padding and upsampling, generated from PyTorch 2.13
>>> import torch
>>> import torch.nn as nn
>>> import torch.nn.functional as F
>>> x = torch.arange(6.).view(1, 2, 3).requires_grad_()
>>> # constant padding: negative pads crop
>>> F.pad(x, (1, 2))
tensor([[[0., 0., 1., 2., 0., 0.],
         [0., 3., 4., 5., 0., 0.]]], grad_fn=<ConstantPadNdBackward0>)
>>> F.pad(x, (1, 0, 0, 1), value=-1.5)
tensor([[[-1.5000,  0.0000,  1.0000,  2.0000],
         [-1.5000,  3.0000,  4.0000,  5.0000],
         [-1.5000, -1.5000, -1.5000, -1.5000]]],
       grad_fn=<ConstantPadNdBackward0>)
>>> F.pad(x, (-1, 1))
tensor([[[1., 2., 0.],
         [4., 5., 0.]]], grad_fn=<ConstantPadNdBackward0>)
>>> F.pad(torch.arange(3), (1, 1), value=2.7)
tensor([2, 0, 1, 2, 2])
>>> # reflect, replicate, circular
>>> F.pad(x, (2, 1), mode='reflect')
tensor([[[2., 1., 0., 1., 2., 1.],
         [5., 4., 3., 4., 5., 4.]]], grad_fn=<ReflectionPad1DBackward0>)
>>> F.pad(x, (2, 1), mode='replicate')
tensor([[[0., 0., 0., 1., 2., 2.],
         [3., 3., 3., 4., 5., 5.]]], grad_fn=<ReplicationPad1DBackward0>)
>>> F.pad(x, (2, 1), mode='circular')
tensor([[[1., 2., 0., 1., 2., 0.],
         [4., 5., 3., 4., 5., 3.]]], grad_fn=<CopySlices>)
>>> F.pad(x, (-1, 2), mode='reflect')
tensor([[[1., 2., 1., 0.],
         [4., 5., 4., 3.]]], grad_fn=<ReflectionPad1DBackward0>)
>>> img = torch.arange(12.).view(1, 1, 3, 4).requires_grad_()
>>> F.pad(img, (1, 1, 2, 0), mode='reflect')
tensor([[[[ 9.,  8.,  9., 10., 11., 10.],
          [ 5.,  4.,  5.,  6.,  7.,  6.],
          [ 1.,  0.,  1.,  2.,  3.,  2.],
          [ 5.,  4.,  5.,  6.,  7.,  6.],
          [ 9.,  8.,  9., 10., 11., 10.]]]],
       grad_fn=<ReflectionPad2DBackward0>)
>>> F.pad(img, (2, 0, 1, 1), mode='replicate')
tensor([[[[ 0.,  0.,  0.,  1.,  2.,  3.],
          [ 0.,  0.,  0.,  1.,  2.,  3.],
          [ 4.,  4.,  4.,  5.,  6.,  7.],
          [ 8.,  8.,  8.,  9., 10., 11.],
          [ 8.,  8.,  8.,  9., 10., 11.]]]],
       grad_fn=<ReplicationPad2DBackward0>)
>>> F.pad(img, (1, 1, 1, 1), mode='circular')
tensor([[[[11.,  8.,  9., 10., 11.,  8.],
          [ 3.,  0.,  1.,  2.,  3.,  0.],
          [ 7.,  4.,  5.,  6.,  7.,  4.],
          [11.,  8.,  9., 10., 11.,  8.],
          [ 3.,  0.,  1.,  2.,  3.,  0.]]]], grad_fn=<CopySlices>)
>>> y = F.pad(img, (1, 2, 1, 0), mode='reflect')
>>> y.grad_fn.name()
'ReflectionPad2DBackward0'
>>> y.sum().backward()
>>> img.grad
tensor([[[[1., 3., 2., 1.],
          [2., 6., 4., 2.],
          [1., 3., 2., 1.]]]])
>>> img.grad = None
>>> F.pad(img, (3, 0, 2, 2), mode='replicate').sum().backward()
>>> img.grad
tensor([[[[12.,  3.,  3.,  3.],
          [ 4.,  1.,  1.,  1.],
          [12.,  3.,  3.,  3.]]]])
>>> g = F.pad(x, (1, 1)).grad_fn
>>> g.name()
'ConstantPadNdBackward0'
>>> F.pad(x, (2, 2), mode='replicate').grad_fn.name(), F.pad(x, (1, 1), mode='circular').grad_fn.name()
('ReplicationPad1DBackward0', 'torch::autograd::CopySlices')
>>> (gx,) = torch.autograd.grad(F.pad(x, (2, 1), mode='reflect').pow(2).sum(), x, create_graph=True)
>>> gx
tensor([[[ 0.,  6.,  8.],
         [ 6., 24., 20.]]], grad_fn=<ReflectionPad1DBackwardBackward0>)
>>> gx.sum().backward()
>>> x.grad
tensor([[[2., 6., 4.],
         [2., 6., 4.]]])
>>> # errors
>>> F.pad(x, (1,))
RuntimeError: Padding length must be divisible by 2
>>> F.pad(x, (1, 1, 1, 1, 1, 1, 1, 1))
RuntimeError: Padding length should be less than or equal to two times the input dimension but got padding length 8 and input of dimension 3
>>> F.pad(x, (3, 0), mode='reflect')
RuntimeError: Argument #4: Padding size should be less than the corresponding input dimension, but got: padding (3, 0) at dimension 2 of input [1, 2, 3]
>>> F.pad(img, (1, 1), mode='reflect')
NotImplementedError: Padding size 2 is not supported for 4D input tensor.
Supported combinations for non-constant padding:
  - 2D or 3D input: padding size = 2 (pads last dimension)
  - 3D or 4D input: padding size = 4 (pads last 2 dimensions)
  - 4D or 5D input: padding size = 6 (pads last 3 dimensions)
>>> F.pad(x, (1, 1), mode='reflect', value=2)
RuntimeError: Padding mode "reflect" doesn't take in value argument
>>> F.pad(x, (1, 1), mode='foo')
NotImplementedError: Unrecognised padding mode foo
>>> F.pad(x, (4, 0), mode='circular')
RuntimeError: Padding value causes wrapping around more than once.
>>> F.pad(x, (-2, -2))
RuntimeError: narrow(): length must be non-negative.
>>> F.pad(x, (1.5, 1))
TypeError: pad(): argument 'pad' (position 2) must be tuple of ints, but found element of type float at pos 0
>>> F.pad(torch.tensor([[True, False]]), (1, 1), mode='replicate')
NotImplementedError: "replication_pad1d" not implemented for 'Bool'
>>> # modules
>>> nn.ZeroPad2d((1, 1, 2, 0))
ZeroPad2d((1, 1, 2, 0))
>>> nn.ZeroPad2d(1)(torch.ones(1, 2, 2))
tensor([[[0., 0., 0., 0.],
         [0., 1., 1., 0.],
         [0., 1., 1., 0.],
         [0., 0., 0., 0.]]])
>>> nn.ConstantPad1d(2, 3.5)
ConstantPad1d(padding=(2, 2), value=3.5)
>>> nn.ConstantPad2d((1, 0, 0, 1), 7)(torch.zeros(1, 2, 2))
tensor([[[7., 0., 0.],
         [7., 0., 0.],
         [7., 7., 7.]]])
>>> nn.ReflectionPad1d(2)
ReflectionPad1d((2, 2))
>>> nn.ReflectionPad2d(1)(img).shape
torch.Size([1, 1, 5, 6])
>>> nn.ReplicationPad1d((0, 3))(x)
tensor([[[0., 1., 2., 2., 2., 2.],
         [3., 4., 5., 5., 5., 5.]]], grad_fn=<ReplicationPad1DBackward0>)
>>> nn.ReplicationPad2d((1, 0, 1, 0))
ReplicationPad2d((1, 0, 1, 0))
>>> nn.CircularPad1d(1)(torch.ones(3))
ValueError: expected 2D or 3D input (got 1D input)
>>> # interpolate
>>> s = torch.tensor([[[1., 2., 4.]]], requires_grad=True)
>>> F.interpolate(s, scale_factor=2)
tensor([[[1., 1., 2., 2., 4., 4.]]], grad_fn=<UpsampleNearest1DBackward0>)
>>> F.interpolate(s, size=5)
tensor([[[1., 1., 2., 2., 4.]]], grad_fn=<UpsampleNearest1DBackward0>)
>>> F.interpolate(s, scale_factor=2, mode='linear')
tensor([[[1.0000, 1.2500, 1.7500, 2.5000, 3.5000, 4.0000]]],
       grad_fn=<UpsampleLinear1DBackward0>)
>>> F.interpolate(s, size=5, mode='linear', align_corners=True)
tensor([[[1.0000, 1.5000, 2.0000, 3.0000, 4.0000]]],
       grad_fn=<UpsampleLinear1DBackward0>)
>>> u = F.interpolate(s, scale_factor=4, mode='linear')
>>> u
tensor([[[1.0000, 1.0000, 1.1250, 1.3750, 1.6250, 1.8750, 2.2500, 2.7500,
          3.2500, 3.7500, 4.0000, 4.0000]]],
       grad_fn=<UpsampleLinear1DBackward0>)
>>> u.sum().backward()
>>> s.grad
tensor([[[4., 4., 4.]]])
>>> q = torch.tensor([[[[1., 2.], [3., 5.]]]], requires_grad=True)
>>> F.interpolate(q, scale_factor=2)
tensor([[[[1., 1., 2., 2.],
          [1., 1., 2., 2.],
          [3., 3., 5., 5.],
          [3., 3., 5., 5.]]]], grad_fn=<UpsampleNearest2DBackward0>)
>>> b = F.interpolate(q, scale_factor=2, mode='bilinear')
>>> b
tensor([[[[1.0000, 1.2500, 1.7500, 2.0000],
          [1.5000, 1.8125, 2.4375, 2.7500],
          [2.5000, 2.9375, 3.8125, 4.2500],
          [3.0000, 3.5000, 4.5000, 5.0000]]]],
       grad_fn=<UpsampleBilinear2DBackward0>)
>>> (b * torch.arange(16.).view(1, 1, 4, 4)).sum().backward()
>>> q.grad
tensor([[[[12.5000, 19.5000],
          [40.5000, 47.5000]]]])
>>> F.interpolate(q, size=(3, 5), mode='bilinear', align_corners=True)
tensor([[[[1.0000, 1.2500, 1.5000, 1.7500, 2.0000],
          [2.0000, 2.3750, 2.7500, 3.1250, 3.5000],
          [3.0000, 3.5000, 4.0000, 4.5000, 5.0000]]]],
       grad_fn=<UpsampleBilinear2DBackward0>)
>>> F.interpolate(q, size=(3, 4)).grad_fn.name(), F.interpolate(s, size=4).grad_fn.name()
('UpsampleNearest2DBackward0', 'UpsampleNearest1DBackward0')
>>> F.interpolate(torch.arange(4, dtype=torch.uint8).view(1, 1, 2, 2), scale_factor=2)
tensor([[[[0, 0, 1, 1],
          [0, 0, 1, 1],
          [2, 2, 3, 3],
          [2, 2, 3, 3]]]], dtype=torch.uint8)
>>> F.interpolate(q, scale_factor=1.7, mode='bilinear', recompute_scale_factor=True).shape
torch.Size([1, 1, 3, 3])
>>> F.upsample(s, scale_factor=2)
UserWarning: `nn.functional.upsample` is deprecated. Use `nn.functional.interpolate` instead.
tensor([[[1., 1., 2., 2., 4., 4.]]], grad_fn=<UpsampleNearest1DBackward0>)
>>> # interpolate's errors
>>> F.interpolate(q, size=(3, 5), align_corners=True)
ValueError: align_corners option can only be set with the interpolating modes: linear | bilinear | bicubic | trilinear
>>> F.interpolate(q)
ValueError: either size or scale_factor should be defined
>>> F.interpolate(q, size=3, scale_factor=2)
ValueError: only one of size or scale_factor should be defined
>>> F.interpolate(q, size=(3,))
ValueError: Input and output must have the same number of spatial dimensions, but got input with spatial dimensions of [2, 2] and output size of (3,). Please provide input tensor in (N, C, d1, d2, ...,dK) format and output size in (o1, o2, ...,oK) format.
>>> F.interpolate(q, scale_factor=2, mode='linear')
NotImplementedError: Got 4D input, but linear mode needs 3D input
>>> F.interpolate(s, scale_factor=2, mode='bilinear')
NotImplementedError: Got 3D input, but bilinear mode needs 4D input
>>> F.interpolate(torch.ones(2, 3), scale_factor=2)
NotImplementedError: Input Error: Only 3D, 4D and 5D input Tensors supported (got 2D) for the modes: nearest | linear | bilinear | bicubic | trilinear | lanczos | area | nearest-exact (got nearest)
>>> F.interpolate(q, scale_factor=0.1)
RuntimeError: Input and output sizes should be greater than 0, but got input (H: 2, W: 2) output (H: 0, W: 0)
>>> F.interpolate(torch.arange(6).view(1, 1, 2, 3), scale_factor=2)
NotImplementedError: "upsample_nearest2d_channels_last" not implemented for 'Long'
>>> F.interpolate(q, scale_factor=2, antialias=True)
ValueError: Anti-alias option is restricted to bilinear, bicubic, and lanczos modes and requires a 4-D tensor as input
>>> # Upsample
>>> nn.Upsample(scale_factor=2)
Upsample(scale_factor=2.0, mode='nearest')
>>> nn.Upsample(size=(3, 4), mode='bilinear')
Upsample(size=(3, 4), mode='bilinear')
>>> nn.Upsample(scale_factor=(2, 3), mode='bilinear', align_corners=False)
Upsample(scale_factor=(2.0, 3.0), mode='bilinear')
>>> nn.Upsample()
Upsample(size=None, mode='nearest')
>>> up = nn.Upsample(scale_factor=2, mode='bilinear', align_corners=True)
>>> up(q)
tensor([[[[1.0000, 1.3333, 1.6667, 2.0000],
          [1.6667, 2.1111, 2.5556, 3.0000],
          [2.3333, 2.8889, 3.4444, 4.0000],
          [3.0000, 3.6667, 4.3333, 5.0000]]]],
       grad_fn=<UpsampleBilinear2DBackward0>)
>>> nn.UpsamplingNearest2d(scale_factor=2)
UpsamplingNearest2d(scale_factor=2.0, mode='nearest')
>>> nn.Sequential(nn.ReflectionPad2d(1), nn.Upsample(scale_factor=2))(q).shape
torch.Size([1, 1, 8, 8])
