/** The longest timeout a check may have: 24 hours, in milliseconds. */
export const MAX_DURATION_MS = 24 * 60 * 60 * 1000;

/** Accepted duration syntax: hours, minutes and seconds in that order, e.g. `90s`, `10m`, `1h30m`, `1.5h`. */
const DURATION_RE = /^(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m)?(?:(\d+(?:\.\d+)?)s)?$/;

/** The pattern of a duration string, for the JSON Schema. */
export const DURATION_PATTERN = '^(\\d+(\\.\\d+)?h)?(\\d+(\\.\\d+)?m)?(\\d+(\\.\\d+)?s)?$|^\\d+(\\.\\d+)?$';

export type DurationResult = { ok: true; ms: number } | { ok: false; problem: string };

const ALLOWED = 'use e.g. "90s", "10m", "1h30m" or a number of seconds, more than 0 and at most 24h';

/**
 * Parse a timeout: a number of seconds or a string like `90s`, `10m`, `1h30m` (a bare numeric string
 * is seconds). Returns milliseconds, or a problem sentence saying what is allowed; never throws.
 */
export function parseDuration(value: string | number): DurationResult {
  let seconds: number;
  if (typeof value === 'number') {
    seconds = value;
  } else {
    const text = value.trim();
    const plain = /^\d+(?:\.\d+)?$/.test(text) ? Number(text) : undefined;
    const m = DURATION_RE.exec(text);
    if (plain !== undefined) {
      seconds = plain;
    } else if (m && text !== '') {
      const [, h, min, s] = m;
      seconds = Number(h ?? 0) * 3600 + Number(min ?? 0) * 60 + Number(s ?? 0);
    } else {
      return { ok: false, problem: `is not a duration; ${ALLOWED}` };
    }
  }
  if (!Number.isFinite(seconds) || seconds <= 0) {
    return { ok: false, problem: `is not a positive duration; ${ALLOWED}` };
  }
  const ms = Math.round(seconds * 1000);
  if (ms > MAX_DURATION_MS) return { ok: false, problem: `is longer than 24h; ${ALLOWED}` };
  return { ok: true, ms };
}
