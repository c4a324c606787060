>>> # torch.einsum: values, grad_fn names, gradients and PyTorch's errors
>>> a = torch.tensor([[1., 2., 3.], [4., 5., 6.]], requires_grad=True)
>>> b = torch.tensor([[1., 0.], [0., 1.], [2., -1.]], requires_grad=True)
>>> c = torch.einsum('ij,jk->ik', a, b)
>>> c
tensor([[ 7., -1.],
        [16., -1.]], grad_fn=<ViewBackward0>)
>>> c.sum().backward()
>>> a.grad
tensor([[1., 1., 1.],
        [1., 1., 1.]])
>>> b.grad
tensor([[5., 5.],
        [7., 7.],
        [9., 9.]])
>>> x = torch.tensor([1., 2., 3.], requires_grad=True)
>>> y = torch.tensor([4., 5., 6.], requires_grad=True)
>>> d = torch.einsum('i,i->', x, y)
>>> d
tensor(32., grad_fn=<ViewBackward0>)
>>> d.backward()
>>> x.grad
tensor([4., 5., 6.])
>>> y.grad
tensor([1., 2., 3.])
>>> torch.einsum('i,j->ij', x, y[:2])
tensor([[ 4.,  5.],
        [ 8., 10.],
        [12., 15.]], grad_fn=<MulBackward0>)
>>> m = torch.tensor([[1., 2.], [3., 4.]], requires_grad=True)
>>> t = torch.einsum('ii->', m)
>>> t
tensor(5., grad_fn=<SumBackward1>)
>>> t.backward()
>>> m.grad
tensor([[1., 0.],
        [0., 1.]])
>>> torch.einsum('ii->i', m)
tensor([1., 4.], grad_fn=<PermuteBackward0>)
>>> torch.einsum('ij->ji', m)
tensor([[1., 3.],
        [2., 4.]], grad_fn=<PermuteBackward0>)
>>> torch.einsum('ij->', m)
tensor(10., grad_fn=<SumBackward1>)
>>> torch.einsum('ji', m)
tensor([[1., 3.],
        [2., 4.]], grad_fn=<PermuteBackward0>)
>>> torch.einsum('ij', [m])
tensor([[1., 2.],
        [3., 4.]], grad_fn=<PermuteBackward0>)
>>> torch.einsum('ij,jk', [m, m])
tensor([[ 7., 10.],
        [15., 22.]], grad_fn=<ViewBackward0>)
>>> p = torch.arange(12.).reshape(2, 2, 3).requires_grad_()
>>> q = torch.arange(6.).reshape(2, 3, 1).requires_grad_()
>>> r = torch.einsum('bij,bjk->bik', p, q)
>>> r
tensor([[[  5.],
         [ 14.]],

        [[ 86.],
         [122.]]], grad_fn=<ViewBackward0>)
>>> r.sum().backward()
>>> p.grad
tensor([[[0., 1., 2.],
         [0., 1., 2.]],

        [[3., 4., 5.],
         [3., 4., 5.]]])
>>> q.grad
tensor([[[ 3.],
         [ 5.],
         [ 7.]],

        [[15.],
         [17.],
         [19.]]])
>>> torch.einsum('...ij,...jk->...ik', p, q).shape
torch.Size([2, 2, 1])
>>> torch.einsum('bn,anm,bm->ba', torch.ones(2, 3), torch.ones(4, 3, 5), torch.ones(2, 5))
tensor([[15., 15., 15., 15.],
        [15., 15., 15., 15.]])
>>> torch.einsum('ij,jk->ik', torch.tensor([[1, 2]]), torch.tensor([[3], [4]]))
tensor([[11]])
>>> torch.einsum('ij->', torch.tensor([[True, False], [True, True]]))
tensor(3)
>>> w = torch.tensor([[1., 2.], [3., 4.]], requires_grad=True)
>>> g, = torch.autograd.grad(torch.einsum('ij,jk->', w, w), w, create_graph=True)
>>> g.detach()
tensor([[ 7., 11.],
        [ 9., 13.]])
>>> g.grad_fn is not None
True
>>> torch.autograd.grad(g.sum(), w)
(tensor([[4., 4.],
        [4., 4.]]),)
>>> torch.einsum('ij,jk->ik', torch.ones(2, 3), torch.ones(4, 4))
RuntimeError: einsum(): subscript j has size 4 for operand 1 which does not broadcast with previously seen size 3
>>> torch.einsum('ij,jk->ik', torch.ones(2, 3))
RuntimeError: einsum(): fewer operands were provided than specified in the equation
>>> torch.einsum('ij->', torch.ones(2, 3), torch.ones(2, 3))
RuntimeError: einsum(): more operands were provided than specified in the equation
>>> torch.einsum('ijk->ij', torch.ones(2, 3))
RuntimeError: einsum(): the number of subscripts in the equation (3) does not match the number of dimensions (2) for operand 0 and no ellipsis was given
>>> torch.einsum('ijk...->', torch.ones(2, 3))
RuntimeError: einsum(): the number of subscripts in the equation (3) is more than the number of dimensions (2) for operand 0
>>> torch.einsum('ij->ik', torch.ones(2, 3))
RuntimeError: einsum(): output subscript k does not appear in the equation for any input operand
>>> torch.einsum('ij->jj', torch.ones(2, 3))
RuntimeError: einsum(): output subscript j appears more than once in the output
>>> torch.einsum('ii->i', torch.ones(2, 3))
RuntimeError: einsum(): subscript i is repeated for operand 0 but the sizes don't match, 3 != 2
>>> torch.einsum('i1->i', torch.ones(2, 3))
RuntimeError: einsum(): invalid subscript given at index 1 in the equation string, subscripts must be in [a-zA-Z]
>>> torch.einsum('i.j->', torch.ones(2, 3))
RuntimeError: einsum(): found '.' for operand 0 that is not part of any ellipsis
>>> torch.einsum('...,...->...', torch.ones(2, 3), torch.ones(4))
RuntimeError: einsum(): dimension 0 covered by ellipsis in operand 1has size 4 which does not broadcast with previously seen ellipsis with size 3 for the respective dimension
>>> torch.einsum('ij,jk->ik', torch.ones(2, 3), torch.ones(3, 4, dtype=torch.float64))
RuntimeError: expected scalar type Float but found Double
>>> torch.einsum('i,i->', torch.tensor([True]), torch.tensor([True]))
tensor(True)
>>> torch.einsum('ij')
ValueError: einsum(): must specify the equation string and at least one operand, or at least one operand and its subscripts list
>>> torch.einsum('ij', torch.ones(2, 3), 3)
TypeError: expected Tensor as element 1 in argument 1, but got int
