import * as z from 'zod/mini';
import { DURATION_PATTERN, parseDuration } from './duration.js';
import { InternalError } from './errors.js';
import { isMapping } from './is-mapping.js';
import { JUDGES, type JudgeGateKey } from './judges/index.js';
import { type Better, inferBetter } from './metric-direction.js';
import { relativePathProblem } from './relative-path.js';
import { curveThresholdsSchema } from './thresholds-schema.js';
import {
  issuesToErrors,
  type KeyPath,
  type ValidationError,
  validationError,
  zodKnownKeys,
} from './validation-error.js';
import { described } from './zod-english.js';

/** The check names, in the order they run. */
export const CHECK_NAMES = ['smoke', 'overfit', 'eval'] as const;
export type CheckName = (typeof CHECK_NAMES)[number];

/** What a kind of finding does to its check. */
export const GATE_ACTIONS = ['fail', 'warn', 'off'] as const;
export type GateAction = (typeof GATE_ACTIONS)[number];

const duration = (
  fallback: string,
  what = 'How long the command may run before its whole process group is killed',
) =>
  described(
    z.prefault(
      z.pipe(
        z
          .union([z.string().register(z.globalRegistry, { pattern: DURATION_PATTERN }), z.number()], {
            error: 'expected a duration such as "90s", "10m", "1h30m" or a number of seconds.',
          })
          .check(
            z.superRefine((value, ctx) => {
              const parsed = parseDuration(value);
              if (!parsed.ok) ctx.addIssue({ code: 'custom', message: `${parsed.problem}.` });
            }),
          ),
        z.transform((value: string | number) => {
          const parsed = parseDuration(value);
          if (!parsed.ok) throw new InternalError(`duration ${String(value)} passed its own check`);
          return parsed.ms;
        }),
      ),
      fallback,
    ),
    `${what}: "90s", "10m", "1h30m" or a number of seconds, more than 0 and at most 24h. Default ${fallback}.`,
  );

/** The longest `run:` in bytes: Linux's MAX_ARG_STRLEN (32 pages of 4 KiB) less the closing NUL. */
export const MAX_COMMAND_BYTES = 131_071;

/** Bytes of `s` in UTF-8, without building them. */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

const relativePath = (what: string) =>
  described(
    z.string().check(
      z.superRefine((value, ctx) => {
        const problem = relativePathProblem(value);
        if (problem) ctx.addIssue({ code: 'custom', message: `${problem}.` });
      }),
    ),
    what,
  );

const checkFields = (timeout: string) => ({
  run: described(
    z.string().check(
      z.refine(
        (s) => s.trim() !== '',
        'is empty; give the shell command to run, e.g. "python3 train.py --epochs 2".',
      ),
      z.superRefine((s, ctx) => {
        const bytes = utf8Length(s);
        if (bytes > MAX_COMMAND_BYTES)
          ctx.addIssue({
            code: 'custom',
            message: `is ${bytes.toLocaleString('en-US')} bytes; the command goes to /bin/sh -c as one argument, and Linux takes at most ${MAX_COMMAND_BYTES.toLocaleString('en-US')} bytes in one. Put the commands in a script and run that.`,
          });
      }),
    ),
    'The shell command to run, in the project folder (the folder holding trainspotter.yml; the repository root for .github/trainspotter.yml). It receives TRAINSPOTTER_CHECK, TRAINSPOTTER_SEED and TRAINSPOTTER_OUT in its environment.',
  ),
  metrics: z.optional(
    relativePath(
      'The training log to read, a file or a folder relative to the project folder (the format is detected), or `stdout`: the lines the command printed (stdout and stderr, up to 64 MiB). Default: $TRAINSPOTTER_OUT/metrics.jsonl when the command writes it, else the printed lines.',
    ),
  ),
  timeout: duration(timeout),
  require_gpu: described(
    z._default(z.boolean(), false),
    'Fail the check when a GPU is present but the training never used it. Default false.',
  ),
});

/** Whether a check's command runs with the PyTorch probe (python/; docs/probe.md). */
export const PROBE_MODES = ['auto', 'off'] as const;

