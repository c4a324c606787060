"""Datasets (torch/utils/data/dataset.py): ``Dataset``, ``TensorDataset``, ``Subset``,
``random_split`` and friends, line by line as PyTorch 2.13 writes them.

A user's ``class MyData(Dataset)`` is a real subclass (ARCHITECTURE idiom 12):
its ``__getitem__`` and ``__len__`` are gradsh functions that the DataLoader
calls like any Python method. What a script may read on the host classes is
``__gradsh_attrs__``; their internals (``_length``) stay private.
"""
from __future__ import annotations

import bisect
import itertools
import math
import warnings
from typing import Any, Iterable, Sequence

from ..engine import random
from ..engine.ops.sampling import randperm
from ..engine.tensor import Tensor

_MODULE = "torch.utils.data.dataset"


class Dataset:
    """An abstract class representing a map-style dataset."""

    __gradsh_attrs__ = frozenset()

    def __getitem__(self, index) -> Any:
        raise NotImplementedError("Subclasses of Dataset should implement __getitem__.")

    def __add__(self, other: "Dataset") -> "ConcatDataset":
        return ConcatDataset([self, other])

    def __class_getitem__(cls, item) -> type:
        """``Dataset[Tuple[Tensor, Tensor]]`` as a base class: PyTorch's Dataset is Generic."""
        return cls


class IterableDataset(Dataset):
    """A dataset whose samples come from ``__iter__`` (a stream)."""

    def __add__(self, other: Dataset) -> "ChainDataset":
        return ChainDataset([self, other])


class TensorDataset(Dataset):
    """Dataset wrapping tensors: sample ``i`` is ``tuple(t[i] for t in tensors)``."""

    __gradsh_attrs__ = frozenset({"tensors"})

    def __init__(self, *tensors: Tensor) -> None:
        if any(tensors[0].size(0) != tensor.size(0) for tensor in tensors):
            raise AssertionError("Size mismatch between tensors")
        self.tensors = tensors

    def __getitem__(self, index):
        return tuple(tensor[index] for tensor in self.tensors)

    def __len__(self) -> int:
        return self.tensors[0].size(0)


class StackDataset(Dataset):
    """Datasets side by side: samples are tuples (``*args``) or dicts (``**kwargs``)."""

    __gradsh_attrs__ = frozenset({"datasets"})

    def __init__(self, *args: Dataset, **kwargs: Dataset) -> None:
        if args:
            if kwargs:
                raise ValueError("Supported either ``tuple``- (via ``args``) or``dict``- (via "
                                 "``kwargs``) like input/output, but both types are given.")
            self._length = len(args[0])
            if any(self._length != len(dataset) for dataset in args):
                raise ValueError("Size mismatch between datasets")
            self.datasets = args
        elif kwargs:
            values = list(kwargs.values())
            self._length = len(values[0])
            if any(self._length != len(dataset) for dataset in values):
                raise ValueError("Size mismatch between datasets")
            self.datasets = kwargs
        else:
            raise ValueError("At least one dataset should be passed")

    def __getitem__(self, index):
        if isinstance(self.datasets, dict):
            return {key: dataset[index] for key, dataset in self.datasets.items()}
        return tuple(dataset[index] for dataset in self.datasets)

    def __len__(self) -> int:
        return self._length


class ConcatDataset(Dataset):
    """Datasets one after another (``ds1 + ds2``)."""

    __gradsh_attrs__ = frozenset({"datasets", "cumulative_sizes", "cumsum"})

    @staticmethod
    def cumsum(sequence) -> list:
        sizes, total = [], 0
        for element in sequence:
            total += len(element)
            sizes.append(total)
        return sizes

    def __init__(self, datasets: Iterable[Dataset]) -> None:
        self.datasets = list(datasets)
        if len(self.datasets) == 0:
            raise AssertionError("datasets should not be an empty iterable")
        for dataset in self.datasets:
            if isinstance(dataset, IterableDataset):
                raise AssertionError("ConcatDataset does not support IterableDataset")
        self.cumulative_sizes = self.cumsum(self.datasets)

    def __len__(self) -> int:
        return self.cumulative_sizes[-1]

    def __getitem__(self, idx):
        if idx < 0:
            if -idx > len(self):
                raise ValueError("absolute value of index should not exceed dataset length")
            idx = len(self) + idx
        dataset_idx = bisect.bisect_right(self.cumulative_sizes, idx)
        sample_idx = idx if dataset_idx == 0 else idx - self.cumulative_sizes[dataset_idx - 1]
        return self.datasets[dataset_idx][sample_idx]


