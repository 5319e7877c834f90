import { analyzeSeries, isLossLike } from './analyze.js';
import type { CheckName, Config, GateAction } from './config.js';
import { sampleCurve } from './curve-sample.js';
import type { EvalFile } from './eval-file.js';
import type { Failure } from './failure-kinds.js';
import { decomposeErrors, type GapReport, type SplitInput } from './gaps.js';
import type { GpuSummary } from './gpu-summary.js';
import { judgeOverfit } from './judge-overfit.js';
import { judgeReproducibility } from './judge-reproducibility.js';
import { judgeNamed, verdictSpec } from './judges/index.js';
import type { CheckReport } from './report.js';
import type { Series } from './series.js';
import type { CurveThresholds } from './thresholds.js';
import { type CheckStatus, type Finding, type Severity, worseStatus } from './verdict.js';

/** What the PyTorch probe saw inside the check's process, already judged (src/engines/pytorch). */
export interface ProbeObservation {
  readonly findings: readonly Finding[];
  /** Why part of the check could not be done (the probe switched off, no batch to fix). */
  readonly notes: readonly string[];
  /** Set when the overfit check could not fix a batch: its verdict cannot be given. */
  readonly batchProblem?: string;
  /** How the probe ended the run, e.g. "stopped after 500 optimizer steps (max_steps: 500)". */
  readonly capped?: string;
  /** C read from the logits given to cross_entropy / nll_loss, for the init-loss judge. */
  readonly classes?: number;
}

/** What running one check's command produced, gathered by the runner; the input of judgeCheck. */
export interface CheckObservation {
  readonly name: CheckName;
  readonly command: string;
  readonly durationMs: number;
  readonly exitCode: number | null;
  /** The classified crash, timeout or kill; undefined when the command succeeded. */
  readonly failure?: Failure;
  readonly gpu: GpuSummary | null;
  /** The logs read after the command: their paths, formats and series. */
  readonly logs: readonly {
    readonly path: string;
    readonly format: string;
    readonly series: readonly Series[];
  }[];
  /** Why the logs could not be read (missing file, bad format); the message names the file and the fix. */
  readonly logError?: string;
  readonly evalFile?: EvalFile;
  readonly evalError?: string;
  /** The PyTorch probe's findings; absent when it was off or the command never imported torch. */
  readonly probe?: ProbeObservation;
  /** The smoke command run a second time with the same seed (checks.smoke.reproducibility). */
  readonly repeat?: {
    readonly logs: CheckObservation['logs'];
    readonly durationMs: number;
    readonly failure?: Failure;
    readonly logError?: string;
  };
}

/** A judged check: its report entry, and what it adds to the run's final metrics and gaps. */
export interface JudgedCheck {
  readonly report: CheckReport;
  /** Null: the metric ended NaN or Infinity. */
  readonly finalMetrics: Readonly<Record<string, number | null>>;
  readonly gaps: GapReport | null;
}

/**
 * What a finding of this severity does to the check under this gate action. `gatable` findings
 * warn by default and fail when their gate says fail, whatever their own severity.
 */
function gated(severity: Severity, action: GateAction, gatable = false): CheckStatus {
  if (severity === 'pass' || action === 'off') return 'pass';
  return action === 'fail' && (severity === 'fail' || gatable) ? 'fail' : 'warn';
}

/** The gate a finding answers to: its judge's own (src/core/judges/), else the check's. */
export function gateFor(check: CheckName, finding: Finding, gate: Config['gate']): GateAction {
  const spec = judgeNamed(finding.judge).gate;
  return spec === 'check' ? gate[check] : gate[spec.key];
}

/** A Finding as report.json holds it (mutable copies of its evidence and causes). */
export function findingEntry(f: Finding): CheckReport['findings'][number] {
  return { ...f, evidence: { ...f.evidence }, causes: [...f.causes] };
}

/** What a check's findings make of its status under the gate: the worst gated finding, `pass` without any. */
export function findingsStatus(
  check: CheckName,
  findings: readonly Finding[],
  gate: Config['gate'],
): CheckStatus {
  let status: CheckStatus = 'pass';
  for (const f of findings) {
    status = worseStatus(status, gated(f.severity, gateFor(check, f, gate), gatable(f)));
  }
  return status;
}

/**
 * A finding its judge's gate can fail whatever its severity (a validation verdict on the run,
 * not on its length; any reproducibility verdict): `gatable` in its judge's description.
 */
function gatable(f: Finding): boolean {
  return verdictSpec(f.judge, f.verdict)?.gatable === true;
}

