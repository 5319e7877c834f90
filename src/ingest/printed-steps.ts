import type { LineReading } from './printed-line.js';

/**
 * Where each printed line sits in training, from its own markers and the epoch printed last.
 * A step that starts again when the epoch moves on (`Step [100/600]`, `iters: 100`,
 * `200/2983 batches`, Keras' `19/19`) continues from the last epoch's: by its total when one is
 * printed (`| epoch 2 | 200/2983 batches |` is step 2983 + 200), else by the last step seen; a
 * step that keeps counting (`step=5010/10000, epoch=1`) is taken as it is. A line with only an
 * epoch (a validation line after the epoch's batches) takes the epoch's last step, or the epoch
 * itself when no step was printed; a line with nothing takes its line number.
 */
export class PrintedSteps {
  private epoch = Number.NaN;
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
    if (!Number.isNaN(r.epoch)) this.epoch = r.epoch;
    const epoch = this.epoch;
    const hasEpoch = !Number.isNaN(epoch);
    if (!Number.isNaN(r.local)) {
      if (hasEpoch) {
        if (epoch < this.lastLocalEpoch) {
          this.offset = 0; // a new run: its steps go back, and split it
        } else if (epoch > this.lastLocalEpoch && r.local <= this.lastLocal) {
          this.offset += r.localTotal > 0 ? r.localTotal : this.lastLocal;
        }
        this.lastLocal = r.local;
        this.lastLocalEpoch = epoch;
      }
      const step = r.local + (hasEpoch ? this.offset : 0);
      this.lastStep = step;
      this.lastStepEpoch = epoch;
      return step;
    }
    if (hasEpoch) return this.lastStepEpoch === epoch ? this.lastStep : epoch;
    return lineNumber;
  }
}
