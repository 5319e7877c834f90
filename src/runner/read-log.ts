import { open, readdir, stat } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { InputError } from '../core/errors.js';
import type { ParsedLog } from '../core/series.js';
import { concatBytes } from '../ingest/concat-bytes.js';
import { detectFormat, formatById, HEAD_BYTES, sniffFormat, supportedFormats } from '../ingest/detect.js';
import type { LogFormat } from '../ingest/format.js';
import { LOG_FORMATS } from '../ingest/formats.js';
import { type MlflowRunLog, mlflowFolderKind } from '../ingest/mlflow.js';
import { nodeAsciiText, nodeIsAscii } from './node-ascii-text.js';
import { readMlflow } from './read-mlflow.js';
import { specialFileError } from './regular-file.js';

/**
 * Bytes read from disk per chunk while streaming a log file into its parser, after a first chunk
 * of HEAD_BYTES: large enough that a parser sees few block ends, small enough to stay far below
 * the 200 MB peak a million points may take.
 */
const CHUNK_BYTES = 8 * 1024 * 1024;
/** The folder name of an MLflow file store, read as a whole by readMlflow. */
const MLFLOW_STORE_FOLDER = 'mlruns';
/** The format id of an MLflow file store (a folder, so not among LOG_FORMATS). */
const MLFLOW_FORMAT = 'mlflow';
/** Folders never searched for logs. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

export interface ReadLogOptions {
  /** A format id (`jsonl`, `lightning-csv` ...) to use instead of detecting one. */
  readonly format?: string;
  /** The formats to choose from; LOG_FORMATS unless a test says otherwise. */
  readonly formats?: readonly LogFormat[];
  /** A run label for the series (readLogs passes the subfolder a file was found in). */
  readonly run?: string;
  /** A format id to use when detection recognises none (standard input: `printed-text`). */
  readonly fallback?: string;
}

/** A parsed log and the path it was read from. */
export type LoadedLog = ParsedLog & { readonly path: string };

/** Turns a file-system error into an InputError naming the path and the fix; anything else is rethrown. */
function inputErrorFor(path: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === undefined || error instanceof InputError) return error;
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new InputError(
      `${path}: no such file or folder. Check the \`metrics\` path in trainspotter.yml or on the command line (relative paths start at the repository root), and that the training command wrote it.`,
    );
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return new InputError(`${path}: permission denied. Make it readable by the user that runs trainspotter.`);
  }
  if (code === 'EISDIR') return new InputError(`${path} is a folder; expected a log file.`);
  return new InputError(`${path}: cannot be read (${code}: ${(error as Error).message}).`);
}

/**
 * Parses a log arriving as a byte stream: detects the format from the first 64 KiB (or uses
 * `opts.format`), then feeds every chunk to the parser. Stops reading as soon as detection or
 * parsing fails, so a huge binary file costs one head. Throws InputError on bad input.
 */
export async function readLogStream(
  path: string,
  stream: AsyncIterable<Uint8Array>,
  opts: ReadLogOptions = {},
): Promise<LoadedLog> {
  const formats = opts.formats ?? LOG_FORMATS;
  const chunks = stream[Symbol.asyncIterator]();
  try {
    const head: Uint8Array[] = [];
    let headBytes = 0;
    let done = false;
    while (headBytes < HEAD_BYTES) {
      const next = await chunks.next();
      if (next.done) {
        done = true;
        break;
      }
      head.push(next.value);
      headBytes += next.value.length;
    }
    const firstBytes = concatBytes(head).subarray(0, HEAD_BYTES);
    const format =
      opts.format !== undefined
        ? formatById(opts.format, formats)
        : opts.fallback !== undefined
          ? (sniffFormat(path, firstBytes, formats) ?? formatById(opts.fallback, formats))
          : detectFormat(path, firstBytes, formats);
    const parser = format.create(path, {
      asciiText: nodeAsciiText,
      isAscii: nodeIsAscii,
      ...(opts.run === undefined ? {} : { run: opts.run }),
    });
    for (const chunk of head) parser.write(chunk);
    while (!done) {
      const next = await chunks.next();
      if (next.done) done = true;
      else parser.write(next.value);
    }
    return { ...parser.end(), path };
  } catch (error) {
    await chunks.return?.();
    throw inputErrorFor(path, error);
  }
}

/** Parses one log file, detecting its format unless `opts.format` names one. Throws InputError on bad input. */
export async function readLog(path: string, opts: ReadLogOptions = {}): Promise<LoadedLog> {
  const info = await stat(path).catch((error: unknown) => {
    throw inputErrorFor(path, error);
  });
  if (info.isDirectory()) {
    throw new InputError(`${path} is a folder; expected a log file (a folder is read with readLogs).`);
  }
  const special = specialFileError(path, info, 'a training log');
  if (special) throw special;
  return readLogStream(path, fileChunks(path), opts);
}

