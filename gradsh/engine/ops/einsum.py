"""torch.einsum: Einstein summation over any number of operands.

The equation is parsed and checked once, with PyTorch's messages and in
PyTorch's order (subscripts, operand count, dims per operand, output, sizes),
and normalized: ``...`` becomes explicit letters, an implicit output (no
``->``) becomes the labels seen once, in ASCII order, after the ellipsis.
Labels of size 1 broadcast, as in PyTorch.

PyTorch computes einsum as a chain of permutes, sums, muls and bmms; its
dtype rules and its grad_fn name come from that chain, which
:func:`_plan` replays without computing anything: one operand ends in
``SumBackward1`` (labels summed out) or ``PermuteBackward0``; several end in
``ViewBackward0`` (some label summed out) or ``MulBackward0`` (none). Mixed
dtypes promote through the muls and sums, but a pair contracted with bmm
needs equal dtypes (``expected scalar type Float but found Double``) and no
bools. The values come from one ``xp.einsum`` in the result dtype; the
backward is one node whose gradients are einsums again (so they are
differentiable).
"""
from __future__ import annotations

from .. import dtypes, limits
from ..autograd import record
from ..registry import op
from ..tensor import Tensor
from .common import same_device

_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_NO_OPERANDS = ("einsum(): must specify the equation string and at least one operand, or at "
                "least one operand and its subscripts list")


def _error(message: str) -> RuntimeError:
    return RuntimeError(f"einsum(): {message}")


# ------------------------------------------------------------------ parsing
def _parse_terms(equation: str, start: int, text: str, what) -> list:
    """One side's terms: lists of letters and '...' (None); ``what(n)`` names term n."""
    terms, term, dots = [], [], 0
    for offset, char in enumerate(text):
        index = start + offset
        if char == " ":
            continue
        if char == ".":
            if None in term and dots == 0:
                raise _error(f"found '.' for {what(len(terms))} "
                             + ("but an ellipsis (...) was already found" if what(0) == "output"
                                else "for which an ellipsis was already found"))
            dots += 1
            if dots == 3:
                term.append(None)
                dots = 0
            continue
        if dots:
            raise _dot_error(what(len(terms)))
        if char == "," and what(0) != "output":
            terms.append(term)
            term = []
        elif char in _LETTERS:
            term.append(char)
        else:
            raise _error(f"invalid subscript given at index {index} in the equation string, "
                         "subscripts must be in [a-zA-Z]")
    if dots:
        raise _dot_error(what(len(terms)))
    terms.append(term)
    return terms


def _dot_error(name: str) -> RuntimeError:
    if name == "output":
        return _error("found '.' for output that is not part of any ellipsis (...)")
    return _error(f"found '.' for {name} that is not part of any ellipsis")


def _normalize(equation: str, operands: list):
    """(input label lists, output label list, label sizes) with '...' made letters."""
    arrow = equation.find("->")
    lhs = equation if arrow < 0 else equation[:arrow]
    terms = _parse_terms(equation, 0, lhs, lambda n: f"operand {n}")
    if len(terms) > len(operands):
        raise _error("fewer operands were provided than specified in the equation")
    if len(terms) < len(operands):
        raise _error("more operands were provided than specified in the equation")
    ellipsis_dims = 0
    for number, (term, operand) in enumerate(zip(terms, operands)):
        labels = len(term) - term.count(None)
        if None in term:
            if labels > operand.ndim:
                raise _error(f"the number of subscripts in the equation ({labels}) is more than "
                             f"the number of dimensions ({operand.ndim}) for operand {number}")
            ellipsis_dims = max(ellipsis_dims, operand.ndim - labels)
        elif labels != operand.ndim:
            raise _error(f"the number of subscripts in the equation ({labels}) does not match "
                         f"the number of dimensions ({operand.ndim}) for operand {number} and "
                         "no ellipsis was given")
    used = {char for char in equation if char in _LETTERS}
    spare = [char for char in _LETTERS if char not in used][:ellipsis_dims]
    if len(spare) < ellipsis_dims:
        raise _error("too many subscripts in the equation")
    inputs = []
    for term, operand in zip(terms, operands):
        if None in term:
            at = term.index(None)
            width = operand.ndim - (len(term) - 1)
            term = term[:at] + spare[ellipsis_dims - width:] + term[at + 1:]
        inputs.append(term)
    seen = [char for term in inputs for char in term]
    if arrow < 0:
        any_ellipsis = any(None in term for term in terms)
        once = sorted(char for char in set(seen) if seen.count(char) == 1 and char not in spare)
        output = (spare if any_ellipsis else []) + once
    else:
        outs = _parse_terms(equation, arrow + 2, equation[arrow + 2:], lambda n: "output")[0]
        output = []
        for char in outs:
            if char is None:
                output.extend(spare)
            elif char in output:
                raise _error(f"output subscript {char} appears more than once in the output")
            elif char not in seen:
                raise _error(f"output subscript {char} does not appear in the equation for any "
                             "input operand")
            else:
                output.append(char)
    return inputs, output, _sizes(terms, inputs, operands, spare)


