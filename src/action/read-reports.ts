import { lstat, readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { InputError } from '../core/errors.js';
import { type Report, validateReport } from '../core/report.js';

/** Limits for reports that come out of artifacts (written by pull-request code: hostile). */
export const REPORT_LIMITS = { maxBytes: 4 * 1024 * 1024, maxFiles: 32, maxDepth: 4 } as const;

async function findReportFiles(dir: string, depth: number, out: string[]): Promise<void> {
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
    a.name.localeCompare(b.name),
  )) {
    const path = join(dir, entry.name);
    // Links are not followed: an artifact could point one anywhere on the runner.
    if (entry.isDirectory() && depth < REPORT_LIMITS.maxDepth) await findReportFiles(path, depth + 1, out);
    else if (entry.isFile() && entry.name === 'report.json') out.push(path);
    if (out.length > REPORT_LIMITS.maxFiles)
      throw new InputError(
        `input reports: more than ${REPORT_LIMITS.maxFiles} report.json files under ${dir}; download only this run's trainspotter-report-* artifacts.`,
      );
  }
}

/**
 * Reads and validates the report.json files at `path` (one file, or a folder searched
 * REPORT_LIMITS.maxDepth deep, links not followed), in path order. Throws one InputError naming
 * every bad file: too large, not JSON, or not a valid report.
 */
export async function readReports(path: string): Promise<{ file: string; report: Report }[]> {
  const stat = await lstat(path).catch(() => undefined);
  if (!stat) throw new InputError(`input reports: no such file or folder '${path}'.`);
  const files: string[] = [];
  if (stat.isDirectory()) await findReportFiles(path, 0, files);
  else if (stat.isFile()) files.push(path);
  if (files.length === 0)
    throw new InputError(
      `input reports: no report.json under '${path}'. Download the trainspotter-report-* artifacts there.`,
    );
  const problems: string[] = [];
  const reports: { file: string; report: Report }[] = [];
  for (const file of files) {
    const name = stat.isDirectory() ? relative(path, file) : file;
    const size = (await lstat(file)).size;
    if (size > REPORT_LIMITS.maxBytes) {
      problems.push(`${name}: ${size} bytes, more than the ${REPORT_LIMITS.maxBytes} a report may have.`);
      continue;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      problems.push(`${name}: not JSON (${error instanceof Error ? error.message : String(error)}).`);
      continue;
    }
    try {
      reports.push({ file: name, report: validateReport(raw, name) });
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
  }
  if (problems.length > 0) throw new InputError(`input reports: ${problems.join('\n')}`);
  return reports;
}
