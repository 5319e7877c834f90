import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseChunked, seriesNamed } from '../../test/helpers/parse-log.js';
import { InputError } from '../core/errors.js';
import type { ParsedLog } from '../core/series.js';
import { hfTrainerState } from './hf-trainer-state.js';

const fixture = (name: string) =>
  readFileSync(new URL(`../../test/fixtures/logs/hf-trainer-state/${name}`, import.meta.url));

const parse = (source: string, bytes: Uint8Array | string, chunk = 1000): ParsedLog =>
  parseChunked(hfTrainerState, source, bytes, chunk);

const series = seriesNamed;

describe('hf-trainer-state: real files', () => {
  it('reads train and eval entries of a Whisper fine-tune, leaving out the final summary entry', () => {
    const log = parse('trainer_state.json', fixture('whisper-finetune__trainer_state.json'));
    expect(log).toMatchObject({ format: 'hf-trainer-state', warnings: [] });
    expect(log.series.map((s) => [s.name, s.split, s.metric, s.values.length])).toEqual([
      ['grad_norm', 'other', 'grad_norm', 60],
      ['learning_rate', 'other', 'learning_rate', 60],
      ['loss', 'train', 'loss', 60],
      ['eval_loss', 'val', 'loss', 6],
      ['eval_runtime', 'val', 'runtime', 6],
      ['eval_samples_per_second', 'val', 'samples_per_second', 6],
      ['eval_steps_per_second', 'val', 'steps_per_second', 6],
      ['eval_wer', 'val', 'wer', 6],
    ]);
    const loss = series(log, 'loss');
    expect([loss.steps[0], loss.values[0], loss.steps[59], loss.values[59]]).toEqual([
      25, 0.8328424835205078, 1500, 0.1799742889404297,
    ]);
    expect(loss.epochs?.[0]).toBe(0.022747952684258416);
    expect(Array.from(series(log, 'eval_wer').steps)).toEqual([250, 500, 750, 1000, 1250, 1500]);
    expect(series(log, 'eval_wer').values[5]).toBe(28.39570277529096);
    expect(log.series.some((s) => s.name === 'train_loss' || s.name === 'train_runtime')).toBe(false);
  });

  it('reads six eval sets logged at step 0 before any training entry', () => {
    const log = parse('trainer_state.json', fixture('trainer-state-viz__trainer_state.json'));
    expect(log.series).toHaveLength(33);
    const g0 = series(log, 'eval_g0_loss');
    expect(g0).toMatchObject({ split: 'val', metric: 'g0_loss' });
    expect([g0.steps[0], g0.values[0], g0.values.length]).toEqual([0, 5.741583347320557, 31]);
    const loss = series(log, 'loss');
    expect([loss.steps[0], loss.values[0], loss.steps[29], loss.values[29]]).toEqual([
      401, 1.1074, 12030, 0.0549,
    ]);
  });

  it('reads the CRLF checkpoint-170 file', () => {
    const bytes = fixture('mbti-chechpoint-170__trainer_state.json');
    const log = parse('trainer_state.json', bytes, 7);
    expect(Array.from(series(log, 'loss').values)).toEqual([38.5572, 35.8333, 35.0566]);
    expect(Array.from(series(log, 'loss').steps)).toEqual([50, 100, 150]);
  });

  it('reads an empty log_history as no series, saying why', () => {
    const log = parse('trainer_state.json', fixture('mbti-chechpoint-17-empty__trainer_state.json'));
    expect(log.series).toEqual([]);
    expect(log.warnings[0]).toMatch(
      /^trainer_state\.json: log_history holds no metrics \(global_step 17, logging_steps 50\)/,
    );
  });
});

describe('hf-trainer-state: written and bad files', () => {
  it('reads bare NaN and Infinity', () => {
    const log = parse(
      'trainer_state.json',
      '{"log_history": [{"loss": 1.0, "grad_norm": NaN, "step": 1}, {"loss": Infinity, "grad_norm": 2, "step": 2}]}',
    );
    expect(Array.from(series(log, 'loss').values)).toEqual([1, Number.POSITIVE_INFINITY]);
    expect(Array.from(series(log, 'grad_norm').values)).toEqual([Number.NaN, 2]);
  });

  it('refuses a cut document, naming the line', () => {
    const text = '{\n  "log_history": [\n    {"loss": 1.0, "step": 1},\n    {"loss": 0.5, "st';
    expect(() => parse('ckpt/trainer_state.json', text)).toThrow(InputError);
    expect(() => parse('ckpt/trainer_state.json', text)).toThrow(
      /^ckpt\/trainer_state\.json line 4: expected one JSON document \(a Hugging Face trainer_state\.json\)/,
    );
  });

  it('refuses JSON without log_history', () => {
    expect(() => parse('trainer_state.json', '[1]')).toThrow(/; found a list$/);
    expect(() => parse('trainer_state.json', '{"log_history": 3}')).toThrow(
      /; found log_history number `3`$/,
    );
    expect(() => parse('trainer_state.json', '{"global_step": 3}')).toThrow(
      'trainer_state.json: expected a Hugging Face trainer_state.json, an object with a `log_history` list; found no `log_history`',
    );
  });
});
