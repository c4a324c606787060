"""Python's ``itertools`` for gradsh programs (``import itertools``): a safe subset.

The functions are Python's own (the same items in the same order), wrapped so
that the sandbox and the resource guards hold:

* every result is an :class:`ItertoolsIterator`, whose ``__next__`` is Python
  code (``--timeout`` and Ctrl-C stop ``sum(itertools.count())``) and whose
  repr names the function without a host address
  (``<itertools.product object>``);
* the combinatoric iterators (``product``, ``permutations``, ``combinations``,
  ``combinations_with_replacement``) read their inputs into tuples first, as
  Python does, through the guarded ``tuple`` (a length check before building),
  and report their exact number of items as ``__length_hint__``, so
  ``list(itertools.product(range(1000), repeat=4))`` is refused by the size
  guard before a single tuple is made;
* the infinite ones (``count``, ``cycle``, ``repeat`` without ``times``) report
  an unbounded length, so materialising them (``list(itertools.count())``) is
  refused at once instead of growing until the memory runs out;
* ``groupby``'s groups and ``tee``'s copies are wrapped the same way.
"""
from __future__ import annotations

import itertools as _itertools
import math
import operator
import sys
from typing import Any, Callable, Optional

from . import guards, iteration

_POLL_EVERY = 1 << 12
UNBOUNDED = sys.maxsize  # the length hint of an infinite iterator


class ItertoolsIterator:
    """A lazy iterator from an itertools function: checked per item, no host address."""

    __slots__ = ("_iterator", "_name", "_hint", "_count")
    __gradsh_attrs__ = frozenset()

    def __init__(self, name: str, iterator: Any, hint: Optional[Callable[[], int]] = None):
        self._iterator, self._name, self._hint, self._count = iterator, name, hint, 0

    def __iter__(self) -> "ItertoolsIterator":
        return self

    def __next__(self) -> Any:
        self._count += 1
        if not self._count % _POLL_EVERY:
            iteration.poll()
        return next(self._iterator)

    def __length_hint__(self) -> int:
        if self._hint is not None:
            return max(self._hint() - self._count, 0)
        return operator.length_hint(self._iterator)

    def __repr__(self) -> str:
        return f"<itertools.{self._name} object>"


ItertoolsIterator.__name__ = ItertoolsIterator.__qualname__ = "iterator"
ItertoolsIterator.__module__ = "itertools"


def _pool(iterable: Any) -> tuple:
    guards.check_iterable(iterable, "tuple")
    return tuple(iteration.source(iterable))


def _lazy(iterable: Any) -> Any:
    return iteration.lazy_source(iterable)


def _fixed(name: str, iterator: Any, total: int) -> ItertoolsIterator:
    return ItertoolsIterator(name, iterator, lambda: total)


# ------------------------------------------------------------- combinatorics
def product(*iterables: Any, repeat: int = 1) -> ItertoolsIterator:
    repeat = operator.index(repeat)
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [_pool(it) for it in iterables]
    total = math.prod(len(pool) for pool in pools) ** repeat
    return _fixed("product", _itertools.product(*pools, repeat=repeat), total)


def permutations(iterable: Any, r: Optional[int] = None) -> ItertoolsIterator:
    pool = _pool(iterable)
    size = len(pool) if r is None else operator.index(r)
    if size < 0:
        raise ValueError("r must be non-negative")
    return _fixed("permutations", _itertools.permutations(pool, size), math.perm(len(pool), size))


def combinations(iterable: Any, r: int) -> ItertoolsIterator:
    pool, r = _pool(iterable), operator.index(r)
    if r < 0:
        raise ValueError("r must be non-negative")
    return _fixed("combinations", _itertools.combinations(pool, r), math.comb(len(pool), r))


def combinations_with_replacement(iterable: Any, r: int) -> ItertoolsIterator:
    pool, r = _pool(iterable), operator.index(r)
    if r < 0:
        raise ValueError("r must be non-negative")
    total = math.comb(len(pool) + r - 1, r) if pool else int(r == 0)
    return _fixed("combinations_with_replacement",
                  _itertools.combinations_with_replacement(pool, r), total)


# ------------------------------------------------------------------ infinite
def count(start: Any = 0, step: Any = 1) -> ItertoolsIterator:
    return ItertoolsIterator("count", _itertools.count(start, step), lambda: UNBOUNDED)


