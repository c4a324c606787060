"""Sparse tensors: torch.sparse_coo and the compressed layouts (CSR, CSC, BSR, BSC).

Imported the first time a script makes or converts to a sparse tensor (the
ops in ``engine/ops/sparse_ops.py`` import these modules inside their
bodies), so start-up does not pay for it.

- ``data.py``: ``SparseData``, the components a sparse tensor holds in place
  of an array, and the error PyTorch raises for an op without a sparse kernel;
- ``tensor.py``: ``SparseTensor``, a ``Tensor`` whose layout is not strided,
  and its repr (torch/_tensor_str.py);
- ``convert.py``: conversions between dense and every layout, coalesce,
  sparse_mask;
- ``construct.py``: ``torch.sparse_coo_tensor`` and the compressed constructors;
- ``arith.py``: scalar multiples, casts, transpose, sums and matrix products;
- ``elementwise.py``: zero-preserving functions, dense operands with sparse ones;
- ``functions.py``: the ``torch.sparse`` namespace (mm, addmm, sum, spdiags).
"""
