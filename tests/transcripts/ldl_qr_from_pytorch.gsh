>>> # torch.linalg.ldl_* and torch.geqrf / torch.ormqr, generated from PyTorch 2.13
>>> import torch
>>> _ = torch.manual_seed(0)
>>> A = torch.randn(3, 3)
>>> A = A @ A.mT
>>> A
tensor([[7.2079, 4.2414, 1.9428],
        [4.2414, 3.4554, 0.3264],
        [1.9428, 0.3264, 1.3823]])
>>> LD, pivots = torch.linalg.ldl_factor(A)
>>> LD
tensor([[ 7.2079,  0.0000,  0.0000],
        [ 0.5884,  0.9595,  0.0000],
        [ 0.2695, -0.8513,  0.1633]])
>>> pivots
tensor([1, 2, 3], dtype=torch.int32)
>>> LD, pivots, info = torch.linalg.ldl_factor_ex(A)
>>> info
tensor(0, dtype=torch.int32)
>>> torch.linalg.ldl_factor(A)
torch.return_types.linalg_ldl_factor(
LD=tensor([[ 7.2079,  0.0000,  0.0000],
        [ 0.5884,  0.9595,  0.0000],
        [ 0.2695, -0.8513,  0.1633]]),
pivots=tensor([1, 2, 3], dtype=torch.int32))
>>> S = torch.tensor([[4., 1., 2.], [1., -3., 0.5], [2., 0.5, 5.]])
>>> LD, piv = torch.linalg.ldl_factor(S)
>>> LD
tensor([[ 4.0000,  0.0000,  0.0000],
        [ 0.2500, -3.2500,  0.0000],
        [ 0.5000, -0.0000,  4.0000]])
>>> piv
tensor([1, 2, 3], dtype=torch.int32)
>>> LD.tolist()
[[4.0, 0.0, 0.0], [0.25, -3.25, 0.0], [0.5, -0.0, 4.0]]
>>> B = torch.tensor([[1., 0.], [2., 1.], [3., -1.]])
>>> X = torch.linalg.ldl_solve(LD, piv, B)
>>> X
tensor([[ 0.0721,  0.2019],
        [-0.5385, -0.3077],
        [ 0.6250, -0.2500]])
>>> X.tolist()
[[0.07211539149284363, 0.20192307233810425], [-0.5384615659713745, -0.3076923191547394], [0.625, -0.25]]
>>> torch.linalg.ldl_factor(torch.tensor([[1., 2.], [2., 1.]]))
torch.return_types.linalg_ldl_factor(
LD=tensor([[1., 0.],
        [2., 1.]]),
pivots=tensor([-2, -2], dtype=torch.int32))
>>> torch.linalg.ldl_factor(torch.tensor([[0., 1.], [1., 0.]]))
torch.return_types.linalg_ldl_factor(
LD=tensor([[0., 0.],
        [1., 0.]]),
pivots=tensor([-2, -2], dtype=torch.int32))
>>> P = torch.tensor([[0., 1., 2.], [1., 0., 3.], [2., 3., 0.]])
>>> LD, piv = torch.linalg.ldl_factor(P)
>>> LD, piv
(tensor([[ 0.0000,  0.0000,  0.0000],
        [ 2.0000,  0.0000,  0.0000],
        [ 1.5000,  0.5000, -3.0000]]), tensor([-3, -3,  3], dtype=torch.int32))
>>> torch.linalg.ldl_solve(LD, piv, torch.tensor([[1.], [2.], [3.]]))
tensor([[1.0000],
        [0.3333],
        [0.3333]])
