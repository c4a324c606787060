"""Python statements in gradsh, checked against CPython itself.

try/except/else/finally, raise (``from``, bare re-raise), assert, global and
nonlocal, decorators, annotations and complex literals.  Each snippet in
:data:`SNIPPETS` is a small, torch-free Python program: the test runs it in
CPython (``exec`` in a fresh namespace, output captured) and in gradsh, and the
printed output and the headline of the uncaught error (``ErrorType: message``,
or just ``ErrorType`` when the message is empty, as a traceback's last line)
must be the same.  :func:`test_cpython_reference` checks the snippets
themselves: each ends, in CPython, with the error type it declares (or none).

Snippets that need torch run in gradsh only, against outputs written out here
(generated with real PyTorch).  Then come gradsh's one-line errors for
constructs it does not support, and sandbox checks: an exception object gives
no way to the interpreter's frames, and a timeout or the memory limit cannot
be swallowed by ``except`` or ``finally``.

Snippets use ``print`` for all output: a bare expression statement at top
level echoes its value in gradsh (as in Python's REPL) but not under ``exec``.
"""
from __future__ import annotations

import builtins
import contextlib
import io
import sys
import textwrap
import time
from typing import Optional

import pytest

from gradsh.lang.diagnostics import Diagnostic
from gradsh.lang.evaluator import Interpreter


def block(text: str) -> str:
    return textwrap.dedent(text).strip("\n") + "\n"


def headline(type_name: str, message: str) -> str:
    return f"{type_name}: {message}" if message else type_name


# Python 3.14 evaluates annotations lazily (PEP 649): `x: undefined = 1` at
# module level and `def f(x: undefined)` no longer raise NameError there.
EAGER_ANNOTATIONS = "NameError" if sys.version_info < (3, 14) else None

