"""Fusion of elementwise chains (issue 24, engine/fusion, docs/fusion.md).

Without a GPU the engine's CUDA path runs in the CPU simulation
(``simulate_on_cpu``): the same FusingModule, deferred graphs and programs,
run by NumPy. Each fused result is checked bit for bit against the same code
unfused (``fuse=False``: every op computed at once, as the GPU's eager path),
and against the ordinary CPU engine within float rounding. The CUDA source
text and the kernel cache are checked with a recording stand-in for CuPy;
the CUDA cases at the end run where a GPU is usable and skip elsewhere.
"""
from __future__ import annotations

import numpy as np
import pytest

from gradsh.engine import backend
from gradsh.engine.fusion import codegen, graph, runners, state
from gradsh.engine.fusion.graph import Deferred
from gradsh.engine.fusion.simulate import simulate_on_cpu
from gradsh.engine.namespace import MODULES
from gradsh.lang.diagnostics import Diagnostic
from gradsh.lang.evaluator import Interpreter

torch = MODULES["torch"]
needs_cuda = pytest.mark.skipif(not backend.cuda_available(), reason="CUDA is not available")


def chain(x):
    return ((x.exp() * 0.5 + x.sin()).tanh()) ** 2


def _bits(tensor) -> bytes:
    return np.ascontiguousarray(backend.to_host(tensor._data)).tobytes()


def _run(program, fuse: bool, dtype="float32"):
    """``program(torch, dtype)`` in the simulation; its tensors' bits, its text,
    and how many programs ran."""
    torch.manual_seed(0)
    runners.STATS["launches"] = 0
    with simulate_on_cpu(fuse):
        results = program(torch, getattr(torch, dtype))
        state.flush_all()
        launches = runners.STATS["launches"]
        bits = [_bits(t) if hasattr(t, "_data") else t for t in results]
        text = [repr(t) for t in results]
    return bits, text, launches


CASES = {
    "chain fwd+bwd": lambda t, d: _chain_backward(t, d),
    "affine fwd+bwd": lambda t, d: _affine_backward(t, d),
    "broadcast rows": lambda t, d: (t.randn(4, 5, dtype=d) * t.randn(5, dtype=d) - 1.5,),
    "sigmoid relu where": lambda t, d: _activations(t, d),
    "pow and division": lambda t, d: _powers(t, d),
    "comparison mask": lambda t, d: _masks(t, d),
    "cast in the chain": lambda t, d: ((t.randn(6, dtype=d).double() * 3).float() + 1,),
    "shared subexpression": lambda t, d: _shared(t, d),
    "training steps": lambda t, d: _training(t, d),
}


def _training(t, d):
    model = t.nn.Sequential(t.nn.Linear(3, 8), t.nn.Tanh(), t.nn.Linear(8, 1))
    x, y = t.randn(32, 3, dtype=d), t.randn(32, 1, dtype=d)
    model.to(d).to(x.device)
    optimizer = t.optim.Adam(model.parameters(), lr=0.01)
    for _ in range(5):
        optimizer.zero_grad()
        loss = ((model(x) - y) ** 2).mean()
        loss.backward()
        optimizer.step()
    return (*model.parameters(), loss)


def _chain_backward(t, d):
    x = t.randn(1000, dtype=d, requires_grad=True)
    y = chain(x)
    y.sum().backward()
    return y, x.grad, y.grad_fn.name()


def _affine_backward(t, d):
    x = t.rand(1000, dtype=d)
    w = t.rand(1000, dtype=d, requires_grad=True)
    b = t.rand(1000, dtype=d, requires_grad=True)
    (w * x + b).sum().backward()
    return w.grad, b.grad


def _activations(t, d):
    x = t.randn(50, dtype=d, requires_grad=True)
    y = t.where(x > 0, x.sigmoid(), x.relu() - x * 0.1)
    y.sum().backward()
    return y, x.grad


