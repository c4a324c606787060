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
(tensor([[[ 1.5893,  1.1105,  1.2150,  1.9859],
         [ 1.3272,  0.6820,  1.0531,  1.9859],
         [ 1.3836, -0.5225,  2.0683,  2.0683],
         [-0.3229,  2.1215,  1.1438,  0.8624]],

        [[ 1.1412,  1.7252,  0.8285,  0.9025],
         [ 1.1412,  1.1412,  1.2417,  1.2417],
         [ 1.4288,  1.1121,  1.2583,  2.0195],
         [ 3.4072,  1.9236,  1.9236,  2.1018]]]), tensor([[[ 0,  4,  6, 16],
         [18, 12, 14, 16],
         [27, 39, 42, 42],
         [54, 57, 50, 51]],

        [[11,  3, 15, 17],
         [11, 11, 24, 24],
         [28, 40, 32, 44],
         [55, 58, 58, 52]]]))
>>> nn.FractionalMaxPool3d(2, output_ratio=0.5)(torch.randn(1, 2, 6, 6, 5))
tensor([[[[[1.6495, 1.8238],
           [0.8683, 1.2177],
           [1.2357, 1.5679]],

          [[1.6335, 1.7445],
           [1.6232, 2.3039],
           [2.0795, 1.6479]],

          [[1.4342, 1.3372],
           [1.2621, 0.9625],
           [1.4123, 1.1812]]],


         [[[1.6701, 1.7711],
           [0.9284, 1.4897],
           [2.2550, 0.8834]],

          [[1.5029, 1.9354],
           [1.2061, 1.3968],
           [1.3870, 1.8009]],

          [[2.0781, 1.5334],
           [2.1368, 1.3027],
           [1.4400, 1.3252]]]]])
