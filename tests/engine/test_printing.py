"""Focused tests for the printing rules that are easy to get wrong.

Expected strings come from PyTorch 2.13 (torch style) or from PyTorch 0.3's
``_tensor_str.py`` logic (legacy style, see docs/printing.md).
"""
from __future__ import annotations

import math
import time

import numpy as np
import pytest

from gradsh.engine import dtypes as D
from gradsh.engine import printing
from gradsh.engine.printing import (PrintOptions, apply_printoptions, format_tensor, repr_value,
                                    set_printoptions, str_value)


def fmt(values, dtype=D.float32, **kwargs) -> str:
    opts = kwargs.pop("opts", None) or PrintOptions()
    return format_tensor(np.asarray(values, dtype=dtype.np), dtype, opts=opts, **kwargs)


@pytest.fixture
def default_float64():
    D.set_default_dtype(D.float64)
    yield
    D.set_default_dtype(D.float32)


# -- float format choice ----------------------------------------------------

def test_float32_1e4_is_scientific_because_stored_value_is_below_1e4():
    assert fmt(1e-4) == "tensor(1.0000e-04)"
    assert fmt(1e-4, D.float64) == "tensor(0.0001, dtype=torch.float64)"
    assert fmt([1e-4, 0.05]) == "tensor([1.0000e-04, 5.0000e-02])"


def test_float16_decides_on_its_own_rounded_values():
    # float16(1e-4) is 1.0001659e-04 > 1e-4: fixed point.
    assert fmt([1e-4, 0.05], D.float16) == "tensor([0.0001, 0.0500], dtype=torch.float16)"
    # float16(100.0999) / float16(0.1) = 100.125 / 0.099976 > 1000: scientific.
    assert fmt([0.1, 100.0999], D.float16) == "tensor([9.9976e-02, 1.0012e+02], dtype=torch.float16)"
    assert fmt([0.1, 1000.0], D.float16) == "tensor([9.9976e-02, 1.0000e+03], dtype=torch.float16)"
    assert fmt(65504.0, D.float16) == "tensor(65504., dtype=torch.float16)"


def test_integral_mode_thresholds():
    assert fmt([1000.0, 1.0]) == "tensor([1000.,    1.])"
    assert fmt([1001.0, 1.0]) == "tensor([1.0010e+03, 1.0000e+00])"
    assert fmt(12345678.0) == "tensor(12345678.)"
    assert fmt([1e8, 1.0]) == "tensor([1.0000e+08, 1.0000e+00])"


def test_nan_inf_signed_zero_and_all_zero():
    assert fmt([math.nan, math.inf, -math.inf, 1.5]) == "tensor([   nan,    inf,   -inf, 1.5000])"
    assert fmt([math.nan, 1.0]) == "tensor([nan, 1.])"  # nan is not counted in the width
    assert fmt([0.0, -0.0]) == "tensor([0., -0.])"  # no finite non-zero value: width 1
    assert fmt(-0.0) == "tensor(-0.)"
    assert fmt([0.0, math.nan], opts=PrintOptions(sci_mode=True)) == "tensor([0., nan])"


def test_rounding_is_pythons_on_the_double():
    assert fmt([0.125, 0.375], opts=PrintOptions(precision=2)) == "tensor([0.12, 0.38])"


def test_integers_and_bools_pad_to_widest():
    assert fmt([1, -20, 300], D.int64) == "tensor([  1, -20, 300])"
    assert fmt([-128, 0, 127], D.int8) == "tensor([-128,    0,  127], dtype=torch.int8)"
    assert fmt([True, False, True], D.bool_) == "tensor([ True, False,  True])"
    assert fmt([True, True], D.bool_) == "tensor([True, True])"


# -- layout -------------------------------------------------------------------

def test_wrapping_and_nesting():
    assert fmt(np.arange(20.0), opts=PrintOptions(linewidth=40)) == (
        "tensor([ 0.,  1.,  2.,  3.,  4.,  5.,\n"
        "         6.,  7.,  8.,  9., 10., 11.,\n"
        "        12., 13., 14., 15., 16., 17.,\n"
        "        18., 19.])")
    assert fmt(np.arange(16.0).reshape(2, 2, 2, 2) - 8) == (
        "tensor([[[[-8., -7.],\n          [-6., -5.]],\n\n         [[-4., -3.],\n          [-2., -1.]]],\n\n\n"
        "        [[[ 0.,  1.],\n          [ 2.,  3.]],\n\n         [[ 4.,  5.],\n          [ 6.,  7.]]]])")


