"""The gradsh kernel through jupyter_client: real ZeroMQ sockets, every message checked."""
from __future__ import annotations

import shutil
import time

import pytest

pytest.importorskip("ipykernel")
pytest.importorskip("jupyter_client")

from jupyter_client.kernelspec import KernelSpecManager  # noqa: E402
from jupyter_client.manager import KernelManager  # noqa: E402
import kernelspec_dir  # noqa: E402 - tests/kernel, on the path as pytest runs it

kernel_dirs = kernelspec_dir.kernel_dirs  # the fixture

TIMEOUT = 20


@pytest.fixture(scope="module")
def kernel(kernel_dirs):
    manager = KernelManager(kernel_name="gradsh",
                            kernel_spec_manager=KernelSpecManager(kernel_dirs=[str(kernel_dirs)]))
    manager.start_kernel()
    client = manager.client()
    client.start_channels()
    try:
        client.wait_for_ready(timeout=60)
        yield manager, client
    finally:
        client.stop_channels()
        manager.shutdown_kernel(now=True)


def reply_to(client, msg_id: str) -> dict:
    """The shell reply to ``msg_id`` (wait_for_ready may leave a kernel_info reply queued)."""
    while True:
        reply = client.get_shell_msg(timeout=TIMEOUT)
        if reply["parent_header"].get("msg_id") == msg_id:
            return reply


def execute(client, code: str):
    """(the execute_reply's content, the iopub messages of the request but status)."""
    msg_id = client.execute(code)
    reply = reply_to(client, msg_id)
    messages = []
    while True:
        message = client.get_iopub_msg(timeout=TIMEOUT)
        if message["parent_header"].get("msg_id") != msg_id:
            continue
        kind = message["msg_type"]
        if kind == "status":
            if message["content"]["execution_state"] == "idle":
                break
            continue
        messages.append((kind, message["content"]))
    return reply["content"], messages


def test_kernel_info(kernel):
    _, client = kernel
    reply = reply_to(client, client.kernel_info())
    content = reply["content"]
    assert content["status"] == "ok"
    assert content["implementation"] == "gradsh"
    assert content["language_info"]["name"] == "gradsh"
    assert content["language_info"]["file_extension"] == ".gsh"


def test_statements_results_streams_and_counts(kernel):
    _, client = kernel
    reply, messages = execute(client, "x = torch.tensor([1., 2., 3.], requires_grad=True)")
    assert reply["status"] == "ok"
    count = reply["execution_count"]
    assert messages == [("execute_input", {"code": "x = torch.tensor([1., 2., 3.], "
                                           "requires_grad=True)", "execution_count": count})]
    reply, messages = execute(client, "print('hi')\ny = (x * x).sum()\ny")
    assert reply == {"status": "ok", "execution_count": count + 1, "payload": [],
                     "user_expressions": {}}
    assert [kind for kind, _ in messages] == ["execute_input", "stream", "execute_result"]
    assert messages[1][1] == {"name": "stdout", "text": "hi\n"}
    assert messages[2][1] == {"execution_count": count + 1, "metadata": {},
                              "data": {"text/plain": "tensor(14., grad_fn=<SumBackward0>)"}}
    reply, messages = execute(client, "y.backward()\nx.grad")
    assert messages[-1][1]["data"] == {"text/plain": "tensor([2., 4., 6.])"}
    _, messages = execute(client, "_ * 2")  # _: the last result, as in IPython
    assert messages[-1][1]["data"] == {"text/plain": "tensor([ 4.,  8., 12.])"}


def test_blocks_and_commands(kernel):
    _, client = kernel
    _, messages = execute(client, "for i in range(3):\n    print(i, end=' ')\nprint()")
    text = "".join(c["text"] for kind, c in messages if kind == "stream")
    assert text == "0 1 2 \n"
    _, messages = execute(client, ":seed 0\ntorch.randn(3)")
    assert messages[-1][1]["data"]["text/plain"] == "tensor([ 1.5410, -0.2934, -2.1788])"
    _, messages = execute(client, ":time torch.ones(3)")
    streams = [c for kind, c in messages if kind == "stream"]
    assert streams and streams[0]["name"] == "stdout" and "per loop" in streams[0]["text"]
    _, messages = execute(client, "a = 1\na\nb = 2")  # a value before more statements: a stream
    assert messages[1:] == [("stream", {"name": "stdout", "text": "1\n"})]


def test_errors_are_ename_and_evalue_without_traceback(kernel):
    _, client = kernel
    reply, messages = execute(client, "t = torch.ones(2)\nt.gard")
    assert reply["status"] == "error"
    assert reply["ename"] == "AttributeError"
    assert reply["evalue"] == "'Tensor' object has no attribute 'gard'"
    error = messages[-1]
    assert error[0] == "error"
    assert error[1]["traceback"] == ["AttributeError: 'Tensor' object has no attribute 'gard'",
                                     "  did you mean 'grad'?"]
    reply, _ = execute(client, "torch.ones(2) @ torch.ones(3)")
    assert (reply["ename"], reply["evalue"]) == (
        "RuntimeError", "inner() the dimension of the first tensor (2) and "
        "the second tensor (3) must match") or reply["ename"] == "RuntimeError"
    reply, messages = execute(client, "1 +* 2")
    assert reply["ename"] == "SyntaxError"
    assert not any("Traceback" in line for line in messages[-1][1]["traceback"])
    reply, _ = execute(client, "t")  # the workspace survives errors
    assert reply["status"] == "ok"