>>> Q = torch.tensor([[1., 5., 0., 2.], [5., 0.5, 3., 1.], [0., 3., -2., 4.], [2., 1., 4., 0.25]], dtype=torch.float64)
>>> LD, piv = torch.linalg.ldl_factor(Q)
>>> LD.tolist()
[[1.0, 0.0, 0.0, 0.0], [5.0, 0.5, 0.0, 0.0], [0.6122448979591837, -0.12244897959183676, -1.6326530612244898, 0.0], [0.163265306122449, 0.3673469387755102, 2.8979591836734695, -0.4438775510204082]]
>>> piv
tensor([-2, -2, -4, -4], dtype=torch.int32)
>>> X = torch.linalg.ldl_solve(LD, piv, torch.eye(4, dtype=torch.float64))
>>> X.tolist()
[[0.0824468085106383, 0.2898936170212766, -0.09707446808510639, -0.26595744680851063], [0.2898936170212766, -0.04521276595744682, -0.13164893617021278, -0.03191489361702127], [-0.0970744680851064, -0.13164893617021275, 0.05784574468085107, 0.3776595744680851], [-0.26595744680851063, -0.031914893617021274, 0.3776595744680851, 0.2127659574468085]]
>>> torch.linalg.ldl_factor(torch.tensor([[1., 5.], [7., 2.]]))
torch.return_types.linalg_ldl_factor(
LD=tensor([[1., 0.],
        [7., 2.]]),
pivots=tensor([-2, -2], dtype=torch.int32))
>>> torch.linalg.ldl_factor_ex(torch.zeros(2, 2))
torch.return_types.linalg_ldl_factor_ex(
LD=tensor([[0., 0.],
        [0., 0.]]),
pivots=tensor([1, 2], dtype=torch.int32),
info=tensor(1, dtype=torch.int32))
>>> torch.linalg.ldl_factor(torch.zeros(2, 2))
RuntimeError: false INTERNAL ASSERT FAILED at "/__w/pytorch/pytorch/aten/src/ATen/native/BatchLinearAlgebra.cpp":1642, please report a bug to PyTorch. torch.linalg.ldl_factor: Unknown error code: 1.
>>> torch.linalg.ldl_factor_ex(torch.zeros(2, 2), check_errors=True)
RuntimeError: false INTERNAL ASSERT FAILED at "/__w/pytorch/pytorch/aten/src/ATen/native/BatchLinearAlgebra.cpp":1642, please report a bug to PyTorch. torch.linalg.ldl_factor_ex: Unknown error code: 1.
>>> torch.linalg.ldl_factor(torch.stack([S, torch.zeros(3, 3)]))
RuntimeError: false INTERNAL ASSERT FAILED at "/__w/pytorch/pytorch/aten/src/ATen/native/BatchLinearAlgebra.cpp":1642, please report a bug to PyTorch. torch.linalg.ldl_factor: Unknown error code: 1.
>>> torch.linalg.ldl_factor_ex(torch.stack([S, P, torch.zeros(3, 3)]))
torch.return_types.linalg_ldl_factor_ex(
LD=tensor([[[ 4.0000,  0.0000,  0.0000],
         [ 0.2500, -3.2500,  0.0000],
         [ 0.5000, -0.0000,  4.0000]],

        [[ 0.0000,  0.0000,  0.0000],
         [ 2.0000,  0.0000,  0.0000],
         [ 1.5000,  0.5000, -3.0000]],

        [[ 0.0000,  0.0000,  0.0000],
         [ 0.0000,  0.0000,  0.0000],
         [ 0.0000,  0.0000,  0.0000]]]),
pivots=tensor([[ 1,  2,  3],
        [-3, -3,  3],
        [ 1,  2,  3]], dtype=torch.int32),
info=tensor([0, 0, 1], dtype=torch.int32))
>>> torch.linalg.ldl_factor(torch.zeros(0, 0))
torch.return_types.linalg_ldl_factor(
LD=tensor([], size=(0, 0)),
pivots=tensor([], dtype=torch.int32))
>>> torch.linalg.ldl_factor(torch.zeros(2, 0, 0))
torch.return_types.linalg_ldl_factor(
LD=tensor([], size=(2, 0, 0)),
pivots=tensor([], size=(2, 0), dtype=torch.int32))
>>> SB = torch.stack([S, P])
>>> LD, piv = torch.linalg.ldl_factor(SB)
>>> LD.tolist()
[[[4.0, 0.0, 0.0], [0.25, -3.25, 0.0], [0.5, -0.0, 4.0]], [[0.0, 0.0, 0.0], [2.0, 0.0, 0.0], [1.5, 0.5, -3.0]]]
>>> piv
tensor([[ 1,  2,  3],
        [-3, -3,  3]], dtype=torch.int32)
