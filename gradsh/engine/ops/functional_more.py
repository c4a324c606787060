"""More of torch.nn.functional: activations, one_hot, normalize and the distances.

Each op computes on arrays and records PyTorch's node (``LeakyReluBackward0``,
``GluBackward0``...) with its backward rule beside it, written in gradsh's
Tensor operations so that second derivatives work. Where PyTorch builds a
function out of other ops (``relu6`` is ``hardtanh(x, 0, 6)``, ``softmin`` is
``softmax(-x)``, ``normalize`` and ``cosine_similarity`` are ATen
composites), gradsh builds it the same way, so the graphs match. The losses
are in functional_losses.py.

``inplace=True`` writes the result into the input as ``Tensor.NAME_`` would
(leaf and view checks, version bump, the input takes the new node), with
PyTorch's in-place node names (``LeakyReluBackward1``, ``EluBackward1``,
``ThresholdBackward1``: these save the result instead of the input).
"""
from __future__ import annotations

from types import SimpleNamespace

from .. import autograd, dtypes
from ..autograd import record
from ..registry import op
from ..tensor import Tensor
from .common import as_result, normalize_dim
from .elementwise_math import clamp, sigmoid, tanh, where
from .functional import _softmax_dim, softmax
from .inplace import make_inplace
from .join import cat
from .reduce import norm
from .. import limits
from .common import CHECK_SIZE_ABOVE


def _check_input(input, name: str, kernel: str | None = None, argument: str = "input") -> None:
    """PyTorch's TypeError for a non-tensor, and its error for kernels without integers."""
    if not isinstance(input, Tensor):
        raise TypeError(f"{name}(): argument '{argument}' (position 1) must be Tensor, not "
                        f"{type(input).__name__}")
    if kernel is not None and not input.dtype.is_floating_point:
        raise NotImplementedError(f'"{kernel}" not implemented for \'{input.dtype.short}\'')


def _elementwise(input, forward, grad_fn: str, backward, *, saves_output: bool = False):
    """``forward(xp, array)`` as a tensor of input's dtype; ``backward(grad, saved)``."""
    xp = input._xp
    out = as_result(forward(xp, input._data), input.dtype, xp)
    saved = (out,) if saves_output else (input,)
    return record(out, grad_fn, (input,), lambda g, value: (backward(g, value),), saved=saved)


def _maybe_inplace(input, inplace: bool, name: str, compute):
    """``compute(input)``, or with ``inplace`` its result written into input (``NAME_``)."""
    if not inplace:
        return compute(input)
    return make_inplace(SimpleNamespace(impl=compute, inplace=f"{name}_", name=name))(input)


# ------------------------------------------------------------- activations
@op("leaky_relu", summary="x where x > 0, else negative_slope * x.", functional=True,
    function=False, method=False, example="F.leaky_relu(tensor([-2., 0., 3.]), 0.1)")
def leaky_relu(input, negative_slope=0.01, inplace=False):
    if isinstance(input, Tensor) and input._data.size > CHECK_SIZE_ABOVE:  # an expanded view's
        limits.check_copy(input)  # result is its numel (issue 19)
    _check_input(input, "leaky_relu", "leaky_relu_cpu")

    def forward(xp, x):
        return xp.where(x > 0, x, x * negative_slope)

    def backward(g, x):  # PyTorch: self > 0 ? grad : grad * negval (the result, in place)
        return where(x > 0, g, g * negative_slope)

    name = "LeakyReluBackward1" if inplace else "LeakyReluBackward0"
    return _maybe_inplace(input, inplace, "leaky_relu", lambda x: _elementwise(
        x, forward, name, backward, saves_output=inplace))


@op("elu", summary="x where x > 0, else alpha * (exp(x) - 1).", functional=True,
    function=False, method=False, example="F.elu(tensor([-2., 0., 3.]))")
def elu(input, alpha=1.0, inplace=False):
    if isinstance(input, Tensor) and input._data.size > CHECK_SIZE_ABOVE:  # an expanded view's
        limits.check_copy(input)  # result is its numel (issue 19)
    _check_input(input, "elu", "elu_cpu")

    def forward(xp, x):
        return xp.where(x > 0, x, xp.expm1(x) * alpha)

    def backward(g, x):
        # exp of x clamped at 0: the branch not taken never overflows (no inf * 0
        # in the second derivative).
        return where(x <= 0, g * alpha * clamp(x, max=0).exp(), g)

    def backward_from_result(g, y):  # EluBackward1: y <= 0 ? grad * (y + alpha) : grad
        return where(y <= 0, g * (y + alpha), g)

    if inplace:
        return _maybe_inplace(input, True, "elu", lambda x: _elementwise(
            x, forward, "EluBackward1", backward_from_result, saves_output=True))
    return _elementwise(input, forward, "EluBackward0", backward)


