>>> # Errors and warnings show inline in a transcript; the session goes on.
>>> weight = tensor([1., 2.], requires_grad=True)
>>> wieght
NameError: name 'wieght' is not defined
  did you mean 'weight'?
>>> out = (weight * 3).sum()
>>> out.grad
UserWarning: The .grad attribute of a Tensor that is not a leaf Tensor is being accessed. Its .grad attribute won't be populated during autograd.backward(). If you indeed want the .grad field to be populated for a non-leaf Tensor, use .retain_grad() on the non-leaf Tensor. If you access the non-leaf Tensor by mistake, make sure you access the leaf Tensor instead. See github.com/pytorch/pytorch/pull/30531 for more information.
>>> out.backward()
>>> weight.grad
tensor([3., 3.])
>>> print(weight.grad, "done", sep=" | ")
tensor([3., 3.]) | done
>>> print(1, 2, end="")
1 2
>>> print(3)
3
>>> 2 +* 3
SyntaxError: invalid syntax
>>> (1,
...  2)
(1, 2)
>>> :nosuch
CommandError: unknown command ':nosuch'
  type :help for a list
