#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);
import {
  findConfig,
  parseConfig
} from "./chunk-EKH6DH3A.js";
import {
  CHECK_NAMES
} from "./chunk-BQVUO3CN.js";
import {
  DEFAULT_METRICS,
  PROBE_LOG,
  STDOUT_METRICS
} from "./chunk-FRJY3IZZ.js";
import {
  STEP_KEYS,
  concatBytes,
  pythonNonFinite,
  readRegularFile
} from "./chunk-AKW4DGKN.js";
import {
  formatBytes
} from "./chunk-RAPCEA5V.js";
import {
  InputError
} from "./chunk-I44QFZY6.js";

// src/runner/check-order.ts
function isCheckName(name) {
  return CHECK_NAMES.includes(name);
}
function checkOrder(config, only) {
  const configured = CHECK_NAMES.filter((name) => config.checks[name] !== void 0);
  const wanted = only ?? configured;
  for (const name of wanted) {
    if (!configured.includes(name)) {
      throw new InputError(
        `--check ${name}: trainspotter.yml defines no checks.${name}; it defines ${configured.join(", ")}.`
      );
    }
  }
  return CHECK_NAMES.filter((n) => wanted.includes(n));
}

// src/runner/run-trainspotter.ts
import { mkdir as mkdir2, readFile, writeFile } from "node:fs/promises";
import { join as join6, relative, resolve as resolve3 } from "node:path";

// src/runner/load-once.ts
function loadOnce(load) {
  let loading;
  return () => {
    if (loading === void 0) {
      loading = load();
      loading.catch(() => void 0);
    }
    return loading;
  };
}

// src/runner/run-checks.ts
import { join as join5, resolve as resolve2 } from "node:path";

// src/core/failure-kinds.ts
var FAILURE_TITLES = {
  oom_cuda: "Out of GPU memory",
  oom_host: "Out of host memory",
  shape_mismatch: "Tensor shape mismatch",
  dtype_error: "Wrong dtype (a tensor of the wrong type)",
  cuda_error: "CUDA or device error",
  nan_error: "The framework stopped on a NaN or infinity",
  signal: "Killed by a signal",
  timeout: "Timed out",
  exit_nonzero: "Exited with an error"
};
var FAILURE_ADVICE = {
  oom_cuda: [
    "Scale back what uses GPU memory, one at a time: batch size first, then sequence length or input resolution, then model size.",
    "Look for tensors kept alive across steps: accumulate `loss.item()`, not `loss`, and do not keep outputs with their graph.",
    "Mixed precision (autocast, bf16) or gradient checkpointing cut activation memory; gradient accumulation keeps the effective batch size.",
    "Check the GPU telemetry: memory already in use before the command started belongs to another process."
  ],
  oom_host: [
    `The process ran out of host RAM; the kernel's OOM killer ends it with SIGKILL ("Killed", exit status 137).`,
    "Scale back one at a time: batch size, DataLoader num_workers and prefetch_factor, datasets cached in memory.",
    "Load data lazily (memory-mapped or streamed) rather than all at once, and look for lists that grow every step.",
    "In a container, DataLoader workers need shared memory: raise --shm-size or lower num_workers."
  ],
  shape_mismatch: [
    "Incorrect tensor shapes are the most common deep-learning bug: print or assert the shapes of inputs, outputs and labels at each layer.",
    "Compare the layer's expected input size with what the previous layer produces (flattened size, channels, sequence length).",
    "Beware silent broadcasting: (N,) combined with (N, 1) gives (N, N); reshape or squeeze explicitly.",
    "Check that inputs and targets have the same batch size, and every view/reshape after changing image or batch size."
  ],
  dtype_error: [
    "Cast inputs and labels explicitly: float32 for inputs and regression targets (`.float()`), int64 class indices for cross-entropy (`.long()`).",
    "NumPy arrays default to float64: convert with `torch.from_numpy(x).float()` or `x.astype(np.float32)`.",
    "Under mixed precision let autocast choose dtypes instead of casting by hand."
  ],
  cuda_error: [
    "A device-side assert is usually an index out of range: a class label that is negative or not below the number of classes, or an embedding index beyond the vocabulary.",
    "Run again with CUDA_LAUNCH_BLOCKING=1, or on the CPU, to see the line that really failed.",
    "No GPU or a driver mismatch: check `nvidia-smi`, that the runner exposes the GPU, and that the framework's CUDA build fits the driver.",
    "Keep the model and every batch on the same device (`.to(device)` for both)."
  ],
  nan_error: [
    "Numerical instability: check every exp, log and division (log of 0, division by a tiny number, exp overflow); prefer stable fused ops (log_softmax, cross-entropy on logits).",
    "Lower the learning rate, and clip gradients.",
    "Check the inputs and labels for NaN or infinity, and normalise the inputs.",
    "Under float16 mixed precision use a gradient scaler, or train in bf16."
  ],
  signal: [
    "A native crash (SIGSEGV, SIGBUS, SIGILL, SIGABRT): run with `python -X faulthandler` to see where, and check that framework, CUDA and driver versions fit together; num_workers=0 rules out a DataLoader worker.",
    "Any other signal came from outside: the runner, a scheduler or a person stopped the command."
  ],
  timeout: [
    "Make the check shorter (fewer steps, a small subset of the data) or raise its `timeout` in trainspotter.yml.",
    "If it hangs instead, read the last lines: a DataLoader deadlock, a distributed rendezvous waiting for peers, or a prompt waiting for input."
  ],
  exit_nonzero: [
    "Read the exception and the lines before it, and run the command locally with the same TRAINSPOTTER_CHECK, TRAINSPOTTER_SEED and TRAINSPOTTER_OUT."
  ]
};

