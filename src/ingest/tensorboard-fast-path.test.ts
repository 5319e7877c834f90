import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { expectFastAsSlow } from '../../test/helpers/fast-path.js';
import { eventFile } from '../../test/helpers/tfevents-writer.js';
import { createTensorboardParser } from './tensorboard.js';

// The hand decoder (FastEventDecoder) must read every event file exactly as protobufjs does.
function expectSame(bytes: Uint8Array): void {
  expectFastAsSlow((fast) => createTensorboardParser('events.out.tfevents', {}, { fast }), bytes, [1000]);
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
