import { strToU8, type Zippable, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { reportFixture } from '../../../test/helpers/report-fixture.js';
import { InputError } from '../../core/errors.js';
import {
  ArtifactError,
  type ArtifactLimits,
  checkArtifactSize,
  DEFAULT_ARTIFACT_LIMITS,
  readArtifactReports,
} from './read-artifact.js';

const NAME = 'trainspotter-report-seed-3';
const MiB = 1024 * 1024;
const reportJson = JSON.stringify(reportFixture('h100-digits-pass.json'));
const zip = (files: Record<string, string>): Uint8Array =>
  zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)])) as Zippable);
const read = (bytes: Uint8Array, limits?: Partial<ArtifactLimits>) =>
  readArtifactReports(NAME, bytes, { ...DEFAULT_ARTIFACT_LIMITS, ...limits });

/** A zip whose central directory declares `declared` bytes for its only entry, whatever it really holds. */
function lyingZip(path: string, content: Uint8Array, declared: number): Uint8Array {
  const bytes = zipSync({ [path]: [content, { level: 1 }] });
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let i = bytes.length - 22; i >= 0; i--) {
    if (view.getUint32(i, true) !== 0x02014b50) continue; // central directory file header
    view.setUint32(i + 24, declared, true); // its uncompressed size
    return bytes;
  }
  throw new Error('no central directory in the test zip');
}