class ChainDataset(IterableDataset):
    """IterableDatasets chained on the fly."""

    __gradsh_attrs__ = frozenset({"datasets"})

    def __init__(self, datasets: Iterable[Dataset]) -> None:
        self.datasets = datasets

    def __iter__(self):
        for dataset in self.datasets:
            if not isinstance(dataset, IterableDataset):
                raise AssertionError("ChainDataset only supports IterableDataset")
            yield from dataset

    def __len__(self) -> int:
        total = 0
        for dataset in self.datasets:
            if not isinstance(dataset, IterableDataset):
                raise AssertionError("ChainDataset only supports IterableDataset")
            total += len(dataset)
        return total


class Subset(Dataset):
    """The samples of ``dataset`` at ``indices``."""

    __gradsh_attrs__ = frozenset({"dataset", "indices"})

    def __init__(self, dataset: Dataset, indices: Sequence[int]) -> None:
        self.dataset = dataset
        self.indices = indices
        if _overrides(type(self), "__getitem__") and not _overrides(type(self), "__getitems__"):
            raise NotImplementedError(
                f"{type(self).__name__} overrides __getitem__ but not __getitems__. When "
                "subclassing Subset and overriding __getitem__, you must also override "
                "__getitems__ to ensure DataLoader works correctly with your custom logic.")

    def __getitem__(self, idx):
        if isinstance(idx, list):
            return self.dataset[[self.indices[i] for i in idx]]
        return self.dataset[self.indices[idx]]

    def __getitems__(self, indices: list) -> list:
        getitems = getattr(self.dataset, "__getitems__", None)
        if callable(getitems):
            return getitems([self.indices[idx] for idx in indices])
        return [self.dataset[self.indices[idx]] for idx in indices]

    def __len__(self) -> int:
        return len(self.indices)


def _overrides(cls: type, name: str) -> bool:
    """A subclass of Subset defines ``name`` itself (PyTorch compares the functions)."""
    return getattr(cls, name) is not getattr(Subset, name)


def random_split(dataset: Dataset, lengths: Sequence, generator=None) -> list:
    """Split into non-overlapping Subsets of the given lengths (or fractions summing
    to 1), by ``randperm(len(dataset), generator=generator)`` as PyTorch does."""
    if generator is None:  # PyTorch's default argument is default_generator itself
        generator = random.default_generator
    if math.isclose(sum(lengths), 1) and sum(lengths) <= 1:
        subset_lengths: list = []
        for i, frac in enumerate(lengths):
            if frac < 0 or frac > 1:
                raise ValueError(f"Fraction at index {i} is not between 0 and 1")
            subset_lengths.append(math.floor(len(dataset) * frac))
        remainder = len(dataset) - sum(subset_lengths)
        for i in range(remainder):
            subset_lengths[i % len(subset_lengths)] += 1
        lengths = subset_lengths
        for i, length in enumerate(lengths):
            if length == 0:
                warnings.warn(f"Length of split at index {i} is 0. This might result in an "
                              "empty dataset.", UserWarning, stacklevel=2)
    if sum(lengths) != len(dataset):
        raise ValueError("Sum of input lengths does not equal the length of the input dataset!")
    indices = randperm(sum(lengths), generator=generator).tolist()
    return [Subset(dataset, indices[offset - length:offset])
            for offset, length in zip(itertools.accumulate(lengths), lengths)]


for _cls in (Dataset, IterableDataset, TensorDataset, StackDataset, ConcatDataset,
             ChainDataset, Subset):
    _cls.__module__ = _MODULE  # <torch.utils.data.dataset.TensorDataset object at 0x...>
random_split.__module__ = _MODULE
