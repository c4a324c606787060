"""Fuzzing (issue 10): whatever a user types ends in a value or one gradsh error.

Statements are generated from gradsh's language (literals, names, tensor
constructors, operators, registry functions and methods with random
arguments, indexing, assignments, commands), and some are mutated by random
character deletions and insertions.  Every input must either run or raise a
:class:`Diagnostic` -- never another Python exception -- and finish within a
deadline, under a small memory limit.

CI runs the default (about 200 examples, a few seconds); run it long with::

    HYPOTHESIS_PROFILE=long PYTHONPATH=. python -m pytest -q tests/test_fuzz.py -s

(``GRADSH_FUZZ_EXAMPLES=N`` sets any count; ``-s`` shows how many ran).
Crashes it found are kept as explicit examples (:data:`REGRESSIONS`).
"""
from __future__ import annotations

import os
from datetime import timedelta

import pytest

from gradsh.engine import limits
from gradsh.engine.registry import OPS
from gradsh.lang.diagnostics import Diagnostic
from gradsh.lang.evaluator import Interpreter

hypothesis = pytest.importorskip("hypothesis")
# Only once hypothesis is known to be installed:
from hypothesis import HealthCheck, example, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

Interpreter(lambda text: None)  # raises the recursion limit before hypothesis notes it
LONG = os.environ.get("HYPOTHESIS_PROFILE") == "long"
EXAMPLES = int(os.environ.get("GRADSH_FUZZ_EXAMPLES") or (20000 if LONG else 200))
MEMORY_LIMIT = 64 * 10 ** 6
LOG = os.environ.get("GRADSH_FUZZ_LOG")  # a file to list every error in (for reading)
SETUP = """\
x = tensor([[1., -2., 3.], [0.5, 0., -1.]], requires_grad=True)
w = tensor([1., 2., 3.], requires_grad=True)
i = tensor([3, -1, 0])
u = tensor([1, 2, 250], dtype=torch.uint8)
b = tensor([True, False, True])
s = tensor(2.5)
y = (x * w).sum()
l = [1, 2.0, 'a']
n = 3
"""

# ------------------------------------------------------------------ grammar
NAMES = ["x", "w", "i", "u", "b", "s", "y", "l", "n", "torch", "np", "math", "F", "inf", "nan",
         "range", "len", "abs", "min", "max", "sum", "list", "tuple", "zip", "enumerate",
         "float", "int", "bool", "print", "isinstance", "sorted", "str", "undefined"]
DTYPES = ["torch.float32", "torch.float64", "torch.int64", "torch.int32", "torch.uint8",
          "torch.int8", "torch.bool", "torch.float16", "float", "int", "bool", "torch.long"]
FUNCTIONS = sorted(name for name, op in OPS.items() if op.function and not name.startswith("_"))
METHODS = sorted(name for name, op in OPS.items() if op.method and not name.startswith("_"))
BINARY = ["+", "-", "*", "/", "//", "%", "**", "@", "&", "|", "^", "<<", ">>",
          "<", "<=", ">", ">=", "==", "!=", "and", "or", "in", "is"]
KEYWORDS = ["dim", "keepdim", "dtype", "requires_grad", "out", "alpha", "min", "max", "k",
            "descending", "p", "correction", "unbiased", "device", "retain_graph", "value"]

small_ints = st.integers(-3, 6).map(str)
numbers = st.one_of(
    small_ints,
    st.sampled_from(["0", "-1", "2**63", "2**31", "-2**63", "10**20", "255", "256"]),
    st.floats(allow_nan=True, allow_infinity=True, width=32).map(repr).map(
        lambda text: {"nan": "nan", "inf": "inf", "-inf": "-inf"}.get(text, text)),
)
literals = st.one_of(numbers, st.sampled_from(["True", "False", "None", "'a'", "''", "...",
                                               "'{0}'", "(1, 2)", "[]", "()"]))
shapes = st.lists(st.integers(0, 4), min_size=0, max_size=3).map(
    lambda dims: "(" + "".join(f"{d}, " for d in dims) + ")")
constructors = st.one_of(
    st.builds(lambda f, s, d: f"{f}({s}{d})", st.sampled_from(["zeros", "ones", "rand", "randn",
                                                                "empty", "torch.zeros"]),
              shapes, st.sampled_from(["", ", dtype=torch.float64", ", dtype=torch.int32",
                                       ", requires_grad=True", ", dtype=torch.bool"])),
    st.builds(lambda a, b: f"arange({a}, {b})", small_ints, small_ints),
    st.builds(lambda v: f"tensor({v})", st.lists(numbers, max_size=4).map(
        lambda items: "[" + ", ".join(items) + "]")),
    st.builds(lambda v, d: f"tensor({v}, dtype={d})", numbers, st.sampled_from(DTYPES)),
)


