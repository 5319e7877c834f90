import { describe, expect, it } from 'vitest';
import { classifyFailure, type FailureInput } from './classify-failure.js';
import { FAILURE_ADVICE, FAILURE_KINDS } from './failure-kinds.js';

const log = (text: string): string[] => text.replace(/^\n/, '').split('\n');
const failed = (text: string, more: Partial<FailureInput> = {}): FailureInput => ({
  exitCode: 1,
  signal: null,
  timedOut: false,
  lines: log(text),
  ...more,
});

const TORCH_FRAMES = `Traceback (most recent call last):
  File "/home/ci/repo/train.py", line 88, in <module>
    main()
  File "/home/ci/repo/train.py", line 71, in main
    out = model(x)
          ^^^^^^^^
  File "/usr/lib/python3/dist-packages/torch/nn/modules/module.py", line 1532, in _wrapped_call_impl
    return self._call_impl(*args, **kwargs)
  File "/usr/lib/python3/dist-packages/torch/nn/modules/linear.py", line 116, in forward
    return F.linear(input, self.weight, self.bias)
           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^`;

describe('classifyFailure: out of memory', () => {
  it('recognises a PyTorch CUDA OOM and quotes the exception with its frame', () => {
    const f = classifyFailure(
      failed(`
Epoch 1:  10%|█         | 12/120 [00:03<00:29,  3.66it/s]
${TORCH_FRAMES}
torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB. GPU 0 has a total capacity of 79.10 GiB of which 1.12 GiB is free. Including non-PyTorch memory, this process has 77.96 GiB memory in use.`),
    );
    expect(f?.kind).toBe('oom_cuda');
    expect(f?.title).toBe('Out of GPU memory (tried to allocate 2.00 GiB)');
    expect(f?.lines).toEqual([
      '    return self._call_impl(*args, **kwargs)',
      '  File "/usr/lib/python3/dist-packages/torch/nn/modules/linear.py", line 116, in forward',
      '    return F.linear(input, self.weight, self.bias)',
      expect.stringMatching(/^torch\.OutOfMemoryError: CUDA out of memory\. Tried to allocate 2\.00 GiB/),
    ]);
    expect(f?.advice[0]).toMatch(/batch size first, then sequence length .* then model size/);
  });

  it('recognises a TensorFlow GPU OOM several lines into the exception message', () => {
    const f = classifyFailure(
      failed(`
2024-03-01 10:12:01.123456: W tensorflow/core/common_runtime/bfc_allocator.cc:479] Allocator (GPU_0_bfc) ran out of memory trying to allocate 1.53GiB (rounded to 1638400000)requested by op MatMul
Traceback (most recent call last):
  File "train_keras.py", line 40, in <module>
    model.fit(x, y, batch_size=4096, epochs=3)
  File "/usr/local/lib/python3.10/dist-packages/keras/src/utils/traceback_utils.py", line 122, in error_handler
    raise e.with_traceback(filtered_tb) from None
tensorflow.python.framework.errors_impl.ResourceExhaustedError: Graph execution error:

Detected at node sequential/dense/MatMul defined at (most recent call last):
OOM when allocating tensor with shape[4096,100000] and type float on /job:localhost/replica:0/task:0/device:GPU:0 by allocator GPU_0_bfc
	 [[{{node sequential/dense/MatMul}}]]
Hint: If you want to see a list of allocated tensors when OOM happens, add report_tensor_allocations_upon_oom to RunOptions for current allocation info.
 [Op:__inference_train_function_1234]`),
    );
    expect(f?.kind).toBe('oom_cuda');
    expect(f?.lines.at(-1)).toMatch(/^OOM when allocating tensor with shape\[4096,100000\]/);
    expect(f?.lines).toHaveLength(4);
  });

  it('tells a TensorFlow OOM on the CPU apart as host memory', () => {
    const f = classifyFailure(
      failed(`
tensorflow.python.framework.errors_impl.ResourceExhaustedError: OOM when allocating tensor with shape[100000,100000] and type float on /job:localhost/replica:0/task:0/device:CPU:0 by allocator cpu [Op:RandomUniform]`),
    );
    expect(f?.kind).toBe('oom_host');
  });

  it('recognises a JAX/XLA OOM and converts the byte count', () => {
    const f = classifyFailure(
      failed(`
  File "/opt/venv/lib/python3.11/site-packages/jax/_src/interpreters/pxla.py", line 1229, in __call__
    results = self.xla_executable.execute_sharded(input_bufs)
jaxlib.xla_extension.XlaRuntimeError: RESOURCE_EXHAUSTED: Out of memory while trying to allocate 7406166528 bytes.
BufferAssignment OOM Debugging.
BufferAssignment stats:
             parameter allocation:  372.76MiB`),
    );
    expect(f?.kind).toBe('oom_cuda');
    expect(f?.title).toBe('Out of GPU memory (tried to allocate 6.90 GiB)');
  });

  it('takes SIGKILL with the shell\'s "Killed", or status 137 alone, for the OOM killer', () => {
    const killed = classifyFailure(
      failed('step 300 loss 0.41\nstep 310 loss 0.40\nKilled', { exitCode: 137 }),
    );
    expect(killed?.kind).toBe('oom_host');
    expect(killed?.lines).toEqual(['step 300 loss 0.41', 'step 310 loss 0.40', 'Killed']);
    const silent = classifyFailure(failed('step 300 loss 0.41', { exitCode: null, signal: 'SIGKILL' }));
    expect(silent?.kind).toBe('oom_host');
    expect(silent?.title).toMatch(/SIGKILL/);
    expect(classifyFailure(failed('', { exitCode: 137 }))?.kind).toBe('oom_host');
  });

  it('recognises a DataLoader worker killed by the OOM killer and NumPy allocation failures', () => {
    expect(
      classifyFailure(
        failed(`
Traceback (most recent call last):
  File "/usr/lib/python3/dist-packages/torch/utils/data/dataloader.py", line 1133, in _try_get_data
    data = self._data_queue.get(timeout=timeout)
RuntimeError: DataLoader worker (pid 4242) is killed by signal: Killed.`),
      )?.kind,
    ).toBe('oom_host');
    expect(
      classifyFailure(
        failed(`
  File "prep.py", line 9, in <module>
    gram = np.zeros((100000, 100000))
numpy.core._exceptions._ArrayMemoryError: Unable to allocate 74.5 GiB for an array with shape (100000, 100000) and data type float64`),
      ),
    ).toMatchObject({ kind: 'oom_host', title: 'Out of host memory (tried to allocate 74.5 GiB)' });
  });
});

