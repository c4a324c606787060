>>> # Sparse tensors, generated from PyTorch 2.13
>>> import torch
>>> torch.strided
torch.strided
>>> torch.sparse_coo
torch.sparse_coo
>>> type(torch.sparse_csr)
<class 'torch.layout'>
>>> torch.ones(2).layout
torch.strided
>>> torch.ones(2).is_sparse
False
>>> s = torch.sparse_coo_tensor(torch.tensor([[1, 1], [0, 2]]), torch.tensor([9, 10]), size=(3, 3))
UserWarning: Sparse invariant checks are implicitly disabled. Memory errors (e.g. SEGFAULT) will occur when operating on a sparse tensor which violates the invariants, but checks incur performance overhead. To silence this warning, explicitly opt in or out. See `torch.sparse.check_sparse_tensor_invariants.__doc__` for guidance.  (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/Context.cpp:816.)
>>> s.to_dense()
tensor([[ 0,  0,  0],
        [ 9,  0, 10],
        [ 0,  0,  0]])
>>> d = torch.tensor([[0, 0, 0], [9, 0, 10], [0, 0, 0]])
>>> d.to_sparse()
tensor(indices=tensor([[1, 1],
                       [0, 2]]),
       values=tensor([ 9, 10]),
       size=(3, 3), nnz=2, layout=torch.sparse_coo)
>>> d.to_sparse(1)
tensor(indices=tensor([[1]]),
       values=tensor([[ 9,  0, 10]]),
       size=(3, 3), nnz=1, layout=torch.sparse_coo)
>>> x = torch.tensor([[1, 0], [0, 0], [2, 3]])
>>> x.to_sparse(layout=torch.sparse_coo)
tensor(indices=tensor([[0, 2, 2],
                       [0, 0, 1]]),
       values=tensor([1, 2, 3]),
       size=(3, 2), nnz=3, layout=torch.sparse_coo)
>>> x.to_sparse(layout=torch.sparse_bsr, blocksize=(1, 2))
UserWarning: Sparse BSR tensor support is in beta state. If you miss a functionality in the sparse tensor support, please submit a feature request to https://github.com/pytorch/pytorch/issues. (Triggered internally at /__w/pytorch/pytorch/aten/src/ATen/SparseCsrTensorImpl.cpp:49.)
tensor(crow_indices=tensor([0, 1, 1, 2]),
       col_indices=tensor([0, 0]),
       values=tensor([[[1, 0]],

                      [[2, 3]]]), size=(3, 2), nnz=2, layout=torch.sparse_bsr)
>>> x.to_sparse(layout=torch.sparse_bsr, blocksize=(2, 1))
RuntimeError: dense_to_sparse: tensor sparse size (3,2) must be divisible by given blocksize (2,1)
>>> x.to_sparse(layout=torch.sparse_csr, blocksize=(3, 1))
RuntimeError: dense_to_sparse: conversion from Strided to SparseCsr with blocksize argument given is not supported
>>> x3 = torch.tensor([[[1], [0]], [[0], [0]], [[2], [3]]])
>>> x3.to_sparse(layout=torch.sparse_csr, dense_dim=1)
tensor(crow_indices=tensor([0, 1, 1, 3]),
       col_indices=tensor([0, 0, 1]),
       values=tensor([[1],
                      [2],
                      [3]]), size=(3, 2, 1), nnz=3, layout=torch.sparse_csr)
>>> x.to_sparse(layout=torch.sparse_csc)
tensor(ccol_indices=tensor([0, 2, 3]),
       row_indices=tensor([0, 2, 2]),
       values=tensor([1, 2, 3]), size=(3, 2), nnz=3, layout=torch.sparse_csc)
>>> x.to_sparse(layout=torch.sparse_bsc, blocksize=(1, 2))
tensor(ccol_indices=tensor([0, 2]),
       row_indices=tensor([0, 2]),
       values=tensor([[[1, 0]],

                      [[2, 3]]]), size=(3, 2), nnz=2, layout=torch.sparse_bsc)
>>> x.to_sparse(layout=torch.sparse_bsr)
RuntimeError: dense_to_sparse: conversion from Strided to SparseBsr without blocksize argument given is not supported
>>> x.to_sparse(layout=torch.sparse_coo, blocksize=(1, 1))
RuntimeError: dense_to_sparse: conversion from Strided to Sparse with blocksize argument given is not supported
>>> x.to_sparse(3)
RuntimeError: dense_to_sparse: sparse_dim argument must be in [0,2] range, but 3 is given
>>> x.to_sparse(0)
RuntimeError: dense_to_sparse: sparse_dim argument must be in >0 when self.dim()>0
>>> x.to_sparse(layout=torch.sparse_coo, dense_dim=1)
tensor(indices=tensor([[0, 2]]),
       values=tensor([[1, 0],
                      [2, 3]]),
       size=(3, 2), nnz=2, layout=torch.sparse_coo)
>>> torch.tensor(3.).to_sparse()
tensor(indices=tensor([], size=(0, 1)),
       values=tensor([3.]),
       size=(), nnz=1, layout=torch.sparse_coo)
>>> torch.zeros(2, 2).to_sparse()
tensor(indices=tensor([], size=(2, 0)),
       values=tensor([], size=(0,)),
       size=(2, 2), nnz=0, layout=torch.sparse_coo)
>>> torch.zeros(2, 2).to_sparse_csr()
tensor(crow_indices=tensor([0, 0, 0]),
       col_indices=tensor([], size=(0,)),
       values=tensor([], size=(0,)), size=(2, 2), nnz=0,
       layout=torch.sparse_csr)
>>> torch.eye(2, dtype=torch.int32).to_sparse()
tensor(indices=tensor([[0, 1],
                       [0, 1]]),
       values=tensor([1, 1]),
       size=(2, 2), nnz=2, dtype=torch.int32, layout=torch.sparse_coo)
>>> torch.eye(2, dtype=torch.float64).to_sparse_csr()
tensor(crow_indices=tensor([0, 1, 2]),
       col_indices=tensor([0, 1]),
       values=tensor([1., 1.]), size=(2, 2), nnz=2, dtype=torch.float64,
       layout=torch.sparse_csr)
>>> _ = torch.manual_seed(0)
>>> dense = torch.randn(5, 5)
>>> sparse = dense.to_sparse_csr()
>>> sparse.values().shape
torch.Size([25])
>>> dense = torch.zeros(3, 3, 1, 1)
>>> dense[0, 0] = dense[1, 2] = dense[2, 1] = 1
>>> dense.to_sparse_csr(dense_dim=2)
tensor(crow_indices=tensor([0, 1, 2, 3]),
       col_indices=tensor([0, 2, 1]),
       values=tensor([[[1.]],

                      [[1.]],

                      [[1.]]]), size=(3, 3, 1, 1), nnz=3,
       layout=torch.sparse_csr)
>>> dense.to_sparse_csc(dense_dim=2)
tensor(ccol_indices=tensor([0, 1, 2, 3]),
       row_indices=tensor([0, 2, 1]),
       values=tensor([[[1.]],

                      [[1.]],

                      [[1.]]]), size=(3, 3, 1, 1), nnz=3,
       layout=torch.sparse_csc)
>>> dense.to_sparse_csr(dense_dim=3)
RuntimeError: dense_to_sparse_csr: dense_dim argument must be in [0,2] range, but 3 is given
>>> dense = torch.randn(10, 10)
>>> sparse = dense.to_sparse_csr()
>>> sparse_bsr = sparse.to_sparse_bsr((5, 5))
>>> sparse_bsr.col_indices()
tensor([0, 1, 0, 1])
>>> sparse_bsc = sparse.to_sparse_bsc((5, 5))
>>> sparse_bsc.row_indices()
tensor([0, 1, 0, 1])
>>> dense = torch.zeros(4, 3, 1)
>>> dense[0:2, 0] = dense[0:2, 2] = dense[2:4, 1] = 1
>>> dense.to_sparse_bsr((2, 1), 1)
tensor(crow_indices=tensor([0, 2, 3]),
       col_indices=tensor([0, 2, 1]),
       values=tensor([[[[1.]],

                       [[1.]]],


                      [[[1.]],

                       [[1.]]],


                      [[[1.]],

                       [[1.]]]]), size=(4, 3, 1), nnz=3,
       layout=torch.sparse_bsr)
