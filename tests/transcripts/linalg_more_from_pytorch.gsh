>>> # torch.linalg (more), generated from PyTorch 2.13
>>> import torch
>>> import math
>>> from torch import linalg
>>> _ = torch.manual_seed(0)
>>> A = torch.randn(2, 2, dtype=torch.complex128)
>>> A
tensor([[ 1.0896-0.2075j, -1.5406+0.4019j],
        [-0.7669-0.9890j,  0.2852+0.5926j]], dtype=torch.complex128)
>>> L, V = torch.linalg.eig(A)
>>> L
tensor([ 1.9906+0.5354j, -0.6158-0.1503j], dtype=torch.complex128)
>>> V
tensor([[ 0.8064+0.0000j,  0.6655-0.1500j],
        [-0.3465-0.4792j,  0.7311+0.0000j]], dtype=torch.complex128)
>>> L.dtype
torch.complex128
>>> A = torch.randn(3, 2, 2, dtype=torch.float64)
>>> L, V = torch.linalg.eig(A)
>>> L
tensor([[-0.9347+0.0000j,  0.3975+0.0000j],
        [-0.3670+0.9691j, -0.3670-0.9691j],
        [-1.0377+0.3326j, -1.0377-0.3326j]], dtype=torch.complex128)
>>> torch.linalg.eigvals(A)
tensor([[-0.9347+0.0000j,  0.3975+0.0000j],
        [-0.3670+0.9691j, -0.3670-0.9691j],
        [-1.0377+0.3326j, -1.0377-0.3326j]], dtype=torch.complex128)
>>> torch.linalg.eig(torch.tensor([[1., 2.], [3., 4.]]))
torch.return_types.linalg_eig(
eigenvalues=tensor([-0.3723+0.j,  5.3723+0.j]),
eigenvectors=tensor([[-0.8246+0.j, -0.4160+0.j],
        [ 0.5658+0.j, -0.9094+0.j]]))
>>> torch.linalg.eig(torch.tensor([[0., 1.], [-1., 0.]]))
torch.return_types.linalg_eig(
eigenvalues=tensor([0.+1.j, 0.-1.j]),
eigenvectors=tensor([[0.7071+0.0000j, 0.7071-0.0000j],
        [0.0000+0.7071j, 0.0000-0.7071j]]))
>>> torch.linalg.eig(torch.eye(2, dtype=torch.complex64))
torch.return_types.linalg_eig(
eigenvalues=tensor([1.+0.j, 1.+0.j]),
eigenvectors=tensor([[1.+0.j, 0.+0.j],
        [0.+0.j, 1.+0.j]]))
>>> A = torch.randn(3, 2)
>>> P, L, U = torch.linalg.lu(A)
>>> P
tensor([[0., 1., 0.],
        [1., 0., 0.],
        [0., 0., 1.]])
>>> L
tensor([[1.0000, 0.0000],
        [0.3941, 1.0000],
        [0.2042, 0.9605]])
>>> U
tensor([[0.9398, 0.7748],
        [0.0000, 1.1511]])
>>> torch.allclose(A, P @ L @ U)
True
>>> A = torch.randn(3, 3)
>>> LU, pivots = torch.linalg.lu_factor(A)
>>> B = torch.randn(3, 2)
>>> X = torch.linalg.lu_solve(LU, pivots, B)
>>> X
tensor([[-0.0943, -0.0363],
        [-0.1830,  1.3517],
        [ 0.3609,  0.3457]])