/** The PyTorch probe's settings of the smoke and overfit checks. */
const probeFields = (steps: number) => ({
  probe: described(
    z._default(z.enum(PROBE_MODES), 'auto'),
    'auto: when the command is a Python script that imports torch, the probe records the loss of every backward(), caps the run and checks it from inside (docs/probe.md); off: run the command untouched. Default auto.',
  ),
  max_steps: described(
    z._default(z.int().check(z.gte(1)), steps),
    `With the probe, stop the script cleanly after this many optimizer steps (backward() calls when it has no optimizer); the cap is not a failure. Default ${steps}.`,
  ),
  max_time: duration('10m', 'With the probe, stop the script cleanly after this long'),
});

/** Rename the parsed durations so that their unit is in their names. */
const withTimeoutMs = <T extends { timeout: number; max_time?: number }>({
  timeout,
  max_time,
  ...rest
}: T) => ({
  ...rest,
  timeout_ms: timeout,
  ...(max_time === undefined ? {} : { max_time_ms: max_time }),
});

const errorFraction = (what: string) => described(z.optional(z.number().check(z.gte(0), z.lte(1))), what);

const checksSchema = described(
  z
    .strictObject({
      smoke: described(
        z.optional(
          z.pipe(
            z.strictObject({
              ...checkFields('30m'),
              ...probeFields(500),
              reproducibility: described(
                z.optional(
                  z.strictObject({
                    tolerance: described(
                      z._default(z.number().check(z.gte(0), z.lte(1)), 0),
                      'Largest relative difference of a loss at the same step still called equal (1e-6 for nondeterministic GPU kernels). Default 0: identical.',
                    ),
                  }),
                ),
                'Run the smoke command a second time with the same seed and compare the two loss curves step by step: identical, equal within the tolerance, or diverging from a step (gate: reproducibility).',
              ),
            }),
            z.transform(withTimeoutMs),
          ),
        ),
        'A short real training run: every loss must go down and stay finite, and the command must not crash.',
      ),
      overfit: described(
        z.optional(
          z.pipe(
            z.strictObject({
              ...checkFields('15m'),
              ...probeFields(500),
              target: described(
                z.optional(z.number().check(z.gte(0))),
                "Absolute loss the single-batch run must reach. Default: the overfit judge's own target, relative to the loss at the start.",
              ),
            }),
            z.transform(withTimeoutMs),
          ),
        ),
        'Training on one fixed batch: the loss must go to about 0.',
      ),
      eval: described(
        z.optional(
          z.pipe(
            z.strictObject({
              ...checkFields('30m'),
              eval_file: z.optional(
                relativePath(
                  'Where the command writes its final metrics per split (see docs/eval-file.md), relative to the project folder. Default: $TRAINSPOTTER_OUT/eval.json.',
                ),
              ),
              irreducible_error: errorFraction(
                'The error no model can beat (a fraction in [0, 1]); with it the report shows the avoidable bias. Give this or baseline_error.',
              ),
              baseline_error: errorFraction(
                'The error of a human or a strong baseline (a fraction in [0, 1]), used in place of the irreducible error for the avoidable bias.',
              ),
            }),
            z.transform(withTimeoutMs),
          ),
        ),
        'Final metrics on train, train_val, test_val and test, decomposed into bias, variance, distribution shift and validation overfitting.',
      ),
    })
    .register(z.globalRegistry, { minProperties: 1 }),
  'The checks to run; at least one of smoke, overfit, eval.',
);

const referenceMetricSchema = z.strictObject({
  value: described(z.number(), 'The known value (mean over runs when runs > 1).'),
  std: described(
    z.optional(z.number().check(z.gte(0))),
    'Standard deviation of the value over runs (seeds); needs runs of at least 2.',
  ),
  runs: described(
    z.optional(z.int().check(z.gte(1))),
    'How many runs (seeds) the value comes from. Default 1.',
  ),
  better: described(
    z.optional(z.enum(['higher', 'lower'])),
    'Which way the metric improves. Default: told from the name (accuracy, f1 ... higher; loss, error ... lower).',
  ),
  tolerance: described(
    z.optional(z.number().check(z.gte(0))),
    "The tolerated degradation, in the metric's own units (0.01 = one point of accuracy). Default 0: any significant degradation counts.",
  ),
});

