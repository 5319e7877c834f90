import { Buffer } from 'node:buffer';
import { type Entry, fromBufferPromise, type ZipFile } from 'yauzl';
import { InputError } from '../../core/errors.js';
import { formatBytes } from '../../core/format-bytes.js';
import { parseLenientJson } from '../../core/lenient-json.js';
import { type Report, validateReport } from '../../core/report.js';
import { ArtifactError, messageOf, safeLines, safeText } from './artifact-error.js';
import {
  type ArtifactLimits,
  DEFAULT_ARTIFACT_LIMITS,
  RATIO_FLOOR_BYTES,
  SIZE_FIX,
} from './artifact-limits.js';

export { ArtifactError } from './artifact-error.js';
export { type ArtifactLimits, checkArtifactSize, DEFAULT_ARTIFACT_LIMITS } from './artifact-limits.js';

const BOMB = '(a zip bomb?)';
const CORRUPT_FIX = 'the download is corrupt or is not the artifact archive — download it again';
const UPLOAD_FIX = 'upload the report.json that `trainspotter run` writes, unchanged';
// yauzl's messages for the names strictFileNames refuses (zip-slip): absolute, `..`, backslash.
const UNSAFE_PATH = /^(absolute path|invalid relative path|invalid characters in fileName): (.*)$/s;

/**
 * Reads every `report.json` in an artifact zip (at any depth under a safe relative path), parses and
 * validates it, and returns the reports with their entry paths. Treats the zip as hostile: throws
 * ArtifactError, returning nothing, on a zip over `limits.maxZipBytes`, bytes that are not a zip, more
 * than `maxEntries` entries, an unsafe entry path (absolute, `..`, backslash, drive letter), an entry
 * whose declared or actual uncompressed size passes `maxEntryBytes` (inflating stops at the limit),
 * declared sizes totalling over `maxTotalBytes`, a ratio over `maxRatio`, a report.json that is not
 * JSON or not a valid report, and a zip with no report.json. Other entries are size-checked, not read.
 */
export async function readArtifactReports(
  name: string,
  zip: Uint8Array,
  limits: ArtifactLimits = DEFAULT_ARTIFACT_LIMITS,
): Promise<{ path: string; report: Report }[]> {
  const fail = (problem: string, fix = SIZE_FIX) => new ArtifactError(name, problem, fix);
  if (zip.byteLength > limits.maxZipBytes) {
    throw fail(`zip of ${formatBytes(zip.byteLength)} is over the ${formatBytes(limits.maxZipBytes)} limit`);
  }
  const bytes = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const options = { lazyEntries: true, validateEntrySizes: true, strictFileNames: true, decodeStrings: true };
  const zipfile = await fromBufferPromise(bytes, options).catch((e: unknown) => {
    throw fail(`is not a zip file (${safeText(messageOf(e))})`, CORRUPT_FIX);
  });
  if (zipfile.entryCount > limits.maxEntries) {
    throw fail(`holds ${zipfile.entryCount} entries, over the limit of ${limits.maxEntries}`);
  }
  const reports: { path: string; report: Report }[] = [];
  const seen = new Set<string>();
  let total = 0;
  for await (const entry of entries(zipfile, fail)) {
    const path = entry.fileName;
    const shown = safeText(path);
    // Two entries with one name would let the second silently replace the first when extracted.
    if (seen.has(path)) throw fail(`entry ${shown} appears twice`, CORRUPT_FIX);
    seen.add(path);
    checkDeclaredSizes(entry, shown, limits, fail);
    total += entry.uncompressedSize;
    if (total > limits.maxTotalBytes) {
      throw fail(`entries total ${formatBytes(total)}, over the ${formatBytes(limits.maxTotalBytes)} limit`);
    }
    if (path !== 'report.json' && !path.endsWith('/report.json')) continue;
    const text = await inflate(zipfile, entry, shown, limits.maxEntryBytes, fail);
    const json = parseLenientJson(text);
    if (!json.ok) {
      const at = `${json.line}:${json.column}`;
      throw fail(`entry ${shown} is not valid JSON at ${at}: ${safeText(json.problem, 200)}`, UPLOAD_FIX);
    }
    try {
      reports.push({ path, report: validateReport(json.value, `entry ${shown}`) });
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      throw fail(safeLines(e.message), UPLOAD_FIX);
    }
  }
  if (reports.length === 0) {
    throw fail(
      `holds no report.json (entries: ${safeText([...seen].join(', ') || 'none')})`,
      'check the artifact-name input names the artifact the trainspotter action uploaded',
    );
  }
  return reports;
}

type Fail = (problem: string, fix?: string) => ArtifactError;

/** The zip's entries, with yauzl's refusals (unsafe names, a broken directory) as ArtifactErrors. */
async function* entries(zipfile: ZipFile, fail: Fail): AsyncGenerator<Entry> {
  const iterator = zipfile.eachEntry();
  for (;;) {
    const next = await iterator.next().catch((e: unknown) => {
      const unsafe = UNSAFE_PATH.exec(messageOf(e));
      if (unsafe) {
        throw fail(
          `entry ${safeText(unsafe[2] ?? '')} has an unsafe path (${unsafe[1]})`,
          'artifacts hold relative paths only — check what the workflow uploads',
        );
      }
      throw fail(`is not a readable zip (${safeText(messageOf(e))})`, CORRUPT_FIX);
    });
    if (next.done) return;
    yield next.value;
  }
}

/** Refuses an entry on its central-directory sizes, before a byte of it is inflated. */
function checkDeclaredSizes(entry: Entry, shown: string, limits: ArtifactLimits, fail: Fail): void {
  const size = entry.uncompressedSize;
  if (size > limits.maxEntryBytes) {
    throw fail(
      `entry ${shown} declares ${formatBytes(size)}, over the ${formatBytes(limits.maxEntryBytes)} limit`,
    );
  }
  const ratio = size / Math.max(entry.compressedSize, 1);
  if (size > RATIO_FLOOR_BYTES && ratio > limits.maxRatio) {
    throw fail(
      `entry ${shown} inflates ${Math.round(ratio)}x (${formatBytes(size)} from ${formatBytes(entry.compressedSize)}), over the ${limits.maxRatio}x limit ${BOMB}`,
    );
  }
}

/** Inflates one entry as UTF-8 text, destroying the stream as soon as it passes `maxBytes`. */
async function inflate(zipfile: ZipFile, entry: Entry, shown: string, maxBytes: number, fail: Fail) {
  const tooBig = () => fail(`entry ${shown} inflates past ${formatBytes(maxBytes)} ${BOMB}`);
  const streamError = (e: unknown) => {
    const message = messageOf(e);
    // validateEntrySizes: the data inflates to more (or less) than the size the zip declares.
    if (message.startsWith('too many bytes')) {
      return fail(`entry ${shown} inflates past its declared ${formatBytes(entry.uncompressedSize)} ${BOMB}`);
    }
    return fail(`entry ${shown} cannot be inflated (${safeText(message)})`, CORRUPT_FIX);
  };
  const stream = await zipfile.openReadStreamPromise(entry).catch((e: unknown) => {
    throw streamError(e);
  });
  const chunks: Buffer[] = [];
  let count = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      count += chunk.length;
      if (count > maxBytes) throw tooBig();
      chunks.push(chunk);
    }
  } catch (e) {
    throw e instanceof ArtifactError ? e : streamError(e);
  } finally {
    stream.destroy();
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw fail(`entry ${shown} is not UTF-8 text`, UPLOAD_FIX);
  }
}