describe('classifyFailure: shapes and dtypes', () => {
  it('recognises a PyTorch matmul shape error', () => {
    const f = classifyFailure(
      failed(`${TORCH_FRAMES}
RuntimeError: mat1 and mat2 shapes cannot be multiplied (64x100 and 784x10)`),
    );
    expect(f?.kind).toBe('shape_mismatch');
    expect(f?.lines.at(-1)).toBe(
      'RuntimeError: mat1 and mat2 shapes cannot be multiplied (64x100 and 784x10)',
    );
    expect(f?.advice.join(' ')).toMatch(/broadcasting/);
  });

  it.each([
    'RuntimeError: Error(s) in loading state_dict for Net:\n\tsize mismatch for fc.weight: copying a param with shape torch.Size([10, 128]) from checkpoint, the shape in current model is torch.Size([10, 256]).',
    'RuntimeError: The size of tensor a (64) must match the size of tensor b (10) at non-singleton dimension 1',
    'ValueError: Expected input batch_size (32) to match target batch_size (64).',
    'RuntimeError: Given groups=1, weight of size [16, 3, 3, 3], expected input[64, 1, 28, 28] to have 3 channels, but got 1 channels instead',
    "RuntimeError: shape '[-1, 784]' is invalid for input of size 2352",
    'tensorflow.python.framework.errors_impl.InvalidArgumentError: Incompatible shapes: [32,10] vs. [32]',
    'ValueError: Input 0 of layer "dense" is incompatible with the layer: expected axis -1 of input shape to have value 784, but received input with shape (None, 28, 28)',
    'ValueError: Shapes (None, 1) and (None, 10) are incompatible',
    'TypeError: dot_general requires contracting dimensions to have the same shape, got (100,) and (784,).',
    'TypeError: add got incompatible shapes for broadcasting: (3,), (4,).',
  ])('recognises a shape error: %s', (line) => {
    expect(classifyFailure(failed(`${TORCH_FRAMES}\n${line}`))?.kind).toBe('shape_mismatch');
  });

  it.each([
    'RuntimeError: expected scalar type Long but found Float',
    "RuntimeError: Expected object of scalar type Float but got scalar type Double for argument #2 'mat1' in call to _th_addmm",
    'RuntimeError: mat1 and mat2 must have the same dtype, but got Double and Float',
    'RuntimeError: Found dtype Double but expected Float',
    `RuntimeError: "nll_loss_forward_reduce_cuda_kernel_2d_index" not implemented for 'Int'`,
    "RuntimeError: result type Float can't be cast to the desired output type Long",
    'tensorflow.python.framework.errors_impl.InvalidArgumentError: cannot compute MatMul as input #1(zero-based) was expected to be a float tensor but is a double tensor [Op:MatMul]',
    "TypeError: Input 'y' of 'Mul' Op has type float32 that does not match type int32 of argument 'x'.",
    'TypeError: lax.add requires arguments to have the same dtypes, got float32, int32.',
    'RuntimeError: Input type (torch.FloatTensor) and weight type (torch.cuda.HalfTensor) should be the same',
  ])('recognises a dtype error: %s', (line) => {
    const f = classifyFailure(failed(`${TORCH_FRAMES}\n${line}`));
    expect(f?.kind).toBe('dtype_error');
    expect(f?.advice[0]).toMatch(/Cast inputs and labels/);
  });
});