>>> log_probs = torch.randn(50, 16, 20).log_softmax(2).detach().requires_grad_()
>>> targets = torch.randint(1, 20, (16, 30), dtype=torch.long)
>>> input_lengths = torch.full((16,), 50, dtype=torch.long)
>>> target_lengths = torch.randint(10, 30, (16,), dtype=torch.long)
>>> loss = F.ctc_loss(log_probs, targets, input_lengths, target_lengths)
>>> loss.backward()
>>> loss, log_probs.grad.shape
(tensor(6.0311, grad_fn=<MeanBackward0>), torch.Size([50, 16, 20]))
>>> log_probs = (torch.randn(50, 16, 20) * 0.5 - 3).requires_grad_()
>>> loss = F.ctc_loss(log_probs, targets, input_lengths, target_lengths)
>>> loss.backward()
>>> loss.item()
5.438618183135986
>>> log_probs.grad.sum().item(), log_probs.grad[0, 0].tolist(), log_probs.grad[49, 15].tolist()
(0.3231586217880249, [-0.0016396603314206004, 0.00018254997848998755, 0.00026572588831186295, 7.878462929511443e-05, 0.0005011120229028165, 4.8768790293252096e-05, 0.00028161093359813094, 0.00039384758565574884, -0.0022008828818798065, 0.00010140152153326198, 0.00018941366579383612, 0.0002140789438271895, 0.0003544782812241465, 0.00014201671001501381, 0.0001549612934468314, 0.0001453455479349941, 0.00021124249906279147, 0.00022135322797112167, 0.00019172672182321548, 0.00012036774569423869], [-0.0016247068997472525, 0.00020011706510558724, 0.00021978182485327125, 0.0002576931437943131, 0.0004080869839526713, 0.00034545775270089507, 0.00032159427064470947, 0.00027785435668192804, 0.000248782365815714, 0.0001963170216185972, 0.0002186415222240612, 0.00043231170275248587, 0.00037803585291840136, 0.00011784105299739167, 0.00019168222206644714, -0.0029636777471750975, 0.00032938094227574766, 0.00024816839140839875, 0.0003084845666307956, 0.0006971750408411026])
>>> log_probs.grad[17, 3].tolist()
[-0.0003168015682604164, 6.620209023822099e-05, 9.886319458018988e-05, 0.0001160122046712786, 7.24587807781063e-05, -0.0005524149164557457, 0.00014777359319850802, 0.00015835772501304746, 6.872483936604112e-05, 0.00024575134739279747, 0.00017807033145800233, 0.0002171600644942373, 1.8606835510581732e-05, 0.00013047231186646968, 5.9674555814126506e-05, 0.00022365910990629345, 0.0002496449451427907, -0.0006032759556546807, -0.00023486383724957705, 8.86454145074822e-05]
>>> F.ctc_loss(log_probs, targets, input_lengths, target_lengths, reduction='none').tolist()
[103.28231811523438, 106.0207748413086, 97.87507629394531, 105.64946746826172, 101.10840606689453, 103.61329650878906, 105.38492584228516, 112.36970520019531, 100.19686889648438, 99.39385223388672, 101.26477813720703, 101.28120422363281, 100.89681243896484, 102.49273681640625, 107.01812744140625, 105.53612518310547]
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
(nan, [-0.0009473576210439205, 0.00014106070739217103, 0.0006917204591445625, 0.00015681551303714514, 0.0008410914451815188, 0.0004097556811757386, 0.0019707982428371906, 0.0003661995579022914, 0.0010463764192536473, -0.005906356032937765, 0.0003167860850226134, 0.0007081433432176709, 0.00035629721242003143, 0.0003730636672116816, 0.0001222859718836844, 2.9793296562274918e-05, 0.0017968626925721765, 0.00017279855092056096, 9.630895510781556e-05, 0.00025599199580028653])
>>> nn.CTCLoss(reduction='none')(input, target, input_lengths, target_lengths).tolist()
[62.30649185180664, 40.785091400146484, 50.63875961303711, inf, 44.13705062866211, 85.27680206298828, inf, 22.25333595275879, 65.4045181274414, 50.19143295288086, 51.029685974121094, 56.26262283325195, 98.3775634765625, inf, 72.40011596679688, inf]
>>> nn.CTCLoss(reduction='sum', zero_infinity=True)(input, target, input_lengths, target_lengths).item()
699.0634155273438
>>> lp = (torch.randn(6, 2, 5) - 1.5).requires_grad_()
>>> tg = torch.tensor([[1, 2, 2], [3, 1, 0]])
>>> il = torch.tensor([6, 5])
>>> tl = torch.tensor([3, 2])
>>> l = F.ctc_loss(lp, tg, il, tl, reduction='none')
>>> l, l.tolist(), l.grad_fn.next_functions[0][0].name()
(tensor([2.5594, 5.4168], grad_fn=<CtcLossBackward0>), [2.5594375133514404, 5.416780471801758], 'torch::autograd::AccumulateGrad')
>>> l = F.ctc_loss(lp, tg, il, tl)
>>> l, l.item(), l.grad_fn.next_functions[0][0].name()
(tensor(1.7808, grad_fn=<MeanBackward0>), 1.7807680368423462, 'DivBackward0')
>>> l.grad_fn.next_functions[0][0].next_functions[0][0].name()
'CtcLossBackward0'
>>> F.ctc_loss(lp, tg, il, tl, reduction='sum')
tensor(7.9762, grad_fn=<SumBackward0>)
>>> F.ctc_loss(lp, tg, (6, 5), (3, 2)).item(), F.ctc_loss(lp, tg, [6, 5], [3, 2]).item()
(1.7807680368423462, 1.7807680368423462)
>>> F.ctc_loss(lp, torch.tensor([1, 2, 2, 3, 1]), il, tl, reduction='none').tolist()
[2.5594375133514404, 5.416780471801758]
>>> F.ctc_loss(lp, tg.int(), il.int(), tl.int()).item()
1.7807680368423462
>>> F.ctc_loss(lp, tg.float(), il, tl).item()
1.7807680368423462
>>> F.ctc_loss(lp, tg, il, tl, blank=4, reduction='none').tolist()
[4.1882758140563965, 5.7237935066223145]
>>> F.ctc_loss(lp.double(), tg, il, tl, reduction='none').tolist()
[2.559437375326165, 5.416781299173885]
>>> F.ctc_loss(lp[:, 0], torch.tensor([1, 2, 2]), torch.tensor(6), torch.tensor(3), reduction='none')
tensor(2.5594, grad_fn=<SqueezeBackward1>)
>>> F.ctc_loss(lp[:, 0], torch.tensor([1, 2, 2]), torch.tensor([6]), torch.tensor([3]))
tensor(0.8531, grad_fn=<MeanBackward0>)
>>> F.ctc_loss(lp, tg, il, torch.tensor([3, 0]), reduction='none').tolist()
[2.5594375133514404, 8.762362480163574]
>>> F.ctc_loss(lp, tg, torch.tensor([2, 0]), torch.tensor([3, 0]), reduction='none')
tensor([inf, -0.], grad_fn=<CtcLossBackward0>)
>>> F.ctc_loss(lp, tg, torch.tensor([2, 0]), torch.tensor([3, 0]), reduction='none', zero_infinity=True)
tensor([0., -0.], grad_fn=<WhereBackward0>)
>>> F.ctc_loss(lp, tg, torch.tensor([2, 6]), torch.tensor([3, 2]), zero_infinity=True)
tensor(1.4866, grad_fn=<MeanBackward0>)
>>> g, = torch.autograd.grad(F.ctc_loss(lp, tg, il, tl), lp)
>>> g.tolist()
[[[0.025006886571645737, -0.09676377475261688, 0.19592776894569397, 0.030803684145212173, 0.03289128094911575], [-0.09028507769107819, 0.008807786740362644, 0.10435845702886581, -0.07442454248666763, 0.09131878614425659]], [[0.033526405692100525, -0.024392258375883102, 0.005529150366783142, 0.01708492822945118, 0.042844291776418686], [-0.025242730975151062, 0.017096813768148422, 0.10106419026851654, -0.099064402282238, 0.01805896684527397]], [[-0.03674319013953209, -0.010397286154329777, -0.05511850118637085, 0.10059571266174316, 0.17753343284130096], [-0.013687387108802795, -0.003685479052364826, 0.18782998621463776, -0.02630932629108429, 0.0931706428527832]], [[0.1419469714164734, 0.12235601991415024, 0.022384559735655785, 0.09751808643341064, 0.08209182322025299], [-0.005164129659533501, -0.17981171607971191, 0.1809360831975937, 0.005391916260123253, 0.015103883109986782]], [[0.16673819720745087, 0.03523537889122963, 0.02513427846133709, 0.0163740087300539, 0.03448876738548279], [-0.13094685971736908, -0.058685820549726486, 0.13356146216392517, 0.0272978562861681, 0.02685965783894062]], [[0.008714685216546059, 0.13054797053337097, -0.0902821272611618, 0.07106462866067886, 0.007299482356756926], [0.0, 0.0, 0.0, 0.0, 0.0]]]
>>> g, = torch.autograd.grad(F.ctc_loss(lp, tg, torch.tensor([2, 6]), torch.tensor([3, 2]), reduction='sum', zero_infinity=True), lp)
>>> g
tensor([[[ 0.0000e+00,  0.0000e+00,  0.0000e+00,  0.0000e+00,  0.0000e+00],
         [-4.9293e-01,  3.5231e-02,  4.1743e-01, -1.6591e-01,  3.6528e-01]],

        [[ 0.0000e+00,  0.0000e+00,  0.0000e+00,  0.0000e+00,  0.0000e+00],
         [-2.1785e-01,  7.9778e-02,  4.0426e-01, -2.9077e-01,  7.2236e-02]],

        [[ 0.0000e+00,  0.0000e+00,  0.0000e+00,  0.0000e+00,  0.0000e+00],
         [ 1.1488e-03,  2.7831e-02,  7.5132e-01, -2.0371e-01,  3.7268e-01]],

        [[ 0.0000e+00,  0.0000e+00,  0.0000e+00,  0.0000e+00,  0.0000e+00],
         [-1.9657e-01, -1.2970e-01,  7.2374e-01, -3.9206e-01,  6.0416e-02]],

        [[ 0.0000e+00,  0.0000e+00,  0.0000e+00,  0.0000e+00,  0.0000e+00],
         [-3.0999e-01, -2.8117e-01,  5.3425e-01, -5.8181e-02,  1.0744e-01]],

        [[ 0.0000e+00,  0.0000e+00,  0.0000e+00,  0.0000e+00,  0.0000e+00],
         [-4.6303e-02, -2.6862e-01,  1.7025e-01,  2.7664e-01,  1.2897e+00]]])