// src/core/failure-patterns.ts
var hostOrDevice = (line) => /device:CPU|\bcpu_allocator|\bon CPU\b|Host memory/i.test(line) ? "oom_host" : "oom_cuda";
var typeOrDevice = (line) => {
  const m = /Input type \(([^)]*)\) and weight type \(([^)]*)\)/.exec(line);
  if (!m) return "dtype_error";
  const strip = (s) => (s ?? "").replace(/\bcuda\.|\bmps\.|\bxpu\./g, "");
  return m[1] !== m[2] && strip(m[1]) === strip(m[2]) ? "cuda_error" : "dtype_error";
};
var FAILURE_PATTERNS = [
  // Accelerator memory.
  { kind: "oom_cuda", pattern: /CUDA out of memory|OutOfMemoryError|CUDA error: out of memory/ },
  { kind: "oom_cuda", pattern: /\b(HIP|MPS backend) out of memory/ },
  {
    kind: "oom_cuda",
    pattern: /CUBLAS_STATUS_ALLOC_FAILED|CUDNN_STATUS_ALLOC_FAILED|cudaErrorMemoryAllocation/
  },
  { kind: "oom_cuda", pattern: /OOM when allocating tensor|ResourceExhaustedError/, refine: hostOrDevice },
  {
    kind: "oom_cuda",
    pattern: /RESOURCE_EXHAUSTED: (Out of memory|Failed to allocate)|Resource exhausted: Out of memory/,
    refine: hostOrDevice
  },
  // Host memory.
  { kind: "oom_host", pattern: /^\s*Killed\s*$|: line \d+:\s+\d+ Killed\b|killed by signal: Killed/ },
  { kind: "oom_host", pattern: /Out of memory: Kill(ed)? process|oom[-_]kill/i },
  {
    kind: "oom_host",
    pattern: /(^|[.\s])(MemoryError|_ArrayMemoryError)\b|Unable to allocate [\d.]+ [KMGT]i?B for an array/
  },
  {
    kind: "oom_host",
    pattern: /DefaultCPUAllocator: (can't|not enough memory)|std::bad_alloc|Cannot allocate memory/
  },
  { kind: "oom_host", pattern: /insufficient shared memory \(shm\)/ },
  // Non-finite values the framework refused to go on with.
  { kind: "nan_error", pattern: /returned (nan|inf) values in its \d+\w* output/i },
  { kind: "nan_error", pattern: /Tensor had (NaN|Inf) values/ },
  { kind: "nan_error", pattern: /FloatingPointError: (invalid value|divide by zero|overflow)/ },
  {
    kind: "nan_error",
    pattern: /The loss returned in `training_step` is (nan|inf)|Detected nan and\/or inf values/
  },
  // Shapes.
  {
    kind: "shape_mismatch",
    pattern: /shapes cannot be multiplied|size mismatch|The size of tensor a \(\d+\) must match/
  },
  { kind: "shape_mismatch", pattern: /Expected input batch_size \(\d+\) to match target batch_size/ },
  {
    kind: "shape_mismatch",
    pattern: /Given groups=\d+, weight of size .* expected input.* to have \d+ channels/
  },
  {
    kind: "shape_mismatch",
    pattern: /shape '\[[^\]]*\]' is invalid for input of size|Expected \d+D \(unbatched\)/
  },
  {
    kind: "shape_mismatch",
    pattern: /Incompatible shapes|Shapes .* and .* are incompatible|is incompatible with the layer/
  },
  {
    kind: "shape_mismatch",
    pattern: /incompatible shapes for broadcasting|could not be broadcast together with shapes/
  },
  {
    kind: "shape_mismatch",
    pattern: /requires contracting dimensions to have the same shape|Dimension out of range/
  },
  {
    kind: "shape_mismatch",
    pattern: /Target size \(.*\) must be the same as input size|Matrix size-incompatible/
  },
  // Dtypes.
  {
    kind: "dtype_error",
    pattern: /Expected object of scalar type \w+ but got|expected scalar type \w+ but found \w+/i
  },
  { kind: "dtype_error", pattern: /(to|must) have the same dtype|Found dtype \w+ but expected \w+/ },
  {
    kind: "dtype_error",
    pattern: /Input type \(.*\) and weight type \(.*\) should be the same/,
    refine: typeOrDevice
  },
  {
    kind: "dtype_error",
    pattern: /"\w+" not implemented for '\w+'|can't be cast to the desired output type/
  },
  {
    kind: "dtype_error",
    pattern: /was expected to be a \w+ tensor but is a \w+ tensor|has type \w+ that does not match/
  },
  {
    kind: "dtype_error",
    pattern: /Tensor conversion requested dtype \w+ for Tensor with dtype|requires arguments to have the same dtypes/
  },
  {
    kind: "dtype_error",
    pattern: /Input dtype must be either a floating point|only Tensors of floating point .*dtype can require gradients/
  },
  // CUDA and devices.
  { kind: "cuda_error", pattern: /device-side assert triggered|illegal memory access|CUDA error:/ },
  // TensorFlow logs CUDA_ERROR_NO_DEVICE as a warning and goes on on the CPU: only an exception counts.
  {
    kind: "cuda_error",
    pattern: /CUDA_ERROR_\w+/,
    refine: (line) => EXCEPTION_LINE.test(line) ? "cuda_error" : void 0
  },
  { kind: "cuda_error", pattern: /CUBLAS_STATUS_\w+|CUDNN_STATUS_\w+|cuDNN error|NCCL error|cudaError\w+/ },
  {
    kind: "cuda_error",
    pattern: /No CUDA GPUs are available|Found no NVIDIA driver|NVIDIA driver on your system is too old/
  },
  {
    kind: "cuda_error",
    pattern: /CUDA driver version is insufficient|Torch not compiled with CUDA enabled|no kernel image is available/
  },
  { kind: "cuda_error", pattern: /Expected all tensors to be on the same device/ }
];
var WARNING_LINE = /\b[A-Z]\w*Warning: /;
var EXCEPTION_LINE = /^([A-Za-z_][\w]*\.)*[A-Z]\w*(Error|Exception|Exit|Interrupt|Failure)(:|\s*$)/;
var TRACEBACK_START = /^Traceback \(most recent call last\):/;
var EXCEPTION_CHAIN = /^(During handling of the above exception, another exception occurred|The above exception was the direct cause of the following exception):/;
var NAN_WORDS = /\b(nan|NaN|NAN|inf|Inf|non-finite|not finite)\b/;
var CUDA_ASSERTION = /Assertion `.*` failed/;

// src/core/classify-failure.ts
var SIGNALS = {
  1: "SIGHUP",
  2: "SIGINT",
  3: "SIGQUIT",
  4: "SIGILL",
  6: "SIGABRT",
  7: "SIGBUS",
  8: "SIGFPE",
  9: "SIGKILL",
  11: "SIGSEGV",
  13: "SIGPIPE",
  15: "SIGTERM"
};
var MAX_QUOTED = 300;
var CONTEXT = 3;
var CARETS = /^\s*[~^]+\s*$/;
function classifyFailure(run) {
  const lines = run.lines;
  const signal = run.signal ?? signalFromStatus(run.exitCode);
  if (run.timedOut) {
    const secs = run.timeoutMs === void 0 ? "" : ` after ${formatSeconds(run.timeoutMs)}`;
    return make("timeout", `Timed out${secs} and was stopped`, lastLines(lines));
  }
  if (run.aborted) {
    return make("signal", "Stopped: trainspotter was interrupted", lastLines(lines));
  }
  if (run.exitCode === 0 && signal === null) return void 0;
  if (run.exitCode === null && signal === null) {
    return make("exit_nonzero", "The command could not be started", lastLines(lines));
  }
  const exception = lastIndex(lines, (l) => EXCEPTION_LINE.test(l));
  const from = exception === -1 ? 0 : tracebackStart(lines, exception);
  for (let i = lines.length - 1; i >= from; i--) {
    const line = lines[i];
    const kind = matchLine(line, i === exception || EXCEPTION_LINE.test(line));
    if (kind === void 0) continue;
    const quoted = decisive(lines, i, exception, from);
    if (kind === "cuda_error") {
      const assertion = lastIndex(lines, (l) => CUDA_ASSERTION.test(l));
      if (assertion !== -1 && assertion < i) quoted.unshift(clip(lines[assertion]));
    }
    return make(kind, titleFor(kind, line), quoted);
  }
  if (signal === "SIGKILL") {
    return make(
      "oom_host",
      "Killed (SIGKILL): most likely the kernel ran out of host memory",
      lastLines(lines)
    );
  }
  if (signal !== null) {
    const quoted = exception === -1 ? lastLines(lines) : decisive(lines, exception, exception, from);
    return make("signal", `Killed by ${signal}`, quoted);
  }
  if (exception !== -1) {
    const name = clip(lines[exception], 120);
    return make(
      "exit_nonzero",
      `Exited with status ${run.exitCode}: ${name}`,
      decisive(lines, exception, exception, from)
    );
  }
  return make("exit_nonzero", `Exited with status ${run.exitCode}`, lastLines(lines));
}
function matchLine(line, isException) {
  if (WARNING_LINE.test(line)) return void 0;
  for (const p of FAILURE_PATTERNS) {
    if (!p.pattern.test(line)) continue;
    const kind = p.refine ? p.refine(line) : p.kind;
    if (kind !== void 0) return kind;
  }
  return isException && NAN_WORDS.test(line) ? "nan_error" : void 0;
}
function tracebackStart(lines, exception) {
  let start = lastIndex(lines, (l) => TRACEBACK_START.test(l), exception);
  if (start === -1) return Math.max(0, exception - 50);
  for (; ; ) {
    let j = start - 1;
    while (j >= 0 && lines[j].trim() === "") j--;
    if (j < 0 || !EXCEPTION_CHAIN.test(lines[j])) return start;
    const earlier = lastIndex(lines, (l) => TRACEBACK_START.test(l), j);
    if (earlier === -1) return start;
    start = earlier;
  }
}
function decisive(lines, at, exception, from) {
  const before = [];
  for (let j = at - 1; j >= from && before.length < CONTEXT; j--) {
    const l = lines[j];
    if (l.trim() === "" || CARETS.test(l) || TRACEBACK_START.test(l)) continue;
    before.unshift(clip(l));
  }
  const out = [...before, clip(lines[at])];
  if (exception > at) out.push(clip(lines[exception]));
  return out;
}
function lastLines(lines) {
  const out = [];
  for (let j = lines.length - 1; j >= 0 && out.length < CONTEXT; j--) {
    const l = lines[j];
    if (l.trim() !== "") out.unshift(clip(l));
  }
  return out;
}
function lastIndex(lines, test, atOrBefore = lines.length - 1) {
  for (let i = Math.min(atOrBefore, lines.length - 1); i >= 0; i--) if (test(lines[i])) return i;
  return -1;
}
function titleFor(kind, line) {
  const base = FAILURE_TITLES[kind];
  if (kind === "oom_cuda" || kind === "oom_host") {
    const m = /Tried to allocate ([\d.]+ [KMGT]i?B)|allocate ([\d.]+ [KMGT]i?B)|allocate (\d+) bytes/i.exec(
      line
    );
    const size = m?.[1] ?? m?.[2] ?? (m?.[3] === void 0 ? void 0 : formatBytes(Number(m[3]), 2));
    if (size !== void 0) return `${base} (tried to allocate ${size})`;
  }
  if (kind === "cuda_error" && /device-side assert/.test(line))
    return "CUDA device-side assert (often an index out of range)";
  if (kind === "cuda_error" && /same device|Input type/.test(line)) return "Tensors on different devices";
  return base;
}
function make(kind, title, lines) {
  return { kind, title, lines, advice: [...FAILURE_ADVICE[kind]] };
}
function signalFromStatus(exitCode) {
  if (exitCode === null || exitCode <= 128 || exitCode > 128 + 64) return null;
  return SIGNALS[exitCode - 128] ?? `signal ${exitCode - 128}`;
}
function clip(line, max = MAX_QUOTED) {
  return line.length <= max ? line : `${line.slice(0, max)}\u2026`;
}
function formatSeconds(ms) {
  return ms % 1e3 === 0 ? `${ms / 1e3} s` : `${(ms / 1e3).toFixed(1)} s`;
}

// src/runner/check-env.ts
import { mkdir, rm } from "node:fs/promises";
import { delimiter, join, resolve } from "node:path";
function checkEnv(base, check, seed, outDir, probe) {
  const env = {};
  for (const [key, value] of Object.entries(base)) if (value !== void 0) env[key] = value;
  env.TRAINSPOTTER_CHECK = check;
  env.TRAINSPOTTER_SEED = String(seed);
  env.TRAINSPOTTER_OUT = outDir;
  env.PYTHONUNBUFFERED = "1";
  if (probe) {
    env.TRAINSPOTTER_PROBE = "1";
    env.TRAINSPOTTER_MAX_STEPS = String(probe.maxSteps);
    if (probe.maxTimeMs !== void 0) env.TRAINSPOTTER_MAX_TIME = String(probe.maxTimeMs / 1e3);
    env.TRAINSPOTTER_FIX_BATCH = probe.fixBatch ? "1" : "0";
    const user = base.PYTHONPATH;
    env.PYTHONPATH = user ? `${probe.pythonPath}${delimiter}${user}` : probe.pythonPath;
  }
  return env;
}
async function buildCheckEnv(options) {
  const { check, seed } = options;
  if (!Number.isSafeInteger(seed) || seed < 0) {
    throw new InputError(
      `Invalid seed ${JSON.stringify(seed)}: expected a non-negative integer such as 0 or 42.`
    );
  }
  const outDir = join(resolve(options.outRoot), `${check}-seed${seed}`);
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  return { env: checkEnv(options.baseEnv ?? process.env, check, seed, outDir, options.probe), outDir };
}

// src/runner/gpu-telemetry.ts
import { execFile, spawn } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { delimiter as delimiter2, join as join2 } from "node:path";

// src/core/gpu-summary.ts
var DEFAULT_GPU_USE_THRESHOLDS = { memoryRiseMiB: 256, utilizationRisePct: 20 };
var number = (s) => {
  const t = (s ?? "").trim();
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
};
function parseGpuLine(line) {
  const fields = line.split(",");
  if (fields.length < 5) return void 0;
  const index = number(fields[0]);
  const used = number(fields.at(-3));
  const total = number(fields.at(-2));
  if (index === null || used === null || total === null) return void 0;
  const name = fields.slice(1, -3).join(",").trim();
  return { index, name, memoryUsedMiB: used, memoryTotalMiB: total, utilizationPct: number(fields.at(-1)) };
}
function parseComputeApps(text) {
  const out = [];
  for (const line of text.split("\n")) {
    const [pidField, memField] = line.split(",");
    const pid = number(pidField);
    if (pid !== null && Number.isInteger(pid) && pid > 0) out.push({ pid, usedMemoryMiB: number(memField) });
  }
  return out;
}
var GpuAccumulator = class {
  devices = /* @__PURE__ */ new Map();
  processMemoryMiB = null;
  processSeen = false;
  add(r) {
    const d = this.devices.get(r.index);
    if (d === void 0) {
      this.devices.set(r.index, {
        index: r.index,
        name: r.name,
        memoryTotalMiB: r.memoryTotalMiB,
        baselineMemoryMiB: r.memoryUsedMiB,
        baselineUtilizationPct: r.utilizationPct,
        peakMemoryMiB: r.memoryUsedMiB,
        peakUtilizationPct: r.utilizationPct,
        readings: 1
      });
      return;
    }
    d.readings++;
    d.peakMemoryMiB = Math.max(d.peakMemoryMiB, r.memoryUsedMiB);
    if (r.utilizationPct !== null)
      d.peakUtilizationPct = Math.max(d.peakUtilizationPct ?? 0, r.utilizationPct);
  }
  /** Records the memory nvidia-smi attributes to the command's processes at one poll. */
  addProcessMemory(miB) {
    this.processSeen = true;
    if (miB !== null) this.processMemoryMiB = Math.max(this.processMemoryMiB ?? 0, miB);
  }
  get deviceCount() {
    return this.devices.size;
  }
  /** The summary; `present: false` with `reasonIfEmpty` when no reading came. */
  summary(reasonIfEmpty, thresholds = DEFAULT_GPU_USE_THRESHOLDS) {
    const devices = [...this.devices.values()].sort((a, b) => a.index - b.index);
    const top = devices.reduce(
      (best, d) => best === void 0 || d.peakMemoryMiB - d.baselineMemoryMiB > best.peakMemoryMiB - best.baselineMemoryMiB ? d : best,
      void 0
    );
    if (top === void 0) return { present: false, reason: reasonIfEmpty };
    const memoryRose = devices.some((d) => d.peakMemoryMiB - d.baselineMemoryMiB >= thresholds.memoryRiseMiB);
    const busy = devices.some(
      (d) => d.peakUtilizationPct !== null && d.peakUtilizationPct - (d.baselineUtilizationPct ?? 0) >= thresholds.utilizationRisePct
    );
    const usedBy = this.processSeen ? "process" : memoryRose ? "memory" : busy ? "utilization" : null;
    const utils = devices.map((d) => d.peakUtilizationPct).filter((u) => u !== null);
    return {
      present: true,
      names: devices.map((d) => d.name),
      devices: devices.map((d) => ({
        index: d.index,
        name: d.name,
        memoryTotalMiB: d.memoryTotalMiB,
        baselineMemoryMiB: d.baselineMemoryMiB,
        peakMemoryMiB: d.peakMemoryMiB,
        peakUtilizationPct: d.peakUtilizationPct
      })),
      baselineMemoryMiB: top.baselineMemoryMiB,
      peakMemoryMiB: top.peakMemoryMiB,
      peakUtilizationPct: utils.length === 0 ? null : Math.max(...utils),
      used: usedBy !== null,
      usedBy,
      processMemoryMiB: this.processMemoryMiB,
      samples: Math.max(...devices.map((d) => d.readings))
    };
  }
};

// src/runner/capped-line-splitter.ts
import { StringDecoder } from "node:string_decoder";
var DEFAULT_MAX_LINE_LENGTH = 4096;
var CappedLineSplitter = class {
  constructor(onLine, maxLength = DEFAULT_MAX_LINE_LENGTH) {
    this.onLine = onLine;
    this.maxLength = maxLength;
  }
  onLine;
  maxLength;
  decoder = new StringDecoder("utf8");
  partial = "";
  dropped = 0;
  lastWasCr = false;
  write(chunk) {
    this.consume(typeof chunk === "string" ? chunk : this.decoder.write(chunk));
  }
  /** Flushes a last line that had no newline. */
  end() {
    this.consume(this.decoder.end());
    if (this.partial.length > 0 || this.dropped > 0) this.emit();
  }
  consume(text) {
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      const skipLf = c === 10 && this.lastWasCr && i === start && this.partial.length === 0 && this.dropped === 0;
      this.lastWasCr = c === 13;
      if (skipLf) {
        start = i + 1;
        continue;
      }
      this.append(text, start, i);
      this.emit();
      start = i + 1;
    }
    if (start < text.length) {
      this.lastWasCr = false;
      this.append(text, start, text.length);
    }
  }
  append(text, from, to) {
    const room = this.maxLength - this.partial.length;
    const take = Math.min(room, to - from);
    if (take > 0) this.partial += text.slice(from, from + take);
    this.dropped += to - from - Math.max(take, 0);
  }
  emit() {
    const line = this.dropped > 0 ? `${this.partial} \u2026 [${this.dropped} more characters]` : this.partial;
    this.partial = "";
    this.dropped = 0;
    this.onLine(line);
  }
};