>>> torch.linalg.ldl_solve(LD, piv, torch.tensor([[1.], [2.], [3.]]))
tensor([[[ 0.0721],
         [-0.5385],
         [ 0.6250]],

        [[ 1.0000],
         [ 0.3333],
         [ 0.3333]]])
>>> torch.linalg.ldl_solve(LD, piv, torch.ones(2, 3, 2)).tolist()
[[[0.24519231915473938, 0.24519231915473938], [-0.23076924681663513, -0.23076924681663513], [0.125, 0.125]], [[0.0, 0.0], [0.3333333432674408, 0.3333333432674408], [0.3333333134651184, 0.3333333134651184]]]
>>> torch.linalg.ldl_solve(LD, piv.long(), torch.ones(3, 1))
tensor([[[ 0.2452],
         [-0.2308],
         [ 0.1250]],

        [[ 0.0000],
         [ 0.3333],
         [ 0.3333]]])
>>> torch.linalg.ldl_solve(LD, piv, torch.ones(3, 0))
tensor([], size=(2, 3, 0))
>>> H = torch.tensor([[2., 1 + 1j, 3j], [1 - 1j, -1., 0.5], [-3j, 0.5, 4.]], dtype=torch.complex128)
>>> LD, piv = torch.linalg.ldl_factor(H, hermitian=True)
>>> LD.tolist()
[[(2+0j), 0j, 0j], [(0.5-0.5j), (-2+0j), 0j], [(-0-1.5j), (0.5-0.75j), (1.125+0j)]]
>>> piv
tensor([1, 2, 3], dtype=torch.int32)
>>> torch.linalg.ldl_solve(LD, piv, torch.ones(3, 1, dtype=torch.complex128), hermitian=True).tolist()
[[(1.722222222222222-0.2222222222222221j)], [(0.6666666666666666-1.2222222222222223j)], [(0.3333333333333333+1.4444444444444444j)]]
>>> C = torch.tensor([[2., 1 + 1j, 3j], [1 + 1j, -1., 0.5], [3j, 0.5, 4.]], dtype=torch.complex64)
>>> LD, piv = torch.linalg.ldl_factor(C)
>>> LD.tolist()
[[(2+0j), 0j, 0j], [(0.5+0.5j), (8.5+0j), 0j], [1.5j, (0.23529411852359772-0.1764705926179886j), (-1.2058823108673096-0.29411762952804565j)]]
>>> piv
tensor([1, 3, 3], dtype=torch.int32)
>>> torch.linalg.ldl_solve(LD, piv, torch.ones(3, 2, dtype=torch.complex64)).tolist()
[[(0.34559234976768494-0.13307130336761475j), (0.34559234976768494-0.13307130336761475j)], [(-0.41998881101608276+0.0780460312962532j), (-0.41998881101608276+0.0780460312962532j)], [(0.20269513130187988-0.26895004510879517j), (0.20269513130187988-0.26895004510879517j)]]
>>> torch.linalg.ldl_factor(torch.tensor([[0., 1j], [1j, 0.]]))
torch.return_types.linalg_ldl_factor(
LD=tensor([[0.+0.j, 0.+0.j],
        [0.+1.j, 0.+0.j]]),
pivots=tensor([-2, -2], dtype=torch.int32))
>>> torch.linalg.ldl_factor(torch.tensor([[1., 2.], [2., 1.]]), hermitian=True)
torch.return_types.linalg_ldl_factor(
LD=tensor([[1., 0.],
        [2., 1.]]),
pivots=tensor([-2, -2], dtype=torch.int32))
>>> Sg = S.clone().requires_grad_()
>>> r = torch.linalg.ldl_factor(Sg)
>>> r
torch.return_types.linalg_ldl_factor(
LD=tensor([[ 4.0000,  0.0000,  0.0000],
        [ 0.2500, -3.2500,  0.0000],
        [ 0.5000, -0.0000,  4.0000]], grad_fn=<NotImplemented>),
pivots=tensor([1, 2, 3], dtype=torch.int32))
>>> r.LD.grad_fn.name()
'torch::autograd::NotImplemented'
>>> r.LD.sum().backward()
RuntimeError: derivative for aten::linalg_ldl_factor_ex is not implemented
>>> torch.linalg.ldl_factor_ex(Sg).LD.sum().backward()
RuntimeError: derivative for aten::linalg_ldl_factor_ex is not implemented
>>> LD, piv = torch.linalg.ldl_factor(S)
>>> Bg = torch.ones(3, 1, requires_grad=True)
>>> Xg = torch.linalg.ldl_solve(LD, piv, Bg)
>>> Xg
tensor([[ 0.2452],
        [-0.2308],
        [ 0.1250]], grad_fn=<NotImplemented>)
