>>> # autograd semantics, printed by PyTorch 2.13
>>> a = torch.tensor([1., 2.], requires_grad=True)
>>> b = a * 3; c = b.sum(); b.retain_grad(); c.backward(); b.grad, a.grad
(tensor([1., 1.]), tensor([3., 3.]))
>>> b.retains_grad, a.retains_grad, c.is_leaf, b.requires_grad
(True, False, False, True)
>>> d = a.detach(); d.requires_grad, d.is_leaf, d.grad_fn
(False, True, None)
>>> e = a.detach() * 2
>>> e.requires_grad, e.grad_fn
(False, None)
>>> torch.is_grad_enabled()
True
>>> f = a.clone(); f.grad_fn.name(), f.is_leaf
('CloneBackward0', False)
>>> g = a.exp(); g.backward(torch.tensor([1., 0.])); a.grad
tensor([5.7183, 3.0000])
>>> a.grad.zero_(); a.grad
tensor([0., 0.])
tensor([0., 0.])
>>> h = (a ** 2).sum(); torch.autograd.grad(h, a, retain_graph=True)
(tensor([2., 4.]),)
>>> torch.autograd.grad(h, [a], grad_outputs=torch.tensor(2.))
(tensor([4., 8.]),)
>>> torch.autograd.backward([a.sum() * 2]); a.grad
tensor([2., 2.])
>>> k = torch.tensor(1., requires_grad=True); m = k * k; m.backward(create_graph=True); k.grad
UserWarning: Using backward() with create_graph=True will create a reference cycle between the parameter and its gradient which can cause a memory leak. We recommend using autograd.grad when creating the graph to avoid this. If you have to use this function, make sure to reset the .grad fields of your parameters to None after use to break the cycle and avoid the leak. (Triggered internally at /__w/pytorch/pytorch/torch/csrc/autograd/engine.cpp:1307.)
tensor(2., grad_fn=<CopyBackwards>)
>>> k.grad.requires_grad, k.grad.grad_fn.name()
(True, 'torch::autograd::CopyBackwards')
>>> n = torch.tensor([1., 2.], requires_grad=True); (n * n).sum().backward(inputs=[n]) if False else None
>>> p = torch.ones(2, requires_grad=True); q = p.sum() + p.sum(); q.backward(); p.grad
tensor([2., 2.])
>>> r = torch.ones(2, 2, requires_grad=True); r[0].sum().backward(); r.grad
tensor([[1., 1.],
        [0., 0.]])
>>> s = torch.ones(3, requires_grad=True); (s[[0, 0, 2]] * 2).sum().backward(); s.grad
tensor([4., 0., 2.])
>>> t = torch.tensor([1., 2., 3.], requires_grad=True); t.max().backward(); t.grad
tensor([0., 0., 1.])
>>> u = torch.tensor([2., 2., 1.], requires_grad=True); u.max().backward(); u.grad
tensor([0.5000, 0.5000, 0.0000])
>>> v = torch.tensor([0., 1.], requires_grad=True); v.abs().sum().backward(); v.grad
tensor([0., 1.])
>>> w = torch.tensor([0., 4.], requires_grad=True); w.sqrt().sum().backward(); w.grad
tensor([   inf, 0.2500])
>>> x = torch.tensor([-1., 0., 1.], requires_grad=True); x.clamp(min=0).sum().backward(); x.grad
tensor([0., 1., 1.])
>>> y = torch.tensor([0.], requires_grad=True); (y / y).backward(); y.grad
tensor([nan])
>>> z = torch.tensor([1., 2.], requires_grad=True); z.requires_grad_(False); z.requires_grad
tensor([1., 2.])
False
>>> Variable(torch.ones(2), requires_grad=True) * 2
tensor([2., 2.], grad_fn=<MulBackward0>)
>>> torch.set_grad_enabled(False); (a * 2).requires_grad
torch.autograd.grad_mode.set_grad_enabled(mode=False)
False
>>> torch.set_grad_enabled(True); (a * 2).requires_grad
torch.autograd.grad_mode.set_grad_enabled(mode=True)
True