# (id, source, the type of the error that escapes in CPython or None)
SNIPPETS: list[tuple[str, str, Optional[str]]] = [
    # ------------------------------------------------------------ try/except
    ("try_else_finally_no_error", block("""
        try:
            print("body")
        except ValueError:
            print("handler")
        else:
            print("else")
        finally:
            print("finally")
        print("after")
        """), None),
    ("caught_value_error_str_args_repr", block("""
        try:
            raise ValueError("bad value")
            print("not reached")
        except ValueError as e:
            print(e)
            print(e.args)
            print(repr(e))
            print(str(e), len(e.args), e.args[0])
        """), None),
    ("multiple_except_clauses", block("""
        def classify(k):
            try:
                if k == 0:
                    return int("x")
                if k == 1:
                    return {}["key"]
                if k == 2:
                    return [1, 2][5]
                if k == 3:
                    return 1 / 0
                if k == 4:
                    return "a" + 1
                return "fine"
            except ValueError as e:
                return "ValueError: " + str(e)
            except KeyError as e:
                return "KeyError: " + str(e)
            except IndexError as e:
                return "IndexError: " + str(e)
            except ZeroDivisionError as e:
                return "ZeroDivisionError: " + str(e)
            except TypeError as e:
                return "TypeError: " + str(e)
        for k in range(6):
            print(k, classify(k))
        """), None),
    ("except_tuple_of_types", block("""
        for source in [[1], {"a": 1}, "s"]:
            try:
                value = source[3]
                print("got", value)
            except (KeyError, IndexError) as e:
                print("lookup failed:", repr(e))
        """), None),
    ("except_tuple_in_a_variable", block("""
        lookup_errors = (KeyError, IndexError)
        handled = [ZeroDivisionError, ValueError]
        try:
            d = {}
            v = d["missing"]
        except lookup_errors as e:
            print("caught", e)
        try:
            v = int("nope")
        except tuple(handled) as e:
            print("caught", e)
        """), None),
    ("except_by_base_class", block("""
        try:
            x = 1 / 0
        except ArithmeticError as e:
            print("ArithmeticError caught:", e)
            print(isinstance(e, ZeroDivisionError), isinstance(e, ArithmeticError))
        try:
            x = 10 % 0
        except Exception as e:
            print("Exception caught:", e)
            print(isinstance(e, ZeroDivisionError), isinstance(e, ValueError))
        try:
            x = {}["k"]
        except LookupError as e:
            print("LookupError caught:", repr(e), isinstance(e, KeyError))
        try:
            x = [][0]
        except LookupError as e:
            print("LookupError caught:", e, isinstance(e, IndexError))
        """), None),
    ("first_matching_clause_wins", block("""
        try:
            x = 1 / 0
        except ArithmeticError:
            print("ArithmeticError first")
        except ZeroDivisionError:
            print("never: an earlier clause matched")
        except Exception:
            print("never either")
        """), None),
    ("bare_except", block("""
        caught = []
        for thing in ["1", "two", "3"]:
            try:
                caught.append(int(thing))
            except:
                caught.append(None)
        print(caught)
        """), None),
    ("isinstance_on_caught_exceptions", block("""
        def fail(k):
            if k == 0:
                raise ValueError("v")
            if k == 1:
                raise TypeError("t")
            if k == 2:
                raise NotImplementedError("todo")
            if k == 3:
                raise StopIteration
            raise AttributeError("no such thing")
        for k in range(5):
            try:
                fail(k)
            except Exception as e:
                print(k, isinstance(e, ValueError), isinstance(e, (TypeError, RuntimeError)),
                      isinstance(e, RuntimeError), isinstance(e, Exception), repr(e))
        """), None),
    ("except_name_unbound_after_handler", block("""
        e = "before"
        try:
            raise ValueError("x")
        except ValueError as e:
            print("in handler:", e)
        try:
            print(e)
        except NameError as problem:
            print("after handler:", problem)
        """), None),
    ("else_skipped_when_an_exception_is_caught", block("""
        for divisor in [2, 0]:
            try:
                result = 10 / divisor
            except ZeroDivisionError:
                print("division by zero")
            else:
                print("result", result)
            finally:
                print("done with", divisor)
        """), None),
    ("except_clause_expression_only_evaluated_when_needed", block("""
        try:
            print("no exception")
        except undefined_exception_name:
            print("never")
        print("fine")
        """), None),
    ("except_clause_expression_undefined_when_needed", block("""
        try:
            x = 1 / 0
        except undefined_exception_name:
            print("never")
        """), "NameError"),
    ("except_clause_not_an_exception_class", block("""
        try:
            x = 1 / 0
        except 5:
            print("never")
        """), "TypeError"),
    ("exception_args_several_and_none", block("""
        try:
            raise ValueError("a", 1)
        except ValueError as e:
            print(e)
            print(e.args)
        try:
            raise ValueError()
        except ValueError as e:
            print(repr(str(e)), e.args, repr(e))
        try:
            raise KeyError("k")
        except KeyError as e:
            print(e, repr(e), e.args)
        """), None),
    ("raise_a_class_instantiates_it", block("""
        try:
            raise ValueError
        except ValueError as e:
            print(repr(e), e.args, isinstance(e, ValueError))
        try:
            raise StopIteration
        except StopIteration as e:
            print("stop", repr(e))
        """), None),
    ("exception_values_in_variables_and_lists", block("""
        kinds = [ValueError, KeyError, IndexError]
        for i in range(3):
            try:
                raise kinds[i]("number " + str(i))
            except (ValueError, LookupError) as e:
                print(i, repr(e))
        made = RuntimeError("made earlier")
        try:
            raise made
        except RuntimeError as e:
            print(e is made, e)
        """), None),
    ("exception_propagates_through_calls", block("""
        def inner(x):
            return 10 // x
        def middle(x):
            print("middle before")
            value = inner(x)
            print("middle after")
            return value
        def outer(x):
            try:
                return middle(x)
            except ZeroDivisionError as e:
                print("outer caught:", e)
                return -1
        print(outer(5))
        print(outer(0))
        """), None),
    ("exception_from_a_comprehension_and_lambda", block("""
        try:
            values = [10 // k for k in [5, 2, 0, 1]]
        except ZeroDivisionError as e:
            print("comprehension:", e)
        check = lambda v: [1, 2, 3][v]
        try:
            print(check(1))
            print(check(7))
        except IndexError as e:
            print("lambda:", e)
        """), None),
    ("exceptions_in_loop_with_continue", block("""
        total = 0
        bad = []
        for text in ["1", "x", "3", "", "5"]:
            try:
                total += int(text)
            except ValueError:
                bad.append(text)
                continue
            print("added", text)
        print(total, bad)
        """), None),
    ("overflow_and_not_implemented", block("""
        try:
            x = 2.0 ** 10000
        except OverflowError:
            print("overflow caught")
        except ArithmeticError:
            print("never")
        def abstract():
            raise NotImplementedError("subclasses implement this")
        try:
            abstract()
        except RuntimeError as e:
            print("NotImplementedError is a RuntimeError:", e)
        """), None),
    ("try_except_inside_with_and_while", block("""
        n = 0
        log = []
        while n < 4:
            n += 1
            try:
                if n % 2 == 0:
                    raise ValueError(n)
                log.append("odd " + str(n))
            except ValueError as e:
                log.append("even " + str(e))
        print(log)
        """), None),
    # ---------------------------------------------------- finally and flow
    ("finally_runs_when_the_exception_escapes", block("""
        try:
            print("start")
            raise KeyError("k")
        finally:
            print("cleanup")
        print("not reached")
        """), "KeyError"),
    ("finally_runs_when_no_handler_matches", block("""
        def f():
            try:
                raise IndexError("deep")
            except KeyError:
                print("wrong handler")
            finally:
                print("finally in f")
        try:
            f()
        except IndexError as e:
            print("caught outside:", e)
        """), None),
    ("return_in_try_runs_finally", block("""
        def f():
            try:
                print("in try")
                return "from try"
            finally:
                print("finally runs before the return")
        print(f())
        """), None),
    ("return_in_finally_overrides_return", block("""
        def f():
            try:
                return "try"
            finally:
                return "finally"
        print(f())
        """), None),
    ("return_in_finally_swallows_exception", block("""
        def f():
            try:
                raise ValueError("lost")
            finally:
                return "swallowed"
        print(f())
        """), None),
    ("return_value_computed_before_finally", block("""
        def f():
            x = 1
            try:
                return x
            finally:
                x = 2
                print("finally sets x to", x)
        print(f())
        """), None),
    ("return_in_except_runs_finally", block("""
        def f():
            try:
                raise ValueError("v")
            except ValueError:
                print("handler")
                return "from handler"
            else:
                return "never"
            finally:
                print("finally")
        print(f())
        """), None),
    ("break_in_try_finally", block("""
        for i in range(5):
            try:
                if i == 2:
                    break
                print("body", i)
            finally:
                print("finally", i)
        print("after loop")
        """), None),
    ("continue_in_try_finally", block("""
        for i in range(4):
            try:
                if i % 2 == 0:
                    continue
                print("odd", i)
            finally:
                print("finally", i)
        """), None),
    ("break_and_continue_in_while_try_finally", block("""
        i = 0
        while True:
            i += 1
            try:
                if i < 3:
                    continue
                if i == 5:
                    break
                print("at", i)
            finally:
                print("f", i)
        print("i =", i)
        """), None),
    ("break_continue_return_not_caught_by_bare_except", block("""
        for i in range(3):
            try:
                break
            except:
                print("swallowed break")
        for i in range(2):
            try:
                continue
            except:
                print("swallowed continue")
            print("never")
        def f():
            try:
                return "returned"
            except:
                return "swallowed return"
        print(f(), i)
        """), None),
    ("break_in_finally_discards_exception", block("""
        for i in range(3):
            try:
                raise ValueError(i)
            finally:
                print("finally", i)
                break
        print("the ValueError is gone")
        """), None),
    ("exception_in_handler", block("""
        try:
            try:
                x = 1 / 0
            except ZeroDivisionError:
                print("handling")
                raise ValueError("raised in the handler")
        except ValueError as e:
            print("outer:", e)
        """), None),
    ("exception_in_handler_uncaught_runs_finally", block("""
        try:
            x = [][1]
        except IndexError as e:
            print("handler for", e)
            y = {}["from handler"]
        finally:
            print("finally")
        """), "KeyError"),
    ("exception_in_else_runs_finally", block("""
        try:
            try:
                print("body")
            except ValueError:
                print("never")
            else:
                raise RuntimeError("from else")
            finally:
                print("finally")
        except RuntimeError as e:
            print("caught", e)
        """), None),
    ("nested_try_inner_handles", block("""
        try:
            try:
                raise KeyError("inner")
            except KeyError as e:
                print("inner caught", e)
            finally:
                print("inner finally")
            print("between")
        except KeyError:
            print("never")
        finally:
            print("outer finally")
        """), None),
    ("nested_try_outer_handles", block("""
        trace = []
        try:
            try:
                trace.append("inner body")
                raise TypeError("t")
            except ValueError:
                trace.append("never")
            finally:
                trace.append("inner finally")
            trace.append("never either")
        except TypeError as e:
            trace.append("outer handler " + str(e))
        finally:
            trace.append("outer finally")
        print(trace)
        """), None),
    ("error_in_finally_replaces_exception", block("""
        try:
            try:
                raise ValueError("original")
            finally:
                raise KeyError("from finally")
        except ValueError:
            print("never")
        except KeyError as e:
            print("caught", repr(e))
        """), None),
    ("error_in_finally_uncaught", block("""
        try:
            print("body")
        finally:
            print("finally")
            x = 1 / 0
        """), "ZeroDivisionError"),
    ("handled_exception_then_later_error", block("""
        try:
            raise ValueError("handled")
        except ValueError:
            pass
        print("going on")
        undefined_function()
        """), "NameError"),
    # ------------------------------------------------------------- raise
    ("bare_reraise", block("""
        try:
            try:
                raise KeyError("k")
            except KeyError:
                print("inner handler")
                raise
        except KeyError as e:
            print("outer:", repr(e))
        """), None),
    ("bare_reraise_uncaught", block("""
        try:
            x = 1 / 0
        except ZeroDivisionError:
            print("log and re-raise")
            raise
        """), "ZeroDivisionError"),
    ("bare_reraise_in_function_called_from_handler", block("""
        def log_and_reraise():
            print("logging")
            raise
        try:
            try:
                raise ValueError("current")
            except ValueError:
                log_and_reraise()
        except ValueError as e:
            print("caught again:", e)
        """), None),
    ("reraise_same_object", block("""
        try:
            try:
                raise ValueError("same")
            except ValueError as first:
                kept = first
                raise first
        except ValueError as second:
            print(second is kept, second)
        """), None),
    ("reraise_restores_the_outer_exception", block("""
        try:
            try:
                raise ValueError("outer")
            except ValueError:
                try:
                    raise KeyError("inner")
                except KeyError:
                    print("inner handled")
                raise
        except Exception as e:
            print("re-raised:", repr(e))
        """), None),
    ("raise_from", block("""
        def parse(text):
            try:
                return int(text)
            except ValueError as e:
                raise RuntimeError("could not parse " + repr(text)) from e
        try:
            parse("12x")
        except RuntimeError as e:
            print(e)
            print(e.args)
            print(isinstance(e, RuntimeError))
        """), None),
    ("raise_from_none_and_from_class", block("""
        try:
            try:
                x = {}["a"]
            except KeyError:
                raise ValueError("cleaner") from None
        except ValueError as e:
            print(repr(e))
        try:
            raise ValueError("with cause") from KeyError
        except ValueError as e:
            print(e)
        """), None),
    ("raise_from_uncaught", block("""
        try:
            x = 1 / 0
        except ZeroDivisionError as z:
            raise ValueError("wrapped") from z
        """), "ValueError"),
    ("raise_from_not_an_exception", block("""
        raise ValueError("x") from 5
        """), "TypeError"),
    ("raise_uncaught_value_error", block("""
        print("before")
        raise ValueError("bad")
        """), "ValueError"),
    ("raise_uncaught_from_function", block("""
        def check(n):
            if n < 0:
                raise ValueError(f"n must be >= 0, got {n}")
            return n
        print(check(3))
        print(check(-2))
        """), "ValueError"),
    ("raise_no_active_exception", block("""
        print("nothing to re-raise")
        raise
        """), "RuntimeError"),
    ("raise_no_active_exception_after_handler", block("""
        try:
            raise ValueError("done with")
        except ValueError:
            pass
        raise
        """), "RuntimeError"),
    ("raise_an_int", block("""
        raise 5
        """), "TypeError"),
    ("raise_a_string", block("""
        raise "error"
        """), "TypeError"),
    ("raise_uncaught_empty_message", block("""
        raise KeyError
        """), "KeyError"),
    ("uncaught_key_error_message_quoted", block("""
        d = {"a": 1}
        print(d["a"])
        print(d["b"])
        """), "KeyError"),
    ("name_error_undefined", block("""
        print("start")
        print(undefined_name)
        """), "NameError"),
    ("name_error_caught", block("""
        try:
            value = also_undefined + 1
        except NameError as e:
            print("caught:", e)
        """), None),
    # ------------------------------------------------------------- assert
    ("assert_passes", block("""
        x = 3
        assert x == 3
        assert x > 0, "x must be positive"
        assert True, undefined_name_in_an_unused_message
        assert [1]
        print("all passed")
        """), None),
    ("assert_fails_without_message", block("""
        x = -1
        print("checking")
        assert x > 0
        print("not reached")
        """), "AssertionError"),
    ("assert_fails_with_message", block("""
        x = -1
        assert x > 0, f"x must be positive, got {x}"
        """), "AssertionError"),
    ("assert_message_not_a_string", block("""
        assert [], 42
        """), "AssertionError"),
    ("assert_caught", block("""
        try:
            assert 1 + 1 == 3, "arithmetic is broken"
        except AssertionError as e:
            print("caught:", e, e.args)
        try:
            assert None
        except AssertionError as e:
            print("no message:", repr(e), e.args)
        def positive(v):
            assert v > 0, ("not positive", v)
            return v
        try:
            positive(-5)
        except Exception as e:
            print(isinstance(e, AssertionError), e.args)
        """), None),
    # --------------------------------------------------- global / nonlocal
    ("global_counter", block("""
        count = 0
        def increment(by=1):
            global count
            count += by
            return count
        _ = increment()
        _ = increment()
        print(increment(10), count)
        """), None),
    ("global_declared_in_function_creates_global", block("""
        def setup():
            global created, also_created
            created = "new global"
            also_created = [1, 2]
        setup()
        print(created, also_created)
        """), None),
    ("global_declared_in_nested_function", block("""
        def outer():
            def inner():
                global from_inner
                from_inner = 5
            inner()
            return from_inner * 2
        print(outer(), from_inner)
        """), None),
    ("assignment_without_global_is_local", block("""
        x = "global"
        def f():
            x = "local"
            return x
        def g():
            return x
        print(f(), g(), x)
        """), None),
    ("unbound_local_without_global", block("""
        total = 0
        def add(v):
            total += v
        add(1)
        """), "UnboundLocalError"),
    ("global_read_before_it_exists", block("""
        def f():
            global not_yet
            return not_yet
        print(f())
        """), "NameError"),
    ("global_and_del", block("""
        temp = 1
        def drop():
            global temp
            del temp
        drop()
        try:
            print(temp)
        except NameError as e:
            print(e)
        """), None),
    ("nonlocal_counter", block("""
        def make_counter():
            count = 0
            def step():
                nonlocal count
                count += 1
                return count
            return step
        a = make_counter()
        b = make_counter()
        _ = a()
        _ = a()
        print(a(), b(), a())
        """), None),
    ("nonlocal_binds_nearest_enclosing", block("""
        def outer():
            x = "outer"
            def middle():
                x = "middle"
                def inner():
                    nonlocal x
                    x = "set by inner"
                inner()
                return x
            m = middle()
            return m, x
        print(outer())
        """), None),
    ("nonlocal_two_levels_up", block("""
        def outer():
            x = 0
            def middle():
                def inner():
                    nonlocal x
                    x += 100
                inner()
                inner()
            middle()
            return x
        print(outer())
        """), None),
    ("nonlocal_several_names_and_global_mix", block("""
        g = 0
        def outer():
            a, b = 1, 2
            def inner():
                nonlocal a, b
                global g
                a, b = b, a
                g = a + b
            inner()
            return a, b
        print(outer(), g)
        """), None),
    ("closure_sees_nonlocal_updates", block("""
        def account(balance):
            def deposit(amount):
                nonlocal balance
                balance += amount
                return balance
            def read():
                return balance
            return deposit, read
        deposit, read = account(10)
        _ = deposit(5)
        print(read(), deposit(1), read())
        """), None),
    ("nonlocal_at_module_level", block("""
        nonlocal x
        """), "SyntaxError"),
    ("nonlocal_without_binding", block("""
        def f():
            nonlocal missing
            missing = 1
        """), "SyntaxError"),
    ("soft_keywords_are_still_names", block("""
        match = [1, 2]
        case = "c"
        print(match, case, match[0])
        def f(match, case=1):
            return match + case
        print(f(2))
        """), None),
    # ---------------------------------------------------------- decorators
    ("decorator_wraps_function", block("""
        def shout(fn):
            def wrapper(*args, **kwargs):
                return str(fn(*args, **kwargs)).upper() + "!"
            return wrapper
        @shout
        def greet(name, punctuation=""):
            return "hello " + name + punctuation
        print(greet("ada"))
        print(greet("bob", punctuation="?"))
        """), None),
    ("decorator_with_arguments", block("""
        def repeat(times):
            def decorate(fn):
                def wrapper(x):
                    return [fn(x) for _ in range(times)]
                return wrapper
            return decorate
        @repeat(3)
        def double(x):
            return 2 * x
        print(double(4))
        """), None),
    ("stacked_decorators_apply_bottom_up", block("""
        def tag(name):
            print("evaluate", name)
            def decorate(fn):
                print("apply", name)
                def wrapper():
                    return name + "(" + fn() + ")"
                return wrapper
            return decorate
        @tag("outer")
        @tag("inner")
        def base():
            return "base"
        print(base())
        """), None),
    ("decorator_returns_a_different_object", block("""
        def call_now(fn):
            return fn()
        @call_now
        def answer():
            return 42
        print(answer, answer + 1)
        registry = []
        def register(fn):
            registry.append(fn)
            return fn
        @register
        def square(x):
            return x * x
        @register
        def cube(x):
            return x * x * x
        print(len(registry), [f(3) for f in registry], square(5))
        """), None),
    ("decorator_arbitrary_expressions", block("""
        decorators = [lambda fn: (lambda x: fn(x) + 1)]
        table = {"neg": lambda fn: (lambda x: -fn(x))}
        @decorators[0]
        def f(x):
            return x * 10
        @table["neg"]
        @(lambda fn: fn)
        def g(x):
            return x
        print(f(2), g(3))
        """), None),
    ("decorator_sees_recursive_calls", block("""
        cache = {}
        calls = [0]
        def memo(fn):
            def wrapper(n):
                if n not in cache:
                    calls[0] += 1
                    cache[n] = fn(n)
                return cache[n]
            return wrapper
        @memo
        def fib(n):
            return n if n < 2 else fib(n - 1) + fib(n - 2)
        print(fib(40), calls[0], len(cache))
        """), None),
    ("decorator_with_state_in_closure", block("""
        def counted(fn):
            calls = 0
            def wrapper(*args):
                nonlocal calls
                calls += 1
                return (calls, fn(*args))
            return wrapper
        @counted
        def add(a, b):
            return a + b
        print(add(1, 2), add(3, 4))
        """), None),
    ("decorator_that_catches", block("""
        def or_default(default):
            def decorate(fn):
                def wrapper(*args):
                    try:
                        return fn(*args)
                    except (ZeroDivisionError, ValueError) as e:
                        print("recovered from", repr(e))
                        return default
                return wrapper
            return decorate
        @or_default(-1)
        def ratio(a, b):
            return a / b
        print(ratio(1, 4), ratio(1, 0))
        """), None),
    ("decorator_on_nested_def", block("""
        def twice(fn):
            return lambda x: fn(fn(x))
        def build(step):
            @twice
            def advance(x):
                return x + step
            return advance
        print(build(3)(10))
        """), None),
    ("decorator_raises_at_definition", block("""
        def refuse(fn):
            raise ValueError("refused at definition time")
        print("before")
        @refuse
        def f():
            return 1
        print("not reached")
        """), "ValueError"),
    ("decorator_returning_none", block("""
        def forget(fn):
            print("forgetting")
        @forget
        def f():
            return 1
        print(f)
        f()
        """), "TypeError"),
    # --------------------------------------------------------- annotations
    ("annotated_assignment", block("""
        x: int = 5
        print(x)
        name: str = "gradsh"
        values: list = [1, 2]
        values: list = values + [3]
        print(name, values)
        d = {}
        d["k"]: int = 7
        print(d)
        """), None),
    ("bare_annotation_does_not_bind", block("""
        y: int
        print("annotated")
        print(y)
        """), "NameError"),
    ("module_annotation_is_evaluated", block("""
        z: undefined_annotation = 3
        """), EAGER_ANNOTATIONS),
    ("local_annotation_is_not_evaluated", block("""
        def f():
            v: undefined_annotation = 3
            return v
        print(f())
        """), None),
    ("bare_local_annotation_makes_a_local", block("""
        x = "global"
        def f():
            x: int
            return x
        print(f())
        """), "UnboundLocalError"),
    ("annotated_parameters_and_return", block("""
        def f(a: int, b: float = 2.0) -> float:
            return a * b
        print(f(3), f(3, b=0.5), f(b=1.5, a=2))
        def g(xs: list[int], *rest: int, **options: str) -> dict[str, int]:
            return {"n": len(xs) + len(rest), "o": len(options)}
        print(g([1, 2], 3, 4, k="v"))
        def h(text: "a string annotation") -> "also a string":
            return text * 2
        print(h("ab"))
        """), None),
    ("keyword_only_parameters_with_annotations", block("""
        def scale(x: float, *, factor: float = 2.0, label: str) -> str:
            return label + "=" + str(x * factor)
        print(scale(1.5, label="a"))
        print(scale(1.5, factor=4.0, label="b"))
        try:
            scale(1.5, 2.0, label="c")
        except TypeError as e:
            print("TypeError:", e)
        """), None),
    ("parameter_annotation_is_evaluated", block("""
        def f(x: undefined_annotation):
            return x
        """), EAGER_ANNOTATIONS),
    ("annotated_function_with_decorator", block("""
        def checked(fn):
            def wrapper(x: int) -> int:
                assert isinstance(x, int), "expected an int"
                return fn(x)
            return wrapper
        @checked
        def inc(x: int) -> int:
            return x + 1
        print(inc(1))
        inc(1.5)
        """), "AssertionError"),
    # ------------------------------------------------------------- complex
    ("complex_literals", block("""
        print(1j * 1j)
        print(2 + 3j)
        print((1+2j).real, (1+2j).imag)
        print(2.5J, 1J, 0j, 1e3j, 1_000j)
        print(1j ** 2, 10j / 4, (1 + 2j) * (3 - 1j))
        print(-2j, abs(3 + 4j), 3j.imag)
        print(repr(1.5j), str(2j), f"{1 + 2j}", [1j, 2 + 0j])
        print((1+2j).conjugate(), 1j == 1j, 2 + 0j == 2)
        """), None),
    ("complex_is_not_ordered", block("""
        print(1j == 1j)
        print(1j < 2j)
        """), "TypeError"),
    ("complex_to_int", block("""
        print(int(1 + 2j))
        """), "TypeError"),
    # -------------------------------------------- container and str methods
    ("dict_and_list_methods", block("""
        d = {"a": 1}
        d.update(b=2)
        d.update([("c", 3)])
        print(d.setdefault("a", 9), d.setdefault("z", 0), d.pop("b"), d.pop("q", None))
        e = d.copy()
        print(d.popitem(), e)
        e.clear()
        seen = [1, 2]
        seen.clear()
        print(d, e, seen)
        """), None),
    ("str_methods", block("""
        print("a-b-c".rsplit("-", 1), "x=1".partition("="), "x=1".rpartition("y"))
        print("7".zfill(3), "ab".ljust(4, "."), "ab".rjust(4), "ab".center(6, "*"))
        print("a\\nb".splitlines(), " ".isspace(), "A1".isalnum(), "AB".isupper())
        print("abcabc".rfind("b"), "abc".index("c"), "Hi".swapcase(), "ß".casefold())
        print("test_x".removeprefix("test_"), "a.py".removesuffix(".py"))
        """), None),
    ("dict_pop_missing", block("""
        {}.pop("k")
        """), "KeyError"),
]

