import { describe, expect, it } from 'vitest';
import { parseEvalFile, validateEvalFile } from './eval-file.js';

const SRC = 'out/eval.json';
const split = (value: number, n: number) => ({ value, n });
const full = {
  metric: 'accuracy',
  splits: {
    train: split(0.991, 1203),
    train_val: split(0.97, 180),
    test_val: split(0.96, 270),
    test: split(0.95, 360),
  },
  extra: { 'test/loss': 0.08 },
};

function messages(raw: unknown): string[] {
  const r = validateEvalFile(raw, SRC);
  if (r.ok) throw new Error('expected errors');
  return r.errors.map((e) => e.message);
}

describe('validateEvalFile', () => {
  it('reads a complete file without warnings', () => {
    const r = validateEvalFile(full, SRC);
    expect(r).toEqual({
      ok: true,
      eval: {
        metric: 'accuracy',
        splits: {
          train: { value: 0.991, n: 1203 },
          train_val: { value: 0.97, n: 180 },
          test_val: { value: 0.96, n: 270 },
          test: { value: 0.95, n: 360 },
        },
        extra: { 'test/loss': 0.08 },
      },
      warnings: [],
    });
  });

  it('computes value from correct, for accuracy and for error', () => {
    const raw = {
      metric: 'error',
      splits: { train: { correct: 90, n: 100 }, test: { correct: 75, n: 100, value: 0.25 } },
    };
    const r = validateEvalFile(raw, SRC);
    expect(r.ok && r.eval.splits.train).toEqual({ value: 0.1, n: 100, correct: 90 });
    expect(r.ok && r.eval.splits.test.value).toBe(0.25);
    expect(r.ok && r.eval.extra).toEqual({});
  });

  it('allows train_val and test_val to be missing, with a warning each', () => {
    const r = validateEvalFile(
      { metric: 'accuracy', splits: { train: split(1, 10), test: split(0.9, 10) } },
      SRC,
    );
    expect(r.ok && r.warnings).toEqual([
      'out/eval.json: no `train_val` split: variance (train_val − train) and distribution shift (test_val − train_val) are reported together.',
      'out/eval.json: no `test_val` split: distribution shift (test_val − train_val) and validation overfitting (test − test_val) are reported together.',
    ]);
  });

  it('keeps non-finite extras (null reads as NaN)', () => {
    const r = validateEvalFile(
      { ...full, extra: { 'test/loss': Number.NaN, 'train/loss': null, x: Infinity } },
      SRC,
    );
    expect(r.ok && r.eval.extra).toEqual({ 'test/loss': Number.NaN, 'train/loss': Number.NaN, x: Infinity });
  });

  it('names each problem, all at once', () => {
    expect(
      messages({
        metric: 'acc',
        splits: {
          train: { n: 0 },
          test: { value: 1.5, n: 10.5 },
          val: split(0.9, 10),
          train_val: { value: 0.5, correct: 11, n: 10 },
          test_val: { value: 0.5, correct: 4, n: 10 },
        },
        extra: { 'test/loss': 'low' },
        notes: 'x',
      }),
    ).toEqual([
      'out/eval.json: `metric` is "acc"; allowed: "accuracy", "error".',
      'out/eval.json: `splits.train.n` is 0; it must be at least 1.',
      'out/eval.json: `splits.test.value` is 1.5; it must be at most 1.',
      'out/eval.json: `splits.test.n` is 10.5 (a number); expected an integer.',
      'out/eval.json: unknown key `splits.val`. Allowed here: train, train_val, test_val, test.',
      'out/eval.json: `extra["test/loss"]` "low" is not a number; extra metrics are numbers (NaN, Infinity and null are allowed).',
      'out/eval.json: unknown key `notes`. Allowed here: metric, splits, extra.',
      'out/eval.json: `splits.train` has neither `value` (a fraction in [0, 1]) nor `correct` (a count); give one.',
      'out/eval.json: `splits.train_val.correct` is 11, more than n = 10; it counts the correct examples among the n.',
      'out/eval.json: `splits.train_val.value` is 0.5 but correct / n gives 1.1 for metric "acc"; give one of them, or make them agree.',
      'out/eval.json: `splits.test_val.value` is 0.5 but correct / n gives 0.4 for metric "acc"; give one of them, or make them agree.',
    ]);
  });

  it('requires train and test', () => {
    expect(messages({ metric: 'error', splits: { train_val: split(0.1, 5) } })).toEqual([
      'out/eval.json: `splits.train` is missing; expected a mapping.',
      'out/eval.json: `splits.test` is missing; expected a mapping.',
    ]);
  });
});

describe('parseEvalFile', () => {
  it('reads what Python json.dump writes, bare NaN included', () => {
    const text =
      '{\n  "metric": "accuracy",\n  "splits": {"train": {"value": 1.0, "n": 987, "correct": 987},\n "test": {"value": 0.97, "n": 360}},\n  "extra": {"test/loss": NaN}\n}\n';
    const r = parseEvalFile(text, SRC);
    expect(r.ok && r.eval.extra['test/loss']).toBeNaN();
  });

  it('reports a JSON syntax error with line and column', () => {
    const r = parseEvalFile('{\n  "metric": "accuracy",\n  "splits": }', SRC);
    expect(r.ok ? [] : r.errors.map((e) => e.message)).toEqual([
      'out/eval.json:3:13: not valid JSON: expected a value, found "}".',
    ]);
  });
});
