"""gradsh as a Jupyter kernel: ipykernel's wrapper kernel around a Session.

ipykernel speaks the messaging protocol (ZeroMQ, signatures, heartbeat,
interrupts); this class only answers the requests from the session:
``execute`` (streams, ``execute_result`` with ``text/plain``, ``error`` with
``ename``/``evalue`` and the shell's error lines as the traceback, never a
Python one), ``complete``, ``inspect`` and ``is_complete``.  An interrupt is
SIGINT: the statement running raises KeyboardInterrupt and is undone, and
the workspace stays.
"""
from __future__ import annotations

from typing import Any

from ipykernel.kernelbase import Kernel

from gradsh import __version__
from gradsh.kernel.session import Session

LANGUAGE_INFO = {
    "name": "gradsh",
    "version": __version__,
    "mimetype": "text/x-gradsh",
    "file_extension": ".gsh",
    "pygments_lexer": "python3",  # close enough to colour gradsh's Python-like syntax
    "codemirror_mode": {"name": "ipython", "version": 3},
}


class GradshKernel(Kernel):
    implementation = "gradsh"
    implementation_version = __version__
    language = "gradsh"
    language_version = __version__
    language_info = LANGUAGE_INFO
    banner = f"gradsh {__version__} - :help for help"
    help_links: list = []  # :help in a cell is the help

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.gradsh = Session(self._emit, rich=True, display=self._display)
        self._silent = False

    def _emit(self, kind: str, text: str) -> None:
        if self._silent:
            return
        if kind in ("stdout", "stderr"):
            self.send_response(self.iopub_socket, "stream", {"name": kind, "text": text})
        elif kind == "result":
            self.send_response(self.iopub_socket, "execute_result", {
                "execution_count": self.execution_count,
                "data": {"text/plain": text}, "metadata": {}})
        else:  # a picture (rich.py): the text it goes with was sent as a stream
            self.send_response(self.iopub_socket, "display_data", {
                "data": {kind: text}, "metadata": {}})

    def _display(self, data: dict) -> None:
        """A picture with its text (a :plot cell: the PNG, and the terminal text)."""
        if not self._silent:
            self.send_response(self.iopub_socket, "display_data", {"data": data,
                                                                   "metadata": {}})

    async def do_execute(self, code: str, silent: bool, store_history: bool = True,
                         user_expressions: Any = None, allow_stdin: bool = False,
                         **kwargs: Any) -> dict:
        self._silent = silent
        try:
            error = self.gradsh.run_cell(code)
        finally:
            self._silent = False
        if error is None:
            return {"status": "ok", "execution_count": self.execution_count,
                    "payload": [], "user_expressions": {}}
        content = {"ename": error.ename, "evalue": error.evalue, "traceback": error.lines}
        if not silent:
            self.send_response(self.iopub_socket, "error", content)
        return {"status": "error", "execution_count": self.execution_count, **content}

    async def do_complete(self, code: str, cursor_pos: int) -> dict:
        start, end, matches = self.gradsh.complete(code, cursor_pos)
        return {"status": "ok", "matches": [text for text, _ in matches],
                "cursor_start": start, "cursor_end": end,
                "metadata": {"_jupyter_types_experimental": [
                    {"start": start, "end": end, "text": text, "type": meta or ""}
                    for text, meta in matches]}}

    async def do_inspect(self, code: str, cursor_pos: int, detail_level: int = 0,
                         omit_sections: Any = ()) -> dict:
        text = self.gradsh.inspect(code, cursor_pos, detail_level)
        if text is None:
            return {"status": "ok", "found": False, "data": {}, "metadata": {}}
        return {"status": "ok", "found": True, "data": {"text/plain": text}, "metadata": {}}

    async def do_is_complete(self, code: str) -> dict:
        status, indent = self.gradsh.is_complete(code)
        reply = {"status": status}
        if status == "incomplete":
            reply["indent"] = indent
        return reply
