"""Module backward hooks: ``register_full_backward_hook`` and
``register_full_backward_pre_hook``, as torch/utils/hooks.py's ``BackwardHook``
and torch/nn/modules/_functions.py's ``BackwardHookFunction`` do them.

The module's tensor inputs and outputs pass through an identity node named
``BackwardHookFunctionBackward``. A post-hook on the outputs' node sees the
gradients of the outputs (and runs the backward pre-hooks, which may replace
them); a post-hook on the inputs' node sees the gradients of the inputs and
calls the user's hooks with both. When no input requires grad, the hooks
fire at the outputs, with PyTorch's warning.
"""
from __future__ import annotations

import warnings
from typing import Any

from ..engine import autograd
from ..engine.tensor import Tensor

NO_INPUT_WARNING = (
    "Full backward hook is firing when gradients are computed with respect to module outputs "
    "since no inputs require gradients. See "
    "https://docs.pytorch.org/docs/main/generated/torch.nn.Module.html"
    "#torch.nn.Module.register_full_backward_hook for more details.")


def _identity_backward(grads):
    return tuple(grads)


def _backward_hook_function(tensors: list) -> tuple:
    """BackwardHookFunction.apply: the same values, recorded through one identity
    node; inputs that do not require grad give outputs that do not either."""
    outputs = tuple(Tensor._make(t._data, t.dtype, base=t) for t in tensors)
    autograd.record(outputs, "BackwardHookFunctionBackward", tuple(tensors), _identity_backward)
    node = next((out.grad_fn for out in outputs if out.grad_fn is not None), None)
    if node is not None:
        node._python_backward = True  # a torch.autograd.Function in PyTorch
    for source, out in zip(tensors, outputs):
        if not source._requires_grad:
            out._requires_grad, out.grad_fn = False, None
    return outputs


class BackwardHook:
    """Links the gradients of one call's outputs with those of its inputs."""

    def __init__(self, module, user_hooks: list, user_pre_hooks: list) -> None:
        self.user_hooks = user_hooks
        self.user_pre_hooks = user_pre_hooks
        self.module = module
        self.grad_outputs = None
        self.n_outputs = -1
        self.output_tensors_index = None
        self.n_inputs = -1
        self.input_tensors_index = None

    @staticmethod
    def _pack_with_none(indices, values, size: int) -> tuple:
        packed: list = [None] * size
        for index, value in zip(indices, values):
            packed[index] = value
        return tuple(packed)

    @staticmethod
    def _unpack_none(indices, values) -> tuple:
        return tuple(values[index] for index in indices)

    def _set_user_hook(self, grad_fn) -> None:
        def hook(grad_input, _):
            if self.grad_outputs is None:
                # the gradient reached the inputs without passing the outputs
                return None
            packed = self._pack_with_none(self.input_tensors_index, grad_input, self.n_inputs)
            for user_hook in self.user_hooks:
                out = user_hook(self.module, packed, self.grad_outputs)
                if out is None:
                    continue
                if len(out) != len(packed):
                    raise RuntimeError("Backward hook returned an invalid number of grad_input, "
                                       f"got {len(out)}, but expected {len(packed)}")
                packed = out
            self.grad_outputs = None
            return self._unpack_none(self.input_tensors_index, packed)

        grad_fn.register_hook(hook)

    def _apply_on_tensors(self, fn, args: tuple):
        indices, tensors, requires_grad = [], [], False
        for index, arg in enumerate(args):
            if isinstance(arg, Tensor):
                indices.append(index)
                tensors.append(arg)
                requires_grad |= arg.requires_grad
        if not (requires_grad and autograd.is_grad_enabled()):
            return args, None
        new_tensors = _backward_hook_function(tensors)
        grad_fns = [t.grad_fn for t in new_tensors if t.grad_fn is not None]
        fn(grad_fns[0])
        arg_list = list(args)
        for index, value in zip(indices, new_tensors):
            arg_list[index] = value
        return tuple(arg_list), indices

    def setup_input_hook(self, args: tuple) -> tuple:
        result, self.input_tensors_index = self._apply_on_tensors(self._set_user_hook, args)
        self.n_inputs = len(args)
        return result

    def setup_output_hook(self, result: Any) -> Any:
        def fn(grad_fn) -> None:
            def hook(_, grad_output):
                self.grad_outputs = self._pack_with_none(self.output_tensors_index, grad_output,
                                                         self.n_outputs)
                expected = len(self.grad_outputs)
                for user_pre_hook in self.user_pre_hooks:
                    changed = user_pre_hook(self.module, self.grad_outputs)
                    if changed is None:
                        continue
                    if len(changed) != expected:
                        raise RuntimeError("Backward pre hook returned an invalid number of "
                                           f"grad_output, got {len(changed)}, but expected "
                                           f"{expected}")
                    self.grad_outputs = changed
                local_grad_outputs = self.grad_outputs
                if self.input_tensors_index is None:
                    warnings.warn(NO_INPUT_WARNING, UserWarning, stacklevel=2)
                    grad_inputs = self._pack_with_none([], [], self.n_inputs)
                    for user_hook in self.user_hooks:
                        res = user_hook(self.module, grad_inputs, self.grad_outputs)
                        if res is not None and not (
                                isinstance(res, tuple) and all(el is None for el in res)):
                            raise RuntimeError("Backward hook for Modules where no input requires "
                                               "gradient should always return None or None for "
                                               "all gradients.")
                    self.grad_outputs = None
                if local_grad_outputs is not None:
                    return tuple(local_grad_outputs[i] for i in self.output_tensors_index)
                return None

            grad_fn.register_hook(hook)

        is_tuple = isinstance(result, tuple)
        args = result if is_tuple else (result,)
        hooked, self.output_tensors_index = self._apply_on_tensors(fn, args)
        self.n_outputs = len(args)
        return hooked if is_tuple else hooked[0]
