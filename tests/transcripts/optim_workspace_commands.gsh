>>> # :vars and :info describe modules and optimizers (gradsh's own commands)
>>> import torch
>>> import torch.nn as nn
>>> model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.BatchNorm1d(4))
>>> opt = torch.optim.Adam(model.parameters(), lr=0.01)
>>> x = torch.ones(2, 3)
>>> :vars
name   type        shape               dtype           device  requires_grad  grad_fn  memory
model  Sequential  24 params           float32, int64  cpu     True                    136 B
nn     module
opt    Adam        4 tensors, lr=0.01  float32         cpu                             96 B
torch  module
x      Tensor      [2, 3]              float32         cpu     False          None     24 B
>>> :info model
type        nn.Sequential
parameters  24 in 4 tensors
trainable   24
buffers     9 in 3 tensors
submodules  3
training    True
dtype       float32, int64
device      cpu
memory      136 B
>>> :info opt
type          optim.Adam
param groups  1
parameters    24 in 4 tensors
state         0 tensors, 0 B
group 0       4 tensors, amsgrad=False, betas=(0.9, 0.999), decoupled_weight_decay=False, eps=1e-08, lr=0.01, maximize=False, weight_decay=0
dtype         float32
device        cpu
memory        96 B
>>> model(x).sum().backward()
>>> opt.step()
>>> :info opt
type          optim.Adam
param groups  1
parameters    24 in 4 tensors
state         4 tensors, step 1, 192 B
group 0       4 tensors, amsgrad=False, betas=(0.9, 0.999), decoupled_weight_decay=False, eps=1e-08, lr=0.01, maximize=False, weight_decay=0
dtype         float32
device        cpu
memory        96 B
