/** One line of `nvidia-smi --query-gpu=index,name,memory.used,memory.total,utilization.gpu --format=csv,noheader,nounits`. */
export interface GpuReading {
  readonly index: number;
  readonly name: string;
  readonly memoryUsedMiB: number;
  readonly memoryTotalMiB: number;
  /** null where the GPU does not report it (`[N/A]`, `[Not Supported]`, MIG slices). */
  readonly utilizationPct: number | null;
}

/** What one GPU did while a check ran. Memory in MiB, utilisation in percent. */
export interface GpuDeviceSummary {
  readonly index: number;
  readonly name: string;
  readonly memoryTotalMiB: number;
  /** Memory in use at the first sample, before the command started. */
  readonly baselineMemoryMiB: number;
  readonly peakMemoryMiB: number;
  readonly peakUtilizationPct: number | null;
}

/** Why we think the command used the GPU; null when nothing says it did. */
export type GpuUseEvidence = 'process' | 'memory' | 'utilization' | null;

/**
 * GPU telemetry of one check, as written into report.json. Memory in MiB, utilisation in
 * percent. Top-level peak and baseline are those of the device whose memory rose most.
 */
export type GpuSummary =
  | { readonly present: false; readonly reason: string }
  | {
      readonly present: true;
      readonly names: string[];
      readonly devices: GpuDeviceSummary[];
      readonly baselineMemoryMiB: number;
      readonly peakMemoryMiB: number;
      readonly peakUtilizationPct: number | null;
      /** Did the training use a GPU? See `usedBy` for the evidence. */
      readonly used: boolean;
      readonly usedBy: GpuUseEvidence;
      /** Peak GPU memory held by the command's own processes, where nvidia-smi could list them. */
      readonly processMemoryMiB: number | null;
      /** How many times the GPUs were sampled. */
      readonly samples: number;
    };

/** When the command counts as having used a GPU without nvidia-smi naming its processes. */
export interface GpuUseThresholds {
  /** A rise of device memory above its baseline, in MiB. A CUDA context alone takes ~300-500 MiB. Default 256. */
  readonly memoryRiseMiB: number;
  /** A rise of utilisation above its baseline, in percentage points. Default 20. */
  readonly utilizationRisePct: number;
}

export const DEFAULT_GPU_USE_THRESHOLDS: GpuUseThresholds = { memoryRiseMiB: 256, utilizationRisePct: 20 };

const number = (s: string | undefined): number | null => {
  const t = (s ?? '').trim();
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  return Number(t);
};

/** Parses one line of the GPU query (pure); undefined for a line that is not one (an error message ...). */
export function parseGpuLine(line: string): GpuReading | undefined {
  const fields = line.split(',');
  if (fields.length < 5) return undefined;
  const index = number(fields[0]);
  const used = number(fields.at(-3));
  const total = number(fields.at(-2));
  if (index === null || used === null || total === null) return undefined;
  const name = fields.slice(1, -3).join(',').trim();
  return { index, name, memoryUsedMiB: used, memoryTotalMiB: total, utilizationPct: number(fields.at(-1)) };
}

/** Parses `nvidia-smi --query-compute-apps=pid,used_memory --format=csv,noheader,nounits` (pure). */
export function parseComputeApps(text: string): Array<{ pid: number; usedMemoryMiB: number | null }> {
  const out: Array<{ pid: number; usedMemoryMiB: number | null }> = [];
  for (const line of text.split('\n')) {
    const [pidField, memField] = line.split(',');
    const pid = number(pidField);
    if (pid !== null && Number.isInteger(pid) && pid > 0) out.push({ pid, usedMemoryMiB: number(memField) });
  }
  return out;
}

interface DeviceState {
  index: number;
  name: string;
  memoryTotalMiB: number;
  baselineMemoryMiB: number;
  baselineUtilizationPct: number | null;
  peakMemoryMiB: number;
  peakUtilizationPct: number | null;
  readings: number;
}

/** Running maxima over the readings of every device (mutable, O(devices) memory). */
export class GpuAccumulator {
  private readonly devices = new Map<number, DeviceState>();
  processMemoryMiB: number | null = null;
  processSeen = false;

  add(r: GpuReading): void {
    const d = this.devices.get(r.index);
    if (d === undefined) {
      this.devices.set(r.index, {
        index: r.index,
        name: r.name,
        memoryTotalMiB: r.memoryTotalMiB,
        baselineMemoryMiB: r.memoryUsedMiB,
        baselineUtilizationPct: r.utilizationPct,
        peakMemoryMiB: r.memoryUsedMiB,
        peakUtilizationPct: r.utilizationPct,
        readings: 1,
      });
      return;
    }
    d.readings++;
    d.peakMemoryMiB = Math.max(d.peakMemoryMiB, r.memoryUsedMiB);
    if (r.utilizationPct !== null)
      d.peakUtilizationPct = Math.max(d.peakUtilizationPct ?? 0, r.utilizationPct);
  }

  /** Records the memory nvidia-smi attributes to the command's processes at one poll. */
  addProcessMemory(miB: number | null): void {
    this.processSeen = true;
    if (miB !== null) this.processMemoryMiB = Math.max(this.processMemoryMiB ?? 0, miB);
  }

  get deviceCount(): number {
    return this.devices.size;
  }

  /** The summary; `present: false` with `reasonIfEmpty` when no reading came. */
  summary(reasonIfEmpty: string, thresholds: GpuUseThresholds = DEFAULT_GPU_USE_THRESHOLDS): GpuSummary {
    const devices = [...this.devices.values()].sort((a, b) => a.index - b.index);
    const top = devices.reduce<DeviceState | undefined>(
      (best, d) =>
        best === undefined ||
        d.peakMemoryMiB - d.baselineMemoryMiB > best.peakMemoryMiB - best.baselineMemoryMiB
          ? d
          : best,
      undefined,
    );
    if (top === undefined) return { present: false, reason: reasonIfEmpty };
    const memoryRose = devices.some((d) => d.peakMemoryMiB - d.baselineMemoryMiB >= thresholds.memoryRiseMiB);
    const busy = devices.some(
      (d) =>
        d.peakUtilizationPct !== null &&
        d.peakUtilizationPct - (d.baselineUtilizationPct ?? 0) >= thresholds.utilizationRisePct,
    );
    const usedBy: GpuUseEvidence = this.processSeen
      ? 'process'
      : memoryRose
        ? 'memory'
        : busy
          ? 'utilization'
          : null;
    const utils = devices.map((d) => d.peakUtilizationPct).filter((u): u is number => u !== null);
    return {
      present: true,
      names: devices.map((d) => d.name),
      devices: devices.map((d) => ({
        index: d.index,
        name: d.name,
        memoryTotalMiB: d.memoryTotalMiB,
        baselineMemoryMiB: d.baselineMemoryMiB,
        peakMemoryMiB: d.peakMemoryMiB,
        peakUtilizationPct: d.peakUtilizationPct,
      })),
      baselineMemoryMiB: top.baselineMemoryMiB,
      peakMemoryMiB: top.peakMemoryMiB,
      peakUtilizationPct: utils.length === 0 ? null : Math.max(...utils),
      used: usedBy !== null,
      usedBy,
      processMemoryMiB: this.processMemoryMiB,
      samples: Math.max(...devices.map((d) => d.readings)),
    };
  }
}
