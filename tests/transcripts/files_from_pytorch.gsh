>>> # torch.frombuffer, DLPack, torch.Event and torch.Stream, generated from PyTorch 2.13
>>> import array
>>> import torch
>>> import torch.utils.dlpack
>>> a = array.array('i', [1, 2, 3])
>>> t = torch.frombuffer(a, dtype=torch.int32)
>>> t
tensor([1, 2, 3], dtype=torch.int32)
>>> t[0] = -1
>>> a
array('i', [-1, 2, 3])
>>> torch.frombuffer(a, dtype=torch.int32, count=2, offset=4)
tensor([2, 3], dtype=torch.int32)
>>> torch.frombuffer(array.array('b', [-1, 0, 0, 0]), dtype=torch.int32)
tensor([255], dtype=torch.int32)
>>> torch.frombuffer(a, dtype=torch.float32, requires_grad=True)
tensor([       nan, 2.8026e-45, 4.2039e-45], requires_grad=True)
>>> torch.frombuffer(a, dtype=torch.int16)
tensor([-1, -1,  2,  0,  3,  0], dtype=torch.int16)
>>> torch.frombuffer(b'\x01\x00\x02\x00', dtype=torch.int16)
UserWarning: The given buffer is not writable, and PyTorch does not support non-writable tensors. This means you can write to the underlying (supposedly non-writable) buffer using the tensor. You may want to copy the buffer to protect its data or make it writable before converting it to a tensor. This type of warning will be suppressed for the rest of this program. (Triggered internally at /__w/pytorch/pytorch/torch/csrc/utils/tensor_new.cpp:1556.)
tensor([1, 2], dtype=torch.int16)
>>> torch.frombuffer(a)
TypeError: frombuffer() missing 1 required positional arguments: "dtype"
>>> torch.frombuffer(a, torch.int32)
TypeError: frombuffer() takes from 2 to 1 positional arguments but 2 were given
>>> torch.frombuffer(a, dtype=torch.float64)
ValueError: buffer length (12 bytes) after offset (0 bytes) must be a multiple of element size (8)
>>> torch.frombuffer(a, dtype=torch.int32, count=5)
ValueError: requested buffer length (5 * 4 bytes) after offset (0 bytes) must not be greater than actual buffer length (12 bytes)
>>> torch.frombuffer(a, dtype=torch.int32, offset=12)
ValueError: offset (12 bytes) must be non-negative and no greater than buffer length (12 bytes) minus 1
>>> torch.frombuffer(a, dtype=torch.int32, offset=-1)
ValueError: offset (-1 bytes) must be non-negative and no greater than buffer length (12 bytes) minus 1
>>> torch.frombuffer(a, dtype=torch.int32, count=0)
ValueError: both buffer length (12) and count (0) must not be 0
>>> torch.frombuffer(array.array('i'), dtype=torch.int32)
ValueError: both buffer length (0) and count (-1) must not be 0
>>> torch.frombuffer([1, 2], dtype=torch.int32)
ValueError: object does not implement Python buffer protocol.
>>> torch.frombuffer(a, dtype=torch.int32, requires_grad=True)
RuntimeError: Only Tensors of floating point and complex dtype can require gradients
>>> x = torch.arange(4)
>>> y = torch.from_dlpack(x)
>>> y[:2] = -1
>>> x
tensor([-1, -1,  2,  3])
>>> c = torch.utils.dlpack.to_dlpack(x)
>>> z = torch.from_dlpack(c)
>>> z[0] = -9
>>> x, y, z
(tensor([-9, -1,  2,  3]), tensor([-9, -1,  2,  3]), tensor([-9, -1,  2,  3]))
>>> torch.from_dlpack(c)
RuntimeError: from_dlpack received an invalid capsule. Note that DLTensor capsules can be consumed only once, so you might have already constructed a tensor from it once.
>>> torch.from_dlpack(3)
RuntimeError: from_dlpack received an invalid capsule. Note that DLTensor capsules can be consumed only once, so you might have already constructed a tensor from it once.
>>> torch.from_dlpack(torch.ones(2, requires_grad=True))
BufferError: Can't export tensors that require gradient, use tensor.detach()
>>> torch.from_dlpack(torch.ones(2, 3).t()).stride()
(1, 3)
>>> torch.utils.dlpack.from_dlpack(x)
tensor([-9, -1,  2,  3])
>>> torch.from_dlpack(x, copy=True)
tensor([-9, -1,  2,  3])
>>> s = torch.Stream()
>>> s
torch.Stream device_type=cpu, device_index=-1, stream_id=0
>>> torch.Stream(device='cpu')
torch.Stream device_type=cpu, device_index=-1, stream_id=0
>>> torch.Stream('meta')
torch.Stream device_type=meta, device_index=-1, stream_id=0
>>> s.query(), s.synchronize(), s.stream_id, s.device_index, s.device_type, s.device
(True, None, 0, -1, 0, device(type='cpu'))
>>> s.is_capturing()
False
>>> s == torch.Stream()
True
>>> s.record_event()
RuntimeError: cpu backend doesn't support events.
>>> s.native_handle
RuntimeError: Backend doesn't support getting stream native handle.
>>> torch.Stream('meta').record_event()
RuntimeError: meta backend doesn't support events.
>>> torch.Stream('cpu', 0)
TypeError: Stream() takes from 0 to 1 positional arguments but 2 were given
>>> torch.Stream(1)
RuntimeError: Cannot access accelerator device when none is available.
>>> torch.Stream(device='xyz')
RuntimeError: Expected one of cpu, cuda, ipu, xpu, mkldnn, opengl, opencl, ideep, hip, ve, fpga, maia, xla, lazy, vulkan, mps, meta, hpu, mtia, privateuseone device type at start of device string: xyz
>>> e = torch.Event()
>>> e
torch.Event device_type=cpu, device_index=-1, event_flag=0, event_id=0
>>> torch.Event(enable_timing=True)
torch.Event device_type=cpu, device_index=-1, event_flag=1, event_id=0
>>> e.query(), e.synchronize(), e.wait(), e.event_id, e.device
(True, None, None, 0, device(type='cpu'))
>>> s.wait_event(e)
>>> e.record()
RuntimeError: cpu backend doesn't support events.
>>> e.record(s)
RuntimeError: cpu backend doesn't support events.
>>> e.elapsed_time(e)
ValueError: Both events must be created with argument 'enable_timing=True'.
>>> torch.Event(enable_timing=True).elapsed_time(torch.Event(enable_timing=True))
ValueError: Both events must be recorded before calculating elapsed time.
>>> e.elapsed_time(3)
RuntimeError: expected other to be a torch.Event object
>>> e.ipc_handle()
NotImplementedError: torch.Event ipc is not supported yet, please open an issue if you need this!
>>> torch.Event(device='cpu') == e
False
>>> with torch.Stream() as s2:
...     print(s2)
torch.Stream device_type=cpu, device_index=-1, stream_id=0
