import * as z from 'zod/mini';
import { THRESHOLD_SPECS } from './judges/index.js';
import { type CurveThresholds, DEFAULT_THRESHOLDS, THRESHOLD_RANGES } from './thresholds.js';
import { described } from './zod-english.js';

type CurveShape = {
  -readonly [K in keyof CurveThresholds]: z.ZodMiniOptional<z.ZodMiniNumber | z.ZodMiniNumberFormat>;
};

/**
 * `thresholds.curve` of trainspotter.yml: every judge's named threshold (src/core/judges/),
 * optional, in its range and described by its doc, so a typo or a value out of range is reported when the config is
 * read, with its line and a "did you mean", not after the commands have trained.
 */
export function curveThresholdsSchema() {
  const shape: Partial<CurveShape> = {};
  for (const key of Object.keys(DEFAULT_THRESHOLDS) as (keyof CurveThresholds)[]) {
    const [min, max, integer] = THRESHOLD_RANGES[key];
    const kind = integer ? 'An integer' : 'A number';
    shape[key] = described(
      z.optional((integer ? z.int() : z.number()).check(z.gte(min), z.lte(max))),
      `${THRESHOLD_SPECS[key].doc} ${kind} in [${min}, ${max}]; default ${DEFAULT_THRESHOLDS[key]}.`,
    );
  }
  return z.strictObject(shape as CurveShape);
}
