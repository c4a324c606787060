# A guided tour of gradsh. Run it with:  gradsh examples/tour.gsh
# Add --echo to see each statement before its output.

# Tensors are created as in PyTorch, and print as PyTorch prints them.
x = tensor([1., 2., 3.])
x
x * 2 + 1
ones(2, 3)

# Integer tensors stay integer; a Python float promotes them to float32.
a = arange(6).reshape(2, 3)
a
a.sum(0)
a * 0.5

# Shapes, dtypes and reductions.
a.shape
a.float().mean()
print("the sum of a is", a.sum())

# Autograd: y = w*x + b, so dy/dx = w, dy/dw = x and dy/db = 1.
x = tensor(3., requires_grad=True)
w = tensor(5., requires_grad=True)
b = tensor(2., requires_grad=True)
y = w*x + b
y
y.backward()
x.grad
w.grad
b.grad

# The same with commands: reset the gradients, backward again, show them.
:zero_grad x w b
y = w*x + b
:backward y
:grad x w b
