"""Samplers (torch/utils/data/sampler.py): the indices a DataLoader reads, in order.

``RandomSampler`` draws as PyTorch 2.13 does: without a generator of its own,
each pass first draws a seed from the default generator
(``torch.empty((), dtype=torch.int64).random_().item()``) and then permutes
with a fresh ``Generator`` seeded by it, so every epoch advances the default
stream by exactly one draw. The ``__iter__`` methods are generators, as in
PyTorch, so that draw happens at the first ``next``, not at ``iter``.
"""
from __future__ import annotations

import itertools
from typing import Any, Iterator, Sequence

from ..engine import dtypes
from ..engine.ops.creation import as_tensor, empty
from ..engine.ops.sampling import randint, randperm
from ..engine.ops.sampling_draws import multinomial
from ..engine.random import Generator

_MODULE = "torch.utils.data.sampler"


def draw_seed(generator=None) -> int:
    """``int(torch.empty((), dtype=torch.int64).random_(generator=generator).item())``."""
    return int(empty((), dtype=dtypes.int64).random_(generator=generator).item())


class Sampler:
    """Base class for all samplers: ``__iter__`` gives indices (or lists of them)."""

    __gradsh_attrs__ = frozenset()

    def __iter__(self) -> Iterator:
        raise NotImplementedError

    def __class_getitem__(cls, item) -> type:
        return cls


class SequentialSampler(Sampler):
    """0, 1, ..., len(data_source) - 1."""

    __gradsh_attrs__ = frozenset({"data_source"})

    def __init__(self, data_source) -> None:
        self.data_source = data_source

    def __iter__(self) -> Iterator[int]:
        return iter(range(len(self.data_source)))

    def __len__(self) -> int:
        return len(self.data_source)


class RandomSampler(Sampler):
    """A random permutation of the indices each pass (or draws with replacement)."""

    __gradsh_attrs__ = frozenset({"data_source", "replacement", "num_samples", "generator"})

    def __init__(self, data_source, replacement: bool = False, num_samples: Any = None,
                 generator=None) -> None:
        self.data_source = data_source
        self.replacement = replacement
        self._num_samples = num_samples
        self.generator = generator
        if not isinstance(self.replacement, bool):
            raise TypeError("replacement should be a boolean value, but got "
                            f"replacement={self.replacement}")
        if not isinstance(self.num_samples, int) or self.num_samples <= 0:
            raise ValueError("num_samples should be a positive integer value, but got "
                             f"num_samples={self.num_samples}")

    @property
    def num_samples(self) -> int:
        if self._num_samples is None:
            return len(self.data_source)
        return self._num_samples

    def __iter__(self) -> Iterator[int]:
        n = len(self.data_source)
        if self.generator is None:
            generator = Generator()
            generator.manual_seed(draw_seed())
        else:
            generator = self.generator
        if self.replacement:
            for _ in range(self.num_samples // 32):
                yield from randint(high=n, size=(32,), dtype=dtypes.int64,
                                   generator=generator).tolist()
            yield from randint(high=n, size=(self.num_samples % 32,), dtype=dtypes.int64,
                               generator=generator).tolist()
        else:
            for _ in range(self.num_samples // n):
                yield from randperm(n, generator=generator).tolist()
            yield from randperm(n, generator=generator).tolist()[:self.num_samples % n]

    def __len__(self) -> int:
        return self.num_samples


class SubsetRandomSampler(Sampler):
    """The given indices in a random order, without replacement."""

    __gradsh_attrs__ = frozenset({"indices", "generator"})

    def __init__(self, indices: Sequence[int], generator=None) -> None:
        self.indices = indices
        self.generator = generator

    def __iter__(self) -> Iterator[int]:
        for i in randperm(len(self.indices), generator=self.generator).tolist():
            yield self.indices[i]

    def __len__(self) -> int:
        return len(self.indices)


class WeightedRandomSampler(Sampler):
    """Indices drawn with the given (unnormalised) probabilities, by ``multinomial``."""

    __gradsh_attrs__ = frozenset({"weights", "num_samples", "replacement", "generator"})

    def __init__(self, weights: Sequence[float], num_samples: int, replacement: bool = True,
                 generator=None) -> None:
        if not isinstance(num_samples, int) or isinstance(num_samples, bool) or \
                num_samples <= 0:
            raise ValueError("num_samples should be a positive integer value, but got "
                             f"num_samples={num_samples}")
        if not isinstance(replacement, bool):
            raise ValueError("replacement should be a boolean value, but got "
                             f"replacement={replacement}")
        weights_tensor = as_tensor(weights, dtype=dtypes.float64)
        if len(weights_tensor.shape) != 1:
            raise ValueError("weights should be a 1d sequence but given weights have shape "
                             f"{tuple(weights_tensor.shape)}")
        self.weights = weights_tensor
        self.num_samples = num_samples
        self.replacement = replacement
        self.generator = generator

    def __iter__(self) -> Iterator[int]:
        drawn = multinomial(self.weights, self.num_samples, self.replacement,
                            generator=self.generator)
        yield from iter(drawn.tolist())

    def __len__(self) -> int:
        return self.num_samples


class BatchSampler(Sampler):
    """Lists of ``batch_size`` indices from ``sampler`` (the last one shorter unless
    ``drop_last``)."""

    __gradsh_attrs__ = frozenset({"sampler", "batch_size", "drop_last"})

    def __init__(self, sampler, batch_size: int, drop_last: bool) -> None:
        if not isinstance(batch_size, int) or isinstance(batch_size, bool) or batch_size <= 0:
            raise ValueError("batch_size should be a positive integer value, but got "
                             f"batch_size={batch_size}")
        if not isinstance(drop_last, bool):
            raise ValueError(f"drop_last should be a boolean value, but got drop_last={drop_last}")
        self.sampler = sampler
        self.batch_size = batch_size
        self.drop_last = drop_last

    def __iter__(self) -> Iterator[list]:
        sampler_iter = iter(self.sampler)
        if self.drop_last:
            args = [sampler_iter] * self.batch_size
            for batch in zip(*args):
                yield [*batch]
        else:
            batch = [*itertools.islice(sampler_iter, self.batch_size)]
            while batch:
                yield batch
                batch = [*itertools.islice(sampler_iter, self.batch_size)]

    def __len__(self) -> int:
        if self.drop_last:
            return len(self.sampler) // self.batch_size
        return (len(self.sampler) + self.batch_size - 1) // self.batch_size


for _cls in (Sampler, SequentialSampler, RandomSampler, SubsetRandomSampler,
             WeightedRandomSampler, BatchSampler):
    _cls.__module__ = _MODULE
