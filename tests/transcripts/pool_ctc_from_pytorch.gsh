>>> # fractional max pooling, ctc_loss and segment_reduce, generated from PyTorch 2.13
>>> import torch
>>> import torch.nn as nn
>>> import torch.nn.functional as F
>>> _ = torch.manual_seed(0)
>>> input = torch.randn(20, 16, 50, 32)
>>> out = F.fractional_max_pool2d(input, 3, output_size=(13, 12))
>>> out.shape, out.sum().item(), out[3, 7].tolist()
(torch.Size([20, 16, 13, 12]), 74111.4375, [[1.0190671682357788, 2.470081090927124, 1.7790131568908691, 2.2675764560699463, 1.2177138328552246, 1.628657579421997, 1.2651089429855347, 1.2651089429855347, 0.9864770770072937, 0.685339093208313, 1.7323219776153564, 3.035954713821411], [0.6600313186645508, 1.3837494850158691, 2.362942695617676, 1.2657086849212646, 1.9310017824172974, 1.6296703815460205, 0.803460419178009, 1.213248610496521, 1.0657991170883179, 1.2410767078399658, 1.5584555864334106, 2.5634264945983887], [0.5743018984794617, 0.017343344166874886, 1.4444186687469482, 1.4711707830429077, 1.4624464511871338, 1.9764348268508911, 1.3738300800323486, 1.5116355419158936, 1.0664085149765015, 1.168835163116455, 0.8146122694015503, 1.3269059658050537], [1.5626726150512695, 1.8234835863113403, 1.4192792177200317, 1.8569295406341553, 0.5925232768058777, 1.4376068115234375, 0.914929986000061, 1.02012038230896, 1.7134549617767334, 1.4084933996200562, 1.469970703125, 1.7774871587753296], [0.26750701665878296, 0.9773726463317871, 2.058643341064453, 1.3990511894226074, 1.2296956777572632, 0.9109178781509399, 0.731870710849762, 1.8493492603302002, -0.060879964381456375, 1.8601140975952148, 1.8601140975952148, -0.26692405343055725], [1.4042067527770996, 0.9653238654136658, 1.993447184562683, 1.7089080810546875, 0.9113919138908386, 2.2406578063964844, 0.5466452240943909, 1.057687520980835, 1.468691349029541, 2.052175521850586, 2.326510429382324, 1.470271110534668], [0.336826890707016, 1.2996820211410522, 1.6076266765594482, 1.8840042352676392, 1.91916024684906, 1.7990007400512695, 0.7357977628707886, 1.3395462036132812, 1.6195162534713745, 0.9923878908157349, 0.9923878908157349, 1.635149598121643], [0.9507057070732117, 1.738170862197876, 1.121837854385376, 2.2711822986602783, 2.008453369140625, 1.1759600639343262, 1.085132122039795, 0.4119141399860382, 1.2555941343307495, 0.7972428202629089, 1.2068610191345215, 0.9535790681838989], [1.19319748878479, 1.6275640726089478, 1.0831774473190308, 1.7471290826797485, 1.681847095489502, 1.9447084665298462, 0.9764924049377441, 2.3714425563812256, 1.5725202560424805, 1.8038604259490967, 1.0668939352035522, 2.474705696105957], [1.7352629899978638, 1.140805721282959, 2.098900556564331, 2.127493381500244, 2.127493381500244, 1.8319272994995117, 1.383812427520752, 1.4863917827606201, 1.6842079162597656, 1.1377495527267456, 1.1377495527267456, 0.22598375380039215], [0.6453607082366943, 1.3659147024154663, 1.9775415658950806, 1.853476643562317, 1.853476643562317, 1.843603491783142, 1.2825026512145996, 0.7868893146514893, 3.1892473697662354, 1.8911640644073486, 1.8911640644073486, 1.9195165634155273], [2.4141552448272705, 1.0713143348693848, 0.5341113209724426, 1.9692693948745728, 1.3981961011886597, 2.5488405227661133, 0.9207806587219238, 1.1606627702713013, 1.5338319540023804, 1.8764909505844116, 1.4140024185180664, 2.7011280059814453], [1.266874074935913, 1.6516426801681519, 1.1761045455932617, 1.1833792924880981, 1.5835789442062378, 1.7661817073822021, 1.0256363153457642, 1.0812979936599731, 0.9689149260520935, 1.3398056030273438, 1.122287631034851, 1.1230995655059814]])
>>> out = F.fractional_max_pool2d(input, 3, output_ratio=(0.5, 0.5))
>>> out.shape, out.sum().item(), out[19, 15, -1].tolist()
(torch.Size([20, 16, 25, 16]), 189926.765625, [0.60540372133255, 1.5305269956588745, 1.5305269956588745, 1.191105604171753, 1.6312456130981445, 1.4713176488876343, 0.9286590218544006, 0.5676562786102295, 0.4391189217567444, 1.7567493915557861, 1.7567493915557861, 1.0024381875991821, 0.9757192134857178, 2.0135891437530518, 1.4475756883621216, 1.4475756883621216])
>>> input = torch.randn(2, 3, 20, 16, 12)
>>> out, idx = F.fractional_max_pool3d(input, 3, output_size=(7, 6, 5), return_indices=True)
>>> out.shape, out.sum().item(), idx.sum().item(), out[1, 2, 3].tolist()
(torch.Size([2, 3, 7, 6, 5]), 2488.813232421875, 2371196, [[1.3565621376037598, 1.1176661252975464, 1.0315812826156616, 1.6238528490066528, 1.9651612043380737], [1.910324215888977, 1.910324215888977, 1.2231285572052002, 3.832444429397583, 1.8204690217971802], [1.214601993560791, 1.5947294235229492, 1.8098559379577637, 1.7864375114440918, 1.5894014835357666], [2.038945436477661, 2.038945436477661, 1.5849512815475464, 1.0172364711761475, 1.9620695114135742], [2.317718505859375, 1.9816237688064575, 1.4905765056610107, 2.6593785285949707, 2.6593785285949707], [2.2874817848205566, 2.2874817848205566, 1.548766016960144, 2.290922164916992, 2.167449951171875]])
>>> F.fractional_max_pool3d(input, 2, output_ratio=(0.5, 0.5, 0.5)).sum().item()
4079.312744140625
>>> F.fractional_max_pool3d(input, 2, output_ratio=0.5).shape
torch.Size([2, 3, 10, 8, 6])
>>> x = torch.randn(1, 2, 7, 6, requires_grad=True)
>>> y, i = F.fractional_max_pool2d(x, 2, output_size=3, return_indices=True)
>>> y
tensor([[[[ 0.6852,  1.5013,  0.8351],
          [ 0.6950,  0.9231,  1.1998],
          [ 0.6386,  0.1844,  1.0323]],

         [[ 1.5623,  1.1929,  0.9799],
          [ 0.8020,  1.3707, -0.0830],
          [ 0.1101,  1.4746,  2.0346]]]],
       grad_fn=<FractionalMaxPool2DBackward0>)