def cycle(iterable: Any) -> ItertoolsIterator:
    pool = _pool(iterable)  # Python's cycle keeps a copy of the items too
    return ItertoolsIterator("cycle", _itertools.cycle(pool),
                             lambda: UNBOUNDED if pool else 0)


def repeat(object: Any, times: Optional[int] = None) -> ItertoolsIterator:  # noqa: A002
    if times is None:
        return ItertoolsIterator("repeat", _itertools.repeat(object), lambda: UNBOUNDED)
    return ItertoolsIterator("repeat", _itertools.repeat(object, times))


# --------------------------------------------------------------- the others
def _chain(*iterables: Any) -> ItertoolsIterator:
    return ItertoolsIterator("chain", _itertools.chain.from_iterable(
        _lazy(it) for it in iterables))


def _chain_from_iterable(iterables: Any) -> ItertoolsIterator:
    return ItertoolsIterator("chain", _itertools.chain.from_iterable(
        _lazy(it) for it in _lazy(iterables)))


class _ChainType:
    """``itertools.chain(...)`` and ``itertools.chain.from_iterable(...)``."""

    __gradsh_attrs__ = frozenset({"from_iterable"})
    from_iterable = staticmethod(_chain_from_iterable)

    def __call__(self, *iterables: Any) -> ItertoolsIterator:
        return _chain(*iterables)

    def __repr__(self) -> str:
        return "<class 'itertools.chain'>"


def accumulate(iterable: Any, func: Any = None, *, initial: Any = None) -> ItertoolsIterator:
    return ItertoolsIterator("accumulate", _itertools.accumulate(
        _lazy(iterable), func, initial=initial))


def islice(iterable: Any, *args: Any) -> ItertoolsIterator:
    return ItertoolsIterator("islice", _itertools.islice(_lazy(iterable), *args))


def zip_longest(*iterables: Any, fillvalue: Any = None) -> ItertoolsIterator:
    return ItertoolsIterator("zip_longest", _itertools.zip_longest(
        *[_lazy(it) for it in iterables], fillvalue=fillvalue))


def starmap(function: Any, iterable: Any) -> ItertoolsIterator:
    return ItertoolsIterator("starmap", _itertools.starmap(function, _lazy(iterable)))


def takewhile(predicate: Any, iterable: Any) -> ItertoolsIterator:
    return ItertoolsIterator("takewhile", _itertools.takewhile(predicate, _lazy(iterable)))


def dropwhile(predicate: Any, iterable: Any) -> ItertoolsIterator:
    return ItertoolsIterator("dropwhile", _itertools.dropwhile(predicate, _lazy(iterable)))


def filterfalse(predicate: Any, iterable: Any) -> ItertoolsIterator:
    return ItertoolsIterator("filterfalse", _itertools.filterfalse(predicate, _lazy(iterable)))


def compress(data: Any, selectors: Any) -> ItertoolsIterator:
    return ItertoolsIterator("compress", _itertools.compress(_lazy(data), _lazy(selectors)))


def pairwise(iterable: Any) -> ItertoolsIterator:
    return ItertoolsIterator("pairwise", _itertools.pairwise(_lazy(iterable)))


def groupby(iterable: Any, key: Any = None) -> ItertoolsIterator:
    groups = ((value, ItertoolsIterator("_grouper", group))
              for value, group in _itertools.groupby(_lazy(iterable), key))
    return ItertoolsIterator("groupby", groups)


def tee(iterable: Any, n: int = 2) -> tuple:
    n = operator.index(n)
    guards.check_items(n, guards.POINTER_SIZE, f"a tuple of {n} items")
    return tuple(ItertoolsIterator("_tee", copy) for copy in _itertools.tee(_lazy(iterable), n))


def itertools_module() -> Any:
    from gradsh.engine.namespace import Namespace  # noqa: PLC0415 - the engine is lazy

    members = {function.__name__: function for function in (
        product, permutations, combinations, combinations_with_replacement, count, cycle,
        repeat, accumulate, islice, zip_longest, starmap, takewhile, dropwhile, filterfalse,
        compress, pairwise, groupby, tee)}
    members["chain"] = _ChainType()
    return Namespace("itertools", members)
