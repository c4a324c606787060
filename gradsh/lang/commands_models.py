"""What :vars and :info say about an nn.Module or a torch.optim optimizer.

Neither package is imported here: a value can only be a Module or an
Optimizer if the script already loaded torch.nn or torch.optim, so the
check looks in ``sys.modules`` first (start-up stays light).
"""
from __future__ import annotations

import sys
from typing import Any, Optional

from .commands import _is_tensor


def module_class() -> Optional[type]:
    loaded = sys.modules.get("gradsh.nn.module")
    return getattr(loaded, "Module", None)


def optimizer_class() -> Optional[type]:
    loaded = sys.modules.get("gradsh.optim.optimizer")
    return getattr(loaded, "Optimizer", None)


def kind_of(value: Any) -> Optional[str]:
    """'module', 'optimizer' or None."""
    module, optimizer = module_class(), optimizer_class()
    if module is not None and isinstance(value, module):
        return "module"
    if optimizer is not None and isinstance(value, optimizer):
        return "optimizer"
    return None


def _unique(values) -> str:
    seen: list = []
    for value in values:
        if value not in seen:
            seen.append(value)
    return ", ".join(seen) if seen else "-"


def _tensors(value: Any, kind: str) -> list:
    if kind == "module":
        return list(value.parameters()) + [b for b in value.buffers() if b is not None]
    return [p for group in value.param_groups for p in group["params"]]


def _count(tensors) -> str:
    return f"{sum(int(t.numel()) for t in tensors):,}"


def _bytes(tensors) -> int:
    return sum(int(t.numel()) * t.dtype.itemsize for t in tensors)


def vars_row(name: str, value: Any, kind: str, format_bytes) -> list:
    """A :vars row: the class in the type column, the parameter count (a module)
    or the tensors and learning rates (an optimizer) in the shape column, the
    dtypes and devices of those tensors in theirs."""
    tensors = _tensors(value, kind)
    params = list(value.parameters()) if kind == "module" else tensors
    if kind == "module":
        label = f"{_count(params)} params"
        trainable = str(any(p.requires_grad for p in params)) if params else "-"
    else:
        lrs = _unique(repr(group["lr"]) for group in value.param_groups)
        label = f"{len(params)} tensors, lr={lrs}"
        trainable = ""
    return [name, type(value).__name__, label, _unique(t.dtype.name for t in tensors),
            _unique(str(t.device) for t in tensors), trainable, "",
            format_bytes(_bytes(tensors))]


def info_rows(value: Any, kind: str, format_bytes) -> list[tuple[str, str]]:
    """The :info lines of a Module or an Optimizer."""
    tensors = _tensors(value, kind)
    if kind == "module":
        params = list(value.parameters())
        trainable = [p for p in params if p.requires_grad]
        buffers = [b for b in value.buffers() if b is not None]
        rows = [("type", f"nn.{type(value).__name__}" if type(value).__module__.startswith(
                    "gradsh.nn") else type(value).__name__),
                ("parameters", f"{_count(params)} in {len(params)} tensors"),
                ("trainable", _count(trainable)),
                ("buffers", f"{_count(buffers)} in {len(buffers)} tensors"),
                ("submodules", str(sum(1 for _ in value.modules()) - 1)),
                ("training", str(value.training))]
    else:
        steps = [state["step"] for state in value.state.values()
                 if isinstance(state, dict) and "step" in state]
        state_tensors = [v for state in value.state.values() if isinstance(state, dict)
                         for key, v in state.items() if key != "step" and _is_tensor(v)]
        rows = [("type", f"optim.{type(value).__name__}"),
                ("param groups", str(len(value.param_groups))),
                ("parameters", f"{_count(tensors)} in {len(tensors)} tensors"),
                ("state", f"{len(value.state)} tensors"
                          + (f", step {_unique(str(int(s.item())) for s in steps)}"
                             if steps else "")
                          + f", {format_bytes(_bytes(state_tensors))}")]
        for number, group in enumerate(value.param_groups):
            options = ", ".join(f"{key}={group[key]!r}" for key in sorted(group)
                                if key not in ("params", "param_names", "foreach", "fused",
                                               "differentiable", "capturable"))
            rows.append((f"group {number}", f"{len(group['params'])} tensors, {options}"))
    rows += [("dtype", _unique(t.dtype.name for t in tensors)),
             ("device", _unique(str(t.device) for t in tensors)),
             ("memory", format_bytes(_bytes(tensors)))]
    return rows
