import { describe, expect, it } from 'vitest';
import { parseLog } from '../../test/helpers/parse-log.js';
import type { Series } from '../core/series.js';
import { detectFormat } from './detect.js';
import { printedText, visibleText } from './printed-text.js';

const enc = new TextEncoder();

function read(text: string, chunkBytes?: number) {
  return parseLog('train.log', enc.encode(text), {
    format: 'printed-text',
    ...(chunkBytes ? { chunkBytes } : {}),
  });
}

function byName(
  series: readonly Series[],
): Record<string, { split: string; steps: number[]; values: number[] }> {
  const out: Record<string, { split: string; steps: number[]; values: number[] }> = {};
  for (const s of series) {
    out[s.run ? `${s.name} (${s.run})` : s.name] = {
      split: s.split,
      steps: Array.from(s.steps),
      values: Array.from(s.values),
    };
  }
  return out;
}

const lines = (n: number, f: (i: number) => string) =>
  `${Array.from({ length: n }, (_, i) => f(i)).join('\n')}\n`;

describe('printed-text: key/value spellings', () => {
  it('reads `loss: 0.23`, `loss=0.23`, `loss 0.23` and `Loss: tensor(0.23)`', () => {
    const s = byName(
      read(
        lines(
          3,
          (i) =>
            `step ${i + 1}: loss: 0.${5 - i} acc=0.${i + 1} lr 0.00${i + 1} grad: tensor(1.${i}, device='cuda:0')`,
        ),
      ).series,
    );
    expect(Object.keys(s)).toEqual(['loss', 'acc', 'lr', 'grad']);
    expect(s.loss).toEqual({ split: 'train', steps: [1, 2, 3], values: [0.5, 0.4, 0.3] });
    expect(s.lr?.split).toBe('other');
    expect(s.grad?.values).toEqual([1, 1.1, 1.2]);
  });

  it('reads splits from the words around the value', () => {
    const s = byName(
      read(lines(3, (i) => `epoch ${i} train loss 2.8${i}, val loss 2.9${i} | test acc: 0.5${i}`)).series,
    );
    expect(s['train loss']?.split).toBe('train');
    expect(s['val loss']).toEqual({ split: 'val', steps: [0, 1, 2], values: [2.9, 2.91, 2.92] });
    expect(s['test acc']?.split).toBe('test');
  });

  it("reads PyTorch's word-language-model table: step = (epoch − 1) × batches + batch", () => {
    const text =
      '| epoch   1 |   200/ 2983 batches | lr 20.00 | ms/batch 45.02 | loss  7.63 | ppl  2056.03\n' +
      '| epoch   1 |   200/2983 batches | lr 20.00 | ms/batch 45.02 | loss  7.63 | ppl  2056.03\n' +
      '| epoch   1 |   400/2983 batches | lr 20.00 | ms/batch 44.11 | loss  6.85 | ppl   945.12\n' +
      '| end of epoch   1 | time: 140.2s | valid loss  5.80 | valid ppl   330.60\n' +
      '| epoch   2 |   200/2983 batches | lr 20.00 | ms/batch 45.10 | loss  5.90 | ppl   365.03\n' +
      '| end of epoch   2 | time: 140.1s | valid loss  5.50 | valid ppl   244.69\n' +
      '| End of training | test loss  5.44 | test ppl   230.95\n';
    const s = byName(read(text).series);
    expect(s.loss?.steps).toEqual([200, 200, 400, 3183]);
    expect(s['valid loss']).toEqual({ split: 'val', steps: [400, 3183], values: [5.8, 5.5] });
    expect(s['ms/batch']?.split).toBe('train');
    expect(s['test loss']).toBeUndefined(); // printed once: a summary, not a curve
  });

  it('reads Hugging Face Trainer dict reprs, the epoch as the step', () => {
    const text =
      "{'loss': 0.52, 'grad_norm': 3.1, 'learning_rate': 5e-05, 'epoch': 0.5}\n" +
      "{'loss': 0.41, 'grad_norm': 2.2, 'learning_rate': 4e-05, 'epoch': 1.0}\n" +
      "{'eval_loss': 0.45, 'eval_runtime': 1.2, 'eval_samples_per_second': 80.1, 'epoch': 1.0}\n" +
      "{'loss': 0.33, 'grad_norm': 1.5, 'learning_rate': 3e-05, 'epoch': 1.5}\n" +
      "{'eval_loss': 0.43, 'eval_runtime': 1.1, 'eval_samples_per_second': 81.0, 'epoch': 2.0}\n" +
      "{'train_runtime': 12.3, 'train_samples_per_second': 50.1, 'train_loss': 0.42, 'epoch': 2.0}\n";
    const s = byName(read(text).series);
    expect(s.loss?.steps).toEqual([0.5, 1, 1.5]);
    expect(s.eval_loss).toEqual({ split: 'val', steps: [1, 2], values: [0.45, 0.43] });
    expect(s.learning_rate?.split).toBe('other');
    expect(s.train_loss).toBeUndefined();
  });

  it('reads logging prefixes and the MNIST example', () => {
    const text =
      '2023-05-15 22:50:17,398 INFO: Train Epoch: 1 [0/60000 (0%)]\tLoss: 2.305134\n' +
      '2023-05-15 22:50:18,001 INFO: Train Epoch: 1 [640/60000 (1%)]\tLoss: 2.273475\n' +
      '\nTest set: Average loss: 1.8304, Accuracy: 3431/10000 (34%)\n\n' +
      '2023-05-15 22:50:19,398 INFO: Train Epoch: 2 [0/60000 (0%)]\tLoss: 2.004818\n' +
      '\nTest set: Average loss: 1.6111, Accuracy: 4202/10000 (42%)\n';
    const s = byName(read(text).series);
    expect(s['Train Loss']).toEqual({
      split: 'train',
      steps: [0, 640, 60000],
      values: [2.305134, 2.273475, 2.004818],
    });
    expect(s['Test Average loss']).toEqual({ split: 'test', steps: [640, 60000], values: [1.8304, 1.6111] });
    expect(s['Test Accuracy']?.values).toEqual([0.3431, 0.4202]);
  });
});

