"""engine/uint_support.py's table names real ops (a typo would silently
leave an op computing where PyTorch refuses uint16/32/64)."""
from gradsh.engine import registry, uint_support


def test_every_refused_op_is_a_registry_op():
    assert sorted(set(uint_support.KERNELS) - set(registry.OPS)) == []


def test_binary_ops_are_in_the_table():
    assert sorted(uint_support._BINARY - set(uint_support.KERNELS)) == []


def test_ops_outside_the_table_are_not_wrapped():
    impl = registry.OPS["mul"].impl
    assert uint_support.guard("mul", impl) is impl
