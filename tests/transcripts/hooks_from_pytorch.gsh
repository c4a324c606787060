>>> # autograd hooks, generated from PyTorch 2.13
>>> import torch
>>> import torch.nn as nn
>>> # Tensor.register_hook's docstring example
>>> v = torch.tensor([0., 0., 0.], requires_grad=True)
>>> h = v.register_hook(lambda grad: grad * 2)  # double the gradient
>>> v.backward(torch.tensor([1., 2., 3.]))
>>> v.grad
tensor([2., 4., 6.])
>>> h.remove()  # removes the hook
>>> v.grad = None
>>> v.backward(torch.tensor([1., 2., 3.]))
>>> v.grad
tensor([1., 2., 3.])
>>> type(h).__name__, isinstance(h.id, int)
('RemovableHandle', True)
>>> # a leaf: the hook sees the gradient before it is accumulated into .grad
>>> x = torch.tensor([1., 2., 3.], requires_grad=True)
>>> _ = x.register_hook(lambda g: print('x hook', g, x.grad))
>>> (x * x).sum().backward()
x hook tensor([2., 4., 6.]) None
>>> (x * 3).sum().backward()
x hook tensor([3., 3., 3.]) tensor([2., 4., 6.])
>>> x.grad
tensor([5., 7., 9.])
>>> # several hooks run in registration order, each on what the previous returned
>>> w = torch.tensor([1., -1.], requires_grad=True)
>>> _ = w.register_hook(lambda g: print('first', g))
>>> _ = w.register_hook(lambda g: g + 10)
>>> _ = w.register_hook(lambda g: print('third', g))
>>> _ = w.register_hook(lambda g: g * 2)
>>> (w * 4).sum().backward()
first tensor([4., 4.])
third tensor([14., 14.])
>>> w.grad
tensor([28., 28.])
>>> # a non-leaf: the replaced gradient flows on to the rest of the graph
>>> a = torch.tensor([1., 2.], requires_grad=True)
>>> b = a * 3
>>> _ = b.register_hook(lambda g: print('b hook', g))
>>> _ = b.register_hook(lambda g: g * 100)
>>> c = (b * b).sum()
>>> c.backward()
b hook tensor([ 6., 12.])
>>> a.grad
tensor([1800., 3600.])
>>> # retain_grad stores the gradient after every hook, whatever the order of registration
>>> a = torch.tensor([1., 2.], requires_grad=True)
>>> b = a.exp()
>>> b.retain_grad()
>>> _ = b.register_hook(lambda g: g * 0 + 7)
>>> b.sum().backward()
>>> b.grad, a.grad
(tensor([7., 7.]), tensor([19.0280, 51.7234]))
>>> # a hook removed before backward does not run
>>> a = torch.tensor([2.], requires_grad=True)
>>> y = a ** 2
>>> handle = y.register_hook(lambda g: print('never'))
>>> handle.remove()
>>> handle.remove()
>>> y.backward()
>>> a.grad
tensor([4.])
>>> # a hook with a context manager: removed on exit
>>> a = torch.tensor([2.], requires_grad=True)
>>> with a.register_hook(lambda g: g * 5):
...     (a * 1).backward()
>>> (a * 1).backward()
>>> a.grad
tensor([6.])
>>> # hooks in a chain, and on a tensor used twice
>>> x = torch.tensor(2., requires_grad=True)
>>> y = x * x
>>> z = y.sin()
>>> _ = y.register_hook(lambda g: print('y', g))
>>> _ = z.register_hook(lambda g: print('z', g))
>>> _ = x.register_hook(lambda g: print('x', g))
>>> z.backward()
z tensor(1.)
y tensor(-0.6536)
x tensor(-2.6146)
>>> u = torch.tensor([1., 2.], requires_grad=True)
>>> v = u * 2
>>> _ = v.register_hook(lambda g: print('v', g))
>>> (v * v + v).sum().backward()
v tensor([5., 9.])
>>> u.grad
tensor([10., 18.])
>>> # the order of hooks on several tensors
>>> x = torch.tensor([1., 2.], requires_grad=True)
>>> y = torch.tensor([3., 4.], requires_grad=True)
>>> _ = x.register_hook(lambda g: print('x', g))
>>> _ = y.register_hook(lambda g: print('y', g))
>>> (x * y).sum().backward()
x tensor([3., 4.])
y tensor([1., 2.])
>>> (y * x).sum().backward()
y tensor([1., 2.])
x tensor([3., 4.])
>>> (x.exp() + y.sin() * x).sum().backward()
y tensor([-0.9900, -1.3073])
x tensor([2.8594, 6.6323])
>>> parts = [torch.tensor([float(i)], requires_grad=True) for i in range(3)]
>>> for i, t in enumerate(parts):
...     _ = t.register_hook(lambda g, i=i: print('part', i, g))
>>> (torch.cat(parts) * torch.arange(3.)).sum().backward()
part 0 tensor([0.])
part 1 tensor([1.])
part 2 tensor([2.])
>>> _ = torch.manual_seed(0)
>>> layer = nn.Linear(2, 1)
>>> _ = layer.weight.register_hook(lambda g: print('weight', g))
>>> _ = layer.bias.register_hook(lambda g: print('bias', g))
>>> h = torch.tensor([[1., 2.]], requires_grad=True)
>>> _ = h.register_hook(lambda g: print('input', g))
>>> hidden = layer(h)
>>> _ = hidden.register_hook(lambda g: print('hidden', g))
>>> (hidden.tanh() + hidden.sigmoid()).sum().backward()
hidden tensor([[1.2194]])
bias tensor([1.2194])
input tensor([[-0.0065,  0.4625]])
weight tensor([[1.2194, 2.4387]])
>>> # a hook in a function, counting calls
>>> calls = []
>>> def record(grad):
...     calls.append(grad.shape)
...     return grad.clamp(max=1)
>>> p = torch.tensor([[0.5, 2.0], [3.0, -4.0]], requires_grad=True)
>>> _ = p.register_hook(record)
>>> (p * p).sum().backward()
>>> p.grad
tensor([[ 1.,  1.],
        [ 1., -8.]])