def _powers(t, d):
    x = t.rand(40, dtype=d) + 0.5
    return x ** 3, x ** 0.5, 1 / x, x ** 2.5, -x / (x + 1), x.sqrt().log()


def _masks(t, d):
    x = t.randn(30, dtype=d)
    return (x > 0.5), (x * 2 <= x + 1).float() * x


def _shared(t, d):
    x = t.randn(20, dtype=d)
    s = x.exp()
    return s * s + s, s


@pytest.mark.parametrize("dtype", ["float32", "float64"])
@pytest.mark.parametrize("name", sorted(CASES))
def test_fused_equals_unfused_bit_for_bit(name, dtype):
    fused = _run(CASES[name], True, dtype)
    unfused = _run(CASES[name], False, dtype)
    assert fused[0] == unfused[0]
    assert fused[1] == unfused[1]  # printing (and grad_fn names) unchanged


@pytest.mark.parametrize("name", sorted(CASES))
def test_fused_is_the_cpu_engine_within_rounding(name):
    bits, _, _ = _run(CASES[name], True, "float64")
    torch.manual_seed(0)
    reference = CASES[name](torch, torch.float64)
    for got, want in zip(bits, reference):
        if not hasattr(want, "_data"):
            assert got == want
            continue
        expected = np.asarray(want._data)
        actual = np.frombuffer(got, dtype=expected.dtype).reshape(expected.shape)
        np.testing.assert_allclose(actual, expected, rtol=1e-12, atol=1e-12)


def test_the_chain_and_its_backward_are_one_kernel_each():
    _, _, fused = _run(CASES["chain fwd+bwd"], True)
    _, _, unfused = _run(CASES["chain fwd+bwd"], False)
    assert fused == 2  # y (the sum needs it), then x.grad in one backward kernel
    assert unfused >= 15


def test_relu_and_sigmoid_with_their_backward_are_one_kernel_each():
    def program(t, d):
        x = t.randn(300, dtype=d, requires_grad=True)
        y = t.relu(x * 2 - 1).sigmoid()
        y.sum().backward()
        return y, x.grad

    fused, unfused = _run(program, True), _run(program, False)
    assert fused[0] == unfused[0] and fused[2] == 2 and unfused[2] > 10


def test_backward_saves_the_region_inputs_not_its_intermediates():
    torch.manual_seed(0)
    with simulate_on_cpu():
        x = torch.randn(100, requires_grad=True)
        y = chain(x)
        saved = [v.value for node in _nodes(y.grad_fn) for v in node._saved
                 if hasattr(v.value, "_data")]
        # the intermediates autograd keeps (exp's and tanh's outputs, pow's input)
        # are expressions over x, not arrays
        inner = [s for s in saved if isinstance(s._data, Deferred) and s._data.pending]
        assert inner and all(s._data.roots >= {graph.root_id(x._data)} for s in inner)
        y.sum().backward()


def _nodes(node):
    seen, stack = [], [node]
    while stack:
        current = stack.pop()
        if current is None or any(current is s for s in seen):
            continue
        seen.append(current)
        stack.extend(child for child, _ in current.next_functions)
    return [n for n in seen if hasattr(n, "_saved")]


def test_in_place_writes_compute_readers_first():
    torch.manual_seed(0)
    with simulate_on_cpu():
        x = torch.randn(10)
        before = np.asarray(x._data).copy()
        y = x.exp() * 2          # deferred, reads x
        x.add_(1)                # written in place: y is computed first
        x[0] = 100.0
        assert isinstance(y._data, Deferred) and not y._data.pending
        np.testing.assert_array_equal(np.asarray(y._data), np.exp(before) * np.float32(2))
        z = y + 1                # deferred, reads y (computed)
        y.mul_(0)                # a write to a computed node: z first
        np.testing.assert_array_equal(np.asarray(z._data), np.exp(before) * np.float32(2) + 1)


