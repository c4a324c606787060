>>> # torch.linalg, generated from PyTorch 2.13
>>> import torch
>>> from torch import linalg as LA
>>> _ = torch.manual_seed(0)
>>> A = torch.randn(3, 3)
>>> A
tensor([[ 1.5410, -0.2934, -2.1788],
        [ 0.5684, -1.0845, -1.3986],
        [ 0.4033,  0.8380, -0.7193]])
>>> torch.linalg.det(A)
tensor(1.0628)
>>> torch.logdet(A)
tensor(0.0609)
>>> torch.linalg.slogdet(A)
torch.return_types.linalg_slogdet(
sign=tensor(1.),
logabsdet=tensor(0.0609))
>>> torch.slogdet(A)
torch.return_types.slogdet(
sign=tensor(1.),
logabsdet=tensor(0.0609))
>>> torch.det(A), A.det()
(tensor(1.0628), tensor(1.0628))
>>> A = torch.randn(3, 2, 2)
>>> torch.linalg.det(A)
tensor([ 0.4541, -0.4919, -1.2079])
>>> torch.linalg.inv(torch.tensor([[2., 1.], [1., 3.]]))
tensor([[ 0.6000, -0.2000],
        [-0.2000,  0.4000]])
>>> torch.inverse(torch.tensor([[4., 7.], [2., 6.]]))
tensor([[ 0.6000, -0.7000],
        [-0.2000,  0.4000]])
>>> torch.linalg.inv_ex(torch.tensor([[4., 7.], [2., 6.]]))
torch.return_types.linalg_inv_ex(
inverse=tensor([[ 0.6000, -0.7000],
        [-0.2000,  0.4000]]),
info=tensor(0, dtype=torch.int32))
>>> Ainv, info = torch.linalg.inv_ex(torch.tensor([[4., 7.], [2., 6.]]))
>>> info
tensor(0, dtype=torch.int32)
>>> matrix = torch.eye(3, 3)
>>> matrix[-1, -1] = 0
>>> matrix
tensor([[1., 0., 0.],
        [0., 1., 0.],
        [0., 0., 0.]])
>>> torch.linalg.inv(matrix)
_LinAlgError: linalg.inv: The diagonal element 3 is zero, the inversion could not be completed because the input matrix is singular.
>>> a = torch.arange(9, dtype=torch.float) - 4
>>> B = a.reshape((3, 3))
>>> LA.norm(a)
tensor(7.7460)
>>> LA.norm(B)
tensor(7.7460)
>>> LA.norm(B, 'fro')
tensor(7.7460)
>>> LA.norm(a, float('inf'))
tensor(4.)
>>> LA.norm(B, float('inf'))
tensor(9.)
>>> LA.norm(a, -float('inf'))
tensor(0.)
>>> LA.norm(B, -float('inf'))
tensor(2.)
>>> LA.norm(a, 1)
tensor(20.)
>>> LA.norm(B, 1)
tensor(7.)
>>> LA.norm(a, -1)
tensor(0.)
>>> LA.norm(B, -1)
tensor(6.)
>>> LA.norm(a, 2)
tensor(7.7460)
>>> LA.norm(B, 2)
tensor(7.3485)
>>> LA.norm(a, -2)
tensor(0.)
>>> LA.norm(a, 3)
tensor(5.8480)
>>> LA.norm(a, -3)
tensor(0.)
>>> c = torch.tensor([[1., 2., 3.], [-1, 1, 4]])
>>> LA.norm(c, dim=0)
tensor([1.4142, 2.2361, 5.0000])
>>> LA.norm(c, dim=1)
tensor([3.7417, 4.2426])
>>> LA.norm(c, ord=1, dim=1)
tensor([6., 6.])
>>> A = torch.arange(8, dtype=torch.float).reshape(2, 2, 2)
>>> LA.norm(A, dim=(1,2))
tensor([ 3.7417, 11.2250])
>>> LA.norm(A[0, :, :]), LA.norm(A[1, :, :])
(tensor(3.7417), tensor(11.2250))
>>> LA.vector_norm(a, ord=3.5)
tensor(5.4345)
>>> LA.vector_norm(B, ord=3.5)
tensor(5.4345)
>>> LA.vector_norm(B, ord=0), LA.vector_norm(B, dim=1, keepdim=True)
(tensor(8.), tensor([[5.3852],
        [1.4142],
        [5.3852]]))