def _hardtanh(input, min_val, max_val, inplace, name):
    if input.dtype is dtypes.bool_:
        raise RuntimeError("Bool inputs not supported for hardtanh")

    def forward(xp, x):
        return xp.clip(x, min_val, max_val)

    def backward(g, x):  # zero at the bounds themselves, as PyTorch's hardtanh_backward
        return g * ((x > min_val) & (x < max_val))

    return _maybe_inplace(input, inplace, name, lambda x: _elementwise(
        x, forward, "HardtanhBackward0", backward))


@op("hardtanh", summary="Clamp to [min_val, max_val] (gradient zero outside).", functional=True,
    function=False, method=False, example="F.hardtanh(tensor([-2., 0.5, 3.]))")
def hardtanh(input, min_val=-1.0, max_val=1.0, inplace=False):
    if isinstance(input, Tensor) and input._data.size > CHECK_SIZE_ABOVE:  # an expanded view's
        limits.check_copy(input)  # result is its numel (issue 19)
    _check_input(input, "hardtanh")
    if min_val > max_val:
        raise ValueError("min_val cannot be greater than max_val")
    return _hardtanh(input, min_val, max_val, inplace, "hardtanh")


@op("relu6", summary="min(max(x, 0), 6): hardtanh(x, 0, 6), as PyTorch builds it.",
    functional=True, function=False, method=False, example="F.relu6(tensor([-1., 3., 8.]))")
def relu6(input, inplace=False):
    _check_input(input, "relu6")
    return _hardtanh(input, 0, 6, inplace, "relu6")


@op("softplus", summary="log(1 + exp(beta * x)) / beta, linear where beta * x > threshold.",
    functional=True, function=False, method=False,
    example="F.softplus(tensor([-1., 0., 1.]), beta=2)")
def softplus(input, beta=1.0, threshold=20.0):
    if isinstance(input, Tensor) and input._data.size > CHECK_SIZE_ABOVE:  # an expanded view's
        limits.check_copy(input)  # result is its numel (issue 19)
    _check_input(input, "softplus", "softplus_cpu")

    def forward(xp, x):
        scaled = x * beta
        return xp.where(scaled > threshold, x, xp.log1p(xp.exp(scaled)) / beta)

    def backward(g, x):
        # PyTorch: z = exp(x * beta); x * beta > threshold ? grad : grad * z / (z + 1);
        # z / (z + 1) is sigmoid(x * beta), which never overflows.
        scaled = x * beta
        return where(scaled > threshold, g, g * sigmoid(scaled))

    return _elementwise(input, forward, "SoftplusBackward0", backward)


def _softplus_array(xp, x):
    return xp.log1p(xp.exp(x))


@op("mish", summary="x * tanh(softplus(x)).", functional=True, function=False, method=False,
    example="F.mish(tensor([-1., 0., 1.]))")
def mish(input, inplace=False):
    _check_input(input, "mish", "mish_cpu")

    def forward(xp, x):
        return x * xp.tanh(_softplus_array(xp, x))

    def backward(g, x):  # PyTorch's mish_backward
        tanh_softplus = tanh(softplus(x))
        return g * (tanh_softplus + x * sigmoid(x) * (1 - tanh_softplus * tanh_softplus))

    return _maybe_inplace(input, inplace, "mish", lambda x: _elementwise(
        x, forward, "MishBackward0", backward))


@op("logsigmoid", summary="log(sigmoid(x)), computed stably.", functional=True, function=False,
    method=False, example="F.logsigmoid(tensor([-1., 0., 1.]))")
def logsigmoid(input):
    if isinstance(input, Tensor) and input._data.size > CHECK_SIZE_ABOVE:  # an expanded view's
        limits.check_copy(input)  # result is its numel (issue 19)
    _check_input(input, "log_sigmoid", "log_sigmoid_cpu")

    def forward(xp, x):
        return xp.minimum(x, 0) - xp.log1p(xp.exp(-xp.abs(x)))

    return _elementwise(input, forward, "LogSigmoidBackward0", lambda g, x: g * sigmoid(-x))


