>>> # LayerNorm, BatchNorm and Embedding, generated from PyTorch 2.13
>>> import torch
>>> import torch.nn as nn
>>> import torch.nn.functional as F
>>> _ = torch.manual_seed(0)
>>> ln = nn.LayerNorm(3)
>>> ln
LayerNorm((3,), eps=1e-05, elementwise_affine=True, bias=True)
>>> x = torch.tensor([[1., 2., 4.], [0.5, -1., 3.]], requires_grad=True)
>>> y = ln(x)
>>> y
tensor([[-1.0690, -0.2673,  1.3363],
        [-0.2020, -1.1112,  1.3132]], grad_fn=<NativeLayerNormBackward0>)
>>> (y * torch.tensor([1., 2., 3.])).sum().backward()
>>> x.grad
tensor([[-0.1145,  0.1718, -0.0573],
        [-0.5442,  0.3402,  0.2041]])
>>> ln.weight.grad, ln.bias.grad
(tensor([-1.2711, -2.7569,  7.9485]), tensor([2., 4., 6.]))
>>> F.layer_norm(torch.tensor([[1., 3., 4.]]), (3,))
tensor([[-1.3363,  0.2673,  1.0690]])
>>> nn.LayerNorm((2, 3), elementwise_affine=False)
LayerNorm((2, 3), eps=1e-05, elementwise_affine=False, bias=False)
>>> ln(torch.ones(2, 4))
RuntimeError: Given normalized_shape=[3], expected input with shape [*, 3], but got input of size[2, 4]
>>> bn = nn.BatchNorm1d(2)
>>> bn
BatchNorm1d(2, eps=1e-05, momentum=0.1, affine=True, bias=True, track_running_stats=True)
>>> z = torch.tensor([[1., 2.], [3.5, 6.], [5., 1.]], requires_grad=True)
>>> out = bn(z)
>>> out
tensor([[-1.3132, -0.4629],
        [ 0.2020,  1.3887],
        [ 1.1112, -0.9258]], grad_fn=<NativeBatchNormBackward0>)
>>> bn.running_mean, bn.running_var, bn.num_batches_tracked
(tensor([0.3167, 0.3000]), tensor([1.3083, 1.6000]), tensor(1))
>>> (out * torch.tensor([[1., -2.], [0.5, 1.], [2., 3.]])).sum().backward()
>>> z.grad
tensor([[ 0.1670, -1.2675],
        [-0.4453,  0.2535],
        [ 0.2783,  1.0140]])
>>> bn.weight.grad, bn.bias.grad
(tensor([ 1.0102, -0.4629]), tensor([3.5000, 2.0000]))
>>> _ = bn.eval()
>>> bn(z)
tensor([[0.5974, 1.3440],
        [2.7831, 4.5062],
        [4.0944, 0.5534]], grad_fn=<NativeBatchNormBackward0>)
>>> bn(torch.ones(2, 2, 2, 2))
ValueError: expected 2D or 3D input (got 4D input)
>>> bn2 = nn.BatchNorm2d(2)
>>> bn2
BatchNorm2d(2, eps=1e-05, momentum=0.1, affine=True, bias=True, track_running_stats=True)
>>> bn2(torch.arange(16.).reshape(2, 2, 2, 2) ** 1.5)[0, :, 0]
tensor([[-1.1205, -1.0498],
        [-1.2304, -1.0633]], grad_fn=<SelectBackward0>)
>>> bn2.running_mean
tensor([1.5845, 3.1415])
>>> list(bn2.state_dict().keys())
['weight', 'bias', 'running_mean', 'running_var', 'num_batches_tracked']
>>> emb = nn.Embedding(5, 2, padding_idx=0)
>>> emb
Embedding(5, 2, padding_idx=0)
>>> emb.weight
Parameter containing:
tensor([[ 0.0000,  0.0000],
        [-2.1788,  0.5684],
        [-1.0845, -1.3986],
        [ 0.4033,  0.8380],
        [-0.7193, -0.4033]], requires_grad=True)
