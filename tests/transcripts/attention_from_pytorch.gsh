>>> # F.scaled_dot_product_attention, generated from PyTorch 2.13 (CPU)
>>> import torch
>>> import torch.nn.functional as F
>>> _ = torch.manual_seed(0)
>>> q = torch.randn(2, 3, 4, requires_grad=True)
>>> k = torch.randn(2, 5, 4, requires_grad=True)
>>> v = torch.randn(2, 5, 3, requires_grad=True)
>>> out = F.scaled_dot_product_attention(q, k, v)
>>> out
tensor([[[ 0.6198, -0.9910, -0.0139],
         [ 0.2791, -0.5280,  0.2489],
         [ 0.7371, -1.5138, -0.4475]],

        [[-0.4050, -0.1672, -0.2789],
         [-0.3429, -0.6752, -0.1801],
         [-0.4637, -0.1816, -0.1833]]], grad_fn=<UnsafeViewBackward0>)
>>> out.sum().backward()
>>> q.grad.mul(1000).round().div(1000)
tensor([[[ 0.0160,  0.0820, -0.5610,  0.0530],
         [ 0.0950,  0.0600, -0.2360, -0.0610],
         [ 0.1080,  0.0910, -0.5920, -0.1090]],

        [[-0.0220,  0.0080, -0.2360,  0.0630],
         [ 0.0300, -0.3270, -0.0000,  0.1830],
         [-0.0210, -0.0390, -0.2320,  0.0740]]])
>>> k.grad.mul(1000).round().div(1000)
tensor([[[ 0.0130, -0.1670,  0.3560, -0.0480],
         [ 0.0420,  0.3980, -0.6100,  0.3250],
         [ 0.0550, -0.0050,  0.0870, -0.1260],
         [-0.1100, -0.1600,  0.0650, -0.0690],
         [-0.0010, -0.0650,  0.1020, -0.0830]],

        [[-0.3410, -0.3460, -0.2860,  0.4010],
         [ 0.1520,  0.0950, -0.0430, -0.3470],
         [ 0.2040,  0.2430,  0.3150, -0.1060],
         [ 0.0490,  0.0570, -0.0050, -0.0920],
         [-0.0650, -0.0490,  0.0190,  0.1440]]])
>>> v.grad.mul(1000).round().div(1000)
tensor([[[0.6450, 0.6450, 0.6450],
         [0.6920, 0.6920, 0.6920],
         [0.6180, 0.6180, 0.6180],
         [0.3190, 0.3190, 0.3190],
         [0.7260, 0.7260, 0.7260]],

        [[1.0820, 1.0820, 1.0820],
         [0.4820, 0.4820, 0.4820],
         [0.5370, 0.5370, 0.5370],
         [0.7150, 0.7150, 0.7150],
         [0.1840, 0.1840, 0.1840]]])
>>> F.scaled_dot_product_attention(q, k, v, scale=0.25)
tensor([[[ 0.5640, -0.9298, -0.0146],
         [ 0.3979, -0.7094,  0.1237],
         [ 0.6295, -1.1918, -0.2234]],

        [[-0.4409, -0.1899, -0.2447],
         [-0.3678, -0.4721, -0.1787],
         [-0.4639, -0.1944, -0.2000]]], grad_fn=<UnsafeViewBackward0>)
>>> F.scaled_dot_product_attention(q, k, v, scale=-0.5)
tensor([[[ 0.3126, -0.5938,  0.0292],
         [ 0.4380, -0.6366, -0.0294],
         [ 0.2483, -0.2733,  0.2833]],

        [[-0.5659, -0.2447, -0.3262],
         [-0.7403,  0.0634, -0.4521],
         [-0.5674, -0.2428, -0.3848]]], grad_fn=<UnsafeViewBackward0>)
>>> F.scaled_dot_product_attention(q, k, v, is_causal=True)
tensor([[[ 1.6459, -1.3602,  0.3446],
         [ 1.1562, -1.9052, -0.5431],
         [ 0.8377, -1.7743, -0.6907]],

        [[-0.7300, -0.8834, -0.4189],
         [-0.7375, -0.7377, -0.3155],
         [-0.5332, -0.3165,  0.0912]]], grad_fn=<UnsafeViewBackward0>)
>>> mask = torch.tensor([[True, False, True, True, False]] * 3)
>>> F.scaled_dot_product_attention(q, k, v, attn_mask=mask)
tensor([[[ 0.7241, -0.4262,  0.3716],
         [ 0.1259, -0.0118,  0.2761],
         [ 0.9985, -0.7460,  0.3389]],

        [[-0.2278, -0.3487, -0.4181],
         [-0.2787, -0.7790, -0.2011],
         [-0.2526, -0.4581, -0.3703]]], grad_fn=<UnsafeViewBackward0>)