>>> i
tensor([[[[ 1,  3,  4],
          [13, 14, 16],
          [30, 32, 35]],

         [[ 0,  8,  5],
          [24, 21, 29],
          [36, 39, 34]]]])
>>> y.sum().backward()
>>> x.grad
tensor([[[[0., 1., 0., 1., 1., 0.],
          [0., 0., 0., 0., 0., 0.],
          [0., 1., 1., 0., 1., 0.],
          [0., 0., 0., 0., 0., 0.],
          [0., 0., 0., 0., 0., 0.],
          [1., 0., 1., 0., 0., 1.],
          [0., 0., 0., 0., 0., 0.]],

         [[1., 0., 0., 0., 0., 1.],
          [0., 0., 1., 0., 0., 0.],
          [0., 0., 0., 0., 0., 0.],
          [0., 0., 0., 1., 0., 0.],
          [1., 0., 0., 0., 0., 1.],
          [0., 0., 0., 0., 1., 0.],
          [1., 0., 0., 1., 0., 0.]]]])
>>> s = torch.tensor([[[0.3, 0.9], [0.5, 0.1]]])
>>> F.fractional_max_pool2d(x, (2, 3), output_size=(4, 3), _random_samples=s)
tensor([[[[0.6852, 1.5013, 1.5013],
          [0.9231, 0.9231, 1.1998],
          [0.4920, 0.4920, 0.1507],
          [0.6386, 0.6348, 1.0323]],

         [[1.5623, 1.1929, 0.9799],
          [1.2040, 1.2253, 1.2253],
          [0.8917, 1.3707, 1.3707],
          [0.1101, 2.0346, 2.0346]]]], grad_fn=<FractionalMaxPool2DBackward0>)
>>> F.fractional_max_pool2d_with_indices(x, 2, output_ratio=(0.5, 0.5), _random_samples=s)
(tensor([[[[0.6852, 1.5013, 0.8351],
          [0.6950, 0.9231, 1.1998],
          [0.6386, 0.1844, 1.0323]],

         [[1.5623, 1.1929, 0.9799],
          [1.1677, 1.3707, 0.3228],
          [0.1101, 1.4746, 2.0346]]]], grad_fn=<FractionalMaxPool2DBackward0>), tensor([[[[ 1,  3,  4],
          [13, 14, 16],
          [30, 32, 35]],

         [[ 0,  8,  5],
          [13, 21, 17],
          [36, 39, 34]]]]))
>>> F.fractional_max_pool2d(x[0], 2, output_size=(3, 2), _random_samples=s[:1])
tensor([[[0.6852, 0.8351],
         [0.6950, 1.1998],
         [0.6386, 1.0323]],

        [[1.5623, 0.9799],
         [1.1677, 0.3228],
         [0.1101, 2.0346]]], grad_fn=<FractionalMaxPool2DBackward0>)
>>> F.fractional_max_pool2d(x, 2, output_size=(1, 1), _random_samples=s)
tensor([[[[1.0323]],

         [[2.0346]]]], grad_fn=<FractionalMaxPool2DBackward0>)
>>> F.fractional_max_pool2d(x.double(), 3, output_size=(5, 4), _random_samples=s.double())
tensor([[[[0.9231, 1.5013, 1.5013, 1.5013],
          [0.9231, 0.9231, 1.1998, 1.1998],
          [0.9231, 0.9231, 1.1998, 1.1998],
          [0.6386, 0.6348, 0.4920, 1.0323],
          [0.6386, 0.6348, 0.4920, 1.0323]],

         [[1.5623, 1.2253, 1.2253, 1.2253],
          [1.2040, 1.3707, 1.3707, 1.3707],
          [1.2006, 1.3707, 1.3707, 1.3707],
          [0.8917, 1.3707, 2.0346, 2.0346],
          [0.8020, 1.4746, 2.0346, 2.0346]]]], dtype=torch.float64,
       grad_fn=<FractionalMaxPool2DBackward0>)
>>> F.fractional_max_pool2d(torch.arange(36.).view(1, 1, 6, 6).half(), 2, output_size=3, _random_samples=torch.tensor([[[0.7, 0.2]]]).half())
tensor([[[[ 7.,  9., 11.],
          [19., 21., 23.],
          [31., 33., 35.]]]], dtype=torch.float16)
>>> z = torch.tensor([[[[1., float('nan'), 3.], [float('nan'), 2., 5.], [4., 4., 0.]]]])
>>> F.fractional_max_pool2d(z, 2, output_size=2, return_indices=True, _random_samples=torch.tensor([[[0.5, 0.5]]]))
(tensor([[[[nan, nan],
          [nan, 5.]]]]), tensor([[[[3, 1],
          [3, 5]]]]))
>>> F.fractional_max_pool2d(torch.zeros(0, 2, 5, 5), 2, output_size=3).shape
torch.Size([0, 2, 3, 3])
>>> F.fractional_max_pool2d(x, 0, output_size=3)
tensor([[[[-inf, -inf, -inf],
          [-inf, -inf, -inf],
          [-inf, -inf, -inf]],

         [[-inf, -inf, -inf],
          [-inf, -inf, -inf],
          [-inf, -inf, -inf]]]], grad_fn=<FractionalMaxPool2DBackward0>)
>>> F.fractional_max_pool2d(x, 2, output_size=0).shape
torch.Size([1, 2, 0, 0])
>>> x3 = torch.randn(2, 6, 5, 7, requires_grad=True)
>>> y3, i3 = F.fractional_max_pool3d(x3, 2, output_size=(3, 2, 2), return_indices=True)
>>> y3
tensor([[[[2.5955, 0.4509],
          [0.7183, 0.4929]],

         [[1.1324, 0.5145],
          [1.2255, 0.9917]],

         [[1.0356, 1.1660],
          [2.1632, 0.5073]]],


        [[[0.7720, 1.7800],
          [0.7415, 1.5448]],

         [[2.0865, 1.4930],
          [0.7938, 0.7588]],

         [[2.7569, 0.6358],
          [1.7965, 1.3268]]]], grad_fn=<FractionalMaxPool3DBackward0>)
>>> i3
tensor([[[[  7,  12],
          [ 21,  26]],

         [[105,  76],
          [ 92, 132]],

         [[183, 152],
          [162, 166]]],


        [[[  8,   5],
          [ 64,  26]],

         [[ 70,  76],
          [ 99, 139]],

         [[182, 187],
          [169, 174]]]])
