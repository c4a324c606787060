>>> # A guided tour of gradsh: run it with  gradsh examples/tour.gsh
>>> # Each ">>> " line is an input; the lines after it are what gradsh prints.
>>> # The file is also a test: pytest checks that every output is still true.
>>> # Tensors: torch.Tensor builds a float32 tensor from nested lists
>>> x = torch.Tensor([[1, 2, 3], [4, 5, 6]])
>>> x
tensor([[1., 2., 3.],
        [4., 5., 6.]])
>>> x.size()
torch.Size([2, 3])
>>> torch.ones(2, 2, 3)
tensor([[[1., 1., 1.],
         [1., 1., 1.]],

        [[1., 1., 1.],
         [1., 1., 1.]]])
>>> # Python scalars promote integer tensors, as in PyTorch
>>> a = arange(6).reshape(2, 3)
>>> a * 0.5
tensor([[0.0000, 0.5000, 1.0000],
        [1.5000, 2.0000, 2.5000]])
>>> a.sum(0), a.float().mean()
(tensor([3, 5, 7]), tensor(2.5000))
>>> # random numbers are PyTorch's own: the same seed draws the same values
>>> :seed 0
>>> torch.randn(3)
tensor([ 1.5410, -0.2934, -2.1788])
>>> torch.randint(0, 10, (5,))
tensor([7, 3, 1, 6, 6])
>>> # types: conversions and the legacy type names
>>> x.long()
tensor([[1, 2, 3],
        [4, 5, 6]])
>>> x.type()
'torch.FloatTensor'
>>> x.double().dtype
torch.float64
>>> # to NumPy and back; the array shares memory with the tensor
>>> t = torch.ones(3)
>>> n = t.numpy()
>>> t.add_(1)
tensor([2., 2., 2.])
>>> n
array([2., 2., 2.], dtype=float32)
>>> torch.from_numpy(np.array([[1., 2.], [3., 4.]]))
tensor([[1., 2.],
        [3., 4.]], dtype=torch.float64)
>>> # the GPU move: on a machine without a GPU the tensor stays on the CPU
>>> dev = 'cuda' if torch.cuda.is_available() else 'cpu'
>>> (x.to(dev) * 2).cpu()
tensor([[ 2.,  4.,  6.],
        [ 8., 10., 12.]])
>>> # Variable now returns a plain tensor; .data is the tensor without its history
>>> x = Variable(torch.Tensor([3]), requires_grad=True)
>>> w = Variable(torch.Tensor([5]), requires_grad=True)
>>> b = Variable(torch.Tensor([2]), requires_grad=True)
>>> x.data
tensor([3.])
>>> # y = w * x + b, so dy/dx = w = 5, dy/dw = x = 3, dy/db = 1
>>> y = w * x + b
>>> y
tensor([17.], grad_fn=<AddBackward0>)
>>> y.backward()
>>> x.grad, w.grad, b.grad
(tensor([5.]), tensor([3.]), tensor([1.]))
>>> # a second backward fails: the values saved for it were freed
>>> y.backward()
RuntimeError: Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward.
  MulBackward0 was recorded by: y = w * x + b
>>> # with retain_graph=True the graph survives and the gradients add up
>>> x.grad = None; w.grad = None; b.grad = None
>>> y = w * x + b
>>> y.backward(retain_graph=True)
>>> y.backward(retain_graph=True)
>>> y.backward(retain_graph=True)
>>> x.grad, w.grad, b.grad
(tensor([15.]), tensor([9.]), tensor([3.]))
>>> # gradsh's own commands drive the same engine: draw the graph, run backward, read gradients
>>> :graph y
y = AddBackward0  (1,)
├── MulBackward0  (1,)
│   ├── w  leaf (1,)  requires_grad
│   └── x  leaf (1,)  requires_grad
└── b  leaf (1,)  requires_grad
>>> :zero_grad x w b
>>> :backward y --retain
>>> :grad x w b
x.grad: tensor([5.])
w.grad: tensor([3.])
b.grad: tensor([1.])
>>> # print options, as torch.set_printoptions
>>> :set precision 2
>>> tensor([1/3, 2/3])
tensor([0.33, 0.67])
>>> :set precision 4
>>> # blocks: a few steps of gradient descent on w and b
>>> for step in range(3):
...     loss = ((w * x + b - 10) ** 2).sum()
...     loss.backward()
...     with torch.no_grad():
...         w -= 0.01 * w.grad
...         b -= 0.01 * b.grad
...     w.grad = None; b.grad = None
...     print(step, loss.item())
0 49.0
1 30.250011444091797
2 19.360004425048828