describe('printed-text: step markers', () => {
  it.each([
    ['Epoch 3/10', (i: number) => `Epoch ${i + 1}/10 loss: 0.${9 - i}`, [1, 2, 3]],
    ['epoch 3', (i: number) => `epoch ${i + 1} loss: 0.${9 - i}`, [1, 2, 3]],
    [
      'Step [100/600]',
      (i: number) => `Epoch [1/5], Step [${(i + 1) * 100}/600], Loss: 0.${9 - i}`,
      [100, 200, 300],
    ],
    ['iter 100:', (i: number) => `iter ${(i + 1) * 100}: loss 0.${9 - i}`, [100, 200, 300]],
    ['step 100:', (i: number) => `step ${(i + 1) * 100}: train loss 0.${9 - i}`, [100, 200, 300]],
    ['[3/10]', (i: number) => `[${i + 1}/10] loss: 0.${9 - i}`, [1, 2, 3]],
    ['no marker: the line number', (i: number) => `loss: 0.${9 - i}`, [1, 2, 3, 4, 5]],
  ])('%s', (_shape, f, steps) => {
    const s = read(lines(steps.length, f)).series[0];
    expect(Array.from(s?.steps ?? [])).toEqual(steps);
  });

  it('continues a step counted again from 0 in every epoch (CycleGAN)', () => {
    const text = lines(
      4,
      (i) =>
        `(epoch: ${1 + Math.floor(i / 2)}, iters: ${(i % 2) * 100 + 100}, time: 0.09) D_A: 0.5${i} G_A: 0.1${i}`,
    );
    expect(Array.from(read(text).series[0]?.steps ?? [])).toEqual([100, 200, 300, 400]);
  });

  it('reads `Epoch 1/4 step 10` as the epoch and a step counted from 0 again in every epoch', () => {
    const text = lines(6, (i) => `Epoch ${1 + Math.floor(i / 3)}/4 step ${(i % 3) * 10} loss: 2.${9 - i}`);
    expect(Array.from(read(text).series[0]?.steps ?? [])).toEqual([0, 10, 20, 30, 40, 50]);
  });

  it('takes the epoch from an `Epoch 3/10` line of its own (Keras verbose=2)', () => {
    const text = lines(6, (i) =>
      i % 2 === 0 ? `Epoch ${i / 2 + 1}/3` : `19/19 - 12s - loss: 0.${9 - i} - accuracy: 0.${i}`,
    );
    const s = byName(read(text).series);
    expect(s.loss?.steps).toEqual([19, 38, 57]);
  });

  it('splits appended runs where the epoch goes back', () => {
    const text = lines(6, (i) => `epoch ${(i % 3) + 1} loss: 0.${9 - i}`);
    expect(Object.keys(byName(read(text).series))).toEqual(['loss (run 1)', 'loss (run 2)']);
  });
});

