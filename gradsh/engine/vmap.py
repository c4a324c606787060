"""``torch.vmap`` (= ``torch.func.vmap``): a function mapped over a dim of its inputs.

PyTorch batches each operation (``torch/_functorch/vmap.py``); gradsh runs
``func`` once per slice and stacks the outputs at ``out_dims``, which gives
PyTorch's numbers wherever its batched kernels compute each slice as the
unbatched kernel does.  The checks and their messages are PyTorch's, in its
order: ``in_dims`` against the inputs' pytree (tuples, lists, dicts; a prefix
leaf broadcasts to a subtree), the batch sizes, then ``out_dims`` against the
outputs' pytree.  Gradients flow through ``select`` and ``stack``, so vmap of
autograd code works; ``torch.autograd.grad`` inside keeps the graph for all
slices but the last (PyTorch's one batched call frees it once).

Randomness: ``'error'`` raises PyTorch's error at the first draw; ``'same'``
restores the default generator before each slice (one draw shared by all);
``'different'`` draws slice after slice, which is PyTorch's batched draw
where that kernel fills the batch sequentially.  An output with out_dim None
is returned as is when all slices gave the same value (PyTorch: when it is
not batched).  See docs/vmap.md.
"""
from __future__ import annotations

from . import backward, random
from .ops.join import stack
from .tensor import Tensor

_RANDOMNESS = ("error", "different", "same")


# ------------------------------------------------------------------ pytrees
class _Leaf:
    def __repr__(self) -> str:
        return "*"


LEAF = _Leaf()


class TreeSpec:
    """torch.utils._pytree.TreeSpec: its type, context and children, and its repr."""

    def __init__(self, kind: type, context, children: list):
        self.kind, self.context, self.children = kind, context, children

    def num_leaves(self) -> int:
        return sum(1 if child is LEAF else child.num_leaves() for child in self.children)

    def __eq__(self, other) -> bool:
        return (isinstance(other, TreeSpec) and self.kind is other.kind
                and self.context == other.context and self.children == other.children)

    def __repr__(self, indent: int = 0) -> str:
        text = f"TreeSpec({self.kind.__name__}, {self.context}, ["
        if self.children:
            indent += 2
            parts = [_spec_repr(child, indent) for child in self.children]
            text += parts[0] + ("," if len(parts) > 1 else "")
            text += ",".join("\n" + " " * indent + part for part in parts[1:])
        return text + "])"


def _spec_repr(spec, indent: int) -> str:
    return "*" if spec is LEAF else spec.__repr__(indent)


def _is_node(value) -> bool:
    return type(value) in (tuple, list, dict)


def _children(value) -> tuple[list, object]:
    if type(value) is dict:
        return list(value.values()), list(value.keys())
    return list(value), None


def tree_flatten(value) -> tuple[list, object]:
    """(leaves, spec) as torch.utils._pytree.tree_flatten (None is a leaf)."""
    if not _is_node(value):
        return [value], LEAF
    items, context = _children(value)
    leaves: list = []
    specs = []
    for item in items:
        sub, spec = tree_flatten(item)
        leaves += sub
        specs.append(spec)
    return leaves, TreeSpec(type(value), context, specs)


def tree_unflatten(leaves: list, spec):
    iterator = iter(leaves)

    def build(spec):
        if spec is LEAF:
            return next(iterator)
        items = [build(child) for child in spec.children]
        if spec.kind is dict:
            return dict(zip(spec.context, items))
        return spec.kind(items)

    return build(spec)


def _broadcast_to_and_flatten(prefix, spec) -> list | None:
    """The leaves of ``prefix`` repeated over the subtrees of ``spec``; None where
    ``prefix`` is not a prefix of ``spec``."""
    result: list = []

    def walk(prefix, spec) -> bool:
        if not _is_node(prefix):
            result.extend([prefix] * (1 if spec is LEAF else spec.num_leaves()))
            return True
        if spec is LEAF or type(prefix) is not spec.kind:
            return False
        items, context = _children(prefix)
        if context != spec.context or len(items) != len(spec.children):
            return False
        return all(walk(item, child) for item, child in zip(items, spec.children))

    return result if walk(prefix, spec) else None


# --------------------------------------------------------------------- vmap
def _get_name(func) -> str:
    name = getattr(func, "__name__", None)
    return name if isinstance(name, str) else repr(func)