// src/runner/proc-table.ts
import { readdirSync, readFileSync } from "node:fs";
function parseProcStat(text) {
  const close = text.lastIndexOf(")");
  const open2 = text.indexOf("(");
  if (open2 < 1 || close < open2) return void 0;
  const pid = Number(text.slice(0, open2).trim());
  const rest = text.slice(close + 2).split(" ");
  const ppid = Number(rest[1]);
  const pgid = Number(rest[2]);
  const state = rest[0];
  if (!Number.isInteger(pid) || !Number.isInteger(ppid) || !Number.isInteger(pgid) || !state)
    return void 0;
  return { pid, ppid, pgid, state };
}
function readProcTable() {
  let names;
  try {
    names = readdirSync("/proc");
  } catch {
    return void 0;
  }
  const out = [];
  for (const name of names) {
    if (name.charCodeAt(0) < 48 || name.charCodeAt(0) > 57) continue;
    try {
      const entry = parseProcStat(readFileSync(`/proc/${name}/stat`, "utf8"));
      if (entry) out.push(entry);
    } catch {
    }
  }
  return out;
}
function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
  } catch (err) {
    return err.code === "EPERM";
  }
  const table = readProcTable();
  if (table === void 0) return true;
  return table.some((p) => p.pgid === pgid && p.state !== "Z");
}

