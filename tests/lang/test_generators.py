"""Generator functions (``yield``, ``y = yield x``, ``yield from``), compared with CPython.

Each snippet runs in CPython and in gradsh; the printed output and the final
uncaught error must be the same.
"""
from __future__ import annotations

import contextlib
import io
import textwrap

import pytest

from gradsh.lang.diagnostics import Diagnostic
from gradsh.lang.evaluator import Interpreter

SNIPPETS = {
    "while_and_return": """
        def count(n):
            i = 0
            while i < n:
                yield i
                i += 1
            return "done"
        print(list(count(4)), sum(count(5)))
        g = count(1)
        print(next(g))
        try:
            next(g)
        except StopIteration as stop:
            print("stopped", stop.args)
    """,
    "for_continue_and_yield_from": """
        def squares(xs):
            for x in xs:
                if x % 2:
                    continue
                yield x * x
            yield from [100, 200]
        print([v for v in squares(range(6))])
    """,
    "send": """
        def echo():
            total = 0
            while True:
                got = yield total
                if got is None:
                    break
                total += got
        g = echo()
        print(next(g), g.send(5), g.send(7))
        print(list(g))
    """,
    "finally_runs_on_break_and_close": """
        def guarded():
            try:
                yield 1
                yield 2
            finally:
                print("cleanup")
        for v in guarded():
            print(v)
            break
        g = guarded()
        print(next(g))
        g.close()
        print("closed")
    """,
    "infinite_is_lazy": """
        def fib():
            a, b = 0, 1
            while True:
                yield a
                a, b = b, a + b
        f = fib()
        print([next(f) for _ in range(10)])
    """,
    "yield_from_returns_and_forwards_send": """
        def inner():
            x = yield 1
            print("inner got", x)
            return 7
        def outer():
            r = yield from inner()
            print("outer got", r)
            yield r
        o = outer()
        print(next(o), o.send("hi"))
    """,
    "exception_inside_reaches_the_consumer": """
        def bad():
            yield 1
            raise ValueError("oops")
        try:
            for v in bad():
                print(v)
        except ValueError as e:
            print("caught", e)
    """,
    "try_except_inside_the_generator": """
        def safe(values):
            for v in values:
                try:
                    yield 10 / v
                except ZeroDivisionError:
                    yield "inf"
        print(list(safe([1, 0, 2])))
    """,
    "with_inside": """
        class Ctx:
            def __enter__(self):
                print("enter")
                return "ctx"
            def __exit__(self, *args):
                print("exit")
                return False
        def using():
            with Ctx() as c:
                yield c
                yield c + "!"
        print(list(using()))
    """,
    "batches_and_methods": """
        def batches(data, n):
            for i in range(0, len(data), n):
                yield data[i:i + n]
        print(list(batches(list(range(7)), 3)))
        class Bag:
            def __init__(self):
                self.items = [3, 1, 2]
            def __iter__(self):
                for item in sorted(self.items):
                    yield item
        print(list(Bag()), sorted(Bag(), reverse=True))
    """,
    "state_is_kept_between_calls": """
        def counter():
            n = 0
            while True:
                n += 1
                yield n
        a, b = counter(), counter()
        print(next(a), next(a), next(b), next(a))
    """,
    "uncaught_error_after_values": """
        def g():
            yield 1
            yield 1 / 0
        for v in g():
            print(v)
    """,
}


def _cpython(source: str) -> str:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        try:
            exec(compile(source, "<snippet>", "exec", dont_inherit=True), {})
        except Exception as exc:  # noqa: BLE001 - recorded as the final line
            print(f"<uncaught: {type(exc).__name__}: {exc}>")
    return out.getvalue()


def _gradsh(source: str) -> str:
    out: list = []
    try:
        Interpreter(out.append).run_source(source)
    except Diagnostic as diagnostic:
        out.append(f"<uncaught: {diagnostic.type_name}: {diagnostic.message}>\n")
    return "".join(out)


@pytest.mark.parametrize("name", sorted(SNIPPETS))
def test_generators_behave_as_in_cpython(name):
    source = textwrap.dedent(SNIPPETS[name]).strip() + "\n"
    assert _gradsh(source) == _cpython(source)


def test_generator_repr_and_internals():
    out: list = []
    interp = Interpreter(out.append)
    interp.run_source("def gen():\n    yield 1\ng = gen()\nprint(g)")
    assert "".join(out) == "<generator object gen>\n"  # no host address (issue 19)
    for attribute in ("gi_frame", "gi_code", "_body", "_scope", "__class__", "__next__"):
        with pytest.raises(Diagnostic):
            interp.run_source(f"g.{attribute}")


def test_yield_outside_a_function_is_a_syntax_error():
    with pytest.raises(Diagnostic) as raised:
        Interpreter(lambda text: None).run_source("yield 1")
    assert (raised.value.type_name, raised.value.message) == \
        ("SyntaxError", "'yield' outside function")


def test_an_infinite_generator_stops_at_the_deadline():
    interp = Interpreter(lambda text: None)
    interp.set_deadline(0.3)
    try:
        with pytest.raises(Diagnostic) as raised:
            interp.run_source("def forever():\n    while True:\n        yield 1\n"
                              "for _ in forever():\n    pass")
        assert raised.value.type_name == "TimeoutError"
    finally:
        interp.set_deadline(None)