def vmap(func, in_dims=0, out_dims=0, randomness="error", *, chunk_size=None):
    if randomness not in _RANDOMNESS:
        raise RuntimeError("Only allowed values for randomness are 'error', 'different', or "
                           f"'same'. Got {randomness}")
    if not (chunk_size is None or chunk_size > 0):
        raise ValueError(f"vmap: chunk_size should be None or greater than 0. (got {chunk_size})")
    return Vmapped(func, in_dims, out_dims, randomness, chunk_size)


class Vmapped:
    """The function vmap returns; it prints as ``func`` does (functools.wraps)."""

    __gradsh_attrs__ = frozenset()

    def __init__(self, func, in_dims, out_dims, randomness, chunk_size):
        self.func, self.in_dims, self.out_dims = func, in_dims, out_dims
        self.randomness, self.chunk_size = randomness, chunk_size
        name = getattr(func, "__name__", None)
        if isinstance(name, str):
            self.__name__ = name
            self.__qualname__ = getattr(func, "__qualname__", name)

    def __repr__(self) -> str:
        return repr(self.func)

    def __call__(self, *args, **kwargs):
        name = _get_name(self.func)
        _check_out_dims(self.out_dims, name)
        batch_size, flat_dims, flat_args, spec = _process_inputs(self.in_dims, args, name)
        if self.chunk_size is not None and self.chunk_size != int(self.chunk_size):
            raise TypeError("can't multiply sequence by non-int of type 'float'")
        outputs = self._run(batch_size, flat_dims, flat_args, spec, kwargs)
        return _unwrap(outputs, self.out_dims, name, batch_size)

    def _run(self, batch_size, flat_dims, flat_args, spec, kwargs) -> list:
        """func's output for each slice (for one of zeros when the batch is empty)."""
        count = max(batch_size, 1)
        state = random.get_rng_state() if self.randomness == "same" else None
        error = self.randomness == "error"
        outputs = []
        for index in range(count):
            if batch_size == 0:
                sliced = [arg if dim is None else _zeros_slice(arg, dim)
                          for arg, dim in zip(flat_args, flat_dims)]
            else:
                sliced = [arg if dim is None else arg[(slice(None),) * dim + (index,)]
                          for arg, dim in zip(flat_args, flat_dims)]
            if state is not None:
                random.set_rng_state(state)
            last = index == count - 1
            backward.VMAP_RETAIN[0] += not last
            random.api.VMAP_RANDOMNESS_ERROR[0] += error
            try:
                outputs.append(self.func(*tree_unflatten(sliced, spec), **kwargs))
            finally:
                backward.VMAP_RETAIN[0] -= not last
                random.api.VMAP_RANDOMNESS_ERROR[0] -= error
        return outputs


def _zeros_slice(arg: Tensor, dim: int) -> Tensor:
    return arg.new_zeros(arg.shape[:dim] + arg.shape[dim + 1:])


def _check_out_dims(out_dims, name: str) -> None:
    if isinstance(out_dims, int):
        return
    for leaf in tree_flatten(out_dims)[0]:
        if not (leaf is None or isinstance(leaf, int)):
            raise ValueError(
                f"vmap({name}, ..., out_dims={out_dims}): `out_dims` must be an int, None or a "
                "python collection of ints representing where in the outputs the vmapped "
                "dimension should appear.")