>>> A = torch.arange(9, dtype=torch.float).reshape(3, 3)
>>> LA.matrix_norm(A)
tensor(14.2829)
>>> LA.matrix_norm(A, ord=-1)
tensor(9.)
>>> B = A.expand(2, -1, -1)
>>> LA.matrix_norm(B)
tensor([14.2829, 14.2829])
>>> LA.matrix_norm(B, dim=(0, 2))
tensor([ 3.1623, 10.0000, 17.2627])
>>> LA.matrix_norm(A, 'nuc'), LA.matrix_norm(A, 2), LA.matrix_norm(A, float('inf'))
(tensor(15.4919), tensor(14.2267), tensor(21.))
>>> A = torch.tensor([[1., 0, -1], [0, 1, 0], [1, 0, 1]])
>>> torch.linalg.cond(A)
tensor(1.4142)
>>> torch.linalg.cond(A, 'fro')
tensor(3.1623)
>>> torch.linalg.cond(A, 'nuc')
tensor(9.2426)
>>> torch.linalg.cond(A, float('inf'))
tensor(2.)
>>> torch.linalg.cond(A, float('-inf'))
tensor(1.)
>>> torch.linalg.cond(A, 1)
tensor(2.)
>>> torch.linalg.cond(A, -1)
tensor(1.)
>>> torch.linalg.cond(A, 2)
tensor(1.4142)
>>> torch.linalg.cond(A, -2)
tensor(0.7071)
>>> _ = torch.manual_seed(0)
>>> A = torch.randn(2, 3, 3)
>>> torch.linalg.cond(A)
tensor([ 4.1702, 12.7655])
>>> torch.linalg.cond(torch.tensor([[1., 2.], [2., 4.]]), 1)
tensor(inf)
>>> A = torch.tensor([[12., -51, 4], [6, 167, -68], [-4, 24, -41]])
>>> Q, R = torch.linalg.qr(A)
>>> Q
tensor([[-0.8571,  0.3943,  0.3314],
        [-0.4286, -0.9029, -0.0343],
        [ 0.2857, -0.1714,  0.9429]])
>>> (Q @ R).round()
tensor([[ 12., -51.,   4.],
        [  6., 167., -68.],
        [ -4.,  24., -41.]])
>>> (Q.T @ Q).round()
tensor([[1., 0., 0.],
        [0., 1., 0.],
        [0., 0., 1.]])
>>> Q2, R2 = torch.linalg.qr(A, mode='r')
>>> Q2
tensor([])
>>> torch.linalg.qr(A[:, :2], mode='complete').Q.shape
torch.Size([3, 3])
>>> torch.qr(A[:2]).R.shape
UserWarning: torch.qr is deprecated in favor of torch.linalg.qr and will be removed in a future PyTorch release.
The boolean parameter 'some' has been replaced with a string parameter 'mode'.
Q, R = torch.qr(A, some)
should be replaced with
Q, R = torch.linalg.qr(A, 'reduced' if some else 'complete') (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/BatchLinearAlgebra.cpp:2505.)
torch.Size([2, 3])
>>> _ = torch.manual_seed(0)
>>> A = torch.randn(5, 3)
>>> U, S, Vh = torch.linalg.svd(A, full_matrices=False)
>>> U.shape, S.shape, Vh.shape
(torch.Size([5, 3]), torch.Size([3]), torch.Size([3, 3]))
>>> S
tensor([3.2382, 1.9961, 1.1046])
>>> U, S, Vh = torch.linalg.svd(A)
>>> U.shape, S.shape, Vh.shape
(torch.Size([5, 5]), torch.Size([3]), torch.Size([3, 3]))
>>> torch.linalg.svdvals(A)
tensor([3.2382, 1.9961, 1.1046])
>>> torch.svd(A).V.shape, torch.svd(A, some=False).U.shape
(torch.Size([3, 3]), torch.Size([5, 5]))
>>> torch.allclose(torch.svd(A).V, torch.linalg.svd(A, full_matrices=False).Vh.mT)
True
>>> _ = torch.manual_seed(0)
>>> A = torch.randn(3, 2, 2, dtype=torch.float64)
>>> A = A + A.mT
>>> torch.linalg.eigvalsh(A)
tensor([[-0.5472,  4.7661],
        [-2.4114,  1.9184],
        [-1.8834,  0.8090]], dtype=torch.float64)
>>> L, Q = torch.linalg.eigh(A)
>>> L
tensor([[-0.5472,  4.7661],
        [-2.4114,  1.9184],
        [-1.8834,  0.8090]], dtype=torch.float64)
>>> torch.allclose(Q @ torch.diag_embed(L) @ Q.mT, A)
True
>>> torch.linalg.eigh(torch.tensor([[2., 1.], [1., 2.]]))
torch.return_types.linalg_eigh(
eigenvalues=tensor([1., 3.]),
eigenvectors=tensor([[-0.7071,  0.7071],
        [ 0.7071,  0.7071]]))
>>> _ = torch.manual_seed(0)
>>> A = torch.randn(3, 2, 2, dtype=torch.float64)
>>> A = A @ A.mT + torch.eye(2)
>>> L = torch.linalg.cholesky(A)
>>> L
tensor([[[ 1.8603,  0.0000],
         [-1.8945,  1.5752]],

        [[ 2.0328,  0.0000],
         [-0.7918,  1.1127]],

        [[ 1.2962,  0.0000],
         [ 0.2744,  1.1462]]], dtype=torch.float64)
>>> torch.allclose(L @ L.mT, A)
True
>>> torch.linalg.cholesky(A, upper=True)[0]
tensor([[ 1.8603, -1.8945],
        [ 0.0000,  1.5752]], dtype=torch.float64)
