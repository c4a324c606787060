"""``torch.Generator``, ``torch.manual_seed`` and the other seeding functions.

There is one default CPU generator (``torch.manual_seed`` returns it, the
same object each time, as PyTorch's does). CUDA tensors draw from CuPy's
generator, seeded by the same ``manual_seed`` (SPEC §4: PyTorch's CUDA
streams depend on the launch configuration and are not reproduced).
"""
from __future__ import annotations

import numpy as np

from .. import backend
from .generator import DEFAULT_SEED, CPUEngine, nondeterministic_seed
from ...journal import JOURNAL


def _restore_generator(generator: "Generator", snapshot: tuple, cuda_state) -> None:
    generator._engine.restore(snapshot)
    generator._cuda_state = cuda_state


class Generator:
    """``torch.Generator(device='cpu')``: a random stream of its own."""

    __gradsh_attrs__ = frozenset({"manual_seed", "seed", "initial_seed", "get_state",
                                  "set_state", "device", "clone_state", "graphsafe_get_state"})

    def __init__(self, device="cpu"):
        self.device = backend.parse_device(device)
        if self.device.type == "cuda":
            backend.array_module(backend.resolve_device(self.device))  # fails clearly
        self._engine = CPUEngine(DEFAULT_SEED)
        self._cuda_state = None  # CuPy RandomState, made on first CUDA draw

    # The engine draws CPU values; CUDA generators keep only their seed here.
    # Draws are not journaled: a statement that drew random numbers and then
    # failed has used them, as in PyTorch, so the stream stays PyTorch's
    # (``torch.randn(2, 3) @ torch.randn(4, 5)`` fails after drawing 26 values).
    # Seeding and set_state are undone with the statement (SPEC 7).
    @property
    def engine(self) -> CPUEngine:
        return self._engine

    def _journal(self) -> None:
        """Before this generator's state changes in a journaled statement."""
        journal = JOURNAL[0]
        if journal is not None and journal.fresh(("generator", id(self))):
            journal.add(_restore_generator, self, self._engine.snapshot(), self._cuda_state)

    def manual_seed(self, seed) -> "Generator":
        self._journal()
        self._engine.seed(int(seed))  # PyTorch takes int(seed): 1.5 is 1, 'a' a ValueError
        self._cuda_state = None
        return self

    def seed(self) -> int:
        value = nondeterministic_seed()
        self.manual_seed(value)
        return value

    def initial_seed(self) -> int:
        return self._engine.initial_seed

    def get_state(self):
        from .. import dtypes  # noqa: PLC0415
        from ..tensor import Tensor  # noqa: PLC0415

        if self.device.type == "cuda":
            raise RuntimeError("gradsh: the state of a CUDA generator is CuPy's and cannot be "
                               "saved; seed it with manual_seed instead")
        state = np.frombuffer(self._engine.get_state(), dtype=np.uint8).copy()
        return Tensor._make(state, dtypes.uint8)

    def set_state(self, new_state) -> "Generator":
        from ..tensor import Tensor  # noqa: PLC0415

        if not isinstance(new_state, Tensor):
            raise TypeError(f"expected a torch.ByteTensor, but got {type(new_state).__name__}")
        if new_state.dtype.name != "uint8" or new_state.device.type != "cpu":
            raise TypeError("RNG state must be a torch.ByteTensor")
        self._journal()
        self._engine.set_state(backend.to_host(new_state._data).tobytes())
        return self

    def cuda_state(self):
        """CuPy's RandomState for this generator, seeded by its seed."""
        if self._cuda_state is None:
            cupy = backend.cupy_module()
            self._cuda_state = cupy.random.RandomState(self._engine.initial_seed % (1 << 63))
        return self._cuda_state

    def __repr__(self) -> str:
        return f"<torch._C.Generator object at {id(self):#x}>"


# Printed as PyTorch prints the class: <class 'torch._C.Generator'>.
Generator.__module__, Generator.__qualname__ = "torch._C", "Generator"

default_generator = Generator()


# > 0 while a torch.vmap with randomness='error' runs (engine/vmap.py)
VMAP_RANDOMNESS_ERROR = [0]
VMAP_RANDOMNESS_MESSAGE = (
    "vmap: called random operation while in randomness error mode. Please either use the "
    "'same' or 'different' randomness flags on vmap or perform the randomness operation out "
    "of vmap")


def generator_for(generator, device) -> Generator:
    """The generator a draw uses: the one given (checked), else the default."""
    if VMAP_RANDOMNESS_ERROR[0]:
        raise RuntimeError(VMAP_RANDOMNESS_MESSAGE)
    if generator is None:
        return default_generator
    if not isinstance(generator, Generator):
        raise TypeError(f"generator must be a torch.Generator, not {type(generator).__name__}")
    wanted = "cuda" if getattr(device, "type", "cpu") == "cuda" else "cpu"
    if generator.device.type != wanted:
        raise RuntimeError(f"Expected a '{wanted}' device type for generator but found "
                           f"'{generator.device.type}'")
    return generator


def manual_seed(seed) -> Generator:
    """Seed the default generator (CPU, and CUDA through CuPy); return it."""
    return default_generator.manual_seed(seed)


def seed() -> int:
    """Seed the default generator from the operating system; return the seed."""
    return default_generator.seed()


def initial_seed() -> int:
    return default_generator.initial_seed()


def get_rng_state():
    return default_generator.get_state()


def set_rng_state(new_state) -> None:
    default_generator.set_state(new_state)


class fork_rng:  # noqa: N801 - PyTorch's name
    """``torch.random.fork_rng()``: restore the default generator's state on exit."""

    __gradsh_attrs__ = frozenset()

    def __init__(self, devices=None, enabled=True, _caller="fork_rng",
                 _devices_kw="devices", device_type="cuda"):
        self.enabled = enabled
        self._saved = None

    def __enter__(self):
        if self.enabled:
            self._saved = default_generator.engine.get_state()
        return None

    def __exit__(self, *exc_info):
        if self._saved is not None:
            default_generator.engine.set_state(self._saved)
            self._saved = None
        return False

    def __call__(self, function):  # used as a decorator
        raise TypeError("gradsh: use fork_rng as a context manager (with torch.random.fork_rng():)")