def test_writes_into_a_deferred_result_and_its_readers():
    torch.manual_seed(0)
    with simulate_on_cpu():
        x = torch.randn(8)
        y = x * 3                # pending
        z = y - 1                # pending, reads y
        y.add_(5)                # y written before it was ever computed
        np.testing.assert_array_equal(np.asarray(z._data), np.asarray(x._data) * 3 - 1)
        np.testing.assert_array_equal(np.asarray(y._data), np.asarray(x._data) * 3 + 5)


def test_statements_end_with_nothing_pending_and_print_graph_and_fail_as_unfused():
    source = ("x = torch.linspace(-2, 2, 7, requires_grad=True)\n"
              "y = torch.tanh(x * 2 + 1) ** 2\n"
              "y\n"
              "y.sum().backward()\n"
              "x.grad\n"
              "torch.sigmoid(x).grad_fn\n"
              "z = (x.exp() * 3).tanh() - x\n"
              ":graph z\n")
    failing = "w = x.exp() + torch.ones(3)\n"

    def transcript(fuse):
        out: list[str] = []
        with simulate_on_cpu(fuse):
            shell = Interpreter(out.append)
            shell.run_source(source)
            # what is left deferred is inside other expressions (autograd's saved
            # tanh and exp outputs, recomputed by the backward kernel)
            left = [r() for r in graph.PENDING.values() if r() is not None and r().pending]
            assert all(node.inner for node in left) and (not left or fuse)
            with pytest.raises(Diagnostic) as error:
                shell.run_source(failing)
            assert "w" not in shell.workspace
        return "".join(out).replace("0x", ""), str(error.value)

    fused = transcript(True)
    assert fused == transcript(False)
    assert "grad_fn=<PowBackward0>" in fused[0] and "SigmoidBackward0" in fused[0]
    assert "TanhBackward0" in fused[0] and "ExpBackward0" in fused[0]  # :graph's drawing
    assert "The size of tensor a (7) must match the size of tensor b (3)" in fused[1]


def test_the_memory_limit_still_refuses_before_anything_is_built():
    from gradsh.engine import limits

    previous = limits.memory_limit()
    with simulate_on_cpu():
        a, b = torch.ones(100000, 1), torch.ones(1, 100000)
        limits.set_memory_limit(10 ** 7)
        try:
            with pytest.raises(MemoryError, match="memory limit"):
                a * b + 1
        finally:
            limits.set_memory_limit(previous)
        assert not graph.PENDING


def test_regions_past_the_node_limit_are_computed_as_they_grow(monkeypatch):
    monkeypatch.setattr(graph, "MAX_NODES", 8)
    with simulate_on_cpu():
        x = torch.ones(5)
        y = x
        for _ in range(20):
            y = y * 1.5 + 1
        assert y._data.nodes <= 8
        expected = np.ones(5, np.float32)
        for _ in range(20):
            expected = expected * np.float32(1.5) + np.float32(1)
        np.testing.assert_array_equal(np.asarray(y._data), expected)


# ------------------------------------------------------- programs and source
def _program():
    with simulate_on_cpu():
        x = torch.randn(16)
        y = chain(x)
        program = codegen.plan([y._data])
        state.flush_all()
    return program


def test_a_program_numbers_each_value_once_in_dependency_order():
    program = _program()
    assert [op for op, _, _ in program.steps] == ["exp", "multiply", "sin", "add", "tanh",
                                                  "square"]
    assert len(program.inputs) == 1 and len(program.consts) == 1
    for position, (_, args, _) in enumerate(program.steps):
        first_step = len(program.inputs) + len(program.consts)
        assert all(a < first_step + position for a in args)


def test_the_cuda_source_is_cupys_expressions_without_fma_contraction():
    # __fmul_rn/__fadd_rn are never merged into a multiply-add: each rounds as the
    # unfused kernel's one operation does
    in_params, out_params, operation = codegen.cuda_source(_program())
    assert in_params == "float32 in0, float32 c0" and out_params == "float32 out0"
    assert operation.splitlines() == [
        "float v2 = exp(in0);", "float v3 = __fmul_rn(v2, c0);", "float v4 = sin(in0);",
        "float v5 = __fadd_rn(v3, v4);", "float v6 = tanh(v5);", "float v7 = __fmul_rn(v6, v6);",
        "out0 = v7;"]