>>> dense.to_sparse_bsc((2, 1), 1)
tensor(ccol_indices=tensor([0, 1, 2, 3]),
       row_indices=tensor([0, 1, 0]),
       values=tensor([[[[1.]],

                       [[1.]]],


                      [[[1.]],

                       [[1.]]],


                      [[[1.]],

                       [[1.]]]]), size=(4, 3, 1), nnz=3,
       layout=torch.sparse_bsc)
>>> dense.to_sparse_bsr((3, 1), 1)
RuntimeError: dense_to_sparse_bsr: tensor sparse size (4,3) must be divisible by given blocksize (3,1)
>>> torch.eye(4).to_sparse_csr().to_sparse_bsr((3, 1))
RuntimeError: sparse_compressed_to_sparse_bsr: tensor sparse size (4,4) must be divisible by given blocksize (3,1)
>>> torch.eye(4).to_sparse().to_sparse_bsr((2, 2))
tensor(crow_indices=tensor([0, 1, 2]),
       col_indices=tensor([0, 1]),
       values=tensor([[[1., 0.],
                       [0., 1.]],

                      [[1., 0.],
                       [0., 1.]]]), size=(4, 4), nnz=2,
       layout=torch.sparse_bsr)
>>> torch.eye(4).to_sparse_bsr((2, 2)).to_sparse_bsr((1, 1))
RuntimeError: to_sparse_bsr: conversion from SparseBsr to SparseBsr with blocksize changed from [2, 2] to [1, 1] is not supported
>>> torch.eye(4).to_sparse_bsr((2, 2)).to_sparse_bsc((2, 2))
tensor(ccol_indices=tensor([0, 1, 2]),
       row_indices=tensor([0, 1]),
       values=tensor([[[1., 0.],
                       [0., 1.]],

                      [[1., 0.],
                       [0., 1.]]]), size=(4, 4), nnz=2,
       layout=torch.sparse_bsc)
>>> torch.eye(4).to_sparse_bsr((2, 2)).to_sparse()
tensor(indices=tensor([[0, 0, 1, 1, 2, 2, 3, 3],
                       [0, 1, 0, 1, 2, 3, 2, 3]]),
       values=tensor([1., 0., 0., 1., 1., 0., 0., 1.]),
       size=(4, 4), nnz=8, layout=torch.sparse_coo)
>>> torch.eye(2).to_sparse_bsr((1, 1)).to_sparse_csr()
RuntimeError: sparse_compressed_to_sparse_csr: expected SparseCsr or SparseCsc layout but got SparseBsr
>>> torch.eye(2).to_sparse().to_sparse_csr(1)
RuntimeError: coo_to_sparse_csr: conversion from Sparse to SparseCsr with dense_dim argument given is not supported
>>> torch.ones(2, 2, 1).to_sparse(2).to_sparse_csr()
tensor(crow_indices=tensor([0, 2, 4]),
       col_indices=tensor([0, 1, 0, 1]),
       values=tensor([[1.],
                      [1.],
                      [1.],
                      [1.]]), size=(2, 2, 1), nnz=4, layout=torch.sparse_csr)
>>> torch.ones(2, 2, 1).to_sparse(1).to_sparse_csr()
RuntimeError: coo_to_sparse_csr: conversion from Sparse to SparseCsr for input tensors with sparse_dim()!=2 is not supported
>>> torch.ones(2, 2).to_sparse().to_sparse(1)
RuntimeError: to_sparse: conversion from Sparse to Sparse with sparse_dim argument !=self.sparse_dim() is not supported
>>> torch.ones(2, 2).to_sparse_csr().to_sparse(1)
RuntimeError: sparse_compressed_to_sparse: conversion from SparseCsr to Sparse with sparse_dim argument !=2 is not supported
>>> torch.ones(2, 2).to_sparse_csr().to_sparse()
tensor(indices=tensor([[0, 0, 1, 1],
                       [0, 1, 0, 1]]),
       values=tensor([1., 1., 1., 1.]),
       size=(2, 2), nnz=4, layout=torch.sparse_coo)
>>> torch.ones(2, 2).to_sparse_csc().to_sparse_csr()
tensor(crow_indices=tensor([0, 2, 4]),
       col_indices=tensor([0, 1, 0, 1]),
       values=tensor([1., 1., 1., 1.]), size=(2, 2), nnz=4,
       layout=torch.sparse_csr)
>>> csr = torch.eye(5, 5).to_sparse_csr()
>>> csr.crow_indices()
tensor([0, 1, 2, 3, 4, 5])
>>> csr.col_indices()
tensor([0, 1, 2, 3, 4])
>>> csr.values()
tensor([1., 1., 1., 1., 1.])
>>> csc = torch.eye(3).to_sparse_csc()
>>> csc.ccol_indices()
tensor([0, 1, 2, 3])
>>> csc.row_indices()
tensor([0, 1, 2])
>>> csr.ccol_indices()
RuntimeError: ccol_indices expected sparse column compressed tensor layout but got SparseCsr
>>> csc.crow_indices()
RuntimeError: crow_indices expected sparse row compressed tensor layout but got SparseCsc
>>> torch.eye(2).crow_indices()
RuntimeError: crow_indices expected sparse row compressed tensor layout but got Strided
>>> torch.eye(2).to_sparse().col_indices()
RuntimeError: col_indices expected sparse row compressed tensor layout but got Sparse
>>> torch.eye(2).to_sparse().row_indices()
RuntimeError: row_indices expected sparse column compressed tensor layout but got Sparse
>>> torch.eye(2).indices()
RuntimeError: indices expected sparse coordinate tensor layout but got Strided
>>> torch.eye(2).values()
RuntimeError: values expected sparse tensor layout but got Strided
>>> csr.indices()
RuntimeError: indices expected sparse coordinate tensor layout but got SparseCsr
>>> coo = torch.eye(3).to_sparse()
>>> coo.indices()
tensor([[0, 1, 2],
        [0, 1, 2]])
>>> coo.values()
tensor([1., 1., 1.])
>>> coo.sparse_dim(), coo.dense_dim(), csr.sparse_dim(), csr.dense_dim()
(2, 0, 2, 0)
>>> torch.ones(2, 3).sparse_dim(), torch.ones(2, 3).dense_dim()
(0, 2)
>>> torch.ones(2, 3, 4).to_sparse(1).dense_dim()
2
>>> coo.is_coalesced()
True
>>> csr.is_coalesced()
RuntimeError: is_coalesced expected sparse coordinate tensor layout but got SparseCsr
>>> torch.eye(2).is_coalesced()
RuntimeError: is_coalesced expected sparse coordinate tensor layout but got Strided
>>> coo.shape, coo.layout, coo.is_sparse, csr.is_sparse, csr.layout
(torch.Size([3, 3]), torch.sparse_coo, True, False, torch.sparse_csr)
>>> coo.numel(), coo.dim(), coo.size(), coo.ndim, coo.dtype
(9, 2, torch.Size([3, 3]), 2, torch.float32)
>>> type(coo)
<class 'torch.Tensor'>
>>> isinstance(csr, torch.Tensor)
True
>>> torch.crow_indices_copy(csr)
tensor([0, 1, 2, 3, 4, 5])
>>> torch.col_indices_copy(csr)
tensor([0, 1, 2, 3, 4])
>>> torch.ccol_indices_copy(csc)
tensor([0, 1, 2, 3])
>>> torch.row_indices_copy(csc)
tensor([0, 1, 2])
>>> torch.values_copy(csr)
tensor([1., 1., 1., 1., 1.])
>>> torch.values_copy(torch.eye(2).to_sparse_bsr((1, 1)))
tensor([[[1.]],

        [[1.]]])
