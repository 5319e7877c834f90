import type { FailureKind } from './failure-kinds.js';

/**
 * One way a kind of failure shows in a log line. `refine` may move a match to another kind
 * (a TensorFlow OOM on the CPU is host memory) or drop it (undefined).
 */
export interface FailurePattern {
  readonly kind: FailureKind;
  readonly pattern: RegExp;
  readonly refine?: (line: string) => FailureKind | undefined;
}

const hostOrDevice = (line: string): FailureKind =>
  /device:CPU|\bcpu_allocator|\bon CPU\b|Host memory/i.test(line) ? 'oom_host' : 'oom_cuda';

/** `Input type (torch.cuda.FloatTensor) and weight type (torch.FloatTensor)` is a device, not a dtype, mismatch. */
const typeOrDevice = (line: string): FailureKind => {
  const m = /Input type \(([^)]*)\) and weight type \(([^)]*)\)/.exec(line);
  if (!m) return 'dtype_error';
  const strip = (s: string | undefined) => (s ?? '').replace(/\bcuda\.|\bmps\.|\bxpu\./g, '');
  return m[1] !== m[2] && strip(m[1]) === strip(m[2]) ? 'cuda_error' : 'dtype_error';
};

/**
 * In priority order: the first pattern that matches a line decides it. Out-of-memory comes
 * before the CUDA errors because "CUDA error: out of memory" is both.
 * Sources: messages of PyTorch (c10, ATen, autograd), TensorFlow/Keras, JAX/XLA, NumPy, the
 * Linux OOM killer and the shell, as users quote them in issue trackers.
 */