// src/runner/gpu-telemetry.ts
var GPU_QUERY = "--query-gpu=index,name,memory.used,memory.total,utilization.gpu";
var APPS_QUERY = "--query-compute-apps=pid,used_memory";
var FORMAT = "--format=csv,noheader,nounits";
var READY_LIMIT_MS = 5e3;
var APPS_TIMEOUT_MS = 5e3;
var STOP_LIMIT_MS = 2e3;
function findOnPath(name, path) {
  for (const dir of (path ?? "").split(delimiter2)) {
    if (dir === "") continue;
    const candidate = join2(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
    }
  }
  return void 0;
}
function descendants(root) {
  const table = readProcTable() ?? [];
  const ours = /* @__PURE__ */ new Set([root]);
  for (const p of table) if (p.pgid === root) ours.add(p.pid);
  let grew = true;
  while (grew) {
    grew = false;
    for (const p of table) {
      if (!ours.has(p.pid) && ours.has(p.ppid)) {
        ours.add(p.pid);
        grew = true;
      }
    }
  }
  return ours;
}
function startGpuTelemetry(options = {}) {
  const env = options.env ?? process.env;
  const intervalMs = options.intervalMs ?? 500;
  const appsIntervalMs = options.appsIntervalMs ?? 1e3;
  const thresholds = options.thresholds ?? DEFAULT_GPU_USE_THRESHOLDS;
  const smi = findOnPath("nvidia-smi", env.PATH);
  if (smi === void 0) {
    const summary = { present: false, reason: "nvidia-smi is not on PATH" };
    return { ready: Promise.resolve(), track: () => {
    }, stop: async () => summary };
  }
  const acc = new GpuAccumulator();
  const problems = [];
  const ourPids = /* @__PURE__ */ new Set();
  let root;
  let stopped = false;
  let appsTimer;
  let appsInFlight;
  let markReady = () => {
  };
  const ready = new Promise((resolve4) => {
    markReady = resolve4;
  });
  const readyLimit = setTimeout(markReady, READY_LIMIT_MS);
  const onLine = (line) => {
    const reading = parseGpuLine(line);
    if (reading === void 0) {
      if (line.trim() !== "" && problems.length < 3) problems.push(line.trim());
      return;
    }
    acc.add(reading);
    markReady();
  };
  const splitter = new CappedLineSplitter(onLine);
  let sampler;
  let samplerExit = Promise.resolve();
  try {
    sampler = spawn(smi, [GPU_QUERY, FORMAT, "-lms", String(intervalMs)], {
      env,
      stdio: ["ignore", "pipe", "pipe"]
    });
    sampler.stdout?.on("data", (chunk) => splitter.write(chunk));
    sampler.stderr?.on("data", (chunk) => splitter.write(chunk));
    samplerExit = new Promise((resolve4) => {
      sampler?.on("error", (err) => {
        problems.push(`could not run ${smi}: ${err.message}`);
        resolve4();
      });
      sampler?.on("close", (code, signal) => {
        splitter.end();
        if (!stopped && code !== 0) problems.push(`${smi} exited with status ${code ?? signal}`);
        resolve4();
      });
    }).finally(markReady);
  } catch (err) {
    problems.push(`could not run ${smi}: ${err.message}`);
    markReady();
  }
  const pollApps = () => new Promise((resolve4) => {
    if (root === void 0) return resolve4();
    for (const pid of descendants(root)) ourPids.add(pid);
    execFile(
      smi,
      [APPS_QUERY, FORMAT],
      { env, timeout: APPS_TIMEOUT_MS },
      (err, stdout) => {
        if (!err) {
          const mine = parseComputeApps(stdout).filter((a) => ourPids.has(a.pid));
          if (mine.length > 0) acc.addProcessMemory(mine.reduce((s, a) => s + (a.usedMemoryMiB ?? 0), 0));
        }
        resolve4();
      }
    );
  });
  const scheduleApps = () => {
    if (stopped) return;
    appsTimer = setTimeout(() => {
      appsInFlight = pollApps().then(scheduleApps);
    }, appsIntervalMs);
  };
  return {
    ready,
    track(pid) {
      if (root !== void 0 || stopped) return;
      root = pid;
      appsInFlight = pollApps().then(scheduleApps);
    },
    async stop() {
      if (!stopped) {
        stopped = true;
        clearTimeout(appsTimer);
        clearTimeout(readyLimit);
        sampler?.kill("SIGTERM");
      }
      const killLater = setTimeout(() => sampler?.kill("SIGKILL"), STOP_LIMIT_MS);
      await Promise.all([appsInFlight, samplerExit]);
      clearTimeout(killLater);
      const why = problems.length > 0 ? problems.join(" | ") : "nvidia-smi reported no GPU";
      return acc.summary(`nvidia-smi failed: ${why}`, thresholds);
    }
  };
}