>>> torch.linalg.cholesky_ex(A[0])
torch.return_types.linalg_cholesky_ex(
L=tensor([[ 1.8603,  0.0000],
        [-1.8945,  1.5752]], dtype=torch.float64),
info=tensor(0, dtype=torch.int32))
>>> torch.linalg.cholesky_ex(-torch.eye(3))
torch.return_types.linalg_cholesky_ex(
L=tensor([[-1.,  0.,  0.],
        [-0., -1.,  0.],
        [-0., -0., -1.]]),
info=tensor(1, dtype=torch.int32))
>>> torch.cholesky(A[0])
UserWarning: torch.cholesky is deprecated in favor of torch.linalg.cholesky and will be removed in a future PyTorch release.
L = torch.cholesky(A)
should be replaced with
L = torch.linalg.cholesky(A)
and
U = torch.cholesky(A, upper=True)
should be replaced with
U = torch.linalg.cholesky(A).mH
This transform will produce equivalent results for all valid (symmetric positive definite) inputs. (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/BatchLinearAlgebra.cpp:1765.)
tensor([[ 1.8603,  0.0000],
        [-1.8945,  1.5752]], dtype=torch.float64)
>>> _ = torch.manual_seed(0)
>>> A = torch.randn(3, 5)
>>> A
tensor([[ 1.5410, -0.2934, -2.1788,  0.5684, -1.0845],
        [-1.3986,  0.4033,  0.8380, -0.7193, -0.4033],
        [-0.5966,  0.1820, -0.8567,  1.1006, -1.0712]])
>>> torch.linalg.pinv(A)
tensor([[ 0.1774, -0.2086, -0.3181],
        [ 0.0143,  0.1341,  0.0478],
        [-0.2825, -0.0907, -0.0329],
        [-0.4687, -0.7193,  0.6420],
        [-0.3520, -0.5275, -0.0623]])
>>> torch.pinverse(A).shape
torch.Size([5, 3])
>>> torch.linalg.pinv(torch.tensor([[1., 2.], [2., 4.]]), hermitian=True)
tensor([[0.0400, 0.0800],
        [0.0800, 0.1600]])
>>> A = torch.eye(10)
>>> torch.linalg.matrix_rank(A)
tensor(10)
>>> B = torch.eye(10)
>>> B[0, 0] = 0
>>> torch.linalg.matrix_rank(B)
tensor(9)
>>> _ = torch.manual_seed(0)
>>> A = torch.randn(4, 3, 2)
>>> torch.linalg.matrix_rank(A)
tensor([2, 2, 2, 2])
>>> A = torch.randn(2, 4, 2, 3)
>>> torch.linalg.matrix_rank(A)
tensor([[2, 2, 2, 2],
        [2, 2, 2, 2]])
>>> torch.linalg.matrix_rank(torch.eye(3), atol=1.5)
tensor(0)
>>> _ = torch.manual_seed(0)
>>> A = torch.randn(3, 3)
>>> torch.linalg.matrix_power(A, 0)
tensor([[1., 0., 0.],
        [0., 1., 0.],
        [0., 0., 1.]])
>>> torch.linalg.matrix_power(A, 3)
tensor([[ 0.3774,  0.5790,  0.8378],
        [-0.0439,  1.3421, -0.0325],
        [-0.3002,  0.2456,  1.6226]])
>>> torch.linalg.matrix_power(A.expand(2, -1, -1), -2)
tensor([[[ 2.0742, -0.6694, -2.4271],
         [ 0.5049, -0.8175, -1.1390],
         [ 0.5560,  0.5163, -0.7200]],

        [[ 2.0742, -0.6694, -2.4271],
         [ 0.5049, -0.8175, -1.1390],
         [ 0.5560,  0.5163, -0.7200]]])
>>> torch.linalg.matrix_power(torch.tensor([[1, 1], [0, 1]]), 5)
tensor([[1, 5],
        [0, 1]])
>>> torch.matrix_power(A, 2).shape, A.matrix_power(6).shape
(torch.Size([3, 3]), torch.Size([3, 3]))
>>> from torch.linalg import multi_dot
>>> multi_dot([torch.tensor([1, 2]), torch.tensor([2, 3])])
tensor(8)
>>> multi_dot([torch.tensor([[1, 2]]), torch.tensor([2, 3])])
tensor([8])
>>> multi_dot([torch.tensor([[1, 2]]), torch.tensor([[2], [3]])])
tensor([[8]])
>>> A = torch.arange(2 * 3).view(2, 3)
>>> B = torch.arange(3 * 2).view(3, 2)
>>> C = torch.arange(2 * 2).view(2, 2)
>>> multi_dot((A, B, C))
tensor([[ 26,  49],
        [ 80, 148]])
>>> torch.chain_matmul(A, B, C)
UserWarning: torch.chain_matmul is deprecated and will be removed in a future PyTorch release. Use torch.linalg.multi_dot instead, which accepts a list of two or more tensors rather than multiple parameters. (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/native/LinearAlgebra.cpp:1102.)
tensor([[ 26,  49],
        [ 80, 148]])
>>> _ = torch.manual_seed(0)
>>> v1 = torch.randn(3, 2)
>>> v2 = torch.randn(3, 2)
>>> torch.linalg.vecdot(v1, v2)
tensor([0.3757, 1.3378, 0.3925])
>>> torch.vdot(v1[0], v2[0]) if hasattr(torch, 'vdot') else torch.dot(v1[0], v2[0])
tensor(0.3757)
>>> _ = torch.manual_seed(0)
>>> a = torch.randn(4, 3)
>>> b = torch.randn(4, 3)
>>> torch.linalg.cross(a, b)
tensor([[ 2.7123,  3.5172,  1.4447],
        [-1.1967, -0.3837, -0.1888],
        [-0.7750,  0.4922,  0.1388],
        [-0.6334,  0.5777,  0.4899]])
