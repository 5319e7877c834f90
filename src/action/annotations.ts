import type { ConfigError } from '../core/config.js';
import type { Report } from '../core/report.js';

/** One workflow annotation (`core.error` / `core.warning`). */
export interface Annotation {
  readonly level: 'error' | 'warning';
  readonly title: string;
  readonly message: string;
  readonly file?: string;
  readonly startLine?: number;
  readonly startColumn?: number;
}

/** The 1-based line of `checks.<name>:` in the config text, if it is written the plain way. */
export function checkLine(configText: string, name: string): number | undefined {
  const lines = configText.split(/\r?\n/);
  const checks = lines.findIndex((l) => /^checks\s*:/.test(l));
  if (checks < 0) return undefined;
  const pattern = new RegExp(`^\\s+${name}\\s*:`);
  for (let i = checks + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (/^\S/.test(line) && !line.startsWith('#')) return undefined;
    if (pattern.test(line)) return i + 1;
  }
  return undefined;
}

/**
 * Annotations for a report: an error for each failed or errored check, a warning for each warned
 * one, titled with the check, pointing at its definition in the config (`file` relative to the
 * repository root) when `lineOf` finds it.
 */
export function reportAnnotations(
  report: Report,
  file: string | undefined,
  lineOf: (check: string) => number | undefined = () => undefined,
): Annotation[] {
  const out: Annotation[] = [];
  for (const check of report.checks) {
    if (check.status !== 'fail' && check.status !== 'error' && check.status !== 'warn') continue;
    const bad = check.findings.filter((f) => f.severity !== 'pass');
    const what = check.failure?.title ?? bad.map((f) => `${f.series} ${f.verdict}`).join(', ');
    const message = [
      check.summary,
      ...(check.failure ? [check.failure.title, ...check.failure.advice] : []),
      ...bad.map((f) => `${f.series}: ${f.verdict} — ${f.summary}`),
    ].join('\n');
    const line = file === undefined ? undefined : lineOf(check.name);
    out.push({
      level: check.status === 'warn' ? 'warning' : 'error',
      title: `trainspotter ${check.name}: ${check.status}${what ? ` (${what})` : ''}`,
      message,
      ...(file === undefined ? {} : { file }),
      ...(line === undefined ? {} : { startLine: line }),
    });
  }
  return out;
}

/** An error annotation per config problem, at its line and column in the config file. */
export function configAnnotations(errors: readonly ConfigError[], file: string): Annotation[] {
  return errors.map((e) => ({
    level: 'error',
    title: `trainspotter: invalid ${file}`,
    message: e.message,
    file,
    ...(e.line === undefined ? {} : { startLine: e.line }),
    ...(e.column === undefined ? {} : { startColumn: e.column }),
  }));
}
