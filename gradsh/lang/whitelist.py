"""What a gradsh program may reach: attributes, settable attributes, built-ins.

The evaluator never calls ``getattr``/``setattr`` on a user-supplied name
directly; it goes through :func:`get_attribute` and :func:`set_attribute`,
which apply the rules of SPEC §2 ("Safety"):

* a name starting with ``_`` is never reachable, whatever a table says;
* an engine object lists its public attributes in ``__gradsh_attrs__``
  (declared by its class, or carried by the instance, as a ``Namespace`` does)
  and the attributes that may be assigned in ``__gradsh_settable__``;
* Python's own types (and NumPy arrays) have the table below.

The built-in functions exposed to programs are listed in :data:`SAFE_BUILTINS`;
none of them gives access to Python internals (no getattr, eval, exec, open,
type, globals, __import__), and ``str.format`` is replaced by a formatter that
resolves fields through :func:`get_attribute`.
"""
from __future__ import annotations

import array
import builtins
import string
import sys
from typing import Any

from . import guards, nesting, sizes
from . import atomic
from .diagnostics import closest
from ..display import hide_addresses
from ..journal import JOURNAL

_STR_ATTRS = frozenset(
    "upper lower strip lstrip rstrip split join format startswith endswith replace "
    "title capitalize count find isdigit isalpha rfind index rindex rsplit splitlines "
    "partition rpartition zfill ljust rjust center isspace isalnum isupper islower "
    "casefold swapcase removeprefix removesuffix".split()
)
_LIST_ATTRS = frozenset(
    "append extend pop index count insert remove reverse sort copy clear".split())
_TUPLE_ATTRS = frozenset({"count", "index"})
_DICT_ATTRS = frozenset(
    "keys values items get pop popitem setdefault update clear copy".split())
_NUMBER_ATTRS = frozenset({"real", "imag", "is_integer", "conjugate"})
_NDARRAY_ATTRS = frozenset(
    "shape dtype ndim size T tolist sum mean max min reshape astype item copy".split()
)
_NP_SCALAR_ATTRS = frozenset({"item", "dtype", "real", "imag", "shape", "ndim", "size", "tolist"})
_NP_DTYPE_ATTRS = frozenset({"name", "itemsize", "kind"})

# Checked in order against the object's class (isinstance), so a subclass such
# as numpy.float64 (a float) or bool (an int) finds its base's entry.
_BUILTIN_TYPE_ATTRS: tuple[tuple[type, frozenset], ...] = (
    (BaseException, frozenset({"args"})),  # str(e) and e.args are the message
    (property, frozenset({"setter", "getter", "deleter", "fget", "fset", "fdel"})),
    (slice, frozenset({"start", "stop", "step", "indices"})),
    ((set, frozenset), frozenset(
        "add discard remove pop clear copy update union intersection difference "
        "symmetric_difference issubset issuperset isdisjoint intersection_update "
        "difference_update symmetric_difference_update".split())),
    (str, _STR_ATTRS),
    (array.array, frozenset(  # `import array`: no file methods (tofile, fromfile)
        "typecode itemsize tolist append extend pop index count insert remove reverse "
        "tobytes".split())),
    (list, _LIST_ATTRS),
    (tuple, _TUPLE_ATTRS),
    (dict, _DICT_ATTRS),
)
_NUMBER_TYPE_ATTRS: tuple[tuple[type, frozenset], ...] = (
    (bool, _NUMBER_ATTRS),
    (int, _NUMBER_ATTRS),
    (float, _NUMBER_ATTRS),
    (complex, _NUMBER_ATTRS),
)


