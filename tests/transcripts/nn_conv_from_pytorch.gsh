>>> # torch.nn convolution and pooling, generated from PyTorch 2.13
>>> import torch
>>> import torch.nn as nn
>>> import torch.nn.functional as F
>>> _ = torch.manual_seed(0)
>>> # Conv2d draws PyTorch's initial weights: kaiming_uniform_(a=sqrt(5)), then the bias
>>> conv = nn.Conv2d(1, 4, 3)
>>> conv
Conv2d(1, 4, kernel_size=(3, 3), stride=(1, 1))
>>> conv.weight
Parameter containing:
tensor([[[[-0.0025,  0.1788, -0.2743],
          [-0.2453, -0.1284,  0.0894],
          [-0.0066,  0.2643, -0.0296]]],


        [[[ 0.0882, -0.1007, -0.0655],
          [-0.3184, -0.2208, -0.1374],
          [ 0.0123,  0.1318,  0.2000]]],


        [[[-0.2260, -0.1452,  0.1211],
          [ 0.2768, -0.0686,  0.2494],
          [-0.0537,  0.0353,  0.3018]]],


        [[[-0.3092, -0.2098, -0.0844],
          [-0.1299,  0.2880, -0.2161],
          [-0.1534, -0.2329, -0.3122]]]], requires_grad=True)
>>> conv.bias
Parameter containing:
tensor([-0.1946,  0.2865,  0.1487,  0.1616], requires_grad=True)
>>> conv.weight.shape, conv.kernel_size, conv.stride, conv.padding
(torch.Size([4, 1, 3, 3]), (3, 3), (1, 1), (0, 0))
>>> nn.Conv2d(2, 4, (3, 5), stride=2, padding=1, dilation=2, groups=2, bias=False)
Conv2d(2, 4, kernel_size=(3, 5), stride=(2, 2), padding=(1, 1), dilation=(2, 2), groups=2, bias=False)
>>> nn.Conv2d(2, 4, 3, padding='same')
Conv2d(2, 4, kernel_size=(3, 3), stride=(1, 1), padding=same)
>>> nn.Conv1d(2, 4, 3, padding=(2,))
Conv1d(2, 4, kernel_size=(3,), stride=(1,), padding=(2,))
>>> c1 = nn.Conv1d(2, 3, 2)
>>> c1.weight
Parameter containing:
tensor([[[-0.2903,  0.3500],
         [-0.1797,  0.4217]],

        [[ 0.1808,  0.0633],
         [-0.0037, -0.0988]],

        [[ 0.0627, -0.1142],
         [-0.0035,  0.0638]]], requires_grad=True)
>>> c1.bias
Parameter containing:
tensor([-0.3911, -0.2621,  0.4037], requires_grad=True)
>>> # forward and backward on small integers
>>> x = torch.arange(16.).view(1, 1, 4, 4)
>>> y = conv(x)
>>> y.shape, y.grad_fn.name()
(torch.Size([1, 4, 2, 2]), 'ConvolutionBackward0')
>>> y.sum().backward()
>>> conv.weight.grad
tensor([[[[10., 14., 18.],
          [26., 30., 34.],
          [42., 46., 50.]]],


        [[[10., 14., 18.],
          [26., 30., 34.],
          [42., 46., 50.]]],


        [[[10., 14., 18.],
          [26., 30., 34.],
          [42., 46., 50.]]],


        [[[10., 14., 18.],
          [26., 30., 34.],
          [42., 46., 50.]]]])
>>> conv.bias.grad
tensor([4., 4., 4., 4.])
>>> w = torch.tensor([[[[1., 0.], [0., -1.]]]], requires_grad=True)
>>> b = torch.tensor([0.5], requires_grad=True)
>>> xin = torch.arange(9.).view(1, 1, 3, 3).requires_grad_()
>>> out = F.conv2d(xin, w, b)
>>> out
tensor([[[[-3.5000, -3.5000],
          [-3.5000, -3.5000]]]], grad_fn=<ConvolutionBackward0>)
>>> (out * torch.tensor([[[[1., 2.], [3., 4.]]]])).sum().backward()
>>> xin.grad
tensor([[[[ 1.,  2.,  0.],
          [ 3.,  3., -2.],
          [ 0., -3., -4.]]]])
>>> w.grad
tensor([[[[27., 37.],
          [57., 67.]]]])
>>> b.grad
tensor([10.])
>>> # stride, padding, dilation, groups
>>> k = torch.ones(1, 1, 3, 3)
>>> F.conv2d(x, k, padding=1)
tensor([[[[10., 18., 24., 18.],
          [27., 45., 54., 39.],
          [51., 81., 90., 63.],
          [42., 66., 72., 50.]]]])
