import { once } from 'node:events';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A realistic noisy, decaying loss at step i of n: exponential decay to a floor, with noise. */
export function lossAt(i: number, n: number, seed = 1): number {
  // xorshift-style hash of (i, seed): deterministic noise without a generator's state.
  let h = (i * 2654435761 + seed * 40503) >>> 0;
  h ^= h << 13;
  h ^= h >>> 17;
  h ^= h << 5;
  const u = (h >>> 0) / 4294967296;
  return (2.3 * Math.exp((-5 * i) / n) + 0.05) * (1 + 0.2 * (u - 0.5));
}

async function writeLines(path: string, count: number, line: (i: number) => string, header?: string) {
  const out = createWriteStream(path);
  if (header) out.write(`${header}\n`);
  let buffer = '';
  for (let i = 0; i < count; i++) {
    buffer += `${line(i)}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, 'drain');
      buffer = '';
    }
  }
  out.end(buffer);
  await once(out, 'finish');
}

/** The benchmark's files, each holding `points` metric values in the named format. */
export const GENERATORS: Record<string, { file: string; make(path: string, points: number): Promise<void> }> =
  {
    jsonl: {
      file: 'metrics.jsonl',
      make: (path, points) =>
        writeLines(
          path,
          points,
          (i) => `{"step": ${i}, "epoch": ${Math.floor(i / 1000)}, "loss": ${lossAt(i, points)}}`,
        ),
    },
    'generic-csv': {
      file: 'loss.csv',
      make: (path, points) => writeLines(path, points, (i) => `${i},${lossAt(i, points)}`, 'step,loss'),
    },
    'lightning-csv': {
      file: 'metrics.csv',
      // Lightning interleaves: every 10th row is a validation row with the train cell empty.
      make: (path, points) =>
        writeLines(
          path,
          points,
          (i) =>
            i % 10 === 9
              ? `${Math.floor(i / 1000)},${i},,${lossAt(i, points, 2) * 1.1}`
              : `${Math.floor(i / 1000)},${i},${lossAt(i, points)},`,
          'epoch,step,train_loss,val_loss',
        ),
    },
    'keras-csv': {
      file: 'training.log',
      make: (path, points) =>
        writeLines(
          path,
          points / 2,
          (i) => `${i},${lossAt(i, points / 2)},${lossAt(i, points / 2, 3) * 1.1}`,
          'epoch,loss,val_loss',
        ),
    },
    'printed-text': {
      file: 'train.log',
      // What a training script prints: a logging prefix, the epoch and step, one loss per line.
      make: (path, points) =>
        writeLines(
          path,
          points,
          (i) =>
            `2024-05-01 12:00:00,${String(i % 1000).padStart(3, '0')} INFO epoch ${Math.floor(i / 1000) + 1}/${points / 1000} step ${(i % 1000) + 1}/1000 | loss: ${lossAt(i, points).toFixed(6)}`,
        ),
    },
    'hf-trainer-state': {
      file: 'trainer_state.json',
      make: async (path, points) => {
        // Two points per entry (loss and learning_rate), as the Trainer logs them.
        const entries = points / 2;
        await writeLines(
          path,
          entries,
          (i) =>
            `    {"epoch": ${(i / 1000).toFixed(3)}, "learning_rate": 5e-05, "loss": ${lossAt(i, entries)}, "step": ${i + 1}}${i + 1 < entries ? ',' : ''}`,
          '{\n  "global_step": 0,\n  "log_history": [',
        );
        const out = createWriteStream(path, { flags: 'a' });
        out.end('  ]\n}\n');
        await once(out, 'finish');
      },
    },
    'yolo-results': {
      file: 'results.csv',
      // Ultralytics pads every cell to 23 characters and prints 5 significant digits.
      make: (path, points) => {
        const pad = (cell: string) => cell.padStart(23);
        const rows = points / 4;
        const at = (i: number, seed: number) => lossAt(i, rows, seed).toPrecision(5);
        return writeLines(
          path,
          rows,
          (i) => [String(i + 1), at(i, 1), at(i, 2), at(i, 3), at(i, 4)].map(pad).join(','),
          ['epoch', 'train/box_loss', 'train/cls_loss', 'val/box_loss', 'val/cls_loss'].map(pad).join(','),
        );
      },
    },
    mlflow: {
      file: 'mlruns',
      // A file store: mlruns/0/<run>/metrics/{train_loss,val_loss}, lines `timestamp_ms value step`.
      make: async (path, points) => {
        const run = join(path, '0', '0123456789abcdef0123456789abcdef');
        mkdirSync(join(run, 'metrics'), { recursive: true });
        writeFileSync(join(path, '0', 'meta.yaml'), "experiment_id: '0'\nname: Default\n");
        writeFileSync(join(run, 'meta.yaml'), 'run_id: 0123456789abcdef0123456789abcdef\nrun_name: bench\n');
        const val = points / 10;
        const train = points - val;
        const t0 = 1_700_000_000_000;
        await writeLines(
          join(run, 'metrics', 'train_loss'),
          train,
          (i) => `${t0 + i * 50} ${lossAt(i, train)} ${i}`,
        );
        await writeLines(
          join(run, 'metrics', 'val_loss'),
          val,
          (i) => `${t0 + i * 500} ${lossAt(i, val, 2) * 1.1} ${i * 10 + 9}`,
        );
      },
    },
  };