>>> torch.ccol_indices_copy(csr)
RuntimeError: ccol_indices expected sparse column compressed tensor layout but got SparseCsr
>>> torch.indices_copy(torch.eye(2))
RuntimeError: indices expected sparse coordinate tensor layout but got Strided
>>> torch.values_copy(torch.eye(2))
RuntimeError: values expected sparse tensor layout but got Strided
>>> torch.crow_indices_copy(torch.eye(2))
RuntimeError: crow_indices expected sparse row compressed tensor layout but got Strided
>>> out = torch.zeros(3, dtype=torch.long)
>>> torch.row_indices_copy(csc, out=out)
tensor([0, 1, 2])
>>> out
tensor([0, 1, 2])
>>> i = torch.tensor([[0, 1, 1], [2, 0, 2]])
>>> v = torch.tensor([3, 4, 5], dtype=torch.float32)
>>> torch.sparse_coo_tensor(i, v, [2, 4])
tensor(indices=tensor([[0, 1, 1],
                       [2, 0, 2]]),
       values=tensor([3., 4., 5.]),
       size=(2, 4), nnz=3, layout=torch.sparse_coo)
>>> torch.sparse_coo_tensor(i, v)
tensor(indices=tensor([[0, 1, 1],
                       [2, 0, 2]]),
       values=tensor([3., 4., 5.]),
       size=(2, 3), nnz=3, layout=torch.sparse_coo)
>>> torch.sparse_coo_tensor(i, v, [2, 4], dtype=torch.float64)
tensor(indices=tensor([[0, 1, 1],
                       [2, 0, 2]]),
       values=tensor([3., 4., 5.]),
       size=(2, 4), nnz=3, dtype=torch.float64, layout=torch.sparse_coo)
>>> S = torch.sparse_coo_tensor(torch.empty([1, 0]), [], [1])
>>> S
tensor(indices=tensor([], size=(1, 0)),
       values=tensor([], size=(0,)),
       size=(1,), nnz=0, layout=torch.sparse_coo)
>>> S = torch.sparse_coo_tensor(torch.empty([1, 0]), torch.empty([0, 2]), [1, 2])
>>> S
tensor(indices=tensor([], size=(1, 0)),
       values=tensor([], size=(0, 2)),
       size=(1, 2), nnz=0, layout=torch.sparse_coo)
>>> torch.sparse_coo_tensor(i, v).is_coalesced()
False
>>> torch.sparse_coo_tensor(i, torch.tensor([1., 2.]))
RuntimeError: indices and values must have same nnz, but got nnz from indices: 3, nnz from values: 2
>>> torch.sparse_coo_tensor(torch.tensor([0, 1]), v)
RuntimeError: indices must be sparse_dim x nnz, but got: [2]
>>> torch.sparse_coo_tensor(i, v, (2, 3, 4))
RuntimeError: 'len(size) == sparse_dim + dense_dim' is not satisfied: len(size) = 3, sparse_dim = 2, dense_dim = 0
>>> torch.sparse_coo_tensor(i, v).indices()
RuntimeError: Cannot get indices on an uncoalesced tensor, please call .coalesce() first
>>> torch.sparse_coo_tensor(i, v).values()
RuntimeError: Cannot get values on an uncoalesced tensor, please call .coalesce() first
>>> torch.sparse_coo_tensor(i, v, requires_grad=True)
tensor(indices=tensor([[0, 1, 1],
                       [2, 0, 2]]),
       values=tensor([3., 4., 5.]),
       size=(2, 3), nnz=3, layout=torch.sparse_coo, requires_grad=True)
>>> torch.sparse_coo_tensor([[0], [1]], [1], dtype=torch.float32)
tensor(indices=tensor([[0],
                       [1]]),
       values=tensor([1.]),
       size=(1, 2), nnz=1, layout=torch.sparse_coo)
>>> torch.sparse_coo_tensor([[0], [1]], 1)
tensor(indices=tensor([[0],
                       [1]]),
       values=tensor([1]),
       size=(1, 2), nnz=1, layout=torch.sparse_coo)
>>> torch.sparse_coo_tensor([[0], [1]], [[1, 2]])
tensor(indices=tensor([[0],
                       [1]]),
       values=tensor([[1, 2]]),
       size=(1, 2, 2), nnz=1, layout=torch.sparse_coo)
>>> torch.sparse_coo_tensor(torch.tensor([[0], [1]]), torch.tensor([1.])).is_coalesced()
True
>>> u = torch.sparse_coo_tensor([[1, 0, 1], [1, 0, 1]], [1., 2, 3], (2, 2))
>>> u
tensor(indices=tensor([[1, 0, 1],
                       [1, 0, 1]]),
       values=tensor([1., 2., 3.]),
       size=(2, 2), nnz=3, layout=torch.sparse_coo)
>>> u.to_dense()
tensor([[2., 0.],
        [0., 4.]])
>>> u.coalesce()
tensor(indices=tensor([[0, 1],
                       [0, 1]]),
       values=tensor([2., 4.]),
       size=(2, 2), nnz=2, layout=torch.sparse_coo)
>>> u.coalesce().is_coalesced()
True
>>> u.to_sparse_csr()
tensor(crow_indices=tensor([0, 1, 2]),
       col_indices=tensor([0, 1]),
       values=tensor([2., 4.]), size=(2, 2), nnz=2, layout=torch.sparse_csr)
>>> u.sparse_dim(), u.dense_dim()
(2, 0)
>>> torch.eye(2).coalesce()
RuntimeError: coalesce expected sparse coordinate tensor layout but got Strided
>>> csr.coalesce()
RuntimeError: coalesce expected sparse coordinate tensor layout but got SparseCsr
>>> torch.sparse_compressed_tensor(torch.tensor([0, 2, 4]), torch.tensor([0, 1, 0, 1]), torch.tensor([1, 2, 3, 4]), dtype=torch.double, layout=torch.sparse_csr)
tensor(crow_indices=tensor([0, 2, 4]),
       col_indices=tensor([0, 1, 0, 1]),
       values=tensor([1., 2., 3., 4.]), size=(2, 2), nnz=4,
       dtype=torch.float64, layout=torch.sparse_csr)
>>> torch.sparse_compressed_tensor(torch.tensor([0, 2, 4]), torch.tensor([0, 1, 0, 1]), torch.tensor([1, 2, 3, 4]))
RuntimeError: sparse_compressed_tensor expected sparse compressed tensor layout but got none
>>> torch.sparse_compressed_tensor(torch.tensor([0, 2, 4]), torch.tensor([0, 1, 0, 1]), torch.tensor([1, 2, 3, 4]), layout=torch.strided)
RuntimeError: sparse_compressed_tensor expected sparse compressed tensor layout but got Strided
>>> torch.sparse_csr_tensor(torch.tensor([0, 2, 4]), torch.tensor([0, 1, 0, 1]), torch.tensor([1, 2, 3, 4]), dtype=torch.double)
tensor(crow_indices=tensor([0, 2, 4]),
       col_indices=tensor([0, 1, 0, 1]),
       values=tensor([1., 2., 3., 4.]), size=(2, 2), nnz=4,
       dtype=torch.float64, layout=torch.sparse_csr)
>>> torch.sparse_csr_tensor(torch.tensor([0, 2, 4]), torch.tensor([0, 1, 0, 1]), torch.tensor([1, 2, 3, 4]), (3, 3))
tensor(crow_indices=tensor([0, 2, 4]),
       col_indices=tensor([0, 1, 0, 1]),
       values=tensor([1, 2, 3, 4]), size=(3, 3), nnz=4,
       layout=torch.sparse_csr)
>>> c32 = torch.sparse_csr_tensor(torch.tensor([0, 2, 4], dtype=torch.int32), torch.tensor([0, 1, 0, 1], dtype=torch.int32), torch.tensor([1, 2, 3, 4]))
>>> c32
tensor(crow_indices=tensor([0, 2, 4]),
       col_indices=tensor([0, 1, 0, 1]),
       values=tensor([1, 2, 3, 4]), size=(2, 2), nnz=4,
       layout=torch.sparse_csr)
>>> c32.crow_indices()
tensor([0, 2, 4], dtype=torch.int32)
>>> torch.sparse_csr_tensor([0, 2, 4], [0, 1, 0, 1], [1., 2, 3, 4], requires_grad=True)
tensor(crow_indices=tensor([0, 2, 4]),
       col_indices=tensor([0, 1, 0, 1]),
       values=tensor([1., 2., 3., 4.]), size=(2, 2), nnz=4,
       layout=torch.sparse_csr, requires_grad=True)