>>> F.conv2d(x, k, stride=2, padding=1)
tensor([[[[10., 24.],
          [51., 90.]]]])
>>> F.conv2d(x, torch.ones(1, 1, 2, 2), dilation=2)
tensor([[[[20., 24.],
          [36., 40.]]]])
>>> F.conv2d(x, torch.ones(1, 1, 2, 2), padding='same')
UserWarning: Using padding='same' with even kernel lengths and odd dilation may require a zero-padded copy of the input be created (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/Convolution.cpp:1101.)
tensor([[[[10., 14., 18., 10.],
          [26., 30., 34., 18.],
          [42., 46., 50., 26.],
          [25., 27., 29., 15.]]]])
>>> g = torch.arange(32.).view(1, 2, 4, 4)
>>> F.conv2d(g, torch.ones(2, 1, 2, 2), groups=2, stride=2)
tensor([[[[ 10.,  18.],
          [ 42.,  50.]],

         [[ 74.,  82.],
          [106., 114.]]]])
>>> F.conv1d(torch.arange(10.).view(1, 2, 5), torch.ones(3, 2, 2), stride=2).shape
torch.Size([1, 3, 2])
>>> F.conv1d(torch.tensor([[1., 2., 3., 4.]]), torch.tensor([[[1., -1.]]]))
tensor([[-1., -1., -1.]])
>>> torch.conv2d(x, k).grad_fn is None
True
>>> F.conv2d(torch.ones(2, 3, 3, requires_grad=True), torch.ones(1, 2, 2, 2)).grad_fn.name()
'SqueezeBackward1'
>>> # pooling
>>> p = torch.tensor([[[[1., 5., 2., 0.], [3., 4., 8., 1.], [0., 2., 6., 7.], [9., 1., 3., 2.]]]])
>>> nn.MaxPool2d(2)
MaxPool2d(kernel_size=2, stride=2, padding=0, dilation=1, ceil_mode=False)
>>> nn.MaxPool2d((2, 3), stride=1, padding=1, dilation=2, ceil_mode=True)
MaxPool2d(kernel_size=(2, 3), stride=1, padding=1, dilation=2, ceil_mode=True)
>>> nn.AvgPool2d(2)
AvgPool2d(kernel_size=2, stride=2, padding=0)
>>> nn.AvgPool2d((2, 3), 1, 1)
AvgPool2d(kernel_size=(2, 3), stride=1, padding=1)
>>> nn.AdaptiveAvgPool2d((2, None))
AdaptiveAvgPool2d(output_size=(2, None))
>>> nn.MaxPool2d(2)(p)
tensor([[[[5., 8.],
          [9., 7.]]]])
>>> F.max_pool2d(p, 2, return_indices=True)
(tensor([[[[5., 8.],
          [9., 7.]]]]), tensor([[[[ 1,  6],
          [12, 11]]]]))
>>> F.max_pool2d(p, 3, stride=2, padding=1, ceil_mode=True)
tensor([[[[5., 8., 1.],
          [9., 8., 7.],
          [9., 3., 2.]]]])
>>> F.avg_pool2d(p, 2)
tensor([[[[3.2500, 2.7500],
          [3.0000, 4.5000]]]])
>>> F.avg_pool2d(p, 3, stride=2, padding=1, ceil_mode=True)
tensor([[[[1.4444, 2.2222, 0.1667],
          [2.1111, 3.7778, 1.6667],
          [1.6667, 1.0000, 0.5000]]]])
>>> F.avg_pool2d(p, 3, stride=2, padding=1, count_include_pad=False)
tensor([[[[3.2500, 3.3333],
          [3.1667, 3.7778]]]])
>>> F.avg_pool2d(p, 2, divisor_override=3)
tensor([[[[4.3333, 3.6667],
          [4.0000, 6.0000]]]])
>>> F.adaptive_avg_pool2d(p, 2)
tensor([[[[3.2500, 2.7500],
          [3.0000, 4.5000]]]])
>>> F.adaptive_avg_pool2d(p, (3, 2))
tensor([[[[3.2500, 2.7500],
          [2.2500, 5.5000],
          [3.0000, 4.5000]]]])
>>> nn.AdaptiveAvgPool2d(1)(p)
tensor([[[[3.3750]]]])
>>> q = p.clone().requires_grad_()
>>> m = F.max_pool2d(q, 2)
>>> m.grad_fn.name()
'MaxPool2DWithIndicesBackward0'
>>> m.sum().backward()
>>> q.grad
tensor([[[[0., 1., 0., 0.],
          [0., 0., 1., 0.],
          [0., 0., 0., 1.],
          [1., 0., 0., 0.]]]])