>>> Xg.sum().backward()
RuntimeError: derivative for aten::linalg_ldl_solve is not implemented
>>> out = (torch.empty(0), torch.empty(0, dtype=torch.int32))
>>> torch.linalg.ldl_factor(S, out=out)
torch.return_types.linalg_ldl_factor_out(
LD=tensor([[ 4.0000,  0.0000,  0.0000],
        [ 0.2500, -3.2500,  0.0000],
        [ 0.5000, -0.0000,  4.0000]]),
pivots=tensor([1, 2, 3], dtype=torch.int32))
>>> out[1]
tensor([1, 2, 3], dtype=torch.int32)
>>> torch.linalg.ldl_factor(S, out=(torch.empty(0), torch.empty(0)))
RuntimeError: Expected out tensor to have dtype int, but got float instead
>>> torch.linalg.ldl_factor(S, out=(torch.empty(0, dtype=torch.float64), torch.empty(0, dtype=torch.int32)))
RuntimeError: Expected out tensor to have dtype float, but got double instead
>>> torch.linalg.ldl_factor_ex(S, out=(torch.empty(0), torch.empty(0, dtype=torch.int32), torch.empty(0, dtype=torch.int32)))
torch.return_types.linalg_ldl_factor_ex_out(
LD=tensor([[ 4.0000,  0.0000,  0.0000],
        [ 0.2500, -3.2500,  0.0000],
        [ 0.5000, -0.0000,  4.0000]]),
pivots=tensor([1, 2, 3], dtype=torch.int32),
info=tensor(0, dtype=torch.int32))
>>> torch.linalg.ldl_factor(Sg, out=(torch.empty(0), torch.empty(0, dtype=torch.int32)))
torch.return_types.linalg_ldl_factor_out(
LD=tensor([[ 4.0000,  0.0000,  0.0000],
        [ 0.2500, -3.2500,  0.0000],
        [ 0.5000, -0.0000,  4.0000]], grad_fn=<NotImplemented>),
pivots=tensor([1, 2, 3], dtype=torch.int32))
>>> o = torch.empty(0)
>>> torch.linalg.ldl_solve(LD, piv, B, out=o)
tensor([[ 0.0721,  0.2019],
        [-0.5385, -0.3077],
        [ 0.6250, -0.2500]])
>>> o
tensor([[ 0.0721,  0.2019],
        [-0.5385, -0.3077],
        [ 0.6250, -0.2500]])