>>> torch.autograd.grad(y3.sum(), x3)[0].sum(dim=(1, 2, 3))
tensor([12., 12.])
>>> F.fractional_max_pool3d_with_indices(x3, (2, 1, 3), (4, 3, 2), _random_samples=torch.tensor([[[0.1, 0.5, 0.9], [0.9, 0.0, 0.4]]]))[1]
tensor([[[[  1,   4],
          [ 15,  55],
          [ 30,  67]],

         [[ 36,  74],
          [ 50,  55],
          [ 98, 103]],

         [[105,  74],
          [119,  88],
          [ 98, 137]],

         [[141, 146],
          [191, 160],
          [205, 172]]],


        [[[ 37,   5],
          [ 15,  53],
          [ 64,  67]],

         [[ 70,  39],
          [ 84,  88],
          [ 99, 102]],

         [[ 70,  76],
          [119,  88],
          [ 99, 137]],

         [[141, 179],
          [189, 160],
          [169, 174]]]])
>>> y.grad_fn.name(), y3.grad_fn.name()
('FractionalMaxPool2DBackward0', 'FractionalMaxPool3DBackward0')
>>> g, = torch.autograd.grad(F.fractional_max_pool2d(x, 2, output_size=3, _random_samples=s).sum(), x, create_graph=True)
>>> g.sum(), g.grad_fn.name()
(tensor(18., grad_fn=<SumBackward0>), 'FractionalMaxPool2DBackwardBackward0')
>>> torch.autograd.grad(g, x, torch.ones_like(g))[0].sum()
tensor(0.)
>>> F.fractional_max_pool2d(x, 2)
ValueError: fractional_max_pool2d requires specifying either an output_size or an output_ratio
>>> F.fractional_max_pool2d(x, 2, output_ratio=0.5)
TypeError: object of type 'float' has no len()
>>> F.fractional_max_pool2d(x, 2, output_ratio=(0.5, 0.5, 0.5))
ValueError: fractional_max_pool2d requires output_ratio to either be a single Int or tuple of Ints.
>>> F.fractional_max_pool2d(x, 2, output_size=7)
RuntimeError: fractional_max_pool2d(): pool height 2 too large relative to input height 7
>>> F.fractional_max_pool2d(x, 2, output_size=(3, 2, 1))
RuntimeError: fractional_max_pool2d: output_size must either be a single Int or tuple of Ints
>>> F.fractional_max_pool2d(x, (2, 2, 2), output_size=3)
RuntimeError: fractional_max_pool2d: kernel_size must either be a single Int or tuple of Ints
>>> F.fractional_max_pool2d(x[0, 0], 2, output_size=3)
IndexError: Dimension out of range (expected to be in range of [-2, 1], but got -3)
>>> F.fractional_max_pool2d(x, 2, output_size=3, _random_samples=s.double())
RuntimeError: Expect _random_samples to have the same dtype as input
>>> F.fractional_max_pool2d(x, 2, output_size=3, _random_samples=s[0])
RuntimeError: Expect _random_samples to have 3 dimensions, got 2
>>> F.fractional_max_pool2d(x, 2, output_size=3, _random_samples=s[:, :1])
RuntimeError: Expect _random_samples.size(1) equals to input channel size.
>>> F.fractional_max_pool2d(x, 2, output_size=3, _random_samples=torch.rand(1, 2, 3))
RuntimeError: Expect _random_samples.size(2) equals to 2; got 3.
>>> F.fractional_max_pool2d(x.long(), 2, output_size=3)
NotImplementedError: "check_uniform_bounds" not implemented for 'Long'
>>> F.fractional_max_pool2d(torch.zeros(2, 0, 5, 5), 2, output_size=3)
RuntimeError: fractional_max_pool2d(): Expected input to have non-zero size for non-batch dimensions, but got[2, 0, 5, 5] with dimension 1 being empty.
>>> F.fractional_max_pool3d(x, 2, output_size=2)
RuntimeError: fractional_max_pool3d_out(): pool time 2 too large relative to input time 2
>>> F.fractional_max_pool3d(x3, 2, output_size=(5, 2, 2))
RuntimeError: fractional_max_pool3d_out(): pool time 2 too large relative to input time 6
>>> F.fractional_max_pool3d(x3, 2, output_size=(3, 2, 3))
tensor([[[[2.5955, 1.4938, 0.4509],
          [0.7183, 1.2928, 0.4929]],

         [[1.1324, 1.7968, 0.5145],
          [1.2255, 1.2189, 0.9917]],

         [[1.0356, 1.0020, 1.1660],
          [2.1632, 1.7555, 0.5073]]],


        [[[0.7720, 0.7607, 1.7800],
          [0.7415, 1.4527, 1.5448]],

         [[2.0865, 1.2670, 1.4930],
          [0.7938, 1.1718, 0.7588]],

         [[2.7569, 1.2204, 0.6358],
          [1.7965, 0.8180, 1.3268]]]], grad_fn=<FractionalMaxPool3DBackward0>)
>>> F.fractional_max_pool3d(x3, 2, output_size=(3, 4, 2))
RuntimeError: fractional_max_pool3d_out(): pool height 2 too large relative to input height 5
>>> F.fractional_max_pool3d(x3, (2, 2), output_size=(3, 2, 2))
RuntimeError: fractional_max_pool3d: kernel_size must either be a single Int or tuple of three Ints
>>> F.fractional_max_pool3d(x3, 2, output_size=(3, 2))
RuntimeError: fractional_max_pool3d: output_size must either be a single Int or tuple of three Ints
>>> F.fractional_max_pool3d(x3, 2)
ValueError: fractional_max_pool3d requires specifying either an output_size or an output_ratio
>>> F.fractional_max_pool3d(x3[0], 2, output_size=2)
IndexError: Dimension out of range (expected to be in range of [-3, 2], but got -4)
>>> F.fractional_max_pool2d(x, 2, output_size=-1)
RuntimeError: Trying to create tensor with negative dimension -1: [1, 2, -1, -1]
>>> F.fractional_max_pool2d(x, 2.5, output_size=2)
TypeError: fractional_max_pool2d(): argument 'kernel_size' (position 2) must be tuple of ints, not float
>>> F.fractional_max_pool2d(x, (2, 2.5), output_size=2)
TypeError: fractional_max_pool2d(): argument 'kernel_size' failed to unpack the object at pos 2 with error "type must be tuple of ints,but got float"
>>> F.fractional_max_pool2d(x, -1, output_size=2, return_indices=True)
(tensor([[[[-inf, -inf],
          [-inf, -inf]],

         [[-inf, -inf],
          [-inf, -inf]]]], grad_fn=<FractionalMaxPool2DBackward0>), tensor([[[[ 0,  7],
          [48, 55]],

         [[ 0,  7],
          [48, 55]]]]))