def _expressions():
    leaves = st.one_of(literals, st.sampled_from(NAMES), constructors)

    def extend(inner):
        argument = st.one_of(inner, st.builds(lambda k, v: f"{k}={v}",
                                              st.sampled_from(KEYWORDS), inner))
        arguments = st.lists(argument, max_size=3).map(", ".join)
        index = st.one_of(inner, st.sampled_from([":", "::-1", "None", "...", "1:", "-1",
                                                  "0, 1", "[0, 0]", "b", ":, None"]))
        return st.one_of(
            st.builds(lambda a, op, c: f"({a} {op} {c})", inner, st.sampled_from(BINARY), inner),
            st.builds(lambda op, a: f"({op}{a})", st.sampled_from(["-", "~", "not ", "+"]),
                      inner),
            st.builds(lambda f, a: f"{f}({a})", st.sampled_from(FUNCTIONS), arguments),
            st.builds(lambda f, a: f"torch.{f}({a})", st.sampled_from(FUNCTIONS), arguments),
            st.builds(lambda o, m, a: f"{o}.{m}({a})", inner, st.sampled_from(METHODS), arguments),
            st.builds(lambda o, m: f"{o}.{m}", inner, st.sampled_from(
                ["shape", "grad", "T", "dtype", "requires_grad", "is_leaf", "data", "grad_fn",
                 "ndim", "device", "real", "__class__", "_data"])),
            st.builds(lambda o, k: f"{o}[{k}]", inner, index),
            st.builds(lambda a, c, e: f"({a} if {c} else {e})", inner, inner, inner),
            st.builds(lambda items: "[" + ", ".join(items) + "]", st.lists(inner, max_size=3)),
            st.builds(lambda a: f"(lambda t: {a})", inner),
        )

    return st.recursive(leaves, extend, max_leaves=8)


expressions = _expressions()
targets = st.sampled_from(["z", "x", "w", "x.grad", "x.requires_grad", "x.data", "x[0]",
                           "i[1]", "l[0]", "a, b", "x.shape"])
commands = st.one_of(
    st.builds(lambda c, a: f":{c} {a}", st.sampled_from(
        ["backward", "grad", "zero_grad", "info", "graph", "to"]),
        st.sampled_from(["y", "x", "w", "x w", "y --retain", "cpu", "z", "nope", ""])),
    st.sampled_from([":vars", ":reset", ":seed 3", ":set precision 2", ":set sci on",
                     ":help", ":help sum", ":gradcheck (w * w).sum() wrt w", ":devices"]),
)
statements = st.one_of(
    expressions,
    st.builds(lambda t, e: f"{t} = {e}", targets, expressions),
    st.builds(lambda t, op, e: f"{t} {op}= {e}", targets, st.sampled_from(
        ["+", "-", "*", "/", "**", "//", "@", "&"]), expressions),
    st.builds(lambda e: f"del {e}", st.sampled_from(["x", "z", "l[0]", "x[0]", "n"])),
    commands,
    st.builds(lambda e, f: f"for k in range(2): z = {e}; {f}", expressions, expressions),
    st.builds(lambda e: f"with torch.no_grad(): z = {e}", expressions),
)

MUTATION_CHARS = "()[]{}:,.=+-*/%@'\"\\#\n\t x1_e;<>!~&|^"


@st.composite
def mutated(draw):
    """A generated statement with random characters deleted and inserted."""
    text = list(draw(statements))
    for _ in range(draw(st.integers(1, 4))):
        position = draw(st.integers(0, len(text)))
        if text and draw(st.booleans()):
            del text[min(position, len(text) - 1)]
        else:
            text.insert(position, draw(st.sampled_from(MUTATION_CHARS)))
    return "".join(text)


inputs = st.one_of(statements, statements, mutated())

# ------------------------------------------------------------------ harness
# Crashes the fuzzer found, kept as regression examples.
REGRESSIONS: list[str] = [
    "torch.exp(1, 2)",  # named "_unary.<locals>.impl()" in Python's argument error
    "x.eq()",
    "torch.div(i, 0, rounding_mode='trunc')",  # garbage values instead of ZeroDivisionError
    "s[0]",
]

counter = {"ran": 0, "values": 0, "errors": 0}


@pytest.fixture(scope="module")
def fresh_state():
    """Undo global settings a fuzzed statement may change (print options, dtype, device,
    seed, memory limit), once the module is done."""
    from gradsh.engine import dtypes, printing
    from gradsh.engine.ops import creation

    saved = printing.options.copy(), dtypes.get_default_dtype(), creation.current_default_device()
    previous_limit = limits._limit
    yield saved
    options, dtype, device = saved
    for name in options.__slots__:
        setattr(printing.options, name, getattr(options, name))
    dtypes.set_default_dtype(dtype)
    creation.set_default_device(device)
    limits._limit = previous_limit
    if counter["ran"]:
        print(f"\nfuzz: {counter['ran']} inputs ran: {counter['values']} ended in a value, "
              f"{counter['errors']} in a gradsh error")


def run_one(source: str, saved) -> None:
    from gradsh.engine import dtypes, printing
    from gradsh.engine.ops import creation

    options, dtype, device = saved
    for name in options.__slots__:
        setattr(printing.options, name, getattr(options, name))
    dtypes.set_default_dtype(dtype)
    creation.set_default_device(device)
    limits.set_memory_limit(MEMORY_LIMIT)
    chunks: list[str] = []
    interpreter = Interpreter(chunks.append, warn=lambda diagnostic: None)
    interpreter.run_source(SETUP)
    interpreter.set_deadline(10.0)  # a hang becomes a TimeoutError: reported as a failure
    counter["ran"] += 1
    try:
        interpreter.run_source(source)
        counter["values"] += 1
    except Diagnostic as diagnostic:
        counter["errors"] += 1
        if LOG:
            with open(LOG, "a") as log:
                log.write(f"{diagnostic.type_name}: {diagnostic.message[:200]!r} <- {source!r}\n")
        assert diagnostic.type_name != "TimeoutError", f"{source!r} ran too long"
        assert diagnostic.render()
    finally:
        interpreter.set_deadline(None)


def _with_regressions(test):
    for source in REGRESSIONS:
        test = example(source)(test)
    return test


@_with_regressions
@settings(max_examples=EXAMPLES, deadline=timedelta(seconds=5), database=None,
          suppress_health_check=list(HealthCheck), derandomize=not LONG)
@given(source=inputs)
def test_every_input_ends_in_a_value_or_a_gradsh_error(fresh_state, source):
    run_one(source, fresh_state)