>>> torch.sparse_csc_tensor(torch.tensor([0, 2, 4]), torch.tensor([0, 1, 0, 1]), torch.tensor([1, 2, 3, 4]), dtype=torch.double)
tensor(ccol_indices=tensor([0, 2, 4]),
       row_indices=tensor([0, 1, 0, 1]),
       values=tensor([1., 2., 3., 4.]), size=(2, 2), nnz=4,
       dtype=torch.float64, layout=torch.sparse_csc)
>>> torch.sparse_bsr_tensor(torch.tensor([0, 1, 2]), torch.tensor([0, 1]), torch.tensor([[[1, 2], [3, 4]], [[5, 6], [7, 8]]]), dtype=torch.double)
tensor(crow_indices=tensor([0, 1, 2]),
       col_indices=tensor([0, 1]),
       values=tensor([[[1., 2.],
                       [3., 4.]],

                      [[5., 6.],
                       [7., 8.]]]), size=(4, 4), nnz=2, dtype=torch.float64,
       layout=torch.sparse_bsr)
>>> torch.sparse_bsc_tensor(torch.tensor([0, 1, 2]), torch.tensor([0, 1]), torch.tensor([[[1, 2], [3, 4]], [[5, 6], [7, 8]]]), dtype=torch.double)
tensor(ccol_indices=tensor([0, 1, 2]),
       row_indices=tensor([0, 1]),
       values=tensor([[[1., 2.],
                       [3., 4.]],

                      [[5., 6.],
                       [7., 8.]]]), size=(4, 4), nnz=2, dtype=torch.float64,
       layout=torch.sparse_bsc)
>>> torch.sparse_bsr_tensor([0, 1, 2], [0, 1], torch.ones(2, 2, 3))
tensor(crow_indices=tensor([0, 1, 2]),
       col_indices=tensor([0, 1]),
       values=tensor([[[1., 1., 1.],
                       [1., 1., 1.]],

                      [[1., 1., 1.],
                       [1., 1., 1.]]]), size=(4, 6), nnz=2,
       layout=torch.sparse_bsr)
>>> torch.sparse_bsr_tensor([0, 1, 2], [0, 1], torch.ones(2, 2, 3)).to_dense()
tensor([[1., 1., 1., 0., 0., 0.],
        [1., 1., 1., 0., 0., 0.],
        [0., 0., 0., 1., 1., 1.],
        [0., 0., 0., 1., 1., 1.]])
>>> torch.sparse_bsc_tensor([0, 1, 2], [1, 0], torch.arange(8.).reshape(2, 2, 2)).to_dense()
tensor([[0., 0., 4., 5.],
        [0., 0., 6., 7.],
        [0., 1., 0., 0.],
        [2., 3., 0., 0.]])
>>> nse = 5
>>> dims = (5, 5, 2, 2)
>>> I = torch.cat([torch.randint(0, dims[0], size=(nse,)), torch.randint(0, dims[1], size=(nse,))], 0).reshape(2, nse)
>>> V = torch.randn(nse, dims[2], dims[3])
>>> S = torch.sparse_coo_tensor(I, V, dims).coalesce()
>>> D = torch.randn(dims)
>>> D.sparse_mask(S)
tensor(indices=tensor([[0, 1, 1, 3],
                       [1, 1, 2, 4]]),
       values=tensor([[[-2.0784,  1.1711],
                       [ 0.0975,  0.9634]],

                      [[ 0.3462,  0.9711],
                       [ 1.4503, -0.0519]],

                      [[-0.6284, -0.1420],
                       [-0.5341, -0.5234]],

                      [[-0.6147, -0.0235],
                       [ 1.1717,  0.3987]]]),
       size=(5, 5, 2, 2), nnz=4, layout=torch.sparse_coo)
>>> torch.ones(2, 2).sparse_mask(torch.eye(2).to_sparse_csr())
tensor(crow_indices=tensor([0, 1, 2]),
       col_indices=tensor([0, 1]),
       values=tensor([1., 1.]), size=(2, 2), nnz=2, layout=torch.sparse_csr)
>>> torch.ones(2, 2).to_sparse().sparse_mask(torch.eye(2).to_sparse())
tensor(indices=tensor([[0, 1],
                       [0, 1]]),
       values=tensor([1., 1.]),
       size=(2, 2), nnz=2, layout=torch.sparse_coo)
>>> torch.ones(2, 2).sparse_mask(u)
tensor(indices=tensor([[1, 0, 1],
                       [1, 0, 1]]),
       values=tensor([1., 1., 1.]),
       size=(2, 2), nnz=3, layout=torch.sparse_coo)
>>> torch.ones(3, 3).sparse_mask(torch.eye(2).to_sparse())
RuntimeError: sparse_mask(): operands have incompatible sizes; self has size [3, 3] but mask has size [2, 2]
>>> torch.eye(2).to_sparse().double().requires_grad_()
tensor(indices=tensor([[0, 1],
                       [0, 1]]),
       values=tensor([1., 1.]),
       size=(2, 2), nnz=2, dtype=torch.float64, layout=torch.sparse_coo,
       requires_grad=True)
>>> torch.tensor([[True, False], [False, True]]).to_sparse()
tensor(indices=tensor([[0, 1],
                       [0, 1]]),
       values=tensor([True, True]),
       size=(2, 2), nnz=2, layout=torch.sparse_coo)
>>> torch.tensor([[1 + 2j, 0], [0, 3j]]).to_sparse()
tensor(indices=tensor([[0, 1],
                       [0, 1]]),
       values=tensor([1.+2.j, 0.+3.j]),
       size=(2, 2), nnz=2, layout=torch.sparse_coo)
>>> torch.eye(2, dtype=torch.float16).to_sparse_csc()
tensor(ccol_indices=tensor([0, 1, 2]),
       row_indices=tensor([0, 1]),
       values=tensor([1., 1.]), size=(2, 2), nnz=2, dtype=torch.float16,
       layout=torch.sparse_csc)
>>> big = torch.arange(1., 2001.).reshape(2, 1000)
>>> big.to_sparse()
tensor(indices=tensor([[  0,   0,   0,  ...,   1,   1,   1],
                       [  0,   1,   2,  ..., 997, 998, 999]]),
       values=tensor([1.0000e+00, 2.0000e+00, 3.0000e+00,  ...,
                      1.9980e+03, 1.9990e+03, 2.0000e+03]),
       size=(2, 1000), nnz=2000, layout=torch.sparse_coo)
>>> torch.ones(2, 3, 4).to_sparse(2)
tensor(indices=tensor([[0, 0, 0, 1, 1, 1],
                       [0, 1, 2, 0, 1, 2]]),
       values=tensor([[1., 1., 1., 1.],
                      [1., 1., 1., 1.],
                      [1., 1., 1., 1.],
                      [1., 1., 1., 1.],
                      [1., 1., 1., 1.],
                      [1., 1., 1., 1.]]),
       size=(2, 3, 4), nnz=6, layout=torch.sparse_coo)
>>> a = torch.tensor([[1., 0], [0, 3]]).to_sparse().requires_grad_()
>>> a
tensor(indices=tensor([[0, 1],
                       [0, 1]]),
       values=tensor([1., 3.]),
       size=(2, 2), nnz=2, layout=torch.sparse_coo, requires_grad=True)
>>> da = a.to_dense()
>>> da
tensor([[1., 0.],
        [0., 3.]], grad_fn=<ToDenseBackward0>)
>>> (da * torch.tensor([[1., 2], [3, 4]])).sum().backward()
>>> a.grad
tensor(indices=tensor([[0, 1],
                       [0, 1]]),
       values=tensor([1., 4.]),
       size=(2, 2), nnz=2, layout=torch.sparse_coo)
>>> a.grad.is_coalesced()
False
>>> (a.to_dense() * torch.tensor([[1., 2], [3, 4]])).sum().backward()
>>> a.grad
tensor(indices=tensor([[0, 1],
                       [0, 1]]),
       values=tensor([2., 8.]),
       size=(2, 2), nnz=2, layout=torch.sparse_coo)