>>> torch.allclose(A @ X, B, atol=1e-5)
True
>>> B = torch.randn(3, 3, 2)
>>> X = torch.linalg.lu_solve(LU, pivots, B)
>>> torch.allclose(A @ X, B, atol=1e-5)
True
>>> B = torch.randn(3, 5, 3)
>>> X = torch.linalg.lu_solve(LU, pivots, B, left=False)
>>> torch.allclose(X @ A, B, atol=1e-5)
True
>>> B = torch.randn(3, 3, 4)
>>> X = torch.linalg.lu_solve(LU, pivots, B, adjoint=True)
>>> torch.allclose(A.mT @ X, B, atol=1e-5)
True
>>> A = torch.randn(2, 3, 3)
>>> A_LU, pivots = torch.lu(A)
UserWarning: torch.lu is deprecated in favor of torch.linalg.lu_factor / torch.linalg.lu_factor_ex and will be removed in a future PyTorch release.
LU, pivots = torch.lu(A, compute_pivots)
should be replaced with
LU, pivots = torch.linalg.lu_factor(A, compute_pivots)
and
LU, pivots, info = torch.lu(A, compute_pivots, get_infos=True)
should be replaced with
LU, pivots, info = torch.linalg.lu_factor_ex(A, compute_pivots) (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/BatchLinearAlgebra.cpp:2073.)
>>> A_LU
tensor([[[-1.3299, -0.6538, -0.1575],
         [ 0.0342,  0.6709,  0.5293],
         [-0.1640, -0.0666,  0.6575]],

        [[ 1.1177,  2.1494, -0.9088],
         [-0.0352, -0.9477,  0.7015],
         [-0.6004, -0.7491, -0.1056]]])
>>> pivots
tensor([[1, 2, 3],
        [2, 2, 3]], dtype=torch.int32)
>>> A_LU, pivots, info = torch.lu(A, get_infos=True)
>>> info
tensor([0, 0], dtype=torch.int32)
>>> torch.lu(torch.zeros(2, 2))
(tensor([[0., 0.],
        [0., 0.]]), tensor([1, 2], dtype=torch.int32))
>>> LU, pivots = torch.linalg.lu_factor(A)
>>> P, L, U = torch.lu_unpack(LU, pivots)
>>> P
tensor([[[1., 0., 0.],
         [0., 1., 0.],
         [0., 0., 1.]],

        [[0., 1., 0.],
         [1., 0., 0.],
         [0., 0., 1.]]])
>>> torch.allclose(A, P @ L @ U, atol=1e-6)
True
>>> A = torch.randn(2, 3, 2)
>>> LU, pivots = torch.linalg.lu_factor(A)
>>> P, L, U = torch.lu_unpack(LU, pivots)
>>> P_, L_, U_ = torch.linalg.lu(A)
>>> torch.allclose(P, P_) and torch.allclose(L, L_) and torch.allclose(U, U_)
True
>>> L, U
(tensor([[[ 1.0000,  0.0000],
         [-0.4858,  1.0000],
         [-0.5302, -0.1066]],

        [[ 1.0000,  0.0000],
         [-0.7503,  1.0000],
         [-0.4025,  0.6879]]]), tensor([[[-0.5434,  0.4304],
         [ 0.0000,  0.9103]],

        [[-0.8035, -0.4593],
         [ 0.0000, -0.6061]]]))
>>> torch.lu_unpack(LU, pivots, unpack_data=False)
torch.return_types.lu_unpack(
P=tensor([[[0., 0., 1.],
         [1., 0., 0.],
         [0., 1., 0.]],

        [[1., 0., 0.],
         [0., 0., 1.],
         [0., 1., 0.]]]),
L=tensor([]),
U=tensor([]))
>>> torch.lu_unpack(LU, pivots, unpack_pivots=False).P
tensor([])
>>> A = torch.randn(2, 3, 3)
>>> b = torch.randn(2, 3, 1)
>>> LU, pivots = torch.linalg.lu_factor(A)
>>> x = torch.lu_solve(b, LU, pivots)
UserWarning: torch.lu_solve is deprecated in favor of torch.linalg.lu_solveand will be removed in a future PyTorch release.
Note that torch.linalg.lu_solve has its arguments reversed.
X = torch.lu_solve(B, LU, pivots)
should be replaced with
X = torch.linalg.lu_solve(LU, pivots, B) (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/BatchLinearAlgebra.cpp:2230.)
>>> x
tensor([[[-4.6539],
         [-0.5419],
         [ 5.2787]],

        [[ 1.0616],
         [ 0.4708],
         [-0.6163]]])
