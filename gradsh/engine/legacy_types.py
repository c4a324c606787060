"""torch.set_default_tensor_type (deprecated since PyTorch 2.1).

It takes a legacy tensor type (``torch.DoubleTensor``) or its dotted name
(``"torch.DoubleTensor"``) and sets the default floating dtype from it, as
torch.set_default_dtype does: torch.tensor's inference, the factories and
``torch.Tensor(...)`` follow. gradsh has no CUDA tensor types, so only the
CPU names are known.
"""
from __future__ import annotations

from . import dtypes, registry
from .warn_once import warn_once

DEPRECATION = ("torch.set_default_tensor_type() is deprecated as of PyTorch 2.1, please use "
               "torch.set_default_dtype() and torch.set_default_device() as alternatives. "
               "(Triggered internally at /__w/pytorch/pytorch/torch/csrc/tensor/"
               "python_tensor.cpp:434.)")
INVALID = "invalid type object: only floating-point types are supported as the default type"


def _resolve(name: str):
    """torch._utils._import_dotted_name for the names gradsh's torch has."""
    parts = name.split(".")
    if parts[0] != "torch":
        raise ModuleNotFoundError(f"No module named '{parts[0]}'")
    if len(parts) == 2 and parts[1] in dtypes.LEGACY_CONSTRUCTORS:
        return dtypes.LEGACY_CONSTRUCTORS[parts[1]]
    if len(parts) == 2 and parts[1] not in dtypes.DTYPE_NAMES and parts[1] not in registry.OPS:
        raise AttributeError(f"module 'torch' has no attribute '{parts[1]}'")
    return None  # something that is no tensor type


def set_default_tensor_type(t) -> None:
    dtype = _resolve(t) if isinstance(t, str) else getattr(t, "legacy_dtype", None)
    warn_once(DEPRECATION, stacklevel=3)
    if not isinstance(dtype, dtypes.DType):
        raise TypeError(INVALID)
    if dtype.category != dtypes.FLOATING:
        raise TypeError("only floating-point types are supported as the default type")
    dtypes.set_default_dtype(dtype)
