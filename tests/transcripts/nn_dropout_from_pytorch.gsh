>>> # channel-wise and alpha dropouts, generated from PyTorch 2.13
>>> import torch
>>> import torch.nn as nn
>>> import torch.nn.functional as F
>>> _ = torch.manual_seed(0)
>>> x = torch.arange(1., 25.).reshape(2, 3, 4)
>>> F.dropout1d(x)
tensor([[[ 0.,  0.,  0.,  0.],
         [ 0.,  0.,  0.,  0.],
         [18., 20., 22., 24.]],

        [[ 0.,  0.,  0.,  0.],
         [ 0.,  0.,  0.,  0.],
         [ 0.,  0.,  0.,  0.]]])
>>> F.dropout1d(x[0], p=0.3)
tensor([[ 1.4286,  2.8571,  4.2857,  5.7143],
        [ 7.1429,  8.5714, 10.0000, 11.4286],
        [12.8571, 14.2857, 15.7143, 17.1429]])
>>> F.dropout1d(x, training=False) is x
True
>>> F.dropout2d(torch.ones(2, 4, 2, 2), 0.5)
tensor([[[[2., 2.],
          [2., 2.]],

         [[2., 2.],
          [2., 2.]],

         [[2., 2.],
          [2., 2.]],

         [[2., 2.],
          [2., 2.]]],


        [[[0., 0.],
          [0., 0.]],

         [[2., 2.],
          [2., 2.]],

         [[2., 2.],
          [2., 2.]],

         [[2., 2.],
          [2., 2.]]]])
>>> F.dropout3d(torch.ones(1, 3, 1, 2, 2), 0.25)
tensor([[[[[1.3333, 1.3333],
           [1.3333, 1.3333]]],


         [[[1.3333, 1.3333],
           [1.3333, 1.3333]]],


         [[[0.0000, 0.0000],
           [0.0000, 0.0000]]]]])
>>> F.dropout3d(torch.ones(3, 1, 2, 2), 0.5)
tensor([[[[2., 2.],
          [2., 2.]]],


        [[[0., 0.],
          [0., 0.]]],


        [[[2., 2.],
          [2., 2.]]]])
>>> F.alpha_dropout(torch.ones(8), 0.5, True)
tensor([-0.7792,  1.6656, -0.7792, -0.7792, -0.7792, -0.7792,  1.6656, -0.7792])
>>> F.alpha_dropout(torch.ones(8), 0.5)
tensor([1., 1., 1., 1., 1., 1., 1., 1.])
>>> torch.alpha_dropout(torch.linspace(-1, 1, 6), 0.2, True)
tensor([-0.5699, -0.2183,  0.1333,  0.4848, -1.2362,  1.1879])
>>> F.feature_alpha_dropout(torch.ones(2, 3, 2), 0.5, True)
tensor([[[ 1.6656,  1.6656],
         [-0.7792, -0.7792],
         [ 1.6656,  1.6656]],

        [[ 1.6656,  1.6656],
         [ 1.6656,  1.6656],
         [-0.7792, -0.7792]]])
>>> F.alpha_dropout(torch.ones(3), 1.0, True)
tensor([0., 0., 0.])
>>> w = torch.randn(2, 3, 2, requires_grad=True)
>>> y = F.dropout1d(w, 0.5)
>>> y
tensor([[[-1.3553,  2.0844],
         [-0.0000,  0.0000],
         [ 0.0000,  0.0000]],

        [[ 2.4690, -2.3284],
         [-0.0000,  0.0000],
         [ 0.0000, -0.0000]]], grad_fn=<MulBackward0>)
>>> y.sum().backward()
>>> w.grad
tensor([[[2., 2.],
         [0., 0.],
         [0., 0.]],

        [[2., 2.],
         [0., 0.],
         [0., 0.]]])
>>> a = torch.randn(6, requires_grad=True)
>>> z = F.alpha_dropout(a, 0.3, True)
>>> z
tensor([-1.0595,  0.6075, -1.0595, -1.0595, -1.0595,  1.1486],
       grad_fn=<AddBackward0>)
>>> z.sum().backward()
>>> a.grad
tensor([0.0000, 0.8610, 0.0000, 0.0000, 0.0000, 0.8610])
>>> t = torch.ones(2, 2, 3)
>>> _ = F.dropout1d(t, 0.5, inplace=True)
>>> t
tensor([[[0., 0., 0.],
         [2., 2., 2.]],

        [[2., 2., 2.],
         [2., 2., 2.]]])
>>> d = nn.Dropout2d(0.2)
>>> d
Dropout2d(p=0.2, inplace=False)
>>> d(torch.ones(1, 4, 1, 1))
tensor([[[[1.2500]],

         [[1.2500]],

         [[1.2500]],

         [[1.2500]]]])
>>> d.eval()
Dropout2d(p=0.2, inplace=False)
>>> d(torch.ones(1, 4, 1, 1))
tensor([[[[1.]],

         [[1.]],

         [[1.]],

         [[1.]]]])
>>> nn.Dropout1d(), nn.Dropout3d(p=0.1, inplace=True)
(Dropout1d(p=0.5, inplace=False), Dropout3d(p=0.1, inplace=True))
>>> nn.AlphaDropout(0.2)(torch.ones(5))
tensor([1.1879, 1.1879, 1.1879, 1.1879, 1.1879])
>>> nn.FeatureAlphaDropout(0.5)(torch.ones(2, 2, 2))
tensor([[[-0.7792, -0.7792],
         [ 1.6656,  1.6656]],

        [[-0.7792, -0.7792],
         [ 1.6656,  1.6656]]])
>>> F.dropout1d(torch.ones(2, 3, 4, 5))
RuntimeError: dropout1d: Expected 2D or 3D input, but received a 4D input. Note that dropout1d exists to provide channel-wise dropout on inputs with 1 spatial dimension, a channel dimension, and an optional batch dimension (i.e. 2D or 3D inputs).
>>> F.dropout2d(torch.ones(2, 3), 0.5)
UserWarning: dropout2d: Received a 2-D input to dropout2d, which is deprecated and will result in an error in a future release. To retain the behavior and silence this warning, please use dropout instead. Note that dropout2d exists to provide channel-wise dropout on inputs with 2 spatial dimensions, a channel dimension, and an optional batch dimension (i.e. 3D or 4D inputs).
tensor([[2., 0., 0.],
        [2., 0., 2.]])
>>> F.dropout2d(torch.ones(2, 3, 2), 0.5)
UserWarning: dropout2d: Received a 3D input to dropout2d and assuming that channel-wise 1D dropout behavior is desired - input is interpreted as shape (N, C, L), where C is the channel dim. This behavior will change in a future release to interpret the input as one without a batch dimension, i.e. shape (C, H, W). To maintain the 1D channel-wise dropout behavior, please switch to using dropout1d instead.
tensor([[[2., 2.],
         [2., 2.],
         [0., 0.]],

        [[0., 0.],
         [2., 2.],
         [0., 0.]]])
>>> F.feature_alpha_dropout(torch.ones(3), 0.5, True)
RuntimeError: Feature dropout requires at least 2 dimensions in the input
>>> F.dropout2d(torch.ones(2, 3, 2), 1.5)
ValueError: dropout probability has to be between 0 and 1, but got 1.5
>>> nn.Dropout1d(-0.1)
ValueError: dropout probability has to be between 0 and 1, but got -0.1