>>> A = torch.eye(2 * 3 * 4).reshape((2 * 3, 4, 2, 3, 4))
>>> B = torch.randn(2 * 3, 4)
>>> X = torch.linalg.tensorsolve(A, B)
>>> X.shape
torch.Size([2, 3, 4])
>>> torch.allclose(torch.tensordot(A, X, dims=X.ndim), B)
True
>>> A = torch.randn(6, 4, 4, 3, 2)
>>> B = torch.randn(4, 3, 2)
>>> X = torch.linalg.tensorsolve(A, B, dims=(0, 2))
>>> X.shape
torch.Size([6, 4])
>>> A = A.permute(1, 3, 4, 0, 2)
>>> A.shape[B.ndim:]
torch.Size([6, 4])
>>> torch.allclose(torch.tensordot(A, X, dims=X.ndim), B, atol=1e-4)
True
>>> A = torch.eye(4 * 6).reshape((4, 6, 8, 3))
>>> Ainv = torch.linalg.tensorinv(A, ind=2)
>>> Ainv.shape
torch.Size([8, 3, 4, 6])
>>> B = torch.randn(4, 6)
>>> torch.allclose(torch.tensordot(Ainv, B), torch.linalg.tensorsolve(A, B))
True
>>> A = torch.randn(4, 4)
>>> Atensorinv = torch.linalg.tensorinv(A, ind=1)
>>> Ainv = torch.linalg.inv(A)
>>> torch.allclose(Atensorinv, Ainv)
True
>>> A = torch.randn(3, 3)
>>> A = A @ A.T + torch.eye(3) * 1e-3
>>> L = torch.linalg.cholesky(A)
>>> B = torch.randn(3, 2)
>>> torch.cholesky_solve(B, L)
tensor([[ 5.1943, -2.0989],
        [-0.5609,  0.6182],
        [-5.0426,  1.7758]])
>>> A.inverse() @ B
tensor([[ 5.1943, -2.0989],
        [-0.5609,  0.6182],
        [-5.0426,  1.7758]])
>>> torch.cholesky_inverse(L)
tensor([[ 3.9300, -0.3820, -3.4713],
        [-0.3820,  0.2410,  0.4593],
        [-3.4713,  0.4593,  3.6178]])
>>> A.inverse()
tensor([[ 3.9300, -0.3820, -3.4713],
        [-0.3820,  0.2410,  0.4593],
        [-3.4713,  0.4593,  3.6178]])
>>> torch.cholesky_solve(B, L.mT, upper=True)
tensor([[ 5.1943, -2.0989],
        [-0.5609,  0.6182],
        [-5.0426,  1.7758]])
>>> torch.cholesky_inverse(L.mT, upper=True)
tensor([[ 3.9300, -0.3820, -3.4713],
        [-0.3820,  0.2410,  0.4593],
        [-3.4713,  0.4593,  3.6178]])
>>> A = torch.randn(2, 2)
>>> h, tau = A, torch.tensor([1.2, 0.])
>>> Q = torch.linalg.householder_product(h, tau)
>>> Q
tensor([[-0.2000,  0.3651],
        [ 0.3651,  0.8889]])
>>> torch.orgqr(torch.tensor([[1., 2.], [3., 4.], [5., 6.]]), torch.tensor([1.5, 0.5]))
tensor([[-0.5000, 20.2500],
        [-4.5000, 61.2500],
        [-7.5000, 98.2500]])
>>> A = torch.empty(2, 2, 2)
>>> A[0, :, :] = torch.eye(2, 2)
>>> A[1, :, :] = 2 * torch.eye(2, 2)
>>> A
tensor([[[1., 0.],
         [0., 1.]],

        [[2., 0.],
         [0., 2.]]])
>>> torch.linalg.matrix_exp(A)
tensor([[[2.7183, 0.0000],
         [0.0000, 2.7183]],

        [[7.3891, 0.0000],
         [0.0000, 7.3891]]])
>>> A = torch.tensor([[0, math.pi/3], [-math.pi/3, 0]])
>>> torch.linalg.matrix_exp(A)
tensor([[ 0.5000,  0.8660],
        [-0.8660,  0.5000]])
