"""``gradsh --install-kernel [--user|--sys-prefix]``: write the kernel spec."""
from __future__ import annotations

import json
import os
import sys
import tempfile
from typing import Optional

KERNEL_NAME = "gradsh"


def spec() -> dict:
    return {
        "argv": [sys.executable, "-m", "gradsh.kernel", "-f", "{connection_file}"],
        "display_name": "gradsh",
        "language": "gradsh",
        "interrupt_mode": "signal",
        "metadata": {"debugger": False},
    }


def install(user: bool = False, prefix: Optional[str] = None) -> str:
    """Install the spec (system-wide, for the user, or under ``prefix``); its folder."""
    from jupyter_client.kernelspec import KernelSpecManager

    with tempfile.TemporaryDirectory() as folder:
        with open(os.path.join(folder, "kernel.json"), "w", encoding="utf-8") as handle:
            json.dump(spec(), handle, indent=1)
        return KernelSpecManager().install_kernel_spec(
            folder, KERNEL_NAME, user=user, prefix=prefix)


def main(where: str) -> int:
    """The CLI's entry: ``where`` is "user", "sys-prefix" or "system"."""
    try:
        import ipykernel  # noqa: F401 - the kernel needs it, so say so now
        from jupyter_client import kernelspec  # noqa: F401
    except ImportError:
        sys.stderr.write("gradsh: --install-kernel needs the jupyter extra: "
                         "pip install 'gradsh[jupyter]'\n")
        return 2
    try:
        folder = install(user=where == "user",
                         prefix=sys.prefix if where == "sys-prefix" else None)
    except OSError as exc:
        sys.stderr.write(f"gradsh: cannot install the kernel spec: {exc.strerror or exc}"
                         " (try --user)\n")
        return 1
    sys.stdout.write(f"installed kernel spec gradsh in {folder}\n")
    return 0