def test_summarization():
    assert fmt(np.arange(1001), D.int64) == "tensor([   0,    1,    2,  ...,  998,  999, 1000])"
    assert fmt(np.arange(20), D.int64, opts=PrintOptions(threshold=10, edgeitems=2)) == (
        "tensor([ 0,  1,  ..., 18, 19])")
    # only the printed edge values decide the format
    assert fmt(np.arange(2000.0) / 4) == (
        "tensor([0.0000e+00, 2.5000e-01, 5.0000e-01,  ..., 4.9925e+02, 4.9950e+02,\n"
        "        4.9975e+02])")


def test_large_tensor_is_summarized_quickly():
    big = np.random.default_rng(0).standard_normal((1000, 1000)).astype(np.float32)
    start = time.perf_counter()
    out = format_tensor(big, D.float32)
    assert time.perf_counter() - start < 0.5
    assert out.count("\n") == 6 and "...," in out


# -- suffixes -------------------------------------------------------------------

def test_suffix_order_and_wrapping():
    assert fmt(np.arange(10.0), D.float64) == (
        "tensor([0., 1., 2., 3., 4., 5., 6., 7., 8., 9.], dtype=torch.float64)")
    assert fmt(np.arange(12.0), D.float64) == (
        "tensor([ 0.,  1.,  2.,  3.,  4.,  5.,  6.,  7.,  8.,  9., 10., 11.],\n"
        "       dtype=torch.float64)")
    assert fmt(np.ones(12), D.float64, requires_grad=True) == (
        "tensor([1., 1., 1., 1., 1., 1., 1., 1., 1., 1., 1., 1.], dtype=torch.float64,\n"
        "       requires_grad=True)")
    assert fmt([2.0, 4.0], D.float64, grad_fn="MulBackward0") == (
        "tensor([2., 4.], dtype=torch.float64, grad_fn=<MulBackward0>)")
    # grad_fn wins over requires_grad (PyTorch prints one or the other)
    assert fmt([2.0], requires_grad=True, grad_fn="AddBackward0") == "tensor([2.], grad_fn=<AddBackward0>)"


def test_device_suffix_comes_first():
    assert fmt([1.0, 2.0], device="cuda:0") == "tensor([1., 2.], device='cuda:0')"
    assert fmt([1, 2], D.int32, device="cuda:0", requires_grad=False) == (
        "tensor([1, 2], device='cuda:0', dtype=torch.int32)")
    assert fmt([1.0], device="cpu") == "tensor([1.])"


def test_empty_tensors():
    assert fmt(np.zeros(0)) == "tensor([])"
    assert fmt(np.zeros((0, 3))) == "tensor([], size=(0, 3))"
    assert fmt(np.zeros(0), D.int64) == "tensor([], dtype=torch.int64)"
    assert fmt(np.zeros(0), D.bool_) == "tensor([], dtype=torch.bool)"
    assert fmt(np.zeros((0, 2)), D.float64, requires_grad=True) == (
        "tensor([], size=(0, 2), dtype=torch.float64, requires_grad=True)")


def test_default_dtype_float64_hides_float64_and_shows_float32(default_float64):
    assert fmt([0.5], D.float64) == "tensor([0.5000])"
    assert fmt([0.5], D.float32) == "tensor([0.5000], dtype=torch.float32)"
    assert fmt(np.zeros(0), D.float64) == "tensor([])"
    assert fmt(np.zeros(0), D.float32) == "tensor([], dtype=torch.float32)"


# -- options --------------------------------------------------------------------

def test_set_printoptions_resets_sci_mode_like_pytorch():
    opts = PrintOptions(sci_mode=True)
    apply_printoptions(opts, precision=2)
    assert (opts.precision, opts.sci_mode) == (2, None)
    apply_printoptions(opts, profile="short", sci_mode=False)
    assert (opts.precision, opts.edgeitems, opts.sci_mode) == (2, 2, False)
    apply_printoptions(opts, profile="full")
    assert opts.threshold == math.inf


