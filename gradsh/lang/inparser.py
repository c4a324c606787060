"""The AST built during Lark's LALR parse: no parse tree in between.

Lark's transformer-in-parser mode calls one function per grammar rule as the
parser reduces it, but gives it no positions (``v_args(meta=True)`` is refused
there), and gradsh's diagnostics need Python's columns. So the reduce
callbacks are made here from the same pieces Lark would use (its child filter,
placeholders and ``?rule`` expansion, read from ``ParseTreeBuilder``), with a
positions step of our own in place of ``PropagatePositions``: it computes,
from the rule's raw children (tokens, anonymous ones included, and built
values), exactly the line/column range Lark's would put in ``tree.meta``, and
hands it to the builder's ``rule_NAME`` method with the built children.

A value travels up the parse as a :class:`Built`: the builder's result plus
its own range (``line`` ...) and its container's (``c_line`` ...: the range of
the outermost rule that returned it, e.g. the parentheses of ``(a)``), as
Lark's meta has them. Rules the builder has no method for are Python's
inlined ``_rules``: their Built only carries the children, which the parent's
child filter splices in (it reads ``.children``, as it does a Tree's).

``parser.parse`` uses this path first; on any error it parses again the old
way (tree, then ``Builder.build``), so that every diagnostic is unchanged.
"""
from __future__ import annotations

from typing import Any, Optional

from .iteration import poll


class Built:
    """A value built for a rule, with the positions Lark's tree meta would hold."""

    __slots__ = ("value", "data", "children", "empty", "line", "column", "end_line",
                 "end_column", "c_line", "c_column", "c_end_line", "c_end_column")

    def __init__(self, data: str, children: list, start: Any, end: Any) -> None:
        self.data, self.children, self.value = data, children, None
        if start is None:
            self.empty, self.line = True, None
        else:
            self.empty = False
            self.line, self.column = self.c_line, self.c_column = start
            self.end_line, self.end_column = self.c_end_line, self.c_end_column = end

    @property
    def meta(self) -> "Built":  # the builder reads positions from ``tree.meta``
        return self


class _State:
    """The builder of the parse in progress (parses nest: f-string fields)."""

    __slots__ = ("builder", "start", "end")

    def __init__(self) -> None:
        self.builder: Any = None
        self.start: Any = None
        self.end: Any = None


def _positions(state: _State, inner: Any) -> Any:
    """Lark's PropagatePositions, on Built values instead of trees."""
    def reduce(children: list) -> Any:
        start = end = None
        for child in children:
            if type(child) is Built:
                if not child.empty:
                    start = (child.c_line, child.c_column)
                    break
            elif child is not None:  # a token
                start = (child.line, child.column)
                break
        if start is not None:
            for child in reversed(children):
                if type(child) is Built:
                    if not child.empty:
                        end = (child.c_end_line, child.c_end_column)
                        break
                elif child is not None:
                    end = (child.end_line, child.end_column)
                    break
        state.start, state.end = start, end
        result = inner(children)
        if start is not None and type(result) is Built:
            if result.empty:  # an empty rule's value, now placed
                result.empty = False
                result.line, result.column = start
                result.end_line, result.end_column = end
            result.c_line, result.c_column = start
            result.c_end_line, result.c_end_column = end
        return result
    return reduce


def _rule(state: _State, name: str, method: Optional[Any]) -> Any:
    """The innermost callback: the builder's rule method on the built children."""
    if method is None:  # an inlined rule: its parent splices the children in
        def collect(children: list) -> Built:
            return Built(name, children, state.start, state.end)
        return collect

    def build(children: list) -> Built:
        node = Built(name, children, state.start, state.end)
        node.value = method(state.builder, node, [
            child.value if type(child) is Built else child for child in children])
        return node
    return build


def _single_passthrough(chain: list) -> bool:
    """A ``?rule`` with no child filter (nothing dropped, spliced or added as a
    placeholder): reducing one child returns that child."""
    from lark.parse_tree_builder import ExpandSingleChild, PropagatePositions

    return ExpandSingleChild in chain and all(
        wrapper is ExpandSingleChild or wrapper is PropagatePositions for wrapper in chain)


