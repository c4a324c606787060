"""``torch.optim.RMSprop`` (torch/optim/rmsprop.py, ``_single_tensor_rmsprop``)."""
from __future__ import annotations

from ..engine.ops.creation import zeros_like
from ..engine.tensor import Tensor
from .adam import _scalar
from .optimizer import Optimizer, _check_lr_tensor, _check_non_negative, _scalar_step


class RMSprop(Optimizer):
    """RMSprop: the gradient divided by a running root mean square."""

    def __init__(self, params, lr=1e-2, alpha=0.99, eps=1e-8, weight_decay=0, momentum=0,
                 centered=False, capturable=False, foreach=None, maximize=False,
                 differentiable=False) -> None:
        _check_lr_tensor(lr)
        _check_non_negative(("learning rate", lr), ("epsilon value", eps),
                            ("momentum value", momentum), ("weight_decay value", weight_decay),
                            ("alpha value", alpha))
        defaults = {"lr": lr, "momentum": momentum, "alpha": alpha, "eps": eps,
                    "centered": centered, "weight_decay": weight_decay,
                    "capturable": capturable, "foreach": foreach, "maximize": maximize,
                    "differentiable": differentiable}
        super().__init__(params, defaults)

    def step(self, closure=None):
        return self._run_step(closure, self._update)

    def _state_of(self, param: Tensor, group: dict) -> dict:
        state = self.state[param]
        if len(state) == 0:
            state["step"] = _scalar_step()
            state["square_avg"] = zeros_like(param)
            if group["momentum"] > 0:
                state["momentum_buffer"] = zeros_like(param)
            if group["centered"]:
                state["grad_avg"] = zeros_like(param)
        return state

    def _update(self, group: dict) -> None:
        lr, alpha, eps = _scalar(group["lr"]), group["alpha"], group["eps"]
        momentum, weight_decay = group["momentum"], group["weight_decay"]
        for param in self._params_with_grad(group):
            state = self._state_of(param, group)
            grad = param.grad if not group["maximize"] else -param.grad
            square_avg = state["square_avg"]
            state["step"].add_(1)
            if weight_decay != 0:
                grad = grad.add(param, alpha=weight_decay)
            square_avg.mul_(alpha).addcmul_(grad, grad, value=1 - alpha)
            if group["centered"]:
                grad_avg = state["grad_avg"]
                grad_avg.lerp_(grad, 1 - alpha)
                avg = square_avg.addcmul(grad_avg, grad_avg, value=-1).sqrt_()
            else:
                avg = square_avg.sqrt()
            avg = avg.add_(eps)
            if momentum > 0:
                buf = state["momentum_buffer"]
                buf.mul_(momentum).addcdiv_(grad, avg)
                param.add_(buf, alpha=-lr)
            else:
                param.addcdiv_(grad, avg, value=-lr)
