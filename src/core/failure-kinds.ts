/**
 * What made a training command fail, as recognised from its exit status and output.
 * Stable codes: they appear in report.json.
 */
export type FailureKind =
  | 'oom_cuda'
  | 'oom_host'
  | 'shape_mismatch'
  | 'dtype_error'
  | 'cuda_error'
  | 'nan_error'
  | 'signal'
  | 'timeout'
  | 'exit_nonzero';

export const FAILURE_KINDS: readonly FailureKind[] = [
  'oom_cuda',
  'oom_host',
  'shape_mismatch',
  'dtype_error',
  'cuda_error',
  'nan_error',
  'signal',
  'timeout',
  'exit_nonzero',
];

/** A classified failure: the kind, one human title, the log lines that decided it, and what to try. */
export interface Failure {
  readonly kind: FailureKind;
  readonly title: string;
  /** The decisive log lines, in log order: the error line with up to three lines of context. */
  readonly lines: string[];
  readonly advice: string[];
}

export const FAILURE_TITLES: Readonly<Record<FailureKind, string>> = {
  oom_cuda: 'Out of GPU memory',
  oom_host: 'Out of host memory',
  shape_mismatch: 'Tensor shape mismatch',
  dtype_error: 'Wrong dtype (a tensor of the wrong type)',
  cuda_error: 'CUDA or device error',
  nan_error: 'The framework stopped on a NaN or infinity',
  signal: 'Killed by a signal',
  timeout: 'Timed out',
  exit_nonzero: 'Exited with an error',
};

/** The lecture's advice for each kind (FSDL 2021 lecture 7; Karpathy's recipe), most useful first. */
export const FAILURE_ADVICE: Readonly<Record<FailureKind, readonly string[]>> = {
  oom_cuda: [
    'Scale back what uses GPU memory, one at a time: batch size first, then sequence length or input resolution, then model size.',
    'Look for tensors kept alive across steps: accumulate `loss.item()`, not `loss`, and do not keep outputs with their graph.',
    'Mixed precision (autocast, bf16) or gradient checkpointing cut activation memory; gradient accumulation keeps the effective batch size.',
    'Check the GPU telemetry: memory already in use before the command started belongs to another process.',
  ],
  oom_host: [
    'The process ran out of host RAM; the kernel\'s OOM killer ends it with SIGKILL ("Killed", exit status 137).',
    'Scale back one at a time: batch size, DataLoader num_workers and prefetch_factor, datasets cached in memory.',
    'Load data lazily (memory-mapped or streamed) rather than all at once, and look for lists that grow every step.',
    'In a container, DataLoader workers need shared memory: raise --shm-size or lower num_workers.',
  ],
  shape_mismatch: [
    'Incorrect tensor shapes are the most common deep-learning bug: print or assert the shapes of inputs, outputs and labels at each layer.',
    "Compare the layer's expected input size with what the previous layer produces (flattened size, channels, sequence length).",
    'Beware silent broadcasting: (N,) combined with (N, 1) gives (N, N); reshape or squeeze explicitly.',
    'Check that inputs and targets have the same batch size, and every view/reshape after changing image or batch size.',
  ],
  dtype_error: [
    'Cast inputs and labels explicitly: float32 for inputs and regression targets (`.float()`), int64 class indices for cross-entropy (`.long()`).',
    'NumPy arrays default to float64: convert with `torch.from_numpy(x).float()` or `x.astype(np.float32)`.',
    'Under mixed precision let autocast choose dtypes instead of casting by hand.',
  ],
  cuda_error: [
    'A device-side assert is usually an index out of range: a class label that is negative or not below the number of classes, or an embedding index beyond the vocabulary.',
    'Run again with CUDA_LAUNCH_BLOCKING=1, or on the CPU, to see the line that really failed.',
    "No GPU or a driver mismatch: check `nvidia-smi`, that the runner exposes the GPU, and that the framework's CUDA build fits the driver.",
    'Keep the model and every batch on the same device (`.to(device)` for both).',
  ],
  nan_error: [
    'Numerical instability: check every exp, log and division (log of 0, division by a tiny number, exp overflow); prefer stable fused ops (log_softmax, cross-entropy on logits).',
    'Lower the learning rate, and clip gradients.',
    'Check the inputs and labels for NaN or infinity, and normalise the inputs.',
    'Under float16 mixed precision use a gradient scaler, or train in bf16.',
  ],
  signal: [
    'A native crash (SIGSEGV, SIGBUS, SIGILL, SIGABRT): run with `python -X faulthandler` to see where, and check that framework, CUDA and driver versions fit together; num_workers=0 rules out a DataLoader worker.',
    'Any other signal came from outside: the runner, a scheduler or a person stopped the command.',
  ],
  timeout: [
    'Make the check shorter (fewer steps, a small subset of the data) or raise its `timeout` in trainspotter.yml.',
    'If it hangs instead, read the last lines: a DataLoader deadlock, a distributed rendezvous waiting for peers, or a prompt waiting for input.',
  ],
  exit_nonzero: [
    'Read the exception and the lines before it, and run the command locally with the same TRAINSPOTTER_CHECK, TRAINSPOTTER_SEED and TRAINSPOTTER_OUT.',
  ],
};
