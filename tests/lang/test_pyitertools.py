"""``import itertools`` (gradsh/lang/pyitertools.py): the guards and the
sandbox; the items themselves are pinned against Python by
tests/transcripts/misc_more_from_pytorch.gsh."""
from __future__ import annotations

import pytest

from gradsh.lang.diagnostics import Diagnostic
from gradsh.lang.evaluator import Interpreter


def run(source: str) -> str:
    out: list = []
    Interpreter(out.append).run_source(source)
    return "".join(out)


def error(source: str) -> Diagnostic:
    with pytest.raises(Diagnostic) as raised:
        Interpreter(lambda text: None).run_source(source)
    return raised.value


@pytest.mark.parametrize("source", [
    "list(itertools.count())",
    "list(itertools.repeat(1))",
    "list(itertools.cycle('ab'))",
    "list(itertools.product(range(1000), repeat=4))",
    "tuple(itertools.permutations(range(20)))",
    "list(itertools.combinations(range(10**4), 3))",
    "sorted(itertools.combinations_with_replacement(range(10**4), 3))",
    "itertools.product(range(10**12))",
])
def test_materialising_too_many_items_is_refused_before_building(source):
    assert error("import itertools\n" + source).type_name == "MemoryError"


def test_lazy_use_of_an_infinite_iterator_works():
    assert run("import itertools\nfor i in itertools.count(3):\n    if i > 5:\n        break\n"
               "    print(i)") == "3\n4\n5\n"


def test_reprs_carry_no_host_address():
    text = run("import itertools\nprint(itertools.product([1], [2]), itertools.count(),\n"
               "      [g for k, g in itertools.groupby('ab')][0], itertools.tee([1])[0])")
    assert "0x" not in text and "<itertools.product object>" in text


def test_private_attributes_stay_private():
    assert error("import itertools\nitertools.count()._iterator").type_name == "AttributeError"
    assert error("import itertools\nitertools.chain.__call__").type_name == "AttributeError"
