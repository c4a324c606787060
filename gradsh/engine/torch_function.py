"""torch.nn.functional's __torch_function__ helpers and its DType alias.

PyTorch's F module re-exports ``has_torch_function``, ``has_torch_function_unary``,
``has_torch_function_variadic`` and ``handle_torch_function`` from
torch/overrides.py, and ``DType = int`` (a typing alias). gradsh has no
dispatch of its own ops through ``__torch_function__``; these helpers follow
overrides.py for what a user's code can call them with:

- an exact ``Tensor`` or ``Parameter`` is not dispatchable (the has_* checks
  are False), so ``if has_torch_function_unary(a): ...`` falls through;
- an object whose class (a user class) defines ``__torch_function__`` is;
- ``handle_torch_function`` calls the overloaded classes' ``__torch_function__``
  in NEP-18 order (subclasses before their bases, else left to right); a
  plain Tensor's own ``Tensor.__torch_function__`` just calls the function.

Only values the user passed in (and the user's own classes) are handed back
to user code, so the sandbox is kept.
"""
from __future__ import annotations

from .tensor import Tensor

DType = int  # torch.nn.functional.DType: a typing alias of int


def _plain_tensor_types() -> tuple:
    types = [Tensor]
    import sys  # noqa: PLC0415 - Parameter counts only once nn is loaded

    parameter_module = sys.modules.get("gradsh.nn.parameter")
    if parameter_module is not None:
        types.append(parameter_module.Parameter)
    return tuple(types)


def _dispatchable(value) -> bool:
    """True when ``value``'s class brings a ``__torch_function__`` of its own."""
    kind = type(value)
    if kind in _plain_tensor_types():
        return False
    if isinstance(value, Tensor):  # a Tensor subclass inherits Tensor.__torch_function__
        return True
    return getattr(kind, "__torch_function__", None) is not None


def _sequence(relevant_args):
    if not isinstance(relevant_args, (tuple, list)):
        raise TypeError("expected a sequence")
    return relevant_args


def has_torch_function(relevant_args) -> bool:
    """True if an element of ``relevant_args`` implements ``__torch_function__``."""
    return any(_dispatchable(value) for value in _sequence(relevant_args))


def has_torch_function_unary(value) -> bool:
    """has_torch_function for one argument (no tuple to build)."""
    return _dispatchable(value)


def has_torch_function_variadic(*args) -> bool:
    """has_torch_function over the arguments themselves."""
    return any(_dispatchable(value) for value in args)


def _overloaded(relevant_args) -> list:
    """Arguments to call ``__torch_function__`` on: one per class, a subclass
    before its base (overrides.py's _get_overloaded_args, after NEP-18)."""
    seen, ordered = set(), []
    for value in relevant_args:
        kind = type(value)
        if kind in seen or not (isinstance(value, Tensor)
                                or getattr(kind, "__torch_function__", None) is not None):
            continue
        seen.add(kind)
        index = len(ordered)
        for position, earlier in enumerate(ordered):
            if issubclass(kind, type(earlier)):
                index = position
                break
        ordered.insert(index, value)
    return ordered


def handle_torch_function(public_api, relevant_args, *args, **kwargs):
    """Call ``public_api``'s ``__torch_function__`` overrides among ``relevant_args``."""
    overloaded = _overloaded(_sequence(relevant_args))
    types = tuple(type(value) for value in overloaded)
    for value in overloaded:
        method = getattr(value, "__torch_function__", None)  # from the instance, as overrides.py
        if method is None:  # a gradsh Tensor: Tensor.__torch_function__ calls the function
            if not all(issubclass(type(value), kind) for kind in types):
                continue
            return public_api(*args, **kwargs)
        result = method(public_api, types, args, kwargs)
        if result is not NotImplemented:
            return result
    module = getattr(public_api, "__module__", None)
    if module == "builtins":  # a function of the user's session (lang's UserFunction)
        module = "__main__"
    name = f"{module}.{getattr(public_api, '__name__', '?')}"
    listed = ", ".join(f"<class '{kind.__module__}.{kind.__qualname__}'>" for kind in types)
    raise TypeError(f"no implementation found for '{name}' on types that implement "
                    f"__torch_function__: [{listed}]")


def members() -> dict:
    """The names torch.nn.functional gets from here."""
    return {"DType": DType, "has_torch_function": has_torch_function,
            "has_torch_function_unary": has_torch_function_unary,
            "has_torch_function_variadic": has_torch_function_variadic,
            "handle_torch_function": handle_torch_function}