def test_double_programs_use_double_intrinsics():
    with simulate_on_cpu():
        x = torch.randn(4, dtype=torch.float64)
        program = codegen.plan([((x - 1) / (x * x).abs()).maximum(x)._data])
        state.flush_all()
    _, out_params, operation = codegen.cuda_source(program)
    assert out_params == "float64 out0"
    for expected in ("__dsub_rn(", "__dmul_rn(", "fabs(", "__ddiv_rn(", "isnan("):
        assert expected in operation


def test_the_key_is_structure_and_dtypes_not_values():
    def key(scale, dtype):
        with simulate_on_cpu():
            x = torch.randn(9, dtype=dtype)
            program = codegen.plan([(x * scale + 1)._data])
            state.flush_all()
        return program.key, program.name

    assert key(0.5, torch.float32) == key(3.0, torch.float32)
    assert key(0.5, torch.float32) != key(0.5, torch.float64)
    assert key(0.5, torch.float32)[1].startswith("gradsh_fused_")


class _RecordingCupy:
    """Stands in for CuPy: records the kernels built and runs them with NumPy."""

    def __init__(self):
        self.built = []

    def ElementwiseKernel(self, in_params, out_params, operation, name, preamble):
        self.built.append((in_params, out_params, operation, name, preamble))
        return lambda *args: None


def test_kernels_are_built_once_per_structure(monkeypatch):
    fake = _RecordingCupy()
    monkeypatch.setattr(runners, "KERNELS", {})
    first = runners.kernel_for(_program(), fake)
    again = runners.kernel_for(_program(), fake)
    assert first is again and len(fake.built) == 1
    assert fake.built[0][3].startswith("gradsh_fused_") and "NAN" in fake.built[0][4]


# ------------------------------------------------------------------ settings
def test_set_fusion_lists_changes_and_refuses_other_values():
    out: list[str] = []
    shell = Interpreter(out.append)
    shell.run_source(":set fusion off\n:set\n")
    assert "fusion        off" in "".join(out)
    shell.run_source(":set fusion on\n")
    assert backend.FUSION[0] is True
    with pytest.raises(Diagnostic, match="fusion must be one of on, off, not 'maybe'"):
        Interpreter(out.append).run_source(":set fusion maybe\n")
    assert backend.FUSION[0] is True


# ------------------------------------------------------------ on a real GPU
@needs_cuda
@pytest.mark.parametrize("name", sorted(CASES))
def test_cuda_fused_equals_unfused(name):
    def on_gpu(fuse):
        backend.FUSION[0] = fuse
        try:
            torch.manual_seed(0)
            results = CASES[name](_CudaTorch(), torch.float32)
            return [backend.to_host(r._data).tobytes() if hasattr(r, "_data") else r
                    for r in results]
        finally:
            backend.FUSION[0] = True
    fused, unfused = on_gpu(True), on_gpu(False)
    exact = name in ("affine fwd+bwd", "broadcast rows", "comparison mask", "cast in the chain")
    if exact:
        assert fused == unfused
    else:
        for a, b in zip(fused, unfused):
            if isinstance(a, bytes):
                np.testing.assert_allclose(np.frombuffer(a, np.float32),
                                           np.frombuffer(b, np.float32), rtol=4e-6, atol=1e-6)


class _CudaTorch:
    """``torch`` whose creation functions make CUDA tensors."""

    def __getattr__(self, name):
        attr = getattr(torch, name)
        if name in ("randn", "rand", "ones"):
            return lambda *a, **k: attr(*a, **k).cuda().detach().requires_grad_(
                k.pop("requires_grad", False)) if k.get("requires_grad") else attr(*a, **k).cuda()
        return attr


