import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll } from 'vitest';

// What the fuzz suite feeds trainspotter: real files (the committed fixtures and examples),
// mutated the way corrupted, truncated, concatenated or hostile files differ from good ones.

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The most of a seed file used: mutating a head exercises the same code as the whole file. */
const SEED_BYTES = 16 * 1024;

/** Cases per property: a quick slice in `npm test`, FUZZ_RUNS of them under `npm run fuzz`. */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 8);

/** fast-check settings shared by every property: FUZZ_SEED replays a reported failure. */
export function fuzzParameters(runs = FUZZ_RUNS): fc.Parameters<unknown> {
  return {
    numRuns: runs,
    ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {}),
    endOnFailure: true,
  };
}

let cases = 0;
/**
 * Counts one case run, and every 100 cases lets the event loop turn: a long synchronous run
 * would starve vitest's worker of its own messages (it gives up after 60 s).
 */
export async function countCase(): Promise<void> {
  cases += 1;
  if (cases % 100 === 0) await new Promise((resolve) => setImmediate(resolve));
}

/** Under `npm run fuzz`, prints how many cases the file ran once it is done. */
export function reportCases(label: string): void {
  afterAll(() => {
    if (process.env.FUZZ_RUNS) console.log(`fuzz: ${label}: ${cases} cases`);
  });
}

/** One seed file: where it came from (relative to the repository) and its first bytes. */
export interface Seed {
  readonly name: string;
  readonly bytes: Uint8Array;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The committed files under `folder` (relative to the repository) whose path matches `pattern`. */
export function seeds(folder: string, pattern: RegExp = /./): Seed[] {
  return filesUnder(join(ROOT, folder))
    .filter((p) => pattern.test(p) && !p.endsWith('SOURCES.md'))
    .sort()
    .map((p) => ({
      name: relative(ROOT, p),
      bytes: new Uint8Array(readFileSync(p).subarray(0, SEED_BYTES)),
    }));
}

const enc = new TextEncoder();
/** Tokens that mean something to one of the formats, or to JavaScript. */
const TOKENS = [
  'NaN',
  'nan',
  'Infinity',
  '-inf',
  '1e309',
  '-0',
  '9'.repeat(400),
  '\n',
  '\r\n',
  '\r',
  ',',
  ';',
  '"',
  "'",
  '{',
  '}',
  '[',
  ']',
  ':',
  '\t',
  ' ',
  '\u0000',
  '\u001b[2J',
  '\u202e',
  '\ufeff',
  '__proto__',
  'constructor',
  'step',
  'epoch',
  'loss',
  'val_loss',
  'log_history',
  '{"step": 1, "loss": NaN}',
  'step,loss\n',
  '- ',
  '&a',
  '*a',
  '<<: *a',
  '!!binary',
  '%YAML 1.2\n---\n',
].map((t) => enc.encode(t));

type Mutation =
  | { kind: 'flip'; at: number; byte: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'repeat'; at: number; length: number; times: number }
  | { kind: 'truncate'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    bytes: fc.oneof(fc.constantFrom(...TOKENS), fc.uint8Array({ maxLength: 24 })),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
  fc.record({
    kind: fc.constant('repeat' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 300 }),
    times: fc.integer({ min: 2, max: 40 }),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);

function apply(bytes: Uint8Array, m: Mutation): Uint8Array {
  const n = bytes.length;
  const at = n === 0 ? 0 : m.at % (n + 1);
  switch (m.kind) {
    case 'flip': {
      if (n === 0) return bytes;
      const out = bytes.slice();
      out[at % n] = m.byte;
      return out;
    }
    case 'insert':
      return concat([bytes.subarray(0, at), m.bytes, bytes.subarray(at)]);
    case 'delete':
      return concat([bytes.subarray(0, at), bytes.subarray(at + m.length)]);
    case 'repeat': {
      const piece = bytes.subarray(at, at + m.length);
      return concat([
        bytes.subarray(0, at),
        ...Array.from({ length: m.times }, () => piece),
        bytes.subarray(at),
      ]);
    }
    case 'truncate':
      return bytes.subarray(0, at);
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** An input: one of `from` with 1–8 mutations, or (one case in eight) bytes of no format at all. */
export function mutated(from: readonly Seed[]): fc.Arbitrary<{ seed: string; bytes: Uint8Array }> {
  const edited = fc
    .tuple(fc.constantFrom(...from), fc.array(mutation, { minLength: 1, maxLength: 8 }))
    .map(([seed, ms]) => ({ seed: seed.name, bytes: ms.reduce(apply, seed.bytes) }));
  const random = fc.uint8Array({ maxLength: 2048 }).map((bytes) => ({ seed: '(random bytes)', bytes }));
  const text = fc
    .string({ unit: 'binary', maxLength: 512 })
    .map((s) => ({ seed: '(random text)', bytes: enc.encode(s) }));
  return fc.oneof(
    { arbitrary: edited, weight: 6 },
    { arbitrary: random, weight: 1 },
    { arbitrary: text, weight: 1 },
  );
}

/** Where to cut a byte string into chunks, as a stream delivers it. */
export const cuts = fc.array(fc.nat(), { maxLength: 4 });

/** `bytes` cut at `at` (positions modulo its length), in order. */
export function chunked(bytes: Uint8Array, at: readonly number[]): Uint8Array[] {
  const points = [...new Set(at.map((a) => (bytes.length === 0 ? 0 : a % bytes.length)))].sort(
    (a, b) => a - b,
  );
  const out: Uint8Array[] = [];
  let from = 0;
  for (const p of points) {
    out.push(bytes.subarray(from, p));
    from = p;
  }
  out.push(bytes.subarray(from));
  return out;
}