>>> torch.matrix_exp(torch.tensor([[1., 2.], [3., 4.]], dtype=torch.float64))
tensor([[ 51.9690,  74.7366],
        [112.1048, 164.0738]], dtype=torch.float64)
>>> torch.linalg.matrix_exp(torch.tensor([[1e-9, 0.], [0., 1e-5]], dtype=torch.float64))
tensor([[1.0000, 0.0000],
        [0.0000, 1.0000]], dtype=torch.float64)
>>> torch.linalg.matrix_exp(torch.tensor([[[10., 2.], [-3., 4.]], [[0.1, 0.], [0., 0.2]]]))
tensor([[[ 8.3962e+03,  3.4666e+03],
         [-5.2000e+03, -2.0037e+03]],

        [[ 1.1052e+00,  0.0000e+00],
         [ 0.0000e+00,  1.2214e+00]]])
>>> torch.linalg.matrix_exp(torch.tensor([[0.5, 1.], [-1., 0.25]]))
tensor([[ 0.9492,  1.2278],
        [-1.2278,  0.6422]])
>>> x = torch.tensor([1, 2, 3, 5])
>>> linalg.vander(x)
tensor([[  1,   1,   1,   1],
        [  1,   2,   4,   8],
        [  1,   3,   9,  27],
        [  1,   5,  25, 125]])
>>> linalg.vander(x, N=3)
tensor([[ 1,  1,  1],
        [ 1,  2,  4],
        [ 1,  3,  9],
        [ 1,  5, 25]])
>>> linalg.vander(torch.tensor([[1., 2.], [3., 4.]]))
tensor([[[1., 1.],
         [1., 2.]],

        [[1., 3.],
         [1., 4.]]])
>>> A = torch.randn(2, 2).triu()
>>> A
tensor([[-1.7643, -0.6106],
        [ 0.0000, -0.9806]])
>>> b = torch.randn(2, 3)
>>> b
tensor([[-0.9336, -0.6725,  0.8126],
        [ 0.3725, -0.5488, -0.3822]])
>>> torch.triangular_solve(b, A)
UserWarning: torch.triangular_solve is deprecated in favor of torch.linalg.solve_triangularand will be removed in a future PyTorch release.
torch.linalg.solve_triangular has its arguments reversed and does not return a copy of one of the inputs.
X = torch.triangular_solve(B, A).solution
should be replaced with
X = torch.linalg.solve_triangular(A, B). (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/BatchLinearAlgebra.cpp:2273.)
torch.return_types.triangular_solve(
solution=tensor([[ 0.6606,  0.1875, -0.5954],
        [-0.3798,  0.5596,  0.3897]]),
cloned_coefficient=tensor([[-1.7643, -0.6106],
        [ 0.0000, -0.9806]]))
>>> torch.triangular_solve(b, A, upper=False)
torch.return_types.triangular_solve(
solution=tensor([[ 0.5292,  0.3812, -0.4606],
        [-0.3798,  0.5596,  0.3897]]),
cloned_coefficient=tensor([[-1.7643, -0.6106],
        [ 0.0000, -0.9806]]))
>>> torch.triangular_solve(b, A, transpose=True)
torch.return_types.triangular_solve(
solution=tensor([[ 0.5292,  0.3812, -0.4606],
        [-0.7093,  0.3223,  0.6765]]),
cloned_coefficient=tensor([[-1.7643, -0.6106],
        [ 0.0000, -0.9806]]))
>>> torch.triangular_solve(b, A, unitriangular=True).solution
tensor([[-0.7062, -1.0076,  0.5792],
        [ 0.3725, -0.5488, -0.3822]])
>>> x = torch.arange(4, dtype=torch.float)
>>> A = torch.complex(x, x).reshape(2, 2)
>>> A
tensor([[0.+0.j, 1.+1.j],
        [2.+2.j, 3.+3.j]])
>>> A.adjoint()
tensor([[0.-0.j, 2.-2.j],
        [1.-1.j, 3.-3.j]])
>>> (A.adjoint() == A.mH).all()
tensor(True)
>>> A.H
tensor([[0.-0.j, 2.-2.j],
        [1.-1.j, 3.-3.j]])