SNIPPET_IDS = [name for name, _, _ in SNIPPETS]
assert len(set(SNIPPET_IDS)) == len(SNIPPET_IDS), "duplicate snippet ids"


# ------------------------------------------------------------------ runners
def run_cpython(source: str, module: str = "__snippet__") -> tuple[str, Optional[str],
                                                                     Optional[str]]:
    """(printed output, headline of the escaping error, its type name)."""
    namespace = {"__name__": module, "__builtins__": builtins}
    buffer = io.StringIO()
    try:
        with contextlib.redirect_stdout(buffer):
            # dont_inherit: this module's `from __future__ import annotations`
            # would otherwise apply to the snippet and stop annotations being evaluated
            exec(compile(source, "<snippet>", "exec", dont_inherit=True), namespace)
    except SyntaxError as exc:  # compile-time: only the message, without "(file, line)"
        return buffer.getvalue(), headline(type(exc).__name__, exc.msg), type(exc).__name__
    except Exception as exc:
        return buffer.getvalue(), headline(type(exc).__name__, str(exc)), type(exc).__name__
    return buffer.getvalue(), None, None


def run_gradsh(source: str, interp: Optional[Interpreter] = None,
               out: Optional[list] = None) -> tuple[str, Optional[Diagnostic]]:
    if out is None:
        out = []
    if interp is None:
        interp = Interpreter(out.append)
    try:
        interp.run_source(source)
    except Diagnostic as diag:
        return "".join(out), diag
    return "".join(out), None