>>> F.fractional_max_pool2d(x, 2, output_size=(3, 4), return_indices=True, _random_samples=torch.tensor([[[-0.5, 2.0], [1.0, 0.99]]]))
(tensor([[[[ 0.6852,  0.6852,  1.5013,  0.8351],
          [ 0.6950,  0.6950,  0.9231,  1.1998],
          [ 0.6386,  0.6386,  0.1844,  1.0323]],

         [[ 1.5623,  1.1929,  0.8938,  0.9799],
          [ 1.1677,  1.2006,  1.3707,  0.3228],
          [ 0.1101, -0.2204,  2.0346,  2.0346]]]],
       grad_fn=<FractionalMaxPool2DBackward0>), tensor([[[[ 1,  1,  3,  4],
          [13, 13, 14, 16],
          [30, 30, 32, 35]],

         [[ 0,  8,  9,  5],
          [13, 14, 21, 17],
          [36, 38, 34, 34]]]]))
>>> F.fractional_max_pool2d(x, 2, output_size=2, _random_samples=torch.rand(3, 2, 2))
tensor([[[[0.6852, 0.8351],
          [0.6386, 1.0323]],

         [[1.5623, 0.9799],
          [0.1101, 2.0346]]]], grad_fn=<FractionalMaxPool2DBackward0>)
>>> nn.FractionalMaxPool2d(3, output_ratio=(0.5, 0.5))
FractionalMaxPool2d()
>>> nn.FractionalMaxPool3d(2, output_size=(3, 2, 2))
FractionalMaxPool3d()
>>> nn.FractionalMaxPool2d(3)
ValueError: FractionalMaxPool2d requires specifying either an output size, or a pooling ratio
>>> nn.FractionalMaxPool2d(3, output_size=2, output_ratio=0.5)
ValueError: only one of output_size and output_ratio may be specified
>>> nn.FractionalMaxPool2d(3, output_ratio=1.5)
ValueError: output_ratio must be between 0 and 1 (got 1.5)
>>> nn.FractionalMaxPool3d(3, output_ratio=(0.5, 1.5, 0.5))
ValueError: output_ratio must be between 0 and 1 (got (0.5, 1.5, 0.5))
>>> nn.FractionalMaxPool3d(0, output_ratio=0.5)
ValueError: kernel_size must be greater than 0, but got 0
>>> m = nn.FractionalMaxPool2d(2, output_ratio=0.5)
>>> m.kernel_size, m.output_ratio, m.output_size
((2, 2), (0.5, 0.5), None)
>>> m(torch.arange(36.).view(1, 1, 6, 6))
tensor([[[[ 7.,  9., 11.],
          [19., 21., 23.],
          [31., 33., 35.]]]])
>>> nn.FractionalMaxPool2d((2, 3), output_size=4, return_indices=True)(torch.randn(2, 7, 9))
(tensor([[[ 1.3041, -0.1799,  2.0683,  0.4832],
         [ 1.3041,  1.1438,  2.0683,  1.7025],
         [ 2.1215,  2.1215,  0.7672,  0.7299],
         [ 1.2397,  1.2397,  1.0786,  0.9025]],

        [[ 1.4288,  1.2050,  1.4828,  2.0195],
         [ 0.8650,  0.1497,  2.2560,  2.2560],
         [ 0.8815,  2.1018,  2.1018,  3.4072],
         [ 2.6225,  1.3494,  1.3494,  1.7602]]]), tensor([[[10, 13, 14,  6],
         [10, 22, 14, 24],
         [29, 29, 41, 44],
         [56, 56, 49, 52]],

        [[ 0,  2, 15, 16],
         [19, 21, 24, 24],
         [29, 40, 40, 43],
         [54, 49, 49, 62]]]))
>>> nn.FractionalMaxPool3d(2, output_ratio=0.5)(torch.randn(1, 2, 6, 6, 5))
tensor([[[[[3.5614, 1.1094],
           [1.1092, 1.0803],
           [1.3508, 1.2598]],

          [[1.6479, 0.9996],
           [1.4035, 1.1870],
           [1.2719, 0.3912]],

          [[1.7711, 1.0618],
           [0.9625, 1.3004],
           [0.4142, 2.2550]]],


         [[[1.8630, 1.5790],
           [1.5901, 0.7508],
           [1.8009, 1.7648]],

          [[1.9354, 0.9692],
           [1.3968, 1.7605],
           [1.3252, 1.3870]],

          [[2.0897, 1.2436],
           [1.5334, 1.4081],
           [0.4573, 0.2660]]]]])
