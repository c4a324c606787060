>>> # torch.optim, generated from PyTorch 2.13
>>> import math
>>> import torch
>>> import torch.nn as nn
>>> from torch import optim
>>> _ = torch.manual_seed(0)
>>> w = torch.randn(3, requires_grad=True)
>>> b = torch.zeros(1, requires_grad=True)
>>> torch.optim.SGD([w, b], lr=0.1)
SGD (
Parameter Group 0
    dampening: 0
    differentiable: False
    foreach: None
    fused: None
    lr: 0.1
    maximize: False
    momentum: 0
    nesterov: False
    weight_decay: 0
)
>>> optim.Adam([w])
Adam (
Parameter Group 0
    amsgrad: False
    betas: (0.9, 0.999)
    capturable: False
    decoupled_weight_decay: False
    differentiable: False
    eps: 1e-08
    foreach: None
    fused: None
    lr: 0.001
    maximize: False
    weight_decay: 0
)
>>> optim.AdamW([w], lr=0.01)
AdamW (
Parameter Group 0
    amsgrad: False
    betas: (0.9, 0.999)
    capturable: False
    decoupled_weight_decay: True
    differentiable: False
    eps: 1e-08
    foreach: None
    fused: None
    lr: 0.01
    maximize: False
    weight_decay: 0.01
)
>>> optim.RMSprop([w])
RMSprop (
Parameter Group 0
    alpha: 0.99
    capturable: False
    centered: False
    differentiable: False
    eps: 1e-08
    foreach: None
    lr: 0.01
    maximize: False
    momentum: 0
    weight_decay: 0
)
>>> optim.Adagrad([w])
Adagrad (
Parameter Group 0
    differentiable: False
    eps: 1e-10
    foreach: None
    fused: None
    initial_accumulator_value: 0
    lr: 0.01
    lr_decay: 0
    maximize: False
    weight_decay: 0
)
>>> optim.SGD([w], lr=0.1, momentum=0.9, nesterov=True, weight_decay=1e-4)
SGD (
Parameter Group 0
    dampening: 0
    differentiable: False
    foreach: None
    fused: None
    lr: 0.1
    maximize: False
    momentum: 0.9
    nesterov: True
    weight_decay: 0.0001
)
>>> optim.SGD([w], lr=-1)
ValueError: Invalid learning rate: -1
>>> optim.SGD([w], momentum=-0.5)
ValueError: Invalid momentum value: -0.5
>>> optim.SGD([w], lr=0.1, nesterov=True)
ValueError: Nesterov momentum requires a momentum and zero dampening
>>> optim.SGD([w], weight_decay=-1)
ValueError: Invalid weight_decay value: -1
>>> optim.Adam([w], betas=(1.0, 0.999))
ValueError: Invalid beta parameter at index 0: 1.0
>>> optim.Adam([w], betas=(0.9, -0.1))
ValueError: Invalid beta parameter at index 1: -0.1
>>> optim.Adam([w], eps=-1e-8)
ValueError: Invalid epsilon value: -1e-08
>>> optim.Adam([w], lr=-0.1)
ValueError: Invalid learning rate: -0.1
>>> optim.RMSprop([w], alpha=-0.1)
ValueError: Invalid alpha value: -0.1
>>> optim.Adagrad([w], lr_decay=-1)
ValueError: Invalid lr_decay value: -1
>>> optim.Adagrad([w], initial_accumulator_value=-1)
ValueError: Invalid initial_accumulator_value value: -1
>>> optim.SGD([], lr=0.1)
ValueError: optimizer got an empty parameter list
>>> optim.SGD(w, lr=0.1)
TypeError: params argument given to the optimizer should be an iterable of Tensors or dicts, but got torch.FloatTensor
>>> optim.SGD([w * 2], lr=0.1)
ValueError: can't optimize a non-leaf Tensor
>>> optim.SGD([w, 3.0], lr=0.1)
TypeError: optimizer can only optimize Tensors, but one of the params is float
>>> optim.SGD([{'params': [w]}, {'params': [w]}], lr=0.1)
ValueError: some parameters appear in more than one parameter group
>>> optim.SGD({w, b}, lr=0.1)
SGD (
Parameter Group 0
    dampening: 0
    differentiable: False
    foreach: None
    fused: None
    lr: 0.1
    maximize: False
    momentum: 0
    nesterov: False
    weight_decay: 0
)
>>> opt = optim.SGD([{'params': [w]}, {'params': [b], 'lr': 0.5, 'momentum': 0.9}], lr=0.1)
>>> opt
SGD (
Parameter Group 0
    dampening: 0
    differentiable: False
    foreach: None
    fused: None
    lr: 0.1
    maximize: False
    momentum: 0
    nesterov: False
    weight_decay: 0

Parameter Group 1
    dampening: 0
    differentiable: False
    foreach: None
    fused: None
    lr: 0.5
    maximize: False
    momentum: 0.9
    nesterov: False
    weight_decay: 0
)
>>> len(opt.param_groups)
2
>>> opt.param_groups[1]['lr']
0.5
>>> opt.param_groups[0]['params'][0] is w
True
>>> opt.defaults
{'lr': 0.1, 'momentum': 0, 'dampening': 0, 'weight_decay': 0, 'nesterov': False, 'maximize': False, 'foreach': None, 'differentiable': False, 'fused': None}
>>> c = torch.ones(2, requires_grad=True)
>>> opt.add_param_group({'params': c, 'lr': 0.01})
>>> [g['lr'] for g in opt.param_groups]
[0.1, 0.5, 0.01]
>>> opt.add_param_group({'params': [c]})
ValueError: some parameters appear in more than one parameter group
>>> opt.add_param_group([c])
TypeError: param_group must be a dict, but got <class 'list'>
>>> loss = (w * w).sum() + (b * 3).sum() + c.sum()
>>> loss.backward()
>>> w.grad, b.grad
(tensor([ 3.0820, -0.5869, -4.3576]), tensor([3.]))
>>> opt.step()
>>> w, b, c
(tensor([ 1.2328, -0.2347, -1.7430], requires_grad=True), tensor([-1.5000], requires_grad=True), tensor([0.9900, 0.9900], requires_grad=True))
>>> opt.state[b]
{'momentum_buffer': tensor([3.])}
>>> opt.zero_grad(set_to_none=False)
>>> w.grad, b.grad
(tensor([0., 0., 0.]), tensor([0.]))
>>> opt.zero_grad()
>>> w.grad is None, b.grad is None
(True, True)
>>> opt.step()
>>> w
tensor([ 1.2328, -0.2347, -1.7430], requires_grad=True)
>>> _ = torch.manual_seed(0)
>>> model = nn.Linear(2, 1)
>>> adam = optim.Adam(model.parameters(), lr=0.01, amsgrad=True)
>>> model(torch.ones(4, 2)).sum().backward()
>>> adam.step()
>>> adam.state_dict()
{'state': {0: {'step': tensor(1.), 'exp_avg': tensor([[0.4000, 0.4000]]), 'exp_avg_sq': tensor([[0.0160, 0.0160]]), 'max_exp_avg_sq': tensor([[0.0160, 0.0160]])}, 1: {'step': tensor(1.), 'exp_avg': tensor([0.4000]), 'exp_avg_sq': tensor([0.0160]), 'max_exp_avg_sq': tensor([0.0160])}}, 'param_groups': [{'lr': 0.01, 'betas': (0.9, 0.999), 'eps': 1e-08, 'weight_decay': 0, 'amsgrad': True, 'maximize': False, 'foreach': None, 'capturable': False, 'differentiable': False, 'fused': None, 'decoupled_weight_decay': False, 'params': [0, 1]}]}
>>> adam.state[model.bias]
{'step': tensor(1.), 'exp_avg': tensor([0.4000]), 'exp_avg_sq': tensor([0.0160]), 'max_exp_avg_sq': tensor([0.0160])}
>>> saved = adam.state_dict()
>>> other = optim.Adam(model.parameters(), lr=0.5, amsgrad=True)
>>> other.load_state_dict(saved)
>>> other.param_groups[0]['lr']
0.01
>>> other.state[model.bias]['step']
tensor(1.)
>>> optim.SGD([w], lr=0.1).load_state_dict(saved)
ValueError: loaded state dict contains a parameter group that doesn't match the size of optimizer's group
>>> type(adam).__name__, isinstance(adam, optim.Optimizer)
('Adam', True)
>>> p = torch.tensor([1.0, -2.0], requires_grad=True)
>>> sgd = optim.SGD([p], lr=0.25)
>>> def closure():
...     sgd.zero_grad()
...     loss = (p ** 2).sum()
...     loss.backward()
...     return loss
>>> sgd.step(closure)
tensor(5., grad_fn=<SumBackward0>)
>>> p
tensor([ 0.5000, -1.0000], requires_grad=True)
>>> sgd.step(closure)
tensor(1.2500, grad_fn=<SumBackward0>)
>>> p
tensor([ 0.2500, -0.5000], requires_grad=True)
>>> class Plain(optim.Optimizer):
...     def __init__(self, params, lr=0.1):
...         super().__init__(params, dict(lr=lr))
...     @torch.no_grad()
...     def step(self, closure=None):
...         for group in self.param_groups:
...             for p in group['params']:
...                 if p.grad is not None:
...                     p.add_(p.grad, alpha=-group['lr'])
...                     self.state[p]['n'] = self.state[p].get('n', 0) + 1
>>> q = torch.tensor([1.0, 2.0], requires_grad=True)
>>> plain = Plain([q], lr=0.5)
>>> plain
Plain (
Parameter Group 0
    lr: 0.5
)
>>> (q * q).sum().backward()
>>> plain.step()
>>> q, plain.state[q]
(tensor([0., 0.], requires_grad=True), {'n': 1})
>>> plain.state_dict()
{'state': {0: {'n': 1}}, 'param_groups': [{'lr': 0.5, 'params': [0]}]}
>>> Plain([q], lr=0.1).step.__name__
'step'
>>> def train(make_optimizer, steps=50):
...     _ = torch.manual_seed(0)
...     x = torch.linspace(-math.pi, math.pi, 200)
...     y = x - x * x * x / 6
...     params = [torch.randn((), requires_grad=True) for _ in range(4)]
...     optimizer = make_optimizer(params)
...     for t in range(steps):
...         a, b, c, d = params
...         y_pred = a + b * x + c * x ** 2 + d * x ** 3
...         loss = (y_pred - y).pow(2).mean()
...         optimizer.zero_grad()
...         loss.backward()
...         optimizer.step()
...         if t in (0, 1, 9, 29, steps - 1):
...             print(t, loss.item())
...     print([p.item() for p in params])
...     return optimizer
>>> _ = train(lambda p: optim.SGD(p, lr=1e-3))
0 118.64193725585938
1 91.4443588256836
9 36.96031951904297
29 8.872966766357422
49 3.531341791152954
[1.740968942642212, -0.30022284388542175, -0.5351178646087646, 0.01662164367735386]
>>> _ = train(lambda p: optim.SGD(p, lr=1e-3, momentum=0.9))
0 118.64193725585938
1 91.4443588256836
9 6.271545886993408
29 5.502801418304443
49 1.6551028490066528
[1.2962967157363892, 0.13033708930015564, -0.09794733673334122, -0.08289788663387299]
>>> _ = train(lambda p: optim.SGD(p, lr=1e-3, momentum=0.9, nesterov=True, weight_decay=0.01))
0 118.64193725585938
1 73.33035278320312
9 3.287654161453247
29 2.3349382877349854
49 1.175345778465271
[1.269837498664856, 0.14193105697631836, -0.17152421176433563, -0.04571458324790001]
>>> _ = train(lambda p: optim.SGD(p, lr=1e-3, momentum=0.5, dampening=0.2, maximize=False))
0 118.64193725585938
1 91.4443588256836
9 25.01354217529297
29 3.521712064743042
49 2.256709098815918
[1.7277476787567139, -0.26154857873916626, -0.3477017879486084, 0.011169821955263615]
>>> _ = train(lambda p: optim.Adam(p, lr=0.05))
0 118.64193725585938
1 105.9211654663086
9 43.102691650390625
29 8.541851043701172
49 4.682243347167969
[2.8333873748779297, -0.42005404829978943, -0.468348890542984, 0.027001656591892242]
>>> _ = train(lambda p: optim.Adam(p, lr=0.05, betas=(0.8, 0.99), weight_decay=0.1, amsgrad=True))
0 118.64193725585938
1 105.9211654663086
9 43.727935791015625
29 9.86825942993164
49 4.561309337615967
[2.630483388900757, -0.36569347977638245, -0.581398606300354, 0.028943268582224846]
>>> _ = train(lambda p: optim.AdamW(p, lr=0.05))
0 118.64193725585938
1 105.81173706054688
9 42.64494705200195
29 8.213769912719727
49 4.487550735473633
[2.7622430324554443, -0.40587782859802246, -0.45125722885131836, 0.024659626185894012]
>>> _ = train(lambda p: optim.AdamW(p, lr=0.05, weight_decay=0.5, amsgrad=True))
0 118.64193725585938
1 100.51927947998047
9 25.143259048461914
29 1.81502103805542
49 0.9272533655166626
[0.7467053532600403, -0.030420515686273575, -0.06889285892248154, -0.03207867220044136]
>>> _ = train(lambda p: optim.RMSprop(p, lr=0.01))
0 118.64193725585938
1 94.26092529296875
9 45.13300323486328
29 21.781129837036133
49 13.296490669250488
[2.527839422225952, -0.5749707221984863, -1.089782476425171, 0.06096313148736954]
>>> _ = train(lambda p: optim.RMSprop(p, lr=0.01, alpha=0.9, momentum=0.5, centered=True))
0 118.64193725585938
1 110.04357147216797
9 54.079986572265625
29 11.480778694152832
49 4.489948749542236
[2.5452380180358887, -0.40529873967170715, -0.5741735100746155, 0.03542404994368553]
>>> _ = train(lambda p: optim.RMSprop(p, lr=0.01, weight_decay=0.1))
0 118.64193725585938
1 94.26092529296875
9 45.141136169433594
29 21.791475296020508
49 13.298338890075684
[2.513915538787842, -0.5671181678771973, -1.0891534090042114, 0.06004227325320244]
>>> _ = train(lambda p: optim.Adagrad(p, lr=0.5))
0 118.64193725585938
1 39.157474517822266
9 5.314565658569336
29 1.9136722087860107
49 0.7867491841316223
[1.1013281345367432, 0.38820725679397583, -0.21098877489566803, -0.07868251204490662]
>>> _ = train(lambda p: optim.Adagrad(p, lr=0.5, lr_decay=0.01, weight_decay=0.01, initial_accumulator_value=0.1))
0 118.64193725585938
1 39.15891647338867
9 5.5007100105285645
29 2.2299365997314453
49 1.1725115776062012
[1.355979084968567, 0.25109031796455383, -0.26033908128738403, -0.0589795857667923]
>>> opt = train(lambda p: optim.Adam(p, lr=0.05), steps=3)
0 118.64193725585938
1 105.9211654663086
2 94.29550170898438
[1.690773606300354, -0.44248420000076294, -2.0289604663848877, 0.4192598760128021]
>>> opt.state_dict()['state'][0]
{'step': tensor(3.), 'exp_avg': tensor(-2.9635), 'exp_avg_sq': tensor(0.3607)}