def _type_attrs() -> tuple:
    """The table for Python's types, with NumPy's once NumPy is loaded.

    NumPy is not imported here: a NumPy object can only exist once the
    engine has loaded it, and start-up stays free of it until then.
    """
    numpy = sys.modules.get("numpy")
    if numpy is None:
        return _BUILTIN_TYPE_ATTRS + _NUMBER_TYPE_ATTRS
    return _BUILTIN_TYPE_ATTRS + (
        (numpy.ndarray, _NDARRAY_ATTRS),
        (numpy.generic, _NP_SCALAR_ATTRS),
        (numpy.dtype, _NP_DTYPE_ATTRS),
    ) + _NUMBER_TYPE_ATTRS


class SafeFormatter(string.Formatter):
    """``str.format`` whose ``{x.attr}`` / ``{x[0]}`` fields obey the whitelist."""

    def get_field(self, field_name: str, args: Any, kwargs: Any) -> tuple:
        first, rest = _formatter_field_name_split(field_name)
        value = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            value = get_attribute(value, key) if is_attr else value[key]
        return value, first

    def format_field(self, value: Any, format_spec: str) -> Any:
        guards.check_format_spec(format_spec)
        text = super().format_field(value, format_spec)
        return text if type(value) is str else hide_addresses(text)  # no host addresses


def _formatter_field_name_split(field_name: str):
    import _string  # the helper str.format itself uses

    return _string.formatter_field_name_split(field_name)


def _safe_format(text: str):
    """The bound ``text.format`` replacement."""

    def format(*args: Any, **kwargs: Any) -> str:  # noqa: A001 - mirrors str.format
        return SafeFormatter().format(text, *args, **kwargs)

    return format


def allowed_attributes(obj: Any) -> frozenset:
    """The attribute names a program may read on obj (before the ``_`` rule)."""
    from .classes import user_names  # noqa: PLC0415

    defined = user_names(obj)
    if defined is not None:
        return defined | _host_attributes(obj)
    return _host_attributes(obj)


def _declared(obj: Any) -> Any:
    """``__gradsh_attrs__`` without running a user class's ``__getattr__``."""
    return _instance_declared(obj, "__gradsh_attrs__")


def _instance_declared(obj: Any, name: str) -> Any:
    """A ``__gradsh_*__`` table of obj (a class's, or an instance's own property)."""
    lookup = type.__getattribute__ if isinstance(obj, type) else object.__getattribute__
    try:
        return lookup(obj, name)
    except AttributeError:
        return None


def _host_attributes(obj: Any) -> frozenset:
    declared = _declared(obj)
    if isinstance(declared, frozenset) and not isinstance(obj, type):
        return declared
    if isinstance(obj, type):
        # A class reached through a namespace (torch.Tensor): its declared
        # members, e.g. torch.Tensor.add(x, y); never its Python internals.
        # A layer's class methods (nn.EmbeddingBag.from_pretrained) are in
        # its __gradsh_class_attrs__.
        if not isinstance(declared, frozenset):
            declared = _instance_declared(obj, "__gradsh_class_attrs__")
        return declared if isinstance(declared, frozenset) else frozenset()
    for python_type, attrs in _type_attrs():
        if isinstance(obj, python_type):
            return attrs
    return frozenset()


def type_label(obj: Any) -> str:
    if hasattr(obj, "gradsh_op"):  # a torch function: a builtin in PyTorch
        return "builtin_function_or_method"
    return type(obj).__name__


def attribute_error(obj: Any, name: str) -> AttributeError:
    """Python's/PyTorch's wording, with a did-you-mean note when one is close."""
    members = getattr(obj, "members", None) if _is_namespace(obj) else None
    if members is not None:
        error = AttributeError(f"module '{obj.name}' has no attribute '{name}'")
    elif isinstance(obj, type):
        error = AttributeError(f"type object '{obj.__name__}' has no attribute '{name}'")
    else:
        error = AttributeError(f"'{type_label(obj)}' object has no attribute '{name}'")
    close = closest(name, allowed_attributes(obj))
    if close:
        error.gradsh_notes = [f"did you mean '{close}'?"]
    return error


def _is_namespace(obj: Any) -> bool:
    return type(obj).__name__ in ("Namespace", "LazyNamespace") and hasattr(obj, "members")