>>> w = torch.tensor([[1., 0.], [2., 3.]], requires_grad=True)
>>> w.to_sparse()
tensor(indices=tensor([[0, 1, 1],
                       [0, 0, 1]]),
       values=tensor([1., 2., 3.]),
       size=(2, 2), nnz=3, layout=torch.sparse_coo, grad_fn=<ToSparseBackward1>)
>>> w.to_sparse(2)
tensor(indices=tensor([[0, 1, 1],
                       [0, 0, 1]]),
       values=tensor([1., 2., 3.]),
       size=(2, 2), nnz=3, layout=torch.sparse_coo, grad_fn=<ToSparseBackward0>)
>>> w.to_sparse_coo()
tensor(indices=tensor([[0, 1, 1],
                       [0, 0, 1]]),
       values=tensor([1., 2., 3.]),
       size=(2, 2), nnz=3, layout=torch.sparse_coo, grad_fn=<ToSparseBackward1>)
>>> w.to_sparse_csr()
tensor(crow_indices=tensor([0, 1, 3]),
       col_indices=tensor([0, 0, 1]),
       values=tensor([1., 2., 3.]), size=(2, 2), nnz=3,
       layout=torch.sparse_csr, grad_fn=<ToSparseCsrBackward0>)
>>> w.to_sparse_csc()
tensor(ccol_indices=tensor([0, 2, 3]),
       row_indices=tensor([0, 1, 1]),
       values=tensor([1., 2., 3.]), size=(2, 2), nnz=3,
       layout=torch.sparse_csc, grad_fn=<ToSparseCscBackward0>)
>>> w.to_sparse_bsr((1, 1))
tensor(crow_indices=tensor([0, 1, 3]),
       col_indices=tensor([0, 0, 1]),
       values=tensor([[[1.]],

                      [[2.]],

                      [[3.]]]), size=(2, 2), nnz=3, layout=torch.sparse_bsr,
       grad_fn=<ToSparseBsrBackward0>)
>>> w.to_sparse_bsc((1, 1))
tensor(ccol_indices=tensor([0, 2, 3]),
       row_indices=tensor([0, 1, 1]),
       values=tensor([[[1.]],

                      [[2.]],

                      [[3.]]]), size=(2, 2), nnz=3, layout=torch.sparse_bsc,
       grad_fn=<ToSparseBscBackward0>)
>>> w.to_sparse(layout=torch.sparse_csr)
tensor(crow_indices=tensor([0, 1, 3]),
       col_indices=tensor([0, 0, 1]),
       values=tensor([1., 2., 3.]), size=(2, 2), nnz=3,
       layout=torch.sparse_csr, grad_fn=<ToSparseBackward1>)
>>> w.to_sparse().to_sparse_csr()
tensor(crow_indices=tensor([0, 1, 3]),
       col_indices=tensor([0, 0, 1]),
       values=tensor([1., 2., 3.]), size=(2, 2), nnz=3,
       layout=torch.sparse_csr, grad_fn=<ToSparseCsrBackward0>)
>>> w.to_sparse_csr().to_sparse()
tensor(indices=tensor([[0, 1, 1],
                       [0, 0, 1]]),
       values=tensor([1., 2., 3.]),
       size=(2, 2), nnz=3, layout=torch.sparse_coo, grad_fn=<ToSparseBackward1>)
>>> w.to_sparse().values()
tensor([1., 2., 3.], grad_fn=<ValuesBackward0>)
>>> w.to_sparse().indices()
tensor([[0, 1, 1],
        [0, 0, 1]])
>>> w.to_sparse().coalesce()
tensor(indices=tensor([[0, 1, 1],
                       [0, 0, 1]]),
       values=tensor([1., 2., 3.]),
       size=(2, 2), nnz=3, layout=torch.sparse_coo, grad_fn=<ToSparseBackward1>)
>>> w.sparse_mask(torch.eye(2).to_sparse())
tensor(indices=tensor([[0, 1],
                       [0, 1]]),
       values=tensor([1., 3.]),
       size=(2, 2), nnz=2, layout=torch.sparse_coo,
       grad_fn=<SparseMaskBackward0>)
>>> ws = w.to_sparse_csr()
>>> (ws.to_dense() * torch.tensor([[1., 2], [3, 4]])).sum().backward()
>>> w.grad
tensor([[1., 0.],
        [3., 4.]])
>>> w.grad = None
>>> (w.to_sparse().values() * torch.tensor([1., 2, 3])).sum().backward()
>>> w.grad
tensor([[1., 0.],
        [2., 3.]])
>>> w.grad = None
>>> w.sparse_mask(torch.eye(2).to_sparse()).to_dense().sum().backward()
>>> w.grad
tensor([[1., 0.],
        [0., 1.]])
>>> w.grad = None
>>> w.to_sparse_bsr((1, 2)).to_dense().sum().backward()
>>> w.grad
tensor([[1., 1.],
        [1., 1.]])
>>> w.grad = None
>>> w.to_sparse().to_sparse_csr().to_dense().pow(2).sum().backward()
>>> w.grad
tensor([[2., 0.],
        [4., 6.]])
>>> c = torch.tensor([[1., 0], [0, 3]]).to_sparse_csr().requires_grad_()
>>> (c.to_dense() * torch.tensor([[1., 2], [3, 4]])).sum().backward()
>>> c.grad
tensor(crow_indices=tensor([0, 1, 2]),
       col_indices=tensor([0, 1]),
       values=tensor([1., 4.]), size=(2, 2), nnz=2, layout=torch.sparse_csr)
>>> uv = torch.tensor([1., 2, 3], requires_grad=True)
>>> us = torch.sparse_coo_tensor([[1, 0, 1], [1, 0, 1]], uv, (2, 2))
>>> us
tensor(indices=tensor([[1, 0, 1],
                       [1, 0, 1]]),
       values=tensor([1., 2., 3.]),
       size=(2, 2), nnz=3, layout=torch.sparse_coo,
       grad_fn=<SparseCooTensorWithDimsAndTensorsBackward0>)
>>> (us.to_dense() * torch.tensor([[1., 2], [3, 4]])).sum().backward()
>>> uv.grad
tensor([4., 1., 4.])
>>> a = torch.tensor([[1., 0, 2], [0, 3, 0]]).to_sparse().requires_grad_()
>>> a
tensor(indices=tensor([[0, 0, 1],
                       [0, 2, 1]]),
       values=tensor([1., 2., 3.]),
       size=(2, 3), nnz=3, layout=torch.sparse_coo, requires_grad=True)
>>> b = torch.tensor([[0, 1.], [2, 0], [0, 0]], requires_grad=True)
>>> b
tensor([[0., 1.],
        [2., 0.],
        [0., 0.]], requires_grad=True)
>>> y = torch.sparse.mm(a, b)
>>> y
tensor([[0., 1.],
        [6., 0.]], grad_fn=<SparseAddmmBackward0>)
>>> y.sum().backward()
>>> a.grad
tensor(indices=tensor([[0, 0, 1],
                       [0, 2, 1]]),
       values=tensor([1., 0., 2.]),
       size=(2, 3), nnz=3, layout=torch.sparse_coo)
>>> b.grad
tensor([[1., 1.],
        [3., 3.],
        [2., 2.]])
>>> c = a.detach().to_sparse_csr()
>>> c
tensor(crow_indices=tensor([0, 2, 3]),
       col_indices=tensor([0, 2, 1]),
       values=tensor([1., 2., 3.]), size=(2, 3), nnz=3,
       layout=torch.sparse_csr)
>>> y1 = torch.sparse.mm(c, b, 'sum')
>>> y1
tensor([[0., 1.],
        [6., 0.]], grad_fn=<SparseMmReduceImplBackward0>)
>>> y2 = torch.sparse.mm(c, b, 'max')
>>> y2
tensor([[0., 1.],
        [6., 0.]], grad_fn=<SparseMmReduceImplBackward0>)
>>> torch.sparse.mm(c, b, 'mean')
tensor([[0.0000, 0.5000],
        [6.0000, 0.0000]], grad_fn=<SparseMmReduceImplBackward0>)