>>> A.mT
tensor([[0.+0.j, 2.+2.j],
        [1.+1.j, 3.+3.j]])
>>> torch.adjoint(torch.ones(2, 3, 2)).shape
torch.Size([2, 2, 3])
>>> torch.inner(torch.tensor([1, 2, 3]), torch.tensor([0, 2, 1]))
tensor(7)
>>> a = torch.randn(2, 3)
>>> a
tensor([[ 1.8868, -0.5876, -0.2883],
        [-0.1951,  0.5681,  0.7044]])
>>> b = torch.randn(2, 4, 3)
>>> b
tensor([[[-0.1659,  1.2669, -0.4962],
         [ 0.1581,  0.4889, -0.3439],
         [ 0.2291,  0.4366,  0.0475],
         [-0.0103,  1.4353,  0.2518]],

        [[ 0.7408,  1.4431, -0.2053],
         [ 1.0915,  0.0408, -1.1174],
         [ 0.7029, -0.6675,  0.1254],
         [ 0.7900, -0.0095, -0.8578]]])
>>> torch.inner(a, b)
tensor([[[-0.9145,  0.1101,  0.1620, -0.9355],
         [ 0.6090,  2.3576,  1.6824,  1.7435]],

        [[ 0.4026,  0.0046,  0.2368,  0.9948],
         [ 0.5306, -0.9770, -0.4280, -0.7638]]])
>>> torch.inner(a, torch.tensor(2))
tensor([[ 3.7736, -1.1752, -0.5765],
        [-0.3903,  1.1362,  1.4088]])
