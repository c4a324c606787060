"""The completer on its own: what Tab offers, with its descriptions."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from prompt_toolkit.completion import CompleteEvent
from prompt_toolkit.document import Document

from gradsh.lang.evaluator import Interpreter
from gradsh.shell.app import sources_for
from gradsh.shell.completer import GradshCompleter, parameters


@pytest.fixture
def complete():
    interpreter = Interpreter(output=lambda text: None)
    completer = GradshCompleter(sources_for(interpreter))

    def run(text: str, source: str = "") -> dict:
        if source:
            interpreter.run_source(source)
        document = Document(text, len(text))
        return {c.text: c.display_meta_text
                for c in completer.get_completions(document, CompleteEvent(True))}

    return run


def test_workspace_names_come_first_with_a_description(complete):
    found = complete("we", "weights = ones(2, 3, requires_grad=True)")
    assert next(iter(found)) == "weights"
    assert found["weights"] == "tensor float32 [2, 3] cpu, requires_grad"


def test_torch_functions_and_builtins_are_described(complete):
    found = complete("zer")
    assert found["zeros"] == "A tensor of zeros of the given size."
    assert "zeros_like" in found
    assert "built-in" in complete("pri")["print"] or complete("pri")["print"]


def test_methods_after_a_dot_from_the_tensor_type(complete):
    found = complete("x.su", "x = ones(2)")
    assert found["sum"].startswith("Sum of the elements")
    assert "sub_" in found and found["sub_"].startswith("in place: ")
    assert complete("x.requires")["requires_grad"] == "whether autograd records its uses"


def test_namespace_members_after_a_dot(complete):
    found = complete("torch.nn.functional.rel")
    assert "relu" in found
    assert "float64" in complete("torch.float")


def test_calls_are_never_evaluated_for_completion(complete):
    found = complete("f(x).su", "x = ones(2)\ndef f(v):\n    return v\n\n")
    assert found == {}
    assert complete("(x + 1).") == {}
    assert complete("1.") == {}


def test_keyword_arguments_inside_a_call(complete):
    found = complete("ones(2, requires")
    assert "requires_grad=" in found
    found = complete("x.sum(k", "x = ones(2)")
    assert "keepdim=" in found and "input=" not in complete("x.sum(")
    assert "alpha=" not in complete("torch.add(x, 1, alpha=2, alp")


def test_dtype_and_device_values(complete):
    assert "torch.float64" in complete("zeros(2, dtype=")
    assert "float64" in complete("zeros(2, dtype=torch.float6")
    assert "'cuda'" in complete("zeros(2, device=")
    assert "'cpu'" in complete("x.to('c", "x = ones(1)")


def test_commands_and_their_arguments(complete):
    assert complete(":va") == {":vars": complete(":va")[":vars"]}
    assert "float64" in complete(":set dtype float")
    assert "precision" in complete(":set pre")
    assert list(complete(":grad w", "w = ones(1)\nwho = 3")) == ["w"]
    assert "keys" in complete(":help ke")


def test_paths_after_load_save_run(complete, tmp_path, monkeypatch):
    (tmp_path / "weights.npz").write_bytes(b"")
    (tmp_path / "script.gsh").write_text("1\n")
    (tmp_path / "folder").mkdir()
    monkeypatch.chdir(tmp_path)
    assert complete(":load ") == {"folder/": "folder", "weights.npz": "file, 0 B"}
    assert "script.gsh" in complete(":run s")
    assert "folder/" in complete(":save f")
    assert "weights.npz" in complete(f":load {tmp_path}/w")


def test_parameters_from_a_signature():
    from gradsh.engine.registry import OPS

    assert parameters(OPS["add"].impl) == [("input", ""), ("other", ""), ("alpha", "1")]
    assert parameters(OPS["add"].impl, is_method=True) == [("other", ""), ("alpha", "1")]


def test_only_the_shell_imports_prompt_toolkit():
    package = Path(__file__).resolve().parents[2] / "gradsh"
    importing = re.compile(r"^\s*(import|from)\s+prompt_toolkit", re.MULTILINE)
    offenders = [str(path.relative_to(package)) for path in package.rglob("*.py")
                 if importing.search(path.read_text(encoding="utf-8"))
                 and path.parent.name != "shell"]
    assert offenders == []
