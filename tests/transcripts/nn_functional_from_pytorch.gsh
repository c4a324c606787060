>>> # torch.nn.functional activations and losses, generated from PyTorch 2.13
>>> import torch
>>> import torch.nn as nn
>>> import torch.nn.functional as F
>>> x = torch.tensor([[-1.5, 0.25, 2.0], [0.5, -0.75, 7.0]], requires_grad=True)
>>> # activations: values and grad_fn
>>> F.leaky_relu(x), F.leaky_relu(x, 0.2)
(tensor([[-0.0150,  0.2500,  2.0000],
        [ 0.5000, -0.0075,  7.0000]], grad_fn=<LeakyReluBackward0>), tensor([[-0.3000,  0.2500,  2.0000],
        [ 0.5000, -0.1500,  7.0000]], grad_fn=<LeakyReluBackward0>))
>>> F.elu(x), F.elu(x, alpha=0.5)
(tensor([[-0.7769,  0.2500,  2.0000],
        [ 0.5000, -0.5276,  7.0000]], grad_fn=<EluBackward0>), tensor([[-0.3884,  0.2500,  2.0000],
        [ 0.5000, -0.2638,  7.0000]], grad_fn=<EluBackward0>))
>>> F.relu6(x * 2)
tensor([[0.0000, 0.5000, 4.0000],
        [1.0000, 0.0000, 6.0000]], grad_fn=<HardtanhBackward0>)
>>> F.hardtanh(x), F.hardtanh(x, -0.5, 0.5)
(tensor([[-1.0000,  0.2500,  1.0000],
        [ 0.5000, -0.7500,  1.0000]], grad_fn=<HardtanhBackward0>), tensor([[-0.5000,  0.2500,  0.5000],
        [ 0.5000, -0.5000,  0.5000]], grad_fn=<HardtanhBackward0>))
>>> F.softplus(x), F.softplus(x, beta=2, threshold=3)
(tensor([[0.2014, 0.8259, 2.1269],
        [0.9741, 0.3869, 7.0009]], grad_fn=<SoftplusBackward0>), tensor([[0.0243, 0.4870, 2.0000],
        [0.6566, 0.1007, 7.0000]], grad_fn=<SoftplusBackward0>))
>>> F.mish(x)
tensor([[-0.2981,  0.1696,  1.9440],
        [ 0.3752, -0.2765,  7.0000]], grad_fn=<MishBackward0>)
>>> F.logsigmoid(x)
tensor([[-1.7014e+00, -5.7594e-01, -1.2693e-01],
        [-4.7408e-01, -1.1369e+00, -9.1147e-04]],
       grad_fn=<LogSigmoidBackward0>)
>>> F.softmin(x, dim=1)
tensor([[8.3058e-01, 1.4433e-01, 2.5081e-02],
        [2.2263e-01, 7.7704e-01, 3.3470e-04]], grad_fn=<SoftmaxBackward0>)
>>> F.glu(torch.tensor([[1., -2., 0.5, 3.]], requires_grad=True))
tensor([[ 0.6225, -1.9051]], grad_fn=<GluBackward0>)
>>> F.threshold(x, 0.4, -1.0), torch.threshold(x, 1.0, 0.0)
(tensor([[-1.0000, -1.0000,  2.0000],
        [ 0.5000, -1.0000,  7.0000]], grad_fn=<ThresholdBackward0>), tensor([[0., 0., 2.],
        [0., 0., 7.]], grad_fn=<ThresholdBackward0>))
>>> # gradients through each activation
>>> y = (F.leaky_relu(x, 0.1) + F.elu(x) + F.hardtanh(x) + F.relu6(x)).sum()
>>> y.backward()
>>> x.grad
tensor([[0.3231, 4.0000, 3.0000],
        [4.0000, 1.5724, 2.0000]])
>>> x.grad = None
>>> (F.softplus(x, 2., 3.) * F.mish(x) + F.logsigmoid(x)).sum().backward()
>>> x.grad
tensor([[ 0.8019,  0.9107,  4.2018],
        [ 1.2339,  0.6449, 14.0011]])
>>> x.grad = None
>>> (F.softmin(x, 1) * torch.tensor([1., 2., 3.])).sum().backward(); x.grad
tensor([[ 0.1615, -0.1163, -0.0453],
        [ 0.1731, -0.1727, -0.0004]])
>>> x.grad = None
>>> F.glu(x, 0).sum().backward(); x.grad
tensor([[ 0.6225,  0.3208,  0.9991],
        [-0.3525,  0.0545,  0.0018]])
