"""Reductions, shape ops, indexing, linalg and nn.functional: values, grad_fn names,
views, errors, and gradients against finite differences (first and second order).

The expected names and messages were taken from PyTorch 2.13.
"""
from __future__ import annotations

import warnings

import numpy as np
import pytest

import gradsh.engine  # noqa: F401 - installs the ops on Tensor
from gradsh.engine import autograd, dtypes
from gradsh.engine.namespace import MODULES
from gradsh.engine.tensor import Tensor

torch = MODULES["torch"]
F = MODULES["torch.nn.functional"]

M = [[1., 5., 3.], [4., 2., 6.]]


def t(data, dtype=dtypes.float64, requires_grad=False):
    out = Tensor._make(np.array(data, dtype=dtype.np), dtype)
    if requires_grad:
        out.requires_grad_()
    return out


# ------------------------------------------------------------------ values
@pytest.mark.parametrize("name, kwargs, expected", [
    ("sum", {}, lambda a: a.sum()),
    ("sum", {"dim": 0}, lambda a: a.sum(0)),
    ("sum", {"dim": (0, 1)}, lambda a: a.sum()),
    ("sum", {"dim": -1, "keepdim": True}, lambda a: a.sum(-1, keepdims=True)),
    ("mean", {"dim": 1}, lambda a: a.mean(1)),
    ("prod", {"dim": 1}, lambda a: a.prod(1)),
    ("std", {}, lambda a: a.std(ddof=1)),
    ("var", {"dim": 0, "unbiased": False}, lambda a: a.var(0)),
    ("norm", {}, lambda a: np.sqrt((a * a).sum())),
    ("norm", {"p": 1, "dim": 1}, lambda a: np.abs(a).sum(1)),
    ("amax", {"dim": 0}, lambda a: a.max(0)),
    ("amin", {}, lambda a: a.min()),
    ("logsumexp", {"dim": 1}, lambda a: np.log(np.exp(a).sum(1))),
    ("cumsum", {"dim": 1}, lambda a: a.cumsum(1)),
    ("cumprod", {"dim": 0}, lambda a: a.cumprod(0)),
])
def test_reduction_values_match_numpy(name, kwargs, expected):
    a = np.array(M)
    result = getattr(t(M), name)(**kwargs)
    np.testing.assert_allclose(result._data, expected(a))


def test_integer_sums_are_int64_and_mean_refuses_integers():
    assert t([True, False, True], dtypes.bool_).sum().dtype is dtypes.int64
    assert t([1, 2], dtypes.int32).cumsum(0).dtype is dtypes.int64
    with pytest.raises(RuntimeError, match="mean\\(\\): could not infer output dtype.*Got: Long"):
        t([1, 2, 3], dtypes.int64).mean()
    with pytest.raises(RuntimeError, match="std and var only support floating point"):
        t([1, 2, 3], dtypes.int64).std()


def test_max_with_dim_returns_named_pair():
    result = t(M, dtypes.float32).max(0)
    values, indices = result
    assert values is result.values and indices is result.indices
    assert indices.dtype is dtypes.int64 and indices._data.tolist() == [1, 0, 1]
    assert repr(result) == ("torch.return_types.max(\nvalues=tensor([4., 5., 6.]),\n"
                            "indices=tensor([1, 0, 1]))")
    assert "values" in type(result).__gradsh_attrs__


def test_binary_max_is_maximum_and_sort_topk_median():
    a = t(M)
    assert torch.max(a, a.flip(0))._data.tolist() == [[4., 5., 6.], [4., 5., 6.]]
    assert a.sort(1, descending=True).indices._data.tolist() == [[1, 2, 0], [2, 0, 1]]
    assert a.topk(2).values._data.tolist() == [[5., 3.], [6., 4.]]
    assert a.median().item() == 3.0
    assert t([1., float("nan"), 2.]).max().item() != t([1., float("nan"), 2.]).max().item()