>>> F.scaled_dot_product_attention(q, k, v, attn_mask=torch.zeros(3, 5, dtype=torch.bool))
tensor([[[0., 0., 0.],
         [0., 0., 0.],
         [0., 0., 0.]],

        [[0., 0., 0.],
         [0., 0., 0.],
         [0., 0., 0.]]], grad_fn=<UnsafeViewBackward0>)
>>> F.scaled_dot_product_attention(q, k, v, attn_mask=torch.arange(15.).view(3, 5) / 10)
tensor([[[ 0.5554, -0.9053,  0.0457],
         [ 0.2675, -0.5231,  0.2892],
         [ 0.6807, -1.4444, -0.4036]],

        [[-0.3829, -0.1333, -0.3127],
         [-0.3040, -0.6509, -0.1690],
         [-0.4438, -0.1520, -0.2169]]], grad_fn=<UnsafeViewBackward0>)
>>> F.scaled_dot_product_attention(q[0], k[0], v[0])
tensor([[ 0.6198, -0.9910, -0.0139],
        [ 0.2791, -0.5280,  0.2489],
        [ 0.7371, -1.5138, -0.4475]], grad_fn=<MmBackward0>)
>>> F.scaled_dot_product_attention(q.double(), k.double(), v.double())
tensor([[[ 0.6198, -0.9910, -0.0139],
         [ 0.2791, -0.5280,  0.2489],
         [ 0.7371, -1.5138, -0.4475]],

        [[-0.4050, -0.1672, -0.2789],
         [-0.3429, -0.6752, -0.1801],
         [-0.4637, -0.1816, -0.1833]]], dtype=torch.float64,
       grad_fn=<UnsafeViewBackward0>)
>>> _ = torch.manual_seed(3)
>>> F.scaled_dot_product_attention(q, k, v, dropout_p=0.5)
tensor([[[ 1.0730, -1.6388, -0.3504],
         [-0.1083, -0.1423, -0.0229],
         [ 0.9395, -0.7019,  0.3189]],

        [[-0.8463, -0.2690, -0.1485],
         [ 0.1993, -0.4651,  0.0183],
         [-0.8062, -0.2269,  0.0588]]], grad_fn=<UnsafeViewBackward0>)
>>> _ = torch.manual_seed(3)
>>> F.scaled_dot_product_attention(q.unsqueeze(1), k.unsqueeze(1), v.unsqueeze(1), dropout_p=0.25)
tensor([[[[ 0.7154, -1.0925, -0.2336],
          [ 0.1456, -0.2748,  0.0303],
          [ 0.9057, -1.8725, -0.6992]]],


        [[[-0.5000, -0.2830, -0.0654],
          [-0.4572, -0.9002, -0.2402],
          [-0.6183, -0.2421, -0.2444]]]], grad_fn=<UnsafeViewBackward0>)
>>> q4 = torch.randn(1, 2, 3, 4, requires_grad=True)
>>> k4 = torch.randn(1, 2, 5, 4, requires_grad=True)
>>> v4 = torch.randn(1, 2, 5, 4, requires_grad=True)
>>> out4 = F.scaled_dot_product_attention(q4, k4, v4)
>>> out4
tensor([[[[ 0.4756,  0.0840, -0.4639, -0.4323],
          [ 0.4480, -0.1183, -0.1944, -0.0798],
          [ 0.3542, -0.8905,  0.7175,  0.9373]],

         [[-0.0335,  0.3177,  0.3387,  1.5278],
          [-0.0805,  0.4314,  0.3425,  1.5829],
          [ 0.2712,  0.2062,  0.3217,  1.6576]]]],
       grad_fn=<ScaledDotProductFlashAttentionForCpuBackward0>)
>>> (out4 * torch.arange(24.).view(1, 2, 3, 4)).sum().backward()
>>> q4.grad.mul(1000).round().div(1000)
tensor([[[[ 0.6610, -0.3950, -0.7840, -1.9840],
          [ 2.3970, -1.3410, -2.4840, -6.2290],
          [ 3.6770, -2.1700, -2.5160, -7.2230]],

         [[ 5.1360,  2.6680, -2.5330,  6.7600],
          [ 6.1510,  2.6770, -4.1640,  7.8670],
          [ 4.0230,  3.0570, -1.8810,  6.1650]]]])