>>> cg = c.requires_grad_()
>>> yc = torch.sparse.mm(cg, b)
>>> yc
tensor([[0., 1.],
        [6., 0.]], grad_fn=<SparseAddmmBackward0>)
>>> yc.sum().backward()
>>> cg.grad
tensor(crow_indices=tensor([0, 2, 3]),
       col_indices=tensor([0, 2, 1]),
       values=tensor([1., 0., 2.]), size=(2, 3), nnz=3,
       layout=torch.sparse_csr)
>>> s = torch.tensor([[1., 0, 2], [0, 3, 0]]).to_sparse()
>>> d = torch.tensor([[0, 1.], [2, 0], [0, 0]])
>>> m = torch.ones(2, 2)
>>> torch.hspmm(s, d)
tensor(indices=tensor([[0, 1]]),
       values=tensor([[0., 1.],
                      [6., 0.]]),
       size=(2, 2), nnz=2, layout=torch.sparse_coo)
>>> torch.smm(s, d)
tensor(indices=tensor([[0, 0, 1, 1],
                       [0, 1, 0, 1]]),
       values=tensor([0., 1., 6., 0.]),
       size=(2, 2), nnz=4, layout=torch.sparse_coo)
>>> s.smm(d)
tensor(indices=tensor([[0, 0, 1, 1],
                       [0, 1, 0, 1]]),
       values=tensor([0., 1., 6., 0.]),
       size=(2, 2), nnz=4, layout=torch.sparse_coo)
>>> torch.smm(d, d)
RuntimeError: tensor.sspaddmm(...) can only be called on sparse tensors
>>> torch.saddmm(m.to_sparse(), s, d)
tensor(indices=tensor([[0, 0, 1, 1, 0, 0, 1, 1],
                       [0, 1, 0, 1, 0, 1, 0, 1]]),
       values=tensor([1., 1., 1., 1., 0., 1., 6., 0.]),
       size=(2, 2), nnz=8, layout=torch.sparse_coo)
>>> torch.sspaddmm(m.to_sparse(), s, d)
tensor(indices=tensor([[0, 0, 1, 1, 0, 0, 1, 1],
                       [0, 1, 0, 1, 0, 1, 0, 1]]),
       values=tensor([1., 1., 1., 1., 0., 1., 6., 0.]),
       size=(2, 2), nnz=8, layout=torch.sparse_coo)
>>> torch.sspaddmm(m.to_sparse(), s, d, beta=2, alpha=0.5)
tensor(indices=tensor([[0, 0, 1, 1, 0, 0, 1, 1],
                       [0, 1, 0, 1, 0, 1, 0, 1]]),
       values=tensor([2.0000, 2.0000, 2.0000, 2.0000, 0.0000, 0.5000, 3.0000,
                      0.0000]),
       size=(2, 2), nnz=8, layout=torch.sparse_coo)
>>> torch.saddmm(s, s, d)
RuntimeError: sspaddmm: Argument #1: Expected dim 1 size 2, got 3
>>> torch.sparse.addmm(m, s, d)
tensor([[1., 2.],
        [7., 1.]])
>>> torch.sparse.addmm(m, s, d, beta=2, alpha=0.5)
tensor([[2.0000, 2.5000],
        [5.0000, 2.0000]])
>>> torch.sparse.sum(s)
tensor(6.)
>>> torch.sparse.sum(s, 0)
tensor(indices=tensor([[0, 1, 2]]),
       values=tensor([1., 3., 2.]),
       size=(3,), nnz=3, layout=torch.sparse_coo)
>>> torch.sparse.sum(s, [0, 1])
tensor(6.)
>>> torch.sparse.sum(s, dim=1)
tensor(indices=tensor([[0, 1]]),
       values=tensor([3., 3.]),
       size=(2,), nnz=2, layout=torch.sparse_coo)
>>> torch.sparse.sum(torch.ones(2, 2))
RuntimeError: coalesce expected sparse coordinate tensor layout but got Strided
>>> torch.sparse.sum(s.to_sparse_csr())
RuntimeError: coalesce expected sparse coordinate tensor layout but got SparseCsr
>>> torch.sparse.mm(d, s)
tensor([[0., 3., 0.],
        [2., 0., 4.],
        [0., 0., 0.]])
>>> torch.sparse.mm(s, s.t())
tensor(indices=tensor([[0, 1],
                       [0, 1]]),
       values=tensor([5., 9.]),
       size=(2, 2), nnz=2, layout=torch.sparse_coo)
>>> torch.sparse.mm(torch.ones(2, 2, 2).to_sparse(), d)
RuntimeError: addmm: matrices expected, got 3D tensor
>>> torch.sparse.mm(s, torch.ones(2, 2))
RuntimeError: addmm: Argument #3 (dense): Expected dim 0 size 3, got 2
>>> s @ d
tensor([[0., 1.],
        [6., 0.]])
>>> s.to_sparse_csr() @ d
tensor([[0., 1.],
        [6., 0.]])
>>> q = s.clone().requires_grad_()
>>> yq = torch.sparse.sum(q, 1)
>>> yq
tensor(indices=tensor([[0, 1]]),
       values=tensor([3., 3.]),
       size=(2,), nnz=2, layout=torch.sparse_coo, grad_fn=<SparseSumBackward0>)
>>> yq = torch.sparse.sum(q)
>>> yq
tensor(6., grad_fn=<SumBackward0>)
>>> yq.backward()
>>> q.grad
tensor(indices=tensor([[0, 0, 1],
                       [0, 2, 1]]),
       values=tensor([1., 1., 1.]),
       size=(2, 3), nnz=3, layout=torch.sparse_coo)
>>> torch.sparse.addmm(m, q, d).sum().backward()
>>> q.grad
tensor(indices=tensor([[0, 0, 1],
                       [0, 2, 1]]),
       values=tensor([2., 1., 3.]),
       size=(2, 3), nnz=3, layout=torch.sparse_coo)
>>> diags = torch.arange(9).reshape(3, 3)
>>> s3 = torch.sparse.spdiags(diags, torch.tensor([0, -1, -2]), (3, 3))
>>> s3
tensor(indices=tensor([[0, 1, 2, 1, 2, 2],
                       [0, 1, 2, 0, 1, 0]]),
       values=tensor([0, 1, 2, 3, 4, 6]),
       size=(3, 3), nnz=6, layout=torch.sparse_coo)
>>> s3.to_dense()
tensor([[0, 0, 0],
        [3, 1, 0],
        [6, 4, 2]])
>>> s3.is_coalesced()
False
>>> s3 = torch.sparse.spdiags(diags, torch.tensor([0, -1, -2]), (3, 3), layout=torch.sparse_csr)
>>> s3
tensor(crow_indices=tensor([0, 1, 3, 6]),
       col_indices=tensor([0, 0, 1, 0, 1, 2]),
       values=tensor([0, 3, 1, 6, 4, 2]), size=(3, 3), nnz=6,
       layout=torch.sparse_csr)
>>> s3.to_dense()
tensor([[0, 0, 0],
        [3, 1, 0],
        [6, 4, 2]])
>>> torch.sparse.spdiags(torch.tensor([[1, 2], [3, 4]]), torch.tensor([0, -1]), (5, 5)).to_dense()
tensor([[1, 0, 0, 0, 0],
        [3, 2, 0, 0, 0],
        [0, 4, 0, 0, 0],
        [0, 0, 0, 0, 0],
        [0, 0, 0, 0, 0]])
>>> torch.sparse.spdiags(torch.tensor([[1, 2, 3], [1, 2, 3], [1, 2, 3]]), torch.tensor([0, 1, 2]), (5, 5)).to_dense()
tensor([[1, 2, 3, 0, 0],
        [0, 2, 3, 0, 0],
        [0, 0, 3, 0, 0],
        [0, 0, 0, 0, 0],
        [0, 0, 0, 0, 0]])