def test_warnings_go_to_stderr_in_order(kernel):
    _, client = kernel
    _, messages = execute(client, "w = torch.ones(2, requires_grad=True) * 2\n"
                                  "w.grad\nprint('after')")
    streams = [(c["name"], c["text"]) for kind, c in messages if kind == "stream"]
    assert streams[0][0] == "stderr" and streams[0][1].startswith("UserWarning: ")
    assert streams[-1] == ("stdout", "after\n")


def test_complete_from_the_shell_tables(kernel):
    _, client = kernel
    execute(client, "weights = torch.ones(2)")
    reply = reply_to(client, client.complete("wei", 3))["content"]
    assert reply["status"] == "ok" and "weights" in reply["matches"]
    assert (reply["cursor_start"], reply["cursor_end"]) == (0, 3)
    reply = reply_to(client, client.complete("weights.gr", 10))["content"]
    assert "grad" in reply["matches"] and "grad_fn" in reply["matches"]
    assert reply["cursor_start"] == 8
    reply = reply_to(client, client.complete(":se", 3))["content"]
    assert ":seed" in reply["matches"] and ":set" in reply["matches"]


def test_inspect_from_help(kernel):
    _, client = kernel
    reply = reply_to(client, client.inspect("torch.zeros(", 12))["content"]
    assert reply["status"] == "ok" and reply["found"] is True
    assert reply["data"]["text/plain"].startswith("zeros(*size")
    reply = reply_to(client, client.inspect("no_such_name", 5))["content"]
    assert reply["found"] is False


def test_is_complete(kernel):
    _, client = kernel
    answers = {}
    for code in ("x = 1", "for i in range(3):", "x = (1,", "1 +* ("):
        answers[code] = reply_to(client, client.is_complete(code))["content"]
    assert answers["x = 1"] == {"status": "complete"}
    assert answers["for i in range(3):"] == {"status": "incomplete", "indent": "    "}
    assert answers["x = (1,"]["status"] == "incomplete"
    assert answers["1 +* ("] == {"status": "invalid"}


def test_interrupt_stops_a_cell_and_keeps_the_workspace(kernel):
    manager, client = kernel
    execute(client, "kept = torch.arange(3)")
    msg_id = client.execute("n = 0\nwhile True:\n    n += 1")
    while True:  # wait until it runs
        message = client.get_iopub_msg(timeout=TIMEOUT)
        if message["parent_header"].get("msg_id") == msg_id and \
                message["msg_type"] == "execute_input":
            break
    time.sleep(0.3)
    manager.interrupt_kernel()
    reply = reply_to(client, msg_id)["content"]
    assert reply["status"] == "error" and reply["ename"] == "KeyboardInterrupt"
    reply, messages = execute(client, "kept")
    assert reply["status"] == "ok", (reply, messages)
    assert messages[-1][1]["data"]["text/plain"] == "tensor([0, 1, 2])"


def test_graph_cell_shows_text_then_an_svg(kernel):
    pytest.importorskip("graphviz")
    if shutil.which("dot") is None:
        pytest.skip("needs Graphviz's dot program")
    _, client = kernel
    execute(client, "g = torch.ones(2, requires_grad=True)\nh = (g * 2).sum()")
    reply, messages = execute(client, ":graph h")
    assert reply["status"] == "ok"
    assert [kind for kind, _ in messages] == ["execute_input", "stream", "display_data"]
    assert messages[1][1] == {"name": "stdout", "text": "h = SumBackward0  ()\n"
                              "└── MulBackward0  (2,)\n    └── g  leaf (2,)  requires_grad\n"}
    data = messages[2][1]["data"]
    assert list(data) == ["image/svg+xml"] and "<svg" in data["image/svg+xml"]


def test_plot_cell_shows_a_png_with_its_text(kernel):
    pytest.importorskip("matplotlib")
    pytest.importorskip("uniplot")
    import base64

    _, client = kernel
    execute(client, "xs = torch.linspace(0, 3, 30)")
    reply, messages = execute(client, ":plot xs, xs.sin()")
    assert reply["status"] == "ok"
    assert [kind for kind, _ in messages] == ["execute_input", "display_data"]
    data = messages[1][1]["data"]
    assert set(data) == {"image/png", "text/plain"}
    assert base64.b64decode(data["image/png"]).startswith(b"\x89PNG\r\n\x1a\n")
    assert "xs.sin()" in data["text/plain"]
