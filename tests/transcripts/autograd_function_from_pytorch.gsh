>>> # custom autograd Functions, generated from PyTorch 2.13
>>> import math
>>> import torch
>>> from torch.autograd import Function
>>> # the documentation's Exp: the output saved for backward
>>> class Exp(Function):
...     @staticmethod
...     def forward(ctx, i):
...         result = i.exp()
...         ctx.save_for_backward(result)
...         return result
... 
...     @staticmethod
...     def backward(ctx, grad_output):
...         result, = ctx.saved_tensors
...         return grad_output * result
>>> x = torch.tensor([0., 1., 2.], requires_grad=True)
>>> y = Exp.apply(x)
>>> y
tensor([1.0000, 2.7183, 7.3891], grad_fn=<ExpBackward>)
>>> y.grad_fn.name(), type(y.grad_fn).__name__, y.requires_grad, y.is_leaf
('ExpBackward', 'ExpBackward', True, False)
>>> y.grad_fn.saved_tensors
(tensor([1.0000, 2.7183, 7.3891], grad_fn=<ExpBackward>),)
>>> len(y.grad_fn.next_functions), y.grad_fn.next_functions[0][0].name()
(1, 'torch::autograd::AccumulateGrad')
>>> y.sum().backward()
>>> x.grad
tensor([1.0000, 2.7183, 7.3891])
>>> y.sum().backward()
RuntimeError: Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward.
>>> y.grad_fn.saved_tensors
RuntimeError: Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward.
>>> x.grad = None
>>> y = Exp.apply(x)
>>> y.sum().backward(retain_graph=True)
>>> y.sum().backward()
>>> x.grad
tensor([ 2.0000,  5.4366, 14.7781])
>>> issubclass(Exp, Function), issubclass(Exp, torch.autograd.Function)
(True, True)
>>> torch.autograd.Function is torch.autograd.function.Function
True
>>> Exp.apply(torch.tensor([1., 2.]))
tensor([2.7183, 7.3891])
>>> Exp.apply(torch.ones(2, dtype=torch.float64, requires_grad=True))
tensor([2.7183, 2.7183], dtype=torch.float64, grad_fn=<ExpBackward>)
>>> with torch.no_grad():
...     z = Exp.apply(x)
>>> z.requires_grad, z.grad_fn
(False, None)
>>> # a saved output changed in place
>>> e = Exp.apply(torch.tensor(2., requires_grad=True))
>>> with torch.no_grad():
...     e.add_(1)
tensor(8.3891, grad_fn=<ExpBackward>)
>>> e.backward()
RuntimeError: one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor []], which is output 0 of Exp, is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).
>>> # ReLU, with the input saved; forward runs without recording
>>> class MyReLU(torch.autograd.Function):
...     @staticmethod
...     def forward(ctx, input):
...         print("forward records:", torch.is_grad_enabled(), ctx.needs_input_grad)
...         ctx.save_for_backward(input)
...         return input.clamp(min=0)
... 
...     @staticmethod
...     def backward(ctx, grad_output):
...         input, = ctx.saved_tensors
...         grad_input = grad_output.clone()
...         grad_input[input < 0] = 0
...         return grad_input
>>> a = torch.tensor([-1., 0.5, 2.], requires_grad=True)
>>> r = MyReLU.apply(a)
forward records: False (True,)
>>> r
tensor([0.0000, 0.5000, 2.0000], grad_fn=<MyReLUBackward>)
>>> (r * torch.tensor([1., 2., 3.])).sum().backward()
>>> a.grad
tensor([0., 2., 3.])
>>> MyReLU.apply(torch.tensor([-2., 3.]))
forward records: False (False,)
tensor([0., 3.])
>>> # the documentation's LinearFunction, with setup_context and needs_input_grad
>>> class LinearFunction(Function):
...     @staticmethod
...     def forward(input, weight, bias):
...         output = input.mm(weight.t())
...         if bias is not None:
...             output += bias.unsqueeze(0).expand_as(output)
...         return output
... 
...     @staticmethod
...     def setup_context(ctx, inputs, output):
...         input, weight, bias = inputs
...         ctx.save_for_backward(input, weight, bias)
... 
...     @staticmethod
...     def backward(ctx, grad_output):
...         input, weight, bias = ctx.saved_tensors
...         print("needs_input_grad:", ctx.needs_input_grad)
...         grad_input = grad_weight = grad_bias = None
...         if ctx.needs_input_grad[0]:
...             grad_input = grad_output.mm(weight)
...         if ctx.needs_input_grad[1]:
...             grad_weight = grad_output.t().mm(input)
...         if bias is not None and ctx.needs_input_grad[2]:
...             grad_bias = grad_output.sum(0)
...         return grad_input, grad_weight, grad_bias
>>> inp = torch.arange(6.).reshape(2, 3)
>>> w = torch.tensor([[0.5, -1., 2.], [1., 0., -0.5]], requires_grad=True)
>>> b = torch.tensor([0.1, -0.2], requires_grad=True)
>>> out = LinearFunction.apply(inp, w, b)
>>> out
tensor([[ 3.1000, -1.2000],
        [ 7.6000,  0.3000]], grad_fn=<LinearFunctionBackward>)