>>> torch.sparse.spdiags(diags, torch.tensor([0, 1, 2]), (5, 5))
tensor(indices=tensor([[0, 1, 2, 0, 1, 0],
                       [0, 1, 2, 1, 2, 2]]),
       values=tensor([0, 1, 2, 4, 5, 8]),
       size=(5, 5), nnz=6, layout=torch.sparse_coo)
>>> torch.sparse.spdiags(diags, torch.tensor([0, 1, 2]), (2, 5), layout=torch.sparse_csc)
tensor(ccol_indices=tensor([0, 1, 3, 5, 5, 5]),
       row_indices=tensor([0, 0, 1, 0, 1]),
       values=tensor([0, 4, 1, 8, 5]), size=(2, 5), nnz=5,
       layout=torch.sparse_csc)
>>> torch.sparse.spdiags(diags[0], torch.tensor([0]), (3, 3))
tensor(indices=tensor([[0, 1, 2],
                       [0, 1, 2]]),
       values=tensor([0, 1, 2]),
       size=(3, 3), nnz=3, layout=torch.sparse_coo)
>>> torch.sparse.spdiags(diags, torch.tensor([0, 1]), (3, 3))
RuntimeError: Number of diagonals (3) does not match the number of offsets (2)
>>> torch.sparse.spdiags(diags, torch.tensor([0, 0, 1]), (3, 3))
RuntimeError: Offset tensor contains duplicate values
>>> torch.sparse.spdiags(diags, [0, 1, 2], (3, 3))
TypeError: _spdiags(): argument 'offsets' (position 2) must be Tensor, not list
>>> torch.sparse.spdiags(diags, torch.tensor([0, 1, 2]), (3, 3), layout=torch.sparse_bsr)
RuntimeError: Only output layouts (Sparse, SparseCsc, SparseCsr) are supported, got SparseBsr
>>> dg = torch.arange(9.).reshape(3, 3).requires_grad_()
>>> sd = torch.sparse.spdiags(dg, torch.tensor([0, 1, 2]), (3, 3))
>>> sd
tensor(indices=tensor([[0, 1, 2, 0, 1, 0],
                       [0, 1, 2, 1, 2, 2]]),
       values=tensor([0., 1., 2., 4., 5., 8.]),
       size=(3, 3), nnz=6, layout=torch.sparse_coo, grad_fn=<NotImplemented>)
>>> sd.to_dense().sum().backward()
RuntimeError: derivative for aten::_spdiags is not implemented
>>> s.neg()
tensor(indices=tensor([[0, 0, 1],
                       [0, 2, 1]]),
       values=tensor([-1., -2., -3.]),
       size=(2, 3), nnz=3, layout=torch.sparse_coo)
>>> -s
tensor(indices=tensor([[0, 0, 1],
                       [0, 2, 1]]),
       values=tensor([-1., -2., -3.]),
       size=(2, 3), nnz=3, layout=torch.sparse_coo)
>>> s * 2
tensor(indices=tensor([[0, 0, 1],
                       [0, 2, 1]]),
       values=tensor([2., 4., 6.]),
       size=(2, 3), nnz=3, layout=torch.sparse_coo)
>>> 2 * s
tensor(indices=tensor([[0, 0, 1],
                       [0, 2, 1]]),
       values=tensor([2., 4., 6.]),
       size=(2, 3), nnz=3, layout=torch.sparse_coo)
>>> s / 2
tensor(indices=tensor([[0, 0, 1],
                       [0, 2, 1]]),
       values=tensor([0.5000, 1.0000, 1.5000]),
       size=(2, 3), nnz=3, layout=torch.sparse_coo)
>>> s.double()
tensor(indices=tensor([[0, 0, 1],
                       [0, 2, 1]]),
       values=tensor([1., 2., 3.]),
       size=(2, 3), nnz=3, dtype=torch.float64, layout=torch.sparse_coo)
>>> s.to(torch.float64)
tensor(indices=tensor([[0, 0, 1],
                       [0, 2, 1]]),
       values=tensor([1., 2., 3.]),
       size=(2, 3), nnz=3, dtype=torch.float64, layout=torch.sparse_coo)
>>> s.clone()
tensor(indices=tensor([[0, 0, 1],
                       [0, 2, 1]]),
       values=tensor([1., 2., 3.]),
       size=(2, 3), nnz=3, layout=torch.sparse_coo)
>>> s.to_sparse_csr().double()
tensor(crow_indices=tensor([0, 2, 3]),
       col_indices=tensor([0, 2, 1]),
       values=tensor([1., 2., 3.]), size=(2, 3), nnz=3, dtype=torch.float64,
       layout=torch.sparse_csr)
>>> s.to_sparse_csr() * 2
tensor(crow_indices=tensor([0, 2, 3]),
       col_indices=tensor([0, 2, 1]),
       values=tensor([2., 4., 6.]), size=(2, 3), nnz=3,
       layout=torch.sparse_csr)
>>> s.t()
tensor(indices=tensor([[0, 2, 1],
                       [0, 0, 1]]),
       values=tensor([1., 2., 3.]),
       size=(3, 2), nnz=3, layout=torch.sparse_coo)
>>> s.transpose(0, 1)
tensor(indices=tensor([[0, 2, 1],
                       [0, 0, 1]]),
       values=tensor([1., 2., 3.]),
       size=(3, 2), nnz=3, layout=torch.sparse_coo)
>>> s.to_sparse_csr().t()
tensor(ccol_indices=tensor([0, 2, 3]),
       row_indices=tensor([0, 2, 1]),
       values=tensor([1., 2., 3.]), size=(3, 2), nnz=3,
       layout=torch.sparse_csc)
>>> s.sum()
tensor(6.)
>>> s.sum(0)
tensor(indices=tensor([[0, 1, 2]]),
       values=tensor([1., 3., 2.]),
       size=(3,), nnz=3, layout=torch.sparse_coo)
>>> s + 1
RuntimeError: add(sparse, dense) is not supported. Use add(dense, sparse) instead.
>>> (s + s).is_coalesced()
True
>>> s + s
tensor(indices=tensor([[0, 0, 1],
                       [0, 2, 1]]),
       values=tensor([2., 4., 6.]),
       size=(2, 3), nnz=3, layout=torch.sparse_coo)
>>> s.numpy()
TypeError: can't convert Sparse layout tensor to numpy. Use Tensor.to_dense() first.
>>> s.tolist()
RuntimeError: Cannot access data pointer of Tensor that doesn't have storage
>>> s.to_sparse_csr().numpy()
TypeError: can't convert SparseCsr layout tensor to numpy. Use Tensor.to_dense() first.
>>> s2 = torch.tensor([[1., 0], [0, 2]]).to_sparse()
>>> d2 = torch.tensor([[1., 2], [3, 4]], requires_grad=True)
>>> c2 = s2.to_sparse_csr()
>>> d2 + s2
tensor([[2., 2.],
        [3., 6.]], grad_fn=<AddBackward0>)
>>> d2 - s2
tensor([[0., 2.],
        [3., 2.]], grad_fn=<SubBackward0>)
>>> d2 * s2
tensor(indices=tensor([[0, 1],
                       [0, 1]]),
       values=tensor([1., 8.]),
       size=(2, 2), nnz=2, layout=torch.sparse_coo, grad_fn=<MulBackward0>)
>>> s2 * d2
tensor(indices=tensor([[0, 1],
                       [0, 1]]),
       values=tensor([1., 8.]),
       size=(2, 2), nnz=2, layout=torch.sparse_coo, grad_fn=<MulBackward0>)
>>> 1 + s2
RuntimeError: add(sparse, dense) is not supported. Use add(dense, sparse) instead.
>>> d2 + c2
tensor([[2., 2.],
        [3., 6.]], grad_fn=<AddBackward0>)
>>> d2 - c2
RuntimeError: unsupported tensor layout: SparseCsr
>>> d2 * c2
tensor(crow_indices=tensor([0, 1, 2]),
       col_indices=tensor([0, 1]),
       values=tensor([1., 8.]), size=(2, 2), nnz=2, layout=torch.sparse_csr,
       grad_fn=<MulBackward0>)
>>> c2 * d2
tensor(crow_indices=tensor([0, 1, 2]),
       col_indices=tensor([0, 1]),
       values=tensor([1., 8.]), size=(2, 2), nnz=2, layout=torch.sparse_csr,
       grad_fn=<MulBackward0>)
