>>> # :graph draws a tensor's autograd graph, root first
>>> x = tensor(3., requires_grad=True)
>>> w = tensor(5., requires_grad=True)
>>> b = tensor(2., requires_grad=True)
>>> y = w*x + b
>>> :graph y
y = AddBackward0  ()
├── MulBackward0  ()
│   ├── w  leaf ()  requires_grad
│   └── x  leaf ()  requires_grad
└── b  leaf ()  requires_grad
>>> # a subgraph used twice is shown once and referred to after; unnamed leaves show their shape
>>> z = w * x
>>> q = z * z + z.exp() + tensor([1., 2.], requires_grad=True)
>>> :graph q
q = AddBackward0  (2,)
├── AddBackward0  ()
│   ├── MulBackward0  ()
│   │   ├── MulBackward0 [1]  ()  = z
│   │   │   ├── w  leaf ()  requires_grad
│   │   │   └── x  leaf ()  requires_grad
│   │   └── MulBackward0 [1]  (shown above)
│   └── ExpBackward0  ()
│       └── MulBackward0 [1]  (shown above)
└── leaf (2,)  requires_grad
>>> :graph x
x = leaf ()  requires_grad
>>> :graph
CommandError: usage: :graph y
>>> # gradients of named tensors, several at once
>>> :backward y
>>> :grad x w b
x.grad: tensor(5.)
w.grad: tensor(3.)
b.grad: tensor(1.)
>>> :zero_grad
>>> :grad x
None