>>> a = torch.randn(1, 3)
>>> torch.linalg.cross(a, b)
tensor([[ 0.0665,  1.3110,  1.2938],
        [-0.2593, -0.2299, -0.2637],
        [-1.4793,  1.0800,  0.8377],
        [ 2.1920, -2.0282, -1.6604]])
>>> torch.linalg.diagonal(torch.arange(18.).view(2, 3, 3))
tensor([[ 0.,  4.,  8.],
        [ 9., 13., 17.]])
>>> torch.linalg.matmul(torch.ones(2, 3), torch.ones(3))
tensor([3., 3.])
>>> a = torch.arange(60.).reshape(3, 4, 5)
>>> b = torch.arange(24.).reshape(4, 3, 2)
>>> torch.tensordot(a, b, dims=([1, 0], [0, 1]))
tensor([[4400., 4730.],
        [4532., 4874.],
        [4664., 5018.],
        [4796., 5162.],
        [4928., 5306.]])
>>> torch.tensordot(torch.arange(6.).view(2, 3), torch.arange(6.).view(3, 2), dims=1)
tensor([[10., 13.],
        [28., 40.]])
>>> torch.tensordot(torch.arange(3.), torch.arange(2.), dims=0)
tensor([[0., 0.],
        [0., 1.],
        [0., 2.]])
>>> _ = torch.manual_seed(0)
>>> A = torch.randn(3, 3)
>>> b = torch.randn(3)
>>> x = torch.linalg.solve(A, b)
>>> torch.allclose(A @ x, b)
True
>>> A = torch.randn(2, 3, 3)
>>> b = torch.randn(3, 1)
>>> x = torch.linalg.solve(A, b)
>>> x.shape
torch.Size([2, 3, 1])
>>> b = torch.randn(3)
>>> torch.linalg.solve(A, b).shape
torch.Size([2, 3])
>>> torch.linalg.solve(torch.tensor([[3., 1.], [1., 2.]]), torch.tensor([9., 8.]))
tensor([2., 3.])
>>> torch.linalg.solve(torch.tensor([[3., 1.], [1., 2.]]), torch.tensor([[9., 8.]]), left=False)
tensor([[2., 3.]])
>>> torch.linalg.solve_ex(torch.tensor([[3., 1.], [1., 2.]]), torch.tensor([9., 8.]))
torch.return_types.linalg_solve_ex(
result=tensor([2., 3.]),
info=tensor(0, dtype=torch.int32))
>>> A = torch.tensor([[2., 1., 1.], [0., 3., 2.], [0., 0., 4.]])
>>> B = torch.tensor([[1., 2.], [3., 4.], [5., 6.]])
>>> torch.linalg.solve_triangular(A, B, upper=True)
tensor([[-0.2083,  0.0833],
        [ 0.1667,  0.3333],
        [ 1.2500,  1.5000]])
>>> torch.linalg.solve_triangular(A.T, B, upper=False)
tensor([[0.5000, 1.0000],
        [0.8333, 1.0000],
        [0.7083, 0.7500]])
>>> torch.linalg.solve_triangular(A, B.T, upper=True, left=False)
tensor([[0.5000, 0.8333, 0.7083],
        [1.0000, 1.0000, 0.7500]])
>>> torch.linalg.solve_triangular(A, B, upper=True, unitriangular=True)
tensor([[ 3.,  4.],
        [-7., -8.],
        [ 5.,  6.]])