>>> torch.vdot(torch.tensor([2, 3]), torch.tensor([2, 1]))
tensor(7)
>>> a = torch.tensor((1 +2j, 3 - 1j))
>>> b = torch.tensor((2 +1j, 4 - 0j))
>>> torch.vdot(a, b)
tensor(16.+1.j)
>>> torch.vdot(b, a)
tensor(16.-1.j)
>>> v1 = torch.randn(3, 2)
>>> v2 = torch.randn(3, 2)
>>> linalg.vecdot(v1, v2)
tensor([-1.3839, -0.9404, -0.0677])
>>> torch.vdot(v1[0], v2[0])
tensor(-1.3839)
>>> linalg.vecdot(a, b)
tensor(16.+1.j)
>>> linalg.vecdot(torch.stack([a, b]), b)
tensor([16.+1.j, 21.+0.j])
>>> torch.linalg.eig(torch.tensor([[1, 2], [3, 4]]))
RuntimeError: Unknown Complex ScalarType for Long
>>> torch.linalg.eig(torch.ones(2, 3))
RuntimeError: linalg.eig: A must be batches of square matrices, but they are 2 by 3 matrices
>>> torch.linalg.eigvals(torch.ones(3))
RuntimeError: linalg.eigvals: The input tensor A must have at least 2 dimensions.
>>> torch.linalg.lu_solve(*torch.linalg.lu_factor(torch.eye(2)), torch.ones(3, 1))
RuntimeError: linalg.lu_solve: Incompatible shapes of A and B for the equation AX = B (2x2 and 3x1)
>>> torch.linalg.lu_solve(*torch.linalg.lu_factor(torch.eye(2)), torch.ones(1, 3), left=False)
RuntimeError: linalg.lu_solve: Incompatible shapes of A and B for the equation XA = B (2x2 and 1x3)
>>> torch.linalg.tensorsolve(torch.ones(2, 3), torch.ones(2))
RuntimeError: Expected self to satisfy the requirement prod(self.shape[other.ndim:]) == prod(self.shape[:other.ndim]), but got 3 != 2
>>> torch.linalg.tensorinv(torch.ones(2, 3), ind=1)
RuntimeError: Expected self to satisfy the requirement prod(self.shape[ind:]) == prod(self.shape[:ind]), but got 3 != 2
>>> torch.linalg.tensorinv(torch.ones(2, 2), ind=0)
RuntimeError: Expected a strictly positive integer for 'ind', but got 0
>>> torch.linalg.householder_product(torch.ones(2, 3), torch.ones(1))
RuntimeError: torch.linalg.householder_product: input.shape[-2] must be greater than or equal to input.shape[-1]
>>> torch.linalg.householder_product(torch.ones(3, 2), torch.ones(3))
RuntimeError: torch.linalg.householder_product: input.shape[-1] must be greater than or equal to tau.shape[-1]
>>> torch.linalg.householder_product(torch.ones(3, 2), torch.ones(2, 2))
RuntimeError: torch.linalg.householder_product: Expected tau to have one dimension less than input, but got tau.ndim equal to 2 and input.ndim is equal to 2
>>> torch.linalg.vander(torch.tensor(1.))
RuntimeError: N must be greater than 1.
>>> torch.linalg.vander(torch.tensor([1., 2.]), N=1)
RuntimeError: N must be greater than 1.
>>> torch.linalg.vander(torch.tensor([True, False]))
RuntimeError: linalg.vander supports floating point, complex, and integer tensors, but got Bool
>>> torch.linalg.matrix_exp(torch.ones(2, 3))
RuntimeError: linalg.matrix_exp: A must be batches of square matrices, but they are 2 by 3 matrices
>>> torch.linalg.matrix_exp(torch.tensor([[1, 2], [3, 4]]))
RuntimeError: linalg.matrix_exp: Expected a floating point or complex tensor as input. Got Long
>>> torch.cholesky_solve(torch.ones(2, 1), torch.ones(3, 3))
RuntimeError: Incompatible matrix sizes for cholesky_solve: each A matrix is 3 by 3 but each b matrix is 2 by 1
>>> torch.cholesky_solve(torch.ones(2), torch.eye(2))
RuntimeError: b should have at least 2 dimensions, but has 1 dimensions instead
>>> torch.cholesky_inverse(torch.ones(2, 3))
RuntimeError: cholesky_inverse: A must be batches of square matrices, but they are 2 by 3 matrices
>>> torch.triangular_solve(torch.ones(2), torch.eye(2))
RuntimeError: torch.triangular_solve: Expected b to have at least 2 dimensions, but it has 1 dimensions instead
>>> torch.ones(2, 2, 2).H
RuntimeError: tensor.H is only supported on matrices (2-D tensors). Got 3-D tensor. For batches of matrices, consider using tensor.mH
>>> torch.ones(2).mH
RuntimeError: tensor.mH is only supported on matrices or batches of matrices. Got 1-D tensor.
>>> torch.ones(2).adjoint()
RuntimeError: tensor.adjoint() is only supported on matrices or batches of matrices. Got 1-D tensor.
>>> torch.vdot(torch.ones(2), torch.ones(2, dtype=torch.float64))
RuntimeError: dot : expected both vectors to have same dtype, but found Float and Double
>>> torch.vdot(torch.ones(2, 2), torch.ones(2))
RuntimeError: 1D tensors expected, but got 2D and 1D tensors
>>> torch.vdot(torch.ones(3), torch.ones(2))
RuntimeError: inconsistent tensor size, expected tensor [3] and src [2] to have the same number of elements, but got 3 and 2 elements respectively
>>> torch.inner(torch.ones(2), torch.ones(3))
RuntimeError: inner() the last dimension must match on both input tensors but got shapes [2] and [3]
>>> torch.inner(torch.tensor([1, 2]), torch.tensor([1., 2.]))
RuntimeError: both inputs should have same dtype
>>> M = torch.tensor([[2., -1., 0.5], [1., 3., 1.], [0., 1., 4.]], requires_grad=True)
>>> S = torch.tensor([[4., 2., 1.], [2., 3., 0.5], [1., 0.5, 2.]], requires_grad=True)
>>> R = torch.tensor([[1., 2.], [3., -1.], [0.5, 2.]], requires_grad=True)
>>> def show(out, wrt=M):
...     print(out.grad_fn.name())
...     g, = torch.autograd.grad(out.abs().sum(), wrt, retain_graph=True)
...     print(g)
>>> show(torch.linalg.eigvals(M))
LinalgEigBackward0
tensor([[ 0.9935, -0.3193,  0.1621],
        [ 0.4004,  0.8363,  0.0049],
        [-0.2407,  0.0860,  1.0033]])
