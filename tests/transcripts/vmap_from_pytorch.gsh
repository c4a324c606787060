>>> # torch.vmap, generated from PyTorch 2.13
>>> import torch
>>> from torch import vmap
>>> _ = torch.manual_seed(0)
>>> # the docstring's examples
>>> batched_dot = torch.func.vmap(torch.dot)
>>> x, y = torch.randn(2, 5), torch.randn(2, 5)
>>> batched_dot(x, y)
tensor([2.6810, 1.1629])
>>> batch_size, feature_size = 3, 5
>>> weights = torch.randn(feature_size, requires_grad=True)
>>> def model(feature_vec):
...     return feature_vec.dot(weights).relu()
>>> examples = torch.randn(batch_size, feature_size)
>>> result = torch.vmap(model)(examples)
>>> result
tensor([0., 0., 0.], grad_fn=<ReluBackward0>)
>>> N = 5
>>> f = lambda x: x**2
>>> x = torch.randn(N, requires_grad=True)
>>> y = f(x)
>>> I_N = torch.eye(N)
>>> jacobian_rows = [torch.autograd.grad(y, x, v, retain_graph=True)[0] for v in I_N.unbind()]
>>> jacobian = torch.stack(jacobian_rows)
>>> jacobian
tensor([[-0.0808,  0.0000, -0.0000, -0.0000, -0.0000],
        [-0.0000,  0.5762, -0.0000, -0.0000, -0.0000],
        [-0.0000,  0.0000, -0.0151, -0.0000, -0.0000],
        [-0.0000,  0.0000, -0.0000, -1.8290, -0.0000],
        [-0.0000,  0.0000, -0.0000, -0.0000, -2.1772]])
>>> def get_vjp(v):
...     return torch.autograd.grad(y, x, v)
>>> jacobian = torch.vmap(get_vjp)(I_N)
>>> jacobian
(tensor([[-0.0808,  0.0000, -0.0000, -0.0000, -0.0000],
        [-0.0000,  0.5762, -0.0000, -0.0000, -0.0000],
        [-0.0000,  0.0000, -0.0151, -0.0000, -0.0000],
        [-0.0000,  0.0000, -0.0000, -1.8290, -0.0000],
        [-0.0000,  0.0000, -0.0000, -0.0000, -2.1772]]),)
>>> torch.autograd.grad(y, x, I_N[0])
RuntimeError: Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward.
>>> batched_dot = torch.vmap(torch.vmap(torch.dot))
>>> x, y = torch.randn(2, 3, 5), torch.randn(2, 3, 5)
>>> batched_dot(x, y)
tensor([[ 3.7313, -0.9990,  1.1692],
        [-0.5798, -1.0011,  0.7459]])
>>> batched_dot = torch.vmap(torch.dot, in_dims=1)
>>> x, y = torch.randn(2, 5), torch.randn(2, 5)
>>> batched_dot(x, y)
tensor([-1.3673, -0.1571, -0.1844,  1.0797, -0.8597])
>>> batched_dot = torch.vmap(torch.dot, in_dims=(0, None))
>>> x, y = torch.randn(2, 5), torch.randn(5)
>>> batched_dot(x, y)
tensor([-3.2003, -3.4831])
>>> f = lambda dict: torch.dot(dict['x'], dict['y'])
>>> input = {'x': x, 'y': y}
>>> batched_dot = torch.vmap(f, in_dims=({'x': 0, 'y': None},))
>>> batched_dot(input)
tensor([-3.2003, -3.4831])
>>> f = lambda x: x**2
>>> x = torch.randn(2, 5)
>>> batched_pow = torch.vmap(f, out_dims=1)
>>> batched_pow(x)
tensor([[0.2467, 0.2235],
        [1.7162, 3.8832],
        [0.1565, 0.3945],
        [0.0080, 0.0128],
        [0.0283, 0.2145]])