>>> A = torch.tensor([[1., 1.], [1., 2.], [1., 3.]])
>>> B = torch.tensor([[1.], [2.], [2.]])
>>> torch.linalg.lstsq(A, B)
torch.return_types.linalg_lstsq(
solution=tensor([[0.6667],
        [0.5000]]),
residuals=tensor([]),
rank=tensor(2),
singular_values=tensor([]))
>>> torch.linalg.lstsq(A, B, driver='gelsd')
torch.return_types.linalg_lstsq(
solution=tensor([[0.6667],
        [0.5000]]),
residuals=tensor([0.1667]),
rank=tensor(2),
singular_values=tensor([4.0791, 0.6005]))
>>> torch.linalg.lstsq(torch.eye(3), torch.ones(3))
torch.return_types.linalg_lstsq(
solution=tensor([1., 1., 1.]),
residuals=tensor([]),
rank=tensor(3),
singular_values=tensor([]))
>>> torch.linalg.lu_factor(torch.tensor([[1., 2.], [3., 4.]]))
torch.return_types.linalg_lu_factor(
LU=tensor([[3.0000, 4.0000],
        [0.3333, 0.6667]]),
pivots=tensor([2, 2], dtype=torch.int32))
>>> torch.linalg.lu_factor(torch.tensor([[1., 2., 3.], [4., 5., 6.], [7., 8., 10.]]))
torch.return_types.linalg_lu_factor(
LU=tensor([[ 7.0000,  8.0000, 10.0000],
        [ 0.1429,  0.8571,  1.5714],
        [ 0.5714,  0.5000, -0.5000]]),
pivots=tensor([3, 3, 3], dtype=torch.int32))
>>> torch.linalg.lu_factor_ex(torch.tensor([[0., 1.], [1., 0.]]))
torch.return_types.linalg_lu_factor_ex(
LU=tensor([[1., 0.],
        [0., 1.]]),
pivots=tensor([2, 2], dtype=torch.int32),
info=tensor(0, dtype=torch.int32))
>>> i = torch.tensor([[1, 2], [3, 4]])
>>> sing = torch.tensor([[1., 2.], [2., 4.]])
>>> rect = torch.ones(2, 3)
>>> torch.linalg.inv(i)
RuntimeError: linalg.inv: Expected a floating point or complex tensor as input. Got Long
>>> torch.linalg.inv(sing)
_LinAlgError: linalg.inv: The diagonal element 2 is zero, the inversion could not be completed because the input matrix is singular.
>>> torch.linalg.inv(rect)
RuntimeError: linalg.inv: A must be batches of square matrices, but they are 2 by 3 matrices
>>> torch.linalg.inv(torch.ones(3))
RuntimeError: linalg.inv: The input tensor A must have at least 2 dimensions.
>>> torch.inverse(torch.stack([torch.eye(2), sing]))
_LinAlgError: linalg.inv: (Batch element 1): The diagonal element 2 is zero, the inversion could not be completed because the input matrix is singular.
>>> try:
...     torch.linalg.inv(sing)
... except torch.linalg.LinAlgError as error:
...     print('caught', type(error).__name__, isinstance(error, RuntimeError))
caught _LinAlgError True
>>> torch.linalg.inv_ex(sing).info
tensor(2, dtype=torch.int32)
>>> torch.linalg.det(i)
RuntimeError: linalg.det: Expected a floating point or complex tensor as input. Got Long
>>> torch.det(rect)
RuntimeError: linalg.det: A must be batches of square matrices, but they are 2 by 3 matrices
>>> torch.linalg.slogdet(i)
RuntimeError: linalg.slogdet: Expected a floating point or complex tensor as input. Got Long
>>> torch.logdet(i)
RuntimeError: logdet: Expected a floating point or complex tensor as input. Got Long
>>> torch.logdet(-torch.eye(3))
tensor(nan)
>>> torch.linalg.solve(sing, torch.ones(2))
_LinAlgError: torch.linalg.solve: The solver failed because the input matrix is singular.
>>> torch.linalg.solve(torch.eye(3), torch.ones(2))
RuntimeError: linalg.solve: Incompatible shapes of A and B for the equation AX = B (3x3 and 2x1)
>>> torch.linalg.solve(i, i)
RuntimeError: linalg.solve: Expected a floating point or complex tensor as input. Got Long
>>> torch.linalg.solve(torch.eye(3), torch.ones(3, dtype=torch.float64))
RuntimeError: linalg.solve: Expected A and B to have the same dtype, but found A of type Float and B of type Double instead
>>> torch.linalg.solve(rect, torch.ones(2))
RuntimeError: linalg.solve: A must be batches of square matrices, but they are 2 by 3 matrices
>>> torch.linalg.cholesky(sing)
_LinAlgError: linalg.cholesky: The factorization could not be completed because the input is not positive-definite (the leading minor of order 2 is not positive-definite).
>>> torch.linalg.cholesky(-torch.eye(3))
_LinAlgError: linalg.cholesky: The factorization could not be completed because the input is not positive-definite (the leading minor of order 1 is not positive-definite).
>>> torch.linalg.cholesky(i)
RuntimeError: linalg.cholesky: Expected a floating point or complex tensor as input. Got Long
>>> torch.linalg.cholesky(torch.stack([torch.eye(3), -torch.eye(3)]))
_LinAlgError: linalg.cholesky: (Batch element 1): The factorization could not be completed because the input is not positive-definite (the leading minor of order 1 is not positive-definite).
>>> torch.linalg.eigh(i)
NotImplementedError: "linalg_eigh_cpu" not implemented for 'Long'
>>> torch.linalg.eigh(rect)
RuntimeError: linalg.eigh: A must be batches of square matrices, but they are 2 by 3 matrices
>>> torch.linalg.eigh(torch.eye(3), UPLO='X')
RuntimeError: Expected UPLO argument to be 'L' or 'U', but got X
>>> torch.linalg.svd(i)
RuntimeError: linalg.svd: Expected a floating point or complex tensor as input. Got Long
>>> torch.linalg.svd(torch.ones(3))
RuntimeError: linalg.svd: The input tensor A must have at least 2 dimensions.
>>> torch.linalg.qr(i)
RuntimeError: linalg.qr: Expected a floating point or complex tensor as input. Got Long
>>> torch.linalg.qr(torch.eye(3), mode='bad')
RuntimeError: qr received unrecognized mode 'bad' but expected one of 'reduced' (default), 'r', or 'complete'
>>> LA.norm(i)
RuntimeError: linalg.vector_norm: Expected a floating point or complex tensor as input. Got Long
>>> LA.norm(torch.ones(2, 2, 2), 2)
RuntimeError: linalg.norm: If dim is not specified but ord is, the input must be 1D or 2D. Got 3D.
>>> LA.norm(torch.ones(3), 'fro')
RuntimeError: linalg.matrix_norm: The input tensor A must have at least 2 dimensions.
>>> LA.vector_norm(torch.eye(3), 'fro')
TypeError: linalg_vector_norm(): argument 'ord' (position 2) must be Number, not str
>>> LA.matrix_norm(torch.ones(3))
RuntimeError: linalg.matrix_norm: The input tensor A must have at least 2 dimensions.
>>> LA.matrix_norm(torch.eye(3), 3)
RuntimeError: linalg.matrix_norm: Order 3 not supported.
>>> LA.matrix_norm(torch.eye(3), 'bad')
RuntimeError: linalg.matrix_norm: Order bad not supported.
>>> torch.linalg.matrix_power(rect, 2)
RuntimeError: linalg.matrix_power: A must be batches of square matrices, but they are 2 by 3 matrices
>>> torch.linalg.matrix_power(i, -1)
RuntimeError: linalg.inv: Expected a floating point or complex tensor as input. Got Long
>>> torch.linalg.matrix_power(sing, -1)
_LinAlgError: linalg.inv: The diagonal element 2 is zero, the inversion could not be completed because the input matrix is singular.
>>> torch.linalg.matrix_power(torch.eye(3), 1.5)
TypeError: linalg_matrix_power(): argument 'n' (position 2) must be int, not float
>>> multi_dot([torch.eye(3)])
RuntimeError: multi_dot(): expected at least 2 tensors but got 1
>>> multi_dot([torch.eye(3), torch.ones(2, 3, 3)])
RuntimeError: multi_dot(): the last tensor must be 1D or 2D but got 3D
>>> multi_dot([torch.eye(3), rect])
RuntimeError: multi_dot(): tensors 0 and 1 with shapes [3, 3] and [2, 3] cannot be multiplied
>>> multi_dot([torch.eye(3), torch.eye(3).double()])
RuntimeError: multi_dot(): all tensors must have be the same dtype but tensor 0 is float and tensor 1 double
>>> torch.linalg.vecdot(torch.eye(3), torch.eye(3).double())
RuntimeError: linalg.vecdot: Expected x and y to have the same dtype, but found x of type Float and y of type Double instead
>>> torch.linalg.vecdot(i, i)
RuntimeError: linalg.vecdot: Expected a floating point or complex tensor as input. Got Long
>>> torch.linalg.pinv(i)
RuntimeError: linalg.pinv(Long{[2, 2]}): expected a tensor with 2 or more dimensions of float, double, cfloat or cdouble types
>>> torch.linalg.lstsq(torch.eye(3), torch.ones(2, 1))
RuntimeError: torch.linalg.lstsq: input.size(-2) should match other.size(-2)
>>> torch.linalg.lstsq(torch.eye(3), torch.eye(3), driver='bad')
RuntimeError: torch.linalg.lstsq: parameter `driver` should be one of (gels, gelsy, gelsd, gelss)
>>> torch.linalg.lstsq(torch.eye(3), torch.eye(3).double())
RuntimeError: torch.linalg.lstsq: Expected input and other to have the same dtype, but got input's dtype Float and other's dtype Double
>>> torch.linalg.lu_factor(i)
NotImplementedError: "lu_cpu" not implemented for 'Long'
>>> torch.linalg.lu_factor(torch.zeros(2, 2))
RuntimeError: torch.linalg.lu_factor: U[1,1] is zero and using it on lu_solve would result in a division by zero. If you still want to perform the factorization, consider calling linalg.lu(A, pivot) or linalg.lu_factor_ex(A, pivot)
>>> torch.linalg.solve_triangular(i, i, upper=True)
NotImplementedError: "triangular_solve_cpu" not implemented for 'Long'
>>> torch.linalg.solve_triangular(torch.eye(3), torch.eye(3))
TypeError: linalg_solve_triangular() missing 1 required positional arguments: "upper"
>>> torch.linalg.solve_triangular(torch.eye(3), rect, upper=True)
RuntimeError: linalg.solve_triangular: Incompatible shapes of A and B for the equation AX = B (3x3 and 2x3)
>>> torch.tensordot(torch.eye(3), rect, 1)
RuntimeError: contracted dimensions need to match, but first has size 3 in dim -1 and second has size 2 in dim 0
>>> torch.linalg.matmul(torch.eye(3), rect)
RuntimeError: mat1 and mat2 shapes cannot be multiplied (3x3 and 2x3)
>>> S = torch.tensor([[4., 2., 1.], [2., 3., 0.5], [1., 0.5, 2.]], requires_grad=True)
>>> M = torch.tensor([[2., -1., 0.5], [1., 3., 1.], [0., 1., 4.]], requires_grad=True)
>>> def show(result):
...     out = result if isinstance(result, torch.Tensor) else result[0]
...     print(out.grad_fn.name())
...     g, = torch.autograd.grad(out.sum(), M, retain_graph=True)
...     print(g)
>>> show(torch.linalg.inv(M))
LinalgInvExBackward0
tensor([[-0.1481, -0.0285, -0.0684],
        [-0.1944, -0.0374, -0.0897],
        [-0.0555, -0.0107, -0.0256]])
