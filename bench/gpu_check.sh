#!/usr/bin/env bash
# What runs on the GPU machine (the `device` tool): install what is missing from
# carried wheels, run the CUDA tests, the rest of the suite, and bench/gpu.py.
#
# Here, once:  echo /.whl/ >> .git/info/exclude
#   python3 -m pip download --no-deps --only-binary=:all: --python-version 3.12 \
#     --implementation cp --platform manylinux2014_x86_64 -d .whl lark prompt_toolkit wcwidth
# Then:  run(command="bash bench/gpu_check.sh", carry=[".whl"], timeout_s=420)
# Logs land in $OUT (or /tmp/gpu_check when OUT is unset).
set -u
OUT=${OUT:-/tmp/gpu_check}
mkdir -p "$OUT"
PY=${PYTHON:-python3}
export PYTHONUNBUFFERED=1
# Into the interpreter's own environment (the machine is disposable), so that the
# tests' subprocesses, which set their own PYTHONPATH, find lark too.
if [ -d .whl ] && ! $PY -c 'import lark, prompt_toolkit' 2>/dev/null; then
    $PY -m pip install -q --no-index --no-deps --no-cache-dir .whl/*.whl || exit 1
fi
export PYTHONPATH="$PWD"
XDIST=""
$PY -c 'import xdist' 2>/dev/null && XDIST="-n 12"

{
    nvidia-smi -L
    $PY -c 'import sys, numpy, cupy; print(sys.version.split()[0], "numpy", numpy.__version__, "cupy", cupy.__version__)'
    $PY -c 'import time; t = time.perf_counter(); from gradsh.engine import backend; print("cuda available:", backend.cuda_available(), "count", backend.cuda_device_count(), "cache", backend.kernel_cache_dir(), f"{time.perf_counter() - t:.2f} s")'
    printf 'x = tensor([1., 2.], requires_grad=True)\n:to cuda\nx\ny = (x * x).sum()\ny.backward()\nx.grad\n:devices\nprint(torch.device("cuda", 0))\nx.cpu()\n' > /tmp/session.gsh
    $PY -m gradsh /tmp/session.gsh
    $PY -m gradsh --device cuda -c 'print(ones(2).device)'
} > "$OUT/env.log" 2>&1
cat "$OUT/env.log"

summary() {  # the failures and the counts of a verbose pytest log
    grep -E '(FAILED|ERROR) ' "$1" | sed 's/^\[gw[0-9]*\] *\[ *[0-9]*%\] *//' | sort -u | head -40
    grep -E '^=+ .*(passed|failed|error|skipped).* =+$' "$1" | tail -1
}
PYTEST="$PY -m pytest tests -v -p no:cacheprovider --timeout 60 $XDIST"

echo "== CUDA tests (-k cuda)"
timeout 180 $PYTEST -k cuda > "$OUT/cuda_tests.log" 2>&1
echo "rc=$?"; summary "$OUT/cuda_tests.log"

echo "== bench"
timeout 90 $PY bench/gpu.py --sizes 1e6,1e7,1e8 --reps 10 --json "$OUT/bench.json" > "$OUT/bench.log" 2>&1
echo "rc=$?"; tail -30 "$OUT/bench.log"

echo "== the rest of the suite (-k 'not cuda')"
timeout 150 $PYTEST -k 'not cuda' > "$OUT/other_tests.log" 2>&1
echo "rc=$?"; summary "$OUT/other_tests.log"