>>> k4.grad.mul(1000).round().div(1000)
tensor([[[[ 3.0900e-01, -2.5500e-01,  1.0000e-02, -1.3000e-01],
          [-3.2900e+00,  5.4100e-01,  1.6490e+00,  3.3700e-01],
          [-4.2000e-01, -1.0600e-01,  2.8100e-01,  8.4000e-02],
          [-1.0560e+00, -1.8000e-01,  6.9700e-01,  1.4700e-01],
          [ 4.4570e+00,  0.0000e+00, -2.6370e+00, -4.3900e-01]],

         [[-1.3689e+01,  3.8280e+00,  6.6410e+00, -5.1300e+00],
          [ 1.5220e+00, -8.1000e-01, -3.5200e-01,  1.2670e+00],
          [ 1.9380e+00, -8.5000e-01, -6.5000e-01,  1.3100e+00],
          [-4.6400e-01,  5.4400e-01, -2.7200e-01, -8.2500e-01],
          [ 1.0693e+01, -2.7130e+00, -5.3670e+00,  3.3780e+00]]]])
>>> v4.grad.mul(1000).round().div(1000)
tensor([[[[ 1.3780,  1.8580,  2.3380,  2.8180],
          [ 1.2610,  1.7740,  2.2880,  2.8010],
          [ 0.9250,  1.2790,  1.6320,  1.9860],
          [ 1.5140,  2.0360,  2.5580,  3.0800],
          [ 6.9210,  8.0530,  9.1840, 10.3150]],

         [[ 6.6870,  7.1290,  7.5720,  8.0140],
          [13.3670, 14.1580, 14.9500, 15.7410],
          [ 6.9420,  7.3780,  7.8130,  8.2480],
          [ 9.8940, 10.5010, 11.1080, 11.7150],
          [11.1100, 11.8340, 12.5580, 13.2820]]]])
>>> F.scaled_dot_product_attention(q4, k4, v4, is_causal=True)
tensor([[[[ 1.7883,  1.2004, -0.1065, -0.7082],
          [ 0.6047,  0.1120, -0.8030, -1.0988],
          [ 0.8803,  0.2952, -0.8083, -0.7060]],

         [[-0.6555, -1.7448, -1.0485,  0.3269],
          [ 0.3108, -1.1852, -0.2206,  1.1057],
          [ 0.7037, -0.5185,  0.3815,  1.4457]]]],
       grad_fn=<ScaledDotProductFlashAttentionForCpuBackward0>)
>>> F.scaled_dot_product_attention(q4, k4, v4, attn_mask=mask)
tensor([[[[ 0.9212,  0.8109, -0.4112, -0.4300],
          [ 0.8626,  0.7783, -0.4407, -0.4027],
          [ 0.9358,  0.8903, -0.3036, -0.5326]],

         [[-0.2712, -0.0175, -0.3096,  1.1788],
          [-0.3042,  0.0839, -0.3759,  1.2611],
          [-0.2130,  0.4580, -0.2002,  1.4410]]]],
       grad_fn=<ScaledDotProductFlashAttentionForCpuBackward0>)
>>> F.scaled_dot_product_attention(q4, k4, v4, attn_mask=torch.zeros(3, 5, dtype=torch.bool))
tensor([[[[0., 0., 0., 0.],
          [0., 0., 0., 0.],
          [0., 0., 0., 0.]],

         [[0., 0., 0., 0.],
          [0., 0., 0., 0.],
          [0., 0., 0., 0.]]]],
       grad_fn=<ScaledDotProductFlashAttentionForCpuBackward0>)
>>> F.scaled_dot_product_attention(q4, k4, v4, scale=0.1)
tensor([[[[ 0.5129,  0.0174, -0.3755, -0.2358],
          [ 0.5056, -0.0254, -0.3212, -0.1653],
          [ 0.4934, -0.1386, -0.1539, -0.0120]],

         [[-0.0176,  0.2467,  0.2568,  1.4837],
          [-0.0269,  0.2676,  0.2549,  1.4951],
          [ 0.0383,  0.2494,  0.2619,  1.5170]]]],
       grad_fn=<ScaledDotProductFlashAttentionForCpuBackward0>)
>>> F.scaled_dot_product_attention(q4, k4, v4[..., :3])
tensor([[[[ 0.4756,  0.0840, -0.4639],
          [ 0.4480, -0.1183, -0.1944],
          [ 0.3542, -0.8905,  0.7175]],

         [[-0.0335,  0.3177,  0.3387],
          [-0.0805,  0.4314,  0.3425],
          [ 0.2712,  0.2062,  0.3217]]]], grad_fn=<UnsafeViewBackward0>)
>>> F.scaled_dot_product_attention(q4, k4[:, :1], v4[:, :1])
tensor([[[[ 0.4756,  0.0840, -0.4639, -0.4323],
          [ 0.4480, -0.1183, -0.1944, -0.0798],
          [ 0.3542, -0.8905,  0.7175,  0.9373]],

         [[ 0.5604, -0.1247, -0.2126,  0.0441],
          [ 0.3983, -0.6392,  0.4362,  0.6257],
          [ 0.1540,  0.1244, -0.5500, -0.8740]]]],
       grad_fn=<UnsafeViewBackward0>)
