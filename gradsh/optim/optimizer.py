"""``torch.optim.Optimizer`` (torch/optim/optimizer.py): parameter groups,
state, ``zero_grad``, ``state_dict`` / ``load_state_dict`` and the repr.

Each optimizer's ``step`` is PyTorch's single-tensor CPU function written
with the same Tensor operations in the same order (ARCHITECTURE idiom 13),
so the parameters after N steps are PyTorch's to the bit. The step runs
under ``no_grad`` as PyTorch's ``_use_grad_for_differentiable`` does.
"""
from __future__ import annotations

import warnings
from collections import OrderedDict, defaultdict
from copy import deepcopy
from itertools import chain
from typing import Any, Callable, Optional

from ..engine import autograd
from ..engine.hooks import RemovableHandle
from ..engine.tensor import Tensor
from ..journal import JOURNAL, note_state

_PUBLIC = frozenset({
    "step", "zero_grad", "param_groups", "state", "defaults", "state_dict", "load_state_dict",
    "add_param_group", "register_step_pre_hook", "register_step_post_hook",
})


class _RequiredParameter:
    """Singleton class representing a required parameter for an Optimizer."""

    def __repr__(self) -> str:
        return "<required parameter>"


required = _RequiredParameter()


def _typename(value) -> str:
    if isinstance(value, Tensor):
        return value.type()
    kind = type(value)
    module = kind.__module__
    return kind.__qualname__ if module in ("builtins", "__main__", None) else \
        f"{module}.{kind.__qualname__}"


def _get_value(step: Tensor) -> float:
    """The step count as a Python float (``step_t.item()``)."""
    return step.item()


def _scalar_step() -> Tensor:
    """A fresh ``state["step"]``: a 0-d float32 tensor, as PyTorch keeps it."""
    from ..engine.ops.creation import tensor  # noqa: PLC0415

    from ..engine import dtypes  # noqa: PLC0415

    return tensor(0.0, dtype=dtypes.float32)