def get_attribute(obj: Any, name: str) -> Any:
    """``obj.name`` as a gradsh program sees it."""
    from .classes import RESERVED, SAFE_DUNDERS, user_getattr, user_names  # noqa: PLC0415

    defined = user_names(obj)
    if defined is not None and name in defined:
        return getattr(obj, name)  # what the user's own code defined
    if defined is not None and "__getattr__" in defined and name not in RESERVED and \
            not isinstance(obj, type) and name not in allowed_attributes(obj):
        return user_getattr(obj, name)
    if name in RESERVED:
        raise AttributeError(f"gradsh: attribute '{name}' is not accessible")
    if name in SAFE_DUNDERS and (isinstance(obj, type) or callable(obj)):
        return getattr(obj, name)
    if name == "__version__" and _is_namespace(obj) and name in obj.members:
        return obj.members[name]  # torch.__version__
    if name.startswith("_"):
        raise AttributeError(f"gradsh: attribute '{name}' is not accessible (names starting "
                             "with '_' are private)")
    if name not in allowed_attributes(obj):
        raise attribute_error(obj, name)
    if isinstance(obj, str) and name in _GUARDED_STR_METHODS:
        return _GUARDED_STR_METHODS[name](obj)
    if name in _GUARDED_ARRAY_METHODS and type(obj).__name__ == "ndarray":
        return _GUARDED_ARRAY_METHODS[name](obj)
    if nesting.is_keyed(obj, name):  # a tuple key nested too deep: RecursionError
        return nesting.keyed_method(obj, name, getattr(obj, name))  # sizes checked too
    return getattr(obj, name)


# Methods whose result can outgrow their object: checked before they run.
_GUARDED_STR_METHODS = {"format": _safe_format, "join": guards.guarded_join,
                        "replace": guards.guarded_replace,
                        **sizes.GUARDED_STR_METHODS}  # split, ljust, ...: issue 19


def _array_astype(array: Any):
    def astype(dtype: Any, *args: Any, **kwargs: Any) -> Any:
        import numpy

        from gradsh.engine import limits

        target = numpy.dtype(dtype)
        if target.kind in "OSUVMm":
            raise TypeError(f"gradsh: arrays hold numbers only, not {target}")
        limits.check_allocation(array.shape, target, "an array")
        return array.astype(target, *args, **kwargs)

    return astype


def _array_copy(array: Any):
    def copy(*args: Any, **kwargs: Any) -> Any:
        from gradsh.engine import limits

        limits.check_allocation(array.shape, array.dtype, "an array")
        return array.copy(*args, **kwargs)

    return copy


def _array_tolist(array: Any):
    def tolist() -> Any:
        sizes.check_list(array.size, sizes.python_item_bytes(array.dtype.kind))
        return array.tolist()

    return tolist


_GUARDED_ARRAY_METHODS = {"astype": _array_astype, "copy": _array_copy,
                          "tolist": _array_tolist}
# The set methods that take iterables (update, union, ...) check their lengths
# in nesting.keyed_method, with the nesting of their tuples.


def set_attribute(obj: Any, name: str, value: Any) -> None:
    """``obj.name = value``: any name on what the user's classes made (Python's
    rules: properties, ``__setattr__``), else only what a host class lists as settable."""
    from .classes import (RESERVED, _mark_class_name, host_owns,  # noqa: PLC0415
                          record_assignment, user_names)

    if name in RESERVED:
        raise AttributeError(f"gradsh: attribute '{name}' is not accessible")
    if user_names(obj) is not None and not _host_declares(obj, name):
        if host_owns(obj, name):
            raise AttributeError(f"gradsh: attribute '{name}' of '{type_label(obj)}' object "
                                 "belongs to its base class and cannot be assigned")
        if JOURNAL[0] is not None:
            atomic.attribute(obj, name)
        setattr(obj, name, value)
        if isinstance(obj, type):
            _mark_class_name(obj, name)  # a class attribute of a user class
        else:
            record_assignment(obj, name)
        return
    if name.startswith("_"):
        raise AttributeError(f"gradsh: attribute '{name}' is not accessible (names starting "
                             "with '_' are private)")
    settable = _instance_declared(obj, "__gradsh_settable__")
    if not isinstance(settable, frozenset) or name not in settable:
        if name in allowed_attributes(obj):
            raise AttributeError(f"gradsh: attribute '{name}' of '{type_label(obj)}' "
                                 "object is read-only")
        raise attribute_error(obj, name)
    if JOURNAL[0] is not None:
        atomic.attribute(obj, name)
    setattr(obj, name, value)


