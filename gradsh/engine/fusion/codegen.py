"""From deferred nodes to one kernel: the program, its CUDA source, its key.

:func:`plan` walks the expressions of the nodes to materialise (one output
each, one shape) and numbers every distinct value once: the input arrays
first, then the constants, then one step per operation in dependency order,
so a subexpression shared by two outputs is computed once. The same program
is run either by :func:`run_numpy` (the CPU evaluator the tests check against
the unfused engine) or as the CUDA source :func:`cuda_source` writes, for
``cupy.ElementwiseKernel``. :attr:`Program.key` is the program's structure
and dtypes (not its values), so kernels are reused for new data and new
constants.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import numpy as np

from .ops import C_TYPES, OPS

PREAMBLE = "#ifndef NAN\n#define NAN __int_as_float(0x7fffffff)\n#endif\n"


@dataclass
class Program:
    inputs: list = field(default_factory=list)       # arrays
    consts: list = field(default_factory=list)       # 0-d NumPy arrays
    steps: list = field(default_factory=list)        # (op, operand indices, dtype)
    outputs: list = field(default_factory=list)      # value indices
    dtypes: list = field(default_factory=list)       # dtype of every value index

    @property
    def key(self) -> tuple:
        return (tuple(d.str for d in self.dtypes[:len(self.inputs) + len(self.consts)]),
                len(self.inputs),
                tuple((op, args, dtype.str) for op, args, dtype in self.steps),
                tuple(self.outputs))

    @property
    def name(self) -> str:
        digest = hashlib.sha1(repr(self.key).encode()).hexdigest()[:16]
        return f"gradsh_fused_{digest}"


def plan(nodes) -> Program:
    """The program computing ``nodes`` (pending Deferreds of one shape)."""
    program = Program()
    steps = _topological(nodes)
    index: dict[int, int] = {}
    # the operands that are no steps, in first-use order: input arrays (one per
    # distinct array object: a leaf Deferred and the array it holds) before constants
    by_array: dict[int, int] = {}
    consts = []
    for step in steps:
        for arg in step.args:
            if arg.pending or id(arg) in index:
                continue
            if arg.op == "const":
                index[id(arg)] = -1  # numbered once the inputs are counted
                consts.append(arg)
                continue
            position = by_array.get(id(arg.array))
            if position is None:
                position = by_array[id(arg.array)] = len(program.inputs)
                program.inputs.append(arg.array)
                program.dtypes.append(arg.dtype)
            index[id(arg)] = position
    for node in consts:
        index[id(node)] = len(program.dtypes)
        program.consts.append(node.value)
        program.dtypes.append(node.dtype)
    for node in steps:
        args = tuple(index[id(a)] for a in node.args)
        index[id(node)] = len(program.dtypes)
        program.steps.append((node.op, args, node.dtype))
        program.dtypes.append(node.dtype)
    program.outputs = [index[id(n)] for n in nodes]
    return program


def _topological(nodes) -> list:
    """Pending nodes reachable from ``nodes``, each after its operands."""
    done: set[int] = set()
    result = []
    for root in nodes:
        stack = [(root, False)]
        while stack:
            node, expanded = stack.pop()
            if id(node) in done or node.op in ("leaf", "const"):
                continue
            if expanded:
                done.add(id(node))
                result.append(node)
                continue
            stack.append((node, True))
            stack.extend((a, False) for a in reversed(node.args) if id(a) not in done)
    return result


# ------------------------------------------------------------ evaluation
def run_numpy(program: Program, xp=np) -> list:
    """Run the program op by op with ``xp``'s functions: what the unfused
    engine computes for the same calls."""
    values = list(program.inputs) + [xp.asarray(c) for c in program.consts]
    with np.errstate(all="ignore"):
        for op, args, dtype in program.steps:
            operands = [values[i] for i in args]
            if op == "astype":
                values.append(operands[0].astype(dtype))
            else:
                result = getattr(xp, OPS[op].numpy.__name__)(*operands)
                values.append(xp.asarray(result))
    return [values[i] for i in program.outputs]


def _name(index: int, program: Program) -> str:
    inputs, consts = len(program.inputs), len(program.consts)
    if index < inputs:
        return f"in{index}"
    if index < inputs + consts:
        return f"c{index - inputs}"
    return f"v{index}"


def cuda_source(program: Program) -> tuple[str, str, str]:
    """(in_params, out_params, operation) for ``cupy.ElementwiseKernel``."""
    params = [f"{program.dtypes[i].name} {_name(i, program)}"
              for i in range(len(program.inputs) + len(program.consts))]
    outs = [f"{program.dtypes[i].name} out{k}" for k, i in enumerate(program.outputs)]
    lines = []
    for op, args, dtype in program.steps:
        index = len(lines) + len(program.inputs) + len(program.consts)
        ctype = C_TYPES[dtype]
        operands = [_name(i, program) for i in args]
        if op == "astype":
            expression = f"{ctype}({operands[0]})"
        else:
            single = C_TYPES.get(program.dtypes[args[-1]]) == "float"
            expression = OPS[op].cuda.format(*operands, T=ctype, p="f" if single else "d",
                                             fabs="fabsf" if single else "fabs")
        lines.append(f"{ctype} {_name(index, program)} = {expression};")
    for k, i in enumerate(program.outputs):
        lines.append(f"out{k} = {_name(i, program)};")
    return ", ".join(params), ", ".join(outs), "\n".join(lines)
