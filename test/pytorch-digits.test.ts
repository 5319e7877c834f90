import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseEvalFile } from '../src/core/eval-file.js';
import { parseLenientJson } from '../src/core/lenient-json.js';
import { parseConfig } from '../src/core/parse-config.js';

// Runs examples/pytorch-digits/train.py directly (not through `trainspotter run`): it must write
// the JSONL protocol and an eval.json that validates, and its bugs must show the genuine failure.
const EXAMPLE = join(import.meta.dirname, '..', 'examples', 'pytorch-digits');
const PROBE =
  'import importlib.util as u, sys; sys.exit(0 if u.find_spec("torch") and u.find_spec("sklearn") else 1)';

// The same search as train.sh: $DIGITS_PYTHON, python3 on PATH, /usr/bin/python3.
const hasTorch = [process.env.DIGITS_PYTHON, 'python3', '/usr/bin/python3']
  .filter((py): py is string => Boolean(py))
  .some((py) => spawnSync(py, ['-c', PROBE], { stdio: 'ignore' }).status === 0);

interface Record {
  step?: number;
  epoch?: number;
  split?: string;
  loss?: number;
  val_loss?: number;
}

describe('examples/pytorch-digits/trainspotter.yml', () => {
  it('is a valid config with the measured known result', () => {
    const result = parseConfig(readFileSync(join(EXAMPLE, 'trainspotter.yml'), 'utf8'), 'trainspotter.yml');
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
    expect(Object.keys(result.config.checks)).toEqual(['smoke', 'overfit', 'eval']);
    expect(result.config.reference?.metrics['test/accuracy']).toMatchObject({ runs: 5, better: 'higher' });
  });
});

describe.skipIf(!hasTorch)(
  `examples/pytorch-digits/train.py${hasTorch ? '' : ' (skipped: no python3 with torch and scikit-learn; .ci/run installs Debian python3-torch python3-sklearn)'}`,
  { timeout: 180_000 },
  () => {
    const root = mkdtempSync(join(tmpdir(), 'trainspotter-digits-'));
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    function train(check: string, args: string[], bug?: string) {
      const out = join(root, `${check}-${bug ?? 'clean'}`);
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        TRAINSPOTTER_CHECK: check,
        TRAINSPOTTER_SEED: '0',
        TRAINSPOTTER_OUT: out,
        ...(bug ? { DIGITS_BUG: bug } : {}),
      };
      const run = spawnSync('sh', [join(EXAMPLE, 'train.sh'), ...args], {
        env,
        encoding: 'utf8',
        timeout: 120_000,
      });
      const records = (): Record[] =>
        readFileSync(join(out, 'metrics.jsonl'), 'utf8')
          .split('\n')
          .filter((line) => line !== '')
          .map((line, i) => {
            const parsed = parseLenientJson(line);
            if (!parsed.ok) throw new Error(`metrics.jsonl:${i + 1}: ${parsed.problem}`);
            return parsed.value as Record;
          });
      return { run, out, records };
    }

    const losses = (rs: Record[]) => rs.flatMap((r) => (r.loss === undefined ? [] : [r.loss]));

    it('smoke: logs train loss per step and val loss per epoch; the loss falls', () => {
      const { run, records } = train('smoke', ['--epochs', '2']);
      expect(run.status, run.stderr).toBe(0);
      const rs = records();
      expect(rs[0]).toMatchObject({ step: 0, epoch: 0, split: 'train' });
      expect(rs.filter((r) => r.val_loss !== undefined)).toHaveLength(2);
      const loss = losses(rs);
      expect(loss[0]).toBeCloseTo(Math.log(10), 0);
      expect(loss.at(-1)).toBeLessThan(0.5);
    });

    it('overfit: one batch goes to about 0', () => {
      const { run, records } = train('overfit', ['--steps', '150']);
      expect(run.status, run.stderr).toBe(0);
      const loss = losses(records());
      expect(loss).toHaveLength(150);
      expect(loss.at(-1)).toBeLessThan(1e-3);
    });

    it('eval: writes an eval.json that validates, with all four splits', () => {
      const { run, out } = train('eval', ['--epochs', '3']);
      expect(run.status, run.stderr).toBe(0);
      const result = parseEvalFile(readFileSync(join(out, 'eval.json'), 'utf8'), 'eval.json');
      if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
      expect(result.warnings).toEqual([]);
      expect(result.eval.splits.test).toMatchObject({ n: 360 });
      expect(result.eval.splits.test.value).toBeGreaterThan(0.8);
    });

    it('bug log_zero: the hand-written cross-entropy turns NaN (bare NaN in the JSONL)', () => {
      const { run, records } = train('overfit', ['--steps', '150'], 'log_zero');
      expect(run.status, run.stderr).toBe(0);
      const loss = losses(records());
      const firstNaN = loss.findIndex((x) => Number.isNaN(x));
      expect(firstNaN).toBeGreaterThan(0);
      expect(loss.slice(firstNaN).every((x) => Number.isNaN(x))).toBe(true);
    });

    it("bug shape_crash: exits non-zero with PyTorch's shape error", () => {
      const { run } = train('smoke', [], 'shape_crash');
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(
        /RuntimeError: mat1 and mat2 shapes cannot be multiplied \(256x8 and 64x128\)/,
      );
    });
  },
);
