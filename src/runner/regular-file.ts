import type { Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { InputError } from '../core/errors.js';

/** What a path that is neither a regular file nor a folder is, for a message: "a FIFO (named pipe)". */
function specialFileKind(info: Stats): string | undefined {
  if (info.isFile() || info.isDirectory()) return undefined;
  if (info.isFIFO()) return 'a FIFO (named pipe)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

/**
 * The InputError for reading `path` as `what` ("the metrics", "the eval file") when it is a FIFO,
 * socket or device: reading one waits for a writer that may never come. Undefined for a file or folder.
 */
export function specialFileError(path: string, info: Stats, what: string): InputError | undefined {
  const kind = specialFileKind(info);
  if (kind === undefined) return undefined;
  return new InputError(
    `${path} is ${kind}, not a regular file or folder; ${what} must be a file the command writes (reading a pipe or device could wait forever).`,
  );
}

/**
 * Reads a regular file as UTF-8. Throws InputError for a FIFO, socket, device or folder, and
 * for a file over `maxBytes`; file-system errors (ENOENT ...) are rethrown as they are.
 */
export async function readRegularFile(path: string, what: string, maxBytes: number): Promise<string> {
  const info = await stat(path);
  const special = specialFileError(path, info, what);
  if (special) throw special;
  if (info.isDirectory()) throw new InputError(`${path} is a folder; ${what} must be a file.`);
  if (info.size > maxBytes)
    throw new InputError(
      `${path} is ${info.size.toLocaleString('en-US')} bytes; ${what} may be at most ${maxBytes.toLocaleString('en-US')}.`,
    );
  return readFile(path, 'utf8');
}