>>> log_probs = torch.randn(50, 16, 20).log_softmax(2).detach().requires_grad_()
>>> targets = torch.randint(1, 20, (16, 30), dtype=torch.long)
>>> input_lengths = torch.full((16,), 50, dtype=torch.long)
>>> target_lengths = torch.randint(10, 30, (16,), dtype=torch.long)
>>> loss = F.ctc_loss(log_probs, targets, input_lengths, target_lengths)
>>> loss.backward()
>>> loss, log_probs.grad.shape
(tensor(6.8553, grad_fn=<MeanBackward0>), torch.Size([50, 16, 20]))
>>> log_probs = (torch.randn(50, 16, 20) * 0.5 - 3).requires_grad_()
>>> loss = F.ctc_loss(log_probs, targets, input_lengths, target_lengths)
>>> loss.backward()
>>> loss.item()
6.126676559448242
>>> log_probs.grad.sum().item(), log_probs.grad[0, 0].tolist(), log_probs.grad[49, 15].tolist()
(0.39415138959884644, [-0.0007740564760752022, 0.0003121269401162863, 7.995954365469515e-05, 9.489010699326172e-05, 0.00020680621673818678, 0.00018431359785608947, 0.00012982067710254341, 0.00032902410021051764, 0.00022664749121759087, 0.00012753074406646192, -0.001650843652896583, 7.392338011413813e-05, 0.00021588044182863086, 0.0002899468527175486, 5.700542533304542e-05, 0.000121095115900971, 0.00010207664308836684, 0.0001325742923654616, 0.00010161582031287253, 4.223200085107237e-05], [-0.0038687100168317556, 0.0003380758862476796, 0.00025619586813263595, 0.0003945249773096293, 0.00016919834888540208, 0.0005239578895270824, 0.0004300156724639237, 0.0001491849252488464, 0.0002252580161439255, 0.0005645797355100513, 0.0006640439387410879, 0.000491976912599057, 0.0006916127167642117, 6.398180266842246e-05, 0.0004689316265285015, 0.0003437128907535225, 0.0004280247667338699, -0.0016690988559275866, 0.0006551917758770287, 0.00028242700500413775])
>>> log_probs.grad[17, 3].tolist()
[-0.0008427397115156054, 0.0001561003300594166, 8.309158147312701e-05, -0.0006117637967690825, -0.00027522913296706975, -0.000449241983005777, 0.00011670888488879427, 0.0001604412100277841, 4.2695854062912986e-05, 0.0001923332310980186, 0.0001747867645462975, 0.0001329374936176464, 8.79764265846461e-05, 0.00020581565331667662, 0.0001626595767447725, 8.989019261207432e-05, 0.00023848509590607136, -0.00015695740876253694, 0.00019732541113626212, 0.0003053031105082482]
>>> F.ctc_loss(log_probs, targets, input_lengths, target_lengths, reduction='none').tolist()
[97.74091339111328, 99.25965881347656, 99.22771453857422, 100.86071014404297, 104.87013244628906, 102.77693176269531, 99.41128540039062, 109.68937683105469, 99.26472473144531, 103.51764678955078, 100.10874938964844, 107.6494140625, 98.66520690917969, 104.69892883300781, 99.63053131103516, 112.8701400756836]
>>> T, C, N, S = 50, 20, 16, 30
>>> input = (torch.randn(T, N, C) - 3).requires_grad_()
>>> input_lengths = torch.randint(low=1, high=T, size=(N,), dtype=torch.long)
>>> target_lengths = torch.randint(low=1, high=S, size=(N,), dtype=torch.long)
>>> target = torch.randint(low=1, high=C, size=(sum(target_lengths),), dtype=torch.long)
>>> ctc = nn.CTCLoss()
>>> loss = ctc(input, target, input_lengths, target_lengths)
>>> loss.backward()
>>> loss
tensor(inf, grad_fn=<MeanBackward0>)
>>> input.grad.sum().item(), input.grad[0, 1].tolist()
(nan, [-0.0004836708540096879, 3.0989172955742106e-05, 0.0014497908996418118, 0.00037490137037821114, 0.00016832999244797975, 0.0004169208405073732, 8.07230535428971e-05, 0.00034926150692626834, 0.00024569890229031444, 0.0007086714031174779, 0.00036868633469566703, 5.512710413313471e-05, 6.262170791160315e-05, -0.0031569707207381725, 0.00010556515189819038, 0.0003612009168136865, 0.00024084770120680332, 0.0013213425409048796, 0.0015705793630331755, 0.00010856508743017912])
>>> nn.CTCLoss(reduction='none')(input, target, input_lengths, target_lengths).tolist()
[43.23934555053711, 85.45234680175781, inf, inf, 70.03860473632812, 66.08866119384766, 74.77151489257812, 76.6534652709961, 88.4708023071289, 66.51679229736328, inf, inf, 53.096771240234375, inf, inf, 32.16011047363281]
>>> nn.CTCLoss(reduction='sum', zero_infinity=True)(input, target, input_lengths, target_lengths).item()
656.4884033203125
>>> lp = (torch.randn(6, 2, 5) - 1.5).requires_grad_()
>>> tg = torch.tensor([[1, 2, 2], [3, 1, 0]])
>>> il = torch.tensor([6, 5])
>>> tl = torch.tensor([3, 2])
>>> l = F.ctc_loss(lp, tg, il, tl, reduction='none')
>>> l, l.tolist(), l.grad_fn.next_functions[0][0].name()
(tensor([4.1966, 4.0046], grad_fn=<CtcLossBackward0>), [4.196633815765381, 4.004603385925293], 'torch::autograd::AccumulateGrad')
>>> l = F.ctc_loss(lp, tg, il, tl)
>>> l, l.item(), l.grad_fn.next_functions[0][0].name()
(tensor(1.7006, grad_fn=<MeanBackward0>), 1.700589895248413, 'DivBackward0')
>>> l.grad_fn.next_functions[0][0].next_functions[0][0].name()
'CtcLossBackward0'
>>> F.ctc_loss(lp, tg, il, tl, reduction='sum')
tensor(8.2012, grad_fn=<SumBackward0>)
>>> F.ctc_loss(lp, tg, (6, 5), (3, 2)).item(), F.ctc_loss(lp, tg, [6, 5], [3, 2]).item()
(1.700589895248413, 1.700589895248413)
>>> F.ctc_loss(lp, torch.tensor([1, 2, 2, 3, 1]), il, tl, reduction='none').tolist()
[4.196633815765381, 4.004603385925293]
>>> F.ctc_loss(lp, tg.int(), il.int(), tl.int()).item()
1.700589895248413
>>> F.ctc_loss(lp, tg.float(), il, tl).item()
1.700589895248413
>>> F.ctc_loss(lp, tg, il, tl, blank=4, reduction='none').tolist()
[4.030085563659668, 5.355648994445801]
>>> F.ctc_loss(lp.double(), tg, il, tl, reduction='none').tolist()
[4.196633872077597, 4.004603330030907]
>>> F.ctc_loss(lp[:, 0], torch.tensor([1, 2, 2]), torch.tensor(6), torch.tensor(3), reduction='none')
tensor(4.1966, grad_fn=<SqueezeBackward1>)
>>> F.ctc_loss(lp[:, 0], torch.tensor([1, 2, 2]), torch.tensor([6]), torch.tensor([3]))
tensor(1.3989, grad_fn=<MeanBackward0>)
>>> F.ctc_loss(lp, tg, il, torch.tensor([3, 0]), reduction='none').tolist()
[4.196633815765381, 7.968042373657227]
>>> F.ctc_loss(lp, tg, torch.tensor([2, 0]), torch.tensor([3, 0]), reduction='none')
tensor([inf, -0.], grad_fn=<CtcLossBackward0>)
>>> F.ctc_loss(lp, tg, torch.tensor([2, 0]), torch.tensor([3, 0]), reduction='none', zero_infinity=True)
tensor([0., -0.], grad_fn=<WhereBackward0>)
>>> F.ctc_loss(lp, tg, torch.tensor([2, 6]), torch.tensor([3, 2]), zero_infinity=True)
tensor(1.0064, grad_fn=<MeanBackward0>)
>>> g, = torch.autograd.grad(F.ctc_loss(lp, tg, il, tl), lp)
>>> g.tolist()
[[[0.003940199967473745, -0.07328935712575912, 0.018198572099208832, 0.017906438559293747, 0.013007218949496746], [-0.03828968107700348, 0.041841454803943634, 0.07326290756464005, -0.004939167760312557, 0.01658504083752632]], [[0.04566478729248047, 0.004362638108432293, -0.03908950090408325, 0.2149513214826584, 0.01781819574534893], [-0.03426656872034073, 0.0322638675570488, 0.19804176688194275, -0.1359660029411316, 0.04022971913218498]], [[-0.055766694247722626, 0.045429106801748276, -0.07233518362045288, 0.09470617771148682, 0.073135145008564], [-0.09759360551834106, -0.01687265932559967, 0.11298088729381561, -0.03114507906138897, 0.06269049644470215]], [[0.00370866060256958, 0.047287024557590485, -0.012244274839758873, 0.036580801010131836, 0.10803911089897156], [-0.013679862022399902, -0.10493060946464539, 0.169707253575325, 0.012871179729700089, 0.12285509705543518]], [[-0.0402040109038353, 0.08256557583808899, -0.025491606444120407, 0.08016255497932434, 0.02856369875371456], [0.0006820186972618103, -0.07640339434146881, 0.05774236097931862, 0.02950001321732998, 0.04099370911717415]], [[0.0028093631844967604, 0.16274228692054749, -0.06980454176664352, 0.07992441207170486, 0.027713006362318993], [0.0, 0.0, 0.0, 0.0, 0.0]]]
>>> g, = torch.autograd.grad(F.ctc_loss(lp, tg, torch.tensor([2, 6]), torch.tensor([3, 2]), reduction='sum', zero_infinity=True), lp)
>>> g
tensor([[[ 0.0000,  0.0000,  0.0000,  0.0000,  0.0000],
         [-0.1652,  0.1674,  0.2931, -0.0077,  0.0663]],

        [[ 0.0000,  0.0000,  0.0000,  0.0000,  0.0000],
         [-0.2491,  0.1320,  0.7922, -0.4348,  0.1609]],

        [[ 0.0000,  0.0000,  0.0000,  0.0000,  0.0000],
         [-0.4198, -0.0122,  0.4519, -0.1505,  0.2508]],

        [[ 0.0000,  0.0000,  0.0000,  0.0000,  0.0000],
         [-0.0882, -0.2477,  0.6788, -0.0871,  0.4914]],

        [[ 0.0000,  0.0000,  0.0000,  0.0000,  0.0000],
         [ 0.0515, -0.2967,  0.2310,  0.0603,  0.1640]],

        [[ 0.0000,  0.0000,  0.0000,  0.0000,  0.0000],
         [-0.0034, -0.0283,  0.2046,  0.3036,  0.2136]]])