describe('printed-text: progress bars', () => {
  it('reads Keras fit output redrawn with \\r and \\b', () => {
    const epoch = (e: number, loss: string) =>
      `Epoch ${e}/2\n` +
      `  1/938 [..............................] - ETA: 1:23 - loss: 2.3012 - accuracy: 0.0938\b\b\b\b\b\b\b\b\r` +
      ` 938/938 [==============================] - 5s 5ms/step - loss: ${loss} - accuracy: 0.9000 - val_loss: 0.2${e} - val_accuracy: 0.95\n`;
    const s = byName(read(epoch(1, '0.3000') + epoch(2, '0.2000')).series);
    expect(s.loss).toEqual({ split: 'train', steps: [938, 1876], values: [0.3, 0.2] });
    expect(s.val_loss?.split).toBe('val');
    expect(s.ETA).toBeUndefined();
  });

  it('reads tqdm postfixes and the Lightning progress bar', () => {
    const bar = (e: number, loss: number) =>
      `Epoch ${e}:  50%|█████     | 25/50 [00:00<00:00, 30.1it/s, loss=${loss + 0.1}, v_num=0]\r` +
      `Epoch ${e}: 100%|██████████| 50/50 [00:01<00:00, 30.12it/s, loss=${loss}, v_num=0, val_loss=${loss + 0.05}]\n`;
    const s = byName(read(bar(0, 0.5) + bar(1, 0.4) + bar(2, 0.3)).series);
    expect(s.loss?.steps).toEqual([50, 100, 150]);
    expect(s.loss?.values).toEqual([0.5, 0.4, 0.3]);
    expect(s.v_num).toBeUndefined();
    expect(s.val_loss?.split).toBe('val');
  });

  it('shows a line as a terminal would', () => {
    expect(visibleText('a\rbc\r  \r')).toBe('bc');
    expect(visibleText('loss: 0.5\b\b\b0.4')).toBe('loss: 0.4');
    expect(visibleText('\x1b[32mloss\x1b[0m: 0.4')).toBe('loss: 0.4');
  });
});

describe('printed-text: values', () => {
  it('reads nan, inf, -0.00 and 3.18e+16', () => {
    const s = byName(
      read(lines(5, (i) => `step ${i}: loss: ${['0.5', 'nan', '-inf', '-0.00', '3.18e+16'][i]}`)).series,
    );
    expect(s.loss?.values).toEqual([0.5, Number.NaN, Number.NEGATIVE_INFINITY, -0, 3.18e16]);
  });

  it('times, counters and lr are series but not splits of data', () => {
    const s = byName(
      read(lines(3, (i) => `step ${i} | loss 0.${9 - i} | lr 0.${i + 1} | time: 0.5${i}`)).series,
    );
    expect(s.time?.split).toBe('other');
    expect(s.lr?.split).toBe('other');
  });
});