>>> calls
[torch.Size([2, 2])]
>>> # in-place on the gradient inside the hook
>>> q = torch.tensor([1., 2.], requires_grad=True)
>>> _ = q.register_hook(lambda g: g.mul_(3))
>>> (q * 2).sum().backward()
>>> q.grad
tensor([6., 6.])
>>> # torch.autograd.grad runs the hooks too
>>> x = torch.tensor([1., 2.], requires_grad=True)
>>> _ = x.register_hook(lambda g: print('leaf', g) or g * 3)
>>> torch.autograd.grad((x * 2).sum(), x)
leaf tensor([2., 2.])
(tensor([6., 6.]),)
>>> x.grad is None
True
>>> x = torch.tensor([1., 2.], requires_grad=True)
>>> y = x * 2
>>> _ = y.register_hook(lambda g: g * 3)
>>> torch.autograd.grad(y.sum(), y)
(tensor([3., 3.]),)
>>> torch.autograd.grad((y * y).sum(), [y, x])
(tensor([4., 8.]), tensor([24., 48.]))
>>> x = torch.tensor([1., 2.], requires_grad=True)
>>> y = x * 2
>>> y.retain_grad()
>>> _ = y.register_hook(lambda g: g * 3)
>>> torch.autograd.grad(y.sum(), x), y.grad
((tensor([6., 6.]),), tensor([3., 3.]))
>>> # create_graph=True: the hooks' gradients are recorded
>>> x = torch.tensor([1., 2.], requires_grad=True)
>>> y = x * x
>>> _ = y.register_hook(lambda g: g * 2)
>>> gx, = torch.autograd.grad(y.sum(), x, create_graph=True)
>>> gx
tensor([4., 8.], grad_fn=<AddBackward0>)
>>> gx.sum().backward()
>>> x.grad
tensor([4., 4.])
>>> x = torch.tensor([1., 2.], requires_grad=True)
>>> y = x ** 3
>>> _ = y.register_hook(lambda g: print(g.requires_grad))
>>> gx, = torch.autograd.grad(y, x, torch.ones(2, requires_grad=True), create_graph=True)
True
>>> gx
tensor([ 3., 12.], grad_fn=<MulBackward0>)
>>> # an output that received no gradient: the hook sees None
>>> x = torch.tensor([1., 2.], requires_grad=True)
>>> first, second = x.unbind()
>>> _ = first.register_hook(lambda g: print('first', g))
>>> (second * 2).backward()
first None
>>> x.grad
tensor([0., 2.])
>>> # hooks registered before an in-place write stay with the old value's node
>>> x = torch.tensor([1., 2.], requires_grad=True)
>>> y = x * 1
>>> _ = y.register_hook(lambda g: print('before', g))
>>> y.mul_(2)
tensor([2., 4.], grad_fn=<MulBackward0>)
>>> _ = y.register_hook(lambda g: print('after', g))
>>> y.sum().backward()
after tensor([1., 1.])
before tensor([2., 2.])
>>> x.grad
tensor([2., 2.])
>>> # errors
>>> torch.ones(2).register_hook(lambda g: g)
RuntimeError: cannot register a hook on a tensor that doesn't require gradient
>>> x = torch.tensor([1., 2.], requires_grad=True)
>>> _ = x.register_hook(lambda g: g[:1])
>>> (x * 2).sum().backward()
RuntimeError: hook '<lambda>' has changed the size of value
>>> x.grad is None
True
>>> x = torch.tensor([1., 2.], requires_grad=True)
>>> def hook(grad):
...     return grad.double()
>>> _ = x.register_hook(hook)
>>> (x * 2).sum().backward()
RuntimeError: hook 'hook' has changed the type of value (was torch.FloatTensor got torch.DoubleTensor)
>>> x = torch.tensor([1., 2.], requires_grad=True)
>>> _ = x.register_hook(lambda g: 3)
>>> (x * 2).sum().backward()
TypeError: expected Variable, but hook returned 'int'
>>> x = torch.tensor([1., 2.], requires_grad=True)
>>> _ = x.register_hook(lambda g: g.tolist())
>>> (x * 2).sum().backward()
TypeError: expected Variable, but hook returned 'list'
>>> x = torch.tensor([1., 2.], requires_grad=True)
>>> _ = x.register_hook(lambda g: (g,))
>>> (x * 2).sum().backward()
TypeError: expected Variable, but hook returned 'tuple'
>>> x = torch.tensor([1., 2.], requires_grad=True)
>>> first, second = x.unbind()
>>> _ = first.register_hook(lambda g: torch.ones(()))
>>> (second * 2).backward()
RuntimeError: can't replace a None gradient with a non-None value
>>> x = torch.tensor([1., 2.], requires_grad=True)
>>> y = x * 2
>>> _ = y.register_hook(lambda g: g.sum())
>>> y.sum().backward()
RuntimeError: hook '<lambda>' has changed the size of value
>>> # register_post_accumulate_grad_hook's docstring example
>>> v = torch.tensor([0., 0., 0.], requires_grad=True)
>>> lr = 0.01
>>> # simulate a simple SGD update
>>> h = v.register_post_accumulate_grad_hook(lambda p: p.add_(p.grad, alpha=-lr))
>>> v.backward(torch.tensor([1., 2., 3.]))
>>> v
tensor([-0.0100, -0.0200, -0.0300], requires_grad=True)
>>> h.remove()  # removes the hook
>>> _ = v.register_post_accumulate_grad_hook(lambda p: p[:1])
>>> v.backward(torch.tensor([1., 2., 3.]))
RuntimeError: hook '<lambda>' has changed the size of value
>>> # register_post_accumulate_grad_hook: after .grad was updated
>>> x = torch.tensor([1., 2.], requires_grad=True)
>>> _ = x.register_post_accumulate_grad_hook(lambda t: print('post', t.grad))
>>> _ = x.register_hook(lambda g: print('pre', g))
>>> (x * 2).sum().backward()
pre tensor([2., 2.])
post tensor([2., 2.])
>>> (x * 2).sum().backward()
pre tensor([2., 2.])
post tensor([4., 4.])
>>> torch.autograd.grad((x * 2).sum(), x)
pre tensor([2., 2.])
(tensor([2., 2.]),)
>>> # an optimizer step in the hook, as in PyTorch's tutorial on it
>>> p = torch.tensor([1., 2.], requires_grad=True)
>>> def step(param):
...     with torch.no_grad():
...         param -= 0.1 * param.grad
...     param.grad = None
>>> _ = p.register_post_accumulate_grad_hook(step)
>>> (p * p).sum().backward()
>>> p, p.grad
(tensor([0.8000, 1.6000], requires_grad=True), None)
>>> (x * 2).register_post_accumulate_grad_hook(lambda t: None)
RuntimeError: post accumulate grad hooks cannot be registered on non-leaf tensors
>>> torch.ones(2).register_post_accumulate_grad_hook(lambda t: None)
RuntimeError: cannot register a hook on a tensor that doesn't require gradient
>>> x = torch.tensor([1., 2.], requires_grad=True)
>>> _ = x.register_post_accumulate_grad_hook(lambda t: 1)
>>> (x * 2).sum().backward()
TypeError: expected Variable, but hook returned 'int'
>>> # grad_fn.register_prehook and grad_fn.register_hook
>>> x = torch.tensor([1., 2.], requires_grad=True)
>>> y = x * torch.tensor([3., 4.])
>>> _ = y.grad_fn.register_prehook(lambda grad_outputs: print('pre', grad_outputs))
>>> _ = y.grad_fn.register_hook(lambda grad_inputs, grad_outputs: print('post', grad_inputs, grad_outputs))
>>> y.sum().backward()
pre (tensor([1., 1.]),)
post (tensor([3., 4.]), None) (tensor([1., 1.]),)
>>> x = torch.tensor([1., 2.], requires_grad=True)
>>> y = x * 2
>>> _ = y.grad_fn.register_prehook(lambda go: (go[0] * 5,))
>>> _ = y.grad_fn.register_hook(lambda gi, go: (gi[0] + 1, None))
>>> y.sum().backward()
>>> x.grad
tensor([11., 11.])
>>> x = torch.tensor([1., 2.], requires_grad=True)
>>> s = (x * 2).sum()
>>> acc = s.grad_fn.next_functions[0][0].next_functions[0][0]
>>> acc.name(), acc.variable is x
('torch::autograd::AccumulateGrad', True)
>>> _ = acc.register_prehook(lambda go: print('acc pre', go))
>>> _ = acc.register_hook(lambda gi, go: print('acc post', gi, go))
>>> s.backward()
acc pre (tensor([2., 2.]),)
acc post () (tensor([2., 2.]),)
>>> y = x * 2
>>> _ = y.grad_fn.register_prehook(lambda go: 5)
>>> y.sum().backward()
TypeError: expected tuple, but hook returned 'int'
>>> y = x * 2
>>> _ = y.grad_fn.register_prehook(lambda go: [go[0]])
>>> y.sum().backward()
TypeError: expected tuple, but hook returned 'list'
>>> y = x * 2
>>> _ = y.grad_fn.register_hook(lambda gi, go: (gi[0],))
>>> y.sum().backward()
RuntimeError: hook '<lambda>' has returned an incorrect number of values (got 1, but expected 2)
>>> y = x * 2
>>> _ = y.grad_fn.register_hook(lambda gi, go: (gi[0][:1], None))
>>> y.sum().backward()
RuntimeError: hook '<lambda>' has changed the size of value
>>> y = x * 2
>>> _ = y.grad_fn.register_hook(lambda gi, go: (None, gi[0]))
>>> y.sum().backward()
RuntimeError: can't replace a None gradient with a non-None value
>>> # nn.Module: full backward hooks and backward pre-hooks
>>> _ = torch.manual_seed(0)
>>> lin = nn.Linear(3, 2)
>>> def backward_hook(module, grad_input, grad_output):
...     print('backward', type(module).__name__, grad_input, grad_output)
>>> def backward_pre_hook(module, grad_output):
...     print('pre', grad_output)
...     return (grad_output[0] * 2,)
>>> h1 = lin.register_full_backward_hook(backward_hook)
>>> h2 = lin.register_full_backward_pre_hook(backward_pre_hook)
>>> x = torch.ones(1, 3, requires_grad=True)
>>> out = lin(x)
>>> out
tensor([[-0.1812, -0.0347]], grad_fn=<BackwardHookFunctionBackward>)
>>> out.sum().backward()
pre (tensor([[1., 1.]]),)
backward Linear (tensor([[-0.8584,  0.1747, -0.6407]]),) (tensor([[2., 2.]]),)
>>> x.grad
tensor([[-0.8584,  0.1747, -0.6407]])
>>> lin.weight.grad
tensor([[2., 2., 2.],
        [2., 2., 2.]])