describe('readArtifactReports', () => {
  it('reads and validates the report.json of a zip that also holds report.md', async () => {
    const reports = await read(zip({ 'report.json': reportJson, 'report.md': '# trainspotter\n' }));
    expect(reports).toHaveLength(1);
    expect(reports[0]?.path).toBe('report.json');
    expect(reports[0]?.report).toEqual(reportFixture('h100-digits-pass.json'));
  });

  it('reads a report.json in each subfolder', async () => {
    const reports = await read(zip({ 'seed-1/report.json': reportJson, 'seed-2/report.json': reportJson }));
    expect(reports.map((r) => r.path).sort()).toEqual(['seed-1/report.json', 'seed-2/report.json']);
  });

  it.each([
    [
      '../../etc/report.json',
      /entry \.\.\/\.\.\/etc\/report\.json has an unsafe path \(invalid relative path\)/,
    ],
    ['/abs/report.json', /entry \/abs\/report\.json has an unsafe path \(absolute path\)/],
    ['C:/win/report.json', /entry C:\/win\/report\.json has an unsafe path \(absolute path\)/],
    ['a\\report.json', /entry a\\report\.json has an unsafe path \(invalid characters/],
  ])('refuses the whole artifact for the zip-slip path %s', async (path, message) => {
    const bytes = zip({ 'report.json': reportJson, [path]: reportJson });
    const error = await read(bytes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArtifactError);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).name).toBe('ArtifactError');
    expect((error as Error).message).toMatch(new RegExp(`^artifact ${NAME}: ${message.source}`));
    expect((error as Error).message).toMatch(/; artifacts hold relative paths only/);
  });

  it('clips a long hostile entry name and strips its control characters', async () => {
    const path = `../${'x'.repeat(5000)}\n/report.json`;
    const error = (await read(zip({ [path]: reportJson })).catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/entry \.\.\/x{97}… has an unsafe path/);
    expect(error.message.length).toBeLessThan(300);
  });

  it('refuses a zip bomb on its declared size, before inflating it', async () => {
    const bomb = zipSync({ 'report.json': [new Uint8Array(20 * MiB), { level: 1 }] });
    const started = performance.now();
    await expect(read(bomb, { maxEntryBytes: MiB })).rejects.toThrow(
      /^artifact trainspotter-report-seed-3: entry report\.json declares 20 MiB, over the 1 MiB limit; trainspotter reports are a few MB — check the artifact-name input/,
    );
    expect(performance.now() - started).toBeLessThan(200);
  });

  it('stops inflating an entry that inflates past the size its header declares', async () => {
    const bomb = lyingZip('report.json', new Uint8Array(20 * MiB), 1000);
    const before = process.memoryUsage().arrayBuffers;
    const started = performance.now();
    await expect(read(bomb, { maxEntryBytes: MiB })).rejects.toThrow(
      /entry report\.json inflates past its declared 1000 B \(a zip bomb\?\)/,
    );
    // Fully inflated, the entry would take 20 MiB and far longer than this.
    expect(performance.now() - started).toBeLessThan(200);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(5 * MiB);
  });

  it('refuses an entry that inflates to fewer bytes than declared', async () => {
    await expect(read(lyingZip('report.json', strToU8(reportJson), reportJson.length + 10))).rejects.toThrow(
      /entry report\.json cannot be inflated \(not enough bytes in the stream/,
    );
  });

  it('refuses a ratio over maxRatio even under the size limits', async () => {
    const bomb = zipSync({ 'report.md': [new Uint8Array(20 * MiB), { level: 1 }] });
    await expect(read(bomb)).rejects.toThrow(
      /entry report\.md inflates \d+x \(20 MiB from .*\), over the 200x limit/,
    );
  });

  it('refuses entries whose sizes total over maxTotalBytes', async () => {
    const big = 'x'.repeat(600 * 1024);
    const bytes = zip({ 'report.json': reportJson, 'a.txt': big, 'b.txt': big });
    await expect(read(bytes, { maxTotalBytes: MiB })).rejects.toThrow(
      /entries total 1\.\d MiB, over the 1 MiB limit/,
    );
  });

  it('refuses zip bytes over maxZipBytes before parsing them', async () => {
    await expect(read(new Uint8Array(2 * MiB), { maxZipBytes: MiB })).rejects.toThrow(
      /^artifact trainspotter-report-seed-3: zip of 2 MiB is over the 1 MiB limit; trainspotter reports/,
    );
  });

  it('says bytes that are not a zip are not a zip', async () => {
    const noise = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 251);
    await expect(read(noise)).rejects.toThrow(
      /: is not a zip file \(End of central directory record signature not found\. Either not a zip file, or file is truncated\.\); the download is corrupt/,
    );
  });

  it('names the entry and the position of invalid JSON', async () => {
    await expect(read(zip({ 'seed-3/report.json': '{"schemaVersion": 1,\n  "status": }' }))).rejects.toThrow(
      /entry seed-3\/report\.json is not valid JSON at 2:13: expected a value/,
    );
  });

  it('passes on validateReport’s message for an unknown schemaVersion', async () => {
    const future = JSON.stringify({ ...JSON.parse(reportJson), schemaVersion: 99 });
    await expect(read(zip({ 'report.json': future }))).rejects.toThrow(
      /^artifact trainspotter-report-seed-3: entry report\.json: unsupported report schemaVersion 99/,
    );
  });

  it('lists the bad fields of an invalid report', async () => {
    const bad = JSON.stringify({ ...JSON.parse(reportJson), status: 'great', checks: 'none' });
    await expect(read(zip({ 'report.json': bad }))).rejects.toThrow(
      /entry report\.json is not a valid trainspotter report:\n {2}- status: .*\n {2}- checks: /,
    );
  });

  it('refuses a zip without report.json, listing what it holds', async () => {
    await expect(read(zip({ 'report.md': '# hi', 'notes/report.json.bak': '{}' }))).rejects.toThrow(
      /holds no report\.json \(entries: report\.md, notes\/report\.json\.bak\); check the artifact-name input/,
    );
  });

  it('refuses more than maxEntries entries', async () => {
    const files = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`f${i}.txt`, 'x']));
    await expect(read(zip({ ...files, 'report.json': reportJson }), { maxEntries: 4 })).rejects.toThrow(
      /holds 6 entries, over the limit of 4/,
    );
  });
});

describe('checkArtifactSize', () => {
  it('accepts a listed size under the limit', () => {
    expect(() => checkArtifactSize(NAME, 40_000)).not.toThrow();
  });

  it('refuses a listed size of 1 GB before any download', () => {
    expect(() => checkArtifactSize(NAME, 1_000_000_000)).toThrow(
      /^artifact trainspotter-report-seed-3: listed size 953\.7 MiB \(1000000000 bytes\) is over the 50 MiB limit; trainspotter reports are a few MB/,
    );
  });

  it('refuses a listed size that is not a byte count', () => {
    expect(() => checkArtifactSize(NAME, Number.NaN)).toThrow(/listed size NaN is not a byte count/);
  });
});
