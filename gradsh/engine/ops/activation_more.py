"""More activations of torch.nn.functional: hardswish, hardsigmoid, softsign,
tanhshrink, softshrink, hardshrink, celu, selu, rrelu.

Each ATen kernel is one node with PyTorch's name and a backward rule in
Tensor ops (functional_more's ``_elementwise``); softsign and tanhshrink are
composed in Python by PyTorch and so here (``DivBackward0``,
``SubBackward0``). selu and celu are ATen's elu with its scales, computed in
the input's dtype as the CPU kernel does (``negcoef = alpha * scale``).
"""
from __future__ import annotations

import numpy as np

from ..registry import op
from .elementwise_math import clamp, where
from .functional_more import _check_input, _elementwise, _maybe_inplace

_SELU_ALPHA = 1.6732632423543772848170429916717
_SELU_SCALE = 1.0507009873554804934193349852946
_ONE_SIXTH = float(np.float32(1.0) / np.float32(6.0))


@op("hardswish", summary="x * relu6(x + 3) / 6.", functional=True, function=False,
    method=False, example="F.hardswish(tensor([-4., -1., 0., 2., 4.]))")
def hardswish(input, inplace=False):
    _check_input(input, "hardswish", "hardswish_cpu")

    def forward(xp, x):
        return x * xp.minimum(xp.maximum(x + 3, 0), 6) / 6

    def backward(g, x):  # hardswish_backward: 0 to -3, g (x / 3 + 0.5) below 3, g from 3
        return where(x <= -3, g * 0, where(x < 3, g * (x / 3 + 0.5), g))

    return _maybe_inplace(input, inplace, "hardswish", lambda x: _elementwise(
        x, forward, "HardswishBackward0", backward))


@op("hardsigmoid", summary="relu6(x + 3) / 6: a piecewise-linear sigmoid.", functional=True,
    function=False, method=False, example="F.hardsigmoid(tensor([-4., 0., 1., 4.]))")
def hardsigmoid(input, inplace=False):
    _check_input(input, "hardsigmoid", "hardsigmoid_cpu")

    def forward(xp, x):
        return xp.minimum(xp.maximum(x + 3, 0), 6) / 6

    def backward(g, x):  # ATen multiplies by the float constant 1.0f / 6.0f
        return g * ((x > -3) & (x < 3)) * _ONE_SIXTH

    return _maybe_inplace(input, inplace, "hardsigmoid", lambda x: _elementwise(
        x, forward, "HardsigmoidBackward0", backward))


@op("softsign", summary="x / (1 + |x|).", functional=True, function=False, method=False,
    example="F.softsign(tensor([-2., 0., 3.]))")
def softsign(input):
    _check_input(input, "softsign")
    return input / (input.abs() + 1)


@op("tanhshrink", summary="x - tanh(x).", functional=True, function=False, method=False,
    example="F.tanhshrink(tensor([-2., 0., 3.]))")
def tanhshrink(input):
    _check_input(input, "tanhshrink")
    return input - input.tanh()


def _check_lambda(input, lambd) -> None:
    if lambd < 0:
        largest = "3.40282e+38" if input.dtype.np == np.float32 else "1.79769e+308"
        if input.dtype.np == np.float16:
            largest = "65504"
        value = int(lambd) if float(lambd).is_integer() else lambd
        raise RuntimeError(f"lambda must be in range [0, {largest}] for input dtype "
                           f"{input.dtype.short}, but found {value}")


@op("softshrink", summary="x - lambd above lambd, x + lambd below -lambd, else 0.",
    functional=True, function=False, method=False,
    example="F.softshrink(tensor([-2., 0.2, 3.]))")
def softshrink(input, lambd=0.5):
    _check_input(input, "softshrink", "softshrink_cpu")
    _check_lambda(input, lambd)

    def forward(xp, x):
        return xp.where(x > lambd, x - lambd, xp.where(x < -lambd, x + lambd, x * 0))  # -0.

    def backward(g, x):
        return g * ((x < -lambd) | (x > lambd))

    return _elementwise(input, forward, "SoftshrinkBackward0", backward)


@op("hardshrink", summary="x where |x| > lambd, else 0.", functional=True, method=True,
    function=True, example="F.hardshrink(tensor([-2., 0.2, 3.]))")
def hardshrink(input, lambd=0.5):
    _check_input(input, "hardshrink", "hardshrink_cpu")

    def forward(xp, x):
        return xp.where((x >= -lambd) & (x <= lambd), 0, x)

    def backward(g, x):
        return g * ((x < -lambd) | (x > lambd))

    return _elementwise(input, forward, "HardshrinkBackward0", backward)


def _elu(input, alpha, scale, input_scale, grad_fn, name, inplace):
    def forward(xp, x):
        dtype = x.dtype.type
        negcoef, poscoef = dtype(alpha) * dtype(scale), dtype(scale)
        negative = xp.expm1(x * dtype(input_scale)) * negcoef
        return xp.where(x <= 0, negative, x * poscoef)

    def backward(g, x):
        # exp of x clamped at 0: the branch not taken never overflows.
        negative = g * (alpha * scale * input_scale) * (clamp(x, max=0) * input_scale).exp()
        return where(x <= 0, negative, g * scale)

    return _maybe_inplace(input, inplace, name, lambda x: _elementwise(
        x, forward, grad_fn, backward))


@op("selu", summary="scale * elu(x, alpha) with the self-normalising constants.",
    functional=True, method=False, example="F.selu(tensor([-2., 0., 3.]))")
def selu(input, inplace=False):
    _check_input(input, "selu", "elu_cpu")
    return _elu(input, _SELU_ALPHA, _SELU_SCALE, 1.0, "EluBackward0", "selu", inplace)


@op("celu", summary="max(0, x) + min(0, alpha * (exp(x / alpha) - 1)).", functional=True,
    method=False, example="F.celu(tensor([-2., 0., 3.]))")
def celu(input, alpha=1.0, inplace=False):
    _check_input(input, "celu", "elu_cpu")
    if alpha == 0:
        raise RuntimeError("ZeroDivisionError: alpha cannot be 0 for CELU")
    return _elu(input, alpha, 1.0, 1.0 / alpha, "CeluBackward0", "celu", inplace)


@op("rrelu", summary="Leaky ReLU with the slope (lower + upper) / 2 (evaluation mode).",
    functional=True, method=False, example="F.rrelu(tensor([-2., 0., 3.]))")
def rrelu(input, lower=1.0 / 8, upper=1.0 / 3, training=False, inplace=False):
    _check_input(input, "rrelu", "leaky_relu_cpu")
    if training:
        raise NotImplementedError("gradsh: rrelu with training=True (random slopes) is not "
                                  "supported")
    slope = (lower + upper) / 2

    def forward(xp, x):
        return xp.where(x > 0, x, x * x.dtype.type(slope))

    def backward(g, x):
        return where(x > 0, g, g * slope)

    return _maybe_inplace(input, inplace, "rrelu", lambda x: _elementwise(
        x, forward, "RreluWithNoiseBackward0", backward))
