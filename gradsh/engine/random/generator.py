"""PyTorch's CPU generator: mt19937 seeded as PyTorch seeds it (RANDOM.md, Engine).

The 32-bit stream comes from NumPy's ``MT19937`` bit generator, whose key is
set by the standard ``init_genrand`` (NumPy's own seeding differs) so that
``random_raw`` draws PyTorch's numbers vectorised. The generator also keeps
what PyTorch's ``CPUGeneratorImpl`` keeps besides the engine: the initial
seed (all 64 bits) and the cached second value of the scalar Box-Muller path.

``get_state``/``set_state`` use PyTorch's 5,056-byte layout (the C struct
``CPUGeneratorImplState``), so a state saved by PyTorch continues the same
stream here and the other way round.
"""
from __future__ import annotations

import os
import struct

import numpy as np

DEFAULT_SEED = 67280421310721  # what PyTorch's default generator starts from
STATE_N = 624
STATE_BYTES = 5056

# CPUGeneratorImplState: the legacy header (initial seed, left, seeded, next),
# the state words as uint64, normal_x, normal_y, normal_rho, normal_is_valid,
# then the float cache and its flag (C padding included).
_HEADER = struct.Struct("<QiiQ")
_WORDS_AT = _HEADER.size  # 24
_NORMALS = struct.Struct("<dddi4xf?3x")
_NORMALS_AT = _WORDS_AT + 8 * STATE_N  # 5016
assert _NORMALS_AT + _NORMALS.size == STATE_BYTES


def init_genrand(seed: int) -> np.ndarray:
    """The mt19937 state words for a seed (its low 32 bits), as uint32."""
    words = np.empty(STATE_N, dtype=np.uint32)
    value = seed & 0xFFFFFFFF
    words[0] = value
    for j in range(1, STATE_N):
        value = (1812433253 * (value ^ (value >> 30)) + j) & 0xFFFFFFFF
        words[j] = value
    return words


def _uint64(seed) -> int:
    """PyTorch takes a seed as a uint64: negatives wrap around (C's cast)."""
    seed = int(seed)
    if not -(1 << 63) <= seed < (1 << 64):
        raise ValueError("Overflow when unpacking long long")
    return seed & 0xFFFFFFFFFFFFFFFF


def nondeterministic_seed() -> int:
    """A fresh 64-bit seed, as ``torch.seed()`` takes from /dev/urandom."""
    return int.from_bytes(os.urandom(8), "little") & ((1 << 63) - 1)


class CPUEngine:
    """mt19937 with PyTorch's bookkeeping: one stream of 32-bit words."""

    __slots__ = ("_bits", "_fresh", "initial_seed", "next_double_normal", "next_float_normal")

    def __init__(self, seed: int = DEFAULT_SEED):
        self._bits = np.random.MT19937()
        self.seed(seed)

    def seed(self, seed: int) -> None:
        self.initial_seed = _uint64(seed)
        self._set_words(init_genrand(self.initial_seed), 624)
        self._fresh = True  # PyTorch's left = 1, next = 0
        self.next_double_normal = None
        self.next_float_normal = None

    def _set_words(self, words: np.ndarray, position: int) -> None:
        state = self._bits.state
        state["state"] = {"key": words.astype(np.uint32), "pos": int(position)}
        self._bits.state = state

    # ------------------------------------------------------------ draws
    def random32(self, count: int) -> np.ndarray:
        """``count`` outputs of ``random()``, as uint64 values below 2^32."""
        if count <= 0:
            return np.empty(0, dtype=np.uint64)
        self._fresh = False
        return self._bits.random_raw(count)

    def random64(self, count: int) -> np.ndarray:
        """``count`` outputs of ``random64()``: (first << 32) | second."""
        words = self.random32(2 * count).reshape(count, 2)
        return (words[:, 0] << np.uint64(32)) | words[:, 1]

    def uniform24(self, count: int) -> np.ndarray:
        """float32 uniforms in [0, 1): 24 bits of ``random()``."""
        return (self.random32(count) & np.uint64(0xFFFFFF)).astype(np.float32) \
            * np.float32(2.0 ** -24)

    def uniform53(self, count: int) -> np.ndarray:
        """float64 uniforms in [0, 1): 53 bits of ``random64()``."""
        return (self.random64(count) & np.uint64((1 << 53) - 1)).astype(np.float64) \
            * (2.0 ** -53)

    # ------------------------------------------------------------ state
    def get_state(self) -> bytes:
        state = self._bits.state["state"]
        position = int(state["pos"])
        if position >= STATE_N:
            left, next_ = 1, (0 if self._fresh else STATE_N)
        else:
            left, next_ = STATE_N + 1 - position, position
        header = _HEADER.pack(self.initial_seed, left, 1, next_)
        words = state["key"].astype("<u8").tobytes()
        double, float_ = self.next_double_normal, self.next_float_normal
        normals = _NORMALS.pack(0.0, 0.0 if double is None else double, 0.0,
                                int(double is not None), 0.0 if float_ is None else float_,
                                float_ is not None)
        return header + words + normals

    def set_state(self, data: bytes) -> None:
        if len(data) != STATE_BYTES:
            raise RuntimeError(f"Expected a CPUGeneratorImplState of size {STATE_BYTES} but found "
                               f"the input RNG state size to be {len(data)}")
        seed, left, seeded, next_ = _HEADER.unpack_from(data, 0)
        if not (seeded == 1 and 0 < left <= STATE_N and next_ <= STATE_N):
            raise RuntimeError("Invalid mt19937 state")
        words = np.frombuffer(data, dtype="<u8", count=STATE_N, offset=_WORDS_AT)
        _, normal_y, _, normal_valid, float_normal, float_valid = \
            _NORMALS.unpack_from(data, _NORMALS_AT)
        self.initial_seed = seed
        self._set_words((words & np.uint64(0xFFFFFFFF)).astype(np.uint32),
                        STATE_N if left == 1 else next_)
        self._fresh = left == 1 and next_ == 0
        self.next_double_normal = normal_y if normal_valid else None
        self.next_float_normal = float(np.float32(float_normal)) if float_valid else None

    def snapshot(self) -> tuple:
        """All of the state, for :meth:`restore` (an undo record: gradsh/journal.py)."""
        return (self._bits.state, self._fresh, self.initial_seed, self.next_double_normal,
                self.next_float_normal)

    def restore(self, snapshot: tuple) -> None:
        state, self._fresh, self.initial_seed, self.next_double_normal, \
            self.next_float_normal = snapshot
        self._bits.state = state

    def copy_from(self, other: "CPUEngine") -> None:
        self.set_state(other.get_state())