>>> # second derivatives: the backward rules are differentiable
>>> z = torch.tensor([-1.0, 0.5, 2.0], requires_grad=True)
>>> g, = torch.autograd.grad(F.mish(z).sum(), z, create_graph=True)
>>> g
tensor([0.0592, 0.8864, 1.0693], grad_fn=<MulBackward0>)
>>> torch.autograd.grad(g.sum(), z)
(tensor([ 0.3497,  0.4681, -0.0577]),)
>>> # in place
>>> w = torch.tensor([-2., 0.5, 9.])
>>> F.leaky_relu(w, 0.5, inplace=True), w
(tensor([-1.0000,  0.5000,  9.0000]), tensor([-1.0000,  0.5000,  9.0000]))
>>> F.relu6(torch.tensor([-2., 0.5, 9.]), inplace=True)
tensor([0.0000, 0.5000, 6.0000])
>>> F.elu(x.clone(), inplace=True).grad_fn.name()
'EluBackward1'
>>> F.threshold(x.clone(), 0., 1., True).grad_fn.name()
'ThresholdBackward1'
>>> # integer inputs
>>> F.relu6(torch.tensor([-3, 2, 8])), F.threshold(torch.tensor([-1, 0, 2]), 0.5, 5)
(tensor([0, 2, 6]), tensor([5, 5, 2]))
>>> F.leaky_relu(torch.tensor([1, 2]))
NotImplementedError: "leaky_relu_cpu" not implemented for 'Long'
>>> F.glu(torch.ones(2, 3))
RuntimeError: Halving dimension must be even, but dimension 1 is size 3
>>> F.hardtanh(x, 2., 1.)
ValueError: min_val cannot be greater than max_val
>>> # one_hot, normalize, cosine_similarity, pairwise_distance
>>> F.one_hot(torch.tensor([0, 2, 1])), F.one_hot(torch.tensor([[1], [3]]), 5)
(tensor([[1, 0, 0],
        [0, 0, 1],
        [0, 1, 0]]), tensor([[[0, 1, 0, 0, 0]],

        [[0, 0, 0, 1, 0]]]))
>>> F.one_hot(torch.tensor([0., 1.]))
RuntimeError: one_hot is only applicable to index tensor of type LongTensor.
>>> F.one_hot(torch.tensor([0, 3]), 2)
RuntimeError: Class values must be smaller than num_classes.
>>> a = torch.tensor([[3., 4.], [1., -1.]], requires_grad=True)
>>> b = torch.tensor([[1., 0.], [2., 2.]])
>>> F.normalize(a), F.normalize(a, p=1, dim=0)
(tensor([[ 0.6000,  0.8000],
        [ 0.7071, -0.7071]], grad_fn=<DivBackward0>), tensor([[ 0.7500,  0.8000],
        [ 0.2500, -0.2000]], grad_fn=<DivBackward0>))
>>> F.cosine_similarity(a, b), torch.cosine_similarity(a, b, dim=0)
(tensor([0.6000, 0.0000], grad_fn=<SumBackward1>), tensor([ 0.7071, -0.2425], grad_fn=<SumBackward1>))
>>> F.pairwise_distance(a, b), F.pairwise_distance(a, b, p=1, keepdim=True)
(tensor([4.4721, 3.1623], grad_fn=<NormBackward1>), tensor([[6.0000],
        [4.0000]], grad_fn=<NormBackward1>))
>>> s = F.normalize(a).sum() + F.cosine_similarity(a, b).sum()
>>> (s + F.pairwise_distance(a, b).sum()).backward()
>>> a.grad
tensor([[0.6072, 0.7744],
        [0.8909, 0.2584]])
>>> F.cosine_similarity(torch.tensor([1, 2]), torch.tensor([3, 4]), dim=0)
RuntimeError: expected common dtype to be floating point, yet common dtype is Long
>>> # losses
>>> p = torch.tensor([[0.5, -1.0, 2.0], [0.0, 3.0, -0.5]], requires_grad=True)
>>> q = torch.tensor([[1.0, -1.0, 0.0], [0.25, 1.0, 0.5]])
>>> F.l1_loss(p, q), F.l1_loss(p, q, reduction='sum'), F.l1_loss(p, q, reduction='none')
(tensor(0.9583, grad_fn=<MeanBackward0>), tensor(5.7500, grad_fn=<SumBackward0>), tensor([[0.5000, 0.0000, 2.0000],
        [0.2500, 2.0000, 1.0000]], grad_fn=<AbsBackward0>))
>>> F.smooth_l1_loss(p, q), F.smooth_l1_loss(p, q, beta=0.5, reduction='none')
(tensor(0.6094, grad_fn=<SmoothL1LossBackward0>), tensor([[0.2500, 0.0000, 1.7500],
        [0.0625, 1.7500, 0.7500]], grad_fn=<SmoothL1LossBackward0>))
