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
Enter        run the input when it is complete, or answer its syntax error;
             unfinished input continues (an open bracket, a block header;
             a block ends with an empty line)
Tab          complete names, methods after '.', keyword arguments, commands,
             dtypes, devices and file names; Tab again for the next one;
             at an indentation, one level more
Backspace    at an indentation, one level (4 spaces) less
Up / Down    previous / next input from the history (kept across sessions)
Ctrl-R       search the history; Enter runs the entry found, whole
:set editing_mode vi|emacs    Vi or Emacs keys
Ctrl-C       abandon the line, or stop a running statement (the workspace is kept)
Ctrl-D       leave (also :quit, exit)
"""

# IPython's line magics that gradsh has, by the command they stand for.
MAGICS: dict[str, str] = {"timeit": "time"}

# PyTorch's one-line descriptions of the classes and functions whose gradsh
# definition has no docstring, by the name a program reaches them with.
SUMMARIES: dict[str, str] = {
    "nn.AlphaDropout": "Applies Alpha Dropout over the input (keeps self-normalizing "
                       "mean and variance)",
    "nn.BCELoss": "The Binary Cross Entropy between the target and the input probabilities",
    "nn.BCEWithLogitsLoss": "A Sigmoid layer and the BCELoss in one single class (more "
                            "stable numerically)",
    "nn.BatchNorm1d": "Batch Normalization over a 2D or 3D input",
    "nn.BatchNorm2d": "Batch Normalization over a 4D input",
    "nn.CircularPad2d": "Pads the input tensor using circular padding of the input boundary",
    "nn.CircularPad3d": "Pads the input tensor using circular padding of the input boundary",
    "nn.CrossEntropyLoss": "The cross entropy loss between input logits and target",
    "nn.Dropout": "During training, randomly zeroes some elements of the input with "
                  "probability p",
    "nn.Dropout1d": "Randomly zero out entire channels (1D feature maps)",
    "nn.Dropout2d": "Randomly zero out entire channels (2D feature maps)",
    "nn.Dropout3d": "Randomly zero out entire channels (3D feature maps)",
    "nn.ELU": "Applies the Exponential Linear Unit (ELU) function, element-wise",
    "nn.FeatureAlphaDropout": "Randomly masks out entire channels (Alpha Dropout)",
    "nn.Flatten": "Flattens a contiguous range of dims into a tensor",
    "nn.GELU": "Applies the Gaussian Error Linear Units function",
    "nn.GLU": "Applies the gated linear unit function",
    "nn.GRU": "Applies a multi-layer gated recurrent unit (GRU) RNN to an input sequence",
    "nn.Hardtanh": "Applies the HardTanh function element-wise",
    "nn.HuberLoss": "A criterion that uses a squared term if the absolute element-wise "
                    "error falls below delta and a delta-scaled L1 term otherwise",
    "nn.KLDivLoss": "The Kullback-Leibler divergence loss",
    "nn.L1Loss": "A criterion that measures the mean absolute error (MAE) between each "
                 "element in the input and target",
    "nn.LSTM": "Applies a multi-layer long short-term memory (LSTM) RNN to an input sequence",
    "nn.LayerNorm": "Applies Layer Normalization over a mini-batch of inputs",
    "nn.LeakyReLU": "Applies the LeakyReLU function element-wise",
    "nn.LogSigmoid": "Applies the Logsigmoid function element-wise",
    "nn.LogSoftmax": "Applies the log(Softmax(x)) function to an n-dimensional input tensor",
    "nn.MSELoss": "A criterion that measures the mean squared error (squared L2 norm) "
                  "between each element in the input and target",
    "nn.Mish": "Applies the Mish function, element-wise",
    "nn.NLLLoss": "The negative log likelihood loss",
    "nn.RNN": "Apply a multi-layer Elman RNN with tanh or ReLU non-linearity to an input "
              "sequence",
    "nn.RNNBase": "Base class for RNN modules (RNN, LSTM, GRU)",
    "nn.ReLU": "Applies the rectified linear unit function element-wise",
    "nn.ReLU6": "Applies the ReLU6 function element-wise",
    "nn.ReflectionPad2d": "Pads the input tensor using the reflection of the input boundary",
    "nn.ReflectionPad3d": "Pads the input tensor using the reflection of the input boundary",
    "nn.ReplicationPad2d": "Pads the input tensor using replication of the input boundary",
    "nn.ReplicationPad3d": "Pads the input tensor using replication of the input boundary",
    "nn.SiLU": "Applies the Sigmoid Linear Unit (SiLU) function, element-wise",
    "nn.Sigmoid": "Applies the Sigmoid function element-wise",
    "nn.SmoothL1Loss": "A criterion that uses a squared term if the absolute element-wise "
                       "error falls below beta and an L1 term otherwise",
    "nn.Softmax": "Applies the Softmax function to an n-dimensional input Tensor",
    "nn.Softmin": "Applies the Softmin function to an n-dimensional input Tensor",
    "nn.Softplus": "Applies the Softplus function element-wise",
    "nn.Tanh": "Applies the Hyperbolic Tangent (Tanh) function element-wise",
    "nn.Threshold": "Thresholds each element of the input Tensor",
    "nn.Unflatten": "Unflattens a tensor dim expanding it to a desired shape",
    "nn.UpsamplingBilinear2d": "Applies a 2D bilinear upsampling to an input signal",
    "nn.UpsamplingNearest2d": "Applies a 2D nearest neighbor upsampling to an input signal",
    "init.calculate_gain": "Return the recommended gain value for the given nonlinearity "
                           "function",
    "init.constant_": "Fill the input Tensor with the value val",
    "init.eye_": "Fill the 2-dimensional input Tensor with the identity matrix",
    "init.kaiming_normal_": "Fill the input Tensor with values using a Kaiming normal "
                            "distribution",
    "init.kaiming_uniform_": "Fill the input Tensor with values using a Kaiming uniform "
                             "distribution",
    "init.normal_": "Fill the input Tensor with values drawn from the normal distribution",
    "init.ones_": "Fill the input Tensor with the scalar value 1",
    "init.uniform_": "Fill the input Tensor with values drawn from the uniform distribution",
    "init.xavier_normal_": "Fill the input Tensor with values using a Xavier normal "
                           "distribution",
    "init.xavier_uniform_": "Fill the input Tensor with values using a Xavier uniform "
                            "distribution",
    "init.zeros_": "Fill the input Tensor with the scalar value 0",
    "autograd.backward": "Compute the sum of gradients of given tensors with respect to "
                         "graph leaves",
    "autograd.grad": "Compute and return the sum of gradients of outputs with respect to "
                     "the inputs",
    # torch's own names
    "device": "torch.device(type, index=None): a device, such as torch.device('cuda', 0)",
    "enable_grad": "Context-manager that enables gradient calculation",
    "no_grad": "Context-manager that disables gradient calculation",
    "get_default_device": "Gets the default torch.Tensor to be allocated on device",
    "get_default_dtype": "Get the current default floating point torch.dtype",
    "set_default_device": "Sets the default torch.Tensor to be allocated on device",
    "set_default_dtype": "Sets the default floating point dtype to d",
    "set_default_tensor_type": "Sets the default torch.Tensor type to floating point "
                               "tensor type t (deprecated)",
    "get_rng_state": "Returns the random number generator state as a torch.ByteTensor",
    "set_rng_state": "Sets the random number generator state",
    "initial_seed": "Returns the initial seed for generating random numbers as a Python long",
    "is_grad_enabled": "Returns True if grad mode is currently enabled",
    "is_inference_mode_enabled": "Returns True if inference mode is currently enabled",
    "numel": "Returns the total number of elements in the input tensor",
    "vmap": "vmap is the vectorizing map; vmap(func) returns a new function that maps "
            "func over some dimension of the inputs",
}
