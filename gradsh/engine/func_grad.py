"""``torch.func.grad`` and ``grad_and_value``, composed of gradsh's autograd.

PyTorch's transforms wrap tensors at a new level; gradsh runs ``func`` on
new tensors that require grad (a differentiable view of an input that already
requires grad, a detached copy otherwise) and takes ``autograd.grad`` of the
scalar output.  Inside another ``grad`` the graph is kept (``create_graph``),
so ``grad(grad(f))`` works; at the outermost level the results carry a graph
only where an input required grad (PyTorch also keeps one to tensors that
``func`` captures; gradsh does not).  Inputs that the output does not use get
zeros, as in PyTorch.  ``vmap(grad(f))`` runs through vmap's slices.
"""
from __future__ import annotations

from . import autograd
from .ops import creation
from .tensor import Tensor
from .vmap import tree_flatten, tree_unflatten

_DEPTH = [0]


def grad(func, argnums=0, has_aux=False):
    transform = grad_and_value(func, argnums, has_aux)

    def wrapper(*args, **kwargs):
        grads, value = transform(*args, **kwargs)
        return (grads, value[1]) if has_aux else grads

    wrapper.__name__ = getattr(func, "__name__", "grad")
    return wrapper


def grad_and_value(func, argnums=0, has_aux=False):
    def wrapper(*args, **kwargs):
        numbers = argnums if isinstance(argnums, tuple) else (argnums,)
        for number in numbers:
            if not isinstance(number, int):
                raise RuntimeError(f"argnums must be int or Tuple[int, ...], got: {type(number)}")
            if not -len(args) <= number < len(args):
                raise RuntimeError(f"Got argnum={number}, but only {len(args)} positional "
                                   "inputs")
        args = list(args)
        flats, specs = [], []
        for number in numbers:
            leaves, spec = tree_flatten(args[number])
            for leaf in leaves:
                if not isinstance(leaf, Tensor):
                    raise ValueError(f"Thing passed to transform API must be Tensor, got "
                                     f"{type(leaf)}")
            prepared = [leaf.view_as(leaf) if leaf.requires_grad
                        else leaf.detach().requires_grad_(True) for leaf in leaves]
            flats.append((leaves, prepared))
            specs.append(spec)
            args[number] = tree_unflatten(prepared, spec)
        outer = _DEPTH[0] == 0
        keep = not outer or any(leaf.requires_grad for leaves, _ in flats for leaf in leaves)
        _DEPTH[0] += 1
        try:
            with autograd.enable_grad():
                result = func(*args, **kwargs)
                output, aux = _split(result, has_aux)
                inputs = [leaf for _, prepared in flats for leaf in prepared]
                found = autograd.run_backward([output], [None], create_graph=keep,
                                              inputs=inputs, allow_unused=True) \
                    if output.requires_grad else (None,) * len(inputs)
        finally:
            _DEPTH[0] -= 1
        found = [creation.zeros_like(leaf) if g is None else g for g, leaf in zip(found, inputs)]
        grads, start = [], 0
        for (leaves, _), spec in zip(flats, specs):
            grads.append(tree_unflatten(found[start:start + len(leaves)], spec))
            start += len(leaves)
        grads = tuple(grads) if isinstance(argnums, tuple) else grads[0]
        if not keep:
            output = output.detach()
            leaves, spec = tree_flatten(aux)
            aux = tree_unflatten([leaf.detach() if isinstance(leaf, Tensor) else leaf
                                  for leaf in leaves], spec)
        return grads, ((output, aux) if has_aux else output)

    wrapper.__name__ = getattr(func, "__name__", "grad_and_value")
    return wrapper


def _split(result, has_aux: bool):
    if has_aux:
        if not (isinstance(result, tuple) and len(result) == 2):
            raise RuntimeError("grad_and_value(f)(*args): output of function f should be a "
                               "tuple: (output, aux) if has_aux is True")
        output, aux = result
    else:
        output, aux = result, None
    if not isinstance(output, Tensor):
        raise RuntimeError("grad_and_value(f)(*args): Expected f(*args) to return a Tensor, "
                           f"got {type(output)}")
    if output.dim() != 0:
        raise RuntimeError("grad_and_value(f)(*args): Expected f(*args) to return a scalar "
                           f"Tensor, got tensor with {output.dim()} dims. Maybe you wanted to "
                           "use the vjp or jacrev APIs instead?")
    return output, aux


__all__ = ["grad", "grad_and_value"]
