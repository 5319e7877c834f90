import { describe, expect, it } from 'vitest';
import { parseLenientJson } from './lenient-json.js';

describe('parseLenientJson', () => {
  it('reads bare NaN, Infinity and -Infinity as Python writes them', () => {
    expect(parseLenientJson('{"loss": NaN, "grad": Infinity, "x": -Infinity, "y": [NaN]}')).toEqual({
      loss: Number.NaN,
      grad: Number.POSITIVE_INFINITY,
      x: Number.NEGATIVE_INFINITY,
      y: [Number.NaN],
    });
  });

  it('leaves strings holding those words alone', () => {
    expect(parseLenientJson('{"note": "NaN at Infinity \\"NaN\\"", "loss": NaN, "NaN": 1}')).toEqual({
      note: 'NaN at Infinity "NaN"',
      loss: Number.NaN,
      NaN: 1,
    });
  });

  it('throws the original SyntaxError for text that is not JSON either way', () => {
    expect(() => parseLenientJson('{"loss": NaN')).toThrow(SyntaxError);
    expect(() => parseLenientJson('{"loss": Nope}')).toThrow(SyntaxError);
  });
});