def transcript(printed: str, error: Optional[str]) -> str:
    """Output and error as one text, so a failure shows a line-by-line diff."""
    return printed + f"<uncaught: {error}>\n"


def check_cpython_reference(name: str, source: str, error_type: Optional[str],
                            run=run_cpython) -> None:
    """A snippet itself: valid Python, ending (in CPython) as declared."""
    printed, error, type_name = run(source)
    assert type_name == error_type, f"{name}: CPython ended with {error!r}\n{printed}"


def check_same_as_cpython(source: str, run=run_cpython, normalise=lambda text: text) -> None:
    """gradsh prints what CPython prints and ends with the same error headline."""
    expected_printed, expected_error, _ = run(source)
    printed, diag = run_gradsh(source)
    error = None if diag is None else headline(diag.type_name, diag.message)
    assert normalise(transcript(printed, error)) == \
        normalise(transcript(expected_printed, expected_error)), \
        f"gradsh differs from CPython on:\n{source}"


@pytest.mark.parametrize("name, source, error_type", SNIPPETS, ids=SNIPPET_IDS)
def test_cpython_reference(name, source, error_type):
    check_cpython_reference(name, source, error_type)


@pytest.mark.parametrize("name, source, error_type", SNIPPETS, ids=SNIPPET_IDS)
def test_same_as_cpython(name, source, error_type):
    check_same_as_cpython(source)


