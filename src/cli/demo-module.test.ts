import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../test/helpers/run-cli.js';
import { validateReport } from '../core/report.js';

// A repository's own TF.js module, as docs/tfjs-engine.md describes it, run by `demo --module`.
const dir = mkdtempSync(join(tmpdir(), 'trainspotter-module-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const MODULE = `
// Two Gaussian blobs per class in 8 dimensions: learnable, small, deterministic.
function data(tf, n, seed) {
  let s = seed + 1;
  const rand = () => ((s = (s * 16807) % 2147483647) / 2147483647);
  const xs = [], ys = [];
  for (let i = 0; i < n; i++) {
    const c = i % 3;
    for (let d = 0; d < 8; d++) xs.push((d % 3 === c ? 1.5 : 0) + (rand() - 0.5));
    ys.push(c);
  }
  return [tf.tensor2d(xs, [n, 8]), tf.tensor1d(ys, 'int32')];
}
export function createModel(tf, { seed }) {
  const model = tf.sequential();
  model.add(tf.layers.dense({ inputShape: [8], units: 16, activation: 'relu', kernelInitializer: tf.initializers.glorotUniform({ seed }) }));
  model.add(tf.layers.dense({ units: 3, kernelInitializer: tf.initializers.glorotUniform({ seed: seed + 1 }) }));
  return model;
}
export function loadData(tf, { seed }) {
  const [xTrain, yTrain] = data(tf, 480, seed);
  const [xVal, yVal] = data(tf, 120, seed + 100);
  return { xTrain, yTrain, xVal, yVal, classes: 3 };
}
export const compile = { optimizer: 'adam', learningRate: 0.01, batchSize: 32, epochs: 4 };
`;

const demo = (args: string[]) => runCli(['demo', ...args], dir);

describe('trainspotter demo --module', () => {
  it("trains a repository's own TF.js module with every check and writes a valid report", async () => {
    writeFileSync(join(dir, 'model.mjs'), MODULE);
    const r = await demo(['--module', 'model.mjs', '--out', 'out']);
    expect(r.stdout).toContain('your TF.js module model.mjs');
    const report = validateReport(
      JSON.parse(readFileSync(join(dir, 'out', 'report.json'), 'utf8')),
      'report.json',
    );
    expect(report.checks.map((c) => c.name)).toEqual(['smoke', 'overfit']);
    const smoke = report.checks[0]?.findings.map((f) => `${f.judge}:${f.verdict}`) ?? [];
    expect(smoke).toContain('curve:healthy');
    // Glorot-initialised logits on inputs up to 2 start at 1.57 against ln 3 = 1.10: a fair warning.
    expect(smoke.some((v) => v.startsWith('init_loss:'))).toBe(true);
    expect(report.checks[1]?.findings[0]?.verdict).toBe('overfits');
    expect(report.comparison).toBeNull();
    expect(r.code, r.stdout).toBe(report.status === 'fail' ? 1 : 0);
  }, 120_000);

  it('names the file and what it lacks', async () => {
    writeFileSync(join(dir, 'empty.mjs'), 'export const x = 1;\n');
    const r = await demo(['--module', 'empty.mjs']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/empty\.mjs: exports no createModel and no loadData function/);
    const both = await demo(['--module', 'empty.mjs', '--bug', 'lr_high']);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/cannot be combined with --module/);
  });
});
