"""``torch.optim.SGD`` (torch/optim/sgd.py, ``_single_tensor_sgd``)."""
from __future__ import annotations

from ..engine.tensor import Tensor
from .optimizer import Optimizer, _check_fused, _check_lr_tensor, _to_scalar


class SGD(Optimizer):
    """Stochastic gradient descent, optionally with momentum (and Nesterov's)."""

    def __init__(self, params, lr=1e-3, momentum=0, dampening=0, weight_decay=0,
                 nesterov=False, *, maximize=False, foreach=None, differentiable=False,
                 fused=None) -> None:
        _check_lr_tensor(lr)
        if lr < 0.0:  # SGD's checks are ``< 0.0`` (NaN passes), unlike the others'
            raise ValueError(f"Invalid learning rate: {lr}")
        if momentum < 0.0:
            raise ValueError(f"Invalid momentum value: {momentum}")
        if weight_decay < 0.0:
            raise ValueError(f"Invalid weight_decay value: {weight_decay}")
        defaults = {"lr": lr, "momentum": momentum, "dampening": dampening,
                    "weight_decay": weight_decay, "nesterov": nesterov, "maximize": maximize,
                    "foreach": foreach, "differentiable": differentiable, "fused": fused}
        if nesterov and (momentum <= 0 or dampening != 0):
            raise ValueError("Nesterov momentum requires a momentum and zero dampening")
        super().__init__(params, defaults)
        _check_fused(fused, foreach, differentiable)

    def step(self, closure=None):
        return self._run_step(closure, self._update)

    def _update(self, group: dict) -> None:
        momentum, lr = group["momentum"], _to_scalar(group["lr"])
        weight_decay, dampening = group["weight_decay"], group["dampening"]
        for param in self._params_with_grad(group):
            grad = param.grad if not group["maximize"] else -param.grad
            if weight_decay != 0:
                grad = grad.add(param, alpha=weight_decay)
            if momentum != 0:
                state = self.state[param]
                buf = state.get("momentum_buffer")
                if buf is None:
                    buf = grad.detach().clone()
                else:
                    buf.mul_(momentum).add_(grad, alpha=1 - dampening)
                state["momentum_buffer"] = buf
                grad = grad.add(buf, alpha=momentum) if group["nesterov"] else buf
            if isinstance(lr, Tensor):
                if lr.requires_grad:
                    param.addcmul_(grad, lr, value=-1)
                else:
                    param.add_(grad, alpha=-lr.item())
            else:
                param.add_(grad, alpha=-lr)
