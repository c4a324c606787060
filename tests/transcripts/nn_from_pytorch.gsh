>>> # torch.nn basics, generated from PyTorch 2.13: layers, initial weights, backward, state
>>> import torch
>>> import torch.nn as nn
>>> import torch.nn.functional as F
>>> _ = torch.manual_seed(0)
>>> # nn.Linear draws PyTorch's initial weights (kaiming_uniform_), then its bias
>>> fc = nn.Linear(3, 2)
>>> fc
Linear(in_features=3, out_features=2, bias=True)
>>> fc.weight
Parameter containing:
tensor([[-0.0043,  0.3097, -0.4752],
        [-0.4249, -0.2224,  0.1548]], requires_grad=True)
>>> fc.bias
Parameter containing:
tensor([-0.0114,  0.4578], requires_grad=True)
>>> x = torch.randn(4, 3)
>>> y = fc(x)
>>> y
tensor([[-0.6316,  1.2920],
        [-0.0462,  0.1992],
        [ 0.4546,  0.5382],
        [-0.4063,  0.2473]], grad_fn=<AddmmBackward0>)
>>> y.sum().backward()
>>> fc.weight.grad
tensor([[ 0.2575, -3.0070, -0.7340],
        [ 0.2575, -3.0070, -0.7340]])
>>> fc.bias.grad
tensor([4., 4.])
>>> fc(torch.ones(2, 5))
RuntimeError: mat1 and mat2 shapes cannot be multiplied (2x5 and 3x2)
>>> # a Sequential model, indexing and parameters
>>> model = nn.Sequential(nn.Linear(2, 4), nn.ReLU(), nn.Linear(4, 1))
>>> model
Sequential(
  (0): Linear(in_features=2, out_features=4, bias=True)
  (1): ReLU()
  (2): Linear(in_features=4, out_features=1, bias=True)
)
>>> model[0]
Linear(in_features=2, out_features=4, bias=True)
>>> len(model), model[-1].out_features
(3, 1)
>>> [name for name, p in model.named_parameters()]
['0.weight', '0.bias', '2.weight', '2.bias']
>>> sum(p.numel() for p in model.parameters())
17
>>> model(torch.tensor([[1., 2.]]))
tensor([[0.1692]], grad_fn=<AddmmBackward0>)
>>> # a model of your own
>>> class Net(nn.Module):
...     def __init__(self):
...         super().__init__()
...         self.hidden = nn.Linear(2, 8)
...         self.out = nn.Linear(8, 1)
...     def forward(self, x):
...         return self.out(F.relu(self.hidden(x)))
>>> _ = torch.manual_seed(1)
>>> net = Net()
>>> net
Net(
  (hidden): Linear(in_features=2, out_features=8, bias=True)
  (out): Linear(in_features=8, out_features=1, bias=True)
)
>>> inputs = torch.randn(5, 2)
>>> targets = inputs.sum(1, keepdim=True)
>>> loss_fn = nn.MSELoss()
>>> loss = loss_fn(net(inputs), targets)
>>> loss
tensor(0.3324, grad_fn=<MseLossBackward0>)
>>> loss.backward()
>>> net.out.bias.grad
tensor([0.6356])
>>> with torch.no_grad():
...     for p in net.parameters():
...         p -= 0.1 * p.grad
>>> loss_fn(net(inputs), targets)
tensor(0.2565, grad_fn=<MseLossBackward0>)
>>> net.zero_grad()
>>> net.out.bias.grad is None
True
>>> # state_dict round trip
>>> state = net.state_dict()
>>> list(state.keys())
['hidden.weight', 'hidden.bias', 'out.weight', 'out.bias']
>>> state['out.bias']
tensor([0.1698])
>>> net2 = Net()
>>> net2.load_state_dict(state)
<All keys matched successfully>
>>> torch.equal(net2.hidden.weight, net.hidden.weight)
True
>>> # train and eval: Dropout is active only in training
>>> drop = nn.Dropout(0.5)
>>> drop
Dropout(p=0.5, inplace=False)
>>> _ = torch.manual_seed(2)
>>> drop(torch.ones(8))
tensor([0., 2., 0., 0., 0., 0., 2., 2.])
>>> drop.eval().training
False
>>> drop(torch.ones(8))
tensor([1., 1., 1., 1., 1., 1., 1., 1.])
>>> # losses, Parameter, containers
>>> ce = nn.CrossEntropyLoss()
>>> logits = torch.tensor([[2.0, 0.5, -1.0], [0.1, 0.2, 3.0]], requires_grad=True)
>>> ce(logits, torch.tensor([0, 2]))
tensor(0.1755, grad_fn=<NllLossBackward0>)
>>> nn.Parameter(torch.zeros(2))
Parameter containing:
tensor([0., 0.], requires_grad=True)
>>> isinstance(fc.weight, torch.Tensor), isinstance(fc.weight, nn.Parameter)
(True, True)
>>> nn.ModuleList([nn.ReLU(), nn.ReLU(), nn.Tanh()])
ModuleList(
  (0-1): 2 x ReLU()
  (2): Tanh()
)
>>> nn.Softmax(dim=1)(torch.tensor([[1., 2., 3.]]))
tensor([[0.0900, 0.2447, 0.6652]])
>>> nn.Flatten()(torch.ones(2, 3, 4)).shape
torch.Size([2, 12])
>>> w = torch.empty(2, 3)
>>> _ = torch.manual_seed(0)
>>> nn.init.xavier_uniform_(w)
tensor([[-0.0082,  0.5876, -0.9016],
        [-0.8062, -0.4219,  0.2938]])
