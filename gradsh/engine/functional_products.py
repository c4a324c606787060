"""``torch.autograd.functional.vjp``, ``jvp``, ``vhp`` and ``hvp``.

Written as PyTorch writes them (``torch/autograd/functional.py``): the
inputs are replaced by fresh tensors that require grad, the function runs
once, and the products come from ``autograd.grad``.  ``jvp`` and ``hvp`` use
the double-backward trick (a backward through zeros that require grad,
then a backward of that result with respect to those zeros), so their
numbers are PyTorch's.  Results are ``(func_output, product)``; each part a
tuple when the corresponding argument (outputs, inputs) was a tuple.
Without ``create_graph`` both parts are detached.
"""
from __future__ import annotations

from . import autograd
from .functional_ad import _as_tuple, _prepare
from .ops import creation
from .tensor import Tensor


def _preprocess_v(v, others: tuple, others_tuple: bool, fn_name: str, create_graph: bool):
    _, v = _as_tuple(v, "v", fn_name)
    v = tuple(item.view_as(item) if create_graph and item.requires_grad else item.detach()
              for item in v)
    if len(others) != len(v):
        if others_tuple:
            raise RuntimeError(f"v is a tuple of invalid length: should be {len(others)} but "
                               f"got {len(v)}.")
        raise RuntimeError("The given v should contain a single Tensor.")
    for index, (item, other) in enumerate(zip(v, others)):
        if tuple(item.shape) != tuple(other.shape):
            prepend = f"Entry {index} in " if others_tuple else ""
            raise RuntimeError(f"{prepend}v has invalid size: should be {other.shape} but got "
                               f"{item.shape}.")
    return v


_REQUIRES_GRAD_MESSAGES = {
    "outputs": ("Output {i} of the user-provided function does not require gradients. The "
                "outputs must be computed in a differentiable manner from the input when "
                "running in strict mode."),
    "grad_inputs": ("The gradient with respect to input {i} is independent of the inputs of "
                    "the user-provided function. This is not allowed in strict mode."),
    "jacobian": ("While computing the hessian, found that the jacobian of the user-provided "
                 "function with respect to input {i} is independent of the input. This is not "
                 "allowed in strict mode. You should ensure that your function is twice "
                 "differentiable and that the jacobian depends on the inputs (this would be "
                 "violated by a linear function for example)."),
    "hessian": ("The hessian of the user-provided function with respect to input {i} is "
                "independent of the input. This is not allowed in strict mode. You should "
                "ensure that your function is thrice differentiable and that the hessian "
                "depends on the inputs."),
}


def _check_requires_grad(values: tuple, kind: str, strict: bool) -> None:
    if not strict:
        return
    for i, value in enumerate(values):
        if value is None:
            raise RuntimeError(f"The output of the user-provided function is independent of "
                               f"input {i}. This is not allowed in strict mode.")
        if not value.requires_grad:
            raise RuntimeError(_REQUIRES_GRAD_MESSAGES[kind].format(i=i))


def _autograd_grad(outputs: tuple, inputs: tuple, grad_outputs=None,
                   create_graph: bool = False) -> tuple:
    """PyTorch's ``_autograd_grad``: only the outputs that require grad, unused -> None."""
    if grad_outputs is None:
        grad_outputs = (None,) * len(outputs)
    kept = [(out, g) for out, g in zip(outputs, grad_outputs)
            if out is not None and out.requires_grad]
    if not kept:
        return (None,) * len(inputs)
    return tuple(autograd.run_backward([out for out, _ in kept], [g for _, g in kept],
                                       create_graph=create_graph, inputs=list(inputs),
                                       allow_unused=True))


_ZERO_MESSAGES = {
    "back": ("The output of the user-provided function is independent of input {i}. This is "
             "not allowed in strict mode."),
    "back_trick": ("The gradient with respect to the input is independent of entry {i} in the "
                   "grad_outputs when using the double backward trick to compute forward mode "
                   "gradients. This is not allowed in strict mode."),
    "double_back": ("The jacobian of the user-provided function is independent of input {i}. "
                    "This is not allowed in strict mode."),
    "double_back_trick": ("The hessian of the user-provided function is independent of entry "
                          "{i} in the grad_jacobian. This is not allowed in strict mode as it "
                          "prevents from using the double backward trick to replace forward "
                          "mode AD."),
}


def _fill_in_zeros(grads: tuple, refs: tuple, strict: bool, create_graph: bool,
                   stage: str) -> tuple:
    filled = []
    for i, grad in enumerate(grads):
        if grad is None:
            if strict:
                raise RuntimeError(_ZERO_MESSAGES[stage].format(i=i))
            grad = creation.zeros_like(refs[i])
        elif strict and create_graph and not grad.requires_grad:
            what = "hessian" if "double" in stage else "jacobian"
            raise RuntimeError(f"The {what} of the user-provided function is independent of "
                               f"input {i}. This is not allowed in strict mode when "
                               "create_graph=True.")
        filled.append(grad)
    return tuple(filled)


def _postprocess(values: tuple, create_graph: bool) -> tuple:
    return values if create_graph else tuple(value.detach() for value in values)


def _unpack(values: tuple, was_tuple: bool):
    return values if was_tuple else values[0]