>>> # no input requires grad: the hook fires at the outputs
>>> lin(torch.ones(1, 3)).sum().backward()
pre (tensor([[1., 1.]]),)
UserWarning: Full backward hook is firing when gradients are computed with respect to module outputs since no inputs require gradients. See https://docs.pytorch.org/docs/main/generated/torch.nn.Module.html#torch.nn.Module.register_full_backward_hook for more details.
backward Linear (None,) (tensor([[2., 2.]]),)
>>> h2.remove()
>>> lin.zero_grad()
>>> x.grad = None
>>> lin(x).sum().backward()
backward Linear (tensor([[-0.4292,  0.0873, -0.3204]]),) (tensor([[1., 1.]]),)
>>> x.grad
tensor([[-0.4292,  0.0873, -0.3204]])
>>> h1.remove()
>>> lin(x).grad_fn.name()
'AddmmBackward0'
>>> # a hook that replaces grad_input
>>> _ = torch.manual_seed(0)
>>> seq = nn.Sequential(nn.Linear(2, 2), nn.ReLU(), nn.Linear(2, 1))
>>> _ = seq[1].register_full_backward_hook(lambda m, gi, go: (torch.zeros_like(gi[0]),))
>>> _ = seq[0].register_full_backward_hook(lambda m, gi, go: print('first layer', go))
>>> inp = torch.tensor([[1., 2.]], requires_grad=True)
>>> seq(inp).sum().backward()
first layer (tensor([[0., 0.]]),)
>>> inp.grad, seq[0].weight.grad
(tensor([[0., 0.]]), tensor([[0., 0.],
        [0., 0.]]))
