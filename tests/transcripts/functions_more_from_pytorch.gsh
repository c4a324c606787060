>>> # Common functions, generated from PyTorch 2.13
>>> import torch
>>> torch.__version__.split('+')[0]
'2.13.0'
>>> torch.nonzero(torch.tensor([1, 1, 1, 0, 1]))
tensor([[0],
        [1],
        [2],
        [4]])
>>> torch.nonzero(torch.tensor([[0.6, 0.0, 0.0, 0.0], [0.0, 0.4, 0.0, 0.0], [0.0, 0.0, 1.2, 0.0], [0.0, 0.0, 0.0,-0.4]]))
tensor([[0, 0],
        [1, 1],
        [2, 2],
        [3, 3]])
>>> torch.nonzero(torch.tensor([1, 1, 1, 0, 1]), as_tuple=True)
(tensor([0, 1, 2, 4]),)
>>> torch.nonzero(torch.tensor([[0.6, 0.0, 0.0, 0.0], [0.0, 0.4, 0.0, 0.0], [0.0, 0.0, 1.2, 0.0], [0.0, 0.0, 0.0,-0.4]]), as_tuple=True)
(tensor([0, 1, 2, 3]), tensor([0, 1, 2, 3]))
>>> torch.nonzero(torch.tensor(5), as_tuple=True)
(tensor([0]),)
>>> torch.nonzero(torch.tensor(3.))
tensor([], size=(1, 0), dtype=torch.int64)
>>> torch.zeros(2, 3).nonzero()
tensor([], size=(0, 2), dtype=torch.int64)
>>> torch.argwhere(torch.tensor([[1, 0, 1], [0, 1, 1]]))
tensor([[0, 0],
        [0, 2],
        [1, 1],
        [1, 2]])
>>> x = torch.tensor([[1.5, -0.3], [-2.2, 0.6], [-1.1, -0.4]])
>>> torch.where(x > 0, 1.0, 0.0)
tensor([[1., 0.],
        [0., 1.],
        [0., 0.]])
>>> torch.where(x > 0, x, 0.)
tensor([[1.5000, 0.0000],
        [0.0000, 0.6000],
        [0.0000, 0.0000]])
>>> torch.where(x > 0, 1, 0)
tensor([[1, 0],
        [0, 1],
        [0, 0]])
>>> torch.where(x > 0)
(tensor([0, 1]), tensor([0, 1]))
>>> output = torch.unique(torch.tensor([1, 3, 2, 3], dtype=torch.long))
>>> output
tensor([1, 2, 3])
>>> output, inverse_indices = torch.unique(torch.tensor([1, 3, 2, 3], dtype=torch.long), sorted=True, return_inverse=True)
>>> inverse_indices
tensor([0, 2, 1, 2])
>>> output, inverse_indices = torch.unique(torch.tensor([[1, 3], [2, 3]], dtype=torch.long), sorted=True, return_inverse=True)
>>> inverse_indices
tensor([[0, 2],
        [1, 2]])
>>> a = torch.tensor([[[1, 1, 0, 0], [1, 1, 0, 0], [0, 0, 1, 1]], [[0, 0, 1, 1], [0, 0, 1, 1], [1, 1, 1, 1]], [[1, 1, 0, 0], [1, 1, 0, 0], [0, 0, 1, 1]]])
>>> torch.unique(a, dim=0)
tensor([[[0, 0, 1, 1],
         [0, 0, 1, 1],
         [1, 1, 1, 1]],

        [[1, 1, 0, 0],
         [1, 1, 0, 0],
         [0, 0, 1, 1]]])
>>> torch.unique(a, dim=1)
tensor([[[0, 0, 1, 1],
         [1, 1, 0, 0]],

        [[1, 1, 1, 1],
         [0, 0, 1, 1]],

        [[0, 0, 1, 1],
         [1, 1, 0, 0]]])
>>> torch.unique(a, dim=2)
tensor([[[0, 1],
         [0, 1],
         [1, 0]],

        [[1, 0],
         [1, 0],
         [1, 1]],

        [[0, 1],
         [0, 1],
         [1, 0]]])
>>> torch.unique(torch.tensor([3, 1, 2, 1, 3]), return_inverse=True, return_counts=True)
(tensor([1, 2, 3]), tensor([2, 0, 1, 0, 2]), tensor([2, 1, 2]))
>>> torch.unique(torch.tensor([3, 1, 2, 1, 3]), return_counts=True)
(tensor([1, 2, 3]), tensor([2, 1, 2]))
>>> torch.tensor([2., float('nan'), 2., float('nan')]).unique(return_counts=True)
(tensor([2., nan, nan]), tensor([2, 1, 1]))
>>> torch.tensor([True, False, True]).unique()
tensor([False,  True])
>>> w = torch.tensor([2., 1., 2.], requires_grad=True)
>>> u = w.unique()
>>> u
tensor([1., 2.], grad_fn=<Unique2Backward0>)
>>> u.sum().backward()
NotImplementedError: the derivative for '_unique2' is not implemented.
>>> a = torch.tensor([ 0.5950,-0.0872, 2.3298])
>>> torch.diag(a)
tensor([[ 0.5950,  0.0000,  0.0000],
        [ 0.0000, -0.0872,  0.0000],
        [ 0.0000,  0.0000,  2.3298]])
>>> torch.diag(a, 1)
tensor([[ 0.0000,  0.5950,  0.0000,  0.0000],
        [ 0.0000,  0.0000, -0.0872,  0.0000],
        [ 0.0000,  0.0000,  0.0000,  2.3298],
        [ 0.0000,  0.0000,  0.0000,  0.0000]])
>>> a = torch.tensor([[-0.4264, 0.0255,-0.1064], [ 0.8795,-0.2429, 0.1374], [ 0.1029,-0.6482,-1.6300]])
>>> torch.diag(a, 0)
tensor([-0.4264, -0.2429, -1.6300])
>>> torch.diag(a, 1)
tensor([0.0255, 0.1374])
>>> torch.diagonal(a, 0)
tensor([-0.4264, -0.2429, -1.6300])
>>> torch.diagonal(a, 1)
tensor([0.0255, 0.1374])
>>> torch.diagonal(a, -1)
tensor([ 0.8795, -0.6482])
>>> x = torch.arange(24.).reshape(2, 3, 4)
>>> torch.diagonal(x, offset=0, dim1=0, dim2=2)
tensor([[ 0., 13.],
        [ 4., 17.],
        [ 8., 21.]])
>>> x.diagonal(1, -1, 1)
tensor([[ 4.,  9.],
        [16., 21.]])