describe('printed-text: precision', () => {
  it('never makes curves of config dumps, Namespace(...), summaries, warnings or samples', () => {
    const text =
      'Namespace(lr=0.001, epochs=10, batch_size=64)\n' +
      '                 lr: 0.0002\n' +
      '           n_epochs: 100\n' +
      '/usr/lib/python3/dist-packages/torch/nn/functional.py:1331: UserWarning: lr 0.1 is too high\n' +
      '2021-05-09 18:27:16.527341: I tensorflow/core/common_runtime/gpu/gpu_device.cc:1720] Found device 0\n' +
      'INFO:absl:input_ids: 101 5982 5937 1020 2519\n' +
      'INFO:absl:input_ids: 101 2003 2001 1996 2000\n' +
      'name = dense/kernel:0, shape = (768, 10)\n' +
      'name = dense/bias:0, shape = (10,)\n' +
      'Loaded 500 images from 3 folders\n' +
      'Loaded 300 images from 2 folders\n' +
      'Generated: the 3 cats sat on 2 mats\n' +
      'visible gpu devices: 0\n' +
      'visible gpu devices: 0\n' +
      'final score: 17/9500\n';
    const log = read(text);
    expect(log.series).toEqual([]);
    expect(log.warnings.join('\n')).toContain('nothing to judge');
  });

  it("names results.csv when nothing is read from Ultralytics YOLO's table of losses", () => {
    // YOLOv8's `yolo train` output (header, a bar's last redraw, the validation table), as its users' READMEs quote it
    const text =
      '      Epoch    GPU_mem   box_loss   cls_loss   dfl_loss  Instances       Size\n' +
      '       1/20      5.66G     0.7283      1.357      1.213          6        640: 100%|##########| 1603/1603 [03:45<00:00,  7.12it/s]\n' +
      '                 Class     Images  Instances      Box(P          R      mAP50  mAP50-95): 100%|##########| 34/34 [00:03<00:00, 10.01it/s]\n' +
      '                   all        535        601      0.665      0.686      0.668      0.513\n';
    const log = read(text);
    expect(log.series).toEqual([]);
    const warning = log.warnings.join('\n');
    expect(warning).toContain("Ultralytics YOLO's output");
    expect(warning).toContain('results.csv');
    expect(warning).toContain('`metrics`');
    // any other log keeps the general advice
    expect(read('hello\nepoch loss acc\n').warnings.join('\n')).not.toContain('Ultralytics');
  });

  it('keeps one shape per name: the per-step line wins over the epoch summary', () => {
    const text = `${lines(4, (i) => `epoch 1 step ${i} loss: 0.${9 - i} acc: 0.5`)}epoch 1 loss: 0.1\nepoch 2 loss: 0.05\n`;
    const log = read(text);
    expect(byName(log.series).loss?.values).toEqual([0.9, 0.8, 0.7, 0.6]);
    expect(log.warnings.join('\n')).toContain('printed in 2 kinds of lines');
  });

  it('reads a run printed in another shape after the first (steps starting over) as another run, not left out', () => {
    // Keras 1.x verbose=2: a run with validation, then the same model trained again without it
    const withVal = lines(3, (i) => `Epoch ${i + 1}/3\n${60 + i}s - loss: 0.${9 - i} - val_loss: 0.${8 - i}`);
    const trainOnly = lines(3, (i) => `Epoch ${i + 1}/3\n${60 + i}s - loss: 0.${7 - i}`);
    const log = read(withVal + trainOnly);
    const s = byName(log.series);
    expect(s['loss (run 1)']).toEqual({ split: 'train', steps: [1, 2, 3], values: [0.9, 0.8, 0.7] });
    expect(s['loss (run 2)']).toEqual({ split: 'train', steps: [1, 2, 3], values: [0.7, 0.6, 0.5] });
    expect(s.val_loss?.values).toEqual([0.8, 0.7, 0.6]);
    expect(log.warnings.join('\n')).not.toContain('kinds of lines');
  });

  it("does not take Keras' `Epoch 00002: early stopping` for the epoch of the line after it", () => {
    const text =
      lines(3, (i) => `Epoch ${i + 1}/10\n60s - loss: 0.${9 - i} - acc: 0.${i + 1}`) +
      'Epoch 4/10\nEpoch 00003: early stopping\n60s - loss: 0.5 - acc: 0.4\n';
    const s = byName(read(text).series);
    expect(s.loss?.steps).toEqual([1, 2, 3, 4]);
    expect(s.acc?.steps).toEqual([1, 2, 3, 4]);
  });

  it("never reads a dataclass's `name : int = 50304` or nvidia-smi's `N/A  N/A  64827` as a metric", () => {
    const text =
      lines(6, (i) => `    n_layer${i} : int = ${12 + i} # layers`) +
      lines(6, (i) => `|    ${i}   N/A  N/A     ${64827 + i}      C   /usr/bin/python3      1234MiB |`) +
      lines(3, (i) => `step:${i + 1}/3 val_loss:${4 - i}.5`);
    expect(Object.keys(byName(read(text).series))).toEqual(['val_loss']);
  });

  it("reads a time printed with its unit right after its key (`train_time:56124ms`), not COCO's `Done (t=18.50s)`", () => {
    const text = lines(
      3,
      (i) => `step:${i + 1}/3 train_time:${100 * (i + 1)}ms step_avg:nanms\nDone (t=1${i}.50s)`,
    );
    const s = byName(read(text).series);
    expect(Object.keys(s)).toEqual(['train_time']);
    expect(s.train_time).toEqual({ split: 'other', steps: [1, 2, 3], values: [100, 200, 300] });
  });

  it("reads a Hugging Face Trainer's values printed as strings: `{'loss': '19.85', 'epoch': '0.2941'}`", () => {
    const text =
      'Starting training\n' +
      lines(3, (i) => `{'loss': '1${9 - i}.85', 'learning_rate': '8.5e-0${5 - i}', 'epoch': '0.${i + 1}'}`) +
      lines(2, (i) => `{'eval_loss': '9.${8 - i}', 'epoch': '${i + 1}'}\n  eval_device='cuda:${i}'`);
    const s = byName(read(text).series);
    expect(s.loss).toEqual({ split: 'train', steps: [0.1, 0.2, 0.3], values: [19.85, 18.85, 17.85] });
    expect(s.eval_loss).toEqual({ split: 'val', steps: [1, 2], values: [9.8, 9.7] });
    expect(s.learning_rate?.values).toEqual([8.5e-5, 8.5e-4, 8.5e-3]);
    expect(Object.keys(s).sort()).toEqual(['eval_loss', 'learning_rate', 'loss']);
  });

  it('quotes the closest lines when nothing can be read', () => {
    const log = read('training started\nepoch one, loss went down\nloss=low\n');
    expect(log.warnings[0]).toContain('no line of the form');
  });
});