// src/runner/probe-path.ts
import { existsSync } from "node:fs";
import { dirname, join as join3 } from "node:path";
import { fileURLToPath } from "node:url";
var MARKER = join3("python", "trainspotter", "probe", "__init__.py");
function probePythonPath(from = fileURLToPath(import.meta.url)) {
  let dir = dirname(from);
  for (let i = 0; i < 6; i++) {
    if (existsSync(join3(dir, MARKER))) return join3(dir, "python");
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return void 0;
}

// src/runner/progress.ts
import { open, stat } from "node:fs/promises";

// src/runner/progress-line.ts
var PAIR = /"((?:[^"\\]|\\.)*)"\s*:\s*(-?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?|Infinity)|NaN)/g;
var TRAIN_LOSS_KEYS = [
  "loss",
  "train_loss",
  "train/loss",
  "loss/train",
  "training_loss",
  "train.loss",
  "train_loss_step"
];
var HELD_OUT = /val|test|eval/i;
function parseProgressLine(line, fallbackStep) {
  const start = line.trimStart();
  if (!start.startsWith("{")) return void 0;
  const values = /* @__PURE__ */ new Map();
  for (const m of start.matchAll(PAIR)) {
    const key = m[1];
    if (!values.has(key)) values.set(key, m[2] === "NaN" ? Number.NaN : Number(m[2]));
  }
  let lossKey = TRAIN_LOSS_KEYS.find((k) => values.has(k));
  lossKey ??= [...values.keys()].find((k) => /loss/i.test(k) && !HELD_OUT.test(k));
  if (lossKey === void 0) return void 0;
  const stepKey = STEP_KEYS.find((k) => values.has(k));
  const step = stepKey === void 0 ? fallbackStep : values.get(stepKey);
  return { step, loss: values.get(lossKey), lossKey };
}
function formatLoss(loss) {
  const nonFinite = pythonNonFinite(loss);
  if (nonFinite) return nonFinite;
  const abs = Math.abs(loss);
  if (abs !== 0 && (abs < 1e-3 || abs >= 1e5)) return loss.toExponential(3);
  return loss.toFixed(4);
}
function formatProgress(check, point) {
  const loss = point.lossKey === "loss" ? "loss" : point.lossKey;
  return `[${check}] step ${point.step}  ${loss} ${formatLoss(point.loss)}`;
}

