"""gradsh's tensor engine: NumPy (and, lazily, CuPy) with PyTorch's semantics.

Importing the engine loads NumPy and nothing heavier: no lark, no
prompt_toolkit, no cupy.
"""
from __future__ import annotations

from importlib import import_module

import numpy as _np

from . import registry

# PyTorch computes inf and nan silently (1/0, log(-1), overflow): NumPy's
# floating-point RuntimeWarnings would be output PyTorch never prints.
_np.seterr(all="ignore")
from .tensor import Size, Tensor  # noqa: E402 - after seterr, on purpose

# Every op module registers its declarations on import.
_OP_MODULES = ("elementwise", "elementwise_math", "compare", "creation", "convert",
               "reduce", "reduce_select", "shape", "join", "index", "gather", "linalg",
               "einsum", "functional", "functional_more", "functional_losses",
               "conv", "pooling", "sampling", "sampling_laws",
               "sampling_draws",
               "normalization", "functional_composite", "padding", "interpolate", "dropout_feature",
               "pointwise", "shape_more", "index_more", "math_more", "creation_more",
               "linalg_solve", "linalg_pinv", "linalg_decomp", "linalg_cholesky", "linalg_norms",
               "linalg_products",
               "special", "math_extra", "reduce_extra", "shape_extra", "complex")
_OP_MODULES += ("reduce_order", "math_fill", "stats")  # order statistics, fills
_OP_MODULES += ("tensor_misc", "scatter_more", "hist_dist", "math_hyper")  # issue 17
_OP_MODULES += ("linalg_lu", "linalg_more")  # lu, lu_solve, eig, matrix_exp, ...
_OP_MODULES += ("linalg_ldl", "linalg_geqrf")  # ldl_factor, ldl_solve; geqrf, ormqr
_OP_MODULES += ("conv_more", "shuffle", "pooling_more", "activation_more",
                "losses_more")  # more of torch.nn.functional
_OP_MODULES += ("pooling_fractional", "ctc", "segment")  # fractional pools, ctc, segments
_OP_MODULES += ("fft",)  # torch.fft (fft_kernels.py: the primitives)
_OP_MODULES += ("functional_bags", "attention")  # embedding_bag, sdpa
_OP_MODULES += ("quantize",)  # quantized tensors, fake quantization (engine/quantized.py)
_OP_MODULES += ("index_fill_put", "strided")  # index_fill/reduce, put, as_strided, range, ...
_OP_MODULES += ("view_copies", "out_more")  # permute_copy, ...; frobenius_norm, removed names
_OP_MODULES += ("sparse_ops",)  # sparse tensors (engine/sparse/, loaded on first use)
_OP_MODULES += ("hashing",)  # hash_tensor
for _name in _OP_MODULES:
    import_module(f".ops.{_name}", __name__)

from .ops.inplace import install_augmented, make_inplace  # noqa: E402

registry.install(Tensor, make_inplace)
install_augmented(Tensor)

__all__ = ["Tensor", "Size", "registry"]
