import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventFile } from '../../test/helpers/tfevents-writer.js';
import type { ParsedLog } from '../core/series.js';
import { createTensorboardParser } from './tensorboard.js';

// The hand decoder (FastEventDecoder) must read every event file exactly as protobufjs does.
function parse(bytes: Uint8Array, fast: boolean, chunk: number): ParsedLog | string {
  const parser = createTensorboardParser('events.out.tfevents', {}, { fast });
  try {
    for (let at = 0; at < bytes.length; at += chunk) parser.write(bytes.subarray(at, at + chunk));
    return parser.end();
  } catch (error) {
    return (error as Error).message;
  }
}

function exact(log: ParsedLog | string): unknown {
  if (typeof log === 'string') return log;
  const spell = (a: ArrayLike<number> | undefined) =>
    a ? Array.from(a, (v) => (Object.is(v, -0) ? '-0' : String(v))) : a;
  return {
    warnings: log.warnings,
    series: log.series.map((s) => ({
      name: s.name,
      split: s.split,
      steps: spell(s.steps),
      values: spell(s.values),
      epochs: spell(s.epochs),
      wallTimes: spell(s.wallTimes),
    })),
  };
}

function expectSame(bytes: Uint8Array): void {
  const slow = exact(parse(bytes, false, bytes.length || 1));
  for (const chunk of [bytes.length || 1, 1000]) expect(exact(parse(bytes, true, chunk))).toEqual(slow);
}

const FIXTURES = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'logs', 'tensorboard');

describe('the TensorBoard hand decoder reads real event files exactly as protobufjs', () => {
  for (const file of readdirSync(FIXTURES)) {
    it(file, () => expectSame(readFileSync(join(FIXTURES, file))));
  }
});

describe('the TensorBoard hand decoder on written events', () => {
  it('simple values, rank-0 tensors, NaN, -0 and large steps, with a header', () => {
    const events = [
      { step: 0, tag: 'loss', value: 2.5, plugin: 'scalars' },
      { step: 0, tag: 'image', value: 1, plugin: 'images' },
      { step: 1, tag: 'loss', value: Number.NaN },
      { step: 2, tag: 'loss', value: -0 },
      { step: 3, tag: 'loss', value: Number.POSITIVE_INFINITY },
      { step: 2 ** 40, tag: 'loss', value: 0.125 },
      { step: 5, tag: 'val/loss', value: 0.5, asTensor: 'tensor_content' as const, plugin: 'scalars' },
      { step: 6, tag: 'val/loss', value: 0.25, asTensor: 'float_val' as const },
    ];
    expectSame(eventFile(events, { header: true }));
  });

  it('a corrupt record among good ones', () => {
    const bytes = eventFile(
      Array.from({ length: 20 }, (_, i) => ({ step: i, tag: 'loss', value: 1 / (i + 1) })),
      { header: true },
    );
    bytes[200] = (bytes[200] as number) ^ 0xff;
    expectSame(bytes);
  });
});