// src/runner/progress.ts
var MAX_READ_BYTES = 256 * 1024;
var MAX_LINE = 64 * 1024;
function watchProgress(options) {
  const intervalMs = options.intervalMs ?? 500;
  let offset = 0;
  let inode;
  let records = 0;
  let newest;
  let reported;
  let skipFirstLine = false;
  const onLine = (line) => {
    if (skipFirstLine) {
      skipFirstLine = false;
      return;
    }
    const point = parseProgressLine(line, records + 1);
    if (point) {
      records++;
      newest = point;
    }
  };
  let splitter = new CappedLineSplitter(onLine, MAX_LINE);
  const poll = async () => {
    try {
      const info = await stat(options.file);
      if (info.ino !== inode || info.size < offset) {
        inode = info.ino;
        offset = 0;
        splitter = new CappedLineSplitter(onLine, MAX_LINE);
      }
      if (info.size <= offset) return;
      let from = offset;
      if (info.size - offset > MAX_READ_BYTES) {
        from = info.size - MAX_READ_BYTES;
        splitter = new CappedLineSplitter(onLine, MAX_LINE);
        skipFirstLine = true;
      }
      const handle = await open(options.file, "r");
      try {
        const buffer = Buffer.alloc(info.size - from);
        const { bytesRead } = await handle.read(buffer, 0, buffer.length, from);
        offset = from + bytesRead;
        splitter.write(buffer.subarray(0, bytesRead));
      } finally {
        await handle.close();
      }
    } catch {
      return;
    }
    if (newest !== void 0 && newest !== reported) {
      reported = newest;
      options.onProgress(newest);
    }
  };
  let running;
  const timer = setInterval(() => {
    running ??= poll().finally(() => {
      running = void 0;
    });
  }, intervalMs);
  return {
    async stop() {
      clearInterval(timer);
      await running;
      await poll();
      return newest;
    }
  };
}

// src/runner/repeat-smoke.ts
import { join as join4 } from "node:path";
async function withRepeat(first, opts, runOne2) {
  if (first.name !== "smoke" || !opts.config.checks.smoke?.reproducibility || first.failure) return first;
  opts.onLine("[smoke] reproducibility: running the smoke command again with the same seed");
  const second = await runOne2("smoke", { ...opts, outRoot: join4(opts.outRoot, "repeat"), gpu: false });
  return {
    ...first,
    repeat: {
      logs: second.logs,
      durationMs: second.durationMs,
      ...second.failure ? { failure: second.failure } : {},
      ...second.logError === void 0 ? {} : { logError: second.logError }
    }
  };
}

// src/runner/run-command.ts
import { spawn as spawn2 } from "node:child_process";

// src/runner/output-capture.ts
var DEFAULT_CAPTURE_BYTES = 64 * 1024 * 1024;
var NEWLINE = 10;
var OutputCapture = class {
  constructor(capBytes = DEFAULT_CAPTURE_BYTES) {
    this.capBytes = capBytes;
  }
  capBytes;
  parts = [];
  carry = /* @__PURE__ */ new Map();
  kept = 0;
  dropped = 0;
  write(stream, chunk) {
    const last = chunk.lastIndexOf(NEWLINE);
    const held = this.carry.get(stream) ?? [];
    if (last === -1) {
      held.push(Uint8Array.from(chunk));
      this.carry.set(stream, held);
      return;
    }
    for (const h of held) this.keep(h);
    this.keep(chunk.subarray(0, last + 1));
    this.carry.set(stream, last + 1 < chunk.length ? [Uint8Array.from(chunk.subarray(last + 1))] : []);
  }
  /** Adds the unfinished last lines, each with a newline. */
  end() {
    for (const held of this.carry.values()) {
      if (held.length === 0) continue;
      for (const h of held) this.keep(h);
      this.keep(Uint8Array.of(NEWLINE));
    }
    this.carry.clear();
  }
  /** Everything kept, in order. */
  bytes() {
    return concatBytes(this.parts);
  }
  keep(bytes) {
    const room = this.capBytes - this.kept;
    if (bytes.length <= room) {
      this.parts.push(Uint8Array.from(bytes));
      this.kept += bytes.length;
      return;
    }
    const cut = room > 0 ? bytes.subarray(0, room).lastIndexOf(NEWLINE) + 1 : 0;
    if (cut > 0) {
      this.parts.push(Uint8Array.from(bytes.subarray(0, cut)));
      this.kept += cut;
    }
    this.dropped += bytes.length - cut;
    this.kept = this.capBytes;
  }
};

// src/runner/tail-buffer.ts
var TailBuffer = class {
  constructor(capacity) {
    this.capacity = capacity;
    if (!Number.isInteger(capacity) || capacity < 1) {
      throw new RangeError(`TailBuffer capacity must be a positive integer, got ${capacity}`);
    }
  }
  capacity;
  items = [];
  next = 0;
  total = 0;
  push(line) {
    if (this.items.length < this.capacity) this.items.push(line);
    else this.items[this.next] = line;
    this.next = (this.next + 1) % this.capacity;
    this.total++;
  }
  /** How many lines were ever pushed. */
  get count() {
    return this.total;
  }
  /** The kept lines, oldest first. */
  lines() {
    if (this.items.length < this.capacity) return this.items.slice();
    return [...this.items.slice(this.next), ...this.items.slice(0, this.next)];
  }
};

