import type { LineReading } from './printed-line.js';

/**
 * Where each printed line sits in training, from its own markers and the epoch printed last:
 * `Step [100/600]` in epoch 3 (first epoch 1) is step (3 − 1) × 600 + 100; a step counted
 * from 0 again in every epoch (`iters: 100`) continues from the last one; a line with only an
 * epoch (a validation line after the epoch's batches) takes the epoch's last step, or the epoch
 * itself when no step was ever printed; a line with nothing takes its line number.
 */
export class PrintedSteps {
  private epoch = Number.NaN;
  private epochBase: number | undefined;
  private offset = 0;
  private lastLocal = Number.NaN;
  private lastLocalEpoch = Number.NaN;
  private lastStep = Number.NaN;
  private lastStepEpoch = Number.NaN;

  /** The epoch in force after the last line, NaN before any. */
  get currentEpoch(): number {
    return this.epoch;
  }

  /** Takes the markers of a line (also of a line without metrics: `Epoch 3/10` alone) and returns its step. */
  step(r: LineReading, lineNumber: number): number {
    if (!Number.isNaN(r.epoch)) {
      this.epoch = r.epoch;
      this.epochBase ??= r.epoch >= 1 && Number.isInteger(r.epoch) ? 1 : 0;
    }
    const epoch = this.epoch;
    const hasEpoch = !Number.isNaN(epoch);
    if (!Number.isNaN(r.local)) {
      let step: number;
      if (hasEpoch && r.localTotal > 0) {
        step = (epoch - (this.epochBase ?? 0)) * r.localTotal + r.local;
      } else if (hasEpoch) {
        if (epoch < this.lastLocalEpoch)
          this.offset = 0; // a new run
        else if (epoch > this.lastLocalEpoch && r.local < this.lastLocal) this.offset += this.lastLocal;
        this.lastLocal = r.local;
        this.lastLocalEpoch = epoch;
        step = r.local + this.offset;
      } else {
        step = r.local;
      }
      this.lastStep = step;
      this.lastStepEpoch = epoch;
      return step;
    }
    if (hasEpoch) return this.lastStepEpoch === epoch ? this.lastStep : epoch;
    return lineNumber;
  }
}
