>>> # torch.nn.functional, printed by PyTorch 2.13
>>> z = torch.tensor([[1., 2., 0.5], [0.1, -1., 2.]], requires_grad=True)
>>> F.softmax(z, dim=-1), F.softmax(z, 0, dtype=torch.float64)
(tensor([[0.2312, 0.6285, 0.1402],
        [0.1247, 0.0415, 0.8338]], grad_fn=<SoftmaxBackward0>), tensor([[0.7109, 0.9526, 0.1824],
        [0.2891, 0.0474, 0.8176]], dtype=torch.float64,
       grad_fn=<SoftmaxBackward0>))
>>> torch.softmax(z, 1), z.softmax(0), z.log_softmax(1)
(tensor([[0.2312, 0.6285, 0.1402],
        [0.1247, 0.0415, 0.8338]], grad_fn=<SoftmaxBackward0>), tensor([[0.7109, 0.9526, 0.1824],
        [0.2891, 0.0474, 0.8176]], grad_fn=<SoftmaxBackward0>), tensor([[-1.4644, -0.4644, -1.9644],
        [-2.0818, -3.1818, -0.1818]], grad_fn=<LogSoftmaxBackward0>))
>>> F.cross_entropy(z, torch.tensor([1, 2]), reduction='sum'), F.cross_entropy(z, torch.tensor([1, 2]), reduction='none')
(tensor(0.6462, grad_fn=<NllLossBackward0>), tensor([0.4644, 0.1818], grad_fn=<NllLossBackward0>))
>>> F.cross_entropy(z, torch.tensor([1, -100])), F.cross_entropy(z, torch.tensor([0, 2]), label_smoothing=0.1)
(tensor(0.4644, grad_fn=<NllLossBackward0>), tensor(0.8964, grad_fn=<AddBackward0>))
>>> F.cross_entropy(z, torch.tensor([[0.2, 0.3, 0.5], [1., 0., 0.]]))
tensor(1.7481, grad_fn=<DivBackward1>)
>>> F.nll_loss(F.log_softmax(z, 1), torch.tensor([0, 1])), F.nll_loss(z, torch.tensor([2, 0]), reduction='none')
(tensor(2.3231, grad_fn=<NllLossBackward0>), tensor([-0.5000, -0.1000], grad_fn=<NllLossBackward0>))
>>> F.mse_loss(z, torch.zeros(2, 3), reduction='sum'), F.mse_loss(z, torch.ones(2, 3), reduction='none')
(tensor(10.2600, grad_fn=<MseLossBackward0>), tensor([[0.0000, 1.0000, 0.2500],
        [0.8100, 4.0000, 1.0000]], grad_fn=<MseLossBackward0>))
>>> F.linear(torch.ones(3), torch.ones(2, 3)), F.linear(torch.ones(4, 3), torch.ones(2, 3), torch.zeros(2)).shape
(tensor([3., 3.]), torch.Size([4, 2]))
>>> F.relu(z), F.gelu(z), F.silu(z), F.softplus(z)
(tensor([[1.0000, 2.0000, 0.5000],
        [0.1000, 0.0000, 2.0000]], grad_fn=<ReluBackward0>), tensor([[ 0.8413,  1.9545,  0.3457],
        [ 0.0540, -0.1587,  1.9545]], grad_fn=<GeluBackward0>), tensor([[ 0.7311,  1.7616,  0.3112],
        [ 0.0525, -0.2689,  1.7616]], grad_fn=<SiluBackward0>), tensor([[1.3133, 2.1269, 0.9741],
        [0.7444, 0.3133, 2.1269]], grad_fn=<SoftplusBackward0>))
>>> F.cross_entropy(z, torch.tensor([1, 2])).backward(); z.grad
tensor([[ 0.1156, -0.1857,  0.0701],
        [ 0.0624,  0.0208, -0.0831]])
>>> F.cross_entropy(torch.ones(2, 3), torch.tensor([1.5, 2.]))
RuntimeError: expected target dtype to be Long or Byte, but got Float
>>> F.cross_entropy(torch.ones(3), torch.tensor(1))
tensor(1.0986)
>>> F.linear(torch.ones(2, 4), torch.ones(3, 3))
RuntimeError: mat1 and mat2 shapes cannot be multiplied (2x4 and 3x3)