// src/runner/run-command.ts
var DEFAULT_GRACE_MS = 1e4;
var DEFAULT_TAIL_LINES = 200;
var DRAIN_MS = 2e3;
var AFTER_KILL_MS = 3e3;
var POLL_MS = 100;
function signalGroup(pgid, sig) {
  try {
    process.kill(-pgid, sig);
  } catch {
  }
}
function spawnFailure(error, started) {
  const code = error?.code;
  const why = code === "E2BIG" ? "the command and its environment are larger than the OS allows for a new process (E2BIG); put the commands in a script and run that, or trim the environment" : error instanceof Error ? error.message : String(error);
  return {
    exitCode: null,
    signal: null,
    timedOut: false,
    aborted: false,
    interruptedBy: null,
    strayProcesses: false,
    durationMs: Math.round(performance.now() - started),
    pid: void 0,
    tail: [],
    lineCount: 0,
    spawnError: `could not start /bin/sh: ${why}`
  };
}
function runCommand(options) {
  const graceMs = options.graceMs ?? DEFAULT_GRACE_MS;
  const tail = new TailBuffer(options.tailLines ?? DEFAULT_TAIL_LINES);
  const maxLineLength = options.maxLineLength ?? DEFAULT_MAX_LINE_LENGTH;
  const captureBytes = options.captureBytes ?? DEFAULT_CAPTURE_BYTES;
  const capture = captureBytes > 0 ? new OutputCapture(captureBytes) : void 0;
  const started = performance.now();
  return new Promise((resolve4) => {
    let timedOut = false;
    let aborted = false;
    let interruptedBy = null;
    let strayProcesses = false;
    let terminating = false;
    let killTimer;
    let exit;
    let closed = false;
    let settled = false;
    const start = () => spawn2("/bin/sh", ["-c", options.command], {
      cwd: options.cwd,
      env: options.env,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"]
    });
    let child;
    try {
      child = start();
    } catch (error) {
      resolve4(spawnFailure(error, started));
      return;
    }
    const pid = child.pid;
    const splitters = ["stdout", "stderr"].map((stream) => {
      const splitter = new CappedLineSplitter((line) => {
        tail.push(line);
        options.onLine?.(stream, line);
      }, maxLineLength);
      const source = child[stream];
      source.on("data", (chunk) => {
        capture?.write(stream, chunk);
        splitter.write(chunk);
      });
      return splitter;
    });
    const terminate = () => {
      if (pid === void 0) return;
      if (terminating) return;
      terminating = true;
      signalGroup(pid, "SIGTERM");
      killTimer = setTimeout(() => signalGroup(pid, "SIGKILL"), graceMs);
    };
    const killNow = () => {
      if (pid === void 0) return;
      terminating = true;
      signalGroup(pid, "SIGKILL");
    };
    const timeout = setTimeout(() => {
      timedOut = true;
      terminate();
    }, options.timeoutMs);
    const onAbort = () => {
      aborted = true;
      terminate();
    };
    if (options.signal?.aborted) onAbort();
    options.signal?.addEventListener("abort", onAbort, { once: true });
    const onProcessSignal = (sig) => {
      if (interruptedBy !== null) killNow();
      interruptedBy = sig;
      aborted = true;
      terminate();
    };
    process.on("SIGINT", onProcessSignal);
    process.on("SIGTERM", onProcessSignal);
    const finish = (spawnError) => {
      if (settled) return;
      settled = true;
      clearTimeout(timeout);
      clearTimeout(killTimer);
      options.signal?.removeEventListener("abort", onAbort);
      process.off("SIGINT", onProcessSignal);
      process.off("SIGTERM", onProcessSignal);
      for (const s of splitters) s.end();
      capture?.end();
      resolve4({
        exitCode: exit?.code ?? null,
        signal: exit?.signal ?? null,
        timedOut,
        aborted,
        interruptedBy,
        strayProcesses,
        durationMs: Math.round(performance.now() - started),
        pid,
        tail: tail.lines(),
        lineCount: tail.count,
        ...spawnError === void 0 ? {} : { spawnError },
        ...capture ? { output: capture.bytes(), outputDroppedBytes: capture.dropped } : {}
      });
      if (interruptedBy !== null && process.listenerCount(interruptedBy) === 0) {
        process.kill(process.pid, interruptedBy);
      }
    };
    child.on("error", (err) => {
      if (exit === void 0) finish(`could not start /bin/sh in ${options.cwd}: ${err.message}`);
    });
    let checkDone;
    child.on("close", () => {
      closed = true;
      checkDone?.();
    });
    child.on("exit", (code, signal) => {
      exit = { code, signal };
      clearTimeout(timeout);
      if (pid === void 0) return;
      if (groupAlive(pid)) {
        if (!terminating) strayProcesses = true;
        terminate();
      }
      const exitedAt = performance.now();
      let groupGoneAt;
      checkDone = () => {
        if (settled) {
          clearInterval(poll);
          return;
        }
        const now = performance.now();
        if (groupGoneAt === void 0) {
          const alive = groupAlive(pid);
          const limit = graceMs + AFTER_KILL_MS;
          if (!alive || now - exitedAt > limit) groupGoneAt = now;
          else return;
        }
        if (closed || now - groupGoneAt > DRAIN_MS) {
          clearInterval(poll);
          if (!closed) {
            child.stdout.destroy();
            child.stderr.destroy();
          }
          finish();
        }
      };
      const poll = setInterval(checkDone, POLL_MS);
      if (closed) checkDone();
    });
    if (pid !== void 0) options.onSpawn?.(pid);
  });
}