class Optimizer:
    """Base class for all optimizers."""

    _declared = _PUBLIC

    def __init__(self, params, defaults: dict) -> None:
        self.defaults = defaults
        self._step_pre_hooks: OrderedDict = OrderedDict()
        self._step_post_hooks: OrderedDict = OrderedDict()
        if isinstance(params, Tensor):
            raise TypeError("params argument given to the optimizer should be an iterable of "
                            f"Tensors or dicts, but got {_typename(params)}")
        self.state: defaultdict = defaultdict(dict)
        self.param_groups: list = []
        param_groups = list(params)
        if len(param_groups) == 0:
            raise ValueError("optimizer got an empty parameter list")
        if not isinstance(param_groups[0], dict):
            param_groups = [{"params": param_groups}]
        for param_group in param_groups:
            self.add_param_group(param_group)

    # ----------------------------------------------- what a script may touch
    @property
    def __gradsh_attrs__(self) -> frozenset:
        return frozenset(type(self)._declared)

    __gradsh_settable__ = frozenset({"param_groups", "state", "defaults"})

    def __repr__(self) -> str:
        text = type(self).__name__ + " ("
        for number, group in enumerate(self.param_groups):
            text += f"\nParameter Group {number}\n"
            for key in sorted(group.keys()):
                if key != "params":
                    text += f"    {key}: {group[key]}\n"
        return text + ")"

    # ------------------------------------------------------------- groups
    def add_param_group(self, param_group: dict) -> None:
        if not isinstance(param_group, dict):
            raise TypeError(f"param_group must be a dict, but got {type(param_group)}")
        params = param_group["params"]
        if isinstance(params, Tensor):
            param_group["params"] = [params]
        elif isinstance(params, set):
            raise TypeError("optimizer parameters need to be organized in ordered collections, "
                            "but the ordering of tensors in sets will change between runs. "
                            "Please use a list instead.")
        else:
            param_group["params"] = list(params)
        tensors, names = [], []
        for param in param_group["params"]:
            if isinstance(param, tuple):
                names.append(param[0])
                tensors.append(param[1])
            else:
                tensors.append(param)
        param_group["params"] = tensors
        if names:
            if len(names) != len(tensors):
                raise ValueError("all optimizer params should be with/without names. Some param "
                                 "names are missing")
            param_group["param_names"] = names
        for param in tensors:
            if not isinstance(param, Tensor):
                raise TypeError("optimizer can only optimize Tensors, but one of the params is "
                                + _typename(param))
            if not self.defaults.get("differentiable", None) and not (
                    param.is_leaf or param.retains_grad):
                raise ValueError("can't optimize a non-leaf Tensor")
        for name, default in self.defaults.items():
            if default is required and name not in param_group:
                raise ValueError("parameter group didn't specify a value of required "
                                 f"optimization parameter {name}")
            param_group.setdefault(name, default)
        if len(tensors) != len({id(p) for p in tensors}):
            warnings.warn("optimizer contains a parameter group with duplicate parameters; in "
                          "future, this will cause an error; see "
                          "github.com/pytorch/pytorch/issues/40967 for more information",
                          stacklevel=3)
        seen: set = set()
        for group in self.param_groups:
            seen.update(id(p) for p in group["params"])
            if ("param_names" in param_group) != ("param_names" in group):
                which = "with names" if "param_names" in param_group else "without names"
                raise ValueError("all optimizer param groups should be with/without names. "
                                 f"cannot add param group {which} to the optimizer")
        if not seen.isdisjoint(id(p) for p in tensors):
            raise ValueError("some parameters appear in more than one parameter group")
        self.param_groups.append(param_group)

    # --------------------------------------------------------------- grads
    def zero_grad(self, set_to_none: bool = True) -> None:
        for group in self.param_groups:
            for param in group["params"]:
                if param.grad is None:
                    continue
                if set_to_none:
                    param.grad = None
                else:
                    grad = param.grad
                    if grad.grad_fn is not None:
                        grad.detach_()
                    else:
                        grad.requires_grad_(False)
                    grad.zero_()

    def step(self, closure: Optional[Callable] = None):
        raise NotImplementedError

    def _run_step(self, closure, update) -> Any:
        """The frame of every ``step``: hooks, the closure under ``enable_grad``,
        and ``update(group)`` for each group under ``no_grad``."""
        if JOURNAL[0] is not None:  # a failing statement leaves the state as it was
            note_state(self, (self.state, *self.state.values(), self.param_groups,
                              *self.param_groups))
        for hook in list(self._step_pre_hooks.values()):
            result = hook(self, (), {})
            if result is not None:
                raise RuntimeError(f"{hook} must return None or a tuple of (new_args, "
                                   f"new_kwargs), but got {result}.")
        self._opt_called = True  # what a scheduler's order warning looks for
        loss = None
        if closure is not None:
            with autograd.enable_grad():
                loss = closure()
        with autograd.no_grad():
            for group in self.param_groups:
                update(group)
        for hook in list(self._step_post_hooks.values()):
            hook(self, (), {})
        return loss

    def register_step_pre_hook(self, hook: Callable) -> RemovableHandle:
        return self._register(self._step_pre_hooks, hook)

    def register_step_post_hook(self, hook: Callable) -> RemovableHandle:
        return self._register(self._step_post_hooks, hook)

    @staticmethod
    def _register(hooks: dict, hook: Callable) -> RemovableHandle:
        handle = RemovableHandle(hooks)  # the one handle class of every register_*hook
        hooks[handle.id] = hook
        return handle

    def _params_with_grad(self, group: dict) -> list:
        return [p for p in group["params"] if p.grad is not None]

    # -------------------------------------------------------------- state
    def state_dict(self) -> dict:
        mapping: dict = {}
        start = 0

        def pack(group: dict) -> dict:
            nonlocal start
            packed = {k: v for k, v in group.items() if k != "params"}
            mapping.update({id(p): i for i, p in enumerate(group["params"], start)
                            if id(p) not in mapping})
            packed["params"] = [mapping[id(p)] for p in group["params"]]
            start += len(packed["params"])
            return packed

        groups = [pack(g) for g in self.param_groups]
        state = {(mapping[id(k)] if isinstance(k, Tensor) else k): v
                 for k, v in self.state.items()}
        return {"state": state, "param_groups": groups}

    def load_state_dict(self, state_dict: dict) -> None:
        state_dict = state_dict.copy()
        groups = self.param_groups
        saved_groups = deepcopy(state_dict["param_groups"])
        if len(groups) != len(saved_groups):
            raise ValueError("loaded state dict has a different number of parameter groups")
        if any(len(g["params"]) != len(s["params"]) for g, s in zip(groups, saved_groups)):
            raise ValueError("loaded state dict contains a parameter group that doesn't match "
                             "the size of optimizer's group")
        id_map = dict(zip(chain.from_iterable(g["params"] for g in saved_groups),
                          chain.from_iterable(g["params"] for g in groups)))
        state: defaultdict = defaultdict(dict)
        for key, value in state_dict["state"].items():
            if key in id_map:
                param = id_map[key]
                state[param] = _cast(param, value)
            else:
                state[key] = value
        for group, new_group in zip(groups, saved_groups):
            new_group["params"] = group["params"]
            if "param_names" in group and "param_names" not in new_group:
                new_group["param_names"] = group["param_names"]
        self.state = state
        self.param_groups = saved_groups


def _cast(param: Tensor, value, key=None):
    """A copy of a saved state value, its floating tensors in the param's dtype
    and device (``step`` kept as it is), as PyTorch's load_state_dict does."""
    if isinstance(value, Tensor):
        if key == "step":
            return value
        if param.is_floating_point():
            return value.to(dtype=param.dtype, device=param.device)
        return value.to(device=param.device)
    if isinstance(value, dict):
        return {k: _cast(param, v, key=k) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return type(value)(_cast(param, v) for v in value)
    return value


def _check_lr_tensor(lr) -> None:
    if isinstance(lr, Tensor) and lr.numel() != 1:
        raise ValueError("Tensor lr must be 1-element")


def _check_non_negative(*checks: tuple) -> None:
    """PyTorch's ``if not 0.0 <= value: raise ValueError(f"Invalid {label}: {value}")``,
    in the constructor's order (NaN is refused too)."""
    for label, value in checks:
        if not 0.0 <= value:
            raise ValueError(f"Invalid {label}: {value}")


def _check_fused(fused, foreach, differentiable) -> None:
    if fused:
        if differentiable:
            raise RuntimeError("`fused` does not support `differentiable`")
        if foreach:
            raise RuntimeError("`fused` and `foreach` cannot be `True` together.")


def _to_scalar(value):
    """A 1-element tensor hyper-parameter as PyTorch's ``_to_scalar`` keeps it."""
    if isinstance(value, Tensor) and value.dim() != 0:
        return value.squeeze()
    return value