def test_global_set_printoptions():
    saved = printing.options.copy()
    try:
        printing.options.sci_mode = True
        set_printoptions(linewidth=40)
        assert (printing.options.linewidth, printing.options.sci_mode) == (40, None)
        assert printing.get_printoptions()["linewidth"] == 40
        set_printoptions(profile="default")
        assert printing.options.linewidth == 80
    finally:
        printing.options = saved


def test_module_options_are_the_default():
    saved = printing.options.copy()
    try:
        printing.options.precision = 2
        assert fmt([1 / 3], opts=printing.options) == "tensor([0.33])"
        assert format_tensor(np.array([1 / 3], np.float32), D.float32) == "tensor([0.33])"
    finally:
        printing.options = saved


# -- legacy style ---------------------------------------------------------------

LEGACY = PrintOptions(style="legacy")


def test_legacy_vector_and_matrix():
    assert fmt([1.0, 2.0, 3.0], opts=LEGACY) == "\n 1\n 2\n 3\n[torch.FloatTensor of size 3]\n"
    assert fmt([[1, 2, 3], [4, 5, 6]], D.int64, opts=LEGACY) == (
        "\n 1  2  3\n 4  5  6\n[torch.LongTensor of size 2x3]\n")
    assert fmt([[0.5, 1.25]], D.float64, opts=LEGACY) == (
        "\n 0.5000  1.2500\n[torch.DoubleTensor of size 1x2]\n")


def test_legacy_scale_factor_variable_and_gpu():
    assert fmt([0.001, 0.002], requires_grad=True, opts=LEGACY) == (
        "Variable containing:\n1.00000e-03 *\n  1.0000\n  2.0000\n[torch.FloatTensor of size 2]\n")
    assert fmt([[1.0, 2.0]], device="cuda:0", opts=LEGACY) == (
        "\n 1  2\n[torch.cuda.FloatTensor of size 1x2 (GPU 0)]\n")
    assert fmt(3.5, opts=LEGACY) == "[torch.FloatTensor with no dimension]\n"


def test_legacy_higher_dimensions():
    assert fmt(np.arange(8.0).reshape(2, 2, 2), opts=LEGACY) == (
        "\n(0 ,.,.) = \n  0  1\n  2  3\n\n(1 ,.,.) = \n  4  5\n  6  7\n"
        "[torch.FloatTensor of size 2x2x2]\n")
    out = fmt(np.zeros((2, 1, 1, 1)), opts=LEGACY)
    assert "(0 ,0 ,.,.) = \n" in out and "(1 ,0 ,.,.) = \n" in out


def test_legacy_summarized_matrix():
    out = fmt(np.arange(2000.0).reshape(40, 50), opts=LEGACY)
    lines = out.split("\n")
    assert lines[1] == "    0     1     2  ...     47    48    49"
    assert lines[4] == "       ...          \u22f1          ...       "
    assert lines[-2] == "[torch.FloatTensor of size 40x50]"


def test_legacy_wide_matrix_splits_columns():
    out = fmt(np.arange(30.0).reshape(2, 15) / 7, opts=LEGACY)
    assert out.startswith("\n\nColumns 0 to 9 \n 0.0000  0.1429")
    assert "\n\nColumns 10 to 14 \n 1.4286" in out


# -- other values ---------------------------------------------------------------

def test_repr_and_str_of_python_values():
    assert repr_value(17.0) == "17.0"
    assert repr_value(0.10000000149011612) == "0.10000000149011612"
    assert repr_value("hi") == "'hi'" and str_value("hi") == "hi"
    assert repr_value([[1.0, 2.0]]) == "[[1.0, 2.0]]"
    assert repr_value(None) == "None" and repr_value(True) == "True"
    assert repr_value(np.array([[1.0, 2.0]], np.float32)) == "array([[1., 2.]], dtype=float32)"
    assert repr_value(np.array([1, 2])) == "array([1, 2])"
    assert repr_value(np.array([True, False])) == "array([ True, False])"