>>> out.sum().backward()
needs_input_grad: (False, True, True)
>>> w.grad
tensor([[3., 5., 7.],
        [3., 5., 7.]])
>>> b.grad
tensor([2., 2.])
>>> LinearFunction.apply(inp, w, None)
tensor([[ 3.0000, -1.0000],
        [ 7.5000,  0.5000]], grad_fn=<LinearFunctionBackward>)
>>> LinearFunction.apply(inp, w.detach(), None).requires_grad
False
>>> # the older form: forward(ctx, ...) with a default argument
>>> class Linear2(Function):
...     @staticmethod
...     def forward(ctx, input, weight, bias=None):
...         ctx.save_for_backward(input, weight, bias)
...         output = input.mm(weight.t())
...         if bias is not None:
...             output += bias.unsqueeze(0).expand_as(output)
...         return output
... 
...     @staticmethod
...     def backward(ctx, grad_output):
...         input, weight, bias = ctx.saved_tensors
...         grad_bias = grad_output.sum(0) if bias is not None else None
...         return grad_output.mm(weight), grad_output.t().mm(input), grad_bias
>>> i2 = torch.ones(2, 3, requires_grad=True)
>>> Linear2.apply(i2, w).sum().backward()
>>> i2.grad
tensor([[ 1.5000, -1.0000,  1.5000],
        [ 1.5000, -1.0000,  1.5000]])