>>> nn.init.calculate_gain('relu')
1.4142135623730951
>>> _ = torch.manual_seed(0)
>>> nn.init.orthogonal_(torch.empty(3, 5))
tensor([[ 0.5222, -0.0994, -0.7384,  0.1926, -0.3675],
        [-0.5365,  0.2106, -0.1429, -0.3588, -0.7202],
        [-0.4409,  0.0663, -0.0457,  0.8898, -0.0864]])
>>> nn.init.kaiming_normal_(torch.empty(2, 3), mode='fan_out', nonlinearity='relu')
tensor([[ 0.1227, -0.5663,  0.3731],
        [-0.8920, -1.5091,  0.3704]])
>>> nn.init.eye_(torch.empty(2, 3))
tensor([[1., 0., 0.],
        [0., 1., 0.]])
>>> nn.init.constant_(torch.empty(2), 0.5)
tensor([0.5000, 0.5000])
>>> nn.init.kaiming_uniform_(torch.empty(3))
ValueError: Fan in and fan out can not be computed for tensor with fewer than 2 dimensions
>>> _ = torch.manual_seed(0)
>>> nn.init.trunc_normal_(torch.empty(2, 4))
tensor([[ 1.5410, -0.2934, -0.5966,  0.5684],
        [-1.0845, -1.3986,  0.4033,  0.8380]])
>>> nn.init.trunc_normal_(torch.empty(3), mean=1.0, std=0.5, a=0.5, b=1.2)
tensor([0.7168, 1.1866, 0.5540])
>>> nn.init.trunc_normal_(torch.empty(2, dtype=torch.float64), std=3.0)
tensor([1.6283, 1.1112], dtype=torch.float64)
>>> _ = torch.manual_seed(0)
>>> bl = nn.Bilinear(2, 3, 4)
>>> bl
Bilinear(in1_features=2, in2_features=3, out_features=4, bias=True)
>>> bl.weight.shape, bl.bias.shape
(torch.Size([4, 2, 3]), torch.Size([4]))
>>> x1 = torch.randn(5, 2, requires_grad=True)
>>> out = bl(x1, torch.randn(5, 3))
>>> out
tensor([[-1.5154, -0.7748,  0.9869,  0.1219],
        [-0.2438,  0.0333,  0.0898, -1.0839],
        [ 0.2452,  0.2190,  0.8647, -1.7398],
        [ 0.0577,  0.3913,  0.1387,  0.6594],
        [ 0.1241, -0.2874,  1.4000, -0.2811]], grad_fn=<AddBackward0>)
>>> out.sum().backward()
>>> x1.grad
tensor([[ 0.8584, -1.6868],
        [ 1.4136, -0.9356],
        [-0.9544,  0.8001],
        [-1.1766,  1.1931],
        [ 0.9414,  0.1623]])