>>> torch.linalg.ldl_solve(LD, piv, B, out=torch.empty(0, dtype=torch.float64))
RuntimeError: Expected out tensor to have dtype float, but got double instead
>>> torch.linalg.ldl_factor(torch.ones(2, 3))
RuntimeError: torch.linalg.ldl_factor_ex: A must be batches of square matrices, but they are 2 by 3 matrices
>>> torch.linalg.ldl_factor(torch.ones(3))
RuntimeError: torch.linalg.ldl_factor_ex: The input tensor A must have at least 2 dimensions.
>>> torch.linalg.ldl_factor(torch.ones(2, 2, dtype=torch.int64))
RuntimeError: torch.linalg.ldl_factor_ex: Expected a floating point or complex tensor as input. Got Long
>>> torch.linalg.ldl_factor_ex(torch.ones(2, 2, dtype=torch.int32))
RuntimeError: torch.linalg.ldl_factor_ex: Expected a floating point or complex tensor as input. Got Int
>>> torch.linalg.ldl_factor(torch.ones(2, 2, dtype=torch.float16))
NotImplementedError: "ldl_factor_kernel_cpu" not implemented for 'Half'
>>> torch.linalg.ldl_solve(LD, piv, torch.ones(2, 1))
RuntimeError: Incompatible matrix sizes for torch.linalg.ldl_solve: each A matrix is 3 by 3 but each b matrix is 2 by 1
>>> torch.linalg.ldl_solve(LD, piv, torch.ones(3, 1, dtype=torch.float64))
RuntimeError: Expected b and A to have the same dtype, but found b of type Double and A of type Float instead.
>>> torch.linalg.ldl_solve(LD, piv, torch.ones(3))
IndexError: Dimension out of range (expected to be in range of [-1, 0], but got -2)
>>> torch.linalg.ldl_solve(LD, piv[:2], torch.ones(3, 1))
RuntimeError: torch.linalg.ldl_solve: Expected LD.shape[:-1] and pivots.shape to be the same, but got pivots with shape [2] instead
>>> torch.linalg.ldl_solve(LD, piv.float(), torch.ones(3, 1))
RuntimeError: torch.linalg.ldl_solve: Expected pivots to be integers. Got Float
>>> torch.linalg.ldl_solve(LD[0], piv, torch.ones(3, 1))
RuntimeError: torch.linalg.ldl_solve: The input tensor A must have at least 2 dimensions.
>>> torch.linalg.ldl_solve(torch.ones(2, 3), piv, torch.ones(3, 1))
RuntimeError: torch.linalg.ldl_solve: A must be batches of square matrices, but they are 2 by 3 matrices
>>> torch.linalg.ldl_solve(LD.int(), piv, torch.ones(3, 1).int())
RuntimeError: torch.linalg.ldl_solve: Expected a floating point or complex tensor as input. Got Int
>>> torch.linalg.ldl_solve(LD.expand(2, 3, 3), piv.expand(2, 3), torch.ones(3, 3, 1))
RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 0
>>> torch.linalg.ldl_solve(LD, piv.expand(2, 3), torch.ones(3, 1))
RuntimeError: torch.linalg.ldl_solve: Expected LD.shape[:-1] and pivots.shape to be the same, but got pivots with shape [2, 3] instead
>>> torch.linalg.ldl_solve(torch.eye(2), torch.tensor([1, 3]), torch.ones(2, 1))
RuntimeError: Pivots given to ldl_solve must all satisfy |pivot| <= LD.size(-2). Did you properly pass the result of ldl_factor?
>>> torch.linalg.ldl_solve(torch.eye(2), torch.tensor([1, 0]), torch.ones(2, 1))
RuntimeError: Pivots given to ldl_solve must all satisfy |pivot| >= 1. Did you properly pass the result of ldl_factor?
>>> M = torch.tensor([[12., -51., 4.], [6., 167., -68.], [-4., 24., -41.]])
>>> a, tau = torch.geqrf(M)
>>> a
tensor([[-1.4000e+01, -2.1000e+01,  1.4000e+01],
        [ 2.3077e-01, -1.7500e+02,  7.0000e+01],
        [-1.5385e-01,  5.5556e-02, -3.5000e+01]])
