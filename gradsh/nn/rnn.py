"""``RNN``, ``LSTM``, ``GRU`` (torch/nn/modules/rnn.py), with PyTorch's weight layout.

Per layer and direction the parameters are ``weight_ih_l{k}{suffix}`` of shape
(gates * hidden, input), ``weight_hh_l{k}{suffix}`` (gates * hidden, hidden) and
the two biases, registered in PyTorch's order and initialised as PyTorch does
(every parameter uniform in +-1/sqrt(hidden_size), in that order), so the
weights after ``torch.manual_seed`` are PyTorch's. Gate order: LSTM i, f, g, o;
GRU r, z, n with ``n = tanh(W_in x + b_in + r * (W_hn h + b_hn))``. The
recurrence is written in gradsh's tensor ops, so autograd runs through it.
"""
from __future__ import annotations

import math

from ..engine.ops.creation import empty, zeros
from ..engine.ops.functional import linear
from ..engine.ops.join import stack
from ..engine.ops.sampling_draws import dropout
from . import init
from .module import Module
from .parameter import Parameter

_GATES = {"RNN_TANH": 1, "RNN_RELU": 1, "LSTM": 4, "GRU": 3}


class RNNBase(Module):
    _declared = Module._declared | {"input_size", "hidden_size", "num_layers", "bias",
                                    "batch_first", "dropout", "bidirectional", "mode",
                                    "reset_parameters", "flatten_parameters", "all_weights"}

    def __init__(self, mode: str, input_size: int, hidden_size: int, num_layers: int = 1,
                 bias: bool = True, batch_first: bool = False, dropout: float = 0.0,
                 bidirectional: bool = False, proj_size: int = 0, device=None,
                 dtype=None) -> None:
        super().__init__()
        if proj_size:
            raise NotImplementedError("gradsh: LSTM(proj_size=...) is not supported yet")
        if not 0 <= dropout <= 1 or isinstance(dropout, bool):
            raise ValueError("dropout should be a number in range [0, 1] representing the "
                             "probability of an element being zeroed")
        if hidden_size <= 0:
            raise ValueError("hidden_size must be greater than zero")
        if num_layers <= 0:
            raise ValueError("num_layers must be greater than zero")
        self.mode, self.input_size, self.hidden_size = mode, input_size, hidden_size
        self.num_layers, self.bias, self.batch_first = num_layers, bias, batch_first
        self.dropout, self.bidirectional = float(dropout), bidirectional
        gate_size = _GATES[mode] * hidden_size
        directions = 2 if bidirectional else 1
        for layer in range(num_layers):
            for direction in range(directions):
                size_in = input_size if layer == 0 else hidden_size * directions
                suffix = f"_l{layer}" + ("_reverse" if direction else "")
                shapes = [("weight_ih", (gate_size, size_in)),
                          ("weight_hh", (gate_size, hidden_size))]
                if bias:
                    shapes += [("bias_ih", (gate_size,)), ("bias_hh", (gate_size,))]
                for name, shape in shapes:
                    self.register_parameter(name + suffix, Parameter(
                        empty(shape, device=device, dtype=dtype)))
        self.reset_parameters()

    def reset_parameters(self) -> None:
        bound = 1.0 / math.sqrt(self.hidden_size) if self.hidden_size > 0 else 0
        for weight in self.parameters():
            init.uniform_(weight, -bound, bound)

    def flatten_parameters(self) -> None:
        """PyTorch's cuDNN memory layout; nothing to do here."""

    @property
    def all_weights(self) -> list:
        return [[self._parameters[name] for name in names] for names in self._layer_names()]

    def _layer_names(self) -> list:
        names = []
        for layer in range(self.num_layers):
            for direction in range(2 if self.bidirectional else 1):
                suffix = f"_l{layer}" + ("_reverse" if direction else "")
                group = [f"weight_ih{suffix}", f"weight_hh{suffix}"]
                if self.bias:
                    group += [f"bias_ih{suffix}", f"bias_hh{suffix}"]
                names.append(group)
        return names

    # ------------------------------------------------------------- forward
    def forward(self, input, hx=None):
        batched = input.ndim == 3
        if input.ndim not in (2, 3):
            raise ValueError(f"{type(self).__name__}: Expected input to be 2D or 3D, got "
                             f"{input.ndim}D tensor instead")
        if not batched:
            input = input.unsqueeze(1)
        elif self.batch_first:
            input = input.transpose(0, 1)
        if input.shape[-1] != self.input_size:
            raise RuntimeError(f"input.size(-1) must be equal to input_size. Expected "
                               f"{self.input_size}, got {input.shape[-1]}")
        directions = 2 if self.bidirectional else 1
        batch = input.shape[1]
        state_shape = (self.num_layers * directions, batch, self.hidden_size)
        h0, c0 = self._initial_state(hx, state_shape, batched, input)
        layer_input, final_h, final_c = input, [], []
        names = self._layer_names()
        for layer in range(self.num_layers):
            outputs = []
            for direction in range(directions):
                index = layer * directions + direction
                weights = [self._parameters[name] for name in names[index]]
                out, h, c = self._run_direction(layer_input, weights, h0[index],
                                                None if c0 is None else c0[index],
                                                reverse=direction == 1)
                outputs.append(out)
                final_h.append(h)
                final_c.append(c)
            layer_input = outputs[0] if directions == 1 else \
                _cat_last(outputs[0], outputs[1])
            if self.dropout and self.training and layer < self.num_layers - 1:
                layer_input = dropout(layer_input, self.dropout, True)
        output = layer_input
        h_n = stack(final_h)
        if batched and self.batch_first:
            output = output.transpose(0, 1)
        if not batched:
            output, h_n = output.squeeze(1), h_n.squeeze(1)
        if self.mode == "LSTM":
            c_n = stack(final_c)
            return output, (h_n, c_n if batched else c_n.squeeze(1))
        return output, h_n

    def _initial_state(self, hx, shape, batched, input):
        if hx is None:
            h0 = zeros(shape, dtype=input.dtype, device=input.device)
            return h0, (h0 if self.mode == "LSTM" else None)
        if self.mode == "LSTM":
            h0, c0 = hx
            return (h0, c0) if batched else (h0.unsqueeze(1), c0.unsqueeze(1))
        return (hx if batched else hx.unsqueeze(1)), None

    def _run_direction(self, input, weights, h, c, reverse: bool):
        w_ih, w_hh = weights[0], weights[1]
        b_ih, b_hh = (weights[2], weights[3]) if self.bias else (None, None)
        steps = range(input.shape[0] - 1, -1, -1) if reverse else range(input.shape[0])
        outputs = [None] * input.shape[0]
        for t in steps:
            x = input[t]
            if self.mode == "LSTM":
                gates = linear(x, w_ih, b_ih) + linear(h, w_hh, b_hh)
                i, f, g, o = gates.chunk(4, 1)
                c = f.sigmoid() * c + i.sigmoid() * g.tanh()
                h = o.sigmoid() * c.tanh()
            elif self.mode == "GRU":
                gi, gh = linear(x, w_ih, b_ih), linear(h, w_hh, b_hh)
                i_r, i_z, i_n = gi.chunk(3, 1)
                h_r, h_z, h_n = gh.chunk(3, 1)
                r, z = (i_r + h_r).sigmoid(), (i_z + h_z).sigmoid()
                n = (i_n + r * h_n).tanh()
                h = (1 - z) * n + z * h
            else:
                pre = linear(x, w_ih, b_ih) + linear(h, w_hh, b_hh)
                h = pre.tanh() if self.mode == "RNN_TANH" else pre.relu()
            outputs[t] = h
        out = stack(outputs)
        if self.mode == "LSTM" and out.grad_fn is not None:
            # PyTorch's CPU LSTM runs each layer and direction as one oneDNN
            # kernel whose node makes the layer's output; here that node is
            # the stack of the hidden states, so it takes the kernel's name.
            out.grad_fn._name = "MkldnnRnnLayerBackward0"
        return out, h, c

    def extra_repr(self) -> str:
        text = f"{self.input_size}, {self.hidden_size}"
        if self.num_layers != 1:
            text += f", num_layers={self.num_layers}"
        if self.bias is not True:
            text += f", bias={self.bias}"
        if self.batch_first is not False:
            text += f", batch_first={self.batch_first}"
        if self.dropout != 0:
            text += f", dropout={self.dropout}"
        if self.bidirectional is not False:
            text += f", bidirectional={self.bidirectional}"
        return text


