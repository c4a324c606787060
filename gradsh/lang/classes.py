"""``class`` statements: real Python classes whose methods are gradsh functions.

A class statement runs its body in a namespace of its own and then calls
``type(name, bases, namespace)``, so the result is a real class: Python's MRO,
descriptors (``property``, ``staticmethod``, ``classmethod``), special methods
(``__init__``, ``__call__``, ``__add__``, ``__enter__``, ...) and ``isinstance``
work unchanged, and a class derived from a host class (``nn.Module`` later)
is a real subclass of it (ARCHITECTURE idiom 12).

The sandbox decides an attribute by who defined it. :func:`user_names` lists
what the user's code defined: the names of the class bodies in the MRO and an
instance's own attributes. Those pass, ``_private`` and ``__dunder__`` ones
included; host names still go through the whitelist; and the names that
reach Python's machinery (:data:`RESERVED`) never pass, whoever asks.
"""
from __future__ import annotations

import weakref
from typing import TYPE_CHECKING, Any, Optional

from . import ast
from .functions import Scope, UserFunction

if TYPE_CHECKING:
    from .evaluator import Interpreter

# Never reachable, even where a user class is concerned: they lead to Python's
# internals (frames, code, globals, every subclass of object, ...).
RESERVED = frozenset({
    "__class__", "__dict__", "__mro__", "__bases__", "__base__", "__subclasses__",
    "__globals__", "__code__", "__closure__", "__func__", "__self__", "__builtins__",
    "__weakref__", "__getattribute__", "__reduce__", "__reduce_ex__", "__init_subclass__",
    "__subclasshook__", "__new__", "__objclass__", "__self_class__", "__thisclass__",
    "__traceback__", "__context__", "__cause__", "__defaults__", "__kwdefaults__",
    "__wrapped__", "__gradsh_user_names__", "__gradsh_attrs__", "__gradsh_settable__",
    "__slots__", "mro",
})
# Reached through super() although no user class defines them: object's own
# attribute setters, which gradsh's set_attribute rules then govern anyway.
_SUPER_HOST_NAMES = frozenset({"__init__", "__setattr__", "__delattr__", "__repr__", "__str__",
                               "__eq__", "__hash__"})
# Harmless facts about any class or function a program can reach.
SAFE_DUNDERS = frozenset({"__name__", "__qualname__"})
_MARK = "__gradsh_user_names__"
# The instance attributes gradsh code assigned, per object: an instance's
# other attributes (a host base class's internals) stay out of reach.
# Keyed by id (a user class may be unhashable), dropped when the object dies.
_ASSIGNED: dict = {}


def _class_names(cls: type) -> Optional[set]:
    """Names the class statements in ``cls``'s MRO defined (None: no user class)."""
    names: set = set()
    found = False
    for klass in type.__getattribute__(cls, "__mro__"):
        own = vars(klass)
        defined = own.get(_MARK)
        if isinstance(defined, frozenset):
            found = True
            names.update(name for name in defined if name in own)  # really defined there
    return names if found else None


def user_names(obj: Any) -> Optional[frozenset]:
    """What the user's code defined on ``obj`` (None: nothing, a host object)."""
    if type(obj) is super:
        return _super_names(obj)
    names = _class_names(obj if isinstance(obj, type) else type(obj))
    if names is None:
        return None
    if not isinstance(obj, type):
        names |= _assigned(obj)
        names.add("__class__")  # an instance's class is what type(obj) gives
        return frozenset(names) - (RESERVED - {"__class__"})
    names |= {"__doc__", "__module__"}
    return frozenset(names) - RESERVED


def _assigned(obj: Any) -> set:
    return _ASSIGNED.get(id(obj), set())


def record_assignment(obj: Any, name: str, deleted: bool = False) -> None:
    """gradsh code set (or deleted) ``obj.name``: the name is now the user's."""
    key = id(obj)
    if key not in _ASSIGNED:
        try:
            weakref.finalize(obj, _ASSIGNED.pop, key, None)
        except TypeError:  # not weakly referenceable: it keeps no names of its own
            return
        _ASSIGNED[key] = set()
    (_ASSIGNED[key].discard if deleted else _ASSIGNED[key].add)(name)


def host_owns(obj: Any, name: str) -> bool:
    """``name`` belongs to host code on this user object: an attribute a host
    base class defines, or an instance attribute host code set. Writing it
    from gradsh code could break the host object, so it is refused."""
    cls = obj if isinstance(obj, type) else type(obj)
    for klass in type.__getattribute__(cls, "__mro__"):
        own = vars(klass)
        if name in own and name not in own.get(_MARK, ()) and klass is not object:
            return True
    if not isinstance(obj, type):
        own = getattr(obj, "__dict__", None)
        return isinstance(own, dict) and name in own and name not in _assigned(obj)
    return False


def user_getattr(obj: Any, name: str) -> Any:
    """A user class's ``__getattr__``, for a name normal lookup does not find
    (Python's rule); a name that exists but is not the user's stays out of reach."""
    try:
        object.__getattribute__(obj, name)
    except AttributeError:
        return type(obj).__getattr__(obj, name)
    raise AttributeError(f"gradsh: attribute '{name}' is not accessible")