describe('printed-text: shapes of real logs', () => {
  it("reads modded-nanogpt's `step_avg:146.99ms` and llm.c's `s:0 trl:10.96` / `s:0 tel:10.97`, not `olmo.train:990`", () => {
    const nano = byName(
      read(lines(4, (i) => `step:${i + 1}/1480 train_time:${1000 * (i + 1)}ms step_avg:14${i}.99ms`)).series,
    );
    expect(nano.step_avg?.values).toEqual([140.99, 141.99, 142.99, 143.99]);
    const llmc = byName(
      read(
        lines(15, (i) =>
          i % 3 === 2 ? `s:${i} tel:${(10 - i / 10).toFixed(4)}` : `s:${i} trl:${(11 - i / 10).toFixed(4)}`,
        ),
      ).series,
    );
    expect(llmc.trl?.split).toBe('train');
    expect(llmc.tel?.split).toBe('val');
    expect(llmc.tel?.values).toEqual([9.8, 9.5, 9.2, 8.9, 8.6]);
    expect(
      Object.keys(byName(read(lines(6, (i) => `2024-01-01 INFO olmo.train:${990 + i} step`)).series)),
    ).toEqual([]);
  });

  it("reads the one learning rate of DeepSpeed's `lr=[5e-05, 5e-05]`, not a list of different numbers", () => {
    const s = byName(
      read(
        lines(
          3,
          (i) =>
            `[Rank 0] step=${10 * (i + 1)}, skipped=0, lr=[${i + 1}e-05, ${i + 1}e-05], mom=[(0.9, 0.95)]`,
        ),
      ).series,
    );
    expect(s.lr?.values).toEqual([1e-5, 2e-5, 3e-5]);
    const ids = byName(read(lines(6, (i) => `step ${i} input_ids: [101, ${2000 + i}, 102]`)).series);
    expect(ids.input_ids).toBeUndefined();
  });

  it('takes no counters, progress percentages, comma-joined rows or per-class rows for metrics', () => {
    const s = byName(
      read(
        lines(
          6,
          (i) =>
            `epoch=0/micro_step=${i}/global_step=${i}, ppo_ep: 1, act_loss: 0.${i + 1} | epochs:  ${10 * i}%|██  | ${i}/30`,
        ) +
          lines(6, (i) => `copypaste: 0.0${i}03,0.0457,0.0010`) +
          lines(12, (i) => `* class: ${i} (cat${i})\ttotal: 44\tcorrect: 4${i % 10}`),
      ).series,
    );
    expect(Object.keys(s).sort()).toEqual(['act_loss', 'correct', 'total']);
  });

  it('reads the metrics before a warning stderr wrote into the line, and skips config dumps and comments', () => {
    const s = byName(
      read(
        lines(
          6,
          (i) =>
            `iter ${10 * i} || Loss: ${9 - i}.5 || /usr/lib/augmentations.py:238: VisibleDeprecationWarning: ragged (0.5, 1)`,
        ) +
          lines(6, (i) => `  BASE_LR_${i}: 0.0${i + 1}`) +
          lines(6, (i) => `  # 1 epoch is ${500 + i} iterations`) +
          lines(6, (i) => `{'work_dir': './out', 'use_gpu': False, 'base_lr': 0.${i + 1}}`),
      ).series,
    );
    expect(Object.keys(s)).toEqual(['Loss']);
    expect(s.Loss?.values).toEqual([9.5, 8.5, 7.5, 6.5, 5.5, 4.5]);
  });

  it('still reads `#100 loss: 0.3` and a dict of metrics with a text value: only flags or None make a dict a config', () => {
    const s = byName(
      read(
        lines(6, (i) => `#${100 * (i + 1)} loss: 0.${9 - i}`) +
          lines(6, (i) => `{'phase': 'train', 'epoch': ${i + 1}, 'acc': 0.${i + 1}}`),
      ).series,
    );
    expect(Object.keys(s).sort()).toEqual(['loss', 'train acc']);
  });

  it('ends an evaluation heading where training goes on: a later iteration, a later epoch', () => {
    const text =
      lines(3, (i) => `iter: ${20 * (i + 1)}  total_loss: 0.${9 - i}`) +
      'Evaluation results for bbox:\n' +
      lines(3, (i) => `Inference done ${i + 1}/30. Eval: 0.000${i + 1} s/iter`) +
      lines(3, (i) => `iter: ${20 * (i + 4)}  total_loss: 0.${6 - i}`);
    const s = byName(read(text).series);
    expect(s.total_loss?.values).toEqual([0.9, 0.8, 0.7, 0.6, 0.5, 0.4]);
    expect(s['Evaluation total_loss']).toBeUndefined();
  });

  it("keeps a `|` cell's split word to that cell's key: `|Training time=1.06 |Others=0.23`", () => {
    const s = byName(
      read(lines(6, (i) => `|Generate time=2.4${i} |Training time=1.0${i} |Others=0.2${i}`)).series,
    );
    expect(Object.keys(s).sort()).toEqual(['Generate time', 'Others', 'Training time']);
  });
});