>>> torch.ones(2) + s2
RuntimeError: add: expected 'self' and 'other' to have same size, but self has size [2] while other has size [2, 2] (FYI: dense-sparse addition does not currently support broadcasting)
>>> torch.ones(3, 3) - s2
RuntimeError: add: expected 'self' and 'other' to have same size, but self has size [3, 3] while other has size [2, 2] (FYI: dense-sparse addition does not currently support broadcasting)
>>> torch.ones(2) * s2
tensor(indices=tensor([[0, 1],
                       [0, 1]]),
       values=tensor([1., 2.]),
       size=(2, 2), nnz=2, layout=torch.sparse_coo)
>>> torch.ones(3, 3) * s2
RuntimeError: The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
>>> sd = s2.clone().requires_grad_()
>>> y = d2 * sd
>>> y.to_dense().sum().backward()
>>> d2.grad
tensor(indices=tensor([[0, 1],
                       [0, 1]]),
       values=tensor([1., 2.]),
       size=(2, 2), nnz=2, layout=torch.sparse_coo)
>>> sd.grad
tensor(indices=tensor([[0, 1],
                       [0, 1]]),
       values=tensor([1., 4.]),
       size=(2, 2), nnz=2, layout=torch.sparse_coo)
>>> d2.grad = None
>>> sd.grad = None
>>> y = d2 + sd
>>> y.sum().backward()
>>> d2.grad
tensor([[1., 1.],
        [1., 1.]])
>>> sd.grad
tensor([[1., 1.],
        [1., 1.]])
>>> d2 - sd
tensor([[0., 2.],
        [3., 2.]], grad_fn=<SubBackward0>)
>>> x2 = torch.tensor([[0.5, 0], [0, -0.25]])
>>> x2.to_sparse().abs()
tensor(indices=tensor([[0, 1],
                       [0, 1]]),
       values=tensor([0.5000, 0.2500]),
       size=(2, 2), nnz=2, layout=torch.sparse_coo)
>>> x2.to_sparse_csr().sin()
tensor(crow_indices=tensor([0, 1, 2]),
       col_indices=tensor([0, 1]),
       values=tensor([ 0.4794, -0.2474]), size=(2, 2), nnz=2,
       layout=torch.sparse_csr)
>>> x2.to_sparse().sqrt()
tensor(indices=tensor([[0, 1],
                       [0, 1]]),
       values=tensor([0.7071,    nan]),
       size=(2, 2), nnz=2, layout=torch.sparse_coo)
>>> x2.to_sparse().relu()
tensor(indices=tensor([[0, 1],
                       [0, 1]]),
       values=tensor([0.5000, 0.0000]),
       size=(2, 2), nnz=2, layout=torch.sparse_coo)
>>> x2.to_sparse().isnan()
tensor(indices=tensor([[0, 1],
                       [0, 1]]),
       values=tensor([False, False]),
       size=(2, 2), nnz=2, layout=torch.sparse_coo)
>>> x2.to_sparse_csr().sign()
tensor(crow_indices=tensor([0, 1, 2]),
       col_indices=tensor([0, 1]),
       values=tensor([ 1., -1.]), size=(2, 2), nnz=2, layout=torch.sparse_csr)
>>> x2.to_sparse_csc().erf()
tensor(ccol_indices=tensor([0, 1, 2]),
       row_indices=tensor([0, 1]),
       values=tensor([ 0.5205, -0.2763]), size=(2, 2), nnz=2,
       layout=torch.sparse_csc)
>>> x2.to_sparse().requires_grad_().tanh()
tensor(indices=tensor([[0, 1],
                       [0, 1]]),
       values=tensor([ 0.4621, -0.2449]),
       size=(2, 2), nnz=2, layout=torch.sparse_coo, grad_fn=<TanhBackward0>)
>>> torch.tensor([[2, 0], [0, -3]]).to_sparse().sqrt()
tensor(indices=tensor([[0, 1],
                       [0, 1]]),
       values=tensor([1.4142,    nan]),
       size=(2, 2), nnz=2, layout=torch.sparse_coo)
>>> torch.tensor([[2, 0], [0, -3]]).to_sparse().abs()
tensor(indices=tensor([[0, 1],
                       [0, 1]]),
       values=tensor([2, 3]),
       size=(2, 2), nnz=2, layout=torch.sparse_coo)
>>> u.sin()
tensor(indices=tensor([[0, 1],
                       [0, 1]]),
       values=tensor([ 0.9093, -0.7568]),
       size=(2, 2), nnz=2, layout=torch.sparse_coo)
>>> ua = u.clone().requires_grad_()
>>> (ua.abs().to_dense() * torch.tensor([[1., 2], [3, 4]])).sum().backward()
>>> ua.grad
tensor(indices=tensor([[0, 1],
                       [0, 1]]),
       values=tensor([1., 4.]),
       size=(2, 2), nnz=2, layout=torch.sparse_coo)
>>> s.exp()
NotImplementedError: Could not run 'aten::exp' with arguments from the 'SparseCPU' backend. This could be because the operator doesn't exist for this backend, or was omitted during the selective/custom build process (if using custom build). If you are a Facebook employee using PyTorch on mobile, please visit https://fburl.com/ptmfixes for possible resolutions.
>>> torch.exp(s)
NotImplementedError: Could not run 'aten::exp' with arguments from the 'SparseCPU' backend. This could be because the operator doesn't exist for this backend, or was omitted during the selective/custom build process (if using custom build). If you are a Facebook employee using PyTorch on mobile, please visit https://fburl.com/ptmfixes for possible resolutions.
>>> s.exp_()
NotImplementedError: Could not run 'aten::exp_' with arguments from the 'SparseCPU' backend. This could be because the operator doesn't exist for this backend, or was omitted during the selective/custom build process (if using custom build). If you are a Facebook employee using PyTorch on mobile, please visit https://fburl.com/ptmfixes for possible resolutions.
>>> torch.indices_copy(s)
NotImplementedError: Could not run 'aten::indices_copy' with arguments from the 'SparseCPU' backend. This could be because the operator doesn't exist for this backend, or was omitted during the selective/custom build process (if using custom build). If you are a Facebook employee using PyTorch on mobile, please visit https://fburl.com/ptmfixes for possible resolutions.
>>> torch.values_copy(s)
NotImplementedError: Could not run 'aten::values_copy' with arguments from the 'SparseCPU' backend. This could be because the operator doesn't exist for this backend, or was omitted during the selective/custom build process (if using custom build). If you are a Facebook employee using PyTorch on mobile, please visit https://fburl.com/ptmfixes for possible resolutions.
>>> torch.crow_indices_copy(s)
NotImplementedError: Could not run 'aten::crow_indices_copy' with arguments from the 'SparseCPU' backend. This could be because the operator doesn't exist for this backend, or was omitted during the selective/custom build process (if using custom build). If you are a Facebook employee using PyTorch on mobile, please visit https://fburl.com/ptmfixes for possible resolutions.
>>> torch.hspmm(d, d)
NotImplementedError: Could not run 'aten::hspmm' with arguments from the 'CPU' backend. This could be because the operator doesn't exist for this backend, or was omitted during the selective/custom build process (if using custom build). If you are a Facebook employee using PyTorch on mobile, please visit https://fburl.com/ptmfixes for possible resolutions.
>>> torch.sparse.mm(s, d, 'sum')
NotImplementedError: Could not run 'aten::_sparse_mm_reduce_impl' with arguments from the 'SparseCPU' backend. This could be because the operator doesn't exist for this backend, or was omitted during the selective/custom build process (if using custom build). If you are a Facebook employee using PyTorch on mobile, please visit https://fburl.com/ptmfixes for possible resolutions.
>>> g = s.double().requires_grad_()
>>> (g * 2).to_dense().sum().backward()
>>> g.grad
tensor(indices=tensor([[0, 0, 1],
                       [0, 2, 1]]),
       values=tensor([2., 2., 2.]),
       size=(2, 3), nnz=3, dtype=torch.float64, layout=torch.sparse_coo)
