"""``torch.layout``: ``torch.strided`` and the sparse layouts (engine/sparse/).

Tiny on purpose: the Tensor class names its layout at start-up, while the
sparse tensors themselves are imported only when a script makes one.
"""
from __future__ import annotations


class Layout:
    """One of PyTorch's layouts; prints as ``torch.sparse_coo``."""

    __gradsh_attrs__ = frozenset()
    __slots__ = ("name", "backend_name")

    def __init__(self, name: str, backend_name: str):
        self.name = name
        # How PyTorch's messages name the layout ("... but got SparseCsr").
        self.backend_name = backend_name

    def __repr__(self) -> str:
        return f"torch.{self.name}"

    __str__ = __repr__

    def __reduce__(self):  # copies keep the singleton
        return (_by_name, (self.name,))


Layout.__name__ = Layout.__qualname__ = "layout"
Layout.__module__ = "torch"

strided = Layout("strided", "Strided")
sparse_coo = Layout("sparse_coo", "Sparse")
sparse_csr = Layout("sparse_csr", "SparseCsr")
sparse_csc = Layout("sparse_csc", "SparseCsc")
sparse_bsr = Layout("sparse_bsr", "SparseBsr")
sparse_bsc = Layout("sparse_bsc", "SparseBsc")

LAYOUTS = {layout.name: layout for layout in
           (strided, sparse_coo, sparse_csr, sparse_csc, sparse_bsr, sparse_bsc)}
COMPRESSED = (sparse_csr, sparse_csc, sparse_bsr, sparse_bsc)


def _by_name(name: str) -> Layout:
    return LAYOUTS[name]