>>> torch.diag_embed(torch.tensor([[1., 2.], [3., 4.]]))
tensor([[[1., 0.],
         [0., 2.]],

        [[3., 0.],
         [0., 4.]]])
>>> torch.diag_embed(torch.tensor([[1., 2.], [3., 4.]]), offset=1, dim1=0, dim2=2)
tensor([[[0., 1., 0.],
         [0., 3., 0.]],

        [[0., 0., 2.],
         [0., 0., 4.]],

        [[0., 0., 0.],
         [0., 0., 0.]]])
>>> torch.diag(torch.ones(2, 2, 2))
RuntimeError: diag(): Supports 1D or 2D tensors. Got 3D
>>> torch.diag(torch.tensor(1.))
RuntimeError: diag(): Supports 1D or 2D tensors. Got 0D
>>> torch.diagonal(a, 0, 1, 1)
RuntimeError: diagonal dimensions cannot be identical 1, 1
>>> m = torch.arange(6., requires_grad=True)
>>> d = m.view(2, 3).diagonal(1)
>>> d
tensor([1., 5.], grad_fn=<DiagonalBackward0>)
>>> d.sum().backward()
>>> m.grad
tensor([0., 1., 0., 0., 0., 1.])
>>> m.grad = None
>>> torch.diag(m.view(2, 3)).sum().backward()
>>> m.grad
tensor([1., 0., 0., 0., 1., 0.])
>>> e = torch.diag_embed(m[:2])
>>> e
tensor([[0., 0.],
        [0., 1.]], grad_fn=<DiagEmbedBackward0>)
>>> (e * torch.arange(4.).view(2, 2)).sum().backward()
>>> m.grad
tensor([1., 3., 0., 0., 1., 0.])
>>> v = torch.tensor([1., 2.], requires_grad=True)
>>> torch.diag(v)
tensor([[1., 0.],
        [0., 2.]], grad_fn=<DiagEmbedBackward0>)
>>> g, = torch.autograd.grad((torch.diag(v) ** 2).sum(), v, create_graph=True)
>>> g
tensor([2., 4.], grad_fn=<DiagonalBackward0>)
>>> torch.autograd.grad(g.sum(), v)
(tensor([2., 2.]),)
>>> a = torch.tensor([[-1.0813,-0.8619, 0.7105], [ 0.0935, 0.1380, 2.2112], [-0.3409,-0.9828, 0.0289]])
>>> torch.triu(a)
tensor([[-1.0813, -0.8619,  0.7105],
        [ 0.0000,  0.1380,  2.2112],
        [ 0.0000,  0.0000,  0.0289]])
>>> torch.triu(a, diagonal=1)
tensor([[ 0.0000, -0.8619,  0.7105],
        [ 0.0000,  0.0000,  2.2112],
        [ 0.0000,  0.0000,  0.0000]])
>>> torch.triu(a, diagonal=-1)
tensor([[-1.0813, -0.8619,  0.7105],
        [ 0.0935,  0.1380,  2.2112],
        [ 0.0000, -0.9828,  0.0289]])
>>> torch.tril(a)
tensor([[-1.0813,  0.0000,  0.0000],
        [ 0.0935,  0.1380,  0.0000],
        [-0.3409, -0.9828,  0.0289]])
>>> torch.tril(a, diagonal=1)
tensor([[-1.0813, -0.8619,  0.0000],
        [ 0.0935,  0.1380,  2.2112],
        [-0.3409, -0.9828,  0.0289]])
>>> torch.tril(a, diagonal=-1)
tensor([[ 0.0000,  0.0000,  0.0000],
        [ 0.0935,  0.0000,  0.0000],
        [-0.3409, -0.9828,  0.0000]])
>>> b = torch.ones(4, 6)
>>> torch.tril(b, diagonal=2)
tensor([[1., 1., 1., 0., 0., 0.],
        [1., 1., 1., 1., 0., 0.],
        [1., 1., 1., 1., 1., 0.],
        [1., 1., 1., 1., 1., 1.]])
>>> b.triu_(2)
tensor([[0., 0., 1., 1., 1., 1.],
        [0., 0., 0., 1., 1., 1.],
        [0., 0., 0., 0., 1., 1.],
        [0., 0., 0., 0., 0., 1.]])
>>> b
tensor([[0., 0., 1., 1., 1., 1.],
        [0., 0., 0., 1., 1., 1.],
        [0., 0., 0., 0., 1., 1.],
        [0., 0., 0., 0., 0., 1.]])
>>> torch.triu(torch.ones(3))
RuntimeError: triu: input tensor must have at least 2 dimensions
>>> torch.tril(torch.ones(3))
RuntimeError: tril: input tensor must have at least 2 dimensions
>>> m = torch.ones(3, 3, requires_grad=True)
>>> t = m.triu(1) * 2
>>> t
tensor([[0., 2., 2.],
        [0., 0., 2.],
        [0., 0., 0.]], grad_fn=<MulBackward0>)
>>> t.sum().backward()
>>> m.grad
tensor([[0., 2., 2.],
        [0., 0., 2.],
        [0., 0., 0.]])
>>> c = m.clone()
>>> c.tril_()
tensor([[1., 0., 0.],
        [1., 1., 0.],
        [1., 1., 1.]], grad_fn=<TrilBackward0>)
>>> c
tensor([[1., 0., 0.],
        [1., 1., 0.],
        [1., 1., 1.]], grad_fn=<TrilBackward0>)
>>> a = torch.tensor([1, 2, 3])
>>> b = torch.tensor([4, 5, 6])
>>> torch.hstack((a,b))
tensor([1, 2, 3, 4, 5, 6])
>>> torch.vstack((a,b))
tensor([[1, 2, 3],
        [4, 5, 6]])
>>> torch.dstack((a,b))
tensor([[[1, 4],
         [2, 5],
         [3, 6]]])
>>> torch.column_stack((a, b))
tensor([[1, 4],
        [2, 5],
        [3, 6]])
>>> a = torch.tensor([[1],[2],[3]])
>>> b = torch.tensor([[4],[5],[6]])
>>> torch.hstack((a,b))
tensor([[1, 4],
        [2, 5],
        [3, 6]])
>>> torch.vstack((a,b))
tensor([[1],
        [2],
        [3],
        [4],
        [5],
        [6]])
>>> torch.dstack((a,b))
tensor([[[1, 4]],

        [[2, 5]],

        [[3, 6]]])
