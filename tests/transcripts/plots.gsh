>>> # :plot x, y1, y2: a sine and its derivative by autograd, each series labelled by its text
>>> x = torch.linspace(0, 6.2832, 64, requires_grad=True)
>>> x.sin().sum().backward()
>>> :plot x, x.sin(), x.grad --title "sin and its derivative"
                    sin and its derivative
┌────────────────────────────────────────────────────────────┐
│xxxx       ++++++++                                     xxxx│ 1
│    xxx  +++       +++                               xxx    │
│       xx            ++                            xx       │
│     +++xx             ++                         xx        │
│    ++    xx             ++                     xx          │
│   +        x             ++                   x            │
│ ++          xx             +                xx             │
│+──────────────x─────────────++─────────────x──────────────+│ 0
│                x              +           x             ++ │
│                 xx             ++       xx             +   │
│                   xx            ++    xx             ++    │
│                    xx             ++ xx            +++     │
│                      xx            xx+            ++       │
│                       xxx        xxx +++       +++         │
│                          xxxxxxxx       ++++++++           │ -1
└────────────────────────────────────────────────────────────┘
 0                  2                  4                  6
                    ++ x.sin()   xx x.grad
                              x
>>> # one series against its index, in Braille dots; a loss history as a list, on a log scale
>>> :plot x.grad --size 40x8
┌────────────────────────────────────────┐
│⠉⠉⠒⠤⡀                              ⢀⠤⠒⠉⠉│ 1
│    ⠈⠢⣀                          ⣀⠔⠁    │
│      ⠈⠣⡀                      ⢀⠜⠁      │
│        ⠈⢢                    ⡔⠁        │
│▔▔▔▔▔▔▔▔▔▔⠑⢄▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔▔⡠⠊▔▔▔▔▔▔▔▔▔▔│ 0
│           ⠈⠣⡀            ⢀⠜⠁           │
│             ⠈⠢⡀        ⢀⠔⠁             │
│               ⠈⠑⠦⣄⣀⣀⣠⠴⠊⠁               │ -1
└────────────────────────────────────────┘
 0                             50
                ⣿⣿ x.grad
>>> losses = [1.0, 0.5, 0.3, float('nan'), 0.12, 0.1, 0.09]
>>> :plot losses --logy --ylabel loss --xlabel step --size 40x8
loss
┌────────────────────────────────────────┐
│⠑⠢⣀                                     │ 1
│   ⠑⠢⣀                                  │
│      ⠑⠢⢄⡀                              │
│         ⠈⠑⠢⢄⡀                          │
│             ⠉⠑⠢⠤⣀                      │
│                  ⠉⠒⠤⣀⡀                 │
│                      ⠈⠑⠢⢄⣀             │
│                           ⠉⠉⠉⠒⠒⠒⠤⠤⠤⠤⢄⣀⣀│ 0.1
└────────────────────────────────────────┘
 0                                5
                ⣿⣿ losses
                   step
note: losses: 1 value nan, inf or not positive (log scale) left out
>>> # :hist t [bins]: randn after manual_seed
>>> _ = torch.manual_seed(0)
>>> :hist torch.randn(1000) 12 --size 48x10
┌────────────────────────────────────────────────┐
│                ▄▄▄▄▛▀▀▜                        │
│                ▌   │  ▐                        │ 200
│                ▌   │  ▝▀▀▀▜                    │
│            ▄▄▄▄▌   │      ▐                    │
│            ▌       │      ▐                    │
│            ▌       │      ▐▄▄▄▄                │ 100
│            ▌       │          ▐                │
│        ▛▀▀▀▘       │          ▐                │
│    ▄▄▄▄▌           │          ▝▀▀▀▜            │
│▄▄▄▄▌▁▁▁▁▁▁▁▁▁▁▁▁▁▁▁│▁▁▁▁▁▁▁▁▁▁▁▁▁▁▝▀▀▀▜▄▄▄▄▄▄▄▄│ 0
└────────────────────────────────────────────────┘
       -2            0             2            4
torch.randn(1000): 1000 values in 12 bins from -3.154 to 4.101, mean 0.02892, std 1.029
>>> # :imshow t: a small heat map, with its scale; nan and inf are marked
>>> :imshow torch.arange(12.).reshape(3, 4) - 5
┌────────┐
│      ░░│
│░░▒▒▒▒▓▓│
│▓▓██████│
└────────┘
torch.arange(12.).reshape(3, 4) - 5: 3×4
scale -5 │  ░░▒▒▓▓██│ 6
>>> :imshow torch.tensor([[1., float('nan')], [float('inf'), -2.]])
┌────┐
│██??│
│+∞  │
└────┘
torch.tensor([[1., float('nan')], [float('inf'), -2.]]): 2×2
scale -2 │  ░░▒▒▓▓██│ 1
note: ?? is nan, +∞ and -∞ are inf; the scale is of the finite values
>>> # wrong shapes and values are one-line errors
>>> :plot torch.ones(2, 3)
ValueError: :plot draws 1-D series; torch.ones(2, 3) has shape (2, 3)
>>> :plot x, torch.ones(3)
ValueError: x has 64 values but torch.ones(3) has 3
>>> :imshow torch.ones(3)
ValueError: :imshow draws 2-D tensors; torch.ones(3) has shape (3,)
>>> :plot tensor([float('nan'), float('inf')])
ValueError: nothing to plot: no value is finite
>>> w = torch.ones(2, requires_grad=True)
>>> :plot w.grad
TypeError: cannot plot w.grad: it is None (no gradient yet: call backward first)
>>> :plot x --colour
CommandError: unknown option '--colour'
  did you mean '--out'?
>>> :plot
CommandError: usage: :plot [x,] y [, y2 ...] [--title T] [--xlabel T] [--ylabel T] [--logx] [--logy] [--size WxH] [--out FILE.png]
  e.g. :plot x, x.sin(), x.grad
>>> :plot x --out ../outside.png
PermissionError: --out writes inside the working folder only; '../outside.png' is outside it
>>> :plot x --out picture.jpg
CommandError: --out writes .png or .svg files, got 'picture.jpg'
