"""Generate tests/transcripts/data_from_pytorch.gsh from a real PyTorch:
torch.utils.data's datasets, samplers, DataLoader (PyTorch's shuffles from
the seeded stream, epoch after epoch), default_collate, random_split, their
warnings and errors, and a small training loop over a DataLoader.

    /path/to/torch-venv/bin/python dev/gen_data_transcripts.py
"""
from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from gen_blocks_transcripts import OUT, render  # noqa: E402

INPUTS = [
    "# torch.utils.data, generated from PyTorch 2.13",
    "import torch",
    "import torch.nn as nn",
    "import torch.nn.functional as F",
    "from torch.utils.data import DataLoader, Dataset, IterableDataset, TensorDataset",
    "from torch.utils.data import Subset, random_split, default_collate",
    "import torch.utils.data as data",
    "_ = torch.manual_seed(0)",
    # TensorDataset
    "x = torch.arange(12.).reshape(6, 2)",
    "y = torch.tensor([0, 1, 0, 1, 1, 0])",
    "ds = TensorDataset(x, y)",
    "len(ds)",
    "ds[0]",
    "ds[-1]",
    "ds[1:3]",
    "ds.tensors[1]",
    "isinstance(ds, Dataset), isinstance(ds, data.Dataset)",
    "type(ds)",
    "TensorDataset(torch.ones(3, 2), torch.ones(4))",
    "TensorDataset(torch.ones(3))[2]",
    # DataLoader without shuffling
    "loader = DataLoader(ds, batch_size=4)",
    "len(loader)",
    """
    for xb, yb in loader:
        print(xb.shape, yb)
    """,
    "loader.batch_size, loader.drop_last, loader.num_workers",
    "len(DataLoader(ds)), len(DataLoader(ds, batch_size=4, drop_last=True))",
    "list(DataLoader(ds, batch_size=4, drop_last=True))",
    "torch.rand(2)",
    # shuffling over epochs: one seed drawn per epoch from the default stream
    "_ = torch.manual_seed(0)",
    "shuffled = DataLoader(ds, batch_size=4, shuffle=True)",
    """
    for epoch in range(3):
        for xb, yb in shuffled:
            print(epoch, xb[:, 0].tolist(), yb.tolist())
    """,
    "torch.rand(2)",
    "_ = torch.manual_seed(0)",
    "[xb[:, 0].tolist() for xb, _ in DataLoader(ds, batch_size=3, shuffle=True)]",
    "[xb[:, 0].tolist() for xb, _ in DataLoader(ds, batch_size=3, shuffle=True, drop_last=True)]",
    "torch.randint(0, 100, (3,))",
    "g = torch.Generator().manual_seed(7)",
    "own = DataLoader(ds, batch_size=6, shuffle=True, generator=g)",
    "[yb.tolist() for _, yb in own]",
    "[yb.tolist() for _, yb in own]",
    "torch.rand(2)",
    "it = iter(DataLoader(ds, batch_size=4, shuffle=True))",
    "len(it)",
    "next(it)",
    "next(it)[1]",
    "next(it, 'done')",
    "xb, yb = next(iter(DataLoader(ds, batch_size=2)))",
    "xb, yb",
    # batch_size=None, collate_fn
    "list(DataLoader(ds, batch_size=None))[:2]",
    "len(DataLoader(ds, batch_size=None))",
    "list(DataLoader(ds, batch_size=3, collate_fn=lambda batch: len(batch)))",
    """
    def pairs(batch):
        xs, ys = zip(*batch)
        return torch.cat(xs), list(ys)
    """,
    "next(iter(DataLoader(ds, batch_size=2, collate_fn=pairs)))",
    "next(iter(DataLoader(ds, batch_size=2, collate_fn=lambda b: b)))",
    # user datasets
    """
    class Squares(Dataset):
        def __init__(self, n):
            self.n = n
        def __len__(self):
            return self.n
        def __getitem__(self, i):
            return float(i), i * i
    """,
    "sq = Squares(5)",
    "len(sq), sq[3], isinstance(sq, Dataset)",
    "list(DataLoader(sq, batch_size=2))",
    "list(DataLoader(sq, batch_size=None))",
    """
    class Records(Dataset):
        def __init__(self):
            super().__init__()
            self.points = torch.randn(4, 3)
        def __len__(self):
            return len(self.points)
        def __getitem__(self, i):
            return {"point": self.points[i], "index": i, "name": "p" + str(i),
                    "flags": [i % 2 == 0, i > 1]}
    """,
    "rec = Records()",
    "batch = next(iter(DataLoader(rec, batch_size=3, shuffle=True)))",
    "batch",
    "batch['flags'][0].dtype",
    """
    class Numbers(Dataset):
        def __len__(self):
            return 3
        def __getitem__(self, i):
            return [i, i + 0.5, torch.tensor([i, -i])]
    """,
    "list(DataLoader(Numbers(), batch_size=3))",
    """
    class NoLength(Dataset):
        def __getitem__(self, i):
            return i
    """,
    "DataLoader(NoLength(), batch_size=2, sampler=[4, 1, 3]).batch_size",
    "list(DataLoader(NoLength(), batch_size=2, sampler=[4, 1, 3]))",
    "Dataset()[0]",
    """
    class Stream(IterableDataset):
        def __init__(self, start, end):
            self.start, self.end = start, end
        def __iter__(self):
            for i in range(self.start, self.end):
                yield torch.tensor([i, i * 10])
    """,
    "list(DataLoader(Stream(3, 8), batch_size=2))",
    "list(DataLoader(Stream(3, 8), batch_size=2, drop_last=True))",
    "list(DataLoader(Stream(0, 2)))",
    "list(DataLoader(Stream(0, 2), batch_size=None))",
    "DataLoader(Stream(0, 2), shuffle=True)",
    # default_collate
    "default_collate([1, 2, 3])",
    "default_collate([1.5, 2.0])",
    "default_collate([True, False])",
    "default_collate(['a', 'b'])",
    "default_collate([(1, 2.0), (3, 4.0)])",
    "default_collate([[1, 2], [3, 4]])",
    "default_collate([{'a': 1, 'b': torch.ones(2)}, {'a': 2, 'b': torch.zeros(2)}])",
    "default_collate([torch.tensor(1.), torch.tensor(2.)])",
    "default_collate([None, None])",
    "default_collate([[1, 2], [3]])",
    "default_collate([torch.ones(2), torch.ones(3)])",
    "data.default_convert((1, torch.ones(1)))",
    # Subset, ConcatDataset, samplers
    "sub = Subset(ds, [5, 0, 3])",
    "len(sub), sub[0], sub.indices",
    "[yb.tolist() for _, yb in DataLoader(sub, batch_size=2)]",
    "both = ds + sq",
    "len(both), both[6], both[-1]",
    "list(data.SequentialSampler(range(4)))",
    "list(data.BatchSampler(data.SequentialSampler(range(10)), batch_size=3, drop_last=False))",
    "list(data.BatchSampler(range(10), 3, True))",
    "len(data.BatchSampler(range(10), 3, False)), len(data.BatchSampler(range(10), 3, True))",
    "_ = torch.manual_seed(0)",
    "list(data.RandomSampler(range(6)))",
    "list(data.RandomSampler(range(6), replacement=True, num_samples=8))",
    "list(data.RandomSampler(range(4), num_samples=10))",
    "list(data.SubsetRandomSampler([10, 20, 30, 40]))",
    "list(data.WeightedRandomSampler([0.1, 0.9, 0.4, 0.7, 3.0, 0.6], 5, replacement=True))",
    "list(data.WeightedRandomSampler([0.9, 0.4, 0.05, 0.2, 0.3, 0.1], 5, replacement=False))",
    "list(DataLoader(range(5), batch_sampler=[[0, 1], [4]]))",
    "list(DataLoader(range(6), sampler=data.SubsetRandomSampler([0, 2, 4]), batch_size=2))",
    "torch.rand(1)",
    # random_split
    "gen = torch.Generator().manual_seed(42)",
    "parts = random_split(range(10), [3, 7], generator=gen)",
    "[list(p) for p in parts]",
    "[list(p) for p in random_split(range(30), [0.3, 0.3, 0.4],"
    " generator=torch.Generator().manual_seed(42))]",
    "[len(p) for p in random_split(range(11), [0.5, 0.5])]",
    "[list(p) for p in random_split(range(5), [0.9, 0.1, 0.0])]",
    "train, val = random_split(ds, [4, 2])",
    "type(train), len(train), len(val), train.indices, val.indices",
    "train[0]",
    "random_split(range(10), [3, 3])",
    "random_split(range(10), [1.5, -0.5])",
    "random_split(range(10), [0.5, 0.6])",
    # DataLoader's errors
    "DataLoader(ds, batch_size=0)",
    "DataLoader(ds, batch_size=2, drop_last=1)",
    "DataLoader(ds, sampler=[0, 1], shuffle=True)",
    "DataLoader(ds, batch_sampler=[[0]], batch_size=2)",
    "DataLoader(ds, batch_size=None, drop_last=True)",
    "DataLoader(ds, num_workers=-1)",
    "DataLoader(ds, timeout=-1)",
    "DataLoader(ds, persistent_workers=True)",
    "DataLoader(ds, prefetch_factor=2)",
    "loader.batch_size = 3",
    "data.RandomSampler(ds, num_samples=0)",
    # a training loop over a DataLoader (SGD by hand). The losses are rounded:
    # the weight gradient's small matmul differs from PyTorch's in the last bit
    # (docs/data.md), which the later steps carry along.
    "_ = torch.manual_seed(0)",
    "inputs = torch.randn(20, 2)",
    "targets = inputs @ torch.tensor([[2.], [-1.]]) + 0.5",
    "model = nn.Linear(2, 1)",
    "train_loader = DataLoader(TensorDataset(inputs, targets), batch_size=5, shuffle=True)",
    """
    for epoch in range(4):
        total = 0.0
        for xb, yb in train_loader:
            loss = F.mse_loss(model(xb), yb)
            model.zero_grad()
            loss.backward()
            with torch.no_grad():
                for p in model.parameters():
                    p -= 0.1 * p.grad
            total += loss.item()
        print(epoch, round(loss.item(), 5), round(total, 5))
    """,
    "model.weight",
    "model.bias",
    "torch.rand(2)",
]


def main() -> None:
    path = os.path.join(OUT, "data_from_pytorch.gsh")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(render(INPUTS))
    print(f"wrote {os.path.relpath(path)}")


if __name__ == "__main__":
    main()
