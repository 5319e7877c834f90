import { describe, expect, it } from 'vitest';
import { syntheticCurveSet } from '../../../test/helpers/synthetic/curve-set.js';
import { syntheticOverfitSet } from '../../../test/helpers/synthetic/overfit-set.js';
import { syntheticValidationSet } from '../../../test/helpers/synthetic/validation-set.js';
import { LIKELY_CAUSES, likelyCauses } from '../causes.js';
import { judgingDefaults } from '../config.js';
import { findingsStatus, gateFor } from '../judge-check.js';
import { judgeCurve } from '../judge-curve.js';
import { judgeInitLoss } from '../judge-init-loss.js';
import { judgeOverfit } from '../judge-overfit.js';
import { judgeReproducibility } from '../judge-reproducibility.js';
import { judgeValidation } from '../judge-validation.js';
import { parseConfig } from '../parse-config.js';
import { FindingSchema } from '../report.js';
import { DEFAULT_THRESHOLDS, resolveThresholds, THRESHOLD_RANGES } from '../thresholds.js';
import { CURVE_VERDICTS, type Finding, VALIDATION_VERDICTS } from '../verdict.js';
import { JUDGE_NAMES, JUDGES, type JudgeName, verdictsOf } from './index.js';
import type { JudgeSpec, VerdictSpec } from './judge-spec.js';

const judges: readonly JudgeSpec[] = JUDGES;

function finding(judge: string, verdict: string, evidence: Record<string, unknown> = {}) {
  return { series: 'loss', judge, verdict, severity: 'pass', summary: 's', evidence, causes: [] };
}

/** The config as trainspotter.yml text, with `extra` appended at the top level. */
function config(extra: string) {
  return parseConfig(`checks:\n  smoke:\n    run: python train.py\n${extra}`, 'trainspotter.yml');
}

describe('each judge described once feeds every derived list', () => {
  it('names every judge once, in the report schema', () => {
    expect(new Set(JUDGE_NAMES).size).toBe(JUDGES.length);
    for (const j of judges) {
      expect(FindingSchema.safeParse(finding(j.name, Object.keys(j.verdicts)[0] as string)).success).toBe(
        true,
      );
    }
    expect(FindingSchema.safeParse(finding('judge_nobody_wrote', 'healthy')).success).toBe(false);
  });

  it("accepts each judge's own verdicts in report.json and rejects any other verdict string", () => {
    for (const j of judges) {
      for (const verdict of Object.keys(j.verdicts)) {
        expect(FindingSchema.safeParse(finding(j.name, verdict)).success, `${j.name} ${verdict}`).toBe(true);
      }
      // a verdict string no judge gives: the schema took any string before the registry
      expect(FindingSchema.safeParse(finding(j.name, 'plateau')).success).toBe(false);
    }
    // a verdict of another judge is not this judge's
    expect(FindingSchema.safeParse(finding('init_loss', 'healthy')).success).toBe(false);
    expect(verdictsOf('curve')).toEqual(CURVE_VERDICTS);
    expect(verdictsOf('validation')).toEqual(VALIDATION_VERDICTS);
  });

  it('accepts the evidence keys a judge declares and rejects a key none declares', () => {
    for (const j of judges) {
      if (j.evidence === 'open') {
        expect(FindingSchema.safeParse(finding(j.name, 'inputs_ok', { any_key: 1 })).success).toBe(true);
        continue;
      }
      const verdict = Object.keys(j.verdicts)[0] as string;
      const all = Object.fromEntries(j.evidence.map((k) => [k, 1]));
      expect(FindingSchema.safeParse(finding(j.name, verdict, all)).success, j.name).toBe(true);
      expect(FindingSchema.safeParse(finding(j.name, verdict, { observed: 1 })).success, j.name).toBe(false);
      expect(FindingSchema.safeParse(finding(j.name, verdict, { points: {} })).success).toBe(false);
    }
  });

  it('gives the likely causes of each failing verdict, and no verdict two different lists', () => {
    const seen = new Map<string, readonly string[]>();
    for (const j of judges) {
      for (const [verdict, spec] of Object.entries(j.verdicts as Record<string, VerdictSpec>)) {
        if (spec.severity === 'pass') expect(spec.causes ?? [], `${j.name} ${verdict}`).toEqual([]);
        if (!spec.causes) continue;
        expect(likelyCauses(verdict)).toEqual(spec.causes);
        const before = seen.get(verdict);
        if (before) expect(spec.causes, `${verdict} in ${j.name}`).toEqual(before);
        seen.set(verdict, spec.causes);
      }
    }
    expect(Object.keys(LIKELY_CAUSES).sort()).toEqual([...seen.keys()].sort());
  });

  it("puts each judge's thresholds in the defaults, the ranges and the config's schema", () => {
    const declared = judges.flatMap((j) => Object.keys(j.thresholds));
    expect(new Set(declared).size).toBe(declared.length);
    expect(Object.keys(DEFAULT_THRESHOLDS)).toEqual(declared);
    for (const j of judges) {
      for (const [key, spec] of Object.entries(j.thresholds)) {
        expect(DEFAULT_THRESHOLDS[key as keyof typeof DEFAULT_THRESHOLDS]).toBe(spec.default);
        expect(THRESHOLD_RANGES[key as keyof typeof THRESHOLD_RANGES]).toEqual(
          spec.integer ? [spec.min, spec.max, 'integer'] : [spec.min, spec.max],
        );
        expect(spec.default).toBeGreaterThanOrEqual(spec.min);
        expect(spec.default).toBeLessThanOrEqual(spec.max);
        expect(() => resolveThresholds({ [key]: spec.max })).not.toThrow();
        expect(() => resolveThresholds({ [key]: spec.max * 2 + 1 })).toThrow(key);
        const ok = config(`thresholds:\n  curve:\n    ${key}: ${spec.default}\n`);
        expect(ok.ok, key).toBe(true);
        const bad = config(`thresholds:\n  curve:\n    ${key}: ${spec.max * 2 + 1}\n`);
        expect(bad.ok, key).toBe(false);
      }
    }
  });

  it("gives each judge with a gate of its own a key in the config's gate, with its default, and gateFor picks it", () => {
    const gate = judgingDefaults().gate;
    const judgeOf = (name: JudgeName) => finding(name, 'x') as unknown as Finding;
    for (const j of judges) {
      const ownGate = j.gate === 'check' ? null : j.gate;
      if (ownGate === null) {
        expect(gateFor('overfit', judgeOf(j.name as JudgeName), { ...gate, overfit: 'off' })).toBe('off');
        continue;
      }
      expect(gate[ownGate.key as keyof typeof gate]).toBe(ownGate.default);
      const other = ownGate.default === 'off' ? 'fail' : 'off';
      expect(gateFor('smoke', judgeOf(j.name as JudgeName), { ...gate, [ownGate.key]: other })).toBe(other);
      expect(config(`gate:\n  ${ownGate.key}: off\n`).ok).toBe(true);
    }
    expect(config('gate:\n  validaton: off\n').ok).toBe(false);
  });
});