>>> F.huber_loss(p, q), F.huber_loss(p, q, delta=0.5, reduction='sum')
(tensor(0.6094, grad_fn=<HuberLossBackward0>), tensor(2.2812, grad_fn=<HuberLossBackward0>))
>>> s = F.l1_loss(p, q) + F.smooth_l1_loss(p, q, reduction='sum')
>>> (s + F.huber_loss(p, q, delta=2.)).backward()
>>> p.grad
tensor([[-0.7500,  0.0000,  1.5000],
        [-0.4583,  1.5000, -1.3333]])
>>> F.l1_loss(p, q, reduction='average')
ValueError: average is not a valid value for reduction
>>> F.smooth_l1_loss(p, q[0])
UserWarning: Using a target size (torch.Size([3])) that is different to the input size (torch.Size([2, 3])). This will likely lead to incorrect results due to broadcasting. Please ensure they have the same size.
tensor(0.9583, grad_fn=<SmoothL1LossBackward0>)
>>> F.huber_loss(p, q, delta=-1.)
RuntimeError: huber_loss does not support non-positive values for delta.
>>> probs = torch.tensor([0.25, 0.5, 0.75, 0.125], requires_grad=True)
>>> labels = torch.tensor([0., 1., 1., 0.])
>>> F.binary_cross_entropy(probs, labels)
tensor(0.3505, grad_fn=<BinaryCrossEntropyBackward0>)
>>> F.binary_cross_entropy(probs, labels, reduction='none')
tensor([0.2877, 0.6931, 0.2877, 0.1335], grad_fn=<BinaryCrossEntropyBackward0>)
>>> weight = torch.tensor([1., 2., 1., 2.])
>>> F.binary_cross_entropy(probs, labels, weight=weight, reduction='sum').backward()
>>> probs.grad
tensor([ 1.3333, -4.0000, -1.3333,  2.2857])
>>> F.binary_cross_entropy(probs * 4, labels)
RuntimeError: all elements of input should be between 0 and 1
>>> F.binary_cross_entropy(probs, labels[:3])
ValueError: Using a target size (torch.Size([3])) that is different to the input size (torch.Size([4])) is deprecated. Please ensure they have the same size.
>>> logits = torch.tensor([-1.0, 0.5, 2.0, -3.0], requires_grad=True)
>>> F.binary_cross_entropy_with_logits(logits, labels)
tensor(0.2407, grad_fn=<BinaryCrossEntropyWithLogitsBackward0>)
>>> pos_weight = torch.tensor(3.)
>>> bce = F.binary_cross_entropy_with_logits
>>> loss = bce(logits, labels, pos_weight=pos_weight, reduction='sum')
>>> loss, loss.backward(), logits.grad
(tensor(2.1649, grad_fn=<BinaryCrossEntropyWithLogitsBackward0>), None, tensor([ 0.2689, -1.1326, -0.3576,  0.0474]))
>>> F.binary_cross_entropy_with_logits(logits, labels[1:])
ValueError: Target size (torch.Size([3])) must be the same as input size (torch.Size([4]))
>>> logq = torch.log_softmax(torch.tensor([[1., 2., 3.], [0.5, 0.5, 1.]]), 1).requires_grad_()
>>> target = torch.tensor([[0.25, 0.25, 0.5], [0.5, 0.0, 0.5]])
>>> F.kl_div(logq, target, reduction='batchmean'), F.kl_div(logq, target, reduction='none')
(tensor(0.2346, grad_fn=<DivBackward0>), tensor([[ 0.2553,  0.0053, -0.1428],
        [ 0.3006,  0.0000,  0.0506]], grad_fn=<SubBackward0>))
>>> F.kl_div(logq, target)
UserWarning: reduction: 'mean' divides the total loss by both the batch size and the support size.'batchmean' divides only by the batch size, and aligns with the KL div math definition.'mean' will be changed to behave the same as 'batchmean' in the next major release.
tensor(0.0782, grad_fn=<MeanBackward0>)
>>> F.kl_div(logq, target.log(), reduction='sum', log_target=True)
tensor(nan, grad_fn=<SumBackward0>)
>>> F.kl_div(logq, target, reduction='batchmean').backward(); logq.grad
tensor([[-0.1250, -0.1250, -0.2500],
        [-0.2500, -0.0000, -0.2500]])
