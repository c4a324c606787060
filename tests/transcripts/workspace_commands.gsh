>>> # :vars lists the workspace; :info describes one tensor
>>> x = tensor([[1., 2.], [3., 4.]], requires_grad=True)
>>> y = (x * x).sum()
>>> idx = arange(3)
>>> lr = 0.1
>>> :vars
name  type    shape   dtype    device  requires_grad  grad_fn       memory
idx   Tensor  [3]     int64    cpu     False          None          24 B
lr    float
x     Tensor  [2, 2]  float32  cpu     True           None          16 B
y     Tensor  []      float32  cpu     True           SumBackward0  4 B
>>> :info x
shape          [2, 2]
dtype          torch.float32
device         cpu
strides        (2, 1)
is_leaf        True
requires_grad  True
grad_fn        None
version        0
memory         16 B
min            1
max            4
mean           2.5
std            1.29099
nan            0
inf            0
>>> :info idx
shape          [3]
dtype          torch.int64
device         cpu
strides        (1,)
is_leaf        True
requires_grad  False
grad_fn        None
version        0
memory         24 B
>>> # a transpose is a view: strides in elements, as stride() gives them; in-place writes bump the version
>>> a = zeros(2, 3)
>>> t = a.t()
>>> a.add_(1)
tensor([[1., 1., 1.],
        [1., 1., 1.]])
>>> :info t
shape          [3, 2]
dtype          torch.float32
device         cpu
strides        (1, 3)
is_leaf        True
requires_grad  False
grad_fn        None
version        1
memory         24 B
min            1
max            1
mean           1
std            0
nan            0
inf            0
>>> :info lr
CommandError: 'lr' is a float, not a tensor
>>> :help :info
:info x
  shape, dtype, device, strides, is_leaf, requires_grad, grad_fn, version, memory; statistics of float tensors; parameters of a module, groups of an optimizer