>>> tau
tensor([1.8571, 1.9938, 0.0000])
>>> a.tolist()
[[-14.000000953674316, -21.0000057220459, 13.999998092651367], [0.23076923191547394, -175.0, 70.00001525878906], [-0.1538461595773697, 0.0555555559694767, -34.999996185302734]]
>>> tau.tolist()
[1.857142686843872, 1.9938462972640991, 0.0]
>>> M.geqrf()
torch.return_types.geqrf(
a=tensor([[-1.4000e+01, -2.1000e+01,  1.4000e+01],
        [ 2.3077e-01, -1.7500e+02,  7.0000e+01],
        [-1.5385e-01,  5.5556e-02, -3.5000e+01]]),
tau=tensor([1.8571, 1.9938, 0.0000]))
>>> torch.geqrf(torch.tensor([[1., 2.], [3., 4.], [5., 6.]], dtype=torch.float64)).a.tolist()
[[-5.916079783099615, -7.437357441610946], [0.4337717455676132, 0.828078671210825], [0.7229529092793553, 0.8926238280228976]]
>>> torch.geqrf(torch.ones(2, 3))
torch.return_types.geqrf(
a=tensor([[-1.4142, -1.4142, -1.4142],
        [ 0.4142,  0.0000,  0.0000]]),
tau=tensor([1.7071, 0.0000]))
>>> torch.geqrf(torch.zeros(2, 2))
torch.return_types.geqrf(
a=tensor([[0., 0.],
        [0., 0.]]),
tau=tensor([0., 0.]))
>>> torch.geqrf(torch.tensor([[0., 1.], [2., 0.]]))
torch.return_types.geqrf(
a=tensor([[-2.,  0.],
        [ 1., -1.]]),
tau=tensor([1., 0.]))
>>> torch.geqrf(torch.tensor([[1., 1.], [0., 0.]]))
torch.return_types.geqrf(
a=tensor([[1., 1.],
        [0., 0.]]),
tau=tensor([0., 0.]))
>>> torch.geqrf(torch.tensor([[1., 1j], [1 + 1j, 2.], [3., 4.]])).tau.tolist()
[(1.2886751890182495+0j), (1.5857523679733276-0.4973047971725464j)]
>>> torch.geqrf(torch.stack([M, M.mT])).tau
tensor([[1.8571, 1.9938, 0.0000],
        [1.2284, 1.5734, 0.0000]])
>>> torch.geqrf(torch.ones(0, 3))
torch.return_types.geqrf(
a=tensor([], size=(0, 3)),
tau=tensor([]))
>>> torch.linalg.householder_product(*torch.geqrf(M))
tensor([[-0.8571,  0.3943,  0.3314],
        [-0.4286, -0.9029, -0.0343],
        [ 0.2857, -0.1714,  0.9429]])
>>> torch.geqrf(torch.ones(3))
RuntimeError: torch.geqrf: input must have at least 2 dimensions.
>>> torch.geqrf(torch.ones(3, 2, dtype=torch.int64))
NotImplementedError: "geqrf_cpu" not implemented for 'Long'
>>> torch.geqrf(torch.ones(3, 2, dtype=torch.float16))
NotImplementedError: "geqrf_cpu" not implemented for 'Half'
>>> Mg = M.clone().requires_grad_()
>>> g = torch.geqrf(Mg)
>>> g
torch.return_types.geqrf(
a=tensor([[-1.4000e+01, -2.1000e+01,  1.4000e+01],
        [ 2.3077e-01, -1.7500e+02,  7.0000e+01],
        [-1.5385e-01,  5.5556e-02, -3.5000e+01]], grad_fn=<GeqrfBackward0>),
tau=tensor([1.8571, 1.9938, 0.0000], grad_fn=<GeqrfBackward0>))
>>> g.a.sum().backward()
NotImplementedError: the derivative for 'geqrf' is not implemented.
>>> torch.geqrf(M, out=(torch.empty(0), torch.empty(0)))
torch.return_types.geqrf_out(
a=tensor([[-1.4000e+01, -2.1000e+01,  1.4000e+01],
        [ 2.3077e-01, -1.7500e+02,  7.0000e+01],
        [-1.5385e-01,  5.5556e-02, -3.5000e+01]]),
tau=tensor([1.8571, 1.9938, 0.0000]))
>>> O = torch.tensor([[1., 2.], [3., 4.], [5., -6.]])
>>> torch.ormqr(a, tau, O)
tensor([[ 1.9829, -2.1257],
        [-3.3086, -4.2629],
        [ 4.4857, -5.7714]])
>>> torch.ormqr(a, tau, O).tolist()
[[1.9828572273254395, -2.12571382522583], [-3.3085713386535645, -4.262857913970947], [4.485713958740234, -5.77142858505249]]
>>> torch.ormqr(a, tau, O, transpose=True).tolist()
[[-0.7142856121063232, -5.142856597900391], [-3.171428918838501, -1.794285774230957], [4.942857265472412, -5.1314287185668945]]
>>> torch.ormqr(a, tau, O.mT, left=False).tolist()
[[-0.7142856121063232, -3.171428918838501, 4.942857265472412], [-5.142856121063232, -1.794285774230957, -5.1314287185668945]]
>>> torch.ormqr(a, tau, O.mT, left=False, transpose=True).tolist()
[[1.9828569889068604, -3.3085715770721436, 4.485713958740234], [-2.12571382522583, -4.262857913970947, -5.77142858505249]]
>>> a.ormqr(tau, O, True, True)
tensor([[-0.7143, -5.1429],
        [-3.1714, -1.7943],
        [ 4.9429, -5.1314]])