>>> # the documentation's MulConstant: a non-tensor argument, stored on ctx
>>> class MulConstant(Function):
...     @staticmethod
...     def forward(tensor, constant):
...         return tensor * constant
... 
...     @staticmethod
...     def setup_context(ctx, inputs, output):
...         tensor, constant = inputs
...         ctx.constant = constant
... 
...     @staticmethod
...     def backward(ctx, grad_output):
...         return grad_output * ctx.constant, None
>>> t = torch.tensor([1., 2.], requires_grad=True)
>>> m = MulConstant.apply(t, 5.5)
>>> m, m.grad_fn.constant
(tensor([ 5.5000, 11.0000], grad_fn=<MulConstantBackward>), 5.5)
>>> m.grad_fn.next_functions[0][0].name(), len(m.grad_fn.next_functions)
('torch::autograd::AccumulateGrad', 1)
>>> torch.autograd.grad(m.sum(), t)
(tensor([5.5000, 5.5000]),)
>>> class MulConstantCtx(Function):
...     @staticmethod
...     def forward(ctx, tensor, constant):
...         ctx.constant = constant
...         print(ctx.needs_input_grad)
...         return tensor * constant
... 
...     @staticmethod
...     def backward(ctx, grad_output):
...         return grad_output * ctx.constant, None
>>> MulConstantCtx.apply(t, 3)
(True, False)
tensor([3., 6.], grad_fn=<MulConstantCtxBackward>)
>>> MulConstantCtx.apply(t, torch.tensor(3.))
(True, False)
tensor([3., 6.], grad_fn=<MulConstantCtxBackward>)
>>> MulConstantCtx.apply(t, constant=2)
(True, False)
tensor([2., 4.], grad_fn=<MulConstantCtxBackward>)
>>> # Learning PyTorch with Examples: polynomial_custom_function.py (losses rounded:
>>> # float32 sums of 2000 terms differ from PyTorch's in the last bits; see the docs)
>>> class LegendrePolynomial3(torch.autograd.Function):
...     """
...     We can implement our own custom autograd Functions by subclassing
...     torch.autograd.Function and implementing the forward and backward passes
...     which operate on Tensors.
...     """
... 
...     @staticmethod
...     def forward(ctx, input):
...         """
...         In the forward pass we receive a Tensor containing the input and return
...         a Tensor containing the output. ctx is a context object that can be used
...         to stash information for backward computation. You can cache arbitrary
...         objects for use in the backward pass using the ctx.save_for_backward method.
...         """
...         ctx.save_for_backward(input)
...         return 0.5 * (5 * input ** 3 - 3 * input)
... 
...     @staticmethod
...     def backward(ctx, grad_output):
...         """
...         In the backward pass we receive a Tensor containing the gradient of the loss
...         with respect to the output, and we need to compute the gradient of the loss
...         with respect to the input.
...         """
...         input, = ctx.saved_tensors
...         return grad_output * 1.5 * (5 * input ** 2 - 1)
>>> dtype = torch.float
>>> device = torch.device("cpu")
>>> x = torch.linspace(-math.pi, math.pi, 2000, device=device, dtype=dtype)
>>> y = torch.sin(x)
>>> a = torch.full((), 0.0, device=device, dtype=dtype, requires_grad=True)
>>> b = torch.full((), -1.0, device=device, dtype=dtype, requires_grad=True)
>>> c = torch.full((), 0.0, device=device, dtype=dtype, requires_grad=True)
>>> d = torch.full((), 0.3, device=device, dtype=dtype, requires_grad=True)
>>> learning_rate = 5e-6
>>> for t in range(2000):
...     # To apply our Function, we use Function.apply method. We alias this as 'P3'.
...     P3 = LegendrePolynomial3.apply
... 
...     # Forward pass: compute predicted y using operations; we compute
...     # P3 using our custom autograd operation.
...     y_pred = a + b * P3(c + d * x)
... 
...     # Compute and print loss
...     loss = (y_pred - y).pow(2).sum()
...     if t % 100 == 99:
...         print(t, round(loss.item(), 2))
... 
...     # Use autograd to compute the backward pass.
...     loss.backward()
... 
...     # Update weights using gradient descent
...     with torch.no_grad():
...         a -= learning_rate * a.grad
...         b -= learning_rate * b.grad
...         c -= learning_rate * c.grad
...         d -= learning_rate * d.grad
... 
...         # Manually zero the gradients after updating weights
...         a.grad = None
...         b.grad = None
...         c.grad = None
...         d.grad = None
99 209.96
199 144.66
299 100.7
399 71.04
499 50.98
599 37.4
699 28.21
799 21.97
899 17.75
999 14.88
1099 12.93
1199 11.61
1299 10.71
1399 10.11
1499 9.69
1599 9.41
1699 9.22
1799 9.09
1899 9.0
1999 8.94
>>> print(f'Result: y = {a.item():.5f} + {b.item():.5f} * P3({c.item():.5f} + {d.item():.5f} x)')
Result: y = -0.00000 + -2.20853 * P3(-0.00000 + 0.25549 x)
>>> y_pred.grad_fn.name(), y_pred.grad_fn.next_functions[1][0].next_functions[1][0].name()
('AddBackward0', 'LegendrePolynomial3Backward')
>>> # tuple outputs, mark_non_differentiable; gradients of unused outputs are zeros
>>> class Sort(Function):
...     @staticmethod
...     def forward(ctx, x):
...         values, indices = x.sort()
...         ctx.mark_non_differentiable(indices)
...         ctx.save_for_backward(indices)
...         return values, indices
... 
...     @staticmethod
...     def backward(ctx, grad_values, grad_indices):
...         print("grad_indices:", grad_indices)
...         indices, = ctx.saved_tensors
...         grad = torch.zeros_like(grad_values)
...         grad[indices] = grad_values
...         return grad
>>> s = torch.tensor([3., 1., 2.], requires_grad=True)
>>> values, indices = Sort.apply(s)
>>> values, indices, indices.requires_grad, indices.grad_fn
(tensor([1., 2., 3.], grad_fn=<SortBackward>), tensor([1, 2, 0]), False, None)
>>> (values * torch.tensor([1., 2., 3.])).sum().backward()
grad_indices: tensor([0, 0, 0])
>>> s.grad
tensor([3., 1., 2.])
>>> class Split(Function):
...     @staticmethod
...     def forward(ctx, x):
...         return x * 2, 5, x * 3
... 
...     @staticmethod
...     def backward(ctx, a, b, c):
...         print("backward got", a, b, c)
...         return a * 2 + c * 3
>>> p = torch.ones(2, requires_grad=True)
>>> parts = Split.apply(p)
>>> parts
(tensor([2., 2.], grad_fn=<SplitBackward>), 5, tensor([3., 3.], grad_fn=<SplitBackward>))
>>> parts[0].sum().backward()
backward got tensor([1., 1.]) None tensor([0., 0.])
>>> p.grad
tensor([2., 2.])
>>> parts[0].grad_fn is parts[2].grad_fn
True
>>> # set_materialize_grads(False): a gradient not computed arrives as None
>>> class Pair(Function):
...     @staticmethod
...     def forward(ctx, x, y):
...         ctx.set_materialize_grads(False)
...         return x * 2, y * 3
... 
...     @staticmethod
...     def backward(ctx, ga, gb):
...         print("ga", ga, "gb", gb)
...         return ga, gb
>>> q = torch.ones(2, requires_grad=True)
>>> u, v = Pair.apply(q, q.detach())
>>> v.requires_grad, v.grad_fn.name()
(True, 'PairBackward')
>>> u.sum().backward()
ga tensor([1., 1.]) gb None
>>> q.grad
tensor([1., 1.])
>>> # returning an input gives a new tensor; mark_dirty for in-place forwards
>>> class Same(Function):
...     @staticmethod
...     def forward(ctx, x):
...         return x
... 
...     @staticmethod
...     def backward(ctx, g):
...         return g * 2
>>> k = torch.ones(2, requires_grad=True)
>>> same = Same.apply(k)
>>> same is k, same.grad_fn.name(), same.is_leaf
(False, 'SameBackward', False)
>>> same.sum().backward()
>>> k.grad
tensor([2., 2.])
>>> class Double_(Function):
...     @staticmethod
...     def forward(ctx, x):
...         x.mul_(2)
...         ctx.mark_dirty(x)
...         return x
... 
...     @staticmethod
...     def backward(ctx, g):
...         return g * 2
>>> leaf = torch.ones(2, requires_grad=True)
>>> Double_.apply(leaf)
RuntimeError: a leaf Variable that requires grad has been used in an in-place operation.
>>> leaf = torch.ones(2, requires_grad=True)
>>> h = leaf.clone()
>>> h2 = Double_.apply(h)
>>> h2 is h, h, h.grad_fn.name()
(True, tensor([2., 2.], grad_fn=<Double_Backward>), 'Double_Backward')
>>> h.sum().backward()
>>> leaf.grad
tensor([2., 2.])
>>> # backward written in tensor operations: higher derivatives with create_graph=True
>>> class Cube(Function):
...     @staticmethod
...     def forward(ctx, x):
...         ctx.save_for_backward(x)
...         return x ** 3
... 
...     @staticmethod
...     def backward(ctx, g):
...         x, = ctx.saved_tensors
...         return g * 3 * x ** 2
>>> z = torch.tensor(2., requires_grad=True)
>>> g1, = torch.autograd.grad(Cube.apply(z), z, create_graph=True)
>>> g1
tensor(12., grad_fn=<MulBackward0>)
>>> g2, = torch.autograd.grad(g1, z, create_graph=True)
>>> g2
tensor(12., grad_fn=<MulBackward0>)
>>> torch.autograd.grad(g2, z)
(tensor(6.),)
>>> from torch.autograd.function import once_differentiable
>>> class CubeOnce(Function):
...     @staticmethod
...     def forward(ctx, x):
...         ctx.save_for_backward(x)
...         return x ** 3
... 
...     @staticmethod
...     @once_differentiable
...     def backward(ctx, g):
...         x, = ctx.saved_tensors
...         print("recording in backward:", torch.is_grad_enabled())
...         return g * 3 * x ** 2
>>> g, = torch.autograd.grad(CubeOnce.apply(z), z, create_graph=True)
recording in backward: False
>>> g, g.requires_grad
(tensor(12.), False)
>>> CubeOnce.apply(z).backward()
recording in backward: False
>>> z.grad
tensor(12.)
>>> v = torch.tensor(1., requires_grad=True)
>>> g, = torch.autograd.grad(CubeOnce.apply(z), z, grad_outputs=v, create_graph=True)
recording in backward: False
>>> g, g.grad_fn.name()
(tensor(12., grad_fn=<Error>), 'torch::autograd::Error')
>>> g.backward()
RuntimeError: trying to differentiate twice a function that was marked with @once_differentiable
>>> # forward may record inside enable_grad; apply still gives its own grad_fn
>>> class Inner(Function):
...     @staticmethod
...     def forward(ctx, x):
...         with torch.enable_grad():
...             y = x * 2
...         print("inside:", y.requires_grad, y.grad_fn.name())
...         return y
... 
...     @staticmethod
...     def backward(ctx, g):
...         return g * 2
>>> Inner.apply(z)
inside: True MulBackward0
tensor(4., grad_fn=<InnerBackward>)
>>> # a saved input changed in place after forward
>>> w2 = torch.ones(2, requires_grad=True) * 1
>>> rr = MyReLU.apply(w2)
forward records: False (True,)
>>> with torch.no_grad():
...     w2.add_(1)
tensor([2., 2.], grad_fn=<MulBackward0>)
>>> rr.sum().backward()
RuntimeError: one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [2]], which is output 0 of Mul, is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).
>>> # retain_grad on outputs and inputs of a custom Function
>>> r1 = z * 1
>>> r1.retain_grad()
>>> o1 = Cube.apply(r1)
>>> o1.retain_grad()
>>> (o1 * 2).backward()
>>> r1.grad, o1.grad
(tensor(24.), tensor(2.))
>>> # integer inputs and outputs are not differentiable
>>> class Twice(Function):
...     @staticmethod
...     def forward(ctx, x):
...         return x * 2, (x * 2).long()
... 
...     @staticmethod
...     def backward(ctx, g, h):
...         print("h", h)
...         return g * 2
>>> Twice.apply(torch.tensor([1, 2]))
(tensor([2, 4]), tensor([2, 4]))
>>> tw = Twice.apply(z)
>>> tw
(tensor(4., grad_fn=<TwiceBackward>), tensor(4))
>>> tw[0].backward()
h tensor(0)
>>> # what backward may return
>>> class Three(Function):
...     @staticmethod
...     def forward(ctx, x, y, k):
...         return x * y * k
... 
...     @staticmethod
...     def backward(ctx, g):
...         return g
>>> o = torch.ones(2, requires_grad=True)
>>> Three.apply(o, o, 2).sum().backward()
RuntimeError: function ThreeBackward returned an incorrect number of gradients (expected 3, got 1)
>>> class GradForConstant(Function):
...     @staticmethod
...     def forward(ctx, x, k):
...         return x * k
... 
...     @staticmethod
...     def backward(ctx, g):
...         return g, g
>>> GradForConstant.apply(o, 2).sum().backward()
RuntimeError: function GradForConstantBackward returned a gradient different than None at position 2, but the corresponding forward input was not a Variable
>>> class ExtraNones(Function):
...     @staticmethod
...     def forward(ctx, x, k):
...         return x * k
... 
...     @staticmethod
...     def backward(ctx, g):
...         return g * ctx.needs_input_grad[0], None, None, None
>>> ExtraNones.apply(o, 2).sum().backward()
>>> o.grad
tensor([1., 1.])
>>> class ExtraValue(Function):
...     @staticmethod
...     def forward(ctx, x, k):
...         return x * k
... 
...     @staticmethod
...     def backward(ctx, g):
...         return g, None, 1
>>> ExtraValue.apply(o, 2).sum().backward()
RuntimeError: function ExtraValueBackward returned an incorrect number of gradients (expected 2, got 3)
>>> class WrongShape(Function):
...     @staticmethod
...     def forward(ctx, x):
...         return x * 2
... 
...     @staticmethod
...     def backward(ctx, g):
...         return torch.ones(3)
>>> WrongShape.apply(o).sum().backward()
RuntimeError: Function WrongShapeBackward returned an invalid gradient at index 0 - got [3] but expected shape compatible with [2]
>>> class ScalarGrad(Function):
...     @staticmethod
...     def forward(ctx, x):
...         return x.sum()
... 
...     @staticmethod
...     def backward(ctx, g):
...         return g
>>> ScalarGrad.apply(torch.ones(2, 2, requires_grad=True)).backward()
RuntimeError: Function ScalarGradBackward returned an invalid gradient at index 0 - got [] but expected shape compatible with [2, 2]
>>> class Broadcast(Function):
...     @staticmethod
...     def forward(ctx, x):
...         return x.sum()
... 
...     @staticmethod
...     def backward(ctx, g):
...         return torch.ones(3, 2)
>>> o.grad = None
>>> Broadcast.apply(o).backward()
>>> o.grad
tensor([3., 3.])
>>> class SecondWrong(Function):
...     @staticmethod
...     def forward(ctx, x, k, y):
...         return x * k + y
... 
...     @staticmethod
...     def backward(ctx, g):
...         return g, None, torch.ones(5)
>>> SecondWrong.apply(o, 2, torch.ones(2, requires_grad=True)).sum().backward()
RuntimeError: Function SecondWrongBackward returned an invalid gradient at index 1 - got [5] but expected shape compatible with [2]
>>> SecondWrong.apply(o, 2, torch.ones(2)).sum().backward()
>>> class NumberGrad(Function):
...     @staticmethod
...     def forward(ctx, x):
...         return x * 2
... 
...     @staticmethod
...     def backward(ctx, g):
...         return 3
>>> NumberGrad.apply(o).sum().backward()
RuntimeError: expected Variable or None (got int)
>>> class ListGrad(Function):
...     @staticmethod
...     def forward(ctx, x):
...         return x * 2
... 
...     @staticmethod
...     def backward(ctx, g):
...         return [g]
>>> ListGrad.apply(o).sum().backward()
RuntimeError: expected Variable or None (got list)
>>> class DoubleGrad(Function):
...     @staticmethod
...     def forward(ctx, x):
...         return x * 2
... 
...     @staticmethod
...     def backward(ctx, g):
...         return g.double()
>>> torch.autograd.grad(DoubleGrad.apply(o).sum(), o)
(tensor([1., 1.]),)
>>> class NoneGrad(Function):
...     @staticmethod
...     def forward(ctx, x):
...         return x * 3
... 
...     @staticmethod
...     def backward(ctx, g):
...         return None
>>> torch.autograd.grad(NoneGrad.apply(o).sum(), o)
RuntimeError: The differentiated Tensor at index 0 appears to not have been used in the graph. Set allow_unused=True if this is the desired behavior.
>>> torch.autograd.grad(NoneGrad.apply(o).sum(), o, allow_unused=True)
(None,)
>>> # what forward may save and return
>>> class SaveNumber(Function):
...     @staticmethod
...     def forward(ctx, x):
...         ctx.save_for_backward(x, 3)
...         return x * 2
... 
...     @staticmethod
...     def backward(ctx, g):
...         return g
>>> SaveNumber.apply(o)
TypeError: save_for_backward can only save variables, but argument 1 is of type int
>>> class SaveNone(Function):
...     @staticmethod
...     def forward(ctx, x):
...         print("in forward:", ctx.saved_tensors)
...         ctx.save_for_backward(x, None)
...         return x * 2
... 
...     @staticmethod
...     def backward(ctx, g):
...         x, nothing = ctx.saved_tensors
...         print(x, nothing)
...         return g
>>> SaveNone.apply(o).sum().backward()
in forward: ()
tensor([1., 1.], requires_grad=True) None
>>> class ReturnsList(Function):
...     @staticmethod
...     def forward(ctx, x):
...         return [x * 2, x * 3]
... 
...     @staticmethod
...     def backward(ctx, g):
...         return g
>>> ReturnsList.apply(o)
[tensor([2., 2.]), tensor([3., 3.])]
>>> class ReturnsNumber(Function):
...     @staticmethod
...     def forward(ctx, x):
...         return 3
... 
...     @staticmethod
...     def backward(ctx, g):
...         return g
>>> ReturnsNumber.apply(o)
3
>>> class NoBackward(Function):
...     @staticmethod
...     def forward(ctx, x):
...         return x * 2
>>> NoBackward.apply(o).sum().backward()
NotImplementedError: You must implement either the backward or vjp method for your custom autograd.Function to use it with backward mode AD.
>>> class NoForward(Function):
...     pass
>>> NoForward.apply(o)
NotImplementedError: You must implement the forward function for custom autograd.Function.
>>> Function.apply(o)
NotImplementedError: You must implement the forward function for custom autograd.Function.
>>> GradForConstant.apply(o)
TypeError: GradForConstant.forward() missing 1 required positional argument: 'k'
>>> GradForConstant.apply(o, 1, 2)
TypeError: GradForConstant.forward() takes 3 positional arguments but 4 were given
>>> # forward and backward without @staticmethod still work through apply
>>> class NotStatic(Function):
...     def forward(ctx, x):
...         return x * 4
... 
...     def backward(ctx, g):
...         return g * 4
>>> NotStatic.apply(o)
tensor([4., 4.], grad_fn=<NotStaticBackward>)
>>> # the legacy style: instantiating a Function
>>> f = Exp()
DeprecationWarning: <class '__main__.Exp'> should not be instantiated. Methods on autograd functions are all static, so you should invoke them on the class itself. Instantiating an autograd function will raise an error in a future version of PyTorch.
>>> f(o)
RuntimeError: Legacy autograd function with non-static forward method is deprecated. Please use new-style autograd function with static forward method. (Example: https://pytorch.org/docs/stable/autograd.html#torch.autograd.Function)
>>> Exp()(o)
DeprecationWarning: <class '__main__.Exp'> should not be instantiated. Methods on autograd functions are all static, so you should invoke them on the class itself. Instantiating an autograd function will raise an error in a future version of PyTorch.
RuntimeError: Legacy autograd function with non-static forward method is deprecated. Please use new-style autograd function with static forward method. (Example: https://pytorch.org/docs/stable/autograd.html#torch.autograd.Function)
>>> Exp.apply(o, 1)
TypeError: Exp.forward() takes 2 positional arguments but 3 were given
>>> MulConstantCtx.apply(tensor=torch.ones(2, requires_grad=True), constant=2)
(True, False)
tensor([2., 2.], grad_fn=<MulConstantCtxBackward>)
>>> # ctx outside forward and backward: the grad_fn holds what forward stored
>>> cube = Cube.apply(z)
>>> cube.grad_fn.needs_input_grad, len(cube.grad_fn.saved_tensors), cube.grad_fn.metadata
((True,), 1, {})
>>> cube.grad_fn.constant
AttributeError: 'CubeBackward' object has no attribute 'constant'
>>> cube.grad_fn.constant = 2
>>> cube.grad_fn.constant, cube.grad_fn.name()
(2, 'CubeBackward')
>>> type(cube.grad_fn)
<class 'torch.autograd.function.CubeBackward'>
>>> Cube.apply
<bound method Function.apply of <class '__main__.Cube'>>
>>> Exp.apply(o).grad_fn.next_functions[0][0].variable is o
True
>>> torch.autograd.function.once_differentiable is once_differentiable
True
