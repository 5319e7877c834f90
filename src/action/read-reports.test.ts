import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPORT_LIMITS, readReports } from './read-reports.js';

const root = mkdtempSync(join(tmpdir(), 'trainspotter-reports-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('readReports', () => {
  it('does not follow links out of the folder', async () => {
    const outside = join(root, 'outside');
    mkdirSync(outside);
    writeFileSync(join(outside, 'report.json'), '{}');
    const dir = join(root, 'links');
    mkdirSync(dir);
    symlinkSync(outside, join(dir, 'artifact'));
    symlinkSync(join(outside, 'report.json'), join(dir, 'report.json'));
    await expect(readReports(dir)).rejects.toThrow(/no report.json under/);
  });

  it('rejects a report larger than the limit without parsing it', async () => {
    const dir = join(root, 'big');
    mkdirSync(dir);
    writeFileSync(join(dir, 'report.json'), ' '.repeat(REPORT_LIMITS.maxBytes + 1));
    await expect(readReports(dir)).rejects.toThrow(/report.json: \d+ bytes, more than the/);
  });

  it('names a missing path', async () => {
    await expect(readReports(join(root, 'nope'))).rejects.toThrow(/no such file or folder/);
  });
});