def _cat_last(a, b):
    from ..engine.ops.join import cat  # noqa: PLC0415

    return cat([a, b], 2)


class RNN(RNNBase):
    _declared = RNNBase._declared | {"nonlinearity"}

    def __init__(self, input_size: int, hidden_size: int, num_layers: int = 1,
                 nonlinearity: str = "tanh", bias: bool = True, batch_first: bool = False,
                 dropout: float = 0.0, bidirectional: bool = False, device=None,
                 dtype=None) -> None:
        if nonlinearity not in ("tanh", "relu"):
            raise ValueError(f"Unknown nonlinearity '{nonlinearity}'. Select from 'tanh' or "
                             "'relu'.")
        self.nonlinearity = nonlinearity
        super().__init__("RNN_TANH" if nonlinearity == "tanh" else "RNN_RELU", input_size,
                         hidden_size, num_layers, bias, batch_first, dropout, bidirectional,
                         device=device, dtype=dtype)


class LSTM(RNNBase):
    def __init__(self, input_size: int, hidden_size: int, num_layers: int = 1, bias: bool = True,
                 batch_first: bool = False, dropout: float = 0.0, bidirectional: bool = False,
                 proj_size: int = 0, device=None, dtype=None) -> None:
        super().__init__("LSTM", input_size, hidden_size, num_layers, bias, batch_first,
                         dropout, bidirectional, proj_size, device=device, dtype=dtype)


class GRU(RNNBase):
    def __init__(self, input_size: int, hidden_size: int, num_layers: int = 1, bias: bool = True,
                 batch_first: bool = False, dropout: float = 0.0, bidirectional: bool = False,
                 device=None, dtype=None) -> None:
        super().__init__("GRU", input_size, hidden_size, num_layers, bias, batch_first,
                         dropout, bidirectional, device=device, dtype=dtype)
