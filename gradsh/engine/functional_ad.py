"""``torch.autograd.functional.jacobian`` and ``hessian``.

Written as PyTorch writes them (``torch/autograd/functional.py``, the
non-vectorized path): the inputs are replaced by fresh tensors that require
grad, the function runs once, and each element of each output is
backpropagated with ``retain_graph=True``.  A row is the gradient of one
output element, obtained with a one-hot ``grad_output`` (the same numbers as
PyTorch's ``out.reshape(-1)[j]``).  Rows are stacked and viewed as
``output.shape + input.shape``; an output that does not depend on an input
gives zeros (or an error with ``strict=True``).  Without ``create_graph`` the
results are detached.  ``vectorize`` computes the same values, row by row.
"""
from __future__ import annotations

from . import autograd, limits
from .ops import creation
from .ops.join import stack
from .tensor import Tensor

_STRATEGIES = ("forward-mode", "reverse-mode")


def _as_tuple(value, arg_name: str, fn_name: str) -> tuple[bool, tuple]:
    """(was it a tuple, the tensors as a tuple), with PyTorch's TypeError."""
    is_tuple = isinstance(value, tuple)
    items = value if is_tuple else (value,)
    for index, item in enumerate(items):
        if not isinstance(item, Tensor):
            where = (f"value at index {index}" if is_tuple else f"given {arg_name}")
            raise TypeError(f"The {arg_name} given to {fn_name} must be either a Tensor or a "
                            f"tuple of Tensors but the {where} has type {type(item)}.")
    return is_tuple, items


def _unpack(result: tuple, outputs_tuple: bool, inputs_tuple: bool):
    """PyTorch's ``_tuple_postprocess`` for a result indexed [output][input]."""
    if not inputs_tuple:
        result = tuple(row[0] for row in result)
    if not outputs_tuple:
        result = result[0]
    return result


def _prepare(inputs: tuple, create_graph: bool) -> tuple:
    """New tensor objects that require grad (a differentiable view with create_graph)."""
    prepared = []
    for tensor in inputs:
        if create_graph and tensor.requires_grad:
            prepared.append(tensor.view_as(tensor))
        else:
            prepared.append(tensor.detach().requires_grad_(True))
    return tuple(prepared)


def _check_outputs(outputs: tuple, strict: bool) -> None:
    if not strict:
        return
    for index, out in enumerate(outputs):
        if not out.requires_grad:
            raise RuntimeError(f"Output {index} of the user-provided function does not require "
                               "gradients. The outputs must be computed in a differentiable "
                               "manner from the input when running in strict mode.")


def _one_hot(out: Tensor, index: int) -> Tensor:
    xp = out._xp
    data = xp.zeros(out._data.size, dtype=out.dtype.np)
    data[index] = 1
    return Tensor._make(data.reshape(out._data.shape), out.dtype)


def _row(out: Tensor, index: int, inputs: tuple, create_graph: bool) -> tuple:
    """The gradients of element `index` of `out` with respect to each input (or None)."""
    if not out.requires_grad:
        return (None,) * len(inputs)
    return autograd.run_backward([out], [_one_hot(out, index)], retain_graph=True,
                                 create_graph=create_graph, inputs=list(inputs),
                                 allow_unused=True)


def _jacobian_of_output(number: int, out: Tensor, inputs: tuple, create_graph: bool,
                        strict: bool) -> tuple:
    rows: tuple = tuple([] for _ in inputs)
    for index in range(out.numel()):
        grads = _row(out, index, inputs, create_graph)
        for position, (grad, tensor) in enumerate(zip(grads, inputs)):
            if grad is None:
                if strict:
                    raise RuntimeError(f"Output {number} of the user-provided function is "
                                       f"independent of input {position}. This is not allowed "
                                       "in strict mode.")
                grad = creation.zeros_like(tensor)
            elif strict and create_graph and not grad.requires_grad:
                raise RuntimeError("The jacobian of the user-provided function is independent "
                                   f"of input {number}. This is not allowed in strict mode "
                                   "when create_graph=True.")
            rows[position].append(grad)
    # an output without elements fails in stack, as in PyTorch
    return tuple(stack(gathered, 0).view(tuple(out.shape) + tuple(tensor.shape))
                 for tensor, gathered in zip(inputs, rows))