>>> a = torch.arange(5)
>>> b = torch.arange(10).reshape(5, 2)
>>> torch.column_stack((a, b, b))
tensor([[0, 0, 1, 0, 1],
        [1, 2, 3, 2, 3],
        [2, 4, 5, 4, 5],
        [3, 6, 7, 6, 7],
        [4, 8, 9, 8, 9]])
>>> torch.hstack([torch.ones(2), torch.zeros(1, dtype=torch.float64)])
tensor([1., 1., 0.], dtype=torch.float64)
>>> torch.vstack([torch.ones(2), torch.ones(3)])
RuntimeError: Sizes of tensors must match except in dimension 0. Expected size 2 but got size 3 for tensor number 1 in the list.
>>> torch.hstack([])
RuntimeError: hstack expects a non-empty TensorList
>>> torch.atleast_1d(torch.tensor(1.))
tensor([1.])
>>> torch.atleast_2d(torch.tensor([1., 2.]))
tensor([[1., 2.]])
>>> torch.atleast_3d(torch.tensor(1.)).shape
torch.Size([1, 1, 1])
>>> torch.atleast_1d((torch.tensor(0.5), torch.tensor(1.)))
(tensor([0.5000]), tensor([1.]))
>>> p = torch.ones(2, requires_grad=True)
>>> q = torch.ones(2, requires_grad=True)
>>> s = torch.vstack([p, 2 * q])
>>> s
tensor([[1., 1.],
        [2., 2.]], grad_fn=<CatBackward0>)
>>> s.sum().backward()
>>> p.grad, q.grad
(tensor([1., 1.]), tensor([2., 2.]))
>>> torch.column_stack([p, q])
tensor([[1., 1.],
        [1., 1.]], grad_fn=<CatBackward0>)
>>> x = torch.tensor([1, 2, 3])
>>> y = torch.tensor([4, 5, 6])
>>> grid_x, grid_y = torch.meshgrid(x, y, indexing='ij')
>>> grid_x
tensor([[1, 1, 1],
        [2, 2, 2],
        [3, 3, 3]])
>>> grid_y
tensor([[4, 5, 6],
        [4, 5, 6],
        [4, 5, 6]])
>>> xs = torch.linspace(-5, 5, steps=3)
>>> ys = torch.linspace(-5, 5, steps=4)
>>> xg, yg = torch.meshgrid(xs, ys, indexing='xy')
>>> xg
tensor([[-5.,  0.,  5.],
        [-5.,  0.,  5.],
        [-5.,  0.,  5.],
        [-5.,  0.,  5.]])
>>> yg
tensor([[-5.0000, -5.0000, -5.0000],
        [-1.6667, -1.6667, -1.6667],
        [ 1.6667,  1.6667,  1.6667],
        [ 5.0000,  5.0000,  5.0000]])
>>> a, b = torch.meshgrid(torch.tensor([1, 2]), torch.tensor([3, 4, 5]))
UserWarning: torch.meshgrid: in an upcoming release, it will be required to pass the indexing argument. (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/TensorShape.cpp:4215.)
>>> a
tensor([[1, 1, 1],
        [2, 2, 2]])
>>> torch.meshgrid(torch.tensor([1., 2.]), torch.tensor([3, 4]), indexing='ij')
RuntimeError: meshgrid expects all tensors to have the same dtype
>>> torch.meshgrid(torch.ones(2), indexing='yx')
RuntimeError: torch.meshgrid: indexing must be one of "xy" or "ij", but received: yx
>>> torch.meshgrid(indexing='ij')
RuntimeError: meshgrid expects a non-empty TensorList
>>> u = torch.tensor([1., 2.], requires_grad=True)
>>> gu, gv = torch.meshgrid(u, torch.tensor([1., 1., 1.]), indexing='ij')
>>> gu
tensor([[1., 1., 1.],
        [2., 2., 2.]], grad_fn=<ExpandBackward0>)
>>> gu.sum().backward()
>>> u.grad
tensor([3., 3.])
>>> x = torch.tensor([1, 2, 3])
>>> torch.broadcast_to(x, (3, 3))
tensor([[1, 2, 3],
        [1, 2, 3],
        [1, 2, 3]])
>>> x.broadcast_to((2, 3))
tensor([[1, 2, 3],
        [1, 2, 3]])
>>> torch.broadcast_to(x, (2, 4))
RuntimeError: The expanded size of the tensor (4) must match the existing size (3) at non-singleton dimension 1.  Target sizes: [2, 4].  Tensor sizes: [3]
>>> torch.broadcast_to(torch.ones(3, 3), (3,))
RuntimeError: expand(torch.FloatTensor{[3, 3]}, size=[3]): the number of sizes provided (1) must be greater or equal to the number of dimensions in the tensor (2)
>>> x = torch.arange(3).view(1, 3)
>>> y = torch.arange(2).view(2, 1)
>>> a, b = torch.broadcast_tensors(x, y)
>>> a.size()
torch.Size([2, 3])
>>> a
tensor([[0, 1, 2],
        [0, 1, 2]])
>>> torch.broadcast_tensors(torch.ones(3), torch.ones(4))
RuntimeError: The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 0
>>> r = torch.ones(3, requires_grad=True)
>>> bt = torch.broadcast_tensors(r, torch.ones(2, 3))
>>> bt[0]
tensor([[1., 1., 1.],
        [1., 1., 1.]], grad_fn=<ExpandBackward0>)
>>> bt[0].sum().backward()
>>> r.grad
tensor([2., 2., 2.])
>>> torch.broadcast_to(r, (2, 3))
tensor([[1., 1., 1.],
        [1., 1., 1.]], grad_fn=<ExpandBackward0>)
>>> x = torch.arange(8).view(2, 2, 2)
>>> torch.fliplr(x)
tensor([[[2, 3],
         [0, 1]],

        [[6, 7],
         [4, 5]]])
>>> torch.flipud(x)
tensor([[[4, 5],
         [6, 7]],

        [[0, 1],
         [2, 3]]])
>>> torch.fliplr(torch.ones(3))
RuntimeError: Input must be >= 2-d.
>>> torch.flipud(torch.tensor(1.))
RuntimeError: Input must be >= 1-d.
>>> x = torch.arange(4).view(2, 2)
>>> torch.rot90(x, 1, [0, 1])
tensor([[1, 3],
        [0, 2]])
>>> torch.rot90(x, 2, [0, 1])
tensor([[3, 2],
        [1, 0]])
>>> torch.rot90(x, -1, [0, 1])
tensor([[2, 0],
        [3, 1]])