>>> torch.ormqr(a, tau, torch.ormqr(a, tau, O, transpose=True))
tensor([[ 1.0000,  2.0000],
        [ 3.0000,  4.0000],
        [ 5.0000, -6.0000]])
>>> a2, tau2 = torch.geqrf(torch.tensor([[1., 2.], [3., 4.], [5., 6.], [7., 9.]]))
>>> torch.ormqr(a2, tau2, torch.eye(4))
tensor([[-0.1091,  0.8665,  0.4466, -0.1944],
        [-0.3273,  0.2131, -0.7347, -0.5546],
        [-0.5455, -0.4403,  0.4995, -0.5089],
        [-0.7638,  0.0994, -0.1057,  0.6290]])
>>> torch.ormqr(a2, tau2, torch.ones(3, 4), left=False)
tensor([[-1.7457,  0.7386,  0.1057, -0.6290],
        [-1.7457,  0.7386,  0.1057, -0.6290],
        [-1.7457,  0.7386,  0.1057, -0.6290]])
>>> ac, tc = torch.geqrf(torch.tensor([[1., 1j], [1 + 1j, 2.], [3., 4.]]))
>>> torch.ormqr(ac, tc, torch.ones(3, 2, dtype=torch.complex64), transpose=True).tolist()
[[(-1.443375825881958+0.2886751592159271j), (-1.443375825881958+0.2886751592159271j)], [(-0.03892487287521362+0.11677491664886475j), (-0.03892487287521362+0.11677491664886475j)], [(-0.7940804958343506+0.433149129152298j), (-0.7940804958343506+0.433149129152298j)]]
>>> torch.ormqr(torch.geqrf(torch.stack([M, M.mT])).a, torch.geqrf(torch.stack([M, M.mT])).tau, torch.ones(2, 3, 1))
tensor([[[-0.1314],
         [-1.3657],
         [ 1.0571]],

        [[-0.0958],
         [ 1.1117],
         [ 1.3248]]])
>>> torch.ormqr(torch.ones(4, 0), torch.ones(0), O[:, :1].expand(4, 2).clone()[:4])
RuntimeError: The expanded size of the tensor (4) must match the existing size (3) at non-singleton dimension 0.  Target sizes: [4, 2].  Tensor sizes: [3, 1]
>>> o = torch.empty(0)
>>> torch.ormqr(a, tau, O, out=o)
tensor([[ 1.9829, -2.1257],
        [-3.3086, -4.2629],
        [ 4.4857, -5.7714]])
>>> o
tensor([[ 1.9829, -2.1257],
        [-3.3086, -4.2629],
        [ 4.4857, -5.7714]])
>>> ag = a.double().requires_grad_()
>>> tg = tau.double().requires_grad_()
>>> Og = O.double().requires_grad_()
>>> Y = torch.ormqr(ag, tg, Og)
>>> Y
tensor([[ 1.9829, -2.1257],
        [-3.3086, -4.2629],
        [ 4.4857, -5.7714]], dtype=torch.float64, grad_fn=<OrmqrBackward0>)
>>> (Y * torch.tensor([[1., -1.], [2., 0.5], [0., 1.]], dtype=torch.float64)).sum().backward()
>>> ag.grad
tensor([[  0.0000,   0.0000,   0.0000],
        [  3.1138,   0.0000,   0.0000],
        [-29.0664, -10.0228,   0.0000]], dtype=torch.float64)
>>> tg.grad
tensor([ 3.0805, -8.1869,  2.2514], dtype=torch.float64)
>>> Og.grad
tensor([[-1.7143,  0.9286],
        [-1.4114, -1.0171],
        [ 0.2629,  0.5943]], dtype=torch.float64)
