"""gradsh: a command-line calculator for tensors and gradients.

This module must stay cheap to import: the console script imports it before
anything else, and ``gradsh --version`` must not load NumPy or Lark.
"""

__version__ = "0.1.0"