>>> x = torch.arange(8).view(2, 2, 2)
>>> torch.rot90(x, 1, [1, 2])
tensor([[[1, 3],
         [0, 2]],

        [[5, 7],
         [4, 6]]])
>>> torch.rot90(torch.ones(3))
RuntimeError: expected total dims >= 2, but got total dims = 1
>>> torch.rot90(x, 1, [0, 0])
RuntimeError: expected rotation dims to be different, but got dim0 = 0 and dim1 = 0
>>> torch.rot90(x, 1, [0, 1, 2])
RuntimeError: expected total rotation dims == 2, but got dims = 3
>>> z = torch.arange(6., requires_grad=True)
>>> rz = torch.rot90(z.view(2, 3))
>>> rz
tensor([[2., 5.],
        [1., 4.],
        [0., 3.]], grad_fn=<Rot90Backward0>)
>>> (rz * torch.arange(6.).view(3, 2)).sum().backward()
>>> z.grad
tensor([4., 2., 0., 5., 3., 1.])
>>> torch.fliplr(z.view(2, 3))
tensor([[2., 1., 0.],
        [5., 4., 3.]], grad_fn=<FlipBackward0>)
>>> x = torch.tensor([1, 2, 3])
>>> x.repeat_interleave(2)
tensor([1, 1, 2, 2, 3, 3])
>>> y = torch.tensor([[1, 2], [3, 4]])
>>> torch.repeat_interleave(y, 2)
tensor([1, 1, 2, 2, 3, 3, 4, 4])
>>> torch.repeat_interleave(y, 3, dim=1)
tensor([[1, 1, 1, 2, 2, 2],
        [3, 3, 3, 4, 4, 4]])
>>> torch.repeat_interleave(y, torch.tensor([1, 2]), dim=0)
tensor([[1, 2],
        [3, 4],
        [3, 4]])
>>> torch.repeat_interleave(y, torch.tensor([1, 2]), dim=0, output_size=3)
tensor([[1, 2],
        [3, 4],
        [3, 4]])
>>> torch.repeat_interleave(torch.tensor([1, 2, 3]))
tensor([0, 1, 1, 2, 2, 2])
>>> torch.repeat_interleave(x, -1)
RuntimeError: Repeats must be non-negative
>>> torch.repeat_interleave(x, torch.tensor([1, 2]))
RuntimeError: repeats must have the same size as input along dim, but got repeats.size(0) = 2 and input.size(0) = 3
>>> z = torch.tensor([1., 2.], requires_grad=True)
>>> ri = z.repeat_interleave(2)
>>> ri
tensor([1., 1., 2., 2.], grad_fn=<ViewBackward0>)
>>> (ri * torch.arange(4.)).sum().backward()
>>> z.grad
tensor([1., 5.])
>>> z.repeat_interleave(torch.tensor([0, 3]))
tensor([2., 2., 2.], grad_fn=<IndexSelectBackward0>)
>>> x = torch.tensor([-1.5393, -0.8675,  0.5916,  1.6321])
>>> y = torch.tensor([ 0.0967, -1.0511,  0.6295,  0.8360])
>>> torch.dist(x, y, 3.5)
tensor(1.6728)
>>> torch.dist(x, y, 3)
tensor(1.6973)
>>> torch.dist(x, y, 0)
tensor(4.)
>>> torch.dist(x, y, 1)
tensor(2.6536)
>>> torch.dist(x, y)
tensor(1.8290)
>>> torch.dist(x, y, float('inf'))
tensor(1.6360)
>>> torch.dist(torch.tensor([1, 2]), torch.tensor([3, 4]))
RuntimeError: norm(): input dtype should be either floating point or complex. Got Long instead.
>>> torch.dist(torch.tensor([1., 2.]), torch.tensor([3, 4]))
tensor(2.8284)
>>> p = torch.tensor([[1., 2.], [3., 4.]], requires_grad=True)
>>> dd = torch.dist(p, torch.tensor([0.5, 1.]))
>>> dd
tensor(4.0620, grad_fn=<DistBackward0>)
>>> dd.backward()
>>> p.grad
tensor([[0.1231, 0.2462],
        [0.6155, 0.7385]])
>>> g, = torch.autograd.grad(torch.dist(p, torch.zeros(2), 3), p, create_graph=True)
>>> g
tensor([[0.0464, 0.1857],
        [0.4177, 0.7427]], grad_fn=<MulBackward0>)
>>> torch.autograd.grad(g.sum(), p)
(tensor([[ 0.0650,  0.0743],
        [ 0.0278, -0.0743]]),)
>>> a = torch.tensor([[ 1.,  0.,  0.], [ 0.,  1.,  0.], [ 0.,  0.,  1.], [ 1.,  2.,  3.]])
>>> b = torch.tensor([[ 0.,  1.,  0.], [ 0.,  0.,  1.], [ 1.,  0.,  0.], [-1.,  0.,  2.]])
>>> torch.cross(a, b, dim=1)
tensor([[ 0.,  0.,  1.],
        [ 1.,  0.,  0.],
        [ 0.,  1.,  0.],
        [ 4., -5.,  2.]])
>>> torch.cross(a, b)
UserWarning: Using torch.cross without specifying the dim arg is deprecated.
Please either pass the dim explicitly or simply use torch.linalg.cross.
The default value of dim will change to agree with that of linalg.cross in a future release. (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/Cross.cpp:63.)
tensor([[ 0.,  0.,  1.],
        [ 1.,  0.,  0.],
        [ 0.,  1.,  0.],
        [ 4., -5.,  2.]])
>>> a.cross(b, dim=-1)
tensor([[ 0.,  0.,  1.],
        [ 1.,  0.,  0.],
        [ 0.,  1.,  0.],
        [ 4., -5.,  2.]])
>>> torch.cross(torch.ones(2, 2), torch.ones(2, 2), dim=1)
RuntimeError: linalg.cross: inputs dimension 1 must have length 3. Got 2 and 2
>>> torch.cross(torch.tensor([1, 0, 0]), torch.tensor([0, 1, 0]), dim=0)
tensor([0, 0, 1])
>>> torch.cross(torch.tensor([1, 0, 0]), torch.tensor([0., 1, 0]), dim=0)
RuntimeError: expected scalar type Long but found Float
>>> torch.cross(torch.ones(2, 3), torch.ones(1, 3), dim=1)
tensor([[0., 0., 0.],
        [0., 0., 0.]])
