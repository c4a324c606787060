"""The interactive shell (prompt_toolkit): the only package that imports it.

``gradsh.cli`` imports this package only when stdin and stdout are terminals,
so batch runs and ``--version`` never load prompt_toolkit.
"""
from .app import Shell, history_path, run_shell

__all__ = ["Shell", "history_path", "run_shell"]
