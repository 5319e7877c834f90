#!/usr/bin/env node
import { createRequire as __tsCreateRequire } from 'node:module';
const require = __tsCreateRequire(import.meta.url);
import {
  DEFAULT_THRESHOLDS,
  THRESHOLD_RANGES
} from "./chunk-JKA35KAE.js";
import {
  InternalError
} from "./chunk-I44QFZY6.js";
import {
  JUDGES,
  THRESHOLD_SPECS
} from "./chunk-QOWQGCTV.js";
import {
  described,
  issuesToErrors,
  validationError,
  zodKnownKeys
} from "./chunk-6NW4LEBQ.js";
import {
  _default,
  _enum,
  _gt,
  _gte,
  _lt,
  _lte,
  _minLength,
  boolean,
  globalRegistry,
  int,
  literal,
  number,
  optional,
  pipe,
  prefault,
  record,
  refine,
  strictObject,
  string,
  superRefine,
  transform,
  union
} from "./chunk-ZTXSPX4O.js";
import {
  isMapping
} from "./chunk-EJA7YNZZ.js";

// src/core/metric-direction.ts
var LOWER = /* @__PURE__ */ new Set([
  "loss",
  "error",
  "err",
  "nll",
  "perplexity",
  "ppl",
  "wer",
  "cer",
  "mse",
  "mae",
  "rmse"
]);
var HIGHER = /* @__PURE__ */ new Set([
  "accuracy",
  "acc",
  "f1",
  "precision",
  "recall",
  "auc",
  "auroc",
  "bleu",
  "rouge",
  "iou",
  "map",
  "top1",
  "top5",
  "r2",
  "score"
]);
function inferBetter(name) {
  const words = name.toLowerCase().split(/[^a-z0-9]+/);
  const lower = words.some((w) => LOWER.has(w));
  const higher = words.some((w) => HIGHER.has(w));
  if (lower === higher) return void 0;
  return lower ? "lower" : "higher";
}

// src/core/duration.ts
var MAX_DURATION_MS = 24 * 60 * 60 * 1e3;
var DURATION_RE = /^(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s)?$/;
var DURATION_PATTERN = "^(\\d+(\\.\\d+)?h)?(\\d+(\\.\\d+)?m)?(\\d+(\\.\\d+)?s)?$|^\\d+(\\.\\d+)?$";
var ALLOWED = 'use e.g. "90s", "10m", "1h30m" or a number of seconds, more than 0 and at most 24h';
function parseDuration(value) {
  let seconds;
  if (typeof value === "number") {
    seconds = value;
  } else {
    const text = value.trim();
    const plain = /^\d+(?:\.\d+)?$/.test(text) ? Number(text) : void 0;
    const m = DURATION_RE.exec(text);
    if (plain !== void 0) {
      seconds = plain;
    } else if (m && text !== "") {
      const [, h, min, s] = m;
      seconds = Number(h ?? 0) * 3600 + Number(min ?? 0) * 60 + Number(s ?? 0);
    } else {
      return { ok: false, problem: `is not a duration; ${ALLOWED}` };
    }
  }
  if (!Number.isFinite(seconds) || seconds <= 0) {
    return { ok: false, problem: `is not a positive duration; ${ALLOWED}` };
  }
  const ms = Math.round(seconds * 1e3);
  if (ms > MAX_DURATION_MS) return { ok: false, problem: `is longer than 24h; ${ALLOWED}` };
  return { ok: true, ms };
}

// src/core/relative-path.ts
function relativePathProblem(path) {
  if (path.trim() === "")
    return 'is empty; give a path relative to the project folder, e.g. "out/metrics.jsonl"';
  if (/^[/\\]/.test(path) || /^[A-Za-z]:/.test(path) || path.startsWith("~")) {
    return 'is an absolute path; give a path relative to the project folder, e.g. "out/metrics.jsonl"';
  }
  let depth = 0;
  for (const segment of path.split(/[/\\]+/)) {
    if (segment === "..") depth--;
    else if (segment !== "." && segment !== "") depth++;
    if (depth < 0)
      return 'climbs out of the project folder with `..`; give a path inside it, e.g. "out/metrics.jsonl"';
  }
  return void 0;
}

