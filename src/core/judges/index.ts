import { CURVE_JUDGE } from './curve.js';
import { ENGINE_JUDGE } from './engine.js';
import { INIT_LOSS_JUDGE } from './init-loss.js';
import type { ThresholdSpec, VerdictSpec } from './judge-spec.js';
import { OVERFIT_JUDGE } from './overfit.js';
import { REPRODUCIBILITY_JUDGE } from './reproducibility.js';
import { VALIDATION_JUDGE } from './validation.js';

/**
 * Every judge, each described once in its own file. Adding a judge is one file and one entry
 * here: its verdicts, causes, thresholds, gate key, evidence keys and decisive numbers then
 * reach verdict.ts, report.ts, causes.ts, thresholds.ts, config.ts, judge-check.ts and the
 * renderers. The order is the order of thresholds in the config and of decisive numbers.
 */
export const JUDGES = [
  CURVE_JUDGE,
  OVERFIT_JUDGE,
  VALIDATION_JUDGE,
  INIT_LOSS_JUDGE,
  ENGINE_JUDGE,
  REPRODUCIBILITY_JUDGE,
] as const;

type AnyJudge = (typeof JUDGES)[number];
export type JudgeName = AnyJudge['name'];
/** The description of the judge named `N`. */
export type JudgeOf<N extends JudgeName> = Extract<AnyJudge, { readonly name: N }>;
/** The verdict codes of the judge named `N`. */
export type VerdictOf<N extends JudgeName> = keyof JudgeOf<N>['verdicts'] & string;
/** Every verdict code of every judge. */
export type AnyVerdict = { [N in JudgeName]: VerdictOf<N> }[JudgeName];

type CauseVerdicts<J> = J extends { readonly verdicts: infer V }
  ? { [K in keyof V]: V[K] extends { readonly causes: readonly string[] } ? K : never }[keyof V] & string
  : never;
/** The verdicts that come with likely causes. */
export type CauseVerdict = CauseVerdicts<AnyJudge>;

type ThresholdKeys<J> = J extends { readonly thresholds: infer T } ? keyof T & string : never;
/** The name of every judge's threshold (the keys of `thresholds.curve` in trainspotter.yml). */
export type ThresholdKey = ThresholdKeys<AnyJudge>;

/** The gate keys of trainspotter.yml that belong to a judge (the others are a check's own). */
export type JudgeGateKey = Extract<AnyJudge['gate'], { readonly key: string }>['key'];

type LegacyKeys<J> = J extends { readonly legacyEvidence: readonly (infer K)[] } ? K : never;
/**
 * Every evidence key a judge with declared keys writes (or wrote, under this report schema
 * version); reading any other is a compile error.
 */
export type EvidenceKey = Exclude<AnyJudge['evidence'], 'open'>[number] | LegacyKeys<AnyJudge>;

/** The judges' names, in list order (the report schema's enum). */
export const JUDGE_NAMES = JUDGES.map((j) => j.name) as [JudgeName, ...JudgeName[]];

/** The description of a judge by name. */
export function judgeNamed<N extends JudgeName>(name: N): JudgeOf<N> {
  return JUDGES.find((j) => j.name === name) as JudgeOf<N>;
}

/** The verdict codes of a judge, in declaration order. */
export function verdictsOf<N extends JudgeName>(name: N): [VerdictOf<N>, ...VerdictOf<N>[]] {
  return Object.keys(judgeNamed(name).verdicts) as [VerdictOf<N>, ...VerdictOf<N>[]];
}

/** The description of one verdict of a judge; undefined for a verdict it does not give. */
export function verdictSpec(name: JudgeName, verdict: string): VerdictSpec | undefined {
  return (judgeNamed(name).verdicts as Readonly<Record<string, VerdictSpec | undefined>>)[verdict];
}

/** Every judge's thresholds by name, in list order (a key two judges declared: the first one's). */
export const THRESHOLD_SPECS: Readonly<Record<ThresholdKey, ThresholdSpec>> = Object.assign(
  {},
  ...JUDGES.map((j) => j.thresholds),
);

/** The likely causes of every verdict that has some (a verdict two judges share: its first declaration). */
export const VERDICT_CAUSES: Readonly<Record<CauseVerdict, readonly string[]>> = (() => {
  const out: Record<string, readonly string[]> = {};
  for (const j of JUDGES) {
    for (const [verdict, spec] of Object.entries(j.verdicts as Readonly<Record<string, VerdictSpec>>)) {
      if (spec.causes && !(verdict in out)) out[verdict] = spec.causes;
    }
  }
  return out as Record<CauseVerdict, readonly string[]>;
})();