>>> # a module with two inputs
>>> class Mul(nn.Module):
...     def forward(self, a, b):
...         return a * b
>>> m = Mul()
>>> _ = m.register_full_backward_hook(lambda mod, gi, go: print(gi, go))
>>> a = torch.tensor([1., 2.], requires_grad=True)
>>> m(a, torch.tensor([3., 4.])).sum().backward()
(tensor([3., 4.]), tensor([0., 0.])) (tensor([1., 1.]),)
>>> m(a, a).sum().backward()
(tensor([1., 2.]), tensor([1., 2.])) (tensor([1., 1.]),)
>>> # errors
>>> _ = m.register_full_backward_hook(lambda mod, gi, go: (gi[0],))
>>> m(a, torch.tensor([3., 4.])).sum().backward()
(tensor([3., 4.]), tensor([0., 0.])) (tensor([1., 1.]),)
RuntimeError: Backward hook returned an invalid number of grad_input, got 1, but expected 2
>>> lin2 = nn.Linear(2, 2)
>>> _ = lin2.register_full_backward_pre_hook(lambda mod, go: (go[0], go[0]))
>>> lin2(torch.ones(2, requires_grad=True)).sum().backward()
RuntimeError: Backward pre hook returned an invalid number of grad_output, got 2, but expected 1