const gateField = (fallback: GateAction, what: string) =>
  described(z._default(z.enum(GATE_ACTIONS), fallback), `${what}: fail, warn or off. Default ${fallback}.`);

/** The gates that belong to a judge (validation, init_loss ...), from its description in src/core/judges/. */
function judgeGateFields(): Record<JudgeGateKey, ReturnType<typeof gateField>> {
  const fields: Partial<Record<JudgeGateKey, ReturnType<typeof gateField>>> = {};
  for (const j of JUDGES) if (j.gate !== 'check') fields[j.gate.key] = gateField(j.gate.default, j.gate.doc);
  return fields as Record<JudgeGateKey, ReturnType<typeof gateField>>;
}

/** The one schema of `trainspotter.yml`; types and the JSON Schema are derived from it. */
export const configSchema = described(
  z.strictObject({
    version: described(z.optional(z.literal(1)), 'The config format version; only 1 exists.'),
    seed: described(
      z._default(z.int().check(z.gte(0)), 0),
      'TRAINSPOTTER_SEED given to every command unless --seed overrides it. Default 0.',
    ),
    classes: described(
      z.optional(z.int().check(z.gte(2))),
      'Number of classes of a softmax classifier; enables the loss-at-initialisation check (-ln(1/C)).',
    ),
    checks: checksSchema,
    reference: described(
      z.optional(
        z.strictObject({
          source: described(
            z.optional(z.string()),
            'Where the known result comes from (a paper, an official run ...); free text.',
          ),
          metrics: described(
            z.record(z.string().check(z.minLength(1)), referenceMetricSchema),
            'Known final metrics, keyed by final-metric name: `<split>/<metric>` from the eval file (e.g. test/accuracy, test/error) or the final value of any logged series by its log name (e.g. val_loss).',
          ),
        }),
      ),
      'The known result the run is compared with.',
    ),
    thresholds: described(
      z.prefault(
        z.strictObject({
          alpha: described(
            z._default(z.number().check(z.gt(0), z.lt(0.5)), 0.05),
            'Significance level of every statistical test. Default 0.05.',
          ),
          curve: described(
            z._default(curveThresholdsSchema(), {}),
            "Overrides of the curve, overfit, validation and initial-loss judges' named thresholds (each declared with its default and range in src/core/judges/), e.g. explodeFactor: 5.",
          ),
        }),
        {},
      ),
      "Overrides of the statistical level and of the judges' default thresholds.",
    ),
    gate: described(
      z.prefault(
        z.strictObject({
          smoke: gateField('fail', 'A failed smoke check'),
          overfit: gateField('fail', 'A failed single-batch overfit'),
          eval: gateField('warn', 'A significant regression of the evaluation gaps'),
          reference: gateField('fail', 'A significant degradation against the known result'),
          validation_overfitting: gateField(
            'warn',
            'Validation looking significantly better than test (fit to the validation set)',
          ),
          seeds: gateField(
            'warn',
            "A PR's seeds scattering far more than the base's, or one PR seed collapsing below the base's seeds",
          ),
          gap: gateField(
            'warn',
            "The PR's final train/val loss gap significantly larger than the base branch's, from the logs alone",
          ),
          gpu_unused: gateField('warn', 'A GPU present but never used by the training'),
          ...judgeGateFields(),
        }),
        {},
      ),
      'What each kind of finding does to its check.',
    ),
  }),
  'trainspotter.yml: how trainspotter runs and judges the training code of this repository.',
);

type ParsedConfig = z.output<typeof configSchema>;
type ReferenceMetric = z.output<typeof referenceMetricSchema> & { readonly better: Better };

/** A valid trainspotter.yml with defaults applied; timeouts are in milliseconds (`timeout_ms`). */
export type Config = Omit<ParsedConfig, 'reference'> & {
  reference?: { source?: string; metrics: Record<string, ReferenceMetric> };
};
/** The file as users write it, before defaults. */
export type ConfigInput = z.input<typeof configSchema>;
export type ConfigError = ValidationError;
export type ConfigResult = { ok: true; config: Config } | { ok: false; errors: ConfigError[] };

