import type { Dirent } from 'node:fs';
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { InputError } from '../core/errors.js';
import { MLFLOW_STORE, type MlflowRunLog, mlflowFolderKind, parseMlflowRun } from '../ingest/mlflow.js';

async function entries(dir: string): Promise<string[]> {
  return (await readdir(dir, { withFileTypes: true })).map((e) => e.name);
}

/** The most of a run's meta.yaml, a param value or a tag that is read: MLflow writes far less. */
const MAX_SIDE_FILE_BYTES = 1024 * 1024;

/**
 * The first `maxBytes` of a regular file as UTF-8, or undefined when there is none at `path`. A
 * FIFO, socket or device is not opened (reading one would wait for a writer forever).
 */
async function readIfExists(path: string, maxBytes = MAX_SIDE_FILE_BYTES): Promise<string | undefined> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return undefined;
    const file = await open(path, 'r');
    try {
      const buffer = Buffer.alloc(Math.min(maxBytes, info.size));
      const { bytesRead } = await file.read(buffer, 0, buffer.length, 0);
      return buffer.subarray(0, bytesRead).toString('utf8');
    } finally {
      await file.close();
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Every file under `dir`, as `/`-separated paths relative to it (MLflow nests `a/b` metric names). */
async function filesUnder(dir: string, prefix = ''): Promise<string[]> {
  let list: Dirent[];
  try {
    list = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const out: string[] = [];
  for (const e of list.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (e.isDirectory()) out.push(...(await filesUnder(join(dir, e.name), `${prefix}${e.name}/`)));
    else if (e.isFile()) out.push(`${prefix}${e.name}`);
  }
  return out;
}

async function readRun(dir: string): Promise<MlflowRunLog> {
  const metricsDir = join(dir, MLFLOW_STORE.metrics);
  const paramsDir = join(dir, MLFLOW_STORE.params);
  // Bytes, not text: the parser reads plain lines from them, and decodes only the others.
  const metrics = await Promise.all(
    (await filesUnder(metricsDir)).map(async (name) => ({
      name,
      bytes: await readFile(join(metricsDir, name)),
    })),
  );
  const params = await Promise.all(
    (await filesUnder(paramsDir)).map(async (name) => ({
      name,
      value: (await readIfExists(join(paramsDir, name))) ?? '',
    })),
  );
  const runName = await readIfExists(join(dir, MLFLOW_STORE.tags, MLFLOW_STORE.runNameTag));
  const meta = await readIfExists(join(dir, MLFLOW_STORE.meta));
  return parseMlflowRun(
    {
      runId: basename(dir),
      ...(runName !== undefined ? { runName } : {}),
      ...(meta !== undefined ? { meta } : {}),
      metrics,
      params,
    },
    dir,
  );
}

async function runDirsOfExperiment(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const name of (await entries(dir)).sort()) {
    const sub = join(dir, name);
    if (mlflowFolderKind(await entries(sub).catch(() => [])) === 'run') out.push(sub);
  }
  return out;
}

/** Run labels must tell runs apart: a name several runs share gets each run's id prefix appended. */
function uniqueLabels(runs: MlflowRunLog[]): MlflowRunLog[] {
  const count = new Map<string, number>();
  for (const r of runs) count.set(r.run, (count.get(r.run) ?? 0) + 1);
  return runs.map((r) => {
    if ((count.get(r.run) ?? 0) < 2 || r.run === r.runId) return r;
    const run = `${r.run} (${r.runId.slice(0, 8)})`;
    return { ...r, run, series: r.series.map((s) => ({ ...s, run })) };
  });
}

/**
 * Reads an MLflow file store: `dir` may be the store (`mlruns/`), one experiment
 * (`mlruns/<id>/`) or one run (`mlruns/<id>/<run id>/`). Returns one log per run, runs sorted by
 * folder name, each series labelled with the run name (else the run id). Throws InputError when
 * `dir` is none of them.
 */
export async function readMlflow(dir: string): Promise<MlflowRunLog[]> {
  const kind = mlflowFolderKind(await entries(dir));
  let runDirs: string[];
  if (kind === 'run') runDirs = [dir];
  else if (kind === 'experiment') runDirs = await runDirsOfExperiment(dir);
  else if (kind === 'store') {
    runDirs = [];
    for (const name of (await entries(dir)).sort()) {
      if ((MLFLOW_STORE.notExperiments as readonly string[]).includes(name)) continue;
      const sub = join(dir, name);
      if (mlflowFolderKind(await entries(sub).catch(() => [])) === 'experiment') {
        runDirs.push(...(await runDirsOfExperiment(sub)));
      }
    }
  } else {
    throw new InputError(
      `${dir} is not an MLflow file store: expected an mlruns folder (experiment folders such as 0/), ` +
        'an experiment folder (meta.yaml and run folders) or a run folder (meta.yaml and metrics/)',
    );
  }
  const runs = await Promise.all(runDirs.map(readRun));
  return uniqueLabels(runs);
}