>>> ca = torch.tensor([1., 2., 3.], requires_grad=True)
>>> cb = torch.tensor([4., 5., 6.], requires_grad=True)
>>> cc = torch.cross(ca, cb, dim=0)
>>> cc
tensor([-3.,  6., -3.], grad_fn=<LinalgCrossBackward0>)
>>> (cc * torch.tensor([1., -1., 2.])).sum().backward()
>>> ca.grad, cb.grad
(tensor([16., -2., -9.]), tensor([-7., -1.,  3.]))
>>> x = torch.tensor([float('nan'), float('inf'), -float('inf'), 3.14])
>>> torch.nan_to_num(x)
tensor([ 0.0000e+00,  3.4028e+38, -3.4028e+38,  3.1400e+00])
>>> torch.nan_to_num(x, nan=2.0)
tensor([ 2.0000e+00,  3.4028e+38, -3.4028e+38,  3.1400e+00])
>>> torch.nan_to_num(x, nan=2.0, posinf=1.0)
tensor([ 2.0000e+00,  1.0000e+00, -3.4028e+38,  3.1400e+00])
>>> torch.nan_to_num(x.double())
tensor([  0.0000e+00,  1.7977e+308, -1.7977e+308,   3.1400e+00],
       dtype=torch.float64)
>>> torch.nan_to_num(x.half())
tensor([ 0.0000e+00,  6.5504e+04, -6.5504e+04,  3.1406e+00],
       dtype=torch.float16)
>>> torch.nan_to_num(torch.tensor([1, 2]))
tensor([1, 2])
>>> y = x.clone()
>>> y.nan_to_num_(0.5, 9., -9.)
tensor([ 0.5000,  9.0000, -9.0000,  3.1400])
>>> y
tensor([ 0.5000,  9.0000, -9.0000,  3.1400])
>>> n = torch.tensor([float('nan'), 1., float('inf')], requires_grad=True)
>>> nn_ = torch.nan_to_num(n * 2)
>>> nn_
tensor([0.0000e+00, 2.0000e+00, 3.4028e+38], grad_fn=<NanToNumBackward0>)
>>> nn_.sum().backward()
>>> n.grad
tensor([0., 2., 0.])
>>> torch.trace(torch.arange(1., 10.).view(3, 3))
tensor(15.)
>>> torch.outer(torch.arange(1., 5.), torch.arange(1., 4.))
tensor([[ 1.,  2.,  3.],
        [ 2.,  4.,  6.],
        [ 3.,  6.,  9.],
        [ 4.,  8., 12.]])
>>> mat1 = torch.eye(2)
>>> mat2 = torch.ones(2, 2)
>>> torch.kron(mat1, mat2)
tensor([[1., 1., 0., 0.],
        [1., 1., 0., 0.],
        [0., 0., 1., 1.],
        [0., 0., 1., 1.]])
>>> mat1 = torch.eye(2)
>>> mat2 = torch.arange(1, 5).reshape(2, 2)
>>> torch.kron(mat1, mat2)
tensor([[1., 2., 0., 0.],
        [3., 4., 0., 0.],
        [0., 0., 1., 2.],
        [0., 0., 3., 4.]])
>>> torch.kron(torch.tensor([1, 2]), torch.tensor([[1, 2], [3, 4]]))
tensor([[1, 2, 2, 4],
        [3, 4, 6, 8]])
>>> torch.kron(torch.tensor(2.), torch.tensor([1., 2.]))
tensor([2., 4.])
>>> ka = torch.tensor([[1., 2.], [3., 4.]], requires_grad=True)
>>> kk = torch.kron(ka, torch.tensor([1., -1.]))
>>> kk
tensor([[ 1., -1.,  2., -2.],
        [ 3., -3.,  4., -4.]], grad_fn=<UnsafeViewBackward0>)
>>> (kk * torch.arange(8.).view(2, 4)).sum().backward()
>>> ka.grad
tensor([[-1., -1.],
        [-1., -1.]])
>>> torch.cumprod(torch.tensor([1., 2., 3., 4.]), dim=0)
tensor([ 1.,  2.,  6., 24.])
>>> a = torch.tensor([-0.8286, -0.4890,  0.5155,  0.8443,  0.1865, -0.1752, -2.0595, 0.1850, -1.1571, -0.4243])
>>> torch.logcumsumexp(a, dim=0)
tensor([-0.8286,  0.0487,  1.0022,  1.6195,  1.8335,  1.9594,  1.9772,  2.1313,
         2.1679,  2.2401])
>>> torch.tensor([[0., 1.], [2., 3.]]).logcumsumexp(1)
tensor([[0.0000, 1.3133],
        [2.0000, 3.3133]])
>>> torch.tensor([float('-inf'), 0., 1000.]).logcumsumexp(0)
tensor([ -inf,    0., 1000.])
>>> torch.logcumsumexp(torch.tensor([1, 2]), 0)
NotImplementedError: "logcumsumexp_out_cpu" not implemented for 'Long'
>>> torch.logcumsumexp(torch.tensor(1.), 0)
tensor(1.)
>>> lc = torch.tensor([1., 2., 3.], requires_grad=True)
>>> ly = lc.logcumsumexp(0)
>>> ly
tensor([1.0000, 2.3133, 3.4076], grad_fn=<LogcumsumexpBackward0>)
>>> ly.backward(torch.tensor([1., -2., 3.]))
>>> lc.grad
tensor([ 0.7322, -0.7279,  1.9957])
>>> g, = torch.autograd.grad((lc.logcumsumexp(0) * torch.tensor([1., 2., 3.])).sum(), lc, create_graph=True)
>>> g
tensor([1.8080, 2.1963, 1.9957], grad_fn=<SubBackward0>)
>>> torch.autograd.grad(g.sum(), lc)
(tensor([0., 0., 0.]),)
>>> a = torch.tensor([1, 3, 2])
>>> torch.diff(a)
tensor([ 2, -1])
>>> b = torch.tensor([4, 5])
>>> torch.diff(a, append=b)
tensor([ 2, -1,  2,  1])
>>> c = torch.tensor([[1, 2, 3], [3, 4, 5]])
>>> torch.diff(c, dim=0)
tensor([[2, 2, 2]])
>>> torch.diff(c, dim=1)
tensor([[1, 1],
        [1, 1]])