@op("softmin", summary="softmax(-x) along dim.", functional=True, function=False, method=False,
    example="F.softmin(tensor([1., 2., 3.]), dim=0)")
def softmin(input, dim=None, _stacklevel=3, dtype=None):
    if dim is None:
        dim = _softmax_dim(input, None, "softmin")
    return softmax(-input, dim, dtype)


@op("glu", summary="First half times sigmoid of the second half, along dim.", functional=True,
    function=False, method=False, example="F.glu(tensor([1., 2., 0., 3.]))")
def glu(input, dim=-1):
    if input.ndim == 0:
        raise RuntimeError("glu does not support scalars because halving size must be even")
    axis = normalize_dim(dim, input.ndim)
    if input.shape[axis] % 2:
        raise RuntimeError(f"Halving dimension must be even, but dimension {axis} is size "
                           f"{input.shape[axis]}")
    _check_input(input, "glu", "glu_cpu")
    xp = input._xp
    half = input.shape[axis] // 2
    first, second = xp.split(input._data, 2, axis=axis)
    out = as_result(first * (1 / (1 + xp.exp(-second))), input.dtype, xp)

    def backward(g, x):
        a, b = x.narrow(axis, 0, half), x.narrow(axis, half, half)
        gate = sigmoid(b)
        return (cat([g * gate, g * a * gate * (1 - gate)], axis),)

    return record(out, "GluBackward0", (input,), backward, saved=(input,))


@op("threshold", summary="x where x > threshold, else value.", functional=True, method=False,
    example="F.threshold(tensor([-1., 0.5, 2.]), 0.6, 0.)")
def threshold(input, threshold, value, inplace=False):
    if isinstance(input, Tensor) and input._data.size > CHECK_SIZE_ABOVE:  # an expanded view's
        limits.check_copy(input)  # result is its numel (issue 19)
    _check_input(input, "threshold")
    if input.dtype is dtypes.bool_:
        raise NotImplementedError("\"threshold_cpu\" not implemented for 'Bool'")
    if not input.dtype.is_floating_point:
        threshold, value = int(threshold), int(value)  # PyTorch casts both to the input's type
    limit = threshold

    def forward(xp, x):
        return xp.where(x <= limit, value, x)

    def backward(g, x):  # x (or, in place, the result) <= threshold ? 0 : grad
        return g * (x > limit)

    name = "ThresholdBackward1" if inplace else "ThresholdBackward0"
    return _maybe_inplace(input, inplace, "threshold", lambda x: _elementwise(
        x, forward, name, backward, saves_output=inplace))


# ---------------------------------------------------------- one_hot, norms
@op("one_hot", summary="int64 one-hot encoding of class indices (a new last dim).",
    functional=True, function=False, method=False, differentiable=False,
    signature="one_hot(tensor, num_classes=-1)", example="F.one_hot(tensor([0, 2]), 3)")
def one_hot(tensor, num_classes=-1):
    _check_input(tensor, "one_hot")
    if tensor.dtype is not dtypes.int64:
        raise RuntimeError("one_hot is only applicable to index tensor of type LongTensor.")
    xp = tensor._xp
    labels = tensor._data
    if labels.size == 0:
        if num_classes <= 0:
            raise RuntimeError("Can not infer total number of classes from empty tensor.")
        return as_result(xp.zeros(labels.shape + (num_classes,), xp.int64), dtypes.int64, xp)
    if int(labels.min()) < 0:
        raise RuntimeError("Class values must be non-negative.")
    if num_classes == -1:
        num_classes = int(labels.max()) + 1
    elif int(labels.max()) >= num_classes:
        raise RuntimeError("Class values must be smaller than num_classes.")
    array = (labels[..., None] == xp.arange(num_classes)).astype(xp.int64)
    return as_result(array, dtypes.int64, xp)


@op("normalize", summary="x / max(norm(x, p, dim), eps): unit vectors along dim.",
    functional=True, function=False, method=False,
    example="F.normalize(tensor([[3., 4.]]))")
