"""torch.utils.data where a transcript made by PyTorch cannot show it: the sandbox
around loaders and datasets, gradsh's own refusals (num_workers), warnings, and
the order of the random draws against the engine's generator directly.

What PyTorch prints is pinned by tests/transcripts/data_from_pytorch.gsh.
"""
from __future__ import annotations

import pytest

SETUP = """
from torch.utils.data import DataLoader, Dataset, TensorDataset
class Pairs(Dataset):
    def __init__(self, n):
        self.n = n
        self._hidden = 'mine'
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        return torch.tensor([i, -i]), i
ds = TensorDataset(torch.arange(6.).reshape(3, 2), torch.arange(3))
pairs = Pairs(4)
loader = DataLoader(pairs, batch_size=2, shuffle=True)
it = iter(loader)
"""


@pytest.mark.parametrize("source", [
    "loader._sampler_iter",
    "loader._index_sampler",
    "loader._dataset_kind",
    "it._sampler_iter",
    "it._fetcher",
    "loader.collate_fn.__globals__",
    "loader.collate_fn.__code__",
    "loader.sampler._num_samples",
    "pairs.__class__.__mro__",
    "pairs.__class__.__bases__",
    "pairs.__dict__",
    "ds.__dict__",
    "ds.__class__",
    "loader.__class__",
    "loader.__setattr__",
    "type(loader).__init__.__globals__",
])
def test_loader_and_dataset_internals_are_unreachable(session, source):
    session.run(SETUP)
    diag = session.error(source)
    assert diag.type_name == "AttributeError"
    assert "is not accessible" in diag.message


def test_user_dataset_names_are_the_users(session):
    session.run(SETUP)
    assert session.run("print(pairs._hidden, pairs.n, len(pairs), pairs[2][1])") == "mine 4 4 2\n"
    assert session.run("print(loader.dataset is pairs, loader.sampler.data_source is pairs)") \
        == "True True\n"


def test_frozen_loader_attributes_give_pytorchs_error(session):
    session.run(SETUP)
    diag = session.error("loader.dataset = ds")
    assert diag.type_name == "ValueError"
    assert diag.message == "dataset attribute should not be set after DataLoader is initialized"
    session.run("loader.collate_fn = lambda batch: len(batch)")
    assert session.run("print(list(loader))") == "[2, 2]\n"


def test_num_workers_above_zero_is_refused_in_one_line(session):
    session.run(SETUP)
    diag = session.error("DataLoader(ds, num_workers=2)")
    assert diag.type_name == "NotImplementedError"
    assert "num_workers=0" in diag.message and "\n" not in diag.message


def test_pin_memory_warns_without_an_accelerator(session):
    from gradsh.engine import backend

    if backend.cuda_available():
        pytest.skip("a GPU is present")
    session.run(SETUP)
    session.run("batches = list(DataLoader(ds, pin_memory=True))")
    assert any("pin_memory" in str(w.message) for w in session.warnings)


def test_each_epoch_draws_one_base_seed_and_one_shuffle_seed():
    """PyTorch: iter(loader) draws the base seed; the RandomSampler draws its own
    seed (and permutes with a fresh Generator) at the first batch."""
    from gradsh.data.dataloader import DataLoader
    from gradsh.data.dataset import TensorDataset
    from gradsh.engine import dtypes, random
    from gradsh.engine.ops.creation import arange, empty
    from gradsh.engine.ops.sampling import randperm

    def draw() -> int:
        return int(empty((), dtype=dtypes.int64).random_().item())

    random.manual_seed(3)
    base, shuffle_seed = draw(), draw()
    after = draw()
    generator = random.Generator()
    generator.manual_seed(shuffle_seed)
    expected = randperm(5, generator=generator).tolist()

    random.manual_seed(3)
    loader = DataLoader(TensorDataset(arange(5)), batch_size=5, shuffle=True)
    (batch,), = list(loader)
    assert batch.tolist() == expected
    assert draw() == after
    assert base != shuffle_seed


def test_an_unshuffled_epoch_still_draws_the_base_seed():
    from gradsh.data.dataloader import DataLoader
    from gradsh.engine import dtypes, random
    from gradsh.engine.ops.creation import empty

    def draw() -> int:
        return int(empty((), dtype=dtypes.int64).random_().item())

    random.manual_seed(0)
    draw()
    expected = draw()
    random.manual_seed(0)
    assert len(list(DataLoader(range(4), batch_size=2))) == 2
    assert draw() == expected


def test_data_names_come_from_the_torch_utils_data_namespace(session):
    out = session.run("import torch.utils.data as tud\n"
                      "print(sorted(n for n in dir(tud) if 'Sampler' in n))")
    assert out == ("['BatchSampler', 'RandomSampler', 'Sampler', 'SequentialSampler', "
                   "'SubsetRandomSampler', 'WeightedRandomSampler']\n")
    assert session.run("from torch.utils.data.sampler import RandomSampler\n"
                       "print(RandomSampler)") == \
        "<class 'torch.utils.data.sampler.RandomSampler'>\n"
    diag = session.error("from torch.utils.data.sampler import DataLoader")
    assert diag.type_name == "ImportError"
