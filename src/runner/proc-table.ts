import { readdirSync, readFileSync } from 'node:fs';

export interface ProcEntry {
  readonly pid: number;
  readonly ppid: number;
  /** Process group id. */
  readonly pgid: number;
  /** One letter from /proc/PID/stat: R running, S sleeping, Z zombie ... */
  readonly state: string;
}

/** Parses the text of /proc/PID/stat (pure); undefined when it is not one. */
function parseProcStat(text: string): ProcEntry | undefined {
  // The command name is in parentheses and may itself contain ') ', so split after the last one.
  const close = text.lastIndexOf(')');
  const open = text.indexOf('(');
  if (open < 1 || close < open) return undefined;
  const pid = Number(text.slice(0, open).trim());
  const rest = text.slice(close + 2).split(' ');
  const ppid = Number(rest[1]);
  const pgid = Number(rest[2]);
  const state = rest[0];
  if (!Number.isInteger(pid) || !Number.isInteger(ppid) || !Number.isInteger(pgid) || !state)
    return undefined;
  return { pid, ppid, pgid, state };
}

/**
 * Every process /proc lists now, or undefined where there is no /proc (not Linux).
 * Processes that exit while it is read are skipped.
 */
export function readProcTable(): ProcEntry[] | undefined {
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return undefined;
  }
  const out: ProcEntry[] = [];
  for (const name of names) {
    if (name.charCodeAt(0) < 48 || name.charCodeAt(0) > 57) continue;
    try {
      const entry = parseProcStat(readFileSync(`/proc/${name}/stat`, 'utf8'));
      if (entry) out.push(entry);
    } catch {
      // It exited between readdir and read.
    }
  }
  return out;
}

/**
 * Whether process group `pgid` still has a member that is not a zombie. Zombies are ignored
 * because an init that is slow to reap orphans (as in many containers) would otherwise keep
 * a finished group "alive".
 */
export function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
  } catch (err) {
    // ESRCH: no such group. EPERM: a member we may not signal, which we cannot stop anyway.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  const table = readProcTable();
  if (table === undefined) return true;
  return table.some((p) => p.pgid === pgid && p.state !== 'Z');
}

/** Whether `pid` is a live process (not a zombie). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    return parseProcStat(readFileSync(`/proc/${pid}/stat`, 'utf8'))?.state !== 'Z';
  } catch {
    return process.platform !== 'linux';
  }
}
