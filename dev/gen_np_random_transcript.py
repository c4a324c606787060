"""Generate tests/transcripts/numpy_random_from_pytorch.gsh: ``np.random``'s
legacy functions (gradsh.engine.np_random) as NumPy prints them, run with the
oracle venv (PyTorch 2.13 and its NumPy):

    /path/to/torch-venv/bin/python dev/gen_np_random_transcript.py
"""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from gen_blocks_transcripts import write_transcripts  # noqa: E402

NP_RANDOM = [
    "# np.random: NumPy's legacy generator, seeded (NumPy 2.4, PyTorch 2.13's venv)",
    "import numpy as np",
    "np.random.seed(0)",
    "np.random.randn()",
    "np.random.randn(2, 3)",
    "np.random.rand(3)",
    "np.random.random((2, 2))",
    "np.random.random_sample(2)",
    "np.random.standard_normal(3)",
    "np.random.normal(1.0, 0.5, (2,))",
    "np.random.normal(np.array([0., 10., 100.]))",
    "np.random.uniform(-1, 1, size=[2, 2])",
    "np.random.randint(10, size=5)",
    "np.random.randint(0, 100, (2, 3), dtype=np.int32)",
    "np.random.seed(12345)",
    "x = np.random.randn(1000)",
    "x[:3], x[-1], x.sum()",
    "np.random.seed([1, 2, 3])",
    "np.random.rand()",
    "np.random.seed(0)",
    "np.random.randn()",
    "np.random.randn(2.5)",
    "np.random.normal(0, 1, 'a')",
    "np.random.randint(5, 1)",
]

TRANSCRIPTS = {"numpy_random_from_pytorch": NP_RANDOM}


def main() -> None:
    write_transcripts(TRANSCRIPTS)


if __name__ == "__main__":
    main()