>>> x = torch.randn([2, 5])
>>> def fn(x, scale=4.):
...     return x * scale
>>> batched_pow = torch.vmap(fn)
>>> torch.allclose(batched_pow(x), x * 4)
True
>>> batched_pow(x, scale=x)
tensor([[[ 0.1114,  2.7038,  1.5712,  0.0035,  1.4110],
         [ 0.4088, -1.4012,  1.4968, -0.0655,  0.7814]],

        [[ 0.4088, -1.4012,  1.4968, -0.0655,  0.7814],
         [ 1.5000,  0.7261,  1.4259,  1.2267,  0.4327]]])
>>> # in_dims and out_dims
>>> x = torch.randn(2, 3)
>>> g = lambda a: a * 2
>>> vmap(g, in_dims=-1)(x)
tensor([[-0.0846, -2.8390],
        [ 0.9161,  4.0878],
        [ 0.2896,  1.9276]])
>>> vmap(g, out_dims=-1)(x)
tensor([[-0.0846, -2.8390],
        [ 0.9161,  4.0878],
        [ 0.2896,  1.9276]])
>>> vmap(g, in_dims=1, out_dims=1)(x)
tensor([[-0.0846,  0.9161,  0.2896],
        [-2.8390,  4.0878,  1.9276]])
>>> vmap(lambda a: a.sum(0), in_dims=1)(x)
tensor([-1.4618,  2.5020,  1.1086])
>>> vmap(torch.sum)(x)
tensor([0.5605, 1.5882])
>>> vmap(lambda a, b: a * b, in_dims=(0, None))(x, 3)
tensor([[-0.1270,  1.3741,  0.4344],
        [-4.2584,  6.1317,  2.8914]])
>>> vmap(lambda a, b: a + b, in_dims=(1, 0))(x, torch.ones(3, 2))
tensor([[ 0.9577, -0.4195],
        [ 1.4580,  3.0439],
        [ 1.1448,  1.9638]])
>>> vmap(lambda d: d['a'] + d['b'])({'a': x, 'b': x})
tensor([[-0.0846,  0.9161,  0.2896],
        [-2.8390,  4.0878,  1.9276]])
>>> vmap(lambda p: p[0] * p[1], in_dims=((0, 1),))((x, x.t()))
tensor([[1.7911e-03, 2.0980e-01, 2.0967e-02],
        [2.0149e+00, 4.1776e+00, 9.2893e-01]])
>>> vmap(lambda l: l[0] - l[1], in_dims=([0, None],))([x, x[0]])
tensor([[ 0.0000,  0.0000,  0.0000],
        [-1.3772,  1.5859,  0.8190]])
>>> vmap(lambda a, k=None: a, in_dims=(0,))(x, k=x)
tensor([[-0.0423,  0.4580,  0.1448],
        [-1.4195,  2.0439,  0.9638]])
>>> vmap(lambda a: {'o': a, 'p': a + 1})(x)
{'o': tensor([[-0.0423,  0.4580,  0.1448],
        [-1.4195,  2.0439,  0.9638]]), 'p': tensor([[ 0.9577,  1.4580,  1.1448],
        [-0.4195,  3.0439,  1.9638]])}
>>> vmap(lambda a: [a, a], out_dims=[0, 1])(x)
[tensor([[-0.0423,  0.4580,  0.1448],
        [-1.4195,  2.0439,  0.9638]]), tensor([[-0.0423, -1.4195],
        [ 0.4580,  2.0439],
        [ 0.1448,  0.9638]])]
>>> vmap(lambda a: (a, a.sum()), out_dims=(1, 0))(x)
(tensor([[-0.0423, -1.4195],
        [ 0.4580,  2.0439],
        [ 0.1448,  0.9638]]), tensor([0.5605, 1.5882]))
>>> vmap(lambda a: (a, x), out_dims=(0, None))(x)
(tensor([[-0.0423,  0.4580,  0.1448],
        [-1.4195,  2.0439,  0.9638]]), tensor([[-0.0423,  0.4580,  0.1448],
        [-1.4195,  2.0439,  0.9638]]))