# --------------------------------------------------- snippets needing torch
# (id, source, expected output, expected uncaught error headline or None);
# the expectations come from running the same code with real PyTorch.
TORCH_SNIPPETS = [
    ("no_grad_decorator", block("""
        x = torch.ones(2, requires_grad=True)
        @torch.no_grad()
        def double(t):
            return t * 2
        y = double(x)
        print(y.requires_grad)
        z = x * 2
        print(z.requires_grad)
        print(torch.is_grad_enabled())
        """), "False\nTrue\nTrue\n", None),
    ("no_grad_decorator_stacked_with_user_decorator", block("""
        def plus_one(fn):
            def wrapper(t):
                return fn(t) + 1
            return wrapper
        x = torch.ones(3, requires_grad=True)
        @plus_one
        @torch.no_grad()
        def triple(t: torch.Tensor) -> torch.Tensor:
            return t * 3
        y = triple(x)
        print(y, y.requires_grad)
        """), "tensor([4., 4., 4.]) False\n", None),
    ("matmul_error_caught_as_runtime_error", block("""
        try:
            y = torch.ones(2, 3) @ torch.ones(2, 3)
            print("not reached")
        except RuntimeError as e:
            print("caught:", e)
            print(isinstance(e, RuntimeError), isinstance(e, Exception))
        """), "caught: mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)\n"
              "True True\n", None),
    ("matmul_error_caught_as_exception_in_function_with_finally", block("""
        def product(a, b):
            try:
                return a @ b
            finally:
                print("finally after", a.shape, b.shape)
        try:
            print(product(torch.ones(2, 3), torch.ones(3, 1)).shape)
            print(product(torch.ones(2, 3), torch.ones(2, 3)).shape)
        except Exception as e:
            print("caught:", e)
        """), "finally after torch.Size([2, 3]) torch.Size([3, 1])\n"
              "torch.Size([2, 1])\n"
              "finally after torch.Size([2, 3]) torch.Size([2, 3])\n"
              "caught: mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)\n", None),
    ("matmul_error_uncaught_after_finally", block("""
        try:
            y = torch.ones(2, 3) @ torch.ones(2, 3)
        finally:
            print("finally")
        """), "finally\n",
     "RuntimeError: mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)"),
    ("grad_mode_restored_when_exception_leaves_no_grad", block("""
        try:
            with torch.no_grad():
                print(torch.is_grad_enabled())
                raise ValueError("inside no_grad")
        except ValueError as e:
            print(e, torch.is_grad_enabled())
        """), "False\ninside no_grad True\n", None),
    ("annotated_tensor_function", block("""
        def scale(x: torch.Tensor, k: float = 2.0) -> torch.Tensor:
            return x * k
        w: torch.Tensor = torch.ones(2)
        print(scale(w), scale(w, k=0.5))
        """), "tensor([2., 2.]) tensor([0.5000, 0.5000])\n", None),
    ("assert_on_tensor_shape", block("""
        x = torch.ones(2, 3)
        assert x.shape == (2, 3), "wrong shape"
        print("shape ok")
        assert x.shape[0] == 3, f"expected 3 rows, got {x.shape[0]}"
        """), "shape ok\n", "AssertionError: expected 3 rows, got 2"),
]