>>> # the modules
>>> nn.LeakyReLU(), nn.LeakyReLU(0.2, inplace=True), nn.ELU(), nn.ELU(alpha=0.5)
(LeakyReLU(negative_slope=0.01), LeakyReLU(negative_slope=0.2, inplace=True), ELU(alpha=1.0), ELU(alpha=0.5))
>>> nn.ReLU6(), nn.Hardtanh(), nn.Hardtanh(-2, 2, True), nn.Softplus(), nn.Softplus(2, 10)
(ReLU6(), Hardtanh(min_val=-1.0, max_val=1.0), Hardtanh(min_val=-2, max_val=2, inplace=True), Softplus(beta=1.0, threshold=20.0), Softplus(beta=2, threshold=10))
>>> nn.Mish(), nn.LogSigmoid(), nn.Softmin(dim=1), nn.GLU(), nn.Threshold(0.1, 20)
(Mish(), LogSigmoid(), Softmin(dim=1), GLU(dim=-1), Threshold(threshold=0.1, value=20))
>>> nn.Sequential(nn.Linear(2, 4), nn.LeakyReLU(0.1), nn.Linear(4, 2), nn.Softmin(1))
Sequential(
  (0): Linear(in_features=2, out_features=4, bias=True)
  (1): LeakyReLU(negative_slope=0.1)
  (2): Linear(in_features=4, out_features=2, bias=True)
  (3): Softmin(dim=1)
)
>>> nn.LeakyReLU(0.1)(x), nn.ELU()(x), nn.ReLU6()(x * 3)
(tensor([[-0.1500,  0.2500,  2.0000],
        [ 0.5000, -0.0750,  7.0000]], grad_fn=<LeakyReluBackward0>), tensor([[-0.7769,  0.2500,  2.0000],
        [ 0.5000, -0.5276,  7.0000]], grad_fn=<EluBackward0>), tensor([[0.0000, 0.7500, 6.0000],
        [1.5000, 0.0000, 6.0000]], grad_fn=<HardtanhBackward0>))
>>> nn.Softplus(beta=2)(x), nn.Mish()(x), nn.LogSigmoid()(x)
(tensor([[0.0243, 0.4870, 2.0091],
        [0.6566, 0.1007, 7.0000]], grad_fn=<SoftplusBackward0>), tensor([[-0.2981,  0.1696,  1.9440],
        [ 0.3752, -0.2765,  7.0000]], grad_fn=<MishBackward0>), tensor([[-1.7014e+00, -5.7594e-01, -1.2693e-01],
        [-4.7408e-01, -1.1369e+00, -9.1147e-04]],
       grad_fn=<LogSigmoidBackward0>))
>>> nn.Softmin(0)(x), nn.GLU(0)(x), nn.Threshold(0.3, -5.)(x), nn.Hardtanh(-0.5, 1.5)(x)
(tensor([[0.8808, 0.2689, 0.9933],
        [0.1192, 0.7311, 0.0067]], grad_fn=<SoftmaxBackward0>), tensor([[-0.9337,  0.0802,  1.9982]], grad_fn=<GluBackward0>), tensor([[-5.0000, -5.0000,  2.0000],
        [ 0.5000, -5.0000,  7.0000]], grad_fn=<ThresholdBackward0>), tensor([[-0.5000,  0.2500,  1.5000],
        [ 0.5000, -0.5000,  1.5000]], grad_fn=<HardtanhBackward0>))
>>> nn.Hardtanh(1., 1.)
AssertionError: max_val (1.0) must be greater than min_val (1.0)
>>> nn.ReLU6().min_val, nn.ReLU6().max_val, nn.Softplus().threshold
(0.0, 6.0, 20.0)
>>> nn.L1Loss(), nn.SmoothL1Loss(beta=0.5), nn.HuberLoss(delta=2.0)
(L1Loss(), SmoothL1Loss(), HuberLoss())
>>> nn.KLDivLoss(reduction='batchmean')
KLDivLoss()
>>> nn.BCELoss(), nn.BCEWithLogitsLoss(pos_weight=torch.tensor([2.]))
(BCELoss(), BCEWithLogitsLoss())
>>> nn.L1Loss()(p, q), nn.L1Loss(reduction='sum')(p, q), nn.SmoothL1Loss(reduction='none')(p, q)
(tensor(0.9583, grad_fn=<MeanBackward0>), tensor(5.7500, grad_fn=<SumBackward0>), tensor([[0.1250, 0.0000, 1.5000],
        [0.0312, 1.5000, 0.5000]], grad_fn=<SmoothL1LossBackward0>))
>>> nn.HuberLoss(delta=0.5)(p, q), nn.KLDivLoss(reduction='batchmean')(logq, target)
(tensor(0.3802, grad_fn=<HuberLossBackward0>), tensor(0.2346, grad_fn=<DivBackward0>))
>>> nn.BCELoss(reduction='none')(probs, labels), nn.BCEWithLogitsLoss()(logits, labels)
(tensor([0.2877, 0.6931, 0.2877, 0.1335], grad_fn=<BinaryCrossEntropyBackward0>), tensor(0.2407, grad_fn=<BinaryCrossEntropyWithLogitsBackward0>))
>>> list(nn.BCEWithLogitsLoss(pos_weight=torch.tensor([2.])).state_dict().items())
[('pos_weight', tensor([2.]))]
>>> nn.HuberLoss(delta='1')
TypeError: delta must be a float or int, got: <class 'str'>