>>> g, = torch.autograd.grad(F.ctc_loss(lp.double(), tg, il, tl, reduction='sum'), lp)
>>> g.tolist()
[[[0.023641185835003853, -0.4397362768650055, 0.1091914251446724, 0.10743863135576248, 0.07804331183433533], [-0.15315866470336914, 0.16736581921577454, 0.2930516302585602, -0.0197566207498312, 0.06634016335010529]], [[0.27398860454559326, 0.02617577277123928, -0.2345370352268219, 1.289707899093628, 0.10690917074680328], [-0.13706624507904053, 0.1290554702281952, 0.792167067527771, -0.5438639521598816, 0.16091887652873993]], [[-0.33460015058517456, 0.27257463335990906, -0.4340112805366516, 0.5682370662689209, 0.4388108551502228], [-0.3903742730617523, -0.06749063730239868, 0.45192354917526245, -0.12458021938800812, 0.2507619857788086]], [[0.02225172147154808, 0.2837221324443817, -0.0734655037522316, 0.21948479115962982, 0.6482346653938293], [-0.054719433188438416, -0.4197225868701935, 0.6788290143013, 0.051484785974025726, 0.4914203882217407]], [[-0.24122406542301178, 0.49539345502853394, -0.15294981002807617, 0.48097530007362366, 0.17138218879699707], [0.002728194696828723, -0.30561357736587524, 0.23096944391727448, 0.11800005286931992, 0.1639748364686966]], [[0.016856197267770767, 0.9764537215232849, -0.4188271462917328, 0.479546457529068, 0.16627803444862366], [0.0, 0.0, 0.0, 0.0, 0.0]]]
>>> g, = torch.autograd.grad(F.ctc_loss(lp[:, 1], tg[1, :2], (5,), (2,)), lp)
>>> g[:, 1].tolist()
[[-0.07657936215400696, 0.08368290960788727, 0.1465258151292801, -0.009878335520625114, 0.03317008167505264], [-0.06853313744068146, 0.0645277351140976, 0.3960835337638855, -0.2719320058822632, 0.08045943826436996], [-0.19518721103668213, -0.03374531865119934, 0.22596177458763123, -0.06229015812277794, 0.1253809928894043], [-0.027359724044799805, -0.20986121892929077, 0.33941450715065, 0.025742359459400177, 0.24571019411087036], [0.0013640373945236206, -0.15280678868293762, 0.11548472195863724, 0.05900002643465996, 0.0819874182343483], [0.0, 0.0, 0.0, 0.0, 0.0]]
>>> g, = torch.autograd.grad(F.ctc_loss(lp, tg, il, tl, reduction='sum'), lp, create_graph=True)
>>> g.grad_fn.name()
'torch::autograd::NotImplemented'
>>> g.sum().backward()
RuntimeError: derivative for aten::_ctc_loss_backward is not implemented
>>> nn.CTCLoss(), nn.CTCLoss(blank=1, reduction='sum', zero_infinity=True)
(CTCLoss(), CTCLoss())
>>> nn.CTCLoss(blank=2)(lp, torch.tensor([[1, 3, 3], [4, 1, 0]]), il, tl)
tensor(1.0158, grad_fn=<MeanBackward0>)
>>> F.ctc_loss(lp, tg, il, tl, blank=5)
RuntimeError: blank must be in label range
>>> F.ctc_loss(lp, tg, il, tl, blank=-1)
RuntimeError: blank must be in label range
>>> F.ctc_loss(lp, tg, il, tl, reduction='foo')
ValueError: foo is not a valid value for reduction
>>> F.ctc_loss(lp, tg, torch.tensor([7, 5]), tl)
RuntimeError: Expected input_lengths to have value at most 6, but got value 7 (while checking arguments for ctc_loss_allocate_outputs)
>>> F.ctc_loss(lp, tg, torch.tensor([-1, 5]), tl)
RuntimeError: Expected input_lengths to have value at least 0, but got value -1 (while checking arguments for ctc_loss_allocate_outputs)
>>> F.ctc_loss(lp, tg, il, torch.tensor([4, 2]))
RuntimeError: Expected tensor to have size at least 4 at dimension 1, but got size 3 for argument #2 'targets' (while checking arguments for ctc_loss_allocate_outputs)
>>> F.ctc_loss(lp, tg, il, torch.tensor([-1, 2]))
RuntimeError: Expected target_lengths to have value at least 0, but got value -1 (while checking arguments for ctc_loss_allocate_outputs)
>>> F.ctc_loss(lp, tg, il[:1], tl)
RuntimeError: input_lengths must be of size batch_size
>>> F.ctc_loss(lp, tg, il, tl[:1])
RuntimeError: target_lengths must be of size batch_size
>>> F.ctc_loss(lp, tg, il.float(), tl)
RuntimeError: input_lengths must be integral
>>> F.ctc_loss(lp, tg, il, tl.float())
RuntimeError: target_lengths must be integral
>>> F.ctc_loss(lp, tg[:1], il, tl)
RuntimeError: Expected tensor to have size 2 at dimension 0, but got size 1 for argument #2 'targets' (while checking arguments for ctc_loss_allocate_outputs)
>>> F.ctc_loss(lp, torch.tensor([1, 2, 2, 3]), il, tl)
RuntimeError: Expected tensor to have size 5 at dimension 0, but got size 4 for argument #2 'targets' (while checking arguments for ctc_loss_allocate_outputs)
>>> F.ctc_loss(lp, tg[None], il, tl)
RuntimeError: Expected 1 to 2 dimensions, but got 3-dimensional tensor for argument #2 'targets' (while checking arguments for ctc_loss_allocate_outputs)
>>> F.ctc_loss(lp[None], tg, il, tl)
RuntimeError: Expected 3-dimensional tensor, but got 5-dimensional tensor for argument #1 'log_probs' (while checking arguments for ctc_loss_allocate_outputs)
>>> F.ctc_loss(lp.half(), tg, il, tl)
NotImplementedError: "ctc_loss_cpu" not implemented for 'Half'
>>> F.ctc_loss(lp, tg, (6, 5.5), (3, 2))
TypeError: ctc_loss(): argument 'input_lengths' failed to unpack the object at pos 2 with error "type must be tuple of ints,but got float"
>>> F.ctc_loss(torch.zeros(4, 0, 3), torch.zeros(0, 2, dtype=torch.long), torch.zeros(0, dtype=torch.long), torch.zeros(0, dtype=torch.long))
RuntimeError: log_probs tensor must not be empty
>>> F.ctc_loss(torch.zeros(4, 1, 3), torch.tensor([[1, 1]]), [2], [2], reduction='none')
tensor([inf])
>>> F.ctc_loss(torch.zeros(4, 1, 3), torch.tensor([[1, 1]]), [3], [2], reduction='none')
tensor([-0.])
>>> F.ctc_loss(torch.zeros(4, 1, 3).log_softmax(2), torch.tensor([[2, 2]]), [4], [2], reduction='none').tolist()
[2.7850112915039062]
>>> data = torch.tensor([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]], dtype=torch.float32, requires_grad=True)
>>> lengths = torch.tensor([2, 1])
>>> torch.segment_reduce(data, 'max', lengths=lengths)
tensor([[ 5.,  6.,  7.,  8.],
        [ 9., 10., 11., 12.]], grad_fn=<SegmentReduceBackward0>)