def _check_size(outputs: tuple, inputs: tuple) -> None:
    """Refuse a Jacobian over the memory budget before computing a row of it:
    output numel x input numel elements per pair (issue 19)."""
    pairs = [(out, tensor) for out in outputs for tensor in inputs]
    nbytes = sum(out.numel() * tensor.numel() * tensor.dtype.itemsize for out, tensor in pairs)
    if nbytes > limits.small_size():
        if len(pairs) == 1:
            out, tensor = pairs[0]
            dims = ", ".join(str(n) for n in (*out.shape, *tensor.shape))
            what = f"a Jacobian of shape [{dims}] ({tensor.dtype.name})"
        else:
            count = sum(out.numel() * tensor.numel() for out, tensor in pairs)
            what = f"Jacobians of {count:,} elements"
        limits.check_bytes(nbytes, what)


def jacobian(func, inputs, create_graph=False, strict=False, vectorize=False,
             strategy="reverse-mode"):
    """The Jacobian of ``func`` at ``inputs``: output.shape + input.shape per pair."""
    if strategy not in _STRATEGIES:
        raise ValueError('Expected strategy to be either "forward-mode" or "reverse-mode". '
                         'Hint: If your function has more outputs than inputs, "forward-mode" '
                         'tends to be more performant. Otherwise, prefer to use '
                         '"reverse-mode".')
    if strategy == "forward-mode" and not vectorize:
        raise NotImplementedError("Computing Jacobian using forward-AD or forward-over-reverse "
                                  "Hessian is only implemented for `vectorize=True`.")
    if vectorize and strict:
        raise RuntimeError("torch.autograd.functional.jacobian: `strict=True` and "
                           "`vectorized=True` are not supported together. Please either set "
                           "`strict=False` or `vectorize=False`.")
    with autograd.enable_grad():
        inputs_tuple, inputs = _as_tuple(inputs, "inputs", "jacobian")
        inputs = _prepare(inputs, create_graph)
        outputs_tuple, outputs = _as_tuple(func(*inputs), "outputs of the user-provided function",
                                           "jacobian")
        _check_outputs(outputs, strict)
        _check_size(outputs, inputs)
        result = tuple(_jacobian_of_output(number, out, inputs, create_graph, strict)
                       for number, out in enumerate(outputs))
        if not create_graph:
            result = tuple(tuple(item.detach() for item in row) for row in result)
    return _unpack(result, outputs_tuple, inputs_tuple)


def hessian(func, inputs, create_graph=False, strict=False, vectorize=False,
            outer_jacobian_strategy="reverse-mode"):
    """The Hessian of a scalar ``func``: a tuple of tuples for tuple inputs."""
    inputs_tuple, inputs = _as_tuple(inputs, "inputs", "hessian")
    if outer_jacobian_strategy not in _STRATEGIES:
        raise ValueError('Expected strategy to be either "forward-mode" or "reverse-mode".')

    def single_output(*args):
        out = func(*args)
        out_tuple, outs = _as_tuple(out, "outputs of the user-provided function", "hessian")
        _check_outputs(outs, strict)
        if out_tuple or not isinstance(out, Tensor):
            raise RuntimeError("The function given to hessian should return a single Tensor")
        if out.numel() != 1:
            raise RuntimeError("The Tensor returned by the function given to hessian should "
                               "contain a single element")
        return out.squeeze()

    def jacobian_function(*args):
        inner = jacobian(single_output, args, create_graph=True)
        if strict:
            for index, item in enumerate(inner):
                if not item.requires_grad:
                    raise RuntimeError(
                        "While computing the hessian, found that the jacobian of the "
                        f"user-provided function with respect to input {index} is independent "
                        "of the input. This is not allowed in strict mode. You should ensure "
                        "that your function is twice differentiable and that the jacobian "
                        "depends on the inputs (this would be violated by a linear function "
                        "for example).")
        return inner

    result = jacobian(jacobian_function, inputs, create_graph=create_graph, strict=strict,
                      vectorize=vectorize, strategy=outer_jacobian_strategy)
    return _unpack(result, inputs_tuple, inputs_tuple)
