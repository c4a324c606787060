"""``torch.optim.Adagrad`` (torch/optim/adagrad.py, ``_single_tensor_adagrad``)."""
from __future__ import annotations

from ..engine.ops.creation import full_like
from .adam import _scalar
from .optimizer import (Optimizer, _check_fused, _check_lr_tensor, _check_non_negative,
                        _get_value, _scalar_step)


class Adagrad(Optimizer):
    """Adagrad: each coordinate's step divided by its accumulated squared gradients."""

    def __init__(self, params, lr=1e-2, lr_decay=0, weight_decay=0, initial_accumulator_value=0,
                 eps=1e-10, foreach=None, *, maximize=False, differentiable=False,
                 fused=None) -> None:
        _check_lr_tensor(lr)
        _check_non_negative(("learning rate", lr), ("lr_decay value", lr_decay),
                            ("weight_decay value", weight_decay),
                            ("initial_accumulator_value value", initial_accumulator_value),
                            ("epsilon value", eps))
        defaults = {"lr": lr, "lr_decay": lr_decay, "eps": eps, "weight_decay": weight_decay,
                    "initial_accumulator_value": initial_accumulator_value,
                    "foreach": foreach, "maximize": maximize, "differentiable": differentiable,
                    "fused": fused}
        super().__init__(params, defaults)
        _check_fused(fused, foreach, differentiable)
        # Adagrad's state exists from the start (PyTorch fills it in __init__).
        for group in self.param_groups:
            for param in group["params"]:
                state = self.state[param]
                state["step"] = _scalar_step()
                state["sum"] = full_like(param, initial_accumulator_value)

    def step(self, closure=None):
        return self._run_step(closure, self._update)

    def _update(self, group: dict) -> None:
        lr, lr_decay = _scalar(group["lr"]), group["lr_decay"]
        eps, weight_decay = group["eps"], group["weight_decay"]
        for param in self._params_with_grad(group):
            state = self.state[param]
            step_t, state_sum = state["step"], state["sum"]
            step_t.add_(1)
            step = _get_value(step_t)
            grad = param.grad if not group["maximize"] else -param.grad
            if weight_decay != 0:
                grad = grad.add(param, alpha=weight_decay)
            clr = lr / (1 + (step - 1) * lr_decay)
            state_sum.addcmul_(grad, grad, value=1)
            std = state_sum.sqrt().add_(eps)
            param.addcdiv_(grad, std, value=-clr)