>>> [torch.segment_reduce(data, r, lengths=lengths) for r in ('sum', 'mean', 'min', 'prod')]
[tensor([[ 6.,  8., 10., 12.],
        [ 9., 10., 11., 12.]], grad_fn=<SegmentReduceBackward0>), tensor([[ 3.,  4.,  5.,  6.],
        [ 9., 10., 11., 12.]], grad_fn=<SegmentReduceBackward0>), tensor([[ 1.,  2.,  3.,  4.],
        [ 9., 10., 11., 12.]], grad_fn=<SegmentReduceBackward0>), tensor([[ 5., 12., 21., 32.],
        [ 9., 10., 11., 12.]], grad_fn=<SegmentReduceBackward0>)]
>>> torch.segment_reduce(data, 'amax', lengths=lengths), torch.segment_reduce(data, 'amin', lengths=lengths)
(tensor([[ 5.,  6.,  7.,  8.],
        [ 9., 10., 11., 12.]], grad_fn=<SegmentReduceBackward0>), tensor([[ 1.,  2.,  3.,  4.],
        [ 9., 10., 11., 12.]], grad_fn=<SegmentReduceBackward0>))
>>> torch.segment_reduce(data, 'sum', offsets=torch.tensor([0, 2, 3]))
tensor([[ 6.,  8., 10., 12.],
        [ 9., 10., 11., 12.]], grad_fn=<SegmentReduceBackward0>)
>>> torch.segment_reduce(data, 'mean', lengths=torch.tensor([0, 3]))
tensor([[nan, nan, nan, nan],
        [5., 6., 7., 8.]], grad_fn=<SegmentReduceBackward0>)
>>> torch.segment_reduce(data, 'mean', lengths=torch.tensor([0, 3]), initial=2)
tensor([[2.0000, 2.0000, 2.0000, 2.0000],
        [5.6667, 6.6667, 7.6667, 8.6667]], grad_fn=<SegmentReduceBackward0>)
>>> torch.segment_reduce(data, 'max', lengths=torch.tensor([0, 3]))
tensor([[-inf, -inf, -inf, -inf],
        [ 9., 10., 11., 12.]], grad_fn=<SegmentReduceBackward0>)
>>> torch.segment_reduce(data, 'prod', lengths=torch.tensor([0, 3]), initial=2)
tensor([[  2.,   2.,   2.,   2.],
        [ 90., 240., 462., 768.]], grad_fn=<SegmentReduceBackward0>)
>>> torch.segment_reduce(data, 'sum', lengths=torch.tensor([[1, 1, 2], [2, 2, 0], [4, 0, 0]]), axis=1)
tensor([[ 1.,  2.,  7.],
        [11., 15.,  0.],
        [42.,  0.,  0.]], grad_fn=<SegmentReduceBackward0>)
>>> torch.segment_reduce(data, 'max', offsets=torch.tensor([[0, 1, 4], [0, 2, 4], [0, 0, 4]]), axis=-1)
tensor([[ 1.,  4.],
        [ 6.,  8.],
        [-inf, 12.]], grad_fn=<SegmentReduceBackward0>)
>>> torch.segment_reduce(data.double(), 'sum', lengths=lengths, unsafe=True)
tensor([[ 6.,  8., 10., 12.],
        [ 9., 10., 11., 12.]], dtype=torch.float64,
       grad_fn=<SegmentReduceBackward0>)
>>> torch.segment_reduce(data.half(), 'mean', lengths=lengths)
tensor([[ 3.,  4.,  5.,  6.],
        [ 9., 10., 11., 12.]], dtype=torch.float16,
       grad_fn=<SegmentReduceBackward0>)
>>> torch.segment_reduce(data, 'sum', lengths=lengths.int())
tensor([[ 6.,  8., 10., 12.],
        [ 9., 10., 11., 12.]], grad_fn=<SegmentReduceBackward0>)