def normalize(input, p=2.0, dim=1, eps=1e-12, out=None):
    if out is not None:
        raise NotImplementedError("gradsh: normalize(out=...) is not supported")
    if not isinstance(input, Tensor):
        raise AttributeError(f"'{type(input).__name__}' object has no attribute 'norm'")
    # PyTorch: input / input.norm(p, dim, keepdim=True).clamp_min(eps).expand_as(input)
    denominator = clamp(norm(input, p, dim, keepdim=True), min=eps).expand_as(input)
    return input / denominator


@op("cosine_similarity", summary="Cosine of the angle between x1 and x2 along dim.",
    functional=True, method=False, signature="cosine_similarity(x1, x2, dim=1, eps=1e-8)",
    example="F.cosine_similarity(tensor([[1., 0.]]), tensor([[1., 1.]]))")
def cosine_similarity(x1, x2, dim=1, eps=1e-8):
    _check_input(x1, "cosine_similarity", argument="x1")
    if not isinstance(x2, Tensor):
        raise TypeError("cosine_similarity(): argument 'x2' (position 2) must be Tensor, not "
                        f"{type(x2).__name__}")
    common = dtypes.result_type(x1, x2)
    if not common.is_floating_point:
        raise RuntimeError("expected common dtype to be floating point, yet common dtype is "
                           f"{common.short}")
    # ATen's composite: integers are converted first, then both are expanded.
    x1 = x1 if x1.dtype.is_floating_point else x1.to(common)
    x2 = x2 if x2.dtype.is_floating_point else x2.to(common)
    x1, x2 = _expand_pair(x1, x2)
    # Each vector is divided by its norm first (the result stays in [-1, 1]); the
    # norms are clamped to eps in place without grad, after a clone, as in ATen.
    x1_norm = norm(x1, 2, dim, keepdim=True).clone()
    x2_norm = norm(x2, 2, dim, keepdim=True).clone()
    with autograd.no_grad():
        x1_norm.clamp_(min=eps)
        x2_norm.clamp_(min=eps)
    return ((x1 / x1_norm) * (x2 / x2_norm)).sum(dim)


def _expand_pair(a, b):
    """ATen's expand_outplace: both expanded to the broadcast shape (no-ops if equal)."""
    from .common import broadcast_shapes  # noqa: PLC0415

    shape = broadcast_shapes(tuple(a.shape), tuple(b.shape))
    a = a if tuple(a.shape) == shape else a.expand(shape)
    b = b if tuple(b.shape) == shape else b.expand(shape)
    return a, b


@op("pairwise_distance", summary="p-norm of x1 - x2 + eps along the last dim.",
    functional=True, method=False,
    signature="pairwise_distance(x1, x2, p=2.0, eps=1e-6, keepdim=False)",
    example="F.pairwise_distance(tensor([[0., 0.]]), tensor([[3., 4.]]))")
def pairwise_distance(x1, x2, p=2.0, eps=1e-6, keepdim=False):
    _check_input(x1, "pairwise_distance", argument="x1")
    if not isinstance(x2, Tensor):
        raise TypeError("pairwise_distance(): argument 'x2' (position 2) must be Tensor, not "
                        f"{type(x2).__name__}")
    innermost = max(x1.ndim, x2.ndim) - 1
    return _norm_dim(x1 - x2 + eps, p, innermost, keepdim)


def _norm_dim(input, p, dim, keepdim):
    """ATen's at::norm(input, p, dim, keepdim): NormBackward1 (the values of norm())."""
    with autograd.no_grad():
        result = norm(input, p, dim, keepdim)
    order = float(p)
    axis = normalize_dim(dim, input.ndim)

    def backward(g, x, out):
        if not keepdim and x.ndim:
            g, out = g.unsqueeze(axis), out.unsqueeze(axis)
        if order == 0:
            return (x * 0,)
        if order == 1:
            return (x.sign() * g,)
        # A zero norm has zero gradient (PyTorch masks the 0/0).
        zero = Tensor._make(out._data == 0, dtypes.bool_)
        safe = out.masked_fill(zero, float("inf"))
        if order == float("inf"):
            hits = x.abs() == out
            return (x.sign() * hits * g / hits.sum(axis, keepdim=True),)
        if order == 2:
            return (x * g / safe,)
        return (x.sign() * x.abs() ** (order - 1) * g / safe ** (order - 1),)

    return record(result, "NormBackward1", (input,), backward, saved=(input, result))