@pytest.mark.parametrize("name, source, expected_printed, expected_error", TORCH_SNIPPETS,
                         ids=[entry[0] for entry in TORCH_SNIPPETS])
def test_torch_snippets(name, source, expected_printed, expected_error):
    printed, diag = run_gradsh(source)
    error = None if diag is None else headline(diag.type_name, diag.message)
    assert transcript(printed, error) == transcript(expected_printed, expected_error), \
        f"gradsh output differs on:\n{source}"


# ---------------------------------------------------- unsupported constructs
UNSUPPORTED = [
    ("async_def", "async def f(): pass\n", ("async",)),
    ("async_def_block", "async def f():\n    return 1\n", ("async",)),
    ("await", "await x\n", ("await",)),
    ("await_in_def", "def f(x):\n    return await x\n", ("await",)),
    ("match", "x = 1\nmatch x:\n    case 1: pass\n", ("match",)),
    ("match_block", "match [1, 2]:\n    case [a, b]:\n        print(a)\n    case _:\n        pass\n",
     ("match",)),
    ("walrus", "(y := 3)\n", ("walrus", ":=")),
    ("walrus_in_call", "print(y := 3)\n", ("walrus", ":=")),
    ("walrus_in_if", "if (n := 10) > 5:\n    print(n)\n", ("walrus", ":=")),
    ("yield_in_an_expression", "def g():\n    print((yield 1))\n", ("yield",)),
]


