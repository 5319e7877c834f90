import { CHECK_NAMES, type CheckName } from '../core/config.js';
import { InputError } from '../core/errors.js';
import { isCheckName } from '../runner/check-order.js';

const COMMENT_MODES = ['auto', 'always', 'never'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

/** The action's inputs (action.yml), validated. */
export interface ActionInputs {
  readonly config?: string;
  readonly checks?: readonly CheckName[];
  readonly seed?: number;
  readonly workingDirectory: string;
  readonly githubToken: string;
  readonly comment: CommentMode;
  /** Empty: no upload. `{seed}` is replaced by the seed. */
  readonly artifactName: string;
  readonly allowUnapprovedForks: boolean;
  readonly approvalLabel: string;
  readonly gpuTelemetry: boolean;
  /** Report mode: comment with these saved reports (a report.json or a folder) instead of running. */
  readonly reports?: string;
}

function bool(name: string, raw: string, fallback: boolean, problems: string[]): boolean {
  if (raw === '') return fallback;
  if (/^(true|yes|1)$/i.test(raw)) return true;
  if (/^(false|no|0)$/i.test(raw)) return false;
  problems.push(`input ${name}: '${raw}' is not a boolean; use true or false.`);
  return fallback;
}

/**
 * Validates the raw inputs (`get(name)` is the trimmed string, '' when unset). Gathers every
 * problem and throws one InputError naming each input, its value and what is allowed.
 */
export function parseInputs(get: (name: string) => string): ActionInputs {
  const problems: string[] = [];
  const config = get('config');
  const reports = get('reports');
  const checksRaw = get('checks');
  const checks: CheckName[] = [];
  for (const c of checksRaw.split(/[\s,]+/).filter((c) => c !== '')) {
    if (isCheckName(c)) checks.push(c);
    else problems.push(`input checks: unknown check '${c}'; expected some of ${CHECK_NAMES.join(', ')}.`);
  }
  const seedRaw = get('seed');
  const seed = seedRaw === '' ? undefined : Number(seedRaw);
  if (seed !== undefined && (!Number.isSafeInteger(seed) || seed < 0))
    problems.push(`input seed: '${seedRaw}' is not a whole number ≥ 0.`);
  const commentRaw = get('comment') || 'auto';
  if (!(COMMENT_MODES as readonly string[]).includes(commentRaw))
    problems.push(`input comment: '${commentRaw}' is not one of ${COMMENT_MODES.join(', ')}.`);
  const inputs: ActionInputs = {
    ...(config ? { config } : {}),
    ...(checks.length > 0 ? { checks } : {}),
    ...(seed === undefined ? {} : { seed }),
    workingDirectory: get('working-directory') || '.',
    githubToken: get('github-token'),
    comment: commentRaw as CommentMode,
    artifactName: get('artifact-name'),
    allowUnapprovedForks: bool('allow-unapproved-forks', get('allow-unapproved-forks'), false, problems),
    approvalLabel: get('approval-label') || 'trainspotter:ok-to-test',
    gpuTelemetry: bool('gpu-telemetry', get('gpu-telemetry'), true, problems),
    ...(reports ? { reports } : {}),
  };
  if (problems.length > 0) throw new InputError(problems.join('\n'));
  return inputs;
}