def _start(func, inputs, v, create_graph, fn_name, v_against_inputs):
    """Inputs prepared, v checked (against inputs for jvp/vhp/hvp), func run."""
    inputs_tuple, inputs = _as_tuple(inputs, "inputs", fn_name)
    inputs = _prepare(inputs, create_graph)
    if v_against_inputs:
        if v is not None:
            v = _preprocess_v(v, inputs, inputs_tuple, fn_name, create_graph)
        elif len(inputs) != 1 or inputs[0].numel() != 1:
            subject = ("the input to the user-provided function is a single Tensor with a "
                       "single element.")
            raise RuntimeError(f"The vector v can only be None if {subject}")
    outputs_tuple, outputs = _as_tuple(func(*inputs), "outputs of the user-provided function",
                                       fn_name)
    return inputs_tuple, inputs, outputs_tuple, outputs, v


def _grad_mode(create_graph: bool):
    return autograd.set_grad_enabled(True if create_graph else autograd.is_grad_enabled())


def vjp(func, inputs, v=None, create_graph=False, strict=False):
    """(func(inputs), v^T J): the vector-Jacobian product at ``inputs``."""
    with autograd.enable_grad():
        inputs_tuple, inputs, outputs_tuple, outputs, _ = _start(
            func, inputs, None, create_graph, "vjp", False)
        _check_requires_grad(outputs, "outputs", strict)
        if v is not None:
            v = _preprocess_v(v, outputs, outputs_tuple, "vjp", create_graph)
        elif len(outputs) != 1 or outputs[0].numel() != 1:
            raise RuntimeError("The vector v can only be None if the user-provided function "
                               "returns a single Tensor with a single element.")
    with _grad_mode(create_graph):
        grads = _autograd_grad(outputs, inputs, v, create_graph)
        product = _fill_in_zeros(grads, inputs, strict, create_graph, "back")
    return (_unpack(_postprocess(outputs, create_graph), outputs_tuple),
            _unpack(_postprocess(product, create_graph), inputs_tuple))


def jvp(func, inputs, v=None, create_graph=False, strict=False):
    """(func(inputs), J v): the Jacobian-vector product, by the double-backward trick."""
    with autograd.enable_grad():
        _, inputs, outputs_tuple, outputs, v = _start(func, inputs, v, create_graph, "jvp",
                                                      True)
        _check_requires_grad(outputs, "outputs", strict)
        # the backward is linear in grad_outputs: zeros are as good as any value
        grad_outputs = tuple(creation.zeros_like(out).requires_grad_(True) for out in outputs)
        grad_inputs = _autograd_grad(outputs, inputs, grad_outputs, create_graph=True)
        _check_requires_grad(grad_inputs, "grad_inputs", strict)
    with _grad_mode(create_graph):
        grads = _autograd_grad(grad_inputs, grad_outputs, v, create_graph)
        product = _fill_in_zeros(grads, outputs, strict, create_graph, "back_trick")
    return (_unpack(_postprocess(outputs, create_graph), outputs_tuple),
            _unpack(_postprocess(product, create_graph), outputs_tuple))


def _scalar_output(outputs: tuple, outputs_tuple: bool, strict: bool, fn_name: str) -> None:
    _check_requires_grad(outputs, "outputs", strict)
    if outputs_tuple or not isinstance(outputs[0], Tensor):
        raise RuntimeError(f"The function given to {fn_name} should return a single Tensor")
    if outputs[0].numel() != 1:
        raise RuntimeError(f"The Tensor returned by the function given to {fn_name} should "
                           "contain a single element")


def vhp(func, inputs, v=None, create_graph=False, strict=False):
    """(func(inputs), v^T H) for a scalar func."""
    with autograd.enable_grad():
        inputs_tuple, inputs, outputs_tuple, outputs, v = _start(
            func, inputs, v, create_graph, "vhp", True)
        _scalar_output(outputs, outputs_tuple, strict, "vhp")
        jac = _autograd_grad(outputs, inputs, create_graph=True)
        _check_requires_grad(jac, "jacobian", strict)
    with _grad_mode(create_graph):
        grads = _autograd_grad(jac, inputs, v, create_graph)
        product = _fill_in_zeros(grads, inputs, strict, create_graph, "double_back")
    return (_unpack(_postprocess(outputs, create_graph), outputs_tuple),
            _unpack(_postprocess(product, create_graph), inputs_tuple))


def hvp(func, inputs, v=None, create_graph=False, strict=False):
    """(func(inputs), H v) for a scalar func, by the double-backward trick."""
    with autograd.enable_grad():
        inputs_tuple, inputs, outputs_tuple, outputs, v = _start(
            func, inputs, v, create_graph, "hvp", True)
        _scalar_output(outputs, outputs_tuple, strict, "hvp")
        jac = _autograd_grad(outputs, inputs, create_graph=True)
        _check_requires_grad(jac, "jacobian", strict)
        grad_jac = tuple(creation.zeros_like(tensor).requires_grad_(True) for tensor in inputs)
        double_back = _autograd_grad(jac, inputs, grad_jac, create_graph=True)
        _check_requires_grad(jac, "hessian", strict)
    with _grad_mode(create_graph):
        grads = _autograd_grad(double_back, grad_jac, v, create_graph)
        product = _fill_in_zeros(grads, inputs, strict, create_graph, "double_back_trick")
    return (_unpack(_postprocess(outputs, create_graph), outputs_tuple),
            _unpack(_postprocess(product, create_graph), inputs_tuple))