>>> show(torch.linalg.eig(M).eigenvalues)
LinalgEigBackward0
tensor([[ 0.9935, -0.3193,  0.1621],
        [ 0.4004,  0.8363,  0.0049],
        [-0.2407,  0.0860,  1.0033]])
>>> show(torch.linalg.eig(M).eigenvectors)
LinalgEigBackward0
tensor([[ 0.0585,  0.0042, -0.3157],
        [ 0.1355,  0.1596,  0.1651],
        [-0.1360,  0.1379, -0.2181]])
>>> show(torch.linalg.lu(M).L)
LinalgLuBackward0
tensor([[-0.2296,  0.0408,  0.0000],
        [ 0.4592, -0.0816,  0.0000],
        [ 0.1429,  0.2857,  0.0000]])
>>> show(torch.linalg.lu(M).U)
LinalgLuBackward0
tensor([[ 0.8240, -1.5306,  0.6429],
        [ 0.3520,  1.0612,  0.7143],
        [-0.3571, -0.2143,  1.0000]])
>>> show(torch.linalg.lu(R).L, R)
LinalgLuBackward0
tensor([[ 0.2007, -0.3980],
        [-0.1463,  0.0612],
        [ 0.4762,  0.4286]])
>>> show(torch.linalg.lu(R.mT).U, R)
LinalgLuBackward0
tensor([[ 1.5000,  0.2500],
        [ 1.0000, -1.5000],
        [-1.0000,  1.5000]])
>>> show(torch.lu_unpack(*torch.linalg.lu_factor(M)).U)
LuUnpackBackward0
tensor([[ 0.8240, -1.5306,  0.6429],
        [ 0.3520,  1.0612,  0.7143],
        [-0.3571, -0.2143,  1.0000]])
>>> show(torch.linalg.lu_solve(*torch.linalg.lu_factor(M), R))
LinalgLuSolveBackward0
tensor([[-0.4834,  0.2684, -0.3973],
        [-0.3822, -0.5463,  0.1719],
        [ 0.2574,  0.4639, -0.1773]])
>>> show(torch.linalg.lu_solve(*torch.linalg.lu_factor(M), R, adjoint=True))
LinalgLuSolveBackward0
tensor([[-0.1623,  0.5479, -0.4058],
        [ 0.1737, -0.5863,  0.4343],
        [-0.0797,  0.2691, -0.1994]])
>>> show(torch.linalg.lu_solve(*torch.linalg.lu_factor(M), R.mT, left=False))
LinalgLuSolveBackward0
tensor([[-0.1623,  0.5479, -0.4058],
        [ 0.1737, -0.5863,  0.4343],
        [-0.0797,  0.2691, -0.1994]])
>>> show(torch.linalg.lu_solve(*torch.linalg.lu_factor(M.detach()), R), R)
LinalgLuSolveBackward0
tensor([[ 0.2264,  0.6038],
        [ 0.5472, -0.2075],
        [-0.4151,  0.2264]])
>>> show(torch.linalg.tensorsolve(M, torch.ones(3)))
ViewBackward0
tensor([[-0.1481, -0.0285, -0.0684],
        [-0.1944, -0.0374, -0.0897],
        [-0.0555, -0.0107, -0.0256]])
>>> show(torch.linalg.tensorinv(M, ind=1))
ReshapeAliasBackward0
tensor([[-0.3104,  0.0100,  0.0541],
        [-0.0584, -0.2275,  0.1937],
        [ 0.0157,  0.1830, -0.1495]])
>>> show(torch.cholesky_solve(R, torch.linalg.cholesky(S)), S)
CholeskySolveBackward0
tensor([[-0.7369,  1.2098, -0.1862],
        [ 1.2098, -1.6875,  0.0357],
        [-0.1862,  0.0357, -0.4694]])
>>> show(torch.cholesky_solve(R, torch.linalg.cholesky(S)), R)
CholeskySolveBackward0
tensor([[-0.8036,  0.5179],
        [ 0.7500, -0.7500],
        [ 0.7143,  0.4286]])