>>> torch.segment_reduce(torch.tensor([-3., 2]), 'max', lengths=torch.tensor([1, 1]), initial=0)
tensor([0., 2.])
>>> w = torch.randn(1000)
>>> torch.segment_reduce(w, 'sum', lengths=torch.tensor([1, 999])).tolist()
[0.05090158060193062, 31.364538192749023]
>>> torch.segment_reduce(w, 'mean', lengths=torch.tensor([500, 500])).tolist()
[0.03433527797460556, 0.028495602309703827]
>>> torch.segment_reduce(w[:40], 'prod', lengths=torch.tensor([17, 23])).tolist()
[7.92967875895556e-06, 4.2344065150246024e-05]
>>> r = torch.segment_reduce(data, 'max', lengths=lengths)
>>> r.grad_fn.name()
'SegmentReduceBackward0'
>>> r.sum().backward()
>>> data.grad
tensor([[0., 0., 0., 0.],
        [1., 1., 1., 1.],
        [1., 1., 1., 1.]])
>>> x = torch.tensor([1., 3, 3, 0, 2, 0, float('nan'), 5], requires_grad=True)
>>> [torch.autograd.grad(torch.segment_reduce(x, r, lengths=torch.tensor([3, 3, 2])), x, torch.tensor([1., 2, 3]))[0] for r in ('max', 'min', 'prod', 'mean', 'sum')]
[tensor([0.0000, 0.5000, 0.5000, 0.0000, 2.0000, 0.0000, 3.0000, 0.0000]), tensor([1., 0., 0., 1., 0., 1., 3., 0.]), tensor([ 9.,  3.,  3.,  0.,  0.,  0., 15., nan]), tensor([0.3333, 0.3333, 0.3333, 0.6667, 0.6667, 0.6667, 1.5000, 1.5000]), tensor([1., 1., 1., 2., 2., 2., 3., 3.])]
>>> torch.autograd.grad(torch.segment_reduce(x, 'prod', lengths=torch.tensor([3, 3, 2]), initial=2), x, torch.tensor([1., 2, 3]))
(tensor([18.,  6.,  6.,  0.,  0.,  0., 30., nan]),)
>>> x = torch.tensor([1., -3, 3, 1, 3, 3], requires_grad=True)
>>> r = torch.segment_reduce(x, 'max', lengths=torch.tensor([3, 3]))
>>> g, = torch.autograd.grad(r, x, torch.tensor([-1., 2.]), create_graph=True)
>>> g
tensor([ 0.,  0., -1.,  0.,  1.,  1.], grad_fn=<NotImplemented>)
>>> g.sum().backward()
RuntimeError: derivative for aten::_segment_reduce_backward is not implemented
>>> y = torch.randn(2, 5, 3, requires_grad=True)
>>> r = torch.segment_reduce(y, 'mean', lengths=torch.tensor([[2, 3], [5, 0]]), axis=1)
>>> r
tensor([[[ 0.0017, -0.9281,  0.5751],
         [ 0.8196, -0.1360, -0.0725]],

        [[ 0.8387,  0.2141, -0.0793],
         [    nan,     nan,     nan]]], grad_fn=<SegmentReduceBackward0>)
>>> torch.autograd.grad(r.sum(), y)
(tensor([[[0.5000, 0.5000, 0.5000],
         [0.5000, 0.5000, 0.5000],
         [0.3333, 0.3333, 0.3333],
         [0.3333, 0.3333, 0.3333],
         [0.3333, 0.3333, 0.3333]],

        [[0.2000, 0.2000, 0.2000],
         [0.2000, 0.2000, 0.2000],
         [0.2000, 0.2000, 0.2000],
         [0.2000, 0.2000, 0.2000],
         [0.2000, 0.2000, 0.2000]]]),)
>>> torch.segment_reduce(data, 'sum', lengths=torch.tensor([2, 2]))
RuntimeError: segment_reduce(): Expected all rows of lengths along axis to sum to data.size(lengths.dim()-1) when !unsafe.
>>> torch.segment_reduce(data, 'sum', lengths=torch.tensor([4, -1]))
RuntimeError: lengths contains negative value!
>>> torch.segment_reduce(data, 'foo', lengths=lengths)
RuntimeError: reduce argument must be either sum, prod, mean, amax or amin, got foo
>>> torch.segment_reduce(data, 'sum')
RuntimeError: segment_reduce(): Either lengths or offsets must be defined.
>>> torch.segment_reduce(data, 'sum', indices=lengths)
RuntimeError: segment_reduce(): indices based reduction is not supported yet.
>>> torch.segment_reduce(data, 'sum', lengths=lengths.float())
NotImplementedError: "_segment_reduce_lengths_cpu_kernel1" not implemented for 'Float'
>>> torch.segment_reduce(data.long(), 'sum', lengths=lengths)
NotImplementedError: "_segment_reduce_cpu" not implemented for 'Long'
>>> torch.segment_reduce(data, 'sum', lengths=lengths, axis=2)
IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 2)
>>> torch.segment_reduce(data, 'sum', lengths=torch.tensor([1, 1, 2]), axis=1)
RuntimeError: segment_reduce(): Expected axis to be the last dimension of lengths but got 1.
>>> torch.segment_reduce(data, 'sum', lengths=torch.tensor([[3]]), axis=0)
RuntimeError: segment_reduce(): Expected axis to be the last dimension of lengths but got 0.
>>> torch.segment_reduce(data, 'sum', offsets=torch.tensor([0., 2, 3]))
NotImplementedError: "_segment_reduce_offsets_cpu_kernel1" not implemented for 'Float'
>>> torch.segment_reduce(data, 'sum', offsets=torch.tensor([0, 2, 3]), axis=1)
RuntimeError: segment_reduce(): Expected axis to be the last dimension of offsets but got 1.
>>> torch.segment_reduce(data, 'sum', lengths=torch.tensor([1, 2]), offsets=torch.tensor([0, 2, 3]))
tensor([[ 6.,  8., 10., 12.],
        [ 9., 10., 11., 12.]], grad_fn=<SegmentReduceBackward0>)
>>> torch.segment_reduce(torch.tensor(3.), 'sum', lengths=torch.tensor([1]))
RuntimeError: Expected data.dim() >= lengths_value.dim() to be true, but got false.  (Could this error message be improved?  If so, please report an enhancement request to PyTorch.)
>>> torch.segment_reduce(torch.tensor(3.), 'sum', lengths=torch.tensor(1))
RuntimeError: segment_reduce(): Expected axis to be the last dimension of lengths but got 0.
>>> torch.segment_reduce(torch.ones(4), 'sum', lengths=torch.tensor([5, 1]), unsafe=True)
tensor([4., 0.])
>>> torch.segment_reduce(torch.ones(0), 'sum', lengths=torch.tensor([0]))
tensor([0.])
>>> torch.segment_reduce(torch.ones(0), 'mean', lengths=torch.tensor([0, 0]))
tensor([nan, nan])