@pytest.mark.parametrize("name, source, words", UNSUPPORTED,
                         ids=[entry[0] for entry in UNSUPPORTED])
def test_unsupported_construct_is_named(name, source, words):
    printed, diag = run_gradsh(source)
    assert diag is not None, f"{source!r} ran without an error, printing {printed!r}"
    assert diag.type_name == "SyntaxError", f"{source!r}: {diag.render()}"
    assert "\n" not in diag.message, f"{source!r}: {diag.message!r}"
    assert any(word in diag.message for word in words), \
        f"{source!r}: {diag.message!r} names none of {words}"
    assert printed == ""


# ---------------------------------------------------------------- sandbox
@pytest.mark.parametrize("attribute", [
    "__traceback__", "__class__", "with_traceback", "__cause__", "__context__",
    "__dict__", "__reduce__", "__init__",
])
def test_exception_object_exposes_no_internals(attribute):
    source = block(f"""
        try:
            raise ValueError("x")
        except Exception as e:
            print("caught")
            leaked = e.{attribute}
            print("leaked")
        """)
    printed, diag = run_gradsh(source)
    assert diag is not None, f"e.{attribute} was reachable"
    assert diag.type_name != "SyntaxError", diag.render()  # the handler ran, then failed
    assert printed == "caught\n"