/** The last finite value of each series, by name (later logs win), as final metrics. */
function lastValues(logs: CheckObservation['logs']): Record<string, number> {
  // Series names are the user's: without a prototype, `__proto__` is a key like any other.
  const out: Record<string, number> = Object.create(null);
  for (const log of logs) {
    for (const s of log.series) {
      for (let i = s.values.length - 1; i >= 0; i--) {
        const v = s.values[i] as number;
        if (Number.isFinite(v)) {
          out[s.run === undefined ? s.name : `${s.name} (${s.run})`] = v;
          break;
        }
      }
    }
  }
  return out;
}

/** Final metrics of an eval file: `<split>/accuracy` and `<split>/error` for each split, plus its extras. */
export function evalMetrics(file: EvalFile): Record<string, number> {
  const out: Record<string, number> = Object.create(null);
  for (const [split, result] of Object.entries(file.splits)) {
    if (!result) continue;
    const accuracy = file.metric === 'accuracy' ? result.value : 1 - result.value;
    out[`${split}/accuracy`] = accuracy;
    out[`${split}/error`] = 1 - accuracy;
  }
  for (const [name, value] of Object.entries(file.extra)) out[name] = value;
  return out;
}

function gapInput(file: EvalFile, config: Config): Parameters<typeof decomposeErrors>[0] {
  const splits: Partial<Record<string, SplitInput>> = {};
  for (const [split, r] of Object.entries(file.splits)) {
    if (r)
      splits[split] = file.metric === 'accuracy' ? { accuracy: r.value, n: r.n } : { error: r.value, n: r.n };
  }
  const irreducible = config.checks.eval?.irreducible_error ?? config.checks.eval?.baseline_error;
  return { splits, ...(irreducible === undefined ? {} : { irreducible: { error: irreducible } }) };
}

/** The series the single-batch overfit judge reads: the training loss, `loss` preferred. */
export function overfitSeries(series: readonly Series[]): Series | undefined {
  const losses = series.filter((s) => isLossLike(s) && s.split !== 'val' && s.split !== 'test');
  return losses.find((s) => s.metric === 'loss') ?? losses[0];
}

/** One check being judged: what its command produced, and what the judging has found so far. */
interface Judging {
  readonly obs: CheckObservation;
  readonly config: Config;
  /** Every series of the check's logs. */
  readonly series: readonly Series[];
  readonly thresholds: Partial<CurveThresholds>;
  /** Softmax classes: the config's, else what the probe read from the logits. */
  readonly classes: number | undefined;
  status: CheckStatus;
  readonly notes: string[];
  readonly findings: Finding[];
  gaps: GapReport | null;
}

/** How one check is judged, in two steps around the probe's findings and the gate. */
interface CheckJudge {
  /** The check's own judges on its logs; the probe's findings follow theirs. */
  judgeLogs(j: Judging): void;
  /** What the check's outputs say once its findings are gated: missing logs, an eval file. */
  judgeOutputs(j: Judging): void;
}

/** A log that could not be read is an error, unless the command already failed. */
function logProblem(j: Judging): void {
  if (j.obs.failure || !j.obs.logError) return;
  j.status = worseStatus(j.status, 'error');
  j.notes.push(j.obs.logError);
}