def _process_inputs(in_dims, args: tuple, name: str):
    if not isinstance(in_dims, (int, tuple)):
        raise ValueError(
            f"vmap({name}, in_dims={in_dims}, ...)(<inputs>): expected `in_dims` to be int or a "
            "(potentially nested) tuple matching the structure of inputs, got: "
            f"{type(in_dims)}.")
    if not args:
        raise ValueError(
            f"vmap({name})(<inputs>): got no inputs. Maybe you forgot to add inputs, or you are "
            "trying to vmap over a function with no inputs. The latter is unsupported.")
    flat_args, spec = tree_flatten(args)
    flat_dims = _broadcast_to_and_flatten(in_dims, spec)
    where = f"vmap({name}, in_dims={in_dims}, ...)(<inputs>): "
    if flat_dims is None:
        raise ValueError(
            f"{where}in_dims is not compatible with the structure of `inputs`. in_dims has "
            f"structure {tree_flatten(in_dims)[1]} but inputs has structure {spec}.")
    for number, (arg, dim) in enumerate(zip(flat_args, flat_dims)):
        if not isinstance(dim, int) and dim is not None:
            raise ValueError(f"{where}Got in_dim={dim} for an input but in_dim must be either "
                             "an integer dimension or None.")
        if isinstance(dim, int) and not isinstance(arg, Tensor):
            raise ValueError(
                f"{where}Got in_dim={dim} for an input but the input is of type "
                f"{_type_name(arg)}. We cannot vmap over non-Tensor arguments, please use None "
                "as the respective in_dim")
        if dim is not None:
            ndim = arg.dim()
            if dim < -ndim or dim >= ndim:
                raise ValueError(
                    f"{where}Got in_dim={dim} for some input, but that input is a Tensor of "
                    f"dimensionality {ndim} so expected in_dim to satisfy -{ndim} <= in_dim "
                    f"< {ndim}.")
            flat_dims[number] = dim % ndim
    sizes = [arg.shape[dim] for arg, dim in zip(flat_args, flat_dims) if dim is not None]
    if not sizes:
        raise ValueError("vmap: Expected at least one Tensor to vmap over")
    if any(size != sizes[0] for size in sizes):
        raise ValueError("vmap: Expected all tensors to have the same size in the mapped "
                         f"dimension, got sizes {sizes} for the mapped dimension")
    return sizes[0], flat_dims, flat_args, spec


def _type_name(value) -> str:
    kind = type(value)
    if kind.__module__ == "builtins":
        return f"<class '{kind.__name__}'>"
    return f"<class '{getattr(kind, '__qualname__', kind.__name__)}'>"


def _unwrap(outputs: list, out_dims, name: str, batch_size: int):
    """The slices' outputs stacked at their out_dims, in the first one's structure."""
    first = outputs[0]
    flat_first, spec = tree_flatten(first)

    def incompatible():
        return ValueError(
            f"vmap({name}, ..., out_dims={out_dims})(<inputs>): out_dims is not compatible "
            f"with the structure of `outputs`. out_dims has structure "
            f"{tree_flatten(out_dims)[1]} but outputs has structure {spec}.")

    if isinstance(first, Tensor):
        if isinstance(out_dims, int) or out_dims is None:
            flat_dims = [out_dims]
        elif isinstance(out_dims, tuple) and len(out_dims) == 1:
            flat_dims = list(out_dims)
        else:
            raise incompatible()
    else:
        flat_dims = _broadcast_to_and_flatten(out_dims, spec)
        if flat_dims is None:
            raise incompatible()
    flats = [tree_flatten(output)[0] for output in outputs]
    result = []
    for number, dim in enumerate(flat_dims):
        values = [flat[number] for flat in flats]
        if dim is None:
            if not all(_same(value, values[0]) for value in values[1:]):
                raise ValueError(f"vmap({name}, ...): `{name}` can not return a BatchedTensor "
                                 "when out_dim is None")
            result.append(values[0])
            continue
        for value in values:
            if not isinstance(value, Tensor):
                raise ValueError(
                    f"vmap({name}, ...): `{name}` must only return Tensors, got type "
                    f"{_type_name(value)}. Did you mean to set out_dims= to None for output?")
        stacked = stack(values, dim)
        if batch_size == 0:
            stacked = stacked.narrow(dim, 0, 0)
        result.append(_relabel(stacked, values))
    return tree_unflatten(result, spec)


# The node a batched kernel records, where it is not the slice's own one.
_BATCHED_NODES = {"SumBackward0": "SumBackward1", "MeanBackward0": "MeanBackward1",
                  "DotBackward0": "SqueezeBackward1"}


def _relabel(stacked: Tensor, values: list) -> Tensor:
    """Show the stack's node under the name of PyTorch's batched node, where all
    slices' outputs came from one kind of node (StackBackward0 otherwise)."""
    nodes = {value.grad_fn._name if value.grad_fn is not None else None for value in values}
    if stacked.grad_fn is not None and len(nodes) == 1 and None not in nodes:
        name = nodes.pop()
        stacked.grad_fn._name = _BATCHED_NODES.get(name, name)
    return stacked


def _same(value, first) -> bool:
    if value is first:
        return True
    if isinstance(value, Tensor) and isinstance(first, Tensor):
        return (value.shape == first.shape and value.dtype is first.dtype
                and bool((value == first).all()))
    return not isinstance(value, Tensor) and not isinstance(first, Tensor) and value == first


__all__ = ["TreeSpec", "Vmapped", "tree_flatten", "tree_unflatten", "vmap"]
