import { closeSync, openSync, readSync } from 'node:fs';

/**
 * 32 hex digits from the system's CSPRNG: /dev/urandom where there is one (Linux and macOS
 * runners), so that the action does not compile node:crypto (5 ms on Node 24) before the command
 * starts; node:crypto where there is none (Windows).
 */
export function randomToken(): string {
  const bytes = Buffer.alloc(16);
  let fd: number | undefined;
  try {
    fd = openSync('/dev/urandom', 'r');
    if (readSync(fd, bytes, 0, bytes.length, null) === bytes.length) return bytes.toString('hex');
  } catch {
    // no /dev/urandom: below
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
  return process.getBuiltinModule('node:crypto').randomBytes(16).toString('hex');
}