def test_exception_object_cannot_call_with_traceback():
    source = block("""
        try:
            raise ValueError("x")
        except ValueError as e:
            print("caught")
            e.with_traceback(None)
            print("called")
        """)
    printed, diag = run_gradsh(source)
    assert diag is not None and diag.type_name != "SyntaxError"
    assert printed == "caught\n"


def test_base_exception_is_not_a_name():
    # The except expression is only evaluated once an exception needs matching
    # (in CPython too), so the body has to raise for the name to be looked up.
    source = "try:\n    x = 1 / 0\nexcept BaseException:\n    pass\n"
    printed, diag = run_gradsh(source)
    assert diag is not None
    assert (diag.type_name, diag.message) == \
        ("NameError", "name 'BaseException' is not defined")


SWALLOWING_TIMEOUT = [
    ("bare_except", "while True:\n    try:\n        pass\n    except:\n        pass\n"),
    ("except_exception", block("""
        while True:
            try:
                x = 1
            except Exception as e:
                print("swallowed", e)
        """)),
    ("except_in_a_function", block("""
        def spin():
            while True:
                pass
        while True:
            try:
                spin()
            except:
                print("swallowed")
        """)),
    ("finally_continue", block("""
        while True:
            try:
                x = 1
            finally:
                continue
        """)),
    ("finally_return", block("""
        def f():
            try:
                while True:
                    pass
            finally:
                return "swallowed"
        print(f())
        """)),
    ("finally_break", block("""
        for i in range(10):
            try:
                while True:
                    pass
            finally:
                break
        print("swallowed")
        """)),
    ("handler_loops_again", block("""
        def spin():
            try:
                while True:
                    pass
            except:
                spin()
        spin()
        """)),
]


@pytest.mark.parametrize("name, source", SWALLOWING_TIMEOUT,
                         ids=[entry[0] for entry in SWALLOWING_TIMEOUT])
def test_timeout_cannot_be_swallowed(name, source):
    out: list = []
    interp = Interpreter(out.append)
    interp.set_deadline(0.3)
    try:
        started = time.monotonic()
        printed, diag = run_gradsh(source, interp, out)
        elapsed = time.monotonic() - started
    finally:
        interp.set_deadline(None)
    assert diag is not None, f"ran to the end, printing {printed!r}"
    assert (diag.type_name, diag.message) == \
        ("TimeoutError", "script ran longer than 0.3 seconds")
    assert elapsed < 5
    assert "swallowed" not in printed
    assert run_gradsh("print(1 + 1)", interp, [])[1] is None  # the interpreter still works


MEMORY_ERROR_PREFIX = "allocating 8.0 TB for a list of 1,000,000,000,000 items exceeds"


@pytest.mark.parametrize("source", [
    "try:\n    x = [0] * (10**12)\nexcept:\n    print('swallowed')\n",
    "try:\n    x = [0] * (10**12)\nexcept Exception as e:\n    print('swallowed', e)\n",
    block("""
        def f():
            try:
                return [0] * (10**12)
            finally:
                return "swallowed"
        print(f())
        """),
    block("""
        for i in range(2):
            try:
                x = [0] * (10**12)
            finally:
                continue
        print("swallowed")
        """),
], ids=["bare_except", "except_exception", "finally_return", "finally_continue"])
def test_memory_limit_cannot_be_swallowed(source):
    printed, diag = run_gradsh(source)
    assert diag is not None, f"ran to the end, printing {printed!r}"
    assert diag.type_name == "MemoryError", diag.render()
    assert diag.message.startswith(MEMORY_ERROR_PREFIX), diag.message
    assert "swallowed" not in printed