export const FAILURE_PATTERNS: readonly FailurePattern[] = [
  // Accelerator memory.
  { kind: 'oom_cuda', pattern: /CUDA out of memory|OutOfMemoryError|CUDA error: out of memory/ },
  { kind: 'oom_cuda', pattern: /\b(HIP|MPS backend) out of memory/ },
  {
    kind: 'oom_cuda',
    pattern: /CUBLAS_STATUS_ALLOC_FAILED|CUDNN_STATUS_ALLOC_FAILED|cudaErrorMemoryAllocation/,
  },
  { kind: 'oom_cuda', pattern: /OOM when allocating tensor|ResourceExhaustedError/, refine: hostOrDevice },
  {
    kind: 'oom_cuda',
    pattern: /RESOURCE_EXHAUSTED: (Out of memory|Failed to allocate)|Resource exhausted: Out of memory/,
    refine: hostOrDevice,
  },
  // Host memory.
  { kind: 'oom_host', pattern: /^\s*Killed\s*$|: line \d+:\s+\d+ Killed\b|killed by signal: Killed/ },
  { kind: 'oom_host', pattern: /Out of memory: Kill(ed)? process|oom[-_]kill/i },
  {
    kind: 'oom_host',
    pattern: /(^|[.\s])(MemoryError|_ArrayMemoryError)\b|Unable to allocate [\d.]+ [KMGT]i?B for an array/,
  },
  {
    kind: 'oom_host',
    pattern: /DefaultCPUAllocator: (can't|not enough memory)|std::bad_alloc|Cannot allocate memory/,
  },
  { kind: 'oom_host', pattern: /insufficient shared memory \(shm\)/ },
  // Non-finite values the framework refused to go on with.
  { kind: 'nan_error', pattern: /returned (nan|inf) values in its \d+\w* output/i },
  { kind: 'nan_error', pattern: /Tensor had (NaN|Inf) values/ },
  { kind: 'nan_error', pattern: /FloatingPointError: (invalid value|divide by zero|overflow)/ },
  {
    kind: 'nan_error',
    pattern: /The loss returned in `training_step` is (nan|inf)|Detected nan and\/or inf values/,
  },
  // Shapes.
  {
    kind: 'shape_mismatch',
    pattern: /shapes cannot be multiplied|size mismatch|The size of tensor a \(\d+\) must match/,
  },
  { kind: 'shape_mismatch', pattern: /Expected input batch_size \(\d+\) to match target batch_size/ },
  {
    kind: 'shape_mismatch',
    pattern: /Given groups=\d+, weight of size .* expected input.* to have \d+ channels/,
  },
  {
    kind: 'shape_mismatch',
    pattern: /shape '\[[^\]]*\]' is invalid for input of size|Expected \d+D \(unbatched\)/,
  },
  {
    kind: 'shape_mismatch',
    pattern: /Incompatible shapes|Shapes .* and .* are incompatible|is incompatible with the layer/,
  },
  {
    kind: 'shape_mismatch',
    pattern: /incompatible shapes for broadcasting|could not be broadcast together with shapes/,
  },
  {
    kind: 'shape_mismatch',
    pattern: /requires contracting dimensions to have the same shape|Dimension out of range/,
  },
  {
    kind: 'shape_mismatch',
    pattern: /Target size \(.*\) must be the same as input size|Matrix size-incompatible/,
  },
  // Dtypes.
  {
    kind: 'dtype_error',
    pattern: /Expected object of scalar type \w+ but got|expected scalar type \w+ but found \w+/i,
  },
  { kind: 'dtype_error', pattern: /(to|must) have the same dtype|Found dtype \w+ but expected \w+/ },
  {
    kind: 'dtype_error',
    pattern: /Input type \(.*\) and weight type \(.*\) should be the same/,
    refine: typeOrDevice,
  },
  {
    kind: 'dtype_error',
    pattern: /"\w+" not implemented for '\w+'|can't be cast to the desired output type/,
  },
  {
    kind: 'dtype_error',
    pattern: /was expected to be a \w+ tensor but is a \w+ tensor|has type \w+ that does not match/,
  },
  {
    kind: 'dtype_error',
    pattern:
      /Tensor conversion requested dtype \w+ for Tensor with dtype|requires arguments to have the same dtypes/,
  },
  {
    kind: 'dtype_error',
    pattern:
      /Input dtype must be either a floating point|only Tensors of floating point .*dtype can require gradients/,
  },
  // CUDA and devices.
  { kind: 'cuda_error', pattern: /device-side assert triggered|illegal memory access|CUDA error:/ },
  // TensorFlow logs CUDA_ERROR_NO_DEVICE as a warning and goes on on the CPU: only an exception counts.
  {
    kind: 'cuda_error',
    pattern: /CUDA_ERROR_\w+/,
    refine: (line) => (EXCEPTION_LINE.test(line) ? 'cuda_error' : undefined),
  },
  { kind: 'cuda_error', pattern: /CUBLAS_STATUS_\w+|CUDNN_STATUS_\w+|cuDNN error|NCCL error|cudaError\w+/ },
  {
    kind: 'cuda_error',
    pattern: /No CUDA GPUs are available|Found no NVIDIA driver|NVIDIA driver on your system is too old/,
  },
  {
    kind: 'cuda_error',
    pattern:
      /CUDA driver version is insufficient|Torch not compiled with CUDA enabled|no kernel image is available/,
  },
  { kind: 'cuda_error', pattern: /Expected all tensors to be on the same device/ },
];

/** A warning is never decisive: "UserWarning: CUDA initialization: Found no NVIDIA driver" is harmless on a CPU runner. */
export const WARNING_LINE = /\b[A-Z]\w*Warning: /;
/** A Python exception line, e.g. `RuntimeError: ...`, `torch.cuda.OutOfMemoryError: ...`, `AssertionError`. */
export const EXCEPTION_LINE = /^([A-Za-z_][\w]*\.)*[A-Z]\w*(Error|Exception|Exit|Interrupt|Failure)(:|\s*$)/;
export const TRACEBACK_START = /^Traceback \(most recent call last\):/;
export const EXCEPTION_CHAIN =
  /^(During handling of the above exception, another exception occurred|The above exception was the direct cause of the following exception):/;
/** On an exception line, a mention of NaN or infinity marks a framework's NaN check. */
export const NAN_WORDS = /\b(nan|NaN|NAN|inf|Inf|non-finite|not finite)\b/;
/** The kernel assertion CUDA prints before a device-side assert's traceback. */
export const CUDA_ASSERTION = /Assertion `.*` failed/;
