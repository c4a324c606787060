>>> # np.random: NumPy's legacy generator, seeded (NumPy 2.4, PyTorch 2.13's venv)
>>> import numpy as np
>>> np.random.seed(0)
>>> np.random.randn()
1.764052345967664
>>> np.random.randn(2, 3)
array([[ 0.40015721,  0.97873798,  2.2408932 ],
       [ 1.86755799, -0.97727788,  0.95008842]])
>>> np.random.rand(3)
array([0.96366276, 0.38344152, 0.79172504])
>>> np.random.random((2, 2))
array([[0.52889492, 0.56804456],
       [0.92559664, 0.07103606]])
>>> np.random.random_sample(2)
array([0.0871293, 0.0202184])
>>> np.random.standard_normal(3)
array([-0.15135721,  0.48431215,  0.57914048])
>>> np.random.normal(1.0, 0.5, (2,))
array([0.90920871, 1.70510232])
>>> np.random.normal(np.array([0., 10., 100.]))
array([-0.37447169, 10.27519832, 99.03924539])
>>> np.random.uniform(-1, 1, size=[2, 2])
array([[ 0.88933783,  0.04369664],
       [-0.17067612, -0.47088878]])
>>> np.random.randint(10, size=5)
array([2, 7, 2, 0, 0])
>>> np.random.randint(0, 100, (2, 3), dtype=np.int32)
array([[36, 53,  5],
       [38, 17, 79]], dtype=int32)
>>> np.random.seed(12345)
>>> x = np.random.randn(1000)
>>> x[:3], x[-1], x.sum()
(array([-0.20470766,  0.47894334, -0.51943872]), np.float64(1.3738904696665981), np.float64(-2.3507110069417045))
>>> np.random.seed([1, 2, 3])
>>> np.random.rand()
0.6098612722867289
>>> np.random.seed(0)
>>> np.random.randn()
1.764052345967664
>>> np.random.randn(2.5)
TypeError: 'float' object cannot be interpreted as an integer
>>> np.random.normal(0, 1, 'a')
TypeError: 'str' object cannot be interpreted as an integer
>>> np.random.randint(5, 1)
ValueError: low >= high
