import { describe, expect, it } from 'vitest';
import { checkLine } from './annotations.js';
import { parseInputs } from './inputs.js';

const from = (values: Record<string, string>) => (name: string) => values[name] ?? '';

describe('parseInputs', () => {
  it('applies the defaults action.yml documents', () => {
    expect(parseInputs(from({}))).toEqual({
      workingDirectory: '.',
      githubToken: '',
      comment: 'auto',
      artifactName: '',
      allowUnapprovedForks: false,
      approvalLabel: 'trainspotter:ok-to-test',
      gpuTelemetry: true,
    });
  });

  it('reads checks, seed and booleans', () => {
    const inputs = parseInputs(
      from({ checks: 'smoke, overfit', seed: '3', 'allow-unapproved-forks': 'TRUE', comment: 'never' }),
    );
    expect(inputs).toMatchObject({
      checks: ['smoke', 'overfit'],
      seed: 3,
      allowUnapprovedForks: true,
      comment: 'never',
    });
  });

  it('gathers every problem into one error', () => {
    expect(() =>
      parseInputs(from({ seed: '-1', comment: 'loud', 'allow-unapproved-forks': 'maybe' })),
    ).toThrow(/seed: '-1'[\s\S]*comment: 'loud'[\s\S]*allow-unapproved-forks: 'maybe'/);
  });

  it('names an unknown check and what is allowed', () => {
    expect(() => parseInputs(from({ checks: 'smoke train' }))).toThrow(
      "input checks: unknown check 'train'; expected some of smoke, overfit, eval.",
    );
  });
});

describe('checkLine', () => {
  it('finds a check under checks:, not a same-named key elsewhere', () => {
    const text =
      'version: 1\nsmoke: x\nchecks:\n  # the smoke test\n  smoke:\n    run: a\n  eval:\n    run: b\n';
    expect(checkLine(text, 'smoke')).toBe(5);
    expect(checkLine(text, 'eval')).toBe(7);
    expect(checkLine(text, 'overfit')).toBeUndefined();
  });
});