>>> show(torch.cholesky_inverse(torch.linalg.cholesky(S)), S)
CholeskyInverseBackward0
tensor([[-0.5743,  0.5312,  0.4311],
        [ 0.5312, -0.5625, -0.2500],
        [ 0.4311, -0.2500, -0.5102]])
>>> show(torch.linalg.householder_product(R, torch.tensor([1.2, 0.4])), R)
LinalgHouseholderProductBackward0
tensor([[ 0.0000,  0.0000],
        [ 6.1200,  0.0000],
        [-1.4400, -0.6800]])
>>> show(torch.linalg.matrix_exp(M / 3))
LinalgMatrixExpBackward0
tensor([[ 0.9176, -0.2931,  0.9837],
        [ 0.7034,  1.5318,  1.3690],
        [ 1.0619,  1.6266,  1.8026]])
>>> show(torch.linalg.vander(M[0]))
CatBackward0
tensor([[ 5., -3.,  2.],
        [ 0.,  0.,  0.],
        [ 0.,  0.,  0.]])
>>> show(torch.triangular_solve(R, M).solution)
TriangularSolveBackward0
tensor([[-0.7865, -0.2292, -0.3125],
        [ 0.0000, -0.5625,  0.0208],
        [ 0.0000,  0.0000, -0.1224]])
>>> show(torch.triangular_solve(R, M, upper=False, transpose=True).solution)
TriangularSolveBackward0
tensor([[-0.6354,  0.0000,  0.0000],
        [-0.2292, -0.4097,  0.0000],
        [-0.3125,  0.2292, -0.2135]])
>>> show(torch.adjoint(M))
TransposeBackward0
tensor([[ 1., -1.,  1.],
        [ 1.,  1.,  1.],
        [ 0.,  1.,  1.]])
>>> show(torch.vdot(M[0], M[1]))
VdotBackward0
tensor([[-1.0000, -3.0000, -1.0000],
        [-2.0000,  1.0000, -0.5000],
        [ 0.0000,  0.0000,  0.0000]])
>>> show(torch.inner(M, R.mT))
ViewBackward0
tensor([[ 1.0000, -4.0000,  1.5000],
        [ 3.0000,  2.0000,  2.5000],
        [ 3.0000,  2.0000,  2.5000]])
>>> show(torch.lu(M)[0])
LinalgLuFactorExBackward0
tensor([[ 0.5944, -1.4898,  0.6429],
        [ 0.8112,  0.9796,  0.7143],
        [-0.2143,  0.0714,  1.0000]])
>>> g, = torch.autograd.grad(torch.linalg.matrix_exp(M / 3).sum(), M, create_graph=True)
>>> torch.autograd.grad((g * g).sum(), M)[0]
tensor([[1.7415, 2.5931, 3.1027],
        [2.3033, 3.3996, 3.9383],
        [2.9002, 4.2159, 4.8881]])
>>> g, = torch.autograd.grad(torch.linalg.lu_solve(*torch.linalg.lu_factor(M), R).sum(), M, create_graph=True)
>>> torch.autograd.grad((g * g).sum(), M)[0]
tensor([[-0.6523, -0.0930, -0.2043],
        [-0.4485, -0.1192, -0.0800],
        [-0.1167, -0.0340, -0.0176]])
>>> g, = torch.autograd.grad(torch.linalg.eigvals(M).real.sum() + torch.linalg.eigvals(M).imag.pow(2).sum(), M, create_graph=True)
>>> g
tensor([[ 1.3716, -1.5686,  0.7182],
        [ 1.9277,  0.5212, -0.1322],
        [-1.1434,  0.2269,  1.1072]], grad_fn=<AddBackward0>)
>>> g, = torch.autograd.grad(torch.cholesky_inverse(torch.linalg.cholesky(S)).sum(), S, create_graph=True)
>>> torch.autograd.grad((g * g).sum(), S)[0]
tensor([[ 0.0020,  0.0133,  0.0225],
        [ 0.0133, -0.0297, -0.0553],
        [ 0.0225, -0.0553, -0.1024]])