def test_the_workspace_walk_counts_computed_memory_and_computes_nothing():
    from gradsh.lang import budget

    with simulate_on_cpu():
        x = torch.randn(1000)
        y = x.exp() * 2  # pending
        assert budget._storage(y._data) == (id(y._data), 0)
        assert y._data.pending  # the walk computed nothing
        y._data.materialize()
        assert budget._storage(y._data)[1] == 4000


def test_a_new_process_writes_the_same_kernel_source():
    """CuPy's on-disk cache is keyed by the source: a second session finds the
    first one's kernel only if name and text are the same in every process."""
    import subprocess
    import sys

    code = ("from gradsh.engine.namespace import MODULES\n"
            "from gradsh.engine.fusion import codegen, state\n"
            "from gradsh.engine.fusion.simulate import simulate_on_cpu\n"
            "torch = MODULES['torch']\n"
            "with simulate_on_cpu():\n"
            "    x = torch.randn(16)\n"
            "    p = codegen.plan([(((x.exp() * 0.5 + x.sin()).tanh()) ** 2)._data])\n"
            "    print(p.name, repr(codegen.cuda_source(p)))\n"
            "    state.flush_all()\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, env={**__import__("os").environ, "PYTHONHASHSEED": "123"})
    program = _program()
    assert done.stdout.strip() == f"{program.name} {codegen.cuda_source(program)!r}"


def test_across_statements_saved_intermediates_stay_deferred_until_backward():
    source = ("x = torch.randn(500, requires_grad=True)\n"
              "y = ((x.exp() * 0.5 + x.sin()).tanh()) ** 2\n"
              "s = y.sum()\n"
              "print(s.item() > 0)\n"
              "s.backward()\n"
              "g = x.grad\n")
    counts = []
    for fuse in (True, False):
        runners.STATS["launches"] = 0
        torch.manual_seed(0)
        with simulate_on_cpu(fuse):
            shell = Interpreter(lambda text: None)
            shell.run_source(source)
            counts.append(runners.STATS["launches"])
            grads = np.asarray(shell.workspace["g"]._data).copy()
        if fuse:
            fused_grads = grads
    assert counts[0] == 2 and counts[1] >= 15  # y at its statement's end, x.grad in backward
    assert fused_grads.tobytes() == grads.tobytes()


def test_reflected_operators_of_a_deferred_keep_the_operand_order():
    with simulate_on_cpu() as module:
        raw = np.array([1.5, -2.0, 4.0], np.float32)
        node = module.exp(module.asarray(np.float32(0.5)) * raw)  # pending
        value = np.exp(np.float32(0.5) * raw)
        for got, want in ((raw - node, raw - value), (2.0 - node, 2.0 - value),
                          (3.0 / node, 3.0 / value), (2.0 ** node, 2.0 ** value),
                          (raw + node, raw + value), (raw * node, raw * value)):
            assert isinstance(got, Deferred)
            np.testing.assert_array_equal(np.asarray(got), want.astype(np.float32))


# ---------------------------------------- the GPU code path, as the simulation found it
@pytest.mark.parametrize("fuse", [True, False])
def test_the_gpu_path_of_logcumsumexp_is_stable_for_any_range(fuse):
    values = [[-1000.0, 0.0, -2000.0, 5.0, 5.0], [-3.4e38, -3.4e38, 1.0, -1.0, 0.5]]
    expected = np.logaddexp.accumulate(np.array(values), axis=1)
    with simulate_on_cpu(fuse):
        x = torch.tensor(values, dtype=torch.float64, requires_grad=True)
        result = x.logcumsumexp(1)
        np.testing.assert_allclose(np.asarray(result._data), expected, rtol=1e-15)
        transposed = torch.tensor(values, dtype=torch.float64).t().logcumsumexp(0)
        np.testing.assert_allclose(np.asarray(transposed._data), expected.T, rtol=1e-15)
        result.sum().backward()
        assert np.isfinite(np.asarray(x.grad._data)).all()