>>> vmap(lambda a: x, out_dims=None)(x)
tensor([[-0.0423,  0.4580,  0.1448],
        [-1.4195,  2.0439,  0.9638]])
>>> vmap(lambda a: (a * 2, 3.5), out_dims=(0, None))(x)
(tensor([[-0.0846,  0.9161,  0.2896],
        [-2.8390,  4.0878,  1.9276]]), 3.5)
>>> vmap(g)(torch.zeros(0, 3))
tensor([], size=(0, 3))
>>> vmap(g, in_dims=1)(torch.zeros(3, 0)).shape
torch.Size([0, 3])
>>> vmap(g, chunk_size=1)(x)
tensor([[-0.0846,  0.9161,  0.2896],
        [-2.8390,  4.0878,  1.9276]])
>>> vmap(lambda a: (a, a + 1), chunk_size=2)(torch.arange(10.).reshape(5, 2))
(tensor([[0., 1.],
        [2., 3.],
        [4., 5.],
        [6., 7.],
        [8., 9.]]), tensor([[ 1.,  2.],
        [ 3.,  4.],
        [ 5.,  6.],
        [ 7.,  8.],
        [ 9., 10.]]))
>>> outer = vmap(vmap(lambda a, b: a * b, in_dims=(0, None)), in_dims=(None, 0))
>>> outer(torch.arange(3.), torch.arange(4.))
tensor([[0., 0., 0.],
        [0., 1., 2.],
        [0., 2., 4.],
        [0., 3., 6.]])
>>> vmap(vmap(torch.outer))(torch.ones(2, 3, 2), torch.arange(12.).reshape(2, 3, 2)).shape
torch.Size([2, 3, 2, 2])
>>> vmap(torch.trace)(torch.arange(18.).reshape(2, 3, 3))
tensor([12., 39.])
>>> vmap(torch.mv)(torch.ones(4, 2, 3), torch.arange(12.).reshape(4, 3))
tensor([[ 3.,  3.],
        [12., 12.],
        [21., 21.],
        [30., 30.]])
>>> vmap(lambda a: a.view(2, 2))(torch.arange(8).reshape(2, 4))
tensor([[[0, 1],
         [2, 3]],

        [[4, 5],
         [6, 7]]])
>>> vmap(torch.diag)(torch.tensor([[1, 2], [3, 4]]))
tensor([[[1, 0],
         [0, 2]],

        [[3, 0],
         [0, 4]]])
>>> # autograd through vmap
>>> w = torch.tensor([1., 2., 3.], requires_grad=True)
>>> out = vmap(lambda r: (r * w).sum())(torch.arange(6.).reshape(2, 3))
>>> out
tensor([ 8., 26.], grad_fn=<SumBackward1>)
>>> out.sum().backward()
>>> w.grad
tensor([3., 5., 7.])
>>> z = torch.arange(6., requires_grad=True).reshape(2, 3)
>>> vmap(lambda r: (r ** 2).sum())(z).sum().backward()
>>> # randomness
>>> vmap(lambda a: a + torch.rand(3), randomness='same')(torch.zeros(2, 3))
tensor([[0.5982, 0.1288, 0.5832],
        [0.5982, 0.1288, 0.5832]])
>>> vmap(lambda a: a * 0 + torch.randn(2), randomness='same')(torch.zeros(3, 2))
tensor([[-0.3359, -1.1223],
        [-0.3359, -1.1223],
        [-0.3359, -1.1223]])
>>> vmap(lambda a: a + torch.rand(3), randomness='different')(torch.zeros(2, 3))
tensor([[0.4229, 0.6737, 0.3176],
        [0.6898, 0.8330, 0.2389]])
>>> vmap(lambda a: a + torch.rand(3), randomness='different')(torch.zeros(2, 3))
tensor([[0.5049, 0.7067, 0.5392],
        [0.5418, 0.5624, 0.1069]])
>>> vmap(lambda a: a + torch.randint(10, (3,)), randomness='different')(torch.zeros(2, 3))
tensor([[6., 0., 0.],
        [6., 5., 1.]])