>>> q.grad = None
>>> a = F.avg_pool2d(q, 2, stride=1)
>>> a.grad_fn.name()
'AvgPool2DBackward0'
>>> a.sum().backward()
>>> q.grad
tensor([[[[0.2500, 0.5000, 0.5000, 0.2500],
          [0.5000, 1.0000, 1.0000, 0.5000],
          [0.5000, 1.0000, 1.0000, 0.5000],
          [0.2500, 0.5000, 0.5000, 0.2500]]]])
>>> F.adaptive_avg_pool2d(q, 3).grad_fn.name()
'AdaptiveAvgPool2DBackward0'
>>> F.adaptive_avg_pool2d(q, 1).grad_fn.name()
'MeanBackward1'
>>> # a tiny CNN
>>> _ = torch.manual_seed(1)
>>> net = nn.Sequential(nn.Conv2d(1, 2, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten())
>>> net
Sequential(
  (0): Conv2d(1, 2, kernel_size=(3, 3), stride=(1, 1), padding=(1, 1))
  (1): ReLU()
  (2): MaxPool2d(kernel_size=2, stride=2, padding=0, dilation=1, ceil_mode=False)
  (3): Flatten(start_dim=1, end_dim=-1)
)
>>> net(torch.ones(1, 1, 4, 4)).shape
torch.Size([1, 8])
>>> # wrong shapes: PyTorch's messages
>>> F.conv2d(torch.ones(1, 2, 5, 5), torch.ones(3, 1, 3, 3))
RuntimeError: Given groups=1, weight of size [3, 1, 3, 3], expected input[1, 2, 5, 5] to have 1 channels, but got 2 channels instead
>>> F.conv2d(torch.ones(5, 5), torch.ones(3, 1, 3, 3))
RuntimeError: Expected 3D (unbatched) or 4D (batched) input to conv2d, but got input of size: [5, 5]
>>> F.conv2d(torch.ones(1, 2, 5, 5), torch.ones(3, 2, 7, 7))
RuntimeError: Calculated padded input size per channel: (5 x 5). Kernel size: (7 x 7). Kernel size can't be greater than actual input size
>>> F.conv2d(torch.ones(1, 2, 5, 5), torch.ones(3, 2, 3, 3), torch.ones(4))
RuntimeError: Given weight of size [3, 2, 3, 3], expected bias to be 1-dimensional with 3 elements, but got bias of size [4] instead
>>> F.conv2d(torch.ones(1, 4, 5, 5), torch.ones(3, 2, 3, 3), groups=2)
RuntimeError: Given groups=2, expected weight to be divisible by 2 at dimension 0, but got weight of size [[3, 2, 3, 3]] instead
>>> F.conv2d(torch.ones(1, 2, 5, 5), torch.ones(3, 2, 3, 3), stride=2, padding='same')
RuntimeError: padding='same' is not supported for strided convolutions
>>> F.conv2d(torch.ones(1, 2, 5, 5), torch.ones(3, 2, 3, 3, dtype=torch.float64))
RuntimeError: expected scalar type Float but found Double
>>> F.conv1d(torch.ones(1, 2, 5), torch.ones(3, 2, 3, 3))
RuntimeError: Expected 4-dimensional input for 4-dimensional weight [3, 2, 3, 3], but got 3-dimensional input of size [1, 2, 5] instead
>>> conv(torch.ones(1, 3, 8, 8))
RuntimeError: Given groups=1, weight of size [4, 1, 3, 3], expected input[1, 3, 8, 8] to have 1 channels, but got 3 channels instead
>>> nn.Conv2d(2, 4, 3, groups=3)
ValueError: in_channels must be divisible by groups
>>> F.max_pool2d(torch.ones(5, 5), 2)
RuntimeError: non-empty 3D or 4D (batch mode) tensor expected for input
>>> F.max_pool2d(torch.ones(1, 1, 5, 5), 2, padding=2)
RuntimeError: pad should be at most half of effective kernel size, but got pad=2, kernel_size=2 and dilation=1
>>> F.avg_pool2d(torch.ones(1, 1, 5, 5), 7)
RuntimeError: Given input size: (1x5x5). Calculated output size: (1x0x0). Output size is too small
>>> F.adaptive_avg_pool2d(torch.ones(5, 5), 2)
RuntimeError: adaptive_avg_pool2d(): Expected 3D or 4D tensor, but got [5, 5]
