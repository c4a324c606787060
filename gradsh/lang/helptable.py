"""The words of help that no declaration carries (issue 20, point 3).

The registry (engine/registry.py) declares each op's signature, summary and
example; classes (nn modules, optimizers, schedulers) carry docstrings. What
is left is written here, once: the Tensor members that are not ops, gradsh's
own versions of Python built-ins, the IPython habits and the shell's keys.
:mod:`gradsh.lang.helptext` reads these tables for ``:help``, ``NAME?``,
``help()``, ``dir()``'s neighbours and the shell's completion descriptions.
"""
from __future__ import annotations

# Tensor members that are not registry ops: name -> (signature, summary, example).
# A signature without "(" is an attribute (a property or a field).
TENSOR_MEMBERS: dict[str, tuple[str, str, str]] = {
    "H": ("H", "the conjugate transpose of a matrix (2-D tensors)", "x.H"),
    "T": ("T", "the transpose (dimensions reversed)", "tensor([[1., 2.]]).T"),
    "mT": ("mT", "the transpose of the last two dims", "ones(2, 2, 3).mT.shape"),
    "mH": ("mH", "the conjugate transpose of the last two dims", "ones(2, 2, 3).mH.shape"),
    "backward": ("backward(gradient=None, retain_graph=None, create_graph=False, inputs=None)",
                 "compute gradients of this tensor with respect to the leaves (into .grad)",
                 "y = (x * x).sum(); y.backward(); x.grad"),
    "data": ("data", "the same data, without history", "x.data"),
    "detach": ("detach()", "the same data, cut from the graph (shares storage and version)",
               "x.detach().requires_grad"),
    "detach_": ("detach_()", "cut this tensor from the graph, in place", "y.detach_()"),
    "device": ("device", "where the data lives (cpu or cuda:N)", "x.device"),
    "dtype": ("dtype", "the element type", "x.dtype"),
    "grad": ("grad", "the accumulated gradient (None until backward)", "x.grad"),
    "grad_dtype": ("grad_dtype", "the dtype .grad may have (None: any); leaves only",
                   "x.grad_dtype"),
    "grad_fn": ("grad_fn", "the autograd node that made it (None for a leaf)", "y.grad_fn"),
    "imag": ("imag", "the imaginary part of a complex tensor (a view)", "tensor([1+2j]).imag"),
    "real": ("real", "the real part (a view for a complex tensor)", "tensor([1+2j]).real"),
    "is_cuda": ("is_cuda", "True on a GPU", "x.is_cuda"),
    "is_leaf": ("is_leaf", "True unless it was computed from tensors that require grad",
                "x.is_leaf"),
    "is_quantized": ("is_quantized", "True for a quantized tensor", "x.is_quantized"),
    "is_sparse": ("is_sparse", "True for a sparse COO tensor", "x.is_sparse"),
    "itemsize": ("itemsize", "bytes per element", "x.itemsize"),
    "layout": ("layout", "the memory layout (torch.strided, torch.sparse_coo, ...)",
               "x.layout"),
    "names": ("names", "dimension names (all None)", "x.names"),
    "nbytes": ("nbytes", "bytes in all", "x.nbytes"),
    "ndim": ("ndim", "the number of dimensions", "x.ndim"),
    "shape": ("shape", "the size of each dimension (torch.Size)", "x.shape"),
    "register_hook": ("register_hook(hook)",
                      "hook(grad) runs when this tensor's gradient is computed; it may "
                      "return a replacement", "h = x.register_hook(lambda g: g * 2)"),
    "register_post_accumulate_grad_hook": (
        "register_post_accumulate_grad_hook(hook)",
        "hook(tensor) runs after a leaf's .grad was updated",
        "x.register_post_accumulate_grad_hook(lambda t: print(t.grad))"),
    "requires_grad": ("requires_grad", "whether autograd records its uses",
                      "x.requires_grad"),
    "requires_grad_": ("requires_grad_(requires_grad=True)", "set requires_grad in place",
                       "x = ones(2).requires_grad_()"),
    "retain_grad": ("retain_grad()", "keep .grad on this non-leaf tensor",
                    "y = x * 2; y.retain_grad()"),
    "retains_grad": ("retains_grad", "True when retain_grad() was called on this non-leaf",
                     "y.retains_grad"),
}

# gradsh's own versions of Python built-ins: name -> (signature, summary).
# The others are described by Python's own documentation of the built-in.
PYTHON_OWN: dict[str, tuple[str, str]] = {
    "help": ("help(object)", "signature, summary and example of a function, method, "
             "class, command or value (what :help NAME prints; NAME? too)"),
    "dir": ("dir(object)", "the public names reachable on an object (attributes and "
            "methods); dir() lists the workspace"),
    "exit": ("exit(code=None)", "leave gradsh (in a script: stop it, with exit status "
             "code); a bare exit also leaves, as in IPython"),
    "quit": ("quit(code=None)", "leave gradsh (in a script: stop it, with exit status "
             "code); a bare quit also leaves, as in IPython"),
    "repr": ("repr(obj, /)", "the text an echo shows for obj (never a host address)"),
    "str": ("str(object='')", "the text print(object) shows (never a host address)"),
    "type": ("type(object)", "the object's type (one argument; class statements make "
             "classes)"),
    "super": ("super()", "the next class in the method resolution order, bound to self"),
    "print": ("print(*args, sep=' ', end='\\n')", "print the values, separated by sep "
              "and followed by end"),
}

# The IPython habits, for ``:help`` and docs/shell.md.
HABITS = """\
_  __  ___   the last three results (a statement whose value is None sets none)
NAME?        signature, summary and example (also :help NAME, help(NAME))
NAME??       the same and more: the full description, aliases, where it appears
dir(x)       the public names reachable on x; dir() lists the workspace
%timeit STMT :time STMT, mean ± std. dev. per loop, as IPython's %timeit
exit, quit   leave (also exit(), quit(), :quit and Ctrl-D)
"""

KEYS = """\
Enter        run the input when it is complete; otherwise a new line
             (open brackets continue; a block ends with an empty line)
Tab          complete names, methods after '.', keyword arguments, commands,
             dtypes, devices and file names; Tab again for the next one
Up / Down    previous / next input from the history (kept across sessions)
Ctrl-R       search the history
Ctrl-C       abandon the line, or stop a running statement (the workspace is kept)
Ctrl-D       leave (also :quit, exit)
"""

# IPython's line magics that gradsh has, by the command they stand for.
MAGICS: dict[str, str] = {"timeit": "time"}