>>> # errors
>>> vmap(g, in_dims=2)(x)
ValueError: vmap(<lambda>, in_dims=2, ...)(<inputs>): Got in_dim=2 for some input, but that input is a Tensor of dimensionality 2 so expected in_dim to satisfy -2 <= in_dim < 2.
>>> vmap(g, in_dims=(2,))(x)
ValueError: vmap(<lambda>, in_dims=(2,), ...)(<inputs>): Got in_dim=2 for some input, but that input is a Tensor of dimensionality 2 so expected in_dim to satisfy -2 <= in_dim < 2.
>>> vmap(g, in_dims=-3)(x)
ValueError: vmap(<lambda>, in_dims=-3, ...)(<inputs>): Got in_dim=-3 for some input, but that input is a Tensor of dimensionality 2 so expected in_dim to satisfy -2 <= in_dim < 2.
>>> vmap(g, in_dims=(0,))(1.0)
ValueError: vmap(<lambda>, in_dims=(0,), ...)(<inputs>): Got in_dim=0 for an input but the input is of type <class 'float'>. We cannot vmap over non-Tensor arguments, please use None as the respective in_dim
>>> vmap(g, in_dims=0)(1.0)
ValueError: vmap(<lambda>, in_dims=0, ...)(<inputs>): Got in_dim=0 for an input but the input is of type <class 'float'>. We cannot vmap over non-Tensor arguments, please use None as the respective in_dim
>>> vmap(lambda a, b: a * b, in_dims=(0, 0))(x, 3)
ValueError: vmap(<lambda>, in_dims=(0, 0), ...)(<inputs>): Got in_dim=0 for an input but the input is of type <class 'int'>. We cannot vmap over non-Tensor arguments, please use None as the respective in_dim
>>> vmap(lambda a: a.sum(), in_dims=(0, 0))(x)
ValueError: vmap(<lambda>, in_dims=(0, 0), ...)(<inputs>): in_dims is not compatible with the structure of `inputs`. in_dims has structure TreeSpec(tuple, None, [*,
  *]) but inputs has structure TreeSpec(tuple, None, [*]).
>>> vmap(lambda a, b: a + b)(x, torch.randn(3, 3))
ValueError: vmap: Expected all tensors to have the same size in the mapped dimension, got sizes [2, 3] for the mapped dimension
>>> vmap(lambda a, b, c: a + b + c)(x, torch.randn(4, 3), torch.randn(2, 3))
ValueError: vmap: Expected all tensors to have the same size in the mapped dimension, got sizes [2, 4, 2] for the mapped dimension
>>> vmap(g, in_dims=None)(x)
ValueError: vmap(<lambda>, in_dims=None, ...)(<inputs>): expected `in_dims` to be int or a (potentially nested) tuple matching the structure of inputs, got: <class 'NoneType'>.
>>> vmap(g, in_dims=(None,))(x)
ValueError: vmap: Expected at least one Tensor to vmap over
>>> vmap(g, in_dims='a')(x)
ValueError: vmap(<lambda>, in_dims=a, ...)(<inputs>): expected `in_dims` to be int or a (potentially nested) tuple matching the structure of inputs, got: <class 'str'>.
>>> vmap(g, in_dims=1.5)(x)
ValueError: vmap(<lambda>, in_dims=1.5, ...)(<inputs>): expected `in_dims` to be int or a (potentially nested) tuple matching the structure of inputs, got: <class 'float'>.
>>> vmap(g, in_dims=[0])(x)
ValueError: vmap(<lambda>, in_dims=[0], ...)(<inputs>): expected `in_dims` to be int or a (potentially nested) tuple matching the structure of inputs, got: <class 'list'>.
>>> vmap(g, in_dims=('a',))(x)
ValueError: vmap(<lambda>, in_dims=('a',), ...)(<inputs>): Got in_dim=a for an input but in_dim must be either an integer dimension or None.
>>> vmap(g)()
ValueError: vmap(<lambda>)(<inputs>): got no inputs. Maybe you forgot to add inputs, or you are trying to vmap over a function with no inputs. The latter is unsupported.
>>> vmap(g)(torch.tensor(1.))
ValueError: vmap(<lambda>, in_dims=0, ...)(<inputs>): Got in_dim=0 for some input, but that input is a Tensor of dimensionality 0 so expected in_dim to satisfy -0 <= in_dim < 0.
>>> vmap(lambda d: d['a'], in_dims=({'b': 0},))({'a': x})
ValueError: vmap(<lambda>, in_dims=({'b': 0},), ...)(<inputs>): in_dims is not compatible with the structure of `inputs`. in_dims has structure TreeSpec(tuple, None, [TreeSpec(dict, ['b'], [*])]) but inputs has structure TreeSpec(tuple, None, [TreeSpec(dict, ['a'], [*])]).
>>> vmap(lambda d: d[0], in_dims=([0, 1],))([x, x])
ValueError: vmap: Expected all tensors to have the same size in the mapped dimension, got sizes [2, 3] for the mapped dimension
>>> vmap(lambda d: d[0], in_dims=([0],))([x, x])
ValueError: vmap(<lambda>, in_dims=([0],), ...)(<inputs>): in_dims is not compatible with the structure of `inputs`. in_dims has structure TreeSpec(tuple, None, [TreeSpec(list, None, [*])]) but inputs has structure TreeSpec(tuple, None, [TreeSpec(list, None, [*,
    *])]).