def _host_declares(obj: Any, name: str) -> bool:
    """A host base class of a user class lists ``name`` as settable (its own rules
    then apply: ``model.training = False``, ``model.fc.weight = nn.Parameter(...)``)."""
    settable = None if isinstance(obj, type) else _instance_declared(obj, "__gradsh_settable__")
    return isinstance(settable, frozenset) and name in settable


def delete_attribute(obj: Any, name: str) -> None:
    """``del obj.name``: on what the user's classes made (host objects refuse)."""
    from .classes import RESERVED, user_names  # noqa: PLC0415

    from .classes import record_assignment  # noqa: PLC0415

    defined = user_names(obj)
    if name in RESERVED or defined is None or name not in defined:
        raise AttributeError(f"gradsh: attribute '{name}' of '{type_label(obj)}' object "
                             "cannot be deleted")
    if JOURNAL[0] is not None:
        atomic.attribute(obj, name)
    delattr(obj, name)
    if not isinstance(obj, type):
        record_assignment(obj, name, deleted=True)


# ------------------------------------------------------------------ built-ins
def _isinstance(value: Any, classinfo: Any) -> bool:
    """isinstance restricted to classes (or tuples of them) a program can name."""
    classes = classinfo if isinstance(classinfo, tuple) else (classinfo,)
    for cls in classes:
        if not isinstance(cls, type):
            raise TypeError("isinstance() arg 2 must be a type, a tuple of types, or a union")
    return builtins.isinstance(value, classes)


_PASSTHROUGH = (
    "range len abs min max sum round float int bool list tuple dict zip enumerate "
    "str repr sorted reversed all any divmod"
).split()

SAFE_BUILTINS: dict[str, Any] = {name: getattr(builtins, name) for name in _PASSTHROUGH}
SAFE_BUILTINS["isinstance"] = _isinstance
SAFE_BUILTINS.update({name: getattr(builtins, name) for name in (
    "Exception ArithmeticError AssertionError AttributeError FloatingPointError ImportError "
    "IndexError KeyError LookupError MemoryError ModuleNotFoundError NameError "
    "NotImplementedError OverflowError RecursionError RuntimeError StopIteration TimeoutError "
    "TypeError UnboundLocalError ValueError ZeroDivisionError Warning UserWarning "
    "DeprecationWarning RuntimeWarning complex").split()})
SAFE_BUILTINS.update(guards.GUARDED_BUILTINS)  # list(range(10**12)) and friends
# `print` is bound per interpreter (it writes through the injected output).
BUILTIN_NAMES = frozenset(SAFE_BUILTINS) | {"print"}



# ----------------------------------------------------------- atomic statements
_plain_get_attribute = get_attribute


def get_attribute(obj: Any, name: str) -> Any:  # noqa: F811 - the journaled one, see atomic.py
    """``obj.name`` as a gradsh program sees it; while a statement is journaled,
    a mutating method of a list, dict or set first records its container's old
    state when called (atomic.py)."""
    value = _plain_get_attribute(obj, name)
    if JOURNAL[0] is not None and type(obj) in atomic.MUTATORS:
        return atomic.method(obj, name, value)
    return value