>>> show(torch.linalg.inv_ex(M))
LinalgInvExBackward0
tensor([[-0.1481, -0.0285, -0.0684],
        [-0.1944, -0.0374, -0.0897],
        [-0.0555, -0.0107, -0.0256]])
>>> show(torch.inverse(M))
LinalgInvExBackward0
tensor([[-0.1481, -0.0285, -0.0684],
        [-0.1944, -0.0374, -0.0897],
        [-0.0555, -0.0107, -0.0256]])
>>> show(torch.linalg.det(M))
LinalgDetBackward0
tensor([[11.0000, -4.0000,  1.0000],
        [ 4.5000,  8.0000, -2.0000],
        [-2.5000, -1.5000,  7.0000]])
>>> show(torch.logdet(M))
WhereBackward0
tensor([[ 0.4151, -0.1509,  0.0377],
        [ 0.1698,  0.3019, -0.0755],
        [-0.0943, -0.0566,  0.2642]])
>>> show(torch.linalg.slogdet(M)[1])
LinalgSlogdetBackward0
tensor([[ 0.4151, -0.1509,  0.0377],
        [ 0.1698,  0.3019, -0.0755],
        [-0.0943, -0.0566,  0.2642]])
>>> show(torch.linalg.solve(M, torch.ones(3)))
LinalgSolveExBackward0
tensor([[-0.1481, -0.0285, -0.0684],
        [-0.1944, -0.0374, -0.0897],
        [-0.0555, -0.0107, -0.0256]])