/** The `thresholds` and `gate` of a run without trainspotter.yml: the schema's defaults. */
export function judgingDefaults(): Pick<Config, 'thresholds' | 'gate'> {
  return { thresholds: configSchema.shape.thresholds.parse({}), gate: configSchema.shape.gate.parse({}) };
}

/** Rules that span several keys, checked on the raw input so they are reported with every other problem. */
function crossKeyErrors(raw: Record<string, unknown>, source: string): ConfigError[] {
  const errors: ConfigError[] = [];
  const err = (path: KeyPath, value: unknown, detail: string) =>
    errors.push(validationError(source, path, value, detail));
  const checks = raw.checks;
  if (isMapping(checks) && !CHECK_NAMES.some((name) => checks[name] !== undefined)) {
    err(['checks'], checks, '`checks` defines no check; add at least one of `smoke`, `overfit`, `eval`.');
  }
  const ev = isMapping(checks) ? checks.eval : undefined;
  if (isMapping(ev) && ev.irreducible_error !== undefined && ev.baseline_error !== undefined) {
    err(
      ['checks', 'eval'],
      ev,
      '`checks.eval` gives both `irreducible_error` and `baseline_error`; keep one (the avoidable bias is measured against it).',
    );
  }
  const metrics = isMapping(raw.reference) ? raw.reference.metrics : undefined;
  for (const [name, m] of Object.entries(isMapping(metrics) ? metrics : {})) {
    const path = ['reference', 'metrics', name];
    if (name === '__proto__') {
      err(
        path,
        m,
        '`reference.metrics["__proto__"]`: `__proto__` cannot name a metric (it is the prototype key of JavaScript objects, so it would be lost); rename the metric in the log and here.',
      );
      continue;
    }
    if (!isMapping(m)) continue;
    if (m.better === undefined && inferBetter(name) === undefined) {
      err(
        [...path, 'better'],
        undefined,
        `\`reference.metrics[${JSON.stringify(name)}].better\` is missing and the name does not say which way is better; add better: higher or better: lower.`,
      );
    }
    if (m.std !== undefined && !(typeof m.runs === 'number' && m.runs >= 2)) {
      err(
        [...path, 'runs'],
        m.runs,
        `\`reference.metrics[${JSON.stringify(name)}]\` gives \`std\` but ${m.runs === undefined ? 'no `runs`' : `runs: ${String(m.runs)}`}; a standard deviation needs runs of at least 2 (the number of seeds it was measured over).`,
      );
    }
  }
  return errors;
}

const knownKeys = zodKnownKeys(configSchema);

/**
 * Validate a parsed trainspotter.yml. Pure; never throws on bad input. Gathers every problem at
 * once, each naming `source`, the key path, the bad value and what is allowed.
 */
export function validateConfig(raw: unknown, source: string): ConfigResult {
  if (!isMapping(raw)) {
    const what = raw === null || raw === undefined ? 'is empty' : 'is not a mapping';
    return {
      ok: false,
      errors: [
        validationError(
          source,
          [],
          raw,
          `the config ${what}; expected a mapping with at least \`checks\`, e.g. "checks: { smoke: { run: python3 train.py } }".`,
        ),
      ],
    };
  }
  const parsed = configSchema.safeParse(raw);
  const errors = [
    ...(parsed.success ? [] : issuesToErrors(parsed.error.issues, raw, source, knownKeys)),
    ...crossKeyErrors(raw, source),
  ];
  if (errors.length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, config: withDirections(parsed.data) };
}

function withDirections(config: ParsedConfig): Config {
  const { reference, ...rest } = config;
  if (!reference) return rest;
  // Metric names are the user's: no name may meet Object.prototype's (constructor, toString).
  const metrics: Record<string, ReferenceMetric> = Object.create(null);
  for (const [name, m] of Object.entries(reference.metrics)) {
    const better = m.better ?? inferBetter(name);
    if (!better) throw new InternalError(`reference metric ${name} has no direction after validation`);
    metrics[name] = { ...m, better };
  }
  return { ...rest, reference: { ...reference, metrics } };
}