def _callback(state: _State, rule: Any, chain: list, builder_class: type) -> tuple:
    """(the reduce callback of `rule`, whether it is a pass-through ``?rule``)."""
    from lark.parse_tree_builder import PropagatePositions

    name = rule.alias or rule.options.template_source or rule.origin.name
    function = _rule(state, name, getattr(builder_class, "rule_" + name, None))
    for wrapper in chain:
        if wrapper is not PropagatePositions:
            function = wrapper(function)
    return _positions(state, function), _single_passthrough(chain) and len(rule.expansion) == 1


class _Table(dict):
    """state -> {symbol: (shift?, next state | (callback, pass-through?, size, name))},
    each state translated from Lark's table when the parser first reaches it (a
    statement visits a few dozen of the ~530 states: translating them all costs
    ~17 ms of start-up)."""

    def __init__(self, lark_parser: Any, builder_class: type, state: _State) -> None:
        from lark.parsers.lalr_analysis import Shift

        super().__init__()
        self.states = lark_parser.parser.parser._parse_table.states
        self.chains = dict(lark_parser._parse_tree_builder.rule_builders)
        self.builder_class, self.state, self.shift = builder_class, state, Shift
        self.callbacks: dict = {}

    def __missing__(self, number: int) -> dict:
        translated = {}
        for symbol, (action, arg) in self.states[number].items():
            if action is self.shift:
                translated[symbol] = (True, arg)
                continue
            callback = self.callbacks.get(arg)
            if callback is None:
                callback = self.callbacks[arg] = _callback(self.state, arg, self.chains[arg],
                                                           self.builder_class)
            translated[symbol] = (False, (*callback, len(arg.expansion), arg.origin.name))
        self[number] = translated
        return translated


class _Unexpected(Exception):
    """A token the tables have no action for (the fallback path words the error)."""


class _Position:
    """What Lark's contextual lexer reads from the parser: the state it is in."""

    __slots__ = ("stack",)

    def __init__(self, stack: list) -> None:
        self.stack = stack

    @property
    def position(self) -> int:
        return self.stack[-1]


class InParser:
    """Lark's LALR tables, driven here with the callbacks above: source -> module.

    The loop is Lark's ``ParserState.feed_token`` with the tables translated
    (state by state, on first use): a reduce action holds its callback, its
    length and the rule's name
    (Lark looks the callback up by the Rule object, whose hash is computed in
    Python, at each of the ~50 reduces of a short statement)."""

    def __init__(self, lark_parser: Any, builder_class: type) -> None:
        self.frontend = lark_parser.parser
        self.state = _State()
        table = self.frontend.parser._parse_table
        self.start = table.start_states["start"]
        self.end = table.end_states["start"]
        self.table = _Table(lark_parser, builder_class, self.state)

    def parse(self, code: str, builder: Any) -> Any:
        state = self.state
        saved = state.builder
        state.builder = builder
        try:
            result = self._run(code)
        finally:
            state.builder = saved
        return result.value if type(result) is Built else result

    def _run(self, code: str) -> Any:
        table, end = self.table, self.end
        states, values = [self.start], []
        tokens = self.frontend._make_lexer_thread(code).lex(_Position(states))
        kind, count = None, 0
        while True:
            token = next(tokens, None)
            count += 1
            if not count & 4095:  # --timeout, where no SIGALRM can stop the parse
                poll()
            kind = "$END" if token is None else token.type
            while True:
                actions = table[states[-1]]
                if kind not in actions:
                    raise _Unexpected(kind)
                shift, arg = actions[kind]
                if shift:
                    states.append(arg)
                    values.append(token)
                    break
                callback, passthrough, size, origin = arg
                if passthrough:  # `?rule: x` on one built child: Lark returns the child,
                    top = values[-1]  # whose container range is its own already
                    if type(top) is Built and not top.empty:
                        states[-1] = table[states[-2]][origin][1]
                        continue
                if size:
                    children = values[-size:]
                    del states[-size:]
                    del values[-size:]
                else:
                    children = []
                values.append(callback(children))
                states.append(table[states[-1]][origin][1])
                if token is None and states[-1] == end:
                    return values[-1]