describe('classifyFailure: CUDA and NaN errors', () => {
  it('recognises a device-side assert and quotes the kernel assertion printed before the traceback', () => {
    const f = classifyFailure(
      failed(`
../aten/src/ATen/native/cuda/Loss.cu:250: nll_loss_forward_reduce_cuda_kernel_2d: block: [0,0,0], thread: [5,0,0] Assertion \`t >= 0 && t < n_classes\` failed.
Traceback (most recent call last):
  File "train.py", line 61, in <module>
    loss.item()
RuntimeError: CUDA error: device-side assert triggered
CUDA kernel errors might be asynchronously reported at some other API call, so the stacktrace below might be incorrect.
For debugging consider passing CUDA_LAUNCH_BLOCKING=1.
Compile with \`TORCH_USE_CUDA_DSA\` to enable device-side assertions.`),
    );
    expect(f?.kind).toBe('cuda_error');
    expect(f?.title).toMatch(/index out of range/);
    expect(f?.lines[0]).toMatch(/Assertion `t >= 0 && t < n_classes` failed/);
    expect(f?.lines).toContain('RuntimeError: CUDA error: device-side assert triggered');
  });

  it.each([
    'RuntimeError: CUDA error: an illegal memory access was encountered',
    'RuntimeError: No CUDA GPUs are available',
    'RuntimeError: The NVIDIA driver on your system is too old (found version 11040). Please update your GPU driver.',
    'RuntimeError: CUDA error: CUBLAS_STATUS_EXECUTION_FAILED when calling `cublasSgemm( handle, opa, opb, m, n, k, &alpha, a, lda, b, ldb, &beta, c, ldc)`',
    'RuntimeError: Expected all tensors to be on the same device, but found at least two devices, cuda:0 and cpu!',
    'RuntimeError: Input type (torch.cuda.FloatTensor) and weight type (torch.FloatTensor) should be the same',
  ])('recognises a CUDA/device error: %s', (line) => {
    expect(classifyFailure(failed(`${TORCH_FRAMES}\n${line}`))?.kind).toBe('cuda_error');
  });

  it('prefers out of memory when a CUDA error says so', () => {
    expect(classifyFailure(failed('RuntimeError: CUDA error: out of memory'))?.kind).toBe('oom_cuda');
    expect(
      classifyFailure(
        failed('RuntimeError: CUDA error: CUBLAS_STATUS_ALLOC_FAILED when calling `cublasCreate(handle)`'),
      )?.kind,
    ).toBe('oom_cuda');
  });

  it('recognises autograd anomaly mode stopping on a NaN', () => {
    const f = classifyFailure(
      failed(`
/usr/lib/python3/dist-packages/torch/autograd/graph.py:744: UserWarning: Error detected in LogBackward0. Traceback of forward call that caused the error:
  File "train.py", line 52, in <module>
    loss = -(y * torch.log(p)).sum()
 (Triggered internally at ../torch/csrc/autograd/python_anomaly_mode.cpp:111.)
  return Variable._execution_engine.run_backward(  # Calls into the C++ engine to run the backward pass
Traceback (most recent call last):
  File "train.py", line 53, in <module>
    loss.backward()
  File "/usr/lib/python3/dist-packages/torch/autograd/graph.py", line 744, in _engine_run_backward
    return Variable._execution_engine.run_backward(  # Calls into the C++ engine to run the backward pass
RuntimeError: Function 'LogBackward0' returned nan values in its 0th output.`),
    );
    expect(f?.kind).toBe('nan_error');
    expect(f?.lines.at(-1)).toBe(
      "RuntimeError: Function 'LogBackward0' returned nan values in its 0th output.",
    );
    expect(f?.advice.join(' ')).toMatch(/exp, log and division.*learning rate/s);
  });

  it.each([
    'ValueError: The loss returned in `training_step` is nan.',
    'ValueError: Detected nan and/or inf values in `layer.weight`. Check your forward pass for numerically unstable operations.',
    'tensorflow.python.framework.errors_impl.InvalidArgumentError: Graph execution error:\n\nloss/CheckNumerics : Tensor had NaN values',
    'FloatingPointError: invalid value (nan) encountered in jit(train_step)',
    'ValueError: loss is nan',
  ])('recognises a NaN check raised by the framework: %s', (line) => {
    expect(classifyFailure(failed(`${TORCH_FRAMES}\n${line}`))?.kind).toBe('nan_error');
  });
});