>>> vmap(lambda d: d[0], in_dims=((0, None),))((x, x, x))
ValueError: vmap(<lambda>, in_dims=((0, None),), ...)(<inputs>): in_dims is not compatible with the structure of `inputs`. in_dims has structure TreeSpec(tuple, None, [TreeSpec(tuple, None, [*,
    *])]) but inputs has structure TreeSpec(tuple, None, [TreeSpec(tuple, None, [*,
    *,
    *])]).
>>> vmap(lambda a: 3)(x)
ValueError: vmap(<lambda>, ...): `<lambda>` must only return Tensors, got type <class 'int'>. Did you mean to set out_dims= to None for output?
>>> vmap(lambda a: (a, 3))(x)
ValueError: vmap(<lambda>, ...): `<lambda>` must only return Tensors, got type <class 'int'>. Did you mean to set out_dims= to None for output?
>>> vmap(g, out_dims=3)(x)
IndexError: Dimension out of range (expected to be in range of [-2, 1], but got 3)
>>> vmap(g, out_dims=(0, 1))(x)
ValueError: vmap(<lambda>, ..., out_dims=(0, 1))(<inputs>): out_dims is not compatible with the structure of `outputs`. out_dims has structure TreeSpec(tuple, None, [*,
  *]) but outputs has structure *.
>>> vmap(lambda a: (a, a), out_dims=(0, 1, 2))(x)
ValueError: vmap(<lambda>, ..., out_dims=(0, 1, 2))(<inputs>): out_dims is not compatible with the structure of `outputs`. out_dims has structure TreeSpec(tuple, None, [*,
  *,
  *]) but outputs has structure TreeSpec(tuple, None, [*,
  *]).
>>> vmap(lambda a: [a, a], out_dims=(0, 1))(x)
ValueError: vmap(<lambda>, ..., out_dims=(0, 1))(<inputs>): out_dims is not compatible with the structure of `outputs`. out_dims has structure TreeSpec(tuple, None, [*,
  *]) but outputs has structure TreeSpec(list, None, [*,
  *]).