# ------------------------------------------------------------- grad_fn names
@pytest.mark.parametrize("expression, name", [
    ("a.sum()", "SumBackward0"), ("a.sum(0)", "SumBackward1"), ("a.mean()", "MeanBackward0"),
    ("a.mean(1)", "MeanBackward1"), ("a.prod()", "ProdBackward0"), ("a.prod(1)", "ProdBackward1"),
    ("a.max()", "MaxBackward1"), ("a.max(0).values", "MaxBackward0"), ("a.min()", "MinBackward1"),
    ("a.amax(1)", "AmaxBackward0"), ("a.std()", "StdBackward0"), ("a.var(0)", "VarBackward0"),
    ("a.norm()", "LinalgVectorNormBackward0"), ("a.logsumexp(0)", "LogsumexpBackward0"),
    ("a.cumsum(0)", "CumsumBackward0"), ("a.cumprod(1)", "CumprodBackward0"),
    ("a.sort(1).values", "SortBackward0"), ("a.topk(2).values", "TopkBackward0"),
    ("a.median()", "MedianBackward0"), ("a.median(1).values", "MedianBackward1"),
    ("a.view(6)", "ViewBackward0"), ("a.reshape(6)", "ViewBackward0"),
    ("a.t().reshape(6)", "UnsafeViewBackward0"), ("a.flatten()", "ViewBackward0"),
    ("a.unsqueeze(0).squeeze()", "SqueezeBackward0"), ("a.unsqueeze(0).squeeze(0)",
                                                       "SqueezeBackward1"),
    ("a.unsqueeze(0)", "UnsqueezeBackward0"), ("a.transpose(0, 1)", "TransposeBackward0"),
    ("a.t()", "TBackward0"), ("a.T", "PermuteBackward0"), ("a.mT", "TransposeBackward0"),
    ("a.permute(1, 0)", "PermuteBackward0"), ("a[0].expand(2, 3)", "ExpandBackward0"),
    ("a.repeat(2, 1)", "RepeatBackward0"), ("torch.cat([a, a])", "CatBackward0"),
    ("torch.stack([a, a])", "StackBackward0"), ("a.split(1, 1)[0]", "SplitBackward0"),
    ("a.split([1, 2], 1)[1]", "SplitWithSizesBackward0"), ("a.chunk(3, 1)[2]", "SplitBackward0"),
    ("a.unbind(0)[1]", "UnbindBackward0"), ("a.flip(0)", "FlipBackward0"),
    ("a.roll(1, 1)", "RollBackward0"), ("a.narrow(1, 0, 2)", "SliceBackward0"),
    ("a.t().contiguous()", "CloneBackward0"), ("a.clone()", "CloneBackward0"),
    ("a[0]", "SelectBackward0"), ("a[0, 1]", "SelectBackward0"), ("a[1:]", "SliceBackward0"),
    ("a[:]", "SliceBackward0"), ("a[:, :]", "AliasBackward0"), ("a[...]", "AliasBackward0"),
    ("a[None]", "UnsqueezeBackward0"), ("a[:, 1]", "SelectBackward0"),
    ("a[[0, 1]]", "IndexBackward0"), ("a[a > 2]", "IndexBackward0"),
    ("a.gather(1, torch.tensor([[0], [1]]))", "GatherBackward0"),
    ("a.index_select(1, torch.tensor([0, 2]))", "IndexSelectBackward0"),
    ("a.masked_fill(a > 2, 0.)", "MaskedFillBackward0"),
    ("a.masked_select(a > 2)", "MaskedSelectBackward0"),
    ("a.take(torch.tensor([0, 5]))", "TakeBackward0"),
    ("a @ a.t()", "MmBackward0"), ("a[0] @ a[1]", "DotBackward0"), ("a @ a[0]", "MvBackward0"),
    ("a[:, 0] @ a", "SqueezeBackward4"), ("a.unsqueeze(0) @ a.t()", "UnsafeViewBackward0"),
    ("torch.bmm(a[None], a.t()[None])", "BmmBackward0"), ("torch.outer(a[0], a[1])",
                                                          "MulBackward0"),
    ("F.softmax(a, 1)", "SoftmaxBackward0"), ("a.log_softmax(1)", "LogSoftmaxBackward0"),
    ("F.mse_loss(a, a.detach() * 2)", "MseLossBackward0"),
    ("F.cross_entropy(a, torch.tensor([0, 2]))", "NllLossBackward0"),
    ("F.linear(a, a)", "MmBackward0"), ("F.linear(a, a, a[:, 0])", "AddmmBackward0"),
    ("F.linear(a[0], a, a[:, 0])", "ViewBackward0"),
])
def test_grad_fn_names(expression, name):
    a = t(M, requires_grad=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result = eval(expression, {"a": a, "torch": torch, "F": F})
    assert result.grad_fn.name() == name


def test_contiguous_and_flatten_return_the_tensor_itself():
    a = t(M, requires_grad=True)
    assert a.contiguous() is a
    assert a[0].flatten() is not a and a.flatten(1, 1) is a


# ------------------------------------------------------------------ views
def test_views_share_data_and_version():
    base = t([[0., 1., 2.], [3., 4., 5.]])
    for view in (base.view(6), base.t(), base[1], base[:, 1:], base.narrow(1, 0, 1),
                 base.unsqueeze(0), base.split(1)[1], base.T, base.reshape(3, 2)):
        assert np.shares_memory(view._data, base._data)
        assert view._version is base._version
    base.view(6)[4] = 40.
    assert base._data[1, 1] == 40.
    base[0][2] = 20.
    assert base._data[0, 2] == 20.
    assert not np.shares_memory(base.flip(0)._data, base._data)
    assert not np.shares_memory(base[[0, 1]]._data, base._data)


def test_setitem_values_dtype_and_errors():
    x = t(np.arange(12).reshape(3, 4), dtypes.int64)
    x[0, 0] = 100
    x[1] = 0
    x[2, 1:3] = t([7.9, 8.2])  # cast to the target's dtype
    assert x._data.tolist() == [[100, 1, 2, 3], [0, 0, 0, 0], [8, 7, 8, 11]]
    version = x._version.value
    x[x > 50] = -1
    assert x._data[0, 0] == -1 and x._version.value == version + 1
    with pytest.raises(IndexError, match="index 3 is out of bounds for dimension 0 with size 3"):
        x[3] = 1
    with pytest.raises(RuntimeError, match="The expanded size of the tensor \\(4\\) must match"):
        x[0] = t([1, 2], dtypes.int64)
    with pytest.raises(TypeError, match="can't assign a str to a torch.LongTensor"):
        x[0] = "a"
    leaf = t([1., 2.], requires_grad=True)
    with pytest.raises(RuntimeError, match="a view of a leaf Variable that requires grad"):
        leaf[0] = 5.
    with autograd.no_grad():
        leaf[0] = 5.
    assert leaf._data[0] == 5.


def test_setitem_records_copy_slices():
    a = t([1., 2., 3.], requires_grad=True)
    v = t(10., requires_grad=True)
    y = a * 1
    y[1] = v * 2
    assert y.grad_fn.name() == "torch::autograd::CopySlices"  # as PyTorch answers
    (y * t([1., 2., 3.])).sum().backward()
    assert a.grad._data.tolist() == [1., 0., 3.]
    assert v.grad.item() == 4.0


# ----------------------------------------------------------------- errors
@pytest.mark.parametrize("expression, error, message", [
    ("a.view(4, 2)", RuntimeError, "shape '[4, 2]' is invalid for input of size 6"),
    ("a.t().view(6)", RuntimeError, ("view size is not compatible with input tensor's size and "
                                    "stride")),
    ("a.view(-1, -1)", RuntimeError, "only one dimension can be inferred"),
    ("a.sum(2)", IndexError, ("Dimension out of range (expected to be in range of [-2, 1], but "
                             "got 2)")),
    ("a.sum((0, 0))", RuntimeError, "dim 0 appears multiple times in the list of dims"),
    ("a[2]", IndexError, "index 2 is out of bounds for dimension 0 with size 2"),
    ("a[0, 0, 0]", IndexError, "too many indices for tensor of dimension 2"),
    ("a[::-1]", ValueError, "step must be greater than zero"),
    ("a[torch.tensor([True, False, True])]", IndexError, ("The shape of the mask [3] at index 0 "
                                                          "does not match")),
    ("a @ a", RuntimeError, "mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)"),
    ("a[0] @ a[0, :2]", RuntimeError, ("inconsistent tensor size, expected tensor [3] and src "
                                      "[2] to have the same number of elements, but got 3 and "
                                      "2 elements respectively")),
    ("a @ a.t().float()", RuntimeError, ("expected m1 and m2 to have the same dtype, but got: "
                                        "double != float")),
    ("torch.cat([a, torch.ones(3, 2)])", RuntimeError, ("Sizes of tensors must match except in "
                                                       "dimension 0. Expected size 3 but got size"
                                                       " 2 for tensor number 1 in the list.")),
    ("torch.stack([a, a[0]])", RuntimeError, ("stack expects each tensor to be equal size, but "
                                             "got [2, 3] at entry 0 and [3] at entry 1")),
    ("a.expand(3, 3)", RuntimeError, ("The expanded size of the tensor (3) must match the "
                                     "existing size (2) at non-singleton dimension 0.")),
    ("torch.ones(0).max()", RuntimeError, ("max(): Expected reduction dim to be specified for "
                                          "input.numel() == 0.")),
    ("a.topk(4)", RuntimeError, "selected index k out of range"),
    ("a.narrow(1, 2, 2)", RuntimeError, "start (2) + length (2) exceeds dimension size (3)."),
    ("a.gather(1, torch.tensor([[5]]))", RuntimeError, ("index 5 is out of bounds for dimension "
                                                       "1 with size 3")),
    ("F.cross_entropy(a, torch.tensor([0, 3]))", IndexError, "Target 3 is out of bounds."),
    ("a.permute(0, 0)", RuntimeError, "permute(): duplicate dims are not allowed."),
])
def test_errors(expression, error, message):
    a = t(M)
    with pytest.raises(error) as info:
        eval(expression, {"a": a, "torch": torch, "F": F})
    assert message in str(info.value)


def test_second_backward_through_saving_and_non_saving_nodes():
    a = t(M, requires_grad=True)
    for build in (lambda: a.sum(), lambda: a.mean(), lambda: a[0].sum(), lambda: a.view(6).sum()):
        out = build()
        out.backward()
        out.backward()  # nothing was saved, so it runs again
    for build in (lambda: (a @ a.t()).sum(), lambda: a[[0, 1]].sum(), lambda: a.max(),
                  lambda: a.gather(1, torch.tensor([[0], [1]])).sum(), lambda: a.prod()):
        out = build()  # these save tensors (indices, inputs), freed by the first backward
        out.backward()
        with pytest.raises(RuntimeError, match="backward through the graph a second time"):
            out.backward()


# -------------------------------------------------- finite-difference checks
def numeric_grad(f, inputs, eps=1e-6):
    grads = []
    for x in inputs:
        grad = np.zeros_like(x._data)
        flat = x._data.reshape(-1)
        for i in range(flat.size):
            old = flat[i]
            flat[i] = old + eps
            plus = f(*inputs).sum().item()
            flat[i] = old - eps
            minus = f(*inputs).sum().item()
            flat[i] = old
            grad.reshape(-1)[i] = (plus - minus) / (2 * eps)
        grads.append(grad)
    return grads


def weighted(f):
    """A scalar function of f's (first) output with unequal weights."""

    def scalar(*inputs):
        out = f(*inputs)
        if isinstance(out, tuple):
            out = out[0]
        w = Tensor._make(np.linspace(0.5, 1.7, out._data.size).reshape(out._data.shape),
                         out.dtype)
        return (out * w).sum()

    return scalar


GRAD_CASES = {
    "sum dim": lambda a: a.sum(1), "mean": lambda a: a.mean(0, keepdim=True),
    "prod": lambda a: a.prod(), "prod dim zeros": lambda a: (a * t([[1, 0, 1], [1, 1, 1]])).prod(1),
    "max": lambda a: a.max(), "max dim": lambda a: a.max(1), "min dim": lambda a: a.min(0),
    "amax": lambda a: a.amax(0), "std": lambda a: a.std(1), "var": lambda a: a.var(),
    "norm": lambda a: a.norm(), "norm 1": lambda a: a.norm(1, 1), "norm 3": lambda a: a.norm(3),
    "norm inf": lambda a: a.norm(float("inf"), 0), "logsumexp": lambda a: a.logsumexp(1),
    "cumsum": lambda a: a.cumsum(1), "cumprod": lambda a: a.cumprod(1),
    "cumprod zeros": lambda a: (a * t([[1, 0, 1], [1, 1, 0]])).cumprod(1),
    "sort": lambda a: a.sort(1), "topk": lambda a: a.topk(2, 0), "median": lambda a: a.median(1),
    "reshape": lambda a: a.t().reshape(6), "repeat": lambda a: a.repeat(2, 2),
    "expand": lambda a: a[:1].expand(3, 3), "cat": lambda a: torch.cat([a, a * a], 1),
    "stack": lambda a: torch.stack([a, a * a], 2), "split": lambda a: a.split([2, 1], 1)[0],
    "chunk": lambda a: a.chunk(2, 1)[1], "unbind": lambda a: a.unbind(1)[2],
    "flip": lambda a: a.flip(1), "roll": lambda a: a.roll(1, 1),
    "narrow": lambda a: a.narrow(1, 1, 2),
    "index basic": lambda a: a[1:, ::2], "index adv": lambda a: a[[0, 0, 1], [2, 2, 0]],
    "index mask": lambda a: a[a > 3.0],
    "gather": lambda a: a.gather(1, torch.tensor([[0, 0], [2, 1]])),
    "index_select": lambda a: a.index_select(1, torch.tensor([2, 2, 0])),
    "masked_fill": lambda a: a.masked_fill(t([True, False, True], dtypes.bool_), 0.),
    "take": lambda a: a.take(torch.tensor([0, 5, 5])),
    "matmul 2x2": lambda a: a @ a.t(), "matmul 1d": lambda a: a[0] @ a[1],
    "mv": lambda a: a @ a[1], "vm": lambda a: a[:, 0] @ a, "batched": lambda a: a[None] @ a.t(),
    "outer": lambda a: torch.outer(a[0], a[1]),
    "softmax": lambda a: F.softmax(a, 1), "log_softmax": lambda a: F.log_softmax(a, 0),
    "mse": lambda a: F.mse_loss(a, t([0.5, 1.5, -2.0])), "cross_entropy": lambda a: F.cross_entropy(
        a, torch.tensor([0, 2])), "ce smooth": lambda a: F.cross_entropy(
        a, torch.tensor([0, 2]), label_smoothing=0.2),
    "ce probs": lambda a: F.cross_entropy(a, t([[0.2, 0.3, 0.5], [0.6, 0.1, 0.3]])),
    "linear": lambda a: F.linear(a, a * 0.5, a[:, 1]),
}


@pytest.mark.parametrize("name", sorted(GRAD_CASES))
def test_gradient_matches_finite_differences(name):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        f = weighted(GRAD_CASES[name])
        a = t([[1.1, 5.3, 3.2], [4.4, 2.5, 6.6]], requires_grad=True)
        (analytic,) = autograd.run_backward([f(a)], [None], inputs=[a])
        with autograd.no_grad():
            (numeric,) = numeric_grad(f, [a])
    np.testing.assert_allclose(analytic._data, numeric, rtol=1e-5, atol=1e-6)


@pytest.mark.parametrize("name", ["prod", "prod dim zeros", "std", "norm", "logsumexp", "cumprod",
                                  "cumprod zeros", "softmax", "log_softmax", "matmul 2x2",
                                  "cross_entropy", "gather", "index adv", "max dim", "sort",
                                  "linear", "var"])
def test_second_derivative_matches_finite_differences(name):
    """create_graph=True: the gradient of sum(grad * w) again matches finite differences."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        f = weighted(GRAD_CASES[name])
        weights = Tensor._make(np.linspace(-1.0, 1.3, 6).reshape(2, 3), dtypes.float64)

        def first(a):
            (grad,) = autograd.run_backward([f(a)], [None], inputs=[a], create_graph=True)
            return grad * weights

        a = t([[1.1, 5.3, 3.2], [4.4, 2.5, 6.6]], requires_grad=True)
        second = first(a).sum()
        if not second.requires_grad:  # piecewise-linear ops: the second derivative is zero
            return
        (analytic,) = autograd.run_backward([second], [None], inputs=[a])
        numeric = np.zeros((2, 3))
        flat = a._data.reshape(-1)
        for i in range(6):
            old = flat[i]
            flat[i] = old + 1e-5
            plus = first(a).sum().item()
            flat[i] = old - 1e-5
            minus = first(a).sum().item()
            flat[i] = old
            numeric.reshape(-1)[i] = (plus - minus) / 2e-5
    np.testing.assert_allclose(analytic._data, numeric, rtol=1e-4, atol=1e-5)
