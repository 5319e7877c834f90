import type { Series, Split } from '../core/series.js';
import { splitRuns } from '../core/split-runs.js';
import { inferSplit } from './infer-split.js';

function grow(a: Float64Array, size: number): Float64Array<ArrayBuffer> {
  const b = new Float64Array(size);
  b.set(a);
  return b;
}

/**
 * Accumulates the points of one series in growable Float64Arrays (amortised O(1) per push).
 * Epochs and wall times are kept only when at least one point has them; points without
 * them get NaN there.
 */
export class SeriesBuilder {
  private steps: Float64Array = new Float64Array(64);
  private values: Float64Array = new Float64Array(64);
  private epochs: Float64Array | undefined;
  private wallTimes: Float64Array | undefined;
  private n = 0;

  constructor(
    readonly name: string,
    readonly metric: string,
    readonly split: Split,
  ) {}

  get length(): number {
    return this.n;
  }

  /** Room for `size` points in all: at least double the capacity when it grows. */
  private reserve(size: number): void {
    if (size <= this.steps.length) return;
    const capacity = Math.max(size, this.steps.length * 2);
    this.steps = grow(this.steps, capacity);
    this.values = grow(this.values, capacity);
    if (this.epochs) this.epochs = grow(this.epochs, capacity);
    if (this.wallTimes) this.wallTimes = grow(this.wallTimes, capacity);
  }

  push(step: number, value: number, epoch?: number, wallTime?: number): void {
    const i = this.n;
    if (i === this.steps.length) this.reserve(i + 1);
    this.steps[i] = step;
    this.values[i] = value;
    if (epoch !== undefined || this.epochs) {
      this.epochs ??= new Float64Array(this.steps.length).fill(Number.NaN);
      this.epochs[i] = epoch ?? Number.NaN;
    }
    if (wallTime !== undefined || this.wallTimes) {
      this.wallTimes ??= new Float64Array(this.steps.length).fill(Number.NaN);
      this.wallTimes[i] = wallTime ?? Number.NaN;
    }
    this.n = i + 1;
  }

  /**
   * Pushes point r, (steps[r], values[r], epochs[r]), for each r < count whose value is not NaN:
   * here NaN marks a cell without a point, and a NaN epoch is no epoch (push's undefined).
   * The same as those pushes one by one; returns how many points it pushed.
   */
  pushPresent(
    steps: Float64Array,
    values: Float64Array,
    epochs: Float64Array | undefined,
    count: number,
  ): number {
    this.reserve(this.n + count);
    const start = this.n;
    let i = start;
    if (epochs === undefined && this.epochs === undefined && this.wallTimes === undefined) {
      const s = this.steps;
      const v = this.values;
      for (let r = 0; r < count; r++) {
        const x = values[r] as number;
        if (Number.isNaN(x)) continue;
        s[i] = steps[r] as number;
        v[i] = x;
        i++;
      }
      this.n = i;
    } else {
      for (let r = 0; r < count; r++) {
        const x = values[r] as number;
        if (Number.isNaN(x)) continue;
        const epoch = epochs === undefined || Number.isNaN(epochs[r]) ? undefined : epochs[r];
        this.push(steps[r] as number, x, epoch);
      }
    }
    return this.n - start;
  }

  build(): Series {
    const n = this.n;
    // Mostly full arrays are handed over as views (at most a third unused) instead of copied.
    const trim =
      n * 4 >= this.steps.length * 3
        ? (a: Float64Array) => a.subarray(0, n)
        : (a: Float64Array) => a.slice(0, n);
    return {
      name: this.name,
      metric: this.metric,
      split: this.split,
      steps: trim(this.steps),
      values: trim(this.values),
      ...(this.epochs ? { epochs: trim(this.epochs) } : {}),
      ...(this.wallTimes ? { wallTimes: trim(this.wallTimes) } : {}),
    };
  }
}

/** The series of one file by name, in order of first appearance. */
export class SeriesCollector {
  private readonly byName = new Map<string, SeriesBuilder>();

  /** The builder for `name`, created on first use with the split and metric from the name, or as given. */
  get(name: string, split?: Split, metric?: string): SeriesBuilder {
    let b = this.byName.get(name);
    if (b === undefined) {
      const inferred = inferSplit(name);
      b = new SeriesBuilder(name, metric ?? inferred.metric, split ?? inferred.split);
      this.byName.set(name, b);
    }
    return b;
  }

  /** Every series with at least one point, split into runs where the step goes backwards. */
  finish(): Series[] {
    const out: Series[] = [];
    for (const b of this.byName.values()) {
      if (b.length > 0) out.push(...splitRuns(b.build()));
    }
    return out;
  }
}