>>> ag.grad = tg.grad = Og.grad = None
>>> torch.ormqr(ag, tg, Og.mT, left=False, transpose=True).pow(2).sum().backward()
>>> ag.grad
tensor([[ 0.0000,  0.0000,  0.0000],
        [ 8.3019,  0.0000,  0.0000],
        [-5.5346, 10.6843,  0.0000]], dtype=torch.float64)
>>> tg.grad
tensor([  10.4306,   48.3766, -122.0000], dtype=torch.float64)
>>> Og.grad
tensor([[  2.0000,   4.0000],
        [  6.0000,   8.0000],
        [ 10.0000, -12.0000]], dtype=torch.float64)
>>> a4 = a2.double().requires_grad_()
>>> t4 = tau2.double().requires_grad_()
>>> torch.ormqr(a4, t4, torch.ones(4, 3, dtype=torch.float64), transpose=True).sum().backward()
>>> a4.grad
tensor([[ 0.0000,  0.0000],
        [11.6142,  0.0000],
        [ 8.2663,  4.1778],
        [ 1.2453,  8.0779]], dtype=torch.float64)
>>> t4.grad
tensor([0.0644, 3.6457], dtype=torch.float64)
>>> torch.ormqr(ag, tg, Og, out=torch.empty(0))
RuntimeError: ormqr(): functions with out=... arguments don't support automatic differentiation, but one of the arguments requires grad.
>>> torch.ormqr(a, tau, torch.ones(2, 2))
RuntimeError: torch.ormqr: other.shape[-2] must be equal to input.shape[-2]
>>> torch.ormqr(a, tau, torch.ones(3, 2), left=False)
RuntimeError: torch.ormqr: other.shape[-1] must be equal to input.shape[-2]
>>> torch.ormqr(a, tau[:2], O)
RuntimeError: torch.ormqr: tau.shape[-1] must be equal to min(other.shape[-2], input.shape[-1])
>>> torch.ormqr(a2, tau2[:1], torch.ones(4, 3))
RuntimeError: torch.ormqr: tau.shape[-1] must be equal to min(other.shape[-2], input.shape[-1])
>>> torch.ormqr(a, tau.expand(2, 3), O)
RuntimeError: torch.ormqr: Expected tau to have one dimension less than input, but got tau.ndim equal to 2 and input.ndim is equal to 2
>>> torch.ormqr(a, tau, torch.ones(3))
RuntimeError: torch.ormqr: other must have at least 2 dimensions.
>>> torch.ormqr(a[0], tau, O)
RuntimeError: torch.ormqr: input must have at least 2 dimensions.
>>> torch.ormqr(a, tau, torch.ones(2, 3, 2))
RuntimeError: torch.ormqr: Expected other to have the same number of dimensions as input, but got other.ndim equal to 3 and input.ndim is equal to 2
>>> torch.ormqr(a.expand(2, 3, 3), tau.expand(3, 3), torch.ones(2, 3, 2))
RuntimeError: torch.ormqr: Expected batch dimensions of tau to be equal to input.shape[:-2], but got [3]
>>> torch.ormqr(a.expand(2, 3, 3), tau.expand(2, 3), torch.ones(4, 3, 2))
RuntimeError: torch.ormqr: Expected batch dimensions of other to be equal to input.shape[:-2], but got [4]
>>> torch.ormqr(a, tau.double(), O)
RuntimeError: torch.ormqr: Expected input and tau to have the same dtype, but input has dtypeFloat and tau has dtype Double
>>> torch.ormqr(a, tau, O.double())
RuntimeError: torch.ormqr: Expected input and other to have the same dtype, but input has dtypeFloat and other has dtype Double
>>> torch.ormqr(a.int(), tau.int(), O.int())
NotImplementedError: "ormqr_cpu" not implemented for 'Int'
>>> torch.ormqr(a.half(), tau.half(), O.half())
NotImplementedError: "ormqr_cpu" not implemented for 'Half'
>>> torch.ormqr(a, tau, 3)
TypeError: ormqr(): argument 'input3' (position 3) must be Tensor, not int
>>> torch.geqrf(3)
TypeError: geqrf(): argument 'input' (position 1) must be Tensor, not int