describe('classifyFailure: how the process ended', () => {
  it('reports a timeout first, whatever was printed', () => {
    const f = classifyFailure(
      failed('RuntimeError: CUDA out of memory.\nstep 5', {
        exitCode: null,
        signal: 'SIGTERM',
        timedOut: true,
        timeoutMs: 600_000,
      }),
    );
    expect(f).toMatchObject({ kind: 'timeout', title: 'Timed out after 600 s and was stopped' });
    expect(f?.lines).toEqual(['RuntimeError: CUDA out of memory.', 'step 5']);
  });

  it('reports a native crash as a signal, from the signal or from status 128 + n', () => {
    expect(
      classifyFailure(failed('Segmentation fault (core dumped)', { exitCode: null, signal: 'SIGSEGV' })),
    ).toMatchObject({
      kind: 'signal',
      title: 'Killed by SIGSEGV',
    });
    expect(classifyFailure(failed('Aborted (core dumped)', { exitCode: 134 }))?.title).toBe(
      'Killed by SIGABRT',
    );
  });

  it('reports an interrupted run as stopped, not as a failure of the code', () => {
    expect(classifyFailure(failed('', { exitCode: null, signal: 'SIGTERM', aborted: true }))?.title).toMatch(
      /interrupted/,
    );
  });

  it('names an unrecognised exception, ignoring harmless warnings before its traceback', () => {
    const f = classifyFailure(
      failed(`
/usr/lib/python3/dist-packages/torch/cuda/__init__.py:118: UserWarning: CUDA initialization: Found no NVIDIA driver on your system. Please check that you have an NVIDIA GPU and installed a driver from http://www.nvidia.com/Download/index.aspx (Triggered internally at ../c10/cuda/CUDAFunctions.cpp:108.)
  return torch._C._cuda_getDeviceCount() > 0
Traceback (most recent call last):
  File "train.py", line 20, in <module>
    y = batch["labels"]
KeyError: 'labels'`),
    );
    expect(f).toMatchObject({ kind: 'exit_nonzero', title: "Exited with status 1: KeyError: 'labels'" });
    expect(f?.lines).toEqual([
      '  File "train.py", line 20, in <module>',
      '    y = batch["labels"]',
      "KeyError: 'labels'",
    ]);
  });

  it('ignores a TensorFlow CUDA_ERROR warning when the failure lies elsewhere', () => {
    const f = classifyFailure(
      failed(
        `
2024-03-01 10:12:01.123456: E external/local_xla/xla/stream_executor/cuda/cuda_driver.cc:282] failed call to cuInit: CUDA_ERROR_NO_DEVICE: no CUDA-capable device is detected
make: *** [Makefile:3: train] Error 2`,
        { exitCode: 2 },
      ),
    );
    expect(f).toMatchObject({ kind: 'exit_nonzero', title: 'Exited with status 2' });
  });

  it('finds the root cause across chained exceptions', () => {
    const f = classifyFailure(
      failed(`
Traceback (most recent call last):
  File "train.py", line 30, in step
    loss.backward()
torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 512.00 MiB.

During handling of the above exception, another exception occurred:

Traceback (most recent call last):
  File "train.py", line 44, in <module>
    raise TrainingError("step 12 failed") from None
__main__.TrainingError: step 12 failed`),
    );
    expect(f?.kind).toBe('oom_cuda');
    expect(f?.lines.at(-1)).toBe('__main__.TrainingError: step 12 failed');
  });

  it('returns undefined for a command that succeeded, and covers every kind with advice', () => {
    expect(classifyFailure(failed('done', { exitCode: 0 }))).toBeUndefined();
    for (const kind of FAILURE_KINDS) expect(FAILURE_ADVICE[kind].length).toBeGreaterThan(0);
  });
});
