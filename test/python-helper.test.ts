import { type ChildProcessByStdio, spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { ParsedLog } from '../src/core/series.js';
import { jsonl } from '../src/ingest/jsonl.js';

// Debian's python3 when present (the helper promises the standard library only), else PATH's.
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
const HAVE_PYTHON = spawnSync(PYTHON, ['--version']).status === 0;
const HELPER_DIR = fileURLToPath(new URL('../python/', import.meta.url));

function parseJsonl(path: string): ParsedLog {
  const p = jsonl.create(path);
  p.write(readFileSync(path));
  return p.end();
}

/** Runs Python code with the helper importable; `env` replaces TRAINSPOTTER_OUT and friends. */
function python(
  code: string,
  env: Record<string, string>,
  cwd: string,
): ChildProcessByStdio<Writable, Readable, Readable> {
  return spawn(
    PYTHON,
    ['-I', '-B', '-c', `import sys; sys.path.insert(0, ${JSON.stringify(HELPER_DIR)})\n${code}`],
    {
      cwd,
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
}

async function finished(child: ChildProcessByStdio<Writable, Readable, Readable>): Promise<string> {
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (status !== 0) throw new Error(`python exited with ${status}: ${stderr}`);
  return stderr;
}

describe.skipIf(!HAVE_PYTHON)(`python/trainspotter_log.py with ${PYTHON}`, () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  });
  const tempDir = async () => {
    const d = await mkdtemp(join(tmpdir(), 'trainspotter-py-'));
    dirs.push(d);
    return d;
  };

  it('writes $TRAINSPOTTER_OUT/metrics.jsonl that the JSONL parser reads: splits, ints, NaN, Infinity, __float__ scalars', async () => {
    const out = join(await tempDir(), 'out');
    const code = `
from trainspotter_log import TrainspotterLog

class Scalar:  # what a 0-d torch tensor or a numpy scalar offers
    def __init__(self, v): self.v = v
    def __float__(self): return self.v

with TrainspotterLog() as log:
    log(step=0, loss=2.0, lr=1e-3)
    log(step=1, loss=Scalar(1.5), lr=1e-3)
    log(step=2, loss=float("nan"), lr=1e-3)
    log(step=2, split="val", loss=float("inf"), accuracy=Scalar(0.25), epoch=1)
    try:
        log(step=3, loss="high")
    except TypeError as e:
        print(e, file=__import__("sys").stderr)
`;
    const stderr = await finished(python(code, { TRAINSPOTTER_OUT: out }, await tempDir()));
    expect(stderr).toMatch(/metric 'loss' must be a number, a 0-d tensor or a numpy scalar; got str/);
    const path = join(out, 'metrics.jsonl');
    const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toMatch(
      /^\{"step": 2, "split": "train", "loss": NaN, "lr": 0\.001, "time": \d+\.?\d*\}$/,
    );
    const log = parseJsonl(path);
    expect(log.warnings).toEqual([]);
    const byName = new Map(log.series.map((s) => [s.name, s]));
    expect([...byName.keys()].sort()).toEqual(['loss', 'lr', 'val/accuracy', 'val/loss']);
    expect(Array.from(byName.get('loss')?.values ?? [])).toEqual([2, 1.5, Number.NaN]);
    expect(byName.get('val/loss')).toMatchObject({ split: 'val', metric: 'loss' });
    expect(Array.from(byName.get('val/loss')?.values ?? [])).toEqual([Number.POSITIVE_INFINITY]);
    expect(Array.from(byName.get('val/accuracy')?.epochs ?? [])).toEqual([1]);
    expect(byName.get('loss')?.wallTimes?.[0]).toBeGreaterThan(1.6e9);
  });

  it('flushes every line while the process is still running, and defaults to ./metrics.jsonl', async () => {
    const cwd = await tempDir();
    const child = python(
      `
import sys
from trainspotter_log import TrainspotterLog
log = TrainspotterLog()
log(step=0, loss=1.0)
print("logged", flush=True)
sys.stdin.readline()  # the test reads the file while we wait here
log(step=1, loss=0.5)
log.close()
`,
      {},
      cwd,
    );
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    const whileRunning = readFileSync(join(cwd, 'metrics.jsonl'), 'utf8');
    expect(whileRunning).toMatch(/^\{"step": 0, "split": "train", "loss": 1\.0, "time": [\d.]+\}\n$/);
    child.stdin.end('\n');
    await finished(child);
    expect(parseJsonl(join(cwd, 'metrics.jsonl')).series[0]?.values).toEqual(Float64Array.of(1, 0.5));
  });

  it('has no import outside the standard library', () => {
    const source = readFileSync(join(HELPER_DIR, 'trainspotter_log.py'), 'utf8');
    const imports = [...source.matchAll(/^(?:import|from)\s+([\w.]+)/gm)].map((m) => m[1]);
    expect(imports.sort()).toEqual(['json', 'os', 'time']);
  });
});