def _sizes(terms, inputs, operands, spare) -> dict:
    """Each label's size, checking repeats within an operand and broadcasting across."""
    sizes = {}
    for number, (term, labels, operand) in enumerate(zip(terms, inputs, operands)):
        own = {}
        for dim, (char, size) in enumerate(zip(labels, operand.shape)):
            if char in own:
                if own[char] != size:
                    raise _error(f"subscript {char} is repeated for operand {number} but the "
                                 f"sizes don't match, {size} != {own[char]}")
                continue
            own[char] = size
            previous = sizes.get(char, 1)
            if size != 1 and previous != 1 and size != previous:
                if char in spare:
                    raise _error(f"dimension {dim} covered by ellipsis in operand {number}has "
                                 f"size {size} which does not broadcast with previously seen "
                                 f"ellipsis with size {previous} for the respective dimension")
                raise _error(f"subscript {char} has size {size} for operand {number} which does "
                             f"not broadcast with previously seen size {previous}")
            sizes[char] = size if previous == 1 else previous
    return sizes


# ------------------------------------------------------- PyTorch's op chain
def _summed(dtype):
    return dtypes.int64 if dtype is dtypes.bool_ or not dtype.is_floating_point else dtype


def _plan(inputs, output, operands):
    """(result dtype, grad_fn name) as PyTorch's chain of ops gives them, or its error."""
    contracted = {char for term in inputs for char in term if char not in output}
    if len(operands) == 1:
        if contracted:
            return _summed(operands[0].dtype), "SumBackward1"
        return operands[0].dtype, "PermuteBackward0"
    last = {char: number for number, term in enumerate(inputs) for char in term}

    def sizes_of(number):
        return {char: size for char, size in zip(inputs[number], operands[number].shape)}

    a_dtype, a_sizes = operands[0].dtype, sizes_of(0)
    for char in sorted(contracted):
        if last[char] == 0 and a_sizes.get(char, 1) != 1:
            a_dtype, a_sizes[char] = _summed(a_dtype), 1
    for number in range(1, len(operands)):
        b_dtype, b_sizes = operands[number].dtype, sizes_of(number)
        pair_sums = []
        for char in sorted(contracted):
            if last[char] != number:
                continue
            a_size, b_size = a_sizes.get(char, 1), b_sizes.get(char, 1)
            if a_size != 1 and b_size != 1:
                pair_sums.append(char)
            elif a_size != 1:
                a_dtype, a_sizes[char] = _summed(a_dtype), 1
            elif b_size != 1:
                b_dtype, b_sizes[char] = _summed(b_dtype), 1
        if pair_sums:
            if a_dtype is dtypes.bool_:
                raise NotImplementedError("\"bmm\" not implemented for 'Bool'")
            if a_dtype is not b_dtype:
                raise RuntimeError(f"expected scalar type {a_dtype.short} but found "
                                   f"{b_dtype.short}")
        else:
            a_dtype = dtypes.promote_types(a_dtype, b_dtype)
        for char, size in b_sizes.items():
            a_sizes[char] = 1 if char in pair_sums else max(size, a_sizes.get(char, 1))
    return a_dtype, ("ViewBackward0" if contracted else "MulBackward0")


