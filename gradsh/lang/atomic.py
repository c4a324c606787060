"""What a failing statement must leave as it was (SPEC §7): the workspace's
bindings, and the ``.grad`` and ``requires_grad`` of the tensors it holds.

A snapshot is cheap: the bindings are copied as a dict, and each workspace
tensor (directly, or inside a list, tuple or dict value) contributes its
current ``.grad`` *by reference* -- no data is copied.  A statement that
assigns ``x.grad``, or a ``backward`` that fails, is undone by putting those
references back.  (Gradient accumulation itself is all-or-nothing in the
engine: ``run_backward`` adds into ``.grad`` only after the whole pass
succeeded.)

Tensor data written in place (``x += 1``, ``x[0] = 5``) is not restored:
that would need a copy of every tensor before every statement.
"""
from __future__ import annotations

import sys
from typing import Any

_CONTAINERS = (list, tuple)


def _tensor_class() -> Any:
    module = sys.modules.get("gradsh.engine.tensor")
    return None if module is None else module.Tensor  # no engine, no tensors


def capture(workspace: dict) -> tuple[dict, list]:
    """The bindings, and (tensor, grad, requires_grad) for each tensor reachable
    from them one container deep."""
    tensor_class = _tensor_class()
    grads: list = []
    if tensor_class is not None:
        for value in workspace.values():
            kind = type(value)
            if kind is tensor_class:
                grads.append((value, value._grad, value._requires_grad))
            elif kind in _CONTAINERS or kind is dict:
                items = value.values() if kind is dict else value
                for item in items:
                    if type(item) is tensor_class:
                        grads.append((item, item._grad, item._requires_grad))
    return dict(workspace), grads


def restore(workspace: dict, snapshot: tuple[dict, list]) -> None:
    bindings, grads = snapshot
    workspace.clear()
    workspace.update(bindings)
    for tensor, grad, requires_grad in grads:
        tensor._grad = grad
        tensor._requires_grad = requires_grad
