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

  push(step: number, value: number, epoch?: number, wallTime?: number): void {
    const i = this.n;
    if (i === this.steps.length) {
      const size = i * 2;
      this.steps = grow(this.steps, size);
      this.values = grow(this.values, size);
      if (this.epochs) this.epochs = grow(this.epochs, size);
      if (this.wallTimes) this.wallTimes = grow(this.wallTimes, size);
    }
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