/**
 * The bytes of a file in chunks: the first HEAD_BYTES (so that a file no format recognises costs
 * one head), then up to CHUNK_BYTES at a time, sized by what the file held when opened (it may
 * still grow: reading stops at the first empty read). The next chunk is read while the parser
 * works on this one. Each chunk is a fresh plain Uint8Array (no Buffer): the parsers' byte loops
 * then see one kind of array only.
 */
async function* fileChunks(path: string): AsyncGenerator<Uint8Array> {
  const file = await open(path, 'r');
  let offset = 0;
  const readAt = async (position: number, size: number): Promise<Uint8Array> => {
    const buffer = new Uint8Array(size);
    const { bytesRead } = await file.read(buffer, 0, size, position);
    return bytesRead === size ? buffer : buffer.subarray(0, bytesRead);
  };
  let next: Promise<Uint8Array> | undefined;
  try {
    const { size: known } = await file.stat();
    next = readAt(0, HEAD_BYTES);
    for (;;) {
      const chunk = await next;
      if (chunk.length === 0) return;
      offset += chunk.length;
      next = readAt(offset, Math.min(CHUNK_BYTES, Math.max(HEAD_BYTES, known - offset)));
      yield chunk;
    }
  } finally {
    // a parser that stopped early leaves a read in flight: let it end before closing the file
    await next?.catch(() => undefined);
    await file.close();
  }
}

async function readHead(path: string): Promise<Uint8Array> {
  const file = await open(path, 'r');
  try {
    const buffer = new Uint8Array(HEAD_BYTES);
    const { bytesRead } = await file.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await file.close();
  }
}

/**
 * Every regular file under `folder`, sorted, not following links, skipping node_modules and .git;
 * MLflow stores (`mlruns/` folders) are listed apart, to be read as stores.
 */
async function listFiles(folder: string, mlruns: string[] = []): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (entry.name === MLFLOW_STORE_FOLDER) mlruns.push(path);
      else if (!SKIPPED_FOLDERS.has(entry.name)) out.push(...(await listFiles(path, mlruns)));
    } else if (entry.isFile()) {
      out.push(path);
    }
  }
  return out;
}

/** The runs of an MLflow file store, experiment or run folder; none when `dir` is not one. */
async function readMlflowFolder(dir: string): Promise<LoadedLog[]> {
  if (mlflowFolderKind(await readdir(dir)) === undefined) return [];
  const runs = await readMlflow(dir).catch((error: unknown) => {
    // A folder that merely has numbered subfolders is not a store: read it as a folder of logs.
    if (error instanceof InputError) return [];
    throw error;
  });
  return asLoaded(dir, runs);
}

/** MLflow runs read from `dir` as loaded logs, each at its run's path. */
function asLoaded(dir: string, runs: readonly MlflowRunLog[]): LoadedLog[] {
  return runs.map((r) => ({
    format: r.format,
    series: r.series,
    warnings: r.warnings,
    path: join(dir, r.runId),
  }));
}

/**
 * Parses a log file, or every recognised log file in a folder and its subfolders (sorted by
 * path; node_modules and .git skipped, links not followed; files no format recognises are
 * passed over). Throws InputError when the path cannot be read or a folder holds no log.
 */
export async function readLogs(path: string, opts: ReadLogOptions = {}): Promise<LoadedLog[]> {
  try {
    if (opts.format !== undefined && opts.format !== MLFLOW_FORMAT)
      formatById(opts.format, opts.formats ?? LOG_FORMATS);
    const info = await stat(path);
    if (opts.format === MLFLOW_FORMAT) {
      if (!info.isDirectory())
        throw new InputError(
          `--format mlflow reads a folder (an mlruns store, an experiment or a run folder), and ${path} is not one.`,
        );
      return asLoaded(path, await readMlflow(path));
    }
    if (!info.isDirectory()) return [await readLog(path, opts)];
    const mlflow = await readMlflowFolder(path);
    if (mlflow.length > 0) return mlflow;
    const formats = opts.formats ?? LOG_FORMATS;
    const candidates = opts.format !== undefined ? [formatById(opts.format, formats)] : formats;
    const stores: string[] = [];
    const files = await listFiles(path, stores);
    const logs: LoadedLog[] = [];
    for (const store of stores) logs.push(...(await readMlflowFolder(store)));
    for (const file of files) {
      const head = await readHead(file).catch((error: unknown) => {
        throw inputErrorFor(file, error);
      });
      const format = sniffFormat(file, head, candidates);
      const run = relative(path, dirname(file));
      if (format !== undefined) {
        logs.push(await readLog(file, { ...opts, format: format.id, ...(run === '' ? {} : { run }) }));
      }
    }
    if (logs.length === 0) {
      const seen =
        files.length === 0
          ? 'it is empty'
          : `looked at ${files.length} files, e.g. ${files.slice(0, 3).join(', ')}`;
      throw new InputError(
        `${path}: no training log found in this folder (${seen}). ${supportedFormats(formats)}`,
      );
    }
    return logs;
  } catch (error) {
    throw inputErrorFor(path, error);
  }
}