>>> torch.diff(torch.tensor([1., 4., 9., 16.]), n=2)
tensor([2., 2.])
>>> torch.diff(torch.tensor([1., 4., 9.]), n=5)
tensor([])
>>> torch.diff(torch.tensor([True, False, False]))
tensor([ True, False])
>>> torch.diff(torch.tensor(1.))
RuntimeError: diff expects input to be at least one-dimensional
>>> torch.diff(a, n=-1)
RuntimeError: order must be non-negative but got -1
>>> torch.diff(c, prepend=torch.tensor([0, 0]))
RuntimeError: diff expects prepend or append to be the same dimension as input
>>> da = torch.tensor([1., 4., 9., 16.], requires_grad=True)
>>> dy = torch.diff(da, prepend=torch.tensor([0.]))
>>> dy
tensor([1., 3., 5., 7.], grad_fn=<SubBackward0>)
>>> (dy * torch.tensor([1., 2., 3., 4.])).sum().backward()
>>> da.grad
tensor([-1., -1., -1.,  4.])
>>> torch.histc(torch.tensor([1., 2, 1]), bins=4, min=0, max=3)
tensor([0., 2., 1., 0.])
>>> torch.histc(torch.tensor([1., 1, 1]), bins=4)
tensor([0., 0., 3., 0.])
>>> torch.histc(torch.tensor([0., 0.5, 1., 1.5, 2., 2.5, 3., 10.]), bins=3, min=0, max=3)
tensor([2., 2., 3.])
>>> torch.histc(torch.tensor([1., 2.], dtype=torch.float64), bins=4)
tensor([1., 0., 0., 1.], dtype=torch.float64)
>>> torch.histc(torch.tensor([1, 2, 1]), bins=4, min=0, max=3)
NotImplementedError: "histogram_cpu" not implemented for 'Long'
>>> torch.histc(torch.tensor([1., 2, 1]), bins=4, min=3, max=0)
RuntimeError: torch.histc: max must be larger than min
>>> torch.histc(torch.tensor([1., 2, 1]), bins=0)
RuntimeError: torch.histogram(): bins must be > 0, but got 0 for dimension 0
>>> torch.histc(torch.tensor([1., float('inf')]), bins=4)
RuntimeError: torch.histc: range of [1, inf] is not finite
>>> input = torch.tensor([4, 3, 6, 3, 4])
>>> weights = torch.linspace(0, 1, steps=5)
>>> input, weights
(tensor([4, 3, 6, 3, 4]), tensor([0.0000, 0.2500, 0.5000, 0.7500, 1.0000]))
>>> torch.bincount(input)
tensor([0, 0, 0, 2, 2, 0, 1])
>>> input.bincount(weights)
tensor([0.0000, 0.0000, 0.0000, 1.0000, 1.0000, 0.0000, 0.5000])
>>> torch.bincount(torch.tensor([1, 1, 3]), minlength=6)
tensor([0, 2, 0, 1, 0, 0])
>>> torch.bincount(torch.tensor([1, 1, 3]), weights=torch.tensor([1, 1, 2]))
tensor([0., 2., 0., 2.], dtype=torch.float64)
>>> torch.bincount(torch.tensor([1, 2], dtype=torch.uint8))
tensor([0, 1, 1])
>>> torch.bincount(torch.tensor([], dtype=torch.long))
tensor([], dtype=torch.int64)
>>> torch.bincount(torch.tensor([-1, 1]))
RuntimeError: bincount only supports 1-d non-negative integral inputs.
>>> torch.bincount(torch.tensor([1., 1.]))
NotImplementedError: "bincount_cpu" not implemented for 'Float'
>>> torch.bincount(torch.tensor([[1, 1]]))
RuntimeError: bincount only supports 1-d non-negative integral inputs.
>>> torch.bincount(torch.tensor([1]), minlength=-1)
RuntimeError: minlength should be >= 0
>>> torch.bincount(torch.tensor([1, 2]), weights=torch.tensor([1.]))
RuntimeError: weights should be 1-d and have the same length as input
>>> boundaries = torch.tensor([1, 3, 5, 7, 9])
>>> v = torch.tensor([[3, 6, 9], [3, 6, 9]])
>>> torch.bucketize(v, boundaries)
tensor([[1, 3, 4],
        [1, 3, 4]])
>>> torch.bucketize(v, boundaries, right=True)
tensor([[2, 3, 5],
        [2, 3, 5]])
>>> torch.bucketize(torch.tensor([3, 6]), boundaries, out_int32=True)
tensor([1, 3], dtype=torch.int32)
>>> torch.bucketize(3, boundaries)
tensor(1)
>>> torch.bucketize(torch.tensor([3.5, 0.]), boundaries)
tensor([2, 0])
>>> torch.bucketize(torch.tensor([3]), torch.ones(2, 2))
RuntimeError: boundaries tensor must be 1 dimension, but got dim(2)
>>> sorted_sequence = torch.tensor([[1, 3, 5, 7, 9], [2, 4, 6, 8, 10]])
>>> values = torch.tensor([[3, 6, 9], [3, 6, 9]])
>>> torch.searchsorted(sorted_sequence, values)
tensor([[1, 3, 4],
        [1, 2, 4]])
>>> torch.searchsorted(sorted_sequence, values, side='right')
tensor([[2, 3, 5],
        [1, 3, 4]])
>>> sorted_sequence_1d = torch.tensor([1, 3, 5, 7, 9])
>>> torch.searchsorted(sorted_sequence_1d, values)
tensor([[1, 3, 4],
        [1, 3, 4]])
>>> sorted_sequence = torch.tensor([1, 3, 5, 7, 9])
>>> torch.searchsorted(sorted_sequence, torch.tensor([3]), right=True)
tensor([2])
>>> unsorted_sequence = torch.tensor([1, 5, 3, 9, 7])
>>> sorter = torch.argsort(unsorted_sequence)
>>> torch.searchsorted(unsorted_sequence, torch.tensor([3, 6, 9]), sorter=sorter)
tensor([1, 3, 4])
>>> torch.searchsorted(sorted_sequence, 3)
tensor(1)
>>> torch.searchsorted(sorted_sequence, torch.tensor([3.5]))
tensor([2])
>>> torch.searchsorted(sorted_sequence, torch.tensor([3]), out_int32=True)
tensor([1], dtype=torch.int32)
>>> torch.searchsorted(sorted_sequence, torch.tensor([3]), side='left', right=True)
RuntimeError: torch.searchsorted(): side and right can't be set to opposites, got side of left while right was True
>>> torch.searchsorted(sorted_sequence, torch.tensor([3]), side='middle')
RuntimeError: torch.searchsorted(): side can only be 'left' or 'right' but got middle
>>> torch.searchsorted(torch.ones(2, 3), torch.ones(3, 3))
RuntimeError: torch.searchsorted(): boundaries tensor should be 1 dimension or the first N-1 dimensions of boundaries tensor and input value tensor must match, but we got boundaries tensor [2, 3] and input value tensor [3, 3]
>>> torch.searchsorted(torch.tensor(1.), torch.ones(3))
RuntimeError: torch.searchsorted(): boundaries tensor should have positive dimension, but got 0 dimension
>>> src = torch.arange(1, 11).reshape((2, 5))
>>> src
tensor([[ 1,  2,  3,  4,  5],
        [ 6,  7,  8,  9, 10]])