def _mark_class_name(cls: type, name: str) -> None:
    """``C.name = value`` from gradsh code: the user defined that class attribute."""
    own = vars(cls).get(_MARK)
    if isinstance(own, frozenset):
        type.__setattr__(cls, _MARK, own | {name})


def _super_names(proxy: super) -> frozenset:
    """A ``super()`` object reaches what the classes after its own define."""
    start, mro = proxy.__thisclass__, type.__getattribute__(
        proxy.__self_class__ or proxy.__thisclass__, "__mro__")
    names = set(_SUPER_HOST_NAMES)  # object's, at the end of every chain: harmless
    for klass in mro[list(mro).index(start) + 1:]:
        own = vars(klass)
        defined = own.get(_MARK, frozenset())
        if isinstance(defined, frozenset):
            names.update(name for name in defined if name in own)
    return frozenset(names) - RESERVED


# ------------------------------------------------------------ class bodies
class ClassScope(Scope):
    """A class body's names: looked up there first, then in the enclosing
    scopes (Python's LOAD_NAME); functions defined in it close over the
    enclosing scope, not over the class body."""

    __slots__ = ("qualname",)

    def __init__(self, namespace: dict, parent: Optional[Scope], filename: str, lines: dict,
                 qualname: str = ""):
        super().__init__(namespace, namespace.keys(), parent, filename, lines)
        self.qualname = qualname


def qualified_name(interpreter: "Interpreter", name: str, scope: Optional[Scope]) -> str:
    """Python's ``__qualname__`` for a def or class in ``scope``: ``A.f``,
    ``outer.<locals>.inner``, or the name itself at top level."""
    if isinstance(scope, ClassScope):
        return f"{scope.qualname}.{name}"
    frame = interpreter.current_call() if scope is not None else None
    if frame is not None and frame[1] is scope:
        return f"{frame[0].__qualname__}.<locals>.{name}"
    return name


def exec_class(interpreter: "Interpreter", node: ast.ClassDef, scope: Optional[Scope]) -> None:
    decorators = [interpreter.evaluate(decorator, scope) for decorator in node.decorators]
    bases = tuple(_base(interpreter.evaluate(base, scope)) for base in node.bases)
    keywords = {}
    for keyword in node.keywords:
        if keyword.arg is None:
            raise SyntaxError("gradsh: '**' in a class statement is not supported")
        keywords[keyword.arg] = interpreter.evaluate(keyword.value, scope)
    if keywords:
        raise TypeError(f"gradsh: class keywords ({', '.join(keywords)}) are not supported")
    filename, lines = interpreter._location(scope)
    qualname = qualified_name(interpreter, node.name, scope)
    namespace: dict = {"__module__": "__main__", "__qualname__": qualname}
    first = node.body[0] if node.body else None
    if isinstance(first, ast.ExprStmt) and isinstance(first.value, ast.Constant) and \
            isinstance(first.value.value, str):
        namespace["__doc__"] = first.value.value  # a docstring
    body_scope = ClassScope(namespace, scope, filename, lines, qualname)
    interpreter._run_body(node.body, body_scope)
    defined = frozenset(name for name in namespace
                        if name not in ("__module__", "__qualname__", "__doc__"))
    for name in sorted(defined & RESERVED):
        raise TypeError(f"gradsh: a class may not define '{name}'")
    namespace[_MARK] = defined
    cls = type(node.name, bases or (object,), namespace)
    for value in namespace.values():
        for function in _functions_in(value):
            function.owner_class = cls
    for decorator in reversed(decorators):
        cls = interpreter.call_value(decorator, (cls,), {})
    interpreter.assign_name(node.name, cls, scope)


def _base(value: Any) -> type:
    """A base class: a type (the guarded stand-ins for list and tuple are their types)."""
    from .guards import _GuardedType  # noqa: PLC0415

    if isinstance(value, _GuardedType):
        value = value.base
    if not isinstance(value, type):
        raise TypeError(f"bases must be types, not {type(value).__name__}")
    return value


def _functions_in(value: Any) -> list:
    """The gradsh functions behind a class attribute (plain, or wrapped in a
    staticmethod, classmethod or property)."""
    if isinstance(value, UserFunction):
        return [value]
    if isinstance(value, (staticmethod, classmethod)):
        return _functions_in(value.__func__)
    if isinstance(value, property):
        return [f for part in (value.fget, value.fset, value.fdel) for f in _functions_in(part)]
    return []


# ------------------------------------------------------------------ super
def make_super(interpreter: "Interpreter"):
    def super_(*args: Any) -> Any:
        """``super()`` in a method: the class the method was defined in, and its
        first argument; ``super(C, obj)`` as in Python."""
        if args:
            return super(*args)
        frame = interpreter.current_call()
        if frame is None or not frame[0].params:  # CPython checks the arguments first
            raise RuntimeError("super(): no arguments")
        function, local = frame
        owner = function.owner_class
        if owner is None:
            raise RuntimeError("super(): __class__ cell not found")
        if function.params[0] not in local.locals:
            raise RuntimeError("super(): no arguments")
        return super(owner, local.locals[function.params[0]])

    super_.__name__ = super_.__qualname__ = "super"
    return super_
