>>> # Seeding makes the random numbers repeatable
>>> gen = torch.manual_seed(0)
>>> torch.rand(3)
tensor([0.4963, 0.7682, 0.0885])
>>> torch.rand(2, 3)
tensor([[0.1320, 0.3074, 0.6341],
        [0.4901, 0.8964, 0.4556]])
>>> gen = torch.manual_seed(0)
>>> torch.rand(3)
tensor([0.4963, 0.7682, 0.0885])
>>> torch.initial_seed()
0
>>> torch.randn(4)
tensor([0.3643, 0.1344, 0.1642, 0.3058])
>>> torch.randn(2, 2, dtype=torch.float64)
tensor([[0.2100, 0.9056],
        [0.6035, 0.8110]], dtype=torch.float64)
>>> gen = torch.manual_seed(42)
>>> torch.randn(5)
tensor([ 0.3367,  0.1288,  0.2345,  0.2303, -1.1229])
>>> torch.randint(10, (5,))
tensor([0, 4, 1, 2, 5])
>>> torch.randint(-3, 3, (2, 4))
tensor([[-2,  0,  1, -2],
        [-1, -2,  2,  2]])
>>> torch.randperm(8)
tensor([5, 2, 0, 1, 7, 3, 6, 4])
>>> torch.normal(0.0, 1.0, size=(3,))
tensor([-0.1863,  1.3221,  0.8172])
>>> torch.normal(torch.zeros(3), torch.ones(3))
tensor([-0.7658, -0.7506,  1.3525])
>>> torch.normal(torch.arange(4.), 0.5)
tensor([0.3432, 0.8361, 2.3975, 3.1408])
>>> torch.bernoulli(torch.full((6,), 0.5))
tensor([1., 0., 0., 0., 0., 1.])
>>> torch.multinomial(torch.tensor([0.1, 0.2, 0.7]), 2)
tensor([2, 0])
>>> torch.multinomial(torch.tensor([0.1, 0.2, 0.7]), 5, replacement=True)
tensor([1, 2, 2, 2, 2])
>>> F.dropout(torch.ones(8), 0.5)
tensor([2., 2., 2., 0., 2., 2., 2., 0.])
>>> torch.rand_like(torch.zeros(2, 2, dtype=torch.float64))
tensor([[0.8456, 0.3843],
        [0.0993, 0.6626]], dtype=torch.float64)
>>> torch.empty(4).uniform_(-1, 1)
tensor([-0.3545, -0.9676, -0.5727,  0.2498])
>>> torch.empty(3).normal_(10, 0.1)
tensor([10.0056,  9.9563, 10.0078])
>>> torch.empty(5, dtype=torch.int64).random_(100)
tensor([ 5,  7, 45, 38, 95])
>>> torch.empty(4).exponential_()
tensor([1.4085, 0.3137, 1.1044, 0.6545])
>>> # A generator of your own leaves the global one alone
>>> g = torch.Generator().manual_seed(1)
>>> g.initial_seed()
1
>>> torch.rand(3, generator=g)
tensor([0.7576, 0.2793, 0.4031])
>>> torch.randn(3, generator=g)
tensor([ 0.7244, -0.7022,  1.1661])
>>> torch.manual_seed(0) is torch.manual_seed(0)
True
>>> # The generator's state can be saved and restored
>>> torch.get_rng_state().shape
torch.Size([5056])
>>> torch.get_rng_state().dtype
torch.uint8
>>> state = torch.get_rng_state()
>>> a = torch.randn(3)
>>> torch.set_rng_state(state)
>>> torch.equal(a, torch.randn(3))
True
>>> # A negative seed wraps around to an unsigned 64-bit one
>>> gen = torch.manual_seed(-5)
>>> torch.initial_seed()
18446744073709551611
>>> torch.rand(2)
tensor([0.9308, 0.6607])
>>> # Bad arguments
>>> torch.randint(5, 2, (3,))
RuntimeError: random_ expects 'from' to be less than 'to', but got from=5 >= to=2
>>> torch.randperm(-1)
RuntimeError: Trying to create tensor with negative dimension -1: [-1]
>>> torch.normal(0., -1., (3,))
RuntimeError: normal expects std >= 0.0, but found std -1
>>> torch.multinomial(torch.tensor([0., 0.]), 1)
RuntimeError: invalid multinomial distribution (sum of probabilities <= 0)
>>> torch.multinomial(torch.ones(3), 4)
RuntimeError: cannot sample n_sample > prob_dist.size(-1) samples without replacement
>>> torch.empty(3).uniform_(2, 1)
RuntimeError: uniform_ expects to return a [from, to) range, but found from=2 > to=1
>>> torch.rand(3, dtype=torch.int64)
NotImplementedError: "check_uniform_bounds" not implemented for 'Long'
>>> F.dropout(torch.ones(3), 1.5)
ValueError: dropout probability has to be between 0 and 1, but got 1.5
>>> torch.manual_seed(2**64)
ValueError: Overflow when unpacking long long
