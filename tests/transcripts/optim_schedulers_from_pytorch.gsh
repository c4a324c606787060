>>> # learning-rate schedulers, generated from PyTorch 2.13
>>> import math
>>> import torch
>>> from torch import optim
>>> from torch.optim import lr_scheduler
>>> w = torch.zeros(2, requires_grad=True)
>>> def lrs(scheduler, epochs=8):
...     out = []
...     for _ in range(epochs):
...         scheduler.optimizer.step()
...         scheduler.step()
...         out.append(scheduler.get_last_lr())
...     return out
>>> opt = optim.SGD([w], lr=0.1)
>>> s = lr_scheduler.StepLR(opt, step_size=3, gamma=0.5)
>>> s.get_last_lr()
[0.1]
>>> lrs(s)
[[0.1], [0.1], [0.05], [0.05], [0.05], [0.025], [0.025], [0.025]]
>>> opt.param_groups[0]['initial_lr']
0.1
>>> lrs(lr_scheduler.MultiStepLR(optim.SGD([w], lr=1.0), milestones=[2, 5, 5], gamma=0.1))
[[1.0], [0.1], [0.1], [0.1], [0.0010000000000000002], [0.0010000000000000002], [0.0010000000000000002], [0.0010000000000000002]]
>>> lrs(lr_scheduler.ExponentialLR(optim.SGD([w], lr=0.3), gamma=0.9))
[[0.27], [0.24300000000000002], [0.21870000000000003], [0.19683000000000003], [0.17714700000000003], [0.15943230000000003], [0.14348907000000002], [0.12914016300000003]]
>>> lrs(lr_scheduler.CosineAnnealingLR(optim.SGD([w], lr=0.1), T_max=5), epochs=12)
[[0.09045084971874738], [0.06545084971874737], [0.03454915028125263], [0.009549150281252633], [0.0], [0.009549150281252628], [0.03454915028125265], [0.06545084971874741], [0.09045084971874744], [0.10000000000000006], [0.09045084971874746], [0.06545084971874743]]
>>> lrs(lr_scheduler.CosineAnnealingLR(optim.Adam([w], lr=0.01), T_max=4, eta_min=0.001), epochs=10)
[[0.008681980515339464], [0.0055000000000000005], [0.0023180194846605367], [0.001], [0.002318019484660536], [0.0055000000000000005], [0.008681980515339466], [0.010000000000000002], [0.008681980515339464], [0.005500000000000001]]
>>> lrs(lr_scheduler.LambdaLR(optim.SGD([w], lr=0.2), lambda epoch: 0.95 ** epoch))
[[0.19], [0.1805], [0.171475], [0.16290125], [0.15475618749999998], [0.14701837812499996], [0.13966745921874996], [0.13268408625781244]]
>>> lrs(lr_scheduler.MultiplicativeLR(optim.SGD([w], lr=0.2), lambda epoch: 0.9))
[[0.18000000000000002], [0.16200000000000003], [0.14580000000000004], [0.13122000000000003], [0.11809800000000004], [0.10628820000000004], [0.09565938000000004], [0.08609344200000005]]
>>> lrs(lr_scheduler.LinearLR(optim.SGD([w], lr=0.05), start_factor=0.25, total_iters=4))
[[0.021875000000000002], [0.03125000000000001], [0.04062500000000001], [0.05000000000000001], [0.05000000000000001], [0.05000000000000001], [0.05000000000000001], [0.05000000000000001]]
>>> lrs(lr_scheduler.ConstantLR(optim.SGD([w], lr=0.05), factor=0.5, total_iters=3))
[[0.025], [0.025], [0.05], [0.05], [0.05], [0.05], [0.05], [0.05]]
>>> lrs(lr_scheduler.PolynomialLR(optim.SGD([w], lr=0.05), total_iters=6, power=2.0))
[[0.03472222222222223], [0.022222222222222233], [0.012500000000000004], [0.005555555555555558], [0.0013888888888888887], [0.0], [0.0], [0.0]]
>>> two = optim.SGD([{'params': [w]}, {'params': [torch.ones(1, requires_grad=True)], 'lr': 1.0}], lr=0.1)
>>> lrs(lr_scheduler.LambdaLR(two, [lambda e: 1 / (e + 1), lambda e: 0.5 ** e]), epochs=4)
[[0.05, 0.5], [0.03333333333333333, 0.25], [0.025, 0.125], [0.020000000000000004, 0.0625]]
>>> lr_scheduler.LambdaLR(two, [lambda e: 1.0])
ValueError: Expected 2 lr_lambdas, but got 1
>>> lr_scheduler.StepLR(w, step_size=2)
TypeError: Tensor is not an Optimizer
>>> lr_scheduler.ConstantLR(optim.SGD([w], lr=0.1), factor=2)
ValueError: Constant multiplicative factor expected to be between 0 and 1.
>>> lr_scheduler.LinearLR(optim.SGD([w], lr=0.1), start_factor=0)
ValueError: Starting multiplicative factor expected to be greater than 0 and less or equal to 1.
>>> early = lr_scheduler.StepLR(optim.SGD([w], lr=0.1), step_size=1)
>>> early.step()
UserWarning: Detected call of `lr_scheduler.step()` before `optimizer.step()`. In PyTorch 1.1.0 and later, you should call them in the opposite order: `optimizer.step()` before `lr_scheduler.step()`.  Failure to do this will result in PyTorch skipping the first value of the learning rate schedule. See more details at https://pytorch.org/docs/stable/optim.html#how-to-adjust-learning-rate
>>> early.get_last_lr()
[0.010000000000000002]
>>> early.get_lr()
UserWarning: To get the last learning rate computed by the scheduler, please use `get_last_lr()`.
[0.0010000000000000002]
>>> early.step(5)
UserWarning: The epoch parameter in `scheduler.step()` was not necessary and is being deprecated where possible. Please use `scheduler.step()` to step the scheduler. During the deprecation, if epoch is different from None, the closed form is used instead of the new chainable form, where available. Please open an issue if you are unable to replicate your use case: https://github.com/pytorch/pytorch/issues/new/choose.
>>> early.get_last_lr()
[1.0000000000000004e-06]
>>> opt = optim.SGD([w], lr=1.0)
>>> plateau = lr_scheduler.ReduceLROnPlateau(opt, patience=2, factor=0.5)
>>> for metric in [1.0, 0.9, 0.95, 0.95, 0.95, 0.8, 0.85, 0.85, 0.85, 0.85]:
...     plateau.step(metric)
...     print(plateau.get_last_lr(), plateau.num_bad_epochs, plateau.best)
[1.0] 0 1.0
[1.0] 0 0.9
[1.0] 1 0.9
[1.0] 2 0.9
[0.5] 0 0.9
[0.5] 0 0.8
[0.5] 1 0.8
[0.5] 2 0.8
[0.25] 0 0.8
[0.25] 1 0.8
>>> lr_scheduler.ReduceLROnPlateau(opt, factor=1.5)
ValueError: Factor should be < 1.0.
>>> lr_scheduler.ReduceLROnPlateau(opt, mode='middle')
ValueError: mode middle is unknown!
>>> maxi = lr_scheduler.ReduceLROnPlateau(optim.SGD([w], lr=0.1), mode='max', patience=0, cooldown=1, min_lr=0.02, threshold_mode='abs')
>>> for metric in [1, 1, 1, 1, 1, 2, 2, 2]:
...     maxi.step(metric)
...     print(maxi.get_last_lr())
[0.1]
[0.02]
[0.02]
[0.02]
[0.02]
[0.02]
[0.02]
[0.02]
>>> _ = torch.manual_seed(0)
>>> x = torch.linspace(-1, 1, 50)
>>> target = 3 * x - 0.5
>>> p = torch.randn(2, requires_grad=True)
>>> opt = optim.SGD([p], lr=0.5, momentum=0.9)
>>> sched = lr_scheduler.StepLR(opt, step_size=10, gamma=0.5)
>>> for epoch in range(50):
...     opt.zero_grad()
...     loss = ((p[0] * x + p[1] - target) ** 2).mean()
...     loss.backward()
...     opt.step()
...     sched.step()
...     if epoch % 10 == 9:
...         print(epoch, loss.item(), sched.get_last_lr())
9 0.22907502949237823 [0.25]
19 0.06452496349811554 [0.125]
29 0.015766534954309464 [0.0625]
39 0.0025777968112379313 [0.03125]
49 0.0009560825419612229 [0.015625]
>>> p
tensor([ 3.0432, -0.4967], requires_grad=True)
>>> sched.state_dict()
{'step_size': 10, 'gamma': 0.5, 'base_lrs': [0.5], 'last_epoch': 50, '_step_count': 51, '_is_initial': False, '_get_lr_called_within_step': False, '_last_lr': [0.015625]}
