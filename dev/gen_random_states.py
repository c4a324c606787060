"""Write tests/engine/data/random_states.json: generator states saved by PyTorch.

Usage (with the PyTorch oracle's interpreter, never in gradsh's tests):
    /path/to/torch-venv/bin/python dev/gen_random_states.py

Each entry runs ``setup`` in PyTorch, saves ``torch.get_rng_state()`` (or a
``Generator``'s ``get_state()``) as hex, then runs ``follow`` (which assigns
``result``) from that state. gradsh's test loads the saved bytes and must draw
the same ``result``; it also runs ``setup`` itself and must save the same bytes.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "dev"))

from gen_random_golden import describe  # noqa: E402
from torch_transcript import namespace  # noqa: E402

STATES = [
    ("fresh_seed0", "torch.manual_seed(0)", "result = torch.randn(20)"),
    ("after_rand_seed42", "torch.manual_seed(42)\n_ = torch.rand(7)",
     "result = (torch.rand(5), torch.randint(0, 100, (6,)))"),
    # a scalar-path normal leaves its second value cached in the state
    ("cached_normal_seed1", "torch.manual_seed(1)\n_ = torch.randn(3)",
     "result = (torch.randn(1), torch.randn(3, dtype=torch.float64))"),
    ("mid_block_seed7", "torch.manual_seed(7)\n_ = torch.rand(623)",
     "result = torch.rand(5)"),
    ("block_edge_seed7", "torch.manual_seed(7)\n_ = torch.rand(624)",
     "result = torch.rand(5)"),
    ("large_seed", "torch.manual_seed(2**40 + 3)\n_ = torch.randn(100)",
     "result = torch.randperm(12)"),
]


def main() -> None:
    import torch

    entries = []
    for name, setup, follow in STATES:
        scope = namespace()
        exec(setup, scope)
        state = torch.get_rng_state()
        exec(follow, scope)
        entries.append({"name": name, "setup": setup, "follow": follow,
                        "state": bytes(state.numpy()).hex(),
                        "result": describe(scope["result"])})
    generator = torch.Generator().manual_seed(5)
    torch.rand(9, generator=generator)
    state = generator.get_state()
    follow = torch.randn(18, generator=generator)
    entries.append({"name": "generator_seed5",
                    "setup": "g.manual_seed(5)\n_ = torch.rand(9, generator=g)",
                    "follow": "result = torch.randn(18, generator=g)",
                    "state": bytes(state.numpy()).hex(), "result": describe(follow)})
    path = ROOT / "tests" / "engine" / "data" / "random_states.json"
    path.write_text(json.dumps({"torch": torch.__version__, "states": entries}, indent=1) + "\n")
    print(f"wrote {path} ({len(entries)} states)")


if __name__ == "__main__":
    main()