// src/core/thresholds-schema.ts
function curveThresholdsSchema() {
  const shape = {};
  for (const key of Object.keys(DEFAULT_THRESHOLDS)) {
    const [min, max, integer] = THRESHOLD_RANGES[key];
    const kind = integer ? "An integer" : "A number";
    shape[key] = described(
      optional((integer ? int() : number()).check(_gte(min), _lte(max))),
      `${THRESHOLD_SPECS[key].doc} ${kind} in [${min}, ${max}]; default ${DEFAULT_THRESHOLDS[key]}.`
    );
  }
  return strictObject(shape);
}

// src/core/config.ts
var CHECK_NAMES = ["smoke", "overfit", "eval"];
var GATE_ACTIONS = ["fail", "warn", "off"];
var duration = (fallback, what = "How long the command may run before its whole process group is killed") => described(
  prefault(
    pipe(
      union([string().register(globalRegistry, { pattern: DURATION_PATTERN }), number()], {
        error: 'expected a duration such as "90s", "10m", "1h30m" or a number of seconds.'
      }).check(
        superRefine((value, ctx) => {
          const parsed = parseDuration(value);
          if (!parsed.ok) ctx.addIssue({ code: "custom", message: `${parsed.problem}.` });
        })
      ),
      transform((value) => {
        const parsed = parseDuration(value);
        if (!parsed.ok) throw new InternalError(`duration ${String(value)} passed its own check`);
        return parsed.ms;
      })
    ),
    fallback
  ),
  `${what}: "90s", "10m", "1h30m" or a number of seconds, more than 0 and at most 24h. Default ${fallback}.`
);
var MAX_COMMAND_BYTES = 131071;
function utf8Length(s) {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) n += 1;
    else if (c < 2048) n += 2;
    else if (c >= 55296 && c <= 56319 && i + 1 < s.length) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