>>> qg = torch.randn(1, 4, 3, 4, requires_grad=True)
>>> outg = F.scaled_dot_product_attention(qg, k4, v4, enable_gqa=True)
>>> outg
tensor([[[[ 5.0310e-01,  1.5104e-03, -2.0746e-01, -2.0575e-01],
          [ 3.8044e-01, -9.8067e-01,  7.2478e-01,  1.1070e+00],
          [ 2.7387e-01, -1.0117e+00,  8.6418e-01,  1.0613e+00]],

         [[ 6.7446e-01, -1.3635e-01, -4.2980e-01,  3.1281e-01],
          [ 2.9719e-01, -1.9793e-01, -2.4972e-02, -1.7252e-01],
          [ 7.7814e-01, -2.1537e-01, -5.8144e-01,  6.2818e-01]],

         [[-3.5478e-01,  4.8693e-02, -3.8789e-02,  1.2616e+00],
          [-2.2674e-01,  1.6546e-01, -1.0350e-02,  1.3982e+00],
          [ 7.0532e-01, -1.4097e-01,  5.8867e-01,  1.7345e+00]],

         [[ 4.5818e-01,  6.9134e-02,  4.3029e-01,  1.6236e+00],
          [ 2.2223e-01,  7.9877e-02,  3.7423e-01,  1.4484e+00],
          [-8.7454e-02,  7.3008e-01,  8.0704e-01,  1.7437e+00]]]],
       grad_fn=<ScaledDotProductFlashAttentionForCpuBackward0>)
>>> k4.grad = None
>>> v4.grad = None
>>> outg.sum().backward()
>>> k4.grad.mul(1000).round().div(1000)
tensor([[[[ 0.4900,  0.3060, -0.1550, -0.0820],
          [-1.4740, -0.4530,  0.5250, -0.0140],
          [ 0.2360, -0.0750, -0.1750,  0.4670],
          [-0.0700, -0.0140, -0.0230,  0.1300],
          [ 0.8180,  0.2370, -0.1720, -0.5000]],

         [[ 1.0080,  1.2500,  0.8400, -0.5330],
          [-0.2040, -0.1540,  0.2610, -0.0860],
          [-0.2270, -0.1000,  0.0230,  0.0660],
          [-0.1480, -0.3230,  0.1020, -0.2050],
          [-0.4280, -0.6730, -1.2260,  0.7570]]]])
>>> v4.grad.mul(1000).round().div(1000)
tensor([[[[0.6810, 0.6810, 0.6810, 0.6810],
          [0.6280, 0.6280, 0.6280, 0.6280],
          [1.2900, 1.2900, 1.2900, 1.2900],
          [0.7670, 0.7670, 0.7670, 0.7670],
          [2.6340, 2.6340, 2.6340, 2.6340]],

         [[1.0260, 1.0260, 1.0260, 1.0260],
          [1.8400, 1.8400, 1.8400, 1.8400],
          [0.9030, 0.9030, 0.9030, 0.9030],
          [0.8470, 0.8470, 0.8470, 0.8470],
          [1.3840, 1.3840, 1.3840, 1.3840]]]])
>>> F.scaled_dot_product_attention(q[0, 0], k[0], v[0])
RuntimeError: Expected query, key, and value to all be  at least 2 dimensional, but got query.dim: 1 key.dim: 2 and value.dim: 2 instead.
>>> F.scaled_dot_product_attention(q, k, v, attn_mask=mask, is_causal=True)
RuntimeError: _scaled_dot_product_attention: Explicit attn_mask should not be set when is_causal=True
>>> F.scaled_dot_product_attention(q, k.double(), v)
RuntimeError: Expected query, key, and value to have the same dtype, but got query.dtype: float key.dtype: double and value.dtype: float instead.
>>> F.scaled_dot_product_attention(q, k, v.double())
RuntimeError: Expected query, key, and value to have the same dtype, but got query.dtype: float key.dtype: float and value.dtype: double instead.
>>> F.scaled_dot_product_attention(q, k, v, attn_mask=torch.zeros(3, 5, dtype=torch.double))
RuntimeError: Expected attn_mask dtype to be bool or float or to match query dtype, but got attn_mask.dtype: double and  query.dtype: float instead.
>>> F.scaled_dot_product_attention(q, k, v, attn_mask=torch.zeros(3, 5, dtype=torch.long))
RuntimeError: Expected attn_mask dtype to be bool or float or to match query dtype, but got attn_mask.dtype: long int and  query.dtype: float instead.
>>> F.scaled_dot_product_attention(q, k, v, dropout_p=1.5)
RuntimeError: dropout probability has to be between 0 and 1, but got 1.5
>>> F.scaled_dot_product_attention(torch.randn(1, 3, 3, 4), k4, v4, enable_gqa=True)
RuntimeError: Number of heads in key and value must divide the number of heads in 
