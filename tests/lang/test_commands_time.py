"""``:time`` and ``%timeit``: IPython's report, nothing echoed (issue 20, point 2)."""
from __future__ import annotations

import re

import pytest

from gradsh.lang import commands_time
from gradsh.lang.commands_time import format_seconds, measure, report

# IPython's TimeitResult: "8.3 µs ± 975 ns per loop (mean ± std. dev. of 7 runs, 100,000 loops each)"
_NUMBER = r"\d+(\.\d+)? (ns|µs|ms|s)"
TIMEIT = re.compile(rf"{_NUMBER} ± {_NUMBER} per loop \(mean ± std\. dev\. of [1-7] runs?, "
                    r"\d{1,3}(,\d{3})* loops? each\)\n")


@pytest.fixture
def quick(monkeypatch):
    """Runs of 2 ms instead of IPython's 0.2 s: the format, not the numbers, is tested."""
    monkeypatch.setattr(commands_time, "TARGET_SECONDS", 0.002)
    monkeypatch.setattr(commands_time, "BUDGET_SECONDS", 0.02)


def test_time_reports_ipythons_mean_and_deviation(session, quick):
    session.run("x = ones(10)")
    out = session.run(":time x * 2 + 1")
    assert TIMEIT.fullmatch(out), out


def test_timeit_is_an_alias_of_time(session, quick):
    session.run("x = ones(10)")
    assert TIMEIT.fullmatch(session.run("%timeit x * 2 + 1"))
    assert TIMEIT.fullmatch(session.run("%timeit   x.sum()"))
    assert session.error("%timeit").type_name == "CommandError"
    error = session.error("%time x")
    assert error.message == "Line magic function `%time` not found."


def test_time_never_echoes_the_timed_statements_output(session, quick):
    # a loop's echoed values and prints went to the output once per loop (57,779 lines)
    out = session.run(":time for i in range(2): tensor(1.).add_(1)")
    assert TIMEIT.fullmatch(out), out[:200]
    assert TIMEIT.fullmatch(session.run("%timeit print('hello')"))
    assert session.run("print('after')") == "after\n"  # the output is back


def test_time_keeps_the_last_results(session, quick):
    session.run("7")
    session.run(":time 1 + 1")
    assert session.run("_") == "7\n"


def test_time_does_not_echo_and_reports_errors(session, quick):
    session.run("x = ones(2)")
    assert "tensor" not in session.run(":time x + 1")
    assert session.error(":time x @ ones(3)").type_name == "RuntimeError"
    assert session.error(":time").type_name == "CommandError"
    assert session.run("x") == "tensor([1., 1.])\n"


def test_measure_autoranges_and_repeats_seven_times():
    now = [0.0]

    def run():
        now[0] += 0.001  # one loop: 1 ms

    per_loop, loops = measure(run, lambda: None, lambda: now[0])
    assert loops == 200  # 1, 2, 5, ... until one run takes 0.2 s
    assert per_loop == pytest.approx([0.001] * 7)


def test_report_is_ipythons_format():
    assert report([1e-3, 3e-3], 1000) == \
        "2 ms ± 1 ms per loop (mean ± std. dev. of 2 runs, 1,000 loops each)\n"
    assert report([0.5], 1) == \
        "500 ms ± 0 ns per loop (mean ± std. dev. of 1 run, 1 loop each)\n"


def test_format_seconds():
    assert [format_seconds(t) for t in (2.5, 0.0123, 4.56e-6, 7e-9, 0)] == \
        ["2.5 s", "12.3 ms", "4.56 µs", "7 ns", "0 ns"]


def test_ipythons_loop_and_run_options(session):
    session.run("x = ones(3)")
    out = session.run("%timeit -n 10 -r 3 x + 1")
    assert TIMEIT.fullmatch(out) and out.endswith("of 3 runs, 10 loops each)\n"), out
    assert session.run(":time -n1 -r1 x").endswith("of 1 run, 1 loop each)\n")
    assert session.error("%timeit -n 0 x").message == "-n takes a positive number"


def test_measure_takes_the_loops_and_runs_it_is_given():
    now = [0.0]

    def run():
        now[0] += 1.0  # one loop: 1 s, far past the budget

    per_loop, loops = measure(run, lambda: None, lambda: now[0], loops=3, runs=4)
    assert (per_loop, loops) == ([1.0] * 4, 3)
