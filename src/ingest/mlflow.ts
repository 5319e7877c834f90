import { parse as parseYaml } from 'yaml';
import type { ParsedLog, Series } from '../core/series.js';
import { splitRuns } from '../core/split-runs.js';
import { inferSplit } from './infer-split.js';
import { type MlflowMetricFile, readMetricFile } from './mlflow-metric.js';

/**
 * How an MLflow file store (`mlflow.set_tracking_uri("file:...")`, the default `./mlruns`) is laid
 * out, for shells that walk it:
 * `mlruns/<experiment id>/meta.yaml` (the experiment), `mlruns/<experiment id>/<run id>/meta.yaml`
 * (the run), `.../<run id>/metrics/<name>` (one file per metric; a name with `/` is nested folders),
 * `.../<run id>/params/<name>` (the value, no newline) and `.../<run id>/tags/<name>`
 * (`mlflow.runName` holds the run name in MLflow 1.x; 2.x also writes `run_name` in meta.yaml).
 * `mlruns/.trash` holds deleted experiments and `mlruns/models` registered models: neither has runs.
 */
export const MLFLOW_STORE = {
  meta: 'meta.yaml',
  metrics: 'metrics',
  params: 'params',
  tags: 'tags',
  runNameTag: 'mlflow.runName',
  notExperiments: ['.trash', 'models'],
} as const;

/**
 * What an MLflow folder is, from the names of the entries in it: a run (`meta.yaml` and
 * `metrics/`), an experiment (`meta.yaml`, no `metrics/`), a store (`mlruns`: no `meta.yaml`, and
 * experiment folders named by number, e.g. `0`) or none of them.
 */
export function mlflowFolderKind(entries: readonly string[]): 'run' | 'experiment' | 'store' | undefined {
  const names = new Set(entries);
  if (names.has(MLFLOW_STORE.meta)) return names.has(MLFLOW_STORE.metrics) ? 'run' : 'experiment';
  return entries.some((e) => /^\d+$/.test(e)) ? 'store' : undefined;
}

/** One run of an MLflow file store, as read from its folder. */
export interface MlflowRunInput {
  readonly runId: string;
  /** The run's name when the shell found one (the `mlflow.runName` tag); else meta.yaml's, else the id. */
  readonly runName?: string;
  /** The text of the run's meta.yaml. */
  readonly meta?: string;
  /** Each metric file: its name relative to `metrics/` (`/`-separated when nested) and its text or bytes. */
  readonly metrics: readonly MlflowMetricFile[];
  readonly params?: readonly { readonly name: string; readonly value: string }[];
}

/** A parsed MLflow run: its series under `run`, and its params. */
export interface MlflowRunLog extends ParsedLog {
  readonly runId: string;
  /** The run label every series carries: the run name, else the run id. */
  readonly run: string;
  readonly params: Readonly<Record<string, string>>;
}

/** At most this many warnings per run; the rest are counted in one last warning. */
export const MAX_MLFLOW_WARNINGS = 50;
/** meta.yaml up to this many characters is parsed as YAML; MLflow writes well under 1 KiB. */
export const MAX_META_YAML_CHARS = 64 * 1024;

const NAME_KEYS = ['run_name', 'name'] as const;

/** The first non-empty string of `run_name`, else of `name`, among `doc`'s own keys. */
function nameOf(doc: unknown): string | undefined {
  if (typeof doc !== 'object' || doc === null) return undefined;
  for (const key of NAME_KEYS) {
    const v = Object.hasOwn(doc, key) ? (doc as Record<string, unknown>)[key] : undefined;
    if (typeof v === 'string' && v.trim() !== '') return v;
  }
  return undefined;
}

/**
 * meta.yaml's run name (`run_name`, else a non-empty `name`), or undefined when it has none or is
 * not YAML. A small file is parsed whole (without the yaml library's duplicate-key check, which
 * compares every key with every other); a larger one, which MLflow never writes, has only its
 * top-level `run_name:` and `name:` lines read, so the cost stays linear in its length.
 */
function metaRunName(meta: string | undefined, warnings: string[], source: string): string | undefined {
  if (meta === undefined) return undefined;
  if (meta.length > MAX_META_YAML_CHARS) {
    const found: Record<string, unknown> = Object.create(null);
    for (const match of meta.matchAll(/^(run_name|name):[ \t]*(.*)$/gm)) {
      const [, key = '', value = ''] = match;
      if (key in found) continue;
      try {
        found[key] = parseYaml(value.trim() === '' ? "''" : value);
      } catch {
        found[key] = undefined;
      }
    }
    return nameOf(found);
  }
  try {
    return nameOf(parseYaml(meta, { uniqueKeys: false }));
  } catch (error) {
    warnings.push(
      `${source}/meta.yaml is not valid YAML (${(error as Error).message.split('\n')[0]}); using the run id as its name`,
    );
  }
  return undefined;
}

/**
 * Parses one run of an MLflow file store. Metric lines are `timestamp_ms value step` (MLflow
 * before 1.0 wrote no step: the line's index is used); values may be `nan`, `inf`, `-inf`
 * (Python's spelling) or `NaN`, `Infinity` (readMetricFile). Points keep the file's order. A
 * malformed line is skipped with a warning naming `source/metrics/<name>` and the line. Never
 * throws on content.
 */
export function parseMlflowRun(input: MlflowRunInput, source: string): MlflowRunLog {
  const warnings: string[] = [];
  const run = input.runName?.trim() || metaRunName(input.meta, warnings, source) || input.runId;
  const series: Series[] = [];
  for (const file of input.metrics) {
    const { name } = file;
    const { steps, values, wallTimes, warning } = readMetricFile(file, source);
    if (warning !== undefined) warnings.push(warning);
    if (values.length === 0) continue;
    const { split, metric } = inferSplit(name);
    // A resumed run that logs a step again from an earlier point: each stretch becomes a run.
    series.push(
      ...splitRuns({
        name,
        metric,
        split,
        run,
        steps,
        values,
        wallTimes,
      }),
    );
  }
  // Param names are the user's: own keys of an object without a prototype, `__proto__` included.
  const params: Record<string, string> = Object.create(null);
  for (const p of input.params ?? []) params[p.name] = p.value;
  return { format: 'mlflow', series, warnings: capped(warnings, source), runId: input.runId, run, params };
}

/** The first MAX_MLFLOW_WARNINGS warnings, and one that counts the rest. */
function capped(warnings: string[], source: string): string[] {
  if (warnings.length <= MAX_MLFLOW_WARNINGS) return warnings;
  const more = warnings.length - MAX_MLFLOW_WARNINGS;
  return [
    ...warnings.slice(0, MAX_MLFLOW_WARNINGS),
    `${source}: ${more.toLocaleString('en-US')} more warnings like these were left out`,
  ];
}
