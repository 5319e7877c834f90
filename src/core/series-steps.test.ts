import { describe, expect, it } from 'vitest';
import { onStepsOf } from './series-steps.js';

const own = (...steps: number[][]) => steps.map((s) => ({ steps: Float64Array.from(s) }));

describe('onStepsOf', () => {
  it('puts epoch e of E on the last optimiser step of that epoch', () => {
    // 4 epochs of 10 steps: the probe counts steps 0..39.
    const epochs = Float64Array.from([1, 2, 3, 4]);
    const target = [Float64Array.from({ length: 40 }, (_, i) => i)];
    expect(Array.from(onStepsOf(epochs, own([1, 2, 3, 4]), target))).toEqual([9, 19, 29, 39]);
  });

  it('leaves a printed step count that matches the target’s own count where it is', () => {
    const printed = Float64Array.from([100, 200, 300]);
    const target = [Float64Array.from({ length: 300 }, (_, i) => i)];
    expect(Array.from(onStepsOf(printed, own([100, 200, 300]), target))).toEqual([99, 199, 299]);
  });

  it('scales by the last step of any series of the own log, not only of the one moved', () => {
    // val every 2 epochs of 6, train every epoch; 60 steps in all.
    const val = Float64Array.from([2, 4, 6]);
    const target = [Float64Array.from({ length: 60 }, (_, i) => i)];
    expect(Array.from(onStepsOf(val, own([1, 2, 3, 4, 5, 6], [2, 4, 6]), target))).toEqual([19, 39, 59]);
  });

  it('keeps step 0 at 0 and non-finite steps as they are; unchanged with no positive last step', () => {
    const target = [Float64Array.from([0, 1, 2, 3])];
    expect(Array.from(onStepsOf(Float64Array.from([0, 2, Number.NaN]), own([0, 2]), target))).toEqual([
      0,
      3,
      Number.NaN,
    ]);
    const zero = Float64Array.from([0, 0]);
    expect(onStepsOf(zero, own([0, 0]), target)).toBe(zero);
    expect(onStepsOf(Float64Array.from([1, 2]), own([1, 2]), [Float64Array.from([0])])).toEqual(
      Float64Array.from([1, 2]),
    );
  });
});
