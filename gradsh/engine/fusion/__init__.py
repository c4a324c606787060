"""Fusion of elementwise chains on CUDA tensors (SPEC §9; docs/fusion.md).

``graph`` the deferred expression nodes, ``ops`` the operations they may
hold (NumPy and CUDA side by side), ``module`` the array module the engine
sees, ``codegen`` programs and their CUDA source, ``runners`` the kernel
cache and launch, ``state`` when values are computed, ``simulate`` the CPU
stand-in for a fusing GPU that the tests use.
"""
