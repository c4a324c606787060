"""When fusion is on, and when deferred expressions are computed.

Fusion is on for CUDA tensors by default (``:set fusion off`` turns it off;
``GRADSH_FUSION=0`` in the environment too; ``backend.set_fusion``). The CPU never fuses: its exact
kernels are PyTorch's (docs/numerics.md). :func:`simulate_on_cpu` makes the
CPU behave like a fusing GPU, running the same programs with NumPy — what
the tests use, on machines without a GPU, to check fused against unfused.

Deferred values are computed:

* when an array is needed (``Deferred.materialize``: printing, ``.item()``,
  an op that is not elementwise);
* before an in-place write to an array an expression reads
  (:func:`before_write`, called by every in-place write of the engine);
* at the end of a statement and of a backward pass (:func:`flush_roots`):
  every pending expression that no other one contains, in one kernel per
  shape. Inner nodes stay deferred: what autograd saved of a fused region is
  its inputs, and the backward kernel recomputes the rest.
"""
from __future__ import annotations

from .graph import PENDING

_MODULES: dict = {}   # (base module name, device index) -> FusingModule


def fusing_module(base, device, runner):
    key = (base.__name__, device.index)
    module = _MODULES.get(key)
    if module is None or module.base is not base:
        from .module import FusingModule  # noqa: PLC0415

        module = _MODULES[key] = FusingModule(base, device, runner)
    return module


def _alive() -> list:
    nodes = []
    for ref in list(PENDING.values()):
        node = ref()
        if node is not None and node.pending:
            nodes.append(node)
    return nodes


def _materialize(nodes) -> None:
    by_module: dict[int, tuple] = {}
    for node in nodes:
        by_module.setdefault(id(node.module), (node.module, []))[1].append(node)
    for module, group in by_module.values():
        module.materialize(group)


def flush_all() -> None:
    """Compute every pending expression (inner nodes included)."""
    if PENDING:
        _materialize(_alive())


def flush_roots() -> None:
    """Compute the pending expressions no other pending one contains.

    A node found inside another stays deferred, then and at later flushes
    (``inner``): what still holds it (autograd's saved values, a name bound
    to a subexpression) computes it when it needs it, from the region's
    inputs, which ``before_write`` keeps unchanged until then."""
    if not PENDING:
        return
    nodes = _alive()
    contained = {id(arg) for node in nodes for arg in node.args}
    roots = []
    for node in nodes:
        if id(node) in contained:
            node.inner = True
        elif not node.inner:
            roots.append(node)
    _materialize(roots)


def before_write(target) -> None:
    """``target`` (a Tensor or an array) is about to be written in place:
    compute first every pending expression that reads its memory."""
    if not PENDING:
        return
    from .graph import Deferred, root_id  # noqa: PLC0415

    array = getattr(target, "_data", target)
    keys = set()
    if isinstance(array, Deferred):
        if array.pending and array.op != "empty":  # written before it was computed
            flush_all()
        keys.add(id(array))
        array = array.materialize()
    keys.add(root_id(array))
    readers = [node for node in _alive() if not keys.isdisjoint(node.roots)]
    if readers:
        _materialize(readers)
