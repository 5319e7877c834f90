import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseInputs } from './inputs.js';

/** A GitHub expression as written in YAML, `${{ e }}`. */
const expr = (e: string) => `\${{ ${e} }}`;
const ROOT = join(import.meta.dirname, '..', '..');
const yml = (path: string) => parse(readFileSync(join(ROOT, path), 'utf8'));

interface Workflow {
  permissions?: Record<string, string>;
  jobs: Record<
    string,
    {
      'runs-on': unknown;
      strategy?: { matrix?: { seed?: number[] } };
      steps?: { uses?: string; with?: Record<string, unknown> }[];
    }
  >;
}

describe('action.yml', () => {
  const action = yml('action.yml') as {
    runs: { using: string; main: string };
    inputs: Record<string, { default?: string }>;
    outputs: Record<string, unknown>;
  };

  it('runs dist/action.js on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/action.js' });
  });

  it('declares exactly the inputs the action reads, and its defaults parse', () => {
    const read: string[] = [];
    parseInputs((name) => {
      read.push(name);
      const value = action.inputs[name]?.default ?? '';
      return value.startsWith(expr('').slice(0, 3)) ? 'token' : value;
    });
    expect(Object.keys(action.inputs).sort()).toEqual([...new Set(read)].sort());
    expect(action.inputs['github-token']?.default).toBe(expr('github.token'));
  });
});

describe('examples/workflows', () => {
  it.each(['gpu-pr.yml', 'fork-safe.yml'])(
    '%s: the comment job checks nothing out and only reads the reports',
    (file) => {
      const w = yml(`examples/workflows/${file}`) as Workflow;
      const steps = w.jobs.comment?.steps ?? [];
      expect(steps.some((s) => s.uses?.startsWith('actions/checkout'))).toBe(false);
      expect(steps.find((s) => s.uses?.startsWith('trainspotter/'))?.with).toEqual({
        reports: 'reports',
        comment: 'auto',
      });
    },
  );

  it('gpu-pr.yml: self-hosted GPU runners, seeds 0..2, one artifact per seed', () => {
    const w = yml('examples/workflows/gpu-pr.yml') as Workflow;
    const job = w.jobs.trainspotter;
    expect(job?.['runs-on']).toEqual(['self-hosted', 'gpu']);
    expect(job?.strategy?.matrix?.seed).toEqual([0, 1, 2]);
    const step = job?.steps?.find((s) => s.uses?.startsWith('trainspotter/'));
    expect(step?.with?.['artifact-name']).toBe(`trainspotter-report-seed-${expr('matrix.seed')}`);
  });

  it('fork-safe.yml: pull_request_target, read-only, gated on the label, approved head SHA, no secrets', () => {
    const text = readFileSync(join(ROOT, 'examples/workflows/fork-safe.yml'), 'utf8');
    const w = yml('examples/workflows/fork-safe.yml') as Workflow & { on: Record<string, unknown> };
    expect(Object.keys(w.on)).toEqual(['pull_request_target']);
    expect(w.permissions).toEqual({ contents: 'read' });
    const job = w.jobs.trainspotter as Workflow['jobs'][string] & { if: string; permissions?: unknown };
    expect(job.permissions).toBeUndefined();
    expect(job.if).toContain("github.event.label.name == 'trainspotter:ok-to-test'");
    const checkout = job.steps?.find((s) => s.uses?.startsWith('actions/checkout'));
    expect(checkout?.with).toEqual({
      ref: expr('github.event.pull_request.head.sha'),
      'persist-credentials': false,
    });
    expect(text).not.toMatch(/\$\{\{\s*secrets\./);
  });
});
