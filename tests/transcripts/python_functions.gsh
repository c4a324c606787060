>>> # for/while ... else: else runs when the loop was not ended by break
>>> for n in range(2, 10):
...     for d in range(2, n):
...         if n % d == 0:
...             break
...     else:
...         print(n, 'is prime')
2 is prime
3 is prime
5 is prime
7 is prime
>>> def find(items, wanted):
...     for index, item in enumerate(items):
...         if item == wanted:
...             break
...     else:
...         return -1
...     return index
>>> find([3, 5, 7], 7)
2
>>> find([3, 5, 7], 4)
-1
>>> n = 0
>>> while n < 3:
...     n += 1
... else:
...     print('counted to', n)
counted to 3
>>> while True:
...     n -= 1
...     if n == 0:
...         break
... else:
...     print('not printed')
>>> n
0
>>> for i in []:
...     pass
... else:
...     print('an empty loop runs its else')
an empty loop runs its else
>>> # *args and **kwargs
>>> def record(*args, **kwargs):
...     return args, kwargs
>>> record()
((), {})
>>> record(1, 2, mode='fast', steps=3)
((1, 2), {'mode': 'fast', 'steps': 3})
>>> def call(fn, *args, **kwargs):
...     return fn(*args, **kwargs)
>>> call(record, 'a', *[1, 2], **{'k': 'v'})
(('a', 1, 2), {'k': 'v'})
>>> # keyword-only parameters after * or *args
>>> def scale(a, *, scale=2):
...     return a * scale
>>> scale(5)
10
>>> scale(5, scale=10)
50
>>> scale(5, 10)
TypeError: scale() takes 1 positional argument but 2 were given
>>> scale(5, 10, scale=1)
TypeError: scale() takes 1 positional argument but 2 positional arguments (and 1 keyword-only argument) were given
>>> def needs(a, *, scale):
...     return a * scale
>>> needs(3)
TypeError: needs() missing 1 required keyword-only argument: 'scale'
>>> needs(3, scale=4)
12
>>> def mixed(a, b=1, *rest, c, d=2, **extra):
...     return a, b, rest, c, d, extra
>>> mixed(1, 2, 3, 4, c=5, e=6)
(1, 2, (3, 4), 5, 2, {'e': 6})
>>> mixed(1, c=3)
(1, 1, (), 3, 2, {})
>>> mixed()
TypeError: mixed() missing 1 required positional argument: 'a'
>>> mixed(1, 2, 3, 4, d=0)
TypeError: mixed() missing 1 required keyword-only argument: 'c'
>>> # ** unpacks a mapping into keyword arguments
>>> options = {'b': 20, 'c': 30}
>>> mixed(1, **options)
(1, 20, (), 30, 2, {})
>>> def f(a, b):
...     return a + b
>>> f(**{'a': 1, 'b': 2})
3
>>> f(1, 2, 3)
TypeError: f() takes 2 positional arguments but 3 were given
>>> f(1, 2, x=3)
TypeError: f() got an unexpected keyword argument 'x'
>>> f(1, a=2)
TypeError: f() got multiple values for argument 'a'
>>> f(**5)
TypeError: __main__.f() argument after ** must be a mapping, not int
>>> f(a=1, **{'a': 2})
TypeError: __main__.f() got multiple values for keyword argument 'a'
>>> f(*1)
TypeError: __main__.f() argument after * must be an iterable, not int
>>> # lambda takes the same parameter forms
>>> pack = lambda *values, sep='-', **named: (sep.join(values), named)
>>> pack('a', 'b', 'c', sep='+', end=1)
('a+b+c', {'end': 1})
>>> pack()
('', {})
>>> (lambda *, key: key)()
TypeError: <lambda>() missing 1 required keyword-only argument: 'key'
>>> (lambda a: a)(1, 2)
TypeError: <lambda>() takes 1 positional argument but 2 were given