// src/runner/run-checks.ts
var OUTPUT_GRACE_MS = 6e4;
var MAX_EVAL_FILE_BYTES = 16 * 1024 * 1024;
async function withDeadline(promise, ms, what) {
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(
        new InputError(
          `${what} took longer than the check's timeout allows (${Math.round(ms / 1e3)} s); it was abandoned.`
        )
      ),
      ms
    );
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}
var loadReaders = loadOnce(
  () => Promise.all([
    import("./chunk-ZJPGFJA3.js"),
    import("./chunk-T67EUQL3.js"),
    import("./chunk-ZVI6CXKY.js")
  ]).then(([logs, probe, evalFile]) => ({ ...logs, ...probe, parseEvalFile: evalFile.parseEvalFile }))
);
function message(error) {
  return error instanceof Error ? error.message : String(error);
}
async function runOne(name, opts) {
  const check = opts.config.checks[name];
  if (!check) throw new InputError(`checks.${name} is not configured in trainspotter.yml.`);
  const pythonPath = "probe" in check && check.probe !== "off" ? probePythonPath() : void 0;
  const { env, outDir } = await buildCheckEnv({
    check: name,
    seed: opts.seed,
    outRoot: opts.outRoot,
    baseEnv: opts.env ?? process.env,
    ...pythonPath && "max_steps" in check ? {
      probe: {
        pythonPath,
        maxSteps: check.max_steps,
        ...check.max_time_ms === void 0 ? {} : { maxTimeMs: check.max_time_ms },
        fixBatch: name === "overfit"
      }
    } : {}
  });
  const named = check.metrics !== void 0 && check.metrics !== STDOUT_METRICS;
  const metricsPath = named ? resolve2(opts.projectDir, check.metrics) : join5(outDir, DEFAULT_METRICS);
  const gpu = opts.gpu === false ? void 0 : startGpuTelemetry({ env });
  await gpu?.ready;
  const progress = watchProgress({
    // with the probe, its log shows the progress (every 32 steps) unless a log is configured
    file: pythonPath && !check.metrics ? join5(outDir, PROBE_LOG) : metricsPath,
    onProgress: (p) => opts.onLine(formatProgress(name, p)),
    intervalMs: 1e3
  });
  let result;
  let gpuSummary = null;
  try {
    const running = (opts.runner ?? runCommand)({
      command: check.run,
      cwd: opts.projectDir,
      env,
      timeoutMs: check.timeout_ms,
      onLine: (_stream, line) => opts.onLine(`[${name}] ${line}`),
      ...gpu ? { onSpawn: (pid) => gpu.track(pid) } : {}
    });
    loadReaders();
    opts.onCommandStarted?.();
    result = await running;
  } finally {
    await progress.stop();
    gpuSummary = gpu ? await gpu.stop() : null;
  }
  const failure = classifyFailure({
    exitCode: result.exitCode,
    signal: result.signal,
    timedOut: result.timedOut,
    aborted: result.aborted,
    timeoutMs: check.timeout_ms,
    lines: result.spawnError ? [...result.tail, result.spawnError] : result.tail
  });
  const readBy = Math.max(check.timeout_ms - result.durationMs, OUTPUT_GRACE_MS);
  const { readCheckLogs, readProbe, parseEvalFile } = await loadReaders();
  const probe = pythonPath ? await readProbe(outDir) : void 0;
  let logs = [];
  let logError;
  try {
    logs = await withDeadline(
      readCheckLogs({
        check: name,
        metrics: check.metrics,
        projectDir: opts.projectDir,
        outDir,
        output: result.output,
        outputDroppedBytes: result.outputDroppedBytes ?? 0,
        ...probe ? { probeLogs: probe.logs } : {}
      }),
      readBy,
      `reading the logs of checks.${name}`
    );
  } catch (error) {
    logError = message(error);
  }
  let evalFile;
  let evalError;
  if (name === "eval") {
    const evalPath = "eval_file" in check && check.eval_file ? resolve2(opts.projectDir, check.eval_file) : join5(outDir, "eval.json");
    try {
      const text = await withDeadline(
        readRegularFile(evalPath, "the eval file", MAX_EVAL_FILE_BYTES),
        readBy,
        `reading ${evalPath}`
      );
      const parsed = parseEvalFile(text, evalPath);
      if (parsed.ok) evalFile = parsed.eval;
      else evalError = parsed.errors.map((e) => e.message).join("\n");
    } catch (error) {
      evalError = error.code === "ENOENT" ? `${evalPath}: the eval command wrote no eval file; write the final metrics per split there (docs/eval-file.md).` : message(error);
    }
  }
  return {
    name,
    command: check.run,
    durationMs: result.durationMs,
    exitCode: result.exitCode,
    ...failure ? { failure } : {},
    gpu: gpuSummary,
    logs,
    ...logError === void 0 ? {} : { logError },
    ...evalFile ? { evalFile } : {},
    ...evalError === void 0 ? {} : { evalError },
    ...probe ? { probe } : {}
  };
}
async function runChecks(opts) {
  const observations = [];
  for (const name of checkOrder(opts.config, opts.only)) {
    opts.onCheckStart?.(name);
    try {
      observations.push(await withRepeat(await runOne(name, opts), opts, runOne));
    } finally {
      opts.onCheckEnd?.(name);
    }
  }
  return observations;
}

// src/runner/run-trainspotter.ts
async function runTrainspotter(opts) {
  const now = opts.now ?? Date.now;
  const found = await findConfig(opts.cwd, opts.config);
  const configSource = relative(opts.cwd, found.path) || found.path;
  const parsed = parseConfig(await readFile(found.path, "utf8"), configSource);
  if (!parsed.ok) return { ok: false, configPath: found.path, configSource, errors: parsed.errors };
  const config = parsed.config;
  const loadJudges = loadOnce(
    () => Promise.all([
      import("./chunk-77RJALKW.js"),
      import("./chunk-BVK326IJ.js"),
      import("./chunk-7DYMC2MD.js")
    ])
  );
  const seed = opts.seed ?? config.seed;
  const outRoot = resolve3(opts.cwd, opts.out ?? join6(".trainspotter", `seed-${seed}`));
  const started = now();
  const observations = await runChecks({
    config,
    projectDir: found.projectDir,
    outRoot,
    seed,
    ...opts.only ? { only: opts.only } : {},
    onLine: opts.onLine,
    env: opts.env,
    gpu: opts.gpu,
    ...opts.runner ? { runner: opts.runner } : {},
    ...opts.onCheckStart ? { onCheckStart: opts.onCheckStart } : {},
    ...opts.onCheckEnd ? { onCheckEnd: opts.onCheckEnd } : {},
    onCommandStarted: () => {
      loadJudges();
      opts.onCommandStarted?.();
    }
  });
  const [{ judgeCheck }, { buildReport }, { checkBuiltReport }] = await loadJudges();
  const judged = observations.map((o) => judgeCheck(o, config));
  const { GITHUB_SHA: sha, GITHUB_REF: ref } = opts.env;
  const report = checkBuiltReport(
    buildReport(judged, config, {
      seed,
      startedAt: new Date(started).toISOString(),
      durationMs: now() - started,
      trainspotterVersion: opts.version,
      configPath: configSource,
      ...sha ? { git: { sha, ...ref ? { ref } : {} } } : {}
    }),
    "the report just built"
  );
  await mkdir2(outRoot, { recursive: true });
  const paths = { json: join6(outRoot, "report.json"), markdown: join6(outRoot, "report.md") };
  const markdown = await opts.renderMarkdown(report);
  await writeFile(paths.json, `${JSON.stringify(report, null, 2)}
`);
  await writeFile(paths.markdown, markdown);
  return { ok: true, configPath: found.path, configSource, report, markdown, paths };
}

export {
  isCheckName,
  loadOnce,
  runTrainspotter
};