describe('printed-text: reading', () => {
  it('gives the same series however the bytes are cut', () => {
    const text = lines(
      50,
      (i) =>
        `Epoch ${1 + Math.floor(i / 10)}/5 Step [${(i % 10) + 1}/10] Loss: ${(1 / (i + 1)).toFixed(4)} µs: 3`,
    );
    expect(byName(read(text, 7).series)).toEqual(byName(read(text).series));
  });

  it('is detected from its lines, below every structured format', () => {
    const head = enc.encode(lines(5, (i) => `epoch ${i} loss: 0.${i}`));
    expect(detectFormat('out.txt', head).id).toBe('printed-text');
    expect(printedText.sniff('x', head)).toBeLessThan(0.2);
    expect(detectFormat('nohup.out', enc.encode('starting\n')).id).toBe('printed-text');
    expect(() => detectFormat('notes.md', enc.encode('# notes\nnothing here\n'))).toThrow(
      /not a training log/,
    );
    // a folder's requirements.txt is passed over, a train_log.txt that has printed nothing yet is read
    expect(() => detectFormat('requirements.txt', enc.encode('torch==1.13\nnumpy\n'))).toThrow(
      /not a training log/,
    );
    expect(detectFormat('train_log.txt', enc.encode('starting\n')).id).toBe('printed-text');
  });
});

describe('printed text: each line read on its own', () => {
  // The reader looks up to two tokens past a line's last; it must see nothing there, not the
  // tokens of an earlier, longer line (trainer_state.json printed: `"loss": 0.4559,` after
  // `"learning_rate": 1.7e-05,` and `"best_model_checkpoint": "output/checkpoint-3745",`).
  const entries = lines(
    6,
    (i) =>
      `    {\n      "epoch": ${i + 1}.0,\n      "grad_norm": 0.${5 + i}4,\n      "learning_rate": 1.${7 - i}e-05,\n      "loss": 0.${9 - i}5,\n      "step": ${(i + 1) * 749}\n    },`,
  );
  it('reads a line the same after any earlier line', () => {
    const alone = byName(read(entries).series);
    const afterLonger = byName(
      read(`  "best_model_checkpoint": "output/checkpoint-3745", "eval_steps": 500 : 7\n${entries}`).series,
    );
    expect(alone.loss?.values).toEqual([0.95, 0.85, 0.75, 0.65, 0.55, 0.45]);
    expect(afterLonger.loss).toEqual(alone.loss);
  });
});