>>> nn.Bilinear(2, 2, 1, bias=False).bias
>>> F.bilinear(torch.ones(1, 2), torch.ones(1, 3), torch.ones(4, 2, 3))
tensor([[6., 6., 6., 6.]])
>>> _ = torch.manual_seed(0)
>>> logits = torch.randn(2, 5, requires_grad=True)
>>> F.gumbel_softmax(logits, tau=0.5)
tensor([[7.6596e-01, 1.8771e-01, 8.4958e-04, 4.2102e-02, 3.3780e-03],
        [1.6436e-03, 7.4578e-02, 9.2025e-01, 1.8062e-03, 1.7215e-03]],
       grad_fn=<SoftmaxBackward0>)
>>> g = F.gumbel_softmax(logits, tau=0.5, hard=True)
>>> g
tensor([[1., 0., 0., 0., 0.],
        [0., 0., 0., 0., 1.]], grad_fn=<AddBackward0>)
>>> (g * torch.arange(5.)).sum().backward()
>>> logits.grad
tensor([[-0.1287,  0.0020,  0.0092,  0.0832,  0.0343],
        [-0.0364, -0.7253, -0.4452,  0.0045,  1.2024]])
>>> F.gumbel_softmax(logits, hard=True, dim=0)
tensor([[1., 0., 0., 1., 0.],
        [0., 1., 1., 0., 1.]], grad_fn=<AddBackward0>)
>>> act = nn.GELU(approximate='tanh')
>>> act
GELU(approximate='tanh')
>>> xg = torch.linspace(-6, 6, 13, requires_grad=True)
>>> yg = act(xg)
>>> yg
tensor([-0.0000e+00, -2.9802e-07, -7.0214e-05, -3.6374e-03, -4.5402e-02,
        -1.5881e-01,  0.0000e+00,  8.4119e-01,  1.9546e+00,  2.9964e+00,
         3.9999e+00,  5.0000e+00,  6.0000e+00], grad_fn=<GeluBackward0>)
>>> (yg * torch.linspace(-1, 1, 13)).sum().backward()
>>> xg.grad
tensor([-0.0000e+00,  1.6757e-06,  2.2331e-04,  5.7921e-03,  2.8700e-02,
         1.3827e-02, -1.4901e-08,  1.8049e-01,  3.6203e-01,  5.0579e-01,
         6.6689e-01,  8.3333e-01,  1.0000e+00])
>>> F.gelu(torch.tensor([0.5, -1.5], dtype=torch.float64), approximate='tanh')
tensor([ 0.3457, -0.1004], dtype=torch.float64)
>>> F.gelu(xg, approximate='erf')
RuntimeError: approximate argument must be either none or tanh.
>>> # forward hooks: see (or replace) what a layer computes
>>> _ = torch.manual_seed(0)
>>> net = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
>>> seen = []
>>> def record(module, inputs, output):
...     seen.append((type(module).__name__, tuple(output.shape)))
>>> handles = [m.register_forward_hook(record) for m in net]
>>> out = net(torch.ones(4, 2))
>>> seen
[('Linear', (4, 3)), ('ReLU', (4, 3)), ('Linear', (4, 1))]
>>> def double_input(module, inputs):
...     return inputs[0] * 2
>>> pre = net[0].register_forward_pre_hook(double_input)
>>> net(torch.ones(1, 2))
tensor([[-0.4394]], grad_fn=<AddmmBackward0>)
>>> pre.remove()
>>> net(torch.ones(1, 2))
tensor([[-0.4966]], grad_fn=<AddmmBackward0>)
>>> def clamp_output(module, inputs, output):
...     return output.clamp(min=0.25)
>>> with net[2].register_forward_hook(clamp_output):
...     print(net(torch.ones(1, 2)))
tensor([[0.2500]], grad_fn=<ClampBackward1>)
>>> net(torch.ones(1, 2))
tensor([[-0.4966]], grad_fn=<AddmmBackward0>)
>>> for h in handles:
...     h.remove()
>>> seen.clear()
>>> _ = net(torch.ones(1, 2))
>>> seen
[]