>>> vmap(g, out_dims='x')(x)
ValueError: vmap(<lambda>, ..., out_dims=x): `out_dims` must be an int, None or a python collection of ints representing where in the outputs the vmapped dimension should appear.
>>> vmap(lambda a: (a, a), out_dims=(0, 'y'))(x)
ValueError: vmap(<lambda>, ..., out_dims=(0, 'y')): `out_dims` must be an int, None or a python collection of ints representing where in the outputs the vmapped dimension should appear.
>>> vmap(lambda a: (a, a), out_dims=(0, None))(x)
ValueError: vmap(<lambda>, ...): `<lambda>` can not return a BatchedTensor when out_dim is None
>>> vmap(lambda a: torch.rand(3))(x)
RuntimeError: vmap: called random operation while in randomness error mode. Please either use the 'same' or 'different' randomness flags on vmap or perform the randomness operation out of vmap
>>> vmap(lambda a: a + torch.randn_like(a))(x)
RuntimeError: vmap: called random operation while in randomness error mode. Please either use the 'same' or 'different' randomness flags on vmap or perform the randomness operation out of vmap
>>> vmap(vmap(lambda a: torch.rand(1), randomness='different'))(torch.zeros(2, 2))
RuntimeError: vmap: called random operation while in randomness error mode. Please either use the 'same' or 'different' randomness flags on vmap or perform the randomness operation out of vmap
>>> vmap(g, randomness='bad')
RuntimeError: Only allowed values for randomness are 'error', 'different', or 'same'. Got bad
>>> vmap(g, chunk_size=0)
ValueError: vmap: chunk_size should be None or greater than 0. (got 0)
>>> vmap(g, chunk_size=-2)
ValueError: vmap: chunk_size should be None or greater than 0. (got -2)
>>> # torch.func.grad and grad_and_value
>>> from torch.func import grad, grad_and_value
>>> x = torch.randn(3)
>>> grad(torch.sin)(torch.tensor(1.))
tensor(0.5403)
>>> grad(grad(torch.sin))(torch.tensor(1.))
tensor(-0.8415)
>>> grad(lambda a: a.sin().sum())(x)
tensor([0.9809, 0.4042, 1.0000])
>>> grad(lambda a, b: (a * b).sum(), argnums=(0, 1))(x, 2 * x)
(tensor([-0.3910,  2.3094, -0.0188]), tensor([-0.1955,  1.1547, -0.0094]))
>>> grad(lambda a, b: (a * b).sum(), argnums=1)(x, 2 * x)
tensor([-0.1955,  1.1547, -0.0094])
>>> grad(lambda a: ((a * 2).sum(), a), has_aux=True)(x)
(tensor([2., 2., 2.]), tensor([-0.1955,  1.1547, -0.0094]))
>>> grad(lambda a: x.sum())(x)
tensor([0., 0., 0.])
>>> grad(lambda d: (d['a'] ** 2).sum())({'a': x})
{'a': tensor([-0.3910,  2.3094, -0.0188])}
>>> grad_and_value(lambda a: (a ** 2).sum())(x)
(tensor([-0.3910,  2.3094, -0.0188]), tensor(1.3716))
>>> vmap(grad(lambda a: (a ** 3).sum()))(torch.arange(6.).reshape(2, 3))
tensor([[ 0.,  3., 12.],
        [27., 48., 75.]])
>>> xr = torch.tensor([1., 2.], requires_grad=True)
>>> gr = grad(lambda a: (a ** 3).sum())(xr)
>>> gr
tensor([ 3., 12.], grad_fn=<MulBackward0>)
>>> gr.sum().backward()
>>> xr.grad
tensor([ 6., 12.])
>>> grad(torch.sin)(x)
RuntimeError: grad_and_value(f)(*args): Expected f(*args) to return a scalar Tensor, got tensor with 1 dims. Maybe you wanted to use the vjp or jacrev APIs instead?
>>> grad(lambda a: 3.)(x)
RuntimeError: grad_and_value(f)(*args): Expected f(*args) to return a Tensor, got <class 'float'>
>>> grad(lambda a: a.sum(), argnums=2)(x)
RuntimeError: Got argnum=2, but only 1 positional inputs
>>> grad(lambda a: a.sum(), has_aux=True)(x)
RuntimeError: grad_and_value(f)(*args): output of function f should be a tuple: (output, aux) if has_aux is True
>>> grad(lambda a: a.sum())(3.)
ValueError: Thing passed to transform API must be Tensor, got <class 'float'>