>>> show(torch.linalg.solve(M, torch.ones(3, 2), left=True))
LinalgSolveExBackward0
tensor([[-0.2962, -0.0570, -0.1367],
        [-0.3888, -0.0748, -0.1794],
        [-0.1111, -0.0214, -0.0513]])
>>> show(torch.linalg.solve_triangular(M, torch.ones(3, 2), upper=True))
LinalgSolveTriangularBackward0
tensor([[-0.5625, -0.2500, -0.2500],
        [ 0.0000, -0.2500, -0.2500],
        [ 0.0000,  0.0000, -0.0312]])
>>> show(torch.linalg.pinv(M))
LinalgPinvBackward0
tensor([[-0.1481, -0.0285, -0.0684],
        [-0.1944, -0.0374, -0.0897],
        [-0.0555, -0.0107, -0.0256]])
>>> show(torch.pinverse(M))
LinalgPinvBackward0
tensor([[-0.1481, -0.0285, -0.0684],
        [-0.1944, -0.0374, -0.0897],
        [-0.0555, -0.0107, -0.0256]])
>>> show(torch.linalg.lstsq(M, torch.ones(3, 1)).solution)
LinalgLstsqBackward0
tensor([[-0.1481, -0.0285, -0.0684],
        [-0.1944, -0.0374, -0.0897],
        [-0.0555, -0.0107, -0.0256]])
>>> show(torch.linalg.svdvals(M))
LinalgSvdBackward0
tensor([[ 0.9089, -0.3918,  0.1426],
        [ 0.3938,  0.9191,  0.0152],
        [-0.1370,  0.0424,  0.9897]])
>>> show(torch.linalg.svd(M)[1])
LinalgSvdBackward0
tensor([[ 0.9089, -0.3918,  0.1426],
        [ 0.3938,  0.9191,  0.0152],
        [-0.1370,  0.0424,  0.9897]])
>>> show(torch.linalg.qr(M).R)
LinalgQrBackward0
tensor([[-0.3990, -0.6946, -0.3323],
        [-1.4381, -0.8468, -1.5714],
        [-2.1179, -1.8876,  0.6483]])
>>> show(torch.linalg.qr(M[:, :2]).R)
LinalgQrBackward0
tensor([[-0.3535, -0.4684,  0.0000],
        [-1.5290, -1.2992,  0.0000],
        [-0.3864, -0.3043,  0.0000]])
>>> show(torch.linalg.qr(M[:2]).R)
LinalgQrBackward0
tensor([[ 0.1342, -1.3416, -1.3416],
        [-2.5044,  0.4472,  0.4472],
        [ 0.0000,  0.0000,  0.0000]])
>>> torch.linalg.eigvalsh(M @ M.T).grad_fn.name()
'LinalgEighBackward0'
>>> torch.linalg.eigh(M @ M.T).eigenvectors.grad_fn.name()
'LinalgEighBackward0'
>>> g, = torch.autograd.grad(torch.linalg.eigvalsh(M @ M.T).sum(), M)
>>> torch.allclose(g, 2 * M, atol=1e-5)
True
>>> show(torch.linalg.cholesky(M @ M.T))
LinalgCholeskyExBackward0
tensor([[1.2419, 1.2973, 2.2095],
        [1.0980, 0.3605, 0.9116],
        [0.9029, 0.2435, 1.4579]])
>>> show(torch.linalg.cholesky_ex(M @ M.T).L)
LinalgCholeskyExBackward0
tensor([[1.2419, 1.2973, 2.2095],
        [1.0980, 0.3605, 0.9116],
        [0.9029, 0.2435, 1.4579]])
>>> show(torch.linalg.lu_factor(M).LU)
LinalgLuFactorExBackward0
tensor([[0.5944, 0.5102, 0.6429],
        [0.8112, 0.9796, 0.7143],
        [0.2857, 0.0714, 1.0000]])
>>> show(torch.linalg.norm(M))
LinalgVectorNormBackward0
tensor([[ 0.3468, -0.1734,  0.0867],
        [ 0.1734,  0.5203,  0.1734],
        [ 0.0000,  0.1734,  0.6937]])