>>> index = torch.tensor([[0, 1, 2, 0]])
>>> torch.zeros(3, 5, dtype=src.dtype).scatter_(0, index, src)
tensor([[1, 0, 0, 4, 0],
        [0, 2, 0, 0, 0],
        [0, 0, 3, 0, 0]])
>>> index = torch.tensor([[0, 1, 2], [0, 1, 4]])
>>> torch.zeros(3, 5, dtype=src.dtype).scatter_(1, index, src)
tensor([[1, 2, 3, 0, 0],
        [6, 7, 0, 0, 8],
        [0, 0, 0, 0, 0]])
>>> torch.full((2, 4), 2.).scatter_(1, torch.tensor([[2], [3]]), 1.23, reduce='multiply')
tensor([[2.0000, 2.0000, 2.4600, 2.0000],
        [2.0000, 2.0000, 2.0000, 2.4600]])
>>> torch.full((2, 4), 2.).scatter_(1, torch.tensor([[2], [3]]), 1.23, reduce='add')
tensor([[2.0000, 2.0000, 3.2300, 2.0000],
        [2.0000, 2.0000, 2.0000, 3.2300]])
>>> torch.zeros(3, 5).scatter(0, torch.tensor([[0, 1, 2, 0]]), torch.ones(2, 5), reduce='add')
UserWarning: The reduce argument of torch.scatter with Tensor src is deprecated and will be removed in a future PyTorch release. Use torch.scatter_reduce instead for more reduction options. (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/TensorAdvancedIndexing.cpp:225.)
tensor([[1., 0., 0., 1., 0.],
        [0., 1., 0., 0., 0.],
        [0., 0., 1., 0., 0.]])
>>> z = torch.zeros(3, 3)
>>> idx = torch.tensor([[0, 1, 2], [2, 0, 1]])
>>> z.scatter(0, idx, torch.ones(2, 3))
tensor([[1., 1., 0.],
        [0., 1., 1.],
        [1., 0., 1.]])
>>> z.scatter(0, idx, 2.5)
tensor([[2.5000, 2.5000, 0.0000],
        [0.0000, 2.5000, 2.5000],
        [2.5000, 0.0000, 2.5000]])
>>> z.scatter(0, idx.int(), torch.ones(2, 3))
tensor([[1., 1., 0.],
        [0., 1., 1.],
        [1., 0., 1.]])
>>> torch.scatter(z, 1, idx, value=7.)
tensor([[7., 7., 7.],
        [7., 7., 7.],
        [0., 0., 0.]])
>>> z.scatter(0, idx, torch.ones(2, 3), reduce='max')
RuntimeError: reduce argument must be either add or multiply.
>>> z.scatter(0, idx.float(), torch.ones(2, 3))
RuntimeError: scatter(): Expected dtype int32/int64 for index
>>> z.scatter(0, idx + 5, torch.ones(2, 3))
RuntimeError: index 5 is out of bounds for dimension 0 with size 3
>>> z.scatter(0, torch.zeros(4, 3, dtype=torch.long), torch.ones(2, 3))
RuntimeError: Expected index [4, 3] to be no larger than self [3, 3] apart from dimension 0 and to be no larger size than src [2, 3]
>>> z.scatter(0, torch.zeros(3, dtype=torch.long), torch.ones(2, 3))
RuntimeError: Index tensor must have the same number of dimensions as self tensor
>>> z.scatter(0, idx, torch.ones(2, 3, dtype=torch.float64))
RuntimeError: scatter(): Expected self.dtype to be equal to src.dtype
>>> src = torch.ones((2, 5))
>>> index = torch.tensor([[0, 1, 2, 0, 0]])
>>> torch.zeros(3, 5, dtype=src.dtype).scatter_add_(0, index, src)
tensor([[1., 0., 0., 1., 1.],
        [0., 1., 0., 0., 0.],
        [0., 0., 1., 0., 0.]])
>>> index = torch.tensor([[0, 1, 2, 0, 0], [0, 1, 2, 2, 2]])
>>> torch.zeros(3, 5, dtype=src.dtype).scatter_add_(0, index, src)
tensor([[2., 0., 0., 1., 1.],
        [0., 2., 0., 0., 0.],
        [0., 0., 2., 1., 1.]])
>>> torch.scatter_add(z, 0, idx, torch.ones(2, 3))
tensor([[1., 1., 0.],
        [0., 1., 1.],
        [1., 0., 1.]])
>>> z.scatter_add(0, idx, 2.)
TypeError: scatter_add(): argument 'src' (position 3) must be Tensor, not float
>>> x = torch.ones(5, 3)
>>> t = torch.tensor([[1, 2, 3], [4, 5, 6], [7, 8, 9]], dtype=torch.float)
>>> index = torch.tensor([0, 4, 2])
>>> x.index_add_(0, index, t)
tensor([[ 2.,  3.,  4.],
        [ 1.,  1.,  1.],
        [ 8.,  9., 10.],
        [ 1.,  1.,  1.],
        [ 5.,  6.,  7.]])
>>> x.index_add_(0, index, t, alpha=-1)
tensor([[1., 1., 1.],
        [1., 1., 1.],
        [1., 1., 1.],
        [1., 1., 1.],
        [1., 1., 1.]])
>>> torch.index_add(torch.zeros(3, 2), 1, torch.tensor([1, 1]), torch.ones(3, 2))
tensor([[0., 2.],
        [0., 2.],
        [0., 2.]])
>>> torch.zeros(3, dtype=torch.long).index_add(0, torch.tensor([0, 1]), torch.ones(2, dtype=torch.long), alpha=3)
tensor([3, 3, 0])
>>> z.index_add(0, torch.tensor([0, 5]), torch.ones(2, 3))
RuntimeError: index 5 is out of bounds for dimension 0 with size 3
>>> z.index_add(0, torch.tensor([0, 1]), torch.ones(2, 4))
RuntimeError: source tensor shape must match self tensor shape, excluding the specified dimension. Got self.shape = [3, 3] source.shape = [2, 4]
>>> z.index_add(0, torch.tensor([0, 1, 2]), torch.ones(2, 3))
RuntimeError: index_add_(): Number of indices (3) should be equal to source.size(dim): (2), for dim: 0
>>> z.index_add(0, torch.tensor([0., 1.]), torch.ones(2, 3))
RuntimeError: index_add_(): Expected dtype int32/int64 for index but got: Float
>>> z.index_add(0, torch.tensor([0, 1]), torch.ones(2, 3, dtype=torch.float64))
RuntimeError: index_add_(): self (Float) and source (Double) must have the same scalar type
>>> base = torch.zeros(3, 3, requires_grad=True)
>>> values = torch.tensor([[1., 2., 3.], [4., 5., 6.]], requires_grad=True)
>>> sc = base.scatter(0, idx, values)
>>> sc
tensor([[1., 5., 0.],
        [0., 2., 6.],
        [4., 0., 3.]], grad_fn=<ScatterBackward0>)