describe('the gate of a finding, from its judge', () => {
  const gate = judgingDefaults().gate;
  const f = (judge: string, verdict: string, severity: string) =>
    ({ ...finding(judge, verdict), severity }) as unknown as Finding;

  it('fails a gatable verdict under its gate fail whatever its severity, and only those', () => {
    const strict = { ...gate, validation: 'fail', reproducibility: 'fail', init_loss: 'fail' } as const;
    expect(findingsStatus('smoke', [f('validation', 'overfitting', 'warn')], strict)).toBe('fail');
    expect(findingsStatus('smoke', [f('validation', 'overfitting', 'warn')], gate)).toBe('warn');
    // a verdict on the run's length is not gatable
    expect(findingsStatus('smoke', [f('validation', 'too_short', 'warn')], strict)).toBe('warn');
    expect(findingsStatus('smoke', [f('reproducibility', 'not_comparable', 'warn')], strict)).toBe('fail');
    expect(findingsStatus('smoke', [f('init_loss', 'init_loss_off', 'warn')], strict)).toBe('warn');
    expect(findingsStatus('smoke', [f('curve', 'explodes', 'fail')], { ...gate, smoke: 'warn' })).toBe(
      'warn',
    );
    expect(findingsStatus('smoke', [f('curve', 'explodes', 'fail')], { ...gate, smoke: 'off' })).toBe('pass');
  });
});

describe('evidence keys are checked at compile time', () => {
  it('makes reading a key no judge writes a type error (`tsc` fails on an unused @ts-expect-error)', () => {
    const f = judgeInitLoss(
      {
        name: 'loss',
        metric: 'loss',
        split: 'train',
        steps: new Float64Array([0]),
        values: new Float64Array([2.3]),
      },
      10,
    );
    // @ts-expect-error the key decisiveNumbers once read for the initial loss; the judge writes initial_loss
    expect(f.evidence.observed).toBeUndefined();
    // @ts-expect-error the key once read for the step overfitting began; the judge writes overfitting_from_step
    expect(f.evidence.began_at_step).toBeUndefined();
    expect(f.evidence.initial_loss).toBeCloseTo(2.3);
  });
});

describe("the judges' findings are valid report.json findings", () => {
  // a judge writing an evidence key its description does not declare would make validateReport
  // reject the run's own report: run every judge over labelled curves of each of its verdicts
  const check = (f: Finding) => {
    const parsed = FindingSchema.safeParse(JSON.parse(JSON.stringify(f)));
    expect(parsed.success, `${f.judge} ${f.verdict}: ${parsed.error?.message}`).toBe(true);
  };

  it('curve, init_loss and overfit', () => {
    const seen = new Set<string>();
    for (const c of syntheticCurveSet(7, { healthy: 20, perStrength: 2 })) {
      const f = judgeCurve(c.series, { chanceLevel: Math.log(10) });
      check(f);
      seen.add(f.verdict);
      check(judgeInitLoss(c.series, 10));
    }
    for (const c of syntheticOverfitSet(7, 3)) {
      const f = judgeOverfit(c.series, { classes: 10 });
      check(f);
      seen.add(f.verdict);
    }
    expect(seen.size).toBeGreaterThanOrEqual(8);
  });

  it('validation and reproducibility', () => {
    const seen = new Set<string>();
    for (const p of syntheticValidationSet(7, 5)) {
      const f = judgeValidation(p.train, p.val);
      check(f);
      seen.add(f.verdict);
      check(judgeReproducibility([p.train], [p.train]));
      check(judgeReproducibility([p.train], [{ ...p.train, values: p.train.values.map((v) => v * 1.5) }]));
    }
    expect(seen.size).toBeGreaterThanOrEqual(3);
  });
});
