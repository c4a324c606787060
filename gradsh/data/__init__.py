"""``torch.utils.data``, imported the first time a script reaches it.

Mirrors PyTorch's files (ARCHITECTURE idiom 13): dataset.py, sampler.py,
dataloader.py, and collate.py for ``_utils/collate.py``. :func:`members` is
what the ``torch.utils.data`` namespace holds.
"""
from __future__ import annotations


def members(submodule: str = "") -> dict:
    """torch.utils.data's names, or those of one of its files ("dataset", "sampler",
    "dataloader": ``from torch.utils.data.sampler import RandomSampler``)."""
    from . import collate, dataloader, dataset, sampler

    names = {
        "Dataset": dataset.Dataset, "IterableDataset": dataset.IterableDataset,
        "TensorDataset": dataset.TensorDataset, "StackDataset": dataset.StackDataset,
        "ConcatDataset": dataset.ConcatDataset, "ChainDataset": dataset.ChainDataset,
        "Subset": dataset.Subset, "random_split": dataset.random_split,
        "Sampler": sampler.Sampler, "SequentialSampler": sampler.SequentialSampler,
        "RandomSampler": sampler.RandomSampler,
        "SubsetRandomSampler": sampler.SubsetRandomSampler,
        "WeightedRandomSampler": sampler.WeightedRandomSampler,
        "BatchSampler": sampler.BatchSampler,
        "DataLoader": dataloader.DataLoader,
        "default_collate": collate.default_collate, "default_convert": collate.default_convert,
        "get_worker_info": dataloader.get_worker_info,
    }
    if not submodule:
        return names
    in_file = {name: value for name, value in names.items()
               if value.__module__ == f"torch.utils.data.{submodule}"}
    if submodule == "dataloader":  # dataloader.py re-exports the collate functions
        in_file.update(default_collate=collate.default_collate,
                       default_convert=collate.default_convert)
    return in_file