>>> (sc * torch.arange(9.).view(3, 3)).sum().backward()
>>> base.grad, values.grad
(tensor([[0., 0., 2.],
        [3., 0., 0.],
        [0., 7., 0.]]), tensor([[0., 4., 8.],
        [6., 1., 5.]]))
>>> base.grad = None
>>> values.grad = None
>>> sa = base.scatter_add(0, idx, values)
>>> sa
tensor([[1., 5., 0.],
        [0., 2., 6.],
        [4., 0., 3.]], grad_fn=<ScatterAddBackward0>)
>>> (sa * torch.arange(9.).view(3, 3)).sum().backward()
>>> base.grad, values.grad
(tensor([[0., 1., 2.],
        [3., 4., 5.],
        [6., 7., 8.]]), tensor([[0., 4., 8.],
        [6., 1., 5.]]))
>>> base.grad = None
>>> values.grad = None
>>> ia = base.index_add(0, torch.tensor([2, 0]), values, alpha=2)
>>> ia
tensor([[ 8., 10., 12.],
        [ 0.,  0.,  0.],
        [ 2.,  4.,  6.]], grad_fn=<IndexAddBackward0>)
>>> (ia * torch.arange(9.).view(3, 3)).sum().backward()
>>> base.grad, values.grad
(tensor([[0., 1., 2.],
        [3., 4., 5.],
        [6., 7., 8.]]), tensor([[12., 14., 16.],
        [ 0.,  2.,  4.]]))
>>> base.scatter(0, idx, 1.).grad_fn.name()
'ScatterBackward1'
>>> base.scatter(0, idx, values, reduce='add').grad_fn.name()
'torch::autograd::NotImplemented'
>>> base.scatter(0, idx, values, reduce='add').sum().backward()
RuntimeError: derivative for aten::scatter is not implemented
>>> torch.bincount(torch.tensor([1, 2]), weights=values[0, :2])
tensor([0., 1., 2.], grad_fn=<NotImplemented>)
>>> c = base.clone()
>>> c.scatter_(0, idx, values)
tensor([[1., 5., 0.],
        [0., 2., 6.],
        [4., 0., 3.]], grad_fn=<ScatterBackward0>)
>>> c.index_add_(1, torch.tensor([0]), values[:, :1].t().expand(3, 1).contiguous())
RuntimeError: The expanded size of the tensor (1) must match the existing size (2) at non-singleton dimension 1.  Target sizes: [3, 1].  Tensor sizes: [1, 2]
>>> c.scatter_add_(1, torch.tensor([[0], [1], [2]]), torch.ones(3, 1))
tensor([[2., 5., 0.],
        [0., 3., 6.],
        [4., 0., 4.]], grad_fn=<ScatterAddBackward0>)
>>> tensor = torch.ones((2,), dtype=torch.int8)
>>> data = [[0, 1], [2, 3]]
>>> tensor.new_tensor(data)
tensor([[0, 1],
        [2, 3]], dtype=torch.int8)
>>> tensor = torch.ones((2,), dtype=torch.float64)
>>> tensor.new_full((3, 4), 3.141592)
tensor([[3.1416, 3.1416, 3.1416, 3.1416],
        [3.1416, 3.1416, 3.1416, 3.1416],
        [3.1416, 3.1416, 3.1416, 3.1416]], dtype=torch.float64)
>>> tensor = torch.ones(())
>>> tensor.new_empty((2, 3)).shape
torch.Size([2, 3])
>>> tensor = torch.tensor((), dtype=torch.int32)
>>> tensor.new_ones((2, 3))
tensor([[1, 1, 1],
        [1, 1, 1]], dtype=torch.int32)
>>> tensor = torch.tensor((), dtype=torch.float64)
>>> tensor.new_zeros((2, 3))
tensor([[0., 0., 0.],
        [0., 0., 0.]], dtype=torch.float64)
>>> f = torch.tensor([1., 2.])
>>> f.new_zeros(2, 3)
tensor([[0., 0., 0.],
        [0., 0., 0.]])
>>> f.new_ones(2, dtype=torch.int64)
tensor([1, 1])
>>> f.new_full((2,), 3)
tensor([3., 3.])
>>> f.new_full(2, 3)
TypeError: new_full(): argument 'size' (position 1) must be tuple of ints, not int
>>> f.new_tensor([1, 2])
tensor([1., 2.])
>>> torch.tensor([1, 2]).new_tensor([1.5])
tensor([1])
>>> f.new_zeros(3, requires_grad=True)
tensor([0., 0., 0.], requires_grad=True)
>>> f.new_empty(0)
tensor([])
>>> r = torch.ones(2, requires_grad=True)
>>> copied = r.new_tensor(r)
UserWarning: To copy construct from a tensor, it is recommended to use sourceTensor.detach().clone() or sourceTensor.detach().clone().requires_grad_(True), rather than tensor.new_tensor(sourceTensor).
>>> copied.requires_grad, copied
(False, tensor([1., 1.]))
>>> x = torch.ones(1, 2, 3, requires_grad=True)
>>> with torch.inference_mode():
...     y = x * x
>>> y.requires_grad
False
>>> y.is_inference()
True
>>> x.is_inference()
False
>>> torch.is_inference(y)
True
>>> @torch.inference_mode()
... def func(x):
...     return x * x
>>> out = func(x)
>>> out.requires_grad
False
>>> @torch.inference_mode
... def doubler(x):
...     return x * 2
>>> out = doubler(x)
>>> out.requires_grad
False
>>> with torch.inference_mode():
...     print(torch.is_inference_mode_enabled(), torch.is_grad_enabled())
...     with torch.inference_mode(mode=False):
...         print(torch.is_inference_mode_enabled(), (x * 2).requires_grad)
True False
False True
>>> torch.is_inference_mode_enabled()
False