# ------------------------------------------------------------------ compute
def _compute(inputs, output, sizes, operands, dtype) -> Tensor:
    xp = operands[0]._xp
    limits.check_allocation(tuple(sizes[char] for char in output), dtype)
    work = dtype.np
    if dtype is dtypes.float16:
        work = dtypes.float32.np  # PyTorch accumulates half products in float
    arrays = []
    for labels, operand in zip(inputs, operands):
        array = operand._data.astype(work, copy=False)
        full = tuple(sizes[char] for char in labels)
        if tuple(array.shape) != full:
            array = xp.broadcast_to(array, full)
        arrays.append(array)
    spec = ",".join("".join(labels) for labels in inputs) + "->" + "".join(output)
    result = xp.asarray(xp.einsum(spec, *arrays, optimize=len(arrays) > 1))
    if result.dtype != dtype.np or result.base is not None or not result.flags.c_contiguous:
        result = result.astype(dtype.np, order="C")  # a copy: einsum may return a view
    return Tensor._make(result, dtype)


def _backward(inputs, output, sizes):
    """Gradient of each operand: an einsum of the output's gradient with the others."""

    def backward(g, *operands):
        grads = []
        for number, (labels, operand) in enumerate(zip(inputs, operands)):
            if not (isinstance(operand, Tensor) and operand.requires_grad):
                grads.append(None)
                continue
            others = [(inputs[k], o if o.dtype is g.dtype else o.to(g.dtype))
                      for k, o in enumerate(operands) if k != number]
            unique = list(dict.fromkeys(labels))
            reached = set(output).union(*[set(other) for other, _ in others])
            target = [char for char in unique if char in reached]
            spec = ",".join(["".join(output)] + ["".join(other) for other, _ in others])
            grad = einsum(spec + "->" + "".join(target), g, *[o for _, o in others])
            for position, char in enumerate(unique):  # labels summed out of this operand only
                if char not in reached:
                    grad = grad.unsqueeze(position)
            if unique:
                grad = grad.expand(*[sizes[char] for char in unique])
            grads.append(_embed_diagonals(grad, unique, labels, sizes))
        return tuple(grads)

    return backward


def _embed_diagonals(grad, unique, labels, sizes):
    """From the unique labels' gradient to the operand's dims (repeats: on the diagonal)."""
    if len(unique) == len(labels):
        return grad
    from .creation import eye

    spare = iter(char for char in _LETTERS if char not in labels)
    dims, masks, terms = [], [], ["".join(unique)]
    for char in labels:
        if char not in dims:
            dims.append(char)
            continue
        fresh = next(spare)
        dims.append(fresh)
        masks.append(eye(sizes[char], dtype=grad.dtype, device=grad.device))
        terms.append(char + fresh)
    return einsum(",".join(terms) + "->" + "".join(dims), grad, *masks)


# ---------------------------------------------------------------------- op
def _operands(operands) -> list:
    if len(operands) == 1 and isinstance(operands[0], (list, tuple)):
        operands = tuple(operands[0])
    if not operands:
        raise ValueError(_NO_OPERANDS)
    for number, value in enumerate(operands):
        if not isinstance(value, Tensor):
            raise TypeError(f"expected Tensor as element {number} in argument 1, but got "
                            f"{type(value).__name__}")
    return list(operands)


@op("einsum", summary="Einstein summation: torch.einsum('ij,jk->ik', a, b) is a @ b.",
    example="torch.einsum('ij,jk->ik', ones(2, 3), ones(3, 2))", method=False,
    signature="einsum(equation, *operands)")
def einsum(equation, *operands):
    if not isinstance(equation, str):
        raise TypeError("einsum(): argument 'equation' (position 1) must be str, not "
                        f"{type(equation).__name__}")
    operands = _operands(operands)
    same_device(*operands)
    inputs, output, sizes = _normalize(equation, operands)
    dtype, name = _plan(inputs, output, operands)
    out = _compute(inputs, output, sizes, operands, dtype)
    return record(out, name, tuple(operands), _backward(inputs, output, sizes),
                  saved=tuple(operands))