>>> g, = torch.autograd.grad(F.ctc_loss(lp.double(), tg, il, tl, reduction='sum'), lp)
>>> g.tolist()
[[[0.15004143118858337, -0.5805825591087341, 1.175566554069519, 0.18482209742069244, 0.19734767079353333], [-0.3611403703689575, 0.03523114696145058, 0.41743382811546326, -0.29769831895828247, 0.36527514457702637]], [[0.20115844905376434, -0.14635349810123444, 0.03317495062947273, 0.10250956565141678, 0.2570657432079315], [-0.1009712740778923, 0.06838724762201309, 0.40425676107406616, -0.39625823497772217, 0.07223586738109589]], [[-0.2204590141773224, -0.06238368898630142, -0.33071109652519226, 0.603574275970459, 1.0652005672454834], [-0.054749637842178345, -0.014741981402039528, 0.751319944858551, -0.10523760318756104, 0.3726825714111328]], [[0.8516817092895508, 0.7341361045837402, 0.13430741429328918, 0.5851085186004639, 0.49255093932151794], [-0.02065657451748848, -0.7192472219467163, 0.7237443327903748, 0.021567629650235176, 0.06041553243994713]], [[1.0004290342330933, 0.21141226589679718, 0.15080566704273224, 0.09824404865503311, 0.20693260431289673], [-0.5237876176834106, -0.23474356532096863, 0.5342458486557007, 0.1091914251446724, 0.10743863135576248]], [[0.05228810757398605, 0.7832878232002258, -0.5416929125785828, 0.426387757062912, 0.04379689320921898], [0.0, 0.0, 0.0, 0.0, 0.0]]]
>>> g, = torch.autograd.grad(F.ctc_loss(lp[:, 1], tg[1, :2], (5,), (2,)), lp)
>>> g[:, 1].tolist()
[[-0.18057015538215637, 0.01761557348072529, 0.20871691405773163, -0.14884908497333527, 0.18263757228851318], [-0.050485461950302124, 0.034193627536296844, 0.20212838053703308, -0.198128804564476, 0.03611793369054794], [-0.02737477421760559, -0.007370958104729652, 0.3756599724292755, -0.05261865258216858, 0.1863412857055664], [-0.010328259319067001, -0.35962343215942383, 0.3618721663951874, 0.010783832520246506, 0.030207766219973564], [-0.26189371943473816, -0.11737164109945297, 0.26712292432785034, 0.0545957125723362, 0.05371931567788124], [0.0, 0.0, 0.0, 0.0, 0.0]]
>>> g, = torch.autograd.grad(F.ctc_loss(lp, tg, il, tl, reduction='sum'), lp, create_graph=True)
>>> g.grad_fn.name()
'torch::autograd::NotImplemented'
>>> g.sum().backward()
RuntimeError: derivative for aten::_ctc_loss_backward is not implemented
>>> nn.CTCLoss(), nn.CTCLoss(blank=1, reduction='sum', zero_infinity=True)
(CTCLoss(), CTCLoss())
>>> nn.CTCLoss(blank=2)(lp, torch.tensor([[1, 3, 3], [4, 1, 0]]), il, tl)
tensor(1.4007, grad_fn=<MeanBackward0>)
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
[1.2103583812713623, 20.729537963867188]
>>> torch.segment_reduce(w, 'mean', lengths=torch.tensor([500, 500])).tolist()
[0.01756720058619976, 0.0263125691562891]
>>> torch.segment_reduce(w[:40], 'prod', lengths=torch.tensor([17, 23])).tolist()
[-8.906656148610637e-05, -9.310715176277795e-13]
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
tensor([[[-1.7312,  0.6408,  0.2621],
         [ 0.1179,  0.0834,  0.5456]],

        [[-0.1970,  0.0214,  0.8521],
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
