"""The device commands: ``:to DEV [x ...]`` and ``:devices`` (SPEC §5).

``:set device DEV`` (commands.py) and ``--device DEV`` (the CLI, through
``:set device``) share :func:`set_default_device` with ``:to``: the device
becomes the default of every creation function and the ``device`` setting.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .commands import CommandError, _is_tensor, command

if TYPE_CHECKING:  # pragma: no cover
    from .evaluator import Interpreter


def set_default_device(interpreter: "Interpreter", text: str) -> Any:
    """Parse DEV, check it can be used (one clear line when CUDA cannot start),
    and make it the default for new tensors. Returns the Device."""
    from gradsh.engine import backend
    from gradsh.engine.ops import creation

    if not text:
        raise CommandError("expected a device (cpu, cuda, cuda:N)")
    device = backend.resolve_device(backend.parse_device(text))
    creation.set_default_device(device)  # raises when CUDA is unavailable
    interpreter.settings["device"] = str(device)
    return device


def move_tensor(tensor: Any, device: Any) -> Any:
    """``tensor`` on ``device``. A leaf stays a leaf with its requires_grad and
    its grad (moved too); a non-leaf is moved through ``.to`` (ToCopyBackward0),
    keeping its history."""
    from gradsh.engine import autograd

    if tensor.device == device:
        return tensor
    if not tensor.is_leaf:
        return tensor.to(device)
    with autograd.no_grad():
        moved = tensor.detach().to(device)
    if tensor.requires_grad:
        moved.requires_grad_(True)
    if tensor.grad is not None:
        with autograd.no_grad():
            moved.grad = tensor.grad.detach().to(device)
    return moved


@command("to", usage=":to DEV [x ...]",
         summary="move the named tensors (all, when none is named) to DEV; DEV becomes the "
                 "default device")
def _to(interpreter: "Interpreter", text: str) -> None:
    parts = text.split()
    if not parts:
        raise CommandError("usage: :to DEV [x ...]  (DEV is cpu, cuda or cuda:N)")
    from gradsh.engine import backend

    device = backend.resolve_device(backend.parse_device(parts[0]))
    names = parts[1:]
    workspace = interpreter.workspace
    for name in names:
        if not name.isidentifier():
            raise CommandError(f"expected a variable name, got '{name}'")
        if name not in workspace:
            raise CommandError(f"name '{name}' is not defined")
        if not _is_tensor(workspace[name]):
            raise CommandError(f"'{name}' is a {type(workspace[name]).__name__}, not a tensor")
    set_default_device(interpreter, parts[0])
    targets = names or [name for name, value in workspace.items() if _is_tensor(value)]
    moved = {name: move_tensor(workspace[name], device) for name in targets}
    workspace.update(moved)


def _memory_text(free: int, total: int) -> str:
    gib = 1024 ** 3
    return f"{(total - free) / gib:.1f} GiB used of {total / gib:.1f} GiB"


def device_lines() -> list[str]:
    """One line per device: its name, its memory and whether it is the default."""
    import os

    from gradsh.engine import backend
    from gradsh.engine.ops import creation

    default = creation.current_default_device()
    mark = {True: "  (default)", False: ""}
    lines = [f"cpu     {_cpu_name()}, {os.cpu_count() or 1} cores{_host_memory()}"
             f"{mark[default.type == 'cpu']}"]
    try:
        cupy = backend.cupy_module()
    except RuntimeError as error:
        return lines + [f"cuda    none: {error}"]
    for index in range(backend.cuda_device_count()):
        properties = cupy.cuda.runtime.getDeviceProperties(index)
        name = properties["name"]
        name = name.decode() if isinstance(name, bytes) else str(name)
        with cupy.cuda.Device(index):
            free, total = cupy.cuda.runtime.memGetInfo()
        capability = f"{properties.get('major', '?')}.{properties.get('minor', '?')}"
        lines.append(f"cuda:{index}  {name}, compute capability {capability}, "
                     f"{_memory_text(free, total)}{mark[default == backend.Device('cuda', index)]}")
    return lines


def _cpu_name() -> str:
    import platform

    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            for line in handle:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "CPU"


def _host_memory() -> str:
    try:
        with open("/proc/meminfo", encoding="utf-8") as handle:
            info = dict(line.split(":", 1) for line in handle if ":" in line)
        total = int(info["MemTotal"].split()[0]) * 1024
        free = int(info["MemAvailable"].split()[0]) * 1024
    except (OSError, KeyError, ValueError):
        return ""
    return ", " + _memory_text(free, total)


@command("devices", usage=":devices", summary="list the devices with their names and memory")
def _devices(interpreter: "Interpreter", text: str) -> None:
    if text:
        raise CommandError("usage: :devices")
    for line in device_lines():
        interpreter.output(line + "\n")
