import type { LineReading } from './printed-line.js';

interface Lane {
  offset: number;
  lastLocal: number;
  /** The gap between the last two local steps of one epoch: how far apart the prints are. */
  lastGap: number;
  lastLocalEpoch: number;
  lastStep: number;
  lastStepEpoch: number;
}

const freshLane = (): Lane => ({
  offset: 0,
  lastLocal: Number.NaN,
  lastGap: Number.NaN,
  lastLocalEpoch: Number.NaN,
  lastStep: Number.NaN,
  lastStepEpoch: Number.NaN,
});

/**
 * Where each printed line sits in training, from its own markers and the epoch printed last.
 * A step that starts again when the epoch moves on (`Step [100/600]`, `iters: 100`,
 * `200/2983 batches`, Keras' `19/19`) continues from the last epoch's: by its total when one is
 * printed (`| epoch 2 | 200/2983 batches |` is step 2983 + 200), else by the last step seen; a
 * step that keeps counting (`step=5010/10000, epoch=1`) is taken as it is. Train and validation
 * lines count their steps apart (`train step:100` then `val step:0` in one epoch). A line with only
 * an epoch (a validation line after the epoch's batches) takes the epoch's last step, or the
 * epoch itself when no step was printed; a line with nothing takes its line number.
 */
export class PrintedSteps {
  private epoch = Number.NaN;
  private readonly lanes = new Map<string, Lane>();

  /** The epoch in force after the last line, NaN before any. */
  get currentEpoch(): number {
    return this.epoch;
  }

  /** The last step printed in `lane` as printed (within its epoch when epochs are printed), −Infinity before any. */
  lastLocal(lane = ''): number {
    const l = this.lanes.get(lane);
    if (l === undefined) return Number.NEGATIVE_INFINITY;
    const last = Number.isNaN(l.lastLocal) ? l.lastStep : l.lastLocal;
    return Number.isNaN(last) ? Number.NEGATIVE_INFINITY : last;
  }

  /**
   * Takes the markers of a line (also of a line without metrics: `Epoch 3/10` alone) and returns
   * its step. `lane` separates step counters: the line's split.
   */
  step(r: LineReading, lineNumber: number, lane = ''): number {
    if (!Number.isNaN(r.epoch)) this.epoch = r.epoch;
    const epoch = this.epoch;
    const hasEpoch = !Number.isNaN(epoch);
    let l = this.lanes.get(lane);
    if (l === undefined) {
      l = freshLane();
      this.lanes.set(lane, l);
    }
    if (!Number.isNaN(r.local)) {
      if (hasEpoch) {
        if (epoch < l.lastLocalEpoch) {
          l.offset = 0; // a new run: its steps go back, and split it
        } else if (epoch > l.lastLocalEpoch && r.local <= l.lastLocal) {
          // Without a total: a counter that starts again at 0 (`step 0, 10, 20`) ended its epoch
          // about one print interval after its last print; one that starts at its interval
          // (`iters: 100, 200`) printed the epoch's last step.
          const gap = r.local === 0 ? (l.lastGap > 0 ? l.lastGap : 1) : 0;
          l.offset += r.localTotal > 0 ? r.localTotal : l.lastLocal + gap;
        } else if (epoch === l.lastLocalEpoch && r.local > l.lastLocal) {
          l.lastGap = r.local - l.lastLocal;
        }
        l.lastLocal = r.local;
        l.lastLocalEpoch = epoch;
      }
      const step = r.local + (hasEpoch ? l.offset : 0);
      l.lastStep = step;
      l.lastStepEpoch = epoch;
      return step;
    }
    if (hasEpoch) {
      // an epoch summary sits at the end of the epoch's training steps
      const train = this.lanes.get('train') ?? l;
      const at = l.lastStepEpoch === epoch ? l : train.lastStepEpoch === epoch ? train : undefined;
      return at === undefined ? epoch : at.lastStep;
    }
    return lineNumber;
  }
}