>>> e = emb(torch.tensor([[0, 2], [4, 2]]))
>>> e
tensor([[[ 0.0000,  0.0000],
         [-1.0845, -1.3986]],

        [[-0.7193, -0.4033],
         [-1.0845, -1.3986]]], grad_fn=<EmbeddingBackward0>)
>>> e.sum().backward()
>>> emb.weight.grad
tensor([[0., 0.],
        [0., 0.],
        [2., 2.],
        [0., 0.],
        [1., 1.]])
>>> nn.Embedding(3, 2)(torch.tensor([3]))
IndexError: index out of range in self
>>> F.embedding(torch.tensor([1, 0]), torch.tensor([[1., 2.], [3., 4.]]))
tensor([[3., 4.],
        [1., 2.]])
>>> d = nn.ModuleDict({'enc': nn.Linear(2, 2), 'act': nn.ReLU()})
>>> d
ModuleDict(
  (enc): Linear(in_features=2, out_features=2, bias=True)
  (act): ReLU()
)
>>> list(d.keys()), len(d), 'act' in d
(['enc', 'act'], 2, True)
>>> d['enc']
Linear(in_features=2, out_features=2, bias=True)
>>> # recurrent layers: PyTorch's weight layout, gate order and initial weights
>>> _ = torch.manual_seed(0)
>>> lstm = nn.LSTM(3, 2)
>>> lstm
LSTM(3, 2)
>>> [name for name, _ in lstm.named_parameters()]
['weight_ih_l0', 'weight_hh_l0', 'bias_ih_l0', 'bias_hh_l0']
>>> lstm.weight_ih_l0
Parameter containing:
tensor([[-0.0053,  0.3793, -0.5820],
        [-0.5204, -0.2723,  0.1896],
        [-0.0140,  0.5607, -0.0628],
        [ 0.1871, -0.2137, -0.1390],
        [-0.6755, -0.4683, -0.2915],
        [ 0.0262,  0.2795,  0.4243],
        [-0.4794, -0.3079,  0.2568],
        [ 0.5872, -0.1455,  0.5291]], requires_grad=True)
>>> x = torch.randn(4, 1, 3)
>>> out, (h, c) = lstm(x)
>>> out.detach()
tensor([[[-0.0072, -0.0691]],

        [[ 0.1209, -0.0112]],

        [[ 0.4648, -0.0536]],

        [[ 0.2673, -0.1583]]])
>>> h, c
(tensor([[[ 0.2673, -0.1583]]], grad_fn=<StackBackward0>), tensor([[[ 0.4377, -0.5162]]], grad_fn=<StackBackward0>))
>>> out.grad_fn.name()
'MkldnnRnnLayerBackward0'
>>> out
tensor([[[-0.0072, -0.0691]],

        [[ 0.1209, -0.0112]],

        [[ 0.4648, -0.0536]],

        [[ 0.2673, -0.1583]]], grad_fn=<MkldnnRnnLayerBackward0>)
>>> out.sum().backward()
>>> lstm.bias_hh_l0.grad
tensor([ 0.2685, -0.1077,  0.0995, -0.0412,  1.1698,  0.6902,  0.1647, -0.1728])
>>> gru = nn.GRU(3, 2, num_layers=2, batch_first=True)
>>> gru
GRU(3, 2, num_layers=2, batch_first=True)
>>> o, hn = gru(torch.randn(2, 4, 3))
>>> o[0].detach(), hn.shape
(tensor([[-0.1840, -0.5385],
        [-0.3436, -0.6503],
        [-0.4430, -0.5930],
        [-0.5578, -0.7197]]), torch.Size([2, 2, 2]))
>>> rnn = nn.RNN(3, 2, bidirectional=True, nonlinearity='relu')
>>> rnn
RNN(3, 2, bidirectional=True)
>>> o2, h2 = rnn(torch.randn(5, 3))
>>> o2.shape, h2.shape
(torch.Size([5, 4]), torch.Size([2, 2]))
>>> lstm(torch.randn(4, 1, 5))
RuntimeError: input.size(-1) must be equal to input_size. Expected 3, got 5