/** Each check's judging, by name (the common part, failures, the probe, the GPU, is judgeCheck's). */
export const CHECK_JUDGES: Readonly<Record<CheckName, CheckJudge>> = {
  smoke: {
    judgeLogs(j) {
      const { obs, series, thresholds, classes } = j;
      if (series.length > 0) {
        j.findings.push(
          ...analyzeSeries(series, {
            ...(thresholds ? { thresholds } : {}),
            ...(classes === undefined ? {} : { classes }),
          }),
        );
      }
      if (obs.repeat) {
        if (obs.repeat.failure) j.notes.push(`the repeated smoke run failed: ${obs.repeat.failure.title}`);
        const tolerance = j.config.checks.smoke?.reproducibility?.tolerance ?? 0;
        j.findings.push(
          judgeReproducibility(
            series,
            obs.repeat.logs.flatMap((l) => l.series),
            tolerance,
          ),
        );
      }
    },
    judgeOutputs(j) {
      logProblem(j);
      if (!j.obs.failure && !j.obs.logError && j.findings.length === 0) {
        j.status = worseStatus(j.status, 'error');
        j.notes.push(
          `no loss-like series among ${j.series.map((s) => s.name).join(', ') || 'no series at all'}`,
        );
      }
    },
  },
  overfit: {
    judgeLogs(j) {
      const { obs, series, thresholds, classes } = j;
      if (obs.probe?.batchProblem) {
        // the run trained on its usual data: no single-batch verdict can be read from it
        j.status = worseStatus(j.status, 'error');
        return;
      }
      if (series.length === 0) return;
      const loss = overfitSeries(series);
      if (loss) {
        const target = j.config.checks.overfit?.target;
        j.findings.push(
          judgeOverfit(loss, {
            ...(thresholds ? { thresholds } : {}),
            ...(target === undefined ? {} : { target }),
            ...(classes === undefined ? {} : { classes }),
          }),
        );
      } else {
        j.status = worseStatus(j.status, 'error');
        j.notes.push(`no training loss among the series read (${series.map((s) => s.name).join(', ')})`);
      }
    },
    judgeOutputs: logProblem,
  },
  eval: {
    judgeLogs() {},
    judgeOutputs(j) {
      const { obs, config } = j;
      if (obs.evalFile) {
        j.gaps = decomposeErrors(gapInput(obs.evalFile, config), { alpha: config.thresholds.alpha });
        if (j.gaps.validationOverfitting?.flagged) {
          j.status = worseStatus(j.status, gated('fail', config.gate.validation_overfitting));
          j.notes.push('validation looks significantly better than test');
        }
      } else {
        // the logs of an eval check are optional: their error counts only without an eval file
        logProblem(j);
      }
      if (!obs.failure && obs.evalError) {
        j.status = worseStatus(j.status, 'error');
        j.notes.push(obs.evalError);
      }
    },
  },
};

/**
 * Judges one check from what its command produced: its own judges (CHECK_JUDGES: curve verdicts
 * for smoke, the single-batch overfit verdict for overfit, the gap decomposition for eval), the
 * probe's findings, GPU use for all; and the check's status under the configured gate. Pure.
 */
export function judgeCheck(obs: CheckObservation, config: Config): JudgedCheck {
  const series = obs.logs.flatMap((l) => l.series);
  const j: Judging = {
    obs,
    config,
    series,
    thresholds: config.thresholds.curve,
    classes: config.classes ?? obs.probe?.classes,
    status: 'pass',
    notes: [],
    findings: [],
    gaps: null,
  };
  if (obs.failure) {
    j.status = 'fail';
    j.notes.push(obs.failure.title);
  }
  const check = CHECK_JUDGES[obs.name];
  check.judgeLogs(j);
  if (obs.probe) {
    j.findings.push(...obs.probe.findings);
    j.notes.push(...obs.probe.notes);
    if (obs.probe.notes.length > 0) j.status = worseStatus(j.status, 'warn');
  }
  j.status = worseStatus(j.status, findingsStatus(obs.name, j.findings, config.gate));
  check.judgeOutputs(j);
  const { findings, notes, gaps } = j;
  let status = j.status;

  const gpu = obs.gpu;
  if (gpu?.present && !gpu.used) {
    const required = config.checks[obs.name]?.require_gpu === true;
    status = worseStatus(status, required ? 'fail' : gated('fail', config.gate.gpu_unused));
    notes.push(`a GPU is present but the training never used it${required ? ' (require_gpu: true)' : ''}`);
  }

  const failing = findings.filter((f) => f.severity !== 'pass');
  const summary =
    notes.length > 0
      ? notes.join('; ')
      : failing.length > 0
        ? failing.map((f) => `${f.series}: ${f.verdict}`).join(', ')
        : findings.length > 0
          ? `${findings.length} verdict${findings.length === 1 ? '' : 's'}, all passing`
          : 'ok';

  const capped = obs.probe?.capped;
  const curves = series
    .filter(isLossLike)
    .slice(0, 12)
    .map((s) => sampleCurve(s));
  const report: CheckReport = {
    name: obs.name,
    status,
    summary: capped ? `${summary}; ${capped}` : summary,
    notes,
    ...(capped ? { capped } : {}),
    command: obs.command,
    exitCode: obs.exitCode,
    durationMs: obs.durationMs,
    metrics: obs.logs.map((l) => ({ path: l.path, format: l.format })),
    findings: findings.map(findingEntry),
    failure: obs.failure ?? null,
    gpu: obs.gpu,
    curves,
  };
  const finalMetrics = { ...lastValues(obs.logs), ...(obs.evalFile ? evalMetrics(obs.evalFile) : {}) };
  return { report, finalMetrics, gaps };
}