var relativePath = (what) => described(
  string().check(
    superRefine((value, ctx) => {
      const problem = relativePathProblem(value);
      if (problem) ctx.addIssue({ code: "custom", message: `${problem}.` });
    })
  ),
  what
);
var checkFields = (timeout) => ({
  run: described(
    string().check(
      refine(
        (s) => s.trim() !== "",
        'is empty; give the shell command to run, e.g. "python3 train.py --epochs 2".'
      ),
      superRefine((s, ctx) => {
        const bytes = utf8Length(s);
        if (bytes > MAX_COMMAND_BYTES)
          ctx.addIssue({
            code: "custom",
            message: `is ${bytes.toLocaleString("en-US")} bytes; the command goes to /bin/sh -c as one argument, and Linux takes at most ${MAX_COMMAND_BYTES.toLocaleString("en-US")} bytes in one. Put the commands in a script and run that.`
          });
      })
    ),
    "The shell command to run, in the project folder (the folder holding trainspotter.yml; the repository root for .github/trainspotter.yml). It receives TRAINSPOTTER_CHECK, TRAINSPOTTER_SEED and TRAINSPOTTER_OUT in its environment."
  ),
  metrics: optional(
    relativePath(
      "The training log to read, a file or a folder relative to the project folder (the format is detected), or `stdout`: the lines the command printed (stdout and stderr, up to 64 MiB). Default: $TRAINSPOTTER_OUT/metrics.jsonl when the command writes it, else the printed lines."
    )
  ),
  timeout: duration(timeout),
  require_gpu: described(
    _default(boolean(), false),
    "Fail the check when a GPU is present but the training never used it. Default false."
  )
});
var PROBE_MODES = ["auto", "off"];
var probeFields = (steps) => ({
  probe: described(
    _default(_enum(PROBE_MODES), "auto"),
    "auto: when the command is a Python script that imports torch, the probe records the loss of every backward(), caps the run and checks it from inside (docs/probe.md); off: run the command untouched. Default auto."
  ),
  max_steps: described(
    _default(int().check(_gte(1)), steps),
    `With the probe, stop the script cleanly after this many optimizer steps (backward() calls when it has no optimizer); the cap is not a failure. Default ${steps}.`
  ),
  max_time: duration("10m", "With the probe, stop the script cleanly after this long")
});
var withTimeoutMs = ({
  timeout,
  max_time,
  ...rest
}) => ({
  ...rest,
  timeout_ms: timeout,
  ...max_time === void 0 ? {} : { max_time_ms: max_time }
});
var errorFraction = (what) => described(optional(number().check(_gte(0), _lte(1))), what);
var checksSchema = described(
  strictObject({
    smoke: described(
      optional(
        pipe(
          strictObject({
            ...checkFields("30m"),
            ...probeFields(500),
            reproducibility: described(
              optional(
                strictObject({
                  tolerance: described(
                    _default(number().check(_gte(0), _lte(1)), 0),
                    "Largest relative difference of a loss at the same step still called equal (1e-6 for nondeterministic GPU kernels). Default 0: identical."
                  )
                })
              ),
              "Run the smoke command a second time with the same seed and compare the two loss curves step by step: identical, equal within the tolerance, or diverging from a step (gate: reproducibility)."
            )
          }),
          transform(withTimeoutMs)
        )
      ),
      "A short real training run: every loss must go down and stay finite, and the command must not crash."
    ),
    overfit: described(
      optional(
        pipe(
          strictObject({
            ...checkFields("15m"),
            ...probeFields(500),
            target: described(
              optional(number().check(_gte(0))),
              "Absolute loss the single-batch run must reach. Default: the overfit judge's own target, relative to the loss at the start."
            )
          }),
          transform(withTimeoutMs)
        )
      ),
      "Training on one fixed batch: the loss must go to about 0."
    ),
    eval: described(
      optional(
        pipe(
          strictObject({
            ...checkFields("30m"),
            eval_file: optional(
              relativePath(
                "Where the command writes its final metrics per split (see docs/eval-file.md), relative to the project folder. Default: $TRAINSPOTTER_OUT/eval.json."
              )
            ),
            irreducible_error: errorFraction(
              "The error no model can beat (a fraction in [0, 1]); with it the report shows the avoidable bias. Give this or baseline_error."
            ),
            baseline_error: errorFraction(
              "The error of a human or a strong baseline (a fraction in [0, 1]), used in place of the irreducible error for the avoidable bias."
            )
          }),
          transform(withTimeoutMs)
        )
      ),
      "Final metrics on train, train_val, test_val and test, decomposed into bias, variance, distribution shift and validation overfitting."
    )
  }).register(globalRegistry, { minProperties: 1 }),
  "The checks to run; at least one of smoke, overfit, eval."
);
var referenceMetricSchema = strictObject({
  value: described(number(), "The known value (mean over runs when runs > 1)."),
  std: described(
    optional(number().check(_gte(0))),
    "Standard deviation of the value over runs (seeds); needs runs of at least 2."
  ),
  runs: described(
    optional(int().check(_gte(1))),
    "How many runs (seeds) the value comes from. Default 1."
  ),
  better: described(
    optional(_enum(["higher", "lower"])),
    "Which way the metric improves. Default: told from the name (accuracy, f1 ... higher; loss, error ... lower)."
  ),
  tolerance: described(
    optional(number().check(_gte(0))),
    "The tolerated degradation, in the metric's own units (0.01 = one point of accuracy). Default 0: any significant degradation counts."
  )
});
var gateField = (fallback, what) => described(_default(_enum(GATE_ACTIONS), fallback), `${what}: fail, warn or off. Default ${fallback}.`);
function judgeGateFields() {
  const fields = {};
  for (const j of JUDGES) if (j.gate !== "check") fields[j.gate.key] = gateField(j.gate.default, j.gate.doc);
  return fields;
}
var configSchema = described(
  strictObject({
    version: described(optional(literal(1)), "The config format version; only 1 exists."),
    seed: described(
      _default(int().check(_gte(0)), 0),
      "TRAINSPOTTER_SEED given to every command unless --seed overrides it. Default 0."
    ),
    classes: described(
      optional(int().check(_gte(2))),
      "Number of classes of a softmax classifier; enables the loss-at-initialisation check (-ln(1/C))."
    ),
    checks: checksSchema,
    reference: described(
      optional(
        strictObject({
          source: described(
            optional(string()),
            "Where the known result comes from (a paper, an official run ...); free text."
          ),
          metrics: described(
            record(string().check(_minLength(1)), referenceMetricSchema),
            "Known final metrics, keyed by final-metric name: `<split>/<metric>` from the eval file (e.g. test/accuracy, test/error) or the final value of any logged series by its log name (e.g. val_loss)."
          )
        })
      ),
      "The known result the run is compared with."
    ),
    thresholds: described(
      prefault(
        strictObject({
          alpha: described(
            _default(number().check(_gt(0), _lt(0.5)), 0.05),
            "Significance level of every statistical test. Default 0.05."
          ),
          curve: described(
            _default(curveThresholdsSchema(), {}),
            "Overrides of the curve, overfit, validation and initial-loss judges' named thresholds (each declared with its default and range in src/core/judges/), e.g. explodeFactor: 5."
          )
        }),
        {}
      ),
      "Overrides of the statistical level and of the judges' default thresholds."
    ),
    gate: described(
      prefault(
        strictObject({
          smoke: gateField("fail", "A failed smoke check"),
          overfit: gateField("fail", "A failed single-batch overfit"),
          eval: gateField("warn", "A significant regression of the evaluation gaps"),
          reference: gateField("fail", "A significant degradation against the known result"),
          validation_overfitting: gateField(
            "warn",
            "Validation looking significantly better than test (fit to the validation set)"
          ),
          seeds: gateField(
            "warn",
            "A PR's seeds scattering far more than the base's, or one PR seed collapsing below the base's seeds"
          ),
          gap: gateField(
            "warn",
            "The PR's final train/val loss gap significantly larger than the base branch's, from the logs alone"
          ),
          gpu_unused: gateField("warn", "A GPU present but never used by the training"),
          ...judgeGateFields()
        }),
        {}
      ),
      "What each kind of finding does to its check."
    )
  }),
  "trainspotter.yml: how trainspotter runs and judges the training code of this repository."
);
function judgingDefaults() {
  return { thresholds: configSchema.shape.thresholds.parse({}), gate: configSchema.shape.gate.parse({}) };
}
function crossKeyErrors(raw, source) {
  const errors = [];
  const err = (path, value, detail) => errors.push(validationError(source, path, value, detail));
  const checks = raw.checks;
  if (isMapping(checks) && !CHECK_NAMES.some((name) => checks[name] !== void 0)) {
    err(["checks"], checks, "`checks` defines no check; add at least one of `smoke`, `overfit`, `eval`.");
  }
  const ev = isMapping(checks) ? checks.eval : void 0;
  if (isMapping(ev) && ev.irreducible_error !== void 0 && ev.baseline_error !== void 0) {
    err(
      ["checks", "eval"],
      ev,
      "`checks.eval` gives both `irreducible_error` and `baseline_error`; keep one (the avoidable bias is measured against it)."
    );
  }
  const metrics = isMapping(raw.reference) ? raw.reference.metrics : void 0;
  for (const [name, m] of Object.entries(isMapping(metrics) ? metrics : {})) {
    const path = ["reference", "metrics", name];
    if (name === "__proto__") {
      err(
        path,
        m,
        '`reference.metrics["__proto__"]`: `__proto__` cannot name a metric (it is the prototype key of JavaScript objects, so it would be lost); rename the metric in the log and here.'
      );
      continue;
    }
    if (!isMapping(m)) continue;
    if (m.better === void 0 && inferBetter(name) === void 0) {
      err(
        [...path, "better"],
        void 0,
        `\`reference.metrics[${JSON.stringify(name)}].better\` is missing and the name does not say which way is better; add better: higher or better: lower.`
      );
    }
    if (m.std !== void 0 && !(typeof m.runs === "number" && m.runs >= 2)) {
      err(
        [...path, "runs"],
        m.runs,
        `\`reference.metrics[${JSON.stringify(name)}]\` gives \`std\` but ${m.runs === void 0 ? "no `runs`" : `runs: ${String(m.runs)}`}; a standard deviation needs runs of at least 2 (the number of seeds it was measured over).`
      );
    }
  }
  return errors;
}
var knownKeys = zodKnownKeys(configSchema);
function validateConfig(raw, source) {
  if (!isMapping(raw)) {
    const what = raw === null || raw === void 0 ? "is empty" : "is not a mapping";
    return {
      ok: false,
      errors: [
        validationError(
          source,
          [],
          raw,
          `the config ${what}; expected a mapping with at least \`checks\`, e.g. "checks: { smoke: { run: python3 train.py } }".`
        )
      ]
    };
  }
  const parsed = configSchema.safeParse(raw);
  const errors = [
    ...parsed.success ? [] : issuesToErrors(parsed.error.issues, raw, source, knownKeys),
    ...crossKeyErrors(raw, source)
  ];
  if (errors.length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, config: withDirections(parsed.data) };
}
function withDirections(config) {
  const { reference, ...rest } = config;
  if (!reference) return rest;
  const metrics = /* @__PURE__ */ Object.create(null);
  for (const [name, m] of Object.entries(reference.metrics)) {
    const better = m.better ?? inferBetter(name);
    if (!better) throw new InternalError(`reference metric ${name} has no direction after validation`);
    metrics[name] = { ...m, better };
  }
  return { ...rest, reference: { ...reference, metrics } };
}

export {
  inferBetter,
  CHECK_NAMES,
  configSchema,
  judgingDefaults,
  validateConfig
};