>>> show(torch.linalg.norm(M, 2))
AmaxBackward0
tensor([[0.0045, 0.0180, 0.0288],
        [0.0727, 0.2884, 0.4607],
        [0.1108, 0.4394, 0.7020]])
>>> show(torch.linalg.norm(M, 'nuc'))
SumBackward1
tensor([[ 0.9089, -0.3918,  0.1426],
        [ 0.3938,  0.9191,  0.0152],
        [-0.1370,  0.0424,  0.9897]])
>>> show(torch.linalg.matrix_norm(M, 1))
AmaxBackward0
tensor([[0., -0., 1.],
        [0., 0., 1.],
        [0., 0., 1.]])
>>> show(torch.linalg.matrix_norm(M, -float('inf')))
AminBackward0
tensor([[ 1., -1.,  1.],
        [ 0.,  0.,  0.],
        [ 0.,  0.,  0.]])
>>> show(torch.linalg.vector_norm(M, 3))
LinalgVectorNormBackward0
tensor([[ 0.1819, -0.0455,  0.0114],
        [ 0.0455,  0.4093,  0.0455],
        [ 0.0000,  0.0455,  0.7276]])
>>> show(torch.linalg.cond(M))
SqueezeBackward1
tensor([[-0.8498, -0.0016,  0.1540],
        [-0.3551,  0.1288,  0.2771],
        [ 0.3413,  0.2065,  0.2765]])
>>> torch.linalg.cond(M, 'fro').grad_fn.name()
'NanToNumBackward0'
>>> show(torch.linalg.matrix_power(M, 0))
torch::autograd::CopyBackwards
tensor([[0., 0., 0.],
        [0., 0., 0.],
        [0., 0., 0.]])
>>> show(torch.linalg.matrix_power(M, 1))
CloneBackward0
tensor([[1., 1., 1.],
        [1., 1., 1.],
        [1., 1., 1.]])
>>> show(torch.linalg.matrix_power(M, 3))
MmBackward0
tensor([[14.0000, 45.5000, 49.0000],
        [16.5000, 48.0000, 51.5000],
        [35.2500, 75.5000, 79.0000]])
>>> show(torch.linalg.matrix_power(M, -1))
LinalgInvExBackward0
tensor([[-0.1481, -0.0285, -0.0684],
        [-0.1944, -0.0374, -0.0897],
        [-0.0555, -0.0107, -0.0256]])
>>> show(torch.linalg.multi_dot([M, M, torch.ones(3)]))
ViewBackward0
tensor([[ 4.5000,  8.0000,  8.0000],
        [ 4.5000,  8.0000,  8.0000],
        [ 7.0000, 10.5000, 10.5000]])
>>> show(torch.linalg.vecdot(M, M))
SumBackward1
tensor([[ 4., -2.,  1.],
        [ 2.,  6.,  2.],
        [ 0.,  2.,  8.]])
>>> show(torch.tensordot(M, M, 1))
ViewBackward0
tensor([[ 4.5000,  8.0000,  8.0000],
        [ 4.5000,  8.0000,  8.0000],
        [ 7.0000, 10.5000, 10.5000]])
>>> show(torch.linalg.cross(M, M.flip(0)))
LinalgCrossBackward0
tensor([[0., 0., 0.],
        [0., 0., 0.],
        [0., 0., 0.]])
>>> show(torch.linalg.diagonal(M))
DiagonalBackward0
tensor([[1., 0., 0.],
        [0., 1., 0.],
        [0., 0., 1.]])
>>> show(torch.linalg.matmul(M, M))
MmBackward0
tensor([[ 4.5000,  8.0000,  8.0000],
        [ 4.5000,  8.0000,  8.0000],
        [ 7.0000, 10.5000, 10.5000]])
>>> show(torch.svd(M).S)
LinalgSvdBackward0
tensor([[ 0.9089, -0.3918,  0.1426],
        [ 0.3938,  0.9191,  0.0152],
        [-0.1370,  0.0424,  0.9897]])
>>> torch.linalg.slogdet(M).sign.grad_fn.name()
'LinalgSlogdetBackward0'
>>> torch.linalg.inv_ex(M).info.requires_grad
False
>>> torch.linalg.matrix_rank(M).dtype
torch.int64
>>> torch.linalg.lstsq(M, torch.ones(3, 1)).rank.dtype
torch.int64
>>> g, = torch.autograd.grad(torch.linalg.det(M), M, create_graph=True)
>>> torch.autograd.grad(g.sum(), M)[0]
tensor([[ 5.0000, -4.0000, -1.0000],
        [-1.5000,  5.5000, -4.0000],
        [-3.5000, -1.5000,  5.0000]])
>>> g, = torch.autograd.grad(torch.linalg.inv(M).sum(), M, create_graph=True)
>>> torch.autograd.grad(g.sum(), M)[0]
tensor([[0.2403, 0.0462, 0.1109],
        [0.3154, 0.0607, 0.1456],
        [0.0901, 0.0173, 0.0416]])
>>> g, = torch.autograd.grad(torch.linalg.cholesky(S).sum(), S, create_graph=True)
>>> torch.autograd.grad(g.sum(), S)[0]
tensor([[ 0.0329, -0.0743, -0.0846],
        [-0.0743, -0.0884, -0.0930],
        [-0.0846, -0.0930, -0.0607]])
