"""PyTorch's random numbers: the generator, its kernels, the seeding API (RANDOM.md)."""
from .api import (Generator, default_generator, fork_rng, generator_for, get_rng_state,
                  initial_seed, manual_seed, seed, set_rng_state)
from .kernels import FLAVOURS, flavour, set_flavour

__all__ = ["Generator", "default_generator", "fork_rng", "generator_for", "get_rng_state",
           "initial_seed", "manual_seed", "seed", "set_rng_state", "FLAVOURS", "flavour",
           "set_flavour"]
